"""The tables the suites validate, built from a shard of records (pandas DataFrames with Arrow columns).

One builder per suite: :func:`records_frame` and :func:`annotations_frame` (the records as ingest wrote
them), :func:`deidentified_frame` (residual personal data per record), :func:`export_frame` (the
prospective export rows), :func:`span_frame` (span and BIO columns), and :func:`split_flags` (the
narrow columns the dataset-wide export suite needs).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

import pyarrow as pa
import pyarrow.compute as pc

from pipeline.stages.validate.rules import RULE_FIELDS

if TYPE_CHECKING:
    import pandas as pd

    from pipeline.config import PipelineConfig


MESSAGE_TYPE_LOOSE = pa.struct([pa.field("role", pa.string()), pa.field("content", pa.string())])
"""Like ``records.MESSAGE_TYPE`` but nullable, so a malformed turn reaches the expectation instead of
failing the conversion."""

RECORD_READ = ("record_id", "instruction", "input", "output", "corpus", "source_file", "source_index", "lang")


def records_frame(ingest: pa.Table) -> pd.DataFrame:
    """The records suite's DataFrame: the contract columns present in the ingest output."""
    cols = [c for c in RECORD_READ if c in ingest.column_names]
    return ingest.select(cols).to_pandas()


def annotations_frame(ingest: pa.Table) -> pd.DataFrame | None:
    """One row per annotation (record_id, annotator_id, label, confidence); None when there are none."""
    import pandas as pd

    if "annotations" not in ingest.column_names:
        return None
    ann = ingest.column("annotations").combine_chunks()
    if not isinstance(ann.type, pa.ListType) or not pa.types.is_struct(ann.type.value_type):
        return None
    flat = cast(pa.StructArray, pc.list_flatten(ann))  # list<struct>: the values are a struct array
    if not len(flat):
        return None
    parents = pc.list_parent_indices(ann)
    names = [f.name for f in ann.type.value_type]
    data: dict[str, Any] = {"record_id": pc.take(ingest.column("record_id"), parents).to_pandas()}
    for name in ("annotator_id", "label", "confidence"):
        if name in names:
            data[name] = flat.field(name).to_pandas()
        else:
            data[name] = pd.Series([None] * len(flat), dtype=object)
    return pd.DataFrame(data)


def deidentified_frame(
    table: pa.Table, config: PipelineConfig, checked: Mapping[str, bytes] | None = None
) -> pd.DataFrame:
    """Record id and the number of residual personal-data findings per record (no text).

    ``checked``: the digests the de-identification stage wrote for the records it kept (see
    :mod:`pipeline.stages.deidentify.checked`); records it checked as they are are not scanned again.

    The count comes from the de-identification stage's own residual check under the run's policy
    (:func:`pipeline.stages.deidentify.gate.residual_counts`), so the gate agrees with the stage; the
    frame holds no text, so no result or Data Docs page can show a value.
    """
    import pandas as pd

    from pipeline.stages.deidentify.gate import residual_counts

    return pd.DataFrame(
        {
            "record_id": table.column("record_id").to_pandas(),
            "residual_pii": pd.Series(residual_counts(table, config, checked), dtype="int64"),
        }
    )


def export_frame(table: pa.Table, config: PipelineConfig) -> pd.DataFrame:
    """The prospective export rows: record_id, instruction, output and messages.

    ``messages`` is an Arrow-backed column: GX deep-copies the batch, which is free for immutable
    Arrow data and takes seconds for 100k Python dicts; the custom expectation checks it vectorised.
    """
    import pandas as pd

    from pipeline.core.messages import build_messages

    cols = [c for c in ("system", "history", "instruction", "input", "output") if c in table.column_names]
    rows = table.select(cols).to_pylist()
    messages: list[list[dict[str, object]] | None] = []
    for row in rows:
        try:
            messages.append(build_messages(row))
        except (KeyError, TypeError, ValueError):
            messages.append(None)
    arrow_messages = pa.array(messages, type=pa.list_(MESSAGE_TYPE_LOOSE))
    return pd.DataFrame(
        {
            "record_id": table.column("record_id").to_pandas(),
            "instruction": table.column("instruction").to_pandas(),
            "output": table.column("output").to_pandas(),
            "messages": pd.Series(pd.arrays.ArrowExtensionArray(arrow_messages)),
        }
    )


SPLIT_SCHEMA = pa.schema([pa.field("record_id", pa.string()), pa.field("is_validation", pa.float64())])
"""The split part of the features: a record's id and whether the export puts it in validation."""

FEATURES_SCHEMA = pa.schema([*SPLIT_SCHEMA, *RULE_FIELDS])
"""What phase 1 hands to phase 2 per record: the split flag and the annotation rules' verdict."""


def split_flags(table: pa.Table, config: PipelineConfig) -> pa.Table:
    """Record id and validation-split flag (1.0 / 0.0, from ``pipeline.core.split.table_splits``) per record."""
    from pipeline.core.split import table_splits

    ids = cast("list[str]", table.column("record_id").to_pylist())  # record ids are never null
    splits = table_splits(table, config.export.validation_ratio, config.export.split_salt)
    flags = pa.array([1.0 if s == "validation" else 0.0 for s in splits], pa.float64())
    return pa.table([pa.array(ids, pa.string()), flags], schema=SPLIT_SCHEMA)


SPAN_ARROW_TYPE = pa.list_(
    pa.struct([("start", pa.int64()), ("end", pa.int64()), ("label", pa.string()), ("text", pa.string())])
)
"""The span column layout the span suite expects (used for an absent column)."""


def span_frame(table: pa.Table, config: PipelineConfig) -> pd.DataFrame | None:
    """Text, spans and BIO columns for the span suite; None when it does not run (``auto``: no span or tag values).

    The list columns stay Arrow-backed (cheap for GX to copy; checked without a dict per span).
    """
    import pandas as pd

    cfg = config.validate
    present = [
        c
        for c in (cfg.span_column, cfg.bio_column)
        if c in table.column_names and table.column(c).null_count < len(table)
    ]
    if cfg.span_suite == "off" or (cfg.span_suite == "auto" and not present):
        return None
    data: dict[str, Any] = {"record_id": table.column("record_id").to_pandas()}
    if cfg.span_text_column in table.column_names:
        data[cfg.span_text_column] = table.column(cfg.span_text_column).to_pandas()
    else:
        data[cfg.span_text_column] = pd.Series([None] * table.num_rows, dtype="str")
    for name, absent_type in ((cfg.span_column, SPAN_ARROW_TYPE), (cfg.bio_column, pa.list_(pa.string()))):
        if name in table.column_names:
            arr = table.column(name).combine_chunks()
        else:
            arr = pa.nulls(table.num_rows, type=absent_type)
        data[name] = pd.Series(pd.arrays.ArrowExtensionArray(arr))
    return pd.DataFrame(data)
