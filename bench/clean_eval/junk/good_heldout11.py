# Copyright 2026 instructflow authors
# SPDX-License-Identifier: Apache-2.0
"""Authored good look-alikes of the ELEVENTH blind held-out part (heldout11): records the clean stage must keep.

Each kind answers its prompt exactly, yet looks on the surface like one of heldout11's junk kinds: Pig Latin
asked for, JSON-LD / logfmt / octal escapes asked for, an age gate, a 404 page, a sponsor read and an adoption
listing written on request, a keyboard-shift slip decoded, game controls, a bug ticket, a blank form and a
headline shortened with "…".  No corpus text; every wording is the author's.  Generator names start with
``h11g_``; 30 records per kind and language (``textutil.build_good_rows``).
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable

import textutil

Rec = dict[str, str]

PER_LANG = 390
SEED = "clean_eval-good-heldout11-v1"

# ------------------------------------------------------------------------------------------- pig_latin
PIG_WORDS = [
    "happy", "birthday", "string", "school", "rainbow", "apple", "orange", "little", "garden", "window",
    "friend", "yellow", "quiet", "turtle", "bright", "monday", "island", "pickle", "thunder", "under",
    "smile", "banana", "winter", "elephant", "glove", "secret", "ocean", "pencil", "cloud", "basket",
]  # fmt: skip


def pig_latin_word(w: str) -> str:
    """A lower-case word in Pig Latin: a leading vowel takes "way", else the leading consonants move and take "ay"."""
    if w[0] in "aeiou":
        return w + "way"
    m = re.match(r"(y?[^aeiouy]*)(.*)", w)
    assert m is not None
    head, rest = m.group(1), m.group(2)
    return rest + head + "ay" if rest else w + "ay"


def pig_latin(phrase: str) -> str:
    """A lower-case phrase in Pig Latin, word by word."""
    return " ".join(pig_latin_word(w) for w in phrase.split())


def _pig(lang: str) -> Callable[[random.Random], Rec]:
    def make(rng: random.Random) -> Rec:
        phrase = " ".join(rng.sample(PIG_WORDS, rng.randint(2, 3)))
        ins = (
            f'Convert "{phrase}" into Pig Latin.'
            if lang == "en"
            else f"把英文短语“{phrase}”转换成 Pig Latin（一种英语儿童黑话）。"
        )
        return {"instruction": ins, "input": "", "output": pig_latin(phrase)}

    return make


# ----------------------------------------------------------------------------------------- json_ld_faq
EN_FAQ = [
    ("Do you ship abroad?", "Yes, we ship to 40 countries."),
    ("Can I return an item?", "Yes, within 30 days of delivery."),
    ("Is parking available?", "Free parking is available behind the building."),
    ("Do you offer gift cards?", "Yes, in amounts from $10 to $200."),
    ("Are pets allowed?", "Dogs on a leash are welcome on the patio."),
    ("What are your opening hours?", "We are open 9 am to 6 pm, Monday to Saturday."),
    ("Is the venue wheelchair accessible?", "Yes, all floors are reachable by lift."),
    ("Do I need to book in advance?", "Booking is recommended but not required."),
]
ZH_FAQ = [
    ("支持海外配送吗？", "支持，目前可配送至40个国家和地区。"),
    ("可以退货吗？", "可以，签收后30天内可申请退货。"),
    ("有停车位吗？", "有，楼后提供免费停车位。"),
    ("可以开发票吗？", "可以，下单时填写抬头即可。"),
    ("可以带宠物吗？", "牵绳的小型犬可以进入户外区域。"),
    ("营业时间是几点？", "周一至周六上午9点到下午6点。"),
    ("场馆有无障碍通道吗？", "有，各楼层均可乘电梯到达。"),
    ("需要提前预约吗？", "建议提前预约，但不是必须的。"),
]


def _jsonld(lang: str) -> Callable[[random.Random], Rec]:
    def make(rng: random.Random) -> Rec:
        pairs = rng.sample(EN_FAQ if lang == "en" else ZH_FAQ, rng.randint(1, 3))
        data = {
            "@context": "https://schema.org",
            "@type": "FAQPage",
            "mainEntity": [
                {"@type": "Question", "name": q, "acceptedAnswer": {"@type": "Answer", "text": a}} for q, a in pairs
            ],
        }
        body = json.dumps(data, ensure_ascii=False, indent=2)
        tag = rng.random() < 0.5
        if lang == "en":
            ins = "Write schema.org FAQPage markup in JSON-LD for these questions and answers"
            ins += ", inside its script tag." if tag else "."
            inp = "\n".join(f"Q: {q}\nA: {a}" for q, a in pairs)
        else:
            ins = "把下面的问答写成 schema.org 的 FAQPage 结构化数据（JSON-LD）"
            ins += "，包含 script 标签。" if tag else "。"
            inp = "\n".join(f"问：{q}\n答：{a}" for q, a in pairs)
        out = f'<script type="application/ld+json">\n{body}\n</script>' if tag else body
        return {"instruction": ins, "input": inp, "output": out}

    return make


# ------------------------------------------------------------------------------------------ logfmt_line
EN_EVENTS = ["user logged in", "payment failed", "cache miss", "file uploaded", "job finished", "token expired"]
ZH_EVENTS = ["用户登录成功", "支付失败", "缓存未命中", "文件上传完成", "任务执行结束", "令牌已过期"]
LEVELS = ["info", "warn", "error", "debug"]


def logfmt_value(v: str) -> str:
    """A logfmt value, double-quoted when it holds a space, quote or equals sign."""
    return v if v and not re.search(r'[\s"=]', v) else '"' + v.replace('"', '\\"') + '"'


def _logfmt(lang: str) -> Callable[[random.Random], Rec]:
    def make(rng: random.Random) -> Rec:
        fields = [
            ("level", rng.choice(LEVELS)),
            ("msg", rng.choice(EN_EVENTS if lang == "en" else ZH_EVENTS)),
            ("user_id", str(rng.randint(100, 9999))),
            ("duration_ms", str(rng.randint(2, 900))),
        ]
        if rng.random() < 0.5:
            fields.append(("region", rng.choice(["eu-west-1", "us-east-2", "ap-east-1"])))
        if lang == "en":
            ins = "Format this event as a single logfmt line, keeping the field order."
            inp = "\n".join(f"{k}: {v}" for k, v in fields)
        else:
            ins = "把下面这条事件按原字段顺序写成一行 logfmt 格式的日志。"
            inp = "\n".join(f"{k}：{v}" for k, v in fields)
        return {"instruction": ins, "input": inp, "output": " ".join(f"{k}={logfmt_value(v)}" for k, v in fields)}

    return make


# ---------------------------------------------------------------------------------------- age_gate_copy
EN_SHOPS = [
    ("Oak Barrel Wines", "wine"), ("Hill Road Brewery", "craft beer"), ("Smoke & Ember", "cigars"),
    ("Copper Still Distillery", "whisky"), ("Vapor Lane", "e-cigarettes"), ("Lucky Seven Lounge", "online poker"),
]  # fmt: skip
ZH_SHOPS = [
    ("橡木桶酒庄", "葡萄酒"), ("山路精酿", "精酿啤酒"), ("余烬雪茄馆", "雪茄"),
    ("铜壶酒坊", "白酒"), ("云雾电子烟", "电子烟"), ("七号彩票站", "体育彩票"),
]  # fmt: skip


def _age_gate(lang: str) -> Callable[[random.Random], Rec]:
    def make(rng: random.Random) -> Rec:
        shop, product = rng.choice(EN_SHOPS if lang == "en" else ZH_SHOPS)
        age = rng.choice([18, 19, 20, 21, 25])
        if lang == "en":
            ins = (
                f"Write a short age-verification notice for the website of {shop}, which sells {product}. "
                f"Visitors must be {age} or older."
            )
            out = (
                f"Welcome to {shop}.\nThis site sells {product}, so you must be {age} or older to enter.\n"
                f"Are you {age} or older?\n[Yes, enter]   [No, leave]"
            )
        else:
            ins = f"为销售{product}的「{shop}」网站写一段简短的年龄验证提示，访客须年满{age}周岁。"
            out = f"欢迎光临「{shop}」。\n本站销售{product}，仅限年满{age}周岁的访客进入。\n您是否已年满{age}周岁？\n【是，进入】   【否，离开】"
        return {"instruction": ins, "input": "", "output": out}

    return make


# --------------------------------------------------------------------------------------- error_page_copy
EN_SITES = [
    ("Maple Street Bakery", "maplestreetbakery.example"), ("Riverside Library", "riversidelib.example"),
    ("PixelForge", "pixelforge.example"), ("Green Thumb Nursery", "greenthumb.example"),
    ("Harbor Yoga", "harboryoga.example"), ("Nightowl Comics", "nightowlcomics.example"),
    ("Bluebird Dental", "bluebirddental.example"), ("Summit Climbing Gym", "summitgym.example"),
]  # fmt: skip
ZH_SITES = [
    ("枫街面包房", "fengjie.example"), ("河畔图书馆", "hepan-lib.example"), ("像素工坊", "xiangsu.example"),
    ("绿拇指花园", "lvmuzhi.example"), ("海港瑜伽", "haigang-yoga.example"), ("夜猫漫画", "yemao.example"),
    ("青鸟口腔", "qingniao.example"), ("顶峰攀岩馆", "dingfeng.example"),
]  # fmt: skip
EN_404_TONE = ["friendly", "playful", "short"]
ZH_404_TONE = ["友好", "俏皮", "简短"]


def _error_page(lang: str) -> Callable[[random.Random], Rec]:
    def make(rng: random.Random) -> Rec:
        name, host = rng.choice(EN_SITES if lang == "en" else ZH_SITES)
        tone = rng.randrange(3)
        home = f"https://{host}/" + rng.choice(["", "index.html", "home"])
        if lang == "en":
            ins = f"Write the text of a {EN_404_TONE[tone]} 404 page for {name}, with a link back to {home}"
            line = [
                f"Sorry, we couldn't find that page on {name}. It may have moved or never existed.",
                f"Oops! This page wandered off. Even {name} can't find it.",
                "This page doesn't exist.",
            ][tone]
            out = f"404 – Page not found\n{line}\nBack to the homepage: {home}"
        else:
            ins = f"为「{name}」写一段{ZH_404_TONE[tone]}的404页面文案，附上返回首页的链接 {home}"
            line = [
                f"抱歉，在「{name}」没有找到这个页面，它可能已被移动或从未存在。",
                f"哎呀，这个页面走丢了，连「{name}」也找不到它。",
                "该页面不存在。",
            ][tone]
            out = f"404 · 页面未找到\n{line}\n返回首页：{home}"
        return {"instruction": ins, "input": "", "output": out}

    return make


# ----------------------------------------------------------------------------------------- sponsor_read
EN_BRANDS = [
    ("Brightmug", "a coffee subscription", "brightmug.example"), ("Stepwise", "a language app", "stepwise.example"),
    ("Nestly", "a home-insurance broker", "nestly.example"), ("Trailpack", "ultralight backpacks", "trailpack.example"),
    ("Inkwell", "a note-taking app", "inkwell.example"),
]  # fmt: skip
ZH_BRANDS = [
    ("晨杯咖啡", "咖啡订阅", "chenbei.example"), ("步步外语", "外语学习App", "bubu.example"),
    ("安巢保险", "家财险经纪", "anchao.example"), ("轻装户外", "轻量背包", "qingzhuang.example"),
    ("墨池笔记", "笔记软件", "mochi.example"),
]  # fmt: skip


def _sponsor(lang: str) -> Callable[[random.Random], Rec]:
    def make(rng: random.Random) -> Rec:
        brand, what, host = rng.choice(EN_BRANDS if lang == "en" else ZH_BRANDS)
        code = rng.choice(["PODCAST", "LISTEN", "WEEKLY", "HELLO"]) + str(rng.choice([10, 15, 20]))
        pct = rng.choice([10, 15, 20, 25])
        if lang == "en":
            ins = (
                f"Write a two-sentence sponsor read for my podcast. The sponsor is {brand}, {what}; "
                f"code {code} gives {pct}% off at {host}."
            )
            out = f"This episode is brought to you by {brand}, {what}. Go to {host} and use code {code} for {pct}% off."
        else:
            ins = (
                f"为我的播客写两句口播广告：赞助商是「{brand}」（{what}），在 {host} 使用优惠码 {code} 可享{pct}%折扣。"
            )
            out = (
                f"本期节目由「{brand}」赞助播出，{what}就选{brand}。登录 {host} 输入优惠码 {code}，即可享受{pct}%折扣。"
            )
        return {"instruction": ins, "input": "", "output": out}

    return make


# ------------------------------------------------------------------------------------- adoption_listing
EN_PETS = [("Biscuit", "beagle"), ("Luna", "tabby cat"), ("Pepper", "terrier mix"), ("Mochi", "rabbit"),
           ("Shadow", "black cat"), ("Rosie", "greyhound")]  # fmt: skip
ZH_PETS = [
    ("饼干", "比格犬"),
    ("月亮", "狸花猫"),
    ("胡椒", "串串小狗"),
    ("麻薯", "垂耳兔"),
    ("小黑", "黑猫"),
    ("玫瑰", "灵缇犬"),
]
EN_SHELTERS = ["Northside Animal Shelter", "Second Chance Rescue", "Willow Creek SPCA"]
ZH_SHELTERS = ["北城流浪动物救助站", "再次出发救助中心", "柳溪动物保护协会"]


def _adoption(lang: str) -> Callable[[random.Random], Rec]:
    def make(rng: random.Random) -> Rec:
        name, animal = rng.choice(EN_PETS if lang == "en" else ZH_PETS)
        shelter = rng.choice(EN_SHELTERS if lang == "en" else ZH_SHELTERS)
        age = rng.randint(1, 9)
        phone = f"555-01{rng.randint(10, 99)}"
        if lang == "en":
            ins = (
                f"Write a short adoption listing for {name}, a {age}-year-old {animal} at {shelter}. Contact: {phone}."
            )
            out = (
                f"Meet {name}! This {age}-year-old {animal} is looking for a forever home. "
                f"{name} is vaccinated, microchipped and ready to go home from {shelter}. "
                f"Adoption is by application only; call {phone} to arrange a visit."
            )
        else:
            ins = f"为{shelter}的{name}写一则简短的领养启事：{age}岁的{animal}，联系电话{phone}。"
            out = (
                f"{name}在等一个家！它是一只{age}岁的{animal}，已接种疫苗、植入芯片，目前住在{shelter}。"
                f"领养需提交申请并接受回访，不收取任何费用。欢迎致电{phone}预约见面。"
            )
        return {"instruction": ins, "input": "", "output": out}

    return make


# --------------------------------------------------------------------------------------- keyboard_shift
QWERTY_ROWS = ["qwertyuiop[", "asdfghjkl;'", "zxcvbnm,./"]
RIGHT = {row[i]: row[i + 1] for row in QWERTY_ROWS for i in range(len(row) - 1)}
SHIFT_WORDS = [
    "hello", "meeting", "tomorrow", "lunch", "thanks", "sorry", "call", "me", "later", "dinner", "ready",
    "running", "late", "see", "you", "soon", "good", "night", "coffee", "break",
]  # fmt: skip


def shifted(text: str) -> str:
    """``text`` as typed with both hands one key to the right on a QWERTY keyboard."""
    return "".join(RIGHT.get(c, c) for c in text)


def _key_shift(lang: str) -> Callable[[random.Random], Rec]:
    def make(rng: random.Random) -> Rec:
        phrase = " ".join(rng.sample(SHIFT_WORDS, rng.randint(1, 3)))
        typed = shifted(phrase)
        if lang == "en":
            ins = (
                "My hands were one key too far to the right on a QWERTY keyboard and I typed "
                f'"{typed}". What did I mean to type?'
            )
            out = f'You meant to type "{phrase}".'
        else:
            ins = f"我在QWERTY键盘上打字时双手往右错了一个键，结果打出了“{typed}”。我原本想打的是什么？"
            out = f"你原本想打的是“{phrase}”。"
        return {"instruction": ins, "input": "", "output": out}

    return make


# --------------------------------------------------------------------------------------- game_controls
EN_ACTIONS = ["jump", "crouch", "reload", "interact", "open the map", "sprint", "use an item", "pause"]
ZH_ACTIONS = ["跳跃", "下蹲", "换弹", "互动", "打开地图", "冲刺", "使用道具", "暂停"]
KEYS = ["Space", "C", "R", "E", "M", "Shift", "Q", "Esc", "F", "Tab"]


def _controls(lang: str) -> Callable[[random.Random], Rec]:
    def make(rng: random.Random) -> Rec:
        idx = rng.sample(range(len(EN_ACTIONS)), 2)
        keys = rng.sample(KEYS, 2)
        acts = [(EN_ACTIONS if lang == "en" else ZH_ACTIONS)[i] for i in idx]
        if lang == "en":
            ins = (
                f"List the keyboard controls for my game, one per line: move with WASD, {acts[0]} with {keys[0]}, "
                f"{acts[1]} with {keys[1]}."
            )
            lines = ["W – move forward", "A – move left", "S – move back", "D – move right"]
            lines += [f"{k} – {a}" for k, a in zip(keys, acts, strict=True)]
        else:
            ins = f"把我这款游戏的键盘操作逐行列出来：WASD移动，{keys[0]}键{acts[0]}，{keys[1]}键{acts[1]}。"
            lines = ["W：向前移动", "A：向左移动", "S：向后移动", "D：向右移动"]
            lines += [f"{k}：{a}" for k, a in zip(keys, acts, strict=True)]
        return {"instruction": ins, "input": "", "output": "\n".join(lines)}

    return make


# ------------------------------------------------------------------------------------------ bug_ticket
EN_BUGS = [
    ("the export button", "Settings", "a CSV file downloads", "nothing happens"),
    ("the search box", "Orders", "matching orders are listed", "the page reloads empty"),
    ("the dark-mode toggle", "Profile", "the theme turns dark", "only the sidebar turns dark"),
    ("the Save button", "Invoices", "the invoice is saved", "an error 500 appears"),
    ("the date picker", "Bookings", "a calendar opens", "the calendar opens off screen"),
]
ZH_BUGS = [
    ("导出按钮", "设置", "下载一个CSV文件", "没有任何反应"),
    ("搜索框", "订单", "列出匹配的订单", "页面刷新后为空"),
    ("深色模式开关", "个人资料", "界面变为深色", "只有侧边栏变为深色"),
    ("保存按钮", "发票", "发票保存成功", "出现500错误"),
    ("日期选择器", "预订", "弹出日历", "日历显示在屏幕外"),
]
EN_PRIORITY = ["Low", "Medium", "High"]
ZH_PRIORITY = ["低", "中", "高"]
EN_APPS = ["the web app", "the Android app", "the iOS app"]
ZH_APPS = ["网页版", "安卓客户端", "iOS客户端"]


def _ticket(lang: str) -> Callable[[random.Random], Rec]:
    def make(rng: random.Random) -> Rec:
        b = rng.randrange(len(EN_BUGS))
        p = rng.randrange(3)
        a = rng.randrange(3)
        if lang == "en":
            thing, page, exp, act = EN_BUGS[b]
            app = EN_APPS[a]
            ins = f"Turn this report into a bug ticket with title, steps, expected, actual and priority ({EN_PRIORITY[p]})."
            inp = f"In {app}, when I open {page} and click {thing}, {act}. I expected that {exp}."
            out = (
                f"Title: {thing[0].upper() + thing[1:]} on {page} does not work in {app}\n"
                f"Steps to reproduce:\n1. Open {app}.\n2. Go to {page}.\n3. Click {thing}.\n"
                f"Expected: {exp[0].upper() + exp[1:]}.\nActual: {act[0].upper() + act[1:]}.\nPriority: {EN_PRIORITY[p]}"
            )
        else:
            thing, page, exp, act = ZH_BUGS[b]
            app = ZH_APPS[a]
            ins = (
                f"把下面的反馈整理成一张缺陷工单，包括标题、复现步骤、预期结果、实际结果和优先级（{ZH_PRIORITY[p]}）。"
            )
            inp = f"在{app}里打开“{page}”页面，点{thing}以后{act}，我以为会{exp}。"
            out = (
                f"标题：{app}“{page}”页面的{thing}无效\n复现步骤：\n1. 打开{app}。\n2. 进入“{page}”页面。\n"
                f"3. 点击{thing}。\n预期结果：{exp}。\n实际结果：{act}。\n优先级：{ZH_PRIORITY[p]}"
            )
        return {"instruction": ins, "input": inp, "output": out}

    return make


# ------------------------------------------------------------------------------------------- blank_form
EN_FORMS = ["Visitor Sign-In", "Equipment Loan", "Volunteer Registration", "Incident Report"]
ZH_FORMS = ["访客登记表", "设备借用单", "志愿者报名表", "事故报告单"]
EN_FIELDS = ["Name", "Date", "Phone", "Email", "Signature", "Department", "Time in", "Time out", "Reason"]
ZH_FIELDS = ["姓名", "日期", "电话", "邮箱", "签名", "部门", "到达时间", "离开时间", "事由"]
BLANK = "____________________"


def _blank_form(lang: str) -> Callable[[random.Random], Rec]:
    def make(rng: random.Random) -> Rec:
        f = rng.randrange(len(EN_FORMS))
        idx = rng.sample(range(len(EN_FIELDS)), rng.randint(3, 5))
        if lang == "en":
            fields = [EN_FIELDS[i] for i in idx]
            ins = (
                f"Make a blank {EN_FORMS[f]} form with these fields in this order, each followed by a line to fill in: "
                + ", ".join(fields)
                + "."
            )
            out = "\n".join([EN_FORMS[f].upper()] + [f"{x}: {BLANK}" for x in fields])
        else:
            fields = [ZH_FIELDS[i] for i in idx]
            ins = f"按顺序做一张空白的{ZH_FORMS[f]}，字段为：" + "、".join(fields) + "，每项后面留一条填写用的横线。"
            out = "\n".join([ZH_FORMS[f]] + [f"{x}：{BLANK}" for x in fields])
        return {"instruction": ins, "input": "", "output": out}

    return make


# ---------------------------------------------------------------------------------------- octal_escapes
EN_FILES = ["résumé", "Müller_Rechnung", "niño", "café_menu", "façade", "Ångström", "crème_brûlée", "São_Paulo"]
ZH_FILES = ["报告", "会议记录", "照片", "发票", "简历", "预算表", "合同", "课程表"]
EXTS = [".txt", ".pdf", ".docx", ".jpg", ".md"]


def octal_path(name: str) -> str:
    """How ``git status`` prints a path with ``core.quotePath`` on: quoted, non-ASCII bytes as octal escapes."""
    body = "".join(c if ord(c) < 128 else "".join(f"\\{b:03o}" for b in c.encode("utf-8")) for c in name)
    return f'"{body}"'


def _octal(lang: str) -> Callable[[random.Random], Rec]:
    def make(rng: random.Random) -> Rec:
        name = rng.choice(EN_FILES if lang == "en" else ZH_FILES) + rng.choice(EXTS)
        shown = octal_path(name)
        if lang == "en":
            ins = f'With the default core.quotePath setting, how does `git status` show the untracked file "{name}"?'
            out = (
                f"It shows it as {shown}: git puts the path in double quotes and writes every non-ASCII byte of its "
                "UTF-8 encoding as a three-digit octal escape."
            )
        else:
            ins = f"在默认的 core.quotePath 设置下，git status 会怎样显示未跟踪的文件“{name}”？"
            out = f"会显示为 {shown}：git 给路径加上双引号，并把 UTF-8 编码中的每个非 ASCII 字节写成三位八进制转义。"
        return {"instruction": ins, "input": "", "output": out}

    return make


# -------------------------------------------------------------------------------------- truncate_asked
EN_HEADLINES = [
    "City council approves new bike lanes along the riverside after a year of debate",
    "Local bakery wins national award for its sourdough and plans a second shop",
    "Heavy rain expected across the region this weekend, with flood warnings in place",
    "School robotics team qualifies for the world championship for the first time",
    "Museum reopens its dinosaur hall after a two-year renovation with new fossils",
    "Researchers find that short walks after meals help to lower blood sugar",
]
ZH_HEADLINES = [
    "市议会经过一年讨论终于批准沿河新建自行车道",
    "本地面包店凭借酸面包获得全国大奖并计划开第二家店",
    "本周末全区将有强降雨部分地区已发布洪水预警",
    "学校机器人队首次获得世界锦标赛参赛资格",
    "博物馆恐龙展厅历时两年翻新后重新开放并展出新化石",
    "研究发现饭后短距离散步有助于降低血糖",
]


def shorten(text: str, n: int, lang: str) -> str:
    """``text`` cut to at most ``n`` characters including the final "…" (en: at a word boundary)."""
    if lang == "en":
        return text[: n - 1].rsplit(" ", 1)[0].rstrip(",") + "…"
    return text[: n - 1] + "…"


def _truncate(lang: str) -> Callable[[random.Random], Rec]:
    def make(rng: random.Random) -> Rec:
        head = rng.choice(EN_HEADLINES if lang == "en" else ZH_HEADLINES)
        if lang == "en":
            n = rng.choice([30, 35, 40, 45, 50, 60])
            ins = f'Shorten this headline to at most {n} characters, cutting at a word boundary and ending with "…".'
        else:
            n = rng.choice([8, 10, 12, 14, 15, 16])
            ins = f"把下面的标题缩短到不超过{n}个字（含省略号），结尾加“…”。"
        return {"instruction": ins, "input": head, "output": shorten(head, n, lang)}

    return make


# ------------------------------------------------------------------------------------------- registry
_KINDS: list[tuple[str, Callable[[str], Callable[[random.Random], Rec]]]] = [
    ("pig_latin", _pig),
    ("json_ld_faq", _jsonld),
    ("logfmt_line", _logfmt),
    ("age_gate_copy", _age_gate),
    ("error_page_copy", _error_page),
    ("sponsor_read", _sponsor),
    ("adoption_listing", _adoption),
    ("keyboard_shift", _key_shift),
    ("game_controls", _controls),
    ("bug_ticket", _ticket),
    ("blank_form", _blank_form),
    ("octal_escapes", _octal),
    ("truncate_asked", _truncate),
]
GOOD = [(f"h11g_{kind}_{lang}", kind, lang, make(lang)) for lang in ("en", "zh") for kind, make in _KINDS]
"""(generator name, kind, lang, fn(rng) -> record)."""


def build_good() -> list[dict[str, str]]:
    """All heldout11 good look-alikes: 390 per language, 30 per kind, seeded and deterministic."""
    return textutil.build_good_rows(GOOD, PER_LANG, SEED, "heldout11")
