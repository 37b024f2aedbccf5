import json

import pytest

from pipeline.errors import UsageError
from pipeline.runtime.prepare import prepare_from_params
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
