"""The quality score a published dataset version carries (docs/STANDARD.md §9), from its run's manifest.

Three components, each in 0..1, over the records the run had to decide (its input less the
records the dataset already held: dedup's ``history_duplicates``):

- ``export_share``: exported records / decided records;
- ``agreement``: Krippendorff's alpha of the agreement stage, clipped to 0..1 (missing when the
  stage computed no figures: no annotations, or the stage off);
- ``settled_share``: 1 − review records / decided records (the residual review share, inverted so
  that higher is better).

``score`` is the mean of the components present, rounded to 4 digits (None when none is: a run
with nothing to decide). ``versions list`` shows it with the change from the previous version.
A version made by an incremental build scores the run that made it (its new and re-read records),
not the records it carries over.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypedDict

from pipeline.runtime.payloads import Manifest

FORMULA = "mean(export_share, clip(krippendorff_alpha, 0, 1), 1 - review_share) over the components present"


class VersionQuality(TypedDict):
    """``version.json``'s ``quality``: the score, its components and the formula."""

    score: float | None
    export_share: float | None
    agreement: float | None
    settled_share: float | None
    decided: int
    formula: str


def _agreement_alpha(manifest: Manifest) -> float | None:
    for stage in manifest["stages"]:
        if stage["stage"] != "agreement":
            continue
        report = stage.get("report", {})
        alpha = report.get("krippendorff_alpha") if isinstance(report, Mapping) else None
        return float(alpha) if isinstance(alpha, (int, float)) and not isinstance(alpha, bool) else None
    return None


def _history_duplicates(manifest: Manifest) -> int:
    for stage in manifest["stages"]:
        if stage["stage"] == "dedup":
            return int(stage["counters"].get("history_duplicates", 0))
    return 0


def version_quality(manifest: Manifest) -> VersionQuality:
    """The quality of the version a run with ``manifest`` publishes (see the module docstring)."""
    counts = manifest["counts"]
    decided = int(counts["input"]) - _history_duplicates(manifest)
    export_share = counts["exported"] / decided if decided > 0 else None
    settled = 1.0 - counts["review"] / decided if decided > 0 else None
    alpha = _agreement_alpha(manifest)
    agreement = None if alpha is None else min(1.0, max(0.0, alpha))
    present = [v for v in (export_share, agreement, settled) if v is not None]
    return {
        "score": round(sum(present) / len(present), 4) if present else None,
        "export_share": None if export_share is None else round(export_share, 6),
        "agreement": None if agreement is None else round(agreement, 6),
        "settled_share": None if settled is None else round(settled, 6),
        "decided": decided,
        "formula": FORMULA,
    }


def trend(score: float | None, previous: float | None) -> str:
    """``+0.0312``, ``-0.0100``, ``±0`` or ``-`` (no score on either side): the change from the previous version."""
    if score is None or previous is None:
        return "-"
    delta = round(score - previous, 4)
    return "±0" if delta == 0 else f"{delta:+.4f}"
