"""Junk generators of the ninth held-out part (heldout9), written blind to the clean filters.

Each generator is ``fn(rng, rec, lang, ctx) -> dict | None``: it corrupts one real base record
(``rec`` has instruction, input, output) and returns the changed fields (only ``output``), or None
when the base record does not suit it (generate.py then tries the next base record).  Every wording
here is new and written as by another author, from the ways junk turns up in instruction data that
earlier parts did not cover: loops whose numbers drift (years, section numbers), trailing-phrase loops
and answers pasted twice; stop-sequence cuts, structured output cut inside its JSON string and lists
shorter than the count asked; damage from DOS Greek / Hebrew and Mac Cyrillic / ISO Cyrillic code
pages and files whose second half went through another code page; cookie banners, licence notices,
preachy over-refusals and help-centre page chrome; obfuscated phone-number ads, in-line keyword
stuffing and fake shop reviews; laughing mashes, predictive-text soup and the wrong keyboard layout;
help-forum posts, the request asked back and the input bulleted; "see above", lorem ipsum, "left as an
exercise" and "I don't know"; Word HTML, forum BBCode, RTF and inline HTML debris; and answers in the
wrong European language, in another far language, or drifting into the other language half way.
It was written without reading the clean stage, its config, features.py or any earlier part's
templates (only heldout8's, for the interface, and the kind tables of bench/clean_eval/README.md, to
avoid repeating them).  The good look-alikes live in good_heldout9.py.
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

LANG_TASK = re.compile(
    r"translat|language|spanish|french|german|swedish|norwegian|danish|persian|urdu|ukrainian|kazakh|nepali"
    r"|mongolian|marathi|azerbaijani|chinese|english|keyboard|layout|cyrillic|script|alphabet"
    r"|翻译|译成|语言|英文|英语|外语|中文|汉语|键盘|文字"
)


def _first(rec: Rec, lang: str) -> str | None:
    s = textutil.sentences(rec["output"], lang)
    return s[0] if s else None


EN_DULL = {"three", "five", "several", "sentence", "following", "words", "using", "example", "second", "these"}
ZH_VERB = re.compile(
    r"^(描述|比较|解释|列出|生成|给出|创建|创作|写出|书写|撰写|写|说明|分析|提供|设计|想出|找出|总结|命名|识别|举例|介绍|编写"
    r"|推荐|制作|构建|计算|判断|确定|选择|讨论|评估|建议|使用|给)+"
)


def _topic(rec: Rec, lang: str) -> str:
    ins = rec["instruction"].strip()
    inp = rec["input"].strip()
    if inp and "\n" not in inp and len(inp) <= 40 and re.search(r"given|following|below|给定|以下|下列|下面", ins):
        ins = inp  # "Explain the given term." names its topic in the input
    if lang == "zh":
        runs = [ZH_VERB.sub("", r) for r in textutil.keywords(ins, "zh")]
        runs = [r for r in runs if len(r) >= 2 and textutil.CJK.match(r)]
        return max(runs, key=len) if runs else "这个问题"
    kws = [
        k
        for k in textutil.keywords(ins, "en")
        if k not in EN_DULL and not k.endswith(("ly", "ful", "ous", "ive", "able", "ical"))
    ]
    return max(kws, key=len) if kws else "this topic"


def _asks(rec: Rec, pattern: str) -> bool:
    """Whether the task asks for something this template would produce (then the template skips it)."""
    return bool(re.search(pattern, rec["instruction"] + " " + rec["input"], re.I))


def _language_task(rec: Rec) -> bool:
    return bool(LANG_TASK.search((rec["instruction"] + " " + rec["input"]).lower()))


def _place(rng: random.Random, rec: Rec, lang: str, ad: str) -> str:
    """The ad alone, after the whole answer, or between its first and second sentence."""
    where = rng.choice(["alone", "after", "inside"])
    if where == "alone":
        return ad
    sents = textutil.sentences(rec["output"], lang)
    if where == "after" or len(sents) < 2:
        return rec["output"].rstrip() + "\n\n" + ad
    i = rec["output"].find(sents[0]) + len(sents[0])
    return rec["output"][:i] + (" " if lang == "en" else "") + ad + " " + rec["output"][i:].lstrip()


# ------------------------------------------------------------------------------------------------ loop


def loop_year_drift(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """The first sentence said again and again, each time a year later (a loop with a drifting number)."""
    first = _first(rec, lang)
    if not first:
        return None
    year, n = rng.randint(1950, 2015), rng.randint(10, 24)
    if lang == "en":
        w = first.split()[0]
        body = first[0].lower() + first[1:] if w == "A" or (len(w) > 1 and w[1:].islower()) else first
        parts = [f"In {year + k}, {body}" for k in range(n)]
        return {"output": " ".join(parts)}
    return {"output": "".join(f"{year + k}年，{first}" for k in range(n))}


def loop_section_drift(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """The same paragraph under section headings whose number keeps rising, 6-12 times."""
    sents = textutil.sentences(rec["output"], lang)
    if not sents:
        return None
    para = (" " if lang == "en" else "").join(sents[:2])
    start, n = rng.choice([1, 1, 2, 3]), rng.randint(6, 12)
    head = "### Part {k}" if lang == "en" else "### 第{k}部分"
    blocks = [head.format(k=start + k) + "\n" + para for k in range(n)]
    return {"output": "\n\n".join(blocks)}


EN_TRAIL = ["and so on and so forth", "over and over", "again and again", "more and more", "and on and on"]
ZH_TRAIL = ["以此类推", "反反复复", "越来越多", "一遍又一遍", "等等等等"]


def loop_trailing_phrase(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """The answer's opening, then one stock phrase repeated 15-50 times to the length limit."""
    sents = textutil.sentences(rec["output"], lang)
    if not sents:
        return None
    lead = (" " if lang == "en" else "").join(sents[: rng.randint(1, 2)])
    phrase = rng.choice(EN_TRAIL if lang == "en" else ZH_TRAIL)
    sep = rng.choice([", ", " "]) if lang == "en" else rng.choice(["，", "、", ""])
    run = sep.join([phrase] * rng.randint(15, 50))
    if lang == "en":
        return {"output": lead.rstrip(".") + ", " + run}
    return {"output": lead.rstrip("。") + "，" + run}


def loop_pasted_twice(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A crowd worker pasted the answer two or three times with no break between the copies."""
    out = rec["output"].strip()
    if len(out) < 80:
        return None
    glue = rng.choice(["", " "]) if lang == "en" else ""
    return {"output": glue.join([out] * rng.randint(2, 3))}


# ------------------------------------------------------------------------------------------- truncated


def trunc_stop_sequence(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A stop sequence on the first line break: only the lead-in line that announces the answer survives."""
    ls = textutil.lines(rec["output"])
    if len(ls) < 3:
        return None
    head = ls[0].strip()
    if not head.endswith((":", "：")) or len(head) < (15 if lang == "en" else 6):
        return None
    return {"output": head}


def trunc_json_field(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """Structured output cut by the token limit inside its JSON string: no closing quote or brace."""
    if _asks(rec, r"json"):
        return None
    out = rec["output"]
    if len(out) < 80:
        return None
    pos = int(len(out) * rng.uniform(0.3, 0.7))
    body = json.dumps(out[:pos], ensure_ascii=False)[:-1]  # the string's closing quote never came
    lead = rng.choice(['{"answer": ', '{\n  "response": ', f'{{"id": {rng.randint(1, 9999)}, "output": '])
    return {"output": lead + body}


EN_NUM = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
ZH_NUM = {"三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def asked_count(instruction: str, lang: str) -> int | None:
    """The number of items an instruction asks for (3-10), if it names one."""
    if lang == "en":
        m = re.search(
            r"\b(three|four|five|six|seven|eight|nine|ten|[3-9]|10)\s+(?:[a-z-]+\s+)?[a-z]+s\b", instruction.lower()
        )
        return (EN_NUM.get(m.group(1)) or int(m.group(1))) if m else None
    m = re.search(r"([3-9]|10|[三四五六七八九十])\s*(个|种|条|项|点|句|件|本|首|位|名|样|款|类|步)", instruction)
    return (ZH_NUM.get(m.group(1)) or int(m.group(1))) if m else None


def trunc_fewer_items(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A list that stops cleanly after one or two of the N items the instruction asks for."""
    n = asked_count(rec["instruction"], lang)
    if n is None:
        return None
    raw = rec["output"].splitlines()
    item_idx = [i for i, ln in enumerate(raw) if textutil.LIST_LINE.match(ln)]
    if len(item_idx) < n:
        return None
    keep = 1 if n == 3 else 2
    cut = "\n".join(raw[: item_idx[keep]]).rstrip()
    return {"output": cut} if cut and cut != rec["output"].rstrip() else None


# -------------------------------------------------------------------------------------------- mojibake


def _mis(text: str, codec: str) -> str:
    return text.encode("utf-8").decode(codec, errors="replace")


def _moji(rng: random.Random, rec: Rec, lang: str, codecs: list[str]) -> dict[str, str] | None:
    out = rec["output"] if lang == "zh" else textutil.smarten(rec["output"])
    if sum(1 for c in out if ord(c) > 127) < 2:
        return None
    return {"output": _mis(out, rng.choice(codecs))}


def moji_dos_greek_hebrew(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """UTF-8 shown by a DOS console in the Greek (737) or Hebrew (862) code page."""
    return _moji(rng, rec, lang, ["cp737", "cp862"])


def moji_cyrillic(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """UTF-8 read as Mac Cyrillic or ISO-8859-5 (quotes become вАЩ, hanzi become Cyrillic pairs)."""
    return _moji(rng, rec, lang, ["mac_cyrillic", "iso8859_5"])


def moji_second_half(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """Two files joined: the answer is fine up to a sentence end, the rest was UTF-8 read as Windows-1250."""
    out = rec["output"] if lang == "zh" else textutil.smarten(rec["output"])
    sents = textutil.sentences(out, lang)
    if len(sents) < 2:
        return None
    k = rng.randint(1, len(sents) - 1)
    i = out.find(sents[k])
    if i <= 0:
        return None
    head, tail = out[:i], out[i:]
    if not any(ord(c) > 127 for c in tail):
        return None
    return {"output": head + _mis(tail, "cp1250")}


# ----------------------------------------------------------------------------------------- boilerplate

EN_COOKIE = [
    "We value your privacy\nWe use cookies to enhance your browsing experience, serve personalised ads or content, "
    "and analyse our traffic. By clicking “Accept All”, you consent to our use of cookies.\n"
    "Customise   Reject All   Accept All",
    "This website uses cookies to ensure you get the best experience on our website. Learn more\nGot it!",
    "🍪 Cookie settings\nWe and our {n} partners store and/or access information on a device. "
    "You can change your choices at any time via “Privacy settings” at the bottom of the page.\n"
    "I ACCEPT   MORE OPTIONS",
]
ZH_COOKIE = [
    "本网站使用Cookie\n我们使用Cookie来提升您的浏览体验、提供个性化内容并分析网站流量。"
    "点击“全部接受”即表示您同意我们使用Cookie。\n自定义设置   全部拒绝   全部接受",
    "为了给您提供更好的服务，本站会使用Cookie。继续浏览即视为您同意《隐私政策》及我们与{n}家合作伙伴的Cookie使用。\n我知道了",
    "🍪 Cookie偏好设置\n必要Cookie（始终启用）  分析Cookie ☐  广告Cookie ☐\n保存设置   接受全部",
]


def boiler_cookie_banner(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A scraper kept the site's cookie-consent banner instead of the article."""
    if _asks(rec, r"cookie|privacy|gdpr|consent|banner|隐私|同意|横幅"):
        return None
    return {"output": rng.choice(EN_COOKIE if lang == "en" else ZH_COOKIE).format(n=rng.randint(120, 980))}


def boiler_licence_text(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A licence or reuse notice where the answer should be (MIT grant, GPL warranty line, CC BY-NC-SA)."""
    if _asks(rec, r"licen[cs]e|copyright|open.?source|warrant|legal|许可|版权|开源|协议|法律"):
        return None
    y = rng.randint(2009, 2023)
    if lang == "en":
        text = rng.choice(
            [
                f"Copyright (c) {y} the contributors\n\nPermission is hereby granted, free of charge, to any person "
                'obtaining a copy of this software and associated documentation files (the "Software"), to deal in '
                "the Software without restriction, including without limitation the rights to use, copy, modify, "
                "merge, publish, distribute, sublicense, and/or sell copies of the Software.",
                "This program is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without "
                "even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the GNU "
                "General Public License for more details.",
                f"© {y} All rights reserved. Content on this page is licensed under CC BY-NC-SA 4.0 unless otherwise "
                "noted. Commercial reuse requires written permission.",
            ]
        )
    else:
        text = rng.choice(
            [
                "本作品采用知识共享署名-非商业性使用-相同方式共享 4.0 国际许可协议进行许可。转载请注明出处，商业转载请联系作者获得授权。",
                f"版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议，转载请附上原文出处链接和本声明。\n"
                f"原文链接：https://blog.example.cn/article/details/{rng.randint(10**7, 10**8)}",
                f"Copyright © {y} 保留所有权利。未经书面许可，任何单位和个人不得复制、转载或以其他方式使用本站内容。",
            ]
        )
    return {"output": text}


EN_PREACH = [
    "While I understand your interest in {t}, I must point out that this topic could be sensitive for some "
    "people. It is important to approach every subject with respect and care. Instead, perhaps we could focus "
    "on something more positive and inclusive?",
    "I'm sorry, but I don't feel comfortable responding to this request about {t}. It's important to prioritise "
    "safety and well-being. Is there something else I can help you with today?",
]
ZH_PREACH = [
    "我理解您对“{t}”的好奇，但这个话题可能会让部分人感到不适。我们应该以尊重和负责任的态度对待每一个话题。"
    "不如我们换个更积极正面的话题聊聊吧？",
    "抱歉，出于安全与伦理方面的考虑，我不便就“{t}”给出具体回答。请问还有其他我可以帮您的吗？",
]


def boiler_over_refusal(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A preachy over-refusal of a harmless task, naming the topic and giving nothing."""
    if _asks(rec, r"refus|declin|polite|sensitive|拒绝|婉拒|敏感"):
        return None
    return {"output": rng.choice(EN_PREACH if lang == "en" else ZH_PREACH).format(t=_topic(rec, lang))}


def boiler_page_chrome(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A help-centre page's chrome without its body: breadcrumbs, reading time, share row, helpfulness poll."""
    if _asks(rec, r"website|web ?page|navigation|breadcrumb|网页|网站|导航"):
        return None
    t, y, m, d = _topic(rec, lang), rng.randint(2017, 2024), rng.randint(1, 12), rng.randint(1, 28)
    if lang == "en":
        lines = [
            f"Home › Help Center › Articles › {t.title()}",
            f"Updated {m}/{d}/{y} · {rng.randint(2, 9)} min read",
            "Share:  Facebook  X  LinkedIn  Email  Print",
            "Was this article helpful?  Yes  No",
            f"{rng.randint(3, 95)} out of {rng.randint(96, 200)} found this helpful",
            "Related articles  ·  Back to top ↑",
        ]
    else:
        lines = [
            f"首页 > 帮助中心 > 常见问题 > {t}",
            f"更新于 {y}-{m:02d}-{d:02d}  ·  阅读 {rng.randint(2, 99)}.{rng.randint(0, 9)}万",
            "分享到：微信  微博  QQ空间  复制链接",
            "本文对您有帮助吗？  有用  没用",
            "相关文章  ·  返回顶部 ↑",
        ]
    return {"output": "\n".join(lines)}


# ------------------------------------------------------------------------------------------------ spam


def spam_phone_obfuscated(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A call-now ad repeating one phone number in several disguises (letter O, spaces, full-width digits)."""
    if _asks(rec, r"phone|advert|promot|slogan|电话|广告|推广|宣传"):
        return None
    if lang == "en":
        tail = f"{rng.randint(100, 199):03d}"[-2:]
        plain = f"0800-555-01{tail}"
        forms = [plain, plain.replace("-", " "), plain.replace("0", "O").replace("-", "."), plain.replace("-", "")]
        svc = rng.choice(
            ["Injured in an accident? No win, no fee", "Cash for old gold and watches", "Same-day boiler repair"]
        )
        ad = f"{svc}! Call now ☎ " + " / ".join(forms) + " – lines open 24/7!!"
    else:
        plain = f"138-5550-{rng.randint(1000, 9999)}"
        full = "".join(chr(ord(c) + 0xFEE0) if c.isdigit() and k % 2 else c for k, c in enumerate(plain))
        forms = [plain, full, plain.replace("-", " ").replace("8", "八", 1)]
        svc = rng.choice(["高价回收黄金、名表、旧手机", "专业讨债 快速回款", "空调加氟 上门维修"])
        ad = f"【{svc}】电话：" + " / ".join(forms) + "（微信同号）当天上门，当天结算！"
    return {"output": _place(rng, rec, lang, ad)}


EN_SEO = ["best {t}", "cheap {t}", "{t} near me", "buy {t} online", "{t} {y}", "top {t} deals"]
ZH_SEO = ["{t}哪家好", "{t}价格", "{t}多少钱", "{t}排行榜{y}", "{t}推荐", "{t}官网"]


def spam_seo_inline(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """Keyword stuffing in line: a search phrase built from the topic after every sentence of the answer."""
    sents = textutil.sentences(rec["output"], lang)
    if len(sents) < 2:
        return None
    t, y = _topic(rec, lang), rng.randint(2019, 2025)
    pool = EN_SEO if lang == "en" else ZH_SEO
    out, k = [], rng.randint(0, len(pool) - 1)
    for s in sents:
        kw = pool[k % len(pool)].format(t=t, y=y)
        k += 1
        out.append(f"{s} {kw}" if lang == "en" else f"{s}{kw}")
    return {"output": (" " if lang == "en" else "").join(out)}


EN_REVIEWS = [
    "★★★★★ Amazing!!! Best purchase ever, fast shipping, would buy again. – Verified Buyer",
    "★★★★★ Exactly as described, seller was super helpful. 10/10 recommend!!",
    "★★★★★ I was skeptical at first but this changed my life. Five stars!",
    "★★★★★ Great quality for the price. Arrived in 2 days. A+++",
    "★★★★★ Bought one for my mom and she loves it. Thank you!!",
]
ZH_REVIEWS = [
    "好评！宝贝收到了，质量超好，物流很快，和卖家描述的一模一样，五星好评！！！",
    "第二次回购了，客服态度特别好，包装很用心，推荐购买～",
    "此用户未填写评价内容，系统默认好评。",
    "性价比超高，家里人都说好，下次还来！！！",
    "东西不错，快递小哥也很给力，给个五星好评吧。",
]


def spam_fake_reviews(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """Scraped shop reviews (five-star testimonials, 默认好评) alone or under the answer."""
    if _asks(rec, r"review|rating|testimon|product|评价|评论|好评|商品"):
        return None
    pool = EN_REVIEWS if lang == "en" else ZH_REVIEWS
    block = "\n".join(rng.sample(pool, rng.randint(2, 5)))
    if rng.random() < 0.5:
        return {"output": block}
    return {"output": rec["output"].rstrip() + "\n\n" + block}


# --------------------------------------------------------------------------------------- keyboard_mash


def _irregular(rng: random.Random, unit: str, n: int) -> str:
    out = []
    for _ in range(n):
        u = unit if rng.random() > 0.15 else unit[0] * 2 + unit[1:]
        out.append(u)
    return "".join(out)


def mash_laughing(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A laughing keysmash for an answer (HAHAHHAHA, ksksks, hhhhh, 23333)."""
    if _asks(rec, r"laugh|funny|joke|humou?r|meme|slang|笑|幽默|段子|网络用语"):
        return None
    if lang == "en":
        toks = [
            _irregular(rng, rng.choice(["HA", "ha", "ks", "ja", "lol", "XD"]), rng.randint(5, 14))
            for _ in range(rng.randint(1, 3))
        ]
        if rng.random() < 0.5:
            toks.append("lmao" + "o" * rng.randint(4, 12))
    else:
        toks = [
            "h" * rng.randint(6, 20),
            "2" + "3" * rng.randint(5, 15),
            "哈" * rng.randint(5, 16),
            "6" * rng.randint(4, 12),
        ]
        toks = rng.sample(toks, rng.randint(1, 3))
    return {"output": " ".join(toks)}


EN_PREDICT = [
    "I am not sure if",
    "the best way to get",
    "a good time to",
    "and I will be there",
    "at the same time as",
    "the other one is",
    "going to be a",
    "great day for me",
    "and the rest of the",
    "day of the week",
    "I have a lot of",
    "people who are not",
    "to be honest with you",
    "and then we can",
    "the first time I",
]
ZH_PREDICT = [
    "我觉得",
    "我们的",
    "这个时候",
    "就是说",
    "然后我就",
    "不知道为什么",
    "大家都在",
    "一下子就",
    "的时候",
    "我也不知道",
    "真的是",
    "没有什么",
    "一起去",
    "好的好的",
    "今天晚上",
]


def mash_predictive_text(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """Someone tapped the keyboard's suggestion bar over and over: fluent-looking word soup, no sense."""
    pool = EN_PREDICT if lang == "en" else ZH_PREDICT
    picks = [rng.choice(pool) for _ in range(rng.randint(6, 14))]
    text = (" " if lang == "en" else "").join(picks)
    return {"output": text[0].upper() + text[1:] if lang == "en" else text}


QWERTY = "qwertyuiop[]asdfghjkl;'zxcvbnm,."
JCUKEN = "йцукенгшщзхъфывапролджэячсмитьбю"
LAYOUT = dict(zip(QWERTY, JCUKEN, strict=True))
LAYOUT.update({c.upper(): r.upper() for c, r in zip(QWERTY, JCUKEN, strict=True) if c.isalpha()})


def wrong_layout(text: str) -> str:
    """Text as typed with a Russian (ЙЦУКЕН) layout switched on: each key gives its Cyrillic letter."""
    return "".join(LAYOUT.get(c, c) for c in text)


def mash_wrong_layout(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """The English answer typed with the Russian keyboard layout on (Hello → Руддщ; en)."""
    if lang != "en" or _language_task(rec) or not re.search(r"[A-Za-z]{4}", rec["output"]):
        return None
    return {"output": wrong_layout(rec["output"])}


# ------------------------------------------------------------------------------------------------ echo


def echo_help_post(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """The model wrote the asker's forum post: the instruction wrapped in a plea for help."""
    if _asks(rec, r"forum|post|help request|求助|帖子|提问"):
        return None
    q = rec["instruction"].strip()
    if lang == "en":
        t = rng.choice(
            [
                "Hi everyone, {q} I've searched everywhere but couldn't find a clear answer. Any help would be "
                "appreciated. Thanks in advance!",
                "Quick question: {q} Thanks!!",
                "Can anyone help? {q} Need this for homework due tomorrow, please.",
            ]
        )
    else:
        t = rng.choice(
            [
                "求助：{q} 急！在线等，谢谢各位大佬！",
                "请问一下，{q} 百度了半天也没找到答案，求解答。",
                "{q} 求大神指点，万分感谢！",
            ]
        )
    return {"output": t.format(q=q)}


EN_IMPERATIVE = re.compile(
    r"^(explain|describe|list|give|write|name|generate|create|suggest|summari[sz]e|identify|provide|find|"
    r"compare|tell|classify|make|outline|design|come up with)\b",
    re.I,
)
ZH_IMPERATIVE = re.compile(
    r"^(请)?(解释|描述|列出|给出|写|生成|创建|总结|介绍|提供|比较|分析|设计|说明|举出|想出|编写)"
)


def echo_question_back(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """The request asked back at the user as a question (a completion model continuing the user's turn)."""
    ins = rec["instruction"].strip()
    if "\n" in ins or len(ins) > 200:
        return None
    if lang == "en":
        if not EN_IMPERATIVE.match(ins):
            return None
        body = ins.rstrip(".!").strip()
        body = body[0].lower() + body[1:]
        return {"output": rng.choice(["Could you {b}?", "Can you {b}?", "Would you be able to {b}?"]).format(b=body)}
    m = ZH_IMPERATIVE.match(ins)
    if not m:
        return None
    body = ins[len(m.group(1) or "") :].rstrip("。！.!").strip()
    return {"output": rng.choice(["你能{b}吗？", "可以帮我{b}吗？", "能不能{b}？"]).format(b=body)}


def echo_input_bulleted(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A 'summary' that is the input cut into bullets, sentence by sentence, nothing left out."""
    if _asks(rec, r"bullet|point|list|split|separate|要点|分条|列表|拆分|逐条|分点"):
        return None
    sents = textutil.sentences(rec["input"], lang)
    if len(sents) < 2:
        return None
    mark = rng.choice(["- ", "• ", "* "]) if lang == "en" else rng.choice(["- ", "· ", "• "])
    return {"output": "\n".join(mark + s for s in sents)}


# ----------------------------------------------------------------------------------------------- empty


def empty_see_above(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A pointer to an answer that is not there ('Same as above.', 同上。)."""
    pool = (
        ["Same as above.", "See above.", "Ditto.", "As above.", "Refer to the previous answer."]
        if lang == "en"
        else ["同上。", "同上", "见上题。", "参考上一题。", "答案同上"]
    )
    return {"output": rng.choice(pool)}


LOREM = [
    "Lorem ipsum dolor sit amet, consectetur adipiscing elit.",
    "Sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.",
    "Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris.",
    "Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore.",
]


def empty_lorem(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """The page template's lorem-ipsum filler in place of the answer."""
    if _asks(rec, r"lorem|placeholder|filler|dummy|占位|假文|填充"):
        return None
    n = rng.randint(1, 3)
    text = " ".join(LOREM[:n])
    if lang == "zh" and rng.random() < 0.4:
        text = rng.choice(["此处为占位文字，正式内容稍后更新。", "这里是示例文本，用于测试页面排版效果。"])
    return {"output": text}


def empty_omitted(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """The answer waved away: 'Left as an exercise for the reader.', （答案略）, 此处省略一万字。"""
    pool = (
        [
            "Left as an exercise for the reader.",
            "(Answer omitted.)",
            "Solution omitted for brevity.",
            "[answer not provided]",
            "The answer is left to the student.",
        ]
        if lang == "en"
        else ["（答案略）", "此处省略一万字。", "解答过程从略。", "答：（暂缺）", "【参考答案】见教材。"]
    )
    return {"output": rng.choice(pool)}


def empty_dunno(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """The annotator did not know: 'idk', 'No idea, sorry.', 不知道, 这个我也不会."""
    if _asks(rec, r"don'?t know|not sure|uncertain|不知道|不确定"):
        return None
    pool = (
        ["I don't know.", "idk", "No idea, sorry.", "Not sure.", "dunno"]
        if lang == "en"
        else ["不知道", "不会", "不清楚。", "不太懂", "这个我也不会"]
    )
    return {"output": rng.choice(pool)}


# ----------------------------------------------------------------------------------------- markup_dump


def markup_word_html(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """Word's 'Save as web page' debris around the first sentence (mso conditionals, MsoNormal, o:p)."""
    if _asks(rec, r"html|\bword\b|web ?page|网页|文档"):
        return None
    first = _first(rec, lang)
    if not first:
        return None
    code, font = ("EN-US", '"Calibri",sans-serif') if lang == "en" else ("ZH-CN", "宋体")
    size = rng.choice(["10.5pt", "11.0pt", "12.0pt"])
    text = (
        "<!--[if gte mso 9]><xml>\n<o:OfficeDocumentSettings>\n<o:AllowPNG/>\n</o:OfficeDocumentSettings>\n"
        "</xml><![endif]-->\n"
        f"<p class=MsoNormal><span lang={code} style='font-size:{size};font-family:{font}'>{first}"
        "<o:p></o:p></span></p>\n"
        "<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>"
    )
    return {"output": text}


def markup_bbcode(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A forum post's raw BBCode: size, colour and font tags round the first sentence, an image, an attachment."""
    if _asks(rec, r"bbcode|forum|markup|论坛|标记"):
        return None
    first = _first(rec, lang)
    if not first:
        return None
    n = rng.randint(10000, 999999)
    if lang == "en":
        user = rng.choice(["mike_88", "GardenGuru", "xXshadowXx"])
        text = (
            f'[quote="{user}"][b]{_topic(rec, lang)}[/b][/quote]\n'
            f"[size=4][color=#336699]{first}[/color][/size]\n"
            f"[img]http://img.example.net/upload/{n}.jpg[/img]\n"
            f"[url=http://forum.example.net/thread-{n}-1-1.html]Click here for more[/url]"
        )
    else:
        user = rng.choice(["老王", "小鱼儿", "admin"])
        y, m, d = rng.randint(2008, 2019), rng.randint(1, 12), rng.randint(1, 28)
        text = (
            f"[i=s] 本帖最后由 {user} 于 {y}-{m}-{d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d} 编辑 [/i]\n\n"
            f"[size=4][font=微软雅黑][color=Red]{first}[/color][/font][/size]\n"
            f"[attach]{n}[/attach]"
        )
    return {"output": text}


def rtf_escape(text: str, codepage: str) -> str:
    """Text as WordPad writes it into RTF: ASCII kept, other characters as \\'hh bytes of the code page."""
    out = []
    for c in text:
        if c in "\\{}":
            out.append("\\" + c)
        elif ord(c) < 128:
            out.append(c)
        else:
            try:
                b = c.encode(codepage)
            except UnicodeEncodeError:
                out.append(f"\\u{ord(c)}?")
                continue
            out.append("".join(f"\\'{x:02x}" for x in b))
    return "".join(out)


def markup_rtf(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A rich-text (RTF) file's source with the first sentence as escaped bytes (cp1252, or GBK for zh)."""
    if _asks(rec, r"\brtf\b|rich text|wordpad|富文本"):
        return None
    first = _first(rec, lang)
    if not first:
        return None
    if lang == "en":
        head = "{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat{\\fonttbl{\\f0\\fnil\\fcharset0 Calibri;}}"
        body = rtf_escape(textutil.smarten(first), "cp1252")
        lang_tag = "\\lang9"
    else:
        head = (
            "{\\rtf1\\ansi\\ansicpg936\\deff0\\nouicompat\\deflang1033\\deflangfe2052"
            "{\\fonttbl{\\f0\\fnil\\fcharset134 " + rtf_escape("宋体", "gbk") + ";}}"
        )
        body = rtf_escape(first, "gbk")
        lang_tag = "\\lang2052"
    text = (
        head + "\n{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1 \n"
        f"\\pard\\sa200\\sl276\\slmult1\\f0\\fs{rng.choice([21, 22, 24])}{lang_tag} {body}\\par\n}}"
    )
    return {"output": text}


def markup_inline_debris(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """An HTML-to-text step that kept its debris: <span style>, <br />, &nbsp; and &amp; through the answer."""
    if _asks(rec, r"html|markup|tag|网页|标签"):
        return None
    sents = textutil.sentences(rec["output"], lang)
    if len(sents) < 2:
        return None
    style = rng.choice(["font-family: Arial;", "color: #333333;", "font-size: 14px; line-height: 1.6;"])
    parts = []
    for s in sents:
        s = s.replace("&", "&amp;")
        if lang == "en":
            s = re.sub(r" (?=\w)", lambda m: "&nbsp;" if rng.random() < 0.2 else " ", s)
        parts.append(f'<span style="{style}">{s}</span><br />')
    return {"output": ("\n" if rng.random() < 0.5 else "").join(parts)}


# ---------------------------------------------------------------------------------------- wrong_script

EUROPEAN = [
    "Claro, aquí tienes una explicación sobre «{t}». Es un tema interesante que tiene varios aspectos "
    "importantes a considerar.",
    "Bien sûr ! Voici une réponse concernant « {t} ». C'est un sujet intéressant qui mérite qu'on s'y attarde.",
    "Natürlich, hier ist eine kurze Antwort zum Thema „{t}“. Es handelt sich um ein interessantes Thema mit "
    "vielen wichtigen Aspekten.",
    "Självklart, här är ett kort svar om ”{t}”. Det är ett intressant ämne med flera viktiga aspekter.",
    "Selvfølgelig, her er et kort svar om «{t}». Dette er et interessant tema med flere viktige sider.",
    "Selvfølgelig, her er et kort svar om »{t}«. Det er et interessant emne med mange vigtige aspekter.",
]
FAR = [
    "از سؤال شما متشکرم. این یک پاسخ کوتاه است.",
    "آپ کے سوال کا شکریہ۔ یہ ایک مختصر جواب ہے۔",
    "Дякую за ваше запитання. Ось коротка відповідь.",
    "Сұрағыңызға рахмет. Міне, қысқа жауап.",
    "तपाईंको प्रश्नको लागि धन्यवाद। यो छोटो उत्तर हो।",
    "Асуултад тань баярлалаа. Энэ бол товч хариулт юм.",
    "तुमच्या प्रश्नाबद्दल धन्यवाद. हे एक छोटे उत्तर आहे.",
    "Sualınız üçün təşəkkür edirəm. Bu qısa cavabdır.",
]


def wrong_european_reply(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A reply in Spanish, French, German, Swedish, Norwegian or Danish that only names the topic."""
    if _language_task(rec):
        return None
    return {"output": rng.choice(EUROPEAN).format(t=_topic(rec, lang))}


def wrong_far_reply(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A generic reply in Persian, Urdu, Ukrainian, Kazakh, Nepali, Mongolian, Marathi or Azerbaijani."""
    if _language_task(rec):
        return None
    return {"output": rng.choice(FAR)}


def wrong_language_drift(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """The answer starts right and drifts into the other language half way (another record's text)."""
    if _language_task(rec) or ctx is None:
        return None
    sents = textutil.sentences(rec["output"], lang)
    if not sents:
        return None
    other = ctx.other_language_output(lang)
    if not other:
        return None
    other_lang = "zh" if lang == "en" else "en"
    tail = (" " if other_lang == "en" else "").join(textutil.sentences(other, other_lang)[:3]) or other
    head = (" " if lang == "en" else "").join(sents[: rng.randint(1, 2)])
    return {"output": head + rng.choice([" ", "\n"]) + tail}


GENERATORS: list[tuple[str, str, Gen]] = [
    ("h9_loop_year_drift", "loop", loop_year_drift),
    ("h9_loop_section_drift", "loop", loop_section_drift),
    ("h9_loop_trailing_phrase", "loop", loop_trailing_phrase),
    ("h9_loop_pasted_twice", "loop", loop_pasted_twice),
    ("h9_trunc_stop_sequence", "truncated", trunc_stop_sequence),
    ("h9_trunc_json_field", "truncated", trunc_json_field),
    ("h9_trunc_fewer_items", "truncated", trunc_fewer_items),
    ("h9_moji_dos_greek_hebrew", "mojibake", moji_dos_greek_hebrew),
    ("h9_moji_cyrillic", "mojibake", moji_cyrillic),
    ("h9_moji_second_half", "mojibake", moji_second_half),
    ("h9_boiler_cookie_banner", "boilerplate", boiler_cookie_banner),
    ("h9_boiler_licence_text", "boilerplate", boiler_licence_text),
    ("h9_boiler_over_refusal", "boilerplate", boiler_over_refusal),
    ("h9_boiler_page_chrome", "boilerplate", boiler_page_chrome),
    ("h9_spam_phone_obfuscated", "spam", spam_phone_obfuscated),
    ("h9_spam_seo_inline", "spam", spam_seo_inline),
    ("h9_spam_fake_reviews", "spam", spam_fake_reviews),
    ("h9_mash_laughing", "keyboard_mash", mash_laughing),
    ("h9_mash_predictive_text", "keyboard_mash", mash_predictive_text),
    ("h9_mash_wrong_layout", "keyboard_mash", mash_wrong_layout),
    ("h9_echo_help_post", "echo", echo_help_post),
    ("h9_echo_question_back", "echo", echo_question_back),
    ("h9_echo_input_bulleted", "echo", echo_input_bulleted),
    ("h9_empty_see_above", "empty", empty_see_above),
    ("h9_empty_lorem", "empty", empty_lorem),
    ("h9_empty_omitted", "empty", empty_omitted),
    ("h9_empty_dunno", "empty", empty_dunno),
    ("h9_markup_word_html", "markup_dump", markup_word_html),
    ("h9_markup_bbcode", "markup_dump", markup_bbcode),
    ("h9_markup_rtf", "markup_dump", markup_rtf),
    ("h9_markup_inline_debris", "markup_dump", markup_inline_debris),
    ("h9_wrong_european_reply", "wrong_script", wrong_european_reply),
    ("h9_wrong_far_reply", "wrong_script", wrong_far_reply),
    ("h9_wrong_language_drift", "wrong_script", wrong_language_drift),
]
ONLY_LANG = {"h9_mash_wrong_layout": "en"}
