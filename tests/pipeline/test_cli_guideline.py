"""The annotation standard through the command line: the annotated example corpus with invalid spans,
BIO tags, intents and grounding exits 0 with each bad record rejected or held with its exact reason, counts
reconcile, the export carries the spans; ``guideline diff`` prints its golden output."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline.cli import main
from pipeline.stages.ingest.stage import make_record_id

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
GUIDELINE = EXAMPLES / "guideline" / "medical.yaml"
NEW_GUIDELINE = ROOT / "tests" / "data" / "guideline" / "medical_v1_1.yaml"


def _main(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def annotated_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    out = tmp_path_factory.mktemp("annotated") / "run"
    code, stdout, err = _main(
        [
            "run",
            "--quiet",
            "--corpus",
            str(EXAMPLES / "annotated" / "corpus"),
            "--config",
            str(EXAMPLES / "annotated" / "pipeline.yaml"),
            "--out",
            str(out),
        ]
    )
    assert code == 0, err
    return out, stdout


def _by_source_id(run: Path, kind: str, stage: str = "validate") -> dict[str, tuple[str, str]]:
    """Rejects or review rows by the example's ``id`` (med-NN is line NN of patients.jsonl)."""
    ids = {make_record_id("corpus", "patients.jsonl", i): f"med-{i + 1:02d}" for i in range(21)}
    rows = pq.read_table(run / kind / f"{stage}.parquet").to_pylist()
    return {ids[r["record_id"]]: (r["reason"], r["detail"]) for r in rows}


def test_invalid_spans_bio_and_intents_are_rejected_with_exact_reasons(annotated_run: tuple[Path, str]) -> None:
    run, stdout = annotated_run
    assert "records in 21 = exported 7 + rejected 10 + duplicates 0 + review 4" in stdout
    assert _by_source_id(run, "rejected", "ingest") == {  # offsets and text: on the text the annotator saw
        "med-06": (
            "span_out_of_bounds",
            "corpus/patients.jsonl:6: field 'spans[0]' lies outside field 'input' (0 <= start < end <= length)",
        ),
        "med-07": (
            "span_text_mismatch",
            "corpus/patients.jsonl:7: field 'spans[0].text' differs from field 'input' at its offsets",
        ),
        "med-17": (  # the shape of grounding, never its value
            "invalid_grounding",
            "corpus/patients.jsonl:17: field 'grounding[0].paragraph' must be an integer, got a string",
        ),
    }
    assert _by_source_id(run, "rejected") == {
        "med-08": ("unknown_span_label", "field 'spans[0].label' is not a label of the guideline"),
        "med-09": ("invalid_bio", "field 'bio_tags[0]' is I-x without a preceding B-x or I-x of the same label"),
        "med-10": ("bio_length_mismatch", "field 'bio_tags' has 3 tags for 18 characters of field 'input'"),
        "med-11": ("unknown_intent", "field 'intent' is not an intent of the guideline"),
        "med-18": ("grounding_missing_doc", "field 'grounding[0].source_doc_id' is missing or empty"),
        "med-19": (
            "grounding_out_of_bounds",
            "field 'grounding[0].paragraph' is not within 0 <= paragraph < paragraphs",
        ),
        "med-20": ("grounding_confidence_range", "field 'grounding[0].confidence' is not between 0 and 1"),
    }
    assert _by_source_id(run, "review") == {
        "med-12": (
            "span_boundary",
            "field 'spans[0]': a modifier of label 'symptom' stands right before the span "
            "(the guideline puts it inside the entity)",
        ),
        "med-13": (
            "span_not_in_vocabulary",
            "field 'spans[0]' is not in the vocabulary or knowledge base of label 'drug'",
        ),
        "med-14": ("overlapping_spans", "fields 'spans[0]' and 'spans[1]' overlap and neither label refines the other"),
        "med-21": (
            "grounding_low_confidence",
            "field 'grounding[0].confidence' is below validate.grounding_min_confidence",
        ),
    }


def test_counts_reconcile_and_the_manifest_and_card_name_the_guideline(annotated_run: tuple[Path, str]) -> None:
    run, _ = annotated_run
    manifest = json.loads((run / "manifest.json").read_text(encoding="utf-8"))
    c = manifest["counts"]
    assert c == {"input": 21, "exported": 7, "rejected": 10, "duplicates": 0, "review": 4}
    assert {k: v for k, v in manifest["rejected_by_reason"].items() if "grounding" in k} == {
        "ingest/invalid_grounding": 1,
        "validate/grounding_confidence_range": 1,
        "validate/grounding_missing_doc": 1,
        "validate/grounding_out_of_bounds": 1,
    }
    assert c["input"] == c["exported"] + c["rejected"] + c["duplicates"] + c["review"]
    g = manifest["guideline"]
    assert (g["name"], g["version"], len(g["sha256"])) == ("medical-triage", "1.0", 64)
    validate = next(s for s in manifest["stages"] if s["stage"] == "validate")
    assert validate["counters"]["rules_spans_extended"] == 1
    assert validate["counters"]["rules_coarser_spans_dropped"] == 1
    assert validate["counters"]["rules_annotations_carried"] == 1
    card = (run / "export" / "README.md").read_text(encoding="utf-8")
    assert f"guideline `medical-triage` version `1.0` (sha256 `{g['sha256']}`)" in card


def test_the_export_carries_spans_bio_tags_and_intents(annotated_run: tuple[Path, str]) -> None:
    run, _ = annotated_run
    table = pq.read_table(run / "export" / "train.parquet")
    assert {"spans", "bio_tags", "intent"} <= set(table.column_names)
    rows = {r["source_id"]: r for r in table.to_pylist()}
    assert sorted(rows) == ["med-01", "med-02", "med-03", "med-04", "med-05", "med-15", "med-16"]
    assert rows["med-16"]["grounding"] == [  # the grounding provenance, unchanged
        {"source_doc_id": "kb-fever", "paragraph": 2, "paragraphs": 8, "start": 0, "end": 40, "confidence": 0.92},
        {
            "source_doc_id": "kb-fluids",
            "paragraph": 0,
            "paragraphs": None,
            "start": None,
            "end": None,
            "confidence": 0.81,
        },
    ]
    assert rows["med-01"]["grounding"] is None
    for r in rows.values():  # every exported span quotes the exported text at its offsets
        for s in r["spans"] or ():
            assert r["input"][s["start"] : s["end"]] == s["text"]
    assert rows["med-04"]["spans"] == [{"start": 0, "end": 4, "label": "pain", "text": "剧烈胸痛"}]  # boundary: extend
    assert [s["label"] for s in rows["med-05"]["spans"]] == ["pain", "pain"]  # the finer label kept
    for part in sorted((run / "work" / "deidentify").glob("part-*.parquet")):  # no span text before validate
        spans = pq.read_table(part).column("spans").to_pylist()
        assert all(s["text"] is None for record in spans for s in record or ())
    carried = rows["med-15"]  # a name and a phone number before the span were de-identified
    assert "13812345678" not in carried["input"]
    assert [s["text"] for s in carried["spans"]] == ["咳嗽"]
    assert len(carried["bio_tags"]) == len(carried["input"])
    assert carried["intent"] == "book_appointment"


def test_guideline_diff_golden_output() -> None:
    code, out, err = _main(["guideline", "diff", str(GUIDELINE), str(NEW_GUIDELINE)])
    assert (code, err) == (0, "")
    assert out == (
        "guideline medical-triage 1.0 -> medical-triage 1.1\n"
        "labels:\n"
        "  ~ label drug renamed to medicine (same definition)\n"
        "  ~ label pain: vocabulary +1 (咳血)\n"
        "  ~ label symptom: boundary prefixes +慢性 -间歇性\n"
        "intents:\n"
        "  - intent ask_drug\n"
        "  ~ intent book_appointment renamed to book_visit (same definition)\n"
        "feedback:\n"
        "  ~ feedback.second_review: True -> False\n"
        "field types:\n"
        "  ~ field_types.fee.review_below: 0.75 -> 0.8\n"
    )


def test_guideline_diff_counts_the_records_of_a_run_it_affects(annotated_run: tuple[Path, str]) -> None:
    run, _ = annotated_run
    code, out, err = _main(["guideline", "diff", str(GUIDELINE), str(NEW_GUIDELINE), "--run", str(run)])
    assert (code, err) == (0, "")
    assert out.endswith(
        f"run {run}: 7 exported record(s) re-checked with the new guideline\n"
        "  affected: 3, unchanged: 4\n"
        "  would be rejected (unknown_intent): 3\n"
        "  use removed or renamed intent ask_drug: 1\n"
        "  use removed or renamed intent book_appointment: 2\n"
        "  use removed or renamed label drug: 1\n"
    )
    assert "咳嗽" not in out and "头痛" not in out  # counts only, never record text


def test_guideline_diff_of_a_file_with_itself_says_so() -> None:
    assert _main(["guideline", "diff", str(GUIDELINE), str(GUIDELINE)]) == (0, "no changes\n", "")


def test_a_bad_guideline_stops_the_run_before_any_stage_with_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "g.yaml"
    bad.write_text('version: "1"\nlabels:\n  a: {definition: x, parent: nobody}\n', encoding="utf-8")
    cfg = tmp_path / "pipeline.yaml"
    cfg.write_text("guideline: g.yaml\n", encoding="utf-8")
    code, _, err = _main(
        ["run", "--corpus", str(EXAMPLES / "annotated" / "corpus"), "--config", str(cfg), "--out", str(tmp_path / "r")]
    )
    assert code == 2
    assert err == f"error: {bad}: key 'labels.a.parent' must name a label of this guideline\n"
    assert not (tmp_path / "r" / "manifest.json").exists()


def test_guideline_diff_of_a_bad_file_exits_2(tmp_path: Path) -> None:
    bad = tmp_path / "g.yaml"
    bad.write_text("version: 1\n", encoding="utf-8")
    code, out, err = _main(["guideline", "diff", str(GUIDELINE), str(bad)])
    assert (code, out) == (2, "")
    assert err == f"error: {bad}: key 'labels' is missing (required)\n"


def test_a_knowledge_base_inside_the_output_directory_is_refused(tmp_path: Path) -> None:
    (tmp_path / "r").mkdir()
    (tmp_path / "r" / "kb.txt").write_text("头痛\n", encoding="utf-8")
    guideline = tmp_path / "g.yaml"
    guideline.write_text('version: "1"\nlabels:\n  a: {definition: x, knowledge_base: r/kb.txt}\n', encoding="utf-8")
    cfg = tmp_path / "pipeline.yaml"
    cfg.write_text("guideline: g.yaml\n", encoding="utf-8")
    code, _, err = _main(
        ["run", "--corpus", str(EXAMPLES / "annotated" / "corpus"), "--config", str(cfg), "--out", str(tmp_path / "r")]
    )
    assert code == 2
    assert err.startswith(
        f"error: guideline {guideline}: labels.a.knowledge_base {tmp_path / 'r' / 'kb.txt'} is inside the output directory"
    )
    assert (tmp_path / "r" / "kb.txt").is_file()
