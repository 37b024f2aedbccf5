"""The disputed-cases report: ``reports/disputed_cases.json`` and ``reports/disputed_cases.html``.

Material for the guideline's next revision (docs/STANDARD.md §4 "Regular review"): per batch, the
records annotators or reviewers disagreed on (:func:`pipeline.stages.agreement.feedback.disputed_cases`),
and over the run the corrections counted per annotator (overruled annotations) and per label
(majority label → decided label). Record ids, pseudonymised annotator ids, labels, field names and
counts only; the page is static (inline style, no script, no remote asset).
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING, TypedDict

from pipeline.core.atomic import write_json_atomic, write_text_atomic
from pipeline.core.pages import html_page
from pipeline.stages.agreement.feedback import DisputedBatch, Feedback

if TYPE_CHECKING:
    from pipeline.config.agreement import AgreementConfig
    from pipeline.core.stage import StageContext

PAGE_CASES = 500
"""Cases listed per batch on the page (the JSON holds them all)."""


class AnnotatorCount(TypedDict):
    """Corrections that overruled one annotator."""

    annotator_id: str
    overruled: int


class LabelCount(TypedDict):
    """Corrections from one majority label to one decided label."""

    majority_label: str
    decided_label: str
    corrections: int


class DisputedReport(TypedDict):
    """``reports/disputed_cases.json``."""

    second_review: bool
    min_reviewers: int
    corrections: int
    second_review_pending: int
    by_annotator: list[AnnotatorCount]
    by_label: list[LabelCount]
    batches: list[DisputedBatch]


def disputed_report(fb: Feedback, batches: Sequence[DisputedBatch], cfg: AgreementConfig) -> DisputedReport:
    """The report's data: counts sorted (most first, then by name) and the batches as given."""
    return {
        "second_review": cfg.feedback.second_review,
        "min_reviewers": cfg.feedback.min_reviewers,
        "corrections": len(fb.corrections),
        "second_review_pending": len(fb.second_review_rows),
        "by_annotator": [
            {"annotator_id": a, "overruled": n} for a, n in sorted(fb.overruled.items(), key=lambda kv: (-kv[1], kv[0]))
        ],
        "by_label": [
            {"majority_label": k[0], "decided_label": k[1], "corrections": n}
            for k, n in sorted(fb.by_label.items(), key=lambda kv: (-kv[1], kv[0]))
        ],
        "batches": list(batches),
    }


def write_disputed_report(ctx: StageContext, report: DisputedReport) -> dict[str, str]:
    """Write the JSON and the HTML page; returns ``{name: path}``."""
    return {
        "disputed_cases.json": str(write_json_atomic(ctx.artifact_path("reports", "disputed_cases.json"), report)),
        "disputed_cases.html": str(
            write_text_atomic(ctx.artifact_path("reports", "disputed_cases.html"), render_disputed_html(report))
        ),
    }


def _table(head: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    cells = []
    for row in rows:
        tds = [
            f'<td class="n">{v:,}</td>' if isinstance(v, int) else f"<td>{escape('' if v is None else str(v))}</td>"
            for v in row
        ]
        cells.append("<tr>" + "".join(tds) + "</tr>")
    return (
        "<table><thead><tr>"
        + "".join(f"<th>{escape(h)}</th>" for h in head)
        + "</tr></thead><tbody>"
        + "".join(cells)
        + "</tbody></table>"
    )


def render_disputed_html(report: DisputedReport) -> str:
    """``reports/disputed_cases.html``: counts, then each batch's cases (ids, labels, field names; no text)."""
    rule = (
        f"on: a decision against the majority waits for {report['min_reviewers']} reviewers who agree"
        if report["second_review"]
        else "off: one reviewer's decision is final"
    )
    parts = [
        "<h1>Disputed cases</h1>",
        "<p>Records annotators or reviewers disagreed on, per batch, for the guideline's next revision. "
        "Ids, labels, field names and counts only: open a record's de-identified text in the review tool "
        "(review_queue_labelstudio.json) or with <code>python -m pipeline explain RUN_DIR RECORD_ID</code>.</p>",
        '<div class="cards">',
        f'<div class="card"><b>{report["corrections"]:,}</b><span>corrections of the majority</span></div>',
        f'<div class="card"><b>{report["second_review_pending"]:,}</b><span>waiting for a second reviewer</span></div>',
        f'<div class="card"><b>{sum(b["disputed"] for b in report["batches"]):,}</b><span>disputed records</span></div>',
        "</div>",
        f"<p>Second review: {escape(rule)}.</p>",
        "<h2>Corrections per annotator</h2>",
        _table(
            ["annotator", "annotations overruled"],
            [[a["annotator_id"], a["overruled"]] for a in report["by_annotator"]],
        )
        if report["by_annotator"]
        else '<p class="muted">No correction overruled an annotator.</p>',
        "<h2>Corrections per label</h2>",
        _table(
            ["majority label", "decided label", "corrections"],
            [[c["majority_label"], c["decided_label"], c["corrections"]] for c in report["by_label"]],
        )
        if report["by_label"]
        else '<p class="muted">No correction.</p>',
    ]
    for b in report["batches"]:
        shown = b["cases"][:PAGE_CASES]
        more = (
            f" (first {PAGE_CASES:,} of {b['disputed']:,}; all in disputed_cases.json)"
            if b["disputed"] > PAGE_CASES
            else ""
        )
        parts.append(f"<h2>Batch {escape(b['batch'])}</h2>")
        parts.append(
            f"<p>{b['disputed']:,} of {b['records']:,} records disputed; {b['corrections']:,} corrected, "
            f"{b['second_review_pending']:,} waiting for a second reviewer{escape(more)}.</p>"
        )
        if shown:
            parts.append(
                _table(
                    ["record", "kinds", "majority", "decided", "votes", "reviewers agreeing", "fields in dispute"],
                    [
                        [
                            c["record_id"],
                            ", ".join(c["kinds"]),
                            c["majority_label"],
                            c["decided_label"],
                            c["votes"],
                            c["reviewers_agreeing"],
                            ", ".join(c["fields_in_dispute"]),
                        ]
                        for c in shown
                    ],
                )
            )
    return html_page("Disputed cases", "\n".join(parts), back=("index.html", "Run report"))
