"""Junk generators of the sixth held-out part (heldout6), written blind to the clean filters.

Each generator is ``fn(rng, rec, lang, ctx) -> dict | None``: it corrupts one real base record
(``rec`` has instruction, input, output) and returns the changed fields (only ``output``), or None
when the base record does not suit it (generate.py then tries the next base record).  Every wording
here is new and written as by another author: junk as it turns up in instruction data at scale from
distilling a reasoning model, scraping Q&A sites and forums, crowd-sourced answers, OCR of scanned
pages, machine-translation jobs and exported chat logs.  It was written without reading the clean
stage, its config, features.py or any earlier part's templates (only the kind tables of
bench/clean_eval/README.md, to avoid repeating them).  The good look-alikes live in good_heldout6.py.
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
"""Junk records per language (40 per kind)."""

CJK = re.compile(r"[\u4e00-\u9fff]")
LANGUAGE_TASK = re.compile(
    r"translat|language|spanish|french|german|italian|japanese|korean|chinese|english|leet|script|alphabet|"
    r"翻译|译成|语言|英文|英语|日语|韩语|法语|德语|文字",
    re.I,
)


def _topic(rec: Rec, n: int = 60) -> str:
    t = rec["instruction"].strip().split("\n")[0]
    return re.sub(r"[\s.?!。？！:：]+$", "", t[:n])


def _first(rec: Rec, lang: str) -> str:
    s = textutil.sentences(rec["output"], lang)
    return s[0] if s else ""


def _o(text: str) -> dict[str, str]:
    return {"output": text}


# ---------------------------------------------------------------------------------------------- loop


def loop_self_correction(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A distilled reasoning trace that keeps second-guessing itself and never gets past one sentence."""
    first = _first(rec, lang)
    if not first:
        return None
    if lang == "en":
        doubts = ["Wait, let me reconsider.", "Hmm, actually, let me double-check that.", "No, wait."]
    else:
        doubts = ["等等，让我再想一想。", "嗯，不对，我再检查一下。", "等一下，重新考虑。"]
    doubt = rng.choice(doubts)
    sep = " " if lang == "en" else ""
    n = rng.randint(9, 18)
    return _o(sep.join(f"{first}{sep}{doubt}" for _ in range(n)))


def loop_ocr_running_head(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """An OCR'd book whose running head and page number come back after every line of text."""
    sents = textutil.sentences(rec["output"], lang)
    if len(sents) < 2:
        return None
    title = _topic(rec, 30).upper() if lang == "en" else _topic(rec, 14)
    page = rng.randint(12, 240)
    out = []
    for k, s in enumerate(sents * rng.randint(3, 5)):
        out.append(f"{title}    {page + k}" if lang == "en" else f"{title}  · 第{page + k}页 ·")
        out.append(s)
    return _o("\n".join(out))


def loop_chat_resend(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A chat-log export in which a flaky client re-sent the same message on every reconnect."""
    first = _first(rec, lang)
    if not first:
        return None
    h, m = rng.randint(8, 22), rng.randint(0, 50)
    who = rng.choice(["bot", "assistant", "Agent"]) if lang == "en" else rng.choice(["客服", "小助手", "机器人"])
    n = rng.randint(6, 12)
    lines = [f"[{h:02d}:{m + k // 4:02d}] {who}: {first}" for k in range(n)]
    return _o("\n".join(lines))


# ----------------------------------------------------------------------------------------- truncated


def trunc_think_cut(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A reasoning model hit max_tokens inside its thinking block: no closing tag, no answer."""
    first = _first(rec, lang)
    if not first:
        return None
    words = first.split() if lang == "en" else list(first)
    cut = words[: max(3, len(words) * 2 // 3)]
    if lang == "en":
        head = rng.choice(["Okay, the user wants", "Alright, so the question is", "Let me think about"])
        return _o(f"<think>\n{head} {_topic(rec, 120).lower()}. Let me start. " + " ".join(cut))
    head = rng.choice(["好的，用户想知道", "嗯，这个问题是", "我先想一想"])
    return _o(f"<think>\n{head}{_topic(rec, 60)}。先从头分析。" + "".join(cut))


def trunc_split_message(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A chat answer split into numbered parts of which only the first was exported."""
    out = rec["output"].strip()
    if len(out) < (120 if lang == "en" else 60):
        return None
    cut = out[: len(out) // rng.randint(3, 4)]
    n = rng.randint(2, 4)
    return _o(f"{cut} (1/{n})" if lang == "en" else f"{cut}（1/{n}）")


def trunc_page_bottom(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A scanned answer that stops at the foot of the first page, footer and all."""
    out = rec["output"].strip()
    if len(out) < (100 if lang == "en" else 50):
        return None
    cut = out[: rng.randint(len(out) // 3, len(out) // 2)].rstrip()
    total = rng.randint(2, 6)
    return _o(
        f"{cut}\n\n— 1 —"
        if rng.random() < 0.5
        else f"{cut}\n\nPage 1 of {total}"
        if lang == "en"
        else f"{cut}\n\n第 1 页 共 {total} 页"
    )


# ------------------------------------------------------------------------------------------ mojibake


def _needs_change(out: str, new: str) -> dict[str, str] | None:
    return None if new == out else _o(new)


def moji_utf16_misread(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """UTF-8 bytes decoded as UTF-16LE: everything turns into unrelated CJK-looking characters."""
    raw = rec["output"].encode("utf-8")
    if len(raw) % 2:
        raw += b" "
    return _o(raw.decode("utf-16-le", errors="replace"))


def moji_cp1255(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """UTF-8 read as Windows-1255 (Hebrew): `’` becomes `ג€™`, hanzi become Hebrew letters and signs."""
    out = textutil.smarten(rec["output"]) if lang == "en" else rec["output"]
    return _needs_change(rec["output"], out.encode("utf-8").decode("cp1255", errors="replace"))


def moji_ebcdic(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A mainframe export: UTF-8 bytes read as EBCDIC code page 500."""
    return _o(rec["output"].encode("utf-8").decode("cp500"))


def moji_latin2(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """UTF-8 hanzi read as ISO-8859-2 (Central European): `中` becomes `ä¸­` with Latin-2 letters (zh)."""
    if not CJK.search(rec["output"]):
        return None
    return _o(rec["output"].encode("utf-8").decode("iso8859_2", errors="replace"))


# --------------------------------------------------------------------------------------- boilerplate


def boiler_judge_verdict(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """Distillation gone wrong: the grader model's verdict stored instead of the answer."""
    if re.search(r"rate|score|grade|evaluat|评分|打分|评价", rec["instruction"], re.I):
        return None
    s = rng.randint(6, 10)
    if lang == "en":
        return _o(
            rng.choice(
                [
                    f"Rating: {s}/10\nThe response is relevant, accurate and well organised.",
                    f"[[{s}]]",
                    f"Score: {s}. Helpfulness: high. Harmlessness: pass. Verdict: Assistant A is better.",
                ]
            )
        )
    return _o(
        rng.choice(
            [
                f"评分：{s}/10\n该回答切题、准确、条理清晰。",
                f"[[{s}]]",
                f"得分：{s}分。有用性：高；安全性：通过。结论：A 更好。",
            ]
        )
    )


def boiler_qa_meta(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A scraped Q&A page where only the question's status line made it into the answer field."""
    a, v = rng.randint(0, 14), rng.randint(120, 98000)
    if lang == "en":
        return _o(
            rng.choice(
                [
                    f"Closed. This question needs details or clarity. It is not currently accepting answers.\n{a} answers · {v:,} views",
                    f"Marked as duplicate by moderators. {v:,} views",
                    f"This question was migrated from another site. Asked 4 years ago · Viewed {v:,} times",
                ]
            )
        )
    return _o(
        rng.choice(
            [
                f"该问题已被关闭，原因：与站点主题无关。\n{a} 个回答 · 浏览 {v} 次",
                f"问题已合并到相似问题 · 关注者 {a} · 被浏览 {v}",
                f"这个问题还没有被回答，邀请更多人回答 · {v} 人浏览",
            ]
        )
    )


def boiler_chat_system(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A chat export whose reply turn holds only system events."""
    if lang == "en":
        lines = [
            "*** Agent has joined the chat ***",
            "The customer has been idle for 5 minutes.",
            "Chat transferred to queue 2.",
            "*** Session ended ***",
            "You are now chatting with Support.",
        ]
    else:
        lines = [
            "【系统消息】客服已接入",
            "对方撤回了一条消息",
            "对方正在输入…",
            "会话已超时自动结束",
            "您已被转接至人工客服",
        ]
    return _o("\n".join(rng.sample(lines, rng.randint(2, 4))))


def boiler_scanner_mark(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """OCR of a scanned page that kept only the scanner app's watermark."""
    if lang == "en":
        return _o(rng.choice(["Scanned with CamScanner", "Scanned by TapScanner", "Created with Adobe Scan\nPage 1"]))
    return _o(rng.choice(["扫描全能王 创建", "由 扫描全能王 扫描创建", "此文档由 夸克扫描王 生成\n第1页"]))


def boiler_mt_quota(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A machine-translation job that stored the service's quota notice as the text."""
    if lang == "en":
        return _o(
            rng.choice(
                [
                    "MYMEMORY WARNING: YOU USED ALL AVAILABLE FREE TRANSLATIONS FOR TODAY.",
                    "Translation limit exceeded. Upgrade to Pro to translate documents longer than 5,000 characters.",
                    "QUERY LENGTH LIMIT EXCEEDED. MAX ALLOWED QUERY : 500 CHARS",
                ]
            )
        )
    return _o(
        rng.choice(
            [
                "今日免费翻译额度已用完，请明天再试或升级会员。",
                "翻译失败：文本长度超过5000字符限制。",
                "该内容暂不支持翻译",
            ]
        )
    )


# ---------------------------------------------------------------------------------------------- spam


def _spam(rng: random.Random, rec: Rec, lang: str, pitch: str) -> dict[str, str]:
    if rng.random() < 0.5:
        return _o(pitch)
    return _o(rec["output"].rstrip() + "\n\n" + pitch)


def spam_course(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    if lang == "en":
        p = rng.choice(
            [
                "Want to master this in 7 days? Join my masterclass — 80% off today only: bit.ly/master-7day",
                "This answer is a preview. The full lesson is in our premium course. Enroll now and get a certificate!",
            ]
        )
    else:
        p = rng.choice(
            [
                "想系统学习？加入我的知识星球，前100名立减50元！搜索：干货学堂",
                "完整课程请购买付费专栏，原价199现价9.9，限时三天！",
            ]
        )
    return _spam(rng, rec, lang, p)


def spam_stock_tips(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    if lang == "en":
        p = rng.choice(
            [
                "Tired of losing money? Our forex signals made 312% last month. DM 'SIGNAL' on Telegram @fxprofitking",
                "Next 100x coin launching this week!!! Early whitelist here → t.me/moonpump_vip",
            ]
        )
    else:
        p = rng.choice(
            [
                "【牛股内参】明日涨停股免费领，加老师微信：gupiao8888",
                "跟着老师炒股，一个月翻倍不是梦！进群领取今日金股，名额有限。",
            ]
        )
    return _spam(rng, rec, lang, p)


def spam_app_install(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    if lang == "en":
        p = rng.choice(
            [
                "Open in app to see the full answer. Download AnswerHub from the App Store — it's free!",
                "Get 3 months free: install our app and use code WELCOME3 at checkout.",
            ]
        )
    else:
        p = rng.choice(
            [
                "打开App查看完整回答 >>",
                "下载知了App，新人注册即送88元红包，提现秒到账！",
                "APP内查看更多精彩回答，立即下载",
            ]
        )
    return _spam(rng, rec, lang, p)


def spam_job_scam(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    if lang == "en":
        p = rng.choice(
            [
                "I earn $480 a day working from home on my laptop. No experience needed. Check it out: homejobs-daily.example",
                "Hiring now! Simple typing tasks, paid daily via PayPal. Message me for details.",
            ]
        )
    else:
        p = rng.choice(
            [
                "招聘兼职打字员，在家可做，日结200-500元，有意者加QQ：2783341906",
                "宝妈学生党兼职，手机就能做，一单一结，不收任何费用！",
            ]
        )
    return _spam(rng, rec, lang, p)


# ------------------------------------------------------------------------------------- keyboard_mash


def mash_mobile_keysmash(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A phone keysmash as people type it in chats (home-row letters, one hand, mixed case)."""
    letters = "asdfghjklsjdhfk" if lang == "en" else "jdjskdhsjajs"
    n = rng.randint(3, 6)
    words = ["".join(rng.choice(letters) for _ in range(rng.randint(6, 14))) for _ in range(n)]
    if rng.random() < 0.4:
        words = [w.upper() for w in words]
    return _o(" ".join(words))


def mash_ocr_specks(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """OCR of a blank or stained page: specks read as punctuation and stray letters."""
    specks = [".", ",", "'", "-", "~", "·", ":", ";", "_", "`", "i", "l", "1", "'", "—", "r"]
    lines = [
        " ".join("".join(rng.choice(specks) for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(4, 10)))
        for _ in range(rng.randint(3, 7))
    ]
    return _o("\n".join(lines))


def mash_stroke_radicals(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A stroke-input (笔画) keyboard mashed: strokes and radicals with no characters built (zh)."""
    parts = "一丨丿丶乙亅乛冖亠冂凵匚卩厶廾彡彳"
    return _o("".join(rng.choice(parts) for _ in range(rng.randint(18, 40))))


def mash_t9_digits(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """An old phone's multi-tap keys pressed at random: digit groups of one key each (en)."""
    groups = [str(rng.randint(2, 9)) * rng.randint(1, 4) for _ in range(rng.randint(10, 22))]
    return _o(" ".join(groups))


# ---------------------------------------------------------------------------------------------- echo


def echo_user_wants(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A distilled trace that only restates, in the third person, what the user asked."""
    t = _topic(rec, 200)
    if len(t) < 8:
        return None
    if lang == "en":
        return _o(f"The user is asking me to {t[0].lower()}{t[1:]}. I need to respond to this request.")
    return _o(f"用户的问题是：“{t}”。我需要回答这个问题。")


def echo_same_question(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A forum reply that quotes the question and adds only "same here"."""
    t = _topic(rec, 200)
    if len(t) < 8:
        return None
    if lang == "en":
        tail = rng.choice(
            ["+1, same problem here.", "Did you ever find an answer to this?", "Bump. I have the same question."]
        )
    else:
        tail = rng.choice(["同问", "+1，我也想知道", "楼主解决了吗？求告知"])
    return _o(f"> {t}\n\n{tail}")


def echo_re_subject(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A mail or ticket export where the reply holds only its subject line."""
    t = _topic(rec, 200)
    if len(t) < 8:
        return None
    pre = rng.choice(["Re: ", "RE: ", "Fwd: Re: "]) if lang == "en" else rng.choice(["回复：", "Re: ", "答复: "])
    return _o(pre + t)


# --------------------------------------------------------------------------------------------- empty


def empty_deleted(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A scraped thread whose answer had been deleted or removed."""
    if lang == "en":
        return _o(
            rng.choice(
                ["[deleted]", "[removed]", "This answer was deleted by its author.", "[comment removed by moderator]"]
            )
        )
    return _o(rng.choice(["该回答已被删除", "此内容已被作者删除", "该评论因违规已被删除", "[已删除]"]))


def empty_media(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A chat export in which the reply was an attachment the export left out."""
    if re.search(r"image|photo|picture|图片|照片", rec["instruction"], re.I):
        return None
    if lang == "en":
        return _o(
            rng.choice(["<Media omitted>", "[image]", "[voice message 0:14]", "[sticker]", "<attached: document.pdf>"])
        )
    return _o(rng.choice(["[图片]", "[语音] 12″", "[动画表情]", "[文件] 资料.docx", "[视频]"]))


def empty_blank_page(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """OCR of a page with nothing on it."""
    if lang == "en":
        return _o(
            rng.choice(["This page intentionally left blank.", "[illegible]", "[blank page]", "[no text detected]"])
        )
    return _o(rng.choice(["（此页无正文）", "[无法识别]", "本页空白", "[未检测到文字]"]))


# --------------------------------------------------------------------------------------- markup_dump


def markup_hocr(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """An OCR engine's hOCR output for the first line, word boxes and confidences included."""
    first = _first(rec, lang)
    if not first:
        return None
    toks = first.split()[:8] if lang == "en" else textutil.cjk_chunks(first, 2)[:8]
    if not toks:
        return None
    x = rng.randint(40, 120)
    spans = []
    for k, w in enumerate(toks):
        w0 = x + 10
        x = w0 + 12 * len(w) + rng.randint(0, 9)
        spans.append(
            f"<span class='ocrx_word' id='word_1_{k + 1}' title='bbox {w0} 88 {x} 112; x_wconf {rng.randint(61, 97)}'>{w}</span>"
        )
    return _o(
        "<div class='ocr_page' id='page_1' title='image \"scan_0001.png\"; bbox 0 0 2480 3508'>\n"
        "<span class='ocr_line' id='line_1_1' title='bbox 40 88 2000 112'>" + " ".join(spans) + "</span>\n</div>"
    )


def markup_xliff(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A machine-translation job's XLIFF file with the target left empty."""
    first = _first(rec, lang)
    if not first:
        return None
    src, tgt = ("en", rng.choice(["zh-CN", "de", "fr"])) if lang == "en" else ("zh-CN", rng.choice(["en", "ja"]))
    return _o(
        '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n'
        f'  <file source-language="{src}" target-language="{tgt}" datatype="plaintext" original="answer.txt">\n'
        f'    <body>\n      <trans-unit id="{rng.randint(1, 900)}">\n        <source>{first}</source>\n'
        '        <target state="needs-translation"/>\n      </trans-unit>\n    </body>\n  </file>\n</xliff>'
    )


def markup_slack_export(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A chat workspace's JSON export of the thread: the question and a reaction, no answer."""
    t = _topic(rec, 120).replace('"', "'")
    ts = rng.randint(1_500_000_000, 1_700_000_000)
    return _o(
        "[\n"
        f'  {{"type": "message", "user": "U0{rng.randint(1000000, 9999999)}", "text": "{t}", "ts": "{ts}.000{rng.randint(100, 999)}"}},\n'
        f'  {{"type": "message", "subtype": "channel_join", "user": "U0{rng.randint(1000000, 9999999)}", "text": "has joined the channel", "ts": "{ts + 61}.000200"}},\n'
        f'  {{"type": "reaction_added", "reaction": "eyes", "ts": "{ts + 95}.000300"}}\n]'
    )


def markup_srt(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A scraped video page's subtitle file: the title and sound cues, no content."""
    t = _topic(rec, 80)
    cues = (
        ["[Music]", "[Applause]", "[Music]", "[Laughter]"] if lang == "en" else ["[音乐]", "[掌声]", "[音乐]", "[笑声]"]
    )
    out, s = [], rng.randint(0, 5)
    for k, c in enumerate([t, *rng.sample(cues, 3)]):
        e = s + rng.randint(2, 6)
        out.append(
            f"{k + 1}\n00:00:{s:02d},{rng.randint(0, 999):03d} --> 00:00:{e:02d},{rng.randint(0, 999):03d}\n{c}\n"
        )
        s = e + 1
    return _o("\n".join(out).rstrip())


# -------------------------------------------------------------------------------------- wrong_script

LATIN_LANGS = [
    "Ini pertanyaan yang bagus. Jawabannya tergantung pada situasi dan tujuan Anda.",
    "To dobre pytanie. Odpowiedź zależy od sytuacji i twoich celów.",
    "Bu iyi bir soru. Cevap duruma ve amacınıza bağlıdır.",
    "Hili ni swali zuri. Jibu linategemea hali na malengo yako.",
    "Magandang tanong ito. Ang sagot ay depende sa sitwasyon at sa iyong layunin.",
    "Ez egy jó kérdés. A válasz a helyzettől és a céljaidtól függ.",
    "Tämä on hyvä kysymys. Vastaus riippuu tilanteesta ja tavoitteistasi.",
]
RARE_SCRIPTS = [
    "ਇਹ ਇੱਕ ਵਧੀਆ ਸਵਾਲ ਹੈ। ਜਵਾਬ ਹਾਲਾਤ ਉੱਤੇ ਨਿਰਭਰ ਕਰਦਾ ਹੈ।",
    "ଏହା ଏକ ଭଲ ପ୍ରଶ୍ନ। ଉତ୍ତର ପରିସ୍ଥିତି ଉପରେ ନିର୍ଭର କରେ।",
    "މިއީ ރަނގަޅު ސުވާލެކެވެ.",
    "ⴰⵣⵓⵍ ⴼⵍⵍⴰⵡⵏ ⵜⴰⵏⵎⵎⵉⵔⵜ",
    "ᎣᏏᏲ ᏙᎯᏧ ᏩᏙ",
    "ꆈꌠ ꉙ ꀕ ꌐ ꅉ",
]


def _no_language_task(rec: Rec) -> bool:
    return not LANGUAGE_TASK.search(rec["instruction"] + " " + rec["input"])


def wrong_latin_language(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A machine-translation step with the wrong target: a generic reply in another Latin-script language."""
    if not _no_language_task(rec):
        return None
    return _o(rng.choice(LATIN_LANGS))


def wrong_rare_script(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A generic reply in Gurmukhi, Odia, Thaana, Tifinagh, Cherokee or Yi."""
    if not _no_language_task(rec):
        return None
    return _o(rng.choice(RARE_SCRIPTS))


LEET = str.maketrans(
    {
        "a": "4",
        "e": "3",
        "i": "1",
        "o": "0",
        "s": "5",
        "t": "7",
        "A": "4",
        "E": "3",
        "I": "1",
        "O": "0",
        "S": "5",
        "T": "7",
    }
)


def wrong_leetspeak(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """The English answer run through a leetspeak filter nobody asked for (en)."""
    if not _no_language_task(rec) or textutil.is_code(rec["output"]):
        return None
    return _needs_change(rec["output"], rec["output"].translate(LEET))


GENERATORS: list[tuple[str, str, Gen]] = [
    ("h6_loop_self_correction", "loop", loop_self_correction),
    ("h6_loop_ocr_running_head", "loop", loop_ocr_running_head),
    ("h6_loop_chat_resend", "loop", loop_chat_resend),
    ("h6_trunc_think_cut", "truncated", trunc_think_cut),
    ("h6_trunc_split_message", "truncated", trunc_split_message),
    ("h6_trunc_page_bottom", "truncated", trunc_page_bottom),
    ("h6_moji_utf16_misread", "mojibake", moji_utf16_misread),
    ("h6_moji_cp1255", "mojibake", moji_cp1255),
    ("h6_moji_ebcdic", "mojibake", moji_ebcdic),
    ("h6_moji_latin2", "mojibake", moji_latin2),
    ("h6_boiler_judge_verdict", "boilerplate", boiler_judge_verdict),
    ("h6_boiler_qa_meta", "boilerplate", boiler_qa_meta),
    ("h6_boiler_chat_system", "boilerplate", boiler_chat_system),
    ("h6_boiler_scanner_mark", "boilerplate", boiler_scanner_mark),
    ("h6_boiler_mt_quota", "boilerplate", boiler_mt_quota),
    ("h6_spam_course", "spam", spam_course),
    ("h6_spam_stock_tips", "spam", spam_stock_tips),
    ("h6_spam_app_install", "spam", spam_app_install),
    ("h6_spam_job_scam", "spam", spam_job_scam),
    ("h6_mash_mobile_keysmash", "keyboard_mash", mash_mobile_keysmash),
    ("h6_mash_ocr_specks", "keyboard_mash", mash_ocr_specks),
    ("h6_mash_stroke_radicals", "keyboard_mash", mash_stroke_radicals),
    ("h6_mash_t9_digits", "keyboard_mash", mash_t9_digits),
    ("h6_echo_user_wants", "echo", echo_user_wants),
    ("h6_echo_same_question", "echo", echo_same_question),
    ("h6_echo_re_subject", "echo", echo_re_subject),
    ("h6_empty_deleted", "empty", empty_deleted),
    ("h6_empty_media", "empty", empty_media),
    ("h6_empty_blank_page", "empty", empty_blank_page),
    ("h6_markup_hocr", "markup_dump", markup_hocr),
    ("h6_markup_xliff", "markup_dump", markup_xliff),
    ("h6_markup_slack_export", "markup_dump", markup_slack_export),
    ("h6_markup_srt", "markup_dump", markup_srt),
    ("h6_wrong_latin_language", "wrong_script", wrong_latin_language),
    ("h6_wrong_rare_script", "wrong_script", wrong_rare_script),
    ("h6_wrong_leetspeak", "wrong_script", wrong_leetspeak),
]
"""(name, kind, generator) for every junk template of heldout6."""

ONLY_LANG = {
    "h6_moji_latin2": "zh",
    "h6_mash_stroke_radicals": "zh",
    "h6_mash_t9_digits": "en",
    "h6_wrong_leetspeak": "en",
}
"""Generators that apply to one language only (generate.py picks among the others for the other language)."""
