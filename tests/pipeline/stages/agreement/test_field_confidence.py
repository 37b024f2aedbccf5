"""Field-level confidence: golden scores, thresholds per field type, details, the exported column."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyarrow as pa
import pytest

from pipeline.config import PipelineConfig, parse_config
from pipeline.config.field_confidence import FieldTypeRule, default_field_types
from pipeline.core.records import records_to_table
from pipeline.core.stage import StageContext, StageResult, check_conservation
from pipeline.stages.agreement.field_confidence import (
    FieldScore,
    flagged,
    long_field_values,
    score_field,
    score_fields,
    weighted,
)
from pipeline.stages.agreement.stage import run

RULES = default_field_types()
AMOUNT = RULES["amount"]
DATE = RULES["date"]


def test_golden_amount_that_is_not_an_amount():
    # annotator 0.9, type match 0, stability missing: (0.5*0.9 + 0.3*0) / (0.5 + 0.3)
    s = score_field(AMOUNT, [("twelve hundred", 0.9), ("twelve hundred", 0.9)], None, False)
    assert s == FieldScore("amount", "amount", "twelve hundred", 0.5625, 0.9, False, None, 1.0, 2)


def test_golden_stable_amount():
    # annotator mean(0.9, 0.8) = 0.85, type 1, stable 1: (0.5*0.85 + 0.3 + 0.2) / 1.0
    s = score_field(AMOUNT, [("¥1,200", 0.9), (" ¥1,200 ", 0.8)], "¥1,200", True)
    assert (s.value, s.confidence, s.stable, s.agreement) == ("¥1,200", pytest.approx(0.925), True, 1.0)


def test_golden_changed_since_the_previous_version():
    # annotator 0.9, type 1, stable 0: (0.45 + 0.3 + 0) / 1.0 = 0.75 (not below amount's 0.75)
    s = score_field(AMOUNT, [("¥1,300", 0.9), ("¥1,300", 0.9)], "¥1,200", True)
    assert (s.confidence, s.stable) == (pytest.approx(0.75), False)
    assert flagged([s], RULES) == []


def test_golden_tie_takes_the_smallest_value_and_shows_as_disagreement():
    # "March" (0.3) vs "March 2024" (0.4): tie, consensus "March", annotator 0.3, type 0: 0.15 / 0.8
    s = score_field(DATE, [("March 2024", 0.4), ("March", 0.3)], None, False)
    assert (s.value, s.confidence, s.agreement, s.annotator) == ("March", pytest.approx(0.1875), 0.5, 0.3)


def test_no_confidences_and_no_previous_version_leave_type_match_alone():
    s = score_field(DATE, [("2024-03-05", None), ("2024-03-05", None), ("2024-03-06", None)], None, False)
    assert (s.annotator, s.confidence, s.agreement) == (None, 1.0, pytest.approx(2 / 3))


def test_all_values_empty_means_no_consensus_value():
    s = score_field(DATE, [(None, 0.9), ("  ", 0.9)], None, False)
    assert (s.value, s.type_match, s.annotator, s.confidence) == (None, False, None, 0.0)


def test_weighted_mean_over_the_signals_present():
    rule = FieldTypeRule("x", "text", 0.7, 0.5)
    assert weighted({"annotator": None, "type_match": 1.0, "stability": None, "agreement": 0.5}, rule) == 1.0
    only_agreement = FieldTypeRule("x", "text", 0.7, 0.5, weights=type(rule.weights)(0, 0, 0, 1.0))
    assert weighted({"annotator": 0.9, "type_match": 1.0, "stability": 1.0, "agreement": 0.5}, only_agreement) == 0.5


def _ann(
    annotator: str, fields: dict[str, Any] | None, label: str = "good", conf: float | None = 0.9
) -> dict[str, Any]:
    items = None
    if fields is not None:
        items = [
            {"name": k, "value": v[0], "confidence": v[1]}
            if isinstance(v, tuple)
            else {"name": k, "value": v, "confidence": None}
            for k, v in sorted(fields.items())
        ]
    return {"annotator_id": annotator, "label": label, "confidence": conf, "fields": items}


def _rec(i: int, anns: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "record_id": f"r{i}",
        "instruction": f"instruction {i}",
        "input": "",
        "output": "output",
        "corpus": "c",
        "source_file": "f.jsonl",
        "source_index": i,
        "lang": "en",
        "annotations": anns,
    }


def test_one_annotation_per_annotator_counts_the_first():
    table = records_to_table(
        [
            _rec(
                0,
                [
                    _ann("A", {"amount": ("¥5", 0.9)}),
                    _ann("B", {"amount": ("¥5", 0.7)}),
                    _ann("A", {"amount": ("x", 0.1)}),
                ],
            )
        ]
    )
    scores = score_fields(long_field_values(table), RULES, set())
    [s] = scores.by_row[0]
    assert (s.value, s.annotators, s.annotator, scores.used) == ("¥5", 2, pytest.approx(0.8), 2)


def _config(**agreement: Any) -> PipelineConfig:
    agreement.setdefault("bootstrap_resamples", 0)
    return parse_config({"agreement": agreement}, source="test.yaml", base_dir=Path("."))


def _stage(rows: list[dict[str, Any]], tmp_path: Path, cfg: PipelineConfig) -> StageResult:
    table = records_to_table(rows)
    result = run(table, StageContext(run_dir=tmp_path, config=cfg))
    check_conservation("agreement", table.num_rows, result)
    return result


FIELD_ROWS = [
    # r0: every field certain: kept, with its field_confidence
    _rec(
        0,
        [
            _ann("A", {"amount": ("¥1,200", 0.9), "date": ("2024-03-05", 0.9)}),
            _ann("B", {"amount": ("¥1,200", 0.8), "date": ("2024-03-05", 0.9)}),
        ],
    ),
    # r1: the amount is not an amount: 0.5625 < 0.75 -> expert review
    _rec(1, [_ann("A", {"amount": ("twelve hundred", 0.9)}), _ann("B", {"amount": ("twelve hundred", 0.9)})]),
    # r2: an unsure, tied, partial date: 0.1875 < 0.5 -> re-annotation
    _rec(2, [_ann("A", {"date": ("March", 0.3)}), _ann("B", {"date": ("March 2024", 0.4)})]),
    # r3: no fields
    _rec(3, [_ann("A", None), _ann("B", None)]),
    # r4: both fields low; re-annotation wins and the detail counts the other
    _rec(
        4,
        [
            _ann("A", {"amount": ("lots", 0.2), "reference_number": ("unknown ref", 0.6)}),
            _ann("B", {"amount": ("lots", 0.2)}),
        ],
    ),
    # r5: the majority label is a reject label: rejected, its fields do not matter
    _rec(5, [_ann("A", {"amount": ("lots", 0.1)}, label="bad"), _ann("B", {"amount": ("lots", 0.1)}, label="bad")]),
    # r6: an undeclared field is text
    _rec(6, [_ann("A", {"note": ("fine", 0.9)}), _ann("B", {"note": ("fine", 0.95)})]),
]


def test_field_thresholds_decide_and_the_details_never_carry_values(tmp_path):
    result = _stage(FIELD_ROWS, tmp_path, _config(labels=["good", "bad"], reject_labels=["bad"]))
    review = {r["record_id"]: r for r in result.review.to_pylist()}
    assert {r["record_id"] for r in result.kept.to_pylist()} == {"r0", "r3", "r6"}
    assert [r["record_id"] for r in result.rejected.to_pylist()] == ["r5"]
    assert {k: (v["reason"], v["queue"]) for k, v in review.items()} == {
        "r1": ("field_low_confidence", "expert"),
        "r2": ("field_reannotate_low_confidence", "reannotation"),
        "r4": ("field_reannotate_low_confidence", "reannotation"),
    }
    assert review["r1"]["detail"] == (
        "field 'amount' (amount): confidence 0.562 (annotator 0.900, type match 0, stability n/a; "
        "2 of 2 annotators agree) is below agreement.field_types.amount.review_below 0.75"
    )
    assert review["r2"]["detail"] == (
        "field 'date' (date): confidence 0.187 (annotator 0.300, type match 0, stability n/a; "
        "1 of 2 annotators agree) is below agreement.field_types.date.reannotate_below 0.5"
    )
    assert review["r4"]["detail"] == (
        "field 'amount' (amount): confidence 0.125 (annotator 0.200, type match 0, stability n/a; "
        "2 of 2 annotators agree) is below agreement.field_types.amount.reannotate_below 0.5; "
        "1 more field(s) below a threshold"
    )
    assert review["r4"]["fields_flagged"] == "amount 0.125 < 0.5; reference_number 0.375 < 0.5"
    assert review["r1"]["min_field_confidence"] == pytest.approx(0.5625)
    everything = json.dumps(
        [result.review.to_pylist(), result.counters, result.report], ensure_ascii=False, default=str
    )
    for value in ("twelve hundred", "March 2024", "lots", "unknown ref"):
        assert value not in everything
    # every scored field counts, whatever its record's decision: r2 date, r4 amount and reference_number, r5 amount
    assert result.counters["fields_below_reannotate"] == 4
    assert result.counters["fields_below_review"] == 1
    assert result.counters["field_annotations_undeclared"] == 2
    assert result.counters["records_field_low_confidence"] == 1
    assert result.counters["records_field_reannotate_low_confidence"] == 2


def test_kept_records_carry_field_confidence(tmp_path):
    result = _stage(FIELD_ROWS, tmp_path, _config(labels=["good", "bad"], reject_labels=["bad"]))
    kept = {r["record_id"]: r["field_confidence"] for r in result.kept.to_pylist()}
    assert kept["r3"] is None
    assert kept["r0"] == [
        {
            "name": "amount",
            "kind": "amount",
            "value": "¥1,200",
            "confidence": 0.90625,
            "annotator_confidence": 0.85,
            "type_match": True,
            "stable": None,
            "agreement": 1.0,
            "annotators": 2,
        },
        {
            "name": "date",
            "kind": "date",
            "value": "2024-03-05",
            "confidence": 0.9375,
            "annotator_confidence": 0.9,
            "type_match": True,
            "stable": None,
            "agreement": 1.0,
            "annotators": 2,
        },
    ]
    assert kept["r6"][0]["kind"] == "text"
    fields = json.loads((tmp_path / "reports" / "agreement.json").read_text(encoding="utf-8"))["fields"]
    assert fields["amount"] == {
        "kind": "amount",
        "records": 4,  # r5's too: the figures cover every scored field, whatever the record's decision
        "mean_confidence": pytest.approx((0.90625 + 0.5625 + 0.125 + 0.0625) / 4, abs=1e-6),
        "type_mismatch": 3,
        "changed_since_previous": 0,
        "reannotate": 2,
        "review": 1,
    }


def test_stability_against_the_previous_version(tmp_path):
    rows = [
        _rec(0, [_ann("A", {"amount": ("¥1,300", 0.9)}), _ann("B", {"amount": ("¥1,300", 0.9)})]),
        _rec(1, [_ann("A", {"amount": ("¥1,300", 0.9)}), _ann("B", {"amount": ("¥1,300", 0.9)})]),
        _rec(2, [_ann("A", {"amount": ("¥1,300", 0.8)}), _ann("B", {"amount": ("¥1,300", 0.8)})]),
    ]
    previous = pa.table(
        {"record_id": ["r0", "r1", "r2"], "name": ["amount"] * 3, "value": ["¥1,300", "¥1,200", "¥1,200"]}
    )
    table = records_to_table(rows)
    result = run(table, StageContext(run_dir=tmp_path, config=_config(), previous_fields=previous))
    kept = {r["record_id"]: r["field_confidence"][0] for r in result.kept.to_pylist()}
    assert (kept["r0"]["stable"], kept["r0"]["confidence"]) == (True, 0.95)  # 0.45 + 0.3 + 0.2
    assert (kept["r1"]["stable"], kept["r1"]["confidence"]) == (False, 0.75)  # 0.45 + 0.3 + 0
    [held] = result.review.to_pylist()  # 0.4 + 0.3 + 0 = 0.7 < 0.75
    assert held["detail"] == (
        "field 'amount' (amount): confidence 0.700 (annotator 0.800, type match 1, stability 0; "
        "2 of 2 annotators agree) is below agreement.field_types.amount.review_below 0.75"
    )


def test_field_rules_come_from_the_config(tmp_path):
    cfg = _config(field_types={"amount": {"kind": "text", "review_below": 0.5, "reannotate_below": 0.1}})
    result = _stage([FIELD_ROWS[1]], tmp_path, cfg)
    assert [r["field_confidence"][0]["confidence"] for r in result.kept.to_pylist()] == [pytest.approx(0.9375)]
