"""Config of the agreement stage (majority vote, agreement figures, review queue, adjudication)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pipeline.config.field_confidence import (
    ConfidenceWeights,
    FeedbackRules,
    FieldTypeRule,
    default_field_types,
    named_rules,
)

if TYPE_CHECKING:
    from pipeline.config.guideline import Guideline


@dataclass(frozen=True)
class LabelCheckConfig:
    """Optional label check: cross-validated character n-gram classifier trained on the consensus labels."""

    enabled: bool = field(default=False, metadata={"help": "run the k-fold label check (needs scikit-learn)"})
    folds: int = field(default=5, metadata={"min": 2, "max": 20, "help": "number of cross-validation folds"})
    contradiction_probability: float = field(
        default=0.9,
        metadata={
            "min": 0.5,
            "max": 1.0,
            "help": "send a record to review when the held-out model gives another label at least this probability",
        },
    )
    ngram_min: int = field(default=1, metadata={"min": 1, "max": 10, "help": "shortest character n-gram"})
    ngram_max: int = field(default=3, metadata={"min": 1, "max": 10, "help": "longest character n-gram"})
    max_features: int = field(default=200_000, metadata={"min": 100, "help": "vocabulary size cap of the vectoriser"})
    text_fields: tuple[str, ...] = field(
        default=("instruction", "input", "output"), metadata={"help": "record fields joined into the model's text"}
    )

    def __post_init__(self) -> None:
        """Reject an n-gram range that is empty."""
        if self.ngram_min > self.ngram_max:
            raise ValueError("label_check.ngram_min is above label_check.ngram_max")


@dataclass(frozen=True)
class AgreementConfig:
    """Settings of the agreement stage. See docs/AGREEMENT.md for what each decision means."""

    enabled: bool = field(default=True, metadata={"help": "run the stage (false: records pass through)"})
    level: str = field(
        default="nominal",
        metadata={"choices": ("nominal", "ordinal", "interval", "ratio"), "help": "level of measurement of the labels"},
    )
    labels: tuple[str, ...] = field(
        default=(),
        metadata={"help": "label vocabulary, in order for ordinal data; empty: the labels found, sorted"},
    )
    label_values: dict[str, float] = field(
        default_factory=dict,
        metadata={"help": "numeric value of each label for interval/ratio data; empty: labels parsed as numbers"},
    )
    keep_labels: tuple[str, ...] = field(
        default=(), metadata={"help": "labels that keep a record; empty: every label not in reject_labels"}
    )
    reject_labels: tuple[str, ...] = field(
        default=(), metadata={"help": "labels that reject a record (reason rejected_by_annotators)"}
    )
    require_annotations: bool = field(
        default=False, metadata={"help": "true: records without annotations go to review (not_annotated)"}
    )
    min_annotators: int = field(
        default=2, metadata={"min": 1, "help": "fewer distinct annotators: review (needs_more_annotations)"}
    )
    min_vote_share: float = field(
        default=0.6, metadata={"min": 0.0, "max": 1.0, "help": "majority label's share of votes below this: review"}
    )
    review_below_confidence: float = field(
        default=0.7, metadata={"min": 0.0, "max": 1.0, "help": "confidence score below this: expert review"}
    )
    reannotate_below_confidence: float = field(
        default=0.5, metadata={"min": 0.0, "max": 1.0, "help": "confidence score below this: re-annotation queue"}
    )
    confidence_weight_annotator: float = field(
        default=1.0, metadata={"min": 0.0, "help": "weight of the mean self-reported confidence of the majority voters"}
    )
    confidence_weight_vote_share: float = field(
        default=0.0, metadata={"min": 0.0, "help": "weight of the vote share in the confidence score"}
    )
    kappa_weights: str = field(
        default="auto",
        metadata={
            "choices": ("auto", "none", "linear", "quadratic"),
            "help": "Cohen's kappa weights; auto: none for nominal labels, quadratic otherwise",
        },
    )
    min_shared_items: int = field(
        default=10, metadata={"min": 1, "help": "fewest shared items for a pairwise figure to be computed"}
    )
    max_pairwise_annotators: int = field(
        default=60,
        metadata={
            "min": 2,
            "max": 1000,
            "help": "pairwise kappas are computed among at most this many annotators: the most active of "
            "those with at least min_shared_items annotations (the cost grows with its square)",
        },
    )
    max_labels: int = field(
        default=50,
        metadata={
            "min": 2,
            "max": 1000,
            "help": "with agreement.labels empty, more distinct labels than this in the data stop the stage "
            "(memory grows with items x labels and with labels squared)",
        },
    )
    retrain_below: float = field(
        default=0.6,
        metadata={"min": -1.0, "max": 1.0, "help": "annotator kappa with the consensus below this: retrain"},
    )
    high_agreement_above: float = field(
        default=0.8, metadata={"min": -1.0, "max": 1.0, "help": "figures above this are reported as high agreement"}
    )
    rework_below_match: float = field(
        default=0.9, metadata={"min": 0.0, "max": 1.0, "help": "a batch whose pairwise match is below this: rework"}
    )
    batch_field: str | None = field(
        default=None, metadata={"help": "record column that names the annotation batch; null: the whole corpus"}
    )
    bootstrap_resamples: int = field(
        default=1000,
        metadata={"min": 0, "max": 100_000, "help": "bootstrap resamples for confidence intervals (0: none)"},
    )
    confidence_level: float = field(
        default=0.95, metadata={"min": 0.5, "max": 0.999, "help": "coverage of the bootstrap intervals"}
    )
    seed: int = field(default=0, metadata={"min": 0, "help": "seed of the bootstrap and the label check"})
    annotation_files: tuple[str, ...] = field(
        default=(), metadata={"help": "extra annotation files joined by record_id (long table or Label Studio export)"}
    )
    adjudication_files: tuple[str, ...] = field(
        default=(), metadata={"help": "expert decisions (record_id, label, reviewer); they override the vote"}
    )
    label_studio_from_name: str | None = field(
        default=None, metadata={"help": "name of the Choices control to read from Label Studio exports; null: any"}
    )
    label_studio_record_id_key: str = field(
        default="record_id", metadata={"help": "key in a Label Studio task's data that holds the record id"}
    )
    review_queue_text_fields: tuple[str, ...] = field(
        default=("instruction", "input", "output"),
        metadata={"help": "record fields copied into the Label Studio review file (de-identified text)"},
    )
    label_check: LabelCheckConfig = field(default_factory=LabelCheckConfig)
    field_types: dict[str, FieldTypeRule] = field(
        default_factory=default_field_types,
        metadata={
            "help": "annotated fields (annotations[].fields) by name: kind (date, amount, reference, id, text), "
            "review_below, reannotate_below, weights; fields not listed are text with thresholds 0.7 / 0.5"
        },
    )
    feedback: FeedbackRules = field(default_factory=FeedbackRules)

    def __post_init__(self) -> None:
        """Cross-field checks: label lists consistent with the vocabulary, thresholds in order."""
        object.__setattr__(self, "field_types", named_rules(self.field_types))
        if len(set(self.labels)) != len(self.labels):
            raise ValueError("agreement.labels lists a label twice")
        rejected = set(self.reject_labels)
        for i, label in enumerate(self.keep_labels):
            if label in rejected:
                raise ValueError(f"agreement.keep_labels[{i}] is also listed in agreement.reject_labels")
        if self.labels:
            for key in ("keep_labels", "reject_labels"):
                for i, label in enumerate(getattr(self, key)):
                    if label not in self.labels:
                        raise ValueError(f"agreement.{key}[{i}] is not one of agreement.labels")
        if self.reannotate_below_confidence > self.review_below_confidence:
            raise ValueError("agreement.reannotate_below_confidence must not be above review_below_confidence")


def with_guideline(cfg: AgreementConfig, guideline: Guideline | None) -> AgreementConfig:
    """``cfg`` with the guideline's field types and feedback rules applied (the guideline wins per field).

    A field type of the guideline replaces the config's rule of the same name (its kind and
    thresholds; the signal weights stay the config's or the defaults); ``second_review`` is on
    when either the config or the guideline turns it on.
    """
    if guideline is None:
        return cfg
    rules = dict(cfg.field_types)
    for name, ft in guideline.field_types.items():
        weights = rules[name].weights if name in rules else ConfidenceWeights()
        rules[name] = FieldTypeRule(
            name=name,
            kind=ft.kind,
            review_below=ft.review_below,
            reannotate_below=ft.reannotate_below,
            weights=weights,
        )
    feedback = dataclasses.replace(
        cfg.feedback, second_review=cfg.feedback.second_review or guideline.feedback.second_review
    )
    return dataclasses.replace(cfg, field_types=rules, feedback=feedback)
