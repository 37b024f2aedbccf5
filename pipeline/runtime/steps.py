"""The run-directory layer shared by the CLI and the Airflow DAG.

Each step reads its input from the run directory, calls a pure stage function, writes its outputs
atomically and returns a small JSON-able dict of paths and counters (what the DAG keeps in XCom).
A step can be re-run on its own: it overwrites its own outputs and nothing else.

Records move between stages as shards (:mod:`pipeline.runtime.shards`). Ingest cuts its output into shards
of ``shards.records_per_shard``; a per-record stage (``stages.SHARDED_STAGES``: clean, deidentify)
runs once per shard (:func:`run_shard`, a mapped task in the DAG) and its per-shard side outputs are
merged by :func:`collect_stage`, which the next global stage calls first; a phased global stage
(``stages.PHASED_STAGES``: dedup, validate, agreement) runs its first phase per shard
(:func:`run_features_shard`, a mapped task), then plans once and applies the plan shard by shard;
export merges every shard.

Layout of a run directory::

    manifest.json               written last by the export step
    export/                     train.parquet, validation.parquet, README.md (dataset card)
    rejected/<stage>.parquet    rejected records with stage, reason and detail
    duplicates/<stage>.parquet  records removed as duplicates of a named record
    review/<stage>.parquet      records held for human review
    reports/ audit/             stage artifacts (Data Docs, run report, agreement, PII audit log)
    work/run.json               the run's inputs and effective config (read by every step)
    work/<stage>/part-NNNNN.parquet  the records a stage kept, shard by shard (input of the next stage)
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

from pipeline.config import PipelineConfig, load_config, parse_config
from pipeline.core.atomic import _atomic, write_json_atomic, write_parquet_atomic, write_text_atomic
from pipeline.core.progress import Progress, SilentProgress
from pipeline.core.stage import StageContext, StageResult, check_conservation
from pipeline.errors import StageError, UsageError, ValidationFailed
from pipeline.runtime.registry import (
    PHASED_STAGES,
    RECORD_STAGES,
    active_stages,
    features_stage,
    is_phased,
    is_sharded,
    phased_stage_of,
    previous_stage,
    shard_phase_task,
)
from pipeline.runtime.shards import (
    INTERMEDIATE,
    ShardedText,
    clear_stage,
    list_shards,
    read_shard,
    read_stage,
    shard_file,
    stage_dir,
    write_shards,
)

OWNED = ("manifest.json", "export", "rejected", "duplicates", "review", "reports", "audit", "dedup", "work")
"""Entries of a run directory that belong to the pipeline (cleared when a run starts again)."""

SIDE_OUTPUTS = ("rejected", "duplicates", "review")
"""The outcomes besides ``kept``; each goes to ``<outcome>/<stage>.parquet`` of the run directory."""


def _work(run_dir: Path, name: str) -> Path:
    return run_dir / "work" / name


def _read_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def content_run_id(corpora: Sequence[str | Path], config: PipelineConfig) -> str:
    """A run id derived from the input files' bytes and the effective config (same input, same id)."""
    from pipeline.runtime.manifest import file_sha256
    from pipeline.stages.ingest.stage import corpus_files, corpus_specs

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
    datasets_root: str | Path | None = None,
    full_rebuild: bool = False,
) -> dict[str, Any]:
    """Check the inputs, load the config and (re)initialise ``run_dir``.

    ``history_default`` and ``history_path`` resolve ``dedup.history.enabled: auto`` (the nightly
    DAG turns history on in its data root; the CLI leaves it off unless the config says ``on``).
    With ``datasets_root`` the run is an incremental build of the dataset ``<datasets_root>/datasets/
    <dataset name>`` (:mod:`pipeline.runtime.versions`): only input files that are new or changed
    since its latest version are ingested (all of them with ``full_rebuild``), and
    :func:`run_publish` makes the export the next version. Raises :class:`NothingToDo` when no file
    is new or changed (the run directory is not touched).

    Raises :class:`UsageError` for missing corpora or a folder that is not a run directory, and
    :class:`ConfigError` for a bad config. Returns ``{"run_dir", "run_id"}`` (plus ``incremental``).
    """
    from pipeline.config.dedup import resolve_history
    from pipeline.stages.ingest.stage import corpus_specs

    if not corpora:
        raise UsageError("at least one --corpus PATH is required")
    specs = corpus_specs(corpora)
    config = resolve_history(load_config(config_path), default_on=history_default, default_path=history_path)
    if dataset_name:
        object.__setattr__(config, "dataset_name", dataset_name)
    incremental = None
    if datasets_root is not None:
        incremental = _select_inputs(specs, datasets_root, config.dataset_name, full_rebuild)
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
    out = {"run_dir": str(run_dir), "run_id": run_id}
    if incremental is not None:
        spec["incremental"] = incremental
        out["incremental"] = {k: incremental[k] for k in ("dataset", "base_version", "full_rebuild", "new_files")}
        out["incremental"]["unchanged_files"] = len(incremental["unchanged"])
    write_json_atomic(_work(run_dir, "run.json"), spec)
    return out


def _select_inputs(specs: Sequence[Any], root: str | Path, dataset: str, full_rebuild: bool) -> dict[str, Any]:
    """Decide which files an incremental build ingests; raise :class:`NothingToDo` when none."""
    from pipeline.errors import NothingToDo
    from pipeline.runtime.versions import DatasetStore
    from pipeline.stages.ingest.stage import corpus_files

    store = DatasetStore(root, dataset)
    chosen = store.select_files([(s.name, corpus_files(s)) for s in specs])
    if full_rebuild:
        chosen["files"] = {s.name: [rel for _, rel in corpus_files(s)] for s in specs}
        chosen["unchanged"] = []
    new_files = sum(len(v) for v in chosen["files"].values())
    if new_files == 0:
        raise NothingToDo(
            f"no new or changed input file since {chosen['base_version']} of dataset {dataset!r} "
            f"({len(chosen['unchanged'])} unchanged); nothing to build (a full rebuild ingests everything)"
        )
    return {
        "datasets_root": str(root),
        "dataset": dataset,
        "dataset_dir": str(store.dir),
        "full_rebuild": full_rebuild,
        "new_files": new_files,
        **chosen,
    }


def load_run(run_dir: str | Path) -> tuple[dict[str, Any], PipelineConfig]:
    """Read ``work/run.json`` and rebuild the effective config recorded there."""
    path = _work(Path(run_dir), "run.json")
    if not path.is_file():
        raise UsageError(f"not a prepared run directory (no work/run.json): {run_dir}")
    spec = _read_json(path)
    config = parse_config(spec["config"], source=str(path), base_dir=Path(spec["config_base_dir"]))
    return spec, config


def _context(run_dir: Path, progress: Progress | None, shard: int | None = None) -> StageContext:
    """The :class:`StageContext` of a prepared run (config, run id and build kind from ``work/run.json``)."""
    spec, config = load_run(run_dir)
    inc = spec.get("incremental")
    build = "run" if not inc else ("full_rebuild" if inc.get("full_rebuild") else "incremental")
    return StageContext(
        run_dir=run_dir,
        config=config,
        progress=progress or SilentProgress(),
        shard=shard,
        run_id=spec["run_id"],
        build=build,
    )


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


def _write_stage_outputs(
    run_dir: Path, stage: str, records_in: int, result: StageResult, per_shard: int
) -> dict[str, Any]:
    shards = write_shards(result.kept, run_dir, stage, per_shard)
    outputs = {
        "records": str(stage_dir(run_dir, stage)),
        **{side: _write_side(getattr(result, side), run_dir / side / f"{stage}.parquet") for side in SIDE_OUTPUTS},
    }
    summary = _summary(stage, records_in, result)
    summary["shards"] = len(shards)
    write_json_atomic(_work(run_dir, f"{stage}.json"), summary)
    return _xcom(summary, outputs, shards)


def _xcom(summary: dict[str, Any], outputs: dict[str, Any], shards: list[int]) -> dict[str, Any]:
    xcom = {k: v for k, v in summary.items() if k != "report"}
    xcom["outputs"] = {k: v for k, v in outputs.items() if v}
    xcom["shards"] = shards
    return xcom


def run_ingest(run_dir: str | Path, progress: Progress | None = None) -> dict[str, Any]:
    """Run the ingest stage for a prepared run directory."""
    from pipeline.stages.ingest.stage import CorpusSpec, ingest

    run_dir = Path(run_dir)
    spec, config = load_run(run_dir)
    selected = (spec.get("incremental") or {}).get("files")
    corpora = [
        CorpusSpec(
            name=c["name"],
            path=Path(c["path"]),
            only=frozenset(selected.get(c["name"], ())) if selected is not None else None,
        )
        for c in spec["corpora"]
    ]
    for c in corpora:
        if not c.path.exists():
            raise UsageError(f"corpus path does not exist: {c.path}")
    folder = clear_stage(run_dir, "ingest")
    written: list[int] = []

    def write_shard(batch: pa.Table) -> None:  # one shard per batch, as ingest reads
        write_parquet_atomic(batch, folder / shard_file(run_dir, "ingest", len(written)).name, **INTERMEDIATE)
        written.append(len(written))

    per_shard = config.shards.records_per_shard
    outcome = ingest(corpora, config, progress or SilentProgress(), sink=write_shard, batch_rows=per_shard)
    if not written:
        write_shard(outcome.result.kept)  # no record kept: one empty shard with the schema
    result = outcome.result
    records_in = outcome.kept_rows + result.rejected.num_rows
    outputs = {
        "records": str(folder),
        **{side: _write_side(getattr(result, side), run_dir / side / "ingest.parquet") for side in SIDE_OUTPUTS},
    }
    summary = _summary("ingest", records_in, result)
    summary["kept"] = outcome.kept_rows
    summary["shards"] = len(written)
    write_json_atomic(_work(run_dir, "inputs.json"), outcome.files)
    write_json_atomic(_work(run_dir, "ingest.json"), summary)
    return _xcom(summary, outputs, written)


def _stage_function(name: str) -> Callable[[pa.Table, StageContext], StageResult]:
    target = RECORD_STAGES.get(name)
    if target is None:
        raise UsageError(f"unknown stage {name!r} (registered: {', '.join(RECORD_STAGES) or 'none'})")
    module, func = target.split(":")
    return getattr(importlib.import_module(module), func)


def _needs(stage: str, prev: str, exc: StageError) -> StageError:
    return StageError(f"stage {stage!r} needs the output of {prev!r}: {exc}")


def _read_stage_input(run_dir: Path, stage: str) -> pa.Table:
    """Every record of the previous stage's output (after collecting it if it ran shard by shard)."""
    prev = previous_stage(stage)
    try:
        if is_sharded(prev):
            collect_stage(prev, run_dir)
        return read_stage(run_dir, prev)
    except StageError as exc:
        raise _needs(stage, prev, exc) from None


def stage_shards(name: str, run_dir: str | Path) -> list[int]:
    """The shards a per-record stage ``name`` runs over: those of the stage before it."""
    prev = previous_stage(name)
    try:
        return list_shards(Path(run_dir), prev)
    except StageError as exc:
        raise _needs(name, prev, exc) from None


def run_shard(name: str, run_dir: str | Path, shard: int, progress: Progress | None = None) -> dict[str, Any]:
    """Run the per-record stage ``name`` on one shard of the previous stage's output.

    Writes ``work/<name>/part-<shard>.parquet`` and the shard's side outputs and summary next to it
    (merged later by :func:`collect_stage`). Only this shard's files are touched, so shards can run
    in parallel, on different workers, and be retried on their own.
    """
    if not is_sharded(name):
        raise UsageError(f"stage {name!r} is not a per-record stage; it runs over all shards at once")
    func = _stage_function(name)
    run_dir = Path(run_dir)
    ctx = _context(run_dir, progress, shard)
    try:
        table = read_shard(run_dir, previous_stage(name), shard)
    except StageError as exc:
        raise _needs(name, previous_stage(name), exc) from None
    result = func(table, ctx)
    check_conservation(name, table.num_rows, result)
    stage_dir(run_dir, name).mkdir(parents=True, exist_ok=True)
    write_parquet_atomic(result.kept, shard_file(run_dir, name, shard), **INTERMEDIATE)
    outputs = {
        side: _write_side(getattr(result, side), shard_file(run_dir, name, shard, side)) for side in SIDE_OUTPUTS
    }
    summary = _summary(name, table.num_rows, result)
    write_json_atomic(shard_file(run_dir, name, shard, "summary", "json"), summary)
    xcom = _xcom(summary, outputs, [shard])
    xcom["shard"] = shard
    return xcom


def _load(target: str) -> Callable[..., Any]:
    module, func = target.split(":")
    return getattr(importlib.import_module(module), func)


def run_features_shard(name: str, run_dir: str | Path, shard: int, progress: Progress | None = None) -> dict[str, Any]:
    """Phase 1 of the phased global stage ``name`` (e.g. dedup signatures) on one shard of its input."""
    if not is_phased(name):
        raise UsageError(f"stage {name!r} has no per-shard phase (phased stages: {', '.join(PHASED_STAGES)})")
    run_dir = Path(run_dir)
    ctx = _context(run_dir, progress, shard)
    prev = previous_stage(name)
    try:
        table = read_shard(run_dir, prev, shard)
    except StageError as exc:
        raise _needs(name, prev, exc) from None
    feats = _load(PHASED_STAGES[name][0])(table, ctx)
    path = shard_file(run_dir, features_stage(name), shard)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_parquet_atomic(feats, path, **INTERMEDIATE)
    return {"stage": shard_phase_task(name), "shard": shard, "records": table.num_rows, "path": str(path)}


def _run_phased(name: str, run_dir: Path, progress: Progress | None) -> dict[str, Any]:
    """A phased global stage: features per shard (those missing), one plan, then apply it per shard."""
    import pyarrow.parquet as pq

    prev = previous_stage(name)
    try:
        if is_sharded(prev):
            collect_stage(prev, run_dir)
        shards = list_shards(run_dir, prev)
    except StageError as exc:
        raise _needs(name, prev, exc) from None
    for shard in shards:  # the CLI path, or a features task that was cleared
        if not shard_file(run_dir, features_stage(name), shard).is_file():
            run_features_shard(name, run_dir, shard, progress)
    parts = [pq.read_table(shard_file(run_dir, features_stage(name), s)) for s in shards]
    feats = pa.concat_tables(parts, promote_options="default") if len(parts) > 1 else parts[0]
    ctx = _context(run_dir, progress)
    try:
        plan = _load(PHASED_STAGES[name][1])(feats, ctx, ShardedText(run_dir, prev))
    except ValidationFailed:
        _write_run_report(run_dir)
        raise
    del feats, parts
    out_dir = clear_stage(run_dir, name)
    totals = {"records_in": 0, "kept": 0}
    sides: dict[str, list[pa.Table]] = {side: [] for side in SIDE_OUTPUTS}
    for shard in shards:
        if getattr(plan, "passthrough", False):  # a gate: the shard as it is, linked (no copy) where possible
            rows = _link_shard(shard_file(run_dir, prev, shard), out_dir / shard_file(run_dir, name, shard).name)
            totals["records_in"] += rows
            totals["kept"] += rows
            continue
        table = read_shard(run_dir, prev, shard)
        result = plan.apply(table)
        check_conservation(name, table.num_rows, result)
        write_parquet_atomic(result.kept, out_dir / shard_file(run_dir, name, shard).name, **INTERMEDIATE)
        totals["records_in"] += table.num_rows
        totals["kept"] += result.kept.num_rows
        for side in SIDE_OUTPUTS:
            if getattr(result, side).num_rows:
                sides[side].append(getattr(result, side))
    merged = StageResult(kept=pa.table({"record_id": pa.array([], pa.string())}))
    for side in SIDE_OUTPUTS:
        if sides[side]:
            setattr(merged, side, pa.concat_tables(sides[side]).sort_by([("record_id", "ascending")]))
    merged.counters, merged.report = dict(plan.counters), dict(plan.report)
    outputs = {
        "records": str(out_dir),
        **{side: _write_side(getattr(merged, side), run_dir / side / f"{name}.parquet") for side in SIDE_OUTPUTS},
    }
    summary = _summary(name, totals["records_in"], merged)
    summary["kept"] = totals["kept"]
    summary["shards"] = len(shards)
    write_json_atomic(_work(run_dir, f"{name}.json"), summary)
    return _xcom(summary, outputs, shards)


def _link_shard(source: Path, target: Path) -> int:
    """Make ``target`` the same file as ``source`` (hard link; a copy across file systems); its row count."""
    import os

    import pyarrow.parquet as pq

    target.unlink(missing_ok=True)
    try:
        os.link(source, target)
    except OSError:  # another file system: an atomic copy
        _atomic(target, lambda where: shutil.copyfile(source, where))
    return pq.ParquetFile(target).metadata.num_rows


def _merge_counters(parts: list[dict[str, Any]]) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    for part in parts:
        for key, value in part.items():
            merged[key] = merged.get(key, 0) + value
    return dict(sorted(merged.items()))


def collect_stage(name: str, run_dir: str | Path) -> dict[str, Any]:
    """Merge the per-shard outputs of the per-record stage ``name`` once every shard has run.

    Writes ``work/<name>.json`` (counts, reasons and counters summed over shards) and
    ``rejected|duplicates|review/<name>.parquet`` (shards concatenated in order), removes parts left
    over from an earlier run with more shards, and returns the stage's XCom summary. Raises
    :class:`StageError` naming the shards that have not run. Idempotent.
    """
    import pyarrow.parquet as pq

    run_dir = Path(run_dir)
    shards = stage_shards(name, run_dir)
    missing = [s for s in shards if not shard_file(run_dir, name, s, "summary", "json").is_file()]
    if missing:
        raise StageError(f"stage {name!r} has not run on shard(s) {missing[:10]} of {len(shards)}; run them first")
    folder = stage_dir(run_dir, name)
    wanted = {
        shard_file(run_dir, name, s, kind, suffix).name
        for s in shards
        for kind, suffix in [("part", "parquet"), ("summary", "json"), *[(side, "parquet") for side in SIDE_OUTPUTS]]
    }
    for stale in folder.iterdir():
        if stale.name not in wanted:
            stale.unlink()
    parts = [_read_json(shard_file(run_dir, name, s, "summary", "json")) for s in shards]
    summary: dict[str, Any] = {"stage": name}
    for key in ("records_in", "kept", "rejected", "duplicates", "review"):
        summary[key] = sum(int(p[key]) for p in parts)
    summary["reasons"] = _merge_counters([p["reasons"] for p in parts])
    summary["counters"] = _merge_counters([p["counters"] for p in parts])
    summary["report"] = parts[0]["report"]
    summary["shards"] = len(shards)
    outputs: dict[str, Any] = {"records": str(folder)}
    for side in SIDE_OUTPUTS:
        files = [f for s in shards if (f := shard_file(run_dir, name, s, side)).is_file()]
        table = pa.concat_tables([pq.read_table(f) for f in files], promote_options="default") if files else None
        outputs[side] = _write_side(table, run_dir / side / f"{name}.parquet") if table is not None else None
        if table is None:
            (run_dir / side / f"{name}.parquet").unlink(missing_ok=True)
    write_json_atomic(_work(run_dir, f"{name}.json"), summary)
    return _xcom(summary, outputs, shards)


def run_stage(name: str, run_dir: str | Path, progress: Progress | None = None) -> dict[str, Any]:
    """Run one registered record stage (clean, dedup, ...) on the previous stage's output.

    A per-record stage runs shard after shard and is then collected; a global stage reads every
    shard. A blocking validation failure writes the run report and raises :class:`ValidationFailed`.
    """
    if is_sharded(name):
        _stage_function(name)
        for shard in stage_shards(name, run_dir):
            run_shard(name, run_dir, shard, progress)
        return collect_stage(name, run_dir)
    func = _stage_function(name)
    run_dir = Path(run_dir)
    if is_phased(name):
        return _run_phased(name, run_dir, progress)
    ctx = _context(run_dir, progress)
    config = ctx.config
    table = _read_stage_input(run_dir, name)
    try:
        result = func(table, ctx)
    except ValidationFailed:
        _write_run_report(run_dir)
        raise
    check_conservation(name, table.num_rows, result)
    return _write_stage_outputs(run_dir, name, table.num_rows, result, config.shards.records_per_shard)


def _write_run_report(run_dir: Path) -> str:
    """Write ``reports/index.html``, the page a reviewer opens first (also for a blocked run)."""
    from pipeline.reports.run_report import write_run_report

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
    from pipeline.runtime.manifest import file_sha256, package_versions, reconcile, rejected_by_reason
    from pipeline.stages.export.card import render_dataset_card
    from pipeline.stages.export.stage import write_export_shards

    run_dir = Path(run_dir)
    spec, config = load_run(run_dir)
    prev = previous_stage("export")
    try:
        if is_sharded(prev):
            collect_stage(prev, run_dir)
        shards = list_shards(run_dir, prev)
    except StageError as exc:
        raise _needs("export", prev, exc) from None
    summaries = stage_summaries(run_dir)
    progress = progress or SilentProgress()
    progress.start("export", total=len(shards))
    paths = [shard_file(run_dir, prev, s) for s in shards]
    outcome = write_export_shards(paths, run_dir / "export", config.export)
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
    from pipeline.stages.dedup.history import commit_run

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


def run_publish(run_dir: str | Path) -> dict[str, Any] | None:
    """Publish an exported incremental run as the next dataset version; None for a plain run.

    See :func:`pipeline.runtime.versions.publish_run`. Idempotent: a retry returns the same version.
    """
    from pipeline.runtime.versions import DatasetStore, publish_run

    spec, _ = load_run(run_dir)
    inc = spec.get("incremental")
    if not inc:
        return None
    store = DatasetStore(inc["datasets_root"], inc["dataset"])
    return publish_run(run_dir, store, full_rebuild=bool(inc["full_rebuild"]))


def _remove_raw_work_files(run_dir: Path, config: PipelineConfig) -> None:
    """Delete the records (and per-shard side files) of the stages before deidentify (raw text) unless configured not to."""
    order = active_stages()
    for name in order:  # hashes and signatures only, but large: not needed once exported
        if is_phased(name) and stage_dir(run_dir, features_stage(name)).is_dir():
            shutil.rmtree(stage_dir(run_dir, features_stage(name)))
    if config.export.keep_raw_work_files or "deidentify" not in order:
        return
    for stage in order[: order.index("deidentify")]:
        folder = stage_dir(run_dir, stage)
        if folder.is_dir():
            shutil.rmtree(folder)


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
    """Run the step named ``name`` (ingest, a record stage, export or publish) for a prepared run directory."""
    if name == "ingest":
        return run_ingest(run_dir, progress)
    if name == "export":
        return run_export(run_dir, progress)
    if name == "publish":
        return run_publish(run_dir)
    stage = phased_stage_of(name)
    if stage is not None:
        return {"shards": [run_features_shard(stage, run_dir, s, progress) for s in stage_shards(stage, run_dir)]}
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
    """Prepare ``<data_root>/runs/<run_id>`` from a DAG's params (relative paths are project-relative).

    The run is an incremental build of ``<data_root>/datasets/<dataset name>`` (only new or changed
    input files; ``params["full_rebuild"]`` ingests every file) with history dedup on.
    """
    project_root = Path(project_root)

    def resolve(p: str) -> Path:
        path = Path(p).expanduser()
        return path if path.is_absolute() else project_root / path

    corpora = [resolve(p) for p in params.get("corpus_paths") or []]
    config = params.get("config_path") or None
    run_dir = Path(data_root) / "runs" / safe_run_name(run_id)
    full_rebuild = params.get("full_rebuild", False)
    if not isinstance(full_rebuild, bool):
        raise UsageError(f"param full_rebuild must be true or false, got {full_rebuild!r}")
    return prepare_run(
        run_dir,
        corpora,
        resolve(config) if config else None,
        run_id=run_id,
        dataset_name=params.get("dataset_name") or None,
        history_default=True,
        history_path=Path(data_root) / "dedup-history",
        datasets_root=data_root,
        full_rebuild=full_rebuild,
    )
