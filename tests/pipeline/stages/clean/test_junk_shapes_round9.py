"""Round on heldout9 (issue #16): good answers of a junk look kept, and the junk of the same form caught.

Explanations of mojibake that quote it, Lorem ipsum asked for, URL slugs; the texts are written for these
tests (not copied from the labelled parts).
"""

from __future__ import annotations

import pytest

from pipeline.stages.clean.signals import damage, foreign, standins

from .test_junk_shapes import KEPT, outcome

_LOREM = (
    "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et "
    "dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris."
)
_GARBLED = "å¤§å®¶å¥½ï¼Œæ¬¢è¿Žæ�¥åˆ°è¿™é‡Œ"
_EXPLAINED = f"这段文字按 UTF-8 保存，却按 Windows-1252 打开，于是显示成“{_GARBLED}”。改用 UTF-8 打开即可。"
_SLUGS = "best-hiking-boots-for-this\nwhy-cats-purr-and-how\nhow-to-fix-a-flat-on-a"

# (instruction, output, input)
NEGATIVES = [
    ("Give me 30 words of Lorem ipsum.", _LOREM, ""),
    ("请给我一段 Lorem ipsum 占位文字。", _LOREM, ""),
    ("I need some dummy text for a poster mock-up.", _LOREM, ""),
    (f"网页上显示成“{_GARBLED}”，怎么回事？", _EXPLAINED, ""),
    ("这段乱码是怎么产生的？", _EXPLAINED, ""),
    (
        "Why does my file show garbled characters?",
        f"It was saved as UTF-8 but opened as Windows-1252, so it shows “{_GARBLED}”. Reopen it as UTF-8.",
        "",
    ),
    ("Make URL slugs for these titles.", _SLUGS, "Best hiking boots for this\nWhy cats purr and how\nFix a flat"),
]


@pytest.mark.parametrize(("instruction", "output", "input_"), NEGATIVES)
def test_round9_good_record_is_kept(instruction, output, input_):
    assert outcome(instruction, output, input_) == KEPT


# (instruction, output, (outcome, reason)): the same forms without a prompt asking for them
POSITIVES = [
    ("为什么天空是蓝色的？", _LOREM, ("rejected", "placeholder_output")),
    ("为什么天空是蓝色的？", _EXPLAINED, ("rejected", "mojibake")),
    (
        "Why is the sky blue?",
        "Sunlight is scattered by the molecules of the air, and blue light is scattered more than the",
        ("rejected", "truncated_output"),
    ),
]


@pytest.mark.parametrize(("instruction", "output", "expected"), POSITIVES)
def test_round9_same_forms_unasked_are_caught(instruction, output, expected):
    assert outcome(instruction, output)[:2] == expected


def test_round9_mojibake_exemptions_need_the_prompt():
    assert damage.mojibake(_EXPLAINED) == "mojibake"
    assert damage.mojibake(_EXPLAINED, prompt="为什么天空是蓝色的？") == "mojibake"
    assert damage.mojibake(_EXPLAINED, prompt=f"这是什么：{_GARBLED}") is None
    assert damage.mojibake(_EXPLAINED, prompt="Explain this garbled text") is None


def test_round9_placeholder_text_asked_for():
    assert foreign.PLACEHOLDER_TEXT.search("Lorem ipsum, please")
    assert foreign.PLACEHOLDER_TEXT.search("生成一段假文")
    assert not foreign.PLACEHOLDER_TEXT.search("Write a text about the sea")
    assert foreign.foreign_prose(_LOREM, "为什么天空是蓝色的？") is not None
    assert foreign.foreign_prose(_LOREM, "Give me lorem ipsum") is None


def test_round9_slug_line_is_no_cut_but_a_sentence_is():
    assert damage.truncation("Some text here.\nhow-to-fix-a-flat-on-a") != "truncated"
    assert damage.truncation("Some text here, and then we went on to see the") == "truncated"


# --- stand-ins for an answer (signals/standins.py) -------------------------------------------------------------

_TITLES = "The river rose in the night. By morning the bridge was gone. The village waited for the boats."

# (instruction, output, input, (outcome, reason))
STANDIN_POSITIVES = [
    ("Why do leaves change colour in autumn?", "Dunno!", "", ("rejected", "placeholder_output")),
    ("为什么秋天树叶会变色？", "这个我也不太懂", "", ("rejected", "placeholder_output")),
    ("Why do leaves change colour in autumn?", "Same as above.", "", ("rejected", "placeholder_output")),
    (
        "Prove that the sum of two even numbers is even.",
        "Proof omitted for brevity.",
        "",
        ("rejected", "placeholder_output"),
    ),
    ("证明两个偶数之和是偶数。", "证明过程从略。", "", ("rejected", "placeholder_output")),
    ("Why do leaves change colour in autumn?", _LOREM, "", ("rejected", "placeholder_output")),
    (
        "Why do leaves change colour in autumn?",
        "Hello all, Why do leaves change colour in autumn? Any help appreciated, thanks!",
        "",
        ("rejected", "echo_output"),
    ),
    ("为什么秋天树叶会变色？", "请问大家，为什么秋天树叶会变色？在线等，急！", "", ("rejected", "echo_output")),
    (
        "Summarize the story in one sentence.",
        "- " + _TITLES.replace(". ", ".\n- "),
        _TITLES,
        ("rejected", "echo_output"),
    ),
    (
        "Why do leaves change colour in autumn?",
        "Chlorophyll breaks down.\n★★★★★ Fast shipping, great seller!\n★★★★★ Would buy again, A+++",
        "",
        ("rejected", "spam_output"),
    ),
    (
        "Why do leaves change colour in autumn?",
        "Chlorophyll breaks down. Roof repairs today! Ring 0700 900 4411 / O7OO 9OO 4411 / 07009004411",
        "",
        ("rejected", "spam_output"),
    ),
    (
        "Why do leaves change colour in autumn?",
        "Chlorophyll breaks down in autumn. buy leaves online The green fades. leaves near me Other pigments "
        "show. cheap leaves",
        "",
        ("rejected", "spam_output"),
    ),
    (
        "为什么秋天树叶会变色？",
        "[size=3][color=Blue]叶绿素在秋天分解，其他色素显现出来。[/color][/size]\n[attach]12345[/attach]",
        "",
        ("rejected", "markup_output"),
    ),
    (
        "Why do leaves change colour in autumn?",
        "Permission is hereby granted, free of charge, to any person obtaining a copy of this software, to deal "
        'in the Software without restriction. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.',
        "",
        ("rejected", "boilerplate_output"),
    ),
]


@pytest.mark.parametrize(("instruction", "output", "input_", "expected"), STANDIN_POSITIVES)
def test_round9_standins_are_caught(instruction, output, input_, expected):
    assert outcome(instruction, output, input_)[:2] == expected


# (instruction, output, input): the same forms asked for, or an answer after all
STANDIN_NEGATIVES = [
    ("How do you say 'I don't know' casually in English?", "Dunno!", ""),
    ("Translate 不知道 into English.", "I don't know.", ""),
    ("What does 'as above' mean in a letter?", "As above.", ""),
    (
        "Why do leaves change colour in autumn?",
        "Why do leaves change colour in autumn? Because the green chlorophyll breaks down and other pigments show.",
        "",
    ),
    ("Write a polite forum question asking how to bake bread.", "Hi all, how do I bake bread? Thanks!", ""),
    (
        "Split the paragraph into one sentence per line as a bulleted list.",
        "- " + _TITLES.replace(". ", ".\n- "),
        _TITLES,
    ),
    (
        "Write three short five-star shop reviews for a kettle.",
        "★★★★★ Boils fast, fast shipping!\n★★★★★ Would buy again.\n★★★★★ Looks great.",
        "",
    ),
    ("List our two support lines.", "Support: 0700 900 4411\nSales: 0700 900 4412", ""),
    (
        "Give SEO keywords for a shoe shop.",
        "buy shoes online, shoes near me, cheap shoes, best shoes 2024, top shoes deals, shoes sale",
        "",
    ),
    ("Convert this to BBCode: bold red 'Hi'.", "[b][color=red]Hi[/color][/b]", ""),
    ("Write an MIT licence notice for my project.", "Permission is hereby granted, free of charge, to any person.", ""),
]


@pytest.mark.parametrize(("instruction", "output", "input_"), STANDIN_NEGATIVES)
def test_round9_standin_forms_asked_for_are_kept(instruction, output, input_):
    assert outcome(instruction, output, input_)[0] != "rejected"


def test_round9_standin_finders_directly():
    assert standins.ignorance_or_deferral("idk", "Why is the sky blue?") == "unknown"
    assert standins.ignorance_or_deferral("见上题。", "为什么天空是蓝色的？") == "deferred"
    assert standins.ignorance_or_deferral("Paris", "Capital of France?") is None
    assert standins.phone_variants("Call 0800 555 0182 or O8OO 555 O182")
    assert not standins.phone_variants("Call 0800 555 0182 or 0800 555 0183")
    assert standins.seo_stuffing("区块链哪家好，区块链多少钱，区块链排行榜2022", "介绍区块链")
    assert not standins.seo_stuffing("In 2019 and in 2020 and in 2021 it rained.", "Tell me about rain")
    assert standins.bulleted_input("- A b c d.\n- E f g h.", "Summarize", "A b c d. E f g h.")
    assert not standins.bulleted_input("- A b c d.\n- Shorter.", "Summarize", "A b c d. E f g h.")
    assert standins.plea_echo("Quick question: Name a planet. Thanks!!", "Name a planet.")
    assert not standins.plea_echo("Name a planet. Mars is a planet, thanks for asking.", "Name a planet.")
