"""Prose cues: names a sentence treats as a person addressed, introduced, acting or owning."""

from __future__ import annotations

import pytest

from pipeline.stages.deidentify.recognizers.names import NEUTRAL, PRIVATE, PersonRecognizer
from pipeline.stages.deidentify.recognizers.prose import (
    IN_PROSE,
    full_names,
    level_around,
    prose_names,
)

THRESHOLD = 0.6
"""The bundled policy's PERSON threshold."""


def _find(text: str) -> list[tuple[str, float]]:
    return [(text[r.start : r.end], r.score) for r in PersonRecognizer(supported_language="en").find(text)]


def test_in_prose_is_transformed_but_does_not_make_a_record_private() -> None:
    assert THRESHOLD <= IN_PROSE < 0.7 < PRIVATE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Leif, can I please speak to your boss?", [("Leif", IN_PROSE)]),
        ("Nicole: Remember me, Mary? When I left", [("Nicole", 0.55), ("Mary", IN_PROSE)]),
        ("follow up with patricia desrosiers in a couple of months.", [("patricia desrosiers", IN_PROSE)]),
        ("I'm Naomi Ryan, originally from Leeds.", [("Naomi Ryan", PRIVATE)]),
        ("It's under my partner's name Nicole Mahler", [("Nicole Mahler", PRIVATE)]),
        ("What's your name? Sölvi Salómonsson", [("Sölvi Salómonsson", PRIVATE)]),
        ("a year as the assistant to Alvir D. Pušaver, and", [("Alvir D. Pušaver", IN_PROSE)]),
        ("Wisława Szczepańska's killers sentenced to life", [("Wisława Szczepańska", IN_PROSE)]),
        ('Marie Langrová, the Packager, said: "no"', [("Marie Langrová", IN_PROSE)]),
        ("Julieta S Almeida\n\nStaff development specialist", [("Julieta S Almeida", NEUTRAL)]),
    ],
)
def test_prose_cues_find_the_name(text: str, expected: list[tuple[str, float]]) -> None:
    assert _find(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Finally, you can add salt.",
        "Yes, I can help with that.",
        "Name three fruits.",
        "Talk to your doctor about it.",
        "I'm Very Happy today.",
        "I read The Great Gatsby's ending.",
        "New York's mayor spoke. Microsoft Excel's menu opened.",
        "Albert Einstein's theory of relativity",  # a public figure
        "Customer Service\nKind Regards",
        "Write a story about a girl named Mary.",
        "His name was John Smith",  # how stories name characters: neutral only
        "When Annabelle’s parents die after an accident",
        "The Netherland's Dark Void of Sorcery",
        "President Biden recently met with German Chancellor Angela Merkel to discuss",
    ],
)
def test_prose_negatives_stay_under_the_threshold(text: str) -> None:
    assert [f for f in _find(text) if f[1] >= THRESHOLD] == []


def test_one_given_name_in_prose_is_not_enough() -> None:
    assert level_around("Why is Katrine so impulsive?", 7, 14) is None
    assert level_around("Katrine's bike", 0, 7) is None  # one word: stories use given names
    assert level_around("Katrine Lund's bike", 0, 12) == IN_PROSE


def test_lower_case_words_must_read_as_a_name() -> None:
    assert _find("follow up with the team in a week") == []


def test_prose_names_levels() -> None:
    text = "I'm Ann Lee. Bo, can you call? talk to Cy Ray"
    got = [(text[s:e], level) for s, e, level in prose_names(text, PRIVATE)]
    assert got == [("Cy Ray", IN_PROSE), ("Ann Lee", PRIVATE), ("Bo", IN_PROSE)]


def test_full_names_forms() -> None:
    text = "Ann Lee's car\nBo Ray\nasked Cy Day"
    got = [(text[s:e], level) for s, e, level in full_names(text, NEUTRAL)]
    assert got == [("Ann Lee", IN_PROSE), ("Cy Day", IN_PROSE), ("Bo Ray", NEUTRAL)]
