# Copyright 2026 instructflow authors
# SPDX-License-Identifier: Apache-2.0
"""Round on heldout13 (issue #16): repetition and layout the prompt asks for, and what a scrape or a sampler leaves.

A word pyramid, nested calls and text wrapped at a width are kept when the prompt asks for them; a pager's prompt
or a tag left open at the end, counting on, a phrase nested in itself, @-mentions, a media player's text, a field
name and a site's maintenance or update notice are junk. The texts are written for these tests (not copied from
the labelled parts).
"""

from __future__ import annotations

import pytest

from .test_junk_shapes import KEPT, outcome

_WRAP_IN = "The ferry leaves at nine. Dogs ride free on the upper deck. Tea is sold near the stairs."

# (instruction, output, input)
NEGATIVES = [
    (
        'Stack the word "moo" as a pyramid: row k holds the word k times, separated by spaces, up to 6 times.',
        "\n".join(" ".join(["moo"] * k) for k in range(1, 7)),
        "",
    ),
    ("用“咚”摆一个金字塔：第k行写k遍，写到7遍为止，不加空格。", "\n".join("咚" * k for k in range(1, 8)), ""),
    ("用“嘿哟”摆一个金字塔：第k行写k遍，写到5遍为止。", "\n".join("嘿哟" * k for k in range(1, 6)), ""),
    ("Nest the function `cbrt` 6 times around `z`.", "cbrt(" * 6 + "z" + ")" * 6, ""),
    ("把函数 `tanh` 连续嵌套 5 次作用在 `q` 上，写出表达式。", "tanh(" * 5 + "q" + ")" * 5, ""),
    (
        "Wrap the text below at 30 columns, breaking only at spaces.",
        "The ferry leaves at nine. Dogs\nride free on the upper deck.\nTea is sold near the stairs.",
        _WRAP_IN,
    ),
    ("Count from 1 to 30, separated by spaces.", " ".join(str(k) for k in range(1, 31)), ""),
    ("Suggest a Twitter handle for a bakery called Crumbs.", "@CrumbsBakes", ""),
    ("Write the label a video player shows before it starts.", "0:00 / 3:45", ""),
    ("Write a banner telling users the site is down for maintenance.", "Down for maintenance. Back at 10:00.", ""),
    ("What is the opposite of input?", "Output.", ""),
]


@pytest.mark.parametrize(("instruction", "output", "input_"), NEGATIVES)
def test_round13_good_record_is_kept(instruction, output, input_):
    assert outcome(instruction, output, input_) == KEPT


_FACTS = "Otters sleep floating on their backs and hold paws so that they do not drift apart in the current"

# (instruction, output, input, reason): the same forms without a prompt asking for them
POSITIVES = [
    ("Tell me about otters.", _FACTS + ",\nand they keep a favourite stone\n--More--(42%)", "", "truncated_output"),
    ("介绍一下水獭。", "水獭常常仰面漂浮着睡觉，\n还会手拉着手\n--More--(30%)", "", "truncated_output"),
    ("Tell me about otters.", "<p>" + _FACTS + ".</p><p>They use stones as tools.</p><", "", "truncated_output"),
    ("Tell me about otters.", _FACTS + ". " + " ".join(str(k) for k in range(12, 60)), "", "repetition_loop"),
    ("介绍一下水獭。", "水獭是哺乳动物。\n" + "、".join(str(k) for k in range(1, 40)), "", "repetition_loop"),
    (
        "Tell me about otters.",
        "Otters hold paws while asleep (that is, " * 4 + "otters hold paws while asleep" + ")" * 4 + ".",
        "",
        "repetition_loop",
    ),
    (
        "介绍一下水獭。",
        "水獭睡觉时会手拉手（换句话说，" * 4 + "水獭睡觉时会手拉手" + "）" * 4 + "。",
        "",
        "repetition_loop",
    ),
    ("Tell me about otters.", "@helper-bot", "", "placeholder_output"),
    ("介绍一下水獭。", "@全体成员", "", "placeholder_output"),
    ("Tell me about otters.", "0:00 / 5:12", "", "placeholder_output"),
    ("介绍一下水獭。", "▶ 00:00 / 05:12  倍速  高清", "", "placeholder_output"),
    ("Tell me about otters.", "Your browser does not support the video tag.", "", "placeholder_output"),
    ("介绍一下水獭。", "视频加载失败，请刷新重试", "", "placeholder_output"),
    ("Tell me about otters.", "model_output", "", "placeholder_output"),
    ("介绍一下水獭。", "回答内容", "", "placeholder_output"),
    ("Tell me about otters.", "Down for maintenance. Please come back after 14:00.", "", "boilerplate_output"),
    (
        "Tell me about otters.",
        "Your app is out of date. Install version 3.4.1 or later to keep reading.",
        "",
        "boilerplate_output",
    ),
    ("介绍一下水獭。", "网站维护公告：本站今日02:00至04:00暂停访问。", "", "boilerplate_output"),
]


@pytest.mark.parametrize(("instruction", "output", "input_", "reason"), POSITIVES)
def test_round13_same_forms_unasked_are_caught(instruction, output, input_, reason):
    assert outcome(instruction, output, input_)[:2] == ("rejected", reason)


@pytest.mark.parametrize(
    ("instruction", "output", "reason"),
    [
        ("Tell me about otters.", "response", "placeholder_output"),
        ("Tell me about otters.", "nt in the rivers of Europe and Asia, otters hunt fish.", "truncated_output"),
    ],
)
def test_round13_borderline_forms_go_to_review(instruction, output, reason):
    assert outcome(instruction, output)[:2] == ("review", reason)


def test_round13_wrapped_text_unchanged_is_still_borderline():
    # the same lines as the input for a wrap task: nothing was wrapped
    got = outcome("Wrap the text below at 30 columns.", _WRAP_IN, _WRAP_IN)
    assert got[:2] == ("review", "echo_output")
