"""The elements of a JSON array file, parsed one by one from a sliding window of text.

Why not ``json.load`` or ijson: ``json.load`` holds the whole file, its decoded text and every
object at once (a 310 MB array peaked at 2.9 GB); ijson streams but gives no line numbers, which
every reject must name. Here the standard library's C decoder parses one element at a time
(``JSONDecoder.raw_decode``) from a window that holds the element being parsed plus one chunk, so
memory stays bounded by the largest element (at most :attr:`ReadLimits.window`), and the line of
each element is counted as the window slides. Measured in docs/BENCHMARKS.md.

An element that is too large, or nested too deep for the decoder, is skipped with a bracket
scanner (iterative, also chunk by chunk) and rejected alone. A syntax error ends the reading of the
file: the elements before it are kept and the rest is reported as not read (with its line count),
because after a syntax error there is no reliable way to find where the next element starts.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from pipeline.io.encoding import UNDECODABLE
from pipeline.io.items import FileProblem, RawItem, ReadLimits
from pipeline.io.values import check_value, may_be_too_deep, may_hold_surrogates

_WS = re.compile(r"[ \t\n\r]*")
_STRUCT = re.compile(r'["\[\]{}]')
_IN_STRING = re.compile(r'["\\]')
_decode = json.JSONDecoder().raw_decode


class _Window:
    """A sliding window over text chunks that tracks the line and column of its start."""

    def __init__(self, chunks: Iterator[str]) -> None:
        self._chunks = chunks
        self.buf = ""
        self.pos = 0
        self.eof = False
        self._line = 1  # the line of buf[_mark]
        self._mark = 0
        self._col0 = 0  # characters before buf[0] on its line

    def more(self) -> bool:
        """Read one more chunk into the window (dropping what is behind ``pos``); False at the end."""
        if self.eof:
            return False
        chunk = next(self._chunks, None)
        if chunk is None:
            self.eof = True
            return False
        if self.pos > 0:
            self._advance_mark(self.pos)
            nl = self.buf.rfind("\n", 0, self.pos)
            self._col0 = self.pos - nl - 1 if nl >= 0 else self._col0 + self.pos
            self.buf = self.buf[self.pos :]
            self._mark -= self.pos
            self.pos = 0
        self.buf += chunk
        return True

    def _advance_mark(self, to: int) -> None:
        if to > self._mark:
            self._line += self.buf.count("\n", self._mark, to)
            self._mark = to

    def line_at(self, index: int) -> int:
        """The line of ``buf[index]`` (``index`` at or after every index asked before)."""
        self._advance_mark(index)
        return self._line

    def column_at(self, index: int) -> int:
        """The 1-based column of ``buf[index]``."""
        nl = self.buf.rfind("\n", 0, index)
        return index - nl if nl >= 0 else self._col0 + index + 1

    def skip_ws(self) -> bool:
        """Move ``pos`` past whitespace; False when the text ends first."""
        while True:
            m = _WS.match(self.buf, self.pos)
            assert m is not None
            self.pos = m.end()
            if self.pos < len(self.buf):
                return True
            if not self.more():
                return False

    def rest_lines(self, start: int) -> int:
        """Lines from the one holding ``buf[start]`` to the end of the text (consumes the window)."""
        n = self.buf.count("\n", start)
        last = self.buf[-1:]
        for chunk in self._chunks:
            n += chunk.count("\n")
            last = chunk[-1:] or last
        self.eof = True
        self.buf, self.pos, self._mark = "", 0, 0
        return n + (1 if last and last != "\n" else 0)


def _skip_element(win: _Window, start: int) -> tuple[int, int] | None:
    """Find the end of the string, object or array at ``buf[start]`` without parsing it.

    Returns ``(end index, utf-8 bytes)`` with the window moved as needed, or None when the text
    ends first. Iterative: any depth.
    """
    depth = 0
    in_string = False
    escaped = False
    i = start
    size = 0
    while True:
        buf = win.buf
        while i < len(buf):
            if escaped:
                escaped = False
                i += 1
                continue
            if in_string:
                m = _IN_STRING.search(buf, i)
                if m is None:
                    i = len(buf)
                    break
                if m.group() == "\\":
                    escaped = True
                    i = m.end()
                    continue
                in_string = False
                i = m.end()
                if depth == 0:
                    return i, size + len(buf[start:i].encode("utf-8", "surrogatepass"))
                continue
            m = _STRUCT.search(buf, i)
            if m is None:
                i = len(buf)
                break
            ch = m.group()
            i = m.end()
            if ch == '"':
                in_string = True
            elif ch in "[{":
                depth += 1
            else:
                depth -= 1
                if depth <= 0:
                    return i, size + len(buf[start:i].encode("utf-8", "surrogatepass"))
        # keep only what is needed: drop the scanned text from the window
        size += len(buf[start:i].encode("utf-8", "surrogatepass"))
        win.pos = i
        if not win.more():
            return None
        i = win.pos
        start = i


def read_json_array(chunks: Iterator[str], limits: ReadLimits) -> Iterator[RawItem]:
    """Yield the elements of a JSON array; raise :class:`FileProblem` when the file is not an array.

    A syntax error after the first element yields the elements before it, then raises
    :class:`FileProblem` for the rest (``line``, ``unread_lines``).
    """
    win = _Window(chunks)
    if not win.skip_ws():
        return  # an empty file
    if win.buf[win.pos] != "[":
        line = win.line_at(win.pos)
        lines = win.rest_lines(0)
        raise FileProblem(
            "malformed_json",
            f"line {line}: expected a JSON array of objects ('[' ...); the file is not read",
            line=line,
            unread_lines=lines,
        )
    win.pos += 1
    index = 0
    expect_value = False  # after a ',' an element must follow
    while True:
        if not win.skip_ws():
            raise _rest(win, len(win.buf), "unexpected end of file: the JSON array is not closed with ']'")
        if win.buf[win.pos] == "]" and not expect_value:
            win.pos += 1
            if win.skip_ws():
                at = win.pos
                raise _rest(win, at, "unexpected data after the end of the JSON array")
            return
        start = win.pos
        line = win.line_at(start)
        item = _element(win, start, index, line, limits)
        if isinstance(item, FileProblem):
            raise item
        yield item
        index += 1
        if not win.skip_ws():
            raise _rest(win, len(win.buf), "unexpected end of file: the JSON array is not closed with ']'")
        ch = win.buf[win.pos]
        if ch == ",":
            win.pos += 1
            expect_value = True
        elif ch == "]":
            expect_value = False
        else:
            at = win.pos
            raise _rest(win, at, f"expected ',' or ']' after element {index - 1}")


def _rest(win: _Window, at: int, why: str) -> FileProblem:
    line = win.line_at(at) if at < len(win.buf) else win.line_at(len(win.buf))
    col = win.column_at(at)
    lines = win.rest_lines(at)
    return FileProblem(
        "malformed_json",
        f"line {line}, column {col}: {why}; the rest of the file ({_lines(lines)}) is not read",
        line=line,
        unread_lines=lines,
    )


def _lines(n: int) -> str:
    return f"{n:,} line" if n == 1 else f"{n:,} lines"


def _element(win: _Window, start: int, index: int, line: int, limits: ReadLimits) -> RawItem | FileProblem:
    """Parse (or skip) the element at ``start``; leave ``win.pos`` after it."""
    window = limits.window
    while True:
        try:
            obj, end = _decode(win.buf, start)
        except json.JSONDecodeError as exc:
            if not win.eof and _truncated(win, exc) and len(win.buf) - start <= window:
                offset = start - win.pos
                if win.more():
                    start = win.pos + offset
                    continue
            return _failed(win, start, index, line, limits, exc)
        except RecursionError:
            return _skipped(
                win, start, index, line, "nesting_too_deep", f"nested deeper than {limits.max_nesting} levels"
            )
        if end >= len(win.buf) and not win.eof:  # a number may go on in the next chunk
            offset = start - win.pos
            if win.more():
                start = win.pos + offset
                continue
        break
    raw = win.buf[start:end]
    win.pos = end
    bad = UNDECODABLE.search(raw)
    size = len(raw) if raw.isascii() else len(raw.encode("utf-8", "surrogatepass"))
    if bad is not None:
        bad_line = line + raw.count("\n", 0, bad.start())
        return RawItem(
            index=index,
            line=line,
            size=size,
            reason="undecodable",
            detail=f"line {bad_line}: element {index} holds bytes that are not valid text in the file's encoding",
        )
    problem = None
    if (deep := may_be_too_deep(raw)) or may_hold_surrogates(raw):
        problem = check_value(obj, surrogates=True, depth=deep)
    if problem is not None:
        return RawItem(index=index, line=line, size=size, reason=problem[0], detail=f"line {line}: {problem[1]}")
    return RawItem(index=index, line=line, obj=obj, size=size)


def _truncated(win: _Window, exc: json.JSONDecodeError) -> bool:
    """Whether the decoder may have failed only because the window ends inside the element."""
    return exc.msg.startswith("Unterminated string") or exc.pos >= len(win.buf) - 16


def _failed(
    win: _Window, start: int, index: int, line: int, limits: ReadLimits, exc: json.JSONDecodeError
) -> RawItem | FileProblem:
    """An element the decoder rejects: too large (skip it), or a syntax error (the rest is not read)."""
    if _truncated(win, exc) and len(win.buf) - start > limits.window and win.buf[start] in '{["':
        return _skipped(win, start, index, line, "record_too_large", "")
    at = exc.pos
    where_line = win.line_at(at) if at >= start else line
    col = win.column_at(at)
    lines = win.rest_lines(start)
    return FileProblem(
        "malformed_json",
        f"line {where_line}, column {col}: {exc.msg}; element {index} and the rest of the file "
        f"({_lines(lines)} from line {line}) are not read",
        line=line,
        unread_lines=lines,
    )


def _skipped(win: _Window, start: int, index: int, line: int, reason: str, why: str) -> RawItem | FileProblem:
    found = _skip_element(win, start)
    if found is None:
        lines = win.rest_lines(win.pos)
        return FileProblem(
            "malformed_json",
            f"line {line}: element {index} does not end before the end of the file; the rest of the file is not read",
            line=line,
            unread_lines=lines,
        )
    end, size = found
    win.pos = end
    if reason == "record_too_large":
        why = f"element {index} is {size:,} bytes, over the limit"
    return RawItem(index=index, line=line, size=size, reason=reason, detail=f"line {line}: {why}")
