"""Character classes, lengths and tokens of texts (one text, or a whole column at once)."""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
import pyarrow as pa

from pipeline.text.blocks import prose_lines

_CJK_CLASS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
_TOKEN = re.compile(f"[{_CJK_CLASS}]|[^\\W_{_CJK_CLASS}]+")
WORDISH = re.compile(r"[^\W_]")

# RE2 patterns (pyarrow.compute), evaluated on whole columns at once.
_RE2_CJK = r"[\x{3040}-\x{30ff}\x{3400}-\x{4dbf}\x{4e00}-\x{9fff}\x{f900}-\x{faff}\x{ac00}-\x{d7af}]"
_RE2_SPACE_RUN = r"[\t\n\x{0b}\x{0c}\r \x{3000}\x{a0}]+"
_RE2_NON_CJK = r"[^\x{3040}-\x{30ff}\x{3400}-\x{4dbf}\x{4e00}-\x{9fff}\x{f900}-\x{faff}\x{ac00}-\x{d7af}]+"
_NORMAL_PUNCT_RE2 = (
    r".,;:!?'\"()\-\x{2013}\x{2014}\x{2018}\x{2019}\x{201c}\x{201d}\x{2026}\x{b7}"
    r"\x{ff0c}\x{3002}\x{ff01}\x{ff1f}\x{ff1a}\x{ff1b}\x{ff08}\x{ff09}\x{3001}\x{300a}\x{300b}"
    r"\x{300c}\x{300d}\x{300e}\x{300f}\x{3010}\x{3011}\x{30fb}\x{ff5e}"
)
_RE2_SPECIAL = r"[^\p{L}\p{N}_\s\x{3000}\x{a0}" + _NORMAL_PUNCT_RE2 + "]"
"""A symbol: not a letter, digit, underscore, space or common (ASCII or full-width) punctuation.

Combining marks count as symbols, so "Zalgo" text and stray marks raise the ratio."""


def _count(texts: pa.StringArray, pattern: str) -> np.ndarray:
    import pyarrow.compute as pc

    return pc.count_substring_regex(texts, pattern).to_numpy(zero_copy_only=False).astype(np.int64)


def _nonspace(text: str) -> int:
    spaces = sum(map(text.count, (" ", "\n", "\t", "\r", "\x0b", "\x0c")))
    if not text.isascii():
        spaces += text.count("\u3000") + text.count("\u00a0")
    return len(text) - spaces


def _length(arr: pa.StringArray) -> np.ndarray:
    import pyarrow.compute as pc

    return pc.utf8_length(arr).to_numpy(zero_copy_only=False).astype(np.int64)


_SPACE_BIT, _CJK_BIT, _SPECIAL_BIT = 1, 2, 4
_CLASS_BMP: np.ndarray | None = None


def _class_table() -> np.ndarray:
    """Per BMP code point: whitespace / CJK / symbol bits, decided by the RE2 patterns themselves.

    Built once per process on first use (~0.05 s); :func:`prepare` builds it ahead (before forking).
    """
    global _CLASS_BMP
    if _CLASS_BMP is None:
        import pyarrow.compute as pc

        cps = np.array([c for c in range(0x10000) if not 0xD800 <= c <= 0xDFFF], dtype=np.int64)
        arr = pa.array([chr(c) for c in cps.tolist()], type=pa.string())
        table = np.zeros(0x10000, dtype=np.uint8)
        for bit, pattern in ((_SPACE_BIT, _RE2_SPACE_RUN), (_CJK_BIT, _RE2_CJK), (_SPECIAL_BIT, _RE2_SPECIAL)):
            hit = pc.match_substring_regex(arr, pattern).to_numpy(zero_copy_only=False).astype(bool)
            table[cps[hit]] |= bit
        _CLASS_BMP = table
    return _CLASS_BMP


def prepare() -> None:
    """Build the per-code-point tables now (call before forking workers so they inherit them)."""
    _class_table()


def _column_counts_re2(texts: list[str], special: bool) -> dict[str, np.ndarray]:
    import pyarrow.compute as pc

    n = len(texts)
    chars = np.fromiter(map(len, texts), dtype=np.int64, count=n)
    arr = pa.array(texts, type=pa.string())
    # Deleting runs of the unwanted characters and measuring what is left is much faster than
    # counting the wanted ones one match at a time.
    nonspace = _length(pc.replace_substring_regex(arr, _RE2_SPACE_RUN, ""))
    if all(t.isascii() for t in texts):
        cjk = np.zeros(n, dtype=np.int64)
    else:
        cjk = _length(pc.replace_substring_regex(arr, _RE2_NON_CJK, ""))
    sym = _count(arr, _RE2_SPECIAL) if special else np.zeros(n, dtype=np.int64)
    return {"chars": chars, "nonspace": nonspace, "cjk": cjk, "special": sym}


def _class_counts(texts: list[str], chars: np.ndarray, special: bool) -> tuple[np.ndarray, ...]:
    n = len(texts)
    # Texts joined with a letter after each: every text owns a non-empty segment whose extra
    # character has no class bit, so segment sums (np.add.reduceat) are exact.
    joined = "a".join(texts) + "a"
    starts = np.concatenate(([0], np.cumsum(chars + 1)[:-1]))
    if joined.isascii():
        a = np.frombuffer(joined.encode("ascii"), dtype=np.uint8)
        wide = False
    else:
        a = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        odd = a >= 0xD800
        if odd.any():  # beyond the BMP, or a lone surrogate?
            odd &= (a > 0xFFFF) | (a <= 0xDFFF)
        wide = bool(odd.any())
    table = _class_table()
    cls = table[np.minimum(a, 0xFFFF)] if wide else table[a]

    # Sums of one segment fit in int32 (a text shorter than 2**31 characters); adding in int32 is twice as
    # fast as in int64 and gives the same numbers.
    acc = np.int32 if len(cls) < 2**31 else np.int64

    def seg(bit: int) -> np.ndarray:
        return np.add.reduceat(cls & bit, starts, dtype=acc).astype(np.int64) // bit

    nonspace = chars - seg(_SPACE_BIT)
    cjk = seg(_CJK_BIT) if a.dtype != np.uint8 else np.zeros(n, dtype=np.int64)
    sym = seg(_SPECIAL_BIT) if special else np.zeros(n, dtype=np.int64)
    if wide:
        # Characters beyond the BMP (emoji, rare Han): those texts are counted by RE2 itself.
        big = np.flatnonzero(np.add.reduceat(odd, starts, dtype=np.int64))
        exact = _column_counts_re2([texts[i] for i in big.tolist()], special)
        for key, col in (("nonspace", nonspace), ("cjk", cjk), ("special", sym)):
            col[big] = exact[key]
    return nonspace, cjk, sym


def column_counts(texts: Sequence[str], special: bool = True) -> dict[str, np.ndarray]:
    """Per text: ``chars`` (code points), ``nonspace``, ``cjk`` and ``special`` counts (0 unless ``special``).

    Whitespace is ASCII whitespace, U+3000 and U+00A0 (what is left after the whitespace operation).
    Counted with numpy over all texts at once, through a per-code-point class table built from the
    RE2 patterns (ASCII texts one byte per character; texts with characters beyond the BMP are
    counted by the RE2 kernels directly).
    """
    texts = list(texts)
    n = len(texts)
    chars = np.fromiter(map(len, texts), dtype=np.int64, count=n)
    if not n:
        zero = np.zeros(0, dtype=np.int64)
        return {"chars": chars, "nonspace": zero, "cjk": zero, "special": zero}
    ascii_mask = np.fromiter(map(str.isascii, texts), dtype=bool, count=n)
    if ascii_mask.all() or not ascii_mask.any():
        nonspace, cjk, sym = _class_counts(texts, chars, special)
    else:
        nonspace, cjk, sym = (np.zeros(n, dtype=np.int64) for _ in range(3))
        for mask in (ascii_mask, ~ascii_mask):
            idx = np.flatnonzero(mask)
            part = _class_counts([texts[i] for i in idx.tolist()], chars[idx], special)
            for col, values in zip((nonspace, cjk, sym), part):
                col[idx] = values
    return {"chars": chars, "nonspace": nonspace, "cjk": cjk, "special": sym}


def cjk_count(text: str) -> int:
    """Number of CJK characters (Han, kana, hangul) in ``text``."""
    return 0 if text.isascii() else int(column_counts([text])["cjk"][0])


def nonspace_count(text: str) -> int:
    """Number of characters in ``text`` that are not whitespace (ASCII whitespace, U+3000, U+00A0)."""
    return _nonspace(text)


def text_units(text: str, cjk_weight: int = 3) -> int:
    """Length in units: non-whitespace characters, each CJK character counting ``cjk_weight`` times."""
    if not text:
        return 0
    c = column_counts([text])
    return int(c["nonspace"][0] + (cjk_weight - 1) * c["cjk"][0])


def tokens(text: str) -> list[str]:
    """Lower-cased tokens: single CJK characters and runs of letters/digits of other scripts."""
    return _TOKEN.findall(text.lower())


def special_ratio(prose: str) -> float:
    """Share of non-whitespace characters that are symbols (not letters, digits or common punctuation)."""
    c = column_counts([prose])
    n = int(c["nonspace"][0])
    return int(c["special"][0]) / n if n else 0.0


def _wordish_table() -> np.ndarray:
    cp = np.arange(0x10000, dtype=np.uint32)
    low = cp | 0x20
    table = ((low >= 0x61) & (low <= 0x7A)) | ((cp >= 0xC0) & (cp != 0xD7) & (cp != 0xF7))
    for lo, hi in ((0x2000, 0x2BFF), (0x3000, 0x303F), (0xD800, 0xDFFF), (0xFE10, 0xFE6F), (0xFF00, 0xFF20)):
        table[lo : hi + 1] = False
    table[0xFF3B:0xFF41] = False
    return table


WORDISH_BMP = _wordish_table()


def wordish_codepoints(a: np.ndarray) -> np.ndarray:
    """Per code point: True for a letter or digit (not an underscore)."""
    return WORDISH_BMP[np.minimum(a, 0xFFFF)] | (a > 0xFFFF)


_MATH_LINE = re.compile(
    r"\d\s*[=+\-−×÷*/^<>≤≥%]|[=+\-−×÷*/^<>≤≥]\s*[\d(]|[∑∫√π≈≠±∞∂∆∇∈∉⊂⊆∪∩→⇒⇔°]"
    r"|\\[A-Za-z]{2,}|[_^]\{|^\s*(?:\$\$?|\\[\[\]()])\s*$"
)
"""A line with a formula: a digit next to an operator, a mathematical symbol, TeX markup (a command such as
``\\frac``, a braced sub- or superscript) or a display-math delimiter line (``$$``, ``\\[``, ``\\]``)."""


def prose_special_ratio(prose: str) -> float:
    """:func:`special_ratio` over the prose lines only: code lines, table rows and formulas left out.

    Symbols belong to code (``{};=``), tables (``|---|``) and mathematics (``∑ x² ≤ 1``); they count
    against language only in prose.
    """
    lines = [ln for ln in prose_lines(prose) if not _MATH_LINE.search(ln)]
    return special_ratio("\n".join(lines)) if lines else 0.0
