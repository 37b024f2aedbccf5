"""Answers whose *shape* is wrong for their prompt: data or wiki dumps, and text in a script nobody asked for.

- **data dump** (``"json"``): the whole answer is a JSON object (or an array of objects), an API
  response or a record pasted where the prompt asked for prose. A prompt about JSON, data, code,
  formats, dictionaries or objects (or one that holds JSON itself) exempts it;
- **wiki dump** (``"wiki"``): the answer holds wiki markup of at least two kinds (``{{templates}}``,
  ``[[links]]``, ``'''bold'''``, ``== headings ==``, ``<ref>``, ``[[Category:…]]``, ``{|`` tables),
  i.e. it was copied from a wiki's source, in an answer to a prompt that is not about wikis or markup;
- **script mismatch**: most of the answer's letters are in a script (Cyrillic, Greek, Hangul, kana,
  Arabic, Hebrew, Devanagari, Thai) that neither the prompt nor the language it asks for uses, e.g.
  English transliterated into Cyrillic or Chinese turned into Hangul. A prompt that names a language
  or asks for a translation (:func:`pipeline.text.lang.asked_langs`) exempts it, and so does a
  prompt that holds letters of that script itself.

These are structural tests (a parser, character classes), not phrase lists: they find the shape
whatever the words are.
"""

from __future__ import annotations

import json
import re
import unicodedata

from pipeline.stages.clean.signals.asked import FORMAT_TOPIC, asks_styled_letters
from pipeline.stages.clean.signals.foreign import LANGUAGE_WORDS
from pipeline.text.lang import asked_langs
from pipeline.text.normalize import HTML_TOPIC

_DATA_TOPIC = re.compile(
    r"json|xml|yaml|\bapi\b|dictionar|\bdict\b|\bobjects?\b|\barrays?\b|data ?(?:structure|model|type|set)|schema|"
    r"format|seriali[sz]|key[- ]?value|\bcode\b|program|script|function|python|javascript|\bjava\b|\bsql\b|"
    r"quer(?:y|ies)|database|\bpars|payload|endpoint|config|"
    r"键值|字典|数组|数据结构|数据模型|格式|代码|程序|函数|接口|字段|配置|数据库",
    re.I,
)
"""A prompt about data, formats or code: its answer may be JSON."""

JSON_MIN_CHARS = 20
"""Shorter JSON answers (``{}``, ``[]``) are placeholders, judged by ``placeholder_output``."""


def json_dump(output: str, prompt: str, instruction: str) -> str | None:
    """``"json"`` when the whole answer is a JSON object (or an array of objects) nobody asked for, else None.

    ``prompt`` is the whole prompt (system, instruction, input): JSON in it exempts the answer;
    ``instruction`` (with the system text) is searched for a data or code topic (an input about
    programs does not make a JSON answer to "Summarize this" right).
    """
    text = output.strip()
    if len(text) < JSON_MIN_CHARS or text[0] not in "{[" or text[-1] not in "}]":
        return None
    if "{" in prompt:
        return None
    data_topic = _DATA_TOPIC.search(instruction) is not None
    if data_topic and _ENVELOPE_TOPIC.search(instruction):
        return None
    try:
        value = json.loads(text)
    except ValueError:
        value = _json_lines(text)
        if value is None:
            return None
    if data_topic:
        # A prompt about data may get JSON, but not an API response or chat log wrapped around the answer.
        return "json" if _envelope(value) else None
    if isinstance(value, dict) and value:
        return "json"
    if isinstance(value, list) and any(isinstance(v, dict) for v in value):
        return "json"
    return None


JSON_LINES_MIN = 2
"""Lines of a JSON Lines dump (one object a line) that make the answer a dump (round on heldout8)."""


def _json_lines(text: str) -> list[object] | None:
    """The objects of a JSON Lines text (every non-empty line one JSON object, at least two), else None."""
    if "}\n{" not in text.replace("\r", ""):
        return None
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if len(lines) < JSON_LINES_MIN:
        return None
    values: list[object] = []
    for ln in lines:
        try:
            v = json.loads(ln)
        except ValueError:
            return None
        if not isinstance(v, dict):
            return None
        values.append(v)
    return values


_ENVELOPE_KEYS = frozenset(
    [
        "status",
        "data",
        "result",
        "results",
        "error",
        "errors",
        "choices",
        "meta",
        "metadata",
        "role",
        "content",
        "message",
        "messages",
        "id",
        "ts",
        "timestamp",
        "cached",
        "code",
        "msg",
        "success",
        "response",
        "object",
        "model",
        "usage",
        "created",
        "html",
        "text",
        "index",
        "finish_reason",
        # a chat workspace's export (messages, joins, reactions)
        "type",
        "subtype",
        "user",
        "username",
        "sender",
        "channel",
        "reaction",
        "event",
    ]
)
_ENVELOPE_TOPIC = re.compile(
    r"json|\bapi\b|endpoint|response|payload|request|chat|message|conversation|log|接口|响应|请求|对话|日志", re.I
)
"""A prompt about APIs, responses or chat logs: an envelope may be what it asks for."""


def _envelope(value: object) -> bool:
    """An API response or chat-log record (or a list of them).

    Most top-level keys are envelope keys (status, data, choices, role, content, meta …), at least two.
    """
    items = value if isinstance(value, list) else [value]
    dicts = [v for v in items if isinstance(v, dict)]
    if not dicts or len(dicts) != len(items):
        return False
    for d in dicts:
        keys = [k for k in d if isinstance(k, str)]
        env = sum(1 for k in keys if k.lower() in _ENVELOPE_KEYS)
        if env < 2 or env < 0.6 * len(keys):
            return False
    return True


_WIKI_PARTS = (
    re.compile(r"\{\{[^{}\n]{1,200}(?:\||\}\})"),  # template
    re.compile(r"\[\[[^\[\]\n|]{1,100}(?:\|[^\[\]\n]{0,100})?\]\]"),  # internal link
    re.compile(r"'''[^'\n]{1,200}'''"),  # bold
    re.compile(r"^={2,6}[^=\n]{1,100}={2,6}[ \t]*$", re.M),  # heading
    re.compile(r"<ref[\s>/]|</ref>", re.I),  # reference
    re.compile(r"^\{\||^\|-|^\|\}", re.M),  # table
)
WIKI_CANDIDATE_RE2 = r"\{\{|\[\[|'''|(?m)^==|<ref|(?m)^\{\|"
"""RE2 pattern (pyarrow) matching every answer :func:`wiki_dump` could flag (a superset)."""
_WIKI_TOPIC = re.compile(r"wiki|markup|mark-up|mediawiki|template|维基|百科|标记", re.I)
WIKI_MIN_KINDS = 2
"""Kinds of wiki markup an answer must hold to be a wiki dump."""


def wiki_dump(output: str, prompt: str) -> str | None:
    """``"wiki"`` when the answer holds wiki source markup of two or more kinds (prompt not about wikis), else None."""
    kinds = 0
    for part in _WIKI_PARTS:
        if part.search(output):
            kinds += 1
            if kinds >= WIKI_MIN_KINDS:
                return None if _WIKI_TOPIC.search(prompt) else "wiki"
    return None


_TAG = re.compile(r"<[A-Za-z!?/][^<>\n]{0,300}>")
_MARKUP_SIGN = re.compile(
    r"<\?xml|<!\[CDATA\[|<!doctype|<(?:rss|feed|channel|script|style|iframe)\b|"
    r"<[A-Za-z][\w:-]*\s[^<>]*\b(?:class|id|style|href|src|onclick|xmlns|data-[\w-]+)\s*=",
    re.I,
)
MARKUP_MIN_TAGS = 3
"""A markup fragment has at least this many tags ..."""
MARKUP_MIN_SHARE = 0.3
"""... and either a sign of scraped markup (attributes, a script, an XML declaration, CDATA, an RSS or Atom
element) or at least this share of its characters inside tags."""


def markup_fragment(output: str) -> bool:
    """True when the raw answer is a scraped markup fragment.

    It opens with a tag, holds three or more, and has attributes, a script, an XML declaration, CDATA
    or a feed element, or is 30 % tags.

    ``<div class="post-body">…</div><script>…</script>``, an RSS ``<item>``, an XML record: page or feed
    source where the prompt asked for prose. Judged on the text before cleaning (HTML stripping would
    leave the page's text and chrome behind).
    """
    text = output.lstrip()
    if not text.startswith("<"):
        return False
    tags = _TAG.findall(text)
    if len(tags) < MARKUP_MIN_TAGS:
        return False
    if _MARKUP_SIGN.search(text):
        return True
    return sum(map(len, tags)) >= MARKUP_MIN_SHARE * len(text)


_ELEMENT_TAG = re.compile(r"<(?:[A-Za-z][\w.-]*:)?([A-Za-z][\w.-]*)")
_HTML_ELEMENTS = frozenset(
    [
        "html",
        "head",
        "body",
        "title",
        "meta",
        "link",
        "script",
        "style",
        "noscript",
        "div",
        "span",
        "p",
        "a",
        "b",
        "i",
        "u",
        "s",
        "em",
        "strong",
        "small",
        "big",
        "br",
        "hr",
        "img",
        "ul",
        "ol",
        "li",
        "dl",
        "dt",
        "dd",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "td",
        "th",
        "caption",
        "col",
        "colgroup",
        "form",
        "input",
        "button",
        "select",
        "option",
        "textarea",
        "label",
        "fieldset",
        "legend",
        "iframe",
        "nav",
        "header",
        "footer",
        "main",
        "section",
        "article",
        "aside",
        "figure",
        "figcaption",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "pre",
        "code",
        "blockquote",
        "q",
        "cite",
        "abbr",
        "sub",
        "sup",
        "mark",
        "time",
        "video",
        "audio",
        "source",
        "track",
        "canvas",
        "svg",
        "picture",
        "center",
        "font",
        "base",
        "area",
        "map",
        "object",
        "embed",
        "param",
        "template",
        "slot",
        "summary",
        "details",
        "dialog",
        "menu",
        "address",
        "ins",
        "del",
        "kbd",
        "samp",
        "var",
        "wbr",
    ]
)
"""Element names of HTML: a page made of them is judged by the HTML exemptions, not by names in the prompt
(a prompt saying "title" or "table" does not ask for a page)."""
ELEMENT_NAMES_MAX = 12
"""Distinct element names of an answer compared with the prompt (the first ones)."""
_MARKUP_FORMAT_NAME = re.compile(r"\b[A-Z][A-Za-z]{0,8}ML\b|\b(?:GPX|SVG|RSS|Atom|XSLT?|XSD|DocBook|DITA|OPF|NCX)\b")
"""A markup format named by its acronym (XML, OPML, KML, SSML, MathML, XAML, GPX, SVG, RSS, ...): case-sensitive,
so the words "atom" or "html" in running prose do not count; HTML prompts have their own exemption."""


def asks_markup_document(prompt: str, output: str) -> bool:
    """True when the prompt names the markup the answer is written in, so the document is the answer.

    The prompt names an XML-family format by its acronym (``OPML 2.0``, ``KML``, ``SSML``, ``SVG``), or one of
    the answer's element names that HTML does not use, as an element (``<outline>`` for "one outline element per
    line", "a ``<Placemark>`` per stop", ``outline 元素``): a plain word is not enough ("related to the content"
    does not ask for a ``<content>`` element). An OPML outline has a ``<head>`` and a ``<body>`` and looks like a page;
    asked for, it is an answer, not a markup dump (round on heldout14). Run only on answers already judged a
    whole page or a markup fragment.
    """
    if _MARKUP_FORMAT_NAME.search(prompt):
        return True
    names: set[str] = set()
    for m in _ELEMENT_TAG.finditer(output):
        name = m.group(1).lower()
        if name in names or name in _HTML_ELEMENTS:
            continue
        names.add(name)
        if len(name) >= 3 and re.search(
            rf"<{re.escape(name)}\b|(?<![a-z]){re.escape(name)}(?![a-z])\W{{0,3}}(?:elements?|tags?|nodes?|元素|标签|节点)",
            prompt,
            re.I,
        ):
            return True
        if len(names) >= ELEMENT_NAMES_MAX:
            break
    return False


_MARKUP_TOPIC = re.compile(
    r"\brss\b|\batom\b|\bfeeds?\b|sitemap|\bsvg\b|markup|\belements?\b|(?:web|html|sign-?up|feedback|contact|registration|survey|order|login) forms?\b|template|\bstyl|font|"
    r"typograph|\bbold|italic|underline|订阅|标记|元素|表单|模板|样式|字体|加粗|斜体|下划线",
    re.I,
)


MARKUP_TOPIC_RE2 = f"{_DATA_TOPIC.pattern}|{_MARKUP_TOPIC.pattern}|{HTML_TOPIC.pattern}"
"""RE2 pattern (pyarrow, case-insensitive) of prompts about data, formats, code, markup, HTML or web pages."""


MACHINE_CANDIDATE_RE2 = (
    r"^(?:HTTP/\d|---[ \t]*\n|(?:From|To|Subject|Date|Received|Return-Path|MIME-Version|Content-Type|Message-ID):)"
    r"|\S{120}|^(?:Traceback \(most recent call last\)|Exception in thread |Thought:)|<(?:tool_call|function_call)>"
    r"|\d\d:\d\d[,.]\d{3} --> "
    r"|^(?:BEGIN:V[A-Z]+|msgid |#: |<{7} |diff --git |--- a/|Index: )"
)
"""RE2 pattern (pyarrow): answers that may be a protocol envelope or a machine blob (a superset)."""
_HTTP_STATUS = re.compile(r"^HTTP/\d(?:\.\d)? \d{3}\b")
_TRACE = re.compile(
    r'^(?:Traceback \(most recent call last\):\n[ \t]+File "|Exception in thread "[^"\n]*" [\w.$]+(?:Exception|Error)\b)'
)
"""A program's crash report as the answer: a Python traceback or a Java exception head."""
_AGENT = re.compile(r"<(?:tool_call|function_call)>|^Thought:[^\n]*\n(?:[^\n]*\n){0,2}Action:")
"""An agent's working transcript instead of the answer: a tool call, or a Thought/Action scratchpad."""
_AGENT_TOPIC = re.compile(r"\bagents?\b|\btools?\b|react|function call|tool call|智能体|工具|调用", re.I)
_ERROR_TOPIC = re.compile(r"error|exception|traceback|stack ?trace|crash|debug|报错|异常|错误|调试|崩溃", re.I)
"""A prompt about errors or debugging: a crash report may be what it asks to read or explain."""
_CUE_TIMING = re.compile(r"^(?:\d\d:)?\d\d:\d\d[,.]\d{3} --> (?:\d\d:)?\d\d:\d\d[,.]\d{3}", re.M)
"""A subtitle cue's timing line (SRT ``00:00:04,413 --> 00:00:09,639``, WebVTT with a dot)."""
SUBTITLE_MIN_CUES = 2
"""Cue timing lines that make an answer a subtitle file."""
_SUBTITLE_TOPIC = re.compile(
    r"subtitl|caption|\bsrt\b|\bvtt\b|webvtt|\bcues?\b|timestamp|transcri|video|film|movie|字幕|时间轴|视频|转录",
    re.I,
)
"""A prompt about subtitles, captions, video or transcripts: a subtitle file may be the answer."""
_HEADER_LINE = re.compile(r"^[A-Za-z][A-Za-z0-9-]{1,40}: \S", re.M)
_MAIL_HEADERS = re.compile(
    r"^(?:From|To|Cc|Subject|Date|Received|Return-Path|Reply-To|MIME-Version|Content-Type|"
    r"Content-Transfer-Encoding|Message-ID):",
    re.I | re.M,
)
_MAIL_TRANSPORT = re.compile(
    r"^(?:Received|Return-Path|MIME-Version|Content-Type|Content-Transfer-Encoding|Message-ID):|=\?[\w-]+\?[BQ]\?",
    re.I | re.M,
)
_FRONT_MATTER = re.compile(r"^---[ \t]*\n(?:[A-Za-z_][\w-]*:.*\n){2,}---[ \t]*(?:\n|$)")
# Both start only where a run starts (the look-behind): the same matches, since a long enough run matches from
# its first character, but a shorter run is not scanned again from each of its characters (quadratic on
# Chinese text, which has no spaces).
_BASE64_RUN = re.compile(r"(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{120,}={0,2}")
_LONG_TOKEN = re.compile(r"(?<!\S)\S{200,}")
_CODE_PUNCT = frozenset("{}();=,[]")
_MACHINE_TOPIC = re.compile(
    r"\bhttp|header|e-?mail|\bmime\b|front ?matter|jekyll|hugo|blog post|markdown|base64|data uri|minif|"
    r"bundle|webpack|encod|请求头|响应头|邮件|报文|编码",
    re.I,
)


_FILE_FRAMES = (
    ("a calendar or contact card (iCalendar/vCard)", re.compile(r"^BEGIN:V[A-Z]+\r?\n(?:[A-Z][A-Z-]*[:;].*\n?){2,}")),
    (
        "a translation catalogue (gettext PO)",
        re.compile(r'^(?:#[:,.|][^\n]*\n)*msgid "[^\n]*"\r?\n(?:[^\n]*\n)*?msgstr '),
    ),
    ("a merge conflict (conflict markers)", re.compile(r"^<{7} [^\n]*\n[\s\S]*?^={7}[ \t]*\n[\s\S]*?^>{7}", re.M)),
    ("a patch (unified diff headers)", re.compile(r"^(?:diff --git |Index: |--- a/)[^\n]*\n[\s\S]*?^@@ -\d", re.M)),
)
"""File formats whose frame may wrap an answer that was exported, merged or synced instead of written: the frame
opens the answer. Any file format's frame is junk unless the prompt asks for that format, its tool or its domain."""
_FILE_FRAME_TOPIC = re.compile(
    r"calendar|\bevents?\b|appointment|meeting|schedul|contact card|address book|\bics\b|vcf|"
    r"locali[sz]|i18n|l10n|translation (?:file|catalog|catalogue|string)|\bpo\b|\bpot\b|"
    r"version control|\bvcs\b|\bgit|\bmerge|\bconflict|\brebase|\bbranch|\bpatch|\bdiff|changes? between|"
    r"日历|日程|会议|预约|通讯录|名片|本地化|国际化|翻译文件|版本控制|合并|冲突|分支|补丁|差异",
    re.I,
)
"""A prompt about calendars, contacts, localisation, version control or patches: a file frame may be its answer."""


def file_frame(output: str, prompt: str) -> str | None:
    """The file format whose frame opens ``output`` (an iCalendar event, a gettext entry, a merge conflict, a diff).

    None when no frame opens the answer, or when the prompt asks for that format, a file by name, its tool or
    its domain (:data:`~pipeline.stages.clean.signals.asked.FORMAT_TOPIC`, :data:`_FILE_FRAME_TOPIC`): a calendar
    event asked for is an ``.ics`` file; a frame around an ordinary answer is an export or a merge gone wrong.
    """
    if output[:1] not in "BmI#<d-" or not output:
        return None
    for name, frame in _FILE_FRAMES:
        if frame.match(output) is not None:
            if FORMAT_TOPIC.search(prompt) is not None or _FILE_FRAME_TOPIC.search(prompt) is not None:
                return None
            return name
    return None


def machine_dump(output: str, prompt: str) -> str | None:
    """``"envelope"``, ``"blob"``, ``"trace"`` or ``"agent"`` when the answer is machine output, not text for a reader; else None.

    An envelope opens the answer: an HTTP status line with header lines after it, a mail header block
    (two or more of From, To, Subject, Date, MIME-Version, Content-Type…, one of them a transport or MIME header
    or an encoded word ``=?UTF-8?B?``: a memo's To/From/Subject is not one), or YAML front matter (``---``,
    two or more ``key: value`` lines, ``---``). A blob is a run of 120+ base64 characters (an inline image or
    file) or a 200+ character token without spaces holding at least 10 % code punctuation (minified code).
    Not for prompts about data, formats, code or markup, nor about HTTP, mail, headers, front matter or
    encodings. ``"trace"``: the answer is a program's crash report (a Python traceback, a Java exception), for
    a prompt not about code, data or errors. ``"agent"``: an agent's transcript (a ``<tool_call>``, a
    ``Thought:``/``Action:`` scratchpad) instead of the answer, for a prompt not about code, data, agents or tools.
    ``"subtitles"``: a subtitle file (two or more SRT/WebVTT cue timing lines) for a prompt not about subtitles,
    captions, video or transcripts. ``"frame"``: a file format's frame opens the answer (:func:`file_frame`).
    """
    kind = None
    head = output[:2000]
    http = _HTTP_STATUS.match(output) is not None and len(_HEADER_LINE.findall(head)) >= 2
    mail = (
        _MAIL_HEADERS.match(output) is not None
        and len(_MAIL_HEADERS.findall(head)) >= 2
        and _MAIL_TRANSPORT.search(head) is not None  # a memo's To/From/Subject is not a mail dump
    )
    front = output.startswith("---") and _FRONT_MATTER.match(output) is not None
    if http or mail or front:
        kind = "envelope"
    elif _TRACE.match(output):
        return None if markup_exempt(prompt) or _ERROR_TOPIC.search(prompt) else "trace"
    elif _AGENT.search(output):
        return None if markup_exempt(prompt) or _AGENT_TOPIC.search(prompt) else "agent"
    elif file_frame(head, prompt) is not None:
        return "frame"
    elif len(_CUE_TIMING.findall(head)) >= SUBTITLE_MIN_CUES:
        return None if _SUBTITLE_TOPIC.search(prompt) else "subtitles"
    elif _BASE64_RUN.search(output):
        kind = "blob"
    else:
        for m in _LONG_TOKEN.finditer(output):
            token = m.group()
            if sum(map(token.count, _CODE_PUNCT)) >= 0.1 * len(token):  # str.count per character: in C
                kind = "blob"
                break
    if kind is None or markup_exempt(prompt) or _MACHINE_TOPIC.search(prompt) is not None:
        return None
    return kind


def markup_exempt(prompt: str) -> bool:
    """True when the prompt asks for data, formats, feeds or code (its answer may be markup)."""
    return _DATA_TOPIC.search(prompt) is not None or _MARKUP_TOPIC.search(prompt) is not None


_OTHER_SCRIPTS = (
    "[\u0530-\u058f\u0700-\u08ff\u0980-\u0dff\u0e80-\u0fff\u1000-\u10ff\u1200-\u1cff\u2c00-\u2c5f\u2c80-\u2ddf"
    "\ua000-\ua63f\ua6a0-\ua6ff\ua800-\uaaff]"
)
_SCRIPTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("Cyrillic", re.compile(r"[\u0400-\u04ff\u0500-\u052f]")),
    ("Greek", re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")),
    ("Hangul", re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")),
    ("kana", re.compile(r"[\u3040-\u309f\u30a0-\u30ff]")),
    ("Arabic", re.compile(r"[\u0600-\u06ff\u0750-\u077f]")),
    ("Hebrew", re.compile(r"[\u0590-\u05ff]")),
    ("Devanagari", re.compile(r"[\u0900-\u097f]")),
    ("Thai", re.compile(r"[\u0e00-\u0e7f]")),
    ("zhuyin", re.compile(r"[\u3100-\u312f\u31a0-\u31bf]")),
    # Every other script (Armenian, Thaana, the Indic scripts after Devanagari, Lao, Tibetan, Myanmar, Georgian,
    # Ethiopic, Cherokee, Canadian syllabics, Khmer, Mongolian, Tifinagh, Yi, Vai …): named from the Unicode
    # character names of the answer (``_other_name``).
    ("other", re.compile(_OTHER_SCRIPTS)),
    # Latin written with look-alike characters: mathematical bold/italic/monospace letters, circled, squared and
    # full-width letters ("fancy fonts"), and turned or phonetic letters (upside-down text: ǝ ɐ ɹ ʇ ᴉ).
    ("styled Latin", re.compile("[\U0001d400-\U0001d7ff\u24b6-\u24e9\U0001f130-\U0001f189\uff21-\uff3a\uff41-\uff5a]")),
    ("turned Latin", re.compile(r"[\u0250-\u02af\u1d00-\u1dbf\u01dd\u0183\u018d\u0279]")),
    # Latin where a quarter of the letters carry diacritics: Vietnamese and the like, not English with loan words.
    ("accented Latin", re.compile(r"[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]")),
)
SCRIPT_CANDIDATE_RE2 = (
    r"[\x{0370}-\x{052f}\x{1f00}-\x{1fff}\x{ac00}-\x{d7af}\x{1100}-\x{11ff}\x{3130}-\x{318f}\x{3040}-\x{30ff}"
    r"\x{0590}-\x{06ff}\x{0750}-\x{077f}\x{0900}-\x{097f}\x{0e00}-\x{0e7f}\x{3100}-\x{312f}\x{31a0}-\x{31bf}"
    r"\x{1d400}-\x{1d7ff}\x{24b6}-\x{24e9}\x{1f130}-\x{1f189}\x{ff21}-\x{ff3a}\x{ff41}-\x{ff5a}"
    r"\x{0250}-\x{02af}\x{1d00}-\x{1dbf}\x{00c0}-\x{00d6}\x{00d8}-\x{00f6}\x{00f8}-\x{024f}\x{1e00}-\x{1eff}"
    r"\x{0530}-\x{058f}\x{0700}-\x{08ff}\x{0980}-\x{0dff}\x{0e80}-\x{0fff}\x{1000}-\x{10ff}\x{1200}-\x{1cff}"
    r"\x{2c00}-\x{2c5f}\x{2c80}-\x{2ddf}\x{a000}-\x{a63f}\x{a6a0}-\x{a6ff}\x{a800}-\x{aaff}]"
)
"""RE2 pattern (pyarrow): answers holding a letter of one of the judged scripts."""
_LETTERS = re.compile(r"[^\W\d_]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_SYLLABIC = frozenset(["Hangul", "kana"])
SCRIPT_MIN_LETTERS = 12
"""An answer needs this many letters of the foreign script ..."""
SCRIPT_MIN_SHARE = 0.5
"""... making at least this share of its letters (Han, Hangul and kana weighing 3), to be in the wrong script."""
_SCRIPT_SHARE = {"turned Latin": 0.3, "accented Latin": 0.25}
"""Lower shares for Latin look-alikes (upside-down text keeps o, s, l, u; Vietnamese keeps most letters plain)."""
_LOOK_ALIKES = frozenset(["styled Latin", "turned Latin", "accented Latin", "zhuyin"])
OTHER_MIN_LETTERS = 5
"""For the other scripts (Cherokee, Tifinagh, Yi …, none of which an English or Chinese answer borrows letters
from), this many letters suffice: a generic greeting in Cherokee is a few syllables."""


def _other_name(output: str) -> str:
    """The script of the answer's first letter of an other script, from its Unicode name (``Cherokee``)."""
    m = re.search(_OTHER_SCRIPTS, output)
    if m is None:
        return "another"
    try:
        return unicodedata.name(m.group()).split()[0].title()
    except ValueError:
        return "another"


def script_mismatch(output: str, prompt: str) -> str | None:
    """The name of the script most of the answer is written in when the prompt gives no reason for it, else None."""
    best, best_n = "", 0
    for name, pattern in _SCRIPTS:
        k = len(pattern.findall(output))
        if k > best_n:
            best, best_n = name, k
    if best_n < (OTHER_MIN_LETTERS if best == "other" else SCRIPT_MIN_LETTERS):
        return None
    # Syllabic scripts (Hangul, kana) and Han carry a syllable or word per character: they weigh 3,
    # as in the unit count of lengths, against alphabetic letters.
    weight = 3 if best in _SYLLABIC else 1
    han = len(_HAN.findall(output))
    letters = len(_LETTERS.findall(output))
    share = _SCRIPT_SHARE.get(best, SCRIPT_MIN_SHARE)
    if weight * best_n < share * (letters - han - best_n + 3 * han + weight * best_n):
        return None
    if dict(_SCRIPTS)[best].search(prompt) or asked_langs(prompt) is None:
        return None
    if best in _LOOK_ALIKES and asks_styled_letters(prompt):
        return None
    if best == "other":
        name = _other_name(output)
        low = prompt.lower()
        return None if name.lower() in low or LANGUAGE_WORDS.search(prompt) is not None else name
    return best
