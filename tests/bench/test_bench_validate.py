"""``bench_validate.py prepare``: the pipeline-shaped run directory carries the digests the gate reuses; ``--raw`` none."""

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from bench.bench_validate import is_pipeline_dir, prepare, prepare_raw
from pipeline.runtime.execute import context
from pipeline.runtime.rundir import RunDir
from tests.support.deid import TEST_KEY

ALPACA_LIKE = [
    {"instruction": "Give three tips for staying healthy.", "input": "", "output": "Eat well, sleep, move."},
    {"instruction": "Write to the customer.", "input": "Her e-mail is rose.carter@example.org.", "output": "Done."},
    {"instruction": "Translate to French.", "input": "Good morning", "output": "Bonjour"},
    {"instruction": "Name a primary colour.", "input": "", "output": "Blue."},
]


@pytest.fixture
def source(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("INSTRUCTFLOW_PII_KEY", TEST_KEY)
    path = tmp_path / "alpaca.json"
    path.write_text(json.dumps(ALPACA_LIKE), encoding="utf-8")
    return path


def _verified(run_dir: Path, table_stage: str) -> list[bool]:
    """Per record validate receives: does the gate find the stage's digest for it (so it skips the scan)?"""
    from pipeline.stages.deidentify.checked import policy_fingerprint, verified
    from pipeline.stages.deidentify.gate import _scanner, stage_checked

    run = RunDir(run_dir)
    scanner = _scanner(context(run, "validate").config)
    fingerprint = policy_fingerprint(scanner.policy, scanner.types)
    out: list[bool] = []
    for shard in run.list_shards(table_stage):
        rows = run.read_shard(table_stage, shard).to_pylist()
        out += verified(rows, stage_checked(run_dir, shard), fingerprint)
    return out


def test_prepare_runs_the_stages_and_every_record_reaches_validate_with_its_digest(
    source: Path, tmp_path: Path
) -> None:
    run_dir = tmp_path / "run"
    prepare(run_dir, source, plain=False)
    assert is_pipeline_dir(run_dir)
    rows = RunDir(run_dir).read_stage("deidentify").to_pylist()
    assert len(rows) == len(ALPACA_LIKE)
    assert all(r["annotations"] and r["spans"] and r["bio_tags"] for r in rows)  # synthetic fields went through ingest
    assert "rose.carter@example.org" not in json.dumps(rows)  # deidentify ran
    assert all(_verified(run_dir, "deidentify"))


def test_raw_prepare_leaves_no_digests(source: Path, tmp_path: Path) -> None:
    from pipeline.stages.deidentify.gate import stage_checked

    run_dir = tmp_path / "raw"
    prepare_raw(run_dir, source, plain=False)
    assert not is_pipeline_dir(run_dir)
    table = pq.read_table(run_dir / "work" / "ingest.parquet")  # one spans/bio_tags column each (was two)
    assert table.num_rows == len(ALPACA_LIKE) and table.column("spans").null_count == 0
    assert stage_checked(run_dir, 0) == {}
