"""Good look-alikes (hard negatives) of the heldout3 part: authored records the clean stage must keep.

Every record is a correct answer to its instruction that shares a surface trait with junk: heavy
repetition (counting chants, multiplication tables, test-case lists, CSV samples, refrains and
couplets, dialogue scripts with the same speaker names), symbols (regex, shell, chemistry, LaTeX),
very short answers, another language or script the user asked for, bilingual glossaries, deeply
indented code with runs of closing braces, placeholders the user asked for (``[Your Name]``), and
URLs, emoji or ASCII art the user asked for.  All text is written for this file (no corpus text);
facts are ordinary public knowledge.  ``build_good(per_lang)`` is seeded and deterministic.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from textutil import build_good_rows

Rec = dict[str, str]
GoodGen = Callable[[random.Random], Rec]

GOOD_PER_LANG = 390
"""Good records per language (30 per kind, thirteen kinds)."""


def _p(rng: random.Random, seq: list[str] | tuple[str, ...]) -> str:
    return seq[rng.randrange(len(seq))]


def _rec(instruction: str, output: str, inp: str = "") -> Rec:
    return {"instruction": instruction, "input": inp, "output": output}


CN_DIGITS = "零一二三四五六七八九"


def cn_number(n: int) -> str:
    """0..99 in Chinese numerals (十二, 二十, 三十五)."""
    if n < 10:
        return CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + (CN_DIGITS[ones] if ones else "")


def koujue(a: int, b: int) -> str:
    """One line of the Chinese multiplication rhyme for a × b, a ≤ b ≤ 9 (三七二十一, 二五一十, 二三得六)."""
    p = a * b
    if p < 10:
        word = "得" + CN_DIGITS[p]
    elif p == 10:
        word = "一十"
    else:
        word = cn_number(p)
    return CN_DIGITS[a] + CN_DIGITS[b] + word


# ---------------------------------------------------------------------------------------- chant

EN_ANIMALS = [("duck", "ducks"), ("frog", "frogs"), ("monkey", "monkeys"), ("bird", "birds"), ("bunny", "bunnies")]
EN_PLACES = ["on the log", "in the tree", "by the pond", "on the fence", "in the bed"]
EN_EVENTS = ["one hopped away", "one flew off to play", "one went home for tea", "one fell asleep", "one ran away"]
EN_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]


def en_chant(rng: random.Random) -> Rec:
    """A counting-down song: the same verse with the number going down."""
    one, many = EN_ANIMALS[rng.randrange(len(EN_ANIMALS))]
    place, event = _p(rng, EN_PLACES), _p(rng, EN_EVENTS)
    start = rng.randint(3, 6)
    verses = []
    for n in range(start, 0, -1):
        noun = one if n == 1 else many
        left = EN_WORDS[n - 1]
        left_noun = one if n - 1 == 1 else many
        verses.append(
            f"{EN_WORDS[n].capitalize()} little {noun} {place},\n"
            f"{EN_WORDS[n].capitalize()} little {noun} {place},\n"
            f"Along came a breeze and {event},\n"
            f"And then there were {left} little {left_noun} {place}."
        )
    ins = _p(
        rng,
        [
            f"Write a counting-down song for toddlers about {many}, starting from {EN_WORDS[start]}.",
            f"Make up a repetitive nursery counting rhyme with {many}, from {start} down to none.",
        ],
    )
    return _rec(ins, "\n\n".join(verses))


ZH_ANIMALS = ["小鸭", "青蛙", "小猴", "小鸟", "小兔"]
ZH_PLACES = ["在河边", "在树上", "在草地", "在屋顶", "在桥上"]
ZH_ACTIONS = ["唱唱歌", "跳一跳", "拍拍手", "点点头", "转个圈"]


def zh_chant(rng: random.Random) -> Rec:
    """A Chinese counting rhyme: the same line pattern with the number going up."""
    animal, place, act = _p(rng, ZH_ANIMALS), _p(rng, ZH_PLACES), _p(rng, ZH_ACTIONS)
    top = rng.randint(4, 8)
    count = ["两" if n == 2 else cn_number(n) for n in range(1, top + 1)]
    lines = [f"{c}只{animal}{place}，{act}，{act}，{c}只{animal}真快乐！" for c in count]
    ins = _p(
        rng,
        [f"写一首从一数到{cn_number(top)}的儿歌，主角是{animal}。", f"给小朋友编一首关于{animal}的数数歌，数到{top}。"],
    )
    return _rec(ins, "\n".join(lines))


# ---------------------------------------------------------------------------------- times_table


def en_times_table(rng: random.Random) -> Rec:
    """The multiplication table of one number."""
    n, upto = rng.randint(2, 19), _p(rng, ["10", "12", "9"])
    sign = _p(rng, ["×", "x", "*"])
    rows = [f"{n} {sign} {k} = {n * k}" for k in range(1, int(upto) + 1)]
    return _rec(f"Write out the {n} times table from 1 to {upto}.", "\n".join(rows))


def zh_times_table(rng: random.Random) -> Rec:
    """乘法口诀 of one number, the whole rhyme up to n, or the table in Arabic numerals."""
    form = rng.randrange(3)
    n = rng.randint(2, 9)
    if form == 0:
        rows = [koujue(a, n) for a in range(1, n + 1)]
        return _rec(f"写出{CN_DIGITS[n]}的乘法口诀。", "\n".join(rows))
    if form == 1:
        rows = ["  ".join(koujue(a, b) for a in range(1, b + 1)) for b in range(1, n + 1)]
        return _rec(f"按行写出从一到{CN_DIGITS[n]}的乘法口诀表。", "\n".join(rows))
    m = rng.randint(2, 19)
    return _rec(f"用阿拉伯数字列出{m}的乘法表（乘1到9）。", "\n".join(f"{m}×{k}={m * k}" for k in range(1, 10)))


# ----------------------------------------------------------------------------------- test_cases


def _cases(rng: random.Random) -> tuple[str, str, list[str]]:
    """(function, English description, assert lines) for one small function."""
    kind = rng.randrange(6)
    nums = [rng.randint(-20, 60) for _ in range(rng.randint(5, 8))]
    if kind == 0:
        pairs = [(a, rng.randint(-9, 30)) for a in nums]
        return "add(a, b)", "adds two integers", [f"assert add({a}, {b}) == {a + b}" for a, b in pairs]
    if kind == 1:
        return "is_even(n)", "tells whether n is even", [f"assert is_even({a}) is {a % 2 == 0}" for a in nums]
    if kind == 2:
        return "square(n)", "squares an integer", [f"assert square({a}) == {a * a}" for a in nums]
    if kind == 3:
        years = sorted({rng.choice([1900, 2000, 1996, 2023, 2024, 2100, 1600, 2019, 2400, 1988]) for _ in range(8)})

        def leap(y: int) -> bool:
            return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

        return (
            "is_leap(year)",
            "tells whether a year is a leap year",
            [f"assert is_leap({y}) is {leap(y)}" for y in years],
        )
    if kind == 4:
        return "absolute(n)", "returns the absolute value", [f"assert absolute({a}) == {abs(a)}" for a in nums]
    ws = ["abc", "racecar", "hello", "a", "", "level", "python", "noon", "ab"]
    picked = sorted(set(rng.sample(ws, 6)), key=ws.index)
    return "reverse(s)", "reverses a string", [f'assert reverse("{w}") == "{w[::-1]}"' for w in picked]


def en_test_cases(rng: random.Random) -> Rec:
    """A list of near-identical assert lines."""
    fn, desc, lines = _cases(rng)
    ins = f"Write a few pytest test cases for a Python function `{fn}` that {desc}."
    body = "def test_" + fn.split("(")[0] + "():\n" + "\n".join("    " + ln for ln in lines)
    return _rec(ins, "```python\n" + body + "\n```")


def zh_test_cases(rng: random.Random) -> Rec:
    """The same kind of assert list, asked for in Chinese."""
    fn, _, lines = _cases(rng)
    ins = f"请为 Python 函数 `{fn}` 写几个测试用例，用 assert 语句。"
    body = "def test_" + fn.split("(")[0] + "():\n" + "\n".join("    " + ln for ln in lines)
    return _rec(ins, "下面是测试用例：\n\n```python\n" + body + "\n```")


# ----------------------------------------------------------------------------------- csv_sample


def en_csv(rng: random.Random) -> Rec:
    """A sample CSV with many repeated values."""
    n = rng.randint(5, 9)
    cities, statuses = ["London", "Leeds", "London", "York"], ["shipped", "shipped", "pending", "shipped"]
    rows = ["order_id,city,status,quantity"]
    for k in range(n):
        rows.append(f"{1000 + k},{_p(rng, cities)},{_p(rng, statuses)},{_p(rng, ['1', '1', '2', '1', '3'])}")
    return _rec(
        f"Create a sample CSV with {n} orders and the columns order_id, city, status, quantity.", "\n".join(rows)
    )


def zh_csv(rng: random.Random) -> Rec:
    """A Chinese sample CSV with repeated values."""
    n = rng.randint(5, 9)
    names = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄强", "周婷"]
    rows = ["姓名,城市,部门,状态"]
    for k in range(n):
        rows.append(f"{names[k]},{_p(rng, ['北京', '北京', '上海'])},{_p(rng, ['销售部', '销售部', '技术部'])},在职")
    return _rec(f"生成一个包含{n}名员工的示例CSV，列为姓名、城市、部门、状态。", "\n".join(rows))


# -------------------------------------------------------------------------------------- symbols

REGEXES = [
    ("a US ZIP code (five digits, optional -four)", "美国邮政编码（5位，可选-4位）", r"^\d{5}(-\d{4})?$"),
    ("an IPv4 address (loose check)", "IPv4 地址（宽松校验）", r"^(\d{1,3}\.){3}\d{1,3}$"),
    ("a hex colour such as #1a2B3c or #fff", "十六进制颜色，如 #1a2B3c 或 #fff", r"^#(?:[0-9a-fA-F]{3}){1,2}$"),
    (
        "a date in YYYY-MM-DD form",
        "YYYY-MM-DD 格式的日期",
        r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$",
    ),
    ("a 24-hour time HH:MM", "24小时制时间 HH:MM", r"^([01]\d|2[0-3]):[0-5]\d$"),
    ("a simple e-mail address", "简单的电子邮件地址", r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$"),
    ("trailing spaces or tabs at the end of a line", "行尾多余的空格或制表符", r"[ \t]+$"),
    ("a Python identifier", "Python 标识符", r"^[A-Za-z_]\w*$"),
    ("a mainland China mobile number", "中国大陆手机号", r"^1[3-9]\d{9}$"),
    ("a word written twice in a row", "连续重复的单词", r"\b(\w+)\s+\1\b"),
]
SHELL = [
    ("count the lines of all .py files under the current folder", "统计当前目录下所有 .py 文件的总行数",
     "find . -name '*.py' -print0 | xargs -0 wc -l | tail -n 1"),
    ("list the ten largest files and folders here", "列出当前目录下最大的十个文件或文件夹", "du -ah . | sort -rh | head -n 10"),
    ("replace foo with bar in every .txt file in place", "把所有 .txt 文件里的 foo 原地替换成 bar", "sed -i 's/foo/bar/g' *.txt"),
    ("show the IP addresses that appear most often in access.log", "找出 access.log 中出现次数最多的 IP",
     "awk '{print $1}' access.log | sort | uniq -c | sort -rn | head"),
    ("delete files older than 30 days in /tmp/logs", "删除 /tmp/logs 中超过30天的文件", "find /tmp/logs -type f -mtime +30 -delete"),
    ("show listening TCP ports with their processes", "查看正在监听的 TCP 端口及进程", "ss -tlnp"),
    ("extract archive.tar.gz into /opt/app", "把 archive.tar.gz 解压到 /opt/app", "tar -xzf archive.tar.gz -C /opt/app"),
    ("sum the third column of data.csv, skipping the header", "对 data.csv 的第三列求和（跳过表头）",
     "awk -F, 'NR>1 {s+=$3} END {print s}' data.csv"),
]  # fmt: skip
CHEM = [
    ("the combustion of methane", "甲烷燃烧", "CH₄ + 2O₂ → CO₂ + 2H₂O"),
    ("photosynthesis (overall)", "光合作用（总反应）", "6CO₂ + 6H₂O → C₆H₁₂O₆ + 6O₂"),
    ("the electrolysis of water", "电解水", "2H₂O → 2H₂↑ + O₂↑"),
    ("iron rusting to iron(III) oxide", "铁生成氧化铁", "4Fe + 3O₂ → 2Fe₂O₃"),
    ("hydrochloric acid neutralising sodium hydroxide", "盐酸与氢氧化钠中和", "HCl + NaOH → NaCl + H₂O"),
    ("the thermal decomposition of limestone", "石灰石高温分解", "CaCO₃ → CaO + CO₂↑"),
    ("the synthesis of ammonia", "合成氨", "N₂ + 3H₂ ⇌ 2NH₃"),
    ("zinc reacting with dilute sulfuric acid", "锌与稀硫酸反应", "Zn + H₂SO₄ → ZnSO₄ + H₂↑"),
    ("the combustion of propane", "丙烷燃烧", "C₃H₈ + 5O₂ → 3CO₂ + 4H₂O"),
]
LATEX = [
    ("the quadratic formula", "求根公式", r"x = \frac{-b \pm \sqrt{b^2 - 4ac}}{2a}"),
    ("Euler's identity", "欧拉恒等式", r"e^{i\pi} + 1 = 0"),
    ("the Gaussian integral", "高斯积分", r"\int_{-\infty}^{\infty} e^{-x^2}\,dx = \sqrt{\pi}"),
    ("the sum of the first n positive integers", "前 n 个正整数之和", r"\sum_{k=1}^{n} k = \frac{n(n+1)}{2}"),
    ("the definition of the derivative", "导数的定义", r"f'(x) = \lim_{h \to 0} \frac{f(x+h) - f(x)}{h}"),
    (
        "the determinant of a 2×2 matrix",
        "二阶行列式",
        r"\det\begin{pmatrix} a & b \\ c & d \end{pmatrix} = ad - bc",
    ),
    ("the sum of a geometric series", "无穷等比级数求和", r"\sum_{k=0}^{\infty} r^k = \frac{1}{1-r}, \quad |r| < 1"),
    ("the binomial theorem", "二项式定理", r"(a+b)^n = \sum_{k=0}^{n} \binom{n}{k} a^{n-k} b^{k}"),
    ("the Pythagorean theorem", "勾股定理", r"a^2 + b^2 = c^2"),
]


def _symbols(rng: random.Random, lang: str) -> Rec:
    group = rng.randrange(4)
    if group == 0:
        en, zh, rx = REGEXES[rng.randrange(len(REGEXES))]
        if lang == "en":
            return _rec(f"Give a regular expression that matches {en}.", f"`{rx}`")
        return _rec(f"写一个匹配{zh}的正则表达式。", f"`{rx}`")
    if group == 1:
        en, zh, cmd = SHELL[rng.randrange(len(SHELL))]
        if lang == "en":
            return _rec(f"Give a one-line shell command to {en}.", f"```bash\n{cmd}\n```")
        return _rec(f"用一行 shell 命令{zh}。", f"```bash\n{cmd}\n```")
    if group == 2:
        en, zh, eq = CHEM[rng.randrange(len(CHEM))]
        if lang == "en":
            return _rec(f"Write the balanced equation for {en}.", eq)
        return _rec(f"写出{zh}的化学方程式（配平）。", eq)
    en, zh, tex = LATEX[rng.randrange(len(LATEX))]
    if lang == "en":
        return _rec(f"Write {en} in LaTeX.", f"$$\n{tex}\n$$")
    return _rec(f"用 LaTeX 写出{zh}。", f"$$\n{tex}\n$$")


def en_symbols(rng: random.Random) -> Rec:
    """A regex, shell one-liner, chemical equation or LaTeX formula."""
    return _symbols(rng, "en")


def zh_symbols(rng: random.Random) -> Rec:
    """The same symbol-heavy answers to Chinese instructions."""
    return _symbols(rng, "zh")


# ------------------------------------------------------------------------------------- one_word

EN_FACTS = [
    ("What is the chemical symbol for tungsten?", "W"),
    ("Which planet is known as the Red Planet?", "Mars"),
    ("How many sides does a hexagon have?", "6"),
    ("What is the capital of Canada? Answer with one word.", "Ottawa"),
    ("Is water a compound or an element? One word.", "Compound"),
    ("What is the opposite of 'ancient'?", "Modern"),
    ("Which gas do plants take in for photosynthesis? Give the formula only.", "CO₂"),
    ("How many hours are in a week?", "168"),
    ("Is the Sun a star? Answer yes or no.", "Yes"),
    ("Is a tomato a vegetable in botanical terms? Yes or no.", "No"),
]


def _is_prime(n: int) -> bool:
    return n > 1 and all(n % d for d in range(2, int(n**0.5) + 1))


def en_one_word(rng: random.Random) -> Rec:
    """A single number, word or yes / no, which is all the question asks for."""
    form = rng.randrange(3)
    if form == 0:
        q, a = EN_FACTS[rng.randrange(len(EN_FACTS))]
        return _rec(q, a)
    if form == 1:
        a, b = rng.randint(11, 49), rng.randint(11, 49)
        return _rec(f"What is {a} × {b}? Reply with the number only.", str(a * b))
    n = rng.randint(50, 150)
    return _rec(f"Is {n} a prime number? Answer yes or no.", "Yes" if _is_prime(n) else "No")


ZH_FACTS = [
    ("钨的化学符号是什么？", "W"),
    ("哪颗行星被称为红色星球？只回答名称。", "火星"),
    ("六边形有几条边？", "6"),
    ("加拿大的首都是哪里？", "渥太华"),
    ("一天有多少分钟？", "1440"),
    ("太阳是恒星吗？请回答是或否。", "是"),
    ("“古老”的反义词是什么？", "现代"),
    ("中国的国土面积约为多少万平方公里？只写数字。", "960"),
    ("食盐主要成分的化学式是什么？", "NaCl"),
    ("鲸鱼是鱼吗？回答是或否。", "否"),
]


def zh_one_word(rng: random.Random) -> Rec:
    """A single number, word or 是 / 否."""
    form = rng.randrange(3)
    if form == 0:
        q, a = ZH_FACTS[rng.randrange(len(ZH_FACTS))]
        return _rec(q, a)
    if form == 1:
        a, b = rng.randint(11, 49), rng.randint(11, 49)
        return _rec(f"{a}乘以{b}等于多少？只写结果。", str(a * b))
    n = rng.randint(50, 150)
    return _rec(f"{n}是质数吗？只回答是或否。", "是" if _is_prime(n) else "否")


# ---------------------------------------------------------------------------- foreign_requested

PHRASES = [
    ("Good morning.", "早上好。", "Bonjour.", "Buenos días.", "Guten Morgen.", "おはようございます。"),
    ("Thank you very much.", "非常感谢。", "Merci beaucoup.", "Muchas gracias.", "Vielen Dank.", "どうもありがとうございます。"),
    ("Where is the nearest pharmacy?", "最近的药店在哪里？", "Où est la pharmacie la plus proche ?",
     "¿Dónde está la farmacia más cercana?", "Wo ist die nächste Apotheke?", "一番近い薬局はどこですか？"),
    ("Could we have the bill, please?", "请给我们结账。", "L'addition, s'il vous plaît.", "La cuenta, por favor.",
     "Die Rechnung, bitte.", "お会計をお願いします。"),
    ("How much does this cost?", "这个多少钱？", "Combien ça coûte ?", "¿Cuánto cuesta esto?", "Wie viel kostet das?",
     "これはいくらですか？"),
    ("It is raining again.", "又下雨了。", "Il pleut encore.", "Está lloviendo otra vez.", "Es regnet schon wieder.",
     "また雨が降っています。"),
    ("I don't understand.", "我不明白。", "Je ne comprends pas.", "No entiendo.", "Ich verstehe nicht.", "わかりません。"),
    ("See you tomorrow.", "明天见。", "À demain.", "Hasta mañana.", "Bis morgen.", "また明日。"),
    ("My name is Anna.", "我叫安娜。", "Je m'appelle Anna.", "Me llamo Anna.", "Ich heiße Anna.", "私の名前はアンナです。"),
    ("Happy birthday!", "生日快乐！", "Joyeux anniversaire !", "¡Feliz cumpleaños!", "Alles Gute zum Geburtstag!",
     "お誕生日おめでとうございます！"),
]  # fmt: skip
TARGETS = [("French", "法语", 2), ("Spanish", "西班牙语", 3), ("German", "德语", 4), ("Japanese", "日语", 5)]


def en_foreign(rng: random.Random) -> Rec:
    """A phrase translated into the language the user asked for."""
    row = PHRASES[rng.randrange(len(PHRASES))]
    name, _, col = TARGETS[rng.randrange(len(TARGETS))]
    return _rec(f"Translate into {name}: {row[0]}", row[col])


def zh_foreign(rng: random.Random) -> Rec:
    """A Chinese phrase translated into French, Spanish, German or Japanese, as asked."""
    row = PHRASES[rng.randrange(len(PHRASES))]
    _, name, col = TARGETS[rng.randrange(len(TARGETS))]
    return _rec(f"把下面这句话翻译成{name}：{row[1]}", row[col])


# ------------------------------------------------------------------------------------- glossary

GLOSSARY = {
    ("fruit", "水果"): [("apple", "苹果"), ("banana", "香蕉"), ("grape", "葡萄"), ("pear", "梨"), ("peach", "桃子"),
                        ("watermelon", "西瓜"), ("strawberry", "草莓"), ("orange", "橙子")],
    ("computer", "电脑"): [("keyboard", "键盘"), ("mouse", "鼠标"), ("screen", "屏幕"), ("memory", "内存"),
                           ("hard drive", "硬盘"), ("operating system", "操作系统"), ("browser", "浏览器"),
                           ("password", "密码")],
    ("weather", "天气"): [("rain", "雨"), ("snow", "雪"), ("wind", "风"), ("cloud", "云"), ("thunder", "雷"),
                          ("fog", "雾"), ("sunny", "晴朗"), ("temperature", "温度")],
    ("body", "身体"): [("head", "头"), ("hand", "手"), ("eye", "眼睛"), ("ear", "耳朵"), ("heart", "心脏"),
                       ("shoulder", "肩膀"), ("knee", "膝盖"), ("stomach", "胃")],
    ("transport", "交通"): [("bus", "公交车"), ("subway", "地铁"), ("train", "火车"), ("airplane", "飞机"),
                            ("bicycle", "自行车"), ("ship", "船"), ("taxi", "出租车"), ("ticket", "票")],
    ("office", "办公"): [("meeting", "会议"), ("deadline", "截止日期"), ("report", "报告"), ("schedule", "日程"),
                         ("colleague", "同事"), ("invoice", "发票"), ("contract", "合同"), ("budget", "预算")],
}  # fmt: skip


def _glossary(rng: random.Random) -> tuple[str, str, list[tuple[str, str]], bool]:
    (en_topic, zh_topic), terms = list(GLOSSARY.items())[rng.randrange(len(GLOSSARY))]
    n = rng.randint(5, 8)
    picked = [terms[i] for i in sorted(rng.sample(range(len(terms)), n))]
    return en_topic, zh_topic, picked, rng.random() < 0.5


def en_glossary(rng: random.Random) -> Rec:
    """An English-Chinese word list."""
    topic, _, terms, table = _glossary(rng)
    ins = f"Give me an English-Chinese glossary of {len(terms)} {topic} words."
    if table:
        out = "| English | Chinese |\n|---|---|\n" + "\n".join(f"| {e} | {z} |" for e, z in terms)
    else:
        out = "\n".join(f"- {e}: {z}" for e, z in terms)
    return _rec(ins, out)


def zh_glossary(rng: random.Random) -> Rec:
    """A Chinese-English word list."""
    _, topic, terms, table = _glossary(rng)
    ins = f"列出{len(terms)}个和{topic}有关的词语，附英文对照。"
    if table:
        out = "| 中文 | 英文 |\n|---|---|\n" + "\n".join(f"| {z} | {e} |" for e, z in terms)
    else:
        out = "\n".join(f"{k}. {z} — {e}" for k, (e, z) in enumerate(terms, 1))
    return _rec(ins, out)


# ---------------------------------------------------------------------------------------- verse

EN_POEM = {
    "the sea": (
        ["The harbour lamps are low tonight,", "The gulls have folded every wing,", "A rope creaks on the empty quay,",
         "The tide rolls in with salt and sand,", "A lantern swings on the fishing boat,", "The shells keep what the waves once said,"],
        ["And still the grey sea calls me home.", "Come back, come back, the water sings."],
    ),
    "autumn": (
        ["The maple drops its copper coins,", "The geese write letters on the sky,", "The orchard smells of cider now,",
         "The evenings lean against the door,", "A scarf is lifted from the hook,", "The last bee hums along the wall,"],
        ["Goodbye, goodbye, the summer said.", "And all the leaves come drifting down."],
    ),
    "the city": (
        ["The buses sigh at every stop,", "A neon sign forgets a letter,", "The bakery lights come on at four,",
         "The taxis blink like sleepy cats,", "Someone is singing on a roof,", "The rain turns pavements into mirrors,"],
        ["The city never goes to sleep.", "And still the lights keep burning on."],
    ),
    "a garden": (
        ["The peas climb up their bamboo canes,", "A robin checks the freshly dug bed,", "The roses lean towards the gate,",
         "The watering can is cold and bright,", "The snails come out when evening falls,", "Tomatoes redden one by one,"],
        ["Grow slowly, grow, the gardener says.", "And every seed remembers spring."],
    ),
}  # fmt: skip


def en_verse(rng: random.Random) -> Rec:
    """A poem whose refrain closes every stanza."""
    theme = list(EN_POEM)[rng.randrange(len(EN_POEM))]
    lines, refrains = EN_POEM[theme]
    refrain = _p(rng, refrains)
    order = rng.sample(lines, 6)
    n = rng.randint(2, 3)
    stanzas = [f"{order[2 * k]}\n{order[2 * k + 1]}\n{refrain}" for k in range(n)]
    ins = f"Write a short poem about {theme} with a refrain that ends every stanza."
    return _rec(ins, "\n\n".join(stanzas))


ZH_COUPLETS = [
    ("新店开业", "门迎八方客", "店纳四海财", "生意兴隆"),
    ("春节", "红梅点点报春早", "瑞雪纷纷兆岁丰", "辞旧迎新"),
    ("书房", "半窗明月读书夜", "一盏清茶论古心", "书香满室"),
    ("婚礼", "喜结良缘同心永", "共携佳偶百年长", "百年好合"),
    ("乔迁", "新居落成添福气", "旧友登门贺喜来", "乔迁之喜"),
    ("学校", "桃李满园春色好", "书声盈耳笑语多", "育才树人"),
    ("中秋", "月圆此夜千家乐", "人聚今宵万户欢", "花好月圆"),
    ("茶馆", "一壶清茶迎远客", "两袖春风待知音", "茶香四溢"),
]
ZH_THREES = [
    "早早起", "勤洗手", "多读书", "少贪玩", "爱父母", "敬师长", "讲礼貌", "守规矩", "护花草", "惜粮食",
    "不说谎", "懂感恩", "常运动", "身体好", "学知识", "长本领",
]  # fmt: skip


def zh_verse(rng: random.Random) -> Rec:
    """A couplet (对联) with its 横批, or a 三字经-style rhyme of three-character phrases."""
    if rng.random() < 0.35:
        topic, up, down, hengpi = ZH_COUPLETS[rng.randrange(len(ZH_COUPLETS))]
        return _rec(f"为{topic}写一副对联，并配上横批。", f"上联：{up}\n下联：{down}\n横批：{hengpi}")
    n = rng.choice([8, 10, 12])
    picked = rng.sample(ZH_THREES, n)
    lines = [
        f"{picked[k]}，{picked[k + 1]}；" if k % 4 == 0 else f"{picked[k]}，{picked[k + 1]}。" for k in range(0, n, 2)
    ]
    return _rec("仿照《三字经》的形式，写一段教小朋友好习惯的三字儿歌。", "\n".join(lines))


# ---------------------------------------------------------------------------------- code_indent


def _nested(rng: random.Random) -> tuple[str, str, int, int]:
    lang = _p(rng, ["C", "Java", "JavaScript", "Python"])
    depth, top = rng.randint(3, 5), rng.randint(1, 3)
    names = "ijklm"
    lines: list[str] = []
    pad = "    "
    if lang == "Python":
        for d in range(depth):
            lines.append(pad * d + f"for {names[d]} in range({top + 1}):")
        args = ", ".join(names[:depth])
        lines.append(pad * depth + f"print({args})")
        return lang, "\n".join(lines), depth, top
    base = 1 if lang in ("C", "Java") else 0
    if lang == "C":
        lines += ["#include <stdio.h>", "", "int main(void) {"]
    elif lang == "Java":
        lines += ["public class Combos {", "    public static void main(String[] args) {"]
        base = 2
    for d in range(depth):
        v = names[d]
        decl = "int " if lang in ("C", "Java") else "let "
        lines.append(pad * (base + d) + f"for ({decl}{v} = 0; {v} <= {top}; {v}++) {{")
    vs = names[:depth]
    if lang == "C":
        call = 'printf("' + " ".join(["%d"] * depth) + '\\n", ' + ", ".join(vs) + ");"
    elif lang == "Java":
        call = "System.out.println(" + ' + " " + '.join(vs) + ");"
    else:
        call = "console.log(" + ", ".join(vs) + ");"
    lines.append(pad * (base + depth) + call)
    for d in range(depth - 1, -1, -1):
        lines.append(pad * (base + d) + "}")
    if lang == "C":
        lines += ["    return 0;", "}"]
    elif lang == "Java":
        lines += ["    }", "}"]
    return lang, "\n".join(lines), depth, top


def en_code_indent(rng: random.Random) -> Rec:
    """Nested loops: long indentation and a staircase of closing braces."""
    lang, code, depth, top = _nested(rng)
    ins = (
        f"Write {lang} code with {depth} nested loops that prints every combination of {depth} digits from 0 to {top}."
    )
    return _rec(ins, f"```{lang.lower()}\n{code}\n```")


def zh_code_indent(rng: random.Random) -> Rec:
    """The same nested loops asked for in Chinese."""
    lang, code, depth, top = _nested(rng)
    ins = f"用{lang}写{depth}层嵌套循环，打印0到{top}之间{depth}个数字的所有组合。"
    return _rec(ins, f"```{lang.lower()}\n{code}\n```")


# --------------------------------------------------------------------------- placeholder_letter

EN_LETTERS = {
    "resignation": "Please accept this letter as formal notice of my resignation from my position as [Job Title] "
    "at [Company Name]. My last working day will be [Last Day]. Thank you for the support and the opportunities "
    "I have had during my time here.",
    "reference request": "I am applying for the role of [Job Title] at [Company Name] and would be grateful if you "
    "could act as a reference for me. We worked together at [Previous Company] from [Start Year] to [End Year].",
    "leave request": "I would like to request leave from [Start Date] to [End Date] for [Reason]. I will make sure "
    "my tasks are covered by [Colleague Name] while I am away.",
    "thank-you after an interview": "Thank you for taking the time to meet me on [Interview Date] to discuss the "
    "[Job Title] position. I enjoyed learning about [Team Name] and remain very interested in the role.",
    "rent increase notice": "This letter is to inform you that the monthly rent for [Property Address] will change "
    "from [Current Rent] to [New Rent], starting on [Effective Date], as allowed by your lease.",
    "meeting invitation": "You are invited to a meeting on [Date] at [Time] in [Location] to discuss [Topic]. "
    "Please confirm your attendance by [RSVP Date].",
}
EN_STYLE = [
    ("square brackets such as [Your Name]", "[Your Name]", "[Recipient Name]", "[Date]"),
    ("placeholders in capitals like <YOUR_NAME>", "<YOUR_NAME>", "<RECIPIENT_NAME>", "<DATE>"),
    ("double-brace placeholders like {{your_name}}", "{{your_name}}", "{{recipient_name}}", "{{date}}"),
]


def en_letter(rng: random.Random) -> Rec:
    """A template letter with the placeholders the user asked for."""
    kind = list(EN_LETTERS)[rng.randrange(len(EN_LETTERS))]
    style, me, them, date = EN_STYLE[rng.randrange(len(EN_STYLE))]
    body = EN_LETTERS[kind]
    if me != "[Your Name]":
        conv = (lambda s: "<" + s.upper().replace(" ", "_") + ">") if me.startswith("<") else None
        conv = conv or (lambda s: "{{" + s.lower().replace(" ", "_") + "}}")
        body = re.sub(r"\[([A-Za-z ]+)\]", lambda m: conv(m.group(1)), body)
    ins = f"Write a template {kind} letter I can reuse. Use {style} for the details to fill in."
    close = _p(rng, ["Kind regards", "Sincerely", "Best wishes"])
    return _rec(ins, f"{date}\n\nDear {them},\n\n{body}\n\n{close},\n{me}")


ZH_LETTERS = {
    "请假条": "因[请假原因]，本人需于[开始日期]至[结束日期]请假[天数]天，请假期间的工作已交由[同事姓名]代为处理，望批准。",
    "辞职信": "由于[个人原因]，我决定辞去在[公司名称]担任的[职位名称]一职，最后工作日为[最后工作日]。感谢公司一直以来的培养。",
    "会议通知": "兹定于[日期][时间]在[地点]召开[会议主题]会议，请各部门负责人准时参加，如有特殊情况请提前告知[联系人]。",
    "感谢信": "感谢您在[事件]中给予的帮助与支持，您的付出让[项目名称]得以顺利完成，特此致谢。",
    "录用通知": "经过面试评估，我们很高兴通知您已被录用为[职位名称]，请于[入职日期]到[公司地址]报到。",
    "催款函": "贵方于[合同日期]签订的合同中约定的款项[金额]元至今尚未支付，请于[截止日期]前结清。",
}


def zh_letter(rng: random.Random) -> Rec:
    """A Chinese template with [占位符] the user asked for."""
    kind = list(ZH_LETTERS)[rng.randrange(len(ZH_LETTERS))]
    head = _p(rng, ["尊敬的[收件人]：", "[收件人]您好：", "致[收件人]："])
    sign = _p(rng, ["此致\n敬礼\n\n[你的姓名]\n[日期]", "[你的姓名]\n[日期]", "[部门名称]\n[你的姓名]\n[日期]"])
    ins = f"帮我写一份{kind}模板，需要填写的地方用方括号占位符标出，比如[你的姓名]。"
    return _rec(ins, f"{kind}\n\n{head}\n\n{ZH_LETTERS[kind]}\n\n{sign}")


# ---------------------------------------------------------------------------------- asked_extras

SITES = [
    ("Python", "https://www.python.org"),
    ("Rust", "https://www.rust-lang.org"),
    ("Go", "https://go.dev"),
    ("Node.js", "https://nodejs.org"),
    ("PostgreSQL", "https://www.postgresql.org"),
    ("SQLite", "https://www.sqlite.org"),
    ("Git", "https://git-scm.com"),
    ("Debian", "https://www.debian.org"),
    ("the GNU Project", "https://www.gnu.org"),
    ("the W3C", "https://www.w3.org"),
]
EMOJI_SETS = [
    ("a birthday message", "生日祝福", "🎂 🎉 🎁 🎈 🥳 🍰"),
    ("a beach holiday post", "海边度假的动态", "🏖️ 🌊 ☀️ 🐚 🍹 🕶️"),
    ("a cooking blog", "美食博客", "🍳 🥗 🍝 🧄 🌶️ 🍰"),
    ("a study-group chat", "学习群聊", "📚 ✏️ 💡 🧠 📝 ⏰"),
    ("a rainy-day mood", "下雨天的心情", "🌧️ ☔ 💧 🌂 ☁️ 🫖"),
]


def _ascii_box(text: str) -> str:
    width = max(len(text), 4) + 2
    return "+" + "-" * width + "+\n| " + text.ljust(width - 2) + " |\n+" + "-" * width + "+"


def _extras(rng: random.Random, lang: str) -> Rec:
    form = rng.randrange(3)
    if form == 0:
        picked = [SITES[i] for i in sorted(rng.sample(range(len(SITES)), rng.randint(3, 6)))]
        names = ", ".join(n for n, _ in picked)
        if lang == "en":
            return _rec(
                f"List the official websites of {names}. URLs only, one per line.", "\n".join(u for _, u in picked)
            )
        return _rec(f"列出以下项目的官方网站，每行一个网址：{names}。", "\n".join(u for _, u in picked))
    if form == 1:
        en, zh, chars = EMOJI_SETS[rng.randrange(len(EMOJI_SETS))]
        n = rng.randint(3, 6)
        seq = chars.split()[:n]
        sep = _p(rng, [" ", ""])
        if lang == "en":
            return _rec(f"Suggest {n} emoji for {en}. Just the emoji.", sep.join(seq))
        return _rec(f"给{zh}推荐{n}个表情符号，只要表情。", sep.join(seq))
    word = _p(rng, ["HELLO", "WELCOME", "SALE", "DONE", "MENU", "LOBBY", "EXIT", "OPEN", "TEAM A", "READY"])
    if lang == "en":
        return _rec(f'Draw an ASCII-art box around the word "{word}".', f"```\n{_ascii_box(word)}\n```")
    return _rec(f"用 ASCII 字符画一个方框，把“{word}”框在里面。", f"```\n{_ascii_box(word)}\n```")


def en_extras(rng: random.Random) -> Rec:
    """URLs, emoji or ASCII art that the user asked for."""
    return _extras(rng, "en")


def zh_extras(rng: random.Random) -> Rec:
    """URLs, emoji or ASCII art asked for in Chinese."""
    return _extras(rng, "zh")


# ------------------------------------------------------------------------------------- dialogue

EN_SCENES = {
    ("a customer", "a waiter", "Customer", "Waiter"): [
        ("Waiter", "Good evening. Are you ready to order?"),
        ("Customer", "Yes, I'd like the vegetable soup to start."),
        ("Waiter", "Of course. And for your main course?"),
        ("Customer", "The grilled salmon, please."),
        ("Waiter", "Would you like anything to drink?"),
        ("Customer", "Just a glass of water, thank you."),
        ("Waiter", "I'll bring that right away."),
        ("Customer", "Thanks."),
    ],
    ("a patient", "a receptionist", "Patient", "Receptionist"): [
        ("Receptionist", "Good morning, how can I help you?"),
        ("Patient", "I'd like to book an appointment with Dr Patel."),
        ("Receptionist", "Is this morning at ten all right?"),
        ("Patient", "Ten is fine."),
        ("Receptionist", "Can I have your date of birth?"),
        ("Patient", "It's the third of May."),
        ("Receptionist", "Thank you. You're booked in."),
        ("Patient", "Great, see you then."),
    ],
    ("a student", "a librarian", "Student", "Librarian"): [
        ("Student", "Excuse me, where can I find books on astronomy?"),
        ("Librarian", "They're on the second floor, section 520."),
        ("Student", "Can I borrow more than three books?"),
        ("Librarian", "Yes, up to six at a time."),
        ("Student", "How long can I keep them?"),
        ("Librarian", "Three weeks, and you can renew them online."),
        ("Student", "Perfect, thank you."),
        ("Librarian", "You're welcome."),
    ],
}


def en_dialogue(rng: random.Random) -> Rec:
    """A dialogue script: the same two speaker names line after line."""
    key = list(EN_SCENES)[rng.randrange(len(EN_SCENES))]
    a, b, _, _ = key
    n = rng.randint(4, 8)
    lines = EN_SCENES[key][:n]
    fmt = _p(rng, ["{s}: {t}", "**{s}:** {t}", "{S}: {t}"])
    out = "\n".join(fmt.format(s=s, S=s.upper(), t=t) for s, t in lines)
    return _rec(f"Write a short dialogue ({n} lines) between {a} and {b}.", out)


ZH_SCENES = {
    ("顾客", "店员", "买衣服"): [
        ("店员", "您好，欢迎光临，想看点什么？"),
        ("顾客", "我想买一件外套。"),
        ("店员", "这几款是新到的，您可以试试。"),
        ("顾客", "这件有大一号的吗？"),
        ("店员", "有的，我给您拿。"),
        ("顾客", "穿着正合适，多少钱？"),
        ("店员", "三百九十九元。"),
        ("顾客", "好的，我就要这件。"),
    ],
    ("学生", "老师", "请教问题"): [
        ("学生", "老师，这道题我不太明白。"),
        ("老师", "哪一步没看懂？"),
        ("学生", "第二步为什么要移项？"),
        ("老师", "移项是为了把未知数放到同一边。"),
        ("学生", "哦，那移项以后要变号吗？"),
        ("老师", "对，移到另一边要改变符号。"),
        ("学生", "我明白了，谢谢老师！"),
        ("老师", "不客气，有问题随时来问。"),
    ],
    ("乘客", "司机", "打车"): [
        ("司机", "您好，请问去哪里？"),
        ("乘客", "去火车站，谢谢。"),
        ("司机", "好的，走高架可以吗？"),
        ("乘客", "可以，哪条路快走哪条。"),
        ("司机", "大概二十分钟就到。"),
        ("乘客", "好的，麻烦您了。"),
        ("司机", "到了，一共三十五元。"),
        ("乘客", "我扫码付款。"),
    ],
}


def zh_dialogue(rng: random.Random) -> Rec:
    """A Chinese dialogue script with repeated speaker names."""
    key = list(ZH_SCENES)[rng.randrange(len(ZH_SCENES))]
    a, b, scene = key
    n = rng.randint(4, 8)
    fmt = _p(rng, ["{s}：{t}", "{s}: {t}", "【{s}】{t}"])
    out = "\n".join(fmt.format(s=s, t=t) for s, t in ZH_SCENES[key][:n])
    return _rec(f"写一段{a}和{b}之间{scene}的简短对话，共{n}句。", out)


GOOD: list[tuple[str, str, str, GoodGen]] = [
    ("h3g_en_chant", "chant", "en", en_chant),
    ("h3g_en_times_table", "times_table", "en", en_times_table),
    ("h3g_en_test_cases", "test_cases", "en", en_test_cases),
    ("h3g_en_csv", "csv_sample", "en", en_csv),
    ("h3g_en_symbols", "symbols", "en", en_symbols),
    ("h3g_en_one_word", "one_word", "en", en_one_word),
    ("h3g_en_foreign", "foreign_requested", "en", en_foreign),
    ("h3g_en_glossary", "glossary", "en", en_glossary),
    ("h3g_en_verse", "verse", "en", en_verse),
    ("h3g_en_code_indent", "code_indent", "en", en_code_indent),
    ("h3g_en_letter", "placeholder_letter", "en", en_letter),
    ("h3g_en_extras", "asked_extras", "en", en_extras),
    ("h3g_en_dialogue", "dialogue", "en", en_dialogue),
    ("h3g_zh_chant", "chant", "zh", zh_chant),
    ("h3g_zh_times_table", "times_table", "zh", zh_times_table),
    ("h3g_zh_test_cases", "test_cases", "zh", zh_test_cases),
    ("h3g_zh_csv", "csv_sample", "zh", zh_csv),
    ("h3g_zh_symbols", "symbols", "zh", zh_symbols),
    ("h3g_zh_one_word", "one_word", "zh", zh_one_word),
    ("h3g_zh_foreign", "foreign_requested", "zh", zh_foreign),
    ("h3g_zh_glossary", "glossary", "zh", zh_glossary),
    ("h3g_zh_verse", "verse", "zh", zh_verse),
    ("h3g_zh_code_indent", "code_indent", "zh", zh_code_indent),
    ("h3g_zh_letter", "placeholder_letter", "zh", zh_letter),
    ("h3g_zh_extras", "asked_extras", "zh", zh_extras),
    ("h3g_zh_dialogue", "dialogue", "zh", zh_dialogue),
]
"""(name, kind, lang, generator) of every good look-alike."""


def build_good(per_lang: int = GOOD_PER_LANG, seed: str = "clean_eval-good-heldout3-v1") -> list[dict[str, str]]:
    """Good records, kinds in turn per language, 30 of each (:func:`textutil.build_good_rows`)."""
    return build_good_rows(GOOD, per_lang, seed, "heldout3")
