"""Gathering annotations: the ``annotations`` column and annotation files in one long table per run."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import cast

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from pipeline.config.agreement import AgreementConfig
from pipeline.core.stage import Counters, StageContext
from pipeline.errors import StageError


@dataclass
class Annotations:
    """Valid annotations in long form after de-duplication (one per record and annotator)."""

    row: np.ndarray  # index of the record in the input table
    rater: np.ndarray  # index into ``raters``
    code: np.ndarray  # index into ``vocab``
    confidence: np.ndarray  # float, NaN when not given
    raters: list[str]
    vocab: list[str]
    values: np.ndarray | None  # numeric value per label (interval/ratio), else None


class AnnotationSources:
    """Where each long annotation came from, rendered lazily (only rejected ones are ever named).

    Embedded annotations are ``annotations[i]`` (position in the record's list); file annotations are
    ``<file name> row N``.
    """

    def __init__(self, positions: np.ndarray) -> None:
        """Start with the embedded annotations' list positions."""
        self.positions = positions
        self.files: list[tuple[str, np.ndarray]] = []

    def add_file(self, name: str, rows: np.ndarray) -> None:
        """Append the annotations read from file ``name`` (0-based data rows)."""
        self.files.append((name, rows))

    def __getitem__(self, i: int) -> str:
        """The source of long annotation ``i``."""
        if i < len(self.positions):
            return f"annotations[{int(self.positions[i])}]"
        i -= len(self.positions)
        for name, rows in self.files:
            if i < len(rows):
                return f"{name} row {int(rows[i]) + 1}"
            i -= len(rows)
        raise IndexError(i)


def embedded_annotations(table: pa.Table) -> tuple[np.ndarray, pa.Array, pa.Array, np.ndarray, AnnotationSources]:
    """Flatten the ``annotations`` column: (row, annotator, label, confidence, sources)."""
    if "annotations" not in table.column_names or table.num_rows == 0:
        empty = pa.array([], pa.string())
        return np.zeros(0, np.int64), empty, empty, np.zeros(0), AnnotationSources(np.zeros(0, np.int64))
    col = table.column("annotations").combine_chunks()
    if col.type != pa.list_(col.type.value_type):
        col = col.cast(pa.list_(col.type.value_type))
    parents = pc.list_parent_indices(col).to_numpy(zero_copy_only=False).astype(np.int64)
    # a list<struct> column: the flattened values are a struct array (the stubs say a list array)
    flat = cast(pa.StructArray, pc.list_flatten(col))
    offsets = cast(pa.ListArray, col).offsets.to_numpy()
    position = np.arange(len(parents)) - (offsets[parents] - offsets[0]) if len(parents) else np.zeros(0, np.int64)
    annot = flat.field("annotator_id")
    label = flat.field("label")
    names = flat.type.names if hasattr(flat.type, "names") else [f.name for f in flat.type]
    if "confidence" in names:
        conf = pc.cast(flat.field("confidence"), pa.float64()).fill_null(np.nan).to_numpy(zero_copy_only=False)
    else:
        conf = np.full(len(parents), np.nan)
    return parents, annot, label, conf, AnnotationSources(position.astype(np.int64))


def file_annotations(
    table: pa.Table, cfg: AgreementConfig, ctx: StageContext, counters: Counters, sources: AnnotationSources
) -> tuple[list[np.ndarray], list[pa.ChunkedArray], list[pa.ChunkedArray], list[np.ndarray]]:
    """Annotations from ``annotation_files`` joined to the table's records by ``record_id``."""
    from pipeline.stages.agreement.sources import read_annotations
    from pipeline.stages.deidentify.ids import person_id_rule

    person_id = person_id_rule(ctx.config)  # ids that name a person, as the deidentify stage writes them
    rows: list[np.ndarray] = []
    annots: list[pa.ChunkedArray] = []
    labels: list[pa.ChunkedArray] = []
    confs: list[np.ndarray] = []
    ids = table.column("record_id")
    for name in cfg.annotation_files:
        path = ctx.config.resolve_path(name)
        long = read_annotations(
            path, record_id_key=cfg.label_studio_record_id_key, from_name=cfg.label_studio_from_name
        )
        idx_arr = pc.index_in(long.column("record_id"), value_set=ids)
        matched = pc.is_valid(idx_arr).to_numpy(zero_copy_only=False)
        counters["annotations_unmatched"] = counters.get("annotations_unmatched", 0) + int((~matched).sum())
        counters["annotations_from_files"] = counters.get("annotations_from_files", 0) + int(matched.sum())
        sel = np.flatnonzero(matched)
        rows.append(idx_arr.fill_null(-1).to_numpy(zero_copy_only=False)[sel].astype(np.int64))
        annots.append(
            pa.chunked_array(
                [pa.array([person_id(a) for a in long.column("annotator_id").take(sel).to_pylist()], pa.string())]
            )
        )
        labels.append(long.column("label").take(sel))
        confidence = long.column("confidence").fill_null(pa.scalar(np.nan, pa.float64()))
        confs.append(confidence.to_numpy(zero_copy_only=False)[sel])
        sources.add_file(Path(name).name, sel)
    return rows, annots, labels, confs


def vocabulary(cfg: AgreementConfig, found: Sequence[str]) -> tuple[list[str], np.ndarray | None]:
    """The ordered label vocabulary and, for interval/ratio, each label's numeric value."""
    if cfg.labels:
        vocab = list(cfg.labels)
    else:
        extra = [*cfg.keep_labels, *cfg.reject_labels, *cfg.label_values]
        labels = sorted(set(found) | set(extra))
        vocab = labels if cfg.level == "nominal" else sorted(labels, key=lambda s: (_numeric(s, cfg), s))
    if cfg.level not in ("interval", "ratio"):
        return vocab, None
    return vocab, np.array([_numeric(s, cfg) for s in vocab], dtype=np.float64)


def _numeric(label: str, cfg: AgreementConfig) -> float:
    if label in cfg.label_values:
        return float(cfg.label_values[label])
    try:
        return float(label)
    except ValueError:
        raise StageError(
            f"agreement.level is {cfg.level!r} but label {label!r} has no numeric value: "
            "list the labels in order in agreement.labels (ordinal) or give agreement.label_values"
        ) from None
