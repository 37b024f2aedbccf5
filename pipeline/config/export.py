"""Config of the export stage: validation split and Parquet options."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal


@dataclass(frozen=True)
class ExportConfig:
    """How the instruction-tuning Parquet files are written."""

    validation_ratio: float = field(default=0.02, metadata={"min": 0.0, "max": 1.0})
    split_salt: str = field(default="split-v1", metadata={"help": "change to draw a different split"})
    compression: Literal["zstd", "snappy", "gzip", "none"] = "zstd"
    compression_level: int = field(default=3, metadata={"min": 1, "max": 22})
    row_group_size: int = field(default=65_536, metadata={"min": 1})
    deleted_files: Literal["retire", "keep"] = field(
        default="retire",
        metadata={
            "help": "an incremental build: records of an input file that is gone from its corpus are retired "
            "from the next version (retire) or kept (keep)"
        },
    )
    license: str = field(
        default="other",
        metadata={
            "help": "licence id written to the dataset cards (Hugging Face Hub ids: apache-2.0, cc-by-4.0, ...); "
            "'other' until you set the licence of your sources"
        },
    )
    keep_raw_work_files: bool = field(
        default=False,
        metadata={"help": "keep work/*.parquet of the stages before deidentify (they hold raw personal data)"},
    )
