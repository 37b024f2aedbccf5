"""Peak memory of the ingest step on large files: a JSON array, a CSV file and a Parquet file.

    python bench/bench_ingest_memory.py --size-gb 2                  # all three formats
    python bench/bench_ingest_memory.py --size-gb 0.3 --formats json --code /work/main   # another checkout

Generates each file once (deterministic records, half Chinese and half English, about 1 KB each,
each with an ``id``) in ``--dir`` (default ``/tmp/instructflow-bench/ingest-memory``, outside the
repository; ``--clean`` removes it afterwards), prepares a run on it, then runs the ingest step
(``run_step("ingest")``, what the DAG's ingest task does) in a fresh process and reports that
process's peak RSS (``ru_maxrss`` from ``os.wait4``), its wall time and the record counts.
Target (issue 14): peak under 1 GB for a 2 GB file of each format. Parquet is written with
row groups of ``--row-group-rows`` rows (default 200,000, about 200 MB each) and snappy
compression.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DIR = Path("/tmp/instructflow-bench/ingest-memory")

_ZH = "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强步完革深区即求品士转量空甚众技轻程告江语英基派满式李息写呢识极令黄德收脸钱党倒未持取设始版双历越史商千片容研像找友孩站广改议形委早房音火际则首单据导影失拿网香似斯专石若兵弟谁校读志飞观争究包组造落视济喜离虽坐集编宝谈府拉黑且随格尽剑讲布杀微怕母调局根曾准团段终乐切级克精哪官示冷域病"
_EN = (  # noqa: SIM905
    "the of and to in is that for it as with was on be by this are at or from an which have not but all can "
    "data model answer question explain write translate summarise list describe language system user text "
    "example result value number people time year way day thing world life hand part child eye woman place"
).split()


def _zh_text(rnd: random.Random, n: int) -> str:
    return "".join(rnd.choice(_ZH) for _ in range(n)) + "。"


def _en_text(rnd: random.Random, n: int) -> str:
    return " ".join(rnd.choice(_EN) for _ in range(n)).capitalize() + "."


def records(seed: int = 0) -> Iterator[dict[str, str]]:
    """Endless deterministic records of about 1 KB (UTF-8), alternating Chinese and English."""
    rnd = random.Random(seed)
    i = 0
    while True:
        if i % 2:
            yield {"id": f"r{i}", "instruction": _zh_text(rnd, 30), "input": "", "output": _zh_text(rnd, 280)}
        else:
            yield {"id": f"r{i}", "instruction": _en_text(rnd, 25), "input": "", "output": _en_text(rnd, 180)}
        i += 1


def generate(fmt: str, path: Path, size: int, row_group_rows: int) -> int:
    """Write ``path`` in ``fmt`` until it holds about ``size`` bytes; return the records written."""
    tmp = path.with_suffix(path.suffix + ".part")
    n = 0
    if fmt in ("json", "csv"):
        import csv

        with tmp.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh) if fmt == "csv" else None
            if writer is not None:
                writer.writerow(["id", "instruction", "input", "output"])
            else:
                fh.write("[\n")
            for rec in records():
                if writer is not None:
                    writer.writerow([rec["id"], rec["instruction"], rec["input"], rec["output"]])
                else:
                    fh.write((",\n" if n else "") + json.dumps(rec, ensure_ascii=False))
                n += 1
                if n % 10_000 == 0 and fh.tell() >= size:
                    break
            if writer is None:
                fh.write("\n]\n")
    else:
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = pa.schema([(k, pa.string()) for k in ("id", "instruction", "input", "output")])
        gen = records()
        with pq.ParquetWriter(tmp, schema, compression="snappy") as writer:
            while tmp.stat().st_size < size:
                rows = [next(gen) for _ in range(row_group_rows)]
                writer.write_table(pa.Table.from_pylist(rows, schema=schema), row_group_size=row_group_rows)
                n += len(rows)
    os.replace(tmp, path)
    return n


def measure(corpus: Path, run_dir: Path, code: Path) -> dict[str, float]:
    """Prepare a run on ``corpus`` and run the ingest step in a fresh process; return its figures."""
    env = {**os.environ, "PYTHONPATH": str(code)}
    prepare = "import sys; from pipeline.runtime.steps import prepare_run; prepare_run(sys.argv[1], [sys.argv[2]])"
    subprocess.run([sys.executable, "-c", prepare, str(run_dir), str(corpus)], check=True, env=env, cwd=code)
    step = (
        "import sys, json; from pipeline.runtime.steps import run_step; "
        "r = run_step('ingest', sys.argv[1]); print(json.dumps({k: r[k] for k in ('records_in', 'kept', 'rejected')}))"
    )
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", step, str(run_dir)], env=env, cwd=code, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"ingest failed on {corpus} (exit {os.waitstatus_to_exitcode(status)})")
    counts = json.loads(out.strip().splitlines()[-1])
    return {"seconds": wall, "peak_mib": usage.ru_maxrss / 1024, **counts}


def main() -> int:
    """Generate the files (once), measure each format, print Markdown rows."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-gb", type=float, default=2.0)
    parser.add_argument("--formats", default="json,csv,parquet")
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--row-group-rows", type=int, default=200_000)
    parser.add_argument("--code", type=Path, default=REPO, help="checkout whose pipeline is measured")
    parser.add_argument("--clean", action="store_true", help="remove the generated files afterwards")
    parser.add_argument("--generate", nargs=4, metavar=("FMT", "PATH", "BYTES", "ROWS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.generate:
        fmt, path, nbytes, rows = args.generate
        generate(fmt, Path(path), int(nbytes), int(rows))
        return 0
    size = int(args.size_gb * (1 << 30))
    args.dir.mkdir(parents=True, exist_ok=True)
    print("| format | file | records | ingest s | peak RSS MiB | load |")
    print("|---|---:|---:|---:|---:|---:|")
    for fmt in args.formats.split(","):
        path = args.dir / f"records-{args.size_gb:g}gb.{fmt}"
        if not path.is_file():
            # in a child process: a process forked from a big parent starts with the parent's RSS,
            # and ru_maxrss keeps that high-water mark across exec
            t0 = time.perf_counter()
            gen = [sys.executable, __file__, "--generate", fmt, str(path), str(size), str(args.row_group_rows)]
            subprocess.run(gen, check=True)
            print(f"<!-- generated {path} in {time.perf_counter() - t0:.0f} s -->", file=sys.stderr)
        run_dir = args.dir / f"run-{fmt}"
        shutil.rmtree(run_dir, ignore_errors=True)
        load = os.getloadavg()[0]
        r = measure(path, run_dir, args.code)
        shutil.rmtree(run_dir, ignore_errors=True)
        print(
            f"| {fmt} | {path.stat().st_size / (1 << 30):.2f} GiB | {int(r['records_in']):,} "
            f"({int(r['rejected']):,} rejected) | {r['seconds']:.0f} | {r['peak_mib']:,.0f} | {load:.2f} |",
            flush=True,
        )
    if args.clean:
        shutil.rmtree(args.dir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
