"""Shared paths, file lists, loading and the dev/heldout split (stdlib only)."""

from __future__ import annotations

import hashlib
import json
import sys
from functools import cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
from bench.public_data import PUBLIC_DATA as DATA  # noqa: E402

LABELS = HERE / "labels.jsonl"
"""The hand labels: file (relative to the public data folder), index, part, lang, kind, verdict, borderline."""

# file (relative to DATA) -> source group.  The 9407-12345 translation file is malformed JSON (line
# 14007) and is left out: an index into it would depend on how one repairs it.
EN_FILES = {
    "instruct/en/stanford_alpaca_data.json": "alpaca",
    "instruct/en/llamafactory_alpaca_en_demo.json": "lf",
}
ZH_FILES = {"instruct/zh/llamafactory_alpaca_zh_demo.json": "lf"}
for _p in sorted((DATA / "instruct/zh/hikariming_alpaca_chinese").glob("*.json")):
    if "9407-12345" in _p.name:
        continue
    ZH_FILES[str(_p.relative_to(DATA))] = (
        "hk_code" if "代码问题" in _p.name else ("hk_trans" if _p.name.startswith("翻译后") else "hk_other")
    )


@cache
def load_file(rel: str) -> list[dict]:
    """The records of one data file (read-only; cached)."""
    return json.loads((DATA / rel).read_text(encoding="utf-8"))


def record(rel: str, index: int) -> dict:
    return load_file(rel)[index]


def part_of(file: str, index: int) -> str:
    """Stable split: 70 % dev, 30 % heldout, by a hash of (file, index)."""
    h = int(hashlib.sha256(f"{file}#{index}".encode()).hexdigest()[:8], 16)
    return "dev" if h % 100 < 70 else "heldout"
