"""The checks behind the custom GX expectations, as plain functions (no GX import needed)."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.stages.validate.checks import (
    bio_mask_arrow,
    bio_problem,
    messages_mask_arrow,
    messages_problem,
    span_mask_arrow,
    span_problem,
)

# --- messages -----------------------------------------------------------------------------------


def _m(*roles: str) -> list[dict[str, str]]:
    return [{"role": r, "content": f"turn {i}"} for i, r in enumerate(roles)]


@pytest.mark.parametrize(
    ("messages", "problem"),
    [
        (_m("user", "assistant"), None),
        (_m("system", "user", "assistant"), None),
        (_m("system", "user", "assistant", "user", "assistant"), None),
        (json.dumps(_m("user", "assistant")), None),
        ([], "empty"),
        (None, "not a list"),
        ("not json", "not a list"),
        (_m("assistant"), "turn 0 is assistant, expected user"),
        (_m("user", "user", "assistant"), "turn 1 is user, expected assistant"),
        (_m("user", "assistant", "user"), "last turn is not assistant"),
        (_m("user", "system", "assistant"), "turn 1 is a system turn after the first position"),
        (_m("user", "bot"), "turn 1 has an unknown role"),
        ([{"role": "user", "content": "hi"}, {"role": "assistant", "content": "  "}], "turn 1 has empty content"),
        (["user"], "turn 0 is not a mapping"),
    ],
)
def test_messages_problem(messages: object, problem: str | None) -> None:
    assert messages_problem(messages) == problem


_TURN = st.one_of(
    st.none(),
    st.fixed_dictionaries(
        {
            "role": st.one_of(st.none(), st.sampled_from(["system", "user", "assistant", "bot"])),
            "content": st.one_of(st.none(), st.sampled_from(["", " ", "hi", "你好", "\n"])),
        }
    ),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(st.none(), st.lists(_TURN, max_size=6)), max_size=10))
def test_arrow_messages_mask_agrees_with_the_reference(values: list[list[dict[str, str]] | None]) -> None:
    import pyarrow as pa

    from pipeline.stages.validate.frames import MESSAGE_TYPE_LOOSE

    arr = pa.array(values, type=pa.list_(MESSAGE_TYPE_LOOSE))
    expected = [v is not None and messages_problem([t if t is not None else "x" for t in v]) is None for v in values]
    assert messages_mask_arrow(arr) == expected


def test_arrow_messages_mask_examples() -> None:
    import pyarrow as pa

    from pipeline.stages.validate.frames import MESSAGE_TYPE_LOOSE

    values = [_m("user", "assistant"), _m("system", "user", "assistant"), _m("user"), [], None, _m("assistant")]
    arr = pa.chunked_array(
        [
            pa.array(values[:3], type=pa.list_(MESSAGE_TYPE_LOOSE)),
            pa.array(values[3:], type=pa.list_(MESSAGE_TYPE_LOOSE)),
        ]
    )
    assert messages_mask_arrow(arr) == [True, True, False, False, False, False]


# --- BIO and spans ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tags", "labels", "problem"),
    [
        (["B-PER", "I-PER", "O", "B-LOC"], (), None),
        ([], (), None),
        (["O", "I-LOC"], (), "tag 1 is I-x without a preceding B-x or I-x of the same label"),
        (["B-PER", "I-LOC"], (), "tag 1 is I-x without a preceding B-x or I-x of the same label"),
        (["B-PER", "X"], (), "tag 1 is not O, B-x or I-x"),
        (["B-ORG"], ("PER", "LOC"), "tag 0 has a label outside the vocabulary"),
        (json.dumps(["B-PER", "I-PER"]), ("PER",), None),
    ],
)
def test_bio_problem(tags: object, labels: tuple[str, ...], problem: str | None) -> None:
    assert bio_problem(tags, labels) == problem


TEXT = "患者持续性头痛三天"


@pytest.mark.parametrize(
    ("spans", "check", "problem"),
    [
        ([{"start": 2, "end": 7, "label": "SYMPTOM", "text": "持续性头痛"}], "bounds", None),
        ([{"start": 2, "end": 7, "label": "SYMPTOM", "text": "持续性头痛"}], "text", None),
        ([{"start": 2, "end": 7, "label": "SYMPTOM", "text": None}], "text", None),
        ([{"start": 5, "end": 12, "label": "SYMPTOM"}], "bounds", "span 0 lies outside its text"),
        ([{"start": 3, "end": 3, "label": "SYMPTOM"}], "bounds", "span 0 lies outside its text"),
        ([{"start": -1, "end": 3, "label": "SYMPTOM"}], "bounds", "span 0 lies outside its text"),
        (
            [{"start": 0, "end": 2, "label": "SYMPTOM", "text": "头痛"}],
            "text",
            "span 0 text does not match its offsets",
        ),
        ([{"start": 0, "end": 2, "label": "DISEASE"}], "label", "span 0 has a label outside the vocabulary"),
        ([{"start": 0, "end": 2, "label": "SYMPTOM"}], "label", None),
    ],
)
def test_span_problem(spans: list[dict[str, object]], check: str, problem: str | None) -> None:
    assert span_problem(TEXT, spans, check, ("SYMPTOM",)) == problem


def test_span_problem_without_text() -> None:
    assert span_problem(None, [{"start": 0, "end": 1, "label": "X"}], "bounds") == "text is missing"
    assert span_problem(None, [{"start": 0, "end": 1, "label": "X"}], "label") is None


_SPAN = st.fixed_dictionaries(
    {
        "start": st.one_of(st.none(), st.integers(-2, 12)),
        "end": st.one_of(st.none(), st.integers(-2, 12)),
        "label": st.one_of(st.none(), st.sampled_from(["SYMPTOM", "PER", ""])),
        "text": st.one_of(st.none(), st.sampled_from(["持续性头痛", "患者", "x", ""])),
    }
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.one_of(st.none(), st.sampled_from([TEXT, "abc", ""])), st.one_of(st.none(), st.lists(_SPAN, max_size=3))
        ),
        max_size=8,
    ),
    st.sampled_from(["bounds", "text", "label"]),
)
def test_arrow_span_mask_agrees_with_the_reference(rows: list[tuple[str | None, list | None]], check: str) -> None:
    import pyarrow as pa

    from pipeline.stages.validate.frames import SPAN_ARROW_TYPE

    texts = [t for t, _ in rows]
    spans = pa.array([s for _, s in rows], type=SPAN_ARROW_TYPE)
    expected = [span_problem(t, s, check, ("SYMPTOM",)) is None for t, s in rows]
    assert span_mask_arrow(texts, spans, check, ("SYMPTOM",)) == expected


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.none(), st.lists(st.sampled_from(["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "X", "I-"]), max_size=6)
        ),
        max_size=8,
    )
)
def test_arrow_bio_mask_agrees_with_the_reference(rows: list[list[str] | None]) -> None:
    import pyarrow as pa

    arr = pa.array(rows, type=pa.list_(pa.string()))
    expected = [r is not None and bio_problem(r, ("PER",)) is None for r in rows]
    assert bio_mask_arrow(arr, ("PER",)) == expected
