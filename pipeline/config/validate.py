"""Config of the validate stage."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ValidateConfig:
    """Settings of the validate stage."""

    enabled: bool = True
