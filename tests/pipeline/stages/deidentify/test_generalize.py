"""The generalize action: golden outputs per entity type (zh + en), fail-closed fallbacks, parameters."""

from __future__ import annotations

import pytest

from pipeline.errors import ConfigError
from pipeline.stages.deidentify.anonymize import GeneralizeOperator, RecordAnonymizer
from pipeline.stages.deidentify.generalize import GENERALIZE_TO, generalize
from pipeline.stages.deidentify.policy import parse_policy
from pipeline.stages.deidentify.recognizers.base import result
from tests.support.deid import TEST_KEY

SECRET = "Alice Secret"


@pytest.mark.parametrize(
    ("entity_type", "value", "to", "expected"),
    [
        ("DATE_OF_BIRTH", "1990年5月12日", "month", "1990年5月"),
        ("DATE_OF_BIRTH", "1990年5月12日", "year", "1990年"),
        ("DATE_OF_BIRTH", "1990-05-12", "month", "1990-05"),
        ("DATE_OF_BIRTH", "1990/5/12", "year", "1990"),
        ("DATE_OF_BIRTH", "May 12, 1990", "month", "May 1990"),
        ("DATE_OF_BIRTH", "12th of March 1985", "month", "March 1985"),
        ("DATE_OF_BIRTH", "12 May 1990", "year", "1990"),
        ("DATE_OF_BIRTH", "05/12/1990", "year", "1990"),
        ("AGE", "35岁", "band", "30-39岁"),
        ("AGE", "35 years old", "band", "30-39 years old"),
        ("STREET_ADDRESS", "北京市海淀区中关村大街27号", "city", "北京市海淀区"),
        ("STREET_ADDRESS", "广东省深圳市南山区科技园路1号", "city", "广东省深圳市南山区"),
        ("STREET_ADDRESS", "上海市浦东新区世纪大道100号", "city", "上海市浦东新区"),
        ("STREET_ADDRESS", "北京市中关村小区5号楼", "city", "北京市"),
        ("STREET_ADDRESS", "1600 Amphitheatre Parkway, Mountain View, CA 94043", "city", "Mountain View, CA"),
        ("STREET_ADDRESS", "221B Baker Street, London NW1 6XE", "city", "London"),
        ("STREET_ADDRESS", "12 Main St, Apt 5B, Springfield, IL 62704", "city", "Springfield, IL"),
        ("STREET_ADDRESS", "Flat 3, 10 Downing Street, London SW1A 2AA", "city", "London"),
        ("ZIP_CODE", "94043", "prefix", "940**"),
        ("ZIP_CODE", "100080", "prefix", "100***"),
    ],
)
def test_generalize_golden(entity_type, value, to, expected):
    assert generalize(entity_type, value, to) == expected


@pytest.mark.parametrize(
    ("entity_type", "value", "to"),
    [
        ("DATE_OF_BIRTH", "05/12/1990", "month"),  # day/month order unknown
        ("DATE_OF_BIRTH", "born last spring", "year"),
        ("DATE_OF_BIRTH", "1990年", "month"),  # no month to keep
        ("AGE", "about thirty", "band"),
        ("AGE", "999岁", "band"),
        ("STREET_ADDRESS", "和平路3号", "city"),  # no city before the street
        ("STREET_ADDRESS", "42 Elm Street", "city"),  # no city after the street
        ("STREET_ADDRESS", "北京市", "city"),
        (
            "STREET_ADDRESS",
            "Springfield, 12 Main Street",
            "city",
        ),  # the street comes last: nothing after it  # nothing coarser than itself
        ("ZIP_CODE", "NW1 6XE", "prefix"),
        ("ZIP_CODE", "1234", "prefix"),
        ("PHONE_NUMBER", "13912345678", "prefix"),  # not a generalisable type
        ("DATE_OF_BIRTH", "1990-05-12", "city"),  # not a 'to' of dates
    ],
)
def test_generalize_refuses_what_it_cannot_do_safely(entity_type, value, to):
    assert generalize(entity_type, value, to) is None


def policy(entities: dict, types=None):
    data = {"version": 1, "max_entities_per_record": 40, "entities": entities}
    return parse_policy(data, source="p.yaml", entity_types=types or list(entities), environ={})


def test_generalize_through_presidio_with_placeholder_fallback(anonymizer_engine):
    p = policy(
        {
            "DATE_OF_BIRTH": {"action": "generalize", "threshold": 0.5, "to": "month"},
            "STREET_ADDRESS": {"action": "generalize", "threshold": 0.5, "to": "city"},
        }
    )
    ra = RecordAnonymizer(p, anonymizer_engine)
    text = "生于1990年5月12日，住北京市海淀区中关村大街27号，旧址和平路3号。"
    findings = [
        result("DATE_OF_BIRTH", 2, 12, 0.9, "t"),
        result("STREET_ADDRESS", 14, 28, 0.9, "t"),
        result("STREET_ADDRESS", 31, 36, 0.9, "t"),
    ]
    assert [text[f.start : f.end] for f in findings] == ["1990年5月12日", "北京市海淀区中关村大街27号", "和平路3号"]
    out, applied = ra.apply(text, findings)
    assert out == "生于1990年5月，住北京市海淀区，旧址<STREET_ADDRESS_1>。"
    assert [a.action for a in applied] == ["generalize"] * 3
    assert [out[a.out_start : a.out_end] for a in applied] == ["1990年5月", "北京市海淀区", "<STREET_ADDRESS_1>"]


def test_generalize_operator_validates_its_parameters():
    with pytest.raises(ValueError) as exc:
        GeneralizeOperator().validate({"to": "year"})
    assert str(exc.value) == "instructflow_generalize needs 'to' and the record's numbering"


def test_generalize_types_and_their_to():
    assert GENERALIZE_TO["DATE_OF_BIRTH"] == ("month", "year")
    assert GENERALIZE_TO["STREET_ADDRESS"] == ("city",)
    assert GENERALIZE_TO["AGE"] == ("band",)
    assert GENERALIZE_TO["ZIP_CODE"] == ("prefix",)


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        (
            {"action": "generalize", "threshold": 0.5},
            "p.yaml: missing required key 'entities.DATE_OF_BIRTH.to' (action 'generalize' needs one of 'month', 'year')",
        ),
        (
            {"action": "generalize", "threshold": 0.5, "to": SECRET},
            "p.yaml: key 'entities.DATE_OF_BIRTH.to' must be one of 'month', 'year', got a string of 12 characters",
        ),
        (
            {"action": "generalize", "threshold": 0.5, "to": 3},
            "p.yaml: key 'entities.DATE_OF_BIRTH.to' must be one of 'month', 'year', got a number outside the allowed range",
        ),
        (
            {"action": "placeholder", "threshold": 0.5, "to": "year"},
            "p.yaml: key 'entities.DATE_OF_BIRTH' sets 'to' but its action is 'placeholder', not 'generalize'",
        ),
    ],
)
def test_generalize_parameter_errors(rule, message):
    with pytest.raises(ConfigError) as exc:
        policy({"DATE_OF_BIRTH": rule})
    assert str(exc.value) == message
    assert SECRET not in str(exc.value)


def test_generalize_on_a_type_it_does_not_support_is_refused():
    with pytest.raises(ConfigError) as exc:
        policy({"PHONE_NUMBER": {"action": "generalize", "threshold": 0.5, "to": "year"}})
    assert str(exc.value) == (
        "p.yaml: key 'entities.PHONE_NUMBER.action' is 'generalize', which PHONE_NUMBER does not support "
        "(generalize works for: 'AGE', 'DATE', 'DATE_OF_BIRTH', 'DATE_TIME', 'POSTCODE', 'STREET_ADDRESS', "
        "'US_ZIP_CODE', 'ZIP_CODE')"
    )


def test_generalize_rule_is_recorded_in_the_summary():
    p = policy({"DATE_OF_BIRTH": {"action": "generalize", "threshold": 0.5, "to": "year"}})
    assert p.summary()["entities"] == {"DATE_OF_BIRTH": {"action": "generalize", "threshold": 0.5, "to": "year"}}
    assert p.summary()["profile"] is None
    assert TEST_KEY  # no key needed: generalize is unkeyed
    assert p.key is None


def test_fallback_placeholders_are_numbered_in_reading_order(anonymizer_engine):
    p = policy({"STREET_ADDRESS": {"action": "generalize", "threshold": 0.5, "to": "city"}})
    text = "旧址和平路3号，新址人民路8号，公司在上海市浦东新区世纪大道100号。"
    values = ["和平路3号", "人民路8号", "上海市浦东新区世纪大道100号"]
    findings = [result("STREET_ADDRESS", text.index(v), text.index(v) + len(v), 0.9, "t") for v in values]
    out, _ = RecordAnonymizer(p, anonymizer_engine).apply(text, findings)
    assert out == "旧址<STREET_ADDRESS_1>，新址<STREET_ADDRESS_2>，公司在上海市浦东新区。"
