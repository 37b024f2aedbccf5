"""Foreign Latin-script prose and leetspeak (``signals/foreign.py``)."""

from __future__ import annotations

import pytest

from pipeline.stages.clean.signals import foreign


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ini adalah jawaban yang baik untuk anda dan keluarga.", "Indonesian"),
        ("Bu soru için bir cevap ve bir örnek var.", "Turkish"),
        ("Das ist nicht die Antwort, die ich mit dir suche.", "German"),
        ("To jest dobre i nie wiem, czy to działa.", "Polish"),
        ("Tämä on hyvä ja se ei ole vaikea.", "Finnish"),
    ],
)
def test_prose_language_names_the_language(text, lang):
    assert foreign.prose_language(text) == lang


@pytest.mark.parametrize(
    "text",
    [
        "The answer is in the text and it is on the page.",  # English, shared short words
        "Los Angeles, Las Vegas, El Paso, La Jolla",  # a list of names
        "Bonjour",  # too short
        "I ate a croissant and said 'c'est la vie' to the waiter.",  # English with a quoted phrase
    ],
)
def test_prose_language_leaves_english_and_lists(text):
    assert foreign.prose_language(text) is None


def test_foreign_prose_exempts_named_languages_and_input():
    reply = "Es una buena pregunta y la respuesta depende de la luz."
    assert foreign.foreign_prose(reply, "Explain rainbows.") == "Spanish"
    assert foreign.foreign_prose(reply, "Answer in Spanish: explain rainbows.") is None
    assert (
        foreign.foreign_prose(reply, "Fix the typo.\nEs una buena pregunta.", "Es una buena pregunta y la luz.") is None
    )


def test_leetspeak_needs_decoded_function_words_and_no_request():
    leet = "7h3 c47 54t 0n 7h3 m47 4nd w3n7 70 5l33p"
    assert foreign.leetspeak(leet, "Describe a cat.")
    assert not foreign.leetspeak(leet, "Rewrite this in leet speak.")
    assert not foreign.leetspeak(leet, "Generate a random password list.")
    assert not foreign.leetspeak("Use 5G, 4K video, MP3 files and COVID-19 data in 2023.", "List tech terms.")
    assert not foreign.leetspeak("a3f9c2 b7d1e4 c0ffee 9e8d7c", "Give four hex codes.")


def test_foreign_prose_exempts_a_language_named_outside_the_list():
    reply = "Hili ni swali zuri na jibu ni kwa ajili yako."
    assert foreign.foreign_prose(reply, "Say something kind.") == "Swahili"
    assert foreign.foreign_prose(reply, "Say something kind in Swahili.") is None
    assert foreign.foreign_prose(reply, "Reply in the user's language.") is None
