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
    pairwise_annotators: int
    """How many annotators the pairwise figures compare (:func:`compared_raters`)."""


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
    max_pairwise_annotators: int
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


def compared_raters(ann: Annotations, cfg: AgreementConfig) -> np.ndarray:
    """The raters whose pairwise figures are computed, sorted by index.

    A pair needs ``min_shared_items`` shared items, so only raters with at least that many
    annotations can be in one; of those, the ``max_pairwise_annotators`` most active (ties: the
    smaller id). This bounds the pairs by ``max_pairwise_annotators`` squared whatever the data,
    and the work by that many pairs per annotation.
    """
    n_ann = np.bincount(ann.rater, minlength=len(ann.raters))
    eligible = np.flatnonzero(n_ann >= cfg.min_shared_items)
    most_active = eligible[np.lexsort((eligible, -n_ann[eligible]))]
    return np.sort(most_active[: cfg.max_pairwise_annotators])


def _pair_tables(ann: Annotations, idx: np.ndarray, compared: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Contingency tables of the compared rater pairs over the annotations ``idx`` (raters as ``ann`` indices)."""
    k = len(ann.vocab)
    local = np.full(len(ann.raters), -1, dtype=np.int64)
    local[compared] = np.arange(len(compared))
    keep = idx[local[ann.rater[idx]] >= 0]
    pairs, tables = am.pairwise_tables_bounded(
        ann.row[keep], local[ann.rater[keep]], ann.code[keep], max(len(compared), 1), k
    )
    return compared[pairs] if len(pairs) else pairs, tables


def _kappas(tables: np.ndarray, weights: str) -> np.ndarray:
    """Cohen's kappa per table, a bounded number of tables at a time."""
    if len(tables) == 0:
        return np.zeros(0)
    step = max(1, am.DENSE_CELLS // max(1, tables[0].size))
    return np.concatenate([am.kappa_from_tables(tables[i : i + step], weights) for i in range(0, len(tables), step)])


class _KappaDraws:
    """Bootstrap draws of Cohen's kappa for many tables, drawn a bounded number of tables at a time.

    Keeps, per table, its percentile interval and, per resample, the sum and count of the defined
    draws over the tables marked ``in_mean`` (the mean over tables of each resample): never every
    draw of every table.
    """

    def __init__(
        self,
        tables: np.ndarray,
        ids: np.ndarray,
        in_mean: np.ndarray,
        weights: str,
        cfg: AgreementConfig,
        stream: int,
    ) -> None:
        n_boot = cfg.bootstrap_resamples
        self.ci: list[tuple[float | None, float | None, str | None]] = []
        self.mean_sum = np.zeros(n_boot)
        self.mean_n = np.zeros(n_boot)
        k2 = tables[0].size if len(tables) else 1
        step = max(1, am.DENSE_CELLS // max(1, n_boot * k2))
        for i in range(0, len(tables), step):
            draws = am.kappa_from_tables(
                am.bootstrap_tables(tables[i : i + step], n_boot, cfg.seed, stream=stream, ids=ids[i : i + step]),
                weights,
            )
            self.ci += [am.percentile_ci(d, cfg.confidence_level) for d in draws]
            used = draws[in_mean[i : i + step]]
            if len(used):
                ok = np.isfinite(used)
                self.mean_sum += np.where(ok, used, 0.0).sum(axis=0)
                self.mean_n += ok.sum(axis=0)

    def with_ci(self, est: Estimate, i: int) -> Estimate:
        """``est`` with table ``i``'s interval (a defined estimate only)."""
        if not est.defined:
            return est
        low, high, note = self.ci[i]
        return Estimate(est.value, est.reason, est.n_items, low, high, note or est.note)

    def mean_draws(self) -> np.ndarray:
        """The mean over the ``in_mean`` tables of each resample (NaN where none is defined)."""
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(self.mean_n > 0, self.mean_sum / np.maximum(self.mean_n, 1), np.nan)


def _bootstrap_fits(n_tables: int, k: int, cfg: AgreementConfig) -> bool:
    """True when bootstrapping ``n_tables`` K x K tables stays within :data:`metrics.BOOTSTRAP_WORK`."""
    return cfg.bootstrap_resamples > 0 and n_tables * cfg.bootstrap_resamples * k * k <= am.BOOTSTRAP_WORK


def _no_ci(est: Estimate, cfg: AgreementConfig) -> Estimate:
    """``est`` noting that its bootstrap was skipped for its cost (when resamples were asked for)."""
    if not cfg.bootstrap_resamples:
        return est
    return Estimate(est.value, est.reason, est.n_items, None, None, am.NO_KAPPA_BOOTSTRAP_NOTE)


def dataset_figures(
    ann: Annotations, n_records: int, final_code: np.ndarray, cfg: AgreementConfig, batches: np.ndarray | None
) -> AgreementFigures[Estimate]:
    """All agreement figures: dataset, pairwise, per annotator and per batch.

    Pairwise figures cover the pairs of :func:`compared_raters` with at least ``min_shared_items``
    shared items; the work is linear in the number of annotations (see docs/AGREEMENT.md).
    """
    k = len(ann.vocab)
    n_r = len(ann.raters)
    weights = kappa_weights(cfg)
    everything = np.arange(len(ann.row))
    group = _group_figures(ann, everything, n_records, cfg, 0)

    # pairwise Cohen's kappa among the compared raters, pairs with enough shared items only
    compared = compared_raters(ann, cfg)
    pairs, tables = _pair_tables(ann, everything, compared)
    shared = tables.sum(axis=(1, 2)) if len(tables) else np.zeros(0)
    enough = shared >= cfg.min_shared_items
    pairs, tables, shared = pairs[enough], tables[enough], shared[enough]
    kappas = _kappas(tables, weights)
    match = np.trace(tables, axis1=1, axis2=2) / np.maximum(shared, 1) if len(tables) else np.zeros(0)
    finite = np.isfinite(kappas)
    draws = None
    if len(tables) and _bootstrap_fits(len(tables), k, cfg):
        draws = _KappaDraws(tables, np.arange(len(tables)), finite, weights, cfg, stream=10)
    pair_rows: list[PairFigures[Estimate]] = []
    for p in range(len(pairs)):
        if finite[p]:
            est = am.Estimate(float(kappas[p]), None, int(shared[p]))
            est = draws.with_ci(est, p) if draws is not None else _no_ci(est, cfg)
        else:
            est = am.undefined(am.NO_VARIATION, int(shared[p]))
        pair_rows.append(
            {
                "a": ann.raters[int(pairs[p, 0])],
                "b": ann.raters[int(pairs[p, 1])],
                "shared_items": int(shared[p]),
                "match": float(match[p]),
                "kappa": est,
            }
        )
    if finite.any():
        mean_est = am.Estimate(float(kappas[finite].mean()), None, int(finite.sum()))
        if draws is not None:
            mean_est = mean_est.with_ci(draws.mean_draws(), cfg.confidence_level)
            mean_est = am.Estimate(
                mean_est.value,
                None,
                mean_est.n_items,
                mean_est.ci_low,
                mean_est.ci_high,
                "mean over rater pairs; n_items = pairs; CI from independent per-pair resamples",
            )
    elif n_r < 2:
        mean_est = am.undefined(am.FEWER_THAN_TWO_RATERS)
    elif group["percent_agreement"].defined:  # some item was rated twice: rater pairs exist
        mean_est = am.undefined(am.TOO_FEW_SHARED_ITEMS)
    else:
        mean_est = am.undefined(am.NO_SHARED_ITEMS)
    dataset: DatasetFigures[Estimate] = {
        **group,
        "cohen_kappa_mean_pairwise": mean_est,
        "kappa_weights": weights,
        "interpretation": interpret(group["krippendorff_alpha"].value, cfg),
        "pairwise_annotators": len(compared),
    }

    annotators = annotator_figures(ann, final_code, pairs, kappas, match, cfg)
    batch_rows = batch_figures(ann, n_records, batches, cfg, compared) if batches is not None else []
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
            "max_pairwise_annotators": cfg.max_pairwise_annotators,
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
    cfg: AgreementConfig,
) -> list[AnnotatorFigures[Estimate]]:
    """Per annotator: agreement (raw and kappa) with the final label and mean agreement with peers.

    ``pairs``, ``kappas`` and ``match`` are the computed rater pairs (each with enough shared
    items). Linear in annotations and pairs: a kappa table and its bootstrap only for annotators
    with at least ``min_shared_items`` items with a consensus, a bounded number at a time.
    """
    k = len(ann.vocab)
    n_r = len(ann.raters)
    weights = kappa_weights(cfg)
    cons = np.asarray(final_code, dtype=np.int64)[ann.row]
    has = cons >= 0
    n_with = np.bincount(ann.rater[has], minlength=n_r)
    n_agree = np.bincount(ann.rater[has & (ann.code == cons)], minlength=n_r)
    n_ann = np.bincount(ann.rater, minlength=n_r)

    # kappa with the consensus: tables only for raters with enough items (the others are undefined)
    scored = np.flatnonzero(n_with >= cfg.min_shared_items)
    kap = np.full(n_r, np.nan)
    ci: dict[int, tuple[float | None, float | None, str | None]] = {}
    if len(scored):
        local = np.full(n_r, -1, dtype=np.int64)
        local[scored] = np.arange(len(scored))
        take = has & (local[ann.rater] >= 0)
        by_rater = np.argsort(local[ann.rater[take]], kind="stable")
        r_loc = local[ann.rater[take]][by_rater]
        codes, cons_codes = ann.code[take][by_rater], cons[take][by_rater]
        bounds = np.searchsorted(r_loc, np.arange(len(scored) + 1))
        boot = _bootstrap_fits(len(scored), k, cfg)
        per = max(1, am.DENSE_CELLS // max(1, k * k * (cfg.bootstrap_resamples if boot else 1)))
        for start in range(0, len(scored), per):
            stop = min(len(scored), start + per)
            lo, hi = bounds[start], bounds[stop]
            cells = ((r_loc[lo:hi] - start) * k + codes[lo:hi]) * k + cons_codes[lo:hi]
            tables = np.bincount(cells, minlength=(stop - start) * k * k).reshape(stop - start, k, k).astype(float)
            kap[scored[start:stop]] = am.kappa_from_tables(tables, weights)
            if boot:
                draws = am.kappa_from_tables(
                    am.bootstrap_tables(tables, cfg.bootstrap_resamples, cfg.seed, stream=20, ids=scored[start:stop]),
                    weights,
                )
                for j, d in enumerate(draws):
                    ci[int(scored[start + j])] = am.percentile_ci(d, cfg.confidence_level)

    # peers: the computed pairs each annotator is in (mean kappa over the defined ones)
    ends = pairs.reshape(-1) if len(pairs) else np.zeros(0, dtype=np.int64)
    peers = np.bincount(ends, minlength=n_r)
    match_sum = np.bincount(ends, weights=np.repeat(match, 2), minlength=n_r) if len(pairs) else np.zeros(n_r)
    finite = np.repeat(np.isfinite(kappas), 2)
    k_n = np.bincount(ends[finite], minlength=n_r)
    k_sum = np.bincount(ends[finite], weights=np.repeat(kappas, 2)[finite], minlength=n_r) if len(pairs) else k_n * 0.0

    rows: list[AnnotatorFigures[Estimate]] = []
    for r in range(n_r):
        if n_with[r] < cfg.min_shared_items:
            kc = am.undefined(am.TOO_FEW_SHARED_ITEMS, int(n_with[r]))
        elif not np.isfinite(kap[r]):
            kc = am.undefined(am.NO_VARIATION, int(n_with[r]))
        else:
            kc = am.Estimate(float(kap[r]), None, int(n_with[r]))
            if r in ci:
                low, high, note = ci[r]
                kc = am.Estimate(kc.value, None, kc.n_items, low, high, note)
            else:
                kc = _no_ci(kc, cfg)
        rows.append(
            {
                "annotator_id": ann.raters[r],
                "annotations": int(n_ann[r]),
                "items_with_consensus": int(n_with[r]),
                "agreement_with_consensus": float(n_agree[r] / n_with[r]) if n_with[r] else None,
                "kappa_with_consensus": kc,
                "peers": int(peers[r]),
                "mean_kappa_with_peers": float(k_sum[r] / k_n[r]) if k_n[r] else None,
                "mean_match_with_peers": float(match_sum[r] / peers[r]) if peers[r] else None,
                "retrain": bool(kc.value is not None and kc.value < cfg.retrain_below),
            }
        )
    return rows


def batch_figures(
    ann: Annotations, n_records: int, batches: np.ndarray, cfg: AgreementConfig, compared: np.ndarray
) -> list[BatchFigures[Estimate]]:
    """Per batch: group figures, the lowest pairwise match among the ``compared`` raters, and the rework flag.

    Annotations are grouped by batch once, so the work is linear in annotations however many batches.
    """
    names, batch_of_row = np.unique(batches.astype(str), return_inverse=True)
    of_ann = batch_of_row[ann.row]
    order = np.argsort(of_ann, kind="stable")
    bounds = np.searchsorted(of_ann[order], np.arange(len(names) + 1))
    out: list[BatchFigures[Estimate]] = []
    for b, name in enumerate(names):
        idx = order[bounds[b] : bounds[b + 1]]
        if len(idx) == 0:
            out.append({"batch": str(name), "items": 0, "annotations": 0, "rework": False, "note": "no annotations"})
            continue
        fig = _group_figures(ann, idx, n_records, cfg, 100 + b)
        pairs, tables = _pair_tables(ann, idx, compared)
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
