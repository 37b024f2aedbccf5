"""Faults and hostile input through the command line: nothing lost, leaked or fatal.

Each test runs ``python -m pipeline run`` (in-process through ``pipeline.cli.main``, with the
stages between ingest and export left out to stay fast; one test runs the real subprocess) and
checks the exit code, the manifest's counts and the rejects' reason codes and details.
"""

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from unittest.mock import patch

import pyarrow.parquet as pq
import pytest

from pipeline.cli import main
from tests.support.stages import only_stages

ROOT = Path(__file__).resolve().parents[4]


def _run(corpora, out):
    stdout, stderr = io.StringIO(), io.StringIO()
    argv = ["run", "--quiet", "--out", str(out)]
    for c in corpora:
        argv += ["--corpus", str(c)]
    with only_stages():
        code = main(argv, stdout, stderr)
    assert code == 0, stderr.getvalue()
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    c = manifest["counts"]
    assert c["input"] == c["exported"] + c["rejected"] + c["duplicates"] + c["review"]
    rejected = out / "rejected" / "ingest.parquet"
    rejects = pq.read_table(rejected).to_pylist() if rejected.is_file() else []
    exported = []
    for split in ("train", "validation"):
        path = out / "export" / f"{split}.parquet"
        if path.is_file():
            exported += pq.read_table(path).to_pylist()
    return manifest, rejects, exported


def _rows(n, lang="en"):
    if lang == "zh":
        return [{"instruction": f"请回答第{i}个问题。", "output": f"这是第{i}个回答。"} for i in range(n)]
    return [{"instruction": f"Answer question {i}.", "output": f"This is answer {i}."} for i in range(n)]


def _damage(data: bytes, marker: bytes, byte: int = 0xFF) -> bytes:
    out = bytearray(data)
    out[out.index(marker) + 1] = byte
    return bytes(out)


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv"])
def test_one_bad_byte_rejects_one_record_naming_file_and_line(tmp_path, fmt):
    rows = _rows(5000)
    if fmt == "jsonl":
        text = "".join(json.dumps(r) + "\n" for r in rows)
    elif fmt == "json":
        text = "[\n" + ",\n".join(json.dumps(r) for r in rows) + "\n]\n"
    else:
        text = "instruction,output\n" + "".join(f"{r['instruction']},{r['output']}\n" for r in rows)
    corpus = tmp_path / f"data.{fmt}"
    corpus.write_bytes(_damage(text.encode("utf-8"), b"question 2500."))
    manifest, rejects, exported = _run([corpus], tmp_path / "run")
    assert manifest["counts"]["input"] == 5000
    assert manifest["counts"]["rejected"] == 1
    assert manifest["rejected_by_reason"] == {"ingest/undecodable": 1}
    (reject,) = rejects
    line = 2501 if fmt == "jsonl" else 2502
    assert (reject["source_file"], reject["source_line"], reject["source_index"]) == (f"data.{fmt}", line, 2500)
    assert reject["detail"].startswith(f"data/data.{fmt}: line {line}")
    assert len(exported) == 4999
    assert manifest["inputs"][0]["status"] == "read"


def test_a_broken_csv_quote_costs_its_row_and_every_line_is_counted(tmp_path):
    lines = ["instruction,output"] + [f"Question {i}?,Answer {i}." for i in range(200)]
    lines[51] = '"Question 50?,Answer 50.'  # the quote never closes
    corpus = tmp_path / "qa.csv"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    manifest, rejects, exported = _run([corpus], tmp_path / "run")
    assert manifest["counts"]["input"] == 200
    assert [(r["reason"], r["source_line"]) for r in rejects] == [("malformed_csv", 52)]
    assert len(exported) == 199
    assert "Question 199?" in {r["instruction"] for r in exported}


@pytest.mark.parametrize(
    ("encoding", "texts"),
    [
        ("latin-1", ["Traduisez la phrase suivante, s'il vous plaît.", "Déjà vu à la française."]),
        ("cp1252", ["Übersetzen Sie den folgenden Satz ins Englische.", "Grüße aus München – „Zitat“."]),
        ("shift_jis", ["次の文を英語に翻訳してください。", "今日はとても良い天気ですね。"]),
        ("euc_kr", ["다음 문장을 영어로 번역하세요.", "오늘 날씨가 아주 좋네요."]),
    ],
)
def test_legacy_encodings_are_rejected_as_unknown_never_exported_as_chinese(tmp_path, encoding, texts):
    rows = [{"instruction": texts[i % 2], "output": texts[(i + 1) % 2]} for i in range(300)]
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "legacy.jsonl").write_bytes(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode(encoding)
    )
    (folder / "ok.jsonl").write_text("".join(json.dumps(r) + "\n" for r in _rows(10)), encoding="utf-8")
    manifest, _, exported = _run([folder], tmp_path / "run")
    assert manifest["counts"] == {"input": 10, "exported": 10, "rejected": 0, "duplicates": 0, "review": 0}
    assert {r["lang"] for r in exported} == {"en"}
    legacy = next(f for f in manifest["inputs"] if f["file"] == "legacy.jsonl")
    assert (legacy["status"], legacy["encoding"], legacy["items"]) == ("rejected", None, 0)
    assert (legacy["problem"]["reason"], legacy["problem"]["unread_lines"]) == ("unknown_encoding", 300)
    assert legacy["problem"]["detail"].startswith(
        "corpus/legacy.jsonl: the file's encoding is not one we detect reliably"
    )
    ingest = manifest["stages"][0]
    assert (ingest["counters"]["files_rejected"], ingest["counters"]["unread_lines"]) == (1, 300)


def test_gbk_is_still_read(tmp_path):
    corpus = tmp_path / "faq.tsv"
    rows = _rows(50, "zh")
    corpus.write_bytes(
        ("instruction\toutput\n" + "".join(f"{r['instruction']}\t{r['output']}\n" for r in rows)).encode("gbk")
    )
    manifest, _, exported = _run([corpus], tmp_path / "run")
    assert manifest["inputs"][0]["encoding"] == "gb18030"
    assert len(exported) == 50 and {r["lang"] for r in exported} == {"zh"}


def test_lone_surrogates_deep_nesting_and_an_unreadable_file_do_not_stop_the_run(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    lines = [json.dumps(r) for r in _rows(4)]
    lines[1] = '{"instruction": "q", "output": "\\ud800"}'
    lines[2] = '{"instruction": "q", "output": "a", "meta": ' + "[" * 100_000 + "]" * 100_000 + "}"
    (folder / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "b.json").write_text("[" + "[" * 100_000 + "]" * 100_000 + ', {"instruction": "x", "output": "y"}]')
    locked = folder / "locked.jsonl"
    locked.write_text(json.dumps(_rows(1)[0]) + "\n", encoding="utf-8")
    real_open = os.open

    def deny(path, flags, *args, **kwargs):  # tests run as root here: chmod 000 would not stop a read
        if os.fspath(path) == str(locked.resolve()):
            raise PermissionError(13, "Permission denied")
        return real_open(path, flags, *args, **kwargs)

    with patch("pipeline.io.corpus.os.open", deny):
        manifest, rejects, exported = _run([folder], tmp_path / "run")
    assert manifest["counts"]["input"] == 6
    assert len(exported) == 3
    assert sorted((r["source_file"], r["source_line"], r["reason"]) for r in rejects) == [
        ("a.jsonl", 2, "invalid_unicode"),
        ("a.jsonl", 3, "nesting_too_deep"),
        ("b.json", 1, "nesting_too_deep"),
    ]
    details = {(r["source_file"], r["reason"]): r["detail"] for r in rejects}
    assert details["a.jsonl", "invalid_unicode"] == (
        "corpus/a.jsonl: line 2: field 'output' holds a lone surrogate (\\ud800-\\udfff), not valid Unicode"
    )
    assert details["b.json", "nesting_too_deep"] == "corpus/b.json: line 1: nested deeper than 64 levels"
    entry = next(f for f in manifest["inputs"] if f["file"] == "locked.jsonl")
    assert entry["status"] == "rejected"
    assert entry["problem"]["reason"] == "unreadable_file"
    assert entry["problem"]["detail"] == "corpus/locked.jsonl: cannot open the file (Permission denied)"


def test_fifos_dangling_links_loops_and_links_out_are_skipped_and_reported(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "ok.jsonl").write_text(json.dumps(_rows(1)[0]) + "\n", encoding="utf-8")
    secret = tmp_path / "secret.jsonl"
    secret.write_text(json.dumps({"instruction": "What is the key?", "output": "TOP-SECRET-42"}) + "\n")
    os.mkfifo(folder / "pipe.jsonl")  # a plain open() would block forever
    (folder / "gone.jsonl").symlink_to(tmp_path / "gone.jsonl")
    (folder / "loop.jsonl").symlink_to(folder / "loop.jsonl")
    (folder / "secret.jsonl").symlink_to(secret)
    (folder / "readme.md").write_text("# notes\n")
    manifest, _, exported = _run([folder], tmp_path / "run")
    assert manifest["counts"]["input"] == 1 and len(exported) == 1
    assert "TOP-SECRET-42" not in json.dumps(exported)
    assert [(s["path"], s["reason"]) for s in manifest["skipped"]] == [
        ("gone.jsonl", "dangling_link"),
        ("loop.jsonl", "symlink_loop"),
        ("pipe.jsonl", "not_a_regular_file"),
        ("readme.md", "unknown_file_type"),
        ("secret.jsonl", "outside_root"),
    ]
    assert manifest["stages"][0]["counters"]["paths_skipped"] == 5


def test_the_real_command_exits_0_on_hostile_input(tmp_path):
    corpus = tmp_path / "hostile.jsonl"
    corpus.write_bytes(
        b'{"instruction": "q", "output": "\\udfff"}\n'
        + b"[" * 100_000
        + b"\n"
        + b'{"instruction": "caf\xe9", "output": "x"}\n'
        + json.dumps(_rows(1)[0]).encode()
        + b"\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    code = (
        "import sys; from tests.support.stages import only_stages; from pipeline.cli import main\n"
        "with only_stages(): sys.exit(main(sys.argv[1:]))"
    )
    out = tmp_path / "run"
    proc = subprocess.run(
        [sys.executable, "-c", code, "run", "--quiet", "--corpus", str(corpus), "--out", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert "records in 4 = exported 1 + rejected 3" in proc.stdout


def test_the_summary_and_the_run_report_show_files_not_read(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "ok.jsonl").write_text(json.dumps(_rows(1)[0]) + "\n", encoding="utf-8")
    (folder / "fr.jsonl").write_bytes(
        "".join(
            json.dumps({"instruction": "Traduisez: déjà vu, café crème.", "output": "Très bien."}, ensure_ascii=False)
            + "\n"
            for _ in range(40)
        ).encode("latin-1")
    )
    (folder / "notes.txt").write_text("x")
    stdout, stderr = io.StringIO(), io.StringIO()
    with only_stages():
        code = main(["run", "--quiet", "--corpus", str(folder), "--out", str(tmp_path / "run")], stdout, stderr)
    assert code == 0, stderr.getvalue()
    assert (
        "files not read to the end: 1 (40 lines and 0 Parquet rows not read); paths skipped: 1 "
        "(manifest: inputs[].problem, skipped)"
    ) in stdout.getvalue()
    report = (tmp_path / "run" / "reports" / "index.html").read_text(encoding="utf-8")
    assert "<h2>Input files not read</h2>" in report
    assert "<td>corpus/fr.jsonl</td><td>rejected</td><td>unknown_encoding</td>" in report
    assert "<td>corpus/notes.txt</td><td>unknown_file_type</td>" in report
    assert "déjà" not in report and "Traduisez" not in report
