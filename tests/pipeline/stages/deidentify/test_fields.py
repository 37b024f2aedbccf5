"""The strings of a record by path: what the stage reads, and writing a new text back without touching the input."""

from __future__ import annotations

from pipeline.stages.deidentify.fields import NON_TEXT_FIELDS, copy_row, record_texts, set_text
from tests.support.deid import rec


def row() -> dict:
    return rec(
        "f1",
        "instr",
        output="out",
        system="sys",
        input="",
        history=[["q0", "a0"], ["q1", ""]],
        source_id="user-1",
        annotations=[
            {"annotator_id": "ann@x.cn", "label": "ok", "confidence": 1.0},
            {"annotator_id": "", "label": "ok", "confidence": 1.0},
        ],
    )


def test_record_texts_lists_every_non_empty_string_by_path():
    assert [(t.path, t.text) for t in record_texts(row())] == [
        ("instruction", "instr"),
        ("output", "out"),
        ("system", "sys"),
        ("history[0][0]", "q0"),
        ("history[0][1]", "a0"),
        ("history[1][0]", "q1"),
        ("source_id", "user-1"),
        ("annotations[0].annotator_id", "ann@x.cn"),
    ]
    assert NON_TEXT_FIELDS == ("source_id",)
    assert [t.path for t in record_texts(rec("f2", "x", source_id=None, history=None, annotations=None))] == [
        "instruction",
        "output",
    ]


def test_set_text_writes_every_kind_of_path_into_a_copy_only():
    original = row()
    new = copy_row(original)
    for path in ("instruction", "system", "history[1][0]", "source_id", "annotations[0].annotator_id"):
        set_text(new, path, f"<{path}>")
    assert new["instruction"] == "<instruction>" and new["system"] == "<system>"
    assert new["history"] == [["q0", "a0"], ["<history[1][0]>", ""]]
    assert new["source_id"] == "<source_id>"
    assert new["annotations"][0] == {"annotator_id": "<annotations[0].annotator_id>", "label": "ok", "confidence": 1.0}
    assert original == row()  # nested lists and dicts were copied, not shared
