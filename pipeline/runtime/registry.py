"""The stage table: one declaration per stage, from which the CLI runs and the DAG is checked.

Records flow through the stages in the order of :data:`STAGES`. Each stage has a kind:

- ``source`` (ingest): reads the corpora and writes the first shards;
- ``per_shard`` (clean, deidentify): a :class:`~pipeline.core.stage.RecordStage` run once per shard
  (mapped tasks in the DAG); each output record depends only on its own input record;
- ``phased`` (dedup, validate, agreement): a :class:`~pipeline.core.stage.PhasedStage` that must see
  every record to decide: its first phase runs per shard (the mapped task named ``shard_task``),
  then one task plans over every shard and applies the plan shard by shard;
- ``sink`` (export): merges every shard into the dataset.

This module is imported by the DAG file at parse time, so it imports nothing heavy: a stage's code
is imported only when :func:`record_stage` or :func:`phased_stage` is called.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from pipeline.errors import UsageError

if TYPE_CHECKING:
    from pipeline.core.stage import PhasedStage, RecordStage

StageKind = Literal["source", "per_shard", "phased", "sink"]


@dataclass(frozen=True)
class StageSpec:
    """One stage: its name, kind, implementation (``module:attribute``) and per-shard task name."""

    name: str
    kind: StageKind
    impl: str
    """``module:attribute`` of the implementation (a stage object for per_shard and phased stages)."""
    shard_task: str | None = None
    """The per-shard step of a phased stage (its mapped task in the DAG); the stage itself for per_shard."""

    @property
    def mapped_task(self) -> str | None:
        """The task id of the stage's per-shard work in the DAG (None for source and sink)."""
        if self.kind == "per_shard":
            return self.name
        return self.shard_task

    def load(self) -> object:
        """Import and return the implementation."""
        module, attr = self.impl.split(":")
        return getattr(importlib.import_module(module), attr)


STAGES: tuple[StageSpec, ...] = (
    StageSpec("ingest", "source", "pipeline.stages.ingest.stage:ingest"),
    StageSpec("clean", "per_shard", "pipeline.stages.clean.stage:STAGE_IMPL"),
    StageSpec("dedup", "phased", "pipeline.stages.dedup.stage:STAGE_IMPL", shard_task="dedup_features"),
    StageSpec("deidentify", "per_shard", "pipeline.stages.deidentify.stage:STAGE_IMPL"),
    StageSpec("validate", "phased", "pipeline.stages.validate.stage:STAGE_IMPL", shard_task="validate_rows"),
    StageSpec("agreement", "phased", "pipeline.stages.agreement.stage:STAGE_IMPL", shard_task="agreement_features"),
    StageSpec("export", "sink", "pipeline.stages.export.stage:write_export_shards"),
)
"""Every stage, in the order records flow through them."""


def names() -> list[str]:
    """The stage names, in order."""
    return [s.name for s in STAGES]


def spec(name: str) -> StageSpec:
    """The declaration of stage ``name``; :class:`UsageError` naming the known stages otherwise."""
    for s in STAGES:
        if s.name == name:
            return s
    raise UsageError(f"unknown stage {name!r} (stages: {', '.join(names())})")


def previous(name: str) -> str:
    """The stage that runs right before ``name`` (whose output ``name`` reads)."""
    order = names()
    i = order.index(spec(name).name)
    if i == 0:
        raise UsageError(f"{name} has no previous stage")
    return order[i - 1]


def shard_step(step: str) -> StageSpec | None:
    """The stage whose per-shard task is called ``step`` (``clean``, ``dedup_features``, ...); None otherwise."""
    for s in STAGES:
        if s.mapped_task == step:
            return s
    return None


def record_stage(name: str) -> RecordStage:
    """The implementation of the per-shard stage ``name``."""
    from pipeline.core.stage import RecordStage

    s = spec(name)
    impl = s.load()
    if s.kind != "per_shard" or not isinstance(impl, RecordStage):
        raise UsageError(f"stage {name!r} is not a per-shard stage (it is {s.kind})")
    return impl


def phased_stage(name: str) -> PhasedStage:
    """The implementation of the phased stage ``name``."""
    from pipeline.core.stage import PhasedStage

    s = spec(name)
    impl = s.load()
    if s.kind != "phased" or not isinstance(impl, PhasedStage):
        raise UsageError(f"stage {name!r} has no per-shard phase (it is {s.kind})")
    return impl
