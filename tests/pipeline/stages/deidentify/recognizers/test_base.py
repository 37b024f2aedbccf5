"""The recognizer base: offset-preserving folding, context windows blind to placeholders, results, prefilters."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.stages.deidentify.anonymize import pseudonym
from pipeline.stages.deidentify.recognizers.base import (
    PLACEHOLDER_RE,
    Recognizer,
    context_after,
    context_before,
    fold,
    result,
)


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("１３９１２３４５６７８", "13912345678"),
        ("一三九一二三四五六七八", "13912345678"),
        ("電話：０２１－１２３４", "電話:021-1234"),
        ("a—b−c\u3000d", "a-b-c d"),
        ("零幺两〇", "0120"),
        ("十百千", "十百千"),
        ("plain", "plain"),
    ],
)
def test_fold_golden(text, folded):
    assert fold(text) == folded


@given(st.text())
def test_fold_keeps_length_and_is_idempotent(text):
    assert len(fold(text)) == len(text)
    assert fold(fold(text)) == fold(text)


def test_placeholder_re():
    text = "<PERSON_1> <LOCATION_12> [NAME] [PHONE_2] <person> <a1>"
    assert PLACEHOLDER_RE.findall(text) == ["<PERSON_1>", "<LOCATION_12>", "[NAME]", "[PHONE_2]"]


def test_placeholder_re_matches_pseudonyms():
    p = pseudonym("EMAIL_ADDRESS", "a@b.cn", b"k" * 32)
    assert PLACEHOLDER_RE.fullmatch(p)


def test_context_before_and_after():
    assert context_before("Call me at", 10, ["call"]) is True
    assert context_before("Patel 123", 6, ["tel"]) is False  # an ASCII cue starts a word
    assert context_before("<TEL_1> 123", 8, ["tel"]) is False  # placeholders are blanked
    assert context_before("tel 123", 4, []) is False
    assert context_before("phone" + " " * 30 + "x", 36, ["phone"]) is True
    assert context_before("phone" + " " * 50 + "x", 56, ["phone"]) is False  # outside the 40-character window
    assert context_after("123 电话", 3, ["电话"]) is True
    assert context_after("123 TEL", 3, ["tel"]) is True


def test_result_clamps_and_rounds_the_score_and_names_the_recognizer():
    r = result("PHONE_NUMBER", 1, 5, 1.23456, "X")
    assert (r.entity_type, r.start, r.end, r.score) == ("PHONE_NUMBER", 1, 5, 1.0)
    assert r.recognition_metadata == {"recognizer_name": "X"}
    assert result("A", 0, 1, 0.123456, "X").score == 0.1235
    assert result("A", 0, 1, -1, "Y").score == 0.0


class TwoTypes(Recognizer):
    ENTITIES = ("FOO", "BAR")

    def may_match(self, text):
        return "f" in text

    def find(self, text, nlp_artifacts=None):
        return [result("FOO", 0, 1, 0.5, "TwoTypes"), result("BAR", 1, 2, 0.5, "TwoTypes")]


def test_recognizer_analyze_applies_the_prefilter_and_the_asked_entities():
    r = TwoTypes()
    assert (r.name, r.supported_entities, r.supported_language) == ("TwoTypes", ["FOO", "BAR"], "en")
    assert [x.entity_type for x in r.analyze("fx")] == ["FOO", "BAR"]
    assert r.analyze("xx") == [] and r.analyze("") == []
    assert [x.entity_type for x in r.analyze("fx", ["BAR"])] == ["BAR"]
    meta = r.analyze("fx")[0].recognition_metadata
    assert meta == {"recognizer_name": "TwoTypes", "recognizer_identifier": r.id}
    other = TwoTypes(supported_language="zh", name="n")
    assert (other.name, other.supported_language) == ("n", "zh")


def test_the_base_finds_nothing_by_itself():
    assert Recognizer().may_match("x") is True and Recognizer().name == "Recognizer"
    with pytest.raises(NotImplementedError):
        Recognizer().find("x")


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        # a lone numeral between a digit and another Chinese character starts a word (一致, 第一)
        ("身份证号210102200107149010一致", "身份证号210102200107149010一致"),
        ("排第一13800138000", "排第一13800138000"),
        ("５一致", "5一致"),
        # runs of numerals, and numerals between digits, are digits
        ("电话138一二三四五六七八致电", "电话13812345678致电"),
        ("一三九一二三四五六七八", "13912345678"),
        ("5一6", "516"),
        ("一致", "1致"),
    ],
)
def test_fold_keeps_a_word_numeral_next_to_a_number(text, folded):
    assert fold(text) == folded


def test_round19_a_word_numeral_after_a_check_character_stays():
    # round 19: a resident ID ending in its check character X (either case), then 一致: 一 starts the word
    assert fold("与档案44010619740503985x一致") == "与档案44010619740503985x一致"
    assert fold("号码11010519491231002X一样") == "号码11010519491231002X一样"


def test_round19_a_numeral_after_a_letter_alone_or_between_digits_still_folds():
    assert fold("型号X一三") == "型号X13"  # numerals after a letter with no digit before it: digits
    assert fold("一三九一二三四五六七八") == "13912345678"
