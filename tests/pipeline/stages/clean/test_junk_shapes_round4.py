"""Round on heldout4 (issue #16): junk found by general signals, with the good look-alikes they must keep.

Mis-decodings tested by decoding back, Latin look-alike scripts, answers that do not take up the task. The
texts are written for these tests (not copied from the labelled parts).
"""

from __future__ import annotations

import pytest

from .test_junk_shapes import KEPT, outcome

GOOD_ZH = "我们今天去公园散步，天气很好，大家都很开心。"
GOOD_EN = "The café on the corner serves crème brûlée — a résumé of French desserts."

POSITIVES = [
    # UTF-8 read through a single-byte codec and left unrepaired
    (
        "概括这个故事。",
        GOOD_ZH.encode("utf-8").decode("cp866"),
        ("rejected", "mojibake", "field 'output' decodes back to other text: UTF-8 read as cp866"),
    ),
    (
        "Name a novel.",
        "My favourite is \u201cThe Handmaid\u2019s Tale\u201d.".encode("utf-8").decode("cp1251"),
        ("rejected", "mojibake", "field 'output' decodes back to other text: UTF-8 read as cp1251"),
    ),
    (
        "Describe a dessert.",
        "\u00ff\u00feA warm apple pie with cream.",
        ("rejected", "mojibake", "field 'output' decodes back to other text: UTF-16 read as Latin-1"),
    ),
    (
        "如何创建变量？",
        "".join(f"={b:02X}" for b in "在变量面板中点击创建变量。".encode()),
        ("rejected", "mojibake", "field 'output' decodes back to other text: quoted-printable UTF-8"),
    ),
    # Latin look-alikes
    (
        "List three fruits.",
        "\U0001d400\U0001d429\U0001d429\U0001d425\U0001d41e, \U0001d401\U0001d41a\U0001d427\U0001d41a\U0001d427\U0001d41a, "
        "\U0001d402\U0001d421\U0001d41e\U0001d42b\U0001d42b\U0001d432",
        (
            "rejected",
            "script_mismatch",
            "field 'output' is mostly in styled Latin script; the prompt does not use it or ask for another language",
        ),
    ),
    (
        "Give one tip for sleeping well.",
        "˙ʇɥƃᴉu ʎɹǝʌǝ ǝɯᴉʇ ǝɯɐs ǝɥʇ ʇɐ pǝq oʇ oƃ",
        (
            "rejected",
            "script_mismatch",
            "field 'output' is mostly in turned Latin script; the prompt does not use it or ask for another language",
        ),
    ),
    (
        "请介绍一下长城。",
        "Vạn Lý Trường Thành là một công trình kiến trúc nổi tiếng của Trung Quốc.",
        (
            "rejected",
            "script_mismatch",
            "field 'output' is mostly in accented Latin script; the prompt does not use it or ask for another language",
        ),
    ),
    # machine output
    (
        "Write a tweet about rain.",
        "HTTP/1.1 200 OK\nServer: nginx\nContent-Type: text/html; charset=UTF-8\nContent-Length: 512\n\nHello.",
        (
            "rejected",
            "markup_output",
            "field 'output' is a protocol envelope (HTTP response or mail headers, YAML "
            "front matter) and the prompt does not ask for one",
        ),
    ),
    (
        "Summarise the meeting.",
        "From: bot@example.com\nTo: team@example.com\nSubject: =?UTF-8?B?U3VtbWFyeQ==?=\nMIME-Version: 1.0\n\nU3VtbWFyeQ==",
        (
            "rejected",
            "markup_output",
            "field 'output' is a protocol envelope (HTTP response or mail headers, YAML "
            "front matter) and the prompt does not ask for one",
        ),
    ),
    (
        "什么是光合作用？",
        "---\nlayout: post\ntitle: 光合作用\ndate: 2020-01-01\n---",
        (
            "rejected",
            "markup_output",
            "field 'output' is a protocol envelope (HTTP response or mail headers, YAML "
            "front matter) and the prompt does not ask for one",
        ),
    ),
    (
        "Describe a sunset.",
        '<img src="data:image/png;base64,' + "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJ" * 4 + '">',
        (
            "rejected",
            "markup_output",
            "field 'output' holds a machine blob (base64 data or minified code) and the "
            "prompt does not ask for data or code",
        ),
    ),
    # nothing but empty parts, symbols or keypad digits
    (
        "Describe the moon.",
        "<p></p>",
        ("rejected", "placeholder_output", "field 'output' is a placeholder, not an answer"),
    ),
    ("Write a joke.", "#REF!", ("rejected", "placeholder_output", "field 'output' is a placeholder, not an answer")),
    ("讲一个故事。", "🤷", ("rejected", "placeholder_output", "field 'output' is a placeholder, not an answer")),
    (
        "Explain inflation.",
        "%^&*() @#$%^&*(",
        ("rejected", "placeholder_output", "field 'output' is a placeholder, not an answer"),
    ),
    (
        "Write a poem about spring.",
        "456456 82010748 369369 147147",
        ("rejected", "keyboard_mash", "field 'output' is groups of digits and the prompt has and asks for no number"),
    ),
    # notices and questions back instead of an answer
    (
        "Explain photosynthesis.",
        "[This reply was hidden by the moderators.]",
        (
            "rejected",
            "boilerplate_output",
            "field 'output' is a notice about the answer (removed, moderated, paywalled or an error), not one",
        ),
    ),
    (
        "介绍一种乐器。",
        "该内容仅对付费会员开放，请登录后查看。",
        (
            "rejected",
            "boilerplate_output",
            "field 'output' is a notice about the answer (removed, moderated, paywalled or an error), not one",
        ),
    ),
    (
        "Write a haiku about autumn.",
        "Could you provide more details about what you need?",
        (
            "review",
            "boilerplate_output",
            "field 'output' only asks back for more information and takes up nothing of the task",
        ),
    ),
]


@pytest.mark.parametrize(("instruction", "output", "expected"), POSITIVES, ids=[p[2][1] for p in POSITIVES])
def test_round4_junk_is_caught(instruction, output, expected):
    assert outcome(instruction, output) == expected


HARD_NEGATIVES = [
    ("Describe a dessert.", GOOD_EN),
    # French, few accents, asked for (unasked French prose is lang_mismatch since the heldout6 round; the accent
    # threshold of script_mismatch alone is tested in signals/test_structure.py)
    ("Describe the weekend in French.", "Nous sommes allés à la plage et nous avons mangé des crêpes."),
    ("Show what 'café' looks like when its UTF-8 bytes are read as Latin-1.", "It shows as cafÃ© instead of café."),
    ("What is quoted-printable encoding?", "It writes bytes as =E4=BD=A0=E5=A5=BD, e.g. =C3=A9 for é, in emails."),
    (
        "Write 'hello' in a bold Unicode font.",
        "\U0001d421\U0001d41e\U0001d425\U0001d425\U0001d428 \U0001d421\U0001d41e\U0001d425\U0001d425\U0001d428 \U0001d421\U0001d41e\U0001d425\U0001d425\U0001d428",
    ),
    ("Give the IPA transcription of 'thought' and 'church'.", "θɔːt, tʃɜːtʃ; ʃɪp, ʒɒnrə, ŋæŋ, ɹʌn, ɐbaʊt."),
    (
        "Translate 'good morning, how are you' into Vietnamese.",
        "Chào buổi sáng, bạn có khỏe không? Tôi rất vui được gặp bạn.",
    ),
    ("Write a chatbot reply asking the user for more details.", "Could you provide more details about your order?"),
    ("What does HTTP status 429 mean?", "429 Too Many Requests: the client hit a rate limit; try again later."),
    ("Why do websites use paywalls?", "Paywalls let publishers earn money from readers who subscribe."),
    # a memo's headers, an HTTP answer asked for, data asked for
    (
        "Write a memo about the new policy.",
        "To: All Staff\nFrom: HR\nSubject: New policy\n\nFrom Monday we start at nine.",
    ),
    (
        "Show an example HTTP response.",
        "HTTP/1.1 404 Not Found\nContent-Type: text/plain\nContent-Length: 10\n\nNot Found.",
    ),
    ("Write YAML front matter for a blog post.", "---\ntitle: Spring\ndate: 2024-03-01\n---"),
    # symbols from the prompt, digits asked for
    ("Change the rating from 5 stars to 1 star.\n★★★★★", "★"),
    ("Rank these three items; output their indices.", "3 1 2"),
    ("What is the population of France?", "67 054 000"),
    ("Write a Python one-liner that prints a list.", "print([1, 2, 3])"),
]


@pytest.mark.parametrize(("instruction", "output"), HARD_NEGATIVES)
def test_round4_good_record_is_kept(instruction, output):
    assert outcome(instruction, output) == KEPT
