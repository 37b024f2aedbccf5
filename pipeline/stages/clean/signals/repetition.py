"""Repetition measures: repeated characters, duplicate lines and repeated n-grams."""

from __future__ import annotations

import itertools
import operator
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from pipeline.stages.clean.signals.counts import WORDISH, WORDISH_BMP, nonspace_count, wordish_codepoints


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
        wordish = WORDISH_BMP[a]
    else:
        a = np.frombuffer("\x00".join(texts).encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        wordish = wordish_codepoints(a)
    starts = np.concatenate(([0], np.cumsum(lengths + 1)[:-1]))
    intervals: list[tuple[int, int]] = []
    for k in (1, 2, 3, 4):
        if len(a) <= k:
            break
        eq = (a[:-k] == a[k:]) & wordish[:-k]
        if not eq.any():
            continue
        # Runs of True: starts where the previous position is False, ends (exclusive) likewise.
        change = np.flatnonzero(eq[1:] != eq[:-1]) + 1
        rising = eq[change]
        run_start = change[rising]
        run_end = change[~rising]
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


PHRASE_UNITS = (5, 6, 7, 8)
"""Unit lengths (characters) of the phrase loops measured by :func:`phrase_run_repeats`."""


def phrase_run_repeats(texts: Sequence[str], units: Sequence[int] = PHRASE_UNITS) -> np.ndarray:
    """Per text: the most back-to-back repeats of a 5-8 character unit made of CJK characters or letters.

    Chinese has no spaces, so a generation loop over a phrase (``进行冥想好进行冥想好…``) is a run of
    one 5-8 character unit, which neither the word stutter (whitespace words) nor the character runs
    (1-4 characters) see. Computed like :func:`char_repetition_fracs`: for each unit length k,
    runs of positions whose character equals the one k places on; a run of length L holds L / k + 1
    repeats. Only texts with a character beyond ASCII are measured (0 for the others).
    """
    n = len(texts)
    out = np.zeros(n, dtype=np.int64)
    idx = [i for i, t in enumerate(texts) if not t.isascii() and len(t) >= 2 * units[0]]
    if not idx:
        return out
    sub = [texts[i] for i in idx]
    lengths = np.fromiter(map(len, sub), dtype=np.int64, count=len(sub))
    a = np.frombuffer("\x00".join(sub).encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    wordish = wordish_codepoints(a)
    starts = np.concatenate(([0], np.cumsum(lengths + 1)[:-1]))
    best = np.zeros(len(sub), dtype=np.int64)
    for k in units:
        if len(a) <= k:
            break
        eq = (a[:-k] == a[k:]) & wordish[:-k]
        if not eq.any():
            continue
        padded = np.concatenate(([False], eq, [False]))
        edges = np.flatnonzero(padded[1:] != padded[:-1])
        run_start, run_end = edges[::2], edges[1::2]
        reps = (run_end - run_start) // k + 1
        keep = reps >= 3
        if not keep.any():
            continue
        owner = np.searchsorted(starts, run_start[keep], side="right") - 1
        np.maximum.at(best, owner, reps[keep])
    out[np.asarray(idx)] = best
    return out


def dup_line_fracs(prose: str, min_lines: int = 2) -> tuple[float, float, int]:
    """Gopher line repetition: (share of lines repeating an earlier line, their share of characters, lines).

    Lines are stripped; blank lines and lines without any letter, digit or CJK character (``}``,
    ``---``) are ignored. With fewer than ``min_lines`` counted lines both shares are 0.
    """
    if "\n" not in prose:
        return 0.0, 0.0, 1 if prose.strip() else 0
    lines = [ln.strip() for ln in prose.split("\n")]
    lines = [ln for ln in lines if ln and WORDISH.search(ln)]
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


NO_NGRAMS = NgramCheck(None, None, None)


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
        return NO_NGRAMS
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


_NUMBERING_RUN = re.compile(r"(?<!\S)(\d{1,3}[.)、])(?:\s+\1){2,}(?!\S)")
_UNIT_ONLY = re.compile(r"\s*(\S{1,4}?)\1{3,}\s*")
UNIT_ONLY_MAX_CHARS = 400
"""Longer answers are not judged by :func:`unit_only`."""
UNIT_ONLY_MIN_CHARS = 8
_NUMBER_TOPIC = re.compile(
    r"\d|number|digit|pattern|sequence|repeat|password|pin\b|code|数字|号码|序列|重复|密码", re.I
)


def numbering_run(text: str) -> int:
    """The longest run of one list marker repeated with nothing between (``1. 1. 1. 1.``), in markers."""
    best = 0
    for m in _NUMBERING_RUN.finditer(text):
        best = max(best, len(m.group(0).split()))
    return best


def unit_only(output: str, prompt: str) -> bool:
    """True when the whole answer is one 1-4 character unit without letters repeated (``123123123123``).

    At least :data:`UNIT_ONLY_MIN_CHARS` characters, for a prompt without digits or a topic of numbers,
    patterns or repetition: a key held down or a pattern hammered (``666666666``), not an answer.
    """
    text = output.strip()
    m = _UNIT_ONLY.fullmatch(text) if len(text) >= UNIT_ONLY_MIN_CHARS else None
    if m is None or any(ch.isalpha() for ch in m.group(1)):
        return False  # letter units ("hahaha") are judged by repetition_chars
    return _NUMBER_TOPIC.search(prompt) is None
