"""pipeline/stages/clean/learned/features.py: character classes and the per-record shape features."""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.stages.clean.learned.features import _CLASSES, FEATURE_NAMES, class_counts, feature_matrix
from pipeline.stages.clean.signals.record import batch_signals


def _counts(text: str) -> dict[str, int]:
    row = class_counts([text])[0]
    return {name: int(v) for name, v in zip(_CLASSES, row) if v}


def test_class_counts_ascii():
    assert _counts("Hi, 42 % \\x {a} @b\n") == {
        "ascii_letter": 5,
        "ascii_punct": 1,
        "digit": 2,
        "space": 5,
        "percent": 1,
        "backslash": 1,
        "bracket": 1,
        "ascii_symbol": 1,
        "handle": 1,
        "newline": 1,
    }


def test_class_counts_scripts_and_damage():
    # 的 is a function character, 中 common Han, 龘 rare Han; é Latin-1 letter, Â¦ mojibake symbols,
    # ｮ half-width kana, 한 Hangul, Ж other script, U+FFFD broken, 😀 beyond the BMP.
    assert _counts("的中龘éÂ¦ｮ한Ж\ufffd😀，") == {
        "han_function": 1,
        "han_common": 1,
        "han_rare": 1,
        "latin1_letter": 2,
        "latin1_symbol": 1,
        "kana": 1,
        "hangul": 1,
        "other_script": 1,
        "broken": 1,
        "astral": 1,
        "cjk_punct": 1,
    }


def test_class_counts_many_texts_and_empty():
    got = class_counts(["ab", "", "中文"])
    assert got.shape == (3, len(_CLASSES))
    assert got.sum(axis=1).tolist() == [2, 0, 2]


def _features(instruction: str, output: str, input_: str = "") -> dict[str, float]:
    sig = batch_signals([instruction], [input_], [output])
    row = feature_matrix([instruction], [input_], [output], sig)[0]
    assert row.shape == (len(FEATURE_NAMES),)
    return dict(zip(FEATURE_NAMES, row.tolist()))


def test_echo_and_ending_features():
    # the prompt's words (split at spaces, so "france." keeps its stop) found in the answer: 4 of 5
    f = _features("Name the capital of France.", "name the capital of france")
    assert f["prompt_covered"] == 0.8
    assert f["end_letter"] == 1.0 and f["end_terminal"] == 0.0
    f = _features("Name the capital of France.", "Paris.")
    assert f["prompt_covered"] == 0.0
    assert f["end_terminal"] == 1.0
    f = _features("用一句话介绍北京。", "北京是中国的首都，")
    assert f["prompt_covered"] == pytest.approx(2 / 9)  # 北 and 京 of the 9 characters of 用一句话介绍北京。
    assert f["end_open"] == 1.0


def test_words_and_function_words():
    f = _features("Describe the sea.", "The sea is big and the sky is blue.")
    assert f["function_words_en"] == pytest.approx(5 / 9)  # The, is, and, the, is
    assert f["mean_word_len"] == pytest.approx(27 / 9 / 10)  # 27 non-space characters, 9 words


def test_script_gain_and_shares():
    f = _features("用一句话介绍北京。", "Пекин — столица Китая.")
    assert f["prompt_han"] == pytest.approx(8 / 9)
    assert f["other_script_gain"] == pytest.approx(f["out_other_script"])
    assert f["han_gain"] == pytest.approx(-8 / 9)


def test_escapes_digits_and_urls():
    f = _features("Describe the sea.", "The%20sea%20is%20blue. Call 1234567890 or see https://x.example")
    assert f["out_percent"] == pytest.approx(3 / 60, abs=0.01)
    assert f["digits_5"] == 1.0 and f["digits_8"] == 1.0
    assert f["url_density"] > 0


def test_empty_batch_and_order():
    assert feature_matrix([], [], [], []).shape == (0, len(FEATURE_NAMES))
    ins, inp, out = ["q1", "q2"], ["", ""], ["one answer.", "another one"]
    a = feature_matrix(ins, inp, out, batch_signals(ins, inp, out))
    b = feature_matrix(ins[1:], inp[1:], out[1:], batch_signals(ins[1:], inp[1:], out[1:]))
    assert np.array_equal(a[1], b[0])
