"""The authored good look-alikes of heldout9: seeded, distinct, balanced, correct, pinned, apart from heldout2-8."""

import re
import sys
from pathlib import Path

JUNK = Path(__file__).resolve().parents[4] / "bench" / "clean_eval" / "junk"
sys.path.insert(0, str(JUNK))

import good_heldout9 as G9  # noqa: E402

from tests.support import blind_parts  # noqa: E402

CJK = re.compile(r"[\u4e00-\u9fff]")
ROWS = G9.build_good()


def _kind(kind, lang=None):
    rows = [r for r in ROWS if r["kind"] == kind and (lang is None or r["lang"] == lang)]
    assert len(rows) == (30 if lang else 60)
    return rows


def test_rows_are_pinned_balanced_distinct_and_complete():
    blind_parts.check_good_rows(G9, ROWS, "heldout9", "h9g_")


def test_no_text_or_kind_shared_with_earlier_blind_parts():
    blind_parts.check_apart_from_earlier(G9, ROWS, "heldout9")


def test_long_division_steps_add_up():
    assert G9.division_steps(156, 12) == [(1, 1, 0, 0, 1), (5, 15, 1, 12, 3), (6, 36, 3, 36, 0)]
    for r in _kind("long_division"):
        a, b = (int(x) for x in re.search(r"(\d+) (?:÷|除以|by) (\d+)", r["instruction"]).groups())
        lines = r["output"].splitlines()
        assert len(lines) == len(str(a)) + 1
        rem = 0
        for d, ln in zip(str(a), lines, strict=False):
            cur, bb, q, q2, bb2, prod, left = (int(x) for x in re.findall(r"\d+", ln)[1:8])
            assert cur == rem * 10 + int(d) and bb == bb2 == b and q == q2 == cur // b
            assert prod == q * b and left == cur - prod
            rem = left
        q, r_ = divmod(a, b)
        assert re.findall(r"\d+", lines[-1])[-2:] == [str(q), str(r_)]


def test_interest_schedules_compound():
    for r in _kind("interest_schedule"):
        p, rate = re.search(r"\$?([\d,]+)(?: is deposited|元).*?([\d.]+)%", r["instruction"]).groups()
        p, rate = int(p.replace(",", "")), float(rate)
        vals = [float(v.replace(",", "")) for v in re.findall(r"[:：]\s*\$?([\d,]+\.\d\d)", r["output"])]
        n = int(re.search(r"for (\d+) years|第(\d+)年每年", r["instruction"]).group(1 if r["lang"] == "en" else 2))
        assert len(vals) == n
        for k, v in enumerate(vals, 1):
            assert abs(v - p * (1 + rate / 100) ** k) < 0.006
        assert vals == sorted(vals)


def test_phone_numbers_keep_their_digits():
    for r in _kind("phone_e164"):
        src, out = r["input"].splitlines(), r["output"].splitlines()
        assert len(src) == len(out) >= 3
        for a, b in zip(src, out, strict=True):
            digits = re.sub(r"\D", "", a)
            got = re.sub(r"\D", "", b)
            assert b.startswith("+")
            if b.startswith("+1"):
                assert got == "1" + digits and "55501" in digits
            elif b.startswith("+44"):
                assert got == "44" + digits[1:] and digits.startswith("02079460")
            else:
                assert got == "86" + digits and len(digits) == 11


def test_url_slugs():
    assert G9.slugify("Don't Bake Sourdough Bread Like This!") == "dont-bake-sourdough-bread-like-this"
    for r in _kind("url_slug"):
        titles, out = r["input"].splitlines(), r["output"].splitlines()
        assert len(titles) == len(out)
        for t, u in zip(titles, out, strict=True):
            assert u.endswith(G9.slugify(t)) and re.fullmatch(r"(https://[a-z.]+/(?:guides/)?)?[a-z0-9-]+", u)
            assert ("https://" in u) == ("https://" in r["instruction"])


def test_reference_lists_match_their_sources():
    for r in _kind("reference_list"):
        src, out = r["input"].splitlines(), r["output"].splitlines()
        assert len(src) == len(out)
        for line in src:
            doi = re.search(r"(10\.\d{4}/[a-h]\d{5})", line).group(1)
            year = re.search(r"(20[012]\d)", line).group(1)
            match = [o for o in out if doi in o]
            assert len(match) == 1 and year in match[0]
        if r["lang"] == "en":
            assert out == sorted(out) and all("https://doi.org/10." in o for o in out)
        else:
            assert [o[: len(f"[{k}]")] for k, o in enumerate(out, 1)] == [f"[{k}]" for k in range(1, len(out) + 1)]
            assert all("[J]." in o for o in out)


def test_licence_headers_are_comments_with_year_and_holder():
    for r in _kind("license_header"):
        year = re.search(r"(20[12]\d)", r["instruction"]).group(1)
        lines = r["output"].splitlines()
        mark = lines[0].split()[0]
        assert mark in ("#", "//") and all(ln == mark or ln.startswith(mark + " ") for ln in lines)
        assert year in lines[0] and lines[0].split(year, 1)[1].strip() in r["instruction"]
        assert ("apache.org/licenses/LICENSE-2.0" in r["output"]) != ("MulanPSL2" in r["output"])


def test_consent_banners_carry_site_and_buttons():
    for r in _kind("consent_banner"):
        buttons = re.findall(r'"([^"]+)"|“([^”]+)”', r["instruction"])
        names = [a or b for a, b in buttons]
        site, wanted = names[0] if r["lang"] == "zh" else None, names[1:] if r["lang"] == "zh" else names
        if r["lang"] == "en":
            site = re.search(r"website (.+?), with", r["instruction"]).group(1)
        assert r["output"].startswith(site)
        assert re.findall(r"\[([^\]]+)\]", r["output"]) == wanted


def test_lorem_ipsum_word_counts():
    for r in _kind("lorem_ipsum"):
        n = int(re.search(r"(\d+)", r["instruction"]).group(1))
        words = r["output"].split()
        assert len(words) == n and r["output"].startswith("Lorem ipsum") and r["output"].endswith(".")
        assert G9.LOREM_TEXT.startswith(r["output"][:-1])


def test_missing_values_fill_exactly_the_gaps():
    for r in _kind("missing_values"):
        fill = "N/A" if r["lang"] == "en" else re.search(r"填“(.+?)”", r["instruction"]).group(1)
        notes = r["input"].splitlines()
        rows = [ln.strip("|").split("|") for ln in r["output"].splitlines()[2:]]
        assert len(rows) == len(notes)
        for note, cells in zip(notes, rows, strict=True):
            name, city, ext = (c.strip() for c in cells)
            assert note.startswith(name)
            assert (city == fill) == ("lives in" not in note and "在" not in note)
            assert (ext == fill) == ("ext." not in note and "分机" not in note)
            if ext != fill:
                assert ext in note
        assert sum(c.strip() == fill for row in rows for c in row) >= 1


def test_code_stubs_compile_and_have_one_todo_each():
    for r in _kind("code_stub"):
        names = re.findall(r"`(\w+)`", r["instruction"].split(":")[0] if r["lang"] == "en" else r["instruction"])
        names = [n for n in names if n != "NotImplementedError"]
        code = r["output"].removeprefix("```python\n").removesuffix("\n```")
        compile("from datetime import date\n" + code, "<stub>", "exec")
        assert re.findall(r"^def (\w+)", code, re.M) == names
        assert code.count("# TODO") == code.count("raise NotImplementedError") == len(names)


def test_voice_changes_swap_agent_and_object():
    for r in _kind("voice_change"):
        src, out = r["input"].splitlines(), r["output"].splitlines()
        assert len(src) == len(out) >= 3
        for a, b in zip(src, out, strict=True):
            if r["lang"] == "en":
                act, pas = (a, b) if " by the " in b else (b, a)
                agent, verb, obj = re.fullmatch(r"The (\w+) (\w+) the (\w+)\.", act).groups()
                obj2, be, pp, agent2 = re.fullmatch(r"The (\w+) (was|were) (\w+) by the (\w+)\.", pas).groups()
                assert (agent, obj) == (agent2, obj2) and be == ("were" if obj.endswith("s") else "was")
                assert (verb, pp) in {(p, q) for p, q, _ in G9.VERBS}
            else:
                ba, bei = (a, b) if "被" in b else (b, a)
                obj, verb = next((o, v) for o, v in G9.ZH_ACTS if ba.endswith(f"把{o}{v}了。"))
                agent = ba.removesuffix(f"把{obj}{verb}了。")
                assert agent in G9.ZH_AGENTS and bei == f"{obj}被{agent}{verb}了。"


def test_mojibake_is_explained_and_decoded():
    for r in _kind("mojibake_explained"):
        orig = re.findall(r"“([^”]+)”", r["output"])[-1]
        assert orig in G9.EN_PHRASES + G9.ZH_PHRASES
        bad = [b for c in ("cp1252", "latin-1", "gbk") if (b := G9.garble(orig, c)) in r["instruction"]]
        assert bad and bad[0] != orig and bad[0] in r["output"]


def test_seo_keyword_lists():
    for r in _kind("seo_keywords"):
        n = int(re.search(r"(\d+)", r["instruction"]).group(1))
        lines = r["output"].splitlines()
        assert [ln.split(". ", 1)[0] for ln in lines] == [str(k) for k in range(1, n + 1)]
        kws = [ln.split(". ", 1)[1] for ln in lines]
        assert len(set(kws)) == n
        biz = next(b for b in G9.BUSINESSES + G9.ZH_BIZ if b in r["instruction"])
        assert all(biz in k for k in kws)
