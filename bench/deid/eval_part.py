"""``eval``: the stage on the labelled, generated corpus (``bench/pii_eval``), scored for leaks and changes.

Leak rate = share of labelled values (one per record and slot) still recoverable anywhere in their
record after the stage; hard-negative change rate = share of labelled non-personal spans (public
figures, products, code, numbers, ...) the stage changed. See ``bench/pii_eval/README.md``.

For the held-out part only aggregate numbers are printed and saved: no record text, no record id.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from bench.deid.markdown import pct, table
from bench.deid.stage_runner import StageRun, record_row, run_stage


def eval_rows(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Generated records as pipeline records (every field the generator fills, labels left out)."""
    return [
        record_row(
            r["record_id"],
            instruction=r["instruction"],
            input=r.get("input") or "",
            output=r["output"],
            lang=r["lang"],
            system=r.get("system"),
            history=r.get("history"),
            source_id=r.get("source_id"),
            annotations=r.get("annotations"),
            corpus="pii_eval",
            source_file=f"pii_eval-{r.get('part', 'dev')}.jsonl",
            source_index=i,
        )
        for i, r in enumerate(records)
    ]


def evaluate(part: str, n: int, seed: int, workers: int = 1) -> tuple[dict[str, Any], StageRun]:
    """Generate ``n`` records of ``part``, run the stage on them and score the result."""
    from bench.pii_eval.generate import generate
    from bench.pii_eval.score import score

    records = generate(part, n, seed)
    run = run_stage(eval_rows(records), workers)
    result = score(records, list(run.kept.values()))
    return result, run


def aggregate_only(result: dict[str, Any]) -> dict[str, Any]:
    """``result`` without anything naming a record (ids of missing records, per-value leak details)."""
    out = dict(result)
    out["records"] = {k: v for k, v in result["records"].items() if k != "missing_ids"}
    out.pop("leaked", None)
    return out


def summary(part: str, n: int, seed: int, result: dict[str, Any], run: StageRun) -> dict[str, Any]:
    """The numbers ``--json`` saves: the score (aggregates only) and what the stage did."""
    return {
        "part": part,
        "records": n,
        "seed": seed,
        "score": aggregate_only(result),
        "stage": {
            "cpu_s": round(run.cpu_s, 2),
            "wall_s": round(run.wall_s, 2),
            "kept": len(run.kept),
            "rejected": dict(sorted(Counter(run.rejected.values()).items())),
        },
    }


def markdown(part: str, n: int, seed: int, workers: int, result: dict[str, Any], run: StageRun, command: str) -> str:
    """The ``eval`` section for docs/BENCHMARKS.md (aggregates only)."""
    leaks = result["leaks"]
    negs = result["negatives"]
    recs = result["records"]
    rejected = Counter(run.rejected.values())
    langs = sorted({lang for per in leaks["by_entity_lang"].values() for lang in per})
    rows: list[Sequence[object]] = []
    for ent, per in leaks["by_entity_lang"].items():
        cells: list[object] = [ent]
        for lang in langs:
            r = per.get(lang)
            cells.append(f"{r['leaked']}/{r['values']} ({pct(r['leak_rate'])})" if r else "–")
        total = leaks["by_entity"][ent]
        cells.append(f"{total['leaked']}/{total['values']} ({pct(total['leak_rate'])})")
        rows.append(cells)
    by_lang = leaks["by_lang"]
    rows.append(
        ["**all**"]
        + [
            f"{by_lang[lang]['leaked']}/{by_lang[lang]['values']} ({pct(by_lang[lang]['leak_rate'])})"
            if lang in by_lang
            else "–"
            for lang in langs
        ]
        + [f"{leaks['overall']['leaked']}/{leaks['overall']['values']} ({pct(leaks['overall']['leak_rate'])})"]
    )
    text_only = leaks["text_fields_only"]["overall"]
    neg_langs = sorted({lang for per in negs["by_kind_lang"].values() for lang in per})
    neg_rows: list[Sequence[object]] = []
    for kind, per in negs["by_kind_lang"].items():
        cells = [kind]
        for lang in neg_langs:
            r = per.get(lang)
            cells.append(f"{r['changed']}/{r['spans']} ({pct(r['changed_rate'])})" if r else "–")
        total = negs["by_kind"][kind]
        cells.append(f"{total['changed']}/{total['spans']} ({pct(total['changed_rate'])})")
        neg_rows.append(cells)
    o = negs["overall"]
    nl = negs["by_lang"]
    neg_rows.append(
        ["**all**"]
        + [f"{nl[lang]['changed']}/{nl[lang]['spans']} ({pct(nl[lang]['changed_rate'])})" for lang in neg_langs]
        + [f"{o['changed']}/{o['spans']} ({pct(o['changed_rate'])})"]
    )
    ctx_rows = [
        [c, v["values"], v["leaked"], pct(v["leak_rate"])] for c, v in leaks["by_context"].items() if v["values"]
    ]
    parts = [
        f"### Leak rate on the {part} part of the labelled corpus ({n:,} records, seed {seed})",
        "",
        f"Command: `{command}`",
        "",
        f"Stage (default config, workers {workers}): {run.cpu_s:.1f} CPU s, {run.wall_s:.1f} s wall for "
        f"{n:,} records; kept {len(run.kept):,}, rejected {sum(rejected.values()):,}"
        + (f" ({', '.join(f'{k} {v}' for k, v in sorted(rejected.items()))})" if rejected else "")
        + f". Scored {recs['scored']:,} records; {recs['missing']:,} missing (rejected) and not counted.",
        "",
        "A value leaks when it can still be recovered anywhere in its record (one count per record and "
        "value, however often it is written); `leaked/values (rate)`:",
        "",
        table(["entity", *langs, "all"], rows),
        "",
        f"Searching the free-text fields only (not `source_id` or annotator ids): "
        f"{text_only['leaked']}/{text_only['values']} ({pct(text_only['leak_rate'])}).",
        "",
        "Hard negatives changed by the stage (labelled spans that are not personal data); `changed/spans (rate)`:",
        "",
        table(["kind", *neg_langs, "all"], neg_rows),
        "",
        "<details><summary>Leak rate by context</summary>",
        "",
        table(["context", "values", "leaked", "rate"], ctx_rows),
        "",
        "</details>",
    ]
    return "\n".join(parts)
