"""Tests of the history index (pipeline.stages.dedup.history) and the history switch of the dedup stage."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.config import PipelineConfig, parse_config
from pipeline.config.dedup import resolve_history
from pipeline.core.records import records_to_table
from pipeline.core.stage import StageContext, check_conservation
from pipeline.errors import ConfigError
from pipeline.stages.dedup.history import INDEX_FILE, HistoryIndex, add_records, history_dir
from pipeline.stages.dedup.stage import run

EARLIER = [
    {
        "record_id": "old-1",
        "instruction": "Describe the water cycle.",
        "output": "Water evaporates from the sea, forms clouds, falls as rain and flows back to the sea through rivers and the ground.",
    },
    {
        "record_id": "old-2",
        "instruction": "请介绍长城。",
        "output": "长城是中国古代的军事防御工程，东起山海关，西至嘉峪关，全长两万多千米，是世界文化遗产。",
    },
]
NEW = [
    # exact copy of old-1 once case and punctuation are folded
    {
        "record_id": "new-1",
        "instruction": "describe the water cycle",
        "output": "water evaporates from the sea forms clouds falls as rain and flows back to the sea through rivers and the ground",
    },
    # near copy of old-2 (one character)
    {
        "record_id": "new-2",
        "instruction": "请介绍长城。",
        "output": "长城是中国古代的军事防御工程，东起山海关，西到嘉峪关，全长两万多千米，是世界文化遗产。",
    },
    # exact copy of new-1: also a history duplicate (its group matches the history)
    {
        "record_id": "new-3",
        "instruction": "Describe the water cycle!",
        "output": "Water evaporates from the sea, forms clouds, falls as rain and flows back to the sea through rivers and the ground!",
    },
    {"record_id": "new-4", "instruction": "Name a fruit.", "output": "An apple."},
]


def table_of(records):
    return records_to_table(
        [
            {"input": "", "corpus": "c", "source_file": "c.json", "source_index": i, "lang": "en", **r}
            for i, r in enumerate(records)
        ]
    )


def cfg_on(folder: Path, **dedup):
    return parse_config(
        {"dedup": {"history": {"enabled": "on", "path": str(folder)}, **dedup}}, source="t", base_dir=Path(".")
    )


def seed_history(folder: Path, config) -> None:
    """Run dedup over EARLIER and commit every kept record, as an earlier nightly export would."""
    res = run(table_of(EARLIER), StageContext(run_dir=folder.parent / "run0", config=config))
    pending = pq.read_table(folder.parent / "run0" / "dedup" / "history_pending.parquet")
    assert pending.column("record_id").to_pylist() == [r["record_id"] for r in res.kept.to_pylist()]
    add_records(folder, config.dedup, pending, "run-0")


def test_resolve_history_auto_and_explicit():
    base = PipelineConfig()
    assert resolve_history(base, default_on=True, default_path="/data/dedup-history").dedup.history.enabled == "on"
    assert resolve_history(base, default_on=True, default_path="/data/h").dedup.history.path == "/data/h"
    assert resolve_history(base, default_on=False).dedup.history.enabled == "off"
    explicit = parse_config(
        {"dedup": {"history": {"enabled": "off", "path": "mine"}}}, source="t", base_dir=Path("/cfg")
    )
    out = resolve_history(explicit, default_on=True, default_path="/data/h")
    assert out.dedup.history.enabled == "off" and out.dedup.history.path == "mine"
    assert out.base_dir == Path("/cfg")
    assert history_dir(out) == Path("/cfg/mine")


def test_history_on_without_path_is_a_config_error(tmp_path):
    config = parse_config({"dedup": {"history": {"enabled": "on"}}}, source="t", base_dir=Path("."))
    with pytest.raises(ConfigError, match=r"dedup.history.enabled is 'on' but dedup.history.path is empty"):
        run(table_of(NEW), StageContext(run_dir=tmp_path, config=config))


def test_auto_means_off_in_the_stage(tmp_path):
    res = run(table_of(NEW), StageContext(run_dir=tmp_path, config=PipelineConfig()))
    assert res.counters["history_duplicates"] == 0
    assert not (tmp_path / "dedup" / "history_pending.parquet").exists()


def test_stage_drops_history_duplicates(tmp_path):
    folder = tmp_path / "history"
    config = cfg_on(folder)
    seed_history(folder, config)
    res = run(table_of(NEW), StageContext(run_dir=tmp_path / "run1", config=config))
    check_conservation("dedup", len(NEW), res)
    rows = {r["record_id"]: r for r in res.duplicates.to_pylist()}
    assert res.kept.column("record_id").to_pylist() == ["new-4"]
    assert (rows["new-1"]["duplicate_of"], rows["new-1"]["method"], rows["new-1"]["similarity"]) == (
        "old-1",
        "history",
        1.0,
    )
    assert (rows["new-3"]["duplicate_of"], rows["new-3"]["method"]) == ("old-1", "history")
    assert (rows["new-2"]["duplicate_of"], rows["new-2"]["method"]) == ("old-2", "history")
    assert 0.8 <= rows["new-2"]["similarity"] < 1.0
    assert res.counters["history_duplicates"] == 3
    assert res.report["history"] == {"enabled": True, "build": "run", "records": 2}
    # exact-only history matching keeps the near copy
    res = run(
        table_of(NEW),
        StageContext(
            run_dir=tmp_path / "run2",
            config=cfg_on(folder, history={"enabled": "on", "path": str(folder), "near": False}),
        ),
    )
    assert sorted(res.kept.column("record_id").to_pylist()) == ["new-2", "new-4"]


def test_add_records_is_idempotent_and_atomic(tmp_path):
    folder = tmp_path / "history"
    config = cfg_on(folder)
    seed_history(folder, config)
    pending = pq.read_table(tmp_path / "run0" / "dedup" / "history_pending.parquet")
    again = add_records(folder, config.dedup, pending, "run-0")
    assert again == {"added": 0, "records": 2, "skipped": True}
    # The same record id exported again by a later run replaces its entry: the index does not grow.
    more = add_records(folder, config.dedup, pending.slice(0, 1), "run-1")
    assert more == {"added": 1, "records": 2, "skipped": False}
    assert sorted(p.name for p in folder.iterdir()) == [".lock", INDEX_FILE]  # no temp files left
    idx = HistoryIndex.load(folder, config.dedup)
    assert len(idx) == 2
    assert sorted(idx.table.column("run_id").to_pylist()) == ["run-0", "run-1"]
    sig = idx._sig[0]
    assert sig.dtype == np.uint32 and sig.size == 128


def test_index_built_with_other_settings_is_refused(tmp_path):
    folder = tmp_path / "history"
    seed_history(folder, cfg_on(folder))
    other = cfg_on(folder, num_perm=64)
    with pytest.raises(
        ConfigError,
        match=r"history index was built with another dedup.num_perm than the config.s; use the same setting",
    ):
        run(table_of(NEW), StageContext(run_dir=tmp_path / "r", config=other))


def test_match_prefers_best_then_smallest_id(tmp_path):
    config = cfg_on(tmp_path)
    sig = np.tile(np.arange(128, dtype=np.uint32), (3, 1))
    sig[2, :10] = 999  # a weaker match
    table = pa.table(
        {
            "record_id": ["z", "a", "m"],
            "key_hash": pa.array([1, 2, 3], type=pa.uint64()),
            "signature": [s.astype("<u4").tobytes() for s in sig],
            "run_id": ["r", "r", "r"],
        }
    )
    idx = HistoryIndex(table, config.dedup)
    got = idx.match(
        np.array([2, 77], dtype=np.uint64), np.tile(np.arange(128, dtype=np.uint32), (2, 1)), np.array([5, 5])
    )
    assert got == {0: ("a", 1.0), 1: ("a", 1.0)}


def commit_run(run_dir):
    from pipeline.runtime.finish import commit_history
    from pipeline.runtime.rundir import RunDir

    run = RunDir(run_dir)
    spec, config = run.load()
    return commit_history(run, config, spec["run_id"])


def test_commit_run_adds_only_exported_records(tmp_path):
    from pipeline.runtime.rundir import RunDir
    from pipeline.runtime.steps import prepare_run

    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in NEW), encoding="utf-8")
    folder = tmp_path / "history"
    cfg_file = tmp_path / "pipeline.yaml"
    cfg_file.write_text(f"dedup:\n  history:\n    enabled: 'on'\n    path: {folder}\n", encoding="utf-8")
    run_dir = tmp_path / "run"
    prepare_run(run_dir, [corpus], cfg_file, run_id="night-1")
    _, config = RunDir(run_dir).load()
    res = run(table_of(NEW), StageContext(run_dir=run_dir, config=config))
    kept = res.kept.column("record_id").to_pylist()
    assert kept == ["new-2", "new-3", "new-4"]  # new-1 is an exact copy of new-3 (shorter output)
    (run_dir / "export").mkdir()
    exported = res.kept.filter(pa.array([r != "new-4" for r in kept])).select(["record_id"])
    pq.write_table(exported, run_dir / "export" / "train.parquet")
    out = commit_run(run_dir)
    assert out == {"added": 2, "records": 2, "skipped": False}
    assert commit_run(run_dir)["skipped"] is True
    idx = HistoryIndex.load(folder, config.dedup)
    assert idx.table.column("record_id").to_pylist() == ["new-2", "new-3"]
    assert idx.table.column("run_id").to_pylist() == ["night-1", "night-1"]
    # re-running the same records changes nothing: a record is not a duplicate of itself
    rerun = run(table_of(NEW), StageContext(run_dir=tmp_path / "run1b", config=config))
    assert rerun.kept.column("record_id").to_pylist() == kept
    # the next night drops new copies (other record ids) of what was exported
    renamed = [{**r, "record_id": r["record_id"].replace("new-", "next-")} for r in NEW]
    again = run(table_of(renamed), StageContext(run_dir=tmp_path / "run2", config=config))
    assert again.kept.column("record_id").to_pylist() == ["next-4"]
    assert dict(
        zip(again.duplicates.column("record_id").to_pylist(), again.duplicates.column("duplicate_of").to_pylist())
    ) == {
        "next-1": "new-3",
        "next-2": "new-2",
        "next-3": "new-3",
    }
    assert set(again.duplicates.column("method").to_pylist()) == {"history"}


def test_commit_run_with_history_off_does_nothing(tmp_path):
    from pipeline.runtime.steps import prepare_run

    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps(NEW[0]) + "\n", encoding="utf-8")
    prepare_run(tmp_path / "run", [corpus])
    assert commit_run(tmp_path / "run")["skipped"] is True


def test_signature_column_round_trip_with_missing_rows():
    from pipeline.stages.dedup.history import _sig_array, _sig_bytes

    sig = np.arange(3 * 16, dtype=np.uint32).reshape(3, 16)
    col = _sig_bytes(sig, 3)
    assert col.type == pa.large_binary() and len(col[0].as_py()) == 64
    mixed = pa.chunked_array([col.slice(0, 1), pa.nulls(1, type=pa.large_binary()), col.slice(2, 1)])
    back, has = _sig_array(mixed, 16)
    assert has.tolist() == [True, False, True]
    assert np.array_equal(back[0], sig[0]) and np.array_equal(back[2], sig[2]) and not back[1].any()
    empty, has = _sig_array(_sig_bytes(None, 2), 16)
    assert not has.any() and empty.shape == (2, 16)
