"""What kind of content a line of an answer holds: code, a table row, a list item, verse or prose.

Instruction answers mix kinds in one field: a sentence, then unfenced code, then a Markdown table.
Measures that judge *language* (repetition, symbol share, truncation) and operations that tidy
*prose* (collapsing spaces, stripping markup) must leave the other kinds alone. These helpers decide
line by line, from the line's own shape, cheaply (compiled regular expressions):

- a **table row**: a Markdown row (``| a | b |``) or separator (``|---|:--:|``), or a line with two or
  more tab or ``|``-separated cells;
- a **code line**: indented code (two or more leading spaces or a tab, with code punctuation), a
  line that starts with a common keyword and carries code punctuation (``def f(x):``, ``SELECT *``,
  ``#include``), a markup line (``<td>x</td>``) or a line ending like code (``{``, ``};``, ``);``);
- a **list item**: ``1.``, ``-``, ``*``, ``•``, ``(a)``, ``一、`` at the start.

Inline code spans (`` `x  =  1` ``) are found by :func:`inline_code_spans`.
"""

from __future__ import annotations

import re

TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$|^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$|^[^|\n]*\|[^|\n]*\|")
"""A Markdown table row or separator, or a line with at least two ``|``."""

_CODE_KEYWORD = (
    r"def|class|import|from|return|if|elif|else|for|while|try|except|finally|with|function|var|let|const|"
    r"public|private|protected|static|void|int|float|double|char|bool|string|struct|enum|package|using|"
    r"namespace|#include|#define|SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|DROP|FROM|WHERE|print|printf|"
    r"console\.log|echo|fn|func|lambda|yield|async|await|switch|case|break|continue|new|throw|catch"
)
CODE_LINE = re.compile(
    r"^(?:\t| {2,})\S.*[=(){}\[\];:<>]"  # indented and with code punctuation
    rf"|^(?:\t| {{2,}})(?:{_CODE_KEYWORD})\b"  # indented and starting with a keyword
    rf"|^\s*(?:{_CODE_KEYWORD})\b.*[=(){{}}\[\];:<>*]"  # a keyword line with code punctuation
    r"|^\s*</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>"  # a markup line
    r"|^\s*(?:[{}\[\]()]|\}\s*else\b.*|\)\s*;?)\s*$"  # a lone brace or bracket
    r"|[;{]\s*$|^\s*\}"  # ends with ; or {, starts with }
    r"|^\s*[A-Za-z_][\w.]*\s*(?:\[[^\]]*\])?\s*[+\-*/%]?=\s*\S.*$(?<![.!?。！？])"  # an assignment
)
"""A line that looks like program code or markup (see the module doc)."""

LIST_ITEM = re.compile(
    r"^\s*(?:[-*•·]\s?|\d{1,3}[.)、]\s?|\(?[a-zA-Z][.)]\s|[（(]\d{1,3}[)）]|[一二三四五六七八九十]+、|#{1,6}\s|"
    r"\d{1,4}\s*[:：-]\s)"
)
"""A list item, heading or dated entry (``1815: …``) marker at the start of a line."""

LABELLED = re.compile(r"^\s*[^:：\n]{1,30}[:：]\s*\S")
"""A ``label: value`` line (``Dessert: Tiramisu``, ``English: I am learning``)."""

_INLINE_CODE = re.compile(r"(`+)(?!`)(.+?)(?<!`)\1(?!`)")


def is_table_row(line: str) -> bool:
    """True for a Markdown table row or separator, or a line of ``|``-separated cells."""
    return "|" in line and TABLE_ROW.search(line) is not None


_CODE_CHARS = frozenset("=(){}[];:<>*")
_CODE_CHAR = re.compile(r"[=(){}\[\];:<>*]")
"""Any of :data:`_CODE_CHARS`: a regular-expression class scan, 5x faster than ``_CODE_CHARS.isdisjoint(line)``
(which makes and hashes one string per character; 0.55 against 0.11 s over 400,000 answer lines)."""


def is_code_line(line: str) -> bool:
    """True for a line that looks like program code or markup."""
    if line[:1] not in (" ", "\t") and _CODE_CHAR.search(line) is None:
        return False  # every code shape but an indented keyword line has one of these characters
    return CODE_LINE.search(line) is not None


def is_list_item(line: str) -> bool:
    """True for a line that starts with a list or heading marker."""
    return LIST_ITEM.match(line) is not None


def is_labelled(line: str) -> bool:
    """True for a ``label: value`` line."""
    return LABELLED.match(line) is not None


def inline_code_spans(line: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the inline code spans (backtick-delimited, Markdown style) of one line."""
    if "`" not in line:
        return []
    return [m.span() for m in _INLINE_CODE.finditer(line)]


def prose_lines(text: str) -> list[str]:
    """The lines of ``text`` that are neither code lines nor table rows (blank lines dropped)."""
    return [ln for ln in text.split("\n") if ln.strip() and not is_table_row(ln) and not is_code_line(ln)]
