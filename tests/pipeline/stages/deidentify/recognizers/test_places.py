"""Place-only NER windows: which places qualify, which windows are dropped, and that names survive."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.stages.deidentify.recognizers.person_en import (
    _CAP_WORD,
    _CAPS_WORD,
    NEVER_NAMES,
    WordClasses,
    _stop_words,
    candidate_windows,
)
from pipeline.stages.deidentify.recognizers.places import PLACE_RE, PLACES, plain_place_spans

NAME_LIKE_PLACES = [
    "Paris",
    "Sydney",
    "Denver",
    "London",
    "Berlin",
    "Georgia",
    "Jordan",
    "Austin",
    "Florence",
    "Chad",
    "India",
    "Israel",
    "Kenya",
    "Virginia",
    "Dallas",
    "Houston",
    "Phoenix",
    "Lincoln",
    "Washington",
    "Madison",
    "Charlotte",
    "Savannah",
    "Adelaide",
    "Alexandria",
    "Santiago",
    "Sofia",
    "Vienna",
    "Lima",
    "Milan",
    "Geneva",
    "Orlando",
    "Raleigh",
    "Memphis",
    "Brooklyn",
    "Chelsea",
    "Victoria",
    "Montana",
    "Nevada",
    "Tennessee",
    "Indiana",
    "Cleveland",
    "Richmond",
    "Columbus",
    "Hamilton",
    "Kingston",
    "Wellington",
    "Perth",
    "Lyon",
    "Valencia",
    "Cordoba",
    "Toledo",
    "Lagos",
    "Osaka",
    "Colombo",
    "Cuba",
    "Jamaica",
    "Arizona",
    "Verona",
    "Asia",
    "Ireland",
    "Wales",
    "Alberta",
    "Carolina",
    "Dakota",
    "Troy",
    "Regina",
    "Aurora",
]
"""Places that are also given names or surnames: they must keep opening NER windows."""


@pytest.fixture(scope="module")
def words():
    return _stop_words(), WordClasses()


def test_the_list_holds_no_name_like_place():
    assert not set(NAME_LIKE_PLACES) & PLACES


def test_every_listed_place_matches_as_a_whole_word():
    for place in PLACES:
        assert place[0].isupper() and place == place.strip()
        assert [m.group() for m in PLACE_RE.finditer(f"near {place}.")] == [place]
    assert PLACE_RE.search("near Oslofjord.") is None and PLACE_RE.search("near New Yorker") is None


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("A town near Oslo.", ["Oslo"]),
        ("In Canada, the team works hard.", ["Canada"]),
        ("We moved to New York last year.", ["New York"]),
        ("We visited Oslo.", []),  # no preposition
        ("The office near Oslo Bergen is big.", []),  # a capitalised word follows
        ("He went to Oslo's harbour.", []),
        ("The weather in Oslo is cold.", []),  # a verb typical after a name follows
        ("Dinner with Paris tonight.", []),  # not listed: also a given name
    ],
)
def test_plain_place_spans(text, places):
    assert [text[s:e] for s, e in plain_place_spans(text)] == places


@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        ("A calm river can shape the history of a town near Oslo.", True),
        ("In Canada, the team works hard.", True),
        ("Mark flew to Canada last week.", False),  # another capitalised word in the window
        ("Ask Will about the trip to Norway.", False),  # a stop word that is also a given name
        ("I met Sarah Smith in Tokyo.", False),
        ("The rivers near Oslo are cold, and a long text follows here with Sarah Johnson at the end.", False),
    ],
)
def test_place_only_windows_are_dropped(words, text, dropped):
    stop, classes = words
    full = candidate_windows(text, stop, words=classes)
    skipped = candidate_windows(text, stop, words=classes, skip_places=True)
    assert full
    assert (skipped == []) is dropped
    if not dropped:
        assert skipped == full


FRAGMENTS = [
    "near",
    "in",
    "In",
    "to",
    "the",
    "The",
    "team",
    "works",
    "said",
    "is",
    "Oslo",
    "Canada",
    "New York",
    "Paris",
    "Sarah",
    "Johnson",
    "Mark",
    "Will",
    "April",
    "However,",
    "Finally,",
    "IBM",
    "NASA",
    "research",
    "with",
    "a",
    "long",
    "sentence",
    "about",
    "rivers",
    ".",
    ",",
    "\n",
]
texts = st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=40).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_skipping_only_drops_whole_place_only_windows(words, text):
    """Every kept window is one of the full windows; a dropped one holds only places and stop words."""
    stop, classes = words
    full = candidate_windows(text, stop, words=classes)
    skipped = candidate_windows(text, stop, words=classes, skip_places=True)
    assert set(skipped) <= set(full)
    places = plain_place_spans(text)
    for a, b in set(full) - set(skipped):
        for m in (*_CAP_WORD.finditer(text, a, b), *_CAPS_WORD.finditer(text, a, b)):
            low = m.group().lower()
            inside = any(s <= m.start() and m.end() <= e for s, e in places)
            assert inside or (low in stop and low not in NEVER_NAMES and low not in {"will", "may"}), (text, m)


@pytest.fixture(scope="module")
def engines(full_analyzer, analyzer):
    """The analyzer with every NER window, and the stage's one under the bundled policy (place-only windows skipped)."""
    assert analyzer.nlp.skip_place_windows and not full_analyzer.nlp.skip_place_windows
    return full_analyzer, analyzer


@pytest.mark.parametrize(
    "text",
    [
        "Mark flew to Canada last week.",
        "Sarah Johnson lives in Canada.",
        "In Canada, Sarah met the team.",
        "The report from Oslo was sent to Maria Garcia yesterday.",
        "Please forward the file to John Smith in New York.",
        "我的同事Michael Jordan下周来上海。",
        "Dear Sydney Carter, the meeting in Canada is moved.",
        "The visa for Priya Patel to Japan was approved.",
    ],
)
def test_a_person_the_full_path_finds_is_still_found(engines, text):
    full, skip = engines
    lang = "zh" if any("\u4e00" <= c <= "\u9fff" for c in text) else "en"

    def persons(engine):
        return [(f.start, f.end, f.score) for f in engine.analyze([text], [lang])[0] if f.entity_type == "PERSON"]

    assert persons(full)
    assert persons(skip) == persons(full)


def test_locations_are_found_when_the_policy_acts_on_them(engines):
    full, skip = engines
    text = "We opened an office in Canada."
    assert [f.entity_type for f in full.analyze([text], ["en"])[0]] == ["LOCATION"]
    assert skip.analyze([text], ["en"])[0] == []
