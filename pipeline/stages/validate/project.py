"""The file-backed Great Expectations project: written from code, copied into each run, run there.

The committed project lives in ``expectations/`` (``great_expectations.yml``, ``expectations/*.json``
suites, ``validation_definitions/``, ``checkpoints/``). :func:`write_project` (re)creates it from
:mod:`pipeline.stages.validate.suites` with the default config; it is idempotent and byte-stable (GX's random ids
are replaced by ids derived from their position), so ``python -m pipeline.stages.validate.project --check`` can
tell whether the committed tree is current.

A run never touches the committed tree: :func:`open_run_context` copies it to
the validate stage's scratch folder, re-applies the suites for the run's config there, and points the Data Docs
site at ``<run_dir>/reports/gx/``. Validation results are stored in the copy.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sys
import tempfile
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from pipeline.errors import StageError
from pipeline.stages.validate.datadocs.views import site_config
from pipeline.stages.validate.suites import SUITES, build_suite

if TYPE_CHECKING:
    import pandas as pd
    from great_expectations.data_context import FileDataContext  # type: ignore[attr-defined]  # no explicit re-export
    from great_expectations.data_context.types.resource_identifiers import ValidationResultIdentifier
    from great_expectations.datasource.fluent.pandas_datasource import PandasDatasource

    from pipeline.config.validate import ValidateConfig

PROJECT_DIR = Path(__file__).resolve().parents[3] / "expectations"
"""The committed GX project (the folder holding ``great_expectations.yml``)."""

DATASOURCE = "instructflow"
BATCH_DEFINITION = "whole_dataframe"
SITE_NAME = "run_site"
DOCS_SUBDIR = ("reports", "gx")
RUN_TIME = "1970-01-01T00:00:00+00:00"
"""GX run time when a stage runs on its own (no run start time): pages then depend only on the input.

A run passes the time it was prepared (``work/run.json``'s ``started_at``) instead, so that Data Docs
show when the run happened; the time is a label of the run, never an input of a verdict."""

_MANAGED = ("great_expectations.yml", "expectations", "checkpoints", "validation_definitions", ".gitignore")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_ID_NAMESPACE = uuid.UUID("5b0e7c1e-9c4a-4c59-9a53-6f0a2f6d3c11")


def _env() -> None:
    """Settings for GX before it is used: no analytics, no tqdm monitor thread.

    GX builds a tqdm bar for every validation even with progress bars off, and tqdm starts a
    monitor thread with its first bar (``tqdm.__new__``). A thread makes forking unsafe
    (:func:`pipeline.core.forking.fork_is_safe`), so a process that had validated could no longer
    fork shard workers; with ``monitor_interval = 0`` tqdm starts none.
    """
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    import tqdm  # type: ignore[import-untyped]  # GX's dependency, no stubs

    tqdm.tqdm.monitor_interval = 0


def _get_context(root: Path) -> FileDataContext:
    _env()
    import great_expectations as gx

    from pipeline.stages.validate.expectations import register

    register()
    return gx.get_context(mode="file", context_root_dir=str(root))


def _populate(ctx: FileDataContext, config: ValidateConfig, result_format: Mapping[str, object]) -> None:
    """Add or update the data source, suites, validation definitions and checkpoints in ``ctx``."""
    import great_expectations as gx

    try:
        ds = cast("PandasDatasource", ctx.data_sources.get(DATASOURCE))  # a pandas one (add_pandas below)
    except (KeyError, LookupError, ValueError):
        ds = ctx.data_sources.add_pandas(DATASOURCE)
    for name in SUITES:
        try:
            asset = ds.get_asset(name)
        except LookupError:
            asset = ds.add_dataframe_asset(name)
        try:
            batch = asset.get_batch_definition(BATCH_DEFINITION)
        except (KeyError, LookupError, ValueError):
            batch = asset.add_batch_definition_whole_dataframe(BATCH_DEFINITION)
        suite = ctx.suites.add_or_update(build_suite(name, config))
        vd = ctx.validation_definitions.add_or_update(gx.ValidationDefinition(name=name, data=batch, suite=suite))
        ctx.checkpoints.add_or_update(
            gx.Checkpoint(name=name, validation_definitions=[vd], actions=[], result_format=dict(result_format))
        )


def result_format(config: ValidateConfig) -> dict[str, object]:
    """The GX result format: never a record value (no partial unexpected list, no index list)."""
    if config.result_format == "BOOLEAN_ONLY":
        return {"result_format": "BOOLEAN_ONLY"}
    return {"result_format": "BASIC", "partial_unexpected_count": 0}


def _normalise_ids(root: Path) -> None:
    """Replace GX's random UUIDs by ids derived from their order of first appearance (sorted files)."""
    files = sorted(
        p for p in root.rglob("*") if (p.is_file() and p.suffix in (".json", ".yml")) or p.name.endswith("_id")
    )
    mapping: dict[str, str] = {}
    texts = {p: p.read_text(encoding="utf-8") for p in files}
    for p in files:
        for found in _UUID.findall(texts[p]):
            mapping.setdefault(found, str(uuid.uuid5(_ID_NAMESPACE, f"id-{len(mapping)}")))
    for p in files:
        new = _UUID.sub(lambda m: mapping[m.group(0)], texts[p])
        if new != texts[p]:
            p.write_text(new, encoding="utf-8")


def _project_files(root: Path) -> dict[str, bytes]:
    out = {}
    for name in _MANAGED:
        p = root / name
        if p.is_file():
            out[name] = p.read_bytes()
        elif p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file():
                    out[f.relative_to(root).as_posix()] = f.read_bytes()
    return out


_YML_HEADER = (
    "# Great Expectations project of instructflow, generated by `python -m pipeline.stages.validate.project`.\n"
    "# Do not edit by hand: suites are code (pipeline/stages/validate/suites.py); runs copy this folder into\n"
    "# the validate stage's scratch folder and build Data Docs under <run_dir>/reports/gx/.\n"
)


def generate_project(config: ValidateConfig | None = None) -> dict[str, bytes]:
    """Build the GX project for ``config`` (default: the default config) in a temporary folder.

    Returns the managed files (relative path -> bytes); ids are normalised so the result is stable.
    """
    from pipeline.config.validate import ValidateConfig

    config = config or ValidateConfig()
    with tempfile.TemporaryDirectory(prefix="gx-project-") as tmp:
        _env()
        import great_expectations as gx

        from pipeline.stages.validate.expectations import register

        register()
        ctx = gx.get_context(mode="file", project_root_dir=tmp)
        root = Path(ctx.root_directory)
        # GX stores the mapping as given (a ProgressBarsConfig would also write metric_calculations)
        ctx.variables.progress_bars = {"globally": False}  # type: ignore[assignment]
        ctx.variables.save()
        ctx.delete_data_docs_site("local_site")
        ctx.add_data_docs_site(
            SITE_NAME,
            site_config("uncommitted/data_docs/run_site/"),  # type: ignore[arg-type]  # GX's TypedDict is incomplete
        )
        _populate(ctx, config, result_format(config))
        _normalise_ids(root)
        yml = root / "great_expectations.yml"
        text = yml.read_text(encoding="utf-8")
        body = "\n".join(line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#"))
        yml.write_text(_YML_HEADER + body + "\n", encoding="utf-8")
        return _project_files(root)


def write_project(root: Path = PROJECT_DIR, config: ValidateConfig | None = None) -> list[str]:
    """Write the generated project into ``root``; only changed files are written, stale ones removed.

    Returns the relative paths that changed (empty when the tree was already current).
    """
    from pipeline.core.atomic import write_bytes_atomic

    wanted = generate_project(config)
    present = _project_files(root) if root.is_dir() else {}
    changed = []
    for rel, data in wanted.items():
        if present.get(rel) != data:
            write_bytes_atomic(root / rel, data)
            changed.append(rel)
    for rel in sorted(set(present) - set(wanted)):
        (root / rel).unlink()
        changed.append(rel)
    return sorted(changed)


def project_is_current(root: Path = PROJECT_DIR) -> list[str]:
    """Relative paths where ``root`` differs from the generated project (empty = current)."""
    wanted = generate_project()
    present = _project_files(root) if root.is_dir() else {}
    return sorted(rel for rel in set(wanted) | set(present) if wanted.get(rel) != present.get(rel))


@dataclass
class RunContext:
    """A GX context opened on a run's copy of the project."""

    context: FileDataContext
    run_dir: Path
    docs_dir: Path
    run_name: str
    result_format: dict[str, object] = field(default_factory=dict)
    run_time: str = RUN_TIME
    """ISO 8601 time GX files the results under and Data Docs show."""


def open_run_context(
    run_dir: Path,
    config: ValidateConfig,
    run_name: str,
    project: Path = PROJECT_DIR,
    *,
    work: Path,
    docs: bool = True,
    run_time: str | None = None,
) -> RunContext:
    """Open a GX context on a copy of the committed project inside ``run_dir``.

    The copy goes to ``work`` (the stage's scratch folder); the run's suites (from ``config``)
    are applied there and, with ``docs``, Data Docs point at ``<run_dir>/reports/gx`` (cleared). A
    shard's context (``docs=False``) only stores validation results, which the run's context then
    imports (:func:`import_results`) before it builds Data Docs once. The committed tree is only
    read; without one (an installed package), the project is generated into the run directory.
    ``run_time`` (ISO 8601) is the run's start, shown in Data Docs (default :data:`RUN_TIME`).
    """
    docs_dir = run_dir.joinpath(*DOCS_SUBDIR)
    for target in (work, docs_dir) if docs else (work,):
        if target.exists():
            shutil.rmtree(target)
    if (project / "great_expectations.yml").is_file():
        shutil.copytree(project, work, ignore=shutil.ignore_patterns("uncommitted"))
    else:  # e.g. an installed package without the repository's expectations/ folder
        write_project(work)
    backend_id = work / "uncommitted" / "validations" / ".ge_store_backend_id"
    backend_id.parent.mkdir(parents=True)
    backend_id.write_text(f"store_backend_id = {uuid.uuid5(_ID_NAMESPACE, 'validations')}\n", encoding="utf-8")
    ctx = _get_context(work)
    if docs:
        ctx.update_data_docs_site(
            SITE_NAME,
            site_config(str(docs_dir.resolve())),  # type: ignore[arg-type]  # GX's TypedDict is incomplete
        )
    fmt = result_format(config)
    _populate(ctx, config, fmt)
    return RunContext(
        context=ctx,
        run_dir=run_dir,
        docs_dir=docs_dir,
        run_name=run_name,
        result_format=fmt,
        run_time=run_time or RUN_TIME,
    )


def import_results(rc: RunContext, source: Path) -> int:
    """Copy the validation results stored by the GX project at ``source`` (a shard's) into ``rc``'s store.

    Results are keyed by suite, run name and batch, so shards (distinct run names) never collide.
    Returns the number of results copied.
    """
    src = Path(source) / "uncommitted" / "validations"
    dst = Path(rc.context.root_directory) / "uncommitted" / "validations"
    copied = 0
    for path in sorted(src.rglob("*.json")) if src.is_dir() else []:
        target = dst / path.relative_to(src)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
        copied += 1
    return copied


@dataclass
class ExpectationOutcome:
    """One expectation's verdict, without values: type, check, severity, column(s) and counts."""

    suite: str
    type: str
    check: str
    severity: str
    success: bool
    column: str | None = None
    element_count: int | None = None
    unexpected_count: int | None = None
    missing_count: int | None = None
    unexpected_percent: float | None = None
    observed_value: float | int | None = None
    exception: bool = False
    first_record_ids: list[str] | None = None
    """Up to :data:`MAX_FAILED_IDS` ids of records that failed (ids only, never values)."""

    def to_dict(self) -> dict[str, object]:
        """Plain data for ``reports/validation.json`` and the stage report."""
        return {k: v for k, v in self.__dict__.items() if v is not None}


@dataclass
class SuiteOutcome:
    """One suite's verdict and the path of its Data Docs page (relative to the run directory)."""

    suite: str
    success: bool
    rows: int
    docs_page: str | None
    expectations: list[ExpectationOutcome]


def _numeric(value: Any) -> float | int | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return value
    return None


def _count(value: Any) -> int | None:
    """A GX count (``Optional[int]`` in GX's result): the integer, else None."""
    number = _numeric(value)
    return number if isinstance(number, int) else None


def _outcome(suite: str, er: Any) -> ExpectationOutcome:
    cfg = er.expectation_config
    meta = cfg.meta or {}
    kwargs = cfg.kwargs or {}
    res = er.result or {}
    column = kwargs.get("column") or (f"{kwargs['column_A']},{kwargs['column_B']}" if "column_A" in kwargs else None)
    exc = bool((er.exception_info or {}).get("raised_exception")) if isinstance(er.exception_info, dict) else False
    return ExpectationOutcome(
        suite=suite,
        type=cfg.type,
        check=str(meta.get("check", cfg.type)),
        severity=str(meta.get("severity", "blocking")),
        success=bool(er.success),
        column=column,
        element_count=_count(res.get("element_count")),
        unexpected_count=_count(res.get("unexpected_count")),
        missing_count=_count(res.get("missing_count")),
        unexpected_percent=_numeric(res.get("unexpected_percent")),
        observed_value=_numeric(res.get("observed_value")),
        exception=exc,
    )


def run_suites(
    rc: RunContext,
    frames: Mapping[str, pd.DataFrame | Callable[[], pd.DataFrame]],
    parameters: Mapping[str, object] | None = None,
    *,
    build_docs: bool = True,
) -> list[SuiteOutcome]:
    """Run the checkpoint of each suite in ``frames`` on its DataFrame, then build Data Docs once.

    A frame may be given as a function that builds it: it is then built right before its suite
    runs and dropped right after, so only one suite's frame is in memory at a time. Without
    ``build_docs`` (a shard's context) the outcomes have no ``docs_page``.
    """
    from datetime import datetime

    from great_expectations.core.run_identifier import RunIdentifier

    ctx = rc.context
    run_id = RunIdentifier(run_name=rc.run_name, run_time=datetime.fromisoformat(rc.run_time))
    pending = []
    rows: dict[str, int] = {}
    for name in SUITES:
        if name not in frames:
            continue
        frame = frames[name]
        if callable(frame):
            frame = frame()
        rows[name] = len(frame)
        checkpoint = ctx.checkpoints.get(name)
        result = checkpoint.run(
            batch_parameters={"dataframe": frame},
            expectation_parameters=dict(parameters or {}),
            run_id=run_id,
        )
        for identifier, vr in result.run_results.items():
            ids = _failed_record_ids(ctx, name, frame, vr.results, parameters) if not vr.success else {}
            pending.append((name, identifier, vr, ids))
        del frame
    if build_docs:
        build_data_docs(rc)  # pins the load times too
    else:
        _pin_load_times(Path(ctx.root_directory), rc.run_time)
    outcomes = []
    for name, identifier, vr, ids in pending:
        expectations = [_outcome(name, er) for er in vr.results]
        for i, found in ids.items():
            expectations[i].first_record_ids = found
        outcomes.append(
            SuiteOutcome(
                suite=name,
                success=bool(vr.success),
                rows=rows[name],
                docs_page=_docs_page(rc, identifier) if build_docs else None,
                expectations=expectations,
            )
        )
    return outcomes


MAX_FAILED_IDS = 20
"""How many ids of failing records are kept per failed expectation (per shard, and after merging)."""

_IDS_FORMAT: dict[str, object] = {
    "result_format": "COMPLETE",
    "unexpected_index_column_names": ["record_id"],
    "exclude_unexpected_values": True,
    "return_unexpected_index_query": False,
    "partial_unexpected_count": 0,
}
"""Result format of the id lookup: the ``record_id`` of each unexpected row and no value (GX's
``exclude_unexpected_values`` drops the values from the index list as well)."""


def _failed_record_ids(
    ctx: FileDataContext,
    suite: str,
    frame: pd.DataFrame,
    results: Any,
    parameters: Mapping[str, object] | None,
) -> dict[int, list[str]]:
    """The first ids of the records each failed row expectation found unexpected, by result position.

    Runs only when a suite failed: each failed expectation with unexpected rows is validated once
    more on the same frame, ephemerally (nothing stored, no Data Docs), asking GX for the
    ``record_id`` of the unexpected rows and no values. Table-level expectations have no rows to name.
    """
    if "record_id" not in frame.columns:
        return {}
    batch = None
    out: dict[int, list[str]] = {}
    for i, er in enumerate(results):
        if er.success or not (er.result or {}).get("unexpected_count"):
            continue
        if batch is None:
            ds = cast("PandasDatasource", ctx.data_sources.get(DATASOURCE))
            batch = (
                ds.get_asset(suite)
                .get_batch_definition(BATCH_DEFINITION)
                .get_batch(batch_parameters={"dataframe": frame})
            )
        found = batch.validate(
            er.expectation_config.to_domain_obj(),
            result_format=_IDS_FORMAT,
            expectation_parameters=dict(parameters or {}),
        )
        ids = _ids_from_index_list((found.result or {}).get("unexpected_index_list"))
        if ids:
            out[i] = ids[:MAX_FAILED_IDS]
    return out


def _ids_from_index_list(index_list: Any) -> list[str]:
    """Record ids from GX's ``unexpected_index_list`` (``[{"record_id": [ids...]}]`` without values)."""
    ids: list[str] = []
    for entry in index_list or []:
        if isinstance(entry, dict):
            value = entry.get("record_id")
            values = value if isinstance(value, list) else [value]
            ids.extend(str(v) for v in values if v is not None)
    return ids


def build_data_docs(rc: RunContext) -> dict[tuple[str, str], str]:
    """Build the run's Data Docs from every stored result (clock-free, stable pages).

    Returns the page of each result (relative to the run directory) by ``(suite, run name)``.
    """
    from pipeline.stages.validate.datadocs.assets import check_site, copy_assets

    ctx = rc.context
    _pin_load_times(Path(ctx.root_directory), rc.run_time)
    ctx.build_data_docs(site_names=[SITE_NAME])
    _strip_tracking(rc.docs_dir)
    copy_assets(rc.docs_dir)
    problems = check_site(rc.docs_dir)
    if problems:  # a GX upgrade that adds a CDN reference the views do not know yet
        raise StageError(f"Data Docs would load {len(problems)} asset(s) from the network: {problems[0]}")
    pages: dict[tuple[str, str], str] = {}
    # the validation results store keys its results by ValidationResultIdentifier (typed as the base key)
    for key in cast("list[ValidationResultIdentifier]", ctx.validation_results_store.list_keys()):
        page = _docs_page(rc, key)
        if page:
            pages[(key.expectation_suite_identifier.name, key.run_id.run_name)] = page
    return pages


_LOAD_TIME = re.compile(r'"ge_load_time": "[^"]*"')
_TRACKED_IMAGE = re.compile(r'(https://great-expectations-web-assets\.[^"?]+)\?[^"]*"')
_COLLAPSE_ID = re.compile(r"collapse-body-(" + _UUID.pattern + ")")


def _pin_load_times(root: Path, run_time: str = RUN_TIME) -> None:
    """Replace GX's batch load time (the wall clock) in the stored results by the run's time."""
    from datetime import UTC, datetime

    when = datetime.fromisoformat(run_time).astimezone(UTC)
    pinned = f'"ge_load_time": "{when.strftime("%Y%m%dT%H%M%S.%fZ")}"'
    for path in sorted((root / "uncommitted" / "validations").rglob("*.json")):
        text = path.read_text(encoding="utf-8")
        new = _LOAD_TIME.sub(pinned, text)
        if new != text:
            path.write_text(new, encoding="utf-8")


def _number_ids(text: str) -> str:
    ids: dict[str, str] = {}
    return _COLLAPSE_ID.sub(lambda m: "collapse-body-" + ids.setdefault(m.group(1), f"n{len(ids)}"), text)


def _strip_tracking(docs: Path) -> None:
    """Make Data Docs pages clock-free and stable.

    Drops the query (build time, data context id) GX appends to its remote logo URLs and numbers the
    random ids of collapsible blocks in order of appearance.
    """
    for path in sorted(docs.rglob("*.html")):
        text = path.read_text(encoding="utf-8")
        new = _number_ids(_TRACKED_IMAGE.sub(lambda m: m.group(1) + '"', text))
        if new != text:
            path.write_text(new, encoding="utf-8")


def _docs_page(rc: RunContext, identifier: Any) -> str | None:
    from urllib.parse import unquote, urlparse

    urls = rc.context.get_docs_sites_urls(resource_identifier=identifier, site_name=SITE_NAME, only_if_exists=False)
    for entry in urls:
        url = entry.get("site_url") or ""
        if url.startswith("file://"):
            path = Path(unquote(urlparse(url).path))
            try:
                return path.resolve().relative_to(rc.run_dir.resolve()).as_posix()
            except ValueError:
                return str(path)
    return None


def main(argv: list[str] | None = None) -> int:
    """``python -m pipeline.stages.validate.project [--check] [--root DIR]``: write or check the committed project."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m pipeline.stages.validate.project", description=main.__doc__)
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed project is not current")
    parser.add_argument("--root", type=Path, default=PROJECT_DIR, help="project folder (default: expectations/)")
    args = parser.parse_args(argv)
    if args.check:
        stale = project_is_current(args.root)
        for rel in stale:
            print(f"stale: {rel}", file=sys.stderr)
        return 1 if stale else 0
    changed = write_project(args.root)
    print(json.dumps({"root": str(args.root), "changed": changed}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
