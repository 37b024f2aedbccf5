"""Benchmark the validate stage (all GX suites, Data Docs included) on Stanford Alpaca (52,002 records).

    # once: build the run directory (work/ingest.parquet, work/ingest.json) from the Alpaca JSON
    .venv/bin/python bench/bench_validate.py prepare --run-dir /tmp/bench-validate
    # timed, in a fresh process (GX start-up included), under the common harness:
    flock /tmp/bench.lock .venv/bin/python bench/harness.py --records 52002 --label validate --repeat 3 -- \
        .venv/bin/python bench/bench_validate.py run --run-dir /tmp/bench-validate

``prepare`` adds two synthetic annotations, one entity span and BIO tags per record (Alpaca has none)
so that every suite (records, annotations, deidentified, export, spans) runs; ``--plain`` leaves them out.
``run`` reads the records, calls ``pipeline.stages.validate.stage.run`` once and prints one JSON line: seconds for
reading and for the stage (which imports GX, opens the run's GX context, runs every suite and builds
Data Docs), the verdict and the failed checks (names only), peak RSS and the load average. Raw Alpaca
holds real e-mail addresses and 28 empty outputs, so the gate blocks; that is the expected verdict and
costs the same work as a pass. Exit status 0 either way.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

from bench.public_data import PUBLIC_DATA

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")

ALPACA = PUBLIC_DATA / "instruct" / "en" / "stanford_alpaca_data.json"


SPAN_TYPE = "list<struct<start: int64, end: int64, label: string, text: string>>"


def _synthetic_annotations(i: int, instruction: str) -> dict:
    """Two annotations, one entity span on the instruction and its BIO tags (so every suite has rows)."""
    labels = ("positive", "negative", "neutral")
    end = min(5, len(instruction)) or 1
    return {
        "annotations": [
            {"annotator_id": "a1", "label": labels[i % 3], "confidence": 0.9},
            {"annotator_id": "a2", "label": labels[(i // 3) % 3], "confidence": None},
        ],
        "spans": [{"start": 0, "end": end, "label": "TERM", "text": instruction[:end]}] if instruction else [],
        "bio_tags": ["B-TERM", "I-TERM", "O"],
    }


def prepare(run_dir: Path, source: Path, plain: bool) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from pipeline.core.records import RECORD_SCHEMA

    rows = json.loads(source.read_text(encoding="utf-8"))
    records = [
        {
            "record_id": f"alpaca-{i:06d}",
            "instruction": r["instruction"],
            "input": r.get("input", ""),
            "output": r["output"],
            "corpus": "stanford_alpaca",
            "source_file": source.name,
            "source_index": i,
            "lang": "en",
        }
        for i, r in enumerate(rows)
    ]
    schema = RECORD_SCHEMA
    if not plain:
        for i, rec in enumerate(records):
            rec.update(_synthetic_annotations(i, rec["instruction"]))
        span = pa.struct([("start", pa.int64()), ("end", pa.int64()), ("label", pa.string()), ("text", pa.string())])
        schema = pa.schema(
            [*RECORD_SCHEMA, pa.field("spans", pa.list_(span)), pa.field("bio_tags", pa.list_(pa.string()))]
        )
    table = pa.Table.from_pylist(records, schema=schema)
    (run_dir / "work").mkdir(parents=True, exist_ok=True)
    pq.write_table(table, run_dir / "work" / "ingest.parquet")
    (run_dir / "work" / "ingest.json").write_text(
        json.dumps({"stage": "ingest", "records_in": table.num_rows}), encoding="utf-8"
    )
    print(json.dumps({"prepared": str(run_dir), "records": table.num_rows}))


def run(run_dir: Path) -> None:
    import pyarrow.parquet as pq

    from pipeline.config import parse_config
    from pipeline.core.stage import StageContext
    from pipeline.errors import ValidationFailed

    t0 = time.perf_counter()
    table = pq.read_table(run_dir / "work" / "ingest.parquet")
    t_read = time.perf_counter() - t0
    config = parse_config(
        {"validate": {"labels": ["positive", "negative", "neutral"], "span_text_column": "instruction"}},
        source="bench",
        base_dir=ROOT,
    )
    ctx = StageContext(run_dir=run_dir, config=config)
    t1 = time.perf_counter()
    from pipeline.stages.validate.stage import run as validate

    try:
        result = validate(table, ctx)
        verdict, failed = "passed", sorted(result.report.get("warnings", []), key=str)
    except ValidationFailed:
        verdict, failed = "blocked", []
    t_stage = time.perf_counter() - t1
    summary = json.loads((run_dir / "reports" / "validation.json").read_text(encoding="utf-8"))
    failed = sorted(
        {f"{e['check']}[{e.get('column', '')}]" for e in summary["failed_blocking"] + summary["failed_warning"]}
    )
    print(
        json.dumps(
            {
                "records": table.num_rows,
                "read_s": round(t_read, 3),
                "stage_s": round(t_stage, 3),
                "verdict": verdict,
                "failed": failed,
                "suites": [s["suite"] for s in summary["suites"]],
                "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
                "load1": round(os.getloadavg()[0], 2),
            }
        )
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=["prepare", "run"])
    parser.add_argument("--run-dir", type=Path, default=Path("/tmp/bench-validate"))
    parser.add_argument("--source", type=Path, default=ALPACA)
    parser.add_argument("--plain", action="store_true", help="prepare: no synthetic annotations/spans")
    args = parser.parse_args()
    if args.mode == "prepare":
        prepare(args.run_dir, args.source, args.plain)
    else:
        run(args.run_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
