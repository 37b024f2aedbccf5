"""Junk generators for the DEV part.  The filter designer may read and tune against these.

Each generator takes (rng, rec, lang, ctx) -- rec is a real record (instruction/input/output, read at
run time from the public data folder (bench/data/README.md) and never stored), lang is "en" or "zh", ctx gives access to other real
records -- and returns {"output": ...} (optionally also instruction/input) or None if it does not apply
to this record.  templates_heldout.py covers the same junk kinds with *different* mechanisms and
wordings; keep the two files independent.
"""

from __future__ import annotations

import textutil as tu

# ----------------------------------------------------------------------------------------- wordings
STUTTER = {"en": ["the", "and", "of the", "is", "to"], "zh": ["的", "我们", "是", "在", "这个"]}
COOKIE = {
    "en": [
        "We use cookies to improve your experience on our site. By continuing to browse, you agree to our use "
        "of cookies.\nAccept | Decline | Learn more",
        "This website uses cookies to ensure you get the best experience on our website. Learn more\nGot it!",
        "Cookies help us deliver our services. By using our services, you agree to our use of cookies.\nOK  More info",
    ],
    "zh": [
        "本网站使用Cookie来改善您的浏览体验。继续浏览即表示您同意我们使用Cookie。\n接受  拒绝  了解更多",
        "我们使用Cookie为您提供更好的服务，点击“同意”即表示您接受我们的Cookie政策。\n同意 | 查看详情",
        "本站使用cookies技术以确保您获得最佳体验。了解更多 >>\n我知道了",
    ],
}
REFUSAL = {
    "en": [
        "As an AI language model, I cannot {verb}.",
        "As an AI language model, I do not have the ability to {verb}. Is there anything else I can help you with?",
        "I'm sorry, but as an AI language model I am unable to {verb}.",
    ],
    "zh": [
        "作为一个AI语言模型，我无法{verb}。",
        "作为一个人工智能语言模型，我没有能力{verb}。请问还有什么可以帮您的吗？",
        "抱歉，作为AI语言模型，我不能{verb}。",
    ],
}
REFUSAL_VERB = {
    "en": ["complete this task", "provide that information", "perform this request", "answer this question"],
    "zh": ["完成这个任务", "提供相关信息", "执行此请求", "回答这个问题"],
}
NAV = {
    "en": [
        "Home | About Us | Products | Blog | Contact | Login",
        "Home  >  Services  >  Pricing  >  FAQ  >  Sign up",
        "MENU\nHome\nShop\nNew Arrivals\nSale\nMy Account\nCart (0)",
    ],
    "zh": [
        "首页 | 关于我们 | 产品中心 | 新闻动态 | 联系我们 | 登录 | 注册",
        "网站首页  公司简介  产品展示  新闻资讯  在线留言  联系方式",
        "导航\n首页\n商城\n新品上市\n特价专区\n我的账户\n购物车(0)",
    ],
}
AD_TAIL = {
    "en": [
        "Buy now and get 50% OFF! Visit www.best-deals-online.com today!",
        "Limited offer!!! Click here >>> http://cheap-offers.example.net/?ref=ai",
        "Want more tips like this? Subscribe now at www.tips4u.biz and win a free iPhone!",
    ],
    "zh": [
        "想了解更多？加微信 abc12345 领取免费资料！",
        "更多优惠请访问 www.youhui-888.com ，现在下单立减50元！",
        "需要的朋友加QQ：12345678，价格优惠，量大从优！",
    ],
}
SPAM_WHOLE = {
    "en": [
        "Cheap watches, cheap bags, cheap shoes. Free shipping worldwide! Order now: http://cheap-goods.example.com",
        "Make $$$ fast!!! Work from home, no experience needed. Sign up at www.easy-money.example.org NOW",
        "Best price guaranteed. Buy now, pay later. Call 1-800-555-0199 or visit www.deals.example.com",
    ],
    "zh": [
        "代开发票 加V：fp8888 诚信经营 长期有效 欢迎咨询",
        "兼职刷单日赚300元，无需经验，加微信 zz9527 咨询！",
        "正品低价，全场包邮！点击进入 www.shop-0518.cn 立即抢购！",
    ],
}
HOMEROW = "asdfghjkl;"
EMPTY = {"en": ["", " ", "\n", "N/A", "-"], "zh": ["", " ", "\n", "无", "-"]}
HTML_HEAD = (
    '<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n<title>{title}</title>\n'
    '<link rel="stylesheet" href="/static/css/main.css?v=3.2">\n'
    "<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}</script>\n"
    '</head>\n<body>\n<div class="nav"><a href="/">{home}</a> <a href="/news">{news}</a></div>\n'
    '<div class="content">\n<p>{body}</p>\n</div>\n<footer>{footer}</footer>\n'
    '<script src="/static/js/app.min.js"></script>\n</body>\n</html>'
)


# --------------------------------------------------------------------------------------- generators
def loop_word_stutter(rng, rec, lang, ctx):
    out = rec["output"]
    if len(out) < 60:
        return None
    prefix = out[: int(len(out) * rng.uniform(0.3, 0.6))]
    word = rng.choice(STUTTER[lang])
    sep = "" if lang == "zh" else " "
    return {"output": prefix.rstrip() + sep + sep.join([word] * rng.randint(30, 80))}


def loop_sentence_x20(rng, rec, lang, ctx):
    sents = tu.sentences(rec["output"], lang)
    if not sents:
        return None
    s = rng.choice(sents)
    sep = rng.choice([" ", "\n"]) if lang == "en" else rng.choice(["", "\n"])
    return {"output": sep.join([s] * rng.randint(15, 25))}


def loop_paragraph_x5(rng, rec, lang, ctx):
    paras = tu.paragraphs(rec["output"])
    if not paras or len(paras[0]) < 40:
        return None
    return {"output": "\n\n".join([paras[0]] * rng.randint(4, 6))}


def loop_list_item_forever(rng, rec, lang, ctx):
    items = tu.list_items(rec["output"]) or tu.sentences(rec["output"], lang)
    if len(items) < 2:
        return None
    k = rng.randint(2, min(5, len(items)))
    head = items[:k]
    out = [f"{i + 1}. {t}" for i, t in enumerate(head)]
    out += [f"{i + 1}. {head[-1]}" for i in range(k, k + rng.randint(20, 40))]
    return {"output": "\n".join(out)}


def trunc_mid_word(rng, rec, lang, ctx):
    out = rec["output"]
    if len(out) < 80:
        return None
    for _ in range(20):
        pos = int(len(out) * rng.uniform(0.25, 0.75))
        if lang == "en" and out[pos - 1].isalpha() and out[pos].isalpha():
            return {"output": out[:pos]}
        if lang == "zh" and tu.CJK.match(out[pos - 1]) and tu.CJK.match(out[pos]):
            return {"output": out[:pos]}
    return None


def trunc_mid_code(rng, rec, lang, ctx):
    out = rec["output"]
    if not tu.is_code(out) or len(out) < 80:
        return None
    pos = int(len(out) * rng.uniform(0.3, 0.7))
    return {"output": out[:pos]}


def mojibake_cp1252(rng, rec, lang, ctx):
    out = rec["output"]
    if lang == "en":
        out = tu.smarten(out)
        if sum(1 for c in out if ord(c) > 127) < 3:
            return None
        return {"output": out.encode("utf-8").decode("cp1252", errors="replace")}
    return {"output": out.encode("utf-8").decode("latin-1")}


def boiler_cookie(rng, rec, lang, ctx):
    return {"output": rng.choice(COOKIE[lang])}


def boiler_refusal(rng, rec, lang, ctx):
    return {"output": rng.choice(REFUSAL[lang]).format(verb=rng.choice(REFUSAL_VERB[lang]))}


def boiler_nav(rng, rec, lang, ctx):
    return {"output": rng.choice(NAV[lang])}


def spam_ad_appended(rng, rec, lang, ctx):
    return {"output": rec["output"].rstrip() + "\n\n" + rng.choice(AD_TAIL[lang])}


def spam_whole(rng, rec, lang, ctx):
    return {"output": rng.choice(SPAM_WHOLE[lang])}


def mash_homerow(rng, rec, lang, ctx):
    chunks = []
    for _ in range(rng.randint(3, 10)):
        start = rng.randint(0, 5)
        chunks.append(HOMEROW[start : start + rng.randint(3, 5)] * rng.randint(1, 3))
    return {"output": " ".join(chunks)}


def echo_instruction(rng, rec, lang, ctx):
    ins = rec["instruction"].strip()
    return {"output": ins} if ins else None


def wrong_language(rng, rec, lang, ctx):
    other = ctx.other_language_output(lang)
    return {"output": other} if other else None


def empty(rng, rec, lang, ctx):
    return {"output": rng.choice(EMPTY[lang])}


def html_page(rng, rec, lang, ctx):
    sents = tu.sentences(rec["output"], lang)
    body = sents[0] if sents else rec["output"][:120]
    labels = {
        "en": ("Home", "News", "&copy; 2021 Example Inc. All rights reserved."),
        "zh": ("首页", "新闻", "版权所有 &copy; 2021 示例公司"),
    }[lang]
    return {
        "output": HTML_HEAD.format(
            lang=lang,
            title=rec["instruction"][:40].replace("<", ""),
            home=labels[0],
            news=labels[1],
            body=body,
            footer=labels[2],
        )
    }


# (name, junk_kind, function); every generator works for both languages
GENERATORS = [
    ("loop_word_stutter", "loop", loop_word_stutter),
    ("loop_sentence_x20", "loop", loop_sentence_x20),
    ("loop_paragraph_x5", "loop", loop_paragraph_x5),
    ("loop_list_item_forever", "loop", loop_list_item_forever),
    ("trunc_mid_word", "truncated", trunc_mid_word),
    ("trunc_mid_code", "truncated", trunc_mid_code),
    ("mojibake_cp1252", "mojibake", mojibake_cp1252),
    ("boiler_cookie", "boilerplate", boiler_cookie),
    ("boiler_refusal", "boilerplate", boiler_refusal),
    ("boiler_nav", "boilerplate", boiler_nav),
    ("spam_ad_appended", "spam", spam_ad_appended),
    ("spam_whole", "spam", spam_whole),
    ("mash_homerow", "keyboard_mash", mash_homerow),
    ("echo_instruction", "echo", echo_instruction),
    ("wrong_language", "wrong_script", wrong_language),
    ("empty", "empty", empty),
    ("html_page", "markup_dump", html_page),
]
