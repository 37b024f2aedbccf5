"""pipeline/text/blocks.py: the code-line test."""

from __future__ import annotations

from pipeline.text.blocks import _CODE_CHAR, _CODE_CHARS, is_code_line


def test_code_char_class_is_the_code_character_set() -> None:
    # the regular expression that replaced ``_CODE_CHARS.isdisjoint`` finds exactly those characters
    for cp in range(0x3100):
        c = chr(cp)
        assert (_CODE_CHAR.search(f"ab{c}中") is not None) == (c in _CODE_CHARS), repr(c)


def test_is_code_line() -> None:
    assert is_code_line("x = f(y);")
    assert is_code_line("    return x")
    assert not is_code_line("Plain words, no code here.")
    assert not is_code_line("中文句子，没有代码。")
