"""Tests for pipeline/stages/clean/signals/damage.py: mis-decodings found by decoding back."""

from __future__ import annotations

import pytest

from pipeline.stages.clean.signals.damage import misdecoded

ZH = "我们今天去公园散步，天气很好。"
EN = "It\u2019s a caf\u00e9 \u2014 na\u00efve and d\u00e9j\u00e0 vu."


@pytest.mark.parametrize("codec", ["cp1252", "mac_roman", "cp437", "cp850", "cp1251", "koi8_r", "cp866"])
def test_utf8_read_through_a_single_byte_codec(codec):
    text = (EN if codec in ("cp1252", "mac_roman", "cp1251") else ZH).encode("utf-8").decode(codec, errors="replace")
    if "\ufffd" in text:
        pytest.skip("not every byte maps in this codec")
    assert misdecoded(text) == f"UTF-8 read as {codec}"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("\u00ff\u00feHello", "UTF-16 read as Latin-1"),
        ("\u00ef\u00bb\u00bfHello", "UTF-8 read as Latin-1"),
        ("".join(f"={b:02X}" for b in "你好，世界".encode()), "quoted-printable UTF-8"),
        ("=E2=80=9Cquoted=E2=80=9D and =E2=80=98single=E2=80=99", "quoted-printable UTF-8"),
    ],
)
def test_bom_and_quoted_printable(text, found):
    assert misdecoded(text) == found


@pytest.mark.parametrize(
    "text",
    [
        ZH,
        EN,
        "Größe, Straße, Ærø, Ça va, ¿qué tal?",
        "x = 3; y == 4; a=B2 == c",  # '=' that is not quoted-printable
        "Prices: £5, €7, ¥100 — © 2024",
        "Привет, как дела? Всё хорошо.",
        "こんにちは、元気ですか。",
        "안녕하세요, 잘 지내세요?",
    ],
)
def test_real_text_does_not_decode_back(text):
    assert misdecoded(text) is None


def test_a_prompt_about_encodings_exempts_it():
    text = "caf\u00e9 au lait".encode().decode("cp1252")
    assert misdecoded(text) == "UTF-8 read as cp1252"
    assert misdecoded(text, "What happens when UTF-8 is decoded as cp1252?") is None
    assert misdecoded(text, "这段乱码是怎么产生的？") is None
