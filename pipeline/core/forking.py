"""When a stage may fork worker processes.

Forking copies only the calling thread. In a process that runs other threads (an Airflow task
process: heartbeat and log threads), a lock one of them holds at that moment stays locked forever
in the child, and the worker can hang. Stages therefore fork only from a single-threaded process
(the CLI, a benchmark) and otherwise work in-process; in Airflow, parallelism comes from mapped
tasks over shards instead.
"""

from __future__ import annotations


def fork_is_safe() -> bool:
    """True where ``fork`` exists and this process runs a single thread (nothing can hold a lock)."""
    import multiprocessing
    import threading

    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1
