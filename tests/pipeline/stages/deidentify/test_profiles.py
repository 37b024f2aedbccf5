"""Privacy profiles: defaults filled in, weaker rules refused with exact messages, the profile recorded."""

from __future__ import annotations

import pytest

from pipeline.errors import ConfigError
from pipeline.stages.deidentify.policy import parse_policy
from pipeline.stages.deidentify.profiles import PROFILES

TYPES = ("PERSON", "LOCATION", "CN_RESIDENT_ID", "DATE_OF_BIRTH", "STREET_ADDRESS", "PHONE_NUMBER")


def parse(profile, entities):
    data = {"version": 1, "max_entities_per_record": 40, "profile": profile, "entities": entities}
    return parse_policy(data, source="p.yaml", entity_types=TYPES, environ={})


@pytest.mark.parametrize("profile", ["gdpr", "pipl"])
def test_a_profile_fills_in_its_defaults(profile):
    p = parse(profile, {"LOCATION": {"action": "keep", "threshold": 0.85}})
    assert p.profile == profile
    assert {k: (r.action, r.threshold, r.to) for k, r in p.entities.items()} == {
        "CN_RESIDENT_ID": ("placeholder", 0.5, None),
        "DATE_OF_BIRTH": ("generalize", 0.5, "year"),
        "LOCATION": ("keep", 0.85, None),
        "PERSON": ("placeholder", 0.6, None),
        "PHONE_NUMBER": ("placeholder", 0.5, None),
        "STREET_ADDRESS": ("generalize", 0.5, "city"),
    }
    assert p.summary()["profile"] == profile
    assert p.key is None  # no keyed action: no key needed


def test_types_a_profile_does_not_cover_still_need_a_rule():
    with pytest.raises(ConfigError) as exc:
        parse("pipl", {})
    assert str(exc.value).startswith("p.yaml: missing rule 'entities.LOCATION' ")


def test_a_stronger_or_equal_user_rule_is_kept():
    p = parse(
        "gdpr",
        {
            "LOCATION": {"action": "keep", "threshold": 0.85},
            "DATE_OF_BIRTH": {"action": "generalize", "threshold": 0.4, "to": "month"},
            "PERSON": {"action": "drop_record", "threshold": 0.6},
        },
    )
    assert p.rule("DATE_OF_BIRTH").to == "month" and p.rule("DATE_OF_BIRTH").threshold == 0.4
    assert p.rule("PERSON").action == "drop_record"


@pytest.mark.parametrize(
    ("profile", "entity", "rule", "message"),
    [
        (
            "pipl",
            "CN_RESIDENT_ID",
            {"action": "keep", "threshold": 0.5},
            "p.yaml: entity 'CN_RESIDENT_ID' has action 'keep', weaker than profile 'pipl' allows "
            "(required: one of 'placeholder', 'drop_record')",
        ),
        (
            "gdpr",
            "PERSON",
            {"action": "pseudonym", "threshold": 0.6},
            "p.yaml: entity 'PERSON' has action 'pseudonym', weaker than profile 'gdpr' allows "
            "(required: one of 'placeholder', 'drop_record')",
        ),
        (
            "pipl",
            "PHONE_NUMBER",
            {"action": "mask", "threshold": 0.5, "keep_last": 4},
            "p.yaml: entity 'PHONE_NUMBER' has action 'mask', weaker than profile 'pipl' allows "
            "(required: one of 'placeholder', 'drop_record')",
        ),
        (
            "gdpr",
            "STREET_ADDRESS",
            {"action": "surrogate", "threshold": 0.5},
            "p.yaml: entity 'STREET_ADDRESS' has action 'surrogate', weaker than profile 'gdpr' allows "
            "(required: one of 'placeholder', 'generalize', 'drop_record')",
        ),
        (
            "pipl",
            "CN_RESIDENT_ID",
            {"action": "placeholder", "threshold": 0.9},
            "p.yaml: entity 'CN_RESIDENT_ID' has a threshold above 0.5, the highest profile 'pipl' allows "
            "(a higher threshold detects less)",
        ),
    ],
)
def test_a_weaker_user_rule_is_refused(profile, entity, rule, message):
    entities = {"LOCATION": {"action": "keep", "threshold": 0.85}, entity: rule}
    env = {"K": "x" * 32}
    data = {"version": 1, "max_entities_per_record": 40, "profile": profile, "entities": entities}
    data["pseudonym_key_env"] = "K"
    with pytest.raises(ConfigError) as exc:
        parse_policy(data, source="p.yaml", entity_types=TYPES, environ=env)
    assert str(exc.value) == message


def test_an_unknown_profile_is_refused_without_echoing_it():
    with pytest.raises(ConfigError) as exc:
        parse("Alice Secret", {"LOCATION": {"action": "keep", "threshold": 0.85}})
    assert str(exc.value) == "p.yaml: key 'profile' must be one of 'gdpr', 'pipl', got a string of 12 characters"


def test_profiles_cover_every_structured_type_and_names():
    from pipeline.stages.deidentify.entities import STRUCTURED_TYPES

    for reqs in PROFILES.values():
        assert STRUCTURED_TYPES | {"PERSON"} <= set(reqs)
        assert "LOCATION" not in reqs
        for req in reqs.values():
            assert not {"keep", "pseudonym", "surrogate", "mask"} & set(req.actions)
            assert req.default_action in req.actions


@pytest.mark.parametrize("name", ["gdpr", "pipl"])
def test_bundled_profile_policies_load(name):
    from pipeline.stages.deidentify.policy import BUNDLED_POLICIES, load_policy
    from pipeline.stages.deidentify.stage import policy_entities

    p = load_policy(BUNDLED_POLICIES[name], policy_entities(True), environ={"INSTRUCTFLOW_PII_KEY": "x" * 32})
    assert p.profile == name
    assert sorted(p.entities) == policy_entities(True)
