"""The stage contract: what a stage receives and what it returns.

A stage is a function ``run(table: pa.Table, ctx: StageContext) -> StageResult``. It knows nothing of
its executor (CLI, Airflow task, test): it reads its typed config from ``ctx.config``, may write
side artifacts (audit logs, reports) under ``ctx.run_dir`` through :meth:`StageContext.artifact_path`,
reports progress through ``ctx.progress`` and returns every input record in exactly one of
``kept``, ``rejected``, ``duplicates`` or ``review``. :func:`check_conservation` enforces that.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from pipeline.core.progress import Progress, SilentProgress
from pipeline.core.records import DUPLICATE_SCHEMA, REJECT_SCHEMA, REVIEW_SCHEMA, record_json
from pipeline.errors import StageError

if TYPE_CHECKING:
    from pipeline.config import PipelineConfig


@dataclass
class StageContext:
    """Everything a stage may use besides its input table."""

    run_dir: Path
    config: PipelineConfig
    progress: Progress = field(default_factory=SilentProgress)
    shard: int | None = None
    """The shard being processed by a per-record stage (None: the whole table at once)."""
    run_id: str | None = None
    """The run's id (None when a stage is called on its own)."""
    build: str = "run"
    """``run`` (a plain run), ``incremental`` (a nightly build adding to the latest dataset version)
    or ``full_rebuild`` (a version built from scratch, independent of earlier exports)."""

    def artifact_name(self, base: str) -> str:
        """``base`` for a whole-table run, ``base-00003`` for shard 3 (so shards never overwrite each other)."""
        return base if self.shard is None else f"{base}-{self.shard:05d}"

    def artifact_path(self, *parts: str) -> Path:
        """Return ``run_dir/<parts>``, creating the parent folder (e.g. ``("audit", "deid.parquet")``)."""
        path = self.run_dir.joinpath(*parts)
        path.parent.mkdir(parents=True, exist_ok=True)
        return path


@dataclass
class StageResult:
    """The outcome of one stage over one table (or shard).

    ``counters`` are integers or floats that go to the manifest under the stage's name (datatrove
    style: every step reports what it did). ``report`` is any further JSON-able summary.
    """

    kept: pa.Table
    rejected: pa.Table = field(default_factory=REJECT_SCHEMA.empty_table)
    duplicates: pa.Table = field(default_factory=DUPLICATE_SCHEMA.empty_table)
    review: pa.Table = field(default_factory=REVIEW_SCHEMA.empty_table)
    counters: dict[str, int | float] = field(default_factory=dict)
    report: dict[str, Any] = field(default_factory=dict)

    def reasons(self) -> dict[str, int]:
        """Count rejected records per reason code, sorted by code."""
        counts = Counter(self.rejected.column("reason").to_pylist()) if self.rejected.num_rows else Counter()
        return dict(sorted(counts.items()))


class RejectBuilder:
    """Collects rejected records for one stage with a uniform shape (see ``REJECT_SCHEMA``)."""

    def __init__(self, stage: str) -> None:
        """Start an empty collection for ``stage``."""
        self.stage = stage
        self._rows: list[dict[str, Any]] = []

    def add(
        self,
        row: Mapping[str, Any] | None,
        reason: str,
        detail: str,
        *,
        record_id: str | None = None,
        keep_record: bool = True,
        source_line: int | None = None,
    ) -> None:
        """Reject ``row`` with a reason code and a value-free ``detail``.

        ``keep_record=False`` leaves the ``record`` column empty (use it where the record may hold
        personal data that later stages would have removed).
        """
        row = row or {}
        self._rows.append(
            {
                "record_id": record_id or row.get("record_id") or "",
                "stage": self.stage,
                "reason": reason,
                "detail": detail,
                "corpus": row.get("corpus"),
                "source_file": row.get("source_file"),
                "source_index": row.get("source_index"),
                "source_line": source_line if source_line is not None else row.get("source_line"),
                "record": record_json(row) if keep_record and row else None,
            }
        )

    def __len__(self) -> int:
        """Number of rejects collected."""
        return len(self._rows)

    def table(self) -> pa.Table:
        """Return the rejects as a table with ``REJECT_SCHEMA``."""
        if not self._rows:
            return REJECT_SCHEMA.empty_table()
        return pa.Table.from_pylist(self._rows, schema=REJECT_SCHEMA)


def check_conservation(stage: str, n_in: int, result: StageResult) -> None:
    """Raise :class:`StageError` unless every input record is accounted for exactly once."""
    out = result.kept.num_rows + result.rejected.num_rows + result.duplicates.num_rows + result.review.num_rows
    if out != n_in:
        raise StageError(
            f"stage {stage!r} lost track of records: {n_in} in, {result.kept.num_rows} kept + "
            f"{result.rejected.num_rows} rejected + {result.duplicates.num_rows} duplicates + "
            f"{result.review.num_rows} review = {out}"
        )
    ids = [result.kept, result.rejected, result.duplicates, result.review]
    seen: set[str] = set()
    total = 0
    for t in ids:
        if t.num_rows:
            col = t.column("record_id").to_pylist()
            seen.update(col)
            total += len(col)
    if len(seen) != total:
        raise StageError(f"stage {stage!r} returned a record id in more than one outcome")
