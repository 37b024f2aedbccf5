"""The steps the CLI and the Airflow DAG call: one function per task, the same code either way.

The CLI calls :func:`run_all` (every stage in order, in one process). The DAG calls one function
per task: :func:`prepare_from_params`, :func:`run_step` for a global step, :func:`run_shard_step`
for a mapped per-shard task; each takes and returns small JSON payloads (:mod:`pipeline.runtime.payloads`).
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import cast

from pipeline.core.progress import Progress, SilentProgress
from pipeline.errors import UsageError, ValidationFailed, reported_as
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
from pipeline.runtime.finish import blocked_message, finish_blocked, run_export, run_publish, stage_summaries
from pipeline.runtime.payloads import ExportResult, FeaturesResult, ShardJob, StepResult
from pipeline.runtime.prepare import prepare_from_params, prepare_run, safe_run_name
from pipeline.runtime.rundir import RunDir

__all__ = [
    "collect_stage",
    "finish_blocked",
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
    own_process: bool = True,
) -> ExportResult:
    """Run every stage in order (what the CLI does); returns the export result.

    With ``own_process`` (the default) each stage runs in a child process forked for it where
    forking is safe (:mod:`pipeline.runtime.isolate`), so the memory one stage allocates is given
    back before the next starts; without it, or where forking is not safe, in this process.

    The run directory is locked for the whole run (:meth:`RunDir.lock`: a second run into it fails
    at once). Any error is a :class:`~pipeline.errors.PipelineError` naming the step
    (:func:`pipeline.errors.step_failure`).
    """
    progress = progress or SilentProgress()
    with RunDir(run_dir).lock():
        with reported_as("prepare"):
            prepare_run(run_dir, corpora, config_path)
        progress.plan(registry.names())
        for spec in registry.STAGES:
            if spec.kind == "sink":
                continue
            t0 = time.perf_counter()
            result = _step_alone(spec.name, run_dir, progress, own_process)
            if on_step:
                on_step(spec.name, result, time.perf_counter() - t0)
        t0 = time.perf_counter()
        export = _step_alone("export", run_dir, progress, own_process)
        if on_step:
            on_step("export", export, time.perf_counter() - t0)
        return cast("ExportResult", export)


def _step_alone(name: str, run_dir: str | Path, progress: Progress, own_process: bool) -> StepOutcome:
    """The global step ``name`` of :func:`run_all`, in a process of its own where ``own_process`` and forking allow.

    See :mod:`pipeline.runtime.isolate`: the memory the step allocates is given back when it ends.
    """
    step = functools.partial(run_step, name, run_dir)  # raises a PipelineError naming the step
    if not own_process:
        return step(progress)
    from pipeline.runtime.isolate import in_own_process

    label = f"stage '{name}'"
    with reported_as(label):  # an error of the fork or the pipe themselves
        return in_own_process(step, progress, label)


def run_step(name: str, run_dir: str | Path, progress: Progress | None = None) -> StepResult | ExportResult:
    """Run the global step ``name`` (``ingest``, a per-shard or phased stage over every shard, ``export``)."""
    spec = registry.spec(name)
    with reported_as(f"stage '{name}'"):
        if spec.kind == "source":
            return run_ingest(run_dir, progress)
        if spec.kind == "sink":
            return run_export(run_dir, progress)
        return _run_stage_or_finish_blocked(name, run_dir, progress)


def _run_stage_or_finish_blocked(name: str, run_dir: str | Path, progress: Progress | None) -> StepResult:
    """Run a stage; when a blocking validation stops it, finish the run as blocked and say where to look.

    The :class:`ValidationFailed` raised then names the failed checks, the records held and the run
    report (the page that explains the stop), instead of the stage's Data Docs pages.
    """
    try:
        return run_stage(name, run_dir, progress)
    except ValidationFailed as exc:
        blocked = finish_blocked(run_dir)
        raise ValidationFailed(blocked_message(blocked)) from exc


def run_shard_step(step: str, job: ShardJob, progress: Progress | None = None) -> StepResult | FeaturesResult:
    """Run the per-shard task ``step`` (``clean``, ``dedup_features``, ...) on the shard ``job`` names."""
    spec = registry.shard_step(step)
    if spec is None:
        raise UsageError(f"{step!r} is not a per-shard task")
    progress = progress or SilentProgress()
    run = RunDir(job["run_dir"])
    progress.begin_stage(step, run.shard_rows(registry.previous(spec.name), job["shard"]), f"shard {job['shard']:05d}")
    task = "" if step == spec.name else f"{step}, "
    with reported_as(f"stage '{spec.name}' ({task}shard {job['shard']})"):
        if spec.kind == "per_shard":
            result: StepResult | FeaturesResult = run_shard(spec.name, job["run_dir"], job["shard"], progress)
        else:
            result = run_features_shard(spec.name, job["run_dir"], job["shard"], progress)
    progress.end_stage()
    return result


def shard_jobs(run_dir: str | Path, stage: str) -> list[ShardJob]:
    """One job per shard of ``stage``'s output (what the next mapped task is expanded over)."""
    run = RunDir(run_dir)
    return [{"run_dir": str(run.root), "shard": s} for s in run.list_shards(stage)]
