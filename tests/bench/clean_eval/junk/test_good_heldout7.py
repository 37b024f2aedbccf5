"""The authored good look-alikes of heldout7: seeded, distinct, balanced, correct, pinned, apart from heldout2-6."""

import random
import re
import sys
from itertools import combinations, pairwise
from pathlib import Path

JUNK = Path(__file__).resolve().parents[4] / "bench" / "clean_eval" / "junk"
sys.path.insert(0, str(JUNK))

import good_heldout7 as G7  # noqa: E402

from tests.support import blind_parts  # noqa: E402

CJK = re.compile(r"[\u4e00-\u9fff]")
ROWS = G7.build_good()


def _kind(kind, lang=None):
    return [r for r in ROWS if r["kind"] == kind and (lang is None or r["lang"] == lang)]


def test_rows_are_pinned_balanced_distinct_and_complete():
    blind_parts.check_good_rows(G7, ROWS, "heldout7", "h7g_")


def test_no_text_or_kind_shared_with_earlier_blind_parts():
    blind_parts.check_apart_from_earlier(G7, ROWS, "heldout7")


def test_stammers_belong_to_the_named_character():
    for r in _kind("stammer_dialogue"):
        lines = r["output"].splitlines()
        speakers = [ln.split(":" if r["lang"] == "en" else "：", 1)[0] for ln in lines]
        first = speakers[0]
        assert first.lower() in r["instruction"].lower() and len(set(speakers)) == 2
        assert speakers[::2] == [first] * len(speakers[::2]) and first not in speakers[1::2]
        stam = [ln for ln in lines[::2] if re.search(r"\b(\w)-\1|(\w)、\2" if r["lang"] == "zh" else r"\b(\w+)-", ln)]
        assert len(stam) == len(lines[::2])


def test_knitting_rows_match_the_rib():
    for r in _kind("knitting_pattern"):
        k, p = map(int, re.search(r"(\d)[x×](\d)", r["instruction"]).groups())
        repeats = int(re.search(r"(\d+) repeats|宽(\d+)个花样", r["instruction"]).group(1 if r["lang"] == "en" else 2))
        rows = int(re.search(r"first (\d+) rows|前(\d+)行", r["instruction"]).group(1 if r["lang"] == "en" else 2))
        lines = r["output"].splitlines()
        assert str((k + p) * repeats) in lines[0]
        body = lines[1:-1]
        assert len(body) == rows
        for i, ln in enumerate(body, start=1):
            if r["lang"] == "en":
                assert ln == f"Row {i}: {G7.rib_row(k, p, i)}; rep from * to end."
            elif i % 2:
                assert f"*{k}针下针，{p}针上针*" in ln
            else:
                assert f"*{p}针下针，{k}针上针*" in ln


def test_drum_grids_have_sixteen_steps_and_the_style_asked():
    for r in _kind("drum_pattern"):
        grid = re.findall(r"\|([x-]+)\|", r["output"])
        assert len(grid) == 3 and all(len(g) == 16 for g in grid)
        style = next(s for s in G7.DRUMS if s in r["instruction"] or G7.ZH_STYLES[s] in r["instruction"])
        assert tuple(grid) == G7.DRUMS[style]
        assert re.search(r"\d+", r["instruction"]).group() in r["output"]


def _grid(text):
    return [[c for c in ln.split() if c != "|"] for ln in text.splitlines() if ln and ln[0] in "123456789."]


def test_the_solution_counter():
    grid = G7.sudoku_solution(random.Random(3))
    assert G7.count_solutions([row[:] for row in grid]) == 1
    # blank every 1 and 2: the grid with 1 and 2 swapped everywhere also fits, so there are two solutions
    two = [[0 if v in (1, 2) else v for v in row] for row in grid]
    assert G7.count_solutions(two) == 2
    clash = [row[:] for row in grid]
    clash[0][0], clash[0][1] = 0, grid[0][0]
    assert G7.count_solutions(clash) == 0
    assert G7.count_solutions([[0] * 9 for _ in range(9)], limit=3) == 3


def test_sudoku_solutions_are_valid_and_fit_the_puzzle():
    for r in _kind("sudoku_grid"):
        puzzle_txt, sol_txt = r["output"].split("\n\n")
        puzzle, sol = _grid(puzzle_txt.split("\n", 1)[1]), _grid(sol_txt.split("\n", 1)[1])
        assert len(sol) == 9 and all(len(row) == 9 for row in sol)
        digits = set("123456789")
        for i in range(9):
            assert set(sol[i]) == digits and {sol[j][i] for j in range(9)} == digits
            br, bc = 3 * (i // 3), 3 * (i % 3)
            assert {sol[br + a][bc + b] for a in range(3) for b in range(3)} == digits
        holes = int(re.search(r"\d+", r["instruction"]).group())
        assert sum(c == "." for row in puzzle for c in row) == holes
        assert all(
            p in (".", s) for prow, srow in zip(puzzle, sol, strict=True) for p, s in zip(prow, srow, strict=True)
        )
        assert G7.count_solutions([[0 if c == "." else int(c) for c in row] for row in puzzle]) == 1


def test_formulas_use_the_ranges_asked():
    for r in _kind("spreadsheet_formula"):
        f = r["output"]
        assert f.startswith("=") and f.count("(") == f.count(")")
        for ref in re.findall(r"[A-E]\d+:[A-E]\d+", r["instruction"]):
            assert ref in f.replace(";", ",")
        m = re.search(r'"([^"]+)"|“([^”]+)”', r["instruction"])
        if m and ("SUMIF" in f or "COUNTIF" in f):
            assert f'"{m.group(1) or m.group(2)}"' in f


def test_phone_menus_number_the_options_in_order():
    for r in _kind("ivr_menu"):
        if r["lang"] == "en":
            opts = r["instruction"].split("in order: ", 1)[1].rstrip(".").split(", ")
            for i, o in enumerate(opts, start=1):
                assert f"For {o}, press {i}." in r["output"]
        else:
            opts = r["instruction"].split("包含：", 1)[1].rstrip("。").split("、")
            for i, o in enumerate(opts, start=1):
                assert f"{o}请按{i}；" in r["output"]


def test_cron_expressions_have_five_valid_fields():
    for r in _kind("cron_expression"):
        expr = r["output"].strip("`")
        fields = expr.split()
        assert len(fields) == 5
        for f, hi in zip(fields, (59, 23, 31, 12, 7), strict=True):
            for n in re.findall(r"\d+", f):
                assert 0 <= int(n) <= hi


def test_plain_hunt_rows_are_changes():
    assert G7.plain_hunt(4) == ["1234", "2143", "2413", "4231", "4321", "3412", "3142", "1324", "1234"]
    for n in range(3, 13):
        rows = G7.plain_hunt(n)
        assert len(rows) == 2 * n + 1 and rows[0] == rows[-1] and len(set(rows[:-1])) == 2 * n
        for a, b in pairwise(rows):
            moved = [i for i in range(n) if a[i] != b[i]]
            assert all(b[i] == a[i + 1] and b[i + 1] == a[i] for i in moved[::2])
    for r in _kind("change_ringing"):
        n = int(re.search(r"(\d+) bells|(\d+)口钟", r["instruction"]).group(1 if r["lang"] == "en" else 2))
        rows = [re.sub(r"^\s*\d+\.\s|^第\d+行：|\s", "", ln) for ln in r["output"].splitlines()]
        full = G7.plain_hunt(n)
        assert rows in (full, full[: n + 1])


def test_progress_bars_fill_the_share_asked():
    for r in _kind("progress_bar"):
        width = int(re.search(r"(\d+)-character|宽(\d+)个", r["instruction"]).group(1 if r["lang"] == "en" else 2))
        for ln in r["output"].splitlines():
            m = re.fullmatch(r"\[(.*)\] (\d+)%", ln)
            cells, pct = m.group(1), int(m.group(2))
            assert len(cells) == width
            assert sum(c in "#=█" for c in cells) == round(width * pct / 100)


def test_round_robins_pair_every_team_once():
    for r in _kind("round_robin"):
        if r["lang"] == "en":
            teams = r["instruction"].split("once: ", 1)[1].rstrip(".").split(", ")
            games = re.findall(r"(\w+) vs (\w+)", r["output"])
        else:
            teams = r["instruction"].split("：", 1)[1].rstrip("。").split("、")
            games = [
                tuple(g.split(" 对 "))
                for ln in r["output"].splitlines()
                if ln.startswith("第")
                for g in ln.split("：", 1)[1].split("，")
            ]
        assert sorted(tuple(sorted(g)) for g in games) == sorted(tuple(sorted(c)) for c in combinations(teams, 2))
        for ln in r["output"].splitlines():
            if "vs" in ln or " 对 " in ln:
                rest = ln.split(":" if r["lang"] == "en" else "：", 1)[1]
                names = re.findall(r"\w+", rest.replace(" vs ", " ").replace(" 对 ", " "))
                assert len(names) == len(set(names))


def test_check_digits():
    assert G7.isbn13_check("978030640615") == 7
    assert G7.luhn_check("7992739871") == 3
    for r in _kind("check_digit"):
        digits = re.search(r"\d{9,}", r["instruction"]).group()
        if "ISBN" in r["instruction"]:
            assert r["output"] == digits + str(G7.isbn13_check(digits)) and len(r["output"]) == 13
        else:
            assert f"{digits}{G7.luhn_check(digits)}" in r["output"]


def test_permission_strings():
    assert G7.symbolic("754") == "rwxr-xr--" and G7.symbolic("600") == "rw-------"
    for r in _kind("unix_permissions"):
        if r["output"].startswith("chmod "):
            _, mode, name = r["output"].split()
            assert G7.symbolic(mode) in r["instruction"] and name in r["instruction"]
        else:
            for m, sym in re.findall(r"(\d{3}) (?:=|→) (\S+)", r["output"]):
                assert G7.symbolic(m) == sym and m in r["instruction"]


def test_molar_masses():
    assert round(G7.molar_mass("C6H12O6"), 2) == 180.16
    assert round(G7.molar_mass("H2O"), 2) == 18.02
    assert G7.atoms("C2H5OH") == {"C": 2, "H": 6, "O": 1}
    for r in _kind("molar_mass"):
        formula = re.search(r"[A-Z][A-Za-z0-9]*\d[A-Za-z0-9]*|NaCl|KCl", r["instruction"]).group()
        assert f"{G7.molar_mass(formula):.2f} g/mol" in r["output"]
