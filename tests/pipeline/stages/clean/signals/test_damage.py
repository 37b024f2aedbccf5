"""Tests for pipeline/stages/clean/signals/damage.py: mis-decodings found by decoding back."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.stages.clean.signals import damage
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


# --- round on heldout5: escapes, UTF-7, answers complete by their form, typing drills ---------------------

from pipeline.stages.clean.signals.damage import complete_by_form, keyboard_mash, truncation  # noqa: E402


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("b'A \\xe2\\x80\\x9cquote\\xe2\\x80\\x9d here.'", "UTF-8 bytes written as \\x escapes"),
        ("植物 " + "光合作用".encode("utf-7").decode() + " 和 " + "养分".encode("utf-7").decode(), "UTF-7"),
        ("b'plain \\x41\\x42\\x43\\x44\\x45\\x46 ascii'", None),  # escapes of ASCII bytes
        ("Call +442079460000 or +1-555-0100; C++-style a+b-c.", None),
        ("One run +ZYdrYw- only.", None),
    ],
)
def test_escaped_bytes_and_utf7(text, found):
    assert misdecoded(text) == found


def test_a_prompt_about_escapes_exempts_escaped_bytes():
    assert misdecoded("b'\\xe4\\xbd\\xa0\\xe5\\xa5\\xbd'", "How are bytes escaped in Python?") is None


@pytest.mark.parametrize(
    ("text", "complete"),
    [
        ("7288edd0fc3ffcbe93a0cf06e3568e28521687bc", True),  # a digest
        ("mnbvcxzlkjhgfdsapoiuytrewq", False),  # letters only: may be mash
        ("11月4日、11月11日、11月18日、11月25日", True),
        ("Mercury, Venus, Earth, Mars", True),
        ("计算机病毒是一种恶意程序，旨在通过自我复制、破坏或删除数据以及", False),  # clause punctuation
        ("yo canto\ntú cantas\nél canta\nnosotros cantamos", True),
        ("src/\n├── app.py\n└── util.py", True),
        ("One line.\nTwo lines\nThree lines", False),  # a line ends a sentence: prose
        ("使用Set\n使用Set Effe\n使用Set Effect ()", False),  # lines growing from each other
        ('```ruby\nputs "Hi!"\n```\n\n在 Rub', False),
    ],
)
def test_complete_by_form(text, complete):
    assert complete_by_form(text) is complete


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("je parle\ntu parles\nil parle\nnous parlons\nvous parlez", None),
        ("The museum opens at nine and the guided tour starts shortly after the main hall", "suspect"),
        ("The museum opens at nine and the guided tour starts shortly after the", "truncated"),
    ],
)
def test_truncation_spares_line_forms(text, verdict):
    assert truncation(text) == verdict


def test_typing_drill_asked_for_is_not_mash():
    drill = "fdsa jkl; asdf ;lkj\nzxcv m,./ vcxz /.,m"
    assert keyboard_mash(drill, 0, "Give me a typing drill for the home row.") is None
    assert keyboard_mash("sdfgh jklkj hgfds qwrtp", 0, "Describe a sunset.") == "mash"


def test_part_marker():
    from pipeline.stages.clean.signals.damage import part_marker

    assert part_marker("The water cycle moves water between the sea and (1/3)") == "part"
    assert part_marker("Half of the pizza is (1/2)", "What fraction is 1/2?") is None
    assert part_marker("A complete answer that ends well.\n\nPage 1 of 2") == "part"
    assert part_marker("A complete answer that ends well.\n\nPage 2 of 2") is None
    assert part_marker("A complete answer that ends well.\n\n— 1 —") == "part_suspect"
    assert part_marker("An answer that stops in the middle of\n\n— 1 —") == "part"
    assert part_marker("<think>\nLet me see what the user wants") == "part"
    assert part_marker("<think>\nshort</think>\nThe answer is 4.") is None


def test_multitap_specks_and_home_row_words():
    from pipeline.stages.clean.signals.damage import digit_mash, keyboard_mash, specks

    assert digit_mash("44 33 555 555 666 9 666 777 555 3", "Write 3 lines about 5 cats.")
    assert not digit_mash("44 33 555 555 666 9 666 777 555 3", "Encode HELLO in multi-tap.")
    dots = ", ' ~ . : ` ; l i '\n. , ~ ' : _ - ` ;\n' . 1 ~"
    assert specks(dots, "Describe a sunset.")
    assert not specks(dots, "Draw ASCII art of rain.")
    assert not specks("1, 2, 3, 4, 5, 6, 7, 8, 9, 10", "Count to ten.")
    assert keyboard_mash("dkfjghslkd sjdhfkglas hsdkjfg", 0) == "mash"
    assert keyboard_mash("flask salads glass shall", 0) is None


def test_misdecoded_more_codecs():
    text = "Die Brücke über den Fluss ist älter als die Stadt — sagt man."
    assert misdecoded(text.encode("utf-8").decode("cp1255", errors="ignore")) is not None
    assert misdecoded(text) is None
    assert misdecoded("中文文本被错误地解码了，这是一个很长的句子。".encode().decode("cp500")) is not None


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        ("WaterĠboilsĠatĠoneĠhundredĠdegrees.", True),
        ("▁water▁boils▁at▁one▁hundred▁degrees", True),
        ("A→B→C→D→E→F→G", False),
        ("café au lait, naïve résumé, a façade", False),
        ("用A和B和C和D和E和F和G", False),
    ],
)
def test_space_marker(text, marked):
    from pipeline.stages.clean.signals.damage import space_marker

    assert space_marker(text) is marked


@pytest.mark.parametrize(
    "output",
    [
        "Step one is to preheat the oven.\nStep two is to mix the\nReply MORE to continue.",
        "第一步：打开设置。\n第二步：选择\n回复“继续”查看剩余内容",
        "The story begins in a small town.\nShe opened the door and\n[Text NEXT to keep reading]",
        "First line of the answer.\nAnd then\nſend 2 to read more",  # long s folds to "s", as IGNORECASE matches it
    ],
)
def test_continue_notice_finds_a_closing_line_asking_for_the_rest(output: str) -> None:
    assert damage.continue_notice(output, "Write a short story.")


@pytest.mark.parametrize(
    "output,prompt",
    [
        ("Reply MORE to continue.", "Write a story."),  # one line: nothing was cut before it
        ("The answer is 4.\nThat is all.", "What is 2 + 2?"),
        ("Welcome!\nReply MORE to continue.", "Write an SMS auto-reply message."),  # the prompt is about messages
        ("A typed text about sending letters.\nWe send them daily.", "Describe the post office."),
    ],
)
def test_continue_notice_leaves_other_endings(output: str, prompt: str) -> None:
    assert not damage.continue_notice(output, prompt)


@settings(max_examples=300, deadline=None)
@given(st.from_regex(damage._CONTINUE_TAIL, fullmatch=False))
def test_continue_notice_gate_never_hides_a_match(text: str) -> None:
    """The cheap verb test in front of the pattern changes no result (the pattern without it as reference)."""
    output = "first line\n" + text
    tail = output.rstrip()[-damage.CONTINUE_TAIL_CHARS :]
    expected = damage._CONTINUE_TAIL.search(tail) is not None and "\n" in output.strip()
    assert damage.continue_notice(output, "") == expected


def test_octal_byte_escapes_decode_back_unless_the_prompt_holds_the_text():
    escaped = "".join(f"\\{b:03o}" for b in "水獭会手拉手睡觉".encode())
    assert damage.misdecoded(escaped, "Tell me about otters.") == "UTF-8 bytes written as octal escapes"
    assert damage.misdecoded(escaped, "How does git print the file name 水獭会手拉手睡觉?") is None
    assert damage.misdecoded("Permissions \\755 and \\644 are common.", "Explain chmod.") is None


def test_keyboard_mash_spares_words_the_prompt_holds():
    # round on heldout13: a function name the prompt gives, nested, is no mash
    assert keyboard_mash("cbrt(cbrt(cbrt(z)))", 0, "Nest the function `cbrt` three times around `z`.") is None
    assert keyboard_mash("cbrt(cbrt(cbrt(z)))", 0, "Write some code.") == "mash"


def test_mojibake_rare_han_the_prompt_holds_is_not_mojibake():
    # round on heldout13: a rare character asked for (a pyramid of 喵) is the prompt's own
    out = "\n".join("喵" * k for k in range(1, 7))
    assert damage.mojibake(out, None, "用“喵”搭一个金字塔，第k行写k遍。") is None
    assert damage.mojibake(out, None, "描述一下猫。") == "mojibake"


# --- round on heldout14: answers ending on what the prompt gives ------------------------------------------------

from pipeline.stages.clean.signals.damage import cuts_given_lines, ends_on_given  # noqa: E402


@pytest.mark.parametrize(
    ("output", "prompt", "given"),
    [
        ("Lunch?\n- Noodle bar\n- Taco truck", "Options Noodle bar and Taco truck, in that order.", True),
        ("城市公园夜间…管理办法", "缩短标题：\n城市公园夜间照明设施维护管理办法", True),
        (
            "a1b2c3d Fix typo\ne4f5a6b Update readme",
            "Format as git log --oneline.\na1b2c3d9 Fix typo\ne4f5a6b7 Update readme",
            True,
        ),
        # an item running on into a longer word of the prompt, prose not ending a prompt line, an echo
        ("Lunch?\n- Noodle bar\n- Taco tru", "Options Noodle bar and Taco truck, in that order.", False),
        ("Otters hold paws while they sleep in the", "Tell me about otters.", False),
        ("暴力游戏会增加攻击性", "找证据支持这个句子\n暴力游戏会增加攻击性", False),
    ],
)
def test_ends_on_given(output, prompt, given):
    assert ends_on_given(output, prompt) is given


def test_cuts_given_lines():
    prompt = "Show `cut -c1-6`.\n09:15:33 ok\n10:20:01 ok"
    assert cuts_given_lines("09:15:\n10:20:", prompt)
    assert not cuts_given_lines("09:15:", prompt)  # one line: not a line-wise cut
    assert not cuts_given_lines("09:15:\nthe rest was", prompt)


@pytest.mark.parametrize(
    ("text", "complete"),
    [
        ("U+005A U+006F U+00EB", True),
        ("K L M N O P", True),
        ("the cat sat", False),  # lower-case words: a sentence
        ("AB CDE FG", False),  # tokens of different lengths
    ],
)
def test_complete_by_form_code_run(text, complete):
    assert complete_by_form(text) is complete


def test_keyboard_mash_spares_keys_the_prompt_asks_for():
    assert keyboard_mash("fdj fdsk fsk fdjk", 0, "Which keys make each letter in six-key braille entry?") is None
    assert keyboard_mash("Ctrl+S  Ctrl+T  Ctrl+X", 0, "分别按哪些快捷键？") is None
    assert keyboard_mash("fdj fdsk fsk fdjk", 0, "How do I play a D chord?") == "mash"


# --- round on heldout15: any single-byte code page; text in a binary-to-text encoding ------------------------

_QUOTED = "He said \u201cotters hold paws\u201d and it\u2019s true \u2014 they do."


@pytest.mark.parametrize("codec", ["ptcp154", "cp720", "mac_arabic"])
def test_cluster_misread_through_any_code_page(codec):
    from pipeline.text.normalize import fix_mojibake, remove_control

    # as the stage sees it: the repair and the control-character removal ran first
    text = remove_control(fix_mojibake(_QUOTED.encode("utf-8").decode(codec, errors="replace")))
    assert misdecoded(text, "Tell me about otters.") is not None


@pytest.mark.parametrize(
    "text",
    [
        _QUOTED,
        "Zoë and Chloé met in Málaga — “a lovely café”, they said.",
        "The Greek word ἀλήθεια means truth; Ελλάδα is Greece.",
        "Привет — это «hello» по-русски.",
    ],
)
def test_real_text_with_accents_and_quotes_is_no_cluster_misread(text):
    assert misdecoded(text, "Translate the word.") is None


def _uu(text: str) -> str:
    import binascii

    data = text.encode("utf-8")
    body = "".join(binascii.b2a_uu(data[i : i + 45], backtick=True).decode() for i in range(0, len(data), 45))
    return f"begin 644 note.txt\n{body}`\nend"


def test_encoded_text():
    import base64

    from pipeline.stages.clean.signals.damage import encoded_text

    story = "Otters sleep floating on their backs and hold paws so they do not drift apart."
    assert encoded_text(_uu(story)) == "text written as uuencode"
    assert encoded_text(_uu("水獭常常仰面漂浮着睡觉，还会手拉着手以免被水冲散。")) == "text written as uuencode"
    assert encoded_text(base64.b64encode(story.encode()).decode()) == "text written as base64"
    # asked for, a hash, a key, prose: none
    assert encoded_text(base64.b64encode(story.encode()).decode(), "Encode the sentence in Base64.") is None
    assert encoded_text(_uu(story), "Show the uuencoded form of this line.") is None
    assert encoded_text("5f4dcc3b5aa765d61d8327deb882cf99 e3b0c44298fc1c149afbf4c8996fb924") is None
    assert encoded_text("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo") is None
    assert encoded_text(story) is None


def test_cluster_gate_skips_cjk_runs_only():
    from pipeline.text.normalize import fix_mojibake, remove_control

    # DOS Arabic cp864 reads bytes as Arabic presentation forms (U+FExx): still tried after the CJK gate
    text = remove_control(fix_mojibake(_QUOTED.encode("utf-8").decode("cp864", errors="replace")))
    assert misdecoded(text, "Tell me about otters.") is not None
    # Chinese words in an English answer are no mis-read clusters
    assert misdecoded("Use 水獭 for otter and 海豹 for seal in the glossary.", "Translate.") is None
