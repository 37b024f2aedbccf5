"""Open report pages in headless Chromium with no network, screenshot them and check that their styles applied.

    python scripts/integration/browser_check.py --out SHOTS_DIR RUN_DIR [RUN_DIR ...]

For each run directory: the run report (``reports/index.html``), the Data Docs home page and one Data
Docs validation page, and the agreement and review-queue pages when present. Chromium (Debian's
``chromium``) runs headless with every host name unresolvable, so a page that needs the network
shows it; the script talks to it over the DevTools protocol (``websockets``, already in the lock)
and fails when a page:

- requests anything but ``file:`` and ``data:`` URLs, or a local file it needs is missing;
- has a stylesheet that did not load, or computed styles that show the CSS did not apply (the run
  report's status badge has no background; Data Docs have no Bootstrap layout, no Font Awesome
  icons, no bootstrap-table, or an empty list of validations on the home page).

Screenshots go to ``SHOTS_DIR/<run dir name>-<page>.png``. Exit code 0 when every page passed.
``make integration`` runs it on the DAG run's and the CLI run's directories.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import json
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome")

COMMON = """
(() => {
  const sheets = [...document.querySelectorAll('link[rel="stylesheet"]')];
  return {
    title: document.title,
    unloaded_stylesheets: sheets.filter(l => !l.sheet).map(l => l.getAttribute('href')),
    body_font: getComputedStyle(document.body).fontFamily,
  };
})()
"""

RUN_REPORT = """
(() => {
  const badge = document.querySelector('.status');
  const th = document.querySelector('th');
  return {
    badge_background: badge ? getComputedStyle(badge).backgroundColor : null,
    header_background: th ? getComputedStyle(th).backgroundColor : null,
    tables: document.querySelectorAll('table').length,
  };
})()
"""

DATA_DOCS = """
(() => {
  const icon = document.querySelector('.fas, .fa, .far');
  const nav = document.querySelector('nav.navbar, .navbar');
  return {
    jquery: typeof window.jQuery === 'function',
    bootstrap_table: !!(window.jQuery && window.jQuery.fn && window.jQuery.fn.bootstrapTable),
    icon_font: icon ? getComputedStyle(icon, '::before').fontFamily : null,
    icon_font_loaded: icon ? document.fonts.check(
        getComputedStyle(icon, '::before').fontWeight + ' 16px "Font Awesome 6 Free"') : null,
    navbar_display: nav ? getComputedStyle(nav).display : null,
    container_padding: (document.querySelector('.container-fluid, .container') ?
        getComputedStyle(document.querySelector('.container-fluid, .container')).paddingLeft : null),
    index_rows: document.querySelectorAll('table tbody tr').length,
  };
})()
"""


@dataclass
class PageResult:
    """One page: where it is, its screenshot, what the browser saw, and the problems found."""

    name: str
    path: Path
    screenshot: Path
    facts: dict[str, Any] = field(default_factory=dict)
    requests: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def find_chromium() -> str | None:
    """The path of a Chromium binary, if installed."""
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


class Browser:
    """Headless Chromium driven over the DevTools protocol (one tab, one page at a time)."""

    def __init__(self, binary: str, width: int = 1400, height: int = 1000, allow_loopback: bool = False) -> None:
        """Start Chromium with no network (every host name unresolvable; 127.0.0.1 too unless allowed), open a tab."""
        self.profile = Path(tempfile.mkdtemp(prefix="instructflow-chromium-"))
        self.width, self.height = width, height
        args = [
            binary,
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-extensions",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            "--host-resolver-rules=MAP * ~NOTFOUND" + (", EXCLUDE 127.0.0.1" if allow_loopback else ""),
            "--remote-debugging-port=0",
            f"--user-data-dir={self.profile}",
            "about:blank",
        ]
        self.proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        port_file = self.profile / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not port_file.is_file() or not port_file.read_text().strip():
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.close()
                raise RuntimeError("Chromium did not start (no DevToolsActivePort)")
            time.sleep(0.1)
        port = int(port_file.read_text().splitlines()[0])
        targets = json.loads(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10).read())
        page = next(t for t in targets if t.get("type") == "page")
        from websockets.sync.client import connect

        self.ws = connect(page["webSocketDebuggerUrl"], max_size=64 * 1024 * 1024, open_timeout=10)
        self.ws.__enter__()  # closed in close()
        self._id = 0
        self.events: list[dict[str, Any]] = []
        for method in ("Page.enable", "Network.enable", "Runtime.enable"):
            self.call(method)
        self.call(
            "Emulation.setDeviceMetricsOverride",
            width=width,
            height=height,
            deviceScaleFactor=1,
            mobile=False,
        )

    def call(self, method: str, timeout: float = 30, **params: Any) -> dict[str, Any]:
        """Send one DevTools command and return its result (events seen meanwhile are kept)."""
        self._id += 1
        my_id = self._id
        self.ws.send(json.dumps({"id": my_id, "method": method, "params": params}))
        deadline = time.monotonic() + timeout
        while True:
            msg = json.loads(self.ws.recv(timeout=max(0.1, deadline - time.monotonic())))
            if msg.get("id") == my_id:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                return msg.get("result", {})
            self.events.append(msg)

    def wait_event(self, method: str, timeout: float) -> bool:
        """Wait for an event named ``method`` (True when it came)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if any(e.get("method") == method for e in self.events):
                return True
            try:
                self.events.append(json.loads(self.ws.recv(timeout=max(0.1, deadline - time.monotonic()))))
            except TimeoutError:
                break
        return any(e.get("method") == method for e in self.events)

    def evaluate(self, expression: str) -> Any:
        """The JSON value of a JavaScript expression in the page."""
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        return result.get("result", {}).get("value")

    def open(self, path: Path, settle: float = 2.0) -> tuple[list[str], list[str]]:
        """Load ``path``; return the URLs requested and the requests that failed."""
        self.events = []
        self.call("Page.navigate", url=path.resolve().as_uri())
        self.wait_event("Page.loadEventFired", timeout=30)
        end = time.monotonic() + settle  # let scripts fill tables and fonts load
        while time.monotonic() < end:
            try:
                self.events.append(json.loads(self.ws.recv(timeout=max(0.05, end - time.monotonic()))))
            except TimeoutError:
                break
        self.evaluate("document.fonts.ready.then(() => true)")
        requests = [
            e["params"]["request"]["url"] for e in self.events if e.get("method") == "Network.requestWillBeSent"
        ]
        failed_ids = {
            e["params"]["requestId"]: e["params"].get("errorText", "")
            for e in self.events
            if e.get("method") == "Network.loadingFailed"
        }
        by_id = {
            e["params"]["requestId"]: e["params"]["request"]["url"]
            for e in self.events
            if e.get("method") == "Network.requestWillBeSent"
        }
        failed = [f"{by_id.get(rid, rid)} ({err})" for rid, err in failed_ids.items()]
        return requests, failed

    def screenshot(self, target: Path) -> None:
        """A PNG of the whole page (up to 6000 px tall)."""
        metrics = self.call("Page.getLayoutMetrics")
        size = metrics.get("cssContentSize") or metrics.get("contentSize") or {}
        height = min(int(size.get("height", self.height)), 6000)
        shot = self.call(
            "Page.captureScreenshot",
            format="png",
            captureBeyondViewport=True,
            clip={"x": 0, "y": 0, "width": self.width, "height": max(height, 200), "scale": 1},
        )
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(base64.b64decode(shot["data"]))

    def close(self) -> None:
        """Stop Chromium (this process only) and remove its profile."""
        with contextlib.suppress(Exception):  # closing on the way out
            self.ws.close()
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        shutil.rmtree(self.profile, ignore_errors=True)


def pages_of(run_dir: Path) -> list[tuple[str, Path]]:
    """The pages to check in a run directory: (short name, path)."""
    reports = run_dir / "reports"
    out = [("run-report", reports / "index.html")]
    gx = reports / "gx"
    if (gx / "index.html").is_file():
        out.append(("datadocs-index", gx / "index.html"))
        pages = sorted((gx / "validations").rglob("*.html"))
        failing = [p for p in pages if "fa-times" in p.read_text(encoding="utf-8", errors="replace")]
        if pages:
            out.append(("datadocs-validation", (failing or pages)[0]))
        suites = sorted((gx / "expectations").glob("*.html"))
        deid = [p for p in suites if p.stem == "deidentified"]
        if suites:
            out.append(("datadocs-suite", (deid or suites)[0]))
    for name in ("agreement", "review_queue"):
        if (reports / f"{name}.html").is_file():
            out.append((name.replace("_", "-"), reports / f"{name}.html"))
    return out


def judge(name: str, facts: dict[str, Any], requests: list[str], failed: list[str]) -> list[str]:
    """What is wrong with a page, from what the browser saw."""
    problems = [f"network request {u}" for u in requests if not u.startswith(("file:", "data:"))]
    problems += [f"failed to load {f}" for f in failed]
    common = facts.get("common") or {}
    problems += [f"stylesheet not loaded: {h}" for h in common.get("unloaded_stylesheets") or []]
    if name == "run-report" or name in ("agreement", "review-queue"):
        own = facts.get("own") or {}
        if own.get("header_background") in (None, "rgba(0, 0, 0, 0)"):
            problems.append("table headers have no background: the inline stylesheet did not apply")
        if name == "run-report" and own.get("badge_background") in (None, "rgba(0, 0, 0, 0)"):
            problems.append("the status badge has no background: the inline stylesheet did not apply")
        if "system-ui" not in str(common.get("body_font")):
            problems.append(f"body font is {common.get('body_font')!r}, not the page's font stack")
    if name.startswith("datadocs"):
        gx = facts.get("gx") or {}
        if not gx.get("jquery"):
            problems.append("jQuery did not load")
        if not gx.get("bootstrap_table"):
            problems.append("bootstrap-table did not load")
        if gx.get("container_padding") in (None, "0px"):
            problems.append("no Bootstrap layout (container padding 0)")
        if name != "datadocs-suite" and (  # suite pages show no status icon
            "Font Awesome" not in str(gx.get("icon_font")) or not gx.get("icon_font_loaded")
        ):
            problems.append(f"Font Awesome icons did not load (icon font {gx.get('icon_font')!r})")
        if name == "datadocs-index" and not gx.get("index_rows"):
            problems.append("the Data Docs home page lists no validation")
    return problems


def check_runs(run_dirs: list[Path], out: Path, binary: str | None = None) -> list[PageResult]:
    """Check every page of ``run_dirs``; screenshots into ``out``."""
    binary = binary or find_chromium()
    if binary is None:
        raise RuntimeError("no Chromium found (apt-get install -y chromium)")
    results: list[PageResult] = []
    browser = Browser(binary)
    try:
        for run_dir in run_dirs:
            for name, path in pages_of(run_dir):
                res = PageResult(name, path, out / f"{run_dir.name}-{name}.png")
                if not path.is_file():
                    res.problems.append("page missing")
                    results.append(res)
                    continue
                res.requests, res.failed = browser.open(path)
                res.facts["common"] = browser.evaluate(COMMON)
                if name.startswith("datadocs"):
                    res.facts["gx"] = browser.evaluate(DATA_DOCS)
                else:
                    res.facts["own"] = browser.evaluate(RUN_REPORT)
                browser.screenshot(res.screenshot)
                res.problems = judge(name, res.facts, res.requests, res.failed)
                results.append(res)
    finally:
        browser.close()
    return results


def main(argv: list[str] | None = None) -> int:
    """Check the pages of the given run directories; print one line per page."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("run_dirs", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, required=True, help="folder for the screenshots")
    parser.add_argument("--chromium", help="Chromium binary (default: chromium on PATH)")
    args = parser.parse_args(argv)
    results = check_runs(args.run_dirs, args.out, args.chromium)
    bad = 0
    for r in results:
        verdict = "ok" if not r.problems else "FAILED: " + "; ".join(r.problems[:5])
        print(f"  {r.name:<20} {r.screenshot}  {verdict}")
        bad += bool(r.problems)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
