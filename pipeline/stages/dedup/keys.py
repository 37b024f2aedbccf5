r"""Normalised text keys for duplicate detection (exact hashing and shingling), vectorised over UTF-8 bytes.

The normalised form of a text folds what a copy typically changes without changing the meaning:

- Unicode compatibility forms (NFKC: full-width letters and digits, ``，`` → ``,``) and letter case;
- punctuation of every script (Unicode categories ``P*``, including full-width CJK punctuation such as
  ``，。、！？《》“”``), whitespace and control characters: each run becomes a single space;
  punctuation between two ASCII digits is kept (``3.14``, ``5-3``, ``1/2`` stay distinct);
- format characters (``Cf``: zero-width spaces, joiners, BOM) are removed;
- spaces next to CJK characters, at the start and at the end are removed (``中 文`` == ``中文``).

The work is done on the UTF-8 bytes of an Arrow column with numpy, so normalising is a few
vector passes over the data rather than a Python loop per record. The column is cut at record
boundaries into ranges of about 512 KB (the per-byte arrays of a range stay in the CPU cache), and
the ranges are normalised in a small thread pool (Arrow and numpy release the GIL); every record is
normalised on its own, so the result does not depend on the cut or the number of threads.

A record's key joins its normalised fields with ``\\x1f`` (which normalisation never leaves in a
field): ``prompt`` = instruction, input, history turns; ``prompt_response`` adds the output.
"""

from __future__ import annotations

import os
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from typing import cast

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

FIELD_SEPARATOR = "\x1f"
"""Joins the normalised fields of one record into its key."""

KEY_MODES: tuple[str, ...] = ("prompt", "prompt_response")
"""Which fields a key covers."""

_KEEP, _DROP, _SPACE, _ASCII_PUNCT = 0, 1, 2, 3
_CHUNK_BYTES = 1 << 19  # small enough for the per-byte arrays of a chunk to stay in cache


@lru_cache(maxsize=1)
def _tables() -> tuple[np.ndarray, np.ndarray]:
    """Per BMP code point: its class (keep / space / drop) and whether it is a CJK character."""
    cls = np.zeros(0x10000, dtype=np.uint8)
    for cp in range(0x10000):
        cat = unicodedata.category(chr(cp))
        if cat[0] in "PZ" or cat == "Cc":
            cls[cp] = _ASCII_PUNCT if 0x20 < cp < 0x80 and cat[0] == "P" else _SPACE
        elif cat == "Cf":
            cls[cp] = _DROP
    cjk = np.zeros(0x10000, dtype=bool)
    for lo, hi in ((0x3040, 0x30FF), (0x31F0, 0x31FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF)):
        cjk[lo : hi + 1] = True
    cjk &= cls == _KEEP
    return cls, cjk


@lru_cache(maxsize=1)
def _byte_table() -> np.ndarray:
    """Class of each byte value: ASCII bytes by their character, every other byte "keep" (fixed later)."""
    table = np.zeros(256, dtype=np.uint8)
    table[:128] = _tables()[0][:128]
    return table


def byte_classes(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per byte of UTF-8 ``values``: the class of its character and whether it is CJK.

    Classes: 0 keep, 1 drop (format characters), 2 space (whitespace, controls, non-ASCII
    punctuation), 3 ASCII punctuation (space unless between two digits).
    Every byte of a multi-byte character gets that character's class, so the result can be used as a
    byte mask. Only the lead bytes of multi-byte characters are decoded (ASCII goes through a table).
    """
    cls_t, cjk_t = _tables()
    cls_b = _byte_table()[values]
    cjk_b = np.zeros(values.size, dtype=bool)
    leads = np.flatnonzero(values >= 0xC0)
    if leads.size:
        last = values.size - 1
        b0 = values[leads].astype(np.int32)
        b1 = values[np.minimum(leads + 1, last)].astype(np.int32) & 0x3F
        b2 = values[np.minimum(leads + 2, last)].astype(np.int32) & 0x3F
        b3 = values[np.minimum(leads + 3, last)].astype(np.int32) & 0x3F
        two, three = b0 < 0xE0, (b0 >= 0xE0) & (b0 < 0xF0)
        cp = np.where(
            two,
            ((b0 & 0x1F) << 6) | b1,
            np.where(three, ((b0 & 0x0F) << 12) | (b1 << 6) | b2, ((b0 & 0x07) << 18) | (b1 << 12) | (b2 << 6) | b3),
        )
        bmp = cp < 0x10000
        idx = np.where(bmp, cp, 0)
        c = np.where(bmp, cls_t[idx], np.uint8(_KEEP)).astype(np.uint8)
        j = np.where(bmp, cjk_t[idx], (cp >= 0x20000) & (cp < 0x40000))
        length = np.where(two, 2, np.where(three, 3, 4))
        for k in range(4):
            m = length > k if k else slice(None)
            pos = leads[m] + k
            cls_b[pos] = c[m]
            cjk_b[pos] = j[m]
    return cls_b, cjk_b


def char_starts(values: np.ndarray) -> np.ndarray:
    """Boolean mask of the bytes of ``values`` that start a character."""
    return (values & 0xC0) != 0x80


def _view(buf: pa.Buffer | None) -> memoryview:
    """``buf`` as a memoryview for ``np.frombuffer`` (numpy's stubs for Python 3.11 do not take an Arrow buffer)."""
    if buf is None:
        raise ValueError("the Arrow array has no such buffer")
    return memoryview(buf)


def _string_buffers(arr: pa.Array) -> tuple[np.ndarray, np.ndarray]:
    """Offsets (int64, starting at 0) and value bytes of a string array without nulls."""
    arr = arr.cast(pa.large_string())
    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks() if arr.num_chunks != 1 else arr.chunk(0)
    bufs = arr.buffers()
    offsets = np.frombuffer(_view(bufs[1]), dtype=np.int64)[arr.offset : arr.offset + len(arr) + 1]
    if bufs[2] is None or offsets[-1] == offsets[0]:
        return np.zeros(len(arr) + 1, dtype=np.int64), np.zeros(0, dtype=np.uint8)
    values = np.frombuffer(_view(bufs[2]), dtype=np.uint8)[offsets[0] : offsets[-1]]
    return offsets - offsets[0], values


def _from_buffers(offsets: np.ndarray, values: np.ndarray) -> pa.LargeStringArray:
    # ndarray.data: the array's memoryview (numpy's stubs for Python 3.11 give ndarray no buffer protocol)
    arr = pa.LargeStringArray.from_buffers(
        len(offsets) - 1, pa.py_buffer(offsets.astype(np.int64).data), pa.py_buffer(np.ascontiguousarray(values).data)
    )
    return cast(pa.LargeStringArray, arr)  # the stubs say StringArray


def _drop_bytes(offsets: np.ndarray, values: np.ndarray, keep: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Remove the bytes where ``keep`` is false and shift the string offsets accordingly."""
    dropped = np.flatnonzero(~keep)
    return offsets - np.searchsorted(dropped, offsets), values[keep]


def _normalize_chunk(offsets: np.ndarray, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Normalise one chunk of strings given as offsets + bytes (already NFKC and lower-cased)."""
    n_bytes = values.size
    if n_bytes == 0:
        return offsets.copy(), values
    cls, cjk_b = byte_classes(values)
    drop = cls == _DROP
    if drop.any():
        keep = ~drop
        offsets, values = _drop_bytes(offsets, values, keep)
        cls, cjk_b = cls[keep], cjk_b[keep]
        n_bytes = values.size
        if n_bytes == 0:
            return offsets, values
    starts = offsets[:-1]
    string_starts = starts[np.append(True, starts[1:] != starts[:-1]) & (starts < n_bytes)]
    is_start = np.zeros(n_bytes + 1, dtype=bool)  # one extra entry: the end counts as a boundary
    is_start[string_starts] = True
    is_start[n_bytes] = True
    is_sp = cls >= _SPACE
    # ASCII punctuation between two ASCII digits (in the same string) is content.
    b = np.flatnonzero(cls == _ASCII_PUNCT)
    if b.size:
        pb = np.maximum(b - 1, 0)
        nb = np.minimum(b + 1, n_bytes - 1)
        digit_prev = (b > 0) & ~is_start[b] & (values[pb] >= 0x30) & (values[pb] <= 0x39)
        digit_next = ~is_start[b + 1] & (values[nb] >= 0x30) & (values[nb] <= 0x39)
        is_sp[b[digit_prev & digit_next]] = False
    # A run of space bytes becomes one space at its first byte, if the content on both sides is a
    # non-CJK character of the same string; a run touching or containing a string boundary goes.
    # Transitions alternate between run starts and run ends (first byte after a run).
    flips = np.flatnonzero(is_sp[1:] != is_sp[:-1]) + 1
    if is_sp[0]:
        flips = np.concatenate(([0], flips))
    if is_sp[-1]:
        flips = np.append(flips, n_bytes)
    run_start, run_end = flips[0::2], flips[1::2]
    keep = ~is_sp
    if run_start.size:
        ok = ~is_start[run_start] & ~is_start[run_end]
        ok &= ~cjk_b[np.maximum(run_start - 1, 0)] & ~cjk_b[np.minimum(run_end, n_bytes - 1)]
        inner = string_starts[is_sp[string_starts]]  # string starts inside a run of spaces
        if inner.size:
            ok[np.searchsorted(run_start, inner, side="right") - 1] = False
        kept = run_start[ok]
        keep[kept] = True
        values = values.copy()
        values[kept] = 0x20
    return _drop_bytes(offsets, values, keep)


def _nfkc_lower(arr: pa.LargeStringArray) -> pa.LargeStringArray:
    """NFKC and lower case; pure-ASCII strings (most English text) take the cheap ASCII path."""
    non_ascii = pc.invert(pc.string_is_ascii(arr))
    n_non = non_ascii.true_count
    if n_non == len(arr):
        return pc.utf8_lower(pc.utf8_normalize(arr, "NFKC"))
    low = pc.ascii_lower(arr)
    if n_non == 0:
        return low
    fixed = pc.utf8_lower(pc.utf8_normalize(arr.filter(non_ascii), "NFKC"))
    return pc.replace_with_mask(low, non_ascii, fixed)


def _chunk_bounds(offsets: np.ndarray, chunk_bytes: int) -> list[tuple[int, int]]:
    """Split the strings into consecutive ranges ``[i, j)`` of about ``chunk_bytes`` bytes each."""
    n = len(offsets) - 1
    bounds = []
    i = 0
    while i < n:
        j = int(np.searchsorted(offsets, offsets[i] + chunk_bytes, side="right")) - 1
        j = min(max(j, i + 1), n)
        bounds.append((i, j))
        i = j
    return bounds


def _normalize_range(arr: pa.LargeStringArray) -> tuple[np.ndarray, np.ndarray]:
    """Normalise a slice of strings (no nulls): offsets (from 0) and bytes of the result."""
    offsets, values = _string_buffers(_nfkc_lower(arr))
    return _normalize_chunk(offsets, values)


def _workers() -> int:
    """Threads for normalising a large column (numpy and Arrow release the GIL in the heavy passes)."""
    try:
        return max(1, min(len(os.sched_getaffinity(0)), 4))
    except AttributeError:  # pragma: no cover - platforms without sched_getaffinity
        return max(1, min(os.cpu_count() or 1, 4))


def normalize_array(arr: pa.Array | pa.ChunkedArray) -> pa.LargeStringArray:
    """Normalise every string of ``arr`` (nulls become empty strings); see the module docstring.

    Large columns are cut into ranges of records normalised in parallel threads; each record is
    normalised on its own, so the result does not depend on the cut.
    """
    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks() if arr.num_chunks else pa.array([], type=pa.large_string())
    arr = cast(pa.LargeStringArray, arr.cast(pa.large_string()).fill_null(""))  # the stubs say Array
    if len(arr) == 0:
        return arr
    offsets = np.frombuffer(_view(arr.buffers()[1]), dtype=np.int64)[arr.offset : arr.offset + len(arr) + 1]
    bounds = _chunk_bounds(offsets - offsets[0], _CHUNK_BYTES)
    workers = _workers()
    if len(bounds) == 1 or workers == 1:
        results = [_normalize_range(arr.slice(i, j - i)) for i, j in bounds]
    else:
        with ThreadPoolExecutor(max_workers=min(workers, len(bounds))) as pool:
            results = list(pool.map(lambda b: _normalize_range(arr.slice(b[0], b[1] - b[0])), bounds))
    out_offsets = [np.zeros(1, dtype=np.int64)]
    base = 0
    for o, v in results:
        out_offsets.append(o[1:] + base)
        base += v.size
    return _from_buffers(np.concatenate(out_offsets), np.concatenate([v for _, v in results]))


def normalize_text(text: str) -> str:
    """Normalise one string (convenience wrapper over :func:`normalize_array`)."""
    return normalize_array(pa.array([text], type=pa.large_string()))[0].as_py()


def _history_text(history: pa.Array | pa.ChunkedArray, n: int) -> pa.LargeStringArray:
    """One string per record: its history turns joined by the field separator (empty without history)."""
    if isinstance(history, pa.ChunkedArray):
        history = history.combine_chunks() if history.num_chunks else pa.array([], type=history.type)
    lengths = pc.fill_null(pc.list_value_length(history), 0).to_numpy(zero_copy_only=False)
    if not lengths.any():
        return pa.array([""] * n, type=pa.large_string())
    texts = []
    for pairs in history.to_pylist():
        turns = [t for pair in (pairs or ()) for t in (pair or ()) if t]
        texts.append(FIELD_SEPARATOR.join(normalize_text(t) for t in turns))
    return pa.array(texts, type=pa.large_string())


def build_keys(table: pa.Table, mode: str = "prompt_response") -> pa.LargeStringArray:
    """Return the normalised key of every record of ``table`` (RECORD_SCHEMA columns).

    ``mode`` is ``"prompt"`` (instruction, input, history) or ``"prompt_response"`` (plus output).
    """
    if mode not in KEY_MODES:
        raise ValueError(f"dedup key must be one of {', '.join(KEY_MODES)}, got {mode!r}")
    n = table.num_rows
    if n == 0:
        return pa.array([], type=pa.large_string())
    names = ["instruction", "input"] + (["output"] if mode == "prompt_response" else [])
    cols = [table.column(c).cast(pa.large_string()) for c in names]
    # One pass over all fields at once, then cut back into one array per field.
    both = normalize_array(pa.chunked_array([chunk for col in cols for chunk in col.chunks], type=pa.large_string()))
    parts = [both.slice(i * n, n) for i in range(len(names))]
    if "history" in table.column_names:
        parts.insert(2, _history_text(table.column("history"), n))
    sep = pa.scalar(FIELD_SEPARATOR, type=pa.large_string())
    return pc.binary_join_element_wise(*parts, sep)


def key_hashes(keys: pa.Array) -> np.ndarray:
    """Stable 64-bit hashes (xxh3, seed 0) of the UTF-8 bytes of each key (persisted in the history index)."""
    import xxhash

    enc = keys.dictionary_encode() if len(keys) else None
    if enc is None:
        return np.zeros(0, dtype=np.uint64)
    words = cast("list[str]", enc.dictionary.to_pylist())  # keys are never null
    uniq = np.fromiter(
        (xxhash.xxh3_64_intdigest(s.encode("utf-8")) for s in words),
        dtype=np.uint64,
        count=len(enc.dictionary),
    )
    return uniq[enc.indices.to_numpy()]
