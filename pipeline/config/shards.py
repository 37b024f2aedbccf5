"""Config of sharding: how many records go into one shard of a stage's output."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class ShardsConfig:
    """Shard size of the run directory's intermediate files.

    Ingest splits the records into shards of ``records_per_shard``; the per-record stages (clean,
    deidentify) then run once per shard (a mapped Airflow task per shard, or one after another in
    the CLI); the global stages (dedup, validate, agreement) run a small first phase per shard, plan
    once over all shards and apply the plan shard by shard. Peak memory of a per-shard task grows
    with the shard size, not with the corpus; each Airflow task also pays its start-up (imports,
    the NER model), so very small shards waste time.

    The CLI runs a stage's shards in ``workers`` forked processes (:mod:`pipeline.runtime.shardpool`);
    in the DAG, Airflow's mapped tasks do that and ``workers`` is not used.
    """

    records_per_shard: int = field(
        default=50_000,
        metadata={"min": 1, "help": "records per shard; per-record stages hold one shard in memory"},
    )
    workers: int = field(
        default=0,
        metadata={
            "min": 0,
            "help": "CLI: processes that run a stage's shards side by side (0: one per CPU; 1: one after another)",
        },
    )
