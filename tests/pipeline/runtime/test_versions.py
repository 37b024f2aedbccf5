import json

import pyarrow.parquet as pq
import pytest

from pipeline.errors import NothingToDo, StageError, UsageError
from pipeline.runtime.steps import prepare_run, run_export, run_ingest, run_publish, run_stage
from pipeline.runtime.versions import DatasetStore, publish_run, version_name
from tests.support.stages import only_stages


@pytest.fixture(autouse=True)
def dedup_only():
    """Ingest, dedup (with history) and export: enough to build versions, fast."""
    with only_stages("dedup"):
        yield


def _rows(start, stop, prefix="Question"):
    return [
        {"id": i, "instruction": f"{prefix} number {i}: why is the sky blue at noon?", "output": f"Answer {i}: light."}
        for i in range(start, stop)
    ]


def _write(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def _build(root, corpus, run_name, *, full_rebuild=False):
    run = root / "runs" / run_name
    prep = prepare_run(
        run,
        [corpus],
        run_id=run_name,
        dataset_name="demo",
        history_default=True,
        history_path=root / "dedup-history",
        datasets_root=root,
        full_rebuild=full_rebuild,
    )
    run_ingest(run)
    dedup = run_stage("dedup", run)
    run_export(run)
    return prep, dedup, run_publish(run), run


def _version_rows(store, version=None):
    folder = store.dir / (version or "latest")
    return sum(pq.read_table(folder / split).num_rows for split in ("train", "validation"))


def test_nightly_builds_add_only_new_files_and_publish_versions(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _write(corpus / "a.jsonl", _rows(0, 10))
    store = DatasetStore(tmp_path, "demo")

    prep, _, v1, _ = _build(tmp_path, corpus, "night-1")
    assert prep["incremental"] == {
        "dataset": "demo",
        "base_version": None,
        "full_rebuild": False,
        "new_files": 1,
        "unchanged_files": 0,
        "retired_files": 0,
    }
    assert v1["version"] == "v0001" and v1["records"] == {"new": 10, "total": 10, "dropped": 0}
    assert (store.dir / "latest").resolve() == store.dir / "v0001"
    assert _version_rows(store) == 10

    # nothing new: no run directory, a clear reason
    with pytest.raises(
        NothingToDo, match=r"no new or changed input file since v0001 of dataset 'demo' \(1 unchanged\)"
    ):
        _build(tmp_path, corpus, "night-2")
    assert not (tmp_path / "runs" / "night-2").exists()

    # a new file with 5 new records and one copy of a published record
    _write(corpus / "b.jsonl", [*_rows(10, 15), {**_rows(3, 4)[0], "id": 99}])
    prep, dedup, v2, run = _build(tmp_path, corpus, "night-3")
    assert prep["incremental"]["new_files"] == 1 and prep["incremental"]["unchanged_files"] == 1
    ingest = json.loads((run / "work" / "ingest.json").read_text())
    assert ingest["records_in"] == 6 and ingest["counters"]["files_unchanged"] == 1
    assert dedup["counters"]["history_duplicates"] == 1
    assert v2["version"] == "v0002" and v2["previous"] == "v0001"
    assert v2["records"] == {"new": 5, "total": 15, "dropped": 0}
    assert _version_rows(store) == 15 and _version_rows(store, "v0001") == 10
    # earlier files are linked into the new version, not copied, and stay unchanged
    old = store.dir / "v0001" / "train" / "part-v0001.parquet"
    assert (store.dir / "v0002" / "train" / "part-v0001.parquet").stat().st_ino == old.stat().st_ino
    info = json.loads((store.dir / "v0002" / "version.json").read_text())
    assert sorted(info["processed_files"]) == ["corpus/a.jsonl", "corpus/b.jsonl"]
    assert [f["path"] for f in info["splits"]["train"]] == ["train/part-v0001.parquet", "train/part-v0002.parquet"]

    # publishing the same run again (a retried task) makes no new version
    assert publish_run(run, store) == v2
    assert store.versions() == ["v0001", "v0002"]

    # a changed file is read again and replaces its records: none is published twice, none is a
    # history duplicate of its own earlier version; b.jsonl, which holds a copy of one of them, is
    # read again too (the copy's fate depends on them)
    _write(corpus / "a.jsonl", _rows(0, 10) + _rows(20, 22))
    _, dedup, v3, run = _build(tmp_path, corpus, "night-4")
    assert json.loads((run / "work" / "run.json").read_text())["incremental"]["files"] == {
        "corpus": ["a.jsonl", "b.jsonl"]
    }
    assert dedup["counters"]["history_duplicates"] == 0 and dedup["counters"]["exact_duplicates"] == 1
    assert v3["records"] == {"new": 17, "total": 17, "dropped": 15}

    # a full rebuild reads everything and starts afresh
    _, dedup, v4, _ = _build(tmp_path, corpus, "rebuild", full_rebuild=True)
    assert dedup["counters"]["history_duplicates"] == 0 and dedup["counters"]["exact_duplicates"] == 1, dedup
    assert v4["version"] == "v0004" and v4["full_rebuild"] and v4["records"] == {"new": 17, "total": 17, "dropped": 0}
    assert [v for v in store.versions()] == [version_name(i) for i in range(1, 5)]


def test_publish_needs_a_finished_export(tmp_path):
    corpus = tmp_path / "c.jsonl"
    _write(corpus, _rows(0, 3))
    run = tmp_path / "run"
    prepare_run(run, [corpus], datasets_root=tmp_path, dataset_name="demo")
    with pytest.raises(StageError, match=r"no manifest\.json"):
        publish_run(run, DatasetStore(tmp_path, "demo"))


def test_a_plain_run_publishes_nothing(tmp_path):
    corpus = tmp_path / "c.jsonl"
    _write(corpus, _rows(0, 3))
    run = tmp_path / "run"
    prepare_run(run, [corpus])
    run_ingest(run)
    run_stage("dedup", run)
    run_export(run)
    assert run_publish(run) is None
    assert not (tmp_path / "datasets").exists()


@pytest.mark.parametrize("name", ["", "a/b", ".hidden"])
def test_dataset_names_must_be_folder_names(tmp_path, name):
    with pytest.raises(UsageError, match="cannot be used as a folder name"):
        DatasetStore(tmp_path, name)


def _front_matter_and_body(card_path):
    from huggingface_hub import DatasetCard

    card = DatasetCard.load(card_path)
    return card.data, card.text


def test_version_cards_version_json_and_modes(tmp_path):
    """Each version: a Hub card (front matter, paths relative to it), a portable version.json, readable files."""
    datasets = pytest.importorskip("datasets")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _write(corpus / "a.jsonl", _rows(0, 10))
    store = DatasetStore(tmp_path, "demo")
    _, _, _, run1 = _build(tmp_path, corpus, "night-1")
    _write(corpus / "b.jsonl", _rows(10, 15))
    _build(tmp_path, corpus, "night-2")
    _build(tmp_path, corpus, "rebuild", full_rebuild=True)

    first = (store.dir / "v0001" / "README.md").read_text(encoding="utf-8")
    second = (store.dir / "v0002" / "README.md").read_text(encoding="utf-8")
    rebuild = (store.dir / "v0003" / "README.md").read_text(encoding="utf-8")
    assert second == GOLDEN_V2_CARD
    assert "\n10 records, all from run `night-1` (the first version).\n" in first
    assert "\n15 records, all from run `rebuild` (a full rebuild: nothing kept from v0002).\n" in rebuild

    data, _ = _front_matter_and_body(store.dir / "v0002" / "README.md")
    assert data.license == "other" and data.language == ["en"] and data.pretty_name == "demo v0002"
    assert data.size_categories == ["n<1K"] and data.task_categories == ["text-generation"]

    # the card's configs load the version from its folder, offline; so does the run export's card
    ds = datasets.load_dataset(str(store.dir / "latest"), cache_dir=str(tmp_path / "cache"))
    assert sum(ds[s].num_rows for s in ds) == 15
    ds = datasets.load_dataset(str(store.dir / "v0002"), cache_dir=str(tmp_path / "cache"))
    assert {s: ds[s].num_rows for s in ds} == {"train": 14, "validation": 1}
    ds = datasets.load_dataset(str(run1 / "export"), cache_dir=str(tmp_path / "cache"))
    assert sum(ds[s].num_rows for s in ds) == 10

    # version.json: paths relative to the version folder, no local path anywhere
    for version in store.versions():
        text = (store.dir / version / "version.json").read_text(encoding="utf-8")
        assert str(tmp_path) not in text
        info = json.loads(text)
        assert all("path" not in i for i in info["inputs"])
        for split in ("train", "validation"):
            for f in info["splits"][split]:
                assert not f["path"].startswith("/") and (store.dir / version / f["path"]).is_file()

    # readable by others: 0644 files, 0755 folders (under the usual umask 022)
    import os

    old = os.umask(0o022)
    try:
        _write(corpus / "c.jsonl", _rows(15, 17))
        _, _, _, run4 = _build(tmp_path, corpus, "night-4")
    finally:
        os.umask(old)
    for path in [*sorted((run4 / "export").iterdir()), *sorted((store.dir / "v0004").rglob("*"))]:
        expected = 0o755 if path.is_dir() else 0o644
        assert (path, oct(path.stat().st_mode & 0o777)) == (path, oct(expected))
    assert oct((run4 / "manifest.json").stat().st_mode & 0o777) == oct(0o644)


GOLDEN_V2_CARD = """---
configs:
- config_name: default
  data_files:
  - split: train
    path: "train/*.parquet"
  - split: validation
    path: "validation/*.parquet"
license: other
language:
- en
task_categories:
- text-generation
pretty_name: "demo v0002"
size_categories:
- n<1K
---
# demo v0002

15 records: 5 new in this version (run `night-2`), 10 kept from v0001.

| split | records | files |
|---|---|---|
| train | 14 | 2 |
| validation | 1 | 2 |

```python
from datasets import load_dataset

# the folder holding this card (its configs name the files):
ds = load_dataset("path/to/demo/v0002")
# or, from inside that folder, the files themselves:
ds = load_dataset("parquet", data_files={"train": "train/*.parquet", "validation": "validation/*.parquet"})
```

`version.json` lists every file with its sha256, the run that added the new records and the
input files processed so far; `lineage.parquet` every record by source identity. The run's
own manifest and reports are in its run directory.
"""
