"""Record sources: random access to a stage's input records, whole or cut in shards.

A global stage's decision phase sees every record's narrow features at once, but sometimes needs
the full text of a few of them (dedup verifies candidate pairs, agreement fills the review queue).
It asks a :class:`RecordSource` for them by global row number (the rows of every shard, in shard
order). :class:`TableSource` serves one in-memory table (a stage called on its own, tests);
:class:`pipeline.runtime.shards.ShardedSource` serves the shards of a run directory, reading only
the shards that hold the wanted rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

import numpy as np
import numpy.typing as npt
import pyarrow as pa

RowNumbers = npt.NDArray[np.int64]
"""Global row numbers (any order, repeats allowed)."""


@runtime_checkable
class RecordSource(Protocol):
    """Records by global row number, by shard, or all at once (only the asked columns are read)."""

    @property
    def column_names(self) -> list[str]:
        """The columns the records have (read from metadata, no record is read)."""
        ...

    @property
    def num_rows(self) -> int:
        """Number of records over all shards."""
        ...

    @property
    def shards(self) -> list[int]:
        """The shard numbers, dense from 0 (one shard for an in-memory table)."""
        ...

    def take(self, rows: RowNumbers, columns: Sequence[str] | None = None) -> pa.Table:
        """The records at global row numbers ``rows``, in that order; only ``columns`` (those present)."""
        ...

    def read_shard(self, shard: int, columns: Sequence[str] | None = None) -> pa.Table:
        """Every record of shard ``shard``; only ``columns`` (those present) when given."""
        ...

    def read(self, columns: Sequence[str] | None = None) -> pa.Table:
        """Every record, shards concatenated in order; only ``columns`` (those present) when given."""
        ...


def present(names: Sequence[str], columns: Sequence[str] | None) -> list[str]:
    """The names of ``columns`` that are in ``names`` (in ``columns``' order); all of ``names`` for None."""
    if columns is None:
        return list(names)
    have = set(names)
    return [c for c in columns if c in have]


class TableSource:
    """A :class:`RecordSource` over one in-memory table (one shard, number 0)."""

    def __init__(self, table: pa.Table) -> None:
        """Serve the rows of ``table``."""
        self.table = table

    @property
    def column_names(self) -> list[str]:
        """The table's columns."""
        return list(self.table.column_names)

    @property
    def num_rows(self) -> int:
        """The table's row count."""
        return int(self.table.num_rows)

    @property
    def shards(self) -> list[int]:
        """One shard: ``[0]``."""
        return [0]

    def take(self, rows: RowNumbers, columns: Sequence[str] | None = None) -> pa.Table:
        """The rows at ``rows`` (in that order), only ``columns`` (those present) when given."""
        picked = self.table.select(present(self.table.column_names, columns))
        return picked.take(pa.array(np.asarray(rows, dtype=np.int64), pa.int64()))

    def read_shard(self, shard: int, columns: Sequence[str] | None = None) -> pa.Table:
        """The whole table (``shard`` must be 0)."""
        if shard != 0:
            raise IndexError(f"an in-memory table has one shard (0), not {shard}")
        return self.read(columns)

    def read(self, columns: Sequence[str] | None = None) -> pa.Table:
        """The whole table, only ``columns`` (those present) when given."""
        return self.table.select(present(self.table.column_names, columns))
