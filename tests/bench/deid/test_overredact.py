"""Over-redaction bookkeeping: the draw, changed records, the verdict file."""

from pathlib import Path

import pytest

from bench.deid.overredact import (
    VERDICT_COLUMNS,
    VERDICTS,
    Source,
    changed_records,
    draw,
    excerpt,
    lang_quota,
    markdown,
    pool_extra,
    read_verdicts,
    sample,
    sample_from,
    sample_note,
    to_rows,
    verdict_template,
    write_tsv,
)
from bench.deid.stage_runner import StageRun

PATH = Path("/tmp/changed.jsonl")


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


def test_excerpt_shortens_a_long_span_in_the_middle():
    text = "at " + "x" * 50 + "y" * 50 + " end"
    assert excerpt(text, 3, 103, width=3, span_max=11) == "at ⟦xxxxx…yyyyy⟧ en…"


def test_pool_adds_seeded_records_not_in_the_draw_up_to_the_size_per_language():
    en, zh = _sources("en", 50), _sources("zh", 8)
    picked = draw(en, zh, 5, 13)
    extra = pool_extra(en, zh, picked, 20, 13)
    assert extra == pool_extra(en, zh, picked, 20, 13) and extra != pool_extra(en, zh, picked, 20, 14)
    assert [s.lang for s in extra] == ["en"] * 15 + ["zh"] * 3
    keys = [s.key for s in [*picked, *extra]]
    assert len(set(keys)) == len(keys)
    assert {s.key for s in [*picked, *extra] if s.lang == "zh"} == {s.key for s in zh}
    assert pool_extra(en, zh, picked, 5, 13) == []


def test_lang_quota_is_proportional_with_largest_remainders():
    assert lang_quota({"en": 176, "zh": 151}, 50) == {"en": 27, "zh": 23}
    assert lang_quota({"en": 1, "zh": 1}, 1) == {"en": 1, "zh": 0}
    assert lang_quota({"en": 3, "zh": 40}, 50) == {"en": 3, "zh": 40}


def _changed(lang, n):
    return [{"key": f"{lang}.json#{i}", "lang": lang, "findings": []} for i in range(n)]


def test_sample_takes_each_language_in_proportion_and_ignores_the_input_order():
    changed = _changed("en", 30) + _changed("zh", 10)
    picked = sample(changed, 8, 13)
    assert [c["lang"] for c in picked] == ["en"] * 6 + ["zh"] * 2
    assert picked == sample(list(reversed(changed)), 8, 13) and picked != sample(changed, 8, 14)
    assert len({c["key"] for c in picked}) == 8


def _stats():
    return {
        "records": {"en": 4, "zh": 4},
        "changed": {"en": 1},
        "changed_rate": {"en": 0.25, "zh": 0.0, "all": 0.125},
        "rejected": {},
        "records_by_entity": {"PERSON": {"en": 1}},
        "findings_by_entity": {"PERSON": {"en": 1}},
        "stage": {"cpu_s": 1.0, "wall_s": 1.0},
    }


def test_the_report_says_the_sample_comes_from_the_pool_and_marks_each_record():
    pool = [Source(s.key, s.key[:2], s.record) for s in _sources("en", 6) + _sources("zh", 6)]
    changed = _changed("en", 3) + _changed("zh", 1)
    source = sample_from(pool, changed, changed[:2] + changed[3:], 6, 13, 7)
    note = sample_note(source, {"en": 4, "zh": 4}, 1, 50)
    assert note == (
        "Sample: the draw above (4 en + 4 zh) changed 1 records, fewer than the 50 to hand-check, so the "
        "sample comes from a larger pool: that draw plus records drawn with `random.Random(13)` up to 6 per "
        "language (all of a smaller corpus), 6 en + 6 zh records in all, of which 3 en + 1 zh were changed; "
        "3 sampled (2 en + 1 zh) with `random.Random(7)`, each language in proportion to its changed "
        "records. The rate above is the draw's, not the pool's; column *draw* says whether a record is in "
        "the draw above or only in the pool."
    )
    verdict = dict.fromkeys(VERDICT_COLUMNS, "x") | {"verdict": "correct"}
    verdicts = [verdict | {"key": "en.json#0"}, verdict | {"key": "en.json#1"}, verdict | {"key": "zh.json#0"}]
    sampled = ["en.json#0", "en.json#1", "zh.json#0"]
    text = markdown(_stats(), verdicts, sampled, {c["key"] for c in changed}, {"en.json#1"}, note, "cmd", PATH, [])
    assert note in text and "no longer changed" not in text and "not in this run's sample" not in text
    assert "| 1 | en.json#0 | x | pool | x | x | correct | x |" in text
    assert "| 2 | en.json#1 | x | draw | x | x | correct | x |" in text
    stale = markdown(_stats(), verdicts, sampled[:2], {"en.json#0"}, set(), note, "cmd", PATH, [])
    assert "2 of them are no longer changed by this version of the stage: en.json#1, zh.json#0" in stale


def test_the_report_says_when_the_draw_itself_was_enough():
    changed = _changed("en", 3)
    source = sample_from(_sources("en", 4), changed, changed[:2], None, 13, 13)
    assert sample_note(source, {"en": 4}, 3, 2) == (
        "Sample: from the changed records of the draw above (3); 2 sampled (2 en) with `random.Random(13)`, "
        "each language in proportion to its changed records."
    )


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
    # short excerpts only (Stanford Alpaca is CC BY-NC): at most 4 of about 160 characters each
    assert all(len(r["masked_excerpt"]) <= 4 * 170 for r in rows)
