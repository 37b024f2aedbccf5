"""The strings of a record the stage reads, by path (``output``, ``history[0][1]``, ``annotations[2].annotator_id``)."""

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
            if isinstance(ann, dict) and isinstance(ann.get("annotator_id"), str) and ann["annotator_id"]:
                texts.append(Text(f"annotations[{k}].annotator_id", ann["annotator_id"]))
    return texts


_FIELD_RE = re.compile(r"^(\w+)(?:\[(\d+)\](?:\[(\d+)\])?)?(?:\.(\w+))?$")


def copy_row(row: Row) -> dict[str, object]:
    """A copy of ``row`` whose history pairs and annotations can change without touching ``row``."""
    new = dict(row)
    history = row.get("history")
    if isinstance(history, list):
        new["history"] = [list(pair) if isinstance(pair, list) else pair for pair in history]
    annotations = row.get("annotations")
    if isinstance(annotations, list):
        new["annotations"] = [dict(a) if isinstance(a, dict) else a for a in annotations]
    return new


def set_text(row: dict[str, object], name: str, text: str) -> None:
    """Put ``text`` at ``name`` (``output``, ``history[0][1]``, ``annotations[2].annotator_id``) in ``row``."""
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
