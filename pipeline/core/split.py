"""The train/validation split: a record's split depends only on its id, the ratio and a salt."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

SPLITS = ("train", "validation")


def split_of(record_id: str, ratio: float, salt: str) -> str:
    """``validation`` for a stable pseudo-random ``ratio`` share of record ids, else ``train``."""
    digest = hashlib.sha256(f"{salt}\x1f{record_id}".encode()).digest()
    u = int.from_bytes(digest[:8], "big") / 2**64
    return "validation" if u < ratio else "train"


def assign_split(record_ids: Iterable[str], ratio: float, salt: str) -> list[str]:
    """Split names for each id (see :func:`split_of`): depends only on the id, ratio and salt."""
    return [split_of(rid, ratio, salt) for rid in record_ids]
