"""Junk generators of the seventh held-out part (heldout7), written blind to the clean filters.

Each generator is ``fn(rng, rec, lang, ctx) -> dict | None``: it corrupts one real base record
(``rec`` has instruction, input, output) and returns the changed fields (only ``output``), or None
when the base record does not suit it (generate.py then tries the next base record).  Every wording
here is new and written as by another author: junk as new sources produce it, namely speech-to-text
transcripts, PDF text extraction, spreadsheet exports, broken tokenizers, preference-data (RLHF)
dumps, SEO content farms, customer-service chat-bot fallbacks, template engines and automated
translation.  It was written without reading the clean stage, its config, features.py or any earlier
part's templates (only the kind tables of bench/clean_eval/README.md, to avoid repeating them).
The good look-alikes live in good_heldout7.py.
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

LANGUAGE_TASK = re.compile(
    r"translat|language|english|chinese|dutch|portugu|italian|czech|welsh|icelandic|romanian|rune|runic|script|"
    r"alphabet|font|spell|翻译|译成|译为|语言|英文|英语|中文|汉语|文字|字体|火星文|繁体|拼音",
    re.I,
)


def _first(rec: Rec, lang: str) -> str:
    """The answer's first sentence (or its first line, or its first 120 characters)."""
    sents = textutil.sentences(rec["output"], lang)
    if sents:
        return sents[0]
    lines = textutil.lines(rec["output"])
    return (lines[0] if lines else rec["output"]).strip()[:120]


def _topic(rec: Rec, lang: str) -> str:
    """A short topic phrase taken from the instruction."""
    ins = rec["instruction"].strip().rstrip("?？。.!！")
    if lang == "zh":
        return ins[:14]
    return " ".join(ins.split()[:8])


def _asks(rec: Rec, pattern: str) -> bool:
    """Whether the task itself mentions ``pattern`` (then a template that would fit the request is skipped)."""
    return re.search(pattern, rec["instruction"] + " " + rec["input"], re.I) is not None


def _cut_words(text: str, share: float) -> str:
    """The text up to the last space before ``share`` of its length (mid-sentence for prose)."""
    pos = int(len(text) * share)
    cut = text.rfind(" ", 0, pos)
    return text[: cut if cut > 0 else pos].rstrip(" ,;:")


# ----------------------------------------------------------------------------------------------- loop


def loop_asr_segments(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """A speech-to-text model stuck on one segment: the same text with advancing timestamps."""
    if _asks(rec, r"transcri|subtitle|caption|timestamp|字幕|转写|时间戳"):
        return None
    first = _first(rec, lang)
    if len(first) < 12:
        return None
    t = rng.uniform(0, 20)
    rows = []
    for _ in range(rng.randint(8, 15)):
        d = rng.uniform(2.5, 5.5)
        rows.append(f"[{_ts(t)} --> {_ts(t + d)}]  {first}")
        t += d
    return {"output": "\n".join(rows)}


def _ts(sec: float) -> str:
    m, s = divmod(sec, 60)
    return f"{int(m):02d}:{s:06.3f}"


FALLBACK_EN = [
    "Sorry, I didn't get that. Could you say it another way?",
    "Hmm, I'm not sure I understood. Please try rephrasing your question.",
    "I didn't quite catch that. Can you rephrase?",
]
FALLBACK_ZH = [
    "抱歉，我没听懂您的意思，请换个说法再试试。",
    "不好意思，小助手暂时无法识别您的问题，请重新描述一下。",
    "对不起，没有理解您的问题，麻烦您再说一遍。",
]


def loop_bot_fallback(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """A support chat-bot's fallback line fired again and again on its own retries."""
    line = rng.choice(FALLBACK_EN if lang == "en" else FALLBACK_ZH)
    n = rng.randint(6, 12)
    lead = rng.choice(["", "Bot: ", "Assistant: "] if lang == "en" else ["", "机器人：", "智能客服："])
    return {"output": "\n".join(lead + line for _ in range(n))}


def loop_candidates(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """A preference-data dump that flattened every sampled candidate, all the same, into the answer."""
    out = rec["output"].strip()
    if len(out) > 900:
        return None
    n = rng.randint(4, 8)
    if lang == "en":
        labels = (
            [f"Response {chr(65 + i)}:" for i in range(n)]
            if rng.random() < 0.5
            else [f"Candidate {i + 1}:" for i in range(n)]
        )
    else:
        labels = (
            [f"回复{chr(65 + i)}：" for i in range(n)] if rng.random() < 0.5 else [f"候选{i + 1}：" for i in range(n)]
        )
    return {"output": "\n\n".join(f"{lab}\n{out}" for lab in labels)}


# ------------------------------------------------------------------------------------------ truncated


def trunc_asr_dropout(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """A dictated answer whose recording stopped: cut mid-sentence, then the transcriber's marker."""
    out = rec["output"].strip()
    if len(out) < 80:
        return None
    share = rng.uniform(0.3, 0.6)
    if lang == "en":
        head = _cut_words(out, share)
        mark = rng.choice(["[recording ended]", "[inaudible]", "[audio cut off]", "[connection lost]"])
    else:
        head = out[: int(len(out) * share)].rstrip("，。、；：,. ")
        mark = rng.choice(["（录音中断）", "[听不清]", "（音频结束）", "[信号中断]"])
    if len(head) < 20 or head.endswith((".", "。", "!", "?", "！", "？")):
        return None
    return {"output": f"{head} {mark}" if lang == "en" else f"{head}{mark}"}


def trunc_csv_comma(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """A spreadsheet export that did not quote the answer: only the text before its first comma survived."""
    out = rec["output"].strip()
    comma = "," if lang == "en" else "，"
    pos = out.find(comma)
    # most of a longer answer must be lost, so what is left cannot pass for a complete short answer
    if pos < (15 if lang == "en" else 6) or pos > len(out) * 0.4 or "\n" in out[:pos]:
        return None
    if len(textutil.sentences(out, lang)) < 3:
        return None
    return {"output": out[:pos]}


def trunc_sms_more(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """An SMS bot that sends the first sentence and asks the user to reply for the rest."""
    sents = textutil.sentences(rec["output"], lang)
    if len(sents) < 3:
        return None
    if lang == "en":
        tail = rng.choice(
            ["Reply MORE to continue.", "Text NEXT for the rest (std msg rates apply).", "(1 of 5) Reply M for more"]
        )
        return {"output": f"{sents[0]}\n{tail}"}
    tail = rng.choice(["回复“继续”查看剩余内容。", "回复1获取下一条", "【未完，回复M继续】"])
    return {"output": f"{sents[0]}\n{tail}"}


# ------------------------------------------------------------------------------------------- mojibake


def _gpt2_bytes() -> dict[int, str]:
    """Byte-level BPE's printable alphabet: printable Latin-1 bytes stay, the others move to U+0100 upwards."""
    keep = [*range(33, 127), *range(161, 173), *range(174, 256)]
    table = {b: chr(b) for b in keep}
    n = 0
    for b in range(256):
        if b not in table:
            table[b] = chr(256 + n)
            n += 1
    return table


BYTE_ALPHABET = _gpt2_bytes()


def byte_level(text: str) -> str:
    """Text as a byte-level BPE vocabulary shows it when the decoder step is skipped (`Ġ` for space)."""
    return "".join(BYTE_ALPHABET[b] for b in text.encode("utf-8"))


def moji_byte_bpe(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """A broken tokenizer round trip: byte-level BPE pieces written out undecoded."""
    return {"output": byte_level(rec["output"].strip())}


def moji_cp866(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """UTF-8 shown through a DOS Cyrillic console (code page 866)."""
    out = textutil.smarten(rec["output"]) if lang == "en" else rec["output"]
    if sum(not c.isascii() for c in out) < 2:
        return None
    return {"output": out.encode("utf-8").decode("cp866")}


def moji_cp1257(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """UTF-8 read as Windows-1257 (Baltic) after a web page's typographic quotes (en)."""
    out = textutil.smarten(rec["output"])
    if sum(not c.isascii() for c in out) < 2:
        return None
    return {"output": out.encode("utf-8").decode("cp1257", errors="replace")}


def moji_hz_raw(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """A zh answer left in HZ (7-bit GB2312 of old mail and Usenet), `~{...~}` shown as it is."""
    out = rec["output"]
    raw = out.encode("hz", errors="replace").decode("ascii")
    return {"output": raw} if "~{" in raw else None


def moji_eucjp(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """UTF-8 hanzi read as EUC-JP by a Japanese-locale PDF tool (zh)."""
    out = rec["output"]
    bad = out.encode("utf-8").decode("euc_jp", errors="replace")
    return {"output": bad} if bad != out else None


# ---------------------------------------------------------------------------------------- boilerplate


BOT_FALLBACK_EN = [
    "I'm your virtual assistant! I can help with orders, returns and delivery. What would you like to do?",
    "That's outside what I can help with here. Type AGENT to talk to a person, or choose a topic below.",
    "I'm still learning! For other questions please visit our Help Centre.",
]
BOT_FALLBACK_ZH = [
    "亲，这个问题小助手还在学习中哦~ 您可以试试问我：查询订单、退换货、物流进度。",
    "您好，我是智能客服，暂不支持该问题，输入“人工”转接人工客服。",
    "很抱歉，该问题超出了我的服务范围，请拨打客服热线或在工作时间留言。",
]


def boiler_bot_fallback(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """A customer-service bot's out-of-scope reply instead of an answer."""
    if _asks(rec, r"bot|customer|support|assistant|客服|机器人|助手|回复"):
        return None
    return {"output": rng.choice(BOT_FALLBACK_EN if lang == "en" else BOT_FALLBACK_ZH)}


SPIN_EN = [
    "{Great|Excellent|Awesome|Fantastic} {question|query}! {Here's|Here is} {what you need to know|everything you need|the answer}.",
    "{In this article|In this post|Today}, we {will|are going to} {look at|explore|cover} {this topic|the subject} "
    "{in detail|step by step}. {Keep reading|Read on|Stay tuned}!",
    "{Many people|Lots of readers|Everyone} {wonders|asks} about this. {Let's|Let us} {dive in|find out|take a look}!",
]
SPIN_ZH = [
    "{非常|特别|十分}{好的|不错的|有意思的}问题！{下面|以下|接下来}为您{详细|全面}{解答|介绍|说明}。",
    "{很多|不少|大部分}{朋友|网友|小伙伴}都{关心|想知道|问过}这个问题，{今天|本文|小编}就{带大家|来给大家}{了解一下|一探究竟}！",
    "{关于|针对}这个{话题|问题}，{请看|且看|一起来看}{下文|以下内容|小编的分析}{吧|哦}～",
]


def boiler_spintax(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """An SEO farm's article spinner template left unexpanded: {a|b|c} alternatives and no content."""
    if _asks(rec, r"spin|seo|template|placeholder|模板|伪原创"):
        return None
    n = rng.randint(1, 3)
    pool = SPIN_EN if lang == "en" else SPIN_ZH
    return {"output": (" " if lang == "en" else "").join(rng.sample(pool, n))}


def boiler_voice_web(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """A voice assistant's hand-off line: it found something on the web and says nothing of it."""
    if _asks(rec, r"voice|assistant|siri|alexa|search|语音|助手|搜索"):
        return None
    if lang == "en":
        line = rng.choice(
            [
                "Here's what I found on the web.",
                "I found this on the web. Take a look on your phone.",
                "Here are some results from the web. I've sent them to your app.",
                "Sorry, I can't help with that yet, but here's what I found online.",
            ]
        )
    else:
        line = rng.choice(
            [
                "我在网上为你找到了以下结果。",
                "这是我在网上找到的内容，请在手机上查看。",
                "已为您搜索到相关网页，请在App中查看。",
                "这个问题我还不会，不过我帮你在网上搜了一下。",
            ]
        )
    return {"output": line}


def boiler_pdf_protected(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """A PDF extractor's notice on a copy-protected or image-only file, kept as the answer."""
    if _asks(rec, r"pdf|document|error|message|notice|文档|提示|错误"):
        return None
    if lang == "en":
        line = rng.choice(
            [
                "This document is protected. Text extraction is not permitted by the author.",
                "Error: the PDF contains no extractable text (scanned image). Run OCR and try again.",
                "Copying content from this document has been disabled.",
                "Page 1 could not be extracted: encrypted stream.",
            ]
        )
    else:
        line = rng.choice(
            [
                "该文档已加密，作者禁止复制文字内容。",
                "提示：此PDF为扫描件，无法提取文字，请使用OCR识别后重试。",
                "本文档受版权保护，内容不可复制。",
                "第1页提取失败：加密数据流。",
            ]
        )
    return {"output": line}


# ----------------------------------------------------------------------------------------------- spam


def _attach(rng: random.Random, rec: Rec, lang: str, ad: str) -> str:
    """The ad alone, after the whole answer, or as a footer under a separator."""
    way = rng.random()
    if way < 0.4:
        return ad
    if way < 0.7:
        return rec["output"].rstrip() + "\n\n" + ad
    return rec["output"].rstrip() + "\n\n-----\n" + ad


def spam_related_searches(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """An SEO farm's block of related searches built from the topic."""
    kws = textutil.keywords(rec["instruction"], lang)[:4] or textutil.cjk_chunks(rec["instruction"], 4)[:3]
    if not kws:
        return None
    if lang == "en":
        mods = ["best", "near me", "2024", "cheap", "free download", "reddit", "pdf", "vs", "for beginners", "online"]
        items = [f"{rng.choice(kws)} {m}" for m in rng.sample(mods, rng.randint(5, 8))]
        site = rng.choice(["answerhub-top.info", "bestguide24.net", "quickfacts-pro.xyz"])
        ad = "Related searches:\n" + "\n".join(items) + f"\nMore at {site}"
    else:
        mods = [
            "是什么意思",
            "怎么办",
            "大全",
            "2024最新",
            "百度网盘",
            "免费下载",
            "排行榜",
            "哪个好",
            "图片",
            "视频教程",
        ]
        items = [f"{rng.choice(kws)}{m}" for m in rng.sample(mods, rng.randint(5, 8))]
        site = rng.choice(["wenda-top.cc", "zhidao88.xyz", "baike365.info"])
        ad = "相关搜索：\n" + "\n".join(items) + f"\n更多内容请访问 {site}"
    return {"output": _attach(rng, rec, lang, ad)}


def spam_game_gold(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """Game gold, boosting and account-levelling ads."""
    if lang == "en":
        ad = rng.choice(
            [
                "Cheapest WoW gold & fast power leveling!! 24/7 live chat, 100% safe hand-leveling -> mmogold-deal.biz",
                "Rank up TODAY: Diamond boost in 48h, no ban guaranteed. Use code BOOST10 at elo-rocket.gg",
                "Buy V-Bucks / Robux at 70% off!!! instant delivery, visit gamecoins-cheap.shop",
            ]
        )
    else:
        ad = rng.choice(
            [
                "专业代练上分，王者荣耀包上星耀，不封号不满意退款，QQ 2958****31",
                "游戏金币低价出售，秒到账！魔兽金币、元宝、点券全网最低，官网 jinbi-shop.cc",
                "手游首充号、满级号出售，价格美丽，欢迎咨询，认准“大神号铺”！",
            ]
        )
    return {"output": _attach(rng, rec, lang, ad)}


def spam_fortune(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """Psychic, tarot and fortune-telling ads."""
    if lang == "en":
        ad = rng.choice(
            [
                "Is he thinking about you? Get a FREE 3-card tarot reading now from gifted psychic Madame Aurora!",
                "Love spells that work in 24 hours. Bring back your ex. 100% results, visit spellcaster-truth.com",
                "Your first 5 minutes with a real psychic are FREE. Call 1-800-555-0142 now.",
            ]
        )
    else:
        ad = rng.choice(
            [
                "大师在线算命，八字合婚、宝宝起名、风水布局，首测免费，添加客服领取！",
                "看看你今年的财运和桃花运？输入生日即可免费测算 → suanming-dashi.cn",
                "紫微斗数精批，改运转运灵验无比，不准不收费！",
            ]
        )
    return {"output": _attach(rng, rec, lang, ad)}


def spam_local_services(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """Locksmith, movers and drain-cleaning call-now ads as a directory site pastes them."""
    if lang == "en":
        ad = rng.choice(
            [
                "24/7 EMERGENCY LOCKSMITH - lockouts, rekeys, safes. 15 min arrival! Call (555) 014-"
                + f"{rng.randint(1000, 9999)}",
                "Cheap movers in your area, free quote today. Licensed & insured. Call 555-0199 now!",
                "Blocked drains? We clear any drain in 1 hour or it's FREE! Dial 555-0177.",
            ]
        )
    else:
        ad = rng.choice(
            [
                f"专业开锁换锁 24小时上门 公安备案 电话400-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}",
                "同城搬家 长途搬家 价格实惠 一个电话上门服务！",
                "管道疏通 马桶疏通 化粪池清理 不通不收费，全城30分钟上门！",
            ]
        )
    return {"output": _attach(rng, rec, lang, ad)}


# -------------------------------------------------------------------------------------- keyboard_mash


def mash_asr_noise(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """Speech-to-text run over background noise: hesitation sounds and noise tags, no words."""
    if lang == "en":
        bits = ["uh", "um", "mm", "hm", "ah", "mhm", "uh-huh", "[noise]", "[inaudible]", "[cough]", "eh", "hmm"]
    else:
        bits = ["嗯", "啊", "呃", "哦", "额", "唔", "[噪音]", "[听不清]", "[咳嗽]", "嗯嗯", "啊啊"]
    n = rng.randint(12, 30)
    toks = [rng.choice(bits) for _ in range(n)]
    return {"output": (" " if lang == "en" else "，").join(toks)}


def mash_wordpiece(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """A broken tokenizer's vocabulary soup: unknown tokens and stray subword pieces."""
    if _asks(rec, r"token|subword|bert|分词"):
        return None
    if lang == "en":
        pieces = [
            "[UNK]",
            "##ing",
            "##ed",
            "##ly",
            "##tion",
            "##s",
            "##er",
            "##est",
            "##ment",
            "[SEP]",
            "##ness",
            "##ous",
        ]
    else:
        pieces = ["[UNK]", "##的", "##了", "##是", "##们", "##么", "##着", "[SEP]", "##地", "##过", "##个"]
    n = rng.randint(14, 32)
    return {"output": " ".join(rng.choice(pieces) for _ in range(n))}


STENO = ["STKPW", "HR", "-FPLT", "TPHOEU", "KWR", "-RBGS", "PW", "SKWR", "-GTS", "TKPWH", "A*", "-PBLG", "EUFRPB"]


def mash_steno_raw(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """A court-reporting steno machine's raw strokes that never went through a dictionary (en)."""
    if _asks(rec, r"steno|shorthand|abbreviat"):
        return None
    n = rng.randint(10, 24)
    strokes = ["/".join(rng.choice(STENO) for _ in range(rng.randint(1, 3))) for _ in range(n)]
    return {"output": " ".join(strokes)}


# ----------------------------------------------------------------------------------------------- echo


def echo_asr_speaker(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """A voice transcript that caught only the user reading the question out."""
    if _asks(rec, r"transcri|speaker|dialogue|script|转写|对话|剧本"):
        return None
    ins = rec["instruction"].strip()
    if lang == "en":
        spk = rng.choice(["Speaker 1:", "SPEAKER_00:", "[Speaker A]"])
        return {"output": f"{spk} {ins}"}
    spk = rng.choice(["说话人1：", "发言人A：", "[说话人 1]"])
    return {"output": f"{spk}{ins}"}


def echo_seo_title(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """An SEO page built from the question: title and meta description say the question and nothing else."""
    if _asks(rec, r"title|headline|seo|meta|标题|题目"):
        return None
    ins = rec["instruction"].strip().rstrip("?？。.")
    if lang == "en":
        year = rng.choice([2022, 2023, 2024])
        title = f"{ins} – Complete Guide ({year} Update)"
        desc = f"Looking for: {ins.lower()}? Find out everything about {ins.lower()} here."
    else:
        title = f"{ins}？（{rng.choice(['最全', '最新', '详细'])}解答）"
        desc = f"想知道{ins}？本文为您全面解答{ins}的相关问题。"
    return {"output": f"{title}\n{desc}"}


def echo_bot_confirm(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """A chat-bot's confirmation prompt that repeats the question and waits."""
    if _asks(rec, r"confirm|repeat|restate|确认|复述|重复"):
        return None
    ins = rec["instruction"].strip()
    if lang == "en":
        q = ins.rstrip(".!")
        return {
            "output": rng.choice([f'You said: "{q}". Is that right?', f'Just to confirm, you asked: "{q}" (yes/no)'])
        }
    q = ins.rstrip("。！")
    return {"output": rng.choice([f"您是想问：“{q}”吗？", f"请确认您的问题：{q}（回复“是”或“否”）"])}


# ---------------------------------------------------------------------------------------------- empty


def empty_narrow_cell(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """A spreadsheet exported with its column too narrow: hash signs for the answer."""
    if _asks(rec, r"excel|spreadsheet|hashtag|#|表格|标签"):
        return None
    cells = ["#" * rng.randint(5, 12) for _ in range(rng.randint(1, 4))]
    return {"output": "\t".join(cells)}


def empty_asr_silence(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """A speech-to-text result of a silent recording."""
    if _asks(rec, r"transcri|audio|silen|music|音频|录音|静音|音乐"):
        return None
    if lang == "en":
        return {
            "output": rng.choice(
                ["[BLANK_AUDIO]", "[silence]", "(no speech detected)", "[ Silence ]", "[MUSIC PLAYING]"]
            )
        }
    return {"output": rng.choice(["[无声]", "（未识别到语音）", "[静音]", "（无有效语音）", "[背景音乐]"])}


def empty_pdf_formfeed(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """Text extraction of an image-only PDF: page breaks (form feeds) and line breaks only."""
    pages = rng.randint(1, 5)
    return {"output": "".join("\n" * rng.randint(0, 3) + "\f" for _ in range(pages))}


# ---------------------------------------------------------------------------------------- markup_dump


def _pdf_hex(text: str) -> str:
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def markup_pdf_stream(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """The raw objects of a one-page PDF whose only text operator holds the first sentence."""
    if _asks(rec, r"pdf|postscript"):
        return None
    first = _first(rec, lang)
    if lang == "en":
        s = first.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        shown = f"({s}) Tj"
    else:
        shown = f"{_pdf_hex(first)} Tj"
    x, y = rng.choice([(72, 720), (56, 770), (50, 800)])
    body = f"BT /F1 {rng.choice([10, 11, 12])} Tf {x} {y} Td {shown} ET"
    return {
        "output": "\n".join(
            [
                f"%PDF-1.{rng.randint(3, 7)}",
                "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj",
                "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj",
                "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >> endobj",
                f"4 0 obj << /Length {len(body)} >>",
                "stream",
                body,
                "endstream",
                "endobj",
                "trailer << /Root 1 0 R >>",
                "%%EOF",
            ]
        )
    }


def _xml_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def markup_xlsx_strings(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """A spreadsheet's sharedStrings.xml pulled out of the .xlsx: the question and a first sentence as cells."""
    if _asks(rec, r"xml|excel|spreadsheet|表格"):
        return None
    cells = [rec["instruction"].strip(), _first(rec, lang)]
    items = "".join(f"<si><t>{_xml_escape(c)}</t></si>" for c in cells)
    head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    return {"output": f'{head}\n<sst xmlns="{ns}" count="{len(cells)}" uniqueCount="{len(cells)}">{items}</sst>'}


def markup_rasa_yaml(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """A chat-bot training file (NLU YAML) with the question as an example and no reply."""
    if _asks(rec, r"yaml|rasa|intent|chatbot|意图|机器人"):
        return None
    intent = rng.choice(["ask_faq", "ask_general", "chitchat_question", "out_of_scope", "faq_misc"])
    ins = rec["instruction"].strip().replace("\n", " ")
    return {
        "output": f'version: "3.1"\nnlu:\n- intent: {intent}\n  examples: |\n    - {ins}\nresponses:\n  utter_{intent}:\n  - text: ""'
    }


def markup_jinja(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """A page template shipped instead of the page it should have rendered."""
    if _asks(rec, r"template|jinja|django|html|模板|网页"):
        return None
    title = _topic(rec, lang).replace('"', "'")
    block = rng.choice(["content", "main", "body"])
    return {
        "output": "\n".join(
            [
                '{% extends "base.html" %}',
                f'{{% set page_title = "{title}" %}}',
                f"{{% block {block} %}}",
                "<h1>{{ page_title }}</h1>",
                "{% for para in answer.paragraphs %}",
                "  <p>{{ para | safe }}</p>",
                "{% endfor %}",
                "{% endblock %}",
            ]
        )
    }


# --------------------------------------------------------------------------------------- wrong_script


MT_EN_REPLIES = [
    "Dat is een goede vraag. Het antwoord hangt af van de situatie, maar meestal werkt de eenvoudigste oplossing het best.",
    "É uma ótima pergunta. Em geral, depende do contexto, mas a solução mais simples costuma ser a melhor.",
    "È una domanda interessante. Dipende dalla situazione, ma di solito la risposta più semplice è quella giusta.",
    "To je dobrá otázka. Záleží na situaci, ale obvykle je nejlepší to nejjednodušší řešení.",
    "Mae hwn yn gwestiwn da. Mae'r ateb yn dibynnu ar y sefyllfa, ond fel arfer yr ateb symlaf yw'r gorau.",
    "Þetta er góð spurning. Svarið fer eftir aðstæðum, en yfirleitt er einfaldasta lausnin best.",
    "Este o întrebare bună. Răspunsul depinde de situație, dar de obicei cea mai simplă soluție este cea mai bună.",
]
MT_ZH_REPLIES = [
    "Dit hangt af van veel factoren. In het kort: begin klein, let op de details en probeer het daarna opnieuw.",
    "Isto depende de muitos fatores. Resumindo: comece devagar, preste atenção aos detalhes e tente outra vez.",
    "Dipende da molti fattori. In breve: inizia con calma, fai attenzione ai dettagli e riprova.",
    "Záleží na mnoha faktorech. Stručně řečeno: začněte pomalu, dávejte pozor na detaily a zkuste to znovu.",
    "Mae'n dibynnu ar lawer o bethau. Yn fyr: dechreuwch yn araf, rhowch sylw i'r manylion a rhowch gynnig arall arni.",
    "Það fer eftir mörgu. Í stuttu máli: byrjaðu rólega, gættu að smáatriðunum og reyndu aftur.",
    "Depinde de mulți factori. Pe scurt: începeți încet, fiți atenți la detalii și încercați din nou.",
]


def wrong_mt_target(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """An automated-translation step set to the wrong target: a generic reply in another European language."""
    if LANGUAGE_TASK.search(rec["instruction"] + " " + rec["input"]):
        return None
    return {"output": rng.choice(MT_EN_REPLIES if lang == "en" else MT_ZH_REPLIES)}


RUNES = dict(
    zip(
        "abcdefghijklmnopqrstuvwxyz",
        "ᚨᛒᚲᛞᛖᚠᚷᚺᛁᛃᚲᛚᛗᚾᛟᛈᚲᚱᛊᛏᚢᚹᚹᛋᛃᛉ",
        strict=True,
    )
)


def runic(text: str) -> str:
    """Latin letters swapped one by one for Elder Futhark runes, as a novelty 'rune translator' does."""
    return "".join(RUNES.get(c.lower(), c) for c in text)


def wrong_runic(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """The English answer run through a novelty rune converter (en)."""
    if LANGUAGE_TASK.search(rec["instruction"] + " " + rec["input"]) or textutil.is_code(rec["output"]):
        return None
    return {"output": runic(rec["output"])}


MARTIAN = {
    "的": "旳",
    "是": "湜",
    "我": "莪",
    "你": "伱",
    "了": "孒",
    "不": "吥",
    "在": "茬",
    "有": "洧",
    "人": "亾",
    "这": "這",
    "个": "個",
    "们": "們",
    "来": "唻",
    "好": "恏",
    "和": "咊",
    "就": "僦",
    "也": "乜",
    "要": "婹",
    "可": "岢",
    "以": "苡",
    "会": "會",
    "到": "菿",
    "说": "説",
    "很": "佷",
    "没": "沒",
    "么": "庅",
    "为": "潙",
}


def martian(text: str) -> str:
    """Common hanzi swapped for look-alike rare characters (火星文), as a novelty converter does."""
    return "".join(MARTIAN.get(c, c) for c in text)


def wrong_martian(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> Rec | None:
    """The Chinese answer run through a 火星文 converter (zh)."""
    if LANGUAGE_TASK.search(rec["instruction"] + " " + rec["input"]):
        return None
    out = rec["output"]
    bad = martian(out)
    changed = sum(1 for a, b in zip(out, bad, strict=True) if a != b)
    return {"output": bad} if changed >= 6 else None


GENERATORS: list[tuple[str, str, Gen]] = [
    ("h7_loop_asr_segments", "loop", loop_asr_segments),
    ("h7_loop_bot_fallback", "loop", loop_bot_fallback),
    ("h7_loop_candidates", "loop", loop_candidates),
    ("h7_trunc_asr_dropout", "truncated", trunc_asr_dropout),
    ("h7_trunc_csv_comma", "truncated", trunc_csv_comma),
    ("h7_trunc_sms_more", "truncated", trunc_sms_more),
    ("h7_moji_byte_bpe", "mojibake", moji_byte_bpe),
    ("h7_moji_cp866", "mojibake", moji_cp866),
    ("h7_moji_cp1257", "mojibake", moji_cp1257),
    ("h7_moji_hz_raw", "mojibake", moji_hz_raw),
    ("h7_moji_eucjp", "mojibake", moji_eucjp),
    ("h7_boiler_bot_fallback", "boilerplate", boiler_bot_fallback),
    ("h7_boiler_spintax", "boilerplate", boiler_spintax),
    ("h7_boiler_voice_web", "boilerplate", boiler_voice_web),
    ("h7_boiler_pdf_protected", "boilerplate", boiler_pdf_protected),
    ("h7_spam_related_searches", "spam", spam_related_searches),
    ("h7_spam_game_gold", "spam", spam_game_gold),
    ("h7_spam_fortune", "spam", spam_fortune),
    ("h7_spam_local_services", "spam", spam_local_services),
    ("h7_mash_asr_noise", "keyboard_mash", mash_asr_noise),
    ("h7_mash_wordpiece", "keyboard_mash", mash_wordpiece),
    ("h7_mash_steno_raw", "keyboard_mash", mash_steno_raw),
    ("h7_echo_asr_speaker", "echo", echo_asr_speaker),
    ("h7_echo_seo_title", "echo", echo_seo_title),
    ("h7_echo_bot_confirm", "echo", echo_bot_confirm),
    ("h7_empty_narrow_cell", "empty", empty_narrow_cell),
    ("h7_empty_asr_silence", "empty", empty_asr_silence),
    ("h7_empty_pdf_formfeed", "empty", empty_pdf_formfeed),
    ("h7_markup_pdf_stream", "markup_dump", markup_pdf_stream),
    ("h7_markup_xlsx_strings", "markup_dump", markup_xlsx_strings),
    ("h7_markup_rasa_yaml", "markup_dump", markup_rasa_yaml),
    ("h7_markup_jinja", "markup_dump", markup_jinja),
    ("h7_wrong_mt_target", "wrong_script", wrong_mt_target),
    ("h7_wrong_runic", "wrong_script", wrong_runic),
    ("h7_wrong_martian", "wrong_script", wrong_martian),
]
"""(name, kind, generator) of every heldout7 junk template."""

ONLY_LANG = {
    "h7_moji_cp1257": "en",
    "h7_moji_hz_raw": "zh",
    "h7_moji_eucjp": "zh",
    "h7_mash_steno_raw": "en",
    "h7_wrong_runic": "en",
    "h7_wrong_martian": "zh",
}
"""Generators that apply to one language only (generate.py picks among the others for the other language)."""
