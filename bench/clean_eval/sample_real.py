"""Seeded, reproducible candidate list of real records to judge by hand.

Reads the read-only corpora in the public data folder (bench/data/README.md) (never copies their text), computes cheap
statistics (features.py), sorts each record into the first "hard kind" stratum it matches and draws a
fixed quota per (language, stratum) with random.Random(SEED).  Writes work/candidates.jsonl:
one row per candidate with file, index, lang, stratum, source and statistics -- no record text.

    python sample_real.py            # writes work/candidates.jsonl
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import EN_FILES, ZH_FILES, load_file
from features import stats

SEED = 20261206
HERE = Path(__file__).resolve().parent
VERSE_RE = re.compile(
    r"\b(poem|poetry|haiku|limerick|sonnet|verse|rhym\w*|lyric\w*|song|jingle|rap|stanza|chorus|ballad|acrostic|couplet)\b|诗|词|歌|韵|对联|绝句|律诗",
    re.I,
)
TABLE_RE = re.compile(r"\btable\b|表格|tabular|\bcsv\b", re.I)
CODE_RE = re.compile(
    r"\b(code|program|function|python|java(script)?|c\+\+|sql|html|css|regex|regular expression|algorithm|script|json|xml|bash|api|query|class|pseudo-?code)\b|代码|编程|程序|函数|算法|脚本|正则|查询语句",
    re.I,
)
MATH_RE = re.compile(
    r"\b(calculate|compute|solve|equation|formula|derivative|integral|sum of|product of|area|volume|percent|probability|convert|\d+\s*[-+*/^x×÷]\s*\d+)\b|计算|方程|公式|求解|面积|体积|概率|百分比|[0-9]\s*[-+*/×÷]\s*[0-9]",
    re.I,
)
TRANS_RE = re.compile(r"translat|翻译|译成|译为", re.I)
FOREIGN_RE = re.compile(
    r"\b(french|spanish|german|italian|portuguese|japanese|korean|russian|latin|arabic|hindi|dutch|swedish|greek|turkish|mandarin|chinese|english)\b|法语|西班牙语|德语|意大利语|日语|韩语|俄语|拉丁语|阿拉伯语|英语|葡萄牙语|英文|日文|法文",
    re.I,
)
# generation artefacts found while judging the main sample: self-instruct continuations leaking into the
# output ("11. Instruction: ..."), "§§" prompt-diff garbage, leading "<noinput>", answers whose first
# characters were cut ("e! Here is ..."), "// end of the output //" trailers.  Sampled as a supplement
# *after* the main strata so that the ids of the main candidates stay stable.
ARTEFACT_RE = re.compile(
    r"(^|\n)\s*#*\s*\d+\s*[.、]\s*(Instruction|Input|Output|指令|输入|输出)\s*[:：]|§§|^\s*<no ?(input|output)>"
    r"|^\s*(e|ure)[!,] |//\s*(end of|EOM)",
    re.I,
)
ARTEFACT_QUOTA = {"en": 60, "zh": 60}
NOINPUT_RE = re.compile(r"^\s*(<no ?input>|n/?a|none|无|没有|空)\s*[.。]?\s*$", re.I)
TERMINAL = tuple(".!?。！？…)）\"'”’]】>`;:：；*|}") + tuple("0123456789")

STRATA = [
    "junk_suspect",
    "rep_lines",
    "rep_ngrams",
    "verse",
    "table",
    "code",
    "math",
    "html",
    "translation",
    "foreign",
    "accent",
    "list",
    "templated",
    "ordinary",
]
QUOTA = {
    "en": dict(
        junk_suspect=90,
        rep_lines=110,
        rep_ngrams=90,
        verse=80,
        table=40,
        code=90,
        math=80,
        html=40,
        translation=60,
        foreign=50,
        accent=50,
        list=80,
        templated=50,
        ordinary=140,
    ),
    "zh": dict(
        junk_suspect=90,
        rep_lines=110,
        rep_ngrams=90,
        verse=80,
        table=30,
        code=100,
        math=80,
        html=40,
        translation=70,
        foreign=40,
        accent=10,
        list=80,
        templated=50,
        ordinary=160,
    ),
}
# share of each stratum's quota drawn from each source group (when it has enough matches)
SOURCE_SHARE = {
    "en": {"alpaca": 0.75, "lf": 0.25},
    "zh": {"hk_trans": 0.5, "hk_code": 0.15, "hk_other": 0.1, "lf": 0.25},
}


def load(rel: str) -> list[dict]:
    return load_file(rel)


def strata_of(rec: dict, st: dict, lang: str) -> list[str]:
    ins, inp, out = rec.get("instruction") or "", rec.get("input") or "", rec.get("output") or ""
    s = []
    o = out.strip()
    if (
        len(o) < 3
        or o == ins.strip()
        or (inp.strip() and o == inp.strip())
        or NOINPUT_RE.match(o)
        or st["mojibake"]
        or (st["out_len"] > 150 and not o.endswith(TERMINAL))
        or (lang == "zh" and st["cjk_ins"] > 0.5 and st["cjk_out"] < 0.05 and st["out_len"] > 40)
        or (lang == "en" and st["cjk_out"] > 0.3)
    ):
        s.append("junk_suspect")
    if st["n_lines"] >= 4 and st["dup_line"] > 0:
        s.append("rep_lines")
    if st["n_tokens"] >= 40 and (st["top2"] > 0.12 or st["dup5"] > 0.12):
        s.append("rep_ngrams")
    if VERSE_RE.search(ins):
        s.append("verse")
    if st["table_lines"] >= 2 or TABLE_RE.search(ins):
        s.append("table")
    if "```" in out or CODE_RE.search(ins) or (st["special"] > 0.3 and "{" in out):
        s.append("code")
    if st["special"] > 0.2 or MATH_RE.search(ins + " " + inp):
        s.append("math")
    if st["html"]:
        s.append("html")
    if TRANS_RE.search(ins):
        s.append("translation")
    if FOREIGN_RE.search(ins) and not TRANS_RE.search(ins):
        s.append("foreign")
    if st["accent"] > 0:
        s.append("accent")
    if st["list_lines"] >= 3:
        s.append("list")
    if st["prefix"] >= 0.5:
        s.append("templated")
    s.append("ordinary")
    return s


def main() -> None:
    rng = random.Random(SEED)
    pools: dict[tuple[str, str, str], list[dict]] = {}
    for lang_group, files in (("en", EN_FILES), ("zh", ZH_FILES)):
        for rel, src in files.items():
            for i, rec in enumerate(load(rel)):
                st = stats(rec)
                # language of the record itself: a zh-file record left in English is "en"
                lang = "zh" if max(st["cjk_out"], st["cjk_ins"]) >= 0.2 else "en"
                row = {"file": rel, "index": i, "lang": lang_group, "detected_lang": lang, "source": src, "stats": st}
                row["strata"] = strata_of(rec, st, lang_group)
                for s in row["strata"]:
                    pools.setdefault((lang_group, s, src), []).append(row)
    chosen: dict[tuple[str, int], dict] = {}
    for lang in ("en", "zh"):
        for s in STRATA:
            want = QUOTA[lang][s]
            shares = SOURCE_SHARE[lang]
            picked: list[dict] = []
            # first pass: each source its share; second pass: fill from whatever is left
            for src, share in shares.items():
                pool = [r for r in pools.get((lang, s, src), []) if (r["file"], r["index"]) not in chosen]
                rng.shuffle(pool)
                for r in pool[: round(want * share)]:
                    chosen[(r["file"], r["index"])] = dict(r, stratum=s)
                    picked.append(r)
            if len(picked) < want:
                rest = [
                    r for src in shares for r in pools.get((lang, s, src), []) if (r["file"], r["index"]) not in chosen
                ]
                rng.shuffle(rest)
                for r in rest[: want - len(picked)]:
                    chosen[(r["file"], r["index"])] = dict(r, stratum=s)
                    picked.append(r)
            print(f"{lang} {s:13s} {len(picked):4d}/{want}", file=sys.stderr)
    rows = sorted(chosen.values(), key=lambda r: (r["lang"], STRATA.index(r["stratum"]), r["file"], r["index"]))
    extra: list[dict] = []
    for lang_group, files in (("en", EN_FILES), ("zh", ZH_FILES)):
        pool = []
        for rel, src in files.items():
            for i, rec in enumerate(load(rel)):
                if (rel, i) not in chosen and ARTEFACT_RE.search(rec.get("output") or ""):
                    pool.append(
                        {
                            "file": rel,
                            "index": i,
                            "lang": lang_group,
                            "source": src,
                            "stats": stats(rec),
                            "strata": ["artefact"],
                            "stratum": "artefact",
                        }
                    )
        rng.shuffle(pool)
        picked = sorted(pool[: ARTEFACT_QUOTA[lang_group]], key=lambda r: (r["file"], r["index"]))
        print(f"{lang_group} artefact      {len(picked):4d}/{ARTEFACT_QUOTA[lang_group]}", file=sys.stderr)
        extra.extend(picked)
    rows += extra
    # Second supplement: the zh files hold many untranslated English records, which count as "en" in the
    # labels, so more Chinese-language records are drawn to keep the two languages roughly balanced.
    taken = {(r["file"], r["index"]) for r in rows}
    zh_extra: list[dict] = []
    for src, n_hard, n_plain in (("lf", 30, 20), ("hk_other", 35, 10), ("hk_trans", 25, 25), ("hk_code", 10, 15)):
        hard, plain = [], []
        for rel, s_ in ZH_FILES.items():
            if s_ != src:
                continue
            for i, rec in enumerate(load(rel)):
                st = stats(rec)
                if (rel, i) in taken or max(st["cjk_out"], st["cjk_ins"]) < 0.2 or st["cjk_out"] < 0.2:
                    continue
                row = {"file": rel, "index": i, "lang": "zh", "source": src, "stats": st, "stratum": "zh_extra"}
                row["strata"] = strata_of(rec, st, "zh")
                (hard if row["strata"] != ["ordinary"] else plain).append(row)
        rng.shuffle(hard)
        rng.shuffle(plain)
        zh_extra += hard[:n_hard] + plain[:n_plain]
    zh_extra.sort(key=lambda r: (r["file"], r["index"]))
    print(f"zh zh_extra      {len(zh_extra):4d}", file=sys.stderr)
    rows += zh_extra
    out = HERE / "work" / "candidates.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(rows)} candidates -> {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
