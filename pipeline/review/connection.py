"""Where Label Studio is and how to sign in: environment variables or an Airflow connection.

- ``LABEL_STUDIO_URL`` and ``LABEL_STUDIO_API_KEY`` (the names Label Studio's own SDK reads), or
- an Airflow connection id (``--conn-id`` or ``LABEL_STUDIO_CONN_ID``): host (with or without
  ``http://``), port and schema as an HTTP connection has them, the API key in the password (or in the
  extra field as ``api_key`` or ``token``). Airflow is imported only in that case.

The API key is a legacy token (``Authorization: Token ...``) or a personal access token (a JWT refresh
token, exchanged for an access token by :class:`pipeline.review.client.LabelStudio`).
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

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


def connection_from_airflow(conn_id: str) -> Connection:
    """Read an Airflow connection (imported lazily; the CLI works without Airflow otherwise)."""
    try:
        from airflow.sdk import BaseHook
    except ImportError:
        raise ConfigError(
            f"Airflow connection {conn_id!r} given but Airflow is not installed; set {URL_ENV} and {KEY_ENV}"
        ) from None
    try:
        conn = BaseHook.get_connection(conn_id)
    except Exception:  # Airflow raises its own not-found error types across versions
        raise ConfigError(f"Airflow connection {conn_id!r} not found") from None
    where = f"Airflow connection {conn_id!r}"
    host = (conn.host or "").strip()
    if not host:
        raise ConfigError(f"{where}: no host (the Label Studio URL)")
    if "://" not in host:
        scheme = (conn.schema or "http").strip() or "http"
        host = f"{scheme}://{host}"
    if conn.port and urlsplit(host).port is None:
        host = f"{host.rstrip('/')}:{conn.port}"
    key = (conn.password or "").strip()
    if not key and conn.extra:
        try:
            extra = json.loads(conn.extra)
        except ValueError:
            raise ConfigError(f"{where}: the extra field is not JSON") from None
        if isinstance(extra, dict):
            key = str(extra.get("api_key") or extra.get("token") or "").strip()
    if not key:
        raise ConfigError(f"{where}: no API key (set the password, or api_key in the extra field)")
    return Connection(_checked_url(host, where), key, source=where)
