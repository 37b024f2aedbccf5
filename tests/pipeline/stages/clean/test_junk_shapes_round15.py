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
        "Give the first 9 words of the text and then [&hellip;], as a blog excerpt.",
        "Otters sleep floating on their backs and hold paws so [&hellip;]",
        "Otters sleep floating on their backs and hold paws so that they do not drift apart.",
    ),
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

_QUOTED = "Otters hold paws \u2014 it\u2019s how they stay together \u201cin the current\u201d while asleep."


def _uu(text: str) -> str:
    import binascii

    data = text.encode("utf-8")
    body = "".join(binascii.b2a_uu(data[i : i + 45], backtick=True).decode() for i in range(0, len(data), 45))
    return f"begin 644 answer.txt\n{body}`\nend"


# (instruction, output, input, reason): the same forms without a prompt asking for them, and loops by form
CAUGHT = [
    ("Tell me about otters.", _QUOTED.encode("utf-8").decode("ptcp154"), "", "mojibake"),
    ("Tell me about otters.", _QUOTED.encode("utf-8").decode("cp720", errors="replace"), "", "mojibake"),
    ("Tell me about otters.", _uu(_QUOTED), "", "mojibake"),
    ("介绍一下水獭。", _uu("水獭常常仰面漂浮着睡觉，还会手拉着手以免被水冲散。"), "", "mojibake"),
    ("Tell me about otters.", "E D♯ C♯ B A G♯ F♯ E", "", "keyboard_mash"),
    ("介绍一下水獭。", "Service Unavailable", "", "boilerplate_output"),
    ("介绍一下水獭。", "加我 qq82736451 领取资料，点击链接 www.xx-study.cn", "", "spam_output"),
    ("Tell me about otters.", "\n".join("> " * k + _LINE for k in range(5)), "", "repetition_loop"),
    ("介绍一下水獭。", "\n".join("> " * k + "水獭常常仰面漂浮着睡觉。" for k in range(4)), "", "repetition_loop"),
    ("Tell me about otters.", _ROLLUP, "", "repetition_loop"),
    (
        "Tell me about otters.",
        "Otters sleep floating on their backs and hold paws so that they [&hellip;]",
        "",
        "truncated_output",
    ),
    (
        "介绍一下水獭。",
        "水獭常常仰面漂浮着睡觉，还会手拉着手以免被水冲散，这样它们醒来时仍在一起，[&hellip;]",
        "",
        "truncated_output",
    ),
    ("介绍一下水獭。", _ROLLUP_ZH, "", "repetition_loop"),
]


@pytest.mark.parametrize(("instruction", "output", "input_", "reason"), CAUGHT)
def test_round15_junk_forms_are_caught(instruction, output, input_, reason):
    assert outcome(instruction, output, input_)[:2] == ("rejected", reason)


def test_round15_encoded_text_asked_for_is_kept():
    assert outcome("Uuencode this line as an attachment body.", _uu(_QUOTED), _QUOTED) == KEPT


def test_round15_overlapping_lines_asked_for_are_kept():
    assert outcome("Show the sentence as sliding windows, one per line.", _ROLLUP) == KEPT
