"""Pure helpers of the worker-kill scenario of ``make integration`` (no services needed).

The scenario (run by ``run_integration.py`` after the undisturbed run): a second DAG run, SIGKILL of
the Celery worker (its whole process tree) that runs a de-identification shard while the shard is
being de-identified, a restart of that worker under the same name, Airflow's recovery (the
scheduler finds the task instance without a heartbeat and retries it), then the checks below: the
retried run's export must be byte-identical to the undisturbed run's, its manifest counts must
reconcile and match, and its run directory must hold no temp or partial file.
Unit-tested in tests/scripts/test_integration_worker_kill.py.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

FAULT_CONFIG = "scripts/integration/fault.yaml"
"""The fault run's config: small shards as the first run, dedup history off (see the file)."""
FAULT_DATASET = "instruction-dataset-fault"
"""The fault run's dataset name: its own versions folder, so prepare does not find 'nothing to build'."""
FAULT_TASK = "deidentify"
KILL_AFTER = 2.0
"""Seconds between the shard's ``started`` progress line and the SIGKILL (a shard takes ~9 s)."""

COUNT_KEYS = ("input", "exported", "rejected", "duplicates", "review")
STAGE_KEYS = ("records_in", "kept", "rejected", "duplicates", "review")
TEMP_NAME = re.compile(r"(\.tmp$|\.tmp[.-]|\.partial$|\.part$|^\.~|~$)")
"""Names a writer leaves behind when killed: atomic writes' ``.<name>.<random>.tmp``, partial downloads."""
LOCK_NAMES = frozenset({".instructflow.lock", ".lock"})
"""Hidden files that belong in a run or data folder (held while a run uses it)."""
_GX_TIME = re.compile(r"\d{8}T\d{6}\.\d{6}Z")


def ti_label(ti: Mapping[str, Any]) -> str:
    """``task_id`` or ``task_id[map_index]`` of a task instance."""
    index = int(ti.get("map_index", -1))
    return str(ti.get("task_id")) if index < 0 else f"{ti.get('task_id')}[{index}]"


def pick_victim(tis: Iterable[Mapping[str, Any]], task_id: str, workers: Iterable[str]) -> Mapping[str, Any] | None:
    """The running instance of ``task_id`` to kill: on one of ``workers``, with a pid; the earliest started."""
    hosts = set(workers)
    running = [
        ti
        for ti in tis
        if ti.get("task_id") == task_id
        and ti.get("state") == "running"
        and ti.get("hostname") in hosts
        and ti.get("pid")
    ]
    running.sort(key=lambda ti: (str(ti.get("start_date") or ""), int(ti.get("map_index", -1))))
    return running[0] if running else None


def shard_phase(log_text: str, step: str) -> str:
    """Where a shard task is, from its task log: ``waiting``, ``started`` (work under way) or ``done``.

    The task prints ``[<step> · shard 00001] started (49 records)`` when the stage begins and
    ``[<step> · shard 00001] done: ...`` when it ends (``pipeline.core.progress``); Airflow writes
    each as the ``event`` of a JSON log line.
    """
    prefix = f"[{step} · shard "
    phase = "waiting"
    for line in log_text.splitlines():
        event = line
        if line.startswith("{"):
            try:
                event = str(json.loads(line).get("event", ""))
            except (ValueError, AttributeError):
                event = line
        if not event.startswith(prefix):
            continue
        rest = event.split("] ", 1)[1] if "] " in event else ""
        if rest.startswith("done:"):
            return "done"
        if rest.startswith("started"):
            phase = "started"
    return phase


def retry_problems(
    tis: Iterable[Mapping[str, Any]],
    tries: Mapping[str, list[Mapping[str, Any]]],
    *,
    victim: str,
    killed_worker: str,
    killed: Iterable[str],
) -> list[str]:
    """Problems with how a run recovered from the kill; empty when it recovered as it should.

    ``tis``: the finished run's task instances; ``tries``: label -> the earlier tries of each task
    instance that ran more than once (the REST API's ``/tries``); ``victim``: the label of the
    instance watched and killed; ``killed``: labels of every instance running on ``killed_worker``
    when it was killed. The victim must have run again (``try_number`` >= 2) and succeeded; every
    instance that ran more than once must have been one of the killed (no other task was disturbed),
    and its first try must have run on the killed worker and not succeeded.
    """
    by_label = {ti_label(ti): ti for ti in tis}
    killed_labels = set(killed)
    problems = []
    ti = by_label.get(victim)
    if ti is None:
        return [f"{victim} is not in the run"]
    if int(ti.get("try_number") or 0) < 2:
        problems.append(f"{victim} ran once (try_number {ti.get('try_number')}): it was not retried after the kill")
    for label, inst in sorted(by_label.items()):
        if inst.get("state") != "success":
            problems.append(f"{label} is {inst.get('state')}")
        if int(inst.get("try_number") or 0) < 2:
            continue
        if label not in killed_labels:
            problems.append(f"{label} ran {inst.get('try_number')} times but was not running on {killed_worker}")
        first = next((t for t in tries.get(label, []) if int(t.get("try_number") or 0) == 1), None)
        if first is None:
            problems.append(f"{label}: no record of its first try")
        elif first.get("hostname") != killed_worker or first.get("state") == "success":
            problems.append(
                f"{label}: first try was {first.get('state')} on {first.get('hostname')}, "
                f"expected a failed try on {killed_worker}"
            )
    return problems


def manifest_problems(manifest: Mapping[str, Any], reference: Mapping[str, Any]) -> list[str]:
    """Problems with a run's manifest, on its own and against the undisturbed run's ``reference``.

    Counts reconcile (input = exported + rejected + duplicates + review), the export files' rows add
    up to ``exported``, and counts, per-stage counters, reasons and export file hashes equal the
    reference's (a retried shard counted twice, or not at all, shows here).
    """
    problems = []
    counts = manifest.get("counts") or {}
    parts = [int(counts.get(k, 0)) for k in COUNT_KEYS[1:]]
    if int(counts.get("input", -1)) != sum(parts):
        problems.append(
            f"counts do not reconcile: input {counts.get('input')} != "
            + " + ".join(f"{k} {counts.get(k, 0)}" for k in COUNT_KEYS[1:])
        )
    ref_counts = reference.get("counts") or {}
    for key in COUNT_KEYS:
        if counts.get(key) != ref_counts.get(key):
            problems.append(f"count {key}: {counts.get(key)} (undisturbed run: {ref_counts.get(key)})")
    splits = [o for o in manifest.get("outputs") or [] if o.get("split")]
    rows = sum(int(o.get("rows", 0)) for o in splits)
    if rows != counts.get("exported"):
        problems.append(f"export files hold {rows} rows, counts say exported {counts.get('exported')}")

    def stages(m: Mapping[str, Any]) -> dict[str, tuple[object, ...]]:
        return {str(s.get("stage")): tuple(s.get(k) for k in STAGE_KEYS) for s in m.get("stages") or []}

    def fmt(values: tuple[object, ...] | None) -> str:
        return "missing" if values is None else ", ".join(f"{k} {v}" for k, v in zip(STAGE_KEYS, values))

    mine, ref = stages(manifest), stages(reference)
    for stage in sorted(set(mine) | set(ref)):
        if mine.get(stage) != ref.get(stage):
            problems.append(f"stage {stage}: {fmt(mine.get(stage))} (undisturbed run: {fmt(ref.get(stage))})")
    if manifest.get("rejected_by_reason") != reference.get("rejected_by_reason"):
        problems.append(
            f"rejected_by_reason: {manifest.get('rejected_by_reason')} "
            f"(undisturbed run: {reference.get('rejected_by_reason')})"
        )

    def hashes(m: Mapping[str, Any]) -> dict[str, object]:
        return {str(o.get("path")): o.get("sha256") for o in m.get("outputs") or [] if o.get("split")}

    if hashes(manifest) != hashes(reference):
        problems.append(f"export hashes in the manifest differ: {hashes(manifest)} vs {hashes(reference)}")
    return problems


def normalise_path(path: str, run_ids: Iterable[str]) -> str:
    """``path`` with the run's ids (raw and folder-safe) and Data Docs timestamps replaced by placeholders."""
    for run_id in sorted(run_ids, key=len, reverse=True):
        if run_id:
            path = path.replace(run_id, "<run>")
    return _GX_TIME.sub("<time>", path)


def unexpected_files(
    paths: Iterable[str],
    reference: Iterable[str],
    *,
    run_ids: Iterable[str] = (),
    reference_run_ids: Iterable[str] = (),
) -> list[str]:
    """Leftovers in a run directory: temp or partial files, and files the undisturbed run does not have.

    ``paths`` and ``reference`` are relative paths (POSIX) of every file and folder of the two run
    directories; names are compared with the run ids and Data Docs timestamps normalised. A file the
    reference has and the run lacks is not reported here (the manifest and hash checks cover what
    matters); an extra file is what a killed writer would leave.
    """
    run_ids, reference_run_ids = list(run_ids), list(reference_run_ids)
    known = {normalise_path(p, reference_run_ids) for p in reference}
    out = []
    for path in sorted(paths):
        name = path.rsplit("/", 1)[-1]
        if TEMP_NAME.search(name) or (name.startswith(".") and name not in LOCK_NAMES):
            out.append(f"{path} (temp or partial file)")
        elif normalise_path(path, run_ids) not in known:
            out.append(f"{path} (not in the undisturbed run)")
    return out
