"""Tests for pipeline/stages/clean/signals/structure.py: Latin look-alike scripts (script_mismatch)."""

from __future__ import annotations

import pytest

from pipeline.stages.clean.signals.structure import script_mismatch

BOLD = "".join(chr(0x1D41A + ord(c) - 97) if c.isalpha() else c for c in "the quick brown fox jumps")


@pytest.mark.parametrize(
    ("output", "prompt", "script"),
    [
        (BOLD, "Write a sentence about a fox.", "styled Latin"),
        ("Ｔｈｅ ｑｕｉｃｋ ｂｒｏｗｎ ｆｏｘ", "Write a sentence.", "styled Latin"),
        ("˙ʇɥƃᴉu ʎɹǝʌǝ ǝɯᴉʇ ǝɯɐs ǝɥʇ ʇɐ pǝq oʇ oƃ", "Give a tip.", "turned Latin"),
        ("Đây là một câu hỏi hay. Cảm ơn bạn đã hỏi.", "描述三种网络浏览器。", "accented Latin"),
        ("ㄨㄛˇ ㄇㄣˊ ㄐㄧㄣ ㄊㄧㄢ ㄑㄩˋ ㄍㄨㄥ ㄩㄢˊ", "描述周末。", "zhuyin"),
    ],
)
def test_look_alike_scripts(output, prompt, script):
    assert script_mismatch(output, prompt) == script


@pytest.mark.parametrize(
    ("output", "prompt"),
    [
        (BOLD, "Write it in a bold Unicode font."),
        ("˙ʇɥƃᴉu ʎɹǝʌǝ ǝɯᴉʇ ǝɯɐs ǝɥʇ ʇɐ pǝq oʇ oƃ", "Write this upside down."),
        ("θɔːt, tʃɜːtʃ, ʃɪp, ʒɒnrə, ŋæŋ, ɹʌn, ɐbaʊt", "Give the IPA for these words."),
        ("Chào buổi sáng, bạn có khỏe không? Tôi rất vui.", "Translate it into Vietnamese."),
        ("ㄨㄛˇ ㄇㄣˊ ㄐㄧㄣ ㄊㄧㄢ ㄑㄩˋ ㄍㄨㄥ ㄩㄢˊ", "用注音符号写出这句话。"),
        ("Nous sommes allés à la plage et nous avons mangé des crêpes.", "Describe the weekend."),
        ("The café serves crème brûlée and a naïve rosé.", "Describe a café."),
    ],
)
def test_look_alikes_asked_for_or_rare_are_not_judged(output, prompt):
    assert script_mismatch(output, prompt) is None
