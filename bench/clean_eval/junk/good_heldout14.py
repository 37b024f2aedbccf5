"""Authored good look-alikes of heldout14 (blind part): correct answers that a naive junk filter might reject.

Thirteen kinds none of heldout2-13 used, 30 per kind and language, each answering its prompt exactly (the
tests recompute every answer from its prompt).  Names, titles, paths and lists are invented; no corpus text.
"""

from __future__ import annotations

import textutil as tu

PER_LANG = 390
SEED = "clean_eval-good-heldout14-v1"
LATIN = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
STEMS = "甲乙丙丁戊己庚辛壬癸"
BRANCHES = "子丑寅卯辰巳午未申酉戌亥"


# -------------------------------------------------------------------------------------- alphabet_sequence
def alphabet_en(rng):
    a = rng.randrange(0, 20)
    b = rng.randrange(a + 4, 26)
    return {
        "instruction": f"List the capital letters of the English alphabet from {LATIN[a]} to {LATIN[b]}, "
        "separated by spaces.",
        "input": "",
        "output": " ".join(LATIN[a : b + 1]),
    }


def alphabet_zh(rng):
    name, seq = rng.choice([("天干", STEMS), ("地支", BRANCHES)])
    a = rng.randrange(0, len(seq) - 3)
    b = rng.randrange(a + 3, len(seq))
    return {
        "instruction": f"按顺序写出{name}中从“{seq[a]}”到“{seq[b]}”的部分，用空格隔开。",
        "input": "",
        "output": " ".join(seq[a : b + 1]),
    }


# -------------------------------------------------------------------------------------------- code_points
EN_WORDS = [
    "café", "naïve", "jalapeño", "Zoë", "façade", "résumé", "über", "smörgåsbord", "crème", "piñata",
    "déjà vu", "Ångström", "coöperate", "fiancée", "señor", "München", "Øresund", "Dvořák", "Łódź", "Škoda",
    "garçon", "entrée", "Noël", "doña", "Brontë", "Reykjavík", "São Paulo", "açaí", "Gödel", "Ærø",
    "pâté", "Curaçao", "Zürich", "rôle", "Beyoncé",
]  # fmt: skip
ZH_WORDS = [
    "秋天", "火车站", "图书馆", "熊猫", "长城", "饺子", "月亮", "春节", "电脑", "咖啡",
    "太阳能", "茶叶", "西瓜", "自行车", "风筝", "邮票", "钢琴", "雪人", "桥梁", "蜜蜂",
    "灯笼", "黄河", "地铁", "书法", "围棋", "筷子", "口罩", "彩虹", "蘑菇", "沙漠",
    "海豚", "竹子", "灯塔", "指南针", "冰箱",
]  # fmt: skip


def code_points(text: str) -> str:
    """``U+XXXX`` for every character of ``text``, space separated."""
    return " ".join(f"U+{ord(c):04X}" for c in text)


def code_points_en(rng):
    w = rng.choice(EN_WORDS)
    return {
        "instruction": f"Give the Unicode code points of the characters in “{w}”, in order, in U+XXXX form.",
        "input": "",
        "output": code_points(w),
    }


def code_points_zh(rng):
    w = rng.choice(ZH_WORDS)
    return {
        "instruction": f"写出“{w}”中每个字的Unicode码位（U+XXXX格式），按顺序用空格隔开。",
        "input": "",
        "output": code_points(w),
    }


# ---------------------------------------------------------------------------------------- form_validation
EN_FIELDS = ["username", "password", "email address", "phone number", "first name", "last name", "city",
             "postcode", "company name", "display name", "street address", "nickname"]  # fmt: skip
ZH_FIELDS = ["用户名", "密码", "邮箱地址", "手机号", "姓名", "昵称", "城市", "邮政编码", "公司名称", "收货地址",
             "身份证号", "验证码"]  # fmt: skip


def validation_en(field: str, rule: str, n: int) -> str:
    """The house-style message for an empty field (``empty``) or a too short / too long one (``min`` / ``max``)."""
    if rule == "empty":
        return f"Please enter your {field}."
    cap = field[0].upper() + field[1:]
    return f"{cap} must be at {'least' if rule == 'min' else 'most'} {n} characters."


def validation_zh(field: str, rule: str, n: int) -> str:
    """中文版：空值“请输入…”，过短“…不能少于N个字符”，过长“…不能超过N个字符”。"""
    if rule == "empty":
        return f"请输入{field}"
    return f"{field}{'不能少于' if rule == 'min' else '不能超过'}{n}个字符"


def form_en(rng):
    field, rule, n = rng.choice(EN_FIELDS), rng.choice(["empty", "min", "max"]), rng.choice([2, 3, 6, 8, 12, 20, 32])
    when = {"empty": "is left empty", "min": f"is shorter than {n} characters", "max": f"is longer than {n} characters"}
    return {
        "instruction": f"Write the validation message a sign-up form shows when the {field} field {when[rule]}. "
        "House style: “Please enter your …” for empty fields, “… must be at least N characters.” or "
        "“… must be at most N characters.” for length.",
        "input": "",
        "output": validation_en(field, rule, n),
    }


def form_zh(rng):
    field, rule, n = rng.choice(ZH_FIELDS), rng.choice(["empty", "min", "max"]), rng.choice([2, 4, 6, 8, 11, 18, 30])
    when = {"empty": "为空", "min": f"少于{n}个字符", "max": f"超过{n}个字符"}
    return {
        "instruction": f"为注册表单写一条校验提示：当“{field}”{when[rule]}时显示。格式：为空用“请输入…”，"
        "过短用“…不能少于N个字符”，过长用“…不能超过N个字符”，句末不加标点。",
        "input": "",
        "output": validation_zh(field, rule, n),
    }


# -------------------------------------------------------------------------------------- shortcut_sequence
MAC_KEYS = {
    "select all": "⌘A", "copy": "⌘C", "paste": "⌘V", "cut": "⌘X", "undo": "⌘Z", "redo": "⇧⌘Z", "save": "⌘S",
    "find": "⌘F", "open a new tab": "⌘T", "close the window": "⌘W", "print": "⌘P", "quit the app": "⌘Q",
}  # fmt: skip
WIN_KEYS = {
    "全选": "Ctrl+A", "复制": "Ctrl+C", "粘贴": "Ctrl+V", "剪切": "Ctrl+X", "撤销": "Ctrl+Z", "重做": "Ctrl+Y",
    "保存": "Ctrl+S", "查找": "Ctrl+F", "新建标签页": "Ctrl+T", "关闭窗口": "Alt+F4", "打印": "Ctrl+P", "重命名": "F2",
}  # fmt: skip


def shortcuts_en(rng):
    acts = [rng.choice(list(MAC_KEYS)) for _ in range(rng.randint(2, 4))]
    said = ", then ".join(acts)
    return {
        "instruction": f"On a Mac, which shortcuts do you press to {said}? Answer with the key symbols only, "
        "separated by two spaces.",
        "input": "",
        "output": "  ".join(MAC_KEYS[a] for a in acts),
    }


def shortcuts_zh(rng):
    acts = [rng.choice(list(WIN_KEYS)) for _ in range(rng.randint(2, 4))]
    said = "".join(f"“{a}”" for a in acts)
    return {
        "instruction": f"在Windows上依次执行{said}，分别按哪些快捷键？只写按键，用两个空格隔开。",
        "input": "",
        "output": "  ".join(WIN_KEYS[a] for a in acts),
    }


# ------------------------------------------------------------------------------------------- braille_keys
BRAILLE_DOTS = {
    "a": "1", "b": "12", "c": "14", "d": "145", "e": "15", "f": "124", "g": "1245", "h": "125", "i": "24",
    "j": "245", "k": "13", "l": "123", "m": "134", "n": "1345", "o": "135", "p": "1234", "q": "12345",
    "r": "1235", "s": "234", "t": "2345", "u": "136", "v": "1236", "w": "2456", "x": "1346", "y": "13456",
    "z": "1356",
}  # fmt: skip
"""Dots of the grade-1 braille letters."""
DOT_KEY = dict(zip("123456", "fdsjkl", strict=True))
EN_BRAILLE_WORDS = ["cab", "dog", "sun", "map", "jet", "fox", "key", "zip", "wax", "owl", "hat", "bell", "lamp",
                    "quiz", "yarn", "vest", "moth", "frog", "kite", "nest", "pony", "drum", "glue", "hive",
                    "jazz", "sock", "tree", "bird", "milk", "coin", "rope", "wolf"]  # fmt: skip
ZH_BRAILLE_WORDS = ["tea", "cup", "box", "pen", "car", "bus", "egg", "ink", "bag", "hen", "toy", "fig", "gum",
                    "jam", "nut", "owl", "pig", "rat", "van", "web", "yak", "zoo", "leaf", "moon", "star",
                    "rain", "snow", "wind", "book", "fish", "duck", "ship"]  # fmt: skip


def braille_keys(word: str) -> str:
    """Per letter, the six-key entry chord (dots 1-6 on F D S J K L), space separated."""
    return " ".join("".join(DOT_KEY[d] for d in BRAILLE_DOTS[c]) for c in word)


def braille_en(rng):
    w = rng.choice(EN_BRAILLE_WORDS)
    return {
        "instruction": f"In six-key braille entry (keys F D S J K L for dots 1 to 6), which keys make each letter of "
        f'"{w}"? Write one chord per letter in lower case, keys in the order f d s j k l, separated by spaces.',
        "input": "",
        "output": braille_keys(w),
    }


def braille_zh(rng):
    w = rng.choice(ZH_BRAILLE_WORDS)
    return {
        "instruction": f"用六键盲文输入（F D S J K L 分别对应1到6点），输入英文单词“{w}”的每个字母各要同时按哪些键？"
        "每个字母写一组小写按键，按 f d s j k l 的顺序，用空格隔开。",
        "input": "",
        "output": braille_keys(w),
    }


# --------------------------------------------------------------------------------------------- commit_log
EN_MSGS = ["Fix typo in README", "Add login page", "Bump version to 2.3.1", "Remove unused imports",
           "Update dependencies", "Refactor date parser", "Add tests for cart total", "Merge branch 'dev'",
           "Handle empty search query", "Rename config option", "Improve error message", "Drop Python 3.7 support"]  # fmt: skip
ZH_MSGS = ["修复首页错别字", "新增登录页面", "版本号升级到2.3.1", "删除无用的导入", "更新依赖包", "重构日期解析",
           "补充购物车测试", "合并dev分支", "处理空搜索词", "优化错误提示", "修改配置项名称", "移除旧版接口"]  # fmt: skip


def _commits(rng, msgs):
    picked = rng.sample(msgs, rng.randint(2, 4))
    hashes = ["".join(rng.choice("0123456789abcdef") for _ in range(40)) for _ in picked]
    return "\n".join(f"{h} {m}" for h, m in zip(hashes, picked, strict=True)), "\n".join(
        f"{h[:7]} {m}" for h, m in zip(hashes, picked, strict=True)
    )


def commits_en(rng):
    full, short = _commits(rng, EN_MSGS)
    return {
        "instruction": "Format these commits the way `git log --oneline` prints them (the first seven characters "
        "of the hash, then the message).",
        "input": full,
        "output": short,
    }


def commits_zh(rng):
    full, short = _commits(rng, ZH_MSGS)
    return {
        "instruction": "把下面的提交记录整理成 git log --oneline 的格式（哈希只取前7位，后面接提交说明）。",
        "input": full,
        "output": short,
    }


# ----------------------------------------------------------------------------------------- markdown_image
EN_ALTS = ["A red fox in the snow", "Sales chart for 2023", "Team photo at the harbour", "Map of the hiking trail",
           "Logo of the book club", "Diagram of a water cycle", "Screenshot of the settings page",
           "Old lighthouse at dusk", "Bowl of tomato soup", "Floor plan of the office"]  # fmt: skip
ZH_ALTS = ["雪地里的红狐狸", "2023年销售图表", "港口团队合影", "徒步路线地图", "读书会标志", "水循环示意图",
           "设置页面截图", "黄昏时的老灯塔", "一碗番茄汤", "办公室平面图"]  # fmt: skip
FILES = ["fox.jpg", "chart.png", "team.jpg", "trail-map.png", "logo.svg", "cycle.png", "settings.png",
         "lighthouse.jpg", "soup.webp", "plan.png", "images/cover.png", "assets/photo1.jpg"]  # fmt: skip


def image_en(rng):
    alt, f = rng.choice(EN_ALTS), rng.choice(FILES)
    return {
        "instruction": f'Write the markdown that shows the image "{f}" with the alt text "{alt}".',
        "input": "",
        "output": f"![{alt}]({f})",
    }


def image_zh(rng):
    alt, f = rng.choice(ZH_ALTS), rng.choice(FILES)
    return {
        "instruction": f"用Markdown插入图片“{f}”，替代文字为“{alt}”。",
        "input": "",
        "output": f"![{alt}]({f})",
    }


# ---------------------------------------------------------------------------------------------- poll_post
EN_POLLS = [
    ("Where should we go for the team lunch?", ["Pizza place", "Noodle bar", "Salad shop", "Taco truck"]),
    ("Which day suits the book club?", ["Monday", "Wednesday", "Thursday", "Saturday"]),
    ("What should we name the new puppy?", ["Biscuit", "Pepper", "Maple", "Rocket"]),
    ("Which film for Friday night?", ["The comedy", "The thriller", "The documentary", "The cartoon"]),
    ("When should the stand-up start?", ["9:00", "9:30", "10:00", "10:15"]),
    ("Which colour for the club shirts?", ["Navy", "Green", "Orange", "Grey"]),
]
ZH_POLLS = [
    ("团建午饭去哪儿吃？", ["披萨店", "面馆", "沙拉店", "火锅"]),
    ("读书会定在哪天？", ["周一", "周三", "周四", "周六"]),
    ("新来的小狗叫什么？", ["饼干", "花椒", "枫叶", "火箭"]),
    ("周五晚上看哪部电影？", ["喜剧片", "悬疑片", "纪录片", "动画片"]),
    ("早会几点开始？", ["9:00", "9:30", "10:00", "10:15"]),
    ("班服选什么颜色？", ["藏青", "绿色", "橙色", "灰色"]),
]


def _poll(rng, polls):
    q, opts = rng.choice(polls)
    return q, rng.sample(opts, rng.randint(2, 4))


def poll_en(rng):
    q, opts = _poll(rng, EN_POLLS)
    listed = ", ".join(opts[:-1]) + " and " + opts[-1]
    return {
        "instruction": f'Write a group-chat poll asking "{q}" with the options {listed}, in that order. Start with '
        '📊 and the question, then put each option on its own line after "○ ".',
        "input": "",
        "output": "📊 " + q + "\n" + "\n".join("○ " + o for o in opts),
    }


def poll_zh(rng):
    q, opts = _poll(rng, ZH_POLLS)
    listed = "、".join(opts)
    return {
        "instruction": f"写一个群聊投票，问题是“{q}”，选项依次为{listed}。第一行以📊开头接问题，之后每个选项单独一行，前面加“○ ”。",
        "input": "",
        "output": "📊 " + q + "\n" + "\n".join("○ " + o for o in opts),
    }


# -------------------------------------------------------------------------------------------------- vcard
EN_PEOPLE = [("Mara", "Quill"), ("Tobias", "Renn"), ("Ines", "Halloway"), ("Kofi", "Marsh"), ("Lena", "Brightwater"),
             ("Oskar", "Pell"), ("Priya", "Voss"), ("Duncan", "Ashby"), ("Yuki", "Farrow"), ("Nadia", "Crane")]  # fmt: skip
ZH_PEOPLE = [("林", "若溪"), ("周", "明远"), ("许", "安然"), ("韩", "子墨"), ("宋", "雨桐"), ("陆", "承泽"),
             ("唐", "书瑶"), ("沈", "一帆"), ("程", "可欣"), ("顾", "北辰")]  # fmt: skip


def vcard(family: str, given: str, full: str, phone: str, email: str) -> str:
    """A vCard 3.0 with N, FN, a mobile TEL and EMAIL."""
    return "\n".join(
        ["BEGIN:VCARD", "VERSION:3.0", f"N:{family};{given};;;", f"FN:{full}", f"TEL;TYPE=CELL:{phone}",
         f"EMAIL:{email}", "END:VCARD"]
    )  # fmt: skip


def vcard_en(rng):
    given, family = rng.choice(EN_PEOPLE)
    phone = f"+44 7700 900{rng.randint(100, 999)}"
    email = f"{given.lower()}.{family.lower()}@example.org"
    return {
        "instruction": f"Write a vCard 3.0 for {given} {family}, mobile {phone}, email {email}.",
        "input": "",
        "output": vcard(family, given, f"{given} {family}", phone, email),
    }


def vcard_zh(rng):
    family, given = rng.choice(ZH_PEOPLE)
    phone = f"+86 139 0000 {rng.randint(1000, 9999)}"
    email = f"user{rng.randint(10, 99)}@example.cn"
    return {
        "instruction": f"为{family}{given}写一张vCard 3.0名片，手机{phone}，邮箱{email}。",
        "input": "",
        "output": vcard(family, given, family + given, phone, email),
    }


# ------------------------------------------------------------------------------------------- opml_outline
EN_OUTLINES = [
    ("Trip plan", {"Before": ["Book train", "Pack bag"], "During": ["Visit museum", "Try local food"], "After": ["Sort photos"]}),
    ("Garden jobs", {"Spring": ["Sow peas", "Prune roses"], "Summer": ["Water daily"], "Autumn": ["Rake leaves", "Plant bulbs"]}),
    ("Party", {"Food": ["Cake", "Sandwiches"], "Music": ["Playlist"], "Games": ["Quiz", "Charades"]}),
    ("Study notes", {"Chapter 1": ["Cells", "Tissues"], "Chapter 2": ["Organs"], "Chapter 3": ["Systems", "Health"]}),
    ("Move house", {"Week 1": ["Find boxes", "Sort books"], "Week 2": ["Pack kitchen"], "Week 3": ["Hire van", "Clean flat"]}),
]  # fmt: skip
ZH_OUTLINES = [
    ("旅行计划", {"出发前": ["订火车票", "收拾行李"], "途中": ["参观博物馆", "品尝小吃"], "回来后": ["整理照片"]}),
    ("花园活计", {"春天": ["播种豌豆", "修剪玫瑰"], "夏天": ["每天浇水"], "秋天": ["扫落叶", "种球根"]}),
    ("聚会", {"食物": ["蛋糕", "三明治"], "音乐": ["歌单"], "游戏": ["猜谜", "你画我猜"]}),
    ("学习笔记", {"第一章": ["细胞", "组织"], "第二章": ["器官"], "第三章": ["系统", "健康"]}),
    ("搬家", {"第一周": ["找纸箱", "整理书"], "第二周": ["打包厨房"], "第三周": ["租货车", "打扫房间"]}),
]  # fmt: skip


def _xml(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def opml(title: str, tree: list[tuple[str, list[str]]]) -> str:
    """An OPML 2.0 document: the title in the head, one outline element per item, children nested."""
    body = []
    for top, kids in tree:
        if kids:
            body.append(f'    <outline text="{_xml(top)}">')
            body += [f'      <outline text="{_xml(k)}"/>' for k in kids]
            body.append("    </outline>")
        else:
            body.append(f'    <outline text="{_xml(top)}"/>')
    return "\n".join(
        ['<?xml version="1.0" encoding="UTF-8"?>', '<opml version="2.0">', "  <head>", f"    <title>{_xml(title)}</title>",
         "  </head>", "  <body>", *body, "  </body>", "</opml>"]
    )  # fmt: skip


def _outline(rng, table):
    title, full = rng.choice(table)
    tops = sorted(rng.sample(list(full), rng.randint(2, 3)), key=list(full).index)
    tree = [(t, full[t][: rng.randint(0, len(full[t]))]) for t in tops]
    text = "\n".join(line for t, kids in tree for line in [t, *("  " + k for k in kids)])
    return title, tree, text


def opml_en(rng):
    title, tree, text = _outline(rng, EN_OUTLINES)
    return {
        "instruction": f"Convert this outline to OPML 2.0 with the title “{title}”: one outline element per line, "
        "indented lines as children, two spaces of indentation per level.",
        "input": text,
        "output": opml(title, tree),
    }


def opml_zh(rng):
    title, tree, text = _outline(rng, ZH_OUTLINES)
    return {
        "instruction": f"把下面的提纲转换成 OPML 2.0，标题为“{title}”：每行一个 outline 元素，缩进的行是子元素，每级缩进两个空格。",
        "input": text,
        "output": opml(title, tree),
    }


# ----------------------------------------------------------------------------------------------- endonyms
ENDONYMS = {
    "Russian": ("俄语", "русский"), "Greek": ("希腊语", "ελληνικά"), "Hindi": ("印地语", "हिन्दी"),
    "Arabic": ("阿拉伯语", "العربية"), "Hebrew": ("希伯来语", "עברית"), "Korean": ("韩语", "한국어"),
    "Thai": ("泰语", "ไทย"), "Georgian": ("格鲁吉亚语", "ქართული"), "Armenian": ("亚美尼亚语", "հայերեն"),
    "Ukrainian": ("乌克兰语", "українська"), "Persian": ("波斯语", "فارسی"), "Bengali": ("孟加拉语", "বাংলা"),
    "Tamil": ("泰米尔语", "தமிழ்"), "Amharic": ("阿姆哈拉语", "አማርኛ"), "Khmer": ("高棉语", "ខ្មែរ"),
    "Nepali": ("尼泊尔语", "नेपाली"), "Lao": ("老挝语", "ລາວ"), "Sinhala": ("僧伽罗语", "සිංහල"),
}  # fmt: skip
"""English name: (Chinese name, the language's own name in its own script)."""


def endonyms_en(rng):
    names = rng.sample(list(ENDONYMS), rng.randint(3, 4))
    return {
        "instruction": "Write the names of these languages in the languages themselves, in their own scripts, "
        f"comma separated and in the same order: {', '.join(names)}.",
        "input": "",
        "output": ", ".join(ENDONYMS[n][1] for n in names),
    }


def endonyms_zh(rng):
    names = rng.sample(list(ENDONYMS), rng.randint(3, 4))
    return {
        "instruction": f"用各语言自己的文字写出下列语言的本族语名称，按原顺序用“, ”隔开：{'、'.join(ENDONYMS[n][0] for n in names)}。",
        "input": "",
        "output": ", ".join(ENDONYMS[n][1] for n in names),
    }


# ---------------------------------------------------------------------------------------- middle_ellipsis
DIRS = ["Users", "jmorgan", "Documents", "Projects", "2023", "clients", "harbour-works", "drafts", "final", "shared"]
FILES_LONG = ["quarterly_report_v3.docx", "site_survey_notes.pdf", "budget-forecast.xlsx", "meeting_minutes_0412.txt",
              "design_review.pptx", "invoice_template.odt"]  # fmt: skip
ZH_TITLES = ["关于进一步加强城市社区垃圾分类管理工作的实施意见", "二〇二三年度滨江区图书馆读者满意度调查分析报告",
             "全国中小学生暑期阅读推广活动优秀案例汇编", "老旧小区加装电梯工作常见问题解答与办理流程说明",
             "县域乡村旅游发展现状调查与对策建议研究报告", "春季森林防火宣传教育工作方案及任务分工安排"]  # fmt: skip


def ellipsize(text: str, a: int, b: int) -> str:
    """The first ``a`` and last ``b`` characters of ``text`` joined by ``…``."""
    return text[:a] + "…" + text[-b:]


def ellipsis_en(rng):
    path = "C:\\" + "\\".join(rng.sample(DIRS, rng.randint(4, 6))) + "\\" + rng.choice(FILES_LONG)
    a, b = rng.randint(8, 14), rng.randint(12, 20)
    return {
        "instruction": f"Shorten this file path for a narrow menu: keep its first {a} and last {b} characters and put "
        '"…" in between.',
        "input": path,
        "output": ellipsize(path, a, b),
    }


def ellipsis_zh(rng):
    title = rng.choice(ZH_TITLES)
    a, b = rng.randint(4, 9), rng.randint(3, 8)
    return {
        "instruction": f"把下面的标题缩短：保留前{a}个字和后{b}个字，中间用“…”连接。",
        "input": title,
        "output": ellipsize(title, a, b),
    }


# --------------------------------------------------------------------------------------------- column_cut
EN_LINES = ["2023-04-05 12:31:07 INFO server started", "2023-04-05 12:31:09 WARN disk at 81%",
            "2023-04-05 12:32:44 INFO user signed in", "2023-04-05 12:35:02 ERROR payment timed out",
            "2023-04-05 12:40:18 INFO backup finished", "2023-04-05 12:41:00 DEBUG cache cleared",
            "Alice Jones  Sales     London", "Bram Ortiz   Support   Leeds", "Chen Wei     Finance   York",
            "Dora Patel   Legal     Bath"]  # fmt: skip
ZH_LINES = ["春眠不觉晓，处处闻啼鸟。", "白日依山尽，黄河入海流。", "床前明月光，疑是地上霜。", "千山鸟飞绝，万径人踪灭。",
            "好雨知时节，当春乃发生。", "独在异乡为异客，每逢佳节倍思亲。", "慈母手中线，游子身上衣。",
            "锄禾日当午，汗滴禾下土。", "两个黄鹂鸣翠柳，一行白鹭上青天。", "小荷才露尖尖角，早有蜻蜓立上头。"]  # fmt: skip


def cut_en(rng):
    lines = rng.sample(EN_LINES, rng.randint(3, 5))
    n = rng.randint(8, 24)
    return {
        "instruction": f"Show what `cut -c1-{n}` prints for these lines.",
        "input": "\n".join(lines),
        "output": "\n".join(ln[:n] for ln in lines),
    }


def cut_zh(rng):
    lines = rng.sample(ZH_LINES, rng.randint(3, 5))
    n = rng.randint(2, 6)
    return {
        "instruction": f"只保留下面每一行的前{n}个字（标点也算一个字），其余删掉。",
        "input": "\n".join(lines),
        "output": "\n".join(ln[:n] for ln in lines),
    }


GOOD = [
    ("h14g_alphabet_en", "alphabet_sequence", "en", alphabet_en),
    ("h14g_code_points_en", "code_points", "en", code_points_en),
    ("h14g_form_en", "form_validation", "en", form_en),
    ("h14g_shortcuts_en", "shortcut_sequence", "en", shortcuts_en),
    ("h14g_braille_en", "braille_keys", "en", braille_en),
    ("h14g_commits_en", "commit_log", "en", commits_en),
    ("h14g_image_en", "markdown_image", "en", image_en),
    ("h14g_poll_en", "poll_post", "en", poll_en),
    ("h14g_vcard_en", "vcard", "en", vcard_en),
    ("h14g_opml_en", "opml_outline", "en", opml_en),
    ("h14g_endonyms_en", "endonyms", "en", endonyms_en),
    ("h14g_ellipsis_en", "middle_ellipsis", "en", ellipsis_en),
    ("h14g_cut_en", "column_cut", "en", cut_en),
    ("h14g_alphabet_zh", "alphabet_sequence", "zh", alphabet_zh),
    ("h14g_code_points_zh", "code_points", "zh", code_points_zh),
    ("h14g_form_zh", "form_validation", "zh", form_zh),
    ("h14g_shortcuts_zh", "shortcut_sequence", "zh", shortcuts_zh),
    ("h14g_braille_zh", "braille_keys", "zh", braille_zh),
    ("h14g_commits_zh", "commit_log", "zh", commits_zh),
    ("h14g_image_zh", "markdown_image", "zh", image_zh),
    ("h14g_poll_zh", "poll_post", "zh", poll_zh),
    ("h14g_vcard_zh", "vcard", "zh", vcard_zh),
    ("h14g_opml_zh", "opml_outline", "zh", opml_zh),
    ("h14g_endonyms_zh", "endonyms", "zh", endonyms_zh),
    ("h14g_ellipsis_zh", "middle_ellipsis", "zh", ellipsis_zh),
    ("h14g_cut_zh", "column_cut", "zh", cut_zh),
]
"""(generator name, kind, language, fn(rng) -> instruction/input/output)."""


def build_good() -> list[dict[str, str]]:
    """The 780 good rows of heldout14 (390 per language, 30 per kind), seeded and distinct."""
    return tu.build_good_rows(GOOD, PER_LANG, SEED, "heldout14")
