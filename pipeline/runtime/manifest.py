"""The run manifest: counts that reconcile, per-stage counters, inputs, config, versions, outputs."""

from __future__ import annotations

import platform
from collections.abc import Sequence
from importlib import metadata
from typing import cast

from pipeline.core.stage import Counts, StageSummary
from pipeline.errors import StageError

PACKAGES = (
    "apache-airflow",
    "great-expectations",
    "presidio-analyzer",
    "presidio-anonymizer",
    "pandas",
    "pyarrow",
    "scikit-learn",
    "numpy",
    "spacy",
    "jieba",
    "ftfy",
)


def package_versions() -> dict[str, str]:
    """Versions of Python and of the packages that shape the output (absent ones are omitted)."""
    out = {"python": platform.python_version()}
    for name in PACKAGES:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    from pipeline import __version__

    out["instructflow"] = __version__
    return out


def reconcile(stage_summaries: Sequence[StageSummary], exported: int) -> Counts:
    """Compute the run's counts and check ``input == exported + rejected + duplicates + review``.

    Also checks that each stage received exactly what the previous one kept. Raises
    :class:`StageError` if anything does not add up (a manifest that lies is worse than none).
    """
    if not stage_summaries or stage_summaries[0]["stage"] != "ingest":
        raise StageError("cannot reconcile: the ingest summary is missing")
    counts: Counts = {
        "input": int(stage_summaries[0]["records_in"]),
        "exported": exported,
        "rejected": 0,
        "duplicates": 0,
        "review": 0,
    }
    previous_kept = None
    for s in stage_summaries:
        if previous_kept is not None and s["records_in"] != previous_kept:
            raise StageError(
                f"stage {s['stage']!r} received {s['records_in']} records but the previous stage kept {previous_kept}"
            )
        counts["rejected"] += int(s["rejected"])
        counts["duplicates"] += int(s["duplicates"])
        counts["review"] += int(s["review"])
        previous_kept = int(s["kept"])
    if previous_kept != exported:
        raise StageError(f"export wrote {exported} records but the last stage kept {previous_kept}")
    total = counts["exported"] + counts["rejected"] + counts["duplicates"] + counts["review"]
    if total != counts["input"]:
        raise StageError(f"counts do not reconcile: input {counts['input']} != {total}")
    return counts


def _by_reason(stage_summaries: Sequence[StageSummary], key: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for s in stage_summaries:
        for reason, n in cast("dict[str, int]", s.get(key) or {}).items():
            out[f"{s['stage']}/{reason}"] = int(n)
    return dict(sorted(out.items()))


def rejected_by_reason(stage_summaries: Sequence[StageSummary]) -> dict[str, int]:
    """Rejected counts keyed ``stage/reason``, sorted."""
    return _by_reason(stage_summaries, "reasons")


def review_by_reason(stage_summaries: Sequence[StageSummary]) -> dict[str, int]:
    """Counts of records held for review keyed ``stage/reason``, sorted.

    Summaries written before review reasons were counted have none; their stages are left out.
    """
    return _by_reason(stage_summaries, "review_reasons")
