"""Config of the ingest stage: size limits, id field and per-corpus field mappings."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from pipeline.config.yaml_file import key_text

RECORD_FIELDS = ("instruction", "input", "output", "system", "history", "id", "annotations", "lang")
"""Record fields a source column may be mapped to."""

DEFAULT_FIELD_MAP: dict[str, str] = {
    "prompt": "instruction",
    "question": "instruction",
    "query": "instruction",
    "context": "input",
    "response": "output",
    "answer": "output",
    "completion": "output",
}


@dataclass(frozen=True)
class CorpusConfig:
    """Settings for one corpus, keyed by corpus name (a file's stem or a directory's name)."""

    layout: Literal["auto", "alpaca", "sharegpt", "messages"] = "auto"
    field_map: dict[str, str] = field(default_factory=dict, metadata={"help": "source column -> record field"})
    priority: int = field(default=0, metadata={"help": "higher wins when duplicates are resolved"})
    lang: str | None = field(default=None, metadata={"help": "force a language code instead of detecting it"})

    def __post_init__(self) -> None:
        """Check that mapped targets are record fields."""
        for src, dst in self.field_map.items():
            if dst not in RECORD_FIELDS:
                allowed = ", ".join(RECORD_FIELDS)
                raise ValueError(f"field_map.{key_text(src)} must be one of {allowed}")


@dataclass(frozen=True)
class IngestConfig:
    """How corpora are read and mapped to records."""

    max_record_bytes: int = field(default=1_048_576, metadata={"min": 1, "help": "larger records are rejected"})
    id_field: str = field(default="id", metadata={"help": "column holding a record's original id, if any"})
    field_map: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_FIELD_MAP))
    corpora: dict[str, CorpusConfig] = field(default_factory=dict)

    def __post_init__(self) -> None:
        """Check that mapped targets are record fields."""
        for src, dst in self.field_map.items():
            if dst not in RECORD_FIELDS:
                allowed = ", ".join(RECORD_FIELDS)
                raise ValueError(f"field_map.{key_text(src)} must be one of {allowed}")

    def corpus(self, name: str) -> CorpusConfig:
        """Return the settings for corpus ``name`` (defaults when it is not configured)."""
        return self.corpora.get(name) or CorpusConfig()
