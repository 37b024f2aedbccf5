"""Test set-up: Airflow and GX settings must be in the environment before anything imports them."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# A fresh Airflow home (and SQLite file) per test session and pytest-xdist worker: parallel workers
# never share a DB, and no state (assets, runs) leaks from one test session into the next.
_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "main")
AIRFLOW_TEST_HOME = Path(tempfile.mkdtemp(prefix=f"instructflow-airflow-{_WORKER}-"))
os.environ["AIRFLOW_HOME"] = str(AIRFLOW_TEST_HOME)
os.environ["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"] = f"sqlite:///{AIRFLOW_TEST_HOME / 'airflow.db'}"
os.environ["AIRFLOW_CONFIG"] = str(ROOT / "airflow.cfg")
os.environ["AIRFLOW__CORE__LOAD_EXAMPLES"] = "False"
os.environ["AIRFLOW__CORE__DAGS_FOLDER"] = str(ROOT / "dags")
os.environ.setdefault("AIRFLOW__API_AUTH__JWT_SECRET", "test-only-not-a-secret")
os.environ["GX_ANALYTICS_ENABLED"] = "false"
os.environ["TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS"] = ""
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import tqdm  # noqa: E402 - after the environment above

tqdm.tqdm.monitor_interval = 0  # no tqdm monitor thread (HF datasets' bars): tests that fork need one thread

TEST_DATA = ROOT / "tests" / "data"
