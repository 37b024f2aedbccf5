"""Records the stage checked: a digest of each kept record's strings under the policy, for the gate.

The de-identification stage runs the residual check (:mod:`.residual`) on every string it rewrote
and has analysed every other string with the full analyzer under the same policy; a record it keeps
holds nothing the check would find (the docstring of :mod:`.residual` says why). The validate
gate used to repeat the whole check on every record, which was most of that stage's time.

Instead, the stage writes, next to each output shard, ``work/deidentify/checked-NNNNN.parquet``:
one row per kept record, its ``record_id`` and a 16-byte BLAKE2b digest of

- the **policy fingerprint** (:func:`policy_fingerprint`): the package version, the gate's entity
  types, every rule's action and threshold, the allow and deny lists, the annotator-id action and
  the added Presidio recognizers (with the bytes of a registry YAML), never the pseudonym key;
- every string the check reads (:func:`~.fields.record_texts`: path and text) and the record's
  surrogate digests.

The gate recomputes the digest of each record it receives (:func:`record_digest`). Where it equals
the stage's, the record is exactly what the stage checked, under the same policy and code, and the
gate counts 0 without scanning it again. Any other record (edited after the stage, checked under
another policy or version, absent from the file, or a run whose file is missing) is scanned in full.
So the file can only save time, never change a verdict. ``python -m pipeline scan`` never uses it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from pathlib import Path

import pyarrow as pa

from pipeline.core.records import Row
from pipeline.stages.deidentify.fields import record_texts
from pipeline.stages.deidentify.policy import Policy
from pipeline.stages.deidentify.residual import SURROGATES_COLUMN

KIND = "checked"
"""The per-shard side output's kind: ``work/deidentify/checked-00003.parquet``."""

SCHEMA = pa.schema(
    [pa.field("record_id", pa.string(), nullable=False), pa.field("digest", pa.binary(16), nullable=False)]
)
"""One row per record the stage kept."""

_SEP = b"\x00"


def policy_fingerprint(policy: Policy, types: Sequence[str]) -> bytes:
    """The digest of everything under which a record was checked: code version, gate types, policy (no key)."""
    from pipeline import __version__

    registry = policy.recognizer_registry
    registry_bytes = registry.read_bytes() if registry is not None and registry.is_file() else b""
    described = {
        "version": __version__,
        "types": sorted(types),
        "rules": {t: [r.action, r.threshold] for t, r in sorted(policy.entities.items())},
        "allow": sorted(policy.allow_list),
        "deny": {t: list(v) for t, v in sorted(policy.deny_list.items())},
        "annotator_ids": policy.annotator_ids,
        "predefined": list(policy.predefined_recognizers),
        "registry": str(registry or ""),
        "registry_sha256": hashlib.sha256(registry_bytes).hexdigest(),
    }
    return hashlib.blake2b(json.dumps(described, sort_keys=True).encode("utf-8"), digest_size=16).digest()


def record_digest(row: Row, fingerprint: bytes) -> bytes:
    """The 16-byte digest of ``row``'s checked strings (path and text) and surrogates under ``fingerprint``."""
    h = hashlib.blake2b(fingerprint, digest_size=16)
    h.update(str(row.get("record_id")).encode("utf-8", "surrogatepass") + _SEP)
    for t in record_texts(row):
        h.update(t.path.encode("utf-8") + _SEP + t.text.encode("utf-8", "surrogatepass") + _SEP)
    made = row.get(SURROGATES_COLUMN)
    if isinstance(made, list):
        for value in sorted(v for v in made if isinstance(v, str)):
            h.update(b"S" + value.encode("utf-8") + _SEP)
    return h.digest()


def checked_file(run_dir: Path, shard: int | None) -> Path:
    """``run_dir/work/deidentify/checked-NNNNN.parquet`` (shard 0 for a whole table).

    Named like the stage's other per-shard side outputs (``RunDir.shard_file("deidentify", shard, "checked")``).
    """
    return Path(run_dir) / "work" / "deidentify" / f"{KIND}-{shard or 0:05d}.parquet"


def checked_path(run_dir: Path, shard: int | None) -> Path:
    """:func:`checked_file`, its folder created (for writing)."""
    path = checked_file(run_dir, shard)
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def checked_table(ids: Sequence[str], digests: Sequence[bytes]) -> pa.Table:
    """The side output's table."""
    return pa.table(
        {"record_id": pa.array(ids, pa.string()), "digest": pa.array(digests, pa.binary(16))}, schema=SCHEMA
    )


def read_checked(path: Path) -> dict[str, bytes]:
    """``record_id`` -> digest from a checked file; empty when the file is missing or unreadable (the gate then scans)."""
    import pyarrow.parquet as pq

    try:
        table = pq.read_table(path, columns=["record_id", "digest"])
    except (OSError, pa.ArrowException):
        return {}
    if table.schema.field("digest").type != SCHEMA.field("digest").type:
        return {}
    return dict(zip(table.column("record_id").to_pylist(), table.column("digest").to_pylist(), strict=True))


def verified(rows: Sequence[Row], checked: Mapping[str, bytes], fingerprint: bytes) -> list[bool]:
    """Per row: True when the stage checked exactly this record under this fingerprint."""
    if not checked:
        return [False] * len(rows)
    out = []
    for row in rows:
        want = checked.get(str(row.get("record_id")))
        out.append(want is not None and want == record_digest(row, fingerprint))
    return out
