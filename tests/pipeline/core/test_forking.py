import subprocess
import sys
import threading

from pipeline.core.forking import fork_is_safe


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
