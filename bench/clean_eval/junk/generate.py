"""Seeded junk generator (stdlib only): corrupts real instruction records at run time.

Base records are read from /work/shared/data when this runs and are never written to the project
(several sources are CC BY-NC).  A base record is used only for the part its (file, index) hash
belongs to (the same 70/30 split as the hand labels), and records that are in labels/real_good.jsonl
are not used, so dev junk, heldout junk and the labelled real records never share a base record.
dev uses templates_dev.py, heldout uses templates_heldout.py.

    python junk/generate.py                      # print counts for both parts
    python junk/generate.py --part dev --out /tmp/junk_dev.jsonl   # inspect (do not commit the file)
    python junk/generate.py --manifest           # rewrite junk/MANIFEST.json (counts + sha256, no text)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

JUNK_DIR = Path(__file__).resolve().parent
ROOT = JUNK_DIR.parent
for p in (str(ROOT), str(JUNK_DIR)):
    if p not in sys.path:
        sys.path.insert(0, p)

import templates_dev  # noqa: E402
import templates_heldout  # noqa: E402
import textutil  # noqa: E402
from common import EN_FILES, ZH_FILES, load_file, part_of  # noqa: E402

TEMPLATES = {"dev": templates_dev, "heldout": templates_heldout}
PER_LANG = 600
CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
ARTEFACT = re.compile(
    r"(^|\n)\s*#*\s*\d+\s*[.、]\s*(Instruction|Input|Output|指令|输入|输出)\s*[:：]|§§|<no ?(input|output)>"
    r"|^\s*(e|ure)[!,] |//\s*(end of|EOM)",
    re.I,
)


def _cjk_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    return sum(1 for c in letters if CJK.match(c)) / len(letters) if letters else 0.0


def base_pools(part: str) -> dict[str, list[tuple[str, int]]]:
    """(file, index) of usable real records per language for one part, in a fixed order."""
    labelled = set()
    labels = ROOT / "labels.jsonl"
    if labels.exists():
        for line in labels.open(encoding="utf-8"):
            r = json.loads(line)
            labelled.add((r["file"], r["index"]))
    pools: dict[str, list[tuple[str, int]]] = {"en": [], "zh": []}
    for group, files in (("en", EN_FILES), ("zh", ZH_FILES)):
        for rel in files:
            for i, rec in enumerate(load_file(rel)):
                out, ins = rec.get("output") or "", rec.get("instruction") or ""
                if (rel, i) in labelled or part_of(rel, i) != part or len(out.strip()) < 40 or ARTEFACT.search(out):
                    continue
                share = max(_cjk_share(out), _cjk_share(ins))
                lang = "zh" if share >= 0.2 else "en"
                if lang != group or (lang == "zh" and _cjk_share(out) < 0.3):
                    continue
                pools[lang].append((rel, i))
    return pools


class Context:
    """What a generator may use besides its own base record."""

    def __init__(self, rng: random.Random, pools: dict[str, list[tuple[str, int]]]):
        self.rng, self.pools = rng, pools

    def other_language_output(self, lang: str) -> str:
        other = "zh" if lang == "en" else "en"
        for _ in range(100):
            rel, i = self.rng.choice(self.pools[other])
            out = load_file(rel)[i]["output"]
            if not textutil.is_code(out) and len(out) >= 60 and not re.search(r"[{}<>=;]", out):
                return out
        return ""


def generate(part: str, per_lang: int = PER_LANG) -> list[dict]:
    """Junk records for one part: alpaca fields + junk_kind, generator, part, lang, base (file, index)."""
    if part not in TEMPLATES:
        raise ValueError(f"part must be dev or heldout, not {part!r}")
    gens = TEMPLATES[part].GENERATORS
    kinds = sorted({k for _, k, _ in gens})
    rng = random.Random(f"clean_eval-junk-{part}-v1")
    pools = base_pools(part)
    ctx = Context(rng, pools)
    out: list[dict] = []
    for lang in ("en", "zh"):
        order = list(pools[lang])
        rng.shuffle(order)
        cursor = 0
        for k in range(per_lang):
            kind = kinds[k % len(kinds)]
            name, _, fn = rng.choice([g for g in gens if g[1] == kind])
            for _ in range(5000):
                rel, idx = order[cursor % len(order)]
                cursor += 1
                src = load_file(rel)[idx]
                rec = {
                    "instruction": src.get("instruction") or "",
                    "input": src.get("input") or "",
                    "output": src.get("output") or "",
                }
                made = fn(rng, rec, lang, ctx)
                if made is not None and made.get("output", rec["output"]) != rec["output"]:
                    break
            else:
                raise RuntimeError(f"{part}/{lang}: generator {name} found no usable base record")
            row = {
                "instruction": made.get("instruction", rec["instruction"]),
                "input": made.get("input", rec["input"]),
                "output": made["output"],
                "junk_kind": kind,
                "generator": name,
                "part": part,
                "lang": lang,
                "base": {"file": rel, "index": idx},
            }
            out.append(row)
    return out


def digest(rows: list[dict]) -> str:
    h = hashlib.sha256()
    for r in rows:
        h.update(json.dumps(r, ensure_ascii=False, sort_keys=True).encode("utf-8"))
    return h.hexdigest()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--part", choices=["dev", "heldout", "all"], default="all")
    ap.add_argument("--per-lang", type=int, default=PER_LANG)
    ap.add_argument("--out", help="write the records as JSON lines here (for inspection only)")
    ap.add_argument("--manifest", action="store_true", help="rewrite junk/MANIFEST.json")
    a = ap.parse_args()
    parts = ["dev", "heldout"] if a.part == "all" else [a.part]
    manifest = {}
    all_rows = []
    for part in parts:
        rows = generate(part, a.per_lang)
        all_rows += rows
        c = Counter((r["lang"], r["junk_kind"]) for r in rows)
        manifest[part] = {
            "records": len(rows),
            "sha256": digest(rows),
            "per_lang": a.per_lang,
            "by_lang_kind": {f"{lg}/{k}": n for (lg, k), n in sorted(c.items())},
            # generator names of the held-out part are not listed here on purpose
            **({"by_generator": dict(sorted(Counter(r["generator"] for r in rows).items()))} if part == "dev" else {}),
        }
        print(f"{part}: {len(rows)} junk records, sha256 {manifest[part]['sha256'][:16]}…")
        for (lg, k), n in sorted(c.items()):
            print(f"  {lg} {k:14s} {n}")
    if a.out:
        with open(a.out, "w", encoding="utf-8") as fh:
            for r in all_rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    if a.manifest:
        (JUNK_DIR / "MANIFEST.json").write_text(
            json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    main()
