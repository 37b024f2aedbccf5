"""Junk generators of the third held-out part (heldout3), written blind to the clean filters.

Each generator is ``fn(rng, rec, lang, ctx) -> dict | None``: it corrupts one real base record
(``rec`` has instruction, input, output) and returns the changed fields, or None when the base
record does not suit it (generate.py then tries the next base record).  Every wording here is new:
it was written without reading the clean stage, its config, features.py or the dev / heldout /
heldout2 templates.  The good look-alikes of this part live in good_heldout3.py.
"""

from __future__ import annotations

import html
import json
import random
import re
import urllib.parse
from collections.abc import Callable
from typing import Any

import textutil

Rec = dict[str, str]
Gen = Callable[[random.Random, Rec, str, Any], "dict[str, str] | None"]

JUNK_PER_LANG = 400
"""Junk records per language (40 per kind, ten kinds)."""

CJK = re.compile(r"[\u4e00-\u9fff]")


def _pick(rng: random.Random, seq: list[str] | tuple[str, ...]) -> str:
    return seq[rng.randrange(len(seq))]


def _sents(out: str, lang: str) -> list[str]:
    return textutil.sentences(out, lang)


def _items(out: str, lang: str) -> list[str]:
    """List items of the answer, or else its sentences (one line each, at most 120 characters)."""
    items = textutil.list_items(out)
    if len(items) < 3:
        items = _sents(out, lang)
    flat = [re.sub(r"\s+", " ", i).strip() for i in items]
    return [i for i in flat if i and len(i) <= 120]


def _topic(rec: Rec, lang: str) -> str:
    ins = rec["instruction"].strip()
    if lang == "zh":
        words = textutil.keywords(ins, "zh")
        return words[0] if words else "这个问题"
    keys = set(textutil.keywords(ins, "en"))
    runs, run = [], []
    for w in re.findall(r"[A-Za-z]+", ins):
        if w.lower() in keys:
            run.append(w.lower())
        else:
            runs, run = [*runs, run], []
    runs = [r[:3] for r in [*runs, run] if r]
    return " ".join(max(runs, key=len)) if runs else "this topic"


# ----------------------------------------------------------------------------------------- loop

EN_CONNECTIVES = ["", "Also, ", "In addition, ", "Again, ", "Moreover, ", "As mentioned, ", "Furthermore, "]
ZH_CONNECTIVES = ["", "另外，", "此外，", "同时，", "也就是说，", "换句话说，", "总的来说，"]


def loop_para_variation(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """One paragraph said again and again, each copy with a small change (a connective, a mark)."""
    s = _sents(rec["output"], lang)
    if len(s) < 2:
        return None
    para = " ".join(s[:2]) if lang == "en" else "".join(s[:2])
    if len(para) > 320:
        para = s[0]
    copies = []
    for _ in range(rng.randint(6, 11)):
        if lang == "en":
            c = _pick(rng, EN_CONNECTIVES)
            v = c + (para[0].lower() + para[1:] if c else para)
            if rng.random() < 0.3:
                v = v.rstrip(".") + ", as I said."
        else:
            v = _pick(rng, ZH_CONNECTIVES) + para
            if rng.random() < 0.3:
                v = v.rstrip("。") + "！"
        copies.append(v)
    return {"output": "\n\n".join(copies)}


def loop_list_cycle(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A numbered list that comes back to item 1 and goes round again (numbers go on or restart)."""
    items = _items(rec["output"], lang)[:5]
    if len(items) < 3:
        return None
    restart = rng.random() < 0.5
    rows, n = [], 0
    for _ in range(rng.randint(3, 6)):
        for k, it in enumerate(items, 1):
            n += 1
            rows.append(f"{k if restart else n}. {it}")
    return {"output": "\n".join(rows)}


EN_CLOSINGS = [
    "Hope this helps!",
    "I hope this helps!",
    "Good luck!",
    "Have a great day!",
    "Thanks for asking!",
    "Happy learning! 😊",
    "Let me know if you need anything else.",
]
ZH_CLOSINGS = [
    "希望对你有帮助！",
    "祝你好运！",
    "加油！",
    "谢谢提问！",
    "有问题随时问我。",
    "祝学习愉快！😊",
    "希望能帮到你～",
]


def loop_closing(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """The answer, then one closing line over and over."""
    out = rec["output"].rstrip()
    if len(out) > 1200:
        return None
    line = _pick(rng, EN_CLOSINGS if lang == "en" else ZH_CLOSINGS)
    sep = _pick(rng, ["\n", "\n", " ", "\n\n"])
    return {"output": out + "\n\n" + sep.join([line] * rng.randint(12, 25))}


def loop_table_rows(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A markdown table whose last row repeats until the answer stops."""
    items = _items(rec["output"], lang)[:4]
    if len(items) < 2:
        return None
    head = "| Step | Description |\n|---|---|" if lang == "en" else "| 序号 | 内容 |\n|---|---|"
    rows = [f"| {k} | {it} |" for k, it in enumerate(items, 1)]
    last = rows[-1]
    if rng.random() < 0.5:
        rows += [last] * rng.randint(10, 24)
    else:
        rows += [f"| {len(items) + j} | {items[-1]} |" for j in range(1, rng.randint(10, 24))]
    return {"output": head + "\n" + "\n".join(rows)}


ZH_STUTTER = ["的", "哈", "呢", "啊", "了", "是"]
EN_STUTTER = ["the", "and", "very", "is", "to", "so"]


def loop_stutter(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A decoding stutter in the middle of the answer (的的的… / the the the…), then the text goes on."""
    out = rec["output"]
    if lang == "zh":
        spots = [m.start() for m in re.finditer(r"[\u4e00-\u9fff](?=[\u4e00-\u9fff])", out)]
        if len(spots) < 10:
            return None
        at = spots[rng.randrange(len(spots) // 4, 3 * len(spots) // 4)] + 1
        tok = _pick(rng, ZH_STUTTER)
        run = tok * rng.randint(30, 120) if tok != "哈" else "哈" * rng.randint(40, 150)
        return {"output": out[:at] + run + out[at:]}
    spots = [m.start() for m in re.finditer(r"(?<=[a-z]) (?=[a-z])", out)]
    if len(spots) < 10:
        return None
    at = spots[rng.randrange(len(spots) // 4, 3 * len(spots) // 4)]
    tok = _pick(rng, EN_STUTTER)
    return {"output": out[:at] + (" " + tok) * rng.randint(25, 80) + out[at:]}


# ------------------------------------------------------------------------------------ truncated


def trunc_in_code(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """Cut in the middle of a line of code (inside the fence, if there is one); English only (few zh bases have code)."""
    out = rec["output"]
    if not textutil.is_code(out) and "```" not in out:
        return None
    start = out.find("```")
    start = out.find("\n", start) + 1 if start >= 0 else 0
    end = out.find("```", start)
    end = len(out) if end < 0 else end
    code = out[start:end]
    cands = [m for m in re.finditer(r"[^\n]{12,}", code)]
    cands = cands[len(cands) // 3 :]
    if not cands:
        return None
    m = cands[rng.randrange(len(cands))]
    cut = start + m.start() + rng.randint(5, len(m.group(0)) - 4)
    return {"output": out[:cut]}


def trunc_table_row(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """The answer as a table, cut off in the middle of a row."""
    items = _items(rec["output"], lang)[:6]
    items = [i for i in items if len(i) >= 12]
    if len(items) < 3:
        return None
    intro = "Here is a summary in table form:\n\n" if lang == "en" else "下面用表格总结：\n\n"
    head = "| # | Point | Note |\n|---|---|---|\n" if lang == "en" else "| # | 要点 | 说明 |\n|---|---|---|\n"
    stop = rng.randint(2, len(items) - 1)
    done = "".join(f"| {k} | {it} | {'-'} |\n" for k, it in enumerate(items[:stop], 1))
    last = items[stop]
    partial = f"| {stop + 1} | {last[: rng.randint(3, max(4, len(last) // 2))]}"
    return {"output": intro + head + done + partial}


EN_FUNCTION_WORDS = {
    "the",
    "a",
    "an",
    "and",
    "or",
    "of",
    "to",
    "in",
    "on",
    "for",
    "with",
    "is",
    "are",
    "be",
    "as",
    "by",
}


def trunc_mid_clause(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """Stopped mid-sentence after a content word (zh: between two hanzi), no closing punctuation."""
    out = rec["output"]
    lo, hi = int(len(out) * 0.35), int(len(out) * 0.8)
    if lang == "zh":
        spots = [m.end() for m in re.finditer(r"[\u4e00-\u9fff]{4}(?=[\u4e00-\u9fff])", out[lo:hi])]
        if not spots:
            return None
        return {"output": out[: lo + spots[rng.randrange(len(spots))]]}
    spots = [
        m.end()
        for m in re.finditer(r"\b([A-Za-z]{5,})(?= [a-z])", out[lo:hi])
        if m.group(1).lower() not in EN_FUNCTION_WORDS
    ]
    if not spots:
        return None
    return {"output": out[: lo + spots[rng.randrange(len(spots))]]}


EN_CONTINUED = [
    "[continued in next message]",
    "(continued...)",
    "To be continued in my next reply.",
    "... (message truncated due to length)",
    "Continue reading in part 2 →",
    '[Response cut off. Type "continue" to see the rest.]',
]
ZH_CONTINUED = [
    "（未完待续）",
    "（接下一条消息）",
    "……由于篇幅限制，剩余内容请回复“继续”查看。",
    "【内容过长，已截断】",
    "未完，待续……",
    "（下接第二部分）",
]


def trunc_continued(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """The first part of the answer and a note that the rest follows in another message."""
    s = _sents(rec["output"], lang)
    if len(s) < 3:
        return None
    keep = s[: rng.randint(1, max(1, len(s) // 2))]
    body = " ".join(keep) if lang == "en" else "".join(keep)
    return {"output": body + "\n\n" + _pick(rng, EN_CONTINUED if lang == "en" else ZH_CONTINUED)}


EN_HEADINGS = [
    "**Step 3:**",
    "## Conclusion",
    "### Example",
    "Here is the code:",
    "**Next steps:**",
    "Key points:\n\n1.",
]
ZH_HEADINGS = [
    "**第三步：**",
    "## 总结",
    "### 示例代码：",
    "具体步骤如下：",
    "**注意事项：**",
    "主要有以下几点：\n\n1.",
]


def trunc_heading_end(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """Part of the answer, then the heading of the next section, and nothing under it."""
    s = _sents(rec["output"], lang)
    if len(s) < 2:
        return None
    keep = s[: rng.randint(1, max(1, len(s) - 1))]
    body = " ".join(keep) if lang == "en" else "".join(keep)
    return {"output": body + "\n\n" + _pick(rng, EN_HEADINGS if lang == "en" else ZH_HEADINGS)}


# ------------------------------------------------------------------------------------- mojibake


def _nonascii_en(rec: Rec) -> str | None:
    """The English answer with typographic quotes and dashes, or None when it stays plain ASCII."""
    text = textutil.smarten(rec["output"])
    return text if sum(1 for c in text if ord(c) > 127) >= 2 else None


def moji_shift_jis(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """UTF-8 bytes read as Shift-JIS (cp932): 縺ｮ… for hanzi, 窶… for curly quotes."""
    if lang == "zh":
        return {"output": rec["output"].encode("utf-8").decode("cp932", errors="replace")}
    text = _nonascii_en(rec)
    if text is None:
        return None
    return {"output": "".join(c.encode("utf-8").decode("cp932", errors="replace") if ord(c) > 127 else c for c in text)}


def moji_euc_kr(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """UTF-8 bytes read as EUC-KR (cp949), or lost characters shown as the classic 占쏙옙."""
    if lang == "zh":
        return {"output": rec["output"].encode("utf-8").decode("cp949", errors="replace")}
    text = _nonascii_en(rec)
    if text is None:
        return None
    return {"output": "".join("占쏙옙" if ord(c) > 127 else c for c in text)}


def moji_entities(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """HTML-escaped twice (&amp;#x27;, &amp;quot;) or hanzi as numeric character references."""
    out = rec["output"]
    if lang == "zh":
        refs = "".join(f"&#{ord(c)};" if CJK.match(c) else c for c in out)
        return {"output": refs.replace("&", "&amp;") if rng.random() < 0.5 else refs}
    if len(re.findall(r"[\"'&<>]", out)) < 2:
        return None
    return {"output": html.escape(html.escape(out))}


def moji_u_escapes(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    r"""The answer as a JSON string body: \u4e2d\u6587 and \n as visible text."""
    text = rec["output"] if lang == "zh" else textutil.smarten(rec["output"])
    esc = json.dumps(text, ensure_ascii=True)[1:-1]
    if esc.count("\\") < 3:
        return None
    return {"output": esc}


def moji_percent(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """The answer percent-encoded, as it sits in a URL query string."""
    out = rec["output"][:600]
    enc = urllib.parse.quote(out) if lang == "zh" or rng.random() < 0.5 else urllib.parse.quote_plus(out)
    return {"output": enc}


# ---------------------------------------------------------------------------------- boilerplate

EN_SURE = [
    "Sure! Here is the answer:",
    "Certainly! Below is a detailed response to your request:",
    "Of course. Here's what you asked for:",
    "Absolutely! Let me break it down for you step by step:",
    "Great question! Here is my answer:\n\n",
    "Sure thing, here you go:",
]
ZH_SURE = [
    "好的，以下是您要的答案：",
    "当然可以！下面是详细的回答：",
    "没问题，请看下面的内容：",
    "好的，我来为您逐步解答：\n\n",
    "这是一个很好的问题！答案如下：",
    "收到，以下为回复内容：",
]


def boiler_sure_nothing(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """An eager opener that promises the answer, and nothing after it."""
    return {"output": _pick(rng, EN_SURE if lang == "en" else ZH_SURE)}


EN_CHROME = [
    ["Copy code", "Regenerate response"],
    ["ChatGPT", "1 / 2", "Regenerate response", "New chat"],
    ["Copy code", "Was this response helpful?", "👍 👎"],
    [
        "Send a message.",
        "Free Research Preview. ChatGPT may produce inaccurate information about people, places, or facts.",
    ],
    ["Stop generating", "Regenerate", "Share", "Copy"],
]
ZH_CHROME = [
    ["复制代码", "重新生成"],
    ["点赞 收藏 转发", "评论区"],
    ["复制", "重新生成回答", "👍 👎"],
    ["以上内容由AI生成，仅供参考", "点赞 收藏 转发", "举报"],
    ["停止生成", "重新回答", "分享", "复制"],
]


def boiler_ui_chrome(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """Chat-UI leftovers copied instead of the answer (sometimes with its first few words)."""
    chrome = list(_pick(rng, EN_CHROME if lang == "en" else ZH_CHROME))  # type: ignore[arg-type]
    if rng.random() < 0.4:
        words = rec["output"].split()[:4] if lang == "en" else [rec["output"][:8]]
        chrome.insert(1, " ".join(words))
    return {"output": "\n".join(chrome)}


EN_CUTOFF = [
    "As of my last update in September 2021, I don't have information about {t}. Please check the latest sources.",
    "As of my last knowledge update, I cannot provide current details on {t}. I recommend consulting an up-to-date "
    "source.",
    "My training data only goes up to a certain date, so I may not have accurate information about {t}.",
    "As of my last update, there is no information available on {t}.",
]
ZH_CUTOFF = [
    "截至我的知识更新日期（2021年9月），我无法提供关于{t}的信息，建议您查阅最新资料。",
    "根据我最后一次更新的数据，我没有关于{t}的最新信息。",
    "由于我的训练数据有时间限制，关于{t}的内容可能已经过时，请以官方发布为准。",
    "截至我上次更新时，暂无{t}的相关信息。",
]


def boiler_cutoff(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A knowledge-cutoff disclaimer naming the topic, instead of the answer."""
    return {"output": _pick(rng, EN_CUTOFF if lang == "en" else ZH_CUTOFF).format(t=_topic(rec, lang))}


EN_HOPE = [
    "I hope this helps. Let me know if you have any other questions!",
    "Hope that helps! Feel free to ask if anything is unclear.",
    "Let me know if you need more help with this.",
    "I hope you find this useful. Don't hesitate to reach out with further questions.",
]
ZH_HOPE = [
    "希望以上内容对您有所帮助！如有其他问题，欢迎随时提问。",
    "希望能帮到您，如有不清楚的地方请告诉我。",
    "如果还有其他需要，请随时联系我。",
    "以上就是我的回答，希望对你有用！",
]


def boiler_hope_only(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """Only the polite sign-off."""
    return {"output": _pick(rng, EN_HOPE if lang == "en" else ZH_HOPE)}


EN_AI = [
    "As a language model developed by OpenAI, I am not able to {a}. However, I can offer some general guidance.",
    "As an AI language model, I don't have personal opinions or the ability to {a}.",
    "I'm just an AI and I'm not able to {a}. Is there anything else I can help you with?",
]
EN_ACTS = ["do that", "complete this task", "provide that information", "help with this request", "answer this"]
ZH_AI = [
    "作为一个人工智能语言模型，我无法{a}。不过，我可以为您提供一些一般性的建议。",
    "作为AI助手，我没有个人观点，也无法{a}。",
    "很抱歉，作为一个语言模型，我不能{a}。请问还有什么可以帮您的吗？",
]
ZH_ACTS = ["完成这个任务", "回答这个问题", "提供相关信息", "执行该操作", "满足您的要求"]


def boiler_ai_cannot(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """An as-an-AI disclaimer that promises help and gives none."""
    if lang == "en":
        return {"output": _pick(rng, EN_AI).format(a=_pick(rng, EN_ACTS))}
    return {"output": _pick(rng, ZH_AI).format(a=_pick(rng, ZH_ACTS))}


# ----------------------------------------------------------------------------------------- spam


def _num(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def _first(rec: Rec, lang: str) -> str:
    s = _sents(rec["output"], lang)
    return s[0] if s else ""


def spam_group(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """An invitation to a WeChat / QQ / Telegram group, alone or after the first sentence."""
    if lang == "zh":
        ad = _pick(
            rng,
            [
                f"想要更多学习资料？欢迎加入QQ群：{_num(rng, 9)}，进群备注“资料”即可免费领取！",
                f"扫码或搜索微信号 study{_num(rng, 4)} 加入交流群，每天分享干货，名额有限！",
                f"【福利】关注公众号“每日干货{_num(rng, 2)}”，回复“666”领取全套教程。",
                f"进群领取免费课程👉 QQ群 {_num(rng, 8)}，先到先得！",
            ],
        )
    else:
        ad = _pick(
            rng,
            [
                f"Join our Telegram group t.me/freeprompts{_num(rng, 3)} for daily free prompts and giveaways!",
                f"Want more? Join 50,000+ members in our Discord: discord.gg/getrich{_num(rng, 3)}",
                f"📢 Join our WhatsApp group for exclusive tips! Message +1 {_num(rng, 3)}-{_num(rng, 3)}-{_num(rng, 4)}",
                "Subscribe to our channel and join the community group for the full answer!!!",
            ],
        )
    head = _first(rec, lang)
    return {"output": (head + "\n\n" + ad) if head and rng.random() < 0.5 else ad}


def spam_gig(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """Ghost-writing, paid-task and click-farm ads (代写 / 刷单)."""
    if lang == "zh":
        ad = _pick(
            rng,
            [
                f"专业代写论文、代做作业，包过查重，加微信 dx{_num(rng, 6)}，价格优惠！",
                f"在家兼职刷单，日结200-500元，无需押金，详情加微信：jz{_num(rng, 5)}",
                f"代写各类文案、简历、毕业论文，24小时接单，QQ：{_num(rng, 9)}",
                f"招聘手机打字员，动动手指月入过万，加V：{_num(rng, 8)}，宝妈学生均可。",
            ],
        )
    else:
        ad = _pick(
            rng,
            [
                f"Need your essay written? Our experts write any paper in 3 hours! WhatsApp +44 7{_num(rng, 9)}",
                f"Earn $500/day from home just by liking posts! No experience needed. Sign up at easycash{_num(rng, 2)}.biz",
                "Professional homework help and exam takers available 24/7. Plagiarism-free guaranteed. DM now!!",
                f"Work from home: rate products and get paid daily. Contact our agent on Telegram @taskpay{_num(rng, 3)}",
            ],
        )
    return {"output": ad}


def spam_casino_crypto(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """Casino bonus and crypto get-rich ads."""
    if lang == "zh":
        ad = _pick(
            rng,
            [
                f"💰USDT稳赚不赔，日入过千，带单老师一对一指导，加微信 coin{_num(rng, 4)}",
                f"澳门官方线上娱乐城，首存送100%，注册即送88元彩金 👉 www.vip{_num(rng, 4)}.cc",
                "比特币合约翻倍机会，内部消息，错过再等一年！私聊领取上车链接。",
                f"真人百家乐 体育投注 电子游戏 一站式平台，提款秒到账，官网：{_num(rng, 3)}bet.com",
            ],
        )
    else:
        ad = _pick(
            rng,
            [
                f"🔥 Best online casino 2023 — 200% welcome bonus + 50 free spins → luckyspin{_num(rng, 2)}.example",
                "Turn $100 into $10,000 with our AI crypto trading bot!!! Guaranteed returns, limited spots.",
                f"🚀 NEW TOKEN LAUNCH 🚀 100x potential, buy before it moons: pancake-{_num(rng, 4)}.example/swap",
                "Play slots, poker and live roulette now. Instant withdrawals. Use code WIN777 for a free bonus!",
            ],
        )
    head = _first(rec, lang)
    return {"output": (head + " " + ad) if head and rng.random() < 0.4 else ad}


def spam_affiliate(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """The answer swapped for a click-here shopping or coupon link."""
    t = _topic(rec, lang)
    if lang == "zh":
        ad = _pick(
            rng,
            [
                f"关于{t}，点击链接领取优惠券：https://s.click.example.com/t?e={_num(rng, 10)} 限时特价！",
                f"{t}相关好物推荐👉 复制口令 ￥{_num(rng, 6)}￥ 打开淘宝即可查看。",
                f"想了解{t}？点这里购买全套课程，现在下单立减50元：https://dwz.example/{_num(rng, 5)}",
            ],
        )
    else:
        ad = _pick(
            rng,
            [
                f"Looking for {t}? Click here to get the best deal: https://www.amazon.com/dp/B0{_num(rng, 8)}?tag=topdeals-20",
                f"For everything about {t}, CLICK HERE >>> https://bit.example/{_num(rng, 6)} <<< (limited time offer)",
                f"The best {t} guide is available here: https://shop.example.com/{t.replace(' ', '-')}?ref=aff{_num(rng, 5)} Buy now!",
            ],
        )
    return {"output": ad}


# -------------------------------------------------------------------------------- keyboard_mash


def mash_pattern(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A short pattern typed over and over (jkljkl, asdfasdf, sdfsdf), with or without spaces."""
    pat = _pick(rng, ["jkl", "asdf", "sdf", "hjkl", "fj", "dfg", "qwe", "lkj", "fdsa"])
    chunks = [pat * rng.randint(1, 4) for _ in range(rng.randint(2, 10))]
    return {"output": _pick(rng, [" ", "", " ", "\n"]).join(chunks)}


COMMON_HANZI = "的一是不了人我在有他这为之大来以个中上们到说国和地也子时道出而要于就下得可你年生自会那后能对着事其里所去行过家十用发天如然作方成者多日都三小军二无同么经法当起与好看学进种将还分此心前面又定见只主没公从知"


def mash_hanzi(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """Random hanzi: rare code points, or common characters in no order."""
    n = rng.randint(12, 60)
    if rng.random() < 0.5:
        text = "".join(chr(rng.randint(0x4E00, 0x9FA5)) for _ in range(n))
    else:
        text = "".join(_pick(rng, COMMON_HANZI) for _ in range(n))  # type: ignore[arg-type]
    return {"output": text}


EMOJI = "😂🤣😍🔥💯👍🙏😭🥺✨🎉💀😎🤔👀❤️🙌😅🤡🌚"


def mash_emoji(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """Emoji spam in place of an answer."""
    pool = [c for c in EMOJI if c != "\ufe0f"]
    runs = [_pick(rng, pool) * rng.randint(1, 6) for _ in range(rng.randint(6, 20))]  # type: ignore[arg-type]
    return {"output": _pick(rng, ["", " "]).join(runs)}


KEY_COLUMNS = ["qaz", "wsx", "edc", "rfv", "tgb", "yhn", "ujm", "ik,", "ol.", "p;/"]


def mash_columns(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """Fingers run down the keyboard columns (qazwsxedc…), sometimes with a digit run."""
    start = rng.randrange(len(KEY_COLUMNS) - 3)
    walk = "".join(KEY_COLUMNS[start : start + rng.randint(3, 6)])
    parts = [walk] * rng.randint(1, 3)
    if rng.random() < 0.5:
        parts.append("1234567890"[: rng.randint(4, 10)])
    if rng.random() < 0.5:
        parts.append(walk[::-1])
    return {"output": " ".join(parts)}


# ----------------------------------------------------------------------------------------- echo


def echo_answer_prefix(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """'Answer:' followed by the instruction itself."""
    ins = rec["instruction"].strip()
    if len(ins) < 8:
        return None
    label = _pick(
        rng, ["Answer: ", "Response: ", "A: ", "Output: "] if lang == "en" else ["答案：", "回答：", "答：", "输出："]
    )
    return {"output": label + ins}


def echo_question_is(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """'The answer to "<instruction>" is:' and nothing more."""
    ins = rec["instruction"].strip().rstrip("?？.。")
    if len(ins) < 8:
        return None
    if lang == "en":
        tpl = _pick(
            rng, ["The answer to '{q}' is:", 'The answer to the question "{q}" is as follows:', "{q}? The answer is:"]
        )
    else:
        tpl = _pick(rng, ["关于“{q}”的答案是：", "问题“{q}”的回答如下：", "{q}？答案是："])
    return {"output": tpl.format(q=ins)}


TRANSFORM = re.compile(
    r"translat|rewrite|rephrase|paraphrase|summari[sz]e|correct|edit|convert|simplify|shorten|改写|翻译|重写|总结|概括|修改|转换|润色|简化",
    re.I,
)


def echo_input_back(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A transform task (translate, rewrite, summarise) answered with its input, unchanged."""
    inp = rec["input"].strip()
    if len(inp) < 15 or not TRANSFORM.search(rec["instruction"]) or inp == rec["output"].strip():
        return None
    return {"output": inp}


# ---------------------------------------------------------------------------------------- empty


def empty_dots(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """Dots or a dash where the answer should be."""
    return {"output": _pick(rng, ["...", "…", "……", "。。。", "-", "—", ". . .", "~"])}


def empty_todo(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A to-do word left by whoever wrote the record."""
    words = (
        ["TBD", "TODO", "to be added", "Answer pending.", "(fill in later)", "WIP"]
        if lang == "en"
        else ["待补充", "暂无", "略", "此处省略", "待定", "（待完善）"]
    )
    return {"output": _pick(rng, words)}


def empty_marker(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A placeholder marker or empty literal (<noinput>, (no output), "")."""
    marks = ["(no output)", "<noinput>", "<nooutput>", '""', "''", "[]", "{}", "<empty>", "(none)"]
    if lang == "zh":
        marks += ["（无输出）", "（空）", "<无>"]
    return {"output": _pick(rng, marks)}


# ---------------------------------------------------------------------------------- markup_dump


def markup_nav_footer(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """The navigation bar and footer of a scraped page, with the page title."""
    t = _topic(rec, lang)
    year = rng.randint(2015, 2023)
    if lang == "en":
        lines = [
            "Skip to main content",
            "Home | About Us | Products | Blog | Contact",
            f"{t.title()} - Everything You Need to Know",
            "Share: Facebook Twitter LinkedIn Email",
            "Related posts",
            "Subscribe to our newsletter",
            f"© {year} Example Media Group. All rights reserved.",
            "Privacy Policy · Terms of Use · Cookie Settings · Sitemap",
        ]
    else:
        lines = [
            "首页 | 关于我们 | 产品中心 | 新闻动态 | 联系我们",
            f"当前位置：首页 > 资讯 > {t}",
            "分享到：微信 微博 QQ空间",
            "上一篇：暂无 下一篇：暂无",
            "相关推荐",
            f"版权所有 © {year} 某某科技有限公司",
            f"京ICP备{_num(rng, 8)}号-1 | 京公网安备 {_num(rng, 14)}号",
            "网站地图 | 隐私政策 | 免责声明",
        ]
    k = rng.randint(5, len(lines))
    return {"output": "\n".join(lines[:2] + sorted(lines[2:], key=lambda _: rng.random())[: k - 2])}


CSS_RULES = [
    "body{margin:0;padding:0;font-family:Arial,Helvetica,sans-serif;background:#fff}",
    ".header{height:60px;line-height:60px;border-bottom:1px solid #eee}",
    ".nav li{float:left;margin-right:20px;list-style:none}",
    "a{color:#333;text-decoration:none}a:hover{color:#f60}",
    ".container{width:1200px;margin:0 auto}",
    ".footer{padding:20px 0;text-align:center;color:#999;font-size:12px}",
    ".clearfix:after{content:'';display:block;clear:both}",
    "@media (max-width:768px){.container{width:100%}.nav{display:none}}",
    ".btn{display:inline-block;padding:6px 12px;border-radius:4px;background:#1e90ff;color:#fff}",
    "img{max-width:100%;border:0}",
]


def markup_css(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A stylesheet scraped with the page instead of its text."""
    rules = sorted(CSS_RULES, key=lambda _: rng.random())[: rng.randint(5, len(CSS_RULES))]
    sep = _pick(rng, ["\n", "", "\n\n"])
    return {"output": sep.join(rules)}


def markup_link_farm(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A markdown list of links built from the topic, and nothing else."""
    t = _topic(rec, lang)
    slug = urllib.parse.quote(t.lower().replace(" ", "-"))
    if lang == "en":
        names = ["Best {t}", "{t} guide", "{t} reviews", "Top 10 {t}", "{t} tips", "Cheap {t}", "{t} near me"]
    else:
        names = ["{t}大全", "{t}攻略", "{t}排行榜", "{t}推荐", "{t}教程", "{t}最新资讯", "{t}价格"]
    picked = sorted(names, key=lambda _: rng.random())[: rng.randint(4, len(names))]
    rows = [f"- [{n.format(t=t)}](https://www.example-{k}.com/{slug}/{k})" for k, n in enumerate(picked, 1)]
    return {"output": "\n".join(rows)}


def markup_soap(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A raw SOAP / XML web-service response wrapped round the first sentence."""
    first = _first(rec, lang)
    if not first:
        return None
    body = html.escape(first)
    return {
        "output": (
            '<?xml version="1.0" encoding="utf-8"?>\n'
            '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">\n'
            "  <soap:Header/>\n  <soap:Body>\n"
            f'    <GetAnswerResponse xmlns="http://tempuri.org/">\n'
            f"      <GetAnswerResult><Status>OK</Status><Code>{rng.randint(100, 999)}</Code>"
            f"<Text>{body}</Text></GetAnswerResult>\n"
            "    </GetAnswerResponse>\n  </soap:Body>\n</soap:Envelope>"
        )
    }


def markup_latex_preamble(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A LaTeX preamble and an empty document body."""
    pkgs = ["amsmath", "amssymb", "graphicx", "hyperref", "geometry", "booktabs", "xcolor"]
    if lang == "zh":
        pkgs = ["ctex", *pkgs]
    used = sorted(pkgs, key=lambda _: rng.random())[: rng.randint(3, len(pkgs))]
    title = _topic(rec, lang)
    lines = [
        f"\\documentclass[{_pick(rng, ['11pt', '12pt', 'a4paper'])}]{{{_pick(rng, ['article', 'ctexart' if lang == 'zh' else 'report'])}}}",
        *[f"\\usepackage{{{p}}}" for p in used],
        f"\\title{{{title}}}",
        "\\author{}",
        "\\date{\\today}",
        "\\begin{document}",
        "\\maketitle",
        "\\end{document}",
    ]
    return {"output": "\n".join(lines)}


# --------------------------------------------------------------------------------- wrong_script

GREEK = {
    "a": "α",
    "b": "β",
    "c": "κ",
    "d": "δ",
    "e": "ε",
    "f": "φ",
    "g": "γ",
    "h": "η",
    "i": "ι",
    "j": "ξ",
    "k": "κ",
    "l": "λ",
    "m": "μ",
    "n": "ν",
    "o": "ο",
    "p": "π",
    "q": "κ",
    "r": "ρ",
    "s": "σ",
    "t": "τ",
    "u": "υ",
    "v": "β",
    "w": "ω",
    "x": "χ",
    "y": "υ",
    "z": "ζ",
}
GREEK_PAIRS = {"th": "θ", "ph": "φ", "ps": "ψ", "ch": "χ"}


def _to_greek(text: str) -> str:
    def word(m: re.Match[str]) -> str:
        w = m.group(0)
        low = w.lower()
        for a, b in GREEK_PAIRS.items():
            low = low.replace(a, b)
        g = "".join(GREEK.get(c, c) for c in low)
        g = re.sub(r"σ$", "ς", g)
        return g.upper() if w.isupper() and len(w) > 1 else (g[0].upper() + g[1:] if w[0].isupper() else g)

    return re.sub(r"[A-Za-z]+", word, text)


def wrong_greek(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """The English answer spelled in Greek letters."""
    if textutil.is_code(rec["output"]):
        return None
    return {"output": _to_greek(rec["output"])}


KOREAN = [
    "좋은 질문입니다.",
    "이 문제를 해결하려면 먼저 기본 개념을 이해해야 합니다.",
    "다음과 같은 방법을 시도해 보세요.",
    "첫째, 충분한 정보를 수집하세요.",
    "둘째, 계획을 세우고 단계별로 실행하세요.",
    "셋째, 결과를 확인하고 필요하면 수정하세요.",
    "이 방법은 많은 경우에 효과적입니다.",
    "자세한 내용은 관련 자료를 참고하시기 바랍니다.",
    "요약하자면, 꾸준한 노력이 가장 중요합니다.",
    "예를 들어, 매일 조금씩 연습하면 실력이 늘어납니다.",
    "이 과정에서 실수를 두려워하지 마세요.",
    "도움이 되었기를 바랍니다.",
]
JAPANESE = [
    "これはとてもよいしつもんですね。",
    "まず、きほんてきなかんがえかたをせつめいします。",
    "つぎに、ぐたいてきなほうほうをしょうかいします。",
    "たとえば、まいにちすこしずつれんしゅうすることがたいせつです。",
    "この問題を解決するには、まず基本的な考え方を理解する必要があります。",
    "いくつかのポイントをまとめてみましょう。",
    "さいごに、けっかをかくにんしましょう。",
    "わからないことがあれば、いつでもきいてください。",
    "以上のように、少しずつ進めることが大切です。",
    "ご参考になれば幸いです。",
]
OTHER_SCRIPTS = {
    "hi": [
        "यह एक अच्छा सवाल है।",
        "इस समस्या को हल करने के लिए पहले मूल बातों को समझना ज़रूरी है।",
        "आप नीचे दिए गए तरीकों को आज़मा सकते हैं।",
        "नियमित अभ्यास से आपको बेहतर परिणाम मिलेंगे।",
        "आशा है कि इससे आपकी मदद होगी।",
    ],
    "ar": [
        "هذا سؤال جيد.",
        "لحل هذه المشكلة، يجب أولاً فهم المفاهيم الأساسية.",
        "يمكنك تجربة الخطوات التالية.",
        "الممارسة المنتظمة تؤدي إلى نتائج أفضل.",
        "أتمنى أن يكون هذا مفيداً.",
    ],
    "ru": [
        "Это хороший вопрос.",
        "Чтобы решить эту задачу, сначала нужно понять основные понятия.",
        "Попробуйте выполнить следующие шаги.",
        "Регулярная практика даёт лучшие результаты.",
        "Надеюсь, это поможет.",
    ],
    "th": [
        "นี่เป็นคำถามที่ดี",
        "เพื่อแก้ปัญหานี้ ก่อนอื่นต้องเข้าใจแนวคิดพื้นฐาน",
        "คุณสามารถลองทำตามขั้นตอนต่อไปนี้",
        "การฝึกฝนอย่างสม่ำเสมอจะให้ผลลัพธ์ที่ดีกว่า",
        "หวังว่าจะเป็นประโยชน์",
    ],
    "ko": KOREAN[:6],
    "ja": JAPANESE[:6],
}


def _compose(rng: random.Random, pool: list[str], sep: str) -> str:
    k = rng.randint(3, min(7, len(pool)))
    head, rest = pool[0], sorted(pool[1:-1], key=lambda _: rng.random())[: k - 2]
    return sep.join([head, *rest, pool[-1]])


def wrong_korean(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A Chinese question answered in Korean."""
    return {"output": _compose(rng, KOREAN, " ")}


def wrong_japanese(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A Chinese question answered in Japanese (mostly kana)."""
    return {"output": _compose(rng, JAPANESE, "")}


def wrong_other_script(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A generic answer in Hindi, Arabic, Russian, Thai (or, for English, Korean / Japanese)."""
    scripts = ["hi", "ar", "ru", "th"] + (["ko", "ja"] if lang == "en" else [])
    pool = OTHER_SCRIPTS[_pick(rng, scripts)]
    return {"output": _compose(rng, pool, " ")}


GENERATORS: list[tuple[str, str, Gen]] = [
    ("h3_loop_para_variation", "loop", loop_para_variation),
    ("h3_loop_list_cycle", "loop", loop_list_cycle),
    ("h3_loop_closing", "loop", loop_closing),
    ("h3_loop_table_rows", "loop", loop_table_rows),
    ("h3_loop_stutter", "loop", loop_stutter),
    ("h3_trunc_in_code", "truncated", trunc_in_code),
    ("h3_trunc_table_row", "truncated", trunc_table_row),
    ("h3_trunc_mid_clause", "truncated", trunc_mid_clause),
    ("h3_trunc_continued", "truncated", trunc_continued),
    ("h3_trunc_heading_end", "truncated", trunc_heading_end),
    ("h3_moji_shift_jis", "mojibake", moji_shift_jis),
    ("h3_moji_euc_kr", "mojibake", moji_euc_kr),
    ("h3_moji_entities", "mojibake", moji_entities),
    ("h3_moji_u_escapes", "mojibake", moji_u_escapes),
    ("h3_moji_percent", "mojibake", moji_percent),
    ("h3_boiler_sure_nothing", "boilerplate", boiler_sure_nothing),
    ("h3_boiler_ui_chrome", "boilerplate", boiler_ui_chrome),
    ("h3_boiler_cutoff", "boilerplate", boiler_cutoff),
    ("h3_boiler_hope_only", "boilerplate", boiler_hope_only),
    ("h3_boiler_ai_cannot", "boilerplate", boiler_ai_cannot),
    ("h3_spam_group", "spam", spam_group),
    ("h3_spam_gig", "spam", spam_gig),
    ("h3_spam_casino_crypto", "spam", spam_casino_crypto),
    ("h3_spam_affiliate", "spam", spam_affiliate),
    ("h3_mash_pattern", "keyboard_mash", mash_pattern),
    ("h3_mash_hanzi", "keyboard_mash", mash_hanzi),
    ("h3_mash_emoji", "keyboard_mash", mash_emoji),
    ("h3_mash_columns", "keyboard_mash", mash_columns),
    ("h3_echo_answer_prefix", "echo", echo_answer_prefix),
    ("h3_echo_question_is", "echo", echo_question_is),
    ("h3_echo_input_back", "echo", echo_input_back),
    ("h3_empty_dots", "empty", empty_dots),
    ("h3_empty_todo", "empty", empty_todo),
    ("h3_empty_marker", "empty", empty_marker),
    ("h3_markup_nav_footer", "markup_dump", markup_nav_footer),
    ("h3_markup_css", "markup_dump", markup_css),
    ("h3_markup_link_farm", "markup_dump", markup_link_farm),
    ("h3_markup_soap", "markup_dump", markup_soap),
    ("h3_markup_latex_preamble", "markup_dump", markup_latex_preamble),
    ("h3_wrong_greek", "wrong_script", wrong_greek),
    ("h3_wrong_korean", "wrong_script", wrong_korean),
    ("h3_wrong_japanese", "wrong_script", wrong_japanese),
    ("h3_wrong_other_script", "wrong_script", wrong_other_script),
]
"""(name, kind, generator) for every junk template of heldout3."""

ONLY_LANG = {
    "h3_trunc_in_code": "en",
    "h3_mash_hanzi": "zh",
    "h3_wrong_greek": "en",
    "h3_wrong_korean": "zh",
    "h3_wrong_japanese": "zh",
}
"""Generators that apply to one language only (generate.py picks among the others for the other language)."""
