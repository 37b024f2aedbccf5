"""The record contract between stages: Arrow schemas for records, rejects, duplicates and review items.

A record is one instruction-tuning example (alpaca convention, as used by LLaMA-Factory) plus
provenance and annotations. Stages receive and return ``pyarrow.Table`` objects whose first columns
follow :data:`RECORD_SCHEMA`; a stage may append columns of its own (declared in its module).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping

import pyarrow as pa

TEXT_FIELDS: tuple[str, ...] = ("instruction", "input", "output", "system")
"""String fields holding free text; ``history`` holds text too (see :func:`iter_text_fields`)."""

FIELD_VALUE_TYPE = pa.struct(
    [
        pa.field("name", pa.string(), nullable=False),
        pa.field("value", pa.string()),
        pa.field("confidence", pa.float64()),
    ]
)
"""One annotated field of an annotation: its name, the value the annotator gave (as text) and the
annotator's confidence in it (optional, 0..1). Items are sorted by name."""

ANNOTATION_TYPE = pa.struct(
    [
        pa.field("annotator_id", pa.string(), nullable=False),
        pa.field("label", pa.string(), nullable=False),
        pa.field("confidence", pa.float64()),
        pa.field("fields", pa.list_(FIELD_VALUE_TYPE)),
    ]
)
"""One annotation: who, which label, how sure, and optionally the values of annotated fields
(``fields``, null when the annotation has none; docs/STANDARD.md "Field-level confidence")."""

HISTORY_TYPE = pa.list_(pa.list_(pa.string()))
"""Earlier turns as ``[[user, assistant], ...]`` pairs."""

MESSAGE_TYPE = pa.struct(
    [pa.field("role", pa.string(), nullable=False), pa.field("content", pa.string(), nullable=False)]
)

SPAN_TYPE = pa.struct(
    [
        pa.field("start", pa.int64()),
        pa.field("end", pa.int64()),
        pa.field("label", pa.string()),
        pa.field("text", pa.string()),
    ]
)
"""An entity span: ``[start, end)`` in characters of the annotated field, its label and its text."""

GROUNDING_TYPE = pa.struct(
    [
        pa.field("source_doc_id", pa.string()),
        pa.field("paragraph", pa.int64()),
        pa.field("paragraphs", pa.int64()),
        pa.field("start", pa.int64()),
        pa.field("end", pa.int64()),
        pa.field("confidence", pa.float64()),
    ]
)
"""Provenance of a knowledge-grounded answer: the source document's id, the paragraph's position in it
(0-based; ``paragraphs``: the document's paragraph count when known), optional ``[start, end)``
character offsets inside that paragraph and the confidence of the grounding (0..1); docs/STANDARD.md
"Grounded answers"."""

RECORD_SCHEMA = pa.schema(
    [
        pa.field("record_id", pa.string(), nullable=False),
        pa.field("instruction", pa.string(), nullable=False),
        pa.field("input", pa.string(), nullable=False),
        pa.field("output", pa.string(), nullable=False),
        pa.field("system", pa.string()),
        pa.field("history", HISTORY_TYPE),
        pa.field("corpus", pa.string(), nullable=False),
        pa.field("source_file", pa.string(), nullable=False),
        pa.field("source_index", pa.int64(), nullable=False),
        pa.field("source_id", pa.string()),
        pa.field("lang", pa.string(), nullable=False),
        pa.field("annotations", pa.list_(ANNOTATION_TYPE)),
        pa.field("spans", pa.list_(SPAN_TYPE)),
        pa.field("bio_tags", pa.list_(pa.string())),
        pa.field("intent", pa.string()),
        pa.field("grounding", pa.list_(GROUNDING_TYPE)),
    ]
)
"""Columns every stage receives and passes on, in this order."""

Row = Mapping[str, object]
"""One record (or reject) as a Python mapping of column name to value."""

REJECT_SCHEMA = pa.schema(
    [
        pa.field("record_id", pa.string(), nullable=False),
        pa.field("stage", pa.string(), nullable=False),
        pa.field("reason", pa.string(), nullable=False),
        pa.field("detail", pa.string(), nullable=False),
        pa.field("corpus", pa.string()),
        pa.field("source_file", pa.string()),
        pa.field("source_index", pa.int64()),
        pa.field("source_line", pa.int64()),
        pa.field("record", pa.string()),
    ]
)
"""A rejected record: where it came from, which stage rejected it and why.

``detail`` names files, lines and fields, never values. ``record`` is the record as the stage received
it (JSON) so it can be repaired; stages that handle personal data leave it null.
"""

DUPLICATE_SCHEMA = pa.schema(
    [
        pa.field("record_id", pa.string(), nullable=False),
        pa.field("duplicate_of", pa.string(), nullable=False),
        pa.field("method", pa.string(), nullable=False),
        pa.field("similarity", pa.float64(), nullable=False),
        pa.field("corpus", pa.string()),
        pa.field("source_file", pa.string()),
        pa.field("source_index", pa.int64()),
    ]
)
"""A record removed as a duplicate of the named surviving record."""

REVIEW_SCHEMA = pa.schema(
    [
        pa.field("record_id", pa.string(), nullable=False),
        pa.field("stage", pa.string(), nullable=False),
        pa.field("reason", pa.string(), nullable=False),
        pa.field("detail", pa.string(), nullable=False),
    ]
)
"""A record held for human review (not exported); stages may append more columns."""


def empty_table(schema: pa.Schema) -> pa.Table:
    """Return an empty table with ``schema``."""
    return schema.empty_table()


def records_to_table(rows: Iterable[Row], schema: pa.Schema = RECORD_SCHEMA) -> pa.Table:
    """Build a table from row dicts with an explicit schema (missing optional keys become null)."""
    rows = list(rows)
    if not rows:
        return schema.empty_table()
    return pa.Table.from_pylist(rows, schema=schema)


def iter_text_fields(row: Row) -> Iterable[tuple[str, str]]:
    """Yield ``(field, text)`` for every text in a record, history turns as ``history[i][j]``."""
    for name in TEXT_FIELDS:
        value = row.get(name)
        if isinstance(value, str) and value:
            yield name, value
    history = row.get("history")
    for i, pair in enumerate(history if isinstance(history, list) else ()):
        for j, turn in enumerate(pair if isinstance(pair, list) else ()):
            if isinstance(turn, str) and turn:
                yield f"history[{i}][{j}]", turn


def record_json(row: Row) -> str:
    """Serialise a record dict to compact, key-sorted JSON (for the ``record`` column of rejects)."""
    return json.dumps(row, ensure_ascii=False, sort_keys=True, default=str)


def concat_tables(tables: Iterable[pa.Table], schema: pa.Schema) -> pa.Table:
    """Concatenate tables that share ``schema``; an empty iterable gives an empty table."""
    tables = [t.select(schema.names).cast(schema) for t in tables if t is not None and t.num_rows]
    if not tables:
        return schema.empty_table()
    return pa.concat_tables(tables)
