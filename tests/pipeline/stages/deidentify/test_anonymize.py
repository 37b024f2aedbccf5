"""Our Presidio operators: exact outputs (golden pairs), per-record placeholder numbers, keyed pseudonyms and surrogates."""

from __future__ import annotations

import pytest
from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import OperatorConfig
from presidio_anonymizer.entities import RecognizerResult as AnonymizerResult

from pipeline.stages.deidentify.anonymize import (
    OPERATORS,
    MaskOperator,
    PlaceholderOperator,
    PseudonymOperator,
    RecordAnonymizer,
    SurrogateOperator,
    mask,
    normalise,
    pseudonym,
    surrogate,
    surrogate_digest,
)
from pipeline.stages.deidentify.policy import parse_policy
from pipeline.stages.deidentify.recognizers.base import result
from pipeline.stages.deidentify.recognizers.checksums import is_bank_card, is_resident_id
from tests.support.deid import OTHER_KEY, TEST_KEY

KEY = TEST_KEY.encode()
KEY2 = OTHER_KEY.encode()


@pytest.mark.parametrize(
    ("value", "mask_char", "keep_last", "expected"),
    [
        ("13812345678", "*", 4, "*******5678"),
        ("13812345678", "#", 0, "###########"),
        ("6222 0212 3456 7894", "*", 4, "***************7894"),
        ("abc", "*", 8, "abc"),  # keep_last longer than the value keeps it whole
        ("", "*", 4, ""),
    ],
)
def test_mask(value, mask_char, keep_last, expected):
    assert mask(value, mask_char, keep_last) == expected


@pytest.mark.parametrize(
    ("entity_type", "value", "expected"),
    [
        ("PHONE_NUMBER", "+86 139-1234 5678", "13912345678"),
        ("PHONE_NUMBER", "0086 (139) 1234.5678", "13912345678"),
        ("BANK_CARD", "6222 0212 3456 7894", "6222021234567894"),
        ("PERSON", "  Rose   CARTER ", "rose carter"),
        ("EMAIL_ADDRESS", "Rose.Carter@Example.org", "rose.carter@example.org"),
        ("PERSON", "赖 军静", "赖军静"),
        ("PERSON", "欧阳\u3000建华", "欧阳建华"),
        ("PERSON", "赖 军静 王强", "赖 军静 王强"),  # two names, not one with a space
        ("LOCATION", "北京 海淀", "北京 海淀"),
    ],
)
def test_normalise(entity_type, value, expected):
    assert normalise(entity_type, value) == expected


@pytest.mark.parametrize(
    ("entity_type", "value", "with_key", "with_other_key"),
    [
        ("PERSON", "Rose Carter", "<PERSON_b44e58243b>", "<PERSON_779825d160>"),
        ("PERSON", "rose  carter ", "<PERSON_b44e58243b>", "<PERSON_779825d160>"),  # same normalised value
        ("PHONE_NUMBER", "13912345678", "<PHONE_NUMBER_117749e5bf>", "<PHONE_NUMBER_df7a320045>"),
        ("PHONE_NUMBER", "+86 139 1234 5678", "<PHONE_NUMBER_117749e5bf>", "<PHONE_NUMBER_df7a320045>"),
        ("EMAIL_ADDRESS", "Rose.Carter@Example.org", "<EMAIL_ADDRESS_dae2742759>", "<EMAIL_ADDRESS_49e3d53add>"),
    ],
)
def test_pseudonym_golden(entity_type, value, with_key, with_other_key):
    assert pseudonym(entity_type, value, KEY) == with_key
    assert pseudonym(entity_type, value, KEY2) == with_other_key


def test_pseudonym_depends_on_the_type():
    assert pseudonym("PERSON", "13912345678", KEY)[-11:] != pseudonym("PHONE_NUMBER", "13912345678", KEY)[-11:]


@pytest.mark.parametrize(
    ("entity_type", "value", "with_key", "with_other_key"),
    [
        ("PERSON", "Rose Carter", "Jordan Baker", "Rowan Wilson"),
        ("PERSON", "王建国", "罗涛艳", "李军玉"),
        ("PERSON", "王芳", "杨玉", "杨明"),  # the first draw with the other key, 徐芳, kept 芳: redrawn
        ("EMAIL_ADDRESS", "rose.carter@example.org", "user1acf1448@example.com", "user4ebe8721@example.com"),
        ("IP_ADDRESS", "10.20.30.40", "192.0.2.215", "192.0.2.218"),
        ("IP_ADDRESS", "fe80::1", "2001:db8::619b", "2001:db8::1fa0"),
        ("CN_RESIDENT_ID", "110101199003077475", "110101196708120097", "110101197810274249"),
        ("BANK_CARD", "6222 0212 3456 7894", "6222 0282 3154 3083", "6222 0207 7509 9739"),
        ("PHONE_NUMBER", "139-1234-5678", "139-7499-9706", "139-7358-4920"),
        ("PHONE_NUMBER", "+1 415 555 0132", "+1 415 569 5179", "+1 415 592 5470"),
        ("STREET_ADDRESS", "北京市海淀区中关村大街27号", "南川市光明路39号", "临江市建设路11号"),
        ("STREET_ADDRESS", "18 Washington Street", "214 Birch Street", "127 Lake Street"),
        ("LOCATION", "上海", "云溪市", "安平市"),
        ("QQ_NUMBER", "2063418146", "1909104225", "0799774776"),
        ("US_SSN", "078-05-1120", "738-07-1109", None),
        ("PASSPORT", "E12345678", "E89082205", None),
        ("WECHAT_ID", "wxid_abc", "wxid_9843492b85", "wxid_9057315df2"),
        ("WECHAT_ID", "rosecarter_1990", "wxid_74c0cfcc5f", "wxid_a13c9162e3"),
        ("PROFILE_URL", "https://github.com/rosecarter1990", "https://github.com/user9b2b948e", None),
        ("PROFILE_URL", "linkedin.com/in/rose-carter-1990/", "linkedin.com/in/userbb903161/", None),
        ("PROFILE_URL", "https://mastodon.social/@rosec", "https://mastodon.social/@userf4756897", None),
        ("PROFILE_URL", "weibo.com/u/1234567890", "weibo.com/u/0222414977", None),
        (
            "PROFILE_URL",
            "https://www.facebook.com/profile.php?id=100012345678",
            "https://www.facebook.com/profile.php?id=287858780244",
            None,
        ),
        ("MAC_ADDRESS", "0a:bb:cc:dd:ee:ff", "e2:ff:6a:b6:4c:77", "6e:a5:26:30:ce:be"),  # locally administered
        ("MAC_ADDRESS", "00-1A-2B-3C-4D-5E", "D2-29-5A-CA-D3-79", None),
        ("MAC_ADDRESS", "0011.2233.4455", "3af3.72fa.d6ed", None),
        ("DRIVER_LICENSE", "MORGA753116SM9IJ", "QUMPA708522GM5WE", None),  # a UK licence starts with the surname
        ("LICENSE_PLATE", "京A12345", "京A21166", None),  # province and city letter kept
        ("LICENSE_PLATE", "ROSE 99", "FAQX 79", None),
        ("MEDICAL_RECORD_NUMBER", "ZY2023041588", "ZY1162027759", None),  # department prefix kept
        ("MEDICAL_RECORD_NUMBER", "MR-1234567", "MR-5787506", None),
        ("IBAN_CODE", "GB82 WEST 1234 5698 7654 32", "GB10 XPEP 8077 3745 5446 58", None),  # country kept
        ("LOCATION", "Springfield", "Lakeside", "Fairview"),  # the first draw with the other key was Springfield
    ],
)
def test_surrogate_golden(entity_type, value, with_key, with_other_key):
    assert surrogate(entity_type, value, KEY) == with_key
    if with_other_key is not None:
        assert surrogate(entity_type, value, KEY2) == with_other_key


def test_surrogates_are_valid_of_their_kind():
    assert is_resident_id(surrogate("CN_RESIDENT_ID", "110101199003077475", KEY))
    card = surrogate("BANK_CARD", "6222 0212 3456 7894", KEY)
    assert is_bank_card(card.replace(" ", "")) and card[:4] == "6222"


def test_a_surrogate_never_equals_the_original():
    assert surrogate("LOCATION", "Springfield", KEY2) != "Springfield"


@pytest.mark.parametrize(
    ("entity_type", "value"),
    [("LOCATION", v) for v in ("Springfield", "Riverton", "Lakeside", "Fairview", "Greenville", "Maplewood")]
    + [("PERSON", f"{first} {last}") for first in ("Alex", "Jordan", "Quinn") for last in ("Smith", "Baker", "Hall")]
    + [("PERSON", n) for n in ("王芳", "李娜", "张伟", "刘洋", "陈静", "杨玉")]
    + [("PHONE_NUMBER", "139"), ("QQ_NUMBER", "12345")],
)
def test_a_surrogate_shares_no_part_with_the_original_under_either_key(entity_type, value):
    for key in (KEY, KEY2):
        made = surrogate(entity_type, value, key)
        assert normalise(entity_type, made) != normalise(entity_type, value)
        if entity_type == "PERSON":
            assert not set(made.split()) & set(value.split())
            if "\u4e00" <= value[0] <= "\u9fff":
                assert not set(made) & set(value)


def test_a_surrogate_that_cannot_differ_is_a_placeholder():
    assert surrogate("PHONE_NUMBER", "139", KEY) == "<PHONE_NUMBER>"  # only the kept prefix: nothing to redraw


@pytest.mark.parametrize(
    ("entity_type", "value", "part"),
    [
        ("PROFILE_URL", "https://github.com/rosecarter1990", "rosecarter"),
        ("WECHAT_ID", "rosecarter_1990", "rosecarter"),
        ("MAC_ADDRESS", "0a:bb:cc:dd:ee:ff", "bb:cc:dd:ee:ff"),
    ],
)
def test_a_surrogate_keeps_no_identifying_part(entity_type, value, part):
    assert part not in surrogate(entity_type, value, KEY)


def test_surrogate_digest_ignores_case_and_separators():
    assert surrogate_digest("Jordan Baker") == surrogate_digest("jordan  baker") == "e86fad97cba0dd11"
    assert surrogate_digest("415-897-3474") == surrogate_digest("4158973474") == "9a8271bf784f7a3b"


# --------------------------------------------------------------------------- Presidio operators


def test_operators_are_registered_in_a_presidio_anonymizer_engine(anonymizer_engine):
    assert isinstance(anonymizer_engine, AnonymizerEngine)
    names = set(anonymizer_engine.get_anonymizers())
    assert {op().operator_name() for op in OPERATORS} <= names
    assert {
        "instructflow_placeholder",
        "instructflow_mask",
        "instructflow_pseudonym",
        "instructflow_surrogate",
    } <= names
    assert "keep" in names


def run_operator(engine, text, entity_type, start, end, operator, params):
    out = engine.anonymize(
        text=text,
        analyzer_results=[AnonymizerResult(entity_type, start, end, 0.9)],
        operators={entity_type: OperatorConfig(operator, params)},
    )
    return out.text


def test_each_operator_through_presidio(anonymizer_engine):
    e = anonymizer_engine
    text = "电话13912345678。"
    assert run_operator(e, text, "PHONE_NUMBER", 2, 13, "instructflow_mask", {"keep_last": 4}) == "电话*******5678。"
    assert run_operator(e, text, "PHONE_NUMBER", 2, 13, "instructflow_pseudonym", {"key": KEY}) == (
        "电话<PHONE_NUMBER_117749e5bf>。"
    )
    assert run_operator(e, text, "PHONE_NUMBER", 2, 13, "instructflow_surrogate", {"key": KEY}) == "电话13974999706。"
    assert run_operator(e, text, "PHONE_NUMBER", 2, 13, "keep", {}) == text


@pytest.mark.parametrize(
    ("operator", "params", "message"),
    [
        (MaskOperator(), {"mask_char": "**"}, "instructflow_mask: mask_char must be one character"),
        (MaskOperator(), {"keep_last": -1}, "instructflow_mask: keep_last must be an integer >= 0"),
        (PlaceholderOperator(), {}, "instructflow_placeholder needs the record's numbering"),
        (PseudonymOperator(), {"key": "not bytes"}, "instructflow_pseudonym needs the pseudonym key"),
        (SurrogateOperator(), None, "instructflow_surrogate needs the pseudonym key"),
    ],
)
def test_operators_validate_their_parameters(operator, params, message):
    with pytest.raises(ValueError) as exc:
        operator.validate(params)
    assert str(exc.value) == message


# --------------------------------------------------------------------------- one record


def policy_with(actions: dict[str, str], **extra):
    entities = {
        "PERSON": {"action": "placeholder", "threshold": 0.6},
        "PHONE_NUMBER": {"action": "mask", "threshold": 0.5, "keep_last": 4},
        "EMAIL_ADDRESS": {"action": "placeholder", "threshold": 0.5},
        "LOCATION": {"action": "keep", "threshold": 0.85},
    }
    for etype, action in actions.items():
        entities[etype] = {"action": action, "threshold": entities[etype]["threshold"]}
    data = {"version": 1, "max_entities_per_record": 40, "pseudonym_key_env": "K", "entities": entities, **extra}
    return parse_policy(data, source="p.yaml", entity_types=list(entities), environ={"K": TEST_KEY})


def find(text: str, entity_type: str, value: str, score: float = 0.9):
    start = text.index(value)
    return result(entity_type, start, start + len(value), score, "Test")


def test_placeholder_numbers_are_consistent_across_the_fields_of_one_record(anonymizer_engine):
    ra = RecordAnonymizer(policy_with({}), anonymizer_engine)
    instruction = "Ask Rose Carter or Omar Haddad; mail rose@example.org."
    out1, applied = ra.apply(
        instruction,
        [
            find(instruction, "PERSON", "Rose Carter"),
            find(instruction, "PERSON", "Omar Haddad"),
            find(instruction, "EMAIL_ADDRESS", "rose@example.org"),
        ],
    )
    assert out1 == "Ask <PERSON_1> or <PERSON_2>; mail <EMAIL_ADDRESS_1>."
    output = "OMAR HADDAD replied; rose  carter did not."
    out2, _ = ra.apply(output, [find(output, "PERSON", "OMAR HADDAD"), find(output, "PERSON", "rose  carter")])
    assert out2 == "<PERSON_2> replied; <PERSON_1> did not."
    assert [
        (a.action, instruction[a.finding.start : a.finding.end], out1[a.out_start : a.out_end]) for a in applied
    ] == [
        ("placeholder", "Rose Carter", "<PERSON_1>"),
        ("placeholder", "Omar Haddad", "<PERSON_2>"),
        ("placeholder", "rose@example.org", "<EMAIL_ADDRESS_1>"),
    ]
    other = RecordAnonymizer(policy_with({}), anonymizer_engine)  # a new record starts at 1 again
    assert (
        other.apply(output, [find(output, "PERSON", "OMAR HADDAD")])[0] == "<PERSON_1> replied; rose  carter did not."
    )


def test_numbering_follows_reading_order_whatever_the_finding_order(anonymizer_engine):
    ra = RecordAnonymizer(policy_with({}), anonymizer_engine)
    text = "Ann Lee, Bo Chen, Ann Lee"
    findings = [result("PERSON", 18, 25, 0.9, "T"), result("PERSON", 9, 16, 0.9, "T"), result("PERSON", 0, 7, 0.9, "T")]
    assert ra.apply(text, findings)[0] == "<PERSON_1>, <PERSON_2>, <PERSON_1>"


def test_every_action_in_one_text(anonymizer_engine):
    policy = policy_with({"PERSON": "pseudonym", "EMAIL_ADDRESS": "surrogate"})
    ra = RecordAnonymizer(policy, anonymizer_engine)
    text = "Rose Carter, 13912345678, rose.carter@example.org, Springfield"
    out, applied = ra.apply(
        text,
        [
            find(text, "PERSON", "Rose Carter"),
            find(text, "PHONE_NUMBER", "13912345678"),
            find(text, "EMAIL_ADDRESS", "rose.carter@example.org"),
            find(text, "LOCATION", "Springfield"),
        ],
    )
    assert out == "<PERSON_b44e58243b>, *******5678, user1acf1448@example.com, Springfield"
    assert [a.action for a in applied] == ["pseudonym", "mask", "surrogate", "keep"]
    assert ra.surrogate_digests(out, applied) == [surrogate_digest("user1acf1448@example.com")]
    assert ra.apply("nothing", []) == ("nothing", [])


def test_mask_keep_last_and_char_come_from_the_policy(anonymizer_engine):
    entities = {"PHONE_NUMBER": {"action": "mask", "threshold": 0.5, "mask_char": "#", "keep_last": 2}}
    policy = parse_policy(
        {"version": 1, "max_entities_per_record": 5, "entities": entities},
        source="p.yaml",
        entity_types=["PHONE_NUMBER"],
        environ={},
    )
    text = "call 415-555-0132"
    assert RecordAnonymizer(policy, anonymizer_engine).apply(text, [find(text, "PHONE_NUMBER", "415-555-0132")])[0] == (
        "call ##########32"
    )
