"""The authored good look-alikes of heldout5: seeded, distinct, balanced, correct, pinned, apart from heldout2-4."""

import datetime as dt
import hashlib
import re
import sys
import zlib
from pathlib import Path

JUNK = Path(__file__).resolve().parents[4] / "bench" / "clean_eval" / "junk"
sys.path.insert(0, str(JUNK))

import good_heldout5 as G5  # noqa: E402

from tests.support import blind_parts  # noqa: E402

CJK = re.compile(r"[\u4e00-\u9fff]")
ROWS = G5.build_good()


def _kind(kind, lang=None):
    return [r for r in ROWS if r["kind"] == kind and (lang is None or r["lang"] == lang)]


def test_rows_are_pinned_balanced_distinct_and_complete():
    blind_parts.check_good_rows(G5, ROWS, "heldout5", "h5g_")


def test_no_text_or_kind_shared_with_earlier_blind_parts():
    blind_parts.check_apart_from_earlier(G5, ROWS, "heldout5")


def test_hash_vectors_match_published_values_and_hashlib():
    assert G5.digest("MD5", "abc") == "900150983cd24fb0d6963f7d28e17f72"  # RFC 1321
    assert G5.digest("SHA-256", "abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"  # FIPS 180
    assert G5.digest("SHA-1", "abc") == "a9993e364706816aba3e25717850c26c9cd0d89d"  # FIPS 180
    assert G5.digest("CRC32", "hello") == "3610a686"
    algos = {"MD5": "md5", "SHA-1": "sha1", "SHA-256": "sha256"}
    for r in _kind("test_vectors"):
        algo = re.search(r"(MD5|SHA-1|SHA-256|CRC32)", r["instruction"]).group(1)

        def ref(s, algo=algo):
            b = s.encode("utf-8")
            return f"{zlib.crc32(b):08x}" if algo == "CRC32" else hashlib.new(algos[algo], b).hexdigest()

        if r["input"]:
            lines = r["output"].split("\n")
            assert [ln.split(": ")[0] for ln in lines] == r["input"].split("\n")
            assert all(ln.split(": ")[1] == ref(ln.split(": ")[0]) for ln in lines)
        else:
            s = re.search(r"['“](.+?)['”]", r["instruction"]).group(1)
            assert r["output"] == ref(s)


def test_conjugations_follow_the_paradigm():
    assert G5.conjugate("Spanish", "vivir") == ["vivo", "vives", "vive", "vivimos", "vivís", "viven"]
    assert G5.conjugate("French", "parler") == ["parle", "parles", "parle", "parlons", "parlez", "parlent"]
    assert G5.conjugate("German", "machen") == ["mache", "machst", "macht", "machen", "macht", "machen"]
    for r in _kind("conjugation"):
        verb = re.search(r"['“](.+?)['”]", r["instruction"]).group(1)
        language = next(lg for lg, zh in G5.LANG_ZH.items() if lg in r["instruction"] or zh in r["instruction"])
        forms = G5.conjugate(language, verb)
        lines = [ln for ln in r["output"].split("\n") if not ln.startswith(("| person", "|---"))]
        assert len(lines) == 6
        for ln, form in zip(lines, forms, strict=True):
            assert ln.rstrip(" |").endswith(form), (ln, form)


def test_sql_batches_have_one_statement_per_item():
    for r in _kind("sql_batch"):
        stmts = r["output"].split("\n")
        assert all(s.endswith(";") for s in stmts) and len(set(stmts)) == len(stmts)
        listed = re.search(r"[:：]\s*([\w, ]+)[.。]$", r["instruction"]) or re.search(
            r"订单([\d, ]+)的", r["instruction"]
        )
        listed = listed or re.search(r"orders ([\d, ]+) to", r["instruction"])
        assert len(stmts) == len(listed.group(1).split(", ")), r["instruction"]


def test_trees_are_well_formed():
    for r in _kind("dir_tree"):
        lines = r["output"].split("\n")
        assert lines[0].endswith("/") and lines[0][:-1] in r["instruction"]
        assert all(re.match(r"^(│   |    )*(├── |└── )\S", ln) for ln in lines[1:]), r["output"]
        top = [ln for ln in lines[1:] if ln.startswith(("├── ", "└── "))]
        assert top[-1].startswith("└── ") and all(t.startswith("├── ") for t in top[:-1])


def test_cheers_spell_the_team_and_counts_match():
    for r in _kind("call_response", "en"):
        lines = r["output"].split("\n")
        if lines[0].startswith("Give me"):
            team = lines[-1].split("!")[0]
            assert "".join(re.match(r"Give me an? (\w)!", ln).group(1) for ln in lines[:-2]) == team
            assert team.title() in r["instruction"]
        else:
            n = int(re.search(r"squad of (\d+)", r["instruction"]).group(1))
            assert [ln for ln in lines if ln.startswith("Squad:")] == [f"Squad: {k}!" for k in range(1, n + 1)]
    for r in _kind("call_response", "zh"):
        n = int(re.search(r"重复(\d)轮", r["instruction"]).group(1))
        assert r["output"].count("领：") == 2 * n


def test_conversions_are_right():
    factors = {za + zb: f for (_, _, f, za, zb) in G5.CONVERSIONS} | {a + b: f for (a, b, f, _, _) in G5.CONVERSIONS}
    for r in _kind("unit_conversion"):
        ins = r["instruction"]
        m = re.search(r"How many (\w+) are in ([\d.]+) (\w+)", ins) or re.search(
            r"Convert ([\d.]+) (\w+) to (\w+)", ins
        )
        if m and ins.startswith("How"):
            b, v, a = m.groups()
        elif m:
            v, a, b = m.groups()
        else:
            v, a, b = re.search(r"([\d.]+)(\D+?)(?:等于多少|换算成)(\w+?)[？。]", ins).groups()
        want = float(v) * factors[a + b]
        assert abs(float(re.match(r"[\d.]+", r["output"]).group()) - want) < 0.006, (ins, r["output"])


def test_transliterations_and_effects_are_the_listed_ones():
    pairs = {(n, lt) for _, n, lt in G5.TRANSLIT}
    for r in _kind("transliteration"):
        word = re.search(r"['“](.+?)['”]", r["instruction"]).group(1)
        assert (word, r["output"]) in pairs or (r["output"], word) in pairs
    assert G5.effect("braille", "cab", None) == "⠉⠁⠃"
    assert G5.effect("full-width", "OK", None) == "ＯＫ"
    assert G5.effect("circled", "go", None) == "ⓖⓞ"
    for r in _kind("text_effects"):
        word = re.search(r"['“](.+?)['”]", r["instruction"]).group(1)
        stripped = re.sub(r"[\u0300-\u036f]", "", r["output"])
        if "strike" in r["instruction"] or "删除线" in r["instruction"]:
            assert r["output"] == "".join(c + "\u0336" for c in word)
        elif "underline" in r["instruction"] or "下划线" in r["instruction"]:
            assert r["output"] == "".join(c + "\u0332" for c in word)
        elif "glitch" in r["instruction"] or "故障" in r["instruction"]:
            assert stripped == word and r["output"] != word
        elif "full-width" in r["instruction"] or "全角" in r["instruction"]:
            assert r["output"] == G5.effect("full-width", word, None)
        else:
            assert len(r["output"]) == len(word) and not re.search(r"[a-z]", r["output"].replace("x", ""))


def test_diffs_apply():
    for r in _kind("diff_patch"):
        old, new = re.findall(r"`(\w+)`", r["instruction"])
        body = r["output"].split("\n")[3:]
        before = [ln[1:] for ln in body if not ln.startswith("+")]
        after = [ln[1:] for ln in body if not ln.startswith("-")]
        assert "\n".join(before) + "\n" == r["input"]
        assert "\n".join(after) + "\n" == re.sub(rf"\b{old}\b", new, r["input"])


def test_drills_use_only_the_row_asked():
    for r in _kind("typing_drill"):
        row = next((k for k, z in G5.ROWS_ZH.items() if z in r["instruction"]), None)
        row = row or next((k for k in G5.ROWS if f"the {k} row" in r["instruction"]), None)
        if row is None:
            assert "拼音" in r["instruction"]
            syl = r["output"].split()
            final = re.search(r"韵母“(\w)”", r["instruction"]).group(1)
            assert all(s.endswith(final) or (final == "i" and s == "yi") or (final == "u" and s == "wu") for s in syl)
            continue
        keys = set(G5.ROWS[row].upper() if "Which" in r["instruction"] else G5.ROWS[row])
        assert set(r["output"]) - {" ", "\n"} <= keys, r


def test_dates_are_right():
    days = {"Monday": 0, "Tuesday": 1, "Wednesday": 2, "Thursday": 3, "Friday": 4, "Saturday": 5, "Sunday": 6}
    days |= {z: i for i, z in enumerate(G5.ZH_WEEKDAYS)}
    for r in _kind("calendar_dates"):
        ins = r["instruction"]
        m = re.search(r"(\d+) days that follow (\d{4}-\d{2}-\d{2})", ins)
        if m:
            start = dt.date.fromisoformat(m.group(2))
            want = [(start + dt.timedelta(days=k)).isoformat() for k in range(1, int(m.group(1)) + 1)]
            assert r["output"].split("\n") == want
            continue
        wd = next(v for k, v in days.items() if k in ins)
        y = int(re.search(r"(20\d\d)", ins).group(1))
        mo = re.search(r"年(\d+)月", ins)
        month = int(mo.group(1)) if mo else G5.MONTHS.index(re.search(r"in (\w+) 20", ins).group(1)) + 1
        want_d = [d for d in (dt.date(y, month, k) for k in range(1, 32) if _valid(y, month, k)) if d.weekday() == wd]
        if "、" in r["output"]:
            assert r["output"] == "、".join(f"{d.month}月{d.day}日" for d in want_d)
        else:
            assert r["output"].split("\n") == [d.isoformat() for d in want_d]


def _valid(y, m, d):
    try:
        dt.date(y, m, d)
    except ValueError:
        return False
    return True


def test_logs_and_cloze_have_the_number_of_lines_asked():
    for r in _kind("log_excerpt") + _kind("cloze"):
        n = int(re.search(r"(\d+)", r["instruction"]).group(1))
        qs = r["output"].split("\n\n")[0].split("\n")
        assert len(qs) == n, r
    for r in _kind("cloze"):
        assert all(re.search(r"_{4,}|（　　）", q) for q in r["output"].split("\n\n")[0].split("\n"))
