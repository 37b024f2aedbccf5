"""Our Presidio NLP engine: tokens and lemmas for context words, name candidates from the taggers, tidy NER spans."""

from __future__ import annotations

import pytest
from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngine

from pipeline.stages.deidentify.nlp import (
    CANDIDATE_LABELS,
    LANGUAGES,
    NameTaggerNlpEngine,
    TaggedArtifacts,
    tidy_ner_span,
)


@pytest.fixture(scope="module")
def engine(analyzer):
    """The stage's loaded engine (NER on, place-only windows skipped as under the bundled policy)."""
    return analyzer.nlp


def test_it_is_a_presidio_nlp_engine(engine):
    assert isinstance(engine, NlpEngine) and engine.is_loaded()
    assert engine.get_supported_languages() == ["en", "zh"] == list(LANGUAGES)
    assert engine.get_supported_entities() == ["PERSON", "LOCATION"] == list(CANDIDATE_LABELS)
    assert not NameTaggerNlpEngine().is_loaded()  # nothing loads before load()


def test_artifacts_hold_tokens_lemmas_and_candidates(engine):
    art = engine.process_text("Patient: Rose Carter, phone 415.", "en")
    assert isinstance(art, TaggedArtifacts) and isinstance(art, NlpArtifacts)
    assert [t.text for t in art.tokens] == ["Patient", ":", "Rose", "Carter", ",", "phone", "415", "."]
    assert art.lemmas == ["patient", ":", "rose", "carter", ",", "phone", "415", "."]
    assert art.tokens_indices == [0, 7, 9, 14, 20, 22, 28, 31]
    assert art.candidates == [(9, 20, "PERSON", 0.85)]
    assert [(s.text, s.label_) for s in art.entities] == [("Rose Carter", "PERSON")] and art.scores == [0.85]


def test_chinese_candidates_come_from_jieba_and_tokens_are_characters(engine):
    art = engine.process_text("请联系王建国经理", "zh")
    assert [t.text for t in art.tokens] == list("请联系王建国经理")
    assert art.candidates == [(3, 6, "PERSON", 0.85)]


def test_english_names_inside_chinese_text_and_places(engine):
    assert engine.candidates(["We met Dana in Oslo. 王建国说"], ["en"]) == [
        [(7, 11, "PERSON", 0.85), (15, 19, "LOCATION", 0.85), (21, 24, "PERSON", 0.6)]
    ]
    assert engine.candidates(["", "Write a haiku about autumn."], ["en", "other"]) == [[], []]


def test_batch_and_single_text_agree(engine):
    texts = ["Send it to Maria Garcia.", "请联系王建国经理", "nothing here"]
    langs = ["en", "zh", "en"]
    batch = engine.artifacts(texts, langs)
    for text, lang, art in zip(texts, langs, batch, strict=True):
        assert art.candidates == engine.process_text(text, lang).candidates
    pairs = list(engine.process_batch(texts[:1], "en"))
    assert [t for t, _ in pairs] == texts[:1] and pairs[0][1].candidates == batch[0].candidates


def test_other_languages_are_tokenized_as_english(engine):
    art = engine.artifacts(["Bonjour Marie"], ["fr"])[0]
    assert [t.text for t in art.tokens] == ["Bonjour", "Marie"] and art.tokens.lang_ == "en"


def test_taggers_off_gives_tokens_only():
    bare = NameTaggerNlpEngine(taggers=False)
    assert bare.use_ner is False
    art = bare.process_text("Patient: Rose Carter 请联系王建国经理", "en")
    assert art.candidates == [] and art.entities == [] and len(art.tokens) > 0


def test_stop_words_and_punctuation(engine):
    assert engine.is_stopword("the", "en") and not engine.is_stopword("Carter", "en")
    assert engine.is_punct(",", "en") and not engine.is_punct("a", "en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yueyi Tao\nGuest", "Yueyi Tao"),  # runs on into the next line
        ("Ada Lovelace reading", "Ada Lovelace"),  # a lower-case word after the name
        ("Daniel Anderson ext", "Daniel Anderson"),
        ("the Smiths,", "Smiths"),  # lower-case word before, punctuation after
        ("said Mary)", "Mary"),
        ("\nJohn Smith\n", "John Smith"),  # first line holding a capitalised word
        ("Leonardo da Vinci", "Leonardo da Vinci"),  # inner lower-case words stay
        ("王建国", "王建国"),  # CJK spans are kept as they are
        ("can mail", None),  # no capitalised word
        ("hello\nworld", None),
        ("(Bob Lee)", "Bob Lee"),
        ("“Ada Lovelace”", "Ada Lovelace"),  # curly quotes around the name
        ("[Mary", "Mary"),
        # round 15: a column gap (a tab, two or more spaces) ends a field like a line break
        ("Odile Marchetti    Ward no", "Odile Marchetti"),
        ("Kenji Mori\tDepartment", "Kenji Mori"),
        ("ward  Kenji Mori", "Kenji Mori"),  # the first field holding a capitalised word
        ("Anna Maria Costa  ", "Anna Maria Costa"),
        ("Kenji Mori Department", "Kenji Mori Department"),  # one space joins words of one field
    ],
)
def test_tidy_ner_span(text, expected):
    span = tidy_ner_span(text, 0, len(text))
    assert (text[span[0] : span[1]] if span else None) == expected


def test_tidy_ner_span_offsets_are_into_the_whole_text():
    text = "Guests: Yueyi Tao\nGuest list"
    assert tidy_ner_span(text, 8, 23) == (8, 17)
