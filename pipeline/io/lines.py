"""Decoded lines and text chunks of a corpus file, in bounded memory.

A line that holds bytes the file's encoding cannot decode is still returned, with those bytes
marked (:data:`pipeline.io.encoding.MARK_ERRORS`) and ``bad`` set to the column of the first one,
so a reader can reject that line alone. A line longer than the limit is not kept in memory: it
is skipped to its end and returned empty with ``too_long`` set and its size.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from pipeline.io.encoding import ASCII_COMPATIBLE, CHUNK, MARK_ERRORS, UNDECODABLE, Detection


@dataclass(slots=True)
class Line:
    """One line of a text file, without its newline (a carriage return before it is kept)."""

    number: int
    text: str
    bad: int | None = None
    """1-based column of the first undecodable byte, None when the line decoded cleanly."""
    size: int = 0
    """Bytes of the line in the file, without the newline."""
    too_long: bool = False
    newline: bool = True
    """False for a last line that does not end with a newline."""


def iter_text(fh: BinaryIO, det: Detection, chunk: int = CHUNK) -> Iterator[str]:
    """The decoded text of the file in chunks (undecodable bytes marked)."""
    assert det.codec is not None
    decoder = codecs.getincrementaldecoder(det.codec)(errors=MARK_ERRORS)
    fh.seek(det.skip)
    while True:
        data = fh.read(chunk)
        text = decoder.decode(data, final=not data)
        if text:
            yield text
        if not data:
            return


def iter_lines(fh: BinaryIO, det: Detection, limit: int) -> Iterator[Line]:
    """The lines of the file, decoded; lines longer than ``limit`` bytes come back ``too_long``."""
    assert det.codec is not None
    if det.codec not in ASCII_COMPATIBLE:
        yield from _text_lines(fh, det, limit)
        return
    codec = det.codec
    fh.seek(det.skip)
    number = 0
    readline = fh.readline
    while True:
        raw = readline(limit + 1)
        if not raw:
            return
        number += 1
        newline = raw.endswith(b"\n")
        if not newline and len(raw) > limit:
            size = len(raw)
            while more := readline(1 << 20):
                if more.endswith(b"\n"):
                    size += len(more) - 1
                    newline = True
                    break
                size += len(more)
            yield Line(number, "", None, size, True, newline)
            continue
        body = raw[:-1] if newline else raw
        if det.verified:
            yield Line(number, body.decode(codec), None, len(body), False, newline)
            continue
        try:
            text = body.decode(codec)
            bad = None
        except UnicodeDecodeError:
            text = body.decode(codec, MARK_ERRORS)
            m = UNDECODABLE.search(text)
            bad = m.start() + 1 if m else 1
        yield Line(number, text, bad, len(body), False, newline)


def _text_lines(fh: BinaryIO, det: Detection, limit: int) -> Iterator[Line]:
    """Lines of a file whose newline is not one byte (UTF-16, UTF-32): split the decoded text."""
    number = 0
    pending: list[str] = []
    pending_len = 0
    skipping = False
    skipped = 0

    def make(text: str, newline: bool) -> Line:
        m = UNDECODABLE.search(text)
        return Line(
            number, text, m.start() + 1 if m else None, len(text.encode("utf-8", "surrogatepass")), False, newline
        )

    for text in iter_text(fh, det):
        pos = 0
        while True:
            nl = text.find("\n", pos)
            piece = text[pos:] if nl < 0 else text[pos:nl]
            if skipping:
                skipped += len(piece.encode("utf-8", "surrogatepass"))
            else:
                pending.append(piece)
                pending_len += len(piece)
                if pending_len > limit:
                    skipping = True
                    skipped = len("".join(pending).encode("utf-8", "surrogatepass"))
                    pending, pending_len = [], 0
            if nl < 0:
                break
            number += 1
            if skipping:
                yield Line(number, "", None, skipped, True, True)
                skipping, skipped = False, 0
            else:
                yield make("".join(pending), True)
            pending, pending_len = [], 0
            pos = nl + 1
    if skipping:
        number += 1
        yield Line(number, "", None, skipped, True, False)
    elif pending_len:
        number += 1
        yield make("".join(pending), False)


def count_lines(fh: BinaryIO, det: Detection | None = None) -> int:
    """Lines from the current position of ``fh`` to the end (a last line without newline counts)."""
    if det is not None and det.codec is not None and det.codec not in ASCII_COMPATIBLE:
        decoder = codecs.getincrementaldecoder(det.codec)(errors=MARK_ERRORS)
        n, last = 0, ""
        while data := fh.read(CHUNK):
            text = decoder.decode(data)
            n += text.count("\n")
            last = text[-1:] or last
        return n + (1 if last and last != "\n" else 0)
    n, last_byte = 0, b""
    while data := fh.read(CHUNK):
        n += data.count(b"\n")
        last_byte = data[-1:]
    return n + (1 if last_byte and last_byte != b"\n" else 0)
