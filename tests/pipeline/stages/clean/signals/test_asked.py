"""Tests for pipeline/stages/clean/signals/asked.py: what a prompt asks for, shared by the rules."""

from __future__ import annotations

import pytest

from pipeline.stages.clean.signals.asked import asks_odd_words, asks_styled_letters, asks_symbols


@pytest.mark.parametrize(
    ("prompt", "symbols", "styled", "odd"),
    [
        ("Write 'hi' in circled letters.", True, True, False),
        ("Write 'hi' with a strike-through effect.", True, True, False),
        ("Write 'boo' as zalgo text.", True, True, False),
        ("Write 'sale' in small capitals.", True, True, False),
        ("把“sale”写成圆圈字母。", True, True, False),
        ("Draw a cat in ASCII art.", True, False, False),
        ("Give me a touch-typing drill for the home row.", False, False, True),
        ("出一组键盘指法练习。", False, False, True),
        ("Generate a random password.", False, False, True),
        ("Give the IPA for 'cat'.", False, True, False),
        ("Rewrite this in a formal style.", False, True, False),  # style: letters may be styled, symbols not asked
        ("List three text faces that look surprised.", True, False, False),
        ("给我几个表示惊讶的颜文字。", True, False, False),
        ("What does git write into notes.md when a pull hits a conflict?", True, False, False),
        ("Show the unified diff between the two versions.", True, False, False),
        ("Fix the indentation in deploy.yaml.", True, False, False),
        ("把 settings.toml 里的端口改成 8080。", True, False, False),
        ("Merge these two sentences into one.", False, False, False),  # merging prose is no file format
        ("Describe a sunset.", False, False, False),
        ("写一首关于秋天的诗。", False, False, False),
    ],
)
def test_requests(prompt, symbols, styled, odd):
    assert (asks_symbols(prompt), asks_styled_letters(prompt), asks_odd_words(prompt)) == (symbols, styled, odd)


@pytest.mark.parametrize(
    ("prompt", "notation"),
    [
        ("Convert 755 to the symbolic form.", True),
        ("Show the ls -l string for mode 640.", True),
        ("Write the move in algebraic notation.", True),
        ("把权限 644 写成字母形式。", True),
        ("用简谱记法写出这段旋律。", True),
        ("Write the A minor scale descending, one octave.", True),  # round on heldout15: note names
        ("写出D大调音阶（上行）。", True),
        ("Rate the film on a scale of 1 to 10.", False),
        ("Explain what a major key change does to a song's mood in one sentence.", False),
        ("Describe a rainy day.", False),
        ("写一首关于秋天的诗。", False),
    ],
)
def test_asks_notation(prompt, notation):
    from pipeline.stages.clean.signals.asked import asks_notation

    assert asks_notation(prompt) is notation


# --- round on heldout14: keys to press --------------------------------------------------------------------------

from pipeline.stages.clean.signals.asked import asks_keys  # noqa: E402


@pytest.mark.parametrize(
    ("prompt", "asked"),
    [
        ("Which keys make the letter d in six-key braille entry?", True),
        ("What is the keyboard shortcut for undo?", True),
        ("保存文件的快捷键是什么？", True),
        ("输入这个字母要同时按哪些键？", True),
        ("How do I play an E chord on a guitar?", False),
        ("What are the key findings of the report?", False),
    ],
)
def test_asks_keys(prompt, asked):
    assert bool(asks_keys(prompt)) is asked


def test_keys_do_not_license_odd_words():
    # only the mash rule consults asks_keys: a prompt about a key press does not license foreign prose
    assert not asks_odd_words("什么是Key Pressed？")
