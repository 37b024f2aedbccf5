"""Ids that can name a person: one rule for the deidentify and agreement stages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.config import parse_config
from pipeline.stages.deidentify.ids import is_generic_id, person_id, person_id_rule

KEY = b"k" * 32


@pytest.mark.parametrize("value", ["ann_16", "annotator-3", "42", "rater 7", "expert-1", "Reviewer_12", " a1 "])
def test_generic_ids_name_nobody_and_are_kept(value: str) -> None:
    assert is_generic_id(value)
    assert person_id(value, "pseudonym", KEY) == value


@pytest.mark.parametrize("value", ["li.wei@example.com", "Zhang Wei", "A", "user-13912345678", "张伟"])
def test_other_ids_become_a_keyed_pseudonym(value: str) -> None:
    got = person_id(value, "pseudonym", KEY)
    assert re.fullmatch(r"annotator-[0-9a-f]{10}", got)
    assert got == person_id(value, "pseudonym", KEY)  # stable: the same id, the same pseudonym
    assert got != person_id(value, "pseudonym", b"j" * 32)  # keyed


def test_modes_placeholder_keep_and_no_key() -> None:
    assert person_id("li.wei@example.com", "placeholder", KEY) == "<ANNOTATOR>"
    assert person_id("li.wei@example.com", "keep", KEY) == "li.wei@example.com"
    assert person_id("li.wei@example.com", "pseudonym", None) == "<ANNOTATOR>"


def test_the_rule_of_a_run_follows_its_policy(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("INSTRUCTFLOW_PII_KEY", KEY.decode())
    rule = person_id_rule(parse_config({}, source="t.yaml", base_dir=tmp_path))
    assert rule("li.wei@example.com") == person_id("li.wei@example.com", "pseudonym", KEY)
    off = person_id_rule(parse_config({"deidentify": {"enabled": False}}, source="t.yaml", base_dir=tmp_path))
    assert off("li.wei@example.com") == "li.wei@example.com"
