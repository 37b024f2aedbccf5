"""The candidate span the name taggers produce (before Presidio's ``RecognizerResult``)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Finding:
    """One tagged span: character offsets into the text (end exclusive), never the value."""

    start: int
    end: int
    entity_type: str
    score: float
    recognizer: str
