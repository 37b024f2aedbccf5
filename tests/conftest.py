"""Test set-up: Airflow and GX settings must be in the environment before anything imports them."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# One Airflow home (and SQLite file) per pytest-xdist worker, so parallel workers never share a DB.
_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "main")
AIRFLOW_TEST_HOME = ROOT / ".airflow" / f"test-home-{_WORKER}"
AIRFLOW_TEST_HOME.mkdir(parents=True, exist_ok=True)
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

TEST_DATA = ROOT / "tests" / "data"
