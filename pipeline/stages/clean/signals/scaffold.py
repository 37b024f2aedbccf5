r"""Answers that are only prompt-template scaffolding: the generator's frame with no answer in it.

A chat or instruction template leaves recognisable pieces when the model (or a broken export) wrote
nothing into it:

- **special tokens** of tokenizers and chat formats: ``<|endoftext|>``, ``<|im_end|>``,
  ``<|assistant|>``, ``</s>``, ``[INST]``, ``<<SYS>>``, ``<end_of_turn>``, ``[PAD]``;
- **unfilled placeholders**: ``{{output}}``, ``${answer}``, ``{response}``, ``[Your answer here]``,
  ``[INSERT ANSWER HERE]``, ``<answer>``, ``【回答】``, ``TODO: write the answer``;
- **empty elements and role headers**: ``<output></output>``, ``### Response:``, ``Assistant:``,
  ``### 回答：``, ``答：`` with nothing after them;
- the record's own instruction or input copied into such a frame.

:func:`template_only` removes all of these; when nothing with a letter or digit is left, the answer
is scaffolding. A real answer inside a frame ("### Response:\\nParis") keeps its words and is not
flagged here. These are shapes (token syntax, brackets around an instruction to the writer), not a
list of sentences.
"""

from __future__ import annotations

import re

_SPECIAL_TOKEN = (
    r"<\|[^|<>\n]{1,40}\|>"  # <|endoftext|>, <|im_start|>, <|eot_id|>
    r"|</?s>|<(?:/?(?:bos|eos|pad|unk|mask|sep|cls))>|\[/?(?:INST|SYS)\]|<</?SYS>>"
    r"|\[(?:PAD|CLS|SEP|UNK|MASK|BOS|EOS|EOT)\]|<(?:start|end)_of_(?:turn|text)>"
)
_ROLE_WORD = r"(?:instruction|input|response|output|answer|assistant|user|system|human|bot|question|reply|completion)"
_WRITER_VERB = r"(?:your|insert|enter|add|put|type|write|fill(?: in)?|paste|place|provide)"
_SLOT_WORD = (
    r"(?:answer|response|output|reply|result|completion|text|content|solution|generated text|model output|"
    r"回答|答案|输出|回复|内容|答复|结果|生成内容)"
)
_PLACEHOLDER = (
    r"\{\{[^{}\n]{0,40}\}\}|\$\{[^{}\n]{0,40}\}|\{(?:[A-Za-z_][\w.]{0,30}|[\u4e00-\u9fff]{1,8})\}"
    rf"|[\[<(（【{{]\s*{_WRITER_VERB}\b[^\]\n>)）】}}]{{0,50}}[\]>)）】}}]"
    rf"|[\[<(（【]\s*{_SLOT_WORD}(?:\s*(?:here|goes here|placeholder|待填|待补充|在此|于此))?\s*[\]>)）】]"
    rf"|<\s*/\s*(?:{_SLOT_WORD}|{_ROLE_WORD})\s*>"  # the closing half of an emptied element (<output></output>)
    r"|\b(?:TODO|TBD|FIXME|XXX)\b(?:\s*[:：-]\s*(?:write|add|fill|insert|complete|finish|answer|generate)\b[^\n]{0,40})?"
    r"|\blorem ipsum\b[^\n]{0,80}"
)
_ROLE = (
    r"(?:instruction|input|response|output|answer|assistant|user|system|human|bot|ai|gpt|model|question|"
    r"指令|输入|回答|答案|回复|输出|助手|用户|系统|问题|答|问)"
)
_HEADER = rf"(?m:^[ \t]*(?:#{{1,6}}[ \t]*)?{_ROLE}[ \t]*[:：][ \t]*$)|(?m:^[ \t]*#{{1,6}}[ \t]*{_ROLE}[ \t]*$)"
_SCAFFOLD = re.compile(rf"(?:{_SPECIAL_TOKEN})(?:[ \t]*{_ROLE}\b)?|{_PLACEHOLDER}|{_HEADER}", re.I)
_OPEN_TAG = re.compile(rf"<\s*(?:{_SLOT_WORD}|{_ROLE_WORD})\s*>", re.I)
_FRAME = re.compile(rf"{_SPECIAL_TOKEN}|{_HEADER}|(?m:^[ \t]*(?:#{{1,6}}[ \t]*)?{_ROLE}[ \t]*[:：])", re.I)
_HEADER_LINE = re.compile(rf"(?m)^[ \t]*(?:#{{1,6}}[ \t]*)?{_ROLE}[ \t]*[:：]", re.I)
NON_WORD = re.compile(r"[\W_]+")
"""Runs of anything but letters, digits and Han characters: removed to compare two texts by their words."""

CANDIDATE_RE2 = (
    r"(?i)<\||</?s>|\[/?(?:inst|sys)\]|<</?sys>>|\[(?:pad|cls|sep|unk|mask|bos|eos|eot)\]|_of_(?:turn|text)>"
    r"|<(?:/?(?:bos|eos|pad|unk|mask|sep|cls))>|\{\{|\$\{|\{[a-z_\x{4e00}-\x{9fff}]|[\[<(（【{]\s*[a-z\x{4e00}-\x{9fff}]"
    r"|</|\btodo\b|\btbd\b|\bfixme\b|\bxxx\b|lorem ipsum|\{%|(?m)^[ \t]*#|[:：][ \t]*$|(?m)[:：][ \t]*$"
)
"""RE2 pattern (pyarrow) matching every answer :func:`template_only` could flag (a superset)."""

TEMPLATE_TOPIC = re.compile(
    r"template|placeholder|token|prompt format|chat format|jinja|mustache|handlebars|format string|f-string|"
    r"string interpolation|\btags?\b|html|xml|markup|模板|占位|令牌|词元|标签|标记",
    re.I,
)
"""A prompt about templates, placeholders or tokens: scaffolding may be the answer."""


def _fold(text: str) -> str:
    return NON_WORD.sub("", text.casefold())


def template_only(output: str, prompt_texts: tuple[str, ...], max_chars: int) -> str | None:
    """``"template"`` when the answer is only template scaffolding (plus copies of the prompt), else None.

    ``prompt_texts`` are the record's system, instruction and input: scaffolding in them, or a
    prompt about templates and placeholders, exempts the answer; copies of them inside the frame
    are removed before judging what is left. Answers longer than ``max_chars`` are not judged.
    """
    if len(output) > max_chars:
        return None
    found = _SCAFFOLD.findall(output)
    if not found:
        return None
    prompt = "\n".join(prompt_texts)
    if TEMPLATE_TOPIC.search(prompt) or _SCAFFOLD.search(prompt):
        return None
    rest = _SCAFFOLD.sub(" ", output)
    rest = _OPEN_TAG.sub(" ", rest)  # the opening half of an emptied element (<output></output>)
    rest = _HEADER_LINE.sub(" ", rest)  # "### Instruction:" before a copy of the instruction
    folded = _fold(rest)
    if folded and not _FRAME.search(output):
        return None  # copies of the prompt count as scaffolding only inside a frame (tokens or role headers)
    for text in prompt_texts:
        f = _fold(text)
        if f and len(f) >= 4:
            folded = folded.replace(f, "")
    return "template" if not folded else None


# --- unexpanded template source ------------------------------------------------------------------

_SPIN_GROUP = re.compile(r"\{[^{}|\n]{1,60}(?:\|[^{}|\n]{1,60})+\}")
"""A spintax group: alternatives between braces, one to be picked per copy (``{Great|Excellent}``)."""
SPIN_MIN_GROUPS = 3
"""Spintax groups an answer needs ..."""
SPIN_MIN_SHARE = 0.5
"""... and the share of its non-space characters inside them, to be a spinner's unexpanded template."""
_ENGINE_TAG = re.compile(r"\{%-?\s*\w[^{}\n]{0,80}?-?%\}")
"""A template engine's statement tag (Jinja, Django, Liquid, Twig, Nunjucks): ``{% block body %}``."""
ENGINE_MIN_TAGS = 2
"""Statement tags an answer needs to be template source."""
_SOURCE_TOPIC = re.compile(
    r"spin|synonym|variant|grammar|\bbnf\b|syntax|regex|regular expression|\bweb\b|page|site|flask|django|liquid|"
    r"shopify|jekyll|hugo|ansible|twig|nunjucks|code|program|script|function|render|"
    r"语法|变体|同义|网页|网站|页面|代码|程序|脚本|函数|渲染",
    re.I,
)
"""Prompts under which spintax or template tags may be the answer (besides :data:`TEMPLATE_TOPIC`)."""


def template_source(output: str, prompt: str) -> str | None:
    """``"spintax"`` / ``"engine"`` when the answer is a template left unexpanded, else None.

    A class by form: the answer is the source a generator should have expanded, not text. ``"spintax"``:
    :data:`SPIN_MIN_GROUPS` or more ``{a|b|c}`` groups holding at least :data:`SPIN_MIN_SHARE` of the
    non-space characters (an article spinner's template); ``"engine"``: :data:`ENGINE_MIN_TAGS` or more
    ``{% … %}`` statement tags (a page template, whatever it contains). A prompt about templates, code,
    web pages, grammars or text variants exempts the answer.
    """
    spin = _SPIN_GROUP.findall(output) if "|" in output else []
    kind = None
    if len(spin) >= SPIN_MIN_GROUPS:
        chars = len(output) - sum(output.count(c) for c in " \n\t")
        if sum(len(g) for g in spin) >= SPIN_MIN_SHARE * chars:
            kind = "spintax"
    if kind is None and "{%" in output and len(_ENGINE_TAG.findall(output)) >= ENGINE_MIN_TAGS:
        kind = "engine"
    if kind is None or TEMPLATE_TOPIC.search(prompt) or _SOURCE_TOPIC.search(prompt):
        return None
    return kind
