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
