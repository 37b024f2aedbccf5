"""Read raw items from corpus files: JSON arrays, JSON Lines, CSV, TSV and Parquet.

A reader yields :class:`RawItem` objects: either a parsed object with its position (index and line)
and serialized size, or a problem (reason code + value-free detail) that becomes a reject. A problem
in one line or element never stops the rest of the file from being read where that is safe.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pipeline.io.encoding import DecodeFailure, decode_bytes

SUPPORTED_SUFFIXES: dict[str, str] = {
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".tsv": "tsv",
    ".parquet": "parquet",
}
"""File name endings the ingest stage reads, and their format names."""

_WS = re.compile(r"[ \t\n\r]*")


def _skip_ws(text: str, pos: int) -> int:
    """The position of the first character at or after ``pos`` that is not JSON whitespace."""
    m = _WS.match(text, pos)
    assert m is not None  # the pattern matches the empty string
    return m.end()


@dataclass
class RawItem:
    """One item read from a file: an object, or a problem that rejects it."""

    index: int
    line: int | None
    obj: object = None
    size: int = 0
    reason: str | None = None
    detail: str | None = None


@dataclass
class FileInfo:
    """What was learnt about a file while reading it (recorded in the manifest)."""

    format: str
    encoding: str | None = None


class FileProblem(Exception):
    """The whole file cannot be read; ``reason`` is a reject code, ``detail`` names the position."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


def file_format(path: Path) -> str | None:
    """Return the format name of ``path`` from its ending, or None when it is not supported."""
    return SUPPORTED_SUFFIXES.get(path.suffix.lower())


def _decode(data: bytes, info: FileInfo) -> str:
    try:
        text, info.encoding = decode_bytes(data)
    except DecodeFailure as exc:
        raise FileProblem("undecodable", f"cannot decode the file: {exc}") from None
    return text


def _utf8_len(text: str) -> int:
    # Cheap upper bound first: encoding every record would cost more than the rest of ingest.
    return len(text) if text.isascii() else len(text.encode("utf-8"))


_STREAM_CHUNK = 1 << 22


def _utf8_stream_encoding(path: Path) -> str | None:
    """``utf-8`` or ``utf-8-sig`` when the whole file is valid UTF-8 (checked chunk by chunk), else None.

    None also for a file starting with a UTF-16/32 byte-order mark: those go through the whole-file
    decoder, which detects them.
    """
    import codecs

    with path.open("rb") as fh:
        head = fh.read(4)
        if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)) or (
            head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and not head.startswith(codecs.BOM_UTF8)
        ):
            return None
        name = "utf-8-sig" if head.startswith(codecs.BOM_UTF8) else "utf-8"
        fh.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8")()
        try:
            while chunk := fh.read(_STREAM_CHUNK):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return None
    return name


def _file_lines(path: Path, bom: bool) -> Iterator[str]:
    """The lines of a UTF-8 file without their newline, one at a time."""
    with path.open("rb") as fh:
        if bom:
            fh.read(3)
        for raw in fh:
            yield raw.removesuffix(b"\n").decode("utf-8")


def read_items(path: Path, fmt: str, info: FileInfo) -> Iterator[RawItem]:
    """Yield the raw items of ``path`` read as ``fmt``; raise :class:`FileProblem` for whole-file errors.

    Parquet and UTF-8 JSON Lines are streamed; other files are read and decoded whole.
    """
    if fmt == "parquet":
        yield from _read_parquet(path)
        return
    if fmt == "jsonl":
        encoding = _utf8_stream_encoding(path)
        if encoding is not None:
            info.encoding = encoding
            yield from _jsonl_items(_file_lines(path, bom=encoding == "utf-8-sig"))
            return
    data = path.read_bytes()
    text = _decode(data, info)
    if fmt == "json":
        yield from _read_json_array(text)
    elif fmt == "jsonl":
        yield from _read_jsonl(text)
    elif fmt in ("csv", "tsv"):
        yield from _read_delimited(text, "," if fmt == "csv" else "\t")
    else:  # pragma: no cover - guarded by file_format
        raise FileProblem("unknown_file_type", f"unsupported format {fmt!r}")


def _json_error(exc: json.JSONDecodeError, line_offset: int = 0) -> str:
    return f"line {exc.lineno + line_offset}, column {exc.colno}: {exc.msg}"


def _read_json_array(text: str) -> Iterator[RawItem]:
    """Parse a JSON array element by element so that one bad element keeps the ones before it."""
    if not text.strip():
        return
    decoder = json.JSONDecoder()
    pos = _skip_ws(text, 0)
    if text[pos] != "[":
        line = text.count("\n", 0, pos) + 1
        raise FileProblem("malformed_json", f"line {line}: expected a JSON array of objects ('[' ...)")
    pos = _skip_ws(text, pos + 1)
    line = 1
    last = 0
    index = 0
    if pos < len(text) and text[pos] == "]":
        return
    while True:
        line += text.count("\n", last, pos)
        last = pos
        try:
            obj, end = decoder.raw_decode(text, pos)
        except json.JSONDecodeError as exc:
            yield RawItem(
                index=index,
                line=exc.lineno,
                reason="malformed_json",
                detail=f"{_json_error(exc)}; element {index} and the rest of the file could not be parsed",
            )
            return
        yield RawItem(index=index, line=line, obj=obj, size=_utf8_len(text[pos:end]))
        index += 1
        pos = _skip_ws(text, end)
        if pos >= len(text):
            yield RawItem(
                index=index,
                line=text.count("\n") + 1,
                reason="malformed_json",
                detail="unexpected end of file: the JSON array is not closed with ']'",
            )
            return
        ch = text[pos]
        if ch == "]":
            tail = _skip_ws(text, pos + 1)
            if tail != len(text):
                bad_line = text.count("\n", 0, tail) + 1
                yield RawItem(
                    index=index,
                    line=bad_line,
                    reason="malformed_json",
                    detail=f"line {bad_line}: unexpected data after the end of the JSON array",
                )
            return
        if ch != ",":
            bad_line = text.count("\n", 0, pos) + 1
            yield RawItem(
                index=index,
                line=bad_line,
                reason="malformed_json",
                detail=f"line {bad_line}: expected ',' or ']' after element {index - 1}; "
                "the rest of the file could not be parsed",
            )
            return
        pos = _skip_ws(text, pos + 1)


def _read_jsonl(text: str) -> Iterator[RawItem]:
    # JSON Lines are separated by "\n" only: str.splitlines() would also split on U+2028 or U+0085,
    # which JSON allows raw inside strings.
    return _jsonl_items(text.split("\n"))


def _jsonl_items(lines: Iterable[str]) -> Iterator[RawItem]:
    """Parse JSON Lines (each without its newline); a blank line is skipped, a bad one is reported."""
    loads = json.loads
    index = 0
    for lineno, line in enumerate(lines, start=1):
        line = line.removesuffix("\r")
        if not line.strip():
            continue
        try:
            obj = loads(line)
        except json.JSONDecodeError as exc:
            yield RawItem(
                index=index,
                line=lineno,
                reason="malformed_json",
                detail=f"line {lineno}, column {exc.colno}: {exc.msg}",
            )
        else:
            yield RawItem(index=index, line=lineno, obj=obj, size=_utf8_len(line))
        index += 1


def _read_delimited(text: str, delimiter: str) -> Iterator[RawItem]:
    if not text.strip():
        return
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = next(reader)
    except csv.Error as exc:
        raise FileProblem("malformed_csv", f"line {reader.line_num}: cannot read the header row: {exc}") from None
    names = [h.strip() for h in header]
    if not any(names) or len(set(names)) != len(names):
        raise FileProblem("malformed_csv", "line 1: the header row has empty or repeated column names")
    index = 0
    while True:
        start_line = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield RawItem(index=index, line=start_line, reason="malformed_csv", detail=f"line {start_line}: {exc}")
            return
        if not row or (len(row) == 1 and not row[0].strip()):
            continue
        if len(row) != len(names):
            yield RawItem(
                index=index,
                line=start_line,
                reason="malformed_csv",
                detail=f"line {start_line}: expected {len(names)} columns, found {len(row)}",
            )
        else:
            size = sum(_utf8_len(v) for v in row) + len(row)
            yield RawItem(index=index, line=start_line, obj=dict(zip(names, row)), size=size)
        index += 1


def _read_parquet(path: Path) -> Iterator[RawItem]:
    import pyarrow.parquet as pq

    try:
        table = pq.read_table(path)
    except Exception as exc:  # pyarrow raises several types for corrupt files
        raise FileProblem("unreadable_file", f"cannot read the Parquet file: {type(exc).__name__}") from None
    for index, obj in enumerate(table.to_pylist()):
        size = len(json.dumps(obj, ensure_ascii=False, default=str).encode("utf-8"))
        yield RawItem(index=index, line=None, obj=obj, size=size)
