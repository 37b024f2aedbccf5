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
    cons: Mapping[str, np.ndarray],
    vocab: Sequence[str],
    reason: np.ndarray,
    fb: Feedback,
    fields: FieldScores,
    batches: np.ndarray | None,
) -> list[DisputedBatch]:
    """The disputed records per batch (batches in name order, records by id); see the module docstring.

    Kinds: ``correction``, ``second_review_pending``, ``annotator_disagreement`` (review reason
    ``tie`` or ``low_vote_share``) and ``field_disagreement`` (a field's annotators gave different
    values). Votes and majority labels are rendered for the disputed records only.
    """
    n = len(record_ids)
    batch_of = np.full(n, "(all)", dtype=object) if batches is None else batches.astype(str).astype(object)
    names, totals = np.unique(batch_of.astype(str), return_counts=True)
    disagree = np.isin(reason.astype(str), ("tie", "low_vote_share"))
    field_rows = {r: [s.name for s in scores if s.agreement < 1.0] for r, scores in fields.by_row.items()}
    field_rows = {r: v for r, v in field_rows.items() if v}
    rows = sorted(set(fb.corrections) | set(np.flatnonzero(disagree).tolist()) | set(field_rows))
    idx = np.array(rows, dtype=np.int64)
    votes = votes_column(cons["counts"][idx], vocab) if len(idx) else []
    majority = [
        vocab[int(m)] if m >= 0 and not t else None for m, t in zip(cons["majority_code"][idx], cons["tie"][idx])
    ]
    cases: dict[str, list[DisputedCase]] = {str(b): [] for b in names}
    for k, r in enumerate(rows):
        kinds: list[str] = []
        corr = fb.corrections.get(r)
        if corr is not None:
            kinds.append("second_review_pending" if corr.pending else "correction")
        if disagree[r]:
            kinds.append("annotator_disagreement")
        if r in field_rows:
            kinds.append("field_disagreement")
        cases[str(batch_of[r])].append(
            {
                "record_id": record_ids[r],
                "kinds": kinds,
                "majority_label": corr.majority if corr is not None else majority[k],
                "decided_label": corr.decided if corr is not None else None,
                "votes": votes[k],
                "reviewers_agreeing": corr.reviewers_agreeing if corr is not None else None,
                "fields_in_dispute": field_rows.get(r, []),
            }
        )
    out: list[DisputedBatch] = []
    for b, total in zip(names.tolist(), totals.tolist()):
        items = sorted(cases[str(b)], key=lambda c: c["record_id"])
        out.append(
            {
                "batch": str(b),
                "records": int(total),
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
