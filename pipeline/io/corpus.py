"""Corpora: a file or a folder of files, named after its file stem or folder name."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypedDict

from pipeline.errors import UsageError


class InputFile(TypedDict):
    """What ingest learnt about one input file (the manifest's ``inputs``)."""

    corpus: str
    file: str
    path: str
    sha256: str
    bytes: int
    format: str | None
    encoding: str | None
    items: int
    kept: int
    rejected: int


@dataclass(frozen=True)
class CorpusSpec:
    """A corpus to ingest: its name (used in record ids and config) and its path."""

    name: str
    path: Path
    only: frozenset[str] | None = None
    """Relative names of the files to read (an incremental build); None reads every file."""


def corpus_specs(paths: Sequence[str | Path]) -> list[CorpusSpec]:
    """Name each corpus path after its file stem or folder name; repeated names get ``-2``, ``-3``...

    Raises :class:`UsageError` if a path does not exist.
    """
    specs: list[CorpusSpec] = []
    used: set[str] = set()
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise UsageError(f"corpus path does not exist: {raw}")
        base = (path.stem if path.is_file() else path.resolve().name) or "corpus"
        name, n = base, 1
        while name in used:
            n += 1
            name = f"{base}-{n}"
        used.add(name)
        specs.append(CorpusSpec(name=name, path=path))
    return specs


def corpus_files(spec: CorpusSpec) -> list[tuple[Path, str]]:
    """List the files of a corpus as ``(path, relative name)``, sorted, hidden files skipped."""
    if spec.path.is_file():
        return [(spec.path, spec.path.name)]
    out = []
    for p in sorted(spec.path.rglob("*")):
        rel = p.relative_to(spec.path)
        if p.is_file() and not any(part.startswith(".") for part in rel.parts):
            out.append((p, rel.as_posix()))
    return out
