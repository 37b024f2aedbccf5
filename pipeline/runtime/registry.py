"""Stage order and registry: the one place a stage is plugged into the CLI and the DAG.

This module is imported by the DAG file at parse time, so it must stay free of heavy imports.
"""

from __future__ import annotations

STAGE_ORDER: tuple[str, ...] = ("ingest", "clean", "dedup", "deidentify", "validate", "agreement", "export")
"""All stages, in the order records flow through them."""

RECORD_STAGES: dict[str, str] = {
    # name -> "module:function" implementing run(table: pa.Table, ctx: StageContext) -> StageResult
    "clean": "pipeline.stages.clean.stage:run",
    "dedup": "pipeline.stages.dedup.stage:run",
    "deidentify": "pipeline.stages.deidentify.stage:run",
    "validate": "pipeline.stages.validate.stage:run",
    "agreement": "pipeline.stages.agreement.stage:run",
}
"""The stages between ingest and export that are implemented, keyed by name."""


SHARDED_STAGES: frozenset[str] = frozenset({"clean", "deidentify"})
"""Per-record stages: each output record depends only on its own input record, so they run once per
shard (mapped tasks in the DAG). The other record stages are global: they see every shard at once."""


PHASED_STAGES: dict[str, tuple[str, str, str]] = {
    # name -> ("module:features(table, ctx) -> pa.Table", "module:plan(features, ctx, text) -> plan",
    #          name of the per-shard step: task id in the DAG, step name in ``run_step``)
    # dedup: MinHash signatures and exact keys of each shard
    "dedup": ("pipeline.stages.dedup.stage:shard_features", "pipeline.stages.dedup.stage:plan", "dedup_features"),
    # validate: the row-level GX suites on each shard
    "validate": (
        "pipeline.stages.validate.stage:shard_features",
        "pipeline.stages.validate.stage:plan",
        "validate_rows",
    ),
    # agreement: record ids, annotations (and batch) of each shard; no text
    "agreement": (
        "pipeline.stages.agreement.stage:shard_features",
        "pipeline.stages.agreement.stage:plan",
        "agreement_features",
    ),
}
"""Global stages that start with a per-shard phase (a mapped task in the DAG, see :func:`shard_phase_task`):
phase 1 computes small per-record features of each shard, phase 2 plans over all features at
once, phase 3 applies the plan shard by shard (``plan.apply(shard) -> StageResult``; a plan with
``passthrough = True`` keeps every record unchanged, so its shards are linked, not rewritten)."""


def shard_phase_task(name: str) -> str:
    """The per-shard step of the phased stage ``name`` (``dedup_features``, ``validate_rows``, ...)."""
    return PHASED_STAGES[name][2]


def features_stage(name: str) -> str:
    """Where the per-shard phase of the phased stage ``name`` writes: ``work/<name>-features/``.

    Its parts (``part-NNNNN.parquet``) and any per-shard files the stage keeps next to them; the
    folder is removed once the run is exported.
    """
    return f"{name}-features"


def phased_stage_of(step: str) -> str | None:
    """The phased stage whose per-shard step is called ``step``; None when ``step`` is not one."""
    for name in PHASED_STAGES:
        if shard_phase_task(name) == step:
            return name
    return None


def is_phased(name: str) -> bool:
    """True when the global stage ``name`` has a per-shard first phase (see ``PHASED_STAGES``)."""
    return name in PHASED_STAGES


def is_sharded(name: str) -> bool:
    """True when stage ``name`` runs shard by shard (see ``SHARDED_STAGES``)."""
    return name in SHARDED_STAGES


def active_stages() -> list[str]:
    """Stages that run, in order: ingest, the registered record stages, export."""
    return ["ingest", *[s for s in STAGE_ORDER if s in RECORD_STAGES], "export"]


def previous_stage(name: str) -> str:
    """The active stage that runs right before ``name`` (whose output ``name`` reads)."""
    order = active_stages()
    i = order.index(name)
    if i == 0:
        raise ValueError("ingest has no previous stage")
    return order[i - 1]
