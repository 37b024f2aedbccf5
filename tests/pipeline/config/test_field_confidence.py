"""Field-confidence rules and feedback rules: the guideline-shaped builders, defaults and errors."""

import pytest

from pipeline.config import load_config, parse_config
from pipeline.config.field_confidence import (
    ConfidenceWeights,
    FeedbackRules,
    FieldTypeRule,
    default_field_types,
    feedback_rules,
    field_type_rules,
    rule_for,
)
from pipeline.errors import ConfigError


def test_guideline_shaped_field_types_build_named_rules():
    rules = field_type_rules(
        {
            "amount": {"kind": "amount", "review_below": 0.75},
            "invoice_id": {"kind": "id", "review_below": 0.6, "reannotate_below": 0.4, "weights": {"stability": 0.0}},
        }
    )
    assert rules == {
        "amount": FieldTypeRule("amount", "amount", 0.75, 0.5),
        "invoice_id": FieldTypeRule("invoice_id", "id", 0.6, 0.4, ConfidenceWeights(0.5, 0.3, 0.0, 0.0)),
    }


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            {"amount": {"kind": "money"}},
            "key 'field_types.amount.kind' must be one of 'date', 'amount', 'reference', 'id', 'text', got another string",
        ),
        ({"amount": {"kind": "amount", "colour": 1}}, "unknown key 'field_types.amount.colour'"),
        ({"amount": {"review_below": 0.4, "reannotate_below": 0.6}}, "reannotate_below must not be above review_below"),
        ({"amount": {"review_below": 1.5}}, "key 'field_types.amount.review_below' must be between 0.0 and 1.0"),
        (
            {"amount": {"weights": {"annotator": 0, "type_match": 0, "stability": 0}}},
            "field confidence weights are all zero",
        ),
        ({"amount": 3}, "key 'field_types.amount' must be a mapping"),
        ({"bad name": {}}, "must be an identifier"),
    ],
)
def test_invalid_field_types_name_the_key(data, message):
    with pytest.raises(ConfigError, match=message.replace("(", r"\(").replace(")", r"\)").replace(".", r"\.")):
        field_type_rules(data, source="guideline.yaml")


def test_feedback_rules_from_a_mapping():
    assert feedback_rules({"second_review": True}) == FeedbackRules(second_review=True, min_reviewers=2)
    assert feedback_rules(None) == FeedbackRules(second_review=False)
    with pytest.raises(ConfigError, match=r"key 'feedback\.min_reviewers' must be between 2 and 10"):
        feedback_rules({"min_reviewers": 1})
    with pytest.raises(ConfigError, match=r"unknown key 'feedback\.reviewers'"):
        feedback_rules({"reviewers": 2})


def test_bundled_defaults_follow_the_standard_and_the_pipeline_yaml():
    cfg = load_config(None).agreement
    assert cfg.field_types == default_field_types()
    assert {n: (r.kind, r.review_below, r.reannotate_below) for n, r in cfg.field_types.items()} == {
        "amount": ("amount", 0.75, 0.5),
        "date": ("date", 0.70, 0.5),
        "reference_number": ("reference", 0.65, 0.5),
    }
    assert cfg.feedback == FeedbackRules(second_review=False, min_reviewers=2)


def test_pipeline_config_fills_names_from_keys_and_refuses_a_mismatch(tmp_path):
    cfg = parse_config({"agreement": {"field_types": {"due": {"kind": "date"}}}}, source="c.yaml", base_dir=tmp_path)
    assert cfg.agreement.field_types["due"].name == "due"
    with pytest.raises(ConfigError, match=r"field_types\.due\.name names another field"):
        parse_config({"agreement": {"field_types": {"due": {"name": "other"}}}}, source="c.yaml", base_dir=tmp_path)


def test_an_undeclared_field_is_text_with_the_record_thresholds():
    assert rule_for({}, "note") == FieldTypeRule("note", "text", 0.7, 0.5)
    assert rule_for(default_field_types(), "amount").kind == "amount"
