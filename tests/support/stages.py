"""Run the pipeline with a subset of its stages (ingest and export are always kept)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from unittest.mock import patch

from pipeline.runtime import registry
from pipeline.runtime.registry import StageSpec


@contextmanager
def only_stages(*names: str, extra: tuple[StageSpec, ...] = ()) -> Iterator[None]:
    """Within the block, the stage table holds ingest, the named stages, ``extra`` stages and export."""
    keep = {"ingest", "export", *names}
    table = [s for s in registry.STAGES if s.name in keep]
    table[-1:-1] = list(extra)
    with patch.object(registry, "STAGES", tuple(table)):
        yield
