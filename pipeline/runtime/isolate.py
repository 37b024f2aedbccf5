"""One step of a CLI run in a forked process of its own, so that what the step allocates is freed when it ends.

The CLI runs every stage in one Python process. Memory a stage allocates and frees is not given
back to the operating system reliably (the C allocator and pyarrow's memory pool keep freed pages,
and caches of libraries a stage uses live on), so the process grew stage after stage: traced on
200,000 records, from 734 MiB after ingest to 1,473 MiB at export's end, and the shard workers a
later stage forks inherit that size. :func:`in_own_process` runs a step in a child forked for it
(as Airflow runs each task in a process of its own): the step's memory goes back to the system
when the child exits, and the parent stays at the size of its imports.

What crosses the process boundary: the step's return value and any exception it raised (both
pickled), and the progress it reports (:class:`ForwardedProgress` sends the calls, the parent
replays them on its own display, so the live progress looks as without the child). An exception
keeps its class, message and exit code; the child's traceback is chained to it as its cause. A
child that dies without an answer (killed, out of memory) is reported as a retryable
:class:`~pipeline.errors.StepFailed` naming the step and the signal.

The child is forked only where :func:`pipeline.core.forking.fork_is_safe` allows it; otherwise
the step runs in this process, as before. Within the child the stage may fork its own shard
workers (it is single-threaded), and the child dies with its parent (the fork guard).
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING, TypeVar, cast

from pipeline.core.forking import fork_is_safe
from pipeline.core.progress import RECORDS
from pipeline.errors import PipelineError, StepFailed

if TYPE_CHECKING:
    from pipeline.core.progress import Progress

T = TypeVar("T")

FLUSH_SECONDS = 0.1
"""Longest a forwarded ``advance``/``reached`` waits in the child before it is sent to the parent."""

Message = tuple[str, object]


class RemoteTraceback(Exception):
    """The traceback of an exception raised in a step's own process, chained as the cause of the re-raised one."""


class ForwardedProgress:
    """A :class:`~pipeline.core.progress.Progress` that sends every call to the parent process over a pipe.

    ``advance`` counts and ``reached`` values are merged and sent at most every
    :data:`FLUSH_SECONDS` (a stage may advance once per record); any other call sends what is
    pending first, so the parent sees the calls in their order.
    """

    def __init__(self, conn: Connection, clock: Callable[[], float] = time.monotonic) -> None:
        """Forward to the writing end ``conn``; ``clock`` paces the merged calls."""
        self._conn = conn
        self._clock = clock
        self._advanced = 0
        self._reached: int | None = None
        self._last_sent = clock()

    def start(self, task: str, total: int | None = None, unit: str = RECORDS) -> None:
        """Forward the start of a task."""
        self._call("start", (task, total, unit))

    def advance(self, n: int = 1) -> None:
        """Count ``n`` more units; send the sum when :data:`FLUSH_SECONDS` have passed."""
        self._advanced += n
        self._maybe_flush()

    def finish(self) -> None:
        """Forward the end of a task."""
        self._call("finish", ())

    def plan(self, stages: Sequence[str]) -> None:
        """Forward the plan."""
        self._call("plan", (list(stages),))

    def begin_stage(self, name: str, total: int | None = None, phase: str | None = None) -> None:
        """Forward the start of a stage (or phase)."""
        self._call("begin_stage", (name, total, phase))

    def reached(self, done: int) -> None:
        """Remember the stage's progress; send the latest when :data:`FLUSH_SECONDS` have passed."""
        self._reached = done
        self._maybe_flush()

    def end_stage(self) -> None:
        """Forward the end of a stage."""
        self._call("end_stage", ())

    def flush(self) -> None:
        """Send the merged ``advance``/``reached`` calls not sent yet."""
        if self._advanced:
            self._conn.send(("progress", ("advance", (self._advanced,))))
            self._advanced = 0
        if self._reached is not None:
            self._conn.send(("progress", ("reached", (self._reached,))))
            self._reached = None
        self._last_sent = self._clock()

    def _maybe_flush(self) -> None:
        if self._clock() - self._last_sent >= FLUSH_SECONDS:
            self.flush()

    def _call(self, method: str, args: tuple[object, ...]) -> None:
        self.flush()
        self._conn.send(("progress", (method, args)))


def in_own_process(step: Callable[[Progress], T], progress: Progress, label: str) -> T:
    """Run ``step(progress)`` in a forked child and return its result (or raise its exception) here.

    ``label`` names the step in the error for a child that died without an answer (``stage 'dedup'``).
    Where forking is not safe, ``step`` runs in this process.
    """
    if not fork_is_safe():
        return step(progress)
    import multiprocessing

    reader, writer = multiprocessing.Pipe(duplex=False)
    for stream in (sys.stdout, sys.stderr):  # nothing buffered may be written twice
        stream.flush()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child; its behaviour is tested through the parent
        reader.close()
        _child(step, writer)
    writer.close()
    try:
        return cast("T", _parent(reader, pid, progress, label))
    finally:
        reader.close()


def _child(step: Callable[[Progress], T], writer: Connection) -> None:  # pragma: no cover - runs in the child
    """Run the step, send its answer, and leave without running the parent's exit handlers."""
    code = 0
    forwarded = ForwardedProgress(writer)
    try:
        try:
            answer: Message = ("result", step(forwarded))
        except BaseException as exc:
            answer = ("error", _portable(exc))
            code = 1
        forwarded.flush()
        writer.send(answer)
        writer.close()
    except BaseException:
        code = 1
    finally:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):
                stream.flush()
        os._exit(code)


def _portable(exc: BaseException) -> tuple[BaseException, str]:
    """``exc`` as it can be pickled (or a StepFailed with its message), with its traceback text."""
    text = "".join(traceback.format_exception(exc))
    try:
        copy = pickle.loads(pickle.dumps(exc))  # the chain and traceback are not pickled: they travel as text
        if type(copy) is type(exc) and str(copy) == str(exc):
            return exc, text
    except Exception:
        pass
    message = str(exc) if isinstance(exc, PipelineError) else f"internal error {type(exc).__name__}"
    return StepFailed(message, retryable=False, internal=True), text


def _parent(reader: Connection, pid: int, progress: Progress, label: str) -> object:
    """Replay the child's progress, wait for it, and return its result or raise its exception."""
    answer: Message | None = None
    try:
        while True:
            try:
                kind, payload = reader.recv()
            except EOFError:
                break
            if kind == "progress":
                method, args = payload
                getattr(progress, method)(*args)
            else:
                answer = (kind, payload)
    except BaseException:
        _stop(pid)
        raise
    _, status = os.waitpid(pid, 0)
    if answer is None:
        raise StepFailed(f"{label}: its process {_ended(status)} before it finished; rerun to resume", retryable=True)
    kind, payload = answer
    if kind == "result":
        return payload
    exc, text = cast("tuple[BaseException, str]", payload)
    raise exc from RemoteTraceback(text)


def _stop(pid: int) -> None:
    """End the child (the parent was interrupted) and reap it."""
    try:
        os.kill(pid, signal.SIGTERM)
        os.waitpid(pid, 0)
    except (ProcessLookupError, ChildProcessError):
        pass


def _ended(status: int) -> str:
    """How a child ended, in words: ``was killed by SIGKILL`` or ``exited with status 1``."""
    if os.WIFSIGNALED(status):
        number = os.WTERMSIG(status)
        try:
            name = signal.Signals(number).name
        except ValueError:
            name = f"signal {number}"
        return f"was killed by {name}"
    return f"exited with status {os.WEXITSTATUS(status)}"
