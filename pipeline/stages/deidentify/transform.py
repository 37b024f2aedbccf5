"""Operators that replace detected personal data: mask, placeholder, pseudonym, surrogate.

* ``mask``: every character but the last ``keep_last`` becomes ``mask_char``
  (``13812345678`` → ``*******5678`` with ``keep_last: 4``).
* ``placeholder``: ``<PERSON_1>``; numbered per record and entity type, the same value gets the same
  number everywhere in the record (all fields).
* ``pseudonym``: ``<PERSON_3f9a0c12de>``: HMAC-SHA256 of the normalised value under a secret key, so the
  same value gives the same token across records, runs and machines; without the key it cannot be
  reversed or recomputed.
* ``surrogate``: a fake but plausible value of the same kind, chosen deterministically from a hash of the
  value (same input → same surrogate).

:class:`RecordTransformer` applies them to one record's fields and reports the spans it inserted.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.stages.deidentify.policy import Policy
from pipeline.stages.deidentify.recognizers.checksums import luhn_check_digit, resident_id_check_char
from pipeline.stages.deidentify.recognizers.patterns import Finding

_WS = re.compile(r"\s+")


def normalise(entity_type: str, value: str) -> str:
    """The form of a value that decides "same value": separators dropped for numbers, casefolded."""
    v = _WS.sub(" ", value.strip()).casefold()
    if entity_type in ("PHONE_NUMBER", "CN_RESIDENT_ID", "BANK_CARD", "US_SSN", "IBAN_CODE"):
        v = re.sub(r"[\s().-]", "", v)
        if entity_type == "PHONE_NUMBER":
            v = re.sub(r"^(?:\+|00)86", "", v)
    return v


def mask(value: str, mask_char: str = "*", keep_last: int = 0) -> str:
    """Mask all characters of ``value`` except the last ``keep_last``."""
    keep = min(keep_last, len(value))
    return mask_char * (len(value) - keep) + (value[len(value) - keep :] if keep else "")


def pseudonym(entity_type: str, value: str, key: bytes) -> str:
    """``<TYPE_xxxxxxxxxx>`` from HMAC-SHA256(key, type + normalised value), 10 hex digits."""
    msg = f"{entity_type}\x1f{normalise(entity_type, value)}".encode()
    return f"<{entity_type}_{hmac.new(key, msg, hashlib.sha256).hexdigest()[:10]}>"


# --------------------------------------------------------------------------- surrogates

_EN_FIRST = (
    "Alex",
    "Jordan",
    "Taylor",
    "Morgan",
    "Casey",
    "Riley",
    "Jamie",
    "Avery",
    "Quinn",
    "Drew",
    "Robin",
    "Skyler",
    "Reese",
    "Rowan",
    "Emerson",
    "Finley",
    "Harper",
    "Logan",
    "Parker",
    "Sage",
)
_EN_LAST = (
    "Smith",
    "Johnson",
    "Brown",
    "Miller",
    "Davis",
    "Wilson",
    "Moore",
    "Clark",
    "Lewis",
    "Walker",
    "Hall",
    "Young",
    "Allen",
    "King",
    "Wright",
    "Scott",
    "Green",
    "Baker",
    "Adams",
    "Nelson",
)
_ZH_SUR = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
_ZH_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰"
_ZH_CITY = ("临江", "青山", "云溪", "长宁", "安平", "东湖", "南川", "西岭")
_ZH_ROAD = ("和平", "建设", "解放", "人民", "中山", "新华", "光明", "文化")
_EN_STREET = ("Maple", "Oak", "Cedar", "Pine", "Elm", "Birch", "Willow", "Lake")
_EN_CITY = ("Springfield", "Riverton", "Lakeside", "Fairview", "Greenville", "Maplewood")


def _h(entity_type: str, value: str) -> bytes:
    return hashlib.sha256(f"surrogate\x1f{entity_type}\x1f{normalise(entity_type, value)}".encode()).digest()


def _digits(seed: bytes, n: int) -> str:
    return "".join(str(b % 10) for b in (seed * (n // len(seed) + 1))[:n])


def _luhn_complete(body: str) -> str:
    return body + luhn_check_digit(body)


def _format_like(template: str, digits: str) -> str:
    it = iter(digits)
    return "".join(next(it) if c.isdigit() else c for c in template)


def surrogate(entity_type: str, value: str) -> str:
    """A deterministic fake value of the same kind (and, for numbers, the same layout) as ``value``."""
    h = _h(entity_type, value)
    cjk = any("\u4e00" <= c <= "\u9fff" for c in value)
    if entity_type == "PERSON":
        if cjk:
            return (
                _ZH_SUR[h[0] % len(_ZH_SUR)]
                + _ZH_GIVEN[h[1] % len(_ZH_GIVEN)]
                + (_ZH_GIVEN[h[2] % len(_ZH_GIVEN)] if len(value) > 2 else "")
            )
        return f"{_EN_FIRST[h[0] % len(_EN_FIRST)]} {_EN_LAST[h[1] % len(_EN_LAST)]}"
    if entity_type == "EMAIL_ADDRESS":
        return f"user{h.hex()[:8]}@example.com"
    if entity_type == "IP_ADDRESS":
        return f"2001:db8::{h.hex()[:4]}" if ":" in value else f"192.0.2.{h[0] % 254 + 1}"
    if entity_type == "CN_RESIDENT_ID":
        body = f"110101{1960 + h[0] % 45:04d}{h[1] % 12 + 1:02d}{h[2] % 28 + 1:02d}{_digits(h[3:], 3)}"
        check = resident_id_check_char(body)
        return (
            _format_like(value, body + check)
            if sum(c.isdigit() for c in value) == 18 and not value[-1].isalpha()
            else body + check
        )
    if entity_type == "BANK_CARD":
        n = sum(c.isdigit() for c in value)
        first = [c for c in value if c.isdigit()][:6]
        body = "".join(first) + _digits(h, n - 7)
        return _format_like(value, _luhn_complete(body))
    if entity_type == "PHONE_NUMBER":
        d = [c for c in value if c.isdigit()]
        keep = 5 if value.lstrip().startswith(("+", "00")) else 3
        new = "".join(d[:keep]) + _digits(h, max(0, len(d) - keep))
        return _format_like(value, new)
    if entity_type == "ADDRESS":
        if cjk:
            return f"{_ZH_CITY[h[0] % 8]}市{_ZH_ROAD[h[1] % 8]}路{h[2] % 200 + 1}号"
        return f"{h[0] % 900 + 100} {_EN_STREET[h[1] % 8]} Street"
    if entity_type == "LOCATION":
        return f"{_ZH_CITY[h[0] % 8]}市" if cjk else _EN_CITY[h[0] % len(_EN_CITY)]
    if entity_type == "CN_PASSPORT":
        return "E" + _digits(h, 8)
    if any(c.isdigit() for c in value):
        return _format_like(value, _digits(h, sum(c.isdigit() for c in value)))
    return f"<{entity_type}>"


# --------------------------------------------------------------------------- per record


@dataclass(frozen=True)
class Applied:
    """One finding after the policy: its action and, if text was inserted, the new span in the output."""

    finding: Finding
    action: str
    out_start: int
    out_end: int


class RecordTransformer:
    """Applies a policy to the fields of one record; keeps placeholder numbers consistent in the record."""

    def __init__(self, policy: Policy) -> None:
        """Start a new record (placeholder numbering starts at 1 per entity type)."""
        self.policy = policy
        self._numbers: dict[tuple[str, str], int] = {}
        self._next: dict[str, int] = {}

    def replacement(self, finding: Finding, value: str) -> str | None:
        """The text that replaces ``value`` under the policy, or None to leave it (``keep``)."""
        rule = self.policy.rule(finding.entity_type)
        action = rule.action
        etype = finding.entity_type
        if action == "keep":
            return None
        if action == "mask":
            return mask(value, rule.mask_char, rule.keep_last)
        if action == "placeholder":
            k = (etype, normalise(etype, value))
            if k not in self._numbers:
                self._next[etype] = self._next.get(etype, 0) + 1
                self._numbers[k] = self._next[etype]
            return f"<{etype}_{self._numbers[k]}>"
        if action == "pseudonym":
            assert self.policy.key is not None  # guaranteed by load_policy
            return pseudonym(etype, value, self.policy.key)
        if action == "surrogate":
            return surrogate(etype, value)
        return f"<{etype}>"  # drop_record: the record is rejected; never exported

    def apply(self, text: str, findings: Sequence[Finding]) -> tuple[str, list[Applied]]:
        """Replace ``findings`` (non-overlapping, sorted) in ``text``; return new text and what was done."""
        out: list[str] = []
        applied: list[Applied] = []
        pos = 0
        length = 0
        for f in findings:
            out.append(text[pos : f.start])
            length += f.start - pos
            value = text[f.start : f.end]
            rep = self.replacement(f, value)
            action = self.policy.rule(f.entity_type).action
            if rep is None:
                rep = value
            out.append(rep)
            applied.append(Applied(f, action, length, length + len(rep)))
            length += len(rep)
            pos = f.end
        out.append(text[pos:])
        return "".join(out), applied
