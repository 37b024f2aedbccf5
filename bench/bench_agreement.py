"""Benchmark of the agreement stage: speed on 1,000,000 synthetic annotations, figures on ConvAbuse.

Run from the repository root (under the shared lock, 2 cores are shared):

    flock /tmp/bench.lock .venv/bin/python bench/bench_agreement.py [--records 300000] [--convabuse PATH]

Part 1 generates a seeded synthetic corpus (300,000 records, 20 annotators of varying accuracy,
3 or 4 annotators per record, ~1,000,000 annotations, 5 labels, self-reported confidence) and times

- ``core``: consensus, decisions and every agreement figure (percent agreement, 190 pairwise Cohen's
  kappas, Fleiss' kappa, Krippendorff's alpha at two levels, per annotator, per batch) with the default
  1,000 bootstrap resamples, from the long arrays;
- ``stage``: the whole stage ``run(table, ctx)`` on an Arrow table, including flattening the
  annotations, building kept/rejected/review tables and writing every report.

Part 2 runs the stage on ConvAbuse (CC BY 4.0, 8 annotators; the public data folder) and prints its
figures. Part 0 (``crowded``, each case in its own process) times the whole stage on hostile shapes:
one record with 1,000 / 10,000 / 100,000 annotations from as many annotators (plus 1,000 ordinary
records), 2,000 annotators sharing 20 records and 300 sharing 300. Output: one JSON document on stdout.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.public_data import PUBLIC_DATA  # noqa: E402
from pipeline.config import parse_config  # noqa: E402
from pipeline.core.records import ANNOTATION_TYPE, RECORD_SCHEMA  # noqa: E402
from pipeline.core.stage import StageContext, check_conservation  # noqa: E402
from pipeline.stages.agreement import stage as ag  # noqa: E402
from pipeline.stages.agreement.annotations import Annotations, embedded_annotations  # noqa: E402
from pipeline.stages.agreement.decisions import consensus, decide  # noqa: E402
from pipeline.stages.agreement.figures import batch_labels, dataset_figures  # noqa: E402
from pipeline.stages.agreement.report import to_jsonable  # noqa: E402

CONVABUSE = PUBLIC_DATA / "multiannotator" / "convabuse" / "ConvAbuseEMNLPfull.csv"
LABELS = ["a", "b", "c", "d", "e"]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def synthetic_table(n_records: int, n_annotators: int = 20, seed: int = 0) -> pa.Table:
    """Seeded synthetic records with 3 or 4 annotations each (mean 3.33 -> 1M annotations for 300k)."""
    rng = np.random.default_rng(seed)
    k = len(LABELS)
    truth = rng.choice(k, size=n_records, p=[0.4, 0.25, 0.15, 0.12, 0.08])
    sizes = rng.choice([3, 3, 4], size=n_records)
    order = np.argsort(rng.random((n_records, n_annotators)), axis=1)[:, :4]
    keep = np.arange(4)[None, :] < sizes[:, None]
    annot = order[keep]
    row = np.repeat(np.arange(n_records), sizes)
    accuracy = np.linspace(0.55, 0.95, n_annotators)  # annotator 0 is weak, 19 is strong
    correct = rng.random(len(annot)) < accuracy[annot]
    wrong = (truth[row] + rng.integers(1, k, len(annot))) % k
    code = np.where(correct, truth[row], wrong)
    conf = np.clip(rng.beta(8, 2, len(annot)) - (~correct) * 0.2, 0, 1)
    conf_mask = rng.random(len(annot)) < 0.1
    names = np.array([f"annotator_{i:02d}" for i in range(n_annotators)], dtype=object)
    structs = pa.StructArray.from_arrays(
        [
            pa.array(names[annot], pa.string()),
            pa.array(np.array(LABELS, dtype=object)[code], pa.string()),
            pa.array(conf, pa.float64(), mask=conf_mask),
            pa.nulls(len(annot), ANNOTATION_TYPE.field("fields").type),
        ],
        fields=list(ANNOTATION_TYPE),
    )
    return _records(sizes, structs)


def _records(sizes: np.ndarray, structs: pa.StructArray) -> pa.Table:
    """Synthetic records (10 batches by source file) whose annotations are ``structs``, ``sizes[i]`` for record i."""
    n = len(sizes)
    offsets = np.r_[0, np.cumsum(sizes)].astype(np.int32)
    cols = {
        "record_id": pa.array([f"rec{i:07d}" for i in range(n)], pa.string()),
        "instruction": pa.array(["synthetic instruction"] * n, pa.string()),
        "input": pa.array([""] * n, pa.string()),
        "output": pa.array(["synthetic output"] * n, pa.string()),
        "system": pa.nulls(n, pa.string()),
        "history": pa.nulls(n, RECORD_SCHEMA.field("history").type),
        "corpus": pa.array(["synthetic"] * n, pa.string()),
        "source_file": pa.array([f"batch_{i % 10:02d}.jsonl" for i in range(n)], pa.string()),
        "source_index": pa.array(np.arange(n), pa.int64()),
        "source_id": pa.nulls(n, pa.string()),
        "lang": pa.array(["en"] * n, pa.string()),
        "annotations": pa.ListArray.from_arrays(pa.array(offsets), structs),
    }
    for name in RECORD_SCHEMA.names:  # spans, BIO tags, intent, grounding, ...: none here
        cols.setdefault(name, pa.nulls(n, RECORD_SCHEMA.field(name).type))
    return pa.table(cols, schema=RECORD_SCHEMA)


def bench_synthetic(n_records: int) -> dict[str, Any]:
    t0 = time.perf_counter()
    table = synthetic_table(n_records)
    gen_s = time.perf_counter() - t0
    n_ann = len(table.column("annotations").combine_chunks().flatten())
    cfg = parse_config(
        {"agreement": {"labels": LABELS, "reject_labels": ["e"], "batch_field": "source_file"}},
        source="bench",
        base_dir=ROOT,
    )
    acfg = cfg.agreement

    # core: long arrays -> consensus, decisions, figures (what the 10 s target is about)
    rows_e, annot_e, label_e, conf_e, _ = embedded_annotations(table)
    raters = sorted(annot_e.unique().to_pylist())
    import pyarrow.compute as pc

    rater = pc.index_in(annot_e, value_set=pa.array(raters)).to_numpy(zero_copy_only=False).astype(np.int64)
    code = pc.index_in(label_e, value_set=pa.array(LABELS)).to_numpy(zero_copy_only=False).astype(np.int64)
    ann = Annotations(rows_e, rater, code, conf_e, raters, LABELS, None)
    t0 = time.perf_counter()
    cons = consensus(ann, table.num_rows)
    _decision, reason, _detail = decide(table, ann, cons, {}, {}, acfg)
    t_decide = time.perf_counter() - t0
    final = cons["majority_code"].copy()
    final[cons["tie"]] = -1
    batches = batch_labels(table, acfg)
    t1 = time.perf_counter()
    figures = dataset_figures(ann, table.num_rows, final, acfg, batches)
    t_figures = time.perf_counter() - t1
    core_s = time.perf_counter() - t0

    # the whole stage on the Arrow table, reports included
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        result = ag.run(table, StageContext(run_dir=Path(tmp), config=cfg))
        stage_s = time.perf_counter() - t0
        check_conservation("agreement", table.num_rows, result)
        report_sizes = {p.name: p.stat().st_size for p in sorted((Path(tmp) / "reports").iterdir())}
    ds = to_jsonable(figures["dataset"])
    return {
        "records": table.num_rows,
        "annotations": n_ann,
        "annotators": len(raters),
        "bootstrap_resamples": acfg.bootstrap_resamples,
        "generate_s": round(gen_s, 2),
        "core_decisions_s": round(t_decide, 2),
        "core_figures_s": round(t_figures, 2),
        "core_total_s": round(core_s, 2),
        "stage_run_s": round(stage_s, 2),
        "peak_rss_mb": round(peak_rss_mb(), 1),
        "kept": result.kept.num_rows,
        "rejected": result.rejected.num_rows,
        "review": result.review.num_rows,
        "decisions": {k: int(v) for k, v in zip(*np.unique(reason.astype(str), return_counts=True))},
        "dataset": {
            k: ds[k] for k in ("percent_agreement", "fleiss_kappa", "krippendorff_alpha", "cohen_kappa_mean_pairwise")
        },
        "annotators_to_retrain": figures["annotators_to_retrain"],
        "batches_to_rework": len(figures["batches_to_rework"]),
        "report_bytes": report_sizes,
    }


def convabuse_table(path: Path) -> tuple[pa.Table, dict[str, int]]:
    """ConvAbuse full file -> one record per item (grouped by conversation context), annotations as labels.

    The label is the ``is_abuse`` column set to 1: "1" not abusive, "0" ambiguous, "-1".."-3" mildly
    to very strongly abusive. Items are identified by (conv_id, prev_agent, prev_user, agent, user).
    """
    import pandas as pd

    df = pd.read_csv(path)
    cols = ["is_abuse.1", "is_abuse.0", "is_abuse.-1", "is_abuse.-2", "is_abuse.-3"]
    names = ["1", "0", "-1", "-2", "-3"]
    onehot = df[cols].to_numpy()
    assert (onehot.sum(axis=1) == 1).all()
    df["label"] = np.array(names, dtype=object)[onehot.argmax(axis=1)]
    key_cols = ["conv_id", "prev_agent", "prev_user", "agent", "user"]
    df[key_cols] = df[key_cols].fillna("")
    df["item"] = df.groupby(key_cols, sort=True, dropna=False).ngroup()
    df = df.sort_values(["item", "example_no"], kind="stable")
    records = []
    for item, g in df.groupby("item", sort=True):
        first = g.iloc[0]
        records.append(
            {
                "record_id": f"convabuse-{item:05d}",
                "instruction": str(first["user"]),
                "input": "",
                "output": str(first["agent"]),
                "corpus": "convabuse",
                "source_file": str(first["bot"]),
                "source_index": int(item),
                "lang": "en",
                "annotations": [
                    {"annotator_id": a, "label": lab, "confidence": None}
                    for a, lab in zip(g["annotator_id"], g["label"])
                ],
            }
        )
    table = pa.Table.from_pylist(records, schema=RECORD_SCHEMA)
    return table, {"rows": len(df), "items": len(records), "annotators": int(df["annotator_id"].nunique())}


def bench_convabuse(path: Path) -> dict[str, Any]:
    table, info = convabuse_table(path)
    out: dict[str, Any] = {"source": str(path), **info}
    for level in ("ordinal", "nominal"):
        cfg = parse_config(
            {
                "agreement": {
                    "level": level,
                    "labels": ["-3", "-2", "-1", "0", "1"],
                    "keep_labels": ["1"],
                    "reject_labels": ["-1", "-2", "-3"],
                    "batch_field": "source_file",
                    "label_check": {"enabled": level == "nominal", "text_fields": ["instruction"]},
                }
            },
            source="bench",
            base_dir=ROOT,
        )
        with tempfile.TemporaryDirectory() as tmp:
            t0 = time.perf_counter()
            result = ag.run(table, StageContext(run_dir=Path(tmp), config=cfg))
            elapsed = time.perf_counter() - t0
            check_conservation("agreement", table.num_rows, result)
            data = json.loads((Path(tmp) / "reports" / "agreement.json").read_text())
        ds = data["dataset"]
        out[level] = {
            "stage_run_s": round(elapsed, 2),
            "kept": result.kept.num_rows,
            "rejected": result.rejected.num_rows,
            "review": result.review.num_rows,
            "decisions": data["decisions"],
            "counters": {k: v for k, v in result.counters.items() if k.startswith("annotations")},
            "kappa_weights": ds["kappa_weights"],
            "percent_agreement": ds["percent_agreement"],
            "cohen_kappa_mean_pairwise": ds["cohen_kappa_mean_pairwise"],
            "fleiss_kappa": ds["fleiss_kappa"],
            "krippendorff_alpha_by_level": ds["krippendorff_alpha_by_level"],
            "annotators": [
                {k: a[k] for k in ("annotator_id", "annotations", "agreement_with_consensus", "retrain")}
                | {"kappa_with_consensus": a["kappa_with_consensus"]["value"]}
                for a in data["annotators"]
            ],
            "batches": [
                {
                    "batch": b["batch"],
                    "items": b["items"],
                    "percent_agreement": b["percent_agreement"]["value"],
                    "alpha": b["krippendorff_alpha"]["value"],
                    "rework": b["rework"],
                }
                for b in data["batches"]
            ],
            "label_distribution": data["label_distribution"],
        }
        if "label_check" in data:
            out[level]["label_check"] = data["label_check"]
    # binary abusive / not abusive (ambiguous counted as not abusive), the usual headline for this corpus
    binary = table.column("annotations").to_pylist()
    for anns in binary:
        for a in anns:
            a["label"] = "abusive" if a["label"] in ("-1", "-2", "-3") else "not_abusive"
    t2 = table.set_column(
        table.column_names.index("annotations"),
        "annotations",
        pa.array(binary, RECORD_SCHEMA.field("annotations").type),
    )
    cfg = parse_config({"agreement": {"reject_labels": ["abusive"]}}, source="bench", base_dir=ROOT)
    with tempfile.TemporaryDirectory() as tmp:
        ag.run(t2, StageContext(run_dir=Path(tmp), config=cfg))
        ds = json.loads((Path(tmp) / "reports" / "agreement.json").read_text())["dataset"]
    out["binary_abusive"] = {
        k: ds[k] for k in ("percent_agreement", "cohen_kappa_mean_pairwise", "fleiss_kappa", "krippendorff_alpha")
    }
    return out


def crowded_table(annotators: int, crowded_records: int, plain_records: int = 1000, seed: int = 0) -> pa.Table:
    """``crowded_records`` records each annotated by the same ``annotators`` annotators (5 labels),
    plus ``plain_records`` records with 3 annotations each: the hostile shape of issue 14."""
    rng = np.random.default_rng(seed)
    sizes = np.r_[np.full(crowded_records, annotators), np.full(plain_records, 3)]
    annot = np.r_[np.tile(np.arange(annotators), crowded_records), rng.integers(0, 20, 3 * plain_records)]
    code = rng.integers(0, len(LABELS), len(annot))
    structs = pa.StructArray.from_arrays(
        [
            pa.array([f"annotator_{i:06d}" for i in annot], pa.string()),
            pa.array(np.array(LABELS, dtype=object)[code], pa.string()),
            pa.array(np.full(len(annot), 0.9), pa.float64()),
            pa.nulls(len(annot), ANNOTATION_TYPE.field("fields").type),
        ],
        fields=list(ANNOTATION_TYPE),
    )
    return _records(sizes, structs)


def bench_crowded(annotators: int, crowded_records: int) -> dict[str, Any]:
    """The whole stage (default config, batches by source file) on :func:`crowded_table`; run in its own process."""
    table = crowded_table(annotators, crowded_records)
    cfg = parse_config({"agreement": {"batch_field": "source_file"}}, source="bench", base_dir=ROOT)
    base_rss = peak_rss_mb()
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        result = ag.run(table, StageContext(run_dir=Path(tmp), config=cfg))
        stage_s = time.perf_counter() - t0
        data = json.loads((Path(tmp) / "reports" / "agreement.json").read_text())
    return {
        "annotators_per_crowded_record": annotators,
        "crowded_records": crowded_records,
        "annotations": int(sum(len(a) for a in table.column("annotations").to_pylist())),
        "stage_run_s": round(stage_s, 2),
        "peak_rss_mb": round(peak_rss_mb(), 1),
        "rss_before_mb": round(base_rss, 1),
        "pairs": len(data["pairs"]),
        "pairwise_annotators": data["dataset"]["pairwise_annotators"],
        "review": result.review.num_rows,
    }


CROWDED_CASES = ((1_000, 1), (10_000, 1), (100_000, 1), (2_000, 20), (300, 300))
"""(annotators per crowded record, crowded records): one record with 1k/10k/100k annotations, and
many annotators sharing many records (pairs capped by agreement.max_pairwise_annotators)."""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=300_000)
    parser.add_argument("--convabuse", type=Path, default=CONVABUSE)
    parser.add_argument("--skip-synthetic", action="store_true")
    parser.add_argument("--crowded", nargs=2, type=int, metavar=("ANNOTATORS", "RECORDS"), help="one crowded case only")
    args = parser.parse_args()
    if args.crowded:
        json.dump(bench_crowded(*args.crowded), sys.stdout)
        print()
        return
    out: dict[str, Any] = {}
    import subprocess

    out["crowded"] = [  # each in a fresh process, so peak memory is the case's own
        json.loads(
            subprocess.run(
                [sys.executable, __file__, "--crowded", str(a), str(r)], check=True, capture_output=True, text=True
            ).stdout
        )
        for a, r in CROWDED_CASES
    ]
    if not args.skip_synthetic:
        out["synthetic"] = bench_synthetic(args.records)
    if args.convabuse.is_file():
        out["convabuse"] = bench_convabuse(args.convabuse)
    else:
        out["convabuse"] = f"not found: {args.convabuse}"
    with open("/proc/loadavg") as fh:
        out["loadavg"] = fh.read().split()[:3]
    json.dump(out, sys.stdout, indent=1, ensure_ascii=False)
    print()


if __name__ == "__main__":
    main()
