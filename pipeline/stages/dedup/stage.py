"""The dedup stage: exact duplicates, near duplicates (MinHash + LSH + verification) and history duplicates.

1. Every record gets a normalised key (:mod:`pipeline.stages.dedup.keys`; ``dedup.key`` chooses prompt or
   prompt + response). Records with the same key form an exact group.
2. History (``dedup.history.enabled``): a group whose key hash, or (``history.near``) whose MinHash
   signature, matches a record exported by an earlier dataset version is removed entirely with method
   ``history`` and ``duplicate_of`` the earlier record's id (:mod:`pipeline.stages.dedup.history`).
3. Near duplicates (``dedup.near``): one key per remaining group is shingled and signed
   (:mod:`pipeline.stages.dedup.minhash`); LSH candidates are verified with the exact Jaccard similarity of their
   shingle sets and verified pairs join groups transitively (union-find).
4. In every cluster one record survives, chosen by ``dedup.survivor`` (default: most annotations,
   longest output, highest corpus priority, smallest record id). Every other member goes to
   ``StageResult.duplicates`` with ``duplicate_of`` = the survivor, method ``exact`` (same key as the
   survivor, similarity 1.0) or ``near`` (similarity = exact Jaccard with the survivor, which can be
   below the threshold for a member linked through a chain).

What is kept does not depend on the order of the input rows, and running the stage on its own output
removes nothing more. Only record ids and numbers reach the report and the counters.

The stage runs in three phases so it scales past one machine's memory: :func:`shard_features`
(per shard, in parallel: key hash, survivor criteria and MinHash signature of each record; no
text), :func:`plan` (once, over the features of every shard: exact groups by key hash, history,
LSH buckets across shards, verification re-reading only the text of candidate pairs, survivors)
and :meth:`DedupPlan.apply` (per shard: remove the duplicates). :func:`run` does the three on one
table; :func:`pipeline.runtime.steps.run_stage` does them over the shards of a run directory.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from pipeline.config.dedup import DedupConfig
from pipeline.core.records import DUPLICATE_SCHEMA
from pipeline.core.source import RecordSource, TableSource
from pipeline.core.stage import Counters, PhasedStage, StageContext, StageResult, run_phases
from pipeline.stages.dedup.history import PENDING_PATH
from pipeline.stages.dedup.keys import _view, build_keys, key_hashes

if TYPE_CHECKING:
    from pipeline.stages.dedup.history import HistoryIndex
    from pipeline.stages.dedup.minhash import Shingles

STAGE = "dedup"
METHODS: tuple[str, ...] = ("exact", "near", "history")
"""Values of the ``method`` column of the duplicates table."""


def survivor_rank(
    table: pa.Table, criteria: tuple[str, ...], priority_of: Callable[[str], int] | None = None
) -> np.ndarray:
    """Rank of every record (0 = preferred survivor) by the ordered ``criteria``; ``record_id`` breaks ties.

    ``priority_of(corpus) -> int`` gives a corpus's priority (higher preferred).
    """
    n = table.num_rows
    if "annotations" in table.column_names and n:
        n_ann = pc.fill_null(pc.list_value_length(table.column("annotations")), 0).to_numpy()
    else:
        n_ann = np.zeros(n, dtype=np.int64)
    out_len = pc.fill_null(pc.utf8_length(table.column("output")), 0).to_numpy() if n else np.zeros(0, np.int64)
    return _rank(table.column("record_id"), n_ann, out_len, table.column("corpus"), criteria, priority_of)


def _rank(
    record_id: pa.Array | pa.ChunkedArray,
    n_ann: np.ndarray,
    out_len: np.ndarray,
    corpus: pa.Array | pa.ChunkedArray,
    criteria: tuple[str, ...],
    priority_of: Callable[[str], int] | None,
) -> np.ndarray:
    n = len(record_id)
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    id_rank = np.empty(n, dtype=np.int64)
    id_rank[pc.sort_indices(record_id).to_numpy()] = np.arange(n)
    keys: list[np.ndarray] = []
    for name in criteria:
        if name == "annotations":
            keys.append(-np.asarray(n_ann).astype(np.int64))
        elif name == "output_length":
            keys.append(-np.asarray(out_len).astype(np.int64))
        elif name == "corpus_priority":
            col = corpus.combine_chunks() if isinstance(corpus, pa.ChunkedArray) else corpus
            enc = col.fill_null("").dictionary_encode()
            names = cast("list[str]", enc.dictionary.to_pylist())  # nulls were filled
            pri = np.array([int(priority_of(c)) if priority_of else 0 for c in names] or [0], dtype=np.int64)
            keys.append(-pri[enc.indices.to_numpy()])
        elif name == "record_id":
            keys.append(id_rank)
    keys.append(id_rank)
    order = np.lexsort(tuple(reversed(keys)))
    rank = np.empty(n, dtype=np.int64)
    rank[order] = np.arange(n)
    return rank


FEATURE_COLUMNS = ("record_id", "key_hash", "n_annotations", "output_length", "corpus", "shingle_count", "signature")
"""Columns of a shard's dedup features (phase 1): all the global decision needs besides the text."""


def _features_schema() -> pa.Schema:
    fields: list[pa.Field] = [
        pa.field("record_id", pa.string()),
        pa.field("key_hash", pa.uint64()),
        pa.field("n_annotations", pa.int64()),
        pa.field("output_length", pa.int64()),
        pa.field("corpus", pa.string()),
        pa.field("shingle_count", pa.int64()),
        pa.field("signature", pa.binary()),
    ]
    return pa.schema(fields)


def _needs_signatures(cfg: DedupConfig) -> bool:
    return cfg.near or (cfg.history.enabled == "on" and cfg.history.near)


FEATURE_BATCH = 8192
"""Records shingled at once: the per-token arrays of a batch take ~100-300 MB, whatever the shard size."""


def features(table: pa.Table, cfg: DedupConfig) -> pa.Table:
    """Phase 1, one shard at a time: the key hash, survivor criteria and MinHash signature of each record.

    The signature (``num_perm`` × uint32, little-endian) is empty when neither near-duplicate search
    nor near history matching is on. Nothing of the text is kept but hashes and counts. Every value
    depends on its own record only, so the shard is processed in batches of :data:`FEATURE_BATCH`.
    """
    n = table.num_rows
    if n == 0:
        return _features_schema().empty_table()
    if n > FEATURE_BATCH:
        parts = [_features(table.slice(i, FEATURE_BATCH), cfg) for i in range(0, n, FEATURE_BATCH)]
        return pa.concat_tables(parts).combine_chunks()
    return _features(table, cfg)


def _features(table: pa.Table, cfg: DedupConfig) -> pa.Table:
    from pipeline.stages.dedup import minhash

    n = table.num_rows
    keys = build_keys(table, cfg.key)
    if "annotations" in table.column_names:
        n_ann = pc.fill_null(pc.list_value_length(table.column("annotations")), 0)
    else:
        n_ann = pa.array(np.zeros(n, dtype=np.int64))
    if _needs_signatures(cfg):
        sh = minhash.shingle(keys, cfg.ngram_cjk, cfg.ngram_word)
        sig = minhash.signatures(sh, cfg.num_perm, cfg.seed)
        width = sig.shape[1] * 4
        sig_col = pa.Array.from_buffers(
            pa.binary(),
            n,
            [None, pa.py_buffer(np.arange(n + 1, dtype=np.int32) * width), pa.py_buffer(sig.astype("<u4").tobytes())],
        )
        counts = sh.sizes().astype(np.int64)
    else:
        sig_col = pa.array([b""] * n, type=pa.binary())
        counts = np.zeros(n, dtype=np.int64)
    return pa.Table.from_pydict(  # what pa.table does with a dict (whose stubs take no ChunkedArray)
        {
            "record_id": table.column("record_id").cast(pa.string()),
            "key_hash": pa.array(key_hashes(keys), type=pa.uint64()),
            "n_annotations": pc.cast(n_ann, pa.int64()),
            "output_length": pc.cast(pc.utf8_length(table.column("output")).fill_null(0), pa.int64()),
            "corpus": table.column("corpus").cast(pa.string()).fill_null(pa.scalar("")),
            "shingle_count": pa.array(counts),
            "signature": sig_col,
        },
        schema=_features_schema(),
    )


def _signature_matrix(col: pa.ChunkedArray | pa.Array, num_perm: int, rows: np.ndarray | None = None) -> np.ndarray:
    """The signatures as a ``(records, num_perm)`` uint32 matrix, filled chunk by chunk (one copy).

    With ``rows`` (global row numbers), only those records' signatures, in that order: the decision
    phase needs one signature per exact-key group, not one per record.
    """
    chunks = col.chunks if isinstance(col, pa.ChunkedArray) else [col]
    lengths = np.array([len(c) for c in chunks], dtype=np.int64)
    starts = np.concatenate(([0], np.cumsum(lengths)))
    wanted = np.arange(int(starts[-1]), dtype=np.int64) if rows is None else np.asarray(rows, dtype=np.int64)
    out = np.zeros((wanted.size, num_perm), np.uint32)
    chunk_of = np.searchsorted(starts, wanted, side="right") - 1
    for k, arr in enumerate(chunks):
        n = len(arr)
        data = arr.buffers()[2]
        if not n or data is None:
            continue
        offsets = np.frombuffer(_view(arr.buffers()[1]), dtype=np.int32, count=n + 1, offset=arr.offset * 4)
        if offsets[-1] - offsets[0] != n * num_perm * 4:  # not every signature present: leave zeros
            continue
        raw = np.frombuffer(_view(data), dtype="<u4", count=n * num_perm, offset=int(offsets[0])).reshape(n, num_perm)
        if rows is None:
            out[starts[k] : starts[k + 1]] = raw
        else:
            pick = np.flatnonzero(chunk_of == k)
            out[pick] = raw[wanted[pick] - starts[k]]
    return out


TEXT_COLUMNS = ("instruction", "input", "output", "history")
"""The columns the dedup key is built from (what the decision phase re-reads)."""


def _shingles(source: RecordSource, rows: np.ndarray, cfg: DedupConfig) -> Shingles:
    """Shingle sets (:class:`pipeline.stages.dedup.minhash.Shingles`) of the records at global ``rows``."""
    from pipeline.stages.dedup import minhash

    return minhash.shingle(build_keys(source.take(rows, TEXT_COLUMNS), cfg.key), cfg.ngram_cjk, cfg.ngram_word)


def feature_rank(
    feats: pa.Table, criteria: tuple[str, ...], priority_of: Callable[[str], int] | None = None
) -> np.ndarray:
    """:func:`survivor_rank` computed from :func:`features` instead of the records."""
    return _rank(
        feats.column("record_id"),
        feats.column("n_annotations").to_numpy(),
        feats.column("output_length").to_numpy(),
        feats.column("corpus"),
        criteria,
        priority_of,
    )


@dataclass
class DedupOutcome:
    """Per-record decision of the dedup stage.

    ``duplicate_of[i]`` is -1 for kept records, else the survivor's row index (or, for history
    duplicates, ``-2`` with the earlier record id in ``history_id``). ``n_groups`` is the number of
    distinct exact keys; ``group[i]`` is record ``i``'s exact-key group and ``signatures[g]`` the
    MinHash signature of group ``g`` (the members of a group share their key, so their signature).
    """

    duplicate_of: np.ndarray
    method: list[str | None]
    similarity: np.ndarray
    history_id: list[str | None]
    counters: dict[str, int]
    report: dict[str, object]
    n_groups: int = 0
    key_hash: np.ndarray | None = None
    signatures: np.ndarray | None = None
    group: np.ndarray | None = None


def find_duplicates(
    table: pa.Table,
    cfg: DedupConfig,
    *,
    priority_of: Callable[[str], int] | None = None,
    history: HistoryIndex | None = None,
) -> DedupOutcome:
    """Decide, for every record of ``table``, whether it is kept or a duplicate of which record.

    ``history`` is a loaded :class:`pipeline.stages.dedup.history.HistoryIndex` (or None). The same as
    :func:`decide` over the :func:`features` of the whole table.
    """
    return decide(features(table, cfg), cfg, TableSource(table), priority_of=priority_of, history=history)


def decide(
    feats: pa.Table,
    cfg: DedupConfig,
    source: RecordSource,
    *,
    priority_of: Callable[[str], int] | None = None,
    history: HistoryIndex | None = None,
) -> DedupOutcome:
    """Phase 2, over every shard's features at once: exact groups, history, LSH, verification, survivors.

    Only the records in LSH candidate pairs have their text re-read (through ``source``) to verify
    the pair with the exact Jaccard similarity of their shingle sets.
    """
    from pipeline.stages.dedup import minhash

    n = feats.num_rows
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
    report: dict[str, object] = {"key": cfg.key, "threshold": cfg.threshold, "num_perm": cfg.num_perm}
    if n == 0:
        return DedupOutcome(dup_of, method, sim, hist_id, counters, report)
    rank = feature_rank(feats, cfg.survivor, priority_of)
    kh = feats.column("key_hash").to_numpy()
    if cfg.exact:
        _, group = np.unique(kh, return_inverse=True)
        group = group.astype(np.int64).reshape(-1)
    else:
        group = np.arange(n, dtype=np.int64)
    n_groups = int(group.max()) + 1
    # Representative of each group: its best-ranked member (all members share the key).
    order = np.lexsort((rank, group))
    first = np.ones(n, dtype=bool)
    first[1:] = group[order][1:] != group[order][:-1]
    rep = np.empty(n_groups, dtype=np.int64)
    rep[group[order][first]] = order[first]
    need_sig = _needs_signatures(cfg)
    # one signature per group (its representative's): the memory the phase needs grows with the
    # number of distinct keys, with a single copy of the signatures
    sig_rep = _signature_matrix(feats.column("signature"), cfg.num_perm, rep) if need_sig else None
    sizes = feats.column("shingle_count").to_numpy()[rep]
    alive = np.ones(n_groups, dtype=bool)
    if history is not None:
        rep_sig = sig_rep if cfg.history.near else None
        hist_match = history.match(kh[rep], rep_sig, sizes if need_sig else None)
        del rep_sig
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
    shingle_of: dict[int, np.ndarray] = {}  # group -> shingle set (only groups in candidate pairs)

    def load(groups: np.ndarray) -> Shingles:
        """Shingle sets of the representatives of ``groups`` (remembered for the similarity below)."""
        sh = _shingles(source, rep[groups], cfg)
        for k, g in enumerate(groups.tolist()):
            shingle_of[g] = sh.of(k)
        return sh

    if cfg.near and n_groups > 1:
        assert sig_rep is not None  # near-duplicate search needs signatures
        live = np.flatnonzero(alive)
        sub_sig = sig_rep if live.size == n_groups else sig_rep[live]
        bands, rows_per_band = minhash.lsh_params(cfg.threshold, cfg.num_perm, cfg.lsh_recall)
        cand = minhash.lsh_candidates(
            sub_sig,
            bands,
            rows_per_band,
            order_key=rank[rep[live]],
            max_bucket_size=cfg.max_bucket_size,
            skip=sizes[live] == 0,
        )
        est = minhash.estimated_jaccard(sub_sig, sub_sig, cand)
        maybe = cand[est >= cfg.threshold - minhash.verification_margin(cfg.threshold, cfg.num_perm)]
        if len(maybe):
            members = np.unique(maybe)
            sh = load(live[members])
            js = minhash.jaccard_pairs(sh, np.searchsorted(members, maybe))
        else:
            js = np.zeros(0)
        verified = maybe[js >= cfg.threshold - 1e-12]
        counters["candidate_pairs"] = len(cand)
        counters["verified_pairs"] = len(verified)
        sub_label = minhash.clusters(len(live), verified)
        label[live] = live[sub_label]
        report["lsh"] = {"bands": bands, "rows": rows_per_band}
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
    sizes_cl = np.bincount(cl, minlength=n_groups) if cl.size else np.zeros(0, dtype=np.int64)
    counters["clusters"] = int((sizes_cl >= 2).sum())
    surv = survivor_of_label[cl]
    gone = surv != idx
    removed, by = idx[gone], surv[gone]
    dup_of[removed] = by
    exact = group[removed] == group[by]
    sim[removed[exact]] = 1.0
    for i in removed[exact].tolist():
        method[i] = "exact"
    counters["exact_duplicates"] = int(exact.sum())
    near_pairs = list(zip(removed[~exact].tolist(), by[~exact].tolist(), strict=True))
    missing = {int(group[i]) for pair in near_pairs for i in pair} - shingle_of.keys()
    if missing:  # members linked only through a chain were all verified above; this is a safety net
        load(np.array(sorted(missing), dtype=np.int64))
    jac_cache: dict[tuple[int, int], float] = {}
    for i, s_ in near_pairs:
        gi, gs = int(group[i]), int(group[s_])
        if (gi, gs) not in jac_cache:
            jac_cache[(gi, gs)] = minhash.jaccard(shingle_of[gi], shingle_of[gs])
        method[i] = "near"
        sim[i] = jac_cache[(gi, gs)]
    counters["near_duplicates"] = len(near_pairs)
    return DedupOutcome(
        dup_of, method, sim, hist_id, counters, report, n_groups=n_groups, key_hash=kh, signatures=sig_rep, group=group
    )


@dataclass
class DedupPlan:
    """The outcome of the decision phase: which records go, as whom, with what similarity.

    :meth:`apply` then removes them shard by shard (phase 3).
    """

    removed: pa.Table
    counters: Counters
    report: dict[str, object]
    passthrough: bool = False

    def apply(self, table: pa.Table) -> StageResult:
        """Split one shard (or the whole table) into kept records and duplicates (sorted by record id)."""
        if self.removed.num_rows == 0 or table.num_rows == 0:
            return StageResult(kept=table)
        gone = pc.is_in(table.column("record_id"), value_set=self.removed.column("record_id"))
        kept = table.filter(pc.invert(gone))
        sub = table.filter(gone).select(["record_id", "corpus", "source_file", "source_index"])
        if sub.num_rows == 0:
            return StageResult(kept=kept)
        dups = sub.join(self.removed, "record_id", join_type="inner")
        dups = dups.select(DUPLICATE_SCHEMA.names).cast(DUPLICATE_SCHEMA).sort_by([("record_id", "ascending")])
        return StageResult(kept=kept, duplicates=dups)


def shard_features(table: pa.Table, ctx: StageContext) -> pa.Table:
    """Phase 1 of the stage for one shard (a mapped task in the DAG): see :func:`features`."""
    cfg = ctx.config.dedup
    if not cfg.enabled:
        return _features_schema().empty_table()
    return features(table, cfg)


def plan(feats: pa.Table, ctx: StageContext, source: RecordSource) -> DedupPlan:
    """Phase 2 over the features of every shard: decide every removal (see :func:`decide`).

    ``source`` serves the stage's input records (only candidate pairs' text is read). Loads the history index when it is on (not for a full rebuild), and writes the
    kept records' key hashes and signatures to ``dedup/history_pending.parquet`` for the export.
    """
    cfg = ctx.config.dedup
    n = feats.num_rows
    if not cfg.enabled:
        return DedupPlan(_removed_table([], [], [], []), {"skipped": 1}, {"enabled": False})
    ctx.progress.start(STAGE, total=n)
    history = None
    history_on = cfg.history.enabled == "on"
    if history_on and ctx.build != "full_rebuild":  # a full rebuild does not depend on earlier exports
        from pipeline.stages.dedup.history import HistoryIndex, history_dir

        if ctx.build == "incremental":  # records of earlier versions are not published again
            history = HistoryIndex.load(history_dir(ctx.config), cfg, exclude_run=ctx.run_id, keep=ctx.history_keep)
        else:
            history = HistoryIndex.load(history_dir(ctx.config), cfg, exclude_ids=feats.column("record_id"))
    out = decide(feats, cfg, source, priority_of=lambda c: ctx.config.ingest.corpus(c).priority, history=history)
    ctx.progress.advance(n)
    ctx.progress.finish()
    ids = cast("list[str]", feats.column("record_id").to_pylist())  # record ids are never null
    removed = np.flatnonzero(out.duplicate_of != -1).tolist()
    table = _removed_table(
        [ids[i] for i in removed],
        [out.history_id[i] if out.duplicate_of[i] == -2 else ids[out.duplicate_of[i]] for i in removed],
        [out.method[i] for i in removed],
        [round(float(out.similarity[i]), 6) for i in removed],
    )
    report = dict(out.report)
    report["history"] = {
        "enabled": history_on,
        "build": ctx.build,
        "records": len(history) if history is not None else 0,
    }
    if history_on and n:
        from pipeline.stages.dedup.history import write_pending

        kept_idx = np.flatnonzero(out.duplicate_of == -1)
        assert out.key_hash is not None and out.group is not None  # set whenever there are records
        write_pending(
            ctx.artifact_path(*PENDING_PATH),
            record_ids=feats.column("record_id").take(kept_idx),
            key_hashes=out.key_hash[kept_idx],
            signatures=out.signatures[out.group[kept_idx]] if out.signatures is not None else None,
        )
    return DedupPlan(table, dict(out.counters), report)


def _removed_table(ids: list[str], dup_of: list[str | None], method: list[str | None], sim: list[float]) -> pa.Table:
    return pa.table(
        {
            "record_id": pa.array(ids, type=pa.string()),
            "duplicate_of": pa.array(dup_of, type=pa.string()),
            "method": pa.array(method, type=pa.string()),
            "similarity": pa.array(sim, type=pa.float64()),
        }
    )


def run(table: pa.Table, ctx: StageContext) -> StageResult:
    """Remove exact, near and (optionally) history duplicates from ``table``; see the module docstring.

    The three phases in one go (features, plan, apply) over one table; the runtime runs the same
    phases shard by shard, with the same result.
    """
    return run_phases(STAGE_IMPL, table, ctx)


class Dedup:
    """The dedup stage as a :class:`~pipeline.core.stage.PhasedStage`."""

    features = staticmethod(shard_features)
    plan = staticmethod(plan)
    run = staticmethod(run)


STAGE_IMPL: PhasedStage = Dedup()
