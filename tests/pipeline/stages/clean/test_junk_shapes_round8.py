"""Round on heldout8 (issue #16): answers whose form says the answer is absent, through the whole stage.

Ellipsis and omission cuts, empty labels, signatures, chat fillers, auto-replies, bot walls, planning
talk, quoted prompts, random strings, metadata lines, JSON Lines, promotions inside the answer and short
prose in an unnamed language; and good answers of the same look that stay kept. The texts are written for
these tests (not copied from the labelled parts).
"""

from __future__ import annotations

import json

import pytest

from .test_junk_shapes import KEPT, outcome

_CUT = (
    "Bees pollinate most flowering crops. Without them, yields of apples, almonds and many other crops would "
    "fall sharply, because the"
)

# (instruction, output, input, (outcome, reason))
POSITIVES = [
    ("Why are bees important?", _CUT + " [...]", "", ("rejected", "truncated_output")),
    ("Why are bees important?", _CUT[:-9] + " growers…", "", ("review", "truncated_output")),
    ("Why are bees important?", "Solution:", "", ("rejected", "placeholder_output")),
    ("Why are bees important?", "--\nSent from my phone", "", ("rejected", "placeholder_output")),
    ("为什么蜜蜂很重要？", "发自我的小米手机", "", ("rejected", "placeholder_output")),
    ("Why are bees important?", "hey!!", "", ("rejected", "placeholder_output")),
    ("为什么蜜蜂很重要？", "呵呵", "", ("rejected", "placeholder_output")),
    ("Why are bees important?", "9", "", ("review", "placeholder_output")),
    (
        "Why are bees important?",
        "Auto-reply: I am out of the office this week. Your message will be answered when I am back.",
        "",
        ("rejected", "boilerplate_output"),
    ),
    ("为什么蜜蜂很重要？", "请完成安全验证：拖动滑块到最右边。", "", ("rejected", "boilerplate_output")),
    (
        "Why are bees important?",
        "Okay. The user wants something on pollinators. I will list the key facts, then I should tidy my answer.",
        "",
        ("rejected", "boilerplate_output"),
    ),
    (
        "Why are bees important to farmers?",
        "Ana wrote:\n> Why are bees important to farmers?",
        "",
        ("rejected", "echo_output"),
    ),
    (
        "Why are bees important to farmers?",
        "lookup: Why are bees important to farmers?\n0 results (index=kb)",
        "",
        ("rejected", "echo_output"),
    ),
    ("Why are bees important?", "Rt7q mZ4k Qw2e Hx8v kLpT", "", ("rejected", "keyboard_mash")),
    (
        "Why are bees important?",
        "<ctx>\n#1 src=kb/bees.txt part=2 rel=0.88\nBees pollinate crops.\n#2 src=kb/misc.txt part=7 rel=0.31\n</ctx>",
        "",
        ("rejected", "markup_output"),
    ),
    (
        "Why are bees important?",
        "\n".join(json.dumps({"hive": 3, "t": 1700000000 + 60 * i, "kg": 41.5 + i}) for i in range(4)),
        "",
        ("rejected", "markup_output"),
    ),
    (
        "Why are bees important?",
        "Bees pollinate crops.\nGet HiveTracker free: download the app today and use code HIVE2026\nHoney is a bonus.",
        "",
        ("rejected", "spam_output"),
    ),
    (
        "Why are bees important?",
        "Saluton amiko. Hodiaux ni lernos pri abeloj kaj mielo hejme.",
        "",
        ("rejected", "lang_mismatch"),
    ),
]


@pytest.mark.parametrize(("instruction", "output", "input_", "expected"), POSITIVES)
def test_round8_junk_is_caught(instruction, output, input_, expected):
    assert outcome(instruction, output, input_)[:2] == expected


# (instruction, output, input)
NEGATIVES = [
    ("Write the first line of a mystery novel that ends in suspense.", "The door creaked open, and then…", ""),
    ("List the phrases used to begin a persuasive essay.", "- It is clear that...\n- No one denies that...", ""),
    ("Write a heading for the ingredients list.", "Ingredients:", ""),
    ("Write an e-mail sign-off for a colleague.", "Best regards,\nSam", ""),
    ("Translate 'Hola' into English.", "Hello", ""),
    ("Write a greeting for a chat bot.", "Hi!", ""),
    ("How many legs does a spider have?", "8", ""),
    (
        "Write an out-of-office reply for my holiday.",
        "I am out of the office until 3 June. For urgent matters, please contact Kim.",
        "",
    ),
    (
        "Explain what a captcha is.",
        "A captcha is a test that tells humans and bots apart, such as typing the characters you see.",
        "",
    ),
    (
        "How would you plan an answer to a hard question?",
        "I would first restate the question. Then I will list what I know.",
        "",
    ),
    ("Write a config file for the logger.", "level=info format=json\nfile=app.log rotate=daily\nsize=10MB keep=5", ""),
    ("Convert the table to JSON Lines.", '{"a": 1}\n{"a": 2}', "a\n1\n2"),
    ("Quote the instruction back to me in e-mail style.", "> Why are bees important?", ""),
]


@pytest.mark.parametrize(("instruction", "output", "input_"), NEGATIVES)
def test_round8_good_record_is_kept(instruction, output, input_):
    assert outcome(instruction, output, input_) == KEPT


@pytest.mark.parametrize(
    ("instruction", "output"),
    [
        ("Generate five strong random passwords", "qR7t Zk2m Hw9x pLmQ 4bTz"),
        ("Name five tech brands", "MacBook iPhone YouTube LinkedIn PowerPoint"),
        ("Name five space agencies", "NASA ESA JAXA CNSA ISRO"),
    ],
)
def test_round8_strings_asked_or_words_are_no_random_strings(instruction, output):
    # (a list without end punctuation may be held for review as a cut; it is never rejected as mash)
    assert outcome(instruction, output)[0] != "rejected"


def test_round8_list_stopping_before_its_announced_count():
    cut = "Here are seven ways to save water:\n1. Fix leaks.\n2. Take shorter showers.\n3. Water plants at dawn."
    assert outcome("How can I save water?", cut)[:2] == ("rejected", "truncated_output")
    whole = "Here are three ways to save water:\n1. Fix leaks.\n2. Take shorter showers.\n3. Water plants at dawn."
    assert outcome("How can I save water?", whole) == KEPT


@pytest.mark.parametrize(
    ("output", "reason"),
    [
        ("Answer: N/A", "placeholder_output"),
        ("Coming soon!", "placeholder_output"),
        ("See the attached file.", "placeholder_output"),
        ("敬请期待", "placeholder_output"),
        ("© 2022 Fjord Media. All rights reserved.", "boilerplate_output"),
        ("Thanks for your question! Our team will get back to you within two business days.", "boilerplate_output"),
        ("Bees matter.\n\n## Why bees matter\n\nThey pollinate.\n\n## What we can do", "truncated_output"),
    ],
)
def test_round8_missing_answers_legal_lines_and_bare_headings(output, reason):
    assert outcome("Why are bees important?", output)[:2] == ("rejected", reason)


@pytest.mark.parametrize(
    ("output", "expected"),
    [
        (
            "Bees pollinate most crops, and without them many harvests would… [Show more]",
            ("rejected", "truncated_output"),
        ),
        ("Bees pollinate most crops, so farmers across the world depend on polli-", ("rejected", "truncated_output")),
        ("- Bees pollinate crops.", ("review", "truncated_output")),
        ("Great question!", ("rejected", "placeholder_output")),
    ],
)
def test_round8_more_markers_broken_words_short_lists_and_praise(output, expected):
    assert outcome("Give five reasons why bees are important.", output)[:2] == expected
