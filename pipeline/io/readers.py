"""Read raw items from corpus files: JSON arrays, JSON Lines, CSV, TSV and Parquet, in bounded memory.

A reader yields :class:`RawItem` objects: either a parsed object with its position (index and line)
and serialized size, or a problem (reason code + value-free detail) that becomes a reject. A problem
in one line, row or element never stops the rest of the file from being read where that is safe;
when the rest cannot be read (a file in an unknown encoding, a JSON syntax error, a corrupt Parquet
row group), :class:`FileProblem` says so, with what is known about the part not read.

Every format is streamed: JSON Lines, CSV and TSV line by line (:mod:`pipeline.io.lines`), JSON
arrays element by element (:mod:`pipeline.io.json_array`), Parquet batch by batch.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import BinaryIO

from pipeline.io.corpus import SUPPORTED_SUFFIXES, file_format
from pipeline.io.delimited import read_delimited
from pipeline.io.encoding import detect_encoding
from pipeline.io.items import FileInfo, FileProblem, RawItem, ReadLimits
from pipeline.io.json_array import read_json_array
from pipeline.io.lines import Line, count_lines, iter_lines, iter_text
from pipeline.io.values import check_value, may_be_too_deep, may_hold_surrogates

__all__ = [
    "SUPPORTED_SUFFIXES",
    "FileInfo",
    "FileProblem",
    "RawItem",
    "ReadLimits",
    "file_format",
    "read_items",
]

PARQUET_BATCH_ROWS = 1024
"""Rows converted to Python objects at a time."""


def read_items(fh: BinaryIO, fmt: str, info: FileInfo, limits: ReadLimits | None = None) -> Iterator[RawItem]:
    """Yield the raw items of the open binary file ``fh`` read as ``fmt``.

    Raises :class:`FileProblem` when the file, or the rest of it, cannot be read (after yielding
    the items before the problem), and ``OSError`` when reading fails.
    """
    limits = limits or ReadLimits()
    if fmt == "parquet":
        info.encoding = None
        yield from _read_parquet(fh)
        return
    det = detect_encoding(fh)
    info.encoding = det.name
    if det.codec is None:
        lines = det.lines
        if lines is None:
            fh.seek(0)
            lines = count_lines(fh)
        raise FileProblem("unknown_encoding", f"{det.detail}; the file is not read", line=1, unread_lines=lines)
    if fmt == "json":
        yield from read_json_array(iter_text(fh, det), limits)
    elif fmt == "jsonl":
        yield from _read_jsonl(iter_lines(fh, det, limits.window), limits)
    elif fmt in ("csv", "tsv"):
        yield from read_delimited(iter_lines(fh, det, limits.window), "," if fmt == "csv" else "\t", limits)
    else:  # pragma: no cover - formats come from file_format
        raise FileProblem("unknown_file_type", f"unsupported format {fmt!r}")


def _read_jsonl(lines: Iterator[Line], limits: ReadLimits) -> Iterator[RawItem]:
    """Parse JSON Lines; a blank line is skipped, every other line is one item (object or problem)."""
    loads = json.loads
    index = 0
    for line in lines:
        n = line.number
        if line.too_long:
            yield RawItem(
                index=index,
                line=n,
                size=line.size,
                reason="record_too_large",
                detail=f"line {n}: the line is {line.size:,} bytes, over the limit of {limits.max_record_bytes:,} "
                "(ingest.max_record_bytes)",
            )
            index += 1
            continue
        # JSON Lines are separated by "\n" only: U+2028 or U+0085 may appear raw inside strings.
        text = line.text.removesuffix("\r")
        if line.bad is None and not text.strip():
            continue
        size = len(text) if text.isascii() else len(text.encode("utf-8", "surrogatepass"))
        if line.bad is not None:
            yield RawItem(
                index=index,
                line=n,
                size=size,
                reason="undecodable",
                detail=f"line {n}, column {line.bad}: bytes that are not valid text in the file's encoding",
            )
            index += 1
            continue
        try:
            obj = loads(text)
        except json.JSONDecodeError as exc:
            yield RawItem(
                index=index,
                line=n,
                size=size,
                reason="malformed_json",
                detail=f"line {n}, column {exc.colno}: {exc.msg}",
            )
        except RecursionError:
            yield RawItem(
                index=index,
                line=n,
                size=size,
                reason="nesting_too_deep",
                detail=f"line {n}: nested deeper than {limits.max_nesting} levels",
            )
        else:
            problem = None
            if (deep := may_be_too_deep(text)) or may_hold_surrogates(text):
                problem = check_value(obj, surrogates=True, depth=deep)
            if problem is not None:
                yield RawItem(index=index, line=n, size=size, reason=problem[0], detail=f"line {n}: {problem[1]}")
            else:
                yield RawItem(index=index, line=n, obj=obj, size=size)
        index += 1


def _read_parquet(fh: BinaryIO) -> Iterator[RawItem]:
    """Rows of a Parquet file, batch by batch (one row group's pages at a time, not the whole file)."""
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(fh, pre_buffer=False, buffer_size=1 << 20)
        total = pf.metadata.num_rows
    except Exception as exc:  # pyarrow raises several types for corrupt files
        raise FileProblem(
            "malformed_parquet", f"cannot read the Parquet file's metadata ({type(exc).__name__}); the file is not read"
        ) from None
    index = 0
    batches = pf.iter_batches(batch_size=PARQUET_BATCH_ROWS, use_threads=False)
    while True:
        try:
            batch = next(batches, None)
        except Exception as exc:  # a corrupt page or row group: what follows cannot be read
            raise FileProblem(
                "malformed_parquet",
                f"row {index}: cannot read the Parquet data ({type(exc).__name__}); "
                f"the remaining {total - index:,} of {total:,} rows are not read",
                unread_records=total - index,
            ) from None
        if batch is None:
            return
        try:
            rows = batch.to_pylist()
        except Exception:  # e.g. a string column holding bytes that are not UTF-8
            rows = None
        if rows is None:
            for i in range(batch.num_rows):
                try:
                    obj = batch.slice(i, 1).to_pylist()[0]
                except Exception as exc:
                    yield RawItem(
                        index=index,
                        line=None,
                        reason="undecodable",
                        detail=f"row {index}: a value cannot be converted ({type(exc).__name__})",
                    )
                else:
                    yield _parquet_item(index, obj)
                index += 1
            continue
        for obj in rows:
            yield _parquet_item(index, obj)
            index += 1


def _parquet_item(index: int, obj: object) -> RawItem:
    text = json.dumps(obj, ensure_ascii=False, default=str)
    size = len(text) if text.isascii() else len(text.encode("utf-8", "surrogatepass"))
    if may_be_too_deep(text):
        problem = check_value(obj, surrogates=False, depth=True)
        if problem is not None:
            return RawItem(index=index, line=None, size=size, reason=problem[0], detail=f"row {index}: {problem[1]}")
    return RawItem(index=index, line=None, obj=obj, size=size)
