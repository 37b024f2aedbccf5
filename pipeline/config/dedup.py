"""Config of the dedup stage."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DedupConfig:
    """Settings of the dedup stage."""

    enabled: bool = True
