"""Agreement reports: JSON conversion, annotators CSV, static HTML with inline SVG."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import numpy as np

from pipeline.stages.agreement.metrics import Estimate, undefined
from pipeline.stages.agreement.report import (
    ANNOTATOR_COLUMNS,
    annotators_csv,
    distribution_svg,
    heatmap_svg,
    render_html,
    to_jsonable,
)


def test_to_jsonable_rounds_and_converts():
    data = {"a": Estimate(0.123456789, None, 3), "b": [np.float64(0.5), np.int64(2)], "c": float("nan"), 1: "x"}
    assert to_jsonable(data) == {
        "a": {"value": 0.123457, "n_items": 3, "ci_low": None, "ci_high": None},
        "b": [0.5, 2],
        "c": None,
        "1": "x",
    }


ANNOTATORS = [
    {
        "annotator_id": "A",
        "annotations": 10,
        "items_with_consensus": 9,
        "agreement_with_consensus": 0.9,
        "kappa_with_consensus": Estimate(0.8, None, 9).to_dict(),
        "peers": 1,
        "mean_kappa_with_peers": 0.7,
        "mean_match_with_peers": 0.85,
        "retrain": False,
    },
    {
        "annotator_id": "<b>B</b>",
        "annotations": 3,
        "items_with_consensus": 3,
        "agreement_with_consensus": None,
        "kappa_with_consensus": undefined("too_few_shared_items", 3).to_dict(),
        "peers": 0,
        "mean_kappa_with_peers": None,
        "mean_match_with_peers": None,
        "retrain": False,
    },
]


def test_annotators_csv():
    lines = annotators_csv(ANNOTATORS).splitlines()
    assert lines[0] == ",".join(ANNOTATOR_COLUMNS)
    assert lines[1] == "A,10,9,0.900000,0.800000,,,,1,0.700000,0.850000,false"
    assert lines[2] == "<b>B</b>,3,3,,,,,too_few_shared_items,0,,,false"


def test_svgs_are_well_formed_and_escape_ids():
    pairs = [{"a": "A", "b": "<b>B</b>", "kappa": {"value": 0.42}}]
    svg = heatmap_svg(["<b>B</b>", "A"], pairs)
    root = ET.fromstring(svg)
    rects = [e for e in root.iter() if e.tag.endswith("rect")]
    assert len(rects) == 4
    titles = sorted(e.text for e in root.iter() if e.tag.endswith("title"))
    assert titles == ["<b>B</b> / <b>B</b>: 1.000", "<b>B</b> / A: 0.420", "A / <b>B</b>: 0.420", "A / A: 1.000"]
    assert "<b>B</b>" not in svg  # escaped in the markup
    cells = [e.text for e in root.iter() if e.tag.endswith("text") and e.get("text-anchor") == "middle"]
    assert cells == ["1.00", "0.42", "0.42", "1.00"]  # every cell shows its kappa
    bars = ET.fromstring(distribution_svg({"good": 4, "bad": 2}))
    widths = [float(e.get("width")) for e in bars.iter() if e.tag.endswith("rect")]
    assert widths == [360.0, 180.0]


def test_render_html_contains_figures_and_flags():
    data = {
        "status": "computed",
        "level": "nominal",
        "labels": ["good", "bad"],
        "decisions": {"accepted": 5, "tie": 1},
        "dataset": {
            "items": 6,
            "annotations": 13,
            "interpretation": "moderate",
            "kappa_weights": "none",
            "percent_agreement": {"value": 0.75, "n_items": 6, "ci_low": 0.5, "ci_high": 0.9},
            "fleiss_kappa": {"value": None, "n_items": 6, "undefined_reason": "raters_per_item_not_fixed"},
            "krippendorff_alpha_by_level": {"nominal": {"value": 0.61, "n_items": 6, "ci_low": 0.2, "ci_high": 0.9}},
        },
        "pairs": [],
        "annotators": [{**ANNOTATORS[0], "retrain": True}, ANNOTATORS[1]],
        "label_distribution": {"good": 9, "bad": 4},
        "thresholds": {"high_agreement_above": 0.8, "retrain_below": 0.6},
        "batches": [
            {
                "batch": "b1",
                "items": 6,
                "percent_agreement": {"value": 0.75},
                "min_pair_match": 0.7,
                "krippendorff_alpha": {"value": 0.61},
                "rework": True,
            }
        ],
    }
    html = render_html(data)
    assert html.startswith("<!DOCTYPE html>")
    assert "0.750 [0.500, 0.900]" in html
    assert "undefined (raters_per_item_not_fixed)" in html
    assert "Krippendorff's alpha (nominal)" in html
    assert '<span class="flag">retrain</span>' in html and '<span class="flag">rework</span>' in html
    assert "&lt;b&gt;B&lt;/b&gt;" in html and "<b>B</b>" not in html
    assert "<script" not in html
    assert "Cohen's kappa, mean over pairs (unweighted: every disagreement counts the same)" in html
    assert "none weights" not in html
    assert '<a href="index.html">← Run report</a>' in html


def test_heatmap_margins_fit_the_longest_name():
    long_name = "annotator-with-a-very-long-identifier-0042"
    svg = heatmap_svg([long_name, "A"], [{"a": "A", "b": long_name, "kappa": {"value": None}}])
    root = ET.fromstring(svg)
    row_label = next(e for e in root.iter() if e.tag.endswith("text") and e.text == long_name)
    assert float(row_label.get("x")) >= 0.62 * 11 * len(long_name)  # right-aligned: starts inside the image
    assert "n/a" in svg


def test_review_queue_page_lists_ids_reasons_and_votes_only():
    import pyarrow as pa

    from pipeline.stages.agreement.report import render_review_queue_html

    review = pa.table(
        {
            "record_id": ["r1", "r2"],
            "stage": ["agreement"] * 2,
            "reason": ["tie", "low_confidence"],
            "detail": ["two labels share the top vote", "confidence score 0.6 is below 0.7"],
            "queue": ["expert", "expert"],
            "consensus_label": [None, "good"],
            "vote_share": [0.5, 0.67],
            "votes": ["bad: 1; good: 1", "good: 2; bad: 1"],
        }
    )
    html = render_review_queue_html(review)
    assert "2 record(s) are held for human review" in html
    assert '<tr><td>expert</td><td>tie</td><td class="n">1</td></tr>' in html
    assert "<td>r1</td><td>expert</td><td>tie</td>" in html
    assert '<a href="index.html">← Run report</a>' in html
