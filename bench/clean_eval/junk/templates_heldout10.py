"""Junk generators of the tenth held-out part (heldout10), written blind to the clean filters.

Each generator is ``fn(rng, rec, lang, ctx) -> dict | None``: it corrupts one real base record
(``rec`` has instruction, input, output) and returns the changed fields (only ``output``), or None
when the base record does not suit it (generate.py then tries the next base record).  Every wording
here is new, from ways junk turns up in instruction data that earlier parts did not cover: the last
sentence shouted back with more and more exclamation marks, a staircase that drops the first word of
the sentence on every line, the first sentence ping-ponging with another record's text in the other
language; cuts inside an unclosed bold / quote, inside a markdown link's URL and right after an
ordinal ("Second," / 其次，); UTF-8 shown through DOS Baltic / Turkish code pages (775, 857), read as
ISO-8859-4 / -10 / -13, or shown through the DOS Arabic page (864); an "AI-generated, for reference
only" label, a "consult a professional" disclaimer and a newsletter's unsubscribe footer instead of the
answer; solar-panel / property ads, backlink sellers and giveaway chains; Alt-code symbols, kaomoji,
vim keystrokes typed into the answer (en) and a Wubi IME's raw codes (zh); the instruction's keywords
only, the input's sentences handed back in reverse order, the instruction as a hashtag / Weibo topic;
"see attachment", every word blacked out and "coming soon"; a gettext .po entry, an iCalendar event and
a git merge conflict holding the first sentence; and generic replies in Latin-script African / Baltic /
Balkan languages, in Cyrillic Balkan / Central Asian languages, in Arabic-script Uyghur / Pashto /
Sorani, and the English answer in Morse code (en).
Written without reading the clean stage, its config, features.py or clean-stage output; earlier parts
only for the interface (heldout9's templates) and the README kind tables, to avoid repeating them.
The good look-alikes live in good_heldout10.py.
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

LANG_TASK = re.compile(
    r"translat|language|afrikaans|zulu|yoruba|hausa|somali|malay|albanian|latvian|slovenian|bulgarian|serbian"
    r"|belarusian|kyrgyz|tajik|macedonian|uyghur|pashto|kurdish|arabic|morse|code|cipher|script|alphabet"
    r"|翻译|译成|语言|英文|英语|外语|中文|汉语|文字|摩尔斯|密码"
)


def _ask(rec: Rec, pattern: str) -> bool:
    """Whether the task asks for something this template would produce (then the template skips it)."""
    return bool(re.search(pattern, rec["instruction"] + " " + rec["input"], re.I))


def _language_task(rec: Rec) -> bool:
    return bool(LANG_TASK.search((rec["instruction"] + " " + rec["input"]).lower()))


def _sents(rec: Rec, lang: str) -> list[str]:
    return textutil.sentences(rec["output"], lang)


def _join(parts: list[str], lang: str) -> str:
    return (" " if lang == "en" else "").join(parts)


EN_VERBS = {
    "design",
    "compose",
    "summarize",
    "summarise",
    "compare",
    "identify",
    "suggest",
    "rewrite",
    "calculate",
    "determine",
    "construct",
    "classify",
    "produce",
    "develop",
    "imagine",
    "outline",
    "brainstorm",
    "analyze",
    "analyse",
    "evaluate",
    "discuss",
    "three",
    "several",
    "sentence",
}
ZH_LEAD = re.compile(r"^(描述|解释|列出|生成|给出|创建|写出|说明|分析|提供|设计|总结|介绍|编写|使用|讨论|比较)+")


def _topic(rec: Rec, lang: str) -> str:
    kws = textutil.keywords(rec["instruction"], lang)
    if lang == "zh":
        kws = [ZH_LEAD.sub("", k) for k in kws if textutil.CJK.match(k)]
        kws = [k for k in kws if len(k) >= 2]
        return max(kws, key=len) if kws else "这个话题"
    kws = [k for k in kws if k not in EN_VERBS and not k.endswith(("ly", "est", "ful", "ous", "ive", "able"))]
    return max(kws, key=len) if kws else "this topic"


def _place(rng: random.Random, rec: Rec, lang: str, ad: str) -> str:
    """The ad alone, after the whole answer, or between its first and second sentence."""
    where = rng.choice(["alone", "after", "inside"])
    if where == "alone":
        return ad
    sents = _sents(rec, lang)
    if where == "after" or len(sents) < 2:
        return rec["output"].rstrip() + "\n\n" + ad
    i = rec["output"].find(sents[0]) + len(sents[0])
    return rec["output"][:i] + (" " if lang == "en" else "") + ad + " " + rec["output"][i:].lstrip()


# ------------------------------------------------------------------------------------------------ loop


def loop_exclaim_escalation(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """The answer, then its last sentence again and again with one more exclamation mark each time."""
    sents = _sents(rec, lang)
    if not sents:
        return None
    last = sents[-1].rstrip(".!?。！？")
    mark = "!" if lang == "en" else "！"
    n = rng.randint(8, 16)
    tail = "\n".join(last + mark * k for k in range(1, n + 1))
    return {"output": rec["output"].rstrip() + "\n" + tail}


def staircase(sentence: str, lang: str) -> list[str]:
    """The sentence, then the sentence without its first word (zh: first two characters), until one is left."""
    out = []
    if lang == "en":
        ws = sentence.split()
        for k in range(len(ws)):
            out.append(" ".join(ws[k:]))
    else:
        for k in range(0, len(sentence) - 1, 2):
            out.append(sentence[k:])
    return out


def loop_front_staircase(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """The first sentence said again on every line, each time without its first word (a staircase)."""
    sents = _sents(rec, lang)
    if not sents:
        return None
    steps = staircase(sents[0], lang)
    if len(steps) < 6:
        return None
    return {"output": "\n".join(steps)}


def loop_bilingual_pingpong(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """The first sentence and another record's first sentence in the other language taking turns 5-10 rounds."""
    if ctx is None or _language_task(rec):
        return None
    sents = _sents(rec, lang)
    other = ctx.other_language_output(lang)
    other_lang = "zh" if lang == "en" else "en"
    theirs = textutil.sentences(other, other_lang) if other else []
    if not sents or not theirs:
        return None
    n = rng.randint(5, 10)
    return {"output": "\n".join(x for _ in range(n) for x in (sents[0], theirs[0]))}


# ------------------------------------------------------------------------------------------- truncated


def _cut_point(rng: random.Random, text: str, lang: str) -> int | None:
    """A cut 30-70 % into the text, at a space (en) or between two hanzi (zh); None when there is none."""
    lo, hi = int(len(text) * 0.3), int(len(text) * 0.7)
    if hi - lo < 4:
        return None
    for _ in range(20):
        i = rng.randint(lo, hi)
        if lang == "en" and text[i] == " " and text[i - 1].isalpha():
            return i
        if lang == "zh" and textutil.CJK.match(text[i - 1]) and textutil.CJK.match(text[i]):
            return i
    return None


def trunc_open_emphasis(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """Cut 30-70 % in, just after an opened bold marker or quote that never closes (``**Note``, 「…, 【…)."""
    out = rec["output"]
    if textutil.is_code(out) or len(out) < 80:
        return None
    i = _cut_point(rng, out, lang)
    if i is None:
        return None
    if lang == "en":
        opener = rng.choice(["**", "*", '"', "__"])
        w = re.match(r"\s*([\w'’-]+(?:\s+[\w'’-]+)?)", out[i:])
        return {"output": out[:i] + " " + opener + (w.group(1) if w else "")}
    opener = rng.choice(["**", "「", "【", "“"])
    return {"output": out[:i] + opener + out[i : i + rng.randint(2, 4)]}


def trunc_mid_link(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """The first sentence or two, then a markdown link cut inside its URL (``[source](https://en.wiki``)."""
    sents = _sents(rec, lang)
    if len(sents) < 2 or _ask(rec, r"link|url|http|source|网址|链接|来源"):
        return None
    head = _join(sents[: rng.randint(1, min(2, len(sents) - 1))], lang)
    label = rng.choice(
        ["source", "more here", "see this guide", "[1]"] if lang == "en" else ["来源", "详见", "参考链接", "[1]"]
    )
    url = rng.choice(
        ["https://en.wikip", "https://www.", "http://", "https://docs.exa", "https://zh.wikipedia.org/wiki/%E"]
    )
    return {"output": head + (" " if lang == "en" else "") + f"[{label}]({url}"}


EN_ORD = ["Second,", "Next,", "Then,", "Additionally,", "Finally,"]
ZH_ORD = ["其次，", "另外，", "然后，", "此外，", "最后，"]


def trunc_dangling_ordinal(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """One or two sentences, the first marked "First," / 首先，, then the next ordinal and nothing after it."""
    sents = _sents(rec, lang)
    if len(sents) < 2 or textutil.list_items(rec["output"]):
        return None
    k = rng.randint(1, min(2, len(sents) - 1))
    if lang == "en":
        s0 = sents[0] if sents[0][1:2].isupper() else sents[0][0].lower() + sents[0][1:]
        return {"output": " ".join(["First, " + s0, *sents[1:k]]) + " " + rng.choice(EN_ORD)}
    return {"output": "首先，" + "".join(sents[:k]) + rng.choice(ZH_ORD)}


# -------------------------------------------------------------------------------------------- mojibake


def _mis(text: str, codec: str) -> str:
    return text.encode("utf-8").decode(codec, errors="replace")


def _moji(rng: random.Random, rec: Rec, lang: str, codecs: list[str]) -> dict[str, str] | None:
    out = rec["output"] if lang == "zh" else textutil.smarten(rec["output"])
    if sum(1 for c in out if ord(c) > 127) < 2:
        return None
    bad = _mis(out, rng.choice(codecs))
    return {"output": bad} if bad != rec["output"] else None


def moji_dos_baltic_turkish(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """UTF-8 shown by a DOS console in the Baltic (775) or Turkish (857) code page."""
    return _moji(rng, rec, lang, ["cp775", "cp857"])


def moji_iso_nordic_baltic(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """UTF-8 read as ISO-8859-4, -10 or -13 (Baltic and Nordic Latin; C1 controls for 0x80-0x9f)."""
    return _moji(rng, rec, lang, ["iso8859_4", "iso8859_10", "iso8859_13"])


def moji_dos_arabic(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """UTF-8 shown by a DOS console in the Arabic code page 864 (presentation forms and box parts)."""
    return _moji(rng, rec, lang, ["cp864"])


# ----------------------------------------------------------------------------------------- boilerplate

EN_AI_LABEL = [
    "This content was generated by AI and may contain errors. Please verify important information.",
    "⚠️ AI-generated response. Accuracy is not guaranteed.",
    "[Auto-generated answer — for reference only]",
    "Generated with AI · Content may be inaccurate · Report a problem",
]
ZH_AI_LABEL = [
    "以上内容由AI生成，仅供参考。",
    "本回答由人工智能自动生成，内容仅供参考，请仔细甄别。",
    "【AI生成】内容可能不准确，请以官方信息为准。",
    "内容由AI大模型生成，不代表平台立场 · 举报",
]


def boiler_ai_label(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """An "AI-generated, for reference only" label where the answer should be."""
    return {"output": rng.choice(EN_AI_LABEL if lang == "en" else ZH_AI_LABEL)}


EN_CONSULT = [
    "The information provided here is for general informational purposes only and does not constitute "
    "professional advice. Please consult a qualified professional regarding {t}.",
    "Disclaimer: I am not a licensed expert. Nothing in this reply about {t} should be taken as professional "
    "advice; always seek the guidance of a qualified specialist.",
    "For questions about {t}, please speak to a qualified professional who can assess your individual situation.",
]
ZH_CONSULT = [
    "本回答仅供一般参考，不构成任何专业建议。关于{t}，请咨询具有资质的专业人士。",
    "免责声明：以上内容不构成投资、医疗或法律建议。涉及{t}的问题，请以专业机构意见为准。",
    "关于{t}的具体情况因人而异，建议您向相关领域的专业人士咨询。",
]


def boiler_consult_professional(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """Only a "not professional advice, consult a professional" disclaimer that names the topic."""
    if _ask(rec, r"disclaimer|免责"):
        return None
    return {"output": rng.choice(EN_CONSULT if lang == "en" else ZH_CONSULT).format(t=_topic(rec, lang))}


EN_FOOTER = [
    "You are receiving this email because you signed up at our website.\n"
    "Unsubscribe | Update your preferences | View in browser\n"
    "© {y} Brightwave Media, 1200 Harbor Ave, Suite 4, Portland, OR",
    "Don't want these emails anymore? Unsubscribe here.\nThis message was sent to you by Kestrel Digest. "
    "Our mailing address is: PO Box 4471, Leeds LS1 4AB.",
    "--\nTo stop receiving these messages, reply STOP or click Unsubscribe.\nManage your subscription · Privacy policy",
]
ZH_FOOTER = [
    "您收到此邮件是因为您订阅了我们的资讯。\n退订 | 修改订阅偏好 | 在浏览器中查看\n© {y} 青禾传媒 版权所有",
    "如不想再收到此类邮件，请点击此处退订。\n本邮件由系统自动发送，请勿直接回复。",
    "回复TD退订。【云帆资讯】",
]


def boiler_unsubscribe_footer(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A newsletter's unsubscribe footer instead of the answer."""
    if _ask(rec, r"unsubscribe|newsletter|footer|退订|邮件"):
        return None
    return {"output": rng.choice(EN_FOOTER if lang == "en" else ZH_FOOTER).format(y=rng.randint(2016, 2024))}


# ------------------------------------------------------------------------------------------------ spam

EN_HOME_ADS = [
    "Homeowners in your area are getting solar panels installed for $0 down! See if you qualify: "
    "https://sunsaver-grants.example.com",
    "⚡ Stop overpaying for electricity. The new 2024 solar programme covers 100% of installation costs. "
    "Check eligibility in 30 seconds!",
    "Your car's extended warranty is about to expire. Call 1-855-555-0142 now to keep your coverage.",
]
ZH_HOME_ADS = [
    "【滨江·学府壹号】地铁口精装学区房，首付20万起，买房送车位！咨询热线：400-820-5566",
    "光伏发电免费装，屋顶出租年赚8000元！政府补贴名额有限，速来登记。",
    "【限时特惠】别墅装修全包价每平米只要699，免费上门量房，点击 http://zx-jia.example.cn 预约",
]


def spam_home_ads(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A solar-panel, warranty or property ad (with a link or a hotline), alone, after or inside the answer."""
    return {"output": _place(rng, rec, lang, rng.choice(EN_HOME_ADS if lang == "en" else ZH_HOME_ADS))}


EN_BACKLINKS = [
    "Need more traffic? Buy 5,000 high-DA backlinks — guaranteed page 1 on Google in 14 days! "
    "Order at rankrocket.example.net",
    "SEO SERVICES: PBN links, guest posts, DA 50+ — cheap and fast. WhatsApp +1 555 0199 for a price list.",
    "Get 10k real followers and 1000 backlinks for $9.99 → boostly.example.io",
]
ZH_BACKLINKS = [
    "网站优化，快速排名，百度首页7天上线！高权重外链出售，包收录，联系QQ 2938475610。",
    "出售高质量友情链接、新闻源外链，权重2以上，价格美丽，详情访问 www.youlian-seo.example.cn",
    "专业刷排名，关键词上首页不收费，企业站、商城站均可做！",
]


def spam_backlink_seller(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """An SEO backlink / ranking seller's ad (with or without a link), alone, after or inside the answer."""
    if _ask(rec, r"\bseo\b|backlink|外链|排名"):
        return None
    return {"output": _place(rng, rec, lang, rng.choice(EN_BACKLINKS if lang == "en" else ZH_BACKLINKS))}


EN_GIVEAWAY = [
    "🎁 GIVEAWAY 🎁 Follow us, like this post and tag 3 friends to win a brand-new iPhone! #giveaway #win #free",
    "Share this to 10 groups and you'll get a free $100 gift card! This is not a joke, my friend got one yesterday.",
    "Congratulations! You were selected for our weekly prize draw. Claim your reward before midnight: bit.ly/3xWin",
]
ZH_GIVEAWAY = [
    "🎉转发抽奖🎉 关注+转发+@三位好友，即可参与抽取iPhone一台！#转发抽奖# #福利#",
    "转发到10个群就送50元话费，亲测有效，我朋友已经领到了！",
    "恭喜您获得本周幸运大奖，请于今晚24点前点击领取：t.cn/A6xYz",
]


def spam_giveaway_chain(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A follow-and-share giveaway or chain message, alone, after or inside the answer."""
    if _ask(rec, r"giveaway|抽奖"):
        return None
    return {"output": _place(rng, rec, lang, rng.choice(EN_GIVEAWAY if lang == "en" else ZH_GIVEAWAY))}


# --------------------------------------------------------------------------------------- keyboard_mash

ALT_GLYPHS = "☺☻♥♦♣♠•◘○◙♂♀♪♫☼►◄↕‼¶§▬↨↑↓→←∟↔▲▼"


def mash_alt_codes(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """Alt + number-pad mashed: the CP437 glyphs of Alt+1 … Alt+31 in runs, with stray digits."""
    if _ask(rec, r"symbol|alt.?code|emoji|符号"):
        return None
    n = rng.randint(25, 70)
    chars = [rng.choice(ALT_GLYPHS) if rng.random() < 0.85 else rng.choice("0123456789 ") for _ in range(n)]
    return {"output": "".join(chars).strip() or "♥♦♣♠"}


KAOMOJI = [
    "(╯°□°)╯︵ ┻━┻",
    "┬─┬ノ( º _ ºノ)",
    "( ͡° ͜ʖ ͡°)",
    "¯\\_(ツ)_/¯",
    "(ಥ﹏ಥ)",
    "ヽ(°〇°)ﾉ",
    "(づ｡◕‿‿◕｡)づ",
    "(｡•́︿•̀｡)",
    "ᕕ( ᐛ )ᕗ",
    "(⊙_☉)",
    "(ﾉ◕ヮ◕)ﾉ*:･ﾟ✧",
    "ʕ•ᴥ•ʔ",
]


def mash_kaomoji(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A row of kaomoji (text faces) instead of the answer."""
    if _ask(rec, r"kaomoji|emoticon|emoji|face|颜文字|表情"):
        return None
    return {"output": " ".join(rng.choice(KAOMOJI) for _ in range(rng.randint(4, 10)))}


VIM_KEYS = [":wq", ":q!", "ZZ", "jjjj", "kkk", "dd", "yyp", "<Esc>", "ggVG", ":w", "i", "hjkl", "^[", ":x", "u u u"]


def mash_vim_keys(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """Vim keystrokes typed into the answer by someone trying to quit the editor (en)."""
    if _ask(rec, r"\bvim?\b|editor|keystroke|shortcut"):
        return None
    keys = [rng.choice(VIM_KEYS) for _ in range(rng.randint(8, 18))]
    return {"output": rng.choice([" ", "", "\n"]).join(keys) + rng.choice(["", " :qa!", "\n:wq!:wq!"])}


WUBI = ["ggll", "tgnt", "wqvb", "rrrr", "kkll", "yyyy", "fghm", "jjnn", "aaaa", "qtyh", "uqpn", "gjgh", "pwyf", "xxxx"]


def mash_wubi_codes(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A Wubi IME's four-key codes sent unconverted, in groups with stray spaces and digits (zh)."""
    groups = [
        rng.choice(WUBI) + (str(rng.randint(1, 5)) if rng.random() < 0.25 else "") for _ in range(rng.randint(6, 14))
    ]
    return {"output": " ".join(groups)}


# ------------------------------------------------------------------------------------------------ echo


ZH_SPLIT = re.compile(textutil.ZH_STOP.pattern + r"|会|下面|这|段|话|把|被|将|从|让|下列|以下|[^\u4e00-\u9fff]")


def echo_keywords_only(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """Only the instruction's keywords, comma separated (a keyword extractor's output kept as the answer)."""
    if _ask(rec, r"keyword|tag|关键词|标签"):
        return None
    if lang == "zh":
        runs = ZH_SPLIT.split(rec["instruction"])
        kws = [r for r in runs if 2 <= len(r) <= 6 and all("\u4e00" <= c <= "\u9fff" for c in r)]
    else:
        kws = textutil.keywords(rec["instruction"], lang)
    seen: list[str] = []
    for k in kws:
        if k not in seen:
            seen.append(k)
    if len(seen) < 2:
        return None
    return {"output": (", " if lang == "en" else "、").join(seen)}


def echo_input_reversed(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """The input's sentences handed back in reverse order (never on reorder / rewrite tasks)."""
    if _ask(rec, r"reverse|reorder|rearrange|order|rewrite|sort|顺序|排序|改写|倒"):
        return None
    sents = textutil.sentences(rec["input"], lang)
    if len(sents) < 2:
        return None
    return {"output": _join(list(reversed(sents)), lang)}


def hashtag(instruction: str, lang: str) -> str:
    """The instruction as one hashtag: ``#ExplainHowASundialTells…`` (en) or a Weibo topic ``#…#`` (zh)."""
    if lang == "en":
        ws = re.findall(r"[A-Za-z0-9]+", instruction)
        return "#" + "".join(w[:1].upper() + w[1:] for w in ws)
    return "#" + re.sub(r"[\s。！？?!]+$", "", instruction.strip()) + "#"


def echo_as_hashtag(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """The instruction turned into a hashtag (en) or a Weibo topic (zh), sometimes with 🔥 or a count."""
    if _ask(rec, r"hashtag|话题|标签") or len(rec["instruction"]) > 120:
        return None
    tag = hashtag(rec["instruction"], lang)
    if len(tag) < 6:
        return None
    extra = rng.choice(["", " 🔥", " 🔥🔥", " #trending" if lang == "en" else " 阅读1.2亿 讨论3.4万"])
    return {"output": tag + extra}


# ----------------------------------------------------------------------------------------------- empty

EN_ATTACH = ["See attachment.", "Please see the attached file.", "Answer attached (answer.docx).", "Refer to the PDF."]
ZH_ATTACH = ["见附件。", "详见附件。", "答案请看附件（答案.docx）", "请查收附件。"]


def empty_see_attachment(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A pointer to an attachment that is not there (never when the task mentions a file or attachment)."""
    if _ask(rec, r"attach|file|pdf|docx|附件|文件"):
        return None
    return {"output": rng.choice(EN_ATTACH if lang == "en" else ZH_ATTACH)}


def redact(text: str, lang: str) -> str:
    """Every word (zh: every hanzi, letter and digit) blacked out with █, punctuation and spaces kept."""
    if lang == "en":
        return re.sub(r"[A-Za-z0-9’']+", lambda m: "█" * len(m.group()), text)
    return re.sub(r"[\u4e00-\u9fffA-Za-z0-9]", "█", text)


def empty_redacted(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """The answer with every word blacked out (a redaction pass run over all of it)."""
    if _ask(rec, r"redact|censor|遮|打码|脱敏"):
        return None
    sents = _sents(rec, lang)
    if not sents:
        return None
    return {"output": redact(_join(sents[: rng.randint(1, 3)], lang), lang)}


EN_SOON = ["Coming soon!", "🚧 Under construction 🚧", "Answer coming soon. Stay tuned!", "Content not available yet."]
ZH_SOON = ["敬请期待！", "🚧 正在建设中 🚧", "内容更新中，敬请期待……", "答案整理中，稍后上线。"]


def empty_coming_soon(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A "coming soon" / under-construction notice instead of the answer."""
    if _ask(rec, r"coming soon|construction|敬请期待|建设中"):
        return None
    return {"output": rng.choice(EN_SOON if lang == "en" else ZH_SOON)}


# ----------------------------------------------------------------------------------------- markup_dump


def _po_quote(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def markup_po_entry(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A gettext .po file: header, then the first sentence as ``msgid`` with an empty ``msgstr``."""
    if _ask(rec, r"gettext|\.po\b|locali[sz]|translat|翻译|本地化"):
        return None
    sents = _sents(rec, lang)
    if not sents:
        return None
    line = rng.randint(12, 480)
    head = (
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
        f'"Language: {rng.choice(["de", "fr", "ja", "es"])}\\n"\n\n'
    )
    entry = f'#: src/answers.py:{line}\n#, fuzzy\nmsgid "{_po_quote(sents[0])}"\nmsgstr ""\n'
    return {"output": head + entry}


def markup_icalendar(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """An iCalendar file whose one event has the instruction as SUMMARY and the first sentence as DESCRIPTION."""
    if _ask(rec, r"calendar|event|meeting|schedule|日历|日程|会议"):
        return None
    sents = _sents(rec, lang)
    if not sents:
        return None
    d = f"2023{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    summary = rec["instruction"].strip().replace("\n", " ").replace(",", "\\,")
    desc = sents[0].replace(",", "\\,")
    ev = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Example Corp//Cal 1.0//EN",
        "BEGIN:VEVENT",
        f"UID:{rng.randint(10**7, 10**8)}@example.com",
        f"DTSTART:{d}T{rng.randint(8, 17):02d}0000Z",
        f"SUMMARY:{summary}",
        f"DESCRIPTION:{desc}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return {"output": "\r\n".join(ev)}


def markup_merge_conflict(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A git merge conflict left in the file: the first sentence on one side, the other side empty or cut."""
    if _ask(rec, r"\bgit\b|merge|conflict|冲突|合并"):
        return None
    sents = _sents(rec, lang)
    if not sents:
        return None
    other = rng.choice(["", sents[0][: max(4, len(sents[0]) // 3)]])
    branch = rng.choice(["feature/answers", "origin/main", "a1b2c3d (draft)", "dev"])
    return {"output": f"<<<<<<< HEAD\n{sents[0]}\n=======\n{other}\n>>>>>>> {branch}"}


# ---------------------------------------------------------------------------------------- wrong_script

LATIN_FAR = [
    "Dit is 'n goeie vraag. Kortliks: dit hang af van die omstandighede. Ek hoop dit help.",  # Afrikaans
    "Lona ngumbuzo omuhle. Ngamafuphi, kuncike esimweni. Ngithemba lokhu kuyasiza.",  # Zulu
    "Ìbéèrè tó dára ni èyí. Ní kúkúrú, ó dá lórí ipò náà. Mo nírètí pé èyí ṣèrànwọ́.",  # Yoruba
    "Wannan tambaya ce mai kyau. A takaice, ya dogara da yanayin. Ina fatan wannan ya taimaka.",  # Hausa
    "Tani waa su'aal wanaagsan. Si kooban, waxay ku xiran tahay xaaladda. Waxaan rajeynayaa inay ku caawiso.",  # Somali
    "Ini soalan yang baik. Ringkasnya, ia bergantung pada keadaan. Saya harap ini membantu.",  # Malay
    "Kjo është një pyetje e mirë. Shkurt, varet nga situata. Shpresoj që kjo të ndihmojë.",  # Albanian
    "Tas ir labs jautājums. Īsumā – tas ir atkarīgs no situācijas. Ceru, ka tas palīdz.",  # Latvian
    "To je dobro vprašanje. Na kratko: odvisno je od okoliščin. Upam, da to pomaga.",  # Slovenian
]
CYRILLIC_FAR = [
    "Това е добър въпрос. Накратко, зависи от обстоятелствата. Надявам се това да помогне.",  # Bulgarian
    "Ово је добро питање. Укратко, зависи од околности. Надам се да ово помаже.",  # Serbian
    "Гэта добрае пытанне. Коратка кажучы, усё залежыць ад абставін. Спадзяюся, гэта дапаможа.",  # Belarusian
    "Бул жакшы суроо. Кыскасы, баары кырдаалга жараша. Бул жардам берет деп үмүттөнөм.",  # Kyrgyz
    "Ин саволи хуб аст. Хулоса, ҳамааш аз вазъият вобаста аст. Умедворам, ки ин кӯмак мекунад.",  # Tajik
    "Ова е добро прашање. Накратко, зависи од околностите. Се надевам дека ова помага.",  # Macedonian
]
ARABIC_FAR = [
    "بۇ ياخشى سوئال. قىسقىسى، بۇ ئەھۋالغا باغلىق. بۇنىڭ ياردىمى بولۇشىنى ئۈمىد قىلىمەن.",  # Uyghur
    "دا ښه پوښتنه ده. په لنډه توګه، دا په حالاتو پورې اړه لري. هیله ده چې دا مرسته وکړي.",  # Pashto
    "ئەمە پرسیارێکی باشە. بە کورتی، پەیوەستە بە بارودۆخەکەوە. هیوادارم ئەمە یارمەتیدەر بێت.",  # Sorani
]


def wrong_latin_far_reply(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A generic reply in Afrikaans, Zulu, Yoruba, Hausa, Somali, Malay, Albanian, Latvian or Slovenian."""
    if _language_task(rec):
        return None
    return {"output": rng.choice(LATIN_FAR)}


def wrong_cyrillic_reply(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A generic reply in Bulgarian, Serbian, Belarusian, Kyrgyz, Tajik or Macedonian."""
    if _language_task(rec):
        return None
    return {"output": rng.choice(CYRILLIC_FAR)}


def wrong_arabic_script_reply(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A generic reply in Uyghur, Pashto or Sorani Kurdish (Arabic script)."""
    if _language_task(rec):
        return None
    return {"output": rng.choice(ARABIC_FAR)}


MORSE = {
    "a": ".-",
    "b": "-...",
    "c": "-.-.",
    "d": "-..",
    "e": ".",
    "f": "..-.",
    "g": "--.",
    "h": "....",
    "i": "..",
    "j": ".---",
    "k": "-.-",
    "l": ".-..",
    "m": "--",
    "n": "-.",
    "o": "---",
    "p": ".--.",
    "q": "--.-",
    "r": ".-.",
    "s": "...",
    "t": "-",
    "u": "..-",
    "v": "...-",
    "w": ".--",
    "x": "-..-",
    "y": "-.--",
    "z": "--..",
    "0": "-----",
    "1": ".----",
    "2": "..---",
    "3": "...--",
    "4": "....-",
    "5": ".....",
    "6": "-....",
    "7": "--...",
    "8": "---..",
    "9": "----.",
}


def to_morse(text: str) -> str:
    """Letters and digits in Morse, letters apart by a space and words by `` / `` (other characters dropped)."""
    words = [w for w in (re.sub(r"[^a-z0-9]", "", w) for w in text.lower().split()) if w]
    return " / ".join(" ".join(MORSE[c] for c in w) for w in words)


def wrong_morse(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """The English answer's first one or two sentences in Morse code (en)."""
    if _language_task(rec) or _ask(rec, r"dot|dash|signal|telegra"):
        return None
    sents = _sents(rec, lang)
    if not sents:
        return None
    m = to_morse(" ".join(sents[: rng.randint(1, 2)]))
    return {"output": m} if m.count("/") >= 3 else None


# ------------------------------------------------------------------------------------------------ list

GENERATORS: list[tuple[str, str, Gen]] = [
    ("h10_loop_exclaim_escalation", "loop", loop_exclaim_escalation),
    ("h10_loop_front_staircase", "loop", loop_front_staircase),
    ("h10_loop_bilingual_pingpong", "loop", loop_bilingual_pingpong),
    ("h10_trunc_open_emphasis", "truncated", trunc_open_emphasis),
    ("h10_trunc_mid_link", "truncated", trunc_mid_link),
    ("h10_trunc_dangling_ordinal", "truncated", trunc_dangling_ordinal),
    ("h10_moji_dos_baltic_turkish", "mojibake", moji_dos_baltic_turkish),
    ("h10_moji_iso_nordic_baltic", "mojibake", moji_iso_nordic_baltic),
    ("h10_moji_dos_arabic", "mojibake", moji_dos_arabic),
    ("h10_boiler_ai_label", "boilerplate", boiler_ai_label),
    ("h10_boiler_consult_professional", "boilerplate", boiler_consult_professional),
    ("h10_boiler_unsubscribe_footer", "boilerplate", boiler_unsubscribe_footer),
    ("h10_spam_home_ads", "spam", spam_home_ads),
    ("h10_spam_backlink_seller", "spam", spam_backlink_seller),
    ("h10_spam_giveaway_chain", "spam", spam_giveaway_chain),
    ("h10_mash_alt_codes", "keyboard_mash", mash_alt_codes),
    ("h10_mash_kaomoji", "keyboard_mash", mash_kaomoji),
    ("h10_mash_vim_keys", "keyboard_mash", mash_vim_keys),
    ("h10_mash_wubi_codes", "keyboard_mash", mash_wubi_codes),
    ("h10_echo_keywords_only", "echo", echo_keywords_only),
    ("h10_echo_input_reversed", "echo", echo_input_reversed),
    ("h10_echo_as_hashtag", "echo", echo_as_hashtag),
    ("h10_empty_see_attachment", "empty", empty_see_attachment),
    ("h10_empty_redacted", "empty", empty_redacted),
    ("h10_empty_coming_soon", "empty", empty_coming_soon),
    ("h10_markup_po_entry", "markup_dump", markup_po_entry),
    ("h10_markup_icalendar", "markup_dump", markup_icalendar),
    ("h10_markup_merge_conflict", "markup_dump", markup_merge_conflict),
    ("h10_wrong_latin_far_reply", "wrong_script", wrong_latin_far_reply),
    ("h10_wrong_cyrillic_reply", "wrong_script", wrong_cyrillic_reply),
    ("h10_wrong_arabic_script_reply", "wrong_script", wrong_arabic_script_reply),
    ("h10_wrong_morse", "wrong_script", wrong_morse),
]
ONLY_LANG = {"h10_mash_vim_keys": "en", "h10_mash_wubi_codes": "zh", "h10_wrong_morse": "en"}
