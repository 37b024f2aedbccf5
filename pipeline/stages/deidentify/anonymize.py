"""Transformation with Presidio's ``AnonymizerEngine``: our policy actions as Presidio operators.

* ``mask`` (:class:`MaskOperator`): every character but the last ``keep_last`` becomes ``mask_char``
  (``13812345678`` → ``*******5678`` with ``keep_last: 4``);
* ``placeholder`` (:class:`PlaceholderOperator`): ``<PERSON_1>``, numbered per record and entity type;
  the same value gets the same number everywhere in the record (all fields, all turns);
* ``pseudonym`` (:class:`PseudonymOperator`): ``<PERSON_3f9a0c12de>``, HMAC-SHA256 of the normalised
  value under a secret key: the same value gives the same token across records, runs and machines,
  and without the key it can neither be reversed nor recomputed;
* ``surrogate`` (:class:`SurrogateOperator`): a fake but plausible value of the same kind, chosen
  deterministically from a hash of the value (same input, same surrogate);
* ``generalize`` (:class:`GeneralizeOperator`): a coarser value (date → month or year, age → band,
  address → city, postcode → first digits; :mod:`~pipeline.stages.deidentify.generalize`), or the
  record's placeholder when the value cannot be generalised safely (fail closed);
* ``keep``: Presidio's own ``keep`` operator (detected and audited, text unchanged).

:class:`RecordAnonymizer` applies a policy to the fields of one record through one
``AnonymizerEngine`` and reports, per finding, the span it took in the original text and the one its
replacement took in the new text (for the audit log and the residual check).
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Sequence
from dataclasses import dataclass

from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import OperatorConfig
from presidio_anonymizer.entities import RecognizerResult as AnonymizerResult
from presidio_anonymizer.operators import Operator, OperatorType

from pipeline.stages.deidentify.generalize import generalize
from pipeline.stages.deidentify.policy import Policy
from pipeline.stages.deidentify.recognizers.base import RecognizerResult
from pipeline.stages.deidentify.recognizers.checksums import luhn_check_digit, resident_id_check_char
from pipeline.text.scripts import has_cjk

_WS = re.compile(r"\s+")
NUMERIC_TYPES = frozenset(
    {"PHONE_NUMBER", "CN_RESIDENT_ID", "BANK_CARD", "US_SSN", "IBAN_CODE", "QQ_NUMBER", "PASSPORT", "DRIVER_LICENSE"}
)


_SPACED_CJK_NAME = re.compile(r"[\u4e00-\u9fff]{1,2} [\u4e00-\u9fff]{1,3}")


def normalise(entity_type: str, value: str) -> str:
    """The form of a value that decides "same value": separators dropped for numbers, case-folded.

    A Chinese name is taken without the space written between its surname and given name.
    """
    v = _WS.sub(" ", value.strip()).casefold()
    if entity_type == "PERSON" and _SPACED_CJK_NAME.fullmatch(v):
        v = v.replace(" ", "")  # 赖 军静 on a form is 赖军静
    if entity_type in NUMERIC_TYPES:
        v = re.sub(r"[\s().\-·]", "", v)
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

_EN_FIRST = [
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
]
_EN_LAST = [
    "Smith",
    "Johnson",
    "Brown",
    "Miller",
    "Davis",
    "Wilson",
    "Moore",
    "Clark",
    "Walker",
    "Hall",
    "Young",
    "Allen",
    "Wright",
    "Scott",
    "Baker",
]
_ZH_SUR = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
_ZH_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰"
_ZH_CITY = ("临江", "青山", "云溪", "长宁", "安平", "东湖", "南川", "西岭")
_ZH_ROAD = ("和平", "建设", "解放", "人民", "中山", "新华", "光明", "文化")
_EN_STREET = ("Maple", "Oak", "Cedar", "Pine", "Elm", "Birch", "Willow", "Lake")
_EN_CITY = ("Springfield", "Riverton", "Lakeside", "Fairview", "Greenville", "Maplewood")


def _h(entity_type: str, value: str, key: bytes, attempt: int = 0) -> bytes:
    """Keyed: without the key, nobody can test a guessed value against its surrogate."""
    msg = f"surrogate\x1f{entity_type}\x1f{normalise(entity_type, value)}"
    if attempt:
        msg += f"\x1f{attempt}"
    return hmac.new(key, msg.encode(), hashlib.sha256).digest()


def _digits(seed: bytes, n: int) -> str:
    return "".join(str(b % 10) for b in (seed * (n // len(seed) + 1))[:n])


def _format_like(template: str, digits: str) -> str:
    it = iter(digits)
    return "".join(next(it) if c.isdigit() else c for c in template)


_ASCII_LETTER = re.compile(r"[A-Za-z]")
_LOWER = "abcdefghijklmnopqrstuvwxyz"
_HEX = "0123456789abcdef"
_SURROGATE_ATTEMPTS = 16
# Leading characters that name a kind, not a person, kept in a surrogate: a passport's document-type
# letters (E12345678), an MRN's department prefix (ZY, MR-), an IBAN's country code, a Chinese plate's
# province and city letter (京A). Every other letter and digit is redrawn.
_KEPT_PREFIX = {
    "PASSPORT": re.compile(r"[A-Za-z]{1,2}(?=\d)"),
    "MEDICAL_RECORD_NUMBER": re.compile(r"[A-Z]{1,4}-?(?=\d)"),
    "IBAN_CODE": re.compile(r"[A-Z]{2}"),
    "LICENSE_PLATE": re.compile(r"[\u4e00-\u9fff][A-Z]"),
}


def _redraw(entity_type: str, value: str, h: bytes) -> str:
    """``value`` with every digit and ASCII letter redrawn (case and separators kept), but a kind prefix.

    Digits come from ``h`` as before letters were redrawn too, so numbers keep their surrogates; the
    month names of a date of birth are kept (they name no one; the day and year are redrawn).
    """
    kept = _KEPT_PREFIX.get(entity_type)
    m = kept.match(value) if kept else None
    head, rest = (value[: m.end()], value[m.end() :]) if m else ("", value)
    rest = _format_like(rest, _digits(h, sum(c.isdigit() for c in rest)))
    if entity_type == "DATE_OF_BIRTH" or not _ASCII_LETTER.search(rest):
        return head + rest
    letters = hashlib.sha256(b"letters\x1f" + h).digest()
    out, i = [], 0
    for c in rest:
        if c.isascii() and c.isalpha():
            drawn = _LOWER[letters[i % len(letters)] % 26]
            out.append(drawn.upper() if c.isupper() else drawn)
            i += 1
        else:
            out.append(c)
    return head + "".join(out)


def _mac(value: str, h: bytes) -> str:
    """A locally administered unicast MAC (``x2`` first octet) in the layout and case of ``value``."""
    hexes = [_HEX[b % 16] for b in h[:12]]
    hexes[1] = _HEX[(int(hexes[1], 16) & 0xC) | 0x2]
    it = iter(hexes)
    out = [next(it) if c in "0123456789abcdefABCDEF" else c for c in value]
    return "".join(c.upper() if value.isupper() else c for c in out)


_URL_HANDLE = re.compile(r"(?P<at>@?)(?P<handle>[A-Za-z0-9_.~%-]+)(?P<tail>/?)$")


def _profile_url(value: str, h: bytes) -> str:
    """The same site and profile path with a new account: the handle becomes ``user<hex>``, a number new digits."""
    scheme, sep, rest = value.partition("://")
    if not sep:
        scheme, rest = "", value
    host, slash, path = rest.partition("/")
    if "?" in path:  # facebook.com/profile.php?id=123
        page, _, query = path.partition("?")
        return f"{scheme}{sep}{host}/{page}?{_format_like(query, _digits(h, sum(c.isdigit() for c in query)))}"
    m = _URL_HANDLE.search(path)
    if not slash or m is None:
        return f"{scheme}{sep}{host}/user{h.hex()[:8]}"
    handle = m.group("handle")
    new = _digits(h, len(handle)) if handle.isdigit() else f"user{h.hex()[:8]}"
    return f"{scheme}{sep}{host}/{path[: m.start()]}{m.group('at')}{new}{m.group('tail')}"


def _draw(entity_type: str, value: str, h: bytes) -> str:
    """One surrogate candidate for ``value`` from hash ``h``."""
    cjk = has_cjk(value)
    if entity_type == "PERSON":
        if cjk:
            given = _ZH_GIVEN[h[1] % len(_ZH_GIVEN)] + (_ZH_GIVEN[h[2] % len(_ZH_GIVEN)] if len(value) > 2 else "")
            return _ZH_SUR[h[0] % len(_ZH_SUR)] + given
        return f"{_EN_FIRST[h[0] % len(_EN_FIRST)]} {_EN_LAST[h[1] % len(_EN_LAST)]}"
    if entity_type == "EMAIL_ADDRESS":
        return f"user{h.hex()[:8]}@example.com"
    if entity_type == "IP_ADDRESS":
        return f"2001:db8::{h.hex()[:4]}" if ":" in value else f"192.0.2.{h[0] % 254 + 1}"
    if entity_type == "CN_RESIDENT_ID":
        body = f"110101{1960 + h[0] % 45:04d}{h[1] % 12 + 1:02d}{h[2] % 28 + 1:02d}{_digits(h[3:], 3)}"
        full = body + resident_id_check_char(body)
        return _format_like(value, full) if sum(c.isdigit() for c in value) == 18 and value[-1].isdigit() else full
    if entity_type == "BANK_CARD":
        n = sum(c.isdigit() for c in value)
        body = "".join([c for c in value if c.isdigit()][:6]) + _digits(h, n - 7)
        return _format_like(value, body + luhn_check_digit(body))
    if entity_type == "PHONE_NUMBER":
        d = [c for c in value if c.isdigit()]
        keep = 5 if value.lstrip().startswith(("+", "00")) else 3
        return _format_like(value, "".join(d[:keep]) + _digits(h, max(0, len(d) - keep)))
    if entity_type == "STREET_ADDRESS":
        if cjk:
            return f"{_ZH_CITY[h[0] % 8]}市{_ZH_ROAD[h[1] % 8]}路{h[2] % 200 + 1}号"
        return f"{h[0] % 900 + 100} {_EN_STREET[h[1] % 8]} Street"
    if entity_type == "LOCATION":
        return f"{_ZH_CITY[h[0] % 8]}市" if cjk else _EN_CITY[h[0] % len(_EN_CITY)]
    if entity_type == "WECHAT_ID":
        return f"wxid_{h.hex()[:10]}"
    if entity_type == "MAC_ADDRESS":
        return _mac(value, h)
    if entity_type == "PROFILE_URL":
        return _profile_url(value, h)
    if any(c.isdigit() for c in value):
        return _redraw(entity_type, value, h)
    return f"<{entity_type}>"


def _name_parts(value: str) -> set[str]:
    """The parts of a name a surrogate must not repeat: words, or for a Chinese name its characters."""
    if has_cjk(value):
        return {c for c in value if "\u4e00" <= c <= "\u9fff"}
    return {w for w in re.split(r"[\s.,'-]+", value.casefold()) if w}


def _keeps_part(entity_type: str, value: str, candidate: str) -> bool:
    """True when ``candidate`` repeats ``value`` or (for a name) any word or character of it."""
    if normalise(entity_type, candidate) == normalise(entity_type, value):
        return True
    return entity_type == "PERSON" and bool(_name_parts(value) & _name_parts(candidate))


def surrogate(entity_type: str, value: str, key: bytes) -> str:
    """A fake value of the same kind (and, for numbers, the same layout) as ``value``, chosen by a keyed hash.

    The same value and key give the same surrogate (stable across runs); the key keeps the choice
    from being recomputed from guessed values. A surrogate never equals the original, a name
    surrogate shares no word (Chinese: no character) with it, and no account name, handle or hex
    digit of an identifier is kept; when the draws keep failing, ``<TYPE>``.
    """
    for attempt in range(_SURROGATE_ATTEMPTS):
        candidate = _draw(entity_type, value, _h(entity_type, value, key, attempt))
        if not _keeps_part(entity_type, value, candidate):
            return candidate
    return f"<{entity_type}>"


def surrogate_digest(value: str) -> str:
    """A short digest of a surrogate value (separators and case ignored), kept in ``pii_surrogates``.

    The residual gate and ``scan`` skip a finding whose digest the record lists: the stage put that
    fake value there. A surrogate is not personal data, so an unkeyed digest of it reveals nothing.
    """
    folded = re.sub(r"[\s().\-·]", "", value.casefold())
    return hashlib.sha256(f"instructflow-surrogate\x1f{folded}".encode()).hexdigest()[:16]


# --------------------------------------------------------------------------- Presidio operators


class _Numbering:
    """Placeholder numbers of one record: per entity type, in order of first appearance."""

    def __init__(self) -> None:
        self.numbers: dict[tuple[str, str], int] = {}
        self.next: dict[str, int] = {}

    def label(self, entity_type: str, value: str) -> str:
        key = (entity_type, normalise(entity_type, value))
        if key not in self.numbers:
            self.next[entity_type] = self.next.get(entity_type, 0) + 1
            self.numbers[key] = self.next[entity_type]
        return f"<{entity_type}_{self.numbers[key]}>"


class PlaceholderOperator(Operator):
    """``<TYPE_n>``: numbered per record (params: ``numbering``, set by :class:`RecordAnonymizer`)."""

    def operate(self, text: str, params: dict[str, object] | None = None) -> str:
        """The record's placeholder for ``text``."""
        assert params is not None
        numbering = params["numbering"]
        assert isinstance(numbering, _Numbering)
        return numbering.label(str(params["entity_type"]), text)

    def validate(self, params: dict[str, object] | None = None) -> None:
        """Needs the record's numbering."""
        if not params or not isinstance(params.get("numbering"), _Numbering):
            raise ValueError("instructflow_placeholder needs the record's numbering")

    def operator_name(self) -> str:
        """``instructflow_placeholder``."""
        return "instructflow_placeholder"

    def operator_type(self) -> OperatorType:
        """An anonymizer."""
        return OperatorType.Anonymize


class MaskOperator(Operator):
    """Mask all but the last ``keep_last`` characters with ``mask_char``."""

    def operate(self, text: str, params: dict[str, object] | None = None) -> str:
        """``text`` masked."""
        params = params or {}
        keep = params.get("keep_last", 0)
        return mask(text, str(params.get("mask_char", "*")), keep if isinstance(keep, int) else 0)

    def validate(self, params: dict[str, object] | None = None) -> None:
        """``mask_char`` is one character, ``keep_last`` a non-negative integer."""
        params = params or {}
        if len(str(params.get("mask_char", "*"))) != 1:
            raise ValueError("instructflow_mask: mask_char must be one character")
        keep = params.get("keep_last", 0)
        if not isinstance(keep, int) or keep < 0:
            raise ValueError("instructflow_mask: keep_last must be an integer >= 0")

    def operator_name(self) -> str:
        """``instructflow_mask``."""
        return "instructflow_mask"

    def operator_type(self) -> OperatorType:
        """An anonymizer."""
        return OperatorType.Anonymize


class PseudonymOperator(Operator):
    """A keyed HMAC token (params: ``key``, bytes)."""

    def operate(self, text: str, params: dict[str, object] | None = None) -> str:
        """The token of ``text``."""
        assert params is not None
        key = params["key"]
        assert isinstance(key, bytes)
        return pseudonym(str(params["entity_type"]), text, key)

    def validate(self, params: dict[str, object] | None = None) -> None:
        """Needs the key."""
        if not params or not isinstance(params.get("key"), bytes):
            raise ValueError("instructflow_pseudonym needs the pseudonym key")

    def operator_name(self) -> str:
        """``instructflow_pseudonym``."""
        return "instructflow_pseudonym"

    def operator_type(self) -> OperatorType:
        """An anonymizer."""
        return OperatorType.Anonymize


class SurrogateOperator(Operator):
    """A fake value of the same kind, chosen by a keyed hash (params: ``key``, bytes)."""

    def operate(self, text: str, params: dict[str, object] | None = None) -> str:
        """The surrogate of ``text``."""
        assert params is not None
        key = params["key"]
        assert isinstance(key, bytes)
        return surrogate(str(params.get("entity_type", "")), text, key)

    def validate(self, params: dict[str, object] | None = None) -> None:
        """Needs the key."""
        if not params or not isinstance(params.get("key"), bytes):
            raise ValueError("instructflow_surrogate needs the pseudonym key")

    def operator_name(self) -> str:
        """``instructflow_surrogate``."""
        return "instructflow_surrogate"

    def operator_type(self) -> OperatorType:
        """An anonymizer."""
        return OperatorType.Anonymize


class GeneralizeOperator(Operator):
    """A coarser value (params: ``to``, ``numbering``); the record's placeholder when it cannot generalise."""

    def operate(self, text: str, params: dict[str, object] | None = None) -> str:
        """``text`` generalised, or its placeholder (fail closed)."""
        assert params is not None
        numbering = params["numbering"]
        assert isinstance(numbering, _Numbering)
        entity_type = str(params["entity_type"])
        out = generalize(entity_type, text, str(params["to"]))
        return out if out is not None else numbering.label(entity_type, text)

    def validate(self, params: dict[str, object] | None = None) -> None:
        """Needs ``to`` and the record's numbering (for the fallback)."""
        if not params or not isinstance(params.get("to"), str) or not isinstance(params.get("numbering"), _Numbering):
            raise ValueError("instructflow_generalize needs 'to' and the record's numbering")

    def operator_name(self) -> str:
        """``instructflow_generalize``."""
        return "instructflow_generalize"

    def operator_type(self) -> OperatorType:
        """An anonymizer."""
        return OperatorType.Anonymize


OPERATORS = (PlaceholderOperator, MaskOperator, PseudonymOperator, SurrogateOperator, GeneralizeOperator)
"""Our operators, added to every ``AnonymizerEngine`` the stage builds."""


def anonymizer_engine() -> AnonymizerEngine:
    """A Presidio ``AnonymizerEngine`` with our operators registered."""
    engine = AnonymizerEngine()  # type: ignore[no-untyped-call]  # Presidio leaves __init__ unannotated
    for op in OPERATORS:
        engine.add_anonymizer(op)
    return engine


# --------------------------------------------------------------------------- per record


@dataclass(frozen=True)
class Applied:
    """One finding after the policy: its action, its span in the original and its replacement's span."""

    finding: RecognizerResult
    action: str
    out_start: int
    out_end: int


class RecordAnonymizer:
    """Applies a policy to the fields of one record; placeholder numbers stay consistent in the record."""

    def __init__(self, policy: Policy, engine: AnonymizerEngine) -> None:
        """Start a new record (placeholder numbering starts at 1 per entity type)."""
        self.policy = policy
        self.engine = engine
        self.numbering = _Numbering()
        self._operators: dict[str, OperatorConfig] = {}
        for etype, rule in policy.entities.items():
            if rule.action == "mask":
                conf = OperatorConfig("instructflow_mask", {"mask_char": rule.mask_char, "keep_last": rule.keep_last})
            elif rule.action == "placeholder" or rule.action == "drop_record":
                conf = OperatorConfig("instructflow_placeholder", {"numbering": self.numbering})
            elif rule.action == "pseudonym":
                conf = OperatorConfig("instructflow_pseudonym", {"key": policy.key})
            elif rule.action == "surrogate":
                conf = OperatorConfig("instructflow_surrogate", {"key": policy.key})
            elif rule.action == "generalize":
                conf = OperatorConfig("instructflow_generalize", {"to": rule.to, "numbering": self.numbering})
            else:
                conf = OperatorConfig("keep", {})
            self._operators[etype] = conf

    def surrogate_digests(self, text: str, applied: Sequence[Applied]) -> list[str]:
        """Digests of the surrogates ``applied`` put into ``text`` (see :func:`surrogate_digest`)."""
        return [surrogate_digest(text[a.out_start : a.out_end]) for a in applied if a.action == "surrogate"]

    def apply(self, text: str, findings: Sequence[RecognizerResult]) -> tuple[str, list[Applied]]:
        """Replace ``findings`` (non-overlapping) in ``text``; return the new text and what was done."""
        ordered = sorted(findings, key=lambda f: (f.start, f.end))
        if not ordered:
            return text, []
        for f in ordered:  # number placeholders in reading order (Presidio replaces from the end)
            rule = self.policy.rule(f.entity_type)
            value = text[f.start : f.end]
            if rule.action == "placeholder" or (
                rule.action == "generalize" and generalize(f.entity_type, value, str(rule.to)) is None
            ):
                self.numbering.label(f.entity_type, value)
        result = self.engine.anonymize(
            text=text,
            analyzer_results=[AnonymizerResult(f.entity_type, f.start, f.end, f.score) for f in ordered],
            operators=self._operators,
            merge_entities_with_spaces=False,
        )
        items = sorted(result.items, key=lambda i: i.start)
        if len(items) != len(ordered):  # pragma: no cover - the findings never overlap
            raise ValueError("the anonymizer merged findings that should have stayed apart")
        applied = [
            Applied(f, self.policy.rule(f.entity_type).action, item.start, item.end)
            for f, item in zip(ordered, items, strict=True)
        ]
        return str(result.text), applied
