"""Expert decisions (round 3): adjudication files matched to the run's records; the expert's decision is final."""

from __future__ import annotations

import pyarrow as pa

from pipeline.config.agreement import AgreementConfig
from pipeline.core.stage import Counters, StageContext


def adjudications_for(
    table: pa.Table,
    cfg: AgreementConfig,
    ctx: StageContext,
    counters: Counters,
    history: dict[str, list[tuple[str, str]]] | None = None,
) -> dict[str, tuple[str, str]]:
    """Expert decisions for records of this table: record_id -> (label, reviewer); later files win.

    ``history``, when given, receives every decision of each record in file order (what the
    feedback loop's second review counts: :mod:`pipeline.stages.agreement.feedback`).
    """
    if not cfg.adjudication_files:
        return {}
    from pipeline.stages.agreement.sources import read_adjudications
    from pipeline.stages.deidentify.ids import person_id_rule

    person_id = person_id_rule(ctx.config)  # a reviewer id that names a person, as deidentify writes ids
    ids = set(table.column("record_id").to_pylist())
    out: dict[str, tuple[str, str]] = {}
    unmatched = 0
    for name in cfg.adjudication_files:
        path = ctx.config.resolve_path(name)
        adj = read_adjudications(
            path, record_id_key=cfg.label_studio_record_id_key, from_name=cfg.label_studio_from_name
        )
        for rid, lab, reviewer in zip(*(adj.column(c).to_pylist() for c in ("record_id", "label", "reviewer"))):
            if rid in ids:
                out[rid] = (lab.strip(), person_id(reviewer))
                if history is not None:
                    history.setdefault(rid, []).append(out[rid])
            else:
                unmatched += 1
    counters["adjudications_unmatched"] = unmatched
    return out


def adjudicated_rows(table: pa.Table, adjud: dict[str, tuple[str, str]]) -> dict[int, tuple[str, str]]:
    """The expert decision of each row of ``table`` that has one: row index -> (label, reviewer)."""
    if not adjud:
        return {}
    ids = table.column("record_id").to_pylist()
    return {i: adjud[r] for i, r in enumerate(ids) if r in adjud}
