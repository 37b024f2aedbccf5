r"""Every occurrence of a record's transformed values, as written: the matcher of record consistency.

:class:`WholeValues` finds, in one text, the values the stage transforms somewhere in the record
(``Rose Carter`` in the answer once found in the question). Latin values match as whole words;
values with Chinese characters match anywhere (Chinese has no word boundaries). Latin values, and
values holding a digit (a number, an id), also match glued to CJK characters (``目标用户2004152620``,
``原样例含mofengjian、``): kana, CJK ideographs and Hangul are word characters for ``\w`` but
boundaries around such a value.

Why not one regex per record: the boundary "a word character that is not CJK" is a character class
with large Unicode ranges, and Python's regex compiler builds such a class character by character
(about 1.8 ms a class, three per pattern): 4 of the stage's 127 profiled seconds on 20,000
synthetic records went to compiling these patterns, one per record with a finding. So the class is
compiled once (:data:`_CJK_CHAR`): the text is copied with every CJK character replaced by
:data:`MARK`, which is not a word character either, and the Latin and numeric values are searched
there with plain ``\w`` boundaries, whose pattern compiles in microseconds; the Chinese values are
searched in the text itself. Merging the two searches leftmost-first, the Latin and numeric ones
first at the same start, gives exactly the matches of the one regex (``one_regex=True`` builds it:
the tests compare both). A Latin or numeric value that itself holds kana or Hangul (a Korean name)
cannot be searched in the marked copy, so a record with one uses the one regex.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from pipeline.text.scripts import has_cjk

CJK_RANGES = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
"""Kana, CJK ideographs and Hangul: word characters for ``\\w``, but boundaries around a value with digits."""

MARK = "\ue000"
"""A private-use character standing for every CJK character in the marked copy (not a word character)."""

_CJK_CHAR = re.compile(f"[{CJK_RANGES}]")
_NAME_SPACE = re.compile("[ \u3000]")
_CJK_NAME = re.compile("[\u4e00-\u9fff]{2,4}")


def value_key(value: str) -> str:
    """The key a value is followed under: case-folded; a Chinese name without the space forms put in it."""
    key = value.casefold()
    if _NAME_SPACE.search(key) and _CJK_NAME.fullmatch(_NAME_SPACE.sub("", key)):
        return _NAME_SPACE.sub("", key)
    return key


def cjk_value_pattern(value: str) -> str:
    """A CJK value as a regex.

    A Chinese name of two to four characters matches with or without a space in it (``赖 军静`` on a
    form is ``赖军静`` in the text).
    """
    bare = _NAME_SPACE.sub("", value)
    if _CJK_NAME.fullmatch(bare):
        return "[ \u3000]?".join(re.escape(c) for c in bare)
    return re.escape(value)


def _words(values: Iterable[str]) -> str:
    """An alternation of ``values``, longest first."""
    return "|".join(re.escape(v) for v in sorted(values, key=len, reverse=True))


class WholeValues:
    """Finds the occurrences of ``values`` in a text (see the module docstring for the rules)."""

    def __init__(self, values: Iterable[str], *, one_regex: bool = False) -> None:
        """Compile the search for ``values`` (``one_regex``: the single-regex form, the fast one's reference).

        The values match as written, in title and upper case too, and in lower case when of two or more
        words (``rose carter`` is Rose Carter; ``cargo`` is not the name ``Cargo``).
        """
        latin: set[str] = set()
        numeric: set[str] = set()
        cjk: set[str] = set()
        for v in values:
            if not v:
                continue  # an empty value would match everywhere
            if has_cjk(v):
                cjk.add(v)
            elif any(c.isdigit() for c in v):
                numeric |= {v, v.upper(), v.title()}
            else:
                latin |= {v, v.upper(), v.title()}
                if len(v.split()) >= 2:
                    latin.add(v.lower())
        self._one: re.Pattern[str] | None = None
        self._marked: re.Pattern[str] | None = None
        self._cjk: re.Pattern[str] | None = None
        cjk_alt = "|".join(cjk_value_pattern(v) for v in sorted(cjk, key=len, reverse=True))
        if one_regex or any(_CJK_CHAR.search(v) for v in latin | numeric):
            alts = [
                rf"(?<![^\W{CJK_RANGES}]|[@.])(?:{_words(group)})(?![^\W{CJK_RANGES}]|@)"
                for group in (numeric, latin)
                if group
            ]
            if alts or cjk:
                self._one = re.compile("|".join([*alts, cjk_alt] if cjk else alts))
            return
        alts = [rf"(?<![\w@.])(?:{_words(group)})(?![\w@])" for group in (numeric, latin) if group]
        if alts:
            self._marked = re.compile("|".join(alts))
        if cjk:
            self._cjk = re.compile(cjk_alt)

    def spans(self, text: str) -> Iterator[tuple[int, int]]:
        """(start, end) of each occurrence in ``text``, left to right, not overlapping."""
        if self._one is not None:
            for m in self._one.finditer(text):
                yield m.start(), m.end()
            return
        if self._marked is None and self._cjk is None:
            return  # no values
        marked_rx, cjk_rx = self._marked, self._cjk
        marked = _CJK_CHAR.sub(MARK, text) if marked_rx is not None else text
        a = marked_rx.search(marked) if marked_rx is not None else None
        b = cjk_rx.search(text) if cjk_rx is not None else None
        while a is not None or b is not None:
            first = a if a is not None and (b is None or a.start() <= b.start()) else b
            if first is None:  # not reached: one of the two is pending
                return
            pos = first.end()
            yield first.start(), pos
            # a pending match of the other search stays valid while it starts at or after ``pos``
            if a is not None and a.start() < pos and marked_rx is not None:
                a = marked_rx.search(marked, pos)
            if b is not None and b.start() < pos and cjk_rx is not None:
                b = cjk_rx.search(text, pos)
