"""Benchmark the deidentify stage (issue #13, "Evaluation"): leaks, public sets, over-redaction, speed.

Run from the repository root (2 shared cores: under the benchmark lock)::

    flock /tmp/bench.lock .venv/bin/python bench/bench_deidentify.py eval --part dev --records 1000 --seed 1
    flock /tmp/bench.lock .venv/bin/python bench/bench_deidentify.py public
    flock /tmp/bench.lock .venv/bin/python bench/bench_deidentify.py overredact --per-lang 3000 --seed 13
    flock /tmp/bench.lock .venv/bin/python bench/bench_deidentify.py speed --records 2000
    flock /tmp/bench.lock .venv/bin/python bench/bench_deidentify.py synthetic CORPUS.jsonl [--records N]

Each subcommand prints a Markdown section for docs/BENCHMARKS.md; ``--json OUT`` saves its raw
numbers. Every subcommand runs the stage itself (``pipeline.stages.deidentify.stage.run``) with the
default config, so the numbers describe what users get.

- ``eval``: the labelled, generated corpus (``bench/pii_eval``; dev, held-out, second, third,
  fourth, fifth, sixth, seventh, eighth, ninth, tenth, eleventh, twelfth, thirteenth, fourteenth, fifteenth, sixteenth, seventeenth or eighteenth held-out part): leak rate per entity type and language, hard negatives changed per kind. A
  held-out part is run once, by the evaluator, for the final numbers; its report holds aggregate numbers only.
- ``public``: per-type recall and precision on presidio-research's synthetic set, Presidio's
  recognizer test cases and Chinese PII sentences (``bench/deid/public_sets.py`` maps the labels).
- ``overredact``: share of random clean Stanford Alpaca and Chinese Alpaca records the stage changes;
  every changed record to a JSONL file; the hand-checked sample from
  ``bench/data/deid_overredact_verdicts.tsv`` (drawn from a larger seeded pool, its changed records
  in ``*-pool.jsonl``, when the draw changes fewer records than the sample needs).
- ``speed``: CPU time of the stage vs vanilla Presidio on the same first N Stanford Alpaca records.
- ``synthetic``: stage throughput through the runtime on a ``tests/support/synth_corpus.py`` corpus.

``eval`` needs nothing outside the repository; the others read the public data folder
(``bench/data/README.md``).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import shlex
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.deid.markdown import load_line  # noqa: E402
from bench.pii_eval.generate import PARTS  # noqa: E402
from bench.public_data import PUBLIC_DATA, public  # noqa: E402

DEFAULT_CHANGED_JSONL = Path("/tmp/instructflow-bench/deid-overredact-changed.jsonl")


def build_parser() -> argparse.ArgumentParser:
    """The command line: one subcommand per benchmark, each with ``--json OUT``."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--json", type=Path, metavar="OUT", help="also save the raw numbers as JSON here")
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)

    ev = sub.add_parser("eval", parents=[common], help="leak rate on the labelled, generated corpus")
    ev.add_argument(
        "--part",
        choices=PARTS,
        required=True,
    )
    ev.add_argument("--records", type=int, default=1000)
    ev.add_argument("--seed", type=int, default=1)
    ev.add_argument("--workers", type=int, default=1, help="deidentify.workers (0 = all CPUs)")

    pub = sub.add_parser("public", parents=[common], help="per-type recall on public labelled PII sets")
    pub.add_argument("--workers", type=int, default=1)
    pub.add_argument("--vanilla", action="store_true", help="also score vanilla Presidio on the English sets")
    pub.add_argument(
        "--synth-half",
        choices=("both", "dev", "heldout"),
        default="both",
        help="halves of the presidio-research set to run (dev: even template_id, heldout: odd)",
    )
    pub.add_argument("--synth-only", action="store_true", help="only the presidio-research set")
    pub.add_argument(
        "--dev-misses",
        type=Path,
        metavar="OUT",
        help="JSONL of the development half's missed spans with their sentence (needs --synth-half dev)",
    )

    ov = sub.add_parser("overredact", parents=[common], help="clean Alpaca records changed by the stage")
    ov.add_argument("--per-lang", type=int, default=3000)
    ov.add_argument("--seed", type=int, default=13)
    ov.add_argument("--workers", type=int, default=1)
    ov.add_argument("--changed-out", type=Path, default=DEFAULT_CHANGED_JSONL, help="JSONL of changed records")
    ov.add_argument("--sample", type=int, default=50, help="changed records in the hand-checked sample")
    ov.add_argument("--sample-seed", type=int, default=13)
    ov.add_argument(
        "--sample-pool-per-lang",
        type=int,
        default=20000,
        metavar="N",
        help="when the draw has fewer changed records than --sample, sample from the draw plus more records "
        "drawn up to N per language (all of a smaller corpus); the rate stays the draw's",
    )
    ov.add_argument("--verdicts", type=Path, default=None, help="verdicts TSV (default bench/data/...)")
    ov.add_argument("--verdict-template", type=Path, metavar="OUT", help="write the sample as a TSV to fill in by hand")

    sp = sub.add_parser("speed", parents=[common], help="CPU time: ours vs vanilla Presidio")
    sp.add_argument("--records", type=int, default=2000)

    sy = sub.add_parser("synthetic", parents=[common], help="stage throughput through the runtime")
    sy.add_argument("corpus", type=Path, help="a tests/support/synth_corpus.py JSONL file")
    sy.add_argument("--records", type=int, default=0, help="first N lines (0 = all)")
    sy.add_argument("--workers", type=int, default=0, help="deidentify.workers (0 = all CPUs)")
    sy.add_argument("--run-dir", type=Path, help="run directory (default under /tmp/instructflow-bench)")
    sy.add_argument("--profile", type=Path, metavar="OUT", help="cProfile the stage (serial) into OUT")
    return ap


def command_line(argv: list[str]) -> str:
    """The command as the report shows it."""
    return shlex.join([".venv/bin/python", "bench/bench_deidentify.py", *argv])


def cmd_eval(args: argparse.Namespace, command: str) -> tuple[str, dict[str, Any]]:
    """``eval``: see :mod:`bench.deid.eval_part`."""
    from bench.deid import eval_part

    result, run = eval_part.evaluate(args.part, args.records, args.seed, args.workers)
    return (
        eval_part.markdown(args.part, args.records, args.seed, args.workers, result, run, command),
        eval_part.summary(args.part, args.records, args.seed, result, run),
    )


def cmd_public(args: argparse.Namespace, command: str) -> tuple[str, dict[str, Any]]:
    """``public``: see :mod:`bench.deid.public_sets`."""
    from bench.deid import public_sets

    public("pii")
    if args.dev_misses is not None and args.synth_half != "dev":
        raise SystemExit("--dev-misses needs --synth-half dev: the held-out half is never read")
    halves = ("dev", "heldout") if args.synth_half == "both" else (args.synth_half,)
    sets = public_sets.load_all(PUBLIC_DATA, halves)
    if args.synth_only:
        sets = sets[: len(halves)]
    # vanilla first: Presidio must load its own recognizers before the stage imports ours
    found = public_sets.vanilla_findings(c for s in sets for c in s.cases) if args.vanilla else None
    scores, run = public_sets.run_public(sets, args.workers)
    vanilla = public_sets.score_vanilla(sets, found, run) if found is not None else None
    if args.dev_misses is not None:
        dev = [c for c in sets[0].cases if c.case_id in run.kept]
        rows = public_sets.misses(dev, public_sets.stage_findings(run))
        args.dev_misses.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return (
        public_sets.markdown(sets, scores, run, command, vanilla),
        public_sets.summary(sets, scores, run, vanilla),
    )


def cmd_overredact(args: argparse.Namespace, command: str) -> tuple[str, dict[str, Any]]:
    """``overredact``: see :mod:`bench.deid.overredact`."""
    from bench.deid import overredact as ov
    from bench.deid.stage_runner import run_stage

    public("instruct")
    en, zh, skipped = ov.load_corpora(PUBLIC_DATA)
    picked = ov.draw(en, zh, args.per_lang, args.seed)
    rows = ov.to_rows(picked)
    run = run_stage(rows, args.workers)
    changed = ov.changed_records(rows, picked, run)
    args.changed_out.parent.mkdir(parents=True, exist_ok=True)
    with args.changed_out.open("w", encoding="utf-8") as f:
        for c in changed:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    pool, pool_changed, pool_per_lang = picked, changed, None
    if len(changed) < args.sample:
        pool_per_lang = args.sample_pool_per_lang
        extra = ov.pool_extra(en, zh, picked, pool_per_lang, args.seed)
        extra_rows = ov.to_rows(extra)
        pool = [*picked, *extra]
        pool_changed = [*changed, *ov.changed_records(extra_rows, extra, run_stage(extra_rows, args.workers))]
    sampled = ov.sample(pool_changed, args.sample, args.sample_seed)
    if args.verdict_template:
        ov.write_tsv(ov.verdict_template(sampled), args.verdict_template)
    if pool_per_lang is not None:
        pool_out = args.changed_out.with_name(args.changed_out.stem + "-pool.jsonl")
        with pool_out.open("w", encoding="utf-8") as f:
            for c in pool_changed:
                f.write(json.dumps(c, ensure_ascii=False) + "\n")
    verdicts_path = args.verdicts or ov.VERDICTS
    verdicts = ov.read_verdicts(verdicts_path) if verdicts_path.is_file() else None
    source = ov.sample_from(pool, pool_changed, sampled, pool_per_lang, args.seed, args.sample_seed)
    stats = ov.summary(picked, changed, run)
    stats["sample"] = [c["key"] for c in sampled]
    stats["sample_from"] = dataclasses.asdict(source)
    stats["verdicts"] = verdicts
    stats["skipped_files"] = skipped
    text = ov.markdown(
        stats,
        verdicts,
        [c["key"] for c in sampled],
        {c["key"] for c in pool_changed},
        {c["key"] for c in changed},
        ov.sample_note(source, stats["records"], len(changed), args.sample),
        command,
        args.changed_out,
        skipped,
    )
    return text, stats


def cmd_speed(args: argparse.Namespace, command: str) -> tuple[str, dict[str, Any]]:
    """``speed``: see :mod:`bench.deid.speed`."""
    from bench.deid import speed

    public(speed.ALPACA)
    start = load_line()
    timings, extra = speed.measure(PUBLIC_DATA, args.records)
    return speed.markdown(timings, extra, command, start), {
        "load_start": start,
        "timings": [t.as_dict() for t in timings],
        **extra,
    }


def cmd_synthetic(args: argparse.Namespace, command: str) -> tuple[str, dict[str, Any]]:
    """``synthetic``: see :mod:`bench.deid.synthetic`."""
    from bench.deid import synthetic

    m = synthetic.measure(args.corpus, args.records, args.workers, args.run_dir, args.profile)
    return synthetic.markdown(m, command), m


COMMANDS = {
    "eval": cmd_eval,
    "public": cmd_public,
    "overredact": cmd_overredact,
    "speed": cmd_speed,
    "synthetic": cmd_synthetic,
}


def main(argv: list[str] | None = None) -> int:
    """Parse the arguments, run the subcommand, print its Markdown and save ``--json``."""
    argv = sys.argv[1:] if argv is None else argv
    args = build_parser().parse_args(argv)
    text, numbers = COMMANDS[args.command](args, command_line(argv))
    print(text)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(
            json.dumps({"command": command_line(argv), **numbers}, ensure_ascii=False, indent=1) + "\n"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
