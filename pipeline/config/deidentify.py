"""Config of the deidentify stage."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DeidentifyConfig:
    """Settings of the deidentify stage."""

    enabled: bool = True
