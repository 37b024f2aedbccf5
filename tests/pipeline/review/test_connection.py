"""Where Label Studio is: environment variables or an Airflow connection; messages never show the key."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from pipeline.errors import ConfigError
from pipeline.review.connection import Connection, connection_from_airflow, connection_from_env


def test_environment_variables():
    conn = connection_from_env({"LABEL_STUDIO_URL": "http://ls.local:8080/", "LABEL_STUDIO_API_KEY": " k3y "})
    assert conn == Connection("http://ls.local:8080", "k3y", "environment")
    assert "k3y" not in repr(conn)


def test_missing_or_bad_settings_name_what_is_missing_never_the_key():
    with pytest.raises(ConfigError, match=r"^set LABEL_STUDIO_API_KEY \(the Label Studio server"):
        connection_from_env({"LABEL_STUDIO_URL": "http://x"})
    with pytest.raises(ConfigError, match=r"^set LABEL_STUDIO_URL and LABEL_STUDIO_API_KEY"):
        connection_from_env({})
    with pytest.raises(ConfigError) as err:
        connection_from_env({"LABEL_STUDIO_URL": "localhost:8080", "LABEL_STUDIO_API_KEY": "s3cret"})
    assert (
        str(err.value) == "LABEL_STUDIO_URL: the Label Studio URL must start with http:// or https:// and name a host"
    )


def test_an_airflow_connection(monkeypatch):
    monkeypatch.setenv(
        "AIRFLOW_CONN_LS_REVIEW",
        json.dumps({"conn_type": "http", "host": "127.0.0.1", "port": 8089, "password": "tok-123456"}),
    )
    monkeypatch.setenv(
        "AIRFLOW_CONN_LS_EXTRA",
        json.dumps({"conn_type": "http", "host": "https://ls.example.org", "extra": {"api_key": "tok-abcdef"}}),
    )
    assert connection_from_env({}, "ls_review") == Connection(
        "http://127.0.0.1:8089", "tok-123456", "Airflow connection 'ls_review'"
    )
    assert connection_from_env({"LABEL_STUDIO_CONN_ID": "ls_extra"}).url == "https://ls.example.org"
    assert connection_from_env({"LABEL_STUDIO_CONN_ID": "ls_extra"}).api_key == "tok-abcdef"
    with pytest.raises(ConfigError, match=r"^Airflow connection 'no_such_conn' not found$"):
        connection_from_env({}, "no_such_conn")


def test_an_airflow_connection_in_uri_form_is_read_without_airflow():
    env = {"AIRFLOW_CONN_LS_URI": "http://:tok%2F42@ls.local:8089/?x=1"}
    conn = connection_from_airflow("ls_uri", env)
    assert conn == Connection("http://ls.local:8089", "tok/42", "Airflow connection 'ls_uri'")
    env = {"AIRFLOW_CONN_LS_URI": "https://ls.example.org/?api_key=tok-9"}
    assert connection_from_airflow("ls_uri", env) == Connection(
        "https://ls.example.org", "tok-9", "Airflow connection 'ls_uri'"
    )
    with pytest.raises(ConfigError, match=r"^Airflow connection 'bad': the variable is not valid JSON$"):
        connection_from_airflow("bad", {"AIRFLOW_CONN_BAD": "{nope"})


def test_the_library_never_imports_airflow():
    root = Path(__file__).resolve().parents[3] / "pipeline"
    offenders = [
        str(p.relative_to(root))
        for p in root.rglob("*.py")
        if re.search(r"^\s*(from|import)\s+airflow\b", p.read_text(encoding="utf-8"), re.M)
    ]
    assert offenders == []
