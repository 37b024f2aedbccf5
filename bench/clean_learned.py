"""Train and evaluate the learned junk score of the clean stage (``learned_junk``, docs/CLEAN.md).

    .venv/bin/python bench/clean_learned.py evaluate     # leave-one-author-out figures (nothing written)
    .venv/bin/python bench/clean_learned.py train        # writes pipeline/defaults/learned_junk.json

Training data: the labelled parts of ``bench/clean_eval`` (dev and heldout: hand-labelled real records
and generated junk; heldout2 … heldout11: generated junk and authored good look-alikes; twelve
junk authors in all, every part that is no longer held out; a blind part joins ``PARTS`` only once a round
has read it) plus good real records as negatives: records of Stanford Alpaca and the Chinese corpora
(``bench/public_data.py``) that the rules keep, from the half of the corpora whose
``crc32(file#index)`` is even, at most 15,000 (seeded choice). The odd half is never trained on: the
share of it the model flags is the corpora figure.

Leave one author out: for each of heldout2 … heldout11 (written by different people from
different templates), a fold trains on every other part (+ corpora) and scores that part, so each fold
measures junk written by an author the model never saw.
"Caught" counts records the rules reject or hold for review, plus records the model flags (>= the
review threshold) among those the rules keep; "good flagged" counts good records the rules keep that the
model sends to review / rejects.

Deterministic: scikit-learn's GradientBoostingClassifier with ``random_state=0``, inputs in a fixed
order. The model file holds numbers only (feature ranges, tree comparisons and leaf values), no text.
"""

from __future__ import annotations

import argparse
import json
import sys
import zlib
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench" / "clean_eval"))

SEED = 0
TREES = 100
DEPTH = 3
LEARNING_RATE = 0.2
MAX_CORPUS_NEGATIVES = 15_000
PARTS = ("dev", "heldout", *(f"heldout{n}" for n in range(2, 14)))
AUTHORS = tuple(f"heldout{n}" for n in range(2, 14))
"""Parts written by one new author each (generated junk and authored good look-alikes): the folds."""
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.97, 0.99)
OUT = ROOT / "pipeline" / "defaults" / "learned_junk.json"


def features_of(rows: list[dict[str, Any]]) -> tuple[np.ndarray, list[str], np.ndarray]:
    """(feature matrix as the clean stage computes it, rule outcome per row, rows the learned filter skips).

    The stage does not score asked-for repetition (``repeat_fits``, docs/CLEAN.md): those rows are never flagged.
    """
    from clean_quality import clean_records

    from pipeline.config.clean import CleanConfig
    from pipeline.stages.clean.learned.features import feature_matrix
    from pipeline.stages.clean.signals.record import batch_signals
    from pipeline.stages.clean.stage import RecordCleaner

    cfg = CleanConfig(filters=[f for f in CleanConfig().filters if f != "learned_junk"])
    cleaner = RecordCleaner(cfg)
    ins, inp, out = [], [], []
    for r in rows:
        f, _, _ = cleaner.clean_fields(
            {
                "instruction": str(r.get("instruction") or ""),
                "input": str(r.get("input") or ""),
                "output": str(r.get("output") or ""),
                "system": None,
                "history": None,
            }
        )
        ins.append(f["instruction"])
        inp.append(f["input"])
        out.append(f["output"])
    sig = batch_signals(ins, inp, out, None, cleaner.signal_settings)
    outcome, _ = clean_records(rows, cfg)
    rules = [outcome.get(i, ("kept", "", ""))[0] for i in range(len(rows))]
    return feature_matrix(ins, inp, out, sig), rules, np.array([s.repeat_fits for s in sig], dtype=bool)


AUGMENT_PER_KIND = 300
"""Corrupted copies of even-half corpus records per kind of corruption and language (``--augment``)."""


def corruptions(rows: list[dict[str, Any]], seed: int = SEED) -> list[dict[str, Any]]:
    """Junk made mechanically from good records, without any phrase: the same shapes whoever writes junk.

    Per language and kind, ``AUGMENT_PER_KIND`` records: ``swap`` (the answer of another record: off
    topic), ``cut`` (stopped at a random character between 30 % and 80 % of the answer), ``escape``
    (percent-encoded, JSON ``\\u`` escapes or HTML numeric references), ``codec`` (UTF-8 bytes read as GBK,
    Shift-JIS, EUC-KR or Big5: mojibake that ftfy does not repair), ``repeat`` (the answer or its first
    sentence said 3-8 times).
    """
    import html
    import random
    import re
    import urllib.parse

    rng = random.Random(seed)
    out: list[dict[str, Any]] = []
    for lang in ("en", "zh"):
        pool = [r for r in rows if r["lang"] == lang and len(str(r.get("output") or "")) >= 40]
        for kind in ("swap", "cut", "escape", "codec", "repeat"):
            for _ in range(AUGMENT_PER_KIND):
                r = rng.choice(pool)
                text = str(r["output"])
                if kind == "swap":
                    text = str(rng.choice(pool)["output"])
                elif kind == "cut":
                    text = text[: int(len(text) * rng.uniform(0.3, 0.8))]
                elif kind == "escape":
                    how = rng.randrange(3)
                    if how == 0:
                        text = urllib.parse.quote(text, safe="" if rng.random() < 0.5 else " ")
                    elif how == 1:
                        text = json.dumps(text)[1:-1] if lang == "en" else json.dumps(text, ensure_ascii=True)[1:-1]
                    else:
                        text = "".join(f"&#{ord(c)};" if ord(c) > 127 or c in "'\"<>" else c for c in text)
                        text = html.escape(text) if rng.random() < 0.5 else text
                elif kind == "codec":
                    codec = rng.choice(["gbk", "shift_jis", "euc_kr", "big5"])
                    text = text.encode("utf-8").decode(codec, errors="replace")
                else:
                    first = re.split(r"(?<=[.!?。！？])\s*", text, maxsplit=1)[0]
                    unit = first if rng.random() < 0.5 else text
                    text = ("\n" if "\n" in text else " ").join([unit] * rng.randint(3, 8))
                out.append({**r, "output": text, "junk": True, "junk_kind": f"aug_{kind}"})
    return out


def load_data(augment: bool = False) -> dict[str, dict[str, Any]]:
    """Rows, labels, rule outcomes and features of every part and of the corpora."""
    from clean_quality import corpus_records
    from load import load

    from bench.bench_clean import ALPACA, ZH_FILES
    from bench.public_data import PUBLIC_DATA

    data: dict[str, dict[str, Any]] = {}
    for part in PARTS:
        rows = load(part)
        x, rules, exempt = features_of(rows)
        data[part] = {
            "rows": rows,
            "x": x,
            "rules": rules,
            "exempt": exempt,
            "y": np.array([bool(r["junk"]) for r in rows]),
        }
        print(f"{part}: {len(rows)} records", file=sys.stderr)
    rows, halves = [], []
    alpaca = str(ALPACA.relative_to(PUBLIC_DATA))
    for rel, i, r in corpus_records([ALPACA, *ZH_FILES]):
        rows.append({**r, "lang": "en" if rel == alpaca else "zh"})
        halves.append(zlib.crc32(f"{rel}#{i}".encode()) % 2)
    x, rules, exempt = features_of(rows)
    data["corpora"] = {"rows": rows, "x": x, "rules": rules, "exempt": exempt, "half": np.array(halves)}
    print(f"corpora: {len(rows)} records", file=sys.stderr)
    if augment:
        aug = corruptions([r for r, h in zip(rows, halves) if h == 0])
        x, rules, _ = features_of(aug)
        data["augment"] = {"rows": aug, "x": x, "rules": rules, "y": np.ones(len(aug), dtype=bool)}
        print(f"augment: {len(aug)} records", file=sys.stderr)
    return data


def fit(data: dict[str, dict[str, Any]], parts: tuple[str, ...]) -> dict[str, Any]:
    """Train on ``parts`` + the even corpora half; return the model as the JSON document the stage reads."""
    from sklearn.ensemble import GradientBoostingClassifier

    from pipeline.stages.clean.learned.features import FEATURE_NAMES
    from pipeline.stages.clean.learned.model import FORMAT, JunkModel

    corp = data["corpora"]
    good = np.flatnonzero((np.array(corp["rules"]) == "kept") & (corp["half"] == 0))
    good = np.sort(np.random.default_rng(SEED).choice(good, min(len(good), MAX_CORPUS_NEGATIVES), replace=False))
    ref = corp["x"][good]
    lo, hi = np.quantile(ref, 0.001, axis=0), np.quantile(ref, 0.999, axis=0)
    extra = ("augment",) if "augment" in data else ()
    xs = [data[p]["x"] for p in (*parts, *extra)] + [ref]
    ys = [data[p]["y"] for p in (*parts, *extra)] + [np.zeros(len(good), dtype=bool)]
    shell = JunkModel(FEATURE_NAMES, lo, hi, 0.0, DEPTH, np.zeros((0, 7), int), np.zeros((0, 7)), np.zeros((0, 8)))
    x = shell.extend(np.vstack(xs))
    y = np.concatenate(ys)
    clf = GradientBoostingClassifier(
        n_estimators=TREES, max_depth=DEPTH, learning_rate=LEARNING_RATE, subsample=0.8, random_state=SEED
    ).fit(x, y)
    feats, thrs, leaves = [], [], []
    for est in clf.estimators_[:, 0]:
        f, t, v = _complete(est.tree_, DEPTH)
        feats.append(f)
        thrs.append(t)
        leaves.append([LEARNING_RATE * value for value in v])
    prior = float(y.mean())
    doc = {
        "format": FORMAT,
        "note": "numeric weights over numeric features only; trained by bench/clean_learned.py train",
        "features": list(FEATURE_NAMES),
        "langs": ["en", "zh"],
        "range_lo": lo.tolist(),
        "range_hi": hi.tolist(),
        "bias": float(np.log(prior / (1 - prior))),
        "depth": DEPTH,
        "tree_feature": feats,
        "tree_threshold": thrs,
        "tree_leaf": leaves,
    }
    model = _model(doc)
    check = x[:: max(1, len(x) // 5000)]
    diff = np.abs(model.scores(check[:, : len(FEATURE_NAMES)]) - clf.predict_proba(check)[:, 1]).max()
    if diff > 1e-6:
        raise SystemExit(f"exported trees disagree with scikit-learn (max difference {diff:.2e})")
    return doc


_ALWAYS_LEFT = 1e300


def _complete(tree: Any, depth: int) -> tuple[list[int], list[float], list[float]]:
    """A scikit-learn tree as complete breadth-first arrays (a shallow leaf repeats its value below)."""
    nodes = 2**depth - 1
    feature = [0] * nodes
    threshold = [_ALWAYS_LEFT] * nodes
    leaf = [0.0] * (2**depth)

    def walk(sk: int, pos: int, level: int) -> None:
        if level == depth:
            leaf[pos - nodes] = float(tree.value[sk][0][0])
            return
        if tree.children_left[sk] == -1:
            walk(sk, 2 * pos + 1, level + 1)
            walk(sk, 2 * pos + 2, level + 1)
            return
        feature[pos] = int(tree.feature[sk])
        threshold[pos] = float(tree.threshold[sk])
        walk(int(tree.children_left[sk]), 2 * pos + 1, level + 1)
        walk(int(tree.children_right[sk]), 2 * pos + 2, level + 1)

    walk(0, 0, 0)
    return feature, threshold, leaf


def _model(doc: dict[str, Any]) -> Any:
    import tempfile

    from pipeline.stages.clean.learned.model import load_model

    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as fh:
        json.dump(doc, fh)
    return load_model(fh.name)


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:.2f} %" if b else "-"


def report_fold(data: dict[str, dict[str, Any]], train: tuple[str, ...], test: str) -> None:
    """Print caught / flagged per threshold for one leave-one-author-out fold."""
    model = _model(fit(data, train))
    d = data[test]
    s = model.scores(d["x"])
    rules = np.array(d["rules"])
    kept = rules == "kept"
    scored = kept & ~d["exempt"]  # the stage skips asked-for repetition
    corp = data["corpora"]
    odd = (np.array(corp["rules"]) == "kept") & ~corp["exempt"] & (corp["half"] == 1)
    cs = model.scores(corp["x"][odd])
    langs = np.array([r["lang"] for r in d["rows"]])
    y = d["y"]
    print(f"\n#### Fold: train {' + '.join(train)} (+ corpora, even half); score {test}\n")
    print("| threshold | junk caught en | junk caught zh | good flagged | corpora (odd half) flagged |")
    print("|---|---|---|---|---|")
    base = [f"{_pct(int((y & ~kept & (langs == lg)).sum()), int((y & (langs == lg)).sum()))}" for lg in ("en", "zh")]
    print(f"| rules only | {base[0]} | {base[1]} | {int((~y & (rules == 'rejected')).sum())} rejected | - |")
    for t in THRESHOLDS:
        flag = scored & (s >= t)
        cells = []
        for lg in ("en", "zh"):
            j = y & (langs == lg)
            cells.append(_pct(int((j & (~kept | flag)).sum()), int(j.sum())))
        g = int((~y & flag).sum())
        print(
            f"| {t:.2f} | {cells[0]} | {cells[1]} | {g} of {int((~y).sum())} ({_pct(g, int((~y).sum()))}) | "
            f"{int((cs >= t).sum())} of {len(cs):,} ({_pct(int((cs >= t).sum()), len(cs))}) |"
        )


def main() -> int:
    """Parse arguments; evaluate (leave one author out) or train and write the model file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["evaluate", "train"])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument(
        "--augment", action="store_true", help="add mechanically corrupted corpus records as junk (see corruptions)"
    )
    parser.add_argument("--only", nargs="+", choices=AUTHORS, help="evaluate only these folds (default: all)")
    parser.add_argument("--cache", type=Path, help="pickle the computed features here and reuse them (bench only)")
    args = parser.parse_args()
    if args.cache is not None and args.cache.is_file():
        import pickle

        data = pickle.loads(args.cache.read_bytes())
        if not args.augment:
            data.pop("augment", None)
    else:
        data = load_data(args.augment)
        if args.cache is not None:
            import pickle

            args.cache.write_bytes(pickle.dumps(data))
    if args.command == "evaluate":
        for test in args.only or AUTHORS:
            report_fold(data, tuple(p for p in PARTS if p != test), test)
        return 0
    doc = fit(data, PARTS)
    args.out.write_text(json.dumps(doc, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size:,} bytes, {len(doc['tree_leaf'])} trees)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
