"""The committed GX project: generated from code, byte-stable, current, and only read by runs."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from pipeline.config.validate import ValidateConfig
from pipeline.stages.validate.expectations import CUSTOM_EXPECTATION_TYPES
from pipeline.stages.validate.project import (
    PROJECT_DIR,
    _project_files,
    main,
    open_run_context,
    run_suites,
    write_project,
)
from pipeline.stages.validate.suites import CHECKS, SUITES, build_suite


def test_committed_project_is_current() -> None:
    assert main(["--check"]) == 0


def test_write_project_is_idempotent_and_byte_stable(tmp_path: Path) -> None:
    first = write_project(tmp_path)
    assert "great_expectations.yml" in first
    assert {f"expectations/{s}.json" for s in SUITES} <= set(first)
    assert write_project(tmp_path) == []
    assert _project_files(tmp_path) == _project_files(PROJECT_DIR)


def test_write_project_repairs_an_edited_and_an_extra_file(tmp_path: Path) -> None:
    write_project(tmp_path)
    (tmp_path / "expectations" / "export.json").write_text("{}")
    (tmp_path / "checkpoints" / "stale.json").write_text("{}")
    assert write_project(tmp_path) == ["checkpoints/stale.json", "expectations/export.json"]
    assert not (tmp_path / "checkpoints" / "stale.json").exists()


def test_committed_suites_are_self_contained_and_carry_severity() -> None:
    suite = json.loads((PROJECT_DIR / "expectations" / "deidentified.json").read_text(encoding="utf-8"))
    exps = suite["expectations"]
    assert [(e["type"], e["kwargs"]) for e in exps] == [
        ("expect_column_values_to_be_between", {"column": "residual_pii", "max_value": 0.0, "min_value": 0.0})
    ]
    assert all(e["meta"] == {"check": "deidentified.no_residual_pii", "severity": "blocking"} for e in exps)
    assert all(e["severity"] == "critical" for e in exps)
    warn = [
        e
        for name in ("export", "export_dataset")
        for e in json.loads((PROJECT_DIR / "expectations" / f"{name}.json").read_text(encoding="utf-8"))["expectations"]
        if e["meta"]["severity"] == "warning"
    ]
    assert {e["meta"]["check"] for e in warn} == {
        "export.instruction_length",
        "export.output_length",
        "export.split_ratio",
    }
    assert all(e["severity"] == "warning" for e in warn)


def test_each_check_runs_in_the_suite_of_its_scope() -> None:
    from pipeline.stages.validate.suites import DATASET_SUITES, ROW_SUITES

    cfg = ValidateConfig(labels=["x"])
    for name in SUITES:
        for e in build_suite(name, cfg).expectations:
            assert CHECKS[e.meta["check"]].gx_suite == name, (name, e.meta["check"])
    dataset = {c for c, check in CHECKS.items() if check.scope == "dataset"}
    assert dataset == {"records.record_id_unique", "export.row_count", "export.record_id_unique", "export.split_ratio"}
    assert set(SUITES) == set(ROW_SUITES) | set(DATASET_SUITES)


def test_every_check_is_used_by_a_suite() -> None:
    cfg = ValidateConfig(labels=["x"])
    used = {e.meta["check"] for name in SUITES for e in build_suite(name, cfg).expectations}
    assert used == set(CHECKS)


def test_checkpoints_keep_values_out_of_results() -> None:
    for name in SUITES:
        cp = json.loads((PROJECT_DIR / "checkpoints" / f"{name}.json").read_text(encoding="utf-8"))
        assert cp["result_format"] == {"result_format": "BASIC", "partial_unexpected_count": 0}


@pytest.fixture(scope="module")
def run_context(tmp_path_factory: pytest.TempPathFactory):
    run_dir = tmp_path_factory.mktemp("gxrun")
    return open_run_context(run_dir, ValidateConfig(), "test-run", work=run_dir / "work" / "gx")


def test_loaded_suites_keep_their_custom_expectations(run_context) -> None:
    """GX drops unknown expectation types on load; registered ones must all survive the round trip."""
    ctx = run_context.context
    for name in SUITES:
        loaded = ctx.suites.get(name)
        built = build_suite(name, ValidateConfig())
        assert [e.expectation_type for e in loaded.expectations] == [e.expectation_type for e in built.expectations]
    loaded_types = {e.expectation_type for n in SUITES for e in ctx.suites.get(n).expectations}
    assert set(CUSTOM_EXPECTATION_TYPES) <= loaded_types


def test_residual_pii_suite_fails_when_a_record_has_a_finding(run_context) -> None:
    frame = pd.DataFrame({"record_id": ["r-1", "r-2", "r-3"], "residual_pii": [0, 2, 0]})
    (outcome,) = run_suites(run_context, {"deidentified": frame})
    assert outcome.success is False
    failed = [e for e in outcome.expectations if not e.success]
    assert [(e.type, e.column, e.unexpected_count) for e in failed] == [
        ("expect_column_values_to_be_between", "residual_pii", 1)
    ]
    (outcome,) = run_suites(run_context, {"deidentified": frame.assign(residual_pii=[0, 0, 0])})
    assert outcome.success is True


def test_run_context_lives_in_the_run_directory(run_context) -> None:
    run_dir = run_context.run_dir
    assert (run_dir / "work" / "gx" / "great_expectations.yml").is_file()
    assert run_context.docs_dir == run_dir / "reports" / "gx"
    assert not (PROJECT_DIR / "uncommitted").exists()


def test_every_check_is_documented_for_reviewers() -> None:
    doc = (PROJECT_DIR.parent / "docs" / "VALIDATION.md").read_text(encoding="utf-8")
    for name, check in CHECKS.items():
        assert f"| `{name}` | {check.severity} |" in doc, name


def test_run_context_without_a_committed_project_generates_one(tmp_path: Path) -> None:
    rc = open_run_context(
        tmp_path / "run", ValidateConfig(), "r", project=tmp_path / "missing", work=tmp_path / "run" / "work" / "gx"
    )
    generated = _project_files(tmp_path / "run" / "work" / "gx")
    assert generated.keys() == _project_files(PROJECT_DIR).keys()
    assert generated["checkpoints/export.json"] == (PROJECT_DIR / "checkpoints" / "export.json").read_bytes()
    assert {s.name for s in rc.context.suites.all()} == set(SUITES)


def test_validating_starts_no_thread_that_would_stop_forking() -> None:
    """GX makes a tqdm bar per validation even with bars off; tqdm's monitor thread must not start."""
    import tqdm

    from pipeline.stages.validate import project

    tqdm.tqdm.monitor_interval = 10  # tqdm's default, as in a process that never ran the tests' set-up
    project._env()
    assert tqdm.tqdm.monitor_interval == 0
