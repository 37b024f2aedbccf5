"""The export stage: instruction-tuning Parquet files with an explicit schema and a deterministic split.

``export/train.parquet`` and ``export/validation.parquet`` carry the alpaca columns, ``messages``
(system/user/assistant turns, as TRL and chat templates expect), provenance, ``lang``, annotations
and every column a later stage added. They load with ``datasets.load_dataset("parquet", ...)``,
pandas and pyarrow.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from pipeline.atomic import write_parquet_atomic
from pipeline.config.export import ExportConfig
from pipeline.records import MESSAGE_TYPE, RECORD_SCHEMA

SPLITS = ("train", "validation")

_BASE_ORDER = [
    "record_id",
    "instruction",
    "input",
    "output",
    "system",
    "history",
    "messages",
    "corpus",
    "source_file",
    "source_index",
    "source_id",
    "lang",
    "annotations",
]


def split_of(record_id: str, ratio: float, salt: str) -> str:
    """``validation`` for a stable pseudo-random ``ratio`` share of record ids, else ``train``."""
    digest = hashlib.sha256(f"{salt}\x1f{record_id}".encode()).digest()
    u = int.from_bytes(digest[:8], "big") / 2**64
    return "validation" if u < ratio else "train"


def assign_split(record_ids: Iterable[str], ratio: float, salt: str) -> list[str]:
    """Split names for each id (see :func:`split_of`): depends only on the id, ratio and salt."""
    return [split_of(rid, ratio, salt) for rid in record_ids]


def build_messages(row: Mapping[str, Any]) -> list[dict[str, str]]:
    """Chat turns for a record: optional system, the history pairs, then the instruction and output.

    A non-empty ``input`` is appended to the instruction after a blank line (the alpaca convention).
    """
    msgs: list[dict[str, str]] = []
    if row.get("system"):
        msgs.append({"role": "system", "content": row["system"]})
    for user, assistant in row.get("history") or ():
        msgs.append({"role": "user", "content": user})
        msgs.append({"role": "assistant", "content": assistant})
    prompt = row["instruction"]
    if row.get("input"):
        prompt = f"{prompt}\n\n{row['input']}"
    msgs.append({"role": "user", "content": prompt})
    msgs.append({"role": "assistant", "content": row["output"]})
    return msgs


def export_schema(table: pa.Table) -> pa.Schema:
    """The export schema: the fixed columns in a fixed order, then stage columns in table order."""
    fields = {f.name: f for f in RECORD_SCHEMA}
    fields["messages"] = pa.field("messages", pa.list_(MESSAGE_TYPE), nullable=False)
    out = [fields[name] for name in _BASE_ORDER]
    out += [f for f in table.schema if f.name not in fields]
    return pa.schema(out, metadata={b"instructflow.schema": b"1"})


def messages_array(table: pa.Table) -> pa.ListArray:
    """The ``messages`` column for ``table``, built as flat Arrow arrays (same turns as :func:`build_messages`)."""
    roles: list[str] = []
    contents: list[str] = []
    offsets = [0]
    cols = [table.column(c).to_pylist() for c in ("system", "history", "instruction", "input", "output")]
    for system, history, instruction, inp, output in zip(*cols):
        if system:
            roles.append("system")
            contents.append(system)
        for user, assistant in history or ():
            roles += ("user", "assistant")
            contents += (user, assistant)
        roles += ("user", "assistant")
        contents += (f"{instruction}\n\n{inp}" if inp else instruction, output)
        offsets.append(len(roles))
    values = pa.StructArray.from_arrays(
        [pa.array(roles, pa.string()), pa.array(contents, pa.string())], fields=list(MESSAGE_TYPE)
    )
    return pa.ListArray.from_arrays(pa.array(offsets, pa.int32()), values, type=pa.list_(MESSAGE_TYPE))


def with_messages(table: pa.Table) -> pa.Table:
    """Return ``table`` with a ``messages`` column, columns in export order."""
    messages = messages_array(table)
    if "messages" in table.column_names:
        table = table.drop_columns(["messages"])
    table = table.append_column(pa.field("messages", pa.list_(MESSAGE_TYPE), nullable=False), messages)
    schema = export_schema(table)
    return table.select(schema.names).cast(schema)


@dataclass
class ExportOutcome:
    """Paths and row counts of the written split files."""

    files: dict[str, Path]
    rows: dict[str, int]


def write_export(table: pa.Table, export_dir: Path, config: ExportConfig) -> ExportOutcome:
    """Write one Parquet file per split under ``export_dir`` atomically; rows sorted by record id."""
    table = with_messages(table)
    if table.num_rows:
        table = table.sort_by("record_id")
    splits = assign_split(table.column("record_id").to_pylist(), config.validation_ratio, config.split_salt)
    mask = pa.array([s == "validation" for s in splits], type=pa.bool_())
    parts = {"validation": table.filter(mask), "train": table.filter(pc.invert(mask))}
    options: dict[str, Any] = {"compression": None if config.compression == "none" else config.compression}
    if config.compression in ("zstd", "gzip"):
        options["compression_level"] = min(config.compression_level, 9 if config.compression == "gzip" else 22)
    options["row_group_size"] = config.row_group_size
    files: dict[str, Path] = {}
    for split in SPLITS:
        files[split] = write_parquet_atomic(parts[split], export_dir / f"{split}.parquet", **options)
    return ExportOutcome(files=files, rows={s: parts[s].num_rows for s in SPLITS})


def count_by(table: pa.Table, columns: Sequence[str]) -> list[dict[str, Any]]:
    """Row counts grouped by ``columns``, sorted by the group values (for the dataset card)."""
    if not table.num_rows:
        return []
    grouped = table.group_by(list(columns)).aggregate([([], "count_all")]).to_pylist()
    return sorted(grouped, key=lambda r: tuple(str(r[c]) for c in columns))
