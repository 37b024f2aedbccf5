"""The annotated field values a previous dataset version holds for a run's records (the stability signal).

An incremental build re-reads some files; the records of those files that the base version
(``work/run.json``'s ``incremental.base_version``) exported carry a ``field_confidence`` column
with each field's consensus value. :func:`previous_field_values` matches them to this run's records
by source identity (:func:`pipeline.runtime.lineage.source_identities`: the same original id, or
the same position in the same file) and returns ``record_id``, ``name``, ``value``, which the
agreement stage compares with the new consensus values
(:mod:`pipeline.stages.agreement.field_confidence`). Records of files the run did not re-read are
carried over unchanged and are not this run's to score.
"""

from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline.core.source import RecordSource
from pipeline.runtime.lineage import SOURCE_COLUMNS, file_keys, source_identities
from pipeline.runtime.payloads import IncrementalSpec
from pipeline.runtime.versions import SPLITS, DatasetStore

PREVIOUS_FIELDS_SCHEMA = pa.schema(
    [pa.field("record_id", pa.string()), pa.field("name", pa.string()), pa.field("value", pa.string())]
)
"""What :func:`previous_field_values` returns: one row per field of a record the base version holds."""


def previous_field_values(inc: IncrementalSpec | None, ingested: RecordSource | None) -> pa.Table | None:
    """The field values the base version holds for the run's records; None without a base version.

    None for a plain run, a first version or a full rebuild (stability is then not a signal);
    otherwise a table (:data:`PREVIOUS_FIELDS_SCHEMA`, possibly empty) of the fields the base
    version's exported records of the re-read files hold, keyed by this run's ``record_id``.
    """
    if inc is None or inc["full_rebuild"] or not inc["base_version"] or ingested is None:
        return None
    store = DatasetStore(inc["datasets_root"], inc["dataset"])
    info = store.info(inc["base_version"])
    replaced = pa.array(sorted(inc["replaced"]), pa.string())
    parts = []
    for split in SPLITS:
        for f in info["splits"][split]:
            path = store.dir / info["version"] / f["path"]
            if "field_confidence" not in pq.read_schema(path).names or not len(replaced):
                continue
            table = pq.read_table(path, columns=[*SOURCE_COLUMNS, "field_confidence"])
            parts.append(table.filter(pc.is_in(file_keys(table), value_set=replaced)))
    if not parts:
        return PREVIOUS_FIELDS_SCHEMA.empty_table()
    old = pa.concat_tables(parts)
    col = old.column("field_confidence").combine_chunks()
    parents = pc.list_parent_indices(col)
    items = pc.list_flatten(col)
    before = pa.table(
        {
            "identity": source_identities(old).take(parents),
            "name": items.field("name"),
            "value": items.field("value"),
        }
    )
    now = ingested.read([c for c in SOURCE_COLUMNS if c in ingested.column_names])
    current = pa.table({"identity": source_identities(now), "record_id": now.column("record_id")})
    joined = before.join(current, "identity", join_type="inner")
    return (
        joined.select(PREVIOUS_FIELDS_SCHEMA.names)
        .cast(PREVIOUS_FIELDS_SCHEMA)
        .sort_by([("record_id", "ascending"), ("name", "ascending")])
    )
