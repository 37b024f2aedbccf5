"""Shards side by side: every shard runs once, failures are redone in-process and raise as without the pool."""

from __future__ import annotations

import functools
import os
import time
from pathlib import Path

import pytest

from pipeline.core import forking
from pipeline.runtime import shardpool


def _write(folder: Path, fail: int | None, shard: int, progress: object) -> None:
    if shard == fail:
        in_worker = isinstance(progress, shardpool.ShardCounter)
        raise ValueError(f"shard {shard} failed in {'a worker' if in_worker else 'this process'}")
    (folder / f"{shard}").write_text(f"{os.getpid()} {forking.fork_is_safe()}", encoding="utf-8")


@pytest.fixture
def forkable(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pretend this (test runner) process is single-threaded, so the pool forks."""
    monkeypatch.setattr(shardpool, "fork_is_safe", lambda: True)


def test_every_shard_runs_once_in_workers_that_do_not_fork_again(tmp_path: Path, forkable: None) -> None:
    done: list[int] = []
    shardpool.run_shards(functools.partial(_write, tmp_path, None), [0, 1, 2, 3, 4], 2, done.append)
    assert sorted(done) == [0, 1, 2, 3, 4]
    outputs = [(tmp_path / str(s)).read_text(encoding="utf-8").split() for s in range(5)]
    assert all(int(pid) != os.getpid() for pid, _ in outputs)  # all ran in workers
    assert {safe for _, safe in outputs} == {"False"}  # workers' stages work in-process


def test_a_shard_that_fails_in_a_worker_is_run_again_here_and_its_error_raised(tmp_path: Path, forkable: None) -> None:
    done: list[int] = []
    with pytest.raises(ValueError, match=r"^shard 2 failed in this process$"):
        shardpool.run_shards(functools.partial(_write, tmp_path, 2), [0, 1, 2, 3], 2, done.append, progress=object())
    assert sorted(done) == [0, 1, 3]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["0", "1", "3"]


def test_one_worker_or_one_shard_runs_here_in_order(tmp_path: Path, forkable: None) -> None:
    done: list[int] = []
    shardpool.run_shards(functools.partial(_write, tmp_path, None), [0, 1, 2], 1, done.append)
    shardpool.run_shards(functools.partial(_write, tmp_path, None), [7], 2, done.append)
    assert done == [0, 1, 2, 7]
    assert all(int((tmp_path / str(s)).read_text(encoding="utf-8").split()[0]) == os.getpid() for s in (0, 1, 2, 7))


def test_pool_size_is_the_configured_count_or_the_cpus_never_more_than_the_shards() -> None:
    assert shardpool.pool_size(3, 10) == 3
    assert shardpool.pool_size(4, 2) == 2
    assert shardpool.pool_size(0, 100) == shardpool.default_workers()
    assert shardpool.pool_size(0, 0) == 1


def _slow(shard: int, progress: shardpool.ShardCounter) -> None:
    progress.start("clean", 10)
    time.sleep(shardpool.REPORT_SECONDS + 0.1)
    progress.advance(4)  # reported: half a second has passed
    time.sleep(shardpool.REPORT_SECONDS + 0.2)  # the parent reads it while the shard still runs
    progress.advance(6)
    progress.finish()


def test_workers_report_the_records_of_running_shards(forkable: None) -> None:
    events: list[tuple[str, int, int]] = []
    shardpool.run_shards(
        _slow,
        [0, 1],
        2,
        lambda s: events.append(("done", s, 0)),
        on_progress=lambda s, n: events.append(("progress", s, n)),
    )
    for shard in (0, 1):
        mine = [e for e in events if e[1] == shard]
        assert mine[0] == ("progress", shard, 4)  # before the shard was done
        assert ("done", shard, 0) in mine


def test_a_shard_counter_counts_records_only_and_reports_at_most_twice_a_second() -> None:
    reader, writer = os.pipe()
    os.set_blocking(reader, False)
    now = [0.0]
    counter = shardpool.ShardCounter(writer, 3, clock=lambda: now[0])
    counter.start("signatures", 100, unit="batches")
    counter.advance(50)  # not records
    counter.start("dedup", 100)
    counter.advance(10)
    now[0] = 0.2
    counter.advance(10)
    assert shardpool.read_reports(reader) == []
    now[0] = 0.6
    counter.advance(5)
    counter.flush()
    assert shardpool.read_reports(reader) == [(3, 25), (3, 25)]
    os.close(reader)
    os.close(writer)
