import codecs
import io
import json

import pytest

from pipeline.io.encoding import detect_encoding

TEXT = "指令：把下面的句子翻译成英文。\nInstruction: translate the sentence.\n"


def _detect(data: bytes):
    return detect_encoding(io.BytesIO(data))


def _jsonl(pairs, encoding, n=40):
    lines = [
        json.dumps({"instruction": pairs[i % len(pairs)], "output": pairs[(i + 1) % len(pairs)]}, ensure_ascii=False)
        for i in range(n)
    ]
    return ("\n".join(lines) + "\n").encode(encoding)


ZH = ["请把下面的句子翻译成英文。", "今天天气很好，我们去公园散步吧。", "机器学习是人工智能的一个分支。"]
JA = ["次の文を英語に翻訳してください。", "今日はとても良い天気ですね。", "機械学習は人工知能の一分野です。"]
KO = ["다음 문장을 영어로 번역하세요.", "오늘 날씨가 아주 좋네요.", "기계 학습은 인공 지능의 한 분야입니다."]
FR = ["Traduisez la phrase suivante en anglais.", "Il fait très beau aujourd'hui.", "Déjà vu, café crème brûlée."]


@pytest.mark.parametrize(
    ("data", "name", "skip"),
    [
        (TEXT.encode("utf-8"), "utf-8", 0),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig", 3),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16", 2),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16", 2),
        (codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"), "utf-32", 4),
        (TEXT.encode("utf-16-le"), "utf-16-le", 0),
        (TEXT.encode("utf-16-be"), "utf-16-be", 0),
        (TEXT.encode("gbk"), "gb18030", 0),
        (TEXT.encode("gb18030"), "gb18030", 0),
        (_jsonl(ZH, "gbk"), "gb18030", 0),
        (b"", "utf-8", 0),
    ],
)
def test_detects_supported_encodings(data, name, skip):
    det = detect_encoding(io.BytesIO(data))
    assert (det.name, det.skip) == (name, skip)
    assert det.codec is not None


@pytest.mark.parametrize(
    ("data", "guess"),
    [
        (_jsonl(FR, "latin-1"), "looks like cp"),
        (_jsonl(FR, "cp1252"), "looks like cp"),
        (_jsonl(JA, "shift_jis"), "looks like cp932"),
        (_jsonl(KO, "euc_kr"), "looks like cp949"),
    ],
)
def test_other_legacy_encodings_are_unknown_not_gb18030(data, guess):
    det = _detect(data)
    assert det.codec is None and det.name is None
    assert det.lines == 40
    assert "the file's encoding is not one we detect reliably: " in det.detail
    assert "the first on line 1" in det.detail
    assert guess in det.detail
    assert det.detail.endswith("convert the file to UTF-8")


def test_too_little_gbk_text_to_tell_is_unknown():
    # two short phrases are as plausible in CP949 (Korean) as in GBK: no guess
    det = _detect("question\tanswer\n你好吗？\t我很好。\n".encode("gbk"))
    assert det.codec is None
    assert "it could be any of cp949, gb18030" in det.detail and "(too little text to tell)" in det.detail


def test_a_few_damaged_bytes_leave_a_utf8_file_utf8():
    lines = [json.dumps({"instruction": f"Question {i}", "output": "答案"}, ensure_ascii=False) for i in range(5000)]
    data = bytearray(("\n".join(lines) + "\n").encode("utf-8"))
    data[data.index(b"Question 1234") + 3] = 0xFF
    det = _detect(bytes(data))
    assert (det.codec, det.verified) == ("utf-8", False)


def test_one_stray_byte_in_an_ascii_file_is_damage_not_an_encoding():
    lines = [json.dumps({"instruction": f"Question {i}", "output": "Answer"}) for i in range(5000)]
    data = ("\n".join(lines) + "\n").encode("ascii").replace(b'Question 77"', b'Question 7\xe97"')
    assert _detect(data).codec == "utf-8"


def test_gb18030_characters_outside_gbk():
    text = "㐀䶵 and 𠀀 are rare Han characters，常见于古籍。" * 3
    assert _detect(text.encode("gb18030")).name == "gb18030"


def test_a_few_bytes_with_a_nul_are_not_taken_for_utf16():
    # hypothesis found it: "0\n\x00\n" (4 bytes, one NUL at an even offset) was read as UTF-16-BE,
    # so its two lines became one malformed record; too short a sample is no evidence of UTF-16
    from pipeline.io.encoding import _utf16_without_bom

    assert _utf16_without_bom(b"0\n\x00\n") is None
    assert _utf16_without_bom('{"a": 1}\n'.encode("utf-16-be")) == "utf-16-be"
