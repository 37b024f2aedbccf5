"""Good look-alikes (hard negatives) of the heldout5 part: authored records the clean stage must keep.

Every record is a correct answer to its instruction that shares a surface trait with junk: verb
conjugation tables (the same stem on every line), log lines asked for (timestamps, IPs, repeated
levels), hash test vectors (hex strings), batches of near-identical SQL statements, directory trees
(box-drawing characters), call-and-response cheers and 口号 (repetition, shouting capitals), unit
conversions (a bare number), transliterations between scripts (Cyrillic, Greek, kana, Hangul,
Devanagari, Arabic, Thai), fill-in-the-blank exercises (runs of underscores), unified diffs, typing
drills (``asdf jkl;``, keyboard rows), text effects the user asked for (braille, small capitals,
superscript, strike-through, "glitch" text, full-width, circled letters) and lists of calendar dates.
All text is written for this file (no corpus text); facts are ordinary public knowledge, and every
computed answer (hashes, conversions, diffs, dates, braille) is computed here.
``build_good(per_lang)`` is seeded and deterministic.
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import random
import re
import zlib
from collections.abc import Callable

from textutil import build_good_rows

Rec = dict[str, str]
GoodGen = Callable[[random.Random], Rec]

GOOD_PER_LANG = 390
"""Good records per language (30 per kind, 13 kinds)."""


def _rec(instruction: str, output: str, inp: str = "") -> Rec:
    return {"instruction": instruction, "input": inp, "output": output}


# ------------------------------------------------------------------------------------ conjugation

FR_PRONOUNS = ["je", "tu", "il/elle", "nous", "vous", "ils/elles"]
ES_PRONOUNS = ["yo", "tú", "él/ella", "nosotros", "vosotros", "ellos/ellas"]
DE_PRONOUNS = ["ich", "du", "er/sie/es", "wir", "ihr", "sie/Sie"]
FR_ER = ["parler", "aimer", "chanter", "danser", "regarder", "écouter", "jouer", "habiter", "arriver", "donner"]
ES_ENDINGS = {
    "ar": ["o", "as", "a", "amos", "áis", "an"],
    "er": ["o", "es", "e", "emos", "éis", "en"],
    "ir": ["o", "es", "e", "imos", "ís", "en"],
}
ES_REGULAR = [
    "hablar",
    "cantar",
    "bailar",
    "trabajar",
    "estudiar",
    "caminar",
    "comprar",
    "escuchar",
    "comer",
    "beber",
    "aprender",
    "correr",
    "vender",
    "vivir",
    "escribir",
    "abrir",
    "recibir",
    "decidir",
]
DE_REGULAR = ["machen", "spielen", "lernen", "wohnen", "kaufen", "sagen", "fragen", "kochen", "hören", "lieben"]
IRREGULAR = {
    ("French", "être"): ["suis", "es", "est", "sommes", "êtes", "sont"],
    ("French", "avoir"): ["ai", "as", "a", "avons", "avez", "ont"],
    ("French", "aller"): ["vais", "vas", "va", "allons", "allez", "vont"],
    ("Spanish", "ser"): ["soy", "eres", "es", "somos", "sois", "son"],
    ("Spanish", "estar"): ["estoy", "estás", "está", "estamos", "estáis", "están"],
    ("Spanish", "tener"): ["tengo", "tienes", "tiene", "tenemos", "tenéis", "tienen"],
    ("German", "sein"): ["bin", "bist", "ist", "sind", "seid", "sind"],
    ("German", "haben"): ["habe", "hast", "hat", "haben", "habt", "haben"],
}
LANG_ZH = {"French": "法语", "Spanish": "西班牙语", "German": "德语"}


def conjugate(language: str, verb: str) -> list[str]:
    """Present-tense forms of a regular (or listed irregular) verb, one per person."""
    if (language, verb) in IRREGULAR:
        return IRREGULAR[(language, verb)]
    if language == "French":
        stem = verb[:-2]
        return [stem + e for e in ["e", "es", "e", "ons", "ez", "ent"]]
    if language == "Spanish":
        return [verb[:-2] + e for e in ES_ENDINGS[verb[-2:]]]
    stem = verb[:-2]
    return [stem + e for e in ["e", "st", "t", "en", "t", "en"]]


def _conj_lines(language: str, verb: str, table: bool) -> str:
    forms = conjugate(language, verb)
    pronouns = {"French": FR_PRONOUNS, "Spanish": ES_PRONOUNS, "German": DE_PRONOUNS}[language]
    pairs = []
    for p, f in zip(pronouns, forms, strict=True):
        if p == "je" and f[0] in "aeiouéh":
            pairs.append(("j'", f))
        else:
            pairs.append((p, f))
    if table:
        head = "| person | form |\n|---|---|\n"
        return head + "\n".join(f"| {p} | {f} |" for p, f in pairs)
    return "\n".join(f"{p}{f}" if p.endswith("'") else f"{p} {f}" for p, f in pairs)


def _pick_verb(rng: random.Random) -> tuple[str, str]:
    language = rng.choice(["French", "Spanish", "German"])
    pool = {"French": FR_ER, "Spanish": ES_REGULAR, "German": DE_REGULAR}[language]
    pool = pool + [v for (lg, v) in IRREGULAR if lg == language]
    return language, rng.choice(pool)


def en_conjugation(rng: random.Random) -> Rec:
    language, verb = _pick_verb(rng)
    table = rng.random() < 0.4
    ins = f"Conjugate the {language} verb '{verb}' in the present tense" + (" as a table." if table else ".")
    return _rec(ins, _conj_lines(language, verb, table))


def zh_conjugation(rng: random.Random) -> Rec:
    language, verb = _pick_verb(rng)
    table = rng.random() < 0.4
    ins = f"写出{LANG_ZH[language]}动词“{verb}”的现在时变位" + ("，用表格列出。" if table else "。")
    return _rec(ins, _conj_lines(language, verb, table))


# ------------------------------------------------------------------------------------ log excerpts

PATHS = ["/", "/index.html", "/api/v1/users", "/login", "/static/app.js", "/favicon.ico", "/search?q=shoes"]
AGENTS = ["Mozilla/5.0", "curl/8.4.0", "python-requests/2.31.0"]


def _ip(rng: random.Random) -> str:
    return f"{rng.choice([10, 172, 192, 203])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def _times(rng: random.Random, n: int) -> list[dt.datetime]:
    t = dt.datetime(2024, rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), 0)
    out = []
    for _ in range(n):
        t += dt.timedelta(seconds=rng.randint(1, 40))
        out.append(t)
    return out


def _access_log(rng: random.Random, n: int) -> str:
    lines = []
    for t in _times(rng, n):
        status = rng.choice([200, 200, 200, 304, 404, 500])
        lines.append(
            f'{_ip(rng)} - - [{t:%d/%b/%Y:%H:%M:%S} +0000] "GET {rng.choice(PATHS)} HTTP/1.1" {status} '
            f'{rng.randint(0, 9000)} "-" "{rng.choice(AGENTS)}"'
        )
    return "\n".join(lines)


def _sshd_log(rng: random.Random, n: int) -> str:
    lines = []
    for t in _times(rng, n):
        user = rng.choice(["root", "admin", "test", "ubuntu", "oracle"])
        lines.append(
            f"{t:%b %d %H:%M:%S} web01 sshd[{rng.randint(1000, 9999)}]: Failed password for invalid user {user} "
            f"from {_ip(rng)} port {rng.randint(30000, 65000)} ssh2"
        )
    return "\n".join(lines)


EN_APP_MSG = [
    ("INFO", "User {u} logged in"),
    ("INFO", "Order {o} created"),
    ("WARNING", "Payment for order {o} retried"),
    ("ERROR", "Database connection lost, retrying in 5s"),
    ("INFO", "Cache warmed: 1200 keys"),
    ("DEBUG", "Request took {ms} ms"),
]
ZH_APP_MSG = [
    ("INFO", "用户 {u} 登录成功"),
    ("INFO", "订单 {o} 创建成功"),
    ("WARN", "订单 {o} 支付超时，正在重试"),
    ("ERROR", "数据库连接断开，5秒后重连"),
    ("INFO", "缓存预热完成，共1200条"),
    ("DEBUG", "接口耗时 {ms} 毫秒"),
]


def _app_log(rng: random.Random, n: int, msgs: list[tuple[str, str]], logger: str) -> str:
    lines = []
    for t in _times(rng, n):
        level, msg = rng.choice(msgs)
        text = msg.format(u=rng.randint(1000, 9999), o=rng.randint(100000, 999999), ms=rng.randint(3, 900))
        lines.append(f"{t:%Y-%m-%d %H:%M:%S},{rng.randint(0, 999):03d} {level} [{logger}] {text}")
    return "\n".join(lines)


def en_log_excerpt(rng: random.Random) -> Rec:
    n = rng.randint(4, 8)
    shape = rng.randrange(3)
    if shape == 0:
        return _rec(f"Give me {n} example lines of an nginx access log in the combined format.", _access_log(rng, n))
    if shape == 1:
        return _rec(f"Show {n} sample auth.log lines of failed SSH login attempts.", _sshd_log(rng, n))
    return _rec(
        f"Write {n} lines of example output from Python's logging module for a shop's backend.",
        _app_log(rng, n, EN_APP_MSG, rng.choice(["shop.api", "shop.orders", "app"])),
    )


def zh_log_excerpt(rng: random.Random) -> Rec:
    n = rng.randint(4, 8)
    shape = rng.randrange(3)
    if shape == 0:
        return _rec(f"给出{n}行Nginx访问日志（combined格式）的示例。", _access_log(rng, n))
    if shape == 1:
        return _rec(f"举{n}行SSH登录失败的auth.log日志示例。", _sshd_log(rng, n))
    return _rec(
        f"生成{n}行后端服务的示例日志，包含时间、级别和中文消息。",
        _app_log(rng, n, ZH_APP_MSG, rng.choice(["order-service", "user-service", "app"])),
    )


# ------------------------------------------------------------------------------------ test vectors

VECTOR_STRINGS = ["abc", "hello", "password", "The quick brown fox", "test123", "OpenAI", "data", "42", "a", "admin"]
ZH_VECTOR_STRINGS = [*VECTOR_STRINGS, "你好", "中文", "测试"]
HASHES = {"MD5": "md5", "SHA-1": "sha1", "SHA-256": "sha256"}


def digest(name: str, text: str) -> str:
    """Hex digest of ``text`` (UTF-8) by MD5, SHA-1, SHA-256 or CRC32."""
    if name == "CRC32":
        return f"{zlib.crc32(text.encode('utf-8')):08x}"
    return hashlib.new(HASHES[name], text.encode("utf-8")).hexdigest()


def en_test_vectors(rng: random.Random) -> Rec:
    algo = rng.choice([*HASHES, "CRC32"])
    if rng.random() < 0.6:
        s = rng.choice(VECTOR_STRINGS)
        return _rec(f"What is the {algo} hash of the string '{s}'? Give only the hex digest.", digest(algo, s))
    picks = rng.sample(VECTOR_STRINGS, rng.randint(3, 4))
    ins = f"List the {algo} digests of these strings, one per line, as `string: digest`."
    return _rec(ins, "\n".join(f"{s}: {digest(algo, s)}" for s in picks), "\n".join(picks))


def zh_test_vectors(rng: random.Random) -> Rec:
    algo = rng.choice([*HASHES, "CRC32"])
    if rng.random() < 0.6:
        s = rng.choice(ZH_VECTOR_STRINGS)
        return _rec(f"计算字符串“{s}”（UTF-8编码）的{algo}值，只输出十六进制结果。", digest(algo, s))
    picks = rng.sample(ZH_VECTOR_STRINGS, rng.randint(3, 4))
    ins = f"分别计算下面每个字符串的{algo}值，每行一个，格式为“字符串: 值”。"
    return _rec(ins, "\n".join(f"{s}: {digest(algo, s)}" for s in picks), "\n".join(picks))


# ------------------------------------------------------------------------------------ SQL batches

TABLES = {
    "users": ["name", "email", "phone", "city", "created_at"],
    "orders": ["user_id", "status", "total", "created_at", "shipped_at"],
    "products": ["sku", "title", "price", "category", "stock"],
    "events": ["kind", "user_id", "ts", "source", "session_id"],
}


def _sql(rng: random.Random) -> tuple[str, str, str]:
    """(what, table/list description, statements)."""
    table = rng.choice(sorted(TABLES))
    shape = rng.randrange(4)
    if shape == 0:
        cols = rng.sample(TABLES[table], rng.randint(3, 5))
        return (
            "index",
            f"{table}|{', '.join(cols)}",
            "\n".join(f"CREATE INDEX idx_{table}_{c} ON {table} ({c});" for c in cols),
        )
    if shape == 1:
        user = rng.choice(["report_reader", "analyst", "etl_bot"])
        tabs = rng.sample(sorted(TABLES), rng.randint(3, 4))
        return "grant", f"{user}|{', '.join(tabs)}", "\n".join(f"GRANT SELECT ON {t} TO {user};" for t in tabs)
    if shape == 2:
        ids = sorted(rng.sample(range(1, 200), rng.randint(3, 6)))
        status = rng.choice(["archived", "cancelled", "shipped"])
        stmts = "\n".join(f"UPDATE orders SET status = '{status}' WHERE id = {i};" for i in ids)
        return "update", f"{status}|{', '.join(map(str, ids))}", stmts
    cols = rng.sample(TABLES[table], rng.randint(3, 4))
    return (
        "notnull",
        f"{table}|{', '.join(cols)}",
        "\n".join(f"ALTER TABLE {table} ALTER COLUMN {c} SET NOT NULL;" for c in cols),
    )


def en_sql_batch(rng: random.Random) -> Rec:
    what, desc, stmts = _sql(rng)
    a, b = desc.split("|")
    ins = {
        "index": f"Write one CREATE INDEX statement per column for the {a} table, columns: {b}.",
        "grant": f"Give the user {a} read-only access to each of these tables, one GRANT per table: {b}.",
        "update": f"Write separate UPDATE statements that set the status of orders {b} to '{a}'.",
        "notnull": f"Make each of these columns of {a} NOT NULL (PostgreSQL), one statement each: {b}.",
    }[what]
    return _rec(ins, stmts)


def zh_sql_batch(rng: random.Random) -> Rec:
    what, desc, stmts = _sql(rng)
    a, b = desc.split("|")
    ins = {
        "index": f"为表{a}的以下各列分别写一条建索引语句：{b}。",
        "grant": f"给用户{a}授予以下每张表的只读权限，每张表一条GRANT：{b}。",
        "update": f"分别写UPDATE语句，把订单{b}的状态改为'{a}'。",
        "notnull": f"用PostgreSQL把表{a}的这些列逐一设为NOT NULL：{b}。",
    }[what]
    return _rec(ins, stmts)


# ------------------------------------------------------------------------------------ directory trees

TREES = {
    "Flask web app": [
        "app/",
        ["__init__.py", "routes.py", "models.py", "templates/", ["base.html", "index.html"]],
        "tests/",
        ["test_routes.py"],
        "requirements.txt",
        "run.py",
    ],
    "Python package": [
        "src/",
        ["{name}/", ["__init__.py", "core.py", "cli.py"]],
        "tests/",
        ["test_core.py"],
        "pyproject.toml",
        "README.md",
        "LICENSE",
    ],
    "React app": [
        "public/",
        ["index.html"],
        "src/",
        ["components/", ["Header.jsx", "Footer.jsx"], "App.jsx", "index.js"],
        "package.json",
        ".gitignore",
    ],
    "Go module": [
        "cmd/",
        ["{name}/", ["main.go"]],
        "internal/",
        ["server/", ["server.go", "server_test.go"]],
        "go.mod",
        "go.sum",
        "Makefile",
    ],
    "Rust crate": [
        "src/",
        ["main.rs", "lib.rs", "config.rs"],
        "tests/",
        ["integration.rs"],
        "Cargo.toml",
        "Cargo.lock",
    ],
    "Hugo site": [
        "content/",
        ["posts/", ["first-post.md"], "about.md"],
        "layouts/",
        ["_default/", ["single.html", "list.html"]],
        "static/",
        ["css/", ["style.css"]],
        "config.toml",
    ],
    "Ansible role": [
        "defaults/",
        ["main.yml"],
        "handlers/",
        ["main.yml"],
        "tasks/",
        ["main.yml"],
        "templates/",
        ["nginx.conf.j2"],
        "meta/",
        ["main.yml"],
    ],
}
TREE_ZH = {
    "Flask web app": "Flask网站",
    "Python package": "Python包",
    "React app": "React前端",
    "Go module": "Go服务",
    "Rust crate": "Rust命令行工具",
    "Hugo site": "Hugo博客",
    "Ansible role": "Ansible角色",
}
ROOT_NAMES = ["myapp", "shop", "blog", "notes", "tracker", "weather", "todo", "inventory", "chatbot", "gallery"]


def draw_tree(items: list, name: str, prefix: str = "") -> list[str]:
    """``tree``-style lines for a nested list: a string is an entry; a list after a directory is its content."""
    entries: list[tuple[str, list | None]] = []
    for it in items:
        if isinstance(it, list):
            entries[-1] = (entries[-1][0], it)
        else:
            entries.append((it.replace("{name}", name), None))
    lines = []
    for i, (entry, sub) in enumerate(entries):
        last = i == len(entries) - 1
        lines.append(prefix + ("└── " if last else "├── ") + entry)
        if sub is not None:
            lines += draw_tree(sub, name, prefix + ("    " if last else "│   "))
    return lines


def en_dir_tree(rng: random.Random) -> Rec:
    kind, name = rng.choice(sorted(TREES)), rng.choice(ROOT_NAMES)
    ins = f"Show a typical directory layout for a {kind} called {name}, drawn like the output of `tree`."
    return _rec(ins, "\n".join([f"{name}/", *draw_tree(TREES[kind], name)]))


def zh_dir_tree(rng: random.Random) -> Rec:
    kind, name = rng.choice(sorted(TREES)), rng.choice(ROOT_NAMES)
    ins = f"用tree命令的样式画出一个名为{name}的{TREE_ZH[kind]}项目的典型目录结构。"
    return _rec(ins, "\n".join([f"{name}/", *draw_tree(TREES[kind], name)]))


# ------------------------------------------------------------------------------------ call and response

TEAMS = [
    "EAGLES",
    "TIGERS",
    "LIONS",
    "HAWKS",
    "BEARS",
    "OWLS",
    "FALCONS",
    "ROCKETS",
    "SHARKS",
    "WOLVES",
    "COMETS",
    "PANTHERS",
    "RAVENS",
    "STARS",
    "JETS",
]


def cheer(team: str) -> str:
    """A spell-out cheer: 'Give me an E! E!' for every letter, then the whole word."""
    lines = []
    for c in team:
        art = "an" if c in "AEFHILMNORSX" else "a"
        lines.append(f"Give me {art} {c}! {c}!")
    lines.append("What does that spell?")
    lines.append(f"{team}! {team}! GO, {team}!")
    return "\n".join(lines)


def en_call_response(rng: random.Random) -> Rec:
    team = rng.choice(TEAMS)
    if rng.random() < 0.6:
        return _rec(f"Write a spell-it-out cheer for a team called the {team.title()}.", cheer(team))
    n = rng.randint(4, 8)
    call = rng.choice(["Sound off!", "Count off!"])
    lines = [f"Leader: {call}"] + [f"Squad: {k}!" for k in range(1, n + 1)]
    lines.append(f"All: {team.title()} ready!")
    return _rec(f"Write a count-off call and response for a squad of {n} called the {team.title()}.", "\n".join(lines))


ZH_CLASSES = ["初一（2）班", "初二（5）班", "高一（3）班", "高二（7）班", "三年级一班", "五年级四班"]
ZH_SLOGANS = [("团结拼搏", "勇争第一"), ("超越自我", "挑战极限"), ("友谊第一", "比赛第二"), ("齐心协力", "再创辉煌")]


def zh_call_response(rng: random.Random) -> Rec:
    cls = rng.choice(ZH_CLASSES)
    a, b = rng.choice(ZH_SLOGANS)
    rounds = rng.randint(2, 4)
    lines = []
    for _ in range(rounds):
        lines += [f"领：{cls}！", f"合：{a}！", f"领：{cls}！", f"合：{b}！"]
    lines.append("合：加油！加油！加油！")
    ins = f"为{cls}写一段运动会入场口号，领喊和齐喊交替，口号用“{a}，{b}”，重复{rounds}轮。"
    return _rec(ins, "\n".join(lines))


# ------------------------------------------------------------------------------------ unit conversion

CONVERSIONS = [
    ("kilometers", "meters", 1000, "千米", "米"),
    ("kilograms", "grams", 1000, "千克", "克"),
    ("hours", "minutes", 60, "小时", "分钟"),
    ("liters", "milliliters", 1000, "升", "毫升"),
    ("inches", "centimeters", 2.54, "英寸", "厘米"),
    ("days", "hours", 24, "天", "小时"),
    ("megabytes", "kilobytes", 1024, "MB", "KB"),
]


def _fmt(x: float) -> str:
    return f"{x:.2f}".rstrip("0").rstrip(".")


def _conv(rng: random.Random) -> tuple[str, float, float, tuple]:
    row = rng.choice(CONVERSIONS)
    v = rng.choice([rng.randint(3, 60), rng.randint(3, 60) + 0.5])
    return _fmt(v), v, v * row[2], row


def en_unit_conversion(rng: random.Random) -> Rec:
    vs, _, r, (a, b, *_rest) = _conv(rng)
    if rng.random() < 0.5:
        return _rec(f"How many {b} are in {vs} {a}? Answer with the number only.", _fmt(r))
    return _rec(f"Convert {vs} {a} to {b}.", f"{_fmt(r)} {b}")


def zh_unit_conversion(rng: random.Random) -> Rec:
    vs, _, r, (_a, _b, _f, za, zb) = _conv(rng)
    if rng.random() < 0.5:
        return _rec(f"{vs}{za}等于多少{zb}？只写数字。", _fmt(r))
    return _rec(f"把{vs}{za}换算成{zb}。", f"{_fmt(r)}{zb}")


# ------------------------------------------------------------------------------------ transliteration

TRANSLIT = [
    ("Russian", "здравствуйте", "zdravstvuyte"),
    ("Russian", "хорошо", "khorosho"),
    ("Russian", "матрёшка", "matryoshka"),
    ("Russian", "борщ", "borshch"),
    ("Russian", "дача", "dacha"),
    ("Greek", "ευχαριστώ", "efcharistó"),
    ("Greek", "καλημέρα", "kaliméra"),
    ("Greek", "Αθήνα", "Athína"),
    ("Japanese", "ありがとう", "arigatō"),
    ("Japanese", "こんにちは", "konnichiwa"),
    ("Japanese", "さようなら", "sayōnara"),
    ("Japanese", "すし", "sushi"),
    ("Korean", "안녕하세요", "annyeonghaseyo"),
    ("Korean", "감사합니다", "gamsahamnida"),
    ("Korean", "김치", "gimchi"),
    ("Hindi", "नमस्ते", "namaste"),
    ("Hindi", "धन्यवाद", "dhanyavaad"),
    ("Arabic", "شكرا", "shukran"),
    ("Arabic", "مرحبا", "marhaban"),
    ("Thai", "สวัสดี", "sawatdi"),
]
TRANSLIT_ZH = {
    "Russian": "俄语",
    "Greek": "希腊语",
    "Japanese": "日语",
    "Korean": "韩语",
    "Hindi": "印地语",
    "Arabic": "阿拉伯语",
    "Thai": "泰语",
}
SCRIPT = {
    "Russian": "Cyrillic",
    "Greek": "Greek letters",
    "Japanese": "hiragana",
    "Korean": "Hangul",
    "Hindi": "Devanagari",
    "Arabic": "Arabic script",
    "Thai": "Thai script",
}


def en_transliteration(rng: random.Random) -> Rec:
    lang, native, latin = rng.choice(TRANSLIT)
    if rng.random() < 0.5:
        return _rec(f"Transliterate the {lang} word '{native}' into Latin letters.", latin)
    return _rec(f"Write the {lang} word '{latin}' in {SCRIPT[lang]}.", native)


def zh_transliteration(rng: random.Random) -> Rec:
    lang, native, latin = rng.choice(TRANSLIT)
    if rng.random() < 0.5:
        return _rec(f"把{TRANSLIT_ZH[lang]}单词“{native}”转写成拉丁字母。", latin)
    return _rec(f"{TRANSLIT_ZH[lang]}单词“{latin}”用原文字怎么写？只写单词。", native)


# ------------------------------------------------------------------------------------ cloze

EN_FACTS = [
    ("The capital of France is", "Paris"),
    ("Water boils at 100 degrees Celsius at sea", "level"),
    ("The largest planet in our solar system is", "Jupiter"),
    ("The chemical symbol for gold is", "Au"),
    ("A triangle has three", "sides"),
    ("The Pacific is the largest", "ocean"),
    ("Bees make", "honey"),
    ("The opposite of hot is", "cold"),
    ("There are seven days in a", "week"),
    ("Plants take in carbon", "dioxide"),
]
ZH_FACTS = [
    ("中国最长的河流是", "长江"),
    ("一年有", "十二个月"),
    ("“床前明月光”的下一句是", "疑是地上霜"),
    ("水的化学式是", "H₂O"),
    ("太阳从", "东方升起"),
    ("北京是中国的", "首都"),
    ("三角形的内角和是", "180度"),
    ("熊猫最爱吃", "竹子"),
    ("一星期有", "七天"),
    ("地球绕着", "太阳转"),
]


def en_cloze(rng: random.Random) -> Rec:
    n = rng.randint(3, 6)
    picks = rng.sample(EN_FACTS, n)
    blank = rng.choice(["_____", "________", "____"])
    qs = [f"{i}. {stem} {blank}." for i, (stem, _) in enumerate(picks, 1)]
    out = "\n".join(qs)
    if rng.random() < 0.5:
        out += "\n\nAnswers: " + ", ".join(a for _, a in picks)
    return _rec(f"Write {n} fill-in-the-blank questions for a general-knowledge quiz for children.", out)


def zh_cloze(rng: random.Random) -> Rec:
    n = rng.randint(3, 6)
    picks = rng.sample(ZH_FACTS, n)
    blank = rng.choice(["______", "（　　）", "____"])
    qs = [f"{i}. {stem}{blank}。" for i, (stem, _) in enumerate(picks, 1)]
    out = "\n".join(qs)
    if rng.random() < 0.5:
        out += "\n\n答案：" + "；".join(a for _, a in picks)
    return _rec(f"出{n}道适合小学生的常识填空题。", out)


# ------------------------------------------------------------------------------------ diffs

SNIPPETS = [
    ("x", "def add_all(items):\n    x = 0\n    for i in items:\n        x += i\n    return x\n"),
    ("tmp", "def swap(a, b):\n    tmp = a\n    a = b\n    b = tmp\n    return a, b\n"),
    ("n", "def count_words(text):\n    n = 0\n    for word in text.split():\n        n += 1\n    return n\n"),
    ("res", "def squares(k):\n    res = []\n    for i in range(k):\n        res.append(i * i)\n    return res\n"),
    ("s", "def shout(words):\n    s = ' '.join(words)\n    s = s.upper()\n    return s + '!'\n"),
    ("d", "def invert(mapping):\n    d = {}\n    for k, v in mapping.items():\n        d[v] = k\n    return d\n"),
]
NEW_NAMES = ["total", "result", "value", "acc", "out", "buf"]


def _diff(rng: random.Random) -> tuple[str, str, str, str]:
    old, code = rng.choice(SNIPPETS)
    new = rng.choice(NEW_NAMES)
    changed = re.sub(rf"\b{old}\b", new, code)
    fname = rng.choice(["utils.py", "helpers.py", "lib.py", "main.py"])
    diff = "".join(difflib.unified_diff(code.splitlines(True), changed.splitlines(True), f"a/{fname}", f"b/{fname}"))
    return old, new, code, diff.rstrip("\n")


def en_diff_patch(rng: random.Random) -> Rec:
    old, new, code, diff = _diff(rng)
    fname = diff.split("\n")[0].removeprefix("--- a/")
    return _rec(f"Rename the variable `{old}` to `{new}` in {fname} and show the change as a unified diff.", diff, code)


def zh_diff_patch(rng: random.Random) -> Rec:
    old, new, code, diff = _diff(rng)
    fname = diff.split("\n")[0].removeprefix("--- a/")
    return _rec(f"把{fname}中的变量 `{old}` 改名为 `{new}`，以unified diff格式给出改动。", diff, code)


# ------------------------------------------------------------------------------------ typing drills

ROWS = {"home": "asdfghjkl;", "top": "qwertyuiop", "bottom": "zxcvbnm,./"}
ROWS_ZH = {"home": "中排", "top": "上排", "bottom": "下排"}
PINYIN_LINES = {
    "a": ["ba pa ma fa", "da ta na la", "ga ka ha", "zha cha sha", "za ca sa", "ya wa"],
    "u": ["bu pu mu fu", "du tu nu lu", "gu ku hu", "ju qu xu", "zhu chu shu ru", "zu cu su", "yu wu"],
    "i": ["bi pi mi", "di ti ni li", "ji qi xi", "zhi chi shi ri", "zi ci si", "yi"],
    "e": ["me", "de te ne le", "ge ke he", "zhe che she re", "ze ce se", "ye"],
}
"""Syllables of each pinyin initial group with one final (only syllables that exist)."""


def _drill(rng: random.Random, row: str, n: int) -> str:
    left, right = ROWS[row][:4], ROWS[row][6:10]
    lines = []
    for _ in range(n):
        groups = [rng.choice([left, right, left[::-1], right[::-1], left[:2] + right[-2:]]) for _ in range(4)]
        lines.append(" ".join(groups))
    return "\n".join(lines)


def en_typing_drill(rng: random.Random) -> Rec:
    row = rng.choice(sorted(ROWS))
    if rng.random() < 0.25:
        keys = " ".join(ROWS[row].upper().replace(";", "").replace(",", "").replace(".", "").replace("/", ""))
        return _rec(f"Which letter keys are on the {row} row of a QWERTY keyboard, from left to right?", keys)
    n = rng.randint(3, 6)
    return _rec(f"Give me a {n}-line touch-typing drill for the {row} row of a QWERTY keyboard.", _drill(rng, row, n))


def zh_typing_drill(rng: random.Random) -> Rec:
    if rng.random() < 0.3:
        final = rng.choice(sorted(PINYIN_LINES))
        lines = PINYIN_LINES[final]
        picks = sorted(rng.sample(range(len(lines)), rng.randint(3, len(lines))))
        ins = f"给我一组拼音打字练习：用韵母“{final}”和不同声母拼出音节，共{len(picks)}行。"
        return _rec(ins, "\n".join(lines[i] for i in picks))
    row = rng.choice(sorted(ROWS))
    n = rng.randint(3, 6)
    return _rec(f"出一组{n}行的键盘{ROWS_ZH[row]}指法练习。", _drill(rng, row, n))


# ------------------------------------------------------------------------------------ text effects

BRAILLE = dict(zip("abcdefghijklmnopqrstuvwxyz", "⠁⠃⠉⠙⠑⠋⠛⠓⠊⠚⠅⠇⠍⠝⠕⠏⠟⠗⠎⠞⠥⠧⠺⠭⠽⠵", strict=True))
SMALL_CAPS = dict(zip("abcdefghijklmnopqrstuvwxyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡxʏᴢ", strict=True))
SUPERSCRIPT = dict(zip("abcdefghijklmnopqrstuvwxyz", "ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖᑫʳˢᵗᵘᵛʷˣʸᶻ", strict=True))
EFFECT_WORDS = [
    "hello",
    "game over",
    "welcome",
    "thank you",
    "happy birthday",
    "good luck",
    "coffee",
    "love you",
    "see you soon",
    "best friends",
    "sale",
    "night owl",
]
ZH_EFFECT_WORDS = ["生日快乐", "新年好", "谢谢你", "加油", "晚安", "好久不见"]


def effect(name: str, text: str, rng: random.Random) -> str:
    """``text`` with one text effect: braille, small caps, superscript, strike, underline, full-width, circled, glitch."""
    if name == "braille":
        return "".join(BRAILLE.get(c, c) for c in text.lower())
    if name == "small capitals":
        return "".join(SMALL_CAPS.get(c, c) for c in text.lower())
    if name == "superscript":
        return "".join(SUPERSCRIPT.get(c, c) for c in text.lower())
    if name == "strike-through":
        return "".join(c + "\u0336" for c in text)
    if name == "underline":
        return "".join(c + "\u0332" for c in text)
    if name == "full-width":
        return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c) for c in text)
    if name == "circled":
        return "".join(chr(0x24D0 + ord(c) - 97) if "a" <= c <= "z" else c for c in text.lower())
    return "".join(
        c + "".join(chr(rng.randint(0x300, 0x36F)) for _ in range(3)) if not c.isspace() else c for c in text
    )


EN_EFFECTS = [
    "braille",
    "small capitals",
    "superscript",
    "strike-through",
    "underline",
    "full-width",
    "circled",
    "glitch",
]
ZH_EFFECTS = {"strike-through": "删除线", "underline": "下划线", "glitch": "故障风（zalgo）", "full-width": "全角"}


def en_text_effects(rng: random.Random) -> Rec:
    name, word = rng.choice(EN_EFFECTS), rng.choice(EFFECT_WORDS)
    what = {
        "braille": "in Unicode braille",
        "small capitals": "in small capitals for my bio",
        "superscript": "as tiny superscript letters",
        "strike-through": "with a strike-through effect I can paste into a chat",
        "underline": "underlined with Unicode combining characters",
        "full-width": "in full-width characters",
        "circled": "in circled letters",
        "glitch": "as spooky glitch (zalgo) text for a Halloween poster",
    }[name]
    return _rec(f"Write '{word}' {what}.", effect(name, word, rng))


def zh_text_effects(rng: random.Random) -> Rec:
    if rng.random() < 0.4:
        name, word = rng.choice(["braille", "small capitals", "superscript", "circled"]), rng.choice(EFFECT_WORDS)
        what = {
            "braille": "盲文（Unicode盲文点字）",
            "small capitals": "小型大写字母",
            "superscript": "上标小字",
            "circled": "圆圈字母",
        }[name]
        return _rec(f"把英文“{word}”写成{what}。", effect(name, word, rng))
    name = rng.choice(sorted(ZH_EFFECTS))
    word = rng.choice([*ZH_EFFECT_WORDS, "OK", "GO"])
    return _rec(f"把“{word}”加上{ZH_EFFECTS[name]}效果，我要复制到朋友圈。", effect(name, word, rng))


# ------------------------------------------------------------------------------------ calendar dates

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ZH_WEEKDAYS = ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def weekdays_in(year: int, month: int, wd: int) -> list[dt.date]:
    """Every date of weekday ``wd`` (0 = Monday) in a month."""
    d = dt.date(year, month, 1)
    out = []
    while d.month == month:
        if d.weekday() == wd:
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def en_calendar_dates(rng: random.Random) -> Rec:
    year, month = rng.choice([2024, 2025, 2026]), rng.randint(1, 12)
    if rng.random() < 0.6:
        wd = rng.randrange(7)
        ds = weekdays_in(year, month, wd)
        ins = f"List every {WEEKDAYS[wd]} in {MONTHS[month - 1]} {year} as YYYY-MM-DD, one per line."
        return _rec(ins, "\n".join(d.isoformat() for d in ds))
    start = dt.date(year, month, rng.randint(25, 28))
    n = rng.randint(4, 7)
    ds = [start + dt.timedelta(days=k) for k in range(1, n + 1)]
    return _rec(
        f"List the {n} days that follow {start.isoformat()}, as YYYY-MM-DD.", "\n".join(d.isoformat() for d in ds)
    )


def zh_calendar_dates(rng: random.Random) -> Rec:
    year, month = rng.choice([2024, 2025, 2026]), rng.randint(1, 12)
    wd = rng.randrange(7)
    ds = weekdays_in(year, month, wd)
    if rng.random() < 0.5:
        ins = f"列出{year}年{month}月所有的{ZH_WEEKDAYS[wd]}，格式为YYYY-MM-DD，每行一个。"
        return _rec(ins, "\n".join(d.isoformat() for d in ds))
    ins = f"{year}年{month}月有哪些{ZH_WEEKDAYS[wd]}？用“几月几日”列出，用顿号隔开。"
    return _rec(ins, "、".join(f"{d.month}月{d.day}日" for d in ds))


# ---------------------------------------------------------------------------------------- registry

GOOD: list[tuple[str, str, str, GoodGen]] = [
    ("h5g_en_conjugation", "conjugation", "en", en_conjugation),
    ("h5g_en_log_excerpt", "log_excerpt", "en", en_log_excerpt),
    ("h5g_en_test_vectors", "test_vectors", "en", en_test_vectors),
    ("h5g_en_sql_batch", "sql_batch", "en", en_sql_batch),
    ("h5g_en_dir_tree", "dir_tree", "en", en_dir_tree),
    ("h5g_en_call_response", "call_response", "en", en_call_response),
    ("h5g_en_unit_conversion", "unit_conversion", "en", en_unit_conversion),
    ("h5g_en_transliteration", "transliteration", "en", en_transliteration),
    ("h5g_en_cloze", "cloze", "en", en_cloze),
    ("h5g_en_diff_patch", "diff_patch", "en", en_diff_patch),
    ("h5g_en_typing_drill", "typing_drill", "en", en_typing_drill),
    ("h5g_en_text_effects", "text_effects", "en", en_text_effects),
    ("h5g_en_calendar_dates", "calendar_dates", "en", en_calendar_dates),
    ("h5g_zh_conjugation", "conjugation", "zh", zh_conjugation),
    ("h5g_zh_log_excerpt", "log_excerpt", "zh", zh_log_excerpt),
    ("h5g_zh_test_vectors", "test_vectors", "zh", zh_test_vectors),
    ("h5g_zh_sql_batch", "sql_batch", "zh", zh_sql_batch),
    ("h5g_zh_dir_tree", "dir_tree", "zh", zh_dir_tree),
    ("h5g_zh_call_response", "call_response", "zh", zh_call_response),
    ("h5g_zh_unit_conversion", "unit_conversion", "zh", zh_unit_conversion),
    ("h5g_zh_transliteration", "transliteration", "zh", zh_transliteration),
    ("h5g_zh_cloze", "cloze", "zh", zh_cloze),
    ("h5g_zh_diff_patch", "diff_patch", "zh", zh_diff_patch),
    ("h5g_zh_typing_drill", "typing_drill", "zh", zh_typing_drill),
    ("h5g_zh_text_effects", "text_effects", "zh", zh_text_effects),
    ("h5g_zh_calendar_dates", "calendar_dates", "zh", zh_calendar_dates),
]
"""(name, kind, lang, generator) of every good look-alike."""


def build_good(per_lang: int = GOOD_PER_LANG, seed: str = "clean_eval-good-heldout5-v1") -> list[dict[str, str]]:
    """Good records, kinds in turn per language, 30 of each (:func:`textutil.build_good_rows`)."""
    return build_good_rows(GOOD, per_lang, seed, "heldout5")
