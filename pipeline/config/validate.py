"""Config of the validate stage: the catalogue of named checks, their severities, thresholds and vocabularies."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from pipeline.config.yaml_file import key_text

Severity = Literal["blocking", "warning"]


@dataclass(frozen=True)
class Check:
    """One named check: the suite it belongs to, its default severity and what it means.

    ``scope`` is ``row`` (judged row by row: runs per shard in ``suite``) or ``dataset`` (needs every
    row: runs once, in the GX suite ``<suite>_dataset``).
    """

    suite: str
    severity: Severity
    description: str
    scope: str = "row"

    @property
    def gx_suite(self) -> str:
        """The name of the GX suite that runs this check."""
        return self.suite if self.scope == "row" else f"{self.suite}_dataset"


CHECKS: dict[str, Check] = {
    "records.columns_present": Check("records", "blocking", "the record columns of the data contract are present"),
    "records.text_types": Check("records", "blocking", "text and provenance columns hold strings"),
    "records.source_index_type": Check("records", "blocking", "source_index holds integers"),
    "records.record_id_not_null": Check("records", "blocking", "every record has a record_id"),
    "records.record_id_unique": Check("records", "blocking", "record_id is unique in the run", "dataset"),
    "records.instruction_not_empty": Check("records", "blocking", "instruction has a non-blank character"),
    "records.output_not_empty": Check("records", "blocking", "output has a non-blank character"),
    "records.lang_allowed": Check("records", "blocking", "lang is one of validate.allowed_langs"),
    "annotations.annotator_present": Check("annotations", "blocking", "every annotation names its annotator"),
    "annotations.label_present": Check("annotations", "blocking", "every annotation has a label"),
    "annotations.label_in_vocabulary": Check(
        "annotations", "blocking", "labels come from validate.labels (only when that list is set)"
    ),
    "annotations.confidence_range": Check("annotations", "blocking", "confidence, when given, is within 0..1"),
    "deidentified.no_residual_pii": Check(
        "deidentified",
        "blocking",
        "no personal data left that the de-identification policy transforms (the stage's residual check)",
    ),
    "export.row_count": Check(
        "export", "blocking", "the export has rows and at least validate.min_export_share of the input", "dataset"
    ),
    "export.record_id_unique": Check("export", "blocking", "record_id is unique in the export", "dataset"),
    "export.output_not_empty": Check("export", "blocking", "no exported output is empty or blank"),
    "export.instruction_length": Check("export", "warning", "instruction length within the configured bounds"),
    "export.output_length": Check("export", "warning", "output length within the configured bounds"),
    "export.split_ratio": Check(
        "export", "warning", "validation share within validate.split_tolerance of export.validation_ratio", "dataset"
    ),
    "export.messages_well_formed": Check(
        "export", "blocking", "messages: optional system first, user/assistant alternate, last is assistant (custom)"
    ),
    "spans.within_text": Check("spans", "blocking", "entity span offsets lie inside their text (custom)"),
    "spans.text_matches": Check("spans", "blocking", "a span's text equals the text at its offsets (custom)"),
    "spans.label_in_vocabulary": Check(
        "spans", "blocking", "span labels come from validate.span_labels (custom; the guideline's labels are rules)"
    ),
    "spans.bio_valid": Check("spans", "blocking", "BIO tags valid: I-x only after B-x or I-x (custom)"),
}
"""Every check of every suite, by name (``<suite>.<check>``)."""


@dataclass(frozen=True)
class ValidateConfig:
    """Settings of the validate stage (a gate: it keeps every record, or stops the build)."""

    enabled: bool = True
    allowed_langs: list[str] = field(
        default_factory=lambda: ["zh", "en", "other"], metadata={"help": "values allowed in the lang column"}
    )
    labels: list[str] = field(
        default_factory=list,
        metadata={"help": "annotation label vocabulary (another label rejects its record); empty = not checked"},
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
    span_suite: Literal["auto", "on", "off"] = field(
        default="auto", metadata={"help": "auto: run the span suite on a shard where a record has spans or BIO tags"}
    )
    span_column: str = "spans"
    span_text_column: str = "input"
    bio_column: str = "bio_tags"
    span_labels: list[str] = field(
        default_factory=list,
        metadata={
            "help": "entity labels for spans and BIO tags without a guideline (with one: its labels); empty = any"
        },
    )
    grounding_min_confidence: float = field(
        default=0.0,
        metadata={
            "min": 0.0,
            "max": 1.0,
            "help": "a grounding confidence below this holds its record for review (grounding_low_confidence)",
        },
    )
    severity: dict[str, Severity] = field(
        default_factory=dict, metadata={"help": "per-check severity overrides, e.g. {export.split_ratio: blocking}"}
    )
    result_format: Literal["BASIC", "BOOLEAN_ONLY"] = field(
        default="BASIC", metadata={"help": "GX result format; both keep record values out of results"}
    )

    def __post_init__(self) -> None:
        """Reject unknown check names in ``severity`` and inverted length bounds."""
        unknown = sorted(set(self.severity) - set(CHECKS))
        if unknown:
            raise ValueError(f"severity: unknown check '{key_text(unknown[0])}' (known: {', '.join(sorted(CHECKS))})")
        for lo, hi in (("min_instruction_chars", "max_instruction_chars"), ("min_output_chars", "max_output_chars")):
            if getattr(self, lo) > getattr(self, hi):
                raise ValueError(f"{lo} is above {hi}")

    def severity_of(self, check: str) -> Severity:
        """The effective severity of ``check``: the override if set, else its documented default."""
        return self.severity.get(check, CHECKS[check].severity)
