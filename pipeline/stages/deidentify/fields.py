"""The strings of a record the stage reads, by path.

Paths: ``output``, ``history[0][1]``, ``annotations[2].annotator_id`` and the values of annotated
fields, ``annotations[2].fields[0].value`` (an amount, a date, a name: they are de-identified like
``source_id``, with the id-field recognizers as well as the analyzer).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.core.records import Row, iter_text_fields
from pipeline.stages.deidentify.recognizers.base import RecognizerResult

NON_TEXT_FIELDS = ("source_id",)
"""String fields that are ids, not text, but can hold personal data (``user-13912345678``)."""


@dataclass
class Text:
    """One analysed string of a record: where it lives (``output``, ``history[0][1]`` ...), its text, its findings."""

    path: str
    text: str
    findings: list[RecognizerResult] = field(default_factory=list)


def record_texts(row: Row) -> list[Text]:
    """Every string of a record the stage analyses: text fields, history turns, ``source_id``, annotator ids."""
    texts = [Text(fld, text) for fld, text in iter_text_fields(row)]
    for name in NON_TEXT_FIELDS:
        value = row.get(name)
        if isinstance(value, str) and value:
            texts.append(Text(name, value))
    annotations = row.get("annotations")
    if isinstance(annotations, list):
        for k, ann in enumerate(annotations):
            if not isinstance(ann, dict):
                continue
            if isinstance(ann.get("annotator_id"), str) and ann["annotator_id"]:
                texts.append(Text(f"annotations[{k}].annotator_id", ann["annotator_id"]))
            values = ann.get("fields")
            if isinstance(values, list):
                for j, item in enumerate(values):
                    if isinstance(item, dict) and isinstance(item.get("value"), str) and item["value"]:
                        texts.append(Text(f"annotations[{k}].fields[{j}].value", item["value"]))
    return texts


def is_annotator_id(path: str) -> bool:
    """True for the path of an annotator id (``annotations[2].annotator_id``)."""
    return path.startswith("annotations[") and path.endswith(".annotator_id")


def is_field_value(path: str) -> bool:
    """True for the path of an annotated field's value (``annotations[2].fields[0].value``)."""
    return _VALUE_RE.match(path) is not None


_FIELD_RE = re.compile(r"^(\w+)(?:\[(\d+)\](?:\[(\d+)\])?)?(?:\.(\w+))?$")
_VALUE_RE = re.compile(r"^annotations\[(\d+)\]\.fields\[(\d+)\]\.value$")


def copy_row(row: Row) -> dict[str, object]:
    """A copy of ``row`` whose history pairs and annotations can change without touching ``row``."""
    new = dict(row)
    history = row.get("history")
    if isinstance(history, list):
        new["history"] = [list(pair) if isinstance(pair, list) else pair for pair in history]
    annotations = row.get("annotations")
    if isinstance(annotations, list):
        new["annotations"] = [_copy_annotation(a) if isinstance(a, dict) else a for a in annotations]
    return new


def _copy_annotation(ann: dict[str, object]) -> dict[str, object]:
    new = dict(ann)
    values = ann.get("fields")
    if isinstance(values, list):
        new["fields"] = [dict(v) if isinstance(v, dict) else v for v in values]
    return new


def set_text(row: dict[str, object], name: str, text: str) -> None:
    """Put ``text`` at ``name`` (``output``, ``history[0][1]``, ``annotations[2].annotator_id``) in ``row``."""
    v = _VALUE_RE.match(name)
    if v is not None:
        annotations = row["annotations"]
        assert isinstance(annotations, list)
        ann = annotations[int(v.group(1))]
        assert isinstance(ann, dict)
        values = ann["fields"]
        assert isinstance(values, list)
        item = values[int(v.group(2))]
        assert isinstance(item, dict)
        item["value"] = text
        return
    m = _FIELD_RE.match(name)
    assert m is not None, name
    base, i, j, key = m.groups()
    if i is None:
        row[base] = text
        return
    seq = row[base]
    assert isinstance(seq, list)
    if j is not None:
        pair = seq[int(i)]
        assert isinstance(pair, list)
        pair[int(j)] = text
    elif key is not None:
        item = seq[int(i)]
        assert isinstance(item, dict)
        item[key] = text
