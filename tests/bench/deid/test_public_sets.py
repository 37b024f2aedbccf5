"""Label mapping and span scoring of the public-set benchmark, on small hand-written files."""

import json

import pytest

from bench.deid.public_sets import (
    Case,
    PublicSet,
    Span,
    load_cn_sentences,
    load_recognizer_cases,
    load_synth,
    misses,
    run_public,
    score_cases,
    synth_half,
)


def test_synth_labels_map_to_ours_and_the_rest_are_counted_as_skipped(tmp_path):
    path = tmp_path / "synth.json"
    text = "Call Ann Lee at 415-555-0132 in Paris."
    spans = [
        {"entity_type": "PERSON", "entity_value": "Ann Lee", "start_position": 5, "end_position": 12},
        {"entity_type": "PHONE_NUMBER", "entity_value": "415-555-0132", "start_position": 16, "end_position": 28},
        {"entity_type": "GPE", "entity_value": "Paris", "start_position": 32, "end_position": 37},
        {"entity_type": "CREDIT_CARD", "entity_value": "x", "start_position": 0, "end_position": 1},
    ]
    path.write_text(json.dumps([{"full_text": text, "spans": spans}]))
    s = load_synth(path)
    (case,) = s.cases
    assert [(sp.entity, text[sp.start : sp.end]) for sp in case.spans] == [
        ("PERSON", "Ann Lee"),
        ("PHONE_NUMBER", "415-555-0132"),
        ("BANK_CARD", "C"),
    ]
    assert dict(s.skipped) == {"GPE": 1}
    assert "kept by the default policy" in s.skip_reasons["GPE"]
    assert "PERSON" in case.checked and case.lang == "en"


def test_recognizer_cases_default_leniency_weak_spans_and_skipped_files(tmp_path):
    path = tmp_path / "cases.json"
    blocks = [
        {
            "file": "presidio-analyzer/tests/test_phone_recognizer.py",
            "test": "t",
            "params": ["text", "expected_len", "entities", "expected_positions", "score", "leniency"],
            "cases": [
                ["a 415-555-0132", 1, ["PHONE_NUMBER"], [[2, 14]], 0.4, 1],
                ["b 415-555-0132", 2, ["PHONE_NUMBER"], [[2, 14]], 0.4, 0],
            ],
        },
        {
            "file": "presidio-analyzer/tests/test_us_ssn_recognizer.py",
            "test": "t",
            "params": ["text", "expected_len", "expected_positions", "expected_score_ranges"],
            "cases": [
                ["078051121", 1, [[0, 9]], [[0.0, 0.4]]],
                ["078-05-1123", 1, [[0, 11]], [[0.5, 0.6]]],
                ["000000000", 0, [], []],
                ["078-05-1123", 1, [[0, 11]], [[0.5, 0.6]]],  # a repeated text is scored once
            ],
        },
        {
            "file": "presidio-analyzer/tests/test_crypto_recognizer.py",
            "test": "t",
            "params": ["text"],
            "cases": [["x"]],
        },
    ]
    path.write_text(json.dumps(blocks))
    s = load_recognizer_cases(path)
    got = [(c.text, [(sp.entity, sp.start, sp.end, sp.weak) for sp in c.spans], sorted(c.checked)) for c in s.cases]
    assert got == [
        ("a 415-555-0132", [("PHONE_NUMBER", 2, 14, False)], ["PHONE_NUMBER"]),
        ("078051121", [("US_SSN", 0, 9, True)], ["US_SSN"]),
        ("078-05-1123", [("US_SSN", 0, 11, False)], ["US_SSN"]),
        ("000000000", [], ["US_SSN"]),
    ]
    assert dict(s.skipped) == {"PHONE (leniency other than 1)": 1, "CRYPTO": 1}


def test_cn_sentences(tmp_path):
    path = tmp_path / "cn.json"
    items = [
        {"text": "手机13812345678", "entity_type": "CN_PHONE_NUMBER", "spans_computed": [{"start": 2, "end": 13}]},
        {"text": "没有", "entity_type": "CN_ID_CARD", "spans_computed": []},
        {"text": "x", "entity_type": "CN_SOMETHING", "spans_computed": []},
    ]
    path.write_text(json.dumps({"items": items}))
    s = load_cn_sentences(path)
    assert [(c.lang, sorted(c.checked), [(sp.entity, sp.start, sp.end) for sp in c.spans]) for c in s.cases] == [
        ("zh", ["PHONE_NUMBER"], [("PHONE_NUMBER", 2, 13)]),
        ("zh", ["CN_RESIDENT_ID"], []),
    ]
    assert dict(s.skipped) == {"CN_SOMETHING": 1}


def _case(cid, text, spans, checked):
    return Case("set", cid, "en", text, spans, frozenset(checked))


def test_score_cases_counts_recall_removal_coverage_precision_and_negatives():
    text = "Ann Lee, 12 Baker Street, London; call 415-555-0132"
    person = Span(0, 7, "PERSON", "PERSON")
    address = Span(9, 32, "STREET_ADDRESS", "STREET_ADDRESS")
    phone = Span(39, 51, "PHONE_NUMBER", "PHONE_NUMBER")
    cases = [
        _case("c1", text, [person, address, phone], {"PERSON", "STREET_ADDRESS", "PHONE_NUMBER"}),
        _case("neg", "nothing here 123456789", [], {"PHONE_NUMBER"}),
        _case("weak", "078051121", [Span(0, 9, "US_SSN", "US_SSN", weak=True)], {"US_SSN"}),
    ]
    findings = {
        "c1": [
            (0, 7, "PERSON"),  # found
            (9, 24, "PERSON"),  # "12 Baker Street" as PERSON: removes part of the address, wrong type
            (39, 51, "PHONE_NUMBER"),
            (53, 55, "PHONE_NUMBER"),  # outside every label: a false positive
        ],
        "neg": [(13, 22, "PHONE_NUMBER")],
        "weak": [(0, 9, "US_SSN")],
    }
    sc = score_cases(cases, findings)
    p, a, ph, ssn = sc["PERSON"], sc["STREET_ADDRESS"], sc["PHONE_NUMBER"], sc["US_SSN"]
    assert (p.spans, p.found, p.removed, p.fully_removed, p.predicted, p.predicted_ok) == (1, 1, 1, 1, 2, 1)
    assert (a.spans, a.found, a.removed, a.fully_removed) == (1, 0, 1, 0)  # ", London" is left
    assert (ph.spans, ph.found, ph.predicted, ph.predicted_ok) == (1, 1, 3, 1)
    assert (ph.negative_cases, ph.negative_cases_flagged) == (1, 1)
    assert (ssn.spans, ssn.weak_spans, ssn.weak_found, ssn.predicted, ssn.predicted_ok) == (0, 1, 1, 1, 1)
    d = p.as_dict()
    assert d["recall"] == 1.0 and d["precision"] == 0.5
    assert sc["STREET_ADDRESS"].as_dict()["recall"] == 0.0


@pytest.mark.slow
def test_run_public_reads_the_stage_audit_back_onto_the_cases():
    text = "Write to ann.lee@example.org or call (415) 555-0132."
    e, p = text.index("ann.lee"), text.index("(415)")
    email = Span(e, e + len("ann.lee@example.org"), "EMAIL_ADDRESS", "EMAIL_ADDRESS")
    phone = Span(p, p + len("(415) 555-0132"), "PHONE_NUMBER", "PHONE_NUMBER")
    s = PublicSet("tiny", [_case("t1", text, [email, phone], {"EMAIL_ADDRESS", "PHONE_NUMBER"})])
    s.cases.append(Case("tiny", "t2", "zh", "今天天气很好。", [], frozenset({"PHONE_NUMBER"})))
    scores, run = run_public([s])
    sc = scores["tiny"]
    assert set(run.kept) == {"t1", "t2"}
    assert (sc["EMAIL_ADDRESS"].spans, sc["EMAIL_ADDRESS"].found, sc["EMAIL_ADDRESS"].predicted_ok) == (1, 1, 1)
    assert (sc["PHONE_NUMBER"].spans, sc["PHONE_NUMBER"].found) == (1, 1)
    assert (sc["PHONE_NUMBER"].negative_cases, sc["PHONE_NUMBER"].negative_cases_flagged) == (1, 0)


def test_synth_split_by_template_id_even_dev_odd_heldout(tmp_path):
    assert [synth_half(t) for t in (0, 1, 2, 209)] == ["dev", "heldout", "dev", "heldout"]
    path = tmp_path / "synth.json"
    items = [{"full_text": f"text {i}", "spans": [], "template_id": t} for i, t in enumerate([4, 7, 4, 10])]
    path.write_text(json.dumps(items))
    dev, held = load_synth(path, "dev"), load_synth(path, "heldout")
    assert [c.case_id for c in dev.cases] == ["synth-0", "synth-2", "synth-3"]
    assert [c.case_id for c in held.cases] == ["synth-1"]
    assert "even template_id" in dev.name and "odd template_id" in held.name
    assert len(load_synth(path).cases) == 4


def test_misses_lists_spans_without_a_finding_of_their_type():
    text = "Ann Lee at 415-555-0132"
    case = Case(
        "s", "c1", "en", text, [Span(0, 7, "PERSON", "PERSON"), Span(11, 23, "PHONE_NUMBER", "PHONE")], frozenset()
    )
    got = misses([case], {"c1": [(11, 23, "PHONE_NUMBER"), (0, 3, "LOCATION")]})
    assert [(m["entity"], m["value"]) for m in got] == [("PERSON", "Ann Lee")]
