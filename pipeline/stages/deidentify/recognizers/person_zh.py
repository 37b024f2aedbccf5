"""Chinese person names: jieba part-of-speech tags, a surname filter and explicit cues, offline.

``jieba.posseg`` tags person names ``nr``; a surname filter drops false positives such as 银行卡
(tagged ``nr``). Compound surnames split by jieba (欧阳 + 娜娜) are merged, and explicit cues
(``姓名：``, ``我叫``, a title such as 先生/女士/经理 after the name) add names jieba misses. jieba
runs block by block (:class:`BlockPosseg`, the same tokens as ``jieba.posseg.cut``), and only on
blocks where a name can start (:func:`block_may_hold_name`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.stages.deidentify.recognizers.spans import Finding
from pipeline.text.alternation import alternation
from pipeline.text.scripts import has_cjk

SURNAMES_1 = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石"
    "廖贾夏韦付方邹熊白孟秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁"
    "岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾"
    "尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛"
    "仲虞敖巩明佘池查麻苑迟邝"
    "笪禚乜亓冼库帅于"  # round 16: rarer surnames met after roles (笪, 禚, 乜, 亓, 冼, 帅; 库, 于 are ambiguous)
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
# 我叫/名叫/叫做 are no strong cues: stories name their characters so (一个名叫莫娜的女孩); names.py reads them as weak.
ZH_ROLES = (
    "会计", "出纳", "统计", "前台", "质检员", "值班", "当班", "电工", "维保工", "维修工", "保安", "保洁", "技术员",
    "业务员", "收银员", "文员", "专员", "店长", "班长", "组长", "队长", "村长", "书记", "管理员", "库管", "仓管",
    "调度", "主管", "登记人", "经办人", "负责人", "责任人", "查勘员", "理赔员", "操作员", "驾驶员", "快递员", "配送员",
    "售粮人", "房东", "租客", "孩子", "儿子", "女儿", "家长", "妻子", "丈夫", "父亲", "母亲",
    # round 17: community and social workers (网格员, 社工, 志愿者) and the one on standby beside the one on duty
    "网格员", "社工", "志愿者", "备岗",
)  # fmt: skip
"""Roles and relations written right before a person's name (round 16: ``车间统计宇文海``, ``前台文桂薇``,
``孩子冼旻超的护照``): a name there counts only whole, with a boundary after it (:data:`ZH_ROLE_NAME_END`)."""
_ROLE_CONJUNCTIONS = frozenset("和与及跟同或")
"""Conjunctions right after a role: the role names no one there (``社工和居民``, ``家长与孩子``)."""
ZH_ROLE_NAME_END = ("的", "电话", "手机", "微信", "工号", "分机", "联系")
"""Words that may follow a name after a role instead of punctuation (``统计宇文海电话``, ``孩子冼旻超的``)."""
ZH_NAME_CUES = re.compile(
    r"(?:(?:姓名|名字|联系人|收件人|收货人|寄件人|患者|客户|署名|签名|申请人|投诉人|持卡人|收款人|汇款人|户名"
    r"|(?<![0-9])[0-9]{1,3}号?床[ \t]?)(?:名称|姓名|全名)?|(?P<role>"
    + "|".join(ZH_ROLES)
    + r"|(?m:^)\[[^\]\n<>]{0,8}?[\u4e00-\u9fff][^\]\n<>\u4e00-\u9fff]{0,6}[-－]))"
    r"(?:是|为|[:：])?[ \t]*(?=(?P<name>[\u4e00-\u9fff]{2,4})|(?P<latin>[A-Z][A-Za-zÀ-ÿ'’-]+(?:,? [A-Z][A-Za-zÀ-ÿ'’-]+){1,3}))"
)
"""Keys and roles right before a Chinese name, and a bed number (``3床端木晨静``: a ward names a patient by bed);
a role or relation of :data:`ZH_ROLES` (group ``role``) only before a whole name (see there). The name is read
ahead, so a role inside another cue's capture is still seen (``联系人：村会计库志春``). Round 16: the payee and
remitter keys of a transfer (收款人名称, 汇款人, 户名); a group chat's speaker tag (``[8栋-汪洋峰]``: a line that
opens with a bracketed label, holding a Han character, whose last dash-joined part is the speaker's name, read like a
role); and a name in
Latin script after any of these (``收款人名称：MARIA GONZÁLEZ``, ``房东是Dubois, Agnieszka``), two to four
capitalised words (group ``latin``), never an organisation's (:data:`LATIN_NOT_PERSON`)."""
LATIN_NOT_PERSON = frozenset(
    [
        "inc",
        "ltd",
        "llc",
        "co",
        "corp",
        "corporation",
        "company",
        "gmbh",
        "ag",
        "bank",
        "plc",
        "limited",
        "group",
        "holdings",
        "university",
        "school",
        "hospital",
        "trust",
        "fund",
        "foundation",
        "association",
        "club",
        "studio",
        "services",
    ]
)
"""Words that make capitalised Latin words after a name key an organisation's name (``户名：Acme Trading Ltd``)."""
KEYED_LATIN = "PERSON_KEYED"
"""Label of a Latin-script name after a Chinese name key or role: a person as sure as a cued one (the English
name recognizer reads the label; a plain ``PERSON`` in Latin script is scored by English cues only)."""
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
ZH_AMBIGUOUS_SURNAMES = frozenset("和时应成全关向常解易车连明师安文方于能平计经但有都库")
"""Surname characters that are mostly function words; names starting with them need a strong cue."""
COMMON_WORD_FREQ = 30
"""A word jieba's dictionary knows this often (阳光, 陈述, 谢谢 are tagged nr there) needs a cue to be a name."""
_GIVEN_FLAGS = ("nr", "n", "nz", "a", "ns", "t", "v", "vn", "i", "l", "ad", "an", "z")
_NOT_SURNAME_FLAGS = ("q", "m", "p", "c", "d", "u", "f")


ZH_NOT_NAME_END = frozenset(
    "性者器剂粉酱笔里于式率度化品类机法料量点费夹饼室格质体管炎症区院所店馆厂局部门组科系栏框表项页键钮盘线网站台车船药片液膏汤茶酒肉菜饭面粥糕糖盐油醋素酸碱钙铁锌"
)
"""Last characters that make a word a thing, not a name (安全性, 施暴者, 马克笔)."""


def _is_zh_name(word: str) -> bool:
    if word in ZH_NOT_NAMES or not 2 <= len(word) <= 4 or word[-1] in ZH_NOT_NAME_END:
        return False
    if not all("\u4e00" <= ch <= "\u9fff" for ch in word):
        return False
    if word[:2] in SURNAMES_2:
        return len(word) >= 3
    return word[0] in SURNAMES_1 and len(word) <= 3


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


_FIRST_CLASS = "[" + "".join(sorted(_NAME_FIRST_CHARS)) + "]"
_STRONG_CONTEXT = re.compile(
    alternation(ZH_PRE_STRICT)
    + _FIRST_CLASS
    + "|"
    + _FIRST_CLASS
    + "[\u4e00-\u9fff]{1,3}(?:"
    + alternation(ZH_TITLES)
    + "|[：:])|尊敬|亲爱|"
    + alternation(SURNAMES_2)
)


def may_have_strong_name(text: str) -> bool:
    """False only if :meth:`ZhPersonRecognizer.analyze` can find no name scored 0.85 in ``text``.

    A score of 0.85 needs a name (two to four Han characters led by a surname character) right
    after a strict cue (抄送, 告诉 ...) or right before a title or a colon, 尊敬/亲爱 before it, a
    compound surname, or a ``姓名：``/``我叫`` cue. Without any of these in the text, every finding
    scores 0.6 or 0.7, which the stage only raises in a private record.
    """
    return _STRONG_CONTEXT.search(text) is not None or ZH_NAME_CUES.search(text) is not None


BLOCK_CACHE_SIZE = 50_000
"""Blocks (and unknown-word runs) whose tags are remembered per process; the cache is cleared when full."""
BLOCK_CACHE_MAX_LEN = 12
"""Only blocks up to this length are cached: short ones recur, long ones rarely do (and cost memory)."""


class BlockPosseg:
    """``jieba.posseg.cut`` computed block by block, with a cache, giving exactly jieba's tokens.

    jieba splits a text into blocks of Han characters and word characters (its public
    ``posseg.re_han_internal``) and segments each block on its own: a block's tokens never depend on
    the rest of the text. So each block is segmented as jieba's ``posseg.dt.cut`` segments it
    (:meth:`_segment`: its steps written out, the HMM's tags of unknown runs cached), short blocks
    are cached, and a caller can skip blocks it does not need (:meth:`tokens`). Text between
    blocks is tokenised as jieba does (``re_skip_internal``: whitespace runs, then one token per
    character: ``m`` for a digit, ``eng`` for a Latin letter, ``x`` otherwise).
    ``tests/pipeline/stages/deidentify/recognizers/test_person.py`` checks the tokens against ``jieba.posseg.cut``.
    """

    def __init__(self) -> None:
        """Bind jieba's tokenizer (call after ``jieba.initialize()``)."""
        import jieba.posseg

        self._pos = jieba.posseg.dt
        self._hmm = jieba.posseg.dt._POSTokenizer__cut_detail  # jieba's HMM tagger of an unknown run
        self._block_re = jieba.posseg.re_han_internal
        self._skip_re = jieba.posseg.re_skip_internal
        self._num_re = jieba.posseg.re_num
        self._eng_re = jieba.posseg.re_eng
        self._blocks: dict[str, tuple[tuple[str, str], ...]] = {}
        self._seps: dict[str, tuple[tuple[str, str], ...]] = {}
        self._runs: dict[str, tuple[tuple[str, str], ...]] = {}

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
            got = self._segment(block)
            if len(block) <= BLOCK_CACHE_MAX_LEN:
                if len(self._blocks) >= BLOCK_CACHE_SIZE:
                    self._blocks.clear()
                self._blocks[block] = got
        return got

    def _segment(self, block: str) -> tuple[tuple[str, str], ...]:
        """``posseg.dt.cut(block)`` for one block: jieba's ``__cut_DAG`` written out, its HMM runs cached.

        The same steps as jieba 0.42.1 (best route over the word graph; runs of single characters
        between words are one character tagged from the dictionary, an unknown run tagged by the HMM,
        or a known word spelled out), but the HMM's tags of a run, a function of the run alone, are
        remembered (names recur), and no ``pair`` objects are made.
        """
        pos = self._pos
        pos.makesure_userdict_loaded()
        tokenizer = pos.tokenizer
        tags = pos.word_tag_tab
        dag = tokenizer.get_DAG(block)
        route: dict[int, tuple[float, int]] = {}
        tokenizer.calc(block, dag, route)
        out: list[tuple[str, str]] = []
        x, run, n = 0, "", len(block)
        while x < n:
            y = route[x][1] + 1
            if y - x == 1:
                run += block[x]
            else:
                if run:
                    out += self._run(run, tags, tokenizer.FREQ)
                    run = ""
                word = block[x:y]
                out.append((word, tags.get(word, "x")))
            x = y
        if run:
            out += self._run(run, tags, tokenizer.FREQ)
        return tuple(out)

    def _run(
        self, run: str, tags: dict[str, str], freq: dict[str, int]
    ) -> tuple[tuple[str, str], ...] | list[tuple[str, str]]:
        """Tokens of a run of single characters between two words (see :meth:`_segment`)."""
        if len(run) == 1:
            return ((run, tags.get(run, "x")),)
        if freq.get(run):
            return [(c, tags.get(c, "x")) for c in run]
        got = self._runs.get(run)
        if got is None:
            got = tuple((pair.word, pair.flag) for pair in self._hmm(run))
            if len(self._runs) >= BLOCK_CACHE_SIZE:
                self._runs.clear()
            self._runs[run] = got
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

    def _whole_role(self, text: str, start: int, role: str, cand: str) -> bool:
        """True when ``role`` at ``start`` is a word of its own (round 16, against over-redaction).

        No dictionary word runs into it from the character before (确保安全: 保安 starts inside 确保) or out of it
        into the name (会计师典型: 会计 ends inside 会计师). A speaker tag is always whole.
        """
        if role.startswith("["):
            return True
        freq = self._freq
        before = text[start - 1 : start]
        if before and freq.get(before + role[0], 0) >= COMMON_WORD_FREQ:
            return False
        return freq.get(role + cand[0], 0) < COMMON_WORD_FREQ and freq.get(role[-1] + cand[0], 0) < COMMON_WORD_FREQ

    def _role_name(self, text: str, start: int, cand: str) -> int:
        """Length of the whole name right after a role (:data:`ZH_ROLES`) at ``start``, 0 if none.

        A name there is two or three characters led by a surname (a compound surname: three or four), ends
        where the Han text ends or a word of :data:`ZH_ROLE_NAME_END` begins, and is no title and no common
        word (``孩子成绩，`` is no name); with a surname that is mostly a function word (文, 方, 于) three. A role
        followed by a conjunction is no cue (round 17: ``社工和居民的聊天`` joins two roles; 和 is no surname there).
        """
        if cand[:1] in _ROLE_CONJUNCTIONS:
            return 0
        for n in (4, 3, 2):
            name = cand[:n]
            if len(name) < n or not _is_zh_name(name) or name in ZH_TITLES or name[-2:] in ZH_TITLES:
                continue
            end = start + n
            if has_cjk(text[end : end + 1]) and not text.startswith(ZH_ROLE_NAME_END, end):
                continue
            if name[0] in ZH_AMBIGUOUS_SURNAMES and n < 3:
                continue
            if self._freq.get(name, 0) >= COMMON_WORD_FREQ:
                continue
            return n
        return 0

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
        latin_names: list[Finding] = []
        for m in ZH_NAME_CUES.finditer(text):
            latin = m.group("latin")
            if latin is not None:
                words = [w.strip(",").lower() for w in latin.split()]
                s = m.start("latin")
                if not LATIN_NOT_PERSON.intersection(words) and not any(a <= s < b for a, b in out):
                    latin_names.append(Finding(s, m.end("latin"), KEYED_LATIN, 0.85, self.name))
                continue
            cand = m.group("name")
            role = m.group("role")
            if role is not None:
                s = m.start("name")
                n = self._role_name(text, s, cand) if self._whole_role(text, m.start("role"), role, cand) else 0
                if n and ((s, s + n) in out or not any(a <= s < b for a, b in out)):
                    out[(s, s + n)] = 0.85
                continue
            # a compound surname takes a two-character given name (端木晨静) when the capture ends there
            end1 = m.end("name")
            compound = len(cand) == 4 and cand[:2] in SURNAMES_2 and not has_cjk(text[end1 : end1 + 1])
            for n in (4, 3, 2) if compound else (3, 2, 4):
                if len(cand) >= n and _is_zh_name(cand[:n]) and cand[0] not in ZH_AMBIGUOUS_SURNAMES:
                    s = m.start("name")
                    if (s, s + n) in out or not any(a <= s < b for a, b in out):
                        out[(s, s + n)] = 0.85
                    break
        found = [Finding(s, e, "PERSON", sc, self.name) for (s, e), sc in sorted(out.items())]
        return found + latin_names if latin_names else found
