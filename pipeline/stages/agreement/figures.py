"""Agreement figures: dataset-wide, per annotator and per batch (percent agreement, kappa, alpha)."""

from __future__ import annotations

from typing import Generic, Required, TypedDict, TypeVar

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from pipeline.config.agreement import AgreementConfig
from pipeline.core.source import RecordSource
from pipeline.errors import StageError
from pipeline.stages.agreement import metrics as am
from pipeline.stages.agreement.annotations import Annotations
from pipeline.stages.agreement.metrics import Estimate

_E = TypeVar("_E")
"""How a figure is held: an :class:`~pipeline.stages.agreement.metrics.Estimate` while computing, its
:class:`~pipeline.stages.agreement.metrics.EstimateDict` once turned into JSON data."""


class GroupFigures(TypedDict, Generic[_E]):
    """Agreement over one group of annotations (the dataset, or a batch)."""

    items: int
    annotations: int
    percent_agreement: _E
    fleiss_kappa: _E
    krippendorff_alpha: _E
    krippendorff_alpha_by_level: dict[str, _E]


class DatasetFigures(GroupFigures[_E]):
    """The dataset's figures: the group figures plus the mean pairwise Cohen's kappa and a verdict."""

    cohen_kappa_mean_pairwise: _E
    kappa_weights: str
    interpretation: str


class PairFigures(TypedDict, Generic[_E]):
    """Cohen's kappa and raw match of one rater pair over their shared items."""

    a: str
    b: str
    shared_items: int
    match: float
    kappa: _E


class AnnotatorFigures(TypedDict, Generic[_E]):
    """One annotator's agreement with the final labels and with peers (a row of ``annotators.csv``)."""

    annotator_id: str
    annotations: int
    items_with_consensus: int
    agreement_with_consensus: float | None
    kappa_with_consensus: _E
    peers: int
    mean_kappa_with_peers: float | None
    mean_match_with_peers: float | None
    retrain: bool


class LowPair(TypedDict):
    """A rater pair of a batch whose raw match is under ``agreement.rework_below_match``."""

    a: str
    b: str
    match: float
    shared_items: int


class BatchFigures(TypedDict, Generic[_E], total=False):
    """One batch: the group figures (absent for a batch without annotations), lowest pair match, rework flag."""

    items: Required[int]
    annotations: Required[int]
    percent_agreement: _E
    fleiss_kappa: _E
    krippendorff_alpha: _E
    krippendorff_alpha_by_level: dict[str, _E]
    batch: Required[str]
    min_pair_match: float | None
    pairs_below_match: list[LowPair]
    rework: Required[bool]
    note: str


class Thresholds(TypedDict):
    """The configured thresholds the figures were judged by."""

    retrain_below: float
    high_agreement_above: float
    rework_below_match: float
    min_shared_items: int
    bootstrap_resamples: int
    confidence_level: float
    seed: int


class AgreementFigures(TypedDict, Generic[_E]):
    """Every agreement figure (:func:`dataset_figures`)."""

    dataset: DatasetFigures[_E]
    pairs: list[PairFigures[_E]]
    annotators: list[AnnotatorFigures[_E]]
    label_distribution: dict[str, int]
    thresholds: Thresholds
    batches: list[BatchFigures[_E]]
    annotators_to_retrain: list[str]
    batches_to_rework: list[str]


class _Bootstrap(TypedDict):
    """Keyword arguments of the bootstrap confidence intervals."""

    n_boot: int
    seed: int
    confidence: float


def batch_labels(table: pa.Table, cfg: AgreementConfig, source: RecordSource | None = None) -> np.ndarray | None:
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
    return np.asarray(col.fill_null(pa.scalar("(none)", pa.string())).to_numpy(zero_copy_only=False), dtype=object)


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
) -> GroupFigures[Estimate]:
    """Percent agreement, Fleiss' kappa and Krippendorff's alpha for the annotations in ``sel``."""
    k = len(ann.vocab)
    row = ann.row[sel]
    uniq, item = np.unique(row, return_inverse=True)
    counts = am.count_matrix(item, ann.code[sel], len(uniq), k)
    boot: _Bootstrap = {
        "n_boot": cfg.bootstrap_resamples,
        "seed": cfg.seed + seed_stream,
        "confidence": cfg.confidence_level,
    }
    percent_agreement = am.percent_agreement(counts, **boot)
    fleiss_kappa = am.fleiss_kappa_modal(counts, **boot)
    levels = ["nominal"]
    if cfg.level != "nominal":
        levels.append("ordinal")
    if ann.values is not None:
        levels += ["interval", "ratio"] if cfg.level == "ratio" or np.all(ann.values >= 0) else ["interval"]
    alphas = {lv: am.krippendorff_alpha(counts, lv, ann.values, **boot) for lv in levels}
    return {
        "items": len(uniq),
        "annotations": int(sel.sum()) if sel.dtype == bool else len(sel),
        "percent_agreement": percent_agreement,
        "fleiss_kappa": fleiss_kappa,
        "krippendorff_alpha": alphas[cfg.level] if cfg.level in alphas else alphas["nominal"],
        "krippendorff_alpha_by_level": alphas,
    }


def dataset_figures(
    ann: Annotations, n_records: int, final_code: np.ndarray, cfg: AgreementConfig, batches: np.ndarray | None
) -> AgreementFigures[Estimate]:
    """All agreement figures: dataset, pairwise, per annotator and per batch."""
    k = len(ann.vocab)
    n_r = len(ann.raters)
    weights = kappa_weights(cfg)
    boot_n = cfg.bootstrap_resamples
    everything = np.ones(len(ann.row), dtype=bool)
    group = _group_figures(ann, everything, n_records, cfg, 0)

    # pairwise Cohen's kappa
    pairs, tables = am.pairwise_tables(ann.row, ann.rater, ann.code, n_r, k)
    shared = tables.sum(axis=(1, 2)) if len(tables) else np.zeros(0)
    enough = shared >= cfg.min_shared_items
    kappas = am.kappa_from_tables(tables, weights) if len(tables) else np.zeros(0)
    match = np.where(shared > 0, np.trace(tables, axis1=1, axis2=2) / np.maximum(shared, 1), np.nan)
    draws = am.bootstrap_tables(tables[enough], boot_n, cfg.seed, stream=10) if boot_n and enough.any() else None
    kappa_draws = am.kappa_from_tables(draws, weights) if draws is not None else None  # P' x B
    pair_rows: list[PairFigures[Estimate]] = []
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
    dataset: DatasetFigures[Estimate] = {
        **group,
        "cohen_kappa_mean_pairwise": mean_est,
        "kappa_weights": weights,
        "interpretation": interpret(group["krippendorff_alpha"].value, cfg),
    }

    annotators = annotator_figures(ann, final_code, pairs, kappas, match, enough, cfg)
    batch_rows = batch_figures(ann, n_records, batches, cfg) if batches is not None else []
    return {
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
        "batches": batch_rows,
        "annotators_to_retrain": [a["annotator_id"] for a in annotators if a["retrain"]],
        "batches_to_rework": [b["batch"] for b in batch_rows if b["rework"]],
    }


def annotator_figures(
    ann: Annotations,
    final_code: np.ndarray,
    pairs: np.ndarray,
    kappas: np.ndarray,
    match: np.ndarray,
    enough: np.ndarray,
    cfg: AgreementConfig,
) -> list[AnnotatorFigures[Estimate]]:
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
    rows: list[AnnotatorFigures[Estimate]] = []
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
                "retrain": bool(kc.value is not None and kc.value < cfg.retrain_below),
            }
        )
    return rows


def batch_figures(
    ann: Annotations, n_records: int, batches: np.ndarray, cfg: AgreementConfig
) -> list[BatchFigures[Estimate]]:
    """Per batch: group figures, the lowest pairwise match, and the rework flag."""
    names, batch_of_row = np.unique(batches.astype(str), return_inverse=True)
    out: list[BatchFigures[Estimate]] = []
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
        low_pairs: list[LowPair] = [
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
        out.append(
            {
                "items": fig["items"],
                "annotations": fig["annotations"],
                "percent_agreement": fig["percent_agreement"],
                "fleiss_kappa": fig["fleiss_kappa"],
                "krippendorff_alpha": fig["krippendorff_alpha"],
                "krippendorff_alpha_by_level": fig["krippendorff_alpha_by_level"],
                "batch": str(name),
                "min_pair_match": float(match[enough].min()) if enough.any() else None,
                "pairs_below_match": low_pairs,
                "rework": rework,
            }
        )
    return out
