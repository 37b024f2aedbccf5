"""The ingest stage: read corpora (files or folders) into records with deterministic ids.

Every item read (a JSON Lines line, a CSV/TSV row, a JSON array element, a Parquet row) ends as a
record or a reject with a reason code and the file and line. A file is never one record:

- a path that is not read at all (hidden, unsupported type, FIFO or device, dangling link, link
  loop, link leaving the corpus bounds) is listed in ``IngestResult.skipped`` with its reason;
- a file that cannot be read, or whose rest cannot be read (unknown encoding, unreadable, JSON
  syntax error, corrupt Parquet), is a *file-level reject*: its input-file entry gets ``status``
  ``rejected`` or ``partial`` and a ``problem`` with the reason, the line where reading stopped
  and how many lines (or Parquet rows) were not read. These are not records, so the record
  counts (``input = exported + rejected + duplicates + review``) stay exact; the counters
  ``files_rejected``, ``files_partial``, ``unread_lines`` and ``unread_records`` add them up.

An empty file is not an error and contributes nothing.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa

from pipeline.config import PipelineConfig
from pipeline.core.progress import Progress, SilentProgress
from pipeline.core.records import RECORD_SCHEMA, REJECT_SCHEMA
from pipeline.core.stage import RejectBuilder, StageResult
from pipeline.io.corpus import (
    CorpusSpec,
    FileProblemInfo,
    InputFile,
    NotRegularFile,
    OutsideRoots,
    SkippedPath,
    corpus_bounds,
    digest,
    file_format,
    list_corpus,
    open_corpus_file,
)
from pipeline.io.layouts import RecordProblem, map_record
from pipeline.io.readers import FileInfo, FileProblem, ReadLimits, read_items
from pipeline.stages.ingest.source_ids import SourceIdIndex, id_key
from pipeline.text.lang import record_lang

STAGE = "ingest"
REJECT_BATCH = 10_000
"""Rejects handed to ``reject_sink`` at a time."""

_LANG_ALIASES = {"zh": "zh", "zho": "zh", "chi": "zh", "chinese": "zh", "en": "en", "eng": "en", "english": "en"}


@dataclass
class IngestResult:
    """The ingest stage's result plus what it learnt about each input file and every path it skipped."""

    result: StageResult
    files: list[InputFile] = field(default_factory=list)
    kept_rows: int = 0
    """Records kept (also when they went to a ``sink`` and ``result.kept`` is empty)."""
    skipped: list[SkippedPath] = field(default_factory=list)
    rejected_rows: int = 0
    """Records rejected (also when they went to a ``reject_sink`` and ``result.rejected`` is empty)."""
    reasons: dict[str, int] = field(default_factory=dict)
    """Rejected records per reason code, sorted."""


def make_record_id(corpus: str, source_file: str, source_index: int | str) -> str:
    """A stable id from the record's position: same input file and position, same id on every run."""
    key = f"{corpus}\x1f{source_file}\x1f{source_index}".encode()
    return hashlib.sha256(key).hexdigest()[:20]


def normalise_lang(value: str) -> str:
    """Map a language tag given in the data (``zh-CN``, ``English``...) to ``zh``/``en``/a short code/``other``."""
    tag = value.strip().lower().replace("_", "-")
    primary = tag.split("-", 1)[0]
    if primary in _LANG_ALIASES:
        return _LANG_ALIASES[primary]
    if primary.isalpha() and 2 <= len(primary) <= 3:
        return primary
    return "other"


class _Rejects:
    """Rejected records, handed to a sink in batches (bounded memory) or kept for the result."""

    def __init__(self, sink: Callable[[pa.Table], None] | None) -> None:
        self._sink = sink
        self._builder = RejectBuilder(STAGE)
        self._tables: list[pa.Table] = []
        self.rows = 0
        self.reasons: Counter[str] = Counter()

    def add(self, row: dict[str, Any], reason: str, detail: str, **kw: Any) -> None:
        self._builder.add(row, reason, detail, **kw)
        self.rows += 1
        self.reasons[reason] += 1
        if len(self._builder) >= REJECT_BATCH:
            self.flush()

    def flush(self) -> None:
        if not len(self._builder):
            return
        table = self._builder.table()
        self._builder = RejectBuilder(STAGE)
        if self._sink is not None:
            self._sink(table)
        else:
            self._tables.append(table)

    def table(self) -> pa.Table:
        self.flush()
        if not self._tables:
            return REJECT_SCHEMA.empty_table()
        return self._tables[0] if len(self._tables) == 1 else pa.concat_tables(self._tables)


_PROVENANCE = ("corpus", "source_file", "source_index")


@dataclass
class _PendingId:
    """A kept row with an original id, waiting for its batch's check (see :func:`ingest`)."""

    key: int
    position: int
    row: int
    raw: object
    where: str
    line: int | None
    entry: InputFile


def _problem(exc: FileProblem) -> FileProblemInfo:
    return {
        "reason": exc.reason,
        "detail": exc.detail,
        "line": exc.line,
        "unread_lines": exc.unread_lines,
        "unread_records": exc.unread_records,
    }


def ingest(
    corpora: Iterable[CorpusSpec],
    config: PipelineConfig,
    progress: Progress | None = None,
    *,
    sink: Callable[[pa.Table], None] | None = None,
    batch_rows: int = 50_000,
    reject_sink: Callable[[pa.Table], None] | None = None,
) -> IngestResult:
    """Read every corpus and return kept records, rejects, counters, per-file facts and skipped paths.

    With ``sink``, kept records are handed over in tables of exactly ``batch_rows`` rows (the last
    one shorter) as they are read, so memory holds one batch, not the corpus; the result's ``kept``
    is then empty and ``IngestResult.kept_rows`` counts them. Without, ``kept`` holds them all.
    ``reject_sink`` does the same for rejected records (in batches of :data:`REJECT_BATCH`).
    """
    progress = progress or SilentProgress()
    cfg = config.ingest
    limits = ReadLimits(max_record_bytes=cfg.max_record_bytes)
    rejects = _Rejects(reject_sink)
    rows: list[dict[str, Any]] = []
    kept_tables: list[pa.Table] = []
    langs: dict[str, int] = {}
    kept_rows = 0

    files: list[InputFile] = []
    # original ids are checked a batch at a time (see source_ids.py): a row with an id waits in
    # `rows` as kept until its batch is checked; `pending` holds what its reject would need
    ids = SourceIdIndex()
    pending: list[_PendingId] = []
    file_names: list[str] = []

    def check_ids() -> None:
        nonlocal rows
        if not pending:
            return
        firsts = ids.first_occurrences([p.key for p in pending], [p.position for p in pending])
        dropped: set[int] = set()
        for p, first in zip(pending, firsts, strict=True):
            if first is None:
                continue
            first_where = file_names[first >> 40]
            first_pos = first & ((1 << 40) - 1)
            sep = ":" if first_pos < (1 << 39) else "#"
            first_pos = first_pos if sep == ":" else first_pos - (1 << 39)
            row = rows[p.row]
            rejects.add(
                {**(p.raw if isinstance(p.raw, dict) else {}), **{k: row[k] for k in _PROVENANCE}},
                "duplicate_source_id",
                f"{p.where}: field '{cfg.id_field}' repeats the id of the record at {first_where}{sep}{first_pos}",
                record_id=row["record_id"],
                source_line=p.line,
            )
            p.entry["kept"] -= 1
            p.entry["rejected"] += 1
            dropped.add(p.row)
        pending.clear()
        if dropped:
            rows = [r for i, r in enumerate(rows) if i not in dropped]

    def flush(final: bool = False) -> None:
        nonlocal rows, kept_rows
        check_ids()
        while rows and (final or len(rows) >= batch_rows):
            part, rows = rows[:batch_rows], rows[batch_rows:]
            for r in part:
                langs[r["lang"]] = langs.get(r["lang"], 0) + 1
            batch = pa.Table.from_pylist(part, schema=RECORD_SCHEMA)
            kept_rows += batch.num_rows
            if sink is not None:
                sink(batch)
            else:
                kept_tables.append(batch)

    skipped: list[SkippedPath] = []
    counters: dict[str, float] = {
        "files": 0,
        "files_rejected": 0,
        "files_partial": 0,
        "items_read": 0,
        "paths_skipped": 0,
        "unread_lines": 0,
        "unread_records": 0,
    }
    progress.start(STAGE)
    for spec in corpora:
        corpus_cfg = cfg.corpus(spec.name)
        listing = list_corpus(spec)
        bounds = corpus_bounds(spec)
        skipped.extend(listing.skipped)
        for path, rel in listing.files:
            if spec.only is not None and rel not in spec.only:
                counters["files_unchanged"] = counters.get("files_unchanged", 0) + 1
                continue
            counters["files"] += 1
            where = f"{spec.name}/{rel}"
            fmt = file_format(path)
            entry: InputFile = {
                "corpus": spec.name,
                "file": rel,
                "path": str(path),
                "sha256": None,
                "bytes": None,
                "format": fmt,
                "encoding": None,
                "items": 0,
                "kept": 0,
                "rejected": 0,
                "status": "read",
            }
            files.append(entry)
            file_no = len(file_names)
            file_names.append(where)
            prov = {"corpus": spec.name, "source_file": rel}
            finfo = FileInfo(format=fmt or "")
            items = 0
            problem: FileProblemInfo | None = None
            try:
                fh = open_corpus_file(path, bounds)
            except OutsideRoots:
                problem = _file_problem("outside_root", f"{where}: the file now resolves outside the corpus bounds")
            except NotRegularFile as exc:
                problem = _file_problem("not_a_regular_file", f"{where}: {exc.strerror}; only files are read")
            except OSError as exc:
                problem = _file_problem("unreadable_file", f"{where}: cannot open the file ({_os_reason(exc)})")
                with contextlib.suppress(OSError):
                    entry["bytes"] = path.stat().st_size
            else:
                with fh:
                    try:
                        entry["sha256"], entry["bytes"] = digest(fh)
                        for item in read_items(fh, fmt or "", finfo, limits):
                            items += 1
                            if not items % 1000:
                                progress.advance(1000)
                            rec_id = make_record_id(spec.name, rel, item.index)
                            base = {**prov, "source_index": item.index}
                            line_txt = f":{item.line}" if item.line is not None else f"#{item.index}"
                            if item.reason:
                                rejects.add(
                                    base,
                                    item.reason,
                                    f"{where}: {item.detail}",
                                    record_id=rec_id,
                                    keep_record=False,
                                    source_line=item.line,
                                )
                                entry["rejected"] += 1
                                continue
                            if item.size > cfg.max_record_bytes:
                                rejects.add(
                                    base,
                                    "record_too_large",
                                    f"{where}{line_txt}: record is {item.size:,} bytes, over the "
                                    f"limit of {cfg.max_record_bytes:,} (ingest.max_record_bytes)",
                                    record_id=rec_id,
                                    keep_record=False,
                                    source_line=item.line,
                                )
                                entry["rejected"] += 1
                                continue
                            try:
                                rec = map_record(item.obj, cfg, corpus_cfg, config.validate.span_text_column)
                            except RecordProblem as bad:
                                raw = item.obj if isinstance(item.obj, dict) else {"value": item.obj}
                                rejects.add(
                                    {**raw, **base},
                                    bad.reason,
                                    f"{where}{line_txt}: {bad.detail}",
                                    record_id=rec_id,
                                    source_line=item.line,
                                )
                                entry["rejected"] += 1
                                continue
                            sid = rec["source_id"]
                            if corpus_cfg.lang:
                                lang = corpus_cfg.lang
                            elif rec["lang"]:
                                lang = normalise_lang(rec["lang"])
                            else:
                                # the prompt decides (a "write in French" or translation task is English)
                                lang = record_lang(
                                    rec["instruction"], rec["input"], rec["output"], rec.get("system") or ""
                                )
                            if sid is not None:
                                pos = item.line if item.line is not None else (1 << 39) + item.index
                                pending.append(
                                    _PendingId(
                                        key=id_key(spec.name, sid),
                                        position=(file_no << 40) | pos,
                                        row=len(rows),
                                        raw=item.obj,
                                        where=f"{where}{line_txt}",
                                        line=item.line,
                                        entry=entry,
                                    )
                                )
                            rows.append({**rec, "record_id": rec_id, "lang": lang, **base})
                            entry["kept"] += 1
                            if len(rows) >= batch_rows:
                                flush()
                    except FileProblem as exc:
                        problem = _problem(exc)
                        problem["detail"] = f"{where}: {exc.detail}"
                    except OSError as exc:
                        problem = _file_problem(
                            "unreadable_file",
                            f"{where}: reading failed after {items:,} items ({_os_reason(exc)}); the rest is not read",
                        )
            progress.advance(items % 1000)
            counters["items_read"] += items
            entry.update({"encoding": finfo.encoding, "items": items})
            if problem is not None:
                entry["status"] = "partial" if items else "rejected"
                entry["problem"] = problem
                counters["files_partial" if items else "files_rejected"] += 1
                counters["unread_lines"] += problem["unread_lines"] or 0
                counters["unread_records"] += problem["unread_records"] or 0
    flush(final=True)
    progress.finish()
    if kept_tables:
        table = kept_tables[0] if len(kept_tables) == 1 else pa.concat_tables(kept_tables)
    else:
        table = RECORD_SCHEMA.empty_table()
    counters["paths_skipped"] = len(skipped)
    for s in skipped:
        key = f"skipped_{s['reason']}"
        counters[key] = counters.get(key, 0) + 1
    for f in files:
        if "problem" in f:
            key = f"file_{f['problem']['reason']}"
            counters[key] = counters.get(key, 0) + 1
    counters.update({f"lang_{k}": v for k, v in sorted(langs.items())})
    result = StageResult(kept=table, rejected=rejects.table(), counters=dict(sorted(counters.items())))
    return IngestResult(
        result=result,
        files=files,
        kept_rows=kept_rows,
        skipped=skipped,
        rejected_rows=rejects.rows,
        reasons=dict(sorted(rejects.reasons.items())),
    )


def _file_problem(reason: str, detail: str) -> FileProblemInfo:
    return {"reason": reason, "detail": detail, "line": None, "unread_lines": None, "unread_records": None}


def _os_reason(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__
