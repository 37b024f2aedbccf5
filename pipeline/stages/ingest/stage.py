"""The ingest stage: read corpora (files or folders) into records with deterministic ids.

Every item read ends as a record or a reject with a reason code and the file/line. A file that
cannot be read at all (unknown type, undecodable, not a JSON array) counts as one rejected input
item; an empty file is not an error and contributes nothing.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, cast

import pyarrow as pa

from pipeline.config import PipelineConfig
from pipeline.core.hashing import file_sha256
from pipeline.core.progress import Progress, SilentProgress
from pipeline.core.records import RECORD_SCHEMA
from pipeline.core.stage import RejectBuilder, StageResult
from pipeline.io.corpus import CorpusSpec, InputFile, corpus_files
from pipeline.io.layouts import RecordProblem, map_record
from pipeline.io.readers import FileInfo, FileProblem, file_format, read_items
from pipeline.text.lang import record_lang

STAGE = "ingest"

_LANG_ALIASES = {"zh": "zh", "zho": "zh", "chi": "zh", "chinese": "zh", "en": "en", "eng": "en", "english": "en"}


@dataclass
class IngestResult:
    """The ingest stage's result plus what it learnt about each input file."""

    result: StageResult
    files: list[InputFile] = field(default_factory=list)
    kept_rows: int = 0
    """Records kept (also when they went to a ``sink`` and ``result.kept`` is empty)."""


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


def ingest(
    corpora: Iterable[CorpusSpec],
    config: PipelineConfig,
    progress: Progress | None = None,
    *,
    sink: Callable[[pa.Table], None] | None = None,
    batch_rows: int = 50_000,
) -> IngestResult:
    """Read every corpus and return kept records, rejects, counters and per-file facts.

    With ``sink``, kept records are handed over in tables of exactly ``batch_rows`` rows (the last
    one shorter) as they are read, so memory holds one batch, not the corpus; the result's ``kept``
    is then empty and ``IngestResult.kept_rows`` counts them. Without, ``kept`` holds them all.
    """
    progress = progress or SilentProgress()
    cfg = config.ingest
    rejects = RejectBuilder(STAGE)
    rows: list[dict[str, Any]] = []
    kept_tables: list[pa.Table] = []
    langs: dict[str, int] = {}
    kept_rows = 0

    def flush() -> None:
        nonlocal rows, kept_rows
        if not rows:
            return
        for r in rows:
            langs[r["lang"]] = langs.get(r["lang"], 0) + 1
        batch = pa.Table.from_pylist(rows, schema=RECORD_SCHEMA)
        kept_rows += batch.num_rows
        rows = []
        if sink is not None:
            sink(batch)
        else:
            kept_tables.append(batch)

    files: list[InputFile] = []
    counters: dict[str, float] = {"files": 0, "files_rejected": 0, "items_read": 0}
    progress.start(STAGE)
    for spec in corpora:
        corpus_cfg = cfg.corpus(spec.name)
        seen_ids: dict[str, str] = {}
        for path, rel in corpus_files(spec):
            if spec.only is not None and rel not in spec.only:
                counters["files_unchanged"] = counters.get("files_unchanged", 0) + 1
                continue
            counters["files"] += 1
            where = f"{spec.name}/{rel}"
            info: dict[str, Any] = {
                "corpus": spec.name,
                "file": rel,
                "path": str(path),
                "sha256": file_sha256(path),
                "bytes": path.stat().st_size,
            }
            fmt = file_format(path)
            prov = {"corpus": spec.name, "source_file": rel}
            file_kept = file_rejected = 0
            if fmt is None:
                rejects.add(
                    prov,
                    "unknown_file_type",
                    f"{where}: unsupported file type '{path.suffix or '(none)'}' "
                    "(supported: .json, .jsonl, .ndjson, .csv, .tsv, .parquet)",
                    record_id=make_record_id(spec.name, rel, "file"),
                    keep_record=False,
                )
                counters["files_rejected"] += 1
                files.append(
                    cast(InputFile, {**info, "format": None, "encoding": None, "items": 1, "kept": 0, "rejected": 1})
                )
                continue
            finfo = FileInfo(format=fmt)
            items = 0
            try:
                for item in read_items(path, fmt, finfo):
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
                        file_rejected += 1
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
                        file_rejected += 1
                        continue
                    try:
                        rec = map_record(item.obj, cfg, corpus_cfg)
                    except RecordProblem as problem:
                        raw = item.obj if isinstance(item.obj, dict) else {"value": item.obj}
                        rejects.add(
                            {**raw, **base},
                            problem.reason,
                            f"{where}{line_txt}: {problem.detail}",
                            record_id=rec_id,
                            source_line=item.line,
                        )
                        file_rejected += 1
                        continue
                    sid = rec["source_id"]
                    if sid is not None:
                        first = seen_ids.get(sid)
                        if first is not None:
                            rejects.add(
                                {**(item.obj if isinstance(item.obj, dict) else {}), **base},
                                "duplicate_source_id",
                                f"{where}{line_txt}: field '{cfg.id_field}' repeats the id of the record at {first}",
                                record_id=rec_id,
                                source_line=item.line,
                            )
                            file_rejected += 1
                            continue
                        seen_ids[sid] = f"{where}{line_txt}"
                    if corpus_cfg.lang:
                        lang = corpus_cfg.lang
                    elif rec["lang"]:
                        lang = normalise_lang(rec["lang"])
                    else:
                        # The prompt decides (a "write in French" or translation task is English).
                        lang = record_lang(rec["instruction"], rec["input"], rec["output"], rec.get("system") or "")
                    rows.append({**rec, "record_id": rec_id, "lang": lang, **base})
                    file_kept += 1
                    if len(rows) >= batch_rows:
                        flush()
            except FileProblem as problem:
                rejects.add(
                    prov,
                    problem.reason,
                    f"{where}: {problem.detail}",
                    record_id=make_record_id(spec.name, rel, "file"),
                    keep_record=False,
                )
                counters["files_rejected"] += 1
                items += 1
                file_rejected += 1
            except OSError as exc:
                rejects.add(
                    prov,
                    "unreadable_file",
                    f"{where}: cannot read the file ({exc.strerror or type(exc).__name__})",
                    record_id=make_record_id(spec.name, rel, "file"),
                    keep_record=False,
                )
                counters["files_rejected"] += 1
                items += 1
                file_rejected += 1
            progress.advance(items % 1000)
            counters["items_read"] += items
            files.append(
                cast(
                    InputFile,
                    {
                        **info,
                        "format": fmt,
                        "encoding": finfo.encoding,
                        "items": items,
                        "kept": file_kept,
                        "rejected": file_rejected,
                    },
                )
            )
    flush()
    progress.finish()
    if kept_tables:
        table = kept_tables[0] if len(kept_tables) == 1 else pa.concat_tables(kept_tables)
    else:
        table = RECORD_SCHEMA.empty_table()
    counters.update({f"lang_{k}": v for k, v in sorted(langs.items())})
    result = StageResult(kept=table, rejected=rejects.table(), counters=counters)
    return IngestResult(result=result, files=files, kept_rows=kept_rows)
