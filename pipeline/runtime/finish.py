"""Finishing a run: the dataset, its card and the manifest; the history commit; the dataset version; clean-up."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import cast

from pipeline.config import PipelineConfig
from pipeline.core.progress import Progress, SilentProgress
from pipeline.core.stage import StageSummary
from pipeline.errors import StageError
from pipeline.runtime import registry
from pipeline.runtime.execute import stage_shards
from pipeline.runtime.payloads import (
    BlockedInfo,
    BlockedRun,
    ExportResult,
    FailedExpectation,
    OutputFile,
    VersionInfo,
)
from pipeline.runtime.rundir import RunDir


def stage_summaries(run: RunDir) -> list[StageSummary]:
    """The summaries of the stages that ran, in stage order (export excluded)."""
    out = []
    for stage in registry.names()[:-1]:
        summary = run.read_summary(stage)
        if summary is None:
            raise StageError(f"stage {stage!r} has not run in {run.root} (no {run.summary_path(stage).name})")
        out.append(summary)
    return out


def run_export(run_dir: str | Path, progress: Progress | None = None) -> ExportResult:
    """Write the dataset, the dataset card and the manifest (last, once everything else is in place)."""
    from pipeline.core.atomic import write_json_atomic, write_text_atomic
    from pipeline.core.hashing import file_sha256
    from pipeline.reports.run_report import write_run_report
    from pipeline.runtime.manifest import package_versions, reconcile, rejected_by_reason, review_by_reason
    from pipeline.stages.export.card import render_dataset_card
    from pipeline.stages.export.stage import write_export_shards

    run = RunDir(run_dir)
    spec, config = run.load()
    shards = stage_shards("export", run.root)
    prev = registry.previous("export")
    summaries = stage_summaries(run)
    progress = progress or SilentProgress()
    progress.begin_stage("export", sum(run.shard_rows(prev, s) for s in shards))
    outcome = write_export_shards([run.shard_file(prev, s) for s in shards], run.export_dir, config.export)
    exported = sum(outcome.rows.values())
    counts = reconcile(summaries, exported)
    reasons = rejected_by_reason(summaries)
    card = render_dataset_card(
        dataset_name=spec["dataset_name"],
        run_id=spec["run_id"],
        counts=counts,
        split_rows=outcome.rows,
        by_lang=outcome.by_lang,
        by_corpus=outcome.by_corpus,
        schema=outcome.schema,
        rejected_by_reason=reasons,
        license_id=config.export.license,
        guideline=spec.get("guideline"),
    )
    card_path = write_text_atomic(run.export_dir / "README.md", card)
    outputs: list[OutputFile] = []
    for split, path in outcome.files.items():
        outputs.append(
            {
                "path": f"export/{path.name}",
                "split": split,
                "rows": outcome.rows[split],
                "bytes": path.stat().st_size,
                "sha256": file_sha256(path),
            }
        )
    outputs.append({"path": "export/README.md", "bytes": card_path.stat().st_size, "sha256": file_sha256(card_path)})
    outputs += outcome_files(run)
    manifest = {
        "run_id": spec["run_id"],
        "dataset_name": spec["dataset_name"],
        "status": "exported",
        "counts": counts,
        "rejected_by_reason": reasons,
        "review_by_reason": review_by_reason(summaries),
        "stages": summaries,
        "inputs": run.read_inputs(),
        "skipped": run.read_skipped(),
        "config": spec["config"],
        "guideline": spec.get("guideline"),
        "versions": package_versions(),
        "outputs": outputs,
    }
    write_json_atomic(run.manifest_path, manifest)
    report = write_run_report(run)
    write_run_lineage(run, spec["run_id"])  # before the ingest shards are removed
    history = commit_history(run, config, spec["run_id"])  # last: later builds drop duplicates of this run
    remove_raw_work_files(run, config)
    progress.end_stage()
    return {
        "stage": "export",
        "run_id": spec["run_id"],
        "run_dir": str(run.root),
        "counts": counts,
        "rows": outcome.rows,
        "export_dir": str(run.export_dir),
        "manifest": str(run.manifest_path),
        "report": str(report),
        "history": {k: cast(int | bool, history[k]) for k in ("added", "skipped") if k in history},
    }


def outcome_files(run: RunDir) -> list[OutputFile]:
    """The run's rejected, duplicate and review files with their size and sha256 (manifest ``outputs``)."""
    from pipeline.core.hashing import file_sha256

    out: list[OutputFile] = []
    for sub in ("rejected", "duplicates", "review"):
        for path in sorted(run.path(sub).glob("*.parquet")):
            out.append({"path": f"{sub}/{path.name}", "bytes": path.stat().st_size, "sha256": file_sha256(path)})
    return out


BLOCKED_REASON = "blocked_by_validation"
"""Review reason of the records a blocking validation held back (``docs/REASON_CODES.md``)."""


def finish_blocked(run_dir: str | Path) -> BlockedRun:
    """Finish a run a blocking validation stopped: manifest (status ``blocked``), run report, clean-up.

    Nothing is exported and the dataset history is not touched. The records that reached the gate
    are counted as held for review (reason :data:`BLOCKED_REASON`), so the manifest's counts still
    reconcile (``input == exported + rejected + duplicates + review``, with ``exported`` 0); they stay
    in ``work/<stage before the gate>/`` until the run is repeated. Raw work files (the records before
    de-identification, the phased stages' features) are removed as after a successful export.
    """
    import json

    from pipeline.core.atomic import write_json_atomic
    from pipeline.reports.run_report import write_run_report
    from pipeline.runtime.manifest import package_versions, reconcile, rejected_by_reason, review_by_reason

    run = RunDir(run_dir)
    spec, config = run.load()
    order = registry.names()
    summaries: list[StageSummary] = []
    for stage in order[:-1]:
        summary = run.read_summary(stage)
        if summary is None:
            break
        summaries.append(summary)
    if not summaries or len(summaries) >= len(order) - 1:
        raise StageError(f"{run.root}: no stage stopped this run; nothing to finish as blocked")
    gate = order[len(summaries)]
    held = int(summaries[-1]["kept"])
    validation_path = run.path("reports", "validation.json")
    validation = json.loads(validation_path.read_text(encoding="utf-8")) if validation_path.is_file() else {}
    failed = [
        cast(FailedExpectation, {k: e[k] for k in BLOCKED_FIELDS if k in e})
        for e in validation.get("failed_blocking", [])
        if isinstance(e, dict)
    ]
    summaries.append(
        {
            "stage": gate,
            "records_in": held,
            "kept": 0,
            "rejected": 0,
            "duplicates": 0,
            "review": held,
            "reasons": {},
            "review_reasons": {BLOCKED_REASON: held} if held else {},
            "counters": {BLOCKED_REASON: held, "failed_blocking": len(failed)},
            "report": {"status": "blocked", "summary": "reports/validation.json"},
        }
    )
    counts = reconcile(summaries, 0)
    blocked: BlockedInfo = {
        "stage": gate,
        "records": held,
        "records_dir": f"work/{order[len(summaries) - 2]}",
        "failed": failed,
        "data_docs_index": str(validation.get("data_docs_index") or "reports/gx/index.html"),
    }
    manifest = {
        "run_id": spec["run_id"],
        "dataset_name": spec["dataset_name"],
        "status": "blocked",
        "counts": counts,
        "rejected_by_reason": rejected_by_reason(summaries),
        "review_by_reason": review_by_reason(summaries),
        "blocked": blocked,
        "stages": summaries,
        "inputs": run.read_inputs(),
        "config": spec["config"],
        "guideline": spec.get("guideline"),
        "versions": package_versions(),
        "outputs": outcome_files(run),
    }
    write_json_atomic(run.manifest_path, manifest)
    report = write_run_report(run)
    remove_raw_work_files(run, config)
    return {
        "run_id": spec["run_id"],
        "run_dir": str(run.root),
        "counts": counts,
        "blocked": blocked,
        "manifest": str(run.manifest_path),
        "report": str(report),
    }


BLOCKED_FIELDS = ("suite", "check", "type", "column", "unexpected_count", "unexpected_percent", "first_record_ids")
"""What the manifest keeps of each failed blocking expectation (names, counts and record ids; no values)."""


def blocked_message(blocked: BlockedRun) -> str:
    """One line for a blocked run: what failed, how many records, where the run report is."""
    info = blocked["blocked"]
    parts = []
    for f in info["failed"][:MAX_IN_MESSAGE]:
        where = f"{f.get('suite')}.{f.get('column')}" if f.get("column") else str(f.get("suite"))
        n = f.get("unexpected_count")
        parts.append(f"{f.get('check')} on {where}" + (f" ({n:,} records)" if isinstance(n, int) else ""))
    more = f" and {len(info['failed']) - MAX_IN_MESSAGE} more" if len(info["failed"]) > MAX_IN_MESSAGE else ""
    return (
        f"blocking validation failed ({len(info['failed'])} expectation(s): {'; '.join(parts)}{more}); "
        f"nothing was exported ({info['records']:,} records held). Run report: {blocked['report']}"
    )


MAX_IN_MESSAGE = 3
"""Failed expectations named in the one-line message (the run report lists them all)."""


def write_run_lineage(run: RunDir, run_id: str) -> None:
    """Write ``work/lineage.parquet``: every record ingest kept, its source identity and outcome.

    Needs the ingest shards; a retried export after they were removed keeps the file it wrote.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    from pipeline.core.atomic import write_parquet_atomic
    from pipeline.runtime.lineage import CONTENT_COLUMNS, SOURCE_COLUMNS, lineage_table

    if not run.stage_dir("ingest").is_dir():
        if run.lineage_path.is_file():
            return
        raise StageError(f"cannot write the record lineage of {run.root}: the ingest shards are gone; re-run the build")
    sources = run.read_stage("ingest", list(SOURCE_COLUMNS))
    parts = [pq.read_table(p) for p in sorted(run.export_dir.glob("*.parquet"))]
    exported = (
        pa.concat_tables(parts)
        if parts
        else pa.table({c: pa.array([], pa.string()) for c in ("record_id", *CONTENT_COLUMNS)})
    )
    review: list[str] = []
    for path in sorted(run.path("review").glob("*.parquet")):
        review += pq.read_table(path, columns=["record_id"]).column("record_id").to_pylist()
    dups: dict[str, str] = {}
    for path in sorted(run.path("duplicates").glob("*.parquet")):
        t = pq.read_table(path, columns=["record_id", "duplicate_of"])
        dups.update(zip(t.column("record_id").to_pylist(), t.column("duplicate_of").to_pylist(), strict=True))
    write_parquet_atomic(lineage_table(sources, exported, review, run_id, dups), run.lineage_path)


def commit_history(run: RunDir, config: PipelineConfig, run_id: str) -> Mapping[str, object]:
    """Add the run's exported records to the dedup history index (when history is on for the run)."""
    import pyarrow.parquet as pq

    from pipeline.stages.dedup.history import PENDING_PATH, commit

    pending_path = run.path(*PENDING_PATH)
    pending = pq.read_table(pending_path) if pending_path.is_file() else None
    exported: set[str] = set()
    for path in sorted(run.export_dir.glob("*.parquet")):
        exported.update(pq.read_table(path, columns=["record_id"]).column("record_id").to_pylist())
    return commit(config, pending, exported, run_id)


def run_publish(run_dir: str | Path) -> VersionInfo | None:
    """Publish an exported incremental run as the next dataset version; None for a plain run.

    See :func:`pipeline.runtime.versions.publish_run`. Idempotent: a retry returns the same version.
    """
    from pipeline.runtime.versions import DatasetStore, publish_run

    run = RunDir(run_dir)
    inc = run.read_spec().get("incremental")
    if not inc:
        return None
    store = DatasetStore(inc["datasets_root"], inc["dataset"])
    return publish_run(run.root, store, full_rebuild=bool(inc["full_rebuild"]))


def remove_raw_work_files(run: RunDir, config: PipelineConfig) -> None:
    """Delete the phased stages' features and, unless configured not to, the records of the stages before deidentify (raw text)."""
    import shutil

    order = registry.names()
    for s in registry.STAGES:  # hashes and signatures only, but large: not needed once exported
        if s.kind == "phased" and run.features_dir(s.name).is_dir():
            shutil.rmtree(run.features_dir(s.name))
    if config.export.keep_raw_work_files or "deidentify" not in order:
        return
    for stage in order[: order.index("deidentify")]:
        run.remove_stage_files(stage)
