"""Junk generators for heldout12, the twelfth blind part of the clean-stage evaluation set (stdlib only).

Written blind to the clean filters (bench/clean_eval/README.md, "heldout12"). Each generator takes
``(rng, rec, lang, ctx)`` -- ``rec`` a real record read at run time (never stored), ``lang`` "en" or "zh" --
and returns ``{"output": ...}`` or None when it does not fit the record (a guard: the task asks for what the
junk would look like). Ten kinds, three templates per kind and language; names start with ``h12_``. The
junk is made the ways it turns up in instruction data from chat exports, browsing assistants, e-mail and
legacy terminals, flash-card and analytics debris, phone keyboards and IMEs, and machine translation.
"""

from __future__ import annotations

import base64
import json
import random
import re
from collections.abc import Callable
from typing import Any

import textutil

Rec = dict[str, str]
Gen = Callable[[random.Random, Rec, str, Any], "Rec | None"]
JUNK_PER_LANG = 400
CJK = textutil.CJK


def _asks(rec: Rec, pattern: str) -> bool:
    return bool(re.search(pattern, rec["instruction"] + "\n" + rec["input"], re.I))


def _first(rec: Rec, lang: str) -> str | None:
    sents = textutil.sentences(rec["output"], lang)
    return sents[0] if sents else None


def _cut_mid(rng: random.Random, text: str, lang: str, lo: float = 0.3, hi: float = 0.7) -> str | None:
    """A prefix cut mid-sentence: before a space between two words (en) or between two hanzi (zh)."""
    for _ in range(30):
        pos = int(len(text) * rng.uniform(lo, hi))
        if pos < 2 or pos >= len(text) - 1:
            continue
        if lang == "en" and text[pos] == " " and text[pos - 1].isalpha() and text[pos + 1].isalpha():
            return text[:pos]
        if lang == "zh" and CJK.match(text[pos - 1]) and CJK.match(text[pos]):
            return text[:pos]
    return None


def _place(rng: random.Random, answer: str, ad: str) -> str:
    """The ad alone, after the whole answer, or above it (a header the scraper kept)."""
    where = rng.choice(("alone", "after", "before"))
    if where == "alone":
        return ad
    return answer.rstrip() + "\n\n" + ad if where == "after" else ad + "\n\n" + answer.lstrip()


# ------------------------------------------------------------------------------------------------- loop

EN_REPEAT_STEP = "Step {k}: Repeat step {j}."
ZH_REPEAT_STEP = "第{k}步：重复第{j}步。"
CITE_STYLES = ("[{n}]", "【{n}†source】", "[^{n}]", "({n})")


def loop_repeat_step(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """The first sentence as step 1, then "Step k: Repeat step k-1." 8-20 times."""
    first = _first(rec, lang)
    if not first:
        return None
    lines = [f"Step 1: {first}" if lang == "en" else f"第1步：{first}"]
    for k in range(2, rng.randint(9, 21) + 1):
        lines.append((EN_REPEAT_STEP if lang == "en" else ZH_REPEAT_STEP).format(k=k, j=k - 1))
    return {"output": "\n".join(lines)}


def loop_citation_markers(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """A browsing model's answer that ends in one or two citation markers said 40-120 times."""
    style = rng.choice(CITE_STYLES)
    nums = [rng.randint(1, 6)] if rng.random() < 0.5 else rng.sample(range(1, 7), 2)
    unit = "".join(style.format(n=n) for n in nums)
    sents = textutil.sentences(rec["output"], lang)
    head = (" " if lang == "en" else "").join(sents[: rng.randint(1, 2)]) if sents else rec["output"].strip()
    return {"output": head + unit * rng.randint(40, 120)}


def loop_json_objects(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """Structured output stuck on one object: the first sentence as the same JSON object 8-20 times."""
    first = _first(rec, lang)
    if not first or _asks(rec, r"json|array|数组"):
        return None
    key = rng.choice(("answer", "text", "response", "content"))
    obj = json.dumps({key: first}, ensure_ascii=False)
    body = "[\n" + ",\n".join("  " + obj for _ in range(rng.randint(8, 20)))
    return {"output": body + ("\n]" if rng.random() < 0.5 else ",")}


# -------------------------------------------------------------------------------------------- truncated

EN_CONTINUE = ("continue", "Continue", "go on", "keep going", "continue please")
ZH_CONTINUE = ("继续", "继续写", "接着说", "继续。")
EN_OPEN_CITE = (" [1", " [^2", " 【3†sou", " (Source: htt", " [4†")
ZH_OPEN_CITE = ("【3†来", "[1", "［2", "【4†sou", "（来源：htt")
CURSORS = ("▌", "█", "●", "▍", "▋")


def trunc_continue_glued(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """A chat export cut mid-sentence at 35-70 %, with the user's "continue" glued into the answer field."""
    if _asks(rec, r"continu|go on|继续"):
        return None
    cut = _cut_mid(rng, rec["output"], lang, 0.35, 0.7)
    if not cut:
        return None
    return {"output": cut + "\n\n" + rng.choice(EN_CONTINUE if lang == "en" else ZH_CONTINUE)}


def trunc_open_citation(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """One or two whole sentences of a longer answer, then a citation marker that never closes."""
    sents = textutil.sentences(rec["output"], lang)
    if len(sents) < 3:
        return None
    k = rng.randint(1, 2)
    head = (" " if lang == "en" else "").join(sents[:k])
    return {"output": head + rng.choice(EN_OPEN_CITE if lang == "en" else ZH_OPEN_CITE)}


def trunc_stream_cursor(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """Copied while still streaming: cut mid-sentence at 30-70 %, the UI's cursor glyph at the end."""
    cut = _cut_mid(rng, rec["output"], lang)
    if not cut:
        return None
    return {"output": cut + rng.choice(("", " ")) + rng.choice(CURSORS)}


# --------------------------------------------------------------------------------------------- mojibake


def _needs_non_ascii(rec: Rec, lang: str) -> str | None:
    if lang == "zh":
        return rec["output"]
    text = textutil.smarten(rec["output"])
    return text if sum(1 for c in text if ord(c) > 127) >= 2 else None


def moji_iso2022(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """A 7-bit ISO-2022 mail body (JIS, with GB 2312 designations for zh) shown byte for byte as ASCII."""
    text = _needs_non_ascii(rec, lang)
    if text is None:
        return None
    try:
        raw = text.encode("iso2022_jp_3" if lang == "en" else "iso2022_jp_2")
    except UnicodeEncodeError:
        return None
    return {"output": raw.decode("latin-1")}


def encoded_word_q(word: str) -> str:
    """One RFC 2047 "Q" encoded word for ``word`` (UTF-8)."""
    out = []
    for b in word.encode("utf-8"):
        c = chr(b)
        out.append(c if b < 128 and (c.isalnum() or c in "!*+-/") else f"={b:02X}")
    return "=?utf-8?Q?" + "".join(out) + "?="


def moji_encoded_word(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """MIME header encoding left in: every non-ASCII word as ``=?utf-8?Q?…?=`` (en) or chunks as ``=?UTF-8?B?…?=``."""
    text = _needs_non_ascii(rec, lang)
    if text is None:
        return None
    if lang == "en":
        return {"output": re.sub(r"\S*[^\x00-\x7f]\S*", lambda m: encoded_word_q(m.group(0)), text)}
    size = rng.randint(8, 15)
    chunks = [text[i : i + size] for i in range(0, len(text), size)]
    return {"output": " ".join("=?UTF-8?B?" + base64.b64encode(c.encode()).decode() + "?=" for c in chunks)}


def moji_roman8_latin10(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """UTF-8 read as HP Roman-8 (an old HP terminal or printer) or ISO-8859-16."""
    text = _needs_non_ascii(rec, lang)
    if text is None:
        return None
    return {"output": text.encode("utf-8").decode(rng.choice(("hp_roman8", "iso8859_16")), errors="replace")}


# ------------------------------------------------------------------------------------------ boilerplate

EN_STOPPED = (
    "You stopped this response.",
    "Response stopped by user.",
    "■ Generation stopped",
    "Stopped generating.",
    "The response was interrupted. Regenerate?",
)
ZH_STOPPED = ("已停止生成", "回答已被用户中断。", "你已停止生成本条回答", "■ 停止生成", "生成已中断，是否重新生成？")
EN_AUTO_TRANSLATED = (
    "This answer was automatically translated from Portuguese. Show original · Rate this translation",
    "Translated by machine. See original (Spanish)",
    "This content has been machine-translated. View the original post in German.",
    "Auto-translated from Japanese · Show original",
)
ZH_AUTO_TRANSLATED = (
    "本回答由机器自动翻译，查看原文",
    "该内容为机器翻译，仅供参考。显示原文（英语）",
    "已自动翻译 · 查看原文 · 翻译有误？",
    "本帖内容由系统自动翻译自日语，点击查看原帖。",
)
EN_QUEUE = (
    "All our agents are currently busy. You are number {n} in the queue. Estimated wait: {m} minutes.",
    "Thanks for contacting us! An agent will be with you shortly. Your position in the queue: {n}.",
    "Please hold on – you are #{n} in line. Average wait time is about {m} minutes.",
)
ZH_QUEUE = (
    "当前咨询人数较多，您前面还有{n}位用户在排队，预计等待{m}分钟。",
    "您好，客服正忙，正在为您转接人工，当前排队第{n}位。",
    "亲，人工客服繁忙中~ 您排在第{n}位，请耐心等待约{m}分钟哦",
)


def boiler_stopped(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """The chat UI's "you stopped this response" notice, with no answer before it."""
    if _asks(rec, r"\bstop|interrupt|停止|中断"):
        return None
    return {"output": rng.choice(EN_STOPPED if lang == "en" else ZH_STOPPED)}


def boiler_auto_translated(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """A Q&A site's machine-translation banner kept instead of the answer."""
    if _asks(rec, r"translat|original|翻译|原文"):
        return None
    return {"output": rng.choice(EN_AUTO_TRANSLATED if lang == "en" else ZH_AUTO_TRANSLATED)}


def boiler_queue(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """A support chat's queue message instead of the answer."""
    if _asks(rec, r"queue|wait|agent|customer service|support|排队|等待|客服"):
        return None
    tpl = rng.choice(EN_QUEUE if lang == "en" else ZH_QUEUE)
    return {"output": tpl.format(n=rng.randint(2, 38), m=rng.randint(3, 45))}


# ------------------------------------------------------------------------------------------------- spam

EN_TICKETS = (
    "🎫 Sold-out concert and final tickets available!! Front row, instant delivery. DM @tixmaster_vip or WhatsApp +1 555 0148",
    "Need tickets? World Cup, Coldplay, NBA Finals – we have them all, below face value. Order now at tix-4-u.example.biz",
    "SELLING 2x VIP festival passes, cheap!!! Cash or crypto only, message me on Telegram @festpass99",
)
ZH_TICKETS = (
    "🎫 演唱会门票代抢，内场前排有票！秒出票，加V：piao8866",
    "各大演唱会、球赛门票低价转让，黄牛价保真，需要的私信我，微信 tk_2024vip",
    "专业代抢高铁票、演唱会票，成功率99%，不成功全额退款！QQ 3388120",
)
EN_TRAVEL = (
    "✈ Flights to Bali from $199! Hotels at 70% off, book tonight only at cheapfly-deals.example.com",
    "Dream holiday? All-inclusive Maldives package, 5 nights for $499. Call our travel desk 1-800-555-0163 now!",
    "Last-minute cruise deals – up to 80% OFF! Use code SAIL80 at sea-bargains.example.net",
)
ZH_TRAVEL = (
    "✈ 特价机票低至1折！国内外酒店代订，比官网便宜30%，加微信 jipiao_666",
    "暑期三亚5天4晚双飞游仅需999元！名额有限，咨询热线 400-820-5531",
    "出境游签证、机票、酒店一站式代办，全网最低价，点击 www.lvyou-tejia.example.cn",
)
EN_CLINIC = (
    "💉 Botox & fillers 50% OFF this week only! Book your free consultation at glowclinic.example.com",
    "Hair loss? Our FUE transplant clinic guarantees results. Call 1-800-555-0122 for a free quote!",
    "Get the nose you deserve – top cosmetic surgeons, payment plans available. DM us now!",
)
ZH_CLINIC = (
    "💉 玻尿酸、水光针限时5折！医美机构专业团队，免费面诊，加V：meiyan520",
    "植发找我们，一次种植终身受益！免费咨询热线 400-668-1739",
    "双眼皮、隆鼻、吸脂一站式整形，分期0首付，私信领取优惠券！",
)


def _spam(rng: random.Random, rec: Rec, lang: str, pool: tuple[str, ...], guard: str) -> Rec | None:
    if _asks(rec, guard):
        return None
    return {"output": _place(rng, rec["output"], rng.choice(pool))}


def spam_tickets(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """Ticket-scalper ads: alone, after the answer or above it."""
    return _spam(rng, rec, lang, EN_TICKETS if lang == "en" else ZH_TICKETS, r"ticket|concert|advert|票|演唱会|广告")


def spam_travel(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """Cut-price flight, hotel and holiday ads: alone, after the answer or above it."""
    return _spam(
        rng,
        rec,
        lang,
        EN_TRAVEL if lang == "en" else ZH_TRAVEL,
        r"flight|hotel|travel|holiday|cruise|advert|机票|酒店|旅游|旅行|广告",
    )


def spam_clinic(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """Cosmetic-clinic and hair-transplant ads: alone, after the answer or above it."""
    return _spam(
        rng,
        rec,
        lang,
        EN_CLINIC if lang == "en" else ZH_CLINIC,
        r"cosmetic|surgery|clinic|beauty|hair|advert|医美|整形|美容|植发|广告",
    )


# ---------------------------------------------------------------------------------------- keyboard_mash

IME_TABLE = {
    "shi": "是十时事使",
    "de": "的得地德底",
    "yi": "一以已意义",
    "ni": "你呢尼泥拟",
    "wo": "我握窝卧沃",
    "ta": "他她它塔踏",
    "zhe": "这着者折哲",
    "li": "里理力利李",
    "ma": "吗妈马码麻",
    "hao": "好号毫豪耗",
    "xie": "写些谢鞋协",
    "ba": "吧把八爸巴",
    "zai": "在再载灾仔",
    "shu": "书数树属输",
}
EN_MASH_KEYS = "sdfghjklqwertyuiopzxcvbnm"
EN_SPELL_MENU = (
    "{w}  — No suggestions · Ignore · Add to dictionary",
    "{w}  (no spelling suggestions)",
    "{w}  ▸ Ignore All | Add to Dictionary",
)
EN_LONGPRESS = ("àáâäæãåā", "èéêëēėę", "ìíîïīįì", "òóôöõøōœ", "ùúûüū", "ñń", "çćč", "ßśš", "ÿ", "ł", "žźż")
ZH_LONGPRESS = ("āáǎà", "ōóǒò", "ēéěè", "īíǐì", "ūúǔù", "ǖǘǚǜü")
PAD_TOKENS = (
    "↑",
    "↓",
    "←",
    "→",
    "↖",
    "↗",
    "↘",
    "↙",
    "A",
    "B",
    "X",
    "Y",
    "L1",
    "R1",
    "L2",
    "R2",
    "△",
    "○",
    "✕",
    "□",
    "START",
    "SELECT",
)


def mash_candidates(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """An IME's candidate window copied as text (zh) / mashed words each with the spell-checker's menu (en)."""
    if lang == "zh":
        if _asks(rec, r"拼音|输入法|候选"):
            return None
        rows = []
        for py in rng.sample(sorted(IME_TABLE), rng.randint(2, 5)):
            cands = IME_TABLE[py]
            rows.append(
                py + "  " + " ".join(f"{i + 1}.{c}" for i, c in enumerate(cands)) + rng.choice(("", "  <>", " ▸"))
            )
        return {"output": rng.choice(("\n", "  ")).join(rows)}
    if _asks(rec, r"spell|dictionary|typo"):
        return None
    rows = []
    for _ in range(rng.randint(2, 5)):
        w = "".join(rng.choice(EN_MASH_KEYS) for _ in range(rng.randint(5, 11)))
        rows.append(rng.choice(EN_SPELL_MENU).format(w=w))
    return {"output": "\n".join(rows)}


def mash_longpress(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """A phone keyboard's long-press pop-ups mashed: accented letters (en), tone-marked vowels (zh)."""
    if _asks(rec, r"accent|diacritic|tone|pinyin|声调|拼音"):
        return None
    groups = EN_LONGPRESS if lang == "en" else ZH_LONGPRESS
    out = []
    for _ in range(rng.randint(5, 12)):
        g = rng.choice(groups)
        out.append("".join(rng.choice(g) for _ in range(rng.randint(2, 7))))
    return {"output": " ".join(out)}


def mash_gamepad(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """A child on the arrow keys and controller buttons: ``↑↑↓ A A B L1 △ …``."""
    if _asks(rec, r"game|combo|controller|arrow|konami|游戏|手柄|按键|箭头|连招"):
        return None
    toks = [rng.choice(PAD_TOKENS) for _ in range(rng.randint(12, 30))]
    return {"output": " ".join(t * rng.choice((1, 1, 2, 3)) if len(t) == 1 else t for t in toks)}


# ------------------------------------------------------------------------------------------------- echo

EN_VERBS = (
    "explain",
    "describe",
    "write",
    "give",
    "list",
    "create",
    "generate",
    "summarize",
    "summarise",
    "compose",
    "suggest",
    "name",
    "provide",
    "identify",
    "rewrite",
    "classify",
    "find",
    "make",
    "design",
    "compare",
    "construct",
    "tell",
    "calculate",
    "convert",
    "edit",
    "outline",
    "develop",
    "analyze",
    "analyse",
    "come up with",
    "brainstorm",
    "predict",
    "evaluate",
)
EN_PROMISE = ("Sure, I'll {x}.", "Okay, I will {x}.", "Certainly! I can {x}.", "Of course – I'm going to {x}.")
ZH_VERBS = (
    "写",
    "给出",
    "解释",
    "描述",
    "列出",
    "生成",
    "总结",
    "提供",
    "设计",
    "创作",
    "编写",
    "比较",
    "分析",
    "计算",
    "说明",
    "介绍",
    "概括",
    "翻译",
    "改写",
)
ZH_PROMISE = ("好的，我来{x}。", "没问题，我会{x}。", "收到，我这就{x}。", "可以的，下面我将{x}。")
CODE_COMMENT = (("python", "#"), ("javascript", "//"), ("sql", "--"), ("", "#"))
EN_SUGGEST = ("reddit", "pdf", "answer", "quizlet", "examples", "for kids", "quora", "2023", "wikipedia", "meaning")
ZH_SUGGEST = (" 知乎", "的原因", " 百度百科", " 答案", " 视频", "是什么意思", " 作文", " 小红书")


def _second_person(text: str) -> str:
    swap = {"me": "you", "my": "your", "i": "you", "mine": "yours", "myself": "yourself"}
    return re.sub(r"\b(me|my|I|mine|myself)\b", lambda m: swap[m.group(1).lower()], text)


def echo_promise(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """An imperative instruction turned into a first-person promise, and nothing after it."""
    ins = rec["instruction"].strip()
    if lang == "en":
        m = re.match(r"(?:please\s+)?(" + "|".join(EN_VERBS) + r")\b(.*)", ins, re.I | re.S)
        if not m or "\n" in ins or len(ins) > 200:
            return None
        x = _second_person(m.group(1).lower() + m.group(2)).rstrip(" .!?:")
        return {"output": rng.choice(EN_PROMISE).format(x=x)}
    body = ins.removeprefix("请").strip()
    if not body.startswith(ZH_VERBS) or "\n" in body or len(body) > 80:
        return None
    return {"output": rng.choice(ZH_PROMISE).format(x=body.rstrip("。！？?!：:，, "))}


def echo_code_comment(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """A code model's completion: the instruction as a comment in an otherwise empty code block."""
    ins = rec["instruction"].strip()
    if not ins or "\n" in ins:
        return None
    name, mark = rng.choice(CODE_COMMENT)
    return {"output": f"```{name}\n{mark} {ins}\n\n```"}


def echo_autocomplete(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """A search box's autocomplete list scraped instead of an answer: the instruction and stock suffixes."""
    ins = rec["instruction"].strip()
    if not ins or "\n" in ins or len(ins) > 120:
        return None
    base = ins.rstrip(".?!。？！").lower() if lang == "en" else ins.rstrip("。？！?!")
    suffixes = rng.sample(EN_SUGGEST if lang == "en" else ZH_SUGGEST, rng.randint(3, 6))
    return {"output": "\n".join([base] + [base + (" " + s if lang == "en" else s) for s in suffixes])}


# ------------------------------------------------------------------------------------------------ empty

EN_COUNT_ONLY = ("0 words", "Word count: 0", "Characters: 0 / 2000", "(empty response, 0 tokens)", "length=0")
ZH_COUNT_ONLY = ("字数：0", "0字", "共0个字符", "（空回复，0 tokens）", "字数统计：0 / 2000")
EN_ANCHOR = ("Click here", "[link]", "here", "Read the answer here >>", "Source", "See this page")
ZH_ANCHOR = ("点击这里", "[链接]", "原文链接", ">>点此查看答案", "详见链接", "戳这里")


def empty_punct_skeleton(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """A cleaning regex deleted every letter (en) or every hanzi (zh): spaces, digits and punctuation are left."""
    out = re.sub(r"[A-Za-z]+", "", rec["output"]) if lang == "en" else CJK.sub("", rec["output"])
    out = re.sub(r"[ \t]+", " ", out).strip()
    if sum(1 for c in out if not c.isspace()) < 3:
        return None
    return {"output": out}


def empty_count_only(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """An export that kept the answer's length field (zero) and not the answer."""
    if _asks(rec, r"count|how many|number|length|word|多少|几|字数|数量|长度"):
        return None
    return {"output": rng.choice(EN_COUNT_ONLY if lang == "en" else ZH_COUNT_ONLY)}


def empty_anchor_only(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """Only the text of a link whose address the scraper dropped."""
    if _asks(rec, r"link|url|click|web ?site|链接|网址|网站"):
        return None
    return {"output": rng.choice(EN_ANCHOR if lang == "en" else ZH_ANCHOR)}


# ------------------------------------------------------------------------------------------ markup_dump


def _attr(text: str) -> str:
    return text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;").replace(">", "&gt;")


def markup_tracking_pixel(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """A page's analytics snippets (tag-manager noscript, pixel image) with the first sentence only in a meta tag."""
    first = _first(rec, lang)
    if not first or _asks(rec, r"html|pixel|analytics|tracking|meta|埋点|统计"):
        return None
    gtm = "GTM-" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(7))
    pid = "".join(rng.choice("0123456789") for _ in range(15))
    out = (
        "<!-- Tag Manager (noscript) -->\n"
        f'<noscript><iframe src="https://tags.metrics.example/ns.html?id={gtm}" height="0" width="0" '
        'style="display:none;visibility:hidden"></iframe></noscript>\n'
        "<!-- End Tag Manager (noscript) -->\n"
        f'<meta property="og:description" content="{_attr(first)}">\n'
        f'<img height="1" width="1" style="display:none" alt="" '
        f'src="https://px.adtrack.example/tr?id={pid}&amp;ev=PageView&amp;noscript=1"/>'
    )
    return {"output": out}


def textproto_quote(text: str) -> str:
    """A string as protobuf text format writes it (double quotes, backslash escapes)."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def markup_textproto(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """A generation service's debug dump in protobuf text format, cut by MAX_TOKENS after the first sentence."""
    first = _first(rec, lang)
    if not first or _asks(rec, r"proto|grpc"):
        return None
    n_in, n_out = rng.randint(12, 300), rng.randint(8, 64)
    out = (
        "request {\n"
        f"  prompt: {textproto_quote(rec['instruction'].strip())}\n"
        f"  max_output_tokens: {n_out}\n"
        "}\n"
        "candidates {\n"
        f"  content: {textproto_quote(first)}\n"
        "  finish_reason: MAX_TOKENS\n"
        "  safety_ratings { category: HARM_CATEGORY_HARASSMENT probability: NEGLIGIBLE }\n"
        "}\n"
        f"usage_metadata {{ prompt_token_count: {n_in} candidates_token_count: {n_out} }}"
    )
    return {"output": out}


def _cloze_word(first: str, lang: str) -> str | None:
    if lang == "en":
        ws = sorted(set(re.findall(r"[A-Za-z]{5,}", first)), key=lambda w: (-len(w), w))
        return ws[0] if ws else None
    chunks = textutil.cjk_chunks(first, 2)
    return chunks[len(chunks) // 2] if chunks else None


def markup_anki(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """A flash-card deck's export: header lines and one tab-separated note, the first sentence as a cloze."""
    first = _first(rec, lang)
    if not first or _asks(rec, r"anki|flash ?card|cloze|卡片|抽认卡"):
        return None
    word = _cloze_word(first, lang)
    if not word:
        return None
    cloze = first.replace(word, "{{c1::" + word + "}}", 1)
    deck = rng.choice(("Default", "General::Imported", "学习::导入", "Misc"))
    out = (
        "#separator:tab\n#html:true\n#notetype column:1\n#deck column:4\n#tags column:5\n"
        f"Cloze\t{rec['instruction'].strip()}\t<div>{cloze}</div>\t{deck}\timported"
    )
    return {"output": out}


# ----------------------------------------------------------------------------------------- wrong_script

LATIN_MINOR = (
    "Tapadh leibh airson na ceiste. Cha robh mi cinnteach mun fhreagairt, ach feuchaidh mi a-rithist a-màireach.",  # Gaelic
    "Takk fyri spurningin. Eg veit ikki svarið, men eg skal royna at finna tað út.",  # Faroese
    "Tankewol foar jo fraach. Ik wit it antwurd net, mar ik sil it noch ris neisjen.",  # West Frisian
    "Trugarez evit ho koulenn. N'ouzon ket ar respont, met klask a rin adarre warc'hoazh.",  # Breton
    "Añaychayki tapukuyniykimanta. Manam kutichiyta yachanichu, paqarin yapamanta maskasaq.",  # Quechua
    "Aguyje nde porandúre. Ndaikuaái mba'éichapa ambohováita, ha katu ahekáta ko'ẽrõ.",  # Guarani
    "Ndatenda nemubvunzo wenyu. Handizivi mhinduro, asi ndichaedza zvakare mangwana.",  # Shona
    "Ke a leboha bakeng sa potso ya hao. Ha ke tsebe karabo, empa ke tla leka hape hosane.",  # Sesotho
    "Jërëjëf ci sa laaj. Xawma tontu bi, waaye dinaa ko seetaat ëllëg.",  # Wolof
    "Mālō 'aupito ki ho'o fehu'í. 'Oku 'ikai te u 'ilo 'a e tali, ka te u toe feinga 'apongipongi.",  # Tongan
    "Tenkyu long askim bilong yu. Mi no save long ansa, tasol bai mi traim gen tumora.",  # Tok Pisin
    "Soragyňyz üçin sag boluň. Men jogaby bilemok, ýöne ertir ýene synanyşaryn.",  # Turkmen
    "Hvala na pitanju. Ne znam odgovor, ali pokušat ću ponovno sutra.",  # Croatian
    "Grazie per a vostra dumanda. Ùn cunnoscu micca a risposta, ma circheraghju torna dumane.",  # Corsican
)
GREEK_CYRILLIC_EAST = (
    "Ευχαριστώ για την ερώτηση. Δεν είμαι σίγουρος για την απάντηση, θα προσπαθήσω ξανά αύριο.",  # Greek
    "Σας ευχαριστούμε πολύ. Η απάντηση θα σταλεί σύντομα με ηλεκτρονικό ταχυδρομείο.",  # Greek
    "Ыйтӑвшӑн тав. Эпӗ хуравне пӗлместӗп, анчах ыран тепре тӑрӑшса пӑхӑп.",  # Chuvash
    "Тав сире пулӑшнӑшӑн. Ку ыйту ҫинчен кайран калаҫӑпӑр.",  # Chuvash
    "Бузныг дӕ фӕрстӕй. Дзуапп нӕ зонын, фӕлӕ райсом ногӕй бафӕлвардзынӕн.",  # Ossetian
    "Стыр бузныг. Ацы фарсты тыххӕй фӕстӕдӕр аныхас кӕндзыстӕм.",  # Ossetian
    "আপোনাৰ প্ৰশ্নৰ বাবে ধন্যবাদ। মই উত্তৰটো নাজানো, কিন্তু কাইলৈ আকৌ চেষ্টা কৰিম।",  # Assamese
    "বহুত ধন্যবাদ। এই বিষয়ে পিছত কথা পাতিম।",  # Assamese
)
CLASSICAL = (
    "Gratias tibi ago pro quaestione. Responsum nescio, sed cras iterum quaeram.",  # Latin
    "Quod quaeris difficile est; de hac re alias loquemur.",  # Latin
    "Vale, amice. Dum spiro, spero.",  # Latin
    "Χάριν σοι οἶδα τῆς ἐρωτήσεως. Οὐκ οἶδα τὴν ἀπόκρισιν, ἀλλ᾽ αὔριον αὖθις ζητήσω.",  # Ancient Greek
    "Χαῖρε, ὦ φίλε· περὶ τούτου ὕστερον διαλεξόμεθα.",  # Ancient Greek
    "प्रश्नाय धन्यवादः। अहम् उत्तरं न जानामि, किन्तु श्वः पुनः प्रयतिष्ये।",  # Sanskrit
    "सर्वे भवन्तु सुखिनः। एतस्य विषये पश्चात् वदामः।",  # Sanskrit
)
LANG_GUARD = (
    r"translat|language|script|alphabet|greek|latin|sanskrit|gaelic|croatian|spell|word for|"
    r"翻译|译成|语言|文字|字母|希腊|拉丁|梵|外语|英文|英语"
)


def _reply(rng: random.Random, rec: Rec, pool: tuple[str, ...]) -> Rec | None:
    if _asks(rec, LANG_GUARD):
        return None
    return {"output": rng.choice(pool)}


def wrong_latin_minor(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """A generic reply in a minor Latin-script language (Gaelic, Faroese, Frisian, Breton, Quechua, Tok Pisin …)."""
    return _reply(rng, rec, LATIN_MINOR)


def wrong_greek_cyrillic_east(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """A generic reply in modern Greek, Chuvash, Ossetian or Assamese."""
    return _reply(rng, rec, GREEK_CYRILLIC_EAST)


def wrong_classical(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """A generic reply in a classical language: Latin, Ancient Greek (polytonic) or Sanskrit."""
    return _reply(rng, rec, CLASSICAL)


# ------------------------------------------------------------------------------------------- registry

GENERATORS: list[tuple[str, str, Gen]] = [
    ("h12_loop_repeat_step", "loop", loop_repeat_step),
    ("h12_loop_citation_markers", "loop", loop_citation_markers),
    ("h12_loop_json_objects", "loop", loop_json_objects),
    ("h12_trunc_continue_glued", "truncated", trunc_continue_glued),
    ("h12_trunc_open_citation", "truncated", trunc_open_citation),
    ("h12_trunc_stream_cursor", "truncated", trunc_stream_cursor),
    ("h12_moji_iso2022", "mojibake", moji_iso2022),
    ("h12_moji_encoded_word", "mojibake", moji_encoded_word),
    ("h12_moji_roman8_latin10", "mojibake", moji_roman8_latin10),
    ("h12_boiler_stopped", "boilerplate", boiler_stopped),
    ("h12_boiler_auto_translated", "boilerplate", boiler_auto_translated),
    ("h12_boiler_queue", "boilerplate", boiler_queue),
    ("h12_spam_tickets", "spam", spam_tickets),
    ("h12_spam_travel", "spam", spam_travel),
    ("h12_spam_clinic", "spam", spam_clinic),
    ("h12_mash_candidates", "keyboard_mash", mash_candidates),
    ("h12_mash_longpress", "keyboard_mash", mash_longpress),
    ("h12_mash_gamepad", "keyboard_mash", mash_gamepad),
    ("h12_echo_promise", "echo", echo_promise),
    ("h12_echo_code_comment", "echo", echo_code_comment),
    ("h12_echo_autocomplete", "echo", echo_autocomplete),
    ("h12_empty_punct_skeleton", "empty", empty_punct_skeleton),
    ("h12_empty_count_only", "empty", empty_count_only),
    ("h12_empty_anchor_only", "empty", empty_anchor_only),
    ("h12_markup_tracking_pixel", "markup_dump", markup_tracking_pixel),
    ("h12_markup_textproto", "markup_dump", markup_textproto),
    ("h12_markup_anki", "markup_dump", markup_anki),
    ("h12_wrong_latin_minor", "wrong_script", wrong_latin_minor),
    ("h12_wrong_greek_cyrillic_east", "wrong_script", wrong_greek_cyrillic_east),
    ("h12_wrong_classical", "wrong_script", wrong_classical),
]
ONLY_LANG: dict[str, str] = {}
"""Every heldout12 template works for both languages (some behave differently per language)."""
