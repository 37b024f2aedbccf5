"""Offline language identification for records: ``zh``, ``en`` or ``other``.

Script-based and fast: Han characters decide Chinese; for Latin-script text a share of common
English function words decides English. Good enough to route records (Presidio recognizers, filters);
it is not a general-purpose language identifier.
"""

from __future__ import annotations

import re

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")
_KANA_HANGUL = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\uac00-\ud7af\u1100-\u11ff]")
_LATIN_WORD = re.compile(r"[A-Za-z]+")
_OTHER_LETTER = re.compile(r"[^\W\d_A-Za-z\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af]")

_EN_WORDS = frozenset(
    """a an the and or but if of to in on at by for with from as is are was were be been being it its this
    that these those there here what which who whom whose when where why how not no do does did done have has
    had can could will would should may might must shall i you he she we they me him her us them my your his
    our their about into over under than then so such more most some any all each every other only also very
    just up out one two write give make create find explain describe list generate following given text
    sentence word words please""".split()  # noqa: SIM905
)

_OTHER_LATIN_WORDS = (
    frozenset(
        """le la les des une est et dans pour avec sur pas qui que je vous nous ce cette sont du au aux
    der die das und ist nicht ein eine ich sie mit auf den dem zu von für sich auch wie
    el los las es y en por con para una del que se lo como más pero su al
    il gli della di che non sono una per questo questa
    os um uma não com para isso está são
    het een en is niet van de dat op te zijn met voor""".split()  # noqa: SIM905
    )
    - _EN_WORDS
)

MAX_CHARS = 2000
"""Only the first characters of a text are examined."""


_ACCENTED = re.compile("[\u00c0-\u024f]")


def _latin_lang(words: list[str], sample: str, ascii_only: bool) -> str:
    lowered = [w.lower() for w in words]
    en_hits = sum(1 for w in lowered if w in _EN_WORDS)
    other_hits = sum(1 for w in lowered if w in _OTHER_LATIN_WORDS)
    if other_hits > en_hits:
        return "other"
    if not ascii_only:
        # Many accented letters point to another European language.
        letters = sum(len(w) for w in words)
        accented = sum(1 for c in sample if "\u00c0" <= c <= "\u024f")
        if accented * 20 > letters:
            return "other"
    return "en"


def detect_lang(text: str) -> str:
    """Return ``"zh"``, ``"en"`` or ``"other"`` for ``text`` (empty text gives ``"other"``).

    Latin-script text is English unless another language's function words outnumber English ones
    or it carries many accented letters.
    """
    sample = text[:MAX_CHARS]
    if sample.isascii():
        words = _LATIN_WORD.findall(sample)
        return _latin_lang(words, sample, True) if words else "other"
    han = len(_HAN.findall(sample))
    words = _LATIN_WORD.findall(sample)
    if han:
        if _KANA_HANGUL.search(sample) and len(_KANA_HANGUL.findall(sample)) * 4 >= han:
            return "other"
        # A Han character carries about as much as an English word: compare like with like.
        if han >= 0.5 * len(words):
            return "zh"
    if not words:
        return "other"
    letters = sum(len(w) for w in words)
    if len(_OTHER_LETTER.findall(sample)) > letters:
        return "other"
    return _latin_lang(words, sample, False)
