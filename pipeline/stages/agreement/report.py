"""Reports of the agreement stage, under ``<run_dir>/reports/``.

- ``agreement.json``: every figure (dataset, rater pairs, annotators, batches, label distribution,
  label check), or ``{"status": "skipped", "reason": ...}`` when there was nothing to score;
- ``annotators.csv``: one row per annotator (agreement with the consensus and with peers, retrain flag);
- ``agreement.html``: a static page (inline SVG, no scripts) with the pairwise-kappa heatmap and the
  label distribution; it holds annotator ids, labels and numbers, never record text;
- the review queue: ``review_queue.parquet`` and ``review_queue.csv`` (ids, reasons, votes, each
  annotator's vote and confidence; no text),
  ``review_queue_labelstudio.json`` (a Label Studio import file with the de-identified text fields
  reviewers need) and ``review_queue_labelstudio.xml`` (a matching labelling config).

The review texts come either from the records table or, for a run over shards, from a
:class:`ReviewTexts` that fetches them a slice of the review queue at a time, so the Label Studio file
is written without holding every review record's text at once.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Generic, Required, TypedDict, TypeVar, cast

import pyarrow as pa

from pipeline.core.atomic import atomic_write, write_json_atomic, write_parquet_atomic, write_text_atomic
from pipeline.core.pages import html_page
from pipeline.stages.agreement.figures import (
    AnnotatorFigures,
    BatchFigures,
    DatasetFigures,
    PairFigures,
    Thresholds,
)
from pipeline.stages.agreement.metrics import Estimate, EstimateDict

if TYPE_CHECKING:
    from pipeline.config.agreement import AgreementConfig
    from pipeline.core.stage import StageContext

ANNOTATOR_COLUMNS = (
    "annotator_id",
    "annotations",
    "items_with_consensus",
    "agreement_with_consensus",
    "kappa_with_consensus",
    "kappa_with_consensus_ci_low",
    "kappa_with_consensus_ci_high",
    "kappa_undefined_reason",
    "peers",
    "mean_kappa_with_peers",
    "mean_match_with_peers",
    "retrain",
)
"""Columns of ``reports/annotators.csv``."""

MAX_HEATMAP_ANNOTATORS = 60
"""Annotators shown in the heatmap (the most active ones); the JSON holds every computed pair."""

REVIEW_PAGE_ROWS = 2_000
"""Review-queue rows listed on ``review_queue.html`` (the CSV and Parquet files hold them all)."""

REVIEW_PAGE_COLUMNS = (
    "record_id",
    "queue",
    "reason",
    "detail",
    "consensus_label",
    "vote_share",
    "n_annotators",
    "confidence_score",
    "votes",
    "batch",
)
"""Columns of the review-queue page: ids, reasons and votes (no record text)."""

REVIEW_TEXT_CHUNK = 50_000
"""Review rows whose texts are fetched and written at a time to the Label Studio file."""

_E = TypeVar("_E")


class AgreementReport(TypedDict, Generic[_E], total=False):
    """``reports/agreement.json``: the status and, once computed, every figure.

    The stage builds it with :class:`~pipeline.stages.agreement.metrics.Estimate` figures;
    :func:`to_jsonable` turns them into :class:`~pipeline.stages.agreement.metrics.EstimateDict`.
    """

    status: Required[str]
    reason: str
    records: int
    level: str
    labels: list[str]
    decisions: dict[str, int]
    dataset: DatasetFigures[_E]
    pairs: list[PairFigures[_E]]
    annotators: list[AnnotatorFigures[_E]]
    label_distribution: dict[str, int]
    thresholds: Thresholds
    batches: list[BatchFigures[_E]]
    annotators_to_retrain: list[str]
    batches_to_rework: list[str]
    label_check: dict[str, object]


@dataclass
class ReviewTexts:
    """The review-queue text fields of the review rows, fetched a slice of the queue at a time.

    ``fields`` are the ``agreement.review_queue_text_fields`` the records have (config order);
    ``fetch(start, stop)`` returns those columns for review rows ``start`` to ``stop`` (in queue order).
    """

    fields: list[str]
    fetch: Callable[[int, int], pa.Table]

    @classmethod
    def from_table(cls, review: pa.Table, table: pa.Table | None, cfg: AgreementConfig) -> ReviewTexts:
        """Texts looked up in the records ``table`` by ``record_id`` (no fields when ``table`` is None)."""
        if table is None:
            return cls([], lambda start, stop: pa.table({}))
        fields = [f for f in cfg.review_queue_text_fields if f in table.column_names]
        texts = table.select(fields)
        if not fields or review.num_rows == 0:
            return cls(fields, lambda start, stop: texts.slice(0, 0))
        import pyarrow.compute as pc

        idx = pc.index_in(review.column("record_id"), value_set=table.column("record_id"))
        return cls(fields, lambda start, stop: texts.take(idx.slice(start, stop - start)))


def to_jsonable(obj: object, digits: int = 6) -> object:
    """Turn the stage summary (Estimates, numpy scalars) into plain JSON data with rounded floats."""
    if isinstance(obj, Estimate):
        return obj.to_dict(digits)
    if isinstance(obj, dict):
        return {str(k): to_jsonable(v, digits) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [to_jsonable(v, digits) for v in obj]
    if hasattr(obj, "item") and not isinstance(obj, (str, bytes)):
        obj = obj.item()
    if isinstance(obj, float):
        return round(obj, digits) if obj == obj else None
    return obj


def write_reports(
    ctx: StageContext,
    summary: AgreementReport[Estimate],
    review: pa.Table | None,
    table: pa.Table | None,
    cfg: AgreementConfig,
    texts: ReviewTexts | None = None,
) -> dict[str, str]:
    """Write every agreement report; returns ``{name: path}`` of the files written.

    The review texts come from ``texts`` when given, else from ``table`` (looked up by record id).
    """
    data = cast("AgreementReport[EstimateDict]", to_jsonable(summary))  # the same keys, figures as dicts
    paths = {"agreement.json": str(write_json_atomic(ctx.artifact_path("reports", "agreement.json"), data))}
    if data.get("status") != "computed":
        if review is not None:
            paths.update(write_review_queue(ctx, review, table, cfg, data.get("labels", list(cfg.labels)), texts))
        return paths
    paths["annotators.csv"] = str(
        write_text_atomic(ctx.artifact_path("reports", "annotators.csv"), annotators_csv(data.get("annotators", [])))
    )
    paths["agreement.html"] = str(write_text_atomic(ctx.artifact_path("reports", "agreement.html"), render_html(data)))
    if review is not None:
        paths.update(write_review_queue(ctx, review, table, cfg, data.get("labels", []), texts))
    return paths


def annotators_csv(rows: Sequence[AnnotatorFigures[EstimateDict]]) -> str:
    """The per-annotator table as CSV text (fixed columns, rows in annotator id order)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(ANNOTATOR_COLUMNS)
    for r in rows:
        kc = r.get("kappa_with_consensus") or {}
        w.writerow(
            [
                r["annotator_id"],
                r["annotations"],
                r["items_with_consensus"],
                _fmt(r.get("agreement_with_consensus")),
                _fmt(kc.get("value")),
                _fmt(kc.get("ci_low")),
                _fmt(kc.get("ci_high")),
                kc.get("undefined_reason", ""),
                r["peers"],
                _fmt(r.get("mean_kappa_with_peers")),
                _fmt(r.get("mean_match_with_peers")),
                "true" if r["retrain"] else "false",
            ]
        )
    return buf.getvalue()


def _fmt(v: object) -> str:
    return "" if v is None else f"{v:.6f}" if isinstance(v, float) else str(v)


def write_review_queue(
    ctx: StageContext,
    review: pa.Table,
    table: pa.Table | None,
    cfg: AgreementConfig,
    labels: list[str],
    texts: ReviewTexts | None = None,
) -> dict[str, str]:
    """Write the review queue as Parquet, CSV and a Label Studio import file (+ labelling config).

    The Label Studio file carries the review texts from ``texts`` (else looked up in ``table``),
    fetched and written :data:`REVIEW_TEXT_CHUNK` review rows at a time.
    """
    from pipeline.stages.agreement.sources import label_studio_config

    paths: dict[str, str] = {}
    paths["review_queue.parquet"] = str(
        write_parquet_atomic(review, ctx.artifact_path("reports", "review_queue.parquet"))
    )
    import pyarrow.csv as pacsv

    buf = pa.BufferOutputStream()
    pacsv.write_csv(_flat_for_csv(review), buf, pacsv.WriteOptions(quoting_style="needed"))
    paths["review_queue.csv"] = str(
        write_text_atomic(ctx.artifact_path("reports", "review_queue.csv"), buf.getvalue().to_pybytes().decode("utf-8"))
    )

    paths["review_queue.html"] = str(
        write_text_atomic(ctx.artifact_path("reports", "review_queue.html"), render_review_queue_html(review))
    )
    source = texts if texts is not None else ReviewTexts.from_table(review, table, cfg)
    paths["review_queue_labelstudio.json"] = str(
        atomic_write(
            ctx.artifact_path("reports", "review_queue_labelstudio.json"),
            lambda path: _write_tasks(path, review, source),
        )
    )
    paths["review_queue_labelstudio.xml"] = str(
        write_text_atomic(
            ctx.artifact_path("reports", "review_queue_labelstudio.xml"),
            label_studio_config(labels, text_fields=source.fields or ["record_id"]),
        )
    )
    return paths


def annotations_text(annotations: list[dict[str, object]] | None) -> str:
    """``"ann1: good (0.75); ann2: bad"``: each annotator's vote and confidence (the CSV form of ``annotations``)."""
    parts = []
    for a in annotations or ():
        conf = a.get("confidence")
        suffix = f" ({conf:.2f})" if isinstance(conf, float) else ""
        parts.append(f"{a.get('annotator_id')}: {a.get('label')}{suffix}")
    return "; ".join(parts)


def _flat_for_csv(review: pa.Table) -> pa.Table:
    """The review table with its list column ``annotations`` written as text (CSV has no nested values)."""
    if "annotations" not in review.column_names:
        return review
    i = review.column_names.index("annotations")
    text = pa.array([annotations_text(v) for v in review.column(i).to_pylist()], pa.string())
    return review.set_column(i, "annotations", text)


def _write_tasks(path: Path, review: pa.Table, texts: ReviewTexts) -> None:
    """Write the Label Studio tasks of ``review`` to ``path`` as a :func:`_json_lines_array`, a chunk at a time."""
    from pipeline.stages.agreement.sources import label_studio_tasks

    data_fields = [*texts.fields, "reason", "votes", "batch"]
    with open(path, "wb") as fh:
        if review.num_rows == 0:
            fh.write(_json_lines_array([]).encode("utf-8"))
            return
        fh.write(b"[\n")
        for start in range(0, review.num_rows, REVIEW_TEXT_CHUNK):
            rows = review.slice(start, REVIEW_TEXT_CHUNK).to_pylist()
            if texts.fields:
                for row, text in zip(rows, texts.fetch(start, start + len(rows)).to_pylist()):
                    row.update({k: ("" if v is None else v) for k, v in text.items()})
            tasks = label_studio_tasks(rows, data_fields=data_fields)
            body = ",\n".join(json.dumps(t, ensure_ascii=False, sort_keys=True) for t in tasks)
            fh.write(((",\n" if start else "") + body).encode("utf-8"))
        fh.write(b"\n]\n")


def _json_lines_array(items: Sequence[object]) -> str:
    """A JSON array with one compact item per line (readable diffs; uses the fast C encoder)."""
    if not items:
        return "[]\n"
    body = ",\n".join(json.dumps(t, ensure_ascii=False, sort_keys=True) for t in items)
    return "[\n" + body + "\n]\n"


# --------------------------------------------------------------------------------------------------
# HTML


def _color(v: float | None) -> str:
    """Red (<= 0) through amber (0.6) to green (1); grey when undefined."""
    if v is None:
        return "#d0d0d0"
    v = max(-1.0, min(1.0, v))
    if v <= 0:
        return "#c0392b"
    if v < 0.6:
        t = v / 0.6
        r, g, b = 192 + (243 - 192) * t, 57 + (156 - 57) * t, 43 + (18 - 43) * t
    else:
        t = (v - 0.6) / 0.4
        r, g, b = 243 + (39 - 243) * t, 156 + (174 - 156) * t, 18 + (96 - 18) * t
    return f"#{int(r):02x}{int(g):02x}{int(b):02x}"


def render_review_queue_html(review: pa.Table) -> str:
    """``reports/review_queue.html``: the records held for review, by queue and reason (no record text)."""
    from collections import Counter

    n = review.num_rows
    columns = [c for c in REVIEW_PAGE_COLUMNS if c in review.column_names]
    by_reason = Counter(
        zip(
            review.column("queue").to_pylist() if "queue" in review.column_names else [""] * n,
            review.column("reason").to_pylist() if "reason" in review.column_names else [""] * n,
        )
    )
    parts = [
        "<h1>Review queue</h1>",
        f"<p>{n:,} record(s) are held for human review. Reviewers see the de-identified text in Label Studio "
        "(review_queue_labelstudio.json with its labelling config review_queue_labelstudio.xml); this page "
        "lists ids, reasons and votes only.</p>",
        "<h2>By queue and reason</h2><table><thead><tr><th>queue</th><th>reason</th><th>records</th></tr></thead><tbody>",
        *[
            f'<tr><td>{escape(str(q))}</td><td>{escape(str(r))}</td><td class="n">{c:,}</td></tr>'
            for (q, r), c in sorted(by_reason.items(), key=lambda kv: (-kv[1], str(kv[0])))
        ],
        "</tbody></table>",
        f"<h2>Records{f' (first {REVIEW_PAGE_ROWS:,} of {n:,})' if n > REVIEW_PAGE_ROWS else ''}</h2>",
        '<p><a href="review_queue.csv">review_queue.csv</a> · <a href="review_queue.parquet">review_queue.parquet</a></p>',
        "<table><thead><tr>" + "".join(f"<th>{escape(c)}</th>" for c in columns) + "</tr></thead><tbody>",
    ]
    for row in review.slice(0, REVIEW_PAGE_ROWS).select(columns).to_pylist():
        cells = []
        for c in columns:
            v = row[c]
            if isinstance(v, float):
                cells.append(f'<td class="n">{v:.3f}</td>')
            elif isinstance(v, int):
                cells.append(f'<td class="n">{v:,}</td>')
            else:
                cells.append(f"<td>{escape('' if v is None else str(v))}</td>")
        parts.append("<tr>" + "".join(cells) + "</tr>")
    parts.append("</tbody></table>")
    return html_page("Review queue", "\n".join(parts), back=("index.html", "Run report"))


def _label_width(text: str, font_px: float = 11.0) -> float:
    """Approximate rendered width of ``text`` in pixels (CJK characters are about twice as wide)."""
    return sum(font_px if ord(c) > 0x2E7F else font_px * 0.62 for c in text)


def _ink(fill: str) -> str:
    """Black or white text, whichever reads better on ``fill`` (``#rrggbb``)."""
    r, g, b = (int(fill[i : i + 2], 16) for i in (1, 3, 5))
    return "#111" if 0.299 * r + 0.587 * g + 0.114 * b > 150 else "#fff"


def heatmap_svg(annotators: list[str], pairs: Sequence[PairFigures[EstimateDict]]) -> str:
    """Symmetric annotator x annotator heatmap of pairwise Cohen's kappa as an inline SVG.

    Each cell shows its kappa (``n/a`` when undefined or too few shared items); the margins are
    sized from the longest annotator id, so no name is cut off.
    """
    value: dict[tuple[str, str], float | None] = {}
    for p in pairs:
        v = (p.get("kappa") or {}).get("value")
        value[(p["a"], p["b"])] = value[(p["b"], p["a"])] = v
    n = len(annotators)
    cell = 40
    longest = max((_label_width(a) for a in annotators), default=0.0)
    left = int(longest) + 12
    top = int(longest * 0.87) + 14  # column labels are rotated by 60 degrees
    right = int(longest * 0.5) + 10
    width, height = left + n * cell + right, top + n * cell + 10
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" '
        f'aria-label="pairwise kappa heatmap">'
    ]
    for i, a in enumerate(annotators):
        y = top + i * cell + cell * 0.6
        out.append(f'<text x="{left - 6}" y="{y:.1f}" text-anchor="end" font-size="11">{escape(a)}</text>')
        x = left + i * cell + cell * 0.5
        out.append(
            f'<text x="{x:.1f}" y="{top - 6}" font-size="11" transform="rotate(-60 {x:.1f} {top - 6})">{escape(a)}</text>'
        )
    for i, a in enumerate(annotators):
        for j, b in enumerate(annotators):
            v = 1.0 if i == j else value.get((a, b))
            shown = "n/a" if v is None else f"{v:.2f}"
            fill = _color(v)
            title = f"{a} / {b}: " + ("n/a" if v is None else f"{v:.3f}")
            x, y = left + j * cell, top + i * cell
            out.append(
                f'<rect x="{x}" y="{y}" width="{cell - 1}" height="{cell - 1}" fill="{fill}">'
                f"<title>{escape(title)}</title></rect>"
                f'<text x="{x + (cell - 1) / 2:.1f}" y="{y + cell * 0.62:.1f}" text-anchor="middle" font-size="10" '
                f'fill="{_ink(fill)}">{shown}</text>'
            )
    out.append("</svg>")
    return "\n".join(out)


def distribution_svg(dist: dict[str, int]) -> str:
    """Horizontal bar chart of label counts as an inline SVG (margin sized from the longest label)."""
    items = list(dist.items())
    top = max([c for _, c in items] or [1]) or 1
    bar_h, width = 20, 360
    pad = int(max((_label_width(label, 12.0) for label, _ in items), default=0.0)) + 14
    height = len(items) * (bar_h + 4) + 10
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{pad + width + 80}" height="{height}" role="img" '
        f'aria-label="label distribution">'
    ]
    for i, (label, count) in enumerate(items):
        y = 5 + i * (bar_h + 4)
        w = width * count / top
        out.append(f'<text x="{pad - 6}" y="{y + 14}" text-anchor="end" font-size="12">{escape(label)}</text>')
        out.append(f'<rect x="{pad}" y="{y}" width="{w:.1f}" height="{bar_h}" fill="#2f6f9f"/>')
        out.append(f'<text x="{pad + w + 4:.1f}" y="{y + 14}" font-size="12">{count}</text>')
    out.append("</svg>")
    return "\n".join(out)


def _est(e: EstimateDict | None) -> str:
    if not e:
        return "n/a"
    if e.get("value") is None:
        return f"undefined ({escape(str(e.get('undefined_reason', '')))})"
    ci = ""
    if e.get("ci_low") is not None:
        ci = f" [{e['ci_low']:.3f}, {e['ci_high']:.3f}]"
    note = f" <small>{escape(e['note'])}</small>" if e.get("note") else ""
    return f"{e['value']:.3f}{ci}{note}"


def _weights_text(weights: object) -> str:
    """``unweighted`` (labels are categories), else ``linear`` / ``quadratic weights`` (near misses count partly)."""
    if weights in (None, "none", ""):
        return "unweighted: every disagreement counts the same"
    return f"{escape(str(weights))} weights: near disagreements count less"


def render_html(data: AgreementReport[EstimateDict]) -> str:
    """The static agreement page: headline figures, heatmap, label distribution, annotators, batches."""
    ds = data.get("dataset", {})
    annotators = data.get("annotators", [])
    shown = sorted(annotators, key=lambda a: (-a["annotations"], a["annotator_id"]))[:MAX_HEATMAP_ANNOTATORS]
    shown_ids = sorted(a["annotator_id"] for a in shown)
    rows = [
        ("Percent agreement", _est(ds.get("percent_agreement"))),
        (
            f"Cohen's kappa, mean over pairs ({_weights_text(ds.get('kappa_weights'))})",
            _est(ds.get("cohen_kappa_mean_pairwise")),
        ),
        ("Fleiss' kappa", _est(ds.get("fleiss_kappa"))),
    ]
    for level, est in (ds.get("krippendorff_alpha_by_level") or {}).items():
        rows.append((f"Krippendorff's alpha ({escape(level)})", _est(est)))
    parts = [
        "<h1>Annotator agreement</h1>",
        f"<p>Level of measurement: <b>{escape(str(data.get('level')))}</b>; items: {ds.get('items', 0)}; "
        f"annotations: {ds.get('annotations', 0)}; annotators: {len(annotators)}; interpretation: "
        f"<b>{escape(str(ds.get('interpretation')))}</b> (above {data['thresholds']['high_agreement_above']} high, "
        f"below {data['thresholds']['retrain_below']} retrain).</p>",
        "<h2>Dataset figures</h2><table><tr><th>figure</th><th>value [bootstrap CI]</th></tr>",
        *[f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in rows],
        "</table>",
        "<h2>Decisions</h2><table><tr><th>decision / reason</th><th>records</th></tr>",
        *[f"<tr><td>{escape(k)}</td><td>{v}</td></tr>" for k, v in sorted((data.get("decisions") or {}).items())],
        "</table>",
        "<h2>Pairwise Cohen's kappa</h2>",
        f"<p>{len(shown_ids)} of {len(annotators)} annotators shown (most active); grey: too few shared items "
        "or undefined.</p>",
        heatmap_svg(shown_ids, data.get("pairs", [])),
        "<h2>Label distribution</h2>",
        distribution_svg(data.get("label_distribution", {})),
        "<h2>Annotators</h2><table><tr><th>annotator</th><th>annotations</th><th>agreement with consensus</th>"
        "<th>kappa with consensus</th><th>mean kappa with peers</th><th>retrain</th></tr>",
    ]
    for a in annotators:
        flag = '<span class="flag">retrain</span>' if a["retrain"] else ""
        agree = a.get("agreement_with_consensus")
        peers = a.get("mean_kappa_with_peers")
        parts.append(
            f"<tr><td>{escape(a['annotator_id'])}</td><td>{a['annotations']}</td>"
            f"<td>{'n/a' if agree is None else f'{agree:.3f}'}</td><td>{_est(a.get('kappa_with_consensus'))}</td>"
            f"<td>{'n/a' if peers is None else f'{peers:.3f}'}</td><td>{flag}</td></tr>"
        )
    parts.append("</table>")
    batches = data.get("batches") or []
    if batches:
        parts.append(
            "<h2>Batches</h2><table><tr><th>batch</th><th>items</th><th>percent agreement</th>"
            "<th>lowest pair match</th><th>alpha</th><th>rework</th></tr>"
        )
        for b in batches:
            flag = '<span class="flag">rework</span>' if b.get("rework") else ""
            low = b.get("min_pair_match")
            parts.append(
                f"<tr><td>{escape(b['batch'])}</td><td>{b.get('items', 0)}</td>"
                f"<td>{_est(b.get('percent_agreement'))}</td><td>{'n/a' if low is None else f'{low:.3f}'}</td>"
                f"<td>{_est(b.get('krippendorff_alpha'))}</td><td>{flag}</td></tr>"
            )
        parts.append("</table>")
    lc = data.get("label_check")
    if lc:
        parts.append(f"<h2>Label check</h2><pre>{escape(json.dumps(lc, indent=1, sort_keys=True))}</pre>")
    parts.append(
        '<p class="muted">Annotator ids, labels and numbers only, never record text. '
        "Every figure is in agreement.json; per annotator in annotators.csv.</p>"
    )
    return html_page("Annotator agreement", "\n".join(parts), back=("index.html", "Run report"))
