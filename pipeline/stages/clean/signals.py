"""Quality signals of a record: lengths, ratios, repetition measures and a coherence score.

The clean stage computes them once per record (after cleaning), uses them in its filters
(:mod:`pipeline.stages.clean.filters`) and keeps them on every kept record as ``q_*`` columns
(:data:`SIGNAL_SCHEMA`) so later stages and reviewers can sort and filter by them.

Measures that judge language (special characters, repetition, coherence) look at the *prose* of the
output: its text outside fenced code blocks. Tokens are CJK characters one by one and runs of
letters/digits for other scripts, so the same measure works for Chinese and English.
"""

from __future__ import annotations

import itertools
import operator
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pyarrow as pa

from pipeline.text.normalize import prose_text

SIGNAL_SCHEMA = pa.schema(
    [
        pa.field("q_instruction_chars", pa.int32(), nullable=False),
        pa.field("q_input_chars", pa.int32(), nullable=False),
        pa.field("q_output_chars", pa.int32(), nullable=False),
        pa.field("q_output_units", pa.int32(), nullable=False),
        pa.field("q_cjk_ratio", pa.float32(), nullable=False),
        pa.field("q_special_ratio", pa.float32(), nullable=False),
        pa.field("q_dup_line_frac", pa.float32(), nullable=False),
        pa.field("q_top_ngram_frac", pa.float32()),
        pa.field("q_dup_ngram_frac", pa.float32()),
        pa.field("q_char_rep_frac", pa.float32(), nullable=False),
        pa.field("q_coherence", pa.float32()),
    ]
)
"""The signal columns appended to kept records by the clean stage (see docs/CLEAN.md)."""

_CJK_CLASS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
_TOKEN = re.compile(f"[{_CJK_CLASS}]|[^\\W_{_CJK_CLASS}]+")
_WORDISH = re.compile(r"[^\W_]")

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


def _count(texts: pa.Array, pattern: str) -> np.ndarray:
    import pyarrow.compute as pc

    return pc.count_substring_regex(texts, pattern).to_numpy(zero_copy_only=False).astype(np.int64)


def _nonspace(text: str) -> int:
    spaces = sum(map(text.count, (" ", "\n", "\t", "\r", "\x0b", "\x0c")))
    if not text.isascii():
        spaces += text.count("\u3000") + text.count("\u00a0")
    return len(text) - spaces


def _length(arr: pa.Array) -> np.ndarray:
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

    def seg(bit: int) -> np.ndarray:
        return np.add.reduceat(cls & bit, starts, dtype=np.int64) // bit

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


_WORDISH_BMP = _wordish_table()


def _wordish_codepoints(a: np.ndarray) -> np.ndarray:
    return _WORDISH_BMP[np.minimum(a, 0xFFFF)] | (a > 0xFFFF)


def char_repetition_fracs(texts: Sequence[str], nonspace: np.ndarray, min_repeats: int = 5) -> np.ndarray:
    """Per text: share of non-whitespace characters in runs of a 1-4 character unit repeated ``min_repeats`` times.

    Only units made of letters, CJK characters or emoji count (``哈哈哈哈哈``, ``abababab``, ``!!!``
    does not, nor ``33333`` in a decimal or ``=====`` separators). Computed with numpy over all
    texts at once: for each unit length k, positions where a character equals the one k places on.
    """
    n = len(texts)
    out = np.zeros(n, dtype=np.float64)
    if not n:
        return out
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=n)
    if int(lengths.max(initial=0)) < min_repeats:
        return out
    # ASCII texts are handled apart, one byte per character (same runs, a quarter of the memory).
    ascii_mask = np.fromiter(map(str.isascii, texts), dtype=bool, count=n)
    if ascii_mask.any() and not ascii_mask.all():
        for mask in (ascii_mask, ~ascii_mask):
            idx = np.flatnonzero(mask)
            sub = [texts[i] for i in idx.tolist()]
            out[idx] = char_repetition_fracs(sub, np.asarray(nonspace)[idx], min_repeats)
        return out
    if ascii_mask.all():
        a = np.frombuffer("\x00".join(texts).encode("ascii"), dtype=np.uint8)
        wordish = _WORDISH_BMP[a]
    else:
        a = np.frombuffer("\x00".join(texts).encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        wordish = _wordish_codepoints(a)
    starts = np.concatenate(([0], np.cumsum(lengths + 1)[:-1]))
    intervals: list[tuple[int, int]] = []
    for k in (1, 2, 3, 4):
        if len(a) <= k:
            break
        eq = (a[:-k] == a[k:]) & wordish[:-k]
        if not eq.any():
            continue
        # Runs of True: starts where the previous position is False, ends (exclusive) likewise.
        run_start = np.flatnonzero(eq[1:] & ~eq[:-1]) + 1
        run_end = np.flatnonzero(eq[:-1] & ~eq[1:]) + 1
        if eq[0]:
            run_start = np.concatenate(([0], run_start))
        if eq[-1]:
            run_end = np.concatenate((run_end, [len(eq)]))
        keep = (run_end - run_start) >= (min_repeats - 1) * k
        if keep.any():
            # A run of equal-at-distance-k positions [s, e) covers the characters [s, e + k).
            intervals.extend(zip(run_start[keep].tolist(), (run_end[keep] + k).tolist()))
    if not intervals:
        return out
    # Union of the covered intervals (runs never cross a separator, so never cross texts).
    intervals.sort()
    merged: list[list[int]] = []
    for s0, e0 in intervals:
        if merged and s0 <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e0)
        else:
            merged.append([s0, e0])
    m = np.array(merged, dtype=np.int64)
    owner = np.searchsorted(starts, m[:, 0], side="right") - 1
    counts = np.bincount(owner, weights=m[:, 1] - m[:, 0], minlength=n)
    return np.minimum(1.0, counts / np.maximum(1, nonspace))


def dup_line_fracs(prose: str, min_lines: int = 2) -> tuple[float, float, int]:
    """Gopher line repetition: (share of lines repeating an earlier line, their share of characters, lines).

    Lines are stripped; blank lines and lines without any letter, digit or CJK character (``}``,
    ``---``) are ignored. With fewer than ``min_lines`` counted lines both shares are 0.
    """
    if "\n" not in prose:
        return 0.0, 0.0, 1 if prose.strip() else 0
    lines = [ln.strip() for ln in prose.split("\n")]
    lines = [ln for ln in lines if ln and _WORDISH.search(ln)]
    n = len(lines)
    if n < min_lines:
        return 0.0, 0.0, n
    seen: set[str] = set()
    dup = dup_chars = total = 0
    for ln in lines:
        total += len(ln)
        if ln in seen:
            dup += 1
            dup_chars += len(ln)
        else:
            seen.add(ln)
    return dup / n, (dup_chars / total if total else 0.0), n


def top_ngram_frac(toks: Sequence[str], n: int, total_chars: int) -> float:
    """Share of token characters covered by occurrences of the most frequent n-gram (Gopher)."""
    if len(toks) < n or not total_chars:
        return 0.0
    grams = Counter(zip(*(toks[i:] for i in range(n))))
    gram, count = grams.most_common(1)[0]
    if count < 2:
        return 0.0
    return min(1.0, count * sum(len(t) for t in gram) / total_chars)


def dup_ngram_frac(toks: Sequence[str], n: int, total_chars: int) -> float:
    """Share of token characters inside n-grams that occur more than once (Gopher, overlaps counted once)."""
    if len(toks) < n or not total_chars:
        return 0.0
    grams = list(zip(*(toks[i:] for i in range(n))))
    counts = Counter(grams)
    if len(counts) == len(grams):
        return 0.0
    covered = bytearray(len(toks))
    for i, g in enumerate(grams):
        if counts[g] > 1:
            covered[i : i + n] = b"\x01" * n
    return sum(len(t) for t, c in zip(toks, covered) if c) / total_chars


def _top_frac(grams: Counter, total_chars: int) -> float:
    """:func:`top_ngram_frac` from the n-gram counts (the first most frequent n-gram, as Counter)."""
    gram, count = grams.most_common(1)[0]
    if count < 2:
        return 0.0
    return min(1.0, count * sum(len(t) for t in gram) / total_chars)


def _dup_frac_pruned(toks: Sequence[str], n: int, total_chars: int, pairs: Counter) -> float:
    """:func:`dup_ngram_frac`, counting only n-grams whose adjacent token pairs all repeat.

    Every occurrence of a repeated n-gram has all its n - 1 adjacent pairs occurring at least twice
    (``pairs`` counts the pairs of ``toks``), so n-grams starting elsewhere cannot repeat: leaving
    them out changes no count that matters and the value is exactly that of :func:`dup_ngram_frac`.
    """
    if len(toks) < n or not total_chars:
        return 0.0
    need = n - 1
    repeated = {p for p, c in pairs.items() if c > 1}
    if not repeated:
        return 0.0
    mask = bytes(map(repeated.__contains__, zip(toks, itertools.islice(toks, 1, None))))
    if b"\x01" * need not in mask:
        return 0.0
    starts = [i for m in re.finditer(b"\x01{%d,}" % need, mask) for i in range(m.start(), m.end() - need + 1)]
    grams = [tuple(toks[i : i + n]) for i in starts]
    counts = Counter(grams)
    if len(counts) == len(grams):
        return 0.0
    covered = bytearray(len(toks))
    for i, g in zip(starts, grams):
        if counts[g] > 1:
            covered[i : i + n] = b"\x01" * n
    return sum(len(t) for t, c in zip(toks, covered) if c) / total_chars


@dataclass(frozen=True)
class NgramCheck:
    """Result of the Gopher n-gram repetition check on one text."""

    top2: float | None
    dup5: float | None
    violation: tuple[str, int, float, float] | None
    """``("top"|"dup", n, value, threshold)`` of the first threshold exceeded, or None."""


_NO_NGRAMS = NgramCheck(None, None, None)


def ngram_repetition(
    toks: Sequence[str],
    top_max: Sequence[float],
    dup_max: Sequence[float],
    min_tokens: int,
    scale: int = 1,
) -> NgramCheck:
    """Gopher's n-gram repetition: most frequent 2-4-grams and duplicated 5-10-grams.

    ``scale`` multiplies every n and ``min_tokens``: 2 for Chinese text, whose tokens are single
    characters (a Chinese word is about two characters, so a 10-character n-gram plays the part of
    Gopher's 5-word one). Below ``min_tokens * scale`` tokens nothing is measured (all None).
    Duplicated n-gram coverage can only shrink as n grows, so when the first value is under every
    duplicate threshold the larger n are skipped without changing the outcome.
    """
    if len(toks) < min_tokens * scale:
        return _NO_NGRAMS
    total = sum(map(len, toks))
    violation = None
    # count(g) * chars(g) <= n * max over tokens of count(t) * len(t): a cheap upper bound that lets
    # most texts skip the longer top n-gram counts without changing the outcome.
    unigram = Counter(toks)
    bound = max(map(operator.mul, unigram.values(), map(len, unigram))) / total if total else 0.0
    pairs = Counter(zip(toks, itertools.islice(toks, 1, None)))
    top2 = 0.0
    for i, base in enumerate((2, 3, 4)):
        n = base * scale
        if violation is None and (i == 0 or n * bound > top_max[i]):
            if n == 2:
                v = _top_frac(pairs, total) if len(toks) >= 2 and total else 0.0
            else:
                v = top_ngram_frac(toks, n, total)
            if i == 0:
                top2 = v
            if v > top_max[i]:
                violation = ("top", n, v, top_max[i])
    dup5 = _dup_frac_pruned(toks, 5 * scale, total, pairs)
    if violation is None and dup5 > min(dup_max):
        for i, base in enumerate(range(5, 11)):
            n = base * scale
            v = dup5 if base == 5 else _dup_frac_pruned(toks, n, total, pairs)
            if v > dup_max[i]:
                violation = ("dup", n, v, dup_max[i])
                break
    return NgramCheck(top2, dup5, violation)


def char_repetition_frac(prose: str, min_repeats: int = 5) -> float:
    """:func:`char_repetition_fracs` for one text."""
    return float(char_repetition_fracs([prose], np.array([nonspace_count(prose)]), min_repeats)[0])


_SENTENCE_SPLIT = re.compile(r"[。！？!?；;\n]+|\.\s+")
_EN_CONTENT = re.compile(r"[a-z]{3,}")
_ASCII_COHERENCE_SCAN = re.compile(r"([a-z]{3,})|[。！？!?；;\n]+|\.\s+")
"""English content-word candidates (group 1) and sentence ends (empty group) in one pattern."""
_EN_STOP = frozenset(
    """the and but then for with from are was were been being its this that these those there here what which
    who whom when where why how not does did have has had can could will would should may might must shall you
    your she they them their our his her him also very just than such more most some any all each other into
    over about only one two""".split()  # noqa: SIM905
)
_ZH_STOP = frozenset("的了是在和也就都而及与着或一个我你他她它们这那有为以之于上下中")


def _han_class_without(stop: frozenset[str]) -> str:
    ranges, lo = [], 0x4E00
    for cp in sorted(ord(c) for c in stop if 0x4E00 <= ord(c) <= 0x9FFF):
        if cp > lo:
            ranges.append(f"{chr(lo)}-{chr(cp - 1)}")
        lo = cp + 1
    ranges.append(f"{chr(lo)}-\u9fff")
    return "[" + "".join(ranges) + "]"


_HAN_CONTENT_BIGRAM = re.compile(f"(?=({_han_class_without(_ZH_STOP)}{{2}}))")
"""Overlapping Han bigrams whose two characters are both not function characters."""


def _content(sentence: str) -> set[str]:
    """Content words of an already lower-cased sentence."""
    out = set(_EN_CONTENT.findall(sentence))
    out -= _EN_STOP
    if not sentence.isascii():
        out.update(_HAN_CONTENT_BIGRAM.findall(sentence))
    return out


def coherence(prose: str, min_sentences: int = 3) -> float | None:
    """Adjacent-sentence overlap: the share of neighbouring sentence pairs sharing a content word.

    Content words are lower-cased runs of three or more ASCII letters that are not stop words, and
    Han character bigrams without function characters (的, 了, 是 ...). A list of unrelated items
    or a text that jumps topic scores low; None when the text has fewer than ``min_sentences``
    sentences with content words.
    """
    low = prose.lower()
    if low.isascii():
        # One scan for words and sentence ends (neither can contain the other): the same sentences
        # and content words as splitting first.
        # Runs of words between sentence ends (the empty strings) are the sentences.
        groups = itertools.groupby(_ASCII_COHERENCE_SCAN.findall(low), bool)
        sents = [c for is_word, words in groups if is_word and (c := set(words) - _EN_STOP)]
    else:
        pieces = _SENTENCE_SPLIT.split(low)
        if len(pieces) < min_sentences:  # too few sentences, with or without content words
            return None
        sents = [c for c in map(_content, pieces) if c]
    if len(sents) < min_sentences:
        return None
    linked = sum(1 for a, b in itertools.pairwise(sents) if not a.isdisjoint(b))
    return linked / (len(sents) - 1)


@dataclass(frozen=True)
class SignalSettings:
    """Thresholds that decide which signals are computed."""

    cjk_weight: int = 3
    repetition_min_lines: int = 4
    ngram_min_tokens: int = 100
    top_ngram_max: tuple[float, ...] = (0.20, 0.18, 0.16)
    dup_ngram_max: tuple[float, ...] = (0.15, 0.14, 0.13, 0.12, 0.11, 0.10)
    char_repetition_min_repeats: int = 5
    coherence_min_units: int = 400
    coherence_min_sentences: int = 3


@dataclass(slots=True)
class RecordSignals:
    """The signals of one record (the output's prose unless said otherwise)."""

    instruction_chars: int
    input_chars: int
    output_chars: int
    output_units: int
    prompt_units: int
    cjk_ratio: float
    special_ratio: float
    prose_chars: int
    dup_line_frac: float
    dup_line_char_frac: float
    lines: int
    ngrams: NgramCheck
    char_rep_frac: float
    coherence: float | None

    def columns(self) -> tuple[object, ...]:
        """Values in the order of :data:`SIGNAL_SCHEMA`."""
        return (
            self.instruction_chars,
            self.input_chars,
            self.output_chars,
            self.output_units,
            self.cjk_ratio,
            self.special_ratio,
            self.dup_line_frac,
            self.ngrams.top2,
            self.ngrams.dup5,
            self.char_rep_frac,
            self.coherence,
        )


def batch_signals(
    instructions: Sequence[str],
    inputs: Sequence[str],
    outputs: Sequence[str],
    prompt_extra: Sequence[Sequence[str]] | None = None,
    settings: SignalSettings | None = None,
) -> list[RecordSignals]:
    """Compute the signals of many cleaned records at once.

    Counts (lengths, CJK, symbols) and character repetition are computed column-wise (numpy over
    code points, classes taken from the RE2 patterns); line and n-gram repetition and coherence per
    record, and only where the text is long enough for them to mean anything. ``prompt_extra[i]`` holds record i's system and
    history texts.
    """
    s = settings or SignalSettings()
    w = s.cjk_weight
    n = len(outputs)
    proses = [prose_text(o) if ("```" in o or "~~~" in o) else o for o in outputs]
    ci = column_counts(instructions, special=False)
    cn = column_counts(inputs, special=False)
    co = column_counts(outputs)
    cp = column_counts(proses) if any(p is not o for p, o in zip(proses, outputs)) else co
    out_units = co["nonspace"] + (w - 1) * co["cjk"]
    prompt_units = ci["nonspace"] + (w - 1) * ci["cjk"] + cn["nonspace"] + (w - 1) * cn["cjk"]
    if prompt_extra is not None:
        extra_idx = [i for i, ex in enumerate(prompt_extra) if ex]
        if extra_idx:
            flat = [t for i in extra_idx for t in prompt_extra[i]]
            ce = column_counts(flat, special=False)
            units = ce["nonspace"] + (w - 1) * ce["cjk"]
            pos = 0
            for i in extra_idx:
                k = len(prompt_extra[i])
                prompt_units[i] += int(units[pos : pos + k].sum())
                pos += k
    special = np.divide(cp["special"], cp["nonspace"], out=np.zeros(n), where=cp["nonspace"] > 0).tolist()
    cjk_ratio = np.divide(co["cjk"], co["nonspace"], out=np.zeros(n), where=co["nonspace"] > 0).tolist()
    char_rep = char_repetition_fracs(proses, cp["nonspace"], s.char_repetition_min_repeats).tolist()
    prose_cjk = cp["cjk"].tolist()
    prose_chars = cp["chars"].tolist()
    units_l = out_units.tolist()
    prompt_l = prompt_units.tolist()
    ins_chars, inp_chars, out_chars = ci["chars"].tolist(), cn["chars"].tolist(), co["chars"].tolist()
    min_tok = s.ngram_min_tokens
    result = []
    for i in range(n):
        prose = proses[i]
        dl, dlc, nlines = dup_line_fracs(prose, s.repetition_min_lines)
        ng = _NO_NGRAMS
        # Words (whitespace-separated) plus CJK characters decide whether the n-gram check applies.
        if prose_chars[i] >= min_tok:
            cjk = prose_cjk[i]
            scale = 2 if cjk and 2 * cjk > len(prose) - prose.count(" ") else 1
            if (cjk if scale == 2 else len(prose.split()) + cjk) >= min_tok * scale:
                ng = ngram_repetition(tokens(prose), s.top_ngram_max, s.dup_ngram_max, 1, scale)
        units = units_l[i]
        coh = coherence(prose, s.coherence_min_sentences) if units >= s.coherence_min_units else None
        result.append(
            RecordSignals(
                ins_chars[i],
                inp_chars[i],
                out_chars[i],
                units,
                prompt_l[i],
                cjk_ratio[i],
                special[i],
                prose_chars[i],
                dl,
                dlc,
                nlines,
                ng,
                char_rep[i],
                coh,
            )
        )
    return result


def record_signals(
    instruction: str,
    input_: str,
    output: str,
    prompt_extra: Sequence[str] = (),
    settings: SignalSettings | None = None,
) -> RecordSignals:
    """The signals of one cleaned record (:func:`batch_signals` for a batch of one)."""
    return batch_signals([instruction], [input_], [output], [list(prompt_extra)], settings)[0]


def signals_table(rows: Sequence[RecordSignals]) -> pa.Table:
    """The ``q_*`` columns for ``rows`` as a table with :data:`SIGNAL_SCHEMA`."""
    cols = list(zip(*(r.columns() for r in rows))) if rows else [() for _ in SIGNAL_SCHEMA]
    arrays = [pa.array(list(c), type=f.type) for c, f in zip(cols, SIGNAL_SCHEMA)]
    return pa.Table.from_arrays(arrays, schema=SIGNAL_SCHEMA)
