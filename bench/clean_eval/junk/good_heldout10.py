"""Good look-alikes of the tenth held-out part (heldout10): authored records the clean stage must keep.

Each record answers its prompt correctly and completely, but its answer looks like junk to a careless
filter: Morse code and kaomoji asked for, names blacked out with █ on request, a gettext .po entry, an
iCalendar event and a git merge conflict asked for, a countdown, a newsletter footer with an unsubscribe
link and a phone number, a requested "not professional advice" disclaimer, a giveaway post with hashtags,
keywords extracted from the input, steps put back in order (the input's lines again), and "thank you" in
Afrikaans, Zulu, Bulgarian, Uyghur and others.  Every computed answer is computed here and checked again
by tests/bench/clean_eval/junk/test_good_heldout10.py.  Thirteen kinds, none used by heldout2-9 (their
kind names were read from MANIFEST.json): morse_code, kaomoji, redaction, po_entry, ical_event,
merge_conflict, countdown, email_footer, disclaimer_asked, giveaway_post, keyword_extraction,
step_order, thank_you_languages.  No corpus text; all names, sites and phone numbers are invented
(555-01xx, example domains).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from textutil import build_good_rows

Rec = dict[str, str]
GoodGen = Callable[[random.Random], Rec]

GOOD_PER_LANG = 390


def _rec(instruction: str, output: str, inp: str = "") -> Rec:
    return {"instruction": instruction, "input": inp, "output": output}


# ----------------------------------------------------------------------------------------- morse_code

MORSE = dict(
    zip(
        "abcdefghijklmnopqrstuvwxyz0123456789",
        [
            ".-",
            "-...",
            "-.-.",
            "-..",
            ".",
            "..-.",
            "--.",
            "....",
            "..",
            ".---",
            "-.-",
            ".-..",
            "--",
            "-.",
            "---",
            ".--.",
            "--.-",
            ".-.",
            "...",
            "-",
            "..-",
            "...-",
            ".--",
            "-..-",
            "-.--",
            "--..",
            "-----",
            ".----",
            "..---",
            "...--",
            "....-",
            ".....",
            "-....",
            "--...",
            "---..",
            "----.",
        ],
        strict=True,
    )
)
MORSE_WORDS = [
    "sos",
    "hello",
    "help",
    "love",
    "radio",
    "ship",
    "north",
    "coffee",
    "tiger",
    "river",
    "code",
    "moon",
    "stop",
    "yes",
    "no",
    "party",
    "boat",
    "storm",
    "base 7",
    "gate 12",
]


def morse(text: str) -> str:
    """Letters apart by one space, words apart by `` / ``."""
    return " / ".join(" ".join(MORSE[c] for c in w) for w in text.lower().split())


def morse_code(rng: random.Random, lang: str) -> Rec:
    words = " ".join(rng.sample(MORSE_WORDS, rng.randint(2, 3)))
    if lang == "en":
        ins = f'Write "{words.upper()}" in Morse code. Separate letters with a space and words with " / ".'
    else:
        ins = f"把“{words.upper()}”写成摩尔斯电码，字母之间用空格分隔，单词之间用“ / ”分隔。"
    return _rec(ins, morse(words))


# -------------------------------------------------------------------------------------------- kaomoji

KAOMOJI = {
    ("happy", "开心"): ["(＾▽＾)", "(´▽`)", "ヽ(・∀・)ﾉ", "(≧◡≦)", "(*^‿^*)", "ᕕ( ᐛ )ᕗ"],
    ("sad", "难过"): ["(╥﹏╥)", "(ಥ﹏ಥ)", "(｡•́︿•̀｡)", "(T_T)", "(´；ω；`)", "(︶︹︺)"],
    ("angry", "生气"): ["(╬ Ò﹏Ó)", "(ノಠ益ಠ)ノ", "(╯°□°)╯︵ ┻━┻", "(｀Д´)", "(≖_≖ )", "ヽ(`⌒´メ)ノ"],
    ("surprised", "惊讶"): ["(⊙_⊙)", "(°ロ°)", "Σ(°△°|||)", "(O_O)", "w(°ｏ°)w", "(ﾟдﾟ)"],
    ("shrugging", "无奈"): ["¯\\_(ツ)_/¯", "┐(´ー`)┌", "ヽ(´ー`)ノ", "╮(╯_╰)╭", "┐(￣ヘ￣)┌", "¯\\(°_o)/¯"],
}


def kaomoji(rng: random.Random, lang: str) -> Rec:
    (en_mood, zh_mood), faces = rng.choice(list(KAOMOJI.items()))
    n = rng.randint(3, 6)
    picked = rng.sample(faces, n)
    if lang == "en":
        ins = f"Give me {n} kaomoji (Japanese text faces) that look {en_mood}, one per line, nothing else."
    else:
        ins = f"给我{n}个表示“{zh_mood}”的颜文字，每行一个，不要别的文字。"
    return _rec(ins, "\n".join(picked))


# ------------------------------------------------------------------------------------------ redaction

EN_NAMES = ["Maria Lopez", "Tom Becker", "Aisha Khan", "Li Wei", "Oskar Berg", "Nina Petrova", "James Okoro"]
EN_PLACES = ["the library", "the station", "a café on Elm Street", "the clinic", "the harbour office"]
ZH_NAMES = ["王小明", "李娜", "张建国", "陈思远", "刘芳", "赵磊", "孙悦"]
ZH_PLACES = ["图书馆", "火车站", "学校门口", "社区医院", "咖啡馆"]


def block(name: str) -> str:
    """A name blacked out: one █ per character, spaces kept."""
    return re.sub(r"\S", "█", name)


def redaction(rng: random.Random, lang: str) -> Rec:
    a, b = rng.sample(EN_NAMES if lang == "en" else ZH_NAMES, 2)
    place = rng.choice(EN_PLACES if lang == "en" else ZH_PLACES)
    if lang == "en":
        day = rng.choice(["Monday", "Tuesday", "Friday", "Sunday"])
        tpl = rng.choice(
            [
                "{a} met {b} at {p} on {d}. Afterwards {a} sent {b} the signed form.",
                "On {d}, {b} called {a} from {p} about the missing invoice.",
            ]
        )
        ins = "Black out every person's name in the text with █, one block per letter (keep the spaces)."
    else:
        day = rng.choice(["周一", "周二", "周五", "周日"])
        tpl = rng.choice(
            ["{a}{d}在{p}见到了{b}，随后{a}把签好的表格交给了{b}。", "{d}，{b}在{p}给{a}打电话，询问丢失的发票。"]
        )
        ins = "把文中所有人名用“█”遮盖，每个字一个方块。"
    src = tpl.format(a=a, b=b, p=place, d=day)
    out = tpl.format(a=block(a), b=block(b), p=place, d=day)
    return _rec(ins, out, src)


# ------------------------------------------------------------------------------------------- po_entry

PO_STRINGS = [
    ("Save changes", {"de": "Änderungen speichern", "fr": "Enregistrer les modifications", "zh_CN": "保存更改"}),
    ("Log out", {"de": "Abmelden", "fr": "Se déconnecter", "zh_CN": "退出登录"}),
    ("Delete file", {"de": "Datei löschen", "fr": "Supprimer le fichier", "zh_CN": "删除文件"}),
    ("Search", {"de": "Suchen", "fr": "Rechercher", "zh_CN": "搜索"}),
    ("Settings", {"de": "Einstellungen", "fr": "Paramètres", "zh_CN": "设置"}),
    ("Try again", {"de": "Erneut versuchen", "fr": "Réessayer", "zh_CN": "重试"}),
    ("Cancel", {"de": "Abbrechen", "fr": "Annuler", "zh_CN": "取消"}),
    ("Upload photo", {"de": "Foto hochladen", "fr": "Téléverser une photo", "zh_CN": "上传照片"}),
]
PO_LANGS = {"de": ("German", "德语"), "fr": ("French", "法语"), "zh_CN": ("Simplified Chinese", "简体中文")}


def po_entry(rng: random.Random, lang: str) -> Rec:
    msgid, tr = rng.choice(PO_STRINGS)
    code = rng.choice(list(PO_LANGS))
    path = rng.choice(["src/ui/toolbar.py", "app/views/settings.py", "web/templates/base.html"])
    line = rng.randint(10, 300)
    out = f'#: {path}:{line}\nmsgid "{msgid}"\nmsgstr "{tr[code]}"'
    if lang == "en":
        ins = f'Write the gettext .po entry for the string "{msgid}" at {path}:{line}, translated into {PO_LANGS[code][0]}.'
    else:
        ins = f"为位于 {path}:{line} 的字符串“{msgid}”写一条 gettext .po 条目，译成{PO_LANGS[code][1]}。"
    return _rec(ins, out)


# ----------------------------------------------------------------------------------------- ical_event

EN_EVENTS = ["Team retrospective", "Dentist appointment", "Book club", "Quarterly review", "Piano lesson"]
ZH_EVENTS = ["团队复盘会", "牙科复诊", "读书会", "季度总结会", "钢琴课"]
EN_LOCS = ["Room 4B", "12 High Street", "Online (https://meet.example.com/abc-defg)", "Main library"]
ZH_LOCS = ["4B会议室", "人民路12号", "线上（https://meet.example.com/abc-defg）", "市图书馆"]


def ical_event(rng: random.Random, lang: str) -> Rec:
    m, d, h = rng.randint(1, 12), rng.randint(1, 28), rng.randint(8, 18)
    dur = rng.choice([1, 2])
    k = rng.randrange(len(EN_EVENTS))
    j = rng.randrange(len(EN_LOCS))
    title, loc = (EN_EVENTS[k], EN_LOCS[j]) if lang == "en" else (ZH_EVENTS[k], ZH_LOCS[j])
    day = f"2024{m:02d}{d:02d}"
    out = "\n".join(
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Example//Calendar//EN",
            "BEGIN:VEVENT",
            f"UID:{day}-{h:02d}00@example.com",
            f"DTSTART:{day}T{h:02d}0000",
            f"DTEND:{day}T{h + dur:02d}0000",
            f"SUMMARY:{title}",
            f"LOCATION:{loc.replace(',', chr(92) + ',')}",
            "END:VEVENT",
            "END:VCALENDAR",
        ]
    )
    if lang == "en":
        ins = (
            f'Write an iCalendar (.ics) file with one event: "{title}" on 2024-{m:02d}-{d:02d} '
            f"from {h:02d}:00 to {h + dur:02d}:00 (floating local time), location {loc}."
        )
    else:
        ins = f"写一个只含一个事件的 iCalendar（.ics）文件：“{title}”，2024-{m:02d}-{d:02d} {h:02d}:00 到 {h + dur:02d}:00（本地时间），地点：{loc}。"
    return _rec(ins, out)


# ------------------------------------------------------------------------------------- merge_conflict

CONFLICTS = [
    ("config.ini", "timeout = 30", "timeout = 60"),
    ("README.md", "# Weather App", "# Weather Dashboard"),
    ("greeting.txt", "Hello, world!", "Hi there, world!"),
    ("version.txt", "1.4.2", "1.5.0"),
    ("app.py", "DEBUG = False", "DEBUG = True"),
    ("styles.css", "color: #333;", "color: #222;"),
]


def merge_conflict(rng: random.Random, lang: str) -> Rec:
    f, ours, theirs = rng.choice(CONFLICTS)
    branch = rng.choice(["feature/login", "hotfix", "dev", "release-2"])
    if rng.random() < 0.5:
        ours, theirs = theirs, ours
    out = f"<<<<<<< HEAD\n{ours}\n=======\n{theirs}\n>>>>>>> {branch}"
    if lang == "en":
        ins = (
            f"Show exactly what git leaves in {f} after merging {branch} into the current branch, when the current "
            f'branch has the line "{ours}" and {branch} changed it to "{theirs}". Only the conflicted lines.'
        )
    else:
        ins = f"当前分支中 {f} 的这一行是“{ours}”，而 {branch} 分支把它改成了“{theirs}”。合并 {branch} 后，git 会在文件里留下什么？只写冲突部分。"
    return _rec(ins, out)


# ------------------------------------------------------------------------------------------ countdown


def countdown(rng: random.Random, lang: str) -> Rec:
    n = rng.randint(5, 40)
    step = rng.choice([1, 1, 2, 5]) if n >= 10 else 1
    nums = list(range(n, 0, -step))
    if lang == "en":
        end = rng.choice(["Liftoff!", "Happy New Year!", "Go!"])
        by = "" if step == 1 else f" in steps of {step}"
        ins = f"Count down from {n}{by}, one number per line, stopping before zero, then write {end}"
    else:
        end = rng.choice(["发射！", "新年快乐！", "出发！"])
        by = "" if step == 1 else f"，每次减{step}"
        ins = f"从{n}开始倒数{by}，每行一个数字，到零之前停，最后写“{end}”"
    return _rec(ins, "\n".join(str(x) for x in nums) + "\n" + end)


# --------------------------------------------------------------------------------------- email_footer

COMPANIES = [("Larkspur Tea Co.", "larkspur-tea"), ("Fernhill Cycles", "fernhill"), ("Bluebird Books", "bluebird")]
ZH_COMPANIES = [("青禾茶社", "qinghe-tea"), ("云帆单车", "yunfan"), ("拾光书店", "shiguang")]
ADDRS = ["14 Mill Lane, Bristol BS1 5AA", "900 Pine St, Suite 2, Denver, CO 80202", "3 Quay Road, Cork"]
ZH_ADDRS = ["杭州市西湖区文三路88号", "成都市武侯区科华北路12号", "苏州市姑苏区平江路5号"]


def email_footer(rng: random.Random, lang: str) -> Rec:
    k = rng.randrange(3)
    name, slug = (COMPANIES if lang == "en" else ZH_COMPANIES)[k]
    addr = rng.choice(ADDRS if lang == "en" else ZH_ADDRS)
    phone = f"+1 555 01{rng.randint(0, 99):02d}" if lang == "en" else f"400-555-{rng.randint(1000, 9999)}"
    url = f"https://{slug}.example.com/unsubscribe"
    if lang == "en":
        ins = (
            f"Write the footer for {name}'s monthly newsletter: why the reader gets it, an unsubscribe link ({url}), "
            f"our address ({addr}) and phone ({phone})."
        )
        out = (
            f"You're receiving this because you joined the {name} mailing list.\n"
            f"Unsubscribe: {url}\n{name} · {addr} · {phone}"
        )
    else:
        ins = f"为{name}的月度电子报写页脚：说明为什么收到邮件，附退订链接（{url}）、地址（{addr}）和电话（{phone}）。"
        out = f"您收到这封邮件，是因为您订阅了{name}的电子报。\n退订：{url}\n{name} · {addr} · {phone}"
    return _rec(ins, out)


# ----------------------------------------------------------------------------------- disclaimer_asked

BLOGS = [
    ("personal finance", "financial"),
    ("fitness", "medical"),
    ("tenant rights", "legal"),
    ("nutrition", "medical"),
]
ZH_BLOGS = [("理财", "投资"), ("健身", "医疗"), ("租房维权", "法律"), ("营养", "医疗")]
SITES = ["Penny Wise", "Stronger Daily", "Rent Smart", "Plate & Pulse", "Quiet Money", "Small Steps", "Fine Print"]
ZH_SITES = ["小钱袋", "每日强一点", "租房那些事", "好好吃饭", "慢慢变富", "一步一步", "细则君"]


def disclaimer_asked(rng: random.Random, lang: str) -> Rec:
    k = rng.randrange(len(BLOGS))
    site = rng.choice(SITES if lang == "en" else ZH_SITES)
    if lang == "en":
        topic, adv = BLOGS[k]
        ins = f'Write a two-sentence disclaimer for the footer of "{site}", my {topic} blog, saying the posts are not {adv} advice.'
        pro = {"financial": "financial adviser", "medical": "doctor", "legal": "lawyer"}[adv]
        out = f"The content on {site} is for general information only and is not {adv} advice. " + rng.choice(
            [
                f"Please talk to a qualified {pro} before making decisions about your own situation.",
                f"For advice on your own situation, consult a qualified {pro}.",
            ]
        )
    else:
        topic, adv = ZH_BLOGS[k]
        ins = f"我有一个叫“{site}”的{topic}博客，请写一段两句话的免责声明放在页脚，说明文章不构成{adv}建议。"
        pro = {"投资": "理财顾问", "医疗": "医生", "法律": "律师"}[adv]
        out = f"“{site}”的内容仅供一般参考，不构成任何{adv}建议。" + rng.choice(
            [f"涉及您个人情况的决定，请先咨询专业{pro}。", f"具体问题请咨询专业{pro}。"]
        )
    return _rec(ins, out)


# -------------------------------------------------------------------------------------- giveaway_post

PRIZES = ["a year of free coffee", "a handmade ceramic mug set", "two concert tickets", "a cast-iron skillet"]
ZH_PRIZES = ["一年份的免费咖啡", "手作陶瓷杯套装", "两张演唱会门票", "一口铸铁锅"]
SHOPS = ["@beanandleaf", "@claybyclara", "@northstage", "@ironpanco"]


def giveaway_post(rng: random.Random, lang: str) -> Rec:
    k = rng.randrange(len(PRIZES))
    shop, n, day = rng.choice(SHOPS), rng.randint(1, 3), rng.randint(1, 28)
    if lang == "en":
        prize = PRIZES[k]
        ins = (
            f"Write a short Instagram post for {shop} announcing a giveaway of {prize}: follow us, like the post and "
            f"tag {n} friend{'s' if n > 1 else ''}; it ends on March {day}. Add #giveaway."
        )
        out = (
            f"🎉 GIVEAWAY 🎉 We're giving away {prize}!\nTo enter:\n1. Follow {shop}\n2. Like this post\n"
            f"3. Tag {n} friend{'s' if n > 1 else ''} in the comments\nEnds March {day}. Good luck! #giveaway"
        )
    else:
        prize = ZH_PRIZES[k]
        ins = f"帮{shop}写一条抽奖微博：奖品是{prize}，参与方式是关注、转发并@{n}位好友，3月{day}日开奖，带上#转发抽奖#话题。"
        out = f"🎉#转发抽奖#🎉 送出{prize}！\n参与方式：\n1. 关注{shop}\n2. 转发本条微博\n3. @{n}位好友\n3月{day}日开奖，祝好运！"
    return _rec(ins, out)


# --------------------------------------------------------------------------------- keyword_extraction

EN_KW_SLOTS = (
    ["rent", "fuel", "shipping", "energy", "labour"],
    ["bakeries", "ferry operators", "bookshops", "florists", "taxi firms"],
    ["Lisbon", "Glasgow", "Osaka", "Toronto", "Nairobi"],
    ["bread", "ticket", "paperback", "bouquet", "fare"],
)
ZH_KW_SLOTS = (
    ["房租", "油价", "物流", "电费", "人工"],
    ["面包店", "轮渡公司", "书店", "花店", "出租车公司"],
    ["里斯本", "格拉斯哥", "大阪", "多伦多", "内罗毕"],
    ["面包", "船票", "平装书", "花束", "车费"],
)


def keyword_extraction(rng: random.Random, lang: str) -> Rec:
    slots = EN_KW_SLOTS if lang == "en" else ZH_KW_SLOTS
    a, b, c, d = (rng.choice(s) for s in slots)
    if lang == "en":
        inp = f"Rising {a} costs pushed {b} in {c} to raise {d} prices this spring."
        ins = "Extract the four keywords of the sentence (cost, business, city, product), comma separated."
        out = ", ".join([f"{a} costs", b, c, f"{d} prices"])
    else:
        inp = f"今年春天，{a}成本上涨，迫使{c}的{b}提高了{d}价格。"
        ins = "提取这句话的四个关键词（成本、行业、城市、商品），用顿号分隔。"
        out = "、".join([f"{a}成本", b, c, f"{d}价格"])
    return _rec(ins, out, inp)


# ------------------------------------------------------------------------------------------ step_order

EN_STEPS = [
    [
        "Boil the water.",
        "Put the tea bag in the cup.",
        "Pour the water over it.",
        "Wait three minutes.",
        "Remove the bag.",
    ],
    ["Unplug the lamp.", "Let the bulb cool.", "Unscrew the old bulb.", "Screw in the new bulb.", "Plug the lamp in."],
    ["Wet your hands.", "Apply soap.", "Scrub for twenty seconds.", "Rinse well.", "Dry with a clean towel."],
    ["Open the app.", "Tap Sign up.", "Enter your e-mail.", "Choose a password.", "Confirm the code we send you."],
    ["Fill the kettle.", "Grind the beans.", "Heat the water to 94 °C.", "Pour slowly over the grounds.", "Serve."],
]
ZH_STEPS = [
    ["把水烧开。", "把茶包放进杯子。", "把开水倒进杯子。", "等三分钟。", "取出茶包。"],
    ["拔掉台灯插头。", "等灯泡冷却。", "拧下旧灯泡。", "拧上新灯泡。", "重新插上插头。"],
    ["把手打湿。", "抹上肥皂。", "搓洗二十秒。", "用清水冲净。", "用干净毛巾擦干。"],
    ["打开应用。", "点击注册。", "输入邮箱。", "设置密码。", "填写收到的验证码。"],
    ["接一壶水。", "把咖啡豆磨碎。", "把水加热到94℃。", "慢慢浇在咖啡粉上。", "装杯上桌。"],
]


def step_order(rng: random.Random, lang: str) -> Rec:
    steps = rng.choice(EN_STEPS if lang == "en" else ZH_STEPS)
    shuffled = steps[:]
    while shuffled == steps:
        rng.shuffle(shuffled)
    if lang == "en":
        ins = "Put these steps in the right order and number them."
    else:
        ins = "把下面的步骤按正确顺序排列并编号。"
    return _rec(ins, "\n".join(f"{k}. {s}" for k, s in enumerate(steps, 1)), "\n".join(shuffled))


# -------------------------------------------------------------------------------- thank_you_languages

THANKS = [
    ("Afrikaans", "南非荷兰语", "Dankie"),
    ("Zulu", "祖鲁语", "Ngiyabonga"),
    ("Swahili", "斯瓦希里语", "Asante"),
    ("Hausa", "豪萨语", "Na gode"),
    ("Malay", "马来语", "Terima kasih"),
    ("Albanian", "阿尔巴尼亚语", "Faleminderit"),
    ("Latvian", "拉脱维亚语", "Paldies"),
    ("Slovenian", "斯洛文尼亚语", "Hvala"),
    ("Bulgarian", "保加利亚语", "Благодаря (Blagodarya)"),
    ("Serbian", "塞尔维亚语", "Хвала (Hvala)"),
    ("Belarusian", "白俄罗斯语", "Дзякуй (Dziakuj)"),
    ("Macedonian", "马其顿语", "Благодарам (Blagodaram)"),
    ("Uyghur", "维吾尔语", "رەھمەت (Rehmet)"),
    ("Somali", "索马里语", "Mahadsanid"),
]


def thank_you_languages(rng: random.Random, lang: str) -> Rec:
    picked = rng.sample(THANKS, rng.randint(3, 5))
    if lang == "en":
        names = [p[0] for p in picked]
        ins = f'How do you say "thank you" in {", ".join(names[:-1])} and {names[-1]}? One line each.'
        out = "\n".join(f"{p[0]}: {p[2]}" for p in picked)
    else:
        names = [p[1] for p in picked]
        ins = f"“谢谢”用{'、'.join(names)}分别怎么说？每种一行。"
        out = "\n".join(f"{p[1]}：{p[2]}" for p in picked)
    return _rec(ins, out)


# --------------------------------------------------------------------------------------------- registry

_KINDS: list[tuple[str, Callable[[random.Random, str], Rec]]] = [
    ("morse_code", morse_code),
    ("kaomoji", kaomoji),
    ("redaction", redaction),
    ("po_entry", po_entry),
    ("ical_event", ical_event),
    ("merge_conflict", merge_conflict),
    ("countdown", countdown),
    ("email_footer", email_footer),
    ("disclaimer_asked", disclaimer_asked),
    ("giveaway_post", giveaway_post),
    ("keyword_extraction", keyword_extraction),
    ("step_order", step_order),
    ("thank_you_languages", thank_you_languages),
]


def _bind(fn: Callable[[random.Random, str], Rec], lang: str) -> GoodGen:
    return lambda rng: fn(rng, lang)


GOOD: list[tuple[str, str, str, GoodGen]] = [
    (f"h10g_{lang}_{kind}", kind, lang, _bind(fn, lang)) for lang in ("en", "zh") for kind, fn in _KINDS
]


def build_good(per_lang: int = GOOD_PER_LANG, seed: str = "clean_eval-good-heldout10-v1") -> list[dict[str, str]]:
    """Good records, kinds in turn per language, 30 of each (:func:`textutil.build_good_rows`)."""
    return build_good_rows(GOOD, per_lang, seed, "heldout10")
