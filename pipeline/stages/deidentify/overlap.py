"""Overlap resolution: which of several findings over the same characters wins, in O(n log n).

Candidates are ranked once (sorting is the O(n log n) part) and accepted in rank order when none of
their characters is taken yet; a byte per character marks what is taken, so each check costs the
length of the span, not the number of findings accepted so far. A table-like record with tens of
thousands of findings resolves in milliseconds.

Rank, best first:

1. a finding whose policy action transforms the text beats one whose action is ``keep``
   (``18 Washington Street`` is an address to replace, not a kept ``LOCATION``);
2. a higher score;
3. a longer span (a full address beats the street name inside it);
4. an earlier start, then the entity type and recognizer name (a total order: same input, same result).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from presidio_analyzer import RecognizerResult


def recognizer_name(r: RecognizerResult) -> str:
    """The name of the recognizer that produced ``r`` (empty when unknown)."""
    meta = r.recognition_metadata or {}
    return str(meta.get(RecognizerResult.RECOGNIZER_NAME_KEY) or "")


def resolve(
    results: Iterable[RecognizerResult], transforms: Callable[[str], bool] = lambda _: True
) -> list[RecognizerResult]:
    """Non-overlapping findings, sorted by start; ``transforms(entity_type)`` says whether its action changes text."""
    candidates = [r for r in results if r.end > r.start]
    if len(candidates) <= 1:
        return candidates
    ranked = sorted(
        candidates,
        key=lambda r: (
            not transforms(r.entity_type),
            -r.score,
            -(r.end - r.start),
            r.start,
            r.entity_type,
            recognizer_name(r),
        ),
    )
    taken = bytearray(max(r.end for r in candidates))
    kept: list[RecognizerResult] = []
    for r in ranked:
        if taken.find(1, r.start, r.end) == -1:
            taken[r.start : r.end] = b"\x01" * (r.end - r.start)
            kept.append(r)
    kept.sort(key=lambda r: (r.start, r.end))
    return kept
