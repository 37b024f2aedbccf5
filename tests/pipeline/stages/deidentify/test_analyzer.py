"""The analyzer: a real Presidio registry and engine, users' Presidio recognizers, prefilters, duplicates, placeholders."""

from __future__ import annotations

import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry, RecognizerResult

from pipeline.errors import ConfigError
from pipeline.stages.deidentify.analyzer import (
    Analyzer,
    InstructflowAnalyzerEngine,
    build_registry,
    default_workers,
    own_recognizers,
    remove_duplicates,
)
from pipeline.stages.deidentify.recognizers.base import PLACEHOLDER_RE, Recognizer
from tests.conftest import ROOT
from tests.support.deid import found

OWN_RECOGNIZERS = [
    "BankCardRecognizer",
    "CnResidentIdRecognizer",
    "DateOfBirthRecognizer",
    "DriverLicenseRecognizer",
    "EmailAddressRecognizer",
    "EnStreetAddressRecognizer",
    "Hl7Recognizer",
    "IbanCodeRecognizer",
    "IpAddressRecognizer",
    "LicensePlateRecognizer",
    "LocationRecognizer",
    "MacAddrRecognizer",
    "MedicalRecordNumberRecognizer",
    "MrzRecognizer",
    "PassportRecognizer",
    "PersonRecognizer",
    "PhoneNumberRecognizer",
    "ProfileUrlRecognizer",
    "QqNumberRecognizer",
    "SsnRecognizer",
    "WeChatIdRecognizer",
    "ZhStreetAddressRecognizer",
]

ENTITY_TYPES = [
    "BANK_CARD",
    "CN_RESIDENT_ID",
    "DATE_OF_BIRTH",
    "DRIVER_LICENSE",
    "EMAIL_ADDRESS",
    "IBAN_CODE",
    "IP_ADDRESS",
    "LICENSE_PLATE",
    "LOCATION",
    "MAC_ADDRESS",
    "MEDICAL_RECORD_NUMBER",
    "PASSPORT",
    "PERSON",
    "PHONE_NUMBER",
    "PROFILE_URL",
    "QQ_NUMBER",
    "STREET_ADDRESS",
    "US_SSN",
    "WECHAT_ID",
]

MIXED = [
    ("Patient: Rose Carter, phone 415-555-0132, e-mail rose.carter@example.org.", "en"),
    ("请联系王建国经理，电话13912345678，邮箱wang.fang@corp-mail.cn", "zh"),
    ("Card 6222 0212 3456 7894 was charged; the server 10.20.30.40 logged it.", "en"),
    ("收货地址：北京市海淀区中关村大街27号3号楼502室", "zh"),
    ("Ship the parcel to 18 Washington Street, Springfield, IL 62704.", "en"),
    ("Write a haiku about autumn.", "en"),
]


def spans(results) -> list[tuple[str, int, int, float]]:
    return sorted((r.entity_type, r.start, r.end, r.score) for r in results)


# --------------------------------------------------------------------------- the registry


def test_our_recognizers_fill_a_real_presidio_registry_for_both_languages():
    registry = build_registry()
    assert isinstance(registry, RecognizerRegistry)
    for lang in ("en", "zh"):
        recs = registry.get_recognizers(language=lang, all_fields=True)
        assert sorted(r.name for r in recs) == OWN_RECOGNIZERS
        assert all(isinstance(r, EntityRecognizer) and isinstance(r, Recognizer) for r in recs)
        assert sorted(registry.get_supported_entities(languages=[lang])) == ENTITY_TYPES
    assert [r.name for r in own_recognizers("zh")] == [r.name for r in own_recognizers("en")]
    assert len({r.id for r in registry.recognizers}) == len(registry.recognizers)  # ids tell recognizers apart


def test_analyzer_emits_exactly_the_registry_types():
    assert Analyzer(ner=False).entities() == ENTITY_TYPES


def test_engine_is_a_presidio_analyzer_engine_that_agrees_with_presidios_stock_engine(analyzer):
    """Presidio's own ``AnalyzerEngine`` with our registry and NLP engine finds exactly what ours finds."""
    assert isinstance(analyzer.engine, AnalyzerEngine) and isinstance(analyzer.engine, InstructflowAnalyzerEngine)
    stock = AnalyzerEngine(registry=analyzer.registry, nlp_engine=analyzer.nlp, supported_languages=["en", "zh"])
    for text, lang in MIXED:
        ours = analyzer.analyze([text], [lang])[0]
        assert spans(ours) == spans(stock.analyze(text, lang, score_threshold=0.0)), text
    assert spans(analyzer.analyze([MIXED[0][0]], ["en"])[0]) == [
        ("EMAIL_ADDRESS", 49, 72, 1.0),
        ("PERSON", 9, 20, 0.85),
        ("PHONE_NUMBER", 28, 40, 0.95),
    ]


def test_results_name_their_recognizer_by_name_and_id(analyzer):
    (phone,) = analyzer.analyze(["电话13912345678"], ["zh"])[0]
    meta = phone.recognition_metadata
    assert meta[RecognizerResult.RECOGNIZER_NAME_KEY] == "PhoneNumberRecognizer"
    by_id = {r.id: r for r in analyzer.registry.recognizers}
    assert by_id[meta[RecognizerResult.RECOGNIZER_IDENTIFIER_KEY]].name == "PhoneNumberRecognizer"
    assert "13912345678" not in repr(meta)


def test_folded_digits_are_found_with_offsets_into_the_original(analyzer):
    text = "我的手机号是１３９１２３４５６７８，新号码一三九一二三四五六七八。"
    assert found(analyzer, text, "zh", 0.5) == [
        ("PHONE_NUMBER", "１３９１２３４５６７８", 0.95),
        ("PHONE_NUMBER", "一三九一二三四五六七八", 0.75),  # no phone cue before it: a bare mobile
    ]


def test_other_languages_are_analysed_as_english(analyzer):
    text = "Phone: 415-555-0132"
    assert analyzer.analyze([text, "", text], ["other", "en", "fr"]) == [
        analyzer.analyze([text], ["en"])[0],
        [],
        analyzer.analyze([text], ["en"])[0],
    ]


def test_limited_entities_skip_the_taggers():
    only = Analyzer(ner=True, entities=["PHONE_NUMBER", "EMAIL_ADDRESS"])
    assert only.nlp.taggers is False and only.nlp.use_ner is False
    text = "Patient: Rose Carter, phone 415-555-0132, e-mail rose.carter@example.org."
    assert [(t, v) for t, v, _ in found(only, text)] == [
        ("PHONE_NUMBER", "415-555-0132"),
        ("EMAIL_ADDRESS", "rose.carter@example.org"),
    ]
    assert Analyzer(ner=True, entities=["PERSON"]).nlp.taggers is True


def test_parallel_analysis_equals_serial(analyzer, monkeypatch):
    import pipeline.stages.deidentify.analyzer as mod

    monkeypatch.setattr(mod, "PARALLEL_MIN_TEXTS", 1)
    texts = [t for t, _ in MIXED] * 3
    langs = [lang for _, lang in MIXED] * 3
    assert analyzer.analyze_parallel(texts, langs, 2) == analyzer.analyze(texts, langs)
    assert analyzer.analyze_parallel(texts, langs, 1) == analyzer.analyze(texts, langs)


def test_a_repeated_string_is_analysed_once_and_gets_its_own_findings(analyzer, monkeypatch):
    texts = ["Call 13912345678 or mail li.na@example.com.", "ann_16", "Call 13912345678 or mail li.na@example.com."]
    langs = ["en", "en", "en"]
    seen: list[str] = []
    real = analyzer.engine.analyze

    def spy(text, language, **kw):
        seen.append(text)
        return real(text, language, **kw)

    monkeypatch.setattr(analyzer.engine, "analyze", spy)
    monkeypatch.setattr(analyzer, "_memo", {})
    found = analyzer.analyze(texts, langs)
    assert seen.count(texts[0]) == 1
    assert spans(found[0]) == spans(found[2]) and len(found[0]) >= 2
    assert all(a is not b and a.recognition_metadata is not b.recognition_metadata for a, b in zip(found[0], found[2]))
    found[2][0].score = 0.0  # the stage changes findings in place: the first string's stay as they were
    assert found[0][0].score > 0.0
    other = analyzer.analyze([texts[0], texts[0]], ["en", "zh"])  # remembered in English; Chinese is analysed
    assert seen.count(texts[0]) == 2 and len(other) == 2 and spans(other[0]) == spans(found[0])


def test_findings_are_remembered_across_batches_as_copies(analyzer, monkeypatch):
    import pipeline.stages.deidentify.analyzer as mod

    text = "Reach Wang Fang at 13912345678 or wang.fang@example.com."
    seen: list[str] = []
    real = analyzer.engine.analyze

    def spy(t, language, **kw):
        seen.append(t)
        return real(t, language, **kw)

    monkeypatch.setattr(analyzer.engine, "analyze", spy)
    monkeypatch.setattr(analyzer, "_memo", {})
    first = analyzer.analyze([text], ["en"])[0]
    for f in first:  # the stage changes what it gets: the remembered findings stay as found
        f.score = 0.0
    again = analyzer.analyze([text], ["en"])[0]
    assert seen == [text] and len(again) >= 2 and all(f.score > 0 for f in again)
    monkeypatch.setattr(mod, "MEMO_MAX_ENTRIES", 1)  # full: starts afresh, never grows past the bound
    analyzer.analyze(["Call 13812345678."], ["en"])
    assert len(analyzer._memo) == 1
    analyzer.analyze([text], ["en"])
    assert seen.count(text) == 2
    monkeypatch.setattr(mod, "MEMO_MAX_CHARS", 10)  # long strings are not remembered
    monkeypatch.setattr(analyzer, "_memo", {})
    analyzer.analyze([text], ["en"])
    analyzer.analyze([text], ["en"])
    assert seen.count(text) == 4


def test_default_workers_is_the_cpus_this_process_may_use():
    import os

    assert default_workers() == len(os.sched_getaffinity(0))


# --------------------------------------------------------------------------- users' Presidio recognizers

REGISTRY_YAML = """\
supported_languages: [en, zh]
global_regex_flags: 26
recognizers:
  - name: DossierNumberRecognizer
    supported_language: en
    supported_entity: MEDICAL_RECORD_NUMBER
    patterns:
      - name: dossier number
        regex: "(?<![A-Za-z0-9])DS-\\\\d{6}(?![0-9])"
        score: 0.4
    context: [dossier]
"""
"""A Presidio recognizer-registry YAML (the format of presidio_analyzer/conf/example_recognizers.yaml):
one ``PatternRecognizer`` whose score 0.4 rises to 0.75 with its context word (Presidio's default
context enhancer: +0.35)."""


@pytest.fixture(scope="module")
def registry_yaml(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("registry") / "recognizers.yaml"
    path.write_text(REGISTRY_YAML, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def with_registry(registry_yaml):
    return Analyzer(ner=False, registry_yaml=registry_yaml).load()


@pytest.fixture(scope="module")
def without_registry():
    return Analyzer(ner=False).load()


def test_a_registry_yaml_recognizer_is_registered_and_used_with_its_context(with_registry):
    (theirs,) = [r for r in with_registry.registry.recognizers if r.name == "DossierNumberRecognizer"]
    assert type(theirs).__name__ == "PatternRecognizer" and theirs.supported_language == "en"
    assert theirs.context == ["dossier"]
    text = "Patient: Rose Carter, dossier DS-123456, phone 415-555-0132."
    assert found(with_registry, text) == [
        ("PERSON", "Rose Carter", 0.85),
        ("MEDICAL_RECORD_NUMBER", "DS-123456", 0.75),
        ("PHONE_NUMBER", "415-555-0132", 0.95),
    ]
    assert ("MEDICAL_RECORD_NUMBER", "DS-123456", 0.4) in found(with_registry, "Reference DS-123456 only.")
    assert found(with_registry, "档案DS-123456", "zh") == []  # registered for English only (病人档案 is ours now)


@pytest.mark.parametrize(("text", "lang"), MIXED)
def test_a_registry_recognizer_with_context_words_leaves_our_results_alone(with_registry, without_registry, text, lang):
    """Presidio's context enhancer matches results to recognizers by id: ours must all survive it."""
    theirs = "DossierNumberRecognizer"
    extended = [
        r
        for r in with_registry.analyze([text + " dossier"], [lang])[0]
        if r.recognition_metadata["recognizer_name"] != theirs
    ]
    assert spans(extended) == spans(without_registry.analyze([text + " dossier"], [lang])[0])
    assert spans(with_registry.analyze([text], [lang])[0]) == spans(without_registry.analyze([text], [lang])[0])


def test_a_predefined_presidio_recognizer_is_added_for_both_languages():
    plus = Analyzer(ner=False, predefined=("IpRecognizer",))
    theirs = [r for r in plus.registry.recognizers if type(r).__module__.startswith("presidio_analyzer")]
    assert sorted((type(r).__name__, r.supported_language) for r in theirs) == [
        ("IpRecognizer", "en"),
        ("IpRecognizer", "zh"),
    ]
    text = "node 2001:db8::1 is up"
    assert found(Analyzer(ner=False, entities=["IP_ADDRESS"]), text) == []  # ours skip documentation ranges
    assert found(plus, text) == [("IP_ADDRESS", "2001:db8::1", 0.6)]


def test_predefined_names_are_unambiguous():
    import presidio_analyzer.predefined_recognizers as predefined

    theirs = {n for n in dir(predefined) if n.endswith("Recognizer")}
    ours = {type(r).__name__ for r in own_recognizers("en")}
    assert ours & theirs == set()


def test_bad_user_recognizers_are_config_errors_naming_them(tmp_path):
    with pytest.raises(ConfigError) as exc:
        Analyzer(predefined=("NoSuchRecognizer",))
    assert str(exc.value) == (
        "predefined_recognizers: Presidio could not load NoSuchRecognizer (ValueError); "
        "use class names of presidio_analyzer.predefined_recognizers"
    )
    with pytest.raises(ConfigError) as exc:
        Analyzer(registry_yaml=tmp_path / "missing.yaml")
    assert str(exc.value) == f"recognizer_registry: file not found: {tmp_path / 'missing.yaml'}"
    bad = tmp_path / "bad.yaml"
    bad.write_text("recognizers:\n  - name: X\n    patterns: 3\n", encoding="utf-8")
    with pytest.raises(ConfigError) as exc:
        Analyzer(registry_yaml=bad)
    assert str(exc.value) == (
        f"{bad}: not a valid Presidio recognizer registry (ValueError); see Presidio's recognizer registry YAML format"
    )


def test_importing_the_analyzer_keeps_presidio_offline():
    import os

    env = {k: v for k, v in os.environ.items() if k != "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS"}
    code = (
        "import pipeline.stages.deidentify.analyzer, tldextract.tldextract as t; "
        "print(t.TLD_EXTRACTOR.suffix_list_urls)"
    )
    out = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "()"


# --------------------------------------------------------------------------- prefilters

FRAGMENTS = [
    "13912345678",
    "电话",
    "+86 139 1234 5678",
    "(415) 555-0132",
    "4155550132",
    "Phone: ",
    "110101199003077475",
    "身份证",
    "6222 0212 3456 7894",
    "card ",
    "wang.fang@corp-mail.cn",
    "10.20.30.40",
    "fe80::1ff:fe23:4567:890a",
    "01:23:45:67:89:ab",
    "SSN 078-05-1120",
    "GB82 WEST 1234 5698 7654 32",
    "护照号码：E12345678",
    "京A12345",
    "QQ号：2063418146",
    "微信号：wxid_abc123",
    "DL# A1234567",
    "病历号：ZY2023041588",
    "https://github.com/rosecarter",
    "DOB: 03/21/1940",
    "北京市海淀区中关村大街27号",
    "18 Washington Street",
    "Springfield, IL 62704",
    "Patient: ",
    "Rose Carter",
    "王建国",
    "患者",
    "张老师",
    "user=tbecker",
    "<PERSON_1>",
    "[NAME]",
    "| Name | Phone |\n|---|---|\n| Ann Lee | ",
    " ",
    ", ",
    "。",
    "\n",
    "的",
    "and",
    "x",
    "7",
]
mixed_texts = st.one_of(
    st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=10).map("".join),
    st.text(alphabet="0123456789 -.()+:@_<>电话身份证号王张李Rose Carter\n", max_size=50),
)


@contextmanager
def prefilters_off(analyzer):
    """Every recognizer of ``analyzer`` says it may match anything (restored on exit)."""
    recs = [r for r in analyzer.registry.recognizers if isinstance(r, Recognizer)]
    # the engine looks each prefilter up once, and the analyzer remembers findings: both start afresh
    saved = dict(analyzer.engine._by_language), dict(analyzer._memo)
    analyzer.engine._by_language.clear()
    analyzer._memo.clear()
    try:
        for r in recs:
            r.may_match = lambda text: True
        yield
    finally:
        for r in recs:
            del r.may_match
        analyzer.engine._by_language.clear()
        analyzer.engine._by_language.update(saved[0])
        analyzer._memo.clear()
        analyzer._memo.update(saved[1])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mixed_texts, st.sampled_from(["en", "zh"]))
def test_prefilters_never_hide_a_match(analyzer, text, lang):
    with_filters = analyzer.analyze([text], [lang])[0]
    with prefilters_off(analyzer):
        without = analyzer.analyze([text], [lang])[0]
    assert spans(with_filters) == spans(without)


def test_prefilters_off_really_turns_them_off(analyzer):
    phone = next(r for r in analyzer.registry.recognizers if r.name == "PhoneNumberRecognizer")
    assert phone.may_match("no digits here") is False
    with prefilters_off(analyzer):
        assert phone.may_match("no digits here") is True
        calls = []
        phone.may_match = lambda text: calls.append(text) or True
        analyzer.analyze(["no digits here"], ["en"])
        assert calls and set(calls) == {"no digits here"}  # the engine asks the prefilter in force, afresh
    assert phone.may_match("no digits here") is False


class _CountingRecognizer(Recognizer):
    """Finds every "X"; counts how often its prefilter is asked."""

    ENTITIES = ("PERSON", "PHONE_NUMBER")

    def __init__(self) -> None:
        super().__init__("en")
        self.asked = 0

    def may_match(self, text: str) -> bool:
        self.asked += 1
        return "X" in text

    def find(self, text, nlp_artifacts=None):
        out = [RecognizerResult("PERSON", i, i + 1, 0.9) for i, c in enumerate(text) if c == "X"]
        return [*out, RecognizerResult("PHONE_NUMBER", 0, 1, 0.9)]


def test_the_engine_asks_a_prefilter_once_and_keeps_what_recognizer_analyze_gives(analyzer):
    counting = _CountingRecognizer()
    registry = RecognizerRegistry(supported_languages=["en"])
    registry.add_recognizer(counting)
    engine = InstructflowAnalyzerEngine(registry=registry, nlp_engine=analyzer.nlp, supported_languages=["en"])
    art = analyzer.nlp.artifacts(["a X b X"], ["en"])[0]
    got = engine.analyze("a X b X", "en", entities=["PERSON"], nlp_artifacts=art, score_threshold=0.0)
    assert counting.asked == 1  # not once more inside Recognizer.analyze
    want = counting.analyze("a X b X", entities=["PERSON"], nlp_artifacts=art)
    assert [(r.entity_type, r.start, r.end, r.score) for r in got] == [
        (r.entity_type, r.start, r.end, r.score) for r in want
    ]
    assert [r.recognition_metadata for r in got] == [r.recognition_metadata for r in want]
    assert engine.analyze("no match", "en", nlp_artifacts=art) == [] and counting.asked == 3


# --------------------------------------------------------------------------- duplicates


def rr(entity_type: str, start: int, end: int, score: float) -> RecognizerResult:
    return RecognizerResult(entity_type, start, end, score)


def test_remove_duplicates_golden():
    results = [
        rr("PERSON", 0, 11, 0.85),
        rr("PERSON", 0, 11, 0.5),  # same span, lower score
        rr("PERSON", 0, 4, 0.85),  # inside, same score
        rr("PERSON", 5, 11, 0.9),  # inside, higher score: kept
        rr("LOCATION", 0, 4, 0.5),  # another type: kept
        rr("PHONE_NUMBER", 20, 31, 0.95),
        rr("PHONE_NUMBER", 20, 31, 0.95),  # exact duplicate
    ]
    assert spans(remove_duplicates(results)) == [
        ("LOCATION", 0, 4, 0.5),
        ("PERSON", 0, 11, 0.85),
        ("PERSON", 5, 11, 0.9),
        ("PHONE_NUMBER", 20, 31, 0.95),
    ]
    assert spans(remove_duplicates(results)) == spans(EntityRecognizer.remove_duplicates(results))
    out = remove_duplicates(results)
    assert out == sorted(out, key=lambda r: (r.start, r.end, r.entity_type))


def test_remove_duplicates_drops_a_finding_inside_a_better_one_inside_a_long_weak_one():
    results = [rr("PERSON", 0, 10, 0.1), rr("PERSON", 1, 5, 0.9), rr("PERSON", 2, 4, 0.5)]
    assert spans(EntityRecognizer.remove_duplicates(results)) == [("PERSON", 0, 10, 0.1), ("PERSON", 1, 5, 0.9)]
    assert spans(remove_duplicates(results)) == [("PERSON", 0, 10, 0.1), ("PERSON", 1, 5, 0.9)]


def test_remove_duplicates_drops_zero_scores_like_presidio():
    assert spans(EntityRecognizer.remove_duplicates([rr("PERSON", 0, 3, 0.0)])) == []
    assert spans(remove_duplicates([rr("PERSON", 0, 3, 0.0)])) == []


random_results = st.lists(
    st.builds(
        lambda t, s, n, sc: rr(t, s, s + n, sc),
        st.sampled_from(["PERSON", "PHONE_NUMBER"]),
        st.integers(0, 20),
        st.integers(1, 6),
        st.sampled_from([0.1, 0.5, 0.85, 1.0]),
    ),
    max_size=25,
)


@settings(max_examples=2000, deadline=None, derandomize=True, database=None)
@given(random_results)
def test_remove_duplicates_equals_presidios_rule_on_random_findings(results):
    assert spans(remove_duplicates(results)) == spans(EntityRecognizer.remove_duplicates(list(results)))


def test_remove_duplicates_handles_fifty_thousand_findings():
    """Presidio's own removal compares every pair; ours sorts once. Completing is the test (no timing)."""
    results = []
    for i in range(25_000):
        results.append(rr("PHONE_NUMBER", i * 12, i * 12 + 11, 0.95))
        results.append(rr("PHONE_NUMBER", i * 12 + 3, i * 12 + 11, 0.5))  # inside the one above
    out = remove_duplicates(results)
    assert len(out) == 25_000 and all(r.score == 0.95 for r in out)


# --------------------------------------------------------------------------- placeholders


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("电话<PHONE_NUMBER_1>，邮箱<EMAIL_ADDRESS_1>", "zh", []),
        ("Dear <PERSON_1>, call 415-555-0132.", "en", [("PHONE_NUMBER", "415-555-0132")]),
        ("<PERSON_1>13912345678", "zh", [("PHONE_NUMBER", "13912345678")]),
        ("Patient: <PERSON_3f9a0c12de>", "en", []),
        ("Name: [NAME], phone [PHONE_NUMBER]", "en", []),
    ],
)
def test_findings_never_touch_a_placeholder(analyzer, text, lang, expected):
    assert [(t, v) for t, v, _ in found(analyzer, text, lang, 0.5)] == expected


placeholder_texts = st.lists(
    st.sampled_from(
        [
            "<PERSON_1>",
            "<PHONE_NUMBER_2>",
            "<EMAIL_ADDRESS_3f9a0c12de>",
            "[NAME]",
            "13912345678",
            "139",
            "4155550132",
            "@corp-mail.cn",
            "wang.fang",
            "Patient: ",
            "Rose",
            " Carter",
            "电话",
            "王",
            "建国",
            "_1",
            ">",
            "<",
            " ",
        ]
    ),
    min_size=1,
    max_size=10,
).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(placeholder_texts, st.sampled_from(["en", "zh"]))
def test_no_finding_overlaps_a_placeholder(analyzer, text, lang):
    tokens = [(m.start(), m.end()) for m in PLACEHOLDER_RE.finditer(text)]
    for r in analyzer.analyze([text], [lang])[0]:
        assert all(r.end <= s or e <= r.start for s, e in tokens), (text, r)


def test_the_first_load_freezes_the_models_out_of_the_collectors_reach():
    import gc

    from pipeline.stages.deidentify.analyzer import Analyzer

    gc.unfreeze()
    analyzer = Analyzer(entities=["EMAIL_ADDRESS"])
    assert gc.get_freeze_count() == 0
    analyzer.load()
    frozen = gc.get_freeze_count()
    assert frozen > 0
    gc.unfreeze()
    analyzer.load()  # only the first load freezes
    assert gc.get_freeze_count() == 0
    assert [r.entity_type for r in analyzer.analyze(["mail ada@example.org"], ["en"])[0]] == ["EMAIL_ADDRESS"]
