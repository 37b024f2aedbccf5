"""Each annotation rule with a record that passes it and a record that breaks it (exact reason and detail)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.config import parse_config
from pipeline.config.guideline import load_guideline
from pipeline.stages.validate.rules import Rules, check_record

ROOT = Path(__file__).resolve().parents[4]
GUIDELINE = load_guideline(ROOT / "examples" / "guideline" / "medical.yaml")
CONFIG = parse_config({"validate": {"labels": ["good", "bad"]}}, source="test", base_dir=ROOT)
RULES = Rules.from_config(CONFIG, GUIDELINE)


def span(start, end, label, text=None):
    return {"start": start, "end": end, "label": label, "text": text}


def judge(text, spans=None, bio=None, intent=None, labels=(), original=None, rules=RULES):
    return check_record(original if original is not None else text, text, spans, bio, intent, list(labels), rules)


def test_a_record_without_annotations_is_kept_unchanged():
    v = judge("任何文本")
    assert (v.outcome, v.changed) == ("keep", False)


@pytest.mark.parametrize(
    ("kwargs", "outcome", "reason", "detail"),
    [
        (
            {"labels": ["good", "meh"]},
            "reject",
            "unknown_label",
            "field 'annotations[1].label' is not in validate.labels",
        ),
        ({"intent": "chit_chat"}, "reject", "unknown_intent", "field 'intent' is not an intent of the guideline"),
        (
            {"spans": [span(2, 9, "symptom")]},
            "reject",
            "span_out_of_bounds",
            "field 'spans[0]' lies outside field 'input' (0 <= start < end <= length)",
        ),
        (
            {"spans": [span(3, 3, "symptom")]},
            "reject",
            "span_out_of_bounds",
            "field 'spans[0]' lies outside field 'input' (0 <= start < end <= length)",
        ),
        (
            {"spans": [span(0, 2, "symptom", "咳嗽")]},
            "reject",
            "span_text_mismatch",
            "field 'spans[0].text' differs from field 'input' at its offsets",
        ),
        (
            {"spans": [span(0, 2, "disease")]},
            "reject",
            "unknown_span_label",
            "field 'spans[0].label' is not a label of the guideline",
        ),
        (
            {"bio": ["O", "I-symptom", "I-symptom", "O"]},
            "reject",
            "invalid_bio",
            "field 'bio_tags[1]' is I-x without a preceding B-x or I-x of the same label",
        ),
        (
            {"bio": ["B-symptom", "I-drug", "O", "O"]},
            "reject",
            "invalid_bio",
            "field 'bio_tags[1]' is I-x without a preceding B-x or I-x of the same label",
        ),
        ({"bio": ["X", "O", "O", "O"]}, "reject", "invalid_bio", "field 'bio_tags[0]' is not O, B-x or I-x"),
        (
            {"bio": ["B-disease", "I-disease", "O", "O"]},
            "reject",
            "unknown_bio_label",
            "field 'bio_tags[0]' has a label outside the guideline",
        ),
        (
            {"bio": ["B-symptom", "I-symptom", "O"]},
            "reject",
            "bio_length_mismatch",
            "field 'bio_tags' has 3 tags for 4 characters of field 'input'",
        ),
    ],
)
def test_rules_that_reject(kwargs, outcome, reason, detail):
    v = judge("头痛三天", **kwargs)
    assert (v.outcome, v.reason, v.detail) == (outcome, reason, detail)


def test_valid_spans_bio_intent_and_labels_are_kept():
    v = judge(
        "头痛三天",
        spans=[span(0, 2, "symptom", "头痛")],
        bio=["B-symptom", "I-symptom", "O", "O"],
        intent="ask_symptom",
        labels=["good"],
    )
    assert (v.outcome, v.reason, v.changed) == ("keep", None, False)


def test_boundary_modifier_outside_the_span_goes_to_review():
    v = judge("持续性头痛", spans=[span(3, 5, "symptom", "头痛")])
    assert (v.outcome, v.reason, v.detail) == (
        "review",
        "span_boundary",
        "field 'spans[0]': a modifier of label 'symptom' stands right before the span "
        "(the guideline puts it inside the entity)",
    )


def test_boundary_modifier_inside_the_span_is_one_symptom():
    v = judge("持续性头痛", spans=[span(0, 5, "symptom", "持续性头痛")])
    assert (v.outcome, v.changed) == ("keep", False)


def test_boundary_extend_moves_the_start_over_the_modifier():
    v = judge("剧烈胸痛", spans=[span(2, 4, "pain", "胸痛")])
    assert (v.outcome, v.changed, v.resolved) == ("keep", True, {"spans_extended": 1})
    assert v.spans == [span(0, 4, "pain", "剧烈胸痛")]


def test_overlap_keeps_the_finer_label():
    v = judge("胸痛", spans=[span(0, 2, "symptom", "胸痛"), span(0, 2, "pain", "胸痛")])
    assert (v.outcome, v.resolved) == ("keep", {"coarser_spans_dropped": 1})
    assert v.spans == [span(0, 2, "pain", "胸痛")]


def test_overlap_of_unrelated_labels_goes_to_review():
    v = judge("布洛芬头痛", spans=[span(0, 4, "drug"), span(3, 5, "symptom")])
    assert (v.outcome, v.reason, v.detail) == (
        "review",
        "overlapping_spans",
        "fields 'spans[0]' and 'spans[1]' overlap and neither label refines the other",
    )


def test_identical_duplicate_span_is_dropped():
    v = judge("头痛", spans=[span(0, 2, "symptom"), span(0, 2, "symptom")])
    assert (v.outcome, v.resolved, v.spans) == ("keep", {"duplicate_spans_dropped": 1}, [span(0, 2, "symptom", "头痛")])


def test_vocabulary_inline_and_knowledge_base():
    assert judge("布洛芬", spans=[span(0, 3, "drug")]).outcome == "keep"  # drugs.txt
    assert judge("headache", spans=[span(0, 8, "symptom")]).outcome == "keep"  # inline
    v = judge("仙丹", spans=[span(0, 2, "drug")])
    assert (v.outcome, v.reason, v.detail) == (
        "review",
        "span_not_in_vocabulary",
        "field 'spans[0]' is not in the vocabulary or knowledge base of label 'drug'",
    )


def test_vocabulary_ignores_the_labels_modifiers():
    assert judge("持续性头痛", spans=[span(0, 5, "symptom")]).outcome == "keep"


def test_spans_and_tags_follow_a_changed_text():
    original, text = "电话13812345678，头痛", "电话<PHONE>，头痛"
    bio = ["O"] * (len(original) - 2) + ["B-symptom", "I-symptom"]
    v = judge(text, spans=[span(14, 16, "symptom", "头痛")], bio=bio, original=original)
    assert (v.outcome, v.changed) == ("keep", True)
    assert v.spans == [span(10, 12, "symptom", "头痛")]
    assert v.bio_tags == ["O"] * 10 + ["B-symptom", "I-symptom"]


def test_a_change_inside_an_entity_goes_to_review():
    original, text = "李娜头痛", "<PERSON>头痛"
    v = judge(text, spans=[span(1, 4, "finding")], original=original)
    assert (v.outcome, v.reason, v.detail) == (
        "review",
        "annotation_text_changed",
        "field 'input' changed after ingest (cleaning or de-identification) inside 'spans[0]'",
    )


def test_without_a_guideline_labels_come_from_validate_span_labels():
    cfg = parse_config({"validate": {"span_labels": ["PER"]}}, source="test", base_dir=ROOT)
    rules = Rules.from_config(cfg, None)
    assert judge("李娜", spans=[span(0, 2, "PER")], rules=rules).outcome == "keep"
    v = judge("李娜", spans=[span(0, 2, "LOC")], rules=rules)
    assert (v.reason, v.detail) == (
        "unknown_span_label",
        "field 'spans[0].label' is not a label of validate.span_labels",
    )
    assert judge("李娜", intent="anything", rules=rules).outcome == "keep"


def test_rule_verdicts_judge_only_annotated_rows_against_the_ingest_text():
    import pyarrow as pa

    from pipeline.core.records import RECORD_SCHEMA
    from pipeline.stages.validate.rules import rule_verdicts

    base = {"instruction": "q", "output": "a", "corpus": "c", "source_file": "f", "lang": "zh"}
    rows = [
        {**base, "record_id": "plain", "input": "no annotations", "source_index": 0},
        {**base, "record_id": "moved", "input": "<PHONE>，头痛", "source_index": 1, "spans": [span(14, 16, "symptom")]},
        {**base, "record_id": "bad", "input": "头痛", "source_index": 2, "intent": "chit_chat"},
    ]
    table = pa.Table.from_pylist(rows, schema=RECORD_SCHEMA)
    ingest = pa.Table.from_pylist(
        [{**rows[1], "input": "电话13812345678，头痛"}, rows[0], rows[2]], schema=RECORD_SCHEMA
    )
    cols, counts = rule_verdicts(table, ingest, RULES)
    assert cols.column("rule_outcome").to_pylist() == [None, None, "reject"]
    assert cols.column("rule_reason").to_pylist() == [None, None, "unknown_intent"]
    assert cols.column("rule_changed").to_pylist() == [False, True, False]
    assert cols.column("rule_spans").to_pylist()[1] == [span(8, 10, "symptom", "头痛")]
    assert counts == {"annotations_carried": 1, "records_reject_unknown_intent": 1}


def ground(doc="kb-1", paragraph=0, paragraphs=None, start=None, end=None, confidence=None):
    return {
        "source_doc_id": doc,
        "paragraph": paragraph,
        "paragraphs": paragraphs,
        "start": start,
        "end": end,
        "confidence": confidence,
    }


@pytest.mark.parametrize(
    ("item", "outcome", "reason", "detail"),
    [
        (ground(doc=" "), "reject", "grounding_missing_doc", "field 'grounding[1].source_doc_id' is missing or empty"),
        (
            ground(paragraph=-1),
            "reject",
            "grounding_out_of_bounds",
            "field 'grounding[1].paragraph' is not within 0 <= paragraph < paragraphs",
        ),
        (
            ground(paragraph=3, paragraphs=3),
            "reject",
            "grounding_out_of_bounds",
            "field 'grounding[1].paragraph' is not within 0 <= paragraph < paragraphs",
        ),
        (
            ground(start=5, end=5),
            "reject",
            "grounding_out_of_bounds",
            "field 'grounding[1]' offsets are not 0 <= start < end (both given)",
        ),
        (
            ground(start=2),
            "reject",
            "grounding_out_of_bounds",
            "field 'grounding[1]' offsets are not 0 <= start < end (both given)",
        ),
        (
            ground(confidence=1.01),
            "reject",
            "grounding_confidence_range",
            "field 'grounding[1].confidence' is not between 0 and 1",
        ),
        (
            ground(confidence=float("nan")),
            "reject",
            "grounding_confidence_range",
            "field 'grounding[1].confidence' is not between 0 and 1",
        ),
        (
            ground(confidence=0.4),
            "review",
            "grounding_low_confidence",
            "field 'grounding[1].confidence' is below validate.grounding_min_confidence",
        ),
    ],
)
def test_grounding_rules(item, outcome, reason, detail):
    rules = Rules.from_config(
        parse_config({"validate": {"grounding_min_confidence": 0.5}}, source="test", base_dir=ROOT), None
    )
    v = check_record("t", "t", None, None, None, [], rules, [ground(paragraph=2, paragraphs=3, confidence=0.9), item])
    assert (v.outcome, v.reason, v.detail) == (outcome, reason, detail)


def test_valid_grounding_is_kept_and_low_confidence_needs_a_threshold():
    item = ground(paragraph=2, paragraphs=3, start=0, end=10, confidence=0.1)
    assert check_record("t", "t", None, None, None, [], RULES, [item]).outcome == "keep"
    strict = Rules.from_config(
        parse_config({"validate": {"grounding_min_confidence": 0.5}}, source="test", base_dir=ROOT), None
    )
    assert check_record("t", "t", None, None, None, [], strict, [ground(confidence=0.5)]).outcome == "keep"
    # a reject on a later item wins over an earlier item's review
    v = check_record("t", "t", None, None, None, [], strict, [ground(confidence=0.1), ground(doc="")])
    assert (v.outcome, v.reason) == ("reject", "grounding_missing_doc")
