"""A stage's shards in a run directory as a :class:`~pipeline.core.source.RecordSource`."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyarrow as pa

from pipeline.core.source import RowNumbers, present
from pipeline.runtime.rundir import RunDir, part_name


class ShardedSource:
    """Random access to the records of one stage's shards by global row number (shard order).

    Used by a global stage that needs a few records' text (dedup verifying candidate pairs,
    agreement's review queue) without holding every shard: only the shards holding wanted rows are
    read, one at a time, and only the asked columns.
    """

    def __init__(self, run: RunDir, stage: str) -> None:
        """Index ``stage``'s shards (from the Parquet footers; no record is read)."""
        import pyarrow.parquet as pq

        self.run = run
        self.stage = stage
        self._shards = run.list_shards(stage)
        sizes = [run.shard_rows(stage, s) for s in self._shards]
        self.starts = np.concatenate(([0], np.cumsum(sizes))).astype(np.int64)
        self._names = list(pq.read_schema(run.stage_dir(stage) / part_name(0)).names)

    @property
    def column_names(self) -> list[str]:
        """The columns of the stage's records."""
        return list(self._names)

    @property
    def num_rows(self) -> int:
        """Number of records over all shards."""
        return int(self.starts[-1])

    @property
    def shards(self) -> list[int]:
        """The shard numbers, dense from 0."""
        return list(self._shards)

    def take(self, rows: RowNumbers, columns: Sequence[str] | None = None) -> pa.Table:
        """The records at global row numbers ``rows`` (any order, repeats allowed), in that order."""
        cols = present(self._names, columns)
        rows = np.asarray(rows, dtype=np.int64)
        shard_of = np.searchsorted(self.starts, rows, side="right") - 1
        parts: list[pa.Table] = []
        where = np.empty(rows.size, dtype=np.int64)
        done = 0
        for shard in np.unique(shard_of).tolist():
            pick = np.flatnonzero(shard_of == shard)
            table = self.run.read_shard(self.stage, shard, cols)
            parts.append(table.take(pa.array(rows[pick] - self.starts[shard])))
            where[pick] = np.arange(done, done + pick.size)
            done += pick.size
        if not parts:
            return self.run.read_shard(self.stage, 0, cols).slice(0, 0)
        return pa.concat_tables(parts, promote_options="default").take(pa.array(where))

    def read_shard(self, shard: int, columns: Sequence[str] | None = None) -> pa.Table:
        """Every record of shard ``shard`` (only ``columns``, those present, when given)."""
        return self.run.read_shard(self.stage, shard, present(self._names, columns))

    def read(self, columns: Sequence[str] | None = None) -> pa.Table:
        """Every record, shards concatenated in order (only ``columns``, those present, when given)."""
        return self.run.read_stage(self.stage, present(self._names, columns))
