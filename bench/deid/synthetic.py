"""``synthetic``: stage throughput on a synthetic corpus (``tests/support/synth_corpus.py``) through the runtime.

Prepares a run directory once (ingest, clean, dedup of the first N lines; reused when it exists for
the same input and workers), loads the stage's models in this process, then times
``run_step("deidentify", run_dir)`` and prints records/s, CPU seconds (workers included), peak RSS,
the load average and the stage's counters. ``--profile OUT`` writes cProfile stats of a serial run.
"""

from __future__ import annotations

import json
import os
import resource
import time
from pathlib import Path
from typing import Any

from bench.deid.stage_runner import cpu_now, warm_up


def prepare(corpus: Path, records: int, run_dir: Path, workers: int) -> Path:
    """A run directory with ingest, clean and dedup done on the first ``records`` lines of ``corpus``."""
    from pipeline.runtime.steps import prepare_run, run_step

    stamp = run_dir / "bench-input.json"
    want = {"corpus": str(corpus), "records": records, "workers": workers}
    if stamp.is_file() and json.loads(stamp.read_text()) == want and (run_dir / "work" / "dedup.json").is_file():
        return run_dir
    run_dir.mkdir(parents=True, exist_ok=True)
    part = run_dir.parent / f"{run_dir.name}-input.jsonl"
    with corpus.open(encoding="utf-8") as src, part.open("w", encoding="utf-8") as dst:
        for i, line in enumerate(src):
            if records and i >= records:
                break
            dst.write(line)
    config = run_dir.parent / f"{run_dir.name}-config.yaml"
    config.write_text(f"deidentify:\n  workers: {workers}\n", encoding="utf-8")
    prepare_run(run_dir, [part], config)
    for step in ("ingest", "clean", "dedup"):
        run_step(step, run_dir)
    stamp.write_text(json.dumps(want), encoding="utf-8")
    return run_dir


def measure(corpus: Path, records: int, workers: int, run_dir: Path | None, profile: Path | None) -> dict[str, Any]:
    """Time the deidentify step on the prepared run directory; the numbers as a dict."""
    from pipeline.runtime.steps import run_step
    from pipeline.stages.deidentify import analyzer as analyzer_module
    from pipeline.stages.deidentify.analyzer import default_workers

    run_dir = run_dir or Path(f"/tmp/instructflow-bench/deid-{corpus.stem}-{records}-w{workers}")
    t0 = time.perf_counter()
    prepare(corpus, records, run_dir, workers)
    prep_s = time.perf_counter() - t0
    n_in = json.loads((run_dir / "work" / "dedup.json").read_text())["kept"]
    t0 = time.perf_counter()
    warm_up(workers)
    load_s = time.perf_counter() - t0
    load_before = os.getloadavg()
    cpu0 = cpu_now()
    t0 = time.perf_counter()
    if profile is not None:
        import cProfile

        analyzer_module.PARALLEL_MIN_TEXTS = 1 << 62  # profile the serial path: workers would hide the time
        prof = cProfile.Profile()
        prof.enable()
        run_step("deidentify", run_dir)
        prof.disable()
        prof.dump_stats(str(profile))
    else:
        run_step("deidentify", run_dir)
    wall = time.perf_counter() - t0
    cpu = cpu_now() - cpu0
    summary = json.loads((run_dir / "work" / "deidentify.json").read_text())
    return {
        "corpus": str(corpus),
        "lines": records,
        "run_dir": str(run_dir),
        "records": n_in,
        "workers": workers or default_workers(),
        "profiled": profile is not None,
        "prepare_s": round(prep_s, 2),
        "model_load_s": round(load_s, 2),
        "wall_s": round(wall, 2),
        "cpu_s": round(cpu, 2),
        "records_per_s": round(n_in / wall) if wall else None,
        "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "peak_child_rss_mib": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024),
        "load_before": [round(x, 2) for x in load_before],
        "load_after": [round(x, 2) for x in os.getloadavg()],
        "kept": summary.get("kept"),
        "rejected": summary.get("rejected"),
        "counters": summary.get("counters", {}),
    }


def markdown(m: dict[str, Any], command: str) -> str:
    """The ``synthetic`` section."""
    lines = f"first {m['lines']:,}" if m["lines"] else "all"
    return "\n".join(
        [
            f"### Stage throughput on a synthetic corpus ({m['records']:,} records)",
            "",
            f"Command: `{command}`",
            "",
            f"Corpus `{m['corpus']}` ({lines} lines; ingest, clean and "
            f"dedup prepared in {m['prepare_s']} s or reused from `{m['run_dir']}`); model load and warm-up "
            f"{m['model_load_s']} s, not timed.",
            "",
            f"- deidentify: {m['records']:,} records in {m['wall_s']} s = **{m['records_per_s']:,} records/s** "
            f"(workers {m['workers']}{', profiled serial' if m['profiled'] else ''}; CPU {m['cpu_s']} s incl. workers)",
            f"- peak RSS: this process {m['peak_rss_mib']:,} MiB, largest child {m['peak_child_rss_mib']:,} MiB",
            f"- load average before {m['load_before']}, after {m['load_after']}",
            f"- kept {m['kept']}, rejected {m['rejected']}",
            f"- counters: `{json.dumps(m['counters'], sort_keys=True)}`",
        ]
    )
