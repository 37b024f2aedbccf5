"""Whether an answer is in a language its prompt did not ask for.

A Chinese instruction answered in English prose (a translation that stopped half-way), or an
English instruction answered in Chinese, is junk, unless the prompt asks for that language, for a
translation or for another language by name (:func:`pipeline.text.lang.asked_langs`), or the answer
is in the language of the input (``改正这个句子：He go to school.`` → ``He goes to school.``). Only
prose counts: code, tables, names and numbers carry no language to judge.
"""

from __future__ import annotations

import re

from pipeline.text.blocks import prose_lines
from pipeline.text.lang import asked_langs, detect_lang

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN_WORD = re.compile(r"[A-Za-z]+")
_QUOTED = re.compile(r"“([^”\n]{1,200})”|\"([^\"\n]{1,200})\"|「([^」\n]{1,200})」|‘([^’\n]{1,200})’|'([^'\n]{1,200})'")
_ENGLISH_WORD = re.compile(r"(?<![A-Za-z])(?=[A-Za-z]*[aeiouyAEIOUY])[A-Za-z]{2,}(?![A-Za-z])")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)
_ITEM_SPLIT = re.compile(r"\n|、|；|;")
MAX_ITEM_WORDS = 5
"""An answer of three or more items (lines, or parts between ``、`` and ``;``) of at most this many
words on average is a list of names or titles (songs, program blocks), not prose."""
_EN_FUNCTION = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "but",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "from",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "there",
        "which",
        "who",
        "what",
        "when",
        "where",
        "how",
        "not",
        "can",
        "will",
        "would",
        "should",
        "have",
        "has",
        "had",
        "you",
        "we",
        "they",
        "he",
        "she",
    ]
)

MIN_EN_WORDS = 8
"""An answer needs this many Latin words, ... """
MIN_EN_FUNCTION = 3
"""... and this many distinct English function words, to count as English prose ..."""
MIN_EN_SHARE = 0.15
"""... and function words must be this share of its words (a list of English names is not prose)."""
MIN_ZH_HAN = 10
"""An answer needs this many Han characters to count as Chinese prose."""


def prose_lang(output: str) -> str | None:
    """``"en"`` or ``"zh"`` when the answer's prose lines are clearly in that language, else None."""
    text = _URL.sub(" ", "\n".join(prose_lines(output)))
    han = len(_HAN.findall(text))
    # One-letter tokens are variables, options and grid cells ("A B C | Q"), not words.
    words = [w for w in _LATIN_WORD.findall(text) if len(w) > 1 or w == "a"]
    if han >= MIN_ZH_HAN and han >= len(words):
        return "zh"
    if han * 20 <= len(words) and len(words) >= MIN_EN_WORDS:
        low = [w.lower() for w in words]
        hits = sum(1 for w in low if w in _EN_FUNCTION)
        distinct = len(set(low) & _EN_FUNCTION)
        if distinct >= MIN_EN_FUNCTION and hits >= MIN_EN_SHARE * len(words) and detect_lang(text) == "en":
            items = [it for it in _ITEM_SPLIT.split(text) if _LATIN_WORD.search(it)]
            if len(items) >= 3 and len(words) <= MAX_ITEM_WORDS * len(items):
                return None
            return "en"
    return None


def lang_mismatch(instruction: str, input_: str, output: str, system: str = "") -> str | None:
    """``"<answer>_for_<instruction>"`` (``"en_for_zh"``) when the answer's language was not asked for, else None."""
    asked = asked_langs(" ".join((system, instruction, input_)))
    if asked is None:
        return None
    want = detect_lang(instruction)
    if want not in ("zh", "en"):
        return None
    got = prose_lang(output)
    if got is None or got == want or got in asked:
        return None
    if got == "en" and any(_ENGLISH_WORD.search("".join(q)) for q in _QUOTED.findall(instruction)):
        return None  # the instruction quotes English words ("用“opulent”造句"): English may answer
    if input_ and detect_lang(input_) == got:
        return None
    return f"{got}_for_{want}"
