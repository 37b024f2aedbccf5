"""Good look-alikes (hard negatives) of the heldout7 part: authored records the clean stage must keep.

Every record is a correct answer to its instruction that shares a surface trait with junk: a script
whose character stammers (`I-I-I`, 我、我……), knitting patterns written row by row (the same line again
and again), drum-machine grids (`x---x---`), sudoku grids (digit runs and dots), spreadsheet formulas
(`=SUMIF(A2:A40,...)`), phone-menu scripts ("For billing, press 1."), cron expressions (`*/15 9-17 * * 1-5`),
change-ringing rows (`21435`), text progress bars (`[####------]`), round-robin fixtures (the same
names on every line), check digits (a single digit as the answer), Unix permission strings
(`rwxr-xr--`) and molar-mass workings (`C6H12O6`, `6 × 12.011`).  All text is written for this file
(no corpus text); facts are ordinary public knowledge and every computed answer is computed here.
``build_good(per_lang)`` is seeded and deterministic.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from textutil import build_good_rows

Rec = dict[str, str]
GoodGen = Callable[[random.Random], Rec]

GOOD_PER_LANG = 390


def _rec(instruction: str, output: str, input_: str = "") -> Rec:
    return {"instruction": instruction, "input": input_, "output": output}


# ------------------------------------------------------------------------------------ stammer_dialogue

EN_NAMES = ["Milo", "Rosa", "Theo", "Ines", "Ravi", "Greta", "Oscar", "Lena", "Felix", "Nadia", "Hugo", "Pia"]
EN_SCENES = [
    (
        "a broken vase",
        [
            "I-I-I didn't touch it, I swear.",
            "It w-was already c-cracked when I came in.",
            "O-okay. M-maybe I bumped the table.",
        ],
    ),
    (
        "a job interview",
        [
            "Th-thank you for s-seeing me today.",
            "I w-worked at the b-bakery for three years.",
            "I'm r-really good with p-people.",
        ],
    ),
    (
        "a first date",
        [
            "Y-you look, um, r-really nice tonight.",
            "I b-booked a table for s-seven.",
            "W-would you like to s-see a film after?",
        ],
    ),
    (
        "a school play",
        ["I c-c-can't remember my l-lines.", "What if they l-laugh at m-me?", "O-okay. I'll t-try once more."],
    ),
    ("a lost dog", ["H-have you s-seen a brown d-dog?", "He r-ran off near the p-park.", "His n-name is B-Biscuit."]),
    (
        "a surprise party",
        ["S-s-surprise! W-wait, you knew?", "We p-planned it for w-weeks.", "D-don't tell me you s-saw the c-cake."],
    ),
]
EN_REPLIES = [
    "Take your time.",
    "It's all right, go on.",
    "I believe you.",
    "Breathe. I'm listening.",
    "Really?",
    "Go on.",
]


def en_stammer_dialogue(rng: random.Random) -> Rec:
    a, b = rng.sample(EN_NAMES, 2)
    scene, lines = rng.choice(EN_SCENES)
    out = []
    for i, ln in enumerate(lines):
        out.append(f"{a.upper()}: {ln}")
        if i < len(lines) - 1:
            out.append(f"{b.upper()}: {rng.choice(EN_REPLIES)}")
    ins = (
        f"Write a short script scene about {scene} between {a} and {b}. {a} stammers when nervous; "
        "show the stammer in the dialogue with hyphens."
    )
    return _rec(ins, "\n".join(out))


ZH_NAMES = ["小周", "阿强", "林老师", "小雨", "老王", "丁丁", "小美", "阿杰", "陈阿姨", "大刘", "小艾", "胖虎"]
ZH_SCENES = [
    ("打碎花瓶", ["我、我、我没碰它……真的。", "它、它本来就有裂、裂缝。", "好、好吧，可能是我碰、碰到了桌子。"]),
    ("第一次面试", ["谢、谢谢您给我这个机、机会。", "我在面、面包店干了三、三年。", "我、我很会和人打交、交道。"]),
    ("上台演讲", ["各、各位老师，同、同学们好。", "我今天要讲、讲的题目是……是环保。", "谢、谢谢大家。"]),
    ("找丢失的小狗", ["你、你看见一只黄、黄色的小狗了吗？", "它在公、公园那边跑丢了。", "它叫、叫豆豆。"]),
    ("表白", ["那、那个……我有话想、想对你说。", "我、我喜欢你很、很久了。", "你、你愿意和我一起去看电、电影吗？"]),
    ("迟到解释", ["对、对不起，我迟、迟到了。", "公交车半、半路坏了。", "我、我下次一定早、早点出门。"]),
]
ZH_REPLIES = ["别着急，慢慢说。", "没关系，你接着说。", "我相信你。", "深呼吸，我在听。", "真的吗？", "嗯，然后呢？"]


def zh_stammer_dialogue(rng: random.Random) -> Rec:
    a, b = rng.sample(ZH_NAMES, 2)
    scene, lines = rng.choice(ZH_SCENES)
    out = []
    for i, ln in enumerate(lines):
        out.append(f"{a}：{ln}")
        if i < len(lines) - 1:
            out.append(f"{b}：{rng.choice(ZH_REPLIES)}")
    ins = f"写一段关于“{scene}”的剧本对白，人物是{a}和{b}。{a}一紧张就结巴，请在台词里把结巴表现出来。"
    return _rec(ins, "\n".join(out))


# ------------------------------------------------------------------------------------ knitting_pattern


def rib_row(k: int, p: int, row: int) -> str:
    """One row of a k x p rib worked flat: right-side rows k then p; wrong-side rows knit the knits as they face you."""
    return f"*k{k}, p{p}" if row % 2 else f"*k{p}, p{k}"


def en_knitting_pattern(rng: random.Random) -> Rec:
    k, p = rng.choice([(1, 1), (2, 2), (3, 3), (2, 1), (4, 2)])
    repeats = rng.randint(6, 14)
    stitches = (k + p) * repeats
    rows = rng.randint(4, 8)
    item = rng.choice(["scarf", "cowl", "headband", "cuff", "dishcloth border"])
    out = [f"Cast on {stitches} stitches (a multiple of {k + p})."]
    for r in range(1, rows + 1):
        out.append(f"Row {r}: {rib_row(k, p, r)}; rep from * to end.")
    out.append(f"Repeat rows 1-2 until the {item} is the length you want, then bind off in pattern.")
    ins = f"Write a {k}x{p} rib pattern for a {item} {repeats} repeats wide. Write out each of the first {rows} rows in full."
    return _rec(ins, "\n".join(out))


def zh_knitting_pattern(rng: random.Random) -> Rec:
    k, p = rng.choice([(1, 1), (2, 2), (3, 3), (2, 1), (4, 2)])
    repeats = rng.randint(6, 14)
    stitches = (k + p) * repeats
    rows = rng.randint(4, 8)
    item = rng.choice(["围巾", "发带", "袖口", "围脖", "杯垫"])
    out = [f"起{stitches}针（{k + p}的倍数）。"]
    for r in range(1, rows + 1):
        if r % 2:
            out.append(f"第{r}行：*{k}针下针，{p}针上针*，重复至行尾。")
        else:
            out.append(f"第{r}行：*{p}针下针，{k}针上针*，重复至行尾。")
    out.append(f"之后重复第1-2行，直到{item}达到需要的长度，按花样收针。")
    ins = f"请写一个{k}×{p}罗纹{item}的编织图解，宽{repeats}个花样，前{rows}行每一行都写出来。"
    return _rec(ins, "\n".join(out))


# ---------------------------------------------------------------------------------------- drum_pattern

DRUMS = {
    "rock": ("x-x-x-x-x-x-x-x-", "----x-------x---", "x-------x-x-----"),
    "four-on-the-floor house": ("--x---x---x---x-", "----x-------x---", "x---x---x---x---"),
    "funk": ("xxxxxxxxxxxxxxxx", "----x--x-x--x---", "x--x--x---x--x--"),
    "hip-hop boom bap": ("x-x-x-x-x-x-x-x-", "----x-------x---", "x-----x-x-------"),
    "reggae one drop": ("x-x-x-x-x-x-x-x-", "--------x-------", "--------x-------"),
    "disco": ("--x---x---x---x-", "----x-------x---", "x---x---x---x---"),
    "bossa nova": ("x-x-x-x-x-x-x-x-", "x--x--x---x--x--", "x--xx--xx--xx--x"),
    "trap": ("x-x-xxx-x-x-x-xx", "--------x-------", "x------x--x-----"),
}
ZH_STYLES = {
    "rock": "摇滚",
    "four-on-the-floor house": "浩室（四踩）",
    "funk": "放克",
    "hip-hop boom bap": "嘻哈 boom bap",
    "reggae one drop": "雷鬼 one drop",
    "disco": "迪斯科",
    "bossa nova": "波萨诺瓦",
    "trap": "陷阱（trap）",
}


def _grid(style: str, names: tuple[str, str, str]) -> str:
    hh, sd, bd = DRUMS[style]
    w = max(len(n) for n in names)
    return "\n".join(f"{n.ljust(w)} |{row}|" for n, row in zip(names, (hh, sd, bd), strict=True))


def en_drum_pattern(rng: random.Random) -> Rec:
    style = rng.choice(list(DRUMS))
    bpm = rng.randrange(70, 141, 2)
    names = rng.choice([("HH", "SD", "BD"), ("Hi-hat", "Snare", "Kick"), ("CH", "SN", "KD")])
    ins = (
        f"Write a one-bar, 16-step drum machine pattern for a {style} beat at {bpm} BPM. "
        f"Use x for a hit and - for a rest, one row each for {', '.join(names)}."
    )
    return _rec(ins, f"{bpm} BPM, 16 steps (sixteenth notes):\n\n" + _grid(style, names))


def zh_drum_pattern(rng: random.Random) -> Rec:
    style = rng.choice(list(DRUMS))
    bpm = rng.randrange(70, 141, 2)
    names = rng.choice([("HH", "SD", "BD"), ("踩镲", "军鼓", "底鼓")])
    ins = f"请写一个{ZH_STYLES[style]}风格、速度{bpm} BPM的16步鼓机节奏型，用x表示击打、-表示休止，分{'、'.join(names)}三行。"
    return _rec(ins, f"速度 {bpm} BPM，一小节16步（十六分音符）：\n\n" + _grid(style, names))


# ----------------------------------------------------------------------------------------- sudoku_grid


def sudoku_solution(rng: random.Random) -> list[list[int]]:
    """A valid solved grid: the base pattern with shuffled digits, rows within bands, bands, and columns likewise."""

    def pattern(r: int, c: int) -> int:
        return (3 * (r % 3) + r // 3 + c) % 9

    def shuffled(seq: range) -> list[int]:
        s = list(seq)
        rng.shuffle(s)
        return s

    bands = shuffled(range(3))
    rows = [g * 3 + r for g in bands for r in shuffled(range(3))]
    stacks = shuffled(range(3))
    cols = [g * 3 + c for g in stacks for c in shuffled(range(3))]
    nums = shuffled(range(1, 10))
    return [[nums[pattern(r, c)] for c in cols] for r in rows]


def count_solutions(cells: list[list[int]], limit: int = 2) -> int:
    """Solutions of a grid with 0 for empty cells, counted up to ``limit`` (backtracking on the tightest cell)."""
    best = None
    for r in range(9):
        for c in range(9):
            if cells[r][c] == 0:
                box = {cells[3 * (r // 3) + i][3 * (c // 3) + j] for i in range(3) for j in range(3)}
                free = set(range(1, 10)) - set(cells[r]) - {cells[i][c] for i in range(9)} - box
                if best is None or len(free) < len(best[2]):
                    best = (r, c, free)
    if best is None:
        return 1
    r, c, free = best
    found = 0
    for d in sorted(free):
        cells[r][c] = d
        found += count_solutions(cells, limit - found)
        cells[r][c] = 0
        if found >= limit:
            break
    return found


def _puzzle(rng: random.Random) -> tuple[list[list[int]], set[tuple[int, int]]]:
    """A solved grid and the blanked cells of a puzzle with exactly one solution (blanks redrawn until unique)."""
    grid = sudoku_solution(rng)
    holes = rng.randint(30, 48)
    while True:
        blanks = set(rng.sample([(r, c) for r in range(9) for c in range(9)], holes))
        cells = [[0 if (r, c) in blanks else grid[r][c] for c in range(9)] for r in range(9)]
        if count_solutions(cells) == 1:
            return grid, blanks


def _show(grid: list[list[int]], blanks: set[tuple[int, int]]) -> str:
    out = []
    for r in range(9):
        cells = ["." if (r, c) in blanks else str(grid[r][c]) for c in range(9)]
        out.append(" ".join(cells[0:3]) + " | " + " ".join(cells[3:6]) + " | " + " ".join(cells[6:9]))
        if r in (2, 5):
            out.append("------+-------+------")
    return "\n".join(out)


def en_sudoku_grid(rng: random.Random) -> Rec:
    grid, blanks = _puzzle(rng)
    holes = len(blanks)
    ins = f"Make a sudoku puzzle with {holes} empty cells (shown as dots) and a unique solution, then give the solution under it."
    return _rec(ins, "Puzzle:\n" + _show(grid, blanks) + "\n\nSolution:\n" + _show(grid, set()))


def zh_sudoku_grid(rng: random.Random) -> Rec:
    grid, blanks = _puzzle(rng)
    holes = len(blanks)
    ins = f"请出一道有唯一解的数独题，挖空{holes}格（用点表示），并在下面给出完整答案。"
    return _rec(ins, "题目：\n" + _show(grid, blanks) + "\n\n答案：\n" + _show(grid, set()))


# ---------------------------------------------------------------------------------- spreadsheet_formula

REGIONS = ["North", "South", "East", "West", "Online", "Retail"]
ZH_REGIONS = ["华东", "华南", "华北", "西南", "线上", "门店"]


def _formula(rng: random.Random, region: str, zh: bool) -> tuple[str, str]:
    last = rng.randint(20, 500)
    task = rng.randrange(5)
    if task == 0:
        what = (
            f"对A2:A{last}中等于“{region}”的行，求B列的和"
            if zh
            else f'sums column B for rows 2 to {last} where column A is "{region}"'
        )
        return what, f'=SUMIF(A2:A{last},"{region}",B2:B{last})'
    if task == 1:
        what = f"统计A2:A{last}中“{region}”出现的次数" if zh else f'counts how often "{region}" appears in A2:A{last}'
        return what, f'=COUNTIF(A2:A{last},"{region}")'
    if task == 2:
        col = rng.choice("CDE")
        what = (
            f"在A2:{col}{last}中查找D1的值，返回第{ord(col) - 64}列，精确匹配"
            if zh
            else f"looks up the value in D1 in A2:{col}{last} and returns column {ord(col) - 64}, exact match"
        )
        return what, f"=VLOOKUP(D1,A2:{col}{last},{ord(col) - 64},FALSE)"
    if task == 3:
        lim = rng.randrange(50, 1000, 50)
        what = (
            f"B2大于{lim}时显示“超标”，否则显示“正常”"
            if zh
            else f'shows "Over" when B2 is greater than {lim} and "OK" otherwise'
        )
        return what, (f'=IF(B2>{lim},"超标","正常")' if zh else f'=IF(B2>{lim},"Over","OK")')
    what = f"求B2:B{last}的平均值，保留两位小数" if zh else f"averages B2:B{last} rounded to two decimals"
    return what, f"=ROUND(AVERAGE(B2:B{last}),2)"


def en_spreadsheet_formula(rng: random.Random) -> Rec:
    what, f = _formula(rng, rng.choice(REGIONS), False)
    app = rng.choice(["Excel", "Google Sheets", "LibreOffice Calc"])
    return _rec(f"Give only the {app} formula that {what}.", f.replace(",", ";") if app == "LibreOffice Calc" else f)


def zh_spreadsheet_formula(rng: random.Random) -> Rec:
    what, f = _formula(rng, rng.choice(ZH_REGIONS), True)
    app = rng.choice(["Excel", "WPS表格", "Google表格"])
    return _rec(f"请只写出{app}公式：{what}。", f)


# ------------------------------------------------------------------------------------------- ivr_menu

EN_COMPANIES = [
    "Brightwater Energy",
    "Maple Street Dental",
    "Northgate Library",
    "Riverside Vets",
    "Orbit Broadband",
    "Cedar Hotel",
]
EN_OPTIONS = [
    "billing",
    "technical support",
    "opening hours",
    "a new appointment",
    "lost or stolen cards",
    "reporting a fault",
    "our address",
    "cancelling a booking",
]
ZH_COMPANIES = ["蓝海燃气", "青禾口腔", "城东图书馆", "安心宠物医院", "星河宽带", "云栖酒店"]
ZH_OPTIONS = ["账单查询", "技术支持", "营业时间", "预约服务", "挂失业务", "故障报修", "门店地址", "取消预订"]


def en_ivr_menu(rng: random.Random) -> Rec:
    name = rng.choice(EN_COMPANIES)
    opts = rng.sample(EN_OPTIONS, rng.randint(3, 6))
    lines = [f"Thank you for calling {name}."]
    lines += [f"For {o}, press {i}." for i, o in enumerate(opts, start=1)]
    lines += ["To speak to someone, press 0.", "To hear these options again, press 9."]
    ins = f"Write the phone menu recording for {name} with these options in order: {', '.join(opts)}."
    return _rec(ins, "\n".join(lines))


def zh_ivr_menu(rng: random.Random) -> Rec:
    name = rng.choice(ZH_COMPANIES)
    opts = rng.sample(ZH_OPTIONS, rng.randint(3, 6))
    lines = [f"您好，欢迎致电{name}。"]
    lines += [f"{o}请按{i}；" for i, o in enumerate(opts, start=1)]
    lines += ["人工服务请按0；", "重听请按9。"]
    ins = f"请为{name}写一段电话语音菜单，按顺序包含：{'、'.join(opts)}。"
    return _rec(ins, "\n".join(lines))


# ------------------------------------------------------------------------------------- cron_expression

DOW = {"Monday": 1, "Tuesday": 2, "Wednesday": 3, "Thursday": 4, "Friday": 5, "Saturday": 6, "Sunday": 0}
ZH_DOW = {
    "Monday": "周一",
    "Tuesday": "周二",
    "Wednesday": "周三",
    "Thursday": "周四",
    "Friday": "周五",
    "Saturday": "周六",
    "Sunday": "周日",
}


def _cron(rng: random.Random, zh: bool) -> tuple[str, str]:
    kind = rng.randrange(4)
    if kind == 0:
        step = rng.choice([5, 10, 15, 20, 30])
        a = rng.randint(6, 10)
        b = rng.randint(16, 20)
        what = (
            f"工作日{a}点到{b}点之间每{step}分钟" if zh else f"every {step} minutes from {a}:00 to {b}:59 on weekdays"
        )
        return what, f"*/{step} {a}-{b} * * 1-5"
    if kind == 1:
        day = rng.choice(list(DOW))
        h, m = rng.randint(0, 23), rng.choice([0, 15, 30, 45])
        what = f"每{ZH_DOW[day]}{h}点{m}分" if zh else f"every {day} at {h:02d}:{m:02d}"
        return what, f"{m} {h} * * {DOW[day]}"
    if kind == 2:
        d, h = rng.randint(1, 28), rng.randint(0, 23)
        what = f"每月{d}号{h}点整" if zh else f"at {h:02d}:00 on day {d} of every month"
        return what, f"0 {h} {d} * *"
    hs = sorted(rng.sample(range(24), 3))
    what = f"每天{'点、'.join(map(str, hs))}点整" if zh else f"every day at {', '.join(f'{h:02d}:00' for h in hs)}"
    return what, f"0 {','.join(map(str, hs))} * * *"


def en_cron_expression(rng: random.Random) -> Rec:
    what, expr = _cron(rng, False)
    job = rng.choice(["a backup script", "the report mailer", "a cache purge", "the log rotation", "a health check"])
    return _rec(f"Write the crontab schedule (five fields) to run {job} {what}.", f"`{expr}`")


def zh_cron_expression(rng: random.Random) -> Rec:
    what, expr = _cron(rng, True)
    job = rng.choice(["备份脚本", "报表邮件", "缓存清理", "日志切割", "健康检查"])
    return _rec(f"写出crontab的时间表达式（五个字段）：{what}运行一次{job}。", f"`{expr}`")


# -------------------------------------------------------------------------------------- change_ringing


def plain_hunt(n: int) -> list[str]:
    """Rows of plain hunt on n bells, from rounds back to rounds (cross and place alternately)."""
    row = list(range(1, n + 1))
    rows = [row[:]]
    step = 0
    while True:
        start = 0 if step % 2 == 0 else 1
        for i in range(start, n - 1, 2):
            row[i], row[i + 1] = row[i + 1], row[i]
        rows.append(row[:])
        step += 1
        if row == list(range(1, n + 1)):
            break
    sym = "1234567890ET"
    return ["".join(sym[b - 1] for b in r) for r in rows]


BELL_NAMES = {
    3: "Singles",
    4: "Minimus",
    5: "Doubles",
    6: "Minor",
    7: "Triples",
    8: "Major",
    9: "Caters",
    10: "Royal",
    11: "Cinques",
    12: "Maximus",
}


def en_change_ringing(rng: random.Random) -> Rec:
    n = rng.randint(3, 12)
    rows = plain_hunt(n)
    style = rng.randrange(4)
    if style == 0:
        body = "\n".join(rows)
    elif style == 1:
        body = "\n".join(" ".join(r) for r in rows)
    elif style == 2:
        body = "\n".join(f"{i:>2}. {r}" for i, r in enumerate(rows))
    else:
        body = "\n".join(rows[: n + 1])
    how = [
        "from rounds back to rounds, one row per line",
        "from rounds back to rounds, with the bells spaced out",
        "from rounds back to rounds, with the rows numbered from 0",
        "from rounds until the treble reaches the back",
    ][style]
    ins = f"Write out plain hunt on {n} bells ({BELL_NAMES[n]} stage) {how}."
    return _rec(ins, body)


def zh_change_ringing(rng: random.Random) -> Rec:
    n = rng.randint(3, 12)
    rows = plain_hunt(n)
    style = rng.randrange(4)
    if style == 0:
        body = "\n".join(rows)
    elif style == 1:
        body = "\n".join(" ".join(r) for r in rows)
    elif style == 2:
        body = "\n".join(f"第{i}行：{r}" for i, r in enumerate(rows))
    else:
        body = "\n".join(rows[: n + 1])
    how = [
        "从“顺序”回到“顺序”，每行一排",
        "从“顺序”回到“顺序”，数字之间加空格",
        "从“顺序”回到“顺序”，每行前标上行号（从第0行开始）",
        "从“顺序”写到1号钟（高音钟）走到最后一位为止",
    ][style]
    ins = f"英式鸣钟（change ringing）里，请写出{n}口钟的平猎（plain hunt）变换，{how}。"
    return _rec(ins, body)


# ---------------------------------------------------------------------------------------- progress_bar


def bar(pct: int, width: int, full: str, empty: str) -> str:
    """A text progress bar: round(width * pct / 100) full cells."""
    n = round(width * pct / 100)
    return "[" + full * n + empty * (width - n) + f"] {pct}%"


def en_progress_bar(rng: random.Random) -> Rec:
    width = rng.choice([10, 20, 25, 30, 40])
    full, empty = rng.choice([("#", "-"), ("=", " "), ("#", "."), ("█", "░")])
    step = rng.choice([10, 20, 25, 50])
    pcts = list(range(0, 101, step))
    body = "\n".join(bar(p, width, full, empty) for p in pcts)
    ins = (
        f"For a command-line tool, show a {width}-character text progress bar at every {step}% from 0 to 100, "
        f"using '{full}' for done and '{empty}' for remaining."
    )
    return _rec(ins, body)


def zh_progress_bar(rng: random.Random) -> Rec:
    width = rng.choice([10, 20, 25, 30, 40])
    full, empty = rng.choice([("#", "-"), ("=", " "), ("#", "."), ("█", "░")])
    step = rng.choice([10, 20, 25, 50])
    pcts = list(range(0, 101, step))
    body = "\n".join(bar(p, width, full, empty) for p in pcts)
    ins = (
        f"给命令行工具画文本进度条：宽{width}个字符，从0%到100%每隔{step}%画一条，已完成用“{full}”，未完成用“{empty}”。"
    )
    return _rec(ins, body)


# ----------------------------------------------------------------------------------------- round_robin


def round_robin(teams: list[str]) -> list[list[tuple[str, str]]]:
    """Circle-method rounds: the first team stays, the others rotate; a bye is added for an odd count."""
    ts = list(teams) + (["BYE"] if len(teams) % 2 else [])
    n = len(ts)
    rounds = []
    for _ in range(n - 1):
        rounds.append([(ts[i], ts[n - 1 - i]) for i in range(n // 2) if "BYE" not in (ts[i], ts[n - 1 - i])])
        ts = [ts[0], ts[-1], *ts[1:-1]]
    return rounds


EN_TEAMS = ["Lions", "Hawks", "Otters", "Comets", "Pirates", "Wolves", "Rovers", "Bees", "Falcons", "Tigers"]
ZH_TEAMS = ["红队", "蓝队", "黄队", "绿队", "白队", "黑队", "紫队", "橙队", "一班", "二班"]


def en_round_robin(rng: random.Random) -> Rec:
    teams = rng.sample(EN_TEAMS, rng.randint(4, 7))
    rounds = round_robin(teams)
    body = "\n".join(f"Round {i}: " + ", ".join(f"{a} vs {b}" for a, b in r) for i, r in enumerate(rounds, start=1))
    if len(teams) % 2:
        body += "\n(One team rests each round.)"
    return _rec(f"Make a round-robin schedule in which every team plays every other once: {', '.join(teams)}.", body)


def zh_round_robin(rng: random.Random) -> Rec:
    teams = rng.sample(ZH_TEAMS, rng.randint(4, 7))
    rounds = round_robin(teams)
    body = "\n".join(f"第{i}轮：" + "，".join(f"{a} 对 {b}" for a, b in r) for i, r in enumerate(rounds, start=1))
    if len(teams) % 2:
        body += "\n（每轮有一队轮空。）"
    return _rec(f"请为以下队伍排一个单循环赛程，每两队之间只赛一场：{'、'.join(teams)}。", body)


# ----------------------------------------------------------------------------------------- check_digit


def isbn13_check(first12: str) -> int:
    """ISBN-13 / EAN-13 check digit: weights 1,3,1,3… and the difference to the next multiple of ten."""
    s = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(first12))
    return (10 - s % 10) % 10


def luhn_check(body: str) -> int:
    """Luhn check digit for a number without its last digit."""
    total = 0
    for i, d in enumerate(reversed(body)):
        x = int(d) * (2 if i % 2 == 0 else 1)
        total += x - 9 if x > 9 else x
    return (10 - total % 10) % 10


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def en_check_digit(rng: random.Random) -> Rec:
    if rng.random() < 0.5:
        first12 = "978" + _digits(rng, 9)
        c = isbn13_check(first12)
        ins = f"Add the ISBN-13 check digit to {first12} and reply with the 13 digits only."
        return _rec(ins, f"{first12}{c}")
    body = _digits(rng, rng.choice([9, 11, 15]))
    c = luhn_check(body)
    ins = f"Compute the Luhn check digit for the test account number {body} and give the full number."
    return _rec(ins, f"Check digit: {c}\nFull number: {body}{c}")


def zh_check_digit(rng: random.Random) -> Rec:
    if rng.random() < 0.5:
        first12 = "978" + _digits(rng, 9)
        c = isbn13_check(first12)
        return _rec(f"ISBN-13 前12位是 {first12}，请补上校验位，只回答完整的13位数字。", f"{first12}{c}")
    body = _digits(rng, rng.choice([9, 11, 15]))
    c = luhn_check(body)
    return _rec(f"用Luhn算法计算测试号码 {body} 的校验位，并写出完整号码。", f"校验位：{c}\n完整号码：{body}{c}")


# ------------------------------------------------------------------------------------ unix_permissions


def symbolic(mode: str) -> str:
    """Octal mode (three digits) to the rwx string ls shows."""
    return "".join(
        ("r" if int(d) & 4 else "-") + ("w" if int(d) & 2 else "-") + ("x" if int(d) & 1 else "-") for d in mode
    )


FILES = ["deploy.sh", "notes.txt", "backup.tar", "id_ed25519", "config.yml", "run_tests.py", "report.csv"]


def _mode(rng: random.Random) -> str:
    return "".join(str(rng.choice([0, 4, 5, 6, 7] if i else [4, 5, 6, 7])) for i in range(3))


def en_unix_permissions(rng: random.Random) -> Rec:
    modes = sorted({_mode(rng) for _ in range(rng.randint(1, 5))})
    if len(modes) == 1 and rng.random() < 0.5:
        name = rng.choice(FILES)
        return _rec(
            f"Give the chmod command that sets {name} to {symbolic(modes[0])}. Command only.",
            f"chmod {modes[0]} {name}",
        )
    body = "\n".join(f"{m} = {symbolic(m)}" for m in modes)
    return _rec(f"Convert these chmod modes to the symbolic form ls -l shows: {', '.join(modes)}.", body)


def zh_unix_permissions(rng: random.Random) -> Rec:
    modes = sorted({_mode(rng) for _ in range(rng.randint(1, 5))})
    if len(modes) == 1 and rng.random() < 0.5:
        name = rng.choice(FILES)
        return _rec(
            f"把 {name} 的权限设成 {symbolic(modes[0])}，chmod 命令怎么写？只写命令。", f"chmod {modes[0]} {name}"
        )
    body = "\n".join(f"{m} → {symbolic(m)}" for m in modes)
    return _rec(f"把下面的chmod权限数字换成 ls -l 显示的字母形式：{'、'.join(modes)}。", body)


# ------------------------------------------------------------------------------------------ molar_mass

MASS = {
    "H": 1.008,
    "C": 12.011,
    "N": 14.007,
    "O": 15.999,
    "Na": 22.990,
    "Cl": 35.45,
    "S": 32.06,
    "Ca": 40.078,
    "K": 39.098,
    "P": 30.974,
}
FORMULAS = {
    "C6H12O6": ("glucose", "葡萄糖"),
    "H2O": ("water", "水"),
    "CO2": ("carbon dioxide", "二氧化碳"),
    "NaCl": ("table salt", "氯化钠"),
    "H2SO4": ("sulfuric acid", "硫酸"),
    "CaCO3": ("calcium carbonate", "碳酸钙"),
    "NH3": ("ammonia", "氨"),
    "C2H5OH": ("ethanol", "乙醇"),
    "CH4": ("methane", "甲烷"),
    "KCl": ("potassium chloride", "氯化钾"),
    "H3PO4": ("phosphoric acid", "磷酸"),
    "C12H22O11": ("sucrose", "蔗糖"),
    "NaHCO3": ("baking soda", "碳酸氢钠"),
    "C8H10N4O2": ("caffeine", "咖啡因"),
    "C9H8O4": ("aspirin", "阿司匹林"),
}


def atoms(formula: str) -> dict[str, int]:
    """Element counts of a formula without brackets (C2H5OH counts both H groups)."""
    out: dict[str, int] = {}
    for el, n in re.findall(r"([A-Z][a-z]?)(\d*)", formula):
        out[el] = out.get(el, 0) + (int(n) if n else 1)
    return out


def molar_mass(formula: str) -> float:
    """Sum of atomic masses (the MASS table) for a formula."""
    return sum(MASS[el] * n for el, n in atoms(formula).items())


def _working(formula: str, sep: str) -> str:
    lines = [f"{el}: {n} × {MASS[el]} = {n * MASS[el]:.3f}" for el, n in atoms(formula).items()]
    return "\n".join(lines) + f"\n{sep} {molar_mass(formula):.2f} g/mol"


def en_molar_mass(rng: random.Random) -> Rec:
    formula = rng.choice(list(FORMULAS))
    name = FORMULAS[formula][0]
    style = rng.randrange(3)
    if style == 0:
        return _rec(f"Calculate the molar mass of {name} ({formula}). Show the working.", _working(formula, "Total:"))
    if style == 1:
        return _rec(
            f"Molar mass of {formula} to two decimals, number and unit only.", f"{molar_mass(formula):.2f} g/mol"
        )
    grams = rng.choice([5, 10, 18, 25, 50, 100])
    mol = grams / molar_mass(formula)
    return _rec(
        f"How many moles are in {grams} g of {formula}?",
        f"M({formula}) = {molar_mass(formula):.2f} g/mol\nn = {grams} g ÷ {molar_mass(formula):.2f} g/mol ≈ {mol:.3f} mol",
    )


def zh_molar_mass(rng: random.Random) -> Rec:
    formula = rng.choice(list(FORMULAS))
    name = FORMULAS[formula][1]
    style = rng.randrange(3)
    if style == 0:
        return _rec(f"计算{name}（{formula}）的摩尔质量，写出计算过程。", _working(formula, "合计："))
    if style == 1:
        return _rec(f"{formula} 的摩尔质量是多少？保留两位小数，只写数值和单位。", f"{molar_mass(formula):.2f} g/mol")
    grams = rng.choice([5, 10, 18, 25, 50, 100])
    mol = grams / molar_mass(formula)
    return _rec(
        f"{grams}克{name}（{formula}）是多少摩尔？",
        f"M({formula}) = {molar_mass(formula):.2f} g/mol\nn = {grams} g ÷ {molar_mass(formula):.2f} g/mol ≈ {mol:.3f} mol",
    )


GOOD: list[tuple[str, str, str, GoodGen]] = [
    ("h7g_en_stammer_dialogue", "stammer_dialogue", "en", en_stammer_dialogue),
    ("h7g_en_knitting_pattern", "knitting_pattern", "en", en_knitting_pattern),
    ("h7g_en_drum_pattern", "drum_pattern", "en", en_drum_pattern),
    ("h7g_en_sudoku_grid", "sudoku_grid", "en", en_sudoku_grid),
    ("h7g_en_spreadsheet_formula", "spreadsheet_formula", "en", en_spreadsheet_formula),
    ("h7g_en_ivr_menu", "ivr_menu", "en", en_ivr_menu),
    ("h7g_en_cron_expression", "cron_expression", "en", en_cron_expression),
    ("h7g_en_change_ringing", "change_ringing", "en", en_change_ringing),
    ("h7g_en_progress_bar", "progress_bar", "en", en_progress_bar),
    ("h7g_en_round_robin", "round_robin", "en", en_round_robin),
    ("h7g_en_check_digit", "check_digit", "en", en_check_digit),
    ("h7g_en_unix_permissions", "unix_permissions", "en", en_unix_permissions),
    ("h7g_en_molar_mass", "molar_mass", "en", en_molar_mass),
    ("h7g_zh_stammer_dialogue", "stammer_dialogue", "zh", zh_stammer_dialogue),
    ("h7g_zh_knitting_pattern", "knitting_pattern", "zh", zh_knitting_pattern),
    ("h7g_zh_drum_pattern", "drum_pattern", "zh", zh_drum_pattern),
    ("h7g_zh_sudoku_grid", "sudoku_grid", "zh", zh_sudoku_grid),
    ("h7g_zh_spreadsheet_formula", "spreadsheet_formula", "zh", zh_spreadsheet_formula),
    ("h7g_zh_ivr_menu", "ivr_menu", "zh", zh_ivr_menu),
    ("h7g_zh_cron_expression", "cron_expression", "zh", zh_cron_expression),
    ("h7g_zh_change_ringing", "change_ringing", "zh", zh_change_ringing),
    ("h7g_zh_progress_bar", "progress_bar", "zh", zh_progress_bar),
    ("h7g_zh_round_robin", "round_robin", "zh", zh_round_robin),
    ("h7g_zh_check_digit", "check_digit", "zh", zh_check_digit),
    ("h7g_zh_unix_permissions", "unix_permissions", "zh", zh_unix_permissions),
    ("h7g_zh_molar_mass", "molar_mass", "zh", zh_molar_mass),
]
"""(name, kind, lang, generator) of every good look-alike."""


def build_good(per_lang: int = GOOD_PER_LANG, seed: str = "clean_eval-good-heldout7-v1") -> list[dict[str, str]]:
    """Good records, kinds in turn per language, 30 of each (:func:`textutil.build_good_rows`)."""
    return build_good_rows(GOOD, per_lang, seed, "heldout7")
