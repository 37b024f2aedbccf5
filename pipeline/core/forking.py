"""When a stage may fork worker processes, and forked workers that die with their parent.

Forking copies only the calling thread. In a process that runs other threads (an Airflow task
process: heartbeat and log threads), a lock one of them holds at that moment stays locked forever
in the child, and the worker can hang. Stages therefore fork only from a single-threaded process
(the CLI, a benchmark) and otherwise work in-process; in Airflow, parallelism comes from mapped
tasks over shards instead.

A worker must not outlive the process that forked it: killed with SIGKILL, a parent cannot stop
its pool, and workers blocked on the pool's queue would wait forever (holding memory and the
models they inherited). :func:`install_child_guard` makes every process forked from then on (by
``os.fork``, ``multiprocessing``'s fork context, ``ProcessPoolExecutor``) die with its parent:
on Linux the kernel sends it SIGKILL when the parent dies (``prctl(PR_SET_PDEATHSIG)``), elsewhere
a watchdog thread in the child polls the parent's pid. Either way the child also checks, right
after the fork, that its parent is still the process that forked it (the parent may die before the
signal is armed). :func:`fork_is_safe` installs the guard, so every stage that asks it before
forking gets workers that die with it.

One kind of helper thread does not count: a thread that holds no lock at the moment of any fork,
because everything it does happens under a lock that an ``os.register_at_fork`` handler acquires
before every fork and releases after it (the progress display's ticker,
:mod:`pipeline.core.progress`). Such a thread is declared with :func:`allow_fork_beside`.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import weakref
from collections.abc import Callable

_PR_SET_PDEATHSIG = 1
"""``prctl`` option: the signal the kernel sends this process when its parent thread dies (linux/prctl.h)."""

_WATCHDOG_SECONDS = 1.0
"""How often a child polls its parent's pid where the kernel cannot signal it (not Linux)."""

_installed = False
_install_lock = threading.Lock()
_forking_parent: int | None = None
"""Pid of the process that is forking right now, set just before the fork (None: guard off for it)."""
_prctl: Callable[[int, int, int, int, int], int] | None = None


_FORK_SAFE: weakref.WeakSet[threading.Thread] = weakref.WeakSet()

_in_worker = False
"""True in a worker of a shard pool (:func:`forbid_forks`): its stages work in-process."""


def forbid_forks() -> None:
    """Make :func:`fork_is_safe` False in this process from now on.

    A worker that runs whole shards side by side with other workers calls it first: the cores are
    already busy with shards, so a stage inside it works in-process instead of forking workers of
    its own.
    """
    global _in_worker
    _in_worker = True


def allow_fork_beside(thread: threading.Thread) -> None:
    """Declare ``thread`` harmless to a fork (see the module docstring for the condition it must meet)."""
    _FORK_SAFE.add(thread)


def fork_is_safe() -> bool:
    """True where ``fork`` exists and no other thread than declared helpers runs (nothing can hold a lock).

    When it returns True the caller is about to fork: the child guard is installed first
    (:func:`install_child_guard`), so the workers it forks die with this process.
    """
    import multiprocessing

    if _in_worker:
        return False
    me = threading.current_thread()
    others = [t for t in threading.enumerate() if t is not me and t not in _FORK_SAFE]
    safe = "fork" in multiprocessing.get_all_start_methods() and not others
    if safe:
        install_child_guard()
    return safe


def install_child_guard() -> None:
    """Make every process this one forks from now on (from its main thread) die when this process dies.

    Idempotent. Forks from another thread are left alone: the kernel's parent-death signal follows
    the forking *thread*, which may end long before the process does.
    """
    global _installed, _prctl
    if not hasattr(os, "register_at_fork"):  # pragma: no cover - no fork on this platform
        return
    with _install_lock:
        if _installed:
            return
        if sys.platform.startswith("linux"):
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)  # the C library this interpreter runs on
            _prctl = libc.prctl  # looked up now: the child only calls it
        os.register_at_fork(before=_before_fork, after_in_parent=_after_fork, after_in_child=_guard_child)
        _installed = True


def _before_fork() -> None:
    global _forking_parent
    main = threading.current_thread() is threading.main_thread()
    _forking_parent = os.getpid() if main else None


def _after_fork() -> None:
    global _forking_parent
    _forking_parent = None


def _guard_child() -> None:
    """In a freshly forked child: arm the parent-death signal, then make sure the parent is still there."""
    global _forking_parent
    parent, _forking_parent = _forking_parent, None
    if parent is None:
        return
    armed = _prctl is not None and _prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0) == 0
    if os.getppid() != parent:  # the parent died before the signal was armed: this child was reparented
        os._exit(1)
    if not armed:
        threading.Thread(target=_watch_parent, args=(parent,), name="parent-watchdog", daemon=True).start()


def _watch_parent(parent: int) -> None:
    """Exit this process as soon as ``parent`` is no longer its parent (where the kernel cannot signal it)."""
    import time

    while os.getppid() == parent:
        time.sleep(_WATCHDOG_SECONDS)
    os._exit(1)
