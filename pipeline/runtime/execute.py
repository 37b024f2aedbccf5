"""Running stages in a run directory: each step reads its input shards, calls a pure stage and writes its outputs.

Every step writes atomically and returns a small :class:`~pipeline.runtime.payloads.StepResult` (what
the DAG keeps in XCom). A step can be re-run on its own: it overwrites its own outputs and nothing else.

- ingest (:func:`run_ingest`) cuts its output into shards of ``shards.records_per_shard``;
- a per-shard stage runs once per shard (:func:`run_shard`, a mapped task in the DAG); its
  per-shard side outputs are merged by :func:`collect_stage`, which the next stage calls first;
- a phased stage runs its first phase per shard (:func:`run_features_shard`, a mapped task), then
  plans once and applies the plan shard by shard (:func:`run_phased`).
"""

from __future__ import annotations

import functools
import os
import re
import shutil
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TypeVar

import pyarrow as pa

from pipeline.core.atomic import ParquetSink, atomic_write
from pipeline.core.progress import Progress, SilentProgress
from pipeline.core.stage import StageContext, StageResult, StageSummary, check_conservation
from pipeline.errors import StageError, UsageError, reported_as
from pipeline.runtime import registry
from pipeline.runtime.payloads import FeaturesResult, StepResult
from pipeline.runtime.rundir import INTERMEDIATE, OUTCOMES, RunDir

N = TypeVar("N", int, float)


def context(run: RunDir, stage: str, progress: Progress | None = None, shard: int | None = None) -> StageContext:
    """The :class:`StageContext` of ``stage`` in a prepared run (config, run id and build kind from ``work/run.json``)."""
    from pipeline.runtime.shards import ShardedSource

    spec, config = run.load()
    inc = spec.get("incremental")
    ingest = run.read_summary("ingest")
    ingested = ShardedSource(run, "ingest") if run.stage_dir("ingest").is_dir() else None
    keep = None
    if stage == "dedup" and inc and not inc["full_rebuild"] and run.carried_path.is_file():
        import pyarrow.parquet as pq

        from pipeline.runtime.lineage import history_keys

        keep = history_keys(pq.read_table(run.carried_path))
    previous_fields = None
    if stage == "agreement" and shard is None:  # the plan phase scores fields against the base version
        from pipeline.runtime.field_history import previous_field_values

        previous_fields = previous_field_values(inc, ingested)
    records = int(ingest["records_in"]) if ingest else None
    dedup = run.read_summary("dedup") if records is not None and stage != "dedup" else None
    if records is not None and dedup is not None:  # already in the dataset: not this run's to decide
        records -= int(dedup["counters"].get("history_duplicates", 0))
    return StageContext(
        run_dir=run.root,
        config=config,
        progress=progress or SilentProgress(),
        shard=shard,
        run_id=spec["run_id"],
        build="run" if not inc else ("full_rebuild" if inc["full_rebuild"] else "incremental"),
        stage=stage,
        input_records=records,
        history_keep=keep,
        ingested=ingested,
        previous_fields=previous_fields,
        started_at=spec.get("started_at"),
    )


def summarize(stage: str, records_in: int, result: StageResult) -> StageSummary:
    """The summary of one stage (or shard) from its result."""
    return {
        "stage": stage,
        "records_in": records_in,
        "kept": result.kept.num_rows,
        "rejected": result.rejected.num_rows,
        "duplicates": result.duplicates.num_rows,
        "review": result.review.num_rows,
        "reasons": result.reasons(),
        "review_reasons": result.review_reasons(),
        "counters": dict(sorted(result.counters.items())),
        "report": result.report,
    }


def _write_outcome(table: pa.Table | None, path: Path) -> str | None:
    from pipeline.core.atomic import write_parquet_atomic

    if table is not None and table.num_rows:
        write_parquet_atomic(table, path)
        return str(path)
    path.unlink(missing_ok=True)
    return None


def step_result(run: RunDir, summary: StageSummary, outputs: dict[str, str | None], shards: list[int]) -> StepResult:
    """The XCom payload of a step: the summary without its report, the outputs written, the shards."""
    return {
        "stage": summary["stage"],
        "records_in": summary["records_in"],
        "kept": summary["kept"],
        "rejected": summary["rejected"],
        "duplicates": summary["duplicates"],
        "review": summary["review"],
        "reasons": summary["reasons"],
        "review_reasons": summary.get("review_reasons", {}),
        "counters": summary["counters"],
        "outputs": {k: v for k, v in outputs.items() if v},
        "shards": shards,
        "run_dir": str(run.root),
    }


def _needs(stage: str, prev: str, exc: StageError) -> StageError:
    return StageError(f"stage {stage!r} needs the output of {prev!r}: {exc}")


def run_ingest(run_dir: str | Path, progress: Progress | None = None) -> StepResult:
    """Run the ingest stage for a prepared run directory."""
    from pipeline.core.atomic import write_json_atomic
    from pipeline.io.corpus import CorpusSpec
    from pipeline.stages.ingest.stage import ingest

    run = RunDir(run_dir)
    spec, config = run.load()
    inc = spec.get("incremental")
    selected = inc["files"] if inc else None
    roots = spec.get("corpus_roots")
    corpora = [
        CorpusSpec(
            name=c["name"],
            path=Path(c["path"]),
            only=frozenset(selected.get(c["name"], ())) if selected is not None else None,
            roots=tuple(Path(r) for r in roots) if roots is not None else None,
        )
        for c in spec["corpora"]
    ]
    for c in corpora:
        if not c.path.exists():
            raise UsageError(f"corpus path does not exist: {c.path}")
    run.clear_stage("ingest")
    written: list[int] = []

    def write_shard(batch: pa.Table) -> None:  # one shard per batch, as ingest reads
        run.write_part("ingest", len(written), batch)
        written.append(len(written))

    per_shard = config.shards.records_per_shard
    progress = progress or SilentProgress()
    progress.begin_stage("ingest")
    rejected_path = run.outcome_path("rejected", "ingest")
    with ParquetSink(rejected_path) as reject_sink:
        outcome = ingest(
            corpora,
            config,
            progress,
            sink=write_shard,
            batch_rows=per_shard,
            reject_sink=reject_sink.write,
        )
    if not written:
        write_shard(outcome.result.kept)  # no record kept: one empty shard with the schema
    result = outcome.result
    outputs = {
        "records": str(run.stage_dir("ingest")),
        **{
            side: _write_outcome(getattr(result, side), run.outcome_path(side, "ingest"))
            for side in OUTCOMES
            if side != "rejected"
        },
        "rejected": str(rejected_path) if outcome.rejected_rows else None,
    }
    summary = summarize("ingest", outcome.kept_rows + outcome.rejected_rows, result)
    summary["kept"] = outcome.kept_rows
    summary["rejected"] = outcome.rejected_rows
    summary["reasons"] = outcome.reasons
    summary["shards"] = len(written)
    write_json_atomic(run.inputs_path, outcome.files)
    write_json_atomic(run.skipped_path, outcome.skipped)
    run.write_summary("ingest", summary)
    progress.end_stage()
    return step_result(run, summary, outputs, written)


def stage_shards(name: str, run_dir: str | Path) -> list[int]:
    """The shards stage ``name`` runs over: those of the stage before it (collected first if per-shard)."""
    run = RunDir(run_dir)
    prev = registry.previous(name)
    try:
        if registry.spec(prev).kind == "per_shard":
            collect_stage(prev, run.root)
        return run.list_shards(prev)
    except StageError as exc:
        raise _needs(name, prev, exc) from None


def _input_shard(run: RunDir, name: str, shard: int) -> pa.Table:
    prev = registry.previous(name)
    try:
        return run.read_shard(prev, shard)
    except StageError as exc:
        raise _needs(name, prev, exc) from None


def run_shard(name: str, run_dir: str | Path, shard: int, progress: Progress | None = None) -> StepResult:
    """Run the per-shard stage ``name`` on one shard of the previous stage's output.

    Writes ``work/<name>/part-<shard>.parquet`` and the shard's side outputs and summary next to it
    (merged later by :func:`collect_stage`). Only this shard's files are touched, so shards can run
    in parallel, on different workers, and be retried on their own.
    """
    from pipeline.core.atomic import write_json_atomic

    stage = registry.record_stage(name)
    run = RunDir(run_dir)
    ctx = context(run, name, progress, shard)
    table = _input_shard(run, name, shard)
    result = stage.run(table, ctx)
    check_conservation(name, table.num_rows, result)
    run.stage_dir(name).mkdir(parents=True, exist_ok=True)
    run.write_part(name, shard, result.kept)
    outputs = {side: _write_outcome(getattr(result, side), run.shard_file(name, shard, side)) for side in OUTCOMES}
    summary = summarize(name, table.num_rows, result)
    write_json_atomic(run.shard_file(name, shard, "summary", "json"), summary)
    out = step_result(run, summary, outputs, [shard])
    out["shard"] = shard
    return out


_SHARD_FILE = re.compile(r"[a-z_]+-(\d{5})\.(?:parquet|json)")
"""A per-shard file of a stage's folder: ``<kind>-<shard>.<parquet|json>`` (kept while its shard exists)."""


def collect_stage(name: str, run_dir: str | Path) -> StepResult:
    """Merge the per-shard outputs of the per-shard stage ``name`` once every shard has run.

    Writes ``work/<name>.json`` (counts, reasons and counters summed over shards) and
    ``rejected|duplicates|review/<name>.parquet`` (shards concatenated in order), removes parts left
    over from an earlier run with more shards, and returns the stage's step result. Raises
    :class:`StageError` naming the shards that have not run. Idempotent.
    """
    import json

    import pyarrow.parquet as pq

    run = RunDir(run_dir)
    shards = stage_shards(name, run.root)
    missing = [s for s in shards if not run.shard_file(name, s, "summary", "json").is_file()]
    if missing:
        raise StageError(f"stage {name!r} has not run on shard(s) {missing[:10]} of {len(shards)}; run them first")
    folder = run.stage_dir(name)
    wanted = {
        run.shard_file(name, s, kind, suffix).name
        for s in shards
        for kind, suffix in [("part", "parquet"), ("summary", "json"), *[(side, "parquet") for side in OUTCOMES]]
    }
    current = {f"{s:05d}" for s in shards}
    for stale in folder.iterdir():
        own = _SHARD_FILE.fullmatch(stale.name)  # a stage's own per-shard file (deidentify's ``checked``)
        if stale.name not in wanted and (own is None or own.group(1) not in current):
            stale.unlink()
    parts: list[StageSummary] = [
        json.loads(run.shard_file(name, s, "summary", "json").read_text(encoding="utf-8")) for s in shards
    ]
    summary: StageSummary = {
        "stage": name,
        "records_in": sum(int(p["records_in"]) for p in parts),
        "kept": sum(int(p["kept"]) for p in parts),
        "rejected": sum(int(p["rejected"]) for p in parts),
        "duplicates": sum(int(p["duplicates"]) for p in parts),
        "review": sum(int(p["review"]) for p in parts),
        "reasons": _sum_counts([p["reasons"] for p in parts]),
        "review_reasons": _sum_counts([p.get("review_reasons", {}) for p in parts]),
        "counters": _sum_counts([p["counters"] for p in parts]),
        "report": parts[0]["report"],
        "shards": len(shards),
    }
    outputs: dict[str, str | None] = {"records": str(folder)}
    for side in OUTCOMES:
        files = [f for s in shards if (f := run.shard_file(name, s, side)).is_file()]
        table = pa.concat_tables([pq.read_table(f) for f in files], promote_options="default") if files else None
        outputs[side] = _write_outcome(table, run.outcome_path(side, name))
    run.write_summary(name, summary)
    return step_result(run, summary, outputs, shards)


def _sum_counts(parts: Sequence[Mapping[str, N]]) -> dict[str, N]:
    merged: dict[str, N] = {}
    for part in parts:
        for key, value in part.items():
            merged[key] = merged[key] + value if key in merged else value
    return dict(sorted(merged.items()))


def run_features_shard(name: str, run_dir: str | Path, shard: int, progress: Progress | None = None) -> FeaturesResult:
    """Phase 1 of the phased stage ``name`` (e.g. dedup signatures) on one shard of its input."""
    from pipeline.core.atomic import write_parquet_atomic

    stage = registry.phased_stage(name)
    run = RunDir(run_dir)
    ctx = context(run, name, progress, shard)
    table = _input_shard(run, name, shard)
    feats = stage.features(table, ctx)
    path = run.features_file(name, shard)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_parquet_atomic(feats, path, **INTERMEDIATE)
    task = registry.spec(name).shard_task or name
    return {"stage": task, "shard": shard, "records": table.num_rows, "path": str(path), "run_dir": str(run.root)}


def _link_shard(source: Path, target: Path) -> None:
    """Make ``target`` the same file as ``source`` (hard link; an atomic copy across file systems)."""
    target.unlink(missing_ok=True)
    try:
        os.link(source, target)
    except OSError:  # another file system: an atomic copy
        atomic_write(target, lambda where: shutil.copyfile(source, where))


def run_phased(name: str, run_dir: str | Path, progress: Progress | None = None) -> StepResult:
    """A phased stage: features per shard (those missing), one plan, then apply it shard by shard."""
    import pyarrow.parquet as pq

    from pipeline.runtime.shards import ShardedSource

    stage = registry.phased_stage(name)
    run = RunDir(run_dir)
    prev = registry.previous(name)
    shards = stage_shards(name, run.root)
    progress = progress or SilentProgress()
    sizes = [run.shard_rows(prev, s) for s in shards]
    progress.begin_stage(name, sum(sizes), phase="shard by shard")
    todo = [s for s in shards if not run.features_file(name, s).is_file()]  # the CLI path, or a cleared task
    progress.reached(sum(n for s, n in zip(shards, sizes, strict=True) if s not in todo))
    _each_shard(
        run, functools.partial(_features_task, name, run.root), todo, dict(zip(shards, sizes, strict=True)), progress
    )
    parts = [pq.read_table(run.features_file(name, s)) for s in shards]
    feats = pa.concat_tables(parts, promote_options="default") if len(parts) > 1 else parts[0]
    ctx = context(run, name, progress)
    progress.begin_stage(name, feats.num_rows, phase="whole dataset")
    plan = stage.plan(feats, ctx, ShardedSource(run, prev))  # ValidationFailed: the caller finishes the run
    del feats, parts
    run.clear_stage(name)
    records_in = kept = 0
    sides: dict[str, list[pa.Table]] = {side: [] for side in OUTCOMES}
    progress.begin_stage(name, sum(sizes), phase="writing")
    for shard in shards:
        if plan.passthrough:  # a gate: the shard as it is, linked (no copy) where possible
            _link_shard(run.stage_dir(prev) / f"part-{shard:05d}.parquet", run.shard_file(name, shard))
            rows = run.shard_rows(name, shard)
            records_in += rows
            kept += rows
            progress.reached(records_in)
            continue
        table = run.read_shard(prev, shard)
        result = plan.apply(table)
        check_conservation(name, table.num_rows, result)
        run.write_part(name, shard, result.kept)
        records_in += table.num_rows
        kept += result.kept.num_rows
        progress.reached(records_in)
        for side in OUTCOMES:
            if getattr(result, side).num_rows:
                sides[side].append(getattr(result, side))
    merged = StageResult(kept=pa.table({"record_id": pa.array([], pa.string())}))
    for side in OUTCOMES:
        if sides[side]:
            setattr(merged, side, pa.concat_tables(sides[side]).sort_by([("record_id", "ascending")]))
    merged.counters, merged.report = dict(plan.counters), dict(plan.report)
    outputs: dict[str, str | None] = {
        "records": str(run.stage_dir(name)),
        **{side: _write_outcome(getattr(merged, side), run.outcome_path(side, name)) for side in OUTCOMES},
    }
    summary = summarize(name, records_in, merged)
    summary["kept"] = kept
    summary["shards"] = len(shards)
    run.write_summary(name, summary)
    progress.end_stage()
    return step_result(run, summary, outputs, shards)


def _shard_task(name: str, run_dir: Path, shard: int, progress: Progress | None) -> None:
    """One shard of the per-shard stage ``name`` (a task of :func:`_each_shard`)."""
    with reported_as(f"stage '{name}' (shard {shard})"):
        run_shard(name, run_dir, shard, progress)


def _features_task(name: str, run_dir: Path, shard: int, progress: Progress | None) -> None:
    """Phase 1 of the phased stage ``name`` on one shard (a task of :func:`_each_shard`)."""
    run_features_shard(name, run_dir, shard, progress)


def _each_shard(
    run: RunDir,
    task: Callable[[int, Progress | None], None],
    shards: Sequence[int],
    sizes: Mapping[int, int],
    progress: Progress,
) -> None:
    """Run ``task`` on every shard, ``shards.workers`` side by side (:mod:`pipeline.runtime.shardpool`).

    Progress: the records of the shards done, plus what the shards still running in workers
    report; a shard run in this process reports its own progress.
    """
    from pipeline.runtime.shardpool import pool_size, run_shards

    _, config = run.load()
    reached = [sum(sizes.values()) - sum(sizes[s] for s in shards)]
    running: dict[int, int] = {}

    def on_done(shard: int) -> None:
        running.pop(shard, None)
        reached[0] += sizes[shard]
        progress.reached(reached[0] + sum(running.values()))

    def on_progress(shard: int, records: int) -> None:
        running[shard] = min(records, sizes[shard])
        progress.reached(reached[0] + sum(running.values()))

    run_shards(task, shards, pool_size(config.shards.workers, len(shards)), on_done, progress, on_progress)


def run_stage(name: str, run_dir: str | Path, progress: Progress | None = None) -> StepResult:
    """Run the stage ``name`` (per-shard or phased) over every shard of the previous stage's output.

    A per-shard stage runs shard after shard and is then collected; a phased stage runs its three
    phases. A blocking validation failure raises :class:`ValidationFailed` (see
    :func:`pipeline.runtime.finish.finish_blocked` for what the caller then does).
    """
    kind = registry.spec(name).kind
    if kind == "per_shard":
        registry.record_stage(name)
        run = RunDir(run_dir)
        prev = registry.previous(name)
        progress = progress or SilentProgress()
        shards = stage_shards(name, run_dir)
        sizes = [run.shard_rows(prev, s) for s in shards]
        progress.begin_stage(name, sum(sizes))
        _each_shard(
            run, functools.partial(_shard_task, name, run.root), shards, dict(zip(shards, sizes, strict=True)), progress
        )
        result = collect_stage(name, run_dir)
        progress.end_stage()
        return result
    if kind == "phased":
        return run_phased(name, run_dir, progress)
    raise UsageError(f"stage {name!r} is a {kind}; run it with its own step")
