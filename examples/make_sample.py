"""Write the bundled sample corpus in examples/sample/ (deterministic; re-run to regenerate).

A few hundred Chinese and English instruction records in every supported format and layout, with
exact and near duplicates, malformed lines, a GBK-encoded file, annotations from three annotators
and a few planted *fake* personal data values (to show de-identification). All text is written for
this project (Apache-2.0).

    python examples/make_sample.py
"""

from __future__ import annotations

import csv
import io
import json
import random
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

OUT = Path(__file__).resolve().parent / "sample"

COUNTRIES = [
    ("France", "Paris", "法国", "巴黎"),
    ("Japan", "Tokyo", "日本", "东京"),
    ("Germany", "Berlin", "德国", "柏林"),
    ("Italy", "Rome", "意大利", "罗马"),
    ("Spain", "Madrid", "西班牙", "马德里"),
    ("Egypt", "Cairo", "埃及", "开罗"),
    ("Canada", "Ottawa", "加拿大", "渥太华"),
    ("Brazil", "Brasília", "巴西", "巴西利亚"),
    ("Kenya", "Nairobi", "肯尼亚", "内罗毕"),
    ("Norway", "Oslo", "挪威", "奥斯陆"),
    ("Peru", "Lima", "秘鲁", "利马"),
    ("Thailand", "Bangkok", "泰国", "曼谷"),
    ("Australia", "Canberra", "澳大利亚", "堪培拉"),
    ("Mexico", "Mexico City", "墨西哥", "墨西哥城"),
    ("Portugal", "Lisbon", "葡萄牙", "里斯本"),
    ("Greece", "Athens", "希腊", "雅典"),
    ("Poland", "Warsaw", "波兰", "华沙"),
    ("Vietnam", "Hanoi", "越南", "河内"),
    ("Chile", "Santiago", "智利", "圣地亚哥"),
    ("Sweden", "Stockholm", "瑞典", "斯德哥尔摩"),
]
TOPICS_EN = [
    (
        "photosynthesis",
        "Photosynthesis is the process by which green plants use sunlight, water and carbon dioxide to make glucose and release oxygen. It takes place mainly in the chloroplasts of leaf cells.",
    ),
    (
        "inflation",
        "Inflation is a general rise in prices over time, which means each unit of money buys fewer goods and services. Central banks usually try to keep it low and stable.",
    ),
    (
        "the water cycle",
        "The water cycle describes how water evaporates from oceans and lakes, condenses into clouds, falls as precipitation and flows back through rivers and groundwater.",
    ),
    (
        "a black hole",
        "A black hole is a region of space where gravity is so strong that nothing, not even light, can escape once it crosses the event horizon.",
    ),
    (
        "machine learning",
        "Machine learning is a field of computer science in which programs improve at a task by learning patterns from data instead of following hand-written rules.",
    ),
    (
        "vaccination",
        "Vaccination trains the immune system to recognise a pathogen by exposing it to a harmless part or weakened form of it, so the body can respond quickly to a real infection.",
    ),
    (
        "plate tectonics",
        "Plate tectonics is the theory that the Earth's outer shell is divided into large plates that slowly move, causing earthquakes, volcanoes and mountain building.",
    ),
    (
        "compound interest",
        "Compound interest is interest calculated on both the original amount and the interest already earned, so savings grow faster over time.",
    ),
    (
        "the greenhouse effect",
        "The greenhouse effect is the warming of the Earth's surface caused by gases such as carbon dioxide and methane trapping heat in the atmosphere.",
    ),
    (
        "supply and demand",
        "Supply and demand is an economic model in which the price of a good settles where the quantity buyers want equals the quantity sellers offer.",
    ),
    (
        "DNA",
        "DNA is the molecule that carries genetic instructions in living organisms. It has two strands twisted into a double helix, built from four bases.",
    ),
    (
        "an algorithm",
        "An algorithm is a finite sequence of well-defined steps that solves a problem or performs a computation, such as sorting a list of numbers.",
    ),
]
TOPICS_ZH = [
    ("光合作用", "光合作用是绿色植物利用阳光、水和二氧化碳制造葡萄糖并释放氧气的过程，主要发生在叶片细胞的叶绿体中。"),
    (
        "通货膨胀",
        "通货膨胀是指物价水平在一段时间内普遍持续上涨，同样数量的货币能买到的商品和服务变少。央行通常会设法让它保持低而稳定。",
    ),
    ("水循环", "水循环是指水从海洋和湖泊蒸发，凝结成云，以降水形式落下，再通过河流和地下水回到海洋的过程。"),
    ("黑洞", "黑洞是时空中引力极强的区域，任何物质甚至光一旦越过事件视界都无法逃脱。"),
    (
        "机器学习",
        "机器学习是计算机科学的一个领域，程序通过从数据中学习规律来提升完成任务的能力，而不是依靠人工编写的规则。",
    ),
    ("疫苗接种", "疫苗接种让免疫系统提前接触病原体的无害部分或减毒形式，使身体在真正感染时能够迅速作出反应。"),
    ("板块构造", "板块构造理论认为地球外壳被分成若干巨大的板块，它们缓慢移动，引发地震、火山和造山运动。"),
    ("复利", "复利是指在本金和已获得的利息之上一起计算利息，因此储蓄会随着时间增长得越来越快。"),
    ("温室效应", "温室效应是指二氧化碳、甲烷等气体在大气中截留热量，使地球表面温度升高的现象。"),
    ("供求关系", "供求关系是一种经济模型：商品价格会稳定在买方愿意购买的数量等于卖方愿意提供的数量之处。"),
    ("脱氧核糖核酸", "脱氧核糖核酸（DNA）是携带生物遗传信息的分子，由两条链缠绕成双螺旋结构，含有四种碱基。"),
    ("算法", "算法是由有限个明确步骤组成的解决问题或完成计算的方法，例如对一组数字进行排序。"),
]
POEM_LINES_ZH = ["床前明月光", "春眠不觉晓", "白日依山尽", "千山鸟飞绝", "红豆生南国", "独在异乡为异客"]


def _en_records(rng: random.Random) -> list[dict]:
    recs = []
    for country, capital, _, _ in COUNTRIES:
        recs.append(
            {
                "instruction": f"What is the capital of {country}?",
                "input": "",
                "output": f"The capital of {country} is {capital}.",
            }
        )
    for topic, text in TOPICS_EN:
        recs.append({"instruction": f"Explain {topic} in simple terms.", "input": "", "output": text})
        recs.append(
            {
                "instruction": "Summarize the following paragraph in one sentence.",
                "input": text,
                "output": text.split(". ")[0].rstrip(".") + ".",
            }
        )
    for _i in range(20):
        a, b = rng.randint(10, 99), rng.randint(10, 99)
        recs.append({"instruction": f"Calculate {a} plus {b}.", "input": "", "output": f"{a} plus {b} equals {a + b}."})
    for word, fr in [
        ("apple", "pomme"),
        ("house", "maison"),
        ("book", "livre"),
        ("water", "eau"),
        ("friend", "ami"),
        ("school", "école"),
    ]:
        recs.append(
            {
                "instruction": "Translate the word into French.",
                "input": word,
                "output": f'The French word for "{word}" is "{fr}".',
            }
        )
    recs.append(
        {
            "instruction": "Write a Python function that returns the square of a number.",
            "input": "",
            "output": "Here is a simple function:\n\n```python\ndef square(x):\n    return x * x\n```\n\nCall it as `square(4)` to get 16.",
        }
    )
    recs.append(
        {
            "instruction": "Rewrite the sentence in the passive voice.",
            "input": "The committee approved the plan.",
            "output": "The plan was approved by the committee.",
        }
    )
    return recs


def _zh_records(rng: random.Random) -> list[dict]:
    recs = []
    for _, _, country, capital in COUNTRIES:
        recs.append({"instruction": f"{country}的首都是哪里？", "input": "", "output": f"{country}的首都是{capital}。"})
    for topic, text in TOPICS_ZH:
        recs.append({"instruction": f"请用通俗的语言解释{topic}。", "input": "", "output": text})
        recs.append({"instruction": "请用一句话概括下面这段话。", "input": text, "output": text.split("，")[0] + "。"})
    for _i in range(20):
        a, b = rng.randint(10, 99), rng.randint(10, 99)
        recs.append({"instruction": f"计算{a}乘以{b}等于多少？", "input": "", "output": f"{a}乘以{b}等于{a * b}。"})
    for line in POEM_LINES_ZH:
        recs.append(
            {
                "instruction": "这句诗出自哪首诗？",
                "input": line,
                "output": f"“{line}”出自一首著名的唐诗，常被用来表达思乡或自然之美。",
            }
        )
    return recs


def _annotate(rec: dict, rng: random.Random, idx: int) -> dict:
    """Three annotators label quality; some records are disputed."""
    truth = "good" if idx % 7 else "bad"
    labels = [truth, truth, truth]
    if idx % 5 == 0:
        labels[2] = "bad" if truth == "good" else "good"
    anns = [
        {"annotator_id": f"ann{k + 1}", "label": lab, "confidence": round(rng.uniform(0.6, 1.0), 2)}
        for k, lab in enumerate(labels)
    ]
    return {**rec, "annotations": anns}


def main() -> None:
    """Write every sample file."""
    rng = random.Random(20261124)
    OUT.mkdir(parents=True, exist_ok=True)
    en = _en_records(rng)
    zh = _zh_records(rng)

    # 1. English alpaca JSON array, with ids, annotations on a third, exact + near duplicates.
    en_json = []
    for i, rec in enumerate(en[:70]):
        rec = {"id": f"en-{i:04d}", **rec}
        if i % 3 == 0:
            rec = _annotate(rec, rng, i)
        en_json.append(rec)
    en_json.append({"id": "en-0070", **en[3]})  # exact duplicate of en-0003 (content)
    near = dict(en[5])
    near["output"] = near["output"].replace(".", "!", 1)
    en_json.append({"id": "en-0071", **near})  # near duplicate
    en_json.append(
        {
            "id": "en-0072",
            "instruction": "Contact our support team.",
            "input": "",
            "output": "Call Alice Johnson at +1 415-555-0132 or write to alice.johnson@example.com for help.",
        }
    )
    en_json.append(
        {"id": "en-0073", "instruction": "Describe the weather today.", "input": "", "output": 42}
    )  # wrong type
    en_json.append(
        {"id": "en-0074", "instruction": "", "input": "", "output": "An answer without a question."}
    )  # empty
    en_json.append({"id": "en-0002", "instruction": "Repeat an id.", "input": "", "output": "This id was used before."})
    (OUT / "alpaca_en.json").write_text(json.dumps(en_json, ensure_ascii=False, indent=1), encoding="utf-8")

    # 2. Chinese alpaca JSONL with two malformed lines and an annotation-bearing share.
    lines = []
    for i, rec in enumerate(zh[:60]):
        rec = {"id": f"zh-{i:04d}", **rec}
        if i % 3 == 1:
            rec = _annotate(rec, rng, i)
        lines.append(json.dumps(rec, ensure_ascii=False))
        if i == 17:
            lines.append('{"id": "zh-bad-1", "instruction": "这一行的JSON没有写完", "output": ')
        if i == 41:
            lines.append("这不是JSON")
    lines.append(json.dumps({"id": "zh-0060", **zh[2]}, ensure_ascii=False))  # exact duplicate of zh-0002
    lines.append(
        json.dumps(
            {
                "id": "zh-0061",
                "instruction": "请帮我联系客服。",
                "input": "",
                "output": "请拨打客服电话13812345678，或发送邮件至 service@example.cn，联系人王小明。",
            },
            ensure_ascii=False,
        )
    )
    lines.append(
        json.dumps(
            {"id": "zh-0062", "instruction": "写一个问候语", "input": ["不是", "字符串"], "output": "你好！"},
            ensure_ascii=False,
        )
    )
    (OUT / "alpaca_zh.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")

    # 3. ShareGPT multi-turn conversations, both languages.
    convs = []
    for i, (country, capital, zc, zcap) in enumerate(COUNTRIES):
        convs.append(
            {
                "id": f"sg-{i:03d}",
                "conversations": [
                    {"from": "human", "value": f"I am planning a trip to {country}."},
                    {"from": "gpt", "value": f"That sounds exciting! {country} has a lot to offer. How can I help?"},
                    {"from": "human", "value": f"Which city is the capital of {country}?"},
                    {
                        "from": "gpt",
                        "value": f"The capital of {country} is {capital}, a good place to start your trip.",
                    },
                ],
            }
        )
        convs.append(
            {
                "id": f"sg-zh-{i:03d}",
                "system": "你是一个乐于助人的旅行助手。",
                "conversations": [
                    {"from": "human", "value": f"我打算去{zc}旅游。"},
                    {"from": "gpt", "value": f"听起来很棒！{zc}有很多值得一去的地方。需要我帮你做什么？"},
                    {"from": "human", "value": f"{zc}的首都是哪座城市？"},
                    {"from": "gpt", "value": f"{zc}的首都是{zcap}，很适合作为旅行的第一站。"},
                ],
            }
        )
    convs.append(
        {
            "id": "sg-bad",
            "conversations": [{"from": "human", "value": "Hello?"}, {"from": "human", "value": "Anyone there?"}],
        }
    )
    (OUT / "sharegpt_travel.json").write_text(json.dumps(convs, ensure_ascii=False, indent=1), encoding="utf-8")

    # 4. Chat messages layout, JSONL.
    msgs = []
    for topic, text in TOPICS_EN:
        msgs.append(
            {
                "messages": [
                    {"role": "system", "content": "You are a concise science tutor."},
                    {"role": "user", "content": f"Can you tell me what {topic} is?"},
                    {"role": "assistant", "content": text},
                ]
            }
        )
    for topic, text in TOPICS_ZH:
        msgs.append(
            {"messages": [{"role": "user", "content": f"什么是{topic}？"}, {"role": "assistant", "content": text}]}
        )
    (OUT / "chat_tutor.jsonl").write_text(
        "\n".join(json.dumps(m, ensure_ascii=False) for m in msgs) + "\n", encoding="utf-8"
    )

    # 5. CSV with other column names (prompt/response), mapped by the default field map.
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["prompt", "response"])
    for rec in en[70:] + en[:4]:  # the last four repeat records of alpaca_en.json exactly
        w.writerow([rec["instruction"] + (" " + rec["input"] if rec["input"] else ""), rec["output"]])
    w.writerow(
        [
            "Give one tip for better sleep.",
            "Keep a regular schedule, going to bed and waking up at the same time every day,\nincluding weekends.",
        ]
    )
    (OUT / "qa_en.csv").write_text(buf.getvalue(), encoding="utf-8")

    # 6. GBK-encoded TSV (question/answer columns), as many Chinese corpora are shipped.
    rows = ["question\tanswer"]
    for rec in zh[60:]:
        q = rec["instruction"] + (rec["input"] if rec["input"] else "")
        rows.append(f"{q}\t{rec['output']}")
    rows.append("如何养成良好的阅读习惯？\t每天固定时间阅读，从感兴趣的书开始，做简单的读书笔记，并与朋友交流读后感。")
    (OUT / "faq_zh_gbk.tsv").write_bytes(("\n".join(rows) + "\n").encode("gbk"))

    # 7. Parquet with alpaca columns and a history.
    pq_rows = []
    for i, (topic, text) in enumerate(TOPICS_EN[6:]):
        pq_rows.append(
            {
                "id": f"pq-{i:03d}",
                "instruction": f"Give an example related to {topic}.",
                "input": "",
                "output": f"{text} For example, teachers often use it to illustrate the basics.",
                "history": [[f"What is {topic}?", text]],
            }
        )
    table = pa.Table.from_pylist(
        pq_rows,
        schema=pa.schema(
            [
                ("id", pa.string()),
                ("instruction", pa.string()),
                ("input", pa.string()),
                ("output", pa.string()),
                ("history", pa.list_(pa.list_(pa.string()))),
            ]
        ),
    )
    pq.write_table(table, OUT / "examples_en.parquet", compression="zstd")

    # 8. An empty file (not an error) and a file of an unsupported type (rejected).
    (OUT / "empty.jsonl").write_text("", encoding="utf-8")
    (OUT / "notes.txt").write_text("This folder holds the bundled sample corpus.\n", encoding="utf-8")


if __name__ == "__main__":
    main()
