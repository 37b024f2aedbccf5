"""review push|pull against a recorded fake of Label Studio 1.23, through the CLI, and the run after the pull."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline.cli import main
from pipeline.review.client import LabelStudio
from pipeline.review.connection import Connection
from pipeline.review.sync import ProjectMismatch, push
from tests.support.fake_labelstudio import ADMIN_TOKEN, FakeLabelStudio

EXPERT = "review-test: expert review"
REANNOTATION = "review-test: re-annotation"
SECRET_TEXT = "Describe the lighthouse keeper's routine"


def _rec(rid: str, instruction: str, votes: list[tuple[str, str, float]]) -> dict[str, object]:
    return {
        "id": rid,
        "instruction": instruction,
        "input": "",
        "output": f"A complete and helpful answer about {instruction.lower()}, written in plain words for readers.",
        "annotations": [{"annotator_id": a, "label": lab, "confidence": c} for a, lab, c in votes],
    }


RECORDS = [
    # low confidence, unanimous: expert queue; one annotator id is an e-mail address (de-identification off)
    _rec("low", SECRET_TEXT, [("ann1", "good", 0.6), ("ann2", "good", 0.62), ("li.wei@example.com", "good", 0.61)]),
    # a tie: expert queue, no majority prediction
    _rec("tie", "Explain how tides work", [("ann1", "good", 0.9), ("ann2", "bad", 0.9)]),
    # one annotator: re-annotation queue
    _rec("one", "List three uses of copper", [("ann1", "good", 0.9)]),
    _rec("ok", "Summarise the water cycle", [("ann1", "good", 0.95), ("ann2", "good", 0.9), ("ann3", "good", 0.9)]),
]

CONFIG = """\
dataset_name: review-test
deidentify:
  enabled: false
validate:
  enabled: false
agreement:
  labels: [good, bad]
  reject_labels: [bad]
  bootstrap_resamples: 0
"""


def run_cli(args: list[str], env: dict[str, str] | None, monkeypatch: pytest.MonkeyPatch) -> tuple[int, str, str]:
    for key in ("LABEL_STUDIO_URL", "LABEL_STUDIO_API_KEY", "LABEL_STUDIO_CONN_ID"):
        monkeypatch.delenv(key, raising=False)
    for key, value in (env or {}).items():
        monkeypatch.setenv(key, value)
    out, err = io.StringIO(), io.StringIO()
    code = main(args, out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A corpus, a config and a finished run of it (shared: a run takes seconds)."""
    base = tmp_path_factory.mktemp("review")
    corpus = base / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    config = base / "config.yaml"
    config.write_text(CONFIG, encoding="utf-8")
    run = base / "run1"
    code = main(
        ["run", "--quiet", "--corpus", str(corpus), "--out", str(run), "--config", str(config)],
        io.StringIO(),
        io.StringIO(),
    )
    assert code == 0
    return {"base": base, "corpus": corpus, "config": config, "run": run}


def _ids(run: Path) -> dict[str, str]:
    """Source id -> record id of the run's records."""
    lineage = pq.read_table(run / "work" / "lineage.parquet").to_pylist()
    return {r["identity"].rpartition("#id=")[2]: r["record_id"] for r in lineage}


@pytest.fixture
def fake():
    with FakeLabelStudio() as server:
        yield server


def env_for(fake: FakeLabelStudio, token: str = ADMIN_TOKEN) -> dict[str, str]:
    return {"LABEL_STUDIO_URL": fake.url, "LABEL_STUDIO_API_KEY": token}


def test_push_creates_two_projects_with_what_a_reviewer_decides_from(project, fake, monkeypatch):
    code, out, err = run_cli(["review", "push", str(project["run"])], env_for(fake), monkeypatch)
    assert (code, err) == (0, "")
    ids = _ids(project["run"])
    assert f"project 1 '{EXPERT}' (created): 2 records -> imported 2, updated 0, unchanged 0" in out
    assert f"project 2 '{REANNOTATION}' (created): 1 records -> imported 1, updated 0, unchanged 0" in out
    assert f"{fake.url}/projects/1/data" in out
    assert SECRET_TEXT not in out

    expert = fake.project_tasks(EXPERT)
    assert set(expert) == {ids["low"], ids["tie"]}
    low = expert[ids["low"]]
    assert low["data"]["instruction"] == SECRET_TEXT
    assert low["data"]["reason"].startswith("low_confidence: confidence score 0.610")
    assert low["data"]["votes"] == {
        "ann1": "good (confidence 0.60)",
        "ann2": "good (confidence 0.62)",
        "annotator-hidden-1": "good (confidence 0.61)",
    }
    preds = {p["model_version"]: p for p in fake.predictions.values() if p["task"] == low["id"]}
    assert sorted(preds) == ["ann1", "ann2", "annotator-hidden-1", "majority"]  # never the e-mail address
    assert preds["ann2"]["score"] == 0.62 and preds["majority"]["score"] == 1.0
    assert preds["ann1"]["result"] == [
        {"from_name": "label", "to_name": "instruction", "type": "choices", "value": {"choices": ["good"]}}
    ]
    tie_preds = sorted(p["model_version"] for p in fake.predictions.values() if p["task"] == expert[ids["tie"]]["id"])
    assert tie_preds == ["ann1", "ann2"]  # a tie has no majority prediction

    [settings] = [p for p in fake.projects.values() if p["title"] == EXPERT]
    config = settings["label_config"]
    for tag in (
        '<Text name="instruction" value="$instruction"/>',
        '<Text name="input" value="$input"/>',
        '<Text name="output" value="$output"/>',
        '<Text name="reason" value="$reason"/>',
        '<Table name="votes" value="$votes"/>',
        '<Choices name="label" toName="instruction" choice="single-radio"',
        '<Choice value="good"/>',
        '<TextArea name="comment"',
    ):
        assert tag in config
    assert (settings["show_collab_predictions"], settings["model_version"], settings["maximum_annotations"]) == (
        True,
        "majority",
        1,
    )

    [blind] = [p for p in fake.projects.values() if p["title"] == REANNOTATION]
    assert "votes" not in blind["label_config"] and "reason" not in blind["label_config"]
    assert '<Number name="confidence"' in blind["label_config"]
    assert (blind["show_collab_predictions"], blind["maximum_annotations"]) == (False, 2)
    [one] = fake.project_tasks(REANNOTATION).values()
    assert set(one["data"]) == {"record_id", "instruction", "input", "output"}
    assert not [p for p in fake.predictions.values() if p["task"] == one["id"]]


def test_a_second_push_creates_no_duplicate_tasks(project, fake, monkeypatch):
    run_cli(["review", "push", str(project["run"])], env_for(fake), monkeypatch)
    n_tasks, n_preds, n_requests = len(fake.tasks), len(fake.predictions), len(fake.requests)
    code, out, _ = run_cli(["review", "push", str(project["run"])], env_for(fake), monkeypatch)
    assert code == 0
    assert f"project 1 '{EXPERT}' (unchanged): 2 records -> imported 0, updated 0, unchanged 2" in out
    assert (len(fake.tasks), len(fake.predictions)) == (n_tasks, n_preds)
    assert not [r for r in fake.requests[n_requests:] if r[0] in ("PATCH", "DELETE") or r[1].endswith("/import")]


def test_a_changed_record_updates_its_task_and_reviewed_tasks_are_left_alone(project, fake, monkeypatch):
    run_cli(["review", "push", str(project["run"])], env_for(fake), monkeypatch)
    ids = _ids(project["run"])
    expert = fake.project_tasks(EXPERT)
    low, tie = expert[ids["low"]], expert[ids["tie"]]
    # both tasks as an older push left them: another reason and another hash
    for task in (low, tie):
        task["data"] = {**task["data"], "reason": "an older reason"}
        task["meta"] = {"push_hash": "0" * 64}
    old_preds = {p["id"] for p in fake.predictions.values() if p["task"] == low["id"]}
    fake.annotate(tie["id"], fake.add_user("expert@example.org"), "bad")  # reviewed: never overwritten

    code, out, _ = run_cli(["review", "push", str(project["run"])], env_for(fake), monkeypatch)
    assert code == 0
    assert "2 records -> imported 0, updated 1, unchanged 0, changed but already reviewed (left as is) 1" in out
    assert len(fake.project_tasks(EXPERT)) == 2
    assert low["data"]["reason"].startswith("low_confidence: ") and low["meta"]["push_hash"] != "0" * 64
    new_preds = {p["id"] for p in fake.predictions.values() if p["task"] == low["id"]}
    assert len(new_preds) == len(old_preds) == 4 and not new_preds & old_preds  # replaced, not added
    assert tie["data"]["reason"] == "an older reason"


def test_pull_writes_decisions_the_next_run_makes_final(project, fake, monkeypatch):
    run_cli(["review", "push", str(project["run"])], env_for(fake), monkeypatch)
    ids = _ids(project["run"])
    one_rev, two_rev = fake.add_user("expert.one@example.org"), fake.add_user("expert.two@example.org")
    expert = fake.project_tasks(EXPERT)
    fake.annotate(expert[ids["low"]]["id"], one_rev, "good")
    fake.annotate(expert[ids["tie"]]["id"], two_rev, None)  # skipped first ...
    fake.annotate(expert[ids["tie"]]["id"], two_rev, "bad")  # ... then decided
    [one] = fake.project_tasks(REANNOTATION).values()
    fake.annotate(one["id"], one_rev, "good")
    fake.annotate(one["id"], two_rev, "good")

    decisions = project["base"] / "decisions"
    code, out, err = run_cli(
        ["review", "pull", str(project["run"]), "--out", str(decisions)], env_for(fake), monkeypatch
    )
    assert (code, err) == (0, "")
    assert (
        "expert review project 1: 2 tasks, 2 with annotations -> 2 decisions on 2 records by 2 reviewer(s), 1 skipped"
        in out
    )
    assert "re-annotation project 2: 1 tasks, 1 with annotations -> 2 annotations on 1 records by 2 reviewer(s)" in out
    assert f"adjudication_files: [{(decisions / 'expert_review.json').resolve()}]" in out
    assert "expert.one@example.org" not in out and SECRET_TEXT not in out
    export = json.loads((decisions / "expert_review.json").read_text(encoding="utf-8"))
    assert {a["completed_by"]["email"] for t in export for a in t["annotations"]} == {
        "expert.one@example.org",
        "expert.two@example.org",
    }
    assert not list(decisions.glob(".*"))  # no staging file left

    config2 = project["base"] / "config2.yaml"
    config2.write_text(
        CONFIG
        + f"  adjudication_files: [{decisions / 'expert_review.json'}]\n"
        + f"  annotation_files: [{decisions / 'reannotation.json'}]\n",
        encoding="utf-8",
    )
    run2 = project["base"] / "run2"
    code = main(
        ["run", "--quiet", "--corpus", str(project["corpus"]), "--out", str(run2), "--config", str(config2)],
        io.StringIO(),
        io.StringIO(),
    )
    assert code == 0
    before = json.loads((project["run"] / "manifest.json").read_text())["counts"]
    counts = json.loads((run2 / "manifest.json").read_text())["counts"]
    assert counts["input"] == counts["exported"] + counts["rejected"] + counts["duplicates"] + counts["review"]
    assert before["review"] == 3 and counts["review"] == 0
    assert (counts["exported"], counts["rejected"]) == (before["exported"] + 2, before["rejected"] + 1)
    exported = {
        r["record_id"]: r
        for f in ("train", "validation")
        for r in pq.read_table(run2 / "export" / f"{f}.parquet").to_pylist()
    }
    low = exported[ids["low"]]
    assert (low["review_status"], low["consensus_label"], low["adjudicated_by"]) == (
        "adjudicated",
        "good",
        "expert.one@example.org",  # de-identification is off in this config; on, it is a pseudonym
    )
    [rejected] = pq.read_table(run2 / "rejected" / "agreement.parquet").to_pylist()
    assert (rejected["record_id"], rejected["reason"]) == (ids["tie"], "rejected_by_adjudication")
    one_rec = exported[ids["one"]]
    assert (one_rec["review_status"], one_rec["n_annotators"]) == ("accepted", 3)


def test_errors_are_one_line_with_exit_codes_and_no_record_text(project, fake, monkeypatch):
    run = str(project["run"])
    code, _, err = run_cli(["review", "push", run], None, monkeypatch)
    assert code == 2 and err.startswith("error: set LABEL_STUDIO_URL and LABEL_STUDIO_API_KEY") and err.count("\n") == 1
    code, _, err = run_cli(
        ["review", "push", run], {"LABEL_STUDIO_URL": "ftp://x", "LABEL_STUDIO_API_KEY": "k"}, monkeypatch
    )
    assert code == 2 and "must start with http:// or https://" in err
    code, _, err = run_cli(["review", "push", run], env_for(fake, "wrong-token"), monkeypatch)
    assert code == 2
    assert err == (
        f"error: Label Studio at {fake.url} refused the API key (GET /api/current-user/whoami: HTTP 401); check "
        "LABEL_STUDIO_API_KEY (from environment) and that the user may use this project\n"
    )
    assert not fake.projects
    closed = FakeLabelStudio()  # never started: nothing listens on its port after close
    closed.server.server_close()
    code, _, err = run_cli(["review", "push", run], env_for(closed), monkeypatch)
    assert code == 1 and err.startswith(
        f"error: Label Studio at {closed.url} is not reachable (GET /api/current-user/whoami:"
    )
    code, _, err = run_cli(["review", "pull", run, "--out", run + "/decisions"], env_for(fake), monkeypatch)
    assert code == 2 and "is inside the run directory" in err
    code, _, err = run_cli(["review", "pull", run, "--out", str(project["base"] / "d0")], env_for(fake), monkeypatch)
    assert code == 2 and "has no project 'review-test: expert review' or 'review-test: re-annotation'" in err
    code, _, err = run_cli(["review", "push", str(project["base"] / "nope")], env_for(fake), monkeypatch)
    assert (code, err) == (2, f"error: run directory does not exist: {project['base'] / 'nope'}\n")


def test_project_config_mismatch(project, fake, monkeypatch):
    run = str(project["run"])
    run_cli(["review", "push", run], env_for(fake), monkeypatch)
    ids = _ids(project["run"])
    # the project offers a label the run's config does not have, and a reviewer used it: Label Studio
    # refuses push's config (it would invalidate that annotation)
    [p] = [p for p in fake.projects.values() if p["title"] == EXPERT]
    p["label_config"] = p["label_config"].replace(
        '<Choice value="good"/>', '<Choice value="good"/><Choice value="meh"/>'
    )
    fake.annotate(fake.project_tasks(EXPERT)[ids["low"]]["id"], fake.add_user("e@example.org"), "meh")
    with pytest.raises(ProjectMismatch, match=r"has annotations with 1 label\(s\) of control 'label' that push's"):
        push(LabelStudio(Connection(fake.url, ADMIN_TOKEN)), project["run"])
    assert "meh" in p["label_config"]  # not changed
    # a project with the title but not made by push (no Choices named 'label'): pull refuses it
    p["label_config"] = '<View><Text name="text" value="$text"/><Choices name="sentiment" toName="text"/></View>'
    code, _, err = run_cli(["review", "pull", run, "--out", str(project["base"] / "d1")], env_for(fake), monkeypatch)
    assert code == 2 and "has no Choices control named 'label'" in err
    assert SECRET_TEXT not in err
