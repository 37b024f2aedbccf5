"""Consensus per record (majority vote, vote share, confidence) and the decision it leads to."""

from __future__ import annotations

from typing import Any

import numpy as np
import pyarrow as pa

from pipeline.config.agreement import AgreementConfig
from pipeline.stages.agreement import metrics as am
from pipeline.stages.agreement.adjudication import adjudicated_rows
from pipeline.stages.agreement.annotations import Annotations
from pipeline.stages.agreement.field_confidence import Flag

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
    "field_reannotate_low_confidence": "reannotation",
    "field_low_confidence": "expert",
    "second_review_required": "second_review",
}
"""Which queue each review reason goes to."""


# --------------------------------------------------------------------------------------------------
# the stage


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


def score_detail(cons: dict[str, np.ndarray], cfg: AgreementConfig, i: int) -> str:
    """The confidence score of record ``i``, what it is made of and how many votes agree.

    A unanimous vote held for review then reads as what it is (the annotators said they were unsure).
    """
    votes = int(cons["counts"][i].max())
    parts = []
    mean_conf = cons["mean_confidence"][i]
    if cfg.confidence_weight_annotator > 0 and not np.isnan(mean_conf):
        parts.append(f"mean self-reported confidence {mean_conf:.3f} of the majority voters")
    if cfg.confidence_weight_vote_share > 0:
        parts.append(f"vote share {cons['vote_share'][i]:.3f}")
    made_of = " and ".join(parts)
    return (
        f"confidence score {cons['confidence_score'][i]:.3f} ({made_of}; "
        f"{votes} of {int(cons['n_annotators'][i])} votes agree)"
    )


def decide(
    table: pa.Table,
    ann: Annotations,
    cons: dict[str, np.ndarray],
    adjud: dict[str, tuple[str, str]],
    reject_reason: dict[int, tuple[str, str]],
    cfg: AgreementConfig,
    field_flags: dict[int, list[Flag]] | None = None,
    second_review: dict[int, int] | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Decision, reason code and value-free detail per record (see the stage's module docstring for the order).

    ``field_flags`` are the fields below a threshold per row
    (:func:`pipeline.stages.agreement.field_confidence.flagged`); ``second_review`` maps a row whose
    expert decision overrules the majority and waits for another reviewer to the number of
    reviewers who agree so far (:mod:`pipeline.stages.agreement.feedback`).
    """
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

    pending = second_review or {}
    for r, (lab, _reviewer) in adjudicated_rows(table, adjud).items():
        if not undecided[r]:
            continue
        if r in pending:
            decision[r], reason[r] = REVIEW, "second_review_required"
            detail[r] = (
                f"the expert decision overrules the annotators' majority and {pending[r]} reviewer(s) agree; "
                f"agreement.feedback.min_reviewers is {cfg.feedback.min_reviewers}"
            )
        elif lab in reject_set:
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
            f"{score_detail(cons, cfg, i)} is below agreement.reannotate_below_confidence "
            f"{cfg.reannotate_below_confidence}"
        ),
    )
    assign(
        has_score & (score < cfg.review_below_confidence - 1e-12),
        REVIEW,
        "low_confidence",
        lambda i: (
            f"{score_detail(cons, cfg, i)} is below agreement.review_below_confidence {cfg.review_below_confidence}"
        ),
    )
    majority = cons["majority_code"]
    lab_reject = np.array([v in reject_set for v in vocab] + [False], dtype=bool)[majority]
    lab_keep = np.array([(not keep_set or v in keep_set) for v in vocab] + [False], dtype=bool)[majority]
    # the label check (optional) may still move vote-decided records to review: mark them with a
    # provisional reason that run_label_check can override
    assign(lab_reject, REJECTED, "rejected_by_annotators", "majority label is in agreement.reject_labels")
    flags = field_flags or {}
    for level, code in (("reannotate", "field_reannotate_low_confidence"), ("review", "field_low_confidence")):
        rows = {r: f for r, f in flags.items() if f and f[0].level == level}
        if rows:
            mask = np.zeros(n, dtype=bool)
            mask[np.fromiter(rows, dtype=np.int64)] = True
            assign(mask, REVIEW, code, lambda i, rows=rows: _fields_detail(rows[int(i)]))
    assign(lab_keep, ACCEPTED, "accepted", "")
    assign(undecided, REVIEW, "unmapped_label", "majority label is in neither agreement.keep_labels nor reject_labels")
    return decision, reason, detail


def _fields_detail(flags: list[Flag]) -> str:
    """The lowest flagged field's detail, and how many more fields are below a threshold."""
    more = len(flags) - 1
    return flags[0].detail() + (f"; {more} more field(s) below a threshold" if more else "")


def decision_counts(decision: np.ndarray, reason: np.ndarray) -> dict[str, int]:
    """How many records got each reason code."""
    values, counts = np.unique(reason.astype(str), return_counts=True)
    return {str(v): int(c) for v, c in zip(values, counts)}
