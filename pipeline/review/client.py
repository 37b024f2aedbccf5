"""A small Label Studio REST client over ``urllib`` (the calls push and pull need, nothing more).

Written against Label Studio 1.23 (community edition). Why not ``label-studio-sdk``: it pulls in
OpenCV, NLTK, pandas and a code generator (18 MB itself) for a dozen JSON calls.

Errors are one line naming the method, the endpoint and the HTTP status, never a response body
(Label Studio echoes task data in its validation errors): :class:`LabelStudioUnreachable` (exit 1,
retryable), :class:`LabelStudioAuthError` (exit 2), :class:`LabelStudioError` (exit 1).
"""

from __future__ import annotations

import contextlib
import json
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator, Mapping, Sequence
from typing import cast

from pipeline.errors import PipelineError
from pipeline.review.connection import Connection

JSONValue = str | int | float | bool | None | list["JSONValue"] | dict[str, "JSONValue"]
"""A JSON value as ``json.loads`` returns it."""
JSONDict = dict[str, JSONValue]
"""A JSON object."""

PAGE_SIZE = 100
"""Tasks and projects fetched per request."""


class LabelStudioError(PipelineError):
    """Label Studio answered with an error (exit 1); the message names the call and the status only."""

    exit_code = 1

    def __init__(self, message: str, *, status: int | None = None, retryable: bool = False) -> None:
        """``status``: the HTTP status, if there was an answer; ``retryable``: a retry may help (5xx)."""
        super().__init__(message)
        self.status = status
        self.retryable = retryable


class LabelStudioUnreachable(LabelStudioError):
    """No answer from the server (refused, timed out, name not resolved); exit 1, retryable."""

    def __init__(self, message: str) -> None:
        """A failure a retry may fix."""
        super().__init__(message, retryable=True)


class LabelStudioAuthError(LabelStudioError):
    """The API key was refused (HTTP 401/403): exit 2, like a bad config."""

    exit_code = 2


def _is_jwt(key: str) -> bool:
    parts = key.split(".")
    return len(parts) == 3 and key.startswith("eyJ") and all(parts)


class LabelStudio:
    """A Label Studio server reached with one API key."""

    def __init__(self, conn: Connection, *, timeout: float = 60.0) -> None:
        """Use ``conn``; a personal access token is exchanged for an access token on the first call."""
        self.url = conn.url
        self.timeout = timeout
        self._conn = conn
        self._auth: str | None = None if _is_jwt(conn.api_key) else f"Token {conn.api_key}"

    # ------------------------------------------------------------------------------------ plumbing

    def _authorization(self) -> str:
        if self._auth is None:  # personal access token: a JWT refresh token
            answer = self._json(
                "POST /api/token/refresh/",
                self._send("POST", "/api/token/refresh/", {"refresh": self._conn.api_key}, auth=None),
            )
            access = answer.get("access") if isinstance(answer, dict) else None
            if not isinstance(access, str) or not access:
                raise LabelStudioAuthError("Label Studio did not exchange the personal access token (no access token)")
            self._auth = f"Bearer {access}"
        return self._auth

    def request(
        self,
        method: str,
        path: str,
        body: JSONValue = None,
        params: Mapping[str, str | int] | None = None,
    ) -> JSONValue:
        """Send one call; the decoded JSON answer (None for an empty answer)."""
        return self._json(f"{method} {path}", self._send(method, path, body, params, auth=self._authorization()))

    def download(self, path: str, params: Mapping[str, str | int] | None = None) -> bytes:
        """GET ``path`` and return the raw answer (an export file)."""
        return self._send("GET", path, None, params, auth=self._authorization())

    def _send(
        self,
        method: str,
        path: str,
        body: JSONValue,
        params: Mapping[str, str | int] | None = None,
        *,
        auth: str | None,
    ) -> bytes:
        url = self.url + path + ("?" + urllib.parse.urlencode(params) if params else "")
        data = None if body is None else json.dumps(body, ensure_ascii=False).encode("utf-8")
        req = urllib.request.Request(url, data=data, method=method)
        if auth:
            req.add_header("Authorization", auth)
        req.add_header("Accept", "application/json")
        if data is not None:
            req.add_header("Content-Type", "application/json")
        what = f"{method} {path}"
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                payload = resp.read()
        except urllib.error.HTTPError as exc:
            exc.close()
            if exc.code in (401, 403):
                raise LabelStudioAuthError(
                    f"Label Studio at {self.url} refused the API key ({what}: HTTP {exc.code}); check "
                    f"LABEL_STUDIO_API_KEY (from {self._conn.source}) and that the user may use this project"
                ) from None
            raise LabelStudioError(
                f"Label Studio at {self.url}: {what} failed with HTTP {exc.code}",
                status=exc.code,
                retryable=exc.code >= 500,
            ) from None
        except (urllib.error.URLError, TimeoutError, ConnectionError) as exc:
            reason = getattr(exc, "reason", exc)
            cause = type(reason).__name__ if not isinstance(reason, str) else "URL error"
            raise LabelStudioUnreachable(
                f"Label Studio at {self.url} is not reachable ({what}: {cause}); is the server running "
                f"and LABEL_STUDIO_URL (from {self._conn.source}) right?"
            ) from None
        return payload

    def _json(self, what: str, payload: bytes) -> JSONValue:
        if not payload:
            return None
        try:
            return cast(JSONValue, json.loads(payload))
        except ValueError:
            raise LabelStudioError(f"Label Studio at {self.url}: {what} did not answer with JSON") from None

    # ------------------------------------------------------------------------------------ calls

    def whoami(self) -> JSONDict:
        """The user the API key belongs to (also checks the key)."""
        return _obj(self.request("GET", "/api/current-user/whoami"), "whoami")

    def find_project(self, title: str) -> JSONDict | None:
        """The project titled exactly ``title`` (the API's ``title`` filter is a case-insensitive substring)."""
        page = 1
        while True:
            answer = _obj(
                self.request("GET", "/api/projects", params={"title": title, "page": page, "page_size": PAGE_SIZE}),
                "projects",
            )
            for p in _list(answer.get("results"), "projects"):
                if isinstance(p, dict) and p.get("title") == title:
                    return p
            if not answer.get("next"):
                return None
            page += 1

    def create_project(self, settings: JSONDict) -> JSONDict:
        """Create a project with ``settings`` (title, label_config, ...)."""
        return _obj(self.request("POST", "/api/projects", settings), "project")

    def update_project(self, project: int, changes: JSONDict) -> JSONDict:
        """PATCH a project (Label Studio refuses a labelling config that existing annotations contradict)."""
        return _obj(self.request("PATCH", f"/api/projects/{project}", changes), "project")

    def summary(self, project: int) -> JSONDict:
        """The project summary: ``created_labels`` (control -> label -> count) and ``created_annotations``."""
        return _obj(self.request("GET", f"/api/projects/{project}/summary"), "summary")

    def tasks(self, project: int) -> Iterator[JSONDict]:
        """Every task of ``project`` with its data, meta and annotation counts, a page at a time."""
        page, seen = 1, 0
        while True:
            answer = _obj(
                self.request(
                    "GET",
                    "/api/tasks",
                    params={"project": project, "page": page, "page_size": PAGE_SIZE, "fields": "all"},
                ),
                "tasks",
            )
            batch = [t for t in _list(answer.get("tasks"), "tasks") if isinstance(t, dict)]
            yield from batch
            seen += len(batch)
            total = answer.get("total")
            if not batch or not isinstance(total, int) or seen >= total:
                return  # a page past the end is an HTTP 404 ("Invalid page."): never ask for it
            page += 1

    def import_tasks(self, project: int, tasks: Sequence[JSONDict]) -> JSONDict:
        """Import tasks (with their predictions inline); Label Studio does not de-duplicate."""
        return _obj(self.request("POST", f"/api/projects/{project}/import", list(tasks)), "import")

    def update_task(self, task: int, changes: JSONDict) -> None:
        """PATCH a task's data and meta."""
        self.request("PATCH", f"/api/tasks/{task}", changes)

    def replace_predictions(self, task: int, predictions: Sequence[JSONDict]) -> None:
        """Delete a task's predictions and add ``predictions``."""
        for p in _list(self.request("GET", "/api/predictions", params={"task": task}), "predictions"):
            if isinstance(p, dict) and isinstance(p.get("id"), int):
                self.request("DELETE", f"/api/predictions/{p['id']}")
        for p in predictions:
            self.request("POST", "/api/predictions", {"task": task, **p})

    def export_snapshot(self, project: int, *, timeout: float = 600.0, poll: float = 0.5) -> bytes:
        """The full JSON export of ``project`` with reviewers and predictions expanded (a snapshot).

        ``completed_by`` comes as ``{id, email, first_name, last_name}`` instead of a numeric id, and
        predictions with their model version, score and result. The snapshot is deleted afterwards.
        """
        body: JSONDict = {
            "title": "instructflow review pull",
            "serialization_options": {
                "annotations__completed_by": {"only_id": False},
                "predictions": {"only_id": False},
            },
        }
        snap = _obj(self.request("POST", f"/api/projects/{project}/exports/", body), "export")
        sid = snap.get("id")
        if not isinstance(sid, int):
            raise LabelStudioError(f"Label Studio at {self.url}: the export of project {project} has no id")
        try:
            start = time.monotonic()
            while snap.get("status") not in ("completed", "failed"):
                if time.monotonic() - start > timeout:
                    raise LabelStudioError(
                        f"Label Studio at {self.url}: the export of project {project} did not finish in {timeout:.0f} s",
                        retryable=True,
                    )
                time.sleep(poll)
                snap = _obj(self.request("GET", f"/api/projects/{project}/exports/{sid}"), "export")
            if snap.get("status") != "completed":
                raise LabelStudioError(f"Label Studio at {self.url}: the export of project {project} failed")
            return self.download(f"/api/projects/{project}/exports/{sid}/download", {"exportType": "JSON"})
        finally:
            with contextlib.suppress(LabelStudioError):  # a snapshot left behind is harmless
                self.request("DELETE", f"/api/projects/{project}/exports/{sid}")


def _obj(value: JSONValue, what: str) -> JSONDict:
    if not isinstance(value, dict):
        raise LabelStudioError(f"Label Studio answered a {what} call with an unexpected shape (not an object)")
    return value


def _list(value: JSONValue, what: str) -> list[JSONValue]:
    if not isinstance(value, list):
        raise LabelStudioError(f"Label Studio answered a {what} call with an unexpected shape (not a list)")
    return value
