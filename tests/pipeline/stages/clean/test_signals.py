"""Quality signals: hand-computed values for each measure and the Arrow types of the q_* columns."""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.stages.clean.signals import coherence, counts, record, repetition


def test_units_count_cjk_with_weight():
    assert counts.text_units("hello world") == 10
    assert counts.text_units("你好 世界") == 4 + 2 * 4
    assert counts.text_units("你好 世界", cjk_weight=1) == 4
    assert counts.text_units("") == 0
    assert counts.nonspace_count("a\u3000b\u00a0c \n\t") == 3


def test_special_ratio():
    assert counts.special_ratio("a+b=c") == pytest.approx(2 / 5)
    assert counts.special_ratio("你好，世界！“引号”……") == 0.0
    assert counts.special_ratio("Hello, world! (it's fine)") == 0.0
    assert counts.special_ratio("") == 0.0
    # stray combining marks count as symbols
    assert counts.special_ratio("ok\u0326\u0326") == pytest.approx(2 / 4)


def test_dup_line_fracs():
    assert repetition.dup_line_fracs("a1\nb2\na1\na1", min_lines=2) == (0.5, 0.5, 4)
    # punctuation-only lines and blank lines are ignored
    assert repetition.dup_line_fracs("x1\n}\n}\n}\n\n\ny2", min_lines=2) == (0.0, 0.0, 2)
    assert repetition.dup_line_fracs("a\na\na", min_lines=4) == (0.0, 0.0, 3)


def test_top_and_dup_ngram_fracs():
    toks = ["the", "cat", "the", "cat", "sat"]
    assert repetition.top_ngram_frac(toks, 2, 15) == pytest.approx(2 * 6 / 15)
    toks = list("abcdexabcde")
    assert repetition.dup_ngram_frac(toks, 5, 11) == pytest.approx(10 / 11)
    assert repetition.dup_ngram_frac(list("abcdefghij"), 5, 10) == 0.0


def test_ngram_repetition_gate_and_scale():
    toks = [f"w{i % 7}" for i in range(150)]
    one = repetition.ngram_repetition(toks, (0.2, 0.18, 0.16), (0.15, 0.14, 0.13, 0.12, 0.11, 0.10), 100)
    assert one.violation is not None and one.violation[0] == "top" and one.violation[1] == 2
    # Chinese text counts characters as tokens: n and the minimum are doubled
    two = repetition.ngram_repetition(toks, (0.2, 0.18, 0.16), (0.15, 0.14, 0.13, 0.12, 0.11, 0.10), 100, scale=2)
    assert two == repetition.NgramCheck(None, None, None)


def test_ngram_bound_does_not_change_outcome():
    rng = np.random.default_rng(7)
    vocab = [f"w{i}" for i in range(30)]
    for _ in range(200):
        toks = [vocab[i] for i in rng.integers(0, int(rng.integers(2, 30)), size=int(rng.integers(100, 160)))]
        total = sum(map(len, toks))
        res = repetition.ngram_repetition(toks, (0.2, 0.18, 0.16), (0.15, 0.14, 0.13, 0.12, 0.11, 0.10), 100)
        brute = None
        for i, n in enumerate((2, 3, 4)):
            if repetition.top_ngram_frac(toks, n, total) > (0.2, 0.18, 0.16)[i]:
                brute = ("top", n)
                break
        if brute is None:
            for i, n in enumerate(range(5, 11)):
                if repetition.dup_ngram_frac(toks, n, total) > (0.15, 0.14, 0.13, 0.12, 0.11, 0.10)[i]:
                    brute = ("dup", n)
                    break
        assert (res.violation[:2] if res.violation else None) == brute


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hahahahaha ok", 10 / 12),
        ("哈哈哈哈哈", 1.0),
        ("!!!!!!!!!!", 0.0),
        ("216.33333333333337", 0.0),
        ("aaaa", 0.0),
        ("=====\n-----", 0.0),
        ("abcabcabcabcabc", 1.0),
        ("", 0.0),
    ],
)
def test_char_repetition(text, expected):
    assert repetition.char_repetition_frac(text) == pytest.approx(expected)


def test_char_repetition_batch_does_not_cross_texts():
    texts = ["aa", "aaa", "haha", "ha"]
    ns = np.array([counts.nonspace_count(t) for t in texts])
    assert repetition.char_repetition_fracs(texts, ns).tolist() == [0.0, 0.0, 0.0, 0.0]


def test_coherence():
    assert coherence.coherence("Cats like milk. Cats sleep a lot. Dogs bark loudly.") == pytest.approx(0.5)
    assert coherence.coherence("猫喜欢牛奶。猫喜欢睡觉。狗喜欢叫。") == pytest.approx(1.0)
    assert coherence.coherence("Only one. Two here.") is None


def test_record_signals_and_schema():
    sig = record.record_signals(
        "Say hi", "", "Hello there, friend.\n```\n$$$$ $$$$\n```", ["system prompt"], record.SignalSettings()
    )
    assert sig.instruction_chars == 6
    assert sig.output_units == counts.text_units("Hello there, friend.\n```\n$$$$ $$$$\n```")
    assert sig.prompt_units == 5 + 12
    assert sig.special_ratio == 0.0  # symbols in the code block do not count
    assert sig.coherence is None
    table = record.signals_table([sig])
    assert table.schema == record.SIGNAL_SCHEMA
    assert record.SIGNAL_SCHEMA.field("q_output_units").type == pa.int32()
    assert record.SIGNAL_SCHEMA.field("q_coherence").type == pa.float32()
    assert all(name.startswith("q_") for name in record.SIGNAL_SCHEMA.names)


def test_signals_table_columns_follow_record_columns():
    sigs = record.batch_signals(
        ["Say hi", "写一首诗", "Repeat"],
        ["", "", "x"],
        ["Hello there.", "床前明月光，疑是地上霜。", "go go go go go go go go go go go go. " * 30],
    )
    table = record.signals_table(sigs)
    rows = [tuple(row.values()) for row in table.to_pylist()]
    expected = pa.Table.from_pylist(
        [dict(zip(record.SIGNAL_SCHEMA.names, s.columns())) for s in sigs], schema=record.SIGNAL_SCHEMA
    )
    assert rows == [tuple(row.values()) for row in expected.to_pylist()]
    assert table.column("q_stutter").to_pylist() == [s.loops.stutter for s in sigs]


def test_signals_table_empty():
    assert record.signals_table([]).schema == record.SIGNAL_SCHEMA


def test_column_counts_match_per_text_helpers():
    texts = ["a b\tc\n", "你好\u3000世界\u00a0!", "\x0b\x0cx", "", "ｱｲ카나かな漢字 ok", "#$% 😀"]
    c = counts.column_counts(texts)
    assert c["nonspace"].tolist() == [counts.nonspace_count(t) for t in texts] == [3, 5, 1, 0, 10, 4]
    assert c["cjk"].tolist() == [0, 4, 0, 0, 6, 0]
    assert c["chars"].tolist() == [len(t) for t in texts]


_ALPHABET = st.sampled_from(
    list("aZ 09,.!?-_\t\n") + list("中文，。！？【】「」　\u00a0") + list("éßЖλ😀🎉𠀀\u200b\u0301™©→∑") + ["\U0001f600"]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet=_ALPHABET, max_size=40), min_size=1, max_size=20), st.booleans())
def test_numpy_character_counts_equal_the_re2_reference(texts, special):
    from pipeline.stages.clean.signals.counts import _column_counts_re2, column_counts

    fast = column_counts(texts, special)
    ref = _column_counts_re2(list(texts), special)
    assert set(fast) == set(ref)
    for key in ref:
        assert fast[key].tolist() == ref[key].tolist(), key


def test_rare_han_shares_match_one_text_at_a_time() -> None:
    from pipeline.stages.clean.signals.damage import rare_han_share, rare_han_shares

    texts = ["plain ascii", "中文字符鎏鑫", "", "😀中\ud800文", "xxxxx龘", "锟斤拷烫烫烫"]
    assert rare_han_shares(texts) == [rare_han_share(t) for t in texts]
    assert rare_han_shares(texts)[1] == (2 / 6, 6)
