# Copyright 2026 instructflow authors
# SPDX-License-Identifier: Apache-2.0
"""Junk generators for the ELEVENTH blind held-out part (heldout11), written blind to the clean filters.

Each generator takes ``(rng, rec, lang, ctx)`` -- ``rec`` a real base record (instruction / input / output, read
at run time from the public data folder and never stored), ``lang`` "en" or "zh", ``ctx`` a
``generate.Context`` -- and returns ``{"output": ...}`` or ``None`` when it does not fit the record.  Ten junk
kinds, two to four templates per kind and language, every wording new.  Generator names start with ``h11_``.
"""

from __future__ import annotations

import json
import random
import re
from typing import Any

import textutil

tu = textutil

JUNK_PER_LANG = 400
"""Junk records per language (40 per kind)."""

Rec = dict[str, str]
Out = dict[str, str] | None


def _first(rec: Rec, lang: str) -> str | None:
    sents = tu.sentences(rec["output"], lang)
    return sents[0] if sents else None


def _asks(rec: Rec, pattern: str) -> bool:
    return bool(re.search(pattern, rec["instruction"] + " " + rec["input"], re.I))


def _cut_point(rng: random.Random, text: str, lang: str, lo: float = 0.3, hi: float = 0.7) -> int | None:
    """A cut position between ``lo`` and ``hi`` of ``text``: en at a word end (before a space or comma), zh between hanzi."""
    for _ in range(20):
        pos = int(len(text) * rng.uniform(lo, hi))
        if lang == "en":
            m = re.compile(r"[A-Za-z](?=[ ,])").search(text, pos - 1, int(len(text) * hi) + 1)
            if m:
                return m.end()
        elif tu.CJK.match(text[pos - 1]) and tu.CJK.match(text[pos]):
            return pos
    return None


# --------------------------------------------------------------------------------------------------- loop
EN_PUNCT_RUN = ["!", ".", "?", "-", "*", "~"]
ZH_PUNCT_RUN = ["！", "。", "…", "~", "—", "？"]


def loop_punct_run(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Out:
    """The answer (or its first sentences), then one punctuation mark 60-240 times: a sampler stuck on a mark."""
    sents = tu.sentences(rec["output"], lang)
    if not sents:
        return None
    k = rng.randint(1, len(sents))
    head = (" " if lang == "en" else "").join(sents[:k])
    mark = rng.choice(EN_PUNCT_RUN if lang == "en" else ZH_PUNCT_RUN)
    return {"output": head + mark * rng.randint(60, 240)}


EN_CONCLUDE = ["In conclusion,", "To sum up,", "Overall,", "In short,", "In summary,", "All in all,", "Ultimately,"]
ZH_CONCLUDE = ["总之，", "综上所述，", "总而言之，", "总的来说，", "简而言之，", "归根结底，"]


LOWER_OPENERS = {"a", "an", "the", "this", "that", "these", "those", "it", "there", "in", "to", "one", "some", "many"}


def lower_first(s: str) -> str:
    """``s`` with its first letter lower-cased when its first word is a common opener ("The", "It" …), else as is."""
    first = s.split(" ", 1)[0]
    return s[0].lower() + s[1:] if first.lower() in LOWER_OPENERS and first[0].isupper() else s


def loop_endless_conclusion(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Out:
    """The first sentence, then "In conclusion, <it>" / "总之，<它>" again and again with rotating openers (6-12)."""
    first = _first(rec, lang)
    if not first:
        return None
    marks = list(EN_CONCLUDE if lang == "en" else ZH_CONCLUDE)
    rng.shuffle(marks)
    n = rng.randint(6, 12)
    body = lower_first(first) if lang == "en" else first
    sep = " " if lang == "en" else ""
    lines = [first] + [marks[i % len(marks)] + sep + body for i in range(n)]
    return {"output": "\n\n".join(lines) if rng.random() < 0.5 else sep.join(lines)}


EN_FILLER = ["This is very important.", "Keep this in mind.", "This is the key point.", "Remember this."]
ZH_FILLER = ["这一点非常重要。", "请记住这一点。", "这是关键。", "这一点一定要注意。"]


def loop_filler_after_each(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Out:
    """One filler sentence after every sentence of the answer, then the filler alone 4-10 more times."""
    sents = tu.sentences(rec["output"], lang)
    if len(sents) < 2:
        return None
    filler = rng.choice(EN_FILLER if lang == "en" else ZH_FILLER)
    parts = [p for s in sents for p in (s, filler)] + [filler] * rng.randint(4, 10)
    return {"output": (" " if lang == "en" else "").join(parts)}


# ---------------------------------------------------------------------------------------------- truncated
EN_LOG_CUT = [
    "... [truncated {n} characters]",
    "…(output truncated, {n} more chars)",
    " [...{n} chars truncated...]",
    "\n<truncated: {n} bytes omitted>",
]
ZH_LOG_CUT = [
    "……（内容过长，已省略{n}字）",
    "[输出已截断，剩余{n}字]",
    "…（以下省略{n}字）",
    "\n<truncated: {n} bytes omitted>",
]


def trunc_log_marker(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Out:
    """Cut at 30-70 % and a logger's truncation marker counting what was dropped."""
    out = rec["output"]
    if len(out) < (100 if lang == "en" else 50):
        return None
    pos = _cut_point(rng, out, lang)
    if pos is None:
        return None
    tmpl = rng.choice(EN_LOG_CUT if lang == "en" else ZH_LOG_CUT)
    rest = out[pos:]
    n = len(rest.encode("utf-8")) if "bytes" in tmpl else len(rest)
    return {"output": out[:pos] + tmpl.format(n=n)}


EN_STREAM_ERR = [
    "\n\nAn error occurred while generating the response. Please try again.",
    "\n\n⚠ Network error",
    "\n\nSomething went wrong. If this issue persists please contact us through our help center.",
    "\n\n[stream closed unexpectedly]",
]
ZH_STREAM_ERR = [
    "\n\n网络错误，生成中断",
    "\n\n⚠ 回答生成失败，请重新生成",
    "\n\n服务器繁忙，请稍后再试。",
    "\n\n[stream closed unexpectedly]",
]


def trunc_stream_error(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Out:
    """Cut mid-sentence at 30-70 % and the chat client's stream error under it."""
    out = rec["output"]
    if len(out) < (80 if lang == "en" else 40):
        return None
    pos = _cut_point(rng, out, lang)
    if pos is None:
        return None
    return {"output": out[:pos] + rng.choice(EN_STREAM_ERR if lang == "en" else ZH_STREAM_ERR)}


EN_SNIPPET_SITES = [" - wikiHow", " | Quora", " - Reddit", " - Answers.com", " | Study.com"]
ZH_SNIPPET_SITES = ["_百度知道", " - 知乎", "_作业帮", "_搜狗问问", " - 百度文库"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def trunc_search_snippet(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Out:
    """A search result instead of the answer: a title from the question, a date and a snippet cut with "..."."""
    out, ins = rec["output"].strip(), rec["instruction"].strip()
    if not ins or "\n" in ins or len(ins) > 120:
        return None
    y, m, d = rng.randint(2014, 2023), rng.randint(1, 12), rng.randint(1, 28)
    if lang == "en":
        if len(out) < 200:
            return None
        cut = out[: rng.randint(120, 160)].rsplit(" ", 1)[0].rstrip(",;:")
        title = ins.rstrip("?.!") + rng.choice(EN_SNIPPET_SITES)
        return {"output": f"{title}\n{MONTHS[m - 1]} {d}, {y} — {cut} ..."}
    if len(out) < 80:
        return None
    cut = out[: rng.randint(50, 70)]
    title = ins.rstrip("？?。") + rng.choice(ZH_SNIPPET_SITES)
    return {"output": f"{title}\n{y}年{m}月{d}日 — {cut}..."}


TCO = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def trunc_tweet_cut(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Out:
    """A cross-post to a 280-character feed: cut at a word boundary, "…" and a t.co link (en)."""
    out = rec["output"].strip()
    if lang != "en" or len(out) < 320 or tu.is_code(out):
        return None
    cut = out[: rng.randint(200, 255)].rsplit(" ", 1)[0].rstrip(",;:")
    return {"output": cut + "… https://t.co/" + "".join(rng.choice(TCO) for _ in range(10))}


# ---------------------------------------------------------------------------------------------- mojibake
def _moji(rng: random.Random, rec: Rec, lang: str, codecs: tuple[str, ...]) -> Out:
    src = rec["output"] if lang == "zh" else tu.smarten(rec["output"])
    if sum(1 for c in src if ord(c) > 127) < 2:
        return None
    return {"output": src.encode("utf-8").decode(rng.choice(codecs), errors="replace")}


def moji_dos_central(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Out:
    """UTF-8 shown by a DOS console in the Central European (852) or Cyrillic (855) code page."""
    return _moji(rng, rec, lang, ("cp852", "cp855"))


def moji_mac_greek_latin2(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Out:
    """UTF-8 read as Mac Greek or Mac Central European (an old Mac mail client)."""
    return _moji(rng, rec, lang, ("mac_greek", "mac_latin2"))


def octal_escape(text: str) -> str:
    """Every non-ASCII character as its UTF-8 bytes in three-digit octal escapes, as git or a C literal shows it."""
    return "".join(c if ord(c) < 128 else "".join(f"\\{b:03o}" for b in c.encode("utf-8")) for c in text)


def moji_octal_escapes(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Out:
    """The answer with every non-ASCII byte as an octal escape (``\\344\\270\\255``), as git quotes a path."""
    src = rec["output"] if lang == "zh" else tu.smarten(rec["output"])
    if sum(1 for c in src if ord(c) > 127) < 2:
        return None
    return {"output": octal_escape(src)}


# ------------------------------------------------------------------------------------------- boilerplate
EN_AGE_GATE = [
    "You must be 18 or older to view this page.\nAre you over 18?   [Yes, enter]   [No, leave]",
    "Age verification\nPlease enter your date of birth to continue.\nMM / DD / YYYY\n[Enter site]",
    "This content may be inappropriate for some users. Sign in to confirm your age.",
    "Are you of legal drinking age in your country?\n[ I am 21 or older ]  [ I am under 21 ]",
]
ZH_AGE_GATE = [
    "本页面内容仅限年满18周岁的用户浏览。\n您是否已满18周岁？   【是，进入】   【否，离开】",
    "年龄验证\n请输入您的出生日期以继续访问。\n____年__月__日\n【确认】",
    "该内容可能不适合未成年人观看，请登录后确认您的年龄。",
    "根据相关规定，未满18周岁不得浏览本页内容。\n[我已年满18岁]  [离开]",
]


def boiler_age_gate(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Out:
    """A scraped age-verification interstitial instead of the answer."""
    if _asks(rec, r"\bage\b|adult|verif|18|21|年龄|成年|验证"):
        return None
    return {"output": rng.choice(EN_AGE_GATE if lang == "en" else ZH_AGE_GATE)}


EN_UNAVAILABLE = [
    "404 Not Found\nThe page you are looking for might have been removed, had its name changed, or is temporarily "
    "unavailable.\nGo to homepage",
    "This content isn't available in your country.",
    "Sorry, this page isn't available.\nThe link you followed may be broken, or the page may have been removed.",
    "Video unavailable\nThis video is no longer available because the uploader has closed their account.",
]
ZH_UNAVAILABLE = [
    "404 您访问的页面不存在\n可能已被删除、更名或暂时不可用。\n返回首页",
    "根据相关法律法规和政策，该内容无法显示。",
    "抱歉，该内容暂不支持在您所在的地区查看。",
    "视频不见了\n该视频因上传者注销账号已无法播放。",
]


def boiler_unavailable(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Out:
    """A 404, geo-block or takedown page a scraper kept instead of the answer."""
    if _asks(rec, r"404|error page|not found|unavailable|页面|错误"):
        return None
    return {"output": rng.choice(EN_UNAVAILABLE if lang == "en" else ZH_UNAVAILABLE)}


EN_ARTIFACT = [
    "I've written it in the document on the right. Let me know if you'd like any changes!",
    "Done! I've put the full answer in the canvas above.",
    "I've created a file with the complete response: answer.md. You can download it using the link above.",
    "The complete answer is in the attached artifact. Feel free to edit it directly.",
]
ZH_ARTIFACT = [
    "我已经在右侧的文档中为你写好了，如需修改请告诉我！",
    "好的，完整内容已经生成在上方的画布中，请查看。",
    "我已为你生成了文件 answer.docx，请点击上方链接下载。",
    "完整的回答已放在附件中，你可以直接在里面编辑。",
]


def boiler_artifact_pointer(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Out:
    """A chat export that kept only the pointer to a canvas / file the answer went into."""
    if _asks(rec, r"document|file|canvas|download|attach|文档|文件|附件|下载"):
        return None
    return {"output": rng.choice(EN_ARTIFACT if lang == "en" else ZH_ARTIFACT)}


# -------------------------------------------------------------------------------------------------- spam
EN_SPONSOR = [
    "This answer is sponsored by SleepWell mattresses. Go to sleepwell.example.com/answers and use code ANSWERS20 "
    "for 20% off your first order!",
    "Today's tip is brought to you by FreshBox meal kits – get 10 free meals with code TIPS10 at freshbox.example.com.",
    "But first, a quick word from our sponsor: SkillNest. Learn anything online, first month free at "
    "skillnest.example.com/free.",
]
ZH_SPONSOR = [
    "本期内容由「好睡眠」乳胶枕赞助播出，现在下单立减50元，淘宝搜索“好睡眠旗舰店”。",
    "感谢「鲜食盒子」对本回答的赞助！新用户首单1元，点击链接领取：xianshi.example.cn",
    "在开始之前，先感谢本期赞助商「学而优」网课，现在报名立享五折，详情见评论区置顶。",
]
EN_PETS = [
    "Teacup Yorkie puppies for sale, vet checked, shipping available. WhatsApp +1 555 0143 for pics and prices.",
    "Healthy Maine Coon kittens available now, fully vaccinated, delivery nationwide. Text (555) 018-2291.",
    "Adorable French Bulldog puppies ready for rehoming, small fee. Email puppyhome@mail.example.com",
]
ZH_PETS = [
    "出售纯种布偶猫，包健康，可视频看猫，全国空运，加微信 mao_8866。",
    "柯基幼犬出售，疫苗齐全，签协议包细小犬瘟，有意加V：gou520。",
    "自家繁育英短蓝猫，品相好价格美丽，同城可上门看，电话 138****5201。",
]
EN_TECH = [
    "Need help with your printer? Call HP Printer Support Number +1-855-555-0123 (toll free) for instant help 24/7.",
    "QuickBooks Error 6123? Dial QuickBooks Support +1-877-555-0188 now, experts available round the clock.",
    "Outlook not working? Call our certified technicians at +1-888-555-0177. Fast, affordable, 24x7.",
]
ZH_TECH = [
    "电脑蓝屏、系统重装、数据恢复，上门服务，24小时热线 400-555-0188。",
    "打印机卡纸、不出墨？专业维修上门，电话 021-5555 0123，随叫随到。",
    "手机解锁、刷机、ID解锁，远程秒处理，加QQ 8765432。",
]


def _place(rng: random.Random, rec: Rec, lang: str, ad: str) -> str:
    """The ad alone, after the whole answer, or between the answer's first and second sentence."""
    out = rec["output"].strip()
    first = _first(rec, lang)
    ways = ["alone", "after"] + (["inside"] if first and out.startswith(first) and len(out) > len(first) + 10 else [])
    way = rng.choice(ways)
    if way == "alone":
        return ad
    if way == "after":
        return out + "\n\n" + ad
    assert first is not None
    sep = " " if lang == "en" else ""
    return first + sep + ad + sep + out[len(first) :].lstrip()


def spam_sponsor_read(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Out:
    """A podcast-style sponsor read (mattress, meal kit, online course; 乳胶枕, 网课) alone, after or inside."""
    if _asks(rec, r"sponsor|advert|\bads?\b|promo|赞助|广告|推广"):
        return None
    return {"output": _place(rng, rec, lang, rng.choice(EN_SPONSOR if lang == "en" else ZH_SPONSOR))}


def spam_pet_sale(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Out:
    """A classifieds puppy / kitten sale with a messenger contact, alone, after or inside."""
    if _asks(rec, r"pet|puppy|puppies|kitten|\bdogs?\b|\bcats?\b|adopt|宠物|猫|狗|领养"):
        return None
    return {"output": _place(rng, rec, lang, rng.choice(EN_PETS if lang == "en" else ZH_PETS))}


def spam_tech_support(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Out:
    """A "support number" ad (printer, accounting software, mail; 电脑维修, 刷机) alone, after or inside."""
    if _asks(rec, r"printer|support|customer service|repair|打印机|维修|客服|电脑"):
        return None
    return {"output": _place(rng, rec, lang, rng.choice(EN_TECH if lang == "en" else ZH_TECH))}


# ----------------------------------------------------------------------------------------- keyboard_mash
WASD_GROUPS = ["w", "a", "s", "d", "wasd", "wd", "sd", "aw", "space", "q", "e", "shift"]


def mash_wasd(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Out:
    """A gamer's movement keys held and tapped (``wwwwww aaa dddd wd wd``): the chat box had focus, not the game."""
    if _asks(rec, r"game|keys?\b|keyboard|wasd|游戏|键盘|按键"):
        return None
    groups = []
    for _ in range(rng.randint(6, 16)):
        g = rng.choice(WASD_GROUPS)
        groups.append(g * rng.randint(1, 6) if len(g) == 1 else g * rng.randint(1, 2))
    return {"output": " ".join(groups) if rng.random() < 0.7 else "".join(groups)}


EN_PUNCT_KEYS = ";'[]\\,./-=p0"
ZH_PUNCT_KEYS = "；‘’【】、。，《》：“”"


def mash_punct_cluster(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Out:
    """A palm on the right-hand punctuation keys (``;'[];.,/``; through a Chinese IME: ``；‘【】、。，``)."""
    if _asks(rec, r"punctuat|symbol|标点|符号"):
        return None
    keys = EN_PUNCT_KEYS if lang == "en" else ZH_PUNCT_KEYS
    groups = ["".join(rng.choice(keys) for _ in range(rng.randint(3, 9))) for _ in range(rng.randint(4, 10))]
    return {"output": " ".join(groups)}


QWERTY_ROWS = ["qwertyuiop[", "asdfghjkl;'", "zxcvbnm,./"]
SHIFT_RIGHT = {row[i]: row[i + 1] for row in QWERTY_ROWS for i in range(len(row) - 1)}


def shift_right(text: str) -> str:
    """``text`` typed with both hands one key to the right on QWERTY (letters lower-cased; ``hello`` → ``jr;;p``)."""
    return "".join(SHIFT_RIGHT.get(c, c) for c in text.lower())


def mash_shifted_hands(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Out:
    """The answer's first 3-8 words typed with the hands one key to the right (en)."""
    if lang != "en" or _asks(rec, r"keyboard|cipher|shift|encod|decod|typ(e|ing)"):
        return None
    ws = re.findall(r"[A-Za-z]+", rec["output"])
    if len(ws) < 3:
        return None
    return {"output": shift_right(" ".join(ws[: rng.randint(3, 8)]))}


ZHUYIN_INITIAL = "1qaz2wsxedcrfv5tgbyhn"
ZHUYIN_MEDIAL = "ujm"
ZHUYIN_FINAL = "8ik,9ol.0p;/-"
ZHUYIN_TONE = ["3", "4", "6", "7", " "]


def mash_zhuyin_keys(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Out:
    """A zhuyin (Bopomofo) IME's keys sent with the IME off (``ji3g4su3cl3``, zh)."""
    if lang != "zh" or _asks(rec, r"注音|拼音|输入法|键盘|zhuyin|bopomofo"):
        return None
    syll = []
    for _ in range(rng.randint(4, 12)):
        s = ""
        if rng.random() < 0.85:
            s += rng.choice(ZHUYIN_INITIAL)
        if rng.random() < 0.35:
            s += rng.choice(ZHUYIN_MEDIAL)
        if not s or rng.random() < 0.6:
            s += rng.choice(ZHUYIN_FINAL)
        syll.append(s + rng.choice(ZHUYIN_TONE))
    return {"output": "".join(syll).strip()}


# -------------------------------------------------------------------------------------------------- echo
def echo_todo_item(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Out:
    """The instruction filed as an open to-do item (``- [ ] …``, ``☐ …``, ``TODO: …`` / ``待办：…``)."""
    ins = rec["instruction"].strip()
    if not ins or "\n" in ins or _asks(rec, r"to-?do|checklist|task list|待办|清单"):
        return None
    if lang == "en":
        fmt = rng.choice(["- [ ] {i}", "☐ {i}", "TODO: {i}", "- [ ] {i}\n  Due: {d}"])
        day = rng.choice(["Mon", "Tue", "Wed", "Thu", "Fri"])
    else:
        fmt = rng.choice(["- [ ] {i}", "☐ {i}", "待办：{i}", "- [ ] {i}\n  截止：{d}"])
        day = rng.choice(["周一", "周二", "周三", "周四", "周五"])
    return {"output": fmt.format(i=ins, d=day)}


def echo_worksheet_blank(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Out:
    """The instruction as a worksheet question with the answer line left blank."""
    ins = rec["instruction"].strip()
    if not ins or _asks(rec, r"worksheet|blank|fill in|quiz|填空|试卷|练习"):
        return None
    n = rng.randint(1, 20)
    line = "_" * rng.randint(20, 40)
    if lang == "en":
        fmt = rng.choice(["Question {n}: {i}\nAnswer: {l}", "{n}. {i}\n\n{l}\n{l}"])
    else:
        fmt = rng.choice(["{n}．{i}\n答：{l}", "第{n}题：{i}\n（　　　　　　　　）"])
    return {"output": fmt.format(n=n, i=ins, l=line)}


def echo_ticket(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Out:
    """The instruction as the title of an untouched issue-tracker ticket (open, unassigned, no comments)."""
    ins = rec["instruction"].strip()
    if not ins or "\n" in ins or _asks(rec, r"ticket|issue|\bbug|jira|工单|缺陷"):
        return None
    n = rng.randint(100, 9999)
    if lang == "en":
        key = rng.choice(["OPS", "WEB", "DATA", "HELP"])
        fmt = rng.choice(
            [
                "#{n} {i}\nStatus: Open · Priority: Normal · Assignee: Unassigned\nNo comments yet.",
                "[{k}-{n}] {i}\nType: Task   Status: To Do\nCreated {d} · 0 comments",
            ]
        )
        d = f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(2019, 2023)}"
    else:
        key = rng.choice(["OPS", "WEB", "DATA", "HELP"])
        fmt = rng.choice(
            [
                "#{n} {i}\n状态：待处理 · 优先级：普通 · 负责人：未分配\n暂无评论",
                "[{k}-{n}] {i}\n类型：任务   状态：待办\n创建于 {d} · 0 条评论",
            ]
        )
        d = f"{rng.randint(2019, 2023)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return {"output": fmt.format(n=n, i=ins, k=key, d=d)}


# ------------------------------------------------------------------------------------------------- empty
EN_LOADING = ["Loading...", "Loading, please wait…", "⏳", "Generating…", "Please wait while we load the answer."]
ZH_LOADING = ["加载中...", "正在加载，请稍候…", "⏳", "正在生成中……", "内容加载中，请稍后"]


def empty_loading(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Out:
    """A page scraped before its script filled it in: only the loading placeholder."""
    if _asks(rec, r"load|wait|progress|加载|等待|进度"):
        return None
    return {"output": rng.choice(EN_LOADING if lang == "en" else ZH_LOADING)}


EN_LABELS = ["Answer:\n\nExplanation:", "Answer: \nSolution: \nKey points: ", "**Answer**\n\n**Explanation**"]
ZH_LABELS = ["【答案】\n【解析】", "答案：\n解析：\n点评：", "【答案】\n\n【考点】\n\n【解析】"]


def empty_answer_labels(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Out:
    """An exam-bank export with the answer and explanation headings but nothing under them."""
    if _asks(rec, r"template|format|heading|label|模板|格式|标题"):
        return None
    return {"output": rng.choice(EN_LABELS if lang == "en" else ZH_LABELS)}


def record_id(rng: random.Random, lang: str) -> str:
    """A foreign key where the answer text should be (``ans_3f9a2c1b``, ``ref: Q-10482``, a UUID, 回答ID：…)."""
    hx = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    forms = [
        f"ans_{hx[:8]}",
        f"ref: Q-{rng.randint(10000, 99999)}",
        f"{hx[:8]}-{hx[8:12]}-4{hx[13:16]}-a{hx[17:20]}-{hx[20:]}",
        f"answer_id={rng.randint(1000, 999999)}",
    ]
    if lang == "zh":
        forms.append(f"回答ID：{rng.randint(100000, 9999999)}")
    return rng.choice(forms)


def empty_record_id(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Out:
    """The export wrote the answer's id instead of its text."""
    if _asks(rec, r"\bid\b|identifier|uuid|code|password|random|number|编号|密码|随机|代码|数字"):
        return None
    return {"output": record_id(rng, lang)}


# ------------------------------------------------------------------------------------------- markup_dump
def markup_jsonld_faq(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Out:
    """An SEO page's FAQ structured data (``application/ld+json``) with the question and the first sentence."""
    first, ins = _first(rec, lang), rec["instruction"].strip()
    if not first or not ins or _asks(rec, r"json|schema|html|markup|seo"):
        return None
    data = {
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "mainEntity": [{"@type": "Question", "name": ins, "acceptedAnswer": {"@type": "Answer", "text": first}}],
    }
    body = json.dumps(data, ensure_ascii=False, indent=rng.choice([None, 2]))
    return {"output": f'<script type="application/ld+json">\n{body}\n</script>'}


def logfmt_quote(value: str) -> str:
    """A logfmt value: bare if it has no space, quote or equals sign, else double-quoted with escapes."""
    if value and not re.search(r'[\s"=\\]', value):
        return value
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def markup_logfmt(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Out:
    """The generation service's logfmt lines (prompt, the first sentence as completion, an empty-body warning)."""
    first, ins = _first(rec, lang), rec["instruction"].strip()
    if not first or not ins or _asks(rec, r"\blogs?\b|logfmt|日志"):
        return None
    h, mi, s = rng.randint(0, 23), rng.randint(0, 58), rng.randint(0, 59)
    day = f"2023-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    rid = "".join(rng.choice("0123456789abcdef") for _ in range(12))
    lines = [
        f"ts={day}T{h:02d}:{mi:02d}:{s:02d}Z level=info msg={logfmt_quote('request received')} request_id={rid}",
        f"ts={day}T{h:02d}:{mi:02d}:{s:02d}Z level=debug request_id={rid} prompt={logfmt_quote(ins)}",
        f"ts={day}T{h:02d}:{mi + 1:02d}:{s:02d}Z level=info request_id={rid} completion={logfmt_quote(first)} "
        f"tokens={rng.randint(12, 90)} finish_reason=length",
        f"ts={day}T{h:02d}:{mi + 1:02d}:{s:02d}Z level=warn request_id={rid} msg={logfmt_quote('response body empty')}",
    ]
    return {"output": "\n".join(lines)}


def sql_quote(value: str) -> str:
    """A MySQL string literal (quotes and backslashes escaped, newlines as ``\\n``)."""
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'"


def markup_sql_insert(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Out:
    """A mysqldump fragment: the question and the first sentence as one row of an INSERT."""
    first, ins = _first(rec, lang), rec["instruction"].strip()
    if not first or not ins or _asks(rec, r"sql|database|table|query|数据库|表"):
        return None
    table = rng.choice(["qa_pairs", "answers", "faq_items", "kb_entries"])
    ts = f"20{rng.randint(18, 23)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:14:09"
    row = f"({rng.randint(1, 99999)},{sql_quote(ins)},{sql_quote(first)},'{ts}')"
    return {
        "output": f"--\n-- Dumping data for table `{table}`\n--\n\nLOCK TABLES `{table}` WRITE;\n"
        f"INSERT INTO `{table}` VALUES {row};\nUNLOCK TABLES;"
    }


# ------------------------------------------------------------------------------------------ wrong_script
LANG_TASK = r"translat|language|script|alphabet|spell|pig latin|翻译|语言|文字|字母|拼写|外语|方言|英文|英语"

LATIN_FAR2 = [
    "Kia ora! He pātai pai tēnā. Ka whakautu ahau ā muri ake nei.",  # Maori
    "Talofa! Faafetai mo lau fesili. O le a ou tali atu i se taimi vave.",  # Samoan
    "Aloha! Mahalo no kou nīnau. E pane koke aku ana au.",  # Hawaiian
    "Ndewo! Daalụ maka ajụjụ gị. Aga m azaghachi gị n'oge na-adịghị anya.",  # Igbo
    "Molo! Enkosi ngombuzo wakho. Ndiza kukuphendula kungekudala.",  # Xhosa
    "Muraho! Murakoze ku kibazo cyanyu. Nzabasubiza vuba.",  # Kinyarwanda
    "Manao ahoana! Misaotra tamin'ny fanontanianao. Hamaly anao tsy ho ela aho.",  # Malagasy
    "Maayong adlaw! Salamat sa imong pangutana. Motubag ko dayon.",  # Cebuano
    "Bonjou! Mèsi pou kesyon ou an. M ap reponn ou talè.",  # Haitian Creole
    "Dia duit! Go raibh maith agat as do cheist. Freagróidh mé go luath thú.",  # Irish
    "Ola! Grazas pola túa pregunta. Responderei en breve.",  # Galician
    "Moien! Merci fir Är Fro. Ech äntweren Iech geschwënn.",  # Luxembourgish
    "Salom! Savolingiz uchun rahmat. Tez orada javob beraman.",  # Uzbek
]
RARE_SCRIPT = [
    "ᐊᐃ! ᖁᔭᓐᓇᒦᒃ ᐊᐱᕆᔪᑎᓐᓄᑦ.",  # Inuktitut syllabics
    "ܫܠܡܐ ܥܠܘܟ. ܛܝܒܘܬܐ ܥܠ ܫܘܐܠܟ.",  # Syriac
    "ꦩꦠꦸꦂꦤꦸꦮꦸꦤ꧀ꦱꦩ꧀ꦥꦸꦤ꧀ꦥꦶꦠꦏꦺꦤ꧀꧉",  # Javanese script
    "ᠰᠠᠶᠢᠨ ᠪᠠᠶᠢᠨ᠎ᠠ ᠤᠤ᠃ ᠪᠠᠶᠠᠷᠯᠠᠯ᠎ᠠ᠃",  # Mongolian script
    "ᱡᱚᱦᱟᱨ! ᱥᱟᱨᱦᱟᱣ᱾",  # Ol Chiki (Santali)
    "ߌ ߣߌ ߛߐ߰ߜߐߡߊ. ߌ ߣߌ ߕߎ߬ߡߊ߬.",  # N'Ko
    "ሰላም! የቐንየለይ ብሕቶኻ። ቀልጢፈ ክምልሰልካ እየ።",  # Tigrinya (Ge'ez script)
    "ᑕᓂᓯ! ᑭᓇᓈᐢᑯᒥᑎᐣ.",  # Plains Cree syllabics
]
CYRILLIC_MINORITY = [
    "Исәнмесез! Сорауыгыз өчен рәхмәт. Тиздән җавап бирермен.",  # Tatar
    "Һаумыһығыҙ! Һорауығыҙ өсөн рәхмәт. Тиҙҙән яуап бирермен.",  # Bashkir
    "Маршалла ду шуьга! Хаттарна баркалла. Кестта жоп лур ас.",  # Chechen
    "Дорообо! Ыйытыыгар махтал. Сотору хоруйдуом.",  # Yakut
    "Сайн байна! Асуултанда баярлаа. Удангүй харюу үгэхэб.",  # Buryat
    "Салам! Соравыңыз учун сағ олуңыз. Тез арада джувап беририм.",  # Crimean Tatar (Cyrillic)
]


def wrong_latin_far(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Out:
    """A generic reply in Maori, Samoan, Hawaiian, Igbo, Xhosa, Kinyarwanda, Malagasy, Cebuano, Haitian Creole …"""
    if _asks(rec, LANG_TASK):
        return None
    return {"output": rng.choice(LATIN_FAR2)}


def wrong_rare_script(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Out:
    """A generic reply in Inuktitut or Cree syllabics, Syriac, Javanese, Mongolian, Ol Chiki, N'Ko or Tigrinya."""
    if _asks(rec, LANG_TASK):
        return None
    return {"output": rng.choice(RARE_SCRIPT)}


def wrong_cyrillic_minority(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Out:
    """A generic reply in Tatar, Bashkir, Chechen, Yakut, Buryat or Crimean Tatar (Cyrillic)."""
    if _asks(rec, LANG_TASK):
        return None
    return {"output": rng.choice(CYRILLIC_MINORITY)}


VOWELS = "aeiouAEIOU"


def pig_latin_word(w: str) -> str:
    """One word in Pig Latin (``string`` → ``ingstray``, ``apple`` → ``appleway``), keeping a leading capital."""
    if not w.isalpha():
        return w
    low = w.lower()
    if low[0] in "aeiou":
        out = low + "way"
    else:
        k = 0
        while k < len(low) and low[k] not in "aeiouy"[: 5 if k == 0 else 6]:
            k += 1
        out = low[k:] + low[:k] + "ay" if k < len(low) else low + "ay"
    return out.capitalize() if w[0].isupper() else out


def pig_latin(text: str) -> str:
    """Every alphabetic word of ``text`` in Pig Latin; everything else kept."""
    return re.sub(r"[A-Za-z]+", lambda m: pig_latin_word(m.group(0)), text)


def wrong_pig_latin(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Out:
    """The English answer's first one to three sentences through a Pig Latin converter (en)."""
    if lang != "en" or _asks(rec, LANG_TASK) or tu.is_code(rec["output"]):
        return None
    sents = tu.sentences(rec["output"], lang)
    if not sents:
        return None
    return {"output": pig_latin(" ".join(sents[: rng.randint(1, 3)]))}


# -------------------------------------------------------------------------------------------- registry
GENERATORS = [
    ("h11_loop_punct_run", "loop", loop_punct_run),
    ("h11_loop_endless_conclusion", "loop", loop_endless_conclusion),
    ("h11_loop_filler_after_each", "loop", loop_filler_after_each),
    ("h11_trunc_log_marker", "truncated", trunc_log_marker),
    ("h11_trunc_stream_error", "truncated", trunc_stream_error),
    ("h11_trunc_search_snippet", "truncated", trunc_search_snippet),
    ("h11_trunc_tweet_cut", "truncated", trunc_tweet_cut),
    ("h11_moji_dos_central", "mojibake", moji_dos_central),
    ("h11_moji_mac_greek_latin2", "mojibake", moji_mac_greek_latin2),
    ("h11_moji_octal_escapes", "mojibake", moji_octal_escapes),
    ("h11_boiler_age_gate", "boilerplate", boiler_age_gate),
    ("h11_boiler_unavailable", "boilerplate", boiler_unavailable),
    ("h11_boiler_artifact_pointer", "boilerplate", boiler_artifact_pointer),
    ("h11_spam_sponsor_read", "spam", spam_sponsor_read),
    ("h11_spam_pet_sale", "spam", spam_pet_sale),
    ("h11_spam_tech_support", "spam", spam_tech_support),
    ("h11_mash_wasd", "keyboard_mash", mash_wasd),
    ("h11_mash_punct_cluster", "keyboard_mash", mash_punct_cluster),
    ("h11_mash_shifted_hands", "keyboard_mash", mash_shifted_hands),
    ("h11_mash_zhuyin_keys", "keyboard_mash", mash_zhuyin_keys),
    ("h11_echo_todo_item", "echo", echo_todo_item),
    ("h11_echo_worksheet_blank", "echo", echo_worksheet_blank),
    ("h11_echo_ticket", "echo", echo_ticket),
    ("h11_empty_loading", "empty", empty_loading),
    ("h11_empty_answer_labels", "empty", empty_answer_labels),
    ("h11_empty_record_id", "empty", empty_record_id),
    ("h11_markup_jsonld_faq", "markup_dump", markup_jsonld_faq),
    ("h11_markup_logfmt", "markup_dump", markup_logfmt),
    ("h11_markup_sql_insert", "markup_dump", markup_sql_insert),
    ("h11_wrong_latin_far", "wrong_script", wrong_latin_far),
    ("h11_wrong_rare_script", "wrong_script", wrong_rare_script),
    ("h11_wrong_cyrillic_minority", "wrong_script", wrong_cyrillic_minority),
    ("h11_wrong_pig_latin", "wrong_script", wrong_pig_latin),
]
"""(name, junk kind, generator)."""

ONLY_LANG = {
    "h11_trunc_tweet_cut": "en",
    "h11_mash_shifted_hands": "en",
    "h11_mash_zhuyin_keys": "zh",
    "h11_wrong_pig_latin": "en",
}
"""Generators that make records in one language only."""
