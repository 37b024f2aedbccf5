"""Round on heldout7 (issue #16): classes of junk by form, and good answers of the same look that stay kept.

Transcript lines behind time stamps looping; answers that only wrap the instruction (copies with a page
title, the question asked back, a speaker label); template source left unexpanded (spintax groups,
template-engine tags); letter groups of a notation the prompt asks for (``ls -l`` permission strings)
are not keyboard mash. The texts are written for these tests (not copied from the labelled parts).
"""

from __future__ import annotations

import pytest

from .test_junk_shapes import KEPT, outcome

_LINE = "Plants need light, water and air to grow well in a garden."

# (instruction, output, input, (outcome, reason))
POSITIVES = [
    # a transcript stuck on one segment, each copy behind its own time range
    (
        "How do plants grow?",
        "\n".join(f"[00:{s:02d}.120 --> 00:{s + 4:02d}.480]  {_LINE}" for s in range(0, 40, 4)),
        "",
        ("rejected", "repetition_loop"),
    ),
    (
        "植物是怎样生长的？",
        "\n".join(f"({s:02d}:10) 植物需要阳光、水分和空气才能在花园里长得好。" for s in range(10)),
        "",
        ("rejected", "repetition_loop"),
    ),
    # the instruction only wrapped
    (
        "Suggest a weekend trip for a family with two children.",
        "Suggest a weekend trip for a family with two children | Best Tips 2021\nSearching for suggest a weekend "
        "trip for a family with two children? Read all about suggest a weekend trip for a family with two children.",
        "",
        ("rejected", "echo_output"),
    ),
    (
        "Suggest a weekend trip for a family with two children.",
        "Let me check: you want me to suggest a weekend trip for a family with two children, correct?",
        "",
        ("rejected", "echo_output"),
    ),
    (
        "Suggest a weekend trip for a family with two children.",
        "Caller 2: Suggest a weekend trip for a family with two children.",
        "",
        ("rejected", "echo_output"),
    ),
    (
        "给一个两个孩子的家庭推荐周末出游的地方。",
        "您要找的是“给一个两个孩子的家庭推荐周末出游的地方”，对吗？",
        "",
        ("rejected", "echo_output"),
    ),
    # prose in a Latin-script language without a function-word list, for a Chinese prompt
    (
        "怎样才能睡得更好？",
        "Mae hyn yn dibynnu ar lawer o bethau. Yn gyffredinol: ewch i'r gwely yn gynnar, peidiwch ag yfed coffi "
        "yn hwyr a chadwch yr ystafell yn dywyll.",
        "",
        ("rejected", "lang_mismatch"),
    ),
    # a dictated answer whose recording broke off, marked by the transcriber
    (
        "Explain why the sky is blue.",
        "Sunlight is scattered by the molecules of the air, and blue light is scattered much more than red light "
        "because its [recording ended]",
        "",
        ("rejected", "truncated_output"),
    ),
    (
        "为什么天空是蓝色的？",
        "阳光穿过大气时会被空气分子散射，蓝光的波长较短，因此比红光散射得更多，所以我们看到的天空[信号中断]",
        "",
        ("rejected", "truncated_output"),
    ),
    # the first message of several, with a line asking for the rest
    (
        "Explain why the sky is blue.",
        "Sunlight is scattered by the molecules of the air.\nText NEXT to keep reading.",
        "",
        ("rejected", "truncated_output"),
    ),
    ("为什么天空是蓝色的？", "阳光会被空气分子散射。\n回复“继续”阅读全文", "", ("rejected", "truncated_output")),
    # template source left unexpanded
    (
        "Describe the benefits of walking.",
        "{Walking|Strolling|A daily walk} {is|can be} {good|great|helpful} for {your heart|the heart|health}. "
        "{Try it|Start today|Give it a go}!",
        "",
        ("rejected", "template_output"),
    ),
    (
        "散步有什么好处？",
        "{散步|走路|步行}{对|有益于}{身体|健康|心脏}{很好|非常好}，{快去试试|今天就开始}吧！",
        "",
        ("rejected", "template_output"),
    ),
    (
        "Describe the benefits of walking.",
        '{% extends "layout.html" %}\n{% block main %}\n<h2>{{ title }}</h2>\n{% endblock %}',
        "",
        ("rejected", "template_output"),
    ),
]


@pytest.mark.parametrize(("instruction", "output", "input_", "expected"), POSITIVES)
def test_round7_junk_is_caught(instruction, output, input_, expected):
    assert outcome(instruction, output, input_)[:2] == expected


HARD_NEGATIVES = [
    # a notation asked for: its letter groups are symbols, not mash
    ("Give the ls -l strings for the modes 640 and 751.", "640 = rw-r-----\n751 = rwxr-x--x", ""),
    ("Write these file modes in symbolic notation: 711, 604.", "711 → rwx--x--x\n604 → rw----r--", ""),
    ("把权限 750 和 644 写成字母形式。", "750 → rwxr-x---\n644 → rw-r--r--", ""),
    # restating the question, then answering it
    (
        "What is the tallest mountain in Africa?",
        "What is the tallest mountain in Africa? It is Mount Kilimanjaro in Tanzania, 5,895 metres high.",
        "",
    ),
    # subtitles whose lines differ
    (
        "Write two subtitle lines for a short scene at a bus stop.",
        "[00:01.000 --> 00:03.500]  Is this the last bus tonight?\n[00:03.600 --> 00:06.000]  I think so, it's late.",
        "",
    ),
    # an abbreviation or a note in brackets closing a complete answer, a list item clicking "continue"
    ("Name the agency of the UN for health.", "It is the World Health Organization [WHO]", ""),
    ("说出五种可以生火的东西。", "1. 干木\n2. 报纸\n3. 火柴\n4. 树枝\n5. 木炭或助燃剂（如煤油）", ""),
    (
        "列出注册邮箱的步骤。",
        "1. 打开网站。\n2. 填写用户名和密码。\n3. 点击“继续使用邮箱”，完成！",
        "",
    ),
    # English lists and short prose without strong function words, for an English prompt
    ("Compare the two following people.", "John is tall while Adam is short. John is strong while Adam is weak.", ""),
    # template syntax asked for
    (
        "Write a Jinja template that lists the items of an order.",
        "{% for item in order.items %}\n<li>{{ item.name }}</li>\n{% endfor %}",
        "",
    ),
    (
        "Give me spintax for a greeting line.",
        "{Hello|Hi|Hey} {there|friend|everyone}, {welcome|good to see you}!",
        "",
    ),
]


@pytest.mark.parametrize(("instruction", "output", "input_"), HARD_NEGATIVES)
def test_round7_good_record_is_kept(instruction, output, input_):
    assert outcome(instruction, output, input_) == KEPT
