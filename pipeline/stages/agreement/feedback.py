"""The feedback loop (docs/STANDARD.md §4, §7): reviewers' corrections counted, re-queued and collected.

A **correction** is an expert decision (``agreement.adjudication_files``) on a record whose
annotators had a majority label (no tie) that differs from the decision. For each correction:

- every annotator of the record whose label differs from the decision is counted as *overruled*
  (per annotator; annotator ids are the pseudonymised ids the stage works with);
- the pair (majority label → decided label) is counted per label;
- with ``agreement.feedback.second_review`` on, the record goes back to review
  (``second_review_required``, queue ``second_review``) until ``feedback.min_reviewers`` distinct
  reviewers have given the decided label (the decided label is the last decision, as without the
  rule).

:func:`disputed_cases` collects, per batch, the records the next guideline revision should look
at: corrections (and those waiting for a second reviewer), records where annotators disagree
(``tie``, ``low_vote_share``) and records whose annotators disagree on a field's value. Record ids,
labels, field names and counts only: no text, no values.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TypedDict

import numpy as np

from pipeline.config.agreement import AgreementConfig
from pipeline.stages.agreement.annotations import Annotations
from pipeline.stages.agreement.field_confidence import FieldScores


@dataclass(frozen=True)
class Correction:
    """An expert decision against the annotators' majority on one record."""

    majority: str
    decided: str
    reviewers_agreeing: int
    """Distinct reviewers whose decision is the decided label."""
    pending: bool
    """True when the feedback rules want another reviewer before the decision stands."""


@dataclass
class Feedback:
    """Corrections by row, the rows waiting for a second review, and the counts per annotator and label."""

    corrections: dict[int, Correction] = field(default_factory=dict)
    overruled: dict[str, int] = field(default_factory=dict)
    """Annotator id -> annotations of theirs a correction overruled."""
    by_label: dict[tuple[str, str], int] = field(default_factory=dict)
    """(majority label, decided label) -> corrections."""

    @property
    def second_review_rows(self) -> set[int]:
        """Rows whose correction waits for another reviewer."""
        return {r for r, c in self.corrections.items() if c.pending}


def corrections(
    record_ids: Sequence[str],
    ann: Annotations,
    cons: Mapping[str, np.ndarray],
    history: Mapping[str, list[tuple[str, str]]],
    cfg: AgreementConfig,
    skip_rows: set[int],
) -> Feedback:
    """Find the corrections among the expert decisions and count them (see the module docstring).

    ``history`` holds every decision per record id in file order (the last one is the decision);
    rows in ``skip_rows`` (rejected for an invalid annotation) are left out.
    """
    out = Feedback()
    if not history:
        return out
    row_of = {rid: i for i, rid in enumerate(record_ids) if rid in history}
    majority = cons["majority_code"]
    tie = cons["tie"]
    rules = cfg.feedback
    for rid, decisions in sorted(history.items()):
        r = row_of.get(rid)
        if r is None or r in skip_rows or majority[r] < 0 or tie[r]:
            continue
        decided = decisions[-1][0]
        maj = ann.vocab[int(majority[r])]
        if decided == maj:
            continue
        agreeing = len({reviewer for lab, reviewer in decisions if lab == decided})
        pending = rules.second_review and agreeing < rules.min_reviewers
        out.corrections[r] = Correction(maj, decided, agreeing, pending)
        out.by_label[(maj, decided)] = out.by_label.get((maj, decided), 0) + 1
    if out.corrections:
        rows = np.fromiter(out.corrections, dtype=np.int64)
        decided_code = {
            r: ann.vocab.index(c.decided) if c.decided in ann.vocab else -1 for r, c in out.corrections.items()
        }
        sel = np.flatnonzero(np.isin(ann.row, rows))
        for i in sel:
            r = int(ann.row[i])
            if int(ann.code[i]) != decided_code[r]:
                name = ann.raters[int(ann.rater[i])]
                out.overruled[name] = out.overruled.get(name, 0) + 1
    return out


class DisputedCase(TypedDict):
    """One record of the disputed-cases report."""

    record_id: str
    kinds: list[str]
    majority_label: str | None
    decided_label: str | None
    votes: str
    reviewers_agreeing: int | None
    fields_in_dispute: list[str]


class DisputedBatch(TypedDict):
    """The disputed cases of one batch."""

    batch: str
    records: int
    disputed: int
    corrections: int
    second_review_pending: int
    cases: list[DisputedCase]


def disputed_cases(
    record_ids: Sequence[str],
    votes: Sequence[str],
    majority_labels: Sequence[str | None],
    reason: np.ndarray,
    fb: Feedback,
    fields: FieldScores,
    batches: np.ndarray | None,
) -> list[DisputedBatch]:
    """The disputed records per batch (batches in name order, records by id); see the module docstring.

    Kinds: ``correction``, ``second_review_pending``, ``annotator_disagreement`` (review reason
    ``tie`` or ``low_vote_share``) and ``field_disagreement`` (a field's annotators gave different values).
    """
    n = len(record_ids)
    batch_of = ["(all)"] * n if batches is None else [str(b) for b in batches]
    totals: dict[str, int] = {}
    for b in batch_of:
        totals[b] = totals.get(b, 0) + 1
    cases: dict[str, list[DisputedCase]] = {b: [] for b in totals}
    for r in range(n):
        kinds: list[str] = []
        corr = fb.corrections.get(r)
        if corr is not None:
            kinds.append("second_review_pending" if corr.pending else "correction")
        if reason[r] in ("tie", "low_vote_share"):
            kinds.append("annotator_disagreement")
        disputed_fields = [s.name for s in fields.by_row.get(r, []) if s.agreement < 1.0]
        if disputed_fields:
            kinds.append("field_disagreement")
        if not kinds:
            continue
        cases[batch_of[r]].append(
            {
                "record_id": record_ids[r],
                "kinds": kinds,
                "majority_label": corr.majority if corr is not None else majority_labels[r],
                "decided_label": corr.decided if corr is not None else None,
                "votes": votes[r],
                "reviewers_agreeing": corr.reviewers_agreeing if corr is not None else None,
                "fields_in_dispute": disputed_fields,
            }
        )
    out: list[DisputedBatch] = []
    for b in sorted(totals):
        items = sorted(cases[b], key=lambda c: c["record_id"])
        out.append(
            {
                "batch": b,
                "records": totals[b],
                "disputed": len(items),
                "corrections": sum(1 for c in items if {"correction", "second_review_pending"} & set(c["kinds"])),
                "second_review_pending": sum(1 for c in items if "second_review_pending" in c["kinds"]),
                "cases": items,
            }
        )
    return out


def votes_column(counts: np.ndarray, vocab: Sequence[str]) -> list[str]:
    """``"label: n; label: n"`` per record (vocabulary order, zero counts left out)."""
    out = []
    for row in counts:
        out.append("; ".join(f"{lab}: {int(c)}" for lab, c in zip(vocab, row) if c > 0))
    return out


def majority_column(cons: Mapping[str, np.ndarray], vocab: Sequence[str]) -> list[str | None]:
    """The majority label per record (None for a tie or no votes)."""
    return [vocab[int(m)] if m >= 0 and not t else None for m, t in zip(cons["majority_code"], cons["tie"])]
