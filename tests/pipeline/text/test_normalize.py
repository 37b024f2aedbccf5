"""Golden pairs for every text operation, code-block safety and the idempotence property."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.text.normalize import (
    OPERATIONS,
    Normalizer,
    NormalizeSettings,
    clear_placeholder,
    fold_placeholder,
    html_protected,
    looks_like_html,
    map_prose,
    prose_text,
    split_code,
)
from tests.conftest import TEST_DATA

GOLDEN = json.loads((TEST_DATA / "clean" / "golden_ops.json").read_text(encoding="utf-8"))["cases"]


def _normalizer(case: dict) -> Normalizer:
    return Normalizer(NormalizeSettings(**case.get("settings", {})))


@pytest.mark.parametrize("case", GOLDEN, ids=[c["name"] for c in GOLDEN])
def test_golden(case):
    norm = _normalizer(case)
    out, mask = norm.apply(case["text"], case["field"], case.get("protected", False))
    assert out == case["expected"]
    assert norm.changed_names(mask) == case["changed"]


@pytest.mark.parametrize("case", GOLDEN, ids=[c["name"] for c in GOLDEN])
def test_golden_is_a_fixed_point(case):
    norm = _normalizer(case)
    once = norm(case["text"], case["field"], case.get("protected", False))
    assert norm.apply(once, case["field"], case.get("protected", False)) == (once, 0)


def test_every_operation_has_a_golden_case_that_changes_text():
    changed = {op for c in GOLDEN for op in c["changed"]}
    assert changed == set(OPERATIONS)


def test_split_code_round_trip_and_kinds():
    text = "a\n```py\nx  =  1\n```\nb\n~~~\nunclosed  \n"
    parts = split_code(text)
    assert "".join(c for _, c in parts) == text
    assert [k for k, _ in parts] == [False, True, False, True]
    assert parts[1][1] == "```py\nx  =  1\n```\n"


def test_fence_needs_same_char_and_length():
    text = "````\n```\nstill code\n````\nprose"
    parts = split_code(text)
    assert parts == [(True, "````\n```\nstill code\n````\n"), (False, "prose")]


def test_map_prose_returns_same_object_when_unchanged():
    text = "abc\n```\nx\n```"
    assert map_prose(text, lambda s: s) is text
    assert prose_text(text) == "abc\n"


def test_looks_like_html_and_topic():
    assert looks_like_html("<p>a</p><p>b</p>")
    assert not looks_like_html("<p>a</p>")  # one element: a mention, not a markup block
    assert not looks_like_html("Wrap both in a <div> and style the <span> inside it")
    assert not looks_like_html("Use `<p>a</p><p>b</p>` here")
    assert not looks_like_html("a < b > c")
    assert not looks_like_html("```\n<p>a</p>\n```")
    assert html_protected(["Write an HTML page", ""])
    assert html_protected(["", "制作一个网页"])
    assert not html_protected(["Summarise the text", None])


def test_placeholder_folding():
    assert fold_placeholder(" <No Input>. ") == "noinput"
    assert fold_placeholder("“无输入”。") == "无输入"
    ph = frozenset({"noinput"})
    assert clear_placeholder("No input", ph) == ""
    assert clear_placeholder("No input here, but a sentence", ph) == "No input here, but a sentence"


def test_unknown_operation_rejected():
    with pytest.raises(ValueError, match="unknown operation 'shout'"):
        Normalizer(NormalizeSettings(operations=("shout",)))


def test_operation_order_is_configurable():
    # whitespace before placeholder: "  N/A  " is trimmed then cleared; placeholder alone also folds spaces.
    norm = Normalizer(NormalizeSettings(operations=("placeholder_input",)))
    assert norm("  N/A  ", "input") == ""
    only_ws = Normalizer(NormalizeSettings(operations=("whitespace",)))
    assert only_ws("  N/A  ", "input") == "N/A"


_PIECES = st.sampled_from(
    [
        "hello",
        "Hello World",
        "你好",
        "，",
        "。",
        "！",
        "“",
        "”",
        "……",
        "——",
        "\u3000",
        " ",
        "  ",
        "\t",
        "\n",
        "\n\n\n",
        "```",
        "```py\n",
        "~~~",
        "\n```\n",
        "<p>",
        "</p>",
        "<b>",
        "<br>",
        "&amp;",
        "&lt;p&gt;",
        "https://example.com/x",
        "www.a.org",
        "Ã©",
        "â€™",
        "\u200b",
        "\ufeff",
        "\r\n",
        "\x07",
        "😀",
        "👨\u200d👩",
        "e\u0301",
        "ＡＢＣ",
        "１２",
        "這個",
        "N/A",
        "<noinput>",
        "无输入",
        "a.b",
        "[URL]",
        "\u00a0",
        "x  =  1",
    ]
)
_TEXTS = st.lists(_PIECES | st.text(max_size=6), max_size=14).map("".join)
_SETTINGS = st.builds(
    NormalizeSettings,
    unicode_form=st.sampled_from(["NFC", "NFKC", "none"]),
    punctuation=st.sampled_from(["keep", "ascii"]),
    html=st.sampled_from(["auto", "always", "never"]),
    urls=st.sampled_from(["keep", "remove", "placeholder"]),
    traditional_to_simplified=st.booleans(),
    max_blank_lines=st.integers(0, 2),
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_TEXTS, field=st.sampled_from(["instruction", "input", "output"]), protected=st.booleans())
def test_default_cleaning_is_idempotent(text, field, protected):
    norm = Normalizer()
    once = norm(text, field, protected)
    assert norm(once, field, protected) == once


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_TEXTS, cfg=_SETTINGS)
def test_cleaning_is_idempotent_for_any_settings(text, cfg):
    norm = Normalizer(cfg)
    once = norm(text, "output")
    assert norm(once, "output") == once


@settings(max_examples=200, deadline=None)
@given(
    before=st.text(alphabet=st.sampled_from("ab 你好，\n"), max_size=20),
    code=st.text(alphabet=st.sampled_from("x= \t\n()你<p>"), max_size=30),
)
def test_code_block_bytes_survive(before, code):
    body = code.replace("```", "")
    text = f"{before}\n```\n{body}\n```\nafter"
    out = Normalizer(NormalizeSettings(urls="remove", html="always", unicode_form="NFKC"))(text, "output")
    assert f"```\n{body}\n```" in out
