"""Value generators per entity type.

Every generator is driven by a ``random.Random`` passed in by the caller, so a record is a pure
function of its seed. A *slot* (one person, one phone, ...) has a *core* (the underlying facts:
digits, name parts, date) made once per record, and is *rendered* once per mention with a format,
so one phone can appear as ``139-1234-5678`` in the input and ``+86 139 1234 5678`` in the output.

``render`` returns ``(text, parts)``: ``text`` is exactly the string embedded in the record,
``parts`` (or None) are the facts the scorer needs for the structured leak rules (name parts,
house number and street, date of birth).

All word lists are written for this package (no third-party data). ``pool(items, part)`` gives the
development part a subset of every list (three items of four) and the held-out part the whole list,
so held-out records contain names, streets and hard negatives never seen in development records.
"""

from __future__ import annotations

import random
import string
import unicodedata
from collections.abc import Callable
from typing import Any

ENTITY_TYPES = (
    "PERSON",
    "STREET_ADDRESS",
    "PHONE_NUMBER",
    "CN_RESIDENT_ID",
    "BANK_CARD",
    "EMAIL_ADDRESS",
    "IP_ADDRESS",
    "US_SSN",
    "IBAN_CODE",
    "PASSPORT",
    "LICENSE_PLATE",
    "QQ_NUMBER",
    "WECHAT_ID",
    "MAC_ADDRESS",
    "DRIVER_LICENSE",
    "MEDICAL_RECORD_NUMBER",
    "PROFILE_URL",
    "DATE_OF_BIRTH",
)

ALIASES = {
    "per": "PERSON",
    "per_cn": "PERSON",
    "per_en": "PERSON",
    "per_tr": "PERSON",
    "addr": "STREET_ADDRESS",
    "addr_cn": "STREET_ADDRESS",
    "addr_us": "STREET_ADDRESS",
    "addr_uk": "STREET_ADDRESS",
    "tel": "PHONE_NUMBER",
    "cnid": "CN_RESIDENT_ID",
    "card": "BANK_CARD",
    "email": "EMAIL_ADDRESS",
    "ip": "IP_ADDRESS",
    "ssn": "US_SSN",
    "iban": "IBAN_CODE",
    "pass": "PASSPORT",
    "plate": "LICENSE_PLATE",
    "qq": "QQ_NUMBER",
    "wx": "WECHAT_ID",
    "mac": "MAC_ADDRESS",
    "dl": "DRIVER_LICENSE",
    "mrn": "MEDICAL_RECORD_NUMBER",
    "url": "PROFILE_URL",
    "dob": "DATE_OF_BIRTH",
}


def pool(items: list[Any] | tuple[Any, ...], part: str) -> list[Any]:
    """The development part sees three items of every four; the held-out parts see all."""
    if part != "dev":
        return list(items)
    return [x for i, x in enumerate(items) if i % 4 != 3]


def fold_ascii(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("ø", "o")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


FULLWIDTH = str.maketrans("0123456789-+ ()/:.", "０１２３４５６７８９－＋　（）／：．")
CN_DIGIT = "〇一二三四五六七八九"


def to_fullwidth(s: str) -> str:
    return s.translate(FULLWIDTH)


def cn_number(n: int) -> str:
    """1..9999 in standard Chinese numerals (一百二十三, 十九, 二千零五)."""
    if n == 0:
        return "零"
    units = [(1000, "千"), (100, "百"), (10, "十")]
    out = ""
    zero = False
    started = False
    for val, name in units:
        d = n // val
        n %= val
        if d:
            if zero:
                out += "零"
                zero = False
            if not (val == 10 and d == 1 and not started):
                out += CN_DIGIT[d]
            out += name
            started = True
        elif started:
            zero = True
    if n:
        if zero:
            out += "零"
        out += CN_DIGIT[n]
    return out


def cn_digits(s: str, zero: str = "〇") -> str:
    return "".join((zero if c == "0" else CN_DIGIT[int(c)]) if c.isdigit() else c for c in s)


# ----------------------------------------------------------------------------- checksums


def luhn_digit(payload: str) -> str:
    total = 0
    for i, c in enumerate(reversed(payload)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num: str) -> bool:
    digits = [int(c) for c in num if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


CN_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def cn_id_check(body17: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(body17, CN_ID_WEIGHTS)) % 11]


def cn_id_ok(s: str) -> bool:
    s = s.upper()
    if len(s) != 18 or not s[:17].isdigit():
        return False
    return cn_id_check(s[:17]) == s[17]


def _iban_num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_make(country: str, bban: str) -> str:
    check = 98 - _iban_num(bban + country + "00") % 97
    return f"{country}{check:02d}{bban}"


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "").upper()
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def ssn_ok(s: str) -> bool:
    d = "".join(c for c in s if c.isdigit())
    if len(d) != 9:
        return False
    a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g > 0 and n > 0


# ----------------------------------------------------------------------------- word lists

CN_SURNAMES = [
    ("王", "wang"),
    ("李", "li"),
    ("张", "zhang"),
    ("刘", "liu"),
    ("陈", "chen"),
    ("杨", "yang"),
    ("黄", "huang"),
    ("赵", "zhao"),
    ("吴", "wu"),
    ("周", "zhou"),
    ("徐", "xu"),
    ("孙", "sun"),
    ("马", "ma"),
    ("朱", "zhu"),
    ("胡", "hu"),
    ("郭", "guo"),
    ("何", "he"),
    ("林", "lin"),
    ("罗", "luo"),
    ("高", "gao"),
    ("郑", "zheng"),
    ("梁", "liang"),
    ("谢", "xie"),
    ("宋", "song"),
    ("唐", "tang"),
    ("许", "xu"),
    ("韩", "han"),
    ("冯", "feng"),
    ("邓", "deng"),
    ("曹", "cao"),
    ("彭", "peng"),
    ("曾", "zeng"),
    ("肖", "xiao"),
    ("田", "tian"),
    ("董", "dong"),
    ("潘", "pan"),
    ("袁", "yuan"),
    ("蔡", "cai"),
    ("蒋", "jiang"),
    ("余", "yu"),
    ("于", "yu"),
    ("杜", "du"),
    ("叶", "ye"),
    ("程", "cheng"),
    ("魏", "wei"),
    ("苏", "su"),
    ("吕", "lv"),
    ("丁", "ding"),
    ("任", "ren"),
    ("卢", "lu"),
    ("姚", "yao"),
    ("沈", "shen"),
    ("钟", "zhong"),
    ("姜", "jiang"),
    ("崔", "cui"),
    ("谭", "tan"),
    ("陆", "lu"),
    ("范", "fan"),
    ("汪", "wang"),
    ("廖", "liao"),
    ("石", "shi"),
    ("金", "jin"),
    ("贾", "jia"),
    ("夏", "xia"),
    ("付", "fu"),
    ("方", "fang"),
    ("邹", "zou"),
    ("熊", "xiong"),
    ("白", "bai"),
    ("孟", "meng"),
    ("秦", "qin"),
    ("邱", "qiu"),
    ("侯", "hou"),
    ("江", "jiang"),
    ("尹", "yin"),
    ("薛", "xue"),
    ("闫", "yan"),
    ("段", "duan"),
    ("雷", "lei"),
    ("龙", "long"),
    ("黎", "li"),
    ("史", "shi"),
    ("陶", "tao"),
    ("贺", "he"),
    ("毛", "mao"),
    ("郝", "hao"),
    ("顾", "gu"),
    ("龚", "gong"),
    ("邵", "shao"),
    ("万", "wan"),
    ("覃", "qin"),
    ("武", "wu"),
    ("钱", "qian"),
    ("戴", "dai"),
    ("严", "yan"),
    ("莫", "mo"),
    ("孔", "kong"),
    ("向", "xiang"),
    ("常", "chang"),
    ("汤", "tang"),
    ("康", "kang"),
    ("易", "yi"),
    ("乔", "qiao"),
    ("赖", "lai"),
    ("文", "wen"),
    ("左", "zuo"),
    ("单", "shan"),
    ("牛", "niu"),
]
CN_RARE_SURNAMES = [
    ("亓", "qi"),
    ("冼", "xian"),
    ("佘", "she"),
    ("甄", "zhen"),
    ("栾", "luan"),
    ("蔺", "lin"),
    ("幸", "xing"),
    ("逯", "lu"),
    ("靳", "jin"),
    ("郗", "xi"),
    ("禚", "zhuo"),
    ("笪", "da"),
    ("仉", "zhang"),
    ("晏", "yan"),
    ("谯", "qiao"),
    ("查", "zha"),
    ("乜", "nie"),
    ("蒯", "kuai"),
    ("门", "men"),
    ("库", "ku"),
    ("帅", "shuai"),
    ("隗", "wei"),
    ("敖", "ao"),
    ("揭", "jie"),
]
CN_COMPOUND_SURNAMES = [
    ("欧阳", "ouyang"),
    ("司马", "sima"),
    ("上官", "shangguan"),
    ("诸葛", "zhuge"),
    ("皇甫", "huangfu"),
    ("东方", "dongfang"),
    ("令狐", "linghu"),
    ("慕容", "murong"),
    ("司徒", "situ"),
    ("夏侯", "xiahou"),
    ("尉迟", "yuchi"),
    ("公孙", "gongsun"),
    ("端木", "duanmu"),
    ("长孙", "zhangsun"),
    ("宇文", "yuwen"),
    ("独孤", "dugu"),
    ("南宫", "nangong"),
    ("西门", "ximen"),
    ("澹台", "tantai"),
    ("呼延", "huyan"),
]
CN_GIVEN = [
    ("伟", "wei"),
    ("芳", "fang"),
    ("娜", "na"),
    ("敏", "min"),
    ("静", "jing"),
    ("丽", "li"),
    ("强", "qiang"),
    ("磊", "lei"),
    ("军", "jun"),
    ("洋", "yang"),
    ("勇", "yong"),
    ("艳", "yan"),
    ("杰", "jie"),
    ("娟", "juan"),
    ("涛", "tao"),
    ("明", "ming"),
    ("超", "chao"),
    ("秀", "xiu"),
    ("霞", "xia"),
    ("平", "ping"),
    ("刚", "gang"),
    ("桂", "gui"),
    ("英", "ying"),
    ("华", "hua"),
    ("玉", "yu"),
    ("兰", "lan"),
    ("萍", "ping"),
    ("红", "hong"),
    ("鹏", "peng"),
    ("飞", "fei"),
    ("斌", "bin"),
    ("宇", "yu"),
    ("浩", "hao"),
    ("然", "ran"),
    ("博", "bo"),
    ("欣", "xin"),
    ("怡", "yi"),
    ("婷", "ting"),
    ("雪", "xue"),
    ("梅", "mei"),
    ("琳", "lin"),
    ("晨", "chen"),
    ("轩", "xuan"),
    ("泽", "ze"),
    ("子", "zi"),
    ("涵", "han"),
    ("梓", "zi"),
    ("睿", "rui"),
    ("思", "si"),
    ("雨", "yu"),
    ("佳", "jia"),
    ("嘉", "jia"),
    ("俊", "jun"),
    ("凯", "kai"),
    ("昊", "hao"),
    ("晓", "xiao"),
    ("海", "hai"),
    ("建", "jian"),
    ("国", "guo"),
    ("志", "zhi"),
    ("春", "chun"),
    ("秋", "qiu"),
    ("诗", "shi"),
    ("瑶", "yao"),
    ("琪", "qi"),
    ("颖", "ying"),
    ("慧", "hui"),
    ("倩", "qian"),
    ("璐", "lu"),
    ("蕾", "lei"),
    ("薇", "wei"),
    ("岚", "lan"),
    ("峰", "feng"),
    ("波", "bo"),
    ("辉", "hui"),
    ("亮", "liang"),
    ("成", "cheng"),
    ("兵", "bing"),
    ("毅", "yi"),
    ("健", "jian"),
    ("彤", "tong"),
    ("一", "yi"),
    ("可", "ke"),
    ("欢", "huan"),
    ("乐", "le"),
    ("宁", "ning"),
    ("逸", "yi"),
    ("辰", "chen"),
    ("铭", "ming"),
    ("翔", "xiang"),
    ("鑫", "xin"),
    ("淼", "miao"),
    ("焱", "yan"),
    ("垚", "yao"),
    ("喆", "zhe"),
    ("犇", "ben"),
    ("昕", "xin"),
    ("玥", "yue"),
    ("珂", "ke"),
    ("旻", "min"),
    ("翀", "chong"),
    ("玮", "wei"),
    ("婧", "jing"),
    ("骁", "xiao"),
    ("沐", "mu"),
    ("芮", "rui"),
    ("筱", "xiao"),
    ("曦", "xi"),
]
# Chinese strings that must never be generated as a name (ordinary words, hard negatives).
CN_NAME_BLACKLIST = {
    "高兴",
    "白云",
    "黄金",
    "明天",
    "王牌",
    "文明",
    "安宁",
    "平安",
    "江海",
    "金华",
    "海宁",
    "常春",
    "方便",
    "向明",
    "石英",
    "朱红",
    "高明",
    "文静",
    "金子",
    "白雪",
    "余晖",
    "林海",
    "华夏",
    "马超",
    "周一",
    "周可",
    "单一",
    "万一",
    "于是",
    "于可",
    "钱可",
    "白宇",
    "孔明",
    "高峰",
    "程明",
    "曾经",
}
CN_TITLES = ["先生", "女士", "老师", "医生", "经理", "师傅", "律师", "护士长"]

EN_ORIGINS: dict[str, dict[str, Any]] = {
    "anglo": {
        "order": "western",
        "first": [
            "James",
            "Mary",
            "Robert",
            "Patricia",
            "John",
            "Jennifer",
            "Michael",
            "Linda",
            "David",
            "Elizabeth",
            "William",
            "Barbara",
            "Richard",
            "Susan",
            "Joseph",
            "Jessica",
            "Thomas",
            "Sarah",
            "Christopher",
            "Karen",
            "Daniel",
            "Emily",
            "Matthew",
            "Hannah",
            "Andrew",
            "Megan",
            "Ryan",
            "Olivia",
            "Kevin",
            "Rachel",
            "Brian",
            "Laura",
            "Grace",
            "Hope",
            "Will",
            "Bill",
            "Dawn",
            "Jack",
            "Rose",
            "Autumn",
            "Hunter",
            "Chase",
        ],
        "last": [
            "Smith",
            "Johnson",
            "Williams",
            "Brown",
            "Jones",
            "Miller",
            "Davis",
            "Wilson",
            "Anderson",
            "Taylor",
            "Moore",
            "Jackson",
            "Martin",
            "Thompson",
            "White",
            "Harris",
            "Clark",
            "Lewis",
            "Walker",
            "Hall",
            "Young",
            "King",
            "Wright",
            "Baker",
            "Green",
            "Carter",
            "Mitchell",
            "Turner",
            "Parker",
            "Collins",
            "Stewart",
            "Morris",
            "Cook",
            "Bell",
            "Murphy",
            "Cooper",
            "Ward",
            "Hughes",
            "Price",
            "Bennett",
            "Wood",
            "Gray",
            "Fisher",
            "Hunter",
            "Porter",
            "Marsh",
            "Fox",
            "Little",
            "Sharp",
            "Long",
        ],
    },
    "hispanic": {
        "order": "western",
        "first": [
            "María",
            "José",
            "Juan",
            "Carmen",
            "Luis",
            "Ana",
            "Carlos",
            "Sofía",
            "Alejandro",
            "Valentina",
            "Diego",
            "Lucía",
            "Javier",
            "Gabriela",
            "Mateo",
            "Maria",
            "Jorge",
            "Ximena",
            "Rafael",
            "Guadalupe",
        ],
        "last": [
            "García",
            "Martínez",
            "Rodríguez",
            "López",
            "Hernández",
            "González",
            "Pérez",
            "Sánchez",
            "Ramírez",
            "Torres",
            "Flores",
            "Rivera",
            "Gómez",
            "Díaz",
            "Morales",
            "Ortiz",
            "Castillo",
            "Vargas",
            "Mendoza",
            "Lopez",
            "Reyes",
            "Cruz",
            "Ibarra",
            "Soto",
        ],
    },
    "vietnamese": {
        "order": "eastern",
        "last": [
            "Nguyen",
            "Tran",
            "Le",
            "Pham",
            "Hoang",
            "Vu",
            "Dang",
            "Bui",
            "Do",
            "Ho",
            "Ngo",
            "Duong",
            "Ly",
            "Phan",
        ],
        "middle": ["Thi", "Van", "Minh", "Duc", "Ngoc", "Thanh", "Huu", "Thu"],
        "first": [
            "Lan",
            "Hoa",
            "Mai",
            "Linh",
            "Anh",
            "Tuan",
            "Hung",
            "Dung",
            "Huong",
            "Thao",
            "Nam",
            "Quang",
            "Trang",
            "Khoa",
            "Vy",
            "Bao",
        ],
    },
    "nigerian": {
        "order": "western",
        "first": [
            "Oluwaseun",
            "Chinedu",
            "Ngozi",
            "Adebayo",
            "Folake",
            "Emeka",
            "Chiamaka",
            "Tunde",
            "Yetunde",
            "Obinna",
            "Aisha",
            "Ifeoma",
            "Kelechi",
            "Babajide",
            "Funmilayo",
        ],
        "last": [
            "Adeyemi",
            "Okafor",
            "Okonkwo",
            "Balogun",
            "Eze",
            "Nwosu",
            "Adeleke",
            "Obi",
            "Ogunleye",
            "Abubakar",
            "Okoro",
            "Afolabi",
            "Olawale",
            "Chukwu",
        ],
    },
    "indian": {
        "order": "western",
        "first": [
            "Priya",
            "Rahul",
            "Ananya",
            "Vikram",
            "Arjun",
            "Deepika",
            "Sanjay",
            "Kavya",
            "Rohan",
            "Lakshmi",
            "Aditya",
            "Meera",
            "Srinivas",
            "Harpreet",
            "Ishaan",
        ],
        "last": [
            "Raghunathan",
            "Sharma",
            "Patel",
            "Iyer",
            "Gupta",
            "Reddy",
            "Nair",
            "Krishnan",
            "Venkataraman",
            "Chatterjee",
            "Desai",
            "Menon",
            "Subramanian",
            "Singh",
            "Bhattacharya",
        ],
    },
    "arabic": {
        "order": "western",
        "first": [
            "Mohammed",
            "Fatima",
            "Omar",
            "Layla",
            "Youssef",
            "Amira",
            "Khalid",
            "Noor",
            "Hassan",
            "Salma",
            "Tariq",
            "Rania",
        ],
        "last": [
            "Al-Farsi",
            "Haddad",
            "Khalil",
            "Mansour",
            "El-Sayed",
            "Nasser",
            "Saleh",
            "Aziz",
            "Rahman",
            "Qureshi",
            "Bakr",
        ],
    },
    "european": {
        "order": "western",
        "first": [
            "Katarzyna",
            "Piotr",
            "Dmitri",
            "Olga",
            "Jan",
            "Agnieszka",
            "Tomasz",
            "Natalia",
            "Lukas",
            "Ingrid",
            "Sven",
            "Matteo",
            "Giulia",
            "Hans",
            "Chloé",
            "Luc",
            "Zoë",
            "Björn",
            "Siobhan",
            "Niamh",
        ],
        "last": [
            "Kowalski",
            "Nowak",
            "Ivanov",
            "Petrova",
            "Novák",
            "Schmidt",
            "Müller",
            "Rossi",
            "Bianchi",
            "Lindqvist",
            "Johansson",
            "Dubois",
            "Lefèvre",
            "Wiśniewska",
            "O'Brien",
            "McCarthy",
            "van der Berg",
            "De Luca",
        ],
    },
    "east_asian": {
        "order": "western",
        "first": ["Ji-woo", "Min-jun", "Seo-yeon", "Haruto", "Yui", "Sakura", "Kenji", "Hyun-woo", "Aiko", "Takeshi"],
        "last": ["Kim", "Park", "Choi", "Jung", "Tanaka", "Suzuki", "Watanabe", "Yamamoto", "Lim", "Nakamura"],
    },
}
EN_ORIGIN_WEIGHTS = {
    "anglo": 34,
    "hispanic": 14,
    "vietnamese": 8,
    "nigerian": 9,
    "indian": 11,
    "arabic": 7,
    "european": 10,
    "east_asian": 7,
}

TR_FIRST = [
    "约翰",
    "玛丽亚",
    "大卫",
    "艾米丽",
    "詹姆斯",
    "索菲亚",
    "彼得",
    "奥利维亚",
    "安娜",
    "穆罕默德",
    "迈克尔",
    "杰西卡",
    "卡洛斯",
    "娜塔莉亚",
    "托马斯",
    "伊莎贝拉",
]
TR_LAST = [
    "史密斯",
    "加西亚",
    "米勒",
    "布朗",
    "哈桑",
    "伊万诺娃",
    "威尔逊",
    "罗德里格斯",
    "穆勒",
    "泰勒",
    "约翰逊",
    "安德森",
    "科瓦尔斯基",
    "阮",
    "帕特尔",
    "奥孔科沃",
]

# ---- addresses
CN_REGIONS = [
    ("北京市", "", ["朝阳区", "海淀区", "东城区", "西城区", "丰台区"], "1000"),
    ("上海市", "", ["浦东新区", "徐汇区", "静安区", "黄浦区", "闵行区"], "2000"),
    ("广东省", "广州市", ["天河区", "越秀区", "海珠区", "番禺区"], "5100"),
    ("广东省", "深圳市", ["南山区", "福田区", "宝安区", "龙岗区"], "5180"),
    ("浙江省", "杭州市", ["西湖区", "上城区", "拱墅区", "滨江区"], "3100"),
    ("江苏省", "南京市", ["鼓楼区", "玄武区", "秦淮区", "建邺区"], "2100"),
    ("四川省", "成都市", ["锦江区", "武侯区", "青羊区", "成华区"], "6100"),
    ("湖北省", "武汉市", ["江汉区", "武昌区", "洪山区"], "4300"),
    ("陕西省", "西安市", ["雁塔区", "碑林区", "未央区"], "7100"),
    ("天津市", "", ["和平区", "南开区", "河西区"], "3000"),
    ("重庆市", "", ["渝中区", "江北区", "沙坪坝区"], "4000"),
    ("山东省", "青岛市", ["市南区", "崂山区", "黄岛区"], "2660"),
    ("福建省", "厦门市", ["思明区", "湖里区"], "3610"),
    ("湖南省", "长沙市", ["岳麓区", "芙蓉区", "天心区"], "4100"),
    ("辽宁省", "沈阳市", ["和平区", "沈河区", "皇姑区"], "1100"),
    ("河南省", "郑州市", ["金水区", "二七区", "中原区"], "4500"),
]
CN_ROADS = [
    "中山路",
    "人民路",
    "解放路",
    "建设路",
    "和平路",
    "长江路",
    "黄河路",
    "南京东路",
    "体育西路",
    "阜通东大街",
    "学院路",
    "科技园南路",
    "文化路",
    "新华街",
    "光明街",
    "胜利街",
    "红星路二段",
    "蜀都大道",
    "滨江大道",
    "东风巷",
    "梧桐巷",
    "复兴中路",
    "淮海中路",
    "张杨路",
    "天府大道北段",
    "清凉门大街",
    "学府路",
    "春熙路",
    "五一大道",
    "人民南路三段",
    "友谊路",
    "青年路",
    "朝阳北路",
    "丰产路",
    "延安西路",
    "北京路",
    "珠江东路",
    "桃源街",
    "银杏巷",
    "石榴巷",
    "幸福道",
    "团结道",
]
CN_LANES = ["长乐", "瑞金", "陕西南", "愚园", "多伦", "永康", "绍兴", "建国西"]
CN_COMMUNITIES = [
    "华清嘉园",
    "翠湖苑",
    "阳光花园",
    "丽景苑",
    "锦绣家园",
    "金色家园",
    "幸福里小区",
    "望京花园",
    "保利花园",
    "绿地世纪城",
    "紫荆苑",
    "新城国际",
    "枫林绿洲",
    "碧水湾",
    "融侨锦江",
    "芳草园",
    "万科城市花园",
    "世纪嘉园",
    "康乐里",
    "桂花苑",
    "天通苑",
    "玉兰家园",
    "静安新城",
    "滨湖春晓",
]
CN_TOWNS = [
    ("浙江省", "湖州市", "安吉县", "递铺镇"),
    ("江苏省", "苏州市", "吴江区", "震泽镇"),
    ("四川省", "眉山市", "丹棱县", "齐乐镇"),
    ("河南省", "信阳市", "光山县", "泼陂河镇"),
    ("山东省", "临沂市", "沂南县", "铜井镇"),
    ("湖南省", "岳阳市", "平江县", "安定镇"),
]
CN_VILLAGES = ["鲁家村", "张家村", "王庄村", "李家营村", "大柳树村", "前进村", "红旗村", "东湖村"]
CN_TOWERS = ["A", "B", "C", "D", "W1", "T2", "东", "西"]

US_CITIES = [
    ("New York", "NY", "100"),
    ("Brooklyn", "NY", "112"),
    ("Austin", "TX", "787"),
    ("Houston", "TX", "770"),
    ("Portland", "OR", "972"),
    ("Seattle", "WA", "981"),
    ("San Francisco", "CA", "941"),
    ("Los Angeles", "CA", "900"),
    ("San Jose", "CA", "951"),
    ("Chicago", "IL", "606"),
    ("Boston", "MA", "021"),
    ("Cambridge", "MA", "021"),
    ("Denver", "CO", "802"),
    ("Atlanta", "GA", "303"),
    ("Miami", "FL", "331"),
    ("Phoenix", "AZ", "850"),
    ("Minneapolis", "MN", "554"),
    ("Columbus", "OH", "432"),
    ("Nashville", "TN", "372"),
    ("Raleigh", "NC", "276"),
    ("Madison", "WI", "537"),
    ("Albuquerque", "NM", "871"),
    ("Salt Lake City", "UT", "841"),
    ("Pittsburgh", "PA", "152"),
]
US_STREETS = [
    "Maple",
    "Oak",
    "Cedar",
    "Elm",
    "Washington",
    "Lincoln",
    "Highland",
    "Sunset",
    "Lakeview",
    "Mission",
    "Pine",
    "Spring",
    "Valencia",
    "Jefferson",
    "Hillcrest",
    "Willow",
    "Magnolia",
    "Chestnut",
    "Walnut",
    "Park",
    "Lake",
    "River",
    "Franklin",
    "Madison",
    "Adams",
    "Sycamore",
    "Birch",
    "Dogwood",
    "Ridgeview",
    "Orchard",
    "Meadowbrook",
    "Cypress",
    "Juniper",
    "Aspen",
    "Bayshore",
    "Coronado",
    "El Camino",
    "Martin Luther King Jr",
    "Cherokee",
    "Alvarado",
]
US_SUFFIXES = [
    "Street",
    "St",
    "St.",
    "Avenue",
    "Ave",
    "Ave.",
    "Road",
    "Rd",
    "Rd.",
    "Boulevard",
    "Blvd",
    "Lane",
    "Ln",
    "Drive",
    "Dr",
    "Dr.",
    "Court",
    "Ct",
    "Place",
    "Pl",
    "Way",
    "Terrace",
    "Pkwy",
]
US_UNITS = ["Apt {n}", "Apt. {n}", "Unit {n}", "Suite {n}", "#{n}", "Ste {n}", "Apartment {n}"]
UK_STREETS = [
    "Baker Street",
    "Mill Lane",
    "Victoria Road",
    "Church Street",
    "High Street",
    "Station Road",
    "Park Avenue",
    "Queen's Road",
    "Kingsway",
    "Grove Terrace",
    "Albert Road",
    "Manor Close",
    "Castle Street",
    "Heather Gardens",
    "Riverside Walk",
    "Orchard Crescent",
    "Wellington Place",
    "Elm Grove",
    "Clarendon Road",
    "Marlborough Mews",
]
UK_TOWNS = [
    ("London", ["NW1", "SE15", "E8", "N16", "SW4", "W12"]),
    ("Manchester", ["M14", "M20", "M4"]),
    ("Leeds", ["LS6", "LS8"]),
    ("Bristol", ["BS6", "BS3"]),
    ("Cambridge", ["CB1", "CB4"]),
    ("Edinburgh", ["EH6", "EH9"]),
    ("Cardiff", ["CF24", "CF11"]),
    ("Glasgow", ["G12", "G41"]),
    ("Birmingham", ["B13", "B29"]),
    ("Brighton", ["BN1", "BN2"]),
]

EMAIL_DOMAINS = {
    "zh": [
        "163.com",
        "126.com",
        "sina.com",
        "foxmail.com",
        "139.com",
        "yeah.net",
        "sohu.com",
        "huaxin-tech.cn",
        "dongfang-trade.com.cn",
        "mail.szu.edu.cn",
        "aliyun.com",
        "outlook.com",
    ],
    "en": [
        "gmail.com",
        "outlook.com",
        "yahoo.com",
        "proton.me",
        "icloud.com",
        "hotmail.co.uk",
        "brightlane.io",
        "northwind-logistics.com",
        "pinecrest-clinic.org",
        "cs.uw.edu",
        "fastmail.fm",
        "mail.harborview.net",
    ],
}


# ----------------------------------------------------------------------------- helpers


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _weighted(rng: random.Random, items: dict[str, int]) -> str:
    keys = list(items)
    return rng.choices(keys, weights=[items[k] for k in keys])[0]


class Ctx:
    """What a generator may look at besides its own slot: language, part, other slots."""

    def __init__(self, lang: str, part: str, slots: dict[tuple[str, str], Any], get_slot: Callable[[str, str], Any]):
        self.lang = lang
        self.part = part
        self.slots = slots
        self.get_slot = get_slot


# ----------------------------------------------------------------------------- PERSON


def person_core(rng: random.Random, lang: str, part: str, variant: str) -> dict[str, Any]:
    kind = {"per_cn": "han", "per_en": "latin", "per_tr": "translit"}.get(variant)
    if kind is None:
        kind = "han" if lang == "zh" else "latin"
    if kind == "han":
        for _ in range(100):
            r = rng.random()
            if r < 0.12:
                fam = rng.choice(pool(CN_COMPOUND_SURNAMES, part))
            elif r < 0.22:
                fam = rng.choice(pool(CN_RARE_SURNAMES, part))
            else:
                fam = rng.choice(pool(CN_SURNAMES, part))
            n = 1 if rng.random() < 0.35 else 2
            given = [rng.choice(pool(CN_GIVEN, part)) for _ in range(n)]
            name = fam[0] + "".join(g[0] for g in given)
            if name not in CN_NAME_BLACKLIST and not any(b in name for b in CN_NAME_BLACKLIST):
                break
        return {
            "kind": "han",
            "fam": fam[0],
            "fam_py": fam[1],
            "given": "".join(g[0] for g in given),
            "given_py": [g[1] for g in given],
        }
    if kind == "translit":
        return {
            "kind": "translit",
            "first": rng.choice(pool(TR_FIRST, part)),
            "last": rng.choice(pool(TR_LAST, part)),
            "sep": rng.choice(["·", "·", "·", "•", "・"]),
        }
    origin = _weighted(rng, EN_ORIGIN_WEIGHTS)
    o = EN_ORIGINS[origin]
    core = {
        "kind": "latin",
        "origin": origin,
        "order": o["order"],
        "first": rng.choice(pool(o["first"], part)),
        "last": rng.choice(pool(o["last"], part)),
    }
    if "middle" in o:
        core["middle"] = rng.choice(o["middle"])
    return core


def _py_given(core: dict[str, Any]) -> str:
    return "".join(core["given_py"]).capitalize()


def person_render(core: dict[str, Any], fmt: str, rng: random.Random) -> tuple[str, dict[str, Any]]:
    k = core["kind"]
    if k == "han":
        fam, given = core["fam"], core["given"]
        gp, fp = _py_given(core), core["fam_py"].capitalize()
        if fmt in ("full", ""):
            return fam + given, {"family": fam, "given": given}
        if fmt == "spaced":
            sep = rng.choice(["　", " "])
            return fam + sep + given, {"family": fam, "given": given}
        if fmt == "pinyin":
            return f"{gp} {fp}", {"family": fp, "given": gp}
        if fmt == "pinyin_fl":
            v = rng.choice([f"{fp} {gp}", f"{fp.upper()} {gp}", f"{fp.upper()} {gp.upper()}"])
            return v, {"family": fp, "given": gp}
        if fmt == "user":
            g, f = gp.lower(), fp.lower()
            v = rng.choice(
                [f"{f}.{g}", f"{f}{g}", f"{g}.{f}", f"{f}_{g}", f"{f}{g}{rng.randint(10, 99)}", f"{g[0]}{f}"]
            )
            return v, {"username": v}
        if fmt == "given":
            return given, {"given": given}
        if fmt == "title":
            return fam + rng.choice(CN_TITLES), {"family": fam}
        if fmt == "family":
            return fam, {"family": fam}
        raise ValueError(f"PERSON format {fmt!r} for a Chinese name")
    if k == "translit":
        if fmt in ("full", ""):
            return core["first"] + core["sep"] + core["last"], {"family": core["last"], "given": core["first"]}
        if fmt == "given":
            return core["first"], {"given": core["first"]}
        if fmt == "family":
            return core["last"], {"family": core["last"]}
        raise ValueError(f"PERSON format {fmt!r} for a transliterated name")
    first, last = core["first"], core["last"]
    given = f"{core['middle']} {first}" if core["order"] == "eastern" else first
    parts = {"family": last, "given": given}
    full = f"{last} {given}" if core["order"] == "eastern" else f"{first} {last}"
    fa, la = fold_ascii(first).lower(), fold_ascii(last).lower().replace(" ", "").replace("'", "")
    if fmt in ("full", ""):
        return full, parts
    if fmt == "last_first":
        return f"{last}, {given}", parts
    if fmt == "upper":
        return full.upper(), parts
    if fmt == "lower_full":
        return full.lower(), parts
    if fmt == "lower_dot":
        v = f"{fa}.{la}"
        return v, {"username": v}
    if fmt == "user":
        v = rng.choice([f"{fa[0]}{la}", f"{fa}{la}", f"{fa}_{la}", f"{fa}.{la}{rng.randint(1, 99)}", f"{la}{fa[0]}"])
        return v, {"username": v}
    if fmt == "initial":
        return f"{first[0]}. {last}", {"family": last, "given": first[0] + "."}
    if fmt == "given":
        return first, {"given": first}
    if fmt == "family":
        return last, {"family": last}
    raise ValueError(f"PERSON format {fmt!r} for a Latin-script name")


# ----------------------------------------------------------------------------- STREET_ADDRESS

ADDRESS_FORMATS = {
    "cn": {"road", "road_bld", "comm", "lane", "num_cn", "tower", "yuan", "village", "short", "post"},
    "us": {"line", "line_unit", "full", "full_unit", "numbered", "pobox", "multiline"},
    "uk": {"line", "flat", "multiline"},
}


def address_core(rng: random.Random, lang: str, part: str, variant: str, fmt: str = "") -> dict[str, Any]:
    kind = {"addr_cn": "cn", "addr_us": "us", "addr_uk": "uk"}.get(variant)
    if kind is None and fmt:
        kinds = [k for k, fs in ADDRESS_FORMATS.items() if fmt in fs]
        if len(kinds) == 1:
            kind = kinds[0]
        elif lang == "en" and kinds:
            kind = rng.choice([k for k in kinds if k != "cn"] or kinds)
    if kind is None:
        kind = "cn" if lang == "zh" else rng.choice(["us", "us", "us", "uk"])
    if kind == "cn":
        prov, city, dists, pc = rng.choice(CN_REGIONS)
        town = rng.choice(CN_TOWNS)
        return {
            "kind": "cn",
            "prov": prov,
            "city": city,
            "dist": rng.choice(dists),
            "post": pc + _d(rng, 2),
            "road": rng.choice(pool(CN_ROADS, part)),
            "comm": rng.choice(pool(CN_COMMUNITIES, part)),
            "lane": rng.choice(CN_LANES),
            "town": town,
            "village": rng.choice(CN_VILLAGES),
            "no": rng.choice([rng.randint(1, 99), rng.randint(1, 99), rng.randint(100, 1999)]),
            "lane_no": rng.randint(10, 1500),
            "bld": rng.randint(1, 32),
            "unit": rng.randint(1, 8),
            "floor": rng.randint(2, 33),
            "room": rng.randint(1, 32) * 100 + rng.randint(1, 8),
            "tower": rng.choice(CN_TOWERS),
            "group": rng.randint(1, 12),
        }
    if kind == "us":
        city, st, zp = rng.choice(US_CITIES)
        return {
            "kind": "us",
            "no": str(
                rng.choice(
                    [rng.randint(1, 99), rng.randint(100, 9999), rng.randint(100, 9999), rng.randint(10000, 29999)]
                )
            ),
            "street": rng.choice(pool(US_STREETS, part)),
            "suffix": rng.choice(US_SUFFIXES),
            "nth": rng.randint(2, 125),
            "dir": rng.choice(["W", "E", "N", "S", "West", "East"]),
            "unit": rng.choice(US_UNITS).format(
                n=rng.choice(
                    [str(rng.randint(1, 40)), f"{rng.randint(1, 20)}{rng.choice('ABCDR')}", str(rng.randint(100, 2400))]
                )
            ),
            "city": city,
            "st": st,
            "zip": zp + _d(rng, 2),
            "zip4": _d(rng, 4),
            "box": str(rng.randint(100, 29999)),
        }
    town, areas = rng.choice(UK_TOWNS)
    return {
        "kind": "uk",
        "no": str(rng.randint(1, 240)),
        "street": rng.choice(pool(UK_STREETS, part)),
        "flat": str(rng.randint(1, 24)),
        "town": town,
        "post": f"{rng.choice(areas)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        f"{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}",
    }


def _nth(n: int) -> str:
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def address_render(c: dict[str, Any], fmt: str, rng: random.Random) -> tuple[str, dict[str, Any]]:
    if fmt and fmt not in ADDRESS_FORMATS[c["kind"]]:
        fmt = ""  # a format of another country: draw one of this address's own
    if c["kind"] == "cn":
        pc = c["prov"] + c["city"] if c["city"] else c["prov"]
        head = pc + c["dist"]
        if c["city"] and rng.random() < 0.4:
            head = c["city"] + c["dist"]
        fmt = fmt or rng.choice(
            ["road", "road_bld", "comm", "lane", "num_cn", "tower", "yuan", "village", "short", "post"]
        )
        if fmt == "road":
            return f"{head}{c['road']}{c['no']}号", {"street": c["road"], "number": c["no"]}
        if fmt == "road_bld":
            return (
                f"{head}{c['road']}{c['no']}号{c['bld']}栋{c['unit']}单元{c['room']}室",
                {"street": c["road"], "number": c["no"]},
            )
        if fmt == "comm":
            return (
                f"{c['city'] or c['prov']}{c['dist']}{c['comm']}{c['bld']}{rng.choice(['栋', '幢', '号楼'])}"
                f"{c['unit']}单元{c['room']}",
                {"street": c["comm"], "number": c["bld"]},
            )
        if fmt == "lane":
            return (
                f"{head}{c['lane']}路{c['lane_no']}弄{c['bld']}号{c['room']}室",
                {"street": c["lane"] + "路", "number": c["lane_no"]},
            )
        if fmt == "num_cn":
            return (
                f"{head}{c['road']}{cn_number(c['no'])}号{cn_number(c['bld'])}号楼{cn_number(c['room'])}室",
                {"street": c["road"], "number": c["no"]},
            )
        if fmt == "tower":
            return (
                f"{head}{c['road']}{c['no']}号{c['tower']}座{c['floor']}楼{c['floor']}{c['room'] % 100:02d}",
                {"street": c["road"], "number": c["no"]},
            )
        if fmt == "yuan":
            return (
                f"{c['dist']}{c['road']}{c['no']}号院{c['bld']}号楼{c['unit']}单元{c['room']}",
                {"street": c["road"], "number": c["no"]},
            )
        if fmt == "village":
            p, ci, co, tw = c["town"]
            return (
                f"{p}{ci}{co}{tw}{c['village']}{cn_number(c['group']) if rng.random() < 0.5 else c['group']}组"
                f"{c['no']}号",
                {"street": c["village"], "number": c["no"]},
            )
        if fmt == "short":
            return (f"{c['road']}{c['no']}号{c['bld']}幢{c['room']}室", {"street": c["road"], "number": c["no"]})
        if fmt == "post":
            return (
                f"{head}{c['comm']}{c['bld']}号楼{c['room']}室，邮编{c['post']}",
                {"street": c["comm"], "number": c["bld"]},
            )
        raise ValueError(f"STREET_ADDRESS format {fmt!r} for a Chinese address")
    if c["kind"] == "us":
        fmt = fmt or rng.choice(["line", "line_unit", "full", "full_unit", "numbered", "pobox", "multiline"])
        street = f"{c['street']} {c['suffix']}"
        city = f"{c['city']}, {c['st']} {c['zip']}" + (f"-{c['zip4']}" if rng.random() < 0.15 else "")
        parts = {"street": c["street"], "number": c["no"]}
        if fmt == "line":
            return f"{c['no']} {street}", parts
        if fmt == "line_unit":
            return f"{c['no']} {street}, {c['unit']}", parts
        if fmt == "full":
            return f"{c['no']} {street}, {city}", parts
        if fmt == "full_unit":
            return f"{c['no']} {street} {c['unit']}, {city}", parts
        if fmt == "numbered":
            suf = rng.choice(["St", "Street", "St.", "Ave", "Avenue"])
            unit = f", {c['unit']}" if rng.random() < 0.5 else ""
            return (
                f"{c['no']} {c['dir']} {_nth(c['nth'])} {suf}{unit}, {city}",
                {"street": _nth(c["nth"]), "number": c["no"]},
            )
        if fmt == "pobox":
            box = rng.choice(["PO Box", "P.O. Box", "P. O. Box"])
            return f"{box} {c['box']}, {city}", {"street": "box", "number": c["box"], "order": "street_first"}
        if fmt == "multiline":
            return f"{c['no']} {street}\n{c['unit']}\n{city}", parts
        raise ValueError(f"STREET_ADDRESS format {fmt!r} for a US address")
    fmt = fmt or rng.choice(["line", "flat", "multiline"])
    parts = {"street": c["street"].rsplit(" ", 1)[0] if " " in c["street"] else c["street"], "number": c["no"]}
    if fmt == "line":
        return f"{c['no']} {c['street']}, {c['town']} {c['post']}", parts
    if fmt == "flat":
        return f"Flat {c['flat']}, {c['no']} {c['street']}, {c['town']} {c['post']}", parts
    if fmt == "multiline":
        return f"{c['no']} {c['street']}\n{c['town']}\n{c['post']}", parts
    raise ValueError(f"STREET_ADDRESS format {fmt!r} for a UK address")


# ----------------------------------------------------------------------------- PHONE_NUMBER

PHONE_FORMATS = {
    "cn_mobile": ["cn_plain", "cn_dash", "cn_space", "cn_intl", "cn_intl2", "cn_0086", "cn_fw", "cn_numerals"],
    "cn_land": ["cn_land"],
    "us": ["us_paren", "us_dash", "us_dot", "us_plain", "us_intl", "us_intl2"],
    "uk_mobile": ["uk_mobile", "uk_intl"],
    "uk_land": ["uk_land"],
}
_FMT_KIND = {f: k for k, fs in PHONE_FORMATS.items() for f in fs}


def phone_core(rng: random.Random, lang: str, fmt: str) -> dict[str, Any]:
    kind = _FMT_KIND.get(fmt) if fmt else None
    if kind is None:
        kind = (
            rng.choice(["cn_mobile"] * 6 + ["cn_land"])
            if lang == "zh"
            else rng.choice(["us"] * 6 + ["uk_mobile", "uk_mobile", "uk_land"])
        )
    if kind == "cn_mobile":
        d = "1" + rng.choice("3456789") + _d(rng, 9)
    elif kind == "cn_land":
        area = rng.choice(["010", "021", "020", "0755", "0571", "025", "028", "027", "029", "022", "023"])
        d = area + rng.choice("2345678") + _d(rng, 7 if len(area) == 3 else 6 + rng.randint(0, 1))
    elif kind == "us":
        area = str(rng.randint(2, 9)) + str(rng.randint(0, 8)) + str(rng.randint(0, 9))
        if rng.random() < 0.2:
            d = area + "55501" + _d(rng, 2)
        else:
            d = area + str(rng.randint(2, 9)) + _d(rng, 2) + _d(rng, 4)
    elif kind == "uk_mobile":
        d = "07" + rng.choice(["700 900", "7", "8", "9", "4", "5"]).replace(" ", "")
        d = d + _d(rng, 11 - len(d))
    else:
        d = rng.choice(["020", "0161", "0113", "0117", "0131", "0121"])
        d = d + _d(rng, 11 - len(d))
    return {"kind": kind, "d": d}


def phone_render(c: dict[str, Any], fmt: str, rng: random.Random) -> tuple[str, None]:
    d, kind = c["d"], c["kind"]
    if not fmt or _FMT_KIND.get(fmt) != kind:
        fmt = rng.choice(PHONE_FORMATS[kind])
    if kind == "cn_mobile":
        a, b, e = d[:3], d[3:7], d[7:]
        v = {
            "cn_plain": d,
            "cn_dash": f"{a}-{b}-{e}",
            "cn_space": f"{a} {b} {e}",
            "cn_intl": f"+86 {a} {b} {e}",
            "cn_intl2": f"+86-{d}",
            "cn_0086": f"0086 {d}",
            "cn_fw": to_fullwidth(d),
            "cn_numerals": cn_digits(d, rng.choice(["〇", "零"])),
        }[fmt]
        if fmt == "cn_numerals" and rng.random() < 0.3:
            v = v.replace("一", "幺")
        return v, None
    if kind == "cn_land":
        area = d[:3] if d[1] in "12" else d[:4]
        rest = d[len(area) :]
        return rng.choice(
            [f"{area}-{rest}", f"({area}){rest}", f"{area}-{rest[:4]} {rest[4:]}", f"+86 {area[1:]} {rest}"]
        ), None
    if kind == "us":
        a, b, e = d[:3], d[3:6], d[6:]
        return {
            "us_paren": f"({a}) {b}-{e}",
            "us_dash": f"{a}-{b}-{e}",
            "us_dot": f"{a}.{b}.{e}",
            "us_plain": d,
            "us_intl": f"+1 {a} {b} {e}",
            "us_intl2": f"+1-{a}-{b}-{e}",
        }[fmt], None
    if kind == "uk_mobile":
        return {"uk_mobile": f"{d[:5]} {d[5:]}", "uk_intl": f"+44 {d[1:5]} {d[5:]}"}[fmt], None
    cut = 3 if d.startswith("020") else 4
    return rng.choice(
        [
            f"{d[:cut]} {d[cut : cut + 4 if cut == 3 else cut + 3]} {d[cut + 4 if cut == 3 else cut + 3 :]}",
            f"+44 {d[1:cut]} {d[cut:]}",
        ]
    ), None


# ----------------------------------------------------------------------------- CN_RESIDENT_ID / DRIVER_LICENSE

CN_AREA_CODES = [
    "110101",
    "110105",
    "110108",
    "120101",
    "130102",
    "140105",
    "210102",
    "220102",
    "230103",
    "310101",
    "310104",
    "310115",
    "320102",
    "320505",
    "330102",
    "330106",
    "340104",
    "350203",
    "360102",
    "370102",
    "370212",
    "410105",
    "420106",
    "430104",
    "440103",
    "440305",
    "440106",
    "450103",
    "460105",
    "500103",
    "510104",
    "510107",
    "520102",
    "530102",
    "610113",
    "620102",
    "630102",
    "640104",
    "650102",
    "150102",
    "441900",
    "442000",
]


def _date(rng: random.Random, y0: int, y1: int) -> tuple[int, int, int]:
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    dim = [31, 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return y, m, rng.randint(1, dim[m - 1])


def cnid_core(rng: random.Random, fmt: str) -> dict[str, Any]:
    for _ in range(200):
        area = rng.choice(CN_AREA_CODES)
        if fmt == "old15":
            y, m, d = _date(rng, 1930, 1999)
            return {"v": f"{area}{y % 100:02d}{m:02d}{d:02d}{_d(rng, 3)}", "dob": (y, m, d)}
        y, m, d = _date(rng, 1950, 2006)
        body = f"{area}{y}{m:02d}{d:02d}{_d(rng, 3)}"
        chk = cn_id_check(body)
        if fmt in ("x", "lower_x") and chk != "X":
            continue
        return {"v": body + chk, "dob": (y, m, d)}
    raise RuntimeError("no ID with check X found")


def cnid_render(c: dict[str, Any], fmt: str, rng: random.Random) -> tuple[str, None]:
    v = c["v"]
    if fmt == "lower_x":
        return v.lower(), None
    if fmt == "spaced" and len(v) == 18:
        return f"{v[:6]} {v[6:14]} {v[14:]}", None
    if fmt == "fw":
        return to_fullwidth(v).replace("X", "Ｘ"), None
    return v, None


def dl_core(rng: random.Random, lang: str, fmt: str, ctx: Ctx) -> dict[str, Any]:
    if lang == "zh" and fmt in ("", "cn"):
        return {"v": cnid_core(rng, "")["v"]}
    fmt = fmt or rng.choice(["ca", "ny", "fl", "tx", "uk", "wa"])
    if fmt == "ca":
        v = rng.choice(string.ascii_uppercase) + _d(rng, 7)
    elif fmt == "ny":
        v = f"{_d(rng, 3)} {_d(rng, 3)} {_d(rng, 3)}"
    elif fmt == "fl":
        v = f"{rng.choice(string.ascii_uppercase)}{_d(rng, 3)}-{_d(rng, 3)}-{_d(rng, 2)}-{_d(rng, 3)}-{_d(rng, 1)}"
    elif fmt == "tx":
        v = str(rng.randint(1, 4)) + _d(rng, 7)
    elif fmt == "wa":
        v = "WDL" + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(9))
    elif fmt == "uk":
        sur = "".join(ch for ch in fold_ascii(rng.choice(EN_ORIGINS["anglo"]["last"])).upper() if ch.isalpha())
        sur = (sur + "99999")[:5]
        y, m, d = _date(rng, 1950, 2004)
        mm = m + (50 if rng.random() < 0.5 else 0)
        v = (
            f"{sur}{str(y)[2]}{mm:02d}{d:02d}{str(y)[3]}{rng.choice(string.ascii_uppercase)}"
            f"{rng.choice(string.ascii_uppercase + '9')}9{rng.choice(string.ascii_uppercase)}{rng.choice(string.ascii_uppercase)}"
        )
    else:
        raise ValueError(f"DRIVER_LICENSE format {fmt!r}")
    return {"v": v}


# ----------------------------------------------------------------------------- BANK_CARD


def card_core(rng: random.Random, lang: str, fmt: str) -> dict[str, Any]:
    brand = (
        fmt
        if fmt in ("unionpay", "visa", "mc", "amex", "discover")
        else (
            rng.choice(["unionpay", "unionpay", "unionpay", "visa", "mc"])
            if lang == "zh"
            else rng.choice(["visa", "visa", "mc", "mc", "amex", "discover"])
        )
    )
    if brand == "unionpay":
        prefix, n = (
            rng.choice(["622202", "622848", "621700", "622588", "623058", "621483", "622700"]),
            rng.choice([16, 16, 19]),
        )
    elif brand == "visa":
        prefix, n = "4" + _d(rng, 5), 16
    elif brand == "mc":
        prefix, n = str(rng.randint(51, 55)) + _d(rng, 4), 16
    elif brand == "amex":
        prefix, n = rng.choice(["34", "37"]) + _d(rng, 4), 15
    else:
        prefix, n = "6011" + _d(rng, 2), 16
    body = prefix + _d(rng, n - 1 - len(prefix))
    return {"v": body + luhn_digit(body), "brand": brand}


def card_render(c: dict[str, Any], fmt: str, rng: random.Random) -> tuple[str, None]:
    v = c["v"]
    style = fmt if fmt in ("plain", "spaced", "dashed", "fw") else rng.choice(["plain", "spaced", "spaced", "dashed"])
    if style == "plain":
        return v, None
    groups = [v[:4], v[4:10], v[10:]] if len(v) == 15 else [v[i : i + 4] for i in range(0, len(v), 4)]
    if style == "dashed":
        return "-".join(groups), None
    out = " ".join(groups)
    return (to_fullwidth(out) if style == "fw" else out), None


# ----------------------------------------------------------------------------- EMAIL / URL / WECHAT / QQ


def _person_latin_bits(ctx: Ctx, ref: str | None, rng: random.Random) -> tuple[str, str]:
    core = ctx.get_slot("PERSON", ref) if ref else person_core(rng, ctx.lang, ctx.part, "")
    if core["kind"] == "han":
        return "".join(core["given_py"]), core["fam_py"]
    if core["kind"] == "translit":
        core = person_core(rng, "en", ctx.part, "per_en")
    f = fold_ascii(core["first"]).lower().replace("-", "").replace("'", "")
    last = fold_ascii(core["last"]).lower().replace(" ", "").replace("'", "").replace("-", "")
    return f, last


def email_core(rng: random.Random, lang: str, fmt: str, ref: str | None, ctx: Ctx) -> dict[str, Any]:
    if fmt == "qq":
        return {"v": f"{rng.randint(10000000, 3999999999)}@qq.com"}
    g, f = _person_latin_bits(ctx, ref, rng)
    dom = rng.choice(pool(EMAIL_DOMAINS[lang], ctx.part))
    local = rng.choice(
        [
            f"{g}.{f}",
            f"{g[0]}{f}",
            f"{f}{g}",
            f"{g}_{f}",
            f"{f}.{g}{rng.randint(1, 99)}",
            f"{g}{f}{rng.randint(70, 99)}",
            f"{f}{g[0]}",
        ]
    )
    if lang == "zh" and rng.random() < 0.2 and not ref:
        return {"v": f"{rng.randint(10000000, 3999999999)}@qq.com"}
    return {"v": f"{local}@{dom}", "mixed": rng.random() < 0.12}


def email_render(c: dict[str, Any], fmt: str, rng: random.Random) -> tuple[str, None]:
    v = c["v"]
    if fmt == "upper" or (c.get("mixed") and fmt != "lower"):
        local, dom = v.split("@")
        return ".".join(p.capitalize() for p in local.split(".")) + "@" + dom, None
    return v, None


def url_core(rng: random.Random, lang: str, fmt: str, ref: str | None, ctx: Ctx) -> dict[str, Any]:
    g, f = _person_latin_bits(ctx, ref, rng)
    site = fmt or (
        rng.choice(["weibo", "zhihu", "douban", "bilibili", "github", "xiaohongshu", "linkedin"])
        if lang == "zh"
        else rng.choice(["linkedin", "github", "twitter", "facebook", "instagram", "mastodon", "linkedin", "medium"])
    )
    h = "".join(rng.choice("0123456789abcdef") for _ in range(6))
    v = {
        "weibo": f"https://weibo.com/u/{rng.randint(1000000000, 7999999999)}",
        "zhihu": f"https://www.zhihu.com/people/{f}-{g}-{rng.randint(1, 99)}",
        "douban": f"https://www.douban.com/people/{f}{g}{rng.randint(1980, 2005)}/",
        "bilibili": f"https://space.bilibili.com/{rng.randint(100000, 699999999)}",
        "xiaohongshu": f"https://www.xiaohongshu.com/user/profile/{h}{_d(rng, 4)}{h[::-1]}",
        "github": f"https://github.com/{rng.choice([f + g, g + f, g[0] + f, f'{g}-{f}'])}",
        "linkedin": f"https://www.linkedin.com/in/{g}-{f}-{h}",
        "twitter": f"https://twitter.com/{rng.choice([g + '_' + f, g[0] + f, f + g])}",
        "facebook": f"https://www.facebook.com/{g}.{f}.{rng.randint(1, 99)}",
        "instagram": f"instagram.com/{g}.{f}_{rng.randint(1, 9)}",
        "mastodon": f"https://mastodon.social/@{g}{f}",
        "medium": f"https://medium.com/@{g}.{f}",
    }[site]
    return {"v": v}


def wechat_core(rng: random.Random, lang: str, fmt: str, ref: str | None, ctx: Ctx) -> dict[str, Any]:
    if fmt == "wxid" or (not fmt and rng.random() < 0.3):
        return {"v": "wxid_" + "".join(rng.choice(string.ascii_lowercase + string.digits) for _ in range(14))}
    g, f = _person_latin_bits(ctx, ref, rng)
    v = rng.choice(
        [
            f"{f}{g}_{rng.randint(1980, 2005)}",
            f"{g}{f}{rng.randint(100, 999)}",
            f"{f}-{g}{rng.randint(1, 99)}",
            f"{g[0]}{f}{rng.randint(1000, 9999)}",
            f"{f.capitalize()}{g.capitalize()}{rng.randint(10, 99)}",
        ]
    )
    return {"v": v}


def qq_core(rng: random.Random) -> dict[str, Any]:
    return {"v": str(rng.randint(10000000, 3999999999))}


# ----------------------------------------------------------------------------- the rest


def ip_core(rng: random.Random, fmt: str) -> dict[str, Any]:
    if fmt == "v6" or (not fmt and rng.random() < 0.15):
        pre = rng.choice(["2408:8207", "240e:3b7", "2001:da8", "2600:1700", "2a02:c7f", "2607:f8b0"])
        groups = [format(rng.randint(0, 65535), "x") for _ in range(rng.choice([2, 3, 4]))]
        tail = format(rng.randint(1, 65535), "x")
        return {"v": f"{pre}:{':'.join(groups)}::{tail}"}
    if fmt == "private" or (not fmt and rng.random() < 0.3):
        v = rng.choice(
            [
                f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                f"192.168.{rng.randint(0, 31)}.{rng.randint(2, 254)}",
                f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
            ]
        )
        return {"v": v}
    first = rng.choice(
        [
            23,
            36,
            45,
            58,
            61,
            101,
            103,
            112,
            114,
            116,
            117,
            119,
            120,
            121,
            123,
            125,
            139,
            171,
            180,
            182,
            183,
            202,
            210,
            211,
            218,
            219,
            220,
            221,
            222,
            66,
            72,
            98,
            104,
            173,
            185,
            198,
            207,
            208,
            24,
            71,
            76,
            81,
            86,
            94,
        ]
    )
    return {"v": f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"}


def ssn_core(rng: random.Random) -> dict[str, Any]:
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return {"v": f"{a:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"}


def ssn_render(c: dict[str, Any], fmt: str, rng: random.Random) -> tuple[str, None]:
    v = c["v"]
    style = fmt or rng.choice(["dash", "dash", "dash", "plain", "space"])
    return {"dash": f"{v[:3]}-{v[3:5]}-{v[5:]}", "plain": v, "space": f"{v[:3]} {v[3:5]} {v[5:]}"}[style], None


IBAN_SPECS = {
    "DE": lambda r: _d(r, 8) + _d(r, 10),
    "GB": lambda r: "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(4)) + _d(r, 6) + _d(r, 8),
    "FR": lambda r: _d(r, 5) + _d(r, 5) + _d(r, 11) + _d(r, 2),
    "ES": lambda r: _d(r, 20),
    "NL": lambda r: "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4)) + _d(r, 10),
    "IT": lambda r: r.choice(string.ascii_uppercase) + _d(r, 10) + _d(r, 12),
    "IE": lambda r: "".join(r.choice(string.ascii_uppercase) for _ in range(4)) + _d(r, 14),
    "CH": lambda r: _d(r, 17),
    "PL": lambda r: _d(r, 24),
    "BE": lambda r: _d(r, 12),
}


def iban_core(rng: random.Random, fmt: str) -> dict[str, Any]:
    cc = fmt.upper() if fmt and fmt.upper() in IBAN_SPECS else rng.choice(list(IBAN_SPECS))
    return {"v": iban_make(cc, IBAN_SPECS[cc](rng))}


def iban_render(c: dict[str, Any], fmt: str, rng: random.Random) -> tuple[str, None]:
    v = c["v"]
    if rng.random() < 0.55:
        return " ".join(v[i : i + 4] for i in range(0, len(v), 4)), None
    return v, None


def passport_core(rng: random.Random, lang: str, fmt: str) -> dict[str, Any]:
    kind = fmt or (
        rng.choice(["cn_e", "cn_e", "cn_ea", "cn_g"]) if lang == "zh" else rng.choice(["us", "us_new", "uk"])
    )
    v = {
        "cn_e": lambda: "E" + _d(rng, 8),
        "cn_ea": lambda: "E" + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + _d(rng, 7),
        "cn_g": lambda: "G" + _d(rng, 8),
        "us": lambda: str(rng.randint(1, 9)) + _d(rng, 8),
        "us_new": lambda: rng.choice("ACDEFGHJKLMNPRSTUVWXYZ") + _d(rng, 8),
        "uk": lambda: str(rng.randint(1, 9)) + _d(rng, 8),
    }[kind]()
    return {"v": v}


PLATE_PROV = "京沪粤浙苏川鄂陕津渝鲁闽湘辽豫皖赣冀晋黑吉桂云贵甘宁青新蒙藏琼"


def plate_core(rng: random.Random, lang: str, fmt: str) -> dict[str, Any]:
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    if lang == "zh" or fmt.startswith("cn"):
        prov = rng.choice(PLATE_PROV)
        city = rng.choice("ABCDEFGH")
        if rng.random() < 0.25:
            tail = (
                rng.choice("DF") + _d(rng, 5)
                if rng.random() < 0.5
                else rng.choice("DF") + rng.choice(letters) + _d(rng, 4)
            )
        else:
            chars = list(_d(rng, 5))
            for i in rng.sample(range(5), rng.choice([0, 1, 1, 2])):
                chars[i] = rng.choice(letters)
            tail = "".join(chars)
        return {"kind": "cn", "head": prov + city, "tail": tail}
    kind = fmt or rng.choice(["ca", "ny", "uk", "tx"])
    L = lambda n: "".join(rng.choice(letters) for _ in range(n))  # noqa: E731
    v = {
        "ca": lambda: str(rng.randint(1, 9)) + L(3) + _d(rng, 3),
        "ny": lambda: L(3) + "-" + _d(rng, 4),
        "tx": lambda: L(3) + " " + _d(rng, 4),
        "uk": lambda: L(2) + _d(rng, 2) + " " + L(3),
    }[kind]()
    return {"kind": kind, "v": v}


def plate_render(c: dict[str, Any], fmt: str, rng: random.Random) -> tuple[str, None]:
    if c["kind"] == "cn":
        return c["head"] + rng.choice(["·", "·", " ", "", "-"]) + c["tail"], None
    return c["v"], None


def mac_core(rng: random.Random) -> dict[str, Any]:
    oui = rng.choice(
        [
            "3C22FB",
            "F4F5D8",
            "001A2B",
            "B827EB",
            "DCA632",
            "A4C3F0",
            "70B3D5",
            "ACDE48",
            "5C260A",
            "E45F01",
            "28CFE9",
            "9C8E99",
        ]
    )
    return {"v": oui + "".join(rng.choice("0123456789ABCDEF") for _ in range(6))}


def mac_render(c: dict[str, Any], fmt: str, rng: random.Random) -> tuple[str, None]:
    v = c["v"]
    pairs = [v[i : i + 2] for i in range(0, 12, 2)]
    style = fmt or rng.choice(["colon", "colon", "colon_lower", "dash", "cisco"])
    if style == "colon":
        return ":".join(pairs), None
    if style == "colon_lower":
        return ":".join(pairs).lower(), None
    if style == "dash":
        return "-".join(pairs), None
    return ".".join(v[i : i + 4].lower() for i in range(0, 12, 4)), None


def mrn_core(rng: random.Random, lang: str, fmt: str) -> dict[str, Any]:
    style = fmt or (
        rng.choice(["zy", "mz", "digits", "dash"]) if lang == "zh" else rng.choice(["digits", "mrn", "dash", "alpha"])
    )
    v = {
        "zy": lambda: f"ZY{rng.randint(2015, 2024)}{_d(rng, 6)}",
        "mz": lambda: f"MZ{_d(rng, 10)}",
        "digits": lambda: "00" + _d(rng, 7) if rng.random() < 0.5 else str(rng.randint(1, 9)) + _d(rng, 7),
        "dash": lambda: f"{rng.randint(2015, 2024)}-{_d(rng, 6)}",
        "mrn": lambda: f"MR-{_d(rng, 7)}",
        "alpha": lambda: f"{rng.choice(['PX', 'HV', 'MC', 'KP'])}{_d(rng, 7)}",
    }[style]()
    return {"v": v}


MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def dob_core(rng: random.Random) -> dict[str, Any]:
    return {"ymd": _date(rng, 1938, 2008)}


DOB_FORMATS = {
    "zh": ["cn", "cn_pad", "iso", "slash_iso", "cn_numerals", "dot", "compact"],
    "en": ["us", "us_pad", "long", "long_eu", "iso", "eu", "short_month", "dot"],
}


def dob_render(c: dict[str, Any], fmt: str, rng: random.Random, lang: str) -> tuple[str, dict[str, Any]]:
    y, m, d = c["ymd"]
    fmt = fmt or rng.choice(DOB_FORMATS[lang])
    v = {
        "cn": f"{y}年{m}月{d}日",
        "cn_pad": f"{y}年{m:02d}月{d:02d}日",
        "iso": f"{y}-{m:02d}-{d:02d}",
        "slash_iso": f"{y}/{m:02d}/{d:02d}",
        "cn_numerals": f"{cn_digits(str(y))}年{cn_number(m)}月{cn_number(d)}日",
        "dot": f"{y}.{m:02d}.{d:02d}" if lang == "zh" else f"{d:02d}.{m:02d}.{y}",
        "compact": f"{y}{m:02d}{d:02d}",
        "us": f"{m}/{d}/{y}",
        "us_pad": f"{m:02d}/{d:02d}/{y}",
        "long": f"{MONTHS[m - 1]} {d}, {y}",
        "long_eu": f"{d} {MONTHS[m - 1]} {y}",
        "eu": f"{d:02d}/{m:02d}/{y}",
        "short_month": f"{d:02d}-{MONTHS[m - 1][:3]}-{y}",
    }[fmt]
    return v, {"y": y, "m": m, "d": d}


# ----------------------------------------------------------------------------- dispatcher


def new_core(entity: str, variant: str, fmt: str, ref: str | None, rng: random.Random, ctx: Ctx) -> dict[str, Any]:
    lang, part = ctx.lang, ctx.part
    if entity == "PERSON":
        return person_core(rng, lang, part, variant)
    if entity == "STREET_ADDRESS":
        return address_core(rng, lang, part, variant, fmt)
    if entity == "PHONE_NUMBER":
        return phone_core(rng, lang, fmt)
    if entity == "CN_RESIDENT_ID":
        return cnid_core(rng, fmt)
    if entity == "BANK_CARD":
        return card_core(rng, lang, fmt)
    if entity == "EMAIL_ADDRESS":
        return email_core(rng, lang, fmt, ref, ctx)
    if entity == "IP_ADDRESS":
        return ip_core(rng, fmt)
    if entity == "US_SSN":
        return ssn_core(rng)
    if entity == "IBAN_CODE":
        return iban_core(rng, fmt)
    if entity == "PASSPORT":
        return passport_core(rng, lang, fmt)
    if entity == "LICENSE_PLATE":
        return plate_core(rng, lang, fmt)
    if entity == "QQ_NUMBER":
        return qq_core(rng)
    if entity == "WECHAT_ID":
        return wechat_core(rng, lang, fmt, ref, ctx)
    if entity == "MAC_ADDRESS":
        return mac_core(rng)
    if entity == "DRIVER_LICENSE":
        return dl_core(rng, lang, fmt, ctx)
    if entity == "MEDICAL_RECORD_NUMBER":
        return mrn_core(rng, lang, fmt)
    if entity == "PROFILE_URL":
        return url_core(rng, lang, fmt, ref, ctx)
    if entity == "DATE_OF_BIRTH":
        return dob_core(rng)
    raise ValueError(f"unknown entity {entity}")


def render(
    entity: str, core: dict[str, Any], fmt: str, rng: random.Random, lang: str
) -> tuple[str, dict[str, Any] | None]:
    if entity == "PERSON":
        return person_render(core, fmt, rng)
    if entity == "STREET_ADDRESS":
        return address_render(core, fmt, rng)
    if entity == "PHONE_NUMBER":
        return phone_render(core, fmt, rng)
    if entity in ("CN_RESIDENT_ID",):
        return cnid_render(core, fmt, rng)
    if entity == "BANK_CARD":
        return card_render(core, fmt, rng)
    if entity == "EMAIL_ADDRESS":
        return email_render(core, fmt, rng)
    if entity == "US_SSN":
        return ssn_render(core, fmt, rng)
    if entity == "IBAN_CODE":
        return iban_render(core, fmt, rng)
    if entity == "LICENSE_PLATE":
        return plate_render(core, fmt, rng)
    if entity == "MAC_ADDRESS":
        return mac_render(core, fmt, rng)
    if entity == "DATE_OF_BIRTH":
        return dob_render(core, fmt, rng, lang)
    return core["v"], None


# ----------------------------------------------------------------------------- hard negatives


def _isbn13(rng: random.Random, prefix: str) -> str:
    body = prefix + _d(rng, 12 - len(prefix))
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    chk = (10 - s % 10) % 10
    b = body + str(chk)
    return f"{b[:3]}-{b[3]}-{b[4:7]}-{b[7:12]}-{b[12]}"


def _ups(rng: random.Random) -> str:
    return "1Z" + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(6)) + _d(rng, 10)


NEGATIVE_POOLS: dict[str, dict[str, list[str]]] = {
    "public_figure": {
        "zh": [
            "李白",
            "杜甫",
            "孙悟空",
            "诸葛亮",
            "鲁迅",
            "孔子",
            "苏轼",
            "林黛玉",
            "贾宝玉",
            "哪吒",
            "屈原",
            "王羲之",
            "爱因斯坦",
            "莎士比亚",
            "司马迁",
            "欧阳修",
            "上官婉儿",
            "曹操",
            "花木兰",
            "钱学森",
            "袁隆平",
            "居里夫人",
            "牛顿",
            "秦始皇",
            "武则天",
            "猪八戒",
            "福尔摩斯",
            "李清照",
        ],
        "en": [
            "Lewis Carroll",
            "President Obama",
            "Elizabeth II",
            "Albert Einstein",
            "Sherlock Holmes",
            "Harry Potter",
            "Marie Curie",
            "Abraham Lincoln",
            "Taylor Swift",
            "William Shakespeare",
            "Ada Lovelace",
            "Alan Turing",
            "Frodo Baggins",
            "Napoleon Bonaparte",
            "Jane Austen",
            "Martin Luther King Jr.",
            "Serena Williams",
            "Elon Musk",
            "Hermione Granger",
            "Charles Darwin",
            "Queen Victoria",
            "Leonardo da Vinci",
            "Mahatma Gandhi",
            "Nelson Mandela",
            "Atticus Finch",
            "Frida Kahlo",
            "Winston Churchill",
            "Confucius",
        ],
    },
    "product": {
        "zh": [
            "特斯拉Model 3",
            "iPhone 15",
            "小米14",
            "华为Mate 60",
            "比亚迪汉",
            "理想L9",
            "Kindle Paperwhite",
            "蔚来ES6",
            "大疆Mini 4 Pro",
            "PlayStation 5",
            "戴森V12",
            "MacBook Air",
            "Switch OLED",
            "荣耀Magic6",
        ],
        "en": [
            "Tesla Model 3",
            "iPhone 15",
            "PlayStation 5",
            "MacBook Air",
            "Kindle Paperwhite",
            "Ford F-150",
            "Galaxy S24",
            "Toyota Corolla",
            "Surface Pro 9",
            "AirPods Pro",
            "Honda Civic",
            "Nintendo Switch",
            "Pixel 8",
            "Instant Pot Duo",
            "Dyson V15",
            "Jeep Wrangler",
        ],
    },
    "organisation": {
        "zh": [
            "谷歌",
            "微软",
            "阿里巴巴",
            "中国银行",
            "国家统计局",
            "招商银行",
            "腾讯",
            "华为",
            "北京大学",
            "中国移动",
            "顺丰速运",
            "国家卫生健康委员会",
            "人民法院报",
            "京东",
            "协和医院",
            "联合国",
        ],
        "en": [
            "Microsoft",
            "Google",
            "the United Nations",
            "Red Cross",
            "Stanford University",
            "Amazon",
            "the World Health Organization",
            "Bank of America",
            "NASA",
            "the BBC",
            "Mayo Clinic",
            "Wells Fargo",
            "FedEx",
            "Oxfam",
            "the European Central Bank",
            "Pfizer",
        ],
    },
    "code_identifier": {
        "zh": [
            "Python",
            "Java",
            "getUserName()",
            "user_id",
            "phone_number",
            "PersonName",
            "address_line1",
            "np.array",
            "String.format",
            "HashMap",
            "README.md",
            "SELECT",
            "pandas.DataFrame",
            "JavaScript",
            "Rust",
            "Go",
            "Kotlin",
            "print()",
            "__init__",
            "id_card_no",
        ],
        "en": [
            "Python",
            "Java",
            "getUserName()",
            "user_id",
            "phone_number",
            "PersonName",
            "address_line1",
            "np.array",
            "String.format",
            "HashMap",
            "README.md",
            "JavaScript",
            "Rust",
            "Go",
            "Kotlin",
            "customer_email",
            "ssn_hash",
            "print()",
            "__init__",
            "std::vector",
            "Ruby",
            "Julia",
        ],
    },
    "common_word": {
        "zh": [
            "左心室",
            "单元格",
            "顾客",
            "高兴",
            "白云",
            "黄金",
            "明天",
            "王牌",
            "文明",
            "安宁",
            "平安",
            "马上",
            "方便",
            "海洋",
            "金牌",
            "石头",
            "江山",
            "林业",
            "周末",
            "万一",
            "华丽",
            "高峰",
            "程序",
            "单位",
        ],
        "en": [
            "Gift shop",
            "Apple pie",
            "Rose garden",
            "Will",
            "May",
            "Hope",
            "Grace period",
            "Baker's dozen",
            "Smith chart",
            "Hunter green",
            "Bill of materials",
            "Park",
            "Frank discussion",
            "Mark",
            "Summer",
            "Crystal clear",
            "Victoria sponge",
            "Jack",
            "Dawn",
            "Sterling",
            "Main Street USA",
            "Reading",
            "Young",
            "Sharp",
        ],
    },
    "public_place": {
        "zh": ["天安门", "西湖", "故宫", "黄山", "长城", "外滩", "鼓浪屿", "泰山", "洱海", "颐和园"],
        "en": [
            "the Golden Gate Bridge",
            "Times Square",
            "Hyde Park",
            "the Grand Canyon",
            "Central Park",
            "Big Ben",
            "Yellowstone",
            "the Eiffel Tower",
            "Niagara Falls",
            "Piccadilly Circus",
        ],
    },
}


def negative_value(kind: str, lang: str, part: str, rng: random.Random) -> str:
    if kind in NEGATIVE_POOLS:
        return rng.choice(pool(NEGATIVE_POOLS[kind][lang], part))
    if kind == "number":
        return rng.choice(
            [
                lambda: "".join(rng.choice("01") for _ in range(8)),
                lambda: "3.14159",
                lambda: "2.71828",
                lambda: f"{rng.randint(2, 99)} × {rng.randint(2, 99)}",
                lambda: str(rng.choice([1024, 2048, 4096, 65536, 2147483647, 104729, 7919, 1000000007])),
                lambda: f"0x{rng.randint(0, 0xFFFFFFFF):08X}",
                lambda: f"{rng.randint(10, 9999)}.{rng.randint(0, 99):02d}",
                lambda: f"{rng.randint(1, 999)},{rng.randint(0, 999):03d}",
                lambda: f"{rng.randint(3, 97)}%",
            ]
        )()
    if kind == "money":
        return rng.choice(
            [
                f"¥{rng.randint(10, 99999)}.{rng.randint(0, 99):02d}",
                f"${rng.randint(5, 9999):,}.{rng.randint(0, 99):02d}",
                f"{rng.randint(10, 9999)}元",
                f"£{rng.randint(5, 999)}.{rng.randint(0, 99):02d}",
            ]
        )
    if kind == "tracking_number":
        return rng.choice(
            [
                _ups(rng),
                "SF" + _d(rng, 13),
                "YT" + _d(rng, 16),
                "9400" + _d(rng, 18),
                "JD" + _d(rng, 13),
                "ZTO" + _d(rng, 12),
            ]
        )
    if kind == "isbn":
        return _isbn13(rng, rng.choice(["9787", "97801", "97803", "97875"]))
    if kind == "version":
        return rng.choice(
            [
                f"v{rng.randint(0, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 20)}",
                f"{rng.randint(1, 130)}.0.{rng.randint(1000, 6999)}.{rng.randint(10, 200)}",
                f"{rng.randint(1, 5)}.{rng.randint(0, 12)}.{rng.randint(0, 9)}",
            ]
        )
    if kind == "timestamp":
        y, m, d = _date(rng, 2019, 2025)
        hh, mm, ss = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
        return rng.choice(
            [
                f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:{ss:02d}Z",
                str(rng.randint(1546300800, 1767225600)),
                f"{y}-{m:02d}-{d:02d} {hh:02d}:{mm:02d}:{ss:02d}",
                f"{hh:02d}:{mm:02d}:{ss:02d}.{_d(rng, 3)}",
            ]
        )
    if kind == "order_number":
        return rng.choice(
            [
                f"ORD-{rng.randint(2019, 2025)}-{_d(rng, 6)}",
                f"#{rng.randint(100000, 999999)}",
                f"DD{_d(rng, 12)}",
                f"INV-{_d(rng, 5)}",
            ]
        )
    if kind == "service_number":
        return rng.choice(
            {
                "zh": ["110", "120", "119", "12315", "12345", "95588", "10086", "95533"],
                "en": ["911", "999", "112", "311", "988", "111"],
            }[lang]
        )
    raise ValueError(f"unknown negative kind {kind}")


NEGATIVE_KINDS = (
    *tuple(NEGATIVE_POOLS),
    "number",
    "money",
    "tracking_number",
    "isbn",
    "version",
    "timestamp",
    "order_number",
    "service_number",
)
