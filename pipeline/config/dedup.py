"""Config of the dedup stage: exact key, MinHash/LSH near-duplicate search, survivor choice, history index.

See docs/DEDUP.md for what each setting does. ``history.enabled`` is a three-way switch so that the
CLI and the Airflow DAG can share one config file: ``"auto"`` means "the caller decides" (the nightly
DAG turns it on, a one-off CLI run leaves it off); the caller resolves it with
:func:`resolve_history`.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.config import PipelineConfig

SURVIVOR_CRITERIA: tuple[str, ...] = ("annotations", "output_length", "corpus_priority", "record_id")
"""Criteria a survivor can be chosen by: most annotations, longest output, highest corpus priority,
smallest record id. ``record_id`` always ends the list (it makes the order total)."""


@dataclass(frozen=True)
class HistoryConfig:
    """The persisted index of records exported by earlier dataset versions."""

    enabled: str = field(
        default="auto",
        metadata={
            "choices": ("auto", "on", "off"),
            "help": "drop records that duplicate earlier exports; auto: on in the nightly DAG, off in the CLI",
        },
    )
    path: str = field(
        default="",
        metadata={"help": "folder of the index (relative: to the config file); empty: the caller's default"},
    )
    near: bool = field(default=True, metadata={"help": "also match near duplicates (signatures), not only exact keys"})


@dataclass(frozen=True)
class DedupConfig:
    """Settings of the dedup stage."""

    enabled: bool = field(default=True, metadata={"help": "run the stage (false: records pass through)"})
    key: str = field(
        default="prompt_response",
        metadata={
            "choices": ("prompt", "prompt_response"),
            "help": "text compared: prompt = instruction + input + history; prompt_response adds the output",
        },
    )
    exact: bool = field(default=True, metadata={"help": "remove exact duplicates of the normalised key"})
    near: bool = field(default=True, metadata={"help": "remove near duplicates (MinHash + LSH + verification)"})
    threshold: float = field(
        default=0.8,
        metadata={"min": 0.05, "max": 1.0, "help": "Jaccard similarity at or above which records are near duplicates"},
    )
    num_perm: int = field(default=128, metadata={"min": 16, "max": 256, "help": "MinHash permutations (4 bytes each)"})
    lsh_recall: float = field(
        default=0.99,
        metadata={
            "min": 0.5,
            "max": 0.9999,
            "help": "LSH bands/rows: the most selective banding that finds a pair at exactly the threshold with this probability",
        },
    )
    ngram_cjk: int = field(
        default=3, metadata={"min": 1, "max": 10, "help": "shingle length in characters inside CJK text"}
    )
    ngram_word: int = field(default=2, metadata={"min": 1, "max": 10, "help": "shingle length in words elsewhere"})
    seed: int = field(default=1, metadata={"min": 0, "help": "seed of the MinHash permutations (changes signatures)"})
    max_bucket_size: int = field(
        default=200,
        metadata={
            "min": 2,
            "help": "LSH buckets with more members than this are linked as a star around their first member",
        },
    )
    survivor: tuple[str, ...] = field(
        default=SURVIVOR_CRITERIA,
        metadata={"help": "ordered criteria choosing the copy that survives: " + ", ".join(SURVIVOR_CRITERIA)},
    )
    history: HistoryConfig = field(default_factory=HistoryConfig)

    def __post_init__(self) -> None:
        """Check the survivor criteria and make ``record_id`` the last one."""
        for i, name in enumerate(self.survivor):
            if name not in SURVIVOR_CRITERIA:
                allowed = ", ".join(SURVIVOR_CRITERIA)
                raise ValueError(f"survivor[{i}] must be one of {allowed}")
        if len(set(self.survivor)) != len(self.survivor):
            raise ValueError("survivor lists a criterion twice")
        crit = (*tuple(c for c in self.survivor if c != "record_id"), "record_id")
        object.__setattr__(self, "survivor", crit)


def resolve_history(
    config: PipelineConfig, *, default_on: bool, default_path: str | Path | None = None
) -> PipelineConfig:
    """Return ``config`` with ``dedup.history.enabled == "auto"`` resolved by the caller.

    The nightly DAG calls this with ``default_on=True`` and its data root's ``dedup-history`` folder
    as ``default_path``; the CLI with ``default_on=False`` unless asked otherwise. An explicit
    ``"on"``/``"off"`` in the config always wins; an explicit ``path`` too.
    """
    hist = config.dedup.history
    enabled = hist.enabled if hist.enabled != "auto" else ("on" if default_on else "off")
    path = hist.path or (str(default_path) if default_path is not None else "")
    new_hist = dataclasses.replace(hist, enabled=enabled, path=path)
    new_dedup = dataclasses.replace(config.dedup, history=new_hist)
    new = dataclasses.replace(config, dedup=new_dedup)
    object.__setattr__(new, "base_dir", config.base_dir)
    return new
