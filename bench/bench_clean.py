"""Benchmark: the clean stage (text operations + signals + filters) on real corpora.

    flock /tmp/bench.lock .venv/bin/python bench/bench_clean.py [--repeat 3] [--workers 1 0]
    .venv/bin/python bench/bench_clean.py --cpu [--repeat 3] [--profile 25] [--synthetic 20000]

``--synthetic N`` adds the N-record corpus of ``tests/support/synth_corpus.py`` (seed 0; half Chinese, longer
answers than Alpaca; the corpus of the scale benchmark) to ``--cpu``. ``--cpu`` measures CPU time (``time.process_time``) of ``clean_table`` in this one process, best of
``--repeat``: the number to compare on a busy machine, where wall time says little. ``--profile N`` adds
a cProfile run per corpus and prints its N most expensive functions (by own time).

Builds the stage's input table directly from alpaca-layout JSON files (what ingest would produce,
minus provenance work), then times ``pipeline.stages.clean.stage.run`` alone: Stanford Alpaca (52,002 records,
English) and the Chinese corpora under ``instruct/zh/`` of the public data folder (files that parse as JSON
arrays). ``workers`` 1 = one process, 0 = one per CPU. Arrow's compute registry is initialised
before timing (a one-time cost of ~1-2 s per process, reported separately). Needs the public data folder (bench/data/README.md).
Prints Markdown rows for docs/bench/clean.md.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench.public_data import PUBLIC_DATA

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = PUBLIC_DATA / "instruct"
ALPACA = SHARED / "en" / "stanford_alpaca_data.json"
ZH_FILES = [
    SHARED / "zh" / "llamafactory_alpaca_zh_demo.json",
    *sorted((SHARED / "zh" / "hikariming_alpaca_chinese").glob("*.json")),
]


def load_table(paths: list[Path]):
    """The clean stage's input: records of alpaca-layout files, ``lang`` detected as ingest does."""
    from pipeline.core.records import records_to_table
    from pipeline.text.lang import record_lang

    rows = []
    skipped = []
    for path in paths:
        try:
            data = _records(path)
        except (json.JSONDecodeError, UnicodeDecodeError):
            skipped.append(path.name)
            continue
        for i, r in enumerate(data):
            if not isinstance(r, dict):
                continue
            rec = {k: str(r.get(k) or "") for k in ("instruction", "input", "output")}
            rec.update(
                record_id=f"{path.stem}-{i}",
                corpus=path.stem,
                source_file=path.name,
                source_index=i,
                lang=record_lang(rec["instruction"], rec["input"], rec["output"]),
            )
            rows.append(rec)
    return records_to_table(rows), skipped


def _records(path: Path) -> list:
    """The records of a JSON array file, or of a JSON Lines file (``.jsonl``: lines that do not parse are left out)."""
    text = path.read_text(encoding="utf-8")
    if path.suffix != ".jsonl":
        return json.loads(text)
    out = []
    for line in text.splitlines():
        try:
            out.append(json.loads(line))
        except json.JSONDecodeError:
            continue
    return out


def synthetic_corpus(n: int) -> Path:
    """The ``tests/support/synth_corpus.py`` corpus of ``n`` records (seed 0), cached as bench_scale caches it."""
    from tests.support.synth_corpus import GENERATOR_VERSION, write_corpus

    path = Path("/tmp/instructflow-bench") / f"synth-v{GENERATOR_VERSION}-{n}-seed0.jsonl"
    if not path.is_file():
        path.parent.mkdir(parents=True, exist_ok=True)
        write_corpus(path, n, 0, path.with_suffix(".truth.tsv"))
    return path


def time_clean(table, workers: int, repeat: int) -> tuple[list[float], object]:
    from pipeline.config import parse_config
    from pipeline.core.stage import StageContext
    from pipeline.stages.clean import stage as clean

    cfg = parse_config({"clean": {"workers": workers}}, source="bench", base_dir=ROOT)
    walls = []
    res = None
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(repeat):
            ctx = StageContext(run_dir=Path(tmp), config=cfg)
            t0 = time.perf_counter()
            res = clean.run(table, ctx)
            walls.append(time.perf_counter() - t0)
    return walls, res


def cpu_time(repeat: int, profile: int, synthetic: int = 0) -> None:
    """CPU seconds of ``clean_table`` per corpus (one process, best of ``repeat``); optional cProfile."""
    import cProfile
    import pstats

    from pipeline.config.clean import CleanConfig
    from pipeline.stages.clean.filters import build_word_matcher
    from pipeline.stages.clean.stage import clean_table

    cfg = CleanConfig()
    matcher = build_word_matcher(cfg)
    clean_table(load_table([ALPACA])[0].slice(0, 200), cfg, matcher)  # one-time initialisation
    print("| corpus | records | best CPU s | records per CPU s |")
    print("|---|---|---|---|")
    corpora = [("Stanford Alpaca (en)", [ALPACA]), ("instruct/zh (all parseable files)", ZH_FILES)]
    if synthetic:
        corpora.append(
            (f"synthetic, tests/support/synth_corpus.py (seed 0, {synthetic:,} lines)", [synthetic_corpus(synthetic)])
        )
    for name, paths in corpora:
        table, _ = load_table(paths)
        times = []
        for _ in range(repeat):
            t0 = time.process_time()
            clean_table(table, cfg, matcher)
            times.append(time.process_time() - t0)
        best = min(times)
        print(f"| {name} | {table.num_rows:,} | {best:.2f} | {table.num_rows / best:,.0f} |", flush=True)
        if profile:
            prof = cProfile.Profile()
            prof.runcall(clean_table, table, cfg, matcher)
            pstats.Stats(prof, stream=sys.stdout).sort_stats("tottime").print_stats(profile)


def main() -> int:
    """Time the clean stage on the English and Chinese corpora and print Markdown rows."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 0])
    parser.add_argument("--cpu", action="store_true", help="CPU time of clean_table in one process")
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="with --cpu: cProfile, top N functions")
    parser.add_argument(
        "--synthetic", type=int, default=0, metavar="N", help="with --cpu: also the first N-line synthetic corpus"
    )
    args = parser.parse_args()
    if args.cpu:
        cpu_time(args.repeat, args.profile, args.synthetic)
        return 0

    import pyarrow as pa
    import pyarrow.compute as pc

    t0 = time.perf_counter()
    pc.count_substring_regex(pa.array(["warm-up"]), "u")
    init = time.perf_counter() - t0
    print(f"Arrow compute first-call initialisation: {init:.2f} s (once per process, not included below)")
    print(f"load average before: {os.getloadavg()[0]:.2f} (cpus: {os.cpu_count()})\n")
    print("| corpus | records | workers | best s | median s | records/s (best) | kept | rejected | top reasons |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name, paths in (("Stanford Alpaca (en)", [ALPACA]), ("instruct/zh (all parseable files)", ZH_FILES)):
        table, skipped = load_table(paths)
        for w in args.workers:
            walls, res = time_clean(table, w, args.repeat)
            best = min(walls)
            reasons = sorted(res.reasons().items(), key=lambda kv: -kv[1])[:4]
            top = ", ".join(f"{k} {v}" for k, v in reasons)
            print(
                f"| {name} | {table.num_rows:,} | {w or os.cpu_count()} | {best:.2f} | {statistics.median(walls):.2f} "
                f"| {table.num_rows / best:,.0f} | {res.kept.num_rows:,} | {res.rejected.num_rows:,} | {top} |"
            )
        if skipped:
            print(f"<!-- {name}: skipped unparseable files: {', '.join(skipped)} -->")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak RSS of the benchmark process: {peak:,.0f} MiB; load average after: {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
