"""Traces of how a record was generated, left in its answer: placeholders and leaked prompt text.

Self-instruct style generation (Alpaca and its translations) leaves recognisable marks:

- **placeholder answers**: ``<nooutput>``, ``<noinput>``, ``<No output, cannot …>``, ``N/A``,
  ``不适用``, an answer of punctuation only (``-``);
- **leaked continuations**: after the answer, the generator went on with the next task of its prompt
  (``11. Instruction: …``, ``18. Input: …``, ``6.输出：``);
- **markers**: ``// end of output //``, ``//EOM//``, ``§§`` (prompt-diff garbage), a leading
  ``<noinput>`` line before the real answer, an answer whose first letters were cut (``e! Here is``).

Each test is a compiled regular expression over the answer; the stage first finds candidate
records column-wise (:data:`CANDIDATE_RE2`) and runs these only on them.
"""

from __future__ import annotations

import re

from pipeline.stages.clean.signals.asked import asks_symbols

_PLACEHOLDER_TAG = re.compile(
    r"^\s*(?:<\s*(?:no[\s_-]*(?:input|output)|none|empty|blank|null|image|picture|photo|audio|video|chart|graph|"
    r"drawing|output[\s_-]*(?:image|picture|here)?|input|无输入|无输出|空|图片|图像)[^<>\n]{0,80}>\s*)+$",
    re.I,
)
_PLACEHOLDER_WORDS = frozenset(
    [
        "n/a",
        "n.a.",
        "na",
        "null",
        "nil",
        "nan",
        "undefined",
        "tbd",
        "todo",
        "placeholder",
        "blank",
        "empty",
        "[blank]",
        "(blank)",
        "<empty>",
        "不适用",
        "无输出",
        "没有输出",
        "暂无",
        "暂无内容",
        "无内容",
        "无需输出",
        "同上",
        "见上",
        "暂无回答",
        "暂无答案",
        "无回答",
        "无答案",
        "没有答案",
        "no answer",
        "no response",
        "omitted",
    ]
)
"""Whole answers that only say there is no answer (compared case-folded, stripped of end punctuation)."""

WEAK_PLACEHOLDERS = frozenset(["无", "空", "略", "none"])
"""Whole answers that may be a placeholder or a real one-word answer ("空" is the opposite of "满"): review."""

_BRACKETED = re.compile(r"^[(（\[【<《]\s*([^()（）\[\]【】<>《》]{1,20})\s*[)）\]】>》]$")
_BRACKET_ONLY_WORDS = frozenset(
    ["省略", "此处省略", "空白", "无内容", "待补充", "待定", "answer", "output", "omitted", "empty"]
)
"""Words that are a placeholder when they stand alone in brackets ("（省略）", "[answer]")."""
_PUNCT_ONLY = re.compile(r"^[\s\-–—_.,;:!?。，、；：！？…·*/\\|~=+#'\"`()\[\]{}（）【】《》「」]*$")
_LEAK = re.compile(
    r"(?:^|\n)[ \t#*]*(\d{1,3})\s*[.、:：]\s*(instruction|input|output|指令|说明|說明|输入|輸入|输出|輸出)\s*[:：]",
    re.I,
)
_LEAK_TASK = re.compile(r"(?:^|\n)[ \t#*]*\d{1,3}\s*[.、:：]\s*(?:instruction|指令|说明|說明)\s*[:：]", re.I)
_END_MARK = re.compile(r"//\s*(?:end\s+of\s+(?:the\s+)?output|eom)\b[^\n]{0,6}//|§§", re.I)
_LEADING_TAG = re.compile(r"^\s*<\s*no[\s_-]*(?:input|output)\s*>", re.I)
_CUT_PREFIX = re.compile(r"^(?:e|ure)[,!]\s")

CANDIDATE_RE2 = (
    r"(?i)^\s*<|(?:^|\n)[ \t#*]*\d{1,3}\s*[.、:：]\s*(?:instruction|input|output|指令|说明|說明|输入|輸入|输出|輸出)\s*[:：]"
    r"|//\s*(?:end\s+of|eom)|§§|^(?:e|ure)[,!]\s"
)
"""RE2 pattern (pyarrow) matching every answer that :func:`artefact` could flag (a superset)."""

_EMPTY_PARTS = re.compile(
    r"<([A-Za-z][\w-]*)\s*>\s*</\1>|<[A-Za-z][\w-]*\s*/>|\\[nrt0]|#(?:REF!|NAME\?|VALUE!|DIV/0!|N/A|NULL!|NUM!|SPILL!|CALC!)",
    re.I,
)
_ALNUM = re.compile(r"[^\W_]")
_SPREADSHEET_TOPIC = re.compile(
    r"excel|spreadsheet|sheets|formula|escape|html|xml|tag|code|表格|公式|转义|标签|代码", re.I
)
"""A prompt about spreadsheets, escapes, markup or code: an empty element or ``#N/A`` may be the answer."""
_MARKERS_ONLY = re.compile(
    r"^(?:[ \t]*(?:\d{1,3}[.)、:：]|[(（]\d{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|[-*•])[ \t]*(?:\n\s*|$))+$"
)
"""List markers with nothing after them (``一、\n二、``, ``（1）``, ``1.``)."""
_EMPTY_FENCE = re.compile(r"^\s*(?:(`{3,}|~{3,})[\w+#.-]*[ \t]*\n\s*\1\s*)+$")
"""Code fences with nothing between them."""
PLACEHOLDER_MAX_CHARS = 120
"""Answers longer than this are never taken as placeholders."""


def placeholder(output: str, prompt: str = "") -> str | None:
    r"""``"placeholder"`` (reject), ``"weak"`` (review) or None for one answer.

    Bracketed placeholders (``<nooutput>``, ``<No output, cannot design …>``), words that mean "no
    answer" (``N/A``, ``不适用``) and punctuation-only answers are placeholders; a punctuation-only
    answer to a prompt about symbols, ASCII art or emoticons is not. So are empty code fences and list markers
    on lines of their own with nothing after them (``一、\n二、``). ``无``, ``空``, ``略``, ``None`` and one list
    marker alone in brackets or with ``、`` (``（1）``, ``一、``: it may name an option) are *weak*: they can be real answers.
    """
    text = output.strip()
    if len(text) > PLACEHOLDER_MAX_CHARS or not text:
        return None
    if _PLACEHOLDER_TAG.match(text) or _EMPTY_FENCE.match(text):
        return "placeholder"
    folded = text.casefold().rstrip(".。!！")
    if folded in _PLACEHOLDER_WORDS:
        return "placeholder"
    bracketed = _BRACKETED.match(folded)
    if bracketed is not None:
        inner = bracketed.group(1).strip().rstrip(".。!！")
        if inner in _PLACEHOLDER_WORDS or inner in WEAK_PLACEHOLDERS or inner in _BRACKET_ONLY_WORDS:
            return "placeholder"  # "（空）", "（略）", "[empty]": an editor's note, not an answer
    if _PUNCT_ONLY.match(text):
        return None if asks_symbols(prompt) else "placeholder"
    if _MARKERS_ONLY.match(text):
        # list markers and nothing else: on two lines an empty list; one ("（1）", "一、") may name an option
        if "\n" in text:
            return "placeholder"
        return "weak" if any(c in text for c in "()（）、") else None
    if _ALNUM.search(text) is None or (
        ("<" in text or "\\" in text or "#" in text) and _ALNUM.search(_EMPTY_PARTS.sub("", text)) is None
    ):
        # symbols or emoji only; empty elements (<p></p>), literal escapes (\n), spreadsheet errors (#REF!);
        # not when the prompt holds those symbols itself (a rating of ★★★★★ changed to ★)
        if asks_symbols(prompt) or _SPREADSHEET_TOPIC.search(prompt):
            return None
        return None if set(text) - {" ", "\n"} <= set(prompt) else "placeholder"
    if folded in WEAK_PLACEHOLDERS:
        return "weak"
    return None


def artefact(output: str) -> str | None:
    """The kind of generation artefact in an answer, or None.

    ``"leaked_continuation"``: a numbered ``Instruction:``/``说明：`` line after the start of the
    answer, or an ``N. Input:`` and an ``N. Output:`` line with the same number; ``"end_marker"``: ``// end of
    output //``, ``//EOM//`` or ``§§``; ``"leading_placeholder"``: the answer starts with
    ``<noinput>``/``<nooutput>`` and goes on; ``"cut_prefix"``: the answer starts mid-word
    (``e! Here is``).
    """
    if _END_MARK.search(output):
        return "end_marker"
    if _LEADING_TAG.match(output):
        return "leading_placeholder"
    if _CUT_PREFIX.match(output):
        return "cut_prefix"
    task = _LEAK_TASK.search(output)
    if task is not None and task.start() > 0:
        return "leaked_continuation"
    labels: dict[str, set[bool]] = {}
    for m in _LEAK.finditer(output):
        labels.setdefault(m.group(1), set()).add(m.group(2).lower() in ("input", "输入", "輸入"))
    if any(len(kinds) == 2 for kinds in labels.values()):  # "18. Input:" and "18. Output:"
        return "leaked_continuation"
    return None
