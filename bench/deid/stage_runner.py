"""Run the deidentify stage exactly as a pipeline run does, on records built by a benchmark.

The stage (``pipeline.stages.deidentify.stage.run``) gets an Arrow table with the pipeline's record
schema, the default config (``deidentify.workers`` as given) and a throw-away run directory; the
benchmark reads back the kept records, the rejects and the audit log (one row per finding: field,
type, offsets, recognizer, action; never the value).
"""

from __future__ import annotations

import os
import resource
import tempfile
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
# The default policy pseudonymises annotator ids, which needs a key. A fixed benchmark key keeps the
# output reproducible and leaves the user's key file (~/.local/share/instructflow/pii.key) alone.
os.environ.setdefault("INSTRUCTFLOW_PII_KEY", "instructflow-benchmark-key-not-a-secret")

NOT_CHANGING = frozenset({"keep", "allowed"})
"""Audit actions that leave the text as it was; every other action changes or drops the record."""


def record_row(
    record_id: str,
    *,
    instruction: str = "",
    input: str = "",
    output: str = "",
    lang: str = "en",
    system: str | None = None,
    history: Sequence[Sequence[str]] | None = None,
    source_id: str | None = None,
    annotations: Sequence[Mapping[str, Any]] | None = None,
    corpus: str = "bench",
    source_file: str = "bench.jsonl",
    source_index: int = 0,
) -> dict[str, Any]:
    """One record in the pipeline's record schema (``RECORD_SCHEMA``)."""
    return {
        "record_id": record_id,
        "instruction": instruction,
        "input": input,
        "output": output,
        "system": system,
        "history": [list(turn) for turn in history] if history else None,
        "corpus": corpus,
        "source_file": source_file,
        "source_index": source_index,
        "source_id": source_id,
        "lang": lang,
        "annotations": [
            {"annotator_id": a["annotator_id"], "label": a["label"], "confidence": a.get("confidence")}
            for a in annotations
        ]
        if annotations
        else None,
    }


@dataclass
class StageRun:
    """What the stage did with a table of records, and what it cost."""

    kept: dict[str, dict[str, Any]]
    """Kept records by record id, as the stage wrote them."""
    rejected: dict[str, str]
    """Reason code by record id (``pii_too_dense``, ``pii_residual``, ...)."""
    audit: list[dict[str, Any]]
    """The audit log's rows (record id, field, entity type, offsets, score, recognizer, action)."""
    cpu_s: float
    """CPU seconds of this process and of any child processes during ``run``."""
    wall_s: float
    counters: dict[str, float] = field(default_factory=dict)

    def changing(self) -> list[dict[str, Any]]:
        """Audit rows of findings that changed the text or dropped the record (not ``keep``/``allowed``)."""
        return [a for a in self.audit if a["action"] not in NOT_CHANGING]


def stage_context(run_dir: Path, workers: int = 1) -> Any:
    """A ``StageContext`` with the default config (``deidentify.workers`` as given)."""
    from pipeline.config import parse_config
    from pipeline.core.stage import StageContext

    cfg = parse_config({"deidentify": {"workers": workers}}, source="bench", base_dir=Path("."))
    return StageContext(run_dir=run_dir, config=cfg, stage="deidentify")


WARM_UP_ROWS = (
    ("en", "Reply to Mary Carter, 12 Baker Street, phone (415) 555-0132."),
    ("zh", "请联系张伟，电话13812345678，地址北京市朝阳区建国路88号。"),
)
"""Records that make every lazily loaded part of the stage load (names, addresses, phones; en and zh)."""


def warm_up(workers: int = 1) -> None:
    """Run the stage once on :data:`WARM_UP_ROWS`: its models and artefacts (cached per process) load now."""
    run_stage(
        [record_row(f"warm-up-{i}", instruction=t, lang=lang) for i, (lang, t) in enumerate(WARM_UP_ROWS)], workers
    )


def cpu_now() -> float:
    """CPU seconds used so far by this process and its waited-for children (user + system)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def run_stage(rows: Iterable[Mapping[str, Any]], workers: int = 1) -> StageRun:
    """Run the deidentify stage on ``rows`` (record dicts, see :func:`record_row`) in a temporary run dir."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from pipeline.core.records import RECORD_SCHEMA
    from pipeline.stages.deidentify.stage import run

    table = pa.Table.from_pylist(list(rows), schema=RECORD_SCHEMA)
    with tempfile.TemporaryDirectory(prefix="deid-bench-") as tmp:
        ctx = stage_context(Path(tmp), workers)
        cpu0, wall0 = cpu_now(), time.perf_counter()
        result = run(table, ctx)
        cpu, wall = cpu_now() - cpu0, time.perf_counter() - wall0
        audit_files = sorted(Path(tmp, "audit").glob("*.parquet"))
        audit = [row for f in audit_files for row in pq.read_table(f).to_pylist()]
    rejected = result.rejected.to_pylist() if result.rejected.num_rows else []
    return StageRun(
        kept={str(r["record_id"]): r for r in result.kept.to_pylist()},
        rejected={str(r["record_id"]): str(r["reason"]) for r in rejected},
        audit=audit,
        cpu_s=cpu,
        wall_s=wall,
        counters=dict(result.counters),
    )
