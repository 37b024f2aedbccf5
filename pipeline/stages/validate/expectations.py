"""Custom Great Expectations expectations of the validate stage, and the pure checks behind them.

GX drops an expectation whose class it does not know when it loads a suite, and then reports success
(checked by ``tests/pipeline/stages/validate/test_project.py``): :func:`register` imports this module's classes and must run before any suite is loaded.
``pipeline.stages.validate.project.open_context`` calls it.

The checks themselves are plain functions in :mod:`pipeline.stages.validate.checks`; the GX metrics
here wrap them over a pandas column.

Every check returns a verdict per row; nothing here puts a value into a result.
"""

# No ``from __future__ import annotations`` here: GX expectations are pydantic models whose field
# annotations must be real types at class creation.
from collections.abc import Sequence
from typing import Any

from pipeline.stages.validate.checks import (
    bio_mask_arrow,
    bio_problem,
    mask,
    messages_mask_arrow,
    messages_problem,
    span_mask_arrow,
    span_problem,
)

__all__ = ["CUSTOM_EXPECTATION_TYPES", "expectation_class", "register"]


def _build_classes() -> dict[str, type]:
    """Define the GX metric providers and expectation classes (imports GX; called once by :func:`register`)."""
    from typing import ClassVar, Literal

    import pandas as pd
    import pyarrow as pa

    # GX's packages re-export these without ``as`` or ``__all__``, which strict mypy does not accept
    from great_expectations.execution_engine import PandasExecutionEngine  # type: ignore[attr-defined]
    from great_expectations.expectations.expectation import ColumnMapExpectation, ColumnPairMapExpectation
    from great_expectations.expectations.metrics.map_metric_provider import (  # type: ignore[attr-defined]
        ColumnMapMetricProvider,
        ColumnPairMapMetricProvider,
        column_condition_partial,
        column_pair_condition_partial,
    )

    def series(values: list[bool], like: pd.Series) -> pd.Series:
        return pd.Series(values, index=like.index, dtype=bool)

    class ColumnValuesWellFormedMessages(ColumnMapMetricProvider):
        condition_metric_name = "column_values.instructflow_well_formed_messages"

        @column_condition_partial(engine=PandasExecutionEngine)
        def _pandas(cls, column: pd.Series, **kwargs: object) -> pd.Series:
            if isinstance(column.dtype, pd.ArrowDtype):
                return series(messages_mask_arrow(pa.array(column.array)), column)
            return series(mask(column.tolist(), messages_problem), column)

    class ExpectColumnValuesToBeWellFormedMessages(ColumnMapExpectation):
        """Expect chat ``messages``: optional system first, user/assistant alternating, last assistant."""

        map_metric = "column_values.instructflow_well_formed_messages"
        success_keys = ("mostly",)
        args_keys = ("column",)

    class ColumnValuesValidBio(ColumnMapMetricProvider):
        condition_metric_name = "column_values.instructflow_valid_bio"
        condition_value_keys = ("labels",)

        @column_condition_partial(engine=PandasExecutionEngine)
        def _pandas(cls, column: pd.Series, labels: Sequence[str] | None, **kwargs: object) -> pd.Series:
            labels = tuple(labels or ())
            if isinstance(column.dtype, pd.ArrowDtype):
                return series(bio_mask_arrow(pa.array(column.array), labels), column)
            return series([bio_problem(v, labels) is None for v in column.tolist()], column)

    class ExpectColumnValuesToBeValidBioSequences(ColumnMapExpectation):
        """Expect BIO tag sequences: ``I-x`` only after ``B-x``/``I-x``; labels from ``labels`` if given."""

        labels: list[str] = []  # noqa: RUF012 (a pydantic field, copied per instance)
        map_metric = "column_values.instructflow_valid_bio"
        success_keys = ("labels", "mostly")
        args_keys = ("column",)

    class ColumnPairValidSpans(ColumnPairMapMetricProvider):
        condition_metric_name = "column_pair_values.instructflow_valid_spans"
        condition_domain_keys = (
            "batch_id",
            "table",
            "column_A",
            "column_B",
            "row_condition",
            "condition_parser",
            "ignore_row_if",
        )
        condition_value_keys = ("check", "labels")

        @column_pair_condition_partial(engine=PandasExecutionEngine)  # type: ignore[untyped-decorator]  # unannotated in GX
        def _pandas(
            cls,
            column_A: pd.Series,
            column_B: pd.Series,
            check: str,
            labels: Sequence[str] | None,
            **kwargs: object,
        ) -> pd.Series:
            labels = tuple(labels or ())
            if isinstance(column_B.dtype, pd.ArrowDtype):
                mask = span_mask_arrow(column_A.tolist(), pa.array(column_B.array), check, labels)
                return series(mask, column_A)
            texts, spans = column_A.tolist(), column_B.tolist()
            return series([span_problem(t, s, check, labels) is None for t, s in zip(texts, spans)], column_A)

    class ExpectColumnPairValuesToBeValidSpans(ColumnPairMapExpectation):
        """Expect entity spans (column_B) valid against their text (column_A).

        ``check``: ``bounds`` (offsets inside the text), ``text`` (span text equals the text at its
        offsets) or ``label`` (label in ``labels``).
        """

        check: Literal["bounds", "text", "label"]
        labels: list[str] = []  # noqa: RUF012 (a pydantic field, copied per instance)
        ignore_row_if: Literal["both_values_are_missing", "either_value_is_missing", "neither"] = (
            "either_value_is_missing"
        )
        map_metric = "column_pair_values.instructflow_valid_spans"
        success_keys = ("check", "labels", "ignore_row_if", "mostly")
        args_keys = ("column_A", "column_B", "check")
        library_metadata: ClassVar[dict[str, Any]] = {"tags": ["instructflow"]}

    return {
        cls.__name__: cls
        for cls in (
            ExpectColumnValuesToBeWellFormedMessages,
            ExpectColumnValuesToBeValidBioSequences,
            ExpectColumnPairValuesToBeValidSpans,
        )
    }


_CLASSES: dict[str, type] = {}

CUSTOM_EXPECTATION_TYPES = (
    "expect_column_values_to_be_well_formed_messages",
    "expect_column_values_to_be_valid_bio_sequences",
    "expect_column_pair_values_to_be_valid_spans",
)
"""The snake_case types under which GX registers the custom expectations."""


def register() -> dict[str, type]:
    """Define and register the custom expectations with GX (idempotent); returns them by class name."""
    if not _CLASSES:
        _CLASSES.update(_build_classes())
    return _CLASSES


def expectation_class(name: str) -> type:
    """The registered custom expectation class called ``name`` (registers them first)."""
    return register()[name]
