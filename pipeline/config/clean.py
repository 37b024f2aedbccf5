"""Config of the clean stage."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CleanConfig:
    """Settings of the clean stage."""

    enabled: bool = True
