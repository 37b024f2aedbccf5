r"""Chinese street addresses: a structural parser over administrative divisions, roads and buildings.

Texts arrive folded (:func:`~pipeline.stages.deidentify.recognizers.base.fold`): Chinese digits are
ASCII digits already (五栋六单元 reads 5栋6单元), but 十/百/千 are not, so 二十三号 reads 2十3号 and
一千七百零八室 reads 1千7百08室; every number here is ``[0-9十百千]+``.

An address is found from a *house-level anchor*, the part that makes it personal, and extended
left and right:

* anchors: a road and its number (``建国路88号``, ``红星路2段63号``, ``天府大道北段1785号``,
  ``永康路317弄``), a community or building name and a building number (``华清嘉园5栋``,
  ``静安新城11号楼``, ``融侨锦江8幢``), a village and its group/house number (``前进村1组14号``), or,
  right after an address cue (地址, 住址, 收货地址, 送至, 寄到, ...), a bare building number
  (``3号楼502室``);
* left: the road or community name (the CJK run back to a punctuation mark, a cue word, a
  function character such as 在/住/于/到/的, or the end of an administrative division), then the
  chain of administrative divisions (province, city, district/county/旗, town/乡/街道), recognised
  from a gazetteer of 3,178 names (``data/cn_admin_divisions.tsv``, extracted from ``cpca``) plus
  their short forms (北京, 广东, 深圳);
* right: 号院, 号楼/栋/幢/座 (A座, T2座, 东座), 单元, 楼/层, 室 or a bare room number, a second
  name before a building (``88号SOHO现代城A座1808室``), and a postcode after 邮编.

Scores: 0.9 with an administrative division; 0.85 with unit details (单元, 室, a room, 号院 +
号楼); 0.8 for a village with group/house number; 0.65 for a road and number alone; 0.65 for a
community name with a community suffix (花园, 苑, 小区, 家园, ...) and a building alone; a cue before
adds 0.15. Partial anchors without a cue score below 0.5 and are not emitted.

Not addresses: 第一章, 三号线 (a metro line), 5号 (a date), 一楼大厅, 北京大学, 天安门广场, product
models (小米14): none has a house-level anchor. Famous public addresses (故宫 at 景山前街4号, the big
universities) are listed in :data:`PUBLIC_ADDRESSES` and skipped.

Why a gazetteer file and not ``cpca`` at run time (measured here): cpca 0.5.5 (MIT) does not
import without ``pkg_resources`` (setuptools < 81), pulls in pandas, takes ~0.2 s to import and
~590 µs per text in ``cpca.transform`` on ordinary sentences; it resolves divisions, not where an
address ends. This module only needs the names, so they were extracted once (about 57 KB,
``data/README.md`` gives the source and licence) and are looked up in a ``frozenset``: both address
recognizers together cost about 3-4 µs per ordinary sentence (measured during development).
Without the gazetteer, a generic ``[CJK]{1,6}[省市区县]`` rule cannot tell where an address starts
(我住在海淀区 vs 海淀区) and takes 小区, 园区, 城市 for divisions.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING

from pipeline.stages.deidentify.recognizers.base import Recognizer, RecognizerResult, context_before, fold, result

if TYPE_CHECKING:
    from presidio_analyzer.nlp_engine import NlpArtifacts

__all__ = [
    "ADDRESS_CONTEXT",
    "PUBLIC_ADDRESSES",
    "ZhStreetAddressRecognizer",
    "admin_divisions",
    "recognizers",
]

ENTITY = "STREET_ADDRESS"

_CJK = "\u4e00-\u9fff"
_NUM = "[0-9十百千]{1,9}"

ADDRESS_CONTEXT: tuple[str, ...] = (
    "地址",
    "住址",
    "住在",
    "家住",
    "住",
    "现居",
    "居住",
    "户籍",
    "位于",
    "地点",
    "送至",
    "送到",
    "寄到",
    "寄往",
    "寄至",
    "搬到",
    "搬离",
    "迁至",
    "迁移至",
    "收件",
    "收货",
    "自提",
    "我家",
    "address",
    "addr",
    "ship",
    "live at",
    "lives at",
)
"""Words that, shortly before an address, raise its score and let a bare building number count."""

PUBLIC_ADDRESSES: frozenset[str] = frozenset(
    fold(a)
    for a in (
        "景山前街4号",  # 故宫博物院
        "东长安街16号",  # 中国国家博物馆
        "颐和园路5号",  # 北京大学
        "双清路30号",  # 清华大学
        "中山东一路1号",  # 外滩
        "西长安街174号",
    )
)
"""Road + number of famous public buildings (not personal data); folded like the texts."""

_STOP_CHARS = frozenset(
    "在住于到至往是为的了去来从向和与及或把将被给让请送寄搬回离址我你他她它们这那个就都也还要想说有近旁边"
)
"""Function characters that end a road or community name on the left (unless the name would be one character)."""

_CUES = ("地址", "住址", "我家", "你家", "他家", "她家", "老家", "家住", "现居", "现住", "位于", "寄往", "迁移至")

_NOT_ROADS = frozenset(
    [
        "知道",
        "频道",
        "通道",
        "跑道",
        "赛道",
        "车道",
        "航道",
        "渠道",
        "轨道",
        "隧道",
        "管道",
        "味道",
        "难道",
        "报道",
        "人道",
        "公道",
        "霸道",
        "王道",
        "说道",
        "问道",
        "叫道",
        "笑道",
        "答道",
        "喊道",
        "写道",
        "地道",
        "铁道",
        "古道",
        "坑道",
        "孔道",
        "水道",
        "布道",
        "正道",
        "一道",
        "这道",
        "那道",
        "街道",
        "思路",
        "线路",
        "道路",
        "电路",
        "网路",
        "走路",
        "出路",
        "套路",
        "去路",
        "来路",
        "迷路",
        "铁路",
        "公路",
        "马路",
        "半路",
        "上路",
        "后路",
        "前路",
        "小路",
        "上街",
        "逛街",
        "步行街",
    ]
)
"""Words ending like a road that are not road names (知道5号 is 'know the 5th')."""

_GENERIC_NOT_ADMIN = frozenset(
    [
        "小区",
        "社区",
        "园区",
        "校区",
        "厂区",
        "街区",
        "景区",
        "城区",
        "城市",
        "山区",
        "市区",
        "新区",
        "郊区",
        "专区",
        "特区",
        "辖区",
        "片区",
    ]
)

_COMMUNITY_SUFFIX = re.compile(
    "(?:花园|苑|园|小区|公寓|大厦|新村|家园|城|里|湾|庭|府|居|广场|中心|大院|村|社区|公馆|山庄|别墅|国际|世家|坊|阁|轩|邸|湖|"
    "岸|港|汇|谷|台|墅|馆|楼|宿舍|院)$"
)

# --------------------------------------------------------------------------- anchors

_ROAD_SUFFIX = "(?:大街|大道|胡同|路|街|道|巷|(?<=[0-9十])条)"
ROAD_NUMBER_RE = re.compile(
    rf"(?P<suf>{_ROAD_SUFFIX})(?:[0-9十东西南北中]{{1,3}}段|[东西南北中](?=[0-9十]))?[ \u3000]?"
    rf"(?P<no>{_NUM}(?:-[0-9]{{1,5}})?)(?P<unit>号(?:院|楼)?|弄)"
    r"(?!线|文件|机|位|码|字|种|色|电池|选手|球员|车厢|台风|令|病房|床|窗口|站台|口)"
)
"""A road and its number: ``路88号``, ``路2段63号``, ``大道北段1785号``, ``路317弄``."""

BUILDING_RE = re.compile(rf"(?<![0-9A-Za-z])(?P<no>(?:[A-Za-z][0-9]{{0,2}}|{_NUM}))(?P<unit>号楼|栋|幢|座|号院)")
"""A building number after a community or building name: ``5栋``, ``11号楼``, ``8幢``, ``A座``."""

DASHED_RE = re.compile(r"(?<![0-9A-Za-z-])[0-9]{1,3}-[0-9]{1,2}-[0-9]{2,5}(?![0-9A-Za-z-])")
"""Building-unit-room written with dashes after a community name: ``幸福小区3-2-501``."""

VILLAGE_RE = re.compile(rf"村(?:(?P<grp>{_NUM})(?:组|队|社))?(?P<no>{_NUM})号|村(?P<grp2>{_NUM})(?:组|队|社)")
"""A village with a group and/or house number: ``村1组14号``, ``村14号``, ``村5组``."""

_TAIL = re.compile(
    rf"(?:-?{_NUM}号院|{_NUM}号楼|{_NUM}(?:栋|幢)|(?:[A-Za-z][0-9]{{0,2}}|[东西南北中]|{_NUM})座|{_NUM}单元|"
    rf"{_NUM}(?:楼|层|F)(?![梯道下上顶面房])|{_NUM}(?:室|房|户)|{_NUM}号(?![线机位码])|院)"
)
"""One part after an anchor: 号院, 号楼, 栋, 幢, 座, 单元, 楼/层, 室, 号."""

_ROOM = re.compile(r"[0-9]{2,5}(?![0-9A-Za-z年月日元个次人天号点时分秒岁%.])")
_ROOM_AFTER = ("单元", "楼", "座", "栋", "幢", "层")
_SECOND_NAME = re.compile(
    rf"[A-Za-z{_CJK}]{{2,10}}?(?=(?:[A-Za-z][0-9]{{0,2}}|{_NUM})(?:座|栋|幢|号楼)|{_NUM}(?:楼|层|F)[0-9]|{_NUM}(?:层|室))"
)
_POSTCODE = re.compile(r"[ \t]*[，,、;；(（]?[ \t]*(?:邮编|邮政编码)[ \t]*[:：]?[ \t]*[0-9]{6}(?![0-9])[)）]?")

_PREFILTER = re.compile(r"[0-9十百千A-Za-z东西南北中](?:号|栋|幢|座|组|弄|队|社)|[0-9]-[0-9]{1,2}-[0-9]")
"""Every finding holds a number (or building letter) right before 号, 栋, 幢, 座, 组, 弄, 队 or 社, or a
dashed building-unit-room."""


# --------------------------------------------------------------------------- gazetteer


@functools.cache
def admin_divisions() -> tuple[frozenset[str], frozenset[str], int]:
    """(full names, short forms, longest name length) of Chinese administrative divisions, folded.

    Full names come from ``data/cn_admin_divisions.tsv`` (provinces, prefecture cities,
    districts/counties/banners). Short forms drop the suffix of provinces and prefecture cities
    (广东, 深圳, 内蒙古) and only count right before another division (``北京朝阳区``).
    """
    text = resources.files("pipeline.stages.deidentify.recognizers").joinpath("data/cn_admin_divisions.tsv")
    full: set[str] = set()
    short: set[str] = set()
    for line in text.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        level, name = line.split("\t")
        name = fold(name)
        full.add(name)
        if level in ("province", "city"):
            m = re.fullmatch(
                r"(.{2,}?)(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|地区|盟|"
                r"(?:[^族]{1,6}族)+自治州|自治州)",
                name,
            )
            if m is not None and len(m.group(1)) >= 2:
                short.add(m.group(1))
    return frozenset(full), frozenset(short), max(len(n) for n in full)


def _admin_ends(text: str) -> dict[int, int]:
    """End offset -> start offset of every administrative division named in ``text`` (longest name)."""
    full, _, longest = admin_divisions()
    ends: dict[int, int] = {}
    for m in re.finditer("[省市区县旗州盟]", text):
        end = m.end()
        for k in range(min(longest, end), 1, -1):
            if text[end - k : end] in full:
                ends[end] = end - k
                break
    return ends


def _is_name_char(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


# --------------------------------------------------------------------------- the parser


@dataclass
class _Candidate:
    start: int
    end: int
    kind: str
    name_len: int = 0
    admin: bool = False
    details: bool = False
    postcode: bool = False


class ZhStreetAddressRecognizer(Recognizer):
    """Chinese street addresses, whole: divisions, road or community, building, unit, room, postcode."""

    ENTITIES = (ENTITY,)

    def __init__(self, supported_language: str = "zh", name: str | None = None) -> None:
        """A recognizer registered for ``supported_language`` (the rules do not depend on it)."""
        super().__init__(supported_language=supported_language, name=name)
        self._label: str = name or type(self).__name__

    def _result(self, start: int, end: int, score: float) -> RecognizerResult:
        """A finding whose metadata names this recognizer instance.

        Presidio's context step keeps a result only when its identifier metadata equals the
        recognizer's ``id`` (name + object id), which :func:`result` alone does not set.
        """
        found = result(ENTITY, start, end, score, self._label)
        found.recognition_metadata[RecognizerResult.RECOGNIZER_IDENTIFIER_KEY] = self.id
        return found

    def may_match(self, text: str) -> bool:
        """False only when no number or building letter stands right before 号/栋/幢/座/组/弄/队/社."""
        return _PREFILTER.search(text) is not None

    def find(self, text: str, nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        """Chinese street addresses in the (folded) ``text``."""
        ends = _admin_ends(text)
        cands: list[_Candidate] = []
        for m in ROAD_NUMBER_RE.finditer(text):
            start = self._name_start(text, m.start(), ends, 8)
            word = text[start : m.end("suf")]
            if m.start() - start < 1 or word in _NOT_ROADS or word[-len(m.group("suf")) - 1 :] in _NOT_ROADS:
                continue
            if m.group("suf") == "道" and m.start() - start < 2:
                continue
            cand = _Candidate(start, m.end(), "road", name_len=m.start() - start)
            if text[start : m.end()] in PUBLIC_ADDRESSES:
                continue
            cands.append(cand)
        for m in VILLAGE_RE.finditer(text):
            start = self._name_start(text, m.start(), ends, 6)
            if m.start() - start < 1:
                continue
            cands.append(
                _Candidate(start, m.end(), "village" if m.group("no") else "village-group", name_len=m.start() - start)
            )
        for m in BUILDING_RE.finditer(text):
            start = self._name_start(text, m.start(), ends, 10)
            kind = "building-seat" if m.group("unit") == "座" and m.group("no")[0].isdigit() else "building"
            cands.append(_Candidate(start, m.end(), kind, name_len=m.start() - start))
        for m in DASHED_RE.finditer(text):
            start = self._name_start(text, m.start(), ends, 10)
            if m.start() - start >= 2 and _COMMUNITY_SUFFIX.search(text[start : m.start()]):
                cands.append(_Candidate(start, m.end(), "dashed", name_len=m.start() - start, details=True))
        return self._resolve(text, cands, ends)

    @staticmethod
    def _name_start(text: str, pos: int, ends: dict[int, int], limit: int) -> int:
        """Start of the road/community name ending at ``pos``: CJK back to a boundary, cue or division."""
        p = pos
        while p > 0 and pos - p < limit:
            if p in ends and p != pos:
                break
            if p != pos and any(text.endswith(c, 0, p) for c in _CUES):
                break
            c = text[p - 1]
            if _is_name_char(c):
                if c in _STOP_CHARS and pos - p >= 2:
                    break
                if c in "省市区县" and p - 1 > 0 and text[p - 2 : p] not in _GENERIC_NOT_ADMIN and pos - p >= 2:
                    break
                if c in "镇乡" and pos - p >= 2:
                    break
                p -= 1
                continue
            if c.isascii() and c.isalpha():
                # a brand or estate name in Latin letters inside the name (建外SOHO东区, SOHO现代城)
                q = p
                while q > 0 and text[q - 1].isascii() and text[q - 1].isalpha():
                    q -= 1
                if p - q <= 8 and (q == 0 or not text[q - 1].isascii()):
                    p = q
                    continue
                break
            if c.isdigit():
                # a short digit run inside or at the start of a name (东3环中路, 51大道), never a phone number
                q = p
                while q > 0 and text[q - 1].isdigit():
                    q -= 1
                left = text[q - 1] if q > 0 else ""
                inside = _is_name_char(left) and left not in _STOP_CHARS
                at_start = pos == p and not (left.isascii() and left.isalnum())
                if p - q <= 2 and (inside or at_start):
                    p = q
                    continue
            break
        if p == pos and p > 1 and text[p - 1] in " \u3000" and p - 1 in ends:
            return p  # 朝阳区 建国路: the name starts after the blank
        return p

    @staticmethod
    def _extend_left(text: str, start: int, ends: dict[int, int]) -> tuple[int, bool]:
        """Extend ``start`` over towns (镇, 乡, 街道) and the administrative divisions before it."""
        _, short, _ = admin_divisions()
        admin = False
        p = start
        # town / township / subdistrict right before the name
        m = re.search(rf"[{_CJK}]{{1,5}}?(?:镇|乡|街道)$", text[max(0, p - 8) : p])
        if m is not None:
            q = p - (len(m.group()))
            # the town name starts after a division or a stop character
            for i in range(q, p):
                if i in ends:
                    q = i
            while q < p and text[q] in _STOP_CHARS:
                q += 1
            if p - q >= 2:
                p, admin = q, True
        while True:
            if p in ends:
                p, admin = ends[p], True
                continue
            if p > 1 and text[p - 1] in " \u3000" and p - 1 in ends:  # 北京市 朝阳区 建国路88号
                p, admin = ends[p - 1], True
                continue
            if p > 0 and text[p - 1] in "区园城镇乡村道" and not admin:
                # a named area between the division and the road (南山区科技园南区深南大道)
                area = next((q for q in range(p - 2, max(-1, p - 9), -1) if q in ends), None)
                if area is not None and all(_is_name_char(c) and c not in _STOP_CHARS for c in text[area:p]):
                    p = area
                    continue
            for k in (4, 3, 2):
                if p - k >= 0 and text[p - k : p] in short and admin:
                    p -= k
                    break
            else:
                break
        return p, admin

    def _resolve(self, text: str, cands: list[_Candidate], ends: dict[int, int]) -> list[RecognizerResult]:
        scored: list[tuple[int, int, float]] = []
        for cand in cands:
            cand.start, cand.admin = self._extend_left(text, cand.start, ends)
            self._extend_right(text, cand)
            score = self._score(text, cand)
            if score >= 0.5:
                scored.append((cand.start, cand.end, score))
        out: list[RecognizerResult] = []
        last_end = -1
        for start, end, score in sorted(scored, key=lambda x: (x[0], -x[1], -x[2])):
            if start < last_end:
                if out and end > last_end:  # overlapping findings merge
                    prev = out[-1]
                    out[-1] = self._result(prev.start, end, max(prev.score, score))
                    last_end = end
                continue
            out.append(self._result(start, end, score))
            last_end = end
        return out

    @staticmethod
    def _extend_right(text: str, cand: _Candidate) -> None:
        pos = cand.end
        last = text[pos - 2 : pos]
        parts = 0
        while pos < len(text):
            m = _TAIL.match(text, pos)
            if m is None and text[pos : pos + 1] in (" ", "\u3000"):
                m = _TAIL.match(text, pos + 1)
            if m is None and parts == 0 and cand.kind == "road":
                m2 = _SECOND_NAME.match(text, pos)
                if m2 is not None:
                    m = _TAIL.match(text, m2.end())
            if m is None and any(last.endswith(u) for u in _ROOM_AFTER):
                m = _ROOM.match(text, pos)
            if m is None:
                break
            pos, last = m.end(), m.group()
            parts += 1
        if parts:
            cand.details = True
        cand.end = pos
        m = _POSTCODE.match(text, pos)
        if m is not None:
            cand.end, cand.postcode = m.end(), True

    @staticmethod
    def _score(text: str, cand: _Candidate) -> float:
        cue = context_before(text, cand.start, ADDRESS_CONTEXT, window=16)
        name = text[cand.start : cand.start + cand.name_len] if cand.name_len else ""
        if cand.kind == "road":
            score = 0.65
        elif cand.kind == "village":
            score = 0.8
        elif cand.kind == "village-group":
            score = 0.45
        elif cand.name_len >= 2 and _COMMUNITY_SUFFIX.search(text[cand.start : cand.start + cand.name_len + 0]):
            score = 0.65
        elif cand.name_len >= 2:
            score = 0.45
        else:
            score = 0.3
        if cand.kind == "building-seat" and not cand.details:
            return 0.0  # 3座城市 (three cities), 一座古迹: 座 is a building only with a floor or room after it
        if cand.details:
            score = max(score, 0.85 if cand.name_len >= 2 else 0.45)
        elif cand.name_len < 2 and not cand.admin:
            return 0.0  # a bare building number without details is never an address, cue or not
        if cand.admin:
            score = max(score, 0.9)
        if cand.postcode:
            score = max(score, 0.9)
        if cue:
            score += 0.15 if cand.details or cand.name_len >= 2 or cand.admin else 0.3
        del name
        return min(1.0, score)


def recognizers(language: str) -> list[Recognizer]:
    """The Chinese street-address recognizers for a pipeline ``language``.

    Chinese addresses occur in English records too (translations), so the recognizer is returned
    for every language, registered under ``language``.
    """
    return [ZhStreetAddressRecognizer(supported_language=language)]
