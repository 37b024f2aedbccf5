"""``python -m pipeline scan PATH``: residual personal data in any Parquet / JSONL / JSON dataset.

It runs the stage's own residual check (:class:`~pipeline.stages.deidentify.residual.ResidualScanner`)
under a de-identification policy (the bundled one unless ``--policy``), over every string of every
record (nested keys included; our metadata columns excepted), so it finds at least what the
validation gate finds. ``--names`` also looks for person names and places, which the gate leaves
out because they depend on context. It prints file, record id, field, entity type, offsets and a
masked preview, never the value, and returns exit code 1 if anything is found.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TextIO

from pipeline.errors import UsageError
from pipeline.stages.deidentify.fields import Text
from pipeline.stages.deidentify.policy import Policy
from pipeline.stages.deidentify.residual import SURROGATES_COLUMN, Residual, ResidualScanner, preview
from pipeline.text.scripts import has_cjk

SCAN_SUFFIXES = (".parquet", ".jsonl", ".json")
"""Files ``scan`` reads (folders are searched recursively for these)."""

BATCH_RECORDS = 2000
"""Records analysed together."""

METADATA_KEYS = frozenset(
    {
        "record_id",
        "id",
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
        "pii_entities",
        SURROGATES_COLUMN,
    }
)
"""Keys whose values are our own identifiers or metadata, not data from a source, and are not scanned.

``source_id`` and ``annotator_id`` are scanned: they come from the source and can hold personal data.
"""


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
    elif isinstance(obj, list | tuple):
        for i, v in enumerate(obj):
            yield from iter_strings(v, f"{prefix}[{i}]")


def _record_id(record: Mapping[str, object], index: int) -> str:
    for key in ("record_id", "id"):
        v = record.get(key)
        if isinstance(v, str | int) and not isinstance(v, bool) and str(v):
            return str(v)
    return f"#{index}"


def _lang(record: Mapping[str, object], texts: list[Text]) -> str:
    lang = record.get("lang")
    if isinstance(lang, str) and lang in ("zh", "en"):
        return lang
    return "zh" if any(has_cjk(t.text) for t in texts) else "en"


def scan_records(
    records: Iterable[tuple[int, Mapping[str, object]]], scanner: ResidualScanner
) -> Iterator[tuple[int, Mapping[str, object], list[Text], list[Residual]]]:
    """``(index, record, its strings, its residual findings)`` for every record, analysed in batches."""
    batch: list[tuple[int, Mapping[str, object], list[Text], str]] = []

    def flush() -> Iterator[tuple[int, Mapping[str, object], list[Text], list[Residual]]]:
        flat = [t for _, _, texts, _ in batch for t in texts]
        langs = [lang for _, _, texts, lang in batch for _ in texts]
        found = scanner.analyzer.analyze([t.text for t in flat], langs) if flat else []
        for t, findings in zip(flat, found, strict=True):
            t.findings = list(findings)
        for index, record, texts, _ in batch:
            made = record.get(SURROGATES_COLUMN)
            surrogates = [v for v in made if isinstance(v, str)] if isinstance(made, list) else []
            yield index, record, texts, scanner.judge(texts, surrogates)
        batch.clear()

    for index, record in records:
        texts = [Text(path, text) for path, text in iter_strings(record)]
        batch.append((index, record, texts, _lang(record, texts)))
        if len(batch) >= BATCH_RECORDS:
            yield from flush()
    yield from flush()


def scan_command(paths: list[Path], stream: TextIO, policy: Policy, *, names: bool = False) -> int:
    """Scan datasets for personal data; print one line per finding; 1 if any found, else 0.

    Each line is ``file<TAB>record id<TAB>field<TAB>entity type<TAB>start-end<TAB>masked preview``
    (character offsets into that field; the preview shows the value's shape with every letter and
    digit hidden). The value itself is never printed. A summary line ends the output.
    """
    files = _files(paths)
    scanner = ResidualScanner(policy, names=names)
    n_findings = 0
    n_records = 0
    flagged: set[tuple[str, str]] = set()
    for path in files:
        for index, record, texts, found in scan_records(iter_records(path), scanner):
            n_records += 1
            if not found:
                continue
            rid = _record_id(record, index)
            flagged.add((str(path), rid))
            by_path = {t.path: t.text for t in texts}
            for r in found:
                n_findings += 1
                shape = preview(by_path.get(r.path, ""), r.start, r.end)
                print(f"{path}\t{rid}\t{r.path}\t{r.entity_type}\t{r.start}-{r.end}\t{shape}", file=stream)
    print(
        f"scan: {n_findings} finding(s) in {len(flagged)} of {n_records} record(s), {len(files)} file(s)",
        file=stream,
    )
    return 1 if n_findings else 0
