"""Consistency checks for the evaluation set (stdlib only).  Exit status 1 on any failure.

* every label points at an existing record, verdicts/kinds/parts are valid, the part matches the hash;
* no label note contains record text (no 24+ character run of the record's instruction/input/output);
* dev/heldout split is about 70/30 and the two parts share no base record;
* the generated junk matches junk/MANIFEST.json (same counts and sha256) and reuses no labelled record.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE / "junk")]
from common import LABELS, part_of, record  # noqa: E402
from generate import digest, generate  # noqa: E402

LABEL_KEYS = {"file", "index", "part", "lang", "kind", "verdict", "borderline"}
KINDS = {
    "prose",
    "list",
    "code",
    "verse",
    "lyrics",
    "table",
    "templated",
    "math",
    "translation",
    "foreign_language",
    "short",
    "dialogue",
    "markup",
}


def main() -> int:
    bad = []
    labels = [json.loads(line) for line in LABELS.open(encoding="utf-8")]
    keys = Counter((r["file"], r["index"]) for r in labels)
    bad += [f"duplicate label {k}" for k, n in keys.items() if n > 1]
    for r in labels:
        record(r["file"], r["index"])  # the label must point at a record
        if r["verdict"] not in ("good", "junk") or r["kind"] not in KINDS or r["lang"] not in ("en", "zh"):
            bad.append(f"bad fields {r}")
        if r["part"] != part_of(r["file"], r["index"]):
            bad.append(f"part mismatch {r['file']}#{r['index']}")
        if set(r) != LABEL_KEYS:
            bad.append(
                f"label {r['file']}#{r['index']} has other keys than {sorted(LABEL_KEYS)} (no text belongs here)"
            )
    parts = Counter(r["part"] for r in labels)
    share = parts["dev"] / len(labels)
    if not 0.65 <= share <= 0.75:
        bad.append(f"dev share {share:.2f}")
    manifest = json.loads((HERE / "junk/MANIFEST.json").read_text(encoding="utf-8"))
    for part in ("dev", "heldout"):
        rows = generate(part, manifest[part]["per_lang"])
        if digest(rows) != manifest[part]["sha256"]:
            bad.append(f"{part}: generated junk differs from MANIFEST.json (data or code changed)")
        for r in rows:
            b = (r["base"]["file"], r["base"]["index"])
            if b in keys:
                bad.append(f"{part}: junk reuses labelled record {b}")
            if part_of(*b) != part:
                bad.append(f"{part}: junk base {b} belongs to the other part")
    print(
        f"{len(labels)} labels ({parts['dev']} dev / {parts['heldout']} heldout), "
        f"{sum(m['records'] for m in manifest.values())} generated junk: {len(bad)} problems"
    )
    for b in bad[:30]:
        print("  ", b)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
