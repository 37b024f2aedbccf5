"""Pure helpers of the worker-kill scenario of ``make integration`` (scripts/integration/worker_kill.py)."""

from __future__ import annotations

import copy
import json
from pathlib import Path

from pipeline.config import load_config
from scripts.integration import run_integration as ri
from scripts.integration import worker_kill as wk

ROOT = Path(__file__).resolve().parents[2]


def _ti(task_id, map_index=-1, state="running", host="worker-1", pid=100, start="2026-01-01T00:00:00", tries=1):
    return {
        "task_id": task_id,
        "map_index": map_index,
        "state": state,
        "hostname": host,
        "pid": pid,
        "start_date": start,
        "try_number": tries,
    }


def test_ti_label():
    assert wk.ti_label(_ti("deidentify", 3)) == "deidentify[3]"
    assert wk.ti_label(_ti("export")) == "export"


def test_pick_victim_takes_the_earliest_running_instance_with_a_pid_on_a_known_worker():
    tis = [
        _ti("deidentify", 0, start="2026-01-01T00:00:05"),
        _ti("deidentify", 1, start="2026-01-01T00:00:03", host="worker-2"),
        _ti("deidentify", 2, start="2026-01-01T00:00:01", pid=None),  # not started by a supervisor yet
        _ti("deidentify", 3, start="2026-01-01T00:00:00", host="elsewhere"),
        _ti("clean", 0, start="2026-01-01T00:00:00"),
        _ti("deidentify", 4, state="success", start="2026-01-01T00:00:00"),
    ]
    assert wk.ti_label(wk.pick_victim(tis, "deidentify", ri.WORKERS)) == "deidentify[1]"
    assert wk.pick_victim(tis[2:], "deidentify", ri.WORKERS) is None


def _line(event):
    return json.dumps({"timestamp": "2026-01-01T00:00:00Z", "level": "info", "event": event, "logger": "task.stdout"})


def test_shard_phase_reads_the_progress_lines_of_airflow_task_logs():
    pre = _line("::group::Pre Execute")
    started = _line("[deidentify · shard 00001] started (49 records)")
    progress = _line("[deidentify · shard 00001] 20/49 records | 4s in stage")
    done = _line("[deidentify · shard 00001] done: 49/49 records in 9s (5.4 records/s)")
    assert wk.shard_phase("", "deidentify") == "waiting"
    assert wk.shard_phase(pre, "deidentify") == "waiting"
    assert wk.shard_phase("\n".join([pre, started, progress]), "deidentify") == "started"
    assert wk.shard_phase("\n".join([pre, started, progress, done]), "deidentify") == "done"
    # Another stage's lines, a truncated last line (the writer was killed) and plain text lines.
    other = _line("[clean · shard 00001] done: 60/60 records in 1s")
    assert wk.shard_phase("\n".join([started, other, '{"event": "[deidentify · sh']), "deidentify") == "started"
    assert wk.shard_phase("[deidentify · shard 00000] started (3 records)\n", "deidentify") == "started"


def _finished(label_tries, host="worker-2"):
    tis = []
    for label, tries in label_tries.items():
        task_id, _, index = label.partition("[")
        tis.append(_ti(task_id, int(index.rstrip("]") or -1), state="success", host=host, tries=tries))
    return tis


def _tries(first_host="worker-1", first_state="up_for_retry"):
    return [
        {"try_number": 1, "state": first_state, "hostname": first_host},
        {"try_number": 2, "state": "success", "hostname": "worker-2"},
    ]


def test_retry_problems_accepts_a_clean_recovery():
    tis = _finished({"prepare": 1, "deidentify[0]": 2, "deidentify[1]": 2, "export": 1})
    tries = {"deidentify[0]": _tries(), "deidentify[1]": _tries(first_state="failed")}
    killed = {"deidentify[0]", "deidentify[1]"}
    assert wk.retry_problems(tis, tries, victim="deidentify[0]", killed_worker="worker-1", killed=killed) == []


def test_retry_problems_names_what_went_wrong():
    tis = _finished({"deidentify[0]": 1, "deidentify[1]": 2, "validate_rows[0]": 2})
    tis.append(_ti("export", state="failed"))
    tries = {"deidentify[1]": _tries(first_host="worker-2"), "validate_rows[0]": _tries(first_state="success")}
    problems = wk.retry_problems(
        tis, tries, victim="deidentify[0]", killed_worker="worker-1", killed={"deidentify[0]", "deidentify[1]"}
    )
    assert problems == [
        "deidentify[0] ran once (try_number 1): it was not retried after the kill",
        "deidentify[1]: first try was up_for_retry on worker-2, expected a failed try on worker-1",
        "export is failed",
        "validate_rows[0] ran 2 times but was not running on worker-1",
        "validate_rows[0]: first try was success on worker-1, expected a failed try on worker-1",
    ]
    assert wk.retry_problems(tis, {}, victim="agreement", killed_worker="worker-1", killed=()) == [
        "agreement is not in the run"
    ]
    missing = wk.retry_problems(
        _finished({"deidentify[0]": 2}), {}, victim="deidentify[0]", killed_worker="worker-1", killed={"deidentify[0]"}
    )
    assert missing == ["deidentify[0]: no record of its first try"]


MANIFEST = {
    "counts": {"input": 230, "exported": 202, "rejected": 7, "duplicates": 9, "review": 12},
    "outputs": [
        {"path": "export/train.parquet", "rows": 198, "sha256": "aa", "split": "train"},
        {"path": "export/validation.parquet", "rows": 4, "sha256": "bb", "split": "validation"},
        {"path": "export/README.md", "sha256": "cc"},
    ],
    "stages": [
        {"stage": "ingest", "records_in": 230, "kept": 223, "rejected": 7, "duplicates": 0, "review": 0, "x": 1},
        {"stage": "deidentify", "records_in": 202, "kept": 202, "rejected": 0, "duplicates": 0, "review": 0},
    ],
    "rejected_by_reason": {"ingest/malformed_json": 2, "ingest/wrong_type": 5},
}


def test_manifest_problems_accepts_the_same_counts():
    other = copy.deepcopy(MANIFEST)
    other["stages"][0]["x"] = 2  # fields other than the counts (e.g. timings) may differ
    other["outputs"][2]["sha256"] = "dd"  # the card names the run: not compared
    assert wk.manifest_problems(other, MANIFEST) == []


def test_manifest_problems_finds_a_shard_counted_twice():
    twice = copy.deepcopy(MANIFEST)
    twice["counts"]["exported"] = 251
    twice["stages"][1]["records_in"] = 251
    twice["outputs"][0]["sha256"] = "ee"
    twice["rejected_by_reason"] = {"ingest/malformed_json": 2}
    assert wk.manifest_problems(twice, MANIFEST) == [
        "counts do not reconcile: input 230 != exported 251 + rejected 7 + duplicates 9 + review 12",
        "count exported: 251 (undisturbed run: 202)",
        "export files hold 202 rows, counts say exported 251",
        "stage deidentify: records_in 251, kept 202, rejected 0, duplicates 0, review 0 "
        "(undisturbed run: records_in 202, kept 202, rejected 0, duplicates 0, review 0)",
        "rejected_by_reason: {'ingest/malformed_json': 2} (undisturbed run: "
        "{'ingest/malformed_json': 2, 'ingest/wrong_type': 5})",
        "export hashes in the manifest differ: {'export/train.parquet': 'ee', 'export/validation.parquet': 'bb'} "
        "vs {'export/train.parquet': 'aa', 'export/validation.parquet': 'bb'}",
    ]
    lost = copy.deepcopy(MANIFEST)
    del lost["stages"][1]
    assert wk.manifest_problems(lost, MANIFEST) == [
        "stage deidentify: missing (undisturbed run: records_in 202, kept 202, rejected 0, duplicates 0, review 0)"
    ]


RUN_A = "manual__2026-12-06T19:42:01.069757+00:00"
SAFE_A = "manual__2026-12-06T19_42_01.069757_00_00"
RUN_B = "manual__2026-12-06T19:50:11.000001+00:00"
SAFE_B = "manual__2026-12-06T19_50_11.000001_00_00"


def test_unexpected_files_normalises_run_ids_and_data_docs_times():
    reference = [
        "work/deidentify/00001.parquet",
        f"reports/gx/validations/annotations/{RUN_A}-part-00000/20261206T194224.000000Z/x.html",
        f"reports/{SAFE_A}.txt",
        ".instructflow.lock",
    ]
    same = [
        "work/deidentify/00001.parquet",
        f"reports/gx/validations/annotations/{RUN_B}-part-00000/20261206T195030.000000Z/x.html",
        f"reports/{SAFE_B}.txt",
    ]
    kwargs = {"run_ids": (RUN_B, SAFE_B), "reference_run_ids": (RUN_A, SAFE_A)}
    assert wk.unexpected_files(same, reference, **kwargs) == []
    left = [
        *same,
        "work/deidentify/.00001.parquet.k2j3h4.tmp",
        "work/deidentify/00002.parquet",
        "export/train.parquet.partial",
        "export/.hidden",
        ".instructflow.lock",
    ]
    assert wk.unexpected_files(left, reference, **kwargs) == [
        "export/.hidden (temp or partial file)",
        "export/train.parquet.partial (temp or partial file)",
        "work/deidentify/.00001.parquet.k2j3h4.tmp (temp or partial file)",
        "work/deidentify/00002.parquet (not in the undisturbed run)",
    ]


def test_the_fault_config_turns_the_dedup_history_off_and_keeps_the_shards():
    fault = load_config(ROOT / wk.FAULT_CONFIG)
    shards = load_config(ROOT / ri.CONFIG)
    assert fault.dedup.history.enabled == "off"
    assert fault.shards == shards.shards


def _env(tmp_path):
    return ri.airflow_env(
        {}, run_dir=tmp_path, db_url="sqlite://", broker_url="redis://h/0", api_port=1, jwt_secret="s", fernet_key="k"
    )


def test_airflow_env_shortens_heartbeat_detection_and_retry_delay(tmp_path):
    env = _env(tmp_path)
    assert env["AIRFLOW__SCHEDULER__TASK_INSTANCE_HEARTBEAT_TIMEOUT"] == "30"
    assert env["AIRFLOW__SCHEDULER__TASK_INSTANCE_HEARTBEAT_TIMEOUT_DETECTION_INTERVAL"] == "2"
    assert env["AIRFLOW__CORE__MAX_TASK_RETRY_DELAY"] == "5"


def test_airflow_reads_the_shortened_settings(monkeypatch, tmp_path):
    # The names are Airflow's own: a misspelt option would be ignored without a word.
    from airflow.configuration import conf

    keys = {
        "AIRFLOW__SCHEDULER__TASK_INSTANCE_HEARTBEAT_TIMEOUT": ("scheduler", "task_instance_heartbeat_timeout", 300),
        "AIRFLOW__SCHEDULER__TASK_INSTANCE_HEARTBEAT_TIMEOUT_DETECTION_INTERVAL": (
            "scheduler",
            "task_instance_heartbeat_timeout_detection_interval",
            10,
        ),
        "AIRFLOW__CORE__MAX_TASK_RETRY_DELAY": ("core", "max_task_retry_delay", 86400),
    }
    for key, (section, option, default) in keys.items():
        monkeypatch.delenv(key, raising=False)
        assert conf.getfloat(section, option) == default
    env = _env(tmp_path)
    for key in keys:
        monkeypatch.setenv(key, env[key])
    assert conf.getint("scheduler", "task_instance_heartbeat_timeout") == ri.HEARTBEAT_TIMEOUT
    assert conf.getfloat("scheduler", "task_instance_heartbeat_timeout_detection_interval") == 2.0
    assert conf.getint("core", "max_task_retry_delay") == ri.MAX_RETRY_DELAY
