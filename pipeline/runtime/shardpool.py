"""Shards side by side in the CLI: a pool of forked processes, each running whole shards of a stage.

The CLI runs a stage's shard tasks (:func:`~pipeline.runtime.execute.run_shard`,
:func:`~pipeline.runtime.execute.run_features_shard`) with ``shards.workers`` processes, as Airflow
runs them as mapped tasks. A shard task only writes that shard's files, so the run directory ends
the same whatever process ran which shard, and in which order.

Why whole shards and not the work inside one: the in-shard workers of clean and deidentify split
only the analysis of a batch and leave the rest of the stage (reading and writing Parquet, records
to and from Python objects, decisions, the residual check, the validate stage's suites) in one
process, and they fork a new pool for every batch. With one process per shard every step uses
both cores and a worker forks once per stage; inside it the stages work in-process
(:func:`pipeline.core.forking.forbid_forks`).

Forking only happens where it is safe (:func:`pipeline.core.forking.fork_is_safe`); otherwise,
with one worker or with a single shard, the shards run one after another in this process. A shard
that fails in a worker (an error, or a worker that died) is run again here, after the others, so
its error is raised exactly as without the pool.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from pipeline.core.forking import forbid_forks, fork_is_safe

if TYPE_CHECKING:
    from pipeline.core.progress import Progress

ShardTask = Callable[[int, "Progress | None"], object]
"""A shard task: called with the shard number and the progress to report to (None in a worker)."""


def default_workers() -> int:
    """The CPUs this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def pool_size(configured: int, shards: int) -> int:
    """Processes for ``shards`` shards: ``configured`` (0: the CPUs), never more than the shards."""
    return max(1, min(configured or default_workers(), shards))


def run_shards(
    task: ShardTask,
    shards: Sequence[int],
    workers: int,
    on_done: Callable[[int], None],
    progress: Progress | None = None,
) -> None:
    """Run ``task`` for every shard, ``workers`` at a time in forked processes where that is safe.

    ``task`` must be picklable (a module-level function or a ``functools.partial`` of one); its
    return value is dropped (shard tasks write their results to the run directory). A shard run in
    this process gets ``progress``, one in a worker None. ``on_done`` is called in this process with
    each shard as it finishes. Shards that failed in a worker are run again in this process, in
    order, after the pool has finished; their error propagates.
    """
    todo = list(shards)
    if workers > 1 and len(todo) > 1 and fork_is_safe():
        todo = _in_pool(task, todo, workers, on_done)
    for shard in todo:
        task(shard, progress)
        on_done(shard)


def _in_pool(task: ShardTask, shards: list[int], workers: int, on_done: Callable[[int], None]) -> list[int]:
    """Run the shards in a fork pool; returns those that failed there (to be redone in-process)."""
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait

    failed: list[int] = []
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=forbid_forks) as pool:
        pending: dict[Future[object], int] = {pool.submit(task, shard, None): shard for shard in shards}
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                shard = pending.pop(future)
                if future.exception() is None:
                    on_done(shard)
                else:
                    failed.append(shard)
    return sorted(failed)
