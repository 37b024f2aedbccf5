"""instructflow: build instruction-tuning datasets (zh + en) from raw corpora.

Each stage is a pure-Python function over Arrow tables; the CLI (``python -m pipeline``) and the
Airflow DAG in ``dags/`` are thin layers over :mod:`pipeline.runtime.steps`.
"""

__version__ = "0.1.0"
