"""Junk generators for the HELDOUT part.  Do not read this file while designing or tuning filters.

Same junk kinds as templates_dev.py, built by different mechanisms and with different wordings, so that
a filter tuned on dev is tested on junk it has not seen: two-sentence cycles instead of one repeated
sentence, numbered-step loops, phrase stutters and near-duplicate paraphrase loops; truncation at clause
boundaries and list markers; GBK and double-encoding mojibake and replacement characters; consent
dialogs, assistant disclaimers and page chrome; keyword stuffing and ads inserted mid-answer; character
floods; prompt echoes; placeholder answers; JSON/wiki markup dumps; transliteration into another script.
"""

from __future__ import annotations

import re

import textutil as tu

# ----------------------------------------------------------------------------------------- wordings
CONSENT = {
    "en": [
        "Your privacy matters to us. We and our 142 partners store and/or access information on your device "
        "to personalise content and measure performance.\n[Manage preferences]  [Reject all]  [Accept all]",
        "By clicking \u201cAllow all\u201d, you consent to the storing of tracking technologies on your device for "
        "analytics and marketing purposes.\nAllow all / Necessary only / Settings",
    ],
    "zh": [
        "温馨提示：为了给您提供更好的服务，本站会使用必要的Cookies以及第三方统计工具。点击“同意并继续”即视为您已阅读并同意《隐私政策》。\n【同意并继续】【管理偏好】",
        "隐私保护指引：我们非常重视您的个人信息保护，请您仔细阅读《用户协议》与《隐私政策》后再继续使用。\n不同意  同意",
    ],
}
DISCLAIMER = {
    "en": [
        "I'm sorry, but I'm not able to help with that request.",
        "Unfortunately, as a text-based assistant, I don't have the capability to do this. You may want to "
        "consult a qualified professional.",
        "I apologize, but I can't provide a response to this. Please try rephrasing your question.",
    ],
    "zh": [
        "很抱歉，我只是一个文字助手，无法完成这个请求。",
        "对不起，这超出了我的能力范围，建议您咨询相关专业人士。",
        "非常抱歉，我暂时无法回答该问题，请换个问法再试试。",
    ],
}
CHROME = {
    "en": [
        "Skip to main content\nHome \u203a News \u203a Article\nShare: Facebook Twitter LinkedIn Email\n"
        "\u00a9 2021 ExampleCorp. All rights reserved. Privacy Policy | Terms of Use | Sitemap",
        "Related posts\n\u2022 Previous: Top 10 tips\n\u2022 Next: Weekly roundup\nLeave a comment\n"
        "Posted in Uncategorized | Tagged news, update",
    ],
    "zh": [
        "您当前的位置：首页 > 新闻中心 > 正文\n分享到：微博 微信 QQ空间\n版权所有 © 2020 某某网 京ICP备12345678号",
        "上一篇：暂无\n下一篇：暂无\n相关阅读\n责任编辑：小王\n【打印本页】【关闭窗口】",
    ],
}
AD_INSERT = {
    "en": [
        "[Sponsored] Earn $500/day from home \u2192 bit.ly/3xEarnNow",
        "*** Special promo: use code SAVE70 at checkout \u2013 t.co/promo70 ***",
    ],
    "zh": [
        "【广告】扫码关注公众号「学习宝典」，回复 1 领取全套资料",
        "（推广）点击链接 http://t.cn/A6xYz9 抢购限时特价",
    ],
}
SEO = {
    "en": ["best {k}", "cheap {k}", "{k} online", "{k} 2023", "buy {k}", "{k} near me", "top {k} deals"],
    "zh": ["{k}价格", "{k}多少钱", "{k}哪家好", "{k}排名", "{k}官网", "正品{k}", "{k}批发"],
}
FLOOD = {"en": ["g", "!", "?", "lol", "ha", "."], "zh": ["啊", "哈", "。", "？", "！", "呵"]}
TOPROW = "qwertyuiop"
PROMPT_ECHO = {"en": "Instruction: {ins}\nAnswer:", "zh": "问题：{ins}\n回答："}
PLACEHOLDER = {
    "en": ["null", "None", "[]", "{}", "TODO", "<nooutput>", "..."],
    "zh": ["null", "（空）", "暂无", "暂无回答", "（略）", "……", "[]"],
}
STEP = {"en": "Step {n}: {s}", "zh": "第{n}步：{s}"}
CLAUSE_CUT = {
    "en": re.compile(r"(, | and | but | because | which | that | or )"),
    "zh": re.compile(r"(，|、|但是|因为|以及|并且|而且)"),
}
# Latin -> Cyrillic look-alike transliteration
CYR = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", "абцдефгхийклмнопярстуввхызАБЦДЕФГХИЙКЛМНОПЯРСТУВВХЫЗ"
)


# --------------------------------------------------------------------------------------- generators
def loop_two_cycle(rng, rec, lang, ctx):
    sents = tu.sentences(rec["output"], lang)
    if len(sents) < 2:
        return None
    a, b = rng.sample(sents, 2)
    sep = "" if lang == "zh" else " "
    return {"output": sents[0] + sep + sep.join([a, b] * rng.randint(8, 15))}


def loop_numbered_steps(rng, rec, lang, ctx):
    sents = tu.sentences(rec["output"], lang)
    if not sents:
        return None
    s = rng.choice(sents)
    return {"output": "\n".join(STEP[lang].format(n=n, s=s) for n in range(1, rng.randint(18, 30)))}


def loop_phrase_stutter(rng, rec, lang, ctx):
    out = rec["output"]
    if len(out) < 80:
        return None
    prefix = out[: int(len(out) * rng.uniform(0.4, 0.8))].rstrip()
    if lang == "en":
        toks = prefix.split()
        if len(toks) < 6:
            return None
        phrase = " ".join(toks[-rng.randint(2, 4) :])
        return {"output": prefix + " " + " ".join([phrase] * rng.randint(20, 40))}
    tail = re.sub(r"[^\u4e00-\u9fff]", "", prefix)[-rng.randint(3, 6) :]
    if len(tail) < 3:
        return None
    return {"output": prefix + tail * rng.randint(20, 40)}


def loop_near_duplicate(rng, rec, lang, ctx):
    sents = tu.sentences(rec["output"], lang)
    if not sents:
        return None
    base = max(sents, key=len)
    pool = tu.words(rec["output"]) if lang == "en" else tu.cjk_chunks(rec["output"])
    slots = tu.words(base) if lang == "en" else tu.cjk_chunks(base)
    if len(set(pool)) < 4 or not slots:
        return None
    variants = []
    for _ in range(rng.randint(15, 30)):
        variants.append(base.replace(rng.choice(slots), rng.choice(pool), 1))
    sep = "" if lang == "zh" else "  ;  "
    return {"output": sep.join(variants)}


def trunc_at_clause(rng, rec, lang, ctx):
    out = rec["output"]
    cuts = [m.end() for m in CLAUSE_CUT[lang].finditer(out) if m.end() > len(out) * 0.4 and m.end() < len(out) - 10]
    if not cuts:
        return None
    return {"output": out[: rng.choice(cuts)].rstrip(" ")}


def trunc_at_list_marker(rng, rec, lang, ctx):
    out = rec["output"]
    marks = [m.start() for m in re.finditer(r"(?m)^\s*\d+[.)、]", out)][1:]
    if marks:
        pos = rng.choice(marks)
        m = re.match(r"\s*\d+[.)、]\s?", out[pos:])
        return {"output": out[: pos + m.end()]}
    colons = [m.end() for m in re.finditer(r"[:：]", out) if m.end() < len(out) - 20]
    return {"output": out[: colons[-1]]} if colons else None


def trunc_unclosed_block(rng, rec, lang, ctx):
    out = rec["output"]
    if not tu.is_code(out):
        return None
    ls = out.splitlines()
    if len(ls) < 5:
        return None
    keep = rng.randint(max(2, len(ls) // 3), len(ls) - 2)
    return {"output": "\n".join(ls[:keep])}


def mojibake_gbk_or_double(rng, rec, lang, ctx):
    out = rec["output"]
    if lang == "zh":
        return {"output": out.encode("utf-8").decode("gbk", errors="replace")}
    out = tu.smarten(out)
    if sum(1 for c in out if ord(c) > 127) < 3:
        return None
    once = out.encode("utf-8").decode("cp1252", errors="replace")
    return {"output": once.encode("utf-8").decode("cp1252", errors="replace")}


def mojibake_replacement(rng, rec, lang, ctx):
    out = rec["output"]
    if lang == "zh":
        chars = [
            ("锟斤拷" if rng.random() < 0.3 else "\ufffd") if tu.CJK.match(c) and rng.random() < 0.25 else c
            for c in out
        ]
        return {"output": "".join(chars)}
    ws = out.split(" ")
    if len(ws) < 8:
        return None
    for i in rng.sample(range(len(ws)), k=max(2, len(ws) // 5)):
        w = ws[i]
        if len(w) > 3:
            j = rng.randint(1, len(w) - 2)
            ws[i] = w[:j] + "\ufffd\ufffd" + w[j + 1 :]
    return {"output": " ".join(ws)}


def boiler_consent(rng, rec, lang, ctx):
    return {"output": rng.choice(CONSENT[lang])}


def boiler_disclaimer(rng, rec, lang, ctx):
    return {"output": rng.choice(DISCLAIMER[lang])}


def boiler_chrome(rng, rec, lang, ctx):
    return {"output": rng.choice(CHROME[lang])}


def spam_seo(rng, rec, lang, ctx):
    kws = tu.keywords(rec["instruction"], lang)
    if not kws:
        return None
    k = rng.choice(kws)
    return {"output": " ".join(rng.choice(SEO[lang]).format(k=k) for _ in range(rng.randint(12, 25)))}


def spam_ad_inserted(rng, rec, lang, ctx):
    paras = tu.paragraphs(rec["output"])
    ad = rng.choice(AD_INSERT[lang])
    if len(paras) >= 2:
        i = rng.randint(1, len(paras) - 1)
        return {"output": "\n\n".join([*paras[:i], ad, *paras[i:]])}
    return {"output": ad + "\n" + rec["output"]}


def mash_flood(rng, rec, lang, ctx):
    parts = [rng.choice(FLOOD[lang]) * rng.randint(8, 40) for _ in range(rng.randint(1, 3))]
    if rng.random() < 0.3:
        parts.append(TOPROW[: rng.randint(4, 10)])
    return {"output": " ".join(parts)}


def echo_prompt(rng, rec, lang, ctx):
    if rec["input"].strip():
        return {"output": rec["input"]}
    return {"output": PROMPT_ECHO[lang].format(ins=rec["instruction"].strip())}


def wrong_script_transliterate(rng, rec, lang, ctx):
    out = rec["output"]
    if lang == "en":
        return {"output": out.translate(CYR)}
    # each Han character -> a Hangul syllable (reads as Korean, means nothing)
    return {"output": "".join(chr(0xAC00 + (ord(c) * 7) % 11172) if tu.CJK.match(c) else c for c in out)}


def placeholder(rng, rec, lang, ctx):
    return {"output": rng.choice(PLACEHOLDER[lang])}


def markup_json_or_wiki(rng, rec, lang, ctx):
    sents = tu.sentences(rec["output"], lang) or [rec["output"][:100]]
    body = sents[0].replace('"', '\\"')
    if rng.random() < 0.5:
        return {
            "output": '{"code":200,"msg":"success","data":{"id":{id},"content":"&lt;p&gt;{body}&lt;/p&gt;",'
            '"tags":["{tag}"],"ts":1617181920}}'.replace("{id}", str(rng.randint(10000, 99999)))
            .replace("{tag}", "news" if lang == "en" else "资讯")
            .replace("{body}", body)
        }
    cat = "Articles" if lang == "en" else "条目"
    see = "See also" if lang == "en" else "参见"
    return {
        "output": f"{{{{Infobox\n| name = {rec['instruction'][:30]}\n| image = File:Example.jpg\n}}}}\n'''{body}'''"
        f"<ref>{{{{cite web|url=http://example.org|title=Source}}}}</ref>\n\n== {see} ==\n[[Category:{cat}]]"
    }


GENERATORS = [
    ("loop_two_cycle", "loop", loop_two_cycle),
    ("loop_numbered_steps", "loop", loop_numbered_steps),
    ("loop_phrase_stutter", "loop", loop_phrase_stutter),
    ("loop_near_duplicate", "loop", loop_near_duplicate),
    ("trunc_at_clause", "truncated", trunc_at_clause),
    ("trunc_at_list_marker", "truncated", trunc_at_list_marker),
    ("trunc_unclosed_block", "truncated", trunc_unclosed_block),
    ("mojibake_gbk_or_double", "mojibake", mojibake_gbk_or_double),
    ("mojibake_replacement", "mojibake", mojibake_replacement),
    ("boiler_consent", "boilerplate", boiler_consent),
    ("boiler_disclaimer", "boilerplate", boiler_disclaimer),
    ("boiler_chrome", "boilerplate", boiler_chrome),
    ("spam_seo", "spam", spam_seo),
    ("spam_ad_inserted", "spam", spam_ad_inserted),
    ("mash_flood", "keyboard_mash", mash_flood),
    ("echo_prompt", "echo", echo_prompt),
    ("wrong_script_transliterate", "wrong_script", wrong_script_transliterate),
    ("placeholder", "empty", placeholder),
    ("markup_json_or_wiki", "markup_dump", markup_json_or_wiki),
]
