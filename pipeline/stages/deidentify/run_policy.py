"""The de-identification policy a run's config names, validated (fails closed) before any stage runs."""

from __future__ import annotations

from pipeline.config import PipelineConfig
from pipeline.core.stage import StageContext
from pipeline.stages.deidentify.entities import EMITTED_TYPES
from pipeline.stages.deidentify.policy import Policy, load_policy

__all__ = ["load_run_policy", "load_stage_policy", "policy_entities"]


def policy_entities(ner: bool = True) -> list[str]:
    """The entity types the analyzer can emit (each needs a rule in the policy), sorted.

    The same with and without NER (``ner`` is kept for callers that pass the config's flag): the rule-based
    name taggers emit ``PERSON`` and ``LOCATION`` too. Nothing is built or loaded.
    """
    del ner
    return sorted(EMITTED_TYPES)


def load_run_policy(config: PipelineConfig, *, with_key: bool = True) -> Policy:
    """The validated policy a run's config names (fails closed: a missing or invalid policy is a ConfigError)."""
    cfg = config.deidentify
    path = config.resolve_path(cfg.policy) if cfg.policy else None
    return load_policy(path, policy_entities(cfg.ner), with_key=with_key)


def load_stage_policy(ctx: StageContext) -> Policy:
    """The validated policy of the run, its pseudonym key included."""
    return load_run_policy(ctx.config)
