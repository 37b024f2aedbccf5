import pytest

from pipeline.config.ingest import CorpusConfig, IngestConfig
from pipeline.io.layouts import RecordProblem, detect_layout, map_record

ING = IngestConfig()
CORPUS = CorpusConfig()


def _map(obj, ingest=ING, corpus=CORPUS):
    return map_record(obj, ingest, corpus)


def test_alpaca_with_system_history_and_id():
    rec = _map({"id": 7, "instruction": "Q", "input": "ctx", "output": "A", "system": "S", "history": [["q0", "a0"]]})
    assert rec == {
        "instruction": "Q",
        "input": "ctx",
        "output": "A",
        "system": "S",
        "history": [["q0", "a0"]],
        "source_id": "7",
        "annotations": None,
        "lang": None,
        "spans": None,
        "bio_tags": None,
        "intent": None,
        "grounding": None,
    }


def test_sharegpt_maps_last_turns_and_history():
    obj = {
        "system": "be nice",
        "conversations": [
            {"from": "human", "value": "u1"},
            {"from": "gpt", "value": "a1"},
            {"from": "human", "value": "u2"},
            {"from": "gpt", "value": "a2"},
        ],
    }
    rec = _map(obj)
    assert (rec["instruction"], rec["output"], rec["history"], rec["system"]) == ("u2", "a2", [["u1", "a1"]], "be nice")


def test_messages_with_system_turn():
    obj = {
        "messages": [
            {"role": "system", "content": "S"},
            {"role": "user", "content": "U"},
            {"role": "assistant", "content": "A"},
        ]
    }
    rec = _map(obj)
    assert (rec["system"], rec["instruction"], rec["output"], rec["history"]) == ("S", "U", "A", [])


def test_default_field_map_and_corpus_field_map():
    assert _map({"prompt": "P", "response": "R"})["instruction"] == "P"
    corpus = CorpusConfig(field_map={"q": "instruction", "a": "output", "uid": "id"})
    rec = _map({"q": "Q", "a": "A", "uid": "x1"}, corpus=corpus)
    assert (rec["instruction"], rec["output"], rec["source_id"]) == ("Q", "A", "x1")


def test_csv_cells_with_json_history_and_annotations():
    rec = _map(
        {
            "instruction": "Q",
            "output": "A",
            "history": '[["a", "b"]]',
            "annotations": '[{"annotator_id": "x", "label": 1}]',
            "input": "",
        }
    )
    assert rec["history"] == [["a", "b"]]
    assert rec["annotations"] == [{"annotator_id": "x", "label": "1", "confidence": None, "fields": None}]


@pytest.mark.parametrize(
    ("obj", "reason", "detail"),
    [
        ({"output": "A"}, "missing_field", "field 'instruction' is missing"),
        ({"instruction": "Q"}, "missing_field", "field 'output' is missing"),
        ({"instruction": "  ", "output": "A"}, "empty_field", "field 'instruction' is empty"),
        ({"instruction": "Q", "output": ""}, "empty_field", "field 'output' is empty"),
        ({"instruction": "Q", "output": 3}, "wrong_type", "field 'output' must be a string, got a number"),
        ({"instruction": ["Q"], "output": "A"}, "wrong_type", "field 'instruction' must be a string, got a list"),
        (
            {"instruction": "Q", "input": {"k": 1}, "output": "A"},
            "wrong_type",
            "field 'input' must be a string, got an object",
        ),
        (
            {"instruction": "Q", "output": "A", "history": [["x"]]},
            "wrong_type",
            "field 'history[0]' must be a [user, assistant] pair",
        ),
        (
            {"instruction": "Q", "output": "A", "id": [1]},
            "wrong_type",
            "field 'id' must be a string or integer, got a list",
        ),
        ({"instruction": "Q", "output": "A", "lang": 5}, "wrong_type", "field 'lang' must be a string, got a number"),
        ("text", "not_an_object", "expected an object, got a string"),
        (
            {"conversations": [{"from": "human", "value": "u"}]},
            "malformed_conversation",
            "field 'conversations' must end with an assistant turn after a user turn",
        ),
        (
            {"conversations": [{"from": "gpt", "value": "a"}, {"from": "human", "value": "u"}]},
            "malformed_conversation",
            "field 'conversations' turn 0 must be a user turn (roles must alternate)",
        ),
        (
            {"conversations": [{"from": "observation", "value": "x"}]},
            "malformed_conversation",
            "field 'conversations[0].from' has an unsupported role (allowed: assistant, bard, bing, chatgpt, gpt, human, model, system, user)",
        ),
        ({"conversations": "hi"}, "wrong_type", "field 'conversations' must be a list of turns, got a string"),
        (
            {"messages": [{"role": "user", "content": "u"}, {"role": "assistant", "content": 1}]},
            "wrong_type",
            "field 'messages[1].content' must be a string, got a number",
        ),
        (
            {"messages": [{"role": "user", "content": "u"}, {"role": "assistant", "content": " "}]},
            "empty_field",
            "field 'messages' last assistant turn is empty",
        ),
        ({"messages": []}, "empty_field", "field 'messages' has no user or assistant turns"),
        (
            {"instruction": "Q", "output": "A", "annotations": {"a": 1}},
            "invalid_annotation",
            "field 'annotations' must be a list of annotations, got an object",
        ),
        (
            {"instruction": "Q", "output": "A", "annotations": [{"label": "x"}]},
            "invalid_annotation",
            "field 'annotations[0].annotator_id' must be a non-empty string or integer",
        ),
        (
            {"instruction": "Q", "output": "A", "annotations": [{"annotator_id": "a"}]},
            "invalid_annotation",
            "field 'annotations[0].label' must be a non-empty string or integer",
        ),
        (
            {
                "instruction": "Q",
                "output": "A",
                "annotations": [{"annotator_id": "a", "label": "x", "confidence": 1.5}],
            },
            "invalid_annotation",
            "field 'annotations[0].confidence' must be between 0 and 1",
        ),
        (
            {"instruction": "Q", "output": "A", "annotations": [{"annotator_id": "a", "label": "x", "score": 1}]},
            "invalid_annotation",
            "field 'annotations[0]' has unknown key 'score' (allowed: annotator_id, label, confidence, fields)",
        ),
    ],
)
def test_problems_have_exact_reason_and_detail(obj, reason, detail):
    with pytest.raises(RecordProblem) as info:
        _map(obj)
    assert (info.value.reason, info.value.detail) == (reason, detail)


def test_detect_layout():
    assert detect_layout({"conversations": []}) == "sharegpt"
    assert detect_layout({"messages": []}) == "messages"
    assert detect_layout({"instruction": "x"}) == "alpaca"


def test_forced_layout_requires_its_field():
    with pytest.raises(RecordProblem) as info:
        _map({"instruction": "Q", "output": "A"}, corpus=CorpusConfig(layout="sharegpt"))
    assert info.value.detail == "field 'conversations' is missing"


def test_annotated_fields_as_objects_or_plain_values_sorted_by_name():
    ann = {
        "annotator_id": "a",
        "label": "ok",
        "fields": {
            "date": "2024-03-05",
            "amount": {"value": 1200.5, "confidence": 0.9},
            "ref": {"value": None},
            "n": 7,
        },
    }
    rec = _map({"instruction": "Q", "output": "A", "annotations": [ann]})
    assert rec["annotations"] == [
        {
            "annotator_id": "a",
            "label": "ok",
            "confidence": None,
            "fields": [
                {"name": "amount", "value": "1200.5", "confidence": 0.9},
                {"name": "date", "value": "2024-03-05", "confidence": None},
                {"name": "n", "value": "7", "confidence": None},
                {"name": "ref", "value": None, "confidence": None},
            ],
        }
    ]


@pytest.mark.parametrize(
    ("fields", "detail"),
    [
        ([1], "field 'annotations[0].fields' must be an object, got a list"),
        (
            {"bad name": "x"},
            "field 'annotations[0].fields' key 1 (in sorted order) is not a field name (letters, digits, underscore; at most 64)",
        ),
        (
            {"amount": {"value": "1", "certainty": 1}},
            "field 'annotations[0].fields.amount' has an unknown key (allowed: value, confidence)",
        ),
        (
            {"amount": {"value": "1", "confidence": 2}},
            "field 'annotations[0].fields.amount.confidence' must be between 0 and 1",
        ),
        (
            {"amount": {"value": "1", "confidence": "high"}},
            "field 'annotations[0].fields.amount.confidence' must be a number, got a string",
        ),
        (
            {"amount": {"value": [1]}},
            "field 'annotations[0].fields.amount.value' must be a string, a number or null, got a list",
        ),
        ({"amount": True}, "field 'annotations[0].fields.amount' must be a string, a number or null, got a boolean"),
    ],
)
def test_invalid_annotated_fields_name_the_field_never_the_value(fields, detail):
    obj = {"instruction": "Q", "output": "A", "annotations": [{"annotator_id": "a", "label": "x", "fields": fields}]}
    with pytest.raises(RecordProblem) as exc:
        _map(obj)
    assert (exc.value.reason, exc.value.detail) == ("invalid_annotation", detail)


def test_spans_bio_tags_and_intent_are_kept():
    obj = {
        "instruction": "Q",
        "input": "持续性头痛",
        "output": "A",
        "spans": [
            {"start": 0, "end": 5, "label": "symptom", "text": "持续性头痛"},
            {"start": 3, "end": 5, "label": "pain"},
        ],
        "bio_tags": ["B-symptom", "I-symptom", "I-symptom", "I-symptom", "I-symptom"],
        "intent": "ask_symptom",
    }
    rec = _map(obj)
    assert rec["spans"] == [  # the text is checked, then dropped: validate reads it from the final field
        {"start": 0, "end": 5, "label": "symptom", "text": None},
        {"start": 3, "end": 5, "label": "pain", "text": None},
    ]
    assert rec["bio_tags"] == obj["bio_tags"]
    assert rec["intent"] == "ask_symptom"


def test_spans_and_bio_tags_as_json_cells():
    rec = _map(
        {
            "instruction": "Q",
            "input": "x",
            "output": "A",
            "spans": '[{"start": 0, "end": 1, "label": "x"}]',
            "bio_tags": '["O"]',
        }
    )
    assert rec["spans"] == [{"start": 0, "end": 1, "label": "x", "text": None}]
    assert rec["bio_tags"] == ["O"]


@pytest.mark.parametrize(
    ("extra", "reason", "detail"),
    [
        ({"spans": {"start": 0}}, "invalid_spans", "field 'spans' must be a list of spans, got an object"),
        ({"spans": ["x"]}, "invalid_spans", "field 'spans[0]' must be an object, got a string"),
        (
            {"spans": [{"start": 0, "end": 1, "label": "x", "secret": "v"}]},
            "invalid_spans",
            "field 'spans[0]' has an unknown key (allowed: start, end, label, text)",
        ),
        (
            {"spans": [{"start": "0", "end": 1, "label": "x"}]},
            "invalid_spans",
            "field 'spans[0].start' must be an integer, got a string",
        ),
        (
            {"spans": [{"start": 0, "end": True, "label": "x"}]},
            "invalid_spans",
            "field 'spans[0].end' must be an integer, got a boolean",
        ),
        (
            {"spans": [{"start": 0, "end": 1, "label": " "}]},
            "invalid_spans",
            "field 'spans[0].label' must be a non-empty string",
        ),
        (
            {"spans": [{"start": 0, "end": 1, "label": "x", "text": 5}]},
            "invalid_spans",
            "field 'spans[0].text' must be a string, got a number",
        ),
        ({"spans": "[oops"}, "invalid_spans", "field 'spans' is not valid JSON (column 2: Expecting value)"),
        ({"bio_tags": "O O"}, "invalid_bio_tags", "field 'bio_tags' is not valid JSON (column 1: Expecting value)"),
        ({"bio_tags": {"a": 1}}, "invalid_bio_tags", "field 'bio_tags' must be a list of tags, got an object"),
        ({"bio_tags": ["O", 1]}, "invalid_bio_tags", "field 'bio_tags[1]' must be a string, got a number"),
        ({"intent": 3}, "wrong_type", "field 'intent' must be a non-empty string, got a number"),
        ({"intent": ""}, "wrong_type", "field 'intent' must be a non-empty string, got a string"),
    ],
)
def test_bad_spans_bio_tags_and_intent_are_rejected_by_field(extra, reason, detail):
    with pytest.raises(RecordProblem) as exc:
        _map({"instruction": "Q", "output": "A", **extra})
    assert (exc.value.reason, exc.value.detail) == (reason, detail)


OUT_OF_BOUNDS = "field 'spans[0]' lies outside field 'input' (0 <= start < end <= length)"


@pytest.mark.parametrize(
    ("span", "reason", "detail"),
    [
        ({"start": 2, "end": 9, "label": "x"}, "span_out_of_bounds", OUT_OF_BOUNDS),
        ({"start": 2, "end": 2, "label": "x"}, "span_out_of_bounds", OUT_OF_BOUNDS),
        ({"start": -1, "end": 2, "label": "x"}, "span_out_of_bounds", OUT_OF_BOUNDS),
        (
            {"start": 0, "end": 2, "label": "x", "text": "咳嗽"},
            "span_text_mismatch",
            "field 'spans[0].text' differs from field 'input' at its offsets",
        ),
    ],
)
def test_spans_are_checked_against_the_text_the_annotator_saw(span, reason, detail):
    with pytest.raises(RecordProblem) as exc:
        _map({"instruction": "Q", "input": "头痛三天", "output": "A", "spans": [span]})
    assert (exc.value.reason, exc.value.detail) == (reason, detail)


def test_spans_annotate_the_configured_field():
    obj = {"instruction": "头痛三天", "output": "A", "spans": [{"start": 0, "end": 2, "label": "x", "text": "头痛"}]}
    assert map_record(obj, ING, CORPUS, "instruction")["spans"] == [{"start": 0, "end": 2, "label": "x", "text": None}]
    with pytest.raises(RecordProblem) as exc:
        map_record(obj, ING, CORPUS, "input")
    assert exc.value.reason == "span_out_of_bounds"


@pytest.mark.parametrize(
    ("grounding", "detail"),
    [
        ({"source_doc_id": "d"}, "field 'grounding' must be a list of groundings, got an object"),
        (["d"], "field 'grounding[0]' must be an object, got a string"),
        (
            [{"source_doc_id": "d", "paragraph": 0, "secret": "v"}],
            "field 'grounding[0]' has an unknown key "
            "(allowed: source_doc_id, paragraph, paragraphs, start, end, confidence)",
        ),
        ([{"paragraph": 0}], "field 'grounding[0].source_doc_id' must be a string or integer, got null"),
        ([{"source_doc_id": "d"}], "field 'grounding[0].paragraph' is missing"),
        ([{"source_doc_id": "d", "paragraph": "3"}], "field 'grounding[0].paragraph' must be an integer, got a string"),
        (
            [{"source_doc_id": "d", "paragraph": 0, "end": 1.5}],
            "field 'grounding[0].end' must be an integer, got a number",
        ),
        (
            [{"source_doc_id": "d", "paragraph": 0, "confidence": True}],
            "field 'grounding[0].confidence' must be a number, got a boolean",
        ),
        (
            [{"source_doc_id": "d", "paragraph": 0, "confidence": 10**400}],
            "field 'grounding[0].confidence' is out of range",
        ),
        ("[oops", "field 'grounding' is not valid JSON (column 2: Expecting value)"),
    ],
)
def test_bad_grounding_is_rejected_by_field_without_its_value(grounding, detail):
    with pytest.raises(RecordProblem) as exc:
        _map({"instruction": "Q", "output": "A", "grounding": grounding})
    assert (exc.value.reason, exc.value.detail) == ("invalid_grounding", detail)


def test_grounding_is_kept_with_missing_keys_as_null():
    rec = _map(
        {"instruction": "Q", "output": "A", "grounding": '[{"source_doc_id": 7, "paragraph": 2, "confidence": 1}]'}
    )
    assert rec["grounding"] == [
        {"source_doc_id": "7", "paragraph": 2, "paragraphs": None, "start": None, "end": None, "confidence": 1.0}
    ]
    assert _map({"instruction": "Q", "output": "A"})["grounding"] is None
