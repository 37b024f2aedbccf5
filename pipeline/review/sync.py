"""``review push`` and ``review pull``: a run's review queue to Label Studio and the decisions back.

push
    For each queue with records (expert review, re-annotation): find the project by its exact title
    or create it; bring its labelling config and settings up to date (a change Label Studio refuses
    because existing annotations contradict it is a :class:`ProjectMismatch`); then import the tasks
    without duplicates. Tasks are matched by the record id in their data: a new record is imported
    with its predictions; an unchanged one (same ``meta.push_hash``) is left alone; a changed one
    that nobody has annotated yet (cancelled annotations count) is updated in place and its
    predictions replaced; a changed one that has annotations is left alone (reviewer work is never
    overwritten) and counted. Tasks of records no longer in the queue stay in the project.
pull
    For each project found: the full JSON export as a snapshot with reviewers expanded
    (``completed_by`` = ``{id, email, first_name, last_name}``) and predictions, written atomically as
    ``expert_review.json`` (an adjudication file: ``agreement.adjudication_files``) and
    ``reannotation.json`` (an annotation file: ``agreement.annotation_files``). Both are read back with
    the agreement stage's own readers before they are written, so a file pull writes is one the next
    run reads.

Messages hold counts, ids, titles and URLs, never record text or reviewers' names or e-mails.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from xml.etree import ElementTree

from pipeline.errors import ConfigError, UsageError
from pipeline.review.client import JSONDict, LabelStudio, LabelStudioError
from pipeline.review.tasks import (
    EXPERT,
    QUEUES,
    REANNOTATION,
    Layout,
    Queue,
    build_task,
    layout_for,
    project_settings,
    read_review_texts,
)
from pipeline.runtime.rundir import RunDir

if TYPE_CHECKING:
    from pipeline.config import PipelineConfig

IMPORT_BATCH = 500
"""Tasks per import call."""


class ProjectMismatch(ConfigError):
    """A project with push's title whose labelling config does not fit (exit 2)."""


@dataclass
class PushResult:
    """What push did to one queue's project."""

    queue: str
    title: str
    project: int | None = None
    url: str = ""
    tasks: int = 0
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    kept_reviewed: int = 0
    """Changed records whose task already has annotations: left as they are."""
    not_in_queue: int = 0
    """Tasks of the project whose record is not in this run's queue (left in place)."""
    project_created: bool = False
    project_updated: list[str] = field(default_factory=list)


@dataclass
class PullResult:
    """What pull wrote for one queue."""

    queue: str
    title: str
    project: int | None = None
    path: Path | None = None
    tasks: int = 0
    annotated: int = 0
    """Tasks with at least one annotation (a skip counts)."""
    decisions: int = 0
    """Expert decisions (expert queue) or annotations (re-annotation) the next run will read."""
    records: int = 0
    skipped: int = 0
    """Cancelled (skipped) annotations: kept in the file, ignored by the pipeline."""
    reviewers: int = 0


# --------------------------------------------------------------------------------------------------
# reading the run


@dataclass
class RunQueue:
    """A run's review queue as push needs it."""

    config: PipelineConfig
    project: str
    layout: Layout
    rows: dict[str, list[dict[str, object]]]
    """Review rows by queue name, in queue order."""
    texts: dict[str, JSONDict]


def load_run_queue(run_dir: str | Path, project: str | None = None) -> RunQueue:
    """The review rows, texts and layout of a finished run (:class:`UsageError` when there are none)."""
    import pyarrow.parquet as pq

    run = RunDir(run_dir)
    if not run.is_prepared():
        raise UsageError(f"{run.root}: not a run directory (no work/run.json)")
    spec, config = run.load()
    review_path = run.outcome_path("review", "agreement")
    report_path = run.path("reports", "agreement.json")
    if not report_path.is_file():
        raise UsageError(f"{run.root}: the agreement stage has not run (no reports/agreement.json)")
    report = json.loads(report_path.read_text(encoding="utf-8"))
    labels = list(config.agreement.labels) or [str(x) for x in report.get("labels") or []]
    rows: dict[str, list[dict[str, object]]] = {q.name: [] for q in QUEUES}
    if review_path.is_file():
        for r in pq.read_table(review_path).to_pylist():
            rows.setdefault(str(r.get("queue")), []).append(r)
    fields: list[str] = []
    texts: dict[str, JSONDict] = {}
    if any(rows.values()):
        wanted = {str(r["record_id"]) for q in rows.values() for r in q}
        for rid, data in read_review_texts(run.path("reports", "review_queue_labelstudio.json")):
            if rid in wanted:
                texts[rid] = data
        fields = [f for f in config.agreement.review_queue_text_fields if any(f in d for d in texts.values())]
    name = project or spec.get("dataset_name") or config.dataset_name
    return RunQueue(config, str(name), layout_for(config, labels, fields), rows, texts)


# --------------------------------------------------------------------------------------------------
# push


def _config_controls(label_config: str) -> set[tuple[str, str]]:
    """``(tag, name)`` of every tag with a name in a labelling config (empty when it does not parse)."""
    try:
        root = ElementTree.fromstring(label_config)
    except ElementTree.ParseError:
        return set()
    return {(el.tag, el.attrib["name"]) for el in root.iter() if "name" in el.attrib}


def ensure_project(ls: LabelStudio, queue: Queue, settings: JSONDict, result: PushResult) -> int:
    """Find ``queue``'s project by exact title or create it; update settings that differ."""
    title = str(settings["title"])
    found = ls.find_project(title)
    if found is None:
        created = ls.create_project(settings)
        result.project_created = True
        pid = created.get("id")
    else:
        pid = found.get("id")
        changes: JSONDict = {k: v for k, v in settings.items() if found.get(k) != v}
        if "label_config" in changes and isinstance(pid, int):
            _check_labels_kept(ls, pid, title, str(settings["label_config"]))
        if changes:
            try:
                ls.update_project(int(str(pid)), changes)
            except LabelStudioError as exc:
                if exc.status == 400 and "label_config" in changes:
                    raise ProjectMismatch(
                        f"Label Studio project {title!r} (id {pid}) has another labelling config and refused "
                        "push's (its annotations use labels or controls push's config does not have); keep "
                        "the labels of the earlier run in agreement.labels or push to a new project with --project"
                    ) from None
                raise
            result.project_updated = sorted(changes)
    if not isinstance(pid, int):
        raise LabelStudioError(f"Label Studio at {ls.url}: project {title!r} has no id")
    return pid


def _check_labels_kept(ls: LabelStudio, pid: int, title: str, label_config: str) -> None:
    """Refuse a labelling config that lacks a control or label existing annotations use.

    Label Studio 1.23 accepted such a config through the API here (a ``Choices`` label removed while an
    annotation used it), and its UI then cannot show that annotation; push checks the project summary.
    """
    used = ls.summary(pid).get("created_labels")
    try:
        root = ElementTree.fromstring(label_config)
    except ElementTree.ParseError:
        return
    offered: dict[str, set[str]] = {}
    for el in root.iter():
        if el.tag == "Choices" and "name" in el.attrib:
            offered[el.attrib["name"]] = {str(c.get("value")) for c in el.iter("Choice")}
    for control, labels in used.items() if isinstance(used, dict) else []:
        if not isinstance(labels, dict) or not labels:
            continue
        missing = sorted(set(labels) - offered.get(control, set()))
        if control not in offered or missing:
            raise ProjectMismatch(
                f"Label Studio project {title!r} (id {pid}) has annotations with "
                + (f"{len(missing)} label(s) of control {control!r}" if control in offered else f"control {control!r}")
                + " that push's labelling config lacks; keep those labels in agreement.labels or push to a new "
                "project with --project"
            )


def push(ls: LabelStudio, run_dir: str | Path, *, project: str | None = None) -> list[PushResult]:
    """Push a run's review queues (see the module docstring); one result per queue."""
    run_queue = load_run_queue(run_dir, project)
    ls.whoami()  # a bad key or an unreachable server fails here, before anything is changed
    results = []
    for queue in QUEUES:
        settings = project_settings(queue, run_queue.project, run_queue.layout)
        result = PushResult(queue.name, str(settings["title"]))
        rows = run_queue.rows.get(queue.name, [])
        results.append(result)
        if not rows:
            continue
        pid = ensure_project(ls, queue, settings, result)
        result.project = pid
        result.url = f"{ls.url}/projects/{pid}/data"
        result.tasks = len(rows)
        _push_tasks(ls, pid, queue, rows, run_queue, result)
    return results


def _push_tasks(
    ls: LabelStudio, pid: int, queue: Queue, rows: list[dict[str, object]], run_queue: RunQueue, result: PushResult
) -> None:
    key = run_queue.layout.record_id_key
    existing: dict[str, JSONDict] = {}
    for task in ls.tasks(pid):
        data = task.get("data")
        if isinstance(data, dict) and data.get(key) is not None:
            existing.setdefault(str(data[key]), task)
    new: list[JSONDict] = []
    seen: set[str] = set()
    for row in rows:
        rid = str(row["record_id"])
        seen.add(rid)
        task = build_task(row, run_queue.texts.get(rid, {}), queue, run_queue.layout)
        current = existing.get(rid)
        if current is None:
            new.append(task)
            continue
        meta = current.get("meta")
        old_hash = meta.get("push_hash") if isinstance(meta, dict) else None
        new_meta = task["meta"]
        if isinstance(new_meta, dict) and old_hash == new_meta.get("push_hash"):
            result.unchanged += 1
        elif _annotated(current):
            result.kept_reviewed += 1
        else:
            tid = int(str(current.get("id")))
            ls.update_task(tid, {"data": task["data"], "meta": task["meta"]})
            predictions = task["predictions"]
            ls.replace_predictions(
                tid, [p for p in predictions if isinstance(p, dict)] if isinstance(predictions, list) else []
            )
            result.updated += 1
    for start in range(0, len(new), IMPORT_BATCH):
        ls.import_tasks(pid, new[start : start + IMPORT_BATCH])
    result.imported = len(new)
    result.not_in_queue = len(set(existing) - seen)


def _annotated(task: Mapping[str, object]) -> bool:
    def count(key: str) -> int:
        value = task.get(key)
        return value if isinstance(value, int) else 0

    return count("total_annotations") > 0 or count("cancelled_annotations") > 0


def push_summary(results: list[PushResult]) -> str:
    """The lines ``review push`` prints."""
    names = {EXPERT.name: "expert review", REANNOTATION.name: "re-annotation"}
    lines = []
    for r in results:
        head = f"{names.get(r.queue, r.queue):<14}"
        if r.project is None:
            lines.append(f"{head}nothing to push (no records in this queue)")
            continue
        what = "created" if r.project_created else ("updated" if r.project_updated else "unchanged")
        lines.append(
            f"{head}project {r.project} {r.title!r} ({what}): {r.tasks:,} records -> imported {r.imported:,}, "
            f"updated {r.updated:,}, unchanged {r.unchanged:,}, changed but already reviewed (left as is) "
            f"{r.kept_reviewed:,}; tasks of other runs in the project {r.not_in_queue:,}"
        )
        lines.append(f"{'':<14}{r.url}")
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------------
# pull


def pull(
    ls: LabelStudio,
    run_dir: str | Path,
    out_dir: str | Path,
    *,
    project: str | None = None,
) -> list[PullResult]:
    """Pull both projects' full JSON exports into ``out_dir`` (see the module docstring)."""
    from pipeline.core.atomic import write_bytes_atomic

    run = RunDir(run_dir)
    if not run.is_prepared():
        raise UsageError(f"{run.root}: not a run directory (no work/run.json)")
    out = Path(out_dir)
    real_out, real_run = out.resolve(), run.root.resolve()
    if real_out == real_run or real_run in real_out.parents:
        raise UsageError(
            f"--out {out} is inside the run directory {run.root}: the next run into it clears it and refuses "
            "inputs inside it; choose a folder outside"
        )
    spec, config = run.load()
    name = project or spec.get("dataset_name") or config.dataset_name
    cfg = config.agreement
    control = cfg.label_studio_from_name or "label"
    ls.whoami()
    results = []
    for queue in QUEUES:
        title = queue.title(str(name))
        result = PullResult(queue.name, title)
        results.append(result)
        found = ls.find_project(title)
        if found is None:
            continue
        pid = found.get("id")
        if not isinstance(pid, int):
            raise LabelStudioError(f"Label Studio at {ls.url}: project {title!r} has no id")
        result.project = pid
        controls = _config_controls(str(found.get("label_config") or ""))
        if ("Choices", control) not in controls:
            raise ProjectMismatch(
                f"Label Studio project {title!r} (id {pid}) has no Choices control named {control!r} "
                "(agreement.label_studio_from_name); it was not made by review push for this config"
            )
        payload = ls.export_snapshot(pid)
        tasks = _export_tasks(payload, title, pid)
        result.tasks = len(tasks)
        _count(tasks, result)
        path = out / queue.file_name
        staged = out / f".{queue.file_name}.pulled.json"  # read back before it replaces the file
        try:
            write_bytes_atomic(staged, payload)
            _check_readable(staged, config, queue, result)
            os.replace(staged, path)
        finally:
            staged.unlink(missing_ok=True)
        result.path = path
    if all(r.project is None for r in results):
        raise UsageError(
            f"Label Studio at {ls.url} has no project {results[0].title!r} or {results[1].title!r} "
            "(run review push first, or name the projects' prefix with --project)"
        )
    return results


def _export_tasks(payload: bytes, title: str, pid: int) -> list[JSONDict]:
    try:
        data = json.loads(payload)
    except ValueError:
        raise LabelStudioError(f"the export of project {title!r} (id {pid}) is not JSON") from None
    if not isinstance(data, list) or not all(isinstance(t, dict) for t in data):
        raise LabelStudioError(f"the export of project {title!r} (id {pid}) is not a JSON array of tasks")
    return data


def _count(tasks: list[JSONDict], result: PullResult) -> None:
    reviewers: set[str] = set()
    for task in tasks:
        annotations = task.get("annotations")
        if isinstance(annotations, list) and annotations:
            result.annotated += 1
        for a in annotations if isinstance(annotations, list) else []:
            if not isinstance(a, dict):
                continue
            if a.get("was_cancelled"):
                result.skipped += 1
                continue
            who = a.get("completed_by")
            reviewers.add(json.dumps(who, sort_keys=True))
    result.reviewers = len(reviewers)


def _check_readable(path: Path, config: PipelineConfig, queue: Queue, result: PullResult) -> None:
    """Read the written file with the agreement stage's reader (what the next run does)."""
    from pipeline.stages.agreement.sources import read_adjudications, read_annotations

    cfg = config.agreement
    read = read_adjudications if queue is EXPERT else read_annotations
    table = read(path, record_id_key=cfg.label_studio_record_id_key, from_name=cfg.label_studio_from_name)
    result.decisions = table.num_rows
    result.records = len(set(table.column("record_id").to_pylist()))


def pull_summary(results: list[PullResult]) -> str:
    """The lines ``review pull`` prints, ending with the config the next run needs."""
    lines = []
    for r in results:
        head = f"{'expert review' if r.queue == EXPERT.name else 're-annotation':<14}"
        if r.project is None or r.path is None:
            lines.append(f"{head}no project {r.title!r} in Label Studio: nothing pulled")
            continue
        what = "decisions" if r.queue == EXPERT.name else "annotations"
        lines.append(
            f"{head}project {r.project}: {r.tasks:,} tasks, {r.annotated:,} with annotations -> {r.decisions:,} {what} on "
            f"{r.records:,} records by {r.reviewers:,} reviewer(s), {r.skipped:,} skipped; wrote {r.path}"
        )
    adjud = [r.path for r in results if r.queue == EXPERT.name and r.path is not None]
    annot = [r.path for r in results if r.queue == REANNOTATION.name and r.path is not None]
    lines += [
        "",
        "next: add to the config and run again (a relative path is relative to the config file):",
        "  agreement:",
    ]
    if adjud:
        lines.append(f"    adjudication_files: [{', '.join(str(p.resolve()) for p in adjud)}]")
    if annot:
        lines.append(f"    annotation_files: [{', '.join(str(p.resolve()) for p in annot)}]")
    return "\n".join(lines)
