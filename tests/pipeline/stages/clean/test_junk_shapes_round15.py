# Copyright 2026 instructflow authors
# SPDX-License-Identifier: Apache-2.0
"""Round on heldout15: answers the prompt asks for are no junk; loops, damage and notices by their general form.

Note names of a scale, a status line of a protocol the prompt names and an encoded domain are kept; a line quoted
one level deeper each time and lines that each repeat the end of the line before (roll-up captions) are loops.
The texts are written for these tests (not copied from the labelled parts).
"""

from __future__ import annotations

import pytest

from .test_junk_shapes import KEPT, outcome

# (instruction, output, input)
ASKED = [
    ("Write the E major scale ascending, notes separated by spaces.", "E F♯ G♯ A B C♯ D♯ E", ""),
    ("写出F小调音阶（下行，一个八度），音名之间用空格隔开。", "F E♭ D♭ C B♭ A♭ G F", ""),
    ("HTTP状态码408的标准原因短语是什么？只回答短语。", "Request Timeout", ""),
    ("HTTP状态码503的原因短语是什么？", "Service Unavailable", ""),
    ("把域名“书店.cn”转换成punycode形式。", "xn--1jqq80b.cn", ""),
    (
        "Quote this message for a reply: put '> ' before every line.",
        "> Thanks for the notes.\n> Can we talk on Friday?\n> The room is booked.",
        "Thanks for the notes.\nCan we talk on Friday?\nThe room is booked.",
    ),
]


@pytest.mark.parametrize(("instruction", "output", "input_"), ASKED)
def test_round15_asked_form_is_kept(instruction, output, input_):
    assert outcome(instruction, output, input_) == KEPT


_LINE = "Otters sleep floating on their backs and hold paws."
_ROLLUP = (
    "Otters sleep floating\nOtters sleep floating on their backs\non their backs and hold paws\n"
    "and hold paws so they do\nso they do not drift apart."
)
_ROLLUP_ZH = "水獭常常仰面\n水獭常常仰面漂浮着睡觉\n漂浮着睡觉，还会手拉着\n还会手拉着手以免被冲散。"

# (instruction, output, input, reason): the same forms without a prompt asking for them, and loops by form
CAUGHT = [
    ("Tell me about otters.", "E D♯ C♯ B A G♯ F♯ E", "", "keyboard_mash"),
    ("介绍一下水獭。", "Service Unavailable", "", "boilerplate_output"),
    ("介绍一下水獭。", "加我 qq82736451 领取资料，点击链接 www.xx-study.cn", "", "spam_output"),
    ("Tell me about otters.", "\n".join("> " * k + _LINE for k in range(5)), "", "repetition_loop"),
    ("介绍一下水獭。", "\n".join("> " * k + "水獭常常仰面漂浮着睡觉。" for k in range(4)), "", "repetition_loop"),
    ("Tell me about otters.", _ROLLUP, "", "repetition_loop"),
    ("介绍一下水獭。", _ROLLUP_ZH, "", "repetition_loop"),
]


@pytest.mark.parametrize(("instruction", "output", "input_", "reason"), CAUGHT)
def test_round15_junk_forms_are_caught(instruction, output, input_, reason):
    assert outcome(instruction, output, input_)[:2] == ("rejected", reason)


def test_round15_overlapping_lines_asked_for_are_kept():
    assert outcome("Show the sentence as sliding windows, one per line.", _ROLLUP) == KEPT
