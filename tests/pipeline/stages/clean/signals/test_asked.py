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
        ("Describe a rainy day.", False),
        ("写一首关于秋天的诗。", False),
    ],
)
def test_asks_notation(prompt, notation):
    from pipeline.stages.clean.signals.asked import asks_notation

    assert asks_notation(prompt) is notation
