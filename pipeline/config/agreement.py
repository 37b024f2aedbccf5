"""Config of the agreement stage."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class AgreementConfig:
    """Settings of the agreement stage."""

    enabled: bool = True
