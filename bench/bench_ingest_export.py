"""Benchmark: ingest + export of Stanford Alpaca (52,002 records) beside the pyarrow floor.

    python bench/bench_ingest_export.py [--corpus PATH] [--repeat 3]

Needs the public data folder (bench/data/README.md; not part of the repository). Prints Markdown rows for docs/BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.public_data import PUBLIC_DATA

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = PUBLIC_DATA / "instruct" / "en" / "stanford_alpaca_data.json"


def main() -> int:
    """Run both measurements through bench/harness.py."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(DEFAULT))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    n = len(json.loads(Path(args.corpus).read_text(encoding="utf-8")))
    py = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        print("| what | best wall s | records/s | peak MiB | command |")
        print("|---|---|---|---|---|")
        for label, cmd in [
            (
                "floor: json.load + pyarrow Parquet write",
                [py, "bench/floor_pyarrow.py", args.corpus, f"{tmp}/floor.parquet"],
            ),
            ("ingest + export (this project)", [py, "bench/ingest_export_only.py", args.corpus, f"{tmp}/run"]),
        ]:
            subprocess.run(
                [
                    py,
                    "bench/harness.py",
                    "--records",
                    str(n),
                    "--label",
                    label,
                    "--repeat",
                    str(args.repeat),
                    "--",
                    *cmd,
                ],
                check=True,
                cwd=ROOT,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
