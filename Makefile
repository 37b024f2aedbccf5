# instructflow: two commands do all set-up on a fresh machine.
#   make run    create the venv, install the locked dependencies, initialise the SQLite metadata DB
#               and run the nightly DAG end to end on the bundled sample corpus
#   make test   create the venv with the test dependencies and run the test suite
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
UV_VERSION := 0.13.8
ROOT := $(CURDIR)
SITE := $(VENV)/lib/python3.11/site-packages

export AIRFLOW_HOME := $(ROOT)/.airflow
export AIRFLOW_CONFIG := $(ROOT)/airflow.cfg
export AIRFLOW__CORE__DAGS_FOLDER := $(ROOT)/dags
export AIRFLOW__CORE__LOAD_EXAMPLES := False
export AIRFLOW__DATABASE__SQL_ALCHEMY_CONN := sqlite:///$(ROOT)/.airflow/airflow.db
export INSTRUCTFLOW_DATA_ROOT ?= $(ROOT)/data
export GX_ANALYTICS_ENABLED := false
export TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS :=
export HF_HUB_OFFLINE := 1
export HF_DATASETS_OFFLINE := 1

.PHONY: run test integration lint bench-ingest bench clean-runs help
help:
	@sed -n '2,5p' Makefile

$(VENV)/.runtime: requirements.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@$(PY) -m pip install -q --disable-pip-version-check uv==$(UV_VERSION)
	$(VENV)/bin/uv pip install -q --compile-bytecode --python $(PY) --require-hashes -r requirements.txt
	@echo "$(ROOT)" > $(SITE)/instructflow.pth
	@touch $@

$(VENV)/.dev: $(VENV)/.runtime requirements-dev.txt
	$(VENV)/bin/uv pip install -q --compile-bytecode --python $(PY) --require-hashes -r requirements-dev.txt
	@touch $@

.airflow/jwt_secret:
	@mkdir -p .airflow
	@$(PY) -c "import secrets; print(secrets.token_urlsafe(32))" > $@

run: $(VENV)/.runtime .airflow/jwt_secret
	@echo "Running the nightly DAG on examples/sample (logs: .airflow/run.log) ..."
	@AIRFLOW__API_AUTH__JWT_SECRET=$$(cat .airflow/jwt_secret) $(PY) scripts/run_dag.py $(RUN_ARGS) 2> .airflow/run.log || \
		{ rc=$$?; echo "The DAG run failed (exit $$rc); last lines of .airflow/run.log:"; tail -n 40 .airflow/run.log; exit $$rc; }

test: $(VENV)/.dev
	$(PY) -m pytest -n 2 -q

integration: $(VENV)/.runtime
	bash scripts/integration/run.sh

lint: $(VENV)/.dev
	$(VENV)/bin/ruff check pipeline dags tests bench scripts examples
	$(VENV)/bin/ruff format --check pipeline dags tests bench scripts examples
	$(VENV)/bin/mypy

bench-ingest: $(VENV)/.dev
	$(PY) bench/bench_ingest_export.py

# Scale benchmark: synthetic corpora of BENCH_SIZES records + the real corpora; writes its tables
# into docs/BENCHMARKS.md (section "Scale"). A subset: make bench BENCH_SIZES="10000 100000"
BENCH_SIZES ?= 10000 100000 1000000
bench: $(VENV)/.dev
	$(PY) bench/bench_scale.py --sizes $(BENCH_SIZES) --real --doc docs/BENCHMARKS.md

clean-runs:
	rm -rf data/runs .airflow
