# Copyright 2026 instructflow contributors
# SPDX-License-Identifier: Apache-2.0
"""Authored good look-alikes of the HELDOUT13 part (blind).  Do not read this file while tuning filters.

Thirteen kinds none of heldout2-12 used, each answering its prompt exactly while looking like junk:
nested calls, word pyramids, text wrapped at a width, lines as HTML paragraphs, lists with ditto marks,
JavaScript ``escape()`` results, lottery odds, letter counts, search URLs, bot commands, video chapter
timestamps, BibTeX entries and tool-call JSON.  No corpus text: every wording, name and title is invented.
"""

from __future__ import annotations

import json
import math
import random
import textwrap
from collections import Counter
from collections.abc import Callable
from urllib.parse import quote_plus

import templates_heldout13 as T
import textutil

SEED = "clean_eval-good-heldout13-v1"
PER_LANG = 390

Row = dict[str, str]


def _row(instruction: str, output: str, input_: str = "") -> Row:
    return {"instruction": instruction, "input": input_, "output": output}


# ------------------------------------------------------------------------------------------ nested_call

FUNCS = ["f", "g", "h", "sqrt", "abs", "double", "inc", "wrap", "neg", "next", "step", "flip"]
ARGS = ["x", "y", "n", "0", "1", "s", "root", "k"]


def nested(fn: str, arg: str, n: int) -> str:
    """``fn`` applied ``n`` times to ``arg`` as nested calls."""
    return (fn + "(") * n + arg + ")" * n


def en_nested_call(rng: random.Random) -> Row:
    fn, arg, n = rng.choice(FUNCS), rng.choice(ARGS), rng.randint(3, 9)
    return _row(
        f"Write the expression that applies the function `{fn}` {n} times to `{arg}`, as nested calls.",
        nested(fn, arg, n),
    )


def zh_nested_call(rng: random.Random) -> Row:
    fn, arg, n = rng.choice(FUNCS), rng.choice(ARGS), rng.randint(3, 9)
    return _row(f"写出把函数 `{fn}` 连续作用在 `{arg}` 上 {n} 次的嵌套调用表达式。", nested(fn, arg, n))


# ----------------------------------------------------------------------------------------- word_pyramid

EN_PYR_WORDS = [
    "echo",
    "rain",
    "go",
    "tick",
    "knock",
    "hop",
    "drum",
    "la",
    "buzz",
    "row",
    "ding",
    "yes",
    "clap",
    "boom",
]
ZH_PYR_WORDS = ["加油", "好", "哈", "冲", "你好", "啦", "咚", "对", "雨", "快", "叮", "跑", "嗯", "喵"]


def en_word_pyramid(rng: random.Random) -> Row:
    w, n = rng.choice(EN_PYR_WORDS), rng.randint(4, 9)
    return _row(
        f'Make a word pyramid from the word "{w}": line k holds the word k times, separated by spaces, '
        f"from 1 up to {n} times.",
        "\n".join(" ".join([w] * k) for k in range(1, n + 1)),
    )


def zh_word_pyramid(rng: random.Random) -> Row:
    w, n = rng.choice(ZH_PYR_WORDS), rng.randint(4, 9)
    return _row(
        f"用“{w}”搭一个词语金字塔：第k行写k遍，从1遍写到{n}遍，中间不加空格。",
        "\n".join(w * k for k in range(1, n + 1)),
    )


# -------------------------------------------------------------------------------------------- text_wrap

EN_SENTS = [
    "The ferry leaves the north pier at seven every morning.",
    "Bring a warm coat, because the deck is windy even in summer.",
    "Tickets are sold at the kiosk next to the bakery.",
    "Children under five travel free with an adult.",
    "Bicycles may be taken on board for a small fee.",
    "The crossing takes about forty minutes in calm weather.",
    "Coffee and sandwiches are served in the lower lounge.",
    "Please keep your ticket until you have left the boat.",
    "On foggy days the captain may delay departure.",
    "Dogs are welcome on the open deck if kept on a lead.",
    "The last boat back leaves the island at half past six.",
    "Lost property can be collected from the harbour office.",
]
ZH_SENTS = [
    "渡船每天早上七点从北码头出发。",
    "甲板上风很大，即使夏天也请带件外套。",
    "船票在面包店旁边的小亭子出售。",
    "五岁以下儿童由成人陪同可免费乘船。",
    "自行车可以带上船，需另付少量费用。",
    "天气平稳时，航程大约四十分钟。",
    "下层休息室供应咖啡和三明治。",
    "下船之前请保管好您的船票。",
    "遇到大雾天气，船长可能推迟开船。",
    "狗狗拴好绳后可以待在露天甲板上。",
    "返程末班船下午六点半从岛上开出。",
    "遗失物品可以到港口办公室领取。",
]


def zh_wrap(text: str, width: int) -> str:
    """Chinese text cut into lines of ``width`` characters (the last line may be shorter)."""
    return "\n".join(text[i : i + width] for i in range(0, len(text), width))


def en_text_wrap(rng: random.Random) -> Row:
    text, width = " ".join(rng.sample(EN_SENTS, rng.randint(2, 4))), rng.choice([30, 36, 40, 44, 50])
    return _row(
        f"Wrap the text below at {width} columns, breaking lines only at spaces. Output only the wrapped text.",
        textwrap.fill(text, width),
        text,
    )


def zh_text_wrap(rng: random.Random) -> Row:
    text, width = "".join(rng.sample(ZH_SENTS, rng.randint(2, 4))), rng.choice([10, 12, 15, 16, 20])
    return _row(
        f"把下面这段文字按每行{width}个字换行（标点也算一个字），只输出换行后的文字。", zh_wrap(text, width), text
    )


# -------------------------------------------------------------------------------------- html_paragraphs


def en_html_paragraphs(rng: random.Random) -> Row:
    lines = rng.sample(EN_SENTS, rng.randint(2, 4))
    return _row(
        "Turn each line of the input into an HTML paragraph (<p>…</p>), one per line, nothing else.",
        "\n".join(f"<p>{s}</p>" for s in lines),
        "\n".join(lines),
    )


def zh_html_paragraphs(rng: random.Random) -> Row:
    lines = rng.sample(ZH_SENTS, rng.randint(2, 4))
    return _row(
        "把输入的每一行改成一个 HTML 段落（<p>…</p>），每段一行，不要输出别的内容。",
        "\n".join(f"<p>{s}</p>" for s in lines),
        "\n".join(lines),
    )


# ------------------------------------------------------------------------------------------- ditto_list

EN_ITEMS = [
    ("Blue", "pen"),
    ("Blue", "pencil"),
    ("Red", "pencil"),
    ("Red", "marker"),
    ("Black", "marker"),
    ("Black", "pen"),
    ("Green", "pen"),
    ("Green", "folder"),
]
ZH_ITEMS = [
    ("蓝色", "钢笔"),
    ("蓝色", "铅笔"),
    ("红色", "铅笔"),
    ("红色", "马克笔"),
    ("黑色", "马克笔"),
    ("黑色", "钢笔"),
    ("绿色", "钢笔"),
    ("绿色", "文件夹"),
]


def ditto(rows: list[list[str]], mark: str) -> list[str]:
    """Each row with every word equal to the word above it (same position) replaced by ``mark``."""
    out = []
    for i, r in enumerate(rows):
        out.append(" ".join(mark if i and j < len(rows[i - 1]) and w == rows[i - 1][j] else w for j, w in enumerate(r)))
    return out


def _ditto_rows(rng: random.Random, items: list[tuple[str, str]]) -> list[list[str]]:
    start = rng.randrange(len(items) - 3)
    picked = items[start : start + rng.randint(3, 5)]
    unit = rng.choice(["box", "pack", "each"]) if items is EN_ITEMS else rng.choice(["盒", "包", "支"])
    return [[a, b, str(rng.randint(1, 3)), unit] for a, b in picked]


def en_ditto_list(rng: random.Random) -> Row:
    rows = _ditto_rows(rng, EN_ITEMS)
    return _row(
        "Rewrite this stock list with ditto marks: replace every word that is the same as the word directly above it "
        '(same position) with ".',
        "\n".join(ditto(rows, '"')),
        "\n".join(" ".join(r) for r in rows),
    )


def zh_ditto_list(rng: random.Random) -> Row:
    rows = _ditto_rows(rng, ZH_ITEMS)
    return _row(
        "用同上符号“〃”改写这份库存清单：凡是和正上方同一位置的词相同的，都换成〃。",
        "\n".join(ditto(rows, "〃")),
        "\n".join(" ".join(r) for r in rows),
    )


# --------------------------------------------------------------------------------------- js_escape_call

EN_ESC_WORDS = [
    "café",
    "naïve",
    "100%",
    "50 €",
    "A&B",
    "tea ☕",
    "mañana",
    "über",
    "x=1",
    "résumé",
    "£5",
    "smile 😀",
    "a b",
    "São Paulo",
]
ZH_ESC_WORDS = ["中文", "你好", "北京 2024", "测试&", "数据100%", "早安☀", "上海", "价格¥9", "春天", "a 中"]


def en_js_escape(rng: random.Random) -> Row:
    s = " ".join(rng.sample(EN_ESC_WORDS, rng.randint(1, 2)))
    return _row(f'What does JavaScript\'s escape() return for the string "{s}"? Give only the result.', T.js_escape(s))


def zh_js_escape(rng: random.Random) -> Row:
    s = " ".join(rng.sample(ZH_ESC_WORDS, rng.randint(1, 2)))
    return _row(f"JavaScript 的 escape() 函数对字符串“{s}”返回什么？只写结果。", T.js_escape(s))


# ---------------------------------------------------------------------------------------- lottery_odds


def en_lottery_odds(rng: random.Random) -> Row:
    k, n = rng.randint(3, 7), rng.randint(20, 60)
    return _row(
        f"In a draw of {k} different numbers from 1 to {n}, what are the odds that one ticket matches all {k}? "
        'Answer only as "1 in N" with thousands separators.',
        f"1 in {math.comb(n, k):,}",
    )


def zh_lottery_odds(rng: random.Random) -> Row:
    k, n = rng.randint(3, 7), rng.randint(20, 60)
    return _row(
        f"从1到{n}中开出{k}个不同的号码，一注全部猜中的概率是多少？只用“1/N”的形式回答。", f"1/{math.comb(n, k)}"
    )


# ------------------------------------------------------------------------------------- letter_frequency

LETTER_WORDS = [
    "banana",
    "mississippi",
    "bookkeeper",
    "committee",
    "assessment",
    "balloon",
    "coffee",
    "tattoo",
    "parallel",
    "success",
    "referee",
    "address",
    "possession",
    "cocoa",
    "letter",
    "kayak",
    "level",
    "papaya",
    "access",
    "hullabaloo",
    "occurrence",
    "llama",
    "bubble",
    "giggle",
    "puppy",
    "rhythm",
    "sassafras",
    "pepper",
    "cheese",
    "happiness",
    "millennium",
    "embarrass",
    "necessary",
    "accommodate",
    "vacuum",
    "toffee",
    "zigzag",
    "barrel",
    "dessert",
    "tomorrow",
]


def letter_counts(word: str) -> str:
    """`letter:count` for each letter of ``word``, in alphabetical order, separated by spaces."""
    return " ".join(f"{c}:{n}" for c, n in sorted(Counter(word).items()))


def en_letter_frequency(rng: random.Random) -> Row:
    w = rng.choice(LETTER_WORDS)
    return _row(
        f'Count each letter in the word "{w}". List them in alphabetical order as letter:count, space separated.',
        letter_counts(w),
    )


def zh_letter_frequency(rng: random.Random) -> Row:
    w = rng.choice(LETTER_WORDS)
    return _row(f"统计单词“{w}”中每个字母出现的次数，按字母顺序，写成“字母:次数”，用空格隔开。", letter_counts(w))


# ------------------------------------------------------------------------------------------ search_url

EN_Q_HEAD = ["how to", "best way to", "why do people", "when to"]
EN_Q_TAIL = [
    "fix a flat tire",
    "grow basil indoors",
    "clean a cast iron pan",
    "store fresh ginger",
    "repot a cactus",
    "fold a fitted sheet",
    "descale a kettle",
    "train a puppy to sit",
]
ZH_Q = ["如何", "怎样", "为什么要", "什么时候"]
ZH_Q_TAIL = [
    "给绿萝换盆",
    "清洗铸铁锅",
    "保存新鲜生姜",
    "叠床单",
    "给电水壶除垢",
    "训练小狗坐下",
    "在室内种罗勒",
    "修补自行车胎",
]


def en_search_url(rng: random.Random) -> Row:
    q = f"{rng.choice(EN_Q_HEAD)} {rng.choice(EN_Q_TAIL)}"
    return _row(f"Give the Google search URL for the query: {q}", "https://www.google.com/search?q=" + quote_plus(q))


def zh_search_url(rng: random.Random) -> Row:
    q = rng.choice(ZH_Q) + rng.choice(ZH_Q_TAIL)
    return _row(f"给出在百度搜索“{q}”的网址，中文保持原样，不要转码。", "https://www.baidu.com/s?wd=" + q)


# ----------------------------------------------------------------------------------------- bot_command

EN_REMIND = [
    "water the plants",
    "call grandma",
    "take the bread out",
    "stretch",
    "check the laundry",
    "join the standup",
    "move the car",
    "feed the cat",
]
ZH_REMIND = ["给植物浇水", "给奶奶打电话", "把面包拿出来", "起来活动一下", "收衣服", "参加晨会", "挪车", "喂猫"]


def en_bot_command(rng: random.Random) -> Row:
    what, n = rng.choice(EN_REMIND), rng.choice([5, 10, 15, 20, 25, 30, 45, 60, 90])
    return _row(
        f'Write the chat-bot command that reminds me to "{what}" in {n} minutes. Syntax: /remind <minutes>m <text>.',
        f"/remind {n}m {what}",
    )


def zh_bot_command(rng: random.Random) -> Row:
    what, n = rng.choice(ZH_REMIND), rng.choice([5, 10, 15, 20, 25, 30, 45, 60, 90])
    return _row(
        f"按照 /remind <分钟>m <内容> 的格式，写一条 {n} 分钟后提醒我“{what}”的机器人命令。", f"/remind {n}m {what}"
    )


# ---------------------------------------------------------------------------------------- video_chapters

EN_CHAPTERS = [
    "Intro",
    "Tools you need",
    "Preparing the wall",
    "First coat",
    "Second coat",
    "Cleaning up",
    "Mistakes to avoid",
    "Final result",
]
ZH_CHAPTERS = ["开场", "准备工具", "处理墙面", "刷第一遍", "刷第二遍", "清理现场", "常见错误", "最终效果"]


def _mss(sec: int) -> str:
    return f"{sec // 60}:{sec % 60:02d}"


def chapters(titles: list[str], lengths: list[int]) -> str:
    """YouTube chapter lines: each title at the running total of the lengths before it, from 0:00."""
    out, t = [], 0
    for title, n in zip(titles, lengths, strict=True):
        out.append(f"{_mss(t)} {title}")
        t += n
    return "\n".join(out)


def _chapter_input(rng: random.Random, pool: list[str]) -> tuple[list[str], list[int]]:
    k = rng.randint(3, 6)
    start = rng.randrange(len(pool) - k + 1)
    return pool[start : start + k], [rng.randint(20, 400) for _ in range(k)]


def en_video_chapters(rng: random.Random) -> Row:
    titles, lengths = _chapter_input(rng, EN_CHAPTERS)
    return _row(
        "Write YouTube chapter timestamps (m:ss Title, first at 0:00) for these sections and their lengths.",
        chapters(titles, lengths),
        "\n".join(f"{t} – {_mss(n)}" for t, n in zip(titles, lengths, strict=True)),
    )


def zh_video_chapters(rng: random.Random) -> Row:
    titles, lengths = _chapter_input(rng, ZH_CHAPTERS)
    return _row(
        "根据下面各段的时长，写出视频的章节时间戳（格式 m:ss 标题，第一段从 0:00 开始）。",
        chapters(titles, lengths),
        "\n".join(f"{t} – {_mss(n)}" for t, n in zip(titles, lengths, strict=True)),
    )


# ------------------------------------------------------------------------------------------ bibtex_entry

EN_AUTHORS = ["Okafor, Ada", "Lindqvist, Maja", "Reyes, Tomas", "Haddad, Leila", "Novak, Petr", "Sato, Emi"]
EN_TITLES = [
    "Tidal Patterns in Small Harbours",
    "Counting Bees in Urban Gardens",
    "Salt and Bread Crust Colour",
    "Night Trains and Sleep Quality",
    "Moss Growth on North Walls",
]
EN_JOURNALS = ["Journal of Applied Curiosities", "Coastal Notes", "Review of Everyday Science"]
ZH_AUTHORS = ["王晓晨", "李明远", "陈思雨", "赵一凡", "周可欣", "孙浩然"]
ZH_TITLES = ["小港口的潮汐规律", "城市花园中的蜜蜂计数", "食盐与面包表皮颜色", "夜间列车与睡眠质量", "北墙苔藓生长观察"]
ZH_JOURNALS = ["日常科学评论", "海岸研究通讯", "应用趣味学报"]


def bibtex(key: str, author: str, title: str, journal: str, year: int) -> str:
    """A BibTeX @article entry with the fields in this order."""
    return f"@article{{{key},\n  author = {{{author}}},\n  title = {{{title}}},\n  journal = {{{journal}}},\n  year = {{{year}}}\n}}"


def en_bibtex_entry(rng: random.Random) -> Row:
    a, t, j, y = rng.choice(EN_AUTHORS), rng.choice(EN_TITLES), rng.choice(EN_JOURNALS), rng.randint(2009, 2023)
    key = a.split(",")[0].lower() + str(y)
    return _row(
        f"Write a BibTeX @article entry with key {key} (fields author, title, journal, year in that order) for: "
        f'{a}, "{t}", {j}, {y}.',
        bibtex(key, a, t, j, y),
    )


def zh_bibtex_entry(rng: random.Random) -> Row:
    a, t, j, y = rng.choice(ZH_AUTHORS), rng.choice(ZH_TITLES), rng.choice(ZH_JOURNALS), rng.randint(2009, 2023)
    key = f"ref{y}{rng.randint(1, 9)}"
    return _row(
        f"为这篇文章写一条 BibTeX @article 条目，键名为 {key}，字段依次为 author、title、journal、year："
        f"作者{a}，题目《{t}》，期刊《{j}》，{y}年。",
        bibtex(key, a, t, j, y),
    )


# ---------------------------------------------------------------------------------------- tool_call_json

EN_CITIES = ["Lisbon", "Nairobi", "Osaka", "Quito", "Tallinn", "Perth", "Calgary", "Hanoi"]
ZH_CITIES = ["杭州", "成都", "哈尔滨", "厦门", "昆明", "西安", "青岛", "拉萨"]


def tool_call(name: str, args: dict[str, object]) -> str:
    """A tool call as one line of JSON: name, then arguments."""
    return json.dumps({"name": name, "arguments": args}, ensure_ascii=False)


def en_tool_call(rng: random.Random) -> Row:
    if rng.random() < 0.5:
        city, unit = rng.choice(EN_CITIES), rng.choice(["celsius", "fahrenheit"])
        ask = f'get_weather with city "{city}" and unit "{unit}"'
        out = tool_call("get_weather", {"city": city, "unit": unit})
    else:
        m = rng.randint(1, 120)
        ask = f"set_timer with minutes {m}"
        out = tool_call("set_timer", {"minutes": m})
    return _row(f'Write the tool call as one line of JSON with "name" and "arguments": {ask}.', out)


def zh_tool_call(rng: random.Random) -> Row:
    if rng.random() < 0.5:
        city, unit = rng.choice(ZH_CITIES), rng.choice(["celsius", "fahrenheit"])
        ask = f"调用 get_weather，city 为“{city}”，unit 为“{unit}”"
        out = tool_call("get_weather", {"city": city, "unit": unit})
    else:
        m = rng.randint(1, 120)
        ask = f"调用 set_timer，minutes 为 {m}"
        out = tool_call("set_timer", {"minutes": m})
    return _row(f"把这个请求写成一行工具调用 JSON（包含 name 和 arguments）：{ask}。", out)


GOOD: list[tuple[str, str, str, Callable[[random.Random], Row]]] = [
    ("h13g_nested_call", "nested_call", "en", en_nested_call),
    ("h13g_word_pyramid", "word_pyramid", "en", en_word_pyramid),
    ("h13g_text_wrap", "text_wrap", "en", en_text_wrap),
    ("h13g_html_paragraphs", "html_paragraphs", "en", en_html_paragraphs),
    ("h13g_ditto_list", "ditto_list", "en", en_ditto_list),
    ("h13g_js_escape", "js_escape_call", "en", en_js_escape),
    ("h13g_lottery_odds", "lottery_odds", "en", en_lottery_odds),
    ("h13g_letter_frequency", "letter_frequency", "en", en_letter_frequency),
    ("h13g_search_url", "search_url", "en", en_search_url),
    ("h13g_bot_command", "bot_command", "en", en_bot_command),
    ("h13g_video_chapters", "video_chapters", "en", en_video_chapters),
    ("h13g_bibtex_entry", "bibtex_entry", "en", en_bibtex_entry),
    ("h13g_tool_call", "tool_call_json", "en", en_tool_call),
    ("h13g_nested_call_zh", "nested_call", "zh", zh_nested_call),
    ("h13g_word_pyramid_zh", "word_pyramid", "zh", zh_word_pyramid),
    ("h13g_text_wrap_zh", "text_wrap", "zh", zh_text_wrap),
    ("h13g_html_paragraphs_zh", "html_paragraphs", "zh", zh_html_paragraphs),
    ("h13g_ditto_list_zh", "ditto_list", "zh", zh_ditto_list),
    ("h13g_js_escape_zh", "js_escape_call", "zh", zh_js_escape),
    ("h13g_lottery_odds_zh", "lottery_odds", "zh", zh_lottery_odds),
    ("h13g_letter_frequency_zh", "letter_frequency", "zh", zh_letter_frequency),
    ("h13g_search_url_zh", "search_url", "zh", zh_search_url),
    ("h13g_bot_command_zh", "bot_command", "zh", zh_bot_command),
    ("h13g_video_chapters_zh", "video_chapters", "zh", zh_video_chapters),
    ("h13g_bibtex_entry_zh", "bibtex_entry", "zh", zh_bibtex_entry),
    ("h13g_tool_call_zh", "tool_call_json", "zh", zh_tool_call),
]


def build_good() -> list[dict[str, str]]:
    """The 780 good rows (390 per language, 30 per kind), seeded and pinned by MANIFEST.json."""
    return textutil.build_good_rows(GOOD, PER_LANG, SEED, "heldout13")
