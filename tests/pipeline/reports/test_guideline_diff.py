"""diff_guidelines section by section, on small guidelines written for each case."""

from __future__ import annotations

from pathlib import Path

from pipeline.config.guideline import parse_guideline
from pipeline.reports.guideline_diff import diff_guidelines


def guideline(tmp_path: Path, data: dict[str, object]):
    return parse_guideline({"version": "1", **data}, source="t", base_dir=tmp_path)


def test_no_change_is_an_empty_list(tmp_path):
    g = guideline(tmp_path, {"labels": {"a": {"definition": "x"}}})
    assert diff_guidelines(g, g) == []


def test_a_rename_needs_one_added_label_with_the_same_definition(tmp_path):
    old = guideline(tmp_path, {"labels": {"a": {"definition": "x"}, "b": {"definition": "y"}}})
    new = guideline(
        tmp_path, {"labels": {"c": {"definition": "x"}, "d": {"definition": "x"}, "b": {"definition": "z"}}}
    )
    assert diff_guidelines(old, new) == [
        "labels:",
        "  + label c",
        "  + label d",
        "  - label a",
        "  ~ label b: definition changed",
    ]


def test_parents_knowledge_bases_bio_and_field_types(tmp_path):
    (tmp_path / "kb1.txt").write_text("x1\nx2\n", encoding="utf-8")
    (tmp_path / "kb2.txt").write_text("x2\nx3\n", encoding="utf-8")
    old = guideline(
        tmp_path,
        {
            "labels": {"p": {"definition": "p"}, "a": {"definition": "x", "knowledge_base": "kb1.txt"}},
            "field_types": {"d": {"kind": "date"}, "gone": {"kind": "id"}},
        },
    )
    new = guideline(
        tmp_path,
        {
            "version": "2",
            "labels": {
                "p": {"definition": "p"},
                "a": {"definition": "x", "parent": "p", "knowledge_base": "kb2.txt", "boundary": {"action": "extend"}},
            },
            "bio": {"tokens": "whitespace"},
            "field_types": {"d": {"kind": "date", "reannotate_below": 0.4}, "amt": {"kind": "amount"}},
        },
    )
    assert diff_guidelines(old, new) == [
        "guideline (unnamed) 1 -> (unnamed) 2",
        "labels:",
        "  ~ label a: parent (none) -> p",
        "  ~ label a: vocabulary +1 (x3) -1 (x1)",
        "  ~ label a: boundary action review -> extend",
        "bio:",
        "  ~ bio.tokens: char -> whitespace",
        "field types:",
        "  + field type amt (amount, review below 0.7, reannotate below 0.5)",
        "  - field type gone",
        "  ~ field_types.d.reannotate_below: 0.5 -> 0.4",
    ]


def test_long_vocabulary_changes_name_ten_terms_and_count_the_rest(tmp_path):
    old = guideline(tmp_path, {"labels": {"a": {"definition": "x"}}})
    new = guideline(tmp_path, {"labels": {"a": {"definition": "x", "vocabulary": [f"t{i:02d}" for i in range(12)]}}})
    assert diff_guidelines(old, new) == [
        "labels:",
        "  ~ label a: vocabulary +12 (t00, t01, t02, t03, t04, t05, t06, t07, t08, t09 and 2 more)",
    ]
