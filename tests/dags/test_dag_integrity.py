import itertools
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DAG_ID = "instruction_dataset_build"


@pytest.fixture(scope="module")
def dagbag():
    from airflow.dag_processing.dagbag import DagBag

    return DagBag(dag_folder=str(ROOT / "dags"))


@pytest.fixture(scope="module")
def dag(dagbag):
    return dagbag.dags[DAG_ID]


def test_no_import_errors(dagbag):
    assert dagbag.import_errors == {}
    assert DAG_ID in dagbag.dags


def test_parsing_needs_no_database_and_no_heavy_imports(tmp_path):
    """Parse the DAG folder in a fresh process whose metadata DB cannot exist; record heavy modules."""
    code = (
        "import sys, json\n"
        "from airflow.dag_processing.dagbag import DagBag\n"
        "before = set(sys.modules)\n"
        f"bag = DagBag(dag_folder={str(ROOT / 'dags')!r})\n"
        "heavy = sorted(m for m in set(sys.modules) - before if m.split('.')[0] in "
        "{'pandas','pyarrow','great_expectations','presidio_analyzer','presidio_anonymizer','sklearn','spacy','jieba','numpy'})\n"
        "print(json.dumps({'errors': {k: str(v) for k, v in bag.import_errors.items()}, 'dags': sorted(bag.dags), 'heavy': heavy}))\n"
    )
    env = dict(os.environ)
    env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"] = f"sqlite:///{tmp_path}/no/such/dir/airflow.db"
    env["AIRFLOW_HOME"] = str(tmp_path / "home")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["errors"] == {}
    assert result["dags"] == [DAG_ID]
    assert result["heavy"] == []
    assert not (tmp_path / "no").exists()


def test_schedule_and_run_settings(dag):
    assert type(dag.timetable).__name__ == "CronTriggerTimetable"
    assert dag.timetable.expression == "0 2 * * *" and str(dag.timetable.timezone) == "UTC"
    assert dag.catchup is False
    assert dag.is_paused_upon_creation is True
    assert dag.max_active_runs == 1
    assert set(dag.tags) == {"instructflow", "dataset", "nightly"}
    assert "Instruction dataset build" in dag.doc_md


def documented_chain() -> list[str]:
    """The task chain as docs/ARCHITECTURE.md draws it (the line starting with ``prepare →``)."""
    doc = (ROOT / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
    line = next(ln for ln in doc.splitlines() if ln.strip().strip("`").startswith("prepare →"))
    return [t.strip().strip("`").rstrip("*") for t in line.strip().strip("`").split("→")]


# Written out here, independently of the stage table and of the docs it checks.
CHAIN = [
    "prepare",
    "ingest",
    "clean",
    "dedup_features",
    "dedup",
    "deidentify",
    "validate_rows",
    "validate",
    "agreement_features",
    "agreement",
    "export",
]
MAPPED = {"clean", "dedup_features", "deidentify", "validate_rows", "agreement_features"}


def test_the_docs_draw_this_chain():
    assert documented_chain() == CHAIN


def test_task_graph_is_the_documented_chain(dag):
    assert sorted(t.task_id for t in dag.tasks) == sorted(CHAIN)
    edges = {(t.task_id, d) for t in dag.tasks for d in t.downstream_task_ids}
    assert edges == set(itertools.pairwise(CHAIN))


def test_the_stage_table_gives_the_same_chain():
    from pipeline.runtime import registry

    tasks = ["prepare"]
    for spec in registry.STAGES:
        if spec.kind == "phased":
            tasks.append(spec.shard_task)
        tasks.append(spec.name)
    assert tasks == CHAIN
    assert {s.mapped_task for s in registry.STAGES if s.mapped_task} == MAPPED


def test_per_shard_work_is_mapped_over_the_shards_of_the_task_before(dag):
    from airflow.sdk.definitions.mappedoperator import MappedOperator

    for task in dag.tasks:
        assert isinstance(task, MappedOperator) == (task.task_id in MAPPED), task.task_id
    for task_id in MAPPED:
        assert dag.get_task(task_id).map_index_template == "{{ shard_label }}"


def test_retries_on_stage_tasks(dag):
    for task_id in CHAIN[1:]:
        assert dag.get_task(task_id).retries == 2, task_id
    assert dag.get_task("prepare").retries == 0


def test_export_updates_the_dataset_asset(dag):
    outlets = dag.get_task("export").outlets
    assert [a.name for a in outlets] == ["instruction_dataset"]
    assert outlets[0].uri == "instructflow://datasets/instruction_dataset"
    for task in dag.tasks:
        if task.task_id != "export":
            assert not task.outlets


def _next_scheduled_run(dag, earliest):
    """When the scheduler would create the first scheduled run (as it does when the DAG is unpaused)."""
    from airflow.serialization.decoders import decode_timetable
    from airflow.serialization.encoders import encode_timetable
    from airflow.timetables.base import TimeRestriction

    timetable = decode_timetable(encode_timetable(dag.timetable))  # what the scheduler runs
    info = timetable.next_dagrun_info(
        last_automated_data_interval=None,
        restriction=TimeRestriction(earliest=earliest, latest=None, catchup=dag.catchup),
    )
    return info.run_after


@pytest.mark.parametrize("clock", ["01:59:00", "02:00:30", "02:09:07", "04:00:00", "13:00:00"])
def test_unpausing_does_not_queue_a_scheduled_run_at_once(dag, clock, monkeypatch):
    """*Unpause on trigger* in the trigger form must not add an immediate 02:00 run to the manual one.

    At any time of day, also just after 02:00 (where Airflow's ``run_immediately=False`` still ran the
    last 02:00: it failed between 02:00 and 04:24 UTC).
    """
    from datetime import UTC, datetime

    import pendulum
    from airflow.timetables import trigger

    hour, minute, second = map(int, clock.split(":"))
    now = datetime(2026, 12, 7, hour, minute, second, tzinfo=UTC)
    monkeypatch.setattr(trigger, "utcnow", lambda: pendulum.instance(now))
    assert dag.start_date is None
    first = _next_scheduled_run(dag, dag.start_date)
    assert first > now and (first.hour, first.minute) == (2, 0)
    # what a start_date in the past did (the bug): the last 02:00 was due as soon as the DAG was unpaused
    assert _next_scheduled_run(dag, datetime(2026, 1, 1, tzinfo=UTC)) <= now


def test_params_form(dag):
    params = dag.params
    assert set(params.keys()) == {"corpus_paths", "config_path", "dataset_name", "full_rebuild"}
    assert params["corpus_paths"] == ["examples/sample"]
    assert params["config_path"] is None
    assert params["full_rebuild"] is False


def _required_in_the_form(schema):
    """The trigger form's rule (Airflow 3.3 UI, FlexibleForm): a typed field whose type has no "null" is required."""
    kind = schema.get("type")
    return bool(kind) and (not isinstance(kind, list) or "null" not in kind)


def _empty(value):
    return value is None or value == "" or value == []


def test_the_trigger_form_submits_with_its_defaults(dag):
    """What the UI does: a required field left empty blocks the Trigger button; then the API validates
    the submitted conf (empty text fields come back as null) against each Param's JSON schema."""
    from airflow.sdk.definitions.param import ParamsDict

    submitted = {}
    for name in dag.params:
        param = dag.params.get_param(name)
        if _required_in_the_form(param.schema):
            assert not _empty(param.value), f"{name} is required in the form but has no default"
        submitted[name] = None if _empty(param.value) and not isinstance(param.value, list) else param.value
    for empty_text in (None, ""):  # whether the form sends null or an empty string for the empty field
        conf = {**submitted, "config_path": empty_text}
        params = ParamsDict(dict(dag.params.items()))
        params.update(conf)
        assert params.validate() == {**dag.params.validate(), "config_path": empty_text}
    assert _required_in_the_form({"type": "string"})  # the old config_path schema: blocked the form


@pytest.mark.parametrize(
    "conf",
    [
        {"corpus_paths": []},
        {"corpus_paths": "examples/sample"},
        {"corpus_paths": [""]},
        {"dataset_name": "bad name with spaces"},
        {"config_path": 3},
        {"full_rebuild": "yes"},
    ],
)
def test_params_are_validated_by_json_schema(dag, conf):
    from airflow.sdk.definitions.param import ParamsDict
    from airflow.sdk.exceptions import ParamValidationError

    params = ParamsDict(dict(dag.params.items()))
    with pytest.raises(ParamValidationError):
        for key, value in conf.items():
            params[key] = value
        params.validate()


def _dag_module():
    import importlib.util

    spec = importlib.util.spec_from_file_location("dag_under_test", ROOT / "dags" / "instruction_dataset_build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_pii_key_comes_from_the_airflow_connection(monkeypatch):
    module = _dag_module()
    monkeypatch.delenv("INSTRUCTFLOW_PII_KEY", raising=False)
    monkeypatch.setenv("AIRFLOW_CONN_INSTRUCTFLOW_PII_KEY", json.dumps({"conn_type": "generic", "password": "k" * 32}))
    module._pii_key_from_connection()
    assert os.environ["INSTRUCTFLOW_PII_KEY"] == "k" * 32


def test_pii_key_from_environment_wins_and_missing_connection_is_fine(monkeypatch):
    module = _dag_module()
    monkeypatch.setenv("INSTRUCTFLOW_PII_KEY", "from-env")
    monkeypatch.setenv("AIRFLOW_CONN_INSTRUCTFLOW_PII_KEY", json.dumps({"conn_type": "generic", "password": "other"}))
    module._pii_key_from_connection()
    assert os.environ["INSTRUCTFLOW_PII_KEY"] == "from-env"
    monkeypatch.delenv("INSTRUCTFLOW_PII_KEY")
    monkeypatch.delenv("AIRFLOW_CONN_INSTRUCTFLOW_PII_KEY")
    module._pii_key_from_connection()
    assert "INSTRUCTFLOW_PII_KEY" not in os.environ
