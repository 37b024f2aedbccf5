"""The glue between the generated corpus, the stage's record schema and the scorer."""

import pyarrow as pa

from bench.deid.eval_part import aggregate_only, eval_rows, markdown
from bench.deid.stage_runner import StageRun
from bench.pii_eval.generate import generate
from bench.pii_eval.score import score
from pipeline.core.records import RECORD_SCHEMA


def _redacted(rec):
    """``rec`` with every labelled span of its text fields replaced (a perfect de-identifier)."""
    out = dict(rec)
    for field in ("instruction", "input", "output", "system"):
        labs = sorted((lab for lab in rec["labels"] if lab["field"] == field), key=lambda lab: -lab["start"])
        text = rec[field]
        for lab in labs:
            text = text[: lab["start"]] + "<X>" + text[lab["end"] :]
        out[field] = text
    out["history"] = None
    out["source_id"] = None
    out["annotations"] = None
    return out


def test_rows_fit_the_record_schema_and_keep_every_field():
    recs = generate("dev", 40, 2)
    rows = eval_rows(recs)
    table = pa.Table.from_pylist(rows, schema=RECORD_SCHEMA)
    assert table.num_rows == 40
    for rec, row in zip(recs, rows, strict=True):
        assert row["record_id"] == rec["record_id"] and row["lang"] == rec["lang"]
        for f in ("instruction", "output", "system", "source_id"):
            assert row[f] == rec[f]
        assert row["input"] == (rec["input"] or "")
        assert row["history"] == ([list(t) for t in rec["history"]] if rec["history"] else None)
        if rec["annotations"]:
            assert [a["annotator_id"] for a in row["annotations"]] == [a["annotator_id"] for a in rec["annotations"]]
    assert any(r["history"] for r in rows) and any(r["annotations"] for r in rows) and any(r["source_id"] for r in rows)


def test_unchanged_records_leak_everything_and_change_no_negative():
    recs = generate("dev", 30, 4)
    res = score(recs, eval_rows(recs))
    assert res["leaks"]["overall"]["values"] > 0
    assert res["leaks"]["overall"]["leaked"] == res["leaks"]["overall"]["values"]
    assert res["negatives"]["overall"]["changed"] == 0


def test_a_perfect_redaction_of_the_text_fields_leaks_nothing_there():
    recs = generate("dev", 30, 4)
    res = score(recs, [_redacted(r) for r in recs])
    text_only = [
        lab for r in recs for lab in r["labels"] if lab["field"] in ("instruction", "input", "output", "system")
    ]
    assert text_only
    # values that also occur in history, source_id or annotator ids are gone with those fields
    assert res["leaks"]["overall"]["leaked"] == 0


def test_aggregate_only_drops_record_ids():
    recs = generate("dev", 10, 4)
    res = score(recs[:8], [_redacted(r) for r in recs[:6]], details=True)
    assert res["records"]["missing_ids"] and "leaked" in res
    agg = aggregate_only(res)
    assert "missing_ids" not in agg["records"] and "leaked" not in agg
    assert agg["records"]["missing"] == 2 and agg["leaks"] == res["leaks"]


def test_markdown_tables():
    recs = generate("dev", 20, 5)
    kept = [_redacted(r) for r in recs[1:]]
    res = score(recs, kept)
    run = StageRun(
        kept={r["record_id"]: r for r in kept},
        rejected={recs[0]["record_id"]: "pii_too_dense"},
        audit=[],
        cpu_s=1.5,
        wall_s=2.0,
    )
    text = markdown("dev", 20, 5, 1, res, run, "CMD")
    assert "Command: `CMD`" in text
    assert "kept 19, rejected 1 (pii_too_dense 1)" in text
    assert "Scored 19 records; 1 missing (rejected) and not counted." in text
    assert "| entity | en | zh | all |" in text and "| kind | en | zh | all |" in text
    assert recs[0]["record_id"] not in text and recs[1]["instruction"] not in text
