"""Personal data inside id fields: phone and QQ numbers, user names; generic ids untouched."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.stages.deidentify.recognizers.idfields import _SHAPES, NEVER_NATIONAL, REGIONS, SCORE, id_field_findings
from pipeline.stages.deidentify.recognizers.phones import valid_number


def bug(reason: str):
    return pytest.mark.xfail(strict=True, reason=f"bug: {reason}")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("user-13912345678", [("PHONE_NUMBER", "13912345678")]),
        ("sess-4155550132", [("PHONE_NUMBER", "4155550132")]),
        ("uid-2125550147", [("PHONE_NUMBER", "2125550147")]),
        ("kf_3145677086", [("QQ_NUMBER", "3145677086")]),
        ("qq123456", [("QQ_NUMBER", "123456")]),
        ("wechat_wxid_syi3g4sqb6gnkk", [("WECHAT_ID", "wxid_syi3g4sqb6gnkk")]),
        ("wechat_zhu-zi6", [("WECHAT_ID", "zhu-zi6")]),
        ("weixin:ZhaMingxin60", [("WECHAT_ID", "ZhaMingxin60")]),
        # round 11: QQ services named by the QQ number, chat apps before a handle
        ("h9-qqmail:310354790", [("QQ_NUMBER", "310354790")]),
        ("qqmusic-12345678", [("QQ_NUMBER", "12345678")]),
        ("qqmail-template-3", []),
        ("h9-feishu/kaihaofeng440", [("WECHAT_ID", "kaihaofeng440")]),
        ("slack#lu-yan28", [("WECHAT_ID", "lu-yan28")]),
        ("feishu-docs-00012", []),
        ("h9-teams/standup-notes", []),
        ("h9-wxwork/lgu", [("PERSON", "lgu")]),
        ("h9-intercom/srinivasgupta", [("PERSON", "srinivasgupta")]),
        ("h9-hubspot/olga.petrova", [("PERSON", "olga.petrova")]),
        ("hubspot/contacts/00123", []),
        ("zendesk/ticket", []),
        ("wechat_123", []),  # a WeChat id starts with a letter and has 6 or more characters
        ("wechat-bot", []),
        ("wxapp_2", []),
        ("ticket-lphan", [("PERSON", "lphan")]),
        ("user-rose.carter", [("PERSON", "rose.carter")]),
        ("li.wei", [("PERSON", "li.wei")]),
        ("ticket-00123", []),
        ("alpaca-52k-000017", []),
        ("order-20240601", []),
        ("img_0001.png", []),
        ("test-001", []),
        ("sharegpt-10", []),
        ("user_sanjay.gupta", [("PERSON", "sanjay.gupta")]),
        ("train-00042", []),
        ("valid-3", []),
        ("dolly-15k-0042", []),
        ("belle-2", []),
        ("ticket-<PERSON_1>", []),
        ("qqgroup-311667852", [("QQ_NUMBER", "311667852")]),
        ("qq_num:24013038", [("QQ_NUMBER", "24013038")]),
        ("im-export/bominlu508", [("WECHAT_ID", "bominlu508")]),
        ("chat/lu-yan28", [("WECHAT_ID", "lu-yan28")]),
        ("wechat-export/zuobohao_2003", [("WECHAT_ID", "zuobohao_2003")]),
        ("dm#FuZi92", [("WECHAT_ID", "FuZi92")]),
        ("im-export/12345", []),
        ("chat/abc", []),
        ("imgs/photo_0001.png", []),
        ("qqgroup-1234", []),
    ],
)
def test_id_field_findings(value, expected):
    found = id_field_findings(value)
    assert [(f.entity_type, value[f.start : f.end]) for f in found] == expected
    assert all(f.score == SCORE == 0.8 for f in found)
    assert all(f.recognition_metadata["recognizer_name"] == "IdFieldRecognizer" for f in found)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789", min_size=4, max_size=12))
def test_a_zero_padded_serial_is_no_national_number(rest: str) -> None:
    number = NEVER_NATIONAL + rest  # the shortcut must hide no number libphonenumber or the shapes accept
    assert not _SHAPES.fullmatch(number)
    assert not any(valid_number(number, region) for region in REGIONS)


def test_zero_padded_ids_hold_no_phone() -> None:
    assert id_field_findings("s000000000") == []
    assert [f.entity_type for f in id_field_findings("user-13912345678")] == ["PHONE_NUMBER"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("crm-qqkf:88120456", [("QQ_NUMBER", "88120456")]),
        ("support/wxkf_lin-hao77", [("WECHAT_ID", "lin-hao77")]),
        ("qqkfx:88120456", []),
    ],
)
def test_round16_an_apps_customer_service_channel_is_the_app(value, expected):
    assert [(f.entity_type, value[f.start : f.end]) for f in id_field_findings(value)] == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # round 17: QQ's business edition (企点) and WeChat's work edition (WeCom) name the app's own ids
        ("crm-qidian_20877413", [("QQ_NUMBER", "20877413")]),
        ("export.wecom-mo_lan1988", [("WECHAT_ID", "mo_lan1988")]),
        ("wxwork:zhou-ke42", [("WECHAT_ID", "zhou-ke42")]),
        # the app's name alone, or before no id, is no person and no id
        ("qidian-docs-v2", []),
        ("wecom.bot", []),
    ],
)
def test_round17_the_work_editions_of_qq_and_wechat(value, expected):
    assert [(f.entity_type, value[f.start : f.end]) for f in id_field_findings(value)] == expected
