"""Names: jieba + surname filter for Chinese, spaCy NER on candidate windows for English."""

from __future__ import annotations

import pytest

from pipeline.pii_person import candidate_windows


@pytest.fixture(scope="module")
def engine():
    from pipeline.deidentify import get_engine

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
    from pipeline.pii_engine import build_analyzer

    zh = build_analyzer("zh")
    res = zh.analyze("联系人：李娜，手机13812345678", language="zh")
    assert sorted((r.entity_type, r.start, r.end) for r in res) == [("PERSON", 4, 6), ("PHONE_NUMBER", 9, 20)]
    with pytest.raises(ValueError, match="lang must be 'en' or 'zh'"):
        build_analyzer("fr")


def test_parallel_equals_serial(engine, monkeypatch):
    import pipeline.pii_engine as pe

    monkeypatch.setattr(pe, "PARALLEL_MIN_TEXTS", 1)
    texts = ["请联系张伟经理，电话13812345678", "Send it to Sarah Johnson at s.j@corp.com", "nothing here"] * 6
    langs = ["zh", "en", "en"] * 6
    assert engine.analyze_parallel(texts, langs, 2) == engine.analyze_texts(texts, langs)
