"""Compact views of candidates for hand judging (reads record text at run time, prints only).

python view.py START END          # head/tail views of candidates START..END-1 with statistics
python view.py --full ID ...      # whole records
python view.py --tail N ID ...    # last N characters of the outputs
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from common import record as rec  # noqa: E402


def flat(s: str) -> str:
    return s.replace("\r", "").replace("\n", "⏎")


def clip(s: str, head: int, tail: int) -> str:
    s = flat(s)
    if len(s) <= head + tail + 10:
        return s
    return s[:head] + f" ⟪…{len(s) - head - tail}…⟫ " + (s[-tail:] if tail else "")


def main() -> None:
    rows = [json.loads(line) for line in (HERE / "work/candidates.jsonl").open(encoding="utf-8")]
    args = sys.argv[1:]
    full = "--full" in args
    if full:
        ids = [int(a) for a in args[args.index("--full") + 1 :]]
    else:
        ids = range(int(args[0]), min(int(args[1]), len(rows)))
    for i in ids:
        r = rows[i]
        x = rec(r["file"], r["index"])
        st = r["stats"]
        zh = r["lang"] == "zh"
        h, t = ((100, 45) if zh else (190, 70)) if not full else (100000, 0)
        src = r["source"] + (
            "" if r["file"].endswith("stanford_alpaca_data.json") else ":" + Path(r["file"]).stem[-12:]
        )
        print(
            f"#{i} [{r['stratum']}] {src}#{r['index']} L{st['out_len']} n{st['n_lines']} "
            f"dl{st['dup_line']} t2{st['top2']} d5{st['dup5']} sp{st['special']}"
        )
        print(" I:", clip(x.get("instruction") or "", 90 if not full else 100000, 0))
        if (x.get("input") or "").strip():
            print(" N:", clip(x["input"], 60 if not full else 100000, 0))
        print(" O:", clip(x.get("output") or "", h, t))


def tail(ids: list[int], n: int = 300) -> None:
    rows = [json.loads(line) for line in (HERE / "work/candidates.jsonl").open(encoding="utf-8")]
    for i in ids:
        r = rows[i]
        print(f"#{i} …{flat(rec(r['file'], r['index'])['output'][-n:])}")


if __name__ == "__main__":
    if sys.argv[1] == "--tail":
        tail([int(a) for a in sys.argv[3:]], int(sys.argv[2]))
    else:
        main()
