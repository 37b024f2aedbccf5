"""Tests for pipeline/stages/clean/signals/loops.py: shrinking-suffix loops."""

from __future__ import annotations

import pytest

from pipeline.stages.clean.signals.loops import shrinking_repeats


@pytest.mark.parametrize(
    ("text", "chain"),
    [
        ("It rains in the cold north. in the cold north. the cold north. cold north.", 4),
        ("彩虹由阳光折射形成。阳光折射形成。折射形成。射形成。", 4),
        ("Go. Go. Go.", 0),  # equal sentences: a stutter, not a shrinking loop (and too short a tail)
        ("Cats sleep a lot. Dogs sleep a lot. Birds sleep a lot.", 1),  # same ending, not shorter suffixes
        ("A plain answer without any repeated ending.", 0),
    ],
)
def test_shrinking_repeats(text, chain):
    assert shrinking_repeats(text) == chain
