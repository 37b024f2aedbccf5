import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.config import PipelineConfig, parse_config
from pipeline.core.records import RECORD_SCHEMA
from pipeline.errors import UsageError
from pipeline.io.corpus import corpus_specs
from pipeline.stages.ingest.stage import ingest, make_record_id, normalise_lang

CFG = PipelineConfig()


def _write(path, content):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def _run(paths, config=CFG):
    out = ingest(corpus_specs(paths), config)
    return out.result, out.files


def _outcome(paths, config=CFG):
    return ingest(corpus_specs(paths), config)


def _rejects(result):
    return [(r["reason"], r["detail"]) for r in result.rejected.to_pylist()]


@pytest.fixture
def corpus(tmp_path):
    root = tmp_path / "corpus"
    _write(
        root / "a.json",
        json.dumps(
            [
                {"id": 1, "instruction": "Say hi", "input": "", "output": "Hi!"},
                {"id": 2, "instruction": "说你好", "output": "你好！"},
            ],
            ensure_ascii=False,
        ),
    )
    _write(root / "b.jsonl", '{"prompt": "What is 2+2?", "completion": "4"}\n{"prompt": \n')
    _write(root / "c.csv", "question,answer\nWhy is the sky blue?,Rayleigh scattering.\n")
    _write(root / "d.tsv", "instruction\toutput\n中文问题\t中文回答\n".encode("gbk"))
    _write(
        root / "sub" / "e.jsonl",
        json.dumps({"messages": [{"role": "user", "content": "u"}, {"role": "assistant", "content": "a"}]}) + "\n",
    )
    pq.write_table(pa.table({"instruction": ["From parquet"], "output": ["yes"]}), root / "f.parquet")
    _write(root / "empty.jsonl", "")
    _write(root / "readme.md", "# not data\n")
    _write(root / ".hidden.jsonl", "not read\n")
    return root


def test_ingests_every_format_and_counts_reconcile(corpus):
    result, files = _run([corpus])
    assert result.kept.schema == RECORD_SCHEMA
    rows = result.kept.to_pylist()
    assert sorted(r["instruction"] for r in rows) == sorted(
        ["Say hi", "说你好", "What is 2+2?", "Why is the sky blue?", "中文问题", "u", "From parquet"]
    )
    assert _rejects(result) == [("malformed_json", "corpus/b.jsonl: line 2, column 12: Expecting value")]
    assert sum(f["items"] for f in files) == result.kept.num_rows + result.rejected.num_rows
    by_file = {f["file"]: f for f in files}
    assert by_file["d.tsv"]["encoding"] == "gb18030"
    assert by_file["empty.jsonl"]["items"] == 0
    assert {f["status"] for f in files} == {"read"}
    assert ".hidden.jsonl" not in by_file and "readme.md" not in by_file
    assert by_file["sub/e.jsonl"]["kept"] == 1
    assert {r["lang"] for r in rows if r["instruction"] in ("说你好", "中文问题")} == {"zh"}
    assert result.counters["files"] == 7
    # paths that are not read are reported, not counted as records
    assert ingest(corpus_specs([corpus]), CFG).skipped == [
        {
            "corpus": "corpus",
            "path": ".hidden.jsonl",
            "reason": "hidden",
            "detail": "corpus/.hidden.jsonl: hidden entry (its name starts with '.')",
        },
        {
            "corpus": "corpus",
            "path": "readme.md",
            "reason": "unknown_file_type",
            "detail": "corpus/readme.md: unsupported file type '.md' (supported: .json, .jsonl, .ndjson, .csv, .tsv, .parquet)",
        },
    ]


def test_provenance_and_ids_are_deterministic(corpus):
    first, _ = _run([corpus])
    second, _ = _run([corpus])
    assert first.kept.equals(second.kept)
    assert first.rejected.equals(second.rejected)
    row = next(r for r in first.kept.to_pylist() if r["instruction"] == "说你好")
    assert (row["corpus"], row["source_file"], row["source_index"], row["source_id"]) == ("corpus", "a.json", 1, "2")
    assert row["record_id"] == make_record_id("corpus", "a.json", 1)
    ids = first.kept.column("record_id").to_pylist() + first.rejected.column("record_id").to_pylist()
    assert len(ids) == len(set(ids))


def test_ids_do_not_depend_on_where_the_corpus_lives(tmp_path, corpus):
    moved = tmp_path / "elsewhere" / "corpus"
    moved.parent.mkdir()
    corpus.rename(moved)
    result, _ = _run([moved])
    assert make_record_id("corpus", "a.json", 0) in result.kept.column("record_id").to_pylist()


def test_record_too_large(tmp_path):
    cfg = parse_config({"ingest": {"max_record_bytes": 50}}, source="t", base_dir=tmp_path)
    path = _write(tmp_path / "big.jsonl", json.dumps({"instruction": "x" * 60, "output": "y"}) + "\n")
    result, _ = _run([path], cfg)
    assert _rejects(result) == [
        ("record_too_large", "big/big.jsonl:1: record is 94 bytes, over the limit of 50 (ingest.max_record_bytes)")
    ]
    assert result.rejected.column("record").to_pylist() == [None]


def test_duplicate_original_ids_within_a_corpus(tmp_path):
    path = _write(
        tmp_path / "dup.jsonl",
        "\n".join(json.dumps({"id": "x", "instruction": f"q{i}", "output": "a"}) for i in range(3)) + "\n",
    )
    result, _ = _run([path])
    assert result.kept.num_rows == 1
    assert _rejects(result) == [
        ("duplicate_source_id", "dup/dup.jsonl:2: field 'id' repeats the id of the record at dup/dup.jsonl:1"),
        ("duplicate_source_id", "dup/dup.jsonl:3: field 'id' repeats the id of the record at dup/dup.jsonl:1"),
    ]


def test_repeated_ids_across_batches_keep_exact_shard_sizes(tmp_path):
    ids = ["a", "b", "a", "c", "b", "d", "e", "a", "f"]
    path = _write(
        tmp_path / "ids.jsonl",
        "".join(json.dumps({"id": i, "instruction": f"q{n}", "output": "a"}) + "\n" for n, i in enumerate(ids)),
    )
    shards = []
    out = ingest(corpus_specs([path]), CFG, sink=shards.append, batch_rows=2)
    assert [t.num_rows for t in shards] == [2, 2, 2]
    assert [r for t in shards for r in t.column("source_id").to_pylist()] == ["a", "b", "c", "d", "e", "f"]
    assert out.kept_rows == 6 and out.rejected_rows == 3
    assert _rejects(out.result) == [
        ("duplicate_source_id", "ids/ids.jsonl:3: field 'id' repeats the id of the record at ids/ids.jsonl:1"),
        ("duplicate_source_id", "ids/ids.jsonl:5: field 'id' repeats the id of the record at ids/ids.jsonl:2"),
        ("duplicate_source_id", "ids/ids.jsonl:8: field 'id' repeats the id of the record at ids/ids.jsonl:1"),
    ]
    assert (out.files[0]["kept"], out.files[0]["rejected"]) == (6, 3)


def test_same_original_id_in_two_corpora_is_fine(tmp_path):
    a = _write(tmp_path / "a.jsonl", json.dumps({"id": "x", "instruction": "q", "output": "a"}) + "\n")
    b = _write(tmp_path / "b.jsonl", json.dumps({"id": "x", "instruction": "q", "output": "a"}) + "\n")
    result, _ = _run([a, b])
    assert result.kept.num_rows == 2


def test_rejects_keep_the_raw_record_for_repair(tmp_path):
    path = _write(tmp_path / "t.jsonl", json.dumps({"instruction": "q", "output": 5}) + "\n")
    result, _ = _run([path])
    rec = result.rejected.to_pylist()[0]
    assert (rec["stage"], rec["reason"], rec["source_line"], rec["source_file"]) == (
        "ingest",
        "wrong_type",
        1,
        "t.jsonl",
    )
    assert json.loads(rec["record"])["output"] == 5


def test_a_file_in_an_unknown_encoding_is_a_file_level_reject_not_a_record(tmp_path):
    line = '{"instruction": "Traduisez: caf\xe9 cr\xe8me, d\xe9j\xe0 vu", "output": "ok"}\n'
    bad = _write(tmp_path / "c" / "bad.jsonl", (line * 5000).encode("latin-1"))
    _write(tmp_path / "c" / "good.jsonl", json.dumps({"instruction": "q", "output": "a"}) + "\n")
    result, files = _run([bad.parent])
    assert result.kept.num_rows == 1
    assert result.rejected.num_rows == 0  # not 1: the file is not a record
    by_file = {f["file"]: f for f in files}
    entry = by_file["bad.jsonl"]
    assert (entry["status"], entry["items"], entry["encoding"]) == ("rejected", 0, None)
    problem = entry["problem"]
    assert (problem["reason"], problem["line"], problem["unread_lines"]) == ("unknown_encoding", 1, 5000)
    assert problem["detail"].startswith("c/bad.jsonl: the file's encoding is not one we detect reliably: 20,000 places")
    assert by_file["good.jsonl"]["status"] == "read"
    assert (result.counters["files_rejected"], result.counters["unread_lines"]) == (1, 5000)
    assert result.counters["file_unknown_encoding"] == 1


def test_missing_corpus_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError, match=r"corpus path does not exist: .*nope"):
        corpus_specs([tmp_path / "nope"])


def test_corpus_names_are_made_unique(tmp_path):
    a = _write(tmp_path / "x" / "data.jsonl", "")
    b = _write(tmp_path / "y" / "data.jsonl", "")
    assert [s.name for s in corpus_specs([a, b])] == ["data", "data-2"]


def test_corpus_config_forces_lang_and_layout(tmp_path):
    cfg = parse_config(
        {"ingest": {"corpora": {"f": {"lang": "zh", "field_map": {"q": "instruction", "a": "output"}}}}},
        source="t",
        base_dir=tmp_path,
    )
    path = _write(tmp_path / "f.jsonl", json.dumps({"q": "English question", "a": "English answer"}) + "\n")
    result, _ = _run([path], cfg)
    assert result.kept.to_pylist()[0]["lang"] == "zh"


@pytest.mark.parametrize(
    ("tag", "lang"),
    [("zh-CN", "zh"), ("zh_TW", "zh"), ("English", "en"), ("en-us", "en"), ("fr", "fr"), ("klingon!", "other")],
)
def test_normalise_lang(tag, lang):
    assert normalise_lang(tag) == lang


line_strategy = st.one_of(
    st.builds(
        lambda i, o: json.dumps({"instruction": i, "output": o}, ensure_ascii=False),
        st.text(min_size=0, max_size=20),
        st.text(max_size=20),
    ),
    st.text(max_size=30).filter(lambda s: "\n" not in s),
    st.just('{"instruction": 1, "output": "x"}'),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=st.lists(line_strategy, max_size=15))
def test_every_nonblank_line_is_kept_or_rejected_exactly_once(tmp_path, lines):
    path = _write(tmp_path / "p.jsonl", "\n".join(lines) + "\n")
    result, files = _run([path])
    expected = sum(1 for ln in lines if ln.strip())
    assert result.kept.num_rows + result.rejected.num_rows == expected == files[0]["items"]


def test_jsonl_strings_may_contain_unicode_line_separators(tmp_path):
    text = "first\u2028second\x85third"
    path = _write(tmp_path / "u.jsonl", json.dumps({"instruction": text, "output": "ok"}, ensure_ascii=False) + "\n")
    result, _ = _run([path])
    assert result.kept.column("instruction").to_pylist() == [text]
