"""One end-to-end run of the DAG with ``dag.test()`` on the bundled sample corpus."""

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

ROOT = Path(__file__).resolve().parents[2]

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


def _state(obj):
    return str(getattr(obj, "value", obj))


def test_dag_run_on_the_sample_corpus(migrated_db, monkeypatch, tmp_path):
    from pipeline.runtime.registry import names
    from pipeline.runtime.steps import safe_run_name

    dag = _dag(monkeypatch, tmp_path)
    config = tmp_path / "three-shards.yaml"
    config.write_text("shards:\n  records_per_shard: 80\n", encoding="utf-8")
    conf = {"corpus_paths": ["examples/sample"], "dataset_name": "sample-test", "config_path": str(config)}
    run = dag.test(run_conf=conf)
    tis = run.get_task_instances()
    states = {(ti.task_id, ti.map_index): _state(ti.state) for ti in tis}
    assert _state(run.state) == "success", states
    assert set(states.values()) == {"success"}
    assert {t for t, _ in states} == {
        "prepare",
        "dedup_features",
        "validate_rows",
        "agreement_features",
        *names(),
    }
    # the per-record stages ran as one mapped task per shard (161..240 records: 3 shards of 80)
    mapped = ("clean", "dedup_features", "deidentify", "validate_rows", "agreement_features")
    for sharded in mapped:
        assert sorted(i for t, i in states if t == sharded) == [0, 1, 2], sharded
    assert {i for t, i in states if t not in mapped} == {-1}
    run_dir = tmp_path / "runs" / safe_run_name(run.run_id)
    manifest = json.loads((run_dir / "manifest.json").read_text())
    c = manifest["counts"]
    assert c["input"] == c["exported"] + c["rejected"] + c["duplicates"] + c["review"]
    assert c["input"] == 231
    assert manifest["dataset_name"] == "sample-test"
    assert manifest["run_id"] == run.run_id
    train = pq.read_table(run_dir / "export" / "train.parquet")
    val = pq.read_table(run_dir / "export" / "validation.parquet")
    assert train.num_rows + val.num_rows == c["exported"] > 150
    assert {"zh", "en"} <= set(train.column("lang").to_pylist())
    assert (run_dir / "export" / "README.md").is_file()
    assert (run_dir / "reports" / "index.html").is_file()
    # the raw text of the stages before deidentify does not stay in the run directory
    assert not (run_dir / "work" / "ingest").exists() and not (run_dir / "work" / "clean").exists()
    assert (run_dir / "work" / "ingest.json").is_file()
    assert (tmp_path / "dedup-history" / "index.parquet").is_file()
    # the planted fake personal data of the sample never reaches the export
    exported_text = json.dumps(train.to_pylist() + val.to_pylist(), ensure_ascii=False)
    assert "请拨打客服电话" in exported_text
    for planted in ("13812345678", "service@example.cn", "alice.johnson@example.com", "415-555-0132"):
        assert planted not in exported_text
    from airflow.models.asset import AssetEvent, AssetModel
    from airflow.utils.session import create_session

    with create_session() as session:
        events = (
            session.query(AssetEvent)
            .join(AssetModel, AssetEvent.asset_id == AssetModel.id)
            .filter(AssetModel.name == "instruction_dataset", AssetEvent.source_run_id == run.run_id)
            .all()
        )
        assert [e.extra["run_dir"] for e in events] == [str(run_dir)]
        assert events[0].extra["counts"] == c
        assert events[0].extra["version"]["version"] == "v0001"
    # the run published the first version of the dataset
    latest = tmp_path / "datasets" / "sample-test" / "latest"
    assert latest.resolve().name == "v0001"
    assert pq.read_table(latest / "train").num_rows == train.num_rows

    # the next night, nothing is new: every task after prepare is skipped and the run succeeds
    again = dag.test(run_conf={k: v for k, v in conf.items()})
    again_states = {ti.task_id: _state(ti.state) for ti in again.get_task_instances()}
    assert _state(again.state) == "success", again_states
    assert again_states.pop("prepare") == "skipped"
    assert set(again_states.values()) <= {"skipped"}
    assert sorted(p.name for p in latest.parent.iterdir() if not p.name.startswith(".")) == ["latest", "v0001"]
    reasons = manifest["rejected_by_reason"]
    for code in (
        "ingest/malformed_json",
        "ingest/wrong_type",
        "ingest/unknown_file_type",
        "ingest/duplicate_source_id",
    ):
        assert reasons.get(code, 0) >= 1, code


def test_a_missing_corpus_fails_the_run_at_prepare(migrated_db, monkeypatch, tmp_path):
    dag = _dag(monkeypatch, tmp_path)
    run = dag.test(run_conf={"corpus_paths": [str(tmp_path / "missing")]})
    states = {ti.task_id: _state(ti.state) for ti in run.get_task_instances()}
    assert _state(run.state) == "failed"
    assert states["prepare"] == "failed"
    assert states["export"] in ("upstream_failed", "None", "skipped")


def test_a_blocking_validation_fails_the_run_before_export(migrated_db, monkeypatch, tmp_path):
    from pipeline.runtime.steps import safe_run_name

    corpus = tmp_path / "pii.jsonl"
    corpus.write_text(
        json.dumps({"instruction": "Contact?", "output": "Write to jane.doe@mailbox.cn today."}) + "\n",
        encoding="utf-8",
    )
    cfg = tmp_path / "no-deid.yaml"
    cfg.write_text("deidentify:\n  enabled: false\n", encoding="utf-8")
    dag = _dag(monkeypatch, tmp_path / "data")
    run = dag.test(run_conf={"corpus_paths": [str(corpus)], "config_path": str(cfg)})
    states = {ti.task_id: _state(ti.state) for ti in run.get_task_instances()}
    assert _state(run.state) == "failed"
    assert states["validate"] == "failed"
    assert states["export"] == "upstream_failed"
    # a blocking validation fails at once: retrying cannot change the data
    validate_ti = next(ti for ti in run.get_task_instances() if ti.task_id == "validate")
    assert validate_ti.try_number == 1
    run_dir = tmp_path / "data" / "runs" / safe_run_name(run.run_id)
    assert not (run_dir / "manifest.json").exists()
    assert (run_dir / "reports" / "index.html").is_file()


def _ti(run, task_id, map_index=-1):
    return next(ti for ti in run.get_task_instances() if ti.task_id == task_id and ti.map_index == map_index)


def test_a_full_disk_fails_the_task_at_once_with_its_reason(migrated_db, monkeypatch, tmp_path):
    """ENOSPC cannot be fixed by retrying: the task fails on its first try, its reason in XCom ``failure``."""
    import errno

    from pipeline.runtime import steps
    from scripts.run_dag import failure_reasons

    def full_disk(run_dir, progress=None):
        raise OSError(
            errno.ENOSPC, "Error writing bytes to file", str(Path(run_dir) / "work/ingest/part-00000.parquet")
        )

    monkeypatch.setattr(steps, "run_ingest", full_disk)
    dag = _dag(monkeypatch, tmp_path)
    run = dag.test(run_conf={"corpus_paths": ["examples/sample"], "dataset_name": "disk-full"})
    assert _state(run.state) == "failed"
    ingest = _ti(run, "ingest")
    assert (_state(ingest.state), ingest.try_number) == ("failed", 1)  # the DAG's default is 2 retries
    run_dir = tmp_path / "runs" / steps.safe_run_name(run.run_id)
    assert failure_reasons(dag.dag_id, run.run_id) == {
        ("ingest", -1): {
            "step": "stage 'ingest'",
            "message": f"stage 'ingest': no space left on device (ENOSPC): {run_dir / 'work/ingest/part-00000.parquet'}"
            "; free disk space and run again",
            "exit_code": 1,
            "retryable": False,
        }
    }


def test_an_internal_error_in_a_shard_fails_that_shard_at_once(migrated_db, monkeypatch, tmp_path):
    from pipeline.runtime import steps
    from scripts.run_dag import failure_reasons

    def broken(name, run_dir, shard, progress=None):
        raise KeyError("13812345678")

    monkeypatch.setattr(steps, "run_shard", broken)
    dag = _dag(monkeypatch, tmp_path)
    run = dag.test(run_conf={"corpus_paths": ["examples/sample"], "dataset_name": "bug"})
    clean = _ti(run, "clean", 0)
    assert (_state(clean.state), clean.try_number) == ("failed", 1)
    reason = failure_reasons(dag.dag_id, run.run_id)[("clean", 0)]
    assert reason["message"].startswith(
        "stage 'clean' (shard 0): internal error KeyError at pipeline/runtime/steps.py:"
    )
    assert "13812345678" not in reason["message"]
    assert (reason["exit_code"], reason["retryable"]) == (1, False)


def _dag_module():
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "instruction_dataset_build_module", ROOT / "dags/instruction_dataset_build.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_only_transient_errors_are_left_to_airflow_retries():
    import errno

    from airflow.sdk.exceptions import AirflowFailException

    from pipeline.errors import ConfigError, StepFailed, ValidationFailed

    fail = _dag_module()._fail
    for exc in (
        ConfigError("c.yaml: key 'x' must be a number, got a string"),
        ValidationFailed("blocking checks failed"),
        OSError(errno.ENOSPC, "No space left on device", "/d/x"),
        OSError(errno.EACCES, "Permission denied", "/d/x"),
        KeyError("bug"),
    ):
        assert isinstance(fail(exc, "stage 'x'"), AirflowFailException), exc
    for exc in (OSError(errno.ESTALE, "Stale file handle", "/nfs/x"), OSError(errno.EIO, "I/O error"), MemoryError()):
        raised = fail(exc, "stage 'x'")
        assert isinstance(raised, StepFailed) and raised.retryable, exc
    assert str(fail(OSError(errno.ESTALE, "x", "/nfs/x"), "stage 'x'")) == (
        "stage 'x': stale file handle (ESTALE): /nfs/x"
    )
