"""Annotation and adjudication files: long tables, Label Studio exports, Label Studio import files.

Readers return Arrow tables with string ids so they can be joined to records by ``record_id``:

- annotations: ``record_id, annotator_id, label, confidence`` (confidence nullable, 0..1), from a long
  table (``.csv``, ``.tsv``, ``.jsonl``, ``.parquet``, or a ``.json`` array of such rows) or from a
  Label Studio JSON export (``.json``: a list of tasks with ``annotations[].result`` choices and
  ``completed_by``);
- adjudications (expert decisions): ``record_id, label, reviewer``, from the same formats; in a Label
  Studio export the reviewer is the annotation's ``completed_by``.

Errors name the file, the line (or task index) and the field, never record text.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

import pyarrow as pa

from pipeline.errors import StageError

ANNOTATION_LONG_SCHEMA = pa.schema(
    [
        pa.field("record_id", pa.string(), nullable=False),
        pa.field("annotator_id", pa.string(), nullable=False),
        pa.field("label", pa.string(), nullable=False),
        pa.field("confidence", pa.float64()),
    ]
)
"""One annotation per row (long form)."""

ADJUDICATION_SCHEMA = pa.schema(
    [
        pa.field("record_id", pa.string(), nullable=False),
        pa.field("label", pa.string(), nullable=False),
        pa.field("reviewer", pa.string(), nullable=False),
    ]
)
"""One expert decision per row; a later row for the same record replaces an earlier one."""

LONG_SUFFIXES = (".csv", ".tsv", ".jsonl", ".parquet", ".json")


class AnnotationFileError(StageError):
    """An annotation or adjudication file that cannot be read; the message names file, line and field."""


# --------------------------------------------------------------------------------------------------
# generic row sources


def _as_id(value: Any) -> str | None:
    """Ids may be written as numbers in JSON/Parquet; keep them as strings (ints without '.0')."""
    if value is None:
        return None
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value).strip()
    return text or None


# columns every flat Label Studio export (JSON_MIN, CSV, TSV) has and a long table does not
_LS_FLAT_EXPORT_COLUMNS = frozenset({"annotation_id", "annotator", "lead_time"})

LS_FLAT_EXPORT_MESSAGE = (
    "this file is a Label Studio JSON-MIN, CSV or TSV export, which has no predictions, no confidences, no skipped "
    "(cancelled) annotations and numeric annotator ids; export the project as JSON (the full export: Export > JSON, "
    "GET /api/projects/<id>/export?exportType=JSON, or python -m pipeline review pull) and pass that file"
)


def _iter_rows(path: Path) -> Iterable[tuple[str, Mapping[str, Any]]]:
    """Yield ``(where, row)`` for a long table, refusing a flat Label Studio export at its first row."""
    for n, (where, row) in enumerate(_iter_long_rows(path)):
        if n == 0 and _LS_FLAT_EXPORT_COLUMNS.issubset(row):
            raise AnnotationFileError(f"{path}: {LS_FLAT_EXPORT_MESSAGE}")
        yield where, row


def _iter_long_rows(path: Path) -> Iterable[tuple[str, Mapping[str, Any]]]:
    """Yield ``(where, row)`` for a long table; ``where`` is ``line N`` (or ``row N`` for Parquet)."""
    suffix = path.suffix.lower()
    if suffix in (".csv", ".tsv"):
        with path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh, delimiter="\t" if suffix == ".tsv" else ",")
            for i, row in enumerate(reader):
                yield f"line {i + 2}", {k: (v if v != "" else None) for k, v in row.items() if k is not None}
    elif suffix == ".jsonl":
        with path.open(encoding="utf-8-sig") as fh:
            for i, line in enumerate(fh):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise AnnotationFileError(f"{path}: line {i + 1}: invalid JSON ({exc.msg})") from None
                if not isinstance(row, dict):
                    raise AnnotationFileError(f"{path}: line {i + 1}: expected a JSON object, got {type(row).__name__}")
                yield f"line {i + 1}", row
    elif suffix == ".parquet":
        import pyarrow.parquet as pq

        for i, row in enumerate(pq.read_table(path).to_pylist()):
            yield f"row {i + 1}", row
    elif suffix == ".json":
        data = _load_json(path)
        if not isinstance(data, list):
            raise AnnotationFileError(
                f"{path}: expected a JSON array of rows or of Label Studio tasks (from Label Studio: the full JSON "
                "export, Export > JSON, or python -m pipeline review pull)"
            )
        for i, row in enumerate(data):
            if not isinstance(row, dict):
                raise AnnotationFileError(f"{path}: item {i}: expected a JSON object, got {type(row).__name__}")
            yield f"item {i}", row
    else:
        raise AnnotationFileError(f"{path}: unsupported file type {suffix!r}; allowed: {', '.join(LONG_SUFFIXES)}")


def _load_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8-sig"))
    except json.JSONDecodeError as exc:
        raise AnnotationFileError(f"{path}: line {exc.lineno}: invalid JSON ({exc.msg})") from None
    except UnicodeDecodeError as exc:
        raise AnnotationFileError(f"{path}: not UTF-8 (byte {exc.start})") from None


def is_label_studio_export(path: Path) -> bool:
    """True for a ``.json`` file whose first task has ``data`` and ``annotations`` (Label Studio export)."""
    if path.suffix.lower() != ".json":
        return False
    data = _load_json(path)
    return isinstance(data, list) and bool(data) and isinstance(data[0], dict) and "annotations" in data[0]


def _confidence(value: Any, path: Path, where: str) -> float | None:
    if value is None or value == "":
        return None
    try:
        conf = float(value)
    except (TypeError, ValueError):
        raise AnnotationFileError(f"{path}: {where}: field 'confidence' must be a number in 0..1") from None
    if not 0.0 <= conf <= 1.0:
        raise AnnotationFileError(f"{path}: {where}: field 'confidence' must be in 0..1, got {conf}")
    return conf


def _required(row: Mapping[str, Any], key: str, path: Path, where: str) -> str:
    value = _as_id(row.get(key))
    if value is None:
        raise AnnotationFileError(f"{path}: {where}: field {key!r} is missing or empty")
    return value


# --------------------------------------------------------------------------------------------------
# annotations


def read_annotations(path: str | Path, *, record_id_key: str = "record_id", from_name: str | None = None) -> pa.Table:
    """Read an annotation file (long table or Label Studio export) into ``ANNOTATION_LONG_SCHEMA``."""
    path = Path(path)
    if not path.is_file():
        raise AnnotationFileError(f"{path}: annotation file not found")
    if is_label_studio_export(path):
        return read_label_studio_annotations(path, record_id_key=record_id_key, from_name=from_name)
    rows = []
    for where, row in _iter_rows(path):
        rows.append(
            {
                "record_id": _required(row, "record_id", path, where),
                "annotator_id": _required(row, "annotator_id", path, where),
                "label": _required(row, "label", path, where),
                "confidence": _confidence(row.get("confidence"), path, where),
            }
        )
    return pa.Table.from_pylist(rows, schema=ANNOTATION_LONG_SCHEMA) if rows else ANNOTATION_LONG_SCHEMA.empty_table()


def _ls_tasks(path: Path) -> list[dict[str, Any]]:
    data = _load_json(path)
    if not isinstance(data, list):
        raise AnnotationFileError(f"{path}: a Label Studio export must be a JSON array of tasks")
    return data


def _ls_user(value: Any) -> str | None:
    """Label Studio writes ``completed_by`` as a user id, or as an object with ``email``/``id``."""
    if isinstance(value, dict):
        return _as_id(value.get("email") or value.get("id"))
    return _as_id(value)


def _ls_result(result: Any, path: Path, where: str, from_name: str | None) -> tuple[str | None, float | None]:
    """The single choice label and an optional ``confidence`` number from one annotation's result list."""
    label = None
    conf = None
    for j, item in enumerate(result or ()):
        if not isinstance(item, dict):
            raise AnnotationFileError(f"{path}: {where}: result[{j}] must be an object")
        value = item.get("value") or {}
        if item.get("type") == "choices" and (from_name is None or item.get("from_name") == from_name):
            choices = value.get("choices") or []
            if len(choices) != 1:
                raise AnnotationFileError(
                    f"{path}: {where}: result[{j}].value.choices must hold exactly one label, got {len(choices)}"
                )
            if label is not None:
                raise AnnotationFileError(
                    f"{path}: {where}: more than one choices result; set agreement.label_studio_from_name"
                )
            label = _as_id(choices[0])
        elif item.get("type") == "number" and item.get("from_name") == "confidence":
            conf = _confidence(value.get("number"), path, f"{where} result[{j}]")
    return label, conf


def read_label_studio_annotations(
    path: str | Path, *, record_id_key: str = "record_id", from_name: str | None = None
) -> pa.Table:
    """Read a Label Studio JSON export into long annotations.

    Each task needs ``data.<record_id_key>``; each non-cancelled annotation with a ``choices`` result
    gives one row (annotator = ``completed_by``). A ``number`` result named ``confidence`` (0..1) is
    read as the annotator's confidence. Annotations with an empty result (skipped) are left out.
    """
    path = Path(path)
    rows = []
    for i, task in enumerate(_ls_tasks(path)):
        if not isinstance(task, dict):
            raise AnnotationFileError(f"{path}: task {i}: expected an object")
        data = task.get("data") or {}
        record_id = _as_id(data.get(record_id_key)) if isinstance(data, dict) else None
        if record_id is None:
            raise AnnotationFileError(f"{path}: task {i}: field 'data.{record_id_key}' is missing or empty")
        for j, ann in enumerate(task.get("annotations") or ()):
            where = f"task {i} annotations[{j}]"
            if not isinstance(ann, dict) or ann.get("was_cancelled"):
                continue
            label, conf = _ls_result(ann.get("result"), path, where, from_name)
            if label is None:
                continue
            annotator = _ls_user(ann.get("completed_by"))
            if annotator is None:
                raise AnnotationFileError(f"{path}: {where}: field 'completed_by' is missing")
            rows.append({"record_id": record_id, "annotator_id": annotator, "label": label, "confidence": conf})
    return pa.Table.from_pylist(rows, schema=ANNOTATION_LONG_SCHEMA) if rows else ANNOTATION_LONG_SCHEMA.empty_table()


# --------------------------------------------------------------------------------------------------
# adjudications


def read_adjudications(path: str | Path, *, record_id_key: str = "record_id", from_name: str | None = None) -> pa.Table:
    """Read expert decisions (``record_id, label, reviewer``) from a long table or a Label Studio export.

    In a Label Studio export the last non-cancelled annotation of a task is the decision and its
    ``completed_by`` the reviewer. Rows keep file order; a later row for a record replaces an earlier one.
    """
    path = Path(path)
    if not path.is_file():
        raise AnnotationFileError(f"{path}: adjudication file not found")
    rows = []
    if is_label_studio_export(path):
        long = read_label_studio_annotations(path, record_id_key=record_id_key, from_name=from_name)
        for r in long.to_pylist():
            rows.append({"record_id": r["record_id"], "label": r["label"], "reviewer": r["annotator_id"]})
    else:
        for where, row in _iter_rows(path):
            rows.append(
                {
                    "record_id": _required(row, "record_id", path, where),
                    "label": _required(row, "label", path, where),
                    "reviewer": _required(row, "reviewer", path, where),
                }
            )
    return pa.Table.from_pylist(rows, schema=ADJUDICATION_SCHEMA) if rows else ADJUDICATION_SCHEMA.empty_table()


# --------------------------------------------------------------------------------------------------
# Label Studio import files (the review queue)


def label_studio_tasks(
    rows: Iterable[Mapping[str, object]],
    *,
    data_fields: Sequence[str],
    from_name: str = "label",
    to_name: str = "text",
    model_version: str = "majority_vote",
) -> list[dict[str, object]]:
    """Build Label Studio import tasks from review-queue rows.

    Each task's ``data`` holds ``record_id`` plus ``data_fields`` copied from the row; the consensus
    label (when there is one) is attached as a prediction so the reviewer sees the vote.
    """
    tasks: list[dict[str, object]] = []
    for row in rows:
        data: dict[str, object] = {"record_id": row["record_id"]}
        for key in data_fields:
            if key != "record_id" and row.get(key) is not None:
                data[key] = row[key]
        task: dict[str, object] = {"data": data}
        label = row.get("consensus_label")
        if label:
            prediction: dict[str, object] = {
                "model_version": model_version,
                "result": [
                    {"from_name": from_name, "to_name": to_name, "type": "choices", "value": {"choices": [label]}}
                ],
            }
            share = row.get("vote_share")  # a float column: a number or None
            if isinstance(share, (int, float)):
                prediction["score"] = round(float(share), 6)
            task["predictions"] = [prediction]
        tasks.append(task)
    return tasks


def label_studio_config(labels: Sequence[str], *, text_fields: Sequence[str], from_name: str = "label") -> str:
    """A Label Studio labelling config (XML) showing ``text_fields`` with one choice per label."""
    lines = ["<View>"]
    for i, name in enumerate(text_fields):
        tag = "text" if i == 0 else f"text_{name}"
        lines.append(f"  <Header value={quoteattr(name)}/>")
        lines.append(f"  <Text name={quoteattr(tag)} value={quoteattr('$' + name)}/>")
    lines.append(f'  <Choices name={quoteattr(from_name)} toName="text" choice="single" required="true">')
    lines.extend(f"    <Choice value={quoteattr(label)}/>" for label in labels)
    lines.append("  </Choices>")
    lines.append("</View>")
    return "\n".join(lines) + "\n"
