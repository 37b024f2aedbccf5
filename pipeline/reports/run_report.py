"""The run report: ``reports/index.html``, the one page a reviewer opens first.

It shows the run's status, the funnel of record counts per stage with rejection reasons, the personal
data entities found and how they were handled, duplicate counts, the agreement headline when present,
the validation verdict per suite with links to the Data Docs pages, and links to the review queue,
the dataset card and the other reports. Static HTML with inline CSS: it opens from disk, no server.

It reads only summaries that hold counts, codes and names (``manifest.json`` when the run finished,
otherwise ``work/<stage>.json``; ``reports/validation.json``), never record files, so no record
value can reach the page. It works on a partial run directory, e.g. one stopped by a blocking
validation. The same run directory gives the same bytes (no clock).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from html import escape
from pathlib import Path
from typing import Any

from pipeline.runtime import registry
from pipeline.runtime.rundir import RunDir

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI","PingFang SC","Microsoft YaHei",sans-serif;margin:2rem auto;
max-width:72rem;padding:0 1rem;color:#1d2430;line-height:1.45}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #d8dde6}
table{border-collapse:collapse;margin:.6rem 0;font-size:.92rem}
th,td{border:1px solid #d8dde6;padding:.3rem .6rem;text-align:left;vertical-align:top}
th{background:#f2f4f8}td.n{text-align:right;font-variant-numeric:tabular-nums}
.status{display:inline-block;padding:.25rem .7rem;border-radius:.3rem;font-weight:600}
.ok{background:#e3f4e8;color:#17632f}.bad{background:#fde7e7;color:#9b1c1c}.warn{background:#fff4d6;color:#7a5200}
.muted{color:#5f6b7a}.bar{background:#3d7bd9;height:.7rem;display:inline-block;vertical-align:middle}
"""


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _num(value: Any) -> str:
    if isinstance(value, bool) or value is None:
        return escape(str(value)) if value is not None else "–"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{value:,.4g}"
    return escape(str(value))


def _table(headers: list[str], rows: list[list[Any]], numeric: set[int] | None = None) -> str:
    numeric = numeric or set()
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = []
    for row in rows:
        cells = []
        for i, cell in enumerate(row):
            if isinstance(cell, _Html):
                cells.append(f"<td>{cell.html}</td>")
            elif i in numeric and (cell is None or isinstance(cell, (int, float))):
                cells.append(f'<td class="n">{_num(cell)}</td>')
            else:
                cells.append(f"<td>{escape('' if cell is None else str(cell))}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


class _Html:
    """A pre-escaped HTML fragment for a table cell."""

    def __init__(self, html: str) -> None:
        self.html = html


def _link(href: str, text: str) -> _Html:
    return _Html(f'<a href="{escape(href, quote=True)}">{escape(text)}</a>')


def load_summaries(run: RunDir) -> tuple[list[Mapping[str, object]], Mapping[str, object] | None]:
    """Stage summaries in stage order and the manifest (None for a partial run).

    The manifest's ``stages`` are used when it exists; otherwise every ``work/<stage>.json`` present.
    """
    manifest = _read_json(run.manifest_path)
    if isinstance(manifest, dict) and isinstance(manifest.get("stages"), list):
        return [s for s in manifest["stages"] if isinstance(s, dict)], manifest
    summaries: list[Mapping[str, object]] = []
    for stage in registry.names():
        data = _read_json(run.summary_path(stage))
        if isinstance(data, dict):
            summaries.append(data)
    return summaries, manifest if isinstance(manifest, dict) else None


def _status(manifest: Mapping[str, Any] | None, validation: Mapping[str, Any] | None) -> tuple[str, str]:
    if validation is not None and not validation.get("success", True):
        return "bad", "Stopped: a blocking validation failed. Nothing was exported."
    if manifest is not None:
        if validation is not None and validation.get("failed_warning"):
            return "warn", "Complete, with validation warnings."
        return "ok", "Complete: the dataset was exported."
    return "warn", "Partial: the run has not finished (no manifest.json yet)."


def _funnel(summaries: Sequence[Mapping[str, Any]], manifest: Mapping[str, Any] | None) -> str:
    rows = []
    first_in = summaries[0].get("records_in") if summaries else None
    for s in summaries:
        kept = s.get("kept", 0)
        share = (kept / first_in) if isinstance(first_in, int) and first_in else None
        bar = (
            _Html(f'<span class="bar" style="width:{round((share or 0) * 12, 2)}rem"></span>')
            if share is not None
            else ""
        )
        rows.append(
            [s.get("stage"), s.get("records_in"), kept, s.get("rejected"), s.get("duplicates"), s.get("review"), bar]
        )
    html = _table(["stage", "in", "kept", "rejected", "duplicates", "review", "kept / input"], rows, {1, 2, 3, 4, 5})
    if manifest and isinstance(manifest.get("counts"), dict):
        c = manifest["counts"]
        html += (
            "<p>Run totals: "
            + ", ".join(
                f"{escape(k)} <b>{_num(c.get(k))}</b>"
                for k in ("input", "exported", "rejected", "duplicates", "review")
            )
            + " (input = exported + rejected + duplicates + review).</p>"
        )
    return html


def _reasons(summaries: Sequence[Mapping[str, Any]]) -> str:
    rows = []
    for s in summaries:
        for code, n in sorted((s.get("reasons") or {}).items()):
            rows.append([s.get("stage"), code, n])
    if not rows:
        return '<p class="muted">No record was rejected.</p>'
    return _table(["stage", "reason code", "records"], rows, {2})


def _unread(run: RunDir) -> str:
    """Files that were not (fully) read and paths that were skipped: not records, so not in the counts."""
    inputs = _read_json(run.inputs_path) or []
    skipped = _read_json(run.skipped_path) or []
    rows = [
        [
            f"{f.get('corpus')}/{f.get('file')}",
            f.get("status"),
            f["problem"].get("reason"),
            f["problem"].get("line"),
            f["problem"].get("unread_lines"),
            f["problem"].get("unread_records"),
        ]
        for f in inputs
        if isinstance(f, dict) and isinstance(f.get("problem"), dict)
    ]
    html = ""
    if rows:
        html += _table(
            ["file", "status", "reason code", "stopped at line", "lines not read", "rows not read"], rows, {3, 4, 5}
        )
    if skipped:
        html += _table(
            ["skipped path", "reason code"], [[f"{p.get('corpus')}/{p.get('path')}", p.get("reason")] for p in skipped]
        )
    if not html:
        return '<p class="muted">Every input file was read to its end; no path was skipped.</p>'
    return (
        html
        + '<p class="muted">Details are in <code>manifest.json</code> (<code>inputs[].problem</code>, <code>skipped</code>).</p>'
    )


def _stage(summaries: Sequence[Mapping[str, Any]], name: str) -> Mapping[str, Any] | None:
    return next((s for s in summaries if s.get("stage") == name), None)


def _pii(summaries: Sequence[Mapping[str, Any]]) -> str:
    s = _stage(summaries, "deidentify")
    if s is None:
        return '<p class="muted">The de-identification stage has not run.</p>'
    counters = s.get("counters") or {}
    entities = sorted((k.split(".", 1)[1], v) for k, v in counters.items() if k.startswith("entity."))
    actions = sorted((k.split(".", 1)[1], v) for k, v in counters.items() if k.startswith("action."))
    html = ""
    if entities:
        html += _table(["entity type", "found"], [list(e) for e in entities], {1})
    else:
        html += '<p class="muted">No personal-data entity was found.</p>'
    if actions:
        html += _table(["action", "applied"], [list(a) for a in actions], {1})
    other = sorted((k, v) for k, v in counters.items() if not k.startswith(("entity.", "action.")))
    if other:
        html += _table(["counter", "value"], [list(o) for o in other], {1})
    return html


def _duplicates(summaries: Sequence[Mapping[str, Any]]) -> str:
    s = _stage(summaries, "dedup")
    if s is None:
        return '<p class="muted">The dedup stage has not run.</p>'
    rows = [["records removed as duplicates", s.get("duplicates", 0)]]
    rows += [[k, v] for k, v in sorted((s.get("counters") or {}).items())]
    return _table(["counter", "value"], rows, {1})


def _agreement(summaries: Sequence[Mapping[str, Any]], run: RunDir) -> str:
    s = _stage(summaries, "agreement")
    if s is None:
        return '<p class="muted">The agreement stage has not run.</p>'
    report = s.get("report") or {}
    rows = [[k, v] for k, v in sorted(report.items()) if isinstance(v, (int, float, str)) or v is None]
    html = _table(["figure", "value"], rows, {1}) if rows else ""
    links = [
        (name, f"{name}")
        for name in ("agreement.html", "agreement.json", "annotators.csv")
        if run.path("reports", name).is_file()
    ]
    if links:
        html += "<p>" + " · ".join(_link(href, text).html for text, href in links) + "</p>"
    return html or '<p class="muted">No agreement figures.</p>'


def _validation(validation: Mapping[str, Any] | None, run: RunDir) -> str:
    if validation is None:
        return '<p class="muted">The validation stage has not run.</p>'
    rows = []
    for suite in validation.get("suites", []):
        exps = suite.get("expectations", [])
        failed_b = sum(1 for e in exps if not e.get("success") and e.get("severity") == "blocking")
        failed_w = sum(1 for e in exps if not e.get("success") and e.get("severity") != "blocking")
        page = suite.get("docs_page")
        verdict = "passed" if not failed_b and not failed_w else ("blocked" if failed_b else "warnings")
        rows.append(
            [
                suite.get("suite"),
                suite.get("rows"),
                len(exps),
                verdict,
                failed_b,
                failed_w,
                _link(_rel_from_reports(page), _docs_label(suite)) if page else "",
            ]
        )
    for name, why in sorted((validation.get("skipped") or {}).items()):
        rows.append([name, None, 0, f"skipped: {why}", 0, 0, ""])
    html = _table(
        ["suite", "rows", "expectations", "verdict", "blocking failed", "warnings", "details"], rows, {1, 2, 4, 5}
    )
    failed = (validation.get("failed_blocking") or []) + (validation.get("failed_warning") or [])
    if failed:
        html += "<h3>Failed expectations</h3>" + _table(
            ["suite", "check", "expectation type", "column", "severity", "unexpected", "unexpected %"],
            [
                [
                    f.get("suite"),
                    f.get("check"),
                    f.get("type"),
                    f.get("column"),
                    f.get("severity"),
                    f.get("unexpected_count"),
                    f.get("unexpected_percent"),
                ]
                for f in failed
            ],
            {5, 6},
        )
    index = validation.get("data_docs_index")
    if index and run.path(index).is_file():
        html += "<p>" + _link(_rel_from_reports(index), "All Data Docs (Great Expectations)").html + "</p>"
    return html


def _docs_label(suite: dict[str, Any]) -> str:
    """Link text of a suite's Data Docs page: one page, or the first (failing) of one per shard."""
    batches = int(suite.get("batches") or 1)
    if batches == 1:
        return "Data Docs page"
    if suite.get("failed_docs_pages"):
        return f"first failing shard ({len(suite['failed_docs_pages'])} of {batches} failed)"
    return f"shard 00000 of {batches}"


def _rel_from_reports(path: str) -> str:
    """A run-relative path (``reports/...``) as a link relative to ``reports/index.html``."""
    return path[len("reports/") :] if path.startswith("reports/") else "../" + path


def _links(run: RunDir) -> str:
    items = []
    candidates = [
        ("export/README.md", "Dataset card"),
        ("reports/review_queue.csv", "Review queue (CSV)"),
        ("reports/review_queue.parquet", "Review queue (Parquet)"),
        ("reports/review_queue_labelstudio.json", "Review queue (Label Studio)"),
        ("reports/gx/index.html", "Data Docs (Great Expectations)"),
        ("reports/validation.json", "Validation summary (JSON)"),
        ("reports/agreement.html", "Agreement report"),
        ("manifest.json", "Manifest"),
    ]
    for rel, text in candidates:
        if run.path(rel).is_file():
            items.append(f"<li>{_link(_rel_from_reports(rel), text).html}</li>")
    for sub in ("review", "rejected", "duplicates"):
        for p in sorted(run.path(sub).glob("*.parquet")):
            rel = f"{sub}/{p.name}"
            items.append(f"<li>{_link(_rel_from_reports(rel), rel).html}</li>")
    return "<ul>" + "".join(items) + "</ul>" if items else '<p class="muted">No output files yet.</p>'


def render_run_report(run_dir: RunDir | Path) -> str:
    """The HTML of the run report for ``run_dir`` (counts, codes and links only)."""
    run = run_dir if isinstance(run_dir, RunDir) else RunDir(run_dir)
    summaries, manifest = load_summaries(run)
    validation = _read_json(run.path("reports", "validation.json"))
    validation = validation if isinstance(validation, dict) else None
    spec = _read_json(run.spec_path) or {}
    run_id = (manifest or {}).get("run_id") or spec.get("run_id") or run.root.name
    name = (manifest or {}).get("dataset_name") or spec.get("dataset_name") or ""
    cls, status = _status(manifest, validation)
    ran = [s.get("stage") for s in summaries]
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>Run report · {escape(str(run_id))}</title>",
        f'<meta name="viewport" content="width=device-width, initial-scale=1"><style>{_CSS}</style></head><body>',
        f"<h1>Run report: {escape(str(name))}</h1>",
        f'<p class="muted">Run <code>{escape(str(run_id))}</code> · stages run: {escape(", ".join(map(str, ran)) or "none")}</p>',
        f'<p><span class="status {cls}">{escape(status)}</span></p>',
        "<h2>Records per stage</h2>",
        _funnel(summaries, manifest),
        "<h2>Rejection reasons</h2>",
        _reasons(summaries),
        "<h2>Input files not read</h2>",
        _unread(run),
        "<h2>Validation (Great Expectations)</h2>",
        _validation(validation, run),
        "<h2>Personal data</h2>",
        _pii(summaries),
        "<h2>Duplicates</h2>",
        _duplicates(summaries),
        "<h2>Annotator agreement</h2>",
        _agreement(summaries, run),
        "<h2>Files for reviewers</h2>",
        _links(run),
        '<p class="muted">This page holds counts, reason codes and file names only, never record text.</p>',
        "</body></html>",
    ]
    return "\n".join(parts) + "\n"


def write_run_report(run_dir: RunDir | Path) -> Path:
    """Write ``<run_dir>/reports/index.html`` atomically and return its path."""
    from pipeline.core.atomic import write_text_atomic

    run = run_dir if isinstance(run_dir, RunDir) else RunDir(run_dir)
    return write_text_atomic(run.report_path, render_run_report(run))
