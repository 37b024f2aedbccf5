"""The agreement stage: decisions, adjudication, pass-through, annotation files, reports."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from pipeline.config import PipelineConfig, parse_config
from pipeline.core.records import RECORD_SCHEMA, records_to_table
from pipeline.core.stage import StageContext, StageResult, check_conservation
from pipeline.errors import ConfigError, StageError
from pipeline.stages.agreement.stage import CONSENSUS_FIELDS, REVIEW_QUEUE_SCHEMA, run

SECRET = "秘密文本 do-not-leak 13812345678"


def rec(i: int | str, anns: list[tuple], **extra: Any) -> dict[str, Any]:
    return {
        "record_id": f"r{i}",
        "instruction": f"{SECRET} {i}",
        "input": "",
        "output": "answer",
        "corpus": "c",
        "source_file": extra.pop("source_file", "f.jsonl"),
        "source_index": int(str(i).strip("r") or 0) if str(i).isdigit() else 0,
        "lang": "zh",
        "annotations": [{"annotator_id": a, "label": lab, "confidence": c} for a, lab, c in anns],
        **extra,
    }


def config(tmp_path: Path | None = None, **agreement: Any) -> PipelineConfig:
    agreement.setdefault("bootstrap_resamples", 50)
    return parse_config({"agreement": agreement}, source="test.yaml", base_dir=tmp_path or Path("."))


def stage(rows: list[dict], tmp_path: Path, cfg: PipelineConfig, sub: str = "run") -> StageResult:
    table = records_to_table(rows)
    result = run(table, StageContext(run_dir=tmp_path / sub, config=cfg))
    check_conservation("agreement", table.num_rows, result)
    return result


def outcomes(result: StageResult) -> dict[str, tuple[str, str]]:
    out = {}
    for r in result.kept.to_pylist():
        out[r["record_id"]] = ("kept", r["review_status"])
    for r in result.rejected.to_pylist():
        out[r["record_id"]] = ("rejected", r["reason"])
    for r in result.review.to_pylist():
        out[r["record_id"]] = ("review", r["reason"])
    return out


GOOD3 = [("A", "good", 0.9), ("B", "good", 0.9), ("C", "good", 0.9)]


def test_unanimous_vote_held_for_low_confidence_says_why(tmp_path):
    # all three annotators chose "good" but each said they were unsure: the detail shows that the score is
    # their self-reported confidence and that the vote itself was unanimous (not a disagreement)
    rows = [rec(0, [("A", "good", 0.68), ("B", "good", 0.7), ("C", "good", 0.7)])]
    result = stage(rows, tmp_path, config(labels=["good", "bad"], keep_labels=["good"], reject_labels=["bad"]))
    [held] = result.review.to_pylist()
    assert (held["reason"], held["votes"]) == ("low_confidence", "good: 3")
    # each annotator's vote and confidence travel with the review row (review push shows them)
    assert held["annotations"] == [
        {"annotator_id": "A", "label": "good", "confidence": 0.68, "fields": None},
        {"annotator_id": "B", "label": "good", "confidence": 0.7, "fields": None},
        {"annotator_id": "C", "label": "good", "confidence": 0.7, "fields": None},
    ]
    csv_text = (tmp_path / "run" / "reports" / "review_queue.csv").read_text(encoding="utf-8")
    assert csv_text.splitlines()[1].endswith('"good: 3","A: good (0.68); B: good (0.70); C: good (0.70)",,,1')
    assert held["detail"] == (
        "confidence score 0.693 (mean self-reported confidence 0.693 of the majority voters; 3 of 3 votes agree)"
        " is below agreement.review_below_confidence 0.7"
    )
    both = config(labels=["good", "bad"], keep_labels=["good"], reject_labels=["bad"], confidence_weight_vote_share=1.0)
    rows = [rec(0, [("A", "good", 0.3), ("B", "good", 0.3), ("C", "bad", 0.9)])]
    [held] = stage(rows, tmp_path, both, sub="both").review.to_pylist()
    assert held["detail"] == (
        "confidence score 0.483 (mean self-reported confidence 0.300 of the majority voters and vote share 0.667;"
        " 2 of 3 votes agree) is below agreement.reannotate_below_confidence 0.5"
    )


def test_every_decision_path(tmp_path):
    rows = [
        rec(0, [("A", "good", 0.9), ("B", "good", 0.8), ("C", "bad", 0.9)]),  # 2:1 majority, accepted
        rec(1, [("A", "bad", 0.9), ("B", "bad", 0.95), ("C", "good", 0.9)]),  # rejected by annotators
        rec(2, [("A", "good", None), ("B", "bad", None)]),  # tie
        # 2 of 4 votes (D's second annotation is dropped): vote share 0.5
        rec(3, [("A", "good", 0.9), ("B", "good", 0.9), ("C", "bad", 0.9), ("D", "meh", 0.9), ("D", "meh", 0.9)]),
        rec(4, [("A", "good", 0.6), ("B", "good", 0.65)]),  # low confidence (0.625)
        rec(5, [("A", "good", 0.3), ("B", "good", 0.4)]),  # re-annotate (0.35)
        rec(6, [("A", "good", 0.9)]),  # one annotator
        rec(7, []),  # not annotated, passes
        rec(8, [("A", "weird", 0.9), ("B", "good", 0.9)]),  # unknown label
        rec(9, [(" ", "good", 0.9), ("B", "good", 0.9)]),  # empty annotator id
        rec(10, [("A", "good", 1.2), ("B", "good", 0.9)]),  # confidence out of range
        rec(11, [("A", "meh", 0.9), ("B", "meh", 0.9)]),  # neither keep nor reject
        rec(12, GOOD3),
    ]
    cfg = config(labels=["good", "meh", "bad"], keep_labels=["good"], reject_labels=["bad"])
    result = stage(rows, tmp_path, cfg)
    assert outcomes(result) == {
        "r0": ("kept", "accepted"),
        "r1": ("rejected", "rejected_by_annotators"),
        "r2": ("review", "tie"),
        "r3": ("review", "low_vote_share"),
        "r4": ("review", "low_confidence"),
        "r5": ("review", "reannotate_low_confidence"),
        "r6": ("review", "needs_more_annotations"),
        "r7": ("kept", "not_annotated"),
        "r8": ("rejected", "unknown_label"),
        "r9": ("rejected", "invalid_annotation"),
        "r10": ("rejected", "invalid_annotation"),
        "r11": ("review", "unmapped_label"),
        "r12": ("kept", "accepted"),
    }
    details = {r["record_id"]: r["detail"] for r in [*result.review.to_pylist(), *result.rejected.to_pylist()]}
    assert details == {
        "r1": "majority label is in agreement.reject_labels",
        "r2": "tie: 2 labels with 1 of 2 votes each",
        "r3": "vote share 0.500 is below agreement.min_vote_share 0.6",
        "r4": (
            "confidence score 0.625 (mean self-reported confidence 0.625 of the majority voters; 2 of 2 votes agree)"
            " is below agreement.review_below_confidence 0.7"
        ),
        "r5": (
            "confidence score 0.350 (mean self-reported confidence 0.350 of the majority voters; 2 of 2 votes agree)"
            " is below agreement.reannotate_below_confidence 0.5"
        ),
        "r6": "1 annotator(s), agreement.min_annotators is 2",
        "r8": "annotations[0]: label is not in the vocabulary (allowed: good, meh, bad)",
        "r9": "annotations[0]: annotator_id or label is empty",
        "r10": "annotations[0]: confidence is outside 0..1",
        "r11": "majority label is in neither agreement.keep_labels nor reject_labels",
    }
    queues = {r["record_id"]: r["queue"] for r in result.review.to_pylist()}
    assert queues == {
        "r2": "expert",
        "r3": "expert",
        "r4": "expert",
        "r5": "reannotation",
        "r6": "reannotation",
        "r11": "expert",
    }
    tie = next(r for r in result.review.to_pylist() if r["record_id"] == "r2")
    assert tie["consensus_label"] is None and tie["votes"] == "good: 1; bad: 1" and tie["stage"] == "agreement"
    assert result.review.schema == REVIEW_QUEUE_SCHEMA
    kept = {r["record_id"]: r for r in result.kept.to_pylist()}
    assert kept["r0"]["consensus_label"] == "good"
    assert kept["r0"]["vote_share"] == pytest.approx(2 / 3)
    assert kept["r0"]["n_annotators"] == 3
    assert kept["r0"]["mean_confidence"] == pytest.approx(0.85)  # the two majority voters
    assert kept["r0"]["confidence_score"] == pytest.approx(0.85)
    assert kept["r7"]["n_annotators"] == 0 and kept["r7"]["consensus_label"] is None
    assert result.kept.schema.names == [*RECORD_SCHEMA.names, *CONSENSUS_FIELDS.names]
    assert result.counters["annotations_duplicate_dropped"] == 1
    assert result.counters["records_accepted"] == 2
    assert result.counters["records_not_annotated"] == 1
    assert result.reasons() == {"invalid_annotation": 2, "rejected_by_annotators": 1, "unknown_label": 1}
    # rejects keep the record for repair, but never in the detail
    assert all(SECRET not in r["detail"] for r in result.rejected.to_pylist())


def test_vote_share_weight_and_missing_confidence(tmp_path):
    rows = [rec(0, [("A", "good", None), ("B", "good", None), ("C", "bad", None)]), rec(1, GOOD3)]
    # default: no confidences given -> no confidence check
    assert outcomes(stage(rows, tmp_path, config()))["r0"] == ("kept", "accepted")
    # vote share counted in the score: 2/3 < 0.7 -> review
    res = stage(rows, tmp_path, config(confidence_weight_vote_share=1.0), "b")
    assert outcomes(res)["r0"] == ("review", "low_confidence")
    assert outcomes(res)["r1"] == ("kept", "accepted")
    assert res.kept.column("confidence_score").to_pylist() == [pytest.approx(0.95)]


def test_require_annotations(tmp_path):
    rows = [rec(0, []), rec(1, GOOD3)]
    res = stage(rows, tmp_path, config(require_annotations=True))
    assert outcomes(res) == {"r0": ("review", "not_annotated"), "r1": ("kept", "accepted")}
    assert res.review.column("queue").to_pylist() == ["reannotation"]
    res = stage([rec(0, []), rec(1, [])], tmp_path, config(require_annotations=True), "b")
    assert outcomes(res) == {"r0": ("review", "not_annotated"), "r1": ("review", "not_annotated")}
    assert res.counters == {"annotations_embedded": 0, "records_review": 2}
    queue = pq.read_table(tmp_path / "b" / "reports" / "review_queue.parquet")
    assert queue.column("record_id").to_pylist() == ["r0", "r1"]
    assert queue.column("queue").to_pylist() == ["reannotation", "reannotation"]


def test_pass_through_without_annotations(tmp_path):
    rows = [rec(0, []), rec(1, [])]
    table = records_to_table(rows)
    result = stage(rows, tmp_path, config())
    assert result.kept.select(table.column_names).equals(table)
    assert result.kept.column("review_status").to_pylist() == ["not_annotated"] * 2
    report = json.loads((tmp_path / "run" / "reports" / "agreement.json").read_text())
    assert report == {"reason": "no_annotations", "records": 2, "status": "skipped"}
    assert sorted(p.name for p in (tmp_path / "run" / "reports").iterdir()) == ["agreement.json"]
    assert result.counters == {"annotations_embedded": 0, "records_not_annotated": 2}


def test_disabled_is_a_pass_through(tmp_path):
    rows = [rec(0, GOOD3)]
    table = records_to_table(rows)
    result = run(table, StageContext(run_dir=tmp_path, config=config(enabled=False)))
    assert result.kept.equals(table)
    assert json.loads((tmp_path / "reports" / "agreement.json").read_text()) == {
        "reason": "disabled",
        "status": "skipped",
    }


def test_adjudication_overrides_the_vote(tmp_path):
    adj = tmp_path / "decisions.csv"
    adj.write_text(
        "record_id,label,reviewer\nr0,good,expert-1\nr1,bad,expert-2\nr2,good,expert-1\nr2,bad,expert-3\n"
        "r9,good,expert-1\n",
        encoding="utf-8",
    )
    rows = [
        rec(0, [("A", "bad", 0.9), ("B", "bad", 0.9), ("C", "good", 0.9)]),  # vote rejects, expert keeps
        rec(1, GOOD3),  # vote keeps, expert rejects
        rec(2, [("A", "good", 0.9), ("B", "bad", 0.9)]),  # tie, later decision wins
        rec(3, [("A", "good", 0.9)]),
    ]
    cfg = config(tmp_path, labels=["good", "bad"], reject_labels=["bad"], adjudication_files=["decisions.csv"])
    result = stage(rows, tmp_path, cfg)
    assert outcomes(result) == {
        "r0": ("kept", "adjudicated"),
        "r1": ("rejected", "rejected_by_adjudication"),
        "r2": ("rejected", "rejected_by_adjudication"),
        "r3": ("review", "needs_more_annotations"),
    }
    r0 = result.kept.to_pylist()[0]
    assert (r0["consensus_label"], r0["adjudicated_by"], r0["vote_share"]) == ("good", "expert-1", pytest.approx(2 / 3))
    assert result.counters["adjudications_unmatched"] == 1
    assert result.counters["records_adjudicated"] == 1


def test_adjudication_label_outside_vocabulary(tmp_path):
    (tmp_path / "d.csv").write_text("record_id,label,reviewer\nr0,great,e\n", encoding="utf-8")
    cfg = config(tmp_path, labels=["good", "bad"], adjudication_files=["d.csv"])
    with pytest.raises(StageError, match=r"adjudication for record 'r0' uses a label not in agreement.labels"):
        stage([rec(0, GOOD3)], tmp_path, cfg)


def test_review_queue_round_trip_through_label_studio(tmp_path):
    rows = [rec(0, [("A", "good", 0.9), ("B", "bad", 0.9)]), rec(1, GOOD3)]
    cfg = config(tmp_path, labels=["good", "bad"], reject_labels=["bad"])
    first = stage(rows, tmp_path, cfg, "first")
    assert outcomes(first)["r0"] == ("review", "tie")
    reports = tmp_path / "first" / "reports"
    tasks = json.loads((reports / "review_queue_labelstudio.json").read_text(encoding="utf-8"))
    assert [t["data"]["record_id"] for t in tasks] == ["r0"]
    assert tasks[0]["data"]["instruction"] == f"{SECRET} 0"  # reviewers see the (de-identified) text
    assert tasks[0]["data"]["reason"] == "tie"
    # the reviewer decides "good" in Label Studio and exports the project
    for t in tasks:
        t["annotations"] = [
            {
                "completed_by": 42,
                "result": [
                    {"from_name": "label", "to_name": "text", "type": "choices", "value": {"choices": ["good"]}}
                ],
            }
        ]
    (tmp_path / "ls_export.json").write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    cfg2 = config(tmp_path, labels=["good", "bad"], reject_labels=["bad"], adjudication_files=["ls_export.json"])
    second = stage(rows, tmp_path, cfg2, "second")
    assert outcomes(second) == {"r0": ("kept", "adjudicated"), "r1": ("kept", "accepted")}
    assert second.kept.column("adjudicated_by").to_pylist() == ["42", None]


def test_annotation_files_are_joined(tmp_path):
    (tmp_path / "extra.csv").write_text(
        "record_id,annotator_id,label,confidence\nr0,ann_2,good,0.8\nr0,ann_1,bad,0.1\nr1,ann_1,good,\nr1,ann_2,good,\nr404,ann_1,good,\n",
        encoding="utf-8",
    )
    # generic ids (ann_1): kept as they are by de-identification, so file and record ids match
    rows = [rec(0, [("ann_1", "good", 0.9)]), rec(1, [])]
    cfg = config(tmp_path, annotation_files=["extra.csv"])
    result = stage(rows, tmp_path, cfg)
    assert outcomes(result) == {"r0": ("kept", "accepted"), "r1": ("kept", "accepted")}
    assert result.counters["annotations_unmatched"] == 1
    assert result.counters["annotations_from_files"] == 4
    assert result.counters["annotations_duplicate_dropped"] == 1  # r0/ann_1 from the file loses to the embedded one
    merged = result.kept.column("annotations").to_pylist()
    assert merged[0] == [
        {"annotator_id": "ann_1", "label": "good", "confidence": 0.9, "fields": None},
        {"annotator_id": "ann_2", "label": "good", "confidence": 0.8, "fields": None},
    ]
    assert [a["annotator_id"] for a in merged[1]] == ["ann_1", "ann_2"]


def test_figures_flags_batches_and_reports(tmp_path):
    rows = []
    # batch b1: A, B, C agree perfectly; batch b2: C disagrees with A and B half the time
    for i in range(20):
        lab = "good" if i % 2 else "bad"
        rows.append(rec(i, [("A", lab, 0.9), ("B", lab, 0.9), ("C", lab, 0.9)], source_file="b1"))
    for i in range(20, 40):
        lab = "good" if i % 2 else "bad"
        other = lab if i % 4 < 2 else ("bad" if lab == "good" else "good")
        rows.append(rec(i, [("A", lab, 0.9), ("B", lab, 0.9), ("C", other, 0.9)], source_file="b2"))
    cfg = config(labels=["good", "bad"], batch_field="source_file", bootstrap_resamples=100)
    result = stage(rows, tmp_path, cfg)
    reports = tmp_path / "run" / "reports"
    data = json.loads((reports / "agreement.json").read_text())
    assert data["status"] == "computed"
    assert data["labels"] == ["good", "bad"]
    assert data["label_distribution"] == {"good": 60, "bad": 60}
    ds = data["dataset"]
    assert ds["items"] == 40 and ds["annotations"] == 120
    assert ds["fleiss_kappa"]["value"] is not None and ds["fleiss_kappa"]["ci_low"] <= ds["fleiss_kappa"]["value"]
    assert ds["kappa_weights"] == "none"
    batches = {b["batch"]: b for b in data["batches"]}
    assert batches["b1"]["percent_agreement"]["value"] == 1.0 and batches["b1"]["rework"] is False
    assert batches["b2"]["rework"] is True
    assert {(p["a"], p["b"]) for p in batches["b2"]["pairs_below_match"]} == {("A", "C"), ("B", "C")}
    assert data["batches_to_rework"] == ["b2"]
    annot = {a["annotator_id"]: a for a in data["annotators"]}
    assert annot["A"]["kappa_with_consensus"]["value"] == 1.0
    assert annot["C"]["agreement_with_consensus"] == 0.75
    assert annot["C"]["retrain"] is True and annot["A"]["retrain"] is False
    c_kappa = annot["C"]["kappa_with_consensus"]
    assert c_kappa["ci_low"] < c_kappa["value"] < c_kappa["ci_high"]
    assert (annot["A"]["kappa_with_consensus"]["ci_low"], annot["A"]["kappa_with_consensus"]["ci_high"]) == (1.0, 1.0)
    assert data["annotators_to_retrain"] == ["C"]
    pairs = {(p["a"], p["b"]): p for p in data["pairs"]}
    assert pairs[("A", "B")]["kappa"]["value"] == 1.0 and pairs[("A", "B")]["shared_items"] == 40
    assert result.report["annotators_to_retrain"] == 1 and result.report["batches_to_rework"] == 1
    csv_lines = (reports / "annotators.csv").read_text().splitlines()
    assert csv_lines[0].startswith("annotator_id,annotations,items_with_consensus,agreement_with_consensus")
    assert csv_lines[3].startswith("C,40,40,0.750000,") and csv_lines[3].endswith(",true")
    html = (reports / "agreement.html").read_text()
    assert "<svg" in html and "retrain" in html and "rework" in html
    for name in ("agreement.html", "agreement.json", "annotators.csv", "review_queue.csv"):
        assert "do-not-leak" not in (reports / name).read_text(encoding="utf-8"), name
    assert pq.read_table(reports / "review_queue.parquet").num_rows == 0


def test_outputs_are_deterministic(tmp_path):
    rows = [rec(i, [("A", "good" if i % 3 else "bad", 0.8), ("B", "good", 0.9), ("C", "bad", 0.75)]) for i in range(30)]
    cfg = config(labels=["good", "bad"], reject_labels=["bad"], bootstrap_resamples=200, min_shared_items=5)
    one = stage(rows, tmp_path, cfg, "one")
    two = stage(rows, tmp_path, cfg, "two")
    for name in (
        "agreement.json",
        "annotators.csv",
        "agreement.html",
        "review_queue.csv",
        "review_queue_labelstudio.json",
        "review_queue.parquet",
    ):
        assert (tmp_path / "one" / "reports" / name).read_bytes() == (tmp_path / "two" / "reports" / name).read_bytes()
    assert one.kept.equals(two.kept) and one.review.equals(two.review)


def test_ordinal_and_interval_levels(tmp_path):
    rows = [rec(i, [("A", str(1 + i % 5), None), ("B", str(1 + (i + (i % 2)) % 5), None)]) for i in range(30)]
    data_dir = tmp_path
    stage(rows, data_dir, config(level="ordinal", labels=["1", "2", "3", "4", "5"]), "ord")
    ordinal = json.loads((data_dir / "ord" / "reports" / "agreement.json").read_text())["dataset"]
    assert set(ordinal["krippendorff_alpha_by_level"]) == {"nominal", "ordinal"}
    assert ordinal["kappa_weights"] == "quadratic"
    assert ordinal["krippendorff_alpha"] == ordinal["krippendorff_alpha_by_level"]["ordinal"]
    stage(rows, data_dir, config(level="interval"), "int")
    interval = json.loads((data_dir / "int" / "reports" / "agreement.json").read_text())
    assert interval["labels"] == ["1", "2", "3", "4", "5"]
    assert set(interval["dataset"]["krippendorff_alpha_by_level"]) == {"nominal", "ordinal", "interval", "ratio"}
    words = [rec(0, [("A", "low", None), ("B", "high", None)])]
    with pytest.raises(StageError, match=r"agreement.level is 'ordinal' but label 'high' has no numeric value"):
        stage(words, data_dir, config(level="ordinal"), "bad")
    stage(words, data_dir, config(level="interval", label_values={"low": 1, "high": 3}), "vals")


def test_batch_field_must_exist(tmp_path):
    with pytest.raises(StageError, match=r"agreement.batch_field names column 'batch', which the records do not have"):
        stage([rec(0, GOOD3)], tmp_path, config(batch_field="batch"))


def test_degenerate_figures_are_undefined_not_crashes(tmp_path):
    # one annotator only, one label everywhere
    rows = [rec(i, [("A", "good", 0.9)]) for i in range(5)]
    stage(rows, tmp_path, config(min_annotators=1))
    data = json.loads((tmp_path / "run" / "reports" / "agreement.json").read_text())
    ds = data["dataset"]
    assert ds["krippendorff_alpha"] == {"n_items": 0, "undefined_reason": "no_pairable_items", "value": None}
    assert ds["cohen_kappa_mean_pairwise"]["undefined_reason"] == "fewer_than_two_raters"
    assert ds["interpretation"] == "undefined"
    rows = [rec(i, [("A", "good", 0.9), ("B", "good", 0.9)]) for i in range(5)]
    stage(rows, tmp_path, config(min_shared_items=1), "same")
    ds = json.loads((tmp_path / "same" / "reports" / "agreement.json").read_text())["dataset"]
    assert ds["krippendorff_alpha"]["undefined_reason"] == "no_variation"
    assert ds["percent_agreement"]["value"] == 1.0


@pytest.mark.parametrize(
    ("section", "message"),
    [
        ({"keep_labels": ["a"], "reject_labels": ["a"]}, "keep_labels[0] is also listed in agreement.reject_labels"),
        ({"labels": ["a", "b"], "reject_labels": ["c"]}, "agreement.reject_labels[0] is not one of agreement.labels"),
        ({"labels": ["a", "a"]}, "agreement.labels lists a label twice"),
        ({"level": "fuzzy"}, "key 'agreement.level' must be one of 'nominal', 'ordinal', 'interval', 'ratio'"),
        ({"review_below_confidence": 1.5}, "key 'agreement.review_below_confidence' must be between 0.0 and 1.0"),
        ({"reannotate_below_confidence": 0.8}, "reannotate_below_confidence must not be above review_below_confidence"),
        ({"label_check": {"folds": 1}}, "key 'agreement.label_check.folds' must be between 2 and 20"),
        ({"treshold": 1}, "unknown key 'agreement.treshold'"),
    ],
)
def test_config_errors(section, message):
    with pytest.raises(ConfigError, match=re.escape(message)):
        parse_config({"agreement": section}, source="cfg.yaml", base_dir=Path("."))


def test_annotations_column_of_other_shape(tmp_path):
    """A table whose annotations column has no confidence field still works."""
    table = records_to_table([rec(0, GOOD3)])
    ann_type = pa.list_(pa.struct([("annotator_id", pa.string()), ("label", pa.string())]))
    plain = pa.array([[{"annotator_id": a, "label": lab} for a, lab, _ in GOOD3]], ann_type)
    table = table.set_column(table.column_names.index("annotations"), "annotations", plain)
    result = run(table, StageContext(run_dir=tmp_path, config=config()))
    assert result.kept.column("mean_confidence").to_pylist() == [None]
    assert result.kept.column("review_status").to_pylist() == ["accepted"]


def test_bad_label_in_annotation_file_names_file_and_row(tmp_path):
    (tmp_path / "extra.jsonl").write_text(
        '{"record_id": "r0", "annotator_id": "B", "label": "good"}\n'
        '{"record_id": "r0", "annotator_id": "C", "label": "gooood"}\n',
        encoding="utf-8",
    )
    cfg = config(tmp_path, labels=["good", "bad"], annotation_files=["extra.jsonl"])
    result = stage([rec(0, [("A", "good", 0.9)]), rec(1, GOOD3)], tmp_path, cfg)
    assert result.rejected.select(["record_id", "reason", "detail"]).to_pylist() == [
        {
            "record_id": "r0",
            "reason": "unknown_label",
            "detail": "extra.jsonl row 2: label is not in the vocabulary (allowed: good, bad)",
        }
    ]
    assert outcomes(result)["r1"] == ("kept", "accepted")


def test_only_invalid_annotations_and_null_lists(tmp_path):
    rows = [rec(0, [("A", "", 0.9)]), rec(1, []), rec(2, [("A", "x", 2.0)])]
    rows[1]["annotations"] = None
    result = stage(rows, tmp_path, config())
    assert outcomes(result) == {
        "r0": ("rejected", "invalid_annotation"),
        "r1": ("kept", "not_annotated"),
        "r2": ("rejected", "invalid_annotation"),
    }
    data = json.loads((tmp_path / "run" / "reports" / "agreement.json").read_text())
    assert data["status"] == "computed"
    assert data["dataset"]["percent_agreement"]["undefined_reason"] == "no_pairable_items"
    assert data["annotators"] == [] and data["pairs"] == []


def reference_outcome(anns: list[tuple], cfg: PipelineConfig) -> tuple[str, str]:
    """A plain-Python restatement of the decision rules (no adjudication, no label check)."""
    a = cfg.agreement
    seen: dict[str, tuple[str, float | None]] = {}
    for annotator, label, conf in anns:
        seen.setdefault(annotator, (label, conf))
    if not seen:
        return ("kept", "not_annotated")
    votes: dict[str, int] = {}
    for label, _ in seen.values():
        votes[label] = votes.get(label, 0) + 1
    top = max(votes.values())
    winners = [lab for lab, v in votes.items() if v == top]
    share = top / len(seen)
    confs = [c for lab, c in seen.values() if lab == winners[0] and c is not None]
    score = sum(confs) / len(confs) if confs else None
    if len(seen) < a.min_annotators:
        return ("review", "needs_more_annotations")
    if len(winners) > 1:
        return ("review", "tie")
    if share < a.min_vote_share - 1e-12:
        return ("review", "low_vote_share")
    # "below" as the stage means it: a mean equal to the threshold up to rounding (0.2, 0.95, 0.95
    # average to 0.6999999999999998 in floats) is not below it
    if score is not None and score < a.reannotate_below_confidence - 1e-12:
        return ("review", "reannotate_low_confidence")
    if score is not None and score < a.review_below_confidence - 1e-12:
        return ("review", "low_confidence")
    if winners[0] in a.reject_labels:
        return ("rejected", "rejected_by_annotators")
    return ("kept", "accepted")


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.lists(
            st.tuples(
                st.sampled_from(["A", "B", "C", "D"]),
                st.sampled_from(["good", "bad", "meh"]),
                st.one_of(st.none(), st.sampled_from([0.2, 0.55, 0.75, 0.95])),
            ),
            max_size=5,
        ),
        min_size=1,
        max_size=12,
    )
)
@example(
    [[("A", "good", 0.2), ("B", "good", 0.95), ("C", "good", 0.95)]]
)  # mean 0.7 = the threshold, in floats just under
def test_decisions_match_reference_rules(tmp_path_factory, annotation_sets):
    tmp_path = tmp_path_factory.mktemp("prop")
    cfg = config(labels=["good", "bad", "meh"], reject_labels=["bad"], bootstrap_resamples=0)
    rows = [rec(i, anns) for i, anns in enumerate(annotation_sets)]
    result = stage(rows, tmp_path, cfg)
    got = outcomes(result)
    assert got == {f"r{i}": reference_outcome(anns, cfg) for i, anns in enumerate(annotation_sets)}


def test_a_record_with_ten_thousand_annotations(tmp_path):
    """One record annotated by 10,000 annotators: no pair shares enough items, nothing quadratic is built."""
    crowded = rec(0, [(f"a{i:05d}", "good" if i % 3 else "bad", 0.9) for i in range(10_000)])
    rows = [crowded] + [rec(i, [("A", "good", 0.9), ("B", "good", 0.9)]) for i in range(1, 6)]
    result = stage(rows, tmp_path, config(labels=["good", "bad"], reject_labels=["bad"]))
    data = json.loads((tmp_path / "run" / "reports" / "agreement.json").read_text())
    assert data["pairs"] == [] and data["dataset"]["pairwise_annotators"] == 0
    assert data["dataset"]["cohen_kappa_mean_pairwise"]["undefined_reason"] == "too_few_shared_items"
    assert len(data["annotators"]) == 10_002
    assert outcomes(result)["r0"] == ("kept", "accepted")  # 6,667 good of 10,000: a clear majority


def test_pairwise_figures_compare_the_most_active_annotators_only(tmp_path):
    """Five annotators label 12 records, a sixth 11: with max_pairwise_annotators 3 the three busiest are compared."""
    rows = []
    for i in range(12):
        anns = [(name, "good", 0.9) for name in ("A", "B", "C", "D", "E")]
        if i < 11:
            anns.append(("F", "good", 0.9))
        rows.append(rec(i, anns))
    stage(rows, tmp_path, config(labels=["good", "bad"], min_shared_items=10, max_pairwise_annotators=3))
    data = json.loads((tmp_path / "run" / "reports" / "agreement.json").read_text())
    assert data["dataset"]["pairwise_annotators"] == 3
    assert [(p["a"], p["b"], p["shared_items"]) for p in data["pairs"]] == [
        ("A", "B", 12),
        ("A", "C", 12),
        ("B", "C", 12),
    ]
    peers = {a["annotator_id"]: a["peers"] for a in data["annotators"]}
    assert peers == {"A": 2, "B": 2, "C": 2, "D": 0, "E": 0, "F": 0}
    assert data["thresholds"]["max_pairwise_annotators"] == 3


def test_too_many_distinct_labels_stop_the_stage_without_naming_them(tmp_path):
    rows = [rec(i, [("A", f"label-{SECRET}-{i}", 0.9), ("B", "x", 0.9)]) for i in range(60)]
    with pytest.raises(StageError) as info:
        stage(rows, tmp_path, config())
    assert str(info.value) == (
        "agreement: the annotations use 61 distinct labels, more than agreement.max_labels (50); list the labels "
        "in agreement.labels (other labels are then rejected as unknown_label) or raise agreement.max_labels"
    )
    stage(rows, tmp_path, config(max_labels=100), "more")  # a higher limit lets them through


def test_reviewer_and_file_annotator_ids_that_name_people_are_pseudonymised(tmp_path, monkeypatch):
    """Ids read after de-identification follow the deidentify stage's rule for ids (no e-mail in any output)."""
    from pipeline.stages.deidentify.ids import person_id

    key = "t" * 32
    monkeypatch.setenv("INSTRUCTFLOW_PII_KEY", key)
    (tmp_path / "d.csv").write_text("record_id,label,reviewer\nr0,good,li.wei@example.com\n", encoding="utf-8")
    (tmp_path / "a.csv").write_text(
        "record_id,annotator_id,label,confidence\nr1,zhang.wei@example.com,good,0.9\n", encoding="utf-8"
    )
    rows = [rec(0, [("A", "good", 0.9), ("B", "bad", 0.9)]), rec(1, GOOD3[:2])]
    cfg = config(tmp_path, labels=["good", "bad"], adjudication_files=["d.csv"], annotation_files=["a.csv"])
    result = stage(rows, tmp_path, cfg)
    kept = {r["record_id"]: r for r in result.kept.to_pylist()}
    assert kept["r0"]["adjudicated_by"] == person_id("li.wei@example.com", "pseudonym", key.encode())
    assert person_id("zhang.wei@example.com", "pseudonym", key.encode()) in {
        a["annotator_id"] for a in kept["r1"]["annotations"]
    }
    written = "".join(
        p.read_text(encoding="utf-8", errors="replace") for p in (tmp_path / "run").rglob("*") if p.is_file()
    )
    assert "@example.com" not in written + str(result.kept.to_pylist())


def test_queue_priority_orders_each_queue_by_confidence_then_disagreement():
    import numpy as np

    from pipeline.stages.agreement.stage import queue_priority

    nan = float("nan")
    queues = ["expert", "expert", "expert", "reannotation", "expert", "reannotation", "expert"]
    score = np.array([0.65, 0.65, 0.9, 0.4, nan, 0.45, 0.65])
    min_field = np.array([nan, nan, 0.6, nan, nan, 0.2, nan])
    share = np.array([1.0, 0.6, 1.0, 1.0, 0.5, 1.0, 0.6])
    min_agreement = np.array([nan, nan, 0.5, nan, nan, nan, nan])
    ids = ["r0", "r1", "r2", "r3", "r4", "r5", "r6"]
    # expert: r4 (no score: 0) < r2 (field 0.6) < r1 = r6 (0.65, share 0.6; by id) < r0 (0.65, share 1)
    # reannotation: r5 (field 0.2) < r3 (0.4)
    assert queue_priority(queues, score, min_field, share, min_agreement, ids).tolist() == [5, 3, 2, 2, 1, 1, 4]


def test_review_rows_carry_their_priority(tmp_path):
    rows = [
        rec(0, [("A", "good", 0.65), ("B", "good", 0.65)]),  # low_confidence 0.65
        rec(1, [("A", "good", 0.55), ("B", "good", 0.55)]),  # low_confidence 0.55: first
        rec(2, [("A", "good", 0.6), ("B", "bad", 0.6)]),  # tie (score 0.6, share 0.5)
        rec(3, [("A", "good", 0.2), ("B", "good", 0.2)]),  # reannotate
        rec(4, [("A", "good", 0.9)]),  # needs more annotations (score 0.9)
    ]
    result = stage(rows, tmp_path, config(labels=["good", "bad"]))
    got = {r["record_id"]: (r["queue"], r["priority"]) for r in result.review.to_pylist()}
    assert got == {
        "r1": ("expert", 1),
        "r2": ("expert", 2),
        "r0": ("expert", 3),
        "r3": ("reannotation", 1),
        "r4": ("reannotation", 2),
    }
    csv_text = (tmp_path / "run" / "reports" / "review_queue.csv").read_text(encoding="utf-8")
    assert csv_text.splitlines()[0].endswith('"min_field_confidence","fields_flagged","priority"')
