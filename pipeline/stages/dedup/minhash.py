"""Vectorised MinHash, LSH banding, exact-Jaccard verification and union-find clustering (zh + en).

Shingles work for both languages: a normalised key (see :mod:`pipeline.stages.dedup.keys`) is cut into
tokens: every CJK character (Han, kana) is a token, and every space-delimited run of other characters
is a token. A shingle starting at a CJK token spans ``ngram_cjk`` tokens (character n-grams inside
Chinese text), one starting at any other token spans ``ngram_word`` tokens (word n-grams). A record
shorter than its first shingle gets one shingle of all its tokens.

Everything is computed on whole columns with numpy: tokens are hashed once per distinct token (xxh3),
shingle hashes are combinations of token hashes (32 bits, sorted and de-duplicated per record), and a
signature is the minimum of ``num_perm`` random permutations of the 32-bit shingle hashes
(``a*x + b mod 2**32`` with ``a`` odd, a bijection), taken over each record's shingles with
``np.minimum.reduceat`` in 32-bit arithmetic. Because the shingle hashes are already well mixed, these
permutations estimate the Jaccard similarity without bias and with the textbook variance
``J(1-J)/num_perm`` (checked in the tests). A signature takes
``4 * num_perm`` bytes (512 bytes at the default 128). The hash functions and token hashes come from
xxh3 and splitmix64 with fixed constants, so signatures are stable across runs, machines and numpy
versions (the history index relies on that).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import cast

import numpy as np
import pyarrow as pa

from pipeline.stages.dedup.keys import _string_buffers, _tables, byte_classes, char_starts

_MASK64 = (1 << 64) - 1
_MIX1 = np.uint64(0xBF58476D1CE4E5B9)
_MIX2 = np.uint64(0x94D049BB133111EB)
_CHUNK_BYTES = 1 << 23
_SIG_CHUNK = 8192
EMPTY_SIGNATURE_VALUE = np.uint32(0xFFFFFFFF)
"""Signature value of a record without shingles (such records never become near-duplicate candidates)."""


def splitmix64(x: int) -> int:
    """The splitmix64 output function (a fixed, well-mixed 64-bit integer hash)."""
    x = (x + 0x9E3779B97F4A7C15) & _MASK64
    x = ((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9) & _MASK64
    x = ((x ^ (x >> 27)) * 0x94D049BB133111EB) & _MASK64
    return x ^ (x >> 31)


def _mix(h: np.ndarray) -> np.ndarray:
    """Finalise 64-bit hashes in place (splitmix64 finaliser, wrapping arithmetic)."""
    h ^= h >> np.uint64(30)
    h *= _MIX1
    h ^= h >> np.uint64(27)
    h *= _MIX2
    h ^= h >> np.uint64(31)
    return h


@lru_cache(maxsize=16)
def _multipliers(n: int) -> np.ndarray:
    """Odd 64-bit multipliers for combining ``n`` consecutive token hashes into a shingle hash."""
    return np.array([splitmix64(0x5348494E474C45 + k) | 1 for k in range(n)], dtype=np.uint64)


@lru_cache(maxsize=16)
def permutations(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """The ``(a, b)`` parameters (uint32, ``a`` odd) of the ``num_perm`` MinHash permutations for ``seed``."""
    a = np.array([(splitmix64((seed << 20) + 2 * k) & 0xFFFFFFFF) | 1 for k in range(num_perm)], dtype=np.uint32)
    b = np.array([splitmix64((seed << 20) + 2 * k + 1) & 0xFFFFFFFF for k in range(num_perm)], dtype=np.uint32)
    return a, b


@lru_cache(maxsize=64)
def optimal_bands(threshold: float, num_perm: int, fp_weight: float = 0.5, fn_weight: float = 0.5) -> tuple[int, int]:
    """Bands ``b`` and rows ``r`` (``b * r <= num_perm``) minimising the weighted false positive and negative areas.

    The probability that two records with Jaccard ``s`` share a bucket is ``1 - (1 - s**r)**b``; the
    false positive area is its integral below ``threshold`` and the false negative area the integral of
    its complement above. Same criterion as datasketch's ``MinHashLSH``.
    """
    combos = np.array([(b, r) for b in range(1, num_perm + 1) for r in range(1, num_perm // b + 1)], dtype=np.float64)
    b, r = combos[:, :1], combos[:, 1:]
    s_lo = np.linspace(0.0, threshold, 201)[None, :]
    s_hi = np.linspace(threshold, 1.0, 201)[None, :]
    fp = np.trapezoid(1 - (1 - s_lo**r) ** b, s_lo, axis=1)
    fn = np.trapezoid((1 - s_hi**r) ** b, s_hi, axis=1)
    best = int(np.argmin(fp_weight * fp + fn_weight * fn))
    return int(combos[best, 0]), int(combos[best, 1])


@lru_cache(maxsize=64)
def lsh_params(threshold: float, num_perm: int, recall: float = 0.99) -> tuple[int, int]:
    """Bands ``b`` and rows ``r`` for the LSH, derived from the threshold.

    The most selective banding that still makes a pair with Jaccard exactly ``threshold`` a candidate
    with probability ``>= recall``.

    With ``r`` rows per band and ``b = num_perm // r`` bands, a pair of similarity ``s`` shares a bucket
    with probability ``1 - (1 - s**r)**b``. Larger ``r`` means fewer false candidates; candidates are
    verified anyway, so recall at the threshold decides. Falls back to ``r = 1`` if none reaches it.
    """
    best = (num_perm, 1)
    for r in range(1, num_perm + 1):
        b = num_perm // r
        if 1.0 - (1.0 - threshold**r) ** b >= recall:
            best = (b, r)
    return best


@dataclass
class Shingles:
    """Sorted, de-duplicated 32-bit shingle hashes of every record: record ``i`` owns ``values[offsets[i]:offsets[i+1]]``."""

    values: np.ndarray
    offsets: np.ndarray

    def __len__(self) -> int:
        """Number of records."""
        return len(self.offsets) - 1

    def of(self, i: int) -> np.ndarray:
        """The shingle set of record ``i``."""
        return self.values[self.offsets[i] : self.offsets[i + 1]]

    def sizes(self) -> np.ndarray:
        """Number of distinct shingles per record."""
        return np.diff(self.offsets)


def _tokenize_chunk(offsets: np.ndarray, values: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Token bytes, token offsets and per-record token offsets of a chunk of normalised keys."""
    n_bytes = values.size
    if n_bytes == 0:
        return np.zeros(0, np.uint8), np.zeros(1, np.int64), np.zeros(len(offsets), np.int64)
    sep = (values == 0x20) | (values == 0x1F)
    _, cjk_b = byte_classes(values)
    is_start = np.zeros(n_bytes + 1, dtype=bool)
    is_start[offsets[:-1]] = True
    is_start = is_start[:n_bytes]
    prev_break = np.empty(n_bytes, dtype=bool)
    prev_break[0] = True
    prev_break[1:] = sep[:-1] | cjk_b[:-1]
    tok_start = ~sep & char_starts(values) & (is_start | prev_break | cjk_b)
    starts = np.flatnonzero(tok_start)
    keep = ~sep
    dropped = np.flatnonzero(sep)
    token_offsets = np.append(starts - np.searchsorted(dropped, starts), n_bytes - dropped.size).astype(np.int64)
    record_tokens = np.searchsorted(starts, offsets).astype(np.int64)
    return values[keep], token_offsets, record_tokens


def tokenize(keys: pa.Array) -> tuple[pa.LargeStringArray, np.ndarray]:
    """Cut normalised keys into tokens; return all tokens and per-record offsets into them."""
    offsets, values = _string_buffers(keys)
    n = len(offsets) - 1
    tok_vals, tok_offs, rec_offs = [], [np.zeros(1, np.int64)], [np.zeros(1, np.int64)]
    byte_base = tok_base = 0
    i = 0
    while i < n:
        j = int(np.searchsorted(offsets, offsets[i] + _CHUNK_BYTES, side="right")) - 1
        j = min(max(j, i + 1), n)
        lo, hi = offsets[i], offsets[j]
        v, to, ro = _tokenize_chunk(offsets[i : j + 1] - lo, values[lo:hi])
        tok_vals.append(v)
        tok_offs.append(to[1:] + byte_base)
        rec_offs.append(ro[1:] + tok_base)
        byte_base += v.size
        tok_base += len(to) - 1
        i = j
    all_vals = np.concatenate(tok_vals) if tok_vals else np.zeros(0, np.uint8)
    all_offs = np.concatenate(tok_offs)
    # ndarray.data: the array's memoryview (numpy's stubs for Python 3.11 give ndarray no buffer protocol)
    tokens = pa.LargeStringArray.from_buffers(
        len(all_offs) - 1, pa.py_buffer(all_offs.data), pa.py_buffer(all_vals.data)
    )
    return cast(pa.LargeStringArray, tokens), np.concatenate(rec_offs)  # the stubs say StringArray


def _token_hashes(tokens: pa.LargeStringArray) -> tuple[np.ndarray, np.ndarray]:
    """64-bit hash and CJK flag of every token, computed once per distinct token."""
    import xxhash

    if len(tokens) == 0:
        return np.zeros(0, np.uint64), np.zeros(0, bool)
    enc = tokens.dictionary_encode()
    words = cast("list[str]", enc.dictionary.to_pylist())  # tokens are never null
    uniq = np.fromiter((xxhash.xxh3_64_intdigest(w.encode("utf-8")) for w in words), dtype=np.uint64, count=len(words))
    firsts = np.fromiter((ord(w[0]) for w in words), dtype=np.int64, count=len(words))
    _, cjk_t = _tables()
    is_cjk = np.where(firsts < 0x10000, cjk_t[np.minimum(firsts, 0xFFFF)], (firsts >= 0x20000) & (firsts < 0x40000))
    idx = enc.indices.to_numpy()
    return uniq[idx], is_cjk[idx]


def _window_hash(th: np.ndarray, n: int) -> np.ndarray:
    """Hash of the ``n`` tokens starting at every position (positions near the end see zero padding)."""
    mult = _multipliers(n)
    padded = np.zeros(th.size + n, dtype=np.uint64)
    padded[: th.size] = th
    h = padded[: th.size] * mult[0]
    for k in range(1, n):
        h += padded[k : k + th.size] * mult[k]
    h += np.uint64(n)
    return _mix(h)


def shingle(keys: pa.Array, ngram_cjk: int = 3, ngram_word: int = 2) -> Shingles:
    """Shingle every normalised key (see the module docstring) into a :class:`Shingles` set."""
    tokens, rec_offs = tokenize(keys)
    n = len(rec_offs) - 1
    th, is_cjk = _token_hashes(tokens)
    n_tok = th.size
    if n_tok == 0:
        return Shingles(np.zeros(0, np.uint32), np.zeros(n + 1, np.int64))
    counts = np.diff(rec_offs)
    rec_of_tok = np.repeat(np.arange(n, dtype=np.int64), counts)
    end_of_tok = rec_offs[1:][rec_of_tok]
    pos = np.arange(n_tok, dtype=np.int64)
    width = np.where(is_cjk, ngram_cjk, ngram_word)
    valid = pos + width <= end_of_tok
    hashes = _window_hash(th, ngram_cjk)
    if ngram_word != ngram_cjk:
        hashes = np.where(is_cjk, hashes, _window_hash(th, ngram_word))
    sh_rec = rec_of_tok[valid]
    sh_val = hashes[valid]
    # Records too short for their first shingle: one shingle of all their tokens.
    has = np.zeros(n, dtype=bool)
    has[sh_rec] = True
    short = np.flatnonzero(~has & (counts > 0))
    if short.size:
        extra = np.empty(short.size, dtype=np.uint64)
        for k, r in enumerate(short):
            seg = th[rec_offs[r] : rec_offs[r + 1]]
            mult = _multipliers(seg.size)
            extra[k] = _mix(np.array([(seg * mult).sum(dtype=np.uint64) + np.uint64(seg.size)], dtype=np.uint64))[0]
        sh_rec = np.concatenate([sh_rec, short])
        sh_val = np.concatenate([sh_val, extra])
    combined = (sh_rec.astype(np.uint64) << np.uint64(32)) | (sh_val >> np.uint64(32))
    combined.sort()
    if combined.size:
        keep = np.empty(combined.size, dtype=bool)
        keep[0] = True
        np.not_equal(combined[1:], combined[:-1], out=keep[1:])
        combined = combined[keep]
    recs = (combined >> np.uint64(32)).astype(np.int64)
    values = (combined & np.uint64(0xFFFFFFFF)).astype(np.uint32)
    offsets = np.searchsorted(recs, np.arange(n + 1, dtype=np.int64)).astype(np.int64)
    return Shingles(values, offsets)


def signatures(shingles: Shingles, num_perm: int = 128, seed: int = 1) -> np.ndarray:
    """MinHash signatures, shape ``(records, num_perm)``, dtype uint32; records without shingles are all ``0xFFFFFFFF``."""
    a, b = permutations(num_perm, seed)
    n = len(shingles)
    sig = np.full((n, num_perm), EMPTY_SIGNATURE_VALUE, dtype=np.uint32)
    nonempty = np.flatnonzero(shingles.sizes() > 0)
    if nonempty.size == 0:
        return sig
    starts = shingles.offsets[nonempty]
    ends = shingles.offsets[nonempty + 1]
    x = shingles.values
    a_col, b_col = a[:, None], b[:, None]
    i = 0
    m = nonempty.size
    while i < m:
        j = int(np.searchsorted(starts, starts[i] + _SIG_CHUNK, side="right"))
        j = min(max(j, i + 1), m)
        lo, hi = starts[i], ends[j - 1]
        buf = a_col * x[None, lo:hi]
        buf += b_col
        mins = np.minimum.reduceat(buf, starts[i:j] - lo, axis=1)
        sig[nonempty[i:j]] = mins.T
        i = j
    return sig


def band_hashes(sig: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """64-bit hash of every band of every signature, shape ``(records, bands)``."""
    n = sig.shape[0]
    out = np.empty((n, bands), dtype=np.uint64)
    mult = _multipliers(rows)
    for band in range(bands):
        cols = sig[:, band * rows : (band + 1) * rows].astype(np.uint64)
        h = np.full(n, np.uint64(splitmix64(band)), dtype=np.uint64)
        for k in range(rows):
            h += cols[:, k] * mult[k]
        out[:, band] = _mix(h)
    return out


def _unique_pairs(pairs: np.ndarray, n: int) -> np.ndarray:
    if pairs.size == 0:
        return np.zeros((0, 2), dtype=np.int64)
    code = pairs[:, 0] * np.int64(n) + pairs[:, 1]
    code.sort()
    keep = np.empty(code.size, dtype=bool)
    keep[0] = True
    np.not_equal(code[1:], code[:-1], out=keep[1:])
    code = code[keep]
    return np.stack([code // n, code % n], axis=1)


def lsh_candidates(
    sig: np.ndarray,
    bands: int,
    rows: int,
    *,
    order_key: np.ndarray | None = None,
    max_bucket_size: int = 200,
    skip: np.ndarray | None = None,
) -> np.ndarray:
    """Candidate pairs ``(i, j)``, ``i < j``, that share at least one LSH bucket, sorted and unique.

    A bucket with more than ``max_bucket_size`` members yields only the pairs linking its first
    member (lowest ``order_key``, default: index) to the others, which keeps the work linear.
    Records flagged in ``skip`` (e.g. empty ones) never become candidates.
    """
    n = sig.shape[0]
    if n < 2:
        return np.zeros((0, 2), dtype=np.int64)
    order_key = np.arange(n) if order_key is None else order_key
    idx_all = np.arange(n, dtype=np.int64)
    hb = band_hashes(sig, bands, rows)  # hashes of every row, then drop the skipped ones (no copy of sig)
    if skip is not None and skip.any():
        idx_all = idx_all[~skip]
        hb = hb[idx_all]
    chunks: list[np.ndarray] = []
    for band in range(bands):
        h = hb[:, band]
        order = np.argsort(h, kind="stable")
        hs = h[order]
        brk = np.flatnonzero(hs[1:] != hs[:-1]) + 1
        starts = np.concatenate(([0], brk))
        ends = np.concatenate((brk, [hs.size]))
        size = ends - starts
        two = starts[size == 2]
        if two.size:
            p = np.stack([idx_all[order[two]], idx_all[order[two + 1]]], axis=1)
            chunks.append(np.sort(p, axis=1))
        for s, e in zip(starts[size > 2], ends[size > 2], strict=True):
            members = idx_all[order[s:e]]
            if members.size <= max_bucket_size:
                iu, ju = np.triu_indices(members.size, k=1)
                p = np.stack([members[iu], members[ju]], axis=1)
            else:
                first = members[np.argmin(order_key[members])]
                others = members[members != first]
                p = np.stack([np.full(others.size, first), others], axis=1)
            chunks.append(np.sort(p, axis=1))
    if not chunks:
        return np.zeros((0, 2), dtype=np.int64)
    return _unique_pairs(np.concatenate(chunks).astype(np.int64), n)


def lsh_cross_candidates(sig_new: np.ndarray, sig_old: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """Pairs ``(i, j)`` of a new record ``i`` and an old record ``j`` sharing at least one LSH bucket."""
    if sig_new.shape[0] == 0 or sig_old.shape[0] == 0:
        return np.zeros((0, 2), dtype=np.int64)
    hn = band_hashes(sig_new, bands, rows)
    ho = band_hashes(sig_old, bands, rows)
    chunks = []
    for band in range(bands):
        old = ho[:, band]
        order = np.argsort(old, kind="stable")
        olds = old[order]
        q = hn[:, band]
        lo = np.searchsorted(olds, q, side="left")
        hi = np.searchsorted(olds, q, side="right")
        cnt = hi - lo
        hit = np.flatnonzero(cnt)
        if hit.size:
            reps = cnt[hit]
            new_idx = np.repeat(hit, reps)
            first = np.repeat(lo[hit], reps)
            within = np.arange(reps.sum()) - np.repeat(np.cumsum(reps) - reps, reps)
            chunks.append(np.stack([new_idx, order[first + within]], axis=1))
    if not chunks:
        return np.zeros((0, 2), dtype=np.int64)
    p = np.concatenate(chunks).astype(np.int64)
    m = max(sig_old.shape[0], 1)
    code = np.unique(p[:, 0] * np.int64(m) + p[:, 1])
    return np.stack([code // m, code % m], axis=1)


def estimated_jaccard(sig_a: np.ndarray, sig_b: np.ndarray, pairs: np.ndarray, chunk: int = 65536) -> np.ndarray:
    """Share of equal signature values of each pair ``(i in sig_a, j in sig_b)``: the MinHash estimate of Jaccard."""
    out = np.empty(len(pairs), dtype=np.float64)
    for s in range(0, len(pairs), chunk):
        p = pairs[s : s + chunk]
        out[s : s + chunk] = (sig_a[p[:, 0]] == sig_b[p[:, 1]]).mean(axis=1)
    return out


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Exact Jaccard similarity of two sorted unique arrays (two empty sets: 0.0)."""
    if a.size == 0 and b.size == 0:
        return 0.0
    inter = np.intersect1d(a, b, assume_unique=True).size
    return inter / (a.size + b.size - inter)


def jaccard_pairs(shingles: Shingles, pairs: np.ndarray) -> np.ndarray:
    """Exact Jaccard similarity of the shingle sets of each pair."""
    return np.fromiter(
        (jaccard(shingles.of(i), shingles.of(j)) for i, j in pairs.tolist()), dtype=np.float64, count=len(pairs)
    )


def verification_margin(threshold: float, num_perm: int) -> float:
    """How far below ``threshold`` a MinHash estimate may be and still be checked exactly (4 standard deviations)."""
    return 4.0 * float(np.sqrt(threshold * (1.0 - threshold) / num_perm)) + 1.0 / num_perm


class UnionFind:
    """Disjoint sets over ``0..n-1`` with path halving and union by size."""

    def __init__(self, n: int) -> None:
        """Start with ``n`` singleton sets."""
        self.parent = list(range(n))
        self.size = [1] * n

    def find(self, x: int) -> int:
        """The representative of ``x``'s set."""
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        """Merge the sets of ``a`` and ``b``."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        if self.size[ra] < self.size[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]

    def labels(self) -> np.ndarray:
        """Set representative of every element."""
        return np.fromiter((self.find(i) for i in range(len(self.parent))), dtype=np.int64, count=len(self.parent))


def clusters(n: int, pairs: Sequence[tuple[int, int]] | np.ndarray) -> np.ndarray:
    """Label every element ``0..n-1`` with the representative of its transitive cluster."""
    uf = UnionFind(n)
    for i, j in np.asarray(pairs, dtype=np.int64).reshape(-1, 2).tolist():
        uf.union(i, j)
    return uf.labels()


@dataclass
class NearDuplicates:
    """Result of :func:`find_near_duplicates`."""

    shingles: Shingles
    signatures: np.ndarray
    candidate_pairs: int
    pairs: np.ndarray
    similarity: np.ndarray
    bands: int
    rows: int


def find_near_duplicates(
    keys: pa.Array,
    *,
    threshold: float = 0.8,
    num_perm: int = 128,
    ngram_cjk: int = 3,
    ngram_word: int = 2,
    seed: int = 1,
    max_bucket_size: int = 200,
    lsh_recall: float = 0.99,
    order_key: np.ndarray | None = None,
) -> NearDuplicates:
    """Find the pairs of normalised keys whose shingle sets have Jaccard similarity ``>= threshold``.

    Pipeline: shingles → signatures → LSH candidates → MinHash-estimate pre-filter (generous margin)
    → exact Jaccard of the remaining candidates. Returns the verified pairs with their similarity.
    """
    sh = shingle(keys, ngram_cjk, ngram_word)
    sig = signatures(sh, num_perm, seed)
    bands, rows = lsh_params(threshold, num_perm, lsh_recall)
    cand = lsh_candidates(sig, bands, rows, order_key=order_key, max_bucket_size=max_bucket_size, skip=sh.sizes() == 0)
    est = estimated_jaccard(sig, sig, cand)
    maybe = cand[est >= threshold - verification_margin(threshold, num_perm)]
    sim = jaccard_pairs(sh, maybe)
    ok = sim >= threshold - 1e-12
    return NearDuplicates(sh, sig, len(cand), maybe[ok], sim[ok], bands, rows)
