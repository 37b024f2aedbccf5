"""Corpora: a file or a folder of files, named after its file stem or folder name.

Listing a corpus never follows a path out of its bounds and never opens anything but a regular
file. The bounds are the folders a corpus file must resolve into: the configured corpus roots
when the Airflow DAG reads a corpus (:mod:`pipeline.config.roots`), and the corpus folder itself
on the command line. Every path that is not read is reported with a reason
(:class:`SkippedPath`): hidden entries, unsupported file types, FIFOs, sockets and devices,
dangling symbolic links, link loops, links that leave the bounds, folders that cannot be listed.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, NotRequired, TypedDict

from pipeline.errors import UsageError

SUPPORTED_SUFFIXES: dict[str, str] = {
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".tsv": "tsv",
    ".parquet": "parquet",
}
"""File name endings the ingest stage reads, and their format names."""


class FileProblemInfo(TypedDict):
    """Why a file, or the rest of it, could not be read (an input file's ``problem``)."""

    reason: str
    detail: str
    line: int | None
    """The line where reading stopped (1-based), when known."""
    unread_lines: int | None
    """Lines from ``line`` to the end of the file (all of them for a whole-file problem), when known."""
    unread_records: int | None
    """Records that were not read, when the format says how many there are (Parquet)."""


class InputFile(TypedDict):
    """What ingest learnt about one input file (the manifest's ``inputs``)."""

    corpus: str
    file: str
    path: str
    sha256: str | None
    bytes: int | None
    format: str | None
    encoding: str | None
    items: int
    kept: int
    rejected: int
    status: NotRequired[str]
    """``read`` (every record delimited), ``partial`` (the rest of the file could not be read) or ``rejected``."""
    problem: NotRequired[FileProblemInfo]


class SkippedPath(TypedDict):
    """A path inside a corpus that was not read (the manifest's ``skipped``)."""

    corpus: str
    path: str
    """The path relative to the corpus folder."""
    reason: str
    detail: str


@dataclass(frozen=True)
class CorpusSpec:
    """A corpus to ingest: its name (used in record ids and config) and its path."""

    name: str
    path: Path
    only: frozenset[str] | None = None
    """Relative names of the files to read (an incremental build); None reads every file."""
    roots: tuple[Path, ...] | None = None
    """Resolved folders every file must resolve into; None: the corpus folder itself (the CLI)."""


@dataclass
class CorpusListing:
    """The readable files of a corpus, sorted, and every path that is not read."""

    files: list[tuple[Path, str]] = field(default_factory=list)
    skipped: list[SkippedPath] = field(default_factory=list)


def file_format(path: Path) -> str | None:
    """Return the format name of ``path`` from its ending, or None when it is not supported."""
    return SUPPORTED_SUFFIXES.get(path.suffix.lower())


def is_within(path: Path, roots: Iterable[Path]) -> bool:
    """True when the resolved ``path`` is one of ``roots`` or inside one (both already resolved)."""
    text = str(path)
    for root in roots:
        base = str(root)
        if text == base or text.startswith(base.rstrip(os.sep) + os.sep):
            return True
    return False


def resolve_strict(path: Path) -> Path:
    """``path`` with every symbolic link resolved; raises ``OSError`` (dangling link, loop, no access)."""
    return Path(os.path.realpath(path, strict=True))


def check_corpus_roots(paths: Sequence[Path], roots: Sequence[Path]) -> list[Path]:
    """Check that every corpus path resolves inside ``roots``; return the resolved paths.

    ``..`` and symbolic links are resolved before the check. Raises :class:`UsageError` naming
    the path (as given) for a path that does not exist or leaves the roots.
    """
    out = []
    shown = ", ".join(str(r) for r in roots)
    for path in paths:
        try:
            real = resolve_strict(path)
        except OSError:
            raise UsageError(f"corpus path does not exist: {path}") from None
        if not is_within(real, roots):
            raise UsageError(f"corpus path {path} is outside the corpus roots ({shown}); ask an operator to add a root")
        out.append(real)
    return out


def corpus_specs(paths: Sequence[str | Path], roots: Sequence[Path] | None = None) -> list[CorpusSpec]:
    """Name each corpus path after its file stem or folder name; repeated names get ``-2``, ``-3``...

    With ``roots``, each path must resolve inside one of them (see :func:`check_corpus_roots`) and
    the corpus keeps them as its bounds. Raises :class:`UsageError` if a path does not exist, is
    neither a file nor a folder, or leaves the roots.
    """
    specs: list[CorpusSpec] = []
    used: set[str] = set()
    bounds = tuple(roots) if roots is not None else None
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise UsageError(f"corpus path does not exist: {raw}")
        if bounds is not None:
            check_corpus_roots([path], bounds)
        if not (path.is_file() or path.is_dir()):
            raise UsageError(f"corpus path is neither a regular file nor a folder: {raw}")
        base = (path.stem if path.is_file() else path.resolve().name) or "corpus"
        name, n = base, 1
        while name in used:
            n += 1
            name = f"{base}-{n}"
        used.add(name)
        specs.append(CorpusSpec(name=name, path=path, roots=bounds))
    return specs


_KINDS = (
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


def _kind(mode: int) -> str:
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def corpus_bounds(spec: CorpusSpec) -> tuple[Path, ...]:
    """The folders the files of ``spec`` must resolve into (its roots, or the corpus folder itself)."""
    if spec.roots is not None:
        return spec.roots
    try:
        real = resolve_strict(spec.path)
    except OSError:
        raise UsageError(f"corpus path does not exist: {spec.path}") from None
    return (real,)


def list_corpus(spec: CorpusSpec) -> CorpusListing:
    """The readable files of a corpus as ``(path, relative name)``, sorted, and the paths skipped.

    A corpus named as a file is that file. In a folder, hidden entries (names starting with ``.``)
    are skipped and reported, and symbolic links are followed only when their target resolves
    inside the corpus bounds (:func:`corpus_bounds`). Raises :class:`UsageError` when the corpus
    path itself no longer exists or resolves outside its roots.
    """
    bounds = corpus_bounds(spec)
    try:
        real_root = resolve_strict(spec.path)
    except OSError:
        raise UsageError(f"corpus path does not exist: {spec.path}") from None
    if spec.roots is not None and not is_within(real_root, spec.roots):
        shown = ", ".join(str(r) for r in spec.roots)
        raise UsageError(f"corpus path {spec.path} is outside the corpus roots ({shown})")
    listing = CorpusListing()
    if not real_root.is_dir():
        st = real_root.stat()
        if stat.S_ISREG(st.st_mode):
            if file_format(spec.path) is None:
                listing.skipped.append(_unsupported(spec.name, spec.path.name, spec.path))
            else:
                listing.files.append((spec.path, spec.path.name))
        else:
            listing.skipped.append(
                _skip(spec.name, spec.path.name, "not_a_regular_file", f"is {_kind(st.st_mode)}; only files are read")
            )
        return listing
    seen_dirs = {_dir_key(real_root)}
    _walk(spec, spec.path, "", bounds, seen_dirs, listing)
    return listing


def corpus_files(spec: CorpusSpec) -> list[tuple[Path, str]]:
    """The readable files of a corpus as ``(path, relative name)``, sorted (see :func:`list_corpus`)."""
    return list_corpus(spec).files


def _dir_key(path: Path) -> tuple[int, int]:
    st = path.stat()
    return (st.st_dev, st.st_ino)


def _skip(corpus: str, rel: str, reason: str, detail: str) -> SkippedPath:
    return {"corpus": corpus, "path": rel, "reason": reason, "detail": f"{corpus}/{rel}: {detail}"}


def _unsupported(corpus: str, rel: str, path: Path) -> SkippedPath:
    supported = ", ".join(SUPPORTED_SUFFIXES)
    return _skip(
        corpus, rel, "unknown_file_type", f"unsupported file type '{path.suffix or '(none)'}' (supported: {supported})"
    )


def _walk(
    spec: CorpusSpec,
    folder: Path,
    prefix: str,
    bounds: tuple[Path, ...],
    seen_dirs: set[tuple[int, int]],
    listing: CorpusListing,
) -> None:
    try:
        with os.scandir(folder) as it:
            names = sorted(entry.name for entry in it)
    except OSError as exc:
        listing.skipped.append(
            _skip(
                spec.name, prefix.rstrip("/") or ".", "unreadable_folder", f"cannot list the folder ({_os_reason(exc)})"
            )
        )
        return
    for name in names:
        rel = f"{prefix}{name}"
        path = folder / name
        if name.startswith("."):
            listing.skipped.append(_skip(spec.name, rel, "hidden", "hidden entry (its name starts with '.')"))
            continue
        try:
            st = path.lstat()
            if stat.S_ISLNK(st.st_mode):
                try:
                    real = resolve_strict(path)
                except OSError as exc:
                    if exc.errno == errno.ELOOP:
                        listing.skipped.append(_skip(spec.name, rel, "symlink_loop", "symbolic link loop"))
                    elif exc.errno == errno.ENOENT:
                        listing.skipped.append(
                            _skip(spec.name, rel, "dangling_link", "symbolic link to a path that does not exist")
                        )
                    else:
                        listing.skipped.append(
                            _skip(spec.name, rel, "unreadable_file", f"cannot resolve the link ({_os_reason(exc)})")
                        )
                    continue
                if not is_within(real, bounds):
                    where = "the corpus roots" if spec.roots is not None else "the corpus folder"
                    listing.skipped.append(
                        _skip(spec.name, rel, "outside_root", f"symbolic link to a path outside {where}; not followed")
                    )
                    continue
                st = real.stat()
            else:
                real = path
        except OSError as exc:
            listing.skipped.append(_skip(spec.name, rel, "unreadable_file", f"cannot inspect ({_os_reason(exc)})"))
            continue
        if stat.S_ISDIR(st.st_mode):
            key = (st.st_dev, st.st_ino)
            if key in seen_dirs:
                listing.skipped.append(
                    _skip(spec.name, rel, "symlink_loop", "symbolic link to a folder already being read (a loop)")
                )
                continue
            _walk(spec, path, f"{rel}/", bounds, seen_dirs | {key}, listing)
        elif stat.S_ISREG(st.st_mode):
            if file_format(path) is None:
                listing.skipped.append(_unsupported(spec.name, rel, path))
            else:
                listing.files.append((path, rel))
        else:
            listing.skipped.append(
                _skip(spec.name, rel, "not_a_regular_file", f"is {_kind(st.st_mode)}; only files are read")
            )


def _os_reason(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


class NotRegularFile(OSError):
    """The path names something other than a regular file (a FIFO, a device...)."""


class OutsideRoots(OSError):
    """The path resolves outside the corpus bounds (it changed since the corpus was listed)."""


def open_corpus_file(path: Path, bounds: Sequence[Path]) -> BinaryIO:
    """Open a corpus file for reading, safely.

    Resolves ``path`` and checks it is inside ``bounds`` again at open time (the tree may have
    changed since it was listed), opens the resolved path without following a link in its last
    part and without blocking (a FIFO would block a plain open), and checks that what was opened
    is a regular file. Raises :class:`OutsideRoots`, :class:`NotRegularFile` or ``OSError``.
    """
    real = resolve_strict(path)
    if not is_within(real, bounds):
        raise OutsideRoots(errno.EACCES, "the file resolves outside the corpus bounds")
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(real, flags)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise NotRegularFile(errno.EINVAL, f"is {_kind(st.st_mode)}")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def digest(fh: BinaryIO) -> tuple[str, int]:
    """The sha256 and the size of an open file's bytes; the file is left at its start."""
    h = hashlib.sha256()
    size = 0
    fh.seek(0)
    while block := fh.read(1 << 20):
        h.update(block)
        size += len(block)
    fh.seek(0)
    return h.hexdigest(), size


def file_digest(path: Path, bounds: Sequence[Path]) -> str | None:
    """The sha256 of a corpus file opened with :func:`open_corpus_file`; None when it cannot be read."""
    try:
        with open_corpus_file(path, bounds) as fh:
            return digest(fh)[0]
    except OSError:
        return None
