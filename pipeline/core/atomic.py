"""Atomic file writes: write to a temporary file in the same folder, then rename over the target.

A reader never sees a half-written file, and a task that fails mid-write leaves the old file intact.
The file gets the mode a plain ``open(path, "w")`` would give (0644 under the usual umask 022), not the
0600 of ``tempfile.mkstemp``: exported datasets and cards are meant to be read by others.
The next write of the same file removes temp files a killed writer left behind. An OS error while
writing (a full disk) names the file it was writing. A target that is a device or a pipe (``/dev/null``,
a FIFO) is written in place, never replaced.
"""

from __future__ import annotations

import json
import os
import stat
import tempfile
from collections.abc import Callable
from glob import escape as glob_escape
from pathlib import Path

import pyarrow as pa


def _umask() -> int:
    """The process umask, read without changing it where Linux exposes it (``os.umask`` sets it)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except OSError:
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def atomic_write(path: Path, write: Callable[[Path], object]) -> Path:
    """Write ``path`` atomically: ``write`` fills a temporary file in the same folder, which then replaces ``path``."""
    path = Path(path)
    try:
        mode = path.stat().st_mode
    except OSError:
        mode = None
    if mode is not None and not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
        # A device or a pipe (``/dev/null``, ``/dev/stdout``, a FIFO) is written in place: renaming a
        # temp file over it would replace the device node itself (as root, ``/dev/null`` would become
        # a regular file for every process on the machine).
        write(path)
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    # A writer killed mid-write (SIGKILL, a lost worker) leaves its temp file: a retry clears it.
    for stale in path.parent.glob(f".{glob_escape(path.name)}.*.tmp"):
        stale.unlink(missing_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp_path = Path(tmp)
    os.chmod(tmp_path, 0o666 & ~_umask())  # mkstemp makes 0600; give the mode a plain open() would
    try:
        write(tmp_path)
        os.replace(tmp_path, path)
    except BaseException as exc:
        tmp_path.unlink(missing_ok=True)
        if isinstance(exc, OSError) and exc.filename is None:
            exc.filename = str(path)  # name the file in the error (writers such as pyarrow leave it out)
        raise
    return path


def write_bytes_atomic(path: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically."""
    return atomic_write(Path(path), lambda p: p.write_bytes(data))


def write_text_atomic(path: str | Path, text: str) -> Path:
    """Write UTF-8 ``text`` to ``path`` atomically."""
    return write_bytes_atomic(path, text.encode("utf-8"))


def write_json_atomic(path: str | Path, obj: object) -> Path:
    """Write ``obj`` as indented, key-sorted UTF-8 JSON atomically (stable bytes for stable input)."""
    return write_text_atomic(path, json.dumps(obj, ensure_ascii=False, indent=2, sort_keys=True) + "\n")


def write_parquet_atomic(table: pa.Table, path: str | Path, **options: object) -> Path:
    """Write ``table`` as Parquet atomically; ``options`` go to ``pyarrow.parquet.write_table``."""
    import pyarrow.parquet as pq

    options.setdefault("compression", "zstd")
    return atomic_write(Path(path), lambda p: pq.write_table(table, p, **options))


class ParquetSink:
    """Write a Parquet file table by table, atomically: the file appears complete on close, or not at all.

    Use as a context manager; :meth:`write` appends a table (all with one schema). Nothing written:
    the target is removed. An exception inside the block leaves the old target untouched.
    """

    def __init__(self, path: str | Path, **options: object) -> None:
        """Prepare to write ``path``; ``options`` go to ``pyarrow.parquet.ParquetWriter``."""
        self.path = Path(path)
        self.rows = 0
        self._options = {"compression": "zstd", **options}
        self._tmp: Path | None = None
        self._writer: object = None

    def __enter__(self) -> ParquetSink:
        """Start writing."""
        return self

    def write(self, table: pa.Table) -> None:
        """Append ``table``."""
        import pyarrow.parquet as pq

        if self._writer is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            for stale in self.path.parent.glob(f".{glob_escape(self.path.name)}.*.tmp"):
                stale.unlink(missing_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
            os.close(fd)
            self._tmp = Path(tmp)
            self._writer = pq.ParquetWriter(self._tmp, table.schema, **self._options)
        self._writer.write_table(table)  # type: ignore[attr-defined]
        self.rows += table.num_rows

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        """Close and rename into place (or clean up after an error)."""
        if self._writer is not None:
            self._writer.close()  # type: ignore[attr-defined]
        if self._tmp is None:
            if exc_type is None:
                self.path.unlink(missing_ok=True)
            return
        if exc_type is None:
            os.replace(self._tmp, self.path)
        else:
            self._tmp.unlink(missing_ok=True)
