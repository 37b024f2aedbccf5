"""Junk generators of the fifth held-out part (heldout5), written blind to the clean filters.

Each generator is ``fn(rng, rec, lang, ctx) -> dict | None``: it corrupts one real base record
(``rec`` has instruction, input, output) and returns the changed fields (only ``output``), or None
when the base record does not suit it (generate.py then tries the next base record).  Every wording
here is new: it was written without reading the clean stage, its config, features.py or the dev /
heldout / heldout2 / heldout3 / heldout4 templates (only the kind tables of bench/clean_eval/README.md,
to avoid repeating them).  The good look-alikes of this part live in good_heldout5.py.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from typing import Any

import textutil

Rec = dict[str, str]
Gen = Callable[[random.Random, Rec, str, Any], "dict[str, str] | None"]

JUNK_PER_LANG = 400
"""Junk records per language (40 per kind)."""

CJK = re.compile(r"[\u4e00-\u9fff]")


def _topic(rec: Rec, n: int = 70) -> str:
    """The instruction's first line without its closing punctuation, at most ``n`` characters."""
    t = rec["instruction"].strip().split("\n")[0]
    return re.sub(r"[\s.?!。？！:：]+$", "", t[:n])


def _first(rec: Rec, lang: str, k: int = 1) -> str:
    sents = textutil.sentences(rec["output"], lang)
    return " ".join(sents[:k]) if lang == "en" else "".join(sents[:k])


def _place(rng: random.Random, out: str, lang: str, pitch: str) -> str:
    """The pitch alone, after the whole answer, or slipped in between two sentences of it."""
    mode = rng.randrange(3)
    if mode == 0:
        return pitch
    if mode == 1:
        return out.rstrip() + ("\n\n" if rng.random() < 0.6 else " ") + pitch
    sents = textutil.sentences(out, lang)
    if len(sents) < 3:
        return out.rstrip() + "\n\n" + pitch
    cut = out.find(sents[1])
    return out[:cut].rstrip() + ("\n\n" if rng.random() < 0.5 else " ") + pitch + "\n\n" + out[cut:]


# ------------------------------------------------------------------------------------------- loop


def _chunks(out: str, lang: str, rng: random.Random) -> list[str]:
    if lang == "en":
        toks = re.findall(r"\S+\s*", out)
        size = rng.randint(2, 4)
        return ["".join(toks[i : i + size]) for i in range(0, len(toks), size)]
    size = rng.randint(3, 6)
    return [out[i : i + size] for i in range(0, len(out), size)]


def loop_cumulative(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A streaming client that appended the whole text so far on every event: growing prefixes in a row."""
    chunks = _chunks(rec["output"], lang, rng)
    if len(chunks) < 8:
        return None
    k = min(len(chunks), rng.randint(7, 14))
    sep = rng.choice(["", "\n", " "])
    return {"output": sep.join("".join(chunks[: i + 1]).rstrip() for i in range(k))}


def loop_chunk_doubled(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """Every streamed delta written twice ("The cat The cat sat on sat on")."""
    chunks = _chunks(rec["output"], lang, rng)
    if len(chunks) < 6:
        return None
    return {"output": "".join(c + c for c in chunks)}


def loop_decaying_tail(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """The last sentence said again and again, one word (zh: one or two characters) shorter each time."""
    sents = textutil.sentences(rec["output"], lang)
    if not sents:
        return None
    last = sents[-1]
    if lang == "en":
        words = last.split()
        if len(words) < 7:
            return None
        tails = [" ".join(words[i:]) for i in range(1, len(words) - 1)]
        return {"output": rec["output"].rstrip() + " " + " ".join(tails)}
    if len(last) < 9:
        return None
    step = rng.choice([1, 2])
    tails = [last[i:] for i in range(step, len(last) - 2, step)]
    return {"output": rec["output"].rstrip() + "".join(tails)}


def loop_nested_staircase(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """The first sentence as a bullet, then the same bullet nested one level deeper, 10-18 times."""
    first = _first(rec, lang).split("\n")[0].strip()
    if len(first) < 6:
        return None
    marker = rng.choice(["- ", "* ", "1. "] if lang == "en" else ["- ", "1. ", "• "])
    depth = rng.randint(10, 18)
    stair = "\n".join("  " * i + marker + first for i in range(depth))
    return {"output": stair}


# -------------------------------------------------------------------------------------- truncated


NUMBER = re.compile(r"\d[\d,.]*\d")


def trunc_mid_number(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """Stopped inside a number: "in 19", "about 3.", "共有12"."""
    out = rec["output"]
    spots = [m for m in NUMBER.finditer(out) if m.start() >= max(15, len(out) // 6)]
    if not spots:
        return None
    m = rng.choice(spots)
    cut = m.start() + rng.randint(1, len(m.group()) - 1)
    return {"output": out[:cut]}


COLUMN_LIMITS = (255, 256, 500, 512, 1000, 1024)


def trunc_column_limit(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """Cut at a database column's width (255, 512, 1024 … characters), sometimes with "..." in the last three."""
    out = rec["output"]
    fits = [n for n in COLUMN_LIMITS if n < len(out) * 0.9]
    if lang == "zh":
        fits = [n for n in (128, 200, 255, 256, 500, 512) if n < len(out) * 0.9]
    if not fits:
        return None
    n = rng.choice(fits)
    if out[n - 1] in ".。!?！？\n" or out[n - 1 : n + 1].isspace():
        return None
    return {"output": out[: n - 3] + "..." if rng.random() < 0.35 else out[:n]}


def trunc_first_item_only(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A list answer of three or more items kept up to the end of its first item (a per-message cap)."""
    out = rec["output"]
    if len(textutil.list_items(out)) < 3:
        return None
    lines = out.split("\n")
    for i, ln in enumerate(lines):
        if textutil.LIST_LINE.match(ln) and ln.strip():
            return {"output": "\n".join(lines[: i + 1]).rstrip()}
    return None


def trunc_byte_cut(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """Cut at a byte count inside a multi-byte character, then decoded with replacement (ends in U+FFFD)."""
    raw = rec["output"].encode("utf-8")
    for _ in range(20):
        cut = rng.randint(len(raw) * 2 // 5, len(raw) * 4 // 5)
        if 0x80 <= raw[cut] < 0xC0:
            return {"output": raw[:cut].decode("utf-8", errors="replace")}
    return None


# --------------------------------------------------------------------------------------- mojibake


def _moji(text: str, codec: str) -> str:
    return text.encode("utf-8").decode(codec, errors="replace")


def _smart(rec: Rec, lang: str) -> str:
    return textutil.smarten(rec["output"]) if lang == "en" else rec["output"]


def _changed(rec: Rec, new: str) -> dict[str, str] | None:
    return {"output": new} if new != rec["output"] else None


def moji_koi8r(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """UTF-8 read as KOI8-R (Russian mail and Usenet): ’ → "Б─≥", 中 → "Д╦╜"."""
    return _changed(rec, _moji(_smart(rec, lang), "koi8_r"))


def moji_cp1253(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """UTF-8 read as Windows-1253 (Greek): ’ → "β€™"."""
    return _changed(rec, _moji(_smart(rec, lang), "cp1253"))


def moji_cp874(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """UTF-8 read as Windows-874 (Thai): 中 → "ไธญ"."""
    return _changed(rec, _moji(_smart(rec, lang), "cp874"))


def moji_utf7(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """Left in UTF-7, as in old mail headers and IMAP folder names: 中文 → "+Ti1lhw-"."""
    return _changed(rec, _smart(rec, lang).encode("utf-7").decode("ascii"))


def moji_bytes_repr(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A Python ``bytes`` object written with str(): b'\\xe4\\xb8\\xad…' with visible \\n."""
    text = _smart(rec, lang)
    if text.isascii() and "\n" not in text:
        return None
    return {"output": str(text.encode("utf-8"))}


def moji_gbk_as_sjis(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """GBK bytes read as Shift-JIS (a Chinese file opened on a Japanese system)."""
    return _changed(rec, rec["output"].encode("gbk", errors="replace").decode("shift_jis", errors="replace"))


# ------------------------------------------------------------------------------------ boilerplate


EN_SELF_INTRO = [
    "Hello! I'm an AI assistant developed to help you with a wide range of tasks. How can I assist you today?",
    "Hi there! I am a large language model trained to answer questions and have conversations. What would you "
    "like to talk about?",
    "Greetings! I'm your virtual assistant. I can write, summarize, translate and more. Just tell me what you need!",
    "Hey! I'm a helpful assistant built on a large language model. Feel free to ask me anything.",
]
ZH_SELF_INTRO = [
    "你好！我是一个人工智能助手，可以回答问题、写作和翻译。请问有什么可以帮您的吗？",
    "您好，我是由大规模语言模型驱动的智能助手，很高兴为您服务！有什么问题尽管问我。",
    "嗨！我是你的AI小助手，能陪你聊天、帮你写文案。今天想聊点什么呢？",
    "你好呀～我是智能对话机器人，有任何问题都可以随时问我哦！",
]
EN_BOT_CHECK = [
    "Checking your browser before accessing the site.\nThis process is automatic. Your browser will redirect "
    "to your requested content shortly.\nPlease allow up to 5 seconds…",
    "Just a moment...\nEnable JavaScript and cookies to continue",
    "Please verify you are a human\nPress & Hold\nAccess to this page has been denied because we believe you "
    "are using automation tools to browse the website.",
    "One more step\nPlease complete the security check to access this page.\nWhy do I have to complete a CAPTCHA?",
]
ZH_BOT_CHECK = [
    "请完成下方安全验证后继续访问\n拖动滑块完成拼图",
    "访问过于频繁，请输入验证码后继续。\n看不清？换一张",
    "系统检测到您的网络环境存在异常，为保证服务正常使用，请完成人机验证。",
    "正在检查您的浏览器……\n本过程是自动的，您的浏览器将很快跳转到请求的内容。",
]
EN_DISCLAIMER = [
    "Disclaimer: The information on this page is for general informational purposes only and does not "
    "constitute professional advice. All rights reserved.",
    "This content is provided \u201cas is\u201d without warranty of any kind. The views expressed are those of "
    "the author. Reproduction without permission is prohibited.",
    "All content on this site is user-submitted. We are not responsible for its accuracy. If you believe any "
    "content infringes your rights, please contact us for removal.",
]
ZH_DISCLAIMER = [
    "本文内容由互联网用户自发贡献，该文观点仅代表作者本人。本站仅提供信息存储空间服务，不拥有所有权，"
    "不承担相关法律责任。如发现本站有涉嫌抄袭侵权内容，请联系删除。",
    "免责声明：本站部分内容来源于网络，仅供学习交流使用，版权归原作者所有。如有侵权，请联系我们删除。",
    "声明：以上内容仅代表个人观点，不构成任何投资建议。转载请注明出处。",
]
EN_ANNOTATOR = [
    "[Annotator note: skipping this one, not sure how to answer]",
    "Write your response here (minimum 50 words).",
    "<<ANNOTATOR: low quality prompt, flag for review>>",
    "(Rater comment: prompt unclear, response to be written later)",
]
ZH_ANNOTATOR = [
    "【标注员备注】此条不会，跳过。",
    "请在此处填写回答（不少于50字）",
    "<<标注：问题质量差，待复核>>",
    "（审核意见：回答待补写，先提交占位）",
]


def boiler_self_intro(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """The assistant introduces itself instead of doing the task."""
    if re.search(
        r"\b(who are you|introduce yourself|your name)\b|你是谁|介绍一下你自己|自我介绍", rec["instruction"], re.I
    ):
        return None
    return {"output": rng.choice(EN_SELF_INTRO if lang == "en" else ZH_SELF_INTRO)}


def boiler_bot_check(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A scraper stored the anti-bot interstitial instead of the page."""
    return {"output": rng.choice(EN_BOT_CHECK if lang == "en" else ZH_BOT_CHECK)}


def boiler_disclaimer(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """Only the site's copyright or liability notice."""
    return {"output": rng.choice(EN_DISCLAIMER if lang == "en" else ZH_DISCLAIMER)}


def boiler_annotator(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A crowd-work note or the form's own prompt left where the answer should be."""
    return {"output": rng.choice(EN_ANNOTATOR if lang == "en" else ZH_ANNOTATOR)}


def boiler_react_trace(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """An agent's first step (thought + tool call) with no observation and no final answer."""
    topic = _topic(rec, 60)
    q = json.dumps({"query": topic}, ensure_ascii=False)
    if lang == "en":
        outs = [
            f"Thought: I need to look up information about {topic.lower()}.\nAction: Search[{topic}]\nObservation:",
            f'I\'ll use the search tool to find this.\n<tool_call>\n{{"name": "web_search", "arguments": {q}}}'
            "\n</tool_call>",
            f"Thought: Let me break this down first.\nAction: lookup\nAction Input: {topic}",
        ]
    else:
        outs = [
            f"思考：我需要先搜索关于“{topic}”的资料。\n行动：搜索[{topic}]\n观察：",
            f'我将调用搜索工具来查找答案。\n<tool_call>\n{{"name": "web_search", "arguments": {q}}}\n</tool_call>',
            f"Thought: 用户想了解{topic}，我需要调用工具。\nAction: search\nAction Input: {topic}",
        ]
    return {"output": rng.choice(outs)}


# -------------------------------------------------------------------------------------------- spam


EN_PRIZE = [
    "Congratulations! You have been selected to receive a FREE iPhone 15 Pro. Claim your prize now: "
    "http://lucky-winner-claim.top/r?id={n}",
    "\U0001f381 You are our {n}th visitor today! Spin the wheel and win a $1000 gift card \u2192 "
    "http://spin4gift.xyz/?ref={n}",
    "URGENT: Your parcel could not be delivered. Pay the $1.99 redelivery fee here: http://parcel-redeliver.cc/t/{n}",
]
ZH_PRIZE = [
    "恭喜您被抽中为本月幸运用户，获得iPhone 15一部！请点击 http://xingyun-lingjiang.top/{n} 填写收货信息领取。",
    "【中奖通知】您的手机号已在本次活动中获得二等奖现金8800元，请尽快登录 www.zj{n}.cc 领取，逾期作废。",
    "尊敬的用户：您的积分即将清零，可兑换现金红包，点击 http://jf-duihuan.xyz/?u={n} 立即兑换。",
]
EN_AGENCY = [
    "Study in Canada or Australia with a 100% visa guarantee! Free consultation, call +1-888-555-{n4} today.",
    "Dreaming of a green card? Our immigration lawyers get results. Book now at www.fastvisa-help.top",
    "Get your degree in 6 months, fully accredited, no exams. Enroll at www.quick-diploma.xyz",
]
ZH_AGENCY = [
    "留学移民一站式服务，美加澳英名校申请，签证包过！咨询热线：400-{n4}-{n4}。",
    "想拿绿卡？投资移民、技术移民专业办理，成功率高达98%，详情加V：yimin{n}。",
    "不用考试，半年拿本科文凭，学信网可查！报名电话：138{n4}{n4}。",
]
EN_DATING = [
    "Lonely tonight? Hundreds of singles near you are online right now \u2764 Meet them at www.meetnear.top",
    "Hot singles in your area want to chat! Sign up free: http://date-now-{n}.xyz",
]
ZH_DATING = [
    "同城交友，附近的单身美女在线等你聊天❤ 点击进入：http://tongcheng-yue.top/{n}",
    "寂寞了吗？真人视频聊天，一对一私密陪聊，加微信：liaotian{n}。",
]
EN_ACCOUNTS = [
    "Cheap Netflix / Spotify premium accounts, 1 year only $9.99! Instant delivery at www.acc-shop{n}.top",
    "Fast VPN, unblock any site, lifetime plan $19. Download: http://superfast-vpn.xyz/{n}",
    "Buy aged Gmail and Instagram accounts in bulk, PVA verified. Telegram @acc_store{n}",
]
ZH_ACCOUNTS = [
    "出售各类会员账号：视频、音乐、网盘，年卡仅需9.9元！自助下单：www.zhanghao{n}.top",
    "VPN加速器，稳定翻墙，永久会员只要19元，下载地址：http://kuaifan{n}.xyz",
    "批量出售实名微信号、老QQ号，安全稳定，需要的加Q：{n}{n4}。",
]
EN_AFFILIATE = [
    "As an Amazon Associate I earn from qualifying purchases. \U0001f449 Check the latest price of the "
    "product I use here: https://amzn.to.example-deals.top/{n}",
    "This post contains affiliate links. Grab the #1 rated tool for {topic} with 60% off: "
    "https://best-picks-{n}.top/go",
]
ZH_AFFILIATE = [
    "本文含推广链接。我自己一直在用的同款好物，戳这里领券立减50元：https://s.click.example-tb.top/{n}",
    "关于“{topic}”，推荐大家入手这款神器，点击链接下单享内部价：http://haowu{n}.xyz",
]


def _pitch(rng: random.Random, rec: Rec, lang: str, pool: list[str]) -> str:
    n = str(rng.randint(1000, 99999))
    words = textutil.keywords(rec["instruction"], "en")[:2]
    topic = " ".join(words) if lang == "en" else _topic(rec, 30)
    return rng.choice(pool).format(n=n, n4=str(rng.randint(1000, 9999)), topic=topic or "this")


def _spam(pool_en: list[str], pool_zh: list[str], doc: str) -> Gen:
    def gen(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
        pitch = _pitch(rng, rec, lang, pool_en if lang == "en" else pool_zh)
        return {"output": _place(rng, rec["output"], lang, pitch)}

    gen.__doc__ = doc
    return gen


spam_prize = _spam(EN_PRIZE, ZH_PRIZE, "Prize, parcel and points phishing lines (alone, after, or inside the answer).")
spam_agency = _spam(EN_AGENCY, ZH_AGENCY, "Study-abroad, immigration and diploma-mill ads.")
spam_dating = _spam(EN_DATING, ZH_DATING, "Dating and chat-line ads.")
spam_accounts = _spam(EN_ACCOUNTS, ZH_ACCOUNTS, "Account, membership and VPN sellers.")
spam_affiliate = _spam(EN_AFFILIATE, ZH_AFFILIATE, "Affiliate disclosures with a shopping link.")


# ----------------------------------------------------------------------------------- keyboard mash


LAYOUT_ROWS = [
    "aoeuidhtns",  # Dvorak home row
    "',.pyfgcrl",  # Dvorak top row
    "azertyuiop",  # AZERTY top row
    "qsdfghjklm",  # AZERTY home row
    "йцукенгшщзхъ",  # ЙЦУКЕН top row
    "фывапролджэ",  # ЙЦУКЕН home row
    "ㅂㅈㄷㄱㅅㅛㅕㅑㅐㅔ",  # Korean 2-set top row
    "ㅁㄴㅇㄹㅎㅗㅓㅏㅣ",  # Korean 2-set home row
    "/'קראטוןםפ",  # Hebrew top row
    "שדגכעיחלךף",  # Hebrew home row
]


def _lead(rng: random.Random, rec: Rec, lang: str) -> str:
    """Sometimes the answer's first few words (zh: characters) before the mash, else nothing."""
    if rng.random() < 0.6:
        return ""
    out = rec["output"].strip()
    if lang == "en":
        return " ".join(out.split()[: rng.randint(2, 5)]) + " "
    return out[: rng.randint(3, 8)]


def mash_other_layouts(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """Rolled and held keys on a Dvorak, AZERTY, Russian, Korean or Hebrew layout."""
    row = rng.choice(LAYOUT_ROWS)
    groups = []
    for _ in range(rng.randint(3, 8)):
        a = rng.randrange(len(row) - 2)
        g = row[a : a + rng.randint(2, len(row) - a)]
        if rng.random() < 0.3:
            g = g[::-1]
        if rng.random() < 0.3:
            g += g[-1] * rng.randint(2, 6)
        groups.append(g)
    return {"output": _lead(rng, rec, lang) + " ".join(groups)}


TERM_KEYS = ["^H", "^[[A", "^[[B", "^[[D", "^[[C", "^C", "^?", "^W", "^[OA"]


def mash_terminal_keys(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """Mashed letters with backspaces and arrow keys shown as a raw terminal echoes them (^H, ^[[A)."""
    parts = []
    for _ in range(rng.randint(4, 9)):
        parts.append("".join(rng.choice("asdfghjklqwertyuiopzxcvbnm") for _ in range(rng.randint(2, 6))))
        parts.append(rng.choice(TERM_KEYS) * rng.randint(1, 5))
    return {"output": _lead(rng, rec, lang) + "".join(parts)}


def mash_ime_buffer(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A pinyin IME's composition buffer sent unconverted: letter groups split by apostrophes (sdf'gh'jkl)."""
    groups = []
    for _ in range(rng.randint(3, 7)):
        syl = [
            "".join(rng.choice("qwertyuiopasdfghjklzxcvbnm") for _ in range(rng.randint(1, 4)))
            for _ in range(rng.randint(2, 5))
        ]
        groups.append("'".join(syl))
    return {"output": _lead(rng, rec, lang) + rng.choice([" ", "", "  "]).join(groups)}


def mash_caps(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """Caps-lock mash in word-sized groups, with stray exclamation marks."""
    words = [
        "".join(rng.choice("QWERTYUIOPASDFGHJKLZXCVBNM") for _ in range(rng.randint(3, 9)))
        for _ in range(rng.randint(4, 10))
    ]
    text = " ".join(w + ("!" * rng.randint(1, 3) if rng.random() < 0.25 else "") for w in words)
    return {"output": _lead(rng, rec, lang) + text}


# -------------------------------------------------------------------------------------------- echo


EN_PREAMBLE = (
    "Below is an instruction that describes a task. Write a response that appropriately completes the request."
)
ZH_PREAMBLE = "以下是描述任务的指令。请撰写一个恰当完成该请求的回答。"


def echo_prompt_template(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """The whole prompt, template and all, handed back as the answer (Alpaca layout or ChatML)."""
    ins, inp = rec["instruction"].strip(), rec["input"].strip()
    if rng.random() < 0.5:
        if lang == "en":
            body = f"{EN_PREAMBLE}\n\n### Instruction:\n{ins}\n\n"
            body += f"### Input:\n{inp}\n\n" if inp else ""
            return {"output": body + "### Response:\n"}
        body = f"{ZH_PREAMBLE}\n\n### 指令：\n{ins}\n\n"
        body += f"### 输入：\n{inp}\n\n" if inp else ""
        return {"output": body + "### 回答：\n"}
    user = ins + ("\n" + inp if inp else "")
    return {"output": f"<|im_start|>user\n{user}<|im_end|>\n<|im_start|>assistant\n"}


def echo_normalised(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """The instruction after a tokeniser's normalisation: lower-cased without punctuation (en), one space
    between characters (zh)."""
    ins = rec["instruction"].strip()
    if lang == "en":
        low = re.sub(r"[^\w\s]", "", ins).lower()
        text = low if rng.random() < 0.7 else ins.upper()
        return {"output": re.sub(r"\s+", " ", text).strip()}
    chars = [c for c in ins if not c.isspace()]
    if rng.random() < 0.5:
        chars = [c for c in chars if not re.match(r"[，。？！、：；“”（）,.?!]", c)]
    return {"output": " ".join(chars)}


def echo_heading(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """The instruction as a title with nothing under it."""
    t = _topic(rec, 200)
    forms = (
        ["# {t}", "## {t}\n", "**{t}**", "Title: {t}"] if lang == "en" else ["# {t}", "【{t}】", "**{t}**", "标题：{t}"]
    )
    return {"output": rng.choice(forms).format(t=t)}


def echo_json_record(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """The record's own prompt fields serialised as JSON (a pipeline wrote the request, not the reply)."""
    obj: dict[str, str] = {"instruction": rec["instruction"], "input": rec["input"]}
    if rng.random() < 0.4:
        obj = {"prompt": rec["instruction"] + ("\n" + rec["input"] if rec["input"] else "")}
    return {"output": json.dumps(obj, ensure_ascii=False, indent=rng.choice([None, 2]))}


# ------------------------------------------------------------------------------------------- empty


LIST_MARKERS = ["1.", "1. ", "- ", "•", "*", "1)", "(1)", "①", "1.\n2.\n3.", "-\n-\n-"]
ZH_LIST_MARKERS = ["1、", "一、", "（1）", "①", "1.", "- ", "1、\n2、\n3、", "一、\n二、"]
SPECIAL_TOKENS = [
    "</s>",
    "<eos>",
    "[PAD]",
    "<pad><pad><pad>",
    "<unk>",
    "[SEP]",
    "<|im_end|>",
    "<|eot_id|>",
    "<s></s>",
    "[CLS] [SEP]",
]
EMPTY_MARKDOWN = ["```\n```", "```python\n```", ">", "|  |  |\n|---|---|", "**\n**", "---", "#", "<!-- -->"]
EN_FILLER = ["Hmm.", "Well...", "Um, okay.", "Sure.", "Okay.", "I see.", "Interesting question.", "Good question!"]
ZH_FILLER = ["嗯。", "呃……", "好的。", "这个嘛……", "哦。", "嗯嗯", "好问题！", "这样啊。"]
TIMESTAMPS = [
    "2023-04-05 12:31:07",
    "2021/11/08",
    "Posted on March 3, 2020",
    "1678234511",
    "2019-06-02T08:15:00Z",
    "Last updated: 14 Feb 2022",
]
ZH_TIMESTAMPS = [
    "发布于 2022-07-19",
    "2023年4月5日 12:31",
    "2021-11-08 09:02:44",
    "1678234511",
    "编辑于 2020-03-03 · 著作权归作者所有",
]


def empty_list_marker(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """List numbers or bullets with no items."""
    return {"output": rng.choice(LIST_MARKERS if lang == "en" else ZH_LIST_MARKERS)}


def empty_special_tokens(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """Only a tokenizer's special tokens."""
    return {"output": rng.choice(SPECIAL_TOKENS)}


def empty_markdown(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """An empty markdown shell: a fence, a table head, a quote mark, a rule."""
    if re.search(r"markdown|table|表格", rec["instruction"], re.I):
        return None
    return {"output": rng.choice(EMPTY_MARKDOWN)}


ASKS_SHORT = re.compile(
    r"^(is|are|do|does|can|could|will|would|should|has|have|did)\b|\b(say|reply|respond|acknowledge)\b|吗|是否|能否|回复|说一句",
    re.I,
)


def empty_filler(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A filler word and nothing else (never on yes/no questions or 'reply with …' tasks)."""
    if ASKS_SHORT.search(rec["instruction"].strip()):
        return None
    return {"output": rng.choice(EN_FILLER if lang == "en" else ZH_FILLER)}


ASKS_TIME = re.compile(r"\d|date|time|year|when|epoch|timestamp|日期|时间|年|几点|何时|什么时候", re.I)


def empty_timestamp(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """The scraped post's date where the answer should be (never on tasks about dates, times or numbers)."""
    if ASKS_TIME.search(rec["instruction"] + rec["input"]):
        return None
    return {"output": rng.choice(TIMESTAMPS if lang == "en" else ZH_TIMESTAMPS)}


# ------------------------------------------------------------------------------------- markup dump


def markup_sse(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """The raw server-sent-events stream of the answer's first sentence(s), one JSON delta per token."""
    first = _first(rec, lang, rng.randint(1, 2))
    if not first:
        return None
    toks = re.findall(r"\s*\S+", first) if lang == "en" else re.findall(r".{1,2}", first, re.S)
    cid = "chatcmpl-" + "".join(
        rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(24)
    )
    lines = []
    for t in toks:
        ev = {
            "id": cid,
            "object": "chat.completion.chunk",
            "choices": [{"index": 0, "delta": {"content": t}, "finish_reason": None}],
        }
        lines.append("data: " + json.dumps(ev, ensure_ascii=False, separators=(",", ":")))
    if rng.random() < 0.6:
        lines.append("data: [DONE]")
    return {"output": "\n\n".join(lines)}


def markup_ipynb(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A Jupyter notebook's JSON: a title cell from the instruction and an empty code cell."""
    nb = {
        "cells": [
            {"cell_type": "markdown", "metadata": {}, "source": ["# " + _topic(rec, 80)]},
            {"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [], "source": []},
        ],
        "metadata": {
            "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
            "language_info": {"name": "python", "version": rng.choice(["3.8.10", "3.10.12", "3.11.4"])},
        },
        "nbformat": 4,
        "nbformat_minor": rng.choice([4, 5]),
    }
    return {"output": json.dumps(nb, ensure_ascii=False, indent=1)}


TB_ERRORS = [
    "KeyError: 'choices'",
    "json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)",
    "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xb5 in position 12: invalid start byte",
    "IndexError: list index out of range",
    "requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='api.example.com', port=443): Read timed out.",
]


def markup_traceback(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """The generation script's Python traceback saved as the answer."""
    prompt = json.dumps(_topic(rec, 40), ensure_ascii=False)
    line = rng.randint(40, 300)
    tb = (
        "Traceback (most recent call last):\n"
        f'  File "/home/user/gen_data/run.py", line {line}, in <module>\n'
        f"    answer = ask(prompt={prompt})\n"
        f'  File "/home/user/gen_data/run.py", line {rng.randint(10, 39)}, in ask\n'
        '    return resp.json()["choices"][0]["message"]["content"]\n' + rng.choice(TB_ERRORS)
    )
    return {"output": tb}


def _slug(rec: Rec) -> str:
    words = textutil.keywords(rec["instruction"], "en")[:5]
    return "-".join(words) if words else "post"


def markup_sitemap(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A sitemap.xml fetched in place of the article."""
    base = rng.choice(["https://www.answers-hub.example", "https://wenda.example.cn", "https://blog.example.org"])
    urls = []
    for k in range(rng.randint(3, 6)):
        path = f"/{_slug(rec)}-{k + 1}" if lang == "en" else f"/question/{rng.randint(100000, 999999)}.html"
        urls.append(
            f"  <url>\n    <loc>{base}{path}</loc>\n    <lastmod>2023-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}</lastmod>\n"
            f"    <changefreq>weekly</changefreq>\n    <priority>0.{rng.randint(3, 9)}</priority>\n  </url>"
        )
    head = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
    return {"output": head + "\n".join(urls) + "\n</urlset>"}


def markup_csv_row(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """The export's CSV header and one row (question, first sentence, date) instead of the answer."""
    first = _first(rec, lang)
    if not first:
        return None

    def q(s: str) -> str:
        return '"' + s.replace('"', '""') + '"'

    header = rng.choice(["id,question,answer,created_at", "qid,title,body,ts,votes"])
    row = [
        str(rng.randint(1000, 99999)),
        q(_topic(rec, 120)),
        q(first),
        f"2021-0{rng.randint(1, 9)}-2{rng.randint(0, 8)} 10:{rng.randint(10, 59)}:07",
    ]
    if header.endswith("votes"):
        row.append(str(rng.randint(0, 300)))
    return {"output": header + "\n" + ",".join(row)}


# ------------------------------------------------------------------------------------ wrong script


BRAILLE = dict(zip("abcdefghijklmnopqrstuvwxyz", "⠁⠃⠉⠙⠑⠋⠛⠓⠊⠚⠅⠇⠍⠝⠕⠏⠟⠗⠎⠞⠥⠧⠺⠭⠽⠵"))
BRAILLE_DIGITS = dict(zip("1234567890", "⠁⠃⠉⠙⠑⠋⠛⠓⠊⠚"))
SUPERSCRIPT = dict(zip("abcdefghijklmnopqrstuvwxyz", "ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖᑫʳˢᵗᵘᵛʷˣʸᶻ"))
SMALL_CAPS = dict(zip("abcdefghijklmnopqrstuvwxyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡxʏᴢ"))
ASKS_EFFECT = re.compile(r"braille|zalgo|glitch|superscript|small caps|tiny|font|盲文|故障|上标|字体|特效", re.I)


def braille(text: str) -> str:
    """Grade-1 braille of the letters and digits of ``text`` (other characters kept)."""
    out = []
    in_num = False
    for c in text.lower():
        if c.isdigit():
            out.append(("" if in_num else "⠼") + BRAILLE_DIGITS[c])
            in_num = True
            continue
        in_num = False
        out.append(BRAILLE.get(c, c))
    return "".join(out)


def wrong_braille(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """The English answer in braille cells (a screen-reader export), never where braille was asked for."""
    if ASKS_EFFECT.search(rec["instruction"]):
        return None
    return {"output": braille(rec["output"])}


def wrong_tiny_text(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """The English answer in a "tiny text" generator's superscript or small-capital letters."""
    if ASKS_EFFECT.search(rec["instruction"]):
        return None
    table = SUPERSCRIPT if rng.random() < 0.5 else SMALL_CAPS
    return {"output": "".join(table.get(c, c) for c in rec["output"].lower())}


def zalgo(text: str, rng: random.Random, lo: int = 2, hi: int = 6) -> str:
    """Text with ``lo``-``hi`` combining marks (U+0300-U+036F) stacked on every letter or hanzi."""
    return "".join(
        c + "".join(chr(rng.randint(0x300, 0x36F)) for _ in range(rng.randint(lo, hi))) if c.isalpha() else c
        for c in text
    )


def wrong_zalgo(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """The answer run through a "glitch text" (zalgo) generator."""
    if ASKS_EFFECT.search(rec["instruction"]):
        return None
    return {"output": zalgo(rec["output"], rng)}


FAR_SCRIPTS = {
    "Telugu": "ఇది చాలా ముఖ్యమైన ప్రశ్న. దయచేసి మరింత సమాచారం కోసం వేచి ఉండండి.",
    "Khmer": "នេះគឺជាសំណួរដ៏សំខាន់មួយ។ សូមអរគុណសម្រាប់ការសួរ។",
    "Burmese": "ဒါဟာ အရေးကြီးတဲ့ မေးခွန်းတစ်ခု ဖြစ်ပါတယ်။ မေးတဲ့အတွက် ကျေးဇူးတင်ပါတယ်။",
    "Sinhala": "මෙය ඉතා වැදගත් ප්‍රශ්නයකි. විමසීම ගැන ස්තූතියි.",
    "Lao": "ນີ້ແມ່ນຄໍາຖາມທີ່ສໍາຄັນຫຼາຍ. ຂອບໃຈທີ່ຖາມ.",
    "Tibetan": "འདི་ནི་དྲི་བ་གལ་ཆེན་ཞིག་རེད། ཐུགས་རྗེ་ཆེ།",
    "Gujarati": "આ એક ખૂબ જ મહત્વપૂર્ણ પ્રશ્ન છે. પૂછવા બદલ આભાર.",
    "Kannada": "ಇದು ಬಹಳ ಮುಖ್ಯವಾದ ಪ್ರಶ್ನೆ. ಕೇಳಿದ್ದಕ್ಕೆ ಧನ್ಯವಾದಗಳು.",
    "Malayalam": "ഇത് വളരെ പ്രധാനപ്പെട്ട ഒരു ചോദ്യമാണ്. ചോദിച്ചതിന് നന്ദി.",
}
"""A generic reply ("This is a very important question. Thanks for asking.") in scripts no earlier part used."""
ASKS_LANGUAGE = re.compile(
    r"translat|language|telugu|khmer|burmese|sinhala|lao|tibetan|gujarati|kannada|malayalam|翻译|语|文字", re.I
)


def wrong_far_script(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A generic reply in Telugu, Khmer, Burmese, Sinhala, Lao, Tibetan, Gujarati, Kannada or Malayalam."""
    if ASKS_LANGUAGE.search(rec["instruction"]):
        return None
    picks = rng.sample(sorted(FAR_SCRIPTS), rng.choice([1, 1, 2]))
    return {"output": "\n".join(FAR_SCRIPTS[p] for p in picks)}


# ---------------------------------------------------------------------------------------- registry

GENERATORS: list[tuple[str, str, Gen]] = [
    ("h5_loop_cumulative", "loop", loop_cumulative),
    ("h5_loop_chunk_doubled", "loop", loop_chunk_doubled),
    ("h5_loop_decaying_tail", "loop", loop_decaying_tail),
    ("h5_loop_nested_staircase", "loop", loop_nested_staircase),
    ("h5_trunc_mid_number", "truncated", trunc_mid_number),
    ("h5_trunc_column_limit", "truncated", trunc_column_limit),
    ("h5_trunc_first_item_only", "truncated", trunc_first_item_only),
    ("h5_trunc_byte_cut", "truncated", trunc_byte_cut),
    ("h5_moji_koi8r", "mojibake", moji_koi8r),
    ("h5_moji_cp1253", "mojibake", moji_cp1253),
    ("h5_moji_cp874", "mojibake", moji_cp874),
    ("h5_moji_utf7", "mojibake", moji_utf7),
    ("h5_moji_bytes_repr", "mojibake", moji_bytes_repr),
    ("h5_moji_gbk_as_sjis", "mojibake", moji_gbk_as_sjis),
    ("h5_boiler_self_intro", "boilerplate", boiler_self_intro),
    ("h5_boiler_bot_check", "boilerplate", boiler_bot_check),
    ("h5_boiler_disclaimer", "boilerplate", boiler_disclaimer),
    ("h5_boiler_annotator", "boilerplate", boiler_annotator),
    ("h5_boiler_react_trace", "boilerplate", boiler_react_trace),
    ("h5_spam_prize", "spam", spam_prize),
    ("h5_spam_agency", "spam", spam_agency),
    ("h5_spam_dating", "spam", spam_dating),
    ("h5_spam_accounts", "spam", spam_accounts),
    ("h5_spam_affiliate", "spam", spam_affiliate),
    ("h5_mash_other_layouts", "keyboard_mash", mash_other_layouts),
    ("h5_mash_terminal_keys", "keyboard_mash", mash_terminal_keys),
    ("h5_mash_ime_buffer", "keyboard_mash", mash_ime_buffer),
    ("h5_mash_caps", "keyboard_mash", mash_caps),
    ("h5_echo_prompt_template", "echo", echo_prompt_template),
    ("h5_echo_normalised", "echo", echo_normalised),
    ("h5_echo_heading", "echo", echo_heading),
    ("h5_echo_json_record", "echo", echo_json_record),
    ("h5_empty_list_marker", "empty", empty_list_marker),
    ("h5_empty_special_tokens", "empty", empty_special_tokens),
    ("h5_empty_markdown", "empty", empty_markdown),
    ("h5_empty_filler", "empty", empty_filler),
    ("h5_empty_timestamp", "empty", empty_timestamp),
    ("h5_markup_sse", "markup_dump", markup_sse),
    ("h5_markup_ipynb", "markup_dump", markup_ipynb),
    ("h5_markup_traceback", "markup_dump", markup_traceback),
    ("h5_markup_sitemap", "markup_dump", markup_sitemap),
    ("h5_markup_csv_row", "markup_dump", markup_csv_row),
    ("h5_wrong_braille", "wrong_script", wrong_braille),
    ("h5_wrong_tiny_text", "wrong_script", wrong_tiny_text),
    ("h5_wrong_zalgo", "wrong_script", wrong_zalgo),
    ("h5_wrong_far_script", "wrong_script", wrong_far_script),
]
"""(name, kind, generator) for every junk template of heldout5."""

ONLY_LANG = {
    "h5_trunc_byte_cut": "zh",
    "h5_moji_cp1253": "en",
    "h5_moji_cp874": "zh",
    "h5_moji_gbk_as_sjis": "zh",
    "h5_mash_ime_buffer": "zh",
    "h5_mash_caps": "en",
    "h5_wrong_braille": "en",
    "h5_wrong_tiny_text": "en",
}
"""Generators that apply to one language only (generate.py picks among the others for the other language)."""
