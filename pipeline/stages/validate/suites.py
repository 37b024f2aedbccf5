"""The validation suites as code: a catalogue of named checks and the GX suites built from config.

Every expectation carries ``meta = {"check": <name>, "severity": "blocking"|"warning"}`` and the
matching GX ``severity`` (``critical`` or ``warning``). The check catalogue (:data:`pipeline.config.validate.CHECKS`) is
plain data in the config, which validates severity overrides against it.

Suites and the table each one validates (built by ``pipeline.stages.validate.stage``):

- ``records``: the ingest output (the shards in ``work/ingest/``), one row per record;
- ``annotations``: the ingest output's annotations, one row per annotation;
- ``deidentified``: residual personal-data findings per record of the table the validate stage receives;
- ``export``: the prospective export (split and ``messages`` as the export stage will write them);
- ``spans``: the span/BIO annotation columns, when enabled (``validate.span_suite``).

These five are **row-level** (:data:`ROW_SUITES`): every expectation judges rows one by one, so they
run shard by shard and their verdicts add up. The checks that need every row at once (record_id
uniqueness, the export's row count and split share) form two **dataset-wide** suites
(:data:`DATASET_SUITES`) that run once over narrow frames of all shards: ``records_dataset`` (the
ingest record ids) and ``export_dataset`` (record id and validation flag of every prospective export
row). A check keeps its name (``records.record_id_unique``) whichever suite runs it.

Values that depend on the run (the minimum export row count, the split-share window) are suite
parameters (``{"$PARAMETER": ...}``) passed when the checkpoint runs, so the stored suites stay fixed.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from pipeline.config.validate import CHECKS, Check

if TYPE_CHECKING:
    from great_expectations.core import ExpectationSuite

    from pipeline.config.validate import ValidateConfig

__all__ = ["CHECKS", "DATASET_SUITES", "ROW_SUITES", "SUITES", "Check", "build_suite"]

ROW_SUITES: tuple[str, ...] = ("records", "annotations", "deidentified", "export", "spans")
"""Row-level suites (run once per shard), in the order they run."""

DATASET_SUITES: tuple[str, ...] = ("records_dataset", "export_dataset")
"""Dataset-wide suites (run once per run over narrow frames of every shard), in the order they run."""

SUITES: tuple[str, ...] = (*ROW_SUITES, *DATASET_SUITES)
"""Every suite of the project."""


RECORD_COLUMNS: tuple[str, ...] = (
    "record_id",
    "instruction",
    "input",
    "output",
    "corpus",
    "source_file",
    "source_index",
    "lang",
)
"""Columns the records suite requires (the non-nullable part of ``RECORD_SCHEMA``)."""

STRING_COLUMNS: tuple[str, ...] = ("record_id", "instruction", "input", "output", "corpus", "source_file", "lang")
STRING_TYPE = "str"
"""pandas 3 dtype of Arrow string columns (GX's type-list check does not recognise it; of-type does)."""
INT_TYPES: list[str] = ["int64", "Int64", "int32", "Int32"]
RESIDUAL_COLUMN = "residual_pii"
"""Column of the deidentified frame: residual personal-data findings per record (0 = none)."""

NON_BLANK = r"\S"

_ID_NAMESPACE = uuid.UUID("0f6f1f8e-4a51-4a8e-9d0c-2b7f3f6a9e21")

PARAM_MIN_EXPORT_ROWS = "min_export_rows"
PARAM_SPLIT_MIN = "split_share_min"
PARAM_SPLIT_MAX = "split_share_max"


def _add(suite: list[Any], expectation: Any, check: str, config: ValidateConfig) -> None:
    severity = config.severity_of(check)
    expectation.meta = {"check": check, "severity": severity}
    expectation.severity = "critical" if severity == "blocking" else "warning"
    suite.append(expectation)


def build_suite(name: str, config: ValidateConfig) -> ExpectationSuite:
    """The GX expectation suite ``name`` for ``config`` (custom expectations registered first).

    The expectations are passed to the suite's constructor: ``ExpectationSuite.add_expectation``
    would write each one to the active context's store whenever a suite of that name exists there.
    """
    import great_expectations as gx

    # GX re-exports its expectations without ``as`` or ``__all__``, which strict mypy does not accept
    from great_expectations.expectations import (  # type: ignore[attr-defined]
        ExpectColumnMeanToBeBetween,
        ExpectColumnValueLengthsToBeBetween,
        ExpectColumnValuesToBeBetween,
        ExpectColumnValuesToBeInSet,
        ExpectColumnValuesToBeInTypeList,
        ExpectColumnValuesToBeOfType,
        ExpectColumnValuesToBeUnique,
        ExpectColumnValuesToMatchRegex,
        ExpectColumnValuesToNotBeNull,
        ExpectTableColumnsToMatchSet,
        ExpectTableRowCountToBeBetween,
    )

    from pipeline.stages.validate.expectations import register

    custom = register()
    suite: list[Any] = []
    if name == "records":
        _add(
            suite,
            ExpectTableColumnsToMatchSet(column_set=list(RECORD_COLUMNS), exact_match=False),
            "records.columns_present",
            config,
        )
        for col in STRING_COLUMNS:
            _add(suite, ExpectColumnValuesToBeOfType(column=col, type_=STRING_TYPE), "records.text_types", config)
        _add(
            suite,
            ExpectColumnValuesToBeInTypeList(column="source_index", type_list=INT_TYPES),
            "records.source_index_type",
            config,
        )
        _add(suite, ExpectColumnValuesToNotBeNull(column="record_id"), "records.record_id_not_null", config)
        for col in ("instruction", "output"):
            _add(suite, ExpectColumnValuesToNotBeNull(column=col), f"records.{col}_not_empty", config)
            _add(
                suite,
                ExpectColumnValuesToMatchRegex(column=col, regex=NON_BLANK),
                f"records.{col}_not_empty",
                config,
            )
        _add(
            suite,
            ExpectColumnValuesToBeInSet(column="lang", value_set=list(config.allowed_langs)),
            "records.lang_allowed",
            config,
        )
        _add(suite, ExpectColumnValuesToNotBeNull(column="lang"), "records.lang_allowed", config)
    elif name == "annotations":
        _add(suite, ExpectColumnValuesToNotBeNull(column="annotator_id"), "annotations.annotator_present", config)
        _add(
            suite,
            ExpectColumnValuesToMatchRegex(column="annotator_id", regex=NON_BLANK),
            "annotations.annotator_present",
            config,
        )
        _add(suite, ExpectColumnValuesToNotBeNull(column="label"), "annotations.label_present", config)
        _add(
            suite,
            ExpectColumnValuesToMatchRegex(column="label", regex=NON_BLANK),
            "annotations.label_present",
            config,
        )
        if config.labels:
            _add(
                suite,
                ExpectColumnValuesToBeInSet(column="label", value_set=list(config.labels)),
                "annotations.label_in_vocabulary",
                config,
            )
        _add(
            suite,
            ExpectColumnValuesToBeBetween(column="confidence", min_value=0.0, max_value=1.0),
            "annotations.confidence_range",
            config,
        )
    elif name == "deidentified":
        _add(
            suite,
            ExpectColumnValuesToBeBetween(column=RESIDUAL_COLUMN, min_value=0, max_value=0),
            "deidentified.no_residual_pii",
            config,
        )
    elif name == "records_dataset":
        _add(suite, ExpectColumnValuesToBeUnique(column="record_id"), "records.record_id_unique", config)
    elif name == "export_dataset":
        _add(
            suite,
            ExpectTableRowCountToBeBetween(min_value={"$PARAMETER": PARAM_MIN_EXPORT_ROWS}),
            "export.row_count",
            config,
        )
        _add(suite, ExpectColumnValuesToBeUnique(column="record_id"), "export.record_id_unique", config)
        _add(
            suite,
            ExpectColumnMeanToBeBetween(
                column="is_validation",
                min_value={"$PARAMETER": PARAM_SPLIT_MIN},
                max_value={"$PARAMETER": PARAM_SPLIT_MAX},
            ),
            "export.split_ratio",
            config,
        )
    elif name == "export":
        _add(suite, ExpectColumnValuesToNotBeNull(column="output"), "export.output_not_empty", config)
        _add(
            suite,
            ExpectColumnValuesToMatchRegex(column="output", regex=NON_BLANK),
            "export.output_not_empty",
            config,
        )
        _add(
            suite,
            ExpectColumnValueLengthsToBeBetween(
                column="instruction", min_value=config.min_instruction_chars, max_value=config.max_instruction_chars
            ),
            "export.instruction_length",
            config,
        )
        _add(
            suite,
            ExpectColumnValueLengthsToBeBetween(
                column="output", min_value=config.min_output_chars, max_value=config.max_output_chars
            ),
            "export.output_length",
            config,
        )
        _add(
            suite,
            custom["ExpectColumnValuesToBeWellFormedMessages"](column="messages"),
            "export.messages_well_formed",
            config,
        )
    elif name == "spans":
        spans = custom["ExpectColumnPairValuesToBeValidSpans"]
        labels = list(config.span_labels)
        a, b = config.span_text_column, config.span_column
        _add(suite, spans(column_A=a, column_B=b, check="bounds"), "spans.within_text", config)
        _add(suite, spans(column_A=a, column_B=b, check="text"), "spans.text_matches", config)
        _add(suite, spans(column_A=a, column_B=b, check="label", labels=labels), "spans.label_in_vocabulary", config)
        _add(
            suite,
            custom["ExpectColumnValuesToBeValidBioSequences"](column=config.bio_column, labels=labels),
            "spans.bio_valid",
            config,
        )
    else:
        raise ValueError(f"unknown suite {name!r} (known: {', '.join(SUITES)})")
    built = gx.ExpectationSuite(name=name, expectations=suite, meta={"instructflow": {"suite": name}})
    for i, expectation in enumerate(built.expectations):
        # Stable ids: a run's copy of the project (and so its results) must not depend on uuid4.
        expectation.id = str(uuid.uuid5(_ID_NAMESPACE, f"{name}/{i}/{expectation.expectation_type}"))
    return built
