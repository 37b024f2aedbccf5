r"""Identifiers other than phone numbers: IDs, cards, e-mail, IP, SSN, IBAN, passports, plates, handles, dates of birth.

Every class is a :class:`~pipeline.stages.deidentify.recognizers.base.Recognizer` working on folded
text (full-width and Chinese numerals already ASCII digits). Three kinds of evidence are used:

* **shape + checksum** (resident ID, bank card, IBAN, e-mail, IP, MAC): found anywhere, high score;
* **shape + cue nearby** (Chinese passports, 15-digit IDs, dashed SSNs): a cue word before the value
  on its line, or in its table column header (:mod:`~pipeline.stages.deidentify.recognizers.tables`);
* **cue-anchored** (US/UK passports, plain SSNs, driving licences, MRNs, QQ, WeChat, US/UK plates,
  dates of birth): the value must follow its cue directly (``DL# A1234567``, ``病历号：ZY2023041588``,
  ``"passport": "123456789"``, ``| MRN | PX1234567 |``) or sit in a column whose header is a cue
  (``| Passport No. |`` with the value rows below, a CSV ``passport`` column, an SQL INSERT column).

Regexes use look-arounds instead of ``\b`` (``\b`` fails between a CJK character and a digit).
"""

from __future__ import annotations

import functools
import ipaddress
import itertools
import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from pipeline.stages.deidentify.recognizers.addresses_en import US_STATES
from pipeline.stages.deidentify.recognizers.base import Recognizer, RecognizerResult, result
from pipeline.stages.deidentify.recognizers.checksums import (
    iban_spans,
    is_bank_card,
    is_isbn13,
    is_old_resident_id,
    is_resident_id,
    luhn_ok,
    ssn_structure_ok,
    valid_date,
)
from pipeline.stages.deidentify.recognizers.tables import (
    FILLER,
    QUALIFIER,
    Cues,
    KeyedList,
    blank_placeholders,
    closest_family,
    column_header,
    keyed_lists,
    table_index,
)
from pipeline.text.alternation import alternation, lowered

if TYPE_CHECKING:
    from presidio_analyzer.nlp_engine import NlpArtifacts

__all__ = [
    "COLUMN_VALUES",
    "BankCardRecognizer",
    "CnResidentIdRecognizer",
    "DateOfBirthRecognizer",
    "DriverLicenseRecognizer",
    "EmailAddressRecognizer",
    "IbanCodeRecognizer",
    "IpAddressRecognizer",
    "LicensePlateRecognizer",
    "MacAddrRecognizer",
    "MedicalRecordNumberRecognizer",
    "PassportRecognizer",
    "ProfileUrlRecognizer",
    "QqNumberRecognizer",
    "SsnRecognizer",
    "WeChatIdRecognizer",
    "calendar_dates",
    "column_siblings",
    "recognizers",
    "same_date_spans",
]


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


# --------------------------------------------------------------------------- cues

ID_CUES = Cues(
    "身份证",
    "身份号",
    "证件",
    "一代证",
    "公民身份",
    "id(?![a-z])",
    "id[ _-]?(?:no|num|number|nr)(?![a-z])",
    "identity",
    "id ?card",
    "id_?card",
    "sfzh(?![a-z])",
    "zjhm(?![a-z])",
)
"""Cues of an identity-document number: 身份证, 证件, ``ID``, ``idNo`` / ``id_number`` (API fields), and the pinyin
field names ``sfzh`` (身份证号) and ``zjhm`` (证件号码) of Chinese systems."""
ID_DOC_CUES = Cues(
    "身份证", "身份号", "证件", "公民身份", "identity", "id ?card", "id_?card", "national id", "id[ _-]?doc",
    "doc(?:ument)?[ _.-]?(?:no|nr|num|number|#)(?![a-z])",
)  # fmt: skip
"""Headers of a column of identity-document numbers (身份证号, 证件号码, ID card, identity no., ``DOC NO`` of a
hotel's guest list); unlike
:data:`ID_CUES` never a bare ``ID`` (``User ID``, ``Order ID`` name no identity document)."""
CARD_CUES = Cues(
    "卡号",
    "银行卡",
    "信用卡",
    "借记卡",
    "储蓄卡",
    "工资卡",
    "账号",
    "帐号",
    "账户",
    "帐户",
    "还款",
    "card",
    "credit",
    "debit",
    "visa",
    "mastercard",
    "amex",
    "account",
    "acct",
    "cc(?![a-z])",
    "pan(?![a-z])",
)
NOT_CARD_CUES = Cues(
    "订单", "运单", "快递", "单号", "isbn", "imei", "tracking", "order", "invoice", "serial", "trk", "ref(?![a-z])"
)  # fmt: skip
IP_CUES = Cues("ip(?![a-z])", "ipv[46]", "地址", "服务器", "server", "host", "client", "src", "dst", "from", "gateway")
VERSION_CUES = Cues("version", "ver(?![a-z])", "v(?=\\d)", "版本", "build", "release", "firmware", "python", "node")
SSN_CUES = Cues(
    "ssn",
    "social[ _-]?security",
    # round 17: a US taxpayer id of nine digits names a person by the SSN (the IRS's TIN of an individual;
    # an EIN is written 12-3456789, an ITIN starts with 9, which the SSN structure refuses)
    "tax[ _-]?id(?![a-z])",
    "taxpayer[ _-]?id",
    "soc\\.? ?sec",
    "社会安全号",
    "社会保障号",
    "社安号",
    # the US tax forms an employee or contractor fills in with the SSN (W-9, W-4, W-2), often in a file's name
    "w-[249](?![0-9a-z])",
)
PASSPORT_CUES = Cues(
    "护照",
    "通行证",
    "旅行证",
    # a seafarer's identity document (中华人民共和国海员证) is a travel document numbered like a passport
    "海员证",
    "船员证",
    "seaman['’]?s?[ _-]?book",
    "seafarer['’]?s?[ _-]?(?:id|identity|document)",
    "证件",
    "passport",
    "travel doc(?:ument)?s?\\.?",
    "pass-?nr",
    "pass\\.(?= ?(?:no|nr|#))",
    "pp\\.? ?(?=(?:no|nr|num|#))",
    "passnummer",
    "reisepass",
    "passeport",
    "pasaporte",
    "passaporto",
    "여권",
    "パスポート",
)
PLATE_CUES = Cues(
    "车牌",
    "牌照",
    "号牌",
    "plates?",  # round 18: ``plates HFK-5844 and 5SBZ609``
    "licen[cs]e plate",
    "number plate",
    "registration",
    "reg(?![a-z])",
    "vrn",
    "tag(?![a-z])",
    "rego(?![a-z])",
    "immatriculation",
    "matr[ií]cula",
    "vehicle",
    "车号",
)
WEAK_PLATE_CUES = Cues(
    "cars?(?![a-z])", "auto(?![a-z])", "truck", "van(?![a-z])", "motorbike", "motorcycle", "scooter", "parked",
    "parking",
    # every kind of registered road vehicle names its plate the same way (``bus 7KQX204``, ``taxi LX19 ABC``)
    "bus(?![a-z])", "minibus", "coach(?![a-z])", "taxi", "cab(?![a-z])", "lorry", "pick-?up(?![a-z])", "suv(?![a-z])",
    "minivan", "sedan", "hatchback", "jeep", "limo(?:usine)?(?![a-z])", "ambulance", "trailer", "camper",
    "motorhome", "rv(?![a-z])", "moped", "tractor",
    "车辆", "爱车", "座驾", "停车", "车位", "校车", "公交", "巴士", "大巴", "客车", "货车", "卡车", "出租车", "网约车",
    "面包车", "轿车", "摩托", "电动车",
)  # fmt: skip
"""Vehicle words that are no plate words (``car``, ``bus``, ``parking``): after them only a value with two
digits and two letters is a plate (``car TYL 8638``, never ``car BMW X5``)."""
QQ_CUES = Cues("qq", "扣扣", "企鹅号")
UID_CUES = Cues(
    "uid(?![a-z])", "user[ _-]?id(?![a-z])", "userid", "user[ _-]?no(?![a-z])", "用户id", "用户编号", "用户号",
    "用户账号", "用户(?=\\d)",
)  # fmt: skip
"""Cues of a numeric user id (``uid=2053119807``, ``用户ID：…``): read like a QQ number (a QQ number is
Tencent's numeric user id; other services' numeric user ids identify a person the same way). Membership,
customer and order numbers (会员号, member id) are no user ids: they name a contract, not an account."""
WECHAT_CUES = Cues("微信", "wechat", "weixin", "wx(?![a-z])", "vx(?![a-z])", "v信", "威信", "薇信")
MAC_CUES = Cues("mac", "hwaddr", "hardware", "ether", "物理地址", "网卡")
DL_CUES = Cues(
    "驾驶证档案(?:编号|号)",
    "驾驶证",
    "驾照",
    "驾驶执照",
    "driver['’]?s?[ _-]?lic(?:en[cs]e|\\.|(?![a-z]))",
    "driving[ _-]?lic(?:en[cs]e|\\.|(?![a-z]))",
    "lic\\.(?= ?(?:no|nr|#|num))",
    "dln(?![a-z])",
    "licen[cs]e(?![ _-]?plate)(?! to)",
    "dl(?![a-z])",
    "d/l",
    "cdl(?![a-z])",
    "commercial driver['’]?s?[ _-]?lic(?:en[cs]e|\\.|(?![a-z]))",
    # the permits a learner drives on before the licence, numbered like it
    "learner['’]?s?[ _-]?permit",
    "instruction(?:al)?[ _-]?permit",
    "provisional[ _-]?permit",
)
MRN_CUES = Cues(
    "mrn",
    "medical[ _-]?record",  # also the keys medicalRecordNo, medical_record_number
    "med\\.? ?rec",
    "patient[ _-]?(?:id|no|number|#)",
    "hospital (?:number|no)",
    # a record, file or number key after a word naming who keeps it: ``Treating physician record #``,
    # ``seen at clinic (record PX6230981)``, ``clinic ID``, ``Medical/ID number``
    *(
        f"{w}['’]?s?[ _-]?(?:[(（][ \\t]*)?(?:record|file|chart)(?![a-z])"
        for w in (
            "physician",
            "doctor",
            "clinic(?:al)?",
            "hospital",
            "surgery",
            "gp",
            "dental",
            "medical",
            "health",
            "patient",
        )
    ),
    *(f"{w}[ /_-]?(?:id|no|number|#)(?![a-z])" for w in ("clinic", "surgery", "medical", "hospital")),
    # the numbers a hospital gives a stay, a visit or a sample of one patient; electronic record ids
    *(
        f"{w}[ _-]?(?:id|no|nr|number|#)(?![a-z])"
        for w in ("encounter", "admission", "accession", "specimen", "ehr", "emr")
    ),
    "chart",
    "patients?/(?=[a-z0-9])",  # a REST path: /patients/MR-0847084/intake
    "mr#",
    "病历",
    "病案号",
    "住院号",
    "门诊号",
    "就诊卡",
    "就诊号",
    "患者id",
    *(f"{w}(?:id|编号|卡号|号(?!码))" for w in ("病人", "患者")),  # 患者号码 may be a phone
    "就诊(?:id|编号)",
    "急诊号",
    # a patient's file at a hospital, clinic or the community health service (居民健康档案)
    *(f"{w}档案(?:编号|号码|号)" for w in ("医院", "诊所", "卫生院", "卫生室", "社区", "健康")),
    # health-insurance member identifiers name the patient as well as a record number does
    *(f"{w} member[ _-]?(?:id|no|number|#)" for w in ("insurance", "health plan", "medical", "dental", "plan")),
    "subscriber[ _-]?(?:id|no|number|#)",
    # national health-service and public health-insurance numbers: NHS / CHI number, Medicare and Medicaid
    # cards, OHIP and other provincial health cards
    *(
        f"{w}[ _-]?(?:card[ _-]?)?(?:id|no|nr|number|#)(?![a-z])"
        for w in ("nhs", "chi", "hcn", "ohip", "medicare", "medicaid", "health[ _-]?(?:card|insurance|service)")
    ),
    *(f"{w}(?: card)?(?![a-z])" for w in ("medicare", "medicaid", "ohip")),
    "医保卡号",
    "医保号",
    "医保编号",
    "参保号",
    # a health-check or blood-donation number keys a person's medical record as well
    "体检(?:编号|号|卡号)",
    # so does the health certificate of food, childcare and domestic workers (健康证), issued on an examination
    "健康证(?:明)?(?:编号|号码|号)",
    "health cert(?:ificate)?[ _-]?(?:id|no|number|#)(?![a-z])",
    "献血(?:证|码|者编号|编号)",
    "donor[ _-]?(?:id|no|number|#)(?![a-z])",  # blood donor ID, plasma donor no.
)
DOB_CUES = Cues(
    "出生日期",
    "出生年月日",
    "出生年月",
    "出生于",
    "出生",
    "生日",
    "生于",
    "生辰",
    "csrq(?![a-z])",  # 出生日期 in pinyin initials, as Chinese public-security APIs name it (like xm, gmsfhm)
    "诞生于",
    "dob",
    "d\\.o\\.b",
    "date of birth",
    "date_of_birth",
    "birth[ _-]?date",
    "birthdate",
    "birthday",
    "bday",
    "b-day",
    "birth(?![a-z])",
    "born",
    "b\\.(?= ?\\d)",
    "fecha de nacimiento",
    "nacimiento",
    "date de naissance",
    "né le",
    "née le",
    "geburtsdatum",
    "geboren",
)

_ALL_ID_FAMILIES = {
    "passport": PASSPORT_CUES,
    "ssn": SSN_CUES,
    "dl": DL_CUES,
    "mrn": MRN_CUES,
    "qq": QQ_CUES,
    "card": CARD_CUES,
    "id": ID_CUES,
    "plate": PLATE_CUES,
}


_FORM_FAMILIES = {**_ALL_ID_FAMILIES, "wechat": WECHAT_CUES}
"""Families whose form lines name their values (:func:`_form_line_values`); round 17: WeChat's too (``WeChat on
file: subramanianvikram_1993``). Only the id families compete for a key's closest cue (:func:`_key_names`)."""


def _header_has(text: str, start: int, end: int, cues: Cues) -> bool:
    header = column_header(text, start, end)
    return header is not None and cues.search(header)


def _column_values(text: str, cues: Cues, value: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """Spans of table cells under a header holding one of ``cues`` whose whole content matches ``value``."""
    for cell in table_index(text).cells:
        if cues.search(cell.header) and value.fullmatch(text, cell.start, cell.end):
            yield cell.start, cell.end


def _anchored_or_column(
    text: str, anchored: re.Pattern[str], cues: Cues, value: re.Pattern[str], family: str | None = None
) -> Iterator[tuple[int, int]]:
    """Values right after a cue, then values in a column under a cue header (may repeat a span).

    With ``family`` (a name of :data:`_ALL_ID_FAMILIES`) also the values of form lines whose key holds
    the cue (:func:`_form_line_values`) and of list items under a heading naming them
    (:func:`_list_item_values`).
    """
    clean = blank_placeholders(text)
    for m in anchored.finditer(clean):
        yield m.span("v")
        yield from _list_tail(clean, m.end("v"), value)
    yield from _column_values(text, cues, value)
    if family is not None:
        yield from _form_line_values(clean, family, value)
        yield from _list_item_values(clean, family, value)


_LIST_NEXT = re.compile(r"[ \t]*(?:[/／,，、&]|and(?![a-z]))[ \t]*")
"""A separator between the values of one key (``Passports: 153295901 / Y75215491``, ``a, b and c``)."""


def _list_tail(clean: str, end: int, value: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """The further values of a key after its first one, each of the same shape, ended like a form value.

    ``Passports: 153295901 / Y75215491; SSN …``: the key names both numbers. Each next value must follow a
    separator (:data:`_LIST_NEXT`) and end its line, take punctuation or another separator; a word after
    it stops the list (``Passport: 153295901, AB12345 Main St``: ``AB12345`` is not taken).
    """
    while True:
        sep = _LIST_NEXT.match(clean, end)
        if sep is None or sep.end() == end:
            return
        v = value.match(clean, sep.end())
        if v is None or not (_VALUE_END.match(clean, v.end()) or _LIST_NEXT.match(clean, v.end())):
            return
        yield v.span()
        end = v.end()


_VALUE_END = re.compile(r"[ \t]*(?:$|[,;.，；。()（）|]|[-–—][ \t])|\t|[ ]{2}", re.MULTILINE)
"""What may follow a value read from a form line or a list item: the line's end, a comma, a bracket, a dash
set apart, or a column gap (a tab or two spaces: the next field of a line holding several, ``Passport:
123456789  Seat: 14A``); not another word (``Chart of accounts: 10100 Cash`` is an account number and its name)."""
_FORM_LINE = re.compile(
    r"(?:^[ \t]*(?:[-*•>][ \t]+)?|(?<=[^\s:：])(?:\t|[ ]{2})[ \t]*|(?<=[;；|])[ \t]*)"
    r"(?P<key>[^\n\t:：;；|\d]{2,40}?)[ \t]*[:：][ \t]*",
    re.MULTILINE,
)
"""A form field's key and its colon: ``Medicare card # he gave me: …`` (no digits in the key), at a line's
start or after a column gap or a ``;``/``|`` that ends the line's previous field (``Name: Ana Ruiz  Passport
on file: …``)."""


_OTHER_VALUE_KEYS = Cues(
    "phone", "tel(?![a-z])", "mobile", "cell", "fax", "e-?mail", "address", "date", "expir", "issu", "valid",
    "country", "office", "name", "city", "place", "电话", "手机", "邮箱", "地址", "日期", "有效期", "签发",
)  # fmt: skip
"""Words of a key naming another value after a family's cue (``Passport office phone:``, ``Passport expiry:``)."""


_KEY_QUALIFIER = re.compile(r"[ \t]+(?:on|of|for|in|at|from|with|per|under|as)[ \t]+[^\n]*$", re.IGNORECASE)
"""A prepositional phrase ending a key after its cue: ``SSN on account``, ``Passport of the card holder``."""


def _key_names(key: str, family: str) -> bool:
    """True when the closest cue to the end of ``key`` is one of ``family`` (ties go to ``family``).

    A key in which a word naming another kind of value follows the cue (:data:`_OTHER_VALUE_KEYS`) names
    that value, not the family's. A prepositional phrase after the cue qualifies it and names nothing
    (``SSN on account:``: ``account`` is no card key there).
    """
    own = _FORM_FAMILIES[family].last_before(key, len(key), len(key))
    if own is None or _OTHER_VALUE_KEYS.search(key[len(key) - own :]):
        return False
    if own and _KEY_QUALIFIER.match(key, len(key) - own) is not None:
        key, own = key[: len(key) - own], 0
    for name, cues in _ALL_ID_FAMILIES.items():
        if name != family:
            d = cues.last_before(key, len(key), len(key))
            if d is not None and d < own:
                return False
    return True


def _form_line_values(clean: str, family: str, value: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """Values right after the colon of a form line whose key names ``family``, whatever words the key holds.

    The anchored readers allow only a short filler between a cue and its value; a form's key may say
    more (``Medicare card # he gave me: 009434689``, ``Passport (the one I travel on): …``). The key is
    the text from the line start (after a bullet) to the first colon, 2-40 characters, no digits, and the
    cue closest to its end must be of ``family`` (``Passport office phone: …`` is a phone's key). The value
    must end its line or be followed by punctuation (:data:`_VALUE_END`).
    """
    if ":" not in clean and "：" not in clean:
        return
    for m in _FORM_LINE.finditer(clean):
        if not _key_names(m.group("key"), family):
            continue
        v = value.match(clean, m.end())
        if v is not None and _VALUE_END.match(clean, v.end()):
            yield v.span()


_BULLET = re.compile(r"[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+")
_ITEM_KEY = re.compile(r"[^\n:：\d]{1,40}?[ \t]*[:：][ \t]*")
_HEADING_MAX = 60


def _list_item_values(clean: str, family: str, value: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """Values of the items of a list under a heading naming ``family``.

    ``Paris trip passports:`` then ``- Hunter Johnson: 957063943, born 11/05/2003``: the heading is the
    column header of the list. The heading is a line of up to 60 characters ending with a colon whose
    closest cue is of ``family``; each item is a line after it starting with a bullet (``-``, ``*``,
    ``•``, ``1.``, ``2)``); its value is the one right after the bullet or right after the item's own
    key (``Hunter Johnson:``), nowhere else on the line, and ends the line or is followed by
    punctuation (``- 10100 Cash`` under ``Chart of accounts:`` is an account, not a record number).
    """
    if "\n" not in clean:
        return
    lines = clean.split("\n")
    pos = 0
    heading = False
    for line in lines:
        b = _BULLET.match(line)
        if b is None:
            body = line.strip()
            heading = len(body) <= _HEADING_MAX and body[-1:] in (":", "：") and _key_names(body[:-1], family)
        elif heading:
            at = b.end()
            k = _ITEM_KEY.match(line, at)
            for start in (at, k.end()) if k is not None else (at,):
                v = value.match(clean, pos + start)
                if v is not None and v.end() <= pos + len(line) and _VALUE_END.match(clean, v.end()):
                    yield v.span()
                    break
        pos += len(line) + 1


def _keyed_as(keyed: list[KeyedList], start: int, end: int, cues: Cues) -> bool:
    """False when ``[start, end)`` is a value of a keyed list whose key at its position is not one of ``cues``.

    ``电话/QQ：13912345678 / 12345678``: the number right after ``QQ：`` belongs to ``电话``.
    """
    for k in keyed:
        if k.start <= start and end <= k.end:
            return cues.search(k.key)
    return True


def _dedupe(found: list[RecognizerResult]) -> list[RecognizerResult]:
    """One result per (span, type): the highest score wins; sorted by start."""
    best: dict[tuple[int, int, str], RecognizerResult] = {}
    for r in found:
        key = (r.start, r.end, r.entity_type)
        if key not in best or r.score > best[key].score:
            best[key] = r
    return sorted(best.values(), key=lambda r: (r.start, r.end, r.entity_type))


_IBAN_PRE = re.compile(r"[A-Z]{2}\d{2}")
_DIGIT = re.compile(r"\d")
_YEARISH = re.compile(r"(?:19|20)\d\d")

# --------------------------------------------------------------------------- resident ID


_ID18 = re.compile(r"(?<![0-9A-Za-z])[1-9](?:[ \t-]{0,2}\d){16}[ \t-]{0,2}[\dXx](?![0-9A-Za-z])")
_ID15 = re.compile(r"(?<![0-9A-Za-z])[1-9]\d{5}[ \t-]?\d{6}[ \t-]?\d{3}(?![0-9A-Za-z])")
_ID_RUN = re.compile(r"\d(?:[ \t-]{0,2}+\d){14}")
_ID18_PREFIXED = re.compile(r"(?<![0-9A-Za-z])[A-Z]([1-9]\d{16}[\dXx])(?![0-9A-Za-z])")
"""An 18-character ID written with one capital letter in front (round 16): numbers built from the ID (the national
student registration number 学籍号 is ``G`` + the pupil's ID, ``L`` + ID for some staff or member numbers) still
carry the whole ID; only a valid one counts (province, birth date and check character)."""


class CnResidentIdRecognizer(_PresidioRecognizer):
    """``CN_RESIDENT_ID``: mainland resident identity card numbers (GB 11643).

    * 18 characters (plain, spaced ``110101 19900101 1237``, ``x``/``X`` check character): province
      code, real birth date and check character all valid: 1.0; no cue needed;
    * 15 digits (first generation): province code and a real ``YYMMDD`` date, and an ID cue (身份证,
      证件, 一代证, ID ...) before it on its line or in its column header: 0.85; nothing without a cue.
    """

    ENTITIES = ("CN_RESIDENT_ID",)

    def may_match(self, text: str) -> bool:
        """True when ``text`` holds 15 digits joined by at most two spaces, tabs or dashes each."""
        return _ID_RUN.search(text) is not None

    def find(self, text: str, nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        """Every resident ID in the (folded) ``text``."""
        name = type(self).__name__
        out = [
            result("CN_RESIDENT_ID", m.start(), m.end(), 1.0, name)
            for m in _ID18.finditer(text)
            if is_resident_id(m.group())
        ]
        out.extend(
            result("CN_RESIDENT_ID", m.start(1), m.end(1), 1.0, name)
            for m in _ID18_PREFIXED.finditer(text)
            if is_resident_id(m.group(1))
        )
        for m in _ID15.finditer(text):
            if not is_old_resident_id(m.group()):
                continue
            if ID_CUES.before(text, m.start(), 40, same_line=True) or _header_has(text, m.start(), m.end(), ID_CUES):
                out.append(result("CN_RESIDENT_ID", m.start(), m.end(), 0.85, name))
        return sorted(out, key=lambda r: r.start)


# --------------------------------------------------------------------------- bank card

_CARD_RUN = re.compile(
    r"(?<![0-9A-Za-z+_.])(?<![0-9A-Za-z]-)\d(?:[ \t-]{0,2}\d)*(?![0-9A-Za-z_]|[.\-]\d)"
)  # fmt: skip
"""A digit run that can be a card: not glued to letters, ``+``, ``_`` or a dot; a comma before it is a
boundary (a CSV cell: ``转账,6222…,房租``) unless one to three digits alone precede it (:data:`_NUMBER_HEAD`:
``1,234,567``, a decimal comma ``0,5355…``); after a longer cell or one holding a letter it is a boundary again
(``…,G61931382,4683216368332431,…``, ``…,198070652,3777 587201 60538,…``); a comma after
it always is (``6222…,7316元``: a run of twelve or more digits is never a group of thousands)."""
_NUMBER_HEAD = re.compile(r"(?<![0-9A-Za-z.])\d{1,3},$")
"""One to three digits and a comma right before a digit run: the run continues a number (thousands, decimals)."""
_CARD_PRE = re.compile(r"\d(?:[ \t-]{0,2}+\d){11}")
_BRANDS: tuple[tuple[str, tuple[int, ...]], ...] = (
    (r"4", (13, 16, 19)),
    (r"5[1-5]|2(?:2[2-9]|[3-6]\d|7[01])|2720", (16,)),
    (r"3[47]", (15,)),
    (r"6011|64[4-9]|65", (16, 17, 18, 19)),
    (r"35(?:2[89]|[3-8]\d)", (16, 17, 18, 19)),
    (r"30[0-5]|3[689]", (14, 15, 16, 17, 18, 19)),
    (r"62|81", (16, 17, 18, 19)),
    (r"5[06-9]|6[0-9]", (12, 13, 14, 15, 16, 17, 18, 19)),
    (r"220[0-4]", (16,)),
    (r"955[89]", (16, 17, 18, 19)),
)
"""Issuer prefixes and their lengths: Visa, Mastercard, Amex, Discover, JCB, Diners, UnionPay, Maestro, Mir, ICBC."""


def _brand_ok(digits: str) -> bool:
    return any(re.match(p, digits) and len(digits) in lengths for p, lengths in _BRANDS)


class BankCardRecognizer(_PresidioRecognizer):
    """``BANK_CARD``: payment card numbers (13-19 digits passing Luhn; 12-19 with a card cue).

    Never: a valid resident ID, one repeated digit, an ISBN-13, a number glued to letters
    (``A4111111111111111``, ``ORDER12345678901234``) or after an order/tracking/ISBN cue.

    * Luhn, a known issuer prefix and a length the issuer uses: 0.85 (1.0 with a card cue);
    * Luhn, otherwise: 0.4 (0.85 with a card cue);
    * 12 digits passing Luhn with a card cue: 0.7.
    """

    ENTITIES = ("BANK_CARD",)

    def may_match(self, text: str) -> bool:
        """True when ``text`` holds 12 digits joined by at most two spaces, tabs or dashes each."""
        return _CARD_PRE.search(text) is not None

    def find(self, text: str, nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        """Every card number in the (folded) ``text``."""
        out: list[RecognizerResult] = []
        ibans = iban_spans(text) if _IBAN_PRE.search(text) else []
        for m in _CARD_RUN.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in ibans):
                continue
            if _NUMBER_HEAD.search(text, max(0, m.start() - 5), m.start()):
                continue
            groups = [(g.start() + m.start(), g.end() + m.start()) for g in re.finditer(r"\d+", m.group())]
            if sum(b - a for a, b in groups) < 12:
                continue
            out.extend(self._read(text, groups))
        return out

    def _read(self, text: str, groups: list[tuple[int, int]]) -> list[RecognizerResult]:
        """The whole run as one card, else the longest cards between its whitespace gaps."""
        whole = self._score(text, groups[0][0], groups[-1][1], whole=True)
        if whole is not None:
            return [result("BANK_CARD", groups[0][0], groups[-1][1], whole, type(self).__name__)]
        cuts = [0] + [i for i in range(1, len(groups)) if text[groups[i - 1][1] : groups[i][0]].isspace()]
        cuts.append(len(groups))
        out: list[RecognizerResult] = []
        i = 0
        while i < len(cuts) - 1:
            step = 1
            for j in range(len(cuts) - 1, i, -1):
                if i == 0 and j == len(cuts) - 1:
                    continue
                s, e = groups[cuts[i]][0], groups[cuts[j] - 1][1]
                score = self._score(text, s, e, whole=False)
                if score is not None:
                    out.append(result("BANK_CARD", s, e, score, type(self).__name__))
                    step = j - i
                    break
            i += step
        return out

    def _score(self, text: str, start: int, end: int, *, whole: bool) -> float | None:
        digits = re.sub(r"\D", "", text[start:end])
        if not 12 <= len(digits) <= 19 or len(set(digits)) == 1 or not luhn_ok(digits):
            return None
        if not whole and not _brand_ok(digits):
            return None  # a part of a longer run: only a card of a known issuer and length
        if len(digits) == 18 and is_resident_id(digits):
            return None
        if is_isbn13(digits) or (len(digits) == 15 and is_old_resident_id(digits) and ID_CUES.before(text, start)):
            return None
        family = closest_family(text, start, {"card": CARD_CUES, "other": NOT_CARD_CUES, "id": ID_CUES}, 40)
        cue = family == "card" or _header_has(text, start, end, CARD_CUES)
        if (
            family in ("other", "id")
            and not cue
            and (not _brand_ok(digits) or closest_family(text, start, {"x": NOT_CARD_CUES, "y": ID_CUES}, 16))
        ):
            return None
        if len(digits) == 12:
            return 0.7 if cue else None
        if not is_bank_card(digits):
            return None
        if _brand_ok(digits):
            return 1.0 if cue else 0.85
        return 0.85 if cue else 0.4


# --------------------------------------------------------------------------- e-mail

_EMAIL = re.compile(
    r"(?<![A-Za-z0-9_%+-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,63})@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})"
    r"(?:\.[A-Za-z0-9-]{1,63})*\.(?:[A-Za-z]{2,24}|xn--[A-Za-z0-9-]{1,59})(?![A-Za-z0-9-])"
)


_OBF_AT = (
    r"(?:[ \t]*[(\[{<（【][ \t]*(?:at|@|艾特)[ \t]*[)\]}>）】][ \t]*"
    r"|[ \t]+at[ \t]+(?=[a-z0-9-]+(?:[ \t]+dot[ \t]+|[ \t]*[(\[{<（【][ \t]*dot)))"
)
_OBF_DOT = r"(?:[ \t]*[(\[{<（【][ \t]*(?:dot|\.|点)[ \t]*[)\]}>）】][ \t]*|[ \t]+dot[ \t]+|\.)"
_EMAIL_OBF = re.compile(
    rf"(?<![A-Za-z0-9_%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{{0,63}}(?i:{_OBF_AT})[A-Za-z0-9][A-Za-z0-9-]{{0,62}}"
    rf"(?:(?i:{_OBF_DOT})[A-Za-z0-9-]{{1,63}})*?(?i:{_OBF_DOT})(?i:com|net|org|edu|gov|cn|uk|de|fr|jp|io|co|info|me|us|ca|au|hk|tw)(?![A-Za-z0-9-])"
)
"""An e-mail written to fool harvesters: ``ann.lee(at)gmail.com``, ``ann [at] gmail [dot] com``,
``ann at gmail dot com``; the top-level domain must be a common one (``meet @ google.com`` is no address)."""
_OBF_PRE = re.compile(r"[(\[{<（【][ \t]*(?:at|@|艾特)", re.IGNORECASE)


def _obfuscated_at(text: str) -> bool:
    """Cheap test for an obfuscated ``@``: a bracketed ``at`` or a `` dot `` (substring tests first)."""
    return " dot " in text or " DOT " in text or " Dot " in text or _OBF_PRE.search(text) is not None


_STAMP_HEAD = re.compile(r"(?:\d+[TZ]?\.)+(?=[A-Za-z])")
"""Round 15: the time-stamp segments before a mailbox in a message id (``<1565882047.wei_zhi@host>``, ``<2024-11-22T
22:55:41Z.yan@host>``): the tail of a time (the match starts right after a digit and a ``:``, not after ``mailto:``) or an epoch (nine digits or more)
is the id's time, not part of the address."""
_TIME_BEFORE = re.compile(r"\d:$")
_NUMBER_LOCAL = re.compile(r"[A-Z]{0,4}[-_]?\d[\d-]{3,}")
"""Round 18: a local part that is a document's number (``ORD-2022-879576``, ``INV-20007``, ``654359``)."""
_MESSAGE_ID_BEFORE = re.compile(r"(?i:message-?id)[ \t]*[:=][ \t]*<#?$")
"""Round 18: right before a message id's ``<`` value (``message-id=<``, ``Message-ID: <#``)."""


class EmailAddressRecognizer(_PresidioRecognizer):
    """``EMAIL_ADDRESS``: ``local@domain.tld`` (IDN ``xn--`` labels too); the syntax is unambiguous: 1.0.

    Obfuscated addresses (``ann.lee(at)gmail.com``, ``ann [at] gmail [dot] com``, ``ann at gmail dot com``)
    with a common top-level domain: 0.9.
    """

    ENTITIES = ("EMAIL_ADDRESS",)

    def may_match(self, text: str) -> bool:
        """True when ``text`` holds an ``@``, or an ``(at)``/``[at]`` or `` dot `` of an obfuscated address."""
        return "@" in text or _obfuscated_at(text)

    def find(self, text: str, nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        """Every e-mail address in ``text`` (a leading dot of the local part is left out)."""
        out = []
        for m in _EMAIL.finditer(text):
            start = m.start()
            local = m.group().split("@", 1)[0]
            if ".." in local or local.endswith("."):
                continue
            if local[:1].isdigit() and "." in local:
                stamp = _STAMP_HEAD.match(local)
                if stamp is not None and (
                    _TIME_BEFORE.search(text, 0, start) is not None or len(local.split(".", 1)[0]) >= 9
                ):
                    start += stamp.end()  # <1565882047.wei_zhi@host>, <…T22:55:41Z.yan@host>: the message id's time
            if _NUMBER_LOCAL.fullmatch(local) and _MESSAGE_ID_BEFORE.search(text, max(0, start - 20), start):
                continue  # <ORD-2022-879576@shop.example>: a message id built from an order's number names no mailbox
            out.append(result("EMAIL_ADDRESS", start, m.end(), 1.0, type(self).__name__))
        if _obfuscated_at(text):
            for m in _EMAIL_OBF.finditer(text):
                if not any(r.start <= m.start() < r.end for r in out):
                    out.append(result("EMAIL_ADDRESS", m.start(), m.end(), 0.9, type(self).__name__))
        return out


# --------------------------------------------------------------------------- IP

_IPV4 = re.compile(
    r"(?<![A-Za-z0-9.:])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
    r"(?![A-Za-z0-9]|\.\d)"
)
_IPV6 = re.compile(
    r"(?<![A-Za-z0-9:.])(?=[0-9A-Fa-f:.]*:[0-9A-Fa-f.]*:)[0-9A-Fa-f:][0-9A-Fa-f:.]{0,44}[0-9A-Fa-f:](?:%[A-Za-z0-9]+)?"
    r"(?![A-Za-z0-9:]|\.\d)"
)
_DIGIT_DOT_DIGIT = re.compile(r"\d\.\d")
_TWO_COLONS = re.compile(r":[0-9A-Fa-f.]*:")


PUBLIC_RESOLVERS = frozenset(
    {
        # Google, Cloudflare, Quad9, OpenDNS, Level 3, AdGuard, CleanBrowsing, Verisign, Yandex
        "8.8.8.8", "8.8.4.4", "1.1.1.1", "1.0.0.1", "9.9.9.9", "149.112.112.112", "208.67.222.222",
        "208.67.220.220", "4.2.2.1", "4.2.2.2", "94.140.14.14", "94.140.15.15", "185.228.168.9", "64.6.64.6",
        "77.88.8.8",
        # China: 114DNS, AliDNS, DNSPod, Baidu, CNNIC SDNS, 360
        "114.114.114.114", "114.114.115.115", "223.5.5.5", "223.6.6.6", "119.29.29.29", "180.76.76.76",
        "1.2.4.8", "210.2.4.8", "101.226.4.6",
        # the same services over IPv6
        "2001:4860:4860::8888", "2001:4860:4860::8844", "2606:4700:4700::1111", "2606:4700:4700::1001",
        "2620:fe::fe", "2620:fe::9", "2400:3200::1", "2400:3200:baba::1", "2402:4e00::",
    }
)  # fmt: skip
"""Well-known public DNS resolvers: anycast services shared by millions, never one person's address."""
_NET_CONTEXT = re.compile(
    r"(?i)gateway|router|(?<![a-z])gw(?![a-z])|dhcp|default via|default route|subnet|netmask|(?<![a-z])lan(?![a-z])|wi-?fi"
    r"|ifconfig|ipconfig|nameserver|(?<![a-z])arp(?![a-z])|lease|网关|路由|局域网|子网|内网|租约|租期"
)
"""Words of a network's own description: a router's or gateway's address in such a text is infrastructure."""


def _infrastructure_ip(text: str, value: str) -> bool:
    """True for a public resolver anywhere, and a private network's ``.1`` (its router) in a network's text.

    ``192.168.31.1`` in a DHCP lease table, ``default via 10.0.0.1``, ``SERVER: 223.5.5.5#53``: the same
    address in millions of homes, or a public service, names nobody.
    """
    if value in PUBLIC_RESOLVERS:
        return True
    if not value.endswith(".1"):
        return False
    try:
        private = ipaddress.IPv4Address(value).is_private
    except ValueError:
        return False
    return private and _NET_CONTEXT.search(text) is not None


def _is_ip(value: str) -> bool:
    if ":" in value and not re.search(r"[0-9A-Fa-f]", value) and value != "::":
        return False
    try:
        ipaddress.ip_address(value.split("%")[0])
    except ValueError:
        return False
    return True


class IpAddressRecognizer(_PresidioRecognizer):
    """``IP_ADDRESS``: IPv4 and IPv6 (compressed, zone ids, IPv4-mapped), validated by :mod:`ipaddress`.

    * valid address: 0.7; with an IP cue (IP, server, host, 地址 ...): 0.9;
    * IPv4 of four one-digit parts (``1.2.3.4``, often a version) without a cue: 0.4;
    * an IPv4 from 240.0.0.0 up (reserved, broadcast; every netmask ``255.255.255.248``): dropped;
    * right after a version cue (``version 10.0.0.1``), with no other number between: dropped;
    * a well-known public DNS resolver (``8.8.8.8``, ``223.5.5.5``, ``2606:4700:4700::1111``), and a
      private network's ``.1`` address (``192.168.31.1``, ``10.0.0.1``: its router) in a text that
      describes a network (gateway, router, DHCP, subnet, 网关, 路由…): dropped;
      the unspecified ``::``: 0.1.
    """

    ENTITIES = ("IP_ADDRESS",)

    def may_match(self, text: str) -> bool:
        """True when ``text`` holds ``digit.digit`` or two colons with only hex digits and dots between."""
        return _DIGIT_DOT_DIGIT.search(text) is not None or _TWO_COLONS.search(text) is not None

    def find(self, text: str, nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        """Every IP address in the (folded) ``text``."""
        name = type(self).__name__
        out: list[RecognizerResult] = []
        spans6: list[tuple[int, int]] = []
        for m in _IPV6.finditer(text):
            v = m.group()
            while v.endswith(".") or (v.endswith(":") and not v.endswith("::")):
                v = v[:-1]
            if not _is_ip(v):
                continue
            spans6.append((m.start(), m.start() + len(v)))
            if v.lower() in PUBLIC_RESOLVERS:
                continue
            score = 0.1 if v == "::" else self._score(text, m.start(), single_digits=False)
            if score is not None:
                out.append(result("IP_ADDRESS", m.start(), m.start() + len(v), score, name))
        for m in _IPV4.finditer(text):
            if any(a <= m.start() < b for a, b in spans6):
                continue
            if int(m.group().split(".", 1)[0]) >= 240:
                continue  # 240.0.0.0/4 is reserved and 255.255.255.255 broadcast: netmasks, never a host
            if _infrastructure_ip(text, m.group()):
                continue  # a public resolver, or a router's address in a network's description
            single = all(len(p) == 1 for p in m.group().split("."))
            score = self._score(text, m.start(), single_digits=single)
            if score is not None:
                out.append(result("IP_ADDRESS", m.start(), m.end(), score, name))
        return sorted(out, key=lambda r: r.start)

    def _score(self, text: str, start: int, *, single_digits: bool) -> float | None:
        family = closest_family(text, start, {"ip": IP_CUES, "version": VERSION_CUES}, 30)
        if family == "version":
            gap = VERSION_CUES.last_before(text, start, 30) or 0
            if not _DIGIT.search(text, start - gap, start):
                return None  # ``version 10.0.0.1``, ``v1.2.3.4``
            # the cue has a number of its own (``戴森V12<TAB>172.25.89.74``, ``Python 3.11 on 10.0.0.5``)
            family = "ip" if IP_CUES.before(text, start, 30) else None
        if family == "ip":
            return 0.9
        return 0.4 if single_digits else 0.7


# --------------------------------------------------------------------------- SSN

_SSN_SEP = re.compile(r"(?<![\d.-])(?<!\d )\d{3}([- .])\d{2}\1\d{4}(?![\d-]|[ .]\d)")
_SSN_PLAIN = r"(?<![0-9A-Za-z-])\d{9}(?![0-9A-Za-z-])"
_SSN_ANCHORED = SSN_CUES.anchored(_SSN_PLAIN + "|" + r"(?<![\d-])\d{3}(?P<sep>[- .])\d{2}(?P=sep)\d{4}(?![\d-])")
_SSN_PLAIN_RX = re.compile(_SSN_PLAIN)
_SSN_VALUE = re.compile(r"\d{9}|\d{3}([- .])\d{2}\1\d{4}")
_SSN_PRE = re.compile(r"\d(?:[ .\-]?+\d){8}")


_NAME_PAIR = re.compile(r"(?<![A-Za-z])[A-Z][a-zà-ÿ'’]+(?:[ -][A-Z][a-zà-ÿ'’]+)+")
_FIELD_SEP = re.compile(r"[ \t]*[/|,;][ \t]*")


def _record_layout(text: str, start: int, end: int) -> bool:
    """A value that is one field of a delimited personal record: ``Ann Lee / 123456789 / ann@x.com``.

    The value is set off by ``/``, ``|``, ``,`` or ``;`` on both sides, and its line also holds a
    capitalised name and an e-mail address.
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    before = re.search(r"[ \t]*[/|,;][ \t]*$", text[line_start:start])
    after = _FIELD_SEP.match(text, end)
    return bool(before and after and "@" in line and _NAME_PAIR.search(line))


class SsnRecognizer(_PresidioRecognizer):
    """``US_SSN``: US Social Security numbers with a valid structure.

    Area not 000/666/9xx, group not 00, serial not 0000, not one repeated digit.

    * ``123-45-6789``: 0.6; ``123 45 6789`` / ``123.45.6789``: 0.5;
    * any of those or a plain ``123456789`` right after an SSN cue (SSN, social security, 社会安全号) or
      in an ``ssn`` column: 0.95;
    * a plain ``123456789`` whose closest identifier cue on its line (within 60 characters) is an SSN
      cue: 0.85;
    * a plain ``123456789`` as one field of a delimited personal record (``Ann Lee / 123456789 /
      ann@x.com``: a name and an e-mail on the line): 0.5; any other plain 9-digit number: nothing.
    """

    ENTITIES = ("US_SSN",)

    def may_match(self, text: str) -> bool:
        """True when ``text`` holds nine digits joined by at most one space, dot or dash each."""
        return _SSN_PRE.search(text) is not None

    def find(self, text: str, nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        """Every SSN in the (folded) ``text``."""
        name = type(self).__name__
        out: list[RecognizerResult] = []
        form = "ssn" if SSN_CUES.search(text) else None  # form lines and lists only where a cue is
        for s, e in _anchored_or_column(text, _SSN_ANCHORED, SSN_CUES, _SSN_VALUE, form):
            if ssn_structure_ok(text[s:e]):
                out.append(result("US_SSN", s, e, 0.95, name))
        for m in _SSN_PLAIN_RX.finditer(text):
            if not ssn_structure_ok(m.group()):
                continue
            family = closest_family(text, m.start(), _ALL_ID_FAMILIES, 60)
            if family == "ssn":
                out.append(result("US_SSN", m.start(), m.end(), 0.85, name))
            elif family is None and _record_layout(text, m.start(), m.end()):
                out.append(result("US_SSN", m.start(), m.end(), 0.5, name))
        for m in _SSN_SEP.finditer(text):
            if not ssn_structure_ok(m.group()):
                continue
            cue = closest_family(text, m.start(), _ALL_ID_FAMILIES, 40) == "ssn"
            out.append(result("US_SSN", m.start(), m.end(), 0.95 if cue else (0.6 if m.group(1) == "-" else 0.5), name))
        return _dedupe(out)


# --------------------------------------------------------------------------- IBAN


class IbanCodeRecognizer(_PresidioRecognizer):
    """``IBAN_CODE``: IBANs, compact or grouped by spaces or dashes, validated by ISO 13616 mod-97.

    A run is cut back group by group until it validates (``... 8901 X in a sentence``).

    * mod-97 valid and the length registered for the country (ISO 13616 registry): 1.0;
    * anything else (an unknown country code such as a ``JD...`` tracking number that happens to pass
      mod-97, another length): nothing.
    """

    ENTITIES = ("IBAN_CODE",)

    def may_match(self, text: str) -> bool:
        """True when ``text`` holds two capital letters followed by two digits."""
        return _IBAN_PRE.search(text) is not None

    def find(self, text: str, nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        """Every IBAN in ``text``."""
        return [result("IBAN_CODE", s, e, 1.0, type(self).__name__) for s, e in iban_spans(text)]


# --------------------------------------------------------------------------- passport

_CN_PASSPORT = re.compile(r"(?<![A-Za-z0-9])(?:[EG]\d{8}|E[A-HJ-NP-Z]\d{7}|[DSPHKMCL]\d{8})(?![A-Za-z0-9])")
_PASSPORT_VALUE = (
    r"(?<![A-Za-z0-9])(?:\d{9}|[A-Z]\d{8}|[A-Z]{2}\d{7}|(?=[A-Z0-9]{6,9}(?![A-Za-z0-9]))"
    r"(?=(?:[A-Z]*\d){2})(?=\d*[A-Z])[A-Z0-9]{6,9}|[A-Z0-9](?: [A-Z0-9]){7}(?: [A-Z0-9])?(?! [A-Z0-9])"
    r"|[A-Z]{1,2}[ -]?\d{4}[ -]\d{3,4}|\d{3}[ -]\d{3}[ -]\d{3})"
    r"(?![A-Za-z0-9])"
)
"""A passport number: 9 digits, a letter and 8 digits, 6-9 capitals and digits (two digits, a letter),
8-9 such characters set apart by single spaces (OCR: ``5 4 7 3 8 2 9 1 0``), or grouped (``E 1234 5678``,
``547 382 910``)."""
_PASSPORT_ANCHORED = PASSPORT_CUES.anchored(_PASSPORT_VALUE, "(?:s|S)?" + FILLER)  # "Passports: …" too
_PASSPORT_TYPE_THEN_NO = re.compile(
    r"(?i:passport|护照)(?![a-z])[^\n\d]{0,30}?(?i:(?:doc(?:ument)?\.?[ _-]?)?(?:no|nr|num|number|#)|号码|证号|编号)"
    rf"\.?[ \t]*[:：=#]?[ \t]*(?P<v>{_PASSPORT_VALUE})"
)
"""A document-type key naming a passport, then the number key: ``Doc type: Passport; Doc no: 547382910``."""
_PASSPORT_CELL = re.compile(_PASSPORT_VALUE)
_PASSPORT_SHAPE = re.compile(r"[A-Z0-9]{5}\d")
_PASSPORT_TAIL = re.compile(
    r"[ \t]*(?:[(（][ \t]*(?i:passport)|(?i:is|was)[ \t]+(?i:my|his|her|their|our|your)[ \t]+(?i:passport))(?![a-z])"
    r"|[ \t]*[(（]?[ \t]*[是为]?[ \t]*(?:我|他|她|本人)?的?护照"
)
"""A passport cue right after a value: ``547382910 is my passport number``, ``E12345678（护照）``."""
_CERT_KEY_BEFORE = re.compile(r"[\u4e00-\u9fff]证(?:件)?(?:号码|编号|号)?[ \t]*[:：=]?[ \t]*$")
"""The key of a Chinese certificate right before a value (``船员证：``, ``工作证号``): a document's number."""
FILE_EXT = r"\.(?i:pdf|jpe?g|png|heic|tiff?|bmp|gif|webp|docx?|xlsx?|csv|txt|zip|rar|7z)(?![A-Za-z0-9])"
"""The extension of a scanned or attached document's file name."""
_FILE_EXT_RX = re.compile(FILE_EXT)
_PASSPORT_FILE = re.compile(
    f"(?i:{PASSPORT_CUES.pattern})(?:[ _-]+[A-Za-z\u4e00-\u9fff]{{1,15}}){{0,3}}[ _-]+(?P<v>{_PASSPORT_VALUE})"
    f"(?=(?:[_-][^\\s/\\\\]{{0,40}}?)?{FILE_EXT})"
)
"""A passport number in a file's name after the cue and up to three words: ``Passport_scan_387884657.pdf``."""


class PassportRecognizer(_PresidioRecognizer):
    """``PASSPORT``: Chinese, US, UK and other passports.

    * Chinese layouts (``E12345678``, ``EA1234567``, ``G12345678``; also the ``C``/``H``/``M``... travel
      permits) with a passport cue (护照, 证件, passport ...) before them on the line, or in the column
      header, or under an identity-document header (``身份证号``: a foreign student's passport in the
      ID column): 0.95; ``E``/``G`` layouts without a cue: 0.4;
    * any other passport layout (9 digits, a letter and 8 digits, 6-9 capitals and digits with at least
      one letter and two digits; 8 digits alone are not a passport) only right after a passport cue (``Passport No.: 123456789``,
      ``"passport": "..."``, ``passport,<value>`` in a CSV row) or in a column under a passport
      header: 0.9;
    * a Chinese layout right after the key of a Chinese certificate (``船员证：G22644721``, ``工作证号 E…``): 0.9;
    * any layout in a file's name after a passport cue and up to three words (``Passport_scan_387884657.pdf``): 0.9.
    """

    ENTITIES = ("PASSPORT",)

    def may_match(self, text: str) -> bool:
        """True when ``text`` holds a digit and a Chinese passport shape or a passport cue."""
        return _DIGIT.search(text) is not None and (
            _PASSPORT_SHAPE.search(text) is not None or PASSPORT_CUES.search(text)
        )

    def find(self, text: str, nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        """Every passport number in the (folded) ``text``."""
        name = type(self).__name__
        out: list[RecognizerResult] = []
        for m in _CN_PASSPORT.finditer(text):
            header = column_header(text, m.start(), m.end())
            cue = PASSPORT_CUES.before(text, m.start(), 40, same_line=True) or (
                header is not None and (PASSPORT_CUES.search(header) or ID_DOC_CUES.search(header))
            )
            if cue:
                out.append(result("PASSPORT", m.start(), m.end(), 0.95, name))
            elif _CERT_KEY_BEFORE.search(text, max(0, m.start() - 12), m.start()) is not None:
                out.append(result("PASSPORT", m.start(), m.end(), 0.9, name))
            elif m.group()[0] in "EG":
                out.append(result("PASSPORT", m.start(), m.end(), 0.4, name))
        if PASSPORT_CUES.search(text):
            for s, e in _anchored_or_column(text, _PASSPORT_ANCHORED, PASSPORT_CUES, _PASSPORT_CELL, "passport"):
                out.append(result("PASSPORT", s, e, 0.9, name))
            clean = blank_placeholders(text)
            out += [result("PASSPORT", *m.span("v"), 0.85, name) for m in _PASSPORT_TYPE_THEN_NO.finditer(clean)]
            for m in _PASSPORT_CELL.finditer(clean):
                if _PASSPORT_TAIL.match(clean, m.end()) and " " not in m.group():
                    out.append(result("PASSPORT", m.start(), m.end(), 0.85, name))
            if _FILE_EXT_RX.search(clean) is not None:
                out += [result("PASSPORT", *m.span("v"), 0.9, name) for m in _PASSPORT_FILE.finditer(clean)]
        return _dedupe(out)


# --------------------------------------------------------------------------- licence plate

_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领"
_PL = "A-HJ-NP-Z"
_CN_PLATE = re.compile(
    rf"(?<![A-Za-z0-9])[{_PROVINCES}][{_PL}][·•・ \-]?"
    rf"(?P<tail>[DF][{_PL}0-9]\d{{4}}|\d{{5}}[DF]|[{_PL}0-9]{{4}}[挂学警港澳]|[{_PL}0-9]{{5}})(?![A-Za-z0-9])"
)
_CN_PLATE_PRE = re.compile(rf"[{_PROVINCES}][{_PL}]")
_PLATE_VALUE = (
    r"(?<![A-Za-z0-9])(?=[A-Z0-9 -]*\d)(?=[0-9 -]*[A-Z])[A-Z0-9]{2,4}[ -]?[A-Z0-9]{2,4}(?![A-Za-z0-9]|[ -][A-Z0-9])"
)
_PLATE_ANCHORED = PLATE_CUES.anchored(_PLATE_VALUE)
_WEAK_PLATE_ANCHORED = WEAK_PLATE_CUES.anchored(_PLATE_VALUE)
_PLATE_STRICT = re.compile(r"(?=(?:[^0-9]*[0-9]){2})(?=(?:[^A-Z]*[A-Z]){2})[A-Z0-9 -]{5,9}")
_PLATE_CELL = re.compile(_PLATE_VALUE)
_PLATE_MORE = re.compile(rf"[ \t]*(?:[,，、/&]|and(?![a-z]))[ \t]*(?P<v>{_PLATE_VALUE})")
"""The next value of a list of plates (``plates HFK-5844 and 5SBZ609``, ``two cars (LKD-1075, 5SBZ609)``)."""
_PLURAL_VEHICLE = re.compile(r"(?i:(?<![a-z])(?:plates|tags|regs|registrations|cars|vehicles|trucks|vans)(?![a-z]))")
"""A plural plate or vehicle word: the values after it are a list (round 18)."""
_VEHICLE_COLOURS = (
    "silver", "black", "white", "grey", "gray", "red", "blue", "green", "yellow", "orange", "brown", "beige",
    "gold", "maroon", "navy", "purple", "tan", "charcoal", "burgundy", "teal", "bronze",
)  # fmt: skip
_VEHICLE_DESCRIBED = re.compile(
    rf"(?i:(?<![A-Za-z]){alternation(_VEHICLE_COLOURS)})[ \t]+"
    r"(?:[A-Z][A-Za-z-]+|[A-Z][A-Za-z]*-?\d{1,3})(?:[ \t]+[A-Z0-9][A-Za-z0-9-]{0,12})?"
    rf"[ \t]*[,(（]?[ \t]*(?P<v>{_PLATE_VALUE})"
)
"""A vehicle described by its colour and make or model, then its plate (``silver Prius 5EGF650``, ``black
Honda Civic, 7ABC123``): a carpool post or a parking note writes a plate this way without a plate word."""
_VEHICLE_COLOUR_GATE = re.compile(alternation(_VEHICLE_COLOURS))
_LETTER_DIGIT = re.compile(r"[A-Z][ -]?\d|\d[ -]?[A-Z]")
"""A capital next to a digit: every plate that needs two digits and two letters has one (a cheap gate)."""


def _described_vehicle_gate(text: str) -> bool:
    """True when ``text`` may hold a plate after a vehicle's colour: a capital next to a digit and a colour word."""
    return _VEHICLE_COLOUR_GATE.search(lowered(text)) is not None and _LETTER_DIGIT.search(text) is not None


_UK_PLATE = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}[ ]?[A-Z]{3}(?![A-Za-z0-9])")
"""The DVLA's current registration form (since 2001): two letters, two digits, three letters (``FK57 RXE``)."""


_BAG_TAG = re.compile(r"[A-Z0-9]{2}[ \t-]?\d{6}")
"""The IATA licence of a checked bag: the airline's two-character code and a six-digit number (``CA781234``)."""
_BAGGAGE = re.compile(r"(?i)bag(?:gage|s)?(?![a-z])|luggage|suitcase|flight|航班|行李|托运")
"""Words of a text about bags and flights, where ``tag`` names a bag's tag (round 15), not a vehicle's plate."""


class LicensePlateRecognizer(_PresidioRecognizer):
    """``LICENSE_PLATE``: Chinese plates anywhere, US/UK plates after a plate cue.

    * Chinese plates (province, city letter, optional ``·``/space/dash, 5 characters with at least 3
      digits, or a new-energy 6-character tail): 0.9; with a plate cue (车牌, plate ...): 1.0;
    * other plates (5-8 capitals and digits with both, ``7ABC123``, ``ABC-1234``, ``AB12 CDE``) only
      right after a plate cue (plate, licence plate, registration, 车牌 ...) or under a plate column
      header: 0.85; after a vehicle word (car, truck, parked, 车辆 ...) or under such a header, with at
      least two digits and two letters (``car TYL 8638``, never ``car BMW X5``): 0.8;
    * a plate of the UK's current form (``FK57 RXE``: two letters, two digits, three letters) with a
      plate or vehicle word on its line within 60 characters before or 40 after: 0.8.
    """

    ENTITIES = ("LICENSE_PLATE",)

    def may_match(self, text: str) -> bool:
        """True when ``text`` holds a digit and a province character with a letter, or a plate or vehicle cue."""
        return _DIGIT.search(text) is not None and (
            _CN_PLATE_PRE.search(text) is not None
            or PLATE_CUES.search(text)
            or WEAK_PLATE_CUES.search(text)
            or _described_vehicle_gate(text)
        )

    def find(self, text: str, nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        """Every licence plate in the (folded) ``text``."""
        name = type(self).__name__
        out: list[RecognizerResult] = []
        for m in _CN_PLATE.finditer(text):
            tail = m.group("tail")
            if sum(c.isdigit() for c in tail) < 3:
                continue
            cue = PLATE_CUES.before(text, m.start(), 30) or _header_has(text, m.start(), m.end(), PLATE_CUES)
            out.append(result("LICENSE_PLATE", m.start(), m.end(), 1.0 if cue else 0.9, name))
        if PLATE_CUES.search(text):
            bags = _BAGGAGE.search(text) is not None
            for s, e in _anchored_or_column(text, _PLATE_ANCHORED, PLATE_CUES, _PLATE_CELL, "plate"):
                if bags and _BAG_TAG.fullmatch(text, s, e):
                    continue  # a bag tag (an airline's code and six digits), not a vehicle's: round 15
                if not any(r.start <= s < r.end for r in out):
                    out.append(result("LICENSE_PLATE", s, e, 0.85, name))
        if WEAK_PLATE_CUES.search(text):
            for s, e in _anchored_or_column(text, _WEAK_PLATE_ANCHORED, WEAK_PLATE_CUES, _PLATE_CELL):
                if _PLATE_STRICT.fullmatch(text, s, e) and not any(r.start <= s < r.end for r in out):
                    out.append(result("LICENSE_PLATE", s, e, 0.8, name))
        if _described_vehicle_gate(text):
            for m in _VEHICLE_DESCRIBED.finditer(text):
                s, e = m.span("v")
                if _PLATE_STRICT.fullmatch(text, s, e) and not any(r.start <= s < r.end for r in out):
                    out.append(result("LICENSE_PLATE", s, e, 0.8, name))
        if out and ("s" in text or "S" in text):
            out.extend(self._listed(text, out))
        for m in _UK_PLATE.finditer(text):
            if any(r.start <= m.start() < r.end for r in out):
                continue
            near = any(c.before(text, m.start(), 60, same_line=True) for c in (PLATE_CUES, WEAK_PLATE_CUES)) or any(
                c.after(text, m.end(), 40) for c in (PLATE_CUES, WEAK_PLATE_CUES)
            )
            if near:  # the UK form, a vehicle word on its line: ``the car you rented (FK57 RXE)``
                out.append(result("LICENSE_PLATE", m.start(), m.end(), 0.8, name))
        return _dedupe(out)

    def _listed(self, text: str, found: list[RecognizerResult]) -> list[RecognizerResult]:
        """The plates listed after a found one when a plural plate or vehicle word opens the list (round 18).

        ``plates HFK-5844 and 5SBZ609``, ``park two cars (LKD-1075, 5SBZ609)``: the cue names every value of the
        list, joined by a comma, ``/``, ``&`` or ``and``; each must hold two digits and two letters.
        """
        name = type(self).__name__
        out: list[RecognizerResult] = []
        for r in found:
            line_start = max(text.rfind("\n", 0, r.start) + 1, r.start - 30)
            if _PLURAL_VEHICLE.search(text, line_start, r.start) is None:
                continue
            end = r.end
            while (m := _PLATE_MORE.match(text, end)) is not None and _PLATE_STRICT.fullmatch(text, *m.span("v")):
                s, e = m.span("v")
                if not any(x.start <= s < x.end for x in found + out):
                    out.append(result("LICENSE_PLATE", s, e, r.score, name))
                end = e
        return out


# --------------------------------------------------------------------------- QQ / WeChat

_QQ_VALUE = r"(?<![0-9])[1-9]\d{4,10}(?![0-9A-Za-z@]|[.,]\d)"
_QQ_NOT_COUNT = r"(?![ \t]*(?:[人个元块次条位名万亿千百年月日天岁票张份件只头种辆台米克吨%％]))"
"""Not a count or an amount (``QQ群成员超过20000人``, ``QQ音乐 12000 次``)."""
_QQ_FILLER = (
    r"(?:[ \t]*(?:[:：=#\"'|,，、(（)）\[\]/._\-]|(?i:no|nr|num|number|is|was|id|code|group|qun)(?![a-z])"
    r"|(?i:to)(?=[ \t]*[=:])|号码|号|群|为|是)[ \t]*){0,6}"
    r"(?:[\u4e00-\u9fff]{1,3}(?:[ \t]*[:：,，][ \t]*)?(?:(?i:u?id)(?![a-z])[ \t]*[:：=]?[ \t]*)?)??[ \t]*"
)
"""After a QQ cue: the usual filler, ``群`` (a group number), then at most three Chinese characters
(``QQ也行1362067148``, ``QQ的话：…``, ``扣扣号码是…``), the recipient key of a message sent by QQ (round 18:
``channel=qq to=3850642005``) and an ``id`` key (``QQ登录，id 973867638``: the account id
of a user signed in with QQ)."""
_QQ_ANCHORED = re.compile(f"(?i:{QQ_CUES.pattern}){_QQ_FILLER}(?P<v>{_QQ_VALUE}){_QQ_NOT_COUNT}")
_QQ_SHORT = re.compile(
    rf"(?:^|(?<=[^\x00-\x7f]))Q[ \t]*(?:群|号|群号)?[ \t]*[:：][ \t]*(?P<v>{_QQ_VALUE}){_QQ_NOT_COUNT}", re.MULTILINE
)
"""``Q：`` / ``Q群：`` / ``Q号：`` as a QQ key after a Chinese character or at a line start, Chinese text only
(in English, ``Q: 12345`` opens a question)."""
_UID_ANCHORED = UID_CUES.anchored(_QQ_VALUE + _QQ_NOT_COUNT)
_QQ_CELL = re.compile(_QQ_VALUE)


class QqNumberRecognizer(_PresidioRecognizer):
    """``QQ_NUMBER``: 5-11 digits, first not 0, never a count or an amount (``20000人``, ``12000次``).

    * right after a QQ cue (QQ, qq号, QQ群, 扣扣, 企鹅号; a filler of up to three Chinese characters
      allowed: ``QQ也行1362067148``), in a QQ column, or at the QQ position of a keyed list
      (``电话/QQ：… / 12345678``): 0.9;
    * after a ``Q：``/``Q群：`` key in Chinese text: 0.85;
    * a numeric account id after a user-id cue (``uid=2053119807``, ``user_id: …``, ``用户ID：…``,
      ``用户2004152620``): 0.8.
    """

    ENTITIES = ("QQ_NUMBER",)

    def may_match(self, text: str) -> bool:
        """True when ``text`` holds a digit and a QQ cue, a ``Q:`` key (Chinese) or a user-id cue."""
        if _DIGIT.search(text) is None:
            return False
        if QQ_CUES.search(text) or UID_CUES.search(text):
            return True
        return self.supported_language == "zh" and ("Q" in text and _QQ_SHORT.search(text) is not None)

    def find(self, text: str, nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        """Every QQ number in the (folded) ``text``."""
        name = type(self).__name__
        out: list[RecognizerResult] = []
        clean = blank_placeholders(text)
        if QQ_CUES.search(text):
            keyed = keyed_lists(clean)
            out += [
                result("QQ_NUMBER", s, e, 0.9, name)
                for s, e in _anchored_or_column(text, _QQ_ANCHORED, QQ_CUES, _QQ_CELL)
                if _keyed_as(keyed, s, e, QQ_CUES)
            ]
            out += [
                result("QQ_NUMBER", k.start, k.end, 0.9, name)
                for k in keyed
                if QQ_CUES.search(k.key) and _QQ_CELL.fullmatch(text, k.start, k.end)
            ]
        if self.supported_language == "zh" and "Q" in text:
            out += [result("QQ_NUMBER", *m.span("v"), 0.85, name) for m in _QQ_SHORT.finditer(clean)]
        if UID_CUES.search(text):
            out += [result("QQ_NUMBER", *m.span("v"), 0.8, name) for m in _UID_ANCHORED.finditer(clean)]
        return _dedupe(out)


_WX_VALUE = r"(?<![A-Za-z0-9_-])[A-Za-z][A-Za-z0-9_-]{5,31}(?![A-Za-z0-9_@-]|\.[A-Za-z0-9])"
_WX_ANCHORED = WECHAT_CUES.anchored(_WX_VALUE)
_WX_CELL = re.compile(_WX_VALUE)
_WXID = re.compile(r"(?<![A-Za-z0-9_-])wxid_[a-z0-9]{6,20}(?![A-Za-z0-9_-])")
_WX_V_KEY = re.compile(r"(?:^|(?<=[^\x00-\x7f]))[Vv][ \t]*[:：][ \t]*(?P<v>" + _WX_VALUE + ")", re.MULTILINE)
"""``V：`` as a WeChat key (``加V：…``, ``💬V：…``): after a non-ASCII character or at a line start only,
so ``Section V: x-ray`` is no cue."""
_WX_CLAUSE = re.compile(
    rf"(?i:{WECHAT_CUES.pattern})(?i:号|账号|帐号|id)?(?P<clause>[^\n。!！<>]{{0,12}}?)(?:[是为][:：]?|[:：])[ \t]*"
    rf"(?:(?:这个|这|此|该|本|下面的?|如下)(?:微信号?|号|账号|帐号|(?i:id))[ \t]*[:：]?[ \t]*)?(?P<v>{_WX_VALUE})"
)
"""A WeChat cue, a short clause, then ``是``/``为``/``：`` and the id: ``方便加个微信吗？我的是zhang_san88``,
``微信的话，我的是…``; round 15: a demonstrative naming the cue's own account may stand before the id
(``微信就是这个号abc_123``, ``微信：此账号 …``: 这个号 points back at the WeChat account, it names no other key). Only ids holding a digit, ``_`` or ``-`` (not ``微信是一个App``), and only when the
clause names no other key (:data:`_WX_OTHER_KEY`)."""
_WX_ASIDE = re.compile(
    rf"(?i:{WECHAT_CUES.pattern})[^\s()（）<>:：,，。]{{0,4}}?[ \t]*"
    rf"(?:[(（][ \t]*(?P<v>{_WX_VALUE})[ \t]*[)）]|[ \t]+(?i:as)[ \t]+(?P<w>{_WX_VALUE}))"
)
"""An id in brackets after a WeChat cue and a short word, or after ``as``: ``微信实名（LuFangxin43）``, ``on
WeChat as torresjose_1993``. Only ids holding a digit, ``_`` or ``-``."""
_WX_OPTION = re.compile(
    r"(?<![A-Za-z0-9-])--?(?i:wx|wechat|weixin)(?P<key>(?:[_-][A-Za-z]{2,12}){0,3})(?:[ \t]+|=)[\"']?"
    r"(?P<v>" + _WX_VALUE + ")"
)
"""A command-line option naming WeChat and its value (``--wx-notify HuangJie51``, ``--wechat=lily_88``)."""
_WX_TRANSFER = re.compile(rf"转账[ \t]*[,，\t|][ \t]*[^,，\t|\n()（）]{{1,20}}[(（](?P<v>{_WX_VALUE})[)）]")
"""A transfer row of a WeChat Pay bill (round 18; gate: 转账 in a text naming WeChat): the counterparty column holds
the payee's nickname with their WeChat id in parentheses (``2024-11-13 06:34:04,转账,吕超(lvchao_1996),/,¥200.00``)."""
_WX_OPENID = re.compile(
    r"(?<![A-Za-z0-9_])(?i:open_?id|union_?id)(?:>|[\"']?[ \t]*[=:：][ \t]*[\"']?|[ \t]+)(?P<v>" + _WX_VALUE + ")"
)
"""Round 19: the user id a WeChat app or WeChat Pay gives a user (``<openid>oUpF8uM_2pxb</openid>``, ``"openid":
"…"``, ``openid=…``, ``openid MurongTing79``), in a text naming WeChat (the recognizer's cue gate)."""
_WX_OTHER_KEY = re.compile(r"(?i)[号码邮\d]|支付|订单|电话|手机|账户|帐户|qq|phone|e-?mail|order|pay|tel(?![a-z])")
"""Words of another key in the clause after a WeChat cue (``微信支付的订单号是…``): the value is that key's."""
_WX_ADD_V = re.compile(
    r"(?:加[ \t]*(?:我|个|一下)?[ \t]*|(?<![A-Za-z0-9 +])\+|➕)[Vv](?:信|[Xx])?(?![A-Za-z0-9])[ \t:：]*(?P<v>"
    + _WX_VALUE
    + ")"
)
"""``加我v zhangsan1990``, ``+V: wx_2094``, ``加vx …``: a ``v`` after 加 (add) or glued to ``+``, then an
id holding a digit, ``_`` or ``-`` (as after a ``V：`` key), is WeChat."""


_WX_KEY = re.compile(
    r"(?<![A-Za-z0-9])(?i:wx|wechat|weixin)(?P<key>(?:[_-]?[A-Za-z]{2,12}){1,3})[\"']?[ \t]*[=:][ \t]*[\"']?"
    r"(?P<v>" + _WX_VALUE + ")"
)
"""A WeChat field of a log or a config written as one snake- or camel-case key (``wx_openid_bind=…``,
``wechatAccount: …``, ``weixin_user=…``)."""
_WX_KEY_NOT_USER = re.compile(r"(?i)app|mch|merchant|pay|order|trade|token|secret|key|sign|nonce|url|api|ver|msg|mp")
"""Key words of a WeChat field that holds an app's or a payment's value, not a user's (``wx_appid``,
``wx_mch_id``, ``wechat_pay_order``)."""


class WeChatIdRecognizer(_PresidioRecognizer):
    """``WECHAT_ID``: WeChat ids (6-20 characters, a letter first, then letters, digits, ``_`` or ``-``).

    * ``wxid_...`` anywhere: 0.95;
    * an id right after a WeChat cue (微信, WeChat, wx, vx, V信) or in a WeChat column: 0.85, when it
      holds a digit, ``_`` or ``-`` or the cue is a key (``微信：``, ``WeChat ID:``, ``微信号是``), so that
      ``WeChat account`` is not taken for an id; 21-32 characters (longer than WeChat allows today,
      but what people write after the cue): 0.7;
    * an id holding a digit, ``_`` or ``-`` after a WeChat cue, a short clause and ``是``/``：``
      (``方便加个微信吗？我的是KangHai65``): 0.85;
    * an id holding a digit, ``_`` or ``-`` after a ``V：`` key written after a Chinese character, an
      emoji or at a line start (``加V：zxue2094``): 0.85;
    * an id holding a digit, ``_`` or ``-`` as the value of a one-word WeChat field (``wx_openid_bind=yzou4770``,
      ``wechatAccount: lily_88``), unless the field names an app, a merchant, a payment or a secret
      (``wx_appid``, ``wx_mch_id``): 0.85;
    * in a text naming WeChat, the value of an ``openid`` / ``unionid`` key or XML element (the user's id in an
      app or a WeChat Pay notice), holding a digit, ``_`` or ``-``: 0.85.
    """

    ENTITIES = ("WECHAT_ID",)

    def may_match(self, text: str) -> bool:
        """True when ``text`` holds ``wxid_``, a WeChat cue or a ``V:`` key."""
        return (
            "wxid_" in text
            or WECHAT_CUES.search(text)
            or _WX_V_KEY.search(text) is not None
            or (("加" in text or "+" in text or "➕" in text) and _WX_ADD_V.search(text) is not None)
        )

    def find(self, text: str, nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        """Every WeChat id in the (folded) ``text``."""
        name = type(self).__name__
        out = [result("WECHAT_ID", m.start(), m.end(), 0.95, name) for m in _WXID.finditer(text)]
        if "加" in text or "+" in text or "➕" in text:
            out += [
                result("WECHAT_ID", *m.span("v"), 0.85, name)
                for m in _WX_ADD_V.finditer(blank_placeholders(text))
                if re.search(r"[\d_-]", m.group("v")) and len(m.group("v")) <= 20
            ]
        if WECHAT_CUES.search(text):
            clean = blank_placeholders(text)
            keyed = keyed_lists(clean)
            for m in _WX_ANCHORED.finditer(clean):
                value = m.group("v")
                between = clean[m.start() : m.start("v")]
                if not _keyed_as(keyed, m.start("v"), m.end("v"), WECHAT_CUES):
                    continue
                if between != text[m.start() : m.start("v")]:
                    continue  # the cue's value was replaced before (``WeChat <WECHAT_ID_1>). Ji-woo``): not the next word
                if re.search(r"[\d_-]", value) or re.search(r"[:：=是号]|id", between, re.IGNORECASE):
                    score = 0.85 if len(value) <= 20 else 0.7
                    out.append(result("WECHAT_ID", m.start("v"), m.end("v"), score, name))
            for m in _WX_CLAUSE.finditer(clean):
                value = m.group("v")
                if (
                    _WX_OTHER_KEY.search(m.group("clause"))
                    or clean[m.start() : m.start("v")] != text[m.start() : m.start("v")]
                ):
                    continue
                if re.search(r"[\d_-]", value) and len(value) <= 20 and _keyed_as(keyed, *m.span("v"), WECHAT_CUES):
                    out.append(result("WECHAT_ID", m.start("v"), m.end("v"), 0.85, name))
            if "id" in clean:
                out += [
                    result("WECHAT_ID", *m.span("v"), 0.85, name)
                    for m in _WX_OPENID.finditer(clean)
                    if re.search(r"[\d_-]", m.group("v"))
                ]
            if "转账" in clean:
                out += [
                    result("WECHAT_ID", *m.span("v"), 0.85, name)
                    for m in _WX_TRANSFER.finditer(clean)
                    if re.search(r"[\d_-]", m.group("v")) and len(m.group("v")) <= 20
                ]
            for m in _WX_ASIDE.finditer(clean):
                g = "v" if m.group("v") is not None else "w"
                if re.search(r"[\d_-]", m.group(g)) and len(m.group(g)) <= 20:
                    out.append(result("WECHAT_ID", *m.span(g), 0.85, name))
            if "-" in clean:
                out += [
                    result("WECHAT_ID", *m.span("v"), 0.85, name)
                    for m in _WX_OPTION.finditer(clean)
                    if not _WX_KEY_NOT_USER.search(m.group("key"))
                    and re.search(r"[\d_-]", m.group("v"))
                    and len(m.group("v")) <= 20
                ]
            for s, e in _column_values(text, WECHAT_CUES, _WX_CELL):
                out.append(result("WECHAT_ID", s, e, 0.85, name))
            for k in keyed:
                if WECHAT_CUES.search(k.key) and _WX_CELL.fullmatch(text, k.start, k.end):
                    out.append(result("WECHAT_ID", k.start, k.end, 0.85, name))
            out += [
                result("WECHAT_ID", *m.span("v"), 0.85, name)
                for m in _WX_KEY.finditer(clean)
                if not _WX_KEY_NOT_USER.search(m.group("key"))
                and re.search(r"[\d_-]", m.group("v"))
                and len(m.group("v")) <= 20
            ]
            # round 17: a form line whose key names WeChat with a qualifier (``WeChat on file: …``)
            for m in _FORM_LINE.finditer(clean) if ":" in clean or "：" in clean else ():
                key = m.group("key")
                own = WECHAT_CUES.last_before(key, len(key), len(key))
                if own is None or _WX_OTHER_KEY.search(key[len(key) - own :]) or not _key_names(key, "wechat"):
                    continue
                v = _WX_CELL.match(clean, m.end())
                if v is not None and _VALUE_END.match(clean, v.end()) and re.search(r"[\d_-]", v.group()):
                    out.append(result("WECHAT_ID", *v.span(), 0.85 if len(v.group()) <= 20 else 0.7, name))
        for m in _WX_V_KEY.finditer(blank_placeholders(text)):
            if re.search(r"[\d_-]", m.group("v")) and len(m.group("v")) <= 20:
                out.append(result("WECHAT_ID", m.start("v"), m.end("v"), 0.85, name))
        return _dedupe(out)


# --------------------------------------------------------------------------- MAC

_MAC_BODY = (
    r"(?:[0-9A-Fa-f]{2}(?P<sep>[:-])(?:[0-9A-Fa-f]{2}(?P=sep)){4}[0-9A-Fa-f]{2}"
    r"|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})(?![0-9A-Fa-f-]|[:.][0-9A-Fa-f:])"
)
_MAC = re.compile(
    r"(?:(?<![0-9A-Fa-f:.-])|(?<=[^\x00-\x7f]:)|(?<=[G-Zg-z_]:)(?=[0-9A-Fa-f]{2}[:-])"
    r"|(?<=[A-Za-z_]\.)(?=[0-9A-Fa-f]{2}[:-]))" + _MAC_BODY
)
"""A MAC anywhere; a colon may come before it when it ends a Chinese key (``MAC 地址：00-1A-…``, folded) or a
key segment ending in a non-hex letter, in the six-pair form (a cache key ``rl:dev:a4:c3:f0:2a:5d:43``; an IPv6
group is hex only; a dotted ``addr:3c22.fb1a.9e07`` stays an IPv6 tail). Round 17: a dot after a word may come
before the six-pair form too (a dotted key path names a device by its MAC, ``device.3c:22:fb:c4:b5:f9``): neither
an IPv4 address nor a version puts a letter before its dot, and no IPv6 group holds a dot."""
_MAC_KEYED = MAC_CUES.anchored(r"(?<![0-9A-Fa-f.-])" + _MAC_BODY)
"""A MAC right after its key (``MAC:e45f.0199.cf7f``, ``设备MAC：…``): the colon is the key's, not an IPv6 part."""
_MAC_PRE = re.compile(r"[0-9A-Fa-f]{2}[:-][0-9A-Fa-f]{2}[:-]|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.")


class MacAddrRecognizer(_PresidioRecognizer):
    """``MAC_ADDRESS``: six hex pairs joined by ``:`` or ``-`` (one separator throughout), or Cisco ``0011.2233.4455``.

    * colon/dash form: 0.9 (0.95 with a MAC cue);
    * Cisco form: 0.85 when it holds a hex letter or a MAC cue precedes it (digits only and no cue:
      nothing, ``1234.5678.9012`` is more likely a number);
    * ``00:00:00:00:00:00`` and ``FF:FF:FF:FF:FF:FF`` are skipped: they name no device.
    """

    ENTITIES = ("MAC_ADDRESS",)

    def may_match(self, text: str) -> bool:
        """True when ``text`` holds two hex pairs with separators, or two dotted hex quads."""
        return _MAC_PRE.search(text) is not None

    def find(self, text: str, nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        """Every MAC address in ``text``."""
        name = type(self).__name__
        out = []
        spans = [m.span() for m in _MAC.finditer(text)]
        if MAC_CUES.search(text):
            spans += [m.span("v") for m in _MAC_KEYED.finditer(text)]
        for start, end in sorted(set(spans)):
            value = text[start:end]
            hexes = re.sub(r"[^0-9A-Fa-f]", "", value).upper()
            if hexes in ("000000000000", "FFFFFFFFFFFF"):
                continue
            cue = MAC_CUES.before(text, start, 30)
            if "." in value:
                if not cue and not re.search(r"[A-Fa-f]", hexes):
                    continue
                score = 0.9 if cue else 0.85
            else:
                score = 0.95 if cue else 0.9
            out.append(result("MAC_ADDRESS", start, end, score, name))
        return out


# --------------------------------------------------------------------------- driving licence

_DL_VALUE = (
    r"(?<![A-Za-z0-9])(?:[1-9]\d{16}[\dXx]|[A-Z9]{5}\d[0156]\d[0-3]\d\d[A-Z9]{2}\d[A-Z]{2}|WDL[A-Z0-9]{9}"
    r"|(?=(?:[A-Z -]*\d){4})[A-Z0-9]{1,14}(?:[ -][A-Z0-9]{1,9}){0,5})(?![A-Za-z0-9]|[ -][A-Z0-9])"
)
_DL_FILLER = (
    r"(?:[ \t]*(?:"
    + QUALIFIER
    + r"|[:：=#\"'|,，、(（)）\[\]/._\-]|(?i:no|nr|num|number|is|was|id|code|state|class)(?![a-z])"
    r"|[(（][A-Z]{2}[)）]|(?i:on[ \t]+file)(?![a-z])|证号|号码|号|为|是)[ \t]*){0,6}[ \t]*"
)
"""The common filler plus ``state`` and ``class``, which forms put between a licence cue and its number
(``Driver's license no. / state: D1234567``); round 18: ``on file`` (``Licence on file: WDL47G8MJPZS``), the
licence an employer or an office keeps a copy of."""
_DL_ANCHORED = DL_CUES.anchored(_DL_VALUE, _DL_FILLER)
_DL_TAIL = re.compile(
    r"[ \t]*(?:[(（][ \t]*(?:[A-Z]{2}[ \t]+)?|(?i:is|was)[ \t]+(?i:my|his|her|their|our|your)[ \t]+)"
    r"(?i:driver['’]?s?[ _-]?lic|driving[ _-]?lic|dl(?![a-z]))|[ \t]*[(（][ \t]*(?:驾驶证|驾照)"
)
"""A licence cue right after a value: ``D1234567 (driver's license)``, ``D1234567 is my driving licence``; round 18:
the issuing state's code before the cue in the parenthesis (``Y757-053-78-148-2 (TX DL)``)."""
_DL_CELL = re.compile(_DL_VALUE)
_STATES = "|".join(sorted(US_STATES))
_STATES_BEFORE = "|".join(sorted(set(US_STATES) - {"OR", "IN"}))  # ``OR ID``, ``IN ID`` read as words in queries
_STATE_ID = re.compile(
    rf"(?<![A-Za-z])(?:{_STATES_BEFORE})[ \t]+(?:state[ \t]+)?ID(?:[ \t]*(?:#|[Nn]o\.?|[Nn]umber))?[ \t]*[:#]?[ \t]*"
    rf"(?P<v>{_DL_VALUE})"
    rf"|(?<![A-Za-z])(?:State[ \t]+)?ID(?:[ \t]*(?:#|[Nn]o\.?))?[ \t]*[:#]?[ \t]*(?P<w>{_DL_VALUE})[ \t]*[(（](?:{_STATES})[)）]"
)
"""A US state's identity card, which its driving-licence office issues and numbers like a licence: ``TX ID 25096153``,
``ID X584-105-04-698-4 (FL)``. State codes in capitals and ``ID`` in capitals only (``or id``, ``in ID`` are words)."""


class DriverLicenseRecognizer(_PresidioRecognizer):
    """``DRIVER_LICENSE``: a driving licence number right after a licence cue or under a licence column.

    Cues: driver's licence/license, driving licence, DL#, licence (not "licence plate"), learner's permit,
    驾驶证, 驾照; a US state's ID card (``TX ID 25096153``, ``ID 25096153 (TX)``).

    * Chinese licences (the holder's 18-character resident ID number, checksum valid): 1.0;
    * UK 16-character numbers (``MORGA753116SM9IJ``): 0.95;
    * US-state-like numbers (``A1234567``, ``123 456 789``, ``F123-456-78-901-0``, ``WDL...``): 5-20
      capitals/digits, at least four digits: 0.85.
    """

    ENTITIES = ("DRIVER_LICENSE",)

    def may_match(self, text: str) -> bool:
        """True when ``text`` holds a digit (or ``WDL``) and a driving-licence cue."""
        if _DIGIT.search(text) is None and "WDL" not in text:
            return False
        return bool(DL_CUES.search(text)) or ("ID" in text and _STATE_ID.search(text) is not None)

    def find(self, text: str, nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        """Every driving licence number in the (folded) ``text``."""
        name = type(self).__name__
        out = []
        clean = blank_placeholders(text)
        tails = [m.span() for m in _DL_CELL.finditer(clean) if _DL_TAIL.match(clean, m.end())]
        state_ids = [m.span("v" if m.group("v") else "w") for m in _STATE_ID.finditer(text)] if "ID" in text else []
        for s, e in itertools.chain(_anchored_or_column(text, _DL_ANCHORED, DL_CUES, _DL_CELL), tails, state_ids):
            value = text[s:e]
            if len(value) == 18 and value[:17].isdigit():
                if not is_resident_id(value):
                    continue
                score = 1.0
            elif re.fullmatch(r"[A-Z9]{5} ?\d{6} ?[A-Z9]{2}\d[A-Z]{2}", value):
                score = 0.95
            else:
                alnum = re.sub(r"[ -]", "", value)
                if not 5 <= len(alnum) <= 20 or len(set(alnum)) == 1:
                    continue
                if not value.startswith("WDL") and re.search(r"(?:^|[ -])[A-Z]{3,}(?:[ -]|$)", value):
                    continue  # a word in capitals among the parts: ``license is MIT 2019``, not a number
                score = 0.85
            out.append(result("DRIVER_LICENSE", s, e, score, name))
        return _dedupe(out)


# --------------------------------------------------------------------------- medical record number

_MRN_VALUE = (
    r"(?<![A-Za-z0-9])(?=(?:[A-Z-]*\d){5})[A-Z]{0,4}-?\d[0-9A-Z]{2,15}(?:-[0-9A-Z]{1,10}){0,2}"
    r"(?![A-Za-z0-9]|-[A-Za-z0-9])"
)
_MRN_ANCHORED = MRN_CUES.anchored(_MRN_VALUE)
_FILE_NO = re.compile(rf"(?:档案(?:编号|号码|号)?|建档(?:卡号|编号|号码|号))[ \t]*[:：=]?[ \t]*(?P<v>{_MRN_VALUE})")
"""A file number (档案号：12437839, 档案2022-756622; round 15: 建档号, the number of the file a clinic opens
(建档) for a patient, 建档编号 2015-159843): a patient's file where the text is medical (:data:`_MEDICAL`)."""
_MEDICAL = re.compile(
    r"验光|视力|眼科|眼视光|医院|医生|医师|诊所|门诊|病历|患者|病人|处方|体检|牙科|复查|就诊|护士|听力|助听器|验配"
    r"|孕|产检|产科|妇幼|接种|疫苗"
)
"""Words of a medical text: a clinic, a doctor, a patient, a prescription, an examination, a hearing aid's fitting;
round 15: maternity and child care (孕妇, 产检, 妇幼保健, 接种), which open a file for the mother and the child."""
_FILE_NO_EN = re.compile(
    rf"(?i:\b(?:file|record)(?:[ \t]+(?:number|no\.?|num\.?)|[ \t]*#))[ \t]*[:#]?[ \t]*(?P<v>{_MRN_VALUE})"
)
"""The English file number (round 16: ``file number 001910516``, ``record no. 4471203``): the number of the file a clinic
keeps for a patient where the text is medical (:data:`_MEDICAL_EN`), like 档案号 in Chinese."""
_MEDICAL_EN = re.compile(
    r"(?i:\b(?:hospital|clinic|patient|doctor|physician|nurse|triage|vet(?:erinary)?|surgery|symptoms?|diagnos[ie]s"
    r"|prescription|dental|dentist|pharmacy|ward|admitted|medical)\b)|\bDr\.|\bER\b"
)
"""Words of a medical text in English: a hospital, a clinic, a vet, a patient, a doctor, triage, a prescription."""
_FILE_WORD = re.compile(r"(?i:file|record)")
"""Gate of :data:`_FILE_NO_EN`: one of its words anywhere."""
_MRN_CELL = re.compile(_MRN_VALUE)
MRN_PINYIN_KEYS = re.compile(r"(?<![A-Za-z0-9_])(?:BAH|ZYH|MZH|BLH|JZKH)(?![A-Za-z0-9])")
"""The pinyin initials hospital information systems name these fields by, in capitals (BAH 病案号, ZYH 住院号, MZH
门诊号, BLH 病历号, JZKH 就诊卡号): column headers (``BAH,XM,XB,CSRQ``) and keys with ``=`` or a colon
(``ZYH=ZY2018892807``); never a cue of their own in prose (``Bah, 12345 people``). Gate: a capital ``H`` in the text."""
_MRN_PINYIN_KEYED = re.compile(rf"{MRN_PINYIN_KEYS.pattern}[ \t]*[=:：][ \t]*[\"']?(?P<v>{_MRN_VALUE})")


class MedicalRecordNumberRecognizer(_PresidioRecognizer):
    """``MEDICAL_RECORD_NUMBER``: a record number right after an MRN cue or under an MRN column: 0.9.

    Cues: MRN, medical record, patient ID, chart, ``/patients/``, 病历号, 病案号, 住院号, 门诊号, 就诊卡(号); 档案号
    where the text is medical (验光, 医院, 患者 ...); the pinyin keys ``BAH``, ``ZYH``, ``MZH``, ``BLH``, ``JZKH`` (in
    capitals) as a column header or before ``=`` or a colon. Values: up to
    four capitals, digits (at least five) and dash-joined parts (``ZY2023041588``, ``MR-1234567``,
    ``2021-004829``, ``00123456``).
    """

    ENTITIES = ("MEDICAL_RECORD_NUMBER",)

    def may_match(self, text: str) -> bool:
        """True when ``text`` holds a digit and a medical-record cue."""
        if _DIGIT.search(text) is None:
            return False
        return (
            bool(MRN_CUES.search(text))
            or ("档" in text and _MEDICAL.search(text) is not None)
            or (_FILE_WORD.search(text) is not None and _MEDICAL_EN.search(text) is not None)
            or ("H" in text and MRN_PINYIN_KEYS.search(text) is not None)
        )

    def find(self, text: str, nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        """Every medical record number in the (folded) ``text``."""
        name = type(self).__name__
        found: Iterable[tuple[int, int]] = _anchored_or_column(text, _MRN_ANCHORED, MRN_CUES, _MRN_CELL, "mrn")
        if "档" in text and _MEDICAL.search(text):
            found = itertools.chain(found, (m.span("v") for m in _FILE_NO.finditer(text)))
        if _FILE_WORD.search(text) is not None and _MEDICAL_EN.search(text) is not None:
            found = itertools.chain(found, (m.span("v") for m in _FILE_NO_EN.finditer(text)))
        if "H" in text and MRN_PINYIN_KEYS.search(text) is not None:
            keyed = [m.span("v") for m in _MRN_PINYIN_KEYED.finditer(blank_placeholders(text))]
            cells = [
                (c.start, c.end)
                for c in table_index(text).cells
                if MRN_PINYIN_KEYS.search(c.header) and _MRN_CELL.fullmatch(text, c.start, c.end)
            ]
            found = itertools.chain(found, keyed, cells)
        return _dedupe([result("MEDICAL_RECORD_NUMBER", s, e, 0.9, name) for s, e in found])


# --------------------------------------------------------------------------- profile URL

_SEG = r"[A-Za-z0-9_.~%-]+"
_PROFILE_HOSTS = (
    "github", "gitlab", "linkedin", "twitter", "x.com", "weibo", "facebook", "fb.com", "instagram", "zhihu",
    "bilibili", "douyin", "douban", "xiaohongshu", "tiktok", "youtube", "reddit", "t.me", "vk.com", "/@", "gitee",
    "bitbucket",
)  # fmt: skip
_RESERVED = frozenset(
    [
        "about",
        "account",
        "accounts",
        "apps",
        "blog",
        "business",
        "collections",
        "contact",
        "customer-stories",
        "enterprise",
        "events",
        "explore",
        "features",
        "groups",
        "hashtag",
        "help",
        "home",
        "i",
        "intent",
        "jobs",
        "join",
        "login",
        "logout",
        "marketplace",
        "new",
        "notifications",
        "orgs",
        "organizations",
        "p",
        "pages",
        "policies",
        "pricing",
        "privacy",
        "pulls",
        "issues",
        "readme",
        "reel",
        "reels",
        "search",
        "security",
        "settings",
        "share",
        "sharer",
        "signup",
        "site",
        "sponsors",
        "stories",
        "topics",
        "tos",
        "trending",
        "watch",
        "codespaces",
        "marketplace",
        "status",
    ]
)
_PROFILE_URL = re.compile(
    r"(?<![A-Za-z0-9@./_-])(?:https?://)?(?:(?:www|m|mobile)\.)?"
    r"(?:"
    rf"(?P<single>(?:(?:github|gitlab|twitter|x|instagram|facebook|fb|tiktok)\.com|t\.me)/(?P<user>@?{_SEG}))/?"
    rf"(?![A-Za-z0-9_.~%/-]|\?(?!tab=))"
    rf"|facebook\.com/profile\.php\?id=\d+"
    rf"|linkedin\.com/(?:in|pub)/{_SEG}/?"
    rf"|weibo\.(?:com|cn)/(?:u/\d+|n/{_SEG}|\d{{5,}})/?"
    rf"|zhihu\.com/people/{_SEG}/?"
    rf"|douban\.com/people/{_SEG}/?"
    rf"|space\.bilibili\.com/\d+/?"
    rf"|xiaohongshu\.com/user/profile/{_SEG}/?"
    rf"|douyin\.com/user/{_SEG}/?"
    rf"|youtube\.com/(?:@{_SEG}|channel/{_SEG}|user/{_SEG}|c/{_SEG})/?"
    rf"|reddit\.com/(?:u|user)/{_SEG}/?"
    rf"|vk\.com/{_SEG}/?"
    rf"|(?P<generic>(?:[A-Za-z0-9-]+\.)+[A-Za-z]{{2,}}/@{_SEG})/?"
    r")(?![A-Za-z0-9_~%/-]|\.[A-Za-z0-9])",
    re.IGNORECASE | re.ASCII,
)
_REPO_URL = re.compile(
    r"(?<![A-Za-z0-9@./_-])(?:https?://)?(?:www\.)?(?:github\.com|gitlab\.com|gitee\.com|bitbucket\.org)"
    r"/(?P<owner>[A-Za-z][A-Za-z0-9-]{1,38})(?=/[A-Za-z0-9_.-])",
    re.ASCII,
)
"""A repository link (``https://github.com/rdai/order-api.git``): its owner part, read by :func:`_person_owner`."""


@functools.cache
def _public_term_words() -> frozenset[str]:
    """The one-word terms of ``data/public_terms.txt`` (brands, organisations, ...), lower-cased."""
    from pipeline.stages.deidentify.recognizers.public import TERMS_FILE

    words = (line.partition("\t")[2] for line in TERMS_FILE.read_text(encoding="utf-8").splitlines())
    return frozenset(w.lower() for w in words if w and " " not in w and w.isascii())


def _person_owner(owner: str) -> bool:
    """True when a repository owner is a romanised Chinese name (``chenjia-luo``, ``zhuyan``, ``rdai``).

    Projects and companies own repositories under words (``tensorflow``, ``scikit-learn``, ``golang``);
    a pinyin surname with one or two syllables of given name, or an initial and a pinyin surname of
    three letters or more, is a person's account.
    """
    from pipeline.stages.deidentify.recognizers.lexicon import PINYIN_SURNAMES, is_pinyin_name

    low = owner.lower()
    if low in _public_term_words():
        return False  # baidu, xiaomi, meituan: companies whose names read as pinyin
    parts = [p for p in low.split("-") if p]
    if 1 <= len(parts) <= 2 and is_pinyin_name(parts):
        return True
    return len(parts) == 1 and len(low) >= 4 and low[1:] in PINYIN_SURNAMES


_EXAMPLE_HOST = re.compile(r"(?:^|[/.])(?:example\.(?:com|org|net)|[a-z0-9-]+\.example|localhost)(?:[/:]|$)")


class ProfileUrlRecognizer(_PresidioRecognizer):
    """``PROFILE_URL``: links to a person's page on a social or code site.

    Profiles are URLs that name one account: ``github.com/<user>`` (the user page only: a repository
    ``github.com/<user>/<repo>`` is a project link, not a profile), ``linkedin.com/in/<slug>``,
    ``twitter.com``/``x.com``/``instagram.com``/``facebook.com/<handle>`` (one path segment, not
    a reserved page such as ``/explore``), ``facebook.com/profile.php?id=``, ``weibo.com/u/<id>``,
    ``zhihu.com/people/<slug>``, ``douban.com/people/<slug>``, ``space.bilibili.com/<id>``,
    ``xiaohongshu.com/user/profile/<id>``, ``douyin.com/user/<id>``, YouTube channels, Reddit users and
    any ``host/@handle`` (Mastodon, Medium, TikTok). Never on ``example.com`` / ``*.example`` hosts.

    Scores: known site and profile path: 0.9; ``host/@handle`` on another host: 0.8.
    """

    ENTITIES = ("PROFILE_URL",)

    def may_match(self, text: str) -> bool:
        """True when ``text`` names one of the profile hosts or holds ``/@``."""
        lowered = text.lower()
        return any(h in lowered for h in _PROFILE_HOSTS)

    def find(self, text: str, nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        """Every profile URL in ``text``."""
        name = type(self).__name__
        out = []
        for m in _PROFILE_URL.finditer(text):
            value = m.group().lower()
            if _EXAMPLE_HOST.search(value.split("://", 1)[-1]):
                continue
            user = m.group("user")
            if user is not None and user.lstrip("@").lower() in _RESERVED:
                continue
            score = 0.8 if m.group("generic") else 0.9
            out.append(result("PROFILE_URL", m.start(), m.end(), score, name))
        for m in _REPO_URL.finditer(text) if "/" in text else ():
            if _person_owner(m.group("owner")):
                out.append(result("PROFILE_URL", m.start(), m.end(), 0.85, name))
        return out


# --------------------------------------------------------------------------- date of birth

_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_CN_MONTH = r"(?:十[12]?|1[0-2]|0?[1-9])"
_CN_DAY = r"(?:[12]?十[1-9]?|3十1?|3[01]|[12]\d|0?[1-9])"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_DATE = (
    rf"(?:{_YEAR}年{_CN_MONTH}月(?:{_CN_DAY}[日号]?)?"
    rf"|{_YEAR}(?P<s1>[-/.])(?:1[0-2]|0?[1-9])(?P=s1)(?:3[01]|[12]\d|0?[1-9])"
    rf"|{_YEAR}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
    rf"|\d{{1,2}}(?P<s2>[-/.])\d{{1,2}}(?P=s2){_YEAR}"
    rf"|{_MONTHS} {_DAY},? {_YEAR}"
    rf"|{_DAY} (?:of )?{_MONTHS},? {_YEAR}"
    rf"|\d{{1,2}}-{_MONTHS}-{_YEAR})"
)
_DATE_RX = re.compile(rf"(?<![0-9]){_DATE}(?![0-9])", re.IGNORECASE)
_TIME_AFTER = re.compile(r"(?:[ T]|, )\d{1,2}:\d\d")
"""A time of day right after a date: the date is a time stamp's (``2019-01-14 23:23:58``)."""
_DOB_FILLER_SRC = (
    r"(?:[ \t]*(?:"
    + QUALIFIER
    + r"|(?<=[A-Za-z])>|(?<=[ \t])&(?=[ \t])|[:：=#\"'|(（,，.\-“”‘’「」]|(?i:is|was|on|of|in|as|es|date|the)(?![a-z])"
    r"|日期|是|为|于|在)[ \t]*){0,4}[ \t]*"
)
"""What may stand between a birth cue and its date: punctuation, ``is``/``on``/``of``, 日期, and a parenthesised
qualifier of the key (``Date of birth (for identification): 07/13/1992``), the ``>`` of an XML element named by the
cue (``<csrq>20000724</csrq>``); round 17: a LaTeX table's cell separator ``&`` set apart by blanks, as the
markdown ``|`` (``Date of birth & 11 February 1983 \\\\``)."""
_DATE2 = (
    rf"(?:\d\d年{_CN_MONTH}月(?:{_CN_DAY}[日号]?)?"
    rf"|\d{{1,2}}(?P<t1>[-/.])\d{{1,2}}(?P=t1)\d\d"
    rf"|{_MONTHS} {_DAY},? ['’]?\d\d"
    rf"|{_DAY} (?:of )?{_MONTHS},? ['’]?\d\d"
    rf"|\d{{1,2}}-{_MONTHS}-\d\d"
    rf"|\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))"
)
"""A date with a two-digit year (``3/5/90``, ``90.03.05``, ``90年3月5日``, ``Dec 25 '85``): a date of
birth only right after a strong birth cue (:data:`DOB_STRONG_CUES`)."""
DOB_STRONG_CUES = Cues(*(f for f in DOB_CUES.fragments if not f.startswith("b\\.")))
"""The birth cues but ``b.`` (``a. 1/2/3 b. 3/4/56`` is a list, not a birth date)."""
_DOB2_ANCHORED = re.compile(
    rf"(?i:{DOB_STRONG_CUES.pattern}){_DOB_FILLER_SRC}(?P<v>(?<![0-9]){_DATE2}(?![0-9]|[-/.:]\d))", re.IGNORECASE
)
_DOB2_PRE = re.compile(
    r"\d[-/.]\d\d?[-/.]\d\d(?!\d)|\d\d年[0-9十]|[ '’]\d\d(?![0-9])|\d-[A-Za-z]{3,9}-\d\d|(?<!\d)\d{6}(?!\d)"
)
"""Prefilter of :data:`_DATE2`: a shape every two-digit-year date holds."""
_BORN_PRE = ("orn", "ORN", "出生", "生于")
_STRONG_PRE = (
    "dob", "d.o.b", "birth", "born", "bday", "b-day", "出生", "生日", "生于", "诞生", "nacimiento", "naissance", "né le",
    "née le", "geburtsdatum", "geboren",
)  # fmt: skip
"""Every :data:`DOB_STRONG_CUES` cue holds one of these (lower case): a cheap test before the regexes."""
_STRONG_PRE_RX = re.compile("|".join(re.escape(w) for w in _STRONG_PRE))
_DOB_BORN_IN = re.compile(
    rf"(?i:born|出生于?|生于)[ \t]*(?i:in|at|在)[^\n\d.。;；!?！？]{{1,40}}?(?i:on|于)?[ \t]*(?P<v>(?<![0-9]){_DATE}(?![0-9]))",
)
"""``born in Boston on 3 March 1990``, ``出生于北京，1990年3月5日``: a place between the cue and the date."""
_DOB_FILLER = _DOB_FILLER_SRC
_DOB_ANCHORED = re.compile(rf"(?i:{DOB_CUES.pattern}){_DOB_FILLER}(?P<v>(?<![0-9]){_DATE}(?![0-9]))", re.IGNORECASE)
_DOB_CODE = re.compile(
    r"(?i:(?<![a-z])(?:dob|birth_?date|date_?of_?birth|birthday|birth_?day|bday)[\"']?)[ \t]*(?::|=|=>|:=)[ \t]*"
    r"(?:new[ \t]+)?[A-Za-z_][\w.]{0,40}\([ \t]*[\"']?"
    rf"(?P<v>(?<![0-9]){_DATE}(?![0-9]))"
)
"""A birth date passed to a date constructor in code (``applicant.dob = Date.parse("1947-04-18")``,
``birth_date=date.fromisoformat('1990-03-05')``, ``dob: new Date("1990-03-05")``)."""
_ZODIAC = "白羊|金牛|双子|巨蟹|狮子|处女|天秤|天蝎|射手|人马|摩羯|山羊|水瓶|宝瓶|双鱼"
_DOB_AFTER = re.compile(
    rf"[ \t]*(?:出生|生(?![产成效活意])|\((?:dob|born)\)|（出生）|的?(?:{_ZODIAC})座)", re.IGNORECASE
)
"""After a date: 出生/生 (``1990年3月5日出生``), ``(DOB)``, or a star sign (``1990-03-05的射手座``): a birthday."""
_DOB_AGE = re.compile(
    rf"(?:\d{{1,3}}[ \t]*(?:周岁|岁|years?[ \t-]old|y/?o)|(?i:aged?)[ \t]*\d{{1,3}})[ \t]*[(（][ \t]*"
    rf"(?:(?i:born|b\.|dob|生于)[ \t:：]*)?(?P<v>(?<![0-9]){_DATE}(?![0-9]))",
    re.IGNORECASE,
)
"""An age, then a date in parentheses: the birth date (``35岁（1992年3月6日）``, ``aged 41 (03/05/1983)``)."""


def _cn_num(s: str) -> int:
    """A folded Chinese number below 100: ``12``, ``十``, ``十2``, ``2十``, ``2十5``."""
    if "十" not in s:
        return int(s)
    tens, _, ones = s.partition("十")
    return int(tens or "1") * 10 + int(ones or "0")


_MONTH_NUM = {
    m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)
}


def _dates(value: str) -> set[tuple[int, int, int]]:
    """The real dates (1900-2030) a written date may denote: none, one, or two when day and month may swap."""
    v = value.strip()
    cands: list[tuple[int, int, int]] = []
    m = re.fullmatch(r"(\d{4})年([0-9十]+)月(?:([0-9十]+)[日号]?)?", v)
    if m:
        cands.append((int(m.group(1)), _cn_num(m.group(2)), _cn_num(m.group(3)) if m.group(3) else 1))
    elif m := re.fullmatch(r"(\d\d)(\d\d)(\d\d)", v):
        cands += [(c + int(m.group(1)), int(m.group(2)), int(m.group(3))) for c in (1900, 2000)]
    elif m := re.fullmatch(r"(\d{4})[-/.]?(\d{1,2})[-/.]?(\d{1,2})", v):
        cands.append((int(m.group(1)), int(m.group(2)), int(m.group(3))))
    elif m := re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", v):
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        cands += [(y, a, b), (y, b, a)]
    elif m := re.fullmatch(r"(\d\d)年([0-9十]+)月(?:([0-9十]+)[日号]?)?", v):
        y, mo, d = int(m.group(1)), _cn_num(m.group(2)), _cn_num(m.group(3)) if m.group(3) else 1
        cands += [(c + y, mo, d) for c in (1900, 2000)]
    elif m := re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d\d)", v):
        a, b, c = int(m.group(1)), int(m.group(2)), int(m.group(3))
        for century in (1900, 2000):
            cands += [(century + c, a, b), (century + c, b, a), (century + a, b, c)]
    else:
        words = re.findall(r"[A-Za-z]+|\d+", v)
        month = next((_MONTH_NUM[w[:3].lower()] for w in words if w[:3].lower() in _MONTH_NUM), None)
        nums = [int(w) for w in words if w.isdigit()]
        if month is not None and len(nums) == 2:
            day, year = (nums[0], nums[1]) if nums[1] > 31 or re.search(r"['’]\d\d$", v) else (nums[1], nums[0])
            cands += [(year, month, day)] if year > 99 else [(c + year, month, day) for c in (1900, 2000)]
    return {c for c in cands if valid_date(*c, hi=2030)}


def calendar_dates(value: str) -> set[tuple[int, int, int]]:
    """The calendar dates (year, month, day) a written date may denote (two when day and month may swap)."""
    return _dates(value)


def same_date_spans(text: str, dates: set[tuple[int, int, int]]) -> list[tuple[int, int]]:
    """Spans of the full dates of ``text`` (any format of :class:`DateOfBirthRecognizer`) that denote one of ``dates``.

    The stage uses it to follow a date of birth found in one field to the same date written in
    another format elsewhere in the record (``DOB: 1/19/1965`` ... ``January 19, 1965``).
    """
    if not dates or _YEARISH.search(text) is None:
        return []
    return [m.span() for m in _DATE_RX.finditer(blank_placeholders(text)) if _dates(m.group()) & dates]


class DateOfBirthRecognizer(_PresidioRecognizer):
    """``DATE_OF_BIRTH``: a date written next to a birth cue, never an ordinary date.

    Cues: 出生日期, 出生年月, 出生于, 生日, 生于, DOB, date of birth, born (on), birthday, ``b.``,
    fecha de nacimiento, BDAY ... right before the date (only ``:``, ``is``, ``on`` and the like between),
    出生/生 or a star sign right after it (``1990年3月5日出生``, ``1990-03-05的射手座``), an age right
    before it (``35岁（1992年3月6日）``, ``aged 41 (03/05/1983)``), or a birth column header (``生日``, ``date_of_birth``,
    an SQL ``birth`` column). Formats: 1990-03-05, 1990/3/5, 1990.03.05, 19900305, 03/05/1990,
    5.3.1990, 5 March 1990, March 5, 1990, 05-Mar-1990, 1990年3月5日 (also folded Chinese numerals,
    十 included: 1990年十2月2十5日). The date must be real (1900-2030): 0.9. The same calendar date
    written again elsewhere in the text, in any of these formats (a conversion of the birth date to
    ISO, say), is a date of birth too: 0.85. Any other full date whose year could be a living adult's
    birth year (:data:`BIRTH_YEARS`) is a candidate at :data:`UNCUED_SCORE`, under every threshold:
    the stage raises it only in a record about a private person, on the line of that person's name
    ("Ingrid Berg / 03/21/1940"); not when a time of day follows it (a time stamp).
    """

    ENTITIES = ("DATE_OF_BIRTH",)
    UNCUED_SCORE = 0.35
    BIRTH_YEARS = range(1900, 2013)

    def may_match(self, text: str) -> bool:
        """True when ``text`` holds a year from 1900 to 2099, or a two-digit-year date and a strong birth cue."""
        if _YEARISH.search(text) is not None:
            return True
        if _STRONG_PRE_RX.search(lowered(text)) is None:
            return False
        return _DOB2_PRE.search(text) is not None and DOB_STRONG_CUES.search(text)

    def find(self, text: str, nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        """Every date of birth in the (folded) ``text``."""
        name = type(self).__name__
        clean = blank_placeholders(text)
        spans = [m.span("v") for m in _DOB_ANCHORED.finditer(clean)]
        if any(w in clean for w in _BORN_PRE):
            spans += [m.span("v") for m in _DOB_BORN_IN.finditer(clean)]
        if _STRONG_PRE_RX.search(lowered(text)) and _DOB2_PRE.search(clean):
            spans += [m.span("v") for m in _DOB2_ANCHORED.finditer(clean)]
        spans += [m.span() for m in _DATE_RX.finditer(clean) if _DOB_AFTER.match(clean, m.end())]
        spans += [m.span("v") for m in _DOB_AGE.finditer(clean)]
        if "(" in clean:
            spans += [m.span("v") for m in _DOB_CODE.finditer(clean)]
        spans += list(_column_values(text, DOB_CUES, _DATE_RX))
        out = []
        births: set[tuple[int, int, int]] = set()
        for s, e in spans:
            dates = _dates(text[s:e])
            if dates:
                births |= dates
                out.append(result("DATE_OF_BIRTH", s, e, 0.9, name))
        for m in _DATE_RX.finditer(clean):
            dates = _dates(m.group())
            if births and dates & births:  # the same birth date in another format (1990年3月5日 -> 1990-03-05)
                out.append(result("DATE_OF_BIRTH", m.start(), m.end(), 0.85, name))
            elif dates and all(y in self.BIRTH_YEARS for y, _, _ in dates) and not _TIME_AFTER.match(clean, m.end()):
                out.append(result("DATE_OF_BIRTH", m.start(), m.end(), self.UNCUED_SCORE, name))
        return _dedupe(out)


# --------------------------------------------------------------------------- all


# --------------------------------------------------------------------------- column consistency

COLUMN_VALUES: dict[str, re.Pattern[str]] = {
    "LICENSE_PLATE": re.compile(
        rf"{_CN_PLATE.pattern}|(?=(?:[^0-9]*[0-9]){{2}})(?=(?:[^A-Z]*[A-Z]){{2}}){_PLATE_VALUE}"
    ),
    "MEDICAL_RECORD_NUMBER": _MRN_CELL,
    "PASSPORT": _PASSPORT_CELL,
}
"""Types whose value in one cell of a table column makes the column's other cells of their shape that type,
with the shape a cell must have: a plate (two digits and two letters, or a Chinese plate), a record
number, a passport number."""


def column_siblings(text: str, found: Iterable[RecognizerResult]) -> list[tuple[int, int, str, float]]:
    """Cells in the table columns of ``found`` findings that fill a whole cell, of the same type and shape.

    A pivot table's ``Row Labels`` column holds plates with no plate word in its header; an SQL
    ``INSERT INTO patient VALUES ('ZY2018517734', …)`` has no header at all. Once one cell of a column
    is known to hold a plate, a record number or a passport number (by a cue elsewhere in the record),
    the column's other cells of that value's shape (:data:`COLUMN_VALUES`) hold the same kind of value.
    Returns (start, end, type, score) of the cells not already among ``found``; the score is the
    known cell's.
    """
    typed = [f for f in found if f.entity_type in COLUMN_VALUES]
    if not typed:
        return []
    index = table_index(text)
    if not index.cells:
        return []
    columns: dict[str, tuple[str, float]] = {}
    for f in typed:
        cell = index.cell_at(f.start, f.end)
        if cell is not None and cell.column and (cell.start, cell.end) == (f.start, f.end):
            best = columns.get(cell.column)
            if best is None or f.score > best[1]:
                columns[cell.column] = (f.entity_type, f.score)
    if not columns:
        return []
    have = {(f.start, f.end) for f in found}
    out = []
    for cell in index.cells:
        hit = columns.get(cell.column)
        if hit is None or (cell.start, cell.end) in have:
            continue
        if COLUMN_VALUES[hit[0]].fullmatch(text, cell.start, cell.end):
            out.append((cell.start, cell.end, hit[0], hit[1]))
    return out


def recognizers(language: str) -> list[Recognizer]:
    """One instance of each identifier recognizer, for ``language``."""
    classes: tuple[type[Recognizer], ...] = (
        CnResidentIdRecognizer,
        BankCardRecognizer,
        EmailAddressRecognizer,
        IpAddressRecognizer,
        SsnRecognizer,
        IbanCodeRecognizer,
        PassportRecognizer,
        LicensePlateRecognizer,
        QqNumberRecognizer,
        WeChatIdRecognizer,
        MacAddrRecognizer,
        DriverLicenseRecognizer,
        MedicalRecordNumberRecognizer,
        ProfileUrlRecognizer,
        DateOfBirthRecognizer,
    )
    return [cls(supported_language=language) for cls in classes]
