"""Damaged answers: mojibake left after repair, truncation, keyboard mash.

- **mojibake**: ``fix_mojibake`` (ftfy) repairs UTF-8 read as Latin-1 or Windows-1252 when the bytes
  survived; what it cannot repair stays visible: ``â€``/``Ã©`` sequences next to replacement
  characters (``�``), ``锟斤拷``, and UTF-8 read as GBK (``鍚嶅瓧``), whose Han characters are almost
  all rare ones. "Rare" is measured with the codecs Python ships: a Han character is common when it
  is in the first level of GB2312 (3,755 characters) or of Big5 (5,401), which hold nearly every
  character of ordinary simplified or traditional text;
- **truncation**: the answer stops where no answer stops: inside an unclosed code fence, with
  unbalanced brackets in code, or in prose after a comma, a colon or a function word, or without
  end punctuation after sentences that had it;
- **keyboard mash**: Latin "words" that no language writes: no vowel, one short unit over and over
  (``asdasdasd``), or home-row runs (``hjkl``), with no function word of any language around them.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from pipeline.text.blocks import is_code_line, is_list_item, is_table_row

# --- mojibake ------------------------------------------------------------------------------------

_MOJIBAKE = re.compile("[ÂÃâ][\u0080-\u00bf\u20ac\u201a\u201e\u2018-\u201d\u2022\u2013\u2014\u2122]|\ufffd|锟斤拷|烫烫烫|屯屯屯|ï¼")
MOJIBAKE_MIN_HITS = 2
"""Mojibake sequences needed to call an answer damaged (one can be a quoted example)."""

RARE_HAN_MIN = 12
"""Han characters an answer needs before its share of rare ones is judged."""

RARE_HAN_SHARE = 0.4
"""Share of rare Han characters (outside GB2312 and Big5 level 1) from which an answer is GBK mojibake."""


@lru_cache(maxsize=1)
def _common_han() -> np.ndarray:
    """Per BMP code point: True for a Han character in GB2312 level 1 or Big5 level 1."""
    table = np.zeros(0x10000, dtype=bool)
    for cp in range(0x4E00, 0xA000):
        ch = chr(cp)
        try:
            b = ch.encode("gb2312")
            if 0xB0 <= b[0] <= 0xD7:
                table[cp] = True
                continue
        except UnicodeEncodeError:
            pass
        try:
            b = ch.encode("big5")
            if 0xA4 <= b[0] <= 0xC6:
                table[cp] = True
        except UnicodeEncodeError:
            pass
    return table


def prepare() -> None:
    """Build the common-Han table now (before forking workers)."""
    _common_han()


def rare_han_share(text: str) -> tuple[float, int]:
    """(share of Han characters that are rare, number of Han characters) of ``text``."""
    if text.isascii():
        return 0.0, 0
    a = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    han = (a >= 0x4E00) & (a < 0xA000)
    n = int(han.sum())
    if not n:
        return 0.0, 0
    common = int(_common_han()[a[han]].sum())
    return (n - common) / n, n


def mojibake(output: str) -> str | None:
    """``"mojibake"`` when the answer still holds mojibake after repair, else None."""
    if output.isascii():
        return None
    if len(_MOJIBAKE.findall(output)) >= MOJIBAKE_MIN_HITS:
        return "mojibake"
    share, n = rare_han_share(output)
    if n >= RARE_HAN_MIN and share >= RARE_HAN_SHARE:
        return "mojibake"
    return None


# --- truncation ----------------------------------------------------------------------------------

_FENCE = re.compile(r"^ {0,3}(?:`{3,}|~{3,})", re.M)
_TERMINAL = tuple(".!?。！？…)）]】」』\"'”’>`*|}；;:：~-_=+/\\") + tuple("0123456789")
_DANGLING_EN = frozenset(
    "the a an and or but of to in on at by for with from as is are was were be that this these those which who "
    "whose their its our your his her my than then so if because while when where into onto over under about "
    "between through during including such very more most can could will would should may might must has have "
    "had not".split()
)
_DANGLING_ZH = frozenset("的了和与及或是在对把被从向将为以而且但并等")
_LAST_WORD = re.compile(r"([A-Za-z]+)\W*$")
_SENTENCE_END = re.compile(r"[.!?。！？]")
_OPEN = {"(": ")", "[": "]", "{": "}"}


def _unbalanced(code: str) -> int:
    """Brackets opened and not closed in ``code`` (strings and comments are not parsed: an estimate)."""
    depth = 0
    for ch in code:
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
    return depth


def truncation(output: str) -> str | None:
    """``"truncated"`` (clear), ``"suspect"`` (review) or None for one answer.

    Clear: an unclosed code fence; code lines whose brackets stay open at the end (two or more);
    prose whose last line ends after a comma, a colon, a hyphen or a function word (``the``,
    ``and``, ``的``). Suspect: a prose answer of at least two sentences whose last line is prose
    (not a list item, table row, code or heading) and ends without end punctuation.
    """
    text = output.rstrip()
    if len(text) < 40:
        return None
    if ("```" in text or "~~~" in text) and len(_FENCE.findall(text)) % 2:
        return "truncated"
    last = text.rsplit("\n", 1)[-1]
    code_lines = [ln for ln in text.split("\n")[-12:] if ln.strip() and is_code_line(ln)]
    if len(code_lines) >= 3 or is_code_line(last):
        return "truncated" if _unbalanced(text) >= 2 else None
    if text.endswith(_TERMINAL) or is_table_row(last) or is_list_item(last):
        return None
    if text[-1] in ",，、(（" or text.endswith((" -", " –", "—")):
        return "truncated"
    m = _LAST_WORD.search(text[-40:])
    if m and m.group(1).lower() in _DANGLING_EN and text[-1].isalpha():
        return "truncated"
    if text[-1] in _DANGLING_ZH:
        return "truncated"
    if len(_SENTENCE_END.findall(text[:-1])) >= 2 and len(last) >= 40 and not last.lstrip().startswith("#"):
        return "suspect"
    return None


# --- keyboard mash -------------------------------------------------------------------------------

_LATIN_WORD = re.compile(r"[A-Za-z]{3,}")
_VOWELS = re.compile(r"[aeiouy]", re.I)
_SHORT_UNIT = re.compile(r"^(.{1,4})\1{1,}.{0,3}$")
_ROWS = (frozenset("qwertyuiop"), frozenset("asdfghjkl"), frozenset("zxcvbnm"))
_HOME_ROW = frozenset("asdfghjkl")
MASH_MIN_WORDS = 2
MASH_SHARE = 0.5
"""Share of mash words among an answer's Latin words from which it is keyboard mash."""


def _mash_word(word: str) -> bool:
    low = word.lower()
    if word.isupper() and len(word) <= 6:  # an acronym: HTML, NASA
        return False
    if not _VOWELS.search(low):
        return True
    if len(low) >= 6 and _SHORT_UNIT.match(low):
        return True
    return len(low) >= 4 and set(low) <= _HOME_ROW


def keyboard_mash(output: str, function_words: int) -> str | None:
    """``"mash"`` when most Latin words of a prose answer are keyboard mash, else None.

    ``function_words`` is the number of function words (any language) in the answer; an answer with
    any is language, not mash.
    """
    if function_words:
        return None
    words = _LATIN_WORD.findall(output)
    if len(words) < MASH_MIN_WORDS:
        return None
    mash = sum(map(_mash_word, words))
    return "mash" if mash >= MASH_SHARE * len(words) else None
