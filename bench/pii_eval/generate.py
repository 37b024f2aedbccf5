"""Render templates into labelled alpaca-style records.

Template mini-language (inside any field string of a template):

``<<alias[.slot][:fmt[|fmt...]][@ref]>>``
    A PII mention. ``alias`` names the entity type (see ``values.ALIASES``: per, per_cn, per_en,
    per_tr, addr, addr_cn, addr_us, addr_uk, tel, cnid, card, email, ip, ssn, iban, pass, plate, qq,
    wx, mac, dl, mrn, url, dob). ``slot`` (default: the alias) identifies one value within a record:
    the same slot used twice is the same person / phone / ..., rendered with the given format (one
    of the ``|`` alternatives, drawn per mention) or, with no format, identically each time.
    ``@ref`` makes an e-mail, WeChat id or profile URL derive from PERSON slot ``ref``.
``[[kind|literal]]``
    A hard negative written in the template (``kind`` as in ``values.NEGATIVE_KINDS`` or any other
    word); the literal is embedded and recorded in ``negatives``.
``[[kind]]`` / ``[[kind.slot]]``
    A hard negative drawn from the pools in ``values``; a slot repeats the same value in the record.

Templates never contain PII outside placeholders, so every occurrence of a value is labelled.
"""

from __future__ import annotations

import argparse
import importlib
import json
import random
import re
import sys
from pathlib import Path
from typing import Any

from bench.pii_eval import values as V

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
    "heldout16",
    "heldout17",
    "heldout18",
)
_MODULES = {
    "dev": "bench.pii_eval.templates_dev",
    "heldout": "bench.pii_eval.templates_heldout",
    "heldout2": "bench.pii_eval.templates_heldout2",
    "heldout3": "bench.pii_eval.templates_heldout3",
    "heldout4": "bench.pii_eval.templates_heldout4",
    "heldout5": "bench.pii_eval.templates_heldout5",
    "heldout6": "bench.pii_eval.templates_heldout6",
    "heldout7": "bench.pii_eval.templates_heldout7",
    "heldout8": "bench.pii_eval.templates_heldout8",
    "heldout9": "bench.pii_eval.templates_heldout9",
    "heldout10": "bench.pii_eval.templates_heldout10",
    "heldout11": "bench.pii_eval.templates_heldout11",
    "heldout12": "bench.pii_eval.templates_heldout12",
    "heldout13": "bench.pii_eval.templates_heldout13",
    "heldout14": "bench.pii_eval.templates_heldout14",
    "heldout15": "bench.pii_eval.templates_heldout15",
    "heldout16": "bench.pii_eval.templates_heldout16",
    "heldout17": "bench.pii_eval.templates_heldout17",
    "heldout18": "bench.pii_eval.templates_heldout18",
}

PII_RE = re.compile(r"<<([a-z_]+)(?:\.([A-Za-z0-9_]+))?(?::([A-Za-z0-9_|]+))?(?:@([A-Za-z0-9_]+))?>>")
NEG_RE = re.compile(r"\[\[([a-z_]+)(?:\.([A-Za-z0-9_]+))?(?:\|([^\]]*))?\]\]")
TOKEN_RE = re.compile(PII_RE.pattern + "|" + NEG_RE.pattern)

ANNOTATION_LABELS = ["accept", "reject", "good", "bad", "needs_edit", "helpful", "unhelpful"]
RECORD_KEYS = (
    "record_id",
    "lang",
    "instruction",
    "input",
    "output",
    "system",
    "history",
    "source_id",
    "annotations",
    "template",
    "part",
    "context",
    "labels",
    "negatives",
)


def load_templates(part: str) -> Any:
    """Import only the template module of ``part`` (no part imports another part's templates)."""
    if part not in PARTS:
        raise ValueError(f"part must be one of {PARTS}, not {part!r}")
    return importlib.import_module(_MODULES[part])


class _Renderer:
    def __init__(self, lang: str, part: str, rng: random.Random):
        self.lang, self.part, self.rng = lang, part, rng
        self.cores: dict[tuple[str, str], dict[str, Any]] = {}
        self.variants: dict[tuple[str, str], str] = {}
        self.cache: dict[tuple[str, str, str], tuple[str, Any]] = {}
        self.neg_slots: dict[tuple[str, str], str] = {}
        self.ctx = V.Ctx(lang, part, self.cores, self._get_slot)
        self.labels: list[dict[str, Any]] = []
        self.negatives: list[dict[str, Any]] = []

    def _get_slot(
        self, entity: str, slot: str, variant: str = "", fmt: str = "", ref: str | None = None
    ) -> dict[str, Any]:
        key = (entity, slot)
        if key not in self.cores:
            self.cores[key] = V.new_core(entity, variant, fmt, ref, self.rng, self.ctx)
            self.variants[key] = variant
        return self.cores[key]

    def text(self, tpl: str, field: str) -> str:
        out: list[str] = []
        pos = 0
        length = 0
        for m in TOKEN_RE.finditer(tpl):
            lit = tpl[pos : m.start()]
            out.append(lit)
            length += len(lit)
            pos = m.end()
            if m.group(0).startswith("<<"):
                alias, slot, fmts, ref = m.group(1), m.group(2), m.group(3), m.group(4)
                if alias not in V.ALIASES:
                    raise ValueError(f"unknown alias {alias!r} in {tpl!r}")
                entity = V.ALIASES[alias]
                slot = slot or alias
                fmt = self.rng.choice(fmts.split("|")) if fmts else ""
                core = self._get_slot(entity, slot, alias, fmt, ref)
                ck = (entity, slot, fmt)
                if ck not in self.cache:
                    self.cache[ck] = V.render(
                        entity, core, fmt or ("full" if entity == "PERSON" else ""), self.rng, self.lang
                    )
                value, parts = self.cache[ck]
                lab: dict[str, Any] = {
                    "field": field,
                    "start": length,
                    "end": length + len(value),
                    "entity": entity,
                    "value": value,
                    "slot": f"{entity}:{slot}",
                }
                if parts:
                    lab["parts"] = parts
                self.labels.append(lab)
            else:
                kind, slot, literal = m.group(5), m.group(6), m.group(7)
                if literal is not None:
                    value = literal
                elif slot:
                    nk = (kind, slot)
                    if nk not in self.neg_slots:
                        self.neg_slots[nk] = V.negative_value(kind, self.lang, self.part, self.rng)
                    value = self.neg_slots[nk]
                else:
                    value = V.negative_value(kind, self.lang, self.part, self.rng)
                self.negatives.append(
                    {"field": field, "start": length, "end": length + len(value), "kind": kind, "value": value}
                )
            out.append(value)
            length += len(value)
        out.append(tpl[pos:])
        return "".join(out)


def _conflict(labels: list[dict[str, Any]], negatives: list[dict[str, Any]]) -> bool:
    """A negative must not be part of a PII value (or contain one): its count-based scoring would blur."""
    for n in negatives:
        nv = n["value"]
        for lab in labels:
            lv = lab["value"]
            if nv in lv or lv in nv:
                return True
    return False


def render_record(
    tpl: dict[str, Any],
    part: str,
    record_id: str,
    seed_key: str,
    extra_sources: dict[str, list[str]],
    extra_annotators: list[str],
) -> dict[str, Any]:
    lang = tpl["lang"]
    for attempt in range(50):
        rng = random.Random(f"{seed_key}|{attempt}")
        r = _Renderer(lang, part, rng)
        system = r.text(tpl["system"], "system") if tpl.get("system") else None
        instruction = r.text(tpl["instruction"], "instruction")
        inp = r.text(tpl.get("input", ""), "input")
        history = None
        if tpl.get("history"):
            history = [
                [r.text(u, f"history[{i}][0]"), r.text(a, f"history[{i}][1]")]
                for i, (u, a) in enumerate(tpl["history"])
            ]
        output = r.text(tpl["output"], "output")
        if tpl.get("source"):
            source = r.text(tpl["source"], "source_id")
        elif rng.random() < 0.3 and extra_sources.get(lang):
            source = r.text(rng.choice(extra_sources[lang]), "source_id")
        elif rng.random() < 0.5:
            source = f"src-{rng.getrandbits(40):010x}"
        else:
            source = None
        ann_tpls: list[str] | None = tpl.get("annotators")
        if ann_tpls is None and rng.random() < 0.35 and extra_annotators:
            ann_tpls = [rng.choice(extra_annotators) for _ in range(rng.randint(1, 3))]
            if rng.random() < 0.5:
                ann_tpls.append(f"ann_{rng.randint(1, 40):02d}")
        annotations = None
        if ann_tpls:
            annotations = []
            for k, at in enumerate(ann_tpls):
                # distinct annotators: slot name ANN becomes ann0, ann1, ... (one person per annotation)
                at = at.replace(".ANN", f".ann{k}")
                annotations.append(
                    {
                        "annotator_id": r.text(at, f"annotations[{k}].annotator_id"),
                        "label": rng.choice(ANNOTATION_LABELS),
                        "confidence": round(rng.uniform(0.5, 1.0), 2),
                    }
                )
        if not _conflict(r.labels, r.negatives):
            break
    else:  # pragma: no cover - would mean a template that always collides
        raise RuntimeError(f"template {tpl['id']} keeps producing negatives inside PII values")
    order = {"system": 0, "instruction": 1, "input": 2, "output": 4, "source_id": 5}

    def sort_key(x: dict[str, Any]) -> tuple[Any, ...]:
        f = x["field"]
        if f.startswith("history"):
            i, j = map(int, re.findall(r"\d+", f))
            return (3, i, j, x["start"])
        if f.startswith("annotations"):
            return (6, int(re.findall(r"\d+", f)[0]), 0, x["start"])
        return (order[f], 0, 0, x["start"])

    return {
        "record_id": record_id,
        "lang": lang,
        "instruction": instruction,
        "input": inp,
        "output": output,
        "system": system,
        "history": history,
        "source_id": source,
        "annotations": annotations,
        "template": tpl["id"],
        "part": part,
        "context": tpl["context"],
        "labels": sorted(r.labels, key=sort_key),
        "negatives": sorted(r.negatives, key=sort_key),
    }


def generate(part: str, n_records: int, seed: int, lang: str | None = None) -> list[dict[str, Any]]:
    """``n_records`` records from the templates of ``part`` (cycled in a seeded order)."""
    mod = load_templates(part)
    templates = [t for t in mod.TEMPLATES if lang is None or t["lang"] == lang]
    if not templates:
        raise ValueError(f"no templates for part={part} lang={lang}")
    sources = getattr(mod, "SOURCE_PATTERNS", {})
    annotators = getattr(mod, "ANNOTATOR_PATTERNS", [])
    out = []
    order: list[dict[str, Any]] = []
    for i in range(n_records):
        if i % len(templates) == 0:
            order = list(templates)
            random.Random(f"{seed}|{part}|{lang}|cycle{i // len(templates)}").shuffle(order)
        tpl = order[i % len(templates)]
        rid = f"pii-{part}-{tpl['lang']}-s{seed}-{i:06d}"
        out.append(render_record(tpl, part, rid, f"{seed}|{part}|{lang}|{i}", sources, annotators))
    return out


def write_jsonl(records: list[dict[str, Any]], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Generate the labelled PII evaluation corpus (JSONL).")
    ap.add_argument("--part", choices=PARTS, required=True)
    ap.add_argument("--n", type=int, default=1000, help="number of records")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--lang", choices=("zh", "en"), default=None, help="only this language")
    ap.add_argument("--out", type=Path, required=True)
    a = ap.parse_args(argv)
    recs = generate(a.part, a.n, a.seed, a.lang)
    write_jsonl(recs, a.out)
    print(
        f"wrote {len(recs)} records ({sum(len(r['labels']) for r in recs)} PII mentions, "
        f"{sum(len(r['negatives']) for r in recs)} hard negatives) to {a.out}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
