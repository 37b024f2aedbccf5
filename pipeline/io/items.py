"""What readers produce: raw items (an object or a problem), file facts, and whole-file problems."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.io.values import MAX_NESTING


@dataclass(slots=True)
class RawItem:
    """One item read from a file: an object, or a problem that rejects it (reason code + value-free detail)."""

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


@dataclass(frozen=True)
class ReadLimits:
    """Limits a reader keeps to: what is larger is rejected without being held in memory."""

    max_record_bytes: int = 1_048_576
    max_nesting: int = MAX_NESTING

    @property
    def window(self) -> int:
        """Characters (or bytes) a reader may hold for one record before it gives up on it."""
        return 2 * self.max_record_bytes + 1024


class FileProblem(Exception):
    """The file, or the rest of it from ``line`` on, cannot be read.

    ``reason`` is a reason code, ``detail`` names the position; ``unread_lines`` counts the lines
    not read (from ``line`` to the end, all of them for a whole-file problem) and ``unread_records``
    the records not read when the format knows (Parquet), each None when unknown.
    """

    def __init__(
        self,
        reason: str,
        detail: str,
        *,
        line: int | None = None,
        unread_lines: int | None = None,
        unread_records: int | None = None,
    ) -> None:
        """Record the reason, the detail and what is known of the part that was not read."""
        super().__init__(detail)
        self.reason = reason
        self.detail = detail
        self.line = line
        self.unread_lines = unread_lines
        self.unread_records = unread_records
