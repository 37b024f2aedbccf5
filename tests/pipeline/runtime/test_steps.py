import json

import pyarrow.parquet as pq
import pytest

from pipeline.errors import StageError, UsageError
from pipeline.runtime import registry
from pipeline.runtime.registry import StageSpec
from pipeline.runtime.rundir import RunDir
from pipeline.runtime.steps import prepare_run, run_all, run_export, run_ingest, run_stage, safe_run_name
from tests.support.stages import only_stages


@pytest.fixture
def corpus(tmp_path):
    root = tmp_path / "corpus"
    root.mkdir()
    rows = [
        {"id": i, "instruction": f"Question number {i}?", "input": "", "output": f"Answer number {i}."}
        for i in range(40)
    ]
    rows.append({"id": 99, "instruction": "bad", "output": 1})
    (root / "a.json").write_text(json.dumps(rows), encoding="utf-8")
    (root / "b.jsonl").write_text('{"instruction": "中文问题", "output": "中文回答"}\nnot json\n', encoding="utf-8")
    return root


@pytest.fixture
def foundation_only():
    with only_stages():
        yield


def test_ingest_then_export_writes_the_run_directory(tmp_path, corpus, foundation_only):
    run = tmp_path / "run"
    prep = prepare_run(run, [corpus])
    assert prep["run_id"].startswith("run-")
    ing = run_ingest(run)
    assert (ing["records_in"], ing["kept"], ing["rejected"]) == (43, 41, 2)
    assert ing["reasons"] == {"malformed_json": 1, "wrong_type": 1}
    exp = run_export(run)
    assert exp["counts"] == {"input": 43, "exported": 41, "rejected": 2, "duplicates": 0, "review": 0}
    manifest = json.loads((run / "manifest.json").read_text())
    assert manifest["counts"] == exp["counts"]
    assert [s["stage"] for s in manifest["stages"]] == ["ingest"]
    assert {i["file"] for i in manifest["inputs"]} == {"a.json", "b.jsonl"}
    assert all(len(i["sha256"]) == 64 for i in manifest["inputs"])
    paths = {o["path"] for o in manifest["outputs"]}
    assert {"export/train.parquet", "export/validation.parquet", "export/README.md", "rejected/ingest.parquet"} <= paths
    assert manifest["config"]["export"]["validation_ratio"] == 0.02
    card = (run / "export" / "README.md").read_text()
    assert "| en | 40 |" in card and "| zh | 1 |" in card and "ingest/wrong_type" in card
    rejected = pq.read_table(run / "rejected" / "ingest.parquet").to_pylist()
    assert {r["reason"] for r in rejected} == {"malformed_json", "wrong_type"}


def test_xcom_results_are_small_and_json_serialisable(tmp_path, corpus, foundation_only):
    run = tmp_path / "run"
    prepare_run(run, [corpus])
    for res in (run_ingest(run), run_export(run)):
        assert len(json.dumps(res)) < 4000


def test_rerun_gives_identical_outputs(tmp_path, corpus, foundation_only):
    a, b = tmp_path / "a", tmp_path / "b"
    run_all(a, [corpus])
    run_all(b, [corpus])
    for rel in ("export/train.parquet", "export/validation.parquet", "export/README.md", "rejected/ingest.parquet"):
        assert (a / rel).read_bytes() == (b / rel).read_bytes(), rel
    ma = json.loads((a / "manifest.json").read_text())
    mb = json.loads((b / "manifest.json").read_text())
    assert ma == mb
    run_all(a, [corpus])
    assert json.loads((a / "manifest.json").read_text()) == ma


def test_prepare_refuses_a_folder_that_is_not_a_run_directory(tmp_path, corpus):
    target = tmp_path / "mine"
    target.mkdir()
    (target / "precious.txt").write_text("keep me")
    with pytest.raises(UsageError, match="output directory is not empty and is not a run directory"):
        prepare_run(target, [corpus])
    assert (target / "precious.txt").exists()


def test_prepare_clears_stale_outputs_of_an_earlier_run(tmp_path, corpus, foundation_only):
    run = tmp_path / "run"
    run_all(run, [corpus])
    (run / "duplicates").mkdir()
    (run / "duplicates" / "old.parquet").write_text("stale")
    prepare_run(run, [corpus])
    assert not (run / "duplicates").exists() and not (run / "manifest.json").exists()


def test_steps_need_their_inputs(tmp_path, corpus, foundation_only):
    run = tmp_path / "run"
    prepare_run(run, [corpus])
    with pytest.raises(StageError, match="needs the output of 'ingest'"):
        run_export(run)
    with pytest.raises(UsageError, match="not a prepared run directory"):
        run_ingest(tmp_path / "nowhere")
    with pytest.raises(UsageError, match=r"unknown stage 'nope' \(stages: ingest, export\)"):
        run_stage("nope", run)


def test_config_is_snapshotted_at_prepare(tmp_path, corpus, foundation_only):
    cfg = tmp_path / "c.yaml"
    cfg.write_text("export:\n  validation_ratio: 0.5\n")
    run = tmp_path / "run"
    prepare_run(run, [corpus], cfg)
    cfg.write_text("export:\n  validation_ratio: 0.0\n")
    _, loaded = RunDir(run).load()
    assert loaded.export.validation_ratio == 0.5


class LossyStage:
    def run(self, table, ctx):
        from pipeline.core.stage import StageResult

        return StageResult(kept=table.slice(1))


LOSSY = LossyStage()


def test_a_stage_that_loses_records_fails_loudly(tmp_path, corpus):
    with only_stages(extra=(StageSpec("clean", "per_shard", f"{__name__}:LOSSY"),)):
        run = tmp_path / "run"
        prepare_run(run, [corpus])
        run_ingest(run)
        assert registry.names() == ["ingest", "clean", "export"]
        with pytest.raises(StageError, match="stage 'clean' lost track of records: 41 in, 40 kept"):
            run_stage("clean", run)


@pytest.mark.parametrize(
    ("run_id", "name"), [("manual__2026-11-24T19:34:59.4+00:00", "manual__2026-11-24T19_34_59.4_00_00"), ("a/b", "a_b")]
)
def test_safe_run_name(run_id, name):
    assert safe_run_name(run_id) == name


@pytest.fixture
def dedup_only():
    with only_stages("dedup"):
        yield


def test_history_rerun_is_idempotent_and_later_copies_are_dropped(tmp_path, corpus, dedup_only):
    history = tmp_path / "history"
    first, again, later = tmp_path / "r1", tmp_path / "r2", tmp_path / "r3"
    for run in (first, again):
        prepare_run(run, [corpus], history_default=True, history_path=history)
        run_ingest(run)
        run_stage("dedup", run)
        result = run_export(run)
    assert result["counts"]["duplicates"] == 0
    assert (first / "export" / "train.parquet").read_bytes() == (again / "export" / "train.parquet").read_bytes()
    assert (history / "index.parquet").is_file()
    assert pq.read_table(history / "index.parquet").num_rows == 41

    copy = tmp_path / "newcorpus.jsonl"
    copy.write_text(
        json.dumps({"instruction": "Question number 7?", "output": "Answer number 7."})
        + "\n"
        + json.dumps({"instruction": "A brand new question?", "output": "A brand new answer."})
        + "\n",
        encoding="utf-8",
    )
    prepare_run(later, [copy], history_default=True, history_path=history)
    run_ingest(later)
    dedup = run_stage("dedup", later)
    assert dedup["duplicates"] == 1 and dedup["counters"]["history_duplicates"] == 1
    dup = pq.read_table(later / "duplicates" / "dedup.parquet").to_pylist()[0]
    assert dup["method"] == "history"
    original = RunDir(first).read_stage("ingest").to_pylist()
    assert dup["duplicate_of"] == next(r["record_id"] for r in original if r["instruction"] == "Question number 7?")
    run_export(later)
    assert pq.read_table(history / "index.parquet").num_rows == 42


def test_history_is_off_for_the_cli_by_default(tmp_path, corpus, dedup_only):
    run = tmp_path / "run"
    run_all(run, [corpus])
    _, config = RunDir(run).load()
    assert config.dedup.history.enabled == "off"
    assert not (run / "dedup").exists()
