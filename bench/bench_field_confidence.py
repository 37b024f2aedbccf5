"""Benchmark of field-level confidence: scoring annotated fields of synthetic records.

Run from the repository root (under the shared lock, 2 cores are shared):

    flock /tmp/bench.lock .venv/bin/python bench/bench_field_confidence.py [--records 100000]

Seeded synthetic records, 3 annotators each, 3 annotated fields per annotation (amount, date,
reference_number; 10% of values differ between annotators, 5% do not parse as their kind), and a
previous version's values for half the records. Times the steps the agreement stage runs:
flattening (``long_field_values``), scoring (``score_fields``), thresholds (``flagged``) and the
exported ``field_confidence`` column. Output: one JSON document on stdout.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

import numpy as np
import pyarrow as pa

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.config.field_confidence import default_field_types  # noqa: E402
from pipeline.core.records import ANNOTATION_TYPE  # noqa: E402
from pipeline.stages.agreement.field_confidence import (  # noqa: E402
    flagged,
    long_field_values,
    previous_by_row,
    score_fields,
)


def synthetic(n: int, seed: int = 0) -> tuple[pa.Table, pa.Table]:
    """``annotations`` of ``n`` records (3 annotators, 3 fields) and a previous version's values."""
    rng = np.random.default_rng(seed)
    rows = []
    prev_ids, prev_names, prev_values = [], [], []
    for i in range(n):
        truth = {
            "amount": f"¥{rng.integers(1, 99999):,}",
            "date": f"2024-{rng.integers(1, 13):02d}-{rng.integers(1, 29):02d}",
            "reference_number": f"INV-{rng.integers(1000, 9999)}",
        }
        if rng.random() < 0.05:
            truth["amount"] = "about a thousand"
        anns = []
        for a in range(3):
            fields = []
            for name in sorted(truth):
                value = truth[name] if rng.random() >= 0.1 else f"{truth[name]}x"
                fields.append({"name": name, "value": value, "confidence": float(round(rng.uniform(0.5, 1.0), 2))})
            anns.append({"annotator_id": f"ann-{a}", "label": "good", "confidence": 0.9, "fields": fields})
        rows.append(anns)
        if i % 2 == 0:
            for name, value in truth.items():
                prev_ids.append(f"r{i}")
                prev_names.append(name)
                prev_values.append(value)
    table = pa.table(
        {"record_id": pa.array([f"r{i}" for i in range(n)]), "annotations": pa.array(rows, pa.list_(ANNOTATION_TYPE))}
    )
    return table, pa.table({"record_id": prev_ids, "name": prev_names, "value": prev_values})


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=100_000)
    args = parser.parse_args()
    table, previous = synthetic(args.records)
    rules = default_field_types()
    out: dict[str, float | int] = {"records": args.records}
    # CPU seconds of this process (process_time) beside wall seconds: on the shared machine the
    # wall time mostly measures the other jobs
    marks = [(time.perf_counter(), time.process_time())]
    long = long_field_values(table)
    marks.append((time.perf_counter(), time.process_time()))
    prev = previous_by_row(table.column("record_id").combine_chunks(), previous)
    marks.append((time.perf_counter(), time.process_time()))
    scores = score_fields(long, rules, set(), prev)
    marks.append((time.perf_counter(), time.process_time()))
    flags = {r: f for r, s in scores.by_row.items() if (f := flagged(s, rules))}
    marks.append((time.perf_counter(), time.process_time()))
    column = scores.column(table.num_rows)
    marks.append((time.perf_counter(), time.process_time()))
    steps = ("flatten", "previous_values", "score", "thresholds", "column")
    out |= {"field_annotations": long.num_rows, "records_flagged": len(flags)}
    for i, step in enumerate(steps):
        out[f"{step}_cpu_s"] = round(marks[i + 1][1] - marks[i][1], 3)
        out[f"{step}_wall_s"] = round(marks[i + 1][0] - marks[i][0], 3)
    out |= {
        "total_cpu_s": round(marks[-1][1] - marks[0][1], 3),
        "total_wall_s": round(marks[-1][0] - marks[0][0], 3),
        "column_items": len(column.flatten()),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    json.dump(out, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
