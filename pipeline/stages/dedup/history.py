"""The history index: key hashes and MinHash signatures of records exported by earlier dataset versions.

A nightly build drops records that duplicate something it already published. The index is one Parquet
file, ``<history.path>/index.parquet``, with a row per exported record (``record_id``, ``run_id``,
``key_hash`` = xxh3 of the normalised key, ``signature`` = the MinHash signature as bytes) and the
settings it was built with in the file's metadata. Signatures only depend on those settings, so a
later run with the same settings can compare against them; a run with different settings is refused
with a message naming the setting (use a new ``history.path`` after changing them).

Life cycle:

1. the dedup stage loads the index (missing = empty) and removes matching records (method
   ``history``); with ``history.near`` a match is a shared LSH bucket verified by the MinHash estimate
   of the Jaccard similarity (the earlier texts are not stored, so the exact Jaccard is not available);
2. it writes the keys and signatures of the records it kept to ``<run>/dedup/history_pending.parquet``;
3. after the export, :func:`commit` adds the pending rows of the records that were actually
   exported. A record rejected by a later stage never enters the history. Commits are atomic (temp
   file + rename under a file lock) and idempotent (a run id is committed once).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import numpy as np
import pyarrow as pa

from pipeline.errors import ConfigError
from pipeline.stages.dedup.keys import _view

if TYPE_CHECKING:
    from pipeline.config import PipelineConfig
    from pipeline.config.dedup import DedupConfig

INDEX_FILE = "index.parquet"
PENDING_PATH = ("dedup", "history_pending.parquet")
"""Where, in the run directory, the dedup stage leaves the kept records' keys and signatures for the commit."""
LOCK_FILE = ".lock"
FORMAT_VERSION = 1
_PENDING_FIELDS: list[pa.Field] = [
    pa.field("record_id", pa.string(), nullable=False),
    pa.field("key_hash", pa.uint64(), nullable=False),
    pa.field("signature", pa.large_binary()),
]
PENDING_SCHEMA = pa.schema(_PENDING_FIELDS)
INDEX_SCHEMA = pa.schema([*PENDING_SCHEMA, pa.field("run_id", pa.string(), nullable=False)])
_PARAMS = ("key", "num_perm", "seed", "ngram_cjk", "ngram_word")


def history_dir(config: PipelineConfig) -> Path:
    """The folder of the history index, resolved against the config file's folder."""
    path = config.dedup.history.path
    if not path:
        raise ConfigError(
            "dedup.history.enabled is 'on' but dedup.history.path is empty: set it to a folder "
            "(the nightly DAG uses <data root>/dedup-history)"
        )
    return config.resolve_path(path)


def index_params(cfg: DedupConfig) -> dict[str, str | int]:
    """The settings signatures and key hashes depend on (stored with the index)."""
    return {"format": FORMAT_VERSION, **{p: getattr(cfg, p) for p in _PARAMS}}


def _check_params(found: dict[str, Any], cfg: DedupConfig, where: Path) -> None:
    want = index_params(cfg)
    for name, value in want.items():
        if found.get(name) != value:
            raise ConfigError(
                f"{where}: the history index was built with another dedup.{name} than the config's; "
                "use the same setting or a new dedup.history.path"
            )


def _sig_bytes(signatures: np.ndarray | None, n: int) -> pa.Array:
    if signatures is None:
        return pa.nulls(n, type=pa.large_binary())
    sig = np.ascontiguousarray(signatures, dtype="<u4")
    width = sig.shape[1] * 4
    offsets = np.arange(n + 1, dtype=np.int64) * width
    return pa.Array.from_buffers(pa.large_binary(), n, [None, pa.py_buffer(offsets), pa.py_buffer(sig.tobytes())])


def _sig_array(col: pa.ChunkedArray | pa.Array, num_perm: int) -> tuple[np.ndarray, np.ndarray]:
    """Signatures as ``(n, num_perm)`` uint32 plus a mask of the rows that have one."""
    import pyarrow.compute as pc

    if isinstance(col, pa.ChunkedArray):
        col = col.combine_chunks() if col.num_chunks else pa.array([], type=pa.large_binary())
    col = cast(pa.LargeBinaryArray, col.cast(pa.large_binary()))  # the stubs say Array
    n = len(col)
    width = 4 * num_perm
    lengths = pc.binary_length(col).fill_null(0).to_numpy(zero_copy_only=False)
    has = lengths == width
    sig = np.zeros((n, num_perm), dtype=np.uint32)
    if has.any():
        valid = col.filter(pa.array(has))
        bufs = valid.buffers()
        offsets = np.frombuffer(_view(bufs[1]), dtype=np.int64)[valid.offset : valid.offset + len(valid) + 1]
        data = np.frombuffer(_view(bufs[2]), dtype=np.uint8)[offsets[0] : offsets[-1]]
        sig[has] = data.view("<u4").reshape(-1, num_perm)
    return sig, has


def write_pending(
    path: Path, *, record_ids: pa.Array | pa.ChunkedArray, key_hashes: np.ndarray, signatures: np.ndarray | None
) -> Path:
    """Write the kept records' keys and signatures for a later :func:`commit` (atomically)."""
    from pipeline.core.atomic import write_parquet_atomic

    n = len(record_ids)
    table = pa.table(
        {
            "record_id": pa.array(record_ids, type=pa.string()),
            "key_hash": pa.array(np.asarray(key_hashes, dtype=np.uint64)),
            "signature": _sig_bytes(signatures, n),
        },
        schema=PENDING_SCHEMA,
    )
    return write_parquet_atomic(table, path)


class HistoryIndex:
    """A loaded history index: look up new records' key hashes and signatures."""

    def __init__(self, table: pa.Table, cfg: DedupConfig) -> None:
        """Index ``table`` (INDEX_SCHEMA rows) for matching under the settings ``cfg``."""
        self.cfg = cfg
        self.table = table
        ids = np.array(table.column("record_id").to_pylist(), dtype=object)
        hashes = table.column("key_hash").to_numpy()
        # For each key hash, the smallest record id holding it.
        order = np.lexsort((ids.astype(str), hashes)) if len(ids) else np.zeros(0, dtype=np.int64)
        h_sorted = hashes[order]
        first = np.ones(h_sorted.size, dtype=bool)
        first[1:] = h_sorted[1:] != h_sorted[:-1]
        self._hashes = h_sorted[first]
        self._hash_ids = ids[order][first]
        self._ids = ids
        self._sig, self._has_sig = _sig_array(table.column("signature"), cfg.num_perm)

    def __len__(self) -> int:
        """Number of records in the index."""
        return self.table.num_rows

    @classmethod
    def load(
        cls,
        folder: Path,
        cfg: DedupConfig,
        exclude_ids: pa.Array | pa.ChunkedArray | None = None,
        exclude_run: str | None = None,
    ) -> HistoryIndex:
        """Load ``folder/index.parquet`` (an empty index when it does not exist yet).

        Entries whose ``record_id`` is in ``exclude_ids`` are left out: a record exported earlier
        under the same id is the same record read again (a re-run of the same input), not a
        duplicate of it, so re-running a build gives the same output. Entries added by the run
        ``exclude_run`` are left out too (a retried run does not match its own earlier export);
        an incremental build uses that instead of ``exclude_ids``, so a record already published
        in an earlier version is not published again.
        """
        import pyarrow.compute as pc
        import pyarrow.parquet as pq

        path = Path(folder) / INDEX_FILE
        if not path.is_file():
            return cls(INDEX_SCHEMA.empty_table(), cfg)
        table = pq.read_table(path)
        meta = table.schema.metadata or {}
        raw = meta.get(b"instructflow.dedup_history")
        if raw is None:
            raise ConfigError(f"{path}: not a dedup history index (no instructflow.dedup_history metadata)")
        _check_params(json.loads(raw), cfg, path)
        table = table.select(INDEX_SCHEMA.names).cast(INDEX_SCHEMA)
        if exclude_ids is not None and len(exclude_ids) and table.num_rows:
            table = table.filter(
                pc.invert(pc.is_in(table.column("record_id"), value_set=pa.array(exclude_ids, pa.string())))
            )
        if exclude_run is not None and table.num_rows:
            table = table.filter(pc.not_equal(table.column("run_id"), pa.scalar(exclude_run)))
        return cls(table, cfg)

    def match(
        self, key_hashes: np.ndarray, signatures: np.ndarray | None, sizes: np.ndarray | None
    ) -> dict[int, tuple[str, float]]:
        """Map the index of every query matching the history to ``(earlier record id, similarity)``.

        Exact key-hash matches have similarity 1.0. With ``signatures``, the remaining queries (with
        ``sizes > 0`` shingles) are matched by LSH and kept when the MinHash estimate of the Jaccard
        similarity reaches the threshold; the best match wins (highest similarity, then smallest id).
        """
        from pipeline.stages.dedup import minhash

        out: dict[int, tuple[str, float]] = {}
        if len(self) == 0 or len(key_hashes) == 0:
            return out
        pos = np.searchsorted(self._hashes, key_hashes)
        pos_c = np.minimum(pos, max(self._hashes.size - 1, 0))
        hit = (pos < self._hashes.size) & (self._hashes[pos_c] == key_hashes)
        for q in np.flatnonzero(hit).tolist():
            out[q] = (str(self._hash_ids[pos_c[q]]), 1.0)
        if signatures is None or not self._has_sig.any():
            return out
        queries = np.flatnonzero(~hit & ((sizes > 0) if sizes is not None else True))
        if queries.size == 0:
            return out
        old = np.flatnonzero(self._has_sig)
        bands, rows = minhash.lsh_params(self.cfg.threshold, self.cfg.num_perm, self.cfg.lsh_recall)
        pairs = minhash.lsh_cross_candidates(signatures[queries], self._sig[old], bands, rows)
        if len(pairs) == 0:
            return out
        est = minhash.estimated_jaccard(signatures[queries], self._sig[old], pairs)
        ok = est >= self.cfg.threshold - 1e-12
        best: dict[int, tuple[float, str]] = {}
        for (qi, oi), s in zip(pairs[ok].tolist(), est[ok].tolist(), strict=True):
            q = int(queries[qi])
            rid = str(self._ids[old[oi]])
            cur = best.get(q)
            if cur is None or s > cur[0] or (s == cur[0] and rid < cur[1]):
                best[q] = (s, rid)
        for q, (s, rid) in best.items():
            out[q] = (rid, s)
        return out


@contextmanager
def _locked(folder: Path) -> Iterator[None]:
    import fcntl

    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / LOCK_FILE, "a+") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def add_records(folder: Path, cfg: DedupConfig, pending: pa.Table, run_id: str) -> dict[str, object]:
    """Add ``pending`` rows (PENDING_SCHEMA) under ``run_id`` to the index in ``folder`` atomically.

    A run id already in the index is not added again (the call is idempotent). Returns
    ``{"added", "records", "skipped"}``.
    """
    from pipeline.core.atomic import write_parquet_atomic

    folder = Path(folder)
    with _locked(folder):
        current = HistoryIndex.load(folder, cfg).table
        runs = set(current.column("run_id").to_pylist()) if current.num_rows else set()
        if run_id in runs:
            return {"added": 0, "records": current.num_rows, "skipped": True}
        new = pending.select(PENDING_SCHEMA.names).cast(PENDING_SCHEMA)
        new = new.append_column(
            pa.field("run_id", pa.string(), nullable=False), pa.array([run_id] * new.num_rows, type=pa.string())
        )
        if current.num_rows and new.num_rows:
            # A record id exported again replaces its older entry, so re-runs do not grow the index.
            import pyarrow.compute as pc

            current = current.filter(
                pc.invert(pc.is_in(current.column("record_id"), value_set=new.column("record_id")))
            )
        merged = pa.concat_tables([current, new.cast(INDEX_SCHEMA)])
        meta = {b"instructflow.dedup_history": json.dumps(index_params(cfg), sort_keys=True).encode()}
        merged = merged.replace_schema_metadata(meta)
        write_parquet_atomic(merged, folder / INDEX_FILE)
        return {"added": new.num_rows, "records": merged.num_rows, "skipped": False}


def commit(config: PipelineConfig, pending: pa.Table | None, exported_ids: set[str], run_id: str) -> dict[str, object]:
    """After a run's export: add the ``pending`` rows of the records actually exported to the index.

    ``pending`` is what the dedup stage left at :data:`PENDING_PATH` (None when it left nothing).
    Does nothing (``{"skipped": True}``) when history is off for the run. A record rejected by a
    later stage never enters the history.
    """
    if config.dedup.history.enabled != "on" or not config.dedup.enabled:
        return {"added": 0, "skipped": True, "reason": "history off"}
    if pending is None:
        return {"added": 0, "skipped": True, "reason": "no pending history (dedup kept nothing)"}
    mask = pa.array([rid in exported_ids for rid in pending.column("record_id").to_pylist()], type=pa.bool_())
    return add_records(history_dir(config), config.dedup, pending.filter(mask), run_id)
