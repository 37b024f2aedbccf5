"""Pure helpers of scripts/integration/run_integration.py (``make integration``); no services needed."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from scripts.integration import run_integration as ri

ROOT = Path(__file__).resolve().parents[2]


def test_integration_lock_keeps_every_runtime_pin():
    runtime = (ROOT / "requirements.txt").read_text(encoding="utf-8")
    integration = (ROOT / "requirements-integration.txt").read_text(encoding="utf-8")
    assert ri.stale_pins(runtime, integration) == []
    pins = ri.lock_pins(integration)
    assert pins["apache-airflow"] == "3.3.2"
    assert "apache-airflow-providers-celery" in pins


def test_stale_pins_names_missing_and_moved_packages():
    runtime = "apache-airflow==3.3.2 \\\n    --hash=sha256:aa\nNumPy==2.4.1\nfoo_bar==1.0 ; python_version >= '3'\n"
    integration = "apache-airflow==3.3.1 \\\n    --hash=sha256:bb\nnumpy==2.4.1\ncelery==5.6.3\n"
    assert ri.lock_pins(runtime) == {"apache-airflow": "3.3.2", "numpy": "2.4.1", "foo-bar": "1.0"}
    assert ri.stale_pins(runtime, integration) == [
        "apache-airflow==3.3.2 (integration lock: 3.3.1)",
        "foo-bar==1.0 (integration lock: missing)",
    ]


def test_airflow_env_drops_local_airflow_settings(tmp_path):
    base = {
        "PATH": "/usr/bin",
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": "sqlite:////x.db",
        "AIRFLOW_HOME": "/x",
        "KEEP": "1",
    }
    env = ri.airflow_env(
        base,
        run_dir=tmp_path,
        db_url="postgresql+psycopg2://u:p@127.0.0.1:55432/airflow",
        broker_url="redis://127.0.0.1:56379/0",
        api_port=58080,
        jwt_secret="s",
        fernet_key="k",
    )
    assert env["KEEP"] == "1"
    assert env["AIRFLOW_HOME"] == str(tmp_path / "airflow-home")
    assert env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"].startswith("postgresql+psycopg2://")
    assert env["AIRFLOW__CELERY__RESULT_BACKEND"] == "db+postgresql+psycopg2://u:p@127.0.0.1:55432/airflow"
    assert env["AIRFLOW__CORE__EXECUTION_API_SERVER_URL"] == "http://127.0.0.1:58080/execution/"
    assert env["AIRFLOW__SCHEDULER__USE_JOB_SCHEDULE"] == "False"
    assert env["INSTRUCTFLOW_DATA_ROOT"] == str(tmp_path / "data")
    worker = ri.worker_env(env, "worker-2")
    assert worker["AIRFLOW__CORE__HOSTNAME_CALLABLE"] == ri.HOSTNAME_CALLABLE
    assert "AIRFLOW__CORE__HOSTNAME_CALLABLE" not in env


def test_hostname_callable_reports_the_worker_name(monkeypatch):
    # The path the task runner takes to fill in a task instance's hostname.
    from airflow.sdk.api.client import get_hostname

    for key, value in ri.worker_env({}, "worker-1").items():
        if key != "PATH":
            monkeypatch.setenv(key, value)
    assert get_hostname() == "worker-1"


def _ti(task_id, state="success", host="worker-1", map_index=-1, start="2026-01-01T00:00:00"):
    return {"task_id": task_id, "state": state, "hostname": host, "map_index": map_index, "start_date": start}


def test_check_task_instances():
    both = [_ti("prepare"), _ti("clean", host="worker-2", map_index=0, start="2026-01-01T00:00:05")]
    assert ri.check_task_instances(both, ri.WORKERS) == []
    one = [_ti("prepare"), _ti("clean", map_index=0)]
    assert ri.check_task_instances(one, ri.WORKERS) == ["worker worker-2 ran no task (tasks per host: {'worker-1': 2})"]
    failed = [*both, _ti("export", state="up_for_retry")]
    assert "task export (map_index -1) is up_for_retry" in ri.check_task_instances(failed, ri.WORKERS)
    assert ri.check_task_instances([], ri.WORKERS)[0] == "the run has no task instances"


def test_task_table_and_progress_line():
    tis = [
        _ti("clean", host="worker-2", map_index=1, start="2026-01-01T00:00:09"),
        _ti("prepare", start="2026-01-01T00:00:01"),
        {**_ti("export", state=None, host=None), "start_date": None},
    ]
    table = ri.task_table(tis).splitlines()
    assert table[0].split() == ["task_id", "map_index", "state", "worker", "seconds"]
    assert [line.split()[0] for line in table[1:]] == ["prepare", "clean", "export"]
    assert table[2].split()[:4] == ["clean", "1", "success", "worker-2"]
    running = [_ti("clean", state="running", host="worker-2", map_index=0), _ti("prepare")]
    line = ri.progress_line(12, "running", running)
    assert "run running: 2 task instances (running 1, success 1)" in line
    assert line.endswith("running clean[0]@worker-2")


def _write(path: Path, table: pa.Table, **kwargs) -> Path:
    pq.write_table(table, path, **kwargs)
    return path


def test_parquet_differences(tmp_path):
    base = pa.table({"id": ["a", "b", "c"], "text": ["x", "y", "z"]})
    a = _write(tmp_path / "a.parquet", base)
    assert ri.parquet_differences(a, _write(tmp_path / "same.parquet", base)) == []

    changed = base.set_column(1, "text", pa.array(["x", "Y", "z"]))
    diffs = ri.parquet_differences(a, _write(tmp_path / "b.parquet", changed), label_a="DAG", label_b="CLI")
    assert diffs == ["column 'text': 1 of 3 rows differ, first at row 1: DAG='y' CLI='Y'"]

    meta = base.replace_schema_metadata({"run_id": "manual__1"})
    diffs = ri.parquet_differences(a, _write(tmp_path / "c.parquet", meta))
    assert diffs == ["schema metadata 'run_id': a=None b=b'manual__1'"]

    shuffled = base.take([2, 0, 1])
    diffs = ri.parquet_differences(a, _write(tmp_path / "d.parquet", shuffled))
    assert any("same values in a different row order" in d for d in diffs)

    diffs = ri.parquet_differences(a, _write(tmp_path / "e.parquet", base, compression="gzip"))
    assert diffs and all("compression" in d or "size" in d for d in diffs)


@pytest.mark.parametrize("url", ["postgresql+psycopg2://u:p@h/db", "db+postgresql://u:p@h/db"])
def test_result_backend_url(url):
    assert ri.result_backend_url(url).startswith("db+postgresql")
    assert ri.result_backend_url(url).count("db+") == 1


def test_browser_check_judges_what_the_browser_saw():
    from scripts.integration.browser_check import judge

    styled = {
        "common": {"unloaded_stylesheets": [], "body_font": "system-ui, sans-serif"},
        "own": {"badge_background": "rgb(227, 244, 232)", "header_background": "rgb(242, 244, 248)"},
    }
    assert judge("run-report", styled, ["file:///r/reports/index.html"], []) == []
    unstyled = {
        "common": {"unloaded_stylesheets": ["static/x.css"], "body_font": "Times"},
        "own": {"badge_background": "rgba(0, 0, 0, 0)", "header_background": "rgba(0, 0, 0, 0)"},
    }
    assert judge(
        "run-report", unstyled, ["https://cdn.example.com/a.css"], ["file:///r/a.js (net::ERR_FILE_NOT_FOUND)"]
    ) == [
        "network request https://cdn.example.com/a.css",
        "failed to load file:///r/a.js (net::ERR_FILE_NOT_FOUND)",
        "stylesheet not loaded: static/x.css",
        "table headers have no background: the inline stylesheet did not apply",
        "the status badge has no background: the inline stylesheet did not apply",
        "body font is 'Times', not the page's font stack",
    ]
    gx_ok = {
        "common": {},
        "gx": {
            "jquery": True,
            "bootstrap_table": True,
            "container_padding": "15px",
            "icon_font": '"Font Awesome 6 Free"',
            "icon_font_loaded": True,
            "index_rows": 6,
        },
    }
    assert judge("datadocs-index", gx_ok, [], []) == []
    gx_offline = {
        "common": {},
        "gx": {
            "jquery": False,
            "bootstrap_table": False,
            "container_padding": "0px",
            "icon_font": "serif",
            "icon_font_loaded": False,
            "index_rows": 0,
        },
    }
    assert judge("datadocs-index", gx_offline, [], []) == [
        "jQuery did not load",
        "bootstrap-table did not load",
        "no Bootstrap layout (container padding 0)",
        "Font Awesome icons did not load (icon font 'serif')",
        "the Data Docs home page lists no validation",
    ]


def test_browser_check_picks_a_failing_validation_page(tmp_path):
    from scripts.integration.browser_check import pages_of

    gx = tmp_path / "reports" / "gx"
    (gx / "validations" / "a").mkdir(parents=True)
    (gx / "expectations").mkdir()
    (gx / "index.html").write_text("x")
    (gx / "validations" / "a" / "1.html").write_text('<i class="fas fa-check-circle"></i>')
    (gx / "validations" / "a" / "2.html").write_text('<i class="fas fa-times"></i>')
    (gx / "expectations" / "deidentified.html").write_text("x")
    (tmp_path / "reports" / "agreement.html").write_text("x")
    assert [(n, p.relative_to(tmp_path).as_posix()) for n, p in pages_of(tmp_path)] == [
        ("run-report", "reports/index.html"),
        ("datadocs-index", "reports/gx/index.html"),
        ("datadocs-validation", "reports/gx/validations/a/2.html"),
        ("datadocs-suite", "reports/gx/expectations/deidentified.html"),
        ("agreement", "reports/agreement.html"),
    ]
