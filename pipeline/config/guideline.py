"""The annotation guideline as data: a versioned YAML file, validated on load into typed objects.

A guideline (docs/GUIDELINE.md) defines the entity labels (definition, examples, a parent for the
label hierarchy, the allowed vocabulary inline or in a knowledge-base file, boundary modifiers), the
intent labels, how BIO tags align to the text, the field types with their confidence thresholds and
the feedback settings. The pipeline config points at it with ``guideline: PATH``.

:func:`load_guideline` reads the file with :func:`~pipeline.config.yaml_file.load_yaml_file` (a key
given twice, NaN, deep nesting and oversized files are refused) and builds it with
:func:`~pipeline.config.schema.build`: an unknown key or a wrong type is a
:class:`~pipeline.errors.ConfigError` naming the file, the key path and the expected type, never
the given value. Cross-references are checked too: a parent that is no label, a hierarchy cycle, a
knowledge-base file that is missing, thresholds in the wrong order.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pipeline.config.schema import build, got
from pipeline.config.yaml_file import key_text, load_yaml_file
from pipeline.errors import ConfigError

FORMAT_VERSION = 1
"""The guideline file format this loader reads (``format: 1``; absent means 1)."""

FieldKind = Literal["date", "amount", "reference", "id", "text"]
BoundaryAction = Literal["review", "extend"]
MAX_KB_BYTES = 16 * 1024 * 1024
"""Largest knowledge-base file read (one term per line)."""


@dataclass(frozen=True)
class Boundary:
    """Boundary rule of one label: modifiers that belong inside the entity.

    ``prefixes``/``suffixes``: when one stands right before (after) a span, the span's boundary is
    wrong (持续性 + 头痛: the symptom is 持续性头痛). ``action``: ``review`` holds the record
    (``span_boundary``), ``extend`` moves the span's start (end) over the modifier.
    """

    prefixes: tuple[str, ...] = field(default=(), metadata={"help": "modifiers that belong before the entity"})
    suffixes: tuple[str, ...] = field(default=(), metadata={"help": "modifiers that belong after the entity"})
    action: BoundaryAction = field(default="review", metadata={"help": "review | extend"})

    def __post_init__(self) -> None:
        """Refuse empty modifiers."""
        for name in ("prefixes", "suffixes"):
            for i, m in enumerate(getattr(self, name)):
                if not m:
                    raise ValueError(f"{name}[{i}] is an empty string")


@dataclass(frozen=True)
class Label:
    """One entity label: what it covers, where it sits in the hierarchy, which terms it allows."""

    definition: str = field(metadata={"help": "what the label covers"})
    examples: tuple[str, ...] = field(default=(), metadata={"help": "example entity texts"})
    parent: str | None = field(default=None, metadata={"help": "the coarser label this one refines"})
    vocabulary: tuple[str, ...] = field(default=(), metadata={"help": "allowed entity texts (inline)"})
    knowledge_base: str | None = field(
        default=None, metadata={"help": "file of allowed entity texts, one per line, relative to the guideline"}
    )
    boundary: Boundary = field(default_factory=Boundary)
    zh: str | None = field(default=None, metadata={"help": "the label's Chinese name"})


@dataclass(frozen=True)
class Intent:
    """One intent label (a record's ``intent``)."""

    definition: str
    examples: tuple[str, ...] = ()
    zh: str | None = None


@dataclass(frozen=True)
class Bio:
    """How a record's ``bio_tags`` align to its annotated text."""

    tokens: Literal["char", "whitespace", "any"] = field(
        default="char",
        metadata={"help": "char: one tag per character; whitespace: one per whitespace token; any: no length check"},
    )


@dataclass(frozen=True)
class FieldType:
    """A field type with its confidence thresholds (used by field-level confidence)."""

    kind: FieldKind = field(metadata={"help": "date | amount | reference | id | text"})
    review_below: float = field(default=0.7, metadata={"min": 0.0, "max": 1.0})
    reannotate_below: float = field(default=0.5, metadata={"min": 0.0, "max": 1.0})

    def __post_init__(self) -> None:
        """The re-annotation threshold may not lie above the review threshold."""
        if self.reannotate_below > self.review_below:
            raise ValueError("reannotate_below is above review_below")


@dataclass(frozen=True)
class Feedback:
    """The feedback loop's settings (reviewer corrections, disputed cases)."""

    second_review: bool = field(default=False, metadata={"help": "re-queue corrections for a second reviewer"})
    disputed_report: bool = field(default=True, metadata={"help": "collect disputed cases per batch"})
    min_disagreements: int = field(
        default=1, metadata={"min": 1, "help": "corrections against the majority before an annotator is flagged"}
    )


@dataclass(frozen=True)
class Guideline:
    """A whole guideline. ``path`` and ``sha256`` are set by :func:`load_guideline`."""

    version: str = field(metadata={"help": "the guideline's own version (recorded in manifest and card)"})
    labels: dict[str, Label] = field(metadata={"help": "entity labels by name"})
    name: str = ""
    format: int = field(default=FORMAT_VERSION, metadata={"min": FORMAT_VERSION, "max": FORMAT_VERSION})
    description: str = ""
    intents: dict[str, Intent] = field(default_factory=dict)
    bio: Bio = field(default_factory=Bio)
    field_types: dict[str, FieldType] = field(default_factory=dict)
    feedback: Feedback = field(default_factory=Feedback)
    path: Path = field(default=Path("."), init=False, compare=False, repr=False)
    sha256: str = field(default="", init=False, compare=False)
    terms: dict[str, frozenset[str]] = field(default_factory=dict, init=False, compare=False, repr=False)
    """Allowed entity texts per label: inline vocabulary plus knowledge base (labels without either absent)."""
    knowledge_bases: dict[str, str] = field(default_factory=dict, init=False, compare=False, repr=False)
    """sha256 of each label's knowledge-base file, by label."""

    def ancestors(self, label: str) -> list[str]:
        """The labels above ``label`` in the hierarchy, nearest first."""
        out: list[str] = []
        parent = self.labels[label].parent if label in self.labels else None
        while parent is not None and parent not in out:
            out.append(parent)
            parent = self.labels[parent].parent
        return out

    def finer(self, a: str, b: str) -> str | None:
        """The finer-grained of two labels when one is an ancestor of the other, else None."""
        if a in self.ancestors(b):
            return b
        if b in self.ancestors(a):
            return a
        return None

    def record(self) -> dict[str, str]:
        """What the manifest and the dataset card record: name, version, path, sha256 (file, ``kb:<label>``)."""
        out = {"name": self.name, "version": self.version, "path": str(self.path), "sha256": self.sha256}
        out.update({f"kb:{label}": sha for label, sha in sorted(self.knowledge_bases.items())})
        return out


def _check_hierarchy(labels: dict[str, Label], source: str) -> None:
    for name, label in labels.items():
        if label.parent is not None and label.parent not in labels:
            raise ConfigError(f"{source}: key 'labels.{key_text(name)}.parent' must name a label of this guideline")
    for name in labels:
        seen = {name}
        parent = labels[name].parent
        while parent is not None:
            if parent in seen:
                raise ConfigError(f"{source}: key 'labels.{key_text(name)}.parent': the label hierarchy has a cycle")
            seen.add(parent)
            parent = labels[parent].parent


def _read_kb(path: Path, key: str, source: str) -> tuple[frozenset[str], str]:
    if not path.is_file():
        raise ConfigError(f"{source}: key '{key}': knowledge-base file {path} not found")
    try:
        if path.stat().st_size > MAX_KB_BYTES:
            raise ConfigError(
                f"{source}: key '{key}': knowledge-base file {path} is larger than {MAX_KB_BYTES:,} bytes"
            )
        raw = path.read_bytes()
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigError(
            f"{source}: key '{key}': knowledge-base file {path} is not UTF-8 (byte {exc.start})"
        ) from None
    except OSError as exc:
        raise ConfigError(
            f"{source}: key '{key}': knowledge-base file {path} cannot be read ({exc.strerror})"
        ) from None
    terms = (line.strip() for line in text.splitlines())
    return frozenset(t for t in terms if t and not t.startswith("#")), hashlib.sha256(raw).hexdigest()


InputCheck = Callable[[str, Path], None]
"""Called with (key, path) before a knowledge-base file is read; raises to refuse it."""


def parse_guideline(data: object, *, source: str, base_dir: Path, check_input: InputCheck | None = None) -> Guideline:
    """Validate already-parsed YAML data into a :class:`Guideline` (knowledge bases read from ``base_dir``).

    ``check_input`` sees each knowledge-base path before it is read (the run's corpus roots, its
    output directory).
    """
    if not isinstance(data, dict):
        raise ConfigError(f"{source}: the top level must be a mapping, got {got(data)}")
    for key in ("version", "labels"):
        if key not in data:
            raise ConfigError(f"{source}: key '{key}' is missing (required)")
    if isinstance(data.get("version"), (int, float)) and not isinstance(data.get("version"), bool):
        data = {**data, "version": str(data["version"])}
    guideline = build(Guideline, data, source=source)
    if not guideline.version.strip():
        raise ConfigError(f"{source}: key 'version' must be a non-empty string")
    if not guideline.labels:
        raise ConfigError(f"{source}: key 'labels' must name at least one label")
    for group in ("labels", "intents", "field_types"):
        for name in getattr(guideline, group):
            if not name.strip():
                raise ConfigError(f"{source}: key '{group}' has an empty name")
    _check_hierarchy(guideline.labels, source)
    terms: dict[str, frozenset[str]] = {}
    hashes: dict[str, str] = {}
    for name, label in guideline.labels.items():
        allowed = set(label.vocabulary)
        if label.knowledge_base:
            kb = Path(label.knowledge_base).expanduser()
            kb = kb if kb.is_absolute() else (base_dir / kb).resolve()
            key = f"labels.{key_text(name)}.knowledge_base"
            if check_input is not None:
                check_input(f"guideline {source}: {key}", kb)
            kb_terms, hashes[name] = _read_kb(kb, key, source)
            allowed |= kb_terms
        if allowed:
            terms[name] = frozenset(allowed)
    object.__setattr__(guideline, "terms", terms)
    object.__setattr__(guideline, "knowledge_bases", hashes)
    return guideline


def load_guideline(path: str | Path, check_input: InputCheck | None = None) -> Guideline:
    """Load and validate the guideline YAML file ``path`` (see the module docstring and :func:`parse_guideline`)."""
    p = Path(path).expanduser().resolve()
    data = load_yaml_file(p, "guideline file")
    guideline = parse_guideline(data, source=str(p), base_dir=p.parent, check_input=check_input)
    object.__setattr__(guideline, "path", p)
    object.__setattr__(guideline, "sha256", hashlib.sha256(p.read_bytes()).hexdigest())
    return guideline
