"""Good look-alikes (hard negatives) of the heldout4 part: authored records the clean stage must keep.

Every record is a correct answer to its instruction that shares a surface trait with junk: tongue
twisters (绕口令) and phrases the user asked to have repeated (heavy repetition), spelling drills
(letters one by one, a character copied ten times), encodings the user asked for (Base64, hex, Morse,
percent-encoding, ``\\uXXXX`` escapes, HTML entities), phonetic transcriptions (IPA, zhuyin, numbered
pinyin), word games (word ladders, last-letter chains, 成语接龙), number series (powers, primes,
conversions), configuration files and raw HTTP heads asked for, regex match tables with ✓ / ✗,
checkbox checklists, music and game notation (chess moves, chord shapes, note names, 简谱, 象棋),
hashtag lists, and quiz answer keys (``1-B``, ``√ ×``).  All text is written for this file (no corpus
text); facts are ordinary public knowledge, and the computed answers (encodings, arithmetic, regex
verdicts) are computed here.  ``build_good(per_lang)`` is seeded and deterministic.
"""

from __future__ import annotations

import base64
import codecs
import random
import re
from collections.abc import Callable
from urllib.parse import quote

from textutil import build_good_rows

Rec = dict[str, str]
GoodGen = Callable[[random.Random], Rec]

GOOD_PER_LANG = 390
"""Good records per language (30 per kind, thirteen kinds)."""


def _p(rng: random.Random, seq: list[str] | tuple[str, ...]) -> str:
    return seq[rng.randrange(len(seq))]


def _rec(instruction: str, output: str, inp: str = "") -> Rec:
    return {"instruction": instruction, "input": inp, "output": output}


# ------------------------------------------------------------------------------------ tongue twisters

EN_TWISTERS = {
    "She sells seashells": "She sells seashells by the seashore.\nThe shells she sells are surely seashells.",
    "Peter Piper": (
        "Peter Piper picked a peck of pickled peppers.\nA peck of pickled peppers Peter Piper picked.\n"
        "If Peter Piper picked a peck of pickled peppers,\nwhere's the peck of pickled peppers Peter Piper picked?"
    ),
    "How much wood": (
        "How much wood would a woodchuck chuck if a woodchuck could chuck wood?\n"
        "A woodchuck would chuck as much wood as a woodchuck could chuck if a woodchuck could chuck wood."
    ),
    "Betty Botter": (
        "Betty Botter bought some butter,\nbut, she said, the butter's bitter;\nif I put it in my batter,\n"
        "it will make my batter bitter,\nbut a bit of better butter\nwill make my batter better."
    ),
    "Fuzzy Wuzzy": "Fuzzy Wuzzy was a bear.\nFuzzy Wuzzy had no hair.\nFuzzy Wuzzy wasn't fuzzy, was he?",
    "I scream": "I scream, you scream, we all scream for ice cream!",
    "Red lorry": "Red lorry, yellow lorry, red lorry, yellow lorry.",
    "Unique New York": "Unique New York, unique New York, you know you need unique New York.",
    "Toy boat": "Toy boat. Toy boat. Toy boat.",
    "Six slippery snails": "Six slippery snails slid slowly seaward.",
}
ALLITERATION = {
    "B": ("Bella", "brave", "baker", "baked", "big blueberry buns"),
    "C": ("Cora", "clever", "cook", "cooked", "crunchy carrot cakes"),
    "D": ("Dan", "daring", "diver", "dug up", "dozens of dusty dishes"),
    "F": ("Fred", "friendly", "farmer", "fed", "five fluffy ferrets"),
    "G": ("Greta", "giggling", "gardener", "grew", "green gooseberries"),
    "M": ("Milo", "merry", "miller", "made", "marvellous muffins"),
    "P": ("Polly", "polite", "painter", "painted", "purple parrots"),
    "S": ("Sam", "sleepy", "sailor", "sold", "seven silver spoons"),
    "T": ("Tina", "tiny", "tailor", "tied", "twelve tangled ties"),
    "W": ("Will", "wise", "weaver", "wove", "woolly white wraps"),
}


def en_tongue_twister(rng: random.Random) -> Rec:
    r = rng.random()
    if r < 0.35:
        name = _p(rng, sorted(EN_TWISTERS))
        return _rec(f"Write out the tongue twister that begins '{name}'.", EN_TWISTERS[name])
    if r < 0.65:
        name = _p(rng, sorted(EN_TWISTERS))
        n = rng.randint(2, 4)
        word = {2: "twice", 3: "three times", 4: "four times"}[n]
        text = EN_TWISTERS[name].replace("\n", " ")
        return _rec(
            f"Write the tongue twister '{name}' {word}, one per line, for a speech warm-up.", "\n".join([text] * n)
        )
    letter = _p(rng, sorted(ALLITERATION))
    name, adj, role, verb, obj = ALLITERATION[letter]
    out = f"{adj.capitalize()} {role} {name} {verb} {obj}.\n{obj.capitalize()} {adj} {role} {name} {verb}!"
    return _rec(f"Make up a short tongue twister in which most words start with the letter {letter}.", out)


ZH_TWISTERS = {
    "四和十": ("平翘舌", "四是四，十是十，十四是十四，四十是四十。谁能说准四十、十四、四十四，谁来试一试。"),
    "吃葡萄": ("p音", "吃葡萄不吐葡萄皮，不吃葡萄倒吐葡萄皮。"),
    "八百标兵": ("b和p", "八百标兵奔北坡，炮兵并排北边跑。炮兵怕把标兵碰，标兵怕碰炮兵炮。"),
    "红凤凰": ("f和h", "红凤凰，粉凤凰，红粉凤凰花凤凰。"),
    "黑化肥": ("f和h", "黑化肥发灰，灰化肥发黑。黑化肥发灰会挥发，灰化肥挥发会发黑。"),
    "扁担和板凳": (
        "前后鼻音",
        "扁担长，板凳宽，扁担没有板凳宽，板凳没有扁担长。扁担要绑在板凳上，板凳不让扁担绑在板凳上。",
    ),
    "牛郎恋刘娘": ("n和l", "牛郎年年恋刘娘，刘娘年年念牛郎。"),
    "妈妈骑马": ("声调", "妈妈骑马，马慢，妈妈骂马。"),
    "鹅过河": (
        "e音",
        "哥哥弟弟坡前坐，坡上卧着一只鹅，坡下流着一条河。哥哥说：宽宽的河。弟弟说：白白的鹅。鹅要过河，河要渡鹅。不知是鹅过河，还是河渡鹅。",
    ),
    "石狮子": ("平翘舌", "山前有四十四棵死涩柿子树，山后有四十四只石狮子。"),
}


def zh_tongue_twister(rng: random.Random) -> Rec:
    title = _p(rng, sorted(ZH_TWISTERS))
    point, text = ZH_TWISTERS[title]
    r = rng.random()
    if r < 0.35:
        return _rec(f"写出绕口令《{title}》的全文。", text)
    if r < 0.7:
        n = rng.randint(2, 4)
        cn = "两三四"[n - 2]
        return _rec(f"把绕口令《{title}》连写{cn}遍，每遍一行，方便我练习。", "\n".join([text] * n))
    return _rec(f"推荐一段练习{point}的绕口令，直接写出内容，标题用书名号。", f"《{title}》\n{text}")


# ------------------------------------------------------------------------------------- spelling drills

SPELL_WORDS = [
    "necessary", "rhythm", "embarrass", "accommodate", "separate", "definitely", "conscience", "occurrence",
    "millennium", "questionnaire", "mischievous", "February", "Wednesday", "restaurant", "recommend",
    "beginning", "tomorrow", "calendar", "independent", "government", "library", "receive", "believe",
    "weird", "privilege", "pronunciation", "vacuum", "guarantee", "colleague", "maintenance",
]  # fmt: skip
NATO = {
    "a": "Alfa", "b": "Bravo", "c": "Charlie", "d": "Delta", "e": "Echo", "f": "Foxtrot", "g": "Golf",
    "h": "Hotel", "i": "India", "j": "Juliett", "k": "Kilo", "l": "Lima", "m": "Mike", "n": "November",
    "o": "Oscar", "p": "Papa", "q": "Quebec", "r": "Romeo", "s": "Sierra", "t": "Tango", "u": "Uniform",
    "v": "Victor", "w": "Whiskey", "x": "X-ray", "y": "Yankee", "z": "Zulu",
}  # fmt: skip


def en_spelling(rng: random.Random) -> Rec:
    w = _p(rng, SPELL_WORDS)
    r = rng.random()
    if r < 0.3:
        return _rec(f"Spell the word '{w}' letter by letter in capitals, separated by hyphens.", "-".join(w.upper()))
    if r < 0.5:
        return _rec(f"Spell '{w}' out with a space between the letters.", " ".join(w.lower()))
    if r < 0.75:
        n = rng.randint(4, 8)
        return _rec(f"Write the word '{w}' {n} times, one per line, for spelling practice.", "\n".join([w] * n))
    return _rec(f"Spell '{w}' using the NATO phonetic alphabet.", " ".join(NATO[c] for c in w.lower()))


ZU_CI = {
    "学": ["学习", "学生", "学校", "同学", "科学"],
    "春": ["春天", "春风", "春节", "春雨", "青春"],
    "花": ["花朵", "花园", "鲜花", "开花", "花瓣"],
    "水": ["水果", "喝水", "河水", "水平", "雨水"],
    "山": ["高山", "山羊", "火山", "爬山", "山顶"],
    "书": ["书本", "读书", "书包", "图书", "书法"],
    "月": ["月亮", "月饼", "月份", "明月", "岁月"],
    "心": ["开心", "心情", "小心", "爱心", "心脏"],
    "明": ["明天", "光明", "明白", "聪明", "说明"],
    "风": ["风景", "大风", "风筝", "台风", "风车"],
    "火": ["火车", "大火", "火焰", "烟火", "火柴"],
    "雨": ["下雨", "雨伞", "大雨", "雨衣", "雨点"],
    "日": ["日子", "生日", "日记", "节日", "日出"],
    "星": ["星星", "明星", "星空", "火星", "星期"],
    "海": ["大海", "海洋", "海边", "海鸥", "上海"],
}


def zh_spelling(rng: random.Random) -> Rec:
    c = _p(rng, sorted(ZU_CI))
    r = rng.random()
    if r < 0.35:
        n = _p(rng, ["五", "八", "十"])
        k = {"五": 5, "八": 8, "十": 10}[n]
        return _rec(f"请把“{c}”字抄写{n}遍，字与字之间用空格隔开。", " ".join([c] * k))
    if r < 0.7:
        return _rec(f"用“{c}”字组五个词，用顿号隔开。", "、".join(ZU_CI[c]))
    rows = rng.randint(2, 4)
    return _rec(f"练字：把“{c}”字每行写三个，一共写{'两三四'[rows - 2]}行。", "\n".join([c * 3] * rows))


# ------------------------------------------------------------------------------------ encodings asked

MORSE = {
    "A": ".-", "B": "-...", "C": "-.-.", "D": "-..", "E": ".", "F": "..-.", "G": "--.", "H": "....",
    "I": "..", "J": ".---", "K": "-.-", "L": ".-..", "M": "--", "N": "-.", "O": "---", "P": ".--.",
    "Q": "--.-", "R": ".-.", "S": "...", "T": "-", "U": "..-", "V": "...-", "W": ".--", "X": "-..-",
    "Y": "-.--", "Z": "--..", "0": "-----", "1": ".----", "2": "..---", "3": "...--", "4": "....-",
    "5": ".....", "6": "-....", "7": "--...", "8": "---..", "9": "----.",
}  # fmt: skip


def morse(text: str) -> str:
    """International Morse code: letters separated by spaces, words by ' / '."""
    return " / ".join(" ".join(MORSE[c] for c in word.upper()) for word in text.split())


EN_PHRASES = [
    "hello world", "open sesame", "good morning", "data science", "pizza night", "blue sky", "coffee break",
    "happy new year", "thank you", "keep it simple", "see you soon", "fish & chips", "rock and roll",
    "meet at 7", "sunny day", "lunch time", "save our ship", "green tea", "night owl", "big apple",
]  # fmt: skip


def en_encoding(rng: random.Random) -> Rec:
    p = _p(rng, EN_PHRASES)
    kind = rng.randrange(6)
    if kind == 0:
        return _rec(f"Encode the text '{p}' in Base64.", base64.b64encode(p.encode()).decode())
    if kind == 1:
        return _rec(
            f"Convert '{p}' to hexadecimal ASCII codes, separated by spaces.", " ".join(f"{b:02x}" for b in p.encode())
        )
    if kind == 2:
        w = p.split()[0]
        return _rec(
            f"Write '{w}' in 8-bit binary ASCII, one byte per letter, separated by spaces.",
            " ".join(f"{b:08b}" for b in w.encode()),
        )
    if kind == 3:
        return _rec(f"Apply ROT13 to '{p}'.", codecs.encode(p, "rot13"))
    if kind == 4 and "&" not in p:
        return _rec(f"Translate '{p}' into Morse code. Separate letters with spaces and words with a slash.", morse(p))
    return _rec(f"URL-encode the query value '{p}' (spaces as %20).", quote(p, safe=""))


ZH_PHRASES = [
    "你好",
    "中文",
    "北京",
    "早上好",
    "谢谢",
    "数据",
    "春节快乐",
    "人工智能",
    "上海",
    "学习",
    "欢迎光临",
    "天气晴朗",
]
EN_WORDS_FOR_ZH = ["SOS", "HELLO", "CHINA", "TEA", "PANDA", "LOVE", "HELP", "OK"]


def zh_encoding(rng: random.Random) -> Rec:
    p = _p(rng, ZH_PHRASES)
    kind = rng.randrange(6)
    if kind == 0:
        return _rec(f"把“{p}”用Base64编码（UTF-8）。", base64.b64encode(p.encode()).decode())
    if kind == 1:
        return _rec(
            f"写出“{p}”的UTF-8十六进制编码，大写，字节之间用空格隔开。", " ".join(f"{b:02X}" for b in p.encode())
        )
    if kind == 2:
        return _rec(f"把“{p}”转换成\\uXXXX形式的Unicode转义序列。", "".join(f"\\u{ord(c):04x}" for c in p))
    if kind == 3:
        return _rec(f"对“{p}”做URL编码（UTF-8）。", quote(p, safe=""))
    if kind == 4:
        w = _p(rng, EN_WORDS_FOR_ZH)
        return _rec(f"把英文单词{w}翻译成摩尔斯电码，字母之间用空格隔开。", morse(w))
    return _rec(f"把“{p}”转换为HTML十进制数字实体。", "".join(f"&#{ord(c)};" for c in p))


# -------------------------------------------------------------------------------------------- phonetic

IPA = {
    "water": "ˈwɔːtə", "thought": "θɔːt", "through": "θruː", "church": "tʃɜːtʃ", "judge": "dʒʌdʒ",
    "measure": "ˈmeʒə", "ship": "ʃɪp", "sheep": "ʃiːp", "think": "θɪŋk", "this": "ðɪs", "bird": "bɜːd",
    "house": "haʊs", "boy": "bɔɪ", "day": "deɪ", "go": "ɡəʊ", "cat": "kæt", "cup": "kʌp", "car": "kɑː",
    "book": "bʊk", "food": "fuːd", "yes": "jes", "sing": "sɪŋ", "chair": "tʃeə", "near": "nɪə",
    "banana": "bəˈnɑːnə", "photograph": "ˈfəʊtəɡrɑːf", "comfortable": "ˈkʌmftəbl", "vegetable": "ˈvedʒtəbl",
    "language": "ˈlæŋɡwɪdʒ", "knowledge": "ˈnɒlɪdʒ", "Wednesday": "ˈwenzdeɪ", "colonel": "ˈkɜːnl",
}  # fmt: skip
"""British (RP) dictionary transcriptions."""
PAIRS = [("ship", "sheep"), ("think", "this"), ("cat", "cup"), ("book", "food"), ("bird", "car"), ("boy", "day")]


def en_phonetic(rng: random.Random) -> Rec:
    r = rng.random()
    if r < 0.8:
        w = _p(rng, sorted(IPA))
        ask = _p(
            rng,
            [
                "Give the British IPA transcription of '{w}'.",
                "How is '{w}' pronounced in British English? Reply in IPA only.",
            ],
        )
        return _rec(ask.format(w=w), f"/{IPA[w]}/")
    a, b = _p(rng, [f"{x}|{y}" for x, y in PAIRS]).split("|")
    return _rec(f"Write the British IPA for the pair '{a}' and '{b}'.", f"/{IPA[a]}/ – /{IPA[b]}/")


ZHUYIN = {
    "你好": ("ㄋㄧˇ ㄏㄠˇ", "ni3 hao3"), "中国": ("ㄓㄨㄥ ㄍㄨㄛˊ", "zhong1 guo2"), "老师": ("ㄌㄠˇ ㄕ", "lao3 shi1"),
    "电脑": ("ㄉㄧㄢˋ ㄋㄠˇ", "dian4 nao3"), "再见": ("ㄗㄞˋ ㄐㄧㄢˋ", "zai4 jian4"), "音乐": ("ㄧㄣ ㄩㄝˋ", "yin1 yue4"),
    "春天": ("ㄔㄨㄣ ㄊㄧㄢ", "chun1 tian1"), "吃饭": ("ㄔ ㄈㄢˋ", "chi1 fan4"), "日本": ("ㄖˋ ㄅㄣˇ", "ri4 ben3"),
    "大家": ("ㄉㄚˋ ㄐㄧㄚ", "da4 jia1"), "飞机": ("ㄈㄟ ㄐㄧ", "fei1 ji1"), "火车": ("ㄏㄨㄛˇ ㄔㄜ", "huo3 che1"),
    "苹果": ("ㄆㄧㄥˊ ㄍㄨㄛˇ", "ping2 guo3"), "熊猫": ("ㄒㄩㄥˊ ㄇㄠ", "xiong2 mao1"), "长城": ("ㄔㄤˊ ㄔㄥˊ", "chang2 cheng2"),
    "太阳": ("ㄊㄞˋ ㄧㄤˊ", "tai4 yang2"), "天气": ("ㄊㄧㄢ ㄑㄧˋ", "tian1 qi4"), "水果": ("ㄕㄨㄟˇ ㄍㄨㄛˇ", "shui3 guo3"),
    "汉字": ("ㄏㄢˋ ㄗˋ", "han4 zi4"), "书法": ("ㄕㄨ ㄈㄚˇ", "shu1 fa3"),
}  # fmt: skip


def zh_phonetic(rng: random.Random) -> Rec:
    r = rng.random()
    if r < 0.4:
        w = _p(rng, sorted(ZHUYIN))
        return _rec(f"写出“{w}”的注音符号。", ZHUYIN[w][0])
    if r < 0.75:
        w = _p(rng, sorted(ZHUYIN))
        return _rec(f"用数字标调的拼音写出“{w}”，音节之间用空格隔开。", ZHUYIN[w][1])
    w = _p(rng, sorted(IPA))
    return _rec(f"英语单词{w}的英式国际音标怎么写？只写音标。", f"/{IPA[w]}/")


# ------------------------------------------------------------------------------------------ word games

LADDERS = [
    ["cold", "cord", "card", "ward", "warm"],
    ["head", "heal", "teal", "tell", "tall", "tail"],
    ["cat", "cot", "cog", "dog"],
    ["ape", "apt", "opt", "oat", "mat", "man"],
    ["four", "foul", "fool", "foot", "fort", "fore", "fire", "five"],
    ["wheat", "cheat", "cheap", "cheep", "creep", "creed", "breed", "bread"],
    ["black", "slack", "stack", "stalk", "stale", "shale", "whale", "while", "white"],
    ["eye", "dye", "die", "did", "lid"],
    ["pig", "wig", "wag", "way", "say", "sty"],
    ["sick", "silk", "sill", "will", "well"],
    ["less", "loss", "lose", "lore", "more"],
    ["hand", "hard", "card", "cord", "ford", "fort", "foot"],
]
CHAIN_WORDS = {
    "animals": ["tiger", "rabbit", "turtle", "eagle", "elephant", "tapir", "rat", "toad", "dog", "goat", "giraffe",
                "emu", "snake", "eel", "lion", "newt", "trout", "yak", "koala", "ant", "owl", "lynx", "xerus",
                "seal", "llama", "alpaca", "antelope", "horse", "donkey"],
    "countries": ["Canada", "Austria", "Albania", "Algeria", "Angola", "Argentina", "Australia", "Egypt", "Togo",
                  "Oman", "Nepal", "Laos", "Spain", "Norway", "Yemen", "Niger", "Russia", "Italy", "Kenya",
                  "Denmark", "Kuwait", "Tonga", "Nigeria", "Estonia", "Iceland", "Japan", "Chad", "Mexico"],
    "fruits": ["apple", "elderberry", "yuzu", "ugli fruit", "tangerine", "apricot", "tamarind",
               "date", "lime", "lemon", "nectarine", "orange", "grape", "mango", "olive", "kiwi", "ilama"],
}  # fmt: skip


def word_chain(rng: random.Random, words: list[str], n: int) -> list[str] | None:
    """A last-letter chain of n distinct words (each starts with the last letter of the one before)."""
    for _ in range(50):
        chain = [_p(rng, words)]
        while len(chain) < n:
            nxt = [w for w in words if w[0].lower() == chain[-1][-1].lower() and w not in chain]
            if not nxt:
                break
            chain.append(_p(rng, nxt))
        if len(chain) == n:
            return chain
    return None


def en_word_game(rng: random.Random) -> Rec:
    if rng.random() < 0.45:
        lad = LADDERS[rng.randrange(len(LADDERS))]
        if rng.random() < 0.5:
            return _rec(
                f"Give a word ladder from {lad[0].upper()} to {lad[-1].upper()}, changing one letter at a time.",
                " → ".join(w.upper() for w in lad),
            )
        return _rec(
            f"Word ladder: get from '{lad[0]}' to '{lad[-1]}' one letter at a time, one word per line.", "\n".join(lad)
        )
    topic = _p(rng, sorted(CHAIN_WORDS))
    n = rng.randint(5, 8)
    chain = word_chain(rng, CHAIN_WORDS[topic], n)
    if chain is None:
        return en_word_game(rng)
    return _rec(
        f"Play a word chain with {topic}: each one must start with the last letter of the previous one. Give {n}.",
        _p(rng, [" → ", ", ", " - "]).join(chain),
    )


IDIOM_CHAINS = [
    ["一心一意", "意气风发", "发扬光大", "大显身手", "手到擒来", "来日方长", "长年累月", "月明星稀"],
    ["画蛇添足", "足智多谋", "谋事在人", "人山人海", "海阔天空", "空前绝后", "后来居上", "上下一心"],
    ["心想事成", "成千上万", "万紫千红", "红红火火", "火上浇油", "油腔滑调", "调虎离山", "山高水长"],
    ["天长地久", "久别重逢", "逢凶化吉", "吉祥如意", "意味深长", "长驱直入", "入木三分", "分秒必争"],
    ["争先恐后", "后起之秀", "秀色可餐", "餐风饮露", "露出马脚", "脚踏实地", "地大物博", "博学多才"],
    ["以逸待劳", "劳苦功高", "高山流水", "水落石出", "出类拔萃"],
    ["四海为家", "家喻户晓", "晓之以理", "理所当然"],
]


def zh_word_game(rng: random.Random) -> Rec:
    chain = IDIOM_CHAINS[rng.randrange(len(IDIOM_CHAINS))]
    start = rng.randrange(len(chain) - 3)
    n = rng.randint(3, len(chain) - start - 1)
    part = chain[start : start + n + 1]
    fmt = rng.randrange(3)
    if fmt == 0:
        return _rec(f"以“{part[0]}”开头玩成语接龙，往下接{n}个。", " → ".join(part))
    if fmt == 1:
        return _rec(f"成语接龙：从“{part[0]}”开始，接{n}个成语，用顿号隔开。", "、".join(part))
    lines = "\n".join(f"{i}. {w}" for i, w in enumerate(part, 1))
    return _rec(f"请从“{part[0]}”开始进行成语接龙，连同第一个共写{n + 1}个，编号列出。", lines)


# ------------------------------------------------------------------------------------------- numbers


def _primes_below(m: int) -> list[int]:
    return [k for k in range(2, m) if all(k % d for d in range(2, int(k**0.5) + 1))]


def _fib(n: int) -> list[int]:
    out = [0, 1]
    while len(out) < n:
        out.append(out[-1] + out[-2])
    return out[:n]


def en_number_series(rng: random.Random) -> Rec:
    kind = rng.randrange(6)
    if kind == 0:
        n = rng.randint(8, 16)
        return _rec(f"List the powers of 2 from 2^1 to 2^{n}.", "\n".join(f"2^{k} = {2**k}" for k in range(1, n + 1)))
    if kind == 1:
        m = _p(rng, ["50", "60", "80", "100"])
        lines = [f"{c} °C = {c * 9 // 5 + 32} °F" for c in range(0, int(m) + 1, 10)]
        return _rec(f"Make a Celsius to Fahrenheit table from 0 to {m} °C in steps of 10.", "\n".join(lines))
    if kind == 2:
        n = rng.randint(10, 20)
        return _rec(f"List the first {n} Fibonacci numbers, starting from 0.", ", ".join(map(str, _fib(n))))
    if kind == 3:
        m = _p(rng, ["30", "50", "60", "100"])
        return _rec(f"List all prime numbers below {m}.", ", ".join(map(str, _primes_below(int(m)))))
    if kind == 4:
        n = rng.randint(8, 15)
        return _rec(
            f"Give the squares of the whole numbers 1 to {n}, one per line.",
            "\n".join(f"{k}² = {k * k}" for k in range(1, n + 1)),
        )
    a, s = rng.randint(1, 9), _p(rng, ["3", "4", "5", "7", "25"])
    b = a + int(s) * rng.randint(8, 14)
    return _rec(f"Count from {a} to {b} in steps of {s}.", ", ".join(str(k) for k in range(a, b + 1, int(s))))


def zh_number_series(rng: random.Random) -> Rec:
    kind = rng.randrange(6)
    if kind == 0:
        n = rng.randint(8, 16)
        return _rec(f"列出2的1次方到{n}次方。", "\n".join(f"2^{k} = {2**k}" for k in range(1, n + 1)))
    if kind == 1:
        m = _p(rng, ["50", "60", "80", "100"])
        lines = [f"{c}℃ = {c * 9 // 5 + 32}℉" for c in range(0, int(m) + 1, 10)]
        return _rec(f"把0到{m}摄氏度（每隔10度）换算成华氏度，列成表。", "\n".join(lines))
    if kind == 2:
        n = rng.randint(10, 20)
        return _rec(f"写出斐波那契数列的前{n}项（从0开始），用逗号隔开。", "，".join(map(str, _fib(n))))
    if kind == 3:
        m = _p(rng, ["30", "50", "60", "100"])
        return _rec(f"列出{m}以内的所有质数。", "、".join(map(str, _primes_below(int(m)))))
    if kind == 4:
        n = rng.randint(8, 15)
        return _rec(f"列出1到{n}每个数的平方，每行一个。", "\n".join(f"{k}² = {k * k}" for k in range(1, n + 1)))
    a, s = rng.randint(1, 9), _p(rng, ["3", "4", "5", "7", "25"])
    b = a + int(s) * rng.randint(8, 14)
    return _rec(f"从{a}开始，每次加{s}，一直写到{b}。", "，".join(str(k) for k in range(a, b + 1, int(s))))


# ------------------------------------------------------------------------------------- config files

SERVICES = [
    ("postgres", "postgres:15", 5432),
    ("redis", "redis:7", 6379),
    ("mysql", "mysql:8.0", 3306),
    ("mongo", "mongo:6", 27017),
]


def _compose(rng: random.Random) -> tuple[str, str]:
    name, image, port = SERVICES[rng.randrange(len(SERVICES))]
    host = rng.choice([port, port + 1, port + 10])
    env = {
        "postgres": "      POSTGRES_PASSWORD: example\n",
        "mysql": "      MYSQL_ROOT_PASSWORD: example\n",
        "redis": "",
        "mongo": "      MONGO_INITDB_ROOT_USERNAME: root\n      MONGO_INITDB_ROOT_PASSWORD: example\n",
    }[name]
    env_block = f"    environment:\n{env}" if env else ""
    yml = (
        f"services:\n  {name}:\n    image: {image}\n    restart: unless-stopped\n    ports:\n"
        f'      - "{host}:{port}"\n{env_block}    volumes:\n      - {name}-data:/data\n\nvolumes:\n  {name}-data:'
    )
    return f"{name}|{host}", yml


def _nginx(rng: random.Random) -> tuple[str, str]:
    domain = _p(rng, ["example.com", "app.example.org", "shop.example.net", "blog.example.com"])
    port = _p(rng, ["3000", "5000", "8000", "8080"])
    conf = (
        "server {\n    listen 80;\n    server_name " + domain + ";\n\n    location / {\n"
        f"        proxy_pass http://127.0.0.1:{port};\n        proxy_set_header Host $host;\n"
        "        proxy_set_header X-Real-IP $remote_addr;\n        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n"
        "    }\n}"
    )
    return f"{domain}|{port}", conf


def _pyproject(rng: random.Random) -> tuple[str, str]:
    name = _p(rng, ["tinytools", "weatherlog", "csvclean", "pagecount", "notecli"])
    ver = _p(rng, ["0.1.0", "0.2.0", "1.0.0"])
    py = _p(rng, ["3.10", "3.11", "3.12"])
    toml = (
        '[build-system]\nrequires = ["setuptools>=68"]\nbuild-backend = "setuptools.build_meta"\n\n'
        f'[project]\nname = "{name}"\nversion = "{ver}"\nrequires-python = ">={py}"\ndependencies = []'
    )
    return f"{name}|{ver}|{py}", toml


def _http_head(rng: random.Random) -> tuple[str, str]:
    code = _p(rng, ["200 OK", "201 Created", "404 Not Found"])
    n = rng.randint(40, 400)
    head = (
        f"HTTP/1.1 {code}\nContent-Type: application/json; charset=utf-8\nContent-Length: {n}\n"
        "Cache-Control: no-store\nX-Request-Id: 3f2a9c1e"
    )
    if code.startswith("201"):
        head += "\nLocation: /api/items/42"
    return code, head


def _editorconfig(rng: random.Random) -> tuple[str, str]:
    n = _p(rng, ["2", "4"])
    eol = _p(rng, ["lf", "crlf"])
    conf = (
        "root = true\n\n[*]\ncharset = utf-8\n"
        f"end_of_line = {eol}\nindent_style = space\nindent_size = {n}\ninsert_final_newline = true\n"
        "trim_trailing_whitespace = true\n\n[*.md]\ntrim_trailing_whitespace = false"
    )
    return f"{n}|{eol}", conf


def en_config(rng: random.Random) -> Rec:
    kind = rng.randrange(5)
    if kind == 0:
        key, text = _compose(rng)
        name, host = key.split("|")
        return _rec(f"Write a docker-compose.yml that runs {name} and publishes it on host port {host}.", text)
    if kind == 1:
        key, text = _nginx(rng)
        domain, port = key.split("|")
        return _rec(f"Write an nginx server block that proxies {domain} to an app listening on port {port}.", text)
    if kind == 2:
        key, text = _pyproject(rng)
        name, ver, py = key.split("|")
        return _rec(
            f"Write a minimal pyproject.toml for a package called {name}, version {ver}, Python {py} or newer.", text
        )
    if kind == 3:
        code, text = _http_head(rng)
        return _rec(
            f"Show an example raw HTTP response head (status line and headers only) for a JSON API answering {code}.",
            text,
        )
    key, text = _editorconfig(rng)
    n, eol = key.split("|")
    return _rec(f"Write an .editorconfig with {n}-space indentation and {eol.upper()} line endings.", text)


def zh_config(rng: random.Random) -> Rec:
    kind = rng.randrange(5)
    if kind == 0:
        key, text = _compose(rng)
        name, host = key.split("|")
        return _rec(f"写一个docker-compose.yml，运行{name}，映射到宿主机的{host}端口。", text)
    if kind == 1:
        key, text = _nginx(rng)
        domain, port = key.split("|")
        return _rec(f"写一段nginx配置，把{domain}的请求反向代理到本机{port}端口的应用。", text)
    if kind == 2:
        key, text = _pyproject(rng)
        name, ver, py = key.split("|")
        return _rec(f"给名为{name}的Python包写一个最小的pyproject.toml，版本{ver}，要求Python {py}及以上。", text)
    if kind == 3:
        code, text = _http_head(rng)
        return _rec(f"给出一个JSON接口返回{code}时的原始HTTP响应头示例（只要状态行和头部）。", text)
    key, text = _editorconfig(rng)
    n, eol = key.split("|")
    return _rec(f"写一个.editorconfig：缩进用{n}个空格，换行符用{eol.upper()}。", text)


# ------------------------------------------------------------------------------------- regex tables

REGEX_CASES = [
    (r"^\d{3}-\d{4}$", ["555-1234", "5551234", "555-12345", "123-0000", "55-51234", "abc-defg"]),
    (r"^[A-Z][a-z]+$", ["Paris", "paris", "PARIS", "Oslo", "O", "New York"]),
    (r"^#[0-9a-fA-F]{6}$", ["#ff8800", "#FFF", "ff8800", "#12AB9z", "#A0B1C2", "#0000000"]),
    (r"^[\w.]+@\w+\.com$", ["ana@mail.com", "ana.b@mail.com", "ana@mail.org", "@mail.com", "ana@mail.co", "bo@x.com"]),
    (r"^(19|20)\d{2}$", ["1999", "2024", "1899", "20245", "2100", "1905"]),
    (r"^[01]+$", ["1010", "0000", "1021", "", "111111", "10 1"]),
    (r"^\d+(\.\d{1,2})?$", ["12", "12.5", "12.50", "12.505", ".5", "7."]),
    (r"^(cat|dog)s?$", ["cat", "dogs", "cats", "catdog", "Dog", "dogss"]),
    (r"^[a-z]{3,5}$", ["abc", "abcdef", "ab", "hello", "Hey", "tree"]),
    (r"^\d{4}-\d{2}-\d{2}$", ["2024-03-15", "2024-3-15", "24-03-15", "2024/03/15", "1999-12-31", "2024-03-155"]),
]
ZH_REGEX_CASES = [
    (r"^[\u4e00-\u9fa5]{2,4}$", ["张三", "李小龙", "欧阳明月好", "王", "Tom", "赵一二三"]),
    (r"^1[3-9]\d{9}$", ["13800138000", "12800138000", "1380013800", "19912345678", "138001380001", "15012345678"]),
    (r"^\d{6}$", ["100000", "20000", "5100001", "310000", "abcdef", "200 00"]),
    *REGEX_CASES[:4],
    REGEX_CASES[9],
]


def _regex_table(rng: random.Random, cases: list[tuple[str, list[str]]], yes: str, no: str) -> tuple[str, str, str]:
    rx, cands = cases[rng.randrange(len(cases))]
    picked = rng.sample([c for c in cands if c], rng.randint(4, 5))
    lines = [f"{c} {yes if re.fullmatch(rx, c) else no}" for c in picked]
    return rx, "\n".join(picked), "\n".join(lines)


def en_match_table(rng: random.Random) -> Rec:
    rx, inp, out = _regex_table(rng, REGEX_CASES, "✓", "✗")
    return _rec(f"For each string in the input, mark whether it fully matches the regex {rx} with ✓ or ✗.", out, inp)


def zh_match_table(rng: random.Random) -> Rec:
    rx, inp, out = _regex_table(rng, ZH_REGEX_CASES, "✓", "✗")
    return _rec(f"判断输入中的每个字符串是否完全匹配正则表达式 {rx}，匹配的标✓，不匹配的标✗。", out, inp)


# ----------------------------------------------------------------------------------------- checklists

EN_CHECKLISTS = {
    "a beach holiday": ["Swimsuit", "Sunscreen", "Sunglasses", "Beach towel", "Flip-flops", "Hat", "Water bottle", "Book"],
    "a camping weekend": ["Tent", "Sleeping bag", "Sleeping mat", "Head torch", "Camping stove", "Matches", "First-aid kit", "Rain jacket"],
    "a ski trip": ["Ski jacket", "Ski trousers", "Thermal layers", "Gloves", "Goggles", "Helmet", "Lip balm", "Lift pass"],
    "a business trip": ["Laptop", "Charger", "Passport", "Business cards", "Suit", "Notebook", "Travel adapter", "Boarding pass"],
    "moving house": ["Book the van", "Buy boxes", "Label every box", "Redirect post", "Take meter readings", "Pack a first-night bag", "Return the keys", "Update your address"],
    "a hospital bag for a new baby": ["Baby vest", "Sleepsuits", "Nappies", "Muslin cloths", "Car seat", "Dressing gown", "Phone charger", "Snacks"],
    "a job interview": ["Copy of your CV", "Directions to the office", "Questions to ask", "Smart outfit", "Pen", "Notebook", "Portfolio", "Arrive ten minutes early"],
    "a day hike": ["Walking boots", "Map", "Water", "Snacks", "Waterproof jacket", "Sun cream", "Phone", "Whistle"],
}  # fmt: skip


def en_checklist(rng: random.Random) -> Rec:
    topic = _p(rng, sorted(EN_CHECKLISTS))
    n = rng.randint(5, 8)
    items = EN_CHECKLISTS[topic][:n]
    box = rng.randrange(3)
    if box == 0:
        return _rec(f"Make a markdown checkbox list of {n} things for {topic}.", "\n".join(f"- [ ] {x}" for x in items))
    if box == 1:
        return _rec(
            f"Give me a printable {n}-item checklist for {topic}, using ☐ boxes.", "\n".join(f"☐ {x}" for x in items)
        )
    k = rng.randint(1, 3)
    lines = [f"- [{'x' if i < k else ' '}] {x}" for i, x in enumerate(items)]
    return _rec(f"Write a {n}-item markdown checklist for {topic} with the first {k} already ticked.", "\n".join(lines))


ZH_CHECKLISTS = {
    "海边度假": ["泳衣", "防晒霜", "墨镜", "沙滩巾", "拖鞋", "遮阳帽", "水杯", "充电宝"],
    "周末露营": ["帐篷", "睡袋", "防潮垫", "头灯", "卡式炉", "打火机", "急救包", "雨衣"],
    "出差": ["笔记本电脑", "充电器", "身份证", "名片", "正装", "笔记本", "转换插头", "登机牌"],
    "搬家": ["预约搬家公司", "买纸箱", "给纸箱贴标签", "办理宽带迁移", "抄水电表", "准备第一晚用品", "交还旧钥匙", "更新收货地址"],
    "待产包": ["婴儿衣服", "纸尿裤", "隔尿垫", "产妇卫生巾", "保温杯", "拖鞋", "身份证和医保卡", "充电器"],
    "开学": ["书包", "文具盒", "作业本", "校服", "水杯", "课程表", "饭卡", "雨伞"],
    "面试": ["打印简历", "查好路线", "准备自我介绍", "正装", "笔", "作品集", "身份证", "提前十分钟到达"],
    "春节回家": ["火车票", "给长辈的礼物", "红包", "充电宝", "换洗衣物", "身份证", "零食", "保温杯"],
}  # fmt: skip


def zh_checklist(rng: random.Random) -> Rec:
    topic = _p(rng, sorted(ZH_CHECKLISTS))
    n = rng.randint(5, 8)
    items = ZH_CHECKLISTS[topic][:n]
    box = rng.randrange(3)
    if box == 0:
        return _rec(f"用markdown复选框列一份{topic}的清单，共{n}项。", "\n".join(f"- [ ] {x}" for x in items))
    if box == 1:
        return _rec(f"帮我列一个{topic}要带的东西，{n}项，每项前面用☐。", "\n".join(f"☐ {x}" for x in items))
    k = rng.randint(1, 3)
    lines = [f"- [{'x' if i < k else ' '}] {x}" for i, x in enumerate(items)]
    return _rec(f"写一个{topic}的{n}项markdown待办清单，前{k}项标为已完成。", "\n".join(lines))


# ------------------------------------------------------------------------------------- repeat asked

EN_LINES = [
    "I will not talk in class.",
    "I will finish my homework on time.",
    "Practice makes perfect.",
    "I will not run in the corridor.",
    "Every day is a fresh start.",
    "I can do hard things.",
]
EN_WORDS_REPEAT = ["hooray", "hello", "knock", "bravo", "cheers", "la"]


def en_repeat(rng: random.Random) -> Rec:
    n = rng.randint(3, 12)
    r = rng.random()
    if r < 0.5:
        s = _p(rng, EN_LINES)
        return _rec(f"Write the sentence '{s}' {n} times, one per line.", "\n".join([s] * n))
    if r < 0.75:
        w = _p(rng, EN_WORDS_REPEAT)
        return _rec(f"Repeat the word '{w}' {n} times, separated by commas.", ", ".join([w] * n))
    return _rec(f"Say 'happy birthday' {n} times in a row.", " ".join(["Happy birthday!"] * n))


ZH_LINES = ["我爱学习。", "上课不讲话。", "新年快乐！", "加油！", "好好学习，天天向上。", "我会按时完成作业。"]
ZH_WORDS_REPEAT = ["谢谢", "加油", "恭喜", "你好", "哈哈"]
CN_NUM = "零一二三四五六七八九十"


def _cn(n: int) -> str:
    return CN_NUM[n] if n <= 10 else "十" + CN_NUM[n - 10]


def zh_repeat(rng: random.Random) -> Rec:
    n = rng.randint(3, 12)
    if rng.random() < 0.55:
        s = _p(rng, ZH_LINES)
        return _rec(f"把“{s}”这句话重复写{_cn(n)}遍，每遍一行。", "\n".join([s] * n))
    w = _p(rng, ZH_WORDS_REPEAT)
    return _rec(f"请把“{w}”连说{n}遍，中间用逗号隔开。", "，".join([w] * n))


# ------------------------------------------------------------------------------------------ notation

CHESS = {
    "the Ruy Lopez": "1. e4 e5 2. Nf3 Nc6 3. Bb5",
    "the Italian Game": "1. e4 e5 2. Nf3 Nc6 3. Bc4",
    "the Sicilian Defence": "1. e4 c5",
    "the French Defence": "1. e4 e6",
    "the Caro-Kann Defence": "1. e4 c6",
    "the Scandinavian Defence": "1. e4 d5",
    "the Queen's Gambit": "1. d4 d5 2. c4",
    "the King's Indian Defence": "1. d4 Nf6 2. c4 g6",
    "the English Opening": "1. c4",
    "Scholar's Mate": "1. e4 e5 2. Bc4 Nc6 3. Qh5 Nf6 4. Qxf7#",
    "Fool's Mate": "1. f3 e5 2. g4 Qh4#",
    "the King's Gambit": "1. e4 e5 2. f4",
}
CHORDS = {
    "C": "x32010",
    "G": "320003",
    "D": "xx0232",
    "A": "x02220",
    "E": "022100",
    "Am": "x02210",
    "Em": "022000",
    "Dm": "xx0231",
    "F": "133211",
}
SCALES = {
    "C major": "C D E F G A B C",
    "G major": "G A B C D E F# G",
    "D major": "D E F# G A B C# D",
    "F major": "F G A Bb C D E F",
    "A natural minor": "A B C D E F G A",
    "E natural minor": "E F# G A B C D E",
}
TUNES = {
    "Twinkle, Twinkle, Little Star": "C C G G A A G\nF F E E D D C\nG G F F E E D\nG G F F E E D\nC C G G A A G\nF F E E D D C",
    "Mary Had a Little Lamb": "E D C D E E E\nD D D\nE G G\nE D C D E E E\nE D D E D C",
    "Ode to Joy": "E E F G G F E D\nC C D E E D D\nE E F G G F E D\nC C D E D C C",
}


def en_notation(rng: random.Random) -> Rec:
    kind = rng.randrange(4)
    if kind == 0:
        name = _p(rng, sorted(CHESS))
        return _rec(f"Give the moves of {name} in algebraic chess notation, nothing else.", CHESS[name])
    if kind == 1:
        c = _p(rng, sorted(CHORDS))
        return _rec(
            f"Give the open guitar chord shape for {c} in standard tuning, low E string to high e, as six characters.",
            CHORDS[c],
        )
    if kind == 2:
        s = _p(rng, sorted(SCALES))
        return _rec(f"Write the notes of the {s} scale, ascending, one octave.", SCALES[s])
    t = _p(rng, sorted(TUNES))
    return _rec(f"Write the melody of '{t}' as note letters in C, one phrase per line.", TUNES[t])


JIANPU = {
    "小星星": "1 1 5 5 | 6 6 5 - | 4 4 3 3 | 2 2 1 - |\n5 5 4 4 | 3 3 2 - | 5 5 4 4 | 3 3 2 - |\n1 1 5 5 | 6 6 5 - | 4 4 3 3 | 2 2 1 - |",
    "两只老虎": "1 2 3 1 | 1 2 3 1 | 3 4 5 - | 3 4 5 - |\n5 6 5 4 3 1 | 5 6 5 4 3 1 | 1 5 1 - | 1 5 1 - |",
    "欢乐颂": "3 3 4 5 | 5 4 3 2 | 1 1 2 3 | 3 2 2 - |\n3 3 4 5 | 5 4 3 2 | 1 1 2 3 | 2 1 1 - |",
    "玛丽有只小羊羔": "3 2 1 2 | 3 3 3 - | 2 2 2 - | 3 5 5 - |\n3 2 1 2 | 3 3 3 3 | 2 2 3 2 | 1 - - - |",
}
XIANGQI = {
    "中炮": "炮二平五",
    "仙人指路": "兵七进一",
    "飞相局": "相三进五",
    "起马局": "马二进三",
    "过宫炮": "炮二平六",
    "顺炮": "1. 炮二平五 炮8平5",
    "中炮对屏风马": "1. 炮二平五 马8进7\n2. 马二进三 车9平8",
}
ZH_CHESS_NAMES = {
    "the Ruy Lopez": "西班牙开局",
    "the Italian Game": "意大利开局",
    "the Sicilian Defence": "西西里防御",
    "the French Defence": "法兰西防御",
    "the Caro-Kann Defence": "卡罗-康防御",
    "the Scandinavian Defence": "斯堪的纳维亚防御",
    "the Queen's Gambit": "后翼弃兵",
    "the King's Indian Defence": "古印度防御",
    "the English Opening": "英国式开局",
    "Scholar's Mate": "学者将杀（四步杀）",
    "Fool's Mate": "愚人将杀（两步杀）",
    "the King's Gambit": "王翼弃兵",
}
ZH_SCALES = {
    "C大调": "C D E F G A B C",
    "G大调": "G A B C D E F# G",
    "D大调": "D E F# G A B C# D",
    "F大调": "F G A Bb C D E F",
}


def zh_notation(rng: random.Random) -> Rec:
    kind = rng.randrange(5)
    if kind == 0:
        t = _p(rng, sorted(JIANPU))
        return _rec(f"写出儿歌《{t}》的简谱（C调，只写数字和小节线）。", JIANPU[t])
    if kind == 1:
        name = _p(rng, sorted(XIANGQI))
        return _rec(f"中国象棋“{name}”开局的第一步（或前几步）怎么记？只写着法。", XIANGQI[name])
    if kind == 2:
        c = _p(rng, sorted(CHORDS))
        return _rec(f"吉他{c}和弦的指法是什么？按6弦到1弦的顺序写，空弦写0，不弹写x。", CHORDS[c])
    if kind == 3:
        name = _p(rng, sorted(CHESS))
        return _rec(f"用代数记谱法写出国际象棋“{ZH_CHESS_NAMES[name]}”的着法，不要解释。", CHESS[name])
    s = _p(rng, sorted(ZH_SCALES))
    return _rec(f"写出{s}音阶的音名（上行一个八度）。", ZH_SCALES[s])


# ------------------------------------------------------------------------------------------- hashtags

EN_TAGS = {
    "a mountain hike": ["#hiking", "#mountains", "#trailrunning", "#naturelovers", "#getoutside", "#summitviews", "#hikingadventures", "#outdoorlife", "#wanderlust", "#weekendhike"],
    "baking sourdough": ["#sourdough", "#breadbaking", "#homebaker", "#realbread", "#sourdoughstarter", "#bakingfromscratch", "#crumbshot", "#naturallyleavened", "#bread", "#bakersofinstagram"],
    "a new puppy": ["#puppy", "#puppylove", "#newpuppy", "#dogsofinstagram", "#puppiesofinstagram", "#doglife", "#furbaby", "#puppytraining", "#cutepuppy", "#adoptdontshop"],
    "marathon training": ["#marathontraining", "#running", "#runnersofinstagram", "#longrun", "#runningcommunity", "#roadto42k", "#marathoner", "#trainingday", "#runhappy", "#milesandmiles"],
    "a coffee shop opening": ["#coffeeshop", "#grandopening", "#specialtycoffee", "#latteart", "#coffeelover", "#shoplocal", "#newcafe", "#coffeetime", "#baristalife", "#supportsmallbusiness"],
    "a book club meeting": ["#bookclub", "#bookstagram", "#amreading", "#booklover", "#readersofinstagram", "#bookdiscussion", "#currentlyreading", "#booknerd", "#readingcommunity", "#monthlyread"],
    "a home vegetable garden": ["#vegetablegarden", "#growyourown", "#gardening", "#homegrown", "#gardenlife", "#raisedbeds", "#organicgardening", "#urbangarden", "#harvest", "#plantlover"],
    "a vegan recipe": ["#vegan", "#veganrecipes", "#plantbased", "#veganfood", "#whatveganseat", "#healthyeating", "#meatfree", "#vegancooking", "#easyrecipes", "#crueltyfree"],
}  # fmt: skip


def en_hashtags(rng: random.Random) -> Rec:
    topic = _p(rng, sorted(EN_TAGS))
    n = rng.randint(5, 10)
    tags = EN_TAGS[topic][:n]
    sep = _p(rng, [" ", "\n"])
    return _rec(f"Suggest {n} hashtags for an Instagram post about {topic}.", sep.join(tags))


ZH_TAGS = {
    "周末露营": ["露营", "周末去哪儿", "户外生活", "精致露营", "露营装备", "亲近自然", "帐篷", "城市周边游", "野餐", "治愈系风景"],
    "家常菜做法": ["家常菜", "美食教程", "下饭菜", "今天吃什么", "厨房小白", "快手菜", "一人食", "妈妈的味道", "做饭日记", "美食分享"],
    "考研备考": ["考研", "考研日常", "学习打卡", "备考", "自律", "图书馆", "考研英语", "上岸", "学习方法", "时间管理"],
    "新养的小猫": ["猫咪", "新手养猫", "萌宠", "小奶猫", "铲屎官", "吸猫", "猫咪日常", "养猫攻略", "宠物用品", "治愈"],
    "春节年夜饭": ["年夜饭", "春节", "过年", "团圆饭", "新年快乐", "家的味道", "年味", "除夕", "美食", "家宴"],
    "读书笔记": ["读书笔记", "好书推荐", "阅读", "书单", "读书打卡", "每天读书", "书摘", "自我提升", "阅读分享", "文学"],
}  # fmt: skip


def zh_hashtags(rng: random.Random) -> Rec:
    topic = _p(rng, sorted(ZH_TAGS))
    n = rng.randint(5, 10)
    tags = ZH_TAGS[topic][:n]
    if rng.random() < 0.6:
        return _rec(f"给一条关于{topic}的小红书笔记配{n}个话题标签。", " ".join(f"#{t}" for t in tags))
    return _rec(f"给一条关于{topic}的微博配{n}个话题，用微博的#话题#格式。", " ".join(f"#{t}#" for t in tags))


# ----------------------------------------------------------------------------------------- answer keys

LETTERS = "ABCD"


def _mc_quiz(rng: random.Random, n: int, zh: bool) -> tuple[str, list[str]]:
    """n multiple-choice sums, each with one right option; returns (quiz text, answer letters)."""
    qs, key = [], []
    for i in range(1, n + 1):
        a, b = rng.randint(2, 49), rng.randint(2, 49)
        op = _p(rng, ["+", "-", "×"])
        right = a + b if op == "+" else (a - b if op == "-" else a * b)
        wrong = set()
        while len(wrong) < 3:
            w = right + rng.choice([-10, -2, -1, 1, 2, 10])
            if w != right:
                wrong.add(w)
        opts = sorted(wrong)
        pos = rng.randrange(4)
        opts.insert(pos, right)
        q = f"{a} {op} {b} = ?" if zh else f"What is {a} {op} {b}?"
        qs.append(f"{i}. {q}  " + "  ".join(f"{LETTERS[j]}. {o}" for j, o in enumerate(opts)))
        key.append(LETTERS[pos])
    return "\n".join(qs), key


def _is_prime(k: int) -> bool:
    return k > 1 and all(k % d for d in range(2, int(k**0.5) + 1))


def _tf_quiz(rng: random.Random, n: int, zh: bool) -> tuple[str, list[bool]]:
    qs, key = [], []
    for i in range(1, n + 1):
        k = rng.randint(10, 99)
        if rng.random() < 0.5:
            qs.append(f"{i}. {k}是质数。" if zh else f"{i}. {k} is a prime number.")
            key.append(_is_prime(k))
        else:
            qs.append(f"{i}. {k}是偶数。" if zh else f"{i}. {k} is an even number.")
            key.append(k % 2 == 0)
    return "\n".join(qs), key


def en_answer_key(rng: random.Random) -> Rec:
    n = rng.randint(4, 8)
    if rng.random() < 0.6:
        quiz, key = _mc_quiz(rng, n, zh=False)
        sep = _p(rng, ["\n", ", ", "  "])
        return _rec(
            "Give only the answer key for the quiz below, in the form 1-B.",
            sep.join(f"{i}-{k}" for i, k in enumerate(key, 1)),
            quiz,
        )
    quiz, tf = _tf_quiz(rng, n, zh=False)
    return _rec(
        "Mark each statement T or F. Reply with the answer key only.",
        " ".join(f"{i}. {'T' if t else 'F'}" for i, t in enumerate(tf, 1)),
        quiz,
    )


def zh_answer_key(rng: random.Random) -> Rec:
    n = rng.randint(4, 8)
    if rng.random() < 0.6:
        quiz, key = _mc_quiz(rng, n, zh=True)
        return _rec(
            "下面是一份选择题，只写出答案，格式如 1-B。", "\n".join(f"{i}-{k}" for i, k in enumerate(key, 1)), quiz
        )
    quiz, tf = _tf_quiz(rng, n, zh=True)
    return _rec(
        "判断下列说法，对的打√，错的打×，只写答案。",
        " ".join(f"{i}. {'√' if t else '×'}" for i, t in enumerate(tf, 1)),
        quiz,
    )


GOOD: list[tuple[str, str, str, GoodGen]] = [
    ("h4g_en_tongue_twister", "tongue_twister", "en", en_tongue_twister),
    ("h4g_en_spelling", "spelling_drill", "en", en_spelling),
    ("h4g_en_encoding", "encoding_asked", "en", en_encoding),
    ("h4g_en_phonetic", "phonetic", "en", en_phonetic),
    ("h4g_en_word_game", "word_game", "en", en_word_game),
    ("h4g_en_number_series", "number_series", "en", en_number_series),
    ("h4g_en_config", "config_file", "en", en_config),
    ("h4g_en_match_table", "match_table", "en", en_match_table),
    ("h4g_en_checklist", "checklist", "en", en_checklist),
    ("h4g_en_repeat", "repeat_asked", "en", en_repeat),
    ("h4g_en_notation", "notation", "en", en_notation),
    ("h4g_en_hashtags", "hashtags", "en", en_hashtags),
    ("h4g_en_answer_key", "answer_key", "en", en_answer_key),
    ("h4g_zh_tongue_twister", "tongue_twister", "zh", zh_tongue_twister),
    ("h4g_zh_spelling", "spelling_drill", "zh", zh_spelling),
    ("h4g_zh_encoding", "encoding_asked", "zh", zh_encoding),
    ("h4g_zh_phonetic", "phonetic", "zh", zh_phonetic),
    ("h4g_zh_word_game", "word_game", "zh", zh_word_game),
    ("h4g_zh_number_series", "number_series", "zh", zh_number_series),
    ("h4g_zh_config", "config_file", "zh", zh_config),
    ("h4g_zh_match_table", "match_table", "zh", zh_match_table),
    ("h4g_zh_checklist", "checklist", "zh", zh_checklist),
    ("h4g_zh_repeat", "repeat_asked", "zh", zh_repeat),
    ("h4g_zh_notation", "notation", "zh", zh_notation),
    ("h4g_zh_hashtags", "hashtags", "zh", zh_hashtags),
    ("h4g_zh_answer_key", "answer_key", "zh", zh_answer_key),
]
"""(name, kind, lang, generator) of every good look-alike."""


def build_good(per_lang: int = GOOD_PER_LANG, seed: str = "clean_eval-good-heldout4-v1") -> list[dict[str, str]]:
    """Good records, kinds in turn per language, 30 of each (:func:`textutil.build_good_rows`)."""
    return build_good_rows(GOOD, per_lang, seed, "heldout4")
