"""Tests of pipeline.stages.dedup.keys: the normalised text behind exact keys and shingles."""

from __future__ import annotations

import json
import unicodedata

import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.core.records import records_to_table
from pipeline.stages.dedup import keys as dedup_keys
from pipeline.stages.dedup.keys import FIELD_SEPARATOR, build_keys, key_hashes, normalize_array, normalize_text
from tests.conftest import TEST_DATA

GOLDEN = json.loads((TEST_DATA / "dedup" / "normalize_golden.json").read_text(encoding="utf-8"))["cases"]


@pytest.mark.parametrize(("text", "expected"), GOLDEN, ids=[repr(c[0])[:30] for c in GOLDEN])
def test_golden_normalisation(text, expected):
    assert normalize_text(text) == expected


def _is_cjk(ch: str) -> bool:
    cp = ord(ch)
    ranges = (
        (0x3040, 0x30FF),
        (0x31F0, 0x31FF),
        (0x3400, 0x4DBF),
        (0x4E00, 0x9FFF),
        (0xF900, 0xFAFF),
        (0x20000, 0x3FFFF),
    )
    return any(lo <= cp <= hi for lo, hi in ranges) and _cls(ch) == "keep"


def _cls(ch: str) -> str:
    cat = unicodedata.category(ch)
    if cat[0] in "PZ" or cat == "Cc":
        return "space"
    if cat == "Cf":
        return "drop"
    return "keep"


def reference_normalize(text: str) -> str:
    """Slow, obviously-correct statement of the normalisation rules (one character at a time)."""
    s = unicodedata.normalize("NFKC", text).lower()
    s = "".join(ch for ch in s if _cls(ch) != "drop")
    out: list[str] = []
    i = 0
    while i < len(s):
        ch = s[i]
        digit_punct = 0x20 < ord(ch) < 0x80 and 0 < i < len(s) - 1 and s[i - 1].isascii() and s[i - 1].isdigit()
        digit_punct = digit_punct and s[i + 1].isascii() and s[i + 1].isdigit()
        if _cls(ch) != "space" or digit_punct:
            out.append(ch)
            i += 1
            continue
        j = i
        while j < len(s) and _cls(s[j]) == "space":
            k = s[j]
            inner = 0x20 < ord(k) < 0x80 and 0 < j < len(s) - 1
            if inner and s[j - 1].isascii() and s[j - 1].isdigit() and s[j + 1].isascii() and s[j + 1].isdigit():
                break
            j += 1
        if j == i:
            out.append(ch)
            i += 1
            continue
        prev_ok = i > 0 and not _is_cjk(s[i - 1])
        next_ok = j < len(s) and not _is_cjk(s[j])
        if prev_ok and next_ok:
            out.append(" ")
        i = j
    return "".join(out)


ALPHABET = (
    list("abcXYZ019 .,-/!?'\"\t\n")
    + list("中文字，。、！“”《》　")
    + ["\u200b", "é", "Ａ", "１", "😀", "の", "𠀀", "+", "="]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=ALPHABET, max_size=25), min_size=1, max_size=8))
def test_matches_reference_implementation(texts):
    got = normalize_array(pa.array(texts)).to_pylist()
    assert got == [reference_normalize(t) for t in texts]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(alphabet=ALPHABET, max_size=25), min_size=1, max_size=6))
def test_normalisation_is_idempotent(texts):
    once = normalize_array(pa.array(texts))
    assert normalize_array(once).to_pylist() == once.to_pylist()


def test_nulls_slices_and_chunks(monkeypatch):
    arr = pa.array(["A, b", None, "中 文", ""])
    assert normalize_array(arr).to_pylist() == ["a b", "", "中文", ""]
    assert normalize_array(arr.slice(2)).to_pylist() == ["中文", ""]
    chunked = pa.chunked_array([["Hello!"], ["World ."]])
    assert normalize_array(chunked).to_pylist() == ["hello", "world"]
    texts = [f"Record {i}: Some TEXT, here! 中文，标点。" for i in range(200)]
    whole = normalize_array(pa.array(texts)).to_pylist()
    monkeypatch.setattr(dedup_keys, "_CHUNK_BYTES", 64)
    assert normalize_array(pa.array(texts)).to_pylist() == whole


def _table(rows):
    base = {"corpus": "c", "source_file": "f.json", "lang": "en"}
    return records_to_table([{**base, "record_id": f"r{i}", "source_index": i, **r} for i, r in enumerate(rows)])


def test_build_keys_modes_and_fields():
    t = _table(
        [
            {"instruction": "Say hi.", "input": "", "output": "Hi!"},
            {"instruction": "say   HI", "input": "", "output": "hi"},
            {"instruction": "Say", "input": "hi", "output": "Hi!"},
            {"instruction": "Say hi.", "input": "", "output": "Other", "history": [["Q1?", "A1."]]},
        ]
    )
    full = build_keys(t, "prompt_response").to_pylist()
    prompt = build_keys(t, "prompt").to_pylist()
    sep = FIELD_SEPARATOR
    assert full[0] == f"say hi{sep}{sep}{sep}hi"
    assert full[0] == full[1]
    assert full[2] != full[0]  # the same words split across other fields are another key
    assert prompt[3] == f"say hi{sep}{sep}q1{sep}a1"
    assert full[3] == f"say hi{sep}{sep}q1{sep}a1{sep}other"
    with pytest.raises(ValueError, match="dedup key must be one of prompt, prompt_response, got 'bogus'"):
        build_keys(t, "bogus")


def test_key_hashes_are_xxh3_of_the_utf8_key():
    # Published xxh3-64 reference value for the empty input (xxHash test vectors): 0x2D06800538D394C2.
    h = key_hashes(pa.array(["", "hello world", ""], type=pa.large_string()))
    assert int(h[0]) == 0x2D06800538D394C2 == int(h[2])
    import xxhash

    assert int(h[1]) == xxhash.xxh3_64_intdigest(b"hello world")
    assert key_hashes(pa.array([], type=pa.large_string())).size == 0


def test_parallel_cache_sized_ranges_give_the_same_keys(monkeypatch):
    import pyarrow as pa

    import pipeline.stages.dedup.keys as dk

    texts = [f"Record {i}: Hello, World！ 你好，世界。 café ５-３ {'x' * (i % 50)}" for i in range(3000)]
    arr = pa.array(texts, type=pa.large_string())
    expected = dk.normalize_array(arr).to_pylist()
    monkeypatch.setattr(dk, "_CHUNK_BYTES", 64)
    monkeypatch.setattr(dk, "_workers", lambda: 2)
    assert dk.normalize_array(arr).to_pylist() == expected
    monkeypatch.setattr(dk, "_workers", lambda: 1)
    assert dk.normalize_array(arr).to_pylist() == expected
