import codecs
import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.io.items import ReadLimits
from pipeline.io.json_array import read_json_array
from pipeline.io.readers import FileInfo, FileProblem, read_items


def _read(tmp_path, name, content, fmt, limits=None):
    """Items, the FileProblem that ended the reading (or None) and the FileInfo."""
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    items = []
    info = FileInfo(format=fmt)
    with path.open("rb") as fh:
        try:
            for item in read_items(fh, fmt, info, limits):
                items.append(item)
        except FileProblem as exc:
            return items, exc, info
    return items, None, info


def _items(tmp_path, name, content, fmt, limits=None):
    items, problem, info = _read(tmp_path, name, content, fmt, limits)
    assert problem is None, problem.detail
    return items, info


def _summary(items):
    return [(i.index, i.line, i.reason) for i in items]


# ---------------------------------------------------------------- JSON arrays


def test_json_array_items_carry_index_line_and_size(tmp_path):
    text = '[\n {"a": "x"},\n {"a": "中文"}\n]\n'
    items, info = _items(tmp_path, "a.json", text, "json")
    assert [(i.index, i.line, i.obj) for i in items] == [(0, 2, {"a": "x"}), (1, 3, {"a": "中文"})]
    assert items[1].size == len('{"a": "中文"}'.encode())
    assert info.encoding == "utf-8"


@pytest.mark.parametrize("chunk", [1, 2, 3, 7, 64, 10_000])
def test_json_array_in_any_chunking_gives_the_same_items(chunk):
    elements = [{"i": n, "text": "行\u2028" * n, "nested": [[n], {"k": "v"}]} for n in range(30)]
    text = "[\n" + ",\n".join(json.dumps(e, ensure_ascii=False) for e in elements) + "\n, 12345678\n]\n"
    chunks = iter([text[i : i + chunk] for i in range(0, len(text), chunk)])
    items = list(read_json_array(chunks, ReadLimits()))
    assert [i.obj for i in items] == [*elements, 12345678]
    assert [i.line for i in items] == [*range(2, 32), 32]


def test_malformed_json_array_keeps_elements_before_the_error(tmp_path):
    text = '[{"a": 1},\n{"a": 2},\n{"a": 3 "b": 4},\n{"a": 5}]'
    items, problem, _ = _read(tmp_path, "a.json", text, "json")
    assert [i.obj for i in items] == [{"a": 1}, {"a": 2}]
    assert (problem.reason, problem.line, problem.unread_lines) == ("malformed_json", 3, 2)
    assert problem.detail == (
        "line 3, column 9: Expecting ',' delimiter; element 2 and the rest of the file (2 lines from line 3) are not read"
    )


def test_unclosed_json_array(tmp_path):
    items, problem, _ = _read(tmp_path, "a.json", '[{"a": 1}', "json")
    assert [i.obj for i in items] == [{"a": 1}]
    assert problem.reason == "malformed_json"
    assert problem.detail.startswith("line 1, column 10: unexpected end of file: the JSON array is not closed with ']'")


def test_json_that_is_not_an_array_is_a_file_problem(tmp_path):
    items, problem, _ = _read(tmp_path, "a.json", '\n{"a": 1}\n{"b": 2}\n', "json")
    assert items == []
    assert (problem.reason, problem.line, problem.unread_lines) == ("malformed_json", 2, 3)
    assert problem.detail == "line 2: expected a JSON array of objects ('[' ...); the file is not read"


def test_trailing_garbage_after_array(tmp_path):
    items, problem, _ = _read(tmp_path, "a.json", '[{"a": 1}]\n\nxyz', "json")
    assert items[0].obj == {"a": 1}
    assert (problem.reason, problem.line, problem.unread_lines) == ("malformed_json", 3, 1)
    assert problem.detail == (
        "line 3, column 1: unexpected data after the end of the JSON array; the rest of the file (1 line) is not read"
    )


@pytest.mark.parametrize("text", ["", "   \n", "[]", " [ ] \n"])
def test_empty_json_files_yield_nothing(tmp_path, text):
    assert _items(tmp_path, "a.json", text, "json")[0] == []


def test_json_array_element_with_a_bad_byte_is_rejected_alone(tmp_path):
    elements = [json.dumps({"instruction": f"q{i}", "output": "答"}, ensure_ascii=False) for i in range(5000)]
    data = bytearray(("[\n" + ",\n".join(elements) + "\n]\n").encode("utf-8"))
    data[data.index(b'"q1234"') + 2] = 0xFF
    items, info = _items(tmp_path, "a.json", bytes(data), "json")
    assert len(items) == 5000
    assert info.encoding == "utf-8"
    bad = [i for i in items if i.reason]
    assert [(i.index, i.line, i.reason, i.detail) for i in bad] == [
        (
            1234,
            1236,
            "undecodable",
            "line 1236: element 1234 holds bytes that are not valid text in the file's encoding",
        )
    ]


def test_json_array_lone_surrogate_and_deep_nesting_are_rejected_alone(tmp_path):
    deep = "[" * 100_000 + "]" * 100_000
    text = (
        '[{"instruction": "q", "output": "\\ud800"},\n'
        + deep
        + ',\n{"instruction": "ok", "output": "\\ud83d\\ude00"},\n{"x": '
        + "[" * 70
        + "]" * 70
        + "}]"
    )
    items, _ = _items(tmp_path, "a.json", text, "json")
    assert [(i.index, i.line, i.reason) for i in items] == [
        (0, 1, "invalid_unicode"),
        (1, 2, "nesting_too_deep"),
        (2, 3, None),
        (3, 4, "nesting_too_deep"),
    ]
    assert items[0].detail == "line 1: field 'output' holds a lone surrogate (\\ud800-\\udfff), not valid Unicode"
    assert items[1].detail == "line 2: nested deeper than 64 levels"
    assert items[2].obj["output"] == "😀"
    assert items[3].detail.startswith("line 4: nested deeper than 64 levels at field 'x[0][0][0][0][0]...'")


def test_json_array_element_over_the_window_is_skipped_without_holding_it():
    limits = ReadLimits(max_record_bytes=100)  # the reader holds at most 2 * 100 + 1024 characters
    big = json.dumps({"instruction": "q", "output": "x" * 5000, "more": ["[", "{", '"', "\\"]})
    text = f'[{{"a": 1}},\n{big},\n{{"a": 2}}, "{"y" * 3000}"]'
    chunks = iter([text[i : i + 100] for i in range(0, len(text), 100)])
    items = list(read_json_array(chunks, limits))
    assert _summary(items) == [(0, 1, None), (1, 2, "record_too_large"), (2, 3, None), (3, 3, "record_too_large")]
    assert items[1].detail == f"line 2: element 1 is {len(big):,} bytes, over the limit"
    assert items[2].obj == {"a": 2}


def test_json_array_element_over_the_limit_but_in_the_window_is_read_for_ingest_to_reject(tmp_path):
    big = json.dumps({"instruction": "q", "output": "x" * 500})
    items, _ = _items(tmp_path, "a.json", f"[{big}]", "json", ReadLimits(max_record_bytes=100))
    assert (items[0].reason, items[0].size) == (None, len(big))


# ---------------------------------------------------------------- JSON Lines


def test_jsonl_bad_lines_are_items_and_blank_lines_are_skipped(tmp_path):
    text = '{"a": 1}\n\n{"a": \n{"a": 3}\n'
    items, _ = _items(tmp_path, "a.jsonl", text, "jsonl")
    assert [(i.index, i.line, i.obj, i.reason) for i in items] == [
        (0, 1, {"a": 1}, None),
        (1, 3, None, "malformed_json"),
        (2, 4, {"a": 3}, None),
    ]
    assert items[1].detail == "line 3, column 7: Expecting value"


def test_jsonl_line_with_a_bad_byte_is_rejected_alone(tmp_path):
    lines = [json.dumps({"instruction": f"q{i}", "output": "答案"}, ensure_ascii=False) for i in range(5000)]
    data = bytearray(("\n".join(lines) + "\n").encode("utf-8"))
    data[data.index(b'"q2345"') + 3] = 0xC3  # a lead byte followed by ASCII
    items, info = _items(tmp_path, "a.jsonl", bytes(data), "jsonl")
    assert len(items) == 5000 and info.encoding == "utf-8"
    bad = [(i.index, i.line, i.reason, i.detail) for i in items if i.reason]
    assert bad == [
        (2345, 2346, "undecodable", "line 2346, column 20: bytes that are not valid text in the file's encoding")
    ]


def test_jsonl_lone_surrogate_deep_nesting_and_long_lines(tmp_path):
    lines = [
        '{"instruction": "q", "output": "\\udc00x"}',
        '{"instruction": "q", "output": "a", "meta": ' + "[" * 100_000 + "]" * 100_000 + "}",
        '{"\\ud800key": 1}',
        json.dumps({"instruction": "q", "output": "y" * 2000}),
        '{"instruction": "q", "output": "fine"}',
    ]
    items, _ = _items(tmp_path, "a.jsonl", "\n".join(lines), "jsonl", ReadLimits(max_record_bytes=100))
    assert [(i.index, i.line, i.reason) for i in items] == [
        (0, 1, "invalid_unicode"),
        (1, 2, "record_too_large"),
        (2, 3, "invalid_unicode"),
        (3, 4, "record_too_large"),
        (4, 5, None),
    ]
    assert items[2].detail == "line 3: a field name in '(the item)' holds a lone surrogate, not valid Unicode"
    assert items[3].detail == "line 4: the line is 2,034 bytes, over the limit of 100 (ingest.max_record_bytes)"
    deep_line = '{"instruction": "q", "output": "a", "meta": ' + "[" * 5000 + "]" * 5000 + "}"
    items, _ = _items(tmp_path, "b.jsonl", deep_line + "\n", "jsonl")
    assert [(i.reason, i.detail) for i in items] == [("nesting_too_deep", "line 1: nested deeper than 64 levels")]


@pytest.mark.parametrize("bom", [b"", codecs.BOM_UTF8])
def test_jsonl_keeps_unicode_line_separators_and_crlf(tmp_path, bom):
    lines = [
        '{"instruction": "a", "output": "b"}',
        "",
        '{"instruction": "行\u2028分隔", "output": "c"}\r',
        "not json",
        "\u3000",
        '{"instruction": "x", "output": "y"}',
    ]
    items, info = _items(tmp_path, "c.jsonl", bom + "\n".join(lines).encode("utf-8"), "jsonl")
    assert info.encoding == ("utf-8-sig" if bom else "utf-8")
    assert [(i.line, i.reason) for i in items] == [(1, None), (3, None), (4, "malformed_json"), (6, None)]
    assert items[1].obj["instruction"] == "行\u2028分隔"


def test_jsonl_in_utf16(tmp_path):
    text = '{"instruction": "中文", "output": "a"}\n\n{"instruction": "b", "output": "c"}'
    items, info = _items(tmp_path, "u.jsonl", codecs.BOM_UTF16_LE + text.encode("utf-16-le"), "jsonl")
    assert info.encoding == "utf-16"
    assert [(i.line, i.obj["instruction"]) for i in items] == [(1, "中文"), (3, "b")]


def test_jsonl_in_gb18030(tmp_path):
    lines = [
        json.dumps({"instruction": f"中文问题{i}，请回答。", "output": "中文回答。"}, ensure_ascii=False)
        for i in range(20)
    ]
    items, info = _items(tmp_path, "gbk.jsonl", "\n".join(lines).encode("gb18030"), "jsonl")
    assert info.encoding == "gb18030"
    assert items[3].obj["instruction"] == "中文问题3，请回答。"


def test_a_file_in_an_unknown_encoding_is_one_file_problem_with_its_lines(tmp_path):
    lines = [
        json.dumps({"instruction": "Traduisez la phrase, s'il vous plaît.", "output": "Déjà vu"}, ensure_ascii=False)
    ] * 30
    items, problem, info = _read(tmp_path, "fr.jsonl", ("\n".join(lines) + "\n").encode("cp1252"), "jsonl")
    assert items == []
    assert info.encoding is None
    assert (problem.reason, problem.line, problem.unread_lines) == ("unknown_encoding", 1, 30)
    assert problem.detail.startswith(
        "the file's encoding is not one we detect reliably: 90 places are not valid UTF-8, the first on line 1; it "
    )
    assert problem.detail.endswith("; convert the file to UTF-8; the file is not read")


# ---------------------------------------------------------------- CSV and TSV


def test_csv_with_quotes_and_multiline_cells(tmp_path):
    text = 'prompt,response\n"Say ""hi""","line one\nline two"\nplain,text\n'
    items, _ = _items(tmp_path, "a.csv", text, "csv")
    assert [i.obj for i in items] == [
        {"prompt": 'Say "hi"', "response": "line one\nline two"},
        {"prompt": "plain", "response": "text"},
    ]
    assert [i.line for i in items] == [2, 4]


def test_csv_row_with_wrong_column_count(tmp_path):
    items, _ = _items(tmp_path, "a.csv", "a,b\n1,2\n1,2,3\n4,5\n", "csv")
    assert [i.reason for i in items] == [None, "malformed_csv", None]
    assert items[1].detail == "line 3: expected 2 columns, found 3"


def test_csv_header_with_repeated_names(tmp_path):
    items, problem, _ = _read(tmp_path, "a.csv", "a,a\n1,2\n", "csv")
    assert items == []
    assert (problem.reason, problem.line) == ("malformed_csv", 1)
    assert problem.detail == "line 1: the header row has empty or repeated column names; the file is not read"


def test_a_broken_quote_rejects_to_the_next_readable_row_and_counts_every_line(tmp_path):
    text = (
        "instruction,output\n"  # 1
        "q1,a1\n"  # 2
        '"q2 opens a quote,a2\n'  # 3  broken: the quote never closes
        '"q3 too,a3\n'  # 4  read again on its own: not a row
        "\n"  # 5  blank
        "q4 has,three,columns\n"  # 6  not a row with two columns
        "q5,a5\n"  # 7  a row: reading goes on normally
        'q6,"a6 spans\n'  # 8  a good multi-line row after the recovery
        'two lines"\n'  # 9
        "q7,a7\n"  # 10
    )
    items, _ = _items(tmp_path, "a.csv", text, "csv")
    assert [(i.index, i.line, i.reason) for i in items] == [
        (0, 2, None),
        (1, 3, "malformed_csv"),
        (2, 4, "malformed_csv"),
        (3, 6, "malformed_csv"),
        (4, 7, None),
        (5, 8, None),
        (6, 10, None),
    ]
    assert items[1].detail == (
        "line 3: a quoted field opened here does not close properly (',' expected after '\"'); "
        "the following lines are read again one by one"
    )
    assert items[2].detail == "line 4: not a complete row while recovering from the broken row on line 3"
    assert items[4].obj == {"instruction": "q5", "output": "a5"}
    assert items[5].obj == {"instruction": "q6", "output": "a6 spans\ntwo lines"}


def test_a_quote_that_closes_in_the_wrong_row_is_recovered(tmp_path):
    text = 'a,b\n"x,1\n"y",2\nz,3\n'
    items, _ = _items(tmp_path, "a.csv", text, "csv")
    assert [(i.line, i.reason) for i in items] == [(2, "malformed_csv"), (3, None), (4, None)]
    assert [i.obj for i in items[1:]] == [{"a": "y", "b": "2"}, {"a": "z", "b": "3"}]


def test_a_broken_quote_in_a_long_file_does_not_swallow_it(tmp_path):
    rows = [f"q{i},a{i}" for i in range(5000)]
    rows[10] = '"q10,a10'
    items, _ = _items(tmp_path, "a.csv", "instruction,output\n" + "\n".join(rows) + "\n", "csv")
    assert len(items) == 5000
    assert [(i.line, i.reason) for i in items if i.reason] == [(12, "malformed_csv")]


def test_an_unclosed_quote_over_the_row_limit_is_given_up(tmp_path):
    rows = ['"q0,a0'] + [f"q{i},{'x' * 100}" for i in range(1, 20)]
    limits = ReadLimits(max_record_bytes=200)  # a row may span 2 * 200 + 1024 bytes
    items, _ = _items(tmp_path, "a.csv", "instruction,output\n" + "\n".join(rows) + "\n", "csv", limits)
    assert len(items) == 20
    assert items[0].detail == (
        "line 2: a quoted field opened here does not close properly (the row is longer than the limit); "
        "the following lines are read again one by one"
    )
    assert [i.reason for i in items[1:]] == [None] * 19


def test_csv_row_with_a_bad_byte_is_rejected_alone(tmp_path):
    rows = [f"Question {i},Answer {i} ✓" for i in range(5000)]
    data = bytearray(("instruction,output\n" + "\n".join(rows) + "\n").encode("utf-8"))
    data[data.index(b"Question 4321,") + 2] = 0x80
    items, _ = _items(tmp_path, "a.csv", bytes(data), "csv")
    assert len(items) == 5000
    assert [(i.index, i.line, i.reason, i.detail) for i in items if i.reason] == [
        (4321, 4323, "undecodable", "line 4323, column 3: bytes that are not valid text in the file's encoding")
    ]


def test_tsv_in_gbk(tmp_path):
    text = "question\tanswer\n" + "".join(f"问题{i}：你好吗？\t回答：我很好，谢谢。\n" for i in range(5))
    items, info = _items(tmp_path, "a.tsv", text.encode("gbk"), "tsv")
    assert items[0].obj == {"question": "问题0：你好吗？", "answer": "回答：我很好，谢谢。"}
    assert info.encoding == "gb18030"


def test_csv_in_utf16_with_a_multiline_cell(tmp_path):
    text = 'instruction,output\r\n"多行\r\n问题",回答\r\nq,a\r\n'
    items, info = _items(tmp_path, "a.csv", codecs.BOM_UTF16_BE + text.encode("utf-16-be"), "csv")
    assert info.encoding == "utf-16"
    assert [(i.line, i.obj) for i in items] == [
        (2, {"instruction": "多行\r\n问题", "output": "回答"}),
        (4, {"instruction": "q", "output": "a"}),
    ]


# ---------------------------------------------------------------- Parquet


def test_parquet_rows(tmp_path):
    path = tmp_path / "a.parquet"
    pq.write_table(pa.table({"instruction": ["i"], "output": ["o"]}), path)
    with path.open("rb") as fh:
        items = list(read_items(fh, "parquet", FileInfo(format="parquet")))
    assert items[0].obj == {"instruction": "i", "output": "o"}
    assert items[0].size == len(json.dumps({"instruction": "i", "output": "o"}))


def test_parquet_is_read_in_batches_over_row_groups(tmp_path):
    path = tmp_path / "a.parquet"
    n = 5000
    pq.write_table(
        pa.table({"instruction": [f"q{i}" for i in range(n)], "output": ["o"] * n}), path, row_group_size=700
    )
    with path.open("rb") as fh:
        items = list(read_items(fh, "parquet", FileInfo(format="parquet")))
    assert [i.index for i in items] == list(range(n))
    assert items[4321].obj["instruction"] == "q4321"


def test_corrupt_parquet(tmp_path):
    items, problem, _ = _read(tmp_path, "a.parquet", b"PAR1 not really parquet", "parquet")
    assert items == []
    assert problem.reason == "malformed_parquet"
    assert problem.detail.startswith("cannot read the Parquet file's metadata (")
