"""Map a raw object (alpaca, ShareGPT or chat ``messages`` layout) to the record fields of docs/STANDARD.md ("The record").

- alpaca: ``instruction`` / ``input`` / ``output``, optional ``system`` and ``history``.
- ShareGPT: ``conversations`` = list of ``{"from": human|user|gpt|assistant|system, "value": ...}``.
- chat: ``messages`` = list of ``{"role": system|user|assistant, "content": ...}``.

For conversations the last user turn becomes ``instruction``, the last assistant turn ``output`` and
earlier turns ``history`` as ``[user, assistant]`` pairs. Problems raise :class:`RecordProblem` with a
reason code and a detail that names the field but never its value.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypedDict

from pipeline.config.field_confidence import FIELD_NAME
from pipeline.config.ingest import CorpusConfig, IngestConfig


class FieldValue(TypedDict):
    """One annotated field of an annotation (``RECORD_SCHEMA``'s ``annotations[].fields`` items)."""

    name: str
    value: str | None
    confidence: float | None


class Annotation(TypedDict):
    """One annotation of a record (``RECORD_SCHEMA``'s ``annotations`` items)."""

    annotator_id: str
    label: str
    confidence: float | None
    fields: list[FieldValue] | None


class Span(TypedDict):
    """One entity span of a record (``RECORD_SCHEMA``'s ``spans`` items)."""

    start: int
    end: int
    label: str
    text: str | None


class Grounding(TypedDict):
    """One grounding of a record (``RECORD_SCHEMA``'s ``grounding`` items)."""

    source_doc_id: str
    paragraph: int
    paragraphs: int | None
    start: int | None
    end: int | None
    confidence: float | None


class RecordTexts(TypedDict):
    """The text fields of a mapped record."""

    instruction: str
    input: str
    output: str
    system: str | None
    history: list[list[str]]


class MappedRecord(RecordTexts):
    """What :func:`map_record` returns: the text fields plus ``source_id``, ``annotations`` and ``lang``."""

    source_id: str | None
    annotations: list[Annotation] | None
    lang: str | None
    spans: list[Span] | None
    bio_tags: list[str] | None
    intent: str | None
    grounding: list[Grounding] | None


class RecordProblem(Exception):
    """A record that cannot be mapped: ``reason`` is the reject code, ``detail`` names the field."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


_SHAREGPT_ROLES = {
    "human": "user",
    "user": "user",
    "gpt": "assistant",
    "assistant": "assistant",
    "chatgpt": "assistant",
    "bing": "assistant",
    "bard": "assistant",
    "model": "assistant",
    "system": "system",
}
_CHAT_ROLES = {"user": "user", "assistant": "assistant", "system": "system"}


def _type_name(value: object) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, (list, tuple)):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    if value is None:
        return "null"
    return type(value).__name__


def _text(obj: Mapping[str, object], key: str, label: str, *, required: bool) -> str:
    if key not in obj or obj[key] is None:
        if required:
            raise RecordProblem("missing_field", f"field '{label}' is missing")
        return ""
    value = obj[key]
    if not isinstance(value, str):
        raise RecordProblem("wrong_type", f"field '{label}' must be a string, got {_type_name(value)}")
    if required and not value.strip():
        raise RecordProblem("empty_field", f"field '{label}' is empty")
    return value


def _json_cell(value: object, label: str, reason: str) -> object:
    """CSV/TSV cells hold nested data as JSON text; an empty cell means absent."""
    if not isinstance(value, str):
        return value
    if not value.strip():
        return None
    try:
        return json.loads(value)
    except json.JSONDecodeError as exc:
        raise RecordProblem(reason, f"field '{label}' is not valid JSON (column {exc.colno}: {exc.msg})") from None


def _history(value: object, label: str) -> list[list[str]]:
    value = _json_cell(value, label, "wrong_type")
    if value is None:
        return []
    if not isinstance(value, list):
        raise RecordProblem(
            "wrong_type", f"field '{label}' must be a list of [user, assistant] pairs, got {_type_name(value)}"
        )
    out = []
    for i, pair in enumerate(value):
        if not isinstance(pair, (list, tuple)) or len(pair) != 2:
            raise RecordProblem("wrong_type", f"field '{label}[{i}]' must be a [user, assistant] pair")
        for j, turn in enumerate(pair):
            if not isinstance(turn, str):
                raise RecordProblem("wrong_type", f"field '{label}[{i}][{j}]' must be a string, got {_type_name(turn)}")
        out.append([pair[0], pair[1]])
    return out


def _object_list(value: object, label: str, code: str, noun: str) -> list[tuple[str, dict[str, Any]]] | None:
    """A JSON-cell list of objects as ``(field path, object)`` pairs; None when absent.

    Raises :class:`RecordProblem` with ``code`` when it is not a list (``must be a list of <noun>``)
    or an item is not an object.
    """
    value = _json_cell(value, label, code)
    if value is None:
        return None
    if not isinstance(value, list):
        raise RecordProblem(code, f"field '{label}' must be a list of {noun}, got {_type_name(value)}")
    items: list[tuple[str, dict[str, Any]]] = []
    for i, item in enumerate(value):
        where = f"{label}[{i}]"
        if not isinstance(item, dict):
            raise RecordProblem(code, f"field '{where}' must be an object, got {_type_name(item)}")
        items.append((where, item))
    return items


def _annotations(value: object, label: str) -> list[Annotation] | None:
    items = _object_list(value, label, "invalid_annotation", "annotations")
    if items is None:
        return None
    out: list[Annotation] = []
    for where, ann in items:
        unknown = sorted(set(ann) - {"annotator_id", "label", "confidence", "fields"})
        if unknown:
            raise RecordProblem(
                "invalid_annotation",
                f"field '{where}' has unknown key '{unknown[0]}' (allowed: annotator_id, label, confidence, fields)",
            )
        annotator = ann.get("annotator_id")
        if isinstance(annotator, bool) or not isinstance(annotator, (str, int)) or str(annotator).strip() == "":
            raise RecordProblem(
                "invalid_annotation", f"field '{where}.annotator_id' must be a non-empty string or integer"
            )
        lab = ann.get("label")
        if isinstance(lab, bool):
            lab = "true" if lab else "false"
        if not isinstance(lab, (str, int)) or str(lab).strip() == "":
            raise RecordProblem("invalid_annotation", f"field '{where}.label' must be a non-empty string or integer")
        conf = _confidence(ann.get("confidence"), f"{where}.confidence")
        fields = _field_values(ann.get("fields"), f"{where}.fields")
        out.append({"annotator_id": str(annotator), "label": str(lab), "confidence": conf, "fields": fields})
    return out


def _confidence(conf: object, where: str) -> float | None:
    """An optional confidence: a number in 0..1, or None."""
    if conf is None:
        return None
    if isinstance(conf, bool) or not isinstance(conf, (int, float)):
        raise RecordProblem("invalid_annotation", f"field '{where}' must be a number, got {_type_name(conf)}")
    if not 0.0 <= float(conf) <= 1.0:
        raise RecordProblem("invalid_annotation", f"field '{where}' must be between 0 and 1")
    return float(conf)


def _field_value(value: object, where: str) -> str | None:
    """A field's value as text: a string as given, a number in its JSON spelling, null as None."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise RecordProblem(
            "invalid_annotation", f"field '{where}' must be a string, a number or null, got {_type_name(value)}"
        )
    return json.dumps(value)


def _field_values(value: object, where: str) -> list[FieldValue] | None:
    """``fields``: ``{name: {"value": ..., "confidence": ...}}`` or ``{name: value}``, sorted by name."""
    if value is None:
        return None
    if not isinstance(value, dict):
        raise RecordProblem("invalid_annotation", f"field '{where}' must be an object, got {_type_name(value)}")
    out: list[FieldValue] = []
    for i, name in enumerate(sorted(value)):
        if not FIELD_NAME.fullmatch(name):
            raise RecordProblem(
                "invalid_annotation",
                f"field '{where}' key {i + 1} (in sorted order) is not a field name "
                "(letters, digits, underscore; at most 64)",
            )
        item = value[name]
        at = f"{where}.{name}"
        if isinstance(item, dict):
            extra = sorted(set(item) - {"value", "confidence"})
            if extra:
                raise RecordProblem(
                    "invalid_annotation", f"field '{at}' has an unknown key (allowed: value, confidence)"
                )
            out.append(
                {
                    "name": name,
                    "value": _field_value(item.get("value"), f"{at}.value"),
                    "confidence": _confidence(item.get("confidence"), f"{at}.confidence"),
                }
            )
        else:
            out.append({"name": name, "value": _field_value(item, at), "confidence": None})
    return out


_SPAN_KEYS = ("start", "end", "label", "text")


def _spans(value: object, label: str, field: str, annotated: str) -> list[Span] | None:
    """``spans``: a list of ``{start, end, label, text?}`` on the record field ``field`` (its text ``annotated``).

    Offsets must lie inside the field (``span_out_of_bounds``) and a given ``text`` must equal the
    field at them (``span_text_mismatch``): checked here, on the text the annotator saw. The kept
    span's ``text`` is then dropped: it is the field's text, which cleaning and de-identification
    may change; the validate stage reads it again from the final field.
    """
    items = _object_list(value, label, "invalid_spans", "spans")
    if items is None:
        return None
    out: list[Span] = []
    for where, span in items:
        unknown = sorted(set(span) - set(_SPAN_KEYS), key=str)
        if unknown:
            raise RecordProblem(
                "invalid_spans", f"field '{where}' has an unknown key (allowed: {', '.join(_SPAN_KEYS)})"
            )
        for key in ("start", "end"):
            v = span.get(key)
            if isinstance(v, bool) or not isinstance(v, int):
                raise RecordProblem("invalid_spans", f"field '{where}.{key}' must be an integer, got {_type_name(v)}")
        lab = span.get("label")
        if not isinstance(lab, str) or not lab.strip():
            raise RecordProblem("invalid_spans", f"field '{where}.label' must be a non-empty string")
        text = span.get("text")
        if text is not None and not isinstance(text, str):
            raise RecordProblem("invalid_spans", f"field '{where}.text' must be a string, got {_type_name(text)}")
        start, end = int(span["start"]), int(span["end"])
        if not 0 <= start < end <= len(annotated):
            raise RecordProblem(
                "span_out_of_bounds", f"field '{where}' lies outside field '{field}' (0 <= start < end <= length)"
            )
        if text is not None and annotated[start:end] != text:
            raise RecordProblem(
                "span_text_mismatch", f"field '{where}.text' differs from field '{field}' at its offsets"
            )
        out.append({"start": start, "end": end, "label": lab, "text": None})
    return out


_GROUNDING_KEYS = ("source_doc_id", "paragraph", "paragraphs", "start", "end", "confidence")


def _optional_int(item: Mapping[str, object], key: str, where: str) -> int | None:
    v = item.get(key)
    if v is None:
        return None
    if isinstance(v, bool) or not isinstance(v, int):
        raise RecordProblem("invalid_grounding", f"field '{where}.{key}' must be an integer, got {_type_name(v)}")
    return v


def _grounding(value: object, label: str) -> list[Grounding] | None:
    """``grounding``: a list of ``{source_doc_id, paragraph, paragraphs?, start?, end?, confidence?}``.

    Only the shape is checked here (types and keys, ``invalid_grounding``); whether the id is empty,
    the position within bounds and the confidence within 0..1 are record rules of the validate stage.
    """
    items = _object_list(value, label, "invalid_grounding", "groundings")
    if items is None:
        return None
    out: list[Grounding] = []
    for where, item in items:
        if set(item) - set(_GROUNDING_KEYS):
            raise RecordProblem(
                "invalid_grounding", f"field '{where}' has an unknown key (allowed: {', '.join(_GROUNDING_KEYS)})"
            )
        doc = item.get("source_doc_id")
        if isinstance(doc, bool) or not isinstance(doc, (str, int)):
            raise RecordProblem(
                "invalid_grounding",
                f"field '{where}.source_doc_id' must be a string or integer, got {_type_name(doc)}",
            )
        paragraph = _optional_int(item, "paragraph", where)
        if paragraph is None:
            raise RecordProblem("invalid_grounding", f"field '{where}.paragraph' is missing")
        conf = item.get("confidence")
        if conf is not None and (isinstance(conf, bool) or not isinstance(conf, (int, float))):
            raise RecordProblem(
                "invalid_grounding", f"field '{where}.confidence' must be a number, got {_type_name(conf)}"
            )
        out.append(
            {
                "source_doc_id": str(doc),
                "paragraph": paragraph,
                "paragraphs": _optional_int(item, "paragraphs", where),
                "start": _optional_int(item, "start", where),
                "end": _optional_int(item, "end", where),
                "confidence": None if conf is None else _finite(conf, f"{where}.confidence"),
            }
        )
    return out


def _finite(value: int | float, where: str) -> float:
    """``value`` as a float; an integer too large for one is a shape problem (never echoed)."""
    try:
        return float(value)
    except OverflowError:
        raise RecordProblem("invalid_grounding", f"field '{where}' is out of range") from None


def _bio_tags(value: object, label: str) -> list[str] | None:
    """``bio_tags``: a list of tag strings (``O``, ``B-x``, ``I-x``; their order is checked by validate)."""
    value = _json_cell(value, label, "invalid_bio_tags")
    if value is None:
        return None
    if not isinstance(value, list):
        raise RecordProblem("invalid_bio_tags", f"field '{label}' must be a list of tags, got {_type_name(value)}")
    for i, tag in enumerate(value):
        if not isinstance(tag, str):
            raise RecordProblem("invalid_bio_tags", f"field '{label}[{i}]' must be a string, got {_type_name(tag)}")
    return list(value)


def _turns(value: object, label: str, role_key: str, text_key: str, roles: Mapping[str, str]) -> list[tuple[str, str]]:
    if not isinstance(value, list):
        raise RecordProblem("wrong_type", f"field '{label}' must be a list of turns, got {_type_name(value)}")
    turns = []
    for i, turn in enumerate(value):
        where = f"{label}[{i}]"
        if not isinstance(turn, dict):
            raise RecordProblem("wrong_type", f"field '{where}' must be an object, got {_type_name(turn)}")
        role = turn.get(role_key)
        if not isinstance(role, str):
            raise RecordProblem(
                "missing_field" if role is None else "wrong_type", f"field '{where}.{role_key}' must be a string"
            )
        mapped = roles.get(role.strip().lower())
        if mapped is None:
            allowed = ", ".join(sorted(set(roles)))
            raise RecordProblem(
                "malformed_conversation", f"field '{where}.{role_key}' has an unsupported role (allowed: {allowed})"
            )
        content = turn.get(text_key)
        if not isinstance(content, str):
            reason = "missing_field" if content is None else "wrong_type"
            raise RecordProblem(reason, f"field '{where}.{text_key}' must be a string, got {_type_name(content)}")
        turns.append((mapped, content))
    return turns


def _from_turns(turns: list[tuple[str, str]], label: str, system: str) -> RecordTexts:
    if turns and turns[0][0] == "system":
        if system:
            raise RecordProblem("malformed_conversation", f"field '{label}' has a system turn and a 'system' field")
        system = turns[0][1]
        turns = turns[1:]
    if not turns:
        raise RecordProblem("empty_field", f"field '{label}' has no user or assistant turns")
    if len(turns) % 2:
        raise RecordProblem(
            "malformed_conversation", f"field '{label}' must end with an assistant turn after a user turn"
        )
    for i, (role, _) in enumerate(turns):
        expected = "user" if i % 2 == 0 else "assistant"
        if role != expected:
            article = "an" if expected == "assistant" else "a"
            raise RecordProblem(
                "malformed_conversation",
                f"field '{label}' turn {i} must be {article} {expected} turn (roles must alternate)",
            )
    pairs = [[turns[i][1], turns[i + 1][1]] for i in range(0, len(turns), 2)]
    instruction, output = pairs[-1]
    if not instruction.strip():
        raise RecordProblem("empty_field", f"field '{label}' last user turn is empty")
    if not output.strip():
        raise RecordProblem("empty_field", f"field '{label}' last assistant turn is empty")
    return {"instruction": instruction, "input": "", "output": output, "system": system or None, "history": pairs[:-1]}


def detect_layout(obj: Mapping[str, object]) -> str:
    """Return ``sharegpt``, ``messages`` or ``alpaca`` for a raw object."""
    if "conversations" in obj:
        return "sharegpt"
    if "messages" in obj:
        return "messages"
    return "alpaca"


def apply_field_map(obj: Mapping[str, object], mapping: Mapping[str, str]) -> dict[str, object]:
    """Rename source columns to record fields; a mapped column never overwrites a present record field."""
    if not mapping or mapping.keys().isdisjoint(obj):
        return dict(obj)
    out = dict(obj)
    for src, dst in mapping.items():
        if src in obj and src != dst:
            value = out.pop(src)
            if dst not in obj or obj.get(dst) in (None, ""):
                out[dst] = value
    return out


def map_record(obj: object, ingest: IngestConfig, corpus: CorpusConfig, span_field: str = "input") -> MappedRecord:
    """Map one raw object to record fields (without ids and provenance).

    Returns a dict with ``instruction``, ``input``, ``output``, ``system``, ``history``,
    ``source_id``, ``annotations``, ``lang``, ``spans``, ``bio_tags``, ``intent`` and ``grounding`` (None when not
    given); spans annotate the record field ``span_field``. Raises :class:`RecordProblem`.
    """
    if not isinstance(obj, dict):
        raise RecordProblem("not_an_object", f"expected an object, got {_type_name(obj)}")
    mapping = {**ingest.field_map, **corpus.field_map}
    obj = apply_field_map(obj, mapping)
    layout = corpus.layout if corpus.layout != "auto" else detect_layout(obj)
    system = _text(obj, "system", "system", required=False)
    if layout == "sharegpt":
        if "conversations" not in obj:
            raise RecordProblem("missing_field", "field 'conversations' is missing")
        turns = _turns(obj["conversations"], "conversations", "from", "value", _SHAREGPT_ROLES)
        rec = _from_turns(turns, "conversations", system)
    elif layout == "messages":
        if "messages" not in obj:
            raise RecordProblem("missing_field", "field 'messages' is missing")
        turns = _turns(obj["messages"], "messages", "role", "content", _CHAT_ROLES)
        rec = _from_turns(turns, "messages", system)
    else:
        rec = {
            "instruction": _text(obj, "instruction", "instruction", required=True),
            "input": _text(obj, "input", "input", required=False),
            "output": _text(obj, "output", "output", required=True),
            "system": system or None,
            "history": _history(obj.get("history"), "history"),
        }
    source_id = obj.get(ingest.id_field)
    if source_id is not None:
        if isinstance(source_id, bool) or not isinstance(source_id, (str, int)):
            raise RecordProblem(
                "wrong_type", f"field '{ingest.id_field}' must be a string or integer, got {_type_name(source_id)}"
            )
        source_id = str(source_id)
    annotations = _annotations(obj.get("annotations"), "annotations")
    lang = obj.get("lang")
    if lang is not None and not isinstance(lang, str):
        raise RecordProblem("wrong_type", f"field 'lang' must be a string, got {_type_name(lang)}")
    intent = obj.get("intent")
    if intent is not None and (not isinstance(intent, str) or not intent.strip()):
        raise RecordProblem("wrong_type", f"field 'intent' must be a non-empty string, got {_type_name(intent)}")
    return {
        **rec,
        "source_id": source_id,
        "annotations": annotations,
        "lang": lang,
        "spans": _spans(obj.get("spans"), "spans", span_field, str(rec.get(span_field) or "")),
        "bio_tags": _bio_tags(obj.get("bio_tags"), "bio_tags"),
        "intent": intent,
        "grounding": _grounding(obj.get("grounding"), "grounding"),
    }
