"""Where Label Studio is and how to sign in: environment variables or an Airflow connection.

- ``LABEL_STUDIO_URL`` and ``LABEL_STUDIO_API_KEY`` (the names Label Studio's own SDK reads), or
- an Airflow connection id (``--conn-id`` or ``LABEL_STUDIO_CONN_ID``): host (with or without
  ``http://``), port and schema as an HTTP connection has them, the API key in the password (or in the
  extra field as ``api_key`` or ``token``). Read from Airflow's ``AIRFLOW_CONN_<ID>`` variable; Airflow is never imported.

The API key is a legacy token (``Authorization: Token ...``) or a personal access token (a JWT refresh
token, exchanged for an access token by :class:`pipeline.review.client.LabelStudio`).
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import parse_qs, unquote, urlsplit

from pipeline.errors import ConfigError

URL_ENV = "LABEL_STUDIO_URL"
KEY_ENV = "LABEL_STUDIO_API_KEY"
CONN_ENV = "LABEL_STUDIO_CONN_ID"


@dataclass(frozen=True)
class Connection:
    """A Label Studio server: its base URL (no trailing slash) and an API key."""

    url: str
    api_key: str = field(repr=False)
    source: str = "environment"
    """Where the settings came from (shown in messages): ``environment`` or ``Airflow connection <id>``."""


def _checked_url(url: str, where: str) -> str:
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ConfigError(f"{where}: the Label Studio URL must start with http:// or https:// and name a host")
    return url.strip().rstrip("/")


def connection_from_env(env: Mapping[str, str] | None = None, conn_id: str | None = None) -> Connection:
    """The connection to use: ``conn_id`` (or ``LABEL_STUDIO_CONN_ID``) from Airflow, else the two variables.

    Raises :class:`ConfigError` (exit 2) naming what is missing, never the key's value.
    """
    env = os.environ if env is None else env
    conn_id = conn_id or env.get(CONN_ENV) or None
    if conn_id:
        return connection_from_airflow(conn_id)
    url = env.get(URL_ENV, "").strip()
    key = env.get(KEY_ENV, "").strip()
    missing = [name for name, value in ((URL_ENV, url), (KEY_ENV, key)) if not value]
    if missing:
        raise ConfigError(
            f"set {' and '.join(missing)} (the Label Studio server and an API key from its Account & Settings "
            f"page), or name an Airflow connection with --conn-id or {CONN_ENV}"
        )
    return Connection(_checked_url(url, URL_ENV), key)


def connection_from_airflow(conn_id: str, environ: Mapping[str, str] | None = None) -> Connection:
    """Read an Airflow connection from its environment variable ``AIRFLOW_CONN_<ID>``.

    Airflow's own two forms are read (JSON, or a URI ``http://:KEY@host:port/?api_key=...``) without
    importing Airflow: the library stays free of it. A connection kept only in Airflow's metadata
    database is not visible here; export it (``airflow connections get ID -o json``) into that variable.
    """
    environ = os.environ if environ is None else environ
    raw = environ.get(f"AIRFLOW_CONN_{conn_id.upper()}", "").strip()
    if not raw:
        raise ConfigError(f"Airflow connection {conn_id!r} not found")
    conn = _airflow_conn(raw, conn_id)
    where = f"Airflow connection {conn_id!r}"
    host = conn.host
    if not host:
        raise ConfigError(f"{where}: no host (the Label Studio URL)")
    if "://" not in host:
        host = f"{conn.schema or 'http'}://{host}"
    if conn.port and urlsplit(host).port is None:
        host = f"{host.rstrip('/')}:{conn.port}"
    key = conn.password or str(conn.extra.get("api_key") or conn.extra.get("token") or "").strip()
    if not key:
        raise ConfigError(f"{where}: no API key (set the password, or api_key in the extra field)")
    return Connection(_checked_url(host, where), key, source=where)


@dataclass(frozen=True)
class _AirflowConn:
    host: str
    schema: str
    port: int | None
    password: str
    extra: Mapping[str, object]


def _airflow_conn(raw: str, conn_id: str) -> _AirflowConn:
    """The parts of an ``AIRFLOW_CONN_*`` value (JSON or URI form) that name a server and a key."""
    where = f"Airflow connection {conn_id!r}"
    if raw.startswith("{"):
        try:
            data = json.loads(raw)
        except ValueError:
            raise ConfigError(f"{where}: the variable is not valid JSON") from None
        if not isinstance(data, dict):
            raise ConfigError(f"{where}: the variable is not a JSON object")
        extra = data.get("extra") or {}
        if isinstance(extra, str):
            try:
                extra = json.loads(extra)
            except ValueError:
                raise ConfigError(f"{where}: the extra field is not JSON") from None
        port = data.get("port")
        return _AirflowConn(
            host=str(data.get("host") or "").strip(),
            schema=str(data.get("schema") or "").strip(),
            port=int(port) if isinstance(port, int | str) and str(port).isdigit() else None,
            password=str(data.get("password") or "").strip(),
            extra=extra if isinstance(extra, dict) else {},
        )
    parts = urlsplit(raw)
    try:
        port = parts.port
    except ValueError:
        raise ConfigError(f"{where}: the URI has an invalid port") from None
    scheme = "https" if parts.scheme == "https" else "http"
    return _AirflowConn(
        host=parts.hostname or "",
        schema=scheme,
        port=port,
        password=unquote(parts.password or "").strip(),
        extra={k: v[-1] for k, v in parse_qs(parts.query).items()},
    )
