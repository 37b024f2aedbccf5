"""The run report: ``reports/index.html``, the one page a reviewer or operator opens first.

It is the hub of a run: the status (and, for a run a blocking validation stopped, which checks failed,
on how many records, the first record ids and what to do next), the totals, the funnel of record
counts per stage, rejection reasons, validation per suite, personal data found and how it was
handled, duplicates and annotator agreement; each section links to its detail page (Data Docs,
the agreement page, the review queue, the Parquet files). Static HTML with inline CSS
(:func:`pipeline.core.pages.html_page`): it opens from disk, with no network.

It reads only summaries that hold counts, codes, names and record ids (``manifest.json`` when the
run finished or was blocked, otherwise ``work/<stage>.json``; ``reports/validation.json``;
``work/run.json`` for the run's name and start time), never record files, so no record value can
reach the page. It works on a partial run directory. The same run directory gives the same bytes.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from html import escape
from pathlib import Path
from typing import Any

from pipeline.core.pages import html_page
from pipeline.runtime import registry
from pipeline.runtime.rundir import RunDir

MAX_IDS_SHOWN = 10
"""Failing record ids shown per failed expectation (``reports/validation.json`` keeps up to 20)."""


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


class _Html:
    """A pre-escaped HTML fragment for a table cell."""

    def __init__(self, html: str) -> None:
        self.html = html


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


def _link(href: str, text: str) -> _Html:
    return _Html(f'<a href="{escape(href, quote=True)}">{escape(text)}</a>')


def _rel_from_reports(path: str) -> str:
    """A run-relative path (``reports/...``) as a link relative to ``reports/index.html``."""
    return path[len("reports/") :] if path.startswith("reports/") else "../" + path


def _file_link(run: RunDir, rel: str, text: str | None = None) -> str:
    """A link to the run-relative file ``rel`` if it exists, else nothing."""
    return _link(_rel_from_reports(rel), text or rel).html if run.path(rel).is_file() else ""


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


def _blocked(manifest: Mapping[str, Any] | None, validation: Mapping[str, Any] | None) -> bool:
    if manifest is not None and manifest.get("status") == "blocked":
        return True
    return validation is not None and not validation.get("success", True)


def _status(manifest: Mapping[str, Any] | None, validation: Mapping[str, Any] | None) -> tuple[str, str]:
    if _blocked(manifest, validation):
        return "bad", "Stopped: a blocking validation failed. Nothing was exported."
    if manifest is not None:
        if validation is not None and validation.get("failed_warning"):
            return "warn", "Complete, with validation warnings."
        return "ok", "Complete: the dataset was exported."
    return "warn", "Partial: the run has not finished (no manifest.json yet)."


def _stage(summaries: Sequence[Mapping[str, Any]], name: str) -> Mapping[str, Any] | None:
    return next((s for s in summaries if s.get("stage") == name), None)


def _cards(manifest: Mapping[str, Any] | None) -> str:
    counts = (manifest or {}).get("counts")
    if not isinstance(counts, dict):
        return ""
    items = [("input", "records in"), ("exported", "exported"), ("rejected", "rejected")]
    items += [("duplicates", "duplicates removed"), ("review", "held for review")]
    cards = "".join(f'<div class="card"><b>{_num(counts.get(k))}</b><span>{escape(t)}</span></div>' for k, t in items)
    return (
        f'<div class="cards">{cards}</div>'
        '<p class="muted">input = exported + rejected + duplicates + review (nothing is lost).</p>'
    )


def _what_stopped(run: RunDir, manifest: Mapping[str, Any] | None, validation: Mapping[str, Any] | None) -> str:
    """For a blocked run: the failed checks, how many records, their first ids, and what to do next."""
    failed = list((validation or {}).get("failed_blocking") or [])
    blocked = (manifest or {}).get("blocked") or {}
    if not failed:
        failed = list(blocked.get("failed") or [])
    pages = {s.get("suite"): s.get("docs_page") for s in (validation or {}).get("suites", [])}
    rows = []
    for f in failed:
        ids = list(f.get("first_record_ids") or [])
        shown = ", ".join(ids[:MAX_IDS_SHOWN]) + (" …" if len(ids) > MAX_IDS_SHOWN else "")
        page = pages.get(f.get("suite"))
        rows.append(
            [
                f.get("check"),
                f.get("suite"),
                f.get("column"),
                f.get("unexpected_count"),
                f.get("unexpected_percent"),
                _Html(f"<code>{escape(shown)}</code>") if shown else "(a check on the whole table)",
                _link(_rel_from_reports(page), "Data Docs") if page else "",
            ]
        )
    held = blocked.get("records")
    where = blocked.get("records_dir")
    html = "<h2>What stopped the run</h2>"
    html += _table(
        ["check", "suite", "column", "records failing", "% of rows", "first record ids", "details"], rows, {3, 4}
    )
    if isinstance(held, int):
        html += (
            f"<p>{held:,} records reached the validation gate and were held back (counted as review in "
            f"the manifest){f'; they are in <code>{escape(str(where))}/</code> until the run is repeated' if where else ''}.</p>"
        )
    html += (
        '<div class="next"><b>What to do next</b><ol>'
        "<li>Open the Data Docs page of each failed check: it says what was expected and how many rows failed.</li>"
        "<li>Find those record ids in the held records (the folder named above) to see why they fail; "
        "the ids are stable, so the same records keep the same ids in the next run.</li>"
        "<li>Fix the input or the stage that let them through; for a check that is too strict, change its "
        "severity (<code>validate.severity</code>) or threshold in the config, with a reason.</li>"
        "<li>Run again: a blocked run publishes nothing, so the previous dataset version is still the latest.</li>"
        "</ol></div>"
    )
    return html


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


def _reason_table(summaries: Sequence[Mapping[str, Any]], run: RunDir, key: str, outcome: str, files: str) -> str:
    """Records per stage and reason code (``key`` of each summary), with links to ``<outcome>/<stage>.parquet``."""
    rows = [[str(s.get("stage")), code, n] for s in summaries for code, n in sorted((s.get(key) or {}).items())]
    links = [_file_link(run, f"{outcome}/{s.get('stage')}.parquet") for s in summaries]
    html = _table(["stage", "reason code", "records"], rows, {2})
    html += '<p class="muted">Reason codes are explained in docs/REASON_CODES.md.'
    html += f" {files}: {' · '.join(x for x in links if x)}</p>" if any(links) else "</p>"
    return html


def _reasons(summaries: Sequence[Mapping[str, Any]], run: RunDir) -> str:
    if not any(s.get("reasons") for s in summaries):
        return '<p class="muted">No record was rejected.</p>'
    return _reason_table(summaries, run, "reasons", "rejected", "Rejected records")


def _held(summaries: Sequence[Mapping[str, Any]], run: RunDir) -> str:
    """Records held for review per stage and reason code, with links to the review files."""
    if not any(s.get("review_reasons") for s in summaries):
        if any(int(s.get("review") or 0) for s in summaries):
            return '<p class="muted">Reasons were not counted for this run; see the review files.</p>'
        return '<p class="muted">No record was held for review.</p>'
    return _reason_table(summaries, run, "review_reasons", "review", "Held records")


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


def _pii(summaries: Sequence[Mapping[str, Any]], run: RunDir) -> str:
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
    audits = sorted(run.path("audit").glob("*.parquet")) if run.path("audit").is_dir() else []
    if audits:
        html += f'<p class="muted">Audit log (entity types, offsets, actions; no values): {len(audits)} file(s) in '
        html += f"{_link('../audit/', 'audit/').html}</p>"
    return html


def _duplicates(summaries: Sequence[Mapping[str, Any]], run: RunDir) -> str:
    s = _stage(summaries, "dedup")
    if s is None:
        return '<p class="muted">The dedup stage has not run.</p>'
    rows = [["records removed as duplicates", s.get("duplicates", 0)]]
    rows += [[k, v] for k, v in sorted((s.get("counters") or {}).items())]
    html = _table(["counter", "value"], rows, {1})
    link = _file_link(run, "duplicates/dedup.parquet", "duplicates/dedup.parquet (each with the id it duplicates)")
    return html + (f"<p>{link}</p>" if link else "")


def _agreement(summaries: Sequence[Mapping[str, Any]], run: RunDir) -> str:
    s = _stage(summaries, "agreement")
    if s is None:
        return '<p class="muted">The agreement stage has not run.</p>'
    report = s.get("report") or {}
    rows = [[k, v] for k, v in sorted(report.items()) if isinstance(v, (int, float, str)) or v is None]
    html = _table(["figure", "value"], rows, {1}) if rows else ""
    links = [
        _file_link(run, f"reports/{name}", text)
        for name, text in (
            ("agreement.html", "Agreement page"),
            ("review_queue.html", "Review queue"),
            ("disputed_cases.html", "Disputed cases"),
            ("agreement.json", "agreement.json"),
            ("annotators.csv", "annotators.csv"),
        )
    ]
    if any(links):
        html += "<p>" + " · ".join(x for x in links if x) + "</p>"
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


def _docs_label(suite: Mapping[str, Any]) -> str:
    """Link text of a suite's Data Docs page: one page, or the first (failing) of one per shard."""
    batches = int(suite.get("batches") or 1)
    if batches == 1:
        return "Data Docs page"
    if suite.get("failed_docs_pages"):
        return f"first failing shard ({len(suite['failed_docs_pages'])} of {batches} failed)"
    return f"shard 00000 of {batches}"


def _links(run: RunDir) -> str:
    items = []
    candidates = [
        ("export/README.md", "Dataset card"),
        ("reports/review_queue.html", "Review queue"),
        ("reports/review_queue.csv", "Review queue (CSV)"),
        ("reports/review_queue.parquet", "Review queue (Parquet)"),
        ("reports/review_queue_labelstudio.json", "Review queue (Label Studio)"),
        ("reports/gx/index.html", "Data Docs (Great Expectations)"),
        ("reports/validation.json", "Validation summary (JSON)"),
        ("reports/agreement.html", "Agreement report"),
        ("reports/disputed_cases.html", "Disputed cases"),
        ("reports/disputed_cases.json", "Disputed cases (JSON)"),
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


def _started(spec: Mapping[str, Any]) -> str:
    """`` · started 2026-12-06 07:12 UTC`` from ``work/run.json`` (empty when not recorded)."""
    from datetime import UTC, datetime

    raw = spec.get("started_at")
    if not isinstance(raw, str):
        return ""
    try:
        when = datetime.fromisoformat(raw).astimezone(UTC)
    except ValueError:
        return ""
    return f" · started {when.strftime('%Y-%m-%d %H:%M')} UTC"


def render_run_report(run_dir: RunDir | Path) -> str:
    """The HTML of the run report for ``run_dir`` (counts, codes, record ids and links only)."""
    run = run_dir if isinstance(run_dir, RunDir) else RunDir(run_dir)
    summaries, manifest = load_summaries(run)
    validation = _read_json(run.path("reports", "validation.json"))
    validation = validation if isinstance(validation, dict) else None
    spec = _read_json(run.spec_path)
    spec = spec if isinstance(spec, dict) else {}
    run_id = (manifest or {}).get("run_id") or spec.get("run_id") or run.root.name
    name = (manifest or {}).get("dataset_name") or spec.get("dataset_name") or ""
    cls, status = _status(manifest, validation)
    ran = [s.get("stage") for s in summaries]
    parts = [
        f"<h1>Run report: {escape(str(name))}</h1>",
        f'<p class="muted">Run <code>{escape(str(run_id))}</code>{escape(_started(spec))} · stages run: '
        f"{escape(', '.join(map(str, ran)) or 'none')}</p>",
        f'<p><span class="status {cls}">{escape(status)}</span></p>',
    ]
    if _blocked(manifest, validation):
        parts.append(_what_stopped(run, manifest, validation))
    parts += [
        _cards(manifest),
        "<h2>Records per stage</h2>",
        _funnel(summaries, manifest),
        "<h2>Rejection reasons</h2>",
        _reasons(summaries, run),
        "<h2>Held for review</h2>",
        _held(summaries, run),
        "<h2>Input files not read</h2>",
        _unread(run),
        "<h2>Validation (Great Expectations)</h2>",
        _validation(validation, run),
        "<h2>Personal data</h2>",
        _pii(summaries, run),
        "<h2>Duplicates</h2>",
        _duplicates(summaries, run),
        "<h2>Annotator agreement</h2>",
        _agreement(summaries, run),
        "<h2>Files for reviewers</h2>",
        _links(run),
        '<p class="muted">This page holds counts, reason codes, record ids and file names only, never record text.</p>',
    ]
    return html_page(f"Run report · {run_id}", "\n".join(p for p in parts if p))


def write_run_report(run_dir: RunDir | Path) -> Path:
    """Write ``<run_dir>/reports/index.html`` atomically and return its path."""
    from pipeline.core.atomic import write_text_atomic

    run = run_dir if isinstance(run_dir, RunDir) else RunDir(run_dir)
    return write_text_atomic(run.report_path, render_run_report(run))
