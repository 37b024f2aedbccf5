"""Progress reporting for long steps, on stderr (a live line on a terminal, periodic log lines otherwise)."""

from __future__ import annotations

import sys
import time
from typing import Protocol, TextIO


class Progress(Protocol):
    """Receives progress from a stage: ``start`` once, ``advance`` as work is done, ``finish`` at the end."""

    def start(self, task: str, total: int | None = None) -> None:
        """Begin a task named ``task`` with ``total`` units of work (None if unknown)."""

    def advance(self, n: int = 1) -> None:
        """Record ``n`` more units done."""

    def finish(self) -> None:
        """End the current task."""


class SilentProgress:
    """A progress sink that shows nothing (library use and tests)."""

    def start(self, task: str, total: int | None = None) -> None:
        """Ignore the start of a task."""

    def advance(self, n: int = 1) -> None:
        """Ignore progress."""

    def finish(self) -> None:
        """Ignore the end of a task."""


class StderrProgress:
    """Shows progress on a stream: redrawn in place on a terminal, a line every few seconds otherwise.

    Only counts and task names are printed, never record content.
    """

    def __init__(self, stream: TextIO | None = None, interval: float = 0.2, log_interval: float = 10.0) -> None:
        """Write to ``stream`` (default stderr), redrawing at most every ``interval`` seconds."""
        self.stream = stream or sys.stderr
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self.interval = interval if self.tty else log_interval
        self.task = ""
        self.total: int | None = None
        self.done = 0
        self._t0 = 0.0
        self._last = 0.0

    def start(self, task: str, total: int | None = None) -> None:
        """Begin ``task``; on a non-terminal stream this prints one line."""
        self.task, self.total, self.done = task, total, 0
        self._t0 = self._last = time.monotonic()
        if not self.tty:
            suffix = f" ({total:,} items)" if total is not None else ""
            print(f"[{task}] started{suffix}", file=self.stream, flush=True)

    def advance(self, n: int = 1) -> None:
        """Count ``n`` more units and redraw if enough time has passed."""
        self.done += n
        now = time.monotonic()
        if now - self._last >= self.interval:
            self._last = now
            self._draw(now, final=False)

    def finish(self) -> None:
        """Print the final state of the task."""
        self._draw(time.monotonic(), final=True)

    def _draw(self, now: float, final: bool) -> None:
        elapsed = max(now - self._t0, 1e-9)
        rate = self.done / elapsed
        if self.total:
            pct = 100.0 * self.done / self.total
            body = f"{self.done:,}/{self.total:,} ({pct:5.1f}%)"
        else:
            body = f"{self.done:,}"
        line = f"[{self.task}] {body} {rate:,.0f}/s {elapsed:.1f}s"
        if self.tty:
            end = "\n" if final else ""
            print(f"\r\033[K{line}", end=end, file=self.stream, flush=True)
        else:
            print(f"{line}{' done' if final else ''}", file=self.stream, flush=True)
