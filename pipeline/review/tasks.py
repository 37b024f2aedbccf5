"""What a reviewer sees in Label Studio: the labelling configs and the tasks of a run's review queue.

Two queues, two projects (the agreement stage's ``queue`` column):

- **expert review** (``expert``): the record's text fields, why it is held (reason and detail), each
  annotator's vote and confidence (a table), a final-label choice and an optional comment. Each task
  carries one prediction per annotator (``model_version`` = the annotator id as de-identification wrote
  it, ``score`` = their confidence) plus ``majority`` (score = vote share), so the reviewer can switch
  between them; the project pre-selects the majority.
- **re-annotation** (``reannotation``): blind, the record's text fields only (no votes, reason or
  predictions), a label choice and an optional confidence (0..1), two annotators per task by default.

Task text comes from ``reports/review_queue_labelstudio.json`` (the de-identified text the agreement
stage wrote for reviewers), ids, reasons and votes from ``review/agreement.parquet``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, cast
from xml.sax.saxutils import quoteattr

from pipeline.errors import ConfigError, UsageError
from pipeline.review.client import JSONDict, JSONValue

if TYPE_CHECKING:
    from pipeline.config import PipelineConfig

LABEL_CONTROL = "label"
"""Name of the label ``Choices`` control when ``agreement.label_studio_from_name`` is not set."""
COMMENT_CONTROL = "comment"
CONFIDENCE_CONTROL = "confidence"
"""The re-annotation project's ``Number`` control; the agreement stage reads it as the confidence."""
MAJORITY = "majority"
"""``model_version`` of the majority-vote prediction."""
RESERVED = frozenset({"reason", "votes", "queue", COMMENT_CONTROL, CONFIDENCE_CONTROL})
"""Data keys and control names of the configs: no text field may be called so."""


@dataclass(frozen=True)
class Queue:
    """One review queue and the Label Studio project it goes to."""

    name: str
    """The agreement stage's queue name (``expert`` or ``reannotation``)."""
    title_suffix: str
    file_name: str
    """File ``pull`` writes (a Label Studio JSON export)."""
    description: str
    blind: bool
    """True: no votes, reason or predictions are shown (independent re-annotation)."""

    def title(self, project: str) -> str:
        """The project title: ``<project>: <suffix>`` (Label Studio allows 50 characters)."""
        return f"{project}: {self.title_suffix}"


EXPERT = Queue(
    "expert",
    "expert review",
    "expert_review.json",
    "instructflow expert review: disputed or low-confidence records. Pick the final label; the annotators' "
    "votes are listed and each is a prediction (the majority is pre-selected).",
    blind=False,
)
REANNOTATION = Queue(
    "reannotation",
    "re-annotation",
    "reannotation.json",
    "instructflow re-annotation: records with too few or too unsure annotations. Label each record "
    "independently; the earlier votes are not shown.",
    blind=True,
)
QUEUES = (EXPERT, REANNOTATION)

MAX_TITLE = 50
"""Label Studio's limit on a project title (``PROJECT_TITLE_MAX_LEN``)."""


@dataclass(frozen=True)
class Layout:
    """Names a run's configs and tasks use (from its agreement config and its review texts)."""

    labels: tuple[str, ...]
    text_fields: tuple[str, ...]
    record_id_key: str
    control: str
    min_annotators: int

    @property
    def target(self) -> str:
        """The object tag controls point at (the first text field)."""
        return self.text_fields[0]


def layout_for(config: PipelineConfig, labels: Sequence[str], text_fields: Sequence[str]) -> Layout:
    """The layout of a run; :class:`ConfigError` when a text field name clashes with a control or data key."""
    cfg = config.agreement
    control = cfg.label_studio_from_name or LABEL_CONTROL
    fields = tuple(text_fields) or ("record_id",)
    taken = RESERVED | {control, cfg.label_studio_record_id_key}
    for f in fields:
        if f in taken and f != "record_id":
            raise ConfigError(
                f"agreement.review_queue_text_fields: field {f!r} clashes with a name the Label Studio "
                "projects use (reason, votes, queue, comment, confidence, the label control, the record id key)"
            )
    if not labels:
        raise UsageError(
            "the run has no label vocabulary (no annotations were scored): set agreement.labels to push a review queue"
        )
    return Layout(tuple(labels), fields, cfg.label_studio_record_id_key, control, max(1, cfg.min_annotators))


def _choices(labels: Sequence[str]) -> str:
    return "".join(f"\n    <Choice value={quoteattr(v)}/>" for v in labels)


def _texts(fields: Sequence[str]) -> list[str]:
    lines = []
    for f in fields:
        lines.append(f'  <Header value={quoteattr(f.capitalize())} size="5"/>')
        lines.append(f"  <Text name={quoteattr(f)} value={quoteattr('$' + f)}/>")
    return lines


def label_config(queue: Queue, layout: Layout) -> str:
    """The labelling config (XML) of ``queue``'s project."""
    lines = ["<View>", *_texts(layout.text_fields)]
    if not queue.blind:
        lines += [
            '  <Header value="Why this record is held for review" size="5"/>',
            '  <Text name="reason" value="$reason"/>',
            '  <Header value="Annotator votes (label, confidence)" size="5"/>',
            '  <Table name="votes" value="$votes"/>',
            '  <Header value="Final label" size="5"/>',
        ]
    else:
        lines.append('  <Header value="Label" size="5"/>')
    lines.append(
        f"  <Choices name={quoteattr(layout.control)} toName={quoteattr(layout.target)} "
        f'choice="single-radio" showInline="true" required="true">{_choices(layout.labels)}\n  </Choices>'
    )
    if queue.blind:
        lines.append('  <Header value="Your confidence (0 to 1, optional)" size="6"/>')
        lines.append(
            f"  <Number name={quoteattr(CONFIDENCE_CONTROL)} toName={quoteattr(layout.target)} "
            'min="0" max="1" step="0.01"/>'
        )
    else:
        lines.append(
            f"  <TextArea name={quoteattr(COMMENT_CONTROL)} toName={quoteattr(layout.target)} "
            'placeholder="Optional note for the record" maxSubmissions="1" editable="true"/>'
        )
    lines.append("</View>")
    return "\n".join(lines)  # no trailing newline: Label Studio strips it, and push compares configs


def project_settings(queue: Queue, project: str, layout: Layout) -> JSONDict:
    """Everything push sets on ``queue``'s project (compared with the project to decide on an update)."""
    title = queue.title(project)
    if len(title) > MAX_TITLE:
        raise UsageError(
            f"project title {title!r} is longer than Label Studio's {MAX_TITLE} characters; choose a shorter --project"
        )
    settings: JSONDict = {
        "title": title,
        "description": queue.description,
        "label_config": label_config(queue, layout),
        "show_collab_predictions": not queue.blind,
        "model_version": "" if queue.blind else MAJORITY,
        "maximum_annotations": layout.min_annotators if queue.blind else 1,
    }
    if queue.blind:
        settings["overlap_cohort_percentage"] = 100
    return settings


# --------------------------------------------------------------------------------------------------
# tasks


def _choice_result(layout: Layout, label: str) -> JSONDict:
    return {"from_name": layout.control, "to_name": layout.target, "type": "choices", "value": {"choices": [label]}}


def _safe_annotator(annotator: str, hidden: dict[str, str]) -> str:
    """The annotator id as shown to reviewers; an id that looks like an e-mail address is replaced.

    The agreement stage's ids come from de-identification (pseudonyms or generic ids); a run with
    de-identification off may still hold e-mail addresses, which never go to Label Studio.
    """
    if "@" not in annotator:
        return annotator
    if annotator not in hidden:
        hidden[annotator] = f"annotator-hidden-{len(hidden) + 1}"
    return hidden[annotator]


def build_task(row: Mapping[str, object], texts: Mapping[str, object], queue: Queue, layout: Layout) -> JSONDict:
    """One Label Studio task for a review row (``review/agreement.parquet``) and its text fields.

    ``data`` holds the record id (under ``agreement.label_studio_record_id_key``), the text fields and,
    for the expert queue, ``reason`` and ``votes``; ``meta.push_hash`` is the sha256 of data and
    predictions, so a later push can tell an unchanged task from a changed one.
    """
    record_id = str(row["record_id"])
    data: JSONDict = {layout.record_id_key: record_id}
    for f in layout.text_fields:
        if f != "record_id":
            value = texts.get(f)
            data[f] = "" if value is None else str(value)
    predictions: list[JSONValue] = []
    if not queue.blind:
        data["reason"] = f"{row.get('reason')}: {row.get('detail')}"
        votes: JSONDict = {}
        hidden: dict[str, str] = {}
        annotations = row.get("annotations")
        for a in cast("list[dict[str, object]]", annotations if isinstance(annotations, list) else []):
            annotator = _safe_annotator(str(a.get("annotator_id")), hidden)
            label = str(a.get("label"))
            conf = a.get("confidence")
            votes[annotator] = f"{label} (confidence {conf:.2f})" if isinstance(conf, float) else label
            if label in layout.labels:  # Label Studio does not check predictions against the config
                prediction: JSONDict = {"model_version": annotator, "result": [_choice_result(layout, label)]}
                if isinstance(conf, float):
                    prediction["score"] = round(conf, 6)
                predictions.append(prediction)
        data["votes"] = votes
        majority = row.get("consensus_label")
        if isinstance(majority, str) and majority in layout.labels:
            share = row.get("vote_share")
            prediction = {"model_version": MAJORITY, "result": [_choice_result(layout, majority)]}
            if isinstance(share, float):
                prediction["score"] = round(share, 6)
            predictions.append(prediction)
    digest = hashlib.sha256(
        json.dumps([data, predictions], sort_keys=True, ensure_ascii=False).encode("utf-8")
    ).hexdigest()
    return {"data": data, "predictions": predictions, "meta": {"push_hash": digest, "queue": queue.name}}


def read_review_texts(path: Path) -> Iterator[tuple[str, JSONDict]]:
    """``(record_id, data)`` of each task in the agreement stage's Label Studio file, one line at a time.

    The file is a JSON array with one task per line (as the agreement stage writes it); any other JSON
    array is read whole.
    """
    try:
        fh = path.open(encoding="utf-8")
    except FileNotFoundError:
        raise UsageError(f"{path}: not found (the agreement stage writes it with the review queue)") from None
    with fh:
        first = fh.readline()
        if first.strip() != "[":
            fh.seek(0)
            try:
                items = json.load(fh)
            except ValueError:
                raise UsageError(f"{path}: not a JSON array of Label Studio tasks") from None
            yield from _data_items(items if isinstance(items, list) else [], path)
            return
        for n, line in enumerate(fh, start=2):
            line = line.strip().rstrip(",")
            if not line or line == "]":
                continue
            try:
                task = json.loads(line)
            except ValueError:
                raise UsageError(f"{path}: line {n}: invalid JSON") from None
            yield from _data_items([task], path)


def _data_items(items: list[JSONValue], path: Path) -> Iterator[tuple[str, JSONDict]]:
    for task in items:
        data = task.get("data") if isinstance(task, dict) else None
        if not isinstance(data, dict) or data.get("record_id") is None:
            raise UsageError(f"{path}: a task without data.record_id")
        yield str(data["record_id"]), data
