"""The residual check: what counts as personal data left in a record, judged as the stage judges it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.stages.deidentify.anonymize import surrogate_digest
from pipeline.stages.deidentify.entities import GATE_TYPES, NAME_TYPES, STRUCTURED_TYPES
from pipeline.stages.deidentify.fields import Text, record_texts
from pipeline.stages.deidentify.policy import parse_policy
from pipeline.stages.deidentify.recognizers.base import result
from pipeline.stages.deidentify.residual import Residual, ResidualScanner, deny_findings, preview
from pipeline.stages.deidentify.stage import policy_entities
from tests.support.deid import default_policy_data, rec


@pytest.mark.parametrize(
    ("text", "start", "end", "expected"),
    [
        ("call +1 415-555-0132 now", 5, 20, "+* ***-***-****"),
        ("mail rose.carter@example.org", 5, 28, "****.******@*******.***"),
        ("电话13912345678", 2, 13, "***********"),
        ("姓名：王建国", 3, 6, "***"),
        ("Name: Émilie Ørsted", 6, 19, "****** ******"),
        ("abc", 1, 1, ""),
    ],
)
def test_preview_hides_every_letter_and_digit(text, start, end, expected):
    assert preview(text, start, end) == expected


@given(st.text(max_size=40))
def test_preview_never_shows_an_alphanumeric_character(text):
    shape = preview(text, 0, len(text))
    assert len(shape) == len(text) and not any(c.isalnum() for c in shape)


@pytest.fixture(scope="module")
def scanner(default_policy):
    return ResidualScanner(default_policy)


def test_scanner_looks_for_the_gate_types_the_policy_transforms(default_policy, scanner):
    assert scanner.types == sorted(GATE_TYPES)
    assert "PERSON" not in scanner.types and "LOCATION" not in scanner.types
    named = ResidualScanner(default_policy, names=True, analyzer=scanner.analyzer)
    assert named.types == sorted([*GATE_TYPES, "PERSON"])  # LOCATION is kept by the bundled policy
    assert GATE_TYPES == STRUCTURED_TYPES and {"PERSON", "LOCATION"} == NAME_TYPES
    assert set(GATE_TYPES) | NAME_TYPES == set(policy_entities(True))


def policy_with(**changes):
    data = default_policy_data()
    data["annotator_ids"] = "keep"
    for key, value in changes.items():
        data[key] = value
    return parse_policy(data, source="p.yaml", entity_types=policy_entities(True), environ={})


def judge(policy, text: str, findings, path: str = "output", surrogates=()) -> list[Residual]:
    return ResidualScanner(policy, analyzer=object()).judge([Text(path, text, findings)], surrogates)


PHONE = result("PHONE_NUMBER", 2, 13, 0.95, "PhoneNumberRecognizer")


def test_a_phone_is_a_residual_finding_with_no_value():
    (r,) = judge(policy_with(), "电话13912345678", [PHONE])
    assert r == Residual("output", "PHONE_NUMBER", 2, 13, 0.95, "PhoneNumberRecognizer")
    assert "13912345678" not in repr(r)


def test_what_is_not_a_residual_finding():
    policy = policy_with(allow_list=["13912345678"])
    assert judge(policy, "电话13912345678", [PHONE]) == []  # allow-listed
    assert judge(policy_with(), "电话13912345678", [result("PHONE_NUMBER", 2, 13, 0.3, "P")]) == []  # under threshold
    assert judge(policy_with(), "电话13912345678", [result("PERSON", 2, 13, 0.95, "P")]) == []  # not a gate type
    token = "电话<PHONE_NUMBER_1>"
    assert judge(policy_with(), token, [result("PHONE_NUMBER", 3, 17, 0.95, "P")]) == []  # inside our placeholder
    assert judge(policy_with(), "电话13912345678", [PHONE], surrogates=[surrogate_digest("13912345678")]) == []
    data = default_policy_data()
    data["entities"]["PHONE_NUMBER"] = {"action": "keep", "threshold": 0.5}
    kept = parse_policy(data, source="p.yaml", entity_types=policy_entities(True), environ={}, with_key=False)
    assert judge(kept, "电话13912345678", [PHONE]) == []  # the policy keeps phones


def test_deny_list_values_are_always_findings():
    data = default_policy_data()
    data["deny_list"] = {"PROJECT_CODE": ["Falcon-7"]}
    data["entities"]["PROJECT_CODE"] = {"action": "keep", "threshold": 0.99}
    policy = parse_policy(data, source="p.yaml", entity_types=policy_entities(True), environ={}, with_key=False)
    text = "<PROJECT_CODE_1> and Falcon-7, Falcon-7"
    assert [(f.start, f.end, f.score) for f in deny_findings(text, policy)] == [(21, 29, 1.0), (31, 39, 1.0)]
    assert [(r.entity_type, r.start, r.end, r.recognizer) for r in judge(policy, text, [])] == [
        ("PROJECT_CODE", 21, 29, "DenyListRecognizer"),
        ("PROJECT_CODE", 31, 39, "DenyListRecognizer"),
    ]


def test_annotator_ids_are_judged_only_when_the_policy_transforms_them(default_policy):
    email = [result("EMAIL_ADDRESS", 0, 11, 1.0, "EmailAddressRecognizer")]
    path = "annotations[0].annotator_id"
    assert judge(policy_with(), "ann@corp.cn", email, path=path) == []  # annotator_ids: keep
    assert [r.entity_type for r in judge(default_policy, "ann@corp.cn", email, path=path)] == ["EMAIL_ADDRESS"]


def test_findings_are_sorted_by_field_then_offset():
    texts = [
        Text("output", "电话13912345678", [PHONE]),
        Text("history[0][0]", "电话13912345678 13807551234", [PHONE, result("PHONE_NUMBER", 14, 25, 0.9, "P")]),
    ]
    found = ResidualScanner(policy_with(), analyzer=object()).judge(texts)
    assert [(r.path, r.start) for r in found] == [("history[0][0]", 2), ("history[0][0]", 14), ("output", 2)]


def test_scan_rows_on_the_stages_output_finds_nothing_and_on_its_input_what_it_transformed(mixed_run, scanner):
    rows, _, result_ = mixed_run
    before = scanner.scan_rows(rows)
    after = scanner.scan_rows(result_.kept.to_pylist())
    assert [len(f) for f in after] == [0] * len(rows)
    assert {r["record_id"]: sorted(x.entity_type for x in f) for r, f in zip(rows, before, strict=True) if f} == {
        "m1": ["CN_RESIDENT_ID", "EMAIL_ADDRESS", "PHONE_NUMBER"],
        "m3": ["EMAIL_ADDRESS", "PHONE_NUMBER"],
        "m4": ["PHONE_NUMBER", "STREET_ADDRESS"],
        "m5": ["BANK_CARD", "IP_ADDRESS"],
        "m6": ["STREET_ADDRESS"],
        "m9": ["EMAIL_ADDRESS", "PHONE_NUMBER"],
    }
    assert scanner.scan_rows([]) == []
    assert scanner.scan_rows([rec("e1", "")]) == [[]]


def test_rows_without_a_rewritten_string_are_not_read(scanner, monkeypatch):
    """The stage passes the paths it rewrote: a row with none costs nothing and finds nothing."""
    from pipeline.stages.deidentify import residual

    seen = []

    def texts_of(row):
        seen.append(row["record_id"])
        return record_texts(row)

    monkeypatch.setattr(residual, "record_texts", texts_of)
    rows = [rec("a", "Hi.", output="call 13912345678"), rec("b", "Hi.", output="call 13912345678")]
    found = scanner.scan_rows(rows, [set(), {"output"}])
    assert seen == ["b"]
    assert found[0] == [] and [r.entity_type for r in found[1]] == ["PHONE_NUMBER"]
