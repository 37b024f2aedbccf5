"""Coherence: how much adjacent sentences share content words (finds obvious breaks in long outputs)."""

from __future__ import annotations

import itertools
import re

_SENTENCE_SPLIT = re.compile(r"[。！？!?；;\n]+|\.\s+")
_EN_CONTENT = re.compile(r"[a-z]{3,}")
_ASCII_COHERENCE_SCAN = re.compile(r"([a-z]{3,})|[。！？!?；;\n]+|\.\s+")
"""English content-word candidates (group 1) and sentence ends (empty group) in one pattern."""
_EN_STOP = frozenset(
    """the and but then for with from are was were been being its this that these those there here what which
    who whom when where why how not does did have has had can could will would should may might must shall you
    your she they them their our his her him also very just than such more most some any all each other into
    over about only one two""".split()  # noqa: SIM905
)
_ZH_STOP = frozenset("的了是在和也就都而及与着或一个我你他她它们这那有为以之于上下中")


def _han_class_without(stop: frozenset[str]) -> str:
    ranges, lo = [], 0x4E00
    for cp in sorted(ord(c) for c in stop if 0x4E00 <= ord(c) <= 0x9FFF):
        if cp > lo:
            ranges.append(f"{chr(lo)}-{chr(cp - 1)}")
        lo = cp + 1
    ranges.append(f"{chr(lo)}-\u9fff")
    return "[" + "".join(ranges) + "]"


_HAN_CONTENT_BIGRAM = re.compile(f"(?=({_han_class_without(_ZH_STOP)}{{2}}))")
"""Overlapping Han bigrams whose two characters are both not function characters."""


def _content(sentence: str) -> set[str]:
    """Content words of an already lower-cased sentence."""
    out = set(_EN_CONTENT.findall(sentence))
    out -= _EN_STOP
    if not sentence.isascii():
        out.update(_HAN_CONTENT_BIGRAM.findall(sentence))
    return out


def coherence(prose: str, min_sentences: int = 3) -> float | None:
    """Adjacent-sentence overlap: the share of neighbouring sentence pairs sharing a content word.

    Content words are lower-cased runs of three or more ASCII letters that are not stop words, and
    Han character bigrams without function characters (的, 了, 是 ...). A list of unrelated items
    or a text that jumps topic scores low; None when the text has fewer than ``min_sentences``
    sentences with content words.
    """
    low = prose.lower()
    if low.isascii():
        # One scan for words and sentence ends (neither can contain the other): the same sentences
        # and content words as splitting first.
        # Runs of words between sentence ends (the empty strings) are the sentences.
        groups = itertools.groupby(_ASCII_COHERENCE_SCAN.findall(low), bool)
        sents = [c for is_word, words in groups if is_word and (c := set(words) - _EN_STOP)]
    else:
        pieces = _SENTENCE_SPLIT.split(low)
        if len(pieces) < min_sentences:  # too few sentences, with or without content words
            return None
        sents = [c for c in map(_content, pieces) if c]
    if len(sents) < min_sentences:
        return None
    linked = sum(1 for a, b in itertools.pairwise(sents) if not a.isdisjoint(b))
    return linked / (len(sents) - 1)
