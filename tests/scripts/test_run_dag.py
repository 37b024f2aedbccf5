"""scripts/run_dag.py (``make run``): the exit status follows the DAG run, failed tasks are named with their reason."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest

from scripts import run_dag

pytestmark = pytest.mark.slow


def _ti(task_id, state, map_index=-1, start=None):
    return SimpleNamespace(task_id=task_id, state=state, map_index=map_index, start_date=start)


def test_task_states_fold_mapped_shards():
    tis = [_ti("prepare", "success"), _ti("clean", "success", 0), _ti("clean", "failed", 1), _ti("export", None)]
    assert run_dag.task_states(tis) == {
        "prepare": "success",
        "clean": "failed,success (2 shards)",
        "export": "None",
    }


def test_failed_tasks_give_the_first_failure_s_exit_code():
    tis = [_ti("validate", "failed", start=2), _ti("clean", "failed", 3, start=1), _ti("export", "upstream_failed")]
    reasons = {("validate", -1): {"message": "blocking checks failed", "exit_code": 3}}
    lines, code = run_dag.failed_tasks(tis, reasons)
    assert lines == [
        "failed: clean[shard 3]: no reason recorded (see the log)",
        "failed: validate: blocking checks failed",
    ]
    assert code == 1
    assert run_dag.failed_tasks(tis[:1], reasons) == (["failed: validate: blocking checks failed"], 3)


def test_a_failed_dag_run_exits_non_zero_naming_the_task_and_reason(tmp_path, monkeypatch, capfd):
    """Validation blocks (de-identification off, a planted e-mail): validate fails, export never runs."""
    corpus = tmp_path / "pii.jsonl"
    corpus.write_text(
        json.dumps({"instruction": "Contact?", "output": "Write to jane.doe@mailbox.cn today."}) + "\n",
        encoding="utf-8",
    )
    cfg = tmp_path / "no-deid.yaml"
    cfg.write_text("deidentify:\n  enabled: false\n", encoding="utf-8")
    monkeypatch.setenv("INSTRUCTFLOW_DATA_ROOT", str(tmp_path / "data"))
    conf = {"corpus_paths": [str(corpus)], "config_path": str(cfg), "dataset_name": "blocked"}
    code = run_dag.main(["--conf", json.dumps(conf)])
    out = capfd.readouterr().out.splitlines()
    # under pytest, Airflow's log lines reach the captured stdout too (make run sends them to the log file)
    out = out[next(i for i, line in enumerate(out) if line.startswith("DAG run ")) :]
    assert code == 3
    assert out[0].endswith(": failed")
    assert "  export              upstream_failed" in out
    failed = [line for line in out if line.startswith("failed: ")]
    assert len(failed) == 1 and failed[0].startswith("failed: validate: "), out
    assert "jane.doe" not in "\n".join(out)
    assert not any(line.startswith("dataset:") for line in out)


def test_a_bad_conf_exits_2(capfd):
    assert run_dag.main(["--conf", "[1"]) == 2
    assert capfd.readouterr().err.startswith("error: --conf is not JSON")
