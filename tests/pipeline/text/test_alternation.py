"""Trie alternations and the case gates in front of case-insensitive regexes."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.text.alternation import LiteralGate, LoweredGate, alternation, lowered

WORDS = ["patient", "pat", "passport", "to", "cc", "c/o", "e-mail", "姓名", "联系人"]


@pytest.mark.parametrize("text", ["patient", "pat", "passport", "pa", "to", "c/o", "e-mail", "姓名", "联系", ""])
def test_alternation_matches_exactly_the_words(text: str) -> None:
    rx = re.compile(alternation(WORDS))
    assert (rx.fullmatch(text) is not None) == (text in WORDS)


def test_alternation_prefers_the_longer_word() -> None:
    assert re.match(alternation(["pat", "patient"]), "patients").group() == "patient"  # type: ignore[union-attr]


def test_alternation_of_nothing_never_matches() -> None:
    assert re.search(alternation([]), "anything") is None


def test_lowered_keeps_length_and_follows_the_regex_case_table() -> None:
    assert lowered("PATİENT ſister K") == "patient sister k"
    for text in ["PATİENT", "ABC", "Straße", "ǅ", "İİ"]:
        assert len(lowered(text)) == len(text)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(list("aBİıſKkΣσςµ微信 ẞß")), max_size=12), min_size=1, max_size=6))
def test_lowered_is_the_case_table_then_lower_case_whatever_was_asked_before(texts: list[str]) -> None:
    from pipeline.text.alternation import _CASE_TABLE

    for text in texts + texts[::-1] + texts:  # repeats, in turn: the remembered results must stay right
        assert lowered(text) == text.translate(_CASE_TABLE).lower()


_CUE_RX = re.compile(r"(?<![A-Za-z])(?:patient|sister|to)[ \t]*[:=][ \t]*(?:mr|dr)?", re.IGNORECASE)
_TEXTS = st.text(alphabet=st.sampled_from(list("patientsroTPASIEN:= \tMRdDİıſKk姓名x")), max_size=30)


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_lowered_gate_answers_as_the_regex(text: str) -> None:
    gate = LoweredGate.of(_CUE_RX)
    assert gate(text) == (_CUE_RX.search(text) is not None)


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_literal_gate_is_never_false_where_a_word_matches(text: str) -> None:
    gate = LiteralGate(["patient", "sister", "姓名"])
    if re.search("patient|sister|姓名", text, re.IGNORECASE):
        assert gate(text)


def test_lowered_gate_refuses_a_pattern_that_depends_on_case() -> None:
    with pytest.raises(ValueError, match="class"):
        LoweredGate(r"name:[ \t]*[A-Z]")
    with pytest.raises(ValueError, match="upper-case"):
        LoweredGate(r"Name:")
    with pytest.raises(ValueError, match="not case-insensitive"):
        LoweredGate.of(re.compile("name"))
