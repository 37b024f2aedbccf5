"""The run report (reports/index.html): partial and complete runs, links, no record values, stable bytes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.core.records import REJECT_SCHEMA
from pipeline.reports.run_report import load_summaries, render_run_report, write_run_report
from pipeline.runtime.rundir import RunDir

SECRET = "13912345678"


def _summary(stage: str, n_in: int, kept: int, **kw: Any) -> dict[str, Any]:
    base = {
        "stage": stage,
        "records_in": n_in,
        "kept": kept,
        "rejected": 0,
        "duplicates": 0,
        "review": 0,
        "reasons": {},
        "counters": {},
        "report": {},
    }
    base.update(kw)
    return base


def _write(path: Path, obj: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(obj), encoding="utf-8")


def make_partial_run(run_dir: Path) -> None:
    """A run stopped by a blocking validation: stage summaries up to deidentify, no manifest."""
    work = run_dir / "work"
    _write(work / "run.json", {"run_id": "run-abc123", "dataset_name": "demo-set"})
    _write(
        work / "ingest.json",
        _summary("ingest", 120, 100, rejected=20, reasons={"malformed_json": 15, "empty_field": 5}),
    )
    _write(work / "clean.json", _summary("clean", 100, 97, rejected=3, reasons={"too_short": 3}))
    _write(work / "dedup.json", _summary("dedup", 97, 90, duplicates=7, counters={"exact": 5, "near": 2}))
    _write(
        work / "deidentify.json",
        _summary(
            "deidentify",
            90,
            90,
            counters={
                "entity.PHONE_NUMBER": 4,
                "entity.EMAIL_ADDRESS": 2,
                "action.mask": 4,
                "action.replace": 2,
                "records_with_pii": 5,
            },
        ),
    )
    rejected = pa.Table.from_pylist(
        [{"record_id": "x", "stage": "ingest", "reason": "malformed_json", "detail": "line 3", "record": SECRET}],
        schema=REJECT_SCHEMA,
    )
    (run_dir / "rejected").mkdir()
    pq.write_table(rejected, run_dir / "rejected" / "ingest.parquet")
    _write(
        run_dir / "reports" / "validation.json",
        {
            "success": False,
            "data_docs_index": "reports/gx/index.html",
            "suites": [
                {
                    "suite": "records",
                    "success": True,
                    "rows": 100,
                    "docs_page": "reports/gx/validations/records/r/x.html",
                    "expectations": [
                        {
                            "check": "records.record_id_unique",
                            "type": "expect_column_values_to_be_unique",
                            "severity": "blocking",
                            "success": True,
                        }
                    ],
                },
                {
                    "suite": "deidentified",
                    "success": False,
                    "rows": 90,
                    "docs_page": "reports/gx/validations/deidentified/r/x.html",
                    "expectations": [
                        {
                            "check": "deidentified.no_residual_pii",
                            "type": "expect_column_values_to_be_between",
                            "severity": "blocking",
                            "success": False,
                            "column": "residual_pii",
                            "unexpected_count": 2,
                            "unexpected_percent": 2.2,
                        }
                    ],
                },
            ],
            "skipped": {"spans": "no span column"},
            "failed_blocking": [
                {
                    "suite": "deidentified",
                    "check": "deidentified.no_residual_pii",
                    "type": "expect_column_values_to_be_between",
                    "severity": "blocking",
                    "column": "residual_pii",
                    "unexpected_count": 2,
                    "unexpected_percent": 2.2,
                    "success": False,
                }
            ],
            "failed_warning": [],
        },
    )
    (run_dir / "reports" / "gx").mkdir(parents=True)
    (run_dir / "reports" / "gx" / "index.html").write_text("<html></html>")


def test_partial_run_report_shows_the_stop_and_the_funnel(tmp_path: Path) -> None:
    make_partial_run(tmp_path)
    path = write_run_report(tmp_path)
    assert path == tmp_path / "reports" / "index.html"
    html = path.read_text(encoding="utf-8")
    assert "Stopped: a blocking validation failed. Nothing was exported." in html
    assert "<h1>Run report: demo-set</h1>" in html
    assert "stages run: ingest, clean, dedup, deidentify" in html
    assert '<tr><td>ingest</td><td class="n">120</td><td class="n">100</td><td class="n">20</td>' in html
    assert '<tr><td>ingest</td><td>malformed_json</td><td class="n">15</td></tr>' in html
    assert '<tr><td>clean</td><td>too_short</td><td class="n">3</td></tr>' in html
    assert '<tr><td>PHONE_NUMBER</td><td class="n">4</td></tr>' in html
    assert '<tr><td>mask</td><td class="n">4</td></tr>' in html
    assert '<tr><td>records removed as duplicates</td><td class="n">7</td></tr>' in html
    assert "expect_column_values_to_be_between" in html
    assert 'href="gx/validations/deidentified/r/x.html"' in html
    assert 'href="gx/index.html"' in html
    assert 'href="../rejected/ingest.parquet"' in html
    assert "skipped: no span column" in html
    assert "The agreement stage has not run." in html


def test_report_never_reads_record_values(tmp_path: Path) -> None:
    make_partial_run(tmp_path)
    assert SECRET not in write_run_report(tmp_path).read_text(encoding="utf-8")


def test_complete_run_uses_the_manifest_and_links_card_and_review_queue(tmp_path: Path) -> None:
    make_partial_run(tmp_path)
    stages = [json.loads(p.read_text()) for p in sorted((tmp_path / "work").glob("*.json")) if p.name != "run.json"]
    stages.append(
        _summary(
            "agreement",
            90,
            85,
            review=5,
            review_reasons={"second_review_required": 2, "low_agreement": 3},
            report={"status": "computed", "fleiss_kappa": 0.71, "interpretation": "substantial"},
        )
    )
    _write(
        tmp_path / "manifest.json",
        {
            "run_id": "run-abc123",
            "dataset_name": "demo-set",
            "counts": {"input": 120, "exported": 85, "rejected": 23, "duplicates": 7, "review": 5},
            "stages": stages,
        },
    )
    validation = json.loads((tmp_path / "reports" / "validation.json").read_text())
    validation.update(success=True, failed_blocking=[])
    _write(tmp_path / "reports" / "validation.json", validation)
    (tmp_path / "export").mkdir()
    (tmp_path / "export" / "README.md").write_text("# card")
    (tmp_path / "reports" / "review_queue.csv").write_text("record_id\n")
    (tmp_path / "reports" / "agreement.html").write_text("<html></html>")
    html = render_run_report(tmp_path)
    assert "Complete: the dataset was exported." in html
    assert "input <b>120</b>, exported <b>85</b>, rejected <b>23</b>, duplicates <b>7</b>, review <b>5</b>" in html
    assert '<tr><td>fleiss_kappa</td><td class="n">0.71</td></tr>' in html
    assert "<tr><td>interpretation</td><td>substantial</td></tr>" in html
    assert 'href="../export/README.md"' in html
    assert 'href="review_queue.csv"' in html
    assert 'href="agreement.html"' in html
    assert 'href="../manifest.json"' in html
    held = html.split("<h2>Held for review</h2>")[1].split("<h2>")[0]
    assert '<tr><td>agreement</td><td>low_agreement</td><td class="n">3</td></tr>' in held
    assert '<tr><td>agreement</td><td>second_review_required</td><td class="n">2</td></tr>' in held
    assert held.index("low_agreement") < held.index("second_review_required")


def test_held_for_review_without_counted_reasons_says_so(tmp_path: Path) -> None:
    make_partial_run(tmp_path)
    _write(tmp_path / "work" / "clean.json", _summary("clean", 100, 97, review=3))  # written before reasons
    html = render_run_report(tmp_path)
    held = html.split("<h2>Held for review</h2>")[1].split("<h2>")[0]
    assert "Reasons were not counted for this run; see the review files." in held


def test_empty_run_directory_still_renders(tmp_path: Path) -> None:
    html = render_run_report(tmp_path)
    assert "Partial: the run has not finished" in html
    assert "The validation stage has not run." in html
    assert load_summaries(RunDir(tmp_path)) == ([], None)


def test_report_bytes_are_stable_and_escaped(tmp_path: Path) -> None:
    make_partial_run(tmp_path)
    _write(tmp_path / "work" / "run.json", {"run_id": "run-<b>", "dataset_name": "a & b"})
    first = write_run_report(tmp_path).read_bytes()
    assert write_run_report(tmp_path).read_bytes() == first
    text = first.decode()
    assert "Run report: a &amp; b" in text and "run-&lt;b&gt;" in text
