"""The pipeline's configuration: one YAML file, validated on load, one typed section per stage.

``load_config(None)`` reads the bundled default (``pipeline/defaults/pipeline.yaml``). Relative paths
inside a config file (word lists, the de-identification policy, annotation files) are resolved
against the folder of that file by :meth:`PipelineConfig.resolve_path`.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

from pipeline.config.agreement import AgreementConfig
from pipeline.config.clean import CleanConfig
from pipeline.config.dedup import DedupConfig
from pipeline.config.deidentify import DeidentifyConfig
from pipeline.config.export import ExportConfig
from pipeline.config.guideline import Guideline, InputCheck, load_guideline
from pipeline.config.ingest import IngestConfig
from pipeline.config.schema import build, got, to_dict
from pipeline.config.shards import ShardsConfig
from pipeline.config.validate import ValidateConfig
from pipeline.errors import ConfigError

DEFAULT_CONFIG_PATH = Path(__file__).resolve().parent.parent / "defaults" / "pipeline.yaml"
"""The documented default configuration shipped with the package."""


@dataclass(frozen=True)
class PipelineConfig:
    """The whole configuration; ``base_dir`` is the folder relative paths are resolved against."""

    dataset_name: str = field(default="instruction-dataset", metadata={"help": "name used in the dataset card"})
    guideline: str = field(
        default="",
        metadata={"help": "annotation guideline YAML (docs/GUIDELINE.md), relative to the config file; empty = none"},
    )
    ingest: IngestConfig = field(default_factory=IngestConfig)
    clean: CleanConfig = field(default_factory=CleanConfig)
    dedup: DedupConfig = field(default_factory=DedupConfig)
    deidentify: DeidentifyConfig = field(default_factory=DeidentifyConfig)
    validate: ValidateConfig = field(default_factory=ValidateConfig)
    agreement: AgreementConfig = field(default_factory=AgreementConfig)
    export: ExportConfig = field(default_factory=ExportConfig)
    shards: ShardsConfig = field(default_factory=ShardsConfig)
    base_dir: Path = field(default=Path("."), init=False, compare=False, repr=False)

    def resolve_path(self, path: str | Path) -> Path:
        """Resolve ``path`` against the config file's folder unless it is absolute."""
        p = Path(path).expanduser()
        return p if p.is_absolute() else (self.base_dir / p).resolve()

    def load_guideline(self, check_input: InputCheck | None = None) -> Guideline | None:
        """The guideline ``guideline`` names, loaded and validated; None when no guideline is set.

        ``check_input`` sees each knowledge-base file before it is read (see ``parse_guideline``).
        """
        return load_guideline(self.resolve_path(self.guideline), check_input) if self.guideline else None

    def to_dict(self) -> dict[str, object]:
        """The effective configuration as plain data (recorded in the manifest)."""
        return cast(dict[str, object], to_dict(self))

    def fingerprint(self) -> str:
        """A short stable hash of the effective configuration."""
        blob = json.dumps(self.to_dict(), sort_keys=True, ensure_ascii=False).encode()
        return hashlib.sha256(blob).hexdigest()[:12]


def parse_config(data: object, *, source: str, base_dir: Path) -> PipelineConfig:
    """Validate already-parsed YAML data into a :class:`PipelineConfig`."""
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(f"{source}: the top level must be a mapping of sections, got {got(data)}")
    cfg = build(PipelineConfig, data, source=source)
    object.__setattr__(cfg, "base_dir", base_dir)
    return cfg


def load_config(path: str | Path | None = None) -> PipelineConfig:
    """Load and validate a YAML config file; ``None`` loads the bundled default.

    Raises :class:`ConfigError` with the file and key (never a given value) for a missing file, bad
    YAML, a key given twice, NaN or infinity, too deep nesting, an unknown key or a wrong type
    (:func:`pipeline.config.yaml_file.load_yaml_file`, :func:`pipeline.config.schema.build`).
    """
    from pipeline.config.yaml_file import load_yaml_file

    cfg_path = Path(path) if path is not None else DEFAULT_CONFIG_PATH
    data = load_yaml_file(cfg_path, "config file")
    return parse_config(data, source=str(cfg_path), base_dir=cfg_path.resolve().parent)
