"""Good look-alikes (hard negatives) of the heldout6 part: authored records the clean stage must keep.

Every record is a correct answer to its instruction that shares a surface trait with junk: subtitle
files asked for (timestamps, cue numbers), leetspeak asked for (digits inside words), ratings asked in
a fixed format (`Rating: 4/5`, `[[4]]`), reversed text (reads like a keyboard mash), letter and
成语 scrambles for puzzles, interface strings (`[deleted]`, "No messages yet", 暂无数据), amounts in
words as on a cheque (大写金额 壹仟贰佰…), Roman numerals (capital-letter runs), hex colour codes,
DNA sequences and their complements (ACGT runs), generated passwords (random symbols), onomatopoeia
(BOOM! 轰隆隆), and XML documents built from the input.  All text is written for this file (no corpus
text); facts are ordinary public knowledge and every computed answer is computed here.
``build_good(per_lang)`` is seeded and deterministic.
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable

from textutil import build_good_rows

Rec = dict[str, str]
GoodGen = Callable[[random.Random], Rec]

GOOD_PER_LANG = 390
"""Good records per language (30 per kind)."""


def _r(instruction: str, output: str, input_: str = "") -> Rec:
    return {"instruction": instruction, "input": input_, "output": output}


# ----------------------------------------------------------------------------------- subtitle_file

EN_LINES = [
    "Welcome back to the workshop.",
    "Today we are building a bird feeder.",
    "First, measure the board twice.",
    "Then cut along the pencil line.",
    "Sand the edges until they are smooth.",
    "Now drill two small holes for the rope.",
    "Fill it with seeds and hang it up.",
    "Thanks for watching, see you next week.",
]
ZH_LINES = [
    "欢迎回到今天的厨房。",
    "今天我们来做番茄炒蛋。",
    "先把鸡蛋打散，加一点盐。",
    "番茄切成小块备用。",
    "热锅凉油，先炒鸡蛋。",
    "鸡蛋盛出，再炒番茄。",
    "最后把鸡蛋倒回去翻炒均匀。",
    "谢谢观看，我们下期再见。",
]


def srt(lines: list[str], start: int, each: int) -> str:
    """An SRT file with one cue of ``each`` seconds per line, starting at second ``start``."""

    def ts(s: int) -> str:
        return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d},000"

    cues = []
    for k, line in enumerate(lines):
        a = start + k * each
        cues.append(f"{k + 1}\n{ts(a)} --> {ts(a + each)}\n{line}")
    return "\n\n".join(cues)


def _subtitle(rng: random.Random, pool: list[str], zh: bool) -> Rec:
    k = rng.randint(2, 4)
    i = rng.randint(0, len(pool) - k)
    lines = pool[i : i + k]
    start, each = rng.choice([0, 5, 10, 30, 62, 95]), rng.randint(2, 5)
    if zh:
        ins = f"把下面的台词做成 SRT 字幕文件，从第 {start} 秒开始，每句 {each} 秒。"
    else:
        ins = f"Turn these lines into an SRT subtitle file. Start at {start} seconds and give each line {each} seconds."
    return _r(ins, srt(lines, start, each), "\n".join(lines))


def en_subtitle_file(rng: random.Random) -> Rec:
    return _subtitle(rng, EN_LINES, False)


def zh_subtitle_file(rng: random.Random) -> Rec:
    return _subtitle(rng, ZH_LINES, True)


# --------------------------------------------------------------------------------------- leetspeak

LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "g": "9", "b": "8"})
PHRASES = [
    "game over",
    "nice shot",
    "good luck have fun",
    "hello world",
    "elite hackers",
    "boss fight",
    "top score",
    "see you later",
    "best team ever",
    "totally awesome",
    "press start",
    "level up",
    "welcome to the lobby",
    "get good",
    "respawn in ten seconds",
    "this is a test",
    "speed boost",
    "last one standing",
    "big brain time",
    "secret base",
]


def leet(text: str) -> str:
    """Lower-case leetspeak: a→4 e→3 i→1 o→0 s→5 t→7 g→9 b→8."""
    return text.lower().translate(LEET)


def en_leetspeak(rng: random.Random) -> Rec:
    p = rng.choice(PHRASES)
    form = rng.choice(
        [
            f'Write "{p}" in leetspeak (a=4, e=3, i=1, o=0, s=5, t=7, g=9, b=8).',
            f"Convert the gamer tag phrase '{p}' to leetspeak using the usual digit swaps.",
        ]
    )
    return _r(form, leet(p))


def zh_leetspeak(rng: random.Random) -> Rec:
    p = rng.choice(PHRASES)
    form = rng.choice(
        [
            "把下面的英文短语改写成 leetspeak（用数字代替字母：a=4，e=3，i=1，o=0，s=5，t=7，g=9，b=8）。",
            "请用黑客语（leetspeak）的数字替换规则改写这个短语。",
        ]
    )
    return _r(form, leet(p), p)


# ------------------------------------------------------------------------------------ rating_score

EN_REVIEWS = [
    ("Arrived broken and support never answered my emails.", 1),
    ("Stopped working after two days. Waste of money.", 1),
    ("It works, but the battery barely lasts a morning.", 2),
    ("Too loud for a small flat, though it cleans well.", 3),
    ("Does what it says. Nothing special, nothing wrong.", 3),
    ("Comfortable and well made; the strap could be longer.", 4),
    ("Great value, fast delivery, would buy again.", 5),
    ("Best kettle I have owned. Quiet and quick.", 5),
    ("Decent sound for the price, a bit heavy to carry.", 4),
    ("The colour was nothing like the photo and it faded in a week.", 2),
]
ZH_REVIEWS = [
    ("收到就是坏的，客服一直不回复。", 1),
    ("用了两天就坏了，白花钱。", 1),
    ("能用，但是电池半天就没电了。", 2),
    ("颜色和图片差别很大，洗一次就掉色。", 2),
    ("中规中矩，没什么亮点也没什么问题。", 3),
    ("声音有点大，不过清洁效果还行。", 3),
    ("做工不错，穿着舒服，就是带子短了点。", 4),
    ("性价比高，音质对得起这个价格。", 4),
    ("物流很快，质量很好，会回购！", 5),
    ("用过最好的烧水壶，又快又安静。", 5),
]


def en_rating_score(rng: random.Random) -> Rec:
    text, s = rng.choice(EN_REVIEWS)
    fmt = rng.randint(0, 2)
    if fmt == 0:
        return _r(
            "Rate this product review from 1 to 5 stars. Answer in the form 'Rating: X/5' and nothing else.",
            f"Rating: {s}/5",
            text,
        )
    if fmt == 1:
        return _r(
            "Give the review a score from 1 (very negative) to 5 (very positive). Output the score in double brackets, like [[3]].",
            f"[[{s}]]",
            text,
        )
    return _r(
        "How many stars (1-5) would this customer most likely give? Reply with stars only, e.g. ★★★☆☆.",
        "★" * s + "☆" * (5 - s),
        text,
    )


def zh_rating_score(rng: random.Random) -> Rec:
    text, s = rng.choice(ZH_REVIEWS)
    fmt = rng.randint(0, 2)
    if fmt == 0:
        return _r("给这条商品评价打分（1-5分），只按“评分：X/5”的格式回答。", f"评分：{s}/5", text)
    if fmt == 1:
        return _r(
            "判断这条评价的情感强度，1 为非常负面，5 为非常正面，把分数写在双中括号里，例如 [[3]]。", f"[[{s}]]", text
        )
    return _r("这位顾客最可能给几颗星？只用星号回答，例如 ★★★☆☆。", "★" * s + "☆" * (5 - s), text)


# ---------------------------------------------------------------------------------- reversed_text

EN_WORDS = [
    "river",
    "lantern",
    "copper",
    "meadow",
    "pocket",
    "harbor",
    "violet",
    "thunder",
    "pencil",
    "garden",
    "window",
    "silver",
    "orange",
    "marble",
    "candle",
]
ZH_SENTS = [
    "今天天气很好",
    "我们明天去爬山",
    "小猫在窗台上睡觉",
    "上海自来水来自海上",
    "山东落花生花落东山",
    "春风又绿江南岸",
    "黄河远上白云间",
    "图书馆九点开门",
    "妈妈做的饺子最好吃",
    "一起去公园散步吧",
]


def en_reversed_text(rng: random.Random) -> Rec:
    words = rng.sample(EN_WORDS, rng.randint(2, 4))
    phrase = " ".join(words)
    if rng.random() < 0.5:
        return _r("Reverse this string character by character. Output only the reversed string.", phrase[::-1], phrase)
    return _r("Spell each word backwards but keep the words in order.", " ".join(w[::-1] for w in words), phrase)


def zh_reversed_text(rng: random.Random) -> Rec:
    s = rng.choice(ZH_SENTS)
    if rng.random() < 0.5:
        return _r("把这句话的字顺序完全倒过来写，只输出结果。", s[::-1], s)
    w = rng.sample(EN_WORDS, rng.randint(2, 3))
    p = " ".join(w)
    return _r("把下面的英文字符串按字符倒序输出（编程练习的预期结果）。", p[::-1], p)


# ------------------------------------------------------------------------------------------ anagram

JUMBLE = [
    "planet",
    "orange",
    "bridge",
    "jungle",
    "pirate",
    "rocket",
    "castle",
    "dragon",
    "forest",
    "guitar",
    "saddle",
    "tomato",
    "winter",
    "yellow",
]
IDIOMS = [
    "画蛇添足",
    "守株待兔",
    "亡羊补牢",
    "对牛弹琴",
    "井底之蛙",
    "狐假虎威",
    "刻舟求剑",
    "掩耳盗铃",
    "杯弓蛇影",
    "叶公好龙",
    "胸有成竹",
    "半途而废",
]


def _scramble(rng: random.Random, word: str) -> str:
    chars = list(word)
    while True:
        rng.shuffle(chars)
        if "".join(chars) != word:
            return "".join(chars)


def en_anagram(rng: random.Random) -> Rec:
    words = rng.sample(JUMBLE, rng.randint(3, 5))
    out = "\n".join(f"{k + 1}. {_scramble(rng, w).upper()}" for k, w in enumerate(words))
    return _r(
        "Make a word-jumble worksheet: scramble the letters of each word (in capitals) and number them.",
        out,
        ", ".join(words),
    )


def zh_anagram(rng: random.Random) -> Rec:
    idioms = rng.sample(IDIOMS, rng.randint(3, 5))
    out = "\n".join(f"{k + 1}. {'、'.join(_scramble(rng, w))}" for k, w in enumerate(idioms))
    return _r("做一个猜成语小游戏：把每个成语的四个字打乱顺序，用顿号隔开，并编号。", out, "，".join(idioms))


# --------------------------------------------------------------------------------------- ui_strings

APPS = [
    "Pebble",
    "Harbor",
    "Quillnote",
    "Tandem",
    "Brightpath",
    "Loopline",
    "Mossbox",
    "Kitewire",
    "Fernly",
    "Orbitask",
]
EN_UI = [
    (
        "the placeholder shown where a deleted comment used to be (two or three words in square brackets)",
        "[comment deleted]",
    ),
    ("the empty-state message of the inbox when there are no messages", "No messages yet."),
    ("the text on the loading spinner", "Loading…"),
    ("the banner shown when the device is offline", "You're offline. Changes will sync when you reconnect."),
    ("the 404 page heading", "404 – Page not found"),
    ("the message shown when the session has expired", "Your session has expired. Please sign in again."),
]
ZH_APPS = ["青禾", "小帆", "米格", "知鹿", "云栖", "橙子", "拾光", "麦田", "栗子", "青柠"]
ZH_UI = [
    ("评论被删除后原位置显示的占位文字（方括号括起来）", "[该评论已删除]"),
    ("列表没有内容时的空状态提示", "暂无数据"),
    ("加载中的提示文字", "加载中…"),
    ("断网时顶部的提示条", "网络已断开，请检查网络设置"),
    ("404 页面的标题", "404 页面不存在"),
    ("登录过期时的弹窗提示", "登录已过期，请重新登录"),
]


def en_ui_strings(rng: random.Random) -> Rec:
    app = rng.choice(APPS)
    what, text = rng.choice(EN_UI)
    return _r(f"For our app {app}, write {what}. Give only the string, no quotes.", text)


def zh_ui_strings(rng: random.Random) -> Rec:
    app = rng.choice(ZH_APPS)
    what, text = rng.choice(ZH_UI)
    return _r(f"为我们的App“{app}”写{what}，只给出文案本身。", text)


# ---------------------------------------------------------------------------------- amount_in_words

ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def en_words(n: int) -> str:
    """English words of 0 <= n < 1,000,000 (no "and")."""
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else "")
    if n < 1000:
        return ONES[n // 100] + " hundred" + (" " + en_words(n % 100) if n % 100 else "")
    return en_words(n // 1000) + " thousand" + (" " + en_words(n % 1000) if n % 1000 else "")


ZH_DIGITS = "零壹贰叁肆伍陆柒捌玖"
ZH_UNITS = ["", "拾", "佰", "仟"]


def _zh_group(n: int) -> str:
    out, zero = "", False
    for pos in range(3, -1, -1):
        d = n // 10**pos % 10
        if d == 0:
            zero = bool(out)
        else:
            if zero:
                out += "零"
            out += ZH_DIGITS[d] + ZH_UNITS[pos]
            zero = False
    return out


def zh_capital(n: int) -> str:
    """大写金额 of 1 <= n < 100,000,000 yuan, e.g. 1205 -> 壹仟贰佰零伍元整."""
    hi, lo = divmod(n, 10000)
    s = ""
    if hi:
        s = _zh_group(hi) + "万"
        if lo and lo < 1000:
            s += "零"
    if lo:
        s += _zh_group(lo)
    return s + "元整"


def en_amount_in_words(rng: random.Random) -> Rec:
    d, c = rng.randint(11, 99999), rng.choice([0, 0, 25, 50, 75, 99])
    words = en_words(d)
    out = f"{words[0].upper()}{words[1:]} dollars and {c:02d}/100"
    return _r(f"Write ${d:,}.{c:02d} in words the way it goes on a cheque.", out)


def zh_amount_in_words(rng: random.Random) -> Rec:
    n = rng.choice(
        [rng.randint(11, 999), rng.randint(1000, 9999), rng.randint(10000, 999999), rng.randint(1, 99) * 1000]
    )
    return _r(f"把金额 {n} 元写成财务上用的大写金额。", zh_capital(n))


# ---------------------------------------------------------------------------------- roman_numerals

ROMAN = [
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
]


def roman(n: int) -> str:
    """Roman numeral of 1 <= n <= 3999."""
    out = ""
    for v, s in ROMAN:
        while n >= v:
            out += s
            n -= v
    return out


def en_roman_numerals(rng: random.Random) -> Rec:
    if rng.random() < 0.5:
        y = rng.randint(1800, 2099)
        return _r(f"Write the year {y} in Roman numerals, as on a film's copyright line.", roman(y))
    ns = sorted(rng.sample(range(1, 400), 4))
    return _r(
        "Convert each number to Roman numerals, one per line as 'number = numeral'.",
        "\n".join(f"{n} = {roman(n)}" for n in ns),
        ", ".join(map(str, ns)),
    )


def zh_roman_numerals(rng: random.Random) -> Rec:
    if rng.random() < 0.5:
        y = rng.randint(1800, 2099)
        return _r(f"用罗马数字写出年份 {y}，只写结果。", roman(y))
    ns = sorted(rng.sample(range(1, 400), 4))
    return _r(
        "把下面的数字分别转换成罗马数字，每行写成“数字 = 罗马数字”。",
        "\n".join(f"{n} = {roman(n)}" for n in ns),
        "、".join(map(str, ns)),
    )


# ---------------------------------------------------------------------------------- color_palette


def _rgb(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(0, 255), rng.randint(0, 255), rng.randint(0, 255)


def hexcode(c: tuple[int, int, int]) -> str:
    return "#{:02X}{:02X}{:02X}".format(*c)


def en_color_palette(rng: random.Random) -> Rec:
    cs = [_rgb(rng) for _ in range(rng.randint(3, 6))]
    inp = "\n".join(f"rgb({r}, {g}, {b})" for r, g, b in cs)
    return _r(
        "Convert these colours to hex codes for my CSS file, one per line, upper case.",
        "\n".join(hexcode(c) for c in cs),
        inp,
    )


def zh_color_palette(rng: random.Random) -> Rec:
    cs = [_rgb(rng) for _ in range(rng.randint(3, 6))]
    inp = "\n".join(f"rgb({r}, {g}, {b})" for r, g, b in cs)
    return _r("把下面的 RGB 颜色转换成十六进制色值（大写），每行一个。", "\n".join(hexcode(c) for c in cs), inp)


# ----------------------------------------------------------------------------------- dna_sequence

COMP = str.maketrans("ACGT", "TGCA")


def revcomp(seq: str) -> str:
    return seq.translate(COMP)[::-1]


def _dna(rng: random.Random) -> str:
    return "".join(rng.choice("ACGT") for _ in range(rng.randint(18, 36)))


def en_dna_sequence(rng: random.Random) -> Rec:
    s = _dna(rng)
    m = rng.randint(0, 2)
    if m == 0:
        return _r("Give the reverse complement of this DNA sequence.", revcomp(s), s)
    if m == 1:
        return _r(
            "Write the complementary strand (3'->5', same order as given) of this DNA sequence.", s.translate(COMP), s
        )
    return _r("Transcribe this DNA coding strand into mRNA.", s.replace("T", "U"), s)


def zh_dna_sequence(rng: random.Random) -> Rec:
    s = _dna(rng)
    m = rng.randint(0, 2)
    if m == 0:
        return _r("写出下面这段 DNA 序列的反向互补序列。", revcomp(s), s)
    if m == 1:
        return _r("写出这段 DNA 的互补链（按给出的顺序逐个碱基配对）。", s.translate(COMP), s)
    return _r("把这段 DNA 编码链转录成 mRNA 序列。", s.replace("T", "U"), s)


# -------------------------------------------------------------------------------------- passwords

SYMBOLS = "!@#$%^&*-_=+?"


def password(rng: random.Random, n: int) -> str:
    """A random password of length n with at least one lower, upper, digit and symbol."""
    pools = [string.ascii_lowercase, string.ascii_uppercase, string.digits, SYMBOLS]
    chars = [rng.choice(p) for p in pools] + [rng.choice("".join(pools)) for _ in range(n - 4)]
    rng.shuffle(chars)
    return "".join(chars)


def en_passwords(rng: random.Random) -> Rec:
    k, n = rng.randint(3, 6), rng.choice([12, 14, 16, 20])
    out = "\n".join(password(rng, n) for _ in range(k))
    return _r(
        f"Generate {k} random passwords, {n} characters each, mixing upper and lower case, digits and symbols. One per line.",
        out,
    )


def zh_passwords(rng: random.Random) -> Rec:
    k, n = rng.randint(3, 6), rng.choice([12, 14, 16, 20])
    out = "\n".join(password(rng, n) for _ in range(k))
    return _r(f"帮我生成 {k} 个随机强密码，每个 {n} 位，包含大小写字母、数字和符号，每行一个。", out)


# ---------------------------------------------------------------------------------- onomatopoeia

EN_SOUNDS = {
    "a fight scene": ["POW!", "BAM!", "WHAM!", "THWACK!", "KRAK!", "OOF!", "SMACK!"],
    "an explosion and its aftermath": ["KA-BOOM!", "BOOM!", "RUMBLE...", "CRASH!", "TINKLE", "FWOOSH!"],
    "a car chase": ["VROOOM!", "SCREEECH!", "HONK! HONK!", "CRUNCH!", "ZOOM!", "SKRRT!"],
    "a rainy night": ["pitter-patter", "drip... drip...", "CRACK!", "rumble", "splash!", "whoosh"],
    "a kitchen": ["sizzle", "clink", "CLANG!", "bloop", "whirrr", "ding!"],
    "a superhero taking off": ["WHOOSH!", "FWOOM!", "ZAP!", "VMMMM", "SHOOM!", "KRAKOOM!"],
}
ZH_SOUNDS = {
    "雨声": ["淅淅沥沥", "哗啦啦", "滴答滴答", "噼里啪啦", "沙沙"],
    "雷声": ["轰隆隆", "咔嚓", "轰——", "隆隆"],
    "笑声": ["哈哈哈", "嘿嘿", "咯咯咯", "嘻嘻", "呵呵"],
    "动物叫声": ["汪汪汪", "喵喵喵", "咩咩", "哞——", "叽叽喳喳", "呱呱呱"],
    "厨房里的声音": ["滋滋滋", "咕嘟咕嘟", "叮叮当当", "哐当", "嘶——"],
    "打斗的声音": ["砰！", "啪！", "咚！", "嗖——", "哐！"],
}


def en_onomatopoeia(rng: random.Random) -> Rec:
    scene = rng.choice(sorted(EN_SOUNDS))
    k = rng.randint(3, len(EN_SOUNDS[scene]))
    sounds = rng.sample(EN_SOUNDS[scene], k)
    return _r(f"Give me {k} comic-book sound effects for {scene}, one per line.", "\n".join(sounds))


def zh_onomatopoeia(rng: random.Random) -> Rec:
    scene = rng.choice(sorted(ZH_SOUNDS))
    k = rng.randint(3, len(ZH_SOUNDS[scene]))
    sounds = rng.sample(ZH_SOUNDS[scene], k)
    return _r(f"写出 {k} 个描写{scene}的拟声词，用顿号隔开。", "、".join(sounds))


# ----------------------------------------------------------------------------------- xml_catalog

EN_BOOKS = [
    ("Pride and Prejudice", "Jane Austen", 1813),
    ("Moby-Dick", "Herman Melville", 1851),
    ("Great Expectations", "Charles Dickens", 1861),
    ("Dracula", "Bram Stoker", 1897),
    ("The Great Gatsby", "F. Scott Fitzgerald", 1925),
    ("Brave New World", "Aldous Huxley", 1932),
    ("Nineteen Eighty-Four", "George Orwell", 1949),
    ("The Hobbit", "J. R. R. Tolkien", 1937),
    ("Frankenstein", "Mary Shelley", 1818),
    ("Middlemarch", "George Eliot", 1871),
]
ZH_BOOKS = [
    ("呐喊", "鲁迅", 1923),
    ("家", "巴金", 1933),
    ("边城", "沈从文", 1934),
    ("骆驼祥子", "老舍", 1939),
    ("围城", "钱锺书", 1947),
    ("平凡的世界", "路遥", 1986),
    ("活着", "余华", 1993),
    ("白鹿原", "陈忠实", 1993),
    ("三体", "刘慈欣", 2008),
]


def catalog(books: list[tuple[str, str, int]]) -> str:
    """An XML catalogue with one <book> per (title, author, year)."""
    rows = [
        f"  <book>\n    <title>{t}</title>\n    <author>{a}</author>\n    <year>{y}</year>\n  </book>"
        for t, a, y in books
    ]
    return '<?xml version="1.0" encoding="UTF-8"?>\n<catalog>\n' + "\n".join(rows) + "\n</catalog>"


def en_xml_catalog(rng: random.Random) -> Rec:
    books = rng.sample(EN_BOOKS, rng.randint(2, 4))
    inp = "\n".join(f"{t} by {a} ({y})" for t, a, y in books)
    return _r(
        "Turn this reading list into an XML document with a <catalog> root and title, author and year for each book.",
        catalog(books),
        inp,
    )


def zh_xml_catalog(rng: random.Random) -> Rec:
    books = rng.sample(ZH_BOOKS, rng.randint(2, 4))
    inp = "\n".join(f"《{t}》，{a}，{y}年" for t, a, y in books)
    return _r("把下面的书单转换成 XML 文档，根元素为 <catalog>，每本书包含 title、author、year。", catalog(books), inp)


GOOD: list[tuple[str, str, str, GoodGen]] = [
    ("h6g_en_subtitle_file", "subtitle_file", "en", en_subtitle_file),
    ("h6g_en_leetspeak", "leetspeak", "en", en_leetspeak),
    ("h6g_en_rating_score", "rating_score", "en", en_rating_score),
    ("h6g_en_reversed_text", "reversed_text", "en", en_reversed_text),
    ("h6g_en_anagram", "anagram", "en", en_anagram),
    ("h6g_en_ui_strings", "ui_strings", "en", en_ui_strings),
    ("h6g_en_amount_in_words", "amount_in_words", "en", en_amount_in_words),
    ("h6g_en_roman_numerals", "roman_numerals", "en", en_roman_numerals),
    ("h6g_en_color_palette", "color_palette", "en", en_color_palette),
    ("h6g_en_dna_sequence", "dna_sequence", "en", en_dna_sequence),
    ("h6g_en_passwords", "passwords", "en", en_passwords),
    ("h6g_en_onomatopoeia", "onomatopoeia", "en", en_onomatopoeia),
    ("h6g_en_xml_catalog", "xml_catalog", "en", en_xml_catalog),
    ("h6g_zh_subtitle_file", "subtitle_file", "zh", zh_subtitle_file),
    ("h6g_zh_leetspeak", "leetspeak", "zh", zh_leetspeak),
    ("h6g_zh_rating_score", "rating_score", "zh", zh_rating_score),
    ("h6g_zh_reversed_text", "reversed_text", "zh", zh_reversed_text),
    ("h6g_zh_anagram", "anagram", "zh", zh_anagram),
    ("h6g_zh_ui_strings", "ui_strings", "zh", zh_ui_strings),
    ("h6g_zh_amount_in_words", "amount_in_words", "zh", zh_amount_in_words),
    ("h6g_zh_roman_numerals", "roman_numerals", "zh", zh_roman_numerals),
    ("h6g_zh_color_palette", "color_palette", "zh", zh_color_palette),
    ("h6g_zh_dna_sequence", "dna_sequence", "zh", zh_dna_sequence),
    ("h6g_zh_passwords", "passwords", "zh", zh_passwords),
    ("h6g_zh_onomatopoeia", "onomatopoeia", "zh", zh_onomatopoeia),
    ("h6g_zh_xml_catalog", "xml_catalog", "zh", zh_xml_catalog),
]
"""(name, kind, lang, generator) of every good look-alike."""


def build_good(per_lang: int = GOOD_PER_LANG, seed: str = "clean_eval-good-heldout6-v1") -> list[dict[str, str]]:
    """Good records, kinds in turn per language, 30 of each (:func:`textutil.build_good_rows`)."""
    return build_good_rows(GOOD, per_lang, seed, "heldout6")
