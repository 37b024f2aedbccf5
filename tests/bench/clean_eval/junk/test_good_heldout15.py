"""The authored good look-alikes of heldout15: seeded, distinct, balanced, correct, pinned, apart from heldout2-14."""

import codecs
import itertools
import re
import sys
from pathlib import Path

JUNK = Path(__file__).resolve().parents[4] / "bench" / "clean_eval" / "junk"
sys.path.insert(0, str(JUNK))

import good_heldout15 as G15  # noqa: E402
import templates_heldout15 as T15  # noqa: E402

from tests.support import blind_parts  # noqa: E402

ROWS = G15.build_good()


def _kind(kind, lang=None):
    return blind_parts.kind_rows(ROWS, kind, lang)


def _quoted(text):
    return re.findall(r"[“\"](.+?)[”\"]", text)


def test_rows_are_pinned_balanced_distinct_and_complete():
    blind_parts.check_good_rows(G15, ROWS, "heldout15", "h15g_")


def test_no_text_or_kind_shared_with_earlier_blind_parts():
    blind_parts.check_apart_from_earlier(G15, ROWS, "heldout15")


def test_weekday_runs_start_where_asked_and_wrap():
    for lang, days in (("en", G15.DAYS_EN), ("zh", G15.DAYS_ZH)):
        for r in _kind("weekday_run", lang):
            if lang == "en":
                n, start, how = re.search(
                    r"List (\d+) days in a row starting with (\w+), separated by (\w+)", r["instruction"]
                ).groups()
                sep = ", " if how == "commas" else " "
            else:
                start, n, how = re.search(
                    r"从(星期.)开始，连续列出(\d+)天是星期几，用(顿号|空格)隔开", r["instruction"]
                ).groups()
                sep = "、" if how == "顿号" else " "
            a = days.index(start)
            assert r["output"] == sep.join(days[(a + k) % 7] for k in range(int(n)))


def test_rot13_decodes_back():
    for r in _kind("rot13"):
        assert codecs.decode(r["output"], "rot13") == r["input"] and r["output"] != r["input"]


def test_quotes_prefix_every_line():
    for r in _kind("quote_reply"):
        assert r["output"].split("\n") == ["> " + ln for ln in r["input"].split("\n")]


def test_excerpts_keep_the_asked_number_of_words():
    for r in _kind("word_excerpt", "en"):
        n = int(re.search(r"first (\d+) words", r["instruction"]).group(1))
        assert r["output"] == " ".join(r["input"].split()[:n]) + "…"
    for r in _kind("word_excerpt", "zh"):
        n = int(re.search(r"前(\d+)个字", r["instruction"]).group(1))
        assert r["output"] == r["input"][:n] + "……"


def test_rtf_documents_hold_the_text():
    for r in _kind("rtf_snippet"):
        font, pt = re.search(r"(?:in |字体)([A-Za-z ]+?)(?:, |，)(\d+) ?(?:pt|磅)", r["instruction"]).groups()
        m = re.fullmatch(r"\{\\rtf1\\ansi\\deff0\{\\fonttbl\{\\f0 (.+?);\}\}\\f0\\fs(\d+) (.*)\\par\}", r["output"])
        assert m and m.group(1) == font and int(m.group(2)) == 2 * int(pt)
        body = re.sub(r"\\u(-?\d+)\?", lambda x: chr(int(x.group(1)) % 65536), m.group(3))
        assert re.sub(r"\\([\\{}])", r"\1", body) == r["input"]
    assert G15.rtf_text("秋") == "\\u31179?" and G15.rtf_text("黄") == "\\u-24892?" and G15.rtf_text("{a}") == "\\{a\\}"


def test_breadcrumbs_follow_the_path():
    for r in _kind("breadcrumb", "en"):
        parts = r["input"].strip("/").split("/")
        assert r["output"] == " › ".join(["Home", *(p.replace("-", " ").title() for p in parts)])
    for r in _kind("breadcrumb", "zh"):
        assert r["output"] == " > ".join(["首页", *r["input"].strip("/").split("/")])


def test_calculator_keys_spell_the_sum():
    for r in _kind("calculator_keys"):
        a, op, b = re.search(r"(\d+) ([−+×÷]) (\d+)", r["instruction"]).groups()
        assert r["output"] == " ".join([*a, op, *b, "="])


def test_punycode_round_trips():
    for r in _kind("punycode"):
        domain = re.search(r"domain (\S+) in|域名“(.+?)”", r["instruction"])
        d = domain.group(1) or domain.group(2)
        assert r["output"].isascii() and r["output"].encode("ascii").decode("idna") == d.lower()
    assert G15.puny("münchen.de") == "xn--mnchen-3ya.de" and G15.puny("中国.com") == "xn--fiqs8s.com"


def test_http_status_lines():
    from http import HTTPStatus

    for r in _kind("http_status"):
        code = re.search(r"(?:status |状态码)(\d{3})", r["instruction"])
        if code:
            assert r["output"] == HTTPStatus(int(code.group(1))).phrase
        else:
            assert HTTPStatus(int(r["output"])).phrase == _quoted(r["instruction"])[0]


def test_scales_have_seven_steps_and_one_letter_per_degree():
    steps = {"major": [2, 2, 1, 2, 2, 2, 1], "minor": [2, 1, 2, 2, 1, 2, 2]}
    semis = {"C": 0, "D": 2, "E": 4, "F": 5, "G": 7, "A": 9, "B": 11}

    def pc(n):
        return (semis[n[0]] + n.count("♯") - n.count("♭")) % 12

    for r in _kind("music_scale"):
        mode = "minor" if ("minor" in r["instruction"] or "小调" in r["instruction"]) else "major"
        notes = r["output"].split(" ")
        if "descending" in r["instruction"] or "下行" in r["instruction"]:
            notes = notes[::-1]
        assert len(notes) == 8 and notes[0] == notes[-1] and notes[0] in r["instruction"]
        assert [(pc(b) - pc(a)) % 12 for a, b in itertools.pairwise(notes)] == steps[mode]
        assert "".join(n[0] for n in notes[:7]) in "CDEFGABCDEFGAB"


def test_auto_replies_carry_the_dates_and_contact():
    for r in _kind("auto_reply", "en"):
        d1, d2, name, email = re.search(r"from (.+?) to (.+?); .*contact (.+?) at (\S+?)\.$", r["instruction"]).groups()
        assert (
            r["output"]
            == f"I'm out of the office from {d1} to {d2}. For urgent matters, please contact {name} at {email}."
        )
    for r in _kind("auto_reply", "zh"):
        d1, d2, name, email = re.search(
            r"我(.+?)至(.+?)休假；有急事请联系(.+?)，邮箱(\S+?)。$", r["instruction"]
        ).groups()
        assert r["output"] == f"我于{d1}至{d2}休假，期间无法及时回复邮件。如有急事，请联系{name}（{email}）。"


def test_rgb_to_hex():
    for r in _kind("rgb_hex"):
        rgb = [int(x) for x in re.search(r"rgb\((\d+), (\d+), (\d+)\)", r["instruction"]).groups()]
        assert r["output"] == "#" + "".join(f"{v:02X}" for v in rgb)


def test_all_caps():
    for r in _kind("all_caps"):
        assert r["output"] == r["input"].upper() and r["output"] != r["input"]


def test_no_junk_reply_or_notice_among_the_good_outputs():
    junk = {
        *T15.OOO["en"],
        *T15.OOO["zh"],
        *T15.PROTECTED["en"],
        *T15.PROTECTED["zh"],
        *T15.BROWSER["en"],
        *T15.BROWSER["zh"],
        *T15.ROMANCE_MINOR.values(),
        *T15.NORTH_MINOR.values(),
        *T15.CONLANG.values(),
        *T15.MUSIC["en"],
        *T15.MUSIC["zh"],
        *T15.NO_RESULTS["en"],
        *T15.NO_RESULTS["zh"],
    }
    assert not junk & {r["output"] for r in ROWS}
