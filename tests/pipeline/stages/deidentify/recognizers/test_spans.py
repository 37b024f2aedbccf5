"""The name taggers' candidate span: ordered by offsets, immutable."""

from __future__ import annotations

import pytest

from pipeline.stages.deidentify.recognizers.spans import Finding


def test_findings_order_by_offsets_and_are_frozen():
    a, b = Finding(5, 9, "PERSON", 0.5, "z"), Finding(0, 3, "LOCATION", 0.9, "a")
    assert sorted([a, b]) == [b, a]
    with pytest.raises(AttributeError):
        a.start = 1  # type: ignore[misc]
