"""The authored good look-alikes of heldout13: seeded, distinct, balanced, correct, pinned, apart from heldout2-12."""

import json
import math
import re
import sys
import textwrap
from collections import Counter
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

JUNK = Path(__file__).resolve().parents[4] / "bench" / "clean_eval" / "junk"
sys.path.insert(0, str(JUNK))

import good_heldout13 as G13  # noqa: E402
import templates_heldout13 as T13  # noqa: E402

from tests.support import blind_parts  # noqa: E402

ROWS = G13.build_good()


def _kind(kind, lang=None):
    return blind_parts.kind_rows(ROWS, kind, lang)


def test_rows_are_pinned_balanced_distinct_and_complete():
    blind_parts.check_good_rows(G13, ROWS, "heldout13", "h13g_")


def test_no_text_or_kind_shared_with_earlier_blind_parts():
    blind_parts.check_apart_from_earlier(G13, ROWS, "heldout13")


def test_nested_calls_apply_the_function_n_times():
    for r in _kind("nested_call"):
        fn, arg = re.findall(r"`([^`]+)`", r["instruction"])
        n = int(re.search(r"(\d+) (?:times|次)", r["instruction"]).group(1))
        out = r["output"]
        assert out.count(fn + "(") == n and out.endswith(arg + ")" * n) and out.startswith(fn + "(" + fn)


def test_word_pyramids_grow_one_word_a_line():
    for r in _kind("word_pyramid"):
        w = re.search(r"[“\"](.+?)[”\"]", r["instruction"]).group(1)
        n = int(re.findall(r"(\d+)", r["instruction"])[-1])
        lines = r["output"].split("\n")
        assert len(lines) == n
        sep = " " if r["lang"] == "en" else ""
        assert lines == [sep.join([w] * k) for k in range(1, n + 1)]


def test_text_is_wrapped_at_the_asked_width():
    for r in _kind("text_wrap"):
        width = int(re.search(r"(\d+)", r["instruction"]).group(1))
        lines = r["output"].split("\n")
        if r["lang"] == "en":
            assert all(len(ln) <= width for ln in lines) and " ".join(lines) == r["input"]
            assert r["output"] == textwrap.fill(r["input"], width)
        else:
            assert "".join(lines) == r["input"] and all(len(ln) == width for ln in lines[:-1])
            assert 0 < len(lines[-1]) <= width


def test_html_paragraphs_wrap_each_input_line():
    for r in _kind("html_paragraphs"):
        lines = r["input"].split("\n")
        assert r["output"].split("\n") == [f"<p>{ln}</p>" for ln in lines]


def test_ditto_marks_stand_for_the_word_above():
    assert G13.ditto([["a", "b", "1"], ["a", "c", "1"], ["d", "c", "2"]], '"') == ["a b 1", '" c "', 'd " 2']
    for r in _kind("ditto_list"):
        mark = '"' if r["lang"] == "en" else "〃"
        rows = [ln.split(" ") for ln in r["input"].split("\n")]
        outs = [ln.split(" ") for ln in r["output"].split("\n")]
        assert len(rows) == len(outs) >= 3 and outs[0] == rows[0]
        for prev, row, out in zip(rows, rows[1:], outs[1:], strict=False):
            assert out == [mark if w == p else w for w, p in zip(row, prev, strict=True)]
        assert mark in r["output"]


def _js_unescape(s):
    s = re.sub(r"((?:%u[0-9A-F]{4})+)", lambda m: bytes.fromhex(m.group(1).replace("%u", "")).decode("utf-16-be"), s)
    return re.sub(r"%([0-9A-F]{2})", lambda m: chr(int(m.group(1), 16)), s)


def test_js_escape_results_unescape_to_the_string():
    for r in _kind("js_escape_call"):
        s = re.search(r"[“\"](.+?)[”\"]", r["instruction"]).group(1)
        assert _js_unescape(r["output"]) == s and re.fullmatch(r"[A-Za-z0-9@*_+\-./%]+", r["output"])
    assert G13.T.js_escape("中文 a") == "%u4E2D%u6587%20a"


def test_lottery_odds_are_binomial():
    assert math.comb(49, 6) == 13983816
    for r in _kind("lottery_odds"):
        nums = [int(x) for x in re.findall(r"\d+", r["instruction"])]
        if r["lang"] == "en":
            k, _one, n = nums[:3]
            assert r["output"] == f"1 in {math.comb(n, k):,}"
        else:
            _one, n, k = nums[:3]
            assert r["output"] == f"1/{math.comb(n, k)}"


def test_letter_counts_add_up():
    for r in _kind("letter_frequency"):
        w = re.search(r"[“\"]([a-z]+)[”\"]", r["instruction"]).group(1)
        pairs = [p.split(":") for p in r["output"].split(" ")]
        assert [c for c, _ in pairs] == sorted(set(w))
        assert {c: int(n) for c, n in pairs} == dict(Counter(w))


def test_search_urls_carry_the_query():
    for r in _kind("search_url"):
        url = urlsplit(r["output"])
        if r["lang"] == "en":
            q = r["instruction"].split("query: ", 1)[1]
            assert url.netloc == "www.google.com" and parse_qs(url.query)["q"] == [q]
        else:
            q = re.search(r"“(.+?)”", r["instruction"]).group(1)
            assert r["output"] == "https://www.baidu.com/s?wd=" + q


def test_bot_commands_follow_the_syntax():
    for r in _kind("bot_command"):
        what = re.search(r"[“\"](.+?)[”\"]", r["instruction"]).group(1)
        n = re.search(r"(\d+) ?(?:minutes|分钟后)", r["instruction"]).group(1)
        assert r["output"] == f"/remind {n}m {what}"


def test_video_chapters_start_at_the_running_totals():
    for r in _kind("video_chapters"):
        total = 0
        for src, out in zip(r["input"].split("\n"), r["output"].split("\n"), strict=True):
            title, length = src.split(" – ")
            m, s = out.split(" ", 1)[0].split(":")
            assert int(m) * 60 + int(s) == total and out.split(" ", 1)[1] == title
            lm, ls = length.split(":")
            total += int(lm) * 60 + int(ls)


def test_bibtex_entries_hold_the_given_fields():
    for r in _kind("bibtex_entry"):
        out = r["output"]
        key = re.search(r"key (\w+)|键名为 (\w+)", r["instruction"]).group(1 if r["lang"] == "en" else 2)
        assert out.startswith("@article{" + key + ",\n") and out.endswith("\n}")
        fields = re.findall(r"^  (\w+) = \{(.*)\},?$", out, re.M)
        assert [f for f, _ in fields] == ["author", "title", "journal", "year"]
        assert all(v in r["instruction"] for _, v in fields)


def test_tool_calls_are_json_with_the_asked_arguments():
    for r in _kind("tool_call_json"):
        call = json.loads(r["output"])
        assert list(call) == ["name", "arguments"] and "\n" not in r["output"]
        assert call["name"] in r["instruction"]
        for k, v in call["arguments"].items():
            assert k in r["instruction"] and str(v) in r["instruction"]


def test_junk_lookalikes_are_not_good_answers():
    # the junk's replies and adverts never appear among the good outputs
    outs = {r["output"] for r in ROWS}
    assert not outs & set(T13.LATIN_SMALL + T13.OTHER_SCRIPT + T13.PACIFIC_ARCTIC + T13.EN_COLUMN + T13.ZH_COLUMN)
