"""Ids that can name a person (annotators, reviewers): one rule for every stage that writes them.

An annotator or reviewer id that is not a generic number (``ann_16``, ``annotator-3``, ``42``) can
identify a person (``li.wei@example.com``, ``Zhang Wei``). The policy's ``annotator_ids`` says what
becomes of it: ``pseudonym`` (the default) gives ``annotator-3f9a0c12de``, a keyed HMAC that stays
the same across runs and stages, so agreement reports follow an annotator without naming them;
``placeholder`` gives ``<ANNOTATOR>``; ``keep`` leaves it. The ``deidentify`` stage applies it to the
``annotations`` column, and the ``agreement`` stage to annotator ids of annotation files and to
reviewer ids of adjudication files, which it reads after de-identification has run.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from pipeline.config import PipelineConfig
from pipeline.stages.deidentify.anonymize import pseudonym
from pipeline.stages.deidentify.recognizers.names import GENERIC_ID

__all__ = ["is_generic_id", "person_id", "person_id_rule"]


_OWN_OUTPUT = re.compile(r"annotator-[0-9a-f]{10}|<ANNOTATOR>")
"""What :func:`person_id` writes: left as it is when a de-identified dataset is read again."""


def is_generic_id(value: str) -> bool:
    """True for an id that names nobody: a number, a role word and a number (``rater-7``), or a pseudonym."""
    value = value.strip()
    return GENERIC_ID.match(value) is not None or _OWN_OUTPUT.fullmatch(value) is not None


def person_id(value: str, mode: str, key: bytes | None) -> str:
    """``value`` as the policy's ``annotator_ids`` mode writes it (generic ids are kept as they are)."""
    if mode == "keep" or is_generic_id(value):
        return value
    if mode == "pseudonym" and key is not None:
        return pseudonym("ANNOTATOR", value, key)[1:-1].lower().replace("annotator_", "annotator-")
    return "<ANNOTATOR>"


def person_id_rule(config: PipelineConfig) -> Callable[[str], str]:
    """The rule of a run's config: identity when de-identification is off, else :func:`person_id`.

    Loads (and so validates) the run's policy with its key; fails closed like the stage does.
    """
    if not config.deidentify.enabled:
        return _same
    from pipeline.stages.deidentify.run_policy import load_run_policy

    policy = load_run_policy(config)
    return functools.partial(_apply, mode=policy.annotator_ids, key=policy.key)


def _same(value: str) -> str:
    return value


def _apply(value: str, *, mode: str, key: bytes | None) -> str:
    return person_id(value, mode, key)
