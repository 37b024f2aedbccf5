"""Whether a field's value parses as its declared kind: date, amount, reference number, id or text.

- ``date``: a full calendar date (day, month and year all given), parsed by ``dateutil`` (a
  dependency of pandas, now pinned directly): ``2024-03-05``, ``5 March 2024``, ``Mar 5, 2024``,
  ``2024/3/5``; Chinese ``2024年3月5日`` is read as ``2024-3-5``. A partial date (``March 2024``,
  ``12``) or an impossible one (``2024-02-30``) does not match. The check parses the value twice
  with two different default dates: equal results mean no part came from the default, and no
  clock is read. Year-first numeric dates (``2024-03-05``, ``2024/3/5``, ``2024年3月5日``) take a
  fast path (``datetime.date``) with the same outcome: dateutil costs about 1 ms a value on a busy
  core (bench/bench_field_confidence.py, docs/bench/agreement.md).
- ``amount``: a number with optional sign, thousands separators (``,``), decimals and a currency
  symbol or code before or after it (``¥1,200.50``, ``USD 30``, ``30 元``, ``-4.5``). A regular
  expression: no maintained parser reads both Western and Chinese currency notations without a
  locale, and this one is a few lines (tests/pipeline/text/test_field_types.py holds the goldens).
- ``reference``: a reference number: 4 to 40 letters, digits and the separators ``- / _ .``,
  starting and ending with a letter or digit, with at least one digit (``INV-2024-0042``).
- ``id``: one token of 1 to 64 letters, digits and ``- _ : .`` (no spaces).
- ``text``: any value that is not blank.

:func:`matches_kind` keeps the answers for the 65,536 most recent (value, kind) pairs: field values
repeat (dates, currencies, reference formats), and each is checked once.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

_CJK_DATE = re.compile(r"^\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]\s*$")
_YEAR_FIRST = re.compile(r"^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$")
_CURRENCY = r"(?:[$€£¥￥]|US\$|RMB|CNY|USD|EUR|GBP|JPY|HKD|元|人民币)"
_NUMBER = r"[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_AMOUNT = re.compile(
    rf"^\s*(?:{_CURRENCY}\s*{_NUMBER}|{_NUMBER}\s*{_CURRENCY}?|[-+]{_CURRENCY}\s*\d[\d,]*(?:\.\d+)?)\s*$"
)
_REFERENCE = re.compile(r"^(?=[^\d]*\d)[A-Za-z0-9][A-Za-z0-9\-/_.]{2,38}[A-Za-z0-9]$")
_ID = re.compile(r"^[A-Za-z0-9\-_:.]{1,64}$")
_DEFAULTS = (datetime(2000, 1, 1), datetime(2001, 2, 2))


def is_full_date(value: str) -> bool:
    """True when ``value`` is a complete calendar date (see the module docstring)."""
    from dateutil import parser

    text = value.strip()
    m = _CJK_DATE.match(text)
    if m:
        text = "-".join(m.groups())
    fast = _YEAR_FIRST.match(text)
    if fast:
        try:
            date(int(fast.group(1)), int(fast.group(3)), int(fast.group(4)))
        except ValueError:
            return False
        return True
    if not text or not any(c.isdigit() for c in text):
        return False
    try:
        first, second = (parser.parse(text, default=d) for d in _DEFAULTS)
    except (ValueError, OverflowError):  # dateutil's ParserError is a ValueError
        return False
    return first == second


@lru_cache(maxsize=65_536)
def matches_kind(value: str, kind: str) -> bool:
    """True when ``value`` parses as ``kind`` (one of ``date``, ``amount``, ``reference``, ``id``, ``text``)."""
    if kind == "date":
        return is_full_date(value)
    if kind == "amount":
        return bool(_AMOUNT.match(value))
    if kind == "reference":
        return bool(_REFERENCE.match(value.strip()))
    if kind == "id":
        return bool(_ID.match(value.strip()))
    if kind == "text":
        return bool(value.strip())
    raise ValueError(f"unknown field kind {kind!r}")
