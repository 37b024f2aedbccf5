"""Authored good look-alikes of the fifteenth held-out part (heldout15), written blind to the clean filters.

Thirteen kinds none of heldout2-14 used, 30 per language, each answering its prompt exactly (the tests
recompute every answer): weekday runs, ROT13, e-mail quoting, word excerpts, RTF snippets, breadcrumbs,
calculator keys, punycode, HTTP status codes, musical scales, out-of-office replies, RGB to hex and
capital letters. They are chosen to look like junk to a naive filter (repetition, codes, markup, cut text,
boilerplate-like wording, short answers, non-words).
"""

from __future__ import annotations

import codecs
import random

import textutil as tu

PART = "heldout15"
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DAYS_ZH = ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"]


def day_run(days: list[str], a: int, n: int) -> list[str]:
    """``n`` days from ``days[a]`` on, wrapping after the last."""
    return [days[(a + k) % 7] for k in range(n)]


def g_weekdays_en(rng: random.Random) -> dict[str, str]:
    a, n = rng.randrange(7), rng.randint(3, 10)
    run = day_run(DAYS_EN, a, n)
    sep = rng.choice([", ", " "])
    how = "commas" if sep == ", " else "spaces"
    return {
        "instruction": f"List {n} days in a row starting with {run[0]}, separated by {how}.",
        "input": "",
        "output": sep.join(run),
    }


def g_weekdays_zh(rng: random.Random) -> dict[str, str]:
    a, n = rng.randrange(7), rng.randint(3, 10)
    run = day_run(DAYS_ZH, a, n)
    sep = rng.choice(["、", " "])
    how = "顿号" if sep == "、" else "空格"
    return {
        "instruction": f"从{run[0]}开始，连续列出{n}天是星期几，用{how}隔开。",
        "input": "",
        "output": sep.join(run),
    }


ROT_WORDS = [
    "meet me at noon",
    "the cake is a lie",
    "green apples",
    "secret garden",
    "spoiler alert",
    "north star",
    "blue whale",
    "paper plane",
    "quiet river",
    "lucky number seven",
    "winter is coming",
    "under the bridge",
    "silver moon",
    "candle light",
]


def g_rot13(lang: str):
    def fn(rng: random.Random) -> dict[str, str]:
        text = rng.choice(ROT_WORDS)
        if rng.random() < 0.5:
            text = text.capitalize()
        ins = "Encode the text with ROT13." if lang == "en" else "用ROT13把下面的英文加密。"
        if rng.random() < 0.5:
            ins = "Apply ROT13 to this phrase." if lang == "en" else "请对这句英文做ROT13变换。"
        return {"instruction": ins, "input": text, "output": codecs.encode(text, "rot13")}

    return fn


EN_LINES = [
    "Thanks for sending the draft.",
    "I have two small comments.",
    "Can we meet on Thursday?",
    "The invoice is attached.",
    "Please check the figures in row 4.",
    "Let me know if that works.",
    "The venue is booked for the 12th.",
    "I will bring the projector.",
]
ZH_LINES = [
    "草稿已经收到，谢谢。",
    "我有两点小意见。",
    "周四可以见面吗？",
    "发票在附件里。",
    "请核对第4行的数字。",
    "这样安排可以吗？",
    "场地已经订好了。",
    "我会带投影仪。",
]


def g_quote(lang: str):
    def fn(rng: random.Random) -> dict[str, str]:
        lines = rng.sample(EN_LINES if lang == "en" else ZH_LINES, rng.randint(2, 4))
        ins = (
            'Quote this e-mail for a reply: put "> " in front of every line.'
            if lang == "en"
            else "回复邮件时引用下面的原文：在每一行前面加上“> ”。"
        )
        return {"instruction": ins, "input": "\n".join(lines), "output": "\n".join("> " + ln for ln in lines)}

    return fn


EN_TEXT = [
    "The old harbour town wakes early, when the fishing boats come back and the gulls follow them in, circling the "
    "market stalls until the last crate of mackerel has been sold and the square is hosed clean again.",
    "Our library will close for two weeks in August while the roof is repaired; books can be returned to the drop "
    "box by the side door, and loans due in that time will be extended automatically.",
    "To plant a tree, dig a hole twice as wide as the root ball, loosen the roots gently, set the tree at the same "
    "depth it grew in the pot, fill with soil, and water it well every week during the first summer.",
]
ZH_TEXT = [
    "老城的港口每天很早就醒来，渔船陆续靠岸，海鸥一路跟着飞进来，在鱼市的摊位上空盘旋，直到最后一箱鱼卖完，广场又被冲洗干净。",
    "图书馆八月份将闭馆两周进行屋顶维修，期间可以把书投进侧门的还书箱，到期的借阅会自动续借，不会产生逾期费用。",
    "种树时先挖一个比根球宽一倍的坑，轻轻松开根系，让树保持原来在盆里的深度，填上土，第一个夏天每周都要浇透水。",
]


def g_excerpt_en(rng: random.Random) -> dict[str, str]:
    i, n = rng.randrange(len(EN_TEXT)), rng.randint(5, 20)
    return {
        "instruction": f'Give only the first {n} words of the text, followed by "…".',
        "input": EN_TEXT[i],
        "output": " ".join(EN_TEXT[i].split()[:n]) + "…",
    }


def g_excerpt_zh(rng: random.Random) -> dict[str, str]:
    i, n = rng.randrange(len(ZH_TEXT)), rng.randint(8, 30)
    return {
        "instruction": f"只给出下面这段话的前{n}个字（标点也算），后面加上“……”。",
        "input": ZH_TEXT[i],
        "output": ZH_TEXT[i][:n] + "……",
    }


def rtf_text(text: str) -> str:
    """``text`` as RTF body text: ``\\``, ``{``, ``}`` escaped and every non-ASCII character as ``\\uN?``."""
    out = []
    for c in text:
        if c in "\\{}":
            out.append("\\" + c)
        elif ord(c) < 128:
            out.append(c)
        else:
            n = ord(c)
            out.append(f"\\u{n - 65536 if n > 32767 else n}?")
    return "".join(out)


def rtf_doc(text: str, font: str, pt: int) -> str:
    """A minimal RTF document holding ``text`` in ``font`` at ``pt`` points."""
    return f"{{\\rtf1\\ansi\\deff0{{\\fonttbl{{\\f0 {font};}}}}\\f0\\fs{pt * 2} {rtf_text(text)}\\par}}"


RTF_EN = ["Meeting moved to 3 pm.", "Café opens at 8.", "Total: 42 items", "Welcome aboard!", "Draft {v2}", "Room 101"]
RTF_ZH = ["会议改到下午三点。", "咖啡馆八点开门。", "共42件", "欢迎加入！", "第二版草稿", "101室"]
FONTS = ["Arial", "Times New Roman", "Calibri", "SimSun"]


def g_rtf(lang: str):
    def fn(rng: random.Random) -> dict[str, str]:
        text, font, pt = rng.choice(RTF_EN if lang == "en" else RTF_ZH), rng.choice(FONTS), rng.choice([10, 11, 12, 14])
        ins = (
            f"Write a minimal RTF document with this text in {font}, {pt} pt (non-ASCII as \\uN? escapes)."
            if lang == "en"
            else f"把这段文字写成最简单的RTF文档，字体{font}，{pt}磅，非ASCII字符用\\uN?转义。"
        )
        return {"instruction": ins, "input": text, "output": rtf_doc(text, font, pt)}

    return fn


PATHS_EN = [
    "help",
    "billing",
    "refunds",
    "account",
    "settings",
    "privacy",
    "orders",
    "returns",
    "shipping",
    "gift-cards",
    "questions",
]
PATHS_ZH = ["帮助中心", "账户", "修改密码", "订单", "退货", "配送", "发票", "会员", "常见问题", "隐私设置"]


def g_breadcrumb_en(rng: random.Random) -> dict[str, str]:
    parts = rng.sample(PATHS_EN, rng.randint(2, 4))
    crumbs = ["Home", *(p.replace("-", " ").title() for p in parts)]
    return {
        "instruction": "Turn the URL path into a breadcrumb trail: start with Home, title-case each part, "
        'replace hyphens with spaces, and separate with " › ".',
        "input": "/" + "/".join(parts),
        "output": " › ".join(crumbs),
    }


def g_breadcrumb_zh(rng: random.Random) -> dict[str, str]:
    parts = rng.sample(PATHS_ZH, rng.randint(2, 4))
    return {
        "instruction": "把下面的路径写成面包屑导航：以“首页”开头，各级之间用“ > ”分隔。",
        "input": "/" + "/".join(parts),
        "output": " > ".join(["首页", *parts]),
    }


OPS = {"+": "+", "-": "−", "*": "×", "/": "÷"}


def calc_keys(a: int, op: str, b: int) -> str:
    """The keys pressed on a basic calculator for ``a op b``, separated by spaces."""
    return " ".join([*str(a), OPS[op], *str(b), "="])


def g_calc(lang: str):
    def fn(rng: random.Random) -> dict[str, str]:
        op = rng.choice(list(OPS))
        a, b = rng.randint(10, 999), rng.randint(2, 99)
        expr = f"{a} {OPS[op]} {b}"
        ins = (
            f"On a basic calculator, which keys do you press, in order, to work out {expr}? List them separated by spaces."
            if lang == "en"
            else f"在普通计算器上计算 {expr}，要依次按哪些键？用空格隔开列出。"
        )
        return {"instruction": ins, "input": "", "output": calc_keys(a, op, b)}

    return fn


LABELS_EN = [
    "münchen",
    "zürich",
    "bücher",
    "köln",
    "españa",
    "café",
    "niño",
    "düsseldorf",
    "göteborg",
    "malmö",
    "łódź",
    "crème",
]
LABELS_ZH = ["中国", "例子", "北京", "上海", "公司", "网络", "测试", "天气", "书店", "学校"]


def puny(domain: str) -> str:
    """``domain`` with every non-ASCII label as ``xn--`` + its punycode."""
    return ".".join(lb if lb.isascii() else "xn--" + lb.encode("punycode").decode("ascii") for lb in domain.split("."))


def g_puny_en(rng: random.Random) -> dict[str, str]:
    d = rng.choice(LABELS_EN) + rng.choice([".de", ".com", ".net", ".org", ".eu"])
    return {"instruction": f"Write the domain {d} in its punycode (ASCII) form.", "input": "", "output": puny(d)}


def g_puny_zh(rng: random.Random) -> dict[str, str]:
    d = rng.choice(LABELS_ZH) + rng.choice([".com", ".cn", ".中国", ".网络"])
    return {"instruction": f"把域名“{d}”转换成punycode（ASCII）形式。", "input": "", "output": puny(d)}


HTTP = {
    200: "OK",
    201: "Created",
    202: "Accepted",
    204: "No Content",
    301: "Moved Permanently",
    302: "Found",
    304: "Not Modified",
    307: "Temporary Redirect",
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    408: "Request Timeout",
    409: "Conflict",
    410: "Gone",
    429: "Too Many Requests",
    500: "Internal Server Error",
    501: "Not Implemented",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}


def g_http(lang: str):
    def fn(rng: random.Random) -> dict[str, str]:
        code = rng.choice(list(HTTP))
        if rng.random() < 0.5:
            ins = (
                f"What is the standard reason phrase of HTTP status {code}? Answer with the phrase only."
                if lang == "en"
                else f"HTTP状态码{code}的标准原因短语是什么？只回答短语。"
            )
            return {"instruction": ins, "input": "", "output": HTTP[code]}
        ins = (
            f'Which HTTP status code has the reason phrase "{HTTP[code]}"? Answer with the number only.'
            if lang == "en"
            else f"原因短语为“{HTTP[code]}”的HTTP状态码是多少？只回答数字。"
        )
        return {"instruction": ins, "input": "", "output": str(code)}

    return fn


LETTERS = "CDEFGAB"
SEMI = {"C": 0, "D": 2, "E": 4, "F": 5, "G": 7, "A": 9, "B": 11}
STEPS = {"major": [2, 2, 1, 2, 2, 2, 1], "minor": [2, 1, 2, 2, 1, 2, 2]}
ROOTS = {
    "major": ["G", "D", "A", "E", "B", "F", "B♭", "E♭", "A♭"],
    "minor": ["E", "B", "F♯", "D", "G", "C", "F"],
}


def pitch(note: str) -> int:
    return (SEMI[note[0]] + note.count("♯") - note.count("♭")) % 12


def scale(root: str, mode: str) -> list[str]:
    """The eight notes of the ``mode`` scale on ``root``, one letter per degree, spelled with ♯ / ♭."""
    notes, p, li = [root], pitch(root), LETTERS.index(root[0])
    for step in STEPS[mode]:
        p, li = (p + step) % 12, (li + 1) % 7
        letter = LETTERS[li]
        d = (p - SEMI[letter] + 6) % 12 - 6
        notes.append(letter + ("♯" * d if d > 0 else "♭" * -d))
    return notes


def g_scale(lang: str):
    def fn(rng: random.Random) -> dict[str, str]:
        mode = rng.choice(["major", "minor"])
        root = rng.choice(ROOTS[mode])
        down = rng.random() < 0.3
        notes = scale(root, mode)[::-1] if down else scale(root, mode)
        if lang == "en":
            ins = f"Write the {root} {'natural minor' if mode == 'minor' else 'major'} scale {'descending' if down else 'ascending'}, one octave, notes separated by spaces."
        else:
            ins = f"写出{root}{'自然小调' if mode == 'minor' else '大调'}音阶（{'下行' if down else '上行'}，一个八度），音名之间用空格隔开。"
        return {"instruction": ins, "input": "", "output": " ".join(notes)}

    return fn


NAMES_EN = ["Priya Shah", "Tom Becker", "Ana Ruiz", "Lena Novak", "Sam Okafor", "Mia Larsen"]
NAMES_ZH = ["王敏", "李杰", "陈静", "赵磊", "刘洋", "周婷"]
DATES_EN = [
    ("3 June", "14 June"),
    ("20 July", "4 August"),
    ("1 March", "8 March"),
    ("22 December", "2 January"),
    ("9 May", "16 May"),
]
DATES_ZH = [
    ("6月3日", "6月14日"),
    ("7月20日", "8月4日"),
    ("3月1日", "3月8日"),
    ("12月22日", "1月2日"),
    ("5月9日", "5月16日"),
]


def g_ooo_en(rng: random.Random) -> dict[str, str]:
    (d1, d2), name = rng.choice(DATES_EN), rng.choice(NAMES_EN)
    email = name.split()[0].lower() + "@example.com"
    return {
        "instruction": f"Write a two-sentence out-of-office reply: I'm away from {d1} to {d2}; for urgent matters "
        f"people should contact {name} at {email}.",
        "input": "",
        "output": f"I'm out of the office from {d1} to {d2}. For urgent matters, please contact {name} at {email}.",
    }


def g_ooo_zh(rng: random.Random) -> dict[str, str]:
    (d1, d2), name = rng.choice(DATES_ZH), rng.choice(NAMES_ZH)
    email = f"{rng.choice(['wm', 'lj', 'cj', 'zl', 'ly', 'zt'])}{rng.randint(1, 99)}@example.com"
    return {
        "instruction": f"写一封两句话的休假自动回复：我{d1}至{d2}休假；有急事请联系{name}，邮箱{email}。",
        "input": "",
        "output": f"我于{d1}至{d2}休假，期间无法及时回复邮件。如有急事，请联系{name}（{email}）。",
    }


def g_rgb(lang: str):
    def fn(rng: random.Random) -> dict[str, str]:
        r, g, b = (rng.randrange(256) for _ in range(3))
        ins = (
            f"Convert rgb({r}, {g}, {b}) to a hex colour code in capitals."
            if lang == "en"
            else f"把颜色rgb({r}, {g}, {b})转换成大写的十六进制颜色代码。"
        )
        return {"instruction": ins, "input": "", "output": f"#{r:02X}{g:02X}{b:02X}"}

    return fn


SIGNS = [
    "Wet floor",
    "No parking on weekdays",
    "Keep this door closed",
    "Staff only beyond this point",
    "Fire exit keep clear",
    "Please wait to be seated",
    "Mind the step",
    "Closed for cleaning",
    "Deliveries at the rear",
    "Quiet zone",
    "Hard hats must be worn",
    "Last entry at five",
]


def g_caps(lang: str):
    def fn(rng: random.Random) -> dict[str, str]:
        text = rng.choice(SIGNS)
        text += rng.choice(["", ".", "!"])
        ins = "Rewrite this sign in capital letters." if lang == "en" else "把这块告示牌上的英文改成全部大写。"
        return {"instruction": ins, "input": text, "output": text.upper()}

    return fn


GOOD = [
    ("h15g_weekdays_en", "weekday_run", "en", g_weekdays_en),
    ("h15g_weekdays_zh", "weekday_run", "zh", g_weekdays_zh),
    ("h15g_rot13_en", "rot13", "en", g_rot13("en")),
    ("h15g_rot13_zh", "rot13", "zh", g_rot13("zh")),
    ("h15g_quote_en", "quote_reply", "en", g_quote("en")),
    ("h15g_quote_zh", "quote_reply", "zh", g_quote("zh")),
    ("h15g_excerpt_en", "word_excerpt", "en", g_excerpt_en),
    ("h15g_excerpt_zh", "word_excerpt", "zh", g_excerpt_zh),
    ("h15g_rtf_en", "rtf_snippet", "en", g_rtf("en")),
    ("h15g_rtf_zh", "rtf_snippet", "zh", g_rtf("zh")),
    ("h15g_breadcrumb_en", "breadcrumb", "en", g_breadcrumb_en),
    ("h15g_breadcrumb_zh", "breadcrumb", "zh", g_breadcrumb_zh),
    ("h15g_calc_en", "calculator_keys", "en", g_calc("en")),
    ("h15g_calc_zh", "calculator_keys", "zh", g_calc("zh")),
    ("h15g_puny_en", "punycode", "en", g_puny_en),
    ("h15g_puny_zh", "punycode", "zh", g_puny_zh),
    ("h15g_http_en", "http_status", "en", g_http("en")),
    ("h15g_http_zh", "http_status", "zh", g_http("zh")),
    ("h15g_scale_en", "music_scale", "en", g_scale("en")),
    ("h15g_scale_zh", "music_scale", "zh", g_scale("zh")),
    ("h15g_ooo_en", "auto_reply", "en", g_ooo_en),
    ("h15g_ooo_zh", "auto_reply", "zh", g_ooo_zh),
    ("h15g_rgb_en", "rgb_hex", "en", g_rgb("en")),
    ("h15g_rgb_zh", "rgb_hex", "zh", g_rgb("zh")),
    ("h15g_caps_en", "all_caps", "en", g_caps("en")),
    ("h15g_caps_zh", "all_caps", "zh", g_caps("zh")),
]
"""(generator name, kind, lang, fn): thirteen kinds, one generator per kind and language."""


def build_good() -> list[dict[str, str]]:
    """The 780 good rows (390 per language, 30 per kind), seeded and deterministic."""
    return tu.build_good_rows(GOOD, 390, "clean_eval-good-heldout15-v1", PART)
