"""The pure checks behind the custom Great Expectations expectations: plain functions over plain values.

:func:`messages_problem`, :func:`bio_problem` and :func:`span_problem` are usable and testable without GX; the ``*_mask*`` variants apply them to a whole column, a cheap
Arrow (RE2) pre-filter picking the few rows that can hold a match. Every check returns a verdict per
row; nothing here puts a value into a result.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    import pyarrow as pa

MESSAGE_ROLES = ("system", "user", "assistant")


def _as_list(value: Any) -> list[Any] | None:
    if value is None:
        return None
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return None
    if isinstance(value, (str, bytes, Mapping)):
        return None
    try:
        return list(value)
    except TypeError:
        return None


def messages_problem(messages: object) -> str | None:
    """Why a ``messages`` list (or its JSON text) is malformed, or None if it is well formed.

    Well formed: a non-empty list of ``{role, content}`` with non-empty string content; an optional
    ``system`` turn first; then ``user`` and ``assistant`` alternating, starting with ``user`` and
    ending with ``assistant``. The reason names positions and roles, never content.
    """
    items = _as_list(messages)
    if items is None:
        return "not a list"
    if not items:
        return "empty"
    expected = "user"
    for i, msg in enumerate(items):
        if not isinstance(msg, Mapping):
            return f"turn {i} is not a mapping"
        role, content = msg.get("role"), msg.get("content")
        if role not in MESSAGE_ROLES:
            return f"turn {i} has an unknown role"
        if not isinstance(content, str) or not content.strip():
            return f"turn {i} has empty content"
        if role == "system":
            if i != 0:
                return f"turn {i} is a system turn after the first position"
            continue
        if role != expected:
            return f"turn {i} is {role}, expected {expected}"
        expected = "assistant" if role == "user" else "user"
    if items[-1].get("role") != "assistant":
        return "last turn is not assistant"
    return None


def messages_mask_arrow(messages: pa.Array | pa.ChunkedArray) -> list[bool]:
    """Vectorised :func:`messages_problem` over an Arrow ``list<struct<role, content>>`` array.

    True where the list is well formed; same verdicts as ``messages_problem(x) is None``.
    """
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    arr = messages.combine_chunks() if isinstance(messages, pa.ChunkedArray) else messages
    n = len(arr)
    if n == 0:
        return []
    lengths = pc.list_value_length(arr).fill_null(0).to_numpy(zero_copy_only=False).astype(np.int64)
    ok = arr.is_valid().to_numpy(zero_copy_only=False) & (lengths > 0)
    flat = cast(pa.StructArray, pc.list_flatten(arr))  # list<struct>: the values are a struct array
    if len(flat) == 0:
        return ok.tolist()
    parents = pc.list_parent_indices(arr).to_numpy(zero_copy_only=False).astype(np.int64)
    starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
    pos = np.arange(len(flat)) - starts[parents]
    roles = flat.field("role")
    is_sys = pc.equal(roles, pa.scalar("system")).fill_null(False).to_numpy(zero_copy_only=False)
    is_user = pc.equal(roles, pa.scalar("user")).fill_null(False).to_numpy(zero_copy_only=False)
    is_asst = pc.equal(roles, pa.scalar("assistant")).fill_null(False).to_numpy(zero_copy_only=False)
    content = flat.field("content")
    filled = pc.match_substring_regex(content, r"[^\s]").fill_null(False).to_numpy(zero_copy_only=False)
    flat_valid = flat.is_valid().to_numpy(zero_copy_only=False)
    sys_first = np.zeros(n, dtype=bool)
    first = pos == 0
    sys_first[parents[first]] = is_sys[first]
    k = pos - sys_first[parents]
    expected_user = (k % 2) == 0
    bad = (
        ~flat_valid
        | ~(is_sys | is_user | is_asst)
        | ~filled
        | (is_sys & (pos != 0))
        | (~is_sys & expected_user & ~is_user)
        | (~is_sys & ~expected_user & ~is_asst)
    )
    bad_list = np.bincount(parents, weights=bad.astype(np.float64), minlength=n) > 0
    last_asst = np.zeros(n, dtype=bool)
    has = lengths > 0
    last_idx = (starts + lengths - 1)[has]
    last_asst[has] = is_asst[last_idx]
    return (ok & ~bad_list & last_asst).tolist()


def bio_problem(tags: object, labels: Sequence[str] = ()) -> str | None:
    """Why a BIO tag sequence (or its JSON text) is invalid, or None.

    Tags are ``O``, ``B-x`` or ``I-x``; ``I-x`` only after ``B-x`` or ``I-x``; ``x`` in ``labels``
    when labels are given.
    """
    items = _as_list(tags)
    if items is None:
        return "not a list"
    prev: str | None = None
    for i, tag in enumerate(items):
        if tag == "O":
            prev = None
            continue
        if not isinstance(tag, str) or len(tag) < 3 or tag[:2] not in ("B-", "I-"):
            return f"tag {i} is not O, B-x or I-x"
        label = tag[2:]
        if labels and label not in labels:
            return f"tag {i} has a label outside the vocabulary"
        if tag[0] == "I" and prev != label:
            return f"tag {i} is I-x without a preceding B-x or I-x of the same label"
        prev = label
    return None


def _span_parts(span: Any) -> tuple[Any, Any, Any, Any]:
    if not isinstance(span, Mapping):
        return None, None, None, None
    return span.get("start"), span.get("end"), span.get("label"), span.get("text")


def _span_verdict(
    text: Any, i: int, start: Any, end: Any, label: Any, span_text: Any, check: str, labels: Sequence[str]
) -> str | None:
    if check == "label":
        if not isinstance(label, str) or (labels and label not in labels):
            return f"span {i} has a label outside the vocabulary"
        return None
    if not isinstance(text, str):
        return "text is missing"
    ints = isinstance(start, int) and isinstance(end, int) and not isinstance(start, bool)
    if not ints or not (0 <= start < end <= len(text)):
        return f"span {i} lies outside its text"
    if check == "text" and span_text is not None and text[start:end] != span_text:
        return f"span {i} text does not match its offsets"
    return None


def span_problem(text: object, spans: object, check: str, labels: Sequence[str] = ()) -> str | None:
    """Why a record's entity spans fail ``check``, or None.

    ``check`` is ``bounds`` (0 <= start < end <= len(text), integer offsets), ``text`` (the span's
    ``text``, when given, equals ``text[start:end]``) or ``label`` (label in ``labels``).
    """
    items = _as_list(spans)
    if items is None:
        return "spans is not a list"
    for i, span in enumerate(items):
        problem = _span_verdict(text, i, *_span_parts(span), check, labels)
        if problem:
            return problem
    return None


def _list_parts(arr: pa.Array | pa.ChunkedArray) -> tuple[pa.Array, list[int]]:
    """Flattened values and per-row offsets of an Arrow list array (null rows have no values)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    arr = arr.combine_chunks() if isinstance(arr, pa.ChunkedArray) else arr
    lengths = pc.fill_null(pc.list_value_length(arr), 0).to_pylist()
    offsets = [0]
    for n in lengths:
        offsets.append(offsets[-1] + n)
    return pc.list_flatten(arr), offsets


def span_mask_arrow(
    texts: Iterable[object], spans: pa.Array | pa.ChunkedArray, check: str, labels: Sequence[str] = ()
) -> list[bool]:
    """Vectorised :func:`span_problem` over an Arrow ``list<struct<start, end, label, text>>`` array.

    Reads the flattened fields once instead of building a dict per span; same verdicts. A null list
    counts as not a list (False), like the reference.
    """
    import pyarrow as pa

    spans = spans.combine_chunks() if isinstance(spans, pa.ChunkedArray) else spans
    flat, offsets = _list_parts(spans)
    names = {f.name for f in flat.type} if pa.types.is_struct(flat.type) else set()

    def field(name: str) -> list[Any]:
        return cast(pa.StructArray, flat).field(name).to_pylist() if name in names else [None] * len(flat)

    starts, ends, span_labels, span_texts = field("start"), field("end"), field("label"), field("text")
    text_values = texts.to_pylist() if hasattr(texts, "to_pylist") else list(texts)
    valid = spans.is_valid().to_pylist()
    out = []
    for row, text in enumerate(text_values):
        ok = bool(valid[row])
        for j in range(offsets[row], offsets[row + 1]) if ok else ():
            if _span_verdict(text, j, starts[j], ends[j], span_labels[j], span_texts[j], check, labels):
                ok = False
                break
        out.append(ok)
    return out


def bio_mask_arrow(tags: pa.Array | pa.ChunkedArray, labels: Sequence[str] = ()) -> list[bool]:
    """Vectorised :func:`bio_problem` over an Arrow ``list<string>`` array (null rows are False)."""
    import pyarrow as pa

    tags = tags.combine_chunks() if isinstance(tags, pa.ChunkedArray) else tags
    flat, offsets = _list_parts(tags)
    values = flat.to_pylist()
    valid = tags.is_valid().to_pylist()
    return [
        bool(valid[r]) and bio_problem(values[offsets[r] : offsets[r + 1]], labels) is None for r in range(len(valid))
    ]


def mask(values: Iterable[object], predicate: Callable[[object], str | None]) -> list[bool]:
    """True for each value that passes ``predicate`` (it returns None for a value without a problem)."""
    return [predicate(v) is None for v in values]
