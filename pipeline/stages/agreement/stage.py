"""The agreement stage: majority vote per record, agreement figures, review queue, expert adjudication.

Per record (annotations from the ``annotations`` column plus any ``agreement.annotation_files``), the
stage takes the majority label and decides, in this order (first match wins):

1. an annotation outside the contract (unknown label, empty annotator, confidence outside 0..1):
   rejected (``unknown_label`` / ``invalid_annotation``);
2. an expert decision in ``agreement.adjudication_files``: final. A reject label rejects
   (``rejected_by_adjudication``), otherwise the record is kept with ``review_status = adjudicated``;
3. no annotations: kept as ``not_annotated`` (or review ``not_annotated`` if ``require_annotations``);
4. fewer than ``min_annotators`` distinct annotators: review ``needs_more_annotations``;
5. a tie for the top label: review ``tie``;
6. vote share under ``min_vote_share``: review ``low_vote_share``;
7. confidence score under ``reannotate_below_confidence``: review ``reannotate_low_confidence``;
   under ``review_below_confidence``: review ``low_confidence``;
8. the optional label check confidently predicts another label: review ``model_contradicts``;
9. the majority label is a reject label: rejected ``rejected_by_annotators``;
10. a keep label (or any label when ``keep_labels`` is empty): accepted; otherwise review
    ``unmapped_label``.

Agreement figures (percent agreement, pairwise Cohen's kappa, Fleiss' kappa, Krippendorff's alpha,
per-annotator and per-batch figures) are computed over every valid annotation, independent of the
decisions. Reports go to ``reports/`` (see :mod:`pipeline.stages.agreement.report`). No record text appears
in details, counters or reports; the Label Studio review file carries the (de-identified) text
reviewers need.

The stage runs in three phases, like :mod:`pipeline.stages.dedup.stage`, so a run directory's shards never all sit
in memory at once: :func:`shard_features` (per shard: ``record_id``, ``annotations``, the batch field
and, only when the label check is on, its text fields; no other text), :func:`plan` (once, over the
features of every shard in shard order: annotation and adjudication files, consensus, decisions,
label check, agreement figures and every report; the review queue's text fields are read for the
review rows only, through a :class:`~pipeline.core.source.RecordSource` over the full records) and
:meth:`AgreementPlan.apply` (per shard: kept records with the consensus columns, rejects built from
the full records, the shard's review rows). :func:`run` does the three on one table, with the same
result as over shards.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from pipeline.config.agreement import AgreementConfig
from pipeline.core.records import REVIEW_SCHEMA
from pipeline.core.source import RecordSource, TableSource, present
from pipeline.core.stage import Counters, PhasedStage, RejectBuilder, StageContext, StageResult
from pipeline.errors import StageError
from pipeline.stages.agreement import metrics as am

if TYPE_CHECKING:
    from pipeline.stages.agreement.report import ReviewTexts

STAGE = "agreement"

CONSENSUS_FIELDS = pa.schema(
    [
        pa.field("consensus_label", pa.string()),
        pa.field("vote_share", pa.float64()),
        pa.field("n_annotators", pa.int32()),
        pa.field("mean_confidence", pa.float64()),
        pa.field("confidence_score", pa.float64()),
        pa.field("review_status", pa.string()),
        pa.field("adjudicated_by", pa.string()),
    ]
)
"""Columns the stage appends to kept records."""

REVIEW_QUEUE_SCHEMA = pa.schema(
    [
        *REVIEW_SCHEMA,
        pa.field("queue", pa.string(), nullable=False),
        pa.field("batch", pa.string()),
        pa.field("consensus_label", pa.string()),
        pa.field("vote_share", pa.float64()),
        pa.field("n_annotators", pa.int32()),
        pa.field("confidence_score", pa.float64()),
        pa.field("votes", pa.string()),
    ]
)
"""The review table of this stage: REVIEW_SCHEMA plus the vote, for the expert or re-annotation queue."""

# decision codes (internal)
ACCEPTED, REJECTED, REVIEW = 0, 1, 2

REVIEW_QUEUE = {
    "needs_more_annotations": "reannotation",
    "reannotate_low_confidence": "reannotation",
    "not_annotated": "reannotation",
    "tie": "expert",
    "low_vote_share": "expert",
    "low_confidence": "expert",
    "model_contradicts": "expert",
    "unmapped_label": "expert",
}
"""Which queue each review reason goes to."""


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


# --------------------------------------------------------------------------------------------------
# gathering annotations


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


def _embedded(table: pa.Table) -> tuple[np.ndarray, pa.Array, pa.Array, np.ndarray, AnnotationSources]:
    """Flatten the ``annotations`` column: (row, annotator, label, confidence, sources)."""
    if "annotations" not in table.column_names or table.num_rows == 0:
        empty = pa.array([], pa.string())
        return np.zeros(0, np.int64), empty, empty, np.zeros(0), AnnotationSources(np.zeros(0, np.int64))
    col = table.column("annotations").combine_chunks()
    if col.type != pa.list_(col.type.value_type):
        col = col.cast(pa.list_(col.type.value_type))
    parents = pc.list_parent_indices(col).to_numpy(zero_copy_only=False).astype(np.int64)
    flat = pc.list_flatten(col)
    offsets = col.offsets.to_numpy()
    position = np.arange(len(parents)) - (offsets[parents] - offsets[0]) if len(parents) else np.zeros(0, np.int64)
    annot = flat.field("annotator_id")
    label = flat.field("label")
    names = flat.type.names if hasattr(flat.type, "names") else [f.name for f in flat.type]
    if "confidence" in names:
        conf = pc.fill_null(pc.cast(flat.field("confidence"), pa.float64()), np.nan).to_numpy(zero_copy_only=False)
    else:
        conf = np.full(len(parents), np.nan)
    return parents, annot, label, conf, AnnotationSources(position.astype(np.int64))


def _from_files(
    table: pa.Table, cfg: AgreementConfig, ctx: StageContext, counters: dict[str, int], sources: AnnotationSources
) -> tuple[list[np.ndarray], list[pa.Array], list[pa.Array], list[np.ndarray]]:
    """Annotations from ``annotation_files`` joined to the table's records by ``record_id``."""
    from pipeline.stages.agreement.sources import read_annotations

    rows, annots, labels, confs = [], [], [], []
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
        rows.append(pc.fill_null(idx_arr, -1).to_numpy(zero_copy_only=False)[sel].astype(np.int64))
        annots.append(long.column("annotator_id").take(sel))
        labels.append(long.column("label").take(sel))
        confs.append(pc.fill_null(long.column("confidence"), np.nan).to_numpy(zero_copy_only=False)[sel])
        sources.add_file(Path(name).name, sel)
    return rows, annots, labels, confs


def _vocabulary(cfg: AgreementConfig, found: Sequence[str]) -> tuple[list[str], np.ndarray | None]:
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


# --------------------------------------------------------------------------------------------------
# the stage


@dataclass
class AgreementPlan:
    """The outcome of phase 2 (:func:`plan`): every record's decision, applied shard by shard by :meth:`apply`.

    Per global row (the stage's input in shard order): the decision, the consensus columns kept
    records get, the merged ``annotations`` column (only when ``annotation_files`` were joined), the
    reject reason and detail of rejected rows and the review-queue row of review rows. Record ids,
    labels and numbers only: no record text.
    """

    enabled: bool
    record_ids: pa.Array
    """``record_id`` per global row (how :meth:`apply` finds a shard's records)."""
    decision: np.ndarray
    """``ACCEPTED``, ``REJECTED`` or ``REVIEW`` per global row."""
    status: str = "accepted"
    """``review_status`` of kept records where ``consensus`` has no column (all of them when it is empty)."""
    consensus: dict[str, pa.Array] = field(default_factory=dict)
    """:data:`CONSENSUS_FIELDS` columns per global row (missing ones are appended as nulls)."""
    annotations: pa.Array | None = None
    """The merged ``annotations`` column per global row (annotation files joined), else None."""
    rejected_rows: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    """Global rows rejected (ascending), with their reason code and detail."""
    rejected_reason: list[str] = field(default_factory=list)
    rejected_detail: list[str] = field(default_factory=list)
    review_rows: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    """Global rows held for review (ascending): row ``i`` of ``review`` is global row ``review_rows[i]``."""
    review: pa.Table | None = None
    """The review queue (:data:`REVIEW_QUEUE_SCHEMA`); None when the stage returns no review table."""
    counters: Counters = field(default_factory=dict)
    report: dict[str, Any] = field(default_factory=dict)
    passthrough: bool = False

    def apply(self, shard: pa.Table) -> StageResult:
        """Phase 3: split one shard into kept, rejected and review records (found in the plan by ``record_id``).

        ``kept`` keeps the shard's order; counters and report stay on the plan.
        """
        if not self.enabled:
            return StageResult(kept=shard)
        return self.apply_rows(shard, self._global_rows(shard))

    def apply_rows(self, table: pa.Table, g: np.ndarray) -> StageResult:
        """:meth:`apply` for records whose global row numbers ``g`` are known (no lookup by id)."""
        if not self.enabled:
            return StageResult(kept=table)
        if self.annotations is not None:
            merged = self.annotations.take(pa.array(g, pa.int64()))
            table = table.set_column(table.column_names.index("annotations"), "annotations", merged)
        decision = self.decision[g]

        kept_local = np.flatnonzero(decision == ACCEPTED)
        kept_global = pa.array(g[kept_local], pa.int64())
        cols = {name: col.take(kept_global) for name, col in self.consensus.items()}
        kept = _with_consensus(table.take(pa.array(kept_local, pa.int64())), cols, self.status)

        rejects = RejectBuilder(STAGE)
        rej_local = np.flatnonzero(decision == REJECTED)
        if len(rej_local):
            at = np.searchsorted(self.rejected_rows, g[rej_local])
            for row, j in zip(table.take(pa.array(rej_local, pa.int64())).to_pylist(), at.tolist()):
                rejects.add(row, self.rejected_reason[j], self.rejected_detail[j])
        result = StageResult(kept=kept, rejected=rejects.table())
        if self.review is not None:
            at = np.searchsorted(self.review_rows, g[decision == REVIEW])
            result.review = self.review.take(pa.array(at, pa.int64()))
        return result

    def _global_rows(self, table: pa.Table) -> np.ndarray:
        """The global row of each of ``table``'s records, by ``record_id``."""
        if table.num_rows == 0:
            return np.zeros(0, np.int64)
        ids = table.column("record_id")
        idx = pc.fill_null(pc.index_in(ids, value_set=self.record_ids), -1).to_numpy().astype(np.int64)
        if (idx < 0).any():
            missing = ids.take(pa.array(np.flatnonzero(idx < 0)[:1], pa.int64()))[0].as_py()
            raise StageError(
                f"record {missing!r} is not in the agreement plan: apply it to the records it was made from"
            )
        return idx


def feature_columns(names: Sequence[str], cfg: AgreementConfig) -> list[str]:
    """The input columns the decision phase reads, of those in ``names``.

    ``record_id``, ``annotations``, the ``agreement.batch_field`` column and, only when the label
    check is on, ``agreement.label_check.text_fields`` (only ``record_id`` when the stage is off).
    """
    wanted = ["record_id"]
    if cfg.enabled:
        wanted.append("annotations")
        if cfg.batch_field is not None:
            wanted.append(cfg.batch_field)
        if cfg.label_check.enabled:
            wanted.extend(cfg.label_check.text_fields)
    out: list[str] = []
    for name in wanted:
        if name in names and name not in out:
            out.append(name)
    return out


def shard_features(table: pa.Table, ctx: StageContext) -> pa.Table:
    """Phase 1 on one shard: the narrow columns :func:`plan` needs (see :func:`feature_columns`).

    Shards of one stage have one schema, so their features (empty shards included) have the same
    columns and concatenate in shard order.
    """
    return table.select(feature_columns(table.column_names, ctx.config.agreement))


def plan(feats: pa.Table, ctx: StageContext, source: RecordSource) -> AgreementPlan:
    """Phase 2 over the features of every shard (in shard order): decide every record, write the reports.

    Reads the annotation and adjudication files, takes the consensus, decides (see the module
    docstring), runs the optional label check, computes the agreement figures and writes
    ``reports/`` (:func:`pipeline.stages.agreement.report.write_reports`). ``source`` gives the full input
    records by global row; only the review rows'
    ``agreement.review_queue_text_fields`` are read from it, a slice of the queue at a time.
    """
    from pipeline.stages.agreement.report import write_reports

    cfg: AgreementConfig = ctx.config.agreement
    n = feats.num_rows
    if not cfg.enabled:
        write_reports(ctx, {"status": "skipped", "reason": "disabled"}, None, None, cfg)
        return AgreementPlan(
            enabled=False,
            record_ids=pa.array([], pa.string()),
            decision=np.full(n, ACCEPTED, dtype=np.int8),
            counters={"records_not_annotated": n},
            report={"status": "disabled"},
        )
    record_ids = feats.column("record_id").combine_chunks()

    counters: dict[str, int] = {}
    ctx.progress.start(STAGE, n)
    rows_e, annot_e, label_e, conf_e, src_e = _embedded(feats)
    counters["annotations_embedded"] = len(rows_e)
    f_rows, f_annot, f_label, f_conf = (
        _from_files(feats, cfg, ctx, counters, src_e) if cfg.annotation_files else ([], [], [], [])
    )
    row = np.concatenate([rows_e, *f_rows]).astype(np.int64)
    annot = pa.chunked_array([annot_e, *f_annot], pa.string()).combine_chunks()
    label = pc.utf8_trim_whitespace(pa.chunked_array([label_e, *f_label], pa.string()).combine_chunks())
    conf = np.concatenate([conf_e, *f_conf]).astype(np.float64)
    sources = src_e

    adjud = _adjudications(feats, cfg, ctx, counters)

    if len(row) == 0 and not adjud:
        counters["records_review" if cfg.require_annotations else "records_not_annotated"] = n
        summary = {"status": "skipped", "reason": "no_annotations", "records": n}
        status = "not_annotated"
        if cfg.require_annotations:
            every = np.arange(n, dtype=np.int64)
            review = _review_table(
                feats,
                every,
                ["not_annotated"] * n,
                ["no annotations and agreement.require_annotations is true"] * n,
                None,
                None,
                cfg,
            )
            write_reports(ctx, summary, review, None, cfg, _review_texts(source, every, cfg))
            ctx.progress.finish()
            return AgreementPlan(
                enabled=True,
                record_ids=record_ids,
                decision=np.full(n, REVIEW, dtype=np.int8),
                status=status,
                review_rows=every,
                review=review.select(REVIEW_QUEUE_SCHEMA.names),
                counters=counters,
                report=summary,
            )
        write_reports(ctx, summary, None, None, cfg)
        ctx.progress.finish()
        return AgreementPlan(
            enabled=True,
            record_ids=record_ids,
            decision=np.full(n, ACCEPTED, dtype=np.int8),
            status=status,
            counters=counters,
            report=summary,
        )

    # ---- validate single annotations (contract) --------------------------------------------------
    annot_ok = pc.fill_null(pc.greater(pc.utf8_length(pc.utf8_trim_whitespace(annot)), 0), False)
    label_ok = pc.fill_null(pc.greater(pc.utf8_length(label), 0), False)
    invalid = ~(annot_ok.to_numpy(zero_copy_only=False) & label_ok.to_numpy(zero_copy_only=False))
    conf_bad = ~np.isnan(conf) & ((conf < 0) | (conf > 1))
    invalid_conf = conf_bad & ~invalid
    valid_labels = pc.drop_null(pc.filter(label, pa.array(~invalid))).unique().to_pylist()
    vocab, values = _vocabulary(cfg, [*valid_labels, *[a[0] for a in adjud.values()]])
    code_arr = pc.index_in(label, value_set=pa.array(vocab, pa.string()))
    code = pc.fill_null(code_arr, -1).to_numpy(zero_copy_only=False).astype(np.int64)
    unknown = (code < 0) & ~invalid
    bad_adjud = [rid for rid, (lab, _) in adjud.items() if lab not in vocab]
    if bad_adjud:
        raise StageError(
            f"adjudication for record {bad_adjud[0]!r} uses a label not in agreement.labels "
            f"(allowed: {', '.join(vocab)})"
        )

    reject_reason: dict[int, tuple[str, str]] = {}
    for mask, reason, what in (
        (invalid, "invalid_annotation", "annotator_id or label is empty"),
        (invalid_conf, "invalid_annotation", "confidence is outside 0..1"),
        (unknown, "unknown_label", f"label is not in the vocabulary (allowed: {', '.join(vocab)})"),
    ):
        for i in np.flatnonzero(mask):
            r = int(row[i])
            if r not in reject_reason:
                reject_reason[r] = (reason, f"{sources[i]}: {what}")
    counters["annotations_invalid"] = int((invalid | invalid_conf | unknown).sum())

    good = ~(invalid | invalid_conf | unknown)
    if reject_reason:
        bad_rows = np.fromiter(reject_reason, dtype=np.int64)
        good &= ~np.isin(row, bad_rows)
    row, code, conf = row[good], code[good], conf[good]
    annot_names = pc.utf8_trim_whitespace(pc.filter(annot, pa.array(good)))
    raters_arr = annot_names.unique()
    raters = sorted(raters_arr.to_pylist())
    rater = pc.index_in(annot_names, value_set=pa.array(raters, pa.string())).to_numpy(zero_copy_only=False)
    rater = rater.astype(np.int64)

    # one annotation per (record, annotator): the first one (embedded before files)
    key = row * max(len(raters), 1) + rater
    _, first = np.unique(key, return_index=True)
    first.sort()
    counters["annotations_duplicate_dropped"] = int(len(key) - len(first))
    row, rater, code, conf = row[first], rater[first], code[first], conf[first]
    ann = Annotations(row, rater, code, conf, raters, vocab, values)
    counters["annotations_used"] = len(row)
    counters["annotators"] = len(raters)

    cons = consensus(ann, n)
    decision, reason, detail = decide(feats, ann, cons, adjud, reject_reason, cfg)

    label_check_report = None
    if cfg.label_check.enabled:
        from pipeline.stages.agreement.label_check import run_label_check

        label_check_report = run_label_check(feats, cons, decision, reason, detail, adjud, ann.vocab, cfg)

    # ---- agreement figures over all valid annotations ---------------------------------------------
    final_code = cons["majority_code"].copy()
    final_code[cons["tie"]] = -1
    for rid_row, (lab, _) in _adjudicated_rows(feats, adjud).items():
        final_code[rid_row] = vocab.index(lab)
    batches = _batch_labels(feats, cfg, source)
    figures = dataset_figures(ann, n, final_code, cfg, batches)

    # ---- outputs ----------------------------------------------------------------------------------
    agreement_plan = _decided_plan(
        record_ids, feats, ann, cons, decision, reason, detail, adjud, cfg, batches, counters
    )
    summary = {
        "status": "computed",
        "records": n,
        "level": cfg.level,
        "labels": vocab,
        "decisions": _decision_counts(decision, reason),
        **figures,
    }
    if label_check_report is not None:
        summary["label_check"] = label_check_report
    write_reports(
        ctx, summary, agreement_plan.review, None, cfg, _review_texts(source, agreement_plan.review_rows, cfg)
    )
    agreement_plan.report = _headline(summary)
    ctx.progress.advance(n)
    ctx.progress.finish()
    return agreement_plan


def _review_texts(source: RecordSource, rows: np.ndarray, cfg: AgreementConfig) -> ReviewTexts:
    """The review-queue text fields of global ``rows`` (the review rows), read from ``source`` a slice at a time."""
    from pipeline.stages.agreement.report import ReviewTexts

    fields = present(source.column_names, cfg.review_queue_text_fields)

    def fetch(start: int, stop: int) -> pa.Table:
        return source.take(rows[start:stop], fields).select(fields)

    return ReviewTexts(fields, fetch)


def run(table: pa.Table, ctx: StageContext) -> StageResult:
    """Score agreement and decide every record: kept, rejected or held for review (see module doc).

    The three phases in one go over one table (:func:`shard_features`, :func:`plan`,
    :meth:`AgreementPlan.apply`); the run-directory layer runs the same phases shard by shard, with
    the same result.
    """
    agreement_plan = plan(shard_features(table, ctx), ctx, TableSource(table))
    result = agreement_plan.apply_rows(table, np.arange(table.num_rows, dtype=np.int64))
    result.counters = dict(agreement_plan.counters)
    result.report = agreement_plan.report
    return result


class Agreement:
    """The agreement stage as a :class:`~pipeline.core.stage.PhasedStage`."""

    features = staticmethod(shard_features)
    plan = staticmethod(plan)
    run = staticmethod(run)


STAGE_IMPL: PhasedStage = Agreement()


# --------------------------------------------------------------------------------------------------
# adjudication


def _adjudications(
    table: pa.Table, cfg: AgreementConfig, ctx: StageContext, counters: dict[str, int]
) -> dict[str, tuple[str, str]]:
    """Expert decisions for records of this table: record_id -> (label, reviewer); later files win."""
    if not cfg.adjudication_files:
        return {}
    from pipeline.stages.agreement.sources import read_adjudications

    ids = set(table.column("record_id").to_pylist())
    out: dict[str, tuple[str, str]] = {}
    unmatched = 0
    for name in cfg.adjudication_files:
        path = ctx.config.resolve_path(name)
        adj = read_adjudications(
            path, record_id_key=cfg.label_studio_record_id_key, from_name=cfg.label_studio_from_name
        )
        for rid, lab, reviewer in zip(*(adj.column(c).to_pylist() for c in ("record_id", "label", "reviewer"))):
            if rid in ids:
                out[rid] = (lab.strip(), reviewer)
            else:
                unmatched += 1
    counters["adjudications_unmatched"] = unmatched
    return out


def _adjudicated_rows(table: pa.Table, adjud: dict[str, tuple[str, str]]) -> dict[int, tuple[str, str]]:
    if not adjud:
        return {}
    ids = table.column("record_id").to_pylist()
    return {i: adjud[r] for i, r in enumerate(ids) if r in adjud}


# --------------------------------------------------------------------------------------------------
# consensus and decisions


def consensus(ann: Annotations, n_records: int) -> dict[str, np.ndarray]:
    """Per record (vectorised): majority code, vote share, annotator count, tie flag, mean confidence."""
    k = max(len(ann.vocab), 1)
    counts = am.count_matrix(ann.row, ann.code, n_records, k)
    n_ann = counts.sum(axis=1)
    top = counts.max(axis=1) if k else np.zeros(n_records, np.int64)
    majority = counts.argmax(axis=1).astype(np.int64)
    majority[n_ann == 0] = -1
    tie = ((counts == top[:, None]).sum(axis=1) > 1) & (n_ann > 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        share = np.where(n_ann > 0, top / np.maximum(n_ann, 1), np.nan)
    voted_majority = (ann.code == majority[ann.row]) & ~np.isnan(ann.confidence)
    conf_sum = np.bincount(ann.row[voted_majority], weights=ann.confidence[voted_majority], minlength=n_records)
    conf_n = np.bincount(ann.row[voted_majority], minlength=n_records)
    with np.errstate(divide="ignore", invalid="ignore"):
        mean_conf = np.where(conf_n > 0, conf_sum / np.maximum(conf_n, 1), np.nan)
    return {
        "counts": counts,
        "n_annotators": n_ann,
        "majority_code": majority,
        "vote_share": share,
        "tie": tie,
        "mean_confidence": mean_conf,
    }


def confidence_score(cons: dict[str, np.ndarray], cfg: AgreementConfig) -> np.ndarray:
    """Weighted mean of the available signals (annotator confidence, vote share); NaN when none is."""
    signals = [
        (cfg.confidence_weight_annotator, cons["mean_confidence"]),
        (cfg.confidence_weight_vote_share, cons["vote_share"]),
    ]
    num = np.zeros(len(cons["vote_share"]))
    den = np.zeros(len(cons["vote_share"]))
    for w, s in signals:
        if w <= 0:
            continue
        have = ~np.isnan(s)
        num[have] += w * s[have]
        den[have] += w
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(den > 0, num / np.where(den > 0, den, 1.0), np.nan)


def decide(
    table: pa.Table,
    ann: Annotations,
    cons: dict[str, np.ndarray],
    adjud: dict[str, tuple[str, str]],
    reject_reason: dict[int, tuple[str, str]],
    cfg: AgreementConfig,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Decision, reason code and value-free detail per record (see the module docstring for the order)."""
    n = table.num_rows
    decision = np.full(n, ACCEPTED, dtype=np.int8)
    reason = np.full(n, "", dtype=object)
    detail = np.full(n, "", dtype=object)
    undecided = np.ones(n, dtype=bool)

    def assign(mask: np.ndarray, dec: int, code: str, text: Any) -> None:
        nonlocal undecided
        m = mask & undecided
        decision[m] = dec
        reason[m] = code
        if callable(text):
            idx = np.flatnonzero(m)
            detail[idx] = [text(i) for i in idx]
        else:
            detail[m] = text
        undecided &= ~m

    for r, (code, text) in reject_reason.items():
        decision[r], reason[r], detail[r] = REJECTED, code, text
        undecided[r] = False

    vocab = ann.vocab
    reject_set = set(cfg.reject_labels)
    keep_set = set(cfg.keep_labels)

    for r, (lab, _reviewer) in _adjudicated_rows(table, adjud).items():
        if not undecided[r]:
            continue
        if lab in reject_set:
            decision[r], reason[r] = REJECTED, "rejected_by_adjudication"
            detail[r] = "expert decision in agreement.adjudication_files is a reject label"
        elif keep_set and lab not in keep_set:
            decision[r], reason[r] = REVIEW, "unmapped_label"
            detail[r] = "expert decision is in neither agreement.keep_labels nor reject_labels"
        else:
            decision[r], reason[r] = ACCEPTED, "adjudicated"
        undecided[r] = False

    n_ann = cons["n_annotators"]
    share = cons["vote_share"]
    score = confidence_score(cons, cfg)
    cons["confidence_score"] = score

    none = n_ann == 0
    if cfg.require_annotations:
        assign(none, REVIEW, "not_annotated", "no annotations and agreement.require_annotations is true")
    else:
        assign(none, ACCEPTED, "not_annotated", "")
    assign(
        n_ann < cfg.min_annotators,
        REVIEW,
        "needs_more_annotations",
        lambda i: f"{int(n_ann[i])} annotator(s), agreement.min_annotators is {cfg.min_annotators}",
    )
    counts = cons["counts"]
    assign(
        cons["tie"],
        REVIEW,
        "tie",
        lambda i: (
            f"tie: {int((counts[i] == counts[i].max()).sum())} labels with {int(counts[i].max())} "
            f"of {int(n_ann[i])} votes each"
        ),
    )
    assign(
        share < cfg.min_vote_share - 1e-12,
        REVIEW,
        "low_vote_share",
        lambda i: f"vote share {share[i]:.3f} is below agreement.min_vote_share {cfg.min_vote_share}",
    )
    has_score = ~np.isnan(score)
    assign(
        has_score & (score < cfg.reannotate_below_confidence - 1e-12),
        REVIEW,
        "reannotate_low_confidence",
        lambda i: (
            f"confidence score {score[i]:.3f} is below agreement.reannotate_below_confidence "
            f"{cfg.reannotate_below_confidence}"
        ),
    )
    assign(
        has_score & (score < cfg.review_below_confidence - 1e-12),
        REVIEW,
        "low_confidence",
        lambda i: (
            f"confidence score {score[i]:.3f} is below agreement.review_below_confidence {cfg.review_below_confidence}"
        ),
    )
    majority = cons["majority_code"]
    lab_reject = np.array([v in reject_set for v in vocab] + [False], dtype=bool)[majority]
    lab_keep = np.array([(not keep_set or v in keep_set) for v in vocab] + [False], dtype=bool)[majority]
    # the label check (optional) may still move vote-decided records to review: mark them with a
    # provisional reason that run_label_check can override
    assign(lab_reject, REJECTED, "rejected_by_annotators", "majority label is in agreement.reject_labels")
    assign(lab_keep, ACCEPTED, "accepted", "")
    assign(undecided, REVIEW, "unmapped_label", "majority label is in neither agreement.keep_labels nor reject_labels")
    return decision, reason, detail


def _decision_counts(decision: np.ndarray, reason: np.ndarray) -> dict[str, int]:
    values, counts = np.unique(reason.astype(str), return_counts=True)
    return {str(v): int(c) for v, c in zip(values, counts)}


# --------------------------------------------------------------------------------------------------
# figures


def _batch_labels(table: pa.Table, cfg: AgreementConfig, source: RecordSource | None = None) -> np.ndarray | None:
    """The ``agreement.batch_field`` value per record as strings (``(none)`` for nulls); None without a batch field.

    ``table`` holds the records or their features; ``source`` (the full records) names the columns
    the records have when the batch field is missing.
    """
    if cfg.batch_field is None:
        return None
    if cfg.batch_field not in table.column_names:
        names = table.column_names if source is None else source.column_names
        raise StageError(
            f"agreement.batch_field names column {cfg.batch_field!r}, which the records do not have "
            f"(columns: {', '.join(names)})"
        )
    col = pc.cast(table.column(cfg.batch_field), pa.string())
    return np.asarray(pc.fill_null(col, "(none)").to_numpy(zero_copy_only=False), dtype=object)


def kappa_weights(cfg: AgreementConfig) -> str:
    """The Cohen's kappa weights in effect (``auto``: none for nominal labels, quadratic otherwise)."""
    if cfg.kappa_weights != "auto":
        return cfg.kappa_weights
    return "none" if cfg.level == "nominal" else "quadratic"


def interpret(value: float | None, cfg: AgreementConfig) -> str:
    """``high`` above ``high_agreement_above``, ``retrain`` below ``retrain_below``, else ``moderate``."""
    if value is None:
        return "undefined"
    if value > cfg.high_agreement_above:
        return "high"
    if value < cfg.retrain_below:
        return "retrain"
    return "moderate"


def _group_figures(
    ann: Annotations, sel: np.ndarray, n_records: int, cfg: AgreementConfig, seed_stream: int
) -> dict[str, Any]:
    """Percent agreement, Fleiss' kappa and Krippendorff's alpha for the annotations in ``sel``."""
    k = len(ann.vocab)
    row = ann.row[sel]
    uniq, item = np.unique(row, return_inverse=True)
    counts = am.count_matrix(item, ann.code[sel], len(uniq), k)
    boot = {"n_boot": cfg.bootstrap_resamples, "seed": cfg.seed + seed_stream, "confidence": cfg.confidence_level}
    out: dict[str, Any] = {
        "items": len(uniq),
        "annotations": int(sel.sum()) if sel.dtype == bool else len(sel),
        "percent_agreement": am.percent_agreement(counts, **boot),
        "fleiss_kappa": am.fleiss_kappa_modal(counts, **boot),
    }
    levels = ["nominal"]
    if cfg.level != "nominal":
        levels.append("ordinal")
    if ann.values is not None:
        levels += ["interval", "ratio"] if cfg.level == "ratio" or np.all(ann.values >= 0) else ["interval"]
    alphas = {lv: am.krippendorff_alpha(counts, lv, ann.values, **boot) for lv in levels}
    out["krippendorff_alpha"] = alphas[cfg.level] if cfg.level in alphas else alphas["nominal"]
    out["krippendorff_alpha_by_level"] = alphas
    return out


def dataset_figures(
    ann: Annotations, n_records: int, final_code: np.ndarray, cfg: AgreementConfig, batches: np.ndarray | None
) -> dict[str, Any]:
    """All agreement figures: dataset, pairwise, per annotator and per batch (Estimates as dicts)."""
    k = len(ann.vocab)
    n_r = len(ann.raters)
    weights = kappa_weights(cfg)
    boot_n = cfg.bootstrap_resamples
    everything = np.ones(len(ann.row), dtype=bool)
    dataset = _group_figures(ann, everything, n_records, cfg, 0)

    # pairwise Cohen's kappa
    pairs, tables = am.pairwise_tables(ann.row, ann.rater, ann.code, n_r, k)
    shared = tables.sum(axis=(1, 2)) if len(tables) else np.zeros(0)
    enough = shared >= cfg.min_shared_items
    kappas = am.kappa_from_tables(tables, weights) if len(tables) else np.zeros(0)
    match = np.where(shared > 0, np.trace(tables, axis1=1, axis2=2) / np.maximum(shared, 1), np.nan)
    draws = am.bootstrap_tables(tables[enough], boot_n, cfg.seed, stream=10) if boot_n and enough.any() else None
    kappa_draws = am.kappa_from_tables(draws, weights) if draws is not None else None  # P' x B
    pair_rows = []
    j = 0
    for p in range(len(pairs)):
        a, b = (ann.raters[int(pairs[p, 0])], ann.raters[int(pairs[p, 1])])
        if not enough[p]:
            est = am.undefined(am.TOO_FEW_SHARED_ITEMS, int(shared[p]))
        elif not np.isfinite(kappas[p]):
            est = am.undefined(am.NO_VARIATION, int(shared[p]))
        else:
            est = am.Estimate(float(kappas[p]), None, int(shared[p]))
        if enough[p]:
            if est.defined and kappa_draws is not None:
                est = est.with_ci(kappa_draws[j], cfg.confidence_level)
            j += 1
        pair_rows.append({"a": a, "b": b, "shared_items": int(shared[p]), "match": float(match[p]), "kappa": est})
    good = enough & np.isfinite(kappas)
    if good.any():
        mean_est = am.Estimate(float(kappas[good].mean()), None, int(good.sum()))
        if kappa_draws is not None:
            with np.errstate(invalid="ignore"):
                sel = np.isfinite(kappas[enough])
                mean_draws = np.nanmean(kappa_draws[sel], axis=0) if sel.any() else None
            mean_est = mean_est.with_ci(mean_draws, cfg.confidence_level)
            mean_est = am.Estimate(
                mean_est.value,
                None,
                mean_est.n_items,
                mean_est.ci_low,
                mean_est.ci_high,
                "mean over rater pairs; n_items = pairs; CI from independent per-pair resamples",
            )
    elif len(pairs) == 0:
        mean_est = am.undefined(am.NO_PAIRS if n_r < 2 else am.NO_SHARED_ITEMS, note=None)
        if n_r < 2:
            mean_est = am.undefined(am.FEWER_THAN_TWO_RATERS)
    else:
        mean_est = am.undefined(am.TOO_FEW_SHARED_ITEMS)
    dataset["cohen_kappa_mean_pairwise"] = mean_est
    dataset["kappa_weights"] = weights
    dataset["interpretation"] = interpret(dataset["krippendorff_alpha"].value, cfg)

    annotators = annotator_figures(ann, final_code, pairs, kappas, match, enough, cfg)
    out: dict[str, Any] = {
        "dataset": dataset,
        "pairs": pair_rows,
        "annotators": annotators,
        "label_distribution": {ann.vocab[c]: int(v) for c, v in enumerate(np.bincount(ann.code, minlength=k)) if k},
        "thresholds": {
            "retrain_below": cfg.retrain_below,
            "high_agreement_above": cfg.high_agreement_above,
            "rework_below_match": cfg.rework_below_match,
            "min_shared_items": cfg.min_shared_items,
            "bootstrap_resamples": cfg.bootstrap_resamples,
            "confidence_level": cfg.confidence_level,
            "seed": cfg.seed,
        },
    }
    out["batches"] = batch_figures(ann, n_records, batches, cfg) if batches is not None else []
    out["annotators_to_retrain"] = [a["annotator_id"] for a in annotators if a["retrain"]]
    out["batches_to_rework"] = [b["batch"] for b in out["batches"] if b["rework"]]
    return out


def annotator_figures(
    ann: Annotations,
    final_code: np.ndarray,
    pairs: np.ndarray,
    kappas: np.ndarray,
    match: np.ndarray,
    enough: np.ndarray,
    cfg: AgreementConfig,
) -> list[dict[str, Any]]:
    """Per annotator: agreement (raw and kappa) with the final label and mean agreement with peers."""
    k = len(ann.vocab)
    n_r = len(ann.raters)
    weights = kappa_weights(cfg)
    tables = am.rater_vs_consensus_tables(ann.row, ann.rater, ann.code, final_code, n_r, k)
    n_with = tables.sum(axis=(1, 2))
    raw = np.where(n_with > 0, np.trace(tables, axis1=1, axis2=2) / np.maximum(n_with, 1), np.nan)
    kap = am.kappa_from_tables(tables, weights)
    kap_draws = None
    if cfg.bootstrap_resamples:
        kap_draws = am.kappa_from_tables(
            am.bootstrap_tables(tables, cfg.bootstrap_resamples, cfg.seed, stream=20), weights
        )
    n_ann = np.bincount(ann.rater, minlength=n_r)
    rows = []
    for r in range(n_r):
        involved = ((pairs[:, 0] == r) | (pairs[:, 1] == r)) & enough if len(pairs) else np.zeros(0, bool)
        peer_k = kappas[involved] if len(pairs) else np.zeros(0)
        peer_k = peer_k[np.isfinite(peer_k)]
        peer_m = match[involved] if len(pairs) else np.zeros(0)
        if n_with[r] < cfg.min_shared_items:
            kc = am.undefined(am.TOO_FEW_SHARED_ITEMS, int(n_with[r]))
        elif not np.isfinite(kap[r]):
            kc = am.undefined(am.NO_VARIATION, int(n_with[r]))
        else:
            kc = am.Estimate(float(kap[r]), None, int(n_with[r]))
            if kap_draws is not None:
                kc = kc.with_ci(kap_draws[r], cfg.confidence_level)
        rows.append(
            {
                "annotator_id": ann.raters[r],
                "annotations": int(n_ann[r]),
                "items_with_consensus": int(n_with[r]),
                "agreement_with_consensus": None if np.isnan(raw[r]) else float(raw[r]),
                "kappa_with_consensus": kc,
                "peers": int(involved.sum()) if len(pairs) else 0,
                "mean_kappa_with_peers": float(peer_k.mean()) if len(peer_k) else None,
                "mean_match_with_peers": float(peer_m.mean()) if len(peer_m) else None,
                "retrain": bool(kc.defined and kc.value < cfg.retrain_below),
            }
        )
    return rows


def batch_figures(ann: Annotations, n_records: int, batches: np.ndarray, cfg: AgreementConfig) -> list[dict[str, Any]]:
    """Per batch: group figures, the lowest pairwise match, and the rework flag."""
    names, batch_of_row = np.unique(batches.astype(str), return_inverse=True)
    out = []
    k = len(ann.vocab)
    for b, name in enumerate(names):
        sel = batch_of_row[ann.row] == b
        if not sel.any():
            out.append({"batch": str(name), "items": 0, "annotations": 0, "rework": False, "note": "no annotations"})
            continue
        fig = _group_figures(ann, sel, n_records, cfg, 100 + b)
        pairs, tables = am.pairwise_tables(ann.row[sel], ann.rater[sel], ann.code[sel], len(ann.raters), k)
        shared = tables.sum(axis=(1, 2)) if len(tables) else np.zeros(0)
        match = np.trace(tables, axis1=1, axis2=2) / np.maximum(shared, 1) if len(tables) else np.zeros(0)
        enough = shared >= cfg.min_shared_items
        low_pairs = [
            {
                "a": ann.raters[int(pairs[p, 0])],
                "b": ann.raters[int(pairs[p, 1])],
                "match": float(match[p]),
                "shared_items": int(shared[p]),
            }
            for p in np.flatnonzero(enough & (match < cfg.rework_below_match))
        ]
        pa_value = fig["percent_agreement"].value
        rework = bool(low_pairs) or (pa_value is not None and pa_value < cfg.rework_below_match)
        fig.update(
            {
                "batch": str(name),
                "min_pair_match": float(match[enough].min()) if enough.any() else None,
                "pairs_below_match": low_pairs,
                "rework": rework,
            }
        )
        out.append(fig)
    return out


# --------------------------------------------------------------------------------------------------
# assembling the result


def _votes_text(counts: np.ndarray, vocab: list[str]) -> pa.Array:
    """``"label: n; label: n"`` per row of a count matrix (labels in vocabulary order, zero counts left out)."""
    n = counts.shape[0]
    out = np.full(n, "", dtype=object)
    for c, lab in enumerate(vocab):
        col = counts[:, c]
        has = col > 0
        if not has.any():
            continue
        part = np.strings.add(f"{lab}: ", col[has].astype(str)).astype(object)
        prev = out[has]
        out[has] = np.where(prev == "", part, prev + "; " + part)
    return pa.array(out, pa.string())


def _review_table(
    table: pa.Table,
    idx: np.ndarray,
    reasons: Sequence[str],
    details: Sequence[str],
    cons: dict[str, np.ndarray] | None,
    vocab: list[str] | None,
    cfg: AgreementConfig,
    batches: np.ndarray | None = None,
) -> pa.Table:
    ids = table.column("record_id").take(pa.array(idx, pa.int64())) if len(idx) else pa.array([], pa.string())
    n = len(idx)
    if cons is not None and vocab is not None and n:
        maj = cons["majority_code"][idx]
        tie = cons["tie"][idx]
        cons_label = [vocab[m] if m >= 0 and not t else None for m, t in zip(maj, tie)]
        share = [None if np.isnan(v) else float(v) for v in cons["vote_share"][idx]]
        n_ann = cons["n_annotators"][idx].astype(np.int32)
        score = [None if np.isnan(v) else float(v) for v in cons["confidence_score"][idx]]
        votes = _votes_text(cons["counts"][idx], vocab)
    else:
        cons_label, share, n_ann, score, votes = [None] * n, [None] * n, np.zeros(n, np.int32), [None] * n, [""] * n
    return pa.table(
        {
            "record_id": ids,
            "stage": pa.array([STAGE] * n, pa.string()),
            "reason": pa.array(list(reasons), pa.string()),
            "detail": pa.array(list(details), pa.string()),
            "queue": pa.array([REVIEW_QUEUE.get(r, "expert") for r in reasons], pa.string()),
            "batch": pa.array(None if batches is None else [str(b) for b in batches[idx]], pa.string())
            if batches is not None
            else pa.nulls(n, pa.string()),
            "consensus_label": pa.array(cons_label, pa.string()),
            "vote_share": pa.array(share, pa.float64()),
            "n_annotators": pa.array(n_ann, pa.int32()),
            "confidence_score": pa.array(score, pa.float64()),
            "votes": pa.array(votes, pa.string()),
        },
        schema=REVIEW_QUEUE_SCHEMA,
    )


def _with_consensus(table: pa.Table, cols: dict[str, pa.Array], status: str) -> pa.Table:
    """Append the consensus columns (nulls where not given; ``review_status`` = ``status`` by default)."""
    n = table.num_rows
    for f in CONSENSUS_FIELDS:
        if f.name in table.column_names:
            table = table.drop_columns([f.name])
        if f.name in cols:
            arr = cols[f.name]
        elif f.name == "review_status":
            arr = pa.array([status] * n, pa.string())
        else:
            arr = pa.nulls(n, f.type)
        table = table.append_column(f, arr)
    return table


def _merged_annotations(table: pa.Table, ann: Annotations, conf_known: bool) -> pa.Array:
    """Rebuild the ``annotations`` list column from the de-duplicated long annotations (file ones included)."""
    order = np.lexsort((ann.rater, ann.row))
    row = ann.row[order]
    offsets = np.searchsorted(row, np.arange(table.num_rows + 1)).astype(np.int32)
    conf = ann.confidence[order]
    structs = pa.StructArray.from_arrays(
        [
            pa.array(np.asarray(ann.raters, dtype=object)[ann.rater[order]] if len(row) else [], pa.string()),
            pa.array(np.asarray(ann.vocab, dtype=object)[ann.code[order]] if len(row) else [], pa.string()),
            pa.array(conf, pa.float64(), mask=np.isnan(conf)),
        ],
        fields=list(table.schema.field("annotations").type.value_type),
    )
    return pa.ListArray.from_arrays(pa.array(offsets), structs)


def _decided_plan(
    record_ids: pa.Array,
    feats: pa.Table,
    ann: Annotations,
    cons: dict[str, np.ndarray],
    decision: np.ndarray,
    reason: np.ndarray,
    detail: np.ndarray,
    adjud: dict[str, tuple[str, str]],
    cfg: AgreementConfig,
    batches: np.ndarray | None,
    counters: dict[str, int],
) -> AgreementPlan:
    """The plan of decided records: consensus columns, merged annotations, rejects, review queue, counters."""
    n = feats.num_rows
    vocab = ann.vocab
    annotations = None
    if cfg.annotation_files and "annotations" in feats.column_names:
        annotations = _merged_annotations(feats, ann, True)
    maj = cons["majority_code"]
    adj_rows = _adjudicated_rows(feats, adjud)
    cons_label = np.array([vocab[m] if m >= 0 else None for m in maj], dtype=object)
    adjudicated_by = np.full(n, None, dtype=object)
    for r, (lab, reviewer) in adj_rows.items():
        cons_label[r] = lab
        adjudicated_by[r] = reviewer
    status = np.where(
        reason == "adjudicated", "adjudicated", np.where(reason == "not_annotated", "not_annotated", "accepted")
    )
    share = cons["vote_share"]
    mean_conf = cons["mean_confidence"]
    score = cons["confidence_score"]
    cols_all = {
        "consensus_label": pa.array(cons_label, pa.string()),
        "vote_share": pa.array(share, pa.float64(), mask=np.isnan(share)),
        "n_annotators": pa.array(cons["n_annotators"].astype(np.int32), pa.int32()),
        "mean_confidence": pa.array(mean_conf, pa.float64(), mask=np.isnan(mean_conf)),
        "confidence_score": pa.array(score, pa.float64(), mask=np.isnan(score)),
        "review_status": pa.array(status.astype(object), pa.string()),
        "adjudicated_by": pa.array(adjudicated_by, pa.string()),
    }
    kept_idx = np.flatnonzero(decision == ACCEPTED)
    rej_idx = np.flatnonzero(decision == REJECTED)
    rev_idx = np.flatnonzero(decision == REVIEW)
    review = _review_table(
        feats,
        rev_idx,
        [str(r) for r in reason[rev_idx]],
        [str(d) for d in detail[rev_idx]],
        cons,
        vocab,
        cfg,
        batches,
    )
    for code, c in _decision_counts(decision, reason).items():
        counters[f"records_{code}"] = c
    counters["records_kept"] = len(kept_idx)
    counters["records_review"] = len(rev_idx)
    counters["records_rejected"] = len(rej_idx)
    return AgreementPlan(
        enabled=True,
        record_ids=record_ids,
        decision=decision,
        consensus=cols_all,
        annotations=annotations,
        rejected_rows=rej_idx,
        rejected_reason=[str(r) for r in reason[rej_idx]],
        rejected_detail=[str(d) for d in detail[rej_idx]],
        review_rows=rev_idx,
        review=review,
        counters=counters,
    )


def _headline(summary: dict[str, Any]) -> dict[str, Any]:
    """The few figures that go into the manifest (the full set is in reports/agreement.json)."""
    ds = summary.get("dataset", {})

    def val(key: str) -> float | None:
        est = ds.get(key)
        return None if est is None else (None if est.value is None else round(est.value, 6))

    return {
        "status": summary["status"],
        "percent_agreement": val("percent_agreement"),
        "fleiss_kappa": val("fleiss_kappa"),
        "krippendorff_alpha": val("krippendorff_alpha"),
        "cohen_kappa_mean_pairwise": val("cohen_kappa_mean_pairwise"),
        "interpretation": ds.get("interpretation"),
        "annotators_to_retrain": len(summary.get("annotators_to_retrain", [])),
        "batches_to_rework": len(summary.get("batches_to_rework", [])),
        "report": "reports/agreement.json",
    }
