"""The dedup stage: exact duplicates, near duplicates (MinHash + LSH + verification) and history duplicates.

1. Every record gets a normalised key (:mod:`pipeline.dedup_keys`; ``dedup.key`` chooses prompt or
   prompt + response). Records with the same key form an exact group.
2. History (``dedup.history.enabled``): a group whose key hash, or (``history.near``) whose MinHash
   signature, matches a record exported by an earlier dataset version is removed entirely with method
   ``history`` and ``duplicate_of`` the earlier record's id (:mod:`pipeline.dedup_history`).
3. Near duplicates (``dedup.near``): one key per remaining group is shingled and signed
   (:mod:`pipeline.minhash`); LSH candidates are verified with the exact Jaccard similarity of their
   shingle sets and verified pairs join groups transitively (union-find).
4. In every cluster one record survives, chosen by ``dedup.survivor`` (default: most annotations,
   longest output, highest corpus priority, smallest record id). Every other member goes to
   ``StageResult.duplicates`` with ``duplicate_of`` = the survivor, method ``exact`` (same key as the
   survivor, similarity 1.0) or ``near`` (similarity = exact Jaccard with the survivor, which can be
   below the threshold for a member linked through a chain).

What is kept does not depend on the order of the input rows, and running the stage on its own output
removes nothing more. Only record ids and numbers reach the report and the counters.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from pipeline.config.dedup import DedupConfig
from pipeline.dedup_keys import build_keys, key_hashes
from pipeline.records import DUPLICATE_SCHEMA
from pipeline.stage import StageContext, StageResult

STAGE = "dedup"
METHODS: tuple[str, ...] = ("exact", "near", "history")
"""Values of the ``method`` column of the duplicates table."""


def survivor_rank(table: pa.Table, criteria: tuple[str, ...], priority_of: Any = None) -> np.ndarray:
    """Rank of every record (0 = preferred survivor) by the ordered ``criteria``; ``record_id`` breaks ties.

    ``priority_of(corpus) -> int`` gives a corpus's priority (higher preferred).
    """
    n = table.num_rows
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    id_rank = np.empty(n, dtype=np.int64)
    id_rank[pc.sort_indices(table.column("record_id")).to_numpy()] = np.arange(n)
    keys: list[np.ndarray] = []
    for name in criteria:
        if name == "annotations":
            if "annotations" in table.column_names:
                v = pc.fill_null(pc.list_value_length(table.column("annotations")), 0).to_numpy()
            else:
                v = np.zeros(n, dtype=np.int64)
            keys.append(-v.astype(np.int64))
        elif name == "output_length":
            keys.append(-pc.fill_null(pc.utf8_length(table.column("output")), 0).to_numpy().astype(np.int64))
        elif name == "corpus_priority":
            enc = pc.fill_null(table.column("corpus"), "").combine_chunks().dictionary_encode()
            names = enc.dictionary.to_pylist()
            pri = np.array([int(priority_of(c)) if priority_of else 0 for c in names] or [0], dtype=np.int64)
            keys.append(-pri[enc.indices.to_numpy()])
        elif name == "record_id":
            keys.append(id_rank)
    keys.append(id_rank)
    order = np.lexsort(tuple(reversed(keys)))
    rank = np.empty(n, dtype=np.int64)
    rank[order] = np.arange(n)
    return rank


@dataclass
class DedupOutcome:
    """Per-record decision of the dedup stage.

    ``duplicate_of[i]`` is -1 for kept records, else the survivor's row index (or, for history
    duplicates, ``-2`` with the earlier record id in ``history_id``).
    """

    duplicate_of: np.ndarray
    method: list[str | None]
    similarity: np.ndarray
    history_id: list[str | None]
    counters: dict[str, int]
    report: dict[str, Any]
    keys: pa.Array | None = None
    signatures: np.ndarray | None = None
    group_of: np.ndarray | None = None


def find_duplicates(table: pa.Table, cfg: DedupConfig, *, priority_of: Any = None, history: Any = None) -> DedupOutcome:
    """Decide, for every record of ``table``, whether it is kept or a duplicate of which record.

    ``history`` is a loaded :class:`pipeline.dedup_history.HistoryIndex` (or None).
    """
    from pipeline import minhash

    n = table.num_rows
    dup_of = np.full(n, -1, dtype=np.int64)
    method: list[str | None] = [None] * n
    sim = np.zeros(n, dtype=np.float64)
    hist_id: list[str | None] = [None] * n
    counters = {
        "exact_duplicates": 0,
        "near_duplicates": 0,
        "history_duplicates": 0,
        "clusters": 0,
        "candidate_pairs": 0,
        "verified_pairs": 0,
    }
    report: dict[str, Any] = {"key": cfg.key, "threshold": cfg.threshold, "num_perm": cfg.num_perm}
    if n == 0:
        return DedupOutcome(dup_of, method, sim, hist_id, counters, report)
    rank = survivor_rank(table, cfg.survivor, priority_of)
    keys = build_keys(table, cfg.key)
    group = keys.dictionary_encode().indices.to_numpy().astype(np.int64) if cfg.exact else np.arange(n, dtype=np.int64)
    n_groups = int(group.max()) + 1
    # Representative of each group: its best-ranked member (all members share the key).
    order = np.lexsort((rank, group))
    first = np.ones(n, dtype=bool)
    first[1:] = group[order][1:] != group[order][:-1]
    rep = np.empty(n_groups, dtype=np.int64)
    rep[group[order][first]] = order[first]
    need_sig = cfg.near or (history is not None and cfg.history.near)
    rep_keys = keys.take(pa.array(rep)) if (need_sig or history is not None) else None
    sh = sig = None
    if need_sig:
        sh = minhash.shingle(rep_keys, cfg.ngram_cjk, cfg.ngram_word)
        sig = minhash.signatures(sh, cfg.num_perm, cfg.seed)
    alive = np.ones(n_groups, dtype=bool)
    if history is not None:
        hist_match = history.match(
            key_hashes(rep_keys), sig if cfg.history.near else None, sh.sizes() if sh is not None else None
        )
        if hist_match:
            matched = np.fromiter(hist_match, dtype=np.int64, count=len(hist_match))
            alive[matched] = False
            for m in np.flatnonzero(~alive[group]).tolist():
                hid, hsim = hist_match[int(group[m])]
                dup_of[m] = -2
                method[m] = "history"
                sim[m] = hsim
                hist_id[m] = hid
        counters["history_duplicates"] = int((~alive[group]).sum())
    # Near-duplicate clusters of the surviving groups.
    label = np.arange(n_groups, dtype=np.int64)
    if cfg.near and n_groups > 1:
        live = np.flatnonzero(alive)
        sub_sh = minhash.Shingles(*_subset_shingles(sh, live))
        sub_sig = sig[live]
        bands, rows = minhash.lsh_params(cfg.threshold, cfg.num_perm, cfg.lsh_recall)
        cand = minhash.lsh_candidates(
            sub_sig,
            bands,
            rows,
            order_key=rank[rep[live]],
            max_bucket_size=cfg.max_bucket_size,
            skip=sub_sh.sizes() == 0,
        )
        est = minhash.estimated_jaccard(sub_sig, sub_sig, cand)
        maybe = cand[est >= cfg.threshold - minhash.verification_margin(cfg.threshold, cfg.num_perm)]
        js = minhash.jaccard_pairs(sub_sh, maybe)
        verified = maybe[js >= cfg.threshold - 1e-12]
        counters["candidate_pairs"] = len(cand)
        counters["verified_pairs"] = len(verified)
        sub_label = minhash.clusters(len(live), verified)
        label[live] = live[sub_label]
        report["lsh"] = {"bands": bands, "rows": rows}
    # Survivor of each cluster: best-ranked representative of its alive groups.
    rec_label = label[group]
    alive_rec = alive[group]
    idx = np.flatnonzero(alive_rec)
    cl = rec_label[idx]
    o = np.lexsort((rank[idx], cl))
    head = np.ones(o.size, dtype=bool)
    head[1:] = cl[o][1:] != cl[o][:-1]
    survivor_of_label = np.full(n_groups, -1, dtype=np.int64)
    survivor_of_label[cl[o][head]] = idx[o][head]
    sizes = np.bincount(cl, minlength=n_groups) if cl.size else np.zeros(0, dtype=np.int64)
    counters["clusters"] = int((sizes >= 2).sum())
    surv = survivor_of_label[cl]
    gone = surv != idx
    removed, by = idx[gone], surv[gone]
    dup_of[removed] = by
    exact = group[removed] == group[by]
    sim[removed[exact]] = 1.0
    for i in removed[exact].tolist():
        method[i] = "exact"
    counters["exact_duplicates"] = int(exact.sum())
    jac_cache: dict[tuple[int, int], float] = {}
    for i, s in zip(removed[~exact].tolist(), by[~exact].tolist(), strict=True):
        gi, gs = int(group[i]), int(group[s])
        if (gi, gs) not in jac_cache:
            jac_cache[(gi, gs)] = minhash.jaccard(sh.of(gi), sh.of(gs))
        method[i] = "near"
        sim[i] = jac_cache[(gi, gs)]
    counters["near_duplicates"] = int((~exact).sum())
    return DedupOutcome(dup_of, method, sim, hist_id, counters, report, keys=rep_keys, signatures=sig, group_of=group)


def _subset_shingles(sh: Any, idx: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Values and offsets of the shingle sets of records ``idx`` (in that order)."""
    starts = sh.offsets[idx]
    ends = sh.offsets[idx + 1]
    lens = ends - starts
    offsets = np.concatenate(([0], np.cumsum(lens))).astype(np.int64)
    if lens.sum() == 0:
        return np.zeros(0, dtype=np.uint32), offsets
    take = np.repeat(starts - offsets[:-1], lens) + np.arange(offsets[-1])
    return sh.values[take], offsets


def _duplicates_table(table: pa.Table, out: DedupOutcome) -> pa.Table:
    removed = np.flatnonzero(out.duplicate_of != -1)
    if removed.size == 0:
        return DUPLICATE_SCHEMA.empty_table()
    ids = table.column("record_id").to_pylist()
    sub = table.select(["record_id", "corpus", "source_file", "source_index"]).take(pa.array(removed))
    dup_of = [out.history_id[i] if out.duplicate_of[i] == -2 else ids[out.duplicate_of[i]] for i in removed.tolist()]
    dups = pa.table(
        {
            "record_id": sub.column("record_id"),
            "duplicate_of": pa.array(dup_of, type=pa.string()),
            "method": pa.array([out.method[i] for i in removed.tolist()], type=pa.string()),
            "similarity": pa.array(np.round(out.similarity[removed], 6), type=pa.float64()),
            "corpus": sub.column("corpus"),
            "source_file": sub.column("source_file"),
            "source_index": sub.column("source_index"),
        }
    ).cast(DUPLICATE_SCHEMA)
    return dups.sort_by([("record_id", "ascending")])


def run(table: pa.Table, ctx: StageContext) -> StageResult:
    """Remove exact, near and (optionally) history duplicates from ``table``; see the module docstring."""
    cfg = ctx.config.dedup
    n = table.num_rows
    if not cfg.enabled:
        return StageResult(kept=table, counters={"skipped": 1}, report={"enabled": False})
    ctx.progress.start(STAGE, total=n)
    history = None
    history_on = cfg.history.enabled == "on"
    if history_on and ctx.build != "full_rebuild":  # a full rebuild does not depend on earlier exports
        from pipeline.dedup_history import HistoryIndex, history_dir

        if ctx.build == "incremental":  # records of earlier versions are not published again
            history = HistoryIndex.load(history_dir(ctx.config), cfg, exclude_run=ctx.run_id)
        else:
            history = HistoryIndex.load(history_dir(ctx.config), cfg, exclude_ids=table.column("record_id"))
    out = find_duplicates(table, cfg, priority_of=lambda c: ctx.config.ingest.corpus(c).priority, history=history)
    ctx.progress.advance(n)
    ctx.progress.finish()
    kept_mask = out.duplicate_of == -1
    kept = table.filter(pa.array(kept_mask))
    report = dict(out.report)
    report["history"] = {
        "enabled": history_on,
        "build": ctx.build,
        "records": len(history) if history is not None else 0,
    }
    if history_on and n:
        from pipeline.dedup_history import write_pending

        kept_idx = np.flatnonzero(kept_mask)
        group = out.group_of[kept_idx]
        write_pending(
            ctx.artifact_path("dedup", "history_pending.parquet"),
            record_ids=table.column("record_id").take(pa.array(kept_idx)),
            key_hashes=key_hashes(out.keys)[group],
            signatures=out.signatures[group] if out.signatures is not None else None,
        )
    return StageResult(kept=kept, duplicates=_duplicates_table(table, out), counters=dict(out.counters), report=report)
