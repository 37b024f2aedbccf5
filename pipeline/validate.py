"""The validate stage: a Great Expectations gate between de-identification and agreement/export.

It keeps every record it is given. It runs the suites of :mod:`pipeline.gx_suites` on:

- ``records`` and ``annotations``: the ingest output (the shards in ``<run_dir>/work/ingest/``; the received
  table when the run directory has none, e.g. a stage called on its own);
- ``deidentified``: the text fields of the received table (``history`` turns joined per record);
- ``export``: the prospective export: split from ``pipeline.export.assign_split`` and ``messages``
  from ``pipeline.export.build_messages``, as the export stage will write them;
- ``spans``: the span and BIO columns, when ``validate.span_suite`` enables it.

Data Docs go to ``<run_dir>/reports/gx/`` and a value-free summary to ``<run_dir>/reports/validation.json``.
A failed ``blocking`` expectation raises :class:`~pipeline.errors.ValidationFailed` naming the failed
expectation types and the Data Docs pages; failed ``warning`` expectations are reported in the
stage's counters and report.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.compute as pc

from pipeline.errors import ValidationFailed
from pipeline.records import TEXT_FIELDS
from pipeline.stage import StageContext, StageResult

if TYPE_CHECKING:
    import pandas as pd

    from pipeline.config import PipelineConfig
    from pipeline.gx_project import SuiteOutcome

STAGE = "validate"
SUMMARY_PATH = ("reports", "validation.json")
"""Where the value-free validation summary is written (relative to the run directory)."""

MESSAGE_TYPE_LOOSE = pa.struct([pa.field("role", pa.string()), pa.field("content", pa.string())])
"""Like ``records.MESSAGE_TYPE`` but nullable, so a malformed turn reaches the expectation instead of
failing the conversion."""

_RECORD_READ = ("record_id", "instruction", "input", "output", "corpus", "source_file", "source_index", "lang")


def _ingest_table(table: pa.Table, run_dir: Path) -> tuple[pa.Table, str]:
    from pipeline.shards import read_shard_schema, read_stage, stage_dir

    if stage_dir(run_dir, "ingest").is_dir():  # only what the records and annotations suites read
        names = read_shard_schema(run_dir, "ingest").names
        columns = [c for c in (*_RECORD_READ, "annotations") if c in names]
        return read_stage(run_dir, "ingest", columns=columns), "work/ingest/"
    return table, "stage input (no work/ingest/)"


def _input_count(run_dir: Path, ingest: pa.Table) -> int:
    path = run_dir / "work" / "ingest.json"
    if path.is_file():
        try:
            return int(json.loads(path.read_text(encoding="utf-8"))["records_in"])
        except (KeyError, ValueError, TypeError):
            pass
    return ingest.num_rows


def records_frame(ingest: pa.Table) -> pd.DataFrame:
    """The records suite's DataFrame: the contract columns present in the ingest output."""
    cols = [c for c in _RECORD_READ if c in ingest.column_names]
    return ingest.select(cols).to_pandas()


def annotations_frame(ingest: pa.Table) -> pd.DataFrame | None:
    """One row per annotation (record_id, annotator_id, label, confidence); None when there are none."""
    import pandas as pd

    if "annotations" not in ingest.column_names:
        return None
    ann = ingest.column("annotations").combine_chunks()
    if not isinstance(ann.type, pa.ListType) or not pa.types.is_struct(ann.type.value_type):
        return None
    flat = pc.list_flatten(ann)
    if not len(flat):
        return None
    parents = pc.list_parent_indices(ann)
    names = [f.name for f in ann.type.value_type]
    data: dict[str, Any] = {"record_id": pc.take(ingest.column("record_id"), parents).to_pandas()}
    for name in ("annotator_id", "label", "confidence"):
        if name in names:
            data[name] = flat.field(name).to_pandas()
        else:
            data[name] = pd.Series([None] * len(flat), dtype=object)
    return pd.DataFrame(data)


def _history_text(table: pa.Table) -> list[str | None]:
    if "history" not in table.column_names:
        return [None] * table.num_rows
    col = table.column("history")
    out: list[str | None] = [None] * table.num_rows
    valid = pc.fill_null(pc.greater(pc.list_value_length(col), 0), False)
    idx = pc.indices_nonzero(valid).to_pylist()
    if idx:
        for i, pairs in zip(idx, pc.take(col, pa.array(idx)).to_pylist()):
            out[i] = "\n".join(t for pair in pairs or () for t in pair or () if t)
    return out


def deidentified_frame(table: pa.Table) -> pd.DataFrame:
    """Text fields of the received table, ``history`` joined into one text per record."""
    import pandas as pd

    data: dict[str, Any] = {}
    for name in TEXT_FIELDS:
        if name in table.column_names:
            data[name] = table.column(name).to_pandas()
    data["history"] = pd.Series(_history_text(table), dtype=object)
    return pd.DataFrame(data)


def export_frame(table: pa.Table, config: PipelineConfig) -> pd.DataFrame:
    """The prospective export: record_id, instruction, output, messages and the validation-split flag.

    ``messages`` is an Arrow-backed column: GX deep-copies the batch, which is free for immutable
    Arrow data and takes seconds for 100k Python dicts; the custom expectation checks it vectorised.
    """
    import pandas as pd

    from pipeline.export import assign_split, build_messages

    ids = table.column("record_id").to_pylist()
    splits = assign_split(ids, config.export.validation_ratio, config.export.split_salt)
    cols = [c for c in ("system", "history", "instruction", "input", "output") if c in table.column_names]
    rows = table.select(cols).to_pylist()
    messages: list[list[dict[str, str]] | None] = []
    for row in rows:
        try:
            messages.append(build_messages(row))
        except (KeyError, TypeError, ValueError):
            messages.append(None)
    arrow_messages = pa.array(messages, type=pa.list_(MESSAGE_TYPE_LOOSE))
    return pd.DataFrame(
        {
            "record_id": table.column("record_id").to_pandas(),
            "instruction": table.column("instruction").to_pandas(),
            "output": table.column("output").to_pandas(),
            "messages": pd.Series(pd.arrays.ArrowExtensionArray(arrow_messages)),
            "is_validation": pd.Series([1.0 if s == "validation" else 0.0 for s in splits], dtype="float64"),
        }
    )


SPAN_ARROW_TYPE = pa.list_(
    pa.struct([("start", pa.int64()), ("end", pa.int64()), ("label", pa.string()), ("text", pa.string())])
)
"""The span column layout the span suite expects (used for an absent column)."""


def span_frame(table: pa.Table, config: PipelineConfig) -> pd.DataFrame | None:
    """Text, spans and BIO columns for the span suite; None when it does not run.

    The list columns stay Arrow-backed (cheap for GX to copy; checked without a dict per span).
    """
    import pandas as pd

    cfg = config.validate
    present = [c for c in (cfg.span_column, cfg.bio_column) if c in table.column_names]
    if cfg.span_suite == "off" or (cfg.span_suite == "auto" and not present):
        return None
    data: dict[str, Any] = {"record_id": table.column("record_id").to_pandas()}
    if cfg.span_text_column in table.column_names:
        data[cfg.span_text_column] = table.column(cfg.span_text_column).to_pandas()
    else:
        data[cfg.span_text_column] = pd.Series([None] * table.num_rows, dtype="str")
    for name, absent_type in ((cfg.span_column, SPAN_ARROW_TYPE), (cfg.bio_column, pa.list_(pa.string()))):
        if name in table.column_names:
            arr = table.column(name).combine_chunks()
        else:
            arr = pa.nulls(table.num_rows, type=absent_type)
        data[name] = pd.Series(pd.arrays.ArrowExtensionArray(arr))
    return pd.DataFrame(data)


def _parameters(config: PipelineConfig, n_input: int) -> dict[str, Any]:
    cfg = config.validate
    ratio = config.export.validation_ratio
    return {
        "min_export_rows": max(1, math.ceil(cfg.min_export_share * n_input)),
        "split_share_min": max(0.0, ratio - cfg.split_tolerance),
        "split_share_max": min(1.0, ratio + cfg.split_tolerance),
    }


def _run_name(run_dir: Path) -> str:
    path = run_dir / "work" / "run.json"
    if path.is_file():
        try:
            return str(json.loads(path.read_text(encoding="utf-8"))["run_id"])
        except (KeyError, ValueError):
            pass
    return run_dir.name or "instructflow"


def _failure_message(failed: list[dict[str, Any]], outcomes: list[SuiteOutcome], run_dir: Path) -> str:
    by_suite: dict[str, list[str]] = {}
    for f in failed:
        label = f["type"] + (f" [{f['column']}]" if f.get("column") else "")
        by_suite.setdefault(f["suite"], [])
        if label not in by_suite[f["suite"]]:
            by_suite[f["suite"]].append(label)
    pages = [str(run_dir / o.docs_page) for o in outcomes if o.suite in by_suite and o.docs_page]
    parts = "; ".join(f"{suite}: {', '.join(types)}" for suite, types in by_suite.items())
    return (
        f"blocking validation failed ({len(failed)} expectation(s)): {parts}. "
        f"Data Docs: {', '.join(pages) or str(run_dir / 'reports' / 'gx' / 'index.html')}"
    )


def run(table: pa.Table, ctx: StageContext) -> StageResult:
    """Validate the run's records with GX; keep every record; raise ValidationFailed on a blocking failure."""
    from pipeline.atomic import write_json_atomic
    from pipeline.gx_project import open_run_context, run_suites

    config = ctx.config
    cfg = config.validate
    if not cfg.enabled:
        return StageResult(kept=table, counters={"suites_run": 0}, report={"enabled": False})
    ctx.progress.start(STAGE, total=table.num_rows)
    ingest, ingest_source = _ingest_table(table, ctx.run_dir)
    n_input = _input_count(ctx.run_dir, ingest)
    # Frames are built one suite at a time (run_suites calls these) so only one is in memory.
    frames: dict[str, Any] = {"records": lambda: records_frame(ingest)}
    skipped: dict[str, str] = {}
    ann = annotations_frame(ingest)
    if ann is None:
        skipped["annotations"] = "no annotations"
    else:
        frames["annotations"] = ann
    frames["deidentified"] = lambda: deidentified_frame(table)
    frames["export"] = lambda: export_frame(table, config)
    spans = span_frame(table, config)
    if spans is None:
        skipped["spans"] = f"span suite {cfg.span_suite!r} and no {cfg.span_column!r}/{cfg.bio_column!r} column"
    else:
        frames["spans"] = spans
    params = _parameters(config, n_input)
    rc = open_run_context(ctx.run_dir, cfg, _run_name(ctx.run_dir))
    outcomes = run_suites(rc, frames, params)
    ctx.progress.advance(table.num_rows)
    ctx.progress.finish()

    expectations = [e.to_dict() for o in outcomes for e in o.expectations]
    failed_blocking = [e for e in expectations if not e["success"] and e["severity"] == "blocking"]
    failed_warning = [e for e in expectations if not e["success"] and e["severity"] != "blocking"]
    summary = {
        "success": not failed_blocking,
        "records_source": ingest_source,
        "input_records": n_input,
        "parameters": params,
        "data_docs_index": "/".join(("reports", "gx", "index.html")),
        "suites": [
            {
                "suite": o.suite,
                "success": o.success,
                "rows": o.rows,
                "docs_page": o.docs_page,
                "expectations": [e.to_dict() for e in o.expectations],
            }
            for o in outcomes
        ],
        "skipped": skipped,
        "failed_blocking": failed_blocking,
        "failed_warning": failed_warning,
    }
    write_json_atomic(ctx.artifact_path(*SUMMARY_PATH), summary)
    if failed_blocking:
        raise ValidationFailed(_failure_message(failed_blocking, outcomes, ctx.run_dir))
    counters: dict[str, int | float] = {
        "suites_run": len(outcomes),
        "expectations": len(expectations),
        "failed_blocking": 0,
        "failed_warning": len(failed_warning),
    }
    report = {
        "summary": "/".join(SUMMARY_PATH),
        "data_docs_index": summary["data_docs_index"],
        "suites": {o.suite: {"success": o.success, "rows": o.rows, "docs_page": o.docs_page} for o in outcomes},
        "skipped": skipped,
        "warnings": [
            {k: e[k] for k in ("suite", "check", "type", "column", "unexpected_count") if k in e}
            for e in failed_warning
        ],
    }
    return StageResult(kept=table, counters=counters, report=report)
