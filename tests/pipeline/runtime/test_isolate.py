"""A step in a process of its own: its result, errors and progress come back as if it ran here."""

from __future__ import annotations

import os
import signal
from collections.abc import Sequence

import pytest

from pipeline.core.forking import fork_is_safe
from pipeline.core.progress import Progress
from pipeline.errors import ConfigError, StepFailed, ValidationFailed
from pipeline.runtime import isolate
from pipeline.runtime.isolate import ForwardedProgress, RemoteTraceback, in_own_process


@pytest.fixture(autouse=True)
def _single_threaded() -> None:
    """These tests need a fork; name any thread another test left running that stops it."""
    import threading

    others = [t.name for t in threading.enumerate() if t is not threading.current_thread()]
    assert fork_is_safe(), f"threads left running: {others}"


class Recorder:
    """A progress that records the calls it gets."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[object, ...]]] = []

    def start(self, task: str, total: int | None = None, unit: str = "records") -> None:
        self.calls.append(("start", (task, total, unit)))

    def advance(self, n: int = 1) -> None:
        self.calls.append(("advance", (n,)))

    def finish(self) -> None:
        self.calls.append(("finish", ()))

    def plan(self, stages: Sequence[str]) -> None:
        self.calls.append(("plan", (list(stages),)))

    def begin_stage(self, name: str, total: int | None = None, phase: str | None = None) -> None:
        self.calls.append(("begin_stage", (name, total, phase)))

    def reached(self, done: int) -> None:
        self.calls.append(("reached", (done,)))

    def end_stage(self) -> None:
        self.calls.append(("end_stage", ()))


def test_the_step_runs_in_another_process_and_its_result_comes_back() -> None:
    here = os.getpid()
    pid, value = in_own_process(lambda _p: (os.getpid(), {"records": 3}), Recorder(), "stage 'x'")
    assert pid != here
    assert value == {"records": 3}


def test_progress_is_replayed_in_order_with_advances_merged() -> None:
    def step(p: Progress) -> None:
        p.begin_stage("clean", 1000, None)
        p.start("filters", 1000)
        for _ in range(1000):
            p.advance()
        p.finish()
        p.reached(1000)
        p.end_stage()

    rec = Recorder()
    in_own_process(step, rec, "stage 'clean'")
    names = [name for name, _ in rec.calls]
    assert names[:2] == ["begin_stage", "start"] and names[-3:] == ["finish", "reached", "end_stage"]
    assert sum(int(args[0]) for name, args in rec.calls if name == "advance") == 1000  # type: ignore[call-overload]
    assert len(names) < 100  # merged, not one message per record
    assert rec.calls[0] == ("begin_stage", ("clean", 1000, None))
    assert ("reached", (1000,)) in rec.calls


def test_forwarded_advances_wait_for_the_flush_interval() -> None:
    sent: list[object] = []

    class Conn:
        def send(self, obj: object) -> None:
            sent.append(obj)

    now = [0.0]
    fwd = ForwardedProgress(Conn(), clock=lambda: now[0])  # type: ignore[arg-type]
    fwd.advance(2)
    fwd.advance(3)
    assert sent == []
    now[0] = isolate.FLUSH_SECONDS
    fwd.advance(1)
    assert sent == [("progress", ("advance", (6,)))]
    fwd.reached(10)
    fwd.end_stage()  # sends what is pending first
    assert sent[1:] == [("progress", ("reached", (10,))), ("progress", ("end_stage", ()))]


@pytest.mark.parametrize(
    "error",
    [
        ConfigError("config.yaml: deidentify.policy: file not found"),
        ValidationFailed("blocking checks failed: expect_column_values_to_not_be_null"),
        StepFailed("stage 'dedup': no space left on device (ENOSPC): /run/x", retryable=False),
        StepFailed("stage 'clean': internal error KeyError at pipeline/x.py:3", retryable=False, internal=True),
    ],
)
def test_a_pipeline_error_keeps_its_class_message_and_attributes(error: Exception) -> None:
    def step(_p: Progress) -> None:
        raise error

    with pytest.raises(type(error)) as caught:
        in_own_process(step, Recorder(), "stage 'x'")
    assert str(caught.value) == str(error)
    assert caught.value is not error  # it came through the pipe
    assert vars(caught.value) == vars(error)
    assert isinstance(caught.value.__cause__, RemoteTraceback)
    assert "Traceback" in str(caught.value.__cause__)


def test_an_exception_that_does_not_pickle_becomes_an_internal_step_failure() -> None:
    class Odd(Exception):
        def __init__(self, a: int, b: int) -> None:
            super().__init__(a + b)

    def step(_p: Progress) -> None:
        raise Odd(1, 2)

    with pytest.raises(StepFailed) as caught:
        in_own_process(step, Recorder(), "stage 'x'")
    assert str(caught.value) == "internal error Odd"
    assert caught.value.internal and not caught.value.retryable
    assert "Odd" in str(caught.value.__cause__)


def test_a_child_killed_without_an_answer_is_a_retryable_failure_naming_the_step_and_signal() -> None:
    def step(_p: Progress) -> None:
        os.kill(os.getpid(), signal.SIGKILL)

    assert fork_is_safe()  # or the step would kill the test process itself

    with pytest.raises(StepFailed) as caught:
        in_own_process(step, Recorder(), "stage 'dedup'")
    assert str(caught.value) == "stage 'dedup': its process was killed by SIGKILL before it finished; rerun to resume"
    assert caught.value.retryable


def test_without_a_safe_fork_the_step_runs_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(isolate, "fork_is_safe", lambda: False)
    assert in_own_process(lambda _p: os.getpid(), Recorder(), "stage 'x'") == os.getpid()


def test_step_failed_pickles_with_its_keywords() -> None:
    import pickle

    error = StepFailed("stage 'x': out of memory", retryable=True)
    copy = pickle.loads(pickle.dumps(error))
    assert (type(copy), str(copy), copy.retryable, copy.internal) == (StepFailed, str(error), True, False)
