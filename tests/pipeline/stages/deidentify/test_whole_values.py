"""The whole-value matcher of record consistency: golden cases, and the fast form equal to the one regex."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.stages.deidentify.whole_values import MARK, WholeValues, cjk_value_pattern, value_key


def _found(values: list[str], text: str, **kw: bool) -> list[str]:
    return [text[s:e] for s, e in WholeValues(values, **kw).spans(text)]


@pytest.mark.parametrize(
    ("values", "text", "expected"),
    [
        (
            ["Rose Carter"],
            "Rose Carter said hi; rose carter and ROSE CARTER too",
            ["Rose Carter", "rose carter", "ROSE CARTER"],
        ),
        (["Cargo"], "the cargo of Cargo", ["Cargo"]),  # one word: lower case is another word
        (["Carter"], "Carters and Carter.", ["Carter"]),  # whole words only
        (["mofengjian"], "原样例含mofengjian、用户", ["mofengjian"]),  # glued to Chinese
        (["2004152620"], "目标用户2004152620的", ["2004152620"]),
        (["2004152620"], "x2004152620 and 2004152620@qq", []),  # inside a word, before @
        (["zhang.wei"], "mail zhang.wei@163.com or .zhang.wei", []),  # an e-mail's user, after a dot
        (["赖军静"], "赖 军静与赖军静", ["赖 军静", "赖军静"]),  # a Chinese name with or without a space
        (["张伟", "Zhang Wei"], "张伟(Zhang Wei)联系张伟", ["张伟", "Zhang Wei", "张伟"]),
        (["김민준"], "김민준님 and 김민준", ["김민준", "김민준"]),  # a Hangul value: the one regex, Hangul a boundary
        ([""], "anything", []),
        (["Ann", "Ann张"], "Ann张 ok", ["Ann"]),  # at the same start a Latin value comes first, as in the one regex
    ],
)
def test_golden(values: list[str], text: str, expected: list[str]) -> None:
    assert _found(values, text) == expected
    assert _found(values, text, one_regex=True) == expected


def test_keys_and_patterns() -> None:
    assert value_key("Rose CARTER") == "rose carter"
    assert value_key("赖 军静") == "赖军静"
    assert cjk_value_pattern("赖军静") == "赖[ \u3000]?军[ \u3000]?静"
    assert cjk_value_pattern("北京市朝阳区建国路88号") == "北京市朝阳区建国路88号"


_VALUE_PARTS = ["Li", "Wei", "Ann", "Ann Lee", "rose", "13912345678", "A1", "张伟", "赖 军静", "ソフト", "x"]
_TEXT_PARTS = [*_VALUE_PARTS, " ", "@", ".", "、", "用户", "abc", "9", "\n", "ee", "ANN", "LI", MARK, "ア", "한"]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.lists(st.sampled_from(_VALUE_PARTS), min_size=1, max_size=3).map("".join), min_size=1, max_size=4),
    st.one_of(st.lists(st.sampled_from(_TEXT_PARTS), max_size=16).map("".join), st.text(max_size=30)),
)
def test_fast_form_finds_what_the_one_regex_finds(values: list[str], text: str) -> None:
    assert _found(values, text) == _found(values, text, one_regex=True)
