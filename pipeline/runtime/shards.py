"""Shards: a stage's records in the run directory as numbered Parquet files.

A stage's kept records live in ``work/<stage>/part-00000.parquet``, ``part-00001.parquet``, ...
Shard numbers are dense from 0, there is always at least one shard (an empty input gives one empty
shard that still carries the schema), and reading the shards in number order gives the records in
stage order. A per-record stage maps shard *i* of its input to shard *i* of its output; a global
stage reads every shard and writes its output re-sharded.

Per-shard side outputs of a per-record stage (``rejected-00003.parquet``, ``summary-00003.json``,
...) sit next to the parts until :func:`pipeline.runtime.steps.collect_stage` merges them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa

from pipeline.core.atomic import write_parquet_atomic
from pipeline.errors import StageError

PART_RE = re.compile(r"^part-(\d{5})\.parquet$")
INTERMEDIATE = {"compression": "zstd", "compression_level": 1}
"""Parquet options of intermediate files (fast to write; they are deleted or re-read soon)."""


def stage_dir(run_dir: Path, stage: str) -> Path:
    """The folder holding ``stage``'s shards: ``<run_dir>/work/<stage>``."""
    return Path(run_dir) / "work" / stage


def part_name(shard: int) -> str:
    """File name of shard ``shard`` (``part-00003.parquet``)."""
    return f"part-{shard:05d}.parquet"


def shard_file(run_dir: Path, stage: str, shard: int, kind: str = "part", suffix: str = "parquet") -> Path:
    """Path of one per-shard file: ``kind`` is ``part`` (records) or a side output such as ``rejected``."""
    return stage_dir(run_dir, stage) / f"{kind}-{shard:05d}.{suffix}"


def list_shards(run_dir: Path, stage: str) -> list[int]:
    """The shard numbers of ``stage``'s output, checked to be dense from 0.

    Raises :class:`StageError` when the stage has not written any shard or a shard is missing.
    """
    folder = stage_dir(run_dir, stage)
    if not folder.is_dir():
        raise StageError(f"stage {stage!r} has no output in {folder}; run that step first")
    found = sorted(int(m.group(1)) for p in folder.iterdir() if (m := PART_RE.match(p.name)))
    if not found:
        raise StageError(f"stage {stage!r} has no shards in {folder}; run that step first")
    if found != list(range(len(found))):
        missing = sorted(set(range(found[-1] + 1)) - set(found))
        raise StageError(f"stage {stage!r} is missing shard(s) {missing[:10]} in {folder}")
    return found


def read_shard(run_dir: Path, stage: str, shard: int) -> pa.Table:
    """Read one shard of ``stage``'s output."""
    import pyarrow.parquet as pq

    path = stage_dir(run_dir, stage) / part_name(shard)
    if not path.is_file():
        raise StageError(f"stage {stage!r} has no shard {shard} ({path}); run that step first")
    return pq.read_table(path)


def read_shard_schema(run_dir: Path, stage: str) -> pa.Schema:
    """The Arrow schema of ``stage``'s first shard (from the footer; no data read)."""
    import pyarrow.parquet as pq

    list_shards(run_dir, stage)
    return pq.read_schema(stage_dir(run_dir, stage) / part_name(0))


def iter_shards(run_dir: Path, stage: str, columns: list[str] | None = None) -> Iterator[pa.Table]:
    """Yield ``stage``'s shards in order (only ``columns`` when given), one at a time."""
    import pyarrow.parquet as pq

    for shard in list_shards(run_dir, stage):
        yield pq.read_table(stage_dir(run_dir, stage) / part_name(shard), columns=columns)


def read_stage(run_dir: Path, stage: str, columns: list[str] | None = None) -> pa.Table:
    """All of ``stage``'s records, shards concatenated in order (schemas unified)."""
    tables = list(iter_shards(run_dir, stage, columns))
    if len(tables) == 1:
        return tables[0]
    return pa.concat_tables(tables, promote_options="default")


def stage_rows(run_dir: Path, stage: str) -> int:
    """Number of records in ``stage``'s output, from the Parquet footers (no data read)."""
    import pyarrow.parquet as pq

    return sum(
        pq.ParquetFile(stage_dir(run_dir, stage) / part_name(s)).metadata.num_rows for s in list_shards(run_dir, stage)
    )


def clear_stage(run_dir: Path, stage: str) -> Path:
    """Remove ``stage``'s folder (its shards and side outputs) and return the (re-created) folder."""
    import shutil

    folder = stage_dir(run_dir, stage)
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    return folder


def write_shards(table: pa.Table, run_dir: Path, stage: str, records_per_shard: int) -> list[int]:
    """Replace ``stage``'s output by ``table`` cut into shards of ``records_per_shard`` rows.

    Returns the shard numbers. An empty table gives one empty shard (which keeps the schema).
    """
    if records_per_shard < 1:
        raise ValueError(f"records_per_shard must be at least 1, got {records_per_shard}")
    folder = clear_stage(run_dir, stage)
    n = table.num_rows
    count = max(1, -(-n // records_per_shard))
    for shard in range(count):
        part = table.slice(shard * records_per_shard, records_per_shard)
        write_parquet_atomic(part, folder / part_name(shard), **INTERMEDIATE)
    return list(range(count))


class ShardedText:
    """Random access to a few records of a stage's shards by global row number (shard order).

    Used by a global stage that needs the text of a handful of records (e.g. dedup verifying
    candidate pairs) without holding every shard: only the shards holding wanted rows are read,
    one at a time, and only ``columns``.
    """

    def __init__(self, run_dir: Path, stage: str, columns: tuple[str, ...] | None = None) -> None:
        """Index ``stage``'s shards; ``take`` reads ``columns`` (those present; None = all)."""
        import numpy as np
        import pyarrow.parquet as pq

        self.run_dir = Path(run_dir)
        self.stage = stage
        self.shards = list_shards(self.run_dir, stage)
        sizes = [pq.ParquetFile(stage_dir(self.run_dir, stage) / part_name(s)).metadata.num_rows for s in self.shards]
        self.starts = np.concatenate(([0], np.cumsum(sizes))).astype(np.int64)
        self.names = pq.ParquetFile(stage_dir(self.run_dir, stage) / part_name(0)).schema_arrow.names
        self.columns = [c for c in columns if c in self.names] if columns is not None else list(self.names)

    def take(self, rows: Any, columns: tuple[str, ...] | None = None) -> pa.Table:
        """The records at global row numbers ``rows`` (any order, repeats allowed), in that order.

        Only ``columns`` (those present) when given, else the columns chosen at construction.
        """
        import numpy as np
        import pyarrow.parquet as pq

        cols = [c for c in columns if c in self.names] if columns is not None else self.columns
        rows = np.asarray(rows, dtype=np.int64)
        shard_of = np.searchsorted(self.starts, rows, side="right") - 1
        parts: list[pa.Table] = []
        where = np.empty(rows.size, dtype=np.int64)
        done = 0
        for shard in np.unique(shard_of).tolist():
            pick = np.flatnonzero(shard_of == shard)
            table = pq.read_table(stage_dir(self.run_dir, self.stage) / part_name(shard), columns=cols)
            parts.append(table.take(pa.array(rows[pick] - self.starts[shard])))
            where[pick] = np.arange(done, done + pick.size)
            done += pick.size
        if not parts:
            return pq.read_table(stage_dir(self.run_dir, self.stage) / part_name(0), columns=cols).slice(0, 0)
        return pa.concat_tables(parts, promote_options="default").take(pa.array(where))
