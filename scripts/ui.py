"""``make ui``: the Airflow UI on this machine, bound to 127.0.0.1, with a login printed on the terminal.

Runs ``airflow standalone`` (api-server with the UI, scheduler, dag-processor, triggerer; SQLite
and the LocalExecutor, state in ``.airflow/``) with the repository's config, waits until the UI
answers, then prints its URL and the login. The password is generated once and kept in
``.airflow/simple_auth_manager_passwords.json.generated`` (git-ignored, readable only by you).
Ctrl-C stops everything it started. Airflow's own output goes to ``.airflow/ui.log``.

    make ui                # http://127.0.0.1:8080
    make ui UI_PORT=8090
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
USER = "admin"


def password_file(home: Path) -> Path:
    """Where Airflow's simple auth manager keeps its passwords (its default file name in AIRFLOW_HOME)."""
    return home / "simple_auth_manager_passwords.json.generated"


def ensure_password(path: Path, user: str = USER) -> str:
    """The password of ``user`` in ``path``, generated (and the file created, mode 600) when missing."""
    passwords: dict[str, str] = {}
    if path.is_file():
        text = path.read_text(encoding="utf-8").strip()
        passwords = json.loads(text) if text else {}
    if not passwords.get(user):
        passwords[user] = secrets.token_urlsafe(12)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(json.dumps(passwords) + "\n")
    return passwords[user]


def ui_env(base: dict[str, str], home: Path, port: int, jwt_secret: str) -> dict[str, str]:
    """The environment of the Airflow processes: 127.0.0.1 only, the port, the secret, one admin user."""
    env = dict(base)
    env.update(
        {
            "AIRFLOW_HOME": str(home),
            "AIRFLOW__API__HOST": "127.0.0.1",
            "AIRFLOW__API__PORT": str(port),
            "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": f"http://127.0.0.1:{port}/execution/",
            "AIRFLOW__API_AUTH__JWT_SECRET": jwt_secret,
            "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS": f"{USER}:admin",
            "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE": str(password_file(home)),
            "PATH": f"{ROOT / '.venv' / 'bin'}{os.pathsep}{base.get('PATH', '')}",
        }
    )
    return env


def _up(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v2/monitor/health", timeout=2) as resp:
            return resp.status == 200
    except (urllib.error.URLError, OSError):
        return False


def main() -> int:
    """Start the UI, print where it is and how to log in, wait for Ctrl-C."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=int(os.environ.get("UI_PORT", "8080")))
    parser.add_argument("--timeout", type=float, default=240.0, help="seconds to wait for the UI to answer")
    args = parser.parse_args()
    home = Path(os.environ.get("AIRFLOW_HOME", ROOT / ".airflow"))
    home.mkdir(parents=True, exist_ok=True)
    secret_file = home / "jwt_secret"
    if not secret_file.is_file():
        secret_file.write_text(secrets.token_urlsafe(32) + "\n", encoding="utf-8")
    if _up(args.port):
        print(f"ui: something already answers on 127.0.0.1:{args.port}; stop it or use UI_PORT=...", file=sys.stderr)
        return 1
    password = ensure_password(password_file(home))
    env = ui_env(dict(os.environ), home, args.port, secret_file.read_text(encoding="utf-8").strip())
    log = home / "ui.log"
    airflow = str(ROOT / ".venv" / "bin" / "airflow")
    print(f"ui: starting Airflow (api-server, scheduler, dag-processor, triggerer); log: {log}", flush=True)
    with log.open("ab") as out:
        proc = subprocess.Popen(
            [airflow, "standalone"], cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )

    def stop(*_: object) -> None:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)  # the session this script started, nothing else
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    try:
        deadline = time.monotonic() + args.timeout
        while not _up(args.port):
            if proc.poll() is not None:
                print(f"ui: Airflow exited (code {proc.returncode}); last lines of {log}:", file=sys.stderr)
                print("\n".join(log.read_text(errors="replace").splitlines()[-20:]), file=sys.stderr)
                return 1
            if time.monotonic() > deadline:
                print(f"ui: the UI did not answer within {args.timeout:.0f}s; see {log}", file=sys.stderr)
                return 1
            time.sleep(1)
        print(
            "\n"
            f"  Airflow UI:  http://127.0.0.1:{args.port}/dags/instruction_dataset_build\n"
            f"  Login:       {USER} / {password}\n"
            f"  (password kept in {password_file(home)})\n"
            "  Press Trigger on the DAG page to build the bundled sample; docs/OPERATOR.md explains the rest.\n"
            "  Ctrl-C stops Airflow.\n",
            flush=True,
        )
        proc.wait()
        return proc.returncode or 0
    except KeyboardInterrupt:
        print("\nui: stopping Airflow ...", flush=True)
        return 0
    finally:
        stop()


if __name__ == "__main__":
    sys.exit(main())
