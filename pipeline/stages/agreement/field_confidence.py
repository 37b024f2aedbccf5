"""Field-level confidence (docs/STANDARD.md §7): one score per annotated field of a record.

Annotations may carry field values (``annotations[].fields``: ``{name, value, confidence}``). Per
record and field, over the record's annotators who gave that field (one annotation per annotator:
the first, as for labels):

- the **consensus value** is the value most annotators gave (values compared after trimming
  whitespace; a tie goes to the smallest value in code-point order and counts as disagreement);
  ``agreement`` is the share of the field's annotators who gave it;
- the signals, each in 0..1 or missing:
  ``annotator``: mean self-reported confidence of the annotators who gave the consensus value
  (missing when none said);
  ``type_match``: 1 when the consensus value parses as the field's kind
  (:func:`pipeline.text.field_types.matches_kind`), else 0;
  ``stability``: 1 when the consensus value equals the one the previous published version holds
  for the same record (by source identity), else 0; missing without a previous version or value;
  ``agreement``: as above;
- **confidence** = the weighted mean of the signals present, weights from the field's rule
  (:class:`~pipeline.config.field_confidence.FieldTypeRule`): ``sum(w * s) / sum(w)`` over the
  signals with a value and a weight above zero.

A field whose confidence is below its rule's ``reannotate_below`` sends the record to the
re-annotation queue (``field_reannotate_low_confidence``), below ``review_below`` to expert review
(``field_low_confidence``): :func:`flagged`. Values never appear in details or reports; field
names do (they are identifiers from the guideline or the annotation schema).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import cast

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from pipeline.config.field_confidence import FieldTypeRule, rule_for
from pipeline.text.field_types import matches_kind

FIELD_CONFIDENCE_TYPE = pa.struct(
    [
        pa.field("name", pa.string(), nullable=False),
        pa.field("kind", pa.string(), nullable=False),
        pa.field("value", pa.string()),
        pa.field("confidence", pa.float64()),
        pa.field("annotator_confidence", pa.float64()),
        pa.field("type_match", pa.bool_()),
        pa.field("stable", pa.bool_()),
        pa.field("agreement", pa.float64()),
        pa.field("annotators", pa.int32()),
    ]
)
"""One item of the ``field_confidence`` column kept and exported records carry (sorted by name)."""


@dataclass(frozen=True)
class FieldScore:
    """The confidence of one field of one record and the signals it is made of."""

    name: str
    kind: str
    value: str | None
    confidence: float
    annotator: float | None
    type_match: bool
    stable: bool | None
    agreement: float
    annotators: int

    def signals_text(self) -> str:
        """The signals as a value-free phrase (for details and reports)."""
        ann = "n/a" if self.annotator is None else f"{self.annotator:.3f}"
        stab = "n/a" if self.stable is None else str(int(self.stable))
        agree = round(self.agreement * self.annotators)
        return (
            f"annotator {ann}, type match {int(self.type_match)}, stability {stab}; "
            f"{agree} of {self.annotators} annotators agree"
        )


@dataclass(frozen=True)
class Flag:
    """A field below one of its thresholds: which level (``reannotate`` or ``review``), which rule."""

    score: FieldScore
    level: str
    threshold: float

    def detail(self) -> str:
        """``field 'amount' (amount): confidence 0.420 ... is below agreement.field_types.amount.<key> 0.5``."""
        key = "reannotate_below" if self.level == "reannotate" else "review_below"
        s = self.score
        return (
            f"field '{s.name}' ({s.kind}): confidence {s.confidence:.3f} ({s.signals_text()}) is below "
            f"agreement.field_types.{s.name}.{key} {self.threshold}"
        )


@dataclass
class FieldScores:
    """Every scored field of every record (by row of the stage's input)."""

    by_row: dict[int, list[FieldScore]] = field(default_factory=dict)
    undeclared: int = 0
    """Field annotations whose field no rule names (scored as ``text``)."""
    used: int = 0
    """Field annotations used (after one annotation per record and annotator)."""

    def min_confidence(self, n: int) -> np.ndarray:
        """Per row, the lowest field confidence (NaN for rows without fields)."""
        out = np.full(n, np.nan)
        for r, scores in self.by_row.items():
            out[r] = min(s.confidence for s in scores)
        return out

    def min_agreement(self, n: int) -> np.ndarray:
        """Per row, the lowest field agreement (NaN for rows without fields)."""
        out = np.full(n, np.nan)
        for r, scores in self.by_row.items():
            out[r] = min(s.agreement for s in scores)
        return out

    def column(self, n: int) -> pa.Array:
        """The ``field_confidence`` column (:data:`FIELD_CONFIDENCE_TYPE` items; null for rows without fields)."""
        rows: list[list[dict[str, object]] | None] = [None] * n
        for r, scores in self.by_row.items():
            rows[r] = [
                {
                    "name": s.name,
                    "kind": s.kind,
                    "value": s.value,
                    "confidence": round(s.confidence, 6),
                    "annotator_confidence": None if s.annotator is None else round(s.annotator, 6),
                    "type_match": s.type_match,
                    "stable": s.stable,
                    "agreement": round(s.agreement, 6),
                    "annotators": s.annotators,
                }
                for s in scores
            ]
        return pa.array(rows, pa.list_(FIELD_CONFIDENCE_TYPE))


def long_field_values(table: pa.Table) -> pa.Table:
    """The embedded ``annotations[].fields`` in long form: row, annotation, annotator, name, value, confidence.

    ``annotation`` numbers the annotations of the whole column (which annotation a field came from).

    Only annotations with fields contribute; empty when the column or its ``fields`` is absent.
    """
    empty = pa.table(
        {
            "row": pa.array([], pa.int64()),
            "annotation": pa.array([], pa.int64()),
            "annotator": pa.array([], pa.string()),
            "name": pa.array([], pa.string()),
            "value": pa.array([], pa.string()),
            "confidence": pa.array([], pa.float64()),
        }
    )
    col = _annotations_with_fields(table)
    if col is None:
        return empty
    parents = pc.list_parent_indices(col).to_numpy(zero_copy_only=False).astype(np.int64)
    flat = cast(pa.StructArray, pc.list_flatten(col))
    fields = flat.field("fields")
    if len(fields) == 0 or fields.null_count == len(fields):
        return empty
    fparents = pc.list_parent_indices(fields).to_numpy(zero_copy_only=False).astype(np.int64)
    items = cast(pa.StructArray, pc.list_flatten(fields))
    annot = flat.field("annotator_id").take(pa.array(fparents, pa.int64()))
    return pa.table(
        {
            "row": pa.array(parents[fparents], pa.int64()),
            "annotation": pa.array(fparents, pa.int64()),
            "annotator": pc.utf8_trim_whitespace(annot),
            "name": items.field("name"),
            "value": items.field("value"),
            "confidence": pc.cast(items.field("confidence"), pa.float64()),
        }
    )


def weighted(signals: Mapping[str, float | None], rule: FieldTypeRule) -> float:
    """``sum(w * s) / sum(w)`` over the signals present with a weight above zero (NaN when none is)."""
    weights = rule.weights
    num = den = 0.0
    for name, value in signals.items():
        w = float(getattr(weights, name))
        if value is None or w <= 0:
            continue
        num += w * value
        den += w
    return num / den if den > 0 else float("nan")


def score_field(
    rule: FieldTypeRule,
    values: list[tuple[str | None, float | None]],
    previous: str | None,
    has_previous: bool,
) -> FieldScore:
    """Score one field of one record from its annotators' ``(value, confidence)`` pairs.

    ``previous`` is the value the previous published version holds for the field (``has_previous``
    False: no previous value, the stability signal is missing).
    """
    norm = [(None if v is None else v.strip(), c) for v, c in values]
    counts: dict[str, int] = {}
    for v, _ in norm:
        if v is not None and v != "":
            counts[v] = counts.get(v, 0) + 1
    consensus: str | None = None
    top = max(counts.values()) if counts else 0
    if counts:
        consensus = min(v for v, c in counts.items() if c == top)
    n = len(norm)
    agreement = top / n if n else 0.0
    confs = [c for v, c in norm if v == consensus and consensus is not None and c is not None]
    annotator = sum(confs) / len(confs) if confs else None
    type_match = consensus is not None and matches_kind(consensus, rule.kind)
    stable = None if not has_previous else (previous is not None and consensus == previous.strip())
    signals: dict[str, float | None] = {
        "annotator": annotator,
        "type_match": 1.0 if type_match else 0.0,
        "stability": None if stable is None else (1.0 if stable else 0.0),
        "agreement": agreement,
    }
    return FieldScore(
        name=rule.name,
        kind=rule.kind,
        value=consensus,
        confidence=weighted(signals, rule),
        annotator=annotator,
        type_match=type_match,
        stable=stable,
        agreement=agreement,
        annotators=n,
    )


def score_fields(
    long: pa.Table,
    rules: Mapping[str, FieldTypeRule],
    skip_rows: set[int],
    previous: Mapping[tuple[int, str], str | None] | None = None,
) -> FieldScores:
    """Score every field of every record in ``long`` (:func:`long_field_values`), rows in ``skip_rows`` left out.

    One annotation per record and annotator counts (the first; an annotator's later annotations of
    the record are dropped, as for labels). ``previous`` maps ``(row, field name)`` to the previous
    version's value of records that had one (None: no previous version).
    """
    out = FieldScores()
    if long.num_rows == 0:
        return out
    rows = long.column("row").to_pylist()
    which = long.column("annotation").to_pylist()
    annots = long.column("annotator").to_pylist()
    names = long.column("name").to_pylist()
    vals = long.column("value").to_pylist()
    confs = long.column("confidence").to_pylist()
    counted: dict[tuple[int, str], int] = {}  # (row, annotator) -> the annotation of theirs that counts
    grouped: dict[tuple[int, str], list[tuple[str | None, float | None]]] = {}
    for r, k, a, name, v, c in zip(rows, which, annots, names, vals, confs):
        if r in skip_rows or a is None or a == "":
            continue
        if counted.setdefault((r, a), k) != k:
            continue
        grouped.setdefault((r, name), []).append((v, c))
    prev = previous or {}
    for (r, name), values in sorted(grouped.items(), key=lambda kv: (kv[0][0], kv[0][1])):
        rule = rule_for(rules, name)
        if name not in rules:
            out.undeclared += len(values)
        out.used += len(values)
        has_prev = (r, name) in prev
        out.by_row.setdefault(r, []).append(score_field(rule, values, prev.get((r, name)), has_prev))
    return out


def flagged(scores: list[FieldScore], rules: Mapping[str, FieldTypeRule]) -> list[Flag]:
    """The fields of one record below a threshold, lowest confidence first (re-annotation before review)."""
    out = []
    for s in scores:
        rule = rule_for(rules, s.name)
        if np.isnan(s.confidence):
            continue
        if s.confidence < rule.reannotate_below - 1e-12:
            out.append(Flag(s, "reannotate", rule.reannotate_below))
        elif s.confidence < rule.review_below - 1e-12:
            out.append(Flag(s, "review", rule.review_below))
    out.sort(key=lambda f: (f.level != "reannotate", f.score.confidence, f.score.name))
    return out


def flags_text(flags: list[Flag]) -> str:
    """``amount 0.420 < 0.5; date 0.650 < 0.7`` (names and numbers only)."""
    return "; ".join(f"{f.score.name} {f.score.confidence:.3f} < {f.threshold}" for f in flags)


def _annotations_with_fields(table: pa.Table) -> pa.Array | None:
    """The ``annotations`` column as one array when its items have ``fields``; None otherwise (or no rows)."""
    if "annotations" not in table.column_names or table.num_rows == 0:
        return None
    col = table.column("annotations").combine_chunks()
    item_type = col.type.value_type
    if not pa.types.is_struct(item_type) or item_type.get_field_index("fields") < 0:
        return None
    return col


def embedded_field_lists(table: pa.Table) -> pa.Array | None:
    """The ``fields`` of every embedded annotation, in flattened order (None when annotations carry none)."""
    col = _annotations_with_fields(table)
    return None if col is None else cast(pa.StructArray, pc.list_flatten(col)).field("fields")


def previous_by_row(record_ids: pa.Array, previous: pa.Table | None) -> dict[tuple[int, str], str | None] | None:
    """``(row, field name) -> value`` from the previous version's values (``record_id``, ``name``, ``value``).

    None when there is no previous version (the stability signal is then missing everywhere).
    """
    if previous is None:
        return None
    idx = pc.index_in(previous.column("record_id"), value_set=record_ids).to_pylist()
    out: dict[tuple[int, str], str | None] = {}
    for r, name, value in zip(idx, previous.column("name").to_pylist(), previous.column("value").to_pylist()):
        if r is not None:
            out[(int(r), str(name))] = value
    return out
