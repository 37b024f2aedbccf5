"""Check digits of identifiers: Chinese resident IDs (GB 11643) and bank cards (Luhn).

The one implementation used by the recognizers, the surrogates of the transform, the residual-PII
gate of the validate stage and the test-data generators. Pure functions, no imports beyond stdlib.
"""

from __future__ import annotations

import datetime
import re


def digits_only(value: str) -> str:
    """The digits (and a trailing X) of ``value`` with separators removed, upper-cased."""
    return re.sub(r"[^0-9Xx]", "", value).upper()


_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_PROVINCES = frozenset(
    [
        "11",
        "12",
        "13",
        "14",
        "15",
        "21",
        "22",
        "23",
        "31",
        "32",
        "33",
        "34",
        "35",
        "36",
        "37",
        "41",
        "42",
        "43",
        "44",
        "45",
        "46",
        "50",
        "51",
        "52",
        "53",
        "54",
        "61",
        "62",
        "63",
        "64",
        "65",
        "71",
        "81",
        "82",
        "83",
        "91",
    ]
)
"""GB 2260 province-level codes (the first two digits of a resident ID)."""


def resident_id_check_char(first17: str) -> str:
    """The GB 11643 check character (``0``-``9`` or ``X``) of the first 17 digits of a resident ID."""
    return "10X98765432"[sum(int(c) * w for c, w in zip(first17, _ID_WEIGHTS)) % 11]


def resident_id_checksum_ok(value: str) -> bool:
    """GB 11643 check character of an 18-character resident ID (separators ignored)."""
    v = digits_only(value)
    if len(v) != 18 or not v[:17].isdigit():
        return False
    return resident_id_check_char(v[:17]) == v[17]


def is_resident_id(value: str) -> bool:
    """A valid mainland resident ID: province code, birth date (1900..2099, a real date) and checksum."""
    v = digits_only(value)
    if len(v) != 18 or v[:2] not in _ID_PROVINCES or not resident_id_checksum_ok(v):
        return False
    try:
        datetime.date(int(v[6:10]), int(v[10:12]), int(v[12:14]))
    except ValueError:
        return False
    return 1900 <= int(v[6:10]) <= 2099


def luhn_check_digit(payload: str) -> str:
    """The digit that makes ``payload`` followed by it pass the Luhn check."""
    return str((10 - _luhn_sum([int(c) for c in payload], double_even=True)) % 10)


def _luhn_sum(digits: list[int], *, double_even: bool) -> int:
    """Luhn sum of ``digits`` (right to left; the doubled positions depend on whether a check digit follows)."""
    total = 0
    for i, d in enumerate(reversed(digits)):
        if (i % 2 == 0) == double_even:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10


def luhn_ok(value: str) -> bool:
    """Luhn checksum over the digits of ``value``."""
    digits = [int(c) for c in value if c.isdigit()]
    if not digits:
        return False
    return _luhn_sum(digits, double_even=False) == 0


def is_bank_card(value: str) -> bool:
    """13-19 digits passing Luhn, not a valid resident ID, not one repeated digit."""
    v = re.sub(r"\D", "", value)
    if not 13 <= len(v) <= 19 or len(set(v)) == 1:
        return False
    if len(digits_only(value)) == 18 and is_resident_id(value):
        return False
    return luhn_ok(v)


def is_isbn13(value: str) -> bool:
    """A 13-digit ISBN (prefix 978 or 979) with a valid check digit (weights 1 and 3), separators ignored."""
    v = re.sub(r"\D", "", value)
    if len(v) != 13 or v[:3] not in ("978", "979"):
        return False
    return sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(v)) % 10 == 0


IBAN_LENGTHS: dict[str, int] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BR": 29,
    "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28, "EE": 20, "EG": 29,
    "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28,
    "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20,
    "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22,
    "MK": 19, "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15, "PK": 24, "PL": 28, "PS": 29, "PT": 25,
    "QA": 29, "RO": 24, "RS": 22, "SA": 24, "SC": 31, "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27,
    "ST": 25, "SV": 28, "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
}  # fmt: skip
"""IBAN length per country (ISO 13616 registry)."""


def iban_checksum_ok(value: str) -> bool:
    """ISO 13616 mod-97 check of an IBAN (spaces and dashes ignored, upper-case letters only)."""
    v = re.sub(r"[\s-]", "", value)
    if not 15 <= len(v) <= 34 or not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", v):
        return False
    moved = v[4:] + v[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def ssn_structure_ok(value: str) -> bool:
    """US SSN structure: 9 digits, area not 000/666/9xx, group not 00, serial not 0000, not one repeated digit."""
    d = re.sub(r"\D", "", value)
    if len(d) != 9 or len(set(d)) == 1:
        return False
    return d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000"


def valid_date(year: int, month: int, day: int, lo: int = 1900, hi: int = 2099) -> bool:
    """True when ``year-month-day`` is a real calendar date with ``lo <= year <= hi``."""
    if not lo <= year <= hi:
        return False
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


def is_old_resident_id(value: str) -> bool:
    """A first-generation (15-digit) resident ID: province code, a real YYMMDD birth date (19YY), 3 digits."""
    v = re.sub(r"\D", "", value)
    if len(v) != 15 or v[:2] not in _ID_PROVINCES:
        return False
    return valid_date(1900 + int(v[6:8]), int(v[8:10]), int(v[10:12]))


_IBAN_RUN = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}[A-Z0-9]*(?:([ -])[A-Z0-9]+(?:\1[A-Z0-9]+)*)?")


def iban_spans(text: str) -> list[tuple[int, int]]:
    """Offsets of the valid IBANs in ``text`` (mod-97 valid, of the length registered for their country).

    IBANs may be compact or grouped by spaces or dashes; a run is cut back group by group until it
    validates (``... 8901 X in a sentence``).
    """
    out: list[tuple[int, int]] = []
    for m in _IBAN_RUN.finditer(text):
        ends = [t.end() + m.start() for t in re.finditer(r"[A-Z0-9]+", m.group())]
        for end in reversed(ends):
            value = text[m.start() : end]
            if IBAN_LENGTHS.get(value[:2]) == len(re.sub(r"[ -]", "", value)) and iban_checksum_ok(value):
                out.append((m.start(), end))
                break
    return out
