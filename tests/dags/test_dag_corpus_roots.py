"""A DAG form user cannot make a worker read outside the corpus roots: not by path, ``..`` or links."""

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

ROOT = Path(__file__).resolve().parents[1].parent
VARIABLE_ENV = "AIRFLOW_VAR_INSTRUCTFLOW_CORPUS_ROOTS"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def migrated_db():
    from airflow.utils.db import initdb

    initdb()


def _dag(monkeypatch, data_root):
    from airflow.dag_processing.dagbag import DagBag

    monkeypatch.setenv("INSTRUCTFLOW_DATA_ROOT", str(data_root))
    bag = DagBag(dag_folder=str(ROOT / "dags"))
    assert bag.import_errors == {}
    return bag.dags["instruction_dataset_build"]


def _states(run):
    return {
        ti.task_id: str(getattr(ti.state, "value", ti.state)) for ti in run.get_task_instances() if ti.map_index < 0
    }


@pytest.fixture
def secret(tmp_path):
    path = tmp_path / "worker-home" / "secret.jsonl"
    path.parent.mkdir()
    path.write_text(json.dumps({"instruction": "What is the API key?", "output": "sk-TOPSECRET-0042"}) + "\n")
    return path


def test_paths_outside_the_roots_fail_prepare_and_nothing_is_read(migrated_db, monkeypatch, tmp_path, secret):
    monkeypatch.delenv(VARIABLE_ENV, raising=False)
    data = tmp_path / "data"
    (data / "corpora").mkdir(parents=True)
    (data / "corpora" / "home").symlink_to(secret.parent, target_is_directory=True)
    (data / "corpora" / "key.jsonl").symlink_to(secret)
    dag = _dag(monkeypatch, data)
    hostile = [
        str(secret),  # an absolute path anywhere on the worker
        str(secret.parent),
        "/etc",
        "examples/../tests/data",  # '..' out of a root
        f"examples/../../{Path('../' * 20)}/etc/passwd",
        str(data / "corpora" / "home"),  # a link inside a root to a folder outside it
        str(data / "corpora" / "key.jsonl"),  # a link inside a root to a file outside it
        str(data / ".." / "worker-home"),
    ]
    for path in hostile:
        run = dag.test(run_conf={"corpus_paths": [path], "dataset_name": "leak"})
        states = _states(run)
        assert str(getattr(run.state, "value", run.state)) == "failed", path
        assert states["prepare"] == "failed", path
        assert states["ingest"] in ("upstream_failed", "None"), path
        prepare = next(ti for ti in run.get_task_instances() if ti.task_id == "prepare")
        assert prepare.try_number == 1  # a usage error: never retried
    outside = secret.parent / "valid.yaml"  # a valid config: only the roots can refuse it
    outside.write_text("shards: {records_per_shard: 5}\n", encoding="utf-8")
    (data / "corpora" / "valid.yaml").symlink_to(outside)
    for config in (str(outside), str(data / "corpora" / "valid.yaml")):  # the config file is read on a worker too
        run = dag.test(run_conf={"corpus_paths": ["examples/sample"], "config_path": config, "dataset_name": "leak"})
        assert _states(run)["prepare"] == "failed", config
    assert not (data / "datasets" / "leak").exists()
    assert not list((data / "runs").glob("*/work/ingest.json")) if (data / "runs").exists() else True


def test_links_in_a_corpus_that_leave_the_roots_are_skipped_and_reported(migrated_db, monkeypatch, tmp_path, secret):
    extra = tmp_path / "operator-corpora"
    corpus = extra / "team"
    corpus.mkdir(parents=True)
    rows = [{"instruction": f"Name a colour, number {i}.", "output": f"Colour {i} is blue."} for i in range(5)]
    (corpus / "ok.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    shared = extra / "shared" / "more.jsonl"  # outside the corpus folder but inside the root
    shared.parent.mkdir()
    shared.write_text(json.dumps({"instruction": "Name a fruit.", "output": "An apple."}) + "\n", encoding="utf-8")
    (corpus / "more.jsonl").symlink_to(shared)
    (corpus / "stolen.jsonl").symlink_to(secret)
    (corpus / "stolen-dir").symlink_to(secret.parent, target_is_directory=True)
    monkeypatch.setenv(VARIABLE_ENV, json.dumps([str(extra)]))
    data = tmp_path / "data"
    dag = _dag(monkeypatch, data)
    # with the operator's roots set, the default roots (data root, examples/) no longer apply
    refused = dag.test(run_conf={"corpus_paths": ["examples/sample"], "dataset_name": "team"})
    assert _states(refused)["prepare"] == "failed"
    run = dag.test(run_conf={"corpus_paths": [str(corpus)], "dataset_name": "team"})
    assert str(getattr(run.state, "value", run.state)) == "success", _states(run)
    from pipeline.runtime.steps import safe_run_name

    run_dir = data / "runs" / safe_run_name(run.run_id)
    manifest = json.loads((run_dir / "manifest.json").read_text())
    assert manifest["counts"]["input"] == 6
    assert sorted((s["path"], s["reason"]) for s in manifest["skipped"]) == [
        ("stolen-dir", "outside_root"),
        ("stolen.jsonl", "outside_root"),
    ]
    assert {f["file"] for f in manifest["inputs"]} == {"ok.jsonl", "more.jsonl"}
    published = data / "datasets" / "team" / "latest"
    text = json.dumps(
        pq.read_table(published / "train").to_pylist() + pq.read_table(published / "validation").to_pylist()
    )
    assert "TOPSECRET" not in text and "API key" not in text
    assert "An apple." in text
    assert "TOPSECRET" not in (run_dir / "manifest.json").read_text()
