import pyarrow as pa

from pipeline.core.split import assign_split, content_keys, split_of, table_splits


def test_split_is_deterministic_and_close_to_ratio():
    ids = [f"r{i}" for i in range(20000)]
    a = assign_split(ids, 0.02, "s")
    assert a == assign_split(list(ids), 0.02, "s")
    share = a.count("validation") / len(a)
    assert 0.017 < share < 0.023
    assert split_of("r1", 0.0, "s") == "train" and split_of("r1", 1.0, "s") == "validation"
    assert assign_split(ids[:500], 0.5, "s") != assign_split(ids[:500], 0.5, "other-salt")


def test_split_does_not_depend_on_other_records():
    assert split_of("abc", 0.3, "s") == assign_split(["x", "abc", "y"], 0.3, "s")[1]


def _table(rows, **extra):
    cols = {name: [r[i] for r in rows] for i, name in enumerate(("instruction", "input", "output"))}
    return pa.table({**cols, **extra})


def test_content_key_is_the_normalised_instruction_input_and_output():
    t = _table(
        [
            ("Hello  World", "", "A\tB"),
            ("ｈｅｌｌｏ\u3000WORLD ", None, " a b\n"),  # full width, ideographic space, case, null input
            ("你好", "上下文", "答案"),
        ]
    )
    assert content_keys(t) == ["hello world\x1f\x1fa b", "hello world\x1f\x1fa b", "你好\x1f上下文\x1f答案"]


def test_the_split_follows_the_content_not_the_id_file_or_position():
    rows = [(f"Question {i}?", "", f"Answer {i}.") for i in range(400)]
    a = table_splits(_table(rows, record_id=[f"a{i}" for i in range(400)], source_file=["x.jsonl"] * 400), 0.3, "s")
    shuffled = rows[::-1]
    b = table_splits(_table(shuffled, record_id=[f"b{i}" for i in range(400)], source_file=["y.csv"] * 400), 0.3, "s")
    assert a == b[::-1]
    assert 0.2 < a.count("validation") / 400 < 0.4
    assert a == assign_split([f"question {i}?\x1f\x1fanswer {i}." for i in range(400)], 0.3, "s")


def test_a_table_without_an_input_column_splits_like_empty_inputs():
    with_input = _table([("q", "", "a"), ("q2", None, "a2")])
    without = pa.table({"instruction": ["q", "q2"], "output": ["a", "a2"]})
    assert table_splits(with_input, 0.5, "s") == table_splits(without, 0.5, "s")
    assert table_splits(without.slice(0, 0), 0.5, "s") == []
