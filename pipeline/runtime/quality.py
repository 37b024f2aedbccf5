"""The quality score a published dataset version carries (docs/STANDARD.md §9), from its run's manifest.

Three components, each in 0..1, over the records the run had to decide (its input less the
records the dataset already held: dedup's ``history_duplicates``):

- ``export_share``: exported records / decided records;
- ``agreement``: Krippendorff's alpha of the agreement stage, clipped to 0..1 (missing when the
  stage computed no figures: no annotations, or the stage off);
- ``settled_share``: 1 − review records / decided records (the residual review share, inverted so
  that higher is better).

``score`` is the mean of the components present, rounded to 4 digits (None when none is: a run
with nothing to decide).

Beside the score, ``figures`` records counts-only quality figures of the run (never a value):

- ``rejected_share``: ``stage/reason`` → rejected records / decided records;
- ``pii``: records the deidentify stage read (``records_deidentified``), those with personal data
  found (``records_with_pii``), entities found (``entities``), ``pii_share`` (records with personal
  data / records de-identified) and ``entities_per_1000`` (entities per 1,000 records de-identified);
  null figures when the stage did not run;
- ``duplicates_share``: ``exact``, ``near`` (over decided records) and ``history`` (over input
  records) from the dedup stage's counters;
- ``agreement``: the agreement stage's Krippendorff's alpha as computed (not clipped), or null. ``versions list`` shows it with the change from the previous version.
A version made by an incremental build scores the run that made it (its new and re-read records),
not the records it carries over.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NotRequired, TypedDict

from pipeline.runtime.payloads import Manifest

FORMULA = "mean(export_share, clip(krippendorff_alpha, 0, 1), 1 - review_share) over the components present"


class PiiFigures(TypedDict):
    """PII density from the deidentify stage's counters (counts only)."""

    records_deidentified: int | None
    records_with_pii: int | None
    entities: int | None
    pii_share: float | None
    entities_per_1000: float | None


class QualityFigures(TypedDict):
    """``quality.figures``: rejected share by reason, PII density, duplicate shares, agreement."""

    rejected_share: dict[str, float]
    pii: PiiFigures
    duplicates_share: dict[str, float | None]
    agreement: float | None


class VersionQuality(TypedDict):
    """``version.json``'s ``quality``: the score, its components, the formula and the figures."""

    score: float | None
    export_share: float | None
    agreement: float | None
    settled_share: float | None
    decided: int
    formula: str
    figures: NotRequired[QualityFigures]
    """Missing in versions published before the figures were recorded."""


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


def _counters(manifest: Manifest, name: str) -> tuple[int, Mapping[str, int | float]] | None:
    """``(records_in, counters)`` of stage ``name``, or None when the run has no such stage."""
    for stage in manifest["stages"]:
        if stage["stage"] == name:
            return int(stage.get("records_in", 0)), stage.get("counters", {})
    return None


def _share(part: float, whole: int) -> float | None:
    return round(part / whole, 6) if whole > 0 else None


def quality_figures(manifest: Manifest, decided: int) -> QualityFigures:
    """The counts-only figures of ``quality.figures`` (see the module docstring)."""
    rejected = {
        key: round(int(n) / decided, 6) for key, n in sorted(manifest["rejected_by_reason"].items()) if decided > 0
    }
    pii: PiiFigures = {
        "records_deidentified": None,
        "records_with_pii": None,
        "entities": None,
        "pii_share": None,
        "entities_per_1000": None,
    }
    deid = _counters(manifest, "deidentify")
    if deid is not None:
        read, c = deid
        with_pii, entities = int(c.get("records_with_pii", 0)), int(c.get("entities_total", 0))
        per_record = _share(entities, read)
        pii = {
            "records_deidentified": read,
            "records_with_pii": with_pii,
            "entities": entities,
            "pii_share": _share(with_pii, read),
            "entities_per_1000": None if per_record is None else round(per_record * 1000, 3),
        }
    dedup = _counters(manifest, "dedup")
    dc: Mapping[str, int | float] = dedup[1] if dedup is not None else {}
    duplicates: dict[str, float | None] = {
        "exact": _share(int(dc.get("exact_duplicates", 0)), decided) if dedup else None,
        "near": _share(int(dc.get("near_duplicates", 0)), decided) if dedup else None,
        "history": _share(int(dc.get("history_duplicates", 0)), int(manifest["counts"]["input"])) if dedup else None,
    }
    alpha = _agreement_alpha(manifest)
    return {
        "rejected_share": rejected,
        "pii": pii,
        "duplicates_share": duplicates,
        "agreement": None if alpha is None else round(alpha, 6),
    }


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
        "figures": quality_figures(manifest, decided),
    }


def trend(score: float | None, previous: float | None) -> str:
    """``+0.0312``, ``-0.0100``, ``±0`` or ``-`` (no score on either side): the change from the previous version."""
    if score is None or previous is None:
        return "-"
    delta = round(score - previous, 4)
    return "±0" if delta == 0 else f"{delta:+.4f}"
