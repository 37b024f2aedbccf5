"""Strict YAML reading: duplicate keys, NaN and infinity, nesting and size limits; no value in any message."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.config import load_config, parse_config
from pipeline.config.yaml_file import MAX_BYTES, MAX_DEPTH, MAX_NODES, key_text, load_yaml_file
from pipeline.errors import ConfigError

SECRET = "13812345678"
"""A value that must never appear in a message (a phone number standing for personal data)."""


def _error(tmp_path, text: str) -> str:
    path = tmp_path / "c.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    message = str(info.value)
    assert "\n" not in message
    return message.removeprefix(f"{path}: ")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "export:\n  validation_ratio: .nan\n",
            "key 'export.validation_ratio' must be a finite number (NaN and infinity are refused)",
        ),
        (
            "export:\n  validation_ratio: .inf\n",
            "key 'export.validation_ratio' must be a finite number (NaN and infinity are refused)",
        ),
        (
            "export:\n  validation_ratio: -.Inf\n",
            "key 'export.validation_ratio' must be a finite number (NaN and infinity are refused)",
        ),
        (
            "agreement:\n  label_values:\n    good: .NaN\n",
            "key 'agreement.label_values.good' must be a finite number (NaN and infinity are refused)",
        ),
        (
            "clean:\n  max_top_ngram_frac: [0.1, .nan, 0.2]\n",
            "key 'clean.max_top_ngram_frac[1]' must be a finite number (NaN and infinity are refused)",
        ),
        (
            f"export:\n  split_salt: s{SECRET}\n  validation_ratio: 0.1\n  split_salt: s{SECRET}\n",
            "line 4, column 3: key 'split_salt' is given twice in one mapping (first at line 2)",
        ),
        (
            "export:\n  validation_ratio: 0.1\nexport:\n  validation_ratio: 0.2\n",
            "line 3, column 1: key 'export' is given twice in one mapping (first at line 1)",
        ),
        (
            "dedup: {threshold: 0.5, threshold: 0.9}\n",
            "line 1, column 25: key 'threshold' is given twice in one mapping (first at line 1)",
        ),
    ],
)
def test_non_finite_numbers_and_duplicate_keys_are_refused_by_key(tmp_path, text, message):
    assert _error(tmp_path, text) == message


def test_deep_nesting_is_refused_with_the_line(tmp_path):
    block = "a:\n" + "".join("  " * (i + 1) + "k:\n" for i in range(MAX_DEPTH + 5)) + "  " * (MAX_DEPTH + 6) + "v: 1\n"
    assert _error(tmp_path, block) == f"line {MAX_DEPTH + 1}: nesting is deeper than {MAX_DEPTH} levels"
    flow = "x: " + "[" * 100_000 + "]" * 100_000 + "\n"  # PyYAML alone would hit the recursion limit
    assert _error(tmp_path, flow) == f"line 1: nesting is deeper than {MAX_DEPTH} levels"


def test_an_alias_bomb_is_refused(tmp_path):
    lines = ['a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"]']
    for prev, name in zip("abcde", "bcdef", strict=True):
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 10) + "]")
    assert _error(tmp_path, "\n".join(lines) + "\n") == (
        f"more than {MAX_NODES:,} values (counting every use of an alias)"
    )


def test_a_file_over_the_size_limit_is_refused(tmp_path):
    text = "# " + "x" * MAX_BYTES + "\n"
    assert _error(tmp_path, text) == f"config file is larger than {MAX_BYTES:,} bytes"


def test_merge_keys_may_override_what_they_merge(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_text("x: &base {a: 1, b: 2}\ny:\n  <<: *base\n  b: 3\n", encoding="utf-8")
    assert load_yaml_file(path) == {"x": {"a": 1, "b": 2}, "y": {"a": 1, "b": 3}}


def test_policy_files_are_named_as_such(tmp_path):
    path = tmp_path / "p.yaml"
    path.write_text("version: 1\nversion: 1\n", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_yaml_file(path, "de-identification policy")
    assert str(info.value) == f"{path}: line 2, column 1: key 'version' is given twice in one mapping (first at line 1)"
    with pytest.raises(ConfigError, match=r"p2\.yaml: de-identification policy not found$"):
        load_yaml_file(tmp_path / "p2.yaml", "de-identification policy")


@pytest.mark.parametrize(
    "data",
    [
        {"export": {"validation_ratio": SECRET}},
        {"export": {"validation_ratio": int(SECRET)}},
        {"export": {"validation_ratio": float("nan")}},
        {"export": {"compression": SECRET}},
        {"export": {"keep_raw_work_files": SECRET}},
        {"export": {"split_salt": [SECRET]}},
        {"dataset_name": {"x": SECRET}},
        {"ingest": {"field_map": {"q": SECRET}}},
        {"ingest": {"field_map": [SECRET]}},
        {"ingest": {"corpora": {"c": {"layout": SECRET}}}},
        {"ingest": {"max_record_bytes": int(SECRET) * -1}},
        {"dedup": {"survivor": [SECRET]}},
        {"dedup": {"key": SECRET}},
        {"clean": {"operations": [SECRET]}},
        {"clean": {"filters": [SECRET]}},
        {"clean": {"max_top_ngram_frac": [0.1, 0.2, int(SECRET)]}},
        {"agreement": {"keep_labels": [SECRET], "reject_labels": [SECRET]}},
        {"agreement": {"labels": ["a"], "keep_labels": [SECRET]}},
        {"agreement": {"batch_field": int(SECRET)}},
        {"agreement": {"label_values": {"a": SECRET}}},
        {"validate": {"min_output_chars": int(SECRET), "max_output_chars": 1}},
        {"validate": {"severity": {"export.split_ratio": SECRET}}},
        {"deidentify": {"workers": int(SECRET)}},
        {"shards": {"records_per_shard": SECRET}},
        [SECRET],
    ],
)
def test_no_config_error_echoes_the_given_value(data):
    with pytest.raises(ConfigError) as info:
        parse_config(data, source="c.yaml", base_dir=Path("."))
    assert SECRET not in str(info.value)
    assert str(info.value).startswith("c.yaml: ")


def test_key_text_keeps_messages_on_one_line():
    assert key_text("a\nb'c") == "a\\nb\\'c"
    assert key_text("k" * 100) == "k" * 57 + "..."
    assert key_text(3) == "<a int key>"
