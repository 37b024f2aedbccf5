"""Record lineage: which records a dataset version holds, by *source identity*.

A record's source identity is where it comes from: ``<corpus>/<file>#id=<original id>`` when the
record carries one (the ``ingest.id_field`` column, ``id`` by default: the declared key), else
``<corpus>/<file>#row=<position in the file>``. A version is the set of live records by source
identity:

- a run writes ``work/lineage.parquet`` at export: one row per record ingest kept, with its source
  identity, its file key (``<corpus>/<file>``), its outcome (``exported``, ``review`` or
  ``removed``: rejected or a duplicate), the sha256 of its exported content and the run id;
- publishing a version (:func:`pipeline.runtime.versions.publish_run`) keeps the earlier version's
  records of the files the run did not *replace* (re-read or retired) and adds the run's: an edited
  record supersedes its old version, a record of a deleted file is retired;
- the dedup stage's history may only name records the new version carries over (:func:`carried`),
  so a record read again is never a duplicate of its own earlier version;
- :func:`versions_diff` compares two versions: added, changed, retired.

Positions are identities only for records without an original id: inserting a record in the middle
of such a file changes the identity of every later record (they are then changed, not unchanged).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TypedDict

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

LINEAGE_FILE = "lineage.parquet"
LINEAGE_SCHEMA = pa.schema(
    [
        pa.field("record_id", pa.string(), nullable=False),
        pa.field("file", pa.string(), nullable=False),
        pa.field("identity", pa.string(), nullable=False),
        pa.field("status", pa.string(), nullable=False),
        pa.field("content", pa.string()),
        pa.field("duplicate_of", pa.string()),
        pa.field("run_id", pa.string(), nullable=False),
    ]
)
"""One row per record a run (or version) decided: ``status`` is ``exported``, ``review`` or ``removed``;
``content`` (exported records only) is the sha256 of the exported text fields; ``duplicate_of`` (a
removed duplicate) the id of the record it duplicates."""

STATUSES = ("exported", "review", "removed")
SOURCE_COLUMNS = ("record_id", "corpus", "source_file", "source_index", "source_id")
CONTENT_COLUMNS = ("instruction", "input", "output", "system", "history")


def file_keys(table: pa.Table) -> pa.Array:
    """``<corpus>/<source_file>`` of every record (the key of its input file in a version)."""
    corpus = table.column("corpus").combine_chunks().cast(pa.string())
    source = table.column("source_file").combine_chunks().cast(pa.string())
    return pc.binary_join_element_wise(corpus, source, "/")


def source_identities(table: pa.Table) -> pa.Array:
    """The source identity of every record: ``<file key>#id=<original id>`` or ``<file key>#row=<index>``."""
    keys = file_keys(table)
    sid = table.column("source_id").combine_chunks().cast(pa.string())
    row = table.column("source_index").combine_chunks().cast(pa.string())
    by_id = pc.binary_join_element_wise(keys, pc.binary_join_element_wise(pa.scalar("#id"), sid, "="), "")
    by_row = pc.binary_join_element_wise(keys, pc.binary_join_element_wise(pa.scalar("#row"), row, "="), "")
    return pc.if_else(pc.is_null(sid), by_row, by_id)


def content_hashes(table: pa.Table) -> list[str]:
    """sha256 of each record's exported text fields (instruction, input, output, system, history).

    Reads 65,536 rows at a time, so only one batch of texts is held as Python strings.
    """
    names = [c for c in CONTENT_COLUMNS if c in table.column_names]
    out: list[str] = []
    for batch in table.select(names).to_batches(max_chunksize=65_536):
        columns = {name: batch.column(name).to_pylist() for name in names}
        rows = [[columns[c][i] if c in columns else None for c in CONTENT_COLUMNS] for i in range(batch.num_rows)]
        out += [hashlib.sha256(json.dumps(r, ensure_ascii=False).encode()).hexdigest() for r in rows]
    return out


def lineage_table(
    sources: pa.Table,
    exported: pa.Table,
    review_ids: Iterable[str],
    run_id: str,
    duplicate_of: Mapping[str, str] | None = None,
) -> pa.Table:
    """The lineage rows of a run, sorted by source identity.

    ``sources`` has the :data:`SOURCE_COLUMNS` of every record ingest kept, ``exported`` the
    exported records (with their text); ``review_ids`` are the records held for review and
    ``duplicate_of`` maps a removed duplicate to the record it duplicates. Joins are Arrow joins
    (no per-record Python objects but the content hashes).
    """
    ids = sources.column("record_id").combine_chunks().cast(pa.string())
    exported_ids = exported.column("record_id").combine_chunks().cast(pa.string())
    review = pa.array(sorted(set(review_ids)), pa.string())
    status = pc.if_else(
        pc.is_in(ids, value_set=exported_ids),
        pa.scalar("exported"),
        pc.if_else(pc.is_in(ids, value_set=review), pa.scalar("review"), pa.scalar("removed")),
    )
    dups = duplicate_of or {}
    side = pa.table(
        {
            "record_id": pa.concat_arrays([exported_ids, pa.array(list(dups), pa.string())]),
            "content": pa.concat_arrays(
                [pa.array(content_hashes(exported), pa.string()), pa.nulls(len(dups), pa.string())]
            ),
            "duplicate_of": pa.concat_arrays(
                [pa.nulls(len(exported_ids), pa.string()), pa.array(list(dups.values()), pa.string())]
            ),
        }
    )
    side = side.group_by("record_id").aggregate([("content", "max"), ("duplicate_of", "max")])
    side = pa.table(
        {"record_id": side["record_id"], "content": side["content_max"], "duplicate_of": side["duplicate_of_max"]}
    )
    table = pa.table(
        {
            "record_id": ids,
            "file": file_keys(sources),
            "identity": source_identities(sources),
            "status": status,
            "run_id": pa.repeat(pa.scalar(run_id, pa.string()), len(ids)),
        }
    )
    table = table.join(side, "record_id", join_type="left outer")
    return (
        table.select(LINEAGE_SCHEMA.names)
        .cast(LINEAGE_SCHEMA)
        .sort_by([("identity", "ascending"), ("record_id", "ascending")])
    )


def lineage_of_parts(parts: Sequence[tuple[Path, str]]) -> pa.Table:
    """Lineage rows (all ``exported``) rebuilt from exported Parquet files ``(path, run id)``.

    For versions published before lineage files existed.
    """
    tables = []
    for path, run_id in parts:
        t = pq.read_table(
            path, columns=[*SOURCE_COLUMNS, *(c for c in CONTENT_COLUMNS if c in pq.read_schema(path).names)]
        )
        tables.append(lineage_table(t, t, (), run_id))
    return pa.concat_tables(tables) if tables else LINEAGE_SCHEMA.empty_table()


def keep_files(lineage: pa.Table, replaced: Iterable[str]) -> pa.Table:
    """The rows of ``lineage`` whose file is not in ``replaced`` (records a new version carries over)."""
    drop = pa.array(sorted(set(replaced)), pa.string())
    if not len(drop) or not lineage.num_rows:
        return lineage
    return lineage.filter(pc.invert(pc.is_in(lineage.column("file"), value_set=drop)))


def carried(lineage: pa.Table, replaced: Iterable[str]) -> pa.Table:
    """``(record_id, run_id)`` of the exported records a new version carries over from ``lineage``.

    These are the only earlier records a history duplicate may name: a record of a file the run
    re-reads, or of a retired file, is no longer in the dataset.
    """
    kept = keep_files(lineage, replaced)
    kept = kept.filter(pc.equal(kept.column("status"), "exported"))
    return kept.select(["record_id", "run_id"])


def dependents(lineage: pa.Table, replaced: Iterable[str]) -> set[str]:
    """Files holding duplicates of records in ``replaced`` files (and so on): they must be read again.

    A record dropped as a duplicate of a record that is superseded or retired may be the one to keep
    now; reading its file again lets dedup decide afresh.
    """
    files = set(replaced)
    dup = lineage.filter(pc.is_valid(lineage.column("duplicate_of")))
    while True:
        ids = lineage.filter(pc.is_in(lineage.column("file"), value_set=pa.array(sorted(files), pa.string())))
        hit = dup.filter(pc.is_in(dup.column("duplicate_of"), value_set=ids.column("record_id").combine_chunks()))
        more = set(hit.column("file").to_pylist()) - files
        if not more:
            return files - set(replaced)
        files |= more


def history_keys(table: pa.Table) -> pa.Array:
    """``record_id`` and ``run_id`` joined by U+001F (how history rows are matched to :func:`carried`)."""
    return pc.binary_join_element_wise(
        table.column("record_id").combine_chunks().cast(pa.string()),
        table.column("run_id").combine_chunks().cast(pa.string()),
        "\x1f",
    )


def read_lineage(path: Path) -> pa.Table:
    """A lineage file (:data:`LINEAGE_SCHEMA`)."""
    return pq.read_table(path).select(LINEAGE_SCHEMA.names).cast(LINEAGE_SCHEMA)


class VersionsDiff(TypedDict):
    """What changed between two versions, by source identity (sorted lists of identities)."""

    added: list[str]
    changed: list[str]
    retired: list[str]


def diff_lineages(old: pa.Table, new: pa.Table) -> VersionsDiff:
    """Compare the exported records of two lineages: see :func:`pipeline.runtime.versions.versions_diff`."""

    def live(t: pa.Table) -> dict[str, str]:
        t = t.filter(pc.equal(t.column("status"), "exported"))
        return dict(zip(t.column("identity").to_pylist(), t.column("content").to_pylist(), strict=True))

    a, b = live(old), live(new)
    return {
        "added": sorted(k for k in b if k not in a),
        "changed": sorted(k for k in b if k in a and a[k] != b[k]),
        "retired": sorted(k for k in a if k not in b),
    }
