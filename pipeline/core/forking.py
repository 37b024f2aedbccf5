"""When a stage may fork worker processes.

Forking copies only the calling thread. In a process that runs other threads (an Airflow task
process: heartbeat and log threads), a lock one of them holds at that moment stays locked forever
in the child, and the worker can hang. Stages therefore fork only from a single-threaded process
(the CLI, a benchmark) and otherwise work in-process; in Airflow, parallelism comes from mapped
tasks over shards instead.

One kind of helper thread does not count: a thread that holds no lock at the moment of any fork,
because everything it does happens under a lock that an ``os.register_at_fork`` handler acquires
before every fork and releases after it (the progress display's ticker,
:mod:`pipeline.core.progress`). Such a thread is declared with :func:`allow_fork_beside`.
"""

from __future__ import annotations

import threading
import weakref

_FORK_SAFE: weakref.WeakSet[threading.Thread] = weakref.WeakSet()


def allow_fork_beside(thread: threading.Thread) -> None:
    """Declare ``thread`` harmless to a fork (see the module docstring for the condition it must meet)."""
    _FORK_SAFE.add(thread)


def fork_is_safe() -> bool:
    """True where ``fork`` exists and no other thread than declared helpers runs (nothing can hold a lock)."""
    import multiprocessing

    me = threading.current_thread()
    others = [t for t in threading.enumerate() if t is not me and t not in _FORK_SAFE]
    return "fork" in multiprocessing.get_all_start_methods() and not others
