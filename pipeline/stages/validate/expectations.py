r"""Custom Great Expectations expectations of the validate stage, and the pure checks behind them.

GX drops an expectation whose class it does not know when it loads a suite, and then reports success
(checked by ``tests/pipeline/stages/validate/test_project.py``): :func:`register` imports this module's classes and must run before any suite is loaded.
``pipeline.stages.validate.project.open_context`` calls it.

The checks themselves are plain functions in :mod:`pipeline.stages.validate.checks`; the GX metrics
here wrap them over a pandas column.

Every check returns a verdict per row; nothing here puts a value into a result.

Data Docs show each expectation as a sentence. GX's fallback for an expectation without a renderer
prints ``type(**kwargs)`` with the kwargs unescaped (a regex such as ``(?<!\d)`` then cuts the page
text short), so every custom expectation here derives from ``SentenceExpectation`` (defined in
:func:`_build_classes`) and sets ``sentence``: a template whose ``$name`` placeholders are the
expectation's kwargs, shown as readable text (lists joined, pattern dicts by their kinds, never
regexes), HTML-escaped by GX.
"""

# No ``from __future__ import annotations`` here: GX expectations are pydantic models whose field
# annotations must be real types at class creation.
from collections.abc import Mapping, Sequence
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


def sentence_params(kwargs: Mapping[str, object]) -> dict[str, str | None]:
    """An expectation's kwargs as display strings for its sentence (lists joined, dicts by key, mostly in %)."""
    out: dict[str, str | None] = {}
    for key, value in kwargs.items():
        if value is None:
            out[key] = None
        elif isinstance(value, dict):
            out[key] = ", ".join(str(k) for k in value)
        elif isinstance(value, (list, tuple)):
            out[key] = ", ".join(str(v) for v in value)
        elif key == "mostly" and isinstance(value, (int, float)) and not isinstance(value, bool):
            out[key] = f"{value * 100:g}"
        else:
            out[key] = str(value)
    return out


def sentence_template(sentence: str, kwargs: Mapping[str, object]) -> str:
    """``sentence`` with GX's usual ``, at least $mostly % of the time`` when ``mostly`` is below 1."""
    mostly = kwargs.get("mostly")
    if isinstance(mostly, (int, float)) and not isinstance(mostly, bool) and mostly < 1:
        return sentence.rstrip(".") + ", at least $mostly % of the time."
    return sentence


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
    from great_expectations.render.components import LegacyRendererType, RenderedStringTemplateContent
    from great_expectations.render.renderer.renderer import renderer
    from great_expectations.render.renderer_configuration import RendererConfiguration, RendererValueType

    def series(values: list[bool], like: pd.Series) -> pd.Series:
        return pd.Series(values, index=like.index, dtype=bool)

    class SentenceExpectation:
        """Mixin: render the expectation in Data Docs as ``sentence`` (see the module docstring)."""

        sentence: ClassVar[str] = ""

        @classmethod
        def sentence_for(cls, kwargs: dict[str, Any]) -> str:
            """The sentence for these kwargs (a class may choose by a kwarg's value)."""
            return cls.sentence

        @classmethod
        def _with_defaults(cls, kwargs: dict[str, Any]) -> dict[str, Any]:
            """``kwargs`` plus the field defaults of the parameters the sentence names but the suite left out."""
            out = dict(kwargs)
            for name, model_field in getattr(cls, "__fields__", {}).items():
                if name not in out and f"${name}" in cls.sentence_for(out):
                    out[name] = model_field.default
            return out

        @classmethod
        def _sentence_kwargs(cls, configuration: Any, result: Any) -> dict[str, Any]:
            if configuration is None and result is not None:  # some dispatch paths pass only the result
                configuration = result.expectation_config
            return cls._with_defaults(dict(configuration.kwargs) if configuration is not None else {})

        @classmethod
        def _prescriptive_template(cls, renderer_configuration: RendererConfiguration) -> RendererConfiguration:
            """The atomic (``rendered_content``) form of the sentence."""
            kwargs = cls._with_defaults(dict(renderer_configuration.kwargs or {}))
            template = sentence_template(cls.sentence_for(kwargs), kwargs)
            for name, value in sentence_params(kwargs).items():
                if value is not None and f"${name}" in template:
                    renderer_configuration.add_param(name=name, param_type=RendererValueType.STRING, value=value)
            renderer_configuration.template_str = template
            return renderer_configuration

        @classmethod
        @renderer(renderer_type=LegacyRendererType.PRESCRIPTIVE)
        def _prescriptive_renderer(
            cls,
            configuration: Any = None,
            result: Any = None,
            runtime_configuration: dict[str, Any] | None = None,
            **kwargs: Any,
        ) -> list[Any]:
            """The Data Docs form of the sentence (string params are HTML-escaped by GX's view)."""
            raw = cls._sentence_kwargs(configuration, result)
            styling = (runtime_configuration or {}).get("styling")
            return [
                RenderedStringTemplateContent(
                    content_block_type="string_template",
                    string_template={
                        "template": sentence_template(cls.sentence_for(raw), raw),
                        "params": sentence_params(raw),
                        "styling": styling,
                    },
                )
            ]

    class ColumnValuesWellFormedMessages(ColumnMapMetricProvider):
        condition_metric_name = "column_values.instructflow_well_formed_messages"

        @column_condition_partial(engine=PandasExecutionEngine)
        def _pandas(cls, column: pd.Series, **kwargs: object) -> pd.Series:
            if isinstance(column.dtype, pd.ArrowDtype):
                return series(messages_mask_arrow(pa.array(column.array)), column)
            return series(mask(column.tolist(), messages_problem), column)

    class ExpectColumnValuesToBeWellFormedMessages(SentenceExpectation, ColumnMapExpectation):
        """Expect chat ``messages``: optional system first, user/assistant alternating, last assistant."""

        sentence: ClassVar[str] = (
            "$column values must be well-formed chat messages: an optional system message first, "
            "then user and assistant turns alternating, the last one from the assistant."
        )

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

    class ExpectColumnValuesToBeValidBioSequences(SentenceExpectation, ColumnMapExpectation):
        """Expect BIO tag sequences: ``I-x`` only after ``B-x``/``I-x``; labels from ``labels`` if given."""

        sentence: ClassVar[str] = (
            "$column values must be valid BIO tag sequences: I-x only right after B-x or I-x, "
            "labels from this list (any label when empty): $labels."
        )

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

    class ExpectColumnPairValuesToBeValidSpans(SentenceExpectation, ColumnPairMapExpectation):
        """Expect entity spans (column_B) valid against their text (column_A).

        ``check``: ``bounds`` (offsets inside the text), ``text`` (span text equals the text at its
        offsets) or ``label`` (label in ``labels``).
        """

        check: Literal["bounds", "text", "label"]
        labels: list[str] = []  # noqa: RUF012 (a pydantic field, copied per instance)
        sentences: ClassVar[dict[str, str]] = {
            "bounds": "Entity spans in $column_B must lie inside the text in $column_A (offsets within its length).",
            "text": "Entity spans in $column_B must quote the text in $column_A exactly at their offsets.",
            "label": "Entity spans in $column_B must carry a label from this list: $labels.",
        }
        sentence: ClassVar[str] = sentences["bounds"]

        @classmethod
        def sentence_for(cls, kwargs: dict[str, Any]) -> str:
            """One sentence per ``check``."""
            return cls.sentences.get(str(kwargs.get("check")), cls.sentence)

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
