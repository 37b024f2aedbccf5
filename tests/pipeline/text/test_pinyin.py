"""The shared pinyin syllable table."""

from pipeline.text.pinyin import RARE_SYLLABLES, SYLLABLES


def test_the_standard_table():
    assert len(SYLLABLES) == 407
    assert {"a", "zhuang", "chuang", "shuang", "lv", "nv", "lve", "er", "ng"} - SYLLABLES == {"ng"}
    assert not {"the", "is", "of", "to", "it", "and"} & SYLLABLES  # English function words are no syllables


def test_rare_syllables_are_apart():
    assert {"dia", "kei", "lo", "me", "rua"} == RARE_SYLLABLES
    assert not RARE_SYLLABLES & SYLLABLES
