"""CaselessPattern: the same matches as ``re.IGNORECASE``, ASCII text through the fast path."""

from __future__ import annotations

import re

import pytest

from pipeline.text.caseless import CaselessPattern, ascii_branches

PATTERNS = [
    r"translat|翻译|\b(?:french|german)\b|\bAI\b",
    r"(?<![A-Za-z])(?:cookie policy|sign in|GPT)(?![A-Za-z])|首页|[^A-Z]x\W",
    r"as an? (?:AI|assistant)[^.!?\n]{0,10}\b(?:cannot|can't)\b",
]
TEXTS = [
    "Translate this into FRENCH.",
    "Our Cookie Policy | Sign In | Home",
    "As an AI, I can't do that.",
    "as an ai model i cannot",
    "首页 | 登录",
    "frenchfries, germany",
    "Straße and KELVIN \u212a sign in",
    "ſign in (long s) — ai",
    "1x! ax. Bx,",
    "",
]


@pytest.mark.parametrize("pattern", PATTERNS)
@pytest.mark.parametrize("text", TEXTS)
def test_matches_ignorecase(pattern: str, text: str) -> None:
    ref = re.compile(pattern, re.IGNORECASE)
    cp = CaselessPattern(pattern)
    assert cp.search(text) == (ref.search(text) is not None)
    assert cp.phrases(text) == {m.group(0).lower() for m in ref.finditer(text)}


def test_ascii_branches_drops_only_plain_non_ascii_literals() -> None:
    assert ascii_branches(r"a|(b|翻)|[|]|x\|y|中文|翻(?:译)|“?q") == r"a|(b|翻)|[|]|x\|y|翻(?:译)|“?q"
    assert ascii_branches("中文|汉语") == "(?!)"


def test_fast_path_pattern() -> None:
    cp = CaselessPattern(r"\bAI\b|\W[A-F]|翻译")
    assert cp.ascii.pattern == r"\bai\b|\W[a-f]"
