"""Fixtures of the DAG tests."""

from __future__ import annotations

import weakref
from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True, scope="module")
def _no_execution_api_thread_left() -> Iterator[None]:
    """Shut down the in-process execution API that ``dag.test()`` starts, so a later test can fork.

    Airflow caches the API (``in_process_api_server``, an ``lru_cache``) and runs its event loop in a thread
    that stops only when a finalizer of the API's transport runs; a global of the task runner keeps the
    transport alive, so a worker that ran a DAG test would keep the thread for the rest of the session, and
    the tests that fork a stage (``tests/pipeline/runtime/test_isolate.py``) refuse to fork beside a thread.
    Here the finalizer is run when a DAG test module ends (it closes the API's lifespan, stops the loop and
    joins the thread), and the cache is cleared so that the next DAG test builds a fresh API.
    """
    yield
    from airflow.api_fastapi.execution_api import app
    from airflow.sdk.execution_time import supervisor

    supervisor.in_process_api_server.cache_clear()
    # weakref.finalize keeps its live finalizers in a class-level registry (CPython since 3.4)
    for finalizer in list(getattr(weakref.finalize, "_registry", {})):
        info = finalizer.peek()
        if info is not None and info[1] is app._shutdown_loop:
            finalizer()
