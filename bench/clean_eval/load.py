"""Loader for the clean-stage evaluation set.

    from load import load          # with clean_eval/ on sys.path
    rows = load("dev")             # or "heldout" (only for the final evaluation) or "all"
    rows = load("heldout2")        # the second held-out part: generated junk + authored good look-alikes
    rows = load("heldout3")        # the third held-out part, built the same way as heldout2
    rows = load("heldout4")        # the fourth held-out part, built the same way
    rows = load("heldout5")        # the fifth held-out part, built the same way
    rows = load("heldout6")        # the sixth held-out part, built the same way
    rows = load("heldout7")        # the seventh held-out part, built the same way
    rows = load("heldout8")        # the eighth held-out part, built the same way
    rows = load("heldout9")        # the ninth held-out part, built the same way
    rows = load("heldout10")       # the tenth held-out part, built the same way
    rows = load("heldout11")       # the eleventh held-out part, built the same way
    rows = load("heldout12")       # the twelfth held-out part, built the same way
    rows = load("heldout13")       # the thirteenth held-out part, built the same way
    rows = load("heldout14")       # the fourteenth held-out part, built the same way
    rows = load("heldout15")       # the fifteenth held-out part, built the same way
    rows = load("heldout16")       # the sixteenth held-out part, built the same way

Returns real hand-labelled records (text resolved at run time from the public data folder (bench/data/README.md) by file + index)
followed by generated junk (built at run time by junk/generate.py; nothing is read from a stored copy).
Every row has instruction, input, output, a boolean ``junk`` label, ``source`` ("real" or "generated"),
``lang`` and ``part``; real rows also carry file, index, kind, note, borderline, stratum; generated rows
carry junk_kind, generator and base (the file + index of the record that was corrupted).
heldout2 to heldout16 have no hand-labelled real rows; their good rows have ``source`` "authored" and a ``kind``
(lyrics, md_table, translation, …) and no base.  "all" means dev + heldout (heldout2-heldout16 stay apart).

    python load.py dev             # print counts
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
for _p in (str(HERE), str(HERE / "junk")):
    if _p not in sys.path:
        sys.path.insert(0, _p)

from common import LABELS, record  # noqa: E402

PARTS = ("dev", "heldout")
EXTRA_PARTS = (
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
)


def load_real(part: str) -> list[dict]:
    rows = []
    for line in LABELS.open(encoding="utf-8"):
        lab = json.loads(line)
        if part != "all" and lab["part"] != part:
            continue
        rec = record(lab["file"], lab["index"])
        rows.append(
            {
                "instruction": rec.get("instruction") or "",
                "input": rec.get("input") or "",
                "output": rec.get("output") or "",
                "junk": lab["verdict"] == "junk",
                "source": "real",
                **{k: lab[k] for k in ("lang", "part", "file", "index", "kind", "borderline")},
            }
        )
    return rows


def load_generated(part: str) -> list[dict]:
    from generate import generate, generate_good  # junk/generate.py

    parts = PARTS if part == "all" else (part,)
    rows = []
    for p in parts:
        for r in generate(p):
            rows.append({**r, "junk": True, "source": "generated"})
        for r in generate_good(p):
            rows.append({**r, "junk": False, "source": "authored", "borderline": False})
    return rows


def load(part: str, include_generated: bool = True) -> list[dict]:
    """All records of a part ("dev", "heldout", "heldout2" … "heldout16" or "all") with a ``junk`` label."""
    if part not in (*PARTS, *EXTRA_PARTS, "all"):
        raise ValueError(
            "part must be one of dev, heldout, heldout2, heldout3, heldout4, heldout5, heldout6, heldout7, heldout8, heldout9, heldout10, heldout11, heldout12, heldout13, heldout14, heldout15, heldout16, all; "
            f"got {part!r}"
        )
    rows = load_real(part)
    if include_generated:
        rows += load_generated(part)
    return rows


if __name__ == "__main__":
    part = sys.argv[1] if len(sys.argv) > 1 else "dev"
    rows = load(part)
    c = Counter((r["source"], r["lang"], "junk" if r["junk"] else "good") for r in rows)
    print(f"{part}: {len(rows)} records")
    for k in sorted(c):
        print(" ", *k, c[k])
