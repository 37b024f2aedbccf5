# Copyright 2026 instructflow contributors
# SPDX-License-Identifier: Apache-2.0
"""Junk generators for the HELDOUT13 part (blind).  Do not read this file while designing or tuning filters.

Same ten junk kinds and the same generator signature as templates_dev.py -- ``fn(rng, rec, lang, ctx)``
returns ``{"output": ...}`` or None when it does not fit the record -- written blind to the filters, with
mechanisms none of heldout2-12 used: counting, nested asides and word pyramids (loop); an HTML cut inside a
tag, a terminal pager's first screen, a scroll-back buffer that lost the head (truncated); Windows-1252 read
as Mac Roman / GB18030 read as Korean cp949, JavaScript ``escape()`` output, PDF glyph ids (mojibake);
browser error, maintenance and update-the-app pages (boilerplate); lottery, pyramid-scheme and pirated-resource
ads (spam); kana-layout mash, barcode-scanner wedge, pocket dial (keyboard_mash); the instruction as a search
URL, a file name, a bot command (echo); a video player's controls, the export's column name, a bare mention
(empty); a HAR capture, WordPress block markup, a BibTeX record (markup_dump); generic replies in small
Latin-script, other-script and Pacific/Arctic languages (wrong_script).
"""

from __future__ import annotations

import json
import random
import re
import textwrap
from urllib.parse import quote_plus

import textutil as tu

JUNK_PER_LANG = 400
CJK = re.compile(r"[\u4e00-\u9fff]")

Rec = dict[str, str]
Out = dict[str, str] | None


def _asks(rec: Rec, pattern: str) -> bool:
    """Whether the instruction or input mentions ``pattern`` (case-insensitive regex)."""
    return bool(re.search(pattern, (rec["instruction"] or "") + "\n" + (rec["input"] or ""), re.I))


def _first(rec: Rec, lang: str) -> str | None:
    sents = tu.sentences(rec["output"], lang)
    return sents[0] if sents else None


# ------------------------------------------------------------------------------------------------- loop


def loop_count_up(rng: random.Random, rec: Rec, lang: str, ctx: object) -> Out:
    """The first sentence, then the model counts 1, 2, 3 … and never stops (80-300)."""
    first = _first(rec, lang)
    if not first or _asks(rec, r"count|number|digit|sequence|\d|数|序列"):
        return None
    n = rng.randint(80, 300)
    sep = " " if lang == "en" else "、"
    return {"output": first + "\n" + sep.join(str(i) for i in range(1, n + 1))}


def loop_aside_nest(rng: random.Random, rec: Rec, lang: str, ctx: object) -> Out:
    """The first sentence restated inside itself as an aside, 5-12 levels deep, then the brackets pile up."""
    first = _first(rec, lang)
    if not first:
        return None
    n = rng.randint(5, 12)
    if lang == "en":
        core = first.rstrip(".!?")
        head = core.split()[0]
        inner = core if len(head) > 1 and head.isupper() else core[0].lower() + core[1:]
        return {"output": core + (" (that is, " + inner) * n + ")" * n + "."}
    core = first.rstrip("。！？!?")
    return {"output": core + ("（也就是说，" + core) * n + "）" * n + "。"}


def loop_word_pyramid(rng: random.Random, rec: Rec, lang: str, ctx: object) -> Out:
    """The first sentence, then its last word (zh: last two hanzi) once, twice, … 8-16 times a line."""
    first = _first(rec, lang)
    if not first:
        return None
    if lang == "en":
        ws = re.findall(r"[A-Za-z]+", first)
        if not ws:
            return None
        w, joiner = ws[-1], " "
    else:
        hz = CJK.findall(first)
        if len(hz) < 2:
            return None
        w, joiner = "".join(hz[-2:]), ""
    n = rng.randint(8, 16)
    return {"output": first + "\n" + "\n".join(joiner.join([w] * k) for k in range(1, n + 1))}


# -------------------------------------------------------------------------------------------- truncated


def trunc_html_tag(rng: random.Random, rec: Rec, lang: str, ctx: object) -> Out:
    """The answer as HTML paragraphs, cut at 30-70 % just inside a tag (`<`, `<p`, `</`)."""
    sents = tu.sentences(rec["output"], lang)
    if len(sents) < 3 or _asks(rec, r"html|tag|markup|网页|标签"):
        return None
    html = "".join(f"<p>{s}</p>" for s in sents)
    spots = [i for i, c in enumerate(html) if c == "<" and 0.3 * len(html) <= i <= 0.7 * len(html)]
    if not spots:
        return None
    cut = rng.choice(spots) + rng.randint(1, 2)
    return {"output": html[:cut]}


def pager_lines(text: str, lang: str, width: int) -> list[str]:
    """The answer as a terminal pager shows it: each paragraph wrapped at ``width`` columns (zh: characters)."""
    out: list[str] = []
    for p in tu.paragraphs(text):
        out += textwrap.wrap(p, width) if lang == "en" else [p[i : i + width] for i in range(0, len(p), width)]
    return out


def trunc_pager(rng: random.Random, rec: Rec, lang: str, ctx: object) -> Out:
    """Copied from a terminal pager: the first 30-60 % of the wrapped lines and the prompt `--More--(NN%)`."""
    if _asks(rec, r"terminal|command|shell|pager|终端|命令"):
        return None
    width = rng.choice([64, 72, 80] if lang == "en" else [28, 32, 36])
    lines = pager_lines(rec["output"], lang, width)
    if len(lines) < 4:
        return None
    k = max(1, int(len(lines) * rng.uniform(0.3, 0.6)))
    full, shown = "\n".join(lines), "\n".join(lines[:k])
    return {"output": shown + f"\n--More--({100 * len(shown) // len(full)}%)"}


def trunc_head_lost(rng: random.Random, rec: Rec, lang: str, ctx: object) -> Out:
    """A scroll-back buffer that kept only the tail: the last 40-70 %, starting mid-word (zh: between hanzi)."""
    out = rec["output"]
    if len(out) < (120 if lang == "en" else 60) or _asks(rec, r"\bend(ing)?\b|last|结尾|最后"):
        return None
    start = int(len(out) * rng.uniform(0.3, 0.6))
    ok = (lambda c: c.isalpha() and c.isascii()) if lang == "en" else (lambda c: bool(CJK.match(c)))
    for i in range(start, len(out) - 20):
        if ok(out[i - 1]) and ok(out[i]):
            return {"output": out[i:]}
    return None


# --------------------------------------------------------------------------------------------- mojibake


def moji_legacy_locale(rng: random.Random, rec: Rec, lang: str, ctx: object) -> Out:
    """en: a Windows-1252 file opened as Mac Roman (`it’s` -> `itís`); zh: GB18030 bytes read as Korean cp949."""
    if lang == "en":
        src = tu.smarten(rec["output"])
        if sum(1 for c in src if not c.isascii()) < 2:
            return None
        try:
            raw = src.encode("cp1252")
        except UnicodeEncodeError:
            return None
        return {"output": raw.decode("mac_roman")}
    if not CJK.search(rec["output"]):
        return None
    return {"output": rec["output"].encode("gb18030").decode("cp949", errors="replace")}


JS_SAFE = re.compile(r"[A-Za-z0-9@*_+\-./]")


def js_escape(text: str) -> str:
    """What JavaScript's legacy ``escape()`` returns: `%XX` below U+0100, `%uXXXX` per UTF-16 unit above."""
    out = []
    for c in text:
        if JS_SAFE.fullmatch(c):
            out.append(c)
        elif ord(c) < 0x100:
            out.append(f"%{ord(c):02X}")
        else:
            b = c.encode("utf-16-be")
            out += [f"%u{int.from_bytes(b[i : i + 2], 'big'):04X}" for i in range(0, len(b), 2)]
    return "".join(out)


def moji_js_escape(rng: random.Random, rec: Rec, lang: str, ctx: object) -> Out:
    """A form handler that stored the answer through JavaScript ``escape()`` (`%20`, `%u2019`, `%u4E2D`)."""
    if _asks(rec, r"javascript|escape|encod|url|编码|转义"):
        return None
    src = tu.smarten(rec["output"]) if lang == "en" else rec["output"]
    return {"output": js_escape(src)}


def pdf_cids(text: str, lang: str) -> str:
    """Text extracted from a PDF whose font has no ToUnicode map: every glyph as `(cid:N)`.

    en: a fully embedded TrueType font (printable ASCII at ``ord - 29``, others from 200 in order of use);
    zh: a subset font (glyph ids 1, 2, 3 … in order of first use).
    """
    ids: dict[str, int] = {}
    out = []
    for c in text:
        if lang == "en" and " " <= c <= "~":
            gid = ord(c) - 29
        else:
            gid = ids.setdefault(c, (200 if lang == "en" else 1) + len(ids))
        out.append(f"(cid:{gid})")
    return "".join(out)


def moji_pdf_cid(rng: random.Random, rec: Rec, lang: str, ctx: object) -> Out:
    """The first one to three sentences as a PDF text extractor prints glyphs it cannot map."""
    sents = tu.sentences(rec["output"], lang)
    if not sents or _asks(rec, r"\bpdf\b|font|glyph|字体"):
        return None
    text = (" " if lang == "en" else "").join(sents[: rng.randint(1, 3)])
    return {"output": pdf_cids(text, lang)}


# ------------------------------------------------------------------------------------------ boilerplate

HOSTS = ["answers.example.com", "www.qa-hub.example.net", "zhidao.example.cn", "wiki.example.org", "forum.example.io"]
EN_BROWSER = [
    "This site can’t be reached\n{host} took too long to respond.\nTry:\nChecking the connection\n"
    "Checking the proxy and the firewall\nERR_CONNECTION_TIMED_OUT",
    "This site can’t be reached\nCheck if there is a typo in {host}.\nDNS_PROBE_FINISHED_NXDOMAIN",
    "Hmm. We’re having trouble finding that site.\nWe can’t connect to the server at {host}.\nTry Again",
    "This page isn’t working\n{host} didn’t send any data.\nERR_EMPTY_RESPONSE\nReload",
]
ZH_BROWSER = [
    "无法访问此网站\n{host} 的响应时间过长。\n请试试以下办法：\n检查网络连接\n检查代理服务器和防火墙\nERR_CONNECTION_TIMED_OUT",
    "无法访问此网站\n找不到 {host} 的服务器 IP 地址。\nDNS_PROBE_FINISHED_NXDOMAIN\n重新加载",
    "该网页无法正常运作\n{host} 未发送任何数据。\nERR_EMPTY_RESPONSE\n重新加载",
    "连接已重置\n载入页面时与服务器的连接被重置。\n{host}\n重试",
]
EN_MAINTENANCE = [
    "We’ll be back soon!\nSorry for the inconvenience. We’re performing some maintenance at the moment. "
    "We’ll be back online shortly.\n— The Team",
    "Scheduled maintenance\nThis service is unavailable from {h}:00 to {h2}:00 UTC while we upgrade our servers.",
    "Down for maintenance. Please check back after {h2}:00.",
]
ZH_MAINTENANCE = [
    "系统维护中\n为了给您提供更好的服务，本站正在进行系统升级维护，预计{h2}:00恢复访问，给您带来不便敬请谅解。",
    "网站维护公告：本站将于今日{h}:00至{h2}:00进行服务器维护，期间暂停访问。",
    "服务器维护中，请稍后再来~",
]
EN_UPDATE = [
    "A new version of the app is available. Please update to version {v} to continue.\n[Update now]",
    "This content isn’t supported in your current version. Update the app to view it.",
    "Your app is out of date. To keep reading answers, install version {v} or later.",
]
ZH_UPDATE = [
    "当前版本过低，请升级至最新版本（{v}）后查看该内容。\n[立即升级]",
    "您的客户端版本暂不支持查看此回答，请更新后重试。",
    "发现新版本 {v}，更新后即可继续阅读完整内容。\n稍后提醒  立即更新",
]


def _fill(rng: random.Random, s: str) -> str:
    h = rng.randint(0, 20)
    v = f"{rng.randint(3, 9)}.{rng.randint(0, 19)}.{rng.randint(0, 9)}"
    return s.format(host=rng.choice(HOSTS), h=f"{h:02d}", h2=f"{h + rng.randint(1, 3):02d}", v=v)


def boiler_browser_error(rng: random.Random, rec: Rec, lang: str, ctx: object) -> Out:
    """A scraper saved the browser's network-error page instead of the answer."""
    if _asks(rec, r"error|browser|network|connect|web ?site|dns|网络|浏览器|网站|连接|错误"):
        return None
    return {"output": _fill(rng, rng.choice(EN_BROWSER if lang == "en" else ZH_BROWSER))}


def boiler_maintenance(rng: random.Random, rec: Rec, lang: str, ctx: object) -> Out:
    """The site's maintenance page instead of the answer."""
    if _asks(rec, r"maintenan|downtime|server|outage|维护|停机|服务器"):
        return None
    return {"output": _fill(rng, rng.choice(EN_MAINTENANCE if lang == "en" else ZH_MAINTENANCE))}


def boiler_update_app(rng: random.Random, rec: Rec, lang: str, ctx: object) -> Out:
    """An app's update-required notice instead of the answer."""
    if _asks(rec, r"\bapps?\b|update|version|upgrade|software|软件|应用|版本|升级|更新"):
        return None
    return {"output": _fill(rng, rng.choice(EN_UPDATE if lang == "en" else ZH_UPDATE))}


# ------------------------------------------------------------------------------------------------- spam

EN_LOTTERY = [
    "Win the Powerball with our 98% accurate number system! Members won $2.4M last month. "
    "Get tonight's numbers at lotto-pro.example.com",
    "GUARANTEED lottery wins – download the Lucky Pick formula for only $19.99: winwin-lotto.example.net",
    "Stop guessing! Our AI predicts EuroMillions numbers. Join 40,000 winners → jackpot-ai.example.biz",
]
ZH_LOTTERY = [
    "彩票计划群，专业团队分析，命中率90%以上，稳赚不赔，加群：{qq}",
    "双色球内部资料，每期必中，中奖后再付款，联系微信 cp{qq}",
    "时时彩精准计划免费送，跟着老师买，一天回本，加V：lucky{qq}",
]
EN_MLM = [
    "Be your own boss! Join my team, recruit three friends and earn $5,000 a month from home. "
    "DM me 'FREEDOM' for details.",
    "I made $12,000 last month working 2 hours a day with this opportunity. Only 5 spots left on my team – "
    "message me now!",
    "Tired of your 9-to-5? Our wellness business pays you for every friend you sign up. Ask me how! 💰💰",
]
ZH_MLM = [
    "零投资，躺赚！只需拉3个人入会，月入过万，名额有限，速加微信 {qq}",
    "新项目招募合伙人，发展下线即可获得分红，团队奖励无上限！私信我了解详情",
    "宝妈在家也能月入三万，交98元成为会员，推荐越多赚越多，加我 {qq} 带你飞",
]
EN_PIRATE = [
    "Download ALL paid courses and ebooks FREE – 10,000+ titles, Google Drive links: freebooks-drive.example.org",
    "Need any textbook PDF or Kindle book? $1 each, DM @pdfhub on Telegram.",
    "Every Udemy & Coursera course, full HD, lifetime access for $9 → course-dump.example.net",
]
ZH_PIRATE = [
    "全套网课资源打包，百度网盘永久链接，仅需9.9元，加微信 {qq}",
    "各类电子书、付费课程免费下载，网盘链接见评论区置顶",
    "考研、考公全套视频+讲义，超清无水印，私聊 {qq} 发货",
]


def _spam(rng: random.Random, rec: Rec, ads: list[str]) -> Out:
    ad = rng.choice(ads).format(qq=rng.randint(10000000, 99999999))
    where = rng.choice(["alone", "after", "around"])
    if where == "alone":
        return {"output": ad}
    if where == "after":
        return {"output": rec["output"] + "\n\n" + ad}
    return {"output": ad + "\n\n" + rec["output"] + "\n\n" + ad}


AD_TOPICS = r"advert|\bads?\b|promot|marketing|spam|scam|slogan|广告|推广|营销|骗"


def spam_lottery(rng: random.Random, rec: Rec, lang: str, ctx: object) -> Out:
    """Lottery-prediction ads: alone, after the whole answer, or above and below it."""
    if _asks(rec, AD_TOPICS + r"|lotter|odds|gambl|彩票|概率|赌"):
        return None
    return _spam(rng, rec, EN_LOTTERY if lang == "en" else ZH_LOTTERY)


def spam_mlm(rng: random.Random, rec: Rec, lang: str, ctx: object) -> Out:
    """Pyramid-scheme recruitment: alone, after the whole answer, or above and below it."""
    if _asks(rec, AD_TOPICS + r"|business|recruit|income|job|创业|招聘|收入|赚钱"):
        return None
    return _spam(rng, rec, EN_MLM if lang == "en" else ZH_MLM)


def spam_pirate(rng: random.Random, rec: Rec, lang: str, ctx: object) -> Out:
    """Pirated e-book and course sellers: alone, after the whole answer, or above and below it."""
    if _asks(rec, AD_TOPICS + r"|e-?book|course|download|pdf|piracy|电子书|课程|下载|资源|盗版"):
        return None
    return _spam(rng, rec, EN_PIRATE if lang == "en" else ZH_PIRATE)


# ---------------------------------------------------------------------------------------- keyboard_mash

KANA_ROWS = ["ぬふあうえおやゆよわほへ", "たていすかんなにらせ", "ちとしはきくまのりれけむ", "つさそひこみもねるめろ"]


def mash_kana(rng: random.Random, rec: Rec, lang: str, ctx: object) -> Out:
    """Keys mashed with a Japanese keyboard in kana-input mode: groups of kana from one or two adjacent rows."""
    if _asks(rec, r"japan|kana|hiragana|日语|日文|假名"):
        return None
    groups = []
    for _ in range(rng.randint(4, 9)):
        r = rng.randrange(len(KANA_ROWS) - 1)
        keys = KANA_ROWS[r] + (KANA_ROWS[r + 1] if rng.random() < 0.5 else "")
        groups.append("".join(rng.choice(keys) for _ in range(rng.randint(3, 9))))
    return {"output": " ".join(groups)}


def ean13(body: str) -> str:
    """An EAN-13 code: twelve digits and their check digit."""
    s = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - s % 10) % 10)


def mash_barcode(rng: random.Random, rec: Rec, lang: str, ctx: object) -> Out:
    """A barcode scanner in keyboard-wedge mode fired into the answer box: 2-6 EAN-13 codes, some scanned twice."""
    if _asks(rec, r"barcode|number|digit|code|\d|条形码|条码|数字|编码|号码"):
        return None
    codes: list[str] = []
    for _ in range(rng.randint(2, 6)):
        if codes and rng.random() < 0.3:
            codes.append(codes[-1])
        else:
            prefix = rng.choice(["690", "692", "693", "695", "400", "500", "0"])
            codes.append(ean13(prefix + "".join(str(rng.randrange(10)) for _ in range(12 - len(prefix)))))
    return {"output": rng.choice(["\n", " ", ""]).join(codes)}


DIAL = "0123456789*#"


def mash_pocket_dial(rng: random.Random, rec: Rec, lang: str, ctx: object) -> Out:
    """A phone's dialler pocket-dialled: digits, `*`, `#` and `,` pauses in runs."""
    if _asks(rec, r"phone|call|dial|number|digit|\d|电话|号码|拨|数字"):
        return None
    toks = []
    for _ in range(rng.randint(3, 8)):
        t = "".join(rng.choice(DIAL) for _ in range(rng.randint(2, 9)))
        toks.append(t + ("," * rng.randint(1, 3) if rng.random() < 0.4 else ""))
    return {"output": " ".join(toks)}


# ------------------------------------------------------------------------------------------------- echo


def _instr(rec: Rec) -> str:
    return rec["instruction"].strip()


def echo_search_url(rng: random.Random, rec: Rec, lang: str, ctx: object) -> Out:
    """The instruction as the search-engine URL someone pasted instead of the answer."""
    ins = _instr(rec)
    if not ins or _asks(rec, r"url|link|search|google|bing|baidu|链接|网址|搜索|百度"):
        return None
    if lang == "en":
        site = rng.choice(
            ["https://www.google.com/search?q=", "https://www.bing.com/search?q=", "https://duckduckgo.com/?q="]
        )
        return {"output": site + quote_plus(ins)}
    site = rng.choice(
        ["https://www.baidu.com/s?wd=", "https://www.sogou.com/web?query=", "https://cn.bing.com/search?q="]
    )
    return {"output": site + re.sub(r"\s+", "+", ins)}


def echo_filename(rng: random.Random, rec: Rec, lang: str, ctx: object) -> Out:
    """An attachment's file name, made from the instruction, stored instead of the answer."""
    ins = _instr(rec)
    if not ins or _asks(rec, r"file|name|document|\.docx?|文件|文档|命名|名字"):
        return None
    ext = rng.choice([".docx", ".pdf", ".txt", ".pptx"])
    copy = rng.choice(["", "", " (1)", " (2)"])
    if lang == "en":
        words = re.findall(r"[A-Za-z0-9]+", ins)
        if not words:
            return None
        stem = "_".join(w.lower() for w in words[:12]) if rng.random() < 0.5 else " ".join(words[:12])
    else:
        stem = re.sub(r"[\s？?。！!：:，,、“”\"'/\\]+", "", ins)[:30]
        if not CJK.search(stem):
            return None
    return {"output": stem + copy + ext}


def echo_slash_command(rng: random.Random, rec: Rec, lang: str, ctx: object) -> Out:
    """A chat-bot export that kept only the user's slash command (`/ask …`) and no reply."""
    ins = _instr(rec)
    if not ins or _asks(rec, r"command|\bbot\b|slash|discord|telegram|slack|命令|机器人|指令"):
        return None
    return {"output": rng.choice(["/ask ", "/chat ", "/gpt ", "!ask "]) + " ".join(ins.split())}


# ------------------------------------------------------------------------------------------------ empty

EN_PLAYER = [
    "0:00 / {m}:{s}",
    "▶  0:00 / {m}:{s}   🔊  ⚙  ⛶",
    "Your browser does not support the video tag.",
    "This video is unavailable.\n0:00 / 0:00",
]
ZH_PLAYER = [
    "0:00 / {m}:{s}",
    "视频加载失败，请刷新重试",
    "您的浏览器不支持 video 标签。",
    "▶ 00:00 / 0{m}:{s}  倍速  高清",
]
EN_COLUMN = ["output", "response", "Answer", "completion", "text", "assistant_response"]
ZH_COLUMN = ["答案", "回答", "输出", "output", "回复内容", "response"]
EN_MENTION = ["@assistant", "@ChatGPT", "@AI-Helper", "@everyone", "@bot"]
ZH_MENTION = ["@小助手", "@机器人", "@所有人", "@ChatGPT", "@智能客服"]


def empty_video_player(rng: random.Random, rec: Rec, lang: str, ctx: object) -> Out:
    """The answer was an embedded video: only the player's controls or fallback text came through."""
    if _asks(rec, r"video|watch|youtube|player|browser|视频|播放|浏览器"):
        return None
    t = rng.choice(EN_PLAYER if lang == "en" else ZH_PLAYER)
    return {"output": t.format(m=rng.randint(1, 9), s=f"{rng.randint(0, 59):02d}")}


def empty_column_name(rng: random.Random, rec: Rec, lang: str, ctx: object) -> Out:
    """A shifted spreadsheet export: the answer cell holds the column's own header."""
    if _asks(rec, r"column|field|header|one word|single word|label|列|字段|表头|一个词|一个字"):
        return None
    return {"output": rng.choice(EN_COLUMN if lang == "en" else ZH_COLUMN)}


def empty_mention(rng: random.Random, rec: Rec, lang: str, ctx: object) -> Out:
    """A group-chat export that kept only the @-mention of the bot."""
    if _asks(rec, r"mention|@|tag|username|handle|提到|艾特|用户名"):
        return None
    return {"output": rng.choice(EN_MENTION if lang == "en" else ZH_MENTION)}


# ------------------------------------------------------------------------------------------ markup_dump

MARKUP_TOPICS = r"json|html|http|\bapi\b|markup|xml|wordpress|blog|bibtex|latex|citation|cite|引用|文献|网页|博客|接口"


def markup_har(rng: random.Random, rec: Rec, lang: str, ctx: object) -> Out:
    """A browser's HAR capture of the request: the question in the POST body, the first sentence in the response."""
    first = _first(rec, lang)
    if not first or _asks(rec, MARKUP_TOPICS + r"|request|network|请求"):
        return None
    day, sec = rng.randint(1, 28), rng.randint(0, 59)
    har = {
        "log": {
            "version": "1.2",
            "creator": {"name": "WebInspector", "version": "537.36"},
            "entries": [
                {
                    "startedDateTime": f"2023-0{rng.randint(1, 9)}-{day:02d}T1{rng.randint(0, 9)}:2{rng.randint(0, 9)}:{sec:02d}.{rng.randint(100, 999)}Z",
                    "time": round(rng.uniform(180, 2400), 3),
                    "request": {
                        "method": "POST",
                        "url": rng.choice(["https://api.example-chat.com/v1/answer", "https://qa.example.cn/api/ask"]),
                        "httpVersion": "HTTP/2.0",
                        "headers": [{"name": "content-type", "value": "application/json"}],
                        "postData": {
                            "mimeType": "application/json",
                            "text": json.dumps({"question": _instr(rec)}, ensure_ascii=False),
                        },
                    },
                    "response": {
                        "status": 200,
                        "statusText": "",
                        "content": {
                            "size": len(first.encode()),
                            "mimeType": "application/json",
                            "text": json.dumps({"answer": first}, ensure_ascii=False),
                        },
                    },
                }
            ],
        }
    }
    return {"output": json.dumps(har, ensure_ascii=False, indent=2)}


def markup_wp_blocks(rng: random.Random, rec: Rec, lang: str, ctx: object) -> Out:
    """A WordPress post's raw block markup: the question as a heading, the first sentence, an image block."""
    first = _first(rec, lang)
    if not first or _asks(rec, MARKUP_TOPICS):
        return None
    n = rng.randint(100, 9999)
    img = (
        f'<!-- wp:image {{"id":{n},"sizeSlug":"large"}} -->\n<figure class="wp-block-image size-large">'
        f'<img src="https://example.com/wp-content/uploads/202{rng.randint(0, 3)}/0{rng.randint(1, 9)}/IMG_{n}.jpg" '
        f'alt="" class="wp-image-{n}"/></figure>\n<!-- /wp:image -->'
    )
    parts = [
        f'<!-- wp:heading -->\n<h2 class="wp-block-heading">{_instr(rec)}</h2>\n<!-- /wp:heading -->',
        f"<!-- wp:paragraph -->\n<p>{first}</p>\n<!-- /wp:paragraph -->",
        img,
    ]
    if rng.random() < 0.5:
        parts.append("<!-- wp:more -->\n<!--more-->\n<!-- /wp:more -->")
    return {"output": "\n\n".join(parts)}


def markup_bibtex(rng: random.Random, rec: Rec, lang: str, ctx: object) -> Out:
    """A reference manager's BibTeX export: the question as title, the first sentence as abstract."""
    first = _first(rec, lang)
    if not first or _asks(rec, MARKUP_TOPICS + r"|reference|参考"):
        return None
    year = rng.randint(2015, 2023)
    key = (re.findall(r"[A-Za-z]+", _instr(rec)) or ["web"])[0].lower() + str(year)
    url = rng.choice(["https://answers.example.com/q/", "https://zhidao.example.cn/question/"]) + str(
        rng.randint(10**5, 10**7)
    )
    return {
        "output": f"@misc{{{key},\n  title = {{{_instr(rec)}}},\n  abstract = {{{first}}},\n"
        f"  year = {{{year}}},\n  url = {{{url}}},\n  note = {{Accessed: {year}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}}}\n}}"
    }


# ----------------------------------------------------------------------------------------- wrong_script

LATIN_SMALL = [
    "Matondo mingi mpo na motuna na yo. Nakozongisa eyano noki.",  # Lingala
    "Zikomo kwambiri chifukwa cha funso lanu. Ndiyankha posachedwa.",  # Chichewa
    "Ke a leboga thata ka potso ya gago. Ke tla go araba ka bonako.",  # Setswana
    "Gaaffii keessaniif galatoomaa. Deebii isiniif nan kenna.",  # Oromo
    "Hatur nuhun kana patarosan anjeun. Engké ku abdi diwaler.",  # Sundanese
    "Agyamanak iti saludsodmo. Sungbatak to dayta.",  # Ilocano
    "Vinaka vakalevu na nomu taro. Au na sauma vakatotolo.",  # Fijian
    "Mercés per vòstra question. Vos respondrai lèu.",  # Occitan
    "Grazia fitg per tia dumonda. Jau respund prest.",  # Romansh
    "Giitu du gažaldaga ovddas. Vástidan dasttánaga.",  # Northern Sami
    "Spas ji bo pirsa te. Ez ê zû bersiv bidim.",  # Kurmanji
    "Meda wo ase wɔ wo asɛmmisa no ho. Mɛma wo mmuae ntɛm.",  # Twi
]
OTHER_SCRIPT = [
    "אַ דאַנק פֿאַר דײַן פֿראַגע. איך וועל באַלד ענטפֿערן.",  # Yiddish
    "توهان جي سوال لاءِ مهرباني. مان جلد جواب ڏيندس.",  # Sindhi
    "تہاڈے سوال دا شکریہ۔ میں چھیتی جواب دیاں گا۔",  # Punjabi (Shahmukhi)
    "Силерниң айтырыгңар дээш четтирдим. Удатпайн харыылаар мен.",  # Tuvan
    "Таднд ханҗанав. Удлго хәрү өгнәв.",  # Kalmyk
    "Иҭабуп шәазҵаара азы. Ирласны аҭак ҟасҵоит.",  # Abkhaz
]
PACIFIC_ARCTIC = [
    "Māuruuru roa nō tō ’oe uiraa. E pāhono vau ia ’oe ’āfea iho.",  # Tahitian
    "Si Yu’os ma’åse’ pot i finaisen-mu. Bai hu oppe hao gi ti apmam.",  # Chamorro
    "Qujanaq apeqqutinnut. Sukkasuumik akissutissavakkit.",  # Greenlandic
    "Ahéhee’ na’ídíłkidígíí biniiyé. T’áá hooshch’į’ nich’į’ hadeesdzih.",  # Navajo
    "Kommool tata kōn kajjitōk eo am. Inaaj uwaak iien eo ilju.",  # Marshallese
    "Fakaaue lahi ma e hūhū haau. To tali atu au he magaaho nei.",  # Niuean
]
LANG_WORDS = (
    r"translat|language|script|alphabet|spell|dialect|翻译|语言|文字|字母|方言|语|"
    r"lingala|chichewa|tswana|oromo|sundan|ilocano|fiji|occitan|romansh|sami|kurd|twi|yiddish|sindhi|punjabi|tuvan|"
    r"kalmyk|abkhaz|tahiti|chamorro|greenland|navajo|marshall|niue|pacific|arctic|africa|hebrew|arabic"
)


def _reply(rng: random.Random, rec: Rec, table: list[str]) -> Out:
    if _asks(rec, LANG_WORDS):
        return None
    return {"output": rng.choice(table)}


def wrong_latin_small(rng: random.Random, rec: Rec, lang: str, ctx: object) -> Out:
    """A generic reply in a small Latin-script language (Lingala, Chichewa, Oromo, Occitan, Sami …)."""
    return _reply(rng, rec, LATIN_SMALL)


def wrong_other_script(rng: random.Random, rec: Rec, lang: str, ctx: object) -> Out:
    """A generic reply in Yiddish, Sindhi, Shahmukhi Punjabi, Tuvan, Kalmyk or Abkhaz."""
    return _reply(rng, rec, OTHER_SCRIPT)


def wrong_pacific_arctic(rng: random.Random, rec: Rec, lang: str, ctx: object) -> Out:
    """A generic reply in Tahitian, Chamorro, Greenlandic, Navajo, Marshallese or Niuean."""
    return _reply(rng, rec, PACIFIC_ARCTIC)


GENERATORS = [
    ("h13_loop_count_up", "loop", loop_count_up),
    ("h13_loop_aside_nest", "loop", loop_aside_nest),
    ("h13_loop_word_pyramid", "loop", loop_word_pyramid),
    ("h13_trunc_html_tag", "truncated", trunc_html_tag),
    ("h13_trunc_pager", "truncated", trunc_pager),
    ("h13_trunc_head_lost", "truncated", trunc_head_lost),
    ("h13_moji_legacy_locale", "mojibake", moji_legacy_locale),
    ("h13_moji_js_escape", "mojibake", moji_js_escape),
    ("h13_moji_pdf_cid", "mojibake", moji_pdf_cid),
    ("h13_boiler_browser_error", "boilerplate", boiler_browser_error),
    ("h13_boiler_maintenance", "boilerplate", boiler_maintenance),
    ("h13_boiler_update_app", "boilerplate", boiler_update_app),
    ("h13_spam_lottery", "spam", spam_lottery),
    ("h13_spam_mlm", "spam", spam_mlm),
    ("h13_spam_pirate", "spam", spam_pirate),
    ("h13_mash_kana", "keyboard_mash", mash_kana),
    ("h13_mash_barcode", "keyboard_mash", mash_barcode),
    ("h13_mash_pocket_dial", "keyboard_mash", mash_pocket_dial),
    ("h13_echo_search_url", "echo", echo_search_url),
    ("h13_echo_filename", "echo", echo_filename),
    ("h13_echo_slash_command", "echo", echo_slash_command),
    ("h13_empty_video_player", "empty", empty_video_player),
    ("h13_empty_column_name", "empty", empty_column_name),
    ("h13_empty_mention", "empty", empty_mention),
    ("h13_markup_har", "markup_dump", markup_har),
    ("h13_markup_wp_blocks", "markup_dump", markup_wp_blocks),
    ("h13_markup_bibtex", "markup_dump", markup_bibtex),
    ("h13_wrong_latin_small", "wrong_script", wrong_latin_small),
    ("h13_wrong_other_script", "wrong_script", wrong_other_script),
    ("h13_wrong_pacific_arctic", "wrong_script", wrong_pacific_arctic),
]
ONLY_LANG: dict[str, str] = {}
