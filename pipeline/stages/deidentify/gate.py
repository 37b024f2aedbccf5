"""The residual-PII gate for other stages: how many residual findings each record of a table holds.

The validate stage's ``deidentified.no_residual_pii`` check calls :func:`residual_counts`; it uses
the run's de-identification policy and the stage's own residual check
(:class:`~pipeline.stages.deidentify.residual.ResidualScanner`), so the gate and the stage agree.

Given the digests the stage wrote for the records it kept (:mod:`pipeline.stages.deidentify.checked`),
the gate counts 0 for a record whose digest it recomputes identically (the very record the stage
checked, under the same policy and code) and scans every other record in full.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    import pyarrow as pa

    from pipeline.config import PipelineConfig
    from pipeline.stages.deidentify.residual import ResidualScanner

BATCH_ROWS = 2000
"""Records scanned together."""

_SCANNERS: dict[tuple[str, bool], ResidualScanner] = {}


def residual_counts(table: pa.Table, config: PipelineConfig, checked: Mapping[str, bytes] | None = None) -> list[int]:
    """Residual findings per row of ``table`` under the run's policy (0 = nothing left).

    ``checked`` (``record_id`` -> digest, from the stage's ``checked`` file) spares the scan of the
    records the stage checked as they are; every other record is scanned.
    """
    from pipeline.stages.deidentify.checked import policy_fingerprint, verified

    scanner = _scanner(config)
    fingerprint = policy_fingerprint(scanner.policy, scanner.types) if checked else b""
    out: list[int] = []
    for lo in range(0, table.num_rows, BATCH_ROWS):
        rows = table.slice(lo, BATCH_ROWS).to_pylist()
        counts = [0] * len(rows)
        todo = [i for i, ok in enumerate(verified(rows, checked or {}, fingerprint)) if not ok]
        if todo:
            for i, found in zip(todo, scanner.scan_rows([rows[i] for i in todo]), strict=True):
                counts[i] = len(found)
        out += counts
    return out


def stage_checked(run_dir: Path, shard: int | None) -> dict[str, bytes]:
    """The digests the stage wrote for the records of ``shard`` it kept (empty when it wrote none)."""
    from pipeline.stages.deidentify.checked import checked_file, read_checked

    return read_checked(checked_file(run_dir, shard))


def _scanner(config: PipelineConfig) -> ResidualScanner:
    """The scanner for the run's policy, built once per process."""
    from pipeline.stages.deidentify.residual import ResidualScanner
    from pipeline.stages.deidentify.run_policy import load_run_policy

    key = (str(config.deidentify.policy or ""), config.deidentify.ner)
    if key not in _SCANNERS:
        _SCANNERS.clear()
        _SCANNERS[key] = ResidualScanner(load_run_policy(config, with_key=False))
    return _SCANNERS[key]
