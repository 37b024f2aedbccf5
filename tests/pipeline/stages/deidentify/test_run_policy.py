"""The run's policy: the bundled default loads with its key, fails closed without one, and names every type."""

from __future__ import annotations

import pytest

from pipeline.config import parse_config
from pipeline.errors import ConfigError
from pipeline.stages.deidentify.run_policy import load_run_policy, policy_entities
from tests.support.deid import TEST_KEY


def test_the_default_policy_loads_with_the_key(tmp_path, monkeypatch):
    monkeypatch.setenv("INSTRUCTFLOW_PII_KEY", TEST_KEY)
    policy = load_run_policy(parse_config({}, source="t.yaml", base_dir=tmp_path))
    assert policy.key == TEST_KEY.encode()
    assert set(policy_entities(True)) <= set(policy.entities)


def test_without_a_key_in_the_environment_the_key_file_is_made_once(tmp_path, monkeypatch):
    key_file = tmp_path / "keys" / "pii.key"
    monkeypatch.delenv("INSTRUCTFLOW_PII_KEY", raising=False)
    monkeypatch.setenv("INSTRUCTFLOW_PII_KEY_FILE", str(key_file))
    cfg = parse_config({}, source="t.yaml", base_dir=tmp_path)
    first = load_run_policy(cfg)
    assert key_file.stat().st_mode & 0o777 == 0o600
    assert first.key is not None and len(first.key) >= 32
    assert load_run_policy(cfg).key == first.key  # the same pseudonyms on every run
    assert load_run_policy(cfg, with_key=False).key is None  # checking a policy needs no key


def test_an_invalid_policy_fails_closed(tmp_path):
    (tmp_path / "p.yaml").write_text("version: 1\nentities: {PERSON: {action: blur}}\n", encoding="utf-8")
    cfg = parse_config({"deidentify": {"policy": "p.yaml"}}, source="t.yaml", base_dir=tmp_path)
    with pytest.raises(ConfigError) as exc:
        load_run_policy(cfg)
    assert str(exc.value) == f"{tmp_path / 'p.yaml'}: missing required key 'max_entities_per_record'"


def test_entities_without_ner_leave_out_only_ner_types():
    with_ner, without = set(policy_entities(True)), set(policy_entities(False))
    assert without <= with_ner
    assert {"PHONE_NUMBER", "EMAIL_ADDRESS", "CN_RESIDENT_ID", "PERSON"} <= without


@pytest.mark.parametrize("ner", [True, False])
def test_the_declared_types_are_what_the_analyzer_emits(ner):
    from pipeline.stages.deidentify.analyzer import Analyzer

    assert policy_entities(ner) == Analyzer(ner=ner).entities()


def test_checking_a_policy_builds_no_analyzer(tmp_path, monkeypatch):
    import sys

    monkeypatch.setenv("INSTRUCTFLOW_PII_KEY", TEST_KEY)
    monkeypatch.delitem(sys.modules, "pipeline.stages.deidentify.analyzer", raising=False)
    monkeypatch.delitem(sys.modules, "presidio_analyzer", raising=False)
    load_run_policy(parse_config({}, source="t.yaml", base_dir=tmp_path))
    assert "pipeline.stages.deidentify.analyzer" not in sys.modules
