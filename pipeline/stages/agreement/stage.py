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
10. an annotated field's confidence under its rule's ``reannotate_below``: review
    ``field_reannotate_low_confidence``; under ``review_below``: review ``field_low_confidence``
    (:mod:`pipeline.stages.agreement.field_confidence`);
11. a keep label (or any label when ``keep_labels`` is empty): accepted; otherwise review
    ``unmapped_label``.

With ``agreement.feedback.second_review`` on, an expert decision (2.) that overrules the
annotators' majority goes to review ``second_review_required`` until enough reviewers agree
(:mod:`pipeline.stages.agreement.feedback`). Review rows carry a ``priority`` within their queue
(:func:`queue_priority`).

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
from typing import TYPE_CHECKING, cast

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from pipeline.config.agreement import AgreementConfig, with_guideline
from pipeline.core.records import ANNOTATION_TYPE, REVIEW_SCHEMA
from pipeline.core.source import RecordSource, TableSource, present
from pipeline.core.stage import Counters, PhasedStage, RejectBuilder, StageContext, StageResult
from pipeline.errors import StageError
from pipeline.stages.agreement.adjudication import adjudicated_rows, adjudications_for
from pipeline.stages.agreement.annotations import Annotations, embedded_annotations, file_annotations, vocabulary
from pipeline.stages.agreement.decisions import (
    ACCEPTED,
    REJECTED,
    REVIEW,
    REVIEW_QUEUE,
    consensus,
    decide,
    decision_counts,
)
from pipeline.stages.agreement.feedback import Feedback, corrections, disputed_cases
from pipeline.stages.agreement.field_confidence import (
    FIELD_CONFIDENCE_TYPE,
    FieldScores,
    Flag,
    embedded_field_lists,
    flagged,
    flags_text,
    long_field_values,
    previous_by_row,
    score_fields,
)
from pipeline.stages.agreement.figures import batch_labels, dataset_figures
from pipeline.stages.agreement.metrics import Estimate

if TYPE_CHECKING:
    from pipeline.stages.agreement.report import AgreementReport, ReviewTexts

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
        pa.field("field_confidence", pa.list_(FIELD_CONFIDENCE_TYPE)),
    ]
)
"""Columns the stage appends to kept records (``field_confidence``: one item per annotated field)."""

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
        pa.field("annotations", pa.list_(ANNOTATION_TYPE)),
        pa.field("min_field_confidence", pa.float64()),
        pa.field("fields_flagged", pa.string()),
        pa.field("priority", pa.int32()),
    ]
)
"""The review table of this stage: REVIEW_SCHEMA plus the vote, for the expert or re-annotation queue.

``annotations`` are the valid annotations behind the vote, one per annotator (annotator ids as
de-identification wrote them, file annotations included), so a reviewer can see who voted what with
which confidence (``python -m pipeline review push``)."""


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
    report: dict[str, object] = field(default_factory=dict)
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
            merged = merged.cast(table.schema.field("annotations").type)  # list item names follow the shard's
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
        idx = pc.index_in(ids, value_set=self.record_ids).fill_null(-1).to_numpy().astype(np.int64)
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

    cfg: AgreementConfig = with_guideline(ctx.config.agreement, ctx.config.load_guideline())
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

    counters: Counters = {}
    ctx.progress.start(STAGE, n)
    rows_e, annot_e, label_e, conf_e, src_e = embedded_annotations(feats)
    counters["annotations_embedded"] = len(rows_e)
    f_rows, f_annot, f_label, f_conf = (
        file_annotations(feats, cfg, ctx, counters, src_e) if cfg.annotation_files else ([], [], [], [])
    )
    row = np.concatenate([rows_e, *f_rows]).astype(np.int64)
    # string chunks combine into a StringArray (the stubs say Array[StringScalar])
    annot = cast(pa.StringArray, pa.chunked_array([annot_e, *f_annot], pa.string()).combine_chunks())
    label = pc.utf8_trim_whitespace(
        cast(pa.StringArray, pa.chunked_array([label_e, *f_label], pa.string()).combine_chunks())
    )
    conf = np.concatenate([conf_e, *f_conf]).astype(np.float64)
    sources = src_e

    history: dict[str, list[tuple[str, str]]] = {}
    adjud = adjudications_for(feats, cfg, ctx, counters, history)

    if len(row) == 0 and not adjud:
        counters["records_review" if cfg.require_annotations else "records_not_annotated"] = n
        summary: AgreementReport[Estimate] = {"status": "skipped", "reason": "no_annotations", "records": n}
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
                report=dict(summary),
            )
        write_reports(ctx, summary, None, None, cfg)
        ctx.progress.finish()
        return AgreementPlan(
            enabled=True,
            record_ids=record_ids,
            decision=np.full(n, ACCEPTED, dtype=np.int8),
            status=status,
            counters=counters,
            report=dict(summary),
        )

    # ---- validate single annotations (contract) --------------------------------------------------
    annot_ok = pc.greater(pc.utf8_length(pc.utf8_trim_whitespace(annot)), pa.scalar(0)).fill_null(False)
    label_ok = pc.greater(pc.utf8_length(label), pa.scalar(0)).fill_null(False)
    invalid = ~(annot_ok.to_numpy(zero_copy_only=False) & label_ok.to_numpy(zero_copy_only=False))
    conf_bad = ~np.isnan(conf) & ((conf < 0) | (conf > 1))
    invalid_conf = conf_bad & ~invalid
    valid_labels = cast("list[str]", pc.drop_null(pc.filter(label, pa.array(~invalid))).unique().to_pylist())
    vocab, values = vocabulary(cfg, [*valid_labels, *[a[0] for a in adjud.values()]])
    if not cfg.labels and len(vocab) > cfg.max_labels:
        raise StageError(
            f"agreement: the annotations use {len(vocab)} distinct labels, more than agreement.max_labels "
            f"({cfg.max_labels}); list the labels in agreement.labels (other labels are then rejected as "
            "unknown_label) or raise agreement.max_labels"
        )
    code_arr = pc.index_in(label, value_set=pa.array(vocab, pa.string()))
    code = code_arr.fill_null(-1).to_numpy(zero_copy_only=False).astype(np.int64)
    unknown = (code < 0) & ~invalid
    bad_adjud = [rid for rid, (lab, _) in adjud.items() if lab not in vocab]
    if bad_adjud:
        raise StageError(
            f"adjudication for record {bad_adjud[0]!r} uses a label not in agreement.labels "
            f"(allowed: {', '.join(vocab)})"
        )

    reject_reason: dict[int, tuple[str, str]] = {}
    for mask, reason_code, what in (
        (invalid, "invalid_annotation", "annotator_id or label is empty"),
        (invalid_conf, "invalid_annotation", "confidence is outside 0..1"),
        (unknown, "unknown_label", f"label is not in the vocabulary (allowed: {', '.join(vocab)})"),
    ):
        for i in np.flatnonzero(mask):
            r = int(row[i])
            if r not in reject_reason:
                reject_reason[r] = (reason_code, f"{sources[int(i)]}: {what}")
    counters["annotations_invalid"] = int((invalid | invalid_conf | unknown).sum())

    good = ~(invalid | invalid_conf | unknown)
    if reject_reason:
        bad_rows = np.fromiter(reject_reason, dtype=np.int64)
        good &= ~np.isin(row, bad_rows)
    origin = np.flatnonzero(good)  # position in the long list (embedded annotations first)
    row, code, conf = row[good], code[good], conf[good]
    annot_names = pc.utf8_trim_whitespace(pc.filter(annot, pa.array(good)))
    raters_arr = annot_names.unique()
    raters = sorted(cast("list[str]", raters_arr.to_pylist()))  # invalid (null) annotators were dropped
    rater = pc.index_in(annot_names, value_set=pa.array(raters, pa.string())).to_numpy(zero_copy_only=False)
    rater = rater.astype(np.int64)

    # one annotation per (record, annotator): the first one (embedded before files)
    key = row * max(len(raters), 1) + rater
    _, first = np.unique(key, return_index=True)
    first.sort()
    counters["annotations_duplicate_dropped"] = int(len(key) - len(first))
    row, rater, code, conf = row[first], rater[first], code[first], conf[first]
    origin = origin[first]
    ann = Annotations(row, rater, code, conf, raters, vocab, values)
    counters["annotations_used"] = len(row)
    counters["annotators"] = len(raters)

    cons = consensus(ann, n)
    skip = set(reject_reason)
    fields = score_fields(
        long_field_values(feats), cfg.field_types, skip, previous_by_row(record_ids, ctx.previous_fields)
    )
    flags = {r: f for r, scores in fields.by_row.items() if (f := flagged(scores, cfg.field_types))}
    id_list = cast("list[str]", record_ids.to_pylist())
    fb = corrections(id_list, ann, cons, history, cfg, skip)
    pending = {r: c.reviewers_agreeing for r, c in fb.corrections.items() if c.pending}
    decision, reason, detail = decide(feats, ann, cons, adjud, reject_reason, cfg, flags, pending)
    _field_counters(fields, flags, fb, counters)

    label_check_report = None
    if cfg.label_check.enabled:
        from pipeline.stages.agreement.label_check import run_label_check

        label_check_report = run_label_check(feats, cons, decision, reason, detail, adjud, ann.vocab, cfg)

    # ---- agreement figures over all valid annotations ---------------------------------------------
    final_code = cons["majority_code"].copy()
    final_code[cons["tie"]] = -1
    for rid_row, (lab, _) in adjudicated_rows(feats, adjud).items():
        final_code[rid_row] = vocab.index(lab)
    batches = batch_labels(feats, cfg, source)
    figures = dataset_figures(ann, n, final_code, cfg, batches)

    # ---- outputs ----------------------------------------------------------------------------------
    merged_fields = None
    if cfg.annotation_files:
        embedded = embedded_field_lists(feats)
        if embedded is not None:
            n_embedded = len(embedded)
            own = np.where(origin < n_embedded, origin, 0)
            merged_fields = pc.if_else(
                pa.array(origin < n_embedded),
                embedded.take(pa.array(own, pa.int64())),
                pa.nulls(len(origin), embedded.type),
            )
    agreement_plan = _decided_plan(
        record_ids,
        feats,
        ann,
        cons,
        decision,
        reason,
        detail,
        adjud,
        cfg,
        batches,
        counters,
        fields,
        flags,
        merged_fields,
    )
    disputed = disputed_cases(
        id_list,
        cons,
        vocab,
        reason,
        fb,
        fields,
        batches,
    )
    summary = {
        "status": "computed",
        "records": n,
        "level": cfg.level,
        "labels": vocab,
        "decisions": decision_counts(decision, reason),
        "dataset": figures["dataset"],
        "pairs": figures["pairs"],
        "annotators": figures["annotators"],
        "label_distribution": figures["label_distribution"],
        "thresholds": figures["thresholds"],
        "batches": figures["batches"],
        "annotators_to_retrain": figures["annotators_to_retrain"],
        "batches_to_rework": figures["batches_to_rework"],
    }
    if label_check_report is not None:
        summary["label_check"] = label_check_report
    summary["fields"] = _fields_summary(fields, flags)
    write_reports(
        ctx, summary, agreement_plan.review, None, cfg, _review_texts(source, agreement_plan.review_rows, cfg)
    )
    from pipeline.stages.agreement.disputed import disputed_report, write_disputed_report

    write_disputed_report(ctx, disputed_report(fb, disputed, cfg))
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
    annotations: pa.Array | None = None,
    fields: FieldScores | None = None,
    flags: dict[int, list[Flag]] | None = None,
) -> pa.Table:
    ids = table.column("record_id").take(pa.array(idx, pa.int64())) if len(idx) else pa.array([], pa.string())
    n = len(idx)
    min_field = (fields.min_confidence(table.num_rows) if fields is not None else np.full(table.num_rows, np.nan))[idx]
    min_agree = (fields.min_agreement(table.num_rows) if fields is not None else np.full(table.num_rows, np.nan))[idx]
    flag_text = [flags_text((flags or {}).get(int(i), [])) or None for i in idx]
    if cons is not None and vocab is not None and n:
        maj = cons["majority_code"][idx]
        tie = cons["tie"][idx]
        cons_label = [vocab[m] if m >= 0 and not t else None for m, t in zip(maj, tie)]
        share = [None if np.isnan(v) else float(v) for v in cons["vote_share"][idx]]
        n_ann = cons["n_annotators"][idx].astype(np.int32)
        score = [None if np.isnan(v) else float(v) for v in cons["confidence_score"][idx]]
        votes = _votes_text(cons["counts"][idx], vocab)
    else:
        cons_label, share, n_ann, score = [None] * n, [None] * n, np.zeros(n, np.int32), [None] * n
        votes = pa.array([""] * n, pa.string())
    queues = [REVIEW_QUEUE.get(r, "expert") for r in reasons]
    priority = queue_priority(
        queues,
        np.array([np.nan if v is None else v for v in score], dtype=np.float64),
        min_field,
        np.array([np.nan if v is None else v for v in share], dtype=np.float64),
        min_agree,
        [str(i) for i in ids.to_pylist()],
    )
    return pa.table(
        {
            "record_id": ids,
            "stage": pa.array([STAGE] * n, pa.string()),
            "reason": pa.array(list(reasons), pa.string()),
            "detail": pa.array(list(details), pa.string()),
            "queue": pa.array(queues, pa.string()),
            "batch": pa.array(None if batches is None else [str(b) for b in batches[idx]], pa.string())
            if batches is not None
            else pa.nulls(n, pa.string()),
            "consensus_label": pa.array(cons_label, pa.string()),
            "vote_share": pa.array(share, pa.float64()),
            "n_annotators": pa.array(n_ann, pa.int32()),
            "confidence_score": pa.array(score, pa.float64()),
            "votes": votes,
            "annotations": annotations.take(pa.array(idx, pa.int64())).cast(pa.list_(ANNOTATION_TYPE))
            if annotations is not None
            else pa.nulls(n, pa.list_(ANNOTATION_TYPE)),
            "min_field_confidence": pa.array(min_field, pa.float64(), mask=np.isnan(min_field)),
            "fields_flagged": pa.array(flag_text, pa.string()),
            "priority": pa.array(priority, pa.int32()),
        },
        schema=REVIEW_QUEUE_SCHEMA,
    )


def queue_priority(
    queues: Sequence[str],
    score: np.ndarray,
    min_field: np.ndarray,
    share: np.ndarray,
    min_agreement: np.ndarray,
    record_ids: Sequence[str],
) -> np.ndarray:
    """Each review row's place in its queue (1 = first): lower confidence first, then more disagreement.

    The order key of a row is (1) the lower of its record confidence score and its lowest field
    confidence, (2) the lower of its vote share and its lowest field agreement, (3) its record id;
    a missing number counts as 0 (nothing known about a record puts it first). Ranks count within
    each queue (``expert``, ``reannotation``, ``second_review``).
    """
    n = len(queues)
    out = np.zeros(n, dtype=np.int32)
    if n == 0:
        return out

    def low(a: np.ndarray, b: np.ndarray) -> np.ndarray:
        both = np.where(np.isnan(a), b, np.where(np.isnan(b), a, np.minimum(a, b)))
        return np.where(np.isnan(both), 0.0, both)

    k1, k2 = low(score, min_field), low(share, min_agreement)
    order = sorted(range(n), key=lambda i: (queues[i], float(k1[i]), float(k2[i]), record_ids[i]))
    rank: dict[str, int] = {}
    for i in order:
        rank[queues[i]] = rank.get(queues[i], 0) + 1
        out[i] = rank[queues[i]]
    return out


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


def _merged_annotations(table: pa.Table, ann: Annotations, fields: pa.Array | None) -> pa.Array:
    """Rebuild the ``annotations`` list column from the de-duplicated long annotations (file ones included).

    ``fields`` holds the ``fields`` of each long annotation (null for those from files); an
    annotation type without ``fields`` keeps its three members.
    """
    order = np.lexsort((ann.rater, ann.row))
    row = ann.row[order]
    offsets = np.searchsorted(row, np.arange(table.num_rows + 1)).astype(np.int32)
    conf = ann.confidence[order]
    item_fields = list(table.schema.field("annotations").type.value_type)
    arrays = [
        pa.array(np.asarray(ann.raters, dtype=object)[ann.rater[order]] if len(row) else [], pa.string()),
        pa.array(np.asarray(ann.vocab, dtype=object)[ann.code[order]] if len(row) else [], pa.string()),
        pa.array(conf, pa.float64(), mask=np.isnan(conf)),
    ]
    if len(item_fields) > 3:
        ftype = item_fields[3].type
        arrays.append(
            fields.take(pa.array(order, pa.int64())).cast(ftype) if fields is not None else pa.nulls(len(order), ftype)
        )
    structs = pa.StructArray.from_arrays(arrays, fields=item_fields)
    return pa.ListArray.from_arrays(pa.array(offsets, pa.int32()), structs)


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
    counters: Counters,
    fields: FieldScores,
    flags: dict[int, list[Flag]],
    merged_fields: pa.Array | None,
) -> AgreementPlan:
    """The plan of decided records: consensus columns, merged annotations, rejects, review queue, counters."""
    n = feats.num_rows
    vocab = ann.vocab
    annotations = None
    if cfg.annotation_files and "annotations" in feats.column_names:
        annotations = _merged_annotations(feats, ann, merged_fields)
    maj = cons["majority_code"]
    adj_rows = adjudicated_rows(feats, adjud)
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
    cols_all: dict[str, pa.Array] = {
        "consensus_label": pa.array(cons_label, pa.string()),
        "vote_share": pa.array(share, pa.float64(), mask=np.isnan(share)),
        "n_annotators": pa.array(cons["n_annotators"].astype(np.int32), pa.int32()),
        "mean_confidence": pa.array(mean_conf, pa.float64(), mask=np.isnan(mean_conf)),
        "confidence_score": pa.array(score, pa.float64(), mask=np.isnan(score)),
        "review_status": pa.array(status.astype(object), pa.string()),
        "adjudicated_by": pa.array(adjudicated_by, pa.string()),
        "field_confidence": fields.column(n),
    }
    kept_idx = np.flatnonzero(decision == ACCEPTED)
    rej_idx = np.flatnonzero(decision == REJECTED)
    rev_idx = np.flatnonzero(decision == REVIEW)
    merged = (
        annotations
        if annotations is not None
        else _merged_annotations(feats, ann, merged_fields)
        if len(rev_idx)
        else None
    )
    review = _review_table(
        feats,
        rev_idx,
        [str(r) for r in reason[rev_idx]],
        [str(d) for d in detail[rev_idx]],
        cons,
        vocab,
        cfg,
        batches,
        merged,
        fields,
        flags,
    )
    for code, c in decision_counts(decision, reason).items():
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


def _field_counters(fields: FieldScores, flags: dict[int, list[Flag]], fb: Feedback, counters: Counters) -> None:
    """Counters of the field scores and the feedback loop (they go to the manifest)."""
    counters["field_annotations_used"] = fields.used
    counters["field_annotations_undeclared"] = fields.undeclared
    counters["fields_scored"] = sum(len(v) for v in fields.by_row.values())
    counters["fields_below_reannotate"] = sum(1 for f in flags.values() for x in f if x.level == "reannotate")
    counters["fields_below_review"] = sum(1 for f in flags.values() for x in f if x.level == "review")
    counters["corrections"] = len(fb.corrections)
    counters["second_review_pending"] = len(fb.second_review_rows)


def _fields_summary(fields: FieldScores, flags: dict[int, list[Flag]]) -> dict[str, object]:
    """Per field name: how many records have it, mean confidence, type mismatches, changes, flags."""
    by_name: dict[str, list[float]] = {}
    stats: dict[str, dict[str, int]] = {}
    for scores in fields.by_row.values():
        for s in scores:
            by_name.setdefault(s.name, []).append(s.confidence)
            st = stats.setdefault(
                s.name, {"records": 0, "type_mismatch": 0, "changed_since_previous": 0, "reannotate": 0, "review": 0}
            )
            st["records"] += 1
            st["type_mismatch"] += int(not s.type_match)
            st["changed_since_previous"] += int(s.stable is False)
    for f in flags.values():
        for x in f:
            stats[x.score.name][x.level] += 1
    return {
        name: {
            "kind": next(s.kind for v in fields.by_row.values() for s in v if s.name == name),
            "mean_confidence": round(float(np.mean(confs)), 6),
            **stats[name],
        }
        for name, confs in sorted(by_name.items())
    }


def _headline(summary: AgreementReport[Estimate]) -> dict[str, object]:
    """The few figures that go into the manifest (the full set is in reports/agreement.json)."""
    ds = summary.get("dataset", {})

    def val(est: Estimate | None) -> float | None:
        return None if est is None else (None if est.value is None else round(est.value, 6))

    return {
        "status": summary["status"],
        "percent_agreement": val(ds.get("percent_agreement")),
        "fleiss_kappa": val(ds.get("fleiss_kappa")),
        "krippendorff_alpha": val(ds.get("krippendorff_alpha")),
        "cohen_kappa_mean_pairwise": val(ds.get("cohen_kappa_mean_pairwise")),
        "interpretation": ds.get("interpretation"),
        "annotators_to_retrain": len(summary.get("annotators_to_retrain", [])),
        "batches_to_rework": len(summary.get("batches_to_rework", [])),
        "report": "reports/agreement.json",
    }
