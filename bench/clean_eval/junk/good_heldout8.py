"""Good look-alikes of the eighth held-out part (heldout8): authored records the clean stage must keep.

Each record answers its prompt correctly and completely, but its answer looks like junk to a careless
filter: hex columns, digit grids, letter grids, repeated strokes, dot leaders, consonant runs and
score calls.  Every computed answer is computed here and checked again by
tests/bench/clean_eval/junk/test_good_heldout8.py.  Thirteen kinds, none used by heldout2-7 (their
kind names were read from MANIFEST.json, no record of theirs): hex_dump, bingo_card, train_timetable,
tide_table, tally_marks, word_search, base_conversion, tennis_score, phone_keypad, vowel_removal,
seat_map, toc_leaders, knockout_bracket.  No corpus text; all names and places are invented.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from textutil import build_good_rows

Rec = dict[str, str]
GoodGen = Callable[[random.Random], Rec]

GOOD_PER_LANG = 390

EN_WORDS = [
    "amber",
    "basil",
    "cedar",
    "delta",
    "ember",
    "fjord",
    "gravel",
    "harbor",
    "indigo",
    "juniper",
    "kettle",
    "lantern",
    "meadow",
    "nickel",
    "orchid",
    "pepper",
    "quartz",
    "raven",
    "saddle",
    "timber",
    "umber",
    "velvet",
    "walnut",
    "yarrow",
    "zephyr",
    "copper",
    "thistle",
    "marble",
    "pebble",
    "hollow",
]
ZH_WORDS = [
    "春风",
    "明月",
    "青山",
    "流水",
    "白云",
    "星光",
    "花园",
    "书桌",
    "茶杯",
    "雨伞",
    "钢笔",
    "灯笼",
    "桥梁",
    "海岸",
    "森林",
    "草原",
    "湖泊",
    "稻田",
    "果园",
    "窗台",
]
ZH_IDIOMS = [
    "一帆风顺",
    "万事如意",
    "画蛇添足",
    "守株待兔",
    "亡羊补牢",
    "井底之蛙",
    "对牛弹琴",
    "杯弓蛇影",
    "滥竽充数",
    "掩耳盗铃",
    "刻舟求剑",
    "望梅止渴",
    "胸有成竹",
    "叶公好龙",
    "自相矛盾",
    "狐假虎威",
]
ZH_FILL = "天地人和山水日月风云花草木石金土春夏秋冬东南西北上下左右大小多少"


def _rec(instruction: str, output: str, inp: str = "") -> Rec:
    return {"instruction": instruction, "input": inp, "output": output}


# ------------------------------------------------------------------------------------------- hex_dump


def hexdump(data: bytes) -> str:
    """``hexdump -C`` of ``data``: offset, 16 bytes in two groups of eight, printable ASCII, end offset."""
    out = []
    for off in range(0, len(data), 16):
        chunk = data[off : off + 16]
        hexpart = "".join(f"{b:02x} " + (" " if i == 7 else "") for i, b in enumerate(chunk))
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        out.append(f"{off:08x}  {hexpart:<50}|{text}|")
    out.append(f"{len(data):08x}")
    return "\n".join(out)


def _phrase(rng: random.Random, n: int) -> str:
    ws = rng.sample(EN_WORDS, n)
    return " ".join(ws).capitalize() + rng.choice([".", "!", "?", ""])


def hex_dump(rng: random.Random, lang: str) -> Rec:
    s = _phrase(rng, rng.randint(2, 5))
    if lang == "en":
        ins = rng.choice(
            [
                'What does `hexdump -C` print for a file containing exactly the text "{s}" (no newline)?',
                'Show the canonical hex+ASCII dump (hexdump -C) of the ASCII string "{s}", without a trailing newline.',
            ]
        )
    else:
        ins = rng.choice(
            [
                "文件内容恰好是 ASCII 文本“{s}”（末尾没有换行），用 hexdump -C 查看会输出什么？",
                "请给出字符串“{s}”（不含换行符）的 hexdump -C 规范十六进制输出。",
            ]
        )
    return _rec(ins.format(s=s), hexdump(s.encode("ascii")))


# ------------------------------------------------------------------------------------------ bingo_card


def bingo_card(rng: random.Random, lang: str) -> Rec:
    cols = [sorted(rng.sample(range(15 * c + 1, 15 * c + 16), 5)) for c in range(5)]
    rows = []
    for r in range(5):
        cells = ["FREE" if (r == 2 and c == 2) else str(cols[c][r]) for c in range(5)]
        rows.append(" ".join(f"{x:>4}" for x in cells))
    grid = " ".join(f"{x:>4}" for x in "BINGO") + "\n" + "\n".join(rows)
    if lang == "en":
        ins = rng.choice(
            [
                "Make me one 75-ball bingo card (B 1-15, I 16-30, N 31-45, G 46-60, O 61-75) with a free centre square.",
                "Generate a random US-style bingo card: five columns B-I-N-G-O, numbers in the usual ranges, FREE in the middle.",
            ]
        )
    else:
        ins = rng.choice(
            [
                "请生成一张75球宾果卡：B列1-15，I列16-30，N列31-45，G列46-60，O列61-75，中间格为FREE。",
                "帮我随机做一张美式宾果卡（B-I-N-G-O 五列，各列数字按常规范围，正中间是免费格 FREE）。",
            ]
        )
    return _rec(ins, grid)


# ------------------------------------------------------------------------------------- train_timetable

EN_STATIONS = [
    "Oakford",
    "Millbridge",
    "Ashby Road",
    "Lindenfield",
    "Harrow Quay",
    "Pinecrest",
    "Stonegate",
    "Westmere",
]
ZH_STATIONS = ["青湖", "柳园", "南桥", "东港", "石门", "梅岭", "北塘", "桂林路"]


def train_timetable(rng: random.Random, lang: str) -> Rec:
    k = rng.randint(3, 5)
    names = rng.sample(EN_STATIONS if lang == "en" else ZH_STATIONS, k)
    offsets = [0]
    for _ in range(k - 1):
        offsets.append(offsets[-1] + rng.randint(3, 12))
    start = rng.randint(5 * 60, 9 * 60) // 5 * 5
    every = rng.choice([10, 12, 15, 20, 30])
    trains = rng.randint(4, 7)
    rows = []
    for t in range(trains):
        dep = start + t * every
        rows.append("  ".join(f"{(dep + o) // 60:02d}:{(dep + o) % 60:02d}" for o in offsets))
    width = max(len(n) for n in names)
    lines = [f"{n:<{width}}  " + "  ".join(r.split("  ")[i] for r in rows) for i, n in enumerate(names)]
    spec = ", ".join(f"{n} +{o} min" for n, o in zip(names, offsets, strict=True))
    first = f"{start // 60:02d}:{start % 60:02d}"
    if lang == "en":
        ins = (
            f"Write the timetable (one line per station, departures left to right) for {trains} trains: the first leaves "
            f"{names[0]} at {first}, then one every {every} minutes. Running times from {names[0]}: {spec}."
        )
    else:
        ins = (
            f"请按站排出时刻表（每站一行，从左到右为各班次）：共{trains}班车，首班{first}从{names[0]}发车，"
            f"之后每{every}分钟一班。各站距{names[0]}的运行时间：{spec.replace('min', '分钟')}。"
        )
    return _rec(ins, "\n".join(lines))


# ------------------------------------------------------------------------------------------ tide_table


def tide_table(rng: random.Random, lang: str) -> Rec:
    day = dt.datetime(2025, rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 11), rng.randint(0, 59))
    hi, lo = round(rng.uniform(3.5, 6.5), 1), round(rng.uniform(0.3, 1.6), 1)
    n = rng.randint(4, 8)
    t, high = day, True
    lines = []
    for _ in range(n):
        if lang == "en":
            lines.append(f"{t:%d %b} {t:%H:%M}  {'High' if high else 'Low '}  {hi if high else lo:.1f} m")
        else:
            lines.append(f"{t.month}月{t.day}日 {t:%H:%M}  {'高潮' if high else '低潮'}  {hi if high else lo:.1f}米")
        t += dt.timedelta(hours=6, minutes=13 if high else 12)
        high = not high
    if lang == "en":
        ins = (
            f"High water is at {day:%H:%M} on {day:%d %B} ({hi} m). Assume low water ({lo} m) comes 6 h 13 min after "
            f"each high and high water 6 h 12 min after each low. List the first {n} tides, starting with that high."
        )
    else:
        ins = (
            f"{day.month}月{day.day}日{day:%H:%M}高潮，潮高{hi}米。假设每次高潮后6小时13分低潮（{lo}米），"
            f"每次低潮后6小时12分高潮。请从这次高潮开始列出前{n}次潮汐。"
        )
    return _rec(ins, "\n".join(lines))


# ----------------------------------------------------------------------------------------- tally_marks

EN_NAMES = ["Alder", "Brook", "Corin", "Daphne", "Ellis", "Fenna", "Gideon", "Hollis", "Iris", "Jonah"]
ZH_NAMES = ["赵一鸣", "钱晓", "孙可", "周宁", "吴桐", "郑远", "冯洁", "陈路", "褚悦", "卫东"]
ZH_STROKES = ["", "一", "丅", "下", "止"]


def tally_en(n: int) -> str:
    """Five-bar gates: ``||||/`` per five, then single bars."""
    return " ".join(["||||/"] * (n // 5) + (["|" * (n % 5)] if n % 5 else []))


def tally_zh(n: int) -> str:
    """正字记数: one 正 per five, then the partial character for the rest."""
    return "正" * (n // 5) + ZH_STROKES[n % 5]


def tally_marks(rng: random.Random, lang: str) -> Rec:
    k = rng.randint(2, 5)
    names = rng.sample(EN_NAMES if lang == "en" else ZH_NAMES, k)
    votes = [rng.randint(1, 23) for _ in names]
    if lang == "en":
        spec = ", ".join(f"{n} {v}" for n, v in zip(names, votes, strict=True))
        ins = f"Write these vote counts as tally marks (a five-bar gate ||||/ for every five): {spec}."
        out = "\n".join(f"{n}: {tally_en(v)}" for n, v in zip(names, votes, strict=True))
    else:
        spec = "，".join(f"{n}{v}票" for n, v in zip(names, votes, strict=True))
        ins = f"请用画“正”字的方法记下这些票数：{spec}。"
        out = "\n".join(f"{n}：{tally_zh(v)}" for n, v in zip(names, votes, strict=True))
    return _rec(ins, out)


# ----------------------------------------------------------------------------------------- word_search


def word_search(rng: random.Random, lang: str) -> Rec:
    size = 10 if lang == "en" else 8
    pool = [w.upper() for w in EN_WORDS if len(w) <= 7] if lang == "en" else ZH_IDIOMS + ZH_WORDS
    for _ in range(200):
        words = rng.sample(pool, rng.randint(4, 6) if lang == "en" else rng.randint(3, 5))
        grid: list[list[str | None]] = [[None] * size for _ in range(size)]
        places = []
        ok = True
        for w in words:
            for _ in range(100):
                across = rng.random() < 0.5
                r = rng.randrange(size if across else size - len(w) + 1)
                c = rng.randrange(size - len(w) + 1 if across else size)
                cells = [(r, c + i) if across else (r + i, c) for i in range(len(w))]
                if all(grid[y][x] in (None, ch) for (y, x), ch in zip(cells, w, strict=True)):
                    for (y, x), ch in zip(cells, w, strict=True):
                        grid[y][x] = ch
                    places.append((w, r, c, across))
                    break
            else:
                ok = False
                break
        if ok:
            break
    fill = string_upper() if lang == "en" else ZH_FILL
    sep = " " if lang == "en" else ""
    rows = [sep.join(ch if ch is not None else rng.choice(fill) for ch in row) for row in grid]
    if lang == "en":
        ins = (
            f"Make a {size}x{size} word search hiding these words across (left to right) or down: "
            + ", ".join(words)
            + ". Give the grid and then where each word starts."
        )
        key = "\n".join(f"{w}: row {r + 1}, column {c + 1}, {'across' if a else 'down'}" for w, r, c, a in places)
    else:
        ins = f"请做一个{size}×{size}的汉字找词游戏，把这些词横向（从左到右）或纵向（从上到下）藏进去：{'、'.join(words)}。先给出方阵，再写出每个词的起点。"
        key = "\n".join(f"{w}：第{r + 1}行第{c + 1}列起，{'横向' if a else '纵向'}" for w, r, c, a in places)
    return _rec(ins, "\n".join(rows) + "\n\n" + key)


def string_upper() -> str:
    """The 26 capital letters."""
    return "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


# -------------------------------------------------------------------------------------- base_conversion


def base_conversion(rng: random.Random, lang: str) -> Rec:
    nums = sorted(rng.sample(range(2, 1024), rng.randint(3, 6)))
    head = "decimal | binary | octal | hex" if lang == "en" else "十进制 | 二进制 | 八进制 | 十六进制"
    lines = [head] + [f"{n} | {n:b} | {n:o} | {n:X}" for n in nums]
    listed = ", ".join(map(str, nums))
    if lang == "en":
        ins = f"Convert {listed} to binary, octal and hexadecimal. Answer as a table with | between columns."
    else:
        ins = f"把{listed}分别转换成二进制、八进制和十六进制，用“|”分隔列做成表格。"
    return _rec(ins, "\n".join(lines))


# ---------------------------------------------------------------------------------------- tennis_score

EN_PTS = {0: "0", 1: "15", 2: "30", 3: "40"}


def tennis_calls(points: str, lang: str) -> list[str]:
    """Score calls after each point of one game won by A or B (server A's score first)."""
    a = b = 0
    calls = []
    for p in points:
        a, b = (a + 1, b) if p == "A" else (a, b + 1)
        if (a >= 4 or b >= 4) and abs(a - b) >= 2:
            calls.append(("Game " if lang == "en" else "本局胜者：") + ("A" if a > b else "B"))
            break
        if a >= 3 and b >= 3:
            if a == b:
                calls.append("Deuce" if lang == "en" else "平分")
            else:
                lead = "A" if a > b else "B"
                calls.append(f"Advantage {lead}" if lang == "en" else f"{lead}占先")
        else:
            calls.append(f"{EN_PTS[a]}-{EN_PTS[b]}")
    return calls


def tennis_score(rng: random.Random, lang: str) -> Rec:
    while True:
        seq = ""
        while True:
            seq += rng.choice("AB")
            a, b = seq.count("A"), seq.count("B")
            if (a >= 4 or b >= 4) and abs(a - b) >= 2:
                break
        if len(seq) >= 5:
            break
    shown = " ".join(seq)
    if lang == "en":
        ins = f"Player A serves. The points of the game went: {shown}. Give the score call after every point, one per line."
    else:
        ins = f"A发球。这一局每分的得分者依次为：{shown}。请逐分写出报分，每行一个。"
    return _rec(ins, "\n".join(tennis_calls(seq, lang)))


# ---------------------------------------------------------------------------------------- phone_keypad

KEYPAD = {
    c: d
    for d, cs in {
        "2": "ABC",
        "3": "DEF",
        "4": "GHI",
        "5": "JKL",
        "6": "MNO",
        "7": "PQRS",
        "8": "TUV",
        "9": "WXYZ",
    }.items()
    for c in cs
}


def keypad(word: str) -> str:
    """The digit of each letter on a standard phone keypad."""
    return "".join(KEYPAD[c] for c in word.upper())


def phone_keypad(rng: random.Random, lang: str) -> Rec:
    words = [w.upper() for w in rng.sample(EN_WORDS, rng.randint(2, 5))]
    out = "\n".join(f"{w} → {keypad(w)}" for w in words)
    if lang == "en":
        ins = "Which keys do I press on a phone keypad (2 = ABC … 9 = WXYZ) to spell: " + ", ".join(words) + "?"
    else:
        ins = "在手机拨号键盘上（2 = ABC …… 9 = WXYZ），拼出这些单词分别要按哪些数字键：" + "、".join(words) + "？"
    return _rec(ins, out)


# -------------------------------------------------------------------------------------- vowel_removal


def devowel(text: str) -> str:
    """``text`` without a, e, i, o, u (either case); everything else kept."""
    return "".join(c for c in text if c.lower() not in "aeiou")


def vowel_removal(rng: random.Random, lang: str) -> Rec:
    s = " ".join(rng.sample(EN_WORDS, rng.randint(4, 7))).capitalize() + "."
    if lang == "en":
        ins = rng.choice(
            [
                "Remove every vowel (a, e, i, o, u) from this sentence and keep everything else.",
                "Strip the vowels a, e, i, o and u out of the text below; keep the spaces and punctuation.",
            ]
        )
    else:
        ins = rng.choice(
            [
                "删去下面英文句子中的所有元音字母（a、e、i、o、u），其余字符保持不变。",
                "把这句英文里的元音字母 a、e、i、o、u 全部去掉，空格和标点保留。",
            ]
        )
    return _rec(ins, devowel(s), s)


# -------------------------------------------------------------------------------------------- seat_map


def seat_map(rng: random.Random, lang: str) -> Rec:
    first = rng.randint(1, 30)
    rows = list(range(first, first + rng.randint(3, 6)))
    seats = [f"{r}{c}" for r in rows for c in "ABCDEF"]
    taken = sorted(rng.sample(seats, rng.randint(3, len(seats) // 2)), key=lambda s: (int(s[:-1]), s[-1]))
    lines = []
    for r in rows:
        marks = ["X" if f"{r}{c}" in taken else c for c in "ABCDEF"]
        lines.append(f"{r:>2}  {' '.join(marks[:3])} | {' '.join(marks[3:])}")
    if lang == "en":
        ins = (
            f"Draw rows {rows[0]}-{rows[-1]} of a 3-3 cabin (seats A-F, aisle between C and D) as text, "
            f"with X for each taken seat: {', '.join(taken)}."
        )
    else:
        ins = f"用文字画出3-3布局客舱的第{rows[0]}至{rows[-1]}排（A-F座，C与D之间是过道），已售座位用X表示：{'、'.join(taken)}。"
    return _rec(ins, "\n".join(lines))


# ----------------------------------------------------------------------------------------- toc_leaders

EN_CHAPTERS = [
    "The Harbour",
    "Winter Roads",
    "Salt and Iron",
    "A Quiet Lamp",
    "Letters Home",
    "The Long Field",
    "North Light",
    "Open Water",
    "Ashes",
    "Return",
]
ZH_CHAPTERS = ["初到小镇", "雨夜", "旧书店", "山路", "归途", "灯下", "渡口", "远方来信", "秋收", "尾声"]
ZH_NUM = "一二三四五六七八九十"


def toc_leaders(rng: random.Random, lang: str) -> Rec:
    k = rng.randint(4, 8)
    titles = rng.sample(EN_CHAPTERS if lang == "en" else ZH_CHAPTERS, k)
    lengths = [rng.randint(6, 40) for _ in titles]
    start = rng.choice([1, 3, 7, 9, 11])
    page, lines = start, []
    for i, (t, n) in enumerate(zip(titles, lengths, strict=True)):
        if lang == "en":
            label = f"Chapter {i + 1}  {t} "
            lines.append(label + "." * (44 - len(label)) + f" {page}")
        else:
            label = f"第{ZH_NUM[i]}章  {t}"
            lines.append(label + "…" * (18 - len(label)) + f"{page}")
        page += n
    spec = ", ".join(f"{t} ({n} pages)" for t, n in zip(titles, lengths, strict=True))
    if lang == "en":
        ins = (
            f"Lay out a table of contents with dot leaders. Chapter 1 starts on page {start} and each chapter "
            f"follows the last with no blank pages. Chapters in order: {spec}."
        )
    else:
        zspec = "、".join(f"{t}（{n}页）" for t, n in zip(titles, lengths, strict=True))
        ins = f"请排一个带省略号引导线的目录。第一章从第{start}页开始，各章紧接前一章，中间没有空白页。各章依次为：{zspec}。"
    return _rec(ins, "\n".join(lines))


# ------------------------------------------------------------------------------------ knockout_bracket

EN_TEAMS = [
    "Harbor Owls",
    "Cedar FC",
    "Red Kites",
    "Millbridge",
    "Stonegate",
    "Blue Herons",
    "Ashby Rovers",
    "Pinecrest",
    "Iron Oaks",
    "Lakeside",
    "Northgate",
    "Westmere",
    "Ember City",
    "Juniper",
    "Falcons",
    "Otters",
]
ZH_TEAMS = [
    "青湖队",
    "柳园队",
    "南桥队",
    "东港队",
    "石门队",
    "梅岭队",
    "北塘队",
    "桂园队",
    "白鹭队",
    "飞鹰队",
    "海燕队",
    "松涛队",
    "云峰队",
    "金沙队",
    "红枫队",
    "银杏队",
]


def bracket_order(n: int) -> list[int]:
    """Seeds in standard bracket order (1 and 2 can only meet in the final): 8 → 1 8 4 5 2 7 3 6."""
    order = [1, 2]
    while len(order) < n:
        m = len(order) * 2 + 1
        order = [x for s in order for x in (s, m - s)]
    return order


def knockout_bracket(rng: random.Random, lang: str) -> Rec:
    n = rng.choice([4, 8, 16])
    teams = rng.sample(EN_TEAMS if lang == "en" else ZH_TEAMS, n)
    order = bracket_order(n)
    pairs = [(order[i], order[i + 1]) for i in range(0, n, 2)]
    if lang == "en":
        spec = ", ".join(f"{i + 1}. {t}" for i, t in enumerate(teams))
        ins = f"Seed these {n} teams into a standard single-elimination bracket (1 and 2 can only meet in the final) and list the first-round matches from top to bottom. Seeds: {spec}."
        out = "\n".join(
            f"Match {k + 1}: ({a}) {teams[a - 1]} vs ({b}) {teams[b - 1]}" for k, (a, b) in enumerate(pairs)
        )
    else:
        spec = "，".join(f"{i + 1}号种子{t}" for i, t in enumerate(teams))
        ins = f"把这{n}支队伍按标准单败淘汰赛排签（1号和2号种子只能在决赛相遇），从上到下列出第一轮对阵。{spec}。"
        out = "\n".join(
            f"第{k + 1}场：（{a}）{teams[a - 1]} 对 （{b}）{teams[b - 1]}" for k, (a, b) in enumerate(pairs)
        )
    return _rec(ins, out)


# --------------------------------------------------------------------------------------------- registry

_KINDS: list[tuple[str, Callable[[random.Random, str], Rec]]] = [
    ("hex_dump", hex_dump),
    ("bingo_card", bingo_card),
    ("train_timetable", train_timetable),
    ("tide_table", tide_table),
    ("tally_marks", tally_marks),
    ("word_search", word_search),
    ("base_conversion", base_conversion),
    ("tennis_score", tennis_score),
    ("phone_keypad", phone_keypad),
    ("vowel_removal", vowel_removal),
    ("seat_map", seat_map),
    ("toc_leaders", toc_leaders),
    ("knockout_bracket", knockout_bracket),
]


def _bind(fn: Callable[[random.Random, str], Rec], lang: str) -> GoodGen:
    return lambda rng: fn(rng, lang)


GOOD: list[tuple[str, str, str, GoodGen]] = [
    (f"h8g_{lang}_{kind}", kind, lang, _bind(fn, lang)) for lang in ("en", "zh") for kind, fn in _KINDS
]


def build_good(per_lang: int = GOOD_PER_LANG, seed: str = "clean_eval-good-heldout8-v1") -> list[dict[str, str]]:
    """Good records, kinds in turn per language, 30 of each (:func:`textutil.build_good_rows`)."""
    return build_good_rows(GOOD, per_lang, seed, "heldout8")
