r"""Phone numbers in every written form: Chinese, US, UK and international, glued to Chinese text or not.

Candidates are extracted by one regex (a run of digit groups joined by spaces, dashes, dots and
parentheses, optionally after ``+``), with look-arounds instead of ``\b`` so that ``电话13912345678。``
and ``联系(415) 555-0132`` are found. Each run is then read as a whole, or, when it is a
space-separated list, as consecutive numbers (``13912345678 13987654321``), and classified by its
layout; ``phonenumbers`` (libphonenumber) validates numbers for a region.

What is *not* a phone: numbers glued to letters (``SF1234567890123``, ``1Z...``), runs that are a
valid bank card, resident ID, IBAN part or ISBN, dates, SSN layouts, dotted versions and IPv4
addresses, and any bare digit run (``4155550132``, ``2147483647``, Unix timestamps) without a phone
cue before it on the same line, after it, or in its table column header.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import phonenumbers

from pipeline.stages.deidentify.recognizers.base import Recognizer, RecognizerResult, result
from pipeline.stages.deidentify.recognizers.checksums import iban_spans, is_bank_card, is_isbn13, is_resident_id
from pipeline.stages.deidentify.recognizers.tables import Cues, blank_placeholders, closest_family, column_header

if TYPE_CHECKING:
    from presidio_analyzer.nlp_engine import NlpArtifacts

__all__ = ["NON_PHONE_CUES", "PHONE_CUES", "PhoneNumberRecognizer", "recognizers"]


class _PresidioRecognizer(Recognizer):
    """A :class:`Recognizer` whose results carry this instance's Presidio id.

    ``AnalyzerEngine`` groups results by ``recognition_metadata["recognizer_identifier"] ==
    recognizer.id`` (``<name>_<object id>``) when it applies context; results stamped with the bare
    class name (what :func:`~pipeline.stages.deidentify.recognizers.base.result` writes) would be
    dropped there. :meth:`find` results keep the name for the audit log.
    """

    def analyze(
        self, text: str, entities: Iterable[str] | None = None, nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """:meth:`Recognizer.analyze`, with each result's identifier set to :attr:`id`."""
        out = super().analyze(text, entities, nlp_artifacts)
        for r in out:
            r.recognition_metadata[RecognizerResult.RECOGNIZER_IDENTIFIER_KEY] = self.id
        return out


PHONE_CUES = Cues(
    "电话",
    "手机",
    "联系",
    "致电",
    "热线",
    "座机",
    "来电",
    "回电",
    "拨打",
    "电联",
    "短信",
    "微信同号",
    "phone",
    "tel(?![a-z])",
    "tele(?!metr|vis|scop|port|kines|work|pathy|phot)",  # not telemetry, television, telescope, teleport ...
    "call",
    "mobile",
    "mob(?![a-z])(?= ?(?:[.:#(+0-9]|$))",
    "ph(?:\\.|(?= ?[:#]))",
    "cell",
    "fax",
    "contact",
    "reach",
    "dial",
    "ring",
    "text(?: me| us)?(?: at| on)",
    "whatsapp",
    "sms",
    "direct(?: line)?(?![a-z])",
    "landline",
    "hotline",
    "m(?=:)",
    "t(?=:)",
    "(?:my|his|her|your|their|our)(?: [a-z]+)? (?:number|no\\.|#)",
    "number['’]s",
    "['’]s (?:[a-z]+ )?number",
    "打给",
    "打我",
    # round 15: the address fields of telephony and SMS gateways (SMPP ``dst=``/``destination_addr``, the MSISDN of
    # mobile networks, a call's ``callee``/``caller``), where a number is written in E.164 without its ``+``
    "msisdn",
    "dst(?![a-z])",
    "dest(?:ination)?[ _-]?addr",
    "callee",
    "caller(?![a-z])",
)
"""Words that make a digit run a phone number (searched before it on the same line, or in its column header)."""

NON_PHONE_CUES = Cues(
    "订单",
    "单号",
    "运单",
    "快递",
    "发票",
    "金额",
    "价格",
    "邮编",
    "身份证",
    "证件",
    "护照",
    "卡号",
    "账号",
    "帐号",
    "账户",
    "编号",
    "工号",
    "学号",
    "病历",
    "住院号",
    "门诊号",
    "版本",
    "时间戳",
    "qq",
    "扣扣",
    "order",
    "tracking",
    "invoice",
    "isbn",
    "imei",
    "serial",
    "sn(?![a-z])",
    "amount",
    "total",
    "price",
    "zip",
    "postcode",
    "passport",
    "ssn",
    "social security",
    "mrn",
    "card",
    "account",
    "acct",
    "iban",
    "version",
    "build",
    "timestamp",
    "epoch",
    "ts=",
    "id(?![a-z])",
)
"""Words after which a bare digit run is some other number, even when a phone cue came earlier on the line."""

_FAMILIES = {"phone": PHONE_CUES, "other": NON_PHONE_CUES}

SERVICE_CUES = Cues(
    "toll[ -]?free",
    "free ?phone",
    "customer(?![ \t]*(?:name)?[ \t]*[:：=|])",  # not a ``Customer:`` key, which names a person
    "support",
    "help(?![a-z])",
    "help ?line",
    "help ?desk",
    "hotline",
    "service",
    "enquir",
    "inquir",
    "reservation",
    "booking",
    "sales",
    "helpdesk",
    "lifeline",
    "(?:call|contact|reach|text|email|write to) us",
    "order",
    "crisis",
    # round 18: public-health lines (``Poison control: 1-800-222-1222``), a service whoever answers
    "poison(?: control| cent(?:er|re)| help| line)",
    "1-?800",
    # round 19: a notice's help line (``Questions? Call 1-888-280-4331.``): the sender's, whoever it is addressed to
    "questions?\\?",
    "客服",
    "热线",
    "服务",
    "咨询",
    "售后",
    "投诉",
    "官方",
    "免费",
    "全国统一",
    "(?<![0-9])(?<![0-9][-. /])400(?![0-9])(?![-. /][0-9])",
)
"""Words around a toll-free number that make it a business's or a service's, not a person's."""
PERSONAL_CUES = Cues(
    "(?:my|his|her|their|your)(?: [a-z]+){0,2} (?:number|no\\.|#|phone|cell|mobile)",
    "(?:call|text|reach|ring) (?:me|him|her)",
    # round 17: any verb of contact with a person as its object (``Contact me at 400-969-5283``)
    "(?:contact|phone|message) (?:me|him|her)",
    "cell",
    "mobile",
    "private",
    "personal",
    "home",
    "whatsapp",
    "手机",
    "私人",
    "个人",
    "本人",
    "我的",
    "他的",
    "她的",
)
"""Words before a toll-free number that make it someone's (``my cell is 1-888-…``)."""
_TOLL_FREE_NANP = re.compile(r"1?8(?:00|33|44|55|66|77|88)\d{7}")
_TOLL_FREE_UK = re.compile(r"080[08]\d{6,7}")
_CN_BUSINESS = re.compile(r"400\d{7}")

CUE_WINDOW = 50
"""Characters before a number searched for a cue (same line only)."""

_DIGIT_RUN = re.compile(r"\d(?:[ \t.\-()]*+\d){6}")
"""Prefilter: seven digits with only run characters between them (every candidate holds one)."""

_RUN = re.compile(
    r"(?:(?<![0-9A-Za-z+])\+[ \t]?|(?<![0-9A-Za-z+$¥£€@_%&*])(?<![^A-Za-z]#)(?<![\d*][.:/-])(?<![A-Za-z]/)\(?\+?)"
    r"\d(?:[\d()]|(?:[ \-]|\.(?![ \t])){1,3}(?=[\d(]))*"
)
"""A run of digit groups: digits, parentheses and short separators (space, dash, dot; not a tab, which
separates the cells of a table: ``14890522837<TAB>52010219581009919X`` is a phone cell and an ID cell, not one
run glued to the ID's ``X``). Never right after a masking ``*`` (``172-****-3299（2026年更新）``: the visible tail of
a masked number, which the stage's own mask leaves, is no start of a new number with the year after it). A
``#`` before it only after a letter (``Ph#4155550132``; not ``#1234567``, an
issue or a hashtag). A dot followed by a space ends the run (round 16): it ends a sentence (``call 222-917-6658.
305 has no phone``), while a dot inside a number has digits on both sides (``415.555.0132``)."""

_AFTER_CUE = re.compile(rf"[ \t]*[(（\[][ \t]*{PHONE_CUES.pattern}", re.IGNORECASE)
_GROUP = re.compile(r"\d+")
_DATE = re.compile(r"(?:19|20)\d\d[-./ ]\d{1,2}[-./ ]\d{1,2}|\d{1,2}[-./ ]\d{1,2}[-./ ](?:19|20)\d\d")
_TIME_AFTER_DATE = re.compile(r"[ T]\d{1,2}:\d\d")
"""A time right after a date (``2025-03-08 03:32``): the run of digits is a time stamp, not a phone number."""
_SSN_LAYOUT = re.compile(r"\d{3}([- ])\d{2}\1\d{4}")
_IBAN_PRE = re.compile(r"[A-Z]{2}\d{2}")
_NANP = re.compile(r"1?[2-9]\d{2}[2-9]\d{6}")
_CN_MOBILE = re.compile(r"1[3-9]\d{9}")
_CN_LANDLINE = re.compile(r"0(?:[12]\d|[3-9]\d\d)[2-9]\d{6,7}")
_UK_MOBILE = re.compile(r"07[1-9]\d{8}")
_UK_GEOGRAPHIC = re.compile(r"0[12]\d{8,9}")
_ZIP4 = re.compile(r"\d{5}-\d{4}")
_LONG_DIGITS = re.compile(r"\d{4,}")
_AT_DOMAIN = re.compile(r"@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
"""An e-mail domain after a number (``13912345678@163.com``: the e-mail recognizer's); a number before ``@`` and
a bare realm is a phone used as an account (``15269160187@adsl``, a broadband login)."""


@dataclass(frozen=True)
class _Piece:
    """A candidate: text span, its digits, group lengths, separators, and whether it opens with + or 00."""

    start: int
    end: int
    digits: str
    groups: tuple[int, ...]
    seps: str
    plus: bool
    paren_first: bool


def _piece(text: str, start: int, end: int, groups: list[tuple[int, int]]) -> _Piece:
    head = text[start : groups[0][0]]
    seps = "".join(sorted({c for a, b in itertools.pairwise(groups) for c in text[a[1] : b[0]]}))
    paren_first = "(" in head and text[groups[0][1] : groups[0][1] + 1] == ")"
    return _Piece(
        start,
        end,
        "".join(text[a:b] for a, b in groups),
        tuple(b - a for a, b in groups),
        seps,
        "+" in head,
        paren_first,
    )


@functools.lru_cache(maxsize=4096)
def valid_number(number: str, region: str | None) -> bool:
    """Libphonenumber's validity of ``number`` (E.164 digits after ``+`` when ``region`` is None)."""
    try:
        parsed = phonenumbers.parse(("+" + number) if region is None else number, region)
    except phonenumbers.NumberParseException:
        return False
    return bool(phonenumbers.is_valid_number(parsed))


@functools.lru_cache(maxsize=4096)
def _possible(number: str) -> bool:
    try:
        parsed = phonenumbers.parse("+" + number, None)
    except phonenumbers.NumberParseException:
        return False
    return bool(phonenumbers.is_possible_number(parsed))


def _international(p: _Piece) -> float | None:
    """Score of a number written with ``+`` or ``00`` and a country code."""
    d = p.digits[2:] if not p.plus else p.digits
    if not 8 <= len(d) <= 15:
        return None
    if valid_number(d, None):
        return 0.85
    if d.startswith("1") and _NANP.fullmatch(d) and len(d) == 11:
        return 0.7
    if d.startswith("86") and _CN_MOBILE.fullmatch(d[2:]):
        return 0.75
    if d.startswith("44") and _UK_MOBILE.fullmatch("0" + d[2:]):
        return 0.7
    if d.startswith("440") and _UK_MOBILE.fullmatch(d[2:]):  # +44 (0)7700 900123
        return 0.7
    if _possible(d):
        return 0.6 if p.plus and len(p.groups) >= 3 and len(d) >= 10 else 0.5
    return None


def _national(text: str, p: _Piece) -> tuple[float | None, bool]:
    """(score, needs a cue) of a number without a country prefix, from its digits and layout."""
    d, g, seps = p.digits, p.groups, p.seps
    grouped = len(g) > 1 or p.paren_first
    if "." in seps and not (g == (3, 3, 4) and seps == "."):
        return None, True  # dots: only the US 415.555.0132 layout
    if _SSN_LAYOUT.fullmatch(text, p.start, p.end) or _DATE.fullmatch(text, p.start, p.end):
        return None, True
    date = _DATE.match(text, p.start, p.end)
    if date is not None and _TIME_AFTER_DATE.match(text, date.end()) is not None:
        return None, True  # a date and the hour of a time stamp: "ts": "2025-03-08 03:32:26"
    if _CN_MOBILE.fullmatch(d) and g in ((11,), (3, 4, 4), (3, 8), (7, 4)):
        return (0.8 if grouped else 0.75), False
    if _NANP.fullmatch(d):
        nanp = d[1:] if len(d) == 11 else d
        shape = (
            g in ((3, 3, 4), (1, 3, 3, 4))
            or (p.paren_first and g == (3, 3, 4))
            or (p.paren_first and g == (3, 7))
            or (len(d) == 11 and g == (1, 10))
        )
        if shape:
            return (0.75 if valid_number(nanp, "US") or valid_number(nanp, "CA") else 0.7), False
        return 0.7, True
    if d.startswith("0"):
        if _CN_LANDLINE.fullmatch(d):
            area = 3 if d[1] in "12" else 4
            if (g[0] == area and len(g) in (2, 3)) or (p.paren_first and g[0] == area):
                return (0.75 if valid_number(d, "CN") else 0.65), False
        if 10 <= len(d) <= 11 and (valid_number(d, "GB") or _UK_MOBILE.fullmatch(d)):
            if len(g) in (2, 3) and g[0] in (3, 4, 5):
                return 0.7, False
            return 0.7, True
        if _UK_GEOGRAPHIC.fullmatch(d) and g in ((3, 4, 4), (4, 3, 4), (4, 6), (5, 6), (5, 5)):
            return 0.65, False
        if _CN_LANDLINE.fullmatch(d):
            return 0.7, True
    if p.paren_first and g[0] <= 3 and len(g) == 2 and valid_number(d, None):
        return 0.8, False  # a country code in parentheses: (86)13912345678, (44)7700900123
    if _ZIP4.fullmatch(text, p.start, p.end):
        return None, True
    if 7 <= len(d) <= 12:
        return (0.7 if grouped else 0.65), True
    if 11 <= len(d) <= 15 and not grouped and valid_number(d, None):
        return 0.7, True  # E.164 without its ``+`` (``8613912345678``, an MSISDN): only with a phone cue
    return None, True


class PhoneNumberRecognizer(_PresidioRecognizer):
    """``PHONE_NUMBER``: Chinese mobiles and landlines, US (NANP), UK and international numbers.

    Scores:

    * ``+``/``00`` and a country code, valid for libphonenumber: 0.85; structurally a +1, +86 or
      +44 mobile number: 0.7-0.75; only *possible* for libphonenumber: 0.6 when written with ``+`` in
      three or more groups (``+44 113 9980814``), else 0.5 and only with a phone cue;
    * Chinese mobile ``1[3-9]`` + 9 digits, plain or grouped 3-4-4: 0.75-0.8;
    * US layouts ``(415) 555-0132``, ``415-555-0132``, ``415.555.0132``, ``1-415-555-0132``: 0.7-0.75;
    * Chinese landline with its area code set apart (``0571-88888888``, ``(010) 8888 8888``): 0.65-0.75;
    * UK numbers in their national grouping (``07700 900123``, ``020 7946 0958``): 0.7;
    * anything else of 7-12 digits (bare ``4155550132``, ``88888888``, ``0487 98 11 92``) only with a
      phone cue (before it on the same line with no other number between, in parentheses right after
      it, or in its column header): 0.85;
    * a number that needs a cue and sits in a table cell under a header naming an id or another
      number (``学号``, ``Order ID``, ``Case No.``, see :data:`_ID_HEADER`) is no phone, whatever else
      its line holds;
    * a bare 10-digit number valid for the US/Canada (real area code) listed like a contact, i.e. set
      off by punctuation on a line that also holds a capitalised name or an e-mail address
      (``Grace Thompson, 8347869685``) and no closer non-phone cue: 0.55 (never the 32-bit limits);
    * any other 10-digit number of US shape written as one run of digits: :data:`UNCUED_SCORE` (a
      candidate for the stage);
    * a phone cue raises any score to at least 0.9 (0.95 for the shapes above).
    """

    ENTITIES = ("PHONE_NUMBER",)

    def may_match(self, text: str) -> bool:
        """True when ``text`` holds seven digits joined only by spaces, dashes, dots or parentheses."""
        return _DIGIT_RUN.search(text) is not None

    def find(self, text: str, nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        """Every phone number in the (folded) ``text``."""
        out: list[RecognizerResult] = []
        ibans = iban_spans(text) if _IBAN_PRE.search(text) else []
        for m in _RUN.finditer(text):
            start, end = m.span()
            while end > start and text[end - 1] in "( \t.-":
                end -= 1
            nxt = text[end : end + 1]
            if nxt and (
                (nxt.isascii() and nxt.isalnum()) or nxt in "%_" or (nxt == "@" and _AT_DOMAIN.match(text, end))
            ):
                continue
            if text[start:end].count(")") > text[start:end].count("(") and text[end - 1] == ")":
                end -= 1
            if text[start] == "(" and text[start:end].count("(") > text[start:end].count(")"):
                start += 1
            if text[start] == "(" and text[end - 1] == ")" and text.find(")", start) == end - 1:
                start, end = start + 1, end - 1
            groups = [(g.start() + start, g.end() + start) for g in _GROUP.finditer(text[start:end])]
            if sum(b - a for a, b in groups) < 7 or _skip_run(text, start, end, groups):
                continue
            if any(a < end and start < b for a, b in ibans):
                continue
            out.extend(self._read_run(text, start, end, groups))
        return out

    def _read_run(self, text: str, start: int, end: int, groups: list[tuple[int, int]]) -> list[RecognizerResult]:
        """The numbers of one run: the whole run, else the longest phones between its whitespace gaps and brackets."""
        piece = _piece(text, start, end, groups)
        whole = self._score(text, piece, whole=True)
        if whole is not None:
            return [result("PHONE_NUMBER", start, end, whole, type(self).__name__)]
        if _service_number(text, piece):
            return []  # a service number is not read as shorter phones either (+1 800 555 0199 -> 555 0199)
        # cut at whitespace gaps and at an opening bracket (``172-9648-3299（2026年更新）``: a note in brackets)
        cuts = [0] + [i for i in range(1, len(groups)) if _cut_gap(text[groups[i - 1][1] : groups[i][0]])]
        cuts.append(len(groups))
        if len(cuts) <= 2:
            return []
        out: list[RecognizerResult] = []
        i = 0
        while i < len(cuts) - 1:
            found = False
            for j in range(len(cuts) - 1, i, -1):
                if i == 0 and j == len(cuts) - 1:
                    continue
                a, b = cuts[i], cuts[j]
                sub = groups[a:b]
                s = sub[0][0] if a > 0 else start
                if a > 0 and text[s - 1 : s] == "(":
                    s -= 1
                e = sub[-1][1]
                score = self._score(text, _piece(text, s, e, sub), whole=False)
                if score is not None:
                    out.append(result("PHONE_NUMBER", s, e, score, type(self).__name__))
                    i = j
                    found = True
                    break
            if not found:
                i += 1
        return out

    def _score(self, text: str, p: _Piece, *, whole: bool) -> float | None:
        if not 7 <= len(p.digits) <= 17:
            return None
        intl = p.plus or (p.digits.startswith("00") and not p.digits.startswith("000"))
        if intl and (whole or p.plus):
            score = _international(p)
            needs_cue = score is not None and score < 0.6
        else:
            score, needs_cue = _national(text, p)
        if score is None:
            return None
        if _service_number(text, p):
            return None
        cue = _has_cue(text, p.start, p.end)
        if needs_cue:
            if re.search(r"[A-Za-z0-9]-$", text[max(0, p.start - 2) : p.start]):
                return None
            if not cue:
                header = column_header(text, p.start, p.end)
                if header is not None and (_ID_HEADER.search(header) or NON_PHONE_CUES.search(header)):
                    return None  # a cell under an id header (学号, Order ID, Case No.): the header decides
                if _contact_layout(text, p):
                    return 0.55
                bare = text[p.start : p.end] == p.digits  # one run of digits, not a date with a time
                return UNCUED_SCORE if bare and _NANP_SHAPE.fullmatch(p.digits) and p.digits not in _CONSTANTS else None
            return max(score, 0.85)
        return max(score, 0.95 if score >= 0.7 else 0.9) if cue else score


_ID_HEADER = re.compile(r"(?i)号|编号|代码|(?<![a-z])(?:id|no|nr|num|number|code|ref|#)(?![a-z])|#")
"""A column header naming an identifier (学号, 编号, ``Order ID``, ``Case No.``, ``#``): its cells are that id."""

UNCUED_SCORE = 0.35
"""A bare number of US shape with no cue: a candidate under every threshold, which the stage raises
only on the line of a private person's name in a record about that person."""
_NANP_SHAPE = re.compile(r"1?[2-9][0-9]{2}[2-9][0-9]{6}")

_NAME_PAIR = re.compile(r"(?<![A-Za-z])[A-Z][a-zà-ÿ'’]+(?:(?:[ -]|,[ \t]*)[A-Z][a-zà-ÿ'’]+)+")
"""Two or more capitalised words: a name (``Grace Thompson``) or one written family name first (``Sánchez, Ximena``)."""
_CONSTANTS = frozenset({"2147483647", "2147483648", "4294967295", "4294967296", "2345678901", "1234567890"})
"""Ten-digit numbers that are famous constants (32-bit limits, counting sequences), never phones here."""


def _cut_gap(gap: str) -> bool:
    """True when a run may be cut at ``gap`` (what lies between two digit groups): whitespace or a ``(``."""
    return gap.isspace() or "(" in gap


def _contact_layout(text: str, p: _Piece) -> bool:
    """A bare, valid US number listed like a contact: a name or an e-mail on its line, set off by punctuation.

    ``Grace Thompson, 8347869685``, ``Next of kin: Emeka Ogunleye (3073339123)``,
    ``(pricewill@gmail.com, 9452112259)``, a row of a list written family name first
    (``Sánchez, Ximena, 9718727852, truck …``). No other number cue may be closer than a phone cue.
    """
    d = p.digits
    if p.groups != (10,) or d in _CONSTANTS or not (valid_number(d, "US") or valid_number(d, "CA")):
        return False
    if d in "01234567890" or d in "98765432109":
        return False
    before, after = text[p.start - 1 : p.start], text[p.end : p.end + 1]
    if (before and before not in " \t(,:;/|-\n") or (after and after not in " \t),.;/|\n"):
        return False
    line_start = text.rfind("\n", 0, p.start) + 1
    line_end = text.find("\n", p.end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    if closest_family(text, p.start, _FAMILIES, CUE_WINDOW) == "other":
        return False
    return "@" in line or _NAME_PAIR.search(line) is not None


def _skip_run(text: str, start: int, end: int, groups: list[tuple[int, int]]) -> bool:
    """True for runs that are another identifier: card, resident ID, ISBN, IPv4, dotted version."""
    span = text[start:end]
    digits = "".join(text[a:b] for a, b in groups)
    # a tab separates cells: an SSN cell and a phone cell (``391-12-0003\t613.938.9263``) are no card together
    if (
        "+" not in span
        and "\t" not in span
        and not digits.startswith("0")
        and 13 <= len(digits) <= 19
        and is_bank_card(digits)
    ):
        return True
    if len(digits) == 18 and is_resident_id(digits):
        return True
    if len(digits) == 13 and digits[:3] in ("978", "979") and is_isbn13(digits):
        return True
    if span.count(".") >= 2 and "-" not in span and not re.search(r"\s", span.strip()):  # tab-separated: cells
        return not re.fullmatch(r"\d{3}\.\d{3}\.\d{4}", span)
    return False


def _service_number(text: str, p: _Piece) -> bool:
    """A toll-free or business number written for a service, not a person's phone.

    Chinese 400 numbers (``400-820-8820``) are issued to businesses only: a service number unless a
    personal cue (手机, 我的, my cell ...) is before it on its line; written in the US area-code layout
    (``(400) 266-8449``, the first group in parentheses) it is a service's only with a service word
    on its line, like a toll-free number. US/Canadian toll-free numbers
    (800/833/844/855/866/877/888) and UK 0800/0808 freephone numbers are a service's when a service
    word (toll-free, customer service, support, hotline, 客服, 热线 ...) is on their line and no
    personal cue is, or when written in groups with no phone cue at all and nothing about a person
    (a name, an e-mail, Chinese text) on their line (``(800) 561-3524`` as a whole answer); a toll-free
    number whose exchange starts with 0 or 1 (``888-123-4567``) cannot be dialled and is never a phone.
    """
    d = p.digits
    # 11 digits from 1: a US number only when the 1 stands apart or after +, else a Chinese mobile (18441236336)
    nanp = _TOLL_FREE_NANP.fullmatch(d) is not None and (len(d) == 10 or p.plus or p.groups[0] == 1)
    if nanp and d[-7] in "01":
        return True  # an exchange can't start with 0 or 1: a made-up toll-free number (888-123-4567)
    cn = len(d) == 10 and _CN_BUSINESS.fullmatch(d) is not None
    free = cn or nanp or _TOLL_FREE_UK.fullmatch(d) is not None
    if not free:
        return False
    if PERSONAL_CUES.before(text, p.start, 40, same_line=True):
        return False
    if cn and not p.paren_first:
        return True
    # ``(400) 266-8449``: the US area-code layout; a business's only with a service word on its line
    grouped = len(p.groups) > 1 or p.paren_first
    if grouped and not _has_cue(text, p.start, p.end) and not _person_on_line(text, p.start, p.end):
        return True  # a toll-free number alone (``(800) 561-3524`` as a whole answer): nobody's
    line_start = max(text.rfind("\n", 0, p.start) + 1, p.start - 80)
    line_end = text.find("\n", p.end)
    line_end = min(len(text) if line_end < 0 else line_end, p.end + 60)
    return SERVICE_CUES.search(text[line_start : p.start] + " " + text[p.end : line_end])


def _person_on_line(text: str, start: int, end: int) -> bool:
    """The line of ``[start, end)`` holds something else about a person: a name-like pair, an e-mail, a CJK name key."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:start] + " " + text[end : len(text) if line_end < 0 else line_end]
    return "@" in line or _NAME_PAIR.search(line) is not None or _CJK.search(line) is not None


_CJK = re.compile(r"[\u4e00-\u9fff]")


def _has_cue(text: str, start: int, end: int) -> bool:
    """A phone cue near the number.

    The cue is the closest before it on its line (no other number between), in parentheses right
    after it, or in its column header.
    """
    lo = max(0, start - CUE_WINDOW)
    for m in _LONG_DIGITS.finditer(text, lo, start):
        lo = m.end()  # a cue before another number belongs to that number
    if closest_family(text, start, _FAMILIES, start - lo) == "phone":
        return True
    if _AFTER_CUE.match(blank_placeholders(text[end : end + 16])):
        return True
    header = column_header(text, start, end)
    return header is not None and PHONE_CUES.search(header)


def recognizers(language: str) -> list[Recognizer]:
    """One instance of each phone recognizer, for ``language``."""
    return [PhoneNumberRecognizer(supported_language=language)]
