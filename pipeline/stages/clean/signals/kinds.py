"""The content kind of an answer: code, table, list, verse, prose or short.

The kind decides how repetition, symbols and truncation are judged (docs/CLEAN.md, "Content
kinds"): a multiplication table is not a loop, a Markdown table is not a symbol dump, code is not
prose. Decided from the answer's lines (:mod:`pipeline.text.blocks`) and, for verse, from the prompt.
"""

from __future__ import annotations

import re

from pipeline.text.blocks import is_code_line, is_list_item, is_table_row

KINDS = ("short", "code", "table", "verse", "list", "prose")
"""Every kind, in the order they are tested."""

SHORT_CHARS = 40
"""Answers shorter than this are ``short`` whatever they hold."""

VERSE_TOPIC = re.compile(
    r"\b(?:poems?|poetry|haikus?|limericks?|sonnets?|verses?|rhym\w*|lyrics?|songs?|jingles?|raps?|chants?|"
    r"ballads?|stanzas?|chorus|nursery|odes?|acrostic|couplets?|anthems?|hymns?|lullaby|carols?|cheers?|slogans?)\b"
    r"|诗|词|歌|韵|童谣|顺口溜|对联|绝句|律诗|曲|说唱|口号",
    re.I,
)
"""A prompt that asks for (or about) verse, songs or chants."""

_SECTION_LABEL = re.compile(
    r"^\s*[\[(（【]?\s*(?:verse|chorus|pre-chorus|bridge|outro|intro|hook|refrain|主歌|副歌|合唱|桥段|尾声|前奏|第\s*\d+\s*节)"
    r"\s*\d*\s*[\])）】]?\s*[:：]?\s*$",
    re.I | re.M,
)

_EN_NUMBERS = {
    w: i
    for i, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ]
    )
}
_EN_NUMBERS.update({"a dozen": 12, "dozen": 12, "twice": 2, "thrice": 3, "a couple of": 2, "a few": 3})
_ZH_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_NOT_REPEAT_AFTER = (
    r"(?!\s+(?:more|less|fewer|faster|slower|larger|bigger|smaller|greater|higher|lower|longer|as|than)\b)"
)
_REPEAT_COUNT = re.compile(
    r"\b(\d{1,3}|a dozen|dozen|a couple of|a few|" + "|".join(sorted(_EN_NUMBERS, key=len, reverse=True)) + r")"
    r"\s+(?:more\s+)?times\b"
    + _NOT_REPEAT_AFTER
    + r"|\b(twice|thrice)\b"
    + _NOT_REPEAT_AFTER
    + r"|(\d{1,3}|[一二两三四五六七八九十百]{1,3})\s*(?:遍|次(?!方))",
    re.I,
)
_REPEAT_VERB = re.compile(
    r"\b(?:repeat\w*|say|write|type|print|copy|chant|recite|echo|shout|sing|spell|output|list|display|show|"
    r"read|practi[cs]e|drill)\b|重复|抄|跟读|跟我|复述|连说|连写|连读|写|说|念|读|喊|唱|打印|输出|练|背",
    re.I,
)
_REPEAT_PLAIN = re.compile(
    r"\brepeat(?:ing)?\s+(?:after|back|it|this|that|the|each|every|these|those|them|my|your|[\"'“‘「])"
    r"|\bover and over\b|\bagain and again\b|跟读|跟我读|跟我说|复述|重复|抄写|叠词",
    re.I,
)
_REPEAT_SHAPE = re.compile(
    r"\b(?:pyramids?|triangles?|triangular|staircases?|ladders?|(?:line|row) [kn]|[kn](?:th|-th)? (?:line|row))\b|"
    r"金字塔|三角|阶梯|台阶|第\s*[kKnN]\s*行",
    re.I,
)
"""A shape made of repeated words, its count per line: a word pyramid ("line k holds the word k times, up to 9
times"), a triangle, a staircase, 第k行写k遍. The count asked for holds for the longest line ("one per line" is no
shape)."""
REPEAT_CANDIDATE_RE2 = r"(?i)repeat|times|twice|thrice|over and over|again and again|遍|次|重复|抄|跟读|跟我|复述|叠词"
"""RE2 pattern (pyarrow): prompts that may ask for repetition (a superset of :func:`repeat_request`)."""
REPEAT_NO_COUNT = 0
"""What :func:`repeat_request` returns for repetition asked without a number ("Repeat after me: ...")."""


def _zh_number(text: str) -> int:
    if text.isdigit():
        return int(text)
    if "百" in text:
        head, _, rest = text.partition("百")
        return 100 * (_ZH_DIGITS.get(head, 1) if head else 1) + (_zh_number(rest) if rest else 0)
    if "十" in text:
        head, _, rest = text.partition("十")
        return 10 * (_ZH_DIGITS.get(head, 1) if head else 1) + (_ZH_DIGITS.get(rest, 0) if rest else 0)
    return _ZH_DIGITS.get(text, 0)


def repeat_request(prompt: str) -> int | None:
    """How many times the prompt asks for something to be repeated, in general forms; None when it does not.

    A count phrase (``7 times``, ``twice``, ``a dozen times``, ``十二遍``, ``3次``; not ``3 times faster``) in a
    prompt with a verb of producing text (repeat, say, write, copy, chant, recite, 重复, 抄, 写, 说, 念, 读, 跟读 …)
    gives the largest number asked; repetition asked in words without a number ("repeat after me", "repeat
    the word", "over and over", 重复, 抄写, 跟读, 复述, 叠词) gives :data:`REPEAT_NO_COUNT`. A shape of repeated words
    (:data:`_REPEAT_SHAPE`: a word pyramid, "line k", 第k行) needs no verb, and its count holds per line: the
    whole shape may hold lines of 1, 2 … ``count`` repeats (round on heldout13).
    """
    count: int | None = None
    shaped = _REPEAT_SHAPE.search(prompt) is not None
    if shaped or _REPEAT_VERB.search(prompt) is not None:
        for m in _REPEAT_COUNT.finditer(prompt):
            word = (m.group(1) or m.group(2) or "").lower()
            n = int(word) if word.isdigit() else _EN_NUMBERS.get(word)
            if n is None and m.group(3):
                n = _zh_number(m.group(3))
            if n and n > (count or 0):
                count = n
    if count and shaped:
        count = count * (count + 1) // 2  # lines of 1, 2 … count repeats: the whole shape
    if count is None and _REPEAT_PLAIN.search(prompt) is not None:
        count = REPEAT_NO_COUNT
    return count


_UNIT_SEPARATORS = re.compile(r"[\s,，、;；|/]+")
SAME_UNIT_MAX_CHARS = 400
"""Longer answers are not split by :func:`same_unit_repeats` (loops measure them)."""


def same_unit_repeats(output: str) -> int:
    """How many times a short answer repeats one word or phrase separated by commas, spaces or line breaks.

    ``hooray, hooray, hooray`` gives 3, ``恭喜，恭喜，恭喜`` 3; pieces that each run one unit on count every
    repeat (``喵 / 喵喵 / 喵喵喵`` on three lines gives 6, round on heldout13); an answer of different pieces (or one piece, or
    longer than :data:`SAME_UNIT_MAX_CHARS`) gives 1. End punctuation is ignored.
    """
    if len(output) > SAME_UNIT_MAX_CHARS:
        return 1
    pieces = [p.strip(".。!！?？") for p in _UNIT_SEPARATORS.split(output.strip().lower())]
    pieces = [p for p in pieces if p]
    if len(pieces) <= 1:
        return 1
    if all(p == pieces[0] for p in pieces):
        return len(pieces)
    unit = min(pieces, key=len)
    unit = unit[: (unit + unit).find(unit, 1)]  # its shortest period: 哈哈 -> 哈
    size = len(unit)
    if all(len(p) % size == 0 and p == unit * (len(p) // size) for p in pieces):
        return sum(len(p) for p in pieces) // size  # lines of the unit run on: 喵 / 喵喵 / 喵喵喵 gives 6
    return 1


def repeat_limit(count: int) -> int:
    """The most back-to-back repeats an answer to a request for ``count`` repetitions may hold.

    Four per repetition asked (a tongue twister said three times on each of four lines), plus two; ten when the
    prompt gives no number.
    """
    return 4 * count + 2 if count > 0 else 10


VERSE_TOPIC_RE2 = (
    r"(?i)\b(?:poems?|poetry|haikus?|limericks?|sonnets?|verses?|rhym\w*|lyrics?|songs?|jingles?|raps?|chants?|"
    r"ballads?|stanzas?|chorus|nursery|odes?|acrostic|couplets?|anthems?|hymns?|lullaby|carols?|cheers?|slogans?)\b"
    r"|诗|词|歌|韵|童谣|顺口溜|对联|绝句|律诗|曲|说唱|口号"
)
""":data:`VERSE_TOPIC` for RE2 (pyarrow), to test whole columns of prompts at once."""


def content_kind(output: str, prompt: str = "", verse_prompt: bool | None = None) -> str:
    """The kind of ``output`` (see :data:`KINDS`).

    ``prompt`` (instruction + input) decides verse, unless ``verse_prompt`` says it already.
    """
    text = output.strip()
    if verse_prompt is None:
        verse_prompt = VERSE_TOPIC.search(prompt) is not None
    if len(text) < SHORT_CHARS:
        return "verse" if verse_prompt and "\n" in text else "short"  # a two-line jingle is verse
    if "\n" not in text:
        return "verse" if verse_prompt else "prose"
    if "```" in text or "~~~" in text:
        return "code"
    lines = [ln for ln in text.split("\n") if ln.strip()]
    if len(lines) >= 2:
        code = sum(1 for ln in lines if is_code_line(ln))
        if code >= 2 and code * 10 >= 3 * len(lines):
            return "code"
        if sum(1 for ln in lines if "|" in ln and is_table_row(ln)) >= 2:
            return "table"
    if verse_prompt or _SECTION_LABEL.search(text):
        return "verse"
    if len(lines) >= 2 and sum(1 for ln in lines if is_list_item(ln)) >= 2:
        return "list"
    return "prose"
