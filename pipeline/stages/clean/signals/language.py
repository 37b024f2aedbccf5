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


_ASCII = "".join(map(chr, range(128)))
TAIL_MIN_CHARS = 120
"""Characters of an English tail after Chinese text that :func:`english_tail` judges at least."""


def english_tail(instruction: str, input_: str, output: str, system: str = "") -> str | None:
    """``"en_tail_for_zh"`` when a Chinese answer goes on in English prose the prompt does not ask for.

    The answer's last run without a non-ASCII character (≥ :data:`TAIL_MIN_CHARS` characters, at least as long
    as the text before it) is English prose (:func:`lang_mismatch` would reject it alone), and the text before it
    ends a sentence (``。！？``) or the tail starts mid-word: a second, unrelated answer glued on (round on
    heldout9). Chinese text that introduces an English example with a colon is no tail.
    """
    head = output.rstrip(_ASCII)
    tail = output[len(head) :]
    if len(tail) < TAIL_MIN_CHARS or len(tail) < len(head):
        return None
    stripped = tail.lstrip()
    if not (head.rstrip().endswith(("。", "！", "？", "）")) or stripped[:1].islower()):
        return None
    return "en_tail_for_zh" if lang_mismatch(instruction, input_, tail, system) == "en_for_zh" else None


_TARGET_NAMES = (
    r"英语|英文|法语|法文|西班牙语|西班牙文|德语|德文|意大利语|葡萄牙语|日语|日文|韩语|韩文|俄语|俄文|拉丁语|"
    r"english|french|spanish|german|italian|portuguese|japanese|korean|russian|latin"
)
LANGUAGE_NAMES_RE2 = _TARGET_NAMES
"""Names of languages (Chinese and English spellings), usable in an RE2 pattern (pyarrow)."""
_TARGET = re.compile(
    rf"(?:翻译|译|转换|转化|改写)(?:成|为|到)\s*(?:“[^”]{{0,20}}”)?\s*({_TARGET_NAMES})"
    rf"|用({_TARGET_NAMES})(?:写|说|回答|表达|命名|列出|描述|造句|翻译)"
    rf"|({_TARGET_NAMES})(?:的)?(?:翻译|译文|怎么说|表达)(?![成为到])"
    rf"|\b(?:translate|translated|translation)\b[^.\n]{{0,80}}\b(?:into|to|in)\s+({_TARGET_NAMES})\b",
    re.I,
)
TARGET_RE2 = f"(?i)(?:翻译|译|转换|转化|改写|用|translat)[^\n]{{0,100}}(?:{_TARGET_NAMES})|(?:{_TARGET_NAMES})(?:的)?(?:翻译|译文|怎么说|表达)"
"""RE2 pattern (pyarrow) matching every instruction :func:`untranslated` could judge (a superset)."""
_TO_CHINESE = re.compile(r"(?:成|为|到)\s*(?:中文|汉语|简体|繁体)|\b(?:into|to) chinese\b", re.I)
_TARGET_SCRIPT = {
    "japanese": re.compile(r"[\u3040-\u30ff]"),
    "日语": re.compile(r"[\u3040-\u30ff]"),
    "日文": re.compile(r"[\u3040-\u30ff]"),
    "korean": re.compile(r"[\uac00-\ud7af]"),
    "韩语": re.compile(r"[\uac00-\ud7af]"),
    "韩文": re.compile(r"[\uac00-\ud7af]"),
    "russian": re.compile(r"[\u0400-\u04ff]"),
    "俄语": re.compile(r"[\u0400-\u04ff]"),
    "俄文": re.compile(r"[\u0400-\u04ff]"),
}
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
UNTRANSLATED_MAX_SHARE = 0.2
"""An answer to "translate into X" whose letters are under this share in X's script (Latin for English,
French …) and that holds Han characters is left in Chinese."""


def untranslated(instruction: str, output: str) -> bool:
    """True when the instruction asks for a text in a language other than Chinese and the answer is Chinese.

    ``将“早上好”翻译成西班牙语`` answered ``早上好。``, ``用英语命名一些过渡词`` answered in Chinese:
    the answer's letters are mostly Han, and under a fifth are in the target language's script. Only
    for a target named next to the request (``翻译成英语``, ``用英语写``, ``translate … into French``).
    """
    m = _TARGET.search(instruction)
    if m is None or _TO_CHINESE.search(instruction):
        return False
    target = next(g for g in m.groups() if g).lower()
    script = _TARGET_SCRIPT.get(target, _LATIN_LETTER)
    han = len(_HAN.findall(output))
    if han < 2:
        return False
    own = len(script.findall(output))
    return own < UNTRANSLATED_MAX_SHARE * (own + han)
