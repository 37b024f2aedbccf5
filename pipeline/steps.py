"""The run-directory layer shared by the CLI and the Airflow DAG.

Each step reads its input from the run directory, calls a pure stage function, writes its outputs
atomically and returns a small JSON-able dict of paths and counters (what the DAG keeps in XCom).
A step can be re-run on its own: it overwrites its own outputs and nothing else.

Layout of a run directory::

    manifest.json               written last by the export step
    export/                     train.parquet, validation.parquet, README.md (dataset card)
    rejected/<stage>.parquet    rejected records with stage, reason and detail
    duplicates/<stage>.parquet  records removed as duplicates of a named record
    review/<stage>.parquet      records held for human review
    reports/ audit/             stage artifacts (Data Docs, run report, agreement, PII audit log)
    work/run.json               the run's inputs and effective config (read by every step)
    work/<stage>.parquet        the records a stage kept (input of the next stage)
    work/<stage>.json           the stage's summary: counts, reasons, counters
"""

from __future__ import annotations

import hashlib
import importlib
import json
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa

from pipeline.atomic import write_json_atomic, write_parquet_atomic, write_text_atomic
from pipeline.config import PipelineConfig, load_config, parse_config
from pipeline.errors import StageError, UsageError, ValidationFailed
from pipeline.progress import Progress, SilentProgress
from pipeline.stage import StageContext, StageResult, check_conservation
from pipeline.stages import RECORD_STAGES, active_stages, previous_stage

OWNED = ("manifest.json", "export", "rejected", "duplicates", "review", "reports", "audit", "dedup", "work")
"""Entries of a run directory that belong to the pipeline (cleared when a run starts again)."""

_INTERMEDIATE = {"compression": "zstd", "compression_level": 1}


def _work(run_dir: Path, name: str) -> Path:
    return run_dir / "work" / name


def _read_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def content_run_id(corpora: Sequence[str | Path], config: PipelineConfig) -> str:
    """A run id derived from the input files' bytes and the effective config (same input, same id)."""
    from pipeline.ingest import corpus_files, corpus_specs
    from pipeline.manifest import file_sha256

    h = hashlib.sha256(config.fingerprint().encode())
    for spec in corpus_specs(corpora):
        for path, rel in corpus_files(spec):
            h.update(f"{spec.name}/{rel}:{file_sha256(path)}\n".encode())
    return "run-" + h.hexdigest()[:12]


def prepare_run(
    run_dir: str | Path,
    corpora: Sequence[str | Path],
    config_path: str | Path | None = None,
    *,
    run_id: str | None = None,
    dataset_name: str | None = None,
    history_default: bool = False,
    history_path: str | Path | None = None,
) -> dict[str, Any]:
    """Check the inputs, load the config and (re)initialise ``run_dir``.

    ``history_default`` and ``history_path`` resolve ``dedup.history.enabled: auto`` (the nightly
    DAG turns history on in its data root; the CLI leaves it off unless the config says ``on``).
    Raises :class:`UsageError` for missing corpora or a folder that is not a run directory, and
    :class:`ConfigError` for a bad config. Returns ``{"run_dir", "run_id"}``.
    """
    from pipeline.config.dedup import resolve_history
    from pipeline.ingest import corpus_specs

    if not corpora:
        raise UsageError("at least one --corpus PATH is required")
    specs = corpus_specs(corpora)
    config = resolve_history(load_config(config_path), default_on=history_default, default_path=history_path)
    if dataset_name:
        object.__setattr__(config, "dataset_name", dataset_name)
    run_dir = Path(run_dir)
    if run_dir.exists() and not run_dir.is_dir():
        raise UsageError(f"output path exists and is not a directory: {run_dir}")
    if run_dir.is_dir() and any(run_dir.iterdir()) and not _work(run_dir, "run.json").is_file():
        raise UsageError(f"output directory is not empty and is not a run directory: {run_dir}")
    for name in OWNED:
        target = run_dir / name
        if target.is_dir():
            shutil.rmtree(target)
        elif target.exists():
            target.unlink()
    run_id = run_id or content_run_id(corpora, config)
    spec = {
        "run_id": run_id,
        "dataset_name": config.dataset_name,
        "corpora": [{"name": s.name, "path": str(s.path)} for s in specs],
        "config_path": str(config_path) if config_path else None,
        "config_base_dir": str(config.base_dir),
        "config": config.to_dict(),
    }
    write_json_atomic(_work(run_dir, "run.json"), spec)
    return {"run_dir": str(run_dir), "run_id": run_id}


def load_run(run_dir: str | Path) -> tuple[dict[str, Any], PipelineConfig]:
    """Read ``work/run.json`` and rebuild the effective config recorded there."""
    path = _work(Path(run_dir), "run.json")
    if not path.is_file():
        raise UsageError(f"not a prepared run directory (no work/run.json): {run_dir}")
    spec = _read_json(path)
    config = parse_config(spec["config"], source=str(path), base_dir=Path(spec["config_base_dir"]))
    return spec, config


def _summary(stage: str, records_in: int, result: StageResult) -> dict[str, Any]:
    return {
        "stage": stage,
        "records_in": records_in,
        "kept": result.kept.num_rows,
        "rejected": result.rejected.num_rows,
        "duplicates": result.duplicates.num_rows,
        "review": result.review.num_rows,
        "reasons": result.reasons(),
        "counters": dict(sorted(result.counters.items())),
        "report": result.report,
    }


def _write_side(table: pa.Table, path: Path) -> str | None:
    if table.num_rows:
        write_parquet_atomic(table, path)
        return str(path)
    path.unlink(missing_ok=True)
    return None


def _write_stage_outputs(run_dir: Path, stage: str, records_in: int, result: StageResult) -> dict[str, Any]:
    write_parquet_atomic(result.kept, _work(run_dir, f"{stage}.parquet"), **_INTERMEDIATE)
    outputs = {
        "records": str(_work(run_dir, f"{stage}.parquet")),
        "rejected": _write_side(result.rejected, run_dir / "rejected" / f"{stage}.parquet"),
        "duplicates": _write_side(result.duplicates, run_dir / "duplicates" / f"{stage}.parquet"),
        "review": _write_side(result.review, run_dir / "review" / f"{stage}.parquet"),
    }
    summary = _summary(stage, records_in, result)
    write_json_atomic(_work(run_dir, f"{stage}.json"), summary)
    xcom = {k: v for k, v in summary.items() if k != "report"}
    xcom["outputs"] = {k: v for k, v in outputs.items() if v}
    return xcom


def run_ingest(run_dir: str | Path, progress: Progress | None = None) -> dict[str, Any]:
    """Run the ingest stage for a prepared run directory."""
    from pipeline.ingest import CorpusSpec, ingest

    run_dir = Path(run_dir)
    spec, config = load_run(run_dir)
    corpora = [CorpusSpec(name=c["name"], path=Path(c["path"])) for c in spec["corpora"]]
    for c in corpora:
        if not c.path.exists():
            raise UsageError(f"corpus path does not exist: {c.path}")
    outcome = ingest(corpora, config, progress or SilentProgress())
    result = outcome.result
    records_in = result.kept.num_rows + result.rejected.num_rows
    check_conservation("ingest", records_in, result)
    write_json_atomic(_work(run_dir, "inputs.json"), outcome.files)
    return _write_stage_outputs(run_dir, "ingest", records_in, result)


def _stage_function(name: str) -> Callable[[pa.Table, StageContext], StageResult]:
    target = RECORD_STAGES.get(name)
    if target is None:
        raise UsageError(f"unknown stage {name!r} (registered: {', '.join(RECORD_STAGES) or 'none'})")
    module, func = target.split(":")
    return getattr(importlib.import_module(module), func)


def _read_stage_input(run_dir: Path, stage: str) -> pa.Table:
    import pyarrow.parquet as pq

    prev = previous_stage(stage)
    path = _work(run_dir, f"{prev}.parquet")
    if not path.is_file():
        raise StageError(f"stage {stage!r} needs the output of {prev!r} ({path}); run that step first")
    return pq.read_table(path)


def run_stage(name: str, run_dir: str | Path, progress: Progress | None = None) -> dict[str, Any]:
    """Run one registered record stage (clean, dedup, ...) on the previous stage's output.

    A blocking validation failure writes the run report and raises :class:`ValidationFailed`.
    """
    func = _stage_function(name)
    run_dir = Path(run_dir)
    _, config = load_run(run_dir)
    table = _read_stage_input(run_dir, name)
    ctx = StageContext(run_dir=run_dir, config=config, progress=progress or SilentProgress())
    try:
        result = func(table, ctx)
    except ValidationFailed:
        _write_run_report(run_dir)
        raise
    check_conservation(name, table.num_rows, result)
    return _write_stage_outputs(run_dir, name, table.num_rows, result)


def _write_run_report(run_dir: Path) -> str:
    """Write ``reports/index.html``, the page a reviewer opens first (also for a blocked run)."""
    from pipeline.run_report import write_run_report

    return str(write_run_report(run_dir))


def stage_summaries(run_dir: str | Path) -> list[dict[str, Any]]:
    """The summaries of the stages that ran, in stage order (export excluded)."""
    run_dir = Path(run_dir)
    out = []
    for stage in active_stages()[:-1]:
        path = _work(run_dir, f"{stage}.json")
        if not path.is_file():
            raise StageError(f"stage {stage!r} has not run in {run_dir} (no {path.name})")
        out.append(_read_json(path))
    return out


def run_export(run_dir: str | Path, progress: Progress | None = None) -> dict[str, Any]:
    """Write the dataset, the dataset card and the manifest (last, once everything else is in place)."""
    from pipeline.dataset_card import render_dataset_card
    from pipeline.export import count_by, export_schema, with_messages, write_export
    from pipeline.manifest import file_sha256, package_versions, reconcile, rejected_by_reason

    run_dir = Path(run_dir)
    spec, config = load_run(run_dir)
    table = _read_stage_input(run_dir, "export")
    summaries = stage_summaries(run_dir)
    progress = progress or SilentProgress()
    progress.start("export", total=table.num_rows)
    outcome = write_export(table, run_dir / "export", config.export)
    progress.advance(table.num_rows)
    progress.finish()
    exported = sum(outcome.rows.values())
    counts = reconcile(summaries, exported)
    reasons = rejected_by_reason(summaries)
    card = render_dataset_card(
        dataset_name=spec["dataset_name"],
        run_id=spec["run_id"],
        counts=counts,
        split_rows=outcome.rows,
        by_lang=count_by(table, ["lang"]),
        by_corpus=count_by(table, ["corpus"]),
        schema=export_schema(with_messages(table.slice(0, 0))),
        rejected_by_reason=reasons,
    )
    card_path = write_text_atomic(run_dir / "export" / "README.md", card)
    outputs = []
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
        for path in sorted((run_dir / sub).glob("*.parquet")):
            outputs.append({"path": f"{sub}/{path.name}", "bytes": path.stat().st_size, "sha256": file_sha256(path)})
    inputs = _read_json(_work(run_dir, "inputs.json"))
    manifest = {
        "run_id": spec["run_id"],
        "dataset_name": spec["dataset_name"],
        "counts": counts,
        "rejected_by_reason": reasons,
        "stages": summaries,
        "inputs": inputs,
        "config": spec["config"],
        "versions": package_versions(),
        "outputs": outputs,
    }
    write_json_atomic(run_dir / "manifest.json", manifest)
    report = _write_run_report(run_dir)
    # Last: remember what this run exported, so later builds can drop duplicates of it.
    from pipeline.dedup_history import commit_run

    history = commit_run(run_dir)
    _remove_raw_work_files(run_dir, config)
    return {
        "stage": "export",
        "run_id": spec["run_id"],
        "counts": counts,
        "rows": outcome.rows,
        "export_dir": str(run_dir / "export"),
        "manifest": str(run_dir / "manifest.json"),
        "report": report,
        "history": {k: history[k] for k in ("added", "skipped") if k in history},
    }


def _remove_raw_work_files(run_dir: Path, config: PipelineConfig) -> None:
    """Delete the kept-records files of the stages before deidentify (raw text) unless configured not to."""
    order = active_stages()
    if config.export.keep_raw_work_files or "deidentify" not in order:
        return
    for stage in order[: order.index("deidentify")]:
        _work(run_dir, f"{stage}.parquet").unlink(missing_ok=True)


def run_all(
    run_dir: str | Path,
    corpora: Sequence[str | Path],
    config_path: str | Path | None = None,
    progress: Progress | None = None,
    on_step: Callable[[str, dict[str, Any], float], None] | None = None,
) -> dict[str, Any]:
    """Run every active stage in order in one process (what the CLI does); returns the export result."""
    import time

    prepare_run(run_dir, corpora, config_path)
    result: dict[str, Any] = {}
    for stage in active_stages():
        t0 = time.perf_counter()
        if stage == "ingest":
            result = run_ingest(run_dir, progress)
        elif stage == "export":
            result = run_export(run_dir, progress)
        else:
            result = run_stage(stage, run_dir, progress)
        if on_step:
            on_step(stage, result, time.perf_counter() - t0)
    return result


def run_step(name: str, run_dir: str | Path, progress: Progress | None = None) -> dict[str, Any]:
    """Run the step named ``name`` (ingest, a record stage, or export) for a prepared run directory."""
    if name == "ingest":
        return run_ingest(run_dir, progress)
    if name == "export":
        return run_export(run_dir, progress)
    return run_stage(name, run_dir, progress)


def safe_run_name(run_id: str) -> str:
    """A folder name for an orchestrator's run id (``scheduled__2026-11-24T02:00:00+00:00`` ...)."""
    cleaned = "".join(c if c.isalnum() or c in "-_." else "_" for c in run_id).strip("._")
    if not cleaned:
        raise UsageError(f"run id {run_id!r} gives an empty folder name")
    return cleaned


def prepare_from_params(
    data_root: str | Path, project_root: str | Path, run_id: str, params: dict[str, Any]
) -> dict[str, Any]:
    """Prepare ``<data_root>/runs/<run_id>`` from a DAG's params (relative paths are project-relative)."""
    project_root = Path(project_root)

    def resolve(p: str) -> Path:
        path = Path(p).expanduser()
        return path if path.is_absolute() else project_root / path

    corpora = [resolve(p) for p in params.get("corpus_paths") or []]
    config = params.get("config_path") or None
    run_dir = Path(data_root) / "runs" / safe_run_name(run_id)
    return prepare_run(
        run_dir,
        corpora,
        resolve(config) if config else None,
        run_id=run_id,
        dataset_name=params.get("dataset_name") or None,
        history_default=True,
        history_path=Path(data_root) / "dedup-history",
    )
