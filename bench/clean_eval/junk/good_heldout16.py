"""heldout16 good look-alikes: authored records that look like junk but answer their prompt exactly.

Thirteen kinds none of heldout2-15 used, 30 per kind and language (see bench/clean_eval/README.md, "heldout16").
Every computed answer is computed here (and again by ``tests/bench/clean_eval/junk/test_good_heldout16.py``).
Names, products, cities, paths and data are invented.
"""

from __future__ import annotations

import base64
import json
import random
from collections.abc import Callable

import textutil as tu

Rec = dict[str, str]
GoodGen = tuple[str, str, str, Callable[[random.Random], Rec]]

GOOD_PER_LANG = 390


def _rec(instruction: str, output: str, inp: str = "") -> Rec:
    return {"instruction": instruction, "input": inp, "output": output}


# --- ascii85 ------------------------------------------------------------------------------------------------------

EN_PHRASES = [
    "tea at five",
    "blue lantern",
    "Mind the gap",
    "north window",
    "paper boats",
    "quiet harbour",
    "seven lemons",
    "late train home",
    "Hello, Ravi!",
    "open on Sundays",
    "pickle jar",
    "river stones",
    "copper kettle",
    "fog over hills",
    "one more chapter",
    "Room 214",
    "sunflower seeds",
    "lost umbrella",
]
ZH_PHRASES = [
    "早安",
    "晚风",
    "纸飞机",
    "月亮湾",
    "一杯热茶",
    "明天见",
    "小船",
    "老街",
    "山海",
    "青石板",
    "向日葵",
    "下雨天",
    "春眠",
    "灯塔",
    "蓝色书包",
]


def a85(text: str, adobe: bool) -> str:
    """Ascii85 of the UTF-8 bytes of ``text`` (Adobe delimiters if ``adobe``)."""
    return base64.a85encode(text.encode("utf-8"), adobe=adobe).decode("ascii")


def en_ascii85(rng: random.Random) -> Rec:
    p = rng.choice(EN_PHRASES)
    adobe = rng.random() < 0.5
    how = "in Adobe style, with the <~ ~> delimiters" if adobe else "without any delimiters"
    return _rec(f'Encode the text "{p}" in Ascii85 (Base85) {how}. Reply with the encoded string only.', a85(p, adobe))


def zh_ascii85(rng: random.Random) -> Rec:
    p = rng.choice(ZH_PHRASES + EN_PHRASES[:8])
    adobe = rng.random() < 0.5
    how = "带上Adobe格式的 <~ ~> 定界符" if adobe else "不要定界符"
    return _rec(f"把“{p}”的UTF-8字节用Ascii85编码，{how}，只回复编码结果。", a85(p, adobe))


# --- box_table ----------------------------------------------------------------------------------------------------

ITEMS = ["bolt M6", "washer", "hinge", "bracket", "spring", "rivet", "clamp", "gasket", "dowel", "anchor"]
CITIES = ["Leeds", "Porto", "Osaka", "Quito", "Perth", "Tartu", "Kochi", "Bergen", "Aarhus", "Cusco"]


def box_table(header: list[str], rows: list[list[str]]) -> str:
    """A table as the MySQL / psql-style client prints it: ``+---+`` rules, values padded, numbers right-aligned."""
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+"

    def line(cells: list[str], head: bool = False) -> str:
        out = []
        for c, w in zip(cells, widths, strict=True):
            num = not head and c.lstrip("-").replace(".", "", 1).isdigit()
            out.append(" " + (c.rjust(w) if num else c.ljust(w)) + " ")
        return "|" + "|".join(out) + "|"

    return "\n".join([rule, line(header, True), rule, *[line(r) for r in rows], rule])


def _table_data(rng: random.Random) -> tuple[list[str], list[list[str]]]:
    if rng.random() < 0.5:
        header = ["id", "item", "qty"]
        rows = [[str(i + 1), it, str(rng.randint(1, 500))] for i, it in enumerate(rng.sample(ITEMS, rng.randint(2, 4)))]
    else:
        header = ["city", "temp_c", "rain_mm"]
        rows = [
            [c, str(rng.randint(-5, 35)), f"{rng.randint(0, 400) / 10:.1f}"]
            for c in rng.sample(CITIES, rng.randint(2, 4))
        ]
    return header, rows


def en_box_table(rng: random.Random) -> Rec:
    header, rows = _table_data(rng)
    csv = "\n".join(",".join(r) for r in [header, *rows])
    return _rec(
        "Show this CSV the way the mysql command-line client prints a result: +---+ borders, header row, "
        "text left-aligned and numbers right-aligned.",
        box_table(header, rows),
        csv,
    )


def zh_box_table(rng: random.Random) -> Rec:
    header, rows = _table_data(rng)
    csv = "\n".join(",".join(r) for r in [header, *rows])
    return _rec(
        "把下面的CSV按mysql命令行客户端显示查询结果的样子画成文本表格：用+---+边框，文字左对齐，数字右对齐。",
        box_table(header, rows),
        csv,
    )


# --- json_escape --------------------------------------------------------------------------------------------------

EN_TEXTS = [
    'She said "wait here" and left.',
    "Path: C:\\Users\\mara\\notes.txt",
    'Line one\nLine two with "quotes"',
    "Tabs\there\tand there",
    'The sign read "No \\ entry"',
    'He typed: "yes"\nthen logged off',
    "Folder D:\\photos\\2019\\june",
    'Use "\\n" for a new line',
    'Ask for "the blue one", not the red',
    "Name:\tOwen\nRole:\tdriver",
    'Reply "STOP" to opt out',
    "Saved to E:\\backup\\old\\",
    'Title: "Autumn" (draft)\nAuthor: unknown',
    'Regex: "\\d+" matches digits',
    "Dear Sam,\n\nSee you at 6.\n",
    'The "best before" date is 12/05',
]
ZH_TEXTS = [
    "他说：“明天见”。\n然后走了。",
    "文件在 D:\\资料\\报告.docx 里",
    '标题是"秋天"，作者未知',
    "第一行\n第二行\t带制表符",
    '她回了一句"好的"就下线了',
    "路径：C:\\项目\\代码\\main.py",
    '请用"\\n"换行',
    "姓名：\t王小明\n部门：\t财务部",
    '回复"TD"退订',
    "备份目录：E:\\旧文件\\",
    '正则"\\d+"匹配数字',
    "各位好：\n\n会议改到三点。\n",
    '包装上写着"保质期12个月"',
    '他问："几点了？"\n我说："六点。"',
]


def en_json_escape(rng: random.Random) -> Rec:
    t = rng.choice(EN_TEXTS)
    if rng.random() < 0.35:
        return _rec(
            "Encode the input as a JSON string, then encode that result as a JSON string again "
            "(it will be embedded in another JSON payload). Give only the final literal.",
            json.dumps(json.dumps(t)),
            t,
        )
    ask = rng.choice(
        [
            "Give the input as a JSON string literal, quotes and escapes included.",
            "Escape the input so it can be pasted as a string value into a JSON file. Include the surrounding quotes.",
        ]
    )
    return _rec(ask, json.dumps(t), t)


def zh_json_escape(rng: random.Random) -> Rec:
    t = rng.choice(ZH_TEXTS)
    if rng.random() < 0.35:
        return _rec(
            "先把输入转成JSON字符串，再把结果整体当作字符串再转义一次（要嵌进另一个JSON里），中文保持原样，只给最终结果。",
            json.dumps(json.dumps(t, ensure_ascii=False), ensure_ascii=False),
            t,
        )
    ask = rng.choice(
        [
            "把输入写成JSON字符串字面量（含引号和转义），中文不要转成\\u。",
            "把这段文字转义成可以直接放进JSON文件的字符串值，带上两边的引号，中文保持原样。",
        ]
    )
    return _rec(ask, json.dumps(t, ensure_ascii=False), t)


# --- interruption_dialogue ----------------------------------------------------------------------------------------

EN_NAMES = ["Nora", "Tariq", "Bea", "Lowell", "Imani", "Petra", "Dev", "Colm", "Yusra", "Hal"]
EN_CUTS = [
    ("I just think that if we", "—leave now, we'll make it? Then grab your coat."),
    ("The results from the lab were", "—late again, I know. I've already called them."),
    ("Listen, about the money I", "—owe me? Forget it. Really."),
    ("Before you open that door, you should", "—knock? It's my own kitchen, Mum."),
    ("I wasn't going to say anything, but the", "—cake is burnt. Yes. I can smell it."),
    ("When the phone rang I thought it", "—was me? It was. Sorry."),
]
ZH_NAMES = ["阿杰", "小雨", "老周", "婷婷", "大伟", "梅姐", "小林", "阿光"]
ZH_CUTS = [
    ("我本来想告诉你，那个", "——钥匙丢了？我早就知道了。"),
    ("医生说检查结果", "——没问题？那就好，吓死我了。"),
    ("其实我今天来，是想", "——借钱？先坐下再说。"),
    ("你听我解释，那天晚上", "——你在加班？别编了。"),
    ("我数到三，我们一起", "——跳？你疯了吧！"),
    ("这个蛋糕是", "——你自己做的？看得出来。"),
]


def en_interruption_dialogue(rng: random.Random) -> Rec:
    a, b = rng.sample(EN_NAMES, 2)
    start, cut = rng.choice(EN_CUTS)
    return _rec(
        f"Write two lines of script in which {b} cuts {a} off mid-sentence. Mark the interruption with em dashes.",
        f"{a.upper()}: {start}—\n{b.upper()}: {cut}",
    )


def zh_interruption_dialogue(rng: random.Random) -> Rec:
    a, b = rng.sample(ZH_NAMES, 2)
    start, cut = rng.choice(ZH_CUTS)
    return _rec(
        f"写两句剧本台词：{a}话没说完就被{b}打断，打断处用破折号表示。",
        f"{a}：{start}——\n{b}：{cut}",
    )


# --- virtual_piano ------------------------------------------------------------------------------------------------

PIANO_KEYS = "1234567890qwertyuiopasdfghjklzxcvbnm"
"""White keys from C2 up: 1 = C2, … t = C4 (middle C), … m = C7."""
WHITE = [f"{'CDEFGAB'[i % 7]}{2 + i // 7}" for i in range(len(PIANO_KEYS))]


def piano_keys(notes: list[str]) -> str:
    """The virtual-piano keys of white-key note names (``C4`` → ``t``)."""
    return " ".join(PIANO_KEYS[WHITE.index(n)] for n in notes)


def _melody(rng: random.Random) -> list[str]:
    i = rng.randint(WHITE.index("C3"), WHITE.index("C5"))
    out = []
    for _ in range(rng.randint(7, 12)):
        out.append(WHITE[i])
        i = min(max(i + rng.choice([-2, -1, -1, 0, 1, 1, 2, 3]), 0), len(WHITE) - 1)
    return out


def en_virtual_piano(rng: random.Random) -> Rec:
    notes = _melody(rng)
    return _rec(
        "Convert these notes to virtual piano keys, where the white keys from C2 upward are 1 2 3 4 5 6 7 8 9 0 "
        "q w e r t y u i o p a s d f g h j k l z x c v b n m (so t is middle C). Keys separated by spaces: "
        + " ".join(notes),
        piano_keys(notes),
    )


def zh_virtual_piano(rng: random.Random) -> Rec:
    notes = _melody(rng)
    return _rec(
        "把下面的音符换成电脑键盘弹琴（Virtual Piano）的按键：从C2开始的白键依次是 1 2 3 4 5 6 7 8 9 0 "
        "q w e r t y u i o p a s d f g h j k l z x c v b n m（t 是中央C），按键之间用空格隔开。音符："
        + " ".join(notes),
        piano_keys(notes),
    )


# --- keyboard_event_codes -----------------------------------------------------------------------------------------

PUNCT_CODES = {" ": "Space", ";": "Semicolon", "'": "Quote", ",": "Comma", ".": "Period", "/": "Slash", "-": "Minus"}
EN_TYPED = [
    "cab 42",
    "wasd",
    "hello world",
    "pin 0917",
    "ok.",
    "zoom-in",
    "a;b",
    "go/stop",
    "test 1,2",
    "its 9 o'clock",
]


def event_codes(text: str) -> str:
    """``KeyboardEvent.code`` of each key pressed to type ``text`` on a US layout (lower case, no Shift)."""
    out = []
    for c in text:
        if c.isalpha():
            out.append("Key" + c.upper())
        elif c.isdigit():
            out.append("Digit" + c)
        else:
            out.append(PUNCT_CODES[c])
    return " ".join(out)


def _typed(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return rng.choice(EN_TYPED)
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(rng.randint(3, 7)))


def en_keyboard_event_codes(rng: random.Random) -> Rec:
    t = _typed(rng)
    return _rec(
        f'Typing "{t}" on a US QWERTY keyboard (no Shift): list the KeyboardEvent.code of every key press in order, '
        "separated by spaces.",
        event_codes(t),
    )


def zh_keyboard_event_codes(rng: random.Random) -> Rec:
    t = _typed(rng)
    return _rec(
        f"在美式键盘上（不按Shift）输入“{t}”，按顺序写出每次按键的 KeyboardEvent.code，用空格隔开。", event_codes(t)
    )


# --- repl_session -------------------------------------------------------------------------------------------------

EN_WORDS = ["kettle", "harbour", "pine", "Ottawa", "lantern", "quiz", "marmalade", "sofa"]
ZH_WORDS = ["秋天", "灯塔", "你好", "小猫咪", "上海", "图书馆"]


def _exprs(rng: random.Random, words: list[str]) -> list[str]:
    a, b = rng.randint(2, 99), rng.randint(2, 12)
    w = rng.choice(words)
    pool = [
        f"{a} * {b}",
        f"{a} // {b}",
        f"{a} % {b}",
        f"2 ** {b}",
        f"len({w!r})",
        f"{w!r}.upper()",
        f"{w!r}[::-1]",
        f"sorted([{a}, {b}, {a + b - 7}])",
        f"round({a} / {b}, 2)",
        f"{w!r} * 2",
        f"list(range({b % 5 + 2}))",
        f"{a} > {b}",
    ]
    return rng.sample(pool, rng.randint(2, 4))


def repl(exprs: list[str]) -> str:
    """A Python REPL transcript: ``>>> expr`` and the value's repr."""
    return "\n".join(f">>> {e}\n{eval(e)!r}" for e in exprs)  # authored literal expressions only


def en_repl_session(rng: random.Random) -> Rec:
    ex = _exprs(rng, EN_WORDS)
    return _rec(
        "Show what the Python 3 interactive prompt prints for each of these lines, as a REPL transcript.",
        repl(ex),
        "\n".join(ex),
    )


def zh_repl_session(rng: random.Random) -> Rec:
    ex = _exprs(rng, ZH_WORDS)
    return _rec(
        "在Python 3交互式解释器里依次输入下面几行，写出完整的交互记录（包括>>>提示符和输出）。", repl(ex), "\n".join(ex)
    )


# --- show_whitespace ----------------------------------------------------------------------------------------------

EN_LINES = ["if ready:", "return total", "name = 'Ada'", "for row in rows:", "x  =  1", "print(x)", "end", "- item one"]
ZH_LINES = ["姓名  张三", "数量\t12", "  备注：无", "地址：\t北京", "第一项  完成", "def f():", "价格  = 30"]


def visible(text: str) -> str:
    """Spaces as ``·``, tabs as ``→``, every line end as ``¶``."""
    return "\n".join(ln.replace(" ", "·").replace("\t", "→") + "¶" for ln in text.split("\n"))


def _ws_text(rng: random.Random, lines: list[str]) -> str:
    out = []
    for ln in rng.sample(lines, rng.randint(1, 3)):
        out.append(rng.choice(["", "  ", "    ", "\t", "\t\t", " \t"]) + ln + rng.choice(["", "", " ", "  ", "\t"]))
    return "\n".join(out)


def en_show_whitespace(rng: random.Random) -> Rec:
    t = _ws_text(rng, EN_LINES)
    return _rec(
        "Make the whitespace in the input visible: every space as ·, every tab as →, and a ¶ at the end of each line.",
        visible(t),
        t,
    )


def zh_show_whitespace(rng: random.Random) -> Rec:
    t = _ws_text(rng, ZH_LINES)
    return _rec("把输入里的空白字符显示出来：空格写成·，制表符写成→，每行末尾加¶。", visible(t), t)


# --- svg_badge ----------------------------------------------------------------------------------------------------

EN_BADGES = [("build", "passing"), ("coverage", "87%"), ("license", "MIT"), ("docs", "latest"), ("release", "v2.3.1")]
ZH_BADGES = [("构建", "通过"), ("覆盖率", "92%"), ("许可证", "MIT"), ("版本", "v1.0.4"), ("文档", "最新")]
COLOURS = {"green": "#4c1", "blue": "#007ec6", "orange": "#fe7d37", "red": "#e05d44"}
ZH_COLOURS = {"绿色": "#4c1", "蓝色": "#007ec6", "橙色": "#fe7d37", "红色": "#e05d44"}


def badge(label: str, value: str, colour: str, lw: int, vw: int) -> str:
    """A flat two-part badge, 20 px high: grey label of width ``lw``, coloured value of width ``vw``."""
    w = lw + vw
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="20">\n'
        f'  <rect width="{lw}" height="20" fill="#555"/>\n'
        f'  <rect x="{lw}" width="{vw}" height="20" fill="{colour}"/>\n'
        f'  <g fill="#fff" font-family="Verdana,sans-serif" font-size="11" text-anchor="middle">\n'
        f'    <text x="{lw // 2}" y="14">{label}</text>\n'
        f'    <text x="{lw + vw // 2}" y="14">{value}</text>\n'
        "  </g>\n</svg>"
    )


def en_svg_badge(rng: random.Random) -> Rec:
    label, value = rng.choice(EN_BADGES)
    name, hexc = rng.choice(sorted(COLOURS.items()))
    lw, vw = rng.choice([50, 60, 70]), rng.choice([40, 50, 60])
    return _rec(
        f'Write a flat SVG badge, 20 px high: a grey (#555) part {lw} px wide saying "{label}" and a {name} ({hexc}) '
        f'part {vw} px wide saying "{value}", white 11 px Verdana text centred in each part.',
        badge(label, value, hexc, lw, vw),
    )


def zh_svg_badge(rng: random.Random) -> Rec:
    label, value = rng.choice(ZH_BADGES)
    name, hexc = rng.choice(sorted(ZH_COLOURS.items()))
    lw, vw = rng.choice([50, 60, 70]), rng.choice([40, 50, 60])
    return _rec(
        f"写一个扁平风格的SVG徽章，高20像素：左边灰色（#555）宽{lw}像素，写“{label}”；右边{name}（{hexc}）宽{vw}像素，"
        f"写“{value}”；文字白色、Verdana字体11像素、各自居中。",
        badge(label, value, hexc, lw, vw),
    )


# --- dot_graph ----------------------------------------------------------------------------------------------------

EN_SERVICES = ["web", "api", "auth", "db", "cache", "queue", "mailer", "search", "billing"]
ZH_SERVICES = ["前端", "网关", "用户服务", "订单服务", "支付服务", "数据库", "缓存", "消息队列"]


def dot(name: str, edges: list[tuple[str, str]]) -> str:
    """A Graphviz digraph with one ``"a" -> "b";`` line per edge, in the given order."""
    return "digraph " + name + " {\n" + "".join(f'  "{a}" -> "{b}";\n' for a, b in edges) + "}"


def _edges(rng: random.Random, nodes: list[str]) -> list[tuple[str, str]]:
    picked = rng.sample(nodes, rng.randint(3, 5))
    edges = [(picked[i], picked[i + 1]) for i in range(len(picked) - 1)]
    if len(picked) > 3 and rng.random() < 0.5:
        edges.append((picked[0], picked[-1]))
    return edges


def en_dot_graph(rng: random.Random) -> Rec:
    edges = _edges(rng, EN_SERVICES)
    return _rec(
        "Turn these dependencies into a Graphviz DOT digraph named deps, one edge per line from the service to what "
        "it depends on, in the same order.",
        dot("deps", edges),
        "\n".join(f"{a} depends on {b}" for a, b in edges),
    )


def zh_dot_graph(rng: random.Random) -> Rec:
    edges = _edges(rng, ZH_SERVICES)
    return _rec(
        "把下面的依赖关系写成名为 deps 的 Graphviz DOT 有向图，每条边一行，从服务指向它依赖的服务，顺序不变。",
        dot("deps", edges),
        "\n".join(f"{a} 依赖 {b}" for a, b in edges),
    )


# --- plist_xml ----------------------------------------------------------------------------------------------------

EN_APPS = ["Tidewatch", "Pocket Herbarium", "Lumen Notes", "Parcel Post", "Fieldguide"]
ZH_APPS = ["潮汐表", "口袋植物志", "记账本", "小书架", "天气通"]


def plist(items: list[tuple[str, str, str]]) -> str:
    """An XML property list with one ``<key>`` and typed value (string, integer, true/false) per item."""
    body = []
    for key, kind, value in items:
        body.append(f"\t<key>{key}</key>")
        body.append(f"\t<{value}/>" if kind == "bool" else f"\t<{kind}>{value}</{kind}>")
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n'
        '<plist version="1.0">\n<dict>\n' + "\n".join(body) + "\n</dict>\n</plist>"
    )


def _plist_items(rng: random.Random, apps: list[str]) -> list[tuple[str, str, str]]:
    return [
        ("AppName", "string", rng.choice(apps)),
        ("BuildNumber", "integer", str(rng.randint(10, 999))),
        ("SyncEnabled", "bool", rng.choice(["true", "false"])),
    ][: rng.randint(2, 3)]


def en_plist_xml(rng: random.Random) -> Rec:
    items = _plist_items(rng, EN_APPS)
    spec = "; ".join(f"{k} ({t}) = {v}" for k, t, v in items)
    return _rec(f"Write an XML property list (Apple plist) whose root dict has, in this order: {spec}.", plist(items))


def zh_plist_xml(rng: random.Random) -> Rec:
    items = _plist_items(rng, ZH_APPS)
    kinds = {"string": "字符串", "integer": "整数", "bool": "布尔值"}
    spec = "；".join(f"{k}（{kinds[t]}）= {v}" for k, t, v in items)
    return _rec(f"写一个XML格式的苹果plist文件，根字典按顺序包含：{spec}。", plist(items))


# --- flag_emoji ---------------------------------------------------------------------------------------------------

CODES = ["FR", "JP", "BR", "KE", "NZ", "CA", "IT", "MX", "IN", "NO", "ZA", "AR", "PT", "SE", "VN", "EG", "PE", "IE"]


def flag(code: str) -> str:
    """The flag emoji of a two-letter region code (two regional indicator symbols)."""
    return "".join(chr(0x1F1E6 + ord(c) - ord("A")) for c in code)


def en_flag_emoji(rng: random.Random) -> Rec:
    codes = rng.sample(CODES, rng.randint(2, 5))
    if rng.random() < 0.5:
        return _rec(
            f"Reply with just the flag emoji for {', '.join(codes)}, in that order, separated by spaces.",
            " ".join(flag(c) for c in codes),
        )
    return _rec(
        "Give the flag emoji for each ISO country code in the input, one per line as CODE emoji.",
        "\n".join(f"{c} {flag(c)}" for c in codes),
        "\n".join(codes),
    )


def zh_flag_emoji(rng: random.Random) -> Rec:
    codes = rng.sample(CODES, rng.randint(2, 5))
    if rng.random() < 0.5:
        return _rec(
            f"只回复这些国家代码对应的国旗emoji，按顺序用空格隔开：{'、'.join(codes)}", " ".join(flag(c) for c in codes)
        )
    return _rec(
        "给输入里的每个国家代码配上国旗emoji，每行写成“代码 国旗”。",
        "\n".join(f"{c} {flag(c)}" for c in codes),
        "\n".join(codes),
    )


# --- hangman_mask -------------------------------------------------------------------------------------------------

EN_HANGMAN = ["LIGHTHOUSE", "PELICAN", "MARMALADE", "COMPASS", "BLIZZARD", "ORCHARD", "VELVET", "SUNDIAL", "JIGSAW"]
ZH_IDIOMS = [
    "画蛇添足",
    "守株待兔",
    "亡羊补牢",
    "对牛弹琴",
    "杯弓蛇影",
    "井底之蛙",
    "掩耳盗铃",
    "刻舟求剑",
    "叶公好龙",
    "望梅止渴",
]


def mask(word: str, guessed: set[str], blank: str, sep: str) -> str:
    """The hangman board: guessed letters shown, the others as ``blank``."""
    return sep.join(c if c in guessed else blank for c in word)


def en_hangman_mask(rng: random.Random) -> Rec:
    word = rng.choice(EN_HANGMAN)
    letters = sorted(set(word))
    guessed = set(rng.sample(letters, rng.randint(1, max(1, len(letters) - 2))))
    misses = sorted(set(rng.sample("QXZKWY", 2)) - set(word))
    shown = ", ".join(sorted(guessed | set(misses)))
    return _rec(
        f"Hangman: the secret word is {word}. The player has guessed {shown}. Show the board as letters and "
        "underscores separated by spaces.",
        mask(word, guessed, "_", " "),
    )


def zh_hangman_mask(rng: random.Random) -> Rec:
    idiom = rng.choice(ZH_IDIOMS)
    guessed = set(rng.sample(list(idiom), rng.randint(1, 2)))
    shown = "”“".join(c for c in idiom if c in guessed)
    return _rec(
        f"猜成语游戏：答案是“{idiom}”，玩家已经猜中“{shown}”。请显示当前进度，没猜中的字用＿代替。",
        mask(idiom, guessed, "＿", ""),
    )


GOOD: list[GoodGen] = [
    ("h16g_en_ascii85", "ascii85", "en", en_ascii85),
    ("h16g_en_box_table", "box_table", "en", en_box_table),
    ("h16g_en_json_escape", "json_escape", "en", en_json_escape),
    ("h16g_en_interruption_dialogue", "interruption_dialogue", "en", en_interruption_dialogue),
    ("h16g_en_virtual_piano", "virtual_piano", "en", en_virtual_piano),
    ("h16g_en_keyboard_event_codes", "keyboard_event_codes", "en", en_keyboard_event_codes),
    ("h16g_en_repl_session", "repl_session", "en", en_repl_session),
    ("h16g_en_show_whitespace", "show_whitespace", "en", en_show_whitespace),
    ("h16g_en_svg_badge", "svg_badge", "en", en_svg_badge),
    ("h16g_en_dot_graph", "dot_graph", "en", en_dot_graph),
    ("h16g_en_plist_xml", "plist_xml", "en", en_plist_xml),
    ("h16g_en_flag_emoji", "flag_emoji", "en", en_flag_emoji),
    ("h16g_en_hangman_mask", "hangman_mask", "en", en_hangman_mask),
    ("h16g_zh_ascii85", "ascii85", "zh", zh_ascii85),
    ("h16g_zh_box_table", "box_table", "zh", zh_box_table),
    ("h16g_zh_json_escape", "json_escape", "zh", zh_json_escape),
    ("h16g_zh_interruption_dialogue", "interruption_dialogue", "zh", zh_interruption_dialogue),
    ("h16g_zh_virtual_piano", "virtual_piano", "zh", zh_virtual_piano),
    ("h16g_zh_keyboard_event_codes", "keyboard_event_codes", "zh", zh_keyboard_event_codes),
    ("h16g_zh_repl_session", "repl_session", "zh", zh_repl_session),
    ("h16g_zh_show_whitespace", "show_whitespace", "zh", zh_show_whitespace),
    ("h16g_zh_svg_badge", "svg_badge", "zh", zh_svg_badge),
    ("h16g_zh_dot_graph", "dot_graph", "zh", zh_dot_graph),
    ("h16g_zh_plist_xml", "plist_xml", "zh", zh_plist_xml),
    ("h16g_zh_flag_emoji", "flag_emoji", "zh", zh_flag_emoji),
    ("h16g_zh_hangman_mask", "hangman_mask", "zh", zh_hangman_mask),
]


def build_good() -> list[Rec]:
    """The 780 good look-alikes of heldout16 (390 per language, 30 per kind and language), seeded."""
    return tu.build_good_rows(GOOD, GOOD_PER_LANG, "clean_eval-good-heldout16-v1", "heldout16")
