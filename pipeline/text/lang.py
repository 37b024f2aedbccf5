"""Offline language identification for records: ``zh``, ``en`` or ``other``.

Script-based and fast: Han characters decide Chinese; for Latin-script text a share of common
English function words decides English. Good enough to route records (Presidio recognizers, filters);
it is not a general-purpose language identifier.
"""

from __future__ import annotations

import re

from pipeline.text.caseless import CaselessPattern

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


_ASCII_LETTER = re.compile(r"[A-Za-z]")
_ACCENTED = re.compile(r"[\u00c0-\u024f]")


def _word_hits(sample: str) -> tuple[int, int, int]:
    """(distinct English function words, distinct other-language function words, words) in the first characters.

    Distinct words, so that a refrain ("Fa la la la la") or a repeated name does not outvote a sentence.
    """
    words = _LATIN_WORD.findall(sample[:LATIN_SAMPLE_CHARS].lower())
    distinct = set(words)
    return len(distinct & _EN_WORDS), len(distinct & _OTHER_LATIN_WORDS), len(words)


def function_words(text: str) -> int:
    """Function words of English or another Latin-script language among the first words of ``text``."""
    en_hits, other_hits, _ = _word_hits(text)
    return en_hits + other_hits


def _latin_lang(sample: str, ascii_only: bool) -> str:
    en_hits, other_hits, _ = _word_hits(sample)
    if other_hits > en_hits and (en_hits or other_hits >= 2 or not ascii_only):
        # one foreign-looking word alone ("non-carbonated", "Los Angeles") does not make a language
        return "other"
    # English function words decide: loan words and names with accents ("résumé", "crème brûlée",
    # "Zoë") stay English. Without any function word, many accented letters point to another
    # European language.
    if not ascii_only and not en_hits:
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


def _has_letter(text: str) -> bool:
    return any(c.isalpha() for c in text)


def _weak_latin(text: str) -> bool:
    """True for Latin-script text too short to carry a language: no function word of any language."""
    if not text.isascii() and _HAN.search(text[:MAX_CHARS]):
        return False
    en_hits, other_hits, words = _word_hits(text[:MAX_CHARS])
    return en_hits + other_hits == 0 and words <= 4


def record_lang(instruction: str, input_: str = "", output: str = "", system: str = "") -> str:
    """The language of an instruction record: ``zh``, ``en`` or ``other``, decided by its prompt.

    The prompt (system + instruction + input) says what language the task is in; a translation or
    "write in French" task is an English (or Chinese) record whatever its answer's language (for
    such tasks only the instruction counts, without the text it quotes). The
    answer decides only when the prompt carries no language of its own: no letters at all
    (``91-33=``), or a few Latin-script words without any function word (``Bonjour``, a name).
    """
    prompt = " ".join(t for t in (system, instruction, input_) if t)
    if asked_langs(prompt) is None:
        # A translation or foreign-language task: the instruction is the task's language, whatever
        # text it quotes ("Translate 'El gato está en la mesa' into English").
        unquoted = _QUOTED.sub(" ", instruction)
        if _has_letter(unquoted):
            prompt = unquoted
    if not _has_letter(prompt):
        return detect_lang(output) if output and _has_letter(output) else detect_lang(prompt)
    lang = detect_lang(prompt)
    if output and lang != "zh" and _weak_latin(prompt) and _has_letter(output):
        en_hits, other_hits, _ = _word_hits(output[:MAX_CHARS])
        if max(en_hits, other_hits) >= 3 or _HAN.search(output[:MAX_CHARS]):
            return detect_lang(output)
    return lang


_ASK_ZH = CaselessPattern(r"中文|汉语|漢語|汉字|普通话|简体|繁体|\bchinese\b|\bmandarin\b|\bcantonese\b|\bpinyin\b")
_ASK_EN = CaselessPattern(r"英文|英语|英語|\benglish\b")
_QUOTED = re.compile(r"\"[^\"\n]{1,200}\"|“[^”\n]{1,200}”|「[^」\n]{1,200}」|『[^』\n]{1,200}』|'[^'\n]{2,200}'(?!\w)")
_ASK_ANY = CaselessPattern(
    r"translat|翻译|翻譯|译成|译为|譯成|"
    r"\b(?:another|other|foreign|different|target|second|native) languages?\b|外语|外文|其他语言|另一种语言|外国语|"
    r"\b(?:french|spanish|german|italian|portuguese|japanese|korean|russian|latin|arabic|hindi|dutch|swedish|"
    r"greek|turkish|polish|vietnamese|thai|indonesian|hebrew|esperanto|klingon)\b|"
    r"法语|法文|西班牙|德语|德文|意大利|葡萄牙|日语|日文|韩语|韩文|俄语|俄文|拉丁|阿拉伯|印地|荷兰|瑞典|希腊|土耳其|"
    r"越南|泰语|印尼|希伯来|世界语"
)


def asked_langs(prompt: str) -> frozenset[str] | None:
    """Languages a prompt asks the answer to be in; None when it asks for a translation or another language.

    ``"Translate … into French"``, ``"写一首日语俳句"`` and any mention of a language by name give
    None (any answer language is expected); ``"Answer in English"`` or ``"用中文回答"`` give that
    language; otherwise the empty set (the prompt names no language).
    """
    if _ASK_ANY.search(prompt):
        return None
    asked = set()
    if _ASK_ZH.search(prompt):
        asked.add("zh")
    if _ASK_EN.search(prompt):
        asked.add("en")
    return frozenset(asked)
