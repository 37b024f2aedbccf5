"""Overlap resolution: a transforming action beats keep, then score, length, position; tens of thousands of findings."""

from __future__ import annotations

import itertools
import random
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.core.records import records_to_table
from pipeline.stages.deidentify.fields import Text
from pipeline.stages.deidentify.overlap import recognizer_name, resolve
from pipeline.stages.deidentify.policy import parse_policy
from pipeline.stages.deidentify.recognizers.base import result
from pipeline.stages.deidentify.stage import policy_entities, process_record, run
from tests.support.deid import default_policy_data, rec, stage_ctx


def view(results) -> list[tuple[str, int, int, float]]:
    return [(r.entity_type, r.start, r.end, r.score) for r in results]


def keeps_location(etype: str) -> bool:
    return etype != "LOCATION"


def test_transform_beats_keep_even_against_a_higher_score():
    address = result("STREET_ADDRESS", 0, 20, 0.75, "EnStreetAddressRecognizer")
    place = result("LOCATION", 3, 20, 0.85, "LocationRecognizer")
    assert view(resolve([place, address], keeps_location)) == [("STREET_ADDRESS", 0, 20, 0.75)]
    # when both transform, the place inside the address still yields: the address is transformed whole
    assert view(resolve([place, address])) == [("STREET_ADDRESS", 0, 20, 0.75)]


@pytest.mark.parametrize(
    ("findings", "expected"),
    [
        # a name inside a transformed finding of another type yields to it, whatever the scores
        (
            [("PROFILE_URL", 0, 30, 0.8), ("PERSON", 11, 21, 0.85)],
            [("PROFILE_URL", 0, 30, 0.8)],
        ),
        (
            [("EMAIL_ADDRESS", 0, 20, 0.7), ("PERSON", 0, 11, 0.85)],
            [("EMAIL_ADDRESS", 0, 20, 0.7)],
        ),
        ([("STREET_ADDRESS", 0, 10, 0.75), ("LOCATION", 0, 10, 0.95)], [("STREET_ADDRESS", 0, 10, 0.75)]),
        # a name reaching past the other finding is not inside it: the score decides
        ([("STREET_ADDRESS", 0, 10, 0.75), ("PERSON", 5, 15, 0.85)], [("PERSON", 5, 15, 0.85)]),
        # the contained name still counts where its container lost to a better finding
        (
            [("STREET_ADDRESS", 0, 10, 0.6), ("PHONE_NUMBER", 0, 4, 0.95), ("LOCATION", 5, 9, 0.85)],
            [("PHONE_NUMBER", 0, 4, 0.95), ("LOCATION", 5, 9, 0.85)],
        ),
        # inside a kept finding it does not yield (keep transforms nothing)
        ([("LOCATION", 0, 10, 0.9), ("PERSON", 2, 6, 0.85)], [("PERSON", 2, 6, 0.85)]),
    ],
)
def test_a_name_inside_another_type_yields(findings, expected):
    results = [result(t, s, e, sc, "R") for t, s, e, sc in findings]
    assert view(resolve(results, keeps_location)) == expected


@pytest.mark.parametrize(
    ("findings", "expected"),
    [
        ([("PERSON", 0, 11, 0.5), ("PERSON", 0, 4, 0.85)], [("PERSON", 0, 4, 0.85)]),  # score first
        ([("PERSON", 0, 4, 0.85), ("PERSON", 0, 11, 0.85)], [("PERSON", 0, 11, 0.85)]),  # then length
        ([("PERSON", 2, 6, 0.85), ("PERSON", 0, 4, 0.85)], [("PERSON", 0, 4, 0.85)]),  # then the earlier start
        (
            [("PHONE_NUMBER", 0, 11, 0.9), ("QQ_NUMBER", 0, 11, 0.9)],
            [("PHONE_NUMBER", 0, 11, 0.9)],  # then the entity type, alphabetically
        ),
        (
            [("PERSON", 0, 4, 0.85), ("PHONE_NUMBER", 4, 15, 0.95), ("EMAIL_ADDRESS", 20, 30, 1.0)],
            [("PERSON", 0, 4, 0.85), ("PHONE_NUMBER", 4, 15, 0.95), ("EMAIL_ADDRESS", 20, 30, 1.0)],
        ),  # touching spans do not overlap
        ([("PERSON", 3, 3, 1.0)], []),  # empty spans are dropped
        ([], []),
    ],
)
def test_rank(findings, expected):
    results = [result(t, s, e, sc, "R") for t, s, e, sc in findings]
    assert view(resolve(results)) == expected


def test_recognizer_name_breaks_the_last_tie_and_is_read_from_metadata():
    a = result("PERSON", 0, 4, 0.85, "B")
    b = result("PERSON", 0, 4, 0.85, "A")
    assert recognizer_name(a) == "B"
    assert [recognizer_name(r) for r in resolve([a, b])] == ["A"]
    from presidio_analyzer import RecognizerResult

    assert recognizer_name(RecognizerResult("PERSON", 0, 4, 0.5)) == ""


findings_strategy = st.lists(
    st.builds(
        lambda t, s, n, sc: result(t, s, s + n, sc, "R"),
        st.sampled_from(["PERSON", "LOCATION", "PHONE_NUMBER"]),
        st.integers(0, 30),
        st.integers(0, 8),
        st.sampled_from([0.5, 0.7, 0.85, 0.95]),
    ),
    max_size=30,
)


@settings(max_examples=300, deadline=None)
@given(findings_strategy, st.randoms(use_true_random=False))
def test_result_is_non_overlapping_sorted_maximal_and_independent_of_input_order(findings, rnd):
    out = resolve(findings, keeps_location)
    assert out == sorted(out, key=lambda r: (r.start, r.end))
    assert all(a.end <= b.start for a, b in itertools.pairwise(out))
    for f in findings:  # every dropped non-empty finding overlaps a kept one that ranks at least as high
        if f.end > f.start and f not in out:
            assert any(k.start < f.end and f.start < k.end for k in out)
    shuffled = list(findings)
    rnd.shuffle(shuffled)
    assert view(resolve(shuffled, keeps_location)) == view(out)


@pytest.mark.parametrize(
    "location_action",
    [
        "keep",
        "placeholder",
    ],
)
def test_an_address_holding_a_place_is_transformed_whole(tmp_path, location_action):
    data = default_policy_data()
    data["entities"]["LOCATION"] = {"action": location_action, "threshold": 0.85}
    text = "Ship it to 18 Washington Street, please."
    kept = run(records_to_table([rec("o1", text)]), stage_ctx(tmp_path, data)).kept.to_pylist()
    assert kept[0]["instruction"] == "Ship it to <STREET_ADDRESS_1>, please."


def test_resolve_and_process_record_complete_on_thirty_thousand_findings(default_policy, anonymizer_engine):
    """A table-like record: 15,000 cells, each with two overlapping findings; each number occurs twice.

    A pairwise (quadratic) resolution would take minutes here; completing is the test (no timing).
    """
    data = default_policy_data()
    data["max_entities_per_record"] = 100_000
    policy = parse_policy(
        data,
        source="p.yaml",
        entity_types=policy_entities(True),
        environ={"INSTRUCTFLOW_PII_KEY": "test-only-pseudonym-key-0123456789"},
    )
    cells = [f"{i % 7_500:08d}" for i in range(15_000)]
    text = " ".join(cells)
    findings = []
    for i in range(len(cells)):
        start = i * 9
        findings.append(result("PHONE_NUMBER", start, start + 8, 0.9, "PhoneNumberRecognizer"))
        findings.append(result("LOCATION", start, start + 8, 0.95, "LocationRecognizer"))
    random.Random(7).shuffle(findings)
    resolved = resolve(findings, lambda etype: policy.rule(etype).action != "keep")
    assert len(resolved) == 15_000 and {r.entity_type for r in resolved} == {"PHONE_NUMBER"}

    row = {"record_id": "big", "instruction": text, "input": "", "output": "", "lang": "en"}
    counters: Counter[str] = Counter()
    outcome = process_record(row, [Text("instruction", text, findings)], policy, anonymizer_engine, counters)
    assert outcome.reject is None and outcome.row is not None
    assert outcome.entities == 15_000 and counters["entity.PHONE_NUMBER"] == 15_000
    assert outcome.row["instruction"] == " ".join(["****" + c[-4:] for c in cells])
