"""The authored good look-alikes of heldout16: seeded, distinct, balanced, correct, pinned, apart from heldout2-15."""

import base64
import json
import plistlib
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

JUNK = Path(__file__).resolve().parents[4] / "bench" / "clean_eval" / "junk"
sys.path.insert(0, str(JUNK))

import good_heldout16 as G16  # noqa: E402
import templates_heldout16 as T16  # noqa: E402

from tests.support import blind_parts  # noqa: E402

ROWS = G16.build_good()
SVG = "{http://www.w3.org/2000/svg}"


def _kind(kind, lang=None):
    return blind_parts.kind_rows(ROWS, kind, lang)


def _quoted(text):
    return re.findall(r"[“\"](.+?)[”\"]", text)


def test_rows_are_pinned_balanced_distinct_and_complete():
    blind_parts.check_good_rows(G16, ROWS, "heldout16", "h16g_")


def test_no_text_or_kind_shared_with_earlier_blind_parts():
    blind_parts.check_apart_from_earlier(G16, ROWS, "heldout16")


def test_ascii85_decodes_back():
    for r in _kind("ascii85"):
        phrase = _quoted(r["instruction"])[0]
        adobe = "<~" in r["instruction"]
        assert base64.a85decode(r["output"], adobe=adobe).decode("utf-8") == phrase
        assert r["output"].startswith("<~") == adobe
    assert G16.a85("tea at five", True) == "<~FCel'@<<W(Bm+%~>"


def test_box_tables_hold_the_csv():
    for r in _kind("box_table"):
        rows = [ln.split(",") for ln in r["input"].split("\n")]
        lines = r["output"].split("\n")
        assert lines[0] == lines[2] == lines[-1] and set(lines[0]) == {"+", "-"}
        cells = [[c.strip() for c in ln.strip("|").split("|")] for ln in lines if ln.startswith("|")]
        assert cells == rows
        assert len({len(ln) for ln in lines}) == 1
        for ln in lines[3:-1]:  # numbers right-aligned, text left-aligned
            for cell in ln.strip("|").split("|"):
                v = cell.strip()
                numeric = re.fullmatch(r"-?\d+(\.\d+)?", v)
                assert cell == (" " + v.rjust(len(cell) - 2) + " " if numeric else " " + v.ljust(len(cell) - 2) + " ")


def test_json_escapes_load_back():
    for r in _kind("json_escape"):
        twice = "再" in r["instruction"] or "again" in r["instruction"]
        val = json.loads(r["output"])
        assert (json.loads(val) if twice else val) == r["input"]
        if r["lang"] == "zh":
            assert "\\u" not in r["output"]


def test_interruptions_break_off_with_dashes():
    for r in _kind("interruption_dialogue", "en"):
        a, b = re.search(r"in which (\w+) cuts (\w+) off", r["instruction"]).groups()
        first, second = r["output"].split("\n")
        assert first.startswith(b.upper() + ": ") and first.endswith("—")
        assert second.startswith(a.upper() + ": —")
    for r in _kind("interruption_dialogue", "zh"):
        a, b = re.search(r"：(.+?)话没说完就被(.+?)打断", r["instruction"]).groups()
        first, second = r["output"].split("\n")
        assert first.startswith(a + "：") and first.endswith("——") and second.startswith(b + "：——")


def test_virtual_piano_keys_follow_the_stated_layout():
    assert G16.piano_keys(["C4", "C4", "G4", "G4", "A4", "A4", "G4"]) == "t t o o p p o"
    assert G16.WHITE[0] == "C2" and G16.WHITE[-1] == "C7"
    for r in _kind("virtual_piano"):
        notes = re.findall(r"\b([A-G][2-7])\b", r["instruction"].split("：")[-1].split(": ")[-1])
        keys = r["output"].split(" ")
        assert len(notes) == len(keys)
        for n, k in zip(notes, keys, strict=True):
            i = "1234567890qwertyuiopasdfghjklzxcvbnm".index(k)
            assert n == "CDEFGAB"[i % 7] + str(2 + i // 7)


def test_keyboard_event_codes():
    for r in _kind("keyboard_event_codes"):
        typed = _quoted(r["instruction"])[0]
        codes = r["output"].split(" ")
        assert len(codes) == len(typed)
        for c, code in zip(typed, codes, strict=True):
            assert code == ("Key" + c.upper() if c.isalpha() else "Digit" + c if c.isdigit() else G16.PUNCT_CODES[c])
    assert G16.event_codes("a;b 1") == "KeyA Semicolon KeyB Space Digit1"


def test_repl_transcripts_match_python():
    for r in _kind("repl_session"):
        lines = r["output"].split("\n")
        assert lines[0::2] == [">>> " + e for e in r["input"].split("\n")]
        for expr, shown in zip(r["input"].split("\n"), lines[1::2], strict=True):
            assert shown == repr(eval(expr))  # the authored expressions


def test_whitespace_made_visible():
    for r in _kind("show_whitespace"):
        out = r["output"]
        assert " " not in out and "\t" not in out and all(ln.endswith("¶") for ln in out.split("\n"))
        assert out.replace("¶", "").replace("·", " ").replace("→", "\t") == r["input"]


def test_svg_badges():
    for r in _kind("svg_badge"):
        lw, vw = (int(a or b) for a, b in re.findall(r"(\d+) px wide|宽(\d+)像素", r["instruction"]))
        svg = ET.fromstring(r["output"])
        assert svg.get("width") == str(lw + vw) and svg.get("height") == "20"
        rects = list(svg.iter(SVG + "rect"))
        assert rects[0].get("fill") == "#555" and rects[0].get("width") == str(lw)
        assert rects[1].get("x") == str(lw) and rects[1].get("fill") in r["instruction"]
        texts = [t.text for t in svg.iter(SVG + "text")]
        assert texts == _quoted(r["instruction"])
        assert [t.get("x") for t in svg.iter(SVG + "text")] == [str(lw // 2), str(lw + vw // 2)]


def test_dot_graphs_follow_the_dependencies():
    for r in _kind("dot_graph"):
        sep = " depends on " if r["lang"] == "en" else " 依赖 "
        edges = [tuple(ln.split(sep)) for ln in r["input"].split("\n")]
        assert r["output"].startswith("digraph deps {\n") and r["output"].endswith("\n}")
        assert re.findall(r'"(.+?)" -> "(.+?)";', r["output"]) == edges


def test_plists_parse_to_the_asked_values():
    for r in _kind("plist_xml"):
        data = plistlib.loads(r["output"].encode("utf-8"))
        spec = re.findall(r"(\w+) ?[（(](\w+|字符串|整数|布尔值)[）)] ?= ([^;；。]+)", r["instruction"])
        assert list(data) == [k for k, _, _ in spec]
        for key, _, value in spec:
            v = data[key]
            assert (str(v).lower() if isinstance(v, bool) else str(v)) == value.strip().rstrip(".")


def test_flags_are_regional_indicator_pairs():
    for r in _kind("flag_emoji"):
        codes = r["input"].split("\n") if r["input"] else re.findall(r"\b[A-Z]{2}\b", r["instruction"])
        flags = [G16.flag(c) for c in codes]
        assert r["output"] in (" ".join(flags), "\n".join(f"{c} {f}" for c, f in zip(codes, flags, strict=True)))
    assert G16.flag("FR") == "\U0001f1eb\U0001f1f7"


def test_hangman_boards():
    for r in _kind("hangman_mask", "en"):
        word, guessed = re.search(r"word is (\w+)\. The player has guessed ([A-Z, ]+)\.", r["instruction"]).groups()
        g = set(guessed.split(", "))
        assert r["output"] == " ".join(c if c in g else "_" for c in word)
        assert "_" in r["output"] and r["output"] != " ".join(word)
    for r in _kind("hangman_mask", "zh"):
        idiom = re.search(r"答案是“(.+?)”", r["instruction"]).group(1)
        g = set(re.search(r"猜中“(.+)”。", r["instruction"]).group(1).replace("”“", ""))
        assert r["output"] == "".join(c if c in g else "＿" for c in idiom) and "＿" in r["output"]


def test_no_junk_notice_or_reply_among_the_good_outputs():
    junk = {
        *T16.WEB_FILTER["en"],
        *T16.WEB_FILTER["zh"],
        *T16.NOREPLY["en"],
        *T16.NOREPLY["zh"],
        *T16.SITE_PLACEHOLDER["en"],
        *T16.SITE_PLACEHOLDER["zh"],
        *T16.AMERICAS.values(),
        *T16.PACIFIC.values(),
        *T16.CHINA_MINORITY.values(),
        *T16.EMPTY_MAIL,
        *T16.PROMPTS,
    }
    assert not junk & {r["output"] for r in ROWS}
