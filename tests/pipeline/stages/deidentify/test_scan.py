"""`python -m pipeline scan`: one masked line per finding, at least what the gate finds, exit codes 0/1/2."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.cli import main
from pipeline.config import parse_config
from pipeline.core.records import records_to_table
from pipeline.errors import UsageError
from pipeline.stages.deidentify.gate import residual_counts
from pipeline.stages.deidentify.residual import ResidualScanner
from pipeline.stages.deidentify.scan import iter_records, iter_strings, scan_command, scan_records
from tests.conftest import ROOT
from tests.support.deid import PLANTED, default_policy_data, mixed_batch, write_policy

PHONE = "13912345678"
EMAIL = "zhang.wei@corp-mail.cn"


@pytest.fixture(scope="module")
def batch_files(tmp_path_factory) -> dict[str, Path]:
    """The mixed batch as JSONL and as Parquet."""
    folder = tmp_path_factory.mktemp("batch")
    rows = mixed_batch()
    (folder / "batch.jsonl").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8"
    )
    pq.write_table(records_to_table(rows), folder / "batch.parquet")
    return {"jsonl": folder / "batch.jsonl", "parquet": folder / "batch.parquet"}


@pytest.fixture(scope="module")
def scanner(default_policy):
    return ResidualScanner(default_policy)


def scan(paths, policy, names=False) -> tuple[int, list[str]]:
    out = io.StringIO()
    rc = scan_command([Path(p) for p in paths], out, policy, names=names)
    return rc, out.getvalue().splitlines()


BATCH_LINES = [
    ("m1", "history[0][0]", "CN_RESIDENT_ID", "7-25", "******************"),
    ("m1", "instruction", "PHONE_NUMBER", "11-22", "***********"),
    ("m1", "instruction", "EMAIL_ADDRESS", "25-47", "****.****@****-****.**"),
    ("m3", "input", "PHONE_NUMBER", "28-40", "***-***-****"),
    ("m3", "input", "EMAIL_ADDRESS", "49-72", "****.******@*******.***"),
    ("m4", "instruction", "STREET_ADDRESS", "5-26", "*********************"),
    ("m4", "instruction", "PHONE_NUMBER", "29-40", "***********"),
    ("m5", "instruction", "BANK_CARD", "5-24", "**** **** **** ****"),
    ("m5", "instruction", "IP_ADDRESS", "55-66", "**.**.**.**"),
    ("m6", "instruction", "STREET_ADDRESS", "19-62", "** ********** ******, ***********, ** *****"),
    ("m9", "annotations[0].annotator_id", "EMAIL_ADDRESS", "0-23", "*****.*****@*******.***"),
    ("m9", "source_id", "PHONE_NUMBER", "5-16", "***********"),
]


@pytest.mark.parametrize("kind", ["jsonl", "parquet"])
def test_scan_lines_are_exact_and_masked(batch_files, default_policy, kind):
    path = batch_files[kind]
    rc, lines = scan([path], default_policy)
    assert rc == 1
    assert lines[:-1] == ["\t".join([str(path), *fields]) for fields in BATCH_LINES]
    assert lines[-1] == "scan: 12 finding(s) in 6 of 9 record(s), 1 file(s)"
    text = "\n".join(lines)
    for value in [*PLANTED.values(), "maria.lopez@example.org"]:
        assert value not in text
    for line in lines[:-1]:
        assert not any(c.isalnum() for c in line.split("\t")[5])


@pytest.mark.parametrize("kind", ["jsonl", "parquet"])
def test_scan_finds_at_least_what_the_gate_finds(batch_files, default_policy, scanner, tmp_path, kind):
    rows = mixed_batch()
    gate = residual_counts(records_to_table(rows), parse_config({}, source="t.yaml", base_dir=tmp_path))
    per_record = {
        str(record.get("record_id")): len(found)
        for _, record, _, found in scan_records(iter_records(batch_files[kind]), scanner)
    }
    assert all(per_record[r["record_id"]] >= n for r, n in zip(rows, gate, strict=True))
    assert sum(per_record.values()) == sum(gate) == 12


def test_scan_of_the_stages_output_is_clean(mixed_run, default_policy, tmp_path):
    _, _, result = mixed_run
    pq.write_table(result.kept, tmp_path / "kept.parquet")
    assert scan([tmp_path / "kept.parquet"], default_policy) == (
        0,
        ["scan: 0 finding(s) in 0 of 9 record(s), 1 file(s)"],
    )


def test_names_adds_person_names(batch_files, default_policy):
    rc, lines = scan([batch_files["jsonl"]], default_policy, names=True)
    persons = [line.split("\t")[1:] for line in lines if "\tPERSON\t" in line]
    assert rc == 1 and persons == [
        ["m1", "instruction", "PERSON", "3-6", "***"],
        ["m1", "output", "PERSON", "0-3", "***"],
        ["m3", "input", "PERSON", "9-20", "**** ******"],
    ]
    assert lines[-1] == "scan: 15 finding(s) in 6 of 9 record(s), 1 file(s)"


def test_scan_reads_jsonl_json_parquet_nested_fields_and_skips_metadata(tmp_path, default_policy):
    (tmp_path / "a.jsonl").write_text(
        json.dumps({"id": "x1", "instruction": f"call {PHONE}", "output": "ok"})
        + "\n\n"
        + json.dumps({"id": "x2", "instruction": "clean", "output": "ok"})
        + "\n"
        + json.dumps(f"电话{PHONE}", ensure_ascii=False)
        + "\n",
        encoding="utf-8",
    )
    (tmp_path / "b.json").write_text(
        json.dumps([{"messages": [{"role": "user", "content": f"mail {EMAIL}"}]}]), encoding="utf-8"
    )
    pq.write_table(
        pa.table({"record_id": ["r9"], "output": ["id 110101199003077475"], "corpus": [PHONE]}), tmp_path / "c.parquet"
    )
    (tmp_path / "notes.txt").write_text(PHONE, encoding="utf-8")  # not a dataset file: ignored
    rc, lines = scan([tmp_path], default_policy)
    assert rc == 1
    assert lines == [
        f"{tmp_path / 'a.jsonl'}\tx1\tinstruction\tPHONE_NUMBER\t5-16\t***********",
        f"{tmp_path / 'a.jsonl'}\t#3\tvalue\tPHONE_NUMBER\t2-13\t***********",
        f"{tmp_path / 'b.json'}\t#0\tmessages[0].content\tEMAIL_ADDRESS\t5-27\t*****.***@****-****.**",
        f"{tmp_path / 'c.parquet'}\tr9\toutput\tCN_RESIDENT_ID\t3-21\t******************",
        "scan: 4 finding(s) in 4 of 5 record(s), 3 file(s)",
    ]


def test_iter_strings_paths():
    record = {"record_id": "r", "a": "x", "b": [{"c": "y"}, ["z", ""]], "lang": "en", "n": 3, "source_id": "s"}
    assert list(iter_strings(record)) == [("a", "x"), ("b[0].c", "y"), ("b[1][0]", "z"), ("source_id", "s")]


def test_scan_clean_exit_zero(tmp_path, default_policy):
    (tmp_path / "a.jsonl").write_text(
        json.dumps({"instruction": "hi", "output": "电话*******5678，<PERSON_1>"}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    assert scan([tmp_path / "a.jsonl"], default_policy) == (0, ["scan: 0 finding(s) in 0 of 1 record(s), 1 file(s)"])


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("a.jsonl", '{"a": 1}\n{oops\n', "{path}:2: invalid JSON (column 2)"),
        ("a.json", '[{"a": 1},\n oops]', "{path}:2: invalid JSON (column 2)"),
        ("a.parquet", "not parquet", "{path}: not a readable Parquet file (ArrowInvalid)"),
        ("a.csv", "a,b\n", "{path}: cannot scan '.csv' files (allowed: .parquet, .jsonl, .json)"),
    ],
)
def test_unreadable_inputs_are_usage_errors_naming_file_and_line(tmp_path, default_policy, name, content, message):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(UsageError) as exc:
        scan_command([path], io.StringIO(), default_policy)
    assert str(exc.value) == message.format(path=path)
    with pytest.raises(UsageError) as exc:
        scan_command([tmp_path / "missing"], io.StringIO(), default_policy)
    assert str(exc.value) == f"path does not exist: {tmp_path / 'missing'}"


# --------------------------------------------------------------------------- the command line


def cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    rc = main(["scan", *args], out=out, err=err)
    return rc, out.getvalue(), err.getvalue()


def test_cli_policy_changes_what_is_found(tmp_path, batch_files):
    data = default_policy_data()
    for etype in list(data["entities"]):
        if etype not in ("EMAIL_ADDRESS", "PERSON"):
            data["entities"][etype] = {"action": "keep", "threshold": 0.5}
    policy = write_policy(tmp_path, data)
    rc, out, err = cli("--policy", str(policy), str(batch_files["jsonl"]))
    assert (rc, err) == (1, "")
    assert [line.split("\t")[3] for line in out.splitlines()[:-1]] == ["EMAIL_ADDRESS"] * 3
    rc, out, _ = cli("--policy", str(policy), "--names", str(batch_files["jsonl"]))
    assert sorted({line.split("\t")[3] for line in out.splitlines()[:-1]}) == ["EMAIL_ADDRESS", "PERSON"]


def test_cli_bad_policy_and_bad_paths_exit_2_with_one_line(tmp_path, batch_files):
    rc, out, err = cli("--policy", str(tmp_path / "nope.yaml"), str(batch_files["jsonl"]))
    assert (rc, out) == (2, "")
    assert err == f"error: {tmp_path / 'nope.yaml'}: de-identification policy file not found\n"
    rc, out, err = cli(str(tmp_path / "missing.jsonl"))
    assert (rc, out, err) == (2, "", f"error: path does not exist: {tmp_path / 'missing.jsonl'}\n")


def python_m_pipeline(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "pipeline", "scan", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )


@pytest.mark.slow
def test_python_m_pipeline_scan_exit_codes(tmp_path, batch_files, mixed_run):
    found = python_m_pipeline(str(batch_files["parquet"]))
    assert found.returncode == 1, found.stderr
    assert found.stdout.splitlines()[-1] == "scan: 12 finding(s) in 6 of 9 record(s), 1 file(s)"
    assert PLANTED["zh_phone"] not in found.stdout + found.stderr
    pq.write_table(mixed_run[2].kept, tmp_path / "kept.parquet")
    clean = python_m_pipeline(str(tmp_path / "kept.parquet"))
    assert (clean.returncode, clean.stdout) == (0, "scan: 0 finding(s) in 0 of 9 record(s), 1 file(s)\n")
    bad = python_m_pipeline("--policy", str(tmp_path / "nope.yaml"), str(tmp_path))
    assert bad.returncode == 2
    assert bad.stderr == f"error: {tmp_path / 'nope.yaml'}: de-identification policy file not found\n"
