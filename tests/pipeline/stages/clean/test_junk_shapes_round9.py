"""Round on heldout9 (issue #16): good answers of a junk look kept, and the junk of the same form caught.

Explanations of mojibake that quote it, Lorem ipsum asked for, URL slugs; the texts are written for these
tests (not copied from the labelled parts).
"""

from __future__ import annotations

import pytest

from pipeline.stages.clean.signals import damage, foreign, standins

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
    ("为什么天空是蓝色的？", _LOREM, ("rejected", "placeholder_output")),
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


# --- stand-ins for an answer (signals/standins.py) -------------------------------------------------------------

_TITLES = "The river rose in the night. By morning the bridge was gone. The village waited for the boats."

# (instruction, output, input, (outcome, reason))
STANDIN_POSITIVES = [
    ("Why do leaves change colour in autumn?", "Dunno!", "", ("rejected", "placeholder_output")),
    ("为什么秋天树叶会变色？", "这个我也不太懂", "", ("rejected", "placeholder_output")),
    ("Why do leaves change colour in autumn?", "Same as above.", "", ("rejected", "placeholder_output")),
    (
        "Prove that the sum of two even numbers is even.",
        "Proof omitted for brevity.",
        "",
        ("rejected", "placeholder_output"),
    ),
    ("证明两个偶数之和是偶数。", "证明过程从略。", "", ("rejected", "placeholder_output")),
    ("Why do leaves change colour in autumn?", _LOREM, "", ("rejected", "placeholder_output")),
    (
        "Why do leaves change colour in autumn?",
        "Hello all, Why do leaves change colour in autumn? Any help appreciated, thanks!",
        "",
        ("rejected", "echo_output"),
    ),
    ("为什么秋天树叶会变色？", "请问大家，为什么秋天树叶会变色？在线等，急！", "", ("rejected", "echo_output")),
    (
        "Summarize the story in one sentence.",
        "- " + _TITLES.replace(". ", ".\n- "),
        _TITLES,
        ("rejected", "echo_output"),
    ),
    (
        "Why do leaves change colour in autumn?",
        "Chlorophyll breaks down.\n★★★★★ Fast shipping, great seller!\n★★★★★ Would buy again, A+++",
        "",
        ("rejected", "spam_output"),
    ),
    (
        "Why do leaves change colour in autumn?",
        "Chlorophyll breaks down. Roof repairs today! Ring 0700 900 4411 / O7OO 9OO 4411 / 07009004411",
        "",
        ("rejected", "spam_output"),
    ),
    (
        "Why do leaves change colour in autumn?",
        "Chlorophyll breaks down in autumn. buy leaves online The green fades. leaves near me Other pigments "
        "show. cheap leaves",
        "",
        ("rejected", "spam_output"),
    ),
    (
        "为什么秋天树叶会变色？",
        "[size=3][color=Blue]叶绿素在秋天分解，其他色素显现出来。[/color][/size]\n[attach]12345[/attach]",
        "",
        ("rejected", "markup_output"),
    ),
    (
        "Why do leaves change colour in autumn?",
        "Permission is hereby granted, free of charge, to any person obtaining a copy of this software, to deal "
        'in the Software without restriction. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.',
        "",
        ("rejected", "boilerplate_output"),
    ),
]


@pytest.mark.parametrize(("instruction", "output", "input_", "expected"), STANDIN_POSITIVES)
def test_round9_standins_are_caught(instruction, output, input_, expected):
    assert outcome(instruction, output, input_)[:2] == expected


# (instruction, output, input): the same forms asked for, or an answer after all
STANDIN_NEGATIVES = [
    ("How do you say 'I don't know' casually in English?", "Dunno!", ""),
    ("Translate 不知道 into English.", "I don't know.", ""),
    ("What does 'as above' mean in a letter?", "As above.", ""),
    (
        "Why do leaves change colour in autumn?",
        "Why do leaves change colour in autumn? Because the green chlorophyll breaks down and other pigments show.",
        "",
    ),
    ("Write a polite forum question asking how to bake bread.", "Hi all, how do I bake bread? Thanks!", ""),
    (
        "Split the paragraph into one sentence per line as a bulleted list.",
        "- " + _TITLES.replace(". ", ".\n- "),
        _TITLES,
    ),
    (
        "Write three short five-star shop reviews for a kettle.",
        "★★★★★ Boils fast, fast shipping!\n★★★★★ Would buy again.\n★★★★★ Looks great.",
        "",
    ),
    ("List our two support lines.", "Support: 0700 900 4411\nSales: 0700 900 4412", ""),
    (
        "Give SEO keywords for a shoe shop.",
        "buy shoes online, shoes near me, cheap shoes, best shoes 2024, top shoes deals, shoes sale",
        "",
    ),
    ("Convert this to BBCode: bold red 'Hi'.", "[b][color=red]Hi[/color][/b]", ""),
    ("Write an MIT licence notice for my project.", "Permission is hereby granted, free of charge, to any person.", ""),
]


@pytest.mark.parametrize(("instruction", "output", "input_"), STANDIN_NEGATIVES)
def test_round9_standin_forms_asked_for_are_kept(instruction, output, input_):
    assert outcome(instruction, output, input_)[0] != "rejected"


def test_round9_standin_finders_directly():
    assert standins.ignorance_or_deferral("idk", "Why is the sky blue?") == "unknown"
    assert standins.ignorance_or_deferral("见上题。", "为什么天空是蓝色的？") == "deferred"
    assert standins.ignorance_or_deferral("Paris", "Capital of France?") is None
    assert standins.phone_variants("Call 0800 555 0182 or O8OO 555 O182")
    assert not standins.phone_variants("Call 0800 555 0182 or 0800 555 0183")
    assert standins.seo_stuffing("区块链哪家好，区块链多少钱，区块链排行榜2022", "介绍区块链")
    assert not standins.seo_stuffing("In 2019 and in 2020 and in 2021 it rained.", "Tell me about rain")
    assert standins.bulleted_input("- A b c d.\n- E f g h.", "Summarize", "A b c d. E f g h.")
    assert not standins.bulleted_input("- A b c d.\n- Shorter.", "Summarize", "A b c d. E f g h.")
    assert standins.plea_echo("Quick question: Name a planet. Thanks!!", "Name a planet.")
    assert not standins.plea_echo("Name a planet. Mars is a planet, thanks for asking.", "Name a planet.")


# --- deflections, year-numbered loops, consent and licence lines, glued-on English, quoted Han ------------------

_ZH_ANSWER = "叶绿素在秋天分解，叶子里原有的黄色和橙色色素就显现出来了。"
_EN_TAIL = (
    "The Great Wall of China is a series of fortifications built across the historical northern borders of "
    "ancient Chinese states to protect them against nomadic groups from the steppe."
)

# (instruction, output, (outcome, reason))
MORE_POSITIVES = [
    (
        "Write a haiku about autumn.",
        "While I understand your interest in autumn, I must point out that this topic could be sensitive for "
        "some people. It is important to approach every subject with respect and care.",
        ("rejected", "refusal_output"),
    ),
    (
        "写一首关于秋天的诗。",
        "抱歉，出于安全方面的考虑，我不便就“秋天”给出具体回答。请问还有其他我可以帮您的吗？",
        ("rejected", "refusal_output"),
    ),
    (
        "Why do leaves change colour?",
        " ".join(
            f"In {y}, leaves change colour because chlorophyll breaks down in the cold." for y in range(1990, 1998)
        ),
        ("rejected", "repetition_loop"),
    ),
    (
        "为什么树叶会变色？",
        "".join(f"{y}年，树叶变色是因为叶绿素在寒冷中分解了。" for y in range(1990, 1998)),
        ("rejected", "repetition_loop"),
    ),
    (
        "为什么树叶会变色？",
        "Cookie偏好设置\n必要Cookie（始终启用）  分析Cookie ☐\n保存设置   接受全部",
        ("rejected", "boilerplate_output"),
    ),
    (
        "为什么树叶会变色？",
        "本作品采用知识共享署名 4.0 国际许可协议进行许可。转载请注明出处。",
        ("rejected", "boilerplate_output"),
    ),
    ("为什么树叶会变色？", _ZH_ANSWER + "\n" + _EN_TAIL, ("rejected", "lang_mismatch")),
    (
        "为什么树叶会变色？",
        "Bien sûr ! Voici une réponse concernant « 树叶 ». C'est un sujet intéressant qui mérite qu'on s'y attarde.",
        ("rejected", "lang_mismatch"),
    ),
]


@pytest.mark.parametrize(("instruction", "output", "expected"), MORE_POSITIVES)
def test_round9_more_forms_are_caught(instruction, output, expected):
    assert outcome(instruction, output)[:2] == expected


MORE_NEGATIVES = [
    (
        "Tell me about spicy food.",
        "Spicy food may make some people feel discomfort. It is important to eat it with care.",
    ),
    (
        "List the events of his life by year.",
        "In 1990, he was born in Leeds. In 1998, he moved to York. In 2008, he finished school. In 2012, he married.",
    ),
    ("什么是版权？", "版权是作者对其作品享有的权利，未经授权的复制是侵权行为。"),
    ("用中文解释长城，并附一段英文介绍。", _ZH_ANSWER + "\n" + _EN_TAIL),
    ("举一个英文例句说明长城。", "例如：\n" + _EN_TAIL),
]


@pytest.mark.parametrize(("instruction", "output"), MORE_NEGATIVES)
def test_round9_more_forms_asked_for_are_kept(instruction, output):
    assert outcome(instruction, output)[0] != "rejected"


@pytest.mark.parametrize(
    "garbled",
    [
        "It is someone elseвАЩs home, and we are guests in it for the whole week.",  # Mac Cyrillic
        "Problem Solving έΑΥ being able to think logically and solve problems.",  # DOS Greek
        "Γא£Dancing Snow Crystals in the Illuminated NightΓא¥ is the title.",  # DOS Hebrew
    ],
)
def test_round9_more_codecs_decode_back(garbled):
    assert damage.misdecoded(garbled) is not None
    assert damage.misdecoded(garbled, "Explain this encoding error") is None


def test_round9_real_cyrillic_and_greek_do_not_decode_back():
    assert damage.misdecoded("Привет, как дела? Это обычный русский текст.") is None
    assert damage.misdecoded("Καλημέρα, αυτό είναι ένα συνηθισμένο ελληνικό κείμενο.") is None


def test_round9_year_marker_keeps_a_transcript_of_numbers_a_loop():
    # the year is its own marker alternative: a line of numbers behind a time stamp is not stripped whole
    line = "[00:18.633 --> 00:22.668]  2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30"
    assert outcome("List the even numbers up to 30.", "\n".join([line] * 8))[:2] == ("rejected", "repetition_loop")
