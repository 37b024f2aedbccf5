"""Generation loops: the same unit (word, sentence, line, paragraph) produced over and over.

Instruction data repeats on purpose: a song's chorus, the parallel lines of a pros/cons list, three
example requests of the same form, a multiplication table. What it does not do is repeat a unit
*back to back* many times, or consist mostly of copies of a few units. So the measures here are

- ``stutter``: the longest run of one short token n-gram (1-4 tokens) repeated back to back
  (``the the the …``, ``这个这个这个…``), counted in repeats; digits and punctuation are not tokens;
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

import re
from dataclasses import dataclass

from pipeline.text.blocks import is_code_line

_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
_TOKEN = re.compile(f"[{_CJK}]|[^\\W_{_CJK}]+")
"""Tokens: single CJK characters, runs of other letters and digits (a digit run breaks a stutter)."""
_DIGITS = re.compile(r"\d+")
_SENTENCE_END = re.compile(r"(?<=[.!?。！？；;])\s+|(?<=[。！？；])")
_LIST_MARK = re.compile(r"^\s*(?:[-*•·>#]+|\(?\d{1,3}[.)、:：]|\(?[a-zA-Z][.)]|[（(]\d{1,3}[)）]|[一二三四五六七八九十]+[、.])\s*")
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


def fold_unit(text: str) -> str:
    """A line or sentence folded for comparison: list marker removed, spaces collapsed, lower case."""
    return _SPACES.sub(" ", _LIST_MARK.sub("", text)).strip().lower()


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


def _stutter(tokens: list[str]) -> tuple[int, int]:
    """(longest back-to-back run of a 1-4 token n-gram in repeats, its characters)."""
    best, best_chars = 1, 0
    n_tok = len(tokens)
    for n in (1, 2, 3, 4):
        if n_tok < 2 * n:
            break
        run = 0
        for i in range(n_tok - n):
            if tokens[i] == tokens[i + n] and not tokens[i].isdigit():
                run += 1
                reps = run // n + 1
                if reps > best:
                    best = reps
                    best_chars = reps * sum(len(t) for t in tokens[i + 1 - n : i + 1])
            else:
                run = 0
    return best, best_chars


def loop_signals(text: str) -> LoopSignals:
    """The loop measures of ``text`` (normally the prose of an output)."""
    if not text:
        return NO_LOOPS
    toks = _TOKEN.findall(text.lower())
    stutter, stutter_chars = _stutter(toks) if len(toks) >= 4 and len(set(toks)) < len(toks) else (1, 0)
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
