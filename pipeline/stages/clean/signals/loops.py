"""Generation loops: the same unit (word, sentence, line, paragraph) produced over and over.

Instruction data repeats on purpose: a song's chorus, the parallel lines of a pros/cons list, three
example requests of the same form, a multiplication table. What it does not do is repeat a unit
*back to back* many times, or consist mostly of copies of a few units. So the measures here are

- ``stutter``: the longest run of one short word n-gram (1-4 words) repeated back to back
  (``the the the …``), counted in repeats; numbers do not count;
- ``block_repeats``: the most times a block of consecutive units (lines and sentences, list
  numbering stripped) is repeated back to back (a sentence 20 times, a paragraph pasted five times,
  one list item for 30 more numbers);
- ``dup_share``: the share of the unit characters that copy an earlier unit (a chorus sung three
  times in a six-part song gives about a third; a pasted paragraph nearly all);
- ``distinct_units``: how many different units there are (``units`` in all, ``unit_chars`` their characters).

Code lines (:func:`pipeline.text.blocks.is_code_line`) are not units: code repeats lines by nature.

Units are compared after folding: case, whitespace and list markers (``1.``, ``-``, ``(a)``) removed.
"""

from __future__ import annotations

import itertools
import operator
import re
import string
from dataclasses import dataclass

import numpy as np
import pyarrow as pa

from pipeline.text.blocks import is_code_line

_PUNCT = string.punctuation + "，。！？、；：“”‘’（）《》【】…—"
_SENTENCE_END = re.compile(r"(?<=[.!?。！？；;])\s+|(?<=[。！？；])")
_LIST_MARK = re.compile(
    r"^\s*(?:[-*•·>#]+|\(?\d{1,3}[.)、:：]|\(?[a-zA-Z][.)]|[（(]\d{1,3}[)）]|[一二三四五六七八九十]+[、.])\s*"
)
_SPACES = re.compile(r"\s+")
_WORDISH = re.compile(r"[^\W_]")

MIN_UNIT_BYTES = 8
"""Units shorter than this many UTF-8 bytes (a CJK character is 3) are ignored: ``Chorus:``, ``Yes``, ``}``."""

MAX_UNITS = 400
"""Only the first units of a very long output are compared (block repeats are quadratic)."""


@dataclass(frozen=True, slots=True)
class LoopSignals:
    """Loop measures of one text (see the module doc)."""

    stutter: int
    stutter_chars: int
    block_repeats: int
    block_chars: int
    dup_share: float
    units: int
    distinct_units: int
    unit_chars: int


NO_LOOPS = LoopSignals(0, 0, 0, 0, 0.0, 0, 0, 0)


_MARK_START = frozenset("-*•·>#(（0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ一二三四五六七八九十")


def fold_unit(text: str) -> str:
    """A line or sentence folded for comparison: list marker removed, spaces collapsed, lower case."""
    text = text.strip()
    if text[:1] in _MARK_START:
        text = _LIST_MARK.sub("", text)
    return " ".join(text.split()).lower()


def units(text: str) -> list[str]:
    """The folded lines of ``text``, long lines cut into sentences; short units and code lines dropped."""
    out: list[str] = []
    for line in text.split("\n"):
        if not line.strip() or is_code_line(line):
            continue
        parts = _SENTENCE_END.split(line) if len(line) > 80 else (line,)
        for part in parts:
            u = fold_unit(part)
            if (len(u) >= MIN_UNIT_BYTES or len(u.encode()) >= MIN_UNIT_BYTES) and _WORDISH.search(u):
                out.append(u)
    return out


def _block_repeats(seq: list[str]) -> tuple[int, int]:
    """(most back-to-back repeats of a block of units, characters of that stretch)."""
    m = len(seq)
    best, best_chars = 1, 0
    for p in range(1, m // 2 + 1):
        run = 0
        for i in range(m - p):
            if seq[i] == seq[i + p]:
                run += 1
                reps = run // p + 1
                if reps > best:
                    best = reps
                    start = i + 1 - run
                    best_chars = sum(len(u) for u in seq[start : i + p + 1])
            else:
                run = 0
        if m // p < best:  # a longer period cannot repeat more often
            break
    return best, best_chars


def _stutter(words: list[str], min_repeats: int) -> tuple[int, int]:
    """(longest back-to-back run of a 1-4 word n-gram in repeats, its characters), when it reaches ``min_repeats``.

    A run of ``r`` repeats of an n-word unit makes ``(r - 1) * n`` positions equal to the word ``n``
    places on; those are counted first (in C, ``map(operator.eq, …)``) and the exact run is looked
    for only where there are enough of them. Runs shorter than ``min_repeats`` are reported as 1.
    """
    best, best_chars = 1, 0
    n_tok = len(words)
    for n in (1, 2, 3, 4):
        if n_tok < min_repeats * n:
            break
        if sum(map(operator.eq, words, itertools.islice(words, n, None))) < (min_repeats - 1) * n:
            continue
        run = 0
        for i in range(n_tok - n):
            if words[i] == words[i + n] and not words[i].isdigit():
                run += 1
                reps = run // n + 1
                if reps > best:
                    best = reps
                    best_chars = reps * sum(len(t) for t in words[i + 1 - n : i + 1])
            else:
                run = 0
    return (best, best_chars) if best >= min_repeats else (1, 0)


STUTTER_MIN = 5
"""Back-to-back runs shorter than this are not reported (``stutter`` is then 1)."""


_SENTENCE_BREAKS = str.maketrans({"。": "。\n", "！": "！\n", "？": "？\n", "；": "；\n"})
_MARK_CHARS = "0123456789.)、-*•·># \t"


def might_repeat(text: str) -> bool:
    """Cheap necessary condition for a repeated unit: some line or sentence (list marker aside) occurs twice."""
    t = text.translate(_SENTENCE_BREAKS) if not text.isascii() else text
    t = t.replace(". ", ".\n").replace("! ", "!\n").replace("? ", "?\n")
    pieces = [p.lstrip(_MARK_CHARS).rstrip() for p in t.split("\n")]
    pieces = [p for p in pieces if len(p) >= 6]
    return len(set(pieces)) < len(pieces)


def loop_signals(text: str) -> LoopSignals:
    """The loop measures of ``text`` (normally the prose of an output).

    Words for ``stutter`` are the whitespace-separated words with surrounding punctuation removed;
    Chinese text has no spaces, and its stutters (``这个这个这个``) are character runs, measured by
    :func:`pipeline.stages.clean.signals.repetition.char_repetition_fracs`. Units are compared only
    when some line or sentence occurs twice (:func:`might_repeat`); otherwise ``units``,
    ``distinct_units`` and ``unit_chars`` are 0.
    """
    if not text:
        return NO_LOOPS
    words = text.lower().split()
    stutter, stutter_chars = 1, 0
    if len(words) >= 2 * STUTTER_MIN and any(
        sum(map(operator.eq, words, itertools.islice(words, n, None))) >= (STUTTER_MIN - 1) * n for n in (1, 2, 3, 4)
    ):
        clean = [w.strip(_PUNCT) for w in words]
        stutter, stutter_chars = _stutter([w for w in clean if w], STUTTER_MIN)
    if not might_repeat(text):
        return LoopSignals(stutter, stutter_chars, 1, 0, 0.0, 0, 0, 0)
    seq = units(text)[:MAX_UNITS]
    n = len(seq)
    if n < 2:
        return LoopSignals(stutter, stutter_chars, 1, 0, 0.0, n, n, sum(map(len, seq)))
    seen: set[str] = set()
    dup = total = 0
    for u in seq:
        total += len(u)
        if u in seen:
            dup += len(u)
        else:
            seen.add(u)
    distinct = len(seen)
    if distinct == n:
        return LoopSignals(stutter, stutter_chars, 1, 0, 0.0, n, n, total)
    reps, chars = _block_repeats(seq)
    return LoopSignals(stutter, stutter_chars, reps, chars, dup / total if total else 0.0, n, distinct, total)


def loop_candidates(texts: list[str], stutter_min: int = STUTTER_MIN) -> np.ndarray:
    """Per text: could :func:`loop_signals` find anything? (a superset, computed column-wise).

    True when a line or sentence (list marker aside, at least six characters) occurs twice in the
    text, or when some word equals the word one to four places on often enough for a stutter of
    ``stutter_min`` repeats. Arrow splits, lower-cases and dictionary-encodes all texts at once; numpy
    finds the repeats.
    """
    import pyarrow.compute as pc

    n = len(texts)
    out = np.zeros(n, dtype=bool)
    if not n:
        return out
    arr = pa.array(texts, type=pa.string())
    cut = pc.replace_substring_regex(arr, r"([.!?;]) +", "\\1\n")
    if not all(t.isascii() for t in texts):
        cut = pc.replace_substring_regex(cut, "([。！？；])", "\\1\n")
    pieces = pc.split_pattern(cut, "\n")
    parents = pc.list_parent_indices(pieces).to_numpy()
    flat = pc.utf8_rtrim_whitespace(pc.replace_substring_regex(pc.list_flatten(pieces), r"^[\s0-9.)、\-*•·>#]+", ""))
    keep = pc.utf8_length(flat).to_numpy(zero_copy_only=False) >= 6
    _mark_repeats(pc.dictionary_encode(flat.filter(pa.array(keep))).indices.to_numpy(), parents[keep], out)
    words = pc.utf8_split_whitespace(pc.utf8_lower(arr))
    w_parents = pc.list_parent_indices(words).to_numpy()
    ids = pc.dictionary_encode(pc.list_flatten(words)).indices.to_numpy()
    for k in (1, 2, 3, 4):
        if len(ids) <= k:
            break
        same = (ids[:-k] == ids[k:]) & (w_parents[:-k] == w_parents[k:])
        counts = np.bincount(w_parents[:-k][same], minlength=n)
        out |= counts >= (stutter_min - 1) * k
    return out


def _mark_repeats(ids: np.ndarray, parents: np.ndarray, out: np.ndarray) -> None:
    """Set ``out[p]`` for every parent ``p`` in which some id occurs twice."""
    if len(ids) < 2:
        return
    order = np.lexsort((ids, parents))
    p, i = parents[order], ids[order]
    dup = (p[1:] == p[:-1]) & (i[1:] == i[:-1])
    out[np.unique(p[1:][dup])] = True
