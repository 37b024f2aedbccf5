r"""Pattern recognizers for personal data in Chinese and English text (no model, no network).

Each :class:`PatternRecognizer` is a compiled regular expression plus a validator (checksum, date,
Luhn, address parse), a base score, context words that raise the score when they appear shortly
before a match, and a cheap *prefilter* that tells whether the recognizer can match a text at all
(so most texts skip most regexes). Regexes never use ``\\b`` next to digits or CJK: ``\\b`` does not
match between a CJK character and a digit, so digit/letter look-arounds are used instead.

The same recognizers are wrapped as Presidio ``EntityRecognizer`` objects by
:func:`pipeline.stages.deidentify.engine.build_analyzer`; the fast path in :mod:`pipeline.stages.deidentify.engine` calls them
directly. Entities emitted here: ``PHONE_NUMBER``, ``CN_RESIDENT_ID``, ``BANK_CARD``,
``EMAIL_ADDRESS``, ``IP_ADDRESS``, ``CN_PASSPORT``, ``US_SSN``, ``IBAN_CODE``, ``ADDRESS``.
"""

from __future__ import annotations

import functools
import ipaddress
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from pipeline.stages.deidentify.recognizers.checksums import (
    is_bank_card,
    is_resident_id,
    luhn_ok,
)

CONTEXT_WINDOW = 40
"""Characters before a match searched for context words."""

CONTEXT_BOOST = 0.35
"""Score added when a context word is found (capped at 1.0)."""


@dataclass(frozen=True, order=True)
class Finding:
    """One detected entity: character offsets into the text (end exclusive), never the value."""

    start: int
    end: int
    entity_type: str
    score: float
    recognizer: str


@dataclass(frozen=True)
class PatternRecognizer:
    """A regex recognizer with validation, context scoring and a prefilter.

    ``validate(value) -> bool`` (on the matched text) rejects candidates; ``score_fn(value) -> float``
    may replace the base ``score``. ``context_required`` drops a match without context words.
    ``group`` selects the regex group that is the entity (0 = the whole match).
    """

    name: str
    entity_type: str
    regex: re.Pattern[str]
    score: float
    prefilter: Callable[[str], bool]
    validate: Callable[[str], bool] | None = None
    score_fn: Callable[[str], float] | None = None
    context: tuple[str, ...] = ()
    context_required: bool = False
    high_precision: bool = True
    group: int = 0
    trim: Callable[[str], int] | None = None
    languages: tuple[str, ...] = field(default=("zh", "en", "other"))

    def analyze(self, text: str) -> list[Finding]:
        """Return the validated findings in ``text`` (empty when the prefilter says no)."""
        if not self.prefilter(text):
            return []
        return self.matches(text)

    def matches(self, text: str) -> list[Finding]:
        """The validated findings in ``text`` without asking the prefilter (same result when it says yes)."""
        out: list[Finding] = []
        lowered: str | None = None
        for m in self.regex.finditer(text):
            start, end = m.span(self.group)
            if start < 0 or start == end:
                continue
            value = text[start:end]
            if self.trim is not None:
                cut = self.trim(value)
                start += cut
                value = value[cut:]
                if not value:
                    continue
            if self.validate is not None and not self.validate(value):
                continue
            score = self.score_fn(value) if self.score_fn is not None else self.score
            if self.context:
                if lowered is None:
                    lowered = text.lower()
                window = lowered[max(0, start - CONTEXT_WINDOW) : start]
                if _context_regex(self.context).search(window):
                    score = min(1.0, score + CONTEXT_BOOST)
                elif self.context_required:
                    continue
            out.append(Finding(start, end, self.entity_type, round(score, 4), self.name))
        return out


@functools.lru_cache(maxsize=64)
def _context_regex(words: tuple[str, ...]) -> re.Pattern[str]:
    """Context words as one regex; ASCII words must start a word ("tel" does not match in "Patel")."""
    parts = [rf"(?<![a-z]){re.escape(w)}" if w.isascii() else re.escape(w) for w in words]
    return re.compile("|".join(parts))


# --------------------------------------------------------------------------- validators


_CARD_PREFIX = re.compile(r"^(?:4|5[0-8]|2[2-7]|3[47]|3[068]|6[0257]|35|9)")


def bank_card_score(value: str) -> float:
    """0.6 for a known card prefix (Visa, Mastercard, Amex, UnionPay 62, JCB, ...), else 0.3."""
    return 0.6 if _CARD_PREFIX.match(re.sub(r"\D", "", value)) else 0.3


def is_ip(value: str) -> bool:
    """A syntactically valid IPv4 or IPv6 address (IPv6 needs at least one hex digit)."""
    if ":" in value and not re.search(r"[0-9A-Fa-f]", value):
        return False
    try:
        ipaddress.ip_address(value.split("%")[0].rstrip("."))
    except ValueError:
        return False
    return True


def phone_digits_ok(lo: int, hi: int) -> Callable[[str], bool]:
    """Validator: the number of digits is between ``lo`` and ``hi``."""

    def check(value: str) -> bool:
        n = sum(c.isdigit() for c in value)
        return lo <= n <= hi

    return check


def us_phone_ok(value: str) -> bool:
    """A NANP-shaped number: ten digits (optionally after 1) whose area code does not start with 0 or 1."""
    d = re.sub(r"\D", "", value)
    if len(d) == 11 and d[0] == "1":
        d = d[1:]
    return len(d) == 10 and d[0] not in "01"


def local_phone_ok(value: str) -> bool:
    """7-13 digits in at least two groups, not shaped like a date (yyyy-mm-dd, dd.mm.yyyy)."""
    n = sum(c.isdigit() for c in value)
    if not 7 <= n <= 13 or re.fullmatch(r"\d{3}-\d{2}-\d{4}|\d{1,3}(?:\.\d{1,3}){3}", value):  # SSN / IPv4 layouts
        return False
    return not re.fullmatch(r"(?:19|20)\d\d[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./](?:19|20)\d\d", value)


def ssn_ok(value: str) -> bool:
    """US SSN structure: area not 000/666/9xx, group not 00, serial not 0000, not all one digit."""
    d = re.sub(r"\D", "", value)
    if len(d) != 9 or len(set(d)) == 1:
        return False
    return d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000"


def iban_ok(value: str) -> bool:
    """IBAN mod-97 check (ISO 13616) on the value with spaces removed."""
    v = re.sub(r"[\s-]", "", value).upper()
    if not 15 <= len(v) <= 34 or not v[:2].isalpha() or not v[2:4].isdigit():
        return False
    moved = v[4:] + v[:4]
    try:
        num = "".join(str(int(c, 36)) for c in moved)
    except ValueError:
        return False
    return int(num) % 97 == 1


_ADDR_CUT = frozenset("在于住到往至是为址：:，,、的和及与从")
_ADDR_SUFFIX = re.compile(r"省|自治区|市|区|县|旗|镇|乡|街道|路|街|大道|巷|弄|胡同|道")


def trim_cn_address(value: str) -> int:
    """How many leading characters of a Chinese address match to drop (words before the address).

    The regex is greedy over CJK text, so ``我住在北京市...`` matches from 我; the address starts after
    the last cue character (在, 于, 住, 址, ：, ...) before the first administrative suffix.
    """
    m = _ADDR_SUFFIX.search(value)
    head = value[: m.start()] if m else value
    for i in range(len(head) - 1, -1, -1):
        if head[i] in _ADDR_CUT:
            return i + 1
    return 0


# --------------------------------------------------------------------------- prefilters

_HAS_DIGIT = re.compile(r"\d")
_DIGIT_RUN7 = re.compile(r"\d(?:[\s().-]{0,2}\d){6}")
_DIGIT_RUN12 = re.compile(r"\d(?:[ -]{0,2}\d){11}")


@functools.cache
def _has_digit_run(n: int) -> Callable[[str], bool]:
    """Prefilter: a run of ``n`` (7 or 12) digits with separators.

    One function per ``n``, so :func:`analyze_patterns` evaluates it once per text for all the
    recognizers that share it.
    """
    rx = _DIGIT_RUN7 if n == 7 else _DIGIT_RUN12

    def pre(text: str) -> bool:
        return rx.search(text) is not None

    return pre


@functools.cache
def _has_any(*chars: str) -> Callable[[str], bool]:
    def pre(text: str) -> bool:
        return any(c in text for c in chars)

    return pre


_DIGIT_DOT_DIGIT = re.compile(r"\d\.\d")
_TWO_COLONS = re.compile(r":[0-9A-Fa-f.]*:")


def _ipv4_pre(text: str) -> bool:
    """Every IPv4 match holds a digit, a dot and a digit in a row."""
    return _DIGIT_DOT_DIGIT.search(text) is not None


def _ipv6_pre(text: str) -> bool:
    """Every IPv6 match holds two colons with only hex digits and dots between them (its look-ahead)."""
    return _TWO_COLONS.search(text) is not None


def _has_digit(text: str) -> bool:
    return _HAS_DIGIT.search(text) is not None


def _address_pre(text: str) -> bool:
    return "号" in text and _HAS_DIGIT.search(text) is not None


_EN_STREET_WORDS = re.compile(
    r"(?:Street|St\.|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd|Lane|Ln\.?|Drive|Dr\.|Court|Ct\.?|Way|Place|Pl\.|"
    r"Terrace|Square|Parkway|Pkwy|Highway|Hwy)"
)


def _en_address_pre(text: str) -> bool:
    return _HAS_DIGIT.search(text) is not None and _EN_STREET_WORDS.search(text) is not None


# --------------------------------------------------------------------------- the recognizers

_CJK = r"\u4e00-\u9fff"

CN_MOBILE_RE = re.compile(r"(?<![\d+])(?:(?:\+|00)86[\s-]?)?1[3-9]\d(?:[\s-]?\d{4}){2}(?!\d)")
CN_LANDLINE_RE = re.compile(r"(?<![\d+])(?:(?:\+|00)86[\s-]?)?(?:\(0\d{2,3}\)|0\d{2,3})[\s-]?\d{7,8}(?!\d)")
INTL_PHONE_RE = re.compile(r"(?<![\w+])(?:\+|00)(?!86)[1-9]\d{0,2}(?:[\s.-]?\(?\d{1,4}\)?){2,5}(?!\d)")
US_PHONE_RE = re.compile(r"(?<![\w+])(?:1[\s.-])?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?!\d)")
RESIDENT_ID_RE = re.compile(r"(?<![0-9A-Za-z])[1-9](?:[ \t-]{0,2}\d){16}[ \t-]{0,2}[\dXx](?![0-9A-Za-z])")
BANK_CARD_RE = re.compile(r"(?<![0-9A-Za-z+])\d(?:[ -]{0,2}\d){12,18}(?![0-9A-Za-z])")
EMAIL_RE = re.compile(
    r"(?<![A-Za-z0-9_%+-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,63})@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})"
    r"(?:\.[A-Za-z0-9-]{1,63})*\.(?:[A-Za-z]{2,24}|xn--[A-Za-z0-9-]{1,59})(?![A-Za-z0-9-])"
)
IPV4_RE = re.compile(
    r"(?<![A-Za-z0-9.:])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
    r"(?![A-Za-z0-9]|\.\d)"
)
IPV6_RE = re.compile(
    r"(?<![A-Za-z0-9:.])(?=[0-9A-Fa-f:.]*:[0-9A-Fa-f.]*:)[0-9A-Fa-f:][0-9A-Fa-f:.]{0,43}[0-9A-Fa-f:](?:%[A-Za-z0-9]+)?"
    r"(?![A-Za-z0-9:]|\.\d)"
)
PASSPORT_RE = re.compile(r"(?<![A-Za-z0-9])(?:[EGDSPHKMCL]\d{8}|E[A-HJ-NP-Z]\d{7})(?![A-Za-z0-9])")
SSN_RE = re.compile(r"(?<![\d-])\d{3}([- ])\d{2}\1\d{4}(?![\d-])")
IBAN_RE = re.compile(
    r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?(?![A-Za-z0-9])"
    r"|(?<![A-Za-z0-9])[a-z]{2}\d{2}[a-z0-9]{11,30}(?![A-Za-z0-9])"
)
LOCAL_PHONE_RE = re.compile(r"(?<![\w+.-])(?:\(\d{1,4}\)[\s.-]?)?\d{2,5}(?:[ .-]\d{2,5}){1,4}(?![\w-]|\.\d)")
SHORT_CARD_RE = re.compile(r"(?<![0-9A-Za-z+])\d{12}(?![0-9A-Za-z])")
CN_ADDRESS_RE = re.compile(
    rf"(?:[{_CJK}]{{2,7}}(?:省|自治区))?(?:[{_CJK}]{{2,7}}市)?(?:[{_CJK}]{{1,7}}(?:区|县|旗))?"
    rf"(?:[{_CJK}]{{1,8}}(?:镇|乡|街道))?[{_CJK}0-9]{{1,10}}(?:路|街|大道|大街|巷|弄|胡同|道)"
    rf"[0-9]{{1,5}}(?:-[0-9]{{1,5}})?号(?:院)?(?:[0-9]{{1,4}}(?:栋|号楼|幢|座))?(?:[0-9]{{1,3}}单元)?(?:[0-9]{{1,5}}室)?"
)
EN_ADDRESS_RE = re.compile(
    r"(?<![\w])\d{1,6}\s+(?:[A-Z][A-Za-z'-]*\s+){1,4}"
    + _EN_STREET_WORDS.pattern
    + r"(?:\s*,?\s*(?:Apt\.?|Suite|Unit|#)\s*\d+[A-Za-z]?)?(?![A-Za-z])"
)

LOCAL_PHONE_CONTEXT = (
    "电话",
    "手机",
    "联系",
    "致电",
    "热线",
    "phone",
    "tel",
    "call",
    "mobile",
    "cell",
    "fax",
    "desk",
    "office",
    "contact",
    "reach",
    "dial",
    "answering",
    "number",
    "whatsapp",
    "sms",
    "text me",
    "registered",
)
PHONE_CONTEXT = ("电话", "手机", "联系", "致电", "热线", "phone", "tel", "call", "mobile", "cell", "fax", "contact")
ID_CONTEXT = ("身份证", "证件", "身份号", "id")
CARD_CONTEXT = (
    "卡号",
    "银行卡",
    "信用卡",
    "借记卡",
    "账号",
    "帐号",
    "账户",
    "card",
    "account",
    "visa",
    "mastercard",
    "卡",
)
PASSPORT_CONTEXT = ("护照", "通行证", "passport", "travel document")
SSN_CONTEXT = ("ssn", "social security", "social-security")

RECOGNIZERS: tuple[PatternRecognizer, ...] = (
    PatternRecognizer(
        "CnResidentIdRecognizer",
        "CN_RESIDENT_ID",
        RESIDENT_ID_RE,
        1.0,
        _has_digit_run(12),
        validate=is_resident_id,
    ),
    PatternRecognizer(
        "BankCardRecognizer",
        "BANK_CARD",
        BANK_CARD_RE,
        0.6,
        _has_digit_run(12),
        validate=is_bank_card,
        score_fn=bank_card_score,
        context=CARD_CONTEXT,
    ),
    PatternRecognizer(
        "CnMobileRecognizer",
        "PHONE_NUMBER",
        CN_MOBILE_RE,
        0.75,
        _has_digit_run(7),
        context=PHONE_CONTEXT,
    ),
    PatternRecognizer(
        "CnLandlineRecognizer",
        "PHONE_NUMBER",
        CN_LANDLINE_RE,
        0.6,
        _has_digit_run(7),
        validate=phone_digits_ok(10, 14),
        context=PHONE_CONTEXT,
    ),
    PatternRecognizer(
        "IntlPhoneRecognizer",
        "PHONE_NUMBER",
        INTL_PHONE_RE,
        0.7,
        _has_digit_run(7),
        validate=phone_digits_ok(8, 15),
        context=PHONE_CONTEXT,
    ),
    PatternRecognizer(
        "UsPhoneRecognizer",
        "PHONE_NUMBER",
        US_PHONE_RE,
        0.6,
        _has_digit_run(7),
        validate=us_phone_ok,
        context=PHONE_CONTEXT,
    ),
    PatternRecognizer(
        "LocalPhoneRecognizer",
        "PHONE_NUMBER",
        LOCAL_PHONE_RE,
        0.4,
        _has_digit_run(7),
        validate=local_phone_ok,
        context=LOCAL_PHONE_CONTEXT,
        context_required=True,
    ),
    PatternRecognizer(
        "BankCardShortRecognizer",
        "BANK_CARD",
        SHORT_CARD_RE,
        0.4,
        _has_digit_run(12),
        validate=luhn_ok,
        context=(*CARD_CONTEXT, "cc"),
        context_required=True,
    ),
    PatternRecognizer("EmailRecognizer", "EMAIL_ADDRESS", EMAIL_RE, 1.0, _has_any("@")),
    PatternRecognizer(
        "IpV4Recognizer",
        "IP_ADDRESS",
        IPV4_RE,
        0.6,
        _ipv4_pre,
        validate=is_ip,
        context=("ip", "地址", "服务器", "server", "host"),
    ),
    PatternRecognizer(
        "IpV6Recognizer",
        "IP_ADDRESS",
        IPV6_RE,
        0.6,
        _ipv6_pre,
        validate=is_ip,
        context=("ip", "地址", "服务器", "server", "host"),
    ),
    PatternRecognizer(
        "CnPassportRecognizer",
        "CN_PASSPORT",
        PASSPORT_RE,
        0.4,
        _has_digit_run(7),
        context=PASSPORT_CONTEXT,
        context_required=True,
    ),
    PatternRecognizer(
        "UsSsnRecognizer", "US_SSN", SSN_RE, 0.5, _has_digit_run(7), validate=ssn_ok, context=SSN_CONTEXT
    ),
    PatternRecognizer("IbanRecognizer", "IBAN_CODE", IBAN_RE, 0.9, _has_digit_run(7), validate=iban_ok),
    PatternRecognizer(
        "CnAddressRecognizer", "ADDRESS", CN_ADDRESS_RE, 0.7, _address_pre, high_precision=False, trim=trim_cn_address
    ),
    PatternRecognizer(
        "EnStreetAddressRecognizer", "ADDRESS", EN_ADDRESS_RE, 0.6, _en_address_pre, high_precision=False
    ),
)
"""All pattern recognizers, applied to every text whatever its language."""


def pattern_entities() -> tuple[str, ...]:
    """Entity types the pattern recognizers can emit, sorted."""
    return tuple(sorted({r.entity_type for r in RECOGNIZERS}))


def analyze_patterns(text: str, recognizers: Iterable[PatternRecognizer] = RECOGNIZERS) -> list[Finding]:
    """Run pattern recognizers over ``text`` (all of them by default) and return raw findings.

    Recognizers that share a prefilter function (most of the digit-based ones) ask it once.
    """
    if not text:
        return []
    out: list[Finding] = []
    asked: dict[Callable[[str], bool], bool] = {}
    for rec in recognizers:
        pre = rec.prefilter
        ok = asked.get(pre)
        if ok is None:
            ok = asked[pre] = pre(text)
        if ok:
            out.extend(rec.matches(text))
    return out


def resolve_overlaps(findings: Iterable[Finding]) -> list[Finding]:
    """Keep non-overlapping findings: higher score first, then longer span, then earlier start.

    The result is sorted by start offset; the choice is deterministic for the same input.
    """
    ranked = sorted(findings, key=lambda f: (-f.score, -(f.end - f.start), f.start, f.entity_type, f.recognizer))
    kept: list[Finding] = []
    for f in ranked:
        if all(f.end <= k.start or f.start >= k.end for k in kept):
            kept.append(f)
    return sorted(kept, key=lambda f: (f.start, f.end))
