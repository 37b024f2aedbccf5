"""Benchmark the validate stage (all GX suites, Data Docs included) on Stanford Alpaca (52,002 records).

    # once, untimed: build the run directory a pipeline run has when validate starts
    .venv/bin/python bench/bench_validate.py prepare --run-dir /tmp/bench-validate
    # timed, in a fresh process (GX start-up included), under the common harness:
    flock /tmp/bench.lock .venv/bin/python bench/harness.py --records 52002 --label validate --repeat 3 -- \
        .venv/bin/python bench/bench_validate.py run --run-dir /tmp/bench-validate

``prepare`` (the default, since 2026-12-08) runs the stages that precede validate in every pipeline
run, with the pipeline's own steps (``pipeline.runtime.steps``: prepare_run, then ingest, clean,
dedup and deidentify, each as ``run_step``): Alpaca is written as JSONL to ``<run-dir>.corpus/``,
the config is the default one plus the synthetic annotations' labels and ``span_text_column:
instruction`` (:data:`VALIDATE_CONFIG`), and ``$INSTRUCTFLOW_PII_KEY`` is set to a bench-only key
when unset. The run directory then holds deidentify's shards and its ``checked-NNNNN.parquet``
digests, which the validate gate reuses (docs/DEIDENTIFY.md section 8), as in every pipeline run.

``prepare --raw`` is the old mode: raw Alpaca records straight into ``work/ingest.parquet``, no stage
run, no digests, so the residual personal-data gate scans all 122,995 texts; it stays as the cost of
a gate over unchecked data. Raw Alpaca holds real e-mail addresses and 28 empty outputs, so the gate
blocks; that is the expected verdict there and costs the same work as a pass.

Either mode adds two synthetic annotations, one entity span and BIO tags per record (Alpaca has
none; in the default mode they go into the JSONL, so ingest reads them and deidentify checks the
records with them) so that every suite (records, annotations, deidentified, export, spans) runs;
``--plain`` leaves them out. ``--limit N`` keeps the first N records (tests).

``run`` times validate alone and prints one JSON line: seconds for reading the records and for the
stage (which imports GX, opens the run's GX context, runs every suite and builds Data Docs), the
verdict and the failed checks (names only), peak RSS and the load average. On a ``--raw`` directory
it calls ``pipeline.stages.validate.stage.run`` once on the whole table, as before. On a pipeline
directory it runs the stage's phases as the runtime does, in this one process: phase 1 per
deidentify shard (the gate reads that shard's digests; a whole-table call would read shard 0's only,
and Alpaca is two shards of the default 50,000), one plan, the plan applied to each shard; no output
is written. Exit status 0 either way.
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


BENCH_KEY = "bench-only-pseudonym-key-0123456789"
"""The pseudonym key the pipeline-shaped ``prepare`` puts in ``$INSTRUCTFLOW_PII_KEY`` when it is unset (never a real secret)."""

UNTIL = ("ingest", "clean", "dedup", "deidentify")
"""The steps a pipeline run takes before validate, in order (``pipeline.runtime.registry.STAGES``)."""

VALIDATE_CONFIG = {"validate": {"labels": ["positive", "negative", "neutral"], "span_text_column": "instruction"}}
"""What the benchmark sets on top of the default config: the synthetic annotations' labels, spans on the instruction."""


def _alpaca_records(source: Path, plain: bool, limit: int | None) -> list[dict]:
    """Alpaca's records in the pipeline's JSONL shape, with the synthetic annotations unless ``plain``."""
    rows = json.loads(source.read_text(encoding="utf-8"))[:limit]
    records = []
    for i, r in enumerate(rows):
        rec = {"instruction": r["instruction"], "input": r.get("input", ""), "output": r["output"], "lang": "en"}
        if not plain:
            rec.update(_synthetic_annotations(i, rec["instruction"]))
        records.append(rec)
    return records


def prepare(run_dir: Path, source: Path, plain: bool, limit: int | None = None) -> None:
    """The run directory a pipeline run has when validate starts: prepare, ingest, clean, dedup, deidentify.

    The corpus (Alpaca as JSONL, synthetic annotations included so that ingest reads them like any
    corpus's) is written to ``<run_dir>.corpus/stanford_alpaca/``; the config is the default one plus
    :data:`VALIDATE_CONFIG`. Each step is :func:`pipeline.runtime.steps.run_step`, as the CLI runs it.
    """
    import yaml

    from pipeline.runtime.steps import prepare_run, run_step

    os.environ.setdefault("INSTRUCTFLOW_PII_KEY", BENCH_KEY)
    corpus = run_dir.with_name(run_dir.name + ".corpus") / "stanford_alpaca"
    corpus.mkdir(parents=True, exist_ok=True)
    records = _alpaca_records(source, plain, limit)
    with (corpus / "stanford_alpaca_data.jsonl").open("w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    config = corpus.parent / "bench_validate.yaml"
    config.write_text(yaml.safe_dump(VALIDATE_CONFIG), encoding="utf-8")
    prepare_run(run_dir, [corpus], config)
    steps = {}
    for name in UNTIL:
        t0 = time.perf_counter()
        result = run_step(name, run_dir)
        steps[name] = {"records_in": result.get("records_in"), "s": round(time.perf_counter() - t0, 1)}
    print(json.dumps({"prepared": str(run_dir), "records": len(records), "mode": "pipeline", "steps": steps}))


def prepare_raw(run_dir: Path, source: Path, plain: bool, limit: int | None = None) -> None:
    """The old run directory: raw Alpaca records written straight to ``work/ingest.parquet`` (no stage ran)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from pipeline.core.records import RECORD_SCHEMA

    rows = json.loads(source.read_text(encoding="utf-8"))[:limit]
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
    if not plain:
        for i, rec in enumerate(records):
            rec.update(_synthetic_annotations(i, rec["instruction"]))
    # RECORD_SCHEMA holds spans and bio_tags now; appending them again (as this did) wrote duplicate columns
    table = pa.Table.from_pylist(records, schema=RECORD_SCHEMA)
    (run_dir / "work").mkdir(parents=True, exist_ok=True)
    pq.write_table(table, run_dir / "work" / "ingest.parquet")
    (run_dir / "work" / "ingest.json").write_text(
        json.dumps({"stage": "ingest", "records_in": table.num_rows}), encoding="utf-8"
    )
    print(json.dumps({"prepared": str(run_dir), "records": table.num_rows}))


def _validate_raw(run_dir: Path) -> tuple[int, float, str]:
    """The raw directory: ``work/ingest.parquet`` in one table, ``validate.stage.run`` once (rows, read s, verdict)."""
    import pyarrow.parquet as pq

    from pipeline.config import parse_config
    from pipeline.core.stage import StageContext
    from pipeline.errors import ValidationFailed

    t0 = time.perf_counter()
    table = pq.read_table(run_dir / "work" / "ingest.parquet")
    t_read = time.perf_counter() - t0
    config = parse_config(VALIDATE_CONFIG, source="bench", base_dir=ROOT)
    ctx = StageContext(run_dir=run_dir, config=config)
    from pipeline.stages.validate.stage import run as validate

    try:
        validate(table, ctx)
        verdict = "passed"
    except ValidationFailed:
        verdict = "blocked"
    return table.num_rows, t_read, verdict


def _validate_pipeline(run_dir: Path) -> tuple[int, float, str]:
    """A prepared run: validate's three phases as the runtime runs them, in this one process.

    Phase 1 per deidentify shard (its context names the shard, so the gate reads that shard's
    digests), one plan over every shard, then the plan applied to each shard (nothing written).
    """
    import pyarrow as pa

    from pipeline.errors import ValidationFailed
    from pipeline.runtime.execute import context
    from pipeline.runtime.rundir import RunDir
    from pipeline.runtime.shards import ShardedSource

    run_d = RunDir(run_dir)
    t0 = time.perf_counter()
    shards = run_d.list_shards("deidentify")
    tables = [run_d.read_shard("deidentify", s) for s in shards]
    t_read = time.perf_counter() - t0
    from pipeline.stages.validate.stage import plan, shard_features

    feats = [shard_features(t, context(run_d, "validate", shard=s)) for s, t in zip(shards, tables, strict=True)]
    try:
        validate_plan = plan(
            pa.concat_tables(feats, promote_options="default"),
            context(run_d, "validate"),
            ShardedSource(run_d, "deidentify"),
        )
        for t in tables:
            validate_plan.apply(t)
        verdict = "passed"
    except ValidationFailed:
        verdict = "blocked"
    return sum(t.num_rows for t in tables), t_read, verdict


def is_pipeline_dir(run_dir: Path) -> bool:
    """True for a directory the pipeline-shaped ``prepare`` built (deidentify's shards), False for ``--raw``."""
    return (run_dir / "work" / "deidentify").is_dir()


def run(run_dir: Path) -> None:
    """Time validate on a prepared directory (either kind) and print one JSON line."""
    t1 = time.perf_counter()
    pipeline = is_pipeline_dir(run_dir)
    rows, t_read, verdict = (_validate_pipeline if pipeline else _validate_raw)(run_dir)
    t_stage = time.perf_counter() - t1 - t_read
    summary = json.loads((run_dir / "reports" / "validation.json").read_text(encoding="utf-8"))
    failed = sorted(
        {f"{e['check']}[{e.get('column', '')}]" for e in summary["failed_blocking"] + summary["failed_warning"]}
    )
    print(
        json.dumps(
            {
                "mode": "pipeline" if pipeline else "raw",
                "records": rows,
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
    parser.add_argument(
        "--raw", action="store_true", help="prepare: raw records straight into work/ingest.parquet (no stage runs)"
    )
    parser.add_argument("--limit", type=int, default=None, help="prepare: only the first N records (tests)")
    args = parser.parse_args()
    if args.mode == "prepare" and args.raw:
        prepare_raw(args.run_dir, args.source, args.plain, args.limit)
    elif args.mode == "prepare":
        prepare(args.run_dir, args.source, args.plain, args.limit)
    else:
        run(args.run_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
