"""`python -m pipeline scan`: findings with ids, fields and offsets, never values; exit 1 if any."""

from __future__ import annotations

import io
import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.errors import UsageError
from pipeline.stages.deidentify.scan import scan_command, scan_text

PHONE = "13812345678"
EMAIL = "zhang.wei@corp-mail.cn"


def test_scan_text_high_precision_only():
    assert [f.entity_type for f in scan_text(f"电话{PHONE}")] == ["PHONE_NUMBER"]
    assert scan_text("张伟住在北京市海淀区中关村大街27号") == []  # names/addresses are not gate material
    assert scan_text("电话*******5678，<PERSON_1>") == []


def test_scan_jsonl_json_parquet(tmp_path):
    (tmp_path / "a.jsonl").write_text(
        json.dumps({"id": "x1", "instruction": f"call {PHONE}", "output": "ok"})
        + "\n"
        + json.dumps({"id": "x2", "instruction": "clean", "output": "ok"})
        + "\n",
        encoding="utf-8",
    )
    (tmp_path / "b.json").write_text(
        json.dumps([{"messages": [{"role": "user", "content": f"mail {EMAIL}"}]}]), encoding="utf-8"
    )
    pq.write_table(pa.table({"record_id": ["r9"], "output": ["id 110101199003077475"]}), tmp_path / "c.parquet")
    out = io.StringIO()
    assert scan_command([tmp_path], out) == 1
    text = out.getvalue()
    lines = text.splitlines()
    assert lines[:-1] == [
        f"{tmp_path / 'a.jsonl'}\tx1\tinstruction\tPHONE_NUMBER\t5-16",
        f"{tmp_path / 'b.json'}\t#0\tmessages[0].content\tEMAIL_ADDRESS\t5-27",
        f"{tmp_path / 'c.parquet'}\tr9\toutput\tCN_RESIDENT_ID\t3-21",
    ]
    assert lines[-1] == "scan: 3 finding(s) in 3 of 4 record(s), 3 file(s)"
    for value in (PHONE, EMAIL, "110101199003077475"):
        assert value not in text


def test_scan_clean_exit_zero(tmp_path):
    (tmp_path / "a.jsonl").write_text(
        json.dumps({"instruction": "hi", "output": "电话*******5678"}) + "\n", encoding="utf-8"
    )
    out = io.StringIO()
    assert scan_command([tmp_path / "a.jsonl"], out) == 0
    assert out.getvalue() == "scan: 0 finding(s) in 0 of 1 record(s), 1 file(s)\n"


def test_scan_bad_json_is_usage_error(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"a": 1}\n{oops\n', encoding="utf-8")
    with pytest.raises(UsageError) as exc:
        scan_command([tmp_path / "a.jsonl"], io.StringIO())
    assert str(exc.value) == f"{tmp_path / 'a.jsonl'}:2: invalid JSON (column 2)"


def test_cli_scan_exit_codes(tmp_path):
    from pipeline.cli import main

    (tmp_path / "a.jsonl").write_text(json.dumps({"instruction": f"call {PHONE}"}) + "\n", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert main(["scan", str(tmp_path)], out=out, err=err) == 1
    assert PHONE not in out.getvalue() + err.getvalue()
