#!/usr/bin/env bash
# `make integration`: the multi-worker deployment of docker/ run natively, without Docker.
#
# Topology (everything on 127.0.0.1, non-default ports, state in .integration/):
#   PostgreSQL  :25432  metadata DB + Celery result backend (own cluster, initdb'd for this run)
#   Redis       :26379  Celery broker (own redis-server, no persistence)
#   Airflow     api-server :28080, scheduler, dag-processor, triggerer,
#               two Celery workers (worker-1, worker-2; concurrency 2 each)
#
# This script installs what is missing (PostgreSQL and Redis from Debian packages, the Celery
# provider from the hashed lock requirements-integration.txt), starts PostgreSQL and Redis, and
# hands over to run_integration.py, which starts Airflow, triggers the DAG, checks the run,
# compares its export with the CLI's and opens the report pages of both (and of a blocked run) in
# headless Chromium with no network (screenshots in .integration/shots/; Chromium from Debian's
# package, installed if missing), then runs the Label Studio review round trip
# (scripts/integration/label_studio.py; INTEGRATION_ONLY=labelstudio runs only that part). Whatever
# happens (failure, Ctrl-C, SIGTERM), everything it started is stopped by PID on exit. Exit code 0
# only if every check passed.
#
# Ports and the state folder can be moved: INTEGRATION_DIR, INTEGRATION_PG_PORT,
# INTEGRATION_REDIS_PORT, INTEGRATION_API_PORT. Logs: .integration/logs/.
set -euo pipefail
# shellcheck disable=SC2317  # cleanup and on_signal run from traps

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
PY="$ROOT/.venv/bin/python"
UV="$ROOT/.venv/bin/uv"
RUN_DIR="${INTEGRATION_DIR:-$ROOT/.integration}"
# Fixed ports below Linux's ephemeral range (32768-60999): a port in that range can be taken for a
# moment by any outgoing connection, and the api-server then fails to bind ("address already in use").
PG_PORT="${INTEGRATION_PG_PORT:-25432}"
REDIS_PORT="${INTEGRATION_REDIS_PORT:-26379}"
API_PORT="${INTEGRATION_API_PORT:-28080}"
LOGS="$RUN_DIR/logs"
LOCK="$ROOT/requirements-integration.txt"
STAMP="$ROOT/.venv/.integration"

say() { echo "integration: $*"; }
fail() { echo "integration: ERROR: $*" >&2; exit 1; }
# fail_log MESSAGE LOGFILE: one-line error naming the log, then its last lines.
fail_log() {
    echo "integration: ERROR: $1 (log: $2); last lines:" >&2
    tail -n 30 "$2" 2>/dev/null | sed 's/^/    /' >&2 || true
    exit 1
}
# Root runs it as is; otherwise sudo (no password prompt without a terminal, e.g. in CI).
as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"
    elif [ -t 0 ]; then sudo "$@"
    else sudo -n "$@"
    fi
}
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

[ -x "$PY" ] || fail "no project venv at .venv (run through 'make integration', which creates it)"

# INTEGRATION_ONLY=labelstudio: only the Label Studio review round trip (scripts/integration/label_studio.py).
if [ "${INTEGRATION_ONLY:-}" = "labelstudio" ]; then
    exec "$PY" "$ROOT/scripts/integration/label_studio.py" --state-dir "$RUN_DIR/labelstudio"
fi

# --- 1. PostgreSQL and Redis from Debian packages, if missing ---------------------------------
pg_bindir() {
    local d
    if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
        pg_config --bindir
        return
    fi
    d="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
    if [ -n "$d" ] && [ -x "$d/initdb" ]; then echo "$d"; fi
}
if [ -z "$(pg_bindir)" ] || ! command -v redis-server >/dev/null 2>&1 || ! command -v redis-cli >/dev/null 2>&1; then
    say "installing PostgreSQL and Redis (apt-get install postgresql redis-server) ..."
    as_root apt-get update -q >"/tmp/instructflow-integration-apt.log" 2>&1 \
        || fail_log "apt-get update failed" /tmp/instructflow-integration-apt.log
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql redis-server \
        >>"/tmp/instructflow-integration-apt.log" 2>&1 \
        || fail_log "apt-get install postgresql redis-server failed" /tmp/instructflow-integration-apt.log
fi
# Headless Chromium for the browser check of the report pages (Debian's package).
if ! command -v chromium >/dev/null 2>&1; then
    say "installing Chromium for the report pages check (apt-get install chromium) ..."
    as_root apt-get update -q >"/tmp/instructflow-integration-apt.log" 2>&1 \
        || fail_log "apt-get update failed" /tmp/instructflow-integration-apt.log
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium \
        >>"/tmp/instructflow-integration-apt.log" 2>&1 \
        || fail_log "apt-get install chromium failed" /tmp/instructflow-integration-apt.log
fi
PG_BIN="$(pg_bindir)"
[ -n "$PG_BIN" ] || fail "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin"

# --- 2. The Celery provider and the PostgreSQL drivers, from the hashed lock ------------------
# The integration lock repeats every pin of requirements.txt (installing it must change none of them).
"$PY" "$ROOT/scripts/integration/run_integration.py" --check-lock
if [ ! -f "$STAMP" ] || [ "$LOCK" -nt "$STAMP" ]; then
    say "installing the Celery provider and PostgreSQL drivers (requirements-integration.txt) ..."
    "$UV" pip install -q --compile-bytecode --python "$PY" --require-hashes -r "$LOCK"
    touch "$STAMP"
fi

# --- Leftovers of an interrupted earlier run ------------------------------------------------
PG_USER=""
if [ "$(id -u)" -eq 0 ]; then PG_USER=postgres; fi
as_pg() { if [ -n "$PG_USER" ]; then runuser -u "$PG_USER" -- "$@"; else "$@"; fi; }

stop_recorded() {
    # Stop what an earlier run of this script recorded (only if that run could not clean up, e.g.
    # it was killed with SIGKILL). Each Airflow component ran in its own session (session id = the
    # PID recorded); its processes are the ones of that session still working in this repository
    # (a check against a PID reused since then).
    local f sid p pid datadir
    for f in "$RUN_DIR"/pids/*.sid; do
        [ -e "$f" ] || continue
        sid="$(cat "$f")"
        for p in $(ps -e -o pid=,sid= | awk -v s="$sid" '$2 == s {print $1}'); do
            if [ "$(readlink "/proc/$p/cwd" 2>/dev/null)" = "$ROOT" ]; then kill -KILL "$p" 2>/dev/null || true; fi
        done
    done
    if [ -f "$RUN_DIR/pg_datadir" ]; then
        datadir="$(cat "$RUN_DIR/pg_datadir")"
        if [ -f "$datadir/postmaster.pid" ]; then as_pg "$PG_BIN/pg_ctl" -D "$datadir" -m immediate -w stop >/dev/null 2>&1 || true; fi
        case "$datadir" in /tmp/instructflow-integration-pg.*/data) rm -rf "$(dirname "$datadir")" ;; esac
    fi
    if [ -f "$RUN_DIR/redis.pid" ]; then
        pid="$(cat "$RUN_DIR/redis.pid")"
        if [ "$(ps -o comm= -p "$pid" 2>/dev/null)" = "redis-server" ]; then kill -TERM "$pid" 2>/dev/null || true; fi
    fi
}
if [ -d "$RUN_DIR" ]; then
    stop_recorded
    rm -rf "$RUN_DIR"
fi
mkdir -p "$LOGS" "$RUN_DIR/pids"

for port in "$PG_PORT" "$REDIS_PORT" "$API_PORT"; do
    port_in_use "$port" && fail "port 127.0.0.1:$port is already in use (set INTEGRATION_PG_PORT / INTEGRATION_REDIS_PORT / INTEGRATION_API_PORT)"
done

# --- 7. Stop everything we start, whatever happens --------------------------------------------
PG_TMP=""
PG_DATA=""
REDIS_PID=""
cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    # Airflow components: run_integration.py stops them itself; this is the backstop if it was killed.
    local f sid p
    for f in "$RUN_DIR"/pids/*.sid; do
        [ -e "$f" ] || continue
        sid="$(cat "$f")"
        for p in $(ps -e -o pid=,sid= | awk -v s="$sid" '$2 == s {print $1}'); do kill -KILL "$p" 2>/dev/null || true; done
        rm -f "$f"
    done
    if [ -n "$REDIS_PID" ] && kill -0 "$REDIS_PID" 2>/dev/null; then
        kill -TERM "$REDIS_PID" 2>/dev/null || true
        for _ in $(seq 50); do kill -0 "$REDIS_PID" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$REDIS_PID" 2>/dev/null || true
    fi
    rm -f "$RUN_DIR/redis.pid"
    if [ -n "$PG_DATA" ] && [ -f "$PG_DATA/postmaster.pid" ]; then
        as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w -t 30 stop >/dev/null 2>&1 \
            || as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    if [ -n "$PG_TMP" ]; then
        cp "$PG_TMP/postgres.log" "$LOGS/postgres.log" 2>/dev/null || true
        rm -rf "$PG_TMP"
        rm -f "$RUN_DIR/pg_datadir"
    fi
    if [ "$rc" -ne 0 ]; then echo "integration: FAILED (exit $rc); logs in $LOGS" >&2; fi
    exit "$rc"
}
# On Ctrl-C or SIGTERM: ask run_integration.py to stop its components (it waits for them), then exit.
PY_PID=""
on_signal() {
    trap - INT TERM
    echo "integration: interrupted, stopping everything ..." >&2
    if [ -n "$PY_PID" ] && kill -0 "$PY_PID" 2>/dev/null; then
        kill -TERM "$PY_PID" 2>/dev/null || true
        wait "$PY_PID" 2>/dev/null || true
    fi
    exit "$1"
}
trap cleanup EXIT
trap 'on_signal 130' INT
trap 'on_signal 143' TERM

# --- 1b. Our own PostgreSQL cluster ---------------------------------------------------------
# The cluster lives under /tmp (the postgres user must own it; postgres refuses to run as root).
PG_TMP="$(mktemp -d /tmp/instructflow-integration-pg.XXXXXX)"
PG_DATA="$PG_TMP/data"
echo "$PG_DATA" > "$RUN_DIR/pg_datadir"
PG_PASSWORD="$("$PY" -c 'import secrets; print(secrets.token_hex(16))')"
printf '%s\n' "$PG_PASSWORD" > "$PG_TMP/pwfile"
chmod 600 "$PG_TMP/pwfile"
if [ -n "$PG_USER" ]; then chown -R "$PG_USER" "$PG_TMP"; fi
say "starting PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT ($PG_BIN)"
as_pg "$PG_BIN/initdb" -D "$PG_DATA" -U airflow --pwfile="$PG_TMP/pwfile" -E UTF8 --locale=C.UTF-8 \
    --auth-local=trust --auth-host=scram-sha-256 >"$LOGS/initdb.log" 2>&1 \
    || fail_log "initdb failed" "$LOGS/initdb.log"
rm -f "$PG_TMP/pwfile"
as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_TMP/postgres.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -c unix_socket_directories=$PG_TMP -c max_connections=200" \
    start >/dev/null 2>&1 || fail_log "PostgreSQL did not start" "$PG_TMP/postgres.log"
PGPASSWORD="$PG_PASSWORD" "$PG_BIN/psql" -q -h 127.0.0.1 -p "$PG_PORT" -U airflow -d postgres \
    -c "CREATE DATABASE airflow" >"$LOGS/createdb.log" 2>&1 || fail_log "CREATE DATABASE failed" "$LOGS/createdb.log"

# --- 1c. Our own Redis ----------------------------------------------------------------------
say "starting Redis $(redis-server --version | awk '{print $3}' | sed 's/v=//') on 127.0.0.1:$REDIS_PORT"
mkdir -p "$RUN_DIR/redis"
setsid redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --protected-mode yes --save '' --appendonly no \
    --dir "$RUN_DIR/redis" --daemonize no --logfile "$LOGS/redis.log" </dev/null >/dev/null 2>&1 &
REDIS_PID=$!
echo "$REDIS_PID" > "$RUN_DIR/redis.pid"
for _ in $(seq 100); do
    [ "$(redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null)" = "PONG" ] && break
    kill -0 "$REDIS_PID" 2>/dev/null || fail_log "Redis exited at start" "$LOGS/redis.log"
    sleep 0.2
done
[ "$(redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null)" = "PONG" ] || fail_log "Redis does not answer" "$LOGS/redis.log"

# --- 3-6. Airflow, the DAG run and the checks -------------------------------------------------
# The DB URL carries the generated password: pass it in the environment, not on a command line.
export INTEGRATION_DB_URL="postgresql+psycopg2://airflow:$PG_PASSWORD@127.0.0.1:$PG_PORT/airflow"
export INTEGRATION_BROKER_URL="redis://127.0.0.1:$REDIS_PORT/0"
# In the background so that a signal reaches the trap at once (bash defers traps while a
# foreground command runs); `wait` returns when the script ends or a signal arrives.
"$PY" "$ROOT/scripts/integration/run_integration.py" --run-dir "$RUN_DIR" --api-port "$API_PORT" &
PY_PID=$!
rc=0
wait "$PY_PID" || rc=$?
PY_PID=""
[ "$rc" -eq 0 ] || exit "$rc"

# --- 8. The Label Studio review round trip (its own venv and server; stops them itself) -------
"$PY" "$ROOT/scripts/integration/label_studio.py" --state-dir "$RUN_DIR/labelstudio" &
PY_PID=$!
wait "$PY_PID" || rc=$?
PY_PID=""
exit "$rc"
