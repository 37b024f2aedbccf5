import codecs

import pytest

from pipeline.io.encoding import DecodeFailure, decode_bytes

TEXT = "指令：把下面的句子翻译成英文。\nInstruction: translate the sentence.\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),
        (TEXT.encode("utf-16-be"), "utf-16-be"),
        (TEXT.encode("gbk"), "gb18030"),
        (TEXT.encode("gb18030"), "gb18030"),
    ],
)
def test_decodes_supported_encodings(data, encoding):
    text, name = decode_bytes(data)
    assert text == TEXT
    assert name == encoding


def test_gb18030_characters_outside_gbk():
    text = "㐀䶵 and 𠀀 are rare Han characters，常见于古籍。"
    assert decode_bytes(text.encode("gb18030")) == (text, "gb18030")


def test_latin1_bytes_are_not_mistaken_for_chinese():
    data = "line one\ncafé crème brûlée à la française, déjà vu\n".encode("latin-1")
    with pytest.raises(DecodeFailure) as info:
        decode_bytes(data)
    assert info.value.line == 2
    assert str(info.value) == "line 2 (byte 12): not valid UTF-8, UTF-16 or GB18030 text"


def test_broken_utf8_after_bom_names_the_offset():
    data = codecs.BOM_UTF8 + b"ok\n\xff\xfe bad"
    with pytest.raises(DecodeFailure) as info:
        decode_bytes(data)
    assert (info.value.line, info.value.offset) == (2, 6)


def test_empty_input_is_empty_text():
    assert decode_bytes(b"") == ("", "utf-8")
