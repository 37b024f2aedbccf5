"""Author-independent numeric features of a record for the learned junk score.

Every feature is a number computed from the shape of the texts, never from which phrases they hold:
lengths and their ratios, shares of character classes (letters, digits, punctuation, symbols, common and
rare Han, other scripts, Latin-1 mojibake letters, replacement characters, escapes, markup), how much the
answer repeats itself (distinct lines, words, word pairs and characters), how much of it comes from the
prompt, how it ends, the share of a few dozen function words (natural language holds many; dumps, mash
and escapes almost none) and the repetition signals the rules already compute. A list of junk phrases
would learn the author who wrote the training junk; shapes carry over to junk written by others
(docs/CLEAN.md, "Learned junk score").

Character classes are counted column-wise (numpy over the code points of many texts at once, one
``bincount``); what is left per record uses C-level string and set operations only.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from pipeline.stages.clean.signals.asked import SYMBOL_TOPIC
from pipeline.stages.clean.signals.damage import common_han_table
from pipeline.stages.clean.signals.language import LANGUAGE_NAMES_RE2
from pipeline.stages.clean.signals.record import RecordSignals
from pipeline.stages.clean.signals.structure import MARKUP_TOPIC_RE2

_CLASSES = (
    "space",
    "newline",
    "ascii_letter",
    "digit",
    "ascii_punct",
    "ascii_symbol",
    "backslash",
    "percent",
    "ampersand",
    "angle",
    "bracket",
    "handle",
    "han_common",
    "han_function",
    "han_rare",
    "cjk_punct",
    "latin1_letter",
    "latin1_symbol",
    "other_script",
    "kana",
    "hangul",
    "symbol",
    "broken",
    "general_punct",
    "astral",
)
"""Character classes counted per text (``han_function``: 的了是在和有不这也就都我们个一)."""
_K = len(_CLASSES)
_IDX = {name: i for i, name in enumerate(_CLASSES)}
_SPACES = (_IDX["space"], _IDX["newline"])
_FUNCTION_CHARS_ZH = "的了是在和有不这也就都我们个一"
_FUNCTION_WORDS_RE2 = r"\b(?:the|a|an|of|to|and|in|is|are|was|were|be|it|that|this|for|on|with|as|by|or|not)\b"
"""Common English function words (RE2, counted case-insensitively)."""
_TABLE: np.ndarray | None = None


def _class_table() -> np.ndarray:
    """Class of every code point below U+10000 (index 0x10000: anything beyond the BMP)."""
    global _TABLE
    if _TABLE is not None:
        return _TABLE
    import unicodedata

    t = np.full(0x10001, _IDX["symbol"], dtype=np.uint8)
    first = {"L": "other_script", "M": "other_script", "N": "digit", "Z": "space", "P": "general_punct"}
    for c in range(0x10000):
        cat = unicodedata.category(chr(c))
        t[c] = _IDX[first.get(cat[0], "broken" if cat[0] == "C" else "symbol")]
    for c in (9, 11, 12, 13, 0x85):
        t[c] = _IDX["space"]
    t[10] = _IDX["newline"]
    special = {"\\": "backslash", "%": "percent", "&": "ampersand", "<": "angle", ">": "angle"}
    special.update({"{": "bracket", "[": "bracket", "@": "handle", "#": "handle"})
    for c in range(0x21, 0x7F):
        ch = chr(c)
        if ch.isalpha():
            t[c] = _IDX["ascii_letter"]
        elif ch.isdigit():
            t[c] = _IDX["digit"]
        elif ch in special:
            t[c] = _IDX[special[ch]]
        elif ch in ".,;:!?'\"()-":
            t[c] = _IDX["ascii_punct"]
        else:
            t[c] = _IDX["ascii_symbol"]
    for c in range(0x80, 0x250):
        t[c] = _IDX["latin1_letter"] if c >= 0xC0 and chr(c).isalpha() else _IDX["latin1_symbol"]
    for lo, hi in ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00)):
        t[lo:hi] = _IDX["han_rare"]
    han = np.arange(0x4E00, 0xA000)
    t[han[common_han_table()[han]]] = _IDX["han_common"]
    for ch in _FUNCTION_CHARS_ZH:
        t[ord(ch)] = _IDX["han_function"]
    t[0x3000:0x3040] = _IDX["cjk_punct"]
    t[0x3000] = _IDX["space"]
    t[0xFF00:0xFF61] = _IDX["cjk_punct"]
    t[0x3040:0x3100] = _IDX["kana"]
    t[0xFF61:0xFFA0] = _IDX["kana"]
    for lo, hi in ((0x1100, 0x1200), (0x3130, 0x3190), (0xAC00, 0xD7B0)):
        t[lo:hi] = _IDX["hangul"]
    t[0xFFFD] = _IDX["broken"]
    t[0xD800:0xF900] = _IDX["broken"]  # surrogates, private use
    t[0x10000] = _IDX["astral"]
    _TABLE = t
    return t


def prepare() -> None:
    """Build the class table now (before forking workers; about 0.05 s)."""
    _class_table()


def class_counts(texts: Sequence[str]) -> np.ndarray:
    """Per text, the number of characters of each class (shape ``len(texts) x classes``)."""
    return _counts(texts, words=False)[0]


def _counts(texts: Sequence[str], words: bool = True) -> tuple[np.ndarray, np.ndarray]:
    """(characters per class, words) per text; a word starts at a non-space character after a space.

    Words are counted only when ``words`` is set (zeros otherwise).
    """
    n = len(texts)
    out = np.zeros((n, _K), dtype=np.int64)
    word_counts = np.zeros(n, dtype=np.int64)
    table = _class_table()
    step = 1024  # about 300,000 characters: the histogram of a chunk stays in cache (4096: a quarter slower)
    for lo in range(0, n, step):
        chunk = texts[lo : lo + step]
        m = len(chunk)
        lengths = np.fromiter(map(len, chunk), dtype=np.int64, count=m)
        joined = "".join(chunk)
        if not joined:
            continue
        if joined.isascii():
            cls = table[np.frombuffer(joined.encode("ascii"), dtype=np.uint8)]
        else:
            cps = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
            cls = table[np.minimum(cps, 0x10000)]
        keys = np.repeat(np.arange(0, m * _K, _K, dtype=np.int64), lengths)
        keys += cls
        out[lo : lo + m] = np.bincount(keys, minlength=m * _K).reshape(m, _K)
        if not words:
            continue
        blank = cls <= _IDX["newline"]
        start = ~blank
        start[1:] &= blank[:-1]
        first = (np.cumsum(lengths) - lengths)[lengths > 0]
        start[first] = ~blank[first]
        # a text holds far fewer than 2**31 words: int32 sums are exact (and twice as fast)
        word_counts[lo : lo + m][lengths > 0] = np.add.reduceat(start, first, dtype=np.int32)
    return out, word_counts


_KINDS = ("short", "code", "table", "verse", "list", "prose")
_END_TERMINAL = frozenset(".!?。！？…\"'”’)）]】」』")
_BLANKS = frozenset(" \n")
_END_OPEN = frozenset(",，、;；:：-—(（[【")
_SCRIPT_GROUPS = (
    ("han", ("han_common", "han_function", "han_rare")),
    ("other_script", ("other_script",)),
    ("kana_hangul", ("kana", "hangul")),
    ("latin", ("ascii_letter", "latin1_letter")),
)
REQUESTS = ("asks_language", "asks_symbols", "asks_markup")
"""Features saying what the prompt asks for: another language or a translation, symbols (a notation, ASCII art,
emoji), markup, data or code. Answers of these kinds look odd and are not junk for it."""
_REQUEST_RE2 = (
    f"translat|翻译|译成|{LANGUAGE_NAMES_RE2}",
    SYMBOL_TOPIC.pattern,
    MARKUP_TOPIC_RE2,
)
HEAD_CHARS = 400
"""The prompt-overlap share reads the first this many characters of the prompt and twice as many of the answer
(its cost per record stays bounded; the only per-record Python step)."""
_ROW = ("prompt_covered",)
_SIGNAL_COLUMNS = (
    *(f"kind_{k}" for k in _KINDS),
    "special_ratio",
    "char_rep_frac",
    "dup_share",
    "near_share",
    "log_stutter",
    "log_block_repeats",
    "coherence",
)
_ENDS = ("end_terminal", "end_open", "end_letter", "end_digit")
FEATURE_NAMES: tuple[str, ...] = (
    *(f"out_{c}" for c in _CLASSES if c != "space"),
    *(f"prompt_{g}" for g, _ in _SCRIPT_GROUPS),
    *(f"{g}_gain" for g, _ in _SCRIPT_GROUPS),
    "log_out_chars",
    "log_prompt_chars",
    "log_len_ratio",
    "log_lines",
    "url_density",
    "digits_5",
    "digits_8",
    *REQUESTS,
    *_ENDS,
    "function_words_en",
    "mean_word_len",
    *_ROW,
    *_SIGNAL_COLUMNS,
)
"""The features, in the order the model reads them."""
REQUEST_COLUMNS: tuple[int, ...] = tuple(FEATURE_NAMES.index(name) for name in REQUESTS)
"""Columns of :data:`REQUESTS` in the feature matrix."""


def _share(counts: np.ndarray, total: np.ndarray) -> np.ndarray:
    return np.divide(counts, total, out=np.zeros(len(total)), where=total > 0)


def feature_matrix(
    instructions: Sequence[str],
    inputs: Sequence[str],
    outputs: Sequence[str],
    signals: Sequence[RecordSignals],
) -> np.ndarray:
    """The features of many cleaned records (shape ``records x len(FEATURE_NAMES)``, float64)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    n = len(outputs)
    if not n:
        return np.zeros((0, len(FEATURE_NAMES)))
    prompts = [f"{a}\n{b}" if b else a for a, b in zip(instructions, inputs)]
    co, o_words = _counts(outputs)
    cp = class_counts(prompts)
    o_chars = co.sum(axis=1)
    o_ns = o_chars - co[:, _SPACES].sum(axis=1)
    p_ns = cp.sum(axis=1) - cp[:, _SPACES].sum(axis=1)
    arr = pa.array(outputs, type=pa.string())
    cols: list[np.ndarray] = [_share(co[:, i], o_ns) for i, c in enumerate(_CLASSES) if c != "space"]
    prompt_g = [_share(cp[:, [_IDX[x] for x in names]].sum(axis=1), p_ns) for _, names in _SCRIPT_GROUPS]
    out_g = [_share(co[:, [_IDX[x] for x in names]].sum(axis=1), o_ns) for _, names in _SCRIPT_GROUPS]
    cols += prompt_g
    cols += [o - p for o, p in zip(out_g, prompt_g)]
    p_chars = np.fromiter(map(len, prompts), dtype=np.float64, count=n)
    cols += [np.log1p(o_chars), np.log1p(p_chars), np.log1p(o_chars) - np.log1p(p_chars)]
    cols.append(np.log1p(co[:, _IDX["newline"]]))
    urls = pc.count_substring(arr, "://").to_numpy(zero_copy_only=False)
    cols.append(_share(urls * 100.0, o_chars.astype(np.float64)))
    # a run of 8 digits holds a run of 5: the second test runs only where the first found one
    digits_5 = pc.match_substring_regex(arr, r"\d{5}").to_numpy(zero_copy_only=False)
    digits_8 = np.zeros(n, dtype=bool)
    five = np.flatnonzero(digits_5)
    if len(five):
        hit8 = pc.match_substring_regex(arr.take(pa.array(five, type=pa.int64())), r"\d{8}")
        digits_8[five] = hit8.to_numpy(zero_copy_only=False)
    cols += [digits_5.astype(np.float64), digits_8.astype(np.float64)]
    parr = pa.array(prompts, type=pa.string())
    for pattern in _REQUEST_RE2:
        hit = pc.match_substring_regex(parr, pattern, ignore_case=True)
        cols.append(hit.to_numpy(zero_copy_only=False).astype(np.float64))
    ends = [o.rstrip()[-1:] for o in outputs]
    cols.append(np.array([e in _END_TERMINAL for e in ends], dtype=np.float64))
    cols.append(np.array([e in _END_OPEN for e in ends], dtype=np.float64))
    cols.append(np.array([e.isalpha() for e in ends], dtype=np.float64))
    cols.append(np.array([e.isdigit() for e in ends], dtype=np.float64))
    fw = pc.count_substring_regex(arr, _FUNCTION_WORDS_RE2, ignore_case=True).to_numpy(zero_copy_only=False)
    cols.append(_share(fw.astype(np.float64), o_words.astype(np.float64)))
    cols.append(_share(o_ns / 10.0, o_words.astype(np.float64)))
    cols.append(np.array([_covered(o, p) for o, p in zip(outputs, prompts)], dtype=np.float64))
    # the rules' signals: one pass over the records, one value per column
    kind_of = {k: i for i, k in enumerate(_KINDS)}
    sig = np.array(
        [
            (
                kind_of[s.kind],
                s.special_ratio,
                s.char_rep_frac,
                s.loops.dup_share,
                s.loops.near_share,
                s.loops.stutter,
                s.loops.block_repeats,
                0.5 if s.coherence is None else s.coherence,
            )
            for s in signals
        ],
        dtype=np.float64,
    )
    kind = sig[:, 0].astype(np.int64)
    cols += [(kind == i).astype(np.float64) for i in range(len(_KINDS))]
    cols += [sig[:, 1], sig[:, 2], sig[:, 3], sig[:, 4]]
    cols += [np.log1p(np.ascontiguousarray(sig[:, 5])), np.log1p(np.ascontiguousarray(sig[:, 6])), sig[:, 7]]
    x = np.empty((n, len(cols)))
    for j, col in enumerate(cols):
        x[:, j] = col
    return x


def _covered(output: str, prompt: str) -> float:
    """Share of the prompt's distinct words (characters, for text without spaces) found in the answer."""
    p = prompt[:HEAD_CHARS].lower()
    pw = set(p.split()) if p.isascii() else set(p) - _BLANKS
    if not pw:
        return 0.0
    return sum(map(output[: 2 * HEAD_CHARS].lower().__contains__, pw)) / len(pw)
