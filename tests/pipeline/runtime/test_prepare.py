"""prepare: inputs and the output directory never overlap; the policy is checked before any stage."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.config import parse_config
from pipeline.errors import ConfigError, UsageError
from pipeline.runtime.prepare import check_deidentify_policy, check_inputs_outside


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
