"""Nightly builds with a record lineage: four runs that edit, delete and add files and add an adjudication file.

Each run goes through the steps the DAG's tasks call (``prepare_from_params``, ingest, the stages,
export, publish) with dedup (history on) and agreement; every version's records are checked exactly
by source identity, and so is :func:`versions_diff` between consecutive versions.
"""

import json
from unittest.mock import patch

import pyarrow.parquet as pq
import pytest

from pipeline.errors import NothingToDo
from pipeline.runtime import registry
from pipeline.runtime.execute import context
from pipeline.runtime.rundir import RunDir
from pipeline.runtime.steps import prepare_from_params, run_export, run_ingest, run_publish, run_stage, safe_run_name
from pipeline.runtime.versions import DatasetStore, versions_diff
from tests.support.stages import only_stages

ALL_STAGES = registry.STAGES  # at import, before a test narrows the table


@pytest.fixture(autouse=True)
def dedup_and_agreement():
    with only_stages("dedup", "agreement"):
        yield


def _qa(n, **extra):
    return {
        "instruction": f"Question {n}: why is the sky blue at noon?",
        "output": f"Answer {n}: light scatters.",
        **extra,
    }


TIE = [{"annotator_id": "ann-1", "label": "good"}, {"annotator_id": "ann-2", "label": "bad"}]


def _write(path, rows):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


class Nightly:
    def __init__(self, tmp_path):
        self.data = tmp_path / "data"
        self.project = tmp_path / "project"
        (self.project / "examples").mkdir(parents=True)
        self.corpus = self.data / "corpora" / "team"
        self.config = self.data / "config.yaml"
        self.store = DatasetStore(self.data, "team")

    def configure(self, text=""):
        self.data.mkdir(exist_ok=True)
        self.config.write_text("agreement:\n  min_annotators: 2\n" + text, encoding="utf-8")

    def run(self, run_id):
        params = {"corpus_paths": [str(self.corpus)], "config_path": str(self.config), "dataset_name": "team"}
        prepared = prepare_from_params(self.data, self.project, run_id, params)
        run = prepared["run_dir"]
        run_ingest(run)
        for spec in registry.STAGES[1:-1]:
            run_stage(spec.name, run)
        run_export(run)
        return prepared, run_publish(run), self.data / "runs" / safe_run_name(run_id)

    def records(self, version="latest"):
        folder = self.store.dir / version
        rows = pq.read_table(folder / "train").to_pylist() + pq.read_table(folder / "validation").to_pylist()
        out = {}
        for r in rows:
            ident = f"{r['corpus']}/{r['source_file']}#" + (
                f"id={r['source_id']}" if r["source_id"] is not None else f"row={r['source_index']}"
            )
            assert ident not in out, f"{ident} twice in {version}"
            out[ident] = r["output"]
        return out


def test_four_nightly_runs_keep_each_version_exact(tmp_path):
    n = Nightly(tmp_path)
    n.configure()
    _write(n.corpus / "a.jsonl", [_qa(i, id=f"a{i}") for i in range(1, 5)])
    _write(n.corpus / "b.jsonl", [_qa(i) for i in range(11, 14)])  # no original ids: positions
    _write(n.corpus / "c.jsonl", [_qa(21, id="c1"), _qa(22, id="c2", annotations=TIE)])
    _write(n.corpus / "e.jsonl", [_qa(41, id="e1")])

    # night 1: everything is new; c2 is held for review (a tie)
    _, v1, run1 = n.run("night-1")
    assert v1["version"] == "v0001"
    assert n.records() == {
        **{f"team/a.jsonl#id=a{i}": f"Answer {i}: light scatters." for i in range(1, 5)},
        **{f"team/b.jsonl#row={i}": f"Answer {11 + i}: light scatters." for i in range(3)},
        "team/c.jsonl#id=c1": "Answer 21: light scatters.",
        "team/e.jsonl#id=e1": "Answer 41: light scatters.",
    }
    review = pq.read_table(run1 / "review" / "agreement.parquet").to_pylist()
    assert [r["reason"] for r in review] == ["tie"]
    c2_id = review[0]["record_id"]

    # night 2: one record of a.jsonl edited, b.jsonl deleted, d.jsonl added (its 2nd record copies e1)
    _write(
        n.corpus / "a.jsonl",
        [_qa(1, id="a1"), {**_qa(2, id="a2"), "output": "Corrected."}, *[_qa(i, id=f"a{i}") for i in (3, 4)]],
    )
    (n.corpus / "b.jsonl").unlink()
    _write(n.corpus / "d.jsonl", [_qa(31), _qa(41)])
    prepared, v2, run2 = n.run("night-2")
    assert prepared["incremental"] == {
        "dataset": "team",
        "base_version": "v0001",
        "full_rebuild": False,
        "new_files": 2,
        "unchanged_files": 2,
        "retired_files": 1,
    }
    expected2 = {
        **{f"team/a.jsonl#id=a{i}": f"Answer {i}: light scatters." for i in (1, 3, 4)},
        "team/a.jsonl#id=a2": "Corrected.",
        "team/c.jsonl#id=c1": "Answer 21: light scatters.",
        "team/d.jsonl#row=0": "Answer 31: light scatters.",
        "team/e.jsonl#id=e1": "Answer 41: light scatters.",
    }
    assert n.records() == expected2
    assert v2["records"] == {"new": 5, "total": 7, "dropped": 7}
    dedup = json.loads((run2 / "work" / "dedup.json").read_text())
    assert dedup["counters"]["history_duplicates"] == 1  # d.jsonl's copy of e1, carried over
    # share gates see what the run decides: a.jsonl and d.jsonl less the history duplicate
    assert context(RunDir(run2), "validate").input_records == 4 + 2 - 1
    assert versions_diff(n.store, "v0001", "v0002") == {
        "added": ["team/d.jsonl#row=0"],
        "changed": ["team/a.jsonl#id=a2"],
        "retired": ["team/b.jsonl#row=0", "team/b.jsonl#row=1", "team/b.jsonl#row=2"],
    }

    # nothing changed: nothing to build
    with pytest.raises(NothingToDo):
        n.run("night-2b")

    # night 3: an expert decides the tie; only c.jsonl (which holds c2) is read again
    adjudication = n.data / "decisions" / "round-1.csv"
    adjudication.parent.mkdir()
    adjudication.write_text(f"record_id,label,reviewer\n{c2_id},good,expert-1\n", encoding="utf-8")
    n.configure(f"  adjudication_files: [{adjudication}]\n")
    prepared, v3, run3 = n.run("night-3")
    assert v3["records"] == {"new": 2, "total": 8, "dropped": 1}
    assert prepared["incremental"]["new_files"] == 1 and prepared["incremental"]["unchanged_files"] == 3
    assert json.loads((run3 / "work" / "run.json").read_text())["incremental"]["files"] == {"team": ["c.jsonl"]}
    assert n.records() == {**expected2, "team/c.jsonl#id=c2": "Answer 22: light scatters."}
    assert versions_diff(n.store, "v0002", "v0003") == {"added": ["team/c.jsonl#id=c2"], "changed": [], "retired": []}

    # night 4: e.jsonl is deleted, so d.jsonl's copy of e1 is no longer a duplicate: d.jsonl is read again
    (n.corpus / "e.jsonl").unlink()
    _, v4, run4 = n.run("night-4")
    assert v4["records"] == {"new": 2, "total": 8, "dropped": 2}
    spec = json.loads((run4 / "work" / "run.json").read_text())["incremental"]
    assert spec["files"] == {"team": ["d.jsonl"]} and spec["retired"] == ["team/e.jsonl"]
    assert spec["triggers"] == ["1 file(s) hold duplicates of records that are replaced: read again"]
    expected4 = {k: v for k, v in expected2.items() if k != "team/e.jsonl#id=e1"}
    expected4["team/c.jsonl#id=c2"] = "Answer 22: light scatters."
    expected4["team/d.jsonl#row=1"] = "Answer 41: light scatters."
    assert n.records() == expected4
    assert versions_diff(n.store, "v0003", "latest") == {
        "added": ["team/d.jsonl#row=1"],
        "changed": [],
        "retired": ["team/e.jsonl#id=e1"],
    }
    # every version stays as it was published
    assert n.records("v0002") == expected2
    assert n.store.versions() == ["v0001", "v0002", "v0003", "v0004"]


def test_a_deleted_file_alone_makes_a_version_without_its_records(tmp_path):
    n = Nightly(tmp_path)
    n.configure()
    _write(n.corpus / "a.jsonl", [_qa(1, id="a1")])
    _write(n.corpus / "b.jsonl", [_qa(2, id="b1")])
    n.run("night-1")
    (n.corpus / "b.jsonl").unlink()
    prepared, v2, run = n.run("night-2")
    assert prepared["incremental"]["new_files"] == 0 and prepared["incremental"]["retired_files"] == 1
    assert v2["records"] == {"new": 0, "total": 1, "dropped": 1}
    assert n.records() == {"team/a.jsonl#id=a1": "Answer 1: light scatters."}
    assert json.loads((run / "manifest.json").read_text())["counts"]["input"] == 0
    assert json.loads((n.store.dir / "v0002" / "version.json").read_text())["retired_files"] == ["team/b.jsonl"]


def test_deleted_files_kept_on_request(tmp_path):
    n = Nightly(tmp_path)
    n.configure("export:\n  deleted_files: keep\n")
    _write(n.corpus / "a.jsonl", [_qa(1, id="a1")])
    _write(n.corpus / "b.jsonl", [_qa(2, id="b1")])
    n.run("night-1")
    (n.corpus / "b.jsonl").unlink()
    with pytest.raises(NothingToDo):
        n.run("night-2")
    _write(n.corpus / "c.jsonl", [_qa(3, id="c1")])
    n.run("night-3")
    assert sorted(n.records()) == ["team/a.jsonl#id=a1", "team/b.jsonl#id=b1", "team/c.jsonl#id=c1"]


def test_a_config_change_reads_every_file_and_supersedes_every_record(tmp_path):
    n = Nightly(tmp_path)
    n.configure()
    _write(n.corpus / "a.jsonl", [_qa(1, id="a1"), _qa(2, id="a2")])
    _write(n.corpus / "b.jsonl", [_qa(3, id="b1")])
    n.run("night-1")
    n.configure("export:\n  split_salt: split-v2\n")
    _, v2, run = n.run("night-2")
    spec = json.loads((run / "work" / "run.json").read_text())["incremental"]
    assert spec["files"] == {"team": ["a.jsonl", "b.jsonl"]}
    assert spec["triggers"] == ["the config changed: every file is read again"]
    assert v2["records"] == {"new": 3, "total": 3, "dropped": 3}
    assert versions_diff(n.store, "v0001", "v0002") == {"added": [], "changed": [], "retired": []}


def test_a_blocked_nightly_leaves_latest_untouched(tmp_path):
    from pipeline.errors import ValidationFailed

    n = Nightly(tmp_path)
    n.configure()
    _write(n.corpus / "a.jsonl", [_qa(1, id="a1")])
    n.run("night-1")
    before = (n.store.dir / "latest").readlink()
    # every record must be exported, and one line of the new file is not JSON
    n.configure("validate:\n  min_export_share: 1.0\n")
    (n.corpus / "b.jsonl").write_text(json.dumps(_qa(2, id="b1")) + "\n{not json\n", encoding="utf-8")
    with_validate = tuple(s for s in ALL_STAGES if s.name in ("ingest", "dedup", "agreement", "validate", "export"))
    with (
        patch.object(registry, "STAGES", with_validate),
        pytest.raises(
            ValidationFailed, match=r"\(1 expectation\(s\)\): export_dataset: expect_table_row_count_to_be_between"
        ),
    ):
        n.run("night-2")
    assert (n.store.dir / "latest").readlink() == before
    assert n.store.versions() == ["v0001"]
    assert n.records() == {"team/a.jsonl#id=a1": "Answer 1: light scatters."}


def test_a_file_that_cannot_be_read_keeps_its_records_until_it_can(tmp_path):
    import os

    n = Nightly(tmp_path)
    n.configure()
    _write(n.corpus / "a.jsonl", [_qa(1, id="a1")])
    _write(n.corpus / "b.jsonl", [_qa(2, id="b1")])
    n.run("night-1")
    _write(n.corpus / "b.jsonl", [{**_qa(2, id="b1"), "output": "Edited."}])
    _write(n.corpus / "c.jsonl", [_qa(3, id="c1")])
    real_open = os.open
    locked = str((n.corpus / "b.jsonl").resolve())

    def deny(path, flags, *args, **kwargs):  # tests run as root: chmod 000 would not stop a read
        if os.fspath(path) == locked:
            raise PermissionError(13, "Permission denied")
        return real_open(path, flags, *args, **kwargs)

    with patch("pipeline.io.corpus.os.open", deny):
        _, v2, _ = n.run("night-2")
    assert n.records() == {
        "team/a.jsonl#id=a1": "Answer 1: light scatters.",
        "team/b.jsonl#id=b1": "Answer 2: light scatters.",  # the earlier version, not lost
        "team/c.jsonl#id=c1": "Answer 3: light scatters.",
    }
    assert v2["records"] == {"new": 1, "total": 3, "dropped": 0}
    assert "team/b.jsonl" not in n.store.info("v0002")["processed_files"]
    # readable again: the next build reads it and the edit supersedes the earlier version
    _, v3, _ = n.run("night-3")
    assert n.records()["team/b.jsonl#id=b1"] == "Edited."
    assert v3["records"] == {"new": 1, "total": 3, "dropped": 1}
