"""CSV and TSV rows, streamed line by line, with recovery from a broken quoted field.

The first row is the header. Each later row is an item; a blank line is skipped. A row is
rejected alone (``malformed_csv``, ``undecodable``) when it has the wrong number of columns, a
quote in the wrong place, or bytes the encoding cannot decode.

A quoted field that never closes would make the ``csv`` module read the rest of the file into one
field. Here a row may span at most :attr:`~pipeline.io.items.ReadLimits.window` bytes; a row that
spans several lines and still fails (unclosed quote, wrong column count, too long) rejects the
line it started on, and the reader then recovers: every following line is rejected on its own
until one reads as a complete row with the header's number of columns, where normal reading goes
on. Every line is counted: it is part of a row that was read or rejected, or it is blank.
"""

from __future__ import annotations

import csv
from collections import deque
from collections.abc import Iterator

from pipeline.io.items import FileProblem, RawItem, ReadLimits
from pipeline.io.lines import Line


class _RowTooLong(Exception):
    pass


class _Lines:
    """Lines with push-back; records which lines the current row consumed."""

    def __init__(self, lines: Iterator[Line], limit: int) -> None:
        self._lines = lines
        self._back: deque[Line] = deque()
        self.taken: list[Line] = []
        self._bytes = 0
        self._limit = limit
        self.exhausted = False

    def next_line(self) -> Line | None:
        if self._back:
            return self._back.popleft()
        line = next(self._lines, None)
        if line is None:
            self.exhausted = True
        return line

    def push_back(self, lines: list[Line]) -> None:
        self._back.extendleft(reversed(lines))

    def start_row(self) -> None:
        self.taken = []
        self._bytes = 0

    def feed(self) -> Iterator[str]:
        """The lines of one row as the csv reader asks for them (with their newline)."""
        while True:
            line = self.next_line()
            if line is None:
                return
            self.taken.append(line)
            self._bytes += line.size
            if line.too_long or self._bytes > self._limit:
                raise _RowTooLong
            yield line.text + ("\n" if line.newline else "")


def _blank(row: list[str]) -> bool:
    return not row or (len(row) == 1 and not row[0].strip())


def _alone(line: Line, delimiter: str) -> list[str] | None:
    """``line`` parsed as one complete row on its own, or None when it is not one."""
    if line.too_long or line.bad is not None:
        return None
    try:
        rows = list(csv.reader([line.text + "\n"], delimiter=delimiter, strict=True))
    except csv.Error:
        return None
    return rows[0] if len(rows) == 1 else None


def read_delimited(lines: Iterator[Line], delimiter: str, limits: ReadLimits) -> Iterator[RawItem]:
    """Yield the rows of a CSV/TSV file as dicts keyed by the header; raise :class:`FileProblem` for a bad header."""
    window = limits.window
    if csv.field_size_limit() < window:  # the default (131,072) would reject cells the window allows
        csv.field_size_limit(window)
    src = _Lines(lines, window)
    header: list[str] | None = None
    while header is None:
        src.start_row()
        reader = csv.reader(src.feed(), delimiter=delimiter, strict=True)
        try:
            row = next(reader)
        except StopIteration:
            return
        except (csv.Error, _RowTooLong) as exc:
            first = src.taken[0].number if src.taken else 1
            raise FileProblem(
                "malformed_csv",
                f"line {first}: cannot read the header row ({_why(exc)}); the file is not read",
                line=first,
            ) from None
        if _blank(row):
            continue
        header = [h.strip() for h in row]
        if any(ln.bad is not None for ln in src.taken):
            first = src.taken[0].number
            raise FileProblem(
                "undecodable",
                f"line {first}: the header row holds bytes that cannot be decoded; the file is not read",
                line=first,
            )
        if not any(header) or len(set(header)) != len(header):
            first = src.taken[0].number
            raise FileProblem(
                "malformed_csv",
                f"line {first}: the header row has empty or repeated column names; the file is not read",
                line=first,
            )
    ncols = len(header)
    index = 0
    broken_at: int | None = None  # the line of the broken row while recovering
    while True:
        if broken_at is not None:
            line = src.next_line()
            if line is None:
                return
            if not line.too_long and line.bad is None and not line.text.strip():
                continue
            alone = _alone(line, delimiter)
            if alone is not None and len(alone) == ncols:
                broken_at = None
                yield _item(index, line.number, header, alone)
            else:
                yield RawItem(
                    index=index,
                    line=line.number,
                    size=line.size,
                    reason="malformed_csv",
                    detail=f"line {line.number}: not a complete row while recovering from the broken row on line {broken_at}",
                )
            index += 1
            continue
        src.start_row()
        reader = csv.reader(src.feed(), delimiter=delimiter, strict=True)
        error: str | None = None
        try:
            row = next(reader)
        except StopIteration:
            return
        except (csv.Error, _RowTooLong) as exc:
            error = _why(exc)
            row = []
        taken = src.taken
        first = taken[0].number
        if error is None and _blank(row) and len(taken) == 1:
            continue
        if error is None and len(row) == ncols:
            bad = next((ln for ln in taken if ln.bad is not None), None)
            if bad is not None:
                yield RawItem(
                    index=index,
                    line=first,
                    size=sum(ln.size for ln in taken),
                    reason="undecodable",
                    detail=f"line {bad.number}, column {bad.bad}: bytes that are not valid text in the file's encoding",
                )
            else:
                yield _item(index, first, header, row)
            index += 1
            continue
        if len(taken) == 1:  # a one-line row: rejected alone, reading goes on
            line = taken[0]
            if line.bad is not None:
                reason, detail = (
                    "undecodable",
                    f"line {first}, column {line.bad}: bytes that are not valid text in the file's encoding",
                )
            elif line.too_long:
                reason, detail = "record_too_large", f"line {first}: the row is {line.size:,} bytes, over the limit"
            elif error is not None:
                reason, detail = "malformed_csv", f"line {first}: {error}"
            else:
                reason, detail = "malformed_csv", f"line {first}: expected {ncols} columns, found {len(row)}"
            yield RawItem(index=index, line=first, size=line.size, reason=reason, detail=detail)
            index += 1
            continue
        # a row over several lines that failed: most likely a quote that does not close where it should
        why = error or f"expected {ncols} columns, found {len(row)}"
        yield RawItem(
            index=index,
            line=first,
            size=taken[0].size,
            reason="malformed_csv",
            detail=f"line {first}: a quoted field opened here does not close properly ({why}); "
            "the following lines are read again one by one",
        )
        index += 1
        src.push_back(taken[1:])
        broken_at = first


def _why(exc: BaseException) -> str:
    if isinstance(exc, _RowTooLong):
        return "the row is longer than the limit"
    return str(exc)


def _item(index: int, line: int, header: list[str], row: list[str]) -> RawItem:
    size = sum(len(v) if v.isascii() else len(v.encode("utf-8", "surrogatepass")) for v in row) + len(row)
    return RawItem(index=index, line=line, obj=dict(zip(header, row, strict=True)), size=size)
