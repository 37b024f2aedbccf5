"""The Label Studio review round trip of ``make integration``, against a real Label Studio.

Called by ``scripts/integration/run.sh`` after the Airflow checks (``INTEGRATION_ONLY=labelstudio``
runs this part alone). Steps:

1. a venv of its own under ``<state dir>/venv`` (Python 3.11) with Label Studio from the hashed lock
   ``requirements-labelstudio.txt`` (``uv pip install --require-hashes``; it never shares a venv with
   Airflow or the pipeline: it pins its own Django, pandas and pyarrow);
2. start it on 127.0.0.1 with a fixed dev-only user and legacy token, analytics, Sentry, feature-flag
   fetching and the PyPI version check off, in its own session (stopped by PID on exit, whatever happens);
3. ``python -m pipeline run`` on examples/sample, ``review push`` twice (the second imports nothing),
   two reviewer users created through the REST API, each labelling with their own token (one keeps
   the majority label, one rejects, one skips), ``review pull``, then the run again with the pulled file
   in ``agreement.adjudication_files``;
4. checks: the decided records come back final (kept as ``adjudicated`` with the expert's label and a
   pseudonymous reviewer, or rejected as ``rejected_by_adjudication``), the skipped one is still held,
   manifest counts reconcile in both runs, and a push of the second run leaves the decided tasks alone.

Exit 0 only if every check passed. Logs and state: ``<state dir>/`` (default ``.integration/labelstudio``).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
LOCK = ROOT / "requirements-labelstudio.txt"
CORPUS = "examples/sample"
ADMIN = "reviewer-admin@instructflow.local"
PASSWORD = "instructflow-dev-only"  # a throwaway server on 127.0.0.1 for this check only
TOKEN = "0123456789abcdef0123456789abcdef01234567"  # legacy token of the admin: dev/CI only, never a real secret
REVIEWERS = ("expert.one@instructflow.local", "expert.two@instructflow.local")
OFFLINE_ENV = {
    # no phoning home: the version check asks PyPI, analytics and Sentry go to the vendor
    "LATEST_VERSION_CHECK": "false",
    "COLLECT_ANALYTICS": "false",
    "SENTRY_DSN": "",
    "FRONTEND_SENTRY_DSN": "",
    "FEATURE_FLAGS_OFFLINE": "true",
    "DISABLE_SIGNUP_WITHOUT_LINK": "true",
}
RUN_CONFIG = """\
# written by scripts/integration/label_studio.py
agreement:
  reject_labels: [bad]
  bootstrap_resamples: 50
"""


def say(msg: str) -> None:
    """One progress line."""
    print(f"label-studio: {msg}", flush=True)


class CheckFailed(Exception):
    """A check of the round trip failed."""


def check(cond: bool, what: str) -> None:
    """Fail with ``what`` unless ``cond``; print it otherwise."""
    if not cond:
        raise CheckFailed(what)
    say(f"ok: {what}")


# --------------------------------------------------------------------------------------------------
# venv and server


def ensure_venv(state: Path) -> Path:
    """The Label Studio venv (created or refreshed from the hashed lock when it is missing or older)."""
    venv = state / "venv"
    exe = venv / "bin" / "label-studio"
    stamp = venv / ".installed"
    if exe.exists() and stamp.exists() and stamp.stat().st_mtime >= LOCK.stat().st_mtime:
        return venv
    uv = ROOT / ".venv" / "bin" / "uv"
    say(f"installing Label Studio into {venv} from {LOCK.name} ...")
    start = time.monotonic()
    log = state / "install.log"
    with log.open("w") as fh:
        subprocess.run([str(uv), "venv", "-q", "--python", "3.11", str(venv)], check=True, stdout=fh, stderr=fh)
        subprocess.run(
            [
                str(uv),
                "pip",
                "install",
                "-q",
                "--python",
                str(venv / "bin" / "python"),
                "--require-hashes",
                "-r",
                str(LOCK),
            ],
            check=True,
            stdout=fh,
            stderr=fh,
        )
    stamp.touch()
    say(f"installed in {time.monotonic() - start:.0f} s")
    return venv


def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    """A Label Studio server in its own session; :meth:`stop` ends that session."""

    def __init__(self, venv: Path, state: Path, port: int) -> None:
        """Nothing runs until :meth:`start`."""
        self.venv, self.state, self.port = venv, state, port
        self.data = state / "data"
        self.url = f"http://127.0.0.1:{port}"
        self.proc: subprocess.Popen[bytes] | None = None
        self.env = {**os.environ, **OFFLINE_ENV, "LABEL_STUDIO_BASE_DATA_DIR": str(self.data)}

    def start(self, timeout: float = 600.0) -> None:
        """Start and wait for ``/health`` and the admin token."""
        self.data.mkdir(parents=True, exist_ok=True)
        log = (self.state / "label-studio.log").open("wb")
        cmd = [
            str(self.venv / "bin" / "label-studio"),
            "start",
            "--no-browser",
            "--internal-host",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--data-dir",
            str(self.data),
            "--username",
            ADMIN,
            "--password",
            PASSWORD,
            "--user-token",
            TOKEN,
            "--enable-legacy-api-token",
        ]
        self.proc = subprocess.Popen(
            cmd, stdout=log, stderr=log, stdin=subprocess.DEVNULL, env=self.env, start_new_session=True
        )
        (self.state / "label-studio.pid").write_text(str(self.proc.pid))
        say(f"starting Label Studio on {self.url} (log: {self.state / 'label-studio.log'}) ...")
        start = time.monotonic()
        while True:
            if self.proc.poll() is not None:
                raise CheckFailed(f"Label Studio exited at start (exit {self.proc.returncode}); see label-studio.log")
            with contextlib.suppress(OSError, ValueError), urllib.request.urlopen(self.url + "/health", timeout=5) as r:
                if json.loads(r.read()).get("status") == "UP":
                    break
            if time.monotonic() - start > timeout:
                raise CheckFailed(f"Label Studio did not answer /health within {timeout:.0f} s")
            time.sleep(2)
        say(f"healthy after {time.monotonic() - start:.0f} s")

    def stop(self) -> None:
        """End the server's session (TERM, then KILL after 20 s)."""
        if self.proc is None or self.proc.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGTERM)
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=10)
        say(f"stopped Label Studio (pid {self.proc.pid})")

    def user_token(self, email: str) -> str:
        """A user's own API token, read with ``label-studio user`` from the server's database."""
        out = subprocess.run(
            [str(self.venv / "bin" / "label-studio"), "user", "--username", email, "--data-dir", str(self.data)],
            capture_output=True,
            text=True,
            env=self.env,
            timeout=300,
            check=True,
        ).stdout
        m = re.search(r"'token': '([0-9a-f]+)'", out)
        if not m:
            raise CheckFailed(f"no token for reviewer {email} in the output of 'label-studio user'")
        return m.group(1)


# --------------------------------------------------------------------------------------------------
# REST helpers (the reviewers' side; the pipeline's side is the CLI)


def api(url: str, token: str, method: str, path: str, body: Any = None, params: Mapping[str, Any] | None = None) -> Any:
    """One REST call with ``Authorization: Token``; the decoded answer."""
    from urllib.parse import urlencode

    full = url + path + ("?" + urlencode(params) if params else "")
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(full, data=data, method=method)
    req.add_header("Authorization", f"Token {token}")
    if data is not None:
        req.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            payload = r.read()
    except urllib.error.HTTPError as exc:
        raise CheckFailed(f"{method} {path}: HTTP {exc.code}") from None
    return json.loads(payload) if payload else None


def project_tasks(url: str, title: str) -> dict[str, dict[str, Any]]:
    """Tasks of the project titled ``title`` by record id."""
    projects = api(url, TOKEN, "GET", "/api/projects", params={"title": title, "page_size": 100})["results"]
    [project] = [p for p in projects if p["title"] == title]
    answer = api(url, TOKEN, "GET", "/api/tasks", params={"project": project["id"], "page_size": 100, "fields": "all"})
    return {t["data"]["record_id"]: t for t in answer["tasks"]}


def annotate(url: str, token: str, task_id: int, label: str | None, comment: str | None = None) -> None:
    """Submit a reviewer's annotation (``label`` None: skip the task)."""
    if label is None:
        body: dict[str, Any] = {"result": [], "was_cancelled": True}
    else:
        result = [{"from_name": "label", "to_name": "instruction", "type": "choices", "value": {"choices": [label]}}]
        if comment:
            result.append(
                {"from_name": "comment", "to_name": "instruction", "type": "textarea", "value": {"text": [comment]}}
            )
        body = {"result": result, "lead_time": 4.2}
    api(url, token, "POST", f"/api/tasks/{task_id}/annotations", body)


# --------------------------------------------------------------------------------------------------
# the round trip


def cli(args: Sequence[str], env: Mapping[str, str], log: Path) -> str:
    """``python -m pipeline ARGS``; its stdout (also appended to ``log``); fails on a non-zero exit."""
    proc = subprocess.run(
        [sys.executable, "-m", "pipeline", *args], capture_output=True, text=True, env={**os.environ, **env}, cwd=ROOT
    )
    with log.open("a") as fh:
        fh.write(f"$ python -m pipeline {' '.join(args)}\n{proc.stdout}{proc.stderr}(exit {proc.returncode})\n\n")
    if proc.returncode != 0:
        raise CheckFailed(
            f"python -m pipeline {args[0]} {args[1] if len(args) > 1 else ''} exited {proc.returncode}: {proc.stderr.strip()[-300:]}"
        )
    return proc.stdout


def read_parquet(path: Path) -> list[dict[str, Any]]:
    """Rows of a Parquet file ([] when it does not exist)."""
    import pyarrow.parquet as pq

    return pq.read_table(path).to_pylist() if path.is_file() else []


def reconciled(run_dir: Path) -> dict[str, int]:
    """The manifest counts, checked: input = exported + rejected + duplicates + review."""
    counts = json.loads((run_dir / "manifest.json").read_text())["counts"]
    total = counts["exported"] + counts["rejected"] + counts["duplicates"] + counts["review"]
    check(counts["input"] == total, f"{run_dir.name}: manifest counts reconcile ({counts})")
    return counts


def round_trip(server: Server, state: Path) -> None:
    """Run, push, review, pull, run again; every check along the way."""
    url = server.url
    env = {"LABEL_STUDIO_URL": url, "LABEL_STUDIO_API_KEY": TOKEN}
    log = state / "cli.log"
    config = state / "config.yaml"
    config.write_text(RUN_CONFIG)
    run1, run2, decisions = state / "run1", state / "run2", state / "decisions"

    cli(["run", "--corpus", CORPUS, "--out", str(run1), "--config", str(config), "--quiet"], env, log)
    counts1 = reconciled(run1)
    queue = read_parquet(run1 / "review" / "agreement.parquet")
    expert = [r for r in queue if r["queue"] == "expert"]
    check(len(expert) >= 3, f"run1 holds {len(expert)} records for expert review (need 3 for the check)")

    out = cli(["review", "push", str(run1)], env, log)
    print(out, end="")
    title = "instruction-dataset: expert review"
    tasks = project_tasks(url, title)
    check(set(tasks) == {r["record_id"] for r in expert}, f"push: one task per expert-review record ({len(tasks)})")
    out = cli(["review", "push", str(run1)], env, log)
    check("imported 0," in out and f"unchanged {len(expert)}," in out, "second push imports nothing, all unchanged")
    check(len(project_tasks(url, title)) == len(expert), "second push: no duplicate tasks")
    some = next(iter(tasks.values()))
    preds = api(url, TOKEN, "GET", "/api/predictions", params={"task": some["id"]})
    versions = sorted(p["model_version"] for p in preds)
    check(
        "majority" in versions
        and len(versions) == len(some["data"]["votes"]) + 1
        and not any("@" in v for v in versions),
        f"one prediction per annotator plus the majority, no e-mail as model version ({versions})",
    )
    check(bool(some["data"]["reason"]) and bool(some["data"]["instruction"]), "task shows the reason and the text")

    for email in REVIEWERS:
        api(url, TOKEN, "POST", "/api/users", {"email": email, "username": email.split("@")[0]})
    tokens = {email: server.user_token(email) for email in REVIEWERS}
    check(len(set(tokens.values())) == 2 and TOKEN not in tokens.values(), "each reviewer has an own API token")
    keep, reject, skip = sorted(r["record_id"] for r in expert)[:3]
    keep_label = next(r["consensus_label"] for r in expert if r["record_id"] == keep) or "good"
    annotate(url, tokens[REVIEWERS[0]], tasks[keep]["id"], keep_label, comment="checked: keep")
    annotate(url, tokens[REVIEWERS[1]], tasks[reject]["id"], "bad")
    annotate(url, tokens[REVIEWERS[0]], tasks[skip]["id"], None)

    out = cli(["review", "pull", str(run1), "--out", str(decisions)], env, log)
    print(out, end="")
    export = json.loads((decisions / "expert_review.json").read_text())
    people = {
        a["completed_by"]["email"] for t in export for a in t["annotations"] if isinstance(a["completed_by"], dict)
    }
    check(people == set(REVIEWERS), "pull: reviewers are recorded by e-mail (snapshot export)")
    check("adjudication_files" in out, "pull says which config key takes the file")

    config2 = state / "config2.yaml"
    config2.write_text(RUN_CONFIG + f"  adjudication_files: [{decisions / 'expert_review.json'}]\n")
    cli(["run", "--corpus", CORPUS, "--out", str(run2), "--config", str(config2), "--quiet"], env, log)
    counts2 = reconciled(run2)
    exported = {
        r["record_id"]: r for f in ("train.parquet", "validation.parquet") for r in read_parquet(run2 / "export" / f)
    }
    kept = exported.get(keep)
    check(
        kept is not None and kept["review_status"] == "adjudicated" and kept["consensus_label"] == keep_label,
        f"run2: the kept decision is final (exported, adjudicated, label {keep_label})",
    )
    check(
        kept is not None
        and str(kept["adjudicated_by"]).startswith("annotator-")
        and "@" not in str(kept["adjudicated_by"]),
        "run2: the reviewer is recorded under a pseudonym, not the e-mail",
    )
    rejected = {r["record_id"]: r for r in read_parquet(run2 / "rejected" / "agreement.parquet")}
    check(
        rejected.get(reject, {}).get("reason") == "rejected_by_adjudication",
        "run2: the rejecting decision is final (rejected_by_adjudication)",
    )
    held = {r["record_id"] for r in read_parquet(run2 / "review" / "agreement.parquet")}
    check(skip in held and keep not in held and reject not in held, "run2: the skipped record is still held")
    check(
        counts2["input"] == counts1["input"]
        and counts2["review"] == counts1["review"] - 2
        and counts2["exported"] == counts1["exported"] + 1
        and counts2["rejected"] == counts1["rejected"] + 1,
        f"run2 counts move two records out of review: one exported, one rejected ({counts1} -> {counts2})",
    )
    out = cli(["review", "push", str(run2)], env, log)
    check(
        "imported 0," in out and "tasks of other runs in the project 2" in out,
        "push of run2: decided tasks stay in the project, nothing re-imported",
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Install, start, run the round trip, stop; exit 0 only if every check passed."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--state-dir", type=Path, default=ROOT / ".integration" / "labelstudio")
    ap.add_argument("--port", type=int, default=0, help="default: a free port")
    args = ap.parse_args(argv)
    state: Path = args.state_dir.resolve()
    state.mkdir(parents=True, exist_ok=True)
    for leftover in ("run1", "run2", "decisions", "data", "cli.log"):
        path = state / leftover
        if path.is_dir():
            import shutil

            shutil.rmtree(path)
        elif path.exists():
            path.unlink()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # unwinds through the finally below
    server: Server | None = None
    try:
        venv = ensure_venv(state)
        server = Server(venv, state, args.port or free_port())
        server.start()
        round_trip(server, state)
    except CheckFailed as exc:
        say(f"FAILED: {exc} (logs: {state})")
        return 1
    except subprocess.CalledProcessError as exc:
        say(f"FAILED: {exc.cmd[0]} exited {exc.returncode} (logs: {state})")
        return 1
    except KeyboardInterrupt:
        say("interrupted")
        return 130
    finally:
        if server is not None:
            server.stop()
    say("round trip passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
