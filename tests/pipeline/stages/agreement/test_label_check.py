"""The optional label check: k-fold cross-validation of a char n-gram classifier on the final labels."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.config import parse_config
from pipeline.core.records import records_to_table
from pipeline.core.stage import StageContext, check_conservation
from pipeline.stages.agreement.stage import run

POS = ["今天天气很好，阳光明媚", "这部电影非常精彩好看", "great wonderful movie", "I love this lovely day"]
NEG = ["今天天气很差，下大雨", "这部电影非常糟糕难看", "awful terrible movie", "I hate this horrible day"]


def rows(n: int = 200, flipped: int = 3) -> list[dict]:
    out = []
    for i in range(n):
        positive = i % 2 == 0
        text = (POS if positive else NEG)[(i // 2) % 4]
        label = "pos" if positive else "neg"
        if i < flipped * 2 and positive:  # annotators agree on a label the text contradicts
            label = "neg"
        out.append(
            {
                "record_id": f"r{i:03d}",
                "instruction": text,
                "input": "",
                "output": "ok",
                "corpus": "c",
                "source_file": "f",
                "source_index": i,
                "lang": "zh",
                "annotations": [{"annotator_id": a, "label": label, "confidence": None} for a in "ABC"],
            }
        )
    return out


def cfg(**label_check):
    label_check.setdefault("enabled", True)
    return parse_config(
        {"agreement": {"labels": ["pos", "neg"], "bootstrap_resamples": 0, "label_check": label_check}},
        source="t.yaml",
        base_dir=Path("."),
    )


def test_label_check_reports_accuracy_and_sends_contradictions_to_review(tmp_path):
    table = records_to_table(rows())
    result = run(table, StageContext(run_dir=tmp_path, config=cfg(contradiction_probability=0.6)))
    check_conservation("agreement", table.num_rows, result)
    report = json.loads((tmp_path / "reports" / "agreement.json").read_text())["label_check"]
    assert report["status"] == "computed"
    assert report["folds"] == 5 and len(report["fold_accuracy"]) == 5
    assert report["records"] == 200
    mean, std = report["mean_accuracy"], report["std_accuracy"]
    assert report["accuracy_interval_2std"] == [
        pytest.approx(mean - 2 * std, abs=2e-6),
        pytest.approx(mean + 2 * std, abs=2e-6),
    ]
    assert mean >= 0.8
    flagged = {r["record_id"]: r for r in result.review.to_pylist()}
    assert report["sent_to_review"] == len(flagged) > 0
    # the mislabelled records are the ones sent back
    assert set(flagged) == {"r000", "r002", "r004"}
    assert all(r["reason"] == "model_contradicts" for r in flagged.values())
    assert all("held-out classifier gives another label with probability" in r["detail"] for r in flagged.values())
    # deterministic
    again = run(table, StageContext(run_dir=tmp_path / "again", config=cfg(contradiction_probability=0.6)))
    assert again.review.equals(result.review)


def test_label_check_undefined_with_one_class(tmp_path):
    data = rows(flipped=0)
    for r in data:
        for a in r["annotations"]:
            a["label"] = "pos"
    result = run(records_to_table(data), StageContext(run_dir=tmp_path, config=cfg()))
    report = json.loads((tmp_path / "reports" / "agreement.json").read_text())["label_check"]
    assert report["status"] == "undefined"
    assert report["reason"] == "fewer_than_two_classes_with_enough_records"
    assert result.review.num_rows == 0


def test_ngram_range_validated():
    from pipeline.errors import ConfigError

    with pytest.raises(ConfigError, match=r"label_check.ngram_min is above label_check.ngram_max"):
        cfg(ngram_min=4)
