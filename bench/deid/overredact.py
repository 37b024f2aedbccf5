"""``overredact``: how many clean public instruction records the stage changes, and a hand-checked sample.

Corpora (public data folder): Stanford Alpaca (``instruct/en/stanford_alpaca_data.json``) and the
Chinese Alpaca records (``instruct/zh/llamafactory_alpaca_zh_demo.json`` and every file of
``instruct/zh/hikariming_alpaca_chinese/`` that parses, in name order). ``random.Random(seed)``
draws ``per_lang`` English records, then ``per_lang`` Chinese ones (the lead's draw in the issue).
Each record keeps its history turns; its ``lang`` is detected as ingest does. A record is *changed*
when the stage rewrote one of its fields or rejected it.

Every changed record goes to a JSONL file (before/after of the changed fields, the changing
findings with their values: these are public corpora). A seeded sample of them is hand-checked;
the verdicts live in ``bench/data/deid_overredact_verdicts.tsv`` and the report prints them.
"""

from __future__ import annotations

import csv
import json
import random
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.deid.markdown import pct, ratio, table
from bench.deid.stage_runner import StageRun, record_row

EN_FILE = "instruct/en/stanford_alpaca_data.json"
ZH_FILES = ("instruct/zh/llamafactory_alpaca_zh_demo.json", "instruct/zh/hikariming_alpaca_chinese")
FIELDS = ("instruction", "input", "output")
VERDICTS = Path(__file__).resolve().parent.parent / "data" / "deid_overredact_verdicts.tsv"
VERDICT_COLUMNS = ("key", "lang", "entity", "recognizer", "masked_excerpt", "verdict", "reason")
VERDICT_VALUES = ("correct", "wrong")


@dataclass(frozen=True)
class Source:
    """One drawn record: its key (file name and index in the file), corpus language and the record."""

    key: str
    lang: str
    record: dict[str, Any]


def _records(path: Path) -> list[Source]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return [Source(f"{path.name}#{i}", "", r) for i, r in enumerate(data) if isinstance(r, dict)]


def load_corpora(root: Path) -> tuple[list[Source], list[Source], list[str]]:
    """English and Chinese records, and the files skipped because they do not parse."""
    en = _records(root / EN_FILE)
    zh: list[Source] = []
    skipped = []
    for name in ZH_FILES:
        path = root / name
        for f in sorted(path.glob("*.json")) if path.is_dir() else [path]:
            try:
                zh += _records(f)
            except (json.JSONDecodeError, UnicodeDecodeError):
                skipped.append(f.name)
    return en, zh, skipped


def draw(en: Sequence[Source], zh: Sequence[Source], per_lang: int, seed: int) -> list[Source]:
    """``per_lang`` English records, then ``per_lang`` Chinese ones, drawn with one ``random.Random(seed)``."""
    rng = random.Random(seed)
    picked = [Source(s.key, "en", s.record) for s in rng.sample(list(en), per_lang)]
    picked += [Source(s.key, "zh", s.record) for s in rng.sample(list(zh), per_lang)]
    return picked


def _text(value: object) -> str:
    return "" if value is None else str(value)


def to_rows(picked: Sequence[Source]) -> list[dict[str, Any]]:
    """Pipeline records of the drawn records (history kept, language detected as ingest does)."""
    from pipeline.text.lang import detect_lang

    rows = []
    for i, s in enumerate(picked):
        r = s.record
        fields = {f: _text(r.get(f)) for f in FIELDS}
        history = r.get("history")
        turns = [[_text(t) for t in pair] for pair in history if isinstance(pair, list)] if history else None
        rows.append(
            record_row(
                s.key,
                instruction=fields["instruction"],
                input=fields["input"],
                output=fields["output"],
                lang=detect_lang(" ".join(fields.values())),
                history=turns or None,
                corpus=s.lang,
                source_file=s.key.split("#")[0],
                source_index=i,
            )
        )
    return rows


def _field_text(row: dict[str, Any], path: str) -> str | None:
    if path.startswith("history["):
        i, j = (int(x) for x in path[len("history[") : -1].split("]["))
        return str(row["history"][i][j])
    value = row.get(path)
    return None if value is None else str(value)


def _paths(row: dict[str, Any]) -> list[str]:
    paths = [f for f in (*FIELDS, "system") if row.get(f) is not None]
    for i, pair in enumerate(row.get("history") or []):
        paths += [f"history[{i}][{j}]" for j in range(len(pair))]
    return paths


def excerpt(text: str, start: int, end: int, width: int = 40) -> str:
    """Context around ``text[start:end]`` with the span marked ``⟦…⟧``, on one line."""
    left = text[max(0, start - width) : start]
    right = text[end : end + width]
    middle = " ".join((left + "⟦" + text[start:end] + "⟧" + right).split())
    return ("…" if start > width else "") + middle + ("…" if end + width < len(text) else "")


def changed_records(rows: Sequence[dict[str, Any]], picked: Sequence[Source], run: StageRun) -> list[dict[str, Any]]:
    """One entry per changed record: before/after of the changed fields and the changing findings."""
    by_record: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for a in run.changing():
        by_record[a["record_id"]].append(a)
    out = []
    for row, src in zip(rows, picked, strict=True):
        rid = row["record_id"]
        kept = run.kept.get(rid)
        fields = {}
        for path in _paths(row):
            before = _field_text(row, path)
            after = _field_text(kept, path) if kept is not None else None
            if kept is None or before != after:
                fields[path] = {"before": before, "after": after}
        if kept is not None and not any(v["before"] != v["after"] for v in fields.values()):
            continue
        findings = []
        for a in sorted(by_record[rid], key=lambda a: (a["field"], a["start"])):
            text = _field_text(row, a["field"]) or ""
            findings.append(
                {
                    "field": a["field"],
                    "entity_type": a["entity_type"],
                    "recognizer": a["recognizer"],
                    "score": round(float(a["score"]), 3),
                    "action": a["action"],
                    "start": a["start"],
                    "end": a["end"],
                    "value": text[a["start"] : a["end"]],
                    "excerpt": excerpt(text, a["start"], a["end"]),
                }
            )
        out.append(
            {
                "key": rid,
                "lang": src.lang,
                "detected_lang": row["lang"],
                "rejected": run.rejected.get(rid),
                "fields": fields,
                "findings": findings,
            }
        )
    return out


def sample(changed: Sequence[dict[str, Any]], n: int, seed: int) -> list[dict[str, Any]]:
    """A seeded random sample of ``n`` changed records (drawn from the list sorted by key)."""
    ordered = sorted(changed, key=lambda c: c["key"])
    return random.Random(seed).sample(ordered, min(n, len(ordered)))


def verdict_template(entries: Sequence[dict[str, Any]]) -> list[dict[str, str]]:
    """Verdict rows to fill in by hand: entity types, recognizers and marked excerpts of each record."""
    rows = []
    for c in entries:
        fs = c["findings"]
        rows.append(
            {
                "key": c["key"],
                "lang": c["lang"],
                "entity": ",".join(sorted({f["entity_type"] for f in fs})) or (c["rejected"] or ""),
                "recognizer": ",".join(sorted({f["recognizer"] for f in fs})),
                "masked_excerpt": " … ".join(_first_per_value(fs)[:4]),
                "verdict": "",
                "reason": "",
            }
        )
    return rows


def _first_per_value(findings: Sequence[dict[str, Any]]) -> list[str]:
    """The excerpt of the first finding of each distinct value, in order."""
    seen: dict[str, str] = {}
    for f in findings:
        seen.setdefault(f["value"], f["excerpt"])
    return list(seen.values())


def write_tsv(rows: Sequence[dict[str, str]], path: Path) -> None:
    """Write verdict rows (tab-separated, one header line)."""
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=VERDICT_COLUMNS, delimiter="\t", lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({k: " ".join(str(r.get(k, "")).split()) for k in VERDICT_COLUMNS})


def read_verdicts(path: Path) -> list[dict[str, str]]:
    """The hand-checked verdicts; every row needs a verdict of ``correct`` or ``wrong`` and a reason."""
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    for i, r in enumerate(rows, start=2):
        if tuple(r) != VERDICT_COLUMNS:
            raise ValueError(f"{path}: line {i}: columns must be {', '.join(VERDICT_COLUMNS)}")
        if r["verdict"] not in VERDICT_VALUES or not r["reason"].strip():
            raise ValueError(f"{path}: line {i}: verdict must be one of {', '.join(VERDICT_VALUES)} with a reason")
    return rows


def summary(picked: Sequence[Source], changed: Sequence[dict[str, Any]], run: StageRun) -> dict[str, Any]:
    """Changed records per corpus language and overall, per entity type (records and findings)."""
    n_lang = Counter(s.lang for s in picked)
    ch_lang = Counter(c["lang"] for c in changed)
    rec_by_type: dict[str, Counter[str]] = defaultdict(Counter)
    find_by_type: dict[str, Counter[str]] = defaultdict(Counter)
    for c in changed:
        for t in {f["entity_type"] for f in c["findings"]}:
            rec_by_type[t][c["lang"]] += 1
        for f in c["findings"]:
            find_by_type[f["entity_type"]][c["lang"]] += 1
    return {
        "records": dict(n_lang),
        "changed": dict(ch_lang),
        "changed_rate": {lang: ratio(ch_lang[lang], n) for lang, n in n_lang.items()}
        | {"all": ratio(len(changed), len(picked))},
        "rejected": dict(Counter(run.rejected.values())),
        "records_by_entity": {t: dict(v) for t, v in sorted(rec_by_type.items())},
        "findings_by_entity": {t: dict(v) for t, v in sorted(find_by_type.items())},
        "stage": {"cpu_s": round(run.cpu_s, 2), "wall_s": round(run.wall_s, 2)},
    }


def markdown(
    stats: dict[str, Any],
    verdicts: list[dict[str, str]] | None,
    sampled_keys: Sequence[str],
    changed_keys: set[str],
    command: str,
    jsonl: Path,
    skipped_files: Sequence[str],
) -> str:
    """The ``overredact`` section for docs/BENCHMARKS.md, with the hand-checked verdicts."""
    langs = sorted(stats["records"])
    rows: list[list[object]] = [
        [lang, stats["records"][lang], stats["changed"].get(lang, 0), pct(stats["changed_rate"][lang])]
        for lang in langs
    ]
    total = sum(stats["records"].values())
    rows.append(["**all**", total, sum(stats["changed"].values()), pct(stats["changed_rate"]["all"])])
    type_rows = [
        [t, *(per.get(lang, 0) for lang in langs), sum(stats["findings_by_entity"][t].values())]
        for t, per in stats["records_by_entity"].items()
    ]
    parts = [
        "### Over-redaction on clean public instruction data",
        "",
        f"Command: `{command}`",
        "",
        f"Changed = a field rewritten or the record rejected (rejected: {stats['rejected'] or 'none'}). "
        f"Stage: {stats['stage']['cpu_s']:.1f} CPU s. Every changed record, before and after: `{jsonl}`."
        + (f" Files that do not parse, skipped: {', '.join(skipped_files)}." if skipped_files else ""),
        "",
        table(["corpus", "records", "changed", "share"], rows),
        "",
        "Changed records by entity type (a record counts once per type it had changed), and findings:",
        "",
        table(["entity", *(f"records {lang}" for lang in langs), "findings"], type_rows),
    ]
    if verdicts is None:
        parts += ["", f"No verdicts file yet; sample to hand-check: {', '.join(sampled_keys)}."]
        return "\n".join(parts)
    verdict_count = Counter(v["verdict"] for v in verdicts)
    stale = [v["key"] for v in verdicts if v["key"] not in changed_keys]
    parts += [
        "",
        f"Hand-checked sample of {len(verdicts)} changed records (seeded; `{VERDICTS.name}`): "
        f"{verdict_count['correct']} correct (a private person's data), {verdict_count['wrong']} wrong.",
    ]
    if stale:
        parts.append(
            f"{len(stale)} of them are no longer changed by this version of the stage: "
            f"{', '.join(stale)} (verdicts from an earlier run; re-check the sample)."
        )
    parts += [
        "",
        table(
            ["#", "record", "lang", "entity", "masked excerpt (⟦changed⟧)", "verdict", "reason"],
            [
                [i, v["key"], v["lang"], v["entity"], v["masked_excerpt"], v["verdict"], v["reason"]]
                for i, v in enumerate(verdicts, start=1)
            ],
        ),
    ]
    return "\n".join(parts)
