"""Config of the deidentify stage (the per-entity rules live in the policy file, see docs/DEIDENTIFY.md)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class DeidentifyConfig:
    """Settings of the deidentify stage."""

    enabled: bool = field(default=True, metadata={"help": "run the stage (false passes records through)"})
    policy: str = field(
        default="",
        metadata={"help": "policy YAML path, relative to the config file; empty = the bundled default policy"},
    )
    ner: bool = field(
        default=True, metadata={"help": "detect English names/locations with spaCy NER (false: patterns + jieba only)"}
    )
    workers: int = field(
        default=0, metadata={"min": 0, "max": 64, "help": "processes for detection; 0 = all available CPUs"}
    )
