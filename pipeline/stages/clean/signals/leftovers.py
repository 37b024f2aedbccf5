# Copyright 2026 instructflow authors
# SPDX-License-Identifier: Apache-2.0
"""What a tool or a stuck sampler leaves where the answer should be (issue #16, round on heldout11).

Each finder states a rule any author's junk of that family follows, not one author's wording, and keeps a
prompt that asks for that form. All run behind a cheap gate in :func:`apply` (a length bound, the last
characters, the answer's tail of at most :data:`TAIL_CHARS` characters), so an ordinary answer costs a few
string operations:

- :func:`tool_cut`: the answer *ends* with a tool's truncation marker (``[truncated 312 characters]``,
  ``（以下省略300字）``) or a chat client's stream error (``An error occurred while generating``, ``网络错误``)
  after some text: the text was cut (alone, the notice is a status, not an answer);
- :func:`progress_or_key`: the whole answer is a loading placeholder (``Loading…``, ``加载中``, ``⏳``) or a
  record key (``ans_3f9a2c1b``, a UUID, ``answer_id=4821``, ``回答ID：…``): the text itself is missing;
- :func:`labels_only`: two or more labels or headings (``Answer:`` / ``Explanation:``, ``【答案】【解析】``) with
  nothing under any of them: an empty form of an answer;
- :func:`trailing_mark_run`: one punctuation mark run on after the text (``… now?..........``,
  ``……………``, ``~~~~~~``), far beyond any typographic use: a sampler stuck on a token;
- :func:`said_again`: a sentence said again and again (five times or more, at least twice back to back at the
  end): a filler looped; :func:`closing_loop`: the same conclusion under three or more closing formulas
  (``In conclusion, X. To sum up, X.``).
"""

from __future__ import annotations

import re

from pipeline.stages.clean.signals.findings import Findings
from pipeline.stages.clean.signals.scaffold import NON_WORD

TAIL_CHARS = 160
"""Only the answer's last characters are read for a tool's marker."""

# --- a tool's truncation marker or a stream error at the end ---------------------------------------------

_CUT_MARKER = re.compile(
    # a bracketed (or ellipsis-led) note at the very end that says text was cut: "[truncated 312 characters]",
    # "…(output truncated, 40 more chars)", "<truncated: 200 bytes omitted>", "（以下省略300字）", "[输出已截断，剩余20字]"
    r"(?:\.\.\.|…|[\[(（<【{])[^\n\[(（<【{]{0,80}?"
    r"(?:truncat|截断|(?:omitted|省略|剩余|未显示|已折叠|hidden|skipped)[^\n]{0,30}?\d|\d[^\n]{0,30}?"
    r"(?:omitted|省略|未显示|hidden|skipped)|\d+\s*more\s*(?:chars?|characters|bytes|lines|tokens|words)\b)"
    r"[^\n]{0,40}[\])）>】}]\s*$",
    re.I,
)
_STREAM_ERROR = re.compile(
    # the line opens with the notice: "An error occurred while generating …", "⚠ Network error", "网络错误，生成中断"
    r"^[\W_]*(?:an? )?(?:error (?:occurred|happened) (?:while|during)|network error|connection (?:error|lost|reset|"
    r"closed|interrupted)|something went wrong|stream (?:closed|ended|interrupted|error)|generation (?:failed|"
    r"interrupted|stopped)|failed to (?:generate|load the response|complete the response)|request (?:timed out|"
    r"failed)|(?:回答|内容|答案)?(?:网络(?:错误|异常|连接中断)|生成(?:失败|中断|出错)|请重新生成|服务器繁忙|连接(?:中断|已断开)|"
    r"请求(?:超时|失败)|出错了))",
    re.I,
)
_CLOSERS = frozenset("])）>】}")
_PAGER = re.compile(r"^\s*-{1,2}\s*more\s*-{1,2}\s*(?:\(\s*\d{1,3}\s*%\s*\))?\s*$", re.I)
"""A pager's prompt as the last line (``--More--(47%)``): the text was copied off a terminal page (round on
heldout13)."""
_CUT_TOPIC = re.compile(
    r"truncat|omit|\blogs?\b|error|exception|fail|network|server|stream|status|message|notice|\bui\b|interface|"
    r"\bpager\b|\bless\b|\bmore\b command|terminal|截断|省略|日志|错误|异常|失败|网络|服务器|提示|状态|界面|分页|终端",
    re.I,
)
"""A prompt about truncation, logs, errors or interface messages: such a line may be the answer."""


def tool_cut(output: str, prompt: str) -> str | None:
    """``"cut"``, ``"status"`` or None: the answer ends with a tool's truncation marker or a stream error.

    The last line (its last :data:`TAIL_CHARS` characters) is a bracketed note saying text was truncated or
    omitted (with a count), or a chat client's error notice (network error, generation failed, 服务器繁忙).
    After text that is a cut answer (``"cut"``); alone it is a notice, not an answer (``"status"``). A prompt
    about truncation, logs, errors or interface messages keeps it.
    """
    text = output.rstrip()
    nl = text.rfind("\n", max(0, len(text) - TAIL_CHARS))
    last = text[nl + 1 :] if nl >= 0 else text[-TAIL_CHARS:]
    m = _CUT_MARKER.search(last) if text[-1:] in _CLOSERS else None
    if m is not None:
        start = len(text) - len(last) + m.start()
    elif text[-1:] in ")-" and _PAGER.match(last) is not None:
        start = len(text) - len(last)  # a pager's prompt: the rest of the text was never shown
    elif (nl >= 0 or len(text) <= 120) and len(last) <= 120 and _STREAM_ERROR.match(last) is not None:
        start = len(text) - len(last)  # a client's error notice stands on a line of its own
    else:
        return None
    if _CUT_TOPIC.search(prompt) is not None:
        return None
    before = text[:start].strip()
    return "cut" if len(before) >= 10 else "status"


# --- only a loading placeholder or a record key -------------------------------------------------------------

PLACEHOLDER_MAX_CHARS = 60
CHAT_STATUS_MAX_CHARS = 30
"""Longest answer judged as a chat status line or a reasoning header (round on heldout14)."""
_PROGRESS = re.compile(
    r"^[\W_]*(?:(?:loading|generating|processing|fetching|thinking)(?: (?:the |your )?(?:answer|response|content|"
    r"results?))?(?:,? please wait)?|please wait(?: while (?:we|I) (?:load|generate|fetch) (?:the |your )?"
    r"(?:answer|response|content|page))?|one moment(?:,? please)?|"
    r"(?:内容|页面|答案|回答)?(?:正在)?(?:加载|生成|载入|处理)中?(?:，|,)?(?:请稍(?:候|后|等))?|(?:正在加载|正在生成)|请稍(?:候|后|等))"
    r"[\W_]*$",
    re.I,
)
_SPINNERS = frozenset("⏳⌛🔄⟳↻◌")
_PROGRESS_SYMBOLS = _SPINNERS | frozenset("…. ")
_RECORD_KEY = re.compile(
    r"^(?:[a-z]{2,10}_[0-9a-f]{6,}|(?:ref|id|key)\s*[:#]\s*[A-Z]{1,5}-?\d{3,}|"
    r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[a-z]+_id\s*[=:]\s*[\w-]+|"
    r"(?:回答|答案|问题|记录)?(?:ID|id|编号)\s*[:：]\s*[\w-]+)$",
    re.I,
)
_MENTION = re.compile(r"^@[^\s@]{1,30}(?:[\s,，、]+@[^\s@]{1,30})*[.。!！]?$")
_MENTION_TOPIC = re.compile(
    r"@|mention|handle|user ?name|account|password|passcode|random|\btag\b|提及|用户名|账号|昵称|密码|随机", re.I
)
_PLAYER_START = frozenset("▶►⏵▷⏸0123456789")
_PLAYER = re.compile(
    r"^(?:[▶►⏵▷⏸]\s*\d{1,2}:\d{2}(?::\d{2})?|0?0:00(?::00)?)\s*/\s*\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:\s+(?:倍速|高清|标清|超清|蓝光|全屏|字幕|弹幕|静音|HD|CC|SD|\d(?:\.\d+)?x|\d{3,4}p))*\s*$"
    r"|^(?:your |this )?browser does(?: not|n[’']t) support (?:the |html5 )?(?:video|audio)(?: tag| element)?\.?$"
    r"|^(?:您的|你的)?浏览器(?:暂)?不支持\s*(?:video|audio|html5)?\s*(?:视频|音频)?(?:标签|播放)?[。.!！]?$"
    r"|^视频(?:加载|播放)(?:失败|出错)[，,]?(?:请(?:刷新|稍后)(?:页面)?(?:重试|再试))?[。.!！]?$",
    re.I,
)
_PLAYER_TOPIC = re.compile(
    r"video|audio|player|media|html|browser|timestamp|视频|音频|播放|媒体|浏览器|网页|时间戳", re.I
)
_SLOT_WORDS = frozenset(
    [
        "output",
        "response",
        "completion",
        "answer",
        "reply",
        "text",
        "result",
        "content",
        "assistant",
        "回复内容",
        "回答内容",
        "输出内容",
        "答案内容",
        "回复",
        "回答",
        "答案",
        "输出",
        "回应",
    ]
)
_WORD_TOPIC = re.compile(
    r"opposite|antonym|synonym|\bwords?\b|\bterms?\b|called|translat|rhym|反义|近义|同义|哪个词|什么词|翻译|叫什么",
    re.I,
)
"""A prompt asking for a word: a field name can be the word asked for ("the opposite of input?")."""
_SLOT_NAME = re.compile(
    r"^(?:assistant|model|bot|ai|gpt|llm|final|generated|target|expected)_(?:output|response|completion|answer|"
    r"reply|text|result|content)s?$"
)
_PROGRESS_TOPIC = re.compile(
    r"load|wait|progress|spinner|status|placeholder|\bui\b|interface|加载|等待|进度|状态|占位|界面", re.I
)
_KEY_TOPIC = re.compile(
    r"\bids?\b|identifier|uuid|guid|\bkeys?\b|\bref|code|password|random|number|hash|token|slug|variable|"
    r"编号|密码|随机|代码|数字|标识|变量",
    re.I,
)


_CHAT_STATUS = re.compile(
    r"^(?:[✓✔√]{1,2}\s*)?(?:对方)?(?:seen|read|delivered|sent|已读|未读|已送达|已发送)(?:\s*(?:at\s*)?\d{1,2}:\d{2})?[.。]?$"
    r"|^(?:\w+ )?(?:is )?typing(?:\.{2,3}|…)?$|^(?:对方|\w{1,6})?正在输入(?:中)?(?:\.{2,3}|…+)?$"
    r"|^thought for \d+(?:\.\d+)? ?(?:s|sec|seconds?|minutes?)[.。]?\s*[›>»]?$"
    r"|^(?:已深度思考|已思考|深度思考)\s*[（(]?\s*(?:用时|耗时)?\s*\d+(?:\.\d+)?\s*(?:秒|s|分钟)\s*[)）]?$"
    r"|^(?:正在)?(?:深度)?思考中?(?:\.{2,3}|…+)$",
    re.I,
)
"""A messenger's status line (``Seen 14:02``, ``✓✓ Read``, ``Delivered``, ``typing...``, ``已读``, ``正在输入中...``) or
a reasoning model's header (``Thought for 47 seconds``, ``已深度思考（用时 20 秒）``, ``思考中…``): the interface around
a message, captured instead of the message."""
_CHAT_STATUS_WEAK = frozenset(["seen", "read", "delivered", "sent"])
"""One plain English word of them is borderline: it can be an answer (the past tense of "read")."""
_GRAMMAR_TOPIC = re.compile(r"\bverbs?\b|tense|participle|grammar|\bforms?\b|correct|blank|动词|时态|语法|填空", re.I)
"""A prompt about verbs, tenses or grammar, or a blank to fill: ``seen`` may be the verb form asked for."""
_CHAT_TOPIC = re.compile(
    r"chat|messag|messenger|receipt|typing|status|think|reason|\bui\b|interface|whatsapp|wechat|"
    r"聊天|消息|回执|输入|状态|思考|推理|界面|微信",
    re.I,
)


def progress_or_key(output: str, prompt: str) -> str | None:
    """``"loading"``, ``"record_key"``, ``"mention"``, ``"player"``, ``"slot"``, ``"slot_weak"`` or None.

    The whole answer stands where the text should be: a loading or progress placeholder (``Loading, please
    wait…``, ``正在加载，请稍候``, an hourglass alone), or a record key (an id with a hex or numbered tail, a UUID,
    ``answer_id=…``, ``回答ID：…``): a page scraped before its script filled it in, an export that wrote the key
    instead of the text. A prompt about loading, progress or interfaces (for the placeholder), or about ids,
    codes, numbers or random strings (for the key), keeps it. Round on heldout13: only @-mentions
    (``@assistant``, ``@所有人``: the addressee of a chat message, not its text; not for a prompt holding ``@`` or
    about mentions, handles, accounts or passwords); only a media player's text (a time display before playback
    ``0:00 / 7:44`` or behind a play sign,
    "your browser does not support the video tag", 视频加载失败: the content was a video; not for a prompt about
    video, audio, players or HTML); only the name of the field the answer belongs in (``output``, ``response``,
    ``assistant_response``, ``回复内容``), unless the prompt holds that word: ``slot``, borderline (``slot_weak``)
    for one plain English word, which can be an answer ("the opposite of input?"). Round on heldout14: only a
    messenger's status line or a reasoning model's header (:data:`_CHAT_STATUS`; ``chat_status``, borderline
    ``chat_status_weak`` for one plain word such as ``Seen``), not for a prompt about chats, messages, typing,
    status or thinking, nor one asking for a word.
    """
    text = output.strip()
    if not text or len(text) > PLACEHOLDER_MAX_CHARS:
        return None
    chars = set(text)
    spinner = chars <= _PROGRESS_SYMBOLS and bool(chars & _SPINNERS)
    if (spinner or _PROGRESS.match(text) is not None) and _PROGRESS_TOPIC.search(prompt) is None:
        return "loading"
    if "\n" not in text and _RECORD_KEY.match(text) is not None and _KEY_TOPIC.search(prompt) is None:
        return "record_key"
    if text[0] == "@":
        return "mention" if _MENTION.match(text) is not None and _MENTION_TOPIC.search(prompt) is None else None
    if (text[0] in _PLAYER_START or "rowser" in text or "浏览器" in text or "视频" in text) and _PLAYER.match(text):
        return None if _PLAYER_TOPIC.search(prompt) is not None else "player"
    if len(text) <= CHAT_STATUS_MAX_CHARS and _CHAT_STATUS.match(text) is not None:
        weak = text.casefold().rstrip(".。") in _CHAT_STATUS_WEAK
        if _CHAT_TOPIC.search(prompt) is not None or (
            weak and (_WORD_TOPIC.search(prompt) is not None or _GRAMMAR_TOPIC.search(prompt) is not None)
        ):
            return None
        return "chat_status_weak" if weak else "chat_status"
    folded = text.casefold().rstrip(".。:：")
    if folded in _SLOT_WORDS or ("_" in folded and _SLOT_NAME.match(folded) is not None):
        if folded.replace("_", " ") in prompt.casefold() or _KEY_TOPIC.search(prompt) or _WORD_TOPIC.search(prompt):
            return None  # the prompt names that very word ("one of: Text, Number") or asks for a word
        return "slot" if "_" in folded or folded.endswith("内容") else "slot_weak"
    return None


# --- labels with nothing under them ------------------------------------------------------------------------

LABELS_MAX_CHARS = 200
_LABEL_LINE = re.compile(
    r"^\s*(?:#{1,6}\s+)?(?:\*\*|__)?\s*(?:[A-Za-z][A-Za-z'-]*(?: [A-Za-z][A-Za-z'-]*){0,3}|[\u4e00-\u9fff]{1,8})\s*"
    r"(?:\*\*|__)?\s*[:：]?\s*(?:\*\*|__)?\s*$|^\s*[【\[]\s*[\u4e00-\u9fffA-Za-z ]{1,12}\s*[】\]]\s*[:：]?\s*$"
)
_MARKED = re.compile(r"[:：]\s*$|\*\*|__|^\s*#{1,6}\s|[【\[]")
_SLOT = re.compile(r"[:：]\s*(?:\*\*|__)?\s*$|[【\[]")
_LABELS_TOPIC = re.compile(
    r"\blabels?\b|heading|headline|title|caption|field|\bforms?\b|template|format|placeholder|outline|structure|"
    r"section|skeleton|layout|blank|list of|categor|标签|标题|字段|表单|模板|格式|提纲|大纲|结构|栏目|分类|空白",
    re.I,
)


def labels_only(output: str, prompt: str) -> str | None:
    """``"labels"``, ``"labels_weak"`` or None: two or more labels or headings with nothing under any of them.

    Every non-empty line is a label of 1-4 words (1-8 Han characters) with a colon, in bold, behind ``#``, or
    in brackets (``【答案】``): the frame of an answer whose text is missing. When every line ends in a colon or
    stands in brackets it is ``"labels"``; when some are only bold or headings (a bold word list?) it is
    borderline. A prompt asking for labels, headings, a form, a template, an outline or categories keeps it.
    """
    lines = [ln for ln in output.split("\n") if ln.strip()]
    if len(lines) < 2 or not all(_LABEL_LINE.match(ln) for ln in lines):
        return None
    if not all(_MARKED.search(ln) for ln in lines):
        return None  # plain words on lines (a word list) are content
    if _LABELS_TOPIC.search(prompt) is not None:
        return None
    return "labels" if all(_SLOT.search(ln) for ln in lines) else "labels_weak"


# --- one punctuation mark run on after the text -------------------------------------------------------------

MARK_RUN_MIN = 30
"""Marks in a row at the end, right after text on the same line, that make a loop (a dotted leader or a rule is
shorter, or stands on a line of its own)."""


def trailing_mark_run(output: str, prompt: str) -> int:
    """The length of the run of one punctuation mark ending the answer after text on its line, else 0.

    ``… have now?...........`` (60 dots), ``…讨论。…………`` : a sampler stuck on a mark. At least
    :data:`MARK_RUN_MIN` marks, not on a line of their own (a rule ``-----`` or ``=====`` under a heading is);
    not when the prompt holds such a run itself.
    """
    text = output.rstrip()
    if len(text) < MARK_RUN_MIN + 1:
        return 0
    mark = text[-1]
    if mark.isalnum() or mark.isspace() or mark == "_" or text[-MARK_RUN_MIN:] != mark * MARK_RUN_MIN:
        return 0
    body = text.rstrip(mark)
    if not body or body[-1] == "\n" or body.rsplit("\n", 1)[-1].strip() == "" or body.rstrip()[-1] in ":：":
        return 0  # a rule on a line of its own, or a blank to fill after a label ("Signature: ------")
    if mark * 8 in prompt:
        return 0
    return len(text) - len(body)


# --- a sentence said again and again ------------------------------------------------------------------------

SAID_AGAIN_MIN = 5
"""Times one sentence occurs in the answer (twice of them back to back at the end)."""
_SENTENCE_END = re.compile(r"[.!?。！？](?=[^.!?。！？]*[.!?。！？]\s*$)")
_WORDISH = re.compile(r"[A-Za-z]{2,}|[\u4e00-\u9fff]")


def said_again(output: str) -> int:
    """How often the answer's last sentence occurs in it, when it ends twice back to back and occurs 5+ times.

    A filler (``这是关键。``, ``Remember this.``) after every sentence and then on its own, or a closing formula
    looped: a sentence of at least 3 words (4 Han characters) said :data:`SAID_AGAIN_MIN` times or more,
    twice in a row at the end. Else 0.
    """
    text = output.rstrip()
    m = _SENTENCE_END.search(text, max(0, len(text) - 120))
    if m is None:
        return 0
    last = text[m.end() :].strip()
    if len(_WORDISH.findall(last)) < (4 if not last.isascii() else 3):
        return 0
    if not text[: len(text) - len(last)].rstrip().endswith(last):
        return 0
    count = text.count(last)
    return count if count >= SAID_AGAIN_MIN else 0


# --- a closing formula said again and again ------------------------------------------------------------------

_CLOSING = (
    r"in conclusion|to conclude|to sum (?:it )?up|to summari[sz]e|in summary|in short|in brief|all in all|overall|"
    r"ultimately|in the end|in a nutshell|at the end of the day|"
    r"总之|总而言之|综上所述|综上|总的来说|总体来说|总体而言|简而言之|归根结底|一句话|总结来说|概括来说|由此可见"
)
CLOSING_MIN = 3
"""Sentences opening with a closing formula that make a loop (an answer concludes once)."""
CLOSING_RE2 = f"(?is)(?:{_CLOSING}).*(?:{_CLOSING}).*(?:{_CLOSING})"
"""RE2 pattern (pyarrow): answers holding three closing formulas (a superset of what :func:`closing_loop` needs)."""
_CLOSING_SENTENCE = re.compile(rf"(?:^|(?<=[.!?。！？\n])\s*)(?:{_CLOSING})[,，:：]?\s*([^.!?。！？\n]*)", re.I)


def closing_loop(output: str) -> int:
    """How many sentences open with a closing formula and say the same thing, when :data:`CLOSING_MIN` or more.

    ``In conclusion, X. To sum up, X. Overall, X.`` / ``总之，X。综上所述，X。``: an answer concludes once; the
    same conclusion under formula after formula is a loop, whatever the formulas. Else 0.
    """
    counts: dict[str, int] = {}
    for m in _CLOSING_SENTENCE.finditer(output):
        body = NON_WORD.sub("", m.group(1).lower())
        if len(body) >= 6:
            counts[body] = counts.get(body, 0) + 1
    best = max(counts.values(), default=0)
    return best if best >= CLOSING_MIN else 0


# --- a site's or an app's service notice ----------------------------------------------------------------------

NOTICE_MAX_CHARS = 200
"""Longer answers are not judged by :func:`service_notice` (the bound of :func:`.boilerplate.non_answer`)."""
SERVICE_RE2 = (
    r"down for maintenance|(?:performing|undergoing|doing) (?:some |scheduled |routine )?maintenance|"
    r"scheduled maintenance|we(?:'|’)ll be back (?:online )?(?:soon|shortly)|back online shortly|"
    r"\b(?:app|application|site|page) is out of date|new(?:er)? version of (?:the|this|our) (?:app|application|site)|"
    r"update (?:the|your) app|update to version|install version|(?:supported|available) in your current version|"
    r"upgrade (?:the|your) app|"
    r"维护公告|服务器维护|系统维护|停机维护|升级维护|系统升级|暂停访问|恢复访问|版本过低|(?:升级|更新)(?:至|到)最新版本|立即升级|立即更新|"
    r"unregistered (?:version|copy)|evaluation (?:warning|version|copy)|trial version|created with an? (?:evaluation|trial)|"
    r"this field is required|(?:is|are) (?:a )?required fields?|please fill (?:out|in) this field|scanned for viruses|"
    r"this (?:e-?mail|message) and any attachments|confidentiality notice|"
    r"试用版|未注册版|请购买正式版|评估版|为必填项|此项为必填|必填字段|填写此字段|内容不能为空|病毒扫描|本邮件及其附件|保密声明"
)
"""A site's or an app's notice about itself; also RE2 syntax: the column-wise non-answer candidates include it."""
_SERVICE_NOTICE = re.compile(SERVICE_RE2, re.I)
_SERVICE_TOPIC = re.compile(
    r"maintenance|outage|downtime|update|upgrade|version|\bapp\b|notice|announce|message|banner|pop-?up|\bui\b|"
    r"interface|维护|停机|更新|升级|版本|公告|通知|提示|界面|文案|"
    r"trial|evaluat|licen[cs]|watermark|regist|\bforms?\b|validat|required|virus|antivirus|e-?mail|confidential|"
    r"试用|评估|许可|水印|注册|表单|校验|必填|病毒|邮件|保密",
    re.I,
)


def service_notice(output: str, prompt: str) -> str | None:
    """``"service"`` when a short answer is a site's or an app's notice about itself, else None.

    A maintenance notice (``Down for maintenance``, ``We'll be back soon``, ``网站维护公告 … 暂停访问``) or an app
    asking to be updated (``Your app is out of date``, ``install version 6.1``, ``当前版本过低，请升级``): the page
    was captured while the service was down or behind an update wall (round on heldout13). At most
    :data:`NOTICE_MAX_CHARS` characters; a prompt about maintenance, updates, versions, apps or notices keeps it.
    Round on heldout14: a tool's notice stamped on its output (an unregistered or trial converter's watermark,
    ``Evaluation Warning``, ``试用版水印``), a form's validation message (``This field is required``, ``为必填项``)
    and a mail gateway's virus-scan or confidentiality footer: the text the tool, the form or the mail system
    left, not the answer; not for prompts about trials, licences, watermarks, registration, forms, validation,
    viruses, e-mail or confidentiality.
    """
    if len(output) > NOTICE_MAX_CHARS or _SERVICE_NOTICE.search(output) is None:
        return None
    return None if _SERVICE_TOPIC.search(prompt) is not None else "service"


# --- an answer cut inside a tag ------------------------------------------------------------------------------

_OPEN_TAG_END = re.compile(r"<(?:/?[A-Za-z][A-Za-z0-9]{0,9}|/)?$")
_CLOSED_TAG = re.compile(r"</[A-Za-z][A-Za-z0-9]{0,9}>")
_SENTENCE_ENDS = frozenset(".!?。！？>")


def cut_in_tag(output: str) -> bool:
    """True when an HTML answer ends inside a tag (``…</p><p``, ``…</``): the text was cut mid-markup.

    Its last characters open a tag that never closes, and the answer holds a closing tag (``</p>``) before, or the
    tag opens right after a finished sentence (the cleaning strips the complete tags of an HTML answer and leaves
    the open one); ``3 <`` in a comparison does neither (round on heldout13).
    """
    text = output.rstrip()
    m = _OPEN_TAG_END.search(text, max(0, len(text) - 12))
    if m is None:
        return False
    # markup around (a closing tag), or the tag opens after a finished sentence (the cleaning stripped the rest)
    return text[: m.start()].rstrip()[-1:] in _SENTENCE_ENDS or _CLOSED_TAG.search(text) is not None


# --- an answer whose beginning was cut -----------------------------------------------------------------------

_SHORT_WORDS = frozenset(
    [
        "a",
        "i",
        "o",
        "am",
        "an",
        "as",
        "at",
        "be",
        "by",
        "do",
        "go",
        "he",
        "hi",
        "if",
        "in",
        "is",
        "it",
        "me",
        "my",
        "no",
        "of",
        "oh",
        "ok",
        "on",
        "or",
        "so",
        "to",
        "up",
        "us",
        "we",
        "ye",
        "yo",
    ]
)
"""The English words of one or two lower-case letters."""
_EN_FUNCTION = re.compile(
    r"\b(?:the|and|of|to|in|is|it|that|for|on|with|as|are|be|can|this|was|would|its|their)\b", re.I
)
_CUT_START = re.compile(r"^([a-z]{1,2})(?:[,;]? [a-z]{2,}|(?<=[a-z]{2})\. [A-Z])")


def cut_start(output: str, prompt: str) -> bool:
    """True when the answer starts with the tail of a word: one or two lower-case letters that are no word.

    ``t hate; only love …``, ``nt in any form``, ``th. It also …``: the letters are followed by a word (or end a
    sentence) and are not an English word of that length (``an``, ``of``); ``x = 5``, ``b. Greenland`` (an
    option) and ``pH`` do not match, letters the prompt holds as a word (``x position``) are exempt, and English
    function words must follow within 60 characters (French ``je joue``, pinyin ``de te ne`` are no English; round
    on heldout13). Borderline: a lower-case abbreviation can open an answer.
    """
    m = _CUT_START.match(output)
    if m is None or m.group(1) in _SHORT_WORDS or _EN_FUNCTION.search(output, m.end(1), m.end(1) + 60) is None:
        return False  # an English word, or what follows is no English (French "je joue", pinyin "de te ne")
    return re.search(rf"(?<![A-Za-z]){m.group(1)}(?![A-Za-z])", prompt, re.I) is None


# --- counting on instead of answering ----------------------------------------------------------------------

COUNT_RUN_MIN = 20
"""Consecutive whole numbers in a row at the end of an answer that make a counting loop."""
_NUMBER_RUN = re.compile(rf"(?:\d{{1,5}}\s*[ 、,，;；]\s*){{{COUNT_RUN_MIN - 1},}}\d{{1,5}}$")
_NUMBERS_TOPIC = re.compile(
    r"\d|count|number|numeral|integer|digit|sequence|series|list (?:of )?(?:all )?(?:the )?(?:numbers|integers)|"
    r"\bone to\b|\bfrom one\b|数|序列|计数|整数|报数",
    re.I,
)


def count_run(output: str, prompt: str) -> int:
    """How many consecutive whole numbers (``… 23 24 25 …``, ``1、2、3、…``) end the answer, when 20 or more.

    A sampler that counts on where the answer should go on; not for a prompt that holds a digit or asks for
    numbers, counting or a sequence (round on heldout13). Else 0.
    """
    text = output.rstrip()
    m = _NUMBER_RUN.search(text, max(0, len(text) - 8 * COUNT_RUN_MIN))
    if m is None:
        return 0
    numbers = [int(x) for x in re.findall(r"\d+", m.group())]
    run = 1
    for a, b in zip(reversed(numbers[:-1]), reversed(numbers[1:])):
        if b != a + 1:
            break
        run += 1
    if run < COUNT_RUN_MIN:
        return 0
    return 0 if _NUMBERS_TOPIC.search(prompt) is not None else run


# --- a restatement nested in itself --------------------------------------------------------------------------

NESTED_MIN = 3
"""Brackets opened on the same words, closed together at the end, that make a nested loop."""
_OPENERS = re.compile(r"[(（]")
_NESTED_PREFIX = 10
"""Characters after each opening bracket compared."""


def nested_restatement(output: str) -> int:
    """How deep the answer nests one phrase in itself, when :data:`NESTED_MIN` or more, else 0.

    ``X (that is, X (that is, X)))))``, ``X（也就是说，X（也就是说，X））））``: the answer ends with a run of
    closing brackets and at least three of its brackets open on the same 10 characters with a letter, none closed
    before the next (a nested call ``sqrt(sqrt(x))`` opens on a name of a few characters; an expression
    ``((x position) - (x position …`` closes brackets in between; round on heldout13).
    """
    text = output.rstrip().rstrip(".。!！?？\"”'’ ")
    closers = len(text) - len(text.rstrip(")）"))
    if closers < NESTED_MIN:
        return 0
    chains: dict[str, tuple[int, int]] = {}  # head -> (position of its last opener, openers in a row)
    best = 0
    for m in _OPENERS.finditer(text):
        head = text[m.end() : m.end() + _NESTED_PREFIX]
        if len(head) == _NESTED_PREFIX and _WORDISH.search(head) is not None and not _OPENERS.search(head):
            last, run = chains.get(head, (-1, 0))
            between = text[last : m.start()] if last >= 0 else ""
            # nested: no bracket closes between two openers of the chain (an expression closes them in between)
            run = run + 1 if last >= 0 and ")" not in between and "）" not in between else 1
            chains[head] = (m.start(), run)
            best = max(best, run)
    return best + 1 if best >= NESTED_MIN else 0


# --- a middle left out ----------------------------------------------------------------------------------------

_ELISION_CUES = ("…", "...", "⋮", "折叠", "snip", "省略", "中略")
"""Substrings one of which an elided answer holds (the cheap gate of :func:`elided_middle`)."""
_ELISION_LINE = re.compile(
    r"^[ \t]*(?:[\[(（【<]\s*(?:…+|\.{3,}|snip(?:ped)?|truncated|省略|中略|略)\s*[\])）】>]|⋮|"
    r"…{0,2}\s*[（(]?\s*此处(?:已)?(?:折叠|省略)[^\n]{0,8}?[)）]?\s*…{0,2})[ \t]*$",
    re.M | re.I,
)
_ELISION_TOPIC = re.compile(
    r"…|\.\.\.|⋮|ellipsis|omi[st]|excerpt|abridg|summar|snip|\bmatri(?:x|ces)\b|省略|摘录|节选|折叠|矩阵", re.I
)


def elided_middle(output: str, prompt: str) -> bool:
    """True when a line of its own marks text left out of the middle of the answer, cut mid-sentence.

    A line that is only an omission mark (``[…]``, ``(...)``, ``⋮``, ``[snip]``) after a line that stops on a
    letter, a digit or a comma, or a viewer's fold notice (``……（此处折叠）……``) anywhere, with text after it: a viewer folded or a copier elided part of the
    answer, and what is left is not the answer (round on heldout14). A prompt holding an ellipsis or about
    omissions, excerpts, summaries or matrices keeps it.
    """
    for m in _ELISION_LINE.finditer(output):
        before = output[: m.start()].rstrip()
        after = output[m.end() :].strip()
        if not before or not after:
            continue
        if "折叠" in m.group() or before[-1].isalnum() or before[-1] in "、，,;；":
            return _ELISION_TOPIC.search(prompt) is None
    return False


_PREVIEW_HEAD = re.compile(
    r"^[^\n·]{1,24} · (?:now|just now|\d{1,2} ?(?:s|m|min|h|hr|d)(?: ago)?|yesterday|刚刚|\d{1,2} ?(?:秒|分钟|小时|天)前|昨天)\n",
    re.I,
)


def preview_card(output: str) -> bool:
    """True when the answer is a chat list's preview card: a ``Name · time`` line, then text cut by ``…``.

    ``AI Helper · 1h ago`` / ``小助手 · 刚刚`` over a message preview that stops on an ellipsis after a letter:
    the list view was copied, not the message (round on heldout14).
    """
    text = output.rstrip()
    if not text.endswith(("…", "...")) or _PREVIEW_HEAD.match(text) is None:
        return False
    before = text.rstrip(".…")
    return bool(before) and (before[-1].isalnum() or before[-1] in "(（[<、，,")


def apply(sig: Findings, out: str, prompt: str, kind: str, asked_repeat: bool, closing_cue: bool = False) -> None:
    """Set the findings of this module on ``sig`` where the rules before found nothing.

    ``out`` is the cleaned answer, ``prompt`` the system text, instruction and input, ``kind`` the content kind,
    ``asked_repeat`` whether the prompt asks for repetition, ``closing_cue`` the column-wise test
    :data:`CLOSING_RE2` (three closing formulas). Gates: the answer's length and last characters;
    the findings map onto existing reason codes (``truncation``, also ``elided``, ``placeholder``, ``non_answer``) and
    ``punct_run`` / ``said_again`` / ``counting`` / ``nested`` (``repetition_loop``).
    """
    n = len(out)
    if n <= PLACEHOLDER_MAX_CHARS and sig.placeholder is None and sig.template is None:
        sig.placeholder = progress_or_key(out, prompt)
    if sig.placeholder is None and n <= LABELS_MAX_CHARS and "\n" in out and sig.template is None:
        sig.placeholder = labels_only(out, prompt)
    if sig.truncation in (None, "suspect", "ellipsis") and "<" in out[-12:] and cut_in_tag(out):
        sig.truncation = "truncated"
    if sig.truncation in (None, "suspect") and out[:1].islower() and cut_start(out, prompt):
        sig.truncation = "cut_start"
    if kind == "code":
        return
    cue = "\n" in out and any(c in out for c in _ELISION_CUES)
    if cue and sig.truncation in (None, "suspect") and elided_middle(out, prompt):
        sig.truncation = "elided"
    if cue and sig.truncation in (None, "suspect", "ellipsis") and "·" in out[:40] and preview_card(out):
        sig.truncation = "preview"
    if sig.truncation in (None, "suspect", "ellipsis") and sig.non_answer is None:
        found = tool_cut(out, prompt)
        if found == "cut":
            sig.truncation = "tool_cut"
        elif found == "status" and sig.placeholder is None:
            sig.non_answer = "status"
    if asked_repeat or kind == "verse":
        return
    if out[-1:].isdigit():
        sig.counting = count_run(out, prompt)
    if out[-12:].rstrip(".。!！?？\"”'’ ")[-3:] in (")))", "）））"):
        sig.nested = nested_restatement(out)
    if not sig.punct_run and out[-1:] == out[-2:-1]:
        sig.punct_run = trailing_mark_run(out, prompt)
    if not sig.said_again and n >= 40 and out.count(out[-4:], max(0, n - 120)) >= 2:
        sig.said_again = said_again(out)
    if not sig.said_again and closing_cue:
        sig.said_again = closing_loop(out)
