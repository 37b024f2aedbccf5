"""Progress of a run on stderr: one live display on a terminal, periodic plain lines otherwise.

Two parties report progress through one :class:`Progress`:

- the **runtime** frames the run: :meth:`~Progress.plan` names the stages, :meth:`~Progress.begin_stage`
  opens a stage (or a phase of a phased stage) with its number of records, :meth:`~Progress.reached`
  moves it forward when a shard is done, :meth:`~Progress.end_stage` closes it;
- a **stage** reports inside that frame through ``ctx.progress``: :meth:`~Progress.start` a task,
  :meth:`~Progress.advance` as work is done, :meth:`~Progress.finish`. Advances in the stage's unit
  (records) move the stage's bar; a task in another unit (``texts``, ``files``) gets a line of its
  own under it, with its own rate and ETA. A long batch should call :meth:`~Progress.advance` every
  few thousand items (or every chunk a worker pool returns), so that the count moves.

:class:`ProgressDisplay` shows three lines on a terminal (rich, redrawn in place)::

    overall      ━━━━━━━━━━━━━╸━━━━━━━━━━━━━━━━  stage 4/7 · 1m42s elapsed
    deidentify   ━━━━━━━━╸━━━━━━━━━━━━━━━━━━━━━  12,000/51,505 records · 310 records/s · ETA 2m07s
      analysing  ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━  8,100/25,000 texts · 450 texts/s · ETA 37s

A background ticker redraws it at least every :data:`LIVE_INTERVAL` seconds even while a stage is
silent (elapsed time and rate keep moving). When the stream is not a terminal (an Airflow task log,
a redirected file) it writes one plain line when a stage starts or ends and one every
:data:`LINE_INTERVAL` seconds in between. Only stage names, counts and times are shown, never record
content. The overall line has no ETA: stages differ in speed by three orders of magnitude (clean
runs at ~90k records/s, de-identification at a few hundred), so any estimate before a stage has run
would be wrong; each stage line has its own rate and ETA.

The ticker is a thread, and the stages fork worker processes only from a single-threaded process
(:mod:`pipeline.core.forking`). The ticker does everything while holding one lock that every fork
acquires first (``os.register_at_fork``), so at the moment of a fork it holds no lock at all; it is
declared with :func:`pipeline.core.forking.allow_fork_beside` and does not stop stages from forking.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, TextIO

if TYPE_CHECKING:
    from rich.progress import Progress as RichProgress
    from rich.progress import TaskID

Clock = Callable[[], float]
"""Seconds from an arbitrary start (``time.monotonic``; a fake in tests)."""

RECORDS = "records"
"""The unit of a stage's bar."""

LIVE_INTERVAL = 0.5
"""Seconds between redraws of the live display (also when nothing advanced)."""

LINE_INTERVAL = 10.0
"""Seconds between two plain status lines of the same stage when the stream is not a terminal."""

MIN_RATE_SECONDS = 0.5
"""A stage or task that ends sooner than this is reported without a rate."""

MIN_REDRAW = 0.1
"""Seconds an :meth:`Progress.advance` waits before it redraws the live display itself."""


class Progress(Protocol):
    """Receives progress: the runtime frames stages, a stage reports tasks inside its frame."""

    def start(self, task: str, total: int | None = None, unit: str = RECORDS) -> None:
        """Begin a task named ``task`` with ``total`` units of work (None if unknown)."""

    def advance(self, n: int = 1) -> None:
        """Record ``n`` more units of the current task done."""

    def finish(self) -> None:
        """End the current task."""

    def plan(self, stages: Sequence[str]) -> None:
        """The stages the run will go through, in order (the overall line)."""

    def begin_stage(self, name: str, total: int | None = None, phase: str | None = None) -> None:
        """Open stage ``name`` (or its ``phase``) over ``total`` records."""

    def reached(self, done: int) -> None:
        """The current stage has done at least ``done`` records (after each shard)."""

    def end_stage(self) -> None:
        """Close the current stage."""


class SilentProgress:
    """A progress sink that shows nothing (library use, tests, ``--quiet``)."""

    def start(self, task: str, total: int | None = None, unit: str = RECORDS) -> None:
        """Ignore the start of a task."""

    def advance(self, n: int = 1) -> None:
        """Ignore progress."""

    def finish(self) -> None:
        """Ignore the end of a task."""

    def plan(self, stages: Sequence[str]) -> None:
        """Ignore the plan."""

    def begin_stage(self, name: str, total: int | None = None, phase: str | None = None) -> None:
        """Ignore the start of a stage."""

    def reached(self, done: int) -> None:
        """Ignore a stage's progress."""

    def end_stage(self) -> None:
        """Ignore the end of a stage."""

    def close(self) -> None:
        """Nothing to close."""


# ------------------------------------------------------------------------------------------ formatting


def format_duration(seconds: float) -> str:
    """``7s``, ``2m07s``, ``1h02m``."""
    s = max(0, round(seconds))
    if s < 60:
        return f"{s}s"
    if s < 3600:
        return f"{s // 60}m{s % 60:02d}s"
    return f"{s // 3600}h{s % 3600 // 60:02d}m"


def format_rate(rate: float | None, unit: str) -> str:
    """``310 records/s`` (one decimal below 10/s); empty when unknown."""
    if rate is None:
        return ""
    return f"{rate:,.1f} {unit}/s" if rate < 10 else f"{rate:,.0f} {unit}/s"


@dataclass
class Meter:
    """Work done on one bar: a label, a total (None if unknown), a unit and when it started."""

    label: str
    total: int | None
    unit: str
    started: float
    done: int = 0

    def add(self, n: int) -> None:
        """Count ``n`` more (never beyond the total)."""
        self.done += n
        if self.total is not None:
            self.done = min(self.done, self.total)

    def rate(self, now: float) -> float | None:
        """Units per second since the start; None before the first unit."""
        elapsed = now - self.started
        return self.done / elapsed if self.done > 0 and elapsed > 0 else None

    def eta(self, now: float) -> float | None:
        """Seconds left at the current rate; None when the total or the rate is unknown."""
        rate = self.rate(now)
        if self.total is None or rate is None:
            return None
        return max(self.total - self.done, 0) / rate

    def count(self) -> str:
        """``12,000/51,505 records`` or ``12,000 records``."""
        if self.total is None:
            return f"{self.done:,} {self.unit}"
        return f"{self.done:,}/{self.total:,} {self.unit}"

    def describe(self, now: float) -> str:
        """Count, rate and ETA (or how long it has been silent) in one phrase."""
        parts = [self.count()]
        if self.done == 0:
            parts.append(f"working for {format_duration(now - self.started)}")
        else:
            parts.append(format_rate(self.rate(now), self.unit))
            eta = self.eta(now)
            if eta is not None:
                parts.append(f"ETA {format_duration(eta)}")
        return " · ".join(parts)


# ------------------------------------------------------------------------------------------ fork safety

_LOCK = threading.RLock()
"""Held by every call of a :class:`ProgressDisplay` and by the ticker; acquired around every fork."""


def _fork_release() -> None:
    _LOCK.release()


if hasattr(os, "register_at_fork"):  # pragma: no branch - always on Linux
    os.register_at_fork(before=_LOCK.acquire, after_in_parent=_fork_release, after_in_child=_fork_release)


# ------------------------------------------------------------------------------------------ the display


class ProgressDisplay:
    """The run's progress display (see the module docstring).

    ``live`` chooses the live display (default: when ``stream`` is a terminal). ``clock`` is the
    time source (tests pass a fake one and call :meth:`heartbeat` themselves, with ``ticker=False``).
    """

    def __init__(
        self,
        stream: TextIO | None = None,
        *,
        live: bool | None = None,
        clock: Clock = time.monotonic,
        ticker: bool = True,
        width: int | None = None,
        line_interval: float = LINE_INTERVAL,
        live_interval: float = LIVE_INTERVAL,
    ) -> None:
        """Show progress on ``stream`` (default stderr)."""
        self.stream = stream or sys.stderr
        self.live = bool(getattr(self.stream, "isatty", lambda: False)()) if live is None else live
        self.clock = clock
        self.line_interval = line_interval
        self.live_interval = live_interval
        self.stages: list[str] = []
        self.stage_index: int | None = None
        self.stage_name = ""
        self.completed: set[str] = set()
        """Planned stages that have ended."""
        self.stage: Meter | None = None
        self.task: Meter | None = None
        """The current stage's task when it counts something else than the stage (its own line)."""
        self._task_counts_stage = False
        self._task_is_stage = False
        self._t0 = clock()
        self._last_draw = self._last_line = self._t0
        self.redraws = 0
        """How many times the live display was redrawn (tests read it)."""
        self.lines_written = 0
        self._pid = os.getpid()
        self._rich: RichProgress | None = None
        self._rows: list[TaskID] = []
        if self.live:
            self._start_live(width)
        self._stop = threading.Event()
        self._ticker: threading.Thread | None = None
        if ticker:
            self._start_ticker()

    # ------------------------------------------------------------------ the Progress protocol

    def plan(self, stages: Sequence[str]) -> None:
        """Name the stages of the run (the overall line counts them)."""
        with _LOCK:
            self.stages = list(stages)
            self._draw(force=True)

    def begin_stage(self, name: str, total: int | None = None, phase: str | None = None) -> None:
        """Open stage ``name`` (a new phase when it is already open)."""
        with _LOCK:
            if not self._here():
                return
            if self.stage is not None and self.stage_name != name:
                self._end_stage_locked()
            elif self.stage is not None:  # the next phase of the same stage
                self._line(self._done_text(self.stage))
            if name in self.stages:
                self.stage_index = self.stages.index(name)
            self.stage_name = name
            label = f"{name} · {phase}" if phase else name
            self.stage = Meter(label, total, RECORDS, self.clock())
            self.task = None
            self._task_counts_stage = self._task_is_stage = False
            self._line(f"started{f' ({total:,} {RECORDS})' if total is not None else ''}")
            self._draw(force=True)

    def reached(self, done: int) -> None:
        """Move the current stage to at least ``done`` records."""
        with _LOCK:
            if self.stage is not None and self._here():
                self.stage.add(max(0, done - self.stage.done))
                self._draw()

    def end_stage(self) -> None:
        """Close the current stage (its bar full) and count it in the overall line."""
        with _LOCK:
            if self._here():
                self._end_stage_locked()
                self._draw(force=True)

    def start(self, task: str, total: int | None = None, unit: str = RECORDS) -> None:
        """A stage begins a task: in the stage's unit it moves the stage's bar, otherwise its own line."""
        with _LOCK:
            if not self._here():
                return
            now = self.clock()
            if self.stage is None:  # a stage run on its own: its task is the stage line
                self.stage_name = task
                self.stage = Meter(task, total, unit, now)
                self._task_is_stage = True
                self._line(f"started{f' ({total:,} {unit})' if total is not None else ''}")
            elif unit == self.stage.unit:
                self._task_counts_stage = True
                self.task = None
            else:
                self._task_counts_stage = False
                self.task = Meter(task, total, unit, now)
            self._draw(force=True)

    def advance(self, n: int = 1) -> None:
        """Count ``n`` more units of the current task."""
        with _LOCK:
            if not self._here():
                return
            if self.task is not None:
                self.task.add(n)
            elif self.stage is not None and (self._task_counts_stage or self._task_is_stage):
                self.stage.add(n)
            self._draw()

    def finish(self) -> None:
        """The stage's task ended (its line disappears; a stage run on its own ends too)."""
        with _LOCK:
            if not self._here():
                return
            if self._task_is_stage:
                self._end_stage_locked(count_overall=False)
            self.task = None
            self._task_counts_stage = False
            self._draw(force=True)

    # ------------------------------------------------------------------ time passing

    def heartbeat(self) -> None:
        """Redraw if the live interval has passed; write a status line if the line interval has.

        The ticker calls this every fraction of a second; tests call it after moving a fake clock.
        """
        with _LOCK:
            if not self._here():
                return
            now = self.clock()
            if self.live:
                if now - self._last_draw >= self.live_interval:
                    self._draw(force=True)
            elif self.stage is not None and now - self._last_line >= self.line_interval:
                self._line(self._status(now))

    def close(self) -> None:
        """Stop the ticker and the live display (idempotent)."""
        self._stop.set()
        if self._ticker is not None and self._ticker is not threading.current_thread():
            self._ticker.join(timeout=5)
        self._ticker = None
        with _LOCK:
            if self._rich is not None and self._here():
                self._rich.stop()
            self._rich = None

    def __enter__(self) -> ProgressDisplay:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ what is shown

    def overall(self, now: float) -> str:
        """The overall phrase: ``stage 4/7 · 1m42s elapsed``."""
        n = len(self.stages)
        pos = "" if self.stage_index is None or not n else f"stage {self.stage_index + 1}/{n} · "
        return f"{pos}{format_duration(now - self._t0)} elapsed"

    def overall_fraction(self) -> float:
        """Stages done (the current one in part) out of the planned stages."""
        if not self.stages:
            return 0.0
        part = 0.0
        if self.stage is not None and self.stage.total and self.stage_name not in self.completed:
            part = self.stage.done / self.stage.total
        return min(1.0, (len(self.completed) + part) / len(self.stages))

    def lines(self) -> list[str]:
        """The display as plain text lines (what the live display draws, without bars)."""
        now = self.clock()
        out = [f"overall: {self.overall(now)}"]
        if self.stage is not None:
            out.append(f"{self.stage.label}: {self.stage.describe(now)}")
        if self.task is not None:
            out.append(f"  {self.task.label}: {self.task.describe(now)}")
        return out

    def _status(self, now: float) -> str:
        assert self.stage is not None
        text = self.stage.describe(now)
        if self.task is not None:
            text += f" | {self.task.label} {self.task.describe(now)}"
        return text + f" | {format_duration(now - self.stage.started)} in stage"

    # ------------------------------------------------------------------ internals

    def _here(self) -> bool:
        """False in a forked child (the display belongs to the parent)."""
        return os.getpid() == self._pid

    def _end_stage_locked(self, count_overall: bool = True) -> None:
        if self.stage is None:
            return
        if self.stage.total is not None:
            self.stage.done = self.stage.total
        self._line(self._done_text(self.stage))
        if count_overall and self.stage_name in self.stages:
            self.completed.add(self.stage_name)
        self.stage = None
        self.task = None
        self._task_counts_stage = self._task_is_stage = False

    def _done_text(self, meter: Meter) -> str:
        now = self.clock()
        quick = now - meter.started < MIN_RATE_SECONDS  # a rate over a blink says nothing (15,660,973 records/s)
        rate = "" if quick else format_rate(meter.rate(now), meter.unit)
        return f"done: {meter.count()} in {format_duration(now - meter.started)}{f' ({rate})' if rate else ''}"

    def _line(self, text: str) -> None:
        """A plain line (only when the stream is not a terminal): ``[4/7 deidentify] text``."""
        if self.live:
            return
        label = self.stage.label if self.stage is not None else self.stage_name or "run"
        if self.stage_index is not None and self.stages and self.stage_name in self.stages:
            label = f"{self.stage_index + 1}/{len(self.stages)} {label}"
        print(f"[{label}] {text}", file=self.stream, flush=True)
        self._last_line = self.clock()
        self.lines_written += 1

    def _start_live(self, width: int | None) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, TextColumn
        from rich.progress import Progress as RichProgress

        console = Console(file=self.stream, force_terminal=True, width=width, highlight=False)
        self._rich = RichProgress(
            TextColumn("{task.description}", style="bold"),
            BarColumn(bar_width=32),
            TextColumn("{task.fields[text]}"),
            console=console,
            auto_refresh=False,
            transient=True,
            redirect_stdout=False,
            redirect_stderr=False,
            get_time=self.clock,
        )
        self._rows = [self._rich.add_task("", total=1, visible=False, text="") for _ in range(3)]
        self._rich.start()

    def _sync_rows(self, now: float) -> None:
        assert self._rich is not None
        rows: list[tuple[str, float | None, float, str]] = []
        if self.stages:
            rows.append(("overall", 1.0, self.overall_fraction(), self.overall(now)))
        for meter, indent in ((self.stage, ""), (self.task, "  ")):
            if meter is not None:
                total = float(meter.total) if meter.total else None
                rows.append((indent + meter.label, total, float(meter.done), meter.describe(now)))
        for i, row_id in enumerate(self._rows):
            if i < len(rows):
                label, total, done, text = rows[i]
                self._rich.update(row_id, description=label, total=total, completed=done, visible=True, text=text)
            else:
                self._rich.update(row_id, visible=False)

    def _draw(self, force: bool = False) -> None:
        if not self.live or self._rich is None or not self._here():
            return
        now = self.clock()
        if not force and now - self._last_draw < MIN_REDRAW:
            return
        self._sync_rows(now)
        self._rich.refresh()
        self._last_draw = now
        self.redraws += 1

    def _start_ticker(self) -> None:
        from pipeline.core.forking import allow_fork_beside

        period = min(self.live_interval, 1.0) if self.live else 1.0

        def tick() -> None:
            while not self._stop.wait(period):
                self.heartbeat()

        self._ticker = threading.Thread(target=tick, name="instructflow-progress", daemon=True)
        allow_fork_beside(self._ticker)
        self._ticker.start()


def progress_for(stream: TextIO, quiet: bool = False) -> ProgressDisplay | SilentProgress:
    """The progress of a command: nothing with ``quiet``, else a display on ``stream``."""
    return SilentProgress() if quiet else ProgressDisplay(stream)
