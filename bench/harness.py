"""Time a command: wall seconds, records/s and peak memory (max RSS of the child process).

    python bench/harness.py --records 52002 --label "ingest+export" -- python -m pipeline run ...

Prints one Markdown table row (label, seconds, records/s, peak MiB, command) and, with --json, a
JSON line. Repeat with --repeat N to report the best and the median wall time.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import statistics
import subprocess
import sys
import time


def run_once(cmd: list[str]) -> tuple[float, float]:
    """Run ``cmd`` in a fresh process; return (wall seconds, peak RSS MiB of that process)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"command failed with exit code {os.waitstatus_to_exitcode(status)}: {shlex.join(cmd)}")
    return wall, usage.ru_maxrss / 1024.0


def main() -> int:
    """Parse arguments, run the command and print the result row."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=0, help="records processed (for records/s)")
    parser.add_argument("--label", default="", help="row label")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("cmd", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    cmd = args.cmd[1:] if args.cmd[:1] == ["--"] else args.cmd
    if not cmd:
        parser.error("give the command after --")
    runs = [run_once(cmd) for _ in range(args.repeat)]
    walls = [w for w, _ in runs]
    best = min(walls)
    peak = max(m for _, m in runs)
    rate = args.records / best if args.records else 0.0
    load = os.getloadavg()[0]
    row = {
        "label": args.label,
        "best_s": round(best, 3),
        "median_s": round(statistics.median(walls), 3),
        "records_per_s": round(rate),
        "peak_mib": round(peak, 1),
        "load1": round(load, 2),
        "command": shlex.join(cmd),
    }
    if args.json:
        print(json.dumps(row))
    print(f"| {args.label} | {best:.2f} | {rate:,.0f} | {peak:,.0f} | `{shlex.join(cmd)}` |", file=sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
