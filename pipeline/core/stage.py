"""The stage contract: what a stage receives and what it returns.

A stage knows nothing of its executor (CLI, Airflow task, test). It reads its typed config from
``ctx.config``, may write its own side artifacts (audit logs, reports) through
:meth:`StageContext.artifact_path`, keeps scratch files in :meth:`StageContext.scratch_path`,
reports progress through ``ctx.progress`` and returns every input record in exactly one of
``kept``, ``rejected``, ``duplicates`` or ``review`` (:func:`check_conservation` enforces that).

Two kinds of stage implement this contract (``pipeline.runtime.registry`` declares which is which):

- a :class:`RecordStage` maps a table to a :class:`StageResult` (``run(table, ctx)``); the
  per-shard stages (clean, deidentify) are run once per shard;
- a :class:`PhasedStage` needs every record to decide (dedup, validate, agreement): phase 1
  ``features(shard, ctx)`` computes narrow per-record features of one shard, phase 2
  ``plan(features, ctx, source)`` decides over the features of every shard (reading full records
  only through a :class:`~pipeline.core.source.RecordSource`), phase 3 ``plan.apply(shard)`` turns
  each shard into a :class:`StageResult`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, NotRequired, Protocol, TypedDict, runtime_checkable

import pyarrow as pa

from pipeline.core.progress import Progress, SilentProgress
from pipeline.core.records import DUPLICATE_SCHEMA, REJECT_SCHEMA, REVIEW_SCHEMA, Row, record_json
from pipeline.core.source import RecordSource, TableSource
from pipeline.errors import StageError

if TYPE_CHECKING:
    from pipeline.config import PipelineConfig

Build = Literal["run", "incremental", "full_rebuild"]
"""What kind of build a run is: a plain run, a nightly build adding to the latest dataset version,
or a version built from scratch."""

Counters = dict[str, float]
"""A stage's counters: what it did, by name (integers or floats; they go to the manifest under the stage's name)."""

Report = dict[str, object]
"""A stage's JSON-able summary for reviewers (its shape is documented by each stage)."""


class StageCounts(TypedDict):
    """What a stage did, in numbers: records in, each outcome, reasons and counters."""

    stage: str
    records_in: int
    kept: int
    rejected: int
    duplicates: int
    review: int
    reasons: dict[str, int]
    counters: dict[str, int | float]
    review_reasons: NotRequired[dict[str, int]]
    """Records held for review per reason code (absent in summaries written before it existed)."""


class StageSummary(StageCounts):
    """``work/<stage>.json`` (and a shard's ``summary-NNNNN.json``): what a stage did."""

    report: Report
    shards: NotRequired[int]


class Counts(TypedDict):
    """The manifest's counts: ``input == exported + rejected + duplicates + review``."""

    input: int
    exported: int
    rejected: int
    duplicates: int
    review: int


@dataclass
class StageContext:
    """Everything a stage may use besides its input table."""

    run_dir: Path
    """Where the run's reviewer-facing artifacts go (``reports/``, ``audit/``); see :meth:`artifact_path`."""
    config: PipelineConfig
    progress: Progress = field(default_factory=SilentProgress)
    shard: int | None = None
    """The shard being processed (None: the whole table at once)."""
    run_id: str | None = None
    """The run's id (None when a stage is called on its own)."""
    build: Build = "run"
    """``run`` (a plain run), ``incremental`` (a nightly build adding to the latest dataset version)
    or ``full_rebuild`` (a version built from scratch, independent of earlier exports)."""
    stage: str = ""
    """The stage's name (names its scratch folder)."""
    input_records: int | None = None
    """How many records the run was given to decide: ingest's input (rejects included) less the
    history duplicates (records the dataset already holds); None when unknown. Share gates
    (``validate.min_export_share``) are computed on it."""
    history_keep: pa.Array | None = None
    """An incremental build: ``record_id`` U+001F ``run_id`` of the earlier records the new version
    carries over; a history duplicate may only name one of them (None: any history entry)."""
    ingested: RecordSource | None = None
    """The run's records as ingest wrote them, before any stage changed them (validate checks them);
    None when a stage is called on its own."""
    previous_fields: pa.Table | None = None
    """An incremental build: the annotated field values the previous published version holds for
    this run's records (``record_id``, ``name``, ``value``; the agreement stage's stability signal).
    None: no previous version (a plain run, a first version, a full rebuild)."""
    started_at: str | None = None
    """When the run was prepared (ISO 8601, UTC), for reports that show it (Data Docs); never an
    input to a computed result. None when a stage is called on its own."""

    def artifact_name(self, base: str) -> str:
        """``base`` for a whole-table run, ``base-00003`` for shard 3 (so shards never overwrite each other)."""
        return base if self.shard is None else f"{base}-{self.shard:05d}"

    def artifact_path(self, *parts: str) -> Path:
        """Return ``run_dir/<parts>``, creating the parent folder (e.g. ``("audit", "deid.parquet")``)."""
        path = self.run_dir.joinpath(*parts)
        path.parent.mkdir(parents=True, exist_ok=True)
        return path

    def scratch_path(self, *parts: str) -> Path:
        """A path in the stage's scratch folder (``work/<stage>-features/``, removed once the run is exported)."""
        path = self.run_dir.joinpath("work", f"{self.stage or 'scratch'}-features", *parts)
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
    counters: Counters = field(default_factory=dict)
    report: Report = field(default_factory=dict)

    def reasons(self) -> dict[str, int]:
        """Count rejected records per reason code, sorted by code."""
        return _reason_counts(self.rejected)

    def review_reasons(self) -> dict[str, int]:
        """Count records held for review per reason code, sorted by code."""
        return _reason_counts(self.review)


def _reason_counts(table: pa.Table) -> dict[str, int]:
    """Rows per value of ``table``'s ``reason`` column, sorted (none without rows or the column)."""
    if not table.num_rows or "reason" not in table.column_names:
        return {}
    return dict(sorted(Counter(str(r) for r in table.column("reason").to_pylist()).items()))


class RejectBuilder:
    """Collects rejected records for one stage with a uniform shape (see ``REJECT_SCHEMA``)."""

    def __init__(self, stage: str) -> None:
        """Start an empty collection for ``stage``."""
        self.stage = stage
        self._rows: list[dict[str, Any]] = []

    def add(
        self,
        row: Row | None,
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
            col: list[str] = t.column("record_id").to_pylist()
            seen.update(col)
            total += len(col)
    if len(seen) != total:
        raise StageError(f"stage {stage!r} returned a record id in more than one outcome")


@runtime_checkable
class RecordStage(Protocol):
    """A stage that maps a table (one shard, or everything) to a :class:`StageResult`."""

    def run(self, table: pa.Table, ctx: StageContext) -> StageResult:
        """Process ``table``; every input record ends in exactly one outcome."""
        ...


@runtime_checkable
class StagePlan(Protocol):
    """What phase 2 of a :class:`PhasedStage` decided, applied to one shard at a time.

    ``counters`` and ``report`` describe the whole stage. A plan with ``passthrough`` keeps every
    record unchanged (a gate such as validate), so the runtime links the shards instead of rewriting them.
    """

    counters: Counters
    report: Report
    passthrough: bool

    def apply(self, shard: pa.Table) -> StageResult:
        """Phase 3: split one shard's records into kept, rejected, duplicates and review."""
        ...


@runtime_checkable
class PhasedStage(Protocol):
    """A stage that must see every record to decide: features per shard, one plan, apply per shard."""

    def features(self, shard: pa.Table, ctx: StageContext) -> pa.Table:
        """Phase 1 on one shard: narrow per-record features (shards' features concatenate in order)."""
        ...

    def plan(self, features: pa.Table, ctx: StageContext, source: RecordSource) -> StagePlan:
        """Phase 2 over every shard's features; full records only through ``source`` (global rows)."""
        ...

    def run(self, table: pa.Table, ctx: StageContext) -> StageResult:
        """The three phases over one in-memory table (a stage called on its own)."""
        ...


def run_phases(stage: PhasedStage, table: pa.Table, ctx: StageContext) -> StageResult:
    """Run a phased stage's three phases over one in-memory table (its ``run``); counters from the plan."""
    plan = stage.plan(stage.features(table, ctx), ctx, TableSource(table))
    result = plan.apply(table)
    result.counters = dict(plan.counters)
    result.report = dict(plan.report)
    return result
