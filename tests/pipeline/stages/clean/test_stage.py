"""The clean stage end to end: golden records, conservation, counters, signal columns, idempotence,
parallel == serial, forced languages, config validation."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pytest

from pipeline.config import PipelineConfig, parse_config
from pipeline.core.records import RECORD_SCHEMA, records_to_table
from pipeline.core.stage import StageContext, check_conservation
from pipeline.errors import ConfigError
from pipeline.runtime import registry
from pipeline.stages.clean import stage as clean
from pipeline.stages.clean.signals.record import SIGNAL_SCHEMA
from tests.conftest import TEST_DATA

DATA = TEST_DATA / "clean"


def _rows():
    return [json.loads(line) for line in (DATA / "stage_in.jsonl").read_text(encoding="utf-8").splitlines()]


def _ctx(tmp_path: Path, data: dict | None = None) -> StageContext:
    cfg = parse_config(data or {}, source="test.yaml", base_dir=tmp_path) if data is not None else PipelineConfig()
    return StageContext(run_dir=tmp_path, config=cfg)


@pytest.fixture(scope="module")
def golden_result(tmp_path_factory):
    table = records_to_table(_rows())
    res = clean.run(table, _ctx(tmp_path_factory.mktemp("clean")))
    return table, res


def test_golden_records(golden_result):
    table, res = golden_result
    expected = json.loads((DATA / "stage_expected.json").read_text(encoding="utf-8"))
    got = [
        {k: r[k] for k in ("record_id", "instruction", "input", "output", "lang")} | {"outcome": "kept"}
        for r in res.kept.to_pylist()
    ] + [
        {"record_id": r["record_id"], "outcome": "rejected", "reason": r["reason"], "detail": r["detail"]}
        for r in res.rejected.to_pylist()
    ]
    assert got == expected
    check_conservation("clean", table.num_rows, res)


def test_kept_schema_has_record_columns_then_signals(golden_result):
    _, res = golden_result
    assert res.kept.schema.names == RECORD_SCHEMA.names + SIGNAL_SCHEMA.names
    for f in SIGNAL_SCHEMA:
        assert res.kept.schema.field(f.name).type == f.type
    row = {r["record_id"]: r for r in res.kept.to_pylist()}["zh-1"]
    assert row["q_output_chars"] == len(row["output"])
    assert row["q_cjk_ratio"] > 0.8
    assert row["q_coherence"] is None  # short output


def test_rejects_carry_the_original_record(golden_result):
    _, res = golden_result
    rej = {r["record_id"]: r for r in res.rejected.to_pylist()}["empty"]
    assert rej["stage"] == "clean"
    assert json.loads(rej["record"])["output"] == "\u200b  "
    assert rej["source_file"] == "stage_in.jsonl" and rej["source_index"] == 7


def test_counters(golden_result):
    _, res = golden_result
    c = res.counters
    assert c["changed_fix_mojibake"] == 2
    assert c["changed_placeholder_input"] == 2
    assert c["changed_strip_html"] == 1
    assert c["changed_whitespace"] == 4
    assert c["rejected_blocked_words"] == 1
    assert c["rejected_lang_not_allowed"] == 1
    assert c["kept_lang_zh"] == 4 and c["kept_lang_en"] == 4
    assert c["lang_changed"] == 1  # zh-moji: "other" while it was mojibake, "zh" once repaired
    assert res.reasons() == {
        "blocked_words": 1,
        "echo_output": 1,
        "empty_output": 1,
        "lang_not_allowed": 1,
        "repetition_chars": 1,
    }
    assert res.report["signal_columns"] == SIGNAL_SCHEMA.names


def test_stage_is_idempotent(golden_result, tmp_path):
    _, res = golden_result
    again = clean.run(res.kept, _ctx(tmp_path))
    assert again.rejected.num_rows == 0
    assert again.counters["records_changed"] == 0
    assert again.kept.equals(res.kept)


def test_deterministic(tmp_path):
    table = records_to_table(_rows())
    a = clean.run(table, _ctx(tmp_path))
    b = clean.run(table, _ctx(tmp_path))
    assert a.kept.equals(b.kept) and a.rejected.equals(b.rejected) and a.counters == b.counters


def _parallel_equals_serial(tmp: str) -> None:
    rows = []
    for k in range(6):
        for r in _rows():
            rows.append(dict(r, record_id=f"{r['record_id']}-{k}", source_index=len(rows)))
    table = records_to_table(rows)
    serial = clean.run(table, _ctx(Path(tmp), {"clean": {"workers": 1}}))
    clean.PARALLEL_MIN_ROWS = 10
    par = clean.run(table, _ctx(Path(tmp), {"clean": {"workers": 2}}))
    assert par.report["workers"] == 2
    assert par.kept.equals(serial.kept)
    assert par.rejected.equals(serial.rejected)
    assert par.counters == serial.counters


def test_parallel_equals_serial(tmp_path):
    # Workers fork only from a single-threaded process (pipeline.core.forking); a pytest worker may
    # run threads other tests started, so the comparison runs in a fresh interpreter.
    import subprocess
    import sys

    code = (
        f"import tests.pipeline.stages.clean.test_stage as t; t._parallel_equals_serial({str(tmp_path)!r}); print('ok')"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=Path(__file__).parents[4])
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "ok"


def test_forced_corpus_lang_is_kept(tmp_path):
    rows = [dict(r, lang="en") for r in _rows() if r["record_id"] == "zh-moji"]
    res = clean.run(records_to_table(rows), _ctx(tmp_path, {"ingest": {"corpora": {"golden": {"lang": "en"}}}}))
    assert res.kept.column("lang").to_pylist() == ["en"]
    assert res.counters["lang_changed"] == 0
    res = clean.run(records_to_table(rows), _ctx(tmp_path))
    assert res.kept.column("lang").to_pylist() == ["zh"]


@pytest.mark.parametrize(("mode", "expected"), [("changed", "en"), ("always", "zh"), ("never", "en")])
def test_redetect_modes(tmp_path, mode, expected):
    # an unchanged record keeps ingest's lang unless redetect_lang is "always"
    rows = [dict(r, lang="en") for r in _rows() if r["record_id"] == "mixed-emoji"]
    res = clean.run(records_to_table(rows), _ctx(tmp_path, {"clean": {"redetect_lang": mode}}))
    assert res.kept.column("lang").to_pylist() == [expected]


def test_needs_cleaning_is_exact_superset(tmp_path):
    # every record the column-wise test skips is left unchanged by the operations
    from pipeline.text.normalize import Normalizer

    rows = _rows() + [
        dict(_rows()[0], record_id=f"x{i}", instruction=t, input="", output=t)
        for i, t in enumerate(
            ["plain text", "two\n\nlines", "tab\there", " lead", "trail ", "a  b", "x\n\n\ny", "<i>", "N/A"]
        )
    ]
    table = records_to_table(rows)
    cfg = PipelineConfig().clean
    norm = Normalizer(clean.normalize_settings(cfg))
    need = clean.needs_cleaning(table, norm.settings)
    for row, flag in zip(rows, need.tolist()):
        if not flag:
            for field in ("instruction", "input", "output"):
                assert norm.apply(row[field], field)[1] == 0, (row["record_id"], field)
    assert need.tolist()[-9:] == [False, False, True, True, True, True, True, True, False]


def test_history_and_system_are_cleaned(tmp_path):
    row = dict(
        _rows()[0],
        system="You  are   helpful.\u200b",
        history=[["Hi  <noinput>  there  ", "Hello\u200b there"], ["Q", None]],
    )
    res = clean.run(records_to_table([row]), _ctx(tmp_path))
    kept = res.kept.to_pylist()[0]
    assert kept["system"] == "You are helpful."
    assert kept["history"] == [["Hi <noinput> there", "Hello there"], ["Q", None]]


def test_blocked_words_in_history(tmp_path):
    row = dict(_rows()[0], history=[["你好", "请加微信联系我"]])
    res = clean.run(records_to_table([row]), _ctx(tmp_path))
    assert res.rejected.column("detail").to_pylist() == [
        "1 word-list hits >= blocked_words_min_hits: 'history[0][1]' x1 (list ads_zh)"
    ]


def test_disabled_passes_through(tmp_path):
    table = records_to_table(_rows())
    res = clean.run(table, _ctx(tmp_path, {"clean": {"enabled": False}}))
    assert res.kept.equals(table)


def test_empty_table(tmp_path):
    res = clean.run(RECORD_SCHEMA.empty_table(), _ctx(tmp_path))
    assert res.kept.num_rows == 0
    assert res.kept.schema.names == RECORD_SCHEMA.names + SIGNAL_SCHEMA.names


def test_existing_signal_columns_are_replaced(golden_result, tmp_path):
    _, res = golden_result
    again = clean.run(res.kept, _ctx(tmp_path))
    assert again.kept.schema.names.count("q_output_chars") == 1


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"clean": {"operations": ["whitespace", "shout"]}}, "operations[1] is not a known operation (allowed: "),
        ({"clean": {"filters": ["too_pretty"]}}, "filters[0] is not a known filter (allowed: "),
        ({"clean": {"urls": "hide"}}, "key 'clean.urls' must be one of 'keep', 'remove', 'placeholder'"),
        ({"clean": {"max_special_char_ratio": 2}}, "key 'clean.max_special_char_ratio' must be between 0.0 and 1.0"),
        ({"clean": {"max_top_ngram_frac": [0.1]}}, "max_top_ngram_frac needs 3 values"),
        ({"clean": {"colour": 1}}, "unknown key 'clean.colour'"),
    ],
)
def test_config_errors_name_the_key(tmp_path, data, message):
    with pytest.raises(ConfigError) as info:
        parse_config(data, source="c.yaml", base_dir=tmp_path)
    assert message in str(info.value)
    assert str(info.value).startswith("c.yaml:")


def test_missing_wordlist_is_a_config_error(tmp_path):
    table = records_to_table(_rows()[:1])
    with pytest.raises(ConfigError, match=r"nope\.txt: word list not found"):
        clean.run(table, _ctx(tmp_path, {"clean": {"wordlists": ["nope.txt"]}}))


def test_registered():
    assert registry.record_stage("clean") is clean.STAGE_IMPL


def test_import_is_light():
    import subprocess
    import sys

    code = "import sys, pipeline.stages.clean.stage; print(any(m in sys.modules for m in ('ftfy', 'opencc', 'spacy', 'presidio_analyzer')))"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=Path(__file__).parents[4]
    )
    assert out.stdout.strip() == "False"


def test_history_type_preserved(golden_result):
    _, res = golden_result
    assert res.kept.schema.field("history").type == pa.list_(pa.list_(pa.string()))
