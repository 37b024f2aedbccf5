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
from pipeline.config.ingest import IngestConfig
from pipeline.config.schema import build, to_dict
from pipeline.config.shards import ShardsConfig
from pipeline.config.validate import ValidateConfig
from pipeline.errors import ConfigError

DEFAULT_CONFIG_PATH = Path(__file__).resolve().parent.parent / "defaults" / "pipeline.yaml"
"""The documented default configuration shipped with the package."""


@dataclass(frozen=True)
class PipelineConfig:
    """The whole configuration; ``base_dir`` is the folder relative paths are resolved against."""

    dataset_name: str = field(default="instruction-dataset", metadata={"help": "name used in the dataset card"})
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
        raise ConfigError(f"{source}: the top level must be a mapping of sections, got {type(data).__name__}")
    cfg = build(PipelineConfig, data, source=source)
    object.__setattr__(cfg, "base_dir", base_dir)
    return cfg


def load_config(path: str | Path | None = None) -> PipelineConfig:
    """Load and validate a YAML config file; ``None`` loads the bundled default.

    Raises :class:`ConfigError` with the file and key for a missing file, bad YAML, an unknown key
    or a wrong type.
    """
    import yaml

    cfg_path = Path(path) if path is not None else DEFAULT_CONFIG_PATH
    source = str(cfg_path)
    if not cfg_path.is_file():
        raise ConfigError(f"{source}: config file not found")
    try:
        text = cfg_path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{source}: config file is not UTF-8 (byte {exc.start})") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise ConfigError(f"{source}:{where}: {problem}") from None
    return parse_config(data, source=source, base_dir=cfg_path.resolve().parent)
