"""bench/memtrace.py: the trace names the peak, the progress line before it, and passes the exit code on."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHILD = (
    "import sys, time; sys.stderr.write('[1/1 demo] started\\n'); sys.stderr.flush(); "
    "block = bytearray(80 * 2**20); time.sleep(1.5); sys.exit(3)"
)


def test_trace_of_a_process_that_holds_80_mib():
    out = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "memtrace.py"), "--every", "0.1", "--", sys.executable, "-c", CHILD],
        capture_output=True,
        text=True,
        check=False,
    )
    assert out.returncode == 3
    first = out.stdout.splitlines()[0]
    assert first.startswith("largest process ") and first.endswith(": [1/1 demo] started")
    assert int(first.split()[2].replace(",", "")) >= 80
    assert out.stdout.splitlines()[-1] == "exit 3"


def test_a_command_is_required():
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "memtrace.py")], capture_output=True, text=True)
    assert out.returncode == 2 and "give the command to trace after --" in out.stderr
