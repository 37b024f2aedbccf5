import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.config.export import ExportConfig
from pipeline.core.records import RECORD_SCHEMA
from pipeline.stages.export.stage import export_schema, with_messages, write_export


def _table(n=200, extra=False):
    rows = [
        {
            "record_id": f"id{i:05d}",
            "instruction": f"question {i}",
            "input": "ctx" if i % 2 else "",
            "output": f"answer {i}",
            "system": "sys" if i % 3 == 0 else None,
            "history": [["h-u", "h-a"]] if i % 5 == 0 else [],
            "corpus": "c",
            "source_file": "f.jsonl",
            "source_index": i,
            "source_id": None,
            "lang": "en",
            "annotations": [{"annotator_id": "a", "label": "good", "confidence": 0.9}] if i % 7 == 0 else None,
        }
        for i in range(n)
    ]
    t = pa.Table.from_pylist(rows, schema=RECORD_SCHEMA)
    if extra:
        t = t.append_column("q_output_chars", pa.array([len(r["output"]) for r in rows], pa.int32()))
    return t


def test_export_schema_order_and_stage_columns():
    schema = export_schema(with_messages(_table(3, extra=True)))
    assert schema.names == [
        "record_id",
        "instruction",
        "input",
        "output",
        "system",
        "history",
        "messages",
        "corpus",
        "source_file",
        "source_index",
        "source_id",
        "lang",
        "annotations",
        "spans",
        "bio_tags",
        "intent",
        "grounding",
        "q_output_chars",
    ]
    assert schema.field("q_output_chars").type == pa.int32()


def test_write_export_round_trips_through_pyarrow_and_pandas(tmp_path):
    table = _table(300, extra=True)
    out = write_export(table, tmp_path / "export", ExportConfig(validation_ratio=0.1))
    assert out.rows["train"] + out.rows["validation"] == 300
    train = pq.read_table(out.files["train"])
    val = pq.read_table(out.files["validation"])
    assert train.schema.equals(val.schema, check_metadata=True)
    assert set(train.column("record_id").to_pylist()).isdisjoint(val.column("record_id").to_pylist())
    assert train.column("record_id").to_pylist() == sorted(train.column("record_id").to_pylist())
    meta = pq.ParquetFile(out.files["train"]).metadata
    assert meta.row_group(0).column(0).compression == "ZSTD"
    df = pd.read_parquet(out.files["train"])
    assert list(df.columns) == train.schema.names
    row = train.to_pylist()[0]
    assert row["messages"][-1] == {"role": "assistant", "content": row["output"]}


def test_write_export_is_byte_identical_for_the_same_input_in_any_order(tmp_path):
    table = _table(100)
    a = write_export(table, tmp_path / "a", ExportConfig())
    b = write_export(table.take(list(reversed(range(100)))), tmp_path / "b", ExportConfig())
    for split in ("train", "validation"):
        assert a.files[split].read_bytes() == b.files[split].read_bytes()


def test_empty_table_exports_empty_files_with_schema(tmp_path):
    out = write_export(_table(0), tmp_path / "e", ExportConfig())
    assert out.rows == {"train": 0, "validation": 0}
    assert "messages" in pq.read_schema(out.files["train"]).names


def test_loads_with_hugging_face_datasets(tmp_path):
    datasets = pytest.importorskip("datasets")
    out = write_export(_table(50, extra=True), tmp_path / "export", ExportConfig(validation_ratio=0.2))
    ds = datasets.load_dataset(
        "parquet", data_files={k: str(v) for k, v in out.files.items()}, cache_dir=str(tmp_path / "cache")
    )
    assert ds["train"].num_rows + ds["validation"].num_rows == 50
    first = ds["train"][0]
    assert first["messages"][-1]["role"] == "assistant"
    assert set(ds["train"].column_names) >= {"instruction", "input", "output", "messages", "lang", "q_output_chars"}


@pytest.mark.parametrize(
    ("shard_rows", "row_group_size", "step", "buffer"),
    [
        (1000, 65536, 8192, 32768),
        (37, 65536, 8192, 32768),
        (37, 16, 8192, 32768),
        (1, 7, 8192, 32768),
        (37, 16, 5, 8),
        (23, 64, 3, 1),
    ],
)
def test_export_from_shards_writes_the_same_bytes_as_from_one_table(
    tmp_path, monkeypatch, shard_rows, row_group_size, step, buffer
):
    """Any shard size, row group size, merge step and run buffer (the last two rows merge in small
    steps that accumulate into row groups, from runs whose batches are smaller than a step)."""
    import pipeline.stages.export.stage as export_module
    from pipeline.stages.export.stage import write_export_shards

    monkeypatch.setattr(export_module, "_MERGE_STEP_ROWS", step)
    monkeypatch.setattr(export_module, "_MERGE_BUFFER_ROWS", buffer)
    monkeypatch.setattr(export_module, "_MIN_RUN_ROWS", 1)

    table = _table(300, extra=True)
    shuffled = table.take(pa.array([(i * 7919) % 300 for i in range(300)]))
    cfg = ExportConfig(validation_ratio=0.1, row_group_size=row_group_size)
    whole = write_export(table, tmp_path / "whole", cfg)
    paths = []
    for i, start in enumerate(range(0, 300, shard_rows)):
        paths.append(tmp_path / f"part-{i:05d}.parquet")
        pq.write_table(shuffled.slice(start, shard_rows), paths[-1])
    sharded = write_export_shards(paths, tmp_path / "sharded", cfg)
    assert sharded.rows == whole.rows
    for split in ("train", "validation"):
        assert sharded.files[split].read_bytes() == whole.files[split].read_bytes(), split
    assert not list((tmp_path / "sharded").glob(".run-*"))
    assert sum(r["count_all"] for r in sharded.by_lang) == 300


def test_export_from_one_empty_shard(tmp_path):
    from pipeline.stages.export.stage import write_export_shards

    pq.write_table(_table(0), tmp_path / "part-00000.parquet")
    out = write_export_shards([tmp_path / "part-00000.parquet"], tmp_path / "e", ExportConfig())
    assert out.rows == {"train": 0, "validation": 0}
    assert (
        out.files["train"].read_bytes()
        == write_export(_table(0), tmp_path / "w", ExportConfig()).files["train"].read_bytes()
    )
