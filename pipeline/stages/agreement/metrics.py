"""Inter-annotator agreement figures, vectorised with numpy.

Ratings are given in long form: parallel integer arrays ``item`` (0..n_items-1), ``rater``
(0..n_raters-1) and ``code`` (0..n_categories-1, the index of the label in the ordered vocabulary),
one entry per (item, rater), missing ratings simply absent. From these the module computes:

- percent agreement (mean share of agreeing rater pairs per item, Fleiss' P-bar);
- Cohen's kappa for two raters, unweighted or weighted (linear / quadratic disagreement weights),
  per rater pair from their shared items, and between each rater and a consensus label;
- Fleiss' kappa on items with a fixed number of raters;
- Krippendorff's alpha for nominal, ordinal, interval and ratio data with missing values;
- percentile bootstrap confidence intervals with a seeded generator.

Every figure is an :class:`Estimate`. Degenerate inputs (one rater, one label everywhere, no shared
items) give ``value=None`` with a ``reason`` code, never a made-up number and never an exception.

Bootstrap resamples items with replacement. Because every figure here depends on an item only
through its vector of label counts (or, for a rater pair, its cell of the contingency table), a
resample is drawn as a multinomial over the distinct count patterns, which is exactly equivalent to
resampling items and costs time in the number of patterns, not of items.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, Required, TypedDict

import numpy as np

Level = Literal["nominal", "ordinal", "interval", "ratio"]
Weights = Literal["none", "linear", "quadratic"]

LEVELS: tuple[str, ...] = ("nominal", "ordinal", "interval", "ratio")
"""Levels of measurement understood by :func:`krippendorff_alpha`."""

DENSE_CELLS = 4_000_000
"""Largest intermediate array (in cells) a figure builds at once; larger work is done in pieces."""

# Undefined-reason codes (documented in docs/AGREEMENT.md).
NO_ITEMS = "no_items"
NO_PAIRABLE_ITEMS = "no_pairable_items"
NO_SHARED_ITEMS = "no_shared_items"
TOO_FEW_SHARED_ITEMS = "too_few_shared_items"
NO_VARIATION = "no_variation"
FEWER_THAN_TWO_RATERS = "fewer_than_two_raters"
RATERS_NOT_FIXED = "raters_per_item_not_fixed"
NO_PAIRS = "no_rater_pairs"
BOOTSTRAP_UNDEFINED = "bootstrap_mostly_undefined"

BOOTSTRAP_WORK = 25_000_000
"""Most cells (tables x resamples x categories²) the Cohen's kappa bootstraps of one set of figures
(the rater pairs, the annotators) may draw, about 2 s here; above it those figures come without
intervals and say so (:data:`NO_KAPPA_BOOTSTRAP_NOTE`)."""
NO_BOOTSTRAP_NOTE = "no bootstrap: too many label patterns x categories"
NO_KAPPA_BOOTSTRAP_NOTE = "no bootstrap: too many tables x resamples x categories"


class EstimateDict(TypedDict, total=False):
    """The JSON form of an :class:`Estimate` (:meth:`Estimate.to_dict`)."""

    value: Required[float | None]
    n_items: Required[int]
    undefined_reason: str
    ci_low: float | None
    ci_high: float | None
    note: str


@dataclass(frozen=True)
class Estimate:
    """One agreement figure: a value or an explicit ``reason`` why it is undefined, plus a CI."""

    value: float | None
    reason: str | None = None
    n_items: int = 0
    ci_low: float | None = None
    ci_high: float | None = None
    note: str | None = None

    @property
    def defined(self) -> bool:
        """True when the figure has a value."""
        return self.value is not None

    def with_ci(self, draws: np.ndarray | None, confidence: float) -> Estimate:
        """Return a copy with a percentile interval from bootstrap ``draws`` (NaN = undefined draw)."""
        low, high, note = percentile_ci(draws, confidence) if self.defined and draws is not None else (None, None, None)
        return Estimate(self.value, self.reason, self.n_items, low, high, note or self.note)

    def to_dict(self, digits: int = 6) -> EstimateDict:
        """Plain JSON-able form with values rounded to ``digits`` (stable report bytes)."""

        def r(x: float | None) -> float | None:
            return None if x is None else round(float(x), digits)

        out: EstimateDict = {"value": r(self.value), "n_items": int(self.n_items)}
        if self.reason is not None:
            out["undefined_reason"] = self.reason
        if self.ci_low is not None or self.value is not None:
            out["ci_low"] = r(self.ci_low)
            out["ci_high"] = r(self.ci_high)
        if self.note:
            out["note"] = self.note
        return out


def undefined(reason: str, n_items: int = 0, note: str | None = None) -> Estimate:
    """An :class:`Estimate` without a value, saying why."""
    return Estimate(None, reason, n_items, note=note)


def percentile_ci(draws: np.ndarray | None, confidence: float) -> tuple[float | None, float | None, str | None]:
    """Percentile interval of bootstrap ``draws``; NaN draws (degenerate resamples) are left out.

    Returns ``(None, None, reason)`` when fewer than half of the draws are defined.
    """
    if draws is None or len(draws) == 0:
        return None, None, None
    ok = draws[np.isfinite(draws)]
    if len(ok) < max(2, len(draws) // 2):
        return None, None, BOOTSTRAP_UNDEFINED
    tail = (1.0 - confidence) / 2.0
    low, high = np.quantile(ok, [tail, 1.0 - tail])
    return float(low), float(high), None


def make_rng(seed: int, *stream: int) -> np.random.Generator:
    """A generator for one figure: seeded by ``seed`` and a stream id, so figures do not share draws."""
    return np.random.default_rng([int(seed), *[int(s) for s in stream]])


# --------------------------------------------------------------------------------------------------
# building blocks


def count_matrix(item: np.ndarray, code: np.ndarray, n_items: int, n_categories: int) -> np.ndarray:
    """Items x categories matrix of how many raters gave each label to each item."""
    flat = np.bincount(item.astype(np.int64) * n_categories + code, minlength=n_items * n_categories)
    return flat.reshape(n_items, n_categories)


def count_patterns(counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Distinct rows of a count matrix and how often each occurs (rows sorted, deterministic)."""
    if counts.shape[0] == 0:
        return counts.reshape(0, counts.shape[1]), np.zeros(0, dtype=np.int64)
    k = counts.shape[1]
    base = int(counts.max()) + 1
    if k * np.log2(max(base, 2)) <= 62:
        weights = base ** np.arange(k - 1, -1, -1, dtype=np.int64)
        keys = counts.astype(np.int64) @ weights
        _, first, freq = np.unique(keys, return_index=True, return_counts=True)
        return counts[first], freq
    patterns, freq = np.unique(counts, axis=0, return_counts=True)
    return patterns, freq


def _multinomial_draws(rng: np.random.Generator, freq: np.ndarray, n_boot: int) -> np.ndarray:
    """Resample ``freq.sum()`` items with replacement ``n_boot`` times: counts per pattern (B x P)."""
    n = int(freq.sum())
    return rng.multinomial(n, freq / n, size=n_boot).astype(np.float64)


# --------------------------------------------------------------------------------------------------
# percent agreement and Fleiss' kappa


def _pair_agreement_stats(patterns: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per pattern: share of agreeing rater pairs P_i, and a mask of patterns with at least two ratings."""
    m = patterns.sum(axis=1).astype(np.float64)
    ok = m >= 2
    agree = (patterns * (patterns - 1)).sum(axis=1).astype(np.float64)
    p_i = np.zeros_like(m)
    p_i[ok] = agree[ok] / (m[ok] * (m[ok] - 1))
    return p_i, ok


def percent_agreement(counts: np.ndarray, *, n_boot: int = 0, seed: int = 0, confidence: float = 0.95) -> Estimate:
    """Mean share of agreeing rater pairs over items rated at least twice (observed agreement).

    ``counts`` is items x categories (see :func:`count_matrix`). Items with fewer than two ratings
    are ignored.
    """
    patterns, freq = count_patterns(np.asarray(counts))
    p_i, ok = _pair_agreement_stats(patterns)
    patterns, freq, p_i = patterns[ok], freq[ok], p_i[ok]
    n = int(freq.sum())
    if n == 0:
        return undefined(NO_PAIRABLE_ITEMS)
    est = Estimate(float((p_i * freq).sum() / n), None, n)
    if n_boot <= 0:
        return est
    w = _multinomial_draws(make_rng(seed, 1), freq, n_boot)
    return est.with_ci((w @ p_i) / n, confidence)


def _fleiss_from_patterns(patterns: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Fleiss' kappa for each row of ``weights`` (B x P item counts per pattern); NaN where undefined."""
    m = float(patterns[0].sum())
    n_items = weights.sum(axis=1)
    p_i, _ = _pair_agreement_stats(patterns)
    with np.errstate(divide="ignore", invalid="ignore"):
        p_bar = (weights @ p_i) / n_items
        p_j = (weights @ patterns) / (n_items[:, None] * m)
        p_e = (p_j**2).sum(axis=1)
        kappa = (p_bar - p_e) / (1.0 - p_e)
    kappa[~np.isfinite(kappa) | (np.abs(1.0 - p_e) < 1e-12)] = np.nan
    return kappa


def fleiss_kappa(counts: np.ndarray, *, n_boot: int = 0, seed: int = 0, confidence: float = 0.95) -> Estimate:
    """Fleiss' kappa from an items x categories count table with the same number of raters per item.

    Undefined when the number of raters varies (``raters_per_item_not_fixed``), is below two, or
    when every rating falls in one category (``no_variation``).
    """
    counts = np.asarray(counts, dtype=np.float64)
    if counts.shape[0] == 0:
        return undefined(NO_ITEMS)
    m = counts.sum(axis=1)
    if not np.allclose(m, m[0]):
        return undefined(RATERS_NOT_FIXED, counts.shape[0])
    if m[0] < 2:
        return undefined(FEWER_THAN_TWO_RATERS, counts.shape[0])
    patterns, freq = count_patterns(counts) if np.all(counts == np.round(counts)) else (counts, np.ones(len(counts)))
    value = _fleiss_from_patterns(patterns, freq[None, :].astype(np.float64))[0]
    n = int(counts.shape[0])
    if not np.isfinite(value):
        return undefined(NO_VARIATION, n)
    est = Estimate(float(value), None, n)
    if n_boot <= 0:
        return est
    w = _multinomial_draws(make_rng(seed, 2), freq.astype(np.int64), n_boot)
    return est.with_ci(_fleiss_from_patterns(patterns, w), confidence)


def fleiss_kappa_modal(counts: np.ndarray, *, n_boot: int = 0, seed: int = 0, confidence: float = 0.95) -> Estimate:
    """Fleiss' kappa on the items rated by the most common number of raters (at least two).

    When every item has that number the result is plain Fleiss' kappa; otherwise the estimate's
    ``note`` says which subset was used (Fleiss' kappa assumes a fixed number of raters per item).
    """
    counts = np.asarray(counts)
    m = counts.sum(axis=1)
    rated = m >= 2
    if not rated.any():
        return undefined(NO_PAIRABLE_ITEMS)
    sizes, freq = np.unique(m[rated], return_counts=True)
    modal = int(sizes[np.argmax(freq)])  # ties: the smallest size (np.unique sorts ascending)
    subset = counts[m == modal]
    est = fleiss_kappa(subset, n_boot=n_boot, seed=seed, confidence=confidence)
    if len(sizes) > 1:
        note = f"items with {modal} raters only ({subset.shape[0]} of {int(rated.sum())} items rated twice or more)"
        est = Estimate(est.value, est.reason, est.n_items, est.ci_low, est.ci_high, note)
    return est


# --------------------------------------------------------------------------------------------------
# Krippendorff's alpha


def _delta2(level: str, n_c: np.ndarray, values: np.ndarray | None) -> np.ndarray:
    """Squared difference function(s): K x K, or B x K x K when ``n_c`` is B x K (ordinal)."""
    k = n_c.shape[-1]
    if level == "nominal":
        d = 1.0 - np.eye(k)
        return d if n_c.ndim == 1 else np.broadcast_to(d, (*n_c.shape[:-1], k, k))
    if level == "ordinal":
        cum = np.cumsum(n_c, axis=-1)
        lo = np.minimum.outer(np.arange(k), np.arange(k))
        hi = np.maximum.outer(np.arange(k), np.arange(k))
        cum0 = np.concatenate([np.zeros((*n_c.shape[:-1], 1)), cum], axis=-1)
        between = cum0[..., hi + 1] - cum0[..., lo]  # sum of n_g for g in [lo, hi]
        half = (n_c[..., :, None] + n_c[..., None, :]) / 2.0
        return (between - half) ** 2
    if values is None:
        raise ValueError(f"level {level!r} needs numeric values for the categories")
    v = np.asarray(values, dtype=np.float64)
    diff = v[:, None] - v[None, :]
    if level == "interval":
        d = diff**2
    elif level == "ratio":
        s = v[:, None] + v[None, :]
        with np.errstate(divide="ignore", invalid="ignore"):
            d = np.where(s == 0, 0.0, (diff / np.where(s == 0, 1.0, s)) ** 2)
    else:
        raise ValueError(f"unknown level {level!r}; allowed: {', '.join(LEVELS)}")
    return d if n_c.ndim == 1 else np.broadcast_to(d, (*n_c.shape[:-1], k, k))


def _alpha_from_patterns(
    patterns: np.ndarray, weights: np.ndarray, level: str, values: np.ndarray | None
) -> np.ndarray:
    """Alpha for each row of ``weights`` (B x P unit counts per pairable pattern); NaN where undefined."""
    pat = patterns.astype(np.float64)
    m = pat.sum(axis=1)
    inv = 1.0 / (m - 1.0)
    k = pat.shape[1]
    if len(pat) * k * k <= DENSE_CELLS:
        # coincidences contributed by one unit of each pattern: (n n^T - diag(n)) / (m - 1), flattened
        contrib = (pat[:, :, None] * pat[:, None, :]) - np.einsum("pk,kl->pkl", pat, np.eye(k))
        contrib = (contrib * inv[:, None, None]).reshape(len(pat), -1)
        o = (weights @ contrib).reshape(-1, k, k)  # B x K x K
    else:  # the same sum without a P x K x K array: one K x K product per row of weights
        o = np.empty((weights.shape[0], k, k))
        for b, w in enumerate(weights):
            c = w * inv
            o[b] = pat.T @ (pat * c[:, None]) - np.diag(c @ pat)
    n_c = o.sum(axis=2)
    n = n_c.sum(axis=1)
    d2 = _delta2(level, n_c, values)
    d_obs = (o * d2).sum(axis=(1, 2))
    d_exp = (n_c[:, :, None] * n_c[:, None, :] * d2).sum(axis=(1, 2)) / (n - 1.0)
    with np.errstate(divide="ignore", invalid="ignore"):
        alpha = 1.0 - d_obs / d_exp
    alpha[~np.isfinite(alpha) | (d_exp <= 1e-15)] = np.nan
    return alpha


def krippendorff_alpha(
    counts: np.ndarray,
    level: str = "nominal",
    values: Sequence[float] | np.ndarray | None = None,
    *,
    n_boot: int = 0,
    seed: int = 0,
    confidence: float = 0.95,
) -> Estimate:
    """Krippendorff's alpha from a units x values count table (missing ratings are simply not counted).

    Columns are the label values in their order (the order matters for ``ordinal``). ``values`` gives
    the numeric value of each column for ``interval`` and ``ratio``. Units with fewer than two values
    are not pairable and are dropped. Undefined (``no_variation``) when only one value occurs, since
    expected disagreement is then zero.
    """
    if level not in LEVELS:
        raise ValueError(f"unknown level {level!r}; allowed: {', '.join(LEVELS)}")
    counts = np.asarray(counts)
    if counts.shape[0] == 0:
        return undefined(NO_ITEMS)
    patterns, freq = count_patterns(counts)
    ok = patterns.sum(axis=1) >= 2
    patterns, freq = patterns[ok], freq[ok]
    n_units = int(freq.sum())
    if n_units == 0:
        return undefined(NO_PAIRABLE_ITEMS)
    vals = None if values is None else np.asarray(values, dtype=np.float64)
    if level in ("interval", "ratio") and vals is None:
        raise ValueError(f"level {level!r} needs numeric values for the categories")
    value = _alpha_from_patterns(patterns, freq[None, :].astype(np.float64), level, vals)[0]
    if not np.isfinite(value):
        return undefined(NO_VARIATION, n_units)
    est = Estimate(float(value), None, n_units)
    if n_boot <= 0:
        return est
    k = counts.shape[1]
    if len(patterns) * k * k > 20_000_000:
        return Estimate(est.value, None, n_units, note=NO_BOOTSTRAP_NOTE)
    draws = []
    rng = make_rng(seed, 3, LEVELS.index(level))
    for start in range(0, n_boot, 256):
        w = _multinomial_draws(rng, freq, min(256, n_boot - start))
        draws.append(_alpha_from_patterns(patterns, w, level, vals))
    return est.with_ci(np.concatenate(draws), confidence)


# --------------------------------------------------------------------------------------------------
# Cohen's kappa


def disagreement_weights(n_categories: int, weights: str | Sequence[float] = "none") -> np.ndarray:
    """K x K disagreement weights: 0/1 (``none``), ``|i-j|/(K-1)`` (linear) or its square (quadratic).

    A sequence ``w`` of K numbers gives Toeplitz weights ``w[|i-j|]`` (statsmodels' convention).
    """
    k = n_categories
    idx = np.arange(k, dtype=np.float64)
    if not isinstance(weights, str):
        w = np.asarray(weights, dtype=np.float64)
        if w.shape != (k,):
            raise ValueError(f"custom kappa weights need {k} numbers (one per distance), got {w.shape[0]}")
        return w[np.abs(np.arange(k)[:, None] - np.arange(k)[None, :])]
    if weights == "none":
        return 1.0 - np.eye(k)
    if k < 2:
        return np.zeros((k, k))
    dist = np.abs(idx[:, None] - idx[None, :]) / (k - 1)
    if weights == "linear":
        return dist
    if weights == "quadratic":
        return dist**2
    raise ValueError(f"unknown kappa weights {weights!r}; allowed: none, linear, quadratic")


def kappa_from_tables(tables: np.ndarray, weights: str | Sequence[float] = "none") -> np.ndarray:
    """Cohen's kappa for a stack of K x K contingency tables (... x K x K); NaN where undefined."""
    t = np.asarray(tables, dtype=np.float64)
    w = disagreement_weights(t.shape[-1], weights)
    n = t.sum(axis=(-2, -1))
    with np.errstate(divide="ignore", invalid="ignore"):
        p = t / n[..., None, None]
        rows = p.sum(axis=-1)
        cols = p.sum(axis=-2)
        expected = rows[..., :, None] * cols[..., None, :]
        d_obs = (w * p).sum(axis=(-2, -1))
        d_exp = (w * expected).sum(axis=(-2, -1))
        kappa = 1.0 - d_obs / d_exp
    return np.where((n > 0) & (d_exp > 1e-15), kappa, np.nan)


def cohen_kappa_table(
    table: np.ndarray,
    weights: str | Sequence[float] = "none",
    *,
    n_boot: int = 0,
    seed: int = 0,
    confidence: float = 0.95,
) -> Estimate:
    """Cohen's kappa from one K x K contingency table (rows rater A, columns rater B).

    Undefined with ``no_shared_items`` for an empty table and ``no_variation`` when chance
    agreement is total (both raters used one and the same label throughout).
    """
    t = np.asarray(table, dtype=np.float64)
    n = round(float(t.sum()))
    if n == 0:
        return undefined(NO_SHARED_ITEMS)
    value = kappa_from_tables(t, weights)
    if not np.isfinite(value):
        return undefined(NO_VARIATION, n)
    est = Estimate(float(value), None, n)
    if n_boot <= 0:
        return est
    draws = bootstrap_tables(t[None], n_boot, seed)[0]
    return est.with_ci(kappa_from_tables(draws, weights), confidence)


def cohen_kappa(
    codes_a: np.ndarray,
    codes_b: np.ndarray,
    n_categories: int,
    weights: str | Sequence[float] = "none",
    *,
    n_boot: int = 0,
    seed: int = 0,
    confidence: float = 0.95,
) -> Estimate:
    """Cohen's kappa between two aligned label-code vectors (the same items, in the same order)."""
    a = np.asarray(codes_a, dtype=np.int64)
    b = np.asarray(codes_b, dtype=np.int64)
    k = n_categories
    table = np.bincount(a * k + b, minlength=k * k).reshape(k, k)
    return cohen_kappa_table(table, weights, n_boot=n_boot, seed=seed, confidence=confidence)


def bootstrap_tables(
    tables: np.ndarray, n_boot: int, seed: int, stream: int = 4, ids: Sequence[int] | np.ndarray | None = None
) -> np.ndarray:
    """Resample each table's items ``n_boot`` times: returns (T x B x K x K) resampled tables.

    Table ``i`` draws from the generator of ``(seed, stream, ids[i])`` (``ids`` default: the
    positions), so a table resamples the same way whichever other tables are resampled with it.
    """
    t = np.asarray(tables, dtype=np.float64)
    k = t.shape[-1]
    out = np.empty((t.shape[0], n_boot, k, k))
    for i in range(t.shape[0]):
        n = round(float(t[i].sum()))
        if n == 0:
            out[i] = 0.0
            continue
        rng = make_rng(seed, stream, i if ids is None else int(ids[i]))
        out[i] = rng.multinomial(n, t[i].ravel() / t[i].sum(), size=n_boot).reshape(n_boot, k, k)
    return out


def pairwise_tables(
    item: np.ndarray, rater: np.ndarray, code: np.ndarray, n_raters: int, n_categories: int
) -> tuple[np.ndarray, np.ndarray]:
    """Contingency tables for every rater pair with shared items.

    Returns ``(pairs, tables)``: ``pairs`` is P x 2 (rater a < rater b, sorted), ``tables`` is
    P x K x K with rows = rater a's label, columns = rater b's. Each (item, rater) must occur once.
    """
    k = n_categories
    item = np.asarray(item, dtype=np.int64)
    rater = np.asarray(rater, dtype=np.int64)
    code = np.asarray(code, dtype=np.int64)
    if len(item) == 0:
        return np.zeros((0, 2), dtype=np.int64), np.zeros((0, k, k))
    # entries sorted by item, then rater; items with more ratings first, so that the entries of
    # items with more than d ratings form a prefix: the pairs at distance d are then found in that
    # prefix alone, and the total work is proportional to the number of pairs
    order = np.lexsort((rater, item))
    it = item[order]
    starts = np.flatnonzero(np.r_[True, it[1:] != it[:-1]])
    sizes = np.diff(np.r_[starts, len(it)])
    group_size = np.repeat(sizes, sizes)
    order = order[np.argsort(-group_size, kind="stable")]
    it, ra, co = item[order], rater[order], code[order]
    neg_size = -np.sort(group_size)[::-1]
    keys = []
    cells = []
    for d in range(1, int(sizes.max())):
        end = int(np.searchsorted(neg_size, -d, side="left"))  # entries of items with more than d ratings
        if end <= d:
            break
        same = it[: end - d] == it[d:end]
        a, b = ra[: end - d][same], ra[d:end][same]
        keys.append(a * n_raters + b)
        cells.append(co[: end - d][same] * k + co[d:end][same])
    if not keys:
        return np.zeros((0, 2), dtype=np.int64), np.zeros((0, k, k))
    key = np.concatenate(keys)
    cell = np.concatenate(cells)
    if n_raters * n_raters * k * k <= 4_000_000:  # dense: one bincount, no sort
        dense = np.bincount(key * (k * k) + cell, minlength=n_raters * n_raters * k * k)
        dense = dense.reshape(n_raters * n_raters, k, k)
        uniq = np.flatnonzero(dense.sum(axis=(1, 2)))
        tables = dense[uniq]
    else:
        uniq, inv = np.unique(key, return_inverse=True)
        tables = np.bincount(inv * (k * k) + cell, minlength=len(uniq) * k * k).reshape(len(uniq), k, k)
    pairs = np.stack([uniq // n_raters, uniq % n_raters], axis=1)
    return pairs, tables.astype(np.float64)


def pairwise_tables_bounded(
    item: np.ndarray,
    rater: np.ndarray,
    code: np.ndarray,
    n_raters: int,
    n_categories: int,
    max_entries: int = DENSE_CELLS,
) -> tuple[np.ndarray, np.ndarray]:
    """:func:`pairwise_tables` computed over groups of items of at most ``max_entries`` rater pairs each.

    The same result; memory is bounded by ``max_entries`` plus the output (pairs x K x K), not by
    the number of (item, rater pair) combinations, which grows with the square of the raters per item.
    """
    k = n_categories
    item = np.asarray(item, dtype=np.int64)
    if len(item) == 0:
        return np.zeros((0, 2), dtype=np.int64), np.zeros((0, k, k))
    per_item = np.bincount(item)
    if int((per_item * (per_item - 1) // 2).sum()) <= max_entries:  # the usual case: one group
        return pairwise_tables(item, rater, code, n_raters, k)
    order = np.argsort(item, kind="stable")
    it = item[order]
    starts = np.flatnonzero(np.r_[True, it[1:] != it[:-1]])
    ends = np.r_[starts[1:], len(it)]
    sizes = ends - starts
    cum = np.cumsum(sizes * (sizes - 1) // 2)
    keys = np.zeros(0, dtype=np.int64)
    tables = np.zeros((0, k, k))
    first = 0
    while first < len(starts):
        # items first..last-1 hold at most max_entries pairs (at least one item, however large)
        base = cum[first - 1] if first else 0
        last = max(first + 1, int(np.searchsorted(cum, base + max_entries, side="right")))
        sel = order[starts[first] : ends[last - 1]]
        pairs, part = pairwise_tables(item[sel], rater[sel], code[sel], n_raters, k)
        keys = np.concatenate([keys, pairs[:, 0] * n_raters + pairs[:, 1]])
        tables = np.concatenate([tables, part])
        uniq, inv = np.unique(keys, return_inverse=True)
        if len(uniq) < len(keys):  # pairs seen in earlier groups: add their tables up
            merged = np.zeros((len(uniq), k, k))
            np.add.at(merged, inv, tables)
            keys, tables = uniq, merged
        first = last
    order_keys = np.argsort(keys)
    keys, tables = keys[order_keys], tables[order_keys]
    return np.stack([keys // n_raters, keys % n_raters], axis=1), tables


def rater_vs_consensus_tables(
    item: np.ndarray, rater: np.ndarray, code: np.ndarray, consensus: np.ndarray, n_raters: int, n_categories: int
) -> np.ndarray:
    """Per rater: K x K table of (rater's label, item's consensus label); items with consensus < 0 skipped."""
    k = n_categories
    cons = np.asarray(consensus, dtype=np.int64)[item]
    ok = cons >= 0
    key = (rater[ok].astype(np.int64) * k + code[ok]) * k + cons[ok]
    return np.bincount(key, minlength=n_raters * k * k).reshape(n_raters, k, k).astype(np.float64)
