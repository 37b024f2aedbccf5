"""heldout16 junk templates: a sixteenth blind part (see bench/clean_eval/README.md, "heldout16").

Each generator takes ``(rng, rec, lang, ctx)`` and returns ``{"output": ...}`` (the base record's answer corrupted)
or ``None`` when the base does not fit (too short, or the task asks for something the template would imitate).
Sources: emoji-happy chat models, markdown tables that never close, pipelines that JSON-encode twice, web forms
with a length limit, unescaped quotes, interrupted transcripts, Usenet yEnc bodies, PDF ASCII85 streams, DOS
Greek consoles, GBK files opened on a Western Windows, workplace web filters, no-reply mailers, site-builder
placeholders, SIM-card / driving-school / cleaning ads, virtual-piano sheets, keyboard-tester logs, chattering
keys, Cangjie radicals, spreadsheet AI formulas, wake words, reply cards, REPL prompts, formatting marks, tofu
boxes, SVG quote cards, mind-map DOT exports, property lists and wrong-target machine translation.
"""

from __future__ import annotations

import base64
import binascii
import json
import random
import re
from collections.abc import Callable
from typing import Any

import textutil as tu

Rec = dict[str, str]
Gen = Callable[[random.Random, Rec, str, Any], "Rec | None"]

JUNK_PER_LANG = 400
CJK = re.compile(r"[\u4e00-\u9fff]")


def _asks(rec: Rec, pattern: str) -> bool:
    """Whether the instruction or input mentions ``pattern`` (a regex, case-insensitive).

    ``re.ASCII`` makes ``\\b`` a boundary between an English word and the hanzi around it (``这个PDF怎么``).
    """
    text = rec["instruction"] + "\n" + rec["input"]
    return re.search(pattern, text, re.I | re.ASCII) is not None


def _first(rec: Rec, lang: str, n: int = 1) -> str | None:
    sents = tu.sentences(rec["output"], lang)
    if not sents:
        return None
    return (" " if lang == "en" else "").join(sents[:n])


# --- loop ---------------------------------------------------------------------------------------------------------

EMOJI = ["😊", "🙏", "👍", "✨", "🔥", "😂", "🌟", "💯", "🥰", "😄"]


def loop_emoji_trail(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """The first one or two sentences, then one emoji 30-150 times (a chat model stuck on its sign-off emoji)."""
    if _asks(rec, r"\bemoji|\bemoticon|表情|符号"):
        return None
    head = _first(rec, lang, rng.choice([1, 2]))
    if head is None:
        return None
    e = rng.choice(EMOJI)
    n = rng.randint(30, 150)
    tail = (e + " ") * n if rng.random() < 0.3 else e * n
    return {"output": head + " " + tail.rstrip()}


def loop_table_rule(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """The first sentence, then a markdown table's separator row 15-40 times and never a cell (a table that never starts)."""
    if _asks(rec, r"\btables?\b|\bmarkdown\b|\bcolumns?\b|表格|列"):
        return None
    head = _first(rec, lang)
    if head is None:
        return None
    cols = rng.randint(2, 4)
    rule = rng.choice(["|" + "---|" * cols, "| " + " | ".join(["---"] * cols) + " |", "|" + ":---:|" * cols])
    return {"output": head + "\n\n" + "\n".join([rule] * rng.randint(15, 40))}


def loop_escape_ladder(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """The first sentence JSON-encoded once more on every line, 4-7 lines (a pipeline that re-serialised its own output)."""
    if _asks(rec, r"\bjson\b|\bescap|\bstrings?\b|\bserial|转义|字符串|序列化"):
        return None
    head = _first(rec, lang)
    if head is None or len(head) > 160:
        return None
    out, cur = [], head
    for _ in range(rng.randint(4, 7)):
        cur = json.dumps(cur, ensure_ascii=False)
        out.append(cur)
    return {"output": "\n".join(out)}


# --- truncated ----------------------------------------------------------------------------------------------------

MAXLEN = {"en": (200, 250, 300, 400, 500), "zh": (100, 120, 150, 200)}


def trunc_maxlength(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """Pasted into a form field with a length limit: the first L characters and the field's counter under them."""
    if _asks(rec, r"\bcharacters?\b|\blimit|\btweet|\bsummar|\bshort|\bbrief|字数|字符|简短|概括|摘要|总结"):
        return None
    out = rec["output"]
    fits = [n for n in MAXLEN[lang] if len(out) > n + 40]
    if not fits:
        return None
    n = rng.choice(fits)
    if lang == "en":
        counter = rng.choice([f"{n}/{n}", f"{n} / {n} characters", f"Character limit reached ({n}/{n})"])
    else:
        counter = rng.choice([f"{n}/{n}", f"（已达字数上限 {n}/{n}）", f"{n}/{n}字"])
    return {"output": out[:n] + "\n" + counter}


QUOTES = {"en": "'\"\u2019\u201c", "zh": '“"「‘『'}


def trunc_quote_cut(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """An export that did not escape quotes: only the text before the answer's first quote mark survived."""
    if _asks(rec, r"\bquot|\bapostroph|引号|引用|撇号"):
        return None
    out = rec["output"]
    m = re.search("[" + re.escape(QUOTES[lang]) + "]", out)
    if m is None or not 0.15 * len(out) <= m.start() <= 0.8 * len(out):
        return None
    return {"output": out[: m.start()].rstrip()}


def trunc_interrupted(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """A transcript whose speaker was cut off: the answer broken off mid-sentence at 30-70 % with a dash."""
    if _asks(rec, r"\bdialog|\binterrupt|\bscript\b|\bplay\b|\bscene\b|对话|剧本|打断|台词"):
        return None
    out = rec["output"]
    if len(out) < 80:
        return None
    lo, hi = int(0.3 * len(out)), int(0.7 * len(out))
    if lang == "en":
        cuts = [i for i in range(lo, hi) if out[i] == " " and out[i - 1].isalpha()]
        if not cuts:
            return None
        return {"output": out[: rng.choice(cuts)] + rng.choice(["—", " —", "--"])}
    cuts = [i for i in range(lo, hi) if CJK.match(out[i - 1]) and CJK.match(out[i])]
    if not cuts:
        return None
    return {"output": out[: rng.choice(cuts)] + "——"}


# --- mojibake -----------------------------------------------------------------------------------------------------


def yenc(data: bytes, line: int = 128) -> str:
    """yEnc body of ``data`` (critical bytes escaped), lines of ``line`` bytes, as Latin-1 text."""
    rows, cur = [], bytearray()
    for b in data:
        c = (b + 42) % 256
        if c in (0x00, 0x0A, 0x0D, 0x3D):
            cur += bytes([0x3D, (c + 64) % 256])
        else:
            cur.append(c)
        if len(cur) >= line:
            rows.append(bytes(cur))
            cur = bytearray()
    if cur:
        rows.append(bytes(cur))
    return "\n".join(r.decode("latin-1") for r in rows)


def unyenc(text: str) -> bytes:
    """The bytes a yEnc body (as :func:`yenc` writes it) stands for."""
    raw = text.replace("\n", "").encode("latin-1")
    out, i = bytearray(), 0
    while i < len(raw):
        c = raw[i]
        if c == 0x3D:
            i += 1
            c = (raw[i] - 64) % 256
        out.append((c - 42) % 256)
        i += 1
    return bytes(out)


def moji_yenc(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """A newsreader left the answer as a yEnc-encoded attachment: ``=ybegin`` … ``=yend`` with the 8-bit body."""
    if _asks(rec, r"\bencod|\byenc\b|\busenet\b|\battach|编码|附件|解码"):
        return None
    data = rec["output"].encode("utf-8")
    name = rng.choice(["reply.txt", "answer.txt", "msg0001.txt", "post.txt"])
    crc = binascii.crc32(data)
    return {
        "output": f"=ybegin line=128 size={len(data)} name={name}\n{yenc(data)}\n=yend size={len(data)} crc32={crc:08x}"
    }


def moji_ascii85(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """A PDF text stream copied before its ASCII85 filter was undone: ``<~…~>`` wrapped at 72 columns."""
    if _asks(rec, r"\bencod|\bascii85\b|\bbase85\b|\bpdf\b|编码|解码"):
        return None
    return {"output": base64.a85encode(rec["output"].encode("utf-8"), wrapcol=72, adobe=True).decode("ascii")}


def moji_dos_greek2(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """UTF-8 shown by a DOS console in code page 869 (Greek 2): quotes and dashes turn to Greek letters and U+FFFD (en)."""
    if _asks(rec, r"\bencod|\bgreek\b|\bunicode\b|\butf|编码|希腊"):
        return None
    smart = tu.smarten(rec["output"])
    if sum(1 for c in smart if ord(c) > 127) < 2:
        return None
    return {"output": smart.encode("utf-8").decode("cp869", errors="replace")}


def moji_gbk_western(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """A GBK file opened on a Western Windows: the GBK bytes read as Windows-1252 (``ÇïÌì``, zh)."""
    if _asks(rec, r"\bencod|\bgbk\b|\bunicode\b|编码|乱码"):
        return None
    try:
        raw = rec["output"].encode("gbk")
    except UnicodeEncodeError:
        return None
    return {"output": raw.decode("cp1252", errors="replace")}


# --- boilerplate --------------------------------------------------------------------------------------------------

WEB_FILTER = {
    "en": [
        "Access Denied. This site has been blocked by your organization's web filter.\nCategory: Forums & Q&A\n"
        "If you believe this is an error, contact the IT service desk.",
        "The page you requested is blocked by school policy (category: Chat / AI tools).\n"
        "Ask your teacher or network administrator if you need access.",
        "Web Page Blocked\nThe requested URL has been blocked according to your company's acceptable use policy.\n"
        "Reference ID: 7741-2209",
        "This content is not available on the guest Wi-Fi network. Please sign in with your staff account.",
    ],
    "zh": [
        "该网页已被您所在单位的上网行为管理系统拦截。\n拦截类别：论坛/问答\n如有疑问，请联系信息中心。",
        "根据学校网络使用规定，此页面已被屏蔽（类别：聊天工具）。",
        "访问受限：当前网络环境下无法访问该内容，请切换至办公网络后重试。",
        "您访问的网站不在白名单内，已被网关阻断。事件编号：FW-20931",
    ],
}
NOREPLY = {
    "en": [
        "This is an automated message sent from an unmonitored mailbox. Please do not reply to this email.",
        "Please do not reply to this message. Replies to this address are not read or answered.",
        "This notification was sent automatically. For help, visit our Help Centre instead of replying.",
        "Do not reply: this email address is used for outgoing messages only.",
    ],
    "zh": [
        "本邮件由系统自动发送，请勿直接回复。",
        "此邮箱为系统发信邮箱，不接收回复邮件，如需帮助请联系在线客服。",
        "这是一封自动通知邮件，请不要回复本邮件。",
        "系统通知：本消息为自动发送，回复将无法送达。",
    ],
}
SITE_PLACEHOLDER = {
    "en": [
        "This is your paragraph. Click to edit and add your own text. It's a great place to tell visitors a bit about you.",
        "Add a short description here. Double-click this text box to change the font, size and colour.",
        "Your headline goes here\nUse this space to introduce your business and what makes it special.",
        "Lorem headline\nEdit this text to describe your product. Keep it short and friendly.",
    ],
    "zh": [
        "这里是段落文本。双击此处即可编辑内容，介绍您的品牌和服务。",
        "在此输入标题\n点击此处添加正文内容，可修改字体、字号和颜色。",
        "请在这里填写简介，让访客更了解您。",
        "文本框占位内容，请替换为您自己的文字。",
    ],
}


def _boiler(table: dict[str, list[str]], guard: str) -> Gen:
    def fn(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
        if _asks(rec, guard):
            return None
        return {"output": rng.choice(table[lang])}

    return fn


boiler_web_filter = _boiler(
    WEB_FILTER, r"\bfilter|\bblock|\bfirewall|\bproxy|\bnetwork|\bwi-?fi\b|过滤|拦截|屏蔽|防火墙|网络|上网"
)
boiler_noreply = _boiler(NOREPLY, r"\be-?mail|\bmail\b|\brepl(y|ies)|\bnotification|邮件|邮箱|回复|通知")
boiler_site_placeholder = _boiler(
    SITE_PLACEHOLDER, r"\bwebsite|\btemplate|\bplaceholder|\bparagraph|\bheadline|网站|模板|占位|段落|标题"
)


# --- spam ---------------------------------------------------------------------------------------------------------

SIM_ADS = {
    "en": [
        "📶 Unlimited data SIM only £6/month, no contract, keep your number – switch in 5 minutes at simswap-deals.example",
        "FREE SIM + 100GB data for $9.99! No credit check. Order today at cheapdata-4u.example",
        "Tired of roaming fees? Get a travel eSIM for 190 countries from $2.50 – code DATA50 at esim-go-now.example",
    ],
    "zh": [
        "【大流量卡】29元/月 100G全国通用流量，免费包邮到家，加微信{wx}办理！",
        "学生专属流量卡，19元235G，不限速不限APP，点击链接免费领卡 → llk-{wx}.example",
        "手机号码不换号也能转网，月租低至8元，咨询热线 400-{tel}",
    ],
}
DRIVING_ADS = {
    "en": [
        "🚗 Pass your driving test FIRST TIME! Intensive 5-day courses, manual or automatic. Call 0800 555 0143",
        "Driving lessons from £19/hour – fast-track test dates guaranteed! Book at quickpass-driving.example",
        "Need your licence fast? Theory + practical package, 98% pass rate. WhatsApp +1 555 0199 today",
    ],
    "zh": [
        "【驾校报名】C1/C2 包过班，一人一车，随到随学，最快30天拿证！电话 {tel}",
        "学车找我们！科目二科目三 包接送 不过免费重考，加V：{wx}",
        "暑假学车特惠 2999元全包，名额有限，报名咨询 400-{tel}",
    ],
}
CLEANING_ADS = {
    "en": [
        "✨ Deep home cleaning from $79 – end-of-tenancy, carpets, ovens. Same-day slots! Call (555) 014-2271",
        "Professional cleaners in your area – first clean 50% OFF with code SPARKLE. Book at tidyhome-pros.example",
        "Move-out cleaning with deposit-back guarantee. Fully insured. Text CLEAN to 555-0176",
    ],
    "zh": [
        "【家政保洁】开荒保洁 擦玻璃 油烟机清洗 上门服务，新客首单立减50元！电话 {tel}",
        "专业保洁阿姨 日常保洁/深度保洁 按小时计费，微信 {wx} 预约",
        "新房开荒、除甲醛、地毯清洗一站式服务，全城上门，咨询 400-{tel}",
    ],
}


def _fill(ad: str, rng: random.Random) -> str:
    return ad.replace("{wx}", "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(8))).replace(
        "{tel}", str(rng.randint(1000000, 9999999))
    )


def _spam(table: dict[str, list[str]], guard: str) -> Gen:
    def fn(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
        if _asks(rec, guard + r"|\badvert|\bads?\b|\bpromot|\bmarketing|广告|推广|营销"):
            return None
        out = rec["output"]
        ad = _fill(rng.choice(table[lang]), rng)
        how = rng.choice(["alone", "after", "instead_of_last"])
        if how == "alone":
            return {"output": ad}
        if how == "instead_of_last":
            sents = tu.sentences(out, lang)
            if len(sents) >= 3 and "\n" not in out:
                last = out.rfind(sents[-1])
                if last > 0:
                    return {"output": out[:last].rstrip() + (" " if lang == "en" else "") + ad}
        return {"output": out + "\n\n" + ad}

    return fn


spam_sim_plan = _spam(SIM_ADS, r"\bsim\b|\bdata plans?|\bmobile|\bphone|\broaming|流量|手机|话费|套餐")
spam_driving_school = _spam(DRIVING_ADS, r"\bdriv|\blicen[cs]e|\bcars?\b|驾|车")
spam_home_cleaning = _spam(CLEANING_ADS, r"\bclean|\bhousework|\bchores?\b|保洁|清洁|家政|打扫")


# --- keyboard_mash ------------------------------------------------------------------------------------------------

PIANO_KEYS = "1234567890qwertyuiopasdfghjklzxcvbnm"


def mash_virtual_piano(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """A virtual-piano sheet pasted into the answer box: single keys and ``[chords]``, 12-30 tokens, random."""
    if _asks(rec, r"\bpiano|\bmusic|\bsongs?\b|\bmelod|\bnotes?\b|\bchords?\b|钢琴|音乐|歌|乐谱|旋律|和弦"):
        return None
    toks = []
    for _ in range(rng.randint(12, 30)):
        if rng.random() < 0.3:
            toks.append("[" + "".join(rng.sample(PIANO_KEYS, rng.randint(2, 4))) + "]")
        elif rng.random() < 0.1:
            toks.append("|")
        else:
            toks.append(rng.choice(PIANO_KEYS))
    return {"output": " ".join(toks)}


KEY_CODES = (
    [f"Key{c}" for c in "ASDFGHJKLQWERTYUIOPZXCVBNM"]
    + [f"Digit{d}" for d in range(10)]
    + ["Space", "Backspace", "ShiftLeft", "ShiftRight", "Semicolon", "Quote", "Enter", "Tab", "CapsLock", "Slash"]
)


def mash_key_events(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """A keyboard-tester page's event log pasted instead of the answer: 8-20 ``KeyboardEvent.code`` names."""
    if _asks(rec, r"\bkeys?\b|\bkeyboard|\bjavascript|\bevents?\b|\btyping|键盘|按键|事件"):
        return None
    sep = rng.choice([" ", " ", ", ", "\n"])
    return {"output": sep.join(rng.choice(KEY_CODES) for _ in range(rng.randint(8, 20)))}


def mash_chatter(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """The first sentences typed on a chattering keyboard: many letters come out twice or three times (en)."""
    if _asks(rec, r"\btypos?\b|\bspell|\bkeyboard|\bproofread|\bcorrect"):
        return None
    head = _first(rec, lang, rng.choice([1, 2]))
    if head is None:
        return None
    out = []
    for c in head:
        out.append(c)
        if c.isalpha() and rng.random() < 0.35:
            out.append(c * rng.choice([1, 1, 2]))
    made = "".join(out)
    return {"output": made} if made != head else None


CANGJIE = "日月金木水火土竹戈十大中一弓人心手口尸廿山女田卜"


def mash_cangjie(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """A Cangjie IME's radical keys shown as composed and never converted: 6-14 groups of 1-5 radicals (zh)."""
    if _asks(rec, r"仓颉|倉頡|输入法|部首|键盘|打字"):
        return None
    groups = ["".join(rng.choice(CANGJIE) for _ in range(rng.randint(1, 5))) for _ in range(rng.randint(6, 14))]
    return {"output": " ".join(groups)}


# --- echo ---------------------------------------------------------------------------------------------------------


def echo_sheet_formula(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """A spreadsheet export kept the AI cell's formula, not its value: ``=GPT("<instruction>")``."""
    if _asks(rec, r"\bformulas?\b|\bspreadsheet|\bexcel\b|\bsheets?\b|\bcells?\b|公式|表格|单元格"):
        return None
    fn = rng.choice(["GPT", "AI", "CHATGPT", "ASK_AI"] if lang == "en" else ["AI", "WPSAI", "GPT"])
    q = rec["instruction"].strip().replace('"', '""')
    return {"output": f'={fn}("{q}")'}


WAKE = {
    "en": ["Hey Siri, ", "OK Google, ", "Alexa, ", "Hey Google, "],
    "zh": ["小爱同学，", "天猫精灵，", "小度小度，", "嘿 Siri，"],
}


def echo_wake_word(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """A smart-speaker log kept the user's spoken request only: the wake word and the instruction."""
    if _asks(rec, r"\bsiri\b|\balexa\b|\bgoogle\b|\bvoice|\bspeaker|\bassistant|语音|音箱|助手|小爱|小度|天猫精灵"):
        return None
    q = rec["instruction"].strip()
    if lang == "en" and q[:1].isupper() and q[1:2].islower():
        q = q[0].lower() + q[1:]  # as a speech recogniser writes the words after the wake word
    return {"output": rng.choice(WAKE[lang]) + q}


def echo_reply_card(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """A chat export kept only the reply card of the answer: the quoted question and no text under it."""
    if _asks(rec, r"\brepl(y|ies)\b|\bquot|回复|引用"):
        return None
    q = rec["instruction"].strip()
    if lang == "en":
        card = rng.choice([f"↪ Replying to: “{q}”", f"Replying to @asker\n> {q}", f"↩︎ In reply to: {q}"])
    else:
        card = rng.choice([f"↪ 回复：“{q}”", f"回复 @提问者\n> {q}", f"引用：{q}"])
    return {"output": card}


# --- empty --------------------------------------------------------------------------------------------------------

PROMPTS = [">>> ", ">>>", "In [1]: ", "In [ ]:", "$ ", "irb(main):001:0> ", "mysql> ", "PS C:\\Users\\user> "]


def empty_repl_prompt(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """A notebook or terminal scrape kept only the interpreter's prompt: ``>>>``, ``In [1]:``, ``$``."""
    if _asks(
        rec, r"\bpython|\bshell|\bterminal|\bcommand|\bcode|\brepl\b|\bsql\b|\bruby|\bprogram|代码|命令|终端|编程|程序"
    ):
        return None
    return {"output": rng.choice(PROMPTS)}


def empty_format_marks(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """Copied from an editor with formatting marks on and the text lost: one ``¶`` or ``↵`` per line of the answer."""
    if _asks(rec, r"\bparagraph|\bformat|\bword processor|\bpilcrow|段落|格式|排版"):
        return None
    n = max(1, min(12, len(rec["output"].split("\n"))))
    mark = rng.choice(["¶", "↵", "·¶"])
    sep = rng.choice(["\n", ""])
    return {"output": sep.join([mark] * n)}


EMPTY_MAIL = ["This message has no content.", "(no message body)", "[This message is empty.]", "(No text)"]


def empty_no_content(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """A mail client's line for a message without a body (en)."""
    if _asks(rec, r"\be-?mail|\bmessages?\b|\bmail\b"):
        return None
    return {"output": rng.choice(EMPTY_MAIL)}


def empty_tofu(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """OCR of a screenshot whose font lacked the glyphs: every hanzi a ``□``, punctuation, digits and Latin kept (zh)."""
    if _asks(rec, r"字体|方框|乱码|显示"):
        return None
    head = _first(rec, lang, rng.choice([1, 2, 3])) if rng.random() < 0.5 else rec["output"]
    if head is None:
        return None
    return {"output": CJK.sub("□", head)}


# --- markup_dump --------------------------------------------------------------------------------------------------


def _xml(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def markup_svg(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """A quote-card generator's SVG: the question as the title text, the first sentence as the body text."""
    if _asks(rec, r"\bsvg\b|\bimages?\b|\bgraphic|\blogo|\bcards?\b|\bposter|\bxml\b|图片|图像|海报|卡片|标志"):
        return None
    first = _first(rec, lang)
    if first is None:
        return None
    w, h = rng.choice([(1080, 1080), (1200, 630), (800, 400)])
    bg = rng.choice(["#1e293b", "#fef3c7", "#ffffff", "#0f766e"])
    font = "Noto Sans SC" if lang == "zh" else rng.choice(["Inter", "Georgia", "Helvetica"])
    return {
        "output": (
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}">\n'
            f'  <rect width="100%" height="100%" fill="{bg}"/>\n'
            f'  <text x="60" y="120" font-family="{font}" font-size="44" font-weight="700">'
            f"{_xml(rec['instruction'].strip())}</text>\n"
            f'  <text x="60" y="220" font-family="{font}" font-size="30">{_xml(first)}</text>\n'
            "</svg>"
        )
    }


def _dot(s: str) -> str:
    return s.replace("\\", "\\\\").replace('"', '\\"')


def markup_dot(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """A mind-map app's Graphviz export: the question as the root node, the first sentence as its only child."""
    if _asks(rec, r"\bgraphs?\b|\bdiagram|\bmind ?maps?\b|\bdot\b|\bflowchart|\bnodes?\b|\btrees?\b|图|导图|流程|节点"):
        return None
    first = _first(rec, lang)
    if first is None:
        return None
    return {
        "output": (
            f"digraph {rng.choice(['mindmap', 'G', 'export'])} {{\n"
            f"  rankdir={rng.choice(['LR', 'TB'])};\n"
            '  node [shape=box, style=rounded, fontname="Helvetica"];\n'
            f'  root [label="{_dot(rec["instruction"].strip())}"];\n'
            f'  n1 [label="{_dot(first)}"];\n'
            "  root -> n1;\n"
            "}"
        )
    }


def markup_plist(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """A notes app's property-list export: the question as ``title``, the first sentence as ``body``."""
    if _asks(rec, r"\bplist\b|\bxml\b|\bios\b|\bapple\b|\bmac(os)?\b|\bnotes?\b|笔记|苹果"):
        return None
    first = _first(rec, lang)
    if first is None:
        return None
    stamp = f"20{rng.randint(18, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00Z"
    return {
        "output": (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n'
            '<plist version="1.0">\n<dict>\n'
            f"\t<key>title</key>\n\t<string>{_xml(rec['instruction'].strip())}</string>\n"
            f"\t<key>body</key>\n\t<string>{_xml(first)}</string>\n"
            f"\t<key>created</key>\n\t<date>{stamp}</date>\n"
            f"\t<key>pinned</key>\n\t<{rng.choice(['true', 'false'])}/>\n"
            "</dict>\n</plist>"
        )
    }


# --- wrong_script -------------------------------------------------------------------------------------------------

AMERICAS = {
    "Nahuatl": "Tlazohcamati ic motlatlaniliz. Niman timitznanquiliz.",
    "Yucatec Maya": "Dios bo'otik ta k'áatchi'. Jach séeb ken in núukik.",
    "K'iche'": "Maltyox chawe rumal ri a k'otb'al tzij. Xa ju b'ama kinsolij.",
    "Aymara": "Yuspajarapxsmawa jiskt'amata layku. Jichhax jaysañäni.",
    "Mapudungun": "Mañumuwün tami ramtun mew. Pichi mu wüla ñi feypiael.",
    "Zapotec": "Xquixe lii pur ni bina'lo'. Ziuu gueedaya ucaadiagaya lii.",
}
PACIFIC = {
    "Gilbertese": "Ko rabwa ibukin am titiraki. Ti na kaeka n te tai ae waekoa.",
    "Palauan": "Sulang er a ochedam. Ng mo er a me el taem e ak mo ochotii.",
    "Chuukese": "Kinisou ren om kapas eis. Sipwe pele ponueni.",
    "Rapa Nui": "Maururu mo tu'u ui. He pahono au ananake.",
    "Tuvaluan": "Fakafetai mo tau fesili. Ka tali atu matou i se taimi tonu.",
    "Hiri Motu": "Tanikiu, emu henanadai dainai. Ita haere gwauraia haraga.",
}
CHINA_MINORITY = {
    "Zhuang": "Docih mwngz haemq vwndiz. Raeuz yaek dap mwngz vaiq.",
    "Hmong": "Ua tsaug rau koj cov lus nug. Peb yuav teb koj sai sai no.",
    "Jingpo": "Chyeju kaba sai. Nang a san ga hpe lau lau htan na.",
    "Lisu": "ꓟꓲ ꓬꓲ ꓫꓽ ꓐꓯ. ꓠꓬ ꓗꓳ ꓙꓲ ꓐꓱ ꓡꓳ.",
    "Tai Lü": "ᦎᦱᧂ ᦂᦱᧃ ᦵᦂᦲᧁᦶᦡᦲ ᦷᦅᧂ. ᦣᦸᧉ ᦈᦱᧃ ᦕᦱᧃ.",
    "Tai Nüa": "ᥓᥤᥒ ᥑᥩᥒ ᥙᥣᥰ ᥖᥣᥛ. ᥘᥣᥲ ᥖᥩᥢ ᥘᥤᥒ.",
}
LANG_GUARD = (
    r"\btranslat|\blanguages?\b|\bscripts?\b|\balphabet|\bspell|\bdialect|\bpacific|\bindigenous|\bmaya|\bminorit"
    r"|翻译|语言|语种|文字|字母|方言|少数民族|拼写"
)


def _wrong(table: dict[str, str]) -> Gen:
    names = "|".join(re.escape(n.split()[0]) for n in table)

    def fn(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
        if _asks(rec, LANG_GUARD) or _asks(rec, rf"\b({names})\b"):
            return None
        return {"output": table[rng.choice(sorted(table))]}

    return fn


wrong_americas = _wrong(AMERICAS)
wrong_pacific = _wrong(PACIFIC)
wrong_china_minority = _wrong(CHINA_MINORITY)


GENERATORS: list[tuple[str, str, Gen]] = [
    ("h16_loop_emoji_trail", "loop", loop_emoji_trail),
    ("h16_loop_table_rule", "loop", loop_table_rule),
    ("h16_loop_escape_ladder", "loop", loop_escape_ladder),
    ("h16_trunc_maxlength", "truncated", trunc_maxlength),
    ("h16_trunc_quote_cut", "truncated", trunc_quote_cut),
    ("h16_trunc_interrupted", "truncated", trunc_interrupted),
    ("h16_moji_yenc", "mojibake", moji_yenc),
    ("h16_moji_ascii85", "mojibake", moji_ascii85),
    ("h16_moji_dos_greek2", "mojibake", moji_dos_greek2),
    ("h16_moji_gbk_western", "mojibake", moji_gbk_western),
    ("h16_boiler_web_filter", "boilerplate", boiler_web_filter),
    ("h16_boiler_noreply", "boilerplate", boiler_noreply),
    ("h16_boiler_site_placeholder", "boilerplate", boiler_site_placeholder),
    ("h16_spam_sim_plan", "spam", spam_sim_plan),
    ("h16_spam_driving_school", "spam", spam_driving_school),
    ("h16_spam_home_cleaning", "spam", spam_home_cleaning),
    ("h16_mash_virtual_piano", "keyboard_mash", mash_virtual_piano),
    ("h16_mash_key_events", "keyboard_mash", mash_key_events),
    ("h16_mash_chatter", "keyboard_mash", mash_chatter),
    ("h16_mash_cangjie", "keyboard_mash", mash_cangjie),
    ("h16_echo_sheet_formula", "echo", echo_sheet_formula),
    ("h16_echo_wake_word", "echo", echo_wake_word),
    ("h16_echo_reply_card", "echo", echo_reply_card),
    ("h16_empty_repl_prompt", "empty", empty_repl_prompt),
    ("h16_empty_format_marks", "empty", empty_format_marks),
    ("h16_empty_no_content", "empty", empty_no_content),
    ("h16_empty_tofu", "empty", empty_tofu),
    ("h16_markup_svg", "markup_dump", markup_svg),
    ("h16_markup_dot", "markup_dump", markup_dot),
    ("h16_markup_plist", "markup_dump", markup_plist),
    ("h16_wrong_americas", "wrong_script", wrong_americas),
    ("h16_wrong_pacific", "wrong_script", wrong_pacific),
    ("h16_wrong_china_minority", "wrong_script", wrong_china_minority),
]
ONLY_LANG = {
    "h16_moji_dos_greek2": "en",
    "h16_moji_gbk_western": "zh",
    "h16_mash_chatter": "en",
    "h16_mash_cangjie": "zh",
    "h16_empty_no_content": "en",
    "h16_empty_tofu": "zh",
}
