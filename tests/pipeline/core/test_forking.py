import os
import signal
import subprocess
import sys
import threading
import time

import pytest

from pipeline.core.forking import fork_is_safe
from tests.support.processes import alive


def test_fork_is_safe_in_a_single_threaded_process():
    code = "from pipeline.core.forking import fork_is_safe; print(fork_is_safe())"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True"


def test_fork_is_unsafe_while_another_thread_runs():
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert not fork_is_safe()
    finally:
        stop.set()
        thread.join()


CHILD_SCRIPT = """
import multiprocessing, os, sys, time
from concurrent.futures import ProcessPoolExecutor
from pipeline.core import forking

if sys.argv[1] == "guarded":
    assert forking.fork_is_safe()  # installs the guard, as a stage asking before it forks does

def nap(_):
    time.sleep(600)

pool = ProcessPoolExecutor(max_workers=2, mp_context=multiprocessing.get_context("fork"))
futures = [pool.submit(nap, i) for i in range(2)]
time.sleep(1.0)
print(" ".join(str(p) for p in pool._processes), flush=True)
time.sleep(600)
"""


def _workers_after_parent_killed(mode: str) -> list[int]:
    """Start a parent with a 2-worker fork pool, SIGKILL the parent, return the workers still alive 5 s later."""
    parent = subprocess.Popen([sys.executable, "-c", CHILD_SCRIPT, mode], stdout=subprocess.PIPE, text=True)
    workers: list[int] = []
    try:
        assert parent.stdout is not None
        workers = [int(p) for p in parent.stdout.readline().split()]
        assert len(workers) == 2
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait()
        deadline = time.monotonic() + 5
        while any(alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.05)
        return [w for w in workers if alive(w)]
    finally:
        if parent.poll() is None:
            parent.kill()
        for w in workers:
            if alive(w):
                os.kill(w, signal.SIGKILL)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_forked_workers_die_with_their_parent():
    assert _workers_after_parent_killed("guarded") == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_without_the_guard_workers_outlive_their_parent():
    """The control: what the guard prevents does happen without it."""
    assert len(_workers_after_parent_killed("plain")) == 2


def test_a_child_whose_parent_died_before_the_fork_returned_exits():
    """The pid check: a child that finds another parent than the one that forked it exits at once."""
    code = (
        "import os\n"
        "from pipeline.core import forking\n"
        "forking.install_child_guard()\n"
        "forking._before_fork()\n"
        "forking._forking_parent = -1  # as if the parent had died and the child had been reparented\n"
        "forking._guard_child()\n"
        "print('survived')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert (out.returncode, out.stdout) == (1, "")
