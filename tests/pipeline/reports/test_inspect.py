"""``show``, ``explain`` and ``versions list|diff`` through the CLI on real runs (pipeline.reports.inspect)."""

import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline.cli import main
from tests.support.nightly import nightly
from tests.support.stages import only_stages

ROOT = Path(__file__).resolve().parents[3]
# the sample's one record with personal data (alpaca_en.json, en-0072): none of it may be printed
PERSONAL = ("Alice", "Johnson", "415-555-0132", "555-0132", "alice.johnson@example.com")
LOOP = {
    "id": "x-1",
    "instruction": "Describe a quiet morning.",
    "output": "The morning is quiet and " + "the the " * 40,
}


def _main(argv):
    out, err = io.StringIO(), io.StringIO()
    code = main([str(a) for a in argv], out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory):
    """examples/sample plus one record the clean stage rejects, run once through the CLI."""
    base = tmp_path_factory.mktemp("inspect")
    extra = base / "extra"
    extra.mkdir()
    (extra / "extra.jsonl").write_text(json.dumps(LOOP) + "\n", encoding="utf-8")
    out = base / "run"
    code, _, err = _main(["run", "--corpus", ROOT / "examples" / "sample", "--corpus", extra, "--out", out, "--quiet"])
    assert code == 0, err
    return out


def _first(path: Path, **match) -> dict:
    rows = pq.read_table(path).to_pylist()
    return next(r for r in rows if all(r[k] == v for k, v in match.items()))


SHOW = """\
run {run_id}  dataset instruction-dataset

stage        in        kept    rejected  duplicates  review
ingest           231       224         7           0       0
clean            224       214         1           0       9
dedup            214       205         0           9       0
deidentify       205       205         0           0       0
validate         205       205         0           0       0
agreement        205       202         0           0       3

records in 231 = exported 202 + rejected 8 + duplicates 9 + review 12
paths skipped: 1 (not records; see manifest skipped)
rejected by reason:
  clean/repetition_loop                          1
  ingest/duplicate_source_id                     1
  ingest/empty_field                             1
  ingest/malformed_conversation                  1
  ingest/malformed_json                          2
  ingest/wrong_type                              2
duplicates by method:
  dedup/exact                                    7
  dedup/near                                     2
held for review by reason:
  agreement/low_confidence                       3
  clean/echo_output                              9

dataset:  {run}/export  train 198, validation 4
manifest: {run}/manifest.json
report:   {run}/reports/index.html

versions:
"""


def test_show_prints_the_golden_summary(run_dir):
    manifest = json.loads((run_dir / "manifest.json").read_text())
    code, out, err = _main(["show", run_dir])
    assert (code, err) == (0, "")
    versions = "".join(f"  {k:<24}{v}\n" for k, v in sorted(manifest["versions"].items()))
    assert out == SHOW.format(run_id=manifest["run_id"], run=run_dir) + versions
    assert "instructflow" in manifest["versions"]


def test_show_of_a_folder_without_a_manifest_fails_with_one_line(tmp_path):
    assert _main(["show", tmp_path]) == (1, "", f"error: {tmp_path}: no manifest.json (the export has not finished)\n")
    assert _main(["show", tmp_path / "missing"])[0] == 2


def test_explain_an_ingest_reject(run_dir):
    row = _first(run_dir / "rejected" / "ingest.parquet", reason="wrong_type")
    code, out, err = _main(["explain", run_dir, row["record_id"]])
    assert (code, err) == (0, "")
    assert out == (
        f"record {row['record_id']}\n"
        "outcome: rejected at stage ingest\n"
        "reason:  ingest/wrong_type\n"
        "detail:  sample/alpaca_en.json:848: field 'output' must be a string, got a number\n"
        "source:  sample/alpaca_en.json line 848 (record 73 of the file)\n"
    )


def test_explain_a_clean_reject_names_rule_threshold_and_measured_value(run_dir):
    row = _first(run_dir / "rejected" / "clean.parquet")
    code, out, _ = _main(["explain", run_dir, row["record_id"]])
    assert code == 0
    assert out == (
        f"record {row['record_id']}\n"
        "outcome: rejected at stage clean\n"
        "reason:  clean/repetition_loop\n"
        "detail:  field 'output': a short unit is repeated 80 times back to back\n"
        "source:  extra/extra.jsonl (record 0 of the file)\n"
    )
    assert "the the" not in out and "morning" not in out


def test_explain_a_duplicate_names_the_kept_record_by_id_only(run_dir):
    exact = _first(run_dir / "duplicates" / "dedup.parquet", method="exact")
    code, out, _ = _main(["explain", run_dir, exact["record_id"]])
    assert code == 0
    assert out.splitlines()[1:3] == [
        f"outcome: removed at stage dedup as a duplicate of record {exact['duplicate_of']}",
        "rule: exact match on the normalised prompt_response key (similarity 1.0)",
    ]
    near = _first(run_dir / "duplicates" / "dedup.parquet", method="near")
    out = _main(["explain", run_dir, near["record_id"]])[1]
    assert (
        f"rule: near-duplicate (near), estimated Jaccard similarity {near['similarity']} >= dedup.threshold 0.8"
        " (MinHash over the prompt_response key)"
    ) in out
    kept = {r["record_id"]: r for r in pq.read_table(run_dir / "export" / "train.parquet").to_pylist()}.get(
        exact["duplicate_of"]
    )
    assert kept is not None and kept["output"] not in out and kept["instruction"] not in out


def test_explain_a_record_held_for_review(run_dir):
    row = _first(run_dir / "review" / "agreement.parquet")
    code, out, _ = _main(["explain", run_dir, row["record_id"]])
    assert code == 0
    assert out.splitlines()[1:5] == [
        "outcome: held for review at stage agreement (queue expert)",
        "reason:  agreement/low_confidence",
        f"detail:  {row['detail']}",
        f"votes:   {row['votes']} (3 annotators, consensus good, vote share 1.0)",
    ]
    assert "below agreement.review_below_confidence 0.7" in row["detail"]


def test_explain_a_deidentified_exported_record_shows_rules_not_personal_data(run_dir):
    row = _first(run_dir / "export" / "validation.parquet", source_id="en-0072")
    code, out, err = _main(["explain", run_dir, row["record_id"]])
    assert (code, err) == (0, "")
    assert out == (
        f"record {row['record_id']}\n"
        "outcome: exported to validation (lang en)\n"
        "source:  sample/alpaca_en.json (record 72 of the file)\n"
        "agreement: not_annotated\n"
        "de-identification: 3 span(s) replaced (original text is not kept or shown)\n"
        "  output[5:18] PERSON by PersonRecognizer: score 0.85 >= threshold 0.6, action placeholder\n"
        "  output[22:37] PHONE_NUMBER by PhoneNumberRecognizer: score 0.95 >= threshold 0.5, action mask\n"
        "  output[50:75] EMAIL_ADDRESS by EmailAddressRecognizer: score 1.00 >= threshold 0.5, action placeholder\n"
    )
    assert not [p for p in PERSONAL if p in out]


def test_explain_a_plain_exported_record(run_dir):
    row = _first(run_dir / "export" / "train.parquet", pii_entities=0)
    out = _main(["explain", run_dir, row["record_id"]])[1]
    assert out.splitlines()[1] == f"outcome: exported to train (lang {row['lang']})"
    assert out.splitlines()[-1] == "de-identification: no personal data found"


def test_explain_an_unknown_id_exits_1_with_one_line(run_dir):
    assert _main(["explain", run_dir, "0000"]) == (
        1,
        "",
        f"error: no record with id '0000' in {run_dir} (not exported, rejected, removed as a duplicate or held"
        " for review)\n",
    )


# ------------------------------------------------------------------ versions


def _qa(n, **extra):
    return {
        "instruction": f"Question {n}: why is the sky blue at noon?",
        "output": f"Answer {n}: light scatters.",
        **extra,
    }


def _write(path, rows):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def test_versions_list_and_diff_after_two_runs(tmp_path, monkeypatch):
    data = tmp_path / "data"
    corpus = data / "corpora" / "team"
    config = data / "config.yaml"
    corpus.mkdir(parents=True)
    config.write_text("agreement:\n  min_annotators: 2\n", encoding="utf-8")
    _write(corpus / "a.jsonl", [_qa(i, id=f"a{i}") for i in range(1, 4)])
    _write(corpus / "b.jsonl", [_qa(11), _qa(12)])
    with only_stages("dedup", "agreement"):
        nightly(data, corpus, config, "night-1")
        _write(corpus / "a.jsonl", [_qa(1, id="a1"), {**_qa(2, id="a2"), "output": "Corrected."}, _qa(3, id="a3")])
        (corpus / "b.jsonl").unlink()
        # c2 repeats c1 (an exact duplicate), c3 has no output (an ingest reject)
        _write(corpus / "c.jsonl", [_qa(21, id="c1"), _qa(21, id="c2"), {"instruction": "No answer?", "id": "c3"}])
        nightly(data, corpus, config, "night-2")

    code, out, err = _main(["versions", "list", "team", "--root", data])
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == f"dataset team ({data / 'datasets' / 'team'})"
    assert lines[1].split() == ["version", "new", "total", "quality", "trend", "run", "previous"]
    assert [ln.split()[:5] for ln in lines[2:4]] == [
        ["v0001", "5", "5", "1.0000", "-"],
        ["v0002", "4", "4", "0.8333", "-0.1667"],
    ]  # a.jsonl was read again: its 3 records count as new, plus c1; of 6 decided, 4 exported, none to review:
    # mean(4/6, 1 - 0/6) = 0.8333, down from 1.0000
    assert lines[4].startswith("quality: mean(export_share, clip(krippendorff_alpha, 0, 1), 1 - review_share)")
    assert lines[2].endswith("- full rebuild") and lines[3].endswith("v0001  (latest)")
    assert len(lines) == 5

    expected = (
        "dataset team: v0001 -> v0002: added 1, changed 1, retired 2\n"
        "+ team/c.jsonl#id=c1\n"
        "~ team/a.jsonl#id=a2\n"
        "- team/b.jsonl#row=0\n"
        "- team/b.jsonl#row=1\n"
        "quality                           v0001     v0002\n"
        "score                            1.0000    0.8333\n"
        "export_share                     1.0000    0.6667\n"
        "settled_share                    1.0000    1.0000\n"
        "agreement (alpha)                     -         -\n"  # no annotations: no figures
        "rejected ingest/missing_field    0.0000    0.1667\n"  # c3 of 6 decided
        "pii records share                     -         -\n"  # deidentify did not run
        "pii entities / 1,000                  -         -\n"
        "duplicates exact                 0.0000    0.1667\n"  # c2 of 6 decided
        "duplicates near                  0.0000    0.0000\n"
        "duplicates history               0.0000    0.0000\n"
    )
    assert _main(["versions", "diff", "team", "--root", data]) == (0, expected, "")
    monkeypatch.setenv("INSTRUCTFLOW_DATA_ROOT", str(data))
    assert _main(["versions", "diff", "team", "v0001", "latest"]) == (0, expected, "")
    assert "Corrected" not in expected
    assert _main(["versions", "diff", "team", "v0001", "v0009"]) == (
        2,
        "",
        "error: dataset 'team' has no version 'v0009'\n",
    )


def test_versions_of_a_dataset_never_published(tmp_path):
    assert _main(["versions", "list", "none", "--root", tmp_path]) == (
        0,
        f"dataset none: no published version in {tmp_path / 'datasets' / 'none'}\n",
        "",
    )
    code, _, err = _main(["versions", "diff", "none", "--root", tmp_path])
    assert code == 2 and err.startswith("error: dataset 'none' has no published version")


def test_no_record_text_reaches_the_source_of_this_module():
    # the module reads only ids, codes and details: never the text columns
    text = (ROOT / "pipeline" / "reports" / "inspect.py").read_text()
    assert '"output"' not in text and '"instruction"' not in text and '"record"' not in text
