"""The authored good look-alikes of heldout8: seeded, distinct, balanced, correct, pinned, apart from heldout2-7."""

import datetime as dt
import re
import sys
from itertools import pairwise
from pathlib import Path

JUNK = Path(__file__).resolve().parents[4] / "bench" / "clean_eval" / "junk"
sys.path.insert(0, str(JUNK))

import good_heldout8 as G8  # noqa: E402

from tests.support import blind_parts  # noqa: E402

CJK = re.compile(r"[\u4e00-\u9fff]")
ROWS = G8.build_good()


def _kind(kind, lang=None):
    rows = [r for r in ROWS if r["kind"] == kind and (lang is None or r["lang"] == lang)]
    assert len(rows) == (30 if lang else 60)
    return rows


def test_rows_are_pinned_balanced_distinct_and_complete():
    blind_parts.check_good_rows(G8, ROWS, "heldout8", "h8g_")


def test_no_text_or_kind_shared_with_earlier_blind_parts():
    blind_parts.check_apart_from_earlier(G8, ROWS, "heldout8")


def _quoted(text):
    return re.search(r"[\"“](.+?)[\"”]", text).group(1)


def test_hexdumps_read_back_to_the_string():
    assert G8.hexdump(b"Hi!") == "00000000  48 69 21" + " " * 42 + "|Hi!|\n00000003"
    for r in _kind("hex_dump"):
        s = _quoted(r["instruction"])
        lines = r["output"].splitlines()
        data = b"".join(bytes.fromhex(ln[10:60].replace(" ", "")) for ln in lines[:-1])
        assert data == s.encode("ascii") and int(lines[-1], 16) == len(data)
        assert "".join(ln[ln.index("|") + 1 : -1] for ln in lines[:-1]) == s
        assert all(ln[8:10] == "  " and ln[60] == "|" for ln in lines[:-1])


def test_bingo_cards_use_the_column_ranges():
    for r in _kind("bingo_card"):
        head, *rows = r["output"].splitlines()
        assert head.split() == list("BINGO") and len(rows) == 5
        cells = [row.split() for row in rows]
        assert cells[2][2] == "FREE"
        for c in range(5):
            col = [int(cells[i][c]) for i in range(5) if (i, c) != (2, 2)]
            assert len(set(col)) == len(col) and all(15 * c < n <= 15 * c + 15 for n in col)


def _mins(t):
    h, m = t.split(":")
    return int(h) * 60 + int(m)


def test_timetables_follow_headway_and_running_times():
    for r in _kind("train_timetable"):
        every = int(
            re.search(r"every (\d+) minutes|每(\d+)分钟", r["instruction"]).group(1 if r["lang"] == "en" else 2)
        )
        offsets = [int(x) for x in re.findall(r"\+(\d+)", r["instruction"])]
        first = re.search(r"(\d\d:\d\d)", r["instruction"]).group(1)
        rows = [re.findall(r"\d\d:\d\d", ln) for ln in r["output"].splitlines()]
        assert len(rows) == len(offsets) and rows[0][0] == first
        for off, row in zip(offsets, rows, strict=True):
            assert [_mins(t) for t in row] == [_mins(first) + off + k * every for k in range(len(row))]


def test_tides_alternate_with_the_stated_intervals():
    for r in _kind("tide_table"):
        n = int(re.search(r"first (\d+) tides|前(\d+)次", r["instruction"]).group(1 if r["lang"] == "en" else 2))
        lines = r["output"].splitlines()
        assert len(lines) == n
        stamps = []
        for ln in lines:
            if r["lang"] == "en":
                stamps.append(dt.datetime.strptime("2025 " + ln[:12], "%Y %d %b %H:%M"))
            else:
                mo, d, h, mi = map(int, re.match(r"(\d+)月(\d+)日 (\d\d):(\d\d)", ln).groups())
                stamps.append(dt.datetime(2025, mo, d, h, mi))
        kinds = ["High" in ln or "高潮" in ln for ln in lines]
        assert kinds == [k % 2 == 0 for k in range(n)]
        gaps = [(b - a).total_seconds() / 60 for a, b in pairwise(stamps)]
        assert gaps == [373 if k % 2 == 0 else 372 for k in range(n - 1)]


def test_tallies_count_the_votes():
    for r in _kind("tally_marks"):
        if r["lang"] == "en":
            votes = [int(v) for v in re.findall(r" (\d+)(?:,|\.$)", r["instruction"])]
        else:
            votes = [int(v) for v in re.findall(r"(\d+)票", r["instruction"])]
        marks = [ln.split(": ", 1)[1] if r["lang"] == "en" else ln.split("：", 1)[1] for ln in r["output"].splitlines()]
        weights = {"正": 5, "一": 1, "丅": 2, "下": 3, "止": 4}
        counted = (
            [m.count("|") + m.count("/") for m in marks]
            if r["lang"] == "en"
            else [sum(weights[c] for c in m) for m in marks]
        )
        assert counted == votes
        if r["lang"] == "en":
            assert all(m.count("/") == v // 5 for m, v in zip(marks, votes, strict=True))


def test_word_searches_hide_every_word_where_the_key_says():
    for r in _kind("word_search"):
        grid_text, key = r["output"].split("\n\n")
        grid = [ln.split() if r["lang"] == "en" else list(ln) for ln in grid_text.splitlines()]
        size = 10 if r["lang"] == "en" else 8
        assert len(grid) == size and all(len(row) == size for row in grid)
        for ln in key.splitlines():
            if r["lang"] == "en":
                w, rr, cc, way = re.match(r"(\w+): row (\d+), column (\d+), (across|down)", ln).groups()
                across = way == "across"
            else:
                w, rr, cc, way = re.match(r"(\w+)：第(\d+)行第(\d+)列起，(横向|纵向)", ln).groups()
                across = way == "横向"
            y, x = int(rr) - 1, int(cc) - 1
            got = "".join(grid[y][x + i] if across else grid[y + i][x] for i in range(len(w)))
            assert got == w and w in r["instruction"]


def test_base_conversions():
    for r in _kind("base_conversion"):
        _head, *rows = r["output"].splitlines()
        for row in rows:
            d, b, o, h = (x.strip() for x in row.split("|"))
            assert int(b, 2) == int(o, 8) == int(h, 16) == int(d)
            assert d in r["instruction"]


def test_tennis_calls_follow_the_points():
    for r in _kind("tennis_score"):
        pts = re.search(r"[:：]\s*([AB](?: [AB])+)", r["instruction"]).group(1).split()
        calls = r["output"].splitlines()
        assert len(calls) == len(pts)
        winner = pts[-1]
        assert calls[-1] in (f"Game {winner}", f"本局胜者：{winner}")
        won, lost = pts.count(winner), len(pts) - pts.count(winner)
        assert won >= 4 and won - lost >= 2 and (lost < 3 or won - lost == 2)
        a = b = 0
        for p, call in zip(pts[:-1], calls[:-1], strict=True):
            a, b = (a + 1, b) if p == "A" else (a, b + 1)
            if a < 3 or b < 3:
                assert call == f"{(0, 15, 30, 40)[a]}-{(0, 15, 30, 40)[b]}"
            elif a == b:
                assert call in ("Deuce", "平分")
            else:
                assert ("A" if a > b else "B") in call


def test_phone_keypad_digits():
    assert G8.keypad("QUARTZ") == "782789"
    pads = {"2": "ABC", "3": "DEF", "4": "GHI", "5": "JKL", "6": "MNO", "7": "PQRS", "8": "TUV", "9": "WXYZ"}
    for r in _kind("phone_keypad"):
        for ln in r["output"].splitlines():
            word, digits = ln.split(" → ")
            assert len(word) == len(digits) and all(c in pads[d] for c, d in zip(word, digits, strict=True))
            assert word in r["instruction"]


def test_vowels_removed_and_nothing_else():
    for r in _kind("vowel_removal"):
        assert not re.search(r"[aeiouAEIOU]", r["output"])
        assert r["output"] == re.sub(r"[aeiouAEIOU]", "", r["input"])


def test_seat_maps_mark_exactly_the_taken_seats():
    for r in _kind("seat_map"):
        taken = set(re.findall(r"\d+[A-F]", r["instruction"]))
        marked = set()
        for ln in r["output"].splitlines():
            row, seats = ln.split(None, 1)
            cells = seats.replace("| ", "").split()
            assert len(cells) == 6 and "|" in seats
            marked |= {f"{row}{c}" for c, m in zip("ABCDEF", cells, strict=True) if m == "X"}
            assert all(m in ("X", c) for c, m in zip("ABCDEF", cells, strict=True))
        assert marked == taken


def test_toc_pages_add_up():
    for r in _kind("toc_leaders"):
        start = int(re.search(r"page (\d+)|第(\d+)页开始", r["instruction"]).group(1 if r["lang"] == "en" else 2))
        lengths = [int(n) for n in re.findall(r"\((\d+) pages\)|（(\d+)页）", r["instruction"]) for n in n if n]
        pages = [int(re.search(r"(\d+)$", ln).group(1)) for ln in r["output"].splitlines()]
        assert pages[0] == start and len(pages) == len(lengths)
        assert all(b - a == n for a, b, n in zip(pages, pages[1:], lengths, strict=False))
        assert all(("..." in ln) or ("……" in ln) for ln in r["output"].splitlines())


def test_brackets_pair_seeds_the_standard_way():
    assert G8.bracket_order(8) == [1, 8, 4, 5, 2, 7, 3, 6]
    assert G8.bracket_order(16)[:4] == [1, 16, 8, 9]
    for r in _kind("knockout_bracket"):
        seeds = [tuple(int(s) for s in re.findall(r"[(（](\d+)[)）]", ln)) for ln in r["output"].splitlines()]
        n = 2 * len(seeds)
        assert all(a + b == n + 1 for a, b in seeds)
        top = [s for pair in seeds[: len(seeds) // 2] for s in pair]
        assert 1 in top and 2 not in top
