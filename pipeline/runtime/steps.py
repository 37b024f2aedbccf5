"""The steps the CLI and the Airflow DAG call: one function per task, the same code either way.

The CLI calls :func:`run_all` (every stage in order, in one process). The DAG calls one function
per task: :func:`prepare_from_params`, :func:`run_step` for a global step, :func:`run_shard_step`
for a mapped per-shard task; each takes and returns small JSON payloads (:mod:`pipeline.runtime.payloads`).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path

from pipeline.core.progress import Progress
from pipeline.errors import UsageError, reported_as
from pipeline.runtime import registry
from pipeline.runtime.execute import (
    collect_stage,
    run_features_shard,
    run_ingest,
    run_phased,
    run_shard,
    run_stage,
    stage_shards,
)
from pipeline.runtime.finish import run_export, run_publish, stage_summaries
from pipeline.runtime.payloads import ExportResult, FeaturesResult, ShardJob, StepResult
from pipeline.runtime.prepare import prepare_from_params, prepare_run, safe_run_name
from pipeline.runtime.rundir import RunDir

__all__ = [
    "collect_stage",
    "prepare_from_params",
    "prepare_run",
    "run_all",
    "run_export",
    "run_features_shard",
    "run_ingest",
    "run_phased",
    "run_publish",
    "run_shard",
    "run_shard_step",
    "run_stage",
    "run_step",
    "safe_run_name",
    "shard_jobs",
    "stage_shards",
    "stage_summaries",
]

StepOutcome = StepResult | ExportResult


def run_all(
    run_dir: str | Path,
    corpora: Sequence[str | Path],
    config_path: str | Path | None = None,
    progress: Progress | None = None,
    on_step: Callable[[str, StepOutcome, float], None] | None = None,
) -> ExportResult:
    """Run every stage in order in one process (what the CLI does); returns the export result.

    The run directory is locked for the whole run (:meth:`RunDir.lock`: a second run into it fails
    at once). Any error is a :class:`~pipeline.errors.PipelineError` naming the step
    (:func:`pipeline.errors.step_failure`).
    """
    with RunDir(run_dir).lock():
        with reported_as("prepare"):
            prepare_run(run_dir, corpora, config_path)
        for spec in registry.STAGES:
            if spec.kind == "sink":
                continue
            t0 = time.perf_counter()
            with reported_as(f"stage '{spec.name}'"):
                if spec.kind == "source":
                    result = run_ingest(run_dir, progress)
                else:
                    result = run_stage(spec.name, run_dir, progress)
            if on_step:
                on_step(spec.name, result, time.perf_counter() - t0)
        t0 = time.perf_counter()
        with reported_as("stage 'export'"):
            export = run_export(run_dir, progress)
        if on_step:
            on_step("export", export, time.perf_counter() - t0)
        return export


def run_step(name: str, run_dir: str | Path, progress: Progress | None = None) -> StepResult | ExportResult:
    """Run the global step ``name`` (``ingest``, a per-shard or phased stage over every shard, ``export``)."""
    spec = registry.spec(name)
    with reported_as(f"stage '{name}'"):
        if spec.kind == "source":
            return run_ingest(run_dir, progress)
        if spec.kind == "sink":
            return run_export(run_dir, progress)
        return run_stage(name, run_dir, progress)


def run_shard_step(step: str, job: ShardJob, progress: Progress | None = None) -> StepResult | FeaturesResult:
    """Run the per-shard task ``step`` (``clean``, ``dedup_features``, ...) on the shard ``job`` names."""
    spec = registry.shard_step(step)
    if spec is None:
        raise UsageError(f"{step!r} is not a per-shard task")
    task = "" if step == spec.name else f"{step}, "
    with reported_as(f"stage '{spec.name}' ({task}shard {job['shard']})"):
        if spec.kind == "per_shard":
            return run_shard(spec.name, job["run_dir"], job["shard"], progress)
        return run_features_shard(spec.name, job["run_dir"], job["shard"], progress)


def shard_jobs(run_dir: str | Path, stage: str) -> list[ShardJob]:
    """One job per shard of ``stage``'s output (what the next mapped task is expanded over)."""
    run = RunDir(run_dir)
    return [{"run_dir": str(run.root), "shard": s} for s in run.list_shards(stage)]
