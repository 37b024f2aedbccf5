"""Junk generators for the FIFTEENTH held-out part (heldout15), written blind to the clean filters.

Same interface as the other template files: each generator takes (rng, rec, lang, ctx) and returns
``{"output": ...}`` or None when it does not fit the record (the base task asks for what it would make).
Every template is a way junk reaches instruction data that earlier parts did not use: a model stuck on
the weekdays, an e-mail reply chain, roll-up captions, SMS segments, CMS excerpts, a chat export that lost
the head of the answer, Kazakh and DOS-Arabic code pages, uuencoded mail bodies, auto-replies, protected
posts, newsletter headers, review / replica / vanity-number ads, calculator tapes, gamepad and
handwriting-pad mashes, breadcrumbs, reminders and flashcards, caption tags, empty subtitle cues,
empty-state messages, Kindle clippings, multipart e-mails, bookmark files and replies in minor Romance,
minor Germanic / Sorbian and constructed languages.
"""

from __future__ import annotations

import binascii
import re

import textutil as tu

CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def _task(rec: dict) -> str:
    return (rec.get("instruction", "") + "\n" + rec.get("input", "")).lower()


def _guard(rec: dict, pattern: str) -> bool:
    """True when the task mentions what the template would make (then the template skips it)."""
    return bool(re.search(pattern, _task(rec)))


def _first(rec: dict, lang: str) -> str | None:
    s = tu.sentences(rec["output"], lang)
    return s[0] if s else None


# ------------------------------------------------------------------------------------------------- loop
DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "zh": ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"],
}


def loop_weekdays(rng, rec, lang, ctx):
    """The first sentence, then the model runs through the weekdays 3-7 times."""
    first = _first(rec, lang)
    if not first or _guard(rec, r"\b(days?|week\w*|monday|calendar|schedule)\b|星期|周|日历|日程"):
        return None
    return {"output": first + "\n" + " ".join(DAYS[lang] * rng.randint(3, 7))}


def loop_quote_chain(rng, rec, lang, ctx):
    """An e-mail reply chain: the first sentence quoted one level deeper on every line (4-9 lines)."""
    first = _first(rec, lang)
    if not first or _guard(rec, r"\b(e-?mails?|reply|replies|quot\w*)\b|邮件|回复|引用"):
        return None
    return {"output": "\n".join("> " * k + first for k in range(rng.randint(4, 9)))}


def rollup_chunks(text: str, lang: str, size: int) -> list[str]:
    """``text`` cut into chunks of ``size`` words (zh: characters), as a caption encoder sends them."""
    if lang == "en":
        w = text.split()
        return [" ".join(w[i : i + size]) for i in range(0, len(w), size)]
    t = "".join(text.split())
    return [t[i : i + size] for i in range(0, len(t), size)]


def loop_rollup(rng, rec, lang, ctx):
    """Roll-up captions scraped line by line: every chunk shown twice, once below and once above the next."""
    if _guard(rec, r"\b(captions?|subtitles?|transcri\w*)\b|字幕|转写"):
        return None
    chunks = rollup_chunks(
        " ".join(tu.sentences(rec["output"], lang)[:2]), lang, rng.randint(3, 5) if lang == "en" else rng.randint(5, 8)
    )
    if len(chunks) < 3:
        return None
    sep = " " if lang == "en" else ""
    return {"output": "\n".join([chunks[0]] + [chunks[i - 1] + sep + chunks[i] for i in range(1, len(chunks))])}


# -------------------------------------------------------------------------------------------- truncated
SMS = {"en": 160, "zh": 70}


def trunc_sms_segment(rng, rec, lang, ctx):
    """Only the first SMS segment arrived: 160 characters (GSM-7), zh 70 (UCS-2), no marker."""
    out, n = rec["output"], SMS[lang]
    if len(out) < n + (40 if lang == "en" else 20) or _guard(
        rec, r"\b(sms|text messages?|tweets?|160|characters?)\b|短信|字以内|70"
    ):
        return None
    return {"output": out[:n]}


def trunc_excerpt(rng, rec, lang, ctx):
    """A CMS export kept the auto-excerpt: the first 20/30/40 words (zh 40/60/80 characters) and ``[&hellip;]``."""
    if _guard(rec, r"\b(excerpts?|summar\w*|shorten\w*|brief\w*|wordpress)\b|摘要|概括|总结|缩短|简述"):
        return None
    if lang == "en":
        w, n = rec["output"].split(), rng.choice([20, 30, 40])
        return {"output": " ".join(w[:n]) + " [&hellip;]"} if len(w) >= n + 10 else None
    t, n = "".join(rec["output"].split()), rng.choice([40, 60, 80])
    return {"output": t[:n] + "[&hellip;]"} if len(t) >= n + 20 else None


def trunc_lost_head(rng, rec, lang, ctx):
    """A chat export that lost the start of the message: the answer from 40-70 % on, starting mid-word."""
    out = rec["output"]
    if len(out) < 80 or _guard(rec, r"\b(continue|finish|complete the)\b|续写|接着|补全"):
        return None
    p = int(len(out) * rng.uniform(0.4, 0.7))
    if lang == "en":
        while p < len(out) - 20 and not (out[p - 1].isalpha() and out[p].isalpha()):
            p += 1
    tail = out[p:]
    return {"output": tail} if len(tail.strip()) >= 15 else None


# --------------------------------------------------------------------------------------------- mojibake
MOJI_GUARD = (
    r"\b(encod\w*|unicode|utf-?8|ascii|bytes?|kazakh|arabic|uu\w*|attach\w*)\b|编码|乱码|字节|哈萨克|阿拉伯|附件"
)


def _smart(rec: dict, lang: str) -> str | None:
    text = rec["output"] if lang == "zh" else tu.smarten(rec["output"])
    if lang == "en" and sum(not c.isascii() for c in text) < 2:
        return None
    return text


def moji_kazakh(rng, rec, lang, ctx):
    """UTF-8 read as the Kazakh Windows code page PT154 (``вҖҷ``, ``з§Ӣ``); English bases get typographic quotes."""
    text = _smart(rec, lang)
    if text is None or _guard(rec, MOJI_GUARD):
        return None
    return {"output": text.encode("utf-8").decode("ptcp154", errors="replace")}


def moji_dos_arabic(rng, rec, lang, ctx):
    """UTF-8 shown through a DOS Arabic console, code page 720 (``ظ\\x80آ``, box drawing)."""
    text = _smart(rec, lang)
    if text is None or _guard(rec, MOJI_GUARD):
        return None
    return {"output": text.encode("utf-8").decode("cp720", errors="replace")}


UU_NAMES = ["answer.txt", "reply.txt", "message.txt", "ATT00001.txt", "body.txt"]


def uuencode(data: bytes, name: str) -> str:
    """``data`` as a uuencoded block (``begin 644 name`` … ``end``), 45 bytes a line."""
    body = "".join(binascii.b2a_uu(data[i : i + 45], backtick=True).decode("ascii") for i in range(0, len(data), 45))
    return f"begin 644 {name}\n{body}`\nend"


def moji_uuencoded(rng, rec, lang, ctx):
    """A mail client that left the answer as a uuencoded attachment in the body."""
    if _guard(rec, MOJI_GUARD + r"|\b(e-?mails?)\b|邮件"):
        return None
    return {"output": uuencode(rec["output"].encode("utf-8"), rng.choice(UU_NAMES))}


# ------------------------------------------------------------------------------------------ boilerplate
OOO = {
    "en": [
        "Thank you for your email. I am out of the office with limited access to email and will respond when I return.",
        "Automatic reply: I'm currently away and will be back on Monday. For urgent matters, please contact the front desk.",
        "I am on annual leave until the 14th and will not be checking messages. Your email will not be forwarded.",
    ],
    "zh": [
        "自动回复：您好，我目前休假中，暂时无法查看邮件，返回后会尽快回复您。",
        "您好，您的来信已收到。本人出差期间无法及时回复，如有急事请致电前台。",
        "【自动回复】我正在休年假，14日返回，期间邮件不会转发，敬请谅解。",
    ],
}
PROTECTED = {
    "en": [
        "This content is password protected. To view it please enter your password below:\nPassword: Enter",
        "Protected: This post is password protected. Enter the password to view comments.",
    ],
    "zh": [
        "此内容受密码保护。如需查阅，请在下列字段中输入您的密码。\n密码：  提交",
        "密码保护：这是一篇受密码保护的文章，请输入密码后查看。",
    ],
}
BROWSER = {
    "en": [
        "If this email doesn't display correctly, view it in your browser.",
        "Having trouble viewing this email? View it online.",
        "This message is displayed in plain text. Click here to view the HTML version.",
    ],
    "zh": [
        "如果邮件显示不正常，请点击此处查看网页版。",
        "无法正常显示？请在浏览器中查看此邮件。",
        "此邮件以纯文本格式显示，点击这里查看HTML版本。",
    ],
}


def boiler_out_of_office(rng, rec, lang, ctx):
    """An e-mail auto-reply stored instead of the answer."""
    if _guard(
        rec, r"\b(e-?mails?|office|vacation|leave|holidays?|away|auto-?reply|absence)\b|邮件|休假|假期|自动回复|出差"
    ):
        return None
    return {"output": rng.choice(OOO[lang])}


def boiler_protected_post(rng, rec, lang, ctx):
    """A CMS export of a password-protected post: only the password prompt."""
    if _guard(rec, r"\b(passwords?|protect\w*|wordpress|login|log in)\b|密码|保护|登录"):
        return None
    return {"output": rng.choice(PROTECTED[lang])}


def boiler_view_in_browser(rng, rec, lang, ctx):
    """A newsletter scraped through a mail client: only its "view in your browser" header."""
    if _guard(rec, r"\b(e-?mails?|newsletters?|browsers?|html|online)\b|邮件|网页|浏览器|新闻稿"):
        return None
    return {"output": rng.choice(BROWSER[lang])}


# ------------------------------------------------------------------------------------------------- spam
EN_REVIEWS = [
    "Buy 5-star Google reviews from $3 each - real accounts, no drop, 24h delivery! reviewboost.example",
    "Need more Amazon reviews? Verified buyers leave 5★ feedback for you. DM @toprank_reviews",
    "Boost your Yelp rating today: 50 positive reviews for $99. Safe and permanent. ratingsup.example",
]
ZH_REVIEWS = [
    "淘宝京东好评代刷，五星好评真人操作，不掉评，加V：haoping{qq}",
    "专业刷大众点评好评，店铺评分快速提升，联系QQ：{qq}",
    "美团外卖好评返现，真实账号，差评删除，价格优惠，私信咨询",
]
EN_REPLICA = [
    "AAA replica Rolex and designer bags at 90% off - worldwide shipping, PayPal accepted. luxreplica.example",
    "1:1 mirror-quality watches and sneakers, same factory as the originals! WhatsApp +1 555 0134",
    "Cheap designer handbags, belts and sunglasses - top replica quality, free shipping. best-copies.example",
]
ZH_REPLICA = [
    "高仿名表 奢侈品A货 1:1原单品质 支持验货 微信：lux{qq}",
    "大牌包包 原单尾货 专柜品质 一件代发 QQ：{qq}",
    "顶级复刻手表 瑞士机芯 货到付款 全国包邮",
]
EN_VANITY = [
    "Lucky phone numbers for sale - endings 888, 666 and 168 - instant activation! luckynumbers.example",
    "Get a golden number: 7777 and 8888 SIM cards, any carrier, nationwide delivery. Call 555-0188",
    "Memorable mobile numbers from $49. Choose yours today at vipnumbers.example",
]
ZH_VANITY = [
    "手机靓号出售 尾号888 6666 豹子号 全国通用 加V：{qq}",
    "吉祥号码 ABAB AAAA 顺子号 低价转让 联系QQ：{qq}",
    "移动联通电信靓号 生日号 情侣号 包邮到家",
]


def _spam(rng, rec, lang, ads, pattern):
    if _guard(rec, pattern + r"|\b(ads?|adverts?|advertisements?|promot\w*|marketing|shop)\b|广告|推广|营销"):
        return None
    ad = rng.choice(ads).replace("{qq}", str(rng.randint(10_000_000, 99_999_999)))
    where = rng.choice(["alone", "after", "above"])
    out = rec["output"]
    return {"output": ad if where == "alone" else (out + "\n\n" + ad if where == "after" else ad + "\n\n" + out)}


def spam_reviews(rng, rec, lang, ctx):
    """Fake-review sellers (Google, Amazon, Yelp; 好评代刷): alone, after the answer or above it."""
    return _spam(
        rng, rec, lang, EN_REVIEWS if lang == "en" else ZH_REVIEWS, r"\b(reviews?|ratings?|feedback)\b|好评|评价|点评"
    )


def spam_replica(rng, rec, lang, ctx):
    """Replica watch and bag sellers (高仿, A货): alone, after the answer or above it."""
    return _spam(
        rng,
        rec,
        lang,
        EN_REPLICA if lang == "en" else ZH_REPLICA,
        r"\b(replicas?|luxury|watch\w*|bags?|fashion)\b|高仿|手表|包|奢侈",
    )


def spam_vanity_numbers(rng, rec, lang, ctx):
    """Vanity phone-number sellers (靓号): alone, after the answer or above it."""
    return _spam(
        rng,
        rec,
        lang,
        EN_VANITY if lang == "en" else ZH_VANITY,
        r"\b(phones?|numbers?|sim|mobile|lucky)\b|靓号|手机|号码",
    )


# ---------------------------------------------------------------------------------------- keyboard_mash
CALC_KEYS = ["7", "8", "9", "4", "5", "6", "1", "2", "3", "0", ".", "+", "−", "×", "÷", "=", "C", "CE", "%", "±"]
PAD_KEYS = ["A", "B", "X", "Y", "LB", "RB", "LT", "RT", "↑", "↓", "←", "→", "START", "SELECT"]
SCRIBBLE = {
    "en": ["ll", "Il", "lI", "/", "\\", "~", "nn", "m", "w", "∩", "ω", "∫", "7", "1", "z", "ℓ", "rn", "u", "v"],
    "zh": ["之", "乙", "了", "也", "飞", "弓", "几", "己", "乃", "习", "马", "与", "及", "么", "刀"],
}


def mash_calculator(rng, rec, lang, ctx):
    """A phone calculator's key tape pasted as the answer (10-25 keys)."""
    if _guard(
        rec,
        r"\b(calculat\w*|math\w*|comput\w*|arithmetic|sum|add|multiply|divide)\b|计算|算式|运算|数学|\d\s*[-+*/×÷]\s*\d",
    ):
        return None
    return {"output": " ".join(rng.choice(CALC_KEYS) for _ in range(rng.randint(10, 25)))}


def mash_gamepad(rng, rec, lang, ctx):
    """A game controller's button log mashed into the answer box (8-20 buttons)."""
    if _guard(rec, r"\b(games?|gaming|controllers?|buttons?|combos?|xbox|playstation|console)\b|游戏|手柄|按键|连招"):
        return None
    return {"output": " ".join(rng.choice(PAD_KEYS) for _ in range(rng.randint(8, 20)))}


def mash_handwriting(rng, rec, lang, ctx):
    """A handwriting pad fed a scribble: 4-10 groups of the glyphs its recogniser guessed."""
    if _guard(rec, r"\b(handwrit\w*|draw\w*|sketch\w*|stroke\w*)\b|手写|画|笔画"):
        return None
    groups = ["".join(rng.choice(SCRIBBLE[lang]) for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(4, 10))]
    return {"output": " ".join(groups)}


# ------------------------------------------------------------------------------------------------- echo
SECTIONS = {
    "en": ["Questions", "Community", "Help Center", "Q&A", "Answers"],
    "zh": ["问答", "社区", "知识库", "帮助中心", "问题"],
}
REMINDER = {
    "en": ["Today, 09:00", "Tomorrow, 18:30", "Mon 7:45 AM"],
    "zh": ["今天 09:00", "明天 18:30", "周一 上午7:45"],
}
FLIP = {
    "en": ["(tap to reveal answer)", "Show answer", "Flip card ↻"],
    "zh": ["点击查看答案", "翻转卡片", "（点击显示答案）"],
}


def echo_breadcrumb(rng, rec, lang, ctx):
    """A scraped Q&A page's breadcrumb with the question as the last crumb, and nothing under it."""
    if _guard(rec, r"\b(breadcrumbs?|navigation|menus?|websites?|pages?)\b|导航|面包屑|网站|网页"):
        return None
    sep, home = (" › ", "Home") if lang == "en" else (" > ", "首页")
    return {"output": sep.join([home, rng.choice(SECTIONS[lang]), rec["instruction"].strip()])}


def echo_reminder(rng, rec, lang, ctx):
    """A phone reminder made from the question (``⏰ Reminder: …`` and a time) instead of the answer."""
    if _guard(rec, r"\b(remind\w*|alarms?|schedul\w*|calendar|to-?do)\b|提醒|闹钟|日程|待办"):
        return None
    head = "⏰ Reminder: " if lang == "en" else "⏰ 提醒："
    return {"output": head + rec["instruction"].strip() + "\n" + rng.choice(REMINDER[lang])}


def echo_flashcard(rng, rec, lang, ctx):
    """A flashcard app's export that kept the card's front (the question) and the flip prompt."""
    if _guard(rec, r"\b(flash ?cards?|cards?|quiz\w*|stud\w*|anki|memori\w*)\b|卡片|测验|背诵|记忆"):
        return None
    return {"output": rec["instruction"].strip() + "\n\n" + rng.choice(FLIP[lang])}


# ------------------------------------------------------------------------------------------------ empty
MUSIC = {
    "en": ["[Music]", "[Applause]", "♪♪♪", "[Silence]", "[Music playing]"],
    "zh": ["[音乐]", "（掌声）", "[静音]", "♪～♪", "【背景音乐】"],
}
NO_RESULTS = {
    "en": ["No results found.", "Nothing to show here yet.", "There are no items to display.", "No data"],
    "zh": ["暂无数据", "暂无内容", "没有找到相关结果", "这里空空如也"],
}


def empty_music_tag(rng, rec, lang, ctx):
    """Speech-to-text of a clip with no speech: only a sound tag."""
    if _guard(rec, r"\b(music\w*|songs?|lyrics?|sounds?|audio|applause)\b|音乐|歌|声音|音频|掌声"):
        return None
    return {"output": rng.choice(MUSIC[lang])}


def empty_srt_cue(rng, rec, lang, ctx):
    """A subtitle converter's output: one SRT cue with its number and times and no text."""
    if _guard(rec, r"\b(subtitles?|srt|captions?|timestamps?|video)\b|字幕|时间轴|视频"):
        return None
    end = f"00:00:{rng.randint(2, 9):02d},{rng.choice([0, 250, 500, 750]):03d}"
    return {"output": f"1\n00:00:00,000 --> {end}"}


def empty_no_results(rng, rec, lang, ctx):
    """A scraped widget's empty-state text (``No results found.``, 暂无数据) instead of the answer."""
    if _guard(rec, r"\b(search\w*|results?|find|data|empty)\b|搜索|结果|查找|数据"):
        return None
    return {"output": rng.choice(NO_RESULTS[lang])}


# ------------------------------------------------------------------------------------------ markup_dump
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]


def markup_kindle(rng, rec, lang, ctx):
    """An e-reader's "My Clippings.txt" entry: the question as the book title, the first sentence highlighted."""
    first = _first(rec, lang)
    if not first or _guard(rec, r"\b(kindle|highlights?|books?|notes?|clippings?)\b|标注|书|笔记|摘抄"):
        return None
    page, loc = rng.randint(3, 300), rng.randint(40, 4000)
    if lang == "en":
        d = rng.randint(1, 28)
        meta = (
            f"- Your Highlight on page {page} | Location {loc}-{loc + 2} | "
            f"Added on {DAYS['en'][d % 7]}, {d} {rng.choice(MONTHS)} 2023 {rng.randint(7, 23)}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
        )
        title = f"{rec['instruction'].strip()} (Unknown)"
    else:
        meta = f"- 您在第 {page} 页（位置 #{loc}-{loc + 2}）的标注 | 添加于 2023年{rng.randint(1, 12)}月{rng.randint(1, 28)}日 下午{rng.randint(1, 11)}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
        title = f"{rec['instruction'].strip()} (佚名)"
    return {"output": f"{title}\n{meta}\n\n{first}\n=========="}


def markup_multipart(rng, rec, lang, ctx):
    """A raw multipart/alternative e-mail: the question as the subject, the first sentence as text and HTML."""
    first = _first(rec, lang)
    if not first or _guard(rec, r"\b(e-?mails?|mail|mime|html)\b|邮件"):
        return None
    b = f"000000000000{rng.getrandbits(40):010x}"
    return {
        "output": (
            f"MIME-Version: 1.0\nSubject: {rec['instruction'].strip()}\n"
            f'Content-Type: multipart/alternative; boundary="{b}"\n\n'
            f'--{b}\nContent-Type: text/plain; charset="UTF-8"\n\n{first}\n\n'
            f'--{b}\nContent-Type: text/html; charset="UTF-8"\n\n<div dir="ltr">{first}</div>\n\n--{b}--'
        )
    }


def markup_bookmarks(rng, rec, lang, ctx):
    """A browser's bookmarks export (Netscape bookmark file): the question as a link, the first sentence as its note."""
    first = _first(rec, lang)
    if not first or _guard(rec, r"\b(bookmarks?|browsers?|links?|urls?|html)\b|书签|链接|浏览器"):
        return None
    url = f"https://{rng.choice(['example.com/q', 'answers.example.org/t', 'qa.example.net/p'])}/{rng.randint(1000, 999999)}"
    return {
        "output": (
            "<!DOCTYPE NETSCAPE-Bookmark-file-1>\n"
            '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">\n'
            "<TITLE>Bookmarks</TITLE>\n<H1>Bookmarks</H1>\n<DL><p>\n"
            f'    <DT><A HREF="{url}" ADD_DATE="{rng.randint(1_500_000_000, 1_700_000_000)}">{rec["instruction"].strip()}</A>\n'
            f"    <DD>{first}\n</DL><p>"
        )
    }


# ----------------------------------------------------------------------------------------- wrong_script
ROMANCE_MINOR = {
    "Sicilian": "Grazzi pi la to dumanna, ti rispunnemu prestu.",
    "Neapolitan": "Grazie p' 'a dummanna, te rispunnimmo ampressa.",
    "Venetian": "Grassie pa ła domanda, te rispondaremo presto.",
    "Aragonese": "Grazias por a tuya pregunta, te responderemos luego.",
    "Walloon": "Gråces po vosse kesse, nos vos respondrans bénrade.",
    "Ligurian": "Grassie pe-a domanda, te risponderemmo fito.",
    "Piedmontese": "Grassie për la domanda, it rësponderoma prest.",
    "Picard": "Merci pour tin question, os rèspondrons bétôt.",
}
NORTH_MINOR = {
    "Alemannic": "Merci für dini Frog, mir antworted bald.",
    "Limburgish": "Danke veur dien vraog, veer antwoorde gauw.",
    "Upper Sorbian": "Dźakujemy so za twoje prašenje, bórze wotmołwimy.",
    "Lower Sorbian": "Źěkujomy se za twójo pšašanje, skóro wótegronimy.",
    "Silesian": "Dziynkujymy za twoje pytanie, wartko ôdpowiymy.",
    "Saterland Frisian": "Tonk foar dien Fraage, wie oantwoudje gau.",
}
CONLANG = {
    "Interlingua": "Gratias pro tu question, nos respondera tosto.",
    "Ido": "Danko pro vua questiono, ni respondos balde.",
    "Volapük": "Danö demü säk olik, opegespikobs suno.",
    "Lojban": "ki'e le do preti .i mi'a ba spuda ca lo nu na'o",
    "Toki Pona": "pona tawa sina tan toki wile sona. mi mute li toki sin lon tenpo lili.",
    "Occidental": "Mersí por tui question, noi va responder bentost.",
}
SCRIPT_GUARD = r"\b(translat\w*|languages?|scripts?|alphabets?|spell\w*|dialects?)\b|翻译|语言|文字|字母|拼写|方言"


def _reply(rng, rec, table):
    names = "|".join(re.escape(n.lower()) for n in table)
    if _guard(rec, SCRIPT_GUARD + r"|\b(" + names + r")\b"):
        return None
    return {"output": rng.choice(list(table.values()))}


def wrong_romance_minor(rng, rec, lang, ctx):
    """A generic reply in Sicilian, Neapolitan, Venetian, Aragonese, Walloon, Ligurian, Piedmontese or Picard."""
    return _reply(rng, rec, ROMANCE_MINOR)


def wrong_north_minor(rng, rec, lang, ctx):
    """A generic reply in Alemannic, Limburgish, Upper or Lower Sorbian, Silesian or Saterland Frisian."""
    return _reply(rng, rec, NORTH_MINOR)


def wrong_conlang(rng, rec, lang, ctx):
    """A generic reply in a constructed language: Interlingua, Ido, Volapük, Lojban, Toki Pona or Occidental."""
    return _reply(rng, rec, CONLANG)


GENERATORS = [
    ("h15_loop_weekdays", "loop", loop_weekdays),
    ("h15_loop_quote_chain", "loop", loop_quote_chain),
    ("h15_loop_rollup", "loop", loop_rollup),
    ("h15_trunc_sms_segment", "truncated", trunc_sms_segment),
    ("h15_trunc_excerpt", "truncated", trunc_excerpt),
    ("h15_trunc_lost_head", "truncated", trunc_lost_head),
    ("h15_moji_kazakh", "mojibake", moji_kazakh),
    ("h15_moji_dos_arabic", "mojibake", moji_dos_arabic),
    ("h15_moji_uuencoded", "mojibake", moji_uuencoded),
    ("h15_boiler_out_of_office", "boilerplate", boiler_out_of_office),
    ("h15_boiler_protected_post", "boilerplate", boiler_protected_post),
    ("h15_boiler_view_in_browser", "boilerplate", boiler_view_in_browser),
    ("h15_spam_reviews", "spam", spam_reviews),
    ("h15_spam_replica", "spam", spam_replica),
    ("h15_spam_vanity_numbers", "spam", spam_vanity_numbers),
    ("h15_mash_calculator", "keyboard_mash", mash_calculator),
    ("h15_mash_gamepad", "keyboard_mash", mash_gamepad),
    ("h15_mash_handwriting", "keyboard_mash", mash_handwriting),
    ("h15_echo_breadcrumb", "echo", echo_breadcrumb),
    ("h15_echo_reminder", "echo", echo_reminder),
    ("h15_echo_flashcard", "echo", echo_flashcard),
    ("h15_empty_music_tag", "empty", empty_music_tag),
    ("h15_empty_srt_cue", "empty", empty_srt_cue),
    ("h15_empty_no_results", "empty", empty_no_results),
    ("h15_markup_kindle", "markup_dump", markup_kindle),
    ("h15_markup_multipart", "markup_dump", markup_multipart),
    ("h15_markup_bookmarks", "markup_dump", markup_bookmarks),
    ("h15_wrong_romance_minor", "wrong_script", wrong_romance_minor),
    ("h15_wrong_north_minor", "wrong_script", wrong_north_minor),
    ("h15_wrong_conlang", "wrong_script", wrong_conlang),
]
ONLY_LANG: dict[str, str] = {}
JUNK_PER_LANG = 400
