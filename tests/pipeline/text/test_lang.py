import pytest

from pipeline.text.lang import detect_lang


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Give three tips for staying healthy.", "en"),
        ("Calculate 45 plus 67. 45 plus 67 equals 112.", "en"),
        ("保持健康的三个提示。", "zh"),
        ("用Python写一个函数 that sorts a list。", "zh"),
        ("請用繁體中文回答這個問題。", "zh"),
        ("Bonjour, je suis très content de vous voir dans la ville", "other"),
        ("Let's meet at the café for a coffee.", "en"),
        ("Écrivez une phrase élégante sur la forêt et le château.", "other"),
        ("Der Hund ist nicht gross und das ist gut", "other"),
        ("こんにちは、世界。今日はいい天気ですね。", "other"),
        ("안녕하세요 세계", "other"),
        ("Привет, как дела?", "other"),
        ("", "other"),
        ("12345 + 678", "other"),
    ],
)
def test_detect_lang(text, lang):
    assert detect_lang(text) == lang


def test_only_the_first_characters_are_examined():
    assert detect_lang("中文" * 1000 + " english words " * 1000) == "zh"
