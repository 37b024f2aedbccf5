"""The policy fails closed: exact messages for missing or invalid files, keys and secrets."""

from __future__ import annotations

import pytest
import yaml

from pipeline.errors import ConfigError
from pipeline.stages.deidentify.policy import DEFAULT_POLICY_PATH, load_policy, parse_policy

TYPES = ("PERSON", "PHONE_NUMBER")


def base() -> dict:
    return {
        "version": 1,
        "max_entities_per_record": 5,
        "pseudonym_key_env": "TEST_PII_KEY",
        "entities": {
            "PERSON": {"action": "placeholder", "threshold": 0.6},
            "PHONE_NUMBER": {"action": "mask", "threshold": 0.5, "keep_last": 4},
        },
    }


def parse(data, env=None):
    return parse_policy(data, source="p.yaml", entity_types=TYPES, environ=env or {})


def test_default_policy_loads_without_any_secret():
    from pipeline.stages.deidentify.engine import PiiEngine

    policy = load_policy(None, PiiEngine().entities(), environ={})
    assert policy.key is None
    assert all(r.action != "pseudonym" for r in policy.entities.values())
    assert policy.rule("PHONE_NUMBER").keep_last == 4


def test_missing_file(tmp_path):
    with pytest.raises(ConfigError) as exc:
        load_policy(tmp_path / "nope.yaml", TYPES)
    assert str(exc.value) == f"{tmp_path / 'nope.yaml'}: de-identification policy file not found"


def test_bad_yaml_names_line(tmp_path):
    p = tmp_path / "p.yaml"
    p.write_text("version: 1\nentities: [\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"p\.yaml: line 3, column 1:"):
        load_policy(p, TYPES)


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d.pop("max_entities_per_record"), "p.yaml: missing required key 'max_entities_per_record'"),
        (
            lambda d: d.update(extra=1),
            "p.yaml: unknown key 'extra' (allowed: 'version', 'entities', "
            "'max_entities_per_record', 'allow_list', 'deny_list', 'pseudonym_key_env')",
        ),
        (lambda d: d.update(version=2), "p.yaml: key 'version' must be 1, got 2 (int)"),
        (
            lambda d: d["entities"]["PERSON"].update(action="hide"),
            "p.yaml: key 'entities.PERSON.action' must be one of 'mask', 'placeholder', 'pseudonym', 'surrogate', "
            "'drop_record', 'keep', got 'hide' (str)",
        ),
        (
            lambda d: d["entities"]["PERSON"].update(threshold=1.5),
            "p.yaml: key 'entities.PERSON.threshold' must be a number between 0 and 1, got 1.5 (float)",
        ),
        (
            lambda d: d["entities"]["PERSON"].pop("threshold"),
            "p.yaml: missing required key 'entities.PERSON.threshold'",
        ),
        (
            lambda d: d["entities"].pop("PHONE_NUMBER"),
            "p.yaml: missing rule 'entities.PHONE_NUMBER' (every detected entity type needs an action, one of 'mask', "
            "'placeholder', 'pseudonym', 'surrogate', 'drop_record', 'keep')",
        ),
        (
            lambda d: d["entities"].update(PERSN={"action": "keep", "threshold": 0.5}),
            "p.yaml: unknown entity 'entities.PERSN' (known: 'PERSON', 'PHONE_NUMBER')",
        ),
        (
            lambda d: d["entities"]["PERSON"].update(keep_last=2),
            "p.yaml: key 'entities.PERSON' sets mask options but its action is 'placeholder', not 'mask'",
        ),
        (
            lambda d: d["entities"]["PHONE_NUMBER"].update(keep_last=20),
            "p.yaml: key 'entities.PHONE_NUMBER.keep_last' must be an integer between 0 and 8, got 20 (int)",
        ),
        (
            lambda d: d.update(max_entities_per_record=0),
            "p.yaml: key 'max_entities_per_record' must be an integer >= 1, got 0 (int)",
        ),
        (lambda d: d.update(allow_list="Alice"), "p.yaml: key 'allow_list' must be a list of non-empty strings"),
    ],
)
def test_invalid_policies_name_the_key(mutate, message):
    data = base()
    mutate(data)
    with pytest.raises(ConfigError) as exc:
        parse(data)
    assert str(exc.value) == message


def test_pseudonym_without_key_is_an_error_never_a_fallback():
    data = base()
    data["entities"]["PERSON"]["action"] = "pseudonym"
    with pytest.raises(ConfigError) as exc:
        parse(data, env={})
    assert str(exc.value) == (
        "p.yaml: entity 'PERSON' uses action 'pseudonym' but environment variable "
        "TEST_PII_KEY is not set (no fallback key is used)"
    )
    with pytest.raises(ConfigError, match="must hold at least 16 bytes for the pseudonym key, got 5"):
        parse(data, env={"TEST_PII_KEY": "short"})
    data.pop("pseudonym_key_env")
    with pytest.raises(ConfigError, match="needs key 'pseudonym_key_env'"):
        parse(data, env={"TEST_PII_KEY": "x" * 32})


def test_key_is_loaded_but_never_shown():
    data = base()
    data["entities"]["PERSON"]["action"] = "pseudonym"
    secret = "s3cret-key-0123456789"
    policy = parse(data, env={"TEST_PII_KEY": secret})
    assert policy.key == secret.encode()
    assert secret not in repr(policy) and secret not in str(policy.summary())


def test_deny_list_types_need_rules_too():
    data = base()
    data["deny_list"] = {"PROJECT_CODE": ["Falcon-7"]}
    with pytest.raises(ConfigError, match=r"missing rule 'entities.PROJECT_CODE'"):
        parse(data)
    data["entities"]["PROJECT_CODE"] = {"action": "placeholder", "threshold": 0.5}
    assert parse(data).deny_list == {"PROJECT_CODE": ("Falcon-7",)}


def test_bundled_file_is_plain_yaml_with_every_action_documented():
    text = DEFAULT_POLICY_PATH.read_text(encoding="utf-8")
    assert yaml.safe_load(text)["version"] == 1
    assert "mask | placeholder | pseudonym | surrogate | drop_record | keep" in text
