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
    (
        "Write a resume header for Jane Roe.",
        "Jane Roe\nEmail: jane.roe@example.org\nPhone: (555) 301-7720\nObjective: a junior analyst role.",
        "",
    ),
    ("How should I end an essay?", "Finish with a sentence that restates your thesis in new words.", ""),
    ("At what age can people vote in Brazil?", "Voting is optional at 16 and 17 and mandatory over 18.", ""),
    ("Where does a browser keep cookies?", "Cookies are saved in a small file in the browser's profile folder.", ""),
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


POSITIVES += [
    (
        "What is the boiling point of water?",
        "Water boils at 100 °C at sea level.\n\nLaptop won't start? Ring FixIt Pros on 0800 555 0199, technicians "
        "on call 24/7.",
        "",
        "spam_output",
    ),
    (
        "水的沸点是多少？",
        "海平面上水的沸点是100摄氏度。\n\n空调不制冷？专业师傅上门维修，拨打 400-555-0166，随叫随到。",
        "",
        "spam_output",
    ),
    (
        "Name a primary colour.",
        "Red.\n\nToday's episode is sponsored by Quillo pens: get 30% off at quillo.example with code INK30.",
        "",
        "spam_output",
    ),
    (
        "说出一种三原色。",
        "红色。\n\n本视频由「云朵枕」冠名赞助，新用户下单立享八折，详情见 yunduo.example.cn。",
        "",
        "spam_output",
    ),
    (
        "Why do we have seasons?",
        "Seasons come from the tilt of the Earth's axis. In conclusion, the tilt makes the seasons. To sum up, the "
        "tilt makes the seasons. In the end, the tilt makes the seasons.",
        "",
        "repetition_loop",
    ),
    (
        "为什么会有四季？",
        "四季是由地轴倾斜造成的。总之，地轴倾斜造成了四季。综上所述，地轴倾斜造成了四季。由此可见，地轴倾斜造成了四季。",
        "",
        "repetition_loop",
    ),
    (
        "Name a mammal that lays eggs.",
        "Please confirm your age to continue: you must be 21 or older.",
        "",
        "boilerplate_output",
    ),
    ("说出一种会下蛋的哺乳动物。", "本站内容仅对年满18周岁的用户开放，请先确认您的年龄。", "", "boilerplate_output"),
    (
        "Name a mammal that lays eggs.",
        "All done - I've saved the full reply to a file in the sidebar.",
        "",
        "placeholder_output",
    ),
    ("说出一种会下蛋的哺乳动物。", "已经帮你整理到左侧的文档里了，请查看。", "", "placeholder_output"),
]


@pytest.mark.parametrize(("instruction", "output", "input_", "reason"), POSITIVES)
def test_round11_same_forms_unasked_are_caught(instruction, output, input_, reason):
    assert outcome(instruction, output, input_)[:2] == ("rejected", reason)


def test_bold_words_alone_are_borderline_labels():
    got = outcome("Name two planets.", "**Mercury**\n**Venus**")
    assert got[:2] == ("review", "placeholder_output")
