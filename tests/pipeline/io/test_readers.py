import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.io.readers import FileInfo, FileProblem, read_items


def _items(tmp_path, name, content, fmt):
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    info = FileInfo(format=fmt)
    return list(read_items(path, fmt, info)), info


def test_json_array_items_carry_index_line_and_size(tmp_path):
    text = '[\n {"a": "x"},\n {"a": "中文"}\n]\n'
    items, info = _items(tmp_path, "a.json", text, "json")
    assert [(i.index, i.line, i.obj) for i in items] == [(0, 2, {"a": "x"}), (1, 3, {"a": "中文"})]
    assert items[1].size == len('{"a": "中文"}'.encode())
    assert info.encoding == "utf-8"


def test_malformed_json_array_keeps_elements_before_the_error(tmp_path):
    text = '[{"a": 1},\n{"a": 2},\n{"a": 3 "b": 4},\n{"a": 5}]'
    items, _ = _items(tmp_path, "a.json", text, "json")
    assert [i.obj for i in items[:2]] == [{"a": 1}, {"a": 2}]
    bad = items[2]
    assert bad.reason == "malformed_json"
    assert (
        bad.detail
        == "line 3, column 9: Expecting ',' delimiter; element 2 and the rest of the file could not be parsed"
    )
    assert len(items) == 3


def test_unclosed_json_array(tmp_path):
    items, _ = _items(tmp_path, "a.json", '[{"a": 1}', "json")
    assert items[-1].reason == "malformed_json"
    assert items[-1].detail == "unexpected end of file: the JSON array is not closed with ']'"


def test_json_that_is_not_an_array_is_a_file_problem(tmp_path):
    with pytest.raises(FileProblem) as info:
        _items(tmp_path, "a.json", '\n{"a": 1}', "json")
    assert info.value.reason == "malformed_json"
    assert info.value.detail == "line 2: expected a JSON array of objects ('[' ...)"


def test_trailing_garbage_after_array(tmp_path):
    items, _ = _items(tmp_path, "a.json", '[{"a": 1}]\n\nxyz', "json")
    assert items[0].obj == {"a": 1}
    assert (items[1].reason, items[1].detail) == (
        "malformed_json",
        "line 3: unexpected data after the end of the JSON array",
    )


@pytest.mark.parametrize("text", ["", "   \n", "[]", " [ ] \n"])
def test_empty_json_files_yield_nothing(tmp_path, text):
    assert _items(tmp_path, "a.json", text, "json")[0] == []


def test_jsonl_bad_lines_are_items_and_blank_lines_are_skipped(tmp_path):
    text = '{"a": 1}\n\n{"a": \n{"a": 3}\n'
    items, _ = _items(tmp_path, "a.jsonl", text, "jsonl")
    assert [(i.index, i.line, i.obj, i.reason) for i in items] == [
        (0, 1, {"a": 1}, None),
        (1, 3, None, "malformed_json"),
        (2, 4, {"a": 3}, None),
    ]
    assert items[1].detail == "line 3, column 7: Expecting value"


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
    with pytest.raises(FileProblem) as info:
        _items(tmp_path, "a.csv", "a,a\n1,2\n", "csv")
    assert info.value.reason == "malformed_csv"


def test_tsv_in_gbk(tmp_path):
    items, info = _items(tmp_path, "a.tsv", "question\tanswer\n你好吗？\t我很好。\n".encode("gbk"), "tsv")
    assert items[0].obj == {"question": "你好吗？", "answer": "我很好。"}
    assert info.encoding == "gb18030"


def test_undecodable_text_file(tmp_path):
    with pytest.raises(FileProblem) as info:
        _items(tmp_path, "a.jsonl", b'{"a": "caf\xe9 cr\xe8me"}\n', "jsonl")
    assert info.value.reason == "undecodable"
    assert info.value.detail == "cannot decode the file: line 1 (byte 10): not valid UTF-8, UTF-16 or GB18030 text"


def test_parquet_rows(tmp_path):
    path = tmp_path / "a.parquet"
    pq.write_table(pa.table({"instruction": ["i"], "output": ["o"]}), path)
    items = list(read_items(path, "parquet", FileInfo(format="parquet")))
    assert items[0].obj == {"instruction": "i", "output": "o"}
    assert items[0].size == len(json.dumps({"instruction": "i", "output": "o"}))


def test_corrupt_parquet(tmp_path):
    path = tmp_path / "a.parquet"
    path.write_bytes(b"PAR1 not really parquet")
    with pytest.raises(FileProblem) as info:
        list(read_items(path, "parquet", FileInfo(format="parquet")))
    assert info.value.reason == "unreadable_file"


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
def test_jsonl_is_streamed_with_the_same_items_as_the_whole_file_reader(tmp_path, bom):
    from pipeline.io.readers import FileInfo, _read_jsonl, read_items

    lines = [
        '{"instruction": "a", "output": "b"}',
        "",
        '{"instruction": "行\u2028分隔", "output": "c"}\r',
        "not json",
        "\u3000",
        '{"instruction": "x", "output": "y"}',
    ]
    path = tmp_path / "c.jsonl"
    path.write_bytes(bom + "\n".join(lines).encode("utf-8"))
    info = FileInfo(format="jsonl")
    streamed = list(read_items(path, "jsonl", info))
    assert info.encoding == ("utf-8-sig" if bom else "utf-8")
    whole = list(_read_jsonl(path.read_bytes()[len(bom) :].decode("utf-8")))
    assert streamed == whole
    assert [i.reason for i in streamed] == [None, None, "malformed_json", None]


def test_jsonl_that_is_not_utf8_is_still_decoded_whole(tmp_path):
    from pipeline.io.readers import FileInfo, read_items

    path = tmp_path / "gbk.jsonl"
    path.write_bytes('{"instruction": "中文问题", "output": "中文回答"}\n'.encode("gb18030"))
    info = FileInfo(format="jsonl")
    items = list(read_items(path, "jsonl", info))
    assert info.encoding == "gb18030" and items[0].obj["output"] == "中文回答"
