"""First occurrences of records' original ids, in 16 bytes per id.

Ingest rejects a record whose original id (``ingest.id_field``) repeats an earlier one in the same
corpus. A dict of id strings costs about 140 bytes per id, which for a few million ids was most of
ingest's memory (measured in docs/BENCHMARKS.md, "Ingest memory"). Here each id is a 64-bit key
(blake2b of corpus and id) plus a 64-bit position, kept in sorted numpy chunks, and ids are checked
a batch at a time, vectorised. Two different ids share a key with probability about n²/2^65
(3·10⁻⁷ for 3 million ids); such a pair would be reported as a repeat.
"""

from __future__ import annotations

import hashlib

import numpy as np


def id_key(corpus: str, source_id: str) -> int:
    """The 64-bit key of ``source_id`` in ``corpus``."""
    digest = hashlib.blake2b(f"{corpus}\x1f{source_id}".encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "little")


class SourceIdIndex:
    """Keys seen so far with the position of their first occurrence; checked batch by batch."""

    def __init__(self) -> None:
        """Start empty."""
        self._keys: list[np.ndarray] = []  # sorted uint64 keys, one array per batch (merged as they grow)
        self._positions: list[np.ndarray] = []  # uint64 positions aligned with _keys

    def __len__(self) -> int:
        """Keys recorded."""
        return sum(len(k) for k in self._keys)

    def first_occurrences(self, keys: list[int], positions: list[int]) -> list[int | None]:
        """For each key (in order), None when it is new (it is recorded), else its first position.

        A key repeated within ``keys`` resolves to its earliest position in the batch.
        """
        if not keys:
            return []
        k = np.asarray(keys, dtype=np.uint64)
        p = np.asarray(positions, dtype=np.uint64)
        first = np.full(len(k), -1, dtype=np.int64)
        found = np.zeros(len(k), dtype=bool)
        for ck, cp in zip(self._keys, self._positions, strict=True):
            idx = np.searchsorted(ck, k)
            idx_c = np.minimum(idx, len(ck) - 1)
            hit = (ck[idx_c] == k) & ~found
            first[hit] = cp[idx_c[hit]].astype(np.int64)
            found |= hit
        # repeats inside the batch: the first in batch order wins
        order = np.argsort(k, kind="stable")
        sk = k[order]
        starts = np.ones(len(sk), dtype=bool)
        starts[1:] = sk[1:] != sk[:-1]
        group_first = np.maximum.accumulate(np.where(starts, np.arange(len(sk)), 0))
        leader = order[group_first]  # the batch index of each key's first occurrence
        repeat = order != leader
        rep_idx = order[repeat]
        rep_leader = leader[repeat]
        new_first = ~found[rep_leader]
        first[rep_idx[new_first]] = p[rep_leader[new_first]].astype(np.int64)
        found[rep_idx[new_first]] = True
        # record the keys seen for the first time
        fresh = ~found
        fresh[rep_idx] = False
        if fresh.any():
            fk, fp = k[fresh], p[fresh]
            o = np.argsort(fk, kind="stable")
            self._add(fk[o], fp[o])
        return [None if f < 0 else int(f) for f in first.tolist()]

    def _add(self, keys: np.ndarray, positions: np.ndarray) -> None:
        self._keys.append(keys)
        self._positions.append(positions)
        # keep few chunks: merge the last two while the newer is at least half the older
        while len(self._keys) > 1 and len(self._keys[-1]) * 2 >= len(self._keys[-2]):
            k = np.concatenate([self._keys[-2], self._keys[-1]])
            p = np.concatenate([self._positions[-2], self._positions[-1]])
            o = np.argsort(k, kind="stable")
            self._keys[-2:] = [k[o]]
            self._positions[-2:] = [p[o]]
