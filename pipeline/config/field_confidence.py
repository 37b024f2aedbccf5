"""Typed rules for field-level confidence and the reviewers' feedback loop (docs/STANDARD.md §7, §4).

These are the types the agreement stage reads. They live in the pipeline config under
``agreement.field_types`` and ``agreement.feedback`` (bundled defaults in
``pipeline/defaults/pipeline.yaml``), and a guideline file fills the same types from its own
sections of the same shape::

    field_types:                     # field name (as in annotations[].fields) -> rule
      amount:
        kind: amount                 # date | amount | reference | id | text
        review_below: 0.75           # field confidence below this: expert review
        reannotate_below: 0.5        # below this: re-annotation queue
        weights:                     # optional; the weighted mean of the signals available
          annotator: 0.5             #   mean self-reported confidence of the annotators who gave the value
          type_match: 0.3            #   1 when the value parses as its kind, else 0
          stability: 0.2             #   1 when the value equals the previous version's, else 0
          agreement: 0.0             #   share of the field's annotators who gave the value
    feedback:
      second_review: true            # (default false) a decision against the majority needs a second reviewer who agrees

Build them from such mappings with :func:`field_type_rules` and :func:`feedback_rules` (or
:func:`pipeline.config.schema.build`), which reject unknown keys and wrong types by name.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

FIELD_KINDS: tuple[str, ...] = ("date", "amount", "reference", "id", "text")
"""What a field's value is expected to be; :mod:`pipeline.text.field_types` says what parses as each."""

FIELD_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,63}")
"""A field name: an identifier of at most 64 characters (names appear in details and reports)."""


@dataclass(frozen=True)
class ConfidenceWeights:
    """Weights of the signals in a field's confidence (weighted mean over the signals available)."""

    annotator: float = field(
        default=0.5, metadata={"min": 0.0, "help": "mean self-reported confidence of the annotators who gave the value"}
    )
    type_match: float = field(
        default=0.3, metadata={"min": 0.0, "help": "1 when the value parses as the field's kind, else 0"}
    )
    stability: float = field(
        default=0.2,
        metadata={"min": 0.0, "help": "1 when the value equals the previous published version's, else 0"},
    )
    agreement: float = field(
        default=0.0, metadata={"min": 0.0, "help": "share of the field's annotators who gave the consensus value"}
    )

    def __post_init__(self) -> None:
        """At least one signal must count."""
        if self.annotator + self.type_match + self.stability + self.agreement <= 0:
            raise ValueError("field confidence weights are all zero")


@dataclass(frozen=True)
class FieldTypeRule:
    """The rule of one annotated field: its kind, its two thresholds and the signal weights.

    ``name`` is the key of the rule in ``field_types`` (filled in from that key when omitted).
    """

    name: str = field(default="", metadata={"help": "the field's name (the key in field_types)"})
    kind: str = field(default="text", metadata={"choices": FIELD_KINDS, "help": "what the value must parse as"})
    review_below: float = field(
        default=0.7, metadata={"min": 0.0, "max": 1.0, "help": "field confidence below this: expert review"}
    )
    reannotate_below: float = field(
        default=0.5, metadata={"min": 0.0, "max": 1.0, "help": "field confidence below this: re-annotation queue"}
    )
    weights: ConfidenceWeights = field(default_factory=ConfidenceWeights)

    def __post_init__(self) -> None:
        """Thresholds in order, a usable name."""
        if self.name and not FIELD_NAME.fullmatch(self.name):
            raise ValueError("a field name must be an identifier (letters, digits, underscore; at most 64)")
        if self.reannotate_below > self.review_below:
            raise ValueError(f"field type {self.name!r}: reannotate_below must not be above review_below")


@dataclass(frozen=True)
class FeedbackRules:
    """What happens to reviewers' corrections (adjudications that overrule the annotators' majority)."""

    second_review: bool = field(
        default=False,
        metadata={
            "help": "a decision against the majority by one reviewer goes back to review until a second "
            "reviewer gives the same label (second_review_required)"
        },
    )
    min_reviewers: int = field(
        default=2, metadata={"min": 2, "max": 10, "help": "distinct reviewers who must agree on a correction"}
    )


def default_field_types() -> dict[str, FieldTypeRule]:
    """The bundled field types (docs/STANDARD.md §7: an amount 0.75, a date 0.70, a reference number 0.65)."""
    return {
        "amount": FieldTypeRule("amount", "amount", 0.75, 0.5),
        "date": FieldTypeRule("date", "date", 0.70, 0.5),
        "reference_number": FieldTypeRule("reference_number", "reference", 0.65, 0.5),
    }


UNDECLARED = FieldTypeRule("", "text", 0.7, 0.5)
"""The rule of a field no rule names: free text, the record thresholds' defaults (its name is filled in)."""


def named_rules(rules: Mapping[str, FieldTypeRule]) -> dict[str, FieldTypeRule]:
    """``rules`` with each rule's ``name`` set to its key; a rule naming another key is an error."""
    out: dict[str, FieldTypeRule] = {}
    for key, rule in rules.items():
        if not FIELD_NAME.fullmatch(key):
            raise ValueError("field_types keys must be identifiers (letters, digits, underscore; at most 64)")
        if rule.name and rule.name != key:
            raise ValueError(f"field_types.{key}.name names another field")
        out[key] = rule if rule.name == key else replace(rule, name=key)
    return out


def field_type_rules(data: Mapping[str, object] | None, *, source: str = "field_types") -> dict[str, FieldTypeRule]:
    """Build the rules from a ``field_types`` mapping (YAML shape in the module docstring).

    Raises :class:`~pipeline.errors.ConfigError` naming the key for unknown keys, wrong types,
    a kind outside :data:`FIELD_KINDS` or thresholds out of order.
    """
    from pipeline.config.schema import build
    from pipeline.errors import ConfigError

    rules: dict[str, FieldTypeRule] = {}
    for key, value in (data or {}).items():
        if not isinstance(value, Mapping):
            raise ConfigError(f"{source}: key 'field_types.{key}' must be a mapping")
        rules[key] = build(FieldTypeRule, {"name": key, **value}, source=source, prefix=f"field_types.{key}")
    try:
        return named_rules(rules)
    except ValueError as exc:
        raise ConfigError(f"{source}: {exc}") from None


def feedback_rules(data: Mapping[str, object] | None, *, source: str = "feedback") -> FeedbackRules:
    """Build the feedback rules from a ``feedback`` mapping (unknown keys and wrong types are errors)."""
    from pipeline.config.schema import build

    return build(FeedbackRules, data, source=source, prefix="feedback")


def rule_for(rules: Mapping[str, FieldTypeRule], name: str) -> FieldTypeRule:
    """The rule of field ``name``: its declared rule, else :data:`UNDECLARED` under that name."""
    rule = rules.get(name)
    return rule if rule is not None else replace(UNDECLARED, name=name)
