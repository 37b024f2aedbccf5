"""The ``generalize`` action: a value replaced by a coarser one that no longer singles a person out.

* dates (``DATE_OF_BIRTH``, ``DATE_TIME``, ``DATE``) → the month (``to: month``) or the year (``to: year``),
  in the value's own style: ``1990年5月12日`` → ``1990年5月`` / ``1990年``, ``1990-05-12`` → ``1990-05`` /
  ``1990``, ``May 12, 1990`` → ``May 1990`` / ``1990``;
* ``AGE`` → a ten-year band (``to: band``): ``35岁`` → ``30-39岁``, ``35 years old`` → ``30-39 years old``;
* ``STREET_ADDRESS`` → the city or district (``to: city``): Chinese addresses keep the administrative
  divisions up to the last 市/区/县/旗 before the street (``北京市海淀区中关村大街27号`` → ``北京市海淀区``);
  English ones keep the comma-separated parts after the street, without postcodes or anything holding a
  digit (``1600 Amphitheatre Parkway, Mountain View, CA 94043`` → ``Mountain View, CA``);
* postcodes (``ZIP_CODE``, ``POSTCODE``, ``US_ZIP_CODE``) → the first three digits, the rest masked
  (``to: prefix``): ``94043`` → ``940**``.

Deterministic and unkeyed (the output depends on the value only). Every function returns ``None`` when
it cannot generalise safely (an unknown date layout, an address without a recognisable city, a
day/month order it cannot tell apart); the operator then writes the record's placeholder instead
(fail closed). Nothing of the identifying part (day, street, house number, last digits) is ever kept.
"""

from __future__ import annotations

import re
from collections.abc import Callable

DATE_TYPES = ("DATE_OF_BIRTH", "DATE_TIME", "DATE")
ZIP_TYPES = ("ZIP_CODE", "POSTCODE", "US_ZIP_CODE")

GENERALIZE_TO: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(DATE_TYPES, ("month", "year")),
    "AGE": ("band",),
    "STREET_ADDRESS": ("city",),
    **dict.fromkeys(ZIP_TYPES, ("prefix",)),
}
"""Entity types ``generalize`` supports and the values its ``to`` parameter takes for each."""

_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_MONTH_NAME = r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"

_ZH_DATE = re.compile(r"^\s*(?P<y>(?:19|20)\d{2})\s*年\s*(?:(?P<m>\d{1,2})\s*月\s*(?:\d{1,2}\s*[日号]?)?)?\s*$")
_ISO_DATE = re.compile(r"^\s*(?P<y>(?:19|20)\d{2})(?P<sep>[-/.])(?P<m>\d{1,2})(?:(?P=sep)\d{1,2})?\s*$")
_NUM_DMY = re.compile(r"^\s*\d{1,2}[-/.]\d{1,2}[-/.](?P<y>(?:19|20)\d{2})\s*$")
_EN_MDY = re.compile(rf"^\s*{_MONTH_NAME}\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?(?P<y>(?:19|20)\d{{2}})\s*$", re.I)
_EN_DMY = re.compile(rf"^\s*\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_NAME},?\s+(?P<y>(?:19|20)\d{{2}})\s*$", re.I)


def _month_number(name: str) -> int:
    low = name.casefold()
    return next(i for i, m in enumerate(_MONTHS, 1) if m.startswith(low[:3]))


def generalize_date(value: str, to: str) -> str | None:
    """``value`` cut to its month (``to="month"``) or year (``to="year"``), or ``None`` if it does not parse."""
    if m := _ZH_DATE.match(value):
        if to == "year":
            return f"{m['y']}年"
        return f"{m['y']}年{int(m['m'])}月" if m["m"] and 1 <= int(m["m"]) <= 12 else None
    if m := _ISO_DATE.match(value):
        if to == "year":
            return m["y"]
        return f"{m['y']}{m['sep']}{int(m['m']):02d}" if 1 <= int(m["m"]) <= 12 else None
    if m := _EN_MDY.match(value) or _EN_DMY.match(value):
        month = _month_number(m["mon"])
        return m["y"] if to == "year" else f"{_MONTHS[month - 1].capitalize()} {m['y']}"
    if (m := _NUM_DMY.match(value)) and to == "year":  # 05/12/1990: day and month order unknown, year only
        return m["y"]
    return None


_AGE = re.compile(r"^(?P<pre>\D*?)(?P<n>\d{1,3})(?P<post>\D*)$")


def generalize_age(value: str, to: str = "band") -> str | None:
    """An age turned into its ten-year band (``35岁`` → ``30-39岁``); ``None`` without exactly one number."""
    m = _AGE.match(value.strip())
    if m is None or to != "band":
        return None
    n = int(m["n"])
    if n > 130:
        return None
    lo = n // 10 * 10
    return f"{m['pre']}{lo}-{lo + 9}{m['post']}"


_ZH_NAME = r"[^\s\d\W路街道巷弄号楼栋室村小镇乡组幢单元]"
_ZH_ADMIN = re.compile(
    rf"^(?:{_ZH_NAME}{{2,7}}?(?:省|自治区|特别行政区))?"
    rf"(?:{_ZH_NAME}{{1,7}}?(?:市|自治州|地区|盟))?"
    rf"(?:{_ZH_NAME}{{1,6}}?(?:区|县|旗|市))?"
)
_CJK = re.compile(r"[\u4e00-\u9fff]")


def generalize_address(value: str, to: str = "city") -> str | None:
    """The city or district part of a street address (see the module docstring), or ``None``."""
    if to != "city":
        return None
    text = value.strip()
    if _CJK.search(text):
        m = _ZH_ADMIN.match(text)
        division = m.group(0) if m else ""
        # something must remain after the kept part (the street), and the kept part must end on a division
        if not division or division == text or not division.endswith(("市", "区", "县", "旗")):
            return None
        return division
    parts = [p.strip() for p in text.split(",")]
    streets = [i for i, p in enumerate(parts) if _is_street(p)]
    if not streets or streets[-1] == len(parts) - 1:
        return None  # no "street, city" layout: the street part cannot be told from the city
    kept_parts = []
    for part in parts[streets[-1] + 1 :]:
        words = part.split()
        if any(w.casefold() in _UNIT_WORDS for w in words):
            continue  # "Apt 5B", "Suite 100": inside the building, never kept
        kept = [w for w in words if not re.search(r"\d", w)]  # "London NW1 6XE" → "London", "CA 94043" → "CA"
        if kept:
            kept_parts.append(" ".join(kept))
    return ", ".join(kept_parts) or None


def _is_street(part: str) -> bool:
    """A house number and a street name (``1600 Amphitheatre Parkway``) or a street word (``Baker Street``)."""
    words = part.split()
    numbered = len(words) >= 2 and bool(re.search(r"\d", words[0]))
    return numbered or any(w.casefold().rstrip(".") in _STREET_WORDS for w in words)


_STREET_WORDS = frozenset(
    [
        "street",
        "st",
        "road",
        "rd",
        "avenue",
        "ave",
        "lane",
        "ln",
        "drive",
        "dr",
        "boulevard",
        "blvd",
        "way",
        "parkway",
        "pkwy",
        "court",
        "ct",
        "place",
        "pl",
        "terrace",
        "close",
        "crescent",
        "square",
        "sq",
        "highway",
        "hwy",
    ]
)
_UNIT_WORDS = frozenset({"apt", "apt.", "apartment", "suite", "ste", "ste.", "unit", "flat", "floor", "room", "#"})


def generalize_zip(value: str, to: str = "prefix") -> str | None:
    """A postcode's first three digits, the other digits masked (``94043`` → ``940**``); ``None`` if shorter than 5."""
    digits = sum(c.isdigit() for c in value)
    if to != "prefix" or digits < 5:
        return None
    out, seen = [], 0
    for c in value.strip():
        if c.isdigit():
            seen += 1
            out.append(c if seen <= 3 else "*")
        elif c.isalpha():
            return None  # UK/Canadian layouts mix letters: not generalised (placeholder instead)
        else:
            out.append(c)
    return "".join(out)


_BY_TYPE: dict[str, Callable[[str, str], str | None]] = {
    **dict.fromkeys(DATE_TYPES, generalize_date),
    "AGE": generalize_age,
    "STREET_ADDRESS": generalize_address,
    **dict.fromkeys(ZIP_TYPES, generalize_zip),
}


def generalize(entity_type: str, value: str, to: str) -> str | None:
    """``value`` generalised as ``to`` says, or ``None`` when that cannot be done safely (→ placeholder)."""
    fn = _BY_TYPE.get(entity_type)
    if fn is None or to not in GENERALIZE_TO.get(entity_type, ()):
        return None
    out = fn(value, to)
    if out is None or not out.strip() or out.strip() == value.strip():
        return None
    return out
