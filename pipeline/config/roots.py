"""Corpus roots: the folders the Airflow DAG may read corpora from (an operator's setting, not the form's).

The DAG's form lets anyone who may trigger the DAG name corpus paths. Those paths are read on a
worker with the worker's rights, so they must stay inside folders the operator chose: the corpus
roots. They are set by the Airflow Variable ``instructflow_corpus_roots`` (or its environment form
``AIRFLOW_VAR_INSTRUCTFLOW_CORPUS_ROOTS``), deliberately not by the pipeline config: the form also
names the config file, so a root set there could be widened by the same person it should hold.

The value is a JSON list of paths (``["/srv/corpora", "examples"]``) or paths separated by ``:``;
relative paths are relative to the project folder. Unset or empty: the project's data folder and
``examples/``. Every root is resolved (symbolic links followed) before corpus paths are compared
with it.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path

from pipeline.errors import ConfigError

CORPUS_ROOTS_VARIABLE = "instructflow_corpus_roots"
"""Name of the Airflow Variable holding the corpus roots."""


def default_corpus_roots(project_root: Path, data_root: Path) -> tuple[Path, ...]:
    """The roots when none are configured: the data folder and the project's ``examples/``."""
    return (data_root, project_root / "examples")


def parse_corpus_roots(value: str | Sequence[str] | None, *, project_root: Path, data_root: Path) -> tuple[Path, ...]:
    """Parse the corpus-roots setting into resolved absolute folders (defaults when unset or empty).

    ``value`` is a JSON list of paths, one string of paths separated by ``:``, or an already parsed
    list. Raises :class:`ConfigError` naming the setting for a value that is not a list of
    non-empty strings.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        raw: list[str] = [str(p) for p in default_corpus_roots(project_root, data_root)]
    elif isinstance(value, str):
        text = value.strip()
        if text.startswith("["):
            try:
                parsed = json.loads(text)
            except json.JSONDecodeError as exc:
                raise ConfigError(f"{CORPUS_ROOTS_VARIABLE}: not a valid JSON list (column {exc.colno})") from None
            raw = _strings(parsed)
        else:
            raw = [p for p in text.split(os.pathsep) if p.strip()]
    else:
        raw = _strings(list(value))
    roots: list[Path] = []
    for item in raw:
        path = Path(item.strip()).expanduser()
        path = path if path.is_absolute() else project_root / path
        resolved = Path(os.path.realpath(path))
        if resolved not in roots:
            roots.append(resolved)
    return tuple(roots)


def _strings(value: object) -> list[str]:
    if not isinstance(value, list) or not value or not all(isinstance(p, str) and p.strip() for p in value):
        raise ConfigError(f"{CORPUS_ROOTS_VARIABLE}: must be a non-empty list of folder paths")
    return [str(p) for p in value]
