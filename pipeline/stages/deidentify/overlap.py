"""Overlap resolution: which of several findings over the same characters wins, in O(n log n).

Candidates are ranked once (sorting is the O(n log n) part) and accepted in rank order when none of
their characters is taken yet; a byte per character marks what is taken, so each check costs the
length of the span, not the number of findings accepted so far. A table-like record with tens of
thousands of findings resolves in milliseconds.

Rank, best first:

1. a finding whose policy action transforms the text beats one whose action is ``keep``
   (``18 Washington Street`` is an address to replace, not a kept ``LOCATION``);
2. a name or place (:data:`~pipeline.stages.deidentify.entities.NAME_TYPES`, found from context) that
   lies inside a transformed finding of another type comes after every other transformed finding,
   whatever its score: the address ``18 Washington Street`` is transformed whole, not as
   ``18 <LOCATION_1>`` (a ``LOCATION`` scored 0.85 inside a ``STREET_ADDRESS`` scored 0.75), and a
   ``PERSON`` inside a profile link or an e-mail address does not split it;
3. a higher score;
4. a longer span (a full address beats the street name inside it);
5. an earlier start, then the entity type and recognizer name (a total order: same input, same result).
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Iterable, Sequence

from presidio_analyzer import RecognizerResult

from pipeline.stages.deidentify.entities import NAME_TYPES


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
    inside = _names_inside_other_types(candidates, transforms)
    ranked = sorted(
        candidates,
        key=lambda r: (
            not transforms(r.entity_type),
            id(r) in inside,
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


def _names_inside_other_types(candidates: Sequence[RecognizerResult], transforms: Callable[[str], bool]) -> set[int]:
    """``id()`` of every name-type finding lying inside a transformed finding of another type (O(n log n))."""
    outer = sorted(
        (r.start, r.end) for r in candidates if r.entity_type not in NAME_TYPES and transforms(r.entity_type)
    )
    if not outer:
        return set()
    starts = [s for s, _ in outer]
    reach = list(itertools.accumulate((e for _, e in outer), max))  # furthest end of the spans starting so far
    inside: set[int] = set()
    for r in candidates:
        if r.entity_type in NAME_TYPES:
            i = bisect.bisect_right(starts, r.start)
            if i and reach[i - 1] >= r.end:
                inside.add(id(r))
    return inside
