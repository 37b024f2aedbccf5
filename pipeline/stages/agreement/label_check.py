"""Optional label check (STANDARD §7): whether the final labels are learnable and consistent.

A simple scikit-learn text classifier (TF-IDF over character n-grams, so Chinese needs no word
segmentation, and logistic regression) is trained on the records' final labels with stratified
k-fold cross-validation (seeded). The report gives the fold accuracies, their mean and mean ± 2
standard deviations. Records decided by the vote whose label the held-out model contradicts with
probability at least ``contradiction_probability`` go to review (``model_contradicts``); expert
decisions are final and are never sent back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pyarrow as pa

from pipeline.stages.agreement.decisions import REVIEW

if TYPE_CHECKING:
    from pipeline.config.agreement import AgreementConfig

VOTE_DECIDED = ("accepted", "rejected_by_annotators")
ADJUDICATED = ("adjudicated", "rejected_by_adjudication")


def record_texts(table: pa.Table, fields: tuple[str, ...], rows: np.ndarray) -> list[str]:
    """The text the classifier sees for each row: the given fields joined by newlines."""
    present = [f for f in fields if f in table.column_names]
    if not present:
        return [""] * len(rows)
    sub = table.select(present).take(pa.array(rows, pa.int64())).to_pydict()
    return ["\n".join((sub[f][i] or "") for f in present) for i in range(len(rows))]


def run_label_check(
    table: pa.Table,
    cons: dict[str, np.ndarray],
    decision: np.ndarray,
    reason: np.ndarray,
    detail: np.ndarray,
    adjud: dict[str, tuple[str, str]],
    vocab: list[str],
    cfg: AgreementConfig,
) -> dict[str, object]:
    """Cross-validate a classifier on the final labels; move confident contradictions to review.

    ``decision``, ``reason`` and ``detail`` are updated in place. Returns the report section
    (``status`` ``computed`` or ``undefined`` with a ``reason``).
    """
    lc = cfg.label_check
    labels = np.array([vocab[m] if m >= 0 else "" for m in cons["majority_code"]], dtype=object)
    if adjud:
        ids = table.column("record_id").to_pylist()
        for i, rid in enumerate(ids):
            if rid in adjud:
                labels[i] = adjud[rid][0]
    rows = np.flatnonzero(np.isin(reason.astype(str), [*VOTE_DECIDED, *ADJUDICATED]))
    y = labels[rows].astype(str)
    classes, per_class = np.unique(y, return_counts=True)
    usable = set(classes[per_class >= lc.folds].tolist())
    keep = np.array([v in usable for v in y], dtype=bool)
    rows, y = rows[keep], y[keep]
    base: dict[str, object] = {
        "folds": lc.folds,
        "records": len(rows),
        "classes": sorted(usable),
        "left_out_small_classes": sorted(set(classes.tolist()) - usable),
    }
    if len(usable) < 2:
        return {**base, "status": "undefined", "reason": "fewer_than_two_classes_with_enough_records"}

    from threadpoolctl import threadpool_limits  # type: ignore[import-untyped]  # ships no type information

    # one BLAS thread: on this small sparse problem extra threads only contend (measured 14x slower
    # with the default thread pool on a loaded 2-core machine)
    with threadpool_limits(1):
        report = _cross_validate(table, rows, y, reason, decision, detail, base, cfg)
    return report


def _cross_validate(
    table: pa.Table,
    rows: np.ndarray,
    y: np.ndarray,
    reason: np.ndarray,
    decision: np.ndarray,
    detail: np.ndarray,
    base: dict[str, object],
    cfg: AgreementConfig,
) -> dict[str, object]:
    """Fit and score the folds; flag confident contradictions (see :func:`run_label_check`)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold

    lc = cfg.label_check

    texts = np.array(record_texts(table, lc.text_fields, rows), dtype=object)
    folds = StratifiedKFold(n_splits=lc.folds, shuffle=True, random_state=cfg.seed)
    accuracies = []
    pred = np.empty(len(rows), dtype=object)
    prob = np.zeros(len(rows))
    for train, test in folds.split(texts, y):
        vec = TfidfVectorizer(
            analyzer="char_wb",
            ngram_range=(lc.ngram_min, lc.ngram_max),
            max_features=lc.max_features,
            sublinear_tf=True,
            dtype=np.float32,
        )
        x_train = vec.fit_transform(texts[train])
        model = LogisticRegression(max_iter=1000, random_state=cfg.seed)
        model.fit(x_train, y[train])
        p = model.predict_proba(vec.transform(texts[test]))
        best = p.argmax(axis=1)
        pred[test] = model.classes_[best]
        prob[test] = p[np.arange(len(test)), best]
        accuracies.append(float((pred[test] == y[test]).mean()))
    acc = np.array(accuracies)
    contradicts = (pred != y) & (prob >= lc.contradiction_probability)
    vote_rows = np.isin(reason[rows].astype(str), VOTE_DECIDED)
    moved = 0
    for j in np.flatnonzero(contradicts & vote_rows):
        i = rows[j]
        decision[i] = REVIEW
        reason[i] = "model_contradicts"
        detail[i] = (
            f"held-out classifier gives another label with probability {prob[j]:.3f} "
            f"(agreement.label_check.contradiction_probability {lc.contradiction_probability})"
        )
        moved += 1
    mean, std = float(acc.mean()), float(acc.std())
    return {
        **base,
        "status": "computed",
        "fold_accuracy": [round(a, 6) for a in accuracies],
        "mean_accuracy": round(mean, 6),
        "std_accuracy": round(std, 6),
        "accuracy_interval_2std": [round(mean - 2 * std, 6), round(mean + 2 * std, 6)],
        "contradictions": int(contradicts.sum()),
        "sent_to_review": moved,
    }
