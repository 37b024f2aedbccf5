"""The feedback loop: corrections counted per annotator and label, second review, disputed cases."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pipeline.config import PipelineConfig, parse_config
from pipeline.core.pages import remote_asset_refs
from pipeline.core.records import records_to_table
from pipeline.core.stage import StageContext, StageResult, check_conservation
from pipeline.stages.agreement.stage import run

SECRET = "秘密文本 do-not-leak 13812345678"


def rec(
    i: int, votes: list[tuple[str, str]], batch: str = "b1", fields: dict[str, list[str]] | None = None
) -> dict[str, Any]:
    anns = []
    for k, (annotator, label) in enumerate(votes):
        f = None
        if fields:
            f = [{"name": n, "value": vals[k], "confidence": 0.9} for n, vals in sorted(fields.items())]
        anns.append({"annotator_id": annotator, "label": label, "confidence": 0.9, "fields": f})
    return {
        "record_id": f"r{i}",
        "instruction": f"{SECRET} {i}",
        "input": "",
        "output": "answer",
        "corpus": "c",
        "source_file": f"{batch}.jsonl",
        "source_index": i,
        "lang": "en",
        "annotations": anns,
    }


def config(tmp_path: Path, **agreement: Any) -> PipelineConfig:
    agreement.setdefault("bootstrap_resamples", 0)
    agreement.setdefault("labels", ["good", "bad"])
    agreement.setdefault("reject_labels", ["bad"])
    agreement.setdefault("adjudication_files", ["decisions.csv"])
    agreement.setdefault("batch_field", "source_file")
    return parse_config({"agreement": agreement}, source="test.yaml", base_dir=tmp_path)


def stage(rows: list[dict[str, Any]], tmp_path: Path, cfg: PipelineConfig) -> StageResult:
    table = records_to_table(rows)
    result = run(table, StageContext(run_dir=tmp_path / "run", config=cfg))
    check_conservation("agreement", table.num_rows, result)
    return result


def outcomes(result: StageResult) -> dict[str, tuple[str, str]]:
    out = {r["record_id"]: ("kept", r["review_status"]) for r in result.kept.to_pylist()}
    out |= {r["record_id"]: ("rejected", r["reason"]) for r in result.rejected.to_pylist()}
    out |= {r["record_id"]: ("review", r["reason"]) for r in result.review.to_pylist()}
    return out


ROWS = [
    rec(0, [("A", "bad"), ("B", "bad"), ("C", "good")]),  # majority bad; one reviewer says good
    rec(1, [("A", "good"), ("B", "good"), ("C", "good")]),  # majority good; two reviewers say bad
    rec(2, [("A", "good"), ("B", "good"), ("C", "bad")]),  # majority good; the reviewer agrees
    rec(3, [("A", "good"), ("B", "bad")], batch="b2"),  # tie; a reviewer decides (not a correction)
    rec(4, [("A", "good"), ("B", "good"), ("C", "good")], batch="b2"),  # majority good; two reviewers disagree
    rec(5, [("A", "good"), ("B", "good")], batch="b2", fields={"amount": ["¥5", "¥6"]}),  # field disagreement
]
DECISIONS = (
    "record_id,label,reviewer\n"
    "r0,good,rev-1\n"
    "r1,bad,rev-1\nr1,bad,rev-2\n"
    "r2,good,rev-2\n"
    "r3,good,rev-1\n"
    "r4,bad,rev-1\nr4,good,rev-2\n"
)


def test_corrections_are_final_without_the_second_review_rule(tmp_path):
    (tmp_path / "decisions.csv").write_text(DECISIONS, encoding="utf-8")
    result = stage(ROWS, tmp_path, config(tmp_path))
    assert outcomes(result) == {
        "r0": ("kept", "adjudicated"),
        "r1": ("rejected", "rejected_by_adjudication"),
        "r2": ("kept", "adjudicated"),
        "r3": ("kept", "adjudicated"),
        "r4": ("kept", "adjudicated"),  # the last decision (good) stands: no correction of the majority
        "r5": ("kept", "accepted"),
    }
    assert (result.counters["corrections"], result.counters["second_review_pending"]) == (2, 0)


def test_a_correction_by_one_reviewer_goes_back_for_a_second(tmp_path):
    (tmp_path / "decisions.csv").write_text(DECISIONS, encoding="utf-8")
    result = stage(ROWS, tmp_path, config(tmp_path, feedback={"second_review": True}))
    assert outcomes(result) == {
        "r0": ("review", "second_review_required"),  # one reviewer against the majority
        "r1": ("rejected", "rejected_by_adjudication"),  # two reviewers agree: the correction stands
        "r2": ("kept", "adjudicated"),  # the reviewer confirms the majority
        "r3": ("kept", "adjudicated"),  # a tie has no majority to overrule
        "r4": ("kept", "adjudicated"),  # the last decision is the majority label
        "r5": ("kept", "accepted"),
    }
    [held] = result.review.to_pylist()
    assert (held["queue"], held["priority"]) == ("second_review", 1)
    assert held["detail"] == (
        "the expert decision overrules the annotators' majority and 1 reviewer(s) agree; "
        "agreement.feedback.min_reviewers is 2"
    )
    assert (result.counters["corrections"], result.counters["second_review_pending"]) == (2, 1)

    # the second reviewer agrees: the record is kept as adjudicated
    (tmp_path / "decisions.csv").write_text(DECISIONS + "r0,good,rev-2\n", encoding="utf-8")
    again = stage(ROWS, tmp_path, config(tmp_path, feedback={"second_review": True}))
    assert outcomes(again)["r0"] == ("kept", "adjudicated")
    assert again.counters["second_review_pending"] == 0
    # the same reviewer twice is one reviewer
    (tmp_path / "decisions.csv").write_text(DECISIONS + "r0,good,rev-1\n", encoding="utf-8")
    same = stage(ROWS, tmp_path, config(tmp_path, feedback={"second_review": True}))
    assert outcomes(same)["r0"] == ("review", "second_review_required")


def test_counts_per_annotator_and_label_and_the_disputed_cases_report(tmp_path):
    (tmp_path / "decisions.csv").write_text(DECISIONS, encoding="utf-8")
    stage(ROWS, tmp_path, config(tmp_path, feedback={"second_review": True}))
    report = json.loads((tmp_path / "run" / "reports" / "disputed_cases.json").read_text(encoding="utf-8"))
    # r0 (bad -> good) overrules A and B; r1 (good -> bad) overrules A, B and C
    assert report["by_annotator"] == [
        {"annotator_id": "A", "overruled": 2},
        {"annotator_id": "B", "overruled": 2},
        {"annotator_id": "C", "overruled": 1},
    ]
    assert report["by_label"] == [
        {"majority_label": "bad", "decided_label": "good", "corrections": 1},
        {"majority_label": "good", "decided_label": "bad", "corrections": 1},
    ]
    assert (report["corrections"], report["second_review_pending"], report["second_review"]) == (2, 1, True)
    b1, b2 = report["batches"]
    assert (b1["batch"], b1["records"], b1["disputed"], b1["corrections"], b1["second_review_pending"]) == (
        "b1.jsonl",
        3,
        2,
        2,
        1,
    )
    assert b1["cases"] == [
        {
            "record_id": "r0",
            "kinds": ["second_review_pending"],
            "majority_label": "bad",
            "decided_label": "good",
            "votes": "good: 1; bad: 2",
            "reviewers_agreeing": 1,
            "fields_in_dispute": [],
        },
        {
            "record_id": "r1",
            "kinds": ["correction"],
            "majority_label": "good",
            "decided_label": "bad",
            "votes": "good: 3",
            "reviewers_agreeing": 2,
            "fields_in_dispute": [],
        },
    ]
    assert (b2["batch"], b2["records"], b2["disputed"]) == ("b2.jsonl", 3, 1)
    assert b2["cases"] == [
        {
            "record_id": "r5",
            "kinds": ["field_disagreement"],
            "majority_label": "good",
            "decided_label": None,
            "votes": "good: 2",
            "reviewers_agreeing": None,
            "fields_in_dispute": ["amount"],
        },
    ]
    html = (tmp_path / "run" / "reports" / "disputed_cases.html").read_text(encoding="utf-8")
    assert remote_asset_refs(html) == [] and "<script" not in html
    assert "Batch b1.jsonl" in html and "r0" in html and "second_review_pending" in html
    for path in (tmp_path / "run" / "reports").glob("disputed_cases.*"):
        text = path.read_text(encoding="utf-8")
        for secret in (SECRET, "¥5", "¥6", "rev-1", "rev-2"):
            assert secret not in text, (path.name, secret)


def test_ties_and_low_vote_shares_are_disputed(tmp_path):
    rows = [
        rec(0, [("A", "good"), ("B", "bad")]),
        rec(1, [("A", "good"), ("B", "good"), ("C", "bad"), ("D", "bad"), ("E", "good")]),
    ]
    cfg = config(tmp_path, adjudication_files=[], min_vote_share=0.7, batch_field=None)
    stage(rows, tmp_path, cfg)
    report = json.loads((tmp_path / "run" / "reports" / "disputed_cases.json").read_text(encoding="utf-8"))
    [batch] = report["batches"]
    assert batch["batch"] == "(all)"
    assert [(c["record_id"], c["kinds"], c["majority_label"]) for c in batch["cases"]] == [
        ("r0", ["annotator_disagreement"], None),
        ("r1", ["annotator_disagreement"], "good"),
    ]


@pytest.mark.parametrize("second_review", [False, True])
def test_no_adjudications_means_no_corrections(tmp_path, second_review):
    cfg = config(tmp_path, adjudication_files=[], feedback={"second_review": second_review})
    result = stage(ROWS[:3], tmp_path, cfg)
    assert (result.counters["corrections"], result.counters["second_review_pending"]) == (0, 0)
