"""The floor for ingest + export: parse a JSON array and write it as zstd Parquet, nothing else.

python bench/floor_pyarrow.py CORPUS.json OUT.parquet
"""

from __future__ import annotations

import json
import sys

import pyarrow as pa
import pyarrow.parquet as pq

if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as fh:
        rows = json.load(fh)
    pq.write_table(pa.Table.from_pylist(rows), sys.argv[2], compression="zstd")
