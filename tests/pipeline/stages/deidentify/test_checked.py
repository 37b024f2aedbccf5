"""The digests of the records the stage checked: written by the stage, recomputed by the gate, never trusted blindly."""

from __future__ import annotations

import dataclasses

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.config import parse_config
from pipeline.core.records import records_to_table
from pipeline.stages.deidentify import gate
from pipeline.stages.deidentify.checked import (
    checked_file,
    checked_table,
    policy_fingerprint,
    read_checked,
    record_digest,
    verified,
)
from pipeline.stages.deidentify.gate import residual_counts
from pipeline.stages.deidentify.residual import ResidualScanner
from pipeline.stages.deidentify.run_policy import load_run_policy
from tests.support.deid import rec


@pytest.fixture
def config(tmp_path):
    return parse_config({}, source="t.yaml", base_dir=tmp_path)


@pytest.fixture
def fingerprint(config):
    policy = load_run_policy(config, with_key=False)
    return policy_fingerprint(policy, ResidualScanner(policy).types)


def test_the_stage_writes_one_digest_per_kept_record(mixed_run, fingerprint):
    _, ctx, result = mixed_run
    checked = read_checked(checked_file(ctx.run_dir, ctx.shard))
    kept = result.kept.to_pylist()
    assert sorted(checked) == sorted(str(r["record_id"]) for r in kept)
    assert all(checked[str(r["record_id"])] == record_digest(r, fingerprint) for r in kept)


def test_the_gate_does_not_rescan_what_the_stage_checked(mixed_run, config, monkeypatch):
    _, ctx, result = mixed_run
    checked = read_checked(checked_file(ctx.run_dir, ctx.shard))
    scanned: list[str] = []
    scanner = gate._scanner(config)
    original = scanner.scan_rows

    def spy(rows, only=None):
        scanned.extend(str(r["record_id"]) for r in rows)
        return original(rows, only)

    monkeypatch.setattr(scanner, "scan_rows", spy)
    assert residual_counts(result.kept, config, checked) == [0] * result.kept.num_rows
    assert scanned == []
    assert residual_counts(result.kept, config) == [0] * result.kept.num_rows  # without digests: all scanned
    assert len(scanned) == result.kept.num_rows


def test_a_record_edited_after_the_stage_is_scanned_and_counted(mixed_run, config):
    _, ctx, result = mixed_run
    checked = read_checked(checked_file(ctx.run_dir, ctx.shard))
    rows = result.kept.to_pylist()
    rows[0] = dict(rows[0], output=rows[0]["output"] + " Call 13912345678.")
    counts = residual_counts(pa.Table.from_pylist(rows, schema=result.kept.schema), config, checked)
    assert counts == [1] + [0] * (len(rows) - 1)


def test_a_record_the_stage_never_saw_is_scanned(config, fingerprint):
    row = rec("n1", "电话13912345678", lang="zh")
    other = rec("n2", "Hi.")
    checked = {"n2": record_digest(other, fingerprint)}
    assert residual_counts(records_to_table([row, other]), config, checked) == [1, 0]
    assert verified([row, other], checked, fingerprint) == [False, True]


def test_the_digest_follows_text_path_surrogates_and_policy(config, fingerprint):
    row = rec("d1", "Hello.", output="Fine.")
    base = record_digest(row, fingerprint)
    assert record_digest(dict(row), fingerprint) == base
    assert record_digest(dict(row, output="Fine!"), fingerprint) != base
    assert record_digest(dict(row, input="Fine."), fingerprint) != base  # same text, another field
    assert record_digest(dict(row, pii_surrogates=["ab12"]), fingerprint) != base
    assert record_digest(dict(row, record_id="d2"), fingerprint) != base
    policy = load_run_policy(config, with_key=False)
    types = ResidualScanner(policy).types
    stricter = dataclasses.replace(
        policy,
        entities={
            **policy.entities,
            "PHONE_NUMBER": dataclasses.replace(policy.entities["PHONE_NUMBER"], threshold=0.1),
        },
    )
    assert policy_fingerprint(stricter, types) != fingerprint
    assert policy_fingerprint(policy, types[:-1]) != fingerprint
    assert policy_fingerprint(dataclasses.replace(policy, allow_list=frozenset({"x"})), types) != fingerprint
    assert policy_fingerprint(dataclasses.replace(policy, key=b"k" * 32), types) == fingerprint  # never the key


def test_a_missing_or_foreign_file_gives_no_digests(tmp_path):
    assert read_checked(tmp_path / "none.parquet") == {}
    (tmp_path / "bad.parquet").write_bytes(b"not parquet")
    assert read_checked(tmp_path / "bad.parquet") == {}
    pq.write_table(pa.table({"record_id": ["a"], "digest": ["text"]}), tmp_path / "other.parquet")
    assert read_checked(tmp_path / "other.parquet") == {}
    pq.write_table(checked_table(["a"], [b"\x01" * 16]), tmp_path / "ok.parquet")
    assert read_checked(tmp_path / "ok.parquet") == {"a": b"\x01" * 16}


def test_the_file_sits_next_to_the_shards_parts(tmp_path):
    assert checked_file(tmp_path, 3) == tmp_path / "work" / "deidentify" / "checked-00003.parquet"
    assert checked_file(tmp_path, None) == tmp_path / "work" / "deidentify" / "checked-00000.parquet"
