"""Chinese written in pinyin: an answer romanised where the prompt asked for Chinese.

A Chinese prompt answered with ``yīnwèi tàiyáng guāng …``, ``chun1tian1 lai2 le`` or
``meitian zao shui zao qi`` is Chinese in the wrong script. Pinyin is recognised by its syllables:
every word (tone marks and tone numbers removed, ``ü`` as ``v``) must split into syllables of the
standard table (about 400). English prose cannot pass: ``the``, ``is``, ``of``, ``to``, ``in``,
``it`` are no syllables, so a share of such words well below the threshold ends the test.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SYLLABLES = frozenset(
    """
    a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cen ceng
    cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci cong cou cu
    cuan cui cun cuo da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui dun duo e
    ei en eng er fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan
    guang gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian
    jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan
    kuang kui kun kuo la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu lo long lou lu lv luan
    lve lue lun luo ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao ne
    nei nen neng ni nian niang niao nie nin ning niu nong nou nu nv nuan nve nue nuo o ou pa pai pan pang pao pei pen
    peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang
    rao re ren reng ri rong rou ru rua ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang shao she
    shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan
    tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia
    xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue
    yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua
    zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo
    """.split()
)
_WORD = re.compile(r"[^\W\d_]+(?:[1-5](?=[^\W\d_]|\b))?(?:[^\W\d_]+[1-5]?)*", re.UNICODE)
_SPLIT = re.compile(r"['’\-]")
_TONE_NUMBER = re.compile(r"(?<=[a-z])[1-5]")
_TONE_MARK = re.compile(r"[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]")
_HAN = re.compile(r"[\u3400-\u9fff]")
_LATIN_TEXT = re.compile(r"[A-Za-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[1-5]?")

PINYIN_MIN_WORDS = 5
"""An answer needs this many Latin words to be judged ..."""
PINYIN_MIN_SHARE = 0.85
"""... and at least this share of them must be pinyin."""
PINYIN_TOPIC = re.compile(
    r"pinyin|拼音|罗马|羅馬|romani[sz]|romaji|transliterat|注音|读音|讀音|发音|發音|怎么读|怎么念|音译|英文|英语|英語|"
    r"english|translat|翻译|翻譯",
    re.I,
)
"""A prompt asking for pinyin, a pronunciation, a transliteration or English: a romanised answer may be right."""


def _plain(word: str) -> str:
    word = unicodedata.normalize("NFD", word.lower().replace("ü", "v").replace("ǖ", "v").replace("ǘ", "v"))
    word = word.replace("ǚ", "v").replace("ǜ", "v")
    return "".join(c for c in word if not unicodedata.combining(c))


@lru_cache(maxsize=4096)
def is_pinyin(word: str) -> bool:
    """True when ``word`` (tone marks or numbers allowed) splits into pinyin syllables."""
    w = _TONE_NUMBER.sub("", _plain(word))
    if not w.isascii() or not w.isalpha() or len(w) > 24:
        return False
    n = len(w)
    ok = [False] * (n + 1)
    ok[0] = True
    for end in range(1, n + 1):
        for start in range(max(0, end - 6), end):
            if ok[start] and w[start:end] in _SYLLABLES:
                ok[end] = True
                break
    return ok[n]


def pinyin_answer(output: str, prompt: str) -> str | None:
    """``"pinyin"`` when the answer is Chinese written in pinyin and the prompt does not ask for a
    romanisation; ``"names"`` (borderline) when every word is capitalised (romanised names such as
    ``Li Bai, Du Fu, Wang Wei`` may be meant); else None.

    The answer has no Han character, at least :data:`PINYIN_MIN_WORDS` Latin words, and at least
    :data:`PINYIN_MIN_SHARE` of them split into pinyin syllables (tone marks such as ``tiānkōng``, tone
    numbers such as ``tian1kong1``, or none).
    """
    if _HAN.search(output) or PINYIN_TOPIC.search(prompt):
        return None
    words = [p for w in _LATIN_TEXT.findall(output) for p in _SPLIT.split(w) if p]
    if len(words) < PINYIN_MIN_WORDS:
        return None
    misses = 0
    allowed = len(words) * (1 - PINYIN_MIN_SHARE)
    for w in words:
        if not is_pinyin(w):
            misses += 1
            if misses > allowed:
                return None
    if all(w[0].isupper() for w in words) and not _TONE_MARK.search(output.lower()) and not any(
        c.isdigit() for c in output
    ):
        return "names"
    return "pinyin"
