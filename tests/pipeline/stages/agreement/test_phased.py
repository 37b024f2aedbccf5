"""The agreement stage in phases (features per shard, one plan, apply per shard) equals the one-table run."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.config import PipelineConfig
from pipeline.core.records import records_to_table
from pipeline.core.source import RecordSource, TableSource
from pipeline.core.stage import StageContext, StageResult, check_conservation
from pipeline.errors import StageError
from pipeline.runtime.rundir import RunDir, part_name
from pipeline.runtime.shards import ShardedSource
from pipeline.stages.agreement import report as agreement_report
from pipeline.stages.agreement.stage import AgreementPlan, plan, run, shard_features
from tests.pipeline.stages.agreement.test_label_check import cfg as label_check_config
from tests.pipeline.stages.agreement.test_label_check import rows as label_check_rows
from tests.pipeline.stages.agreement.test_stage import GOOD3, SECRET, config, rec

PREV = "validate"
"""The stage whose shards feed the agreement stage (where the test writes the input shards)."""


class RecordingText:
    """A record source that forwards to another and records every request for records (rows, columns)."""

    def __init__(self, inner: RecordSource) -> None:
        self.inner = inner
        self.column_names = inner.column_names
        self.num_rows = inner.num_rows
        self.shards = inner.shards
        self.requests: list[tuple[np.ndarray, tuple[str, ...] | None]] = []

    def take(self, rows: np.ndarray, columns: Any = None) -> pa.Table:
        self.requests.append((np.asarray(rows, dtype=np.int64).copy(), tuple(columns) if columns is not None else None))
        return self.inner.take(rows, columns)

    def read_shard(self, shard: int, columns: Any = None) -> pa.Table:
        raise AssertionError("the plan reads records by row, not whole shards")

    def read(self, columns: Any = None) -> pa.Table:
        raise AssertionError("the plan reads records by row, not all of them")

    def rows(self) -> np.ndarray:
        return np.concatenate([r for r, _ in self.requests]) if self.requests else np.zeros(0, np.int64)


def split(table: pa.Table, sizes: list[int]) -> list[pa.Table]:
    assert sum(sizes) == table.num_rows
    starts = np.concatenate(([0], np.cumsum(sizes)))
    return [table.slice(int(s), n) for s, n in zip(starts, sizes)]


def splits(n: int) -> list[list[int]]:
    """One shard; two uneven shards; three shards with an empty one (in the middle, then first)."""
    return [[n], [n // 3, n - n // 3], [n // 4, 0, n - n // 4], [0, n // 2 + 1, n - n // 2 - 1]]


def sort_ids(table: pa.Table) -> pa.Table:
    return table.sort_by([("record_id", "ascending")])


def phased(
    table: pa.Table, sizes: list[int], run_dir: Path, cfg: PipelineConfig
) -> tuple[StageResult, AgreementPlan, RecordingText, list[pa.Table]]:
    """What the run-directory layer does: shards on disk, features per shard, one plan, apply per shard."""
    shards = split(table, sizes)
    folder = RunDir(run_dir).stage_dir(PREV)
    folder.mkdir(parents=True)
    for i, shard in enumerate(shards):
        pq.write_table(shard, folder / part_name(i))
    feats = []
    for i, shard in enumerate(shards):  # phase 1, written and read back like the features task
        path = run_dir / "work" / "agreement-features" / part_name(i)
        path.parent.mkdir(parents=True, exist_ok=True)
        pq.write_table(shard_features(shard, StageContext(run_dir=run_dir, config=cfg, shard=i)), path)
        feats.append(pq.read_table(path))
    all_feats = pa.concat_tables(feats, promote_options="default")
    text = RecordingText(ShardedSource(RunDir(run_dir), PREV))
    agreement_plan = plan(all_feats, StageContext(run_dir=run_dir, config=cfg), text)
    results = []
    for shard in shards:
        result = agreement_plan.apply(shard)
        check_conservation("agreement", shard.num_rows, result)
        results.append(result)
    merged = StageResult(
        kept=pa.concat_tables([r.kept for r in results]),
        rejected=sort_ids(pa.concat_tables([r.rejected for r in results])),
        review=sort_ids(pa.concat_tables([r.review for r in results])),
        counters=dict(agreement_plan.counters),
        report=agreement_plan.report,
    )
    return merged, agreement_plan, text, feats


def report_files(run_dir: Path) -> dict[str, bytes]:
    folder = run_dir / "reports"
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())} if folder.is_dir() else {}


def assert_same(phased_result: StageResult, whole: StageResult) -> None:
    assert phased_result.kept.equals(whole.kept, check_metadata=True), "kept differs"
    assert phased_result.kept.schema == whole.kept.schema
    assert phased_result.rejected.equals(sort_ids(whole.rejected)), "rejected differs"
    assert phased_result.review.equals(sort_ids(whole.review)), "review differs"
    assert phased_result.review.schema == whole.review.schema
    assert phased_result.counters == whole.counters
    assert phased_result.report == whole.report


def review_positions(table: pa.Table, whole: StageResult) -> np.ndarray:
    ids = set(whole.review.column("record_id").to_pylist())
    return np.array([i for i, r in enumerate(table.column("record_id").to_pylist()) if r in ids], dtype=np.int64)


# --------------------------------------------------------------------------------------------------
# cases: (rows, config) built in tmp_path (annotation and adjudication files live there)


def case_every_decision(tmp_path: Path) -> tuple[list[dict], PipelineConfig]:
    rows = [
        rec(0, [("A", "good", 0.9), ("B", "good", 0.8), ("C", "bad", 0.9)]),
        rec(1, [("A", "bad", 0.9), ("B", "bad", 0.95), ("C", "good", 0.9)]),
        rec(2, [("A", "good", None), ("B", "bad", None)]),
        rec(3, [("A", "good", 0.9), ("B", "good", 0.9), ("C", "bad", 0.9), ("D", "meh", 0.9), ("D", "meh", 0.9)]),
        rec(4, [("A", "good", 0.6), ("B", "good", 0.65)]),
        rec(5, [("A", "good", 0.3), ("B", "good", 0.4)]),
        rec(6, [("A", "good", 0.9)]),
        rec(7, []),
        rec(8, [("A", "weird", 0.9), ("B", "good", 0.9)]),
        rec(9, [(" ", "good", 0.9), ("B", "good", 0.9)]),
        rec(10, [("A", "good", 1.2), ("B", "good", 0.9)]),
        rec(11, [("A", "meh", 0.9), ("B", "meh", 0.9)]),
        rec(12, GOOD3),
    ]
    rows[7]["annotations"] = None
    return rows, config(labels=["good", "meh", "bad"], keep_labels=["good"], reject_labels=["bad"])


def case_files(tmp_path: Path) -> tuple[list[dict], PipelineConfig]:
    (tmp_path / "extra.csv").write_text(
        "record_id,annotator_id,label,confidence\n"
        "r0,B,good,0.8\nr0,A,bad,0.1\nr1,A,good,\nr1,B,good,\nr404,A,good,\n"
        "r4,C,gooood,\nr5,B,bad,0.9\nr5,C,bad,0.9\nr6,B,good,0.2\n",
        encoding="utf-8",
    )
    (tmp_path / "decisions.csv").write_text(
        "record_id,label,reviewer\nr2,good,expert-1\nr3,bad,expert-2\nr9,good,expert-1\n", encoding="utf-8"
    )
    rows = [
        rec(0, [("A", "good", 0.9)]),
        rec(1, []),
        rec(2, [("A", "bad", 0.9), ("B", "bad", 0.9), ("C", "good", 0.9)]),
        rec(3, GOOD3),
        rec(4, [("A", "good", 0.9), ("B", "good", 0.9)]),
        rec(5, [("A", "good", 0.9)]),
        rec(6, [("A", "good", 0.2)]),
        rec(7, [("A", "good", 0.9), ("B", "bad", 0.9)]),
    ]
    cfg = config(
        tmp_path,
        labels=["good", "bad"],
        reject_labels=["bad"],
        annotation_files=["extra.csv"],
        adjudication_files=["decisions.csv"],
    )
    return rows, cfg


def case_batches(tmp_path: Path) -> tuple[list[dict], PipelineConfig]:
    rows = []
    for i in range(12):
        lab = "good" if i % 2 else "bad"
        other = lab if i < 6 or i % 4 < 2 else ("bad" if lab == "good" else "good")
        rows.append(rec(i, [("A", lab, 0.9), ("B", lab, 0.9), ("C", other, 0.9)], source_file=f"b{i // 6}"))
    rows.append(rec(12, [("A", "good", 0.9), ("B", "bad", 0.9)], source_file="b1"))
    cfg = config(labels=["good", "bad"], reject_labels=["bad"], batch_field="source_file", min_shared_items=2)
    return rows, cfg


def case_require_without_annotations(tmp_path: Path) -> tuple[list[dict], PipelineConfig]:
    return [rec(i, []) for i in range(5)], config(require_annotations=True)


def case_without_annotations(tmp_path: Path) -> tuple[list[dict], PipelineConfig]:
    return [rec(i, []) for i in range(5)], config()


def case_disabled(tmp_path: Path) -> tuple[list[dict], PipelineConfig]:
    return [rec(i, GOOD3) for i in range(4)], config(enabled=False)


def case_label_check(tmp_path: Path) -> tuple[list[dict], PipelineConfig]:
    return label_check_rows(60), label_check_config(folds=3, contradiction_probability=0.6)


CASES: dict[str, Callable[[Path], tuple[list[dict], PipelineConfig]]] = {
    "every_decision": case_every_decision,
    "annotation_and_adjudication_files": case_files,
    "batch_field": case_batches,
    "require_annotations_none_given": case_require_without_annotations,
    "no_annotations": case_without_annotations,
    "disabled": case_disabled,
    "label_check": case_label_check,
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_phases_over_shards_equal_the_one_table_run(tmp_path, case):
    rows, cfg = CASES[case](tmp_path)
    table = records_to_table(rows)
    whole = run(table, StageContext(run_dir=tmp_path / "whole", config=cfg))
    check_conservation("agreement", table.num_rows, whole)
    expected_reports = report_files(tmp_path / "whole")
    review_rows = review_positions(table, whole)
    for k, sizes in enumerate(splits(table.num_rows)):
        run_dir = tmp_path / f"split{k}"
        result, agreement_plan, text, feats = phased(table, sizes, run_dir, cfg)
        assert_same(result, whole)
        assert report_files(run_dir) == expected_reports, sizes
        # features of every shard (the empty one too) have the same columns
        assert len({tuple(f.column_names) for f in feats}) == 1
        # only review rows' text is ever read, and only the review-queue text fields
        asked = text.rows()
        assert set(asked.tolist()) <= set(review_rows.tolist())
        if agreement_plan.review is not None and whole.review.num_rows:
            assert sorted(asked.tolist()) == review_rows.tolist()
        for _, columns in text.requests:
            assert columns is not None and set(columns) <= set(cfg.agreement.review_queue_text_fields)
    if case in ("every_decision", "annotation_and_adjudication_files", "batch_field"):
        assert whole.rejected.num_rows and whole.review.num_rows and whole.kept.num_rows
    if case == "label_check":
        assert set(whole.review.column("reason").to_pylist()) == {"model_contradicts"}


def test_run_is_the_phases_in_one_go(tmp_path):
    """plan + apply on the whole table (ids matched by record_id) equals run."""
    rows, cfg = case_files(tmp_path)
    table = records_to_table(rows)
    whole = run(table, StageContext(run_dir=tmp_path / "whole", config=cfg))
    agreement_plan = plan(
        shard_features(table, StageContext(tmp_path / "p", cfg)), StageContext(tmp_path / "p", cfg), TableSource(table)
    )
    result = agreement_plan.apply(table)
    assert result.kept.equals(whole.kept) and result.rejected.equals(whole.rejected)
    assert result.review.equals(whole.review)
    assert agreement_plan.counters == whole.counters and agreement_plan.report == whole.report
    # a shard in another order still keeps its own row order
    backwards = table.take(pa.array(np.arange(table.num_rows)[::-1]))
    again = agreement_plan.apply(backwards)
    assert again.kept.column("record_id").to_pylist() == whole.kept.column("record_id").to_pylist()[::-1]
    with pytest.raises(StageError, match="record 'r99' is not in the agreement plan"):
        agreement_plan.apply(records_to_table([rec(99, GOOD3)]))


def test_features_are_narrow(tmp_path):
    table = records_to_table([rec(0, GOOD3)])
    columns = {
        "default": config(),
        "batch": config(batch_field="source_file"),
        "missing_batch": config(batch_field="nope"),
        "disabled": config(enabled=False, label_check={"enabled": True}),
        "label_check": config(label_check={"enabled": True, "text_fields": ["instruction", "output", "nope"]}),
    }
    got = {k: shard_features(table, StageContext(tmp_path, c)).column_names for k, c in columns.items()}
    assert got == {
        "default": ["record_id", "annotations"],
        "batch": ["record_id", "annotations", "source_file"],
        "missing_batch": ["record_id", "annotations"],
        "disabled": ["record_id"],
        "label_check": ["record_id", "annotations", "instruction", "output"],
    }
    batch_ctx = StageContext(tmp_path, config(batch_field="source_file"))
    assert shard_features(table.slice(0, 0), batch_ctx).schema == shard_features(table, batch_ctx).schema
    assert SECRET.split()[0] not in json.dumps(shard_features(table, StageContext(tmp_path, config())).to_pylist())


def test_plan_holds_no_record_text(tmp_path):
    rows, cfg = case_every_decision(tmp_path)
    table = records_to_table(rows)
    ctx = StageContext(run_dir=tmp_path, config=cfg)
    agreement_plan = plan(shard_features(table, ctx), ctx, TableSource(table))
    held = []
    for value in vars(agreement_plan).values():
        if isinstance(value, pa.Table | pa.Array | pa.ChunkedArray):
            held.append(value.to_pylist())
        elif isinstance(value, np.ndarray):
            held.append(value.tolist())
        else:
            held.append(value)
    assert "do-not-leak" not in json.dumps(held, ensure_ascii=False, default=str)


def test_plan_reads_only_review_rows_text_a_chunk_at_a_time(tmp_path, monkeypatch):
    rows, cfg = case_every_decision(tmp_path)
    table = records_to_table(rows)
    whole = run(table, StageContext(run_dir=tmp_path / "whole", config=cfg))
    monkeypatch.setattr(agreement_report, "REVIEW_TEXT_CHUNK", 2)
    text = RecordingText(TableSource(table))
    ctx = StageContext(run_dir=tmp_path / "chunked", config=cfg)
    agreement_plan = plan(shard_features(table, ctx), ctx, text)
    review_rows = review_positions(table, whole)
    assert len(review_rows) == 6
    assert [r.tolist() for r, _ in text.requests] == [review_rows[i : i + 2].tolist() for i in range(0, 6, 2)]
    assert all(c == ("instruction", "input", "output") for _, c in text.requests)
    assert agreement_plan.review_rows.tolist() == review_rows.tolist()
    assert report_files(tmp_path / "chunked") == report_files(tmp_path / "whole")
    tasks = json.loads((tmp_path / "chunked" / "reports" / "review_queue_labelstudio.json").read_text("utf-8"))
    assert [t["data"]["instruction"] for t in tasks] == [f"{SECRET} {i}" for i in (2, 3, 4, 5, 6, 11)]


def test_no_review_rows_reads_no_text(tmp_path):
    table = records_to_table([rec(i, GOOD3) for i in range(3)])
    text = RecordingText(TableSource(table))
    ctx = StageContext(run_dir=tmp_path, config=config())
    agreement_plan = plan(shard_features(table, ctx), ctx, text)
    assert agreement_plan.review is not None and agreement_plan.review.num_rows == 0
    assert text.requests == []
    xml = (tmp_path / "reports" / "review_queue_labelstudio.xml").read_text("utf-8")
    assert "instruction" in xml  # the text fields the records have, known without reading any


def test_missing_batch_field_names_the_records_columns(tmp_path):
    table = records_to_table([rec(0, GOOD3), rec(1, GOOD3)])
    cfg = config(batch_field="batch")
    with pytest.raises(StageError) as whole:
        run(table, StageContext(run_dir=tmp_path / "whole", config=cfg))
    with pytest.raises(StageError) as sharded:
        phased(table, [1, 1], tmp_path / "phased", cfg)
    assert str(sharded.value) == str(whole.value)
    assert "instruction" in str(whole.value)
