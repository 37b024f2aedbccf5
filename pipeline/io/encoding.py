"""Detect the text encoding of a corpus file, reading it in bounded chunks.

Accepted encodings: UTF-8 (with or without BOM), UTF-16 and UTF-32 (BOM, or UTF-16 without BOM
when the NUL-byte pattern says so) and GB18030 (a superset of GBK and GB2312). Anything else is
not guessed: the file is rejected as ``unknown_encoding`` rather than exported as garbled text.

Decision order:

1. a byte-order mark wins;
2. UTF-16 without BOM when every other byte of the start is NUL;
3. the whole file is valid UTF-8: UTF-8;
4. otherwise the places that are not valid UTF-8 are collected (with the line around each) and
   handed to charset-normalizer (MIT, maintained; ``pipeline`` pins it). GB18030 is accepted only
   when it is charset-normalizer's clear first choice: every candidate of another encoding within
   :data:`GB_MARGIN` of its "mess" ratio must fit a language clearly worse than GB18030 fits
   Chinese (:data:`GB_COHERENCE_MARGIN`). Short texts in GBK, EUC-KR and Shift-JIS are often
   equally plausible, and then we do not guess;
5. otherwise the file is UTF-8 with damaged places when those are rare: fewer than one in
   :data:`DAMAGE_BYTES` bytes, or under 1/:data:`DAMAGE_RATIO` of the valid non-ASCII characters.
   The damaged lines are rejected one by one (``undecodable``); ASCII and valid UTF-8 text reads
   the same in every encoding we could have confused it with;
6. otherwise the encoding is unknown and the whole file is rejected (``unknown_encoding``), with
   charset-normalizer's guess in the message so the user knows what to convert from.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from typing import BinaryIO

CHUNK = 1 << 22
"""Bytes read at a time."""

GB_FAMILY = frozenset({"gb18030", "gbk", "gb2312"})
GB_MARGIN = 0.04
"""How much lower GB18030's mess ratio must be than any other encoding's for a confident guess."""
GB_MAX_CHAOS = 0.1
GB_COHERENCE_MARGIN = 0.05
"""When another encoding is as plausible byte-wise, GB18030's Chinese "coherence" must be higher by this much."""
DAMAGE_BYTES = 10_000
DAMAGE_RATIO = 20
SURVEY_STOP = 10_000
"""The survey of a file that is not UTF-8 stops once it has seen this many bad places and they are not rare."""
SAMPLE_BYTES = 1 << 16
"""At most this many bytes of the lines that are not UTF-8 are given to charset-normalizer."""

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)
MARK_ERRORS = "instructflow-mark"
"""Decoding error handler: each undecodable byte ``b`` becomes the lone surrogate ``U+DC00 + b``.

Text decoded strictly never contains lone surrogates, so a surrogate in decoded text marks exactly
the bytes that could not be decoded (and their position), while the rest keeps its structure.
"""
UNDECODABLE = re.compile("[\udc00-\udcff]")
"""Matches a character that stands for an undecodable byte (see :data:`MARK_ERRORS`)."""


def _mark(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return "".join(chr(0xDC00 + b) for b in exc.object[exc.start : exc.end]), exc.end


codecs.register_error(MARK_ERRORS, _mark)

ASCII_COMPATIBLE = frozenset({"utf-8", "gb18030"})
"""Codecs in which byte 0x0A is always a newline (never part of a multi-byte character)."""


@dataclass(frozen=True)
class Detection:
    """The result of :func:`detect_encoding`."""

    codec: str | None
    """The Python codec to decode with (``utf-8``, ``utf-16-le``, ``gb18030``...), None when unknown."""
    name: str | None
    """The name recorded for the file: ``utf-8``, ``utf-8-sig``, ``utf-16``, ``utf-16-le``, ``utf-32``, ``gb18030``."""
    skip: int = 0
    """Bytes of byte-order mark to skip."""
    verified: bool = False
    """True when every byte is known to decode (no line needs checking)."""
    detail: str | None = None
    """Why the encoding is unknown (value-free)."""
    lines: int | None = None
    """Lines in the file, when they were counted."""


_UTF16_MIN_SAMPLE = 16
"""Bytes needed before NUL positions count as evidence of UTF-16 (``0\\n\\x00\\n`` is UTF-8 text with a NUL)."""


def _utf16_without_bom(sample: bytes) -> str | None:
    if len(sample) < _UTF16_MIN_SAMPLE:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_nuls > 0.3 * half and even_nuls < 0.05 * half:
        return "utf-16-le"
    if even_nuls > 0.3 * half and odd_nuls < 0.05 * half:
        return "utf-16-be"
    return None


def _valid_utf8(fh: BinaryIO, start: int) -> bool:
    decoder = codecs.getincrementaldecoder("utf-8")()
    fh.seek(start)
    try:
        while chunk := fh.read(CHUNK):
            decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


@dataclass
class _Damage:
    bad: int = 0
    valid_non_ascii: int = 0
    size: int = 0
    lines: int = 0
    first_bad_line: int | None = None
    sample: bytearray | None = None
    complete: bool = True
    """False when the survey stopped early (counts cover only the start of the file)."""


def _survey(fh: BinaryIO) -> _Damage:
    """Count the places that are not UTF-8 and collect the lines around them (bounded)."""
    stats = _Damage(sample=bytearray())
    assert stats.sample is not None
    decoder = codecs.getincrementaldecoder("utf-8")(errors=MARK_ERRORS)
    fh.seek(0)
    last_byte = b""
    while True:
        chunk = fh.read(CHUNK)
        text = decoder.decode(chunk, final=not chunk)
        if chunk:
            stats.size += len(chunk)
            last_byte = chunk[-1:]
        runs = list(re.finditer("[\udc00-\udcff]+", text))
        marks = sum(m.end() - m.start() for m in runs)
        stats.valid_non_ascii += len(text) - len(text.encode("ascii", "ignore")) - marks
        for m in runs:
            if stats.first_bad_line is None:
                stats.first_bad_line = stats.lines + text.count("\n", 0, m.start()) + 1
            stats.bad += 1
            if len(stats.sample) < SAMPLE_BYTES:
                lo = max(text.rfind("\n", 0, m.start()) + 1, m.start() - 2048)
                hi = text.find("\n", m.end())
                hi = min(len(text) if hi < 0 else hi, m.end() + 2048)
                stats.sample += text[lo:hi].encode("utf-8", "surrogateescape") + b"\n"
        stats.lines += text.count("\n")
        if not chunk:
            break
        if len(chunk) == CHUNK and stats.bad >= SURVEY_STOP and not _is_damage(stats):
            # clearly not UTF-8 with a few damaged places: the rest cannot change that (and a
            # legacy-encoded file has an error every few bytes, each a Python call here)
            stats.complete = False
            return stats
    if stats.size and last_byte != b"\n":
        stats.lines += 1
    return stats


def _is_damage(stats: _Damage) -> bool:
    return stats.bad * DAMAGE_BYTES <= stats.size or stats.bad * DAMAGE_RATIO <= stats.valid_non_ascii


def _count_newlines(fh: BinaryIO) -> int:
    n = 0
    while data := fh.read(CHUNK):
        n += data.count(b"\n")
    return n


def _guess(sample: bytes) -> tuple[list[str], bool]:
    """charset-normalizer's close candidates for ``sample`` and whether GB18030 is a confident guess."""
    from charset_normalizer import from_bytes

    matches = list(from_bytes(sample))
    if not matches:
        return [], False
    best = matches[0]
    close = [m for m in matches if m.chaos <= best.chaos + GB_MARGIN]
    is_gb = best.encoding in GB_FAMILY and best.chaos <= GB_MAX_CHAOS
    for other in close:  # as plausible byte-wise: the Chinese language fit must then be clearly better
        if other.encoding not in GB_FAMILY and other.coherence + GB_COHERENCE_MARGIN >= best.coherence:
            is_gb = False
    names = [m.encoding for m in close]
    if is_gb:
        return names, True
    return [
        n for n in names if n not in GB_FAMILY or n == best.encoding
    ] if best.encoding in GB_FAMILY else names, False


def detect_encoding(fh: BinaryIO) -> Detection:
    """Detect the encoding of the open binary file ``fh`` (see the module's decision order).

    Reads the file in chunks of :data:`CHUNK` bytes (once when it is UTF-8, twice otherwise).
    """
    fh.seek(0)
    head = fh.read(4096)
    for bom, codec, name in _BOMS:
        if head.startswith(bom):
            return Detection(codec=codec, name=name, skip=len(bom))
    utf16 = _utf16_without_bom(head)
    if utf16:
        return Detection(codec=utf16, name=utf16)
    if _valid_utf8(fh, 0):
        return Detection(codec="utf-8", name="utf-8", verified=True)
    stats = _survey(fh)
    close, gb = _guess(bytes(stats.sample or b""))
    if gb:
        return Detection(codec="gb18030", name="gb18030", lines=stats.lines if stats.complete else None)
    if stats.complete and _is_damage(stats):
        return Detection(codec="utf-8", name="utf-8", lines=stats.lines)
    if not stats.complete:  # count what the survey did not reach
        lines = stats.lines
        fh.seek(stats.size)
        lines += _count_newlines(fh)
        fh.seek(0, 2)
        end = fh.tell()
        fh.seek(end - 1 if end else 0)
        stats.lines = lines + (1 if end and fh.read(1) != b"\n" else 0)
    close = [c for c in close if c.replace("_", "-") not in ("utf-8", "ascii")]
    hint = ""
    if len(close) == 1:
        hint = f"; it looks like {close[0]}, which is not read (only UTF-8, UTF-16/32 and GB18030 are)"
    elif close:
        shown = ", ".join(sorted(set(close))[:4])
        hint = f"; it could be any of {shown} (too little text to tell)"
    at_least = "" if stats.complete else "at least "
    detail = (
        f"the file's encoding is not one we detect reliably: {at_least}{stats.bad:,} places are not valid UTF-8, "
        f"the first on line {stats.first_bad_line}{hint}; convert the file to UTF-8"
    )
    return Detection(codec=None, name=None, detail=detail, lines=stats.lines)
