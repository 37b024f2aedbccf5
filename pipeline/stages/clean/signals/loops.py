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
- ``distinct_units``: how many different units there are (``units`` in all, ``unit_chars`` their characters);
- ``near_share``: the share of unit characters in units that nearly copy (token overlap ≥ 0.75) one
  of the three units before them: a loop that changes a word each time.

Code lines (:func:`pipeline.text.blocks.is_code_line`) are not units: code repeats lines by nature.

Units are compared after folding: case, whitespace and list markers (``1.``, ``-``, ``(a)``,
``Step 3:``, ``第3步：``, a transcript's time stamp ``[00:05.952 --> 00:09.939]``, e-mail quote markers of any
depth ``> > >``) removed: a line quoted one level deeper each time is the same line (round on heldout15).
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
_TIMESTAMP = (
    r"[\[(]?(?:\d{1,2}:)?\d{1,2}:\d\d(?:[.,]\d{1,3})?(?:\s*-->?\s*(?:\d{1,2}:)?\d{1,2}:\d\d(?:[.,]\d{1,3})?)?[\])]?"
)
"""A transcript line's leading time stamp or time range (``[00:05.952 --> 00:09.939]``, ``(01:02)``): a marker."""
_LIST_MARK = re.compile(
    r"^\s*(?:"
    + _TIMESTAMP
    + r"|(?:in\s+)?(?:1[5-9]|20)\d\d\s*年?\s*[,，]|(?:>\s*)+|[-*•·#]+|\(?\d{1,3}[.)、:：]|\(?[a-zA-Z][.)]|[（(]\d{1,3}[)）]|[一二三四五六七八九十]+[、.]|"
    r"(?:step|item|part|point|no\.?)\s*\d{1,3}\s*[.):：-]|第\s*[\d一二三四五六七八九十]{1,3}\s*[步条点项部]\s*[:：、.]?)\s*",
    re.I,
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
    near_share: float = 0.0


NO_LOOPS = LoopSignals(0, 0, 0, 0, 0.0, 0, 0, 0)


_MARK_START = frozenset(
    "[-*•·>#(（0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ一二三四五六七八九十第"
)


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
_MARK_CHARS = "0123456789.)、-*•·># \t[]:"
_STEP_MARK = re.compile(
    r"^\s*(?:(?:(?i:step|item|part|point|no\.?)\s*|第\s*)\d{1,3}\s*[步条点项部]?\s*[.):：-]?|(?i:in\s+)?(?:1[5-9]|20)\d\d\s*年?\s*[,，])"
)
_CAND_MARK_RE2 = (
    r"^\s*(?:(?:(?i:in)\s+)?(?:1[5-9]|20)\d\d\s*[,，年]\s*[,，]?\s*|"
    r"(?:(?i:step|item|part|point|no\.?)\s*|第\s*)?[\s0-9.)、\-*•·>#:：步条点项部\[\]]+)"
)


def might_repeat(text: str) -> bool:
    """Cheap necessary condition for a repeated unit: some line or sentence (list marker aside) occurs twice."""
    t = text.translate(_SENTENCE_BREAKS) if not text.isascii() else text
    t = t.replace(". ", ".\n").replace("! ", "!\n").replace("? ", "?\n")
    pieces = [_STEP_MARK.sub("", p).lstrip(_MARK_CHARS).rstrip() for p in t.split("\n")]
    pieces = [p for p in pieces if len(p) >= 6]
    return len(set(pieces)) < len(pieces)


SHRINK_TAIL = 6
"""Characters at the end of an answer that must occur three times before :func:`shrinking_repeats` splits it ..."""
SHRINK_TAIL_CJK = 3
"""... or this many when it ends in a CJK character or punctuation (a character carries a word)."""


def shrinking_repeats(text: str) -> int:
    """The longest chain of consecutive sentences each of which is the end of the one before, shorter.

    A generation loop that drops the first word (character) of its last sentence each time: "… to the
    questions. to the questions. the questions. questions." or "来绘制朱利亚集。绘制朱利亚集。制朱利亚集。".
    Sentences are folded (:func:`fold_unit`) before they are compared; a chain of one is 1, none is 0.
    Cheap for other texts: only an answer whose last :data:`SHRINK_TAIL` (CJK: :data:`SHRINK_TAIL_CJK`)
    characters occur three times is split.
    """
    text = text.rstrip()
    size = SHRINK_TAIL_CJK if text[-1:] >= "\u3000" else SHRINK_TAIL
    # the last line alone: a chain that ends on its shortest piece ("air.", "取。") has a tail shorter than ``size``
    tail = text[-size:].rsplit("\n", 1)[-1]
    if len(tail) < (2 if size == SHRINK_TAIL_CJK else 3) or text.count(tail) < 3:
        return 0
    sentences = [fold_unit(u) for u in _SENTENCE_END.split(text) if u.strip()]
    best = run = 1
    for before, after in itertools.pairwise(sentences):
        run = run + 1 if after and len(after) < len(before) and before.endswith(after) else 1
        best = max(best, run)
    return best


OVERLAP_MIN_WORDS = 3
"""Words (Latin etc.) a line must take over from the end of the line before to overlap it ..."""
OVERLAP_MIN_CJK = 4
"""... or CJK characters, for a line holding Han."""
_OVERLAP_TOPIC = re.compile(
    r"\b(?:window\w*|overlap\w*|n-?grams?|shingl\w*|sliding|rolling|scroll\w*|chain\w*|anadiplosis)\b|"
    r"滑动|重叠|接龙|顶真|顶针|窗口",
    re.I,
)
"""A prompt asking for overlapping pieces (sliding windows, shingles, a chain of words): the overlap is the answer."""


_CONNECTORS = frozenset("-=<>→⇒↦⟶|:：~")
"""A piece followed by one of these is the head of an edge (``A --> B`` / ``B --> C``: a flow chart, a chain of
relations), not a caption line taken over again."""


def _overlap(before: str, after: str) -> int:
    """Characters of ``after``'s start that repeat the end of ``before`` (0 when ``after`` starts otherwise)."""
    head = after[:4]
    if len(head) < 4:
        return 0
    at = before.find(head)
    best = 0
    while at >= 0:
        tail = before[at:]
        if after.startswith(tail):
            best = len(tail)
            break  # the first match is the longest
        at = before.find(head, at + 1)
    return best


def overlapping_lines(text: str, prompt: str = "") -> int:
    """The longest run of lines each starting with the end of the line before; 0 when under four lines.

    Roll-up captions, a scrolling capture or a sliding window pasted line by line show every piece twice:
    once at the end of a line and again at the start of the next (``the old harbour`` / ``the old harbour town
    wakes`` / ``town wakes early when``). A line overlaps when it takes over at least :data:`OVERLAP_MIN_WORDS`
    words (:data:`OVERLAP_MIN_CJK` CJK characters) from the end of the line before and adds more; at least two
    overlaps in the run must be a proper end of the line before, so a pyramid or a staircase that grows one
    whole line at a time (``I`` / ``I am`` / ``I am here``) is none, and a piece followed by an arrow or a
    connector (:data:`_CONNECTORS`) is an edge list (``Wait for Reply --> Send Reminder``). A prompt asking for windows, shingles,
    overlaps or word chains (:data:`_OVERLAP_TOPIC`) is not judged.
    """
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if len(lines) < 4:
        return 0
    best = run = 1
    proper = 0
    for before, after in itertools.pairwise(lines):
        k = _overlap(before, after)
        piece = after[:k]
        enough = (
            k
            and k < len(after)
            and after[k:].lstrip()[:1] not in _CONNECTORS
            and (
                sum(1 for c in piece if "\u3400" <= c <= "\u9fff") >= OVERLAP_MIN_CJK
                if any("\u3400" <= c <= "\u9fff" for c in after)
                else len(piece.split()) >= OVERLAP_MIN_WORDS and (k == len(before) or before[-k - 1] == " ")
            )
        )
        if enough:
            run += 1
            proper += k < len(before)
        else:
            run, proper = 1, 0
        if proper >= 2:
            best = max(best, run)
    if best >= 4 and _OVERLAP_TOPIC.search(prompt) is not None:
        return 0
    return best if best >= 4 else 0


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
    exact = might_repeat(text)
    seq = (
        units(text)[:MAX_UNITS]
        if exact or text.count("\n") + text.count(". ") + text.count("。") >= NEAR_MIN_UNITS - 1
        else []
    )
    n = len(seq)
    near = near_copy_share(seq)
    if not exact:
        return LoopSignals(stutter, stutter_chars, 1, 0, 0.0, n, n, sum(map(len, seq)), near)
    if n < 2:
        return LoopSignals(stutter, stutter_chars, 1, 0, 0.0, n, n, sum(map(len, seq)), near)
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
        return LoopSignals(stutter, stutter_chars, 1, 0, 0.0, n, n, total, near)
    reps, chars = _block_repeats(seq)
    return LoopSignals(stutter, stutter_chars, reps, chars, dup / total if total else 0.0, n, distinct, total, near)


NEAR_MIN_UNITS = 6
"""Near copies are looked for only in texts of at least this many units (and a candidate needs this many
units with the same beginning)."""
NEAR_JACCARD = 0.75
"""Two units are near copies when their token sets overlap this much (Jaccard): one word in ten changed."""
NEAR_MIN_TOKENS = 6
"""Units with fewer tokens (words, or Han character pairs) are not compared: short list items differ little."""


def _tokens(unit: str) -> frozenset[str]:
    """Words with a letter (ASCII text) or pairs of letters (other text): numbers and symbols are not compared."""
    if unit.isascii():
        return frozenset(w for w in unit.split() if not w.isdigit() and _ALPHA.search(w))
    return frozenset(unit[i : i + 2] for i in range(len(unit) - 1) if unit[i].isalpha() and unit[i + 1].isalpha())


_ALPHA = re.compile(r"[A-Za-z]")


def near_copy_share(seq: list[str]) -> float:
    """Share of the characters of ``seq`` in units that nearly copy one of the three units before them.

    A loop that varies a word or two each time (``The most probable structure is a linear chain.``
    twenty times, one word swapped) has no exact repeats; its units overlap in nine tenths of their
    tokens (words; pairs of characters for Chinese). Parallel list items (``Eat more fruit`` /
    ``Eat more vegetables``) are short and differ in their content words, so they overlap less.
    Returns 0 for fewer than :data:`NEAR_MIN_UNITS` units.
    """
    if len(seq) < NEAR_MIN_UNITS:
        return 0.0
    heads: dict[str, int] = {}
    for u in seq:  # near copies mostly keep their beginning: cheap test before comparing token sets
        heads[u[:12]] = heads.get(u[:12], 0) + 1
    if max(heads.values()) < NEAR_MIN_UNITS - 2:
        return 0.0
    toks = [_tokens(u) for u in seq]
    near = total = count = 0
    for i, u in enumerate(seq):
        total += len(u)
        t = toks[i]
        if len(t) < NEAR_MIN_TOKENS:
            continue
        for j in range(max(0, i - 3), i):
            o = toks[j]
            if len(o) >= NEAR_MIN_TOKENS and len(t & o) >= NEAR_JACCARD * len(t | o):
                near += len(u)
                count += 1
                break
    if count < NEAR_MIN_UNITS - 1:
        return 0.0
    return near / total if total else 0.0


def loop_candidates(texts: list[str], stutter_min: int = STUTTER_MIN, arr: pa.Array | None = None) -> np.ndarray:
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
    if arr is None:  # (``arr``: the caller's Arrow array of ``texts``, when it has one)
        arr = pa.array(texts, type=pa.string())
    # one pass for both cuts (the two alternatives share no character, so this is the same as cutting
    # after ASCII stops first and after full-width ones then; an unmatched group rewrites to nothing)
    cut = pc.replace_substring_regex(arr, r"([.!?;]) +|([。！？；])", "\\1\\2\n")
    pieces = pc.split_pattern(cut, "\n")
    parents = pc.list_parent_indices(pieces).to_numpy()
    flat = pc.utf8_rtrim_whitespace(pc.replace_substring_regex(pc.list_flatten(pieces), _CAND_MARK_RE2, ""))
    lengths = pc.utf8_length(flat).to_numpy(zero_copy_only=False)
    keep = lengths >= 6
    _mark_repeats(pc.dictionary_encode(flat.filter(pa.array(keep))).indices.to_numpy(), parents[keep], out)
    # Near copies (a sentence looped with a word changed here and there) share their beginning:
    # pieces of 20+ characters whose first 12 characters occur NEAR_MIN_UNITS times.
    long_ = lengths >= 20
    if long_.any():
        heads = pc.utf8_slice_codeunits(flat.filter(pa.array(long_)), 0, 12)
        _mark_repeats(pc.dictionary_encode(heads).indices.to_numpy(), parents[long_], out, NEAR_MIN_UNITS)
    words = pc.utf8_split_whitespace(pc.utf8_lower(arr))
    w_parents = pc.list_parent_indices(words).to_numpy()
    flat_words = pc.list_flatten(words)
    m = len(flat_words)
    for k in (1, 2, 3, 4):
        if m <= k:
            break
        # the words compared k places apart directly (a third of the CPU of dictionary-encoding them all)
        equal = pc.equal(flat_words.slice(0, m - k), flat_words.slice(k)).to_numpy(zero_copy_only=False)
        same = equal & (w_parents[:-k] == w_parents[k:])
        counts = np.bincount(w_parents[:-k][same], minlength=n)
        out |= counts >= (stutter_min - 1) * k
    return out


def _mark_repeats(ids: np.ndarray, parents: np.ndarray, out: np.ndarray, times: int = 2) -> None:
    """Set ``out[p]`` for every parent ``p`` in which some id occurs ``times`` times (or more)."""
    if len(ids) < times:
        return
    order = np.lexsort((ids, parents))
    p, i = parents[order], ids[order]
    k = times - 1
    dup = (p[k:] == p[:-k]) & (i[k:] == i[:-k])  # sorted: equal k places on means times equal in a row
    out[np.unique(p[k:][dup])] = True


RUNNING_HEAD_MIN = 4
"""Times a running head (a line that differs only in its number) recurs between the lines of an answer ..."""
RUNNING_HEAD_MIN_CHARS = 8
"""... holding this many characters (Han characters count twice) besides digits, spaces and separators: the
beginning of the instruction."""
_HEAD_NOISE = re.compile(r"[\d\s·•|—–\-_.,:;，。：；、第页()（）\[\]]+")


def running_head(text: str, instruction: str) -> int:
    """How often the answer's first line recurs with only its number changed, when that line is the task's title.

    An OCR'd book or a printed export repeats its running head and page number (``TITLE    43``,
    ``标题  · 第183页 ·``) before the text of each page; the "title" here is the beginning of the
    instruction. 0 when the first line holds no digit, is not the instruction's beginning (at least
    :data:`RUNNING_HEAD_MIN_CHARS` characters once digits and separators are removed) or recurs fewer than
    :data:`RUNNING_HEAD_MIN` times.
    """
    first, _, rest = text.partition("\n")
    if not any(c.isdigit() for c in first):
        return 0
    key = _HEAD_NOISE.sub("", first).casefold()
    weight = len(key) + sum(1 for c in key if "\u4e00" <= c <= "\u9fff")  # a Han character counts twice
    if weight < RUNNING_HEAD_MIN_CHARS or not _HEAD_NOISE.sub("", instruction).casefold().startswith(key):
        return 0
    count = 1 + sum(1 for line in rest.split("\n") if _HEAD_NOISE.sub("", line).casefold() == key)
    return count if count >= RUNNING_HEAD_MIN else 0


PUNCT_RUN_MIN = 8
"""Identical exclamation or question marks in a row that are a degenerate run (a model stuck on one token)."""
_PUNCT_RUN = re.compile(rf"([!?！？])\1{{{PUNCT_RUN_MIN - 1},}}")


def punct_run(text: str, prompt: str) -> int:
    """The longest run of one exclamation or question mark (at least :data:`PUNCT_RUN_MIN`), else 0.

    Writing never needs eight ``!`` in a row; a generation stuck on the token does (``… its optimal
    state!!!!!!!!!!!``), and so does a line re-emitted with one more mark each time. Not when the prompt holds
    such a run itself (a text to correct or imitate).
    """
    runs = [m.group() for m in _PUNCT_RUN.finditer(text)]
    if not runs or _PUNCT_RUN.search(prompt) is not None:
        return 0
    return max(map(len, runs))
