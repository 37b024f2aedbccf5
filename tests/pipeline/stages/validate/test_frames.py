"""The frames the validate suites run on: the residual-PII gate frame holds ids and counts, never text."""

from __future__ import annotations

import json

import pyarrow as pa

from pipeline.config import parse_config
from pipeline.core.records import RECORD_SCHEMA
from pipeline.stages.validate.frames import deidentified_frame
from tests.conftest import TEST_DATA

DATA = TEST_DATA / "validate"


def _table(name: str) -> pa.Table:
    rows = [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    for row in rows:  # the record fields only (the span fixtures carry more)
        row.pop("spans", None)
        row.pop("bio_tags", None)
    return pa.Table.from_pylist(rows, schema=RECORD_SCHEMA)


def test_residual_frame_counts_what_de_identification_left_per_record() -> None:
    cfg = parse_config({}, source="test", base_dir=DATA)
    frame = deidentified_frame(_table("bad_deid.jsonl"), cfg)
    assert list(frame.columns) == ["record_id", "residual_pii"]
    assert str(frame["residual_pii"].dtype) == "int64"
    # a phone number, a resident id, a bank card, an e-mail in history; the last record is clean
    assert dict(zip(frame["record_id"], frame["residual_pii"].tolist())) == {
        "d-001": 1,
        "d-002": 1,
        "d-003": 1,
        "d-004": 1,
        "d-005": 0,
    }


def test_residual_frame_of_masked_text_is_all_zero_and_holds_no_text() -> None:
    cfg = parse_config({}, source="test", base_dir=DATA)
    table = _table("good.jsonl")
    frame = deidentified_frame(table, cfg)
    assert frame["residual_pii"].tolist() == [0] * table.num_rows
    texts = {v for v in table.column("input").to_pylist() + table.column("output").to_pylist() if v}
    assert not texts & {str(v) for v in frame.to_numpy().ravel()}
