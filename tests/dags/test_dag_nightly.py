"""Four nightly DAG runs over a changing corpus: every version holds exactly the live records.

Night 1 builds v0001; night 2 edits a record, deletes a file and adds one (with a copy of a
published record); night 3 adds an adjudication file that decides a record held for review; night 4
deletes the file whose record the copy duplicated. Each version is checked record by record (by
source identity) and against :func:`versions_diff`.
"""

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow

TOPICS = {
    "a1": (
        "How do bees make honey?",
        "Bees collect nectar, store it in wax cells and fan it with their wings until it thickens.",
    ),
    "a2": (
        "Why do leaves change colour in autumn?",
        "Chlorophyll breaks down in the cold, so yellow and red pigments show.",
    ),
    "a3": (
        "What keeps a bicycle upright?",
        "Steering corrections and the rider's balance keep it upright while it moves.",
    ),
    "b1": ("How is paper recycled?", "Used paper is soaked into pulp, cleaned of ink and pressed into new sheets."),
    "b2": ("Why is the sea salty?", "Rivers carry dissolved minerals from rocks into the sea, where they stay."),
    "c1": ("What does a thermostat do?", "It switches heating on and off to hold a room near the chosen temperature."),
    "c2": (
        "How do vaccines train the body?",
        "They show the immune system a harmless part of a germ so it learns to respond.",
    ),
    "d1": (
        "How do tides form?",
        "The pull of the moon and the sun raises the oceans on the sides facing and opposite them.",
    ),
    "e1": ("Why does bread rise?", "Yeast feeds on sugar and releases carbon dioxide that gets trapped in the dough."),
}
TIE = [{"annotator_id": "ann-1", "label": "good"}, {"annotator_id": "ann-2", "label": "bad"}]


def _rec(key, with_id=True, **extra):
    q, a = TOPICS[key]
    return {**({"id": key} if with_id else {}), "instruction": q, "output": a, **extra}


def _write(path, rows):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


@pytest.fixture(scope="module")
def migrated_db():
    from airflow.utils.db import initdb

    initdb()


def test_four_nightly_dag_runs(migrated_db, monkeypatch, tmp_path):
    from airflow.dag_processing.dagbag import DagBag

    from pipeline.runtime.steps import safe_run_name
    from pipeline.runtime.versions import DatasetStore, versions_diff

    data = tmp_path / "data"
    monkeypatch.setenv("INSTRUCTFLOW_DATA_ROOT", str(data))
    monkeypatch.delenv("AIRFLOW_VAR_INSTRUCTFLOW_CORPUS_ROOTS", raising=False)
    bag = DagBag(dag_folder=str(ROOT / "dags"))
    assert bag.import_errors == {}
    dag = bag.dags["instruction_dataset_build"]
    corpus = data / "corpora" / "faq"
    config = data / "nightly.yaml"
    store = DatasetStore(data, "faq")

    def configure(extra=""):
        config.parent.mkdir(parents=True, exist_ok=True)
        config.write_text("agreement:\n  min_annotators: 2\n" + extra, encoding="utf-8")

    def night():
        run = dag.test(run_conf={"corpus_paths": [str(corpus)], "config_path": str(config), "dataset_name": "faq"})
        states = {
            (ti.task_id, ti.map_index): str(getattr(ti.state, "value", ti.state)) for ti in run.get_task_instances()
        }
        assert str(getattr(run.state, "value", run.state)) == "success", states
        return data / "runs" / safe_run_name(run.run_id)

    def records(version="latest"):
        folder = store.dir / version
        rows = pq.read_table(folder / "train").to_pylist() + pq.read_table(folder / "validation").to_pylist()
        out = {}
        for r in rows:
            key = r["source_id"] if r["source_id"] is not None else f"row={r['source_index']}"
            ident = f"{r['source_file']}#{key}"
            assert ident not in out, f"{ident} twice in {version}"
            out[ident] = r["output"]
        return out

    configure()
    _write(corpus / "a.jsonl", [_rec("a1"), _rec("a2"), _rec("a3")])
    _write(corpus / "b.jsonl", [_rec("b1", with_id=False), _rec("b2", with_id=False)])
    _write(corpus / "c.jsonl", [_rec("c1"), _rec("c2", annotations=TIE)])
    _write(corpus / "e.jsonl", [_rec("e1")])

    run1 = night()
    v1 = {
        **{f"a.jsonl#{k}": TOPICS[k][1] for k in ("a1", "a2", "a3")},
        "b.jsonl#row=0": TOPICS["b1"][1],
        "b.jsonl#row=1": TOPICS["b2"][1],
        "c.jsonl#c1": TOPICS["c1"][1],
        "e.jsonl#e1": TOPICS["e1"][1],
    }
    assert records() == v1
    review = pq.read_table(run1 / "review" / "agreement.parquet").to_pylist()
    assert [r["reason"] for r in review] == ["tie"]

    # night 2: a2 corrected, b.jsonl deleted, d.jsonl added with a copy of e1
    _write(
        corpus / "a.jsonl", [_rec("a1"), {**_rec("a2"), "output": "Cold nights break chlorophyll down."}, _rec("a3")]
    )
    (corpus / "b.jsonl").unlink()
    _write(corpus / "d.jsonl", [_rec("d1", with_id=False), _rec("e1", with_id=False)])
    run2 = night()
    v2 = {k: v for k, v in v1.items() if not k.startswith("b.jsonl")}
    v2["a.jsonl#a2"] = "Cold nights break chlorophyll down."
    v2["d.jsonl#row=0"] = TOPICS["d1"][1]
    assert records() == v2
    assert json.loads((run2 / "work" / "dedup.json").read_text())["counters"]["history_duplicates"] == 1
    assert versions_diff(store, "v0001", "v0002") == {
        "added": ["faq/d.jsonl#row=0"],
        "changed": ["faq/a.jsonl#id=a2"],
        "retired": ["faq/b.jsonl#row=0", "faq/b.jsonl#row=1"],
    }

    # night 3: the expert decides the tie; only c.jsonl is read again
    decisions = data / "decisions.csv"
    decisions.write_text(f"record_id,label,reviewer\n{review[0]['record_id']},good,expert-1\n", encoding="utf-8")
    configure(f"  adjudication_files: [{decisions}]\n")
    run3 = night()
    assert json.loads((run3 / "work" / "run.json").read_text())["incremental"]["files"] == {"faq": ["c.jsonl"]}
    v3 = {**v2, "c.jsonl#c2": TOPICS["c2"][1]}
    assert records() == v3
    assert versions_diff(store, "v0002", "v0003") == {"added": ["faq/c.jsonl#id=c2"], "changed": [], "retired": []}

    # night 4: e.jsonl deleted, so d.jsonl's copy of e1 is live now
    (corpus / "e.jsonl").unlink()
    night()
    v4 = {k: v for k, v in v3.items() if k != "e.jsonl#e1"}
    v4["d.jsonl#row=1"] = TOPICS["e1"][1]
    assert records() == v4
    assert versions_diff(store, "v0003", "v0004") == {
        "added": ["faq/d.jsonl#row=1"],
        "changed": [],
        "retired": ["faq/e.jsonl#id=e1"],
    }
    assert store.versions() == ["v0001", "v0002", "v0003", "v0004"]
    assert records("v0001") == v1 and records("v0002") == v2 and records("v0003") == v3
