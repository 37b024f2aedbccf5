"""Finishing a run: the dataset, its card and the manifest; the history commit; the dataset version; clean-up."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any, cast

from pipeline.config import PipelineConfig
from pipeline.core.progress import Progress, SilentProgress
from pipeline.core.stage import StageSummary
from pipeline.errors import StageError
from pipeline.runtime import registry
from pipeline.runtime.execute import stage_shards
from pipeline.runtime.payloads import ExportResult, VersionInfo
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
    from pipeline.runtime.manifest import package_versions, reconcile, rejected_by_reason
    from pipeline.stages.export.card import render_dataset_card
    from pipeline.stages.export.stage import write_export_shards

    run = RunDir(run_dir)
    spec, config = run.load()
    shards = stage_shards("export", run.root)
    prev = registry.previous("export")
    summaries = stage_summaries(run)
    progress = progress or SilentProgress()
    progress.start("export", total=len(shards))
    outcome = write_export_shards([run.shard_file(prev, s) for s in shards], run.export_dir, config.export)
    progress.advance(len(shards))
    progress.finish()
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
    )
    card_path = write_text_atomic(run.export_dir / "README.md", card)
    outputs: list[dict[str, Any]] = []
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
    for sub in ("rejected", "duplicates", "review"):
        for path in sorted(run.path(sub).glob("*.parquet")):
            outputs.append({"path": f"{sub}/{path.name}", "bytes": path.stat().st_size, "sha256": file_sha256(path)})
    manifest = {
        "run_id": spec["run_id"],
        "dataset_name": spec["dataset_name"],
        "counts": counts,
        "rejected_by_reason": reasons,
        "stages": summaries,
        "inputs": run.read_inputs(),
        "config": spec["config"],
        "versions": package_versions(),
        "outputs": outputs,
    }
    write_json_atomic(run.manifest_path, manifest)
    report = write_run_report(run)
    history = commit_history(run, config, spec["run_id"])  # last: later builds drop duplicates of this run
    remove_raw_work_files(run, config)
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
