"""Column-wise candidate scans of signals/record.py: a union scan gives exactly what the separate scans give."""

from __future__ import annotations

import itertools

import pyarrow as pa
import pytest

from pipeline.stages.clean.signals import absent, artefacts, foreign, leftovers, standins, structure
from pipeline.stages.clean.signals.record import _candidates, any_candidates, gated_candidates, re2_union

# Texts that hit one, several or none of the patterns below, in every position: at the start, after a line break,
# late in a long text (the union's leftmost match belongs to another pattern), in capitals, beside Han text.
_PIECES = [
    "",
    "Plain prose without anything special.",
    "<noinput>",
    "  <nooutput> nothing",
    "Answer.\n2. Instruction: write a poem",
    "text // end of message",
    "§§",
    "e, the answer",
    "{{cite web}} and [[Link]]",
    "'''bold'''",
    "intro\n== Heading ==",
    "a <ref>note</ref>",
    "table\n{| class=wikitable",
    "7h3 qu1ck fox 4nd 7H15 one",
    "Call 138 1234 5678 or 139-8765-4321 today",
    "123 4567 890 only one run",
    "In conclusion, yes. Overall it works.\nIn SUMMARY: fine.",
    "总之，很好。总而言之，不错。综上所述，可以。",
    "I am out of the office until Monday.",
    "Please verify you are human: CAPTCHA",
    "Let me think about it first.",
    "© 2023 All rights reserved.",
    "This thread is closed as duplicate.",
    "Name: N/A",
    "Answer: none.",
    "No answer is available for this question.",
    "This is not legal advice; I am not a licensed lawyer.",
    "版权所有，转载请注明出处。",
    "问题已关闭",
    "我先想一想。",
]


def _texts() -> pa.Array:
    texts = list(_PIECES)
    texts += ["\n".join(pair) for pair in itertools.combinations(_PIECES[1:], 2)]
    texts += [p.upper() for p in _PIECES] + [p.lower() for p in _PIECES]
    texts += ["word " * 300 + p for p in _PIECES]  # the cue far from the start
    return pa.array(texts, type=pa.string())


_GATED = (
    artefacts.CANDIDATE_RE2,
    structure.WIKI_CANDIDATE_RE2,
    foreign.LEET_CANDIDATE_RE2,
    standins.PHONE_RE2,
    leftovers.CLOSING_RE2,
)


def test_gated_candidates_equal_separate_scans() -> None:
    texts = _texts()
    got = gated_candidates(texts, _GATED)
    for pattern, hits in zip(_GATED, got):
        expected = _candidates(texts, pattern)
        assert any(expected), pattern  # the texts exercise every pattern
        assert not all(expected), pattern
        assert hits == expected, pattern


def test_gated_candidates_no_hit_and_empty() -> None:
    texts = pa.array(["nothing here", ""], type=pa.string())
    assert gated_candidates(texts, _GATED) == [[False, False]] * len(_GATED)
    assert gated_candidates(pa.array([], type=pa.string()), _GATED) == [[]] * len(_GATED)


def test_any_candidates_equal_or_of_separate_scans() -> None:
    texts = _texts()
    expected = [False] * len(texts)
    for pattern in absent.CANDIDATE_RE2S:
        expected = [a or b for a, b in zip(expected, _candidates(texts, pattern))]
    assert any(expected) and not all(expected)
    assert any_candidates(texts, absent.CANDIDATE_RE2S, absent.CANDIDATE_UNIONS) == expected
    assert any_candidates(texts, absent.CANDIDATE_RE2S) == expected


@pytest.mark.parametrize(
    ("patterns", "text", "hits"),
    [
        # a flag stays inside its pattern: (?i) of the first does not make the second case-insensitive
        (("(?i)abc", "def"), "DEF", [False, False]),
        (("(?i)abc", "def"), "ABC def", [True, True]),
        # anchors keep their meaning: ^ is the text's start unless the pattern sets (?m)
        (("^b", "(?m)^c"), "a\nb\nc", [False, True]),
        (("(?s)a.b", "a.b"), "a\nb", [True, False]),
    ],
)
def test_union_keeps_each_pattern_meaning(patterns: tuple[str, ...], text: str, hits: list[bool]) -> None:
    arr = pa.array([text], type=pa.string())
    assert [h[0] for h in gated_candidates(arr, patterns)] == hits
    assert _candidates(arr, re2_union(patterns)) == [any(hits)]
