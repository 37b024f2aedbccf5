"""A recorded fake of the Label Studio 1.23 REST calls ``review push|pull`` make (a local HTTP server).

The shapes follow what a real Label Studio 1.23.2 answered (``make integration`` runs the real one):
the ``title`` filter of ``/api/projects`` is a case-insensitive substring, ``/api/tasks`` pages answer
``{total, tasks}`` and a page past the end is a 404, imports do not de-duplicate, predictions are not
checked against the labelling config, a project's ``label_config`` loses its trailing newline, a
labelling config that drops a label existing annotations use is refused with a 400, and the snapshot
export expands ``completed_by`` to ``{id, email, first_name, last_name}`` and lists every task.
(Label Studio 1.23 also accepted, through the API, a labelling config that drops a label annotations
use; this fake refuses it with a 400, as the config validation in its source intends: push checks
the project summary itself before it sends a config.)
"""

from __future__ import annotations

import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

ADMIN_TOKEN = "0123456789abcdef0123456789abcdef01234567"
PAT = "eyJhbGciOiJIUzI1NiJ9.eyJ0b2tlbl90eXBlIjoicmVmcmVzaCJ9.c2lnbmF0dXJl"
"""A personal access token (JWT refresh token shape) the fake exchanges for ``ACCESS``."""
ACCESS = "access-from-pat"


class FakeLabelStudio:
    """State of the fake server plus the server itself (``with FakeLabelStudio() as ls: ls.url``)."""

    def __init__(self) -> None:
        self.users: dict[int, dict[str, Any]] = {
            1: {"id": 1, "email": "admin@example.org", "first_name": "", "last_name": ""}
        }
        self.tokens: dict[str, int] = {ADMIN_TOKEN: 1}
        self.projects: dict[int, dict[str, Any]] = {}
        self.tasks: dict[int, dict[str, Any]] = {}
        self.predictions: dict[int, dict[str, Any]] = {}
        self.exports: dict[int, int] = {}
        self.requests: list[tuple[str, str]] = []
        self._ids = {"project": 0, "task": 0, "prediction": 0, "annotation": 0, "export": 0, "user": 1}
        self.lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> FakeLabelStudio:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def next_id(self, kind: str) -> int:
        self._ids[kind] += 1
        return self._ids[kind]

    # ---- what a reviewer does in the UI

    def add_user(self, email: str) -> str:
        """Create a user; returns their token."""
        uid = self.next_id("user")
        self.users[uid] = {"id": uid, "email": email, "first_name": "", "last_name": ""}
        token = f"token-{uid}"
        self.tokens[token] = uid
        return token

    def annotate(self, task_id: int, user_token: str, label: str | None, control: str = "label") -> None:
        """A reviewer's annotation (``label`` None: skipped)."""
        task = self.tasks[task_id]
        result = (
            []
            if label is None
            else [{"from_name": control, "to_name": "instruction", "type": "choices", "value": {"choices": [label]}}]
        )
        task["annotations"].append(
            {
                "id": self.next_id("annotation"),
                "completed_by": self.tokens[user_token],
                "result": result,
                "was_cancelled": label is None,
                "created_at": "2026-12-06T10:00:00Z",
                "updated_at": "2026-12-06T10:00:00Z",
                "lead_time": 3.0,
            }
        )

    def project_tasks(self, title: str) -> dict[str, dict[str, Any]]:
        """Tasks of the project titled ``title`` by record id."""
        [pid] = [p["id"] for p in self.projects.values() if p["title"] == title]
        return {t["data"]["record_id"]: t for t in self.tasks.values() if t["project"] == pid}

    # ---- the REST API

    def handle(self, method: str, path: str, query: dict[str, str], body: Any, auth: str | None) -> tuple[int, Any]:
        self.requests.append((method, path))
        if method == "POST" and path == "/api/token/refresh/":
            return (200, {"access": ACCESS}) if body == {"refresh": PAT} else (401, {"detail": "bad token"})
        user = self._user(auth)
        if user is None:
            return 401, {"detail": "Authentication credentials were not provided."}
        if path == "/api/current-user/whoami":
            return 200, self.users[user]
        if path == "/api/projects" and method == "GET":
            found = [p for p in self.projects.values() if query.get("title", "").lower() in p["title"].lower()]
            page, size = int(query.get("page", 1)), int(query.get("page_size", 30))
            chunk = found[(page - 1) * size : page * size]
            more = page * size < len(found)
            return 200, {"count": len(found), "next": "more" if more else None, "previous": None, "results": chunk}
        if path == "/api/projects" and method == "POST":
            pid = self.next_id("project")
            self.projects[pid] = {"id": pid, **body, "label_config": body["label_config"].rstrip("\n")}
            return 201, self.projects[pid]
        m = re.fullmatch(r"/api/projects/(\d+)", path)
        if m and method == "PATCH":
            project = self.projects[int(m.group(1))]
            if "label_config" in body:
                choices = set(re.findall(r'<Choice value="([^"]*)"', body["label_config"]))
                used = {
                    c
                    for t in self.tasks.values()
                    if t["project"] == project["id"]
                    for a in t["annotations"]
                    for r in a["result"]
                    for c in r["value"].get("choices", [])
                }
                if used - choices:
                    return 400, {"validation_errors": {"label_config": ["Created annotations use labels ..."]}}
                body = {**body, "label_config": body["label_config"].rstrip("\n")}
            project.update(body)
            return 200, project
        m = re.fullmatch(r"/api/projects/(\d+)/summary", path)
        if m and method == "GET":
            labels: dict[str, dict[str, int]] = {}
            for t in self.tasks.values():
                if t["project"] != int(m.group(1)):
                    continue
                for a in t["annotations"]:
                    for r in a["result"]:
                        for c in r["value"].get("choices", []):
                            labels.setdefault(r["from_name"], {}).setdefault(c, 0)
                            labels[r["from_name"]][c] += 1
            return 200, {"project": int(m.group(1)), "created_labels": labels, "created_labels_drafts": {}}
        if path == "/api/tasks" and method == "GET":
            tasks = [self._task_view(t) for t in self.tasks.values() if t["project"] == int(query["project"])]
            page, size = int(query.get("page", 1)), int(query.get("page_size", 30))
            if (page - 1) * size >= len(tasks) and page > 1:
                return 404, {"detail": "Invalid page."}
            return 200, {"total": len(tasks), "tasks": tasks[(page - 1) * size : page * size]}
        m = re.fullmatch(r"/api/projects/(\d+)/import", path)
        if m and method == "POST":
            n_pred = 0
            for item in body:
                tid = self.next_id("task")
                self.tasks[tid] = {
                    "id": tid,
                    "project": int(m.group(1)),
                    "data": item["data"],
                    "meta": item.get("meta", {}),
                    "annotations": [],
                }
                for p in item.get("predictions", []):
                    self._add_prediction(tid, p)
                    n_pred += 1
            return 201, {"task_count": len(body), "prediction_count": n_pred, "annotation_count": 0}
        m = re.fullmatch(r"/api/tasks/(\d+)", path)
        if m and method == "PATCH":
            task = self.tasks[int(m.group(1))]
            task.update({k: v for k, v in body.items() if k in ("data", "meta")})
            return 200, self._task_view(task)
        if path == "/api/predictions" and method == "GET":
            return 200, [p for p in self.predictions.values() if p["task"] == int(query["task"])]
        if path == "/api/predictions" and method == "POST":
            return 201, self._add_prediction(body["task"], body)
        m = re.fullmatch(r"/api/predictions/(\d+)", path)
        if m and method == "DELETE":
            del self.predictions[int(m.group(1))]
            return 204, None
        m = re.fullmatch(r"/api/projects/(\d+)/exports/", path)
        if m and method == "POST":
            only_id = body["serialization_options"]["annotations__completed_by"]["only_id"]
            if only_id is not False:
                return 400, {"detail": "test fake: pull must expand completed_by"}
            eid = self.next_id("export")
            self.exports[eid] = int(m.group(1))
            return 201, {"id": eid, "status": "created"}
        m = re.fullmatch(r"/api/projects/(\d+)/exports/(\d+)", path)
        if m and method == "GET":
            return 200, {"id": int(m.group(2)), "status": "completed"}
        if m and method == "DELETE":
            self.exports.pop(int(m.group(2)), None)
            return 204, None
        m = re.fullmatch(r"/api/projects/(\d+)/exports/(\d+)/download", path)
        if m and method == "GET" and query.get("exportType") == "JSON":
            pid = int(m.group(1))
            out = []
            for t in self.tasks.values():
                if t["project"] != pid:
                    continue
                out.append(
                    {
                        "id": t["id"],
                        "data": t["data"],
                        "meta": t["meta"],
                        "annotations": [{**a, "completed_by": self.users[a["completed_by"]]} for a in t["annotations"]],
                        "predictions": [p for p in self.predictions.values() if p["task"] == t["id"]],
                        "drafts": [],
                    }
                )
            return 200, out
        return 404, {"detail": f"fake: no route {method} {path}"}

    def _user(self, auth: str | None) -> int | None:
        if auth == f"Bearer {ACCESS}":
            return 1
        if auth and auth.startswith("Token "):
            return self.tokens.get(auth[6:])
        return None

    def _add_prediction(self, task: int, p: dict[str, Any]) -> dict[str, Any]:
        pid = self.next_id("prediction")
        self.predictions[pid] = {
            "id": pid,
            "task": task,
            "model_version": p["model_version"],
            "score": p.get("score"),
            "result": p["result"],
        }
        return self.predictions[pid]

    def _task_view(self, task: dict[str, Any]) -> dict[str, Any]:
        done = [a for a in task["annotations"] if not a["was_cancelled"]]
        return {
            "id": task["id"],
            "data": task["data"],
            "meta": task["meta"],
            "total_annotations": len(done),
            "cancelled_annotations": len(task["annotations"]) - len(done),
            "total_predictions": sum(p["task"] == task["id"] for p in self.predictions.values()),
        }


def _handler(fake: FakeLabelStudio) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:  # quiet
            pass

        def _any(self) -> None:
            parts = urlsplit(self.path)
            query = {k: v[0] for k, v in parse_qs(parts.query).items()}
            length = int(self.headers.get("Content-Length") or 0)
            body = json.loads(self.rfile.read(length)) if length else None
            with fake.lock:
                status, answer = fake.handle(self.command, parts.path, query, body, self.headers.get("Authorization"))
            payload = b"" if answer is None else json.dumps(answer).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        do_GET = do_POST = do_PATCH = do_DELETE = _any

    return Handler
