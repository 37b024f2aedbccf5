"""The residual-PII gate for other stages: how many residual findings each record of a table holds.

The validate stage's ``deidentified.no_residual_pii`` check calls :func:`residual_counts`; it uses
the run's de-identification policy and the stage's own residual check
(:class:`~pipeline.stages.deidentify.residual.ResidualScanner`), so the gate and the stage agree.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pyarrow as pa

    from pipeline.config import PipelineConfig
    from pipeline.stages.deidentify.residual import ResidualScanner

BATCH_ROWS = 2000
"""Records scanned together."""

_SCANNERS: dict[tuple[str, bool], ResidualScanner] = {}


def residual_counts(table: pa.Table, config: PipelineConfig) -> list[int]:
    """Residual findings per row of ``table`` under the run's policy (0 = nothing left)."""
    scanner = _scanner(config)
    out: list[int] = []
    for lo in range(0, table.num_rows, BATCH_ROWS):
        rows = table.slice(lo, BATCH_ROWS).to_pylist()
        out += [len(found) for found in scanner.scan_rows(rows)]
    return out


def _scanner(config: PipelineConfig) -> ResidualScanner:
    """The scanner for the run's policy, built once per process."""
    from pipeline.stages.deidentify.residual import ResidualScanner
    from pipeline.stages.deidentify.run_policy import load_run_policy

    key = (str(config.deidentify.policy or ""), config.deidentify.ner)
    if key not in _SCANNERS:
        _SCANNERS.clear()
        _SCANNERS[key] = ResidualScanner(load_run_policy(config, with_key=False))
    return _SCANNERS[key]
