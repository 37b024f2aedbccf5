"""The validate stage: known-good and known-bad fixtures per suite, severities, value-free outputs.

Each scenario runs the stage once (module-scoped: GX start-up is paid once per process) and several
tests look at its outcome.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pytest

from pipeline.config import parse_config
from pipeline.core.records import RECORD_SCHEMA
from pipeline.core.stage import StageContext, StageResult, check_conservation
from pipeline.errors import ValidationFailed
from pipeline.reports.run_report import write_run_report
from pipeline.runtime.rundir import RunDir
from pipeline.runtime.shards import ShardedSource
from tests.conftest import TEST_DATA

DATA = TEST_DATA / "validate"
TEST_CONFIG: dict[str, Any] = {
    "labels": ["positive", "negative", "neutral"],
    "span_labels": ["PER", "LOC", "SYMPTOM"],
}
PLANTED = ["13812345678", "11010519491231002X", "6222 0212 3456 7894", "6222021234567894", "li.na@mail-test.cn"]


def load_fixture(name: str) -> pa.Table:
    rows = [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    return pa.Table.from_pylist(rows, schema=RECORD_SCHEMA)


@dataclass
class Outcome:
    run_dir: Path
    result: StageResult | None
    error: ValidationFailed | None
    summary: dict[str, Any]
    n_in: int

    def failed(self, severity: str = "blocking") -> set[tuple[str, str]]:
        key = "failed_blocking" if severity == "blocking" else "failed_warning"
        return {(e["check"], e["type"]) for e in self.summary[key]}

    def failed_checks(self, severity: str = "blocking") -> set[str]:
        return {check for check, _ in self.failed(severity)}


def run_stage(
    base: Path, fixture: str, config: dict[str, Any] | None = None, input_records: int | None = None
) -> Outcome:
    table = load_fixture(fixture)
    run_dir = base / fixture.replace(".jsonl", "")
    run = RunDir(run_dir)
    run.write_shards("ingest", table, 1000)
    cfg = parse_config({"validate": {**TEST_CONFIG, **(config or {})}}, source="test", base_dir=DATA)
    ctx = StageContext(
        run_dir=run_dir,
        config=cfg,
        stage="validate",
        input_records=input_records,
        ingested=ShardedSource(run, "ingest"),
    )
    result = error = None
    try:
        result = ctx_run(table, ctx)
    except ValidationFailed as exc:
        error = exc
    summary = json.loads((run_dir / "reports" / "validation.json").read_text(encoding="utf-8"))
    return Outcome(run_dir, result, error, summary, table.num_rows)


def ctx_run(table: pa.Table, ctx: StageContext) -> StageResult:
    from pipeline.stages.validate.stage import run

    return run(table, ctx)


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("validate")


@pytest.fixture(scope="module")
def good(base: Path) -> Outcome:
    return run_stage(base, "good.jsonl", {"span_suite": "on"})


@pytest.fixture(scope="module")
def bad_records(base: Path) -> Outcome:
    return run_stage(base, "bad_records.jsonl")


@pytest.fixture(scope="module")
def bad_deid(base: Path) -> Outcome:
    out = run_stage(base, "bad_deid.jsonl")
    write_run_report(out.run_dir)
    return out


@pytest.fixture(scope="module")
def bad_export(base: Path) -> Outcome:
    return run_stage(base, "bad_export.jsonl", {"max_output_chars": 40}, input_records=10)


@pytest.fixture(scope="module")
def bad_spans(base: Path) -> Outcome:
    return run_stage(base, "bad_spans.jsonl", {"min_export_share": 0.0})


@pytest.fixture(scope="module")
def bad_labels(base: Path) -> Outcome:
    """The good fixture with validate.labels missing one label that record g-002 uses."""
    return run_stage(base / "labels", "good.jsonl", {"labels": ["positive", "neutral"], "span_suite": "off"})


# --- known good ---------------------------------------------------------------------------------


def test_good_fixture_passes_every_suite_and_keeps_all_records(good: Outcome) -> None:
    assert good.error is None, str(good.error)
    assert good.summary["success"] is True
    assert [s["suite"] for s in good.summary["suites"]] == [
        "records",
        "annotations",
        "deidentified",
        "export",
        "spans",
        "records_dataset",
        "export_dataset",
    ]
    assert all(s["success"] for s in good.summary["suites"])
    assert good.result is not None
    assert good.result.kept.num_rows == good.n_in
    check_conservation("validate", good.n_in, good.result)
    assert good.result.counters["failed_blocking"] == 0
    assert good.result.counters["failed_warning"] == 0
    assert good.result.counters["suites_run"] == 7


def test_good_fixture_expectation_counts_match_the_suites(good: Outcome) -> None:
    from pipeline.stages.validate.suites import build_suite

    for suite in good.summary["suites"]:
        cfg = parse_config({"validate": {**TEST_CONFIG, "span_suite": "on"}}, source="t", base_dir=DATA)
        expected = len(build_suite(suite["suite"], cfg.validate).expectations)
        assert len(suite["expectations"]) == expected, suite["suite"]


def test_data_docs_pages_exist_for_each_suite(good: Outcome) -> None:
    assert (good.run_dir / "reports" / "gx" / "index.html").is_file()
    for suite in good.summary["suites"]:
        assert suite["docs_page"].startswith("reports/gx/validations/")
        assert (good.run_dir / suite["docs_page"]).is_file()


# --- known bad, one per suite -------------------------------------------------------------------


def test_bad_records_fail_records_and_annotations_suites(bad_records: Outcome) -> None:
    assert bad_records.error is not None
    assert bad_records.failed() == {
        ("records.record_id_unique", "expect_column_values_to_be_unique"),
        ("records.output_not_empty", "expect_column_values_to_match_regex"),
        ("records.lang_allowed", "expect_column_values_to_be_in_set"),
        ("annotations.annotator_present", "expect_column_values_to_match_regex"),
        ("annotations.confidence_range", "expect_column_values_to_be_between"),
        ("export.record_id_unique", "expect_column_values_to_be_unique"),
        ("export.output_not_empty", "expect_column_values_to_match_regex"),
        ("export.messages_well_formed", "expect_column_values_to_be_well_formed_messages"),
    }


def test_bad_records_counts_are_exact(bad_records: Outcome) -> None:
    by_check = {
        (e["check"], e.get("column")): e.get("unexpected_count") for e in bad_records.summary["failed_blocking"]
    }
    assert by_check[("records.record_id_unique", "record_id")] == 2
    assert by_check[("records.lang_allowed", "lang")] == 1
    assert by_check[("annotations.confidence_range", "confidence")] == 1


def test_bad_deid_fails_the_residual_gate_once_per_record(bad_deid: Outcome) -> None:
    assert bad_deid.error is not None
    failed = bad_deid.summary["failed_blocking"]
    assert [(e["check"], e["type"], e["column"], e["unexpected_count"]) for e in failed] == [
        ("deidentified.no_residual_pii", "expect_column_values_to_be_between", "residual_pii", 4)
    ]


def test_failure_message_lists_types_and_docs_page_never_values(bad_deid: Outcome) -> None:
    message = str(bad_deid.error)
    assert message.startswith(
        "blocking validation failed (1 expectation(s)): deidentified: expect_column_values_to_be_between [residual_pii]"
    )
    page = bad_deid.run_dir / next(s["docs_page"] for s in bad_deid.summary["suites"] if s["suite"] == "deidentified")
    assert str(page) in message and page.is_file()
    for value in PLANTED:
        assert value not in message


def test_planted_pii_never_appears_under_reports(bad_deid: Outcome) -> None:
    files = [p for p in (bad_deid.run_dir / "reports").rglob("*") if p.is_file()]
    assert any(p.name == "index.html" and p.parent.name == "reports" for p in files)
    assert len(files) > 10
    for path in files:
        data = path.read_bytes()
        for value in PLANTED:
            assert value.encode() not in data, f"{value} leaked into {path}"


def test_bad_export_blocks_on_row_share_and_messages_warns_on_length(bad_export: Outcome) -> None:
    assert bad_export.error is not None
    assert bad_export.failed() == {
        ("export.row_count", "expect_table_row_count_to_be_between"),
        ("export.messages_well_formed", "expect_column_values_to_be_well_formed_messages"),
    }
    assert bad_export.failed("warning") == {("export.output_length", "expect_column_value_lengths_to_be_between")}
    assert bad_export.summary["parameters"]["min_export_rows"] == 5


def test_bad_spans_are_rejected_record_by_record_and_the_gate_passes(bad_spans: Outcome) -> None:
    assert bad_spans.error is None, str(bad_spans.error)
    assert bad_spans.result is not None
    check_conservation("validate", bad_spans.n_in, bad_spans.result)
    rejected = bad_spans.result.rejected.select(["record_id", "stage", "reason", "detail", "record"]).to_pylist()
    assert rejected == [
        {
            "record_id": "s-001",
            "stage": "validate",
            "reason": "span_out_of_bounds",
            "detail": "field 'spans[0]' lies outside field 'input' (0 <= start < end <= length)",
            "record": None,
        },
        {
            "record_id": "s-002",
            "stage": "validate",
            "reason": "span_text_mismatch",
            "detail": "field 'spans[0].text' differs from field 'input' at its offsets",
            "record": None,
        },
        {
            "record_id": "s-003",
            "stage": "validate",
            "reason": "unknown_span_label",
            "detail": "field 'spans[0].label' is not a label of validate.span_labels",
            "record": None,
        },
        {
            "record_id": "s-004",
            "stage": "validate",
            "reason": "invalid_bio",
            "detail": "field 'bio_tags[1]' is I-x without a preceding B-x or I-x of the same label",
            "record": None,
        },
    ]
    assert bad_spans.result.kept.column("record_id").to_pylist() == ["s-005"]
    assert bad_spans.result.counters["rules_records_reject_span_out_of_bounds"] == 1
    spans_suite = next(s for s in bad_spans.summary["suites"] if s["suite"] == "spans")
    assert (spans_suite["success"], spans_suite["rows"]) == (True, 1)


def test_unknown_annotation_label_rejects_that_record_only(bad_labels: Outcome) -> None:
    assert bad_labels.error is None, str(bad_labels.error)
    assert bad_labels.result is not None
    check_conservation("validate", bad_labels.n_in, bad_labels.result)
    assert bad_labels.result.rejected.select(["record_id", "reason", "detail"]).to_pylist() == [
        {
            "record_id": "g-004",
            "reason": "unknown_label",
            "detail": "field 'annotations[0].label' is not in validate.labels",
        }
    ]
    assert bad_labels.result.kept.num_rows == bad_labels.n_in - 1


# --- severities and switches --------------------------------------------------------------------


@pytest.fixture(scope="module")
def warnings_only(base: Path) -> Outcome:
    return run_stage(base / "warn", "good.jsonl", {"max_output_chars": 20, "span_suite": "off"})


@pytest.fixture(scope="module")
def promoted(base: Path) -> Outcome:
    cfg = {"max_output_chars": 20, "span_suite": "off", "severity": {"export.output_length": "blocking"}}
    return run_stage(base / "promoted", "good.jsonl", cfg)


def test_warning_failures_do_not_block_and_are_counted(warnings_only: Outcome) -> None:
    assert warnings_only.error is None
    assert warnings_only.result is not None
    assert warnings_only.result.kept.num_rows == warnings_only.n_in
    assert warnings_only.result.counters["failed_warning"] == 1
    assert warnings_only.result.report["warnings"] == [
        {
            "suite": "export",
            "check": "export.output_length",
            "type": "expect_column_value_lengths_to_be_between",
            "column": "output",
            "unexpected_count": 3,
        }
    ]
    assert warnings_only.summary["skipped"] == {"spans": "span suite 'off' and no 'spans'/'bio_tags' values"}


def test_severity_override_makes_a_warning_blocking(promoted: Outcome) -> None:
    assert promoted.error is not None
    assert promoted.failed() == {("export.output_length", "expect_column_value_lengths_to_be_between")}
    assert "export: expect_column_value_lengths_to_be_between [output]" in str(promoted.error)


def test_disabled_stage_passes_records_through(tmp_path: Path) -> None:
    from pipeline.stages.validate.stage import run

    table = load_fixture("bad_deid.jsonl")
    cfg = parse_config({"validate": {"enabled": False}}, source="t", base_dir=DATA)
    result = run(table, StageContext(run_dir=tmp_path, config=cfg))
    assert result.kept.num_rows == table.num_rows
    assert result.counters == {"suites_run": 0}
    assert not (tmp_path / "reports").exists()


def test_committed_project_is_not_modified_by_runs(good: Outcome, bad_deid: Outcome) -> None:
    from pipeline.stages.validate.project import PROJECT_DIR, project_is_current

    assert not (PROJECT_DIR / "uncommitted").exists()
    assert project_is_current() == []


def test_same_input_gives_byte_identical_reports(base: Path, good: Outcome) -> None:
    again = run_stage(base / "again", "good.jsonl", {"span_suite": "on"})

    def files(run_dir: Path) -> dict[str, bytes]:
        root = run_dir / "reports"
        return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}

    first, second = files(good.run_dir), files(again.run_dir)
    assert first.keys() == second.keys()
    assert [k for k in first if first[k] != second[k]] == []


# --- shard by shard -----------------------------------------------------------------------------


def run_sharded(base: Path, fixture: str, per_shard: int, config: dict[str, Any] | None = None) -> Outcome:
    """Phase 1 on each shard (the ingest output and the stage input cut alike), then phase 2."""
    from pipeline.stages.validate.stage import plan, shard_features

    table = load_fixture(fixture)
    run_dir = base / f"{fixture.replace('.jsonl', '')}-{per_shard}"
    run = RunDir(run_dir)
    shards = run.write_shards("ingest", table, per_shard)
    ingested = ShardedSource(run, "ingest")
    cfg = parse_config({"validate": {**TEST_CONFIG, **(config or {})}}, source="test", base_dir=DATA)
    feats = []
    for shard in shards:
        part = table.slice(shard * per_shard, per_shard)
        ctx = StageContext(run_dir=run_dir, config=cfg, shard=shard, stage="validate", ingested=ingested)
        feats.append(shard_features(part, ctx))
    result = error = None
    try:
        ctx = StageContext(run_dir=run_dir, config=cfg, stage="validate", ingested=ingested)
        validate_plan = plan(pa.concat_tables(feats), ctx, ingested)
        result = StageResult(kept=table, counters=validate_plan.counters, report=validate_plan.report)
    except ValidationFailed as exc:
        error = exc
    summary = json.loads((run_dir / "reports" / "validation.json").read_text(encoding="utf-8"))
    return Outcome(run_dir, result, error, summary, table.num_rows)


@pytest.fixture(scope="module")
def bad_records_sharded(base: Path) -> Outcome:
    return run_sharded(base, "bad_records.jsonl", 1)


def test_sharded_verdicts_add_up_to_the_whole_table_verdicts(
    bad_records: Outcome, bad_records_sharded: Outcome
) -> None:
    sharded = bad_records_sharded
    assert sharded.summary["shards"] == bad_records.n_in == 4
    assert sharded.failed() == bad_records.failed()

    def counts(o: Outcome) -> dict[tuple[str, str, str | None], tuple[Any, ...]]:
        return {
            (e["check"], e["type"], e.get("column")): (e.get("element_count"), e.get("unexpected_count"))
            for s in o.summary["suites"]
            for e in s["expectations"]
        }

    assert counts(sharded) == counts(bad_records)
    # record ids repeated in different shards are still found: the uniqueness checks see every shard
    by_check = {(e["check"], e.get("column")): e["unexpected_count"] for e in sharded.summary["failed_blocking"]}
    assert by_check[("records.record_id_unique", "record_id")] == 2


def test_sharded_run_has_one_data_docs_page_per_shard_and_suite(bad_records_sharded: Outcome) -> None:
    summary = bad_records_sharded.summary
    n = summary["shards"]
    row_batches = [b for b in summary["batches"] if b["shard"] is not None]
    assert sorted({b["shard"] for b in row_batches}) == list(range(n))
    assert len({b["docs_page"] for b in summary["batches"]}) == len(summary["batches"])
    for batch in summary["batches"]:
        assert (bad_records_sharded.run_dir / batch["docs_page"]).is_file()
    records = next(s for s in summary["suites"] if s["suite"] == "records")
    assert records["batches"] == n
    assert records["failed_docs_pages"] and records["docs_page"] == records["failed_docs_pages"][0]
    assert f"-part-{0:05d}" in records["docs_page"] or "-part-" in records["docs_page"]


def test_sharded_failure_message_names_at_most_five_pages(bad_records_sharded: Outcome) -> None:
    message = str(bad_records_sharded.error)
    assert message.startswith("blocking validation failed (8 expectation(s)): records: ")
    assert message.count(".html") <= 5
    assert "more (reports/validation.json)" in message


def test_plan_names_the_shards_that_were_not_checked(tmp_path: Path) -> None:
    from pipeline.errors import StageError
    from pipeline.stages.validate.stage import plan

    cfg = parse_config({"validate": TEST_CONFIG}, source="test", base_dir=DATA)
    run = RunDir(tmp_path)
    run.write_shards("ingest", pa.table({"record_id": ["a", "b"]}), 1)
    with pytest.raises(StageError, match=r"validate has not checked shard\(s\) \[0, 1\] of 2 .*run validate_rows"):
        plan(
            pa.table({"record_id": pa.array([], pa.string())}),
            StageContext(run_dir=tmp_path, config=cfg, stage="validate"),
            ShardedSource(run, "ingest"),
        )


# --- which records failed, how Data Docs read -------------------------------------------------


def test_failed_expectations_name_their_first_record_ids_never_values(bad_records: Outcome) -> None:
    ids = {(e["check"], e.get("column")): e.get("first_record_ids") for e in bad_records.summary["failed_blocking"]}
    assert ids[("records.output_not_empty", "output")] == ["r-003"]
    assert ids[("records.lang_allowed", "lang")] == ["r-004"]
    assert ids[("annotations.confidence_range", "confidence")] == ["r-003"]
    assert ids[("records.record_id_unique", "record_id")] == ["r-001", "r-001"]


def test_residual_pii_failures_name_the_records(bad_deid: Outcome) -> None:
    ids = {e["column"]: e["first_record_ids"] for e in bad_deid.summary["failed_blocking"]}
    assert ids == {"residual_pii": ["d-001", "d-002", "d-003", "d-004"]}


def test_sharded_record_ids_are_merged_in_shard_order(bad_records_sharded: Outcome) -> None:
    ids = {
        (e["check"], e.get("column")): e.get("first_record_ids") for e in bad_records_sharded.summary["failed_blocking"]
    }
    assert ids[("records.lang_allowed", "lang")] == ["r-004"]
    assert ids[("records.record_id_unique", "record_id")] == ["r-001", "r-001"]


def test_custom_expectations_read_as_sentences_in_data_docs(bad_deid: Outcome, good: Outcome) -> None:
    import re

    def text(path: Path) -> str:  # the page as a reader sees it (tags gone, no space before punctuation)
        flat = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8")))
        return re.sub(r"\(\s+", "(", re.sub(r"\s+([.,;:)])", r"\1", flat))

    deid = text(bad_deid.run_dir / "reports" / "gx" / "expectations" / "deidentified.html")
    # the residual gate is a built-in expectation over per-record counts: GX's own sentence
    assert "residual_pii values must be greater than or equal to 0.0 and less than or equal to 0.0." in deid
    spans = text(good.run_dir / "reports" / "gx" / "expectations" / "spans.html")
    assert "Entity spans in spans must lie inside the text in input (offsets within its length)." in spans
    assert "Entity spans in spans must carry a label from this list: PER, LOC, SYMPTOM." in spans
    assert "must be valid BIO tag sequences" in spans
    export = text(good.run_dir / "reports" / "gx" / "expectations" / "export.html")
    assert "messages values must be well-formed chat messages" in export
    for page in (good.run_dir / "reports" / "gx").rglob("*.html"):
        raw = page.read_text(encoding="utf-8")
        assert "(?<" not in raw and "**" not in raw, page  # no raw kwargs, no unescaped regex
        for name in ("no_residual_pii(", "well_formed_messages(", "valid_bio_sequences(", "valid_spans("):
            assert name not in raw, page


def test_every_custom_expectation_has_a_sentence() -> None:
    from pipeline.stages.validate.expectations import CUSTOM_EXPECTATION_TYPES, register

    classes = register()
    assert len(classes) == len(CUSTOM_EXPECTATION_TYPES)
    for cls in classes.values():
        renderer = cls._prescriptive_renderer  # type: ignore[attr-defined]
        assert renderer.__func__.__qualname__.endswith("SentenceExpectation._prescriptive_renderer"), cls
        assert cls.sentence and "$" in cls.sentence  # type: ignore[attr-defined]


def test_data_docs_show_the_run_start_time(tmp_path: Path) -> None:
    table = load_fixture("good.jsonl")
    run = RunDir(tmp_path)
    run.write_shards("ingest", table, 1000)
    cfg = parse_config({"validate": TEST_CONFIG}, source="test", base_dir=DATA)
    ctx = StageContext(
        run_dir=tmp_path,
        config=cfg,
        stage="validate",
        ingested=ShardedSource(run, "ingest"),
        started_at="2026-12-06T07:24:35+00:00",
        run_id="run-x",
    )
    ctx_run(table, ctx)
    pages = sorted((tmp_path / "reports" / "gx" / "validations" / "records").rglob("*.html"))
    assert [p.parent.name for p in pages] == ["20261206T072435.000000Z"]
    index = (tmp_path / "reports" / "gx" / "index.html").read_text(encoding="utf-8")
    assert "2026-12-06" in index and "1970" not in index


def _through_deidentify(tmp_path: Path) -> Path:
    """A run directory with ingest to deidentify done on six records, one with a phone number."""
    from pipeline.runtime.steps import prepare_run, run_step

    corpus = tmp_path / "c.jsonl"
    rows = [{"instruction": f"Question {i}?", "output": f"Answer {i}."} for i in range(5)]
    rows.append({"instruction": "请帮我联系客服。", "output": "请拨打13812345678联系我们。"})
    corpus.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    run = tmp_path / "run"
    prepare_run(run, [corpus])
    for step in ("ingest", "clean", "dedup", "deidentify"):
        run_step(step, run)
    return run


def test_the_gate_trusts_only_records_exactly_as_the_stage_checked_them(tmp_path, monkeypatch):
    """Records as deidentify kept them are not scanned again; a record edited afterwards is, and blocks."""
    import shutil

    import pyarrow.parquet as pq

    from pipeline.runtime.steps import run_step
    from pipeline.stages.deidentify import gate

    run = _through_deidentify(tmp_path)
    part = run / "work" / "deidentify" / "part-00000.parquet"
    assert pq.read_table(run / "work" / "deidentify" / "checked-00000.parquet").num_rows == 6
    scanned: list[int] = []
    real = gate.residual_counts

    def spy(table, config, checked=None):
        scanned.append(len(checked or {}))
        return real(table, config, checked)

    monkeypatch.setattr(gate, "residual_counts", spy)
    edited = pq.read_table(part).to_pylist()
    assert all("13812345678" not in str(r) for r in edited)
    run_step("validate", run)
    assert scanned == [6]
    edited[0]["output"] += " 备用电话13812345678"
    pq.write_table(pa.Table.from_pylist(edited, schema=pq.read_schema(part)), part)
    shutil.rmtree(run / "work" / "validate-features")  # phase 1 again, on the edited shard
    with pytest.raises(ValidationFailed, match=r"deidentified\.no_residual_pii"):
        run_step("validate", run)
    assert scanned == [6, 6]
