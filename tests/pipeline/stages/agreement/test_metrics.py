"""Agreement metrics against published values, degenerate cases and properties."""

from __future__ import annotations

import json

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.stages.agreement import metrics as am
from tests.conftest import TEST_DATA

DATA = TEST_DATA / "agreement"


def load(name: str) -> dict:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def unit_counts(rows_by_coder: list[list], values: list) -> np.ndarray:
    """coders x units matrix (None = missing) -> units x values count table."""
    n_units = len(rows_by_coder[0])
    out = np.zeros((n_units, len(values)), dtype=np.int64)
    for row in rows_by_coder:
        for u, v in enumerate(row):
            if v is not None:
                out[u, values.index(v)] += 1
    return out


def sorted_values(rows: list[list]) -> list:
    return sorted({v for r in rows for v in r if v is not None})


# ---------------------------------------------------------------------------------------------- Fleiss


def test_fleiss_wikipedia_10x14():
    d = load("fleiss_kappa_wikipedia_10x14.json")
    est = am.fleiss_kappa(np.array(d["data"]))
    assert est.value == pytest.approx(d["expected"]["kappa"], abs=d["tolerance"])
    assert round(est.value, 3) == 0.210
    assert est.n_items == 10


def test_fleiss_1971_diagnoses():
    d = load("fleiss_kappa_1971_diagnoses_30x6.json")
    data = np.array(d["data"])
    counts = np.stack([(data == c).sum(axis=1) for c in range(1, 6)], axis=1)
    assert counts.sum(axis=0).tolist() == d["expected"]["category_totals"]
    assert am.fleiss_kappa(counts).value == pytest.approx(d["expected"]["kappa"], abs=d["tolerance"])


@pytest.mark.parametrize("case", load("fleiss_kappa_fixed_vs_free_marginal_small_tables.json")["cases"])
def test_fleiss_small_tables(case):
    tol = load("fleiss_kappa_fixed_vs_free_marginal_small_tables.json")["tolerance"]
    table = np.array(case["table"])
    est = am.fleiss_kappa(table)
    if "fleiss" in case:
        assert est.value == pytest.approx(case["fleiss"], abs=tol)
    else:  # every rater chose one category: 0/0
        assert est.value is None and est.reason == am.NO_VARIATION
    if "overall_agreement" in case:
        assert am.percent_agreement(table).value == pytest.approx(case["overall_agreement"], abs=tol)


def test_fleiss_needs_fixed_raters_and_modal_subset():
    counts = np.array([[3, 0], [0, 3], [2, 1], [1, 1]])
    assert am.fleiss_kappa(counts).reason == am.RATERS_NOT_FIXED
    modal = am.fleiss_kappa_modal(counts)
    assert modal.value == pytest.approx(am.fleiss_kappa(counts[:3]).value)
    assert modal.note == "items with 3 raters only (3 of 4 items rated twice or more)"
    assert am.fleiss_kappa(np.array([[1, 0], [0, 1]])).reason == am.FEWER_THAN_TWO_RATERS
    assert am.fleiss_kappa(np.zeros((0, 2))).reason == am.NO_ITEMS


# ---------------------------------------------------------------------------------------------- Krippendorff


def test_krippendorff_2011_example_c_all_levels():
    d = load("krippendorff_alpha_2011_exampleC_4x12.json")
    values = sorted_values(d["data"])
    counts = unit_counts(d["data"], values)
    for level in ("nominal", "ordinal", "interval", "ratio"):
        est = am.krippendorff_alpha(counts, level, values)
        assert est.value == pytest.approx(d["expected"][level], abs=d["tolerance"]), level
    assert am.krippendorff_alpha(counts, "nominal").value == pytest.approx(d["expected"]["nominal_exact"], abs=1e-9)
    assert am.krippendorff_alpha(counts, "nominal").n_items == 11  # unit 12 has one value


def test_krippendorff_2011_example_c_string_labels():
    d = load("krippendorff_alpha_2011_exampleC_4x12.json")
    sv = d["string_version"]
    rows = [[None if v is None else sv["mapping"][str(v)] for v in r] for r in d["data"]]
    counts = unit_counts(rows, sv["value_domain_ordered"])
    assert am.krippendorff_alpha(counts, "ordinal").value == pytest.approx(sv["expected_ordinal_with_domain"], abs=5e-4)
    assert am.krippendorff_alpha(counts, "nominal").value == pytest.approx(sv["expected_nominal"], abs=5e-4)


@pytest.mark.parametrize("case", load("krippendorff_alpha_2011_examplesAB.json")["cases"])
def test_krippendorff_2011_examples_a_b(case):
    rows = case.get("data_as_lists") or case["data"]
    counts = unit_counts(rows, sorted_values(rows))
    assert am.krippendorff_alpha(counts, "nominal").value == pytest.approx(case["expected"], abs=case["tolerance"])


def test_krippendorff_wikipedia():
    d = load("krippendorff_alpha_wikipedia_3x15.json")
    values = sorted_values(d["data"])
    counts = unit_counts(d["data"], values)
    for level, expected in d["expected"].items():
        assert am.krippendorff_alpha(counts, level, values).value == pytest.approx(expected, abs=d["tolerance"])


def test_krippendorff_hayes_2007():
    d = load("krippendorff_alpha_hayes_krippendorff_2007_40x5.json")
    by_coder = [list(r) for r in zip(*d["data_units_by_observers"])]
    values = sorted_values(by_coder)
    counts = unit_counts(by_coder, values)
    assert am.krippendorff_alpha(counts, "ordinal", values).value == pytest.approx(d["expected"]["ordinal"], abs=5e-5)
    for level, expected in d["computed_not_published"].items():
        assert am.krippendorff_alpha(counts, level, values).value == pytest.approx(expected, abs=5e-6), level


def test_krippendorff_nltk_cases():
    cases = load("nltk_agreement_cases.json")["cases"]
    for case in cases[:2]:
        triples = case["triples_coder_item_label"]
        items = sorted({t[1] for t in triples})
        values = sorted({t[2] for t in triples})
        counts = np.zeros((len(items), len(values)), dtype=np.int64)
        for _, item, label in triples:
            counts[items.index(item), values.index(label)] += 1
        assert am.krippendorff_alpha(counts, "nominal").value == pytest.approx(case["expected"], abs=1e-6)


def test_nltk_artstein_poesio_observed_agreement_and_kappa():
    case = load("nltk_agreement_cases.json")["cases"][2]
    by_coder: dict[str, dict[str, str]] = {}
    for coder, item, label in case["triples_coder_item_label"]:
        by_coder.setdefault(coder, {})[item] = label
    items = sorted(by_coder["a"])
    labels = sorted({v for c in by_coder.values() for v in c.values()})
    a = np.array([labels.index(by_coder["a"][i]) for i in items])
    b = np.array([labels.index(by_coder["b"][i]) for i in items])
    counts = np.zeros((len(items), len(labels)), dtype=np.int64)
    np.add.at(counts, (np.arange(len(items)), a), 1)
    np.add.at(counts, (np.arange(len(items)), b), 1)
    assert am.percent_agreement(counts).value == pytest.approx(case["expected"]["avg_Ao"], abs=1e-9)
    assert am.cohen_kappa(a, b, len(labels)).value == pytest.approx(case["expected"]["cohen_kappa_computed"], abs=1e-6)


def test_krippendorff_degenerate():
    assert am.krippendorff_alpha(np.array([[2, 0], [3, 0]]), "nominal").reason == am.NO_VARIATION
    assert am.krippendorff_alpha(np.array([[1, 0], [0, 1]]), "nominal").reason == am.NO_PAIRABLE_ITEMS
    assert am.krippendorff_alpha(np.zeros((0, 3)), "nominal").reason == am.NO_ITEMS
    with pytest.raises(ValueError, match="needs numeric values"):
        am.krippendorff_alpha(np.array([[1, 1]]), "interval")
    with pytest.raises(ValueError, match="unknown level 'fuzzy'"):
        am.krippendorff_alpha(np.array([[1, 1]]), "fuzzy")


# ---------------------------------------------------------------------------------------------- Cohen


def test_cohen_sas_3x3():
    d = load("cohen_kappa_sas_3x3.json")
    table = np.array(d["data"])
    assert am.cohen_kappa_table(table).value == pytest.approx(0.4842, abs=d["tolerance"])
    assert am.cohen_kappa_table(table, "linear").value == pytest.approx(0.4701, abs=d["tolerance"])


def test_cohen_irr_anxiety_weighted():
    d = load("cohen_kappa_irr_anxiety_20x3.json")
    data = np.array(d["data"])
    exp = d["expected"]

    def pair(i, j, weights):
        # R irr builds the table over the levels that occur (see the file's caveat)
        levels = sorted(set(data[:, i]) | set(data[:, j]))
        a = np.array([levels.index(x) for x in data[:, i]])
        b = np.array([levels.index(x) for x in data[:, j]])
        return am.cohen_kappa(a, b, len(levels), weights).value

    tol = d["tolerance"]
    assert pair(1, 2, "none") == pytest.approx(exp["rater2_vs_rater3_unweighted"]["kappa"], abs=tol)
    assert pair(1, 2, "linear") == pytest.approx(exp["rater2_vs_rater3_equal(linear)"]["kappa"], abs=tol)
    assert pair(1, 2, "quadratic") == pytest.approx(exp["rater2_vs_rater3_squared(quadratic)"]["kappa"], abs=tol)
    assert pair(1, 2, [0, 0, 1, 1, 2]) == pytest.approx(
        exp["rater2_vs_rater3_custom_weights_0_0_1_1_2"]["kappa"], abs=tol
    )
    assert pair(0, 1, [0, 0, 0, 1, 1, 1]) == pytest.approx(
        exp["rater1_vs_rater2_custom_weights_0_0_0_1_1_1"]["kappa"], abs=tol
    )
    assert pair(0, 1, [0, 0, 1, 1, 2, 2]) == pytest.approx(
        exp["rater1_vs_rater2_custom_weights_0_0_1_1_2_2"]["kappa"], abs=tol
    )


@pytest.mark.parametrize("case", load("cohen_kappa_sklearn_artstein_poesio.json")["cases"], ids=lambda c: c["name"])
def test_cohen_sklearn_cases(case):
    y1, y2 = np.array(case["y1"]), np.array(case["y2"])
    k = int(max(y1.max(), y2.max())) + 1
    est = am.cohen_kappa(y1, y2, k, case["weights"] or "none")
    assert est.value == pytest.approx(case["expected_kappa"], abs=case["tolerance"])
    if "contingency" in case:
        assert am.cohen_kappa_table(np.array(case["contingency"])).value == pytest.approx(est.value)


@pytest.mark.parametrize("case", load("cohen_kappa_wikipedia_2x2.json")["cases"])
def test_cohen_wikipedia_2x2(case):
    assert am.cohen_kappa_table(np.array(case["contingency"])).value == pytest.approx(case["expected_kappa"], abs=5e-5)


def test_cohen_degenerate_and_errors():
    assert am.cohen_kappa_table(np.zeros((2, 2))).reason == am.NO_SHARED_ITEMS
    assert am.cohen_kappa_table(np.array([[5, 0], [0, 0]])).reason == am.NO_VARIATION
    with pytest.raises(ValueError, match="unknown kappa weights 'cubic'"):
        am.disagreement_weights(3, "cubic")
    with pytest.raises(ValueError, match="custom kappa weights need 3 numbers"):
        am.disagreement_weights(3, [0, 1])


def test_pairwise_tables_match_direct_kappa():
    rng = np.random.default_rng(1)
    n_items, n_raters, k = 200, 5, 3
    item, rater, code = [], [], []
    truth = rng.integers(0, k, n_items)
    for i in range(n_items):
        for r in rng.choice(n_raters, size=rng.integers(1, 5), replace=False):
            item.append(i)
            rater.append(r)
            code.append(truth[i] if rng.random() < 0.7 else rng.integers(0, k))
    item, rater, code = map(np.array, (item, rater, code))
    pairs, tables = am.pairwise_tables(item, rater, code, n_raters, k)
    assert (pairs[:, 0] < pairs[:, 1]).all()
    for (a, b), table in zip(pairs, tables):
        la = dict(zip(item[rater == a], code[rater == a]))
        lb = dict(zip(item[rater == b], code[rater == b]))
        shared = sorted(set(la) & set(lb))
        direct = am.cohen_kappa(np.array([la[i] for i in shared]), np.array([lb[i] for i in shared]), k)
        assert table.sum() == len(shared)
        assert am.kappa_from_tables(table) == pytest.approx(direct.value)


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 2**32 - 1), st.sampled_from([1, 3, 10, 1_000_000]))
def test_bounded_pairwise_tables_equal_the_direct_ones(seed, max_entries):
    rng = np.random.default_rng(seed)
    n_items, n_raters, k = int(rng.integers(1, 40)), int(rng.integers(2, 25)), int(rng.integers(2, 5))
    rows = [
        (i, int(r), int(rng.integers(0, k)))
        for i in range(n_items)
        for r in rng.choice(n_raters, size=int(rng.integers(1, n_raters + 1)), replace=False)
    ]
    item, rater, code = (np.array(c) for c in zip(*rows, strict=True))
    pairs, tables = am.pairwise_tables(item, rater, code, n_raters, k)
    got_pairs, got_tables = am.pairwise_tables_bounded(item, rater, code, n_raters, k, max_entries=max_entries)
    assert np.array_equal(pairs, got_pairs) and np.array_equal(tables, got_tables)


def test_bootstrap_tables_seed_each_table_by_its_id():
    tables = np.array([[[5, 1], [2, 4]], [[3, 3], [1, 6]], [[7, 0], [0, 5]]], dtype=float)
    all_three = am.bootstrap_tables(tables, 20, seed=3, stream=9)
    last_alone = am.bootstrap_tables(tables[2:], 20, seed=3, stream=9, ids=[2])
    assert np.array_equal(all_three[2], last_alone[0])


def test_alpha_without_the_dense_intermediate_is_the_same():
    rng = np.random.default_rng(4)
    counts = rng.integers(0, 4, size=(300, 6))
    dense = am.krippendorff_alpha(counts, "nominal").value
    old = am.DENSE_CELLS
    try:
        am.DENSE_CELLS = 1
        assert am.krippendorff_alpha(counts, "nominal").value == pytest.approx(dense, abs=1e-12)
    finally:
        am.DENSE_CELLS = old


# ---------------------------------------------------------------------------------------------- bootstrap


def test_bootstrap_is_seeded_and_brackets_the_value():
    d = load("krippendorff_alpha_hayes_krippendorff_2007_40x5.json")
    by_coder = [list(r) for r in zip(*d["data_units_by_observers"])]
    values = sorted_values(by_coder)
    counts = unit_counts(by_coder, values)
    a = am.krippendorff_alpha(counts, "ordinal", values, n_boot=500, seed=7)
    b = am.krippendorff_alpha(counts, "ordinal", values, n_boot=500, seed=7)
    c = am.krippendorff_alpha(counts, "ordinal", values, n_boot=500, seed=8)
    assert a == b
    assert a != c
    assert a.ci_low < a.value < a.ci_high
    assert a.ci_low > 0.5 and a.ci_high < 0.95
    f = am.fleiss_kappa(np.array(load("fleiss_kappa_wikipedia_10x14.json")["data"]), n_boot=300, seed=1)
    assert f.ci_low < f.value < f.ci_high
    pa_ = am.percent_agreement(counts, n_boot=300)
    assert pa_.ci_low <= pa_.value <= pa_.ci_high
    k = am.cohen_kappa_table(np.array(load("cohen_kappa_sas_3x3.json")["data"]), n_boot=2000, seed=3)
    # SAS asymptotic 95% CI is [0.2137, 0.7547]; the bootstrap interval should be close to it
    assert k.ci_low == pytest.approx(0.2137, abs=0.08) and k.ci_high == pytest.approx(0.7547, abs=0.08)


def test_pattern_bootstrap_matches_item_resampling_distribution():
    """Resampling count patterns multinomially is the same distribution as resampling items."""
    rng = np.random.default_rng(0)
    counts = rng.multinomial(3, [0.6, 0.3, 0.1], size=300)
    est = am.krippendorff_alpha(counts, "nominal", n_boot=2000, seed=5)
    naive = []
    for _ in range(2000):
        idx = rng.integers(0, len(counts), len(counts))
        naive.append(am.krippendorff_alpha(counts[idx], "nominal").value)
    lo, hi = np.quantile(naive, [0.025, 0.975])
    assert est.ci_low == pytest.approx(lo, abs=0.02)
    assert est.ci_high == pytest.approx(hi, abs=0.02)


def test_percentile_ci_mostly_undefined():
    low, high, note = am.percentile_ci(np.array([np.nan] * 8 + [0.1, 0.2]), 0.95)
    assert (low, high, note) == (None, None, am.BOOTSTRAP_UNDEFINED)


def test_estimate_to_dict():
    assert am.undefined(am.NO_VARIATION, 4).to_dict() == {
        "value": None,
        "n_items": 4,
        "undefined_reason": "no_variation",
    }
    assert am.Estimate(0.1234567891, None, 3, 0.1, 0.2).to_dict() == {
        "value": 0.123457,
        "n_items": 3,
        "ci_low": 0.1,
        "ci_high": 0.2,
    }


# ---------------------------------------------------------------------------------------------- properties

ratings = st.integers(min_value=2, max_value=40).flatmap(
    lambda n_items: st.tuples(
        st.just(n_items),
        st.integers(min_value=2, max_value=6),  # raters
        st.integers(min_value=2, max_value=5),  # categories
        st.integers(min_value=0, max_value=2**31 - 1),
    )
)


def _random_long(n_items: int, n_raters: int, k: int, seed: int):
    rng = np.random.default_rng(seed)
    item, rater, code = [], [], []
    for i in range(n_items):
        for r in range(n_raters):
            if rng.random() < 0.8:
                item.append(i)
                rater.append(r)
                code.append(int(rng.integers(0, k)))
    return np.array(item, dtype=np.int64), np.array(rater, dtype=np.int64), np.array(code, dtype=np.int64)


@settings(max_examples=60, deadline=None)
@given(ratings)
def test_perfect_agreement_gives_one(params):
    n_items, n_raters, k, seed = params
    rng = np.random.default_rng(seed)
    truth = rng.integers(0, k, n_items)
    truth[:2] = [0, 1]  # at least two labels occur, so chance agreement is not total
    item = np.repeat(np.arange(n_items), n_raters)
    rater = np.tile(np.arange(n_raters), n_items)
    code = truth[item]
    counts = am.count_matrix(item, code, n_items, k)
    assert am.percent_agreement(counts).value == pytest.approx(1.0)
    assert am.fleiss_kappa(counts).value == pytest.approx(1.0)
    for level in am.LEVELS:
        assert am.krippendorff_alpha(counts, level, np.arange(1, k + 1)).value == pytest.approx(1.0)
    _, tables = am.pairwise_tables(item, rater, code, n_raters, k)
    for w in ("none", "linear", "quadratic"):
        assert np.allclose(am.kappa_from_tables(tables, w), 1.0)


@settings(max_examples=60, deadline=None)
@given(ratings)
def test_permuting_annotators_and_items_changes_nothing(params):
    n_items, n_raters, k, seed = params
    item, rater, code = _random_long(n_items, n_raters, k, seed)
    rng = np.random.default_rng(seed + 1)
    perm_r = rng.permutation(n_raters)
    perm_i = rng.permutation(n_items)
    order = rng.permutation(len(item))
    item2, rater2, code2 = perm_i[item][order], perm_r[rater][order], code[order]
    c1 = am.count_matrix(item, code, n_items, k)
    c2 = am.count_matrix(item2, code2, n_items, k)
    for level in am.LEVELS:
        a1 = am.krippendorff_alpha(c1, level, np.arange(k), n_boot=50, seed=3)
        a2 = am.krippendorff_alpha(c2, level, np.arange(k), n_boot=50, seed=3)
        assert a1.reason == a2.reason
        if a1.defined:
            assert a1.value == pytest.approx(a2.value)
            assert (a1.ci_low, a1.ci_high) == pytest.approx((a2.ci_low, a2.ci_high))
    p1, p2 = am.percent_agreement(c1), am.percent_agreement(c2)
    assert p1.reason == p2.reason and (p1.value is None or p1.value == pytest.approx(p2.value))
    pairs1, t1 = am.pairwise_tables(item, rater, code, n_raters, k)
    pairs2, t2 = am.pairwise_tables(item2, rater2, code2, n_raters, k)
    k1 = {tuple(p): am.kappa_from_tables(t) for p, t in zip(pairs1, t1)}
    k2 = {}
    inverse = np.argsort(perm_r)
    for p, t in zip(pairs2, t2):
        a, b = inverse[p[0]], inverse[p[1]]
        k2[(min(a, b), max(a, b))] = am.kappa_from_tables(t if a < b else t.T)
    assert k1.keys() == k2.keys()
    for key in k1:
        assert np.isnan(k1[key]) == np.isnan(k2[key])
        if not np.isnan(k1[key]):
            assert k1[key] == pytest.approx(k2[key])


@settings(max_examples=40, deadline=None)
@given(ratings)
def test_figures_are_bounded_or_undefined(params):
    n_items, n_raters, k, seed = params
    item, _, code = _random_long(n_items, n_raters, k, seed)
    counts = am.count_matrix(item, code, n_items, k)
    for est in (am.percent_agreement(counts), am.fleiss_kappa_modal(counts), am.krippendorff_alpha(counts)):
        assert (est.value is None) != (est.reason is None)
        if est.value is not None:
            assert est.value <= 1.0 + 1e-9  # kappa and alpha have no fixed lower bound
            assert np.isfinite(est.value)
