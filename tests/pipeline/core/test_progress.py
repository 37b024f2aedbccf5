"""The progress display, driven by a fake clock: no sleeps, every time step explicit."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

from pipeline.core.progress import (
    ProgressDisplay,
    SilentProgress,
    format_duration,
    format_rate,
    progress_for,
)

ROOT = Path(__file__).resolve().parents[3]


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def tick(self, seconds: float) -> None:
        self.now += seconds


def live(clock: FakeClock) -> tuple[ProgressDisplay, io.StringIO]:
    stream = io.StringIO()
    return ProgressDisplay(stream, live=True, clock=clock, ticker=False, width=120), stream


def plain(clock: FakeClock, **kw: float) -> tuple[ProgressDisplay, io.StringIO]:
    stream = io.StringIO()
    return ProgressDisplay(stream, live=False, clock=clock, ticker=False, **kw), stream


def test_formats() -> None:
    assert [format_duration(s) for s in (0, 7.4, 59.6, 127, 3599, 3720)] == [
        "0s",
        "7s",
        "1m00s",
        "2m07s",
        "59m59s",
        "1h02m",
    ]
    assert format_rate(None, "records") == ""
    assert format_rate(3.25, "texts") == "3.2 texts/s"
    assert format_rate(51234.4, "records") == "51,234 records/s"


def test_stage_line_has_count_rate_and_eta() -> None:
    clock = FakeClock()
    display, _ = live(clock)
    display.plan(["ingest", "clean", "deidentify"])
    display.begin_stage("deidentify", 51_505)
    display.start("deidentify", 25_000)  # the stage's own task counts records: it moves the stage bar
    clock.tick(40)
    display.advance(12_000)
    assert display.lines() == [
        "overall: stage 3/3 · 40s elapsed",
        "deidentify: 12,000/51,505 records · 300 records/s · ETA 2m12s",
    ]
    display.close()


def test_a_silent_stage_is_redrawn_at_least_every_two_seconds() -> None:
    """Inside a long batch nothing advances; the ticker's heartbeats still redraw with the elapsed time."""
    clock = FakeClock()
    display, stream = live(clock)
    display.plan(["deidentify"])
    display.begin_stage("deidentify", 51_505)
    shown = []
    for _ in range(320):  # 160 s of a batch that reports nothing, heartbeats every 0.5 s
        before = display.redraws
        clock.tick(0.5)
        display.heartbeat()
        assert display.redraws == before + 1
        shown.append(display.lines()[1])
    assert shown[0] == "deidentify: 0/51,505 records · working for 0s"
    assert shown[-1] == "deidentify: 0/51,505 records · working for 2m40s"
    assert "working for 1m20s" in stream.getvalue()  # what reached the terminal, mid-batch
    display.close()


def test_advances_redraw_at_most_every_tenth_of_a_second() -> None:
    clock = FakeClock()
    display, _ = live(clock)
    display.begin_stage("clean", 1_000_000)
    start = display.redraws
    for _ in range(1000):
        display.advance(100)
    assert display.redraws == start  # same instant: no redraw storm
    clock.tick(0.1)
    display.advance(100)
    assert display.redraws == start + 1
    display.close()


def test_a_task_in_another_unit_gets_its_own_line_and_leaves_the_stage_count() -> None:
    clock = FakeClock()
    display, _ = live(clock)
    display.plan(["deidentify"])
    display.begin_stage("deidentify", 1000)
    display.start("analysing", total=3000, unit="texts")
    clock.tick(10)
    display.advance(900)
    assert display.lines()[1:] == [
        "deidentify: 0/1,000 records · working for 10s",
        "  analysing: 900/3,000 texts · 90 texts/s · ETA 23s",
    ]
    display.finish()
    display.start("deidentify", 1000)
    display.advance(1000)
    assert display.lines()[1:] == ["deidentify: 1,000/1,000 records · 100 records/s · ETA 0s"]
    display.close()


def test_shards_and_phases() -> None:
    clock = FakeClock()
    display, _ = live(clock)
    display.plan(["ingest", "dedup", "export"])
    display.begin_stage("dedup", 300, phase="shard by shard")
    clock.tick(3)
    display.reached(100)  # a shard whose stage reported nothing is counted when it is done
    display.start("dedup", 100)
    display.advance(250)  # never past the total
    assert display.stage is not None and display.stage.done == 300
    display.begin_stage("dedup", 300, phase="whole dataset")
    assert display.lines()[1] == "dedup · whole dataset: 0/300 records · working for 0s"
    assert display.overall_fraction() == 0.0
    display.end_stage()
    assert display.overall_fraction() == 1 / 3
    display.begin_stage("export", 300)
    display.reached(150)
    assert display.overall_fraction() == 1 / 3 + 0.5 / 3
    display.close()


def test_plain_lines_when_not_a_terminal() -> None:
    clock = FakeClock()
    display, stream = plain(clock, line_interval=10.0)
    display.plan(["ingest", "deidentify"])
    display.begin_stage("deidentify", 1000)
    display.start("deidentify", 1000)
    for _ in range(50):  # 25 s: a status line every 10 s, none in between
        clock.tick(0.5)
        display.advance(10)
        display.heartbeat()
    display.end_stage()
    assert stream.getvalue().splitlines() == [
        "[2/2 deidentify] started (1,000 records)",
        "[2/2 deidentify] 200/1,000 records · 20 records/s · ETA 40s | 10s in stage",
        "[2/2 deidentify] 400/1,000 records · 20 records/s · ETA 30s | 20s in stage",
        "[2/2 deidentify] done: 1,000/1,000 records in 25s (40 records/s)",
    ]
    assert "\x1b" not in stream.getvalue()
    display.close()


def test_a_stage_run_on_its_own_shows_its_task_as_the_stage() -> None:
    clock = FakeClock()
    display, stream = plain(clock)
    display.start("clean", 50)
    clock.tick(5)
    display.advance(50)
    display.finish()
    assert stream.getvalue().splitlines() == [
        "[clean] started (50 records)",
        "[clean] done: 50/50 records in 5s (10 records/s)",
    ]


def test_a_phase_done_in_a_blink_has_no_rate() -> None:
    clock = FakeClock()
    display, stream = plain(clock)
    display.plan(["validate"])
    display.begin_stage("validate", 89_893, phase="writing")
    clock.tick(0.005)
    display.reached(89_893)
    display.end_stage()
    assert stream.getvalue().splitlines()[-1] == "[1/1 validate · writing] done: 89,893/89,893 records in 0s"
    display.close()


def test_quiet_is_silent() -> None:
    stream = io.StringIO()
    progress = progress_for(stream, quiet=True)
    assert isinstance(progress, SilentProgress)
    progress.plan(["ingest"])
    progress.begin_stage("ingest", 3)
    progress.advance(3)
    progress.close()
    assert stream.getvalue() == ""


def test_the_ticker_lets_stages_fork_and_fork_still_works() -> None:
    """The display's ticker thread is declared fork-safe: clean and deidentify keep their worker processes."""
    code = (
        "import io, multiprocessing\n"
        "from concurrent.futures import ProcessPoolExecutor\n"
        "from pipeline.core.forking import fork_is_safe\n"
        "from pipeline.core.progress import ProgressDisplay\n"
        "d = ProgressDisplay(io.StringIO(), live=True, live_interval=0.001)\n"
        "d.begin_stage('clean', 10)\n"
        "safe = fork_is_safe()\n"
        "with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context('fork')) as pool:\n"
        "    out = sum(pool.map(abs, range(-200, 0)))\n"
        "d.close()\n"
        "print(safe, out, d.redraws > 0)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.split() == ["True", "20100", "True"]
