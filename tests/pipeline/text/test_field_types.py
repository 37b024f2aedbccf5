"""Field kinds: golden values that parse as each kind, and near misses that do not."""

import pytest

from pipeline.text.field_types import is_full_date, matches_kind

MATCH = {
    "date": [
        "2024-03-05",
        "5 March 2024",
        "Mar 5, 2024",
        "2024/3/5",
        "03/05/2024",
        "2024年3月5日",
        " 2024-03-05T10:00 ",
    ],
    "amount": ["¥1,200.50", "USD 30", "30 元", "-4.5", "1200", "$ 1,000,000", "-$5", "€3.20", "100 RMB"],
    "reference": ["INV-2024-0042", "PO/77/A", "A1B2", "ref_2024.01"],
    "id": ["user_1", "a", "urn:x:1", "A-1.b"],
    "text": ["anything at all", "x"],
}
MISS = {
    "date": ["March 2024", "2024", "12", "2024-02-30", "13/13/2024", "tomorrow", "", "no digits here"],
    "amount": ["1,2,3", "abc", "12.5.3", "", "1 200", "twelve hundred", "$"],
    "reference": ["ABCD", "A1", "-A12", "A12-", "has space 1", "x" * 41 + "1"],
    "id": ["a b", "", "x" * 65, "名字"],
    "text": ["", "   "],
}


@pytest.mark.parametrize(("kind", "value"), [(k, v) for k, vs in MATCH.items() for v in vs])
def test_values_that_match_their_kind(kind, value):
    assert matches_kind(value, kind) is True


@pytest.mark.parametrize(("kind", "value"), [(k, v) for k, vs in MISS.items() for v in vs])
def test_values_that_do_not_match_their_kind(kind, value):
    assert matches_kind(value, kind) is False


def test_a_date_needs_day_month_and_year_whatever_the_defaults():
    # the check parses twice with two default dates: a value missing a part differs between them
    assert is_full_date("2024-03-05") and not is_full_date("March 5")


def test_an_unknown_kind_is_an_error():
    with pytest.raises(ValueError, match="unknown field kind 'money'"):
        matches_kind("1", "money")
