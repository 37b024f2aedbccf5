"""Junk generators of the eighth held-out part (heldout8), written blind to the clean filters.

Each generator is ``fn(rng, rec, lang, ctx) -> dict | None``: it corrupts one real base record
(``rec`` has instruction, input, output) and returns the changed fields (only ``output``), or None
when the base record does not suit it (generate.py then tries the next base record).  Every wording
here is new and written as by another author: junk as new sources produce it, namely e-mail clients
and auto-replies, tool-calling agents, retrieval (RAG) pipelines, a model's self-talk, captcha walls,
web-archive snapshots, wiki vandalism, browser extensions, serial consoles and IoT sensor logs.  It was
written without reading the clean stage, its config, features.py or any earlier part's templates
(only the kind tables of bench/clean_eval/README.md, to avoid repeating them).  The good look-alikes
live in good_heldout8.py.
"""

from __future__ import annotations

import json
import random
import re
import string
from collections.abc import Callable
from typing import Any

import textutil

Rec = dict[str, str]
Gen = Callable[[random.Random, Rec, str, Any], "dict[str, str] | None"]

JUNK_PER_LANG = 400

LANG_TASK = re.compile(
    r"translat|language|script|alphabet|ogham|spanish|french|german|chinese|english|翻译|译成|语言|英文|英语|外语|文字"
)


def _first(rec: Rec, lang: str) -> str | None:
    s = textutil.sentences(rec["output"], lang)
    return s[0] if s else None


EN_DULL = {"three", "five", "several", "sentence", "following", "words", "using", "develop", "example", "second"}
ZH_VERB = re.compile(
    r"^(描述|比较|解释|列出|生成|给出|创建|创作|写出|写|说明|分析|提供|设计|想出|找出|总结|命名|识别|举例|介绍|编写)+"
)


def _topic(rec: Rec, lang: str) -> str:
    ins = rec["instruction"].strip()
    if lang == "zh":
        runs = [ZH_VERB.sub("", r) for r in textutil.keywords(ins, "zh")]
        runs = [r for r in runs if len(r) >= 2 and textutil.CJK.match(r)]
        return runs[0] if runs else "资料"
    kws = [k for k in textutil.keywords(ins, "en") if k not in EN_DULL]
    return max(kws, key=len) if kws else "notes"


def _slug(rec: Rec, lang: str) -> str:
    if lang == "zh":
        return "doc"
    kws = textutil.keywords(rec["instruction"], "en")[:3]
    return "-".join(kws) or "page"


def _asks(rec: Rec, pattern: str) -> bool:
    """Whether the task asks for something this template would produce (then the template skips it)."""
    return bool(re.search(pattern, rec["instruction"] + " " + rec["input"], re.I))


def _date(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(2016, 2024), rng.randint(1, 12), rng.randint(1, 28)


# ------------------------------------------------------------------------------------------------ loop


def loop_mail_quotes(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A mail thread flattened into the answer: the first sentence quoted one level deeper each reply."""
    if _asks(rec, r"e-?mail|quote|thread|邮件|引用"):
        return None
    first = _first(rec, lang)
    if not first:
        return None
    n = rng.randint(6, 12)
    names = ["Sam Okafor", "J. Lindqvist", "help desk"] if lang == "en" else ["张工", "客服中心", "刘晓"]
    blocks = [first]
    for depth in range(1, n):
        who = rng.choice(names)
        head = f"{who} wrote:" if lang == "en" else f"{who} 写道："
        quoted = "\n".join(">" * depth + " " + ln for ln in [head, *first.splitlines()])
        blocks.append(quoted)
    return {"output": "\n\n".join(blocks)}


def loop_agent_retry(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A tool-calling agent retrying the same search until its step budget ran out, no answer."""
    if _asks(rec, r"agent|tool|search|智能体|工具|搜索"):
        return None
    topic = _topic(rec, lang)
    n = rng.randint(6, 12)
    if lang == "en":
        step = f'Thought: I should look this up.\nAction: search("{topic}")\nObservation: Error: timeout after 30s'
        tail = "Agent stopped due to iteration limit."
    else:
        step = f"思考：我需要先查一下资料。\n动作：search(“{topic}”)\n观察：错误：请求超时（30秒）"
        tail = "智能体已达到最大迭代次数，停止运行。"
    return {"output": "\n".join([step] * n + [tail])}


# ------------------------------------------------------------------------------------------- truncated


def _cut(text: str, lang: str, rng: random.Random) -> str | None:
    if len(text) < 80:
        return None
    pos = int(len(text) * rng.uniform(0.3, 0.6))
    if lang == "en":
        while pos < len(text) and text[pos].isalnum():
            pos += 1
        cut = text[:pos].rstrip(" ,;:")
    else:
        cut = text[:pos].rstrip("，、；：")
    if not cut or cut[-1] in ".!?。！？" or len(cut) >= len(text) - 10:
        return None
    return cut


def trunc_clipped_mail(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A mail client clipped the long message: the first third to a half and its clip notice."""
    cut = _cut(rec["output"], lang, rng)
    if cut is None:
        return None
    note = "[Message clipped]  View entire message" if lang == "en" else "[邮件内容过长，已被截断]  查看完整邮件"
    return {"output": cut + "\n\n" + note}


def trunc_rag_window(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A retrieval pipeline packed only the first chunk of the answer into its window, cut mid-sentence."""
    cut = _cut(rec["output"], lang, rng)
    if cut is None:
        return None
    mark = rng.choice(["…", "...", " [...]"])
    return {"output": cut + mark}


# -------------------------------------------------------------------------------------------- mojibake


def _mis(text: str, codec: str) -> str:
    return text.encode("utf-8").decode(codec, errors="replace")


def _moji(rec: Rec, lang: str, codec: str) -> dict[str, str] | None:
    out = rec["output"] if lang == "zh" else textutil.smarten(rec["output"])
    if sum(1 for c in out if ord(c) > 127) < 2:
        return None
    bad = _mis(out, codec)
    return {"output": bad} if bad != rec["output"] else None


def moji_cp1256(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """An SMS gateway that took UTF-8 for Windows-1256 (Arabic): quotes and hanzi turn into Arabic letters."""
    return _moji(rec, lang, "cp1256")


def moji_cp850(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """An IoT gateway's serial console in code page 850 showing UTF-8 bytes."""
    return _moji(rec, lang, "cp850")


# ----------------------------------------------------------------------------------------- boilerplate

EN_OOO = [
    "Thank you for your email. I am out of the office until {d} with limited access to email. "
    "For urgent matters, please contact {who}.",
    "Automatic reply: I'm currently on annual leave and will respond to your message when I return on {d}. "
    "If it can't wait, {who} is covering for me.",
    "This mailbox is not monitored over the holidays. Your message has been received and will be read after {d}.",
]
ZH_OOO = [
    "您好，您的邮件已收到。本人{d}前休假，期间无法及时回复，紧急事务请联系{who}。",
    "【自动回复】我正在出差，{d}返回办公室。如有急事请联系同事{who}，谢谢！",
    "此邮箱节假日期间无人值守，您的来信将于{d}后处理。",
]
EN_WHO = ["Dana at extension 214", "the front desk", "my colleague Priya", "support@example.org"]
ZH_WHO = ["王老师（分机 8021）", "前台", "李经理", "service@example.cn"]


def boiler_out_of_office(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """An e-mail auto-reply stored instead of the answer (never on tasks about e-mails or auto-replies)."""
    if re.search(r"e-?mail|reply|leave|office|vacation|邮件|回复|休假|请假", rec["instruction"] + rec["input"], re.I):
        return None
    _y, m, d = _date(rng)
    if lang == "en":
        text = rng.choice(EN_OOO).format(
            d=f"{d} {('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')[m - 1]}",
            who=rng.choice(EN_WHO),
        )
    else:
        text = rng.choice(ZH_OOO).format(d=f"{m}月{d}日", who=rng.choice(ZH_WHO))
    return {"output": text}


def boiler_captcha_wall(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A scraper hit a bot check and kept its page text (never on tasks about captchas or verification)."""
    if re.search(r"captcha|robot|verif|human|验证|机器人", rec["instruction"] + rec["input"], re.I):
        return None
    ray = "".join(rng.choice("0123456789abcdef") for _ in range(16))
    if lang == "en":
        text = rng.choice(
            [
                "Please verify you are a human\nPress & hold the button to confirm.\nReference ID: {r}",
                "Checking your browser before accessing the site. This process is automatic.\nRay ID: {r}",
                "Type the characters you see in the image below.\n[captcha]\nCan't read it? Try another one.",
            ]
        )
    else:
        text = rng.choice(
            [
                "请完成安全验证\n请按住滑块，拖动到最右边\n请求编号：{r}",
                "访问过于频繁，请输入验证码后继续访问。\n[验证码图片]  看不清？换一张",
                "正在检查您的浏览器，请稍候……\n编号：{r}",
            ]
        )
    return {"output": text.format(r=ray)}


EN_SELF = [
    "Okay, so the user wants an answer about {t}. Let me think about what they really need. "
    "I should be accurate and not too long. Let me structure my response carefully.",
    "Hmm. First I need to understand the question about {t}. I'll consider the key points, then write a clear "
    "reply. Let me start drafting.",
]
ZH_SELF = [
    "好的，用户问的是关于“{t}”的问题。我先想想用户真正需要什么。回答要准确，也不能太长。下面我来组织一下语言。",
    "嗯，首先我得理解这个关于“{t}”的问题。我会先列出要点，再写出清楚的回答。现在开始起草。",
]


def boiler_self_talk(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A model's planning talk kept as the answer: it promises to answer and never does."""
    if _asks(rec, r"monologue|think aloud|\binner\b|独白|内心"):
        return None
    t = _topic(rec, lang)
    return {"output": rng.choice(EN_SELF if lang == "en" else ZH_SELF).format(t=t)}


# ------------------------------------------------------------------------------------------------ spam


def _place(rng: random.Random, rec: Rec, lang: str, ad: str) -> str:
    where = rng.choice(["alone", "after", "inside"])
    if where == "alone":
        return ad
    if where == "after":
        return rec["output"].rstrip() + "\n\n" + ad
    sents = textutil.sentences(rec["output"], lang)
    if len(sents) < 2:
        return rec["output"].rstrip() + "\n\n" + ad
    i = rec["output"].find(sents[0]) + len(sents[0])
    return rec["output"][:i] + ("\n" if lang == "en" else "") + ad + "\n" + rec["output"][i:].lstrip()


def spam_wiki_linkspam(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A wiki spammer's outlet link inserted into the article text."""
    if _asks(rec, r"advert|promot|slogan|discount|sale|广告|推广|宣传|促销"):
        return None
    t = _topic(rec, lang)
    if lang == "en":
        ad = f"[http://cheap-{t}-outlet.example.biz BEST {t.upper()} OUTLET – up to 90% OFF, free shipping!!]"
    else:
        ad = f"【{t}厂家直销】全网最低价，一件代发，点击进入 http://www.pifa{rng.randint(100, 999)}.example.cn"
    return {"output": _place(rng, rec, lang, ad)}


def spam_mailbox_phish(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A phishing notice: the mailbox is full, log in at a look-alike address."""
    if _asks(rec, r"phish|scam|spam|e-?mail|钓鱼|诈骗|垃圾|邮件"):
        return None
    n = rng.randint(95, 99)
    if lang == "en":
        ad = (
            f"Your mailbox is {n}% full. Messages will be rejected within 24 hours. "
            f"Upgrade your storage now: http://mail-quota-{rng.randint(10, 99)}.example.net/verify"
        )
    else:
        ad = f"【系统通知】您的邮箱容量已使用{n}%，24小时内将停止收信，请立即登录升级：http://mail-{rng.randint(10, 99)}.example.cn/login"
    return {"output": _place(rng, rec, lang, ad)}


def spam_extension_promo(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A browser extension's signature appended to what it summarised, with an install pitch."""
    if _asks(rec, r"extension|advert|promot|slogan|插件|广告|推广|宣传"):
        return None
    name = rng.choice(["SummaBot", "QuickGist", "ReadLess AI", "TLDR Pro"])
    if lang == "en":
        ad = f"⚡ Summarised by {name} – install the free Chrome extension and summarise any page in 1 click! Use code FREE30"
    else:
        ad = f"⚡ 本内容由「{name}」浏览器插件生成 —— 免费安装，一键总结全网文章！邀请码 FREE30 领会员"
    return {"output": _place(rng, rec, lang, ad)}


# --------------------------------------------------------------------------------------- keyboard_mash


def mash_captcha_guesses(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A captcha solver's guesses saved as the answer: short random letter-digit strings."""
    if _asks(rec, r"password|random|captcha|\bcode\b|string|密码|随机|验证码|字符串"):
        return None
    pool = "abcdefhkmnprtwxyzABDEFGHKMNPRTWXYZ2345678"
    words = ["".join(rng.choice(pool) for _ in range(rng.randint(4, 7))) for _ in range(rng.randint(5, 12))]
    return {"output": rng.choice([" ", "\n", " | "]).join(words)}


def mash_wrong_baud(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A sensor's serial console read at the wrong baud rate: line noise from the high half of Latin-1."""
    if _asks(rec, r"baud|serial|noise|garbage|random|串口|乱码|随机"):
        return None
    noise = "ÿþü~x€øðàÀ¿ÅÆÐ×ßæ÷"
    chunks = ["".join(rng.choice(noise) for _ in range(rng.randint(3, 12))) for _ in range(rng.randint(4, 9))]
    return {"output": rng.choice([" ", "\n"]).join(chunks)}


# ------------------------------------------------------------------------------------------------ echo


def echo_rag_query(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A retrieval step that found nothing and logged its query, the instruction, as the answer."""
    if _asks(rec, r"retriev|search|query|检索|搜索|查询"):
        return None
    q = rec["instruction"].strip()
    if lang == "en":
        return {"output": f"Query: {q}\nRetrieved 0 documents (top_k={rng.choice([3, 5, 8])})."}
    return {"output": f"检索词：{q}\n共召回 0 篇相关文档（top_k={rng.choice([3, 5, 8])}）。"}


def echo_mail_quote(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A reply that is only the quoted original: the attribution line and the instruction."""
    if _asks(rec, r"e-?mail|quote|reply|邮件|引用|回复"):
        return None
    y, m, d = _date(rng)
    hh, mm = rng.randint(7, 22), rng.randint(0, 59)
    q = "\n".join("> " + ln for ln in rec["instruction"].strip().splitlines())
    if lang == "en":
        return {"output": f"On {y}-{m:02d}-{d:02d} at {hh:02d}:{mm:02d}, <asker@example.com> wrote:\n{q}"}
    return {"output": f"在 {y}年{m}月{d}日 {hh:02d}:{mm:02d}，<asker@example.com> 写道：\n{q}"}


def echo_tool_query(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """An agent's tool call left as the answer, its only argument the instruction."""
    if _asks(rec, r"json|tool|function call|\bapi\b|工具|函数调用|接口"):
        return None
    call = {
        "tool": rng.choice(["web_search", "kb_lookup", "ask_expert"]),
        "args": {"query": rec["instruction"].strip()},
    }
    return {"output": json.dumps(call, ensure_ascii=False)}


# ----------------------------------------------------------------------------------------------- empty


def empty_final_answer(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """An agent's final-answer field with nothing in it."""
    if _asks(rec, r"final answer|template|format|最终答案|模板|格式"):
        return None
    if lang == "en":
        return {"output": rng.choice(["Final Answer:", "Final Answer: ", "FINAL ANSWER:\n"])}
    return {"output": rng.choice(["最终答案：", "最终回答：\n", "Final Answer："])}


def empty_mail_signature(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A reply whose body is lost: the signature delimiter and the phone's signature only."""
    if _asks(rec, r"e-?mail|signature|邮件|签名"):
        return None
    if lang == "en":
        sig = rng.choice(["Sent from my iPhone", "Sent from my Galaxy", "Get Outlook for Android"])
    else:
        sig = rng.choice(["发自我的iPhone", "发自我的华为手机", "来自 QQ邮箱 App"])
    return {"output": "-- \n" + sig}


def empty_wiki_blanked(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A vandal blanked the page and left a word (never on tasks asking for a greeting, a test word or a number)."""
    if re.search(r"greet|hello|test|how many|number|count|问候|测试|你好|多少|几|数字", rec["instruction"], re.I):
        return None
    word = rng.choice(
        ["hi", "hello!!", "test", "lol", "testing 123"] if lang == "en" else ["测试", "哈哈", "你好", "沙发", "1"]
    )
    return {"output": word}


# ----------------------------------------------------------------------------------------- markup_dump


def markup_rag_context(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A RAG prompt's retrieved context block pasted instead of the answer (first sentence in chunk 1)."""
    if _asks(rec, r"retriev|rag\b|context|检索|上下文"):
        return None
    first = _first(rec, lang)
    if not first:
        return None
    slug = _slug(rec, lang)
    s1, s2 = round(rng.uniform(0.7, 0.9), 2), round(rng.uniform(0.4, 0.69), 2)
    parts = [
        "<context>",
        f"[1] source=kb/{slug}.md chunk={rng.randint(0, 40)} score={s1}",
        first,
        f"[2] source=kb/faq_{rng.randint(1, 99):02d}.md chunk={rng.randint(0, 40)} score={s2}",
        "(empty chunk)" if lang == "en" else "（空片段）",
        "</context>",
    ]
    return {"output": "\n".join(parts)}


def markup_tool_call(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A function-call message left in the answer, as a chat API returns it, with no content."""
    if _asks(rec, r"json|tool|function call|\bapi\b|工具|函数调用|接口"):
        return None
    args = json.dumps({"topic": _topic(rec, lang), "max_results": rng.choice([3, 5, 10])}, ensure_ascii=False)
    msg = {
        "role": "assistant",
        "content": None,
        "tool_calls": [
            {
                "id": "call_" + "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(12)),
                "type": "function",
                "function": {"name": rng.choice(["lookup", "get_facts", "retrieve"]), "arguments": args},
            }
        ],
    }
    return {"output": json.dumps(msg, ensure_ascii=False, indent=rng.choice([None, 2]))}


def markup_archive_snapshot(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A web-archive capture's banner and page head, the first sentence inside a bare HTML body."""
    if _asks(rec, r"html|archive|wayback|web ?page|网页|存档"):
        return None
    first = _first(rec, lang)
    if not first:
        return None
    y, m, d = _date(rng)
    stamp = f"{y}{m:02d}{d:02d}{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}{rng.randint(0, 59):02d}"
    url = f"http://www.{_slug(rec, lang)}.example.com/"
    text = (
        f"The Wayback Machine - https://web.archive.org/web/{stamp}/{url}\n"
        f"{rng.randint(3, 900)} captures\n"
        f'<html><head><base href="https://web.archive.org/web/{stamp}/{url}"><title>{_topic(rec, lang)}</title></head>\n'
        f'<body><div id="wm-ipp-base"></div><p>{first}</p></body></html>'
    )
    return {"output": text}


def markup_sensor_log(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """IoT telemetry in JSON lines that a logging bug wrote into the answer column."""
    if _asks(rec, r"json|sensor|\blogs?\b|\biot\b|telemetry|temperature|传感器|日志|物联网|温度"):
        return None
    dev = f"sensor-{rng.randint(1, 64):02d}"
    t0 = rng.randint(1_600_000_000, 1_700_000_000)
    lines = []
    for i in range(rng.randint(4, 9)):
        row = {
            "ts": t0 + 60 * i,
            "device": dev,
            "temp_c": round(rng.uniform(18, 27), 1),
            "rh": rng.randint(30, 70),
            "batt": round(rng.uniform(3.3, 4.1), 2),
        }
        lines.append(json.dumps(row))
    return {"output": "\n".join(lines)}


# ---------------------------------------------------------------------------------------- wrong_script

FAR = [
    "សូមអរគុណចំពោះសំណួររបស់អ្នក។ នេះគឺជាចម្លើយខ្លីមួយ។",
    "ຂອບໃຈສຳລັບຄຳຖາມຂອງທ່ານ. ນີ້ແມ່ນຄຳຕອບສັ້ນໆ.",
    "သင့်မေးခွန်းအတွက် ကျေးဇူးတင်ပါတယ်။ ဒါက အဖြေတိုလေးပါ။",
    "ඔබේ ප්‍රශ්නයට ස්තුතියි. මෙන්න කෙටි පිළිතුරක්.",
    "ཁྱེད་ཀྱི་དྲི་བར་ཐུགས་རྗེ་ཆེ། ལན་ཐུང་ངུ་ཞིག་འདི་ཡིན།",
]
NEAR = [
    "Gràcies per la teva pregunta. Aquí tens una resposta breu i clara.",
    "Eskerrik asko zure galderagatik. Hona hemen erantzun labur bat.",
    "Dankon pro via demando. Jen mallonga kaj klara respondo.",
    "Aitäh küsimuse eest. Siin on lühike ja selge vastus.",
    "Ačiū už klausimą. Štai trumpas ir aiškus atsakymas.",
    "Ďakujem za otázku. Tu je krátka a jasná odpoveď.",
    "Grazzi tal-mistoqsija tiegħek. Hawn tweġiba qasira u ċara.",
]
OGHAM = dict(
    zip(
        "abcdefghijklmnopqrstuvwxyz",
        "ᚐᚁᚉᚇᚓᚃᚌᚆᚔᚔᚉᚂᚋᚅᚑᚚᚊᚏᚄᚈᚒᚃᚒᚕᚔᚎ",
        strict=True,
    )
)


def _language_task(rec: Rec) -> bool:
    return bool(LANG_TASK.search((rec["instruction"] + " " + rec["input"]).lower()))


def wrong_far_script(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """An auto-translate step with a wrong target: a generic reply in Khmer, Lao, Burmese, Sinhala or Tibetan."""
    if _language_task(rec):
        return None
    return {"output": rng.choice(FAR)}


def wrong_minor_latin(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """A generic reply in Catalan, Basque, Esperanto, Estonian, Lithuanian, Slovak or Maltese."""
    if _language_task(rec):
        return None
    return {"output": rng.choice(NEAR)}


def ogham(text: str) -> str:
    """Letter-for-letter Ogham as a novelty converter does it (spaces become the Ogham space mark)."""
    body = "".join(OGHAM.get(c, "\u1680" if c == " " else c) for c in text.lower())
    return "᚛" + body + "᚜"


def wrong_ogham(rng: random.Random, rec: Rec, lang: str, ctx: Any) -> dict[str, str] | None:
    """The English answer run through an Ogham converter (en; never on language or alphabet tasks)."""
    if lang != "en" or _language_task(rec) or re.search(r"rune|font|cipher|code", rec["instruction"], re.I):
        return None
    return {"output": "\n".join(ogham(ln) for ln in rec["output"].splitlines())}


GENERATORS: list[tuple[str, str, Gen]] = [
    ("h8_loop_mail_quotes", "loop", loop_mail_quotes),
    ("h8_loop_agent_retry", "loop", loop_agent_retry),
    ("h8_trunc_clipped_mail", "truncated", trunc_clipped_mail),
    ("h8_trunc_rag_window", "truncated", trunc_rag_window),
    ("h8_moji_cp1256", "mojibake", moji_cp1256),
    ("h8_moji_cp850", "mojibake", moji_cp850),
    ("h8_boiler_out_of_office", "boilerplate", boiler_out_of_office),
    ("h8_boiler_captcha_wall", "boilerplate", boiler_captcha_wall),
    ("h8_boiler_self_talk", "boilerplate", boiler_self_talk),
    ("h8_spam_wiki_linkspam", "spam", spam_wiki_linkspam),
    ("h8_spam_mailbox_phish", "spam", spam_mailbox_phish),
    ("h8_spam_extension_promo", "spam", spam_extension_promo),
    ("h8_mash_captcha_guesses", "keyboard_mash", mash_captcha_guesses),
    ("h8_mash_wrong_baud", "keyboard_mash", mash_wrong_baud),
    ("h8_echo_rag_query", "echo", echo_rag_query),
    ("h8_echo_mail_quote", "echo", echo_mail_quote),
    ("h8_echo_tool_query", "echo", echo_tool_query),
    ("h8_empty_final_answer", "empty", empty_final_answer),
    ("h8_empty_mail_signature", "empty", empty_mail_signature),
    ("h8_empty_wiki_blanked", "empty", empty_wiki_blanked),
    ("h8_markup_rag_context", "markup_dump", markup_rag_context),
    ("h8_markup_tool_call", "markup_dump", markup_tool_call),
    ("h8_markup_archive_snapshot", "markup_dump", markup_archive_snapshot),
    ("h8_markup_sensor_log", "markup_dump", markup_sensor_log),
    ("h8_wrong_far_script", "wrong_script", wrong_far_script),
    ("h8_wrong_minor_latin", "wrong_script", wrong_minor_latin),
    ("h8_wrong_ogham", "wrong_script", wrong_ogham),
]
ONLY_LANG = {"h8_wrong_ogham": "en"}
