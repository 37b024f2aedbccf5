"""Ingest + export only (no other stages) of one corpus into a run directory: the foundation's path.

python bench/ingest_export_only.py CORPUS OUT_DIR
"""

from __future__ import annotations

import sys

from pipeline.runtime.steps import prepare_run, run_export, run_ingest
from tests.support.stages import only_stages

if __name__ == "__main__":
    corpus, out = sys.argv[1], sys.argv[2]
    with only_stages():
        prepare_run(out, [corpus])
        ing = run_ingest(out)
        exp = run_export(out)
    print(f"ingested {ing['records_in']:,}, exported {exp['counts']['exported']:,}", file=sys.stderr)
