import io
import json
import subprocess
import sys
from pathlib import Path
from unittest.mock import patch

import pytest

from pipeline.cli import main
from tests.support.stages import only_stages

ROOT = Path(__file__).resolve().parents[2]


def _main(argv):
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def corpus(tmp_path):
    p = tmp_path / "c.jsonl"
    p.write_text(
        "\n".join(json.dumps({"instruction": f"Question {i}?", "output": f"Answer {i}."}) for i in range(10))
        + "\n{bad\n"
    )
    return p


def test_run_prints_a_summary_and_exits_0(tmp_path, corpus):
    with only_stages():
        code, out, err = _main(["run", "--corpus", str(corpus), "--out", str(tmp_path / "r")])
    assert code == 0, err
    assert "records in 11 = exported 10 + rejected 1 + duplicates 0 + review 0" in out
    assert "ingest/malformed_json" in out
    assert f"manifest: {tmp_path / 'r' / 'manifest.json'}" in out
    assert "[1/2 ingest] started" in err  # plain progress lines: err is not a terminal
    assert "[2/2 export] done: 10/10 records" in err


def test_quiet_prints_no_progress(tmp_path, corpus):
    with only_stages():
        code, out, err = _main(["run", "--quiet", "--corpus", str(corpus), "--out", str(tmp_path / "r")])
    assert (code, err) == (0, "")
    assert "records in 11" in out


def test_missing_corpus_exits_2_with_one_line(tmp_path):
    code, _out, err = _main(["run", "--corpus", str(tmp_path / "nope"), "--out", str(tmp_path / "r")])
    assert code == 2
    assert err == f"error: corpus path does not exist: {tmp_path / 'nope'}\n"


def test_bad_config_exits_2_naming_the_key(tmp_path, corpus):
    cfg = tmp_path / "c.yaml"
    cfg.write_text("export:\n  ratio: 2\n")
    code, _, err = _main(["run", "--corpus", str(corpus), "--out", str(tmp_path / "r"), "--config", str(cfg)])
    assert code == 2
    assert err.count("\n") == 1
    assert "unknown key 'export.ratio'" in err


def test_missing_config_exits_2(tmp_path, corpus):
    code, _, err = _main(
        ["run", "--corpus", str(corpus), "--out", str(tmp_path / "r"), "--config", str(tmp_path / "x.yaml")]
    )
    assert (code, err.strip().endswith("config file not found")) == (2, True)


def test_unexpected_errors_exit_1_without_traceback(tmp_path, corpus):
    with patch("pipeline.runtime.steps.run_all", side_effect=RuntimeError("secret value 13812345678")):
        code, _, err = _main(["run", "--corpus", str(corpus), "--out", str(tmp_path / "r")])
    assert code == 1
    assert err == "error: unexpected RuntimeError; rerun with --traceback for details\n"


def test_argparse_usage_errors_exit_2():
    proc = subprocess.run([sys.executable, "-m", "pipeline", "run"], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 2
    assert "the following arguments are required: --corpus, --out" in proc.stderr


def test_blocking_validation_exits_3_without_values(tmp_path):
    """De-identification switched off: the validation gate finds the planted phone number and stops."""
    corpus = tmp_path / "pii.jsonl"
    rows = [{"instruction": f"Question {i}?", "output": f"Answer {i}."} for i in range(5)]
    rows.append({"instruction": "请帮我联系客服。", "output": "请拨打13812345678联系我们。"})
    corpus.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    cfg = tmp_path / "c.yaml"
    cfg.write_text("deidentify:\n  enabled: false\n", encoding="utf-8")
    out_dir = tmp_path / "r"
    code, out, err = _main(["run", "--quiet", "--corpus", str(corpus), "--out", str(out_dir), "--config", str(cfg)])
    assert code == 3
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: blocking validation failed (")
    assert "deidentified.no_residual_pii on deidentified.output (1 records)" in err
    assert f"Run report: {out_dir / 'reports' / 'index.html'}" in err
    # the summary: stages run, the gate, the failed check with the record's id, what to do next
    record_id = json.loads((out_dir / "manifest.json").read_text())["blocked"]["failed"][0]["first_record_ids"][0]
    assert "validate           6  BLOCKED: nothing exported" in out
    assert "records in 6 = exported 0 + rejected 0 + duplicates 0 + review 6 (6 held by the failed validation)" in out
    assert f"first record ids: {record_id}" in out
    assert "next: open the run report" in out
    manifest = json.loads((out_dir / "manifest.json").read_text())
    assert manifest["status"] == "blocked"
    assert manifest["counts"] == {"input": 6, "exported": 0, "rejected": 0, "duplicates": 0, "review": 6}
    assert manifest["blocked"]["records"] == 6 and manifest["blocked"]["records_dir"] == "work/deidentify"
    assert [s["stage"] for s in manifest["stages"]][-1] == "validate"
    assert not (out_dir / "export").exists()
    assert not (out_dir / "work" / "ingest").exists() and not (out_dir / "work" / "clean").exists()
    assert not list((out_dir / "work").glob("*-features"))
    report = (out_dir / "reports" / "index.html").read_text(encoding="utf-8")
    assert "What stopped the run" in report and record_id in report
    for text in [
        err,
        out,
        report,
        (out_dir / "manifest.json").read_text(),
        *(p.read_text(encoding="utf-8", errors="replace") for p in (out_dir / "reports").rglob("*") if p.is_file()),
    ]:
        assert "13812345678" not in text
