"""Round on heldout9 (issue #16): good answers of a junk look kept, and the junk of the same form caught.

Explanations of mojibake that quote it, Lorem ipsum asked for, URL slugs; the texts are written for these
tests (not copied from the labelled parts).
"""

from __future__ import annotations

import pytest

from pipeline.stages.clean.signals import damage, foreign

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
    ("为什么天空是蓝色的？", _LOREM, ("rejected", "lang_mismatch")),
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
