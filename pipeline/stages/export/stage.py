"""The export stage: instruction-tuning Parquet files with an explicit schema and a deterministic split.

A record's split is decided by its content (:mod:`pipeline.core.split`), never by its file or
position: renaming or re-splitting input files moves no record between train and validation.

``export/train.parquet`` and ``export/validation.parquet`` carry the alpaca columns, ``messages``
(system/user/assistant turns, as TRL and chat templates expect), provenance, ``lang``, annotations
and every column a later stage added. They load with ``datasets.load_dataset("parquet", ...)``,
pandas and pyarrow.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from pipeline.config.export import ExportConfig
from pipeline.core.atomic import write_parquet_atomic
from pipeline.core.messages import build_messages, messages_array
from pipeline.core.records import MESSAGE_TYPE, RECORD_SCHEMA

__all__ = [
    "SPLITS",
    "assign_split",
    "build_messages",
    "messages_array",
    "split_of",
    "table_splits",
    "with_messages",
    "write_export_shards",
]
from pipeline.core.split import SPLITS, assign_split, split_of, table_splits

_BASE_ORDER = [
    "record_id",
    "instruction",
    "input",
    "output",
    "system",
    "history",
    "messages",
    "corpus",
    "source_file",
    "source_index",
    "source_id",
    "lang",
    "annotations",
    "spans",
    "bio_tags",
    "intent",
    "grounding",
]


def export_schema(table: pa.Table) -> pa.Schema:
    """The export schema: the fixed columns in a fixed order, then stage columns in table order."""
    fields = {f.name: f for f in RECORD_SCHEMA}
    fields["messages"] = pa.field("messages", pa.list_(MESSAGE_TYPE), nullable=False)
    out = [fields[name] for name in _BASE_ORDER]
    out += [f for f in table.schema if f.name not in fields]
    return pa.schema(out, metadata={b"instructflow.schema": b"1"})


def with_messages(table: pa.Table) -> pa.Table:
    """Return ``table`` with a ``messages`` column, columns in export order."""
    messages = messages_array(table)
    if "messages" in table.column_names:
        table = table.drop_columns(["messages"])
    table = table.append_column(pa.field("messages", pa.list_(MESSAGE_TYPE), nullable=False), messages)
    schema = export_schema(table)
    return table.select(schema.names).cast(schema)


@dataclass
class ExportOutcome:
    """Paths and row counts of the written split files."""

    files: dict[str, Path]
    rows: dict[str, int]


def write_export(table: pa.Table, export_dir: Path, config: ExportConfig) -> ExportOutcome:
    """Write one Parquet file per split under ``export_dir`` atomically; rows sorted by record id."""
    table = with_messages(table)
    if table.num_rows:
        table = table.sort_by("record_id")
    splits = table_splits(table, config.validation_ratio, config.split_salt)
    mask = pa.array([s == "validation" for s in splits], type=pa.bool_())
    parts = {"validation": table.filter(mask), "train": table.filter(pc.invert(mask))}
    options: dict[str, Any] = {"compression": None if config.compression == "none" else config.compression}
    if config.compression in ("zstd", "gzip"):
        options["compression_level"] = min(config.compression_level, 9 if config.compression == "gzip" else 22)
    options["row_group_size"] = config.row_group_size
    files: dict[str, Path] = {}
    for split in SPLITS:
        files[split] = write_parquet_atomic(parts[split], export_dir / f"{split}.parquet", **options)
    return ExportOutcome(files=files, rows={s: parts[s].num_rows for s in SPLITS})


def _write_options(config: ExportConfig) -> dict[str, Any]:
    options: dict[str, Any] = {"compression": None if config.compression == "none" else config.compression}
    if config.compression in ("zstd", "gzip"):
        options["compression_level"] = min(config.compression_level, 9 if config.compression == "gzip" else 22)
    return options


class _RunReader:
    """Reads a sorted run file front to back, ``n`` rows at a time (one batch of ``batch_rows`` buffered)."""

    def __init__(self, path: Path, batch_rows: int = 8192) -> None:
        import pyarrow.parquet as pq

        self._batches = pq.ParquetFile(path, pre_buffer=False).iter_batches(batch_size=batch_rows, use_threads=False)
        self._buffer: pa.Table | None = None

    def take(self, n: int) -> pa.Table:
        parts: list[pa.Table] = []
        while n > 0:
            if self._buffer is None or self._buffer.num_rows == 0:
                self._buffer = pa.Table.from_batches([next(self._batches)])
            piece = self._buffer.slice(0, n)
            self._buffer = self._buffer.slice(piece.num_rows)
            parts.append(piece)
            n -= piece.num_rows
        return pa.concat_tables(parts) if len(parts) > 1 else parts[0]


_MERGE_BUFFER_ROWS = 32768
"""Rows the merge keeps buffered over all sorted runs together (each run gets its share, at least
:data:`_MIN_RUN_ROWS`): the merge's memory does not grow with the number of shards."""
_MIN_RUN_ROWS = 256
_MERGE_STEP_ROWS = 8192
"""Rows merged per step; steps accumulate until a whole output row group can be written."""


def _run_rows(n_runs: int) -> int:
    """Row group size of the sorted runs (and batch size of their readers) for ``n_runs`` runs."""
    return max(_MIN_RUN_ROWS, min(8192, _MERGE_BUFFER_ROWS // max(n_runs, 1)))


@dataclass
class ShardedExportOutcome(ExportOutcome):
    """:class:`ExportOutcome` plus what the dataset card needs, gathered while streaming."""

    by_lang: list[dict[str, object]]
    by_corpus: list[dict[str, object]]
    schema: pa.Schema


def _merge_counts(acc: dict[Any, int], rows: list[dict[str, Any]], column: str) -> None:
    for r in rows:
        acc[r[column]] = acc.get(r[column], 0) + int(r["count_all"])


def write_export_shards(shards: Sequence[Path], export_dir: Path, config: ExportConfig) -> ShardedExportOutcome:
    """Write the split files from record shards without holding them all: the same bytes as :func:`write_export`.

    Each shard is sorted by record id into a temporary run; the runs are then merged in record id
    order (only the id column of every shard is held at once) and written row group by row group
    (``export.row_group_size`` rows each), so the files do not depend on how records were sharded.
    """
    import numpy as np
    import pyarrow.parquet as pq

    from pipeline.core.atomic import atomic_write

    export_dir.mkdir(parents=True, exist_ok=True)
    runs: list[Path] = []
    ids: list[pa.Array] = []
    langs: dict[Any, int] = {}
    corpora: dict[Any, int] = {}
    schema: pa.Schema | None = None
    run_rows = _run_rows(len(shards))
    try:
        for i, path in enumerate(shards):
            table = with_messages(pq.read_table(path))
            schema = schema or table.schema
            table = table.cast(schema)
            if table.num_rows:
                table = table.sort_by("record_id")
            _merge_counts(langs, count_by(table, ["lang"]), "lang")
            _merge_counts(corpora, count_by(table, ["corpus"]), "corpus")
            run = export_dir / f".run-{i:05d}.parquet"
            pq.write_table(table, run, compression="zstd", compression_level=1, row_group_size=run_rows)
            runs.append(run)
            ids.append(table.column("record_id").combine_chunks())
            del table
        if schema is None:
            raise ValueError("write_export_shards needs at least one shard")
        lengths = np.array([len(a) for a in ids], dtype=np.int64)
        all_ids = pa.chunked_array(ids, type=pa.string())
        order = pc.sort_indices(all_ids).to_numpy()
        del all_ids, ids
        run_of = np.repeat(np.arange(len(runs)), lengths)[order]
        del order
        total = int(lengths.sum())
        options = _write_options(config)
        rg = config.row_group_size
        step = min(rg, _MERGE_STEP_ROWS)
        files = {split: export_dir / f"{split}.parquet" for split in SPLITS}
        rows = dict.fromkeys(SPLITS, 0)

        def write_split(split: str, where: Path) -> None:
            readers = [_RunReader(r, run_rows) for r in runs]
            pending: list[pa.Table] = []
            pending_rows = 0
            with pq.ParquetWriter(where, schema, **options) as writer:
                for start in range(0, total, step):
                    chunk_runs = run_of[start : start + step]
                    counts = np.bincount(chunk_runs, minlength=len(runs))
                    pieces = [readers[r].take(int(c)) for r, c in enumerate(counts.tolist()) if c]
                    cat = pa.concat_tables(pieces)
                    perm = np.empty(chunk_runs.size, dtype=np.int64)
                    perm[np.argsort(chunk_runs, kind="stable")] = np.arange(chunk_runs.size)
                    chunk = cat.take(pa.array(perm))
                    del cat, pieces
                    marks = table_splits(chunk, config.validation_ratio, config.split_salt)
                    mask = pa.array([m == split for m in marks], type=pa.bool_())
                    part = chunk.filter(mask)
                    del chunk
                    if part.num_rows:
                        pending.append(part)
                        pending_rows += part.num_rows
                    while pending_rows >= rg:
                        buf = pa.concat_tables(pending)
                        pending = []
                        writer.write_table(buf.slice(0, rg).combine_chunks(), row_group_size=rg)
                        rest = buf.slice(rg)
                        del buf
                        pending, pending_rows = ([rest] if rest.num_rows else []), rest.num_rows
                if pending_rows:
                    writer.write_table(pa.concat_tables(pending).combine_chunks(), row_group_size=rg)

        for split in SPLITS:
            if total == 0:
                write_parquet_atomic(schema.empty_table(), files[split], row_group_size=rg, **options)
                continue
            atomic_write(files[split], functools.partial(write_split, split))
            rows[split] = pq.ParquetFile(files[split]).metadata.num_rows
    finally:
        for run in runs:
            run.unlink(missing_ok=True)
    return ShardedExportOutcome(
        files=files,
        rows=rows,
        by_lang=[{"lang": k, "count_all": v} for k, v in sorted(langs.items(), key=lambda kv: str(kv[0]))],
        by_corpus=[{"corpus": k, "count_all": v} for k, v in sorted(corpora.items(), key=lambda kv: str(kv[0]))],
        schema=schema,
    )


def count_by(table: pa.Table, columns: Sequence[str]) -> list[dict[str, object]]:
    """Row counts grouped by ``columns``, sorted by the group values (for the dataset card)."""
    if not table.num_rows:
        return []
    grouped = table.group_by(list(columns)).aggregate([([], "count_all")]).to_pylist()
    return sorted(grouped, key=lambda r: tuple(str(r[c]) for c in columns))
