"""Run the instruction_dataset_build DAG once, in-process (``dag.test()``), and print where the outputs are.

Used by ``make run``. Needs the environment the Makefile sets (AIRFLOW_HOME, AIRFLOW_CONFIG, the
SQLite URL, the dags folder). The outcome is the DAG run's own state, never a task's: exit 0 when
the run succeeded (or had nothing new to build); otherwise each failed task is printed with its
reason (the XCom ``failure`` the task left) and the exit code is that of the first failed task's
error, as the CLI would give it (2 bad config or input, 3 blocking validation), else 1.

    python scripts/run_dag.py [--conf '{"corpus_paths": ["examples/sample"]}']
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FAILURE_XCOM = "failure"
"""The XCom key a failed task leaves its reason under (``dags/instruction_dataset_build.py``)."""


def _state(obj: object) -> str:
    return str(getattr(obj, "value", obj))


def task_states(tis: Iterable[Any]) -> dict[str, str]:
    """One line per task: its state, or for a mapped task the states of its shards and how many there are."""
    states: dict[str, set[str]] = {}
    shards: dict[str, int] = {}
    for ti in sorted(tis, key=lambda t: (t.task_id, t.map_index)):
        states.setdefault(ti.task_id, set()).add(_state(ti.state))
        if ti.map_index >= 0:
            shards[ti.task_id] = max(shards.get(ti.task_id, 0), ti.map_index + 1)
    out = {}
    for task_id, found in states.items():
        text = ",".join(sorted(found))
        if task_id in shards:
            n = shards[task_id]
            text += f" ({n} shard{'s' if n > 1 else ''})"
        out[task_id] = text
    return out


def failure_reasons(dag_id: str, run_id: str) -> dict[tuple[str, int], dict[str, Any]]:
    """The ``failure`` XComs of a run's task instances, by ``(task_id, map_index)``."""
    from airflow.models.xcom import XComModel
    from airflow.utils.session import create_session

    with create_session() as session:
        rows = (
            session.query(XComModel)
            .filter(XComModel.dag_id == dag_id, XComModel.run_id == run_id, XComModel.key == FAILURE_XCOM)
            .all()
        )
        out = {}
        for row in rows:
            value = row.value
            if isinstance(value, str):
                value = json.loads(value)
            if isinstance(value, dict):
                out[(row.task_id, row.map_index)] = value
        return out


def failed_tasks(tis: Iterable[Any], reasons: dict[tuple[str, int], dict[str, Any]]) -> tuple[list[str], int]:
    """Lines naming each failed task instance and its reason, and the exit code of the first failure."""
    lines = []
    code = 0
    for ti in sorted(tis, key=lambda t: (t.start_date is None, t.start_date or 0, t.task_id, t.map_index)):
        if _state(ti.state) != "failed":
            continue
        name = ti.task_id if ti.map_index < 0 else f"{ti.task_id}[shard {ti.map_index}]"
        reason = reasons.get((ti.task_id, ti.map_index))
        if reason:
            lines.append(f"failed: {name}: {reason.get('message', 'no reason recorded')}")
            exit_code = reason.get("exit_code")
            code = code or (exit_code if isinstance(exit_code, int) and exit_code > 0 else 1)
        else:
            lines.append(f"failed: {name}: no reason recorded (see the log)")
            code = code or 1
    return lines, code


def main(argv: list[str] | None = None) -> int:
    """Migrate the metadata DB if needed, run the DAG once and print a summary; return the exit code."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--conf", default="{}", help="JSON run conf (the DAG's params)")
    parser.add_argument("--verbose", action="store_true", help="show Airflow's task logs")
    parser.add_argument("--full-rebuild", action="store_true", help="ingest every file, not only new or changed ones")
    args = parser.parse_args(argv)
    try:
        conf = json.loads(args.conf)
    except json.JSONDecodeError as exc:
        print(f"error: --conf is not JSON ({exc.msg} at character {exc.pos})", file=sys.stderr)
        return 2
    if not isinstance(conf, dict):
        print("error: --conf must be a JSON object", file=sys.stderr)
        return 2
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
        bag = DagBag(dag_folder=str(ROOT / "dags"))
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
    logging.disable(logging.NOTSET)
    tis = list(run.get_task_instances())
    states = task_states(tis)
    run_state = _state(run.state)  # the DAG run's state, not the last task's
    # prepare skips every task when no input file is new or changed: the run did what it should
    nothing_new = states.get("prepare") == "skipped" and set(states.values()) == {"skipped"}
    print(f"DAG run {run.run_id}: {run_state}")
    order = [t.task_id for t in dag.topological_sort()] if hasattr(dag, "topological_sort") else sorted(states)
    width = max(map(len, order), default=0)
    for task_id in order:
        print(f"  {task_id:<{width}}  {states.get(task_id, '-')}")
    if run_state != "success":
        lines, code = failed_tasks(tis, failure_reasons(dag.dag_id, run.run_id))
        for line in lines or [f"failed: the DAG run ended {run_state} (see .airflow/run.log)"]:
            print(line)
        return code or 1
    from pipeline.runtime.steps import safe_run_name

    data_root = Path(os.environ.get("INSTRUCTFLOW_DATA_ROOT", str(ROOT / "data")))
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
        print(f"failed: the DAG run succeeded but wrote no manifest in {run_dir}")
        return 1
    return 0


def _print_version(data_root: Path, conf: dict[str, Any], dag: Any) -> None:
    """Print the latest published version of the run's dataset, if any."""
    from pipeline.runtime.versions import DatasetStore

    name = conf.get("dataset_name") or dag.params["dataset_name"]
    latest = DatasetStore(data_root, name).latest()
    if latest:
        total = latest["records"]["total"]
        print(f"version:  {DatasetStore(data_root, name).dir / latest['version']} ({total:,} records; latest)")


if __name__ == "__main__":
    sys.exit(main())
