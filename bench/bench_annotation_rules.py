"""Benchmark the validate stage's annotation rules (``rule_verdicts``) on synthetic annotated records.

    .venv/bin/python bench/bench_annotation_rules.py --records 50000

Builds ``--records`` Chinese records of about 40 characters, each with two entity spans, character
BIO tags and an intent, checked against the bundled example guideline (``examples/guideline/medical.yaml``);
a third of them had their annotated field changed after ingest (a phone number replaced, as
de-identification does), so their spans and tags are carried over. Prints one JSON line: records,
wall and CPU seconds for the rules on annotated records and on the same number of plain records (no
annotations: the rows are skipped in Arrow), records per CPU second, and the load average (on a shared
machine the CPU time is the comparable figure).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def build(n: int, annotated: bool) -> tuple[object, object]:
    import pyarrow as pa

    from pipeline.core.records import RECORD_SCHEMA

    rows, ingest = [], []
    for i in range(n):
        original = f"请联系医生，电话1381234{i % 10000:04d}，我最近持续性头痛，还有点咳嗽，第{i}天。"
        text = original.replace(f"1381234{i % 10000:04d}", "<PHONE>") if i % 3 == 0 else original
        base = {
            "record_id": f"r{i}",
            "instruction": "标出症状",
            "output": "持续性头痛、咳嗽",
            "corpus": "bench",
            "source_file": "bench.jsonl",
            "source_index": i,
            "lang": "zh",
        }
        extra: dict[str, object] = {}
        if annotated:
            a = original.index("持续性头痛")
            b = original.index("咳嗽")
            tags = ["O"] * len(original)
            for s, e in ((a, a + 5), (b, b + 2)):
                tags[s] = "B-symptom"
                tags[s + 1 : e] = ["I-symptom"] * (e - s - 1)
            extra = {
                "spans": [
                    {"start": a, "end": a + 5, "label": "symptom", "text": "持续性头痛"},
                    {"start": b, "end": b + 2, "label": "symptom", "text": "咳嗽"},
                ],
                "bio_tags": tags,
                "intent": "ask_symptom",
            }
        rows.append({**base, "input": text, **extra})
        ingest.append({**base, "input": original, **extra})
    return pa.Table.from_pylist(rows, schema=RECORD_SCHEMA), pa.Table.from_pylist(ingest, schema=RECORD_SCHEMA)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=50_000)
    args = parser.parse_args()

    from pipeline.config import parse_config
    from pipeline.config.guideline import load_guideline
    from pipeline.stages.validate.rules import Rules, rule_verdicts

    rules = Rules.from_config(
        parse_config({}, source="bench", base_dir=ROOT), load_guideline(ROOT / "examples/guideline/medical.yaml")
    )
    out: dict[str, object] = {"records": args.records}
    for label, annotated in (("annotated", True), ("plain", False)):
        table, ingest = build(args.records, annotated)
        t0, c0 = time.perf_counter(), time.process_time()
        cols, counts = rule_verdicts(table, ingest, rules)
        secs, cpu = time.perf_counter() - t0, time.process_time() - c0
        out[f"{label}_seconds"] = round(secs, 3)
        out[f"{label}_cpu_seconds"] = round(cpu, 3)
        out[f"{label}_records_per_cpu_s"] = round(args.records / cpu) if cpu else None
        if annotated:
            out["kept"] = cols.column("rule_outcome").null_count
            out["counts"] = counts
    out["load_1min"] = round(os.getloadavg()[0], 1)
    print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main()
