"""The authored good look-alikes of heldout4: seeded, distinct, balanced, correct, pinned, apart from heldout2/3."""

import base64
import codecs
import html
import re
import sys
from collections import Counter
from itertools import pairwise
from pathlib import Path
from urllib.parse import unquote

JUNK = Path(__file__).resolve().parents[4] / "bench" / "clean_eval" / "junk"
sys.path.insert(0, str(JUNK))

import good_heldout4 as G4  # noqa: E402

from tests.support import blind_parts  # noqa: E402

CJK = re.compile(r"[\u4e00-\u9fff]")
ROWS = G4.build_good()


def _kind(lang, kind):
    return [r for r in ROWS if r["lang"] == lang and r["kind"] == kind]


def _quoted(instruction):
    return re.search(r"['“](.+?)['”]", instruction).group(1)


def test_rows_are_pinned_balanced_distinct_and_complete():
    blind_parts.check_good_rows(G4, ROWS, "heldout4", "h4g_")


def test_no_text_or_kind_shared_with_earlier_blind_parts():
    blind_parts.check_apart_from_earlier(G4, ROWS, "heldout4")


def _unmorse(code):
    back = {v: k for k, v in G4.MORSE.items()}
    return " ".join("".join(back[c] for c in word.split()) for word in code.split(" / "))


def test_encodings_decode_back_to_what_was_asked():
    seen = Counter()
    for r in _kind("en", "encoding_asked") + _kind("zh", "encoding_asked"):
        ins, out = r["instruction"], r["output"]
        if "Morse" in ins or "摩尔斯" in ins:
            word = _quoted(ins) if "'" in ins else re.search(r"单词([A-Z]+)", ins).group(1)
            assert _unmorse(out) == word.upper()
            seen["morse"] += 1
            continue
        text = _quoted(ins)
        if "Base64" in ins:
            assert base64.b64decode(out).decode() == text
        elif "hexadecimal" in ins or "十六进制" in ins:
            assert bytes.fromhex(out.replace(" ", "")).decode() == text
        elif "binary" in ins:
            assert bytes(int(b, 2) for b in out.split()).decode() == text
        elif "ROT13" in ins:
            assert codecs.decode(out, "rot13") == text
        elif "URL" in ins:
            assert unquote(out) == text and " " not in out
        elif "Unicode" in ins:
            assert out.encode().decode("unicode_escape") == text
        elif "HTML" in ins:
            assert html.unescape(out) == text and out.startswith("&#")
        else:
            raise AssertionError(ins)
        seen[ins.split()[0]] += 1
    assert seen["morse"] >= 3


def test_number_series_are_right():
    for r in _kind("en", "number_series") + _kind("zh", "number_series"):
        out = r["output"]
        for base, k, v in re.findall(r"^(2)\^(\d+) = (\d+)$", out, re.M):
            assert int(base) ** int(k) == int(v)
        for c, f in re.findall(r"^(\d+) ?(?:°C|℃) = (\d+) ?(?:°F|℉)$", out, re.M):
            assert int(c) * 9 / 5 + 32 == int(f)
        for k, sq in re.findall(r"^(\d+)² = (\d+)$", out, re.M):
            assert int(k) ** 2 == int(sq)
        nums = [int(x) for x in re.split(r"[,，、]\s*", out)] if re.fullmatch(r"[\d,，、 ]+", out) else []
        ins = r["instruction"]
        if "Fibonacci" in ins or "斐波那契" in ins:
            assert nums[:2] == [0, 1] and all(nums[i] == nums[i - 1] + nums[i - 2] for i in range(2, len(nums)))
            assert len(nums) == int(re.search(r"(\d+)", ins).group(1))
        elif "prime" in ins or "质数" in ins:
            m = int(re.search(r"(\d+)", ins).group(1))
            assert nums == [k for k in range(2, m) if all(k % d for d in range(2, k))]
        elif re.search(r"^Count from|每次加", ins):
            a, s, b = (
                (int(x) for x in re.findall(r"\d+", ins)[:3])
                if "每次加" in ins
                else (
                    int(re.search(r"from (\d+)", ins).group(1)),
                    int(re.search(r"steps of (\d+)", ins).group(1)),
                    int(re.search(r"to (\d+)", ins).group(1)),
                )
            )
            assert nums == list(range(a, b + 1, s)) and nums[-1] == b


def test_regex_verdicts_are_right():
    for r in _kind("en", "match_table") + _kind("zh", "match_table"):
        rx = re.search(r"(\^\S+\$)", r["instruction"]).group(1)
        lines = r["output"].split("\n")
        assert [ln.rsplit(" ", 1)[0] for ln in lines] == r["input"].split("\n")
        for ln in lines:
            s, mark = ln.rsplit(" ", 1)
            assert mark == ("✓" if re.fullmatch(rx, s) else "✗"), ln
        assert 4 <= len(lines) <= 5


def test_word_games_link_up():
    for r in _kind("en", "word_game"):
        words = re.split(r" → |, | - |\n", r["output"])
        if "ladder" in r["instruction"].lower():
            for a, b in pairwise(words):
                assert len(a) == len(b) and sum(x != y for x, y in zip(a, b)) == 1, (a, b)
        else:
            assert len(words) == int(re.search(r"Give (\d+)", r["instruction"]).group(1)) == len(set(words))
            for a, b in pairwise(words):
                assert a[-1].lower() == b[0].lower(), (a, b)
    for r in _kind("zh", "word_game"):
        idioms = re.findall(r"[\u4e00-\u9fff]{4}", r["output"])
        assert idioms[0] in r["instruction"] and len(idioms) >= 4
        for a, b in pairwise(idioms):
            assert a[-1] == b[0], (a, b)


def _answer(q):
    m = re.search(r"(\d+) ([+×-]) (\d+)", q)
    a, op, b = int(m.group(1)), m.group(2), int(m.group(3))
    return a + b if op == "+" else (a - b if op == "-" else a * b)


def test_answer_keys_are_right():
    for r in _kind("en", "answer_key") + _kind("zh", "answer_key"):
        qs = r["input"].split("\n")
        if "-" in r["output"].split()[0]:
            key = re.findall(r"(\d+)-([ABCD])", r["output"])
            assert [int(i) for i, _ in key] == list(range(1, len(qs) + 1))
            for q, (_, letter) in zip(qs, key):
                opts = dict(re.findall(r"([ABCD])\. (-?\d+)", q))
                assert int(opts[letter]) == _answer(q)
                assert list(opts.values()).count(str(_answer(q))) == 1
        else:
            marks = re.findall(r"\d+\. ([TF√×])", r["output"])
            assert len(marks) == len(qs)
            for q, mark in zip(qs, marks):
                k = int(re.search(r"\d+\. (\d+)", q).group(1))
                truth = (k > 1 and all(k % d for d in range(2, k))) if ("prime" in q or "质数" in q) else k % 2 == 0
                assert mark in (("T", "√") if truth else ("F", "×")), q


def test_repetitions_match_the_count_asked():
    for r in _kind("en", "repeat_asked"):
        n = int(re.search(r" (\d+) times", r["instruction"]).group(1))
        if "one per line" in r["instruction"]:
            assert r["output"].split("\n") == [_quoted(r["instruction"])] * n
        elif "commas" in r["instruction"]:
            assert r["output"].split(", ") == [_quoted(r["instruction"])] * n
        else:
            assert r["output"].count("Happy birthday!") == n
    cn = {c: i for i, c in enumerate(G4.CN_NUM)}
    for r in _kind("zh", "repeat_asked"):
        m = re.search(r"重复写(.+?)遍", r["instruction"])
        if m:
            s = m.group(1)
            n = cn[s] if len(s) == 1 else 10 + cn[s[1]]
            assert r["output"].split("\n") == [_quoted(r["instruction"])] * n
        else:
            n = int(re.search(r"连说(\d+)遍", r["instruction"]).group(1))
            assert r["output"].split("，") == [_quoted(r["instruction"])] * n


def test_spelling_drills_spell_the_word():
    nato = {v: k for k, v in G4.NATO.items()}
    for r in _kind("en", "spelling_drill"):
        w, out = _quoted(r["instruction"]), r["output"]
        if "hyphens" in r["instruction"]:
            assert out == "-".join(w.upper())
        elif "NATO" in r["instruction"]:
            assert "".join(nato[x] for x in out.split()) == w.lower()
        elif "space" in r["instruction"]:
            assert out.replace(" ", "") == w.lower()
        else:
            assert set(out.split("\n")) == {w}
    for r in _kind("zh", "spelling_drill"):
        c = _quoted(r["instruction"])
        if "组五个词" in r["instruction"]:
            words = r["output"].split("、")
            assert len(words) == 5 and all(c in w for w in words)
        else:
            assert set(r["output"].replace(" ", "").replace("\n", "")) == {c}


def test_phonetics_have_one_syllable_per_character():
    for r in _kind("zh", "phonetic"):
        word = re.search(r"“(.+?)”", r["instruction"])
        if word:
            assert len(r["output"].split()) == len(word.group(1))
            if "数字" in r["instruction"]:
                assert re.fullmatch(r"([a-z]+[1-5] ?)+", r["output"])
        else:
            assert re.fullmatch(r"/[^/]+/", r["output"])
    assert all(re.fullmatch(r"/[^/]+/( – /[^/]+/)?", r["output"]) for r in _kind("en", "phonetic"))


def test_tongue_twisters_repeat_as_asked():
    for r in _kind("en", "tongue_twister") + _kind("zh", "tongue_twister"):
        lines = r["output"].split("\n")
        m = re.search(r"(twice|three times|four times)|连写(两|三|四)遍", r["instruction"])
        if m:
            n = {"twice": 2, "three times": 3, "four times": 4, "两": 2, "三": 3, "四": 4}[m.group(1) or m.group(2)]
            assert len(lines) == n and len(set(lines)) == 1


def test_lists_have_the_number_of_items_asked():
    for r in _kind("en", "checklist") + _kind("zh", "checklist"):
        n = int(re.search(r"(\d+)(?:-item| things|项)", r["instruction"]).group(1))
        lines = r["output"].split("\n")
        assert len(lines) == n and all(re.match(r"(- \[[ x]\]|☐) ", ln) for ln in lines)
        k = re.search(r"first (\d+)|前(\d+)项", r["instruction"])
        ticked = sum(ln.startswith("- [x]") for ln in lines)
        assert ticked == (int(k.group(1) or k.group(2)) if k else 0)
    for r in _kind("en", "hashtags") + _kind("zh", "hashtags"):
        n = int(re.search(r"(\d+)", r["instruction"]).group(1))
        tags = r["output"].split()
        assert len(tags) == n == len(set(tags)) and all(t.startswith("#") for t in tags)


def test_configs_carry_the_values_asked():
    for r in _kind("en", "config_file") + _kind("zh", "config_file"):
        ins, out = r["instruction"], r["output"]
        if "docker-compose" in ins:
            host = re.search(r"(\d{4,5})", ins).group(1)
            assert f'"{host}:' in out and out.startswith("services:")
        elif "nginx" in ins:
            port = re.search(r"(\d{4})", ins).group(1)
            assert f"proxy_pass http://127.0.0.1:{port};" in out and out.count("{") == out.count("}")
        elif "pyproject" in ins:
            assert re.search(r'version = "\d\.\d\.\d"', out) and "[project]" in out
        elif "HTTP" in ins:
            code = re.search(r"(\d{3} [A-Z][A-Za-z ]*[A-Za-z])", ins).group(1)
            assert out.startswith(f"HTTP/1.1 {code}\n")
        else:
            n = re.search(r"(\d)", ins).group(1)
            assert f"indent_size = {n}" in out


def test_notation_is_well_formed():
    for r in _kind("en", "notation") + _kind("zh", "notation"):
        out = r["output"]
        if "chord" in r["instruction"] or "和弦" in r["instruction"]:
            assert re.fullmatch(r"[x0-9]{6}", out)
        elif re.match(r"1\. [a-hKQRBN]", out):
            moves = re.findall(r"\d+\. (\S+)(?: (\S+))?", out)
            assert moves and all(re.fullmatch(r"[KQRBN]?x?[a-h][1-8]#?", m) for pair in moves for m in pair if m)
    assert G4.CHORDS["C"] == "x32010" and G4.CHORDS["G"] == "320003"
    assert G4.morse("sos") == "... --- ..."
