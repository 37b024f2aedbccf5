"""The train/validation split: a record's split depends only on its content, the ratio and a salt.

The split is decided by the record's *content identity*, :func:`content_keys`: its ``instruction``,
``input`` and ``output`` after NFKC normalisation, lower-casing and collapsing every run of
whitespace to one space (leading and trailing whitespace removed). Its file, its position in the
file, its record id, its corpus and any other column play no part, so the same records arriving
in renamed, merged or re-split files land in the same splits, and records that differ only in
case, width or spacing share a split (one cannot sit in train while its near copy validates).

``validation`` for a stable pseudo-random ``ratio`` share of keys: the first 8 bytes of
``sha256(salt + US + key)`` (US: the unit separator, U+001F) read as a fraction in [0, 1) fall under ``ratio``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

import pyarrow as pa
import pyarrow.compute as pc

SPLITS = ("train", "validation")

CONTENT_FIELDS = ("instruction", "input", "output")
"""The record fields a record's content identity is made of."""


def split_of(key: str, ratio: float, salt: str) -> str:
    """``validation`` for a stable pseudo-random ``ratio`` share of keys, else ``train``."""
    digest = hashlib.sha256(f"{salt}\x1f{key}".encode()).digest()
    u = int.from_bytes(digest[:8], "big") / 2**64
    return "validation" if u < ratio else "train"


def assign_split(keys: Iterable[str], ratio: float, salt: str) -> list[str]:
    """Split names for each key (see :func:`split_of`): depends only on the key, ratio and salt."""
    return [split_of(key, ratio, salt) for key in keys]


def normalised(values: pa.Array) -> pa.Array:
    """Strings NFKC-normalised, lower-cased, whitespace runs collapsed to one space, trimmed (null: empty)."""
    text = pc.fill_null(pc.cast(values, pa.string()), "")
    text = pc.utf8_lower(pc.utf8_normalize(text, "NFKC"))
    text = pc.replace_substring_regex(text, r"[\s\p{Z}]+", " ")
    return pc.utf8_trim_whitespace(text)


def content_keys(table: pa.Table) -> list[str]:
    """Each record's content identity: its normalised instruction, input and output joined by U+001F."""
    n = table.num_rows
    if n == 0:
        return []
    columns = [
        normalised(table.column(name).combine_chunks()) if name in table.column_names else pa.array([""] * n)
        for name in CONTENT_FIELDS
    ]
    joined = pc.binary_join_element_wise(*columns, "\x1f")
    return [str(v) for v in joined.to_pylist()]


def table_splits(table: pa.Table, ratio: float, salt: str) -> list[str]:
    """The split of every record of ``table`` (see the module docstring), in row order."""
    return assign_split(content_keys(table), ratio, salt)
