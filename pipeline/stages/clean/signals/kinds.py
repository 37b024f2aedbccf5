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

REPEAT_TOPIC = re.compile(
    r"\brepeat\w*|\b(?:twice|three times|four times|five times|\d+ times)\b|重复|遍|叠词",
    re.I,
)
"""A prompt that asks for repetition ("repeat the sentence three times")."""


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
