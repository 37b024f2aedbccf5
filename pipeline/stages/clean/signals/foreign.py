"""Answers in a Latin-script language the prompt did not ask for, and English written with digits for letters.

Two classes of wrong-script junk that the script rules (:mod:`.structure`, ``script_mismatch``) cannot
see, because the letters are plain ASCII Latin:

- :func:`foreign_prose`: prose in another Latin-script language (Indonesian, Turkish, Polish, Swahili,
  Spanish …) for an English or Chinese prompt that names no language and asks for no translation: a
  machine-translation step with the wrong target. The language is recognised by its function words
  (articles, conjunctions, pronouns, copulas), never by topic words, and only when English function
  words are (nearly) absent, so English with a quoted foreign phrase is English; syllable drills (mostly
  pinyin syllables) and prompts asking for odd strings or typing practice are left alone.
- :func:`leetspeak`: English run through a character-substitution filter (``7h3 m37h0d5 4r3``): most
  words mix letters with the digits that stand for letters, and decoding them gives English function
  words. Not for a prompt that asks for leetspeak, ciphers, passwords or odd strings
  (:func:`.asked.asks_odd_words`).
"""

from __future__ import annotations

import re

from pipeline.stages.clean.signals.asked import asks_odd_words
from pipeline.stages.clean.signals.pinyin import is_pinyin
from pipeline.text.lang import asked_langs

_EN = frozenset(
    """a an the and or but if of to in on at by for with from as is are was were be been it its this that these
    those there here what which who when where how not no do does did have has had can could will would should i
    you he she we they me him her us them my your his our their so such more some any all each up out one am
    into over than then also very just only""".split()  # noqa: SIM905
)
"""English function words (leetspeak decodes to them)."""
_SHARED = frozenset("a i to on in no so be do me am he we us an at as is it he".split())  # noqa: SIM905
"""Short English words that are function words of other languages too (Polish ``to``, Finnish ``on``)."""
_EN_STRONG = _EN - _SHARED
"""English function words no other language here shares: an answer holding two distinct ones is English."""

_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    name: frozenset(words.split()) - _EN_STRONG
    for name, words in {
        "Spanish": "el los las del una unos por con para como pero más también muy está son es y que se lo su sus al",
        "French": "le les des une est et dans pour avec sur pas qui que je vous nous ce cette sont du au aux il elle "
        "mais très",
        "German": "der die das und ist nicht ein eine ich sie mit auf den dem zu von für sich auch wie es wir",
        "Italian": "il gli della di che non sono una per questo questa è le lo del con anche molto",
        "Portuguese": "os um uma não com para isso está são do da que em você",
        "Dutch": "het een en niet van de dat op te zijn met voor ik je",
        "Indonesian": "yang dan ini itu dengan untuk pada tidak dari dalam akan adalah anda kami kita juga atau",
        "Tagalog": "ang ng mga sa ay ito na iyong ako ikaw siya hindi",
        "Turkish": "bir ve bu için ile da de çok ne ama gibi daha olarak sizin",
        "Polish": "jest nie się że od na w z do to i jak czy ale twoich twój",
        "Swahili": "ni na ya wa kwa hii hili la za katika yako kuwa",
        "Finnish": "on ja ei se tämä että mutta ovat myös sinun",
        "Hungarian": "az és hogy nem egy ez van de",
        "Swedish": "och är att det som en på för med inte jag",
        "Romanian": "și este nu în care un pe la cu",
        "Czech": "je se na že v z jsou není",
        "Slovak": "je sa na že v z sú nie som",
        "Danish or Norwegian": "og er det at en på til ikke jeg du som med har",
        "Croatian": "je i u na da se za ne od su ali",
        "Catalan": "el la és i que de en per amb no els una",
        "Esperanto": "la kaj estas de en al por ne mi vi tio",
        "Estonian": "on ja ei see et kui oma ka",
        "Lithuanian": "ir yra kad su ne tai kaip",
        "Latvian": "ir un ar no kas ka uz nav",
        "Albanian": "është dhe në të për një nuk",
        "Somali": "waa iyo ka ku ay oo",
    }.items()
}
"""Function words of other Latin-script languages (English words taken out)."""

_DISTINCT_FOREIGN = frozenset().union(*_FUNCTION_WORDS.values()) - _SHARED
FOREIGN_CANDIDATE_RE2 = (
    r"(?i)(?:^|[^\pL])(?:" + "|".join(sorted(_DISTINCT_FOREIGN, key=len, reverse=True)) + r")(?:$|[^\pL])"
)
"""RE2 pattern (pyarrow): answers holding a function word of another Latin-script language that English does not
write (a superset: three function words of one language include such a word in practice)."""

_WORD = re.compile(r"[^\W\d_]+")
_ITEMS = re.compile(r"\n|[,;、；，]")
SAMPLE_CHARS = 600
"""Only the first characters of an answer are read."""
FOREIGN_MIN_WORDS = 5
"""An answer needs this many words ..."""
FOREIGN_MIN_DISTINCT = 3
"""... this many distinct function words of one other language ..."""
FOREIGN_MIN_SHARE = 0.2
"""... making this share of its words ..."""
EN_MAX_DISTINCT = 1
"""... and at most this many distinct English function words, to be prose in that language."""


def prose_language(text: str, han_prompt: bool = False) -> str | None:
    """The other Latin-script language ``text`` is prose in (``"Indonesian"``), or None.

    ``han_prompt``: the prompt is Chinese, so Latin-script prose without an English function word needs no
    other sign of being foreign (:func:`_unnamed_prose`).

    A list of names (``Los Angeles, Las Vegas, El Paso``: three or more items of at most three words
    each) is not prose.
    """
    sample = text[:SAMPLE_CHARS]
    words = [w.lower() for w in _WORD.findall(sample)]
    if not sample.isascii():  # a Chinese term quoted in the prose (« 这个问题 ») is no word of it
        words = [w for w in words if _HAN.search(w) is None]
    if len(words) < FOREIGN_MIN_WORDS or any(not w.isascii() and not _latin(w) for w in words):
        return None
    distinct = set(words)
    if len(distinct & _EN_STRONG) > EN_MAX_DISTINCT:
        return None
    best, best_hits = None, 0
    for name, fw in _FUNCTION_WORDS.items():
        hits = len(distinct & fw)
        if hits > best_hits:
            best, best_hits = name, hits
    named = (
        best is not None
        and best_hits >= FOREIGN_MIN_DISTINCT
        and sum(w in _FUNCTION_WORDS[best] for w in words) >= FOREIGN_MIN_SHARE * len(words)
    )
    if not named:
        best = UNNAMED if _unnamed_prose(words, distinct, sample, han_prompt) else None
    if best is None:
        return None
    items = [it for it in _ITEMS.split(sample) if _WORD.search(it)]
    if len(items) >= 3 and len(words) <= 3 * len(items):
        return None
    return best


UNNAMED = "unnamed Latin-script"
"""What :func:`prose_language` calls Latin-script prose that is not English and whose language it cannot name."""
UNNAMED_MIN_WORDS = 8
"""Words an answer needs to be prose in an unnamed language ..."""
UNNAMED_MIN_LOWER = 0.7
"""... the share of them in lower case (prose, not a list of names or a title) ..."""
UNNAMED_MIN_SENTENCES = 2
"""... and the sentences (a full stop, question or exclamation mark followed by a space or the end)."""
_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)")
_HAN = re.compile(r"[\u3400-\u9fff]")
_LIST_LINE = re.compile(r"(?m)^\s*(?:\d{1,3}[.)]|[-*•])\s")


def _unnamed_prose(words: list[str], distinct: set[str], sample: str, han_prompt: bool = False) -> bool:
    """True when ``words`` are prose (sentences of mostly lower-case words) without one English function word.

    A class by form, not by a word list of each language: English prose of a dozen words holds some of
    ``the``, ``of``, ``and``, ``that`` …; prose holding none of them is another language (Welsh, Icelandic …).
    For an English prompt it also needs a sign of another language: two distinct foreign function words or
    two words with accented letters; for a Chinese prompt (``han_prompt``) it does not.
    """
    if len(words) < UNNAMED_MIN_WORDS or distinct & _EN_STRONG:
        return False
    if (
        not han_prompt
        and len(distinct & _DISTINCT_FOREIGN) < 2
        and sum(not w.isascii() for w in distinct) < 2
        and distinct & _EN  # not one English function word, not even one other languages share (round on heldout8)
    ):
        return False
    if _LIST_LINE.search(sample):
        return False  # list items (names, titles, links) are not prose
    if sum(w.islower() for w in _WORD.findall(sample)) < UNNAMED_MIN_LOWER * len(words):
        return False
    return len(_SENTENCE_STOP.findall(sample)) >= UNNAMED_MIN_SENTENCES


def _latin(word: str) -> bool:
    return all(c.isascii() or "\u00c0" <= c <= "\u024f" for c in word)


_NAMES: dict[str, tuple[str, ...]] = {
    "Spanish": ("spanish", "西班牙"),
    "French": ("french", "法语", "法文"),
    "German": ("german", "德语", "德文"),
    "Italian": ("italian", "意大利"),
    "Portuguese": ("portuguese", "葡萄牙"),
    "Dutch": ("dutch", "flemish", "荷兰"),
    "Indonesian": ("indonesian", "bahasa", "malay", "印尼", "印度尼西亚", "马来"),
    "Tagalog": ("tagalog", "filipino", "菲律宾", "他加禄"),
    "Turkish": ("turkish", "土耳其"),
    "Polish": ("polish", "波兰"),
    "Swahili": ("swahili", "kiswahili", "斯瓦希里"),
    "Finnish": ("finnish", "芬兰"),
    "Hungarian": ("hungarian", "magyar", "匈牙利"),
    "Swedish": ("swedish", "瑞典"),
    "Romanian": ("romanian", "罗马尼亚"),
    "Czech": ("czech", "捷克"),
    "Slovak": ("slovak", "斯洛伐克"),
    "Danish or Norwegian": ("danish", "norwegian", "scandinavian", "丹麦", "挪威"),
    "Croatian": ("croatian", "serbian", "bosnian", "montenegrin", "克罗地亚", "塞尔维亚"),
    "Catalan": ("catalan", "加泰罗尼亚"),
    "Esperanto": ("esperanto", "世界语"),
    "Estonian": ("estonian", "爱沙尼亚"),
    "Lithuanian": ("lithuanian", "立陶宛"),
    "Latvian": ("latvian", "拉脱维亚"),
    "Albanian": ("albanian", "阿尔巴尼亚"),
    "Somali": ("somali", "索马里"),
}
"""Names of each language (English and Chinese) that exempt an answer in it."""
LANGUAGE_WORDS = re.compile(r"\blanguages?\b|\bscripts?\b|\balphabets?\b|\bsyllabar\w*|语言|文字|字母|外语", re.I)
"""A prompt about languages, scripts or alphabets: an answer in any of them may be asked for."""
PLACEHOLDER_TEXT = re.compile(
    r"lorem|ipsum|(?:placeholder|filler|dummy)[ -]text|greeking|假文|占位文|填充文|乱数假文",
    re.I,
)
"""A prompt asking for placeholder text (Lorem ipsum): its answer is pseudo-Latin on purpose (round on heldout9)."""


PINYIN_SHARE = 0.85
"""Share of an answer's words that are pinyin syllables from which it is no foreign prose (a drill, a romanisation)."""


def _mostly_pinyin(output: str) -> bool:
    words = _WORD.findall(output[:SAMPLE_CHARS])
    return bool(words) and sum(map(is_pinyin, words)) >= PINYIN_SHARE * len(words)


def foreign_prose(output: str, prompt: str, input_: str = "") -> str | None:
    """The language an answer is written in when the prompt asks for no other language, else None.

    ``prompt`` is system + instruction + input. A prompt naming a language or asking for a translation
    (:func:`pipeline.text.lang.asked_langs` is None), or an input in the same language, exempts the answer.
    """
    got = prose_language(output, _HAN.search(prompt) is not None)
    if got is None or asked_langs(prompt) is None or LANGUAGE_WORDS.search(prompt) is not None:
        return None
    if PLACEHOLDER_TEXT.search(prompt) is not None:
        return None  # Lorem ipsum asked for: pseudo-Latin is the answer
    if asks_odd_words(prompt) or _mostly_pinyin(output):
        return None  # a typing drill or syllables ("ba pa ma fa", "na la ya wa"): no language
    if any(name in prompt.lower() for name in _NAMES.get(got, ())):
        return None
    if input_ and prose_language(input_) == got:
        return None
    return got


_LEET = str.maketrans("013457", "oieast")
_MIXED = re.compile(r"(?i)\b(?=[a-z]*[013457])(?=\d*[a-z])[a-z013457]{2,}\b")
_TOKEN = re.compile(r"(?i)\b[a-z0-9']+\b")
LEET_CANDIDATE_RE2 = r"(?i)\b(?:7h3|7he|th3|4nd|0f|w17h|wi7h|7h47|4r3|1n|7h15)\b"
"""RE2 pattern (pyarrow): answers that may hold leetspeak function words (a superset)."""
_LEET_TOPIC = re.compile(r"leet|1337|l33t|h4x|cipher|encod|obfuscat|hacker|secret|code|密码|加密|暗号|火星文", re.I)
LEET_MIN_MIXED = 4
"""An answer needs this many words mixing letters and digits ..."""
LEET_MIN_SHARE = 0.3
"""... making this share of its words ..."""
LEET_MIN_FUNCTION = 2
"""... and this many distinct English function words once the digits are read as letters."""


def leetspeak(output: str, prompt: str) -> bool:
    """True when the answer is English written with digits for letters (``7h3 m37h0d5 4r3``) and not asked for."""
    sample = output[:SAMPLE_CHARS]
    tokens = _TOKEN.findall(sample)
    mixed = _MIXED.findall(sample)
    if len(mixed) < LEET_MIN_MIXED or len(mixed) < LEET_MIN_SHARE * len(tokens):
        return False
    decoded = {t.lower().translate(_LEET) for t in tokens if any(c.isdigit() for c in t)}
    if len(decoded & _EN) < LEET_MIN_FUNCTION:
        return False
    return _LEET_TOPIC.search(prompt) is None and not asks_odd_words(prompt)
