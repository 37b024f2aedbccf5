# Copyright 2026 instructflow authors
# SPDX-License-Identifier: Apache-2.0
"""Round on heldout14: forms the prompt asks for are answers, not junk; what a chat app or a tool leaves is junk.

A markup the prompt names (an XML-family format, the answer's root element), keys the prompt asks to press,
an answer ending on an item or a line end the prompt gives, the prompt's lines cut, and a run of codes of one
length are kept; the same forms without such a prompt are still caught. A messenger's status line, a
reasoning header, a tool's watermark, a form's validation message, a mail footer, a middle left out and a
chat list's preview card are caught. The texts are written for these tests
(not copied from the labelled parts).
"""

from __future__ import annotations

import pytest

from .test_junk_shapes import KEPT, outcome

_KML = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2">\n  <Document>\n'
    "    <Placemark><name>Harbour</name></Placemark>\n    <Placemark><name>Lighthouse</name></Placemark>\n"
    "  </Document>\n</kml>"
)
_OUTLINE_DOC = (
    '<?xml version="1.0"?>\n<opml version="2.0">\n  <head>\n    <title>Chores</title>\n  </head>\n  <body>\n'
    '    <outline text="Kitchen">\n      <outline text="Dishes"/>\n    </outline>\n    <outline text="Garden"/>\n'
    "  </body>\n</opml>"
)
_PAGE = (
    '<!DOCTYPE html>\n<html><head><title>Otters</title></head><body><div class="nav">Home | About</div>'
    "<p>Otters live in rivers.</p></body></html>"
)

# (instruction, output, input)
NEGATIVES = [
    ("Turn these places into a KML file with one Placemark each.", _KML, "Harbour\nLighthouse"),
    ("Write the chores below as an outline document, one outline element per item.", _OUTLINE_DOC, ""),
    ("把下面的家务写成 OPML 提纲，每项一个 outline 元素。", _OUTLINE_DOC, ""),
    ("Which keyboard shortcuts copy, paste and undo on Linux? Keys only.", "Ctrl+C  Ctrl+V  Ctrl+Z", ""),
    ("在Linux上“复制”“粘贴”“撤销”分别按哪些键？只写按键。", "Ctrl+C  Ctrl+V  Ctrl+Z", ""),
    (
        "On a chorded keyboard with keys Q W E R for fingers 1 to 4, which keys spell each letter of the code? "
        "One group per letter.",
        "qwr wer qer qwer",
        "",
    ),
    (
        "Write a poll asking 'Lunch spot?' with the options Noodle bar, Taco truck and Salad place, each on its "
        "own line after '- '.",
        "Lunch spot?\n- Noodle bar\n- Taco truck\n- Salad place",
        "",
    ),
    (
        "把下面的标题缩短：保留前6个字和后4个字，中间用“…”连接。",
        "城市公园夜间…管理办法",
        "城市公园夜间照明设施维护管理办法",
    ),
    (
        "Print these lines the way `cut -c1-10` does.",
        "2024-01-02\nMaria Ros\n2024-01-03",
        "2024-01-02 08:00 start\nMaria Ross   Design\n2024-01-03 09:30 stop",
    ),
    ("Show what `cut -c1-6` prints.", "09:15:\n10:20:\n11:45:", "09:15:33 ok\n10:20:01 ok\n11:45:59 ok"),
    ("Give the Unicode code points of “Zoë”, in U+XXXX form.", "U+005A U+006F U+00EB", ""),
    ("List the capital letters from K to T, separated by spaces.", "K L M N O P Q R S T", ""),
]


@pytest.mark.parametrize(("instruction", "output", "input_"), NEGATIVES)
def test_round14_asked_form_is_kept(instruction, output, input_):
    assert outcome(instruction, output, input_) == KEPT


_FACTS = "Otters sleep floating on their backs and hold paws so that they do not drift apart in the current"


# (instruction, output, input, reason): the same forms without a prompt asking for them
@pytest.mark.parametrize(
    ("instruction", "output", "input_", "reason"),
    [
        ("Tell me about otters.", _PAGE, "", "markup_output"),
        ("介绍一下水獭。", _PAGE, "", "markup_output"),
        ("What does an atom of helium hold?", _PAGE, "", "markup_output"),
        ("Tell me about otters.", "fdj fdsk fsk fdjk", "", "keyboard_mash"),
        ("What is the best way to play a G chord?", "sdfkj qwrtp lkjhg zxcvb", "", "keyboard_mash"),
        ("Tell me about otters.", _FACTS + " and", "", "truncated_output"),
    ],
)
def test_round14_same_forms_unasked_are_caught(instruction, output, input_, reason):
    assert outcome(instruction, output, input_)[:2] == ("rejected", reason)


@pytest.mark.parametrize(
    ("instruction", "output", "input_"),
    [
        # words of the prompt, but not where a line of it ends, nor an item of it: still borderline
        ("Tell me about otters and their dens.", _FACTS + " near their dens", ""),
        # lower-case words of one length are a sentence, not codes
        ("Tell me about otters.", _FACTS + " in the rivers they", ""),
    ],
)
def test_round14_cut_answers_stay_borderline(instruction, output, input_):
    assert outcome(instruction, output, input_)[:2] == ("review", "truncated_output")


_STORY = "Otters sleep floating on their backs and hold paws so that they do not drift apart in the"
# (instruction, output, reason): what an interface or a tool leaves instead of the answer
LEFTOVERS = [
    ("Name three rivers in Spain.", "Seen 09:41", "placeholder_output"),
    ("Name three rivers in Spain.", "✓✓ Read", "placeholder_output"),
    ("Name three rivers in Spain.", "Maya is typing...", "placeholder_output"),
    ("Name three rivers in Spain.", "Thought for 12 seconds", "placeholder_output"),
    ("说出西班牙的三条河流。", "对方正在输入…", "placeholder_output"),
    ("说出西班牙的三条河流。", "已深度思考（用时 8 秒）", "placeholder_output"),
    ("Name three rivers in Spain.", "Converted by an unregistered version of PDF Wizard.", "boilerplate_output"),
    ("说出西班牙的三条河流。", "【试用版】本文档由某某转换器生成，请购买正式版。", "boilerplate_output"),
    ("Name three rivers in Spain.", "This field is required.", "boilerplate_output"),
    ("说出西班牙的三条河流。", "请填写此字段。", "boilerplate_output"),
    ("Tell me about otters.", _STORY + "\n[…]\ncurrent, and they keep a favourite stone.", "truncated_output"),
    ("介绍一下水獭。", "水獭常常仰面漂浮着睡觉，还会\n……（此处折叠）……\n手拉着手。", "truncated_output"),
    ("Tell me about otters.", "Helper · 2h ago\nOtters sleep floating on their ba…", "truncated_output"),
    ("介绍一下水獭。", "小助手 · 刚刚\n水獭常常仰面漂浮着睡…", "truncated_output"),
]


@pytest.mark.parametrize(("instruction", "output", "reason"), LEFTOVERS)
def test_round14_leftovers_are_caught(instruction, output, reason):
    assert outcome(instruction, output)[:2] == ("rejected", reason)


@pytest.mark.parametrize(
    ("instruction", "output"),
    [
        ("What is the past tense of 'see'? One word.", "Saw"),
        ("Write the status a chat app shows after a message was read.", "Seen 09:41"),
        ("Write the label a reasoning model shows while it thinks.", "Thought for 12 seconds"),
        ("Write the error a sign-up form shows for an empty e-mail field.", "This field is required."),
        ("Shorten this quote, marking the omitted middle.", "Otters sleep floating on their\n[…]\nand hold paws."),
        ("Write the matrix A with n rows, rows 2 to n-1 left out.", "a11 a12\n⋮\nan1 an2"),
    ],
)
def test_round14_leftovers_asked_for_are_kept(instruction, output):
    assert outcome(instruction, output) == KEPT


def test_round14_one_status_word_is_borderline():
    assert outcome("Name three rivers in Spain.", "Delivered")[:2] == ("review", "placeholder_output")
