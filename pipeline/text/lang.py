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

LATIN_SAMPLE_CHARS = 600
"""Function-word statistics for Latin-script text use only this many characters (plenty, and fast)."""


_ACCENTED = re.compile("[\u00c0-\u024f]")


_ASCII_LETTER = re.compile(r"[A-Za-z]")
_ACCENTED = re.compile(r"[\u00c0-\u024f]")


def _latin_lang(sample: str, ascii_only: bool) -> str:
    words = _LATIN_WORD.findall(sample[:LATIN_SAMPLE_CHARS].lower())
    en_hits = sum(map(_EN_WORDS.__contains__, words))
    other_hits = sum(map(_OTHER_LATIN_WORDS.__contains__, words))
    if other_hits > en_hits:
        return "other"
    # Many accented letters point to another European language (a loan word such as café does not).
    if not ascii_only:
        accented = len(_ACCENTED.findall(sample))
        if accented >= 3 and accented * 20 > len(_ASCII_LETTER.findall(sample)):
            return "other"
    return "en"


def detect_lang(text: str) -> str:
    """Return ``"zh"``, ``"en"`` or ``"other"`` for ``text`` (empty text gives ``"other"``).

    Latin-script text is English unless another language's function words outnumber English ones
    or it carries many accented letters. Counting is done by compiled regular expressions.
    """
    sample = text[:MAX_CHARS]
    if sample.isascii():
        return _latin_lang(sample, True) if _ASCII_LETTER.search(sample) else "other"
    han = len(_HAN.findall(sample))
    if han:
        if _KANA_HANGUL.search(sample) and len(_KANA_HANGUL.findall(sample)) * 4 >= han:
            return "other"
        # A Han character carries about as much as an English word: compare like with like.
        if han >= 0.5 * len(_LATIN_WORD.findall(sample)):
            return "zh"
    letters = len(_ASCII_LETTER.findall(sample))
    if not letters or len(_OTHER_LETTER.findall(sample)) > letters:
        return "other"
    return _latin_lang(sample, False)
