"""Stability across versions and version quality, through the steps the nightly DAG calls.

Two nightly builds of one file: the second edits one record's annotated amount. The agreement
stage of the second build sees the first version's values by source identity (an unchanged amount
is stable, the edited one is not and falls under its threshold), and each version records its
quality, which ``versions list`` shows with the trend.
"""

import io
import json

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.cli import main
from pipeline.core.source import TableSource
from pipeline.runtime.field_history import previous_field_values
from pipeline.runtime.rundir import RunDir
from pipeline.runtime.versions import DatasetStore
from tests.support.nightly import nightly
from tests.support.stages import only_stages


def _rec(rid, amount, conf=0.9):
    fields = {"amount": {"value": amount, "confidence": conf}}
    return {
        "id": rid,
        "instruction": f"What does invoice {rid} say about the total amount due?",
        "output": f"The invoice {rid} states a total amount that is due next month.",
        "annotations": [
            {"annotator_id": "ann-1", "label": "good", "confidence": 0.9, "fields": fields},
            {"annotator_id": "ann-2", "label": "good", "confidence": 0.9, "fields": fields},
        ],
    }


def _write(path, rows):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def test_stability_and_quality_across_two_versions(tmp_path):
    data = tmp_path / "data"
    corpus = data / "corpora" / "team"
    config = data / "config.yaml"
    corpus.mkdir(parents=True)
    config.write_text("agreement:\n  min_annotators: 2\n", encoding="utf-8")
    _write(corpus / "a.jsonl", [_rec("a1", "¥1,200"), _rec("a2", "¥300", 0.8)])
    with only_stages("dedup", "agreement"):
        nightly(data, corpus, config, "night-1")
        _write(corpus / "a.jsonl", [_rec("a1", "¥1,200"), _rec("a2", "¥350", 0.8), _rec("a3", "¥10")])
        run2 = nightly(data, corpus, config, "night-2")

    store = DatasetStore(data, "team")
    v1 = pq.read_table(store.dir / "v0001" / "train").to_pylist()
    assert {r["source_id"]: r["field_confidence"][0]["stable"] for r in v1} == {"a1": None, "a2": None}
    v2 = pq.read_table(store.dir / "v0002" / "train").to_pylist()
    # a1 unchanged: (0.45 + 0.3 + 0.2) = 0.95; a3 new: no previous value, (0.45 + 0.3) / 0.8 = 0.9375
    assert {
        r["source_id"]: (r["field_confidence"][0]["stable"], r["field_confidence"][0]["confidence"]) for r in v2
    } == {
        "a1": (True, 0.95),
        "a3": (None, 0.9375),
    }
    # a2's amount changed: 0.4 + 0.3 + 0 = 0.7 < 0.75 -> review
    [held] = pq.read_table(RunDir(run2).path("review/agreement.parquet")).to_pylist()
    assert held["reason"] == "field_low_confidence"
    assert "stability 0;" in held["detail"] and "¥" not in held["detail"]

    q1, q2 = store.info("v0001")["quality"], store.info("v0002")["quality"]
    assert (q1["score"], q1["export_share"], q1["settled_share"], q1["decided"]) == (1.0, 1.0, 1.0, 2)
    assert (q2["export_share"], q2["settled_share"], q2["decided"]) == (0.666667, 0.666667, 3)
    assert (q2["agreement"], q2["score"]) == (None, 0.6667)  # every vote "good": alpha is undefined, left out

    out, err = io.StringIO(), io.StringIO()
    assert main(["versions", "list", "team", "--root", str(data)], out, err) == 0
    lines = out.getvalue().splitlines()
    assert lines[2].split()[3:5] == ["1.0000", "-"]
    assert lines[3].split()[3:5] == ["0.6667", "-0.3333"]


def test_no_previous_values_without_a_base_version(tmp_path):
    assert previous_field_values(None, None) is None
    records = TableSource(pa.table({"record_id": ["r0"]}))
    assert previous_field_values({"full_rebuild": True, "base_version": "v0001"}, records) is None  # type: ignore[arg-type]
    assert previous_field_values({"full_rebuild": False, "base_version": None}, records) is None  # type: ignore[arg-type]
