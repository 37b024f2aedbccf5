"""Scale benchmark: the whole pipeline on synthetic corpora of growing size and on the real corpora.

    .venv/bin/python bench/bench_scale.py [--sizes 10000 100000 1000000] [--real] [--doc docs/BENCHMARKS.md]
    make bench [BENCH_SIZES="10000 100000"]

For each size N the synthetic corpus of ``tests/support/synth_corpus.py`` (seed 0) is generated once and
cached under ``--cache-dir`` (default ``/tmp/instructflow-bench``), then measured three ways:

- **per stage**: ``pipeline.runtime.steps.prepare_run(run_dir, [corpus], config)`` once, then one fresh
  process per stage of ``pipeline.runtime.registry.names()`` running ``pipeline.runtime.steps.run_step(name,
  run_dir)`` (as an Airflow task does: every row includes the process start, imports and model
  loading). Wall seconds, records/s (records into the stage), seconds per 1,000 corpus records,
  CPU seconds, the peak RSS of the largest process (``os.wait4`` ``ru_maxrss``, which covers the
  stage's worker processes one at a time) and the sampled peak of the summed RSS of the process
  tree (every 0.25 s; workers included);
- **CLI**: ``python -m pipeline run --corpus C --out D --config F`` in one process: wall, peak;
- **floor**: a plain pyarrow read of the same JSON Lines (``pyarrow.json.read_json``; the few
  malformed lines removed beforehand, pyarrow stops at them) and a zstd Parquet write.

``--real`` runs the CLI once on Stanford Alpaca plus the Chinese corpora of the public data folder (bench/data/README.md)
(several ``--corpus``, bundled default config) and reports the manifest's counts, with its floor
(``json.load`` + ``pa.Table.from_pylist`` + zstd Parquet per file, as ``bench/floor_pyarrow.py``).

Synthetic runs use a small config (written to the cache dir) that declares the annotation labels:
``agreement: {labels: [good, bad], reject_labels: [bad]}`` and ``validate: {labels: [good, bad]}``.
Every measurement notes the 1-minute load average at its start. The script holds
``/tmp/bench.lock`` (the convention of the other benchmarks: ``flock /tmp/bench.lock ...``; an
inherited lock is reused) so two benchmarks never share the 2 cores. With ``--doc`` the results are
merged (by size) into the section between ``<!-- bench-scale:start -->`` and
``<!-- bench-scale:end -->`` of that Markdown file, written atomically; nothing else changes.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import fcntl
import hashlib
import json
import os
import platform
import re
import shlex
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from bench.public_data import PUBLIC_DATA

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SHARED = PUBLIC_DATA / "instruct"
REAL_CORPORA = [
    SHARED / "en" / "stanford_alpaca_data.json",
    SHARED / "zh" / "llamafactory_alpaca_zh_demo.json",
    SHARED / "zh" / "hikariming_alpaca_chinese",
]
DEFAULT_SIZES = [10_000, 100_000, 1_000_000]
DEFAULT_CACHE = Path("/tmp/instructflow-bench")
LOCK_PATH = Path("/tmp/bench.lock")
START_MARK = "<!-- bench-scale:start -->"
END_MARK = "<!-- bench-scale:end -->"
DATA_PREFIX = "<!-- bench-scale:data "
HEADING = "## Scale (make bench)"
BENCH_CONFIG = """\
# Written by bench/bench_scale.py: the synthetic corpus's annotation labels.
agreement:
  labels: [good, bad]
  reject_labels: [bad]
validate:
  labels: [good, bad]
"""
TARGET_1M_SECONDS = 30 * 60
TARGET_1M_MIB = 4 * 1024
TARGET_REAL_SECONDS = 120
SAMPLE_EVERY = 0.25
MAX_TREE_BYTES = 0
"""Kill a measured process (and its workers) whose tree RSS exceeds this; 0 = no limit (``--max-tree-gib``)."""
CHILD_ENV = {
    "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": "",
    "GX_ANALYTICS_ENABLED": "false",
    "HF_HUB_OFFLINE": "1",
    "HF_DATASETS_OFFLINE": "1",
}


# --------------------------------------------------------------------------- measuring a process


@dataclass
class Measurement:
    """One fresh process: wall seconds, peak memory, CPU seconds, exit code, load at its start."""

    wall_s: float
    peak_mib: float
    tree_peak_mib: float
    cpu_s: float
    exit_code: int
    load1: float
    command: str
    error: str | None = None


def _tree_rss(pid: int) -> int:
    """Summed RSS in bytes of ``pid`` and its descendants (0 once it is gone)."""
    import psutil

    try:
        proc = psutil.Process(pid)
        procs = [proc, *proc.children(recursive=True)]
    except psutil.Error:
        return 0
    total = 0
    for p in procs:
        with contextlib.suppress(psutil.Error):
            total += p.memory_info().rss
    return total


def measure(cmd: Sequence[str], log: Path, *, stdout: Path | None = None, cwd: Path = ROOT) -> Measurement:
    """Run ``cmd`` in a fresh process; wall time, ``ru_maxrss`` via ``os.wait4`` and the sampled tree RSS.

    The child's stderr goes to ``log``; on failure its last line is kept as ``error``.
    """
    load1 = os.getloadavg()[0]
    env = {**os.environ, **CHILD_ENV}
    log.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.ExitStack() as stack:
        err = stack.enter_context(open(log, "w", encoding="utf-8"))
        out = stack.enter_context(open(stdout, "w", encoding="utf-8")) if stdout else subprocess.DEVNULL
        t0 = time.perf_counter()
        # own session: a guard kill reaches the worker processes too (only processes started here)
        proc = subprocess.Popen(list(cmd), cwd=cwd, env=env, stdout=out, stderr=err, start_new_session=True)
        peak = [0]
        killed: list[str] = []
        done = threading.Event()

        def sample() -> None:
            while not done.wait(SAMPLE_EVERY):
                rss = _tree_rss(proc.pid)
                peak[0] = max(peak[0], rss)
                if MAX_TREE_BYTES and rss > MAX_TREE_BYTES and not killed:
                    killed.append(f"killed by the bench: tree RSS {rss / 2**30:.1f} GiB over the limit")
                    with contextlib.suppress(ProcessLookupError):
                        os.killpg(proc.pid, signal.SIGKILL)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        done.set()
        sampler.join()
        proc.returncode = code = os.waitstatus_to_exitcode(status)
    error = killed[0] if killed else None
    if code != 0 and not error:
        tail = [line.strip() for line in log.read_text(encoding="utf-8", errors="replace").splitlines() if line.strip()]
        error = tail[-1][:300] if tail else None
    maxrss = usage.ru_maxrss / 1024.0
    return Measurement(
        wall_s=round(wall, 3),
        peak_mib=round(maxrss, 1),
        tree_peak_mib=round(max(peak[0] / 2**20, maxrss), 1),
        cpu_s=round(usage.ru_utime + usage.ru_stime, 2),
        exit_code=code,
        load1=round(load1, 2),
        command=shlex.join(_display(c) for c in cmd),
        error=error,
    )


def _display(arg: str) -> str:
    """Command arguments as a reader would type them from the repository root."""
    if arg == sys.executable:
        return ".venv/bin/python"
    try:
        return str(Path(arg).relative_to(ROOT)) if Path(arg).is_absolute() else arg
    except ValueError:
        return arg


# --------------------------------------------------------------------------- child modes


def child_stage(name: str, run_dir: str, out_json: str) -> int:
    """Child process: ``run_step(name, run_dir)``, its JSON-able result written to ``out_json``."""
    from pipeline.runtime.steps import run_step

    result = run_step(name, run_dir)
    Path(out_json).write_text(json.dumps(result, default=str), encoding="utf-8")
    return 0


def child_floor(out: str, inputs: Sequence[str]) -> int:
    """Child process: read JSON Lines with pyarrow (JSON arrays with json.load) and write zstd Parquet."""
    import pyarrow as pa
    import pyarrow.json as pj
    import pyarrow.parquet as pq

    out_dir = Path(out)
    out_dir.mkdir(parents=True, exist_ok=True)
    rows = skipped = 0
    for i, path in enumerate(_files([Path(p) for p in inputs])):
        if path.suffix == ".jsonl":
            table = pj.read_json(path)
        else:
            try:
                with open(path, encoding="utf-8-sig") as fh:
                    data = json.load(fh)
                table = pa.Table.from_pylist(data)
            except (ValueError, pa.ArrowException):
                skipped += 1
                continue
        pq.write_table(table, out_dir / f"part-{i:04d}.parquet", compression="zstd")
        rows += table.num_rows
    print(json.dumps({"rows": rows, "skipped_files": skipped}))
    return 0


# --------------------------------------------------------------------------- helpers


def _files(paths: Sequence[Path]) -> list[Path]:
    """The files of ``paths`` (a folder gives its files, sorted, hidden ones skipped)."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out += sorted(q for q in p.rglob("*") if q.is_file() and not q.name.startswith("."))
        else:
            out.append(p)
    return out


def acquire_lock(path: Path = LOCK_PATH) -> int | None:
    """Hold the shared bench lock; reuse it when a parent (``flock /tmp/bench.lock ...``) holds it already."""
    for fd_name in os.listdir("/proc/self/fd"):
        try:
            if os.readlink(f"/proc/self/fd/{fd_name}") == str(path):
                fcntl.flock(int(fd_name), fcntl.LOCK_EX | fcntl.LOCK_NB)
                return int(fd_name)
        except OSError:
            continue
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        print(f"waiting for {path} (another benchmark is running) ...", file=sys.stderr, flush=True)
        fcntl.flock(fd, fcntl.LOCK_EX)
    return fd


def machine() -> dict[str, Any]:
    """Cores, RAM, CPU model, Python and a digest of the pipeline's source (the code that was measured)."""
    mem_kib = 0
    with open("/proc/meminfo") as fh:
        for line in fh:
            if line.startswith("MemTotal:"):
                mem_kib = int(line.split()[1])
    model = ""
    with open("/proc/cpuinfo") as fh:
        for line in fh:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    h = hashlib.sha256()
    for p in sorted((ROOT / "pipeline").rglob("*.py")):
        h.update(p.relative_to(ROOT).as_posix().encode() + b"\0" + p.read_bytes())
    return {
        "cores": os.cpu_count(),
        "ram_gib": round(mem_kib / 2**20, 1),
        "cpu": model,
        "python": platform.python_version(),
        "pipeline_digest": h.hexdigest()[:12],
    }


def _log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def ensure_corpus(cache: Path, n: int, seed: int) -> dict[str, Any]:
    """The cached corpus of ``n`` records (generated when missing), its truth file and its floor copy."""
    from tests.support.synth_corpus import GENERATOR_VERSION, write_corpus

    stem = f"synth-v{GENERATOR_VERSION}-{n}-seed{seed}"
    corpus = cache / f"{stem}.jsonl"
    truth = cache / f"{stem}.truth.tsv"
    floor = cache / "floor-input" / f"{stem}.jsonl"
    info: dict[str, Any] = {"path": str(corpus), "truth": str(truth), "generated_s": None}
    if not (corpus.is_file() and truth.is_file()):
        _log(f"generating {n:,} records -> {corpus}")
        t0 = time.perf_counter()
        stats = write_corpus(corpus, n, seed, truth)
        info["generated_s"] = round(time.perf_counter() - t0, 1)
        (cache / f"{stem}.stats.json").write_text(json.dumps(stats), encoding="utf-8")
    stats_path = cache / f"{stem}.stats.json"
    if stats_path.is_file():
        info["stats"] = json.loads(stats_path.read_text(encoding="utf-8"))
    info["bytes"] = corpus.stat().st_size
    if not floor.is_file():
        floor.parent.mkdir(parents=True, exist_ok=True)
        tmp = floor.with_name(floor.name + ".tmp")
        with open(corpus, encoding="utf-8") as src, open(tmp, "w", encoding="utf-8") as dst:
            for line in src:
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError:
                    continue
                if isinstance(obj.get("output"), str):  # pyarrow's reader rejects a column changing type
                    dst.write(line)
        os.replace(tmp, floor)
    info["floor_input"] = str(floor)
    return info


def _records_in(result: dict[str, Any]) -> int | None:
    if isinstance(result.get("records_in"), int):
        return result["records_in"]
    rows = result.get("rows")
    if isinstance(rows, dict):
        return int(sum(rows.values()))
    return None


def dedup_quality(run_dir: Path, truth: Path) -> dict[str, Any] | None:
    """Planted copies vs. removed records, and removals whose survivor is of another family (spurious).

    A record's family is the original it was copied from (itself for an original), from the truth
    file. Record ids are derived from corpus, file and position, so the survivor's position is found
    by recomputing the id of every line.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    from pipeline.stages.ingest.stage import make_record_id

    files = sorted((run_dir / "duplicates").glob("*.parquet"))
    manifest_path = run_dir / "manifest.json"
    if not files or not truth.is_file() or not manifest_path.is_file():
        return None
    inputs = json.loads(manifest_path.read_text(encoding="utf-8")).get("inputs") or []
    if len(inputs) != 1:
        return None
    family: dict[int, int] = {}
    copies = n_lines = 0
    with open(truth, encoding="utf-8") as fh:
        for row in fh:
            n_lines += 1
            line, kind, source, _lang, _pii = row.rstrip("\n").split("\t")
            if kind in ("exact", "near"):
                family[int(line)] = int(source)
                copies += 1
    dups = pa.concat_tables([pq.read_table(f, columns=["duplicate_of", "source_index"]) for f in files])
    wanted = set(dups.column("duplicate_of").to_pylist())
    corpus, file = inputs[0]["corpus"], inputs[0]["file"]
    index_of = {}
    for i in range(n_lines):
        rid = make_record_id(corpus, file, i)
        if rid in wanted:
            index_of[rid] = i
    spurious = 0
    for idx, of in zip(dups.column("source_index").to_pylist(), dups.column("duplicate_of").to_pylist()):
        survivor = index_of.get(of, -1)
        if family.get(idx, idx) != family.get(survivor, survivor):
            spurious += 1
    return {"planted_copies": copies, "removed": dups.num_rows, "spurious": spurious}


# --------------------------------------------------------------------------- runs


def run_stages(run_dir: Path, corpus: Path, config: Path | None, cache: Path) -> list[dict[str, Any]]:
    """prepare_run once, then one fresh process per active stage; stops at the first failing stage."""
    from pipeline.runtime.registry import names
    from pipeline.runtime.steps import prepare_run

    if run_dir.exists():
        shutil.rmtree(run_dir)
    t0 = time.perf_counter()
    load1 = os.getloadavg()[0]
    prepare_run(run_dir, [corpus], config)
    rows: list[dict[str, Any]] = [
        {
            "stage": "prepare",
            "records_in": None,
            "wall_s": round(time.perf_counter() - t0, 3),
            "load1": round(load1, 2),
            "in_process": True,
        }
    ]
    for name in names():
        out_json = cache / "logs" / f"{run_dir.name}-{name}.json"
        out_json.unlink(missing_ok=True)
        _log(f"  stage {name} ...")
        m = measure(
            [sys.executable, str(Path(__file__).resolve()), "_stage", name, str(run_dir), str(out_json)],
            cache / "logs" / f"{run_dir.name}-{name}.err",
        )
        result = json.loads(out_json.read_text(encoding="utf-8")) if out_json.is_file() else {}
        row = {"stage": name, "records_in": _records_in(result), **asdict(m)}
        _log(
            f"  stage {name}: {m.wall_s:.1f} s, peak {m.peak_mib:,.0f} MiB (tree {m.tree_peak_mib:,.0f}), exit {m.exit_code}"
        )
        rows.append(row)
        if m.exit_code != 0:
            break
    return rows


def run_cli(run_dir: Path, corpora: Sequence[Path], config: Path | None, cache: Path, tag: str) -> dict[str, Any]:
    """The whole pipeline through the CLI in one process; wall, peak memory, manifest counts, CLI stage seconds."""
    if run_dir.exists():
        shutil.rmtree(run_dir)
    cmd = [sys.executable, "-m", "pipeline", "--traceback", "run"]
    for c in corpora:
        cmd += ["--corpus", str(c)]
    cmd += ["--out", str(run_dir)]
    if config:
        cmd += ["--config", str(config)]
    cmd.append("--quiet")
    summary = cache / f"cli-{tag}.out"
    _log(f"  CLI {tag} ...")
    m = measure(cmd, cache / "logs" / f"cli-{tag}.err", stdout=summary)
    _log(f"  CLI {tag}: {m.wall_s:.1f} s, peak {m.peak_mib:,.0f} MiB (tree {m.tree_peak_mib:,.0f}), exit {m.exit_code}")
    out: dict[str, Any] = asdict(m)
    manifest = run_dir / "manifest.json"
    if manifest.is_file():
        data = json.loads(manifest.read_text(encoding="utf-8"))
        out["counts"] = data.get("counts")
        out["rejected_by_reason"] = data.get("rejected_by_reason")
    else:
        out["counts_so_far"] = counts_so_far(run_dir)
    out["stage_seconds"] = parse_cli_summary(summary.read_text(encoding="utf-8") if summary.is_file() else "")
    return out


def counts_so_far(run_dir: Path) -> dict[str, Any] | None:
    """Best effort for a run that stopped before the manifest: counts from the stage summaries written so far."""
    summaries = []
    for path in sorted((run_dir / "work").glob("*.json")):
        with contextlib.suppress(ValueError, OSError):
            data = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(data, dict) and "stage" in data and "records_in" in data:
                summaries.append(data)
    if not summaries:
        return None
    first = next((d for d in summaries if d["stage"] == "ingest"), None)
    out: dict[str, Any] = {"input": first["records_in"] if first else None, "stages": [d["stage"] for d in summaries]}
    for key in ("rejected", "duplicates", "review"):
        out[key] = sum(int(d.get(key) or 0) for d in summaries)
    return out


def parse_cli_summary(text: str) -> dict[str, float]:
    """Per-stage seconds from the CLI's summary table (last column); empty if the format is not recognised."""
    seconds: dict[str, float] = {}
    for line in text.splitlines():
        m = re.match(r"^(ingest|clean|dedup|deidentify|validate|agreement|export)\s.*\s(\d+(?:\.\d+)?)\s*$", line)
        if m:
            seconds[m.group(1)] = float(m.group(2))
    return seconds


def run_floor(inputs: Sequence[Path], out_dir: Path, cache: Path) -> dict[str, Any]:
    """The floor: pyarrow read of the same data + zstd Parquet write, in a fresh process."""
    if out_dir.exists():
        shutil.rmtree(out_dir)
    _log("  floor ...")
    m = measure(
        [sys.executable, str(Path(__file__).resolve()), "_floor", str(out_dir), *map(str, inputs)],
        cache / "logs" / f"{out_dir.name}.err",
    )
    shutil.rmtree(out_dir, ignore_errors=True)
    return asdict(m)


def bench_size(n: int, args: argparse.Namespace, config: Path | None) -> dict[str, Any]:
    """Every measurement for one synthetic corpus size."""
    cache: Path = args.cache_dir
    started = datetime.datetime.now(datetime.UTC)
    corpus = ensure_corpus(cache, n, args.seed)
    res: dict[str, Any] = {
        "machine": machine(),
        "records": n,
        "seed": args.seed,
        "started": started.strftime("%Y-%m-%d %H:%M UTC"),
        "corpus": {k: v for k, v in corpus.items() if k not in ("path", "truth", "floor_input")},
        "corpus_path": _display(corpus["path"]),
        "config": _display(str(config)) if config else None,
    }
    runs = cache / "runs"
    if not args.skip_stages:
        _log(f"{n:,} records: per-stage processes")
        stage_dir = runs / f"stages-{n}"
        res["stages"] = run_stages(stage_dir, Path(corpus["path"]), config, cache)
        res["dedup_quality"] = dedup_quality(stage_dir, Path(corpus["truth"]))
        manifest = stage_dir / "manifest.json"
        if manifest.is_file():
            res["counts"] = json.loads(manifest.read_text(encoding="utf-8")).get("counts")
        if not args.keep_runs and all(s.get("exit_code", 0) == 0 for s in res["stages"]):
            shutil.rmtree(stage_dir, ignore_errors=True)
    if not args.skip_cli:
        _log(f"{n:,} records: CLI")
        cli_dir = runs / f"cli-{n}"
        res["cli"] = run_cli(cli_dir, [Path(corpus["path"])], config, cache, str(n))
        if not args.keep_runs and res["cli"]["exit_code"] == 0:
            shutil.rmtree(cli_dir, ignore_errors=True)
    _log(f"{n:,} records: floor")
    res["floor"] = run_floor([Path(corpus["floor_input"])], runs / f"floor-{n}", cache)
    res["load_end"] = round(os.getloadavg()[0], 2)
    res["pipeline_digest_end"] = machine()["pipeline_digest"]
    return res


def bench_real(args: argparse.Namespace) -> dict[str, Any]:
    """The CLI on Stanford Alpaca + the Chinese corpora (one run, several --corpus), and its floor."""
    missing = [str(p) for p in REAL_CORPORA if not p.exists()]
    if missing:
        return {"skipped": f"not found: {', '.join(missing)}"}
    started = datetime.datetime.now(datetime.UTC)
    cache: Path = args.cache_dir
    _log("real corpora: CLI")
    res: dict[str, Any] = {
        "machine": machine(),
        "started": started.strftime("%Y-%m-%d %H:%M UTC"),
        "corpora": [_display(str(p)) for p in REAL_CORPORA],
    }
    res["cli"] = run_cli(cache / "runs" / "cli-real", REAL_CORPORA, None, cache, "real")
    _log("real corpora: floor")
    res["floor"] = run_floor(REAL_CORPORA, cache / "runs" / "floor-real", cache)
    res["files"] = len(_files(REAL_CORPORA))
    res["load_end"] = round(os.getloadavg()[0], 2)
    res["pipeline_digest_end"] = machine()["pipeline_digest"]
    if not args.keep_runs and res["cli"]["exit_code"] == 0:
        shutil.rmtree(cache / "runs" / "cli-real", ignore_errors=True)
    return res


# --------------------------------------------------------------------------- report


def _f(x: float | None, digits: int = 1) -> str:
    return "–" if x is None else f"{x:,.{digits}f}"


def _rate(n: int | None, s: float | None) -> str:
    return "–" if not n or not s else f"{n / s:,.0f}"


def _per_1k(s: float | None, n: int) -> str:
    return "–" if s is None or not n else f"{s / n * 1000:.3f}"


def _exit_note(measured: dict[str, Any]) -> str:
    """`` (**exit N**)`` after a row label when the measured process failed, else nothing."""
    return "" if measured["exit_code"] == 0 else f" (**exit {measured['exit_code']}**)"


def render(data: dict[str, Any]) -> str:
    """The Markdown of the section between the markers (tables from the merged results)."""
    lines: list[str] = [
        "<!-- Generated by bench/bench_scale.py (make bench): edit the script, not this section. -->",
        "Synthetic corpora from `tests/support/synth_corpus.py` (half Chinese, half English; 5 % exact and 5 % near",
        "duplicates; 3 % with planted personal data; 3 annotations per record from 20 annotators; a handful",
        "of malformed lines) and the real corpora, through the whole pipeline. **Per stage**: `prepare_run`",
        "once, then one fresh process per stage running `run_step` (like an Airflow task, so each row",
        "includes start-up, imports and model loading). **CLI**: `python -m pipeline run` in one process.",
        "**Floor**: a plain pyarrow read of the same data and a zstd Parquet write. *Peak* is the largest",
        "single process (`ru_maxrss` from `os.wait4`); *tree* is the sampled peak (every 0.25 s) of the",
        "RSS summed over the process and its worker processes. *load* is the 1-minute load average when the",
        "row started (2 cores: 2.0 means both busy). Synthetic runs use the config",
        "`agreement: {labels: [good, bad], reject_labels: [bad]}`, `validate: {labels: [good, bad]}`; the",
        "real corpora the bundled defaults.",
        "",
    ]
    synth = {int(k): v for k, v in data.get("synthetic", {}).items()}
    real = data.get("real")
    # targets
    lines += ["| target (issue) | measured | met |", "|---|---|---|"]
    one_m = synth.get(1_000_000, {}).get("cli")
    if one_m:
        ok = (
            one_m["exit_code"] == 0 and one_m["wall_s"] <= TARGET_1M_SECONDS and one_m["tree_peak_mib"] <= TARGET_1M_MIB
        )
        lines.append(
            f"| 1,000,000 synthetic records end to end through the CLI ≤ 30 min, peak ≤ 4 GB | "
            f"{one_m['wall_s'] / 60:.1f} min, peak {one_m['peak_mib']:,.0f} MiB (tree {one_m['tree_peak_mib']:,.0f} MiB), "
            f"exit {one_m['exit_code']}, load {one_m['load1']} | {'yes' if ok else '**no**'} |"
        )
    else:
        measured = [n for n in synth if (synth[n].get("cli") or {}).get("exit_code") == 0]
        guess = "not run yet"
        if measured:
            big = max(measured)
            cli = synth[big]["cli"]
            guess = (
                f"not run; linear extrapolation from {big:,} records: "
                f"{cli['wall_s'] / big * 1_000_000 / 60:,.0f} min (CLI {cli['wall_s']:.0f} s, tree peak "
                f"{cli['tree_peak_mib']:,.0f} MiB at {big:,})"
            )
        lines.append(f"| 1,000,000 synthetic records end to end through the CLI ≤ 30 min, peak ≤ 4 GB | {guess} | – |")
    if real and "cli" in real:
        c = real["cli"]
        ok = c["exit_code"] == 0 and c["wall_s"] <= TARGET_REAL_SECONDS
        lines.append(
            f"| Stanford Alpaca + Chinese corpora ≤ 2 min | {c['wall_s']:.1f} s, peak {c['peak_mib']:,.0f} MiB "
            f"(tree {c['tree_peak_mib']:,.0f} MiB), load {c['load1']} | {'yes' if ok else '**no**'} |"
        )
    lines.append("")
    # growth
    if synth:
        stages: list[str] = []
        for r in synth.values():
            stages += [s["stage"] for s in r.get("stages", []) if s["stage"] not in stages and s["stage"] != "prepare"]
        lines += [
            "### Cost growth (seconds per 1,000 records)",
            "",
            "| records | CLI s | CLI s/1k | CLI peak MiB (tree) | stages s/1k | "
            + " | ".join(f"{s} s/1k" for s in stages)
            + " | floor s/1k | load | run | code |",
            "|---:|---:|---:|---:|---:|" + "---:|" * len(stages) + "---:|---:|---|---|",
        ]
        for n in sorted(synth):
            r = synth[n]
            cli = r.get("cli") or {}
            by_stage = {s["stage"]: s for s in r.get("stages", [])}
            total = sum(s["wall_s"] for s in r.get("stages", []) if s["stage"] != "prepare")
            cli_s = cli.get("wall_s")
            cli_txt = _f(cli_s) + ("" if cli.get("exit_code", 0) == 0 else f" (exit {cli['exit_code']})")
            lines.append(
                f"| {n:,} | {cli_txt} | {_per_1k(cli_s, n)} | "
                f"{_f(cli.get('peak_mib'), 0)} ({_f(cli.get('tree_peak_mib'), 0)}) | {_per_1k(total or None, n)} | "
                + " | ".join(_per_1k(by_stage.get(s, {}).get("wall_s"), n) for s in stages)
                + f" | {_per_1k(r['floor']['wall_s'], n)} | {cli.get('load1', '–')} | {r['started']} | "
                f"`{r['machine']['pipeline_digest']}` |"
            )
        digests = {r["machine"]["pipeline_digest"] for r in synth.values()}
        if len(digests) > 1:
            lines.append("")
            lines.append(
                "*code* is a digest of `pipeline/*.py` when the row started: rows with different digests "
                "measured different pipeline code, so compare them with care."
            )
        lines.append("")
    for n in sorted(synth):
        lines += _size_section(synth[n], data)
    if real:
        lines += _real_section(real, data)
    return "\n".join(lines)


def _machine_line(r: dict[str, Any]) -> str:
    m = r["machine"]
    end = r.get("pipeline_digest_end")
    changed = f", **changed to `{end}` during the run**" if end and end != m["pipeline_digest"] else ""
    return (
        f"{m['cores']} cores ({m['cpu']}), {m['ram_gib']} GiB RAM, Python {m['python']}; "
        f"digest of pipeline/*.py `{m['pipeline_digest']}`{changed}"
    )


def _size_section(r: dict[str, Any], data: dict[str, Any]) -> list[str]:
    n = r["records"]
    corpus = r["corpus"]
    stats = corpus.get("stats") or {}
    kinds = stats.get("kinds", {})
    out = [
        f"### {n:,} synthetic records",
        "",
        f"Command: `{r['command']}` ({r['started']}; {_machine_line(r)}). Corpus "
        f"`{r['corpus_path']}` (seed {r['seed']}, {corpus['bytes'] / 2**20:,.0f} MiB; "
        f"{kinds.get('exact', 0):,} exact + {kinds.get('near', 0):,} near copies, "
        f"{sum(v for k, v in kinds.items() if k not in ('original', 'exact', 'near')):,} malformed lines"
        + (f"; generated in {corpus['generated_s']} s" if corpus.get("generated_s") else "; cached")
        + ").",
        "",
    ]
    if r.get("stages"):
        out += [
            "| step | seconds | records in | records/s | s per 1k | peak MiB | tree MiB | CPU s | load |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
        ]
        total = 0.0
        for s in r["stages"]:
            if s.get("in_process"):
                out.append(f"| {s['stage']} (in the bench process) | {s['wall_s']:.2f} | | | | | | | {s['load1']} |")
                continue
            total += s["wall_s"]
            status = _exit_note(s)
            out.append(
                f"| {s['stage']}{status} | {s['wall_s']:.1f} | {_f(s['records_in'], 0)} | "
                f"{_rate(s['records_in'], s['wall_s'])} | {_per_1k(s['wall_s'], n)} | {s['peak_mib']:,.0f} | "
                f"{s['tree_peak_mib']:,.0f} | {s['cpu_s']:,.1f} | {s['load1']} |"
            )
        peak = max((s["peak_mib"] for s in r["stages"] if not s.get("in_process")), default=0)
        out.append(
            f"| **sum of stages** | **{total:.1f}** | {n:,} | {_rate(n, total)} | {_per_1k(total, n)} | {peak:,.0f} | | | |"
        )
    cli = r.get("cli")
    if cli:
        status = _exit_note(cli)
        out.append(
            f"| CLI, one process{status} | {cli['wall_s']:.1f} | {n:,} | {_rate(n, cli['wall_s'])} | "
            f"{_per_1k(cli['wall_s'], n)} | {cli['peak_mib']:,.0f} | {cli['tree_peak_mib']:,.0f} | {cli['cpu_s']:,.1f} | "
            f"{cli['load1']} |"
        )
    fl = r["floor"]
    status = _exit_note(fl)
    out.append(
        f"| floor (pyarrow read + Parquet write){status} | {fl['wall_s']:.1f} | {n:,} | {_rate(n, fl['wall_s'])} | "
        f"{_per_1k(fl['wall_s'], n)} | {fl['peak_mib']:,.0f} | {fl['tree_peak_mib']:,.0f} | {fl['cpu_s']:,.1f} | {fl['load1']} |"
    )
    out.append("")
    notes = []
    if cli:
        notes.append(f"CLI: `{cli['command']}`")
        if cli.get("stage_seconds"):
            notes.append(
                "its own per-stage seconds: " + ", ".join(f"{k} {v:g}" for k, v in cli["stage_seconds"].items())
            )
    counts = (cli or {}).get("counts") or r.get("counts")
    if counts:
        notes.append(
            f"manifest: in {counts['input']:,} = exported {counts['exported']:,} + rejected {counts['rejected']:,} "
            f"+ duplicates {counts['duplicates']:,} + review {counts['review']:,}"
        )
    q = r.get("dedup_quality")
    if q:
        notes.append(
            f"dedup: {q['removed']:,} removed for {q['planted_copies']:,} planted copies, "
            f"{q['spurious']:,} removed with a survivor of another family (spurious)"
        )
    notes += _errors([*(r.get("stages") or []), {**(cli or {}), "stage": "CLI"}, {**r["floor"], "stage": "floor"}])
    notes.append(f"load at the end {r.get('load_end')}")
    out += ["; ".join(notes) + ".", ""]
    return out


def _errors(rows: Sequence[dict[str, Any]]) -> list[str]:
    return [
        f"**{row.get('stage', 'run')} failed** (exit {row['exit_code']}): `{row.get('error') or 'no message'}`"
        for row in rows
        if row.get("exit_code")
    ]


def _real_section(r: dict[str, Any], data: dict[str, Any]) -> list[str]:
    if "skipped" in r:
        return ["### Real corpora", "", f"Skipped: {r['skipped']}.", ""]
    c = r["cli"]
    fl = r["floor"]
    counts = c.get("counts") or c.get("counts_so_far") or {}
    n = counts.get("input")
    out = [
        "### Real corpora (Stanford Alpaca + Chinese corpora, one CLI run)",
        "",
        f"Command: `{r['command']}` ({r['started']}; {_machine_line(r)}). The CLI run: `{c['command']}`.",
        "",
        "| run | seconds | records/s | peak MiB | tree MiB | CPU s | in | exported | rejected | duplicates | review | load |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    status = _exit_note(c)
    out.append(
        f"| CLI{status} | {c['wall_s']:.1f} | {_rate(n, c['wall_s'])} | {c['peak_mib']:,.0f} | {c['tree_peak_mib']:,.0f} | "
        f"{c['cpu_s']:,.1f} | {_f(n, 0)} | {_f(counts.get('exported'), 0)} | {_f(counts.get('rejected'), 0)} | "
        f"{_f(counts.get('duplicates'), 0)} | {_f(counts.get('review'), 0)} | {c['load1']} |"
    )
    status = _exit_note(fl)
    out.append(
        f"| floor (json.load + pyarrow + Parquet write, {r['files']} files){status} | {fl['wall_s']:.1f} | {_rate(n, fl['wall_s'])} | "
        f"{fl['peak_mib']:,.0f} | {fl['tree_peak_mib']:,.0f} | {fl['cpu_s']:,.1f} | | | | | | {fl['load1']} |"
    )
    out.append("")
    notes = []
    if c.get("stage_seconds"):
        notes.append("CLI per-stage seconds: " + ", ".join(f"{k} {v:g}" for k, v in c["stage_seconds"].items()))
    reasons = c.get("rejected_by_reason")
    if reasons:
        flat = _flatten_reasons(reasons)
        notes.append("rejected by reason: " + ", ".join(f"{k} {v:,}" for k, v in flat[:8]))
    notes += _errors([{**c, "stage": "CLI"}, {**fl, "stage": "floor"}])
    if not c.get("counts") and c.get("counts_so_far"):
        notes.append(
            "no manifest (the run stopped): the counts are those of the stages that finished ("
            + ", ".join(c["counts_so_far"]["stages"])
            + ")"
        )
    notes.append(f"load at the end {r.get('load_end')}")
    out += ["; ".join(notes) + ".", ""]
    return out


def _flatten_reasons(reasons: Any) -> list[tuple[str, int]]:
    flat: list[tuple[str, int]] = []
    if isinstance(reasons, dict):
        for k, v in reasons.items():
            if isinstance(v, dict):
                flat += [(f"{k}/{k2}", int(v2)) for k2, v2 in v.items() if isinstance(v2, (int, float))]
            elif isinstance(v, (int, float)):
                flat.append((k, int(v)))
    return sorted(flat, key=lambda kv: -kv[1])


def _compact(data: dict[str, Any]) -> dict[str, Any]:
    """The results without what the tables do not show (the child commands of stage and floor rows)."""
    out = json.loads(json.dumps(data))
    runs = [*out.get("synthetic", {}).values(), *([out["real"]] if out.get("real") else [])]
    for r in runs:
        for row in [*r.get("stages", []), r.get("floor") or {}]:
            row.pop("command", None)
    return out


def write_doc(doc: Path, new: dict[str, Any]) -> dict[str, Any]:
    """Merge ``new`` into the results stored in ``doc`` and rewrite only the marked section, atomically."""
    text = doc.read_text(encoding="utf-8") if doc.is_file() else "# Benchmarks\n"
    if START_MARK not in text or END_MARK not in text:
        text = text.rstrip("\n") + f"\n\n{HEADING}\n\n{START_MARK}\n{END_MARK}\n"
    head, rest = text.split(START_MARK, 1)
    body, tail = rest.split(END_MARK, 1)
    old: dict[str, Any] = {}
    m = re.search(re.escape(DATA_PREFIX) + r"(.*?) -->", body, re.S)
    if m:
        try:
            old = json.loads(m.group(1))
        except json.JSONDecodeError:
            old = {}
    merged = {"synthetic": {**old.get("synthetic", {}), **new.get("synthetic", {})}}
    if new.get("real") or old.get("real"):
        merged["real"] = new.get("real") or old.get("real")
    blob = json.dumps(_compact(merged), ensure_ascii=False, separators=(",", ":")).replace(
        "--", "-\\u002d"
    )  # no "--" in an HTML comment
    section = f"{START_MARK}\n{render(merged)}\n{DATA_PREFIX}{blob} -->\n{END_MARK}"
    out = head + section + tail
    tmp = doc.with_name(f".{doc.name}.{os.getpid()}.tmp")
    tmp.write_text(out, encoding="utf-8")
    os.replace(tmp, doc)
    return merged


# --------------------------------------------------------------------------- main


def main(argv: Sequence[str] | None = None) -> int:
    """Parse arguments, hold the bench lock, run the sizes (and the real corpora) and report."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["_stage"]:
        return child_stage(*argv[1:4])
    if argv[:1] == ["_floor"]:
        return child_floor(argv[1], argv[2:])
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=DEFAULT_SIZES, help="synthetic corpus sizes")
    parser.add_argument("--real", action=argparse.BooleanOptionalAction, default=True, help="also the real corpora")
    parser.add_argument("--cache-dir", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--config", type=Path, help="pipeline config for the synthetic runs (default: labels only)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--doc", type=Path, help="Markdown file whose bench-scale section is (re)written")
    parser.add_argument("--json", type=Path, help="also write this run's raw results here")
    parser.add_argument("--skip-stages", action="store_true", help="no per-stage processes")
    parser.add_argument("--skip-cli", action="store_true", help="no one-process CLI run")
    parser.add_argument("--keep-runs", action="store_true", help="keep the run directories in the cache dir")
    parser.add_argument("--no-lock", action="store_true", help=f"do not take {LOCK_PATH}")
    parser.add_argument(
        "--max-tree-gib", type=float, default=0, help="kill a measured process tree above this RSS (0: no limit)"
    )
    args = parser.parse_args(argv)
    global MAX_TREE_BYTES
    MAX_TREE_BYTES = int(args.max_tree_gib * 2**30)
    args.cache_dir = args.cache_dir.resolve()
    args.cache_dir.mkdir(parents=True, exist_ok=True)
    if not args.no_lock:
        acquire_lock()
    command = shlex.join([".venv/bin/python", "bench/bench_scale.py", *argv])
    config = args.config.resolve() if args.config else args.cache_dir / "bench-config.yaml"
    if not args.config:
        config.write_text(BENCH_CONFIG, encoding="utf-8")
    _log(f"uptime: load {os.getloadavg()}; sizes {args.sizes}; real {args.real}; {command}")
    results: dict[str, Any] = {"synthetic": {}}
    for n in args.sizes:
        r = bench_size(n, args, config)
        r["command"] = command
        results["synthetic"][str(n)] = r
        if args.doc:
            write_doc(args.doc, {"synthetic": {str(n): r}})
    if args.real:
        r = bench_real(args)
        r["command"] = command
        results["real"] = r
        if args.doc:
            write_doc(args.doc, {"real": r})
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
    merged = results
    if args.doc:
        merged = write_doc(args.doc, {})
    print(render(merged))
    return 0


if __name__ == "__main__":
    sys.exit(main())
