"""Version quality: the documented formula over a manifest, and the trend between versions."""

import pytest

from pipeline.runtime.quality import FORMULA, trend, version_quality


def manifest(counts, alpha=None, history_duplicates=0, agreement=True):
    stages = [
        {"stage": "ingest", "counters": {}, "report": {}},
        {"stage": "dedup", "counters": {"history_duplicates": history_duplicates}, "report": {}},
    ]
    if agreement:
        stages.append({"stage": "agreement", "counters": {}, "report": {"krippendorff_alpha": alpha}})
    return {"counts": counts, "stages": stages, "rejected_by_reason": {}}


def test_golden_quality_with_every_component():
    counts = {"input": 100, "exported": 80, "rejected": 5, "duplicates": 5, "review": 10}
    q = version_quality(manifest(counts, alpha=0.72))
    # mean(80/100, 0.72, 1 - 10/100) = (0.8 + 0.72 + 0.9) / 3
    assert q == {
        "score": 0.8067,
        "export_share": 0.8,
        "agreement": 0.72,
        "settled_share": 0.9,
        "decided": 100,
        "formula": FORMULA,
        "figures": {
            "rejected_share": {},
            "pii": {
                "records_deidentified": None,
                "records_with_pii": None,
                "entities": None,
                "pii_share": None,
                "entities_per_1000": None,
            },
            "duplicates_share": {"exact": 0.0, "near": 0.0, "history": 0.0},
            "agreement": 0.72,
        },
    }


def test_golden_figures_rejected_share_pii_density_and_duplicates():
    counts = {"input": 210, "exported": 150, "rejected": 20, "duplicates": 30, "review": 10}
    m = manifest(counts, alpha=-0.1, history_duplicates=10)
    m["stages"][1]["counters"].update({"exact_duplicates": 12, "near_duplicates": 8})
    m["stages"].append(
        {"stage": "deidentify", "records_in": 160, "counters": {"records_with_pii": 40, "entities_total": 52}}
    )
    m["rejected_by_reason"] = {"validate/grounding_missing_doc": 5, "ingest/invalid_grounding": 15}
    f = version_quality(m)["figures"]
    assert f == {
        "rejected_share": {"ingest/invalid_grounding": 0.075, "validate/grounding_missing_doc": 0.025},  # of 200
        "pii": {
            "records_deidentified": 160,
            "records_with_pii": 40,
            "entities": 52,
            "pii_share": 0.25,
            "entities_per_1000": 325.0,
        },
        "duplicates_share": {"exact": 0.06, "near": 0.04, "history": round(10 / 210, 6)},
        "agreement": -0.1,  # as computed; the score clips it
    }


def test_history_duplicates_are_not_the_runs_to_decide_and_alpha_is_clipped():
    counts = {"input": 110, "exported": 50, "rejected": 0, "duplicates": 10, "review": 50}
    q = version_quality(manifest(counts, alpha=-0.2, history_duplicates=10))
    assert (q["decided"], q["export_share"], q["agreement"], q["settled_share"]) == (100, 0.5, 0.0, 0.5)
    assert q["score"] == pytest.approx(round((0.5 + 0.0 + 0.5) / 3, 4))


def test_missing_components_are_left_out():
    counts = {"input": 4, "exported": 3, "rejected": 1, "duplicates": 0, "review": 0}
    q = version_quality(manifest(counts, agreement=False))
    assert (q["agreement"], q["score"]) == (None, 0.875)  # mean(0.75, 1.0)
    empty = version_quality(manifest({"input": 0, "exported": 0, "rejected": 0, "duplicates": 0, "review": 0}))
    assert (empty["score"], empty["export_share"], empty["settled_share"]) == (None, None, None)


@pytest.mark.parametrize(
    ("score", "previous", "text"),
    [(0.9, 0.8688, "+0.0312"), (0.8, 0.81, "-0.0100"), (0.8, 0.8, "±0"), (None, 0.8, "-"), (0.8, None, "-")],
)
def test_trend(score, previous, text):
    assert trend(score, previous) == text
