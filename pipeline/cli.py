"""Command line: ``python -m pipeline run|scan|show|explain|versions|review|guideline``, a thin layer over the library.

``run`` calls :mod:`pipeline.runtime.steps`; ``show``, ``explain`` and ``versions`` read a finished
run or the published dataset versions through :mod:`pipeline.reports.inspect`; ``review push|pull``
moves a run's review queue to Label Studio and the decisions back (:mod:`pipeline.review`);
``guideline diff`` compares two guidelines (:mod:`pipeline.reports.guideline_diff`).

Exit codes: 0 success; 1 a failure (a full disk, an internal error; for ``scan``, personal data
found; for ``explain``, a record id the run does not have); 2 bad usage, an invalid config or policy, an output directory in use; 3 a blocking
validation failed. Errors are one line on stderr naming the stage, the file and the cause, no
traceback (``--traceback`` shows it for internal errors), and never contain record values.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO, cast

from pipeline.core.forking import install_child_guard
from pipeline.errors import StepFailed, UsageError, step_failure

if TYPE_CHECKING:
    from pipeline.runtime.payloads import ExportResult, StepResult


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # argparse exits 2 already; keep it to one line
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (``run`` and ``scan`` subcommands)."""
    parser = _Parser(prog="python -m pipeline", description="Build instruction-tuning datasets (zh + en).")
    parser.add_argument("--traceback", action="store_true", help="show the full traceback of an unexpected error")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    run = sub.add_parser("run", help="run the whole pipeline on one or more corpora")
    run.add_argument(
        "--corpus",
        action="append",
        required=True,
        metavar="PATH",
        help="a corpus file or folder (.json, .jsonl, .csv, .tsv, .parquet); repeatable",
    )
    run.add_argument("--out", required=True, metavar="DIR", help="run directory to write (created if missing)")
    run.add_argument("--config", metavar="FILE", help="pipeline config YAML (default: the bundled defaults)")
    run.add_argument("--quiet", action="store_true", help="no progress display")
    scan = sub.add_parser("scan", help="scan a dataset for personal data; exit 1 if any is found")
    scan.add_argument("paths", nargs="+", metavar="PATH", help="Parquet, JSONL or JSON files or folders")
    scan.add_argument("--policy", metavar="FILE", help="de-identification policy YAML (default: the bundled policy)")
    scan.add_argument("--names", action="store_true", help="also report person names and places (context-dependent)")
    show = sub.add_parser("show", help="summary of a finished run: stages, reasons, outputs, versions")
    show.add_argument("run_dir", metavar="RUN_DIR", help="a run directory (the --out of run)")
    explain = sub.add_parser("explain", help="where one record went and why (stage, reason, rule, measured value)")
    explain.add_argument("run_dir", metavar="RUN_DIR", help="a run directory (the --out of run)")
    explain.add_argument("record_id", metavar="RECORD_ID", help="the record's record_id")
    versions = sub.add_parser("versions", help="published dataset versions: list, or diff two of them")
    vsub = versions.add_subparsers(dest="versions_command", required=True, parser_class=_Parser)
    root_help = "data root holding datasets/<NAME> (default: $INSTRUCTFLOW_DATA_ROOT, else ./data)"
    vlist = vsub.add_parser("list", help="the versions of dataset NAME, oldest first")
    vlist.add_argument("name", metavar="NAME", help="dataset name (datasets/<NAME>)")
    vlist.add_argument("--root", metavar="DIR", help=root_help)
    vdiff = vsub.add_parser("diff", help="records added / changed / retired between two versions")
    vdiff.add_argument("name", metavar="NAME", help="dataset name (datasets/<NAME>)")
    vdiff.add_argument("old", nargs="?", metavar="OLD", help="older version (default: the one before NEW)")
    vdiff.add_argument("new", nargs="?", metavar="NEW", help="newer version (default: latest)")
    vdiff.add_argument("--root", metavar="DIR", help=root_help)
    review = sub.add_parser("review", help="Label Studio: push a run's review queue, pull the decisions back")
    rsub = review.add_subparsers(dest="review_command", required=True, parser_class=_Parser)
    conn_help = "Airflow connection id with the Label Studio URL and API key (default: $LABEL_STUDIO_CONN_ID)"
    project_help = "project title prefix (default: the run's dataset_name); titles are '<prefix>: expert review' ..."
    rpush = rsub.add_parser("push", help="create or update the projects and import the queue's tasks (no duplicates)")
    rpush.add_argument("run_dir", metavar="RUN_DIR", help="a run directory (the --out of run)")
    rpush.add_argument("--project", metavar="NAME", help=project_help)
    rpush.add_argument("--conn-id", metavar="ID", help=conn_help)
    rpull = rsub.add_parser("pull", help="write the projects' full exports as adjudication and annotation files")
    rpull.add_argument("run_dir", metavar="RUN_DIR", help="the run directory that was pushed")
    rpull.add_argument("--out", required=True, metavar="DIR", help="folder for the files (outside RUN_DIR)")
    rpull.add_argument("--project", metavar="NAME", help=project_help)
    rpull.add_argument("--conn-id", metavar="ID", help=conn_help)
    guideline = sub.add_parser("guideline", help="annotation guidelines: diff two versions")
    gsub = guideline.add_subparsers(dest="guideline_command", required=True, parser_class=_Parser)
    gdiff = gsub.add_parser(
        "diff", help="what changed between two guidelines, and how many records of a run it affects"
    )
    gdiff.add_argument("old", metavar="OLD", help="the current guideline YAML")
    gdiff.add_argument("new", metavar="NEW", help="the proposed guideline YAML")
    gdiff.add_argument("--run", metavar="RUN_DIR", help="count the records of this run the change would affect")
    return parser


def _summary_table(
    result: ExportResult, steps: list[tuple[str, StepResult, float]], export_seconds: float, run_dir: Path
) -> str:
    counts = result["counts"]
    lines = ["", "stage        in        kept    rejected  duplicates  review   seconds"]
    for stage, res, secs in steps:
        lines.append(
            f"{stage:<10}{res['records_in']:>10,}{res['kept']:>10,}{res['rejected']:>10,}"
            f"{res['duplicates']:>12,}{res['review']:>8,}{secs:>10.1f}"
        )
    lines.append(f"{'export':<10}{sum(result['rows'].values()):>10,}{'':>48}{export_seconds:>8.1f}")
    lines += [
        "",
        f"records in {counts['input']:,} = exported {counts['exported']:,} + rejected {counts['rejected']:,}"
        f" + duplicates {counts['duplicates']:,} + review {counts['review']:,}",
    ]
    ingest = next((res for stage, res, _ in steps if stage == "ingest"), None)
    if ingest is not None:
        c = ingest["counters"]
        bad = int(c.get("files_rejected", 0)) + int(c.get("files_partial", 0))
        if bad or c.get("paths_skipped"):
            lines.append(
                f"files not read to the end: {bad:,} ({int(c.get('unread_lines', 0)):,} lines and "
                f"{int(c.get('unread_records', 0)):,} Parquet rows not read); paths skipped: "
                f"{int(c.get('paths_skipped', 0)):,} (manifest: inputs[].problem, skipped)"
            )
    reasons = [(f"{stage}/{reason}", n) for stage, res, _ in steps for reason, n in res["reasons"].items()]
    if reasons:
        lines.append("rejected by reason:")
        lines += [f"  {code:<40}{n:>8,}" for code, n in reasons]
    held = [(f"{stage}/{reason}", n) for stage, res, _ in steps for reason, n in res.get("review_reasons", {}).items()]
    if held:
        lines.append("held for review by reason:")
        lines += [f"  {code:<40}{n:>8,}" for code, n in held]
    lines += [
        "",
        f"dataset:  {run_dir / 'export'}  (train {result['rows']['train']:,}, validation {result['rows']['validation']:,})",
        f"manifest: {run_dir / 'manifest.json'}",
    ]
    if result.get("report"):
        lines.append(f"report:   {result['report']}")
    return "\n".join(lines)


def _blocked_summary(steps: list[tuple[str, StepResult, float]], run_dir: Path) -> str:
    """The summary of a run a blocking validation stopped: stages run, what failed, what to do next."""
    import json

    manifest = json.loads((run_dir / "manifest.json").read_text(encoding="utf-8"))
    counts, info = manifest["counts"], manifest["blocked"]
    lines = ["", "stage        in        kept    rejected  duplicates  review   seconds"]
    for stage, res, secs in steps:
        lines.append(
            f"{stage:<10}{res['records_in']:>10,}{res['kept']:>10,}{res['rejected']:>10,}"
            f"{res['duplicates']:>12,}{res['review']:>8,}{secs:>10.1f}"
        )
    lines.append(f"{info['stage']:<10}{info['records']:>10,}  BLOCKED: nothing exported")
    lines += [
        "",
        f"records in {counts['input']:,} = exported {counts['exported']:,} + rejected {counts['rejected']:,}"
        f" + duplicates {counts['duplicates']:,} + review {counts['review']:,}"
        f" ({info['records']:,} held by the failed validation)",
        "",
        "failed blocking expectations:",
    ]
    for f in info["failed"]:
        where = f"{f.get('suite')}.{f.get('column')}" if f.get("column") else str(f.get("suite"))
        n = f.get("unexpected_count")
        lines.append(f"  {f.get('check')} on {where}: {f'{n:,} records' if isinstance(n, int) else 'failed'}")
        if f.get("first_record_ids"):
            ids = f["first_record_ids"]
            lines.append(f"    first record ids: {', '.join(ids[:5])}{' ...' if len(ids) > 5 else ''}")
    lines += [
        "",
        "next: open the run report, fix the records or the stage that let them through (or, for a",
        "      false alarm, the check's severity in the config), then run again.",
        f"report:   {run_dir / 'reports' / 'index.html'}",
        f"manifest: {run_dir / 'manifest.json'} (status blocked)",
    ]
    return "\n".join(lines)


def cmd_run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Run the pipeline end to end and print a summary table (also when a blocking validation stops it)."""
    from pipeline.core.progress import progress_for
    from pipeline.errors import ValidationFailed
    from pipeline.runtime.steps import run_all

    steps: list[tuple[str, StepResult, float]] = []
    export_seconds = 0.0

    def on_step(stage: str, res: StepResult | ExportResult, secs: float) -> None:
        nonlocal export_seconds
        if stage == "export":
            export_seconds = secs
        else:
            steps.append((stage, cast("StepResult", res), secs))

    run_dir = Path(args.out)
    progress = progress_for(err, quiet=args.quiet)
    try:
        result = run_all(run_dir, args.corpus, args.config, progress=progress, on_step=on_step)
    except ValidationFailed:
        progress.close()
        if (run_dir / "manifest.json").is_file():
            print(_blocked_summary(steps, run_dir), file=out)
        raise
    finally:
        progress.close()
    print(_summary_table(result, steps, export_seconds, run_dir), file=out)
    return 0


def cmd_scan(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Scan datasets for residual personal data (see :mod:`pipeline.stages.deidentify.scan`)."""
    paths = [Path(p) for p in args.paths]
    for p in paths:
        if not p.exists():
            raise UsageError(f"path does not exist: {p}")
    from pipeline.stages.deidentify.policy import load_policy
    from pipeline.stages.deidentify.run_policy import policy_entities
    from pipeline.stages.deidentify.scan import scan_command

    policy = load_policy(args.policy, policy_entities(), with_key=False)
    return scan_command(paths, out, policy, names=args.names)


def _run_dir(path: str) -> Path:
    run_dir = Path(path)
    if not run_dir.is_dir():
        raise UsageError(f"run directory does not exist: {run_dir}")
    return run_dir


def cmd_show(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Print the summary of a finished run (see :func:`pipeline.reports.inspect.show_run`)."""
    from pipeline.reports.inspect import show_run

    print(show_run(_run_dir(args.run_dir)), file=out)
    return 0


def cmd_explain(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Print where one record went and why; exit 1 when the run has no such record."""
    from pipeline.reports.inspect import explain_record

    text = explain_record(_run_dir(args.run_dir), args.record_id)
    if text is None:
        print(
            f"error: no record with id {args.record_id!r} in {args.run_dir} (not exported, rejected, "
            "removed as a duplicate or held for review)",
            file=err,
        )
        return 1
    print(text, file=out)
    return 0


def cmd_versions(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """List the published versions of a dataset, or diff two of them."""
    from pipeline.reports.inspect import diff_versions, list_versions
    from pipeline.runtime.versions import DatasetStore

    root = args.root or os.environ.get("INSTRUCTFLOW_DATA_ROOT") or "data"
    store = DatasetStore(root, args.name)
    if args.versions_command == "list":
        print(list_versions(store), file=out)
    else:
        print(diff_versions(store, args.old, args.new), file=out)
    return 0


def cmd_review(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Push a run's review queue to Label Studio, or pull the reviewers' decisions back (:mod:`pipeline.review`)."""
    from pipeline.review.client import LabelStudio
    from pipeline.review.connection import connection_from_env
    from pipeline.review.sync import pull, pull_summary, push, push_summary

    run_dir = _run_dir(args.run_dir)
    ls = LabelStudio(connection_from_env(conn_id=args.conn_id))
    if args.review_command == "push":
        print(push_summary(push(ls, run_dir, project=args.project)), file=out)
    else:
        print(pull_summary(pull(ls, run_dir, args.out, project=args.project)), file=out)
    return 0


def cmd_guideline(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Print the changes between two guidelines and, with ``--run``, the records they would affect."""
    from pipeline.config import load_config
    from pipeline.config.guideline import load_guideline
    from pipeline.reports.guideline_diff import diff_guidelines, run_impact
    from pipeline.runtime.rundir import RunDir

    old, new = load_guideline(args.old), load_guideline(args.new)
    lines = diff_guidelines(old, new) or ["no changes"]
    if args.run:
        run_dir = _run_dir(args.run)
        run = RunDir(run_dir)
        config = run.load()[1] if run.spec_path.is_file() else load_config(None)
        lines += run_impact(run_dir, old, new, config)
    print("\n".join(lines), file=out)
    return 0


def main(argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Entry point; returns the process exit code."""
    os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    out = out or sys.stdout
    err = err or sys.stderr
    args = build_parser().parse_args(argv)
    handler = {
        "run": cmd_run,
        "scan": cmd_scan,
        "show": cmd_show,
        "explain": cmd_explain,
        "versions": cmd_versions,
        "review": cmd_review,
        "guideline": cmd_guideline,
    }[args.command]
    install_child_guard()  # worker processes any stage forks die with this process, however it ends
    try:
        return handler(args, out, err)
    except KeyboardInterrupt:
        print("error: interrupted", file=err)
        return 130
    except Exception as exc:
        error = step_failure(exc, args.command)  # a PipelineError comes back as it is
        internal = isinstance(error, StepFailed) and error.internal
        if internal and args.traceback:
            raise
        print(f"error: {error}{'; rerun with --traceback to print it' if internal else ''}", file=err)
        return error.exit_code
