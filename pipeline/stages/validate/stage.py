"""The validate stage: a Great Expectations gate between de-identification and agreement/export.

It keeps every record it is given. It runs the suites of :mod:`pipeline.stages.validate.suites` in two phases,
so memory stays bounded by a shard whatever the size of the run:

1. **per shard** (:func:`shard_features`; a mapped ``validate_rows`` task in the DAG): the row-level
   suites on one shard, each in the shard's own copy of the GX project (in the stage's scratch
   folder, run name ``<run id>-part-NNNNN``):

   - ``records`` and ``annotations``: the same shard of the records as ingest wrote them
     (``ctx.ingested``; the received table when the stage is called on its own);
   - ``deidentified``: the text fields of the received shard (``history`` turns joined per record);
   - ``export``: the prospective export rows: ``messages`` from ``pipeline.core.messages.build_messages``,
     as the export stage will write them;
   - ``spans``: the span and BIO columns, when ``validate.span_suite`` enables it.

   Each shard writes its value-free verdicts to ``outcomes-NNNNN.json`` in the scratch folder and
   returns two narrow columns (record id and validation-split flag) for phase 2.
2. **once** (:func:`plan`): the dataset-wide suites (``records_dataset``: ingest record ids unique;
   ``export_dataset``: export row count, record ids unique, split share) over those narrow columns,
   then the shards' results are imported and Data Docs built once into ``<run_dir>/reports/gx/``.
   Verdicts are summed over shards (unexpected counts add up, a check fails if any shard fails it)
   into ``<run_dir>/reports/validation.json``.

A failed ``blocking`` expectation raises :class:`~pipeline.errors.ValidationFailed` naming the failed
expectation types and Data Docs pages; failed ``warning`` expectations are reported in the stage's
counters and report. Phase 3 passes every record through unchanged.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.compute as pc

from pipeline.core.source import RecordSource, TableSource
from pipeline.core.stage import Counters, PhasedStage, StageContext, StageResult
from pipeline.errors import StageError, ValidationFailed
from pipeline.stages.validate.frames import (
    FEATURES_SCHEMA,
    RECORD_READ,
    annotations_frame,
    deidentified_frame,
    export_frame,
    records_frame,
    span_frame,
    split_flags,
)
from pipeline.stages.validate.rules import RULE_FIELDS, Rules, rule_verdicts

if TYPE_CHECKING:
    from pipeline.config import PipelineConfig

STAGE = "validate"
SUMMARY_PATH = ("reports", "validation.json")
"""Where the value-free validation summary is written (relative to the run directory)."""

INGEST_SOURCE = "ingest output"
NO_INGEST_SOURCE = "stage input (no ingest output)"


def _ingest_table(table: pa.Table, ctx: StageContext) -> tuple[pa.Table, str]:
    """The ingest records the records/annotations suites check: shard ``ctx.shard`` (all when None)."""
    if ctx.ingested is None:
        return table, NO_INGEST_SOURCE
    wanted = (*RECORD_READ, "annotations", ctx.config.validate.span_text_column)
    columns = [c for c in dict.fromkeys(wanted) if c in ctx.ingested.column_names]
    if ctx.shard is None:
        return ctx.ingested.read(columns), INGEST_SOURCE
    if ctx.shard not in ctx.ingested.shards:
        raise StageError(f"validate: the ingest output has no shard {ctx.shard}; re-run ingest")
    return ctx.ingested.read_shard(ctx.shard, columns), INGEST_SOURCE


def _parameters(config: PipelineConfig, n_input: int, *, may_be_empty: bool = False) -> dict[str, Any]:
    """The suites' parameters.

    ``min_export_rows`` is ``min_export_share`` of the records the run was given to decide (at
    least 1, unless ``may_be_empty``: an incremental build that only retires records).
    """
    cfg = config.validate
    ratio = config.export.validation_ratio
    least = 0 if may_be_empty and n_input == 0 else 1
    return {
        "min_export_rows": max(least, math.ceil(cfg.min_export_share * n_input)),
        "split_share_min": max(0.0, ratio - cfg.split_tolerance),
        "split_share_max": min(1.0, ratio + cfg.split_tolerance),
    }


def _run_name(ctx: StageContext) -> str:
    return ctx.run_id or ctx.run_dir.name or "instructflow"


def shard_run_name(run_name: str, shard: int) -> str:
    """The GX run name of one shard's results (``<run id>-part-00003``): shards never share a result key."""
    return f"{run_name}-part-{shard:05d}"


def _shard_paths(ctx: StageContext, shard: int) -> tuple[Path, Path]:
    """(GX project copy, verdict file) of ``shard``'s phase 1, in the stage's scratch folder."""
    return ctx.scratch_path(f"gx-{shard:05d}"), ctx.scratch_path(f"outcomes-{shard:05d}.json")


def shard_features(table: pa.Table, ctx: StageContext) -> pa.Table:
    """Phase 1 on one shard (``ctx.shard``; 0 for a whole table): run the row-level suites.

    Writes the shard's verdicts (value-free) next to its GX results and returns
    :data:`FEATURES_SCHEMA` rows for phase 2. Idempotent: a re-run replaces the shard's files.
    """
    from pipeline.core.atomic import write_json_atomic
    from pipeline.stages.deidentify.gate import stage_checked
    from pipeline.stages.validate.project import open_run_context, run_suites

    config = ctx.config
    cfg = config.validate
    if not cfg.enabled:
        return FEATURES_SCHEMA.empty_table()
    shard = ctx.shard if ctx.shard is not None else 0
    ctx.progress.start(STAGE, total=table.num_rows)
    ingest, source = _ingest_table(table, ctx)
    rules = Rules.from_config(config, config.load_guideline())
    rule_cols, rule_counts = rule_verdicts(table, ingest, rules)
    checked = _kept_by_rules(table, rule_cols)
    kept_ids = checked.column("record_id").combine_chunks().cast(pa.string())
    frames: dict[str, Any] = {"records": lambda: records_frame(ingest)}
    skipped: dict[str, str] = {}
    ruled_out = table.column("record_id").filter(pc.is_valid(rule_cols.column("rule_outcome")))
    ruled_out = ruled_out.combine_chunks().cast(pa.string())
    ingest_ids = ingest.column("record_id")
    judged = pc.and_(pc.is_in(ingest_ids, value_set=kept_ids), pc.invert(pc.is_in(ingest_ids, value_set=ruled_out)))
    ann = annotations_frame(ingest.filter(judged))
    if ann is None:
        skipped["annotations"] = "no annotations"
    else:
        frames["annotations"] = ann
    frames["deidentified"] = lambda: deidentified_frame(table, config, stage_checked(ctx.run_dir, shard))
    frames["export"] = lambda: export_frame(table, config)
    spans = span_frame(checked, config)
    if spans is None:
        skipped["spans"] = f"span suite {cfg.span_suite!r} and no {cfg.span_column!r}/{cfg.bio_column!r} values"
    else:
        frames["spans"] = spans
    gx_dir, outcomes_path = _shard_paths(ctx, shard)
    outcomes_path.unlink(missing_ok=True)
    run_name = shard_run_name(_run_name(ctx), shard)
    rc = open_run_context(ctx.run_dir, cfg, run_name, work=gx_dir, docs=False, run_time=ctx.started_at)
    outcomes = run_suites(rc, frames, {}, build_docs=False)
    verdicts = {
        "shard": shard,
        "run_name": run_name,
        "records_source": source,
        "ingest_rows": ingest.num_rows,
        "rows": table.num_rows,
        "skipped": skipped,
        "rules": rule_counts,
        "suites": [
            {
                "suite": o.suite,
                "success": o.success,
                "rows": o.rows,
                "expectations": [e.to_dict() for e in o.expectations],
            }
            for o in outcomes
        ],
    }
    write_json_atomic(outcomes_path, verdicts)
    flags = split_flags(table, config)
    for f in RULE_FIELDS:
        flags = flags.append_column(f, rule_cols.column(f.name))
    ctx.progress.advance(table.num_rows)
    ctx.progress.finish()
    return flags


def _kept_by_rules(table: pa.Table, rule_cols: pa.Table) -> pa.Table:
    """``table`` without the records the annotation rules reject or hold, with their rewritten spans and tags."""
    kept = pc.is_null(rule_cols.column("rule_outcome"))
    changed = pc.fill_null(rule_cols.column("rule_changed"), False)
    for name, new in (("spans", "rule_spans"), ("bio_tags", "rule_bio_tags")):
        if name in table.column_names:
            idx = table.column_names.index(name)
            merged = pc.if_else(
                changed, rule_cols.column(new), table.column(name).cast(rule_cols.schema.field(new).type)
            )
            table = table.set_column(idx, table.schema.field(name), merged.cast(table.schema.field(name).type))
    return table.filter(kept)


_SUMMED = ("element_count", "unexpected_count", "missing_count")
MAX_FAILED_IDS = 20
"""Failing record ids kept per expectation in ``reports/validation.json`` (ids only, never values)."""


def _merge_expectations(suite: str, parts: list[list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """One verdict per expectation of ``suite`` from its per-shard verdicts (same suite, same order).

    Counts add up; a check fails when any shard fails it; ``unexpected_percent`` is recomputed over
    the non-missing values of every shard; ``failed_shards`` counts the shards that failed it;
    ``first_record_ids`` keeps the first :data:`MAX_FAILED_IDS` failing record ids in shard order.
    """
    merged: list[dict[str, Any]] = []
    for i, first in enumerate(parts[0]):
        same = [p[i] for p in parts]
        out = {
            k: v
            for k, v in first.items()
            if k not in (*_SUMMED, "unexpected_percent", "observed_value", "first_record_ids")
        }
        ids = [i for e in same for i in e.get("first_record_ids") or ()][:MAX_FAILED_IDS]
        if ids:
            out["first_record_ids"] = ids
        out["success"] = all(e["success"] for e in same)
        out["exception"] = any(e.get("exception") for e in same)
        for key in _SUMMED:
            values = [e[key] for e in same if e.get(key) is not None]
            if values:
                out[key] = sum(values)
        if out.get("unexpected_count") is not None and out.get("element_count") is not None:
            base = out["element_count"] - out.get("missing_count", 0)
            out["unexpected_percent"] = 100.0 * out["unexpected_count"] / base if base else 0.0
        if len(same) == 1 and first.get("observed_value") is not None:
            out["observed_value"] = first["observed_value"]
        if not out["exception"]:
            out.pop("exception")
        if len(same) > 1:
            out["failed_shards"] = sum(1 for e in same if not e["success"])
        merged.append(out)
    return merged


@dataclass
class ValidatePlan:
    """The outcome of phase 2: the verdict is written; :meth:`apply` applies the annotation rules.

    ``decisions`` holds the records the annotation rules reject, hold or rewrite (:data:`RULE_FIELDS`
    by ``record_id``); with none the plan is a ``passthrough`` and every shard is linked unchanged.
    """

    counters: Counters
    report: dict[str, object]
    decisions: pa.Table | None = None
    passthrough: bool = field(init=False, default=True)

    def __post_init__(self) -> None:
        """A passthrough when no record is rejected, held or rewritten: the shards pass unchanged."""
        self.passthrough = self.decisions is None or self.decisions.num_rows == 0

    def apply(self, table: pa.Table) -> StageResult:
        """Phase 3: keep records (spans and tags rewritten where a rule did), reject or hold the others."""
        from pipeline.core.records import REVIEW_SCHEMA
        from pipeline.core.stage import RejectBuilder

        if self.passthrough or self.decisions is None:
            return StageResult(kept=table)
        at = pc.index_in(table.column("record_id"), value_set=self.decisions.column("record_id"))
        rows = self.decisions.take(pc.fill_null(at, 0))
        found = pc.is_valid(at)
        rule_cols = pa.table(
            {f.name: pc.if_else(found, rows.column(f.name), pa.nulls(table.num_rows, f.type)) for f in RULE_FIELDS}
        )
        result = StageResult(kept=_kept_by_rules(table, rule_cols))
        stopped = pc.is_valid(rule_cols.column("rule_outcome"))
        decided = rule_cols.filter(stopped)
        provenance = table.filter(stopped).select(["record_id", "corpus", "source_file", "source_index"]).to_pylist()
        rejects = RejectBuilder(STAGE)
        review: list[dict[str, object]] = []
        for row, out, reason, detail in zip(
            provenance,
            decided.column("rule_outcome").to_pylist(),
            decided.column("rule_reason").to_pylist(),
            decided.column("rule_detail").to_pylist(),
            strict=True,
        ):
            if out == "reject":
                rejects.add(row, str(reason), str(detail), keep_record=False)
            else:
                review.append({"record_id": row["record_id"], "stage": STAGE, "reason": reason, "detail": detail})
        result.rejected = rejects.table()
        if review:
            result.review = pa.Table.from_pylist(review, schema=REVIEW_SCHEMA)
        return result


def plan(feats: pa.Table, ctx: StageContext, source: RecordSource) -> ValidatePlan:
    """Phase 2 over every shard's phase-1 output; only ``source``'s shard numbers are used.

    Raises :class:`~pipeline.errors.ValidationFailed` on a failed blocking expectation (after
    writing ``reports/validation.json`` and the Data Docs).
    """
    return _plan(feats, ctx, list(source.shards))


def _read_verdicts(ctx: StageContext, shards: list[int]) -> list[dict[str, Any]]:
    out, missing = [], []
    for shard in shards:
        path = _shard_paths(ctx, shard)[1]
        if path.is_file():
            out.append(json.loads(path.read_text(encoding="utf-8")))
        else:
            missing.append(shard)
    if missing:
        raise StageError(
            f"validate has not checked shard(s) {missing[:10]} of {len(shards)} (no outcomes-*.json); "
            "run validate_rows on them first"
        )
    return out


def _plan(feats: pa.Table, ctx: StageContext, shards: list[int]) -> ValidatePlan:
    import pandas as pd

    from pipeline.core.atomic import write_json_atomic
    from pipeline.stages.validate.project import build_data_docs, import_results, open_run_context, run_suites
    from pipeline.stages.validate.suites import DATASET_SUITES, ROW_SUITES

    config = ctx.config
    cfg = config.validate
    if not cfg.enabled:
        return ValidatePlan(counters={"suites_run": 0}, report={"enabled": False})
    run_dir = ctx.run_dir
    verdicts = _read_verdicts(ctx, shards)
    ctx.progress.start(f"{STAGE} (whole dataset)", total=feats.num_rows)
    if ctx.ingested is not None:
        ingest_ids = ctx.ingested.read(["record_id"]).column("record_id")
    else:
        ingest_ids = feats.column("record_id")
    n_input = ctx.input_records if ctx.input_records is not None else len(ingest_ids)
    params = _parameters(config, n_input, may_be_empty=ctx.build == "incremental")
    run_name = _run_name(ctx)
    rc = open_run_context(run_dir, cfg, run_name, work=ctx.scratch_path("gx"), run_time=ctx.started_at)
    for shard in shards:
        import_results(rc, _shard_paths(ctx, shard)[0])
    decided = pc.or_(pc.is_valid(feats.column("rule_outcome")), pc.fill_null(feats.column("rule_changed"), False))
    decisions = feats.filter(decided).select(["record_id", *(f.name for f in RULE_FIELDS)])
    export_rows = feats.filter(pc.is_null(feats.column("rule_outcome"))).select(["record_id", "is_validation"])
    frames = {
        "records_dataset": lambda: pd.DataFrame({"record_id": ingest_ids.to_pandas()}),
        "export_dataset": lambda: export_rows.to_pandas(),
    }
    dataset_outcomes = run_suites(rc, frames, params, build_docs=False)
    pages = build_data_docs(rc)
    ctx.progress.advance(feats.num_rows)
    ctx.progress.finish()

    batches: list[dict[str, Any]] = []
    per_suite: dict[str, list[dict[str, Any]]] = {}
    for v in verdicts:
        for s in v["suites"]:
            batch = {"suite": s["suite"], "shard": v["shard"], "success": s["success"], "rows": s["rows"]}
            batch["docs_page"] = pages.get((s["suite"], v["run_name"]))
            batches.append(batch)
            per_suite.setdefault(s["suite"], []).append({**s, **batch})
    for o in dataset_outcomes:
        batch = {"suite": o.suite, "shard": None, "success": o.success, "rows": o.rows}
        batch["docs_page"] = pages.get((o.suite, run_name))
        batches.append(batch)
        per_suite[o.suite] = [{**batch, "expectations": [e.to_dict() for e in o.expectations]}]
    suites = []
    for name in (*ROW_SUITES, *DATASET_SUITES):
        parts = per_suite.get(name)
        if not parts:
            continue
        failing = [p["docs_page"] for p in parts if not p["success"] and p["docs_page"]]
        suites.append(
            {
                "suite": name,
                "success": all(p["success"] for p in parts),
                "rows": sum(p["rows"] for p in parts),
                "batches": len(parts),
                "docs_page": (failing or [p["docs_page"] for p in parts if p["docs_page"]] or [None])[0],
                "failed_docs_pages": failing,
                "expectations": _merge_expectations(name, [p["expectations"] for p in parts]),
            }
        )
    skipped: dict[str, str] = {}
    for v in verdicts:  # a suite skipped on every shard is skipped; one that ran somewhere is not
        for name, why in v["skipped"].items():
            if name not in per_suite:
                skipped.setdefault(name, why)
    expectations = [e for s in suites for e in s["expectations"]]
    failed_blocking = [e for e in expectations if not e["success"] and e["severity"] == "blocking"]
    failed_warning = [e for e in expectations if not e["success"] and e["severity"] != "blocking"]
    summary = {
        "success": not failed_blocking,
        "records_source": verdicts[0]["records_source"] if verdicts else NO_INGEST_SOURCE,
        "input_records": n_input,
        "parameters": params,
        "shards": len(shards),
        "data_docs_index": "/".join(("reports", "gx", "index.html")),
        "suites": suites,
        "batches": batches,
        "skipped": skipped,
        "failed_blocking": failed_blocking,
        "failed_warning": failed_warning,
    }
    write_json_atomic(ctx.artifact_path(*SUMMARY_PATH), summary)
    if failed_blocking:
        raise ValidationFailed(_failure_message(failed_blocking, suites, run_dir))
    rule_counts: dict[str, int] = {}
    for v in verdicts:
        for key, n in v.get("rules", {}).items():
            rule_counts[key] = rule_counts.get(key, 0) + n
    counters: dict[str, int | float] = {
        "suites_run": len(suites),
        "expectations": len(expectations),
        "failed_blocking": 0,
        "failed_warning": len(failed_warning),
        **{f"rules_{k}": n for k, n in sorted(rule_counts.items())},
    }
    report: dict[str, object] = {
        "summary": "/".join(SUMMARY_PATH),
        "data_docs_index": summary["data_docs_index"],
        "suites": {s["suite"]: {"success": s["success"], "rows": s["rows"], "batches": s["batches"]} for s in suites},
        "skipped": skipped,
        "warnings": [
            {k: e[k] for k in ("suite", "check", "type", "column", "unexpected_count") if k in e}
            for e in failed_warning
        ],
        "annotation_rules": dict(sorted(rule_counts.items())),
    }
    return ValidatePlan(counters=counters, report=report, decisions=decisions)


MAX_PAGES_IN_MESSAGE = 5
"""How many Data Docs pages a blocking failure's message names (the summary lists them all)."""


def _failure_message(failed: list[dict[str, Any]], suites: list[dict[str, Any]], run_dir: Path) -> str:
    by_suite: dict[str, list[str]] = {}
    for f in failed:
        label = f["type"] + (f" [{f['column']}]" if f.get("column") else "")
        by_suite.setdefault(f["suite"], [])
        if label not in by_suite[f["suite"]]:
            by_suite[f["suite"]].append(label)
    pages = [str(run_dir / p) for s in suites if s["suite"] in by_suite for p in s["failed_docs_pages"]]
    more = (
        f" and {len(pages) - MAX_PAGES_IN_MESSAGE} more (reports/validation.json)"
        if len(pages) > MAX_PAGES_IN_MESSAGE
        else ""
    )
    parts = "; ".join(f"{suite}: {', '.join(types)}" for suite, types in by_suite.items())
    return (
        f"blocking validation failed ({len(failed)} expectation(s)): {parts}. "
        f"Data Docs: {', '.join(pages[:MAX_PAGES_IN_MESSAGE]) or str(run_dir / 'reports' / 'gx' / 'index.html')}{more}"
    )


def run(table: pa.Table, ctx: StageContext) -> StageResult:
    """Validate ``table`` (one batch) with GX; keep every record; raise ValidationFailed on a blocking failure.

    Both phases over one table; the runtime runs phase 1 shard by shard instead.
    """
    from dataclasses import replace

    if not ctx.config.validate.enabled:
        return StageResult(kept=table, counters={"suites_run": 0}, report={"enabled": False})
    whole = replace(ctx, shard=None)
    validate_plan = plan(shard_features(table, whole), whole, TableSource(table))
    result = validate_plan.apply(table)
    result.counters, result.report = dict(validate_plan.counters), dict(validate_plan.report)
    return result


class Validate:
    """The validate stage as a :class:`~pipeline.core.stage.PhasedStage`."""

    features = staticmethod(shard_features)
    plan = staticmethod(plan)
    run = staticmethod(run)


STAGE_IMPL: PhasedStage = Validate()
