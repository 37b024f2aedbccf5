"""Command line: ``python -m pipeline run|scan``, a thin layer over :mod:`pipeline.runtime.steps`.

Exit codes: 0 success; 1 a failure (a full disk, an internal error; for ``scan``, personal data
found); 2 bad usage, an invalid config or policy, an output directory in use; 3 a blocking
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
    reasons = [(f"{stage}/{reason}", n) for stage, res, _ in steps for reason, n in res["reasons"].items()]
    if reasons:
        lines.append("rejected by reason:")
        lines += [f"  {code:<40}{n:>8,}" for code, n in reasons]
    lines += [
        "",
        f"dataset:  {run_dir / 'export'}  (train {result['rows']['train']:,}, validation {result['rows']['validation']:,})",
        f"manifest: {run_dir / 'manifest.json'}",
    ]
    if result.get("report"):
        lines.append(f"report:   {result['report']}")
    return "\n".join(lines)


def cmd_run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Run the pipeline end to end and print a summary table."""
    from pipeline.core.progress import SilentProgress, StderrProgress
    from pipeline.runtime.steps import run_all

    progress = SilentProgress() if args.quiet else StderrProgress(err)
    steps: list[tuple[str, StepResult, float]] = []
    export_seconds = 0.0

    def on_step(stage: str, res: StepResult | ExportResult, secs: float) -> None:
        nonlocal export_seconds
        if stage == "export":
            export_seconds = secs
        else:
            steps.append((stage, cast("StepResult", res), secs))

    run_dir = Path(args.out)
    result = run_all(run_dir, args.corpus, args.config, progress=progress, on_step=on_step)
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


def main(argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Entry point; returns the process exit code."""
    os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    out = out or sys.stdout
    err = err or sys.stderr
    args = build_parser().parse_args(argv)
    handler = {"run": cmd_run, "scan": cmd_scan}[args.command]
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
