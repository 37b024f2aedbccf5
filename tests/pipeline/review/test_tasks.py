"""Labelling configs and tasks: what each queue shows, and exports read back or refused."""

from __future__ import annotations

import json
from pathlib import Path
from xml.etree import ElementTree

import pytest

from pipeline.config import parse_config
from pipeline.errors import ConfigError, UsageError
from pipeline.review.tasks import EXPERT, REANNOTATION, build_task, label_config, layout_for, project_settings
from pipeline.stages.agreement.sources import AnnotationFileError, read_adjudications

CFG = parse_config({"agreement": {"labels": ["good", "bad"]}}, source="t.yaml", base_dir=Path("."))
LAYOUT = layout_for(CFG, ["good", "bad"], ["instruction", "input", "output"])
ROW = {
    "record_id": "r1",
    "reason": "tie",
    "detail": "tie: 2 labels with 1 of 2 votes each",
    "consensus_label": None,
    "vote_share": 0.5,
    "annotations": [
        {"annotator_id": "annotator-3f9a0c12de", "label": "good", "confidence": 0.8},
        {"annotator_id": "ann2", "label": "bad", "confidence": None},
    ],
}
TEXTS = {"record_id": "r1", "instruction": "Say hi", "input": "", "output": "Hi"}


def test_configs_parse_and_name_their_controls():
    for queue in (EXPERT, REANNOTATION):
        root = ElementTree.fromstring(label_config(queue, LAYOUT))
        names = {(el.tag, el.get("name")) for el in root.iter() if el.get("name")}
        assert {("Text", "instruction"), ("Text", "input"), ("Text", "output"), ("Choices", "label")} <= names
        assert [c.get("value") for c in root.iter("Choice")] == ["good", "bad"]
    expert = ElementTree.fromstring(label_config(EXPERT, LAYOUT))
    assert {el.get("name") for el in expert.iter() if el.tag in ("Text", "Table", "TextArea")} >= {
        "reason",
        "votes",
        "comment",
    }
    blind = ElementTree.fromstring(label_config(REANNOTATION, LAYOUT))
    assert [el.get("name") for el in blind.iter("Number")] == ["confidence"]
    assert not [el for el in blind.iter() if el.get("name") in ("reason", "votes")]


def test_expert_task_has_each_vote_and_one_prediction_per_annotator():
    task = build_task(ROW, TEXTS, EXPERT, LAYOUT)
    assert task["data"] == {
        "record_id": "r1",
        "instruction": "Say hi",
        "input": "",
        "output": "Hi",
        "reason": "tie: tie: 2 labels with 1 of 2 votes each",
        "votes": {"annotator-3f9a0c12de": "good (confidence 0.80)", "ann2": "bad"},
    }
    assert [(p["model_version"], p.get("score")) for p in task["predictions"]] == [
        ("annotator-3f9a0c12de", 0.8),
        ("ann2", None),
    ]  # a tie: no majority
    assert task["meta"]["queue"] == "expert" and len(task["meta"]["push_hash"]) == 64
    again = build_task(dict(ROW), dict(TEXTS), EXPERT, LAYOUT)
    assert again["meta"]["push_hash"] == task["meta"]["push_hash"]
    changed = build_task(ROW, {**TEXTS, "output": "Hello"}, EXPERT, LAYOUT)
    assert changed["meta"]["push_hash"] != task["meta"]["push_hash"]


def test_reannotation_task_is_blind():
    task = build_task({**ROW, "consensus_label": "good"}, TEXTS, REANNOTATION, LAYOUT)
    assert task["data"] == TEXTS and task["predictions"] == []


def test_settings_and_name_checks():
    assert project_settings(EXPERT, "ds", LAYOUT)["title"] == "ds: expert review"
    with pytest.raises(UsageError, match="longer than Label Studio's 50 characters"):
        project_settings(EXPERT, "x" * 40, LAYOUT)
    with pytest.raises(ConfigError, match="field 'votes' clashes"):
        layout_for(CFG, ["good"], ["instruction", "votes"])
    with pytest.raises(UsageError, match="no label vocabulary"):
        layout_for(CFG, [], ["instruction"])


# Label Studio's other export formats of the same project (shapes as Label Studio 1.23 writes them)
JSON_MIN = [
    {
        "record_id": "r1",
        "instruction": "Say hi",
        "id": 7,
        "label": "good",
        "annotator": 3,
        "annotation_id": 11,
        "created_at": "2026-12-06T10:00:00Z",
        "updated_at": "2026-12-06T10:00:00Z",
        "lead_time": 3.0,
    }
]
CSV = 'annotation_id,annotator,created_at,id,instruction,label,lead_time,record_id,updated_at,votes\n11,3,2026-12-06T10:00:00Z,7,Say hi,good,3.0,r1,2026-12-06T10:00:00Z,"{""ann2"": ""bad""}"\n'


COCO = {"images": [], "categories": [], "annotations": [], "info": {"description": "Label Studio"}}


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("min.json", json.dumps(JSON_MIN)),
        ("e.csv", CSV),
        ("e.tsv", CSV.replace(",", "\t")),
        ("coco.json", json.dumps(COCO)),  # any other format: not a list of tasks
    ],
)
def test_flat_exports_are_refused_naming_the_full_json_export(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(AnnotationFileError) as err:
        read_adjudications(path)
    message = str(err.value)
    assert "the full JSON export" in message or "export the project as JSON (the full export" in message
    assert "Say hi" not in message
