"""Config of the validate stage: severities, thresholds and vocabularies of the Great Expectations suites."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Severity = Literal["blocking", "warning"]
PiiKind = Literal["cn_mobile", "cn_resident_id", "bank_card", "email"]


@dataclass(frozen=True)
class ValidateConfig:
    """Settings of the validate stage (a gate: it keeps every record, or stops the build)."""

    enabled: bool = True
    allowed_langs: list[str] = field(
        default_factory=lambda: ["zh", "en", "other"], metadata={"help": "values allowed in the lang column"}
    )
    labels: list[str] = field(
        default_factory=list,
        metadata={"help": "annotation label vocabulary; empty = labels are not checked against a list"},
    )
    min_instruction_chars: int = field(default=1, metadata={"min": 0})
    max_instruction_chars: int = field(default=8000, metadata={"min": 1})
    min_output_chars: int = field(default=1, metadata={"min": 0})
    max_output_chars: int = field(default=16000, metadata={"min": 1})
    min_export_share: float = field(
        default=0.5, metadata={"min": 0.0, "max": 1.0, "help": "export rows / ingested records must reach this"}
    )
    split_tolerance: float = field(
        default=0.05,
        metadata={"min": 0.0, "max": 1.0, "help": "allowed |validation share - export.validation_ratio|"},
    )
    pii_kinds: list[PiiKind] = field(
        default_factory=lambda: ["cn_mobile", "cn_resident_id", "bank_card", "email"],
        metadata={"help": "residual patterns searched for in every text field after de-identification"},
    )
    email_allow_domains: list[str] = field(
        default_factory=lambda: ["example.com", "example.org", "example.net"],
        metadata={"help": "surrogate email domains that are not personal data"},
    )
    span_suite: Literal["auto", "on", "off"] = field(
        default="auto", metadata={"help": "auto: run the span suite when the span or BIO column exists"}
    )
    span_column: str = "spans"
    span_text_column: str = "input"
    bio_column: str = "bio_tags"
    span_labels: list[str] = field(
        default_factory=list, metadata={"help": "entity label vocabulary for spans and BIO tags; empty = any"}
    )
    severity: dict[str, Severity] = field(
        default_factory=dict, metadata={"help": "per-check severity overrides, e.g. {export.split_ratio: blocking}"}
    )
    result_format: Literal["BASIC", "BOOLEAN_ONLY"] = field(
        default="BASIC", metadata={"help": "GX result format; both keep record values out of results"}
    )

    def __post_init__(self) -> None:
        """Reject unknown check names in ``severity`` and inverted length bounds."""
        from pipeline.stages.validate.suites import CHECKS

        unknown = sorted(set(self.severity) - set(CHECKS))
        if unknown:
            raise ValueError(f"severity: unknown check '{unknown[0]}' (known: {', '.join(sorted(CHECKS))})")
        for lo, hi in (("min_instruction_chars", "max_instruction_chars"), ("min_output_chars", "max_output_chars")):
            if getattr(self, lo) > getattr(self, hi):
                raise ValueError(f"{lo} ({getattr(self, lo)}) is above {hi} ({getattr(self, hi)})")

    def severity_of(self, check: str) -> Severity:
        """The effective severity of ``check``: the override if set, else its documented default."""
        from pipeline.stages.validate.suites import CHECKS

        return self.severity.get(check, CHECKS[check].severity)
