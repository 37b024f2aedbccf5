"""Run the instruction_dataset_build DAG once, in-process (``dag.test()``), and print where the outputs are.

Used by ``make run``. Needs the environment the Makefile sets (AIRFLOW_HOME, AIRFLOW_CONFIG, the
SQLite URL, the dags folder). Exit code 0 when the DAG run succeeded, 1 otherwise.

    python scripts/run_dag.py [--conf '{"corpus_paths": ["examples/sample"]}']
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path


def main() -> int:
    """Migrate the metadata DB if needed, run the DAG once and print a summary."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conf", default="{}", help="JSON run conf (the DAG's params)")
    parser.add_argument("--verbose", action="store_true", help="show Airflow's task logs")
    parser.add_argument("--full-rebuild", action="store_true", help="ingest every file, not only new or changed ones")
    args = parser.parse_args()
    conf = json.loads(args.conf)
    if args.full_rebuild:
        conf["full_rebuild"] = True
    if not args.verbose:
        logging.disable(logging.WARNING)
    # Airflow logs to stdout; send everything it prints to stderr (the log file) until the run ends.
    sys.stdout.flush()
    saved = os.dup(1)
    if not args.verbose:
        os.dup2(2, 1)
    try:
        from airflow.dag_processing.dagbag import DagBag
        from airflow.utils.db import initdb

        initdb()
        root = Path(__file__).resolve().parent.parent
        bag = DagBag(dag_folder=str(root / "dags"))
        if bag.import_errors:
            for path, err in bag.import_errors.items():
                print(f"error: cannot import {path}: {err}", file=sys.stderr)
            return 1
        dag = bag.dags["instruction_dataset_build"]
        run = dag.test(run_conf=conf)
    finally:
        sys.stdout.flush()
        os.dup2(saved, 1)
        os.close(saved)
    state = str(getattr(run.state, "value", run.state))
    ti_states: dict[str, str] = {}
    for ti in sorted(run.get_task_instances(), key=lambda t: (t.task_id, t.map_index)):
        state = str(getattr(ti.state, "value", ti.state))
        if ti.map_index < 0:
            ti_states[ti.task_id] = state
        else:  # a mapped task: one instance per shard
            states = ti_states.get(ti.task_id, "").split(" (")[0].split(",") if ti.task_id in ti_states else []
            states = sorted({*filter(None, states), state})
            shards = ti.map_index + 1
            ti_states[ti.task_id] = f"{','.join(states)} ({shards} shard{'s' if shards > 1 else ''})"
    logging.disable(logging.NOTSET)
    # prepare skips every task when no input file is new or changed: the run did what it should
    nothing_new = ti_states.get("prepare") == "skipped" and set(ti_states.values()) == {"skipped"}
    if nothing_new and state != "failed":
        state = "success"
    print(f"DAG run {run.run_id}: {state}")
    order = [t.task_id for t in dag.topological_sort()] if hasattr(dag, "topological_sort") else sorted(ti_states)
    width = max(map(len, order), default=0)
    for task_id in order:
        print(f"  {task_id:<{width}}  {ti_states.get(task_id, '-')}")
    from pipeline.runtime.steps import safe_run_name

    data_root = Path(os.environ.get("INSTRUCTFLOW_DATA_ROOT", str(root / "data")))
    run_dir = data_root / "runs" / safe_run_name(run.run_id)
    manifest = run_dir / "manifest.json"
    if manifest.is_file():
        counts = json.loads(manifest.read_text(encoding="utf-8"))["counts"]
        print(
            f"records in {counts['input']:,} = exported {counts['exported']:,} + rejected {counts['rejected']:,} "
            f"+ duplicates {counts['duplicates']:,} + review {counts['review']:,}"
        )
        print(f"dataset:  {run_dir / 'export'}")
        print(f"manifest: {manifest}")
        report = run_dir / "reports" / "index.html"
        if report.is_file():
            print(f"report:   {report}")
        _print_version(data_root, conf, dag)
    elif nothing_new:
        print("no new or changed input file since the latest version: nothing to build")
        print("(make run RUN_ARGS=--full-rebuild rebuilds from every file)")
        _print_version(data_root, conf, dag)
    else:
        print(f"run directory: {run_dir} (no manifest: the run did not finish)")
    return 0 if state == "success" else 1


def _print_version(data_root: Path, conf: dict, dag: object) -> None:
    """Print the latest published version of the run's dataset, if any."""
    from pipeline.runtime.versions import DatasetStore

    name = conf.get("dataset_name") or dag.params["dataset_name"]
    latest = DatasetStore(data_root, name).latest()
    if latest:
        total = latest["records"]["total"]
        print(f"version:  {DatasetStore(data_root, name).dir / latest['version']} ({total:,} records; latest)")


if __name__ == "__main__":
    sys.exit(main())
