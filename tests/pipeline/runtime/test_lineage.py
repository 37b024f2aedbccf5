"""Record lineage: source identities, outcomes, what a version carries over, and diffs."""

import pyarrow as pa

from pipeline.runtime.lineage import (
    LINEAGE_SCHEMA,
    carried,
    content_hashes,
    dependents,
    diff_lineages,
    keep_files,
    lineage_table,
    source_identities,
)


def _sources(rows):
    return pa.table(
        {
            "record_id": [r[0] for r in rows],
            "corpus": [r[1] for r in rows],
            "source_file": [r[2] for r in rows],
            "source_index": pa.array([r[3] for r in rows], pa.int64()),
            "source_id": pa.array([r[4] for r in rows], pa.string()),
        }
    )


def _exported(ids, outputs):
    return pa.table({"record_id": ids, "instruction": ["q"] * len(ids), "input": [""] * len(ids), "output": outputs})


def test_identity_is_the_original_id_when_there_is_one_else_the_position():
    t = _sources([("r1", "team", "a.jsonl", 0, "x-7"), ("r2", "team", "sub/b.csv", 3, None)])
    assert source_identities(t).to_pylist() == ["team/a.jsonl#id=x-7", "team/sub/b.csv#row=3"]


def test_content_hash_changes_with_any_text_field_only():
    a = pa.table({"instruction": ["q", "q", "q"], "output": ["a", "a", "b"], "corpus": ["c", "d", "c"]})
    h = content_hashes(a)
    assert h[0] == h[1] != h[2] and len(h[0]) == 64


def test_outcomes_of_a_run():
    src = _sources([("r1", "c", "a", 0, "1"), ("r2", "c", "a", 1, "2"), ("r3", "c", "b", 0, None)])
    t = lineage_table(src, _exported(["r1"], ["ok"]), ["r2"], "run-1", {"r3": "r1"})
    assert t.schema == LINEAGE_SCHEMA
    rows = {r["record_id"]: (r["file"], r["identity"], r["status"], r["duplicate_of"]) for r in t.to_pylist()}
    assert rows == {
        "r1": ("c/a", "c/a#id=1", "exported", None),
        "r2": ("c/a", "c/a#id=2", "review", None),
        "r3": ("c/b", "c/b#row=0", "removed", "r1"),
    }
    assert [r["content"] is not None for r in t.to_pylist()] == [True, False, False]
    assert set(t.column("run_id").to_pylist()) == {"run-1"}


def test_carried_dependents_and_diff():
    src = _sources(
        [("r1", "c", "a", 0, "1"), ("r2", "c", "b", 0, "1"), ("r3", "c", "d", 0, "1"), ("r4", "c", "e", 0, "1")]
    )
    # r2 (file b) duplicates r1 (file a); r3 (file d) duplicates r2; e is unrelated
    old = lineage_table(src, _exported(["r1", "r4"], ["x", "y"]), [], "run-1", {"r2": "r1", "r3": "r2"})
    assert carried(old, ["c/a"]).to_pylist() == [{"record_id": "r4", "run_id": "run-1"}]
    assert keep_files(old, ["c/a", "c/e"]).column("file").to_pylist() == ["c/b", "c/d"]
    assert dependents(old, ["c/a"]) == {"c/b", "c/d"}
    assert dependents(old, ["c/e"]) == set()
    new = lineage_table(
        _sources([("r1", "c", "a", 0, "1"), ("r5", "c", "f", 0, None)]),
        _exported(["r1", "r5"], ["x2", "z"]),
        [],
        "run-2",
    )
    assert diff_lineages(old, new) == {"added": ["c/f#row=0"], "changed": ["c/a#id=1"], "retired": ["c/e#id=1"]}
    assert diff_lineages(old, old) == {"added": [], "changed": [], "retired": []}
