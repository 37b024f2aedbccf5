"""The deidentify stage: detect personal data in every text field and transform it by policy.

For each record: analyze all text fields (instruction, input, output, system, history turns) with
:class:`pipeline.stages.deidentify.engine.PiiEngine` routed by ``lang``, add deny-list hits, drop allow-listed values
and findings under the entity's threshold, then

* reject ``pii_dropped`` if any finding's action is ``drop_record``;
* reject ``pii_too_dense`` if more than ``max_entities_per_record`` findings remain;
* otherwise replace the findings (mask / placeholder / pseudonym / surrogate / keep), run the residual
  scan on the new text and reject ``pii_residual`` on any hit; keep the rest with a ``pii_entities``
  column (entities transformed in the record).

Rejects of this stage never carry the record text. The audit log ``audit/deidentify-NNNNN.parquet`` (one per shard) lists
record id, field, entity type, offsets, score, recognizer and action per finding, never the value.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pipeline.stages.deidentify.engine import PiiEngine

import pyarrow as pa

from pipeline.core.records import TEXT_FIELDS, Row, iter_text_fields
from pipeline.core.stage import RecordStage, RejectBuilder, StageContext, StageResult
from pipeline.stages.deidentify.policy import Policy, load_policy
from pipeline.stages.deidentify.recognizers.patterns import Finding, resolve_overlaps
from pipeline.stages.deidentify.scan import HIGH_PRECISION
from pipeline.stages.deidentify.transform import Applied, RecordTransformer

STAGE = "deidentify"

AUDIT_SCHEMA = pa.schema(
    [
        pa.field("record_id", pa.string(), nullable=False),
        pa.field("field", pa.string(), nullable=False),
        pa.field("entity_type", pa.string(), nullable=False),
        pa.field("start", pa.int32(), nullable=False),
        pa.field("end", pa.int32(), nullable=False),
        pa.field("score", pa.float64(), nullable=False),
        pa.field("recognizer", pa.string(), nullable=False),
        pa.field("action", pa.string(), nullable=False),
    ]
)
"""The audit log: where something was found and what was done, never the value.

``start``/``end`` are offsets into the field as the stage received it, except for ``action ==
"residual"`` rows, whose offsets are into the transformed text that was rejected.
"""

PII_COLUMN = pa.field("pii_entities", pa.int32(), nullable=False)
"""Column added to kept records: number of entities transformed in the record."""

_ENGINES: dict[tuple[bool, bool], PiiEngine] = {}


def get_engine(ner: bool, skip_place_windows: bool = False) -> PiiEngine:
    """A loaded :class:`PiiEngine`, cached per process (model start-up is slow).

    ``skip_place_windows``: see :class:`~pipeline.stages.deidentify.engine.PiiEngine` (the stage sets it when the
    policy keeps ``LOCATION``).
    """
    from pipeline.stages.deidentify.engine import PiiEngine

    key = (ner, skip_place_windows)
    if key not in _ENGINES:
        loaded = next(iter(_ENGINES.values()), None)
        engine = PiiEngine(ner=ner, zh_names=True, skip_place_windows=skip_place_windows)
        if loaded is not None and loaded.use_ner == ner:
            engine.share_models(loaded)  # the same models, another window rule
        _ENGINES[key] = engine.load()
    return _ENGINES[key]


def locations_needed(policy: Policy) -> bool:
    """True unless the policy keeps ``LOCATION``: then NER need not run just to find places."""
    rule = policy.entities.get("LOCATION")
    return rule is not None and rule.action != "keep"


def deny_findings(text: str, policy: Policy) -> list[Finding]:
    """Exact occurrences of deny-list strings in ``text`` (score 1.0)."""
    out = []
    for etype, values in sorted(policy.deny_list.items()):
        for value in values:
            for m in re.finditer(re.escape(value), text):
                out.append(Finding(m.start(), m.end(), etype, 1.0, "DenyListRecognizer"))
    return out


def _set_field(row: dict[str, Any], name: str, text: str) -> None:
    if name.startswith("history["):
        i, j = (int(x) for x in re.findall(r"\d+", name))
        row["history"][i][j] = text
    else:
        row[name] = text


def _copy_texts(row: Mapping[str, Any]) -> dict[str, Any]:
    new = dict(row)
    if row.get("history") is not None:
        new["history"] = [list(pair) if pair is not None else None for pair in row["history"]]
    return new


def process(
    rows: Sequence[Row],
    policy: Policy,
    findings_per_text: Sequence[Sequence[Finding]],
    texts: Sequence[tuple[int, str, str]],
    *,
    patterns_complete: bool = False,
) -> tuple[list[dict[str, object]], RejectBuilder, list[dict[str, object]], Counter[str]]:
    """Apply ``policy`` given the findings of each ``(row index, field, text)``.

    ``patterns_complete=True`` says the findings come from an analysis that ran every
    high-precision pattern recognizer on each text (as the stage's engine does). A text with no
    finding at all then had no pattern match, and it is left unchanged, so its residual scan would
    find nothing and is skipped.

    Returns kept rows (with ``pii_entities``), the rejects, audit rows and counters.
    """
    by_row: dict[int, list[tuple[str, str, list[Finding]]]] = {}
    for (ri, fld, text), found in zip(texts, findings_per_text):
        extra = deny_findings(text, policy) if policy.deny_list else []
        merged = resolve_overlaps([*found, *extra]) if extra else list(found)
        by_row.setdefault(ri, []).append((fld, text, merged))

    kept: list[dict[str, Any]] = []
    rejects = RejectBuilder(STAGE)
    audit: list[dict[str, Any]] = []
    counters: Counter[str] = Counter()
    for ri, row in enumerate(rows):
        rid = str(row["record_id"])
        fields = by_row.get(ri, [])
        fields_found = {fld: found for fld, _, found in fields}
        selected: list[tuple[str, str, list[Finding]]] = []
        allowed: list[tuple[str, Finding]] = []
        for fld, text, found in fields:
            if not found:
                selected.append((fld, text, found))
                continue
            keep_f = []
            for f in found:
                rule = policy.entities.get(f.entity_type)
                if rule is None or f.score < rule.threshold:
                    continue
                if text[f.start : f.end].strip() in policy.allow_list:
                    allowed.append((fld, f))
                    continue
                keep_f.append(f)
            selected.append((fld, text, keep_f))
        active = [(fld, f) for fld, _, fs in selected for f in fs if policy.rule(f.entity_type).action != "keep"]
        for fld, f in allowed:
            audit.append(_audit(rid, fld, f, "allowed"))
            counters["allowed"] += 1
        drops = [(fld, f) for fld, f in active if policy.rule(f.entity_type).action == "drop_record"]
        if drops:
            for fld, _, fs in selected:
                for f in fs:
                    audit.append(_audit(rid, fld, f, policy.rule(f.entity_type).action))
            fld, f = drops[0]
            rejects.add(
                row,
                "pii_dropped",
                f"field {fld}: {f.entity_type} at {f.start}-{f.end} (policy drop_record)",
                keep_record=False,
            )
            continue
        if len(active) > policy.max_entities_per_record:
            for fld, _, fs in selected:
                for f in fs:
                    audit.append(_audit(rid, fld, f, "rejected_too_dense"))
            rejects.add(
                row,
                "pii_too_dense",
                f"{len(active)} entities > max_entities_per_record {policy.max_entities_per_record}",
                keep_record=False,
            )
            continue
        transformer = RecordTransformer(policy)
        new_row = _copy_texts(row)
        residual: list[tuple[str, Finding]] = []
        record_audit: list[dict[str, Any]] = []
        for fld, text, fs in selected:
            applied: list[Applied]
            if not fs:
                new_text, applied = text, []
                if patterns_complete and not fields_found[fld]:
                    continue  # nothing matched in this unchanged text: the residual scan finds nothing
            else:
                new_text, applied = transformer.apply(text, fs)
                for a in applied:
                    record_audit.append(_audit(rid, fld, a.finding, a.action))
                    counters[f"entity.{a.finding.entity_type}"] += 1
                    counters[f"action.{a.action}"] += 1
                _set_field(new_row, fld, new_text)
            residual.extend((fld, r) for r in _residual(new_text, applied, policy))
        audit.extend(record_audit)
        if residual:
            for fld, r in residual:
                audit.append(_audit(rid, fld, r, "residual"))
            fld, r = residual[0]
            rejects.add(
                row,
                "pii_residual",
                f"field {fld}: {r.entity_type} at {r.start}-{r.end} after transformation",
                keep_record=False,
            )
            continue
        new_row["pii_entities"] = len(active)
        if active:
            counters["records_with_pii"] += 1
        kept.append(new_row)
    return kept, rejects, audit, counters


def _audit(rid: str, fld: str, f: Finding, action: str) -> dict[str, Any]:
    return {
        "record_id": rid,
        "field": fld,
        "entity_type": f.entity_type,
        "start": f.start,
        "end": f.end,
        "score": f.score,
        "recognizer": f.recognizer,
        "action": action,
    }


def _residual(text: str, applied: Sequence[Any], policy: Policy) -> list[Finding]:
    from pipeline.stages.deidentify.recognizers.patterns import analyze_patterns

    skip = [(a.out_start, a.out_end) for a in applied if a.action == "surrogate"]
    out = []
    for f in resolve_overlaps(analyze_patterns(text, HIGH_PRECISION)):
        rule = policy.entities.get(f.entity_type)
        if rule is None or rule.action == "keep" or f.score < rule.threshold:
            continue
        if any(f.start < e and s < f.end for s, e in skip):
            continue
        if text[f.start : f.end].strip() in policy.allow_list:
            continue
        out.append(f)
    return out


def run(table: pa.Table, ctx: StageContext) -> StageResult:
    """De-identify ``table`` per the configured policy (see the module docstring)."""
    cfg = ctx.config.deidentify
    out_schema = table.schema.append(PII_COLUMN) if "pii_entities" not in table.schema.names else table.schema
    if not cfg.enabled:
        kept = (
            table
            if "pii_entities" in table.schema.names
            else table.append_column(PII_COLUMN, pa.array([0] * table.num_rows, pa.int32()))
        )
        return StageResult(kept=kept, counters={"disabled": 1})
    from pipeline.core.atomic import write_parquet_atomic
    from pipeline.stages.deidentify.engine import PiiEngine, default_workers

    policy_path = ctx.config.resolve_path(cfg.policy) if cfg.policy else None
    policy = load_policy(policy_path, PiiEngine().entities())  # all types; fails before the slow model load
    ctx.progress.start(STAGE, table.num_rows)
    engine = get_engine(cfg.ner, skip_place_windows=not locations_needed(policy))
    rows = table.to_pylist()
    texts: list[tuple[int, str, str]] = []
    langs: list[str] = []
    for ri, row in enumerate(rows):
        for fld, text in iter_text_fields(row):
            texts.append((ri, fld, text))
            langs.append(row.get("lang") or "other")
    workers = cfg.workers or default_workers()
    findings = engine.analyze_parallel([t for _, _, t in texts], langs, workers)
    kept_rows, rejects, audit, counters = process(rows, policy, findings, texts, patterns_complete=True)
    ctx.progress.advance(table.num_rows)
    ctx.progress.finish()

    write_parquet_atomic(
        pa.Table.from_pylist(audit, schema=AUDIT_SCHEMA) if audit else AUDIT_SCHEMA.empty_table(),
        ctx.artifact_path("audit", ctx.artifact_name("deidentify") + ".parquet"),
    )
    kept = pa.Table.from_pylist(kept_rows, schema=out_schema) if kept_rows else out_schema.empty_table()
    result_counters: dict[str, int | float] = {"texts_scanned": len(texts), **dict(sorted(counters.items()))}
    result_counters["entities_total"] = sum(v for k, v in counters.items() if k.startswith("entity."))
    return StageResult(
        kept=kept,
        rejected=rejects.table(),
        counters=result_counters,
        report={"policy": policy.summary(), "text_fields": [*TEXT_FIELDS, "history"]},
    )


class Deidentify:
    """The deidentify stage as a per-shard :class:`~pipeline.core.stage.RecordStage`."""

    run = staticmethod(run)


STAGE_IMPL: RecordStage = Deidentify()
