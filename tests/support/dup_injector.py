"""Seeded generator of exact and near duplicates with ground truth, for dedup tests and benchmarks.

``inject_duplicates(records, ...)`` copies a share of the records and applies light edits to each copy
(typos, punctuation edits, whitespace edits, casing, a sentence added or removed), in English and
Chinese (the edit functions look at the text's script). Each copy gets a new ``record_id`` and the
ground truth says which original it copies. ``evaluate`` scores a dedup result against that truth,
per language. ``synthetic_corpus`` writes small real-looking zh + en records made of common words, so
tests need no external data.
"""

from __future__ import annotations

import random
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

EDITS: tuple[str, ...] = ("typo", "punct", "space", "case", "sentence_add", "sentence_remove")
"""Kinds of near-duplicate edits."""

_HAN = re.compile(r"[\u4e00-\u9fff]")
_EN_SENT = re.compile(r"(?<=[.!?])\s+")
_ZH_SENT = re.compile(r"(?<=[。！？])")

EN_WORDS = [
    "time",
    "year",
    "people",
    "way",
    "day",
    "man",
    "thing",
    "woman",
    "life",
    "child",
    "world",
    "school",
    "state",
    "family",
    "student",
    "group",
    "country",
    "problem",
    "hand",
    "part",
    "place",
    "case",
    "week",
    "company",
    "system",
    "program",
    "question",
    "work",
    "government",
    "number",
    "night",
    "point",
    "home",
    "water",
    "room",
    "mother",
    "area",
    "money",
    "story",
    "fact",
    "month",
    "lot",
    "right",
    "study",
    "book",
    "eye",
    "job",
    "word",
    "business",
    "issue",
    "side",
    "kind",
    "head",
    "house",
    "service",
    "friend",
    "father",
    "power",
    "hour",
    "game",
    "line",
    "end",
    "member",
    "law",
    "car",
    "city",
    "community",
    "name",
    "president",
    "team",
    "minute",
    "idea",
    "kid",
    "body",
    "information",
    "back",
    "parent",
    "face",
    "others",
    "level",
    "office",
    "door",
    "health",
    "person",
    "art",
    "war",
    "history",
    "party",
    "result",
    "change",
    "morning",
    "reason",
    "research",
    "girl",
    "guy",
    "moment",
    "air",
    "teacher",
    "force",
    "education",
    "foot",
    "boy",
    "age",
    "policy",
    "process",
    "music",
    "market",
    "sense",
    "nation",
    "plan",
    "college",
    "interest",
    "death",
    "experience",
    "effect",
    "class",
    "control",
    "care",
    "field",
    "development",
    "role",
    "effort",
    "rate",
    "heart",
    "drug",
    "show",
    "leader",
    "light",
    "voice",
    "wife",
    "police",
    "mind",
    "price",
    "report",
    "decision",
    "son",
    "view",
    "relationship",
    "town",
    "road",
    "arm",
    "difference",
    "value",
    "building",
    "action",
    "model",
    "season",
    "society",
    "tax",
    "director",
    "position",
    "player",
    "record",
    "paper",
    "space",
    "ground",
    "form",
    "event",
    "official",
    "matter",
    "center",
    "couple",
    "site",
    "project",
    "activity",
    "star",
    "table",
    "need",
    "court",
    "oil",
    "situation",
    "cost",
    "industry",
    "figure",
    "street",
    "image",
    "phone",
    "data",
    "picture",
    "practice",
    "piece",
    "land",
    "product",
    "doctor",
    "wall",
    "patient",
    "worker",
    "news",
    "test",
    "movie",
    "north",
    "love",
    "support",
    "technology",
    "step",
    "baby",
    "computer",
    "type",
    "attention",
    "film",
    "tree",
    "source",
    "organization",
    "hair",
    "window",
    "evidence",
    "population",
    "site",
]
EN_VERBS = [
    "makes",
    "takes",
    "gives",
    "finds",
    "tells",
    "asks",
    "shows",
    "tries",
    "leaves",
    "calls",
    "keeps",
    "brings",
    "begins",
    "helps",
    "starts",
    "runs",
    "moves",
    "holds",
    "writes",
    "provides",
    "stands",
    "loses",
    "pays",
    "meets",
    "includes",
    "continues",
    "sets",
    "learns",
    "changes",
    "leads",
    "understands",
    "watches",
    "follows",
    "stops",
    "creates",
    "speaks",
    "reads",
    "allows",
    "adds",
    "spends",
    "grows",
    "opens",
    "walks",
    "wins",
    "offers",
    "remembers",
    "considers",
    "appears",
    "buys",
    "waits",
    "serves",
    "sends",
    "expects",
    "builds",
    "stays",
    "reaches",
    "kills",
    "raises",
    "passes",
    "sells",
    "requires",
    "reports",
    "decides",
    "pulls",
    "explains",
]
EN_ADJ = [
    "good",
    "new",
    "first",
    "last",
    "long",
    "great",
    "little",
    "own",
    "other",
    "old",
    "right",
    "big",
    "high",
    "different",
    "small",
    "large",
    "next",
    "early",
    "young",
    "important",
    "few",
    "public",
    "bad",
    "same",
    "able",
    "local",
    "sure",
    "free",
    "better",
    "true",
    "whole",
    "real",
    "best",
    "hard",
    "major",
    "clear",
    "recent",
    "certain",
    "personal",
    "open",
    "red",
    "difficult",
    "available",
    "likely",
    "short",
    "single",
    "medical",
    "current",
    "wrong",
    "private",
    "past",
    "foreign",
    "fine",
    "common",
    "poor",
    "natural",
    "significant",
    "similar",
    "hot",
    "dead",
    "central",
    "happy",
    "serious",
    "ready",
    "simple",
    "left",
    "physical",
    "general",
    "environmental",
]
ZH_WORDS = [
    "时间",
    "问题",
    "工作",
    "发展",
    "社会",
    "国家",
    "经济",
    "技术",
    "学生",
    "老师",
    "学校",
    "城市",
    "生活",
    "文化",
    "历史",
    "科学",
    "环境",
    "政府",
    "企业",
    "市场",
    "管理",
    "教育",
    "研究",
    "数据",
    "系统",
    "方法",
    "服务",
    "产品",
    "项目",
    "公司",
    "人民",
    "世界",
    "中国",
    "地区",
    "能力",
    "关系",
    "过程",
    "结果",
    "影响",
    "作用",
    "水平",
    "质量",
    "条件",
    "基础",
    "方向",
    "目标",
    "计划",
    "活动",
    "组织",
    "政策",
    "资源",
    "信息",
    "网络",
    "计算机",
    "语言",
    "文字",
    "音乐",
    "艺术",
    "电影",
    "故事",
    "朋友",
    "家庭",
    "孩子",
    "父母",
    "身体",
    "健康",
    "医生",
    "医院",
    "食物",
    "天气",
    "季节",
    "春天",
    "夏天",
    "秋天",
    "冬天",
    "早上",
    "晚上",
    "今天",
    "明天",
    "未来",
    "过去",
    "经验",
    "知识",
    "思想",
    "精神",
    "情况",
    "方式",
    "特点",
    "原因",
    "内容",
    "部分",
    "作品",
    "事情",
    "机会",
    "速度",
    "距离",
    "空间",
    "自然",
    "动物",
    "植物",
    "河流",
    "山区",
    "海洋",
    "森林",
    "道路",
    "交通",
    "汽车",
    "飞机",
    "旅行",
    "景色",
    "公园",
    "图书馆",
    "书籍",
    "报告",
    "会议",
    "决定",
    "建议",
    "意见",
    "要求",
    "标准",
    "规则",
    "价格",
    "成本",
    "收入",
]
ZH_VERBS = [
    "提高",
    "促进",
    "改善",
    "支持",
    "推动",
    "加强",
    "完成",
    "发现",
    "提供",
    "保护",
    "建立",
    "需要",
    "认为",
    "包括",
    "进行",
    "参加",
    "解决",
    "学习",
    "了解",
    "使用",
    "分析",
    "讨论",
    "介绍",
    "描述",
    "比较",
    "选择",
    "增加",
    "减少",
    "准备",
    "开始",
    "继续",
    "帮助",
    "影响",
    "创造",
    "表达",
    "理解",
    "研究",
    "管理",
    "实现",
    "保持",
]
ZH_ADJ = [
    "重要",
    "主要",
    "基本",
    "明显",
    "简单",
    "复杂",
    "快速",
    "稳定",
    "有效",
    "积极",
    "传统",
    "现代",
    "丰富",
    "美丽",
    "安全",
    "健康",
    "清楚",
    "具体",
    "普通",
    "特别",
]
EN_EXTRA = [
    "This is an important point.",
    "Keep this in mind.",
    "It is worth noting.",
    "I hope this helps.",
    "Thanks for asking.",
    "That is the main idea.",
]
ZH_EXTRA = ["这一点很重要。", "希望对你有帮助。", "请记住这一点。", "这就是主要内容。", "谢谢你的提问。", "值得注意。"]
_TYPO_ZH = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严"


@dataclass
class Injected:
    """A corpus with injected copies: ``records`` (originals + copies), and for every copy its source."""

    records: list[dict[str, Any]]
    source_of: dict[str, str] = field(default_factory=dict)
    kind_of: dict[str, str] = field(default_factory=dict)
    edits_of: dict[str, list[str]] = field(default_factory=dict)

    def family(self) -> dict[str, str]:
        """Ground-truth family (the original's record id) of every record."""
        return {r["record_id"]: self.source_of.get(r["record_id"], r["record_id"]) for r in self.records}


def count_tokens(record: dict[str, Any]) -> int:
    """Words plus CJK characters of a record's instruction, input and output."""
    text = " ".join(str(record.get(f) or "") for f in ("instruction", "input", "output"))
    return len(_HAN.findall(text)) + len(re.findall(r"[^\W\u4e00-\u9fff]+", text))


def _is_zh(text: str) -> bool:
    return len(_HAN.findall(text)) * 2 >= max(1, len(text.split()))


def _sentences(text: str) -> list[str]:
    parts = _ZH_SENT.split(text) if _is_zh(text) else _EN_SENT.split(text)
    return [p for p in parts if p.strip()]


def _typo(text: str, rng: random.Random) -> str:
    if _is_zh(text):
        pos = [m.start() for m in _HAN.finditer(text)]
        if not pos:
            return text
        i = rng.choice(pos)
        op = rng.random()
        if op < 0.5:
            return text[:i] + rng.choice(_TYPO_ZH) + text[i + 1 :]
        if op < 0.8:
            return text[:i] + text[i + 1 :]
        return text[:i] + text[i] + text[i:]
    words = [m for m in re.finditer(r"[A-Za-z]{4,}", text)]
    if not words:
        return text
    m = rng.choice(words)
    w = m.group()
    j = rng.randrange(1, len(w) - 1)
    op = rng.random()
    if op < 0.4:
        w2 = w[: j - 1] + w[j] + w[j - 1] + w[j + 1 :]
    elif op < 0.7:
        w2 = w[:j] + w[j + 1 :]
    else:
        w2 = w[:j] + rng.choice("abcdefghijklmnopqrstuvwxyz") + w[j + 1 :]
    return text[: m.start()] + w2 + text[m.end() :]


def _punct(text: str, rng: random.Random) -> str:
    if _is_zh(text):
        swaps = [("，", "、"), ("。", "！"), ("，", ","), ("。", "."), ("：", ":"), ("“", '"'), ("”", '"')]
    else:
        swaps = [(",", ""), (".", "!"), (".", ";"), (", ", " - "), ("'", "’"), ('"', "“")]
    rng.shuffle(swaps)
    for a, b in swaps:
        if a in text:
            idx = [m.start() for m in re.finditer(re.escape(a), text)]
            i = rng.choice(idx)
            return text[:i] + b + text[i + len(a) :]
    return text + ("。" if _is_zh(text) else ".")


def _space(text: str, rng: random.Random) -> str:
    if _is_zh(text):
        pos = [m.end() for m in _HAN.finditer(text)]
        for i in sorted(rng.sample(pos, min(3, len(pos))), reverse=True):
            text = text[:i] + " " + text[i:]
        return text
    spaces = [m.start() for m in re.finditer(" ", text)]
    op = rng.random()
    if spaces and op < 0.5:
        for i in sorted(rng.sample(spaces, min(3, len(spaces))), reverse=True):
            text = text[:i] + rng.choice(["  ", "\t", "\n"]) + text[i + 1 :]
        return text
    return "  " + text.rstrip() + " \n"


def _case(text: str, rng: random.Random) -> str:
    if _is_zh(text) and not re.search(r"[A-Za-z]", text):
        return _punct(text, rng)
    op = rng.random()
    if op < 0.4:
        return text.lower()
    if op < 0.7:
        return text.upper()
    return " ".join(w.capitalize() for w in text.split(" "))


def _sentence_add(text: str, rng: random.Random) -> str:
    extra = rng.choice(ZH_EXTRA if _is_zh(text) else EN_EXTRA)
    return text + ("" if _is_zh(text) else " ") + extra


def _sentence_remove(text: str, rng: random.Random) -> str:
    """Remove the shortest sentence when it is at most a tenth of the text (a light edit), else add one."""
    sents = _sentences(text)
    if len(sents) < 2:
        return _sentence_add(text, rng)
    i = min(range(len(sents)), key=lambda k: (len(sents[k]), k))
    if len(sents[i]) * 10 > len(text):
        return _sentence_add(text, rng)
    del sents[i]
    return ("" if _is_zh(text) else " ").join(s.strip() if not _is_zh(text) else s for s in sents)


_EDIT_FUNCS = {
    "typo": _typo,
    "punct": _punct,
    "space": _space,
    "case": _case,
    "sentence_add": _sentence_add,
    "sentence_remove": _sentence_remove,
}


def edit_text(text: str, kind: str, rng: random.Random) -> str:
    """Apply one edit of ``kind`` (see :data:`EDITS`) to ``text``."""
    return _EDIT_FUNCS[kind](text, rng)


def inject_duplicates(
    records: Sequence[dict[str, Any]],
    *,
    exact_rate: float = 0.05,
    near_rate: float = 0.10,
    edits: Sequence[str] = EDITS,
    max_edits: int = 2,
    copies: int = 1,
    seed: int = 0,
    shuffle: bool = True,
    min_tokens: int = 0,
) -> Injected:
    """Copy ``exact_rate`` of the records verbatim and ``near_rate`` with 1..``max_edits`` light edits.

    Edits go to the output (most of the text) and, for a casing or punctuation edit, sometimes to the
    instruction. Each chosen original gets ``copies`` copies. Rates are shares of all records; the
    originals are drawn from records with at least ``min_tokens`` tokens (words + CJK characters of
    instruction, input and output), where one edit changes only a small part of the text.
    Deterministic for a given ``seed``.
    """
    rng = random.Random(seed)
    out = [dict(r) for r in records]
    inj = Injected(records=out)
    n = len(records)
    order = [i for i in range(n) if min_tokens <= 0 or count_tokens(records[i]) >= min_tokens]
    rng.shuffle(order)
    n_exact = round(exact_rate * n)
    n_near = round(near_rate * n)
    chosen = [(i, "exact") for i in order[:n_exact]] + [(i, "near") for i in order[n_exact : n_exact + n_near]]
    for i, kind in chosen:
        src = records[i]
        for c in range(copies):
            rec = dict(src)
            rid = f"{src['record_id']}~{kind}{c}"
            rec["record_id"] = rid
            applied: list[str] = []
            if kind == "near":
                for _ in range(rng.randint(1, max_edits)):
                    e = rng.choice(list(edits))
                    target = "instruction" if e in ("case", "punct") and rng.random() < 0.3 else "output"
                    rec[target] = edit_text(rec[target], e, rng)
                    applied.append(e)
            inj.source_of[rid] = src["record_id"]
            inj.kind_of[rid] = kind
            inj.edits_of[rid] = applied
            out.append(rec)
    if shuffle:
        rng.shuffle(out)
    return inj


def evaluate(
    injected: Injected, duplicates: Iterable[tuple[str, str]], lang_of: dict[str, str] | None = None
) -> dict[str, dict[str, float]]:
    """Score a dedup result against the ground truth, overall and per language.

    ``duplicates`` are ``(record_id, duplicate_of)`` pairs of removed records. A copy counts as found
    when it ends in the same cluster as its original; a removal is correct when the removed record and
    its survivor belong to the same family. Returns ``{lang: {recall, precision, copies, found,
    removed, correct}}`` with ``"all"`` for everything; ``kind`` restricts recall to near or exact copies
    via the keys ``recall_near`` / ``recall_exact``.
    """
    fam = injected.family()
    lang_of = lang_of or {r["record_id"]: r.get("lang", "all") for r in injected.records}
    cluster = {rid: rid for rid in fam}
    dups = list(duplicates)
    for rid, of in dups:
        cluster[rid] = of
    stats: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for rid, src in injected.source_of.items():
        kind = injected.kind_of[rid]
        found = cluster.get(rid) == cluster.get(src)
        for lang in ("all", lang_of.get(src, "all")):
            s = stats[lang]
            s["copies"] += 1
            s["found"] += found
            s[f"copies_{kind}"] += 1
            s[f"found_{kind}"] += found
    for rid, of in dups:
        ok = fam.get(rid) == fam.get(of)
        for lang in ("all", lang_of.get(fam.get(rid, rid), "all")):
            s = stats[lang]
            s["removed"] += 1
            s["correct"] += ok
    result: dict[str, dict[str, float]] = {}
    for lang, s in stats.items():
        r = dict(s)
        r["recall"] = s["found"] / s["copies"] if s["copies"] else 1.0
        r["precision"] = s["correct"] / s["removed"] if s["removed"] else 1.0
        for kind in ("near", "exact"):
            if s[f"copies_{kind}"]:
                r[f"recall_{kind}"] = s[f"found_{kind}"] / s[f"copies_{kind}"]
        result[lang] = r
    return result


def _en_sentence(rng: random.Random) -> str:
    words = [
        rng.choice(EN_ADJ),
        rng.choice(EN_WORDS),
        rng.choice(EN_VERBS),
        "the",
        rng.choice(EN_ADJ),
        rng.choice(EN_WORDS),
    ]
    words += [*rng.sample(["in", "of", "with", "for", "from", "by", "at"], 1), rng.choice(EN_WORDS)]
    words += [rng.choice(EN_WORDS) for _ in range(rng.randint(0, 4))]
    s = " ".join(words)
    return s[0].upper() + s[1:] + rng.choice([".", ".", ".", "!", "?"])


def _zh_sentence(rng: random.Random) -> str:
    parts = [rng.choice(ZH_WORDS), rng.choice(ZH_VERBS), rng.choice(ZH_ADJ), "的", rng.choice(ZH_WORDS)]
    if rng.random() < 0.7:
        parts += ["，", rng.choice(ZH_WORDS), rng.choice(ZH_VERBS), rng.choice(ZH_WORDS)]
    parts += [rng.choice(ZH_WORDS) for _ in range(rng.randint(0, 3))]
    return "".join(parts) + rng.choice(["。", "。", "！", "？"])


def synthetic_corpus(
    n_en: int, n_zh: int, *, seed: int = 0, sentences: tuple[int, int] = (4, 8)
) -> list[dict[str, Any]]:
    """Real-looking but random instruction records (``lang`` set), ids ``en-00001`` / ``zh-00001``."""
    rng = random.Random(seed)
    out = []
    en_tasks = ["Explain", "Describe", "Summarize", "Write about", "Discuss", "Give an overview of"]
    zh_tasks = ["请解释", "请描述", "请总结", "谈谈", "简要介绍", "分析一下"]
    for i in range(n_en):
        k = rng.randint(*sentences)
        out.append(
            {
                "record_id": f"en-{i:05d}",
                "instruction": f"{rng.choice(en_tasks)} the {rng.choice(EN_ADJ)} {rng.choice(EN_WORDS)} of {rng.choice(EN_WORDS)}.",
                "input": "",
                "output": " ".join(_en_sentence(rng) for _ in range(k)),
                "lang": "en",
            }
        )
    for i in range(n_zh):
        k = rng.randint(*sentences)
        out.append(
            {
                "record_id": f"zh-{i:05d}",
                "instruction": f"{rng.choice(zh_tasks)}{rng.choice(ZH_WORDS)}和{rng.choice(ZH_WORDS)}的{rng.choice(ZH_WORDS)}。",
                "input": "",
                "output": "".join(_zh_sentence(rng) for _ in range(k)),
                "lang": "zh",
            }
        )
    return out


def to_record_rows(records: Sequence[dict[str, Any]], corpus: str = "synthetic") -> list[dict[str, Any]]:
    """Complete generator records into RECORD_SCHEMA rows (provenance columns filled)."""
    rows = []
    for i, r in enumerate(records):
        row = {
            "record_id": r["record_id"],
            "instruction": r["instruction"],
            "input": r.get("input", ""),
            "output": r["output"],
            "system": r.get("system"),
            "history": r.get("history"),
            "corpus": r.get("corpus", corpus),
            "source_file": r.get("source_file", f"{corpus}.json"),
            "source_index": i,
            "source_id": None,
            "lang": r.get("lang", "en"),
            "annotations": r.get("annotations"),
        }
        rows.append(row)
    return rows
