"""Dedup benchmarks: exact speed, near-duplicate speed and recall vs datasketch, injected-duplicate quality,
signature memory, and the duplicate counts of the real corpora in ``instruct/`` of the public data folder (bench/data/README.md).

Run from the repository root (results go to stdout as Markdown; paste them into docs/bench/dedup.md):

    flock /tmp/bench.lock .venv/bin/python bench/bench_dedup.py --part all

Parts: ``exact``, ``near``, ``inject``, ``corpora`` (comma-separated or ``all``).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
import pyarrow as pa

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.public_data import PUBLIC_DATA  # noqa: E402
from pipeline.config.dedup import DedupConfig  # noqa: E402
from pipeline.core.records import records_to_table  # noqa: E402
from pipeline.stages.dedup import minhash  # noqa: E402
from pipeline.stages.dedup.keys import build_keys  # noqa: E402
from pipeline.stages.dedup.stage import find_duplicates  # noqa: E402
from tests.support.dup_injector import EDITS, evaluate, inject_duplicates, to_record_rows  # noqa: E402

DATA = PUBLIC_DATA / "instruct"
ALPACA = DATA / "en" / "stanford_alpaca_data.json"


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def load_json_records(path: Path) -> tuple[list[dict], str]:
    """Records of an alpaca-style JSON array; a malformed file yields its valid prefix and a note."""
    text = path.read_text(encoding="utf-8")
    try:
        return json.loads(text), ""
    except json.JSONDecodeError as exc:
        dec = json.JSONDecoder()
        i = text.index("[") + 1
        out = []
        while True:
            while i < len(text) and text[i] in " \r\n\t,":
                i += 1
            try:
                obj, i = dec.raw_decode(text, i)
            except json.JSONDecodeError:
                break
            out.append(obj)
        return out, f"malformed JSON ({exc.msg} at line {exc.lineno}); valid prefix of {len(out)} records used"


def _history(h) -> list[list[str]] | None:
    if not h:
        return None
    out = []
    for pair in h:
        if isinstance(pair, (list, tuple)):
            out.append([str(x) for x in pair[:2]])
    return out or None


def to_table(records: list[dict], corpus: str, lang: str) -> pa.Table:
    rows = []
    for i, r in enumerate(records):
        rows.append(
            {
                "record_id": f"{corpus}-{i:06d}",
                "instruction": str(r.get("instruction") or ""),
                "input": str(r.get("input") or ""),
                "output": str(r.get("output") or ""),
                "history": _history(r.get("history")),
                "lang": lang,
            }
        )
    return records_to_table(to_record_rows(rows, corpus=corpus))


def best_of(fn, repeat: int):
    times, result = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return min(times), float(np.median(times)), result


# --- exact ---------------------------------------------------------------------------------------


def _cpu_best(fn, repeat: int) -> float:
    """Best process CPU time of ``fn`` (less sensitive than wall time to other processes on the machine)."""
    best = float("inf")
    for _ in range(repeat):
        c0 = time.process_time()
        fn()
        best = min(best, time.process_time() - c0)
    return best


def part_exact(repeat: int) -> None:
    recs, _ = load_json_records(ALPACA)
    t = to_table(recs, "alpaca", "en")
    n = t.num_rows
    cfg = DedupConfig(near=False)
    find_duplicates(t.slice(0, 100), cfg)  # warm tables
    kb, km, _ = best_of(lambda: build_keys(t, "prompt_response"), repeat)
    kc = _cpu_best(lambda: build_keys(t, "prompt_response"), repeat)
    b, m, out = best_of(lambda: find_duplicates(t, cfg), repeat)
    bc = _cpu_best(lambda: find_duplicates(t, cfg), repeat)
    print("\n### Exact dedup on Stanford Alpaca\n")
    print(f"records: {n:,}; exact duplicates found: {out.counters['exact_duplicates']}\n")
    print("| step | best wall s | median wall s | records/s (best wall) | best CPU s | records/s (CPU) |")
    print("|---|---|---|---|---|---|")
    print(f"| normalised keys (prompt_response) | {kb:.3f} | {km:.3f} | {n / kb:,.0f} | {kc:.3f} | {n / kc:,.0f} |")
    print(
        f"| exact dedup (keys + grouping + survivor choice) | {b:.3f} | {m:.3f} | {n / b:,.0f} | {bc:.3f} | {n / bc:,.0f} |"
    )


# --- near vs datasketch -----------------------------------------------------------------------------


def shingle_strings(keys: pa.Array, ngram_cjk: int, ngram_word: int) -> list[list[bytes]]:
    """The same shingles as pipeline.stages.dedup.minhash, as byte strings (the usual input of datasketch)."""
    tokens, offs = minhash.tokenize(keys)
    toks = tokens.to_pylist()
    _, is_cjk = minhash._token_hashes(tokens)
    cjk = is_cjk.tolist()
    out = []
    for r in range(len(offs) - 1):
        lo, hi = int(offs[r]), int(offs[r + 1])
        sh = set()
        for p in range(lo, hi):
            w = ngram_cjk if cjk[p] else ngram_word
            if p + w <= hi:
                sh.add(" ".join(toks[p : p + w]).encode("utf-8"))
        if not sh and hi > lo:
            sh.add(" ".join(toks[lo:hi]).encode("utf-8"))
        out.append(sorted(sh))
    return out


def run_datasketch(keys: pa.Array, cfg: DedupConfig, params: tuple[int, int] | None):
    from datasketch import MinHash, MinHashLSH

    sh = shingle_strings(keys, cfg.ngram_cjk, cfg.ngram_word)
    lsh = MinHashLSH(threshold=cfg.threshold, num_perm=cfg.num_perm, params=params)
    mins = []
    for i, s in enumerate(sh):
        m = MinHash(num_perm=cfg.num_perm, seed=cfg.seed)
        if s:
            m.update_batch(s)
            lsh.insert(i, m)
        mins.append(m)
    pairs = set()
    for i, s in enumerate(sh):
        if not s:
            continue
        for j in lsh.query(mins[i]):
            if j != i:
                pairs.add((min(i, j), max(i, j)))
    return np.array(sorted(pairs), dtype=np.int64).reshape(-1, 2), mins, lsh


def part_near(repeat: int) -> None:
    recs, _ = load_json_records(ALPACA)
    t = to_table(recs, "alpaca", "en")
    n = t.num_rows
    cfg = DedupConfig()
    keys = build_keys(t, cfg.key)
    # one key per exact group, as the stage does
    enc = keys.dictionary_encode()
    keys = enc.dictionary
    m = len(keys)

    def ours():
        return minhash.find_near_duplicates(
            keys,
            threshold=cfg.threshold,
            num_perm=cfg.num_perm,
            ngram_cjk=cfg.ngram_cjk,
            ngram_word=cfg.ngram_word,
            seed=cfg.seed,
        )

    minhash.find_near_duplicates(keys.slice(0, 50))  # warm
    b_ours, med_ours, res = best_of(ours, repeat)
    rss_ours = peak_mib()
    sh = res.shingles
    # Ground truth: a very generous LSH (a pair at the threshold is a candidate with p >= 0.9999),
    # every candidate verified with the exact Jaccard.
    bands, rows = minhash.lsh_params(cfg.threshold, cfg.num_perm, 0.9999)
    cand = minhash.lsh_candidates(res.signatures, bands, rows, skip=sh.sizes() == 0)
    js = minhash.jaccard_pairs(sh, cand)
    truth = {tuple(p) for p in cand[js >= cfg.threshold - 1e-12].tolist()}

    def verified(pairs: np.ndarray) -> set[tuple[int, int]]:
        if len(pairs) == 0:
            return set()
        j = minhash.jaccard_pairs(sh, pairs)
        return {tuple(p) for p in pairs[j >= cfg.threshold - 1e-12].tolist()}

    ours_found = {tuple(p) for p in res.pairs.tolist()}
    rows_out = []
    ds_results = {}
    ds_default = None
    for label, params in (
        ("datasketch, default bands (optimal_param)", None),
        (f"datasketch, same bands as ours {res.bands}x{res.rows}", (res.bands, res.rows)),
    ):
        b_ds, med_ds, (pairs, mins, lsh) = best_of(lambda p=params: run_datasketch(keys, cfg, p), 1)
        if ds_default is None:
            ds_default = (lsh.b, lsh.r)
        found = verified(pairs)
        ds_results[label] = (b_ds, med_ds, len(pairs), found)
        truth |= found
        del mins, lsh
    recall = lambda found: len(found & truth) / len(truth) if truth else 1.0  # noqa: E731
    rows_out.append(
        (
            f"instructflow (numpy MinHash {res.bands}x{res.rows} + exact verification)",
            b_ours,
            med_ours,
            res.candidate_pairs,
            len(ours_found),
            recall(ours_found),
        )
    )
    for label, (b_ds, med_ds, ncand, found) in ds_results.items():
        rows_out.append((label + " (+ same verification for recall)", b_ds, med_ds, ncand, len(found), recall(found)))
    sig_bytes = res.signatures.nbytes / max(1, res.signatures.shape[0])
    print("\n### Near-duplicate detection on Stanford Alpaca (side by side, one process)\n")
    print(
        f"records: {n:,} ({m:,} distinct normalised keys searched); num_perm {cfg.num_perm}; threshold {cfg.threshold}; "
        f"shingles: {cfg.ngram_word}-word / {cfg.ngram_cjk}-character; datasketch default bands: {ds_default[0]}x{ds_default[1]}"
    )
    print(f"true pairs (exact Jaccard >= {cfg.threshold}, union of all methods and a p>=0.9999 LSH): {len(truth)}\n")
    print("| method | best s | median s | candidate pairs | pairs >= threshold | recall | time / ours |")
    print("|---|---|---|---|---|---|---|")
    for label, b, med, ncand, nfound, rec in rows_out:
        print(f"| {label} | {b:.2f} | {med:.2f} | {ncand:,} | {nfound:,} | {rec:.4f} | {b / b_ours:.1f}x |")
    print(
        f"\nsignature memory: {sig_bytes:.0f} bytes per record (uint32 x {cfg.num_perm}); "
        f"datasketch MinHash keeps {cfg.num_perm * 8} bytes of uint64 hash values per record plus object overhead"
    )
    print(f"peak RSS after our run: {rss_ours:,.0f} MiB; after datasketch: {peak_mib():,.0f} MiB")


# --- injected duplicates --------------------------------------------------------------------------


def _dedup_base(t: pa.Table) -> list[dict]:
    out = find_duplicates(t, DedupConfig())
    keep = np.flatnonzero(out.duplicate_of == -1)
    return t.take(pa.array(keep)).select(["record_id", "instruction", "input", "output", "lang"]).to_pylist()


def part_inject(repeat: int, seed: int = 0) -> None:
    en, _ = load_json_records(ALPACA)
    zh = []
    for p in sorted((DATA / "zh").rglob("*.json")):
        recs, _ = load_json_records(p)
        zh += [r for r in recs if not r.get("history")]
    bases = {"en": _dedup_base(to_table(en, "alpaca", "en")), "zh": _dedup_base(to_table(zh, "zh", "zh"))}
    cfg = DedupConfig()
    print("\n### Injected duplicates, real corpora as the base\n")
    print(
        "Base: Stanford Alpaca (en) and every Chinese file in instruct/zh (records without history; the malformed "
        "file's valid prefix), each first de-duplicated with the default settings so the base has no duplicates of "
        "its own. Copies: 5% exact, 10% near (shares of the base) with 1-2 edits drawn from "
        f"{', '.join(EDITS)}; seed {seed}. `min tokens` restricts the originals to records with at least that many "
        "words + CJK characters, where one edit is a light edit. `recall J>=0.8` is the recall over the near copies "
        "whose true Jaccard similarity to their original is still at or above the threshold.\n"
    )
    print(
        "| lang | min tokens | base records | exact copies | near copies | recall exact | recall near | near copies with J>=0.8 | recall J>=0.8 | precision | removed | s |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    per_edit: dict[str, Counter] = defaultdict(Counter)
    for min_tokens in (0, 40):
        for lang, base in bases.items():
            inj = inject_duplicates(base, exact_rate=0.05, near_rate=0.10, seed=seed, min_tokens=min_tokens)
            t = records_to_table(to_record_rows(inj.records, corpus=lang))
            t0 = time.perf_counter()
            out = find_duplicates(t, cfg)
            dt = time.perf_counter() - t0
            ids = t.column("record_id").to_pylist()
            pos = {r: i for i, r in enumerate(ids)}
            pairs = [(ids[i], ids[j]) for i, j in enumerate(out.duplicate_of.tolist()) if j >= 0]
            s = evaluate(inj, pairs)["all"]
            cluster = {r: r for r in ids}
            for a, b in pairs:
                cluster[a] = b
            sh = minhash.shingle(build_keys(t, cfg.key), cfg.ngram_cjk, cfg.ngram_word)
            above = found_above = 0
            for rid, src in inj.source_of.items():
                if inj.kind_of[rid] != "near":
                    continue
                found = cluster[rid] == cluster[src]
                if minhash.jaccard(sh.of(pos[rid]), sh.of(pos[src])) >= cfg.threshold:
                    above += 1
                    found_above += found
                for e in set(inj.edits_of[rid]):
                    per_edit[f"{min_tokens}:{lang}:{e}"]["n"] += 1
                    per_edit[f"{min_tokens}:{lang}:{e}"]["found"] += found
            print(
                f"| {lang} | {min_tokens} | {len(base):,} | {int(s['copies_exact']):,} | {int(s['copies_near']):,} | "
                f"{s['recall_exact']:.4f} | {s['recall_near']:.4f} | {above:,} | {found_above / max(above, 1):.4f} | "
                f"{s['precision']:.4f} | {int(s['removed']):,} | {dt:.1f} |"
            )
    print("\nRecall of near copies by edit kind (a copy counts under each kind it received):\n")
    print("| edit | en, all | zh, all | en, >= 40 tokens | zh, >= 40 tokens |")
    print("|---|---|---|---|---|")
    for e in EDITS:
        cells = []
        for key in (f"0:en:{e}", f"0:zh:{e}", f"40:en:{e}", f"40:zh:{e}"):
            c = per_edit[key]
            cells.append(f"{c['found'] / c['n']:.4f} ({c['n']})" if c["n"] else "-")
        print(f"| {e} | " + " | ".join(cells) + " |")


# --- real corpora -------------------------------------------------------------------------------


def part_corpora(repeat: int) -> None:
    print("\n### Duplicates in the real corpora (default settings: key prompt_response, threshold 0.8)\n")
    print(
        "| corpus / file | records | distinct keys | exact duplicates | near duplicates | clusters | verified pairs | s |"
    )
    print("|---|---|---|---|---|---|---|---|")
    notes = []
    groups: dict[str, list[pa.Table]] = defaultdict(list)
    for path in sorted(DATA.rglob("*.json")):
        recs, note = load_json_records(path)
        rel = path.relative_to(DATA)
        lang = rel.parts[0]
        t = to_table(recs, path.stem[:40], lang)
        if note:
            notes.append(f"`{rel}`: {note}")
        t0 = time.perf_counter()
        out = find_duplicates(t, DedupConfig())
        dt = time.perf_counter() - t0
        c = out.counters
        print(
            f"| `{rel}` | {t.num_rows:,} | {out.n_groups:,} | {c['exact_duplicates']:,} | {c['near_duplicates']:,} | {c['clusters']:,} | {c['verified_pairs']:,} | {dt:.1f} |"
        )
        if len(rel.parts) > 2:
            groups[str(Path(*rel.parts[:2]))].append(t)
    for name, tables in groups.items():
        t = pa.concat_tables(tables)
        out = find_duplicates(t, DedupConfig())
        c = out.counters
        print(
            f"| **`{name}/` (all files together)** | {t.num_rows:,} | {out.n_groups:,} | {c['exact_duplicates']:,} | {c['near_duplicates']:,} | {c['clusters']:,} | {c['verified_pairs']:,} | |"
        )
    for note in notes:
        print(f"\nNote: {note}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--part", default="all")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    parts = ["exact", "near", "inject", "corpora"] if args.part == "all" else args.part.split(",")
    print(
        f"load average at start: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f}; cpus: {os.cpu_count()}"
    )
    for p in parts:
        {"exact": part_exact, "near": part_near, "inject": part_inject, "corpora": part_corpora}[p](args.repeat)
    print(f"\nload average at end: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
