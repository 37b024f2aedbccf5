"""Every page under reports/ of a real run renders from local files: no remote asset anywhere.

Runs the CLI on the bundled sample twice (a complete run, and one a blocking check stops) and reads
every page the run wrote: the run report, Data Docs, the agreement page and the review queue.
``make integration`` also opens them in headless Chromium and checks that the styles applied.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.core.pages import remote_asset_refs
from pipeline.stages.validate.datadocs.assets import check_site

ROOT = Path(__file__).resolve().parents[3]
SAMPLE = ROOT / "examples" / "sample"


def _run(out: Path, config: str | None = None) -> int:
    argv = ["run", "--quiet", "--corpus", str(SAMPLE), "--out", str(out)]
    if config:
        cfg = out.parent / f"{out.name}.yaml"
        cfg.write_text(config, encoding="utf-8")
        argv += ["--config", str(cfg)]
    return main(argv, io.StringIO(), io.StringIO())


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("offline")
    assert _run(base / "complete") == 0
    assert _run(base / "blocked", "validate:\n  allowed_langs: [zh]\n") == 3
    return {"complete": base / "complete", "blocked": base / "blocked"}


def _pages(run_dir: Path) -> list[Path]:
    reports = run_dir / "reports"
    return sorted([*reports.rglob("*.html"), *reports.rglob("*.css")])


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["complete", "blocked"])
def test_no_page_references_a_remote_asset(runs: dict[str, Path], kind: str) -> None:
    run_dir = runs[kind]
    pages = _pages(run_dir)
    names = {p.relative_to(run_dir / "reports").as_posix() for p in pages}
    expected = {"index.html", "gx/index.html"} | (
        {"agreement.html", "review_queue.html"} if kind == "complete" else set()
    )
    assert expected <= names
    assert any(n.startswith("gx/validations/") for n in names) and any(n.startswith("gx/expectations/") for n in names)
    for page in pages:
        text = page.read_text(encoding="utf-8", errors="replace")
        assert remote_asset_refs(text) == [], page
        assert not re.search(r"@import\s+(url\()?\s*['\"]?(https?:)?//", text), page
    assert check_site(run_dir / "reports" / "gx") == []  # and every local reference resolves


@pytest.mark.slow
def test_the_run_report_links_every_detail_page(runs: dict[str, Path]) -> None:
    html = (runs["complete"] / "reports" / "index.html").read_text(encoding="utf-8")
    for href in (
        "gx/index.html",
        "agreement.html",
        "review_queue.html",
        "../rejected/ingest.parquet",
        "../duplicates/dedup.parquet",
        "../export/README.md",
        "../manifest.json",
    ):
        assert f'href="{href}"' in html, href
    assert re.search(r'href="gx/validations/records/[^"]+\.html"', html)
    assert re.search(r"started \d{4}-\d\d-\d\d \d\d:\d\d UTC", html)
    for page in ("agreement.html", "review_queue.html"):
        assert '<a href="index.html">← Run report</a>' in (runs["complete"] / "reports" / page).read_text()


@pytest.mark.slow
def test_data_docs_show_the_real_run_time(runs: dict[str, Path]) -> None:
    index = (runs["complete"] / "reports" / "gx" / "index.html").read_text(encoding="utf-8")
    assert "1970" not in index
    assert re.search(r"20\d\d-\d\d-\d\d \d\d:\d\d:\d\d", index)


@pytest.mark.slow
def test_the_blocked_run_report_says_what_failed_and_what_to_do(runs: dict[str, Path]) -> None:
    html = (runs["blocked"] / "reports" / "index.html").read_text(encoding="utf-8")
    assert "Stopped: a blocking validation failed. Nothing was exported." in html
    assert "<h2>What stopped the run</h2>" in html
    assert '<td>records.lang_allowed</td><td>records</td><td>lang</td><td class="n">118</td>' in html
    assert re.search(r"<code>[0-9a-f]{20}, [0-9a-f]{20}", html)
    assert "What to do next" in html and "work/deidentify/" in html
