"""The validate stage's residual-PII gate agrees with the stage: nothing left on its output, counts on its input."""

from __future__ import annotations

import pytest

from pipeline.config import parse_config
from pipeline.core.records import records_to_table
from pipeline.stages.deidentify import gate
from pipeline.stages.deidentify.gate import residual_counts
from tests.support.deid import default_policy_data, rec, write_policy


@pytest.fixture
def config(tmp_path):
    return parse_config({}, source="t.yaml", base_dir=tmp_path)


def test_gate_finds_nothing_in_what_the_stage_kept(mixed_run, config):
    _, _, result = mixed_run
    assert residual_counts(result.kept, config) == [0] * result.kept.num_rows


def test_gate_counts_what_the_stage_transformed_in_its_input(mixed_run, config):
    rows, _, result = mixed_run
    counts = dict(zip([r["record_id"] for r in rows], residual_counts(records_to_table(rows), config), strict=True))
    assert counts == {"m1": 3, "m2": 0, "m3": 2, "m4": 2, "m5": 2, "m6": 1, "m7": 0, "m8": 0, "m9": 2}
    transformed = {r["record_id"] for r in result.kept.to_pylist() if r["pii_entities"] > 0}
    assert {rid for rid, n in counts.items() if n > 0} == transformed == {"m1", "m3", "m4", "m5", "m6", "m9"}


def test_gate_uses_the_runs_policy(tmp_path):
    data = default_policy_data()
    data["entities"]["PHONE_NUMBER"] = {"action": "keep", "threshold": 0.5}
    write_policy(tmp_path, data)
    cfg = parse_config({"deidentify": {"policy": "policy.yaml"}}, source="t.yaml", base_dir=tmp_path)
    table = records_to_table(
        [rec("g1", "电话13912345678", lang="zh"), rec("g2", "邮箱wang.fang@corp-mail.cn", lang="zh")]
    )
    assert residual_counts(table, cfg) == [0, 1]
    default = parse_config({}, source="t.yaml", base_dir=tmp_path)
    assert residual_counts(table, default) == [1, 1]


def test_gate_never_creates_a_key_file(tmp_path, monkeypatch, config):
    monkeypatch.delenv("INSTRUCTFLOW_PII_KEY")
    monkeypatch.setenv("INSTRUCTFLOW_PII_KEY_FILE", str(tmp_path / "pii.key"))
    gate._SCANNERS.clear()
    assert residual_counts(records_to_table([rec("g1", "Hi.")]), config) == [0]
    assert not (tmp_path / "pii.key").exists()


def test_gate_scans_in_batches(monkeypatch, config):
    monkeypatch.setattr(gate, "BATCH_ROWS", 2)
    rows = [rec(f"g{i}", f"电话1391234567{i}" if i % 2 else "普通", lang="zh") for i in range(5)]
    assert residual_counts(records_to_table(rows), config) == [0, 1, 0, 1, 0]
    assert residual_counts(records_to_table([]), config) == []
