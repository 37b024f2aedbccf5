"""Over-redaction bookkeeping: the draw, changed records, the verdict file."""

import pytest

from bench.deid.overredact import (
    VERDICT_COLUMNS,
    VERDICTS,
    Source,
    changed_records,
    draw,
    excerpt,
    read_verdicts,
    sample,
    to_rows,
    verdict_template,
    write_tsv,
)
from bench.deid.stage_runner import StageRun


def _sources(prefix, n):
    return [
        Source(f"{prefix}.json#{i}", "", {"instruction": f"{prefix} {i}", "input": "", "output": "ok"})
        for i in range(n)
    ]


def test_draw_is_seeded_english_first_then_chinese():
    en, zh = _sources("en", 50), _sources("zh", 50)
    a = draw(en, zh, 5, 13)
    assert a == draw(en, zh, 5, 13) and a != draw(en, zh, 5, 14)
    assert [s.lang for s in a] == ["en"] * 5 + ["zh"] * 5
    assert all(s.key.startswith("en.json#") for s in a[:5]) and all(s.key.startswith("zh.json#") for s in a[5:])


def test_rows_keep_history_and_detect_the_language():
    src = Source(
        "zh.json#3",
        "zh",
        {"instruction": "请写一首诗", "input": None, "output": "春眠不觉晓", "history": [["你好", "你好！"]]},
    )
    (row,) = to_rows([src])
    assert (row["record_id"], row["input"], row["lang"], row["history"]) == (
        "zh.json#3",
        "",
        "zh",
        [["你好", "你好！"]],
    )


def test_excerpt_marks_the_span_on_one_line():
    text = "line one\nthe name\tLewis Carroll wrote it" + " and more" * 10
    start = text.index("Lewis")
    assert excerpt(text, start, start + len("Lewis Carroll"), width=10) == "…the name ⟦Lewis Carroll⟧ wrote it…"


def _run(rows, kept_changes, rejected=(), audit=()):
    kept = {}
    for r in rows:
        if r["record_id"] in rejected:
            continue
        k = dict(r)
        k.update(kept_changes.get(r["record_id"], {}))
        kept[r["record_id"]] = k
    return StageRun(
        kept=kept, rejected={rid: "pii_too_dense" for rid in rejected}, audit=list(audit), cpu_s=0.0, wall_s=0.0
    )


def test_changed_records_list_changed_fields_rejects_and_changing_findings():
    srcs = [
        Source("en.json#0", "en", {"instruction": "Hi", "input": "", "output": "My name is Ann Lee."}),
        Source("en.json#1", "en", {"instruction": "Paris", "input": "", "output": "France"}),
        Source("en.json#2", "en", {"instruction": "x", "input": "", "output": "y"}),
    ]
    rows = to_rows(srcs)
    audit = [
        {
            "record_id": "en.json#0",
            "field": "output",
            "entity_type": "PERSON",
            "start": 11,
            "end": 18,
            "score": 0.85,
            "recognizer": "R",
            "action": "placeholder",
        },
        {
            "record_id": "en.json#1",
            "field": "instruction",
            "entity_type": "LOCATION",
            "start": 0,
            "end": 5,
            "score": 0.9,
            "recognizer": "R",
            "action": "keep",
        },
    ]
    run = _run(rows, {"en.json#0": {"output": "My name is <PERSON>."}}, rejected={"en.json#2"}, audit=audit)
    changed = changed_records(rows, srcs, run)
    assert [c["key"] for c in changed] == ["en.json#0", "en.json#2"]
    first, second = changed
    assert first["fields"] == {"output": {"before": "My name is Ann Lee.", "after": "My name is <PERSON>."}}
    assert [(f["entity_type"], f["value"], f["excerpt"]) for f in first["findings"]] == [
        ("PERSON", "Ann Lee", "My name is ⟦Ann Lee⟧.")
    ]
    assert second["rejected"] == "pii_too_dense" and second["fields"]["output"] == {"before": "y", "after": None}
    (row,) = verdict_template(changed[:1])
    assert (row["key"], row["entity"], row["masked_excerpt"], row["verdict"]) == (
        "en.json#0",
        "PERSON",
        "My name is ⟦Ann Lee⟧.",
        "",
    )
    assert sample(changed, 5, 1) == sample(list(reversed(changed)), 5, 1)


def test_verdicts_round_trip_and_are_validated(tmp_path):
    path = tmp_path / "v.tsv"
    row = dict.fromkeys(VERDICT_COLUMNS, "x") | {"verdict": "wrong", "reason": "public figure\tauthor"}
    write_tsv([row], path)
    assert read_verdicts(path)[0]["reason"] == "public figure author"
    write_tsv([row | {"verdict": "maybe"}], path)
    with pytest.raises(ValueError, match="line 2: verdict must be one of correct, wrong"):
        read_verdicts(path)


def test_the_committed_verdicts_are_complete():
    rows = read_verdicts(VERDICTS)
    assert len(rows) == 50 and len({r["key"] for r in rows}) == 50
    assert {r["lang"] for r in rows} == {"en", "zh"}
    assert all("⟦" in r["masked_excerpt"] for r in rows)
