"""Chinese name tagger: jieba tags, surname filter, cues; jieba runs block by block with the same tokens."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.stages.deidentify.recognizers.person_zh import (
    KEYED_LATIN,
    SURNAMES_2,
    ZhPersonRecognizer,
    block_may_hold_name,
)


@pytest.fixture(scope="module")
def zh():
    return ZhPersonRecognizer()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("请联系张伟经理处理退款。", [("张伟", 0.85)]),
        ("王小明先生和欧阳娜娜女士明天到。", [("王小明", 0.85), ("欧阳娜娜", 0.85)]),  # compound surname merged
        ("姓名：李娜，电话见附件。", [("李娜", 0.85)]),
        ("我叫高静。", []),  # 我叫 is no strong cue (stories name characters so); names.py reads it as weak
        ("一个名叫莫娜的女孩。", [("莫娜", 0.6)]),  # jieba's nr tag alone: 0.6, not a private cue
        ("请把银行卡号码发给我。", []),  # jieba tags 银行卡 as nr: the surname filter drops it
        ("明天我们讨论高速公路的安全问题。", []),
        ("我的同事Michael Jordan下周来上海。", []),  # Latin names are the English tagger's
        ("左心室肥大", []),
        ("顾客说谷歌很好用", []),
        ("", []),
    ],
)
def test_tagger_names(zh, text, names):
    assert [(text[f.start : f.end], f.score) for f in zh.analyze(text)] == names
    assert all(f.entity_type == "PERSON" and f.recognizer == "ZhPersonRecognizer" for f in zh.analyze(text))


def test_compound_surnames_are_listed():
    assert {"欧阳", "端木", "司马", "诸葛", "上官"} <= SURNAMES_2


ZH_FRAGMENTS = [
    *"王李张刘陈欧阳和明时高何金石马文方安",
    "伟",
    "芳",
    "婷婷",
    "海燕",
    "小明",
    "娜娜",
    "先生",
    "经理",
    "老师",
    "抄送",
    "给",
    "尊敬",
    "的",
    "姓名：",
    "我叫",
    "明天",
    "我们",
    "安全",
    "银行卡",
    "高速公路",
    "任何",
    "如何",
    "和",
    "在",
    "了",
    "说",
    "今年",
    "，",
    "。",
    "：",
    "、",
    " ",
    "\n",
    "\r\n",
    "Sarah",
    "abc",
    "x1",
    "3.5",
    "138",
    "2024年",
    "#&+_.",
    "Ⅳ",
    "😀",
]
zh_texts = st.lists(st.sampled_from(ZH_FRAGMENTS), max_size=30).map("".join)


class _FullJieba:
    """The recognizer with jieba run on every block (the reference for the block filter)."""

    def __init__(self, zh: ZhPersonRecognizer) -> None:
        import jieba.posseg

        self._cut = jieba.posseg.cut
        self._rec = zh

    def tokens(self, text):
        return [(w.word, w.flag) for w in self._cut(text)]

    def analyze(self, text):
        return ZhPersonRecognizer.analyze(self, text)

    def __getattr__(self, name):
        return getattr(self._rec, name)


def same_as_full_jieba(zh: ZhPersonRecognizer, text: str) -> None:
    import jieba.posseg

    assert zh._posseg.tokens(text) == [(w.word, w.flag) for w in jieba.posseg.cut(text)]
    assert zh.analyze(text) == _FullJieba(zh).analyze(text)


@pytest.mark.parametrize(
    "text",
    [
        "请联系张伟经理处理退款。",
        "王小明先生和欧阳娜娜女士明天到。",
        "抄送明华，尊敬的时光先生：",
        "和平老师说，和平是大家的愿望。",
        "姓名：李娜，电话见附件。我叫高静。",
        "Hello 世界 abc123 ，x.y_z#&+ \r\n 王伟。",
        "明天我们讨论高速公路的安全问题，任何人都可以参加。",
        "",
        "   ",
    ],
)
def test_block_tokens_are_jiebas_and_names_unchanged(zh, text):
    same_as_full_jieba(zh, text)


@settings(max_examples=300, deadline=None)
@given(zh_texts)
def test_block_filter_never_changes_a_finding(zh, text):
    """Skipped blocks cannot hold a finding: the result equals jieba on the whole text."""
    same_as_full_jieba(zh, text)


def test_block_filter_skips_blocks_without_a_surname():
    assert not block_may_hold_name("明天我们讨论")  # 明 is ambiguous and there is no cue
    assert block_may_hold_name("抄送明华")  # ... unless a strict cue is in the block
    assert block_may_hold_name("欧阳娜娜")
    assert block_may_hold_name("请联系张伟")
    assert not block_may_hold_name("这是一个例子")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a bed number names the patient in it (ward handovers): 3床端木晨静, 12床 王建国
        ("交班：3床端木晨静（住院号ZY2024001）血糖偏低", [("端木晨静", 0.85)]),
        ("12床 王建国 胆囊切除术后第一天", [("王建国", 0.85)]),
        ("患者欧阳娜，电话见附件", [("欧阳娜", 0.85)]),
    ],
)
def test_round8_cued_names(zh, text, names):
    assert [(text[f.start : f.end], f.score) for f in zh.analyze(text) if f.score >= 0.85] == names


@pytest.mark.parametrize("text", ["病房共有30床位，12床空着", "加床3张，床位费另计"])
def test_round8_bed_numbers_without_a_name(zh, text):
    assert [f for f in zh.analyze(text) if f.score >= 0.85] == []


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from([*ZH_FRAGMENTS, "赖军静", "端木晨静", "欧阳娜娜", "张伟", "阿卜杜拉"]), max_size=12).map(
        "".join
    )
)
def test_segment_is_posseg_cut_of_the_block_also_from_its_cache(zh, text):
    """``_segment`` (jieba's block segmentation written out, HMM runs cached) gives ``posseg.dt.cut``'s tokens."""
    import jieba.posseg

    posseg = zh._posseg
    for block in jieba.posseg.re_han_internal.split(text):
        if block and jieba.posseg.re_han_internal.match(block):
            want = tuple((w.word, w.flag) for w in jieba.posseg.dt.cut(block))
            assert posseg._segment(block) == want
            assert posseg._segment(block) == want  # again, HMM runs now from the cache


def test_segment_caches_unknown_runs(zh):
    posseg = zh._posseg
    posseg._runs.clear()
    posseg._segment("请联系赖军静经理")
    assert posseg._runs  # an unknown name run went through the HMM once


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("货到了请找仓管笪建国，他负责签收。", [("笪建国", 0.85)]),
        ("表格已交给前台方晓雯。", [("方晓雯", 0.85)]),  # 方 is mostly a word: a three-character name after a role
        ("出纳禚立新电话打不通。", [("禚立新", 0.85)]),
        ("[3栋-冼嘉怡] 电梯又坏了，谁来修？", [("冼嘉怡", 0.85)]),  # a group chat's speaker tag
        ("孩子成绩不错，家长会议在周五。", []),  # common words after roles are no names
        ("会计师事务所的统计数据已更新。", []),
        ("前台方向的灯坏了。", []),
    ],
)
def test_round16_a_name_after_a_role(zh, text, names):
    assert [(text[f.start : f.end], f.score) for f in zh.analyze(text) if f.entity_type == "PERSON"] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("收款人名称：OLUWASEUN ADEYEMI\n开户行：Barclays", ["OLUWASEUN ADEYEMI"]),
        ("租客是Kowalski, Marta，押金已退。", ["Kowalski, Marta"]),
        ("户名：Northwind Trading Ltd", []),  # an organisation
        ("我的同事Michael Jordan下周来上海。", []),  # no name key or role before it
    ],
)
def test_round16_a_latin_name_after_a_chinese_name_key(zh, text, names):
    assert [text[f.start : f.end] for f in zh.analyze(text) if f.entity_type == KEYED_LATIN] == names


@pytest.mark.parametrize(
    "text",
    ["描述一位会计师平常的工作。", "出门在外要确保安全回家。"],  # 会计 inside 会计师, 保安 inside 确保安全
)
def test_round16_a_role_inside_a_longer_word_opens_no_name(zh, text):
    assert [text[f.start : f.end] for f in zh.analyze(text)] == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # round 17: community and social workers, volunteers and the one on standby are roles before a name
        ("入户人员：网格员卓海燕、社工柏晓峰", [("卓海燕", 0.85), ("柏晓峰", 0.85)]),
        ("今晚值班孔德明，备岗钱亚楠。", [("孔德明", 0.85), ("钱亚楠", 0.85)]),
        ("签到处的志愿者龚美琳，电话见群公告。", [("龚美琳", 0.85)]),
        # the role inside a longer word, or a word after it
        ("社工作坊下周开班。", []),
        ("备岗位已满。", []),
        ("根据社工和居民的微信聊天写说明。", []),  # a conjunction after the role joins two roles
    ],
)
def test_round17_community_roles_before_a_name(zh, text, names):
    assert [(text[f.start : f.end], f.score) for f in zh.analyze(text) if f.entity_type == "PERSON"] == names
