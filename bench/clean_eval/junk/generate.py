"""Seeded junk generator (stdlib only): corrupts real instruction records at run time.

Base records are read from the public data folder (bench/data/README.md) when this runs and are never written to the project
(several sources are CC BY-NC).  A base record is used only for the part its (file, index) hash
belongs to (the same 70/30 split as the hand labels), and records that are in labels/real_good.jsonl
are not used, so dev junk, heldout junk and the labelled real records never share a base record.
dev uses templates_dev.py, heldout uses templates_heldout.py.

heldout2 is a second held-out part written later, blind to the clean filters (see
bench/clean_eval/README.md): junk from templates_heldout2.py over base records picked by their own
salted hash (``in_heldout2``) from both halves of the split, plus authored good look-alikes from
good_heldout2.py that the stage must keep.  heldout3 is a third blind part built the same way
(templates_heldout3.py, good_heldout3.py, its own salted hash ``in_heldout3``), heldout4 a fourth (templates_heldout4.py,
good_heldout4.py, salted hash ``in_heldout4``), heldout5 a fifth (templates_heldout5.py, good_heldout5.py, salted
hash ``in_heldout5``), heldout6 a sixth (templates_heldout6.py, good_heldout6.py, salted hash ``in_heldout6``),
heldout7 a seventh (templates_heldout7.py, good_heldout7.py, salted hash ``in_heldout7``), heldout8 an eighth
(templates_heldout8.py, good_heldout8.py, salted hash ``in_heldout8``), heldout9 a ninth (templates_heldout9.py,
good_heldout9.py, salted hash ``in_heldout9``), heldout10 a tenth (templates_heldout10.py, good_heldout10.py,
salted hash ``in_heldout10``), heldout11 an eleventh (templates_heldout11.py, good_heldout11.py, salted hash
``in_heldout11``), heldout12 a twelfth (templates_heldout12.py, good_heldout12.py, salted hash ``in_heldout12``),
heldout13 a thirteenth (templates_heldout13.py, good_heldout13.py, salted hash ``in_heldout13``), heldout14 a
fourteenth (templates_heldout14.py, good_heldout14.py, salted hash ``in_heldout14``), heldout15 a fifteenth
(templates_heldout15.py, good_heldout15.py, salted hash ``in_heldout15``) and heldout16 a sixteenth
(templates_heldout16.py, good_heldout16.py, salted hash ``in_heldout16``).

    python junk/generate.py                      # print counts for every part (dev, heldout, heldout2-16)
    python junk/generate.py --part dev --out /tmp/junk_dev.jsonl   # inspect (do not commit the file)
    python junk/generate.py --part heldout2      # the second held-out part (junk and good look-alikes)
    python junk/generate.py --part heldout3      # the third held-out part (junk and good look-alikes)
    python junk/generate.py --part heldout4      # the fourth held-out part (junk and good look-alikes)
    python junk/generate.py --part heldout5      # the fifth held-out part (junk and good look-alikes)
    python junk/generate.py --part heldout6      # the sixth held-out part (junk and good look-alikes)
    python junk/generate.py --part heldout7      # the seventh held-out part (junk and good look-alikes)
    python junk/generate.py --part heldout8      # the eighth held-out part (junk and good look-alikes)
    python junk/generate.py --part heldout9      # the ninth held-out part (junk and good look-alikes)
    python junk/generate.py --part heldout10     # the tenth held-out part (junk and good look-alikes)
    python junk/generate.py --part heldout11     # the eleventh held-out part (junk and good look-alikes)
    python junk/generate.py --part heldout12     # the twelfth held-out part (junk and good look-alikes)
    python junk/generate.py --part heldout13     # the thirteenth held-out part (junk and good look-alikes)
    python junk/generate.py --part heldout14     # the fourteenth held-out part (junk and good look-alikes)
    python junk/generate.py --part heldout15     # the fifteenth held-out part (junk and good look-alikes)
    python junk/generate.py --part heldout16     # the sixteenth held-out part (junk and good look-alikes)
    python junk/generate.py --manifest           # update junk/MANIFEST.json (counts + sha256, no text)
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

import good_heldout2  # noqa: E402
import good_heldout3  # noqa: E402
import good_heldout4  # noqa: E402
import good_heldout5  # noqa: E402
import good_heldout6  # noqa: E402
import good_heldout7  # noqa: E402
import good_heldout8  # noqa: E402
import good_heldout9  # noqa: E402
import good_heldout10  # noqa: E402
import good_heldout11  # noqa: E402
import good_heldout12  # noqa: E402
import good_heldout13  # noqa: E402
import good_heldout14  # noqa: E402
import good_heldout15  # noqa: E402
import good_heldout16  # noqa: E402
import templates_dev  # noqa: E402
import templates_heldout  # noqa: E402
import templates_heldout2  # noqa: E402
import templates_heldout3  # noqa: E402
import templates_heldout4  # noqa: E402
import templates_heldout5  # noqa: E402
import templates_heldout6  # noqa: E402
import templates_heldout7  # noqa: E402
import templates_heldout8  # noqa: E402
import templates_heldout9  # noqa: E402
import templates_heldout10  # noqa: E402
import templates_heldout11  # noqa: E402
import templates_heldout12  # noqa: E402
import templates_heldout13  # noqa: E402
import templates_heldout14  # noqa: E402
import templates_heldout15  # noqa: E402
import templates_heldout16  # noqa: E402
import textutil  # noqa: E402
from common import EN_FILES, ZH_FILES, load_file, part_of  # noqa: E402

TEMPLATES = {
    "dev": templates_dev,
    "heldout": templates_heldout,
    "heldout2": templates_heldout2,
    "heldout3": templates_heldout3,
    "heldout4": templates_heldout4,
    "heldout5": templates_heldout5,
    "heldout6": templates_heldout6,
    "heldout7": templates_heldout7,
    "heldout8": templates_heldout8,
    "heldout9": templates_heldout9,
    "heldout10": templates_heldout10,
    "heldout11": templates_heldout11,
    "heldout12": templates_heldout12,
    "heldout13": templates_heldout13,
    "heldout14": templates_heldout14,
    "heldout15": templates_heldout15,
    "heldout16": templates_heldout16,
}
PARTS = tuple(TEMPLATES)
PER_LANG = 600
PER_LANG_BY_PART = {
    "dev": PER_LANG,
    "heldout": PER_LANG,
    "heldout2": templates_heldout2.JUNK_PER_LANG,
    "heldout3": templates_heldout3.JUNK_PER_LANG,
    "heldout4": templates_heldout4.JUNK_PER_LANG,
    "heldout5": templates_heldout5.JUNK_PER_LANG,
    "heldout6": templates_heldout6.JUNK_PER_LANG,
    "heldout7": templates_heldout7.JUNK_PER_LANG,
    "heldout8": templates_heldout8.JUNK_PER_LANG,
    "heldout9": templates_heldout9.JUNK_PER_LANG,
    "heldout10": templates_heldout10.JUNK_PER_LANG,
    "heldout11": templates_heldout11.JUNK_PER_LANG,
    "heldout12": templates_heldout12.JUNK_PER_LANG,
    "heldout13": templates_heldout13.JUNK_PER_LANG,
    "heldout14": templates_heldout14.JUNK_PER_LANG,
    "heldout15": templates_heldout15.JUNK_PER_LANG,
    "heldout16": templates_heldout16.JUNK_PER_LANG,
}
GOOD = {
    "heldout2": good_heldout2,
    "heldout3": good_heldout3,
    "heldout4": good_heldout4,
    "heldout5": good_heldout5,
    "heldout6": good_heldout6,
    "heldout7": good_heldout7,
    "heldout8": good_heldout8,
    "heldout9": good_heldout9,
    "heldout10": good_heldout10,
    "heldout11": good_heldout11,
    "heldout12": good_heldout12,
    "heldout13": good_heldout13,
    "heldout14": good_heldout14,
    "heldout15": good_heldout15,
    "heldout16": good_heldout16,
}
"""Parts with authored good look-alikes (the blind parts)."""
BLIND_PARTS = (
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
"""Parts written blind to the filters: own salted base hash, no base used twice, good look-alikes."""
HELDOUT2_SHARE = 20
"""Percent of all usable base records (dev and heldout halves alike) that heldout2 may corrupt."""
HELDOUT3_SHARE = 20
"""Percent of all usable base records that heldout3 may corrupt (its own salt, independent of heldout2)."""
HELDOUT4_SHARE = 20
"""Percent of all usable base records that heldout4 may corrupt (its own salt, independent of the others)."""
HELDOUT5_SHARE = 20
"""Percent of all usable base records that heldout5 may corrupt (its own salt, independent of the others)."""
HELDOUT6_SHARE = 20
"""Percent of all usable base records that heldout6 may corrupt (its own salt, independent of the others)."""
HELDOUT7_SHARE = 20
"""Percent of all usable base records that heldout7 may corrupt (its own salt, independent of the others)."""
HELDOUT8_SHARE = 20
"""Percent of all usable base records that heldout8 may corrupt (its own salt, independent of the others)."""
HELDOUT9_SHARE = 20
"""Percent of all usable base records that heldout9 may corrupt (its own salt, independent of the others)."""
HELDOUT10_SHARE = 20
"""Percent of all usable base records that heldout10 may corrupt (its own salt, independent of the others)."""
HELDOUT11_SHARE = 20
"""Percent of all usable base records that heldout11 may corrupt (its own salt, independent of the others)."""
HELDOUT12_SHARE = 20
"""Percent of all usable base records that heldout12 may corrupt (its own salt, independent of the others)."""
HELDOUT13_SHARE = 20
"""Percent of all usable base records that heldout13 may corrupt (its own salt, independent of the others)."""
HELDOUT14_SHARE = 20
"""Percent of all usable base records that heldout14 may corrupt (its own salt, independent of the others)."""
HELDOUT15_SHARE = 20
"""Percent of all usable base records that heldout15 may corrupt (its own salt, independent of the others)."""
HELDOUT16_SHARE = 20
"""Percent of all usable base records that heldout16 may corrupt (its own salt, independent of the others)."""
CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
ARTEFACT = re.compile(
    r"(^|\n)\s*#*\s*\d+\s*[.、]\s*(Instruction|Input|Output|指令|输入|输出)\s*[:：]|§§|<no ?(input|output)>"
    r"|^\s*(e|ure)[!,] |//\s*(end of|EOM)",
    re.I,
)


def _cjk_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    return sum(1 for c in letters if CJK.match(c)) / len(letters) if letters else 0.0


def in_heldout2(file: str, index: int) -> bool:
    """Whether a real record may serve as a heldout2 base: its own salted hash, independent of part_of."""
    h = int(hashlib.sha256(f"heldout2#{file}#{index}".encode()).hexdigest()[:8], 16)
    return h % 100 < HELDOUT2_SHARE


def in_heldout3(file: str, index: int) -> bool:
    """Whether a real record may serve as a heldout3 base: salted hash ``heldout3#file#index``."""
    h = int(hashlib.sha256(f"heldout3#{file}#{index}".encode()).hexdigest()[:8], 16)
    return h % 100 < HELDOUT3_SHARE


def in_heldout4(file: str, index: int) -> bool:
    """Whether a real record may serve as a heldout4 base: salted hash ``heldout4#file#index``."""
    h = int(hashlib.sha256(f"heldout4#{file}#{index}".encode()).hexdigest()[:8], 16)
    return h % 100 < HELDOUT4_SHARE


def in_heldout5(file: str, index: int) -> bool:
    """Whether a real record may serve as a heldout5 base: salted hash ``heldout5#file#index``."""
    h = int(hashlib.sha256(f"heldout5#{file}#{index}".encode()).hexdigest()[:8], 16)
    return h % 100 < HELDOUT5_SHARE


def in_heldout6(file: str, index: int) -> bool:
    """Whether a real record may serve as a heldout6 base: salted hash ``heldout6#file#index``."""
    h = int(hashlib.sha256(f"heldout6#{file}#{index}".encode()).hexdigest()[:8], 16)
    return h % 100 < HELDOUT6_SHARE


def in_heldout7(file: str, index: int) -> bool:
    """Whether a real record may serve as a heldout7 base: salted hash ``heldout7#file#index``."""
    h = int(hashlib.sha256(f"heldout7#{file}#{index}".encode()).hexdigest()[:8], 16)
    return h % 100 < HELDOUT7_SHARE


def in_heldout8(file: str, index: int) -> bool:
    """Whether a real record may serve as a heldout8 base: salted hash ``heldout8#file#index``."""
    h = int(hashlib.sha256(f"heldout8#{file}#{index}".encode()).hexdigest()[:8], 16)
    return h % 100 < HELDOUT8_SHARE


def in_heldout9(file: str, index: int) -> bool:
    """Whether a real record may serve as a heldout9 base: salted hash ``heldout9#file#index``."""
    h = int(hashlib.sha256(f"heldout9#{file}#{index}".encode()).hexdigest()[:8], 16)
    return h % 100 < HELDOUT9_SHARE


def in_heldout10(file: str, index: int) -> bool:
    """Whether a real record may serve as a heldout10 base: salted hash ``heldout10#file#index``."""
    h = int(hashlib.sha256(f"heldout10#{file}#{index}".encode()).hexdigest()[:8], 16)
    return h % 100 < HELDOUT10_SHARE


def in_heldout11(file: str, index: int) -> bool:
    """Whether a real record may serve as a heldout11 base: salted hash ``heldout11#file#index``."""
    h = int(hashlib.sha256(f"heldout11#{file}#{index}".encode()).hexdigest()[:8], 16)
    return h % 100 < HELDOUT11_SHARE


def in_heldout12(file: str, index: int) -> bool:
    """Whether a real record may serve as a heldout12 base: salted hash ``heldout12#file#index``."""
    h = int(hashlib.sha256(f"heldout12#{file}#{index}".encode()).hexdigest()[:8], 16)
    return h % 100 < HELDOUT12_SHARE


def in_heldout13(file: str, index: int) -> bool:
    """Whether a real record may serve as a heldout13 base: salted hash ``heldout13#file#index``."""
    h = int(hashlib.sha256(f"heldout13#{file}#{index}".encode()).hexdigest()[:8], 16)
    return h % 100 < HELDOUT13_SHARE


def in_heldout14(file: str, index: int) -> bool:
    """Whether a real record may serve as a heldout14 base: salted hash ``heldout14#file#index``."""
    h = int(hashlib.sha256(f"heldout14#{file}#{index}".encode()).hexdigest()[:8], 16)
    return h % 100 < HELDOUT14_SHARE


def in_heldout15(file: str, index: int) -> bool:
    """Whether a real record may serve as a heldout15 base: salted hash ``heldout15#file#index``."""
    h = int(hashlib.sha256(f"heldout15#{file}#{index}".encode()).hexdigest()[:8], 16)
    return h % 100 < HELDOUT15_SHARE


def in_heldout16(file: str, index: int) -> bool:
    """Whether a real record may serve as a heldout16 base: salted hash ``heldout16#file#index``."""
    h = int(hashlib.sha256(f"heldout16#{file}#{index}".encode()).hexdigest()[:8], 16)
    return h % 100 < HELDOUT16_SHARE


def _in_part(part: str, file: str, index: int) -> bool:
    if part == "heldout2":
        return in_heldout2(file, index)
    if part == "heldout3":
        return in_heldout3(file, index)
    if part == "heldout4":
        return in_heldout4(file, index)
    if part == "heldout5":
        return in_heldout5(file, index)
    if part == "heldout6":
        return in_heldout6(file, index)
    if part == "heldout7":
        return in_heldout7(file, index)
    if part == "heldout8":
        return in_heldout8(file, index)
    if part == "heldout9":
        return in_heldout9(file, index)
    if part == "heldout10":
        return in_heldout10(file, index)
    if part == "heldout11":
        return in_heldout11(file, index)
    if part == "heldout12":
        return in_heldout12(file, index)
    if part == "heldout13":
        return in_heldout13(file, index)
    if part == "heldout14":
        return in_heldout14(file, index)
    if part == "heldout15":
        return in_heldout15(file, index)
    if part == "heldout16":
        return in_heldout16(file, index)
    return part_of(file, index) == part


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
                if (rel, i) in labelled or not _in_part(part, rel, i) or len(out.strip()) < 40 or ARTEFACT.search(out):
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


def _base_rec(rel: str, idx: int) -> dict:
    src = load_file(rel)[idx]
    return {k: src.get(k) or "" for k in ("instruction", "input", "output")}


def _usable(fn, rng: random.Random, base: tuple[str, int], lang: str, ctx: Context) -> tuple | None:
    """(base record, generated fields) when the generator changes this base record's output, else None."""
    rec = _base_rec(*base)
    made = fn(rng, rec, lang, ctx)
    if made is not None and made.get("output", rec["output"]) != rec["output"]:
        return rec, made
    return None


def _row(made: dict, rec: dict, kind: str, name: str, part: str, lang: str, rel: str, idx: int) -> dict:
    return {
        "instruction": made.get("instruction", rec["instruction"]),
        "input": made.get("input", rec["input"]),
        "output": made["output"],
        "junk_kind": kind,
        "generator": name,
        "part": part,
        "lang": lang,
        "base": {"file": rel, "index": idx},
    }


def generate(part: str, per_lang: int | None = None) -> list[dict]:
    """Junk records for one part: alpaca fields + junk_kind, generator, part, lang, base (file, index)."""
    if part not in TEMPLATES:
        raise ValueError(f"part must be one of {', '.join(PARTS)}, not {part!r}")
    per_lang = PER_LANG_BY_PART[part] if per_lang is None else per_lang
    gens = TEMPLATES[part].GENERATORS
    only_lang: dict[str, str] = getattr(TEMPLATES[part], "ONLY_LANG", {})
    keep_skipped = part in BLIND_PARTS
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
            name, _, fn = rng.choice([g for g in gens if g[1] == kind and only_lang.get(g[0], lang) == lang])
            if keep_skipped:
                # heldout2 … heldout16: a base record a generator cannot use stays available to the next one, and no
                # base record is used twice (dev and heldout keep their original cursor, so their
                # records and sha256 are unchanged)
                for j, (rel, idx) in enumerate(order):
                    got = _usable(fn, rng, (rel, idx), lang, ctx)
                    if got is not None:
                        del order[j]
                        out.append(_row(got[1], got[0], kind, name, part, lang, rel, idx))
                        break
                else:
                    raise RuntimeError(f"{part}/{lang}: generator {name} found no usable base record")
                continue
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


def generate_good(part: str) -> list[dict]:
    """Authored good look-alikes of a blind part (heldout2-heldout16): alpaca fields + kind, generator, part, lang."""
    if part not in GOOD:
        return []
    return [{**r, "part": part} for r in GOOD[part].build_good()]


def digest(rows: list[dict]) -> str:
    h = hashlib.sha256()
    for r in rows:
        h.update(json.dumps(r, ensure_ascii=False, sort_keys=True).encode("utf-8"))
    return h.hexdigest()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--part", choices=[*PARTS, "all"], default="all")
    ap.add_argument("--per-lang", type=int, default=None, help="junk records per language (default: the part's own)")
    ap.add_argument("--out", help="write the records as JSON lines here (for inspection only)")
    ap.add_argument("--manifest", action="store_true", help="update the parts generated in junk/MANIFEST.json")
    a = ap.parse_args()
    parts = list(PARTS) if a.part == "all" else [a.part]
    manifest_path = JUNK_DIR / "MANIFEST.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8")) if manifest_path.exists() else {}
    all_rows = []
    for part in parts:
        rows = generate(part, a.per_lang)
        all_rows += rows
        c = Counter((r["lang"], r["junk_kind"]) for r in rows)
        manifest[part] = {
            "records": len(rows),
            "sha256": digest(rows),
            "per_lang": len(rows) // 2,
            "by_lang_kind": {f"{lg}/{k}": n for (lg, k), n in sorted(c.items())},
            # generator names of the held-out parts are not listed here on purpose
            **({"by_generator": dict(sorted(Counter(r["generator"] for r in rows).items()))} if part == "dev" else {}),
        }
        print(f"{part}: {len(rows)} junk records, sha256 {manifest[part]['sha256'][:16]}…")
        for (lg, k), n in sorted(c.items()):
            print(f"  {lg} {k:18s} {n}")
        good = generate_good(part)
        if good:
            all_rows += good
            g = Counter((r["lang"], r["kind"]) for r in good)
            manifest[part]["good"] = {
                "records": len(good),
                "sha256": digest(good),
                "by_lang_kind": {f"{lg}/{k}": n for (lg, k), n in sorted(g.items())},
            }
            print(f"{part}: {len(good)} good look-alikes, sha256 {manifest[part]['good']['sha256'][:16]}…")
            for (lg, k), n in sorted(g.items()):
                print(f"  {lg} {k:18s} {n}")
    if a.out:
        with open(a.out, "w", encoding="utf-8") as fh:
            for r in all_rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    if a.manifest:
        manifest_path.write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
