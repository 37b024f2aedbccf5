import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.core.source import RecordSource, TableSource
from pipeline.errors import StageError, UsageError
from pipeline.runtime.rundir import RunDir
from pipeline.runtime.shards import ShardedSource
from pipeline.runtime.steps import collect_stage, prepare_run, run_all, run_ingest, run_shard, run_stage, stage_shards


def _table(n):
    return pa.table({"record_id": [f"r{i:03d}" for i in range(n)], "x": list(range(n))})


@pytest.mark.parametrize("sharded", [True, False])
def test_sources_take_rows_across_shards_in_the_order_asked(tmp_path, sharded):
    run = RunDir(tmp_path)
    run.write_shards("s", _table(23), 10)
    source = ShardedSource(run, "s") if sharded else TableSource(_table(23))
    assert isinstance(source, RecordSource)
    assert source.num_rows == 23 and source.column_names == ["record_id", "x"]
    assert source.shards == ([0, 1, 2] if sharded else [0])
    assert source.take([21, 3, 15, 3], ("x", "missing")).column("x").to_pylist() == [21, 3, 15, 3]
    assert source.take([12], ("record_id",)).to_pylist() == [{"record_id": "r012"}]
    assert source.take([]).num_rows == 0
    assert source.read(["x"]).column("x").to_pylist() == list(range(23))
    assert source.read_shard(0, ["x"]).num_rows == (10 if sharded else 23)


def _corpus(root):
    root.mkdir()
    rows = []
    for i in range(45):
        rows.append(
            {
                "instruction": f"Explain topic number {i} in two sentences, please.",
                "input": "",
                "output": f"Topic {i} is about item {i * 7}. It matters because of reason {i * 3}.",
            }
        )
    rows[3]["output"] = "Call me on 13812345678 about topic three, or write to zhang.wei@example.org."
    rows[30] = dict(rows[2])  # an exact duplicate in another shard
    rows[40]["output"] = ""  # rejected by ingest
    (root / "a.json").write_text(json.dumps(rows), encoding="utf-8")
    (root / "b.jsonl").write_text(
        '{"instruction": "请用两句话介绍长城。", "output": "长城是中国古代的军事防御工程。它全长两万多公里。"}\nnot json\n',
        encoding="utf-8",
    )
    return root


def _config(tmp_path, per_shard):
    path = tmp_path / f"cfg-{per_shard}.yaml"
    path.write_text(f"shards:\n  records_per_shard: {per_shard}\n", encoding="utf-8")
    return path


def test_shard_size_does_not_change_the_dataset(tmp_path):
    corpus = _corpus(tmp_path / "corpus")
    run_all(tmp_path / "one", [corpus], _config(tmp_path, 1000))
    run_all(tmp_path / "many", [corpus], _config(tmp_path, 7))
    names = ("export/train.parquet", "export/validation.parquet", "rejected/ingest.parquet", "duplicates/dedup.parquet")
    for name in names:
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "many" / name).read_bytes(), name
    one = json.loads((tmp_path / "one" / "manifest.json").read_text())
    many = json.loads((tmp_path / "many" / "manifest.json").read_text())
    assert one["counts"] == many["counts"]
    assert one["counts"]["duplicates"] == 1 and one["counts"]["rejected"] == 2
    by_stage = {s["stage"]: s for s in many["stages"]}
    assert by_stage["ingest"]["shards"] == 7 and by_stage["clean"]["shards"] == 7
    assert by_stage["deidentify"]["counters"] == {s["stage"]: s for s in one["stages"]}["deidentify"]["counters"]
    audits = sorted(p.name for p in (tmp_path / "many" / "audit").glob("*.parquet"))
    assert audits[0] == "deidentify-00000.parquet" and len(audits) == by_stage["deidentify"]["shards"]
    audit_rows = sum(pq.read_table(tmp_path / "many" / "audit" / a).num_rows for a in audits)
    assert audit_rows == pq.read_table(tmp_path / "one" / "audit" / "deidentify-00000.parquet").num_rows == 2


def test_shards_run_on_their_own_and_are_collected(tmp_path):
    corpus = _corpus(tmp_path / "corpus")
    run = tmp_path / "run"
    prepare_run(run, [corpus], _config(tmp_path, 10))
    assert run_ingest(run)["shards"] == [0, 1, 2, 3, 4]
    assert stage_shards("clean", run) == [0, 1, 2, 3, 4]
    for shard in (4, 0, 2):  # any order, e.g. on different workers
        assert run_shard("clean", run, shard)["shard"] == shard
    with pytest.raises(StageError, match=r"stage 'clean' has not run on shard\(s\) \[1, 3\] of 5"):
        collect_stage("clean", run)
    with pytest.raises(StageError, match=r"has not run on shard\(s\) \[1, 3\]"):
        run_stage("dedup", run)
    for shard in (1, 3):
        run_shard("clean", run, shard)
    folder = RunDir(run).stage_dir("clean")
    for name in ("part-00009.parquet", "checked-00009.parquet", "part-00001.parquet.tmp", "notes.txt"):
        (folder / name).write_bytes(b"stale")
    (folder / "checked-00001.parquet").write_bytes(b"a stage's own file of a current shard")
    merged = collect_stage("clean", run)
    assert merged["records_in"] == 45 and merged["kept"] + merged["rejected"] == 45
    assert not any((folder / n).exists() for n in ("part-00009.parquet", "checked-00009.parquet", "notes.txt"))
    assert not (folder / "part-00001.parquet.tmp").exists()
    assert (folder / "checked-00001.parquet").exists()
    assert json.loads((run / "work" / "clean.json").read_text())["shards"] == 5
    assert run_stage("dedup", run)["duplicates"] == 1


def test_run_shard_refuses_a_global_stage(tmp_path):
    corpus = _corpus(tmp_path / "corpus")
    prepare_run(tmp_path / "run", [corpus])
    run_ingest(tmp_path / "run")
    with pytest.raises(UsageError, match="stage 'dedup' is not a per-shard stage \\(it is phased\\)"):
        run_shard("dedup", tmp_path / "run", 0)
