import threading

from pipeline.forking import fork_is_safe


def test_fork_is_unsafe_while_another_thread_runs():
    assert fork_is_safe()
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert not fork_is_safe()
    finally:
        stop.set()
        thread.join()
    assert fork_is_safe()
