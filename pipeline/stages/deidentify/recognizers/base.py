r"""The base of every instructflow recognizer: a Presidio ``EntityRecognizer`` with a cheap prefilter.

Every recognizer of this package is a ``presidio_analyzer.EntityRecognizer`` subclass, so any
Presidio user can register it in an ``AnalyzerEngine``::

    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from pipeline.stages.deidentify.recognizers.identifiers import CnResidentIdRecognizer

    registry = RecognizerRegistry(supported_languages=["en"])
    registry.add_recognizer(CnResidentIdRecognizer(supported_language="en"))

What a subclass adds:

- :meth:`Recognizer.may_match` (the *prefilter*): a cheap test that returns False only when the
  recognizer cannot find anything in the text (a property test per recognizer proves it never
  hides a match); the engine skips the recognizer on such texts;
- :meth:`Recognizer.find`: the findings, as ``RecognizerResult`` objects.

Conventions (see docs/DEIDENTIFY.md):

- Texts arrive *folded* (:func:`fold`): full-width ASCII, full-width punctuation used in numbers and
  Chinese numerals are mapped character for character to ASCII, so the folded text has the same
  length and offsets as the original; ``１３９１２３４５６７８`` and ``一三九一二三四五六七八`` read as
  ``13912345678``. Recognizers that need the original text (names) read ``nlp_artifacts.text``.
- Regexes never use ``\b`` next to digits or CJK: it does not match between a CJK character and a
  digit. Use look-arounds on the character classes instead (``(?<![0-9A-Za-z])``).
- Context words (:func:`context_before`) are searched in a window before the match, with
  placeholders of earlier replacements (``<PERSON_1>``) blanked out, so re-analysing transformed text
  never finds a cue that the original text did not have.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from presidio_analyzer import EntityRecognizer, RecognizerResult

if TYPE_CHECKING:
    from presidio_analyzer.nlp_engine import NlpArtifacts

__all__ = [
    "CONTEXT_WINDOW",
    "Recognizer",
    "RecognizerResult",
    "context_after",
    "context_before",
    "fold",
    "result",
]

CONTEXT_WINDOW = 40
"""Characters before a match searched for context words by default."""

_FOLD = {**{0xFF01 + i: 0x21 + i for i in range(94)}}  # full-width ASCII ！..～ -> ! .. ~
_FOLD.update({0x3000: 0x20, 0x2212: 0x2D, 0x2010: 0x2D, 0x2011: 0x2D, 0x2012: 0x2D, 0x2013: 0x2D, 0x2014: 0x2D})
_FOLD.update({ord(c): ord(d) for c, d in zip("〇零一二三四五六七八九幺两", "0012345678912", strict=True)})
_FOLD_TABLE = str.maketrans({k: chr(v) for k, v in _FOLD.items()})
_NEEDS_FOLD = re.compile("[\uff01-\uff5e\u3000\u2010-\u2014\u2212〇零一二三四五六七八九幺两]")


_CN_NUMERALS = "〇零一二三四五六七八九幺两"
_WORD_NUMERAL = re.compile(
    rf"(?:(?<=[0-9\uff10-\uff19])|(?<=[0-9\uff10-\uff19][XxＸｘ]))[{_CN_NUMERALS}](?![{_CN_NUMERALS}])(?=[\u3400-\u9fff])"
    rf"|(?<=[\u3400-\u9fff])(?<![{_CN_NUMERALS}])[{_CN_NUMERALS}](?![{_CN_NUMERALS}])(?=[0-9\uff10-\uff19])"
)
"""A lone Chinese numeral between a digit (or a digit and a resident ID's check character ``X``/``x``) and
another Chinese character: the first character of a word (``…149010一致``, ``…9985x一致``, ``…号第一13800…``),
not a digit of the number it touches."""


def fold(text: str) -> str:
    """``text`` with full-width ASCII, dashes and Chinese numerals mapped to ASCII, one character each.

    The result has the same length as ``text``, so offsets found in it are offsets into ``text``. A
    lone Chinese numeral between a digit and another Chinese character stays (``210102…9010一致``:
    ``一致`` is a word, and the number ends before it).
    """
    if _NEEDS_FOLD.search(text) is None:
        return text
    out = text.translate(_FOLD_TABLE)
    if _WORD_NUMERAL.search(text) is None:
        return out
    chars = list(out)
    for m in _WORD_NUMERAL.finditer(text):
        chars[m.start()] = m.group()
    return "".join(chars)


PLACEHOLDER_RE = re.compile(r"<[A-Z][A-Z0-9_]*(?:_[0-9a-f]{10})?>|\[[A-Z][A-Z_]*(?:_\d+)?\]")
"""What a de-identification wrote in place of a value: ``<PERSON_1>``, ``<EMAIL_ADDRESS_3f9a0c12de>``, ``[NAME]``."""


@functools.lru_cache(maxsize=256)
def _words_regex(words: tuple[str, ...]) -> re.Pattern[str]:
    """Context words as one regex; ASCII words must start a word (``tel`` does not match in ``Patel``)."""
    parts = [rf"(?<![a-z]){re.escape(w.lower())}" if w.isascii() else re.escape(w) for w in words]
    return re.compile("|".join(parts))


def _window(text: str, start: int, end: int) -> str:
    part = text[max(0, start) : max(0, end)]
    if "<" in part or "[" in part:
        part = PLACEHOLDER_RE.sub(lambda m: " " * len(m.group()), part)
    return part.lower()


def context_before(text: str, start: int, words: Sequence[str], window: int = CONTEXT_WINDOW) -> bool:
    """True when one of ``words`` occurs in the ``window`` characters before ``start`` (case-insensitive)."""
    return bool(words) and _words_regex(tuple(words)).search(_window(text, start - window, start)) is not None


def context_after(text: str, end: int, words: Sequence[str], window: int = CONTEXT_WINDOW) -> bool:
    """True when one of ``words`` occurs in the ``window`` characters after ``end`` (case-insensitive)."""
    return bool(words) and _words_regex(tuple(words)).search(_window(text, end, end + window)) is not None


def result(entity_type: str, start: int, end: int, score: float, recognizer: str) -> RecognizerResult:
    """A ``RecognizerResult`` carrying the recognizer's name in its metadata (what the audit log records)."""
    return RecognizerResult(
        entity_type,
        start,
        end,
        round(min(1.0, max(0.0, score)), 4),
        recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: recognizer},
    )


class Recognizer(EntityRecognizer):
    """An instructflow recognizer: a Presidio ``EntityRecognizer`` with a prefilter.

    Subclasses set :attr:`ENTITIES` and implement :meth:`find` (and usually :meth:`may_match`).
    """

    ENTITIES: tuple[str, ...] = ()
    """The entity types this recognizer emits."""

    def __init__(self, supported_language: str = "en", name: str | None = None) -> None:
        """A recognizer for ``supported_language`` (the same rules apply to every language)."""
        super().__init__(
            supported_entities=list(self.ENTITIES),
            name=name or type(self).__name__,
            supported_language=supported_language,
        )

    def load(self) -> None:
        """Nothing to load (models, if any, load lazily on first use)."""

    def may_match(self, text: str) -> bool:
        """False only when :meth:`find` cannot find anything in ``text`` (cheap; default: always True)."""
        return True

    def find(self, text: str, nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        """Every finding in the (folded) ``text``."""
        raise NotImplementedError

    def analyze(
        self, text: str, entities: Iterable[str] | None = None, nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Presidio's entry point: :meth:`find` when the prefilter allows, only the asked ``entities``."""
        if not text or not self.may_match(text):
            return []
        wanted = set(entities) if entities else None
        out = [r for r in self.find(text, nlp_artifacts) if wanted is None or r.entity_type in wanted]
        for r in out:
            # Presidio ties a result to its recognizer by this id (its context enhancement drops the rest).
            meta = r.recognition_metadata if r.recognition_metadata is not None else {}
            meta.setdefault(RecognizerResult.RECOGNIZER_NAME_KEY, str(getattr(self, "name", type(self).__name__)))
            meta[RecognizerResult.RECOGNIZER_IDENTIFIER_KEY] = self.id
            r.recognition_metadata = meta
        return out
