"""Annotation / adjudication file readers and the Label Studio import writer."""

from __future__ import annotations

import json
import re

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.stages.agreement.sources import (
    AnnotationFileError,
    label_studio_config,
    label_studio_tasks,
    read_adjudications,
    read_annotations,
)

LONG = [
    {"record_id": "1", "annotator_id": "ann-a", "label": "good", "confidence": 0.9},
    {"record_id": "1", "annotator_id": "ann-b", "label": "bad", "confidence": None},
    {"record_id": "0002", "annotator_id": "ann-a", "label": "good", "confidence": 1.0},
]


def test_long_csv_tsv_jsonl_parquet_json_agree(tmp_path):
    (tmp_path / "a.csv").write_text(
        "record_id,annotator_id,label,confidence\n1,ann-a,good,0.9\n1,ann-b,bad,\n0002,ann-a,good,1\n", encoding="utf-8"
    )
    (tmp_path / "a.tsv").write_text(
        "record_id\tannotator_id\tlabel\tconfidence\n1\tann-a\tgood\t0.9\n1\tann-b\tbad\t\n0002\tann-a\tgood\t1\n",
        encoding="utf-8",
    )
    (tmp_path / "a.jsonl").write_text(
        '{"record_id": 1, "annotator_id": "ann-a", "label": "good", "confidence": 0.9}\n\n'
        '{"record_id": "1", "annotator_id": "ann-b", "label": "bad"}\n'
        '{"record_id": "0002", "annotator_id": "ann-a", "label": "good", "confidence": 1}\n',
        encoding="utf-8",
    )
    pq.write_table(pa.Table.from_pylist(LONG), tmp_path / "a.parquet")
    (tmp_path / "a.json").write_text(json.dumps(LONG), encoding="utf-8")
    for name in ("a.csv", "a.tsv", "a.jsonl", "a.parquet", "a.json"):
        assert read_annotations(tmp_path / name).to_pylist() == LONG, name


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("m.csv", "record_id,annotator_id,label\n1,a,\n", r"m\.csv: line 2: field 'label' is missing or empty"),
        ("m.csv", "record_id,label\n1,x\n", r"line 2: field 'annotator_id' is missing or empty"),
        (
            "c.csv",
            "record_id,annotator_id,label,confidence\n1,a,x,1.5\n",
            r"c\.csv: line 2: field 'confidence' must be in 0\.\.1, got 1\.5",
        ),
        (
            "c.csv",
            "record_id,annotator_id,label,confidence\n1,a,x,high\n",
            r"line 2: field 'confidence' must be a number",
        ),
        ("b.jsonl", '{"record_id": "1"\n', r"b\.jsonl: line 1: invalid JSON"),
        ("b.jsonl", "[1]\n", r"line 1: expected a JSON object, got list"),
        ("x.xml", "<a/>", r"unsupported file type '\.xml'"),
    ],
)
def test_long_errors_name_file_line_field(tmp_path, name, text, message):
    (tmp_path / name).write_text(text, encoding="utf-8")
    with pytest.raises(AnnotationFileError, match=message):
        read_annotations(tmp_path / name)


def test_missing_file(tmp_path):
    with pytest.raises(AnnotationFileError, match="annotation file not found"):
        read_annotations(tmp_path / "nope.csv")
    with pytest.raises(AnnotationFileError, match="adjudication file not found"):
        read_adjudications(tmp_path / "nope.csv")


LS_EXPORT = [
    {
        "id": 11,
        "data": {"record_id": "r1", "text": "..."},
        "annotations": [
            {
                "id": 1,
                "completed_by": 3,
                "result": [
                    {"from_name": "label", "to_name": "text", "type": "choices", "value": {"choices": ["good"]}},
                    {"from_name": "confidence", "to_name": "text", "type": "number", "value": {"number": 0.8}},
                ],
                "was_cancelled": False,
            },
            {
                "id": 2,
                "completed_by": {"id": 4, "email": "rev@example.org"},
                "result": [{"from_name": "label", "to_name": "text", "type": "choices", "value": {"choices": ["bad"]}}],
            },
            {"id": 3, "completed_by": 5, "result": [], "was_cancelled": False},
            {
                "id": 4,
                "completed_by": 6,
                "was_cancelled": True,
                "result": [{"from_name": "label", "to_name": "text", "type": "choices", "value": {"choices": ["bad"]}}],
            },
        ],
    },
    {"id": 12, "data": {"record_id": 7}, "annotations": []},
]


def test_label_studio_export(tmp_path):
    path = tmp_path / "export.json"
    path.write_text(json.dumps(LS_EXPORT), encoding="utf-8")
    assert read_annotations(path).to_pylist() == [
        {"record_id": "r1", "annotator_id": "3", "label": "good", "confidence": 0.8},
        {"record_id": "r1", "annotator_id": "rev@example.org", "label": "bad", "confidence": None},
    ]
    assert read_adjudications(path).to_pylist() == [
        {"record_id": "r1", "label": "good", "reviewer": "3"},
        {"record_id": "r1", "label": "bad", "reviewer": "rev@example.org"},
    ]


def test_label_studio_export_errors(tmp_path):
    path = tmp_path / "e.json"
    path.write_text(json.dumps([{"data": {"id": "x"}, "annotations": []}]), encoding="utf-8")
    with pytest.raises(AnnotationFileError, match=r"task 0: field 'data.record_id' is missing or empty"):
        read_annotations(path)
    two = [{"type": "choices", "from_name": "label", "value": {"choices": ["a", "b"]}}]
    path.write_text(json.dumps([{"data": {"record_id": "x"}, "annotations": [{"completed_by": 1, "result": two}]}]))
    with pytest.raises(AnnotationFileError, match=r"task 0 annotations\[0\]: result\[0\]\.value\.choices must hold"):
        read_annotations(path)
    both = [
        {"type": "choices", "from_name": "label", "value": {"choices": ["a"]}},
        {"type": "choices", "from_name": "topic", "value": {"choices": ["b"]}},
    ]
    path.write_text(json.dumps([{"data": {"record_id": "x"}, "annotations": [{"completed_by": 1, "result": both}]}]))
    with pytest.raises(AnnotationFileError, match="more than one choices result"):
        read_annotations(path)
    assert read_annotations(path, from_name="topic").column("label").to_pylist() == ["b"]
    path.write_text(json.dumps([{"data": {"record_id": "x"}, "annotations": [{"result": both[:1]}]}]))
    with pytest.raises(AnnotationFileError, match="field 'completed_by' is missing"):
        read_annotations(path)


def test_adjudication_long(tmp_path):
    path = tmp_path / "adj.csv"
    path.write_text("record_id,label,reviewer,note\nr1,good,expert-1,x\nr2,bad,expert-2,\n", encoding="utf-8")
    assert read_adjudications(path).to_pylist() == [
        {"record_id": "r1", "label": "good", "reviewer": "expert-1"},
        {"record_id": "r2", "label": "bad", "reviewer": "expert-2"},
    ]
    path.write_text("record_id,label\nr1,good\n", encoding="utf-8")
    with pytest.raises(AnnotationFileError, match=r"adj\.csv: line 2: field 'reviewer' is missing or empty"):
        read_adjudications(path)


def test_label_studio_import_round_trip(tmp_path):
    queue = [
        {"record_id": "r1", "consensus_label": "good", "vote_share": 2 / 3, "instruction": "说明", "reason": "tie"},
        {"record_id": "r2", "consensus_label": None, "vote_share": None, "instruction": "x", "reason": "tie"},
    ]
    tasks = label_studio_tasks(queue, data_fields=["instruction", "reason"])
    assert tasks[0] == {
        "data": {"record_id": "r1", "instruction": "说明", "reason": "tie"},
        "predictions": [
            {
                "model_version": "majority_vote",
                "score": 0.666667,
                "result": [
                    {"from_name": "label", "to_name": "text", "type": "choices", "value": {"choices": ["good"]}}
                ],
            }
        ],
    }
    assert "predictions" not in tasks[1]
    # what Label Studio exports after a reviewer labelled the imported tasks
    exported = []
    for i, task in enumerate(tasks):
        choice = "bad" if i == 0 else "good"
        exported.append(
            {
                "id": 100 + i,
                **task,
                "annotations": [
                    {
                        "completed_by": 9,
                        "result": [
                            {"from_name": "label", "to_name": "text", "type": "choices", "value": {"choices": [choice]}}
                        ],
                    }
                ],
            }
        )
    path = tmp_path / "export.json"
    path.write_text(json.dumps(exported, ensure_ascii=False), encoding="utf-8")
    assert read_adjudications(path).to_pylist() == [
        {"record_id": "r1", "label": "bad", "reviewer": "9"},
        {"record_id": "r2", "label": "good", "reviewer": "9"},
    ]


def test_label_studio_config_xml():
    xml = label_studio_config(["good", 'say "no"'], text_fields=["instruction", "output"])
    assert '<Text name="text" value="$instruction"/>' in xml
    assert '<Text name="text_output" value="$output"/>' in xml
    assert "<Choice value='say \"no\"'/>" in xml
    assert re.search(r'<Choices name="label" toName="text" choice="single"', xml)
    import xml.etree.ElementTree as ET

    ET.fromstring(xml)  # well-formed


# the columns Label Studio 1.23 writes in its flat exports (one row per annotation)
LS_MIN_ROW = {
    "record_id": "r1",
    "instruction": "Say hi",
    "id": 1,
    "label": "good",
    "annotator": 3,
    "annotation_id": 6,
    "created_at": "2026-12-06T06:13:08.336269Z",
    "updated_at": "2026-12-06T06:13:08.336292Z",
    "lead_time": 3.0,
}


@pytest.mark.parametrize("name", ["export.json", "export.csv", "export.tsv"])
@pytest.mark.parametrize("reader", [read_annotations, read_adjudications])
def test_flat_label_studio_exports_are_refused_naming_the_json_export(tmp_path, name, reader):
    path = tmp_path / name
    if name.endswith(".json"):
        path.write_text(json.dumps([LS_MIN_ROW]), encoding="utf-8")
    else:
        sep = "\t" if name.endswith(".tsv") else ","
        path.write_text(
            sep.join(LS_MIN_ROW) + "\n" + sep.join(str(v) for v in LS_MIN_ROW.values()) + "\n", encoding="utf-8"
        )
    with pytest.raises(AnnotationFileError) as err:
        reader(path)
    assert str(err.value) == (
        f"{path}: this file is a Label Studio JSON-MIN, CSV or TSV export, which has no predictions, no confidences,"
        " no skipped (cancelled) annotations and numeric annotator ids; export the project as JSON (the full export:"
        " Export > JSON, GET /api/projects/<id>/export?exportType=JSON, or python -m pipeline review pull) and pass"
        " that file"
    )
