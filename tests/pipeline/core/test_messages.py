from pipeline.core.messages import build_messages, messages_array
from tests.pipeline.stages.export.test_stage import _table


def test_build_messages_golden():
    row = {"system": "S", "history": [["u0", "a0"]], "instruction": "Translate", "input": "你好", "output": "Hello"}
    assert build_messages(row) == [
        {"role": "system", "content": "S"},
        {"role": "user", "content": "u0"},
        {"role": "assistant", "content": "a0"},
        {"role": "user", "content": "Translate\n\n你好"},
        {"role": "assistant", "content": "Hello"},
    ]
    assert build_messages({"instruction": "Q", "input": "", "output": "A"}) == [
        {"role": "user", "content": "Q"},
        {"role": "assistant", "content": "A"},
    ]


def test_messages_column_matches_build_messages_for_every_row():
    table = _table(60)
    assert messages_array(table).to_pylist() == [build_messages(r) for r in table.to_pylist()]
