"""Residual scan: look for personal data that should not be there, with high-precision recognizers.

Used twice: inside the deidentify stage on the transformed text (any hit rejects the record with
``pii_residual``), and as ``python -m pipeline scan PATH`` over any Parquet / JSONL / JSON dataset
(:func:`scan_command`), which prints record id, field, entity type and offsets, never the value, and
returns exit code 1 if anything is found.

High precision means the structured recognizers with validators (resident ID checksum and date, Luhn,
e-mail, IP, phone layouts, passport with context, SSN, IBAN): names and addresses found by NER or
loose patterns are not used here, since a gate must not cry wolf.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, TextIO

from pipeline.errors import UsageError
from pipeline.stages.deidentify.recognizers.patterns import (
    RECOGNIZERS,
    Finding,
    PatternRecognizer,
    analyze_patterns,
    resolve_overlaps,
)

HIGH_PRECISION: tuple[PatternRecognizer, ...] = tuple(r for r in RECOGNIZERS if r.high_precision)
"""The recognizers used by residual scans."""

SCAN_THRESHOLD = 0.5
"""Minimum score of a finding reported by ``scan``."""

SCAN_SUFFIXES = (".parquet", ".jsonl", ".json")
"""Files ``scan`` reads (folders are searched recursively for these)."""

METADATA_KEYS = frozenset(
    {
        "record_id",
        "id",
        "source_id",
        "source_file",
        "source_index",
        "source_line",
        "corpus",
        "lang",
        "split",
        "duplicate_of",
        "stage",
        "reason",
        "role",
        "annotator_id",
        "pii_entities",
    }
)
"""Keys whose values are identifiers or metadata, not free text, and are not scanned."""


def scan_text(text: str, threshold: float = SCAN_THRESHOLD) -> list[Finding]:
    """High-precision findings in ``text`` with a score of at least ``threshold``."""
    return [f for f in resolve_overlaps(analyze_patterns(text, HIGH_PRECISION)) if f.score >= threshold]


# --------------------------------------------------------------------------- reading datasets


def _files(paths: Sequence[Path]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out.extend(sorted(q for q in p.rglob("*") if q.is_file() and q.suffix.lower() in SCAN_SUFFIXES))
        elif p.is_file():
            out.append(p)
        else:
            raise UsageError(f"path does not exist: {p}")
    return out


def iter_records(path: Path) -> Iterator[tuple[int, Mapping[str, object]]]:
    """Yield ``(index, record)`` from a Parquet, JSONL or JSON (array or single object) file."""
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        import pyarrow.parquet as pq

        try:
            pf = pq.ParquetFile(path)
        except Exception as exc:
            raise UsageError(f"{path}: not a readable Parquet file ({type(exc).__name__})") from None
        i = 0
        for batch in pf.iter_batches(batch_size=4096):
            for row in batch.to_pylist():
                yield i, row
                i += 1
        return
    if suffix == ".jsonl":
        with path.open(encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise UsageError(f"{path}:{i + 1}: invalid JSON (column {exc.colno})") from None
                yield i, obj if isinstance(obj, dict) else {"value": obj}
        return
    if suffix == ".json":
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise UsageError(f"{path}:{exc.lineno}: invalid JSON (column {exc.colno})") from None
        items = data if isinstance(data, list) else [data]
        for i, obj in enumerate(items):
            yield i, obj if isinstance(obj, dict) else {"value": obj}
        return
    raise UsageError(f"{path}: cannot scan '{suffix}' files (allowed: {', '.join(SCAN_SUFFIXES)})")


def iter_strings(obj: object, prefix: str = "") -> Iterator[tuple[str, str]]:
    """Yield ``(field path, text)`` for every string inside a record, skipping metadata keys."""
    if isinstance(obj, str):
        if obj:
            yield prefix or "value", obj
    elif isinstance(obj, Mapping):
        for k, v in obj.items():
            if str(k) in METADATA_KEYS:
                continue
            yield from iter_strings(v, f"{prefix}.{k}" if prefix else str(k))
    elif isinstance(obj, (list, tuple)):
        for i, v in enumerate(obj):
            yield from iter_strings(v, f"{prefix}[{i}]")


def _record_id(record: Mapping[str, Any], index: int) -> str:
    for key in ("record_id", "id", "source_id"):
        v = record.get(key)
        if isinstance(v, (str, int)) and not isinstance(v, bool) and str(v):
            return str(v)
    return f"#{index}"


def scan_command(paths: list[Path], stream: TextIO) -> int:
    """Scan datasets for personal data; print one line per finding; 1 if any found, else 0.

    Each line is ``file<TAB>record id<TAB>field<TAB>entity type<TAB>start-end`` (character offsets
    into that field); the matched value is never printed. A summary line ends the output.
    """
    files = _files(paths)
    n_findings = 0
    n_records = 0
    flagged: set[tuple[str, str]] = set()
    for path in files:
        for index, record in iter_records(path):
            n_records += 1
            rid = _record_id(record, index)
            for fld, text in iter_strings(record):
                for f in scan_text(text):
                    n_findings += 1
                    flagged.add((str(path), rid))
                    print(f"{path}\t{rid}\t{fld}\t{f.entity_type}\t{f.start}-{f.end}", file=stream)
    print(
        f"scan: {n_findings} finding(s) in {len(flagged)} of {n_records} record(s), {len(files)} file(s)",
        file=stream,
    )
    return 1 if n_findings else 0
