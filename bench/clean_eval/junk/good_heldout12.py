"""Authored good look-alikes for heldout12 (stdlib only): records the clean stage must keep.

Written for this file (no corpus text; shops, people and phone numbers invented, phones US 555-01xx). Each
record answers its prompt exactly and looks like one of the junk kinds: HTML entities, emoji-only answers,
template syntax, adverts, a sentence broken off with an ellipsis, IME candidate lists, MIME encoded words,
protobuf text, flash-card cloze markup, a support queue message, arrow notation, tone marks and accents,
Latin. Thirteen kinds, none used by heldout2-11; every computed answer is computed here and checked again
by ``tests/bench/clean_eval/junk/test_good_heldout12.py``. Generator names start with ``h12g_``.
"""

from __future__ import annotations

import base64
import html
import random
from collections.abc import Callable

import textutil

Row = dict[str, str]
GoodGen = Callable[[random.Random], Row]
GOOD_PER_LANG = 390


def _row(instruction: str, input_: str, output: str) -> Row:
    return {"instruction": instruction, "input": input_, "output": output}


# ------------------------------------------------------------------------------------------ html_escape

EN_HTML_PIECES = (
    "<b>Tom & Jerry</b>",
    "5 < 7 and 9 > 3",
    'She said "hi"',
    "it's <i>fine</i>",
    "a && b || c",
    "<script>alert(1)</script>",
    "Fish & Chips",
    "<p>Price: 3 < 4</p>",
    "R&D <dept>",
    '<a href="/home">Home</a>',
    "x > y & y > z",
    "'single' and \"double\"",
)
ZH_HTML_PIECES = (
    "<b>你好</b>",
    "价格 < 100元 & 包邮",
    '他说"好"',
    '<a href="/首页">首页</a>',
    "3 > 2 且 1 < 2",
    "张三 & 李四",
    "<p>注意：a<b</p>",
    "<em>重要</em>通知",
    "'单引号'与\"双引号\"",
    "研发&测试 <部门>",
)
EN_HTML_ASK = (
    "Escape this text so it can be placed inside HTML safely.",
    "HTML-escape the following string (quotes included).",
    "Convert the special characters in this text to HTML entities.",
)
ZH_HTML_ASK = (
    "把下面这段文字做HTML转义（引号也要转义）。",
    "将下列字符串中的特殊字符转换成HTML实体。",
    "请对这段文本进行HTML转义，使它能安全放进网页。",
)


def _html_escape(rng: random.Random, pieces: tuple[str, ...], asks: tuple[str, ...]) -> Row:
    text = " ".join(rng.sample(pieces, rng.randint(1, 3)))
    return _row(rng.choice(asks), text, html.escape(text, quote=True))


def en_html_escape(rng: random.Random) -> Row:
    """A string escaped for HTML, as asked."""
    return _html_escape(rng, EN_HTML_PIECES, EN_HTML_ASK)


def zh_html_escape(rng: random.Random) -> Row:
    """A Chinese string escaped for HTML, as asked."""
    return _html_escape(rng, ZH_HTML_PIECES, ZH_HTML_ASK)


# ------------------------------------------------------------------------------------------ emoji_story

EVENTS = (
    ("wake up", "起床", "⏰"),
    ("drink coffee", "喝咖啡", "☕"),
    ("take the bus", "坐公交", "🚌"),
    ("it rains", "下雨", "🌧️"),
    ("go to work", "上班", "💼"),
    ("eat pizza", "吃披萨", "🍕"),
    ("play football", "踢足球", "⚽"),
    ("read a book", "看书", "📖"),
    ("go to sleep", "睡觉", "😴"),
    ("take a photo", "拍照", "📷"),
    ("go swimming", "游泳", "🏊"),
    ("bake a cake", "烤蛋糕", "🎂"),
    ("plant a tree", "种树", "🌳"),
    ("go fishing", "钓鱼", "🎣"),
    ("ride a bike", "骑自行车", "🚲"),
    ("fly abroad", "坐飞机出国", "✈️"),
    ("watch a film", "看电影", "🎬"),
    ("walk the dog", "遛狗", "🐕"),
    ("it snows", "下雪", "❄️"),
    ("fall in love", "恋爱", "❤️"),
)


def _emoji_story(rng: random.Random, lang: str) -> Row:
    events = rng.sample(EVENTS, rng.randint(4, 7))
    arrow = rng.random() < 0.5
    out = (" → " if arrow else " ").join(e[2] for e in events)
    if lang == "en":
        names = ", ".join(e[0] for e in events)
        sep = "with arrows between them" if arrow else "separated by spaces"
        ask = f"Tell this little story using only emoji, one emoji per event, {sep}, no words: {names}."
    else:
        names = "、".join(e[1] for e in events)
        sep = "用箭头连接" if arrow else "用空格隔开"
        ask = f"只用表情符号讲这个小故事，每件事一个表情，{sep}，不要文字：{names}。"
    return _row(ask, "", out)


def en_emoji_story(rng: random.Random) -> Row:
    """Events told with one emoji each, as asked."""
    return _emoji_story(rng, "en")


def zh_emoji_story(rng: random.Random) -> Row:
    """Events (asked in Chinese) told with one emoji each."""
    return _emoji_story(rng, "zh")


# --------------------------------------------------------------------------------------- jinja_template

JINJA_LISTS = (
    ("products", "product", ("name", "price", "stock")),
    ("users", "user", ("username", "email", "joined")),
    ("books", "book", ("title", "author", "year")),
    ("orders", "order", ("id", "total", "status")),
    ("cities", "city", ("name", "country", "population")),
    ("tasks", "task", ("title", "due", "owner")),
)


def jinja_template(var: str, item: str, fields: list[str], table: bool) -> str:
    """A Jinja2 loop rendering ``fields`` of every ``item`` in ``var`` as an HTML list or table."""
    if not table:
        cells = " – ".join("{{ " + f"{item}.{f}" + " }}" for f in fields)
        return f"<ul>\n{{% for {item} in {var} %}}\n  <li>{cells}</li>\n{{% endfor %}}\n</ul>"
    head = "".join(f"<th>{f.capitalize()}</th>" for f in fields)
    cells = "".join("<td>{{ " + f"{item}.{f}" + " }}</td>" for f in fields)
    return f"<table>\n  <tr>{head}</tr>\n{{% for {item} in {var} %}}\n  <tr>{cells}</tr>\n{{% endfor %}}\n</table>"


def _jinja(rng: random.Random, lang: str) -> Row:
    var, item, all_fields = rng.choice(JINJA_LISTS)
    fields = rng.sample(all_fields, 2)
    table = rng.random() < 0.5
    if lang == "en":
        what = "an HTML table with a header row" if table else "an HTML bullet list"
        ask = (
            f"Write a Jinja2 template that renders the list `{var}` as {what}, showing each {item}'s "
            f"`{fields[0]}` and `{fields[1]}` fields. Loop variable: `{item}`."
        )
    else:
        what = "带表头的HTML表格" if table else "HTML无序列表"
        ask = f"写一个Jinja2模板，把列表 `{var}` 渲染成{what}，显示每个 {item} 的 `{fields[0]}` 和 `{fields[1]}` 字段，循环变量用 `{item}`。"
    return _row(ask, "", jinja_template(var, item, fields, table))


def en_jinja(rng: random.Random) -> Row:
    """A Jinja2 loop template, as asked."""
    return _jinja(rng, "en")


def zh_jinja(rng: random.Random) -> Row:
    """A Jinja2 loop template asked for in Chinese."""
    return _jinja(rng, "zh")


# -------------------------------------------------------------------------------------- class_ad_copy

EN_SHOPS = (
    ("Front Row Tickets", "a licensed ticket agency", "Official seats for every big show"),
    ("Blue Horizon Travel", "a travel agency", "Your next island holiday starts here"),
    ("Bright Smile Dental", "a dental clinic", "Gentle check-ups for the whole family"),
    ("Clip & Curl", "a hair salon", "Fresh cuts without the wait"),
    ("Sunrise Bakery", "a bakery", "Warm bread every morning from six"),
    ("Spoke Doctors", "a bike repair shop", "Flat tyre fixed while you sip a coffee"),
    ("Paws Inn", "a dog hotel", "A cosy room for your dog while you travel"),
    ("Green Thumb Nursery", "a plant nursery", "Everything your balcony garden needs"),
)
ZH_SHOPS = (
    ("前排票务", "正规票务代理", "热门演出官方票源"),
    ("蓝海旅行社", "旅行社", "海岛假期从这里出发"),
    ("亮齿口腔", "口腔诊所", "全家人的温和检查"),
    ("剪艺沙龙", "理发店", "不用排队的清爽发型"),
    ("晨光面包坊", "面包店", "每天六点新鲜出炉"),
    ("轮子医生", "自行车维修店", "喝杯咖啡的工夫补好胎"),
    ("萌宠客栈", "宠物寄养店", "出门旅行，狗狗也有温暖小窝"),
    ("绿拇指花园", "园艺店", "阳台花园所需一应俱全"),
)


def en_class_ad(rng: random.Random) -> Row:
    """A two-sentence advert written for a marketing class, with the offer and phone given."""
    name, desc, slogan = rng.choice(EN_SHOPS)
    pct, phone = rng.choice((10, 15, 20, 25, 30)), f"555-01{rng.randint(0, 99):02d}"
    ask = (
        f"For my marketing class, write a two-sentence advert for {name}, {desc}, offering {pct}% off this month. "
        f"End with the phone number {phone}."
    )
    return _row(ask, "", f"{name}: {slogan}! Get {pct}% off this month – call {phone} today.")


def zh_class_ad(rng: random.Random) -> Row:
    """A two-sentence advert (Chinese) written for a marketing class."""
    name, desc, slogan = rng.choice(ZH_SHOPS)
    off, phone = rng.choice((7, 8, 85, 9, 95)), f"555-01{rng.randint(0, 99):02d}"
    off_text = f"{off / 10:g}折" if off > 10 else f"{off}折"
    ask = f"市场营销课作业：为{name}（{desc}）写一则两句话的广告，本月{off_text}优惠，结尾附上电话{phone}。"
    return _row(ask, "", f"{name}，{slogan}！本月全场{off_text}，欢迎致电{phone}。")


# ---------------------------------------------------------------------------------------- cliffhanger

EN_HEROES = ("Mara", "Mr Okoye", "Detective Lund", "Ivy", "Old Tomas", "Priya", "Captain Reyes")
EN_PLACES = ("lighthouse", "attic", "abandoned station", "greenhouse", "library vault", "night ferry")
EN_SIGHTS = (
    "a wet footprint",
    "a ticking clock",
    "a candle still burning",
    "a letter with no name on it",
    "the door already open",
    "a chair still warm",
)
ZH_HEROES = ("林晓", "老周", "侦探沈默", "小雨", "陈船长", "苏姐")
ZH_PLACES = ("灯塔", "阁楼", "废弃车站", "温室", "图书馆地下室", "夜航渡轮")
ZH_SIGHTS = (
    "一个湿脚印",
    "一只滴答作响的钟",
    "一支还在燃烧的蜡烛",
    "一封没有署名的信",
    "一扇早已打开的门",
    "一把还带着余温的椅子",
)


def en_cliffhanger(rng: random.Random) -> Row:
    """A one-sentence teaser that breaks off with an ellipsis, as asked."""
    who, where, sight = rng.choice(EN_HEROES), rng.choice(EN_PLACES), rng.choice(EN_SIGHTS)
    ask = (
        f"Write a one-sentence teaser for a mystery story about {who} in the {where}. "
        "It must break off mid-sentence with an ellipsis."
    )
    return _row(ask, "", f"When {who} stepped into the {where} and noticed {sight}, a voice behind them whispered…")


def zh_cliffhanger(rng: random.Random) -> Row:
    """A one-sentence Chinese teaser that breaks off with an ellipsis, as asked."""
    who, where, sight = rng.choice(ZH_HEROES), rng.choice(ZH_PLACES), rng.choice(ZH_SIGHTS)
    ask = f"为一个悬疑故事写一句预告，主角是{who}，地点在{where}，句子要在中途用省略号断开。"
    return _row(ask, "", f"{who}走进{where}，看见{sight}，正要转身离开时……")


# ------------------------------------------------------------------------------------- candidate_list

EN_PREFIX_WORDS = {
    "con": ("contact", "concert", "contest", "control", "convert", "console"),
    "pre": ("predict", "present", "prepare", "prefix", "preview", "preface"),
    "tra": ("travel", "track", "trade", "train", "transit", "tractor"),
    "mar": ("market", "marble", "margin", "marine", "marker", "marvel"),
}
EN_FILLERS = ("apple", "window", "garden", "silver", "bottle", "river", "pencil", "ladder", "cotton", "honey")
ZH_IME = {
    "ni": "你尼泥妮拟逆",
    "hao": "好号毫豪耗浩",
    "shu": "书数树属输叔",
    "ma": "妈马码麻骂玛",
    "li": "里理力利李立",
    "xie": "写些谢鞋协斜",
}


def en_candidate_list(rng: random.Random) -> Row:
    """The words of a given list that start with a prefix, numbered in the given order."""
    prefix = rng.choice(sorted(EN_PREFIX_WORDS))
    hits = rng.sample(EN_PREFIX_WORDS[prefix], rng.randint(2, 4))
    others = [w for p, ws in EN_PREFIX_WORDS.items() if p != prefix for w in ws] + list(EN_FILLERS)
    words = hits + rng.sample(others, rng.randint(4, 7))
    rng.shuffle(words)
    ask = f"From the word list below, list the words that start with '{prefix}', numbered, in the order they appear."
    out = "\n".join(f"{i + 1}. {w}" for i, w in enumerate(w for w in words if w.startswith(prefix)))
    return _row(ask, ", ".join(words), out)


def zh_candidate_list(rng: random.Random) -> Row:
    """The candidates of one pinyin from a given IME table, numbered as asked."""
    sylls = rng.sample(sorted(ZH_IME), 3)
    entries = [(s, c) for s in sylls for c in rng.sample(ZH_IME[s], rng.randint(2, 4))]
    rng.shuffle(entries)
    target = sylls[0]
    ask = f"下面是输入法词库的一部分，按出现顺序列出拼音为“{target}”的候选字，格式为“1.字 2.字 …”。"
    out = " ".join(f"{i + 1}.{c}" for i, c in enumerate(c for s, c in entries if s == target))
    return _row(ask, "\n".join(f"{s}：{c}" for s, c in entries), out)


# --------------------------------------------------------------------------------------- mime_header

EN_SUBJECTS = (
    "Café opening – Friday",
    "Résumé for Zoë",
    "Crème brûlée recipe",
    "Müller & Søn invoice",
    "Déjà vu meeting notes",
    "Piñata party on Sunday",
    "Señor Ruiz arrives",
    "Naïve Bayes slides",
    "Smörgåsbord at noon",
    "Über-sale ends today",
)
ZH_SUBJECTS = (
    "会议通知",
    "本周五团建安排",
    "发票已开具",
    "请查收简历",
    "订单已发货",
    "年会节目单",
    "放假通知",
    "报销流程更新",
    "新员工培训",
    "季度报告初稿",
)


def encoded_word(text: str, enc: str) -> str:
    """``text`` as one RFC 2047 encoded word in UTF-8, "B" (base64) or "Q" (quoted-printable-like)."""
    raw = text.encode("utf-8")
    if enc == "B":
        return "=?UTF-8?B?" + base64.b64encode(raw).decode("ascii") + "?="
    body = "".join(
        "_" if b == 0x20 else chr(b) if 0x21 <= b <= 0x7E and chr(b) not in "=?_" else f"={b:02X}" for b in raw
    )
    return "=?UTF-8?Q?" + body + "?="


def _mime(rng: random.Random, subjects: tuple[str, ...], lang: str) -> Row:
    subject, enc = rng.choice(subjects), rng.choice("BQ")
    name = "base64 (B)" if enc == "B" else "Q"
    if lang == "en":
        ask = rng.choice(
            (
                f"Encode this e-mail subject as a single RFC 2047 encoded word, charset UTF-8, {name} encoding.",
                f"Write the Subject header value for this text as an RFC 2047 encoded word (UTF-8, {name} encoding).",
            )
        )
    else:
        ask = rng.choice(
            (
                f"把这个邮件主题编码成一个RFC 2047编码字，字符集UTF-8，使用{name}编码。",
                f"请写出这段文字作为邮件Subject头时的RFC 2047编码字（UTF-8，{name}编码）。",
            )
        )
    return _row(ask, subject, encoded_word(subject, enc))


def en_mime(rng: random.Random) -> Row:
    """An accented subject line as an RFC 2047 encoded word."""
    return _mime(rng, EN_SUBJECTS, "en")


def zh_mime(rng: random.Random) -> Row:
    """A Chinese subject line as an RFC 2047 encoded word."""
    return _mime(rng, ZH_SUBJECTS, "zh")


# ----------------------------------------------------------------------------------------- textproto

EN_PEOPLE = ("Ada Park", "Leo Brandt", "Nia Osei", "Tom Varga", "Rosa Lind", "Omar Haddad", "June Ito")
ZH_PEOPLE = ("王小明", "李静", "张伟", "陈晨", "赵雪", "刘洋", "孙悦")
TAGS = ("admin", "beta", "staff", "guest", "vip", "editor", "tester")


def textproto(name: str, ident: int, active: bool, tags: list[str]) -> str:
    """A record in protobuf text format, one field per line, the repeated field once per value."""
    lines = [f'name: "{name}"', f"id: {ident}", f"active: {'true' if active else 'false'}"]
    return "\n".join(lines + [f'tags: "{t}"' for t in tags])


def _textproto(rng: random.Random, people: tuple[str, ...], lang: str) -> Row:
    name, ident, active = rng.choice(people), rng.randint(100, 9999), rng.random() < 0.5
    tags = rng.sample(TAGS, rng.randint(1, 3))
    flag = "true" if active else "false"
    if lang == "en":
        ask = (
            "Write this record in protocol buffer text format, one field per line, repeating `tags` once per value: "
            f"name = {name}, id = {ident}, active = {flag}, tags = [{', '.join(tags)}]."
        )
    else:
        ask = f"把这条记录写成protobuf文本格式，每行一个字段，tags每个值单独一行：name = {name}，id = {ident}，active = {flag}，tags = [{', '.join(tags)}]。"
    return _row(ask, "", textproto(name, ident, active, tags))


def en_textproto(rng: random.Random) -> Row:
    """A record in protobuf text format, as asked."""
    return _textproto(rng, EN_PEOPLE, "en")


def zh_textproto(rng: random.Random) -> Row:
    """A record with a Chinese name in protobuf text format, as asked."""
    return _textproto(rng, ZH_PEOPLE, "zh")


# ----------------------------------------------------------------------------------------- anki_card

EN_FACTS = (
    ("Water boils at 100 °C at sea level.", "100 °C"),
    ("The Pacific is the largest ocean on Earth.", "Pacific"),
    ("Canberra is the capital of Australia.", "Canberra"),
    ("Photosynthesis takes place in the chloroplasts.", "chloroplasts"),
    ("The human heart has four chambers.", "four"),
    ("Insects have six legs.", "six"),
    ("The Danube flows into the Black Sea.", "Black Sea"),
    ("Oxygen has the atomic number 8.", "8"),
    ("Shakespeare wrote Hamlet.", "Hamlet"),
    ("The skin is the largest organ of the human body.", "skin"),
    ("Light from the Sun takes about eight minutes to reach Earth.", "eight minutes"),
    ("Mercury is the planet closest to the Sun.", "Mercury"),
)
ZH_FACTS = (
    ("水在标准大气压下100摄氏度沸腾。", "100摄氏度"),
    ("太平洋是地球上最大的海洋。", "太平洋"),
    ("堪培拉是澳大利亚的首都。", "堪培拉"),
    ("光合作用在叶绿体中进行。", "叶绿体"),
    ("人的心脏有四个腔室。", "四个"),
    ("昆虫有六条腿。", "六条"),
    ("长江是中国最长的河流。", "长江"),
    ("《红楼梦》的作者是曹雪芹。", "曹雪芹"),
    ("氧的原子序数是8。", "8"),
    ("人体最大的器官是皮肤。", "皮肤"),
    ("水星是离太阳最近的行星。", "水星"),
    ("多瑙河注入黑海。", "黑海"),
)


def cloze(fact: str, hide: str) -> str:
    """``fact`` with its first ``hide`` as an Anki cloze deletion ``{{c1::…}}``."""
    return fact.replace(hide, "{{c1::" + hide + "}}", 1)


def _anki(rng: random.Random, facts: tuple[tuple[str, str], ...], lang: str) -> Row:
    picked = rng.sample(facts, rng.randint(2, 4))
    if lang == "en":
        ask = "Turn each fact into an Anki cloze card, one per line, hiding the part after 'hide:' as c1."
        inp = "\n".join(f"{f} | hide: {h}" for f, h in picked)
    else:
        ask = "把每条知识点做成Anki填空卡，每行一张，把“挖空：”后面的内容用c1挖空。"
        inp = "\n".join(f"{f} | 挖空：{h}" for f, h in picked)
    return _row(ask, inp, "\n".join(cloze(f, h) for f, h in picked))


def en_anki(rng: random.Random) -> Row:
    """Facts as Anki cloze cards, as asked."""
    return _anki(rng, EN_FACTS, "en")


def zh_anki(rng: random.Random) -> Row:
    """Chinese facts as Anki cloze cards, as asked."""
    return _anki(rng, ZH_FACTS, "zh")


# -------------------------------------------------------------------------------------- queue_message

EN_QUEUE_COPY = (
    "Thanks for your patience! You're number {n} in the queue, and the expected wait is about {m} minutes.",
    "All our agents are helping other customers right now. You are number {n} in line – about {m} minutes to go.",
    "We'll be with you shortly. Your place in the queue: {n}. Estimated wait: {m} minutes.",
)
ZH_QUEUE_COPY = (
    "感谢您的耐心等待！您当前排在第{n}位，预计等待约{m}分钟。",
    "客服正在为其他顾客服务，您排在第{n}位，大约还需{m}分钟。",
    "马上为您接入人工客服，当前排队位置：第{n}位，预计等待{m}分钟。",
)


def en_queue_message(rng: random.Random) -> Row:
    """The support chat's queue message with the position and wait given."""
    n, m = rng.randint(2, 20), rng.randint(2, 30)
    ask = (
        f"Write the automatic message our support chat shows when a customer is number {n} in the queue and the "
        f"expected wait is about {m} minutes. Keep it friendly and to one or two sentences."
    )
    return _row(ask, "", rng.choice(EN_QUEUE_COPY).format(n=n, m=m))


def zh_queue_message(rng: random.Random) -> Row:
    """The support chat's queue message (Chinese) with the position and wait given."""
    n, m = rng.randint(2, 20), rng.randint(2, 30)
    ask = f"写一条在线客服的自动排队提示：顾客排在第{n}位，预计等待约{m}分钟，语气友好，一两句话即可。"
    return _row(ask, "", rng.choice(ZH_QUEUE_COPY).format(n=n, m=m))


# ------------------------------------------------------------------------------------- combo_notation

EN_DIRS = {
    "up": "↑",
    "down": "↓",
    "back": "←",
    "forward": "→",
    "down-forward": "↘",
    "down-back": "↙",
    "up-forward": "↗",
    "up-back": "↖",
}
ZH_DIRS = {"上": "↑", "下": "↓", "后": "←", "前": "→", "前下": "↘", "后下": "↙", "前上": "↗", "后上": "↖"}
EN_BUTTONS = {"punch": "P", "kick": "K", "light punch": "LP", "heavy kick": "HK"}
ZH_BUTTONS = {"拳": "P", "脚": "K", "轻拳": "LP", "重脚": "HK"}


def _combo(rng: random.Random, dirs: dict[str, str], buttons: dict[str, str], lang: str) -> Row:
    moves = [rng.choice(sorted(dirs)) for _ in range(rng.randint(2, 5))]
    press = rng.sample(sorted(buttons), rng.randint(1, 2))
    out = " ".join(dirs[d] for d in moves) + " + " + "+".join(buttons[b] for b in press)
    if lang == "en":
        legend = ", ".join(f"{b} = {buttons[b]}" for b in press)
        ask = f"Write this fighting-game input in arrow notation ({legend}): {', '.join(moves + press)}."
    else:
        legend = "，".join(f"{b}记作{buttons[b]}" for b in press)
        ask = f"用箭头符号写出这个格斗游戏的出招指令（{legend}）：{'、'.join(moves + press)}。"
    return _row(ask, "", out)


def en_combo(rng: random.Random) -> Row:
    """A fighting-game input in arrow notation, as asked."""
    return _combo(rng, EN_DIRS, EN_BUTTONS, "en")


def zh_combo(rng: random.Random) -> Row:
    """A fighting-game input (asked in Chinese) in arrow notation."""
    return _combo(rng, ZH_DIRS, ZH_BUTTONS, "zh")


# --------------------------------------------------------------------------------- diacritics_restore

EN_ACCENTS = {
    "cafe": "café",
    "naive": "naïve",
    "resume": "résumé",
    "fiance": "fiancé",
    "facade": "façade",
    "cliche": "cliché",
    "jalapeno": "jalapeño",
    "creme brulee": "crème brûlée",
    "deja vu": "déjà vu",
    "doppelganger": "doppelgänger",
    "pinata": "piñata",
    "touche": "touché",
    "entree": "entrée",
    "protege": "protégé",
    "soiree": "soirée",
}
ZH_PINYIN = (
    "ni3 hao3",
    "xie4 xie5",
    "zai4 jian4",
    "peng2 you3",
    "lü3 xing2",
    "nü3 hai2",
    "xue2 sheng1",
    "lao3 shi1",
    "dian4 nao3",
    "huo3 che1 zhan4",
    "shui3 guo3",
    "tian1 qi4",
    "ka1 fei1",
    "yin1 yue4",
    "xiong2 mao1",
    "qiu1 tian1",
    "kuai4 le4",
    "gui4 zi",
    "liu2 lan3",
    "dui4 bu4 qi3",
)
TONES = {"a": "āáǎà", "e": "ēéěè", "i": "īíǐì", "o": "ōóǒò", "u": "ūúǔù", "ü": "ǖǘǚǜ"}


def tone_mark(syllable: str) -> str:
    """Numbered pinyin (``hao3``, ``lü3``; 5 or no digit: neutral) with its tone mark on the right vowel."""
    if not syllable[-1].isdigit():
        return syllable
    body, tone = syllable[:-1], int(syllable[-1])
    if tone == 5:
        return body
    if "a" in body:
        pos = body.index("a")
    elif "e" in body:
        pos = body.index("e")
    elif "ou" in body:
        pos = body.index("o")
    else:
        pos = max(i for i, c in enumerate(body) if c in "iouü")
    return body[:pos] + TONES[body[pos]][tone - 1] + body[pos + 1 :]


def en_diacritics(rng: random.Random) -> Row:
    """Loanwords with their accents restored, as asked."""
    words = rng.sample(sorted(EN_ACCENTS), rng.randint(2, 4))
    ask = (
        rng.choice(("Add the missing accents to these loanwords:", "Write these words with their proper accents:"))
        + " "
        + ", ".join(words)
        + "."
    )
    return _row(ask, "", ", ".join(EN_ACCENTS[w] for w in words))


def zh_diacritics(rng: random.Random) -> Row:
    """Numbered pinyin rewritten with tone marks, as asked."""
    phrases = rng.sample(ZH_PINYIN, rng.randint(1, 3))
    ask = rng.choice(("把下面的数字标调拼音改成带声调符号的拼音。", "请把这些拼音里的数字声调换成声调符号。"))
    out = "，".join(" ".join(tone_mark(s) for s in p.split()) for p in phrases)
    return _row(ask, "，".join(phrases), out)


# ---------------------------------------------------------------------------------------- latin_motto

MOTTOS = (
    ("Seize the day", "抓住今天", "Carpe diem"),
    ("I came, I saw, I conquered", "我来，我见，我征服", "Veni, vidi, vici"),
    ("Through hardships to the stars", "循此苦旅，以达天际", "Per aspera ad astra"),
    ("Knowledge is power", "知识就是力量", "Scientia potentia est"),
    ("Fortune favours the bold", "命运眷顾勇者", "Fortuna audaces iuvat"),
    ("Art is long, life is short", "艺术长久，生命短暂", "Ars longa, vita brevis"),
    ("Time flies", "光阴飞逝", "Tempus fugit"),
    ("Remember that you will die", "记住你终有一死", "Memento mori"),
    ("Out of many, one", "合众为一", "E pluribus unum"),
    ("Let the buyer beware", "买者自慎", "Caveat emptor"),
    ("In wine there is truth", "酒中有真言", "In vino veritas"),
    ("Love conquers all", "爱征服一切", "Omnia vincit amor"),
    ("While I breathe, I hope", "只要一息尚存，就有希望", "Dum spiro, spero"),
)
EN_MOTTO_ASK = (
    "Translate the motto '{m}' into Latin. Give only the Latin.",
    "What is the classic Latin phrase for '{m}'? Reply with the phrase alone.",
    "I want '{m}' engraved on a sundial in Latin. What should it say? Just the words, please.",
)
ZH_MOTTO_ASK = (
    "把格言“{m}”译成拉丁文，只写拉丁文。",
    "“{m}”用拉丁语怎么说？只给出那句拉丁文。",
    "想在日晷上刻一句拉丁文，意思是“{m}”，应该刻什么？只写拉丁文。",
)


def en_latin_motto(rng: random.Random) -> Row:
    """A well-known motto in Latin, asked in English."""
    en, _zh, la = rng.choice(MOTTOS)
    return _row(rng.choice(EN_MOTTO_ASK).format(m=en), "", la + ".")


def zh_latin_motto(rng: random.Random) -> Row:
    """A well-known motto in Latin, asked in Chinese."""
    _en, zh, la = rng.choice(MOTTOS)
    return _row(rng.choice(ZH_MOTTO_ASK).format(m=zh), "", la)


# ------------------------------------------------------------------------------------------- registry

GOOD: list[tuple[str, str, str, GoodGen]] = [
    ("h12g_en_html_escape", "html_escape", "en", en_html_escape),
    ("h12g_en_emoji_story", "emoji_story", "en", en_emoji_story),
    ("h12g_en_jinja", "jinja_template", "en", en_jinja),
    ("h12g_en_class_ad", "class_ad_copy", "en", en_class_ad),
    ("h12g_en_cliffhanger", "cliffhanger", "en", en_cliffhanger),
    ("h12g_en_candidate_list", "candidate_list", "en", en_candidate_list),
    ("h12g_en_mime", "mime_header", "en", en_mime),
    ("h12g_en_textproto", "textproto", "en", en_textproto),
    ("h12g_en_anki", "anki_card", "en", en_anki),
    ("h12g_en_queue_message", "queue_message", "en", en_queue_message),
    ("h12g_en_combo", "combo_notation", "en", en_combo),
    ("h12g_en_diacritics", "diacritics_restore", "en", en_diacritics),
    ("h12g_en_latin_motto", "latin_motto", "en", en_latin_motto),
    ("h12g_zh_html_escape", "html_escape", "zh", zh_html_escape),
    ("h12g_zh_emoji_story", "emoji_story", "zh", zh_emoji_story),
    ("h12g_zh_jinja", "jinja_template", "zh", zh_jinja),
    ("h12g_zh_class_ad", "class_ad_copy", "zh", zh_class_ad),
    ("h12g_zh_cliffhanger", "cliffhanger", "zh", zh_cliffhanger),
    ("h12g_zh_candidate_list", "candidate_list", "zh", zh_candidate_list),
    ("h12g_zh_mime", "mime_header", "zh", zh_mime),
    ("h12g_zh_textproto", "textproto", "zh", zh_textproto),
    ("h12g_zh_anki", "anki_card", "zh", zh_anki),
    ("h12g_zh_queue_message", "queue_message", "zh", zh_queue_message),
    ("h12g_zh_combo", "combo_notation", "zh", zh_combo),
    ("h12g_zh_diacritics", "diacritics_restore", "zh", zh_diacritics),
    ("h12g_zh_latin_motto", "latin_motto", "zh", zh_latin_motto),
]


def build_good() -> list[dict[str, str]]:
    """The 780 good rows (390 per language, 30 per kind and language), seeded and deterministic."""
    return textutil.build_good_rows(GOOD, GOOD_PER_LANG, "clean_eval-good-heldout12-v1", "heldout12")
