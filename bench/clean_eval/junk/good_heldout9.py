"""Good look-alikes of the ninth held-out part (heldout9): authored records the clean stage must keep.

Each record answers its prompt correctly and completely, but its answer looks like junk to a careless
filter: lines whose numbers drift (long division, a compound-interest schedule), phone numbers and
URLs, licence text and a cookie banner asked for, lorem ipsum asked for, N/A and 待补充 cells, TODO
stubs, a sentence handed back transformed, mojibake quoted and explained, and keyword lists.  Every
computed answer is computed here and checked again by tests/bench/clean_eval/junk/test_good_heldout9.py.
Thirteen kinds, none used by heldout2-8 (their kind names were read from MANIFEST.json, no record of
theirs): long_division, interest_schedule, phone_e164, url_slug, reference_list, license_header,
consent_banner, lorem_ipsum, missing_values, code_stub, voice_change, mojibake_explained, seo_keywords.
No corpus text; all names, sites, journals, DOIs and phone numbers are invented (555-01xx, 020 7946 0xxx).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from textutil import build_good_rows

Rec = dict[str, str]
GoodGen = Callable[[random.Random], Rec]

GOOD_PER_LANG = 390


def _rec(instruction: str, output: str, inp: str = "") -> Rec:
    return {"instruction": instruction, "input": inp, "output": output}


# -------------------------------------------------------------------------------------- long_division


def division_steps(a: int, b: int) -> list[tuple[int, int, int, int, int]]:
    """(digit brought down, running value, quotient digit, product, remainder) for each digit of ``a``."""
    steps, rem = [], 0
    for ch in str(a):
        cur = rem * 10 + int(ch)
        q, rem = divmod(cur, b)
        steps.append((int(ch), cur, q, q * b, rem))
    return steps


def long_division(rng: random.Random, lang: str) -> Rec:
    a, b = rng.randint(1000, 99999), rng.randint(3, 19)
    steps = division_steps(a, b)
    q, r = divmod(a, b)
    if lang == "en":
        ins = rng.choice(
            [
                "Work out {a} ÷ {b} by long division, one line per digit brought down.",
                "Show the long division of {a} by {b} step by step and give the quotient and remainder.",
            ]
        ).format(a=a, b=b)
        lines = [f"Bring down {d}: {c} ÷ {b} = {x}, {x} × {b} = {p}, remainder {m}." for d, c, x, p, m in steps]
        lines.append(f"Answer: {a} ÷ {b} = {q} remainder {r}.")
    else:
        ins = rng.choice(
            ["用竖式计算 {a} ÷ {b}，每移下一位写一行。", "请一步一步写出 {a} 除以 {b} 的长除法过程，并给出商和余数。"]
        ).format(a=a, b=b)
        lines = [f"移下 {d}：{c} ÷ {b} = {x}，{x} × {b} = {p}，余 {m}。" for d, c, x, p, m in steps]
        lines.append(f"所以 {a} ÷ {b} = {q} …… {r}。")
    return _rec(ins, "\n".join(lines))


# ---------------------------------------------------------------------------------- interest_schedule


def balances(principal: int, rate: float, years: int) -> list[float]:
    """Year-end balances with yearly compounding, rounded to cents for display only."""
    return [round(principal * (1 + rate / 100) ** k, 2) for k in range(1, years + 1)]


def interest_schedule(rng: random.Random, lang: str) -> Rec:
    p = rng.choice([500, 800, 1000, 1200, 1500, 2000, 2500, 3000, 5000, 10000])
    rate = rng.choice([1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 6])
    n = rng.randint(5, 10)
    bal = balances(p, rate, n)
    rs = f"{rate:g}"
    if lang == "en":
        ins = (
            f"${p:,} is deposited at {rs}% interest compounded once a year. "
            f"List the balance at the end of each year for {n} years."
        )
        out = "\n".join(f"Year {k}: ${v:,.2f}" for k, v in enumerate(bal, 1))
    else:
        ins = f"本金{p}元，年利率{rs}%，每年复利一次。请列出第1年到第{n}年每年年末的本息和（保留两位小数）。"
        out = "\n".join(f"第{k}年末：{v:.2f}元" for k, v in enumerate(bal, 1))
    return _rec(ins, out)


# ------------------------------------------------------------------------------------------ phone_e164


def phone_e164(rng: random.Random, lang: str) -> Rec:
    n = rng.randint(3, 6)
    if lang == "en":
        if rng.random() < 0.5:
            area = [rng.choice(["202", "312", "415", "617", "718", "503"]) for _ in range(n)]
            nums = [(a, f"555-01{rng.randint(0, 99):02d}") for a in area]
            inp = "\n".join(f"({a}) {x}" for a, x in nums)
            out = "\n".join("+1" + a + x.replace("-", "") for a, x in nums)
            ins = "Rewrite these US phone numbers in E.164 format, one per line."
        else:
            nums = [f"020 7946 0{rng.randint(0, 999):03d}" for _ in range(n)]
            inp = "\n".join(nums)
            out = "\n".join("+44 " + x[1:] for x in nums)
            ins = "Give these London numbers in international format (+44, drop the leading 0), one per line."
    else:
        nums = [f"1{rng.choice('3456789')}{rng.randint(0, 9)}{rng.randint(0, 99999999):08d}" for _ in range(n)]
        inp = "\n".join(nums)
        if rng.random() < 0.5:
            ins = "把下面的手机号码改写成 E.164 国际格式，每行一个。"
            out = "\n".join("+86" + x for x in nums)
        else:
            ins = "把下面的手机号码写成带国家码的分段格式（+86 3-4-4），每行一个。"
            out = "\n".join(f"+86 {x[:3]} {x[3:7]} {x[7:]}" for x in nums)
    return _rec(ins, out, inp)


# -------------------------------------------------------------------------------------------- url_slug

TITLE_VERBS = ["Bake", "Repot", "Sharpen", "Clean", "Store", "Plan", "Paint", "Fold", "Patch", "Brew"]
TITLE_NOUNS = [
    "Sourdough Bread",
    "a Fiddle-Leaf Fig",
    "Kitchen Knives",
    "Cast-Iron Pans",
    "Winter Tyres",
    "a Road Trip",
    "a Garden Fence",
    "Paper Cranes",
    "a Bike Tube",
    "Cold Brew Coffee",
]


def slugify(title: str) -> str:
    """Lower-case, apostrophes dropped, every run of other non-alphanumerics one hyphen, no edge hyphens."""
    s = re.sub(r"['’]", "", title.lower())
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def url_slug(rng: random.Random, lang: str) -> Rec:
    titles = []
    for _ in range(rng.randint(3, 5)):
        v, noun = rng.choice(TITLE_VERBS), rng.choice(TITLE_NOUNS)
        titles.append(
            rng.choice(
                [f"How to {v} {noun}", f"{rng.randint(3, 12)} Ways to {v} {noun}", f"Don't {v} {noun} Like This!"]
            )
        )
    site = rng.choice(["https://blog.example.com/", "https://www.example.org/guides/", "https://notes.example.net/"])
    full = rng.random() < 0.5
    out = "\n".join((site if full else "") + slugify(t) for t in titles)
    if lang == "en":
        ins = "Make URL slugs for these post titles" + (f", as full links under {site}" if full else "") + "."
    else:
        ins = (
            "为下面这些英文文章标题生成 URL 别名（slug）"
            + (f"，写成 {site} 下的完整链接" if full else "")
            + "，每行一个。"
        )
    return _rec(ins, out, "\n".join(titles))


# -------------------------------------------------------------------------------------- reference_list

SURNAMES = [
    "Okafor",
    "Lindqvist",
    "Moreau",
    "Tanaka",
    "Brennan",
    "Haddad",
    "Kowalski",
    "Ferreira",
    "Abbott",
    "Nakamura",
]
INITIALS = ["A.", "B.", "C. J.", "D.", "E. M.", "F.", "G.", "H. L.", "J.", "K."]
TOPICS = [
    "Soil moisture and seedling survival",
    "Commuter cycling in mid-sized cities",
    "Sleep timing and exam performance",
    "Glacier retreat in the southern Alps",
    "Bilingual signage and wayfinding",
    "Microplastics in estuary sediment",
    "Heat pumps in older housing",
    "Reading aloud and vocabulary growth",
]
JOURNALS = ["Journal of Field Ecology", "Urban Mobility Review", "Learning and Memory Letters", "Alpine Studies"]
ZH_NAMES = ["王明", "李华", "张晓燕", "陈磊", "刘洋", "赵静", "孙浩", "周婷"]
ZH_TITLES = [
    "城市绿地对夏季气温的影响",
    "高中生睡眠时长调查",
    "稻田养鸭的经济效益分析",
    "老旧小区加装电梯的居民意愿",
    "方言保护与短视频传播",
]
ZH_JOURNALS = ["地理研究通讯", "教育统计学刊", "农业经济与管理", "城市规划评论"]


def reference_list(rng: random.Random, lang: str) -> Rec:
    refs = []
    for _ in range(rng.randint(2, 4)):
        doi = f"10.{rng.randint(1000, 9999)}/{rng.choice('abcdefgh')}{rng.randint(10000, 99999)}"
        refs.append(
            {
                "y": rng.randint(2008, 2023),
                "vol": rng.randint(3, 60),
                "iss": rng.randint(1, 12),
                "p1": (p1 := rng.randint(10, 400)),
                "p2": p1 + rng.randint(6, 25),
                "doi": doi,
            }
        )
    if lang == "en":
        for r in refs:
            r.update(au=rng.choice(SURNAMES), ini=rng.choice(INITIALS), t=rng.choice(TOPICS), j=rng.choice(JOURNALS))
        inp = "\n".join(
            f"{r['au']}, {r['ini']} | {r['y']} | {r['t']} | {r['j']} {r['vol']}({r['iss']}), pp. {r['p1']}-{r['p2']} | doi {r['doi']}"
            for r in refs
        )
        lines = sorted(
            f"{r['au']}, {r['ini']} ({r['y']}). {r['t']}. {r['j']}, {r['vol']}({r['iss']}), {r['p1']}–{r['p2']}. "
            f"https://doi.org/{r['doi']}"
            for r in refs
        )
        ins = "Format these sources as an APA 7 reference list, sorted by author."
    else:
        for r in refs:
            r.update(au="，".join(rng.sample(ZH_NAMES, 2)), t=rng.choice(ZH_TITLES), j=rng.choice(ZH_JOURNALS))
        inp = "\n".join(
            f"作者：{r['au']}；题名：{r['t']}；刊名：{r['j']}；{r['y']}年第{r['vol']}卷第{r['iss']}期，"
            f"第{r['p1']}-{r['p2']}页；DOI：{r['doi']}"
            for r in refs
        )
        lines = [
            f"[{k}] {r['au'].replace('，', ', ')}. {r['t']}[J]. {r['j']}, {r['y']}, {r['vol']}({r['iss']}): "
            f"{r['p1']}-{r['p2']}. DOI: {r['doi']}."
            for k, r in enumerate(refs, 1)
        ]
        ins = "请按 GB/T 7714 格式整理下面的参考文献，按原顺序编号。"
    return _rec(ins, "\n".join(lines), inp)


# -------------------------------------------------------------------------------------- license_header

HOLDERS = ["Tern Labs Ltd", "Maya Okonkwo", "the Harbor Project authors", "Quillfeather GmbH", "Juniper Works"]
ZH_HOLDERS = ["杭州青禾科技有限公司", "星河开源社区", "李雨桐", "北京云帆数据有限公司"]
APACHE = [
    'Licensed under the Apache License, Version 2.0 (the "License");',
    "you may not use this file except in compliance with the License.",
    "You may obtain a copy of the License at",
    "",
    "    http://www.apache.org/licenses/LICENSE-2.0",
    "",
    "Unless required by applicable law or agreed to in writing, software",
    'distributed under the License is distributed on an "AS IS" BASIS,',
    "WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.",
    "See the License for the specific language governing permissions and",
    "limitations under the License.",
]
MULAN = [
    "{project} is licensed under Mulan PSL v2.",
    "You can use this software according to the terms and conditions of the Mulan PSL v2.",
    "You may obtain a copy of Mulan PSL v2 at:",
    "         http://license.coscl.org.cn/MulanPSL2",
    'THIS SOFTWARE IS PROVIDED ON AN "AS IS" BASIS, WITHOUT WARRANTIES OF ANY KIND,',
    "EITHER EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO NON-INFRINGEMENT,",
    "MERCHANTABILITY OR FIT FOR A PARTICULAR PURPOSE.",
    "See the Mulan PSL v2 for more details.",
]
COMMENT = {"Python": "#", "Go": "//", "JavaScript": "//", "Rust": "//", "shell script": "#"}


def license_header(rng: random.Random, lang: str) -> Rec:
    year, code = rng.randint(2015, 2025), rng.choice(list(COMMENT))
    mark = COMMENT[code]
    if lang == "en" or rng.random() < 0.4:
        holder = rng.choice(HOLDERS if lang == "en" else ZH_HOLDERS)
        body = [f"Copyright {year} {holder}", "", *APACHE]
        name = "Apache-2.0"
    else:
        holder, project = rng.choice(ZH_HOLDERS), rng.choice(["qinghe-sdk", "xinghe-ui", "yunfan-etl"])
        body = [f"Copyright (c) {year} {holder}", *[ln.format(project=project) for ln in MULAN]]
        name = f"木兰宽松许可证第2版（Mulan PSL v2，项目名 {project}）"
    out = "\n".join((mark + " " + ln).rstrip() for ln in body)
    if lang == "en":
        ins = f"Write the {name} licence header comment for the top of a {code} file, copyright {year} {holder}."
    else:
        ins = f"请写出放在 {code} 源文件开头的许可证头注释：{name}，版权归 {holder}，年份 {year}。"
    return _rec(ins, out)


# -------------------------------------------------------------------------------------- consent_banner

SITES = ["Pebble & Pine", "Northwind Recipes", "Loomcraft", "Tidewater Tickets", "Brightleaf Books", "Oakridge Vets"]
ZH_SITES = ["青禾书店", "小满食谱", "云帆票务", "橡树宠物医院", "拾光相册"]
EN_BUTTONS = [["Accept all", "Reject all"], ["Accept", "Settings"], ["Allow all", "Only necessary", "Customise"]]
ZH_BUTTONS = [["全部接受", "全部拒绝"], ["同意", "设置"], ["接受全部", "仅必要", "自定义"]]


def consent_banner(rng: random.Random, lang: str) -> Rec:
    k = rng.randrange(len(EN_BUTTONS))
    if lang == "en":
        site, buttons = rng.choice(SITES), EN_BUTTONS[k]
        purposes = rng.sample(
            ["remember your basket", "measure traffic", "show relevant offers", "keep you signed in"], 2
        )
        ins = (
            f"Write the text of a short cookie consent banner for the website {site}, with the buttons "
            + (", ".join(f'"{b}"' for b in buttons))
            + "."
        )
        out = (
            f"{site} uses cookies\n"
            f"We use cookies to {purposes[0]} and {purposes[1]}. You can change your choice at any time under "
            "Cookie settings in the footer.\n" + "   ".join(f"[{b}]" for b in buttons)
        )
    else:
        site, buttons = rng.choice(ZH_SITES), ZH_BUTTONS[k]
        purposes = rng.sample(["记住您的购物车", "统计访问量", "推荐相关内容", "保持登录状态"], 2)
        ins = f"为网站“{site}”写一段简短的 Cookie 提示横幅文案，按钮为" + "、".join(f"“{b}”" for b in buttons) + "。"
        out = (
            f"{site}使用Cookie\n我们使用Cookie来{purposes[0]}和{purposes[1]}。您可以随时在页面底部的“Cookie设置”中更改选择。\n"
            + "   ".join(f"[{b}]" for b in buttons)
        )
    return _rec(ins, out)


# ----------------------------------------------------------------------------------------- lorem_ipsum

LOREM_TEXT = (
    "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et "
    "dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip "
    "ex ea commodo consequat. Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu "
    "fugiat nulla pariatur. Excepteur sint occaecat cupidatat non proident, sunt in culpa qui officia deserunt "
    "mollit anim id est laborum."
)


def lorem_words(n: int) -> str:
    """The first ``n`` words of the standard passage, ending with a full stop."""
    text = " ".join(LOREM_TEXT.split()[:n])
    return text.rstrip(",.") + "."


def lorem_ipsum(rng: random.Random, lang: str) -> Rec:
    n = rng.randint(8, 69)
    if lang == "en":
        ins = rng.choice(
            [
                "I need exactly {n} words of lorem ipsum placeholder text for a mock-up. Just the text, please.",
                "Give me the first {n} words of the standard Lorem ipsum passage.",
            ]
        ).format(n=n)
    else:
        ins = rng.choice(
            [
                "做网页原型要用占位文字，请给出标准 Lorem ipsum 段落的前 {n} 个单词，只要文字。",
                "请输出 {n} 个单词的 Lorem ipsum 假文。",
            ]
        ).format(n=n)
    return _rec(ins, lorem_words(n))


# -------------------------------------------------------------------------------------- missing_values

PEOPLE = ["Ines", "Tomasz", "Aiko", "Rafael", "Greta", "Kwame", "Lena", "Omar", "Priya", "Sven"]
CITIES = ["Porto", "Gdańsk", "Osaka", "Recife", "Bergen", "Accra", "Graz", "Tunis", "Pune", "Malmö"]
ZH_PEOPLE = ["张伟", "王芳", "刘强", "陈静", "杨帆", "赵磊", "黄丽", "周杰", "吴敏", "徐涛"]
ZH_CITIES = ["成都", "青岛", "厦门", "西安", "昆明", "大连", "苏州", "长沙", "南宁", "兰州"]


def missing_values(rng: random.Random, lang: str) -> Rec:
    n = rng.randint(3, 6)
    people = rng.sample(PEOPLE if lang == "en" else ZH_PEOPLE, n)
    cities = rng.sample(CITIES if lang == "en" else ZH_CITIES, n)
    rows, notes = [], []
    for p, c in zip(people, cities, strict=True):
        city = c if rng.random() < 0.6 else None
        ext = str(rng.randint(100, 899)) if rng.random() < 0.6 else None
        rows.append((p, city, ext))
    if all(c and e for _, c, e in rows):
        rows[0] = (rows[0][0], None, rows[0][2])
    fill = "N/A" if lang == "en" else rng.choice(["待补充", "—"])
    for p, c, e in rows:
        if lang == "en":
            bits = [f"{p}"] + ([f"lives in {c}"] if c else []) + ([f"ext. {e}"] if e else [])
            notes.append(", ".join(bits))
        else:
            bits = [p] + ([f"在{c}"] if c else []) + ([f"分机{e}"] if e else [])
            notes.append("，".join(bits))
    if lang == "en":
        ins = "Put these staff notes into a markdown table with columns Name, City, Extension. Write N/A for anything not given."
        head = "| Name | City | Extension |\n|---|---|---|"
    else:
        ins = f"把下面的员工信息整理成 Markdown 表格，列为 姓名、城市、分机号，没有给出的信息填“{fill}”。"
        head = "| 姓名 | 城市 | 分机号 |\n|---|---|---|"
    body = "\n".join(f"| {p} | {c or fill} | {e or fill} |" for p, c, e in rows)
    return _rec(ins, head + "\n" + body, "\n".join(notes))


# ------------------------------------------------------------------------------------------- code_stub

FUNCS = [
    ("load_orders", "path: str", "list[dict]", "Read orders from a CSV file.", "从 CSV 文件读取订单。"),
    (
        "total_by_customer",
        "orders: list[dict]",
        "dict[str, float]",
        "Sum order totals per customer.",
        "按客户汇总订单金额。",
    ),
    ("send_reminder", "email: str, days_late: int", "None", "E-mail a payment reminder.", "发送付款提醒邮件。"),
    ("parse_date", "text: str", "date", "Parse a date written as DD/MM/YYYY.", "解析 DD/MM/YYYY 格式的日期。"),
    (
        "top_products",
        "orders: list[dict], n: int",
        "list[str]",
        "Return the n best-selling products.",
        "返回销量最高的 n 个商品。",
    ),
    ("apply_discount", "price: float, code: str", "float", "Apply a discount code to a price.", "对价格应用折扣码。"),
    ("export_report", "rows: list[dict], path: str", "None", "Write the report as JSON.", "把报表写成 JSON 文件。"),
]


def code_stub(rng: random.Random, lang: str) -> Rec:
    picked = rng.sample(FUNCS, rng.randint(2, 4))
    blocks = []
    for name, args, ret, en_doc, zh_doc in picked:
        doc = en_doc if lang == "en" else zh_doc
        todo = "# TODO: implement" if lang == "en" else "# TODO: 待实现"
        blocks.append(f'def {name}({args}) -> {ret}:\n    """{doc}"""\n    {todo}\n    raise NotImplementedError')
    names = ", ".join(f"`{p[0]}`" for p in picked)
    if lang == "en":
        ins = (
            f"Write Python stubs for {names}: signature with type hints, a one-line docstring, "
            "a TODO comment and `raise NotImplementedError`. No implementation yet."
        )
    else:
        ins = f"请为 {names} 写出 Python 函数桩：带类型注解的签名、一行文档字符串、一条 TODO 注释和 `raise NotImplementedError`，先不要实现。"
    return _rec(ins, "```python\n" + "\n\n\n".join(blocks) + "\n```")


# ------------------------------------------------------------------------------------------ voice_change

AGENTS = ["gardener", "teacher", "chef", "mechanic", "librarian", "pilot", "painter", "nurse"]
VERBS = [
    ("watered", "watered", "plants"),
    ("wrote", "written", "letter"),
    ("baked", "baked", "cake"),
    ("repaired", "repaired", "engine"),
    ("drew", "drawn", "map"),
    ("shut", "shut", "gate"),
    ("found", "found", "key"),
    ("chose", "chosen", "colour"),
]
ZH_AGENTS = ["小明", "妈妈", "老师", "小猫", "哥哥", "邻居", "司机", "奶奶"]
ZH_ACTS = [
    ("那本书", "借走"),
    ("窗户", "打开"),
    ("蛋糕", "吃完"),
    ("作业", "写完"),
    ("花瓶", "打碎"),
    ("门", "关上"),
    ("衣服", "洗干净"),
]


def voice_change(rng: random.Random, lang: str) -> Rec:
    n = rng.randint(3, 5)
    src, dst = [], []
    if lang == "en":
        for agent, (past, pp, obj) in zip(rng.sample(AGENTS, n), rng.sample(VERBS, n), strict=True):
            be = "were" if obj.endswith("s") else "was"
            src.append(f"The {agent} {past} the {obj}.")
            dst.append(f"The {obj} {be} {pp} by the {agent}.")
        ins = "Rewrite each sentence in the passive voice, one per line."
    else:
        for agent, (obj, verb) in zip(rng.sample(ZH_AGENTS, n), rng.sample(ZH_ACTS, n), strict=True):
            src.append(f"{agent}把{obj}{verb}了。")
            dst.append(f"{obj}被{agent}{verb}了。")
        ins = "把下面的“把”字句逐句改成“被”字句，每行一句。"
    if rng.random() < 0.5:
        src, dst = dst, src
        ins = (
            "Rewrite each sentence in the active voice, one per line."
            if lang == "en"
            else "把下面的“被”字句逐句改成“把”字句，每行一句。"
        )
    return _rec(ins, "\n".join(dst), "\n".join(src))


# ------------------------------------------------------------------------------------ mojibake_explained

EN_PHRASES = [
    "café au lait",
    "naïve idea",
    "Zürich–Genève",
    "déjà vu",
    "São Paulo",
    "piñata party",
    "Crème fraîche",
    "It’s 25 °C",
    "Señor Muñoz",
    "façade repairs",
    "Björk’s encore",
    "über-cool",
    "½ cup of flour",
    "Ångström units",
    "the Brontës",
    "jalapeño salsa",
]
ZH_PHRASES = [
    "我们明天见",
    "欢迎光临",
    "会议改到周三",
    "请输入密码",
    "文件已保存",
    "今天天气不错",
    "系统正在升级",
    "订单已发货",
    "账号或密码错误",
    "下载完成",
    "请稍后再试",
    "感谢您的支持",
    "周末愉快",
    "电量不足",
    "网络连接失败",
    "新年快乐",
]
CODECS = {"cp1252": "Windows-1252", "latin-1": "Latin-1", "gbk": "GBK"}


def garble(text: str, codec: str) -> str:
    """UTF-8 bytes decoded with the wrong codec (undecodable bytes become U+FFFD)."""
    return text.encode("utf-8").decode(codec, errors="replace")


def mojibake_explained(rng: random.Random, lang: str) -> Rec:
    if lang == "en":
        orig, codec = rng.choice(EN_PHRASES), rng.choice(["cp1252", "cp1252", "latin-1"])
        if codec == "latin-1" and any(ord(c) > 255 for c in orig):
            codec = "cp1252"
        bad = garble(orig, codec)
        ins = rng.choice(
            [
                f"A spreadsheet shows “{bad}” where it should show normal text. What happened, and what is the original?",
                f'Why does my page display "{bad}" instead of the right text, and what should it say?',
            ]
        )
        out = (
            f"The text was saved as UTF-8 but read as {CODECS[codec]}, so each multi-byte character became two or "
            f"three wrong ones (mojibake): “{bad}”. Decoding the bytes as UTF-8 gives the original: “{orig}”."
        )
    else:
        orig = rng.choice(ZH_PHRASES)
        codec = rng.choice(["gbk", "cp1252"])
        bad = garble(orig, codec)
        ins = rng.choice(
            [f"网页上显示成“{bad}”，这是什么问题？原文是什么？", f"收到的文件里是乱码：{bad}，请说明原因并还原。"]
        )
        out = (
            f"这是典型的乱码：文字按 UTF-8 保存，却被当成 {CODECS[codec]} 解码了，于是“{bad}”。"
            f"按 UTF-8 重新解码即可还原，原文是：“{orig}”。"
        )
    return _rec(ins, out)


# ---------------------------------------------------------------------------------------- seo_keywords

BUSINESSES = ["dog groomer", "bike repair shop", "vegan bakery", "piano teacher", "tile installer", "yoga studio"]
TOWNS = ["Leeds", "Boise", "Galway", "Tampere", "Halifax", "Ballarat"]
EN_KW = [
    "best {b} in {c}",
    "{b} near me open now",
    "affordable {b} {c}",
    "{b} {c} reviews",
    "how much does a {b} cost in {c}",
    "{b} {c} opening hours",
    "mobile {b} {c}",
    "family friendly {b} {c}",
    "{b} {c} weekend appointments",
    "cheap {b} {c} students",
]
ZH_BIZ = ["宠物美容", "自行车维修", "烘焙工作室", "钢琴培训", "瓷砖铺贴", "瑜伽馆"]
ZH_TOWNS = ["成都", "佛山", "绍兴", "洛阳", "珠海", "泉州"]
ZH_KW = [
    "{c}{b}哪家好",
    "{c}{b}价格",
    "{c}{b}推荐",
    "{c}附近的{b}",
    "{c}{b}周末营业",
    "{c}{b}口碑排行",
    "{c}{b}团购",
    "{c}{b}多少钱一次",
    "{c}平价{b}",
    "{c}{b}上门服务",
]


def seo_keywords(rng: random.Random, lang: str) -> Rec:
    n = rng.randint(5, 10)
    if lang == "en":
        b, c = rng.choice(BUSINESSES), rng.choice(TOWNS)
        kws = [k.format(b=b, c=c) for k in rng.sample(EN_KW, n)]
        ins = f"Suggest {n} long-tail search keywords a {b} in {c} could target. Numbered list, keywords only."
    else:
        b, c = rng.choice(ZH_BIZ), rng.choice(ZH_TOWNS)
        kws = [k.format(b=b, c=c) for k in rng.sample(ZH_KW, n)]
        ins = f"为{c}的一家{b}店想{n}个长尾搜索关键词，用编号列表，只写关键词。"
    return _rec(ins, "\n".join(f"{k}. {w}" for k, w in enumerate(kws, 1)))


# --------------------------------------------------------------------------------------------- registry

_KINDS: list[tuple[str, Callable[[random.Random, str], Rec]]] = [
    ("long_division", long_division),
    ("interest_schedule", interest_schedule),
    ("phone_e164", phone_e164),
    ("url_slug", url_slug),
    ("reference_list", reference_list),
    ("license_header", license_header),
    ("consent_banner", consent_banner),
    ("lorem_ipsum", lorem_ipsum),
    ("missing_values", missing_values),
    ("code_stub", code_stub),
    ("voice_change", voice_change),
    ("mojibake_explained", mojibake_explained),
    ("seo_keywords", seo_keywords),
]


def _bind(fn: Callable[[random.Random, str], Rec], lang: str) -> GoodGen:
    return lambda rng: fn(rng, lang)


GOOD: list[tuple[str, str, str, GoodGen]] = [
    (f"h9g_{lang}_{kind}", kind, lang, _bind(fn, lang)) for lang in ("en", "zh") for kind, fn in _KINDS
]


def build_good(per_lang: int = GOOD_PER_LANG, seed: str = "clean_eval-good-heldout9-v1") -> list[dict[str, str]]:
    """Good records, kinds in turn per language, 30 of each (:func:`textutil.build_good_rows`)."""
    return build_good_rows(GOOD, per_lang, seed, "heldout9")
