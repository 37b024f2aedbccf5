"""The policy fails closed: exact messages that name the key and the allowed values, never a given value; keys."""

from __future__ import annotations

import stat
import threading

import pytest
import yaml

from pipeline.config import parse_config
from pipeline.errors import ConfigError
from pipeline.stages.deidentify.policy import (
    ACTIONS,
    DEFAULT_POLICY_PATH,
    KEY_FILE_ENV,
    MIN_KEY_BYTES,
    load_policy,
    parse_policy,
)
from pipeline.stages.deidentify.stage import load_run_policy, policy_entities
from tests.support.deid import TEST_KEY, default_policy_data, write_policy

TYPES = ("PERSON", "PHONE_NUMBER")
SECRET = "Alice Secret"
"""A value a user might write into a policy by mistake; no message may repeat it."""

TOP_KEYS = (
    "'version', 'profile', 'entities', 'max_entities_per_record', 'allow_list', 'deny_list', 'pseudonym_key_env', "
    "'pseudonym_key_file', 'annotator_ids', 'predefined_recognizers', 'recognizer_registry'"
)
ACTIONS_TEXT = "'mask', 'placeholder', 'pseudonym', 'surrogate', 'generalize', 'drop_record', 'keep'"


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


def parse(data, env=None, **kw):
    return parse_policy(data, source="p.yaml", entity_types=TYPES, environ=env if env is not None else {}, **kw)


def test_actions_are_the_documented_seven():
    assert ACTIONS == ("mask", "placeholder", "pseudonym", "surrogate", "generalize", "drop_record", "keep")


def test_default_policy_loads_and_needs_a_key_only_for_annotator_ids(default_policy):
    assert default_policy.annotator_ids == "pseudonym" and default_policy.key == TEST_KEY.encode()
    assert all(r.action not in ("pseudonym", "surrogate") for r in default_policy.entities.values())
    assert sorted(default_policy.entities) == policy_entities(True)
    assert default_policy.rule("PHONE_NUMBER") == default_policy.entities["PHONE_NUMBER"]
    assert (default_policy.rule("PHONE_NUMBER").keep_last, default_policy.rule("PHONE_NUMBER").mask_char) == (4, "*")
    assert default_policy.rule("LOCATION").action == "keep"
    without = load_policy(None, policy_entities(True), environ={}, with_key=False)
    assert without.key is None


def test_missing_file(tmp_path):
    with pytest.raises(ConfigError) as exc:
        load_policy(tmp_path / "nope.yaml", TYPES)
    assert str(exc.value) == f"{tmp_path / 'nope.yaml'}: de-identification policy file not found"


def test_bad_yaml_names_line_and_column(tmp_path):
    p = tmp_path / "p.yaml"
    p.write_text("version: 1\nentities: [\n", encoding="utf-8")
    with pytest.raises(ConfigError) as exc:
        load_policy(p, TYPES)
    assert str(exc.value) == f"{p}: line 3, column 1: expected the node content, but found '<stream end>'"


def test_not_utf8(tmp_path):
    p = tmp_path / "p.yaml"
    p.write_bytes(b"version: 1\nallow_list: [\xff]\n")
    with pytest.raises(ConfigError) as exc:
        load_policy(p, TYPES)
    assert str(exc.value) == f"{p}: policy file is not UTF-8 (byte 24)"


def test_yaml_errors_never_quote_the_file(tmp_path):
    p = tmp_path / "p.yaml"
    p.write_text("version: 1\ndeny_list:\n  PERSON: [*Alice]\n", encoding="utf-8")
    with pytest.raises(ConfigError) as exc:
        load_policy(p, TYPES)
    assert "Alice" not in str(exc.value)


def _set(path: str, value):
    def mutate(d: dict) -> None:
        *head, last = path.split(".")
        target = d
        for k in head:
            target = target[k]
        target[last] = value

    return mutate


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d.pop("max_entities_per_record"), "p.yaml: missing required key 'max_entities_per_record'"),
        (lambda d: d.pop("entities"), "p.yaml: missing required key 'entities'"),
        (_set("extra", SECRET), f"p.yaml: unknown key 'extra' (allowed: {TOP_KEYS})"),
        (_set("version", SECRET), "p.yaml: key 'version' must be 1, got a string of 12 characters"),
        (_set("version", 2), "p.yaml: key 'version' must be 1, got a number outside the allowed range"),
        (
            _set("max_entities_per_record", 0),
            "p.yaml: key 'max_entities_per_record' must be an integer >= 1, got a number outside the allowed range",
        ),
        (
            _set("max_entities_per_record", True),
            "p.yaml: key 'max_entities_per_record' must be an integer >= 1, got a boolean",
        ),
        (_set("allow_list", SECRET), "p.yaml: key 'allow_list' must be a list of non-empty strings"),
        (_set("allow_list", [SECRET, " "]), "p.yaml: key 'allow_list' must be a list of non-empty strings"),
        (
            _set("deny_list", SECRET),
            "p.yaml: key 'deny_list' must be a mapping of entity type to a list of strings, got str",
        ),
        (_set("deny_list", {"PERSON": SECRET}), "p.yaml: key 'deny_list.PERSON' must be a list of non-empty strings"),
        (
            _set("entities", SECRET),
            "p.yaml: key 'entities' must be a non-empty mapping of entity type to rule, got a string of 12 characters",
        ),
        (_set("entities", {}), "p.yaml: key 'entities' must be a non-empty mapping of entity type to rule, got a dict"),
        (
            _set("entities", [SECRET]),
            "p.yaml: key 'entities' must be a non-empty mapping of entity type to rule, got a list",
        ),
        (
            _set("entities.PERSON", SECRET),
            "p.yaml: key 'entities.PERSON' must be a mapping with keys 'action', 'threshold', 'mask_char', "
            "'keep_last', 'to', got a string of 12 characters",
        ),
        (
            _set("entities.PERSON.colour", SECRET),
            "p.yaml: unknown key 'entities.PERSON.colour' (allowed: 'action', 'threshold', 'mask_char', 'keep_last', 'to')",
        ),
        (
            _set("entities.PERSON.action", SECRET),
            f"p.yaml: key 'entities.PERSON.action' must be one of {ACTIONS_TEXT}, got a string of 12 characters",
        ),
        (
            _set("entities.PERSON.threshold", 1.5),
            "p.yaml: key 'entities.PERSON.threshold' must be a number between 0 and 1, got a number outside the "
            "allowed range",
        ),
        (
            _set("entities.PERSON.threshold", None),
            "p.yaml: key 'entities.PERSON.threshold' must be a number between 0 and 1, got nothing (null)",
        ),
        (
            _set("entities.PERSON.threshold", True),
            "p.yaml: key 'entities.PERSON.threshold' must be a number between 0 and 1, got a boolean",
        ),
        (
            lambda d: d["entities"]["PERSON"].pop("threshold"),
            "p.yaml: missing required key 'entities.PERSON.threshold'",
        ),
        (lambda d: d["entities"]["PERSON"].pop("action"), "p.yaml: missing required key 'entities.PERSON.action'"),
        (
            lambda d: d["entities"].pop("PHONE_NUMBER"),
            f"p.yaml: missing rule 'entities.PHONE_NUMBER' (every detected entity type needs an action, one of "
            f"{ACTIONS_TEXT})",
        ),
        (
            _set("entities.PERSN", {"action": "keep", "threshold": 0.5}),
            "p.yaml: unknown entity 'entities.PERSN' (known: 'PERSON', 'PHONE_NUMBER')",
        ),
        (
            _set("entities.PERSON.keep_last", 2),
            "p.yaml: key 'entities.PERSON' sets mask options but its action is 'placeholder', not 'mask'",
        ),
        (
            _set("entities.PHONE_NUMBER.mask_char", SECRET),
            "p.yaml: key 'entities.PHONE_NUMBER.mask_char' must be a single character, got a string of 12 characters",
        ),
        (
            _set("entities.PHONE_NUMBER.keep_last", 20),
            "p.yaml: key 'entities.PHONE_NUMBER.keep_last' must be an integer between 0 and 8, got a number outside "
            "the allowed range",
        ),
        (
            _set("annotator_ids", SECRET),
            "p.yaml: key 'annotator_ids' must be one of 'pseudonym', 'placeholder', 'keep', got a string of 12 "
            "characters",
        ),
        (
            _set("predefined_recognizers", [SECRET]),
            "p.yaml: key 'predefined_recognizers' must be a list of Presidio recognizer class names "
            "(e.g. UsLicenseRecognizer)",
        ),
        (
            _set("recognizer_registry", 3),
            "p.yaml: key 'recognizer_registry' must be the path of a Presidio registry YAML",
        ),
        (_set("pseudonym_key_file", 3), "p.yaml: key 'pseudonym_key_file' must be a file path"),
        (
            _set("pseudonym_key_env", 3),
            "p.yaml: key 'pseudonym_key_env' must be an environment variable name, got a number outside the allowed "
            "range",
        ),
    ],
)
def test_invalid_policies_name_the_key_and_never_the_value(mutate, message):
    data = base()
    mutate(data)
    with pytest.raises(ConfigError) as exc:
        parse(data)
    assert str(exc.value) == message
    assert SECRET not in str(exc.value)


def test_a_policy_that_is_not_a_mapping():
    with pytest.raises(ConfigError) as exc:
        parse(SECRET)
    assert str(exc.value) == f"p.yaml: the policy must be a mapping with keys {TOP_KEYS}, got a string of 12 characters"


def test_every_type_the_analyzer_emits_needs_a_rule():
    data = default_policy_data()
    del data["entities"]["WECHAT_ID"]
    with pytest.raises(ConfigError) as exc:
        parse_policy(data, source="p.yaml", entity_types=policy_entities(True), environ={}, with_key=False)
    assert str(exc.value) == (
        f"p.yaml: missing rule 'entities.WECHAT_ID' (every detected entity type needs an action, one of {ACTIONS_TEXT})"
    )


def test_deny_list_types_need_rules_too():
    data = base()
    data["deny_list"] = {"PROJECT_CODE": ["Falcon-7"]}
    with pytest.raises(ConfigError, match=r"missing rule 'entities.PROJECT_CODE'"):
        parse(data)
    data["entities"]["PROJECT_CODE"] = {"action": "placeholder", "threshold": 0.5}
    policy = parse(data)
    assert policy.deny_list == {"PROJECT_CODE": ("Falcon-7",)}


def test_a_run_config_naming_a_missing_policy_fails_closed(tmp_path):
    cfg = parse_config({"deidentify": {"policy": "gone.yaml"}}, source="t.yaml", base_dir=tmp_path)
    with pytest.raises(ConfigError) as exc:
        load_run_policy(cfg)
    assert str(exc.value) == f"{tmp_path / 'gone.yaml'}: de-identification policy file not found"


# --------------------------------------------------------------------------- users' recognizers


BADGE_REGISTRY = (
    "supported_languages: [en]\nrecognizers:\n  - name: BadgeRecognizer\n    supported_language: en\n"
    "    supported_entity: EMPLOYEE_BADGE\n    patterns:\n      - name: badge\n        regex: 'EMP-\\d{6}'\n"
    "        score: 0.9\n"
)


def test_recognizer_registry_is_resolved_next_to_the_policy(tmp_path):
    (tmp_path / "mine.yaml").write_text(BADGE_REGISTRY, encoding="utf-8")
    data = base()
    data["entities"]["EMPLOYEE_BADGE"] = {"action": "placeholder", "threshold": 0.5}
    data["recognizer_registry"] = "mine.yaml"
    data["predefined_recognizers"] = ["IpRecognizer"]
    with pytest.raises(ConfigError) as exc:  # the predefined recognizer's type needs a rule too
        load_policy(write_policy(tmp_path, data), TYPES, environ={})
    assert str(exc.value) == (
        f"{tmp_path / 'policy.yaml'}: missing rule 'entities.IP_ADDRESS' (every detected entity type needs an "
        "action, one of 'mask', 'placeholder', 'pseudonym', 'surrogate', 'generalize', 'drop_record', 'keep')"
    )
    data["entities"]["IP_ADDRESS"] = {"action": "mask", "threshold": 0.5}
    policy = load_policy(write_policy(tmp_path, data), TYPES, environ={})
    assert policy.recognizer_registry == tmp_path / "mine.yaml"
    assert policy.predefined_recognizers == ("IpRecognizer",)
    data["recognizer_registry"] = "missing.yaml"
    with pytest.raises(ConfigError) as exc:
        load_policy(write_policy(tmp_path, data), TYPES, environ={})
    assert str(exc.value) == (
        f"{tmp_path / 'policy.yaml'}: key 'recognizer_registry' names a file that does not exist: "
        f"{tmp_path / 'missing.yaml'}"
    )


def test_types_of_predefined_recognizers_need_rules(tmp_path):
    data = default_policy_data()
    data["predefined_recognizers"] = ["UsLicenseRecognizer"]
    path = write_policy(tmp_path, data)
    with pytest.raises(ConfigError, match=r"missing rule 'entities.US_DRIVER_LICENSE'"):
        load_policy(path, policy_entities(True), environ={}, with_key=False)


def test_types_of_a_recognizer_registry_can_have_rules(tmp_path):
    (tmp_path / "mine.yaml").write_text(BADGE_REGISTRY, encoding="utf-8")
    data = default_policy_data()
    data["recognizer_registry"] = "mine.yaml"
    data["entities"]["EMPLOYEE_BADGE"] = {"action": "placeholder", "threshold": 0.5}
    policy = load_policy(write_policy(tmp_path, data), policy_entities(True), environ={}, with_key=False)
    assert policy.rule("EMPLOYEE_BADGE").action == "placeholder"


# --------------------------------------------------------------------------- the pseudonym key


def keyed() -> dict:
    data = base()
    data["entities"]["PERSON"]["action"] = "pseudonym"
    return data


def test_a_keyed_action_without_a_key_is_an_error_never_a_fallback():
    with pytest.raises(ConfigError) as exc:
        parse(keyed())
    assert str(exc.value) == (
        "p.yaml: entity 'PERSON' uses a keyed action (pseudonym, surrogate), which needs a key: set environment "
        "variable TEST_PII_KEY or key 'pseudonym_key_file' (no fallback key is used)"
    )
    data = keyed()
    data.pop("pseudonym_key_env")
    data["entities"]["PERSON"]["action"] = "surrogate"
    with pytest.raises(ConfigError) as exc:
        parse(data)
    assert str(exc.value) == (
        "p.yaml: entity 'PERSON' uses a keyed action (pseudonym, surrogate), which needs a key: set environment "
        "variable named by pseudonym_key_env or key 'pseudonym_key_file' (no fallback key is used)"
    )
    data = base()
    data["annotator_ids"] = "pseudonym"
    with pytest.raises(ConfigError) as exc:
        parse(data)
    assert str(exc.value).startswith("p.yaml: key 'annotator_ids' uses a keyed action (pseudonym, surrogate)")


def test_a_short_key_is_refused_and_not_shown():
    with pytest.raises(ConfigError) as exc:
        parse(keyed(), env={"TEST_PII_KEY": "short"})
    assert str(exc.value) == (
        f"p.yaml: environment variable TEST_PII_KEY must hold at least {MIN_KEY_BYTES} bytes for the pseudonym key, "
        "got 5"
    )
    assert "short" not in str(exc.value)


def test_key_from_the_environment_is_loaded_but_never_shown():
    secret = "s3cret-key-0123456789"
    policy = parse(keyed(), env={"TEST_PII_KEY": secret})
    assert policy.key == secret.encode()
    assert secret not in repr(policy) and secret not in str(policy.summary())


def test_no_key_is_read_or_created_without_a_keyed_action(tmp_path):
    data = base()
    data["pseudonym_key_file"] = str(tmp_path / "pii.key")
    assert parse(data).key is None
    assert not (tmp_path / "pii.key").exists()


def test_key_file_is_created_once_with_mode_0600_and_reused(tmp_path):
    data = keyed()
    data["pseudonym_key_file"] = str(tmp_path / "keys" / "pii.key")
    first = parse(data)
    path = tmp_path / "keys" / "pii.key"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert len(first.key) == 32 and path.read_bytes() == first.key
    assert parse(data).key == first.key
    assert sorted(p.name for p in path.parent.iterdir()) == ["pii.key"]  # no temporary file left behind
    assert parse(data, env={"TEST_PII_KEY": "x" * 16}).key == b"x" * 16  # the variable wins over the file


def test_key_file_creation_is_atomic_first_creator_wins(tmp_path):
    data = keyed()
    data["pseudonym_key_file"] = str(tmp_path / "pii.key")
    keys: list[bytes] = []
    errors: list[BaseException] = []

    def load() -> None:
        try:
            keys.append(parse(data).key)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=load) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and len(keys) == 8
    assert set(keys) == {(tmp_path / "pii.key").read_bytes()}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pii.key"]


def test_key_file_environment_variable_overrides_the_policy(tmp_path):
    data = keyed()
    data["pseudonym_key_file"] = str(tmp_path / "policy.key")
    policy = parse(data, env={KEY_FILE_ENV: str(tmp_path / "env.key")})
    assert (tmp_path / "env.key").read_bytes() == policy.key
    assert not (tmp_path / "policy.key").exists()
    data.pop("pseudonym_key_file")  # the variable alone is enough
    assert parse(data, env={KEY_FILE_ENV: str(tmp_path / "env.key")}).key == policy.key


def test_with_key_false_creates_no_key_file(tmp_path):
    data = keyed()
    data["pseudonym_key_file"] = str(tmp_path / "pii.key")
    policy = parse(data, with_key=False)
    assert policy.key is None and not (tmp_path / "pii.key").exists()
    policy = load_policy(None, policy_entities(True), environ={KEY_FILE_ENV: str(tmp_path / "x.key")}, with_key=False)
    assert policy.key is None and not (tmp_path / "x.key").exists()


def test_bad_key_files(tmp_path):
    (tmp_path / "short.key").write_bytes(b"abc")
    data = keyed()
    data["pseudonym_key_file"] = str(tmp_path / "short.key")
    with pytest.raises(ConfigError) as exc:
        parse(data)
    assert str(exc.value) == f"p.yaml: pseudonym key file {tmp_path / 'short.key'} holds fewer than 16 bytes"
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    data["pseudonym_key_file"] = str(tmp_path / "afile" / "pii.key")
    with pytest.raises(ConfigError) as exc:
        parse(data)
    assert str(exc.value) == (
        f"p.yaml: pseudonym key file {tmp_path / 'afile' / 'pii.key'} cannot be read or created (File exists)"
    )


# --------------------------------------------------------------------------- summary and the bundled file


def test_summary_holds_sizes_and_actions_never_list_values():
    data = base()
    data["allow_list"] = [SECRET]
    data["deny_list"] = {"PERSON": ["Bob Hidden", "Carol Hidden"]}
    summary = parse(data).summary()
    assert summary == {
        "source": "p.yaml",
        "profile": None,
        "entities": {
            "PERSON": {"action": "placeholder", "threshold": 0.6},
            "PHONE_NUMBER": {"action": "mask", "threshold": 0.5},
        },
        "max_entities_per_record": 5,
        "allow_list_size": 1,
        "deny_list_size": 2,
        "pseudonym_key_env": "TEST_PII_KEY",
        "annotator_ids": "keep",
        "predefined_recognizers": [],
        "recognizer_registry": None,
    }


def test_uses_surrogates():
    data = base()
    assert parse(data).uses_surrogates is False
    data["entities"]["PERSON"]["action"] = "surrogate"
    assert parse(data, env={"TEST_PII_KEY": TEST_KEY}).uses_surrogates is True


def test_bundled_file_is_plain_yaml_with_every_action_documented():
    text = DEFAULT_POLICY_PATH.read_text(encoding="utf-8")
    assert yaml.safe_load(text)["version"] == 1
    assert "mask | placeholder | pseudonym | surrogate | drop_record | keep" in text
