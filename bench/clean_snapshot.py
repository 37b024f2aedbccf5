"""Record-by-record outcome of the clean stage, for checking that a speed change keeps outputs identical.

    .venv/bin/python bench/clean_snapshot.py save bench/results/clean_before.jsonl   # on the old code
    .venv/bin/python bench/clean_snapshot.py compare bench/results/clean_before.jsonl  # on the new code

Runs ``clean_table`` (default config) over Stanford Alpaca, the Chinese corpora and the labelled
development parts (dev, heldout … heldout15, with the base records of their generated junk) and writes,
per record: outcome (kept / rejected / review), reason, detail and, for kept records, every output
column (cleaned text, lang, ``q_*`` signals), plus the stage counters per set. ``compare`` prints every
difference and exits 1 if there is one. The file holds record text: keep it under ``bench/results/``
(ignored by git).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench" / "clean_eval"))

PARTS = (
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
)
SYNTHETIC = 50_000  # lines of the tests/support/synth_corpus.py corpus (seed 0) in the snapshot


def _sets() -> list[tuple[str, list[dict[str, Any]]]]:
    from common import record  # bench/clean_eval/common.py
    from load import load  # bench/clean_eval/load.py

    from bench.bench_clean import ALPACA, ZH_FILES, _records, synthetic_corpus

    out: list[tuple[str, list[dict[str, Any]]]] = []
    for name, paths in (("alpaca", [ALPACA]), ("zh", ZH_FILES)):
        rows: list[dict[str, Any]] = []
        for path in paths:
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
            except (json.JSONDecodeError, UnicodeDecodeError):
                continue
            rows.extend(r for r in data if isinstance(r, dict))
        out.append((name, rows))
    synth = [r for r in _records(synthetic_corpus(SYNTHETIC)) if isinstance(r, dict)]
    out.append(("synthetic", synth))
    for part in PARTS:
        rows = load(part)
        out.append((part, rows))
        bases = []
        for r in rows:
            if r["source"] == "generated":
                b = record(r["base"]["file"], r["base"]["index"])
                bases.append({k: b.get(k) or "" for k in ("instruction", "input", "output")})
        out.append((f"{part}-bases", bases))
    return out


def outcomes(rows: list[dict[str, Any]]) -> tuple[list[Any], dict[str, Any]]:
    """Per-record outcome rows and the counters of one clean_table run."""
    from bench.clean_quality import clean_result

    res = clean_result(rows)
    result: dict[int, Any] = {}
    for r in res.rejected.to_pylist():
        result[int(r["record_id"][1:])] = ["rejected", r["reason"], r["detail"]]
    for r in res.review.to_pylist():
        result[int(r["record_id"][1:])] = ["review", r["reason"], r["detail"]]
    for r in res.kept.to_pylist():
        result[int(r["record_id"][1:])] = ["kept", r]
    return [result.get(i) for i in range(len(rows))], dict(res.counters)


def main() -> int:
    """save PATH | compare PATH."""
    mode, path = sys.argv[1], Path(sys.argv[2])
    current: list[str] = []
    for name, rows in _sets():
        recs, counters = outcomes(rows)
        current.append(json.dumps({"set": name, "counters": counters}, ensure_ascii=False, sort_keys=True))
        for i, o in enumerate(recs):
            current.append(json.dumps({"set": name, "i": i, "o": o}, ensure_ascii=False, sort_keys=True))
    if mode == "save":
        path.write_text("\n".join(current) + "\n", encoding="utf-8")
        print(f"{len(current)} lines written to {path}")
        return 0
    before = path.read_text(encoding="utf-8").splitlines()
    diffs = 0
    if len(before) != len(current):
        print(f"line count differs: {len(before)} before, {len(current)} now")
        diffs += 1
    for a, b in zip(before, current):
        if a != b:
            diffs += 1
            if diffs <= 20:
                print(f"- {a[:400]}\n+ {b[:400]}")
    print(f"{len(current)} lines compared, {diffs} differences")
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main())
