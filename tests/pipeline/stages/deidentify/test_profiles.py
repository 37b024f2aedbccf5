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


PLANTED = {
    "name": "王小明",
    "resident_id": "110108199005121235",
    "phone": "13812345678",
    "email": "wang.xiaoming@example.cn",
    "day_of_birth": "1990年5月12日",
    "street": "中关村大街27号",
    "en_name": "Alice Johnson",
    "en_phone": "415-555-0132",
    "en_email": "alice.johnson@example.com",
}


@pytest.mark.slow
def test_a_cli_run_under_the_pipl_profile_exports_no_planted_personal_data(tmp_path):
    """examples/sample plus a file of planted Chinese personal data, run with ``profile: pipl``."""
    import io
    import json
    import shutil
    from pathlib import Path

    import pyarrow.parquet as pq

    from pipeline.cli import main

    root = Path(__file__).resolve().parents[4]
    corpus = tmp_path / "corpus"
    shutil.copytree(root / "examples" / "sample", corpus)
    rows = [
        {
            "instruction": "请整理这位客户的资料。",
            "input": (
                f"客户{PLANTED['name']}，身份证号{PLANTED['resident_id']}，出生日期：{PLANTED['day_of_birth']}，"
                f"住址：北京市海淀区{PLANTED['street']}，手机{PLANTED['phone']}，邮箱{PLANTED['email']}。"
            ),
            "output": "资料已整理。",
        }
    ]
    (corpus / "planted.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )
    policy = tmp_path / "policy.yaml"
    policy.write_text(
        "version: 1\nprofile: pipl\nmax_entities_per_record: 40\nannotator_ids: keep\n"
        "entities:\n  LOCATION: {action: keep, threshold: 0.85}\n",
        encoding="utf-8",
    )
    cfg = tmp_path / "c.yaml"
    cfg.write_text(f"deidentify:\n  policy: {policy}\n", encoding="utf-8")
    out_dir = tmp_path / "r"
    out, err = io.StringIO(), io.StringIO()
    code = main(["run", "--quiet", "--corpus", str(corpus), "--out", str(out_dir), "--config", str(cfg)], out, err)
    assert code == 0, err.getvalue()
    exported = "\n".join(
        json.dumps(pq.read_table(p).to_pylist(), ensure_ascii=False, default=str)
        for p in sorted((out_dir / "export").rglob("*.parquet"))
    )
    # the planted record was exported (not rejected): placeholders, the date of birth cut to the year and
    # the address to its district (the profile's defaults); the sample's phones are placeholders, not masks
    assert (
        "客户<PERSON_1>，身份证号<CN_RESIDENT_ID_1>，出生日期：1990年，住址：北京市海淀区，手机<PHONE_NUMBER_1>，"
        in exported
    )
    assert "Call <PERSON_1> at <PHONE_NUMBER_1> or write to <EMAIL_ADDRESS_1> for help." in exported
    for what, value in PLANTED.items():
        assert value not in exported, what
    manifest = json.loads((out_dir / "manifest.json").read_text(encoding="utf-8"))
    text = json.dumps(manifest, ensure_ascii=False)
    assert '"profile": "pipl"' in text
    assert not any(value in text for value in PLANTED.values())
