"""Junk generators for the heldout14 part, written blind to the clean filters (see bench/clean_eval/README.md).

Same interface as templates_dev.py: ``fn(rng, rec, lang, ctx)`` returns ``{"output": ...}`` or None when the
template does not fit the record (every template skips tasks whose request it would fit).  Ten kinds, three
templates each, every template for both languages; all mechanisms are new to this part.
"""

from __future__ import annotations

import re

import textutil as tu

JUNK_PER_LANG = 400
CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def _asks(rec: dict, pattern: str) -> bool:
    """Whether the task (instruction or input) mentions ``pattern`` (case-insensitive)."""
    return bool(re.search(pattern, rec["instruction"] + "\n" + rec["input"], re.I))


def _first(rec: dict, lang: str) -> str | None:
    sents = tu.sentences(rec["output"], lang)
    return sents[0] if sents else None


# ------------------------------------------------------------------------------------------------- loop
LATIN = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
STEMS = "甲乙丙丁戊己庚辛壬癸"


def loop_alphabet(rng, rec, lang, ctx):
    """The first sentence, then the model runs through the alphabet (zh: the ten heavenly stems) 3-8 times."""
    if _asks(rec, r"alphabet|letter|天干|字母|甲乙|sequence|序列"):
        return None
    first = _first(rec, lang)
    if not first:
        return None
    cycle = " ".join(LATIN) if lang == "en" else "".join(STEMS)
    n = rng.randint(3, 8)
    sep = " " if lang == "en" else ""
    return {"output": first + "\n" + sep.join([cycle] * n)}


def loop_csv_rows(rng, rec, lang, ctx):
    """A CSV export that wrote the first sentence as the same row 8-20 times under rising ids."""
    if _asks(rec, r"csv|spreadsheet|表格|excel|row"):
        return None
    first = _first(rec, lang)
    if not first:
        return None
    start = rng.choice([1, 1, 101, 1001])
    n = rng.randint(8, 20)
    head = rng.choice(["id,text", "id,response", "id,answer"])
    body = "\n".join(f'{start + i},"{first.replace(chr(34), chr(34) * 2)}"' for i in range(n))
    return {"output": head + "\n" + body}


def mirror(sentence: str, lang: str) -> str:
    """The sentence with its words (zh: its characters) in reverse order."""
    return " ".join(reversed(sentence.split(" "))) if lang == "en" else sentence[::-1]


def loop_mirror(rng, rec, lang, ctx):
    """The first sentence forwards, then mirrored (words or characters reversed), taking turns 3-6 rounds."""
    if _asks(rec, r"revers|backward|palindrom|mirror|倒|反转|回文|镜像"):
        return None
    first = _first(rec, lang)
    if not first:
        return None
    pair = [first, mirror(first, lang)]
    return {"output": "\n".join(pair * rng.randint(3, 6))}


# -------------------------------------------------------------------------------------------- truncated
def trunc_clipped_lines(rng, rec, lang, ctx):
    """OCR of a screenshot whose text box hid the overflow: the answer wrapped, each line clipped at the right."""
    if _asks(rec, r"column|width|wrap|clip|列|换行|宽度"):
        return None
    out = " ".join(rec["output"].split()) if lang == "en" else "".join(rec["output"].split())
    if len(out) < (120 if lang == "en" else 60):
        return None
    width = rng.choice([48, 56, 64]) if lang == "en" else rng.choice([20, 24, 28])
    keep = width - rng.randint(6, 12) if lang == "en" else width - rng.randint(3, 6)
    rows = [out[i : i + width] for i in range(0, len(out), width)]
    if len(rows) < 3:
        return None
    return {"output": "\n".join(r[:keep] for r in rows)}


ELIDE = {"en": ["⋮", "[…]", "· · ·"], "zh": ["⋮", "（中间略）", "……（此处折叠）……"]}


def trunc_middle_lost(rng, rec, lang, ctx):
    """A collapsed view copied as text: the first 20-35 % and the last 10-25 % of the answer, the middle elided."""
    if _asks(rec, r"omit|ellipsis|shorten|省略|缩短"):
        return None
    out = rec["output"]
    if len(out) < (150 if lang == "en" else 80):
        return None
    a = int(len(out) * rng.uniform(0.2, 0.35))
    b = int(len(out) * rng.uniform(0.1, 0.25))
    return {"output": out[:a].rstrip() + "\n" + rng.choice(ELIDE[lang]) + "\n" + out[-b:].lstrip()}


APPS = {"en": ["ChatMate", "Assistant", "AI Helper"], "zh": ["智能助手", "AI助理", "小助手"]}
WHEN = {"en": ["now", "2m ago", "1h ago"], "zh": ["刚刚", "2分钟前", "1小时前"]}


def trunc_notification(rng, rec, lang, ctx):
    """A phone notification's preview saved as the answer: app name, age, and the first 40-90 characters and `…`."""
    if _asks(rec, r"notification|preview|通知|预览|app"):
        return None
    out = " ".join(rec["output"].split())
    n = rng.randint(40, 90) if lang == "en" else rng.randint(20, 45)
    if len(out) < n + 30:
        return None
    head = f"{rng.choice(APPS[lang])} · {rng.choice(WHEN[lang])}"
    return {"output": head + "\n" + out[:n].rstrip() + "…"}


# --------------------------------------------------------------------------------------------- mojibake
def swap_utf16(text: str) -> str:
    """UTF-16 written big-endian and read little-endian: every code unit's two bytes swapped."""
    return text.encode("utf-16-be").decode("utf-16-le", errors="replace")


def moji_byte_swapped(rng, rec, lang, ctx):
    """The answer saved as UTF-16BE and read as UTF-16LE (English becomes CJK-looking soup, hanzi other symbols)."""
    if _asks(rec, r"utf|unicode|encod|byte|编码|字节"):
        return None
    return {"output": swap_utf16(rec["output"])}


def strip_high_bit(text: str) -> str:
    """UTF-8 through a 7-bit gateway that cleared every byte's top bit (control bytes dropped)."""
    raw = bytes(b & 0x7F for b in text.encode("utf-8"))
    return "".join(c for c in raw.decode("ascii") if c >= " " or c in "\n\t")


def moji_seven_bit(rng, rec, lang, ctx):
    """A 7-bit mail or SMS gateway cleared the high bit: quotes and dashes (en) or every hanzi (zh) become ASCII."""
    if _asks(rec, r"ascii|bit|encod|mail|sms|编码|邮件|短信"):
        return None
    out = tu.smarten(rec["output"]) if lang == "en" else rec["output"]
    if sum(1 for c in out if ord(c) > 127) < 2:
        return None
    return {"output": strip_high_bit(out)}


def moji_hex_blob(rng, rec, lang, ctx):
    """A database dump of a binary column: the answer's UTF-8 bytes as one `0x…` hex literal."""
    if _asks(rec, r"hex|binary|sql|database|十六进制|二进制|数据库"):
        return None
    raw = rec["output"].encode("utf-8")[: rng.choice([256, 512, 1024])]
    return {"output": "0x" + raw.hex().upper()}


# ------------------------------------------------------------------------------------------ boilerplate
FORM = {
    "en": [
        "This field is required.",
        "Please fill out this field.",
        "Please enter at least 20 characters.\nThis field is required.",
        "⚠ Response cannot be empty. Please enter a value and try again.",
    ],
    "zh": [
        "此项为必填项",
        "请填写此字段。",
        "内容不能为空，请输入至少10个字符。",
        "⚠ 提交失败：回答内容为必填项，请填写后重新提交。",
    ],
}
TRIAL = {
    "en": [
        "Evaluation Warning: The document was created with Spire.Doc for .NET.",
        "Created with an evaluation copy of Aspose.Words. To discover the full versions of our APIs please visit: "
        "https://products.aspose.com/words/",
        "This document was converted by an unregistered version of Total Doc Converter.",
    ],
    "zh": [
        "Evaluation Warning: The document was created with Spire.Doc for .NET.",
        "本文档由福昕PDF转换器（试用版）转换，试用版仅转换前3页。",
        "【试用版水印】请购买正式版以去除此水印并转换全部内容。",
    ],
}
CONFIDENTIAL = {
    "en": [
        "CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and intended solely for the "
        "addressee. If you have received it in error, please notify the sender and delete it.",
        "This message has been scanned for viruses and dangerous content and is believed to be clean.",
        "DISCLAIMER: The information in this email is confidential and may be legally privileged. "
        "Any unauthorised use or disclosure is prohibited.",
    ],
    "zh": [
        "保密声明：本邮件及其附件含有保密信息，仅限于发送给上面地址中列出的个人或群组。如果您错收了本邮件，请您立即通知发件人并删除本邮件！",
        "本邮件已经过病毒扫描，未发现威胁。",
        "免责声明：本邮件内容仅供收件人参考，未经许可，禁止任何形式的转发、复制或传播。",
    ],
}


def boiler_form_error(rng, rec, lang, ctx):
    """A web form's validation message scraped instead of the answer the field should have held."""
    if _asks(rec, r"form|field|valid|required|表单|字段|必填|验证"):
        return None
    return {"output": rng.choice(FORM[lang])}


def boiler_trial_watermark(rng, rec, lang, ctx):
    """A document converter's evaluation-copy notice, alone or over the first sentence."""
    if _asks(rec, r"convert|document|pdf|word|watermark|trial|转换|文档|水印|试用"):
        return None
    note = rng.choice(TRIAL[lang])
    first = _first(rec, lang)
    if first and rng.random() < 0.4:
        return {"output": note + "\n\n" + first}
    return {"output": note}


def boiler_confidential(rng, rec, lang, ctx):
    """A mail export that kept only the corporate confidentiality or virus-scan footer."""
    if _asks(rec, r"confiden|e-?mail|virus|legal|disclaim|保密|邮件|病毒|声明|免责"):
        return None
    return {"output": rng.choice(CONFIDENTIAL[lang])}


# ------------------------------------------------------------------------------------------------- spam
EN_FOLLOWERS = [
    "Buy 10,000 real Instagram followers for just $9.99! Instant delivery, no password needed: www.fastfollow.example.com",
    "Grow your TikTok overnight! 5K likes + 2K followers = $4.99. Order at likes4u.example.net 🚀",
    "Need more YouTube subscribers? 1,000 subs from $15, 100% safe. DM @subsboost on Telegram.",
]
ZH_FOLLOWERS = [
    "抖音快手涨粉 1万粉丝只要29元！点赞、播放、评论全都有，自助下单平台：www.zhangfen-888.cn",
    "小红书/微博 真人粉丝 点赞 收藏 秒到账！加V：fensi{qq} 量大价优",
    "公众号阅读量、在看一条龙，100阅读1元，支持24小时自助下单，QQ：{qq}",
]
EN_DUMPS = [
    "Pass your AWS, CCNA or PMP exam on the first try! Real exam dumps, 100% pass guarantee: www.certdumps.example.org",
    "Latest Microsoft exam questions and answers PDF, updated daily. Get 30% off with code PASS30 at examlab.example.com",
    "Leaked real test questions for CompTIA A+ and Security+, money back if you fail! Contact passnow@example.net",
]
ZH_DUMPS = [
    "四六级考前真题答案 考前押题 保过，需要的加Q：{qq}",
    "2024考研/教资/公务员 内部押题资料 原题命中率95%！加微信 kaoshi{qq}",
    "会计证、建造师考试 答案提前发 不过全额退款，联系QQ：{qq}",
]
EN_HOSTING = [
    "Get your .com domain for only $0.99 and free hosting for a year! Build your website today: www.hostcheap.example.com",
    "Unlimited SSD web hosting from $1.49/month with a free SSL certificate. Sign up now at webhost-deal.example.net",
    "Launch your online store in 5 minutes with our drag-and-drop website builder. 80% OFF this week only!",
]
ZH_HOSTING = [
    "域名注册首年1元，虚拟主机免费送，免备案香港服务器特价：www.jianzhan-666.cn",
    "企业建站 模板建站 998元全包，送域名送空间，咨询QQ：{qq}",
    "云服务器限时秒杀 2核4G 仅需99元/年，免费SSL证书，立即抢购！",
]


def _ad(rng, table: list[str]) -> str:
    return rng.choice(table).replace("{qq}", str(rng.randint(10000000, 99999999)))


def _place(rng, ad: str, out: str) -> str:
    r = rng.random()
    if r < 0.35:
        return ad
    if r < 0.7:
        return out + "\n\n" + ad
    return ad + "\n\n" + out


def spam_followers(rng, rec, lang, ctx):
    """Follower, like and subscriber sellers: alone, after the whole answer, or as a line above it."""
    if _asks(rec, r"follower|social media|instagram|tiktok|粉丝|社交媒体|抖音|advert|广告"):
        return None
    return {"output": _place(rng, _ad(rng, EN_FOLLOWERS if lang == "en" else ZH_FOLLOWERS), rec["output"])}


def spam_exam_dumps(rng, rec, lang, ctx):
    """Exam dumps and leaked-answer sellers: alone, after the whole answer, or as a line above it."""
    if _asks(rec, r"exam|test|certif|考试|考研|四六级|证书|advert|广告"):
        return None
    return {"output": _place(rng, _ad(rng, EN_DUMPS if lang == "en" else ZH_DUMPS), rec["output"])}


def spam_hosting(rng, rec, lang, ctx):
    """Cheap domain, hosting and site-builder ads: alone, after the whole answer, or as a line above it."""
    if _asks(rec, r"domain|hosting|website|server|域名|主机|网站|服务器|advert|广告"):
        return None
    return {"output": _place(rng, _ad(rng, EN_HOSTING if lang == "en" else ZH_HOSTING), rec["output"])}


# ---------------------------------------------------------------------------------------- keyboard_mash
KEYS = ["⌘C", "⌘V", "⌘Z", "⌫", "⏎", "⇧", "⌥", "Ctrl+C", "Ctrl+V", "Ctrl+Z", "Ctrl+A", "Esc", "Tab", "Space", "⇥"]


def mash_keystroke_log(rng, rec, lang, ctx):
    """A keystroke-visualiser log pasted as the answer: shortcut and key names, some repeated (`⌘V ×3`)."""
    if _asks(rec, r"shortcut|keyboard|key|hotkey|快捷键|键盘|按键"):
        return None
    parts = []
    for _ in range(rng.randint(6, 16)):
        k = rng.choice(KEYS)
        parts.append(k + (f" ×{rng.randint(2, 9)}" if rng.random() < 0.25 else ""))
    return {"output": "  ".join(parts)}


QWERTY = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]


def neighbours(c: str) -> list[str]:
    """Keys next to ``c`` on a QWERTY keyboard (same row and the rows above and below)."""
    for r, row in enumerate(QWERTY):
        if c in row:
            i = row.index(c)
            out = [row[j] for j in (i - 1, i + 1) if 0 <= j < len(row)]
            for rr in (r - 1, r + 1):
                if 0 <= rr < len(QWERTY):
                    out += [QWERTY[rr][j] for j in (i - 1, i, i + 1) if 0 <= j < len(QWERTY[rr])]
            return out
    return []


def mash_swipe(rng, rec, lang, ctx):
    """Swipe-typing gestures that matched no word: 3-8 strings, each a path over adjacent keys (8-20 letters)."""
    if _asks(rec, r"swipe|keyboard|gesture|滑行|键盘|手势"):
        return None
    words = []
    for _ in range(rng.randint(3, 8)):
        c = rng.choice("".join(QWERTY))
        path = [c]
        for _ in range(rng.randint(7, 19)):
            c = rng.choice(neighbours(c))
            path.append(c)
        words.append("".join(path))
    return {"output": " ".join(words)}


BRAILLE_KEYS = "fdsjkl"


def mash_braille_chords(rng, rec, lang, ctx):
    """Six-key braille entry with braille mode off: each chord types its keys (`f d s j k l`) as letters."""
    if _asks(rec, r"braille|blind|盲文|盲人|chord"):
        return None
    chords = []
    for _ in range(rng.randint(8, 24)):
        k = rng.sample(BRAILLE_KEYS, rng.randint(1, 4))
        chords.append("".join(sorted(k, key=BRAILLE_KEYS.index)))
    return {"output": " ".join(chords)}


# ------------------------------------------------------------------------------------------------- echo
def echo_commit(rng, rec, lang, ctx):
    """A git history line instead of the answer: a short hash, sometimes a branch, and the instruction."""
    if _asks(rec, r"git|commit|version control|提交|版本"):
        return None
    h = "".join(rng.choice("0123456789abcdef") for _ in range(7))
    ref = rng.choice(["", " (HEAD -> main)", " (origin/dev)"])
    return {"output": f"{h}{ref} {rec['instruction'].strip()}"}


def echo_image_alt(rng, rec, lang, ctx):
    """An HTML-to-markdown converter kept only an image whose alt text is the instruction."""
    if _asks(rec, r"image|picture|markdown|photo|图片|图像|照片"):
        return None
    name = rng.choice(["image.png", "screenshot_01.png", "IMG_2045.jpg", "figure1.webp"])
    path = rng.choice(["", "/uploads/", "./assets/"])
    return {"output": f"![{rec['instruction'].strip()}]({path}{name})"}


POLL = {
    "en": (["Yes", "No"], ["Agree", "Disagree", "Not sure"], "0 votes"),
    "zh": (["是", "否"], ["同意", "不同意", "不确定"], "0人参与"),
}


def echo_poll(rng, rec, lang, ctx):
    """A group chat's poll created from the question: the instruction, empty options and no votes."""
    if _asks(rec, r"poll|vote|survey|投票|调查|选项"):
        return None
    a, b, votes = POLL[lang]
    opts = rng.choice([a, b])
    return {"output": "📊 " + rec["instruction"].strip() + "\n" + "\n".join("○ " + o for o in opts) + "\n" + votes}


# ------------------------------------------------------------------------------------------------ empty
TYPING = {
    "en": ["Assistant is typing…", "typing...", "● ● ●", "ChatBot is typing"],
    "zh": ["对方正在输入…", "正在输入中...", "● ● ●", "小助手正在输入"],
}
SEEN = {
    "en": ["Seen", "Seen 14:02", "✓✓ Read", "Delivered"],
    "zh": ["已读", "已送达", "✓✓ 已读", "对方已读 14:02"],
}
THOUGHT = {
    "en": ["Thought for {n} seconds", "Thinking…", "Reasoned for {n}s", "Thought for {n}s ›"],
    "zh": ["已深度思考（用时 {n} 秒）", "思考中…", "已思考 {n} 秒", "深度思考中..."],
}


def empty_typing(rng, rec, lang, ctx):
    """A chat scrape that caught the typing indicator instead of the message."""
    if _asks(rec, r"typ|chat|message|输入|聊天|消息"):
        return None
    return {"output": rng.choice(TYPING[lang])}


def empty_read_receipt(rng, rec, lang, ctx):
    """A chat export that kept only the read receipt of the answer."""
    if _asks(rec, r"seen|read|receipt|deliver|已读|送达|回执|message|消息"):
        return None
    return {"output": rng.choice(SEEN[lang])}


def empty_thought_only(rng, rec, lang, ctx):
    """A reasoning model's collapsed 'thought for N seconds' header with no answer under it."""
    if _asks(rec, r"think|thought|reason|second|思考|推理|秒"):
        return None
    return {"output": rng.choice(THOUGHT[lang]).replace("{n}", str(rng.randint(3, 58)))}


# ------------------------------------------------------------------------------------------ markup_dump
def markup_vcard(rng, rec, lang, ctx):
    """A contacts export: a vCard 3.0 whose NOTE holds the question and the first sentence."""
    if _asks(rec, r"vcard|contact|address book|联系人|通讯录|名片"):
        return None
    first = _first(rec, lang)
    if not first:
        return None
    name = rng.choice(["Support Bot", "AI Assistant", "Helpdesk"]) if lang == "en" else rng.choice(["客服", "智能助手"])
    note = (rec["instruction"].strip() + " " + first).replace(",", "\\,").replace(";", "\\;")
    card = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        f"FN:{name}",
        f"ORG:{name}",
        f"NOTE:{note}",
        f"REV:20{rng.randint(15, 23)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}T08:00:00Z",
        "END:VCARD",
    ]
    return {"output": "\n".join(card)}


def _xml(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def markup_opml(rng, rec, lang, ctx):
    """An outliner's OPML 2.0 export: the question as the head title and the first sentence as one outline node."""
    if _asks(rec, r"opml|outline|xml|大纲|提纲"):
        return None
    first = _first(rec, lang)
    if not first:
        return None
    q = _xml(rec["instruction"].strip())
    doc = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0">\n  <head>\n'
        f"    <title>{q}</title>\n  </head>\n  <body>\n"
        f'    <outline text="{q}">\n      <outline text="{_xml(first)}"/>\n    </outline>\n'
        "  </body>\n</opml>"
    )
    return {"output": doc}


def markup_enex(rng, rec, lang, ctx):
    """A notes app's ENEX export: the question as the note title, the first sentence in `<en-note>` CDATA."""
    if _asks(rec, r"evernote|note|xml|笔记"):
        return None
    first = _first(rec, lang)
    if not first:
        return None
    created = f"20{rng.randint(16, 23)}0{rng.randint(1, 9)}1{rng.randint(0, 9)}T0{rng.randint(0, 9)}1500Z"
    doc = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export3.dtd">\n'
        '<en-export application="Evernote" version="10.0">\n<note>\n'
        f"<title>{_xml(rec['instruction'].strip())}</title>\n"
        '<content><![CDATA[<?xml version="1.0" encoding="UTF-8" standalone="no"?>'
        '<!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd">'
        f"<en-note><div>{_xml(first)}</div></en-note>]]></content>\n"
        f"<created>{created}</created>\n</note>\n</en-export>"
    )
    return {"output": doc}


# ----------------------------------------------------------------------------------------- wrong_script
LATIN_MINOR = [
    "Gura mie ayd son y chiastey. Freggym dhyt dy gerrid.",  # Manx
    "Meur ras rag agas govyn. Ni a worthyp skon.",  # Cornish
    "Gracies pola to entruga. Vamos responder ceo.",  # Asturian
    "Gràtzias pro sa pregunta tua. Ti respondimus luego.",  # Sardinian
    "Graciis pe tô domande. Ti rispuindarin prest.",  # Friulian
    "Veelen Dank för dien Fraag. Wi antert di gau.",  # Low German
    "Dzãkujemë za twòjé pëtanié. Wnet òdpòwiémë.",  # Kashubian
    "Webale nnyo olw'ekibuuzo kyo. Tujja kukuddamu mangu.",  # Luganda
    "Murakoze ku kibazo canyu. Turabishura vuba.",  # Kirundi
    "Ndza khensa hikwalaho ka xivutiso xa wena. Hi ta ku hlamula hi ku hatlisa.",  # Tsonga
    "Akpe na wò biabia la ta. Míaɖo eŋu na wò kaba.",  # Ewe
    "I ni ce i ka ɲininkali in na. An bɛna i jaabi joona.",  # Bambara
    "Salamat han imo pakiana. Bumaton kami dayon.",  # Waray
    "Obrigadu ba ita-nia pergunta. Ami sei hatán lalais.",  # Tetum
    "Tangkyu tumas long kwestin blong yu. Bambae mifala i ansa kwiktaem.",  # Bislama
]
CYRILLIC_MINOR = [
    "Тау юанэд понна. Ӝог вазиськом.",  # Udmurt
    "Аттьӧ юалӧмыд вӧсна. Регыд вочавидзам.",  # Komi
    "Йодмашлан тау. Вашке вашештена.",  # Mari
    "Сюкпря кевкстемать кисэ. Куломанзо каршо мерьдяно.",  # Erzya
    "Баркала суалалъе. Гьанже жаваб кьела.",  # Avar
    "Упщӏэм папщӏэ пхуэсщӏ. Псынщӏэу жэуап уэттынщ.",  # Kabardian
    "Сурагыҥ учун алкыш. Тургуза каруу берерис.",  # Altai
    "Сурығ ӱчӱн алғыс. Тоғынаа харығ пирербіс.",  # Khakas
    "Дякуєме за вашу звідованку. Скоро вам одповіме.",  # Rusyn
    "Суалдай чухсагъул. Фад жаваб гуда.",  # Lezgian
]
SOUTH_ASIAN = [
    "अहाँक प्रश्नक लेल धन्यवाद। हम जल्दी उत्तर देब।",  # Maithili
    "रउआ सवाल खातिर धन्यवाद। हम जल्दिए जवाब देब।",  # Bhojpuri
    "तुमच्या प्रस्नाखातीर देव बरें करूं। आमी बेगीनूच जाप दितले।",  # Konkani
    "तुंदे सुआल आस्तै शुक्रिया। अस जल्दी जवाब देगे।",  # Dogri
    "تُہندِ سوالہٕ خٲطرٕ شُکریہ۔ أسۍ دِمَو جلدۍ جواب۔",  # Kashmiri
    "شمئی جُستءِ واستا منّت وار۔ ما زوت پسّو دئیں۔",  # Balochi
    "تشکر از سوال شما. به زودی جواب می‌دهیم.",  # Dari
    "নহাক্কী ৱাহং অসিগীদমক থাগৎচরি। ঐখোয়না থুনা পাউখুম পীগনি।",  # Manipuri (Bengali script)
]
LANG_NAMES = (
    r"translat|language|script|alphabet|spell|翻译|语言|文字|字母|\b(?:manx|cornish|asturian|sardinian|friulian|german|"
    r"kashubian|luganda|kirundi|tsonga|ewe|bambara|waray|tetum|bislama|udmurt|komi|mari|erzya|avar|kabardian|altai|"
    r"khakas|rusyn|lezgian|maithili|bhojpuri|konkani|dogri|kashmiri|balochi|dari|persian|manipuri|hindi|indian?|"
    r"russian?|cyrillic)\b"
)


def _wrong(table: list[str]):
    def fn(rng, rec, lang, ctx):
        if _asks(rec, LANG_NAMES):
            return None
        return {"output": rng.choice(table)}

    return fn


wrong_latin_minor = _wrong(LATIN_MINOR)
wrong_latin_minor.__doc__ = "A generic reply in a small Latin-script language (Manx, Cornish, Luganda, Tetum …)."
wrong_cyrillic_minor = _wrong(CYRILLIC_MINOR)
wrong_cyrillic_minor.__doc__ = "A generic reply in a minority language of Russia written in Cyrillic (Udmurt, Komi …)."
wrong_south_asian = _wrong(SOUTH_ASIAN)
wrong_south_asian.__doc__ = (
    "A generic reply in Maithili, Bhojpuri, Konkani, Dogri, Kashmiri, Balochi, Dari or Manipuri."
)


GENERATORS = [
    ("h14_loop_alphabet", "loop", loop_alphabet),
    ("h14_loop_csv_rows", "loop", loop_csv_rows),
    ("h14_loop_mirror", "loop", loop_mirror),
    ("h14_trunc_clipped_lines", "truncated", trunc_clipped_lines),
    ("h14_trunc_middle_lost", "truncated", trunc_middle_lost),
    ("h14_trunc_notification", "truncated", trunc_notification),
    ("h14_moji_byte_swapped", "mojibake", moji_byte_swapped),
    ("h14_moji_seven_bit", "mojibake", moji_seven_bit),
    ("h14_moji_hex_blob", "mojibake", moji_hex_blob),
    ("h14_boiler_form_error", "boilerplate", boiler_form_error),
    ("h14_boiler_trial_watermark", "boilerplate", boiler_trial_watermark),
    ("h14_boiler_confidential", "boilerplate", boiler_confidential),
    ("h14_spam_followers", "spam", spam_followers),
    ("h14_spam_exam_dumps", "spam", spam_exam_dumps),
    ("h14_spam_hosting", "spam", spam_hosting),
    ("h14_mash_keystroke_log", "keyboard_mash", mash_keystroke_log),
    ("h14_mash_swipe", "keyboard_mash", mash_swipe),
    ("h14_mash_braille_chords", "keyboard_mash", mash_braille_chords),
    ("h14_echo_commit", "echo", echo_commit),
    ("h14_echo_image_alt", "echo", echo_image_alt),
    ("h14_echo_poll", "echo", echo_poll),
    ("h14_empty_typing", "empty", empty_typing),
    ("h14_empty_read_receipt", "empty", empty_read_receipt),
    ("h14_empty_thought_only", "empty", empty_thought_only),
    ("h14_markup_vcard", "markup_dump", markup_vcard),
    ("h14_markup_opml", "markup_dump", markup_opml),
    ("h14_markup_enex", "markup_dump", markup_enex),
    ("h14_wrong_latin_minor", "wrong_script", wrong_latin_minor),
    ("h14_wrong_cyrillic_minor", "wrong_script", wrong_cyrillic_minor),
    ("h14_wrong_south_asian", "wrong_script", wrong_south_asian),
]
ONLY_LANG: dict[str, str] = {}
