"""A regex alternation of many literal words, factored into a trie so it is fast to match.

``"|".join(words)`` makes Python's regex engine try every word at every position of a text; a
pattern factored by common prefixes (``p(?:atient|olicyholder)``) tries one branch per character.
Measured on 7,000 instruction texts: the English cue pattern of the name recognizer (about 150
words) went from 2.6 s to the figure in docs/DEIDENTIFY.md. The match is the same: where one word
is a prefix of another, the longer is tried first, as with a longest-first alternation.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable

_END = ""


def alternation(words: Iterable[str]) -> str:
    """A non-capturing regex matching exactly the given words (longest first where one prefixes another)."""
    trie: dict[str, dict] = {}
    for word in words:
        if not word:
            continue
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[_END] = {}
    if not trie:
        return "(?!)"
    return f"(?:{_pattern(trie)})"


def _pattern(node: dict[str, dict]) -> str:
    optional = _END in node
    branches: list[str] = []
    leaves: list[str] = []
    for ch in sorted(k for k in node if k != _END):
        child = node[ch]
        if set(child) == {_END}:
            leaves.append(re.escape(ch))
        else:
            branches.append(re.escape(ch) + _pattern(child))
    if leaves:
        branches.append(leaves[0] if len(leaves) == 1 else "[" + "".join(leaves) + "]")
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if optional else body


def _case_table() -> dict[int, str]:
    """Characters that ``re.IGNORECASE`` treats as equal to another letter, mapped to one of them.

    ``str.lower`` and the regex engine agree on every character but these: the dotted capital I
    (``str.lower`` gives two characters) and the letters Python's regex engine adds as extra case
    equivalents (long s and s, the Kelvin sign and k, Greek final sigma, ...).
    """
    extra: dict[int, tuple[int, ...]] = importlib.import_module("re._casefix")._EXTRA_CASES

    table: dict[int, str] = {0x130: "i"}
    for key, others in extra.items():
        group = sorted({key, *others})
        for code in group:
            if code != group[0]:
                table[code] = chr(group[0])
    return table


_CASE_TABLE = _case_table()
_CASE_CHARS = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_CASE_TABLE)) + "]")
"""Any character :data:`_CASE_TABLE` maps: only a text holding one needs the (slow) ``str.translate``."""
_last_lowered: tuple[str, str, str, str] = ("", "", "", "")


def lowered(text: str) -> str:
    """``text`` in lower case as ``re.IGNORECASE`` compares it (the last two results are remembered).

    Many gates ask about the same text one after another, some about a text and its folded form in
    turn; the identity check makes the repeat free.
    """
    global _last_lowered
    last = _last_lowered  # one read: another thread may replace the tuple, never part of it
    if text is last[0]:
        return last[1]
    if text is last[2]:
        return last[3]
    plain = text.isascii() or _CASE_CHARS.search(text) is None
    low = text.lower() if plain else text.translate(_CASE_TABLE).lower()
    _last_lowered = (text, low, last[0], last[1])
    return low


class LiteralGate:
    """True when a text may hold a match: one of ``words`` occurs in it, ignoring case.

    Put in front of a case-insensitive regex every match of which contains one of the words, it is
    a superset test (never False where the regex matches) that runs several times faster: one
    case-sensitive trie scan of the lower-cased text, which Python's regex engine speeds up with the
    set of first characters, which it cannot do for an ``IGNORECASE`` pattern with look-behinds.
    """

    def __init__(self, words: Iterable[str], *, word_start: bool = False) -> None:
        """Compile the trie of the lower-cased ``words``.

        ``word_start``: a word counts only where no ASCII letter precedes it, for regexes that
        require the same (``(?<![A-Za-z])`` before the alternation).
        """
        self.words = frozenset(w.translate(_CASE_TABLE).lower() for w in words if w)
        self._rx = re.compile(("(?<![a-z])" if word_start else "") + alternation(self.words))

    def __call__(self, text: str) -> bool:
        """True when one of the words occurs in ``text`` (any case)."""
        return self._rx.search(lowered(text)) is not None


_ESCAPE = re.compile(r"\\(?:[A-Za-z]|.)")
_CLASS = re.compile(r"\[\^?\]?[^\]]*\]")


class LoweredGate:
    """A case-insensitive regex run case-sensitively on the lower-cased text: the same answer, faster.

    Python's regex engine compares every character through its case table under ``IGNORECASE`` and
    cannot skip ahead to possible first characters; the same pattern written in lower case and run on
    :func:`lowered` text gives the same matches (same offsets: lower-casing keeps the length) and
    runs two to four times faster (docs/DEIDENTIFY.md, "Speed"). Used as a gate in front of the
    original regex, or with a prefix of it that every match must contain.
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        """Compile ``pattern``, which must not depend on case (ValueError otherwise).

        No upper-case letter outside escapes, and a character class naming ``A-Z`` names ``a-z`` too.
        """
        bare = _ESCAPE.sub("", pattern)
        for cls in _CLASS.findall(bare):
            if "A-Z" in cls and "a-z" not in cls:
                raise ValueError(f"gate pattern: class {cls} depends on case")
        if re.search(r"[A-Z]", _CLASS.sub("", bare)) or "(?-i" in pattern:
            raise ValueError("gate pattern: upper-case letters outside classes depend on case")
        self._rx = re.compile(pattern, flags & ~re.IGNORECASE)

    @classmethod
    def of(cls, regex: re.Pattern[str]) -> LoweredGate:
        """The gate of a compiled ``IGNORECASE`` regex (its own pattern, inline ``(?i)`` dropped)."""
        if not regex.flags & re.IGNORECASE:
            raise ValueError("gate pattern: the regex is not case-insensitive")
        pattern = regex.pattern
        inline = re.match(r"\(\?([aiLmsux]+)\)", pattern)
        if inline is not None:
            rest = inline.group(1).replace("i", "")
            pattern = (f"(?{rest})" if rest else "") + pattern[inline.end() :]
        return cls(pattern, regex.flags)

    def __call__(self, text: str) -> bool:
        """True when the pattern matches somewhere in ``text`` (ignoring case)."""
        return self._rx.search(lowered(text)) is not None
