"""Name lexicons and writing-system facts the person recognizers use (loaded once per process).

- ``given_names.txt`` / ``family_names.txt``: Latin-script (and other) given and family names from
  Faker's person providers (MIT, every locale) and the US Census 1990 name files (public domain),
  built by ``scripts/build_name_lexicon.py``; used to accept lower-case or unusual names in
  structured places (a CSV column of names, ``user=li.wei``), never as the only evidence in prose;
- Chinese surnames: single-character and compound (复姓), common and rare;
- Hanyu Pinyin syllables and the pinyin of common Chinese surnames, to read romanised Chinese names
  in user names and e-mail-like ids (``qian_pengxuan``, ``yuan.weihao``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from pathlib import Path

from pipeline.text.pinyin import SYLLABLES

DATA = Path(__file__).resolve().parent / "data"

ZH_SURNAMES_1 = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石"
    "廖贾夏韦付方邹熊白孟秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁"
    "岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾"
    "尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛"
    "仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉"
    "禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银"
    "亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由"
    "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎鲁韦昌马苗凤花方俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康伍余元卜顾孟平黄和穆萧尹姚邵湛汪祁毛禹狄米贝明臧计伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯昝管卢莫经房裘缪干解应宗丁宣贲邓郁单杭洪包诸左石崔吉钮龚程嵇邢滑裴陆荣翁荀羊於惠甄曲家封芮羿储靳汲邴糜松井段富巫乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫宁仇栾暴甘钭厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙池乔阴鬱胥能苍双闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍卻璩桑桂濮牛寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容向古易慎戈廖庾终暨居衡步都耿满弘匡国文寇广禄阙东欧殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空曾毋沙乜养鞠须丰巢关蒯相查后荆红游竺权逯盖益桓公仉督岳帅缑亢况郈有琴商牟佘佴伯赏墨哈谯笪年爱阳佟禚冼覃区逢羽晋乌母寸虎"
    "库蹇雒郄眭"
)
"""Single-character Chinese surnames: the ~400 most common plus rarer ones found in real data."""

ZH_SURNAMES_2 = frozenset(
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
        "钟离",
        "宗政",
        "濮阳",
        "公冶",
        "太叔",
        "申屠",
        "公羊",
        "仲孙",
        "单于",
        "太史",
        "拓跋",
        "第五",
        "漆雕",
        "乐正",
        "壤驷",
        "公良",
        "谷梁",
        "左丘",
        "东郭",
        "梁丘",
        "司空",
        "司寇",
        "巫马",
        "鲜于",
        "闾丘",
        "亓官",
        "子车",
        "颛孙",
        "羊舌",
        "微生",
        "东门",
        "南门",
        "张简",
        "范姜",
        "欧",
        "阳",
    ]
) - {"欧", "阳"}
"""Compound Chinese surnames (复姓)."""

PINYIN_SYLLABLES = SYLLABLES
"""Every Hanyu Pinyin syllable (without tones; ü written v)."""

PINYIN_SURNAMES = frozenset(
    [
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
        "he",
        "gao",
        "lin",
        "luo",
        "zheng",
        "liang",
        "xie",
        "song",
        "tang",
        "han",
        "feng",
        "deng",
        "cao",
        "peng",
        "zeng",
        "xiao",
        "tian",
        "dong",
        "yuan",
        "pan",
        "cai",
        "jiang",
        "yu",
        "du",
        "ye",
        "cheng",
        "su",
        "wei",
        "lu",
        "ding",
        "ren",
        "shen",
        "yao",
        "cui",
        "zhong",
        "tan",
        "fan",
        "jin",
        "shi",
        "liao",
        "jia",
        "xia",
        "fu",
        "fang",
        "zou",
        "xiong",
        "bai",
        "meng",
        "qin",
        "qiu",
        "yin",
        "xue",
        "yan",
        "duan",
        "lei",
        "hou",
        "long",
        "tao",
        "gu",
        "mao",
        "hao",
        "gong",
        "shao",
        "wan",
        "qian",
        "dai",
        "mo",
        "kong",
        "xiang",
        "chang",
        "wen",
        "kang",
        "niu",
        "ge",
        "xing",
        "an",
        "qi",
        "qiao",
        "wu",
        "pang",
        "ni",
        "zhuang",
        "nie",
        "zhan",
        "yue",
        "zhai",
        "yin",
        "geng",
        "guan",
        "lan",
        "jiao",
        "ning",
        "shang",
        "fu",
        "shu",
        "ruan",
        "ke",
        "ji",
        "mei",
        "tong",
        "ling",
        "bi",
        "dan",
        "huo",
        "tu",
        "qu",
        "weng",
        "ran",
        "gou",
        "luan",
        "ouyang",
        "sima",
        "shangguan",
        "zhuge",
        "dongfang",
        "huangfu",
        "yuchi",
        "gongsun",
        "murong",
        "situ",
        "xiahou",
        "linghu",
        "duanmu",
        # rarer surnames and the other compound ones (吕 as lv/lyu, 易 伊 yi, 冼 xian, 门 men, 佘 she, ...)
        "yi",
        "xian",
        "lv",
        "bai",
        "bao",
        "bian",
        "bu",
        "chai",
        "chi",
        "chu",
        "dang",
        "di",
        "dou",
        "fei",
        "gan",
        "ji",
        "jian",
        "jie",
        "jing",
        "ju",
        "kan",
        "kou",
        "kuang",
        "lai",
        "lang",
        "lian",
        "mai",
        "men",
        "mi",
        "miao",
        "min",
        "ming",
        "mu",
        "nan",
        "ou",
        "pi",
        "pu",
        "rao",
        "rong",
        "ru",
        "rui",
        "sang",
        "sha",
        "shan",
        "she",
        "si",
        "sui",
        "xi",
        "xiu",
        "xuan",
        "you",
        "yun",
        "zang",
        "zha",
        "zhen",
        "zhuo",
        "zong",
        "zu",
        "zuo",
        "qiu",
        "hui",
        "yuwen",
        "zhangsun",
        "dugu",
        "nangong",
        "ximen",
        "tantai",
        "huyan",
        "zhongli",
        "shentu",
        "helian",
        "wenren",
        "baili",
        "xuanyuan",
        "taishi",
        "tuoba",
    ]
)
"""Pinyin of Chinese surnames (single and compound)."""


@functools.cache
def given_names() -> frozenset[str]:
    """Given names, case-folded."""
    return frozenset(n.casefold() for n in (DATA / "given_names.txt").read_text(encoding="utf-8").split("\n") if n)


@functools.cache
def family_names() -> frozenset[str]:
    """Family names, case-folded."""
    return frozenset(n.casefold() for n in (DATA / "family_names.txt").read_text(encoding="utf-8").split("\n") if n)


_SYLLABLE_RE = re.compile("(?:" + "|".join(sorted(PINYIN_SYLLABLES, key=lambda s: (-len(s), s))) + ")")


@functools.lru_cache(maxsize=65536)
def pinyin_syllables(word: str) -> int:
    """How many pinyin syllables ``word`` (lower-case letters) splits into; 0 when it is not all pinyin."""
    n = len(word)
    if not n or not word.isascii() or not word.isalpha():
        return 0
    best = [0] + [-1] * n  # best[i]: fewest syllables covering word[:i]
    for i in range(n):
        if best[i] < 0:
            continue
        for j in range(i + 1, min(n, i + 6) + 1):
            if word[i:j] in PINYIN_SYLLABLES and (best[j] < 0 or best[j] > best[i] + 1):
                best[j] = best[i] + 1
    return max(best[n], 0)


def is_pinyin_name(parts: Sequence[str]) -> bool:
    """True for a romanised Chinese name: a pinyin surname and a given name of one or two syllables (any order)."""
    low = [p.lower() for p in parts if p]
    if len(low) == 2:
        a, b = low
        return (a in PINYIN_SURNAMES and 1 <= pinyin_syllables(b) <= 2) or (
            b in PINYIN_SURNAMES and 1 <= pinyin_syllables(a) <= 2
        )
    if len(low) == 1:  # zhangsan, xiechongle: surname followed by one or two syllables
        word = low[0]
        for k in range(len(word) - 1, 0, -1):
            if word[:k] in PINYIN_SURNAMES and 1 <= pinyin_syllables(word[k:]) <= 2:
                return len(word) >= 5
    return False


KOREAN_SURNAMES = frozenset(
    [
        "kim",
        "lee",
        "yi",
        "park",
        "pak",
        "choi",
        "choe",
        "jung",
        "jeong",
        "chung",
        "kang",
        "cho",
        "jo",
        "yoon",
        "yun",
        "jang",
        "chang",
        "lim",
        "im",
        "han",
        "oh",
        "seo",
        "suh",
        "shin",
        "sin",
        "kwon",
        "gwon",
        "hwang",
        "ahn",
        "an",
        "song",
        "yoo",
        "yu",
        "ryu",
        "hong",
        "jeon",
        "jun",
        "ko",
        "go",
        "moon",
        "mun",
        "yang",
        "son",
        "bae",
        "baek",
        "nam",
        "noh",
        "no",
        "ha",
        "kwak",
        "gwak",
        "sung",
        "seong",
        "cha",
        "joo",
        "ju",
        "woo",
        "wu",
        "min",
        "ryoo",
    ]
)
"""Romanised Korean family names (the common spellings)."""

KOREAN_SYLLABLES = frozenset(
    [
        "a",
        "ae",
        "ah",
        "bin",
        "bo",
        "byung",
        "chae",
        "chan",
        "chang",
        "cheol",
        "chul",
        "da",
        "dae",
        "do",
        "dong",
        "eun",
        "gi",
        "gyu",
        "ha",
        "hae",
        "han",
        "hee",
        "ho",
        "hoon",
        "hun",
        "hwa",
        "hwan",
        "hye",
        "hyeon",
        "hyo",
        "hyuk",
        "hyun",
        "in",
        "ja",
        "jae",
        "jeong",
        "ji",
        "jin",
        "jong",
        "joo",
        "ju",
        "jun",
        "jung",
        "ki",
        "kyung",
        "mi",
        "min",
        "myung",
        "na",
        "nam",
        "ra",
        "ri",
        "rin",
        "sang",
        "se",
        "seo",
        "seok",
        "seon",
        "seong",
        "seung",
        "shin",
        "so",
        "sol",
        "soo",
        "su",
        "suk",
        "sun",
        "sung",
        "tae",
        "won",
        "woo",
        "woong",
        "ye",
        "yeon",
        "yeong",
        "yong",
        "young",
        "yu",
        "yun",
        "yeol",
        "yeon",
        "hyeok",
        "ok",
        "il",
        "uk",
    ]
)
"""Syllables of romanised Korean given names (``Min-jun``, ``Seo-yeon``, ``Ji-woo``)."""


def is_korean_given(word: str) -> bool:
    """A romanised Korean given name: two syllables joined by a hyphen (``min-jun``)."""
    parts = word.lower().split("-")
    return len(parts) == 2 and all(p in KOREAN_SYLLABLES for p in parts)
