r"""Context for cue-dependent recognizers: cue words, values anchored after a cue, and table columns.

Many identifiers are only recognisable by what is written next to them: ``123456789`` is a passport
number after ``Passport No.:``, an SSN after ``SSN`` and nothing in a sum. Three kinds of context are
offered here, all offset-preserving and all blind to placeholders of earlier replacements
(``<PHONE_NUMBER_1>`` is never a phone cue):

- :class:`Cues`: a set of cue words (regex fragments, case-insensitive) searched in a window before
  or after a match (:meth:`Cues.before`, :meth:`Cues.after`), or in a table header
  (:meth:`Cues.search`); :func:`closest_family` says which of several cue families is nearest;
- :meth:`Cues.anchored`: a regex for a value written right after a cue (``DL# A1234567``,
  ``护照号码：E12345678``, ``"passport": "123456789"``, ``| MRN | PX1234567 |``);
- :func:`keyed_lists`: a key of several cue words joined by ``/`` (``手机/微信：139… / zhang_san``,
  ``Phone/QQ: … / …``) paired, position by position, with the values after it;
- :func:`table_index`: for a text holding a markdown table, CSV/TSV rows under a header line or an
  SQL ``INSERT ... (columns) VALUES (...)``, the header of the column of each cell, so a recognizer
  can ask which header is above a value (:func:`column_header`) when the cue is a header several
  cells or lines away.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from pipeline.stages.deidentify.recognizers.base import PLACEHOLDER_RE
from pipeline.text.alternation import alternation, lowered

__all__ = [
    "FILLER",
    "QUALIFIER",
    "Cues",
    "KeyedList",
    "TableCell",
    "TableIndex",
    "blank_placeholders",
    "closest_family",
    "column_header",
    "keyed_lists",
    "literal_prefix",
    "table_index",
]

_PLACEHOLDER = PLACEHOLDER_RE


def blank_placeholders(text: str) -> str:
    """``text`` with placeholders of earlier replacements (``<PERSON_1>``, ``[PHONE]``) blanked, same length.

    An XML start tag closed later on its line (``<MRN>MR-2940155</MRN>``) is markup naming the value, not a
    placeholder: it stays, so a cue in it is read.
    """
    if "<" not in text and "[" not in text:
        return text
    if "</" not in text:
        return _PLACEHOLDER.sub(lambda m: " " * len(m.group()), text)
    return _PLACEHOLDER.sub(lambda m: m.group() if _xml_element(text, m) else " " * len(m.group()), text)


def _xml_element(text: str, m: re.Match[str]) -> bool:
    """True when the ``<NAME>`` matched by ``m`` is closed by ``</NAME>`` before the end of its line."""
    tag = m.group()
    if not tag.startswith("<"):
        return False
    close = text.find("</" + tag[1:], m.end())
    return close >= 0 and "\n" not in text[m.end() : close]


QUALIFIER = r"[(（][ \t]*[A-Za-z\u4e00-\u9fff][^()（）\n\d<>]{0,30}?[)）](?=[ \t]*[:：=#])"
"""A parenthesised qualifier of a key, before the key's colon: ``Passport (work authorization):``,
``Phone (mobile):``, ``护照（境外）：``. No digits inside (``(415)`` is an area code, not a qualifier)."""
FILLER = (
    r"(?:[ \t]*(?:"
    + QUALIFIER
    + r"|(?<=[A-Za-z])>|(?<=[ \t])&(?=[ \t])|[:：=#\"'|,，、(（)）\[\]/._\-]|(?i:no|nr|num|number|is|was|id|code)(?![a-z])|(?<=[(（])[A-Z]{2,3}(?=[)）])"
    r"|号码|号|为|是)[ \t]*){0,6}"
    r"[ \t]*"
)
"""What may separate a cue from its value: punctuation, ``No.``, ``number``, ``is``, 号码, 为, 是 (a few), a
country or state code in parentheses (``passport (UK): …``), a parenthesised qualifier of the key
before its colon (:data:`QUALIFIER`), the ``>`` closing an XML element named by the cue (``<MRN>…``), and (round
17) a LaTeX table's cell separator ``&`` set apart by blanks, like the markdown ``|`` (``Passport & 547382910 \\\\``)."""


_WORD_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
"""The characters of a word a cue window may cut."""

GATE_MIN_FRAGMENTS = 40
"""A cue family with this many fragments or more is gated by its literal prefixes (see :class:`Cues`)."""


def literal_prefix(fragment: str) -> str:
    r"""The literal text every match of the regex ``fragment`` starts with ("" when there is none).

    ``physician['’]?s?`` gives ``physician``, ``colou?r`` gives ``colo`` (an optional character is not
    part of it), ``d\.o`` gives ``d``; a fragment starting with a group, a class or an escape, or holding
    a ``|`` outside brackets, gives "".
    """
    depth = 0
    in_class = False
    i = 0
    while i < len(fragment):
        ch = fragment[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return ""
        i += 1
    out: list[str] = []
    for ch in fragment:
        if ch in "\\[](){}.^$|?*+":
            if ch in "?*{" and out:
                out.pop()
            break
        out.append(ch)
    return "".join(out)


_WORD_START = r"(?-i:(?<![A-Za-z0-9])|(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z]))"
"""An ASCII cue starts a word, or a camelCase part (``buyerPhone``; round 17: also after an acronym, where a
capitalised word starts, ``USSocialSecurityNumber``, ``IDCard``); never inside one (``Patel``, ``HOTEL``)."""


class Cues:
    """A family of cue words, given as regex fragments matched case-insensitively.

    A fragment starting with an ASCII letter must start a word or a camelCase part (``tel`` does not
    match in ``Patel``; ``phone`` matches in ``support_phone`` and ``buyerPhone``). Fragments carry their own end conditions
    (``ip(?![a-z])``).
    """

    def __init__(self, *fragments: str) -> None:
        """Compile the ``fragments`` into one alternation."""
        self.fragments: tuple[str, ...] = fragments
        words = [f for f in fragments if f[:1].isascii() and f[:1].isalpha()]
        others = [f for f in fragments if f not in words]
        parts = ([f"{_WORD_START}(?:{'|'.join(words)})"] if words else []) + others
        self.pattern = "(?:" + "|".join(parts) + ")"
        self._rx = re.compile(self.pattern, re.IGNORECASE)
        # The same fragments without the word-start condition, matched case-sensitively in the
        # lower-cased text: a superset of the matches (fragments hold no upper-case letter) and
        # about three times faster to rule a text out (docs/DEIDENTIFY.md, "Speed").
        loose = "|".join(fragments)
        if re.search(r"[A-Z]", re.sub(r"\\[A-Za-z]", "", loose)) or "(?-i" in loose:
            raise ValueError("cue fragments must be lower case")
        self._loose = re.compile(f"(?:{loose})")
        # Cheaper still for a large family: the literal words every fragment starts with (``physician`` of
        # ``physician['’]?s?[ _-]?…``), as one trie-factored alternation; a text without any of them
        # holds no cue. Only when every fragment starts with a literal, and only for families of 40
        # fragments or more: measured on 60,000 Alpaca texts, the gate costs about what the loose pattern
        # of a small family costs (and passes more texts, which then pay for both), while it cuts the MRN
        # family (68 fragments) from 0.41 to 0.17 s and the non-phone family (51) from 0.25 to 0.21 s.
        prefixes = [literal_prefix(f) for f in fragments]
        gated = len(prefixes) >= GATE_MIN_FRAGMENTS and all(prefixes)
        self._gate = re.compile(alternation(prefixes)) if gated else None

    def search(self, text: str) -> bool:
        """True when a cue occurs anywhere in ``text`` (a header, a key)."""
        low = lowered(text)
        if self._gate is not None and self._gate.search(low) is None:
            return False
        return self._loose.search(low) is not None and self._rx.search(text) is not None

    def _window(self, text: str, start: int, end: int, same_line: bool, *, before: bool) -> str:
        start, end = max(0, start), max(0, end)
        part = text[start:end]
        if same_line and "\n" in part:
            part = part[part.rfind("\n") + 1 :] if before else part[: part.find("\n")]
        elif before and start > 0 and part[:1].isalnum() and text[start - 1].isalnum():
            # the window starts inside a word: its tail is no word (``t`` of ``Defendant`` is no ``T:`` key)
            cut = len(part) - len(part.lstrip(_WORD_CHARS))
            part = " " * cut + part[cut:]
        return blank_placeholders(part)

    def last_before(self, text: str, start: int, window: int = 40, *, same_line: bool = False) -> int | None:
        """Distance from the end of the closest cue before ``start`` to ``start`` (None: no cue in the window)."""
        part = self._window(text, start - window, start, same_line, before=True)
        last = None
        for m in self._rx.finditer(part):
            last = m.end()
        return None if last is None else len(part) - last

    def before(self, text: str, start: int, window: int = 40, *, same_line: bool = False) -> bool:
        """True when a cue occurs in the ``window`` characters before ``start``."""
        return self.last_before(text, start, window, same_line=same_line) is not None

    def after(self, text: str, end: int, window: int = 20, *, same_line: bool = True) -> bool:
        """True when a cue occurs in the ``window`` characters after ``end``."""
        return self._rx.search(self._window(text, end, end + window, same_line, before=False)) is not None

    def anchored(self, value: str, filler: str = FILLER) -> re.Pattern[str]:
        """A regex: a cue, a short filler (``:``, ``No.``, ``number is``, 号码：) and ``value`` as group ``v``.

        ``value`` is matched case-sensitively and must bring its own look-arounds.
        """
        return re.compile(f"(?i:{self.pattern}){filler}(?P<v>{value})")


def closest_family(
    text: str, start: int, families: Mapping[str, Cues], window: int = 40, *, same_line: bool = True
) -> str | None:
    """The name of the cue family whose cue ends closest before ``start`` (None: no cue in the window)."""
    best: tuple[int, str] | None = None
    for name, cues in families.items():
        d = cues.last_before(text, start, window, same_line=same_line)
        if d is not None and (best is None or d < best[0]):
            best = (d, name)
    return None if best is None else best[1]


# --------------------------------------------------------------------------- keyed lists

_KEYED_LIST = re.compile(
    r"(?:^|(?<=[\s,，;；|(（\[【]))"
    r"(?P<keys>[^\s:：/／、,，;；|]{1,12}(?:[ \t]?[/／、][ \t]?[^\s:：/／、,，;；|]{1,12}){1,3})"
    r"[ \t]*[:：][ \t]*(?P<vals>[^\n]{1,200})",
    re.MULTILINE,
)
_LIST_SEP = re.compile(r"[ \t]*[/／、|][ \t]*")


@dataclass(frozen=True)
class KeyedList:
    """One value of a keyed list and the key word written at its position."""

    key: str
    start: int
    end: int


def keyed_lists(text: str) -> list[KeyedList]:
    """Values of ``A/B：a / b`` lines paired with their keys, position by position.

    ``手机/微信：13912345678 / zhang_san88`` pairs ``手机`` with the number and ``微信`` with the id;
    ``QQ、邮箱：12345678、a@b.cn`` likewise. A line is read only when it has as many values as keys
    (a URL or a date with slashes in a value leaves the counts unequal: nothing is paired). Values
    end at the end of the line, or at a ``,`` / ``;`` / ``。`` after the last one.
    """
    if ("/" not in text and "／" not in text and "、" not in text) or (":" not in text and "：" not in text):
        return []
    out: list[KeyedList] = []
    for m in _KEYED_LIST.finditer(text):
        keys = _LIST_SEP.split(m.group("keys"))
        vals_start = m.start("vals")
        vals = m.group("vals")
        stop = re.search(r"[,，;；。]|[ \t]{2,}|\t", vals)
        if stop is not None:
            vals = vals[: stop.start()]
        bounds: list[tuple[int, int]] = []
        pos = 0
        for sep in _LIST_SEP.finditer(vals):
            bounds.append((pos, sep.start()))
            pos = sep.end()
        bounds.append((pos, len(vals.rstrip())))
        if len(bounds) != len(keys) or any(b <= a for a, b in bounds):
            continue
        for key, (a, b) in zip(keys, bounds, strict=True):
            out.append(KeyedList(key, vals_start + a, vals_start + b))
    return out


# --------------------------------------------------------------------------- tables


@dataclass(frozen=True, order=True)
class TableCell:
    """One data cell of a table: its content span (stripped, quotes excluded) and its column header.

    ``column`` names the cell's column across rows (the table and the position: ``"csv3:2"``, or for
    an SQL ``INSERT`` the table name and position, so that separate statements into one table share it).
    """

    start: int
    end: int
    header: str
    column: str = field(default="", compare=False)


@dataclass(frozen=True)
class TableIndex:
    """The data cells of every table of a text, sorted by start offset."""

    cells: tuple[TableCell, ...] = ()

    def cell_at(self, start: int, end: int) -> TableCell | None:
        """The cell whose content contains the span ``[start, end)``, if any."""
        if not self.cells:
            return None
        i = bisect.bisect_right(self._starts, start) - 1
        if i >= 0:
            c = self.cells[i]
            if c.start <= start and end <= c.end:
                return c
        return None

    @functools.cached_property
    def _starts(self) -> list[int]:
        return [c.start for c in self.cells]


_EMPTY = TableIndex()
_SEPARATOR_ROW = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_INSERT = re.compile(
    r"INSERT\s+INTO\s+(?P<table>[\w.`\"\[\]]+)\s*(?:\((?P<columns>[^()]*)\)\s*)?VALUES\s*",
    re.IGNORECASE,
)
_MAX_HEADER = 40


def _lines(text: str) -> Iterator[tuple[int, str]]:
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\r":
        start += 1
    while end > start and text[end - 1] in " \t\r":
        end -= 1
    if end - start >= 2 and text[start] == text[end - 1] and text[start] in "\"'`":
        start, end = start + 1, end - 1
    return start, end


def _pipe_cells(text: str, off: int, line: str) -> list[tuple[int, int]]:
    """Cell spans of a markdown row (outer pipes optional), stripped."""
    bars = [i for i, ch in enumerate(line) if ch == "|" and (i == 0 or line[i - 1] != "\\")]
    bounds = [-1, *bars, len(line)]
    spans = []
    for a, b in itertools.pairwise(bounds):
        spans.append(_strip_span(text, off + a + 1, off + b))
    if line.lstrip().startswith("|"):
        spans = spans[1:]
    if line.rstrip().endswith("|"):
        spans = spans[:-1]
    return spans


def _split_quoted(line: str, delim: str, *, parens: bool = False) -> list[tuple[int, int]] | None:
    """Cell spans of a CSV/TSV line (double quotes may hold the delimiter); None if a quote is unclosed.

    ``parens``: a delimiter inside parentheses is no separator either (a note in brackets written with
    a comma, ``BE06 9795 …（交换生，境外账户）`` once full-width punctuation is folded).
    """
    spans: list[tuple[int, int]] = []
    start = 0
    quoted = False
    depth = 0
    for i, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif parens and ch in "(（":
            depth += 1
        elif parens and ch in ")）" and depth:
            depth -= 1
        elif ch == delim and not quoted and not depth:
            spans.append((start, i))
            start = i + 1
    if quoted:
        return None
    spans.append((start, len(line)))
    return spans


_GROUPED_HEAD = re.compile(r"[-+(]?[$€£¥]?[ \t]?\d{1,3}(?:,\d{3})*")
_GROUPED_TAIL = re.compile(r"\d{3}(?:\.\d{1,4})?\)?")


def _join_spaced(line: str, spans: list[tuple[int, int]], width: int) -> list[tuple[int, int]]:
    """Cells of a row with more cells than its header, a cell after ``", "`` joined to the one before.

    An unquoted delimiter followed by a space is written inside a value (``24 Sunset Court, #901``),
    not between fields; so is a comma grouping the thousands of an amount (``$1,606.85``: a cell of
    three digits after one of one to three digits, a currency sign before them allowed). Returns
    ``spans`` unchanged unless the joined row has exactly ``width`` cells.
    """
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if (
            merged
            and a < b
            and (
                line[a] in " \t"
                or (
                    line[a - 1 : a] == ","
                    and _GROUPED_TAIL.fullmatch(line, a, b) is not None
                    and _GROUPED_HEAD.fullmatch(line, *merged[-1]) is not None
                )
            )
        ):
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    return merged if len(merged) == width else spans


def _looks_like_header(cells: Sequence[str]) -> bool:
    """Header cells: short, not empty, none a number, an e-mail or a long digit string."""
    if len(cells) < 2:
        return False
    for c in cells:
        if not c or len(c) > _MAX_HEADER or "@" in c or re.fullmatch(r"[\d\s.,:/+()-]+", c):
            return False
        if sum(ch.isdigit() for ch in c) > 3:
            return False
    return True


def row_fits(cells: int, columns: int) -> bool:
    """Whether a delimited line with ``cells`` cells is a row of a table with ``columns`` columns.

    The same number of cells, or (a table of 3 or more columns) up to two fewer: a truncated row of an
    export (``5002<TAB>Ann Lee<TAB>555-0100<TAB>``) still holds its first cells under their headers.
    """
    return cells == columns or (columns >= 3 and max(2, columns - 2) <= cells < columns)


def _markdown_cells(text: str, lines: list[tuple[int, str]], out: list[TableCell]) -> None:
    i = 0
    while i + 1 < len(lines):
        off, line = lines[i]
        nxt = lines[i + 1][1]
        if "|" in line and "|" in nxt and _SEPARATOR_ROW.match(nxt) and "-" in nxt:
            header = [text[a:b] for a, b in _pipe_cells(text, off, line)]
            j = i + 2
            while j < len(lines) and "|" in lines[j][1]:
                roff, row = lines[j]
                for col, (a, b) in enumerate(_pipe_cells(text, roff, row)):
                    if col < len(header) and a < b:
                        out.append(TableCell(a, b, header[col].strip(), f"md{off}:{col}"))
                j += 1
            i = j
        elif "|" in line and "|" in nxt and not _SEPARATOR_ROW.match(nxt):
            i = _bare_pipe_cells(text, lines, i, out)
        else:
            i += 1


def _bare_pipe_cells(text: str, lines: list[tuple[int, str]], i: int, out: list[TableCell]) -> int:
    """A pipe-separated export without a ``|---|`` row (``ID | 联系人 | 微信``, then rows): its cells.

    Read only when line ``i`` looks like a header (short, non-numeric cells, see
    :func:`_looks_like_header`) and the lines after it have as many cells (:func:`row_fits`). Returns
    the index of the first line after the table (``i + 1`` when there is none).
    """
    off, line = lines[i]
    header = [text[a:b] for a, b in _pipe_cells(text, off, line)]
    if not _looks_like_header(header):
        return i + 1
    j = i + 1
    while j < len(lines) and "|" in lines[j][1]:
        roff, row = lines[j]
        spans = _pipe_cells(text, roff, row)
        if not row_fits(len(spans), len(header)):
            break
        for col, (a, b) in enumerate(spans):
            if a < b:
                out.append(TableCell(a, b, header[col].strip(), f"bar{off}:{col}"))
        j += 1
    return j if j > i + 1 else i + 1


def _delimited_cells(text: str, lines: list[tuple[int, str]], out: list[TableCell]) -> None:
    i = 0
    while i + 1 < len(lines):
        line = lines[i][1]
        done = False
        for delim in (",", "\t", ";"):
            if delim not in line or "|" in line:
                continue
            hspans = _split_quoted(line, delim)
            if hspans is None or len(hspans) < 2:
                continue
            header = [line[a:b].strip().strip("\"'") for a, b in hspans]
            if not _looks_like_header(header):
                continue
            j = i + 1
            rows: list[tuple[int, list[tuple[int, int]]]] = []
            while j < len(lines):
                roff, row = lines[j]
                spans = _split_quoted(row, delim)
                if spans is not None and len(spans) > len(header) and "(" in row:
                    spans = _split_quoted(row, delim, parens=True)
                if spans is not None and len(spans) > len(header):
                    spans = _join_spaced(row, spans, len(header))
                if spans is None or not row_fits(len(spans), len(header)):
                    break
                rows.append((roff, spans))
                j += 1
            if not rows:
                continue
            for roff, spans in rows:
                for col, (a, b) in enumerate(spans):
                    s, e = _strip_span(text, roff + a, roff + b)
                    if s < e:
                        out.append(TableCell(s, e, header[col], f"csv{lines[i][0]}:{col}"))
            i = j
            done = True
            break
        if not done:
            i += 1


_SQL_VALUE = re.compile(r"\s*('(?:[^']|''|'(?=[A-Za-z]))*'|\"(?:[^\"]|\"\")*\"|[^,()'\"]*?)\s*(?=[,)])")
"""One SQL value: a quoted string (``''`` escapes; a quote before a letter, as in ``'O'Brien'``, is kept), or a bare token."""


def _insert_cells(text: str, out: list[TableCell]) -> None:
    for m in _INSERT.finditer(text):
        table = m.group("table").strip('`"[]').lower()
        listed = m.group("columns")
        # without a column list the values are indexed by position under an empty header (no cue in it)
        columns = [c.strip().strip('`"[]') for c in listed.split(",")] if listed is not None else None
        pos = m.end()
        while True:
            t = re.compile(r"\s*\(").match(text, pos)
            if t is None:
                break
            pos = t.end()
            col = 0
            while True:
                v = _SQL_VALUE.match(text, pos)
                if v is None:
                    break
                a, b = v.span(1)
                if b - a >= 2 and text[a] in "'\"":
                    a, b = a + 1, b - 1
                if (columns is None or col < len(columns)) and a < b:
                    out.append(TableCell(a, b, columns[col] if columns is not None else "", f"sql:{table}:{col}"))
                col += 1
                pos = v.end()
                if text[pos] == ")":
                    pos += 1
                    break
                pos += 1  # the comma
            sep = re.compile(r"\s*,").match(text, pos)
            if sep is None:
                break
            pos = sep.end()


_COPY = re.compile(
    r"^COPY[ \t]+(?P<table>[\w.\"]+)[ \t]*\((?P<columns>[^()\n]*)\)[ \t]*FROM[ \t]+stdin[^\n]*$", re.MULTILINE
)
"""A PostgreSQL dump's ``COPY t (c1, c2) FROM stdin;`` (round 18): its rows follow, tab-separated, up to ``\\.``."""


def _copy_cells(text: str, out: list[TableCell]) -> None:
    for m in _COPY.finditer(text):
        table = m.group("table").strip('"').lower()
        columns = [c.strip().strip('"') for c in m.group("columns").split(",")]
        pos = m.end() + 1
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            row = text[pos:end]
            if row.startswith("\\.") or "\t" not in row:
                break
            a = pos
            for col, cell in enumerate(row.split("\t")):
                s, e = _strip_span(text, a, a + len(cell))
                if col < len(columns) and s < e and cell != "\\N":
                    out.append(TableCell(s, e, columns[col], f"copy:{table}:{col}"))
                a += len(cell) + 1
            pos = end + 1


@functools.lru_cache(maxsize=16)
def table_index(text: str) -> TableIndex:
    """The data cells of the markdown tables, CSV/TSV blocks and SQL INSERTs of ``text`` with their headers.

    * markdown: a header row, a ``|---|---|`` separator row, then rows with pipes; also a pipe-separated
      header line without the separator row, followed by rows with as many cells;
    * CSV/TSV (``,``, tab or ``;``, double quotes honoured): a header line of short, non-numeric
      cells followed by lines with the same number of cells (up to two fewer: a truncated row);
    * ``INSERT INTO t (c1, c2) VALUES (...), (...)``: each value under its column name; without the
      column list (``INSERT INTO t VALUES (...)``) under an empty header, in its position's column.
       * round 18: a PostgreSQL dump's ``COPY t (c1, c2) FROM stdin;``: each tab-separated value of the rows after it
      under its column name (gate: ``stdin`` in a text holding a tab).
    """
    has_pipe, has_delim = "|" in text, ("," in text or "\t" in text or ";" in text)
    has_insert = "insert" in text.lower() if "(" in text else False
    if not (has_pipe or has_delim or has_insert) or ("\n" not in text and not has_insert):
        return _EMPTY
    out: list[TableCell] = []
    lines = list(_lines(text))
    if has_pipe:
        _markdown_cells(text, lines, out)
    if has_delim:
        _delimited_cells(text, lines, out)
    if has_insert:
        _insert_cells(text, out)
    if has_delim and "stdin" in text and "\t" in text:
        _copy_cells(text, out)
    if not out:
        return _EMPTY
    return TableIndex(tuple(sorted(set(out))))


def column_header(text: str, start: int, end: int) -> str | None:
    """The header of the table column holding ``text[start:end]`` (None when it is not in a table cell)."""
    cell = table_index(text).cell_at(start, end)
    return None if cell is None else cell.header
