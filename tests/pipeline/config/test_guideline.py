"""The guideline loader: the bundled example loads; every kind of bad file is one exact message, never a value."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.config import parse_config
from pipeline.config.guideline import load_guideline
from pipeline.errors import ConfigError

ROOT = Path(__file__).resolve().parents[3]
EXAMPLE = ROOT / "examples" / "guideline" / "medical.yaml"
SECRET = "张伟13812345678"


def test_the_example_guideline_loads_into_typed_objects():
    g = load_guideline(EXAMPLE)
    assert (g.name, g.version) == ("medical-triage", "1.0")
    assert sorted(g.labels) == ["drug", "finding", "pain", "symptom"]
    assert g.ancestors("pain") == ["symptom", "finding"]
    assert g.finer("symptom", "pain") == "pain" and g.finer("drug", "pain") is None
    assert "布洛芬" in g.terms["drug"] and "# drug names, one per line" not in g.terms["drug"]
    assert g.labels["symptom"].boundary.prefixes[:2] == ("持续性", "间歇性")
    assert g.labels["pain"].boundary.action == "extend"
    assert sorted(g.intents) == ["ask_drug", "ask_symptom", "book_appointment"]
    assert g.bio.tokens == "char"
    fee = g.field_types["fee"]
    assert (fee.kind, fee.review_below, fee.reannotate_below) == ("amount", 0.75, 0.5)
    assert g.field_types["patient_ref"].review_below == 0.7  # the default
    assert (g.feedback.second_review, g.feedback.min_disagreements) == (True, 2)
    assert len(g.sha256) == 64 and sorted(g.knowledge_bases) == ["drug", "pain"]
    assert g.record()["version"] == "1.0"


def test_the_pipeline_config_names_the_guideline_relative_to_itself():
    cfg = parse_config(
        {"guideline": "../guideline/medical.yaml"}, source="t", base_dir=EXAMPLE.parent.parent / "annotated"
    )
    guideline = cfg.load_guideline()
    assert guideline is not None and guideline.path == EXAMPLE
    assert parse_config({}, source="t", base_dir=ROOT).load_guideline() is None


BASE = """version: "2"
labels:
  symptom: {definition: a symptom}
"""


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("labels: {a: {definition: x}}\n", "key 'version' is missing (required)"),
        ('version: "1"\n', "key 'labels' is missing (required)"),
        ('version: "1"\nlabels: {}\n', "key 'labels' must name at least one label"),
        (
            f'version: "1"\nlabels: {{a: {{definition: x}}}}\ncolour: "{SECRET}"\n',
            "unknown key 'colour' (allowed here: ",
        ),
        (
            f'version: "1"\nlabels:\n  a: {{definition: x, parent: "{SECRET}"}}\n',
            "key 'labels.a.parent' must name a label of this guideline",
        ),
        (
            'version: "1"\nlabels:\n  a: {definition: x, parent: b}\n  b: {definition: y, parent: a}\n',
            "key 'labels.a.parent': the label hierarchy has a cycle",
        ),
        (
            'version: "1"\nlabels:\n  a: {definition: 5}\n',
            "key 'labels.a.definition' must be a string, got a number",
        ),
        ('version: "1"\nlabels:\n  a: {examples: [x]}\n', "section 'labels.a' is invalid"),
        (
            f'version: "1"\nlabels:\n  a: {{definition: x, vocabulary: "{SECRET}"}}\n',
            "key 'labels.a.vocabulary' must be a list, got a string",
        ),
        (
            f'version: "1"\nlabels:\n  a: {{definition: x, boundary: {{action: "{SECRET}"}}}}\n',
            "key 'labels.a.boundary.action' must be one of 'review', 'extend', got another string",
        ),
        (
            BASE + "intents:\n  i: {definition: [1]}\n",
            "key 'intents.i.definition' must be a string, got a list",
        ),
        (
            BASE + "bio: {tokens: words}\n",
            "key 'bio.tokens' must be one of 'char', 'whitespace', 'any', got another string",
        ),
        (
            BASE + "field_types:\n  fee: {kind: money}\n",
            "key 'field_types.fee.kind' must be one of 'date', 'amount', 'reference', 'id', 'text', got another string",
        ),
        (
            BASE + "field_types:\n  fee: {kind: amount, review_below: 1.5}\n",
            "key 'field_types.fee.review_below' must be between 0.0 and 1.0, got a number outside that range",
        ),
        (
            BASE + "field_types:\n  fee: {kind: amount, review_below: 0.5, reannotate_below: 0.6}\n",
            "section 'field_types.fee' is invalid: reannotate_below is above review_below",
        ),
        (
            BASE + "feedback: {second_review: yes please}\n",
            "key 'feedback.second_review' must be a boolean (true/false), got a string",
        ),
        (BASE + "feedback: {min_disagreements: 0}\n", "key 'feedback.min_disagreements' must be between 1 and inf"),
        (BASE + "format: 2\n", "key 'format' must be between 1 and 1, got a number outside that range"),
        (BASE + "version: '3'\n", "key 'version' is given twice in one mapping"),
        ('version: " "\nlabels: {a: {definition: x}}\n', "key 'version' must be a non-empty string"),
        (
            'version: "1"\nlabels:\n  a: {definition: x, knowledge_base: missing.txt}\n',
            "key 'labels.a.knowledge_base': knowledge-base file ",
        ),
        ("- a\n- b\n", "the top level must be a mapping, got a list"),
    ],
)
def test_bad_guidelines_are_one_exact_message_naming_file_and_key(tmp_path, text, message):
    path = tmp_path / "g.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as exc:
        load_guideline(path)
    assert str(exc.value).startswith(f"{path}: ") or str(exc.value).startswith(f"{path}:")
    assert message in str(exc.value)
    assert SECRET not in str(exc.value) and "13812345678" not in str(exc.value)


def test_a_knowledge_base_that_is_not_utf8_names_its_byte(tmp_path):
    (tmp_path / "kb.txt").write_bytes(b"ok\n\xff\n")
    path = tmp_path / "g.yaml"
    path.write_text('version: "1"\nlabels:\n  a: {definition: x, knowledge_base: kb.txt}\n', encoding="utf-8")
    with pytest.raises(
        ConfigError, match=r"key 'labels.a.knowledge_base': knowledge-base file .*kb.txt is not UTF-8 \(byte 3\)"
    ):
        load_guideline(path)


def test_a_numeric_version_is_read_as_text(tmp_path):
    path = tmp_path / "g.yaml"
    path.write_text("version: 2\nlabels: {a: {definition: x}}\n", encoding="utf-8")
    assert load_guideline(path).version == "2"


def test_a_missing_guideline_file_is_named(tmp_path):
    with pytest.raises(ConfigError, match=r"g.yaml: guideline file not found"):
        load_guideline(tmp_path / "g.yaml")


def test_the_guideline_field_types_and_feedback_reach_the_agreement_rules():
    from pipeline.config.agreement import AgreementConfig, with_guideline

    guideline = load_guideline(ROOT / "examples" / "guideline" / "medical.yaml")
    base = AgreementConfig()
    cfg = with_guideline(base, guideline)
    fee, ref = cfg.field_types["fee"], cfg.field_types["referral_no"]
    assert (fee.name, fee.kind, fee.review_below, fee.reannotate_below) == ("fee", "amount", 0.75, 0.5)
    assert (ref.kind, ref.review_below, ref.reannotate_below) == ("reference", 0.65, 0.4)
    assert cfg.field_types["amount"] == base.field_types["amount"]  # the config's own rules stay
    assert cfg.feedback.second_review and not base.feedback.second_review
    assert with_guideline(base, None) is base
