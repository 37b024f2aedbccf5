"""Chinese written in pinyin: an answer romanised where the prompt asked for Chinese.

A Chinese prompt answered with ``yīnwèi tàiyáng guāng …``, ``chun1tian1 lai2 le`` or
``meitian zao shui zao qi`` is Chinese in the wrong script. Pinyin is recognised by its syllables:
every word (tone marks and tone numbers removed, ``ü`` as ``v``) must split into syllables of the
standard table (about 400). English prose cannot pass: ``the``, ``is``, ``of``, ``to``, ``in``,
``it`` are no syllables, so a share of such words well below the threshold ends the test.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from pipeline.text.pinyin import RARE_SYLLABLES, SYLLABLES

_SYLLABLES = SYLLABLES | RARE_SYLLABLES
_WORD = re.compile(r"[^\W\d_]+(?:[1-5](?=[^\W\d_]|\b))?(?:[^\W\d_]+[1-5]?)*", re.UNICODE)
_SPLIT = re.compile(r"['’\-]")
_TONE_NUMBER = re.compile(r"(?<=[a-z])[1-5]")
_TONE_MARK = re.compile(r"[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]")
_HAN = re.compile(r"[\u3400-\u9fff]")
_LATIN_TEXT = re.compile(r"[A-Za-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[1-5]?")

PINYIN_MIN_WORDS = 5
"""An answer needs this many Latin words to be judged ..."""
PINYIN_MIN_SHARE = 0.85
"""... and at least this share of them must be pinyin."""
PINYIN_MIN_LETTER_SHARE = 0.7
"""Letters must make this share of the answer's non-space characters (pinyin prose: words and commas)."""
PINYIN_TOPIC = re.compile(
    r"pinyin|拼音|罗马|羅馬|romani[sz]|romaji|transliterat|注音|读音|讀音|发音|發音|怎么读|怎么念|音译|英文|英语|英語|"
    r"english|translat|翻译|翻譯",
    re.I,
)
"""A prompt asking for pinyin, a pronunciation, a transliteration or English: a romanised answer may be right."""


def _plain(word: str) -> str:
    word = unicodedata.normalize("NFD", word.lower().replace("ü", "v").replace("ǖ", "v").replace("ǘ", "v"))
    word = word.replace("ǚ", "v").replace("ǜ", "v")
    return "".join(c for c in word if not unicodedata.combining(c))


@lru_cache(maxsize=4096)
def is_pinyin(word: str) -> bool:
    """True when ``word`` (tone marks or numbers allowed) splits into pinyin syllables."""
    w = _TONE_NUMBER.sub("", _plain(word))
    if not w.isascii() or not w.isalpha() or len(w) > 24:
        return False
    n = len(w)
    ok = [False] * (n + 1)
    ok[0] = True
    for end in range(1, n + 1):
        for start in range(max(0, end - 6), end):
            if ok[start] and w[start:end] in _SYLLABLES:
                ok[end] = True
                break
    return ok[n]


def pinyin_answer(output: str, prompt: str) -> str | None:
    """``"pinyin"`` when the answer is Chinese written in pinyin and the prompt asks for no romanisation.

    ``"names"`` (borderline) when every word is capitalised (romanised names such as ``Li Bai, Du Fu,
    Wang Wei`` may be meant); else None.

    The answer has no Han character, at least :data:`PINYIN_MIN_WORDS` Latin words, and at least
    :data:`PINYIN_MIN_SHARE` of them split into pinyin syllables (tone marks such as ``tiānkōng``, tone
    numbers such as ``tian1kong1``, or none).
    """
    if _HAN.search(output) or PINYIN_TOPIC.search(prompt):
        return None
    nonspace = len(output) - output.count(" ") - output.count("\n")
    if sum(1 for ch in output if ch.isalpha()) < PINYIN_MIN_LETTER_SHARE * nonspace:
        return None  # symbols make most of it: a regular expression, code, a formula
    # one-letter words (a, e, o) are syllables, but also list items and variables: they are not counted
    words = [p for w in _LATIN_TEXT.findall(output) for p in _SPLIT.split(w) if len(p) > 1]
    if len(words) < PINYIN_MIN_WORDS:
        return None
    misses = 0
    allowed = len(words) * (1 - PINYIN_MIN_SHARE)
    for w in words:
        if not is_pinyin(w):
            misses += 1
            if misses > allowed:
                return None
    if (
        all(w[0].isupper() for w in words)
        and not _TONE_MARK.search(output.lower())
        and not any(c.isdigit() for c in output)
    ):
        return "names"
    return "pinyin"
