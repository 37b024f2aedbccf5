"""Tests of the dedup stage (pipeline.stages.dedup.stage): golden cases, survivor choice, switches and properties."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import pyarrow as pa
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.config import PipelineConfig, parse_config
from pipeline.core.records import DUPLICATE_SCHEMA, records_to_table
from pipeline.core.stage import StageContext, check_conservation
from pipeline.errors import ConfigError
from pipeline.stages.dedup.stage import run, survivor_rank
from tests.conftest import ROOT, TEST_DATA

sys.path.insert(0, str(ROOT))
from tests.support.dup_injector import evaluate, inject_duplicates, synthetic_corpus, to_record_rows

GOLDEN_IN = json.loads((TEST_DATA / "dedup" / "golden_records.json").read_text(encoding="utf-8"))["records"]
GOLDEN_OUT = json.loads((TEST_DATA / "dedup" / "golden_expected.json").read_text(encoding="utf-8"))


def table_of(records):
    rows = []
    for i, r in enumerate(records):
        rows.append(
            {
                "source_file": f"{r.get('corpus', 'main')}.json",
                "source_index": i,
                "lang": "zh" if r["record_id"].startswith("z") else "en",
                "corpus": "main",
                "input": "",
                **r,
            }
        )
    return records_to_table(rows)


def config(data=None):
    return parse_config(data or {}, source="test", base_dir=Path("."))


def ctx(tmp_path, data=None):
    return StageContext(run_dir=tmp_path, config=config(data))


def run_table(table, tmp_path, data=None):
    res = run(table, ctx(tmp_path, data))
    check_conservation("dedup", table.num_rows, res)
    return res


def dup_rows(res):
    return [[r["record_id"], r["duplicate_of"], r["method"], r["similarity"]] for r in res.duplicates.to_pylist()]


def test_golden(tmp_path):
    t = table_of(GOLDEN_IN)
    res = run_table(t, tmp_path, GOLDEN_OUT["config"])
    assert res.kept.column("record_id").to_pylist() == GOLDEN_OUT["kept"]
    assert dup_rows(res) == GOLDEN_OUT["duplicates"]
    assert res.counters == GOLDEN_OUT["counters"]
    assert res.duplicates.schema == DUPLICATE_SCHEMA
    assert res.kept.schema == t.schema
    assert res.report["lsh"] == {"bands": 21, "rows": 6}
    # provenance of a removed record
    z4 = next(r for r in res.duplicates.to_pylist() if r["record_id"] == "z4")
    assert (z4["corpus"], z4["source_file"], z4["source_index"]) == ("main", "main.json", 9)


def test_report_and_counters_carry_no_record_text(tmp_path):
    res = run_table(table_of(GOLDEN_IN), tmp_path, GOLDEN_OUT["config"])
    blob = json.dumps([res.counters, res.report], ensure_ascii=False)
    for r in GOLDEN_IN:
        for field in ("instruction", "output"):
            assert r[field] not in blob


def test_prompt_key_makes_same_prompt_duplicates(tmp_path):
    recs = [r for r in GOLDEN_IN if r["record_id"] in ("p1", "p2")]
    assert run_table(table_of(recs), tmp_path).duplicates.num_rows == 0
    res = run_table(table_of(recs), tmp_path, {"dedup": {"key": "prompt"}})
    # p2's output is longer: it survives
    assert dup_rows(res) == [["p1", "p2", "exact", 1.0]]


def test_switches(tmp_path):
    t = table_of(GOLDEN_IN)
    no_near = run_table(t, tmp_path, {"dedup": {"near": False}})
    assert {r[2] for r in dup_rows(no_near)} == {"exact"}
    assert no_near.counters["near_duplicates"] == 0 and no_near.counters["candidate_pairs"] == 0
    no_exact = run_table(t, tmp_path, {"dedup": {"exact": False}})
    # exact copies are still found, as near duplicates with similarity 1.0
    assert no_exact.counters["exact_duplicates"] == 0
    assert ["t_b", "t_a", "near", 1.0] in dup_rows(no_exact)
    off = run_table(t, tmp_path, {"dedup": {"enabled": False}})
    assert off.kept.num_rows == t.num_rows and off.duplicates.num_rows == 0


def test_survivor_criteria_are_configurable(tmp_path):
    t = table_of(GOLDEN_IN)
    res = run_table(t, tmp_path, {"dedup": {"survivor": ["record_id"]}, **GOLDEN_OUT["config"]})
    kept = res.kept.column("record_id").to_pylist()
    assert "e1" in kept and "e3" not in kept  # smallest id now wins
    assert "c1" in kept and "n1" in kept
    res = run_table(
        t,
        tmp_path,
        {"dedup": {"survivor": ["corpus_priority", "annotations"]}, "ingest": {"corpora": {"low": {"priority": 9}}}},
    )
    assert "c1" in res.kept.column("record_id").to_pylist()


def test_survivor_rank_order():
    recs = [
        {"record_id": "b", "instruction": "x", "output": "short"},
        {"record_id": "a", "instruction": "x", "output": "short"},
        {"record_id": "c", "instruction": "x", "output": "much longer"},
        {
            "record_id": "d",
            "instruction": "x",
            "output": "s",
            "annotations": [{"annotator_id": "u", "label": "l", "confidence": None}],
        },
    ]
    rank = survivor_rank(table_of(recs), ("annotations", "output_length", "corpus_priority", "record_id"))
    assert rank.tolist() == [3, 2, 1, 0]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            {"dedup": {"survivor": ["longest"]}},
            "survivor[0] must be one of annotations, output_length, corpus_priority, record_id",
        ),
        (
            {"dedup": {"key": "output"}},
            "key 'dedup.key' must be one of 'prompt', 'prompt_response', got another string",
        ),
        (
            {"dedup": {"threshold": 1.5}},
            "key 'dedup.threshold' must be between 0.05 and 1.0, got a number outside that range",
        ),
        ({"dedup": {"history": {"enabled": True}}}, "key 'dedup.history.enabled' must be a string, got a boolean"),
        ({"dedup": {"bands": 4}}, "unknown key 'dedup.bands'"),
    ],
)
def test_config_errors_name_the_key(data, message):
    with pytest.raises(ConfigError) as exc:
        config(data)
    assert message in str(exc.value)


def test_yaml_defaults_equal_dataclass_defaults():
    from pipeline.config import load_config

    assert load_config().dedup == PipelineConfig().dedup


# --- properties -------------------------------------------------------------------------------

BASE = synthetic_corpus(12, 12, seed=5, sentences=(2, 4))


def _corpus(seed: int):
    inj = inject_duplicates(BASE, exact_rate=0.2, near_rate=0.4, copies=2, seed=seed)
    return inj, to_record_rows(inj.records)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.integers(0, 10_000), st.randoms(use_true_random=False))
def test_properties_no_new_rows_order_independent_idempotent(tmp_path, seed, rnd):
    _, rows = _corpus(seed)
    t = records_to_table(rows)
    res = run_table(t, tmp_path)
    assert res.kept.num_rows + res.duplicates.num_rows == t.num_rows  # never adds (or loses) rows
    kept = sorted(res.kept.column("record_id").to_pylist())
    shuffled = list(rows)
    rnd.shuffle(shuffled)
    res2 = run_table(records_to_table(shuffled), tmp_path)
    assert sorted(res2.kept.column("record_id").to_pylist()) == kept
    assert res2.duplicates.equals(res.duplicates)
    again = run_table(res.kept, tmp_path)
    assert again.duplicates.num_rows == 0
    assert again.kept.equals(res.kept)


@pytest.fixture(scope="module")
def injected_result(tmp_path_factory):
    base = synthetic_corpus(400, 400, seed=11)
    inj = inject_duplicates(base, exact_rate=0.05, near_rate=0.25, seed=12)
    t = records_to_table(to_record_rows(inj.records))
    res = run(t, StageContext(run_dir=tmp_path_factory.mktemp("inj"), config=PipelineConfig()))
    pairs = [(r["record_id"], r["duplicate_of"]) for r in res.duplicates.to_pylist()]
    return inj, evaluate(inj, pairs)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_injected_duplicates_recall_and_precision(injected_result, lang):
    _inj, scores = injected_result
    s = scores[lang]
    assert s["copies"] >= 100
    assert s["recall_exact"] == 1.0
    assert s["recall_near"] >= 0.95
    assert s["precision"] >= 0.99


def test_injector_is_seeded_and_returns_ground_truth():
    a = inject_duplicates(BASE, seed=3, near_rate=0.5)
    b = inject_duplicates(BASE, seed=3, near_rate=0.5)
    assert a.records == b.records and a.source_of == b.source_of
    assert a.records != inject_duplicates(BASE, seed=4, near_rate=0.5).records
    assert len(a.records) == len(BASE) + len(a.source_of)
    for rid, src in a.source_of.items():
        assert rid.startswith(src + "~")
    near = [rid for rid, k in a.kind_of.items() if k == "near"]
    assert near and all(a.edits_of[r] for r in near)
    assert {e for r in near for e in a.edits_of[r]} <= {
        "typo",
        "punct",
        "space",
        "case",
        "sentence_add",
        "sentence_remove",
    }


def test_evaluate_counts_false_removals():
    inj = inject_duplicates(BASE, exact_rate=0.1, near_rate=0.0, seed=1)
    ((copy, src),) = list(inj.source_of.items())[:1]
    other = next(r["record_id"] for r in inj.records if r["record_id"] not in (copy, src) and "~" not in r["record_id"])
    s = evaluate(inj, [(copy, src), (other, src)])["all"]
    assert s["removed"] == 2 and s["correct"] == 1 and s["precision"] == 0.5
    assert s["found"] == 1


def test_edit_functions_change_text_lightly():
    from tests.support.dup_injector import EDITS, edit_text

    rng = random.Random(0)
    en = BASE[0]["output"]
    zh = next(r for r in BASE if r["lang"] == "zh")["output"]
    for kind in EDITS:
        for text in (en, zh):
            out = edit_text(text, kind, rng)
            assert out != text or kind == "case"
            assert abs(len(out) - len(text)) <= max(40, len(text) // 3)


def test_empty_table(tmp_path):
    t = records_to_table([])
    res = run_table(t, tmp_path)
    assert res.kept.num_rows == 0 and res.duplicates.num_rows == 0
    assert res.counters["exact_duplicates"] == 0


def test_records_without_text_are_not_near_duplicates(tmp_path):
    recs = [
        {"record_id": "a", "instruction": "!!!", "output": "..."},
        {"record_id": "b", "instruction": "???", "output": "。。。"},
    ]
    # both normalise to empty keys: exact duplicates of each other, never near duplicates
    assert dup_rows(run_table(table_of(recs), tmp_path)) == [["b", "a", "exact", 1.0]]
    assert run_table(table_of(recs), tmp_path, {"dedup": {"exact": False}}).duplicates.num_rows == 0


def test_history_column_is_part_of_the_key(tmp_path):
    recs = [
        {"record_id": "a", "instruction": "Continue.", "output": "Sure.", "history": [["Hi", "Hello"]]},
        {"record_id": "b", "instruction": "Continue.", "output": "Sure.", "history": [["Bye", "Goodbye"]]},
        {"record_id": "c", "instruction": "Continue.", "output": "Sure.", "history": [["hi!", "hello."]]},
    ]
    assert dup_rows(run_table(table_of(recs), tmp_path)) == [["c", "a", "exact", 1.0]]


def test_progress_reports_counts_only(tmp_path):
    events = []

    class Rec:
        def start(self, task, total=None):
            events.append(("start", task, total))

        def advance(self, n=1):
            events.append(("advance", n))

        def finish(self):
            events.append(("finish",))

    t = table_of(GOLDEN_IN)
    run(t, StageContext(run_dir=tmp_path, config=config(), progress=Rec()))
    assert events == [("start", "dedup", t.num_rows), ("advance", t.num_rows), ("finish",)]


def test_arrow_chunked_input(tmp_path):
    t = table_of(GOLDEN_IN)
    chunked = pa.concat_tables([t.slice(0, 5), t.slice(5)])
    assert chunked.column("record_id").num_chunks == 2
    res = run_table(chunked, tmp_path, GOLDEN_OUT["config"])
    assert dup_rows(res) == GOLDEN_OUT["duplicates"]
