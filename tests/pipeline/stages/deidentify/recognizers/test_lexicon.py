"""Name lexicons: pinyin syllables and names, Korean given names, the bundled name lists."""

from __future__ import annotations

import pytest

from pipeline.stages.deidentify.recognizers import lexicon as lx


@pytest.mark.parametrize(
    ("word", "n"),
    [
        ("zhang", 1),
        ("zhangwei", 2),
        ("xiechongle", 3),
        ("xian", 1),  # fewest syllables
        ("shuang", 1),
        ("hello", 0),
        ("Zhang", 0),  # lower-case only
        ("abc", 0),
        ("", 0),
    ],
)
def test_pinyin_syllables(word, n):
    assert lx.pinyin_syllables(word) == n


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        (["zhang", "wei"], True),
        (["wei", "zhang"], True),
        (["Li", "Ming"], True),
        (["ouyang", "na"], True),
        (["zhang", "xiaoming"], True),
        (["zhang", "weihaoming"], False),  # a given name of three syllables
        (["zhangsan"], True),
        (["xiechongle"], True),
        (["lisi"], False),  # one word shorter than five letters
        (["john", "smith"], False),
    ],
)
def test_is_pinyin_name(parts, expected):
    assert lx.is_pinyin_name(parts) is expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [("min-jun", True), ("Seo-yeon", True), ("ji-woo", True), ("jean-paul", False), ("minjun", False)],
)
def test_is_korean_given(word, expected):
    assert lx.is_korean_given(word) is expected


def test_name_lists_are_loaded_case_folded():
    given, family = lx.given_names(), lx.family_names()
    assert "john" in given and "smith" in family
    assert "John" not in given and all(n == n.casefold() for n in given)
    assert len(given) > 20_000 and len(family) > 100_000


def test_surname_tables():
    assert "欧阳" in lx.ZH_SURNAMES_2 and "欧" not in lx.ZH_SURNAMES_2 and "阳" not in lx.ZH_SURNAMES_2
    assert all(len(s) == 1 for s in lx.ZH_SURNAMES_1) and all(len(s) == 2 for s in lx.ZH_SURNAMES_2)
    assert not lx.ZH_SURNAMES_1 & set("的了是")
    assert all(lx.pinyin_syllables(s) >= 1 for s in lx.PINYIN_SURNAMES)
