# Copyright 2026 instructflow authors
# SPDX-License-Identifier: Apache-2.0
"""Round on heldout11 (issue #16): what a tool or a stuck sampler leaves, and genres the prompt asks for.

An advert the prompt asks for (a sponsor read, a classified) is kept; an answer ending with a tool's truncation
marker or a client's stream error is cut; a loading placeholder, a record key or empty labels are no answer; a
punctuation mark run on after the text and one sentence said again and again are loops. The texts are written
for these tests (not copied from the labelled parts).
"""

from __future__ import annotations

import pytest

from .test_junk_shapes import KEPT, outcome

# (instruction, output, input)
NEGATIVES = [
    (
        "Draft a 20-second radio sponsor spot for Lumen Lamps; listeners get 15% off at lumen.example with code GLOW15.",
        "Today's show is sponsored by Lumen Lamps. Visit lumen.example and use code GLOW15 for 15% off your order.",
        "",
    ),
    (
        "Write a classified post selling my used road bike.",
        "Selling a 2019 road bike, 56 cm frame, new tyres. $450. Call (555) 201-3344 after 6 pm.",
        "",
    ),
    ("Fix the typo in: 'Sequnce: 2, 5, 8, ?'", "Sequence: 2, 5, 8, 11 (each term is 3 more than the last)", ""),
    ("What is the next number: 3, 6, 9, ?", "12 (each number is 3 more than the one before)", ""),
    (
        "Why did my upload to the old editor fail?",
        "The old editor returned a network error after about 30 seconds when the list was very large.",
        "",
    ),
    (
        "Write the log line a proxy prints when a response is cut.",
        "2024-05-01 12:00:03 WARN body [truncated 2048 bytes]",
        "",
    ),
    ("Draw a signature line for a contract.", "Signed on behalf of the Buyer: ______________________________", ""),
    ("Give the answer sheet headings for a physics test.", "Answer:\nWorking:\nMarks:", ""),
    ("Suggest 5 hashtags for a photo of a sunset.", "#sunset\n#goldenhour\n#skylovers\n#eveningsky\n#nofilter", ""),
    ("What status does the spinner show while a page loads?", "Loading…", ""),
    ("Generate a random order id.", "ord_5c2e91ab77", ""),
    (
        "Write a short chant for a football team.",
        "Go Rovers go! Go Rovers go! Go Rovers go! Go Rovers go! Go Rovers go!",
        "",
    ),
    (
        "Write the table of contents line for chapter one.",
        "Chapter 1: Beginnings ........................................ 1",
        "",
    ),
]


@pytest.mark.parametrize(("instruction", "output", "input_"), NEGATIVES)
def test_round11_good_record_is_kept(instruction, output, input_):
    assert outcome(instruction, output, input_) == KEPT


_FACTS = "Otters sleep floating on their backs and often hold paws so that they do not drift apart in the current"

# (instruction, output, input, reason): the same forms without a prompt asking for them
POSITIVES = [
    ("Tell me about otters.", _FACTS + " [... 1,204 characters not shown: omitted]", "", "truncated_output"),
    ("Tell me about otters.", _FACTS + " <output clipped, 87 lines hidden>", "", "truncated_output"),
    (
        "介绍一下水獭。",
        "水獭是半水生哺乳动物，常常仰面漂浮着睡觉，还会（此处因长度限制省略420字）",
        "",
        "truncated_output",
    ),
    ("Tell me about otters.", _FACTS + "\n\nConnection lost. Reconnecting…", "", "truncated_output"),
    ("介绍一下水獭。", "水獭是半水生哺乳动物，常常仰面漂浮着\n\n生成出错，请刷新页面后再试", "", "truncated_output"),
    ("Tell me about otters.", "Something went wrong while loading this reply.", "", "boilerplate_output"),
    ("Name three rivers in Africa.", "Fetching results, please wait", "", "placeholder_output"),
    ("列举三条非洲的河流。", "答案载入中，请稍等……", "", "placeholder_output"),
    ("Name three rivers in Africa.", "⌛…", "", "placeholder_output"),
    ("Name three rivers in Africa.", "resp_9be04c1d2f", "", "placeholder_output"),
    ("列举三条非洲的河流。", "记录编号：A-20931", "", "placeholder_output"),
    ("Summarise the causes of the First World War.", "Summary:\n\nCauses:\n\nConclusion:", "", "placeholder_output"),
    ("总结第一次世界大战的起因。", "【结论】\n【依据】", "", "placeholder_output"),
    ("Describe a rainbow.", "A rainbow is an arc of colours in the sky" + "-" * 45, "", "repetition_loop"),
    ("描述一下彩虹。", "彩虹是天空中出现的彩色圆弧。" + "～" * 50, "", "repetition_loop"),
    (
        "Give me tips for studying.",
        "Sleep well before exams. That matters a lot. Review notes daily. That matters a lot. That matters a lot. "
        "That matters a lot. That matters a lot.",
        "",
        "repetition_loop",
    ),
    (
        "给我一些学习建议。",
        "考前要睡好。务必牢记于心。每天复习笔记。务必牢记于心。务必牢记于心。务必牢记于心。务必牢记于心。",
        "",
        "repetition_loop",
    ),
]


@pytest.mark.parametrize(("instruction", "output", "input_", "reason"), POSITIVES)
def test_round11_same_forms_unasked_are_caught(instruction, output, input_, reason):
    assert outcome(instruction, output, input_)[:2] == ("rejected", reason)


def test_bold_words_alone_are_borderline_labels():
    got = outcome("Name two planets.", "**Mercury**\n**Venus**")
    assert got[:2] == ("review", "placeholder_output")
