"""What the clean stage gets right: good records kept, junk caught, on the labelled set and the real corpora.

    .venv/bin/python bench/clean_quality.py --part dev           # tune on this
    .venv/bin/python bench/clean_quality.py --part heldout       # the final, once-only evaluation (now seen)
    .venv/bin/python bench/clean_quality.py --part heldout2      # second held-out part, blind to the filters
    .venv/bin/python bench/clean_quality.py --part heldout3      # third held-out part, blind to the filters
    .venv/bin/python bench/clean_quality.py --part heldout4      # fourth held-out part, blind to the filters
    .venv/bin/python bench/clean_quality.py --part heldout5      # fifth held-out part, blind to the filters
    .venv/bin/python bench/clean_quality.py --part heldout6      # sixth held-out part, blind to the filters
    .venv/bin/python bench/clean_quality.py --part heldout7      # seventh held-out part, blind to the filters
    .venv/bin/python bench/clean_quality.py --part heldout8      # eighth held-out part, blind to the filters
    .venv/bin/python bench/clean_quality.py --part heldout9      # ninth held-out part, blind to the filters
    .venv/bin/python bench/clean_quality.py --part heldout10     # tenth held-out part, blind to the filters
    .venv/bin/python bench/clean_quality.py --part heldout11     # eleventh held-out part, blind to the filters
    .venv/bin/python bench/clean_quality.py --part heldout12     # twelfth held-out part, blind to the filters
    .venv/bin/python bench/clean_quality.py --part heldout13     # thirteenth held-out part, blind to the filters
    .venv/bin/python bench/clean_quality.py --part heldout14     # fourteenth held-out part, blind to the filters
    .venv/bin/python bench/clean_quality.py --part heldout15     # fifteenth held-out part, blind to the filters
    .venv/bin/python bench/clean_quality.py --part heldout16     # sixteenth held-out part, blind to the filters
    .venv/bin/python bench/clean_quality.py --corpora [--sample 50 --sample-out bench/results/rejects.jsonl]

The labelled set is ``bench/clean_eval`` (hand labels by file + index over the public corpora, and
seeded generated junk); the corpora are read through ``bench/public_data.py``. Each record goes
through ``pipeline.stages.clean.stage.clean_table`` with the default config, its ``lang`` set as
ingest sets it (``pipeline.text.lang.record_lang``).

Outcomes: *rejected*, *review* (held for review) or *kept*. Generated junk that the stage keeps
after repairing it (mojibake that ``fix_mojibake`` undoes exactly, up to typographic quotes) is
*repaired*: the junk never reaches the export. Good records rejected and held for review are
counted apart; junk "caught" is rejected + review + repaired, and the table shows each.

``--corpora`` prints the rejected and review share per corpus and reason, and writes a seeded
sample of rejects (records that carry no hand label, so the held-out labels stay unseen) to a
JSON-lines file for reading; that file holds record text and stays out of the repository
(``bench/results/`` is ignored by git).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench" / "clean_eval"))

TYPOGRAPHIC = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "…": "..."})


def _fold(text: str) -> str:
    return " ".join(text.translate(TYPOGRAPHIC).split())


def clean_result(rows: list[dict[str, Any]], cfg: Any = None) -> Any:
    """The clean stage's result (default config, or ``cfg``) over alpaca rows, record ids ``r<row index>``."""
    from pipeline.config.clean import CleanConfig
    from pipeline.core.records import records_to_table
    from pipeline.stages.clean.filters import build_word_matcher
    from pipeline.stages.clean.stage import clean_table
    from pipeline.text.lang import record_lang

    recs = []
    for i, r in enumerate(rows):
        ins, inp, out = (str(r.get(k) or "") for k in ("instruction", "input", "output"))
        recs.append(
            {
                "record_id": f"r{i}",
                "instruction": ins,
                "input": inp,
                "output": out,
                "corpus": "bench",
                "source_file": "bench",
                "source_index": i,
                "lang": record_lang(ins, inp, out),
            }
        )
    cfg = cfg if cfg is not None else CleanConfig()
    return clean_table(records_to_table(recs), cfg, build_word_matcher(cfg))


def clean_records(
    rows: list[dict[str, Any]], cfg: Any = None
) -> tuple[dict[int, tuple[str, str, str]], dict[int, dict[str, Any]]]:
    """Run the clean stage (default config, or ``cfg``) over alpaca rows; return (outcome per row, kept rows)."""
    res = clean_result(rows, cfg)
    outcome: dict[int, tuple[str, str, str]] = {}
    for r in res.rejected.to_pylist():
        outcome[int(r["record_id"][1:])] = ("rejected", r["reason"], r["detail"])
    for r in res.review.to_pylist():
        outcome[int(r["record_id"][1:])] = ("review", r["reason"], r["detail"])
    kept = {int(r["record_id"][1:]): r for r in res.kept.to_pylist()}
    return outcome, kept


def evaluate(part: str) -> dict[str, Any]:
    """Outcomes of the labelled set ``part`` (dev, heldout, heldout2 … heldout16), by source, language and kind."""
    from common import record  # bench/clean_eval/common.py
    from load import load  # bench/clean_eval/load.py

    rows = load(part)
    outcome, kept = clean_records(rows)
    gen = [i for i, r in enumerate(rows) if r["source"] == "generated"]
    bases = []
    for i in gen:
        b = record(rows[i]["base"]["file"], rows[i]["base"]["index"])
        bases.append({k: b.get(k) or "" for k in ("instruction", "input", "output")})
    _, base_kept = clean_records(bases)
    repaired = {
        i
        for j, i in enumerate(gen)
        if i in kept and j in base_kept and _fold(kept[i]["output"]) == _fold(base_kept[j]["output"])
    }
    table: dict[tuple[str, str, str], Counter[str]] = defaultdict(Counter)
    by_kind: dict[tuple[str, str, str], Counter[str]] = defaultdict(Counter)
    reasons: dict[str, Counter[str]] = defaultdict(Counter)
    for i, r in enumerate(rows):
        o = outcome.get(i, ("repaired" if i in repaired else "kept", "", ""))
        verdict = "junk" if r["junk"] else "good"
        table[(r["source"], verdict, r["lang"])][o[0]] += 1
        kind = r.get("junk_kind") or r.get("kind") or "?"
        by_kind[(f"{r['source']} {verdict}", r["lang"], kind)][o[0]] += 1
        if o[1]:
            reasons[f"{verdict} {o[0]}"][o[1]] += 1
    return {"part": part, "table": table, "by_kind": by_kind, "reasons": reasons, "n": len(rows)}


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:.2f} %" if b else "-"


def print_evaluation(ev: dict[str, Any]) -> None:
    """Markdown tables: good rejected / review, junk caught, per source and language; junk per kind."""
    part = ev["part"]
    print(f"\n### {part}\n")
    print("| source | verdict | lang | records | rejected | review | repaired | kept | share rejected | share caught |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for (source, verdict, lang), c in sorted(ev["table"].items()):
        n = sum(c.values())
        caught = c["rejected"] + c["review"] + c["repaired"]
        print(
            f"| {source} | {verdict} | {lang} | {n:,} | {c['rejected']:,} | {c['review']:,} | {c['repaired']:,} | "
            f"{c['kept']:,} | {_pct(c['rejected'], n)} | {_pct(caught, n) if verdict == 'junk' else '-'} |"
        )
    print("\n| group | lang | kind | records | rejected | review | repaired | kept |")
    print("|---|---|---|---|---|---|---|---|")
    for (group, lang, kind), c in sorted(ev["by_kind"].items()):
        print(
            f"| {group} | {lang} | {kind} | {sum(c.values()):,} | {c['rejected']} | {c['review']} | {c['repaired']} | "
            f"{c['kept']} |"
        )
    for key, c in sorted(ev["reasons"].items()):
        print(f"\n{key} by reason: " + ", ".join(f"{k} {v}" for k, v in c.most_common()))


def corpus_records(paths: list[Path]) -> Iterator[tuple[str, int, dict[str, Any]]]:
    """``(file relative to the public data folder, index, record)`` of every record of the files that parse."""
    from bench.public_data import PUBLIC_DATA

    for path in paths:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError):
            continue
        rel = str(path.relative_to(PUBLIC_DATA))
        for i, r in enumerate(data):
            if isinstance(r, dict):
                yield rel, i, r


def corpora(sample: int, sample_out: Path | None, seed: int) -> None:
    """Rejected and review share on Stanford Alpaca and the Chinese corpora; a sample of rejects."""
    from bench.bench_clean import ALPACA, ZH_FILES

    labelled = set()
    for line in (ROOT / "bench" / "clean_eval" / "labels.jsonl").open(encoding="utf-8"):
        lab = json.loads(line)
        labelled.add((lab["file"], lab["index"]))
    rejects: list[dict[str, Any]] = []
    print("| corpus | records | rejected | review | rejected share | review share | top reasons |")
    print("|---|---|---|---|---|---|---|")
    for name, paths in (("Stanford Alpaca (en)", [ALPACA]), ("instruct/zh (all parseable files)", ZH_FILES)):
        rows: list[dict[str, Any]] = []
        where: list[tuple[str, int]] = []
        for rel, i, r in corpus_records(paths):
            rows.append(r)
            where.append((rel, i))
        outcome, _ = clean_records(rows)
        rej = Counter(o[1] for o in outcome.values() if o[0] == "rejected")
        rev = Counter(o[1] for o in outcome.values() if o[0] == "review")
        n_rej, n_rev = sum(rej.values()), sum(rev.values())
        top = ", ".join(f"{k} {v}" for k, v in rej.most_common())
        print(
            f"| {name} | {len(rows):,} | {n_rej:,} | {n_rev:,} | {_pct(n_rej, len(rows))} | "
            f"{_pct(n_rev, len(rows))} | {top} |"
        )
        print(f"<!-- {name} review by reason: " + ", ".join(f"{k} {v}" for k, v in rev.most_common()) + " -->")
        for i, o in sorted(outcome.items()):
            if o[0] == "rejected" and where[i] not in labelled:
                r = rows[i]
                rejects.append(
                    {
                        "file": where[i][0],
                        "index": where[i][1],
                        "reason": o[1],
                        "detail": o[2],
                        **{k: str(r.get(k) or "") for k in ("instruction", "input", "output")},
                    }
                )
    if sample and sample_out is not None:
        picked = random.Random(seed).sample(rejects, min(sample, len(rejects)))
        picked.sort(key=lambda r: (r["reason"], r["file"], r["index"]))
        sample_out.parent.mkdir(parents=True, exist_ok=True)
        with sample_out.open("w", encoding="utf-8") as fh:
            for r in picked:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"\nsample of {len(picked)} rejects (seed {seed}, unlabelled records only) written to {sample_out}")


def main() -> int:
    """Parse arguments and run the evaluations asked for."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--part",
        action="append",
        choices=[
            "dev",
            "heldout",
            "heldout2",
            "heldout3",
            "heldout4",
            "heldout5",
            "heldout6",
            "heldout7",
            "heldout8",
            "heldout9",
            "heldout10",
            "heldout11",
            "heldout12",
            "heldout13",
            "heldout14",
            "heldout15",
            "heldout16",
        ],
        default=[],
    )
    parser.add_argument("--corpora", action="store_true")
    parser.add_argument("--sample", type=int, default=50)
    parser.add_argument("--sample-out", type=Path, default=ROOT / "bench" / "results" / "clean_rejects_sample.jsonl")
    parser.add_argument("--seed", type=int, default=20261206)
    args = parser.parse_args()
    for part in args.part:
        print_evaluation(evaluate(part))
    if args.corpora:
        corpora(args.sample, args.sample_out, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
