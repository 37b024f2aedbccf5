"""The authored good look-alikes of heldout6: seeded, distinct, balanced, correct, pinned, apart from heldout2-5."""

import re
import string
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

JUNK = Path(__file__).resolve().parents[4] / "bench" / "clean_eval" / "junk"
sys.path.insert(0, str(JUNK))

import good_heldout6 as G6  # noqa: E402

from tests.support import blind_parts  # noqa: E402

CJK = re.compile(r"[\u4e00-\u9fff]")
ROWS = G6.build_good()


def _kind(kind, lang=None):
    return [r for r in ROWS if r["kind"] == kind and (lang is None or r["lang"] == lang)]


def test_rows_are_pinned_balanced_distinct_and_complete():
    blind_parts.check_good_rows(G6, ROWS, "heldout6", "h6g_")


def test_no_text_or_kind_shared_with_earlier_blind_parts():
    blind_parts.check_apart_from_earlier(G6, ROWS, "heldout6")


def test_subtitles_have_one_cue_per_line_and_the_asked_timing():
    for r in _kind("subtitle_file"):
        start, each = map(int, re.findall(r"\d+", r["instruction"]))
        cues = r["output"].split("\n\n")
        lines = r["input"].split("\n")
        assert len(cues) == len(lines)
        for k, (cue, line) in enumerate(zip(cues, lines, strict=True)):
            num, timing, text = cue.split("\n")
            a, b = (
                sum(int(x) * m for x, m in zip(t[:8].split(":"), (3600, 60, 1), strict=True))
                for t in timing.split(" --> ")
            )
            assert (int(num), a, b - a, text) == (k + 1, start + k * each, each, line)
    assert G6.srt(["x"], 3599, 2) == "1\n00:59:59,000 --> 01:00:01,000\nx"


def test_leetspeak_maps_back():
    back = {"4": "a", "3": "e", "1": "i", "0": "o", "5": "s", "7": "t", "9": "g", "8": "b"}
    for r in _kind("leetspeak"):
        phrase = r["input"] or re.search(r"[\"'](.+?)[\"']", r["instruction"]).group(1)
        assert phrase in G6.PHRASES and r["output"] != phrase
        assert "".join(back.get(c, c) for c in r["output"]) == phrase
    assert G6.leet("big boss") == "819 8055"


def test_ratings_follow_the_asked_format():
    scores = dict(G6.EN_REVIEWS) | dict(G6.ZH_REVIEWS)
    for r in _kind("rating_score"):
        s = scores[r["input"]]
        assert r["output"] in {f"Rating: {s}/5", f"评分：{s}/5", f"[[{s}]]", "★" * s + "☆" * (5 - s)}
        assert ("[[" in r["output"]) == ("[[" in r["instruction"])


def test_reversals_and_scrambles():
    for r in _kind("reversed_text"):
        if "order" in r["instruction"]:
            assert r["output"].split() == [w[::-1] for w in r["input"].split()]
        else:
            assert r["output"] == r["input"][::-1]
    for r in _kind("anagram"):
        words = re.split(r"[,，]\s*", r["input"])
        got = [re.sub(r"^\d+\. ", "", ln).replace("、", "") for ln in r["output"].splitlines()]
        assert len(got) == len(words)
        for w, g in zip(words, got, strict=True):
            assert sorted(g.lower()) == sorted(w) and g.lower() != w


def test_ui_strings_are_the_listed_ones():
    allowed = {t for _, t in G6.EN_UI} | {t for _, t in G6.ZH_UI}
    assert {r["output"] for r in _kind("ui_strings")} <= allowed
    assert "[comment deleted]" in {r["output"] for r in _kind("ui_strings", "en")}


def test_amounts_in_words():
    assert G6.en_words(1205) == "one thousand two hundred five"
    assert G6.en_words(90017) == "ninety thousand seventeen"
    assert G6.en_words(342) == "three hundred forty-two"
    cases = {
        10: "壹拾元整",
        1205: "壹仟贰佰零伍元整",
        1010: "壹仟零壹拾元整",
        10050: "壹万零伍拾元整",
        20000: "贰万元整",
        100001: "壹拾万零壹元整",
        101010: "壹拾万壹仟零壹拾元整",
        999999: "玖拾玖万玖仟玖佰玖拾玖元整",
    }
    for n, want in cases.items():
        assert G6.zh_capital(n) == want
    for r in _kind("amount_in_words", "en"):
        d, c = re.search(r"\$([\d,]+)\.(\d\d)", r["instruction"]).groups()
        words = G6.en_words(int(d.replace(",", "")))
        assert r["output"] == f"{words[0].upper()}{words[1:]} dollars and {c}/100"
    for r in _kind("amount_in_words", "zh"):
        assert r["output"] == G6.zh_capital(int(re.search(r"\d+", r["instruction"]).group()))


def _from_roman(s):
    vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for a, b in zip(s, s[1:] + " ", strict=True):
        total += -vals[a] if b != " " and vals[a] < vals[b] else vals[a]
    return total


def test_roman_numerals_round_trip():
    assert G6.roman(1994) == "MCMXCIV" and G6.roman(3999) == "MMMCMXCIX" and G6.roman(4) == "IV"
    for r in _kind("roman_numerals"):
        if r["input"]:
            for ln in r["output"].splitlines():
                n, s = ln.split(" = ")
                assert _from_roman(s) == int(n) and G6.roman(int(n)) == s
        else:
            assert _from_roman(r["output"]) == int(re.search(r"\d{4}", r["instruction"]).group())


def test_hex_colours_match_the_rgb_values():
    for r in _kind("color_palette"):
        rgb = [tuple(map(int, m)) for m in re.findall(r"rgb\((\d+), (\d+), (\d+)\)", r["input"])]
        hexes = r["output"].splitlines()
        assert len(hexes) == len(rgb) >= 3
        for c, h in zip(rgb, hexes, strict=True):
            assert re.fullmatch(r"#[0-9A-F]{6}", h) and tuple(int(h[i : i + 2], 16) for i in (1, 3, 5)) == c


def test_dna_answers():
    pair = {"A": "T", "T": "A", "C": "G", "G": "C"}
    assert G6.revcomp("ATGCGT") == "ACGCAT"
    for r in _kind("dna_sequence"):
        s, out = r["input"], r["output"]
        assert set(s) <= set("ACGT") and len(out) == len(s)
        if "mRNA" in r["instruction"]:
            assert out == s.replace("T", "U")
        elif "reverse" in r["instruction"] or "反向" in r["instruction"]:
            assert out == "".join(pair[c] for c in reversed(s))
        else:
            assert out == "".join(pair[c] for c in s)


def test_passwords_follow_the_rules():
    for r in _kind("passwords"):
        k, n = map(int, re.findall(r"\d+", r["instruction"])[:2])
        pws = r["output"].splitlines()
        assert len(pws) == k and len(set(pws)) == k
        for p in pws:
            assert len(p) == n
            assert any(c in string.ascii_lowercase for c in p) and any(c in string.ascii_uppercase for c in p)
            assert any(c in string.digits for c in p) and any(c in G6.SYMBOLS for c in p)


def test_sound_effects_come_from_the_scene_asked():
    for r in _kind("onomatopoeia", "en"):
        scene = next(s for s in G6.EN_SOUNDS if s in r["instruction"])
        got = r["output"].splitlines()
        assert set(got) <= set(G6.EN_SOUNDS[scene]) and len(got) == len(set(got)) == int(r["instruction"].split()[2])
    for r in _kind("onomatopoeia", "zh"):
        scene = next(s for s in G6.ZH_SOUNDS if s in r["instruction"])
        got = r["output"].split("、")
        assert set(got) <= set(G6.ZH_SOUNDS[scene]) and len(got) == int(re.search(r"\d+", r["instruction"]).group())


def test_xml_catalogs_parse_and_match_the_input():
    for r in _kind("xml_catalog"):
        root = ET.fromstring(r["output"].split("\n", 1)[1])
        books = [(b.findtext("title"), b.findtext("author"), b.findtext("year")) for b in root.findall("book")]
        assert root.tag == "catalog" and len(books) == len(r["input"].splitlines())
        for (t, a, y), line in zip(books, r["input"].splitlines(), strict=True):
            assert t in line and a in line and y in line
