"""Answers whose form says the answer is absent (issue #16, round on heldout8).

Each finder judges a *kind* of non-answer by its form, not one author's wording, and each keeps a prompt
that asks for that form. All of them are gated in :func:`apply` by a cheap test (a length bound, the
first or last characters, one substring), so an ordinary answer costs a few string operations:

- :func:`ellipsis_cut`: prose that stops on an ellipsis right after a word (``… takes a greater amount…``,
  ``… should [...]``): a window or preview cut the text; a bracketed omission mark is a clear cut;
- :func:`empty_label`: the answer is one short label with a colon and nothing after it (``Final Answer:``);
- :func:`signature_only`: the answer is a mail signature (the ``-- `` delimiter first, or a phone's
  ``发自我的iPhone`` line alone): the body is missing;
- :func:`filler`: a chat filler instead of an answer (a greeting, a test word, laughter: ``hi``,
  ``testing 123``, ``哈哈``, ``沙发``), or a bare number for a prompt that asks for no number (borderline);
- :func:`away_notice` and :func:`bot_wall`: an e-mail auto-reply (away and a mail/contact cue) or a bot
  check page (``Checking your browser``, ``请完成安全验证``) where the answer should be;
- :func:`plan_only`: a model's planning talk that promises an answer and never gives one (every
  sentence is about the user, the question or the answer to come: ``Let me structure my response``);
- :func:`quoted_prompt`: the instruction quoted (``>`` lines under an attribution, or behind a label
  followed by a status such as ``Retrieved 0 documents``) and nothing else;
- :func:`random_strings`: short letter-digit strings of mixed case (a captcha solver's guesses);
- :func:`metadata_lines`: retrieval or log metadata lines (``source=… chunk=… score=…``) wrapped around
  text; :func:`promotion_inside`: a promotion as one line or paragraph inside the answer.
"""

from __future__ import annotations

import re

from pipeline.stages.clean.signals.asked import asks_notation, asks_odd_words
from pipeline.stages.clean.signals.boilerplate import _engages, promotion
from pipeline.stages.clean.signals.findings import Findings

# --- a cut marked by an ellipsis ---------------------------------------------------------------------

_NOT_PROSE = ("verse", "code", "table")
_ELLIPSIS = r"(?:\.{3}|…{1,2}|&hellip;|&#8230;|&#x2026;)"
"""An ellipsis, also written as an HTML character reference (a CMS excerpt's ``[&hellip;]``; round on heldout15)."""
_ELLIPSIS_TAIL = re.compile(
    rf"(?:[\[(（【]\s*{_ELLIPSIS}\s*[\])）】]|\.{{3,}}|…{{1,2}}|&hellip;|&#8230;|&#x2026;)\s*$", re.I
)
ELLIPSIS_MIN_CHARS = 40
"""Text before the ellipsis (a Han character counting three) that makes it a cut answer, not a short trail-off."""
_ELLIPSIS_TOPIC = re.compile(
    r"\.\.\.|…|&hellip;|ellipsis|continue|unfinished|incomplete|trail|suspense|cliffhanger|excerpt|teaser|"
    r"first \d+ (?:words|characters|letters)|省略|续写|接着|悬念|摘录|节选|前\d+个字",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|[。！？]")
_ETC = re.compile(r"(?:\betc|\band so on|\band so forth|等等?|之类)\s*$", re.I)


def ellipsis_cut(output: str, prompt: str) -> str | None:
    """``"omission"`` (a clear cut), ``"ellipsis"`` (borderline) or None: the answer stops on an ellipsis after a word.

    A bracketed omission mark (``[...]``, ``[…]``, ``（……）``, ``[&hellip;]``: an ellipsis may be written as a
    character reference) closing the answer after a letter or Han character is a clear cut; a bare ``…`` / ``...`` / ``……`` after a word is borderline (a story may
    trail off). Only answers of :data:`ELLIPSIS_MIN_CHARS` before the mark are judged; ``etc...``,
    ``and so on…`` and prompts holding an ellipsis or asking for a continuation or suspense are not.
    """
    text = output.rstrip()
    m = _ELLIPSIS_TAIL.search(text[-16:])  # the mark is at most 13 characters: the regex never scans the answer
    if m is None:
        return None
    before = text[: len(text) - 16 + m.start() if len(text) > 16 else m.start()].rstrip()
    bracketed = m.group()[:1] in "[(（【"
    if not (before[-1:].isalpha() or (bracketed and before[-1:] in ",，、;；")) or _ETC.search(before):
        return None  # (a bracketed mark after a comma cuts a sentence too)
    if not bracketed and (
        "..." in before or "…" in before or (len(before) < 80 and not _SENTENCE_END.search(before))
    ):  # ellipses as a style (sentence starters "It is clear that..."), or no sentence it could have cut after
        return None
    if len(before) + 2 * sum(1 for ch in before[-40:] if "\u4e00" <= ch <= "\u9fff") < ELLIPSIS_MIN_CHARS:
        return None
    if _ELLIPSIS_TOPIC.search(prompt):
        return None
    return "omission" if bracketed else "ellipsis"


# --- a list that stops before the count it announced --------------------------------------------------------

_NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
}  # fmt: skip
_ANNOUNCE = re.compile(
    r"\b(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[A-Za-z-]+\s+){0,3}[A-Za-z-]+s\b"
    r"|(\d{1,2}|[两二三四五六七八九十])\s*(?:个|种|条|点|项|步|件|位|本|首|部|大|类|句|则|款|道|样|招)",
    re.I,
)
_ANNOUNCE_HINT = re.compile(
    r"[\d两二三四五六七八九十\u0130\u0131\u0307]|t(?:wo|hree|en|welve)|f(?:our|ive)|s(?:ix|even)|eight|nine|eleven"
)
"""What every :data:`_ANNOUNCE` match holds, in the case-folded text: a necessary condition, tested first (case
folding gives what IGNORECASE matches, except the Turkish dotted and dotless I, which pass the gate: İ folds to i and
a combining dot). It halves the cost of the count test on Alpaca's instructions (0.29 -> 0.17 s)."""
_COMPARED = re.compile(
    r"(?:more than|less than|fewer than|over|under|at least|at most|up to|about|around|超过|多于|少于|不少于|至少|"
    r"最多|大约|约|近)\s*$",
    re.I,
)
_OPEN_COUNT = re.compile(r"几|若干|一些|\b(?:several|some|a few|many|various)\b", re.I)
_ITEM = re.compile(r"^\s*(?:step\s*)?(\d{1,2})\s*[.)、:：]", re.I | re.M)
ANNOUNCE_MAX_INTRO = 200
"""The intro that announces the count is the answer's first line, at most this many characters, ending in a colon."""


def announced_more(output: str) -> str | None:
    """``"announced"``, ``"announced_one"`` or None: the intro announces N items and the numbered list stops at k < N.

    ``Here are five tips:`` / ``以下是三个建议：`` followed by items numbered 1 … k (consecutively, k ≥ 2): the list
    was cut at a sentence end. Two or more items missing is ``announced`` (a clear cut); one missing is
    ``announced_one`` (borderline: writers miscount, "a list of 20 ideas" with 19). Only an intro line ending in
    a colon is read, with one count in it; a count after a comparison (``more than 6 tabs``, ``超过6个``) or
    an intro that leaves the number open (``以下几点``, ``several``) is not the list's.
    """
    cut = output.find("\n", 0, ANNOUNCE_MAX_INTRO + 1)
    if cut < 0:
        return None
    intro = output[:cut].rstrip()
    if not intro.endswith((":", "：")):
        return None
    m = _ANNOUNCE.search(intro)
    if m is None or _COMPARED.search(intro[max(0, m.start() - 12) : m.start()]) or _OPEN_COUNT.search(intro):
        return None
    word = (m.group(1) or m.group(2)).lower()
    announced = int(word) if word.isdigit() else _NUMBER_WORDS.get(word, 0)
    numbers = [int(x) for x in _ITEM.findall(output, cut)]
    if len(numbers) < 2 or numbers != list(range(1, len(numbers) + 1)) or len(_ANNOUNCE.findall(intro)) != 1:
        return None
    if not len(numbers) < announced <= 20:
        return None
    return "announced" if announced - len(numbers) >= 2 else "announced_one"


# --- a "read more" marker, a word broken at a hyphen ------------------------------------------------------------

MORE_TAIL_CHARS = 64
_MORE_TAIL = re.compile(
    # the marker opens a line, a bracket or follows an ellipsis: a button's or a notice's text, not a sentence
    r"(?:^|\n|[\[(（【<]|…|\.\.\.)\s*"
    r"(?:\b(?:read|show|see|view|load|continue reading|click (?:to|for)|tap (?:to|for)) ?more\b|\bcontinue reading\b|"
    r"\bread the (?:rest|full (?:article|story|text))\b|\b(?:response|answer|text|message|output) (?:was )?(?:cut off|"
    r"truncated|clipped)\b|\bto be continued\b|\bcontinued in part \d|\bpart \d+ (?:follows|continues)|"
    r"\bto (?:see|read|get) the rest\b|"
    r"阅读全文|查看全文|展开全文|（展开）|\(展开\)|查看更多|显示更多|加载更多|未完待续|下接第|待续|已截断|已被截断|内容过长)"
    r"[^\n]{0,40}$",
    re.I,
)
_MORE_TOPIC = re.compile(
    r"button|\bui\b|interface|web ?page|website|link text|teaser|preview|snippet|serial|按钮|界面|网页|链接|预告|连载",
    re.I,
)
HYPHEN_MIN_WORDS = 5
_VOWEL = re.compile(r"[aeiouy]", re.I)
_HYPHEN_BREAK = re.compile(r"(?<![\w-])[A-Za-z]{2,}[a-z]-$")


def more_marker(output: str, prompt: str) -> bool:
    """True when the answer closes with a "read more" marker: the rest of the text is elsewhere (a cut).

    The marker opens the last line or a bracket, or follows an ellipsis ("He couldn't wait to see more of it." is
    a sentence), in the last :data:`MORE_TAIL_CHARS` characters: ``… [Show more]``, ``Continue reading →``, ``[Response cut
    off. Type "continue" …]``, ``阅读全文>>``, ``（展开）``, ``（下接第二部分）``, ``【内容过长，已截断】``. Not for prompts
    about buttons, interfaces, web pages, link texts, teasers, previews or serials.
    """
    tail = output[-MORE_TAIL_CHARS:]
    return _MORE_TAIL.search(tail) is not None and _MORE_TOPIC.search(prompt) is None


def hyphen_break(output: str) -> bool:
    """True when prose ends in a word broken at a line-end hyphen (``… manufacturing, fina-``): a cut mid-word.

    The broken word has a vowel and its line at least :data:`HYPHEN_MIN_WORDS` words (a permission string
    ``rwxrwxrw-`` or a bare ``term-`` is no broken prose).
    """
    m = _HYPHEN_BREAK.search(output[-24:])
    if m is None or not _VOWEL.search(m.group()):
        return False
    return len(output[output.rfind("\n") + 1 :].split()) >= HYPHEN_MIN_WORDS


# --- a heading with nothing under it ----------------------------------------------------------------------------

_HEADING = re.compile(r"^#{1,6}[ \t]+\S")


def heading_last(output: str) -> bool:
    """True when the answer's last line is a Markdown heading (``## Social causes``) with nothing under it.

    The section it opens was never written: the answer was cut at a sentence end. The heading follows a blank
    line and a line that is no comment (``# Output: …`` after code is a comment); hashtags (``#travel``) have no
    space after the ``#``.
    """
    cut = output.rfind("\n")
    last = output[cut + 1 :]
    if _HEADING.match(last) is None or not output.endswith("\n\n" + last):
        return False  # a heading stands after a blank line (consecutive "# …" lines are code comments)
    before = output[: cut - 1].rstrip()
    return bool(before) and not before[before.rfind("\n") + 1 :].lstrip().startswith("#")


_LIST_LINE = re.compile(r"^\s*(?:\d{1,2}[.)、](?!\d)|[-*•])\s*\S")
_INLINE_NUMBER = re.compile(r"(?:^|(?<=[\s;；，,。]))(\d{1,2})[.)、](?!\d)", re.M)
_EACH = re.compile(r"\b(?:each|every|per)\b|每", re.I)


def asked_count_short(output: str, instruction: str) -> bool:
    """True when the instruction asks for N items and the answer is a list of at most N / 2 of them (borderline).

    ``Name five tools and their uses.`` → ``- Hammer: driving nails.``; ``推荐三项活动。`` → ``1. 早上在海滩散步。``: the
    answer stops after its first item(s), at a sentence end. The answer is an optional intro line ending in a
    colon and list items only (the last line an item); the count is read as in :func:`announced_more` (not after
    a comparison, not an open count). Writers give fewer items than asked too, so it is only held for review.
    """
    if _ANNOUNCE_HINT.search(instruction.casefold()) is None:  # cheap gate: no digit, numeral or number word
        return False
    m = _ANNOUNCE.search(instruction)
    if m is None or _COMPARED.search(instruction[max(0, m.start() - 12) : m.start()]) or _EACH.search(instruction):
        return False  # (a count "for each" item is no count of the list)
    word = (m.group(1) or m.group(2)).lower()
    asked = int(word) if word.isdigit() else _NUMBER_WORDS.get(word, 0)
    if not 3 <= asked <= 20:
        return False
    lines = [ln for ln in output.strip().split("\n") if ln.strip()]
    if lines and not _LIST_LINE.match(lines[0]) and lines[0].rstrip().endswith((":", "：")):
        lines = lines[1:]
    if not lines or len(lines) > asked // 2 or not all(_LIST_LINE.match(ln) for ln in lines):
        return False  # (more lines than half the count: the last test below fails too)
    numbers = [int(x) for x in _INLINE_NUMBER.findall("\n".join(lines))]
    if numbers and numbers != list(range(1, len(numbers) + 1)):
        return False  # "9.23 lb" is no item; numbering must run 1, 2, 3 (also inline: "1. Methane 2. Ethylene")
    return max(len(numbers), len(lines)) <= asked // 2


# --- a label with nothing after it ---------------------------------------------------------------------

_LABEL_ONLY = re.compile(r"^[#*\s]*(?:[A-Za-z][A-Za-z'-]*[ \t]?){1,4}[:：]$|^[#*\s]*[\u4e00-\u9fff]{1,8}\s*[:：]$")
_LABEL_TOPIC = re.compile(
    r"\blabels?\b|heading|headline|title|caption|field|form\b|template|format|placeholder|colon|prefix|"
    r"标签|标题|字段|表单|模板|格式|冒号|前缀",
    re.I,
)


def empty_label(output: str, prompt: str) -> bool:
    """True when the whole answer is one label of 1-4 words (1-8 Han characters) ending in a colon.

    ``Final Answer:``, ``Answer:``, ``最终答案：``: the value the label announces is missing. A prompt
    asking for a label, heading, title, field, form, template or format is exempt.
    """
    text = output.strip()
    if len(text) > 40 or "\n" in text or _LABEL_ONLY.match(text) is None:
        return False
    return _LABEL_TOPIC.search(prompt) is None


# --- a signature instead of the body -------------------------------------------------------------------

_PHONE_STAMP = re.compile(
    r"^(?:发自|来自|寄自)\s*(?:我的)?\s*(?:[A-Za-z0-9][\w .-]{1,20}|[\u4e00-\u9fff]{1,4}(?:手机|邮箱|客户端)[\u4e00-\u9fff]{0,2})"
    r"(?:\s*(?:App|客户端|手机))?$"
)
_MAIL_TOPIC = re.compile(
    r"e-?mail|mail\b|signature|sign-?off|\bletters? (?:to|of|for|from)\b|cover letter|邮件|签名|信件|书信|落款", re.I
)


def signature_only(output: str, prompt: str) -> bool:
    """True when the answer is only a mail signature: the body is missing.

    The signature delimiter (a line ``--`` or ``-- ``) opens the answer and at most three short lines
    follow, or the answer is a phone client's stamp alone (``发自我的iPhone``, ``来自 QQ邮箱 App``). A prompt
    about e-mails, letters or signatures is exempt.
    """
    text = output.strip("\n")
    first, _, rest = text.partition("\n")
    if first.rstrip() == "--":
        if not rest.strip() or rest.count("\n") > 2 or len(rest) > 120:
            return False
    elif len(text) > 30 or _PHONE_STAMP.match(text.strip()) is None:
        return False
    return _MAIL_TOPIC.search(prompt) is None


# --- chat filler -----------------------------------------------------------------------------------------

_FILLER_EN = frozenset(
    [
        "hi",
        "hello",
        "hey",
        "hiya",
        "yo",
        "test",
        "testing",
        "tested",
        "lol",
        "lmao",
        "rofl",
        "haha",
        "hahaha",
        "hehe",
        "bump",
        "first",
        "asdf",
    ]
)
_FILLER_ZH = (
    "测试",
    "哈哈",
    "哈哈哈",
    "呵呵",
    "嘿嘿",
    "嘻嘻",
    "你好",
    "您好",
    "大家好",
    "沙发",
    "顶",
    "路过",
    "签到",
    "打卡",
    "楼主",
    "板凳",
    "前排",
)
_FILLER_FOLD = re.compile(r"[\s\d!！?？.。,，~～…]+")
_FILLER_TOPIC = re.compile(
    r"greet|hello|\bhi\b|test|laugh|onomatop|interjection|chat|reply|respond|response|dialog|conversation|"
    r"informal|slang|internet|abbreviat|acronym|translat|convert|decod|string|lower|upper|\bcase\b|delete|remove|"
    r"revers|问候|打招呼|测试|笑|拟声|感叹|聊天|回复|对话|网络用语|缩写|翻译|转换|解码|字符串|删除",
    re.I,
)
_NOT_LETTERS = re.compile(r"[^a-z\u4e00-\u9fff]+")
_PRAISE_ONLY = re.compile(
    r"^\s*(?:(?:that's|that is|what) an? |an? )?(?:very |really )?(?:interesting|good|great|excellent|nice|tough|hard) "
    r"question[.!…]*\s*$|^\s*(?:这个嘛|这个啊|嗯+|呃+|好问题|问得好|这是个好问题|这个问题很好)[，,.。…!！]*\s*$",
    re.I,
)
_NUMBER_ANSWER = re.compile(r"^\s*\d{1,2}\s*$")
_NUMBER_TOPIC = re.compile(
    r"\d|how (?:many|much|old|long|far)|number|count|which|what (?:year|age|time|percentage|score)|rate|rating|score|"
    r"calculat|comput|sum|total|average|mean|median|root|square|plus|minus|times|divid|multipl|equation|solve|"
    r"value|digit|index|position|rank|choose|select|option|true|false|\bone\b|two|three|four|five|six|seven|eight|"
    r"nine|ten|frequen|length|size|occur|how often|age|price|cost|distance|year|"
    r"几|多少|数|哪|第|算|加|减|乘|除|等于|方程|评分|选|判断|对错|是否|长度|频率|次数",
    re.I,
)


def filler(output: str, prompt: str) -> str | None:
    """``"filler"`` (reject), ``"number"`` (borderline) or None for a very short answer that is not one.

    ``filler``: the whole answer, without spaces, digits and end punctuation, is a chat filler word (a
    greeting, a test word, laughter, a forum's ``bump`` / ``沙发``) and the prompt neither holds it nor asks
    for a greeting, a test, laughter, a chat reply or slang. ``number``: a bare number of one or two digits
    for a prompt that holds no digit and asks for no number, count, choice or calculation.
    """
    text = output.strip()
    if len(text) <= 40 and _PRAISE_ONLY.match(text):  # "Interesting question.", "这个嘛……": a reaction, no answer
        return None if _FILLER_TOPIC.search(prompt) else "filler"
    if len(text) > 16:
        return None
    if _NUMBER_ANSWER.match(text):
        return None if _NUMBER_TOPIC.search(prompt) else "number"
    word = _FILLER_FOLD.sub("", text).lower()
    if not word or not (word in _FILLER_EN or word in _FILLER_ZH):
        return None
    if _FILLER_TOPIC.search(prompt) or word in _NOT_LETTERS.sub("", prompt.lower()):
        return None
    return "filler"


# --- the medium speaking: auto-replies and bot checks -----------------------------------------------------

NOTICE_MAX_CHARS = 300
_AWAY = re.compile(
    r"\bout of (?:the )?office\b|\bon (?:annual |parental |sick |holiday |vacation )?leave\b|\baway (?:from|until)\b|"
    r"\bnot (?:being )?monitored\b|\blimited access to (?:my )?e-?mail|\bauto(?:matic|mated)?[- ]?(?:reply|response)\b|"
    r"休假|出差|不在办公室|无人值守|假期期间|节假日期间|自动回复|"
    # an acknowledgement of receipt (a ticket system's or a mailbox's reply)
    r"\bthanks? (?:you )?for (?:your|the) (?:question|message|e-?mail|inquiry|enquiry|request|patience)\b|"
    r"\b(?:has|have) been received\b|\bwe(?:'ve| have) received\b|感谢您的(?:提问|来信|留言|咨询|反馈)|已收到",
    re.I,
)
_MAIL_BACK = re.compile(
    r"\b(?:your|the) (?:message|e-?mail|mail)\b|\bwhen i (?:return|am back|get back)\b|\bwill (?:respond|reply|get back|"
    r"be read|be in touch|contact you)\b|\bget back to you\b|\bplease contact\b|\burgent\b|\bcovering for me\b|"
    r"\bbusiness days?\b|邮件|来信|回复|请联系|紧急|急事|返回办公室|处理|尽快|工作日",
    re.I,
)
_AWAY_TOPIC = re.compile(
    r"e-?mail|\bmail|reply|replies|respond|leave|office|vacation|holiday|absence|away|auto|customer|complain|"
    r"feedback|inquir|enquir|ticket|support|acknowledg|邮件|回复|休假|请假|假期|出差|自动|客户|顾客|投诉|反馈|咨询|工单|客服",
    re.I,
)
_WALL = re.compile(
    r"\bverify (?:that )?you(?:'re| are) (?:a )?human\b|\bnot a robot\b|\bchecking (?:your|the) browser\b|captcha|"
    r"\bray id\b|\bpress (?:&|and) hold\b|\btype the characters\b|\bunusual traffic\b|\bsecurity check\b|"
    r"\bare you a robot\b|安全验证|验证码|人机验证|滑块|访问过于频繁|检查您的浏览器|异常流量|请求编号|"
    # round on heldout11: an age check is an access gate like a bot check (a page scraped before its content)
    r"\b(?:18|19|21)\+? (?:or older|years? (?:of age|or older)|and over)\b|\bover (?:18|21)\b|\bconfirm your age\b|"
    r"\bage verification\b|\bverify your age\b|\bdate of birth to (?:continue|enter|proceed)\b|"
    r"\blegal (?:drinking )?age\b|年满\s*\d+\s*周?岁|未满\s*\d+\s*周?岁|年龄验证|确认(?:您的|你的)?年龄|出生日期以继续",
    re.I,
)
_WALL_TOPIC = re.compile(
    r"captcha|robot|\bbots?\b|verif|human|security|browser|\bages?\b|adult|birth|验证|机器人|安全|浏览器|年龄|成年|出生",
    re.I,
)


def away_notice(output: str, prompt: str) -> bool:
    """True when a short answer is an e-mail auto-reply: a sign of being away and a mail or contact cue.

    ``I am out of the office until … please contact …``, ``【自动回复】我正在出差……请联系……``; the answer
    shares no content word with the prompt, and a prompt about e-mail, replies, leave or absence is exempt.
    """
    if len(output) > NOTICE_MAX_CHARS or _AWAY.search(output) is None or _MAIL_BACK.search(output) is None:
        return False
    return _AWAY_TOPIC.search(prompt) is None and not _engages(output, prompt)


def bot_wall(output: str, prompt: str) -> bool:
    """True when a short answer is a bot-check page (verify you are human, checking your browser, 安全验证).

    The answer shares no content word with the prompt; a prompt about captchas, robots, verification,
    security or browsers is exempt.
    """
    if len(output) > NOTICE_MAX_CHARS or _WALL.search(output) is None:
        return False
    return _WALL_TOPIC.search(prompt) is None and not _engages(output, prompt)


# --- the answer said to be missing, deferred or elsewhere; legal text; a closed question ---------------------

MISSING_MAX_CHARS = 120
_NULL_VALUE = re.compile(
    r"^[#*\s]*[^\n:：]{1,24}[:：]\s*(?:none|null|nil|empty|n\s*/\s*a|tbd|-+|暂无|无|空|略|待定)\s*[.。!！]?\s*$", re.I
)
_MISSING = re.compile(
    # said to be empty or not there
    r"\b(?:no|nothing|without)\b[^.!?\n]{0,20}\b(?:answers?|responses?|output|content|text|results?|repl(?:y|ies))\b|"
    r"\b(?:answers?|responses?|output|content|results?)\b[^.!?\n]{0,12}\b(?:not available|unavailable|missing|"
    r"empty|blank|pending)\b|\bleft (?:empty|blank)\b|\bnothing to (?:show|display|see)\b|^\s*n\s*/\s*a\s*$|"
    r"(?:无|没有|暂无)(?:回答|内容|答案|结果|输出)|此处(?:无|暂无|没有)|"
    # deferred or in progress
    r"\bcoming soon\b|\bto be (?:added|completed|written|continued|announced)\b|"
    r"\b(?:answer|reply|respond|add|update|finish|complete)\b[^.!?\n]{0,12}\b(?:later|soon|tomorrow)\b|"
    r"^\s*loading\b|\bplease wait\b|\bgenerating (?:the |your )?(?:answer|response)\b|"
    r"待补充|待完善|待更新|敬请期待|稍后(?:回答|补充|更新|再)|以后再|加载中|请稍候|正在(?:生成|加载)|"
    # elsewhere or behind a button
    r"\bsee (?:the )?(?:attached|attachment|above|below|previous|earlier|link)\b|"
    r"\brefer to (?:the )?(?:attached|attachment|above|previous|earlier|link)\b|\bsame as (?:above|before|the previous)\b|"
    r"\b(?:click|tap|press)\b[^.!?\n]{0,30}\b(?:reveal|see|view|show|unlock)\b|\b(?:reveal|unlock) (?:the )?(?:full )?answer\b|"
    r"\battach(?:ed|ment)\b|\b(?:see|refer to|check|open|download) (?:the |my |our )?(?:attached |enclosed )?"
    r"(?:pdf|document|doc|file|handout|slides?|spreadsheet|worksheet)s?\b|"
    r"\bunder construction\b|\bwork in progress\b|\b(?:being|still being) (?:prepared|compiled|written|drafted)\b|"
    r"附件|查收|(?:整理|准备|建设|施工|编写)中|(?:稍后|即将)上线|"
    # round on heldout11: the answer said to be put into a document, canvas or file somewhere else
    r"\b(?:(?:written|put|placed|created|generated|saved|uploaded|added)\b[^.!?\n]{0,40}|(?:answer|response|"
    r"solution|text|content)s? (?:is|are) )\b(?:in|into|to|on) (?:the|a|your) (?:\w+ ){0,2}(?:document|canvas|file|"
    r"artifact|panel|sidebar|editor|attachment|doc)\b|"
    r"\b(?:created|generated|saved|made) a (?:\w+ )?(?:file|document|doc)\b|"
    r"(?:写|放|生成|保存|整理)(?:好|在|到)?[^。！？\n]{0,12}(?:文档|画布|文件|附件)|(?:上方|下方|右侧|左侧)的?(?:文档|画布|窗口|面板)|"
    r"见附件|详见附件|见上文|参见上文|如上所述|(?:点击|解锁)[^。！？\n]{0,10}(?:查看|显示)?答案|"
    # results sent elsewhere (a voice assistant), a document that could not be read
    r"\bhere(?:'s| is| are) (?:what|some (?:results|links))\b[^.!?\n]{0,20}\b(?:found|web)\b|"
    r"\bsent (?:them|it|the (?:results?|links?)) to your\b|\bi(?:'m| am) still learning\b|"
    r"\bcould not be (?:extracted|read|parsed|loaded|displayed)\b|\b(?:copying|extraction)\b[^.!?\n]{0,30}\b(?:disabled|"
    r"failed|not (?:allowed|permitted))\b|"
    r"(?:搜索到|搜了)[^。！？\n]{0,10}(?:网页|结果)|在\s*App\s*中查看|还在学习|这个问题我还不会|无法(?:提取|复制|解析|读取)(?:文字|内容|文本)?|"
    # a note of the annotator's, an instruction to the writer left in place of the answer
    r"\b(?:annotator|reviewer|labell?er|rater)(?:'s)? (?:note|comment)\b|\bskip(?:ping|ped)? this (?:one|question|item)\b|"
    r"\b(?:write|type|enter|put|fill in) your (?:answer|response|reply)s? (?:here|below)\b|"
    r"请?在此(?:处)?(?:填写|输入|作答)|标注[:：]|待复核|待审核",
    re.I,
)
_MISSING_TOPIC = re.compile(
    r"placeholder|loading|progress|status|\bui\b|interface|button|attach|empty|blank|missing|later|soon|defer|"
    r"占位|加载|进度|状态|界面|按钮|附件|空白|稍后",
    re.I,
)
_LEGAL = re.compile(
    r"©|\(c\) \d{4}|\bcopyright \d{4}|\ball rights reserved\b|\bdisclaimer\s*:|\bterms of (?:service|use)\b|"
    r"\bprivacy policy\b|\bfor (?:general )?informational purposes only\b|"
    r"版权所有|保留所有权利|免责声明|转载请注明|仅代表作者(?:个人)?观点|与本站无关|知识共享署名|未经书面(?:许可|授权)",
    re.I,
)
_DISCLAIMER = re.compile(
    # not advice, not an expert, ask one
    r"\b(?:not|n't|no|nor)\b[^.!?\n]{0,40}\b(?:professional|legal|medical|financial|investment|tax|expert) advice\b|"
    r"\bnot (?:a |an )?(?:licensed|qualified|certified|registered|professional) [a-z]+\b|\b(?:consult|speak (?:to|with)|talk to|seek (?:the )?(?:advice|guidance|help) of|contact) "
    r"(?:a |an |your )?(?:qualified|licensed|certified|registered|professional|specialist|expert)|"
    # a label saying a machine wrote it, or that it may be wrong
    r"\bAI[- ]generated\b|\bauto(?:matically)?[- ]generated\b|\bgenerated (?:by|with|using) (?:an? )?(?:AI|"
    r"artificial intelligence|language model)\b|\baccuracy (?:is )?not guaranteed\b|\bmay (?:be|contain) "
    r"(?:inaccurate|inaccuracies|errors|mistakes)\b|\bfor reference only\b|"
    # a mailing's footer
    r"\bunsubscribe\b|\b(?:this|the) (?:message|e-?mail|newsletter) was sent\b|\bmailing address\b|"
    r"\bdo not reply to this\b|"
    r"不构成[^。！？\n]{0,12}建议|仅供(?:一般)?参考|(?:咨询|请教|求助|询问)[^。！？\n]{0,12}专业(?:人士|机构|人员)|"
    r"专业(?:人士|机构|人员)(?:咨询|意见为准)|(?:AI|人工智能)(?:自动)?生成|"
    r"(?:可能|或有)(?:不准确|错误|偏差)|请?仔细甄别|以官方(?:信息|公布)为准|退订|请勿(?:直接)?回复|(?:系统)?自动发送",
    re.I,
)
"""A disclaimer about the answer itself: not professional advice, ask an expert, written by a machine, may be wrong,
or a mailing's footer. An answer made of nothing else says nothing about the task."""
_DISCLAIMER_TOPIC = re.compile(
    r"disclaim|advice|footer|newsletter|unsubscrib|mailing|e-?mail|label|caption|watermark|notice|"
    r"免责|声明|建议|页脚|邮件|退订|电子报|标注|提示|水印",
    re.I,
)
"""A prompt asking for a disclaimer, a footer, a mailing or a label: such an answer may be all disclaimer."""
_LEGAL_TOPIC = re.compile(
    r"copyright|legal|disclaim|terms|privacy|licen[cs]|footer|trademark|policy|版权|法律|免责|声明|条款|隐私|许可|页脚|商标",
    re.I,
)
_CLOSED = re.compile(
    r"\b(?:question|thread|topic|post)\b[^.!?\n]{0,20}\b(?:closed|locked|archived|marked as (?:a )?duplicate)\b|"
    r"\bclosed as (?:off-topic|duplicate|too broad|opinion-based)\b|(?:问题|帖子|主题)已(?:被)?(?:关闭|锁定|归档)",
    re.I,
)
_CLOSED_TOPIC = re.compile(r"forum|moderat|thread|stack ?overflow|论坛|版主|帖子", re.I)
LEGAL_MAX_CHARS = 300


def missing_answer(output: str, prompt: str) -> str | None:
    """``"missing"`` or None: a short answer only says the answer is missing, deferred or elsewhere.

    At most :data:`MISSING_MAX_CHARS` characters sharing no content word with the prompt: a label with a null
    value (``Output: none``, ``回答：暂无``); said to be empty (``Answer not available``, ``left empty``,
    ``此处无内容``); deferred or in progress (``Coming soon``, ``I will answer this later``, ``Loading...``,
    ``待补充``, ``敬请期待``, ``加载中``); elsewhere (``See attached file``, ``Same as above``, ``见附件``) or behind
    a button (``Click below to reveal the answer``, ``点击查看答案``). Prompts about placeholders, loading,
    status, UI, buttons, attachments or empty fields are exempt.
    """
    if len(output) > MISSING_MAX_CHARS:
        return None
    if _NULL_VALUE.match(output) is None and _MISSING.search(output) is None:
        return None
    if _MISSING_TOPIC.search(prompt) is not None or _engages(_MISSING.sub(" ", output), prompt):
        return None  # (the cue itself, "write your answer here", may share a word with the task)
    return "missing"


def legal_or_closed(output: str, prompt: str) -> str | None:
    """``"legal"``, ``"closed"`` or None: a short answer is a page's legal line or a forum's closing notice.

    At most :data:`LEGAL_MAX_CHARS` characters sharing no content word with the prompt: a copyright line, a
    disclaimer, terms or privacy links (``© 2021 … All rights reserved.``, ``免责声明：本文仅代表作者观点``) for a
    prompt not about copyright, legal text, terms, privacy, licences or footers; or a question closed, locked or
    marked duplicate (``问题已关闭``) for a prompt not about forums or moderation.
    """
    if len(output) > LEGAL_MAX_CHARS:
        return None
    if (
        _DISCLAIMER.search(output) is not None
        and _DISCLAIMER_TOPIC.search(prompt) is None
        and _DISCLAIMER.search(prompt) is None  # "Generate an AI-generated insult": the prompt's own words
    ):
        # every sentence a disclaimer about the answer itself: whatever words of the task it names, it answers nothing
        parts = [t for t in _LEGAL_SPLIT.split(output) if t.strip()]
        if all(
            _DISCLAIMER.search(t) is not None or _LEGAL.search(t) is not None or not _WORDISH.search(t) for t in parts
        ):
            return "legal"
    if _LEGAL.search(output) is not None:
        found, topic = "legal", _LEGAL_TOPIC
    elif _CLOSED.search(output) is not None:
        found, topic = "closed", _CLOSED_TOPIC
    else:
        return None
    if topic.search(prompt) is not None:
        return None
    # the legal sentences themselves are boilerplate ("…不得…使用本站内容" shares "使用" with a task by chance):
    # only what is left besides them must share no content word with the prompt (round on heldout9)
    rest = " ".join(t for t in _LEGAL_SPLIT.split(output) if _LEGAL.search(t) is None and _CLOSED.search(t) is None)
    if _engages(rest, prompt):
        return None
    return found


_LEGAL_SPLIT = re.compile(r"(?<=[.!?。！？])\s*|\n+")
_WORDISH = re.compile(r"[A-Za-z]{2}|[\u4e00-\u9fff]")


# --- planning talk without the answer ------------------------------------------------------------------

PLAN_MAX_CHARS = 400
_PLAN_SENTENCES = re.compile(r"[^.!?。！？\n]+[.!?。！？]*")
_PLAN = re.compile(
    r"\b(?:let me|let's|i'll|i will|i should|i need to|i must|i have to|i(?:'m| am) going to|i want to|i can start|"
    r"start (?:by|drafting|writing)|(?:then|first,?) i\b)"
    r"|我先|我会|我得|我需要|我要|我来|让我|下面我|现在开始|首先我|先想想|想一想|组织一下|起草",
    re.I,
)
_META_SUBJECT = re.compile(
    r"\bthe user (?:wants|asks|is asking|needs|wrote|has asked|asked)\b|\bthey (?:really )?(?:need|want)\b|"
    r"\b(?:my|a clear|the) (?:response|reply|answer|draft)\b|\bthe question\b"
    r"|用户(?:问|想|需要|真正|要|的问题)|这个(?:关于[^。！？]{0,20})?问题|回答要|(?:清楚|准确)的回答",
    re.I,
)
_FILLER_SENTENCE = re.compile(r"^\s*(?:hmm+|okay|ok|well|so|alright|嗯+|好的|好)\s*[,.!，。！]*\s*$", re.I)
_PLAN_TOPIC = re.compile(
    r"monologue|think(?:ing)? aloud|inner|plan|steps?\b|strategy|role-?play|pretend|imagine|you are|respond to|"
    r"reply to|how (?:would|will|should) you|first person|独白|内心|计划|步骤|策略|扮演|假设你|你会|回复",
    re.I,
)


def plan_only(output: str, prompt: str) -> bool:
    """True when a short answer only talks about how it will answer (a model's planning kept as the answer).

    Every sentence holds a planning cue (``let me``, ``I'll``, ``I should``, ``我先``, ``我会``, ``下面我来``) or
    a word for the user, the question or the answer to come (``the user wants``, ``my response``, ``用户问的是``),
    or is an interjection (``Hmm.``, ``嗯``); at least two planning cues and one sentence names the user, question
    or answer. A prompt about plans, steps, strategies, role-play or a monologue is exempt.
    """
    if len(output) > PLAN_MAX_CHARS:
        return False
    sentences = [s for s in _PLAN_SENTENCES.findall(output) if s.strip()]
    if len(sentences) < 2:
        return False
    plans = 0
    meta = False
    for s in sentences:
        p = len(_PLAN.findall(s))
        q = _META_SUBJECT.search(s) is not None
        if not (p or q or _FILLER_SENTENCE.match(s)):
            return False
        plans += p
        meta = meta or q
    return plans >= 2 and meta and _PLAN_TOPIC.search(prompt) is None


# --- the instruction quoted back -----------------------------------------------------------------------

_QUOTE_LINE = re.compile(r"^\s*>+\s?")
_ATTRIBUTION = re.compile(r"(?:\bwrote|\bwrites|\bsaid|写道|说)\s*[:：]\s*$", re.I)
_LABELLED = re.compile(r"^\s*[^\n:：]{1,24}[:：]\s*")
_EMPTY_RESULT = re.compile(
    r"\b0 (?:documents?|results?|hits?|matches|items?|records?|sources?|passages?)\b|\bno (?:results?|documents?|"
    r"matches|hits|sources?)\b|\bnothing (?:found|retrieved)\b|\bnot found\b|\b(?:error|timeout|timed out)\b|"
    r"\b0\s*篇|\b0\s*条|\b0\s*个|召回\s*0|未找到|没有找到|无结果|无相关|检索失败|超时|错误",
    re.I,
)


def _fold(text: str) -> str:
    return re.sub(r"[\W_]+", "", text).casefold()


def quoted_prompt(output: str, instruction: str) -> str | None:
    """``"quote"``, ``"label"`` or None: the answer is the instruction quoted back and nothing else.

    ``quote``: the ``>`` lines of the answer are the instruction (folded: case, spaces and punctuation
    aside) and the only other line is an attribution (``On … <x> wrote:``, ``… 写道：``). ``label``: the
    first line is a label and the instruction (``Query: …``, ``检索词：…``) and the other lines (at most two,
    each at most 80 characters) report an empty result or an error (``Retrieved 0 documents``, ``共召回 0 篇``).
    """
    ins = _fold(instruction)
    if len(ins) < 8:
        return None
    lines = [ln for ln in output.strip().split("\n") if ln.strip()]
    quoted = [ln for ln in lines if _QUOTE_LINE.match(ln)]
    if quoted:
        other = [ln for ln in lines if not _QUOTE_LINE.match(ln)]
        if (
            len(other) <= 1
            and all(_ATTRIBUTION.search(ln) for ln in other)
            and _fold(" ".join(_QUOTE_LINE.sub("", ln) for ln in quoted)) == ins
        ):
            return "quote"
        return None
    m = _LABELLED.match(lines[0]) if lines else None
    if m is None or _fold(lines[0][m.end() :]) != ins:
        return None
    rest = lines[1:]
    if 1 <= len(rest) <= 2 and all(len(ln) <= 80 for ln in rest) and _EMPTY_RESULT.search(" ".join(rest)):
        return "label"
    return None


# --- random strings --------------------------------------------------------------------------------------

_STRING_SEP = re.compile(r"\s*[|,;/]\s*|\s+")
_TOKEN = re.compile(r"^[A-Za-z0-9]{3,12}$")
_HEX = re.compile(r"^(?:0x)?[0-9A-Fa-f]+$")
RANDOM_MIN_TOKENS = 5
RANDOM_MIN_SHARE = 0.6
_STRINGS_TOPIC = re.compile(
    r"\bcodes?\b|\bids?\b|identifier|serial|\bhex|base ?\d|binary|encod|hash|token|\bkeys?\b|licen[cs]e|plate|"
    r"model|part number|sku|username|handle|abbreviat|acronym|mnemonic|initials|keypad|phone|chemical|formula|"
    r"element|variable|"
    r"\bcode|编码|代码|编号|序列|十六进制|进制|哈希|密钥|车牌|型号|用户名|缩写|化学|变量",
    re.I,
)


def _random_token(tok: str) -> bool:
    """A token no language writes: letters mixed with digits, or capitals inside it not opening a word part."""
    if not _TOKEN.match(tok) or _HEX.match(tok):
        return False
    has_digit = any(c.isdigit() for c in tok)
    has_alpha = any(c.isalpha() for c in tok)
    if has_digit and has_alpha:  # a letter-digit string, not a digit row with a few letters (``1234567890ET``)
        return sum(c.isalpha() for c in tok) >= sum(c.isdigit() for c in tok)
    if not has_alpha:
        return False
    if tok.isupper():
        return False  # an acronym (NASA, ERB)
    # CamelCase words (MacBook, YouTube, iPhone) put a capital before two or more lower-case letters
    for i, c in enumerate(tok):
        if c.isupper() and i > 0 and not (tok[i + 1 : i + 3].islower() and len(tok[i + 1 : i + 3]) == 2):
            return True
    return False


def random_strings(output: str, prompt: str) -> bool:
    """True when the answer is :data:`RANDOM_MIN_TOKENS`+ short strings, most of them random-looking.

    Tokens of 3-12 ASCII letters and digits (hexadecimal numbers are never random-looking), separated by
    spaces, lines, ``|``, commas or slashes; at least :data:`RANDOM_MIN_SHARE` of them mix letters with
    digits or hold capitals inside (``kWWFmc7``, ``FkBw``): a captcha solver's guesses. Prompts asking for
    odd strings (:func:`.asked.asks_odd_words`), codes, identifiers, keys, hashes, number bases,
    abbreviations, models, keypads or formulas are exempt.
    """
    text = output.strip()
    if len(text) > 200 or not text.isascii():
        return False
    toks = [t for t in _STRING_SEP.split(text) if t]
    if len(toks) < RANDOM_MIN_TOKENS or not all(_TOKEN.match(t) for t in toks):
        return False
    if sum(_random_token(t) for t in toks) < RANDOM_MIN_SHARE * len(toks):
        return False
    return not asks_odd_words(prompt) and not asks_notation(prompt) and _STRINGS_TOPIC.search(prompt) is None


# --- machine metadata lines ------------------------------------------------------------------------------

METADATA_MAX_CHARS = 4000
"""Longer answers are not judged by :func:`metadata_lines` (a metadata dump stands in for a short answer)."""
_KV = re.compile(r"(?<![\w=])[A-Za-z_]\w{0,20}=(?![\"'])[^\s=,\"'<>]+")
_WRAPPER = re.compile(r"^\s*<([A-Za-z_][\w-]{0,30})>\s*\n[\s\S]*\n\s*</\1>\s*$")
_METADATA_TOPIC = re.compile(
    r"\bcode|program|script|config|\blogs?\b|log file|query|url|parameter|key[- ]?value|markup|xml|html|tag|"
    r"algorithm|function|class\b|\bsql\b|command|variable|算法|函数|命令|变量|"
    r"metadata|format|\bdata\b|retriev|search|citation|代码|程序|脚本|配置|日志|参数|键值|标签|元数据|格式|数据|检索",
    re.I,
)


def metadata_lines(output: str, prompt: str) -> bool:
    """True when the answer holds retrieval or log metadata lines instead of being an answer.

    Two or more lines each hold two or more ``key=value`` pairs (``[1] source=kb/x.md chunk=3 score=0.8``),
    making at least half of the non-empty lines, or a third when one element wraps the whole answer
    (``<context> … </context>``). A prompt about code, configuration, logs, parameters, markup, data,
    formats or retrieval is exempt.
    """
    lines = [ln for ln in output.strip().split("\n") if ln.strip()]
    if len(lines) < 3:
        return False
    meta = sum(len(_KV.findall(ln)) >= 2 for ln in lines)
    if meta < 2:
        return False
    share = 1 / 3 if _WRAPPER.match(output) else 1 / 2
    return meta >= share * len(lines) and _METADATA_TOPIC.search(prompt) is None


# --- a promotion inside the answer ---------------------------------------------------------------------

_CJK_STOP = re.compile(r"[。！？]")
_WINDOW_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'⚡🎉【])|(?<=[。！？])")
WINDOW_MAX_SENTENCES = 30
"""Lines of more sentences are not searched window by window (a cost bound)."""
_LIST_ITEM = re.compile(r"^\s*(?:\d{1,3}[.)、]|[-*•])\s")


def promotion_inside(output: str, prompt: str, cue: re.Pattern[str]) -> str | None:
    """``"promo"`` / ``"promo_weak"`` for a promotion as one line of the answer (not only its end), else None.

    Every line holding a cue (``cue``) is judged by :func:`.boilerplate.promotion`; in a line whose
    promotion follows a Chinese sentence on the same line, the part after that sentence is judged.
    """
    best = None
    for line in output.split("\n"):
        m = cue.search(line)
        if m is None:
            continue
        item = _LIST_ITEM.match(line)
        parts = [] if item else [line]  # an item of the answer's own list ("3. Would you like to join us?") ...
        stops = [s.end() for s in _CJK_STOP.finditer(line, 0, m.start())]
        if stops and not item:
            parts.append(line[stops[-1] :])
        # ... but a sentence of it, or of a paragraph, may be an advert pasted in: windows of one to three
        # sentences holding the cue are judged on their own (an advert inside an answer, not only at its end)
        sentences = [s for s in _WINDOW_SPLIT.split(line[item.end() :] if item else line) if s.strip()]
        if 1 < len(sentences) <= WINDOW_MAX_SENTENCES:
            for i, sentence in enumerate(sentences):
                if cue.search(sentence) is not None:
                    for lo, hi in ((i, i + 1), (i, i + 2), (i - 1, i + 1), (i - 1, i + 2)):
                        if lo >= 0 and hi <= len(sentences) and (hi - lo) < len(sentences):
                            parts.append(" ".join(sentences[lo:hi]))
        elif item and len(sentences) == 1:
            continue
        for part in parts:
            found = promotion(part, prompt)
            if found == "promo":
                return found
            best = best or found
    return best


# --- the entry point ---------------------------------------------------------------------------------------

_PROMO_CUE = re.compile(
    r"\b(?:install|download|sign ?up|register|subscribe|click|use (?:the )?code|upgrade|log ?in|claim|order|call|"
    r"whatsapp|telegram|share this|forward this|see if you qualify|check (?:your )?eligibility)\b|"
    r"https?://|\b[\w-]{3,}\.(?:com|net|org|io|cn|co|me|ly|shop|biz|info|xyz|top)\b|"
    r"邀请码|优惠码|下载|注册|安装|点击|登录|升级|领取|转发|访问|热线|电话|致电|拨打|\bdial\b|\be-?mail\b|加\s*(?:qq|vx|v)|"
    r"\bsponsor|\bbrought to you by\b|赞助|\(\d{3}\) ?\d{3}-\d{4}",
    re.I,
)


CANDIDATE_MAX_CHARS = 300
"""Answers longer than this are never notices, legal lines or missing answers of this module."""
CANDIDATE_RE2S = tuple(
    "(?i)" + p.pattern for p in (_AWAY, _WALL, _PLAN, _LEGAL, _CLOSED, _NULL_VALUE, _MISSING, _DISCLAIMER)
)
"""RE2 patterns (pyarrow) for the short answers whose cue :func:`apply` looks for one by one: a candidate matches any
(a superset). Not one pattern of their whole union: that automaton outgrows RE2's DFA memory and falls back to a
slower engine (0.6 s against 0.07 s for seven passes, on Alpaca's 32,130 short answers); see :data:`CANDIDATE_UNIONS`."""
CANDIDATE_UNIONS = ((0, 1, 2, 3, 4),)
"""Indices of :data:`CANDIDATE_RE2S` tested in one scan of their union (away, wall, plan, legal, closed: that union
stays within RE2's DFA and costs about one pass instead of five); the others are scanned one by one."""
_LEGAL_CUE = re.compile("|".join(p.pattern for p in (_LEGAL, _CLOSED, _DISCLAIMER)), re.I)
_NOTICE_CUE = re.compile("|".join(p.pattern for p in (_AWAY, _WALL, _PLAN)), re.I)
"""One search for a cue of :func:`away_notice`, :func:`bot_wall` or :func:`plan_only` in a short answer."""
_ELLIPSIS_ENDS = ("..", "…", "]", "）", ")", "】", "&hellip;", "&#8230;", "&#x2026;")
_TERMINAL_END = ".!?。！？)）"
_ITEM_START = tuple("123456789-*•")


def apply(
    sig: Findings, out: str, ins: str, prompt: str, kind: str, end: str, promo_cue: bool, notice_cue: bool
) -> None:
    """Set the findings of this module on ``sig`` where the rules before found nothing.

    ``out`` is the cleaned answer (trimmed), ``prompt`` the system text, instruction and input, ``end`` the
    answer's last non-space character, ``promo_cue`` the column-wise promotion candidate test
    (:data:`.boilerplate.PROMO_TAIL_RE2`) and ``notice_cue`` this module's (:data:`CANDIDATE_RE2S`, answers of at
    most :data:`CANDIDATE_MAX_CHARS` characters). Each finder runs behind a cheap gate (the length, the last or
    first characters, a character test, one short search), so most answers cost a few comparisons;
    findings map onto the existing reason codes (``truncation``, ``placeholder``, ``non_answer``, ``echo``,
    ``mash``, ``dump``, ``spam``).
    """
    n = len(out)
    if sig.truncation is None and end in ".…])）】;" and out.endswith(_ELLIPSIS_ENDS) and kind not in _NOT_PROSE:
        sig.truncation = ellipsis_cut(out, prompt)
    if (
        sig.truncation is None
        and kind == "list"
        and end in _TERMINAL_END
        and (":" in out[:ANNOUNCE_MAX_INTRO] or "：" in out[:ANNOUNCE_MAX_INTRO])
    ):
        sig.truncation = announced_more(out)
    if n <= 40 and sig.placeholder is None and sig.template is None:
        if end in ":：" and empty_label(out, prompt):
            sig.placeholder = "label"
        else:
            sig.placeholder = filler(out, prompt)
    if (
        n <= 160
        and sig.placeholder is None
        and out[:2] in ("--", "发自", "来自", "寄自")
        and signature_only(out, prompt)
    ):
        sig.placeholder = "signature"
    if notice_cue:  # the column-wise RE2 found a cue of a notice, a legal line or a missing answer
        _notices(sig, out, prompt, n)
    if sig.truncation is None and kind in ("prose", "list") and "\n" in out:
        sig.truncation = "truncated" if heading_last(out) else None
    if (
        sig.truncation is None
        and kind != "code"
        and (out[:1] in _ITEM_START or (":" in out[:ANNOUNCE_MAX_INTRO] or "：" in out[:ANNOUNCE_MAX_INTRO]))
        and asked_count_short(out, ins)
    ):
        sig.truncation = "asked_count"
    if sig.truncation in (None, "suspect") and kind != "code" and more_marker(out, prompt):
        sig.truncation = "part"
    if sig.truncation in (None, "suspect") and end == "-" and kind in ("prose", "list", "short") and hyphen_break(out):
        sig.truncation = "truncated"
    if (
        sig.echo is None
        and n <= 4 * len(ins) + 200
        and (out[:1] == ">" or ":" in out[:30] or "：" in out[:30])
        and len(ins) >= 9
        and ins[1:9] in out
    ):
        sig.echo = quoted_prompt(out, ins)
    if (
        n <= 200
        and sig.mash is None
        and "." not in out
        and out.count(" ") + out.count("\n") + out.count("|") >= RANDOM_MIN_TOKENS - 1
        and out.isascii()
        and random_strings(out, prompt)
    ):
        sig.mash = "random"
    if sig.dump is None and n <= METADATA_MAX_CHARS and "=" in out and metadata_lines(out, prompt):
        sig.dump = "metadata"
    if sig.spam is None and promo_cue:
        sig.spam = promotion_inside(out, prompt, _PROMO_CUE)


def _notices(sig: Findings, out: str, prompt: str, n: int) -> None:
    """The findings of :func:`apply` for a short answer holding a cue of :data:`CANDIDATE_RE2S`."""
    if n <= NOTICE_MAX_CHARS and sig.non_answer is None and sig.chrome is None and _NOTICE_CUE.search(out):
        if away_notice(out, prompt):
            sig.non_answer = "away"
        elif bot_wall(out, prompt):
            sig.non_answer = "wall"
        elif plan_only(out, prompt):
            sig.non_answer = "plan"
    if n <= LEGAL_MAX_CHARS and sig.non_answer is None and sig.chrome is None and _LEGAL_CUE.search(out):
        sig.non_answer = legal_or_closed(out, prompt)
    if (
        n <= MISSING_MAX_CHARS
        and sig.placeholder is None
        and sig.template is None
        and sig.non_answer is None
        and sig.refusal is None
        and sig.artefact is None
    ):
        sig.placeholder = missing_answer(out, prompt)


# --- the prompt's words or the input's sentences handed back ------------------------------------------

_ECHO_WORD = re.compile(r"[^\W\d_]{3,}|\d+")
_HAN = re.compile(r"[\u3400-\u9fff]")
_LIST_SPLIT = re.compile(r"\s*[,，、;；]\s*")
_KEYWORD_TOPIC = re.compile(
    r"key ?words?|key ?phrases?|extract|\btags?\b|hashtag|\bnouns?\b|\bverbs?\b|adjectives?|adverbs?|entities|"
    r"which words|\bsort|alphabeti|\border\b|关键词|关键字|提取|标签|名词|动词|形容词|副词|实体|词语|排序|顺序",
    re.I,
)
"""A prompt asking for words of a text (keywords, tags, parts of speech) or an order: its words may be the answer."""
_SELECT_TOPIC = re.compile(
    r"\b(?:which|choose|select|pick|identify|find|classify|categori[sz]e|group|match)\b|哪|选|找出|分类|归类|匹配", re.I
)
KEYWORD_DUMP_COVERAGE = 0.4
"""Share of the instruction's content words a list of its own words must repeat to be a keyword dump ..."""
KEYWORD_DUMP_SELECT_COVERAGE = 0.8
"""... or this share when the instruction asks to choose among words it lists (a selection repeats a few)."""


def keyword_dump(output: str, instruction: str) -> bool:
    """True when the answer is a list of the instruction's own words (``planetary, positions, zodiac``, ``关于、机器人``).

    Two or more short items separated by commas (``、``), no sentence, every word (Han character) taken from the
    instruction, repeating at least :data:`KEYWORD_DUMP_COVERAGE` of its content words: the task's words
    pulled out, not an answer. Not for prompts asking for keywords, tags, words of a kind or an order.
    """
    text = output.strip()
    if "\n" in text or any(c.isdigit() for c in text) or any(c in text for c in ".!?。！？:："):
        return False  # a sentence, a number or a label: an answer of its own
    items = [t for t in _LIST_SPLIT.split(text) if t]
    if len(items) < 2 or any(len(t.split()) > 3 or len(t) > 24 for t in items):
        return False
    if _LIST_SPLIT.sub(" ", text).casefold() in " ".join(instruction.casefold().split()):
        return False  # a list the instruction itself holds, in its order ("rank soccer, basketball, rugby")
    low, ins = output.casefold(), instruction.casefold()
    ow, iw = set(_ECHO_WORD.findall(_HAN.sub(" ", low))), set(_ECHO_WORD.findall(_HAN.sub(" ", ins)))
    oh, ih = set(_HAN.findall(low)), set(_HAN.findall(ins))
    if not (ow or oh) or ow - iw or oh - ih:
        return False
    content = len(iw) + len(ih)
    if not content or _KEYWORD_TOPIC.search(instruction) is not None or _ORDER_TOPIC.search(instruction) is not None:
        return False
    need = KEYWORD_DUMP_SELECT_COVERAGE if _SELECT_TOPIC.search(instruction) else KEYWORD_DUMP_COVERAGE
    return len(ow) + len(oh) >= need * content


_SENTENCE_SPLIT = re.compile(r"(?<=[.!?。！？])\s*|\n+")
_FOLD = re.compile(r"\s+")
_ORDER_TOPIC = re.compile(
    r"\b(?:sort|order|reorder|rank|arrange|rearrange|reorgani[sz]e|restructure|move|sequence|chronolog\w*|shuffle|"
    r"reverse|match|pair|group|classify|categori[sz]e)\b|排序|顺序|排列|打乱|倒序|调整|匹配|分类|归类",
    re.I,
)
SHUFFLED_MIN_SHARE = 0.8
"""Share of the input's sentences an answer made only of them must hold to be the input handed back."""


def shuffled_input(output: str, instruction: str, input_: str) -> bool:
    """True when the answer is the input's sentences again, in another order, and nothing else.

    Two or more sentences, each one of the input's (folded: case, spaces and punctuation ignored), holding at
    least :data:`SHUFFLED_MIN_SHARE` of the input's sentences: the input handed back, shuffled so that it no longer
    reads as a copy. A summary that picks sentences holds fewer; not for a task that asks for an order.
    """
    # cheap exact gate: a character of the answer that folding keeps and the input lacks is in a sentence of the
    # answer that no sentence of the input can equal (casefold maps characters one by one, without context)
    extra = set(output.casefold()).difference(input_.casefold())
    if extra and _FOLD.sub("", "".join(extra)):
        return False
    if _ORDER_TOPIC.search(instruction) is not None:
        return False
    order = [p for p in (_FOLD.sub("", s.casefold()) for s in _SENTENCE_SPLIT.split(input_)) if p]
    source = set(order)
    parts = [p for p in (_FOLD.sub("", s.casefold()) for s in _SENTENCE_SPLIT.split(output)) if p]
    if len(parts) < 2 or len(source) < 2 or any(p not in source for p in parts):
        return False
    rest = iter(order)
    if all(p in rest for p in parts):
        return False  # the input's order kept (a copy, or sentences deleted): the copy tests judge it
    return len(set(parts)) >= SHUFFLED_MIN_SHARE * len(source)
