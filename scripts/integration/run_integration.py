"""Run the instruction_dataset_build DAG on a real multi-worker Airflow deployment and check it.

Started by ``scripts/integration/run.sh`` (``make integration``) once PostgreSQL and Redis run; it
reads their URLs from ``$INTEGRATION_DB_URL`` and ``$INTEGRATION_BROKER_URL``. Steps:

1. configure Airflow through environment variables only (CeleryExecutor, PostgreSQL, Redis, a
   fresh AIRFLOW_HOME and data root under the run directory, generated JWT secret and Fernet key);
2. ``airflow db migrate``; start api-server, scheduler, dag-processor, triggerer and two Celery
   workers, each in its own session with its PID recorded in ``<run dir>/pids``;
3. trigger the DAG on ``examples/sample`` through the REST API, wait for the run, check that every
   task instance succeeded and that both workers ran tasks (each worker reports its own name as
   the task instances' ``hostname`` through ``[core] hostname_callable``);
4. run the same corpus through the CLI and compare the exported Parquet files byte for byte; when
   they differ, say which metadata or column differs; open the report pages in headless Chromium;
5. the worker-kill scenario (:func:`worker_kill_scenario`): a second DAG run; once a ``deidentify``
   shard is de-identifying, SIGKILL its Celery worker's whole process tree, restart the worker under
   the same name, let Airflow find the task without a heartbeat and retry it; the run must succeed,
   the killed task show try_number >= 2, the export be byte-identical to the first run's, the
   manifest reconcile and no temp or partial file remain.

Every component it started is stopped on exit, also on failure, Ctrl-C or SIGTERM. Exit code 0
only when all checks pass.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
DAG_ID = "instruction_dataset_build"
CORPUS = "examples/sample"
CONFIG = "scripts/integration/shards.yaml"
BLOCKED_CONFIG = "scripts/integration/blocked.yaml"
"""Small shards, so the mapped tasks spread over both workers (the export is the same for any size)."""
WORKERS = ("worker-1", "worker-2")
WORKER_NAME_ENV = "INSTRUCTFLOW_WORKER_NAME"
HOSTNAME_CALLABLE = "scripts.integration.run_integration.worker_hostname"
EXPORT_FILES = ("train.parquet", "validation.parquet")
FAILED_STATES = {"failed", "upstream_failed", "up_for_retry", "removed", "restarting"}
HEARTBEAT_TIMEOUT = 30
"""``[scheduler] task_instance_heartbeat_timeout`` (default 300 s): how long a running task instance
may go without a heartbeat before the scheduler fails it (and Airflow retries it). Shortened so the
killed worker's task is found in seconds; task supervisors heartbeat every 5 s
(``[workers] min_heartbeat_interval``), so a live task never comes near it."""
HEARTBEAT_CHECK_INTERVAL = 2
"""``[scheduler] task_instance_heartbeat_timeout_detection_interval`` (default 10 s)."""
MAX_RETRY_DELAY = 5
"""``[core] max_task_retry_delay`` (default 86400 s), the cap on the exponential backoff between
retries (the DAG's 2 minutes, doubled per try), so the killed task's retry starts seconds after the
scheduler found it. The DAG's own ``retries`` are left as they are."""
RUN_END_STATES = {"success", "failed"}


def worker_hostname() -> str:
    """``[core] hostname_callable`` of the workers: the name in ``$INSTRUCTFLOW_WORKER_NAME``.

    Task instances record it as their ``hostname``, so a run shows which worker ran each task.
    Without the variable (any other component), the machine's FQDN, as Airflow's default.
    """
    return os.environ.get(WORKER_NAME_ENV) or socket.getfqdn()


# --------------------------------------------------------------------------------------------
# Pure helpers (unit-tested in tests/scripts/test_integration_helpers.py)
# --------------------------------------------------------------------------------------------


_PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)", re.MULTILINE)


def lock_pins(text: str) -> dict[str, str]:
    """``{normalised name: version}`` of the ``name==version`` lines of a uv/pip lock file."""
    return {re.sub(r"[-_.]+", "-", m.group(1)).lower(): m.group(2) for m in _PIN.finditer(text)}


def stale_pins(runtime_lock: str, integration_lock: str) -> list[str]:
    """Packages of requirements.txt that requirements-integration.txt lacks or pins differently.

    The integration lock is installed over the project venv, so it must keep every runtime pin.
    """
    runtime, integration = lock_pins(runtime_lock), lock_pins(integration_lock)
    return [
        f"{name}=={version} (integration lock: {integration.get(name, 'missing')})"
        for name, version in sorted(runtime.items())
        if integration.get(name) != version
    ]


def result_backend_url(db_url: str) -> str:
    """Celery's database result backend URL for a SQLAlchemy URL (``db+`` prefix)."""
    return db_url if db_url.startswith("db+") else f"db+{db_url}"


def airflow_env(
    base: Mapping[str, str],
    *,
    run_dir: Path,
    db_url: str,
    broker_url: str,
    api_port: int,
    jwt_secret: str,
    fernet_key: str,
) -> dict[str, str]:
    """The environment of every Airflow process: all configuration, nothing from airflow.cfg's paths.

    Inherited ``AIRFLOW*`` variables (the Makefile exports a SQLite URL and a home) are dropped so
    nothing of the local set-up leaks in.
    """
    env = {k: v for k, v in base.items() if not k.startswith("AIRFLOW")}
    env.update(
        {
            "AIRFLOW_HOME": str(run_dir / "airflow-home"),
            "AIRFLOW_CONFIG": str(ROOT / "airflow.cfg"),
            "AIRFLOW__CORE__DAGS_FOLDER": str(ROOT / "dags"),
            "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
            "AIRFLOW__CORE__EXECUTOR": "CeleryExecutor",
            "AIRFLOW__CORE__FERNET_KEY": fernet_key,
            "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": f"http://127.0.0.1:{api_port}/execution/",
            # SimpleAuthManager: every user is an admin, so GET /auth/token hands out a JWT.
            "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_ALL_ADMINS": "True",
            "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": db_url,
            "AIRFLOW__CELERY__BROKER_URL": broker_url,
            "AIRFLOW__CELERY__RESULT_BACKEND": result_backend_url(db_url),
            "AIRFLOW__API__HOST": "127.0.0.1",
            "AIRFLOW__API__PORT": str(api_port),
            "AIRFLOW__API_AUTH__JWT_SECRET": jwt_secret,
            # Only the run this script triggers: no scheduled (cron) run when the DAG is unpaused.
            "AIRFLOW__SCHEDULER__USE_JOB_SCHEDULE": "False",
            # The worker-kill scenario: a task whose worker died is found and retried in seconds.
            "AIRFLOW__SCHEDULER__TASK_INSTANCE_HEARTBEAT_TIMEOUT": str(HEARTBEAT_TIMEOUT),
            "AIRFLOW__SCHEDULER__TASK_INSTANCE_HEARTBEAT_TIMEOUT_DETECTION_INTERVAL": str(HEARTBEAT_CHECK_INTERVAL),
            "AIRFLOW__CORE__MAX_TASK_RETRY_DELAY": str(MAX_RETRY_DELAY),
            "INSTRUCTFLOW_DATA_ROOT": str(run_dir / "data"),
            "GX_ANALYTICS_ENABLED": "false",
            "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": "",
            "HF_HUB_OFFLINE": "1",
            "HF_DATASETS_OFFLINE": "1",
            "PATH": f"{ROOT / '.venv' / 'bin'}{os.pathsep}{base.get('PATH', '/usr/bin:/bin')}",
        }
    )
    return env


def worker_env(env: Mapping[str, str], name: str) -> dict[str, str]:
    """A worker's environment: reports ``name`` as the hostname of the tasks it runs."""
    return {**env, WORKER_NAME_ENV: name, "AIRFLOW__CORE__HOSTNAME_CALLABLE": HOSTNAME_CALLABLE}


def _state(ti: Mapping[str, Any]) -> str:
    return str(ti.get("state") or "none")


def sort_task_instances(tis: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """Task instances in execution order (start date), then task id and map index."""
    return sorted(
        tis, key=lambda ti: (ti.get("start_date") or "9999", str(ti.get("task_id")), int(ti.get("map_index", -1)))
    )


def progress_line(elapsed: float, run_state: str, tis: Iterable[Mapping[str, Any]]) -> str:
    """One line of progress: the run's state, task-instance counts per state, what runs where."""
    tis = list(tis)
    counts = Counter(_state(ti) for ti in tis)
    parts = [f"{state} {n}" for state, n in sorted(counts.items())]
    running = [
        f"{ti['task_id']}{'' if int(ti.get('map_index', -1)) < 0 else '[' + str(ti['map_index']) + ']'}"
        f"@{ti.get('hostname') or '?'}"
        for ti in tis
        if _state(ti) == "running"
    ]
    line = f"[{elapsed:5.0f}s] run {run_state}: {len(tis)} task instances ({', '.join(parts) or 'none yet'})"
    if running:
        line += f"; running {' '.join(running)}"
    return line


def task_table(tis: Iterable[Mapping[str, Any]], *, tries: bool = False) -> str:
    """The task_id / map_index / state / worker table of a run's task instances (``tries``: and try_number)."""
    rows = [
        (
            str(ti.get("task_id")),
            str(ti.get("map_index", -1)),
            _state(ti),
            str(ti.get("hostname") or "-"),
            f"{ti['duration']:.1f}" if isinstance(ti.get("duration"), int | float) else "-",
            *((str(ti.get("try_number", "-")),) if tries else ()),
        )
        for ti in sort_task_instances(tis)
    ]
    header = ("task_id", "map_index", "state", "worker", "seconds", *(("try",) if tries else ()))
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines = []
    for row in [header, *rows]:
        cells = [c.rjust(w) if i in (1, 4, 5) else c.ljust(w) for i, (c, w) in enumerate(zip(row, widths))]
        lines.append("  " + "  ".join(cells).rstrip())
    return "\n".join(lines)


def check_task_instances(tis: Iterable[Mapping[str, Any]], workers: Iterable[str]) -> list[str]:
    """Problems with a finished run's task instances: any not successful, any worker left idle."""
    tis = list(tis)
    problems = []
    if not tis:
        problems.append("the run has no task instances")
    bad = [ti for ti in tis if _state(ti) != "success"]
    for ti in bad:
        problems.append(f"task {ti.get('task_id')} (map_index {ti.get('map_index', -1)}) is {_state(ti)}")
    used = Counter(str(ti.get("hostname") or "") for ti in tis if _state(ti) == "success")
    for worker in workers:
        if not used.get(worker):
            problems.append(f"worker {worker} ran no task (tasks per host: {dict(used)})")
    unknown = set(used) - set(workers)
    if unknown:
        problems.append(f"tasks ran on unexpected hosts: {sorted(unknown)}")
    return problems


def sha256_file(path: Path) -> str:
    """Hex SHA-256 of a file."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _short(value: Any, limit: int = 70) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def parquet_differences(path_a: Path, path_b: Path, *, label_a: str = "a", label_b: str = "b") -> list[str]:
    """Why two Parquet files differ: file and schema metadata, schema, then column values.

    Returns one line per difference found, most basic first; empty when the files hold the same
    metadata, schema and values (then only the encoding/page layout of the bytes differs).
    """
    import pyarrow.parquet as pq

    fa, fb = pq.ParquetFile(path_a), pq.ParquetFile(path_b)
    ma, mb = fa.metadata, fb.metadata
    out: list[str] = []
    for attr in ("num_rows", "num_row_groups", "num_columns", "created_by", "format_version"):
        va, vb = getattr(ma, attr), getattr(mb, attr)
        if va != vb:
            out.append(f"file metadata {attr}: {label_a}={_short(va)} {label_b}={_short(vb)}")
    sa, sb = fa.schema_arrow, fb.schema_arrow
    meta_a, meta_b = dict(sa.metadata or {}), dict(sb.metadata or {})
    kva, kvb = dict(ma.metadata or {}), dict(mb.metadata or {})
    # The Arrow schema's metadata is also stored as file key-value metadata: reported once, below.
    for key in sorted((set(kva) | set(kvb)) - set(meta_a) - set(meta_b) - {b"ARROW:schema"}):
        if kva.get(key) != kvb.get(key):
            out.append(
                f"file key-value metadata {key.decode(errors='replace')!r}: "
                f"{label_a}={_short(kva.get(key))} {label_b}={_short(kvb.get(key))}"
            )
    for key in sorted(set(meta_a) | set(meta_b)):
        if meta_a.get(key) != meta_b.get(key):
            out.append(
                f"schema metadata {key.decode(errors='replace')!r}: "
                f"{label_a}={_short(meta_a.get(key))} {label_b}={_short(meta_b.get(key))}"
            )
    if sa.names != sb.names:
        out.append(f"columns: {label_a}={sa.names} {label_b}={sb.names}")
    for name in [n for n in sa.names if n in sb.names]:
        field_a, field_b = sa.field(name), sb.field(name)
        if field_a.type != field_b.type or field_a.nullable != field_b.nullable:
            out.append(f"column {name!r} type: {label_a}={field_a.type} {label_b}={field_b.type}")
        elif (field_a.metadata or {}) != (field_b.metadata or {}):
            out.append(f"column {name!r} field metadata: {label_a}={field_a.metadata} {label_b}={field_b.metadata}")
    ta, tb = fa.read(), fb.read()
    for name in [n for n in sa.names if n in sb.names]:
        col_a, col_b = ta.column(name), tb.column(name)
        if col_a.type != col_b.type or col_a.equals(col_b):
            continue
        va, vb = col_a.to_pylist(), col_b.to_pylist()
        if len(va) != len(vb):
            out.append(f"column {name!r}: {label_a} has {len(va)} values, {label_b} {len(vb)}")
            continue
        diff_rows = [i for i, (x, y) in enumerate(zip(va, vb)) if x != y]
        if not diff_rows:
            continue
        if sorted(map(repr, va)) == sorted(map(repr, vb)):
            out.append(f"column {name!r}: same values in a different row order ({len(diff_rows)} rows moved)")
            continue
        i = diff_rows[0]
        out.append(
            f"column {name!r}: {len(diff_rows)} of {len(va)} rows differ, first at row {i}: "
            f"{label_a}={_short(va[i])} {label_b}={_short(vb[i])}"
        )
    if not out:
        # Same metadata, schema and values: the difference is in how the bytes were written.
        for rg in range(min(ma.num_row_groups, mb.num_row_groups)):
            ra, rb = ma.row_group(rg), mb.row_group(rg)
            for c in range(min(ra.num_columns, rb.num_columns)):
                ca, cb = ra.column(c), rb.column(c)
                for attr in ("compression", "encodings", "total_compressed_size", "total_uncompressed_size"):
                    if getattr(ca, attr) != getattr(cb, attr):
                        out.append(
                            f"row group {rg} column {ca.path_in_schema!r} {attr}: "
                            f"{label_a}={getattr(ca, attr)} {label_b}={getattr(cb, attr)}"
                        )
    return out


# --------------------------------------------------------------------------------------------
# Processes
# --------------------------------------------------------------------------------------------


class IntegrationError(Exception):
    """A check or a component failed; the message is one line, the log (if any) is tailed."""

    def __init__(self, message: str, log: Path | None = None):
        super().__init__(message)
        self.log = log


def tail(path: Path, lines: int = 30) -> str:
    """The last lines of a text file, indented (empty if it cannot be read)."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:]
    except OSError:
        return ""
    return "\n".join("    " + line for line in text)


class Components:
    """Background processes, each in its own session (its PID is the session id), logs to files."""

    def __init__(self, run_dir: Path):
        self.logs = run_dir / "logs"
        self.pids = run_dir / "pids"
        self.procs: dict[str, subprocess.Popen] = {}
        self.log_files: dict[str, Path] = {}
        self.watched: set[str] = set()
        self.specs: dict[str, tuple[list[str], dict[str, str], bool]] = {}

    def start(self, name: str, argv: list[str], env: Mapping[str, str], *, watch: bool = True) -> None:
        """Start ``argv`` in the background; output to ``logs/<name>.log``; PID in ``pids/<name>.sid``.

        ``watch``: a long-running service, so its exit is a failure (see :meth:`check_alive`).
        """
        log = self.logs / f"{name}.log"
        with log.open("ab") as fh:
            proc = subprocess.Popen(
                argv, cwd=ROOT, env=dict(env), stdin=subprocess.DEVNULL, stdout=fh, stderr=subprocess.STDOUT,
                start_new_session=True,
            )  # fmt: skip
        self.procs[name] = proc
        self.log_files[name] = log
        self.specs[name] = (list(argv), dict(env), watch)
        if watch:
            self.watched.add(name)
        (self.pids / f"{name}.sid").write_text(f"{proc.pid}\n")

    def forget(self, name: str) -> None:
        """Drop a process that has ended by itself."""
        self.procs.pop(name, None)
        self.watched.discard(name)
        (self.pids / f"{name}.sid").unlink(missing_ok=True)

    def check_alive(self) -> None:
        """Raise if a component has exited."""
        for name in sorted(self.watched):
            proc = self.procs[name]
            if proc.poll() is not None:
                raise IntegrationError(f"{name} exited with code {proc.returncode}", self.log_files[name])

    def kill_tree(self, name: str) -> list[tuple[int, str]]:
        """SIGKILL a component at once with every process of its session and every descendant.

        No graceful stop: what a lost machine or the OOM killer does. Returns ``(pid, command)`` of
        each process killed; raises IntegrationError if one survives. The component is forgotten
        (its exit is no failure); :meth:`restart` starts it again.
        """
        import psutil

        proc = self.procs[name]
        victims: dict[int, psutil.Process] = {}
        for _ in range(5):
            found: list[psutil.Process] = []
            for pid in self._session_pids(proc.pid):
                with contextlib.suppress(psutil.Error):
                    found.append(psutil.Process(pid))
            with contextlib.suppress(psutil.Error):
                found += psutil.Process(proc.pid).children(recursive=True)
            found = [p for p in found if p.pid not in victims]
            if not found:
                break
            for p in found:
                with contextlib.suppress(psutil.Error):
                    p.suspend()  # SIGSTOP first: no process forks or respawns a child while we kill
                victims[p.pid] = p
        described = []
        for pid, p in sorted(victims.items()):
            try:
                argv = p.cmdline()
                described.append((pid, " ".join([os.path.basename(argv[0]), *argv[1:]])[:50] if argv else p.name()))
            except psutil.Error:
                described.append((pid, "?"))
        for p in victims.values():
            with contextlib.suppress(psutil.Error):
                p.kill()
        proc.wait(timeout=10)  # our child: reap it

        def running(p: psutil.Process) -> bool:
            try:
                return p.is_running() and p.status() != psutil.STATUS_ZOMBIE
            except psutil.Error:
                return False

        deadline = time.monotonic() + 10
        alive = [p for p in victims.values() if running(p)]
        while alive and time.monotonic() < deadline:
            time.sleep(0.1)
            alive = [p for p in alive if running(p)]
        self.procs.pop(name)
        self.watched.discard(name)
        (self.pids / f"{name}.sid").unlink(missing_ok=True)
        if alive:
            raise IntegrationError(f"{len(alive)} process(es) of {name} survived SIGKILL: {[p.pid for p in alive]}")
        return described

    def restart(self, name: str) -> None:
        """Start a component again as :meth:`start` first did (same command, environment, log)."""
        argv, env, watch = self.specs[name]
        self.start(name, argv, env, watch=watch)

    def _session_pids(self, sid: int) -> list[int]:
        import psutil

        pids = []
        for p in psutil.process_iter():
            try:
                if os.getsid(p.pid) == sid:
                    pids.append(p.pid)
            except (ProcessLookupError, PermissionError, OSError):
                continue
        return pids

    def stop_all(self, grace: float = 20.0) -> str:
        """SIGTERM each component, wait up to ``grace``, then SIGKILL whatever is left of its session.

        Returns a short note on the slowest component (for the log line).
        """
        start = time.monotonic()
        for proc in self.procs.values():
            if proc.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(proc.pid, signal.SIGTERM)
        took: dict[str, float] = {}
        while len(took) < len(self.procs) and time.monotonic() - start < grace:
            for name, proc in self.procs.items():
                if name not in took and proc.poll() is not None:
                    took[name] = time.monotonic() - start
            time.sleep(0.1)
        killed = sorted(set(self.procs) - set(took))
        # Children (Celery pool processes, task supervisors, uvicorn workers) share the session.
        for _ in range(3):
            left = {name: self._session_pids(proc.pid) for name, proc in self.procs.items()}
            if not any(left.values()):
                break
            for pids in left.values():
                for pid in pids:
                    with contextlib.suppress(ProcessLookupError, PermissionError):
                        os.kill(pid, signal.SIGKILL)
            time.sleep(0.5)
        for name, proc in self.procs.items():
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                print(f"integration: WARNING: {name} (pid {proc.pid}) did not stop", file=sys.stderr)
                continue
            (self.pids / f"{name}.sid").unlink(missing_ok=True)
        self.procs.clear()
        self.watched.clear()
        if killed:
            return f"killed after {grace:.0f}s: {', '.join(killed)}"
        slowest = max(took, key=took.get, default=None)
        return f"slowest {slowest} {took[slowest]:.0f}s" if slowest else "nothing was running"


# --------------------------------------------------------------------------------------------
# REST API
# --------------------------------------------------------------------------------------------


class Api:
    """A tiny client of Airflow's REST API v2 (JWT from SimpleAuthManager's ``GET /auth/token``)."""

    def __init__(self, base: str):
        self.base = base.rstrip("/")
        self.token: str | None = None

    def request(self, method: str, path: str, body: Any = None, *, auth: bool = True, timeout: float = 30) -> Any:
        """Send one request; returns the decoded JSON body (raises urllib.error.HTTPError on 4xx/5xx)."""
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(self.base + path, data=data, method=method)
        req.add_header("Accept", "application/json")
        if data is not None:
            req.add_header("Content-Type", "application/json")
        if auth:
            if self.token is None:
                self.token = self.request("GET", "/auth/token", auth=False)["access_token"]
            req.add_header("Authorization", f"Bearer {self.token}")
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            raw = resp.read()
        return json.loads(raw) if raw else None

    def task_instances(self, run_id: str) -> list[dict[str, Any]]:
        """Every task instance of a run, mapped ones included (paged)."""
        out: list[dict[str, Any]] = []
        quoted = urllib.request.quote(run_id, safe="")
        while True:
            page = self.request(
                "GET", f"/api/v2/dags/{DAG_ID}/dagRuns/{quoted}/taskInstances?limit=100&offset={len(out)}"
            )
            out.extend(page["task_instances"])
            if not page["task_instances"] or len(out) >= page["total_entries"]:
                return out


# --------------------------------------------------------------------------------------------
# The run
# --------------------------------------------------------------------------------------------


def say(msg: str) -> None:
    """One progress line on stdout."""
    print(f"integration: {msg}", flush=True)


def wait_for(what: str, probe, *, timeout: float, components: Components, log: Path | None, every: float = 1.0):
    """Call ``probe`` until it returns a truthy value; fail if a component dies or time runs out."""
    start = time.monotonic()
    last_error = ""
    while time.monotonic() - start < timeout:
        components.check_alive()
        try:
            value = probe()
            if value:
                return value
        except (OSError, urllib.error.URLError, ValueError, KeyError) as exc:
            last_error = f" (last error: {exc})"
        time.sleep(every)
    raise IntegrationError(f"timed out after {timeout:.0f}s waiting for {what}{last_error}", log)


def _health(api: Api) -> dict[str, str]:
    health = api.request("GET", "/api/v2/monitor/health", auth=False, timeout=10)
    return {name: (part or {}).get("status", "?") for name, part in health.items()}


def run(args: argparse.Namespace) -> int:
    """All steps; raises IntegrationError on the first failed check."""
    from cryptography.fernet import Fernet

    run_dir = Path(args.run_dir).resolve()
    for sub in ("logs", "pids", "airflow-home", "data"):
        (run_dir / sub).mkdir(parents=True, exist_ok=True)
    db_url = os.environ["INTEGRATION_DB_URL"]
    broker_url = os.environ["INTEGRATION_BROKER_URL"]
    env = airflow_env(
        os.environ,
        run_dir=run_dir,
        db_url=db_url,
        broker_url=broker_url,
        api_port=args.api_port,
        jwt_secret=secrets.token_urlsafe(32),
        fernet_key=Fernet.generate_key().decode(),
    )
    logs = run_dir / "logs"
    airflow = str(ROOT / ".venv" / "bin" / "airflow")
    components = Components(run_dir)
    t0 = time.monotonic()
    try:
        say("airflow db migrate (PostgreSQL) ...")
        with (logs / "db-migrate.log").open("wb") as fh:
            rc = subprocess.run(
                [airflow, "db", "migrate"], cwd=ROOT, env=env, stdout=fh, stderr=subprocess.STDOUT, check=False
            ).returncode
        if rc:
            raise IntegrationError(f"airflow db migrate failed (exit {rc})", logs / "db-migrate.log")

        say(
            f"starting api-server (127.0.0.1:{args.api_port}), scheduler, dag-processor, triggerer, "
            f"Celery workers {', '.join(WORKERS)} ..."
        )
        components.start(
            "api-server", [airflow, "api-server", "-H", "127.0.0.1", "-p", str(args.api_port), "-w", "1"], env
        )
        components.start("scheduler", [airflow, "scheduler"], env)
        components.start("dag-processor", [airflow, "dag-processor"], env)
        components.start("triggerer", [airflow, "triggerer", "--skip-serve-logs"], env)
        host = socket.gethostname()
        for name in WORKERS:
            # --skip-serve-logs: task logs are files on this machine; no log server on 0.0.0.0.
            components.start(
                name,
                [airflow, "celery", "worker", "--celery-hostname", f"{name}@{host}", "--concurrency",
                 str(args.concurrency), "--skip-serve-logs"],
                worker_env(env, name),
            )  # fmt: skip

        api = Api(f"http://127.0.0.1:{args.api_port}")
        timeout = args.start_timeout
        wait_for(
            "the api-server (/api/v2/monitor/health)",
            lambda: _health(api).get("metadatabase") == "healthy",
            timeout=timeout, components=components, log=components.log_files["api-server"],
        )  # fmt: skip
        for part, name in (("scheduler", "scheduler"), ("dag_processor", "dag-processor"), ("triggerer", "triggerer")):
            wait_for(
                f"the {name} heartbeat",
                lambda part=part: _health(api).get(part) == "healthy",
                timeout=timeout, components=components, log=components.log_files[name],
            )  # fmt: skip
        workers_seen = wait_for(
            "both Celery workers to answer a ping through Redis",
            lambda: _ping_workers(broker_url, len(WORKERS)),
            timeout=timeout, components=components, log=components.log_files[WORKERS[-1]], every=2.0,
        )  # fmt: skip
        say(f"up in {time.monotonic() - t0:.0f}s: health all healthy; workers {', '.join(sorted(workers_seen))}")

        def dag_parsed() -> bool:
            errors = api.request("GET", "/api/v2/importErrors?limit=100")["import_errors"]
            for err in errors:
                if "instruction_dataset_build" in err.get("filename", ""):
                    first = (err.get("stack_trace") or "").strip().splitlines()[-1:] or ["?"]
                    raise IntegrationError(
                        f"the DAG file does not import: {first[0]}", components.log_files["dag-processor"]
                    )
            try:
                api.request("GET", f"/api/v2/dags/{DAG_ID}")
            except urllib.error.HTTPError as exc:
                if exc.code == 404:
                    return False
                raise
            return True

        wait_for("the dag-processor to parse the DAG", dag_parsed, timeout=timeout, components=components,
                 log=components.log_files["dag-processor"], every=2.0)  # fmt: skip
        api.request("PATCH", f"/api/v2/dags/{DAG_ID}", {"is_paused": False})
        conf = {"corpus_paths": [CORPUS], "config_path": CONFIG}
        dag_run = api.request("POST", f"/api/v2/dags/{DAG_ID}/dagRuns", {"logical_date": None, "conf": conf})
        run_id = dag_run["dag_run_id"]
        say(f"triggered {DAG_ID} run {run_id} with conf {json.dumps(conf)} (DAG unpaused)")

        # The CLI run of the same corpus goes on meanwhile (the DAG run waits on scheduling a lot).
        cli_out = run_dir / "cli-run"
        cli_log = logs / "cli-run.log"
        components.start(
            "cli-run",
            [str(ROOT / ".venv" / "bin" / "python"), "-m", "pipeline", "run", "--corpus", CORPUS,
             "--out", str(cli_out), "--config", CONFIG, "--quiet"],
            env, watch=False,
        )  # fmt: skip
        cli = components.procs["cli-run"]

        tis = wait_for_run(api, run_id, components, env, timeout=args.run_timeout)
        print()
        print(f"DAG run {run_id}: success ({len(tis)} task instances)")
        print(task_table(tis))
        problems = check_task_instances(tis, WORKERS)
        if problems:
            raise IntegrationError("; ".join(problems))
        per_worker = Counter(ti.get("hostname") for ti in tis)
        print("tasks per worker: " + ", ".join(f"{w} {per_worker[w]}" for w in WORKERS))
        print()

        say("waiting for the CLI run of the same corpus ...")
        try:
            rc = cli.wait(timeout=args.run_timeout)
        except subprocess.TimeoutExpired as exc:
            raise IntegrationError("the CLI run did not finish in time", cli_log) from exc
        components.forget("cli-run")
        if rc:
            raise IntegrationError(f"the CLI run failed (exit {rc})", cli_log)

        from pipeline.runtime.steps import safe_run_name

        dag_export = run_dir / "data" / "runs" / safe_run_name(run_id) / "export"
        cli_export = cli_out / "export"
        identical = True
        export_sha256: dict[str, str] = {}
        print("byte-for-byte comparison of the exports (sha256):")
        for name in EXPORT_FILES:
            a, b = dag_export / name, cli_export / name
            for path in (a, b):
                if not path.is_file():
                    raise IntegrationError(f"missing export file {path}")
            ha, hb = sha256_file(a), sha256_file(b)
            export_sha256[name] = ha
            same = ha == hb
            identical &= same
            print(f"  {name:<20} DAG {ha}")
            print(f"  {'':<20} CLI {hb}  {'identical' if same else 'DIFFERENT'}")
            if not same:
                for line in parquet_differences(a, b, label_a="DAG", label_b="CLI") or [
                    "same metadata, schema and values; only the byte layout differs"
                ]:
                    print(f"    - {line}")
        if not identical:
            raise IntegrationError("the DAG's export is not byte-identical to the CLI's (differences above)")

        check_pages_in_a_browser(run_dir, [dag_export.parent, cli_out], env)
        worker_kill_scenario(
            api, components, env, broker_url, run_dir,
            reference_dir=dag_export.parent, reference_sha256=export_sha256, timeout=args.run_timeout,
        )  # fmt: skip
        say(f"all checks passed in {time.monotonic() - t0:.0f}s (DAG export: {dag_export})")
        return 0
    finally:
        # A second Ctrl-C or SIGTERM must not cut the clean-up short.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        say("stopping Airflow components ...")
        stopped = time.monotonic()
        note = components.stop_all()
        say(f"stopped in {time.monotonic() - stopped:.0f}s ({note})")


def check_pages_in_a_browser(run_dir: Path, run_dirs: list[Path], env: Mapping[str, str]) -> None:
    """Open the reports of ``run_dirs`` and of a blocked CLI run in headless Chromium with no network.

    Screenshots go to ``<run_dir>/shots/``; fails when a page requests the network, misses a local file
    or shows its styles did not apply (``scripts/integration/browser_check.py``).
    """
    from scripts.integration.browser_check import check_runs

    blocked = run_dir / "cli-blocked"
    log = run_dir / "logs" / "cli-blocked.log"
    say("a CLI run that a blocking validation stops (scripts/integration/blocked.yaml) ...")
    with log.open("wb") as fh:
        rc = subprocess.run(
            [str(ROOT / ".venv" / "bin" / "python"), "-m", "pipeline", "run", "--corpus", CORPUS,
             "--out", str(blocked), "--config", BLOCKED_CONFIG],
            cwd=ROOT, env=dict(env), stdout=fh, stderr=subprocess.STDOUT, check=False,
        ).returncode  # fmt: skip
    if rc != 3 or not (blocked / "manifest.json").is_file():
        raise IntegrationError(f"the blocked run should exit 3 with a manifest; it exited {rc}", log)
    shots = run_dir / "shots"
    say(f"opening the report pages in headless Chromium with no network (screenshots: {shots}) ...")
    results = check_runs([*run_dirs, blocked], shots)
    for r in results:
        verdict = "ok" if not r.problems else "FAILED: " + "; ".join(r.problems[:3])
        print(f"  {r.screenshot}  {verdict}")
    bad = [r for r in results if r.problems]
    if bad:
        raise IntegrationError(f"{len(bad)} report page(s) do not work offline: {bad[0].path}: {bad[0].problems[0]}")
    say(f"{len(results)} report pages render styled with no network")


def worker_kill_scenario(
    api: Api,
    components: Components,
    env: Mapping[str, str],
    broker_url: str,
    run_dir: Path,
    *,
    reference_dir: Path,
    reference_sha256: Mapping[str, str],
    timeout: float,
) -> None:
    """A second DAG run during which the worker de-identifying a shard is SIGKILLed; check the recovery.

    Waits until a ``deidentify`` shard has started de-identifying on a worker (its task log's
    ``started`` line), SIGKILLs that worker's whole process tree (Celery main process, pool processes
    = task supervisors, task processes), restarts it under the same name, and lets Airflow recover:
    the scheduler fails the task instance that stopped heartbeating (after ``HEARTBEAT_TIMEOUT``)
    and the DAG's retries run it again. Then: the run succeeded; the killed instance ran again
    (try_number >= 2) and its first try ended mid stage; the export is byte-identical to the
    undisturbed run's (``reference_sha256``, equal to the CLI's); the manifest reconciles and matches
    ``reference_dir``'s; the run directory holds no temp, partial or extra file.
    """
    import psutil

    from pipeline.runtime.steps import safe_run_name
    from scripts.integration import worker_kill as wk

    t0 = time.monotonic()
    print()
    say(
        f"worker-kill scenario: a second run; SIGKILL the Celery worker running a {wk.FAULT_TASK} shard "
        "mid de-identification, restart it, let Airflow retry the task"
    )
    conf = {"corpus_paths": [CORPUS], "config_path": wk.FAULT_CONFIG, "dataset_name": wk.FAULT_DATASET}
    run_id = api.request("POST", f"/api/v2/dags/{DAG_ID}/dagRuns", {"logical_date": None, "conf": conf})["dag_run_id"]
    quoted = urllib.request.quote(run_id, safe="")
    say(f"  triggered run {run_id} with conf {json.dumps(conf)}")

    def attempt_log(ti: Mapping[str, Any], attempt: int) -> Path:
        base = Path(env["AIRFLOW_HOME"]) / "logs" / f"dag_id={DAG_ID}" / f"run_id={run_id}"
        return base / f"task_id={ti['task_id']}" / f"map_index={ti['map_index']}" / f"attempt={attempt}.log"

    def phase(ti: Mapping[str, Any]) -> str:
        try:
            text = attempt_log(ti, int(ti.get("try_number") or 1)).read_text(encoding="utf-8", errors="replace")
        except OSError:
            return "waiting"
        return wk.shard_phase(text, wk.FAULT_TASK)

    # 1. A shard being de-identified on a worker (not just started as a task: its stage began).
    victim: Mapping[str, Any] | None = None
    while victim is None:
        components.check_alive()
        tis = api.task_instances(run_id)
        bad = [ti for ti in tis if _state(ti) in FAILED_STATES]
        if bad:
            raise IntegrationError(
                f"fault run: task {wk.ti_label(bad[0])} is {_state(bad[0])} before the kill",
                _task_log(env, run_id, bad[0]),
            )
        running = [ti for ti in tis if wk.pick_victim([ti], wk.FAULT_TASK, WORKERS)]
        victim = next((ti for ti in sort_task_instances(running) if phase(ti) == "started"), None)
        if victim is None:
            shards = [_state(ti) for ti in tis if ti.get("task_id") == wk.FAULT_TASK]
            if shards and all(state == "success" for state in shards):
                raise IntegrationError(f"fault run: every {wk.FAULT_TASK} shard finished before one could be killed")
            if time.monotonic() - t0 > timeout:
                raise IntegrationError(f"fault run: no {wk.FAULT_TASK} shard ran within {timeout:.0f}s",
                                       components.log_files["scheduler"])  # fmt: skip
            time.sleep(0.5)
    label, worker, pid = wk.ti_label(victim), str(victim["hostname"]), int(victim["pid"])
    say(
        f"  [{time.monotonic() - t0:4.0f}s] {label} is de-identifying on {worker} (try {victim.get('try_number')}, "
        f"task pid {pid}; its log shows the shard's 'started' line); SIGKILL of {worker} in {wk.KILL_AFTER:.0f}s"
    )
    time.sleep(wk.KILL_AFTER)

    # 2. SIGKILL the worker's process tree while the shard is still at work.
    worker_sid = components.procs[worker].pid
    try:
        task_sid = os.getsid(pid)
    except OSError as exc:
        raise IntegrationError(f"fault run: the task process {pid} of {label} is gone before the kill") from exc
    if task_sid != worker_sid:
        raise IntegrationError(
            f"fault run: task pid {pid} of {label} is in session {task_sid}, not in {worker}'s ({worker_sid})"
        )
    before = api.task_instances(run_id)
    now = next(ti for ti in before if wk.ti_label(ti) == label)
    if _state(now) != "running" or phase(now) != "started":
        raise IntegrationError(
            f"fault run: {label} finished ({_state(now)}) before the kill; raise KILL_AFTER's margin",
            attempt_log(victim, 1),
        )
    killed_at = time.monotonic()
    killed_procs = components.kill_tree(worker)
    killed = {wk.ti_label(ti) for ti in before if _state(ti) == "running" and ti.get("hostname") == worker}
    killed |= {
        wk.ti_label(ti) for ti in api.task_instances(run_id) if _state(ti) == "running" and ti.get("hostname") == worker
    }
    say(
        f"  SIGKILL {worker}: {len(killed_procs)} processes ("
        + ", ".join(f"{p} '{cmd}'" for p, cmd in killed_procs[:6])
        + (", ..." if len(killed_procs) > 6 else "")
        + f"); task instances it was running: {', '.join(sorted(killed))}"
    )
    try:
        survived = psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        survived = False
    if survived:
        raise IntegrationError(f"fault run: the task process {pid} of {label} survived the kill")

    # 3. The same worker again; Airflow finds the task without a heartbeat and retries it.
    components.restart(worker)
    wait_for(
        f"the restarted {worker} to answer a ping", lambda: _ping_workers(broker_url, len(WORKERS)),
        timeout=120, components=components, log=components.log_files[worker], every=2.0,
    )  # fmt: skip
    say(
        f"  [+{time.monotonic() - killed_at:3.0f}s] restarted {worker} (pid {components.procs[worker].pid}) "
        f"under the same name; both workers answer a ping"
    )
    seen: dict[str, tuple[str, object, object]] = {}

    def on_poll(tis: list[dict[str, Any]]) -> None:
        for ti in tis:
            name = wk.ti_label(ti)
            if name not in killed:
                continue
            key = (_state(ti), ti.get("try_number"), ti.get("hostname"))
            if seen.get(name) != key:
                seen[name] = key
                print(
                    f"  [+{time.monotonic() - killed_at:3.0f}s after the kill] {name}: {key[0]} "
                    f"(try {key[1]}{', on ' + str(key[2]) if key[0] in ('running', 'success') else ''})",
                    flush=True,
                )

    tis = wait_for_run(api, run_id, components, env, timeout=timeout, retry_allowed=killed, on_poll=on_poll, started=t0)
    print()
    print(f"DAG run {run_id}: success ({len(tis)} task instances)")
    print(task_table(tis, tries=True))

    # 4. How it recovered.
    tries: dict[str, list[Mapping[str, Any]]] = {}
    for ti in tis:
        if int(ti.get("try_number") or 0) >= 2:
            path = f"/api/v2/dags/{DAG_ID}/dagRuns/{quoted}/taskInstances/{ti['task_id']}/{ti['map_index']}/tries"
            tries[wk.ti_label(ti)] = api.request("GET", path)["task_instances"]
    for name, history in sorted(tries.items()):
        steps = ", ".join(
            f"try {t.get('try_number')} {t.get('state')} on {t.get('hostname') or '?'}"
            for t in sorted(history, key=lambda t: int(t.get("try_number") or 0))
        )
        print(f"  {name}: {steps}")
    problems = wk.retry_problems(tis, tries, victim=label, killed_worker=worker, killed=killed)
    first_log = attempt_log(victim, 1)
    try:
        first_phase = wk.shard_phase(first_log.read_text(encoding="utf-8", errors="replace"), wk.FAULT_TASK)
    except OSError:
        first_phase = "no log"
    if first_phase != "started":
        problems.append(f"{label}'s killed try did not end mid stage (its log: {first_phase})")
    if problems:
        raise IntegrationError("fault run: " + "; ".join(problems), first_log)
    print(f"  {label}'s first try ended mid de-identification (its log has the shard's 'started' line, no 'done')")

    # 5. The export, the manifest and the run directory.
    fault_dir = run_dir / "data" / "runs" / safe_run_name(run_id)
    print("byte-for-byte comparison with the undisturbed run's export (= the CLI's) (sha256):")
    different = []
    for name in EXPORT_FILES:
        path = fault_dir / "export" / name
        if not path.is_file():
            raise IntegrationError(f"fault run: missing export file {path}")
        digest = sha256_file(path)
        same = digest == reference_sha256[name]
        print(f"  {name:<20} {digest}  {'identical' if same else 'DIFFERENT from ' + reference_sha256[name]}")
        if not same:
            different.append(name)
            for line in parquet_differences(
                reference_dir / "export" / name, path, label_a="undisturbed", label_b="retried"
            ):
                print(f"    - {line}")
    if different:
        raise IntegrationError(f"fault run: {', '.join(different)} not byte-identical to the undisturbed run's")
    manifest = json.loads((fault_dir / "manifest.json").read_text(encoding="utf-8"))
    reference = json.loads((reference_dir / "manifest.json").read_text(encoding="utf-8"))
    problems = wk.manifest_problems(manifest, reference)
    if problems:
        raise IntegrationError("fault run manifest: " + "; ".join(problems), fault_dir / "manifest.json")
    c = manifest["counts"]
    print(
        f"manifest: input {c['input']} = exported {c['exported']} + rejected {c['rejected']} + duplicates "
        f"{c['duplicates']} + review {c['review']}; counts, stage counters and reasons as the undisturbed run's"
    )
    files = [p.relative_to(fault_dir).as_posix() for p in fault_dir.rglob("*")]
    ref_files = [p.relative_to(reference_dir).as_posix() for p in reference_dir.rglob("*")]
    leftovers = wk.unexpected_files(
        files, ref_files,
        run_ids=(run_id, safe_run_name(run_id)), reference_run_ids=(reference["run_id"], reference_dir.name),
    )  # fmt: skip
    if leftovers:
        raise IntegrationError(
            f"fault run: {len(leftovers)} leftover file(s) in {fault_dir}: {'; '.join(leftovers[:5])}"
        )
    print(f"run directory: {len(files)} entries, no temp, partial or extra file")
    say(f"worker-kill scenario passed in {time.monotonic() - t0:.0f}s (run directory: {fault_dir})")


def _ping_workers(broker_url: str, expected: int) -> list[str]:
    """Names of the Celery workers answering a broadcast ping (empty until ``expected`` answer)."""
    from celery import Celery

    app = Celery(broker=broker_url)
    try:
        replies = app.control.ping(timeout=1.5)
    finally:
        app.close()
    names = sorted(name for reply in replies for name in reply)
    return names if len(names) >= expected else []


def wait_for_run(
    api: Api,
    run_id: str,
    components: Components,
    env: Mapping[str, str],
    *,
    timeout: float,
    retry_allowed: Collection[str] = (),
    on_poll: Callable[[list[dict[str, Any]]], None] | None = None,
    started: float | None = None,
):
    """Poll the run until it ends; fail at the first failed task instance (no waiting for retries).

    ``retry_allowed``: labels (``task_id[map_index]``) of task instances that may be ``up_for_retry``
    (those of the killed worker); ``on_poll`` sees the task instances at every poll. Progress lines
    count seconds from ``started`` (a ``time.monotonic()`` value; default: now).
    """
    from scripts.integration.worker_kill import ti_label

    start = time.monotonic() if started is None else started
    quoted = urllib.request.quote(run_id, safe="")
    last = None
    last_print = 0.0
    while True:
        elapsed = time.monotonic() - start
        components.check_alive()
        dag_run = api.request("GET", f"/api/v2/dags/{DAG_ID}/dagRuns/{quoted}")
        tis = api.task_instances(run_id)
        state = str(dag_run.get("state"))
        snapshot = (state, sorted((t["task_id"], t.get("map_index", -1), _state(t), t.get("hostname")) for t in tis))
        if snapshot != last or elapsed - last_print > 30:
            print(progress_line(elapsed, state, sort_task_instances(tis)), flush=True)
            last, last_print = snapshot, elapsed
        if on_poll is not None:
            on_poll(tis)
        bad = [
            ti
            for ti in tis
            if _state(ti) in FAILED_STATES and not (_state(ti) == "up_for_retry" and ti_label(ti) in retry_allowed)
        ]
        if bad:
            ti = bad[0]
            log = _task_log(env, run_id, ti)
            raise IntegrationError(
                f"task {ti['task_id']} (map_index {ti.get('map_index', -1)}) is {_state(ti)} "
                f"on {ti.get('hostname') or '?'}",
                log,
            )
        if state in RUN_END_STATES:
            if state != "success":
                raise IntegrationError(f"DAG run {run_id} ended {state}", components.log_files["scheduler"])
            return tis
        if elapsed > timeout:
            raise IntegrationError(
                f"DAG run {run_id} still {state} after {timeout:.0f}s", components.log_files["scheduler"]
            )
        time.sleep(2)


def _task_log(env: Mapping[str, str], run_id: str, ti: Mapping[str, Any]) -> Path | None:
    """The newest log file of a task instance under AIRFLOW_HOME/logs, if any."""
    base = Path(env["AIRFLOW_HOME"]) / "logs" / f"dag_id={DAG_ID}" / f"run_id={run_id}" / f"task_id={ti['task_id']}"
    if int(ti.get("map_index", -1)) >= 0:
        base = base / f"map_index={ti['map_index']}"
    logs = sorted(base.glob("attempt=*.log"), key=lambda p: p.stat().st_mtime) if base.is_dir() else []
    return logs[-1] if logs else None


def main(argv: list[str] | None = None) -> int:
    """Entry point; prints a one-line error (and the tail of the log to look at) on failure."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--run-dir", default=str(ROOT / ".integration"))
    parser.add_argument("--api-port", type=int, default=28080)
    parser.add_argument("--concurrency", type=int, default=2, help="Celery worker concurrency")
    parser.add_argument("--start-timeout", type=float, default=float(os.environ.get("INTEGRATION_START_TIMEOUT", 240)))
    parser.add_argument("--run-timeout", type=float, default=float(os.environ.get("INTEGRATION_RUN_TIMEOUT", 900)))
    parser.add_argument(
        "--check-lock", action="store_true", help="only check requirements-integration.txt against requirements.txt"
    )
    args = parser.parse_args(argv)
    if args.check_lock:
        stale = stale_pins(
            (ROOT / "requirements.txt").read_text(encoding="utf-8"),
            (ROOT / "requirements-integration.txt").read_text(encoding="utf-8"),
        )
        if stale:
            print(
                f"integration: ERROR: requirements-integration.txt is out of date with requirements.txt "
                f"({len(stale)} pins differ, e.g. {stale[0]}); recompile it with the command at the top of "
                "requirements-integration.in",
                file=sys.stderr,
            )
            return 1
        return 0

    def on_signal(signum, _frame):
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        raise KeyboardInterrupt(f"signal {signum}")

    # Also SIGINT: run.sh starts this script in the background, where bash ignores SIGINT.
    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    try:
        return run(args)
    except IntegrationError as exc:
        where = f" (log: {exc.log})" if exc.log else ""
        print(f"integration: ERROR: {exc}{where}", file=sys.stderr)
        if exc.log:
            text = tail(exc.log)
            if text:
                print(f"  last lines of {exc.log}:\n{text}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("integration: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
