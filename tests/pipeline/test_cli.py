import errno
import io
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import traceback
from pathlib import Path
from unittest.mock import patch

import pytest

from pipeline.cli import main
from pipeline.errors import StepFailed
from tests.support.processes import alive, children
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
    assert re.fullmatch(
        r"error: run: internal error RuntimeError at pipeline/cli\.py:\d+ \(a bug; please report it with the "
        r"traceback\); rerun with --traceback to print it\n",
        err,
    ), err


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
    assert "deidentified.no_residual_pii on deidentified.residual_pii (1 records)" in err
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


# ------------------------------------------------------------------------------------------ faults


def test_an_internal_error_names_the_stage_and_code_not_the_message(tmp_path, corpus):
    from pipeline.stages.clean import stage as clean_stage

    with only_stages("clean"), patch.object(clean_stage, "clean_table", side_effect=KeyError("13812345678")):
        code, out, err = _main(["run", "--quiet", "--corpus", str(corpus), "--out", str(tmp_path / "r")])
    assert code == 1
    assert re.fullmatch(
        r"error: stage 'clean' \(shard 0\): internal error KeyError at pipeline/stages/clean/stage\.py:\d+ "
        r"\(a bug; please report it with the traceback\); rerun with --traceback to print it\n",
        err,
    ), err
    assert "13812345678" not in out + err
    with (
        only_stages("clean"),
        patch.object(clean_stage, "clean_table", side_effect=KeyError("x")),
        pytest.raises(StepFailed) as info,
    ):
        _main(["--traceback", "run", "--quiet", "--corpus", str(corpus), "--out", str(tmp_path / "r2")])
    printed = "".join(traceback.format_exception(info.value))  # what --traceback prints
    assert "KeyError: 'x'" in printed  # the original error too (from the stage's own process)


def test_a_full_disk_stops_with_one_line_naming_the_stage_and_the_file(tmp_path, corpus):
    """pyarrow reports ENOSPC without a file name: the atomic writer adds the file it was writing."""
    import pyarrow.parquet as pq

    real = pq.write_table

    def full_disk(table, where, **options):
        if "work/clean" in str(where):
            raise OSError(errno.ENOSPC, "Error writing bytes to file. Detail: [errno 28] No space left on device")
        return real(table, where, **options)

    out_dir = tmp_path / "r"
    with only_stages("clean"), patch.object(pq, "write_table", full_disk):
        code, _out, err = _main(["run", "--quiet", "--corpus", str(corpus), "--out", str(out_dir)])
    assert code == 1
    assert err == (
        f"error: stage 'clean' (shard 0): no space left on device (ENOSPC): {out_dir / 'work/clean/part-00000.parquet'}"
        "; free disk space and run again\n"
    )
    assert not list((out_dir / "work" / "clean").glob(".*.tmp"))  # no half-written temp file left


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("unshare") is None, reason="needs unshare (util-linux)")
def test_a_real_full_disk_through_the_cli(tmp_path):
    """The CLI writes into a 256 KiB tmpfs (a private mount namespace); it stops on ENOSPC with one line."""
    probe = subprocess.run(["unshare", "-rm", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("user and mount namespaces are not available here")
    corpus = tmp_path / "c.jsonl"
    rows = [
        {"instruction": f"Describe garden task number {i}.", "output": f"Water bed {i} at dawn."} for i in range(3000)
    ]
    corpus.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    cfg = tmp_path / "c.yaml"
    cfg.write_text("deidentify:\n  enabled: false\n", encoding="utf-8")
    disk = tmp_path / "disk"
    disk.mkdir()
    script = (
        f"mount -t tmpfs -o size=256k none {disk} && exec {sys.executable} -m pipeline run --quiet "
        f"--corpus {corpus} --out {disk}/out --config {cfg}"
    )
    proc = subprocess.run(["unshare", "-rm", "sh", "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1, proc.stderr
    assert re.fullmatch(
        rf"error: (prepare|stage '\w+'( \(shard \d+\))?): no space left on device \(ENOSPC\): {re.escape(str(disk))}/out/"
        r"\S+; free disk space and run again\n",
        proc.stderr,
    ), proc.stderr


def test_a_corpus_inside_the_output_directory_is_refused_and_kept(tmp_path, corpus):
    out_dir = tmp_path / "r"
    with only_stages():
        assert _main(["run", "--quiet", "--corpus", str(corpus), "--out", str(out_dir)])[0] == 0
    exported = out_dir / "export"
    before = sorted(p.name for p in exported.iterdir())
    with only_stages():
        code, _, err = _main(["run", "--quiet", "--corpus", str(exported), "--out", str(out_dir)])
    assert code == 2
    assert err == (
        f"error: corpus {exported} is inside the output directory {out_dir}: a run clears its output directory, "
        "so the input would be deleted; move it or choose another output directory\n"
    )
    assert sorted(p.name for p in exported.iterdir()) == before  # nothing was deleted


def test_an_output_directory_inside_a_corpus_folder_is_refused(tmp_path, corpus):
    with only_stages():
        code, _, err = _main(["run", "--quiet", "--corpus", str(tmp_path), "--out", str(tmp_path / "r")])
    assert code == 2
    assert err == (
        f"error: corpus {tmp_path} contains the output directory {tmp_path / 'r'}: the run would read its own "
        "outputs as records; choose an output directory outside the corpus\n"
    )
    assert not (tmp_path / "r").exists()  # nothing was created


def test_a_config_inside_the_output_directory_is_refused(tmp_path, corpus):
    out_dir = tmp_path / "r"
    (out_dir / "work").mkdir(parents=True)
    (out_dir / "work" / "run.json").write_text("{}")
    cfg = out_dir / "work" / "c.yaml"
    cfg.write_text("dataset_name: x\n")
    code, _, err = _main(["run", "--quiet", "--corpus", str(corpus), "--out", str(out_dir), "--config", str(cfg)])
    assert code == 2
    assert err.startswith(f"error: config file {cfg} is inside the output directory {out_dir}: ")
    assert cfg.is_file()


def _lock_owner(out_dir: Path) -> str:
    lock = out_dir / ".instructflow.lock"
    return lock.read_text().strip() if lock.is_file() else ""


@pytest.mark.slow
def test_a_second_run_into_the_same_output_directory_fails_at_once(tmp_path):
    """Two CLI processes, one --out: the second stops at once naming the first; the first finishes."""
    out_dir = tmp_path / "r"
    cmd = [sys.executable, "-m", "pipeline", "run", "--quiet", "--corpus", str(ROOT / "examples/sample"), "--out"]
    first = subprocess.Popen([*cmd, str(out_dir)], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while _lock_owner(out_dir) != str(first.pid):
            assert first.poll() is None and time.monotonic() < deadline, "the first run never took the lock"
            time.sleep(0.05)
        t0 = time.monotonic()
        second = subprocess.run([*cmd, str(out_dir)], cwd=ROOT, capture_output=True, text=True, timeout=120)
        assert first.poll() is None, "the first run ended before the second was refused: the test proves nothing"
        assert second.returncode == 2
        assert second.stderr == (
            f"error: another run (pid {first.pid}) is writing {out_dir}; wait for it to end or choose another "
            "output directory\n"
        )
        assert time.monotonic() - t0 < 30
        stdout, stderr = first.communicate(timeout=300)
    finally:
        if first.poll() is None:
            first.kill()
    assert first.returncode == 0, stderr
    assert "records in 230 = exported" in stdout


def test_a_lock_left_by_a_dead_process_is_taken_over(tmp_path, corpus):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    out_dir = tmp_path / "r"
    out_dir.mkdir()
    (out_dir / ".instructflow.lock").write_text(f"{dead.pid}\n")
    with only_stages():
        code, _, err = _main(["run", "--quiet", "--corpus", str(corpus), "--out", str(out_dir)])
    assert code == 0, err
    assert _lock_owner(out_dir) == str(os.getpid())
    assert (out_dir / "manifest.json").is_file()


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs /proc")
def test_workers_die_with_a_killed_cli(tmp_path):
    """SIGKILL the CLI while its de-identification workers run: none of them survives it."""
    corpus = tmp_path / "c.jsonl"
    rows = [
        {"instruction": f"Please summarise note {i} about the garden.", "output": f"Note {i}: water the roses."}
        for i in range(1500)
    ]
    corpus.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    cfg = tmp_path / "c.yaml"
    cfg.write_text("deidentify:\n  workers: 2\n", encoding="utf-8")
    argv = ["run", "--quiet", "--corpus", str(corpus), "--out", str(tmp_path / "r"), "--config", str(cfg)]
    cli = subprocess.Popen(
        [sys.executable, "-m", "pipeline", *argv],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    workers: set[int] = set()
    try:
        deadline = time.monotonic() + 180
        while not workers:
            assert cli.poll() is None, "the CLI ended before it forked workers"
            assert time.monotonic() < deadline, "no worker process appeared"
            workers = children(cli.pid)
            time.sleep(0.1)
        os.kill(cli.pid, signal.SIGKILL)
        cli.wait()
        deadline = time.monotonic() + 10
        while any(alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        survivors = [w for w in workers if alive(w)]
    finally:
        if cli.poll() is None:
            cli.kill()
        for w in workers:
            if alive(w):
                os.kill(w, signal.SIGKILL)
    assert survivors == []


def _policy(tmp_path: Path, edit) -> Path:
    from pipeline.stages.deidentify.policy import DEFAULT_POLICY_PATH

    policy = tmp_path / "policy.yaml"
    policy.write_text(edit(DEFAULT_POLICY_PATH.read_text(encoding="utf-8")), encoding="utf-8")
    return policy


def test_a_policy_with_a_key_given_twice_stops_the_run_before_ingest(tmp_path, corpus):
    policy = _policy(tmp_path, lambda text: text + "max_entities_per_record: 1000\n")
    line = policy.read_text(encoding="utf-8").count("\n")
    first = next(
        i + 1 for i, t in enumerate(policy.read_text(encoding="utf-8").splitlines()) if t.startswith("max_entities")
    )
    cfg = tmp_path / "c.yaml"
    cfg.write_text(f"deidentify:\n  policy: {policy.name}\n", encoding="utf-8")
    out_dir = tmp_path / "r"
    code, _, err = _main(["run", "--corpus", str(corpus), "--out", str(out_dir), "--config", str(cfg)])
    assert code == 2
    assert err == (
        f"error: {policy}: line {line}, column 1: key 'max_entities_per_record' is given twice in one mapping "
        f"(first at line {first})\n"
    )
    assert not out_dir.exists()  # stopped in prepare: no stage ran, nothing was written


def test_a_pseudonym_policy_without_its_key_stops_the_run_before_ingest(tmp_path, corpus, monkeypatch):
    monkeypatch.delenv("INSTRUCTFLOW_PII_KEY_FILE", raising=False)
    monkeypatch.delenv("INSTRUCTFLOW_TEST_ABSENT_KEY", raising=False)
    policy = _policy(
        tmp_path,
        lambda text: (
            "\n".join(
                "pseudonym_key_env: INSTRUCTFLOW_TEST_ABSENT_KEY" if t.startswith("pseudonym_key_env:") else t
                for t in text.splitlines()
                if not t.startswith("pseudonym_key_file:")
            ).replace("annotator_ids: keep", "annotator_ids: pseudonym")
            + "\n"
        ),
    )
    cfg = tmp_path / "c.yaml"
    cfg.write_text(f"deidentify:\n  policy: {policy}\n", encoding="utf-8")
    out_dir = tmp_path / "r"
    code, _, err = _main(["run", "--corpus", str(corpus), "--out", str(out_dir), "--config", str(cfg)])
    assert code == 2
    assert err.startswith(f"error: {policy}: ") and "INSTRUCTFLOW_TEST_ABSENT_KEY" in err and "needs a key" in err
    assert err.count("\n") == 1
    assert "[ingest]" not in err and not out_dir.exists()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("export:\n  validation_ratio: .nan\n", "key 'export.validation_ratio' must be a finite number"),
        ("export:\n  validation_ratio: -.inf\n", "key 'export.validation_ratio' must be a finite number"),
        ("export: {split_salt: a13812345678, split_salt: b}\n", "line 1, column 36: key 'split_salt' is given twice"),
        ("a:\n" + "".join("  " * (i + 1) + "k:\n" for i in range(40)), "line 33: nesting is deeper than 32 levels"),
        ("export:\n  split_salt: [a13812345678]\n", "key 'export.split_salt' must be a string, got a list"),
    ],
)
def test_config_faults_exit_2_with_one_line_and_no_value(tmp_path, corpus, text, message):
    cfg = tmp_path / "c.yaml"
    cfg.write_text(text, encoding="utf-8")
    code, out, err = _main(["run", "--corpus", str(corpus), "--out", str(tmp_path / "r"), "--config", str(cfg)])
    assert code == 2
    assert err.startswith(f"error: {cfg}: {message}") and err.count("\n") == 1, err
    assert "13812345678" not in out + err
    assert not (tmp_path / "r").exists()


def _splits(run_dir: Path) -> dict[str, str]:
    import pyarrow.parquet as pq

    return {
        row["instruction"]: split
        for split in ("train", "validation")
        for row in pq.read_table(run_dir / "export" / f"{split}.parquet", columns=["instruction"]).to_pylist()
    }


def test_renamed_and_resplit_files_leave_every_record_in_its_split(tmp_path):
    rows = [{"instruction": f"Question number {i}?", "output": f"Answer number {i}."} for i in range(300)]
    one = tmp_path / "one" / "all.jsonl"
    one.parent.mkdir()
    one.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    parts = tmp_path / "parts"  # another corpus name, three files, other names, other order, other formats
    parts.mkdir()
    shuffled = rows[::-1]
    (parts / "zeta.jsonl").write_text("\n".join(json.dumps(r) for r in shuffled[:100]) + "\n", encoding="utf-8")
    (parts / "alpha.json").write_text(json.dumps(shuffled[100:200]), encoding="utf-8")
    (parts / "mid.csv").write_text(
        "instruction,output\n" + "".join(f'"{r["instruction"]}","{r["output"]}"\n' for r in shuffled[200:]),
        encoding="utf-8",
    )
    cfg = tmp_path / "c.yaml"
    cfg.write_text("export:\n  validation_ratio: 0.3\n", encoding="utf-8")
    for corpus, out_dir in ((one, tmp_path / "a"), (parts, tmp_path / "b")):
        with only_stages("clean", "dedup"):
            code, _, err = _main(
                ["run", "--quiet", "--corpus", str(corpus), "--out", str(out_dir), "--config", str(cfg)]
            )
        assert code == 0, err
    a, b = _splits(tmp_path / "a"), _splits(tmp_path / "b")
    assert len(a) == len(b) == 300
    assert a == b
    assert 60 < list(a.values()).count("validation") < 120


def test_field_annotations_through_the_cli_reconcile_exactly(tmp_path):
    """examples/fields: field confidence, the second review and the disputed-cases report through every stage.

    The eight records (examples/fields/invoices.jsonl): f0 every field certain (exported with its
    field_confidence); f1 an amount that is not an amount (0.5625 < 0.75: field_low_confidence);
    f2 an unsure, tied, partial date (0.1875 < 0.5: field_reannotate_low_confidence); f3 no fields
    (exported); f4 the majority says bad (rejected_by_annotators); f5 majority good, one reviewer
    says bad (second_review_required); f6 an annotated field with an unknown key (ingest:
    invalid_annotation); f7 majority good, two reviewers say bad (rejected_by_adjudication).
    """
    from pipeline.stages.ingest.stage import make_record_id

    corpus = ROOT / "examples" / "fields" / "invoices.jsonl"
    config = ROOT / "examples" / "fields" / "config.yaml"
    rid = {i: make_record_id("invoices", "invoices.jsonl", i) for i in range(8)}
    out_dir = tmp_path / "out"
    code, out, err = _main(["run", "--quiet", "--corpus", str(corpus), "--out", str(out_dir), "--config", str(config)])
    assert (code, err) == (0, "")
    assert "records in 8 = exported 2 + rejected 3 + duplicates 0 + review 3" in out

    manifest = json.loads((out_dir / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["counts"] == {"input": 8, "exported": 2, "rejected": 3, "duplicates": 0, "review": 3}
    assert manifest["rejected_by_reason"] == {
        "agreement/rejected_by_adjudication": 1,
        "agreement/rejected_by_annotators": 1,
        "ingest/invalid_annotation": 1,
    }
    assert manifest["review_by_reason"] == {
        "agreement/field_low_confidence": 1,
        "agreement/field_reannotate_low_confidence": 1,
        "agreement/second_review_required": 1,
    }
    assert "held for review by reason:\n  agreement/field_low_confidence" in out
    [agreement] = [s for s in manifest["stages"] if s["stage"] == "agreement"]
    assert agreement["reasons"] == {"rejected_by_adjudication": 1, "rejected_by_annotators": 1}
    review_reasons = ("field_low_confidence", "field_reannotate_low_confidence", "second_review_required")
    assert [agreement["counters"][f"records_{r}"] for r in review_reasons] == [1, 1, 1]
    assert {k: agreement["counters"][k] for k in ("corrections", "second_review_pending", "fields_scored")} == {
        "corrections": 2,
        "second_review_pending": 1,
        "fields_scored": 4,
    }

    import pyarrow.parquet as pq

    review = {r["record_id"]: r for r in pq.read_table(out_dir / "review" / "agreement.parquet").to_pylist()}
    assert {r: (v["reason"], v["queue"], v["priority"]) for r, v in review.items()} == {
        rid[1]: ("field_low_confidence", "expert", 1),
        rid[2]: ("field_reannotate_low_confidence", "reannotation", 1),
        rid[5]: ("second_review_required", "second_review", 1),
    }
    exported = [
        r
        for split in ("train", "validation")
        for r in pq.read_table(out_dir / "export" / f"{split}.parquet").to_pylist()
    ]
    by_id = {r["source_id"]: r["field_confidence"] for r in exported}
    assert by_id["f3"] is None
    assert [(f["name"], f["value"], f["confidence"], f["type_match"]) for f in by_id["f0"]] == [
        ("amount", "¥1,200", 0.90625, True),
        ("date", "2024-03-05", 0.9375, True),
    ]
    disputed = json.loads((out_dir / "reports" / "disputed_cases.json").read_text(encoding="utf-8"))
    assert disputed["by_label"] == [{"majority_label": "good", "decided_label": "bad", "corrections": 2}]
    [batch] = disputed["batches"]
    assert [(c["record_id"], c["kinds"]) for c in batch["cases"]] == sorted(
        [(rid[2], ["field_disagreement"]), (rid[5], ["second_review_pending"]), (rid[7], ["correction"])]
    )
    index = (out_dir / "reports" / "index.html").read_text(encoding="utf-8")
    assert "disputed_cases.html" in index
    code, text, _ = _main(["explain", str(out_dir), rid[0]])
    assert code == 0 and "fields:  amount (amount) 0.906; date (date) 0.938" in text.splitlines()
    code, text, _ = _main(["explain", str(out_dir), rid[1]])
    assert code == 0 and {"fields:  amount 0.562 < 0.75", "priority: 1 in queue expert"} <= set(text.splitlines())
    assert "twelve hundred" not in text
    for path in [out_dir / "manifest.json", *(out_dir / "reports").glob("*.*")]:
        text = path.read_text(encoding="utf-8", errors="replace")
        for value in ("twelve hundred", "March 2024", "rev-1", "rev-2"):
            assert value not in text, (path.name, value)
