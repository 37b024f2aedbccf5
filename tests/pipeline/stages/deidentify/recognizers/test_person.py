"""Names: jieba + surname filter for Chinese, spaCy NER on candidate windows for English."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.stages.deidentify.recognizers.person_en import candidate_windows


@pytest.fixture(scope="module")
def engine():
    from pipeline.stages.deidentify.stage import get_engine

    return get_engine(True)


def persons(engine, text: str, lang: str) -> list[str]:
    return [text[f.start : f.end] for f in engine.analyze_texts([text], [lang])[0] if f.entity_type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("请联系张伟经理处理退款。", ["张伟"]),
        ("王小明先生和欧阳娜娜女士明天到。", ["王小明", "欧阳娜娜"]),
        ("姓名：李娜，电话见附件。", ["李娜"]),
        ("请把银行卡号码发给我。", []),  # jieba tags 银行卡 as nr: the surname filter drops it
        ("明天我们讨论高速公路的安全问题。", []),
        ("我的同事Michael Jordan下周来上海。", ["Michael Jordan"]),
    ],
)
def test_zh_names(engine, text, names):
    assert persons(engine, text, "zh") == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Please forward the invoice to Sarah Johnson before Friday.", ["Sarah Johnson"]),
        ("Email John Smith about the meeting.", ["John Smith"]),
        ("Write a short poem about the ocean.", []),
    ],
)
def test_en_names(engine, text, names):
    assert persons(engine, text, "en") == names


def test_windows_skip_text_without_name_candidates():
    from spacy.lang.en.stop_words import STOP_WORDS

    sw = frozenset(STOP_WORDS)
    assert candidate_windows("Write a poem. Explain the water cycle.", sw) == []
    text = "The report was sent to Maria Garcia yesterday."
    ((a, b),) = candidate_windows(text, sw)
    assert text[a:b].find("Maria Garcia") >= 0


def test_presidio_analyzer_is_built_offline_for_both_languages():
    from pipeline.stages.deidentify.engine import build_analyzer

    zh = build_analyzer("zh")
    res = zh.analyze("联系人：李娜，手机13812345678", language="zh")
    assert sorted((r.entity_type, r.start, r.end) for r in res) == [("PERSON", 4, 6), ("PHONE_NUMBER", 9, 20)]
    with pytest.raises(ValueError, match="lang must be 'en' or 'zh'"):
        build_analyzer("fr")


def test_parallel_equals_serial(engine, monkeypatch):
    import pipeline.stages.deidentify.engine as pe

    monkeypatch.setattr(pe, "PARALLEL_MIN_TEXTS", 1)
    texts = ["请联系张伟经理，电话13812345678", "Send it to Sarah Johnson at s.j@corp.com", "nothing here"] * 6
    langs = ["zh", "en", "en"] * 6
    assert engine.analyze_parallel(texts, langs, 2) == engine.analyze_texts(texts, langs)


# --------------------------------------------------------------------------- jieba block by block

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


class _FullJiebaRecognizer:
    """The recognizer with jieba run on every block (the reference for the block filter)."""

    def __init__(self, engine):
        import jieba.posseg

        from pipeline.stages.deidentify.recognizers.person_zh import ZhPersonRecognizer

        self._cut = jieba.posseg.cut
        self._rec = engine._zh
        self._analyze = ZhPersonRecognizer.analyze

    def tokens(self, text):
        return [(w.word, w.flag) for w in self._cut(text)]

    def analyze(self, text):
        return self._analyze(self, text)

    def __getattr__(self, name):
        return getattr(self._rec, name)


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
def test_block_tokens_are_jiebas_and_names_unchanged(engine, text):
    import jieba.posseg

    zh = engine._zh
    assert zh._posseg.tokens(text) == [(w.word, w.flag) for w in jieba.posseg.cut(text)]
    assert zh.analyze(text) == _FullJiebaRecognizer(engine).analyze(text)


@settings(max_examples=300, deadline=None)
@given(zh_texts)
def test_block_filter_never_changes_a_finding(engine, text):
    """Skipped blocks cannot hold a finding: the result equals jieba on the whole text."""
    import jieba.posseg

    zh = engine._zh
    assert zh._posseg.tokens(text) == [(w.word, w.flag) for w in jieba.posseg.cut(text)]
    assert zh.analyze(text) == _FullJiebaRecognizer(engine).analyze(text)


def test_block_filter_skips_blocks_without_a_surname():
    from pipeline.stages.deidentify.recognizers.person_zh import block_may_hold_name

    assert not block_may_hold_name("明天我们讨论")  # 明 is ambiguous and there is no cue
    assert block_may_hold_name("抄送明华")  # ... unless a strict cue is in the block
    assert block_may_hold_name("欧阳娜娜")
    assert block_may_hold_name("请联系张伟")
    assert not block_may_hold_name("这是一个例子")
