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

A shard in a worker reports how many of its records are done (:class:`ShardCounter`, at most
twice a second, a 12-byte record written to a pipe: atomic, no lock a killed worker could leave
held), so the stage's progress line moves while the shards run instead of only when one ends.

Forking only happens where it is safe (:func:`pipeline.core.forking.fork_is_safe`); otherwise,
with one worker or with a single shard, the shards run one after another in this process. A shard
that fails in a worker (an error, or a worker that died) is run again here, after the others, so
its error is raised exactly as without the pool.
"""

from __future__ import annotations

import contextlib
import os
import struct
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from pipeline.core.forking import forbid_forks, fork_is_safe
from pipeline.core.progress import RECORDS

if TYPE_CHECKING:
    from pipeline.core.progress import Progress

ShardTask = Callable[[int, "Progress | None"], object]
"""A shard task: called with the shard number and the progress to report to (a :class:`ShardCounter` in a worker)."""

REPORT = struct.Struct("<iq")
"""One progress report from a worker: shard number, records of it done."""

REPORT_SECONDS = 0.5
"""How often a worker reports a shard's progress, at most."""

_report_fd: int | None = None
"""In a pool worker: the pipe to report shard progress to."""


class ShardCounter:
    """The progress a shard task gets in a pool worker: counts the records done, reports them to the pool's parent.

    Only tasks in records count (a stage's own task; a task in another unit, such as files or
    batches, is ignored). Reports are written without blocking: a full pipe drops one, the next
    carries the newer count.
    """

    def __init__(self, fd: int, shard: int, clock: Callable[[], float] = time.monotonic) -> None:
        """Report ``shard``'s progress to the pipe ``fd``; ``clock`` paces the reports."""
        self._fd, self._shard, self._clock = fd, shard, clock
        self._counting = False
        self.done = 0
        self._sent_at = clock()

    def start(self, task: str, total: int | None = None, unit: str = RECORDS) -> None:
        """Count the advances of ``task`` when it is in records."""
        self._counting = unit == RECORDS

    def advance(self, n: int = 1) -> None:
        """``n`` more records done; report when :data:`REPORT_SECONDS` have passed."""
        if self._counting:
            self.done += n
            if self._clock() - self._sent_at >= REPORT_SECONDS:
                self.flush()

    def finish(self) -> None:
        """End of the task: stop counting."""
        self._counting = False

    def plan(self, stages: Sequence[str]) -> None:
        """Not used in a worker."""

    def begin_stage(self, name: str, total: int | None = None, phase: str | None = None) -> None:
        """Not used in a worker."""

    def reached(self, done: int) -> None:
        """Not used in a worker."""

    def end_stage(self) -> None:
        """Not used in a worker."""

    def flush(self) -> None:
        """Report the count now."""
        self._sent_at = self._clock()
        with contextlib.suppress(BlockingIOError):  # the parent is behind: the next report carries the newer count
            os.write(self._fd, REPORT.pack(self._shard, self.done))


def read_reports(fd: int) -> list[tuple[int, int]]:
    """The reports waiting in the pipe ``fd`` (non-blocking), oldest first: ``(shard, records done)``."""
    size = REPORT.size * (4096 // REPORT.size)  # whole reports only: each was written atomically
    reports: list[tuple[int, int]] = []
    while True:
        try:
            data = os.read(fd, size)
        except BlockingIOError:
            return reports
        if not data:
            return reports
        reports.extend(REPORT.unpack_from(data, i) for i in range(0, len(data), REPORT.size))


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
    on_progress: Callable[[int, int], None] | None = None,
) -> None:
    """Run ``task`` for every shard, ``workers`` at a time in forked processes where that is safe.

    ``task`` must be picklable (a module-level function or a ``functools.partial`` of one); its
    return value is dropped (shard tasks write their results to the run directory). A shard run in
    this process gets ``progress``, one in a worker None. ``on_done`` is called in this process with
    each shard as it finishes. Shards that failed in a worker are run again in this process, in
    order, after the pool has finished; their error propagates. ``on_progress`` is called in this
    process with ``(shard, records done)`` as workers report them.
    """
    todo = list(shards)
    if workers > 1 and len(todo) > 1 and fork_is_safe():
        todo = _in_pool(task, todo, workers, on_done, on_progress or (lambda _s, _n: None))
    for shard in todo:
        task(shard, progress)
        on_done(shard)


def _in_pool(
    task: ShardTask,
    shards: list[int],
    workers: int,
    on_done: Callable[[int], None],
    on_progress: Callable[[int, int], None],
) -> list[int]:
    """Run the shards in a fork pool; returns those that failed there (to be redone in-process)."""
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait

    failed: list[int] = []
    context = multiprocessing.get_context("fork")
    reports, writer = os.pipe()
    os.set_blocking(reports, False)
    os.set_blocking(writer, False)
    try:
        with ProcessPoolExecutor(
            max_workers=workers, mp_context=context, initializer=_start_worker, initargs=(writer,)
        ) as pool:
            pending: dict[Future[object], int] = {pool.submit(_counted, task, shard): shard for shard in shards}
            while pending:
                done, _ = wait(pending, timeout=REPORT_SECONDS, return_when=FIRST_COMPLETED)
                for shard, records in read_reports(reports):
                    if shard in pending.values():
                        on_progress(shard, records)
                for future in done:
                    shard = pending.pop(future)
                    if future.exception() is None:
                        on_done(shard)
                    else:
                        failed.append(shard)
    finally:
        os.close(reports)
        os.close(writer)
    return sorted(failed)


def _start_worker(report_fd: int) -> None:
    """A pool worker's set-up: no forks of its own, shard progress to ``report_fd``."""
    global _report_fd
    forbid_forks()
    _report_fd = report_fd


def _counted(task: ShardTask, shard: int) -> object:
    """Run ``task`` on ``shard`` in a worker with a :class:`ShardCounter` as its progress."""
    if _report_fd is None:  # pragma: no cover - every pool worker is started by _start_worker
        return task(shard, None)
    counter = ShardCounter(_report_fd, shard)
    result = task(shard, counter)
    counter.flush()
    return result
