"""Junk generators of the fourth held-out part (heldout4), written blind to the clean filters.

Each generator is ``fn(rng, rec, lang, ctx) -> dict | None``: it corrupts one real base record
(``rec`` has instruction, input, output) and returns the changed fields (only ``output``), or None
when the base record does not suit it (generate.py then tries the next base record).  Every wording
here is new: it was written without reading the clean stage, its config, features.py or the dev /
heldout / heldout2 / heldout3 templates (only the kind tables of bench/clean_eval/README.md, to avoid
repeating them).  The good look-alikes of this part live in good_heldout4.py.
"""

from __future__ import annotations

import base64
import quopri
import random
import re
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


def _first_sentence(text: str, lang: str, limit: int = 160) -> str:
    sents = textutil.sentences(text, lang)
    first = sents[0] if sents else text.strip().split("\n")[0]
    return first[:limit].strip()


def _compose(rng: random.Random, pool: list[str], sep: str, lo: int = 2, hi: int = 4) -> str:
    picked = rng.sample(pool, min(len(pool), rng.randint(lo, hi)))
    return sep.join(picked)


# ----------------------------------------------------------------------------------------------- loop

EN_TURNS = [("Human:", "Assistant:"), ("User:", "AI:"), ("### Human:", "### Assistant:"), ("Q:", "A:")]
ZH_TURNS = [("用户：", "助手："), ("问：", "答："), ("### 用户：", "### 助手："), ("提问：", "回答：")]


def loop_fake_turns(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """The answer, then the model goes on inventing the same user / assistant turn 4-8 times."""
    ins, out = rec["instruction"].strip(), rec["output"].strip()
    if not ins or len(ins) > 300:
        return None
    user, bot = _pick(rng, EN_TURNS if lang == "en" else ZH_TURNS)
    first = _first_sentence(out, lang)
    space = " " if lang == "en" else ""
    turn = f"\n\n{user}{space}{ins}\n{bot}{space}{first}"
    n = rng.randint(4, 8)
    text = out + turn * n
    if rng.random() < 0.4:
        text = text[: len(text) - rng.randint(5, max(6, len(first) // 2))]
    return {"output": text}


def loop_alternating(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """The first two sentences of the answer taking turns, 8-16 rounds (a two-state decoding loop)."""
    sents = textutil.sentences(rec["output"], lang)
    if len(sents) < 2:
        return None
    a, b = sents[0], sents[1]
    sep = " " if lang == "en" else ""
    return {"output": sep.join([a, b] * rng.randint(8, 16))}


EN_ADJ = ["important", "essential", "crucial", "vital", "key", "significant", "critical", "fundamental", "necessary"]
EN_SYN_SHAPES = ["{kw} is {adj}.", "This is {adj}.", "It is {adj} to consider {kw}.", "{kw} is really {adj}."]
ZH_ADJ = ["非常重要", "十分关键", "至关重要", "必不可少", "意义重大", "不可忽视", "极其重要", "尤为关键"]
ZH_SYN_SHAPES = ["{kw}{adj}。", "这一点{adj}。", "{kw}真的{adj}。", "所以说{kw}{adj}。"]


def loop_synonym_cycle(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """The first sentence, then one short sentence cycling through synonyms 14-26 times (a thesaurus loop)."""
    kws = textutil.keywords(rec["instruction"], lang) or textutil.keywords(rec["output"], lang)
    if lang == "zh":
        kws = [k for k in kws if CJK.search(k)] or kws
    if not kws:
        return None
    kw = kws[0] if lang == "zh" else "the " + kws[0]
    adjs, shape = (EN_ADJ, _pick(rng, EN_SYN_SHAPES)) if lang == "en" else (ZH_ADJ, _pick(rng, ZH_SYN_SHAPES))
    n = rng.randint(14, 26)
    start = rng.randrange(len(adjs))
    parts = []
    for k in range(n):
        s = shape.format(kw=kw, adj=adjs[(start + k) % len(adjs)])
        parts.append(s[0].upper() + s[1:] if lang == "en" else s)
    sep = " " if lang == "en" else ""
    return {"output": _first_sentence(rec["output"], lang) + sep + sep.join(parts)}


def loop_code_line(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """Code whose generation got stuck on one line: that line 20-40 times, and the rest never comes."""
    out = rec["output"]
    if not textutil.is_code(out):
        return None
    lines = out.split("\n")
    cands = [i for i, ln in enumerate(lines) if len(ln.strip()) >= 6 and "```" not in ln and i >= 1]
    if not cands:
        return None
    k = cands[rng.randrange(len(cands))]
    return {"output": "\n".join(lines[: k + 1] + [lines[k]] * rng.randint(20, 40))}


# ------------------------------------------------------------------------------------------ truncated

OPENERS = "([{“‘「『《（【"


def trunc_open_delim(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """Stopped right after an opening bracket or quote: 'such as (', '例如“', '《'."""
    out = rec["output"]
    spots = [i for i, c in enumerate(out) if c in OPENERS and i >= 12 and len(out) - i > 10]
    spots += [i for i, c in enumerate(out) if c == '"' and i >= 12 and out[i - 1] == " " and len(out) - i > 10]
    if not spots:
        return None
    i = spots[rng.randrange(len(spots))]
    return {"output": out[: i + 1]}


EN_MORE = [" Read more", " ... Read more", "… See more", "... (more)", "… Continue reading →", " [Show more]"]
ZH_MORE = ["…展开全文", "...查看更多", "… 阅读全文>>", "…显示全部", "...点击展开", "…（展开）"]


def trunc_snippet_more(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A listing page's preview: the answer cut at 30-65 % and a 'Read more' / 展开全文 link text."""
    out = rec["output"].strip()
    if len(out) < 60:
        return None
    cut = int(len(out) * rng.uniform(0.3, 0.65))
    if lang == "en":
        cut = out.rfind(" ", 0, cut)
        if cut < 20:
            return None
        head = out[:cut].rstrip(",;:")
        tail = _pick(rng, EN_MORE)
        if not tail.startswith(("…", "...")) and not tail.startswith(" ..."):
            tail = "..." + tail
    else:
        head = out[:cut].rstrip("，、；：")
        tail = _pick(rng, ZH_MORE)
    return {"output": head + tail}


def trunc_after_colon(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """Stopped right after a colon, an equals sign or an arrow in the middle of the answer."""
    out = rec["output"]
    spots = []
    for m in re.finditer(r":(?!//)|：|=|->|→", out):
        if m.start() >= 15 and len(out) - m.end() >= 10 and not out[m.start() - 1].isdigit():
            spots.append(m.end())
    if not spots:
        return None
    return {"output": out[: spots[rng.randrange(len(spots))]].rstrip()}


def trunc_hyphen_break(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A PDF line break kept: the text stops on half a word and a hyphen ('infor-')."""
    out = rec["output"]
    words = [m for m in re.finditer(r"[A-Za-z]{7,}", out) if len(out) * 0.3 <= m.start() <= len(out) * 0.85]
    if not words:
        return None
    m = words[rng.randrange(len(words))]
    k = rng.randint(3, len(m.group()) - 3)
    return {"output": out[: m.start() + k] + "-"}


# ------------------------------------------------------------------------------------------- mojibake


def _smart(text: str, lang: str) -> str:
    return textutil.smarten(text) if lang == "en" else text


def _misread(text: str, codec: str) -> str:
    return text.encode("utf-8").decode(codec, errors="replace")


def moji_cp437(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """UTF-8 shown by a DOS console (code page 437): ’ becomes ΓÇÖ, 中 becomes Σ╕¡."""
    text = _smart(rec["output"], lang)
    return {"output": _misread(text, "cp437")} if not text.isascii() else None


def moji_cp1251(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """UTF-8 read as Windows-1251 (Cyrillic): ’ becomes вЂ™, 中 becomes дё­."""
    text = _smart(rec["output"], lang)
    return {"output": _misread(text, "cp1251")} if not text.isascii() else None


def moji_mac_roman(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """UTF-8 read as Mac OS Roman: ’ becomes ‚Äô, 中 becomes ‰∏≠."""
    text = _smart(rec["output"], lang)
    return {"output": _misread(text, "mac_roman")} if not text.isascii() else None


def moji_quoted_printable(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """The answer still quoted-printable encoded, as in a raw e-mail body (=E4=B8=AD, soft breaks '=')."""
    text = _smart(rec["output"], lang)
    enc = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    return {"output": enc} if enc != text else None


def moji_utf16_bytes(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """UTF-16 (little endian, with its byte-order mark) read as Latin-1: ÿþ and a NUL after every letter."""
    text = rec["output"].strip()
    return {"output": ("\ufeff" + text).encode("utf-16-le").decode("latin-1")}


# ---------------------------------------------------------------------------------------- boilerplate

EN_MODERATION = [
    "This content may violate our content policy. If you believe this to be in error, please submit your feedback.",
    "[Response removed by moderation]",
    "This response was flagged by an automated safety filter and has been hidden.",
    "Content withheld: the generated answer did not pass the safety review.",
    "The output for this request has been blocked because it may contain sensitive content.",
]
ZH_MODERATION = [
    "根据相关法律法规和政策，该回答未予显示。",
    "内容包含敏感信息，已被系统屏蔽。",
    "【该回答因违反社区规范已被折叠】",
    "抱歉，此内容暂时无法显示。",
    "该内容涉嫌违规，已被删除。",
]
EN_API_ERROR = [
    "An error occurred. If this issue persists please contact us through our help center.",
    "Error: Rate limit reached for requests. Please try again in {n}s.",
    "Network error. Please check your connection and try again.",
    "Error 502: Bad gateway. The server returned an invalid response.",
    "Something went wrong while generating the response.",
    "Request timed out after {n} seconds.",
    "The model is currently overloaded with other requests. You can retry your request.",
]
ZH_API_ERROR = [
    "网络错误，请稍后重试。",
    "服务器繁忙，请稍后再试。",
    "请求超时（{n}秒），请重新生成。",
    "出错了：当前访问人数过多，请稍后再试。",
    "生成失败（错误码 429），请稍后重试。",
    "系统异常，请刷新页面后重试。",
]
EN_PAYWALL = [
    "Unlock this answer: subscribe to see the full expert solution.",
    "This answer is available to premium members only. Log in or sign up to continue reading.",
    "You've reached your free article limit. Subscribe for unlimited access.",
    "Sign in to view the best answer.",
    "Join now to read the complete answer and {n}+ others like it.",
]
ZH_PAYWALL = [
    "登录后查看完整答案",
    "该内容仅限会员查看，开通VIP即可阅读全文。",
    "剩余内容已隐藏，点击付费解锁。",
    "您今日的免费次数已用完，请明天再来或升级会员。",
    "下载APP，查看完整回答",
]
EN_CLARIFY = [
    "Could you please provide more details about what you are looking for?",
    "Can you clarify what you mean? I want to make sure I understand your request.",
    "Before I answer, could you tell me a bit more about the context?",
    "I'd be happy to help! Could you give me more information first?",
    "What exactly would you like to know? Please be more specific.",
]
ZH_CLARIFY = [
    "请问您具体指的是什么？能否提供更多信息？",
    "您能再详细描述一下您的问题吗？",
    "为了更好地回答您，请补充一些背景信息。",
    "我不太明白您的意思，可以换个说法吗？",
    "请问您想了解哪一方面呢？",
]


def _notice(rng: random.Random, en: list[str], zh: list[str], lang: str) -> dict[str, str]:
    return {"output": _pick(rng, en if lang == "en" else zh).format(n=rng.choice([10, 20, 30, 60, 500]))}


def boiler_moderation(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A moderation / safety-filter notice instead of the answer (the question is harmless)."""
    return _notice(rng, EN_MODERATION, ZH_MODERATION, lang)


def boiler_api_error(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """The error text of a failed API or chat-UI call saved as the answer (rate limit, timeout, 502)."""
    return _notice(rng, EN_API_ERROR, ZH_API_ERROR, lang)


def boiler_paywall(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A Q&A site's login or paywall line scraped instead of the answer (登录后查看完整答案)."""
    return _notice(rng, EN_PAYWALL, ZH_PAYWALL, lang)


MISSING_CONTEXT = re.compile(
    r"\b(given|following|below|above|this|these)\b|给定|以下|下面|下列|上述|这个|这段|这篇|该", re.I
)
PLACEHOLDER_INPUT = re.compile(r"\[.*(image|photo|picture|link|图).*\]|https?://|no input|<no ?input>", re.I)


def boiler_clarify(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """Only a request for more details, although the task is clear (never where its material is missing)."""
    ins, inp = rec["instruction"], rec["input"].strip()
    if (not inp and MISSING_CONTEXT.search(ins)) or PLACEHOLDER_INPUT.search(inp):
        return None
    return _notice(rng, EN_CLARIFY, ZH_CLARIFY, lang)


# ----------------------------------------------------------------------------------------------- spam

EN_PHARMA = [
    "Buy {item} online without prescription, up to 80% off, discreet worldwide shipping: {url}",
    "Lose 10 kg in 2 weeks with our {item}! Doctors hate this trick. Order now at {url}",
    "Cheap {item} from a licensed online pharmacy, no doctor visit needed. {url}",
]
EN_PHARMA_ITEMS = [
    "generic pills",
    "weight-loss capsules",
    "hair growth serum",
    "testosterone boosters",
    "keto gummies",
]
ZH_PHARMA = [
    "祖传秘方，三天见效，专治{item}，咨询热线：400-{a}-{b}",
    "纯中药{item}调理，无效退款，加微信了解详情：yao{a}",
    "进口{item}特效药，药房正品，全国包邮，下单立减100元！",
]
ZH_PHARMA_ITEMS = ["脱发", "失眠", "肥胖", "颈椎病", "痛风", "鼻炎"]
EN_LOAN = [
    "Need cash fast? Get up to ${n},000 today. No credit check, instant approval: {url}",
    "Bad credit? No problem! Payday loans approved in 5 minutes at {url}",
    "Consolidate your debt now and save thousands. Apply free at {url}",
]
ZH_LOAN = [
    "急用钱？无抵押信用贷款，最快当天放款，额度{n}万起，详询客服。",
    "身份证即可借款，不看征信，秒批秒到账！下载APP立即申请。",
    "低息贷款，黑户也能贷，联系电话：400-{a}-{b}",
]
EN_FOLLOW = [
    "Follow me on Instagram @{handle} for daily tips! Don't forget to like, share and subscribe!",
    "For more content like this, follow @{handle} on TikTok and turn on notifications 🔔",
    "Smash that like button and subscribe to {handle} for more videos every week!",
]
ZH_FOLLOW = [
    "关注公众号【{handle}】，回复“资料”即可免费领取全套学习资料！",
    "更多干货请关注我的抖音号：{handle}，每天更新！",
    "喜欢的话记得一键三连，关注UP主{handle}不迷路~",
]
EN_COMMENT = [
    "Nice post! I really enjoyed reading this. Please visit my blog too: {url}",
    "Great article, very informative. Check out {url} for more tips like this!",
    "Thanks for sharing! I found a similar guide here: {url} (highly recommended)",
]
ZH_INVOICE = [
    "代开各类发票，增值税专用发票，真票可验，联系QQ：{a}{b}",
    "办证刻章，毕业证、学位证均可办理，可上网查询，电话400-{a}-{b}",
    "专业代开发票，税点低，当天出票，微信：fp{a}",
]
HANDLES = ["tips_daily", "lifehack.pro", "studywithme", "smartlearn_hq", "everyday.guru", "干货分享君", "学习小站"]
SPAM_HOSTS = ["best-deals24.top", "rx-discount.shop", "quickcash-now.xyz", "mysite-blog.site", "top10reviews.click"]


def _spam_text(rng: random.Random, shapes: list[str], items: list[str] | None = None) -> str:
    url = f"https://{_pick(rng, SPAM_HOSTS)}/?ref={rng.randint(1000, 9999)}"
    return _pick(rng, shapes).format(
        item=_pick(rng, items) if items else "",
        url=url,
        n=rng.randint(2, 50),
        a=rng.randint(100, 999),
        b=rng.randint(1000, 9999),
        handle=_pick(rng, HANDLES),
    )


def _place(rng: random.Random, rec: Rec, lang: str, spam: str) -> dict[str, str]:
    """The spam alone, after the whole answer, or after its first sentence."""
    r = rng.random()
    sep = "\n\n" if lang == "en" else "\n"
    if r < 0.5:
        return {"output": spam}
    if r < 0.8:
        return {"output": rec["output"].rstrip() + sep + spam}
    return {"output": _first_sentence(rec["output"], lang) + sep + spam}


def spam_pharma(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """Pill, diet and miracle-cure ads (祖传秘方)."""
    en = lang == "en"
    return _place(
        rng, rec, lang, _spam_text(rng, EN_PHARMA if en else ZH_PHARMA, EN_PHARMA_ITEMS if en else ZH_PHARMA_ITEMS)
    )


def spam_loan(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """Payday-loan and no-credit-check ads (无抵押贷款)."""
    return _place(rng, rec, lang, _spam_text(rng, EN_LOAN if lang == "en" else ZH_LOAN))


def spam_follow(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """Follow / like / subscribe promotion of a social account (关注公众号回复领取)."""
    return _place(rng, rec, lang, _spam_text(rng, EN_FOLLOW if lang == "en" else ZH_FOLLOW))


def spam_comment(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """Blog-comment spam: 'Nice post! Visit my blog' with a link (en)."""
    return _place(rng, rec, lang, _spam_text(rng, EN_COMMENT))


def spam_invoice(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """Fake invoices, certificates and seals (代开发票, 办证刻章; zh)."""
    return _place(rng, rec, lang, _spam_text(rng, ZH_INVOICE))


# -------------------------------------------------------------------------------------- keyboard_mash

EN_SHIFT_ROW = "!@#$%^&*()_+"
ZH_SHIFT_ROW = ["！", "@", "#", "￥", "%", "……", "&", "*", "（", "）", "——", "+"]
LEFT_HAND = "qwertasdfgzxcvb"
RIGHT_HAND = "yuiophjklnm"


def _lead(rng: random.Random, rec: Rec, lang: str) -> str:
    """Sometimes the first few words (or hanzi) of the real answer before the mash."""
    if rng.random() >= 0.3:
        return ""
    out = rec["output"].strip()
    if lang == "en":
        return " ".join(out.split()[: rng.randint(2, 5)]) + " "
    return out[: rng.randint(3, 8)]


def mash_shift_row(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """The shifted digit row hammered (!@#$%^&*, or ！@#￥%……&* from a Chinese IME)."""
    row = list(EN_SHIFT_ROW) if lang == "en" else ZH_SHIFT_ROW
    parts = []
    for _ in range(rng.randint(3, 7)):
        a = rng.randrange(len(row) - 2)
        b = rng.randint(a + 2, len(row))
        run = row[a:b]
        parts.append("".join(run if rng.random() < 0.6 else run[::-1]))
    return {"output": _lead(rng, rec, lang) + (" " if rng.random() < 0.5 else "").join(parts)}


def mash_pseudo_words(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """Mashing dressed as sentences: capitalised fake words from one hand's keys, with full stops (en)."""
    sents = []
    for _ in range(rng.randint(2, 5)):
        keys = LEFT_HAND if rng.random() < 0.5 else RIGHT_HAND
        ws = ["".join(rng.choice(keys) for _ in range(rng.randint(2, 8))) for _ in range(rng.randint(3, 8))]
        sents.append(" ".join(ws).capitalize() + _pick(rng, [".", ".", "!", "?"]))
    return {"output": _lead(rng, rec, lang) + " ".join(sents)}


def _fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c) for c in text)


def mash_fullwidth(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """Keyboard runs typed with the IME in full-width mode (ａｓｄｆｊｋｌ；)."""
    rows = ["qwertyuiop", "asdfghjkl;", "zxcvbnm,./"]
    parts = []
    for _ in range(rng.randint(2, 5)):
        row = _pick(rng, rows)
        a = rng.randrange(len(row) - 2)
        run = row[a : rng.randint(a + 3, len(row))]
        parts.append(run * rng.randint(1, 3) if rng.random() < 0.4 else run)
    return {"output": _lead(rng, rec, lang) + _fullwidth(" ".join(parts))}


def mash_numpad(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """The number pad mashed: 456456 789987 1231 and stray digits."""
    pads = ["789", "456", "123", "147", "258", "369", "0"]
    parts = []
    for _ in range(rng.randint(3, 7)):
        if rng.random() < 0.6:
            p = _pick(rng, pads)
            run = (p + p[::-1]) if rng.random() < 0.4 else p * rng.randint(2, 4)
        else:
            run = "".join(rng.choice("0123456789") for _ in range(rng.randint(3, 9)))
        parts.append(run)
    return {"output": _lead(rng, rec, lang) + " ".join(parts)}


# ----------------------------------------------------------------------------------------------- echo


def echo_repeated(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """The instruction said two to four times, nothing else."""
    ins = rec["instruction"].strip()
    if not ins:
        return None
    return {"output": _pick(rng, ["\n", " ", "\n\n"]).join([ins] * rng.randint(2, 4))}


EN_SEARCH = ['Search results for "{q}"', "Showing results for: {q}", "People also ask: {q}", "Related searches: {q}"]
ZH_SEARCH = ["搜索结果：{q}", "相关搜索：{q}", "大家都在问：{q}", "为您找到以下结果：{q}", "猜你想搜：{q}"]


def echo_search_wrapper(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A search page's result header around the instruction (Showing results for: …, 大家都在问：…)."""
    ins = rec["instruction"].strip()
    if not ins:
        return None
    return {"output": _pick(rng, EN_SEARCH if lang == "en" else ZH_SEARCH).format(q=ins)}


def echo_input_quoted(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """The input handed back in quotes or as a block quote, whatever the task."""
    inp = rec["input"].strip()
    if len(inp) < 8 or inp == rec["output"].strip():
        return None
    shapes = ['"{x}"', "> {x}", "'{x}'"] if lang == "en" else ["“{x}”", "「{x}」", "> {x}", "《{x}》"]
    return {"output": _pick(rng, shapes).format(x=inp)}


def echo_prompt_concat(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A completion model's echo: the instruction and the input run together as the answer."""
    ins, inp = rec["instruction"].strip(), rec["input"].strip()
    if not ins or not inp:
        return None
    return {"output": ins + _pick(rng, ["\n", " ", "\n\n"]) + inp}


# ---------------------------------------------------------------------------------------------- empty

SHRUGS = ["🤷", "🤷\u200d♂️", "🙂", "👍", "😶", "🤔", "🙏", "👌"]
LABELS = ["0", "1", "-1", "A", "B", "2", "1.0", "0.0", "yes"]
HTML_EMPTY = ["<p></p>", "<br>", "<br/>", "&nbsp;", "<div></div>", "<p>&nbsp;</p>", "<span></span>", "<p><br></p>"]
ESCAPES = ["\\n", "\\n\\n", "\\t", "\\r\\n", "\\u200b", "\\n\\n\\n", '"\\n"']
LEFTOVERS = ["undefined", "NaN", "nan", "[object Object]", "<NA>", "#VALUE!", "#REF!", "#NAME?"]


def empty_emoji(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A lone shrug or thumbs-up emoji (one to three of them); not where emoji were asked for."""
    if re.search(r"emoji|emoticon|表情", rec["instruction"] + rec["input"], re.I):
        return None
    return {"output": "".join(_pick(rng, SHRUGS) for _ in range(rng.randint(1, 3)))}


SHORT_ANSWER_TASK = re.compile(
    r"^\s*(is|are|can|does|do|did|should|will|would|was|were|has|have|could)\b|classif|categor|true or false|yes or no"
    r"|\blabel|\brate\b|\bscore|how many|how much|calculate|compute|what is \d|是否|吗|判断|分类|多少|几|计算|评分",
    re.I,
)
"""Instructions a bare number, letter or yes could answer: empty_label leaves them alone."""


def empty_label(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A classifier label or a bare digit left where the answer belongs (0, 1, A, 1.0); open tasks only."""
    if SHORT_ANSWER_TASK.search(rec["instruction"]) or SHORT_ANSWER_TASK.search(rec["input"]):
        return None
    return {"output": _pick(rng, LABELS)}


def empty_html(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """An empty HTML element from a rich-text editor (<p></p>, <br>, &nbsp;)."""
    return {"output": _pick(rng, HTML_EMPTY)}


def empty_escapes(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """Escape sequences with nothing between them, kept as text (\\n\\n, \\t)."""
    return {"output": _pick(rng, ESCAPES)}


def empty_leftover(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A JavaScript, pandas or spreadsheet leftover (undefined, NaN, [object Object], #VALUE!)."""
    return {"output": _pick(rng, LEFTOVERS)}


# ---------------------------------------------------------------------------------------- markup_dump


def _title(rec: Rec, limit: int = 80) -> str:
    return rec["instruction"].strip().split("\n")[0][:limit].strip()


def _js_string(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def markup_minified_js(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A minified script bundle from the scraped page, the question title buried in a string."""
    t = _js_string(_title(rec))
    name = _pick(rng, ["app", "main", "vendor", "chunk-2f1a", "bundle"])
    shapes = [
        '!function(e,t){"object"==typeof exports&&"undefined"!=typeof module?module.exports=t():"function"==typeof '
        'define&&define.amd?define(t):(e=e||self).Q=t()}(this,function(){"use strict";var n={title:"'
        + t
        + '",id:'
        + str(rng.randint(10000, 99999))
        + "};return function(r){return r&&n[r]||null}});\n//# sourceMappingURL="
        + name
        + ".min.js.map",
        'window.__INITIAL_STATE__={"question":{"title":"' + t + '","answers":[],"loading":!0},"user":null};'
        "(function(){var s;(s=document.currentScript||document.scripts[document.scripts.length-1]).parentNode"
        ".removeChild(s);}());",
        "(self.webpackChunk=self.webpackChunk||[]).push([["
        + str(rng.randint(100, 999))
        + "],{"
        + str(rng.randint(1000, 9999))
        + ':function(e,t,n){"use strict";n.r(t);var r=n(7294);t.default=function(){return r.createElement("h1",'
        'null,"' + t + '")}}}]);',
    ]
    return {"output": _pick(rng, shapes)}


def markup_http_headers(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A raw HTTP response head (status line, Server, Set-Cookie …), sometimes with the first sentence after it."""
    body = _first_sentence(rec["output"], lang)
    sid = "".join(rng.choice("0123456789abcdef") for _ in range(26))
    day = rng.randint(1, 28)
    head = [
        _pick(rng, ["HTTP/1.1 200 OK", "HTTP/2 200", "HTTP/1.1 200 OK"]),
        f"Date: {_pick(rng, ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])}, {day:02d} {_pick(rng, ['Jan', 'Mar', 'Jul', 'Oct'])} 2023 "
        f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} GMT",
        f"Server: {_pick(rng, ['nginx/1.18.0', 'Apache/2.4.41 (Ubuntu)', 'cloudflare', 'openresty'])}",
        "Content-Type: text/html; charset=UTF-8",
        f"Content-Length: {len(body.encode('utf-8')) + rng.randint(2000, 9000)}",
        "Connection: keep-alive",
        f"Set-Cookie: PHPSESSID={sid}; path=/; HttpOnly",
        "Cache-Control: no-store, no-cache, must-revalidate",
        f"X-Powered-By: {_pick(rng, ['PHP/7.4.3', 'Express', 'ASP.NET'])}",
    ]
    text = "\n".join(head)
    if rng.random() < 0.4:
        text += "\n\n" + body
    return {"output": text}


def markup_front_matter(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A static-site post's YAML front matter and include tags, without the post."""
    kws = textutil.keywords(rec["instruction"], lang)[:3] or ["misc"]
    title = _title(rec).replace('"', "'")
    text = (
        f'---\nlayout: post\ntitle: "{title}"\n'
        f"date: 20{rng.randint(15, 23)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} "
        f"{rng.randint(8, 22):02d}:{rng.randint(0, 59):02d}:00 +0800\n"
        f"categories: [{_pick(rng, ['notes', 'blog', 'faq', 'study'] if lang == 'en' else ['笔记', '随笔', '问答', '学习'])}]\n"
        f"tags: [{', '.join(kws)}]\ncomments: true\n---\n"
    )
    text += _pick(rng, ["\n{% include toc.html %}\n\n<!--more-->", "\n<!--more-->", "\n{{< toc >}}", ""])
    return {"output": text.rstrip()}


def markup_data_uri(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """An inline image with a base64 data URI (the page's picture, not the answer)."""
    raw = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(rng.randrange(256) for _ in range(rng.randint(150, 450)))
    alt = _title(rec, 40).replace('"', "'")
    return {"output": f'<img src="data:image/png;base64,{base64.b64encode(raw).decode("ascii")}" alt="{alt}">'}


def markup_mime(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A raw MIME e-mail: headers, an encoded subject and a base64 body part (the answer is only in base64)."""
    subject = base64.b64encode(_title(rec, 60).encode("utf-8")).decode("ascii")
    body = base64.b64encode(_first_sentence(rec["output"], lang).encode("utf-8")).decode("ascii")
    body = "\n".join(body[i : i + 76] for i in range(0, len(body), 76))
    b = f"----=_Part_{rng.randint(100000, 999999)}_{rng.randint(1000, 9999)}"
    text = (
        f"From: {_pick(rng, ['newsletter', 'noreply', 'support', 'digest'])}@mailer.example.com\n"
        "To: subscriber@example.org\n"
        f"Subject: =?UTF-8?B?{subject}?=\n"
        "MIME-Version: 1.0\n"
        f'Content-Type: multipart/alternative; boundary="{b}"\n\n'
        f"--{b}\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n{body}\n--{b}--"
    )
    return {"output": text}


# --------------------------------------------------------------------------------------- wrong_script

FANCY_BASES = [(0x1D400, 0x1D41A), (0x1D5D4, 0x1D5EE), (0x1D670, 0x1D68A), (0x1D56C, 0x1D586)]
"""Upper / lower 'A' of the mathematical bold, sans-serif bold, monospace and bold fraktur alphabets."""


def fancy(text: str, style: int) -> str:
    """Latin letters mapped to one 'fancy font' alphabet of Unicode's mathematical symbols."""
    up, low = FANCY_BASES[style]
    out = []
    for c in text:
        if "A" <= c <= "Z":
            out.append(chr(up + ord(c) - 65))
        elif "a" <= c <= "z":
            out.append(chr(low + ord(c) - 97))
        else:
            out.append(c)
    return "".join(out)


ASKED_SCRIPT = re.compile(
    r"font|bold|upside|flip|unicode|hebrew|georgian|armenian|tamil|bengali|amharic|vietnam|zhuyin|bopomofo"
    r"|translat|希伯来|格鲁吉亚|亚美尼亚|泰米尔|孟加拉|阿姆哈拉|越南|注音|翻译|译成",
    re.I,
)
"""Instructions that ask for another script, font or language: the wrong_script generators leave them alone."""


def _asked_script(rec: Rec) -> bool:
    return bool(ASKED_SCRIPT.search(rec["instruction"] + " " + rec["input"]))


def wrong_fancy_font(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """The English answer pasted from a 'fancy font' generator: 𝐓𝐡𝐞 𝐜𝐚𝐭 (en)."""
    if _asked_script(rec):
        return None
    out = rec["output"].strip()
    return {"output": fancy(out, rng.randrange(len(FANCY_BASES)))} if re.search(r"[A-Za-z]", out) else None


FLIP = dict(
    zip(
        "abcdefghijklmnopqrstuvwxyz.,?!'\"()[]_&",
        "ɐqɔpǝɟƃɥᴉɾʞlɯuodbɹsʇnʌʍxʎz˙'¿¡,„)(][‾⅋",
        strict=True,
    )
)


def upside_down(text: str) -> str:
    """Text flipped upside down, as the social-media 'flip text' tools do (read backwards)."""
    return "".join(FLIP.get(c.lower(), c.lower()) for c in reversed(text))


def wrong_upside_down(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """The English answer turned upside down (ǝʌᴉʇɔǝɟɟǝ; en)."""
    if _asked_script(rec):
        return None
    out = rec["output"].strip()
    return {"output": upside_down(out)} if re.search(r"[A-Za-z]", out) else None


OTHER_SCRIPTS = {
    "he": [
        "זו שאלה מעניינת מאוד.",
        "התשובה תלויה בהרבה גורמים.",
        "כדאי לבדוק את המקורות הרשמיים.",
        "תודה רבה על השאלה.",
        "אני מקווה שזה עוזר לך.",
    ],
    "ka": [
        "ეს ძალიან საინტერესო კითხვაა.",
        "პასუხი ბევრ ფაქტორზეა დამოკიდებული.",
        "გმადლობთ კითხვისთვის.",
        "იმედი მაქვს, ეს დაგეხმარებათ.",
    ],
    "hy": [
        "Սա շատ հետաքրքիր հարց է։",
        "Պատասխանը կախված է շատ գործոններից։",
        "Շնորհակալություն հարցի համար։",
        "Հուսով եմ, որ սա կօգնի։",
    ],
    "ta": [
        "இது ஒரு நல்ல கேள்வி.",
        "பதில் பல காரணிகளைப் பொறுத்தது.",
        "உங்கள் கேள்விக்கு நன்றி.",
        "இது உங்களுக்கு உதவும் என்று நம்புகிறேன்.",
    ],
    "bn": [
        "এটি একটি ভালো প্রশ্ন।",
        "উত্তরটি অনেক বিষয়ের উপর নির্ভর করে।",
        "প্রশ্নের জন্য ধন্যবাদ।",
        "আশা করি এটি আপনাকে সাহায্য করবে।",
    ],
    "am": ["ይህ ጥሩ ጥያቄ ነው።", "መልሱ በብዙ ነገሮች ላይ የተመሰረተ ነው።", "ስለ ጥያቄዎ እናመሰግናለን።", "ይህ እንደሚረዳዎት ተስፋ አደርጋለሁ።"],
}
"""Generic sentences ('a good question', 'it depends', 'thank you') in Hebrew, Georgian, Armenian, Tamil, Bengali, Amharic."""

BOPOMOFO = [
    "ㄓㄜˋ ㄕˋ ㄧˊ ㄍㄜˋ ㄏㄠˇ ㄨㄣˋ ㄊㄧˊ。",
    "ㄉㄚˊ ㄢˋ ㄑㄩˇ ㄐㄩㄝˊ ㄩˊ ㄏㄣˇ ㄉㄨㄛ ㄧㄣ ㄙㄨˋ。",
    "ㄒㄧ ㄨㄤˋ ㄉㄨㄟˋ ㄋㄧˇ ㄧㄡˇ ㄅㄤ ㄓㄨˋ。",
    "ㄕㄡˇ ㄒㄧㄢ ㄧㄠˋ ㄌㄧㄠˇ ㄐㄧㄝˇ ㄐㄧ ㄅㄣˇ ㄍㄞˋ ㄋㄧㄢˋ。",
    "ㄓㄜˋ ˙ㄍㄜ ㄈㄤ ㄈㄚˇ ㄏㄣˇ ㄐㄧㄢˇ ㄉㄢ。",
    "ㄨㄛˇ ˙ㄇㄣ ㄒㄩ ㄧㄠˋ ㄍㄥˋ ㄉㄨㄛ ㄗ ㄒㄩㄣˋ。",
    "ㄒㄧㄝˋ ˙ㄒㄧㄝ ㄋㄧˇ ˙ㄉㄜ ㄨㄣˋ ㄊㄧˊ。",
]
"""Generic sentences of an answer written only in zhuyin (bopomofo), no hanzi."""

VIETNAMESE = [
    "Đây là một câu hỏi hay.",
    "Câu trả lời phụ thuộc vào nhiều yếu tố.",
    "Cảm ơn bạn đã hỏi.",
    "Hy vọng điều này sẽ giúp ích cho bạn.",
    "Trước tiên, bạn cần hiểu khái niệm cơ bản.",
    "Phương pháp này rất đơn giản.",
]


def wrong_other_script(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A generic answer in Hebrew, Georgian, Armenian, Tamil, Bengali or Amharic."""
    if _asked_script(rec):
        return None
    return {"output": _compose(rng, OTHER_SCRIPTS[_pick(rng, sorted(OTHER_SCRIPTS))], " ")}


def wrong_bopomofo(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A generic answer written only in zhuyin symbols (ㄓㄜˋ ㄕˋ …; zh)."""
    if _asked_script(rec):
        return None
    return {"output": _compose(rng, BOPOMOFO, "")}


def wrong_vietnamese(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A generic answer in Vietnamese (Latin letters with stacked diacritics; zh)."""
    if _asked_script(rec):
        return None
    return {"output": _compose(rng, VIETNAMESE, " ")}


GENERATORS: list[tuple[str, str, Gen]] = [
    ("h4_loop_fake_turns", "loop", loop_fake_turns),
    ("h4_loop_alternating", "loop", loop_alternating),
    ("h4_loop_synonym_cycle", "loop", loop_synonym_cycle),
    ("h4_loop_code_line", "loop", loop_code_line),
    ("h4_trunc_open_delim", "truncated", trunc_open_delim),
    ("h4_trunc_snippet_more", "truncated", trunc_snippet_more),
    ("h4_trunc_after_colon", "truncated", trunc_after_colon),
    ("h4_trunc_hyphen_break", "truncated", trunc_hyphen_break),
    ("h4_moji_cp437", "mojibake", moji_cp437),
    ("h4_moji_cp1251", "mojibake", moji_cp1251),
    ("h4_moji_mac_roman", "mojibake", moji_mac_roman),
    ("h4_moji_quoted_printable", "mojibake", moji_quoted_printable),
    ("h4_moji_utf16_bytes", "mojibake", moji_utf16_bytes),
    ("h4_boiler_moderation", "boilerplate", boiler_moderation),
    ("h4_boiler_api_error", "boilerplate", boiler_api_error),
    ("h4_boiler_paywall", "boilerplate", boiler_paywall),
    ("h4_boiler_clarify", "boilerplate", boiler_clarify),
    ("h4_spam_pharma", "spam", spam_pharma),
    ("h4_spam_loan", "spam", spam_loan),
    ("h4_spam_follow", "spam", spam_follow),
    ("h4_spam_comment", "spam", spam_comment),
    ("h4_spam_invoice", "spam", spam_invoice),
    ("h4_mash_shift_row", "keyboard_mash", mash_shift_row),
    ("h4_mash_pseudo_words", "keyboard_mash", mash_pseudo_words),
    ("h4_mash_fullwidth", "keyboard_mash", mash_fullwidth),
    ("h4_mash_numpad", "keyboard_mash", mash_numpad),
    ("h4_echo_repeated", "echo", echo_repeated),
    ("h4_echo_search_wrapper", "echo", echo_search_wrapper),
    ("h4_echo_input_quoted", "echo", echo_input_quoted),
    ("h4_echo_prompt_concat", "echo", echo_prompt_concat),
    ("h4_empty_emoji", "empty", empty_emoji),
    ("h4_empty_label", "empty", empty_label),
    ("h4_empty_html", "empty", empty_html),
    ("h4_empty_escapes", "empty", empty_escapes),
    ("h4_empty_leftover", "empty", empty_leftover),
    ("h4_markup_minified_js", "markup_dump", markup_minified_js),
    ("h4_markup_http_headers", "markup_dump", markup_http_headers),
    ("h4_markup_front_matter", "markup_dump", markup_front_matter),
    ("h4_markup_data_uri", "markup_dump", markup_data_uri),
    ("h4_markup_mime", "markup_dump", markup_mime),
    ("h4_wrong_fancy_font", "wrong_script", wrong_fancy_font),
    ("h4_wrong_upside_down", "wrong_script", wrong_upside_down),
    ("h4_wrong_other_script", "wrong_script", wrong_other_script),
    ("h4_wrong_bopomofo", "wrong_script", wrong_bopomofo),
    ("h4_wrong_vietnamese", "wrong_script", wrong_vietnamese),
]
"""(name, kind, generator) for every junk template of heldout4."""

ONLY_LANG = {
    "h4_loop_code_line": "en",
    "h4_trunc_hyphen_break": "en",
    "h4_moji_utf16_bytes": "en",
    "h4_spam_comment": "en",
    "h4_spam_invoice": "zh",
    "h4_mash_pseudo_words": "en",
    "h4_wrong_fancy_font": "en",
    "h4_wrong_upside_down": "en",
    "h4_wrong_bopomofo": "zh",
    "h4_wrong_vietnamese": "zh",
}
"""Generators that apply to one language only (generate.py picks among the others for the other language)."""
