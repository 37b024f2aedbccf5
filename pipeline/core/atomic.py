"""Atomic file writes: write to a temporary file in the same folder, then rename over the target.

A reader never sees a half-written file, and a task that fails mid-write leaves the old file intact.
The next write of the same file removes temp files a killed writer left behind. An OS error while
writing (a full disk) names the file it was writing.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from glob import escape as glob_escape
from pathlib import Path

import pyarrow as pa


def atomic_write(path: Path, write: Callable[[Path], object]) -> Path:
    """Write ``path`` atomically: ``write`` fills a temporary file in the same folder, which then replaces ``path``."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # A writer killed mid-write (SIGKILL, a lost worker) leaves its temp file: a retry clears it.
    for stale in path.parent.glob(f".{glob_escape(path.name)}.*.tmp"):
        stale.unlink(missing_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp_path = Path(tmp)
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
