"""Where a pipeline run holds its memory: RSS of the process tree over time, next to the CLI's progress lines.

    .venv/bin/python bench/memtrace.py [--every 0.5] [--bucket 15] -- .venv/bin/python -m pipeline run --corpus C --out O

Runs the command, samples every ``--every`` seconds the RSS of the command's process and of each of
its worker processes (``psutil``), and prints the largest single process and the largest sum over the
tree (both with the progress line the CLI printed last before that moment), then one line per
``--bucket`` seconds. RSS counts pages a forked worker shares with its parent in both, so the tree
sum overstates what the machine holds; the single-process peak does not. Progress lines come from
the command's stderr, so do not pass ``--quiet``.
"""

from __future__ import annotations

import argparse
import subprocess
import threading
import time

import psutil


def main(argv: list[str] | None = None) -> int:
    """Run the command after ``--`` and print its memory trace; returns the command's exit code."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--every", type=float, default=0.5, help="seconds between samples")
    parser.add_argument("--bucket", type=float, default=15.0, help="seconds per line of the trace")
    parser.add_argument("command", nargs=argparse.REMAINDER, help="-- then the command to run")
    args = parser.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("give the command to trace after --")
    start = time.monotonic()
    proc = subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    lines: list[tuple[float, str]] = []

    def read() -> None:
        assert proc.stderr is not None
        for line in proc.stderr:
            lines.append((time.monotonic() - start, line.strip()[:100]))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    root = psutil.Process(proc.pid)
    samples: list[tuple[float, float, float, int]] = []  # (t, tree MiB, largest process MiB, processes)
    while proc.poll() is None:
        try:
            rss = [p.memory_info().rss for p in [root, *root.children(recursive=True)]]
        except psutil.Error:  # a worker ended between listing and reading
            rss = []
        if rss:
            samples.append((time.monotonic() - start, sum(rss) / 2**20, max(rss) / 2**20, len(rss)))
        time.sleep(args.every)
    reader.join(timeout=2)

    def said_before(t: float) -> str:
        before = [text for at, text in lines if at <= t]
        return before[-1] if before else ""

    if samples:
        single = max(samples, key=lambda s: s[2])
        tree = max(samples, key=lambda s: s[1])
        print(f"largest process {single[2]:,.0f} MiB at {single[0]:.0f} s: {said_before(single[0])}")
        print(f"largest tree sum {tree[1]:,.0f} MiB ({tree[3]} processes) at {tree[0]:.0f} s: {said_before(tree[0])}")
        buckets: dict[int, tuple[float, float, int]] = {}
        for t, total, largest, n in samples:
            key = int(t // args.bucket)
            buckets[key] = max(buckets.get(key, (0.0, 0.0, 0)), (largest, total, n))
        for key, (largest, total, n) in buckets.items():
            at = key * args.bucket
            print(
                f"{at:6.0f} s  process {largest:7,.0f} MiB  tree {total:7,.0f} MiB  ({n})  {said_before(at + args.bucket)}"
            )
    print(f"exit {proc.returncode}")
    return proc.returncode or 0


if __name__ == "__main__":
    raise SystemExit(main())
