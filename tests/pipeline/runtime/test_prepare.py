"""prepare: corpus roots for form paths; inputs and the output directory never overlap; the policy is checked before any stage."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from pipeline.config import parse_config
from pipeline.errors import ConfigError, UsageError
from pipeline.runtime.prepare import check_deidentify_policy, check_inputs_outside, config_state, prepare_from_params
from pipeline.runtime.rundir import RunDir


@pytest.fixture
def project(tmp_path):
    root = tmp_path / "project"
    (root / "examples" / "c").mkdir(parents=True)
    (root / "examples" / "c" / "a.jsonl").write_text(json.dumps({"instruction": "q", "output": "a"}) + "\n")
    (root / "secrets").mkdir()
    (root / "secrets" / "s.jsonl").write_text("{}\n")
    return root


@pytest.mark.parametrize(
    "path",
    ["secrets", "examples/../secrets", "examples/c/../../secrets/s.jsonl", "/etc", "~"],
)
def test_form_paths_outside_the_roots_are_refused_naming_the_path(tmp_path, project, path):
    with pytest.raises(UsageError) as info:
        prepare_from_params(tmp_path / "data", project, "r1", {"corpus_paths": [path]})
    assert "is outside the corpus roots (" in str(info.value)
    assert str(info.value).endswith("; ask an operator to add a root")
    assert not (tmp_path / "data" / "runs").exists()


def test_a_form_path_inside_the_roots_records_the_roots_for_ingest(tmp_path, project):
    out = prepare_from_params(tmp_path / "data", project, "r1", {"corpus_paths": ["examples/c"]})
    spec = RunDir(out["run_dir"]).read_spec()
    assert spec["corpus_roots"] == [str(tmp_path / "data"), str(project / "examples")]


def test_the_operator_setting_replaces_the_default_roots(tmp_path, project):
    roots = json.dumps([str(project / "secrets")])
    out = prepare_from_params(tmp_path / "data", project, "r1", {"corpus_paths": ["secrets"]}, roots)
    assert RunDir(out["run_dir"]).read_spec()["corpus_roots"] == [str(project / "secrets")]
    with pytest.raises(UsageError, match="outside the corpus roots"):
        prepare_from_params(tmp_path / "data", project, "r2", {"corpus_paths": ["examples/c"]}, roots)


@pytest.mark.parametrize("config", ["{home}/c.yaml", "examples/../../home/c.yaml", "examples/link.yaml", "/etc/passwd"])
def test_a_form_config_outside_the_roots_is_refused_before_it_is_read(tmp_path, project, config):
    home = tmp_path / "home"  # outside the roots and the project folder
    home.mkdir()
    (home / "c.yaml").write_text("shards: {records_per_shard: 5}\n")
    (project / "examples" / "link.yaml").symlink_to(home / "c.yaml")
    config = config.format(home=home)
    roots = json.dumps([str(project / "examples")])
    params = {"corpus_paths": ["examples/c"], "config_path": config}
    with pytest.raises(UsageError) as info:
        prepare_from_params(tmp_path / "data", project, "r1", params, roots)
    shown = config if config.startswith("/") else str(project / config)
    assert str(info.value) == (
        f"config file {shown} is outside the corpus roots and the project folder ({project / 'examples'}, {project})"
    )
    assert not (tmp_path / "data" / "runs").exists()


@pytest.mark.parametrize(
    ("section", "key"),
    [
        ("agreement: {annotation_files: [/etc/passwd]}", "agreement.annotation_files[0]"),
        ("agreement: {adjudication_files: [../../../etc/hosts]}", "agreement.adjudication_files[0]"),
        ("clean: {wordlists: [builtin:ads_zh, /etc/passwd]}", "clean.wordlists[1]"),
        ("deidentify: {policy: /etc/passwd}", "deidentify.policy"),
    ],
)
def test_files_a_form_config_names_must_lie_inside_the_roots(tmp_path, project, section, key):
    (project / "examples" / "c.yaml").write_text(section + "\n")
    with pytest.raises(UsageError, match=rf"^{re.escape(key)} \S+ is outside the corpus roots and the project folder"):
        prepare_from_params(
            tmp_path / "data", project, "r1", {"corpus_paths": ["examples/c"], "config_path": "examples/c.yaml"}
        )
    assert not (tmp_path / "data" / "runs").exists()


def test_the_cli_keeps_reading_configs_anywhere(tmp_path):
    from pipeline.runtime.prepare import prepare_run

    corpus = tmp_path / "elsewhere" / "a.jsonl"
    corpus.parent.mkdir()
    corpus.write_text(json.dumps({"instruction": "q", "output": "a"}) + "\n")
    config = tmp_path / "elsewhere" / "c.yaml"
    config.write_text("shards: {records_per_shard: 5}\n")
    out = prepare_run(tmp_path / "out", [corpus], config)
    assert RunDir(out["run_dir"]).read_spec()["config"]["shards"]["records_per_shard"] == 5


def _config(tmp_path: Path, data: dict | None = None):
    return parse_config(data or {}, source="c.yaml", base_dir=tmp_path)


def test_inputs_outside_the_output_directory_pass(tmp_path):
    corpus = tmp_path / "in" / "c.jsonl"
    corpus.parent.mkdir()
    corpus.write_text("{}\n")
    check_inputs_outside(tmp_path / "out", [corpus], None, _config(tmp_path))
    check_inputs_outside(tmp_path / "out", [tmp_path / "in"], None, _config(tmp_path))
    check_inputs_outside(tmp_path / "in-out", [tmp_path / "in"], None, _config(tmp_path))  # a shared prefix only


def test_a_symlinked_corpus_inside_the_output_directory_is_found(tmp_path):
    out = tmp_path / "out"
    (out / "export").mkdir(parents=True)
    (tmp_path / "link").symlink_to(out / "export")
    with pytest.raises(UsageError, match=r"^corpus .*link is inside the output directory"):
        check_inputs_outside(out, [tmp_path / "link"], None, _config(tmp_path))
    with pytest.raises(UsageError, match=r"^corpus .* is inside the output directory"):
        check_inputs_outside(out, [out], None, _config(tmp_path))


@pytest.mark.parametrize(
    ("data", "what"),
    [
        ({"deidentify": {"policy": "out/policy.yaml"}}, "deidentify.policy"),
        ({"agreement": {"annotation_files": ["a.csv", "out/b.csv"]}}, r"agreement.annotation_files\[1\]"),
        ({"agreement": {"adjudication_files": ["out/x.csv"]}}, r"agreement.adjudication_files\[0\]"),
        ({"clean": {"wordlists": ["builtin:ads_zh", "out/words.txt"]}}, r"clean.wordlists\[1\]"),
    ],
)
def test_files_the_config_names_must_not_be_inside_the_output_directory(tmp_path, data, what):
    with pytest.raises(UsageError, match=rf"^{what} {tmp_path}/out/\S+ is inside the output directory"):
        check_inputs_outside(tmp_path / "out", [], None, _config(tmp_path, data))


def test_a_disabled_deidentify_stage_needs_no_policy(tmp_path):
    check_deidentify_policy(tmp_path, _config(tmp_path, {"deidentify": {"enabled": False, "policy": "missing.yaml"}}))
    with pytest.raises(ConfigError, match=r"missing\.yaml: de-identification policy not found$"):
        check_deidentify_policy(tmp_path, _config(tmp_path, {"deidentify": {"policy": "missing.yaml"}}))


def test_a_policy_with_nan_is_refused_by_key(tmp_path):
    from pipeline.stages.deidentify.policy import DEFAULT_POLICY_PATH

    text = DEFAULT_POLICY_PATH.read_text(encoding="utf-8").replace(
        "PERSON:         {action: placeholder, threshold: 0.6}",
        "PERSON:         {action: placeholder, threshold: .nan}",
    )
    assert ".nan" in text
    (tmp_path / "p.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        check_deidentify_policy(tmp_path, _config(tmp_path, {"deidentify": {"policy": "p.yaml"}}))
    assert str(info.value) == (
        f"{tmp_path / 'p.yaml'}: key 'entities.PERSON.threshold' must be a finite number (NaN and infinity are refused)"
    )


# --- the guideline ---


def _guideline(tmp_path: Path, term: str) -> Path:
    (tmp_path / "kb.txt").write_text(term + "\n", encoding="utf-8")
    path = tmp_path / "g.yaml"
    path.write_text('version: "1"\nlabels:\n  a: {definition: x, knowledge_base: kb.txt}\n', encoding="utf-8")
    return path


def test_config_state_hashes_the_guideline_and_its_knowledge_bases(tmp_path: Path) -> None:
    g = _guideline(tmp_path, "头痛")
    cfg = parse_config({"guideline": "g.yaml"}, source="t", base_dir=tmp_path)
    files = config_state(cfg)["files"]
    assert sorted(k for k in files if k.startswith("guideline:")) == [f"guideline:{g}", f"guideline:{g}:kb:a"]
    before = dict(files)
    _guideline(tmp_path, "咳嗽")  # only the knowledge base changes
    after = config_state(cfg)["files"]
    assert after[f"guideline:{g}"] == before[f"guideline:{g}"]
    assert after[f"guideline:{g}:kb:a"] != before[f"guideline:{g}:kb:a"]


def test_no_guideline_no_entry(tmp_path: Path) -> None:
    cfg = parse_config({}, source="t", base_dir=tmp_path)
    assert not any(k.startswith("guideline:") for k in config_state(cfg)["files"])
