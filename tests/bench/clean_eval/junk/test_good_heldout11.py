"""The authored good look-alikes of heldout11: seeded, distinct, balanced, correct, pinned, apart from heldout2-10."""

import json
import re
import sys
from pathlib import Path

JUNK = Path(__file__).resolve().parents[4] / "bench" / "clean_eval" / "junk"
sys.path.insert(0, str(JUNK))

import good_heldout11 as G11  # noqa: E402
import templates_heldout11 as T11  # noqa: E402

from tests.support import blind_parts  # noqa: E402

ROWS = G11.build_good()


def _kind(kind, lang=None):
    return blind_parts.kind_rows(ROWS, kind, lang)


def _quoted(text):
    return re.search(r"[\"“](.+?)[\"”]", text).group(1)


def test_rows_are_pinned_balanced_distinct_and_complete():
    blind_parts.check_good_rows(G11, ROWS, "heldout11", "h11g_")


def test_no_text_or_kind_shared_with_earlier_blind_parts():
    blind_parts.check_apart_from_earlier(G11, ROWS, "heldout11")


def test_pig_latin_follows_the_rule():
    assert G11.pig_latin("string apple yellow rhythm") == "ingstray appleway ellowyay ythmrhay"
    for r in _kind("pig_latin"):
        phrase = _quoted(r["instruction"])
        assert r["output"] == G11.pig_latin(phrase) == T11.pig_latin(phrase)  # two converters written apart agree


def test_json_ld_holds_exactly_the_input_pairs():
    for r in _kind("json_ld_faq"):
        out = r["output"]
        if "script" in r["instruction"]:
            assert out.startswith('<script type="application/ld+json">\n') and out.endswith("\n</script>")
            out = out.split("\n", 1)[1].rsplit("\n", 1)[0]
        data = json.loads(out)
        assert data["@type"] == "FAQPage" and data["@context"] == "https://schema.org"
        got = [(e["name"], e["acceptedAnswer"]["text"]) for e in data["mainEntity"]]
        want = re.findall(r"(?:Q: |问：)(.+)\n(?:A: |答：)(.+)", r["input"])
        assert got == want and 1 <= len(got) <= 3


def test_logfmt_line_round_trips():
    for r in _kind("logfmt_line"):
        fields = [tuple(re.split(r": |：", ln, maxsplit=1)) for ln in r["input"].split("\n")]
        parsed = [(k, v.strip('"')) for k, v in re.findall(r'(\w+)=("[^"]*"|\S+)', r["output"])]
        assert parsed == fields and "\n" not in r["output"]
        assert all(('"' in r["output"].split(f"{k}=")[1][:1]) == (" " in v) for k, v in fields)


def test_age_gates_name_the_shop_and_the_age():
    for r in _kind("age_gate_copy"):
        age = re.search(r"(\d+)", r["instruction"]).group(1)
        shop = next(s for s, _ in G11.EN_SHOPS + G11.ZH_SHOPS if s in r["instruction"])
        assert shop in r["output"] and r["output"].count(age) == 2
        assert r["output"].endswith(("[Yes, enter]   [No, leave]", "【是，进入】   【否，离开】"))


def test_error_pages_link_home():
    for r in _kind("error_page_copy"):
        home = re.search(r"(https://\S+)", r["instruction"]).group(1)
        assert r["output"].startswith("404") and r["output"].endswith(home)


def test_sponsor_reads_carry_the_code_and_discount():
    for r in _kind("sponsor_read"):
        code = re.search(r"\b([A-Z]+\d\d)\b", r["instruction"]).group(1)
        pct = re.search(r"(\d+)%", r["instruction"]).group(1)
        host = re.search(r"(\w+(?:-\w+)?\.example)", r["instruction"]).group(1)
        assert code in r["output"] and f"{pct}%" in r["output"] and host in r["output"]
        assert len(re.findall(r"\.(?:\s|$)|。", r["output"])) == 2


def test_adoption_listings_carry_name_age_shelter_and_phone():
    for r in _kind("adoption_listing"):
        phone = re.search(r"(555-01\d\d)", r["instruction"]).group(1)
        name = next(n for n, _ in G11.EN_PETS + G11.ZH_PETS if n in r["instruction"])
        shelter = next(s for s in G11.EN_SHELTERS + G11.ZH_SHELTERS if s in r["instruction"])
        assert phone in r["output"] and r["output"].startswith(("Meet " + name, name)) and shelter in r["output"]


def test_keyboard_shift_is_decoded():
    assert G11.shifted("hello") == "jr;;p" == T11.shift_right("hello")
    for r in _kind("keyboard_shift"):
        typed, meant = _quoted(r["instruction"]), _quoted(r["output"])
        assert G11.shifted(meant) == typed == T11.shift_right(meant) and typed != meant


def test_game_controls_list_the_asked_keys():
    for r in _kind("game_controls"):
        lines = r["output"].split("\n")
        assert len(lines) == 6 and [ln[0] for ln in lines[:4]] == list("WASD")
        for ln in lines[4:]:
            key, act = re.split(r" – |：", ln)
            assert key in r["instruction"] and act in r["instruction"]


def test_bug_tickets_come_from_the_report():
    for r in _kind("bug_ticket"):
        out = r["output"]
        exp = re.search(r"(?:Expected|预期结果)[:：] ?(.+?)\.?$", out, re.M).group(1).strip("。 ")
        act = re.search(r"(?:Actual|实际结果)[:：] ?(.+?)\.?$", out, re.M).group(1).strip("。 ")
        assert exp.lower() in r["input"].lower() and act.lower() in r["input"].lower()
        prio = re.search(r"(?:Priority|优先级)[:：] ?(\S+)$", out).group(1)
        assert f"({prio})" in r["instruction"] or f"（{prio}）" in r["instruction"]
        assert re.search(r"\n1\. .+\n2\. .+\n3\. .+\n", out)


def test_blank_forms_have_the_fields_in_order():
    for r in _kind("blank_form"):
        title, *lines = r["output"].split("\n")
        fields = [re.split(r": |：", ln)[0] for ln in lines]
        assert all(ln.endswith(G11.BLANK) for ln in lines) and 3 <= len(lines) <= 5
        listed = re.search(r"(?:to fill in: |字段为：)(.+?)(?:\.$|，每项)", r["instruction"]).group(1)
        assert fields == re.split(r", |、", listed)
        assert title.lower() in r["instruction"].lower()


def test_octal_paths_decode_to_the_file_name():
    for r in _kind("octal_escapes"):
        name = _quoted(r["instruction"])
        shown = re.search(r'"((?:\\[0-7]{3}|[\x21\x23-\x5b\x5d-\x7e])+)"', r["output"]).group(1)
        raw = re.sub(rb"\\([0-7]{3})", lambda m: bytes([int(m.group(1), 8)]), shown.encode())
        assert raw.decode("utf-8") == name and shown.isascii()
        assert G11.octal_path(name) == '"' + T11.octal_escape(name) + '"'


def test_headlines_are_shortened_as_asked():
    for r in _kind("truncate_asked"):
        n = int(re.search(r"(\d+)", r["instruction"]).group(1))
        out = r["output"]
        assert len(out) <= n and out.endswith("…") and r["input"].startswith(out[:-1])
        if r["lang"] == "en":
            assert r["input"][len(out) - 1] == " "
        else:
            assert len(out) == n
