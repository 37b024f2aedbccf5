"""Junk generators of the second held-out part (heldout2), written blind to the clean filters.

Each generator is ``fn(rng, rec, lang, ctx) -> dict | None``: it corrupts one real base record
(``rec`` has instruction, input, output) and returns the changed fields, or None when the base
record does not suit it (generate.py then tries the next base record).  Wordings here are new: they
were written without reading the clean stage, its config, the dev / heldout templates or
features.py.  The good look-alikes of this part live in good_heldout2.py.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from typing import Any

import textutil

Rec = dict[str, str]
Gen = Callable[[random.Random, Rec, str, Any], "dict[str, str] | None"]

JUNK_PER_LANG = 400
"""Junk records per language (40 per kind, ten kinds)."""


def _pick(rng: random.Random, seq: list[str] | tuple[str, ...]) -> str:
    return seq[rng.randrange(len(seq))]


def _first_sentence(out: str, lang: str) -> str | None:
    s = textutil.sentences(out, lang)
    return s[0] if s else None


# ----------------------------------------------------------------------------------------- loop


def loop_token_tail(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """The answer starts normally, then one token repeats until the length limit."""
    out = rec["output"]
    cut = out[: max(30, int(len(out) * rng.uniform(0.3, 0.7)))]
    if lang == "en":
        toks = textutil.words(cut)
        if not toks:
            return None
        tok = _pick(rng, toks[-4:]).lower()
        return {"output": cut.rstrip() + " " + " ".join([tok] * rng.randint(40, 160))}
    chunks = textutil.cjk_chunks(cut, 1)
    if not chunks:
        return None
    tok = _pick(rng, chunks[-3:])
    return {"output": cut.rstrip() + tok * rng.randint(60, 240)}


def loop_phrase(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A short phrase of the answer repeats back to back (n-gram loop)."""
    out = rec["output"]
    if lang == "en":
        ws = out.split()
        if len(ws) < 8:
            return None
        start = rng.randrange(0, len(ws) - 4)
        n = rng.randint(2, 4)
        phrase = " ".join(ws[start : start + n])
        head = " ".join(ws[: start + n])
        return {"output": head + (" " + phrase) * rng.randint(25, 70)}
    runs = re.findall(r"[\u4e00-\u9fff]{4,}", out)
    if not runs:
        return None
    run = _pick(rng, runs)
    n = rng.randint(3, min(6, len(run)))
    phrase = run[:n]
    head = out[: out.find(run) + n]
    return {"output": head + phrase * rng.randint(30, 90)}


def loop_sentence(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """One sentence of the answer, over and over (space or newline separated)."""
    sents = textutil.sentences(rec["output"], lang)
    if not sents:
        return None
    s = _pick(rng, sents[:3])
    sep = _pick(rng, [" ", "\n", "" if lang == "zh" else " ", "\n\n"])
    return {"output": sep.join([s] * rng.randint(12, 40))}


def loop_paragraph(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """The whole answer emitted several times in a row, sometimes with the last copy cut short."""
    out = rec["output"].strip()
    if len(out) < 60:
        return None
    reps = rng.randint(4, 9)
    text = "\n\n".join([out] * reps)
    if rng.random() < 0.5:
        text = text[: len(text) - rng.randint(1, len(out) // 2)]
    return {"output": text}


def loop_numbering(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """Degenerate numbering: the same list item forever, or numbers with nothing after them."""
    out = rec["output"]
    first = _first_sentence(out, lang) or out[:60].strip()
    style = rng.randrange(3)
    n = rng.randint(15, 45)
    if style == 0:
        return {"output": "\n".join(f"1. {first}" for _ in range(n))}
    if style == 1:
        return {"output": first + "\n" + " ".join(["1."] * n)}
    marker = "、" if lang == "zh" else "."
    return {"output": "\n".join(f"{i}{marker} {first}" for i in range(1, n + 1))}


# ------------------------------------------------------------------------------------ truncated


def trunc_mid_word(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """Cut at a token limit: inside a word (en) or inside a phrase, right after a connective (zh)."""
    out = rec["output"].rstrip()
    if len(out) < 80:
        return None
    if lang == "en":
        spots = [m.start() + rng.randint(2, max(2, len(m.group()) - 2)) for m in re.finditer(r"[A-Za-z]{6,}", out)]
        spots = [p for p in spots if len(out) * 0.35 < p < len(out) * 0.85]
        if not spots:
            return None
        return {"output": out[: _pick_int(rng, spots)]}
    spots = [m.end() for m in re.finditer(r"(因为|所以|但是|而且|以及|例如|包括|通过|可以|需要|如果|这个|一个)", out)]
    spots = [p for p in spots if len(out) * 0.3 < p < len(out) * 0.85]
    if not spots:
        return None
    return {"output": out[: _pick_int(rng, spots)]}


def _pick_int(rng: random.Random, seq: list[int]) -> int:
    return seq[rng.randrange(len(seq))]


CODE_TASK = re.compile(
    r"(python|java|sql|c\+\+|代码|函数|程序|脚本|编程|算法|script|code|function|program|algorithm)", re.I
)
CODE_STARTS = [
    "python\nimport sys\n\n\ndef main(argv):\n    if len(argv) < 2:\n        print('usage: prog FILE')\n        return 1\n    with open(argv[1]) as fh:\n        for line in fh:",
    "javascript\nfunction debounce(fn, wait) {\n  let timer = null;\n  return function (...args) {\n    clearTimeout(timer);\n    timer = setTimeout(() => {",
    "sql\nSELECT c.name,\n       COUNT(o.id) AS orders,\n       SUM(o.total) AS revenue\nFROM customers c\nLEFT JOIN orders o ON o.customer_id = c.id\nWHERE o.created_at >= '2020-01-01'\nGROUP BY",
    "java\npublic class Stack<T> {\n    private final List<T> items = new ArrayList<>();\n\n    public void push(T item) {\n        items.add(item);\n    }\n\n    public T pop() {\n        if (items.isEmpty()) {",
    "python\nclass Node:\n    def __init__(self, value):\n        self.value = value\n        self.next = None\n\n\ndef reverse(head):\n    prev = None\n    while head:",
    "cpp\n#include <vector>\n#include <algorithm>\n\nint binarySearch(const std::vector<int>& a, int x) {\n    int lo = 0, hi = a.size() - 1;\n    while (lo <= hi) {\n        int mid =",
]


def trunc_open_fence(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A code answer whose fence never closes: the listing stops a few lines in."""
    out = rec["output"]
    body = out.split("```")[1] if out.count("```") >= 2 else None
    if body is None and textutil.is_code(out):
        body = "python\n" + out
    if body is None:
        # a coding task whose answer is prose: the model started a listing of its own and was cut off
        if not CODE_TASK.search(rec["instruction"]):
            return None
        body = _pick(rng, CODE_STARTS)
    code_lines = body.splitlines()
    if len(code_lines) < 4:
        return None
    keep = code_lines[: rng.randint(2, max(2, len(code_lines) // 2))]
    last = keep[-1]
    if len(last) > 6 and rng.random() < 0.6:
        keep[-1] = last[: rng.randint(3, len(last) - 2)]
    intro = _pick(
        rng,
        ["以下是实现代码：", "可以这样写：", "参考代码如下："]
        if lang == "zh"
        else ["Here is one way to write it:", "The implementation:", "Try the following:"],
    )
    return {"output": intro + "\n\n```" + "\n".join(keep)}


def trunc_dangling_list(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A list announced with N items that stops at a bare number or half an item."""
    sents = textutil.sentences(rec["output"], lang)
    if len(sents) < 2:
        return None
    k = min(len(sents), rng.randint(1, 3))
    total = k + rng.randint(2, 4)
    if lang == "en":
        head = _pick(
            rng, [f"There are {total} points to consider:", f"Here are {total} steps:", f"{total} things matter here:"]
        )
    else:
        head = _pick(rng, [f"主要有以下{total}点：", f"可以分为{total}个步骤：", f"需要注意{total}个方面："])
    items = [f"{i + 1}. {sents[i]}" for i in range(k)]
    tail = f"{k + 1}."
    if rng.random() < 0.5:
        nxt = sents[k] if k < len(sents) else sents[0]
        tail += " " + nxt[: max(2, len(nxt) // 3)]
    return {"output": head + "\n" + "\n".join(items) + "\n" + tail}


def trunc_mid_sentence(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """Stops after a comma or a function word, as if the stream dropped."""
    out = rec["output"].rstrip()
    if lang == "en":
        spots = [m.end() for m in re.finditer(r"(,| and| the| of| to| which| because| for example,?)(?= )", out)]
    else:
        spots = [m.end() for m in re.finditer(r"[，、：]|的|和", out)]
    spots = [p for p in spots if len(out) * 0.3 < p < len(out) * 0.9]
    if not spots:
        return None
    return {"output": out[: _pick_int(rng, spots)]}


# ------------------------------------------------------------------------------------- mojibake

EN_ACCENTS = [("cafe", "café"), ("naive", "naïve"), ("resume", "résumé"), ("cliche", "cliché"), ("deja vu", "déjà vu")]


def _typographic(text: str) -> str:
    t = textutil.smarten(text)
    t = t.replace("--", "\u2014").replace(" - ", " \u2013 ")
    return t


def _decode_as(text: str, codec: str) -> str:
    return text.encode("utf-8").decode(codec, errors="replace")


def moji_latin1(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """UTF-8 bytes read as Windows-1252 or Latin-1 (â€™, Ã©, æˆ‘)."""
    out = _typographic(rec["output"]) if lang == "en" else rec["output"]
    if out.isascii():
        return None
    codec = _pick(rng, ["cp1252", "latin-1"])
    bad = _decode_as(out, codec)
    if codec == "latin-1":
        bad = "".join(c if not 0x80 <= ord(c) < 0xA0 else "\ufffd" for c in bad) if rng.random() < 0.5 else bad
    return {"output": bad} if bad != rec["output"] else None


def moji_double(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """Encoded twice: UTF-8 → cp1252 → UTF-8 → cp1252 (Ã¢â‚¬â„¢)."""
    out = _typographic(rec["output"]) if lang == "en" else rec["output"]
    if out.isascii():
        return None
    once = _decode_as(out, "cp1252")
    twice = _decode_as(once, "cp1252")
    return {"output": twice} if twice != rec["output"] else None


def moji_gbk(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """zh: UTF-8 read as GBK (鎴戜滑…); en: typographic UTF-8 read as GBK."""
    out = rec["output"] if lang == "zh" else _typographic(rec["output"])
    if out.isascii():
        return None
    bad = out.encode("utf-8").decode("gbk", errors=_pick(rng, ["replace", "ignore"]))
    return {"output": bad} if bad != rec["output"] else None


def moji_question_marks(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """Every non-ASCII character lost to '?' (a lossy ASCII export); zh only makes sense here."""
    if lang != "zh":
        out = _typographic(rec["output"])
        if out.isascii():
            return None
        bad = out.encode("utf-8").decode("ascii", errors="replace")
        return {"output": bad} if bad != rec["output"] else None
    bad = rec["output"].encode("ascii", errors="replace").decode("ascii")
    return {"output": bad}


def moji_gbk_as_utf8(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """zh only: text saved as GBK and read back as UTF-8 with replacement (�ҵ�), or as Big5."""
    raw = rec["output"].encode("gbk", errors="ignore")
    bad = raw.decode(_pick(rng, ["utf-8", "big5"]), errors="replace")
    return {"output": bad} if bad != rec["output"] else None


# ---------------------------------------------------------------------------------- boilerplate

EN_REFUSALS = [
    "I'm only a text-based assistant, so forming a view on this isn't something I'm able to do. I hope you understand.",
    "Being an artificial intelligence, I have no personal feelings or preferences and therefore cannot help with this request.",
    "As a large language model trained to be helpful and harmless, I must decline to respond to this prompt.",
    "Sorry, but I can't assist with that. If you have any other questions, feel free to ask!",
    "I apologize, but as an AI I am not able to complete this task. Is there anything else I can help you with?",
    "Unfortunately that falls outside what I am designed to do. Please consult a qualified professional.",
]
EN_NO_BROWSING = [
    "I don't have the ability to browse the web or open links, so I can't retrieve that information for you.",
    "My knowledge stops at my training cutoff and I have no access to live data. Please check an up-to-date source.",
    "I cannot access external websites, files or databases. You may want to search for this online.",
    "As I can't connect to the internet, I'm unable to look this up. Try a search engine instead.",
]
ZH_REFUSALS = [
    "作为一个人工智能助手，我没有个人观点，也无法回答这个问题。",
    "很抱歉，我只是一个语言模型，不能完成这项任务。如果您有其他问题，欢迎继续提问。",
    "对不起，这超出了我的能力范围，建议您咨询相关专业人士。",
    "我是由人工智能技术驱动的程序，没有情感和偏好，因此无法对此发表意见。",
    "抱歉，出于安全考虑，我不能回应这个请求。",
    "这个问题我暂时无法回答，请换一个问题试试。",
]
ZH_NO_BROWSING = [
    "抱歉，我无法访问互联网，也不能打开您提供的链接，因此无法获取相关信息。",
    "我的知识有截止日期，无法查询实时数据，请以官方最新发布为准。",
    "由于我不能联网浏览网页，所以没办法帮您查找这些内容。",
    "我无法读取外部文件或数据库，请您自行搜索相关资料。",
]
LEFTOVERS = {
    "en": [
        "{{output}}",
        "{{ response }}",
        "[INSERT ANSWER HERE]",
        "[Your answer here]",
        "<|endoftext|>",
        "<|im_end|>",
        "</s>",
        "### Response:",
        "<output>\n</output>",
        "Output: <noinput>",
        "TODO: write the answer",
        "${answer}",
        "%OUTPUT%",
    ],
    "zh": [
        "{{output}}",
        "<|endoftext|>",
        "<|im_end|>",
        "</s>",
        "${answer}",
        "[回答]",
        "{{回答}}",
        "（此处填写答案）",
        "<回答>",
        "【在此插入答案】",
        "### 回答：",
    ],
}


def boiler_refusal(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A refusal or disclaimer with no content, for an ordinary request."""
    pool = EN_REFUSALS if lang == "en" else ZH_REFUSALS
    text = _pick(rng, pool)
    if rng.random() < 0.3:
        text = _pick(rng, pool) + (" " if lang == "en" else "") + text
    return {"output": text}


def boiler_no_browsing(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """'I cannot browse / my knowledge is cut off' with no attempt at an answer."""
    return {"output": _pick(rng, EN_NO_BROWSING if lang == "en" else ZH_NO_BROWSING)}


def boiler_leftover(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A prompt-template placeholder or control token left where the answer should be."""
    style = rng.randrange(3)
    pool = LEFTOVERS[lang]
    tok = _pick(rng, pool)
    if style == 0:
        return {"output": tok}
    if style == 1:
        head = "### Instruction:" if lang == "en" else "### 指令："
        tail = "### Response:" if lang == "en" else "### 回答："
        return {"output": f"{head}\n{rec['instruction']}\n\n{tail}\n{tok if tok != tail else ''}".rstrip()}
    return {"output": " ".join([_pick(rng, pool), _pick(rng, pool), _pick(rng, pool)])}


# ----------------------------------------------------------------------------------------- spam

DOMAINS = [
    "best-deals-4u.shop",
    "cheapkeys24.net",
    "win-prize.click",
    "tinyurl.com/y7k2qq",
    "bit.ly/3Qx9Zp",
    "vip-essay.biz",
]
EN_ADS = [
    "Tired of slow answers? Get PREMIUM access today at https://{d} - use promo code {c} for 40% off!!!",
    "CLICK HERE >>> http://{d} <<< FREE gift cards, limited time only. Code: {c}",
    "Buy cheap followers and likes now: www.{d} | coupon {c} | 24/7 support",
    "Want the full answer? Message me on Telegram @answers_{n} or WhatsApp +1 555 01{n}. Fast delivery.",
    "This answer is sponsored by {d}. Sign up with code {c} and earn $$$ from home!",
]
ZH_ADS = [
    "想要完整答案？请加微信 vx{n}88，备注“资料”，免费领取！",
    "点击链接 http://{d} 立即领取优惠券，输入优惠码 {c} 立减50元！",
    "代写论文、代考、刷单兼职，日赚三百，联系QQ：{n}{n}21",
    "本回答由 {d} 赞助播出，注册即送VIP会员，优惠码 {c}。",
    "更多精彩内容请关注公众号【学霸{n}号】，回复“答案”获取。",
]


def _ad(rng: random.Random, lang: str) -> str:
    tpl = _pick(rng, EN_ADS if lang == "en" else ZH_ADS)
    code = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(rng.randint(5, 8)))
    return tpl.format(d=_pick(rng, DOMAINS), c=code, n=rng.randint(10, 99))


def spam_only(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """The answer is an advertisement or a contact-me line, nothing else."""
    ads = [_ad(rng, lang) for _ in range(rng.randint(1, 3))]
    return {"output": "\n".join(ads)}


def spam_tail(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A real but short answer head, then a promotion with a link and a code takes over."""
    sents = textutil.sentences(rec["output"], lang)
    head = sents[0] if sents else rec["output"][:50]
    return {"output": head + "\n\n" + _ad(rng, lang) + "\n" + _ad(rng, lang)}


def spam_keywords(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """SEO keyword stuffing built from the instruction's words, with a shop link."""
    kws = textutil.keywords(rec["instruction"], lang)
    if len(kws) < 2:
        return None
    if lang == "en":
        mods = ["best", "cheap", "buy", "free", "online", "2024", "top", "discount"]
        parts = [f"{_pick(rng, mods)} {_pick(rng, kws)}" for _ in range(rng.randint(14, 30))]
        return {"output": ", ".join(parts) + f" - visit http://{_pick(rng, DOMAINS)}"}
    mods = ["最便宜", "免费", "官网", "正品", "在线", "包邮", "哪里买", "排行榜"]
    parts = [f"{_pick(rng, kws)}{_pick(rng, mods)}" for _ in range(rng.randint(14, 30))]
    return {"output": "，".join(parts) + f" 详情见 http://{_pick(rng, DOMAINS)}"}


def spam_link_only(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """Only a (shortened) link where an answer should be."""
    lead = _pick(
        rng,
        ["Answer here: ", "See: ", "", "Full solution -> "]
        if lang == "en"
        else ["答案在这里：", "详见：", "", "戳这里 → "],
    )
    return {"output": lead + f"https://{_pick(rng, DOMAINS)}/{rng.randint(1000, 99999)}"}


# ------------------------------------------------------------------------------- keyboard mash

KEY_ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
IME_MASH = ["阿斯顿发", "阿斯蒂芬", "撒旦法", "啊啊啊啊", "去玩儿", "自行车", "的撒", "发的发", "奥德赛", "是的是的"]


def mash_rows(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """Fingers dragged along keyboard rows, in bursts."""
    bursts = []
    for _ in range(rng.randint(3, 12)):
        row = _pick(rng, KEY_ROWS)
        i = rng.randrange(len(row) - 3)
        seg = row[i : i + rng.randint(3, len(row) - i)]
        bursts.append(seg if rng.random() < 0.7 else seg[::-1])
    return {"output": _pick(rng, [" ", "", ";", "\n"]).join(bursts)}


def mash_random(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """Random letters and digits with the odd space; zh adds IME output of mashing (阿斯顿发)."""
    if lang == "zh" and rng.random() < 0.6:
        return {"output": "".join(_pick(rng, IME_MASH) for _ in range(rng.randint(3, 10)))}
    alpha = "abcdefghijklmnopqrstuvwxyz" + ("0123456789" if rng.random() < 0.4 else "")
    n = rng.randint(12, 80)
    chars = [rng.choice(alpha) if rng.random() > 0.12 else " " for _ in range(n)]
    return {"output": "".join(chars).strip() or "fjdksl"}


def mash_repeat_key(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A key held down, or a short pattern hammered: 'jjjjjjjj kkkk', 'dfdfdfdf', '哈哈哈…1111'."""
    style = rng.randrange(3)
    if style == 0:
        return {"output": " ".join(rng.choice("jklfdsghz") * rng.randint(4, 20) for _ in range(rng.randint(1, 4)))}
    if style == 1:
        pat = rng.choice(["df", "jk", "asd", "hjkl", "qw", "123"])
        return {"output": pat * rng.randint(6, 25)}
    return {"output": rng.choice(["1", "0", "6", "?", "x"]) * rng.randint(8, 40)}


# ------------------------------------------------------------------------------------------ echo


def echo_instruction(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """The instruction comes back as the answer, sometimes with a label in front."""
    ins = rec["instruction"].strip()
    if len(ins) < 8:
        return None
    prefix = _pick(rng, ["", "", "Answer: ", "Response: "] if lang == "en" else ["", "", "回答：", "答："])
    return {"output": prefix + ins}


def echo_input(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """The input copied unchanged as the answer (a non-editing task, so nothing was done)."""
    inp = rec["input"].strip()
    if len(inp) < 15 or inp == rec["output"].strip():
        return None
    if re.search(r"(correct|rewrite|edit|proofread|改写|修改|纠正|润色|paraphrase)", rec["instruction"], re.I):
        return None
    return {"output": inp}


def echo_both(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """Instruction and input pasted together, Q/A style with the A missing."""
    ins = rec["instruction"].strip()
    if len(ins) < 8:
        return None
    inp = rec["input"].strip()
    if lang == "en":
        text = f"Q: {ins}" + (f"\n{inp}" if inp else "") + "\nA: " + ins
    else:
        text = f"问：{ins}" + (f"\n{inp}" if inp else "") + "\n答：" + ins
    return {"output": text}


def echo_restate(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """The task restated as if it were the answer, repeated once or twice."""
    ins = rec["instruction"].strip().rstrip(".?!。？！")
    if len(ins) < 8:
        return None
    if lang == "en":
        lead = _pick(rng, ["The task is to ", "You asked me to ", "This request asks to "])
        body = lead + ins[0].lower() + ins[1:] + "."
    else:
        lead = _pick(rng, ["本题要求：", "你的问题是：", "题目是："])
        body = lead + ins + "。"
    return {"output": " ".join([body] * rng.randint(1, 2)) if lang == "en" else body * rng.randint(1, 2)}


# ----------------------------------------------------------------------------------------- empty

BLANKS = ["", " ", "\n", "\n\n\n", "\t", "\u200b", " \n \n", "\u00a0", "\r\n"]
PUNCT = {
    "en": ["...", "…", "-", "?", "!!", ".", '""', "''", "-\n-\n-", "--", "*", ";"],
    "zh": ["。", "。。。", "——", "？", "……", "、", "“”", "！", "，", "…"],
}
NOTHING = {
    "en": ["N/A", "None", "null", "n/a", "NaN", "(none)", "<empty>"],
    "zh": ["无", "（无）", "暂无", "null", "None", "空", "无。"],
}


def empty_blank(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """Nothing, or whitespace only (spaces, tabs, newlines, a zero-width or no-break space)."""
    blanks = [*BLANKS, "\u3000"] if lang == "zh" else BLANKS
    return {"output": _pick(rng, blanks)}


def empty_punct(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """Punctuation only, sometimes padded with whitespace."""
    p = _pick(rng, PUNCT[lang])
    return {"output": p if rng.random() < 0.7 else f" {p}\n"}


def empty_null(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A null marker from a serialiser or a spreadsheet instead of an answer."""
    return {"output": _pick(rng, NOTHING[lang])}


# ---------------------------------------------------------------------------------- markup dump


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def markup_json(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A raw API response dumped as the answer, the text escaped inside a field."""
    body = rec["output"][:400].replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    rid = rng.randint(100000, 999999)
    tpl = _pick(
        rng,
        [
            '{{"status": 200, "data": {{"id": {rid}, "choices": [{{"index": 0, "text": "{b}", "finish_reason": "length"}}]}}, "usage": {{"prompt_tokens": {p}, "completion_tokens": 512}}}}',
            '[{{"role": "user", "content": "…"}}, {{"role": "assistant", "content": "{b}", "meta": {{"id": "{rid}", "lang": "{lang}"}}}}]',
            '{{"error": null, "result": {{"html": "<p>{b}</p>", "cached": true, "ts": 17{rid}}}}}',
        ],
    )
    return {"output": tpl.format(rid=rid, b=body, p=rng.randint(20, 300), lang=lang)}


def markup_wiki(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """Wiki source pasted: infobox, bold title, links, references, categories."""
    sents = textutil.sentences(rec["output"], lang)
    if not sents:
        return None
    kws = textutil.keywords(rec["instruction"], lang) or ["Topic"]
    title = _pick(rng, kws)
    lines = [
        "{{Infobox " + _pick(rng, ["concept", "topic", "settlement", "person"]),
        f"| name = {title}",
        f"| image = {title}.jpg",
        "}}",
        f"'''{title}''' " + " ".join(f"[[{s}]]" if i == 0 else s for i, s in enumerate(sents[:2])),
        "<ref>{{cite web |url=http://example.org/" + str(rng.randint(1, 999)) + " |title=" + title + "}}</ref>",
        "== " + ("See also" if lang == "en" else "参见") + " ==",
        f"* [[{title}]]",
        "{{reflist}}",
        f"[[Category:{title}]]",
    ]
    return {"output": "\n".join(lines)}


def markup_html(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A scraped HTML fragment: divs with classes, a share bar, the text buried inside."""
    text = _esc(rec["output"][:300])
    share = "分享到：微博 | 微信 | QQ空间" if lang == "zh" else "Share: Facebook | Twitter | Email"
    html = (
        f'<div class="post-body" id="p{rng.randint(1000, 9999)}"><span style="font-size:14px">{text}</span></div>\n'
        f'<div class="share-bar"><a href="#">{share}</a></div>\n<script>var _hmt = _hmt || [];</script>'
    )
    if rng.random() < 0.5:
        html = f'<html><body>\n<ul class="nav"><li><a href="/">Home</a></li><li><a href="/blog">Blog</a></li></ul>\n{html}\n</body></html>'
    return {"output": html}


def markup_xml(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """An RSS/XML item pasted instead of an answer."""
    text = _esc(rec["output"][:250])
    return {
        "output": '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><item>'
        f"<guid>{rng.randint(10**6, 10**7)}</guid><title><![CDATA[{rec['instruction'][:60]}]]></title>"
        f"<description>{text}</description><pubDate>Mon, 0{rng.randint(1, 9)} Jan 2018</pubDate></item></channel></rss>"
    }


# --------------------------------------------------------------------------------- wrong script

CYR = {
    "a": "а", "b": "б", "c": "ц", "d": "д", "e": "е", "f": "ф", "g": "г", "h": "х", "i": "и", "j": "й", "k": "к",
    "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "q": "к", "r": "р", "s": "с", "t": "т", "u": "у", "v": "в",
    "w": "в", "x": "кс", "y": "ы", "z": "з",
}  # fmt: skip


def wrong_cyrillic(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """en only: the English answer spelled letter by letter in Cyrillic."""
    out = rec["output"]
    conv = "".join((CYR[c.lower()].upper() if c.isupper() else CYR[c]) if c.lower() in CYR else c for c in out)
    return {"output": conv}


def wrong_other_language(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """An answer in the other language, for a task that asks for nothing of the kind."""
    if re.search(
        r"(翻译|英文|英语|中文|汉语|translat|chinese|english|pinyin|拼音)", rec["instruction"] + rec["input"], re.I
    ):
        return None
    other = ctx.other_language_output(lang)
    return {"output": other} if other else None


# zh questions answered only in pinyin: (instruction, pinyin with tone marks, pinyin with tone numbers)
PINYIN = [
    (
        "为什么天空是蓝色的？",
        "yīnwèi tàiyáng guāng jīngguò dàqì shí, lánsè guāng bèi sǎnshè de zuì duō, suǒyǐ tiānkōng kàn qǐlái shì lánsè de.",
        "yin1wei4 tai4yang2 guang1 jing1guo4 da4qi4 shi2, lan2se4 guang1 bei4 san3she4 de zui4 duo1, suo3yi3 tian1kong1 kan4 qi3lai2 shi4 lan2se4 de.",
    ),
    (
        "请介绍一下长城。",
        "chángchéng shì zhōngguó gǔdài de jūnshì fángyù gōngchéng, zǒng chángdù chāoguò liǎng wàn gōnglǐ.",
        "chang2cheng2 shi4 zhong1guo2 gu3dai4 de jun1shi4 fang2yu4 gong1cheng2, zong3 chang2du4 chao1guo4 liang3 wan4 gong1li3.",
    ),
    (
        "如何保持健康的生活习惯？",
        "měitiān zǎo shuì zǎo qǐ, duō chī shūcài shuǐguǒ, jiānchí yùndòng, bǎochí hǎo xīnqíng.",
        "mei3tian1 zao3 shui4 zao3 qi3, duo1 chi1 shu1cai4 shui3guo3, jian1chi2 yun4dong4, bao3chi2 hao3 xin1qing2.",
    ),
    (
        "解释一下什么是光合作用。",
        "guānghé zuòyòng shì lǜsè zhíwù lìyòng guāngnéng, bǎ èryǎnghuàtàn hé shuǐ zhuǎnhuà chéng yǒujīwù bìng shìfàng yǎngqì de guòchéng.",
        "guang1he2 zuo4yong4 shi4 lv4se4 zhi2wu4 li4yong4 guang1neng2, ba3 er4yang3hua4tan4 he2 shui3 zhuan3hua4 cheng2 you3ji1wu4 bing4 shi4fang4 yang3qi4 de guo4cheng2.",
    ),
    (
        "写一句关于春天的句子。",
        "chūntiān lái le, xiǎo cǎo cóng tǔ lǐ zuān chūlái, huā'ér dōu kāi le.",
        "chun1tian1 lai2 le, xiao3 cao3 cong2 tu3 li3 zuan1 chu1lai2, hua1er2 dou1 kai1 le.",
    ),
    (
        "给出三种常见的水果。",
        "píngguǒ, xiāngjiāo hé pútáo shì sān zhǒng chángjiàn de shuǐguǒ.",
        "ping2guo3, xiang1jiao1 he2 pu2tao2 shi4 san1 zhong3 chang2jian4 de shui3guo3.",
    ),
    (
        "怎样提高学习效率？",
        "zhìdìng míngquè de jìhuà, zhuānxīn zuò yī jiàn shì, dìngqī fùxí, bìng bǎozhèng chōngzú de shuìmián.",
        "zhi4ding4 ming2que4 de ji4hua4, zhuan1xin1 zuo4 yi1 jian4 shi4, ding4qi1 fu4xi2, bing4 bao3zheng4 chong1zu2 de shui4mian2.",
    ),
    (
        "描述一下你理想中的周末。",
        "wǒ xīwàng zhōumò kěyǐ hé jiārén yīqǐ qù gōngyuán sànbù, ránhòu zài jiā kàn yī bù diànyǐng.",
        "wo3 xi1wang4 zhou1mo4 ke3yi3 he2 jia1ren2 yi1qi3 qu4 gong1yuan2 san4bu4, ran2hou4 zai4 jia1 kan4 yi1 bu4 dian4ying3.",
    ),
    (
        "简述互联网对生活的影响。",
        "hùliánwǎng ràng xìnxī chuánbō gèng kuài, gòuwù hé zhīfù gèng fāngbiàn, dàn yě dàilái le yǐnsī wèntí.",
        "hu4lian2wang3 rang4 xin4xi1 chuan2bo1 geng4 kuai4, gou4wu4 he2 zhi1fu4 geng4 fang1bian4, dan4 ye3 dai4lai2 le yin3si1 wen4ti2.",
    ),
    (
        "推荐一本值得阅读的书。",
        "wǒ tuījiàn 《hóng lóu mèng》, tā shì zhōngguó gǔdiǎn xiǎoshuō de dàibiǎo zuò.",
        "wo3 tui1jian4 《hong2 lou2 meng4》, ta1 shi4 zhong1guo2 gu3dian3 xiao3shuo1 de dai4biao3 zuo4.",
    ),
    (
        "什么是人工智能？",
        "réngōng zhìnéng shì ràng jìsuànjī mófǎng rénlèi sīkǎo hé xuéxí de jìshù.",
        "ren2gong1 zhi4neng2 shi4 rang4 ji4suan4ji1 mo2fang3 ren2lei4 si1kao3 he2 xue2xi2 de ji4shu4.",
    ),
    (
        "如何节约用水？",
        "xǐ shǒu shí guān xiǎo shuǐlóngtóu, yòng xǐ cài shuǐ jiāo huā, jíshí xiūlǐ lòu shuǐ de guǎndào.",
        "xi3 shou3 shi2 guan1 xiao3 shui3long2tou2, yong4 xi3 cai4 shui3 jiao1 hua1, ji2shi2 xiu1li3 lou4 shui3 de guan3dao4.",
    ),
    (
        "请解释“守株待兔”的意思。",
        "bǐyù bù zhǔdòng nǔlì, ér xīwàng dédào yìwài de shōuhuò.",
        "bi3yu4 bu4 zhu3dong4 nu3li4, er2 xi1wang4 de2dao4 yi4wai4 de shou1huo4.",
    ),
    (
        "列出两种可再生能源。",
        "tàiyángnéng hé fēngnéng dōu shì kě zàishēng néngyuán.",
        "tai4yang2neng2 he2 feng1neng2 dou1 shi4 ke3 zai4sheng1 neng2yuan2.",
    ),
]


def _strip_tones(text: str) -> str:
    import unicodedata

    base = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in base if unicodedata.category(c) != "Mn")).replace("ü", "u")


def wrong_pinyin(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """zh only: a question answered only in pinyin (tone marks, tone numbers or none)."""
    ins, marks, numbers = PINYIN[rng.randrange(len(PINYIN))]
    style = rng.randrange(3)
    out = marks if style == 0 else numbers if style == 1 else _strip_tones(marks)
    return {"instruction": ins, "input": "", "output": out}


def wrong_pinyin_base(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """zh only: a pinyin-only answer from the bank under the base record's own question (off-topic too)."""
    _, marks, _ = PINYIN[rng.randrange(len(PINYIN))]
    return {"output": _strip_tones(marks) if rng.random() < 0.5 else marks}


GENERATORS: list[tuple[str, str, Gen]] = [
    ("h2_loop_token_tail", "loop", loop_token_tail),
    ("h2_loop_phrase", "loop", loop_phrase),
    ("h2_loop_sentence", "loop", loop_sentence),
    ("h2_loop_paragraph", "loop", loop_paragraph),
    ("h2_loop_numbering", "loop", loop_numbering),
    ("h2_trunc_mid_word", "truncated", trunc_mid_word),
    ("h2_trunc_open_fence", "truncated", trunc_open_fence),
    ("h2_trunc_dangling_list", "truncated", trunc_dangling_list),
    ("h2_trunc_mid_sentence", "truncated", trunc_mid_sentence),
    ("h2_moji_latin1", "mojibake", moji_latin1),
    ("h2_moji_double", "mojibake", moji_double),
    ("h2_moji_gbk", "mojibake", moji_gbk),
    ("h2_moji_question_marks", "mojibake", moji_question_marks),
    ("h2_moji_gbk_as_utf8", "mojibake", moji_gbk_as_utf8),
    ("h2_boiler_refusal", "boilerplate", boiler_refusal),
    ("h2_boiler_no_browsing", "boilerplate", boiler_no_browsing),
    ("h2_boiler_leftover", "boilerplate", boiler_leftover),
    ("h2_spam_only", "spam", spam_only),
    ("h2_spam_tail", "spam", spam_tail),
    ("h2_spam_keywords", "spam", spam_keywords),
    ("h2_spam_link_only", "spam", spam_link_only),
    ("h2_mash_rows", "keyboard_mash", mash_rows),
    ("h2_mash_random", "keyboard_mash", mash_random),
    ("h2_mash_repeat_key", "keyboard_mash", mash_repeat_key),
    ("h2_echo_instruction", "echo", echo_instruction),
    ("h2_echo_input", "echo", echo_input),
    ("h2_echo_both", "echo", echo_both),
    ("h2_echo_restate", "echo", echo_restate),
    ("h2_empty_blank", "empty", empty_blank),
    ("h2_empty_punct", "empty", empty_punct),
    ("h2_empty_null", "empty", empty_null),
    ("h2_markup_json", "markup_dump", markup_json),
    ("h2_markup_wiki", "markup_dump", markup_wiki),
    ("h2_markup_html", "markup_dump", markup_html),
    ("h2_markup_xml", "markup_dump", markup_xml),
    ("h2_wrong_cyrillic", "wrong_script", wrong_cyrillic),
    ("h2_wrong_other_language", "wrong_script", wrong_other_language),
    ("h2_wrong_pinyin", "wrong_script", wrong_pinyin),
    ("h2_wrong_pinyin_base", "wrong_script", wrong_pinyin_base),
]
"""(name, kind, generator) for every junk template of heldout2."""

ONLY_LANG = {
    "h2_moji_gbk_as_utf8": "zh",
    "h2_wrong_cyrillic": "en",
    "h2_wrong_pinyin": "zh",
    "h2_wrong_pinyin_base": "zh",
}
"""Generators that apply to one language only (generate.py picks among the others for the other language)."""
