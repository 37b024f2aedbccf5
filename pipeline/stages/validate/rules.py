"""Record-level annotation rules: spans, BIO tags, intents and annotation labels against the guideline.

:func:`check_record` judges one record and returns a :class:`Verdict`: keep (possibly with spans
and tags rewritten), reject or review, with a reason code (docs/REASON_CODES.md) and a detail that
names fields and positions, never text. Rules, in order (the first problem decides):

1. ``unknown_label`` (reject): an annotation label outside ``validate.labels`` (when set);
2. ``unknown_intent`` (reject): ``intent`` outside the guideline's intents (when it lists any);
3. on the text as ingest read it (what the annotator saw): ``span_out_of_bounds``,
   ``span_text_mismatch``, ``unknown_span_label`` (reject); ``invalid_bio``, ``unknown_bio_label``,
   ``bio_length_mismatch`` (reject);
4. boundary rules: a modifier of the label right outside the span: ``span_boundary`` (review), or
   the span is extended over it (``action: extend``);
5. overlaps: of two overlapping spans where one label is an ancestor of the other, the finer one is
   kept (the coarser span is dropped); an identical duplicate span is dropped; any other overlap:
   ``overlapping_spans`` (review);
6. vocabulary: a span's text (without the label's modifiers) outside the label's vocabulary and
   knowledge base: ``span_not_in_vocabulary`` (review);
7. the annotated field changed since ingest (cleaning, de-identification): spans and tags are
   carried over (:mod:`pipeline.text.remap`); when a change touches an entity:
   ``annotation_text_changed`` (review). A kept span's ``text`` is always re-read from the final
   text, so it never holds what de-identification removed.
8. grounding provenance (``grounding``, judged before the span rules): an empty ``source_doc_id``:
   ``grounding_missing_doc``; a paragraph outside ``0 <= paragraph < paragraphs`` (``paragraphs``
   when given) or character offsets not ``0 <= start < end``: ``grounding_out_of_bounds``; a
   confidence outside 0..1: ``grounding_confidence_range`` (reject); a confidence below
   ``validate.grounding_min_confidence``: ``grounding_low_confidence`` (review).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, cast

import pyarrow as pa

from pipeline.core.records import SPAN_TYPE
from pipeline.text.remap import alignment, move_offsets, move_tags

if TYPE_CHECKING:
    from pipeline.config import PipelineConfig
    from pipeline.config.guideline import Guideline

Outcome = Literal["keep", "reject", "review"]
SpanDict = dict[str, object]


@dataclass(frozen=True)
class Rules:
    """What :func:`check_record` checks against (from the config and the guideline)."""

    field: str = "input"
    annotation_labels: frozenset[str] = frozenset()
    span_labels: frozenset[str] = frozenset()
    intents: frozenset[str] = frozenset()
    tokens: str = "any"
    guideline: Guideline | None = None
    grounding_min_confidence: float = 0.0

    @classmethod
    def from_config(cls, config: PipelineConfig, guideline: Guideline | None) -> Rules:
        """The rules of a run: ``validate.labels``/``span_labels``/``span_text_column`` and the guideline."""
        cfg = config.validate
        labels = frozenset(guideline.labels) if guideline else frozenset(cfg.span_labels)
        return cls(
            field=cfg.span_text_column,
            annotation_labels=frozenset(cfg.labels),
            span_labels=labels,
            intents=frozenset(guideline.intents) if guideline else frozenset(),
            tokens=guideline.bio.tokens if guideline else "any",
            guideline=guideline,
            grounding_min_confidence=cfg.grounding_min_confidence,
        )


@dataclass
class Verdict:
    """The decision on one record; ``spans``/``bio_tags`` are the values to keep when ``changed``."""

    outcome: Outcome = "keep"
    reason: str | None = None
    detail: str | None = None
    spans: list[SpanDict] | None = None
    bio_tags: list[str] | None = None
    changed: bool = False
    resolved: dict[str, int] = field(default_factory=dict)
    """Rule applications that changed the record without holding it (``extended``, ``dropped_coarser``...)."""


def _offsets(span: SpanDict) -> tuple[int, int]:
    """A span's ``(start, end)``; ingest guarantees integers (``pipeline.io.layouts``)."""
    start, end = span["start"], span["end"]
    if not isinstance(start, int) or not isinstance(end, int):
        raise TypeError("span offsets must be integers")
    return start, end


def _stop(outcome: Outcome, reason: str, detail: str) -> Verdict:
    return Verdict(outcome=outcome, reason=reason, detail=detail)


def _tokens(text: str, mode: str) -> list[str] | None:
    if mode == "char":
        return list(text)
    if mode == "whitespace":
        return text.split()
    return None


def bio_problem(tags: Sequence[str], labels: frozenset[str]) -> tuple[str, str] | None:
    """(reason, detail) of the first BIO problem: a malformed tag, ``I-x`` out of order, an unknown label."""
    prev: str | None = None
    for i, tag in enumerate(tags):
        if tag == "O":
            prev = None
            continue
        if len(tag) < 3 or tag[:2] not in ("B-", "I-"):
            return "invalid_bio", f"field 'bio_tags[{i}]' is not O, B-x or I-x"
        label = tag[2:]
        if labels and label not in labels:
            return "unknown_bio_label", f"field 'bio_tags[{i}]' has a label outside the guideline"
        if tag[0] == "I" and prev != label:
            return "invalid_bio", f"field 'bio_tags[{i}]' is I-x without a preceding B-x or I-x of the same label"
        prev = label
    return None


def _spans_on_text(spans: list[SpanDict], text: str, rules: Rules) -> Verdict | None:
    f = rules.field
    for i, s in enumerate(spans):
        (start, end), label = _offsets(s), s["label"]
        if not 0 <= start < end <= len(text):
            return _stop(
                "reject",
                "span_out_of_bounds",
                f"field 'spans[{i}]' lies outside field '{f}' (0 <= start < end <= length)",
            )
        if s.get("text") is not None and text[start:end] != s["text"]:
            return _stop(
                "reject", "span_text_mismatch", f"field 'spans[{i}].text' differs from field '{f}' at its offsets"
            )
        if rules.span_labels and label not in rules.span_labels:
            where = "the guideline" if rules.guideline else "validate.span_labels"
            return _stop("reject", "unknown_span_label", f"field 'spans[{i}].label' is not a label of {where}")
    return None


def _boundaries(spans: list[SpanDict], text: str, g: Guideline, v: Verdict) -> Verdict | None:
    for i, s in enumerate(spans):
        label = g.labels.get(str(s["label"]))
        if label is None:
            continue
        rule = label.boundary
        start, end = _offsets(s)
        body = text[start:end]
        pre = next((p for p in rule.prefixes if text[:start].endswith(p) and not body.startswith(p)), None)
        suf = next((x for x in rule.suffixes if text[end:].startswith(x) and not body.endswith(x)), None)
        if pre is None and suf is None:
            continue
        if rule.action == "review":
            side = "before" if pre is not None else "after"
            return _stop(
                "review",
                "span_boundary",
                f"field 'spans[{i}]': a modifier of label '{s['label']}' stands right {side} the span "
                "(the guideline puts it inside the entity)",
            )
        s["start"] = start - len(pre or "")
        s["end"] = end + len(suf or "")
        s["text"] = text[slice(*_offsets(s))]
        v.changed = True
        v.resolved["spans_extended"] = v.resolved.get("spans_extended", 0) + 1
    return None


def _overlaps(spans: list[SpanDict], g: Guideline | None, v: Verdict) -> tuple[list[SpanDict], Verdict | None]:
    order = sorted(range(len(spans)), key=lambda k: _offsets(spans[k]))
    dropped: set[int] = set()
    for a_pos, a in enumerate(order):
        for b in order[a_pos + 1 :]:
            if a in dropped or b in dropped:
                continue
            sa, sb = spans[a], spans[b]
            if _offsets(sb)[0] >= _offsets(sa)[1]:
                break
            same = (sa["start"], sa["end"], sa["label"]) == (sb["start"], sb["end"], sb["label"])
            finer = g.finer(str(sa["label"]), str(sb["label"])) if g and not same else None
            if same:
                dropped.add(b)
                v.resolved["duplicate_spans_dropped"] = v.resolved.get("duplicate_spans_dropped", 0) + 1
            elif finer is not None:
                dropped.add(b if finer == sa["label"] else a)
                v.resolved["coarser_spans_dropped"] = v.resolved.get("coarser_spans_dropped", 0) + 1
            else:
                return spans, _stop(
                    "review",
                    "overlapping_spans",
                    f"fields 'spans[{min(a, b)}]' and 'spans[{max(a, b)}]' overlap and neither label refines the other",
                )
    if dropped:
        v.changed = True
    return [s for k, s in enumerate(spans) if k not in dropped], None


def _strip_modifiers(body: str, prefixes: Sequence[str], suffixes: Sequence[str]) -> str:
    for p in sorted(prefixes, key=len, reverse=True):
        if body.startswith(p) and len(body) > len(p):
            body = body[len(p) :].strip()
            break
    for x in sorted(suffixes, key=len, reverse=True):
        if body.endswith(x) and len(body) > len(x):
            body = body[: -len(x)].strip()
            break
    return body


def _vocabulary(spans: list[SpanDict], text: str, g: Guideline) -> Verdict | None:
    for i, s in enumerate(spans):
        label = str(s["label"])
        terms = g.terms.get(label)
        if terms is None:
            continue
        body = text[slice(*_offsets(s))]
        rule = g.labels[label].boundary
        if body in terms or _strip_modifiers(body, rule.prefixes, rule.suffixes) in terms:
            continue
        return _stop(
            "review",
            "span_not_in_vocabulary",
            f"field 'spans[{i}]' is not in the vocabulary or knowledge base of label '{label}'",
        )
    return None


def _carry(
    spans: list[SpanDict], tags: list[str] | None, old: str, new: str, rules: Rules, v: Verdict
) -> Verdict | None:
    changed = f"field '{rules.field}' changed after ingest (cleaning or de-identification)"
    ops = alignment(old, new) if spans or rules.tokens == "char" else []
    if spans:
        for i, s in enumerate(spans):
            moved = move_offsets(ops, *_offsets(s))
            if moved is None:
                return _stop("review", "annotation_text_changed", f"{changed} inside 'spans[{i}]'")
            s["start"], s["end"] = moved
    if tags is not None:
        old_tokens, new_tokens = _tokens(old, rules.tokens), _tokens(new, rules.tokens)
        if old_tokens is not None and new_tokens is not None:
            token_ops = ops if rules.tokens == "char" else alignment(old_tokens, new_tokens)
            moved_tags = move_tags(token_ops, tags)
            if moved_tags is None:
                return _stop("review", "annotation_text_changed", f"{changed} inside a BIO entity")
            v.bio_tags = moved_tags
    v.changed = True
    v.resolved["annotations_carried"] = 1
    return None


def grounding_problem(grounding: Sequence[Mapping[str, object]], min_confidence: float) -> Verdict | None:
    """The first problem of a record's ``grounding`` items (rule 8 of the module docstring), or None."""
    low: Verdict | None = None
    for i, g in enumerate(grounding):
        where = f"grounding[{i}]"
        doc = g.get("source_doc_id")
        if not isinstance(doc, str) or not doc.strip():
            return _stop("reject", "grounding_missing_doc", f"field '{where}.source_doc_id' is missing or empty")
        para, paras = g.get("paragraph"), g.get("paragraphs")
        if not isinstance(para, int) or para < 0 or (isinstance(paras, int) and para >= paras):
            return _stop(
                "reject",
                "grounding_out_of_bounds",
                f"field '{where}.paragraph' is not within 0 <= paragraph < paragraphs",
            )
        start, end = g.get("start"), g.get("end")
        given = start is not None or end is not None
        if given and not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end):
            return _stop(
                "reject", "grounding_out_of_bounds", f"field '{where}' offsets are not 0 <= start < end (both given)"
            )
        conf = g.get("confidence")
        if isinstance(conf, (int, float)):
            if not 0.0 <= float(conf) <= 1.0:
                return _stop(
                    "reject", "grounding_confidence_range", f"field '{where}.confidence' is not between 0 and 1"
                )
            if low is None and float(conf) < min_confidence:
                low = _stop(
                    "review",
                    "grounding_low_confidence",
                    f"field '{where}.confidence' is below validate.grounding_min_confidence",
                )
    return low


def check_record(
    original: str | None,
    text: str | None,
    spans: Sequence[Mapping[str, object]] | None,
    bio_tags: Sequence[str] | None,
    intent: str | None,
    annotation_labels: Sequence[str],
    rules: Rules,
    grounding: Sequence[Mapping[str, object]] | None = None,
) -> Verdict:
    """Judge one record (see the module docstring).

    ``original`` is the annotated field as ingest read it, ``text`` the same field now; the others
    are the record's columns (``annotation_labels``: the labels of its annotations).
    """
    if grounding:
        problem = grounding_problem(grounding, rules.grounding_min_confidence)
        if problem:
            return problem
    for i, label in enumerate(annotation_labels):
        if rules.annotation_labels and label not in rules.annotation_labels:
            return _stop("reject", "unknown_label", f"field 'annotations[{i}].label' is not in validate.labels")
    if intent is not None and rules.intents and intent not in rules.intents:
        return _stop("reject", "unknown_intent", "field 'intent' is not an intent of the guideline")
    if not spans and bio_tags is None:
        return Verdict()
    original = original if original is not None else (text or "")
    text = text if text is not None else ""
    work = [dict(s) for s in spans or ()]
    v = Verdict(spans=work, bio_tags=list(bio_tags) if bio_tags is not None else None)
    problem = _spans_on_text(work, original, rules)
    if problem:
        return problem
    if bio_tags is not None:
        bio = bio_problem(bio_tags, rules.span_labels)
        if bio:
            return _stop("reject", *bio)
        tokens = _tokens(original, rules.tokens)
        if tokens is not None and len(tokens) != len(bio_tags):
            unit = "characters" if rules.tokens == "char" else "whitespace tokens"
            return _stop(
                "reject",
                "bio_length_mismatch",
                f"field 'bio_tags' has {len(bio_tags)} tags for {len(tokens)} {unit} of field '{rules.field}'",
            )
    g = rules.guideline
    if g is not None:
        problem = _boundaries(work, original, g, v)
        if problem:
            return problem
    work, problem = _overlaps(work, g, v)
    if problem:
        return problem
    if g is not None:
        problem = _vocabulary(work, original, g)
        if problem:
            return problem
    if original != text:
        problem = _carry(work, v.bio_tags, original, text, rules, v)
        if problem:
            return problem
    for s in work:
        fresh = text[slice(*_offsets(s))]
        if s.get("text") != fresh:
            s["text"] = fresh
            v.changed = True
    v.spans = work if spans is not None else None
    return v


RULE_FIELDS = [
    pa.field("rule_outcome", pa.string()),
    pa.field("rule_reason", pa.string()),
    pa.field("rule_detail", pa.string()),
    pa.field("rule_changed", pa.bool_()),
    pa.field("rule_spans", pa.list_(SPAN_TYPE)),
    pa.field("rule_bio_tags", pa.list_(pa.string())),
]
"""The per-record columns :func:`rule_verdicts` adds to the validate stage's features."""


def _candidates(table: pa.Table, rules: Rules) -> list[int]:
    """Rows any rule can apply to: with spans, BIO tags or an intent, or annotations when labels are checked."""
    import numpy as np
    import pyarrow.compute as pc

    names = ["spans", "bio_tags", "intent", "grounding"] + (["annotations"] if rules.annotation_labels else [])
    mask = np.zeros(table.num_rows, dtype=bool)
    for name in names:
        if name in table.column_names:
            mask |= pc.is_valid(table.column(name)).to_numpy(zero_copy_only=False)
    return [int(i) for i in np.flatnonzero(mask)]


def _rows(table: pa.Table, rows: list[int], name: str) -> list[object]:
    if name not in table.column_names:
        return [None] * len(rows)
    return table.column(name).take(pa.array(rows, pa.int64())).to_pylist()


def rule_verdicts(table: pa.Table, ingest: pa.Table | None, rules: Rules) -> tuple[pa.Table, dict[str, int]]:
    """:data:`RULE_FIELDS` for every record of ``table`` (in order) and the counts of rules applied.

    ``ingest``: the records as ingest wrote them (their annotated field is what the annotator saw;
    a record not in it is judged on its current text). Only rows a rule can apply to are read into
    Python. ``rule_outcome`` is null for a kept record; ``rule_spans`` and ``rule_bio_tags`` are set
    where ``rule_changed``.
    """
    import pyarrow.compute as pc

    counts: Counter[str] = Counter()
    rows = _candidates(table, rules)
    ids = _rows(table, rows, "record_id")
    texts = _rows(table, rows, rules.field)
    spans, tags, intents, anns, grounds = (
        _rows(table, rows, c) for c in ("spans", "bio_tags", "intent", "annotations", "grounding")
    )
    originals: dict[object, object] = {}
    if rows and ingest is not None and rules.field in ingest.column_names:
        wanted = ingest.filter(pc.is_in(ingest.column("record_id"), value_set=pa.array(ids, pa.string())))
        originals = dict(
            zip(wanted.column("record_id").to_pylist(), wanted.column(rules.field).to_pylist(), strict=True)
        )
    cols: dict[str, list[object]] = {f.name: [None] * table.num_rows for f in RULE_FIELDS}
    cols["rule_changed"] = [False] * table.num_rows
    for k, row in enumerate(rows):
        labels = [str(a["label"]) for a in cast("list[dict[str, object]]", anns[k] or ())]
        value = texts[k]
        text = value if isinstance(value, str) else None
        original = originals.get(ids[k], text)
        v = check_record(
            original if isinstance(original, str) else text,
            text,
            cast("list[dict[str, object]] | None", spans[k]),
            cast("list[str] | None", tags[k]),
            cast("str | None", intents[k]),
            labels,
            rules,
            cast("list[dict[str, object]] | None", grounds[k]),
        )
        counts.update(v.resolved)
        if v.outcome != "keep":
            counts[f"records_{v.outcome}_{v.reason}"] += 1
        keep = v.outcome == "keep"
        cols["rule_outcome"][row] = None if keep else v.outcome
        cols["rule_reason"][row] = v.reason
        cols["rule_detail"][row] = v.detail
        cols["rule_changed"][row] = keep and v.changed
        cols["rule_spans"][row] = v.spans if keep and v.changed else None
        cols["rule_bio_tags"][row] = v.bio_tags if keep and v.changed else None
    out = pa.table({f.name: pa.array(cols[f.name], f.type) for f in RULE_FIELDS}, schema=pa.schema(RULE_FIELDS))
    return out, dict(sorted(counts.items()))
