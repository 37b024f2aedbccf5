"""The dataset card ``export/README.md``: what is inside, counts per language and corpus, how to load it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pyarrow as pa

from pipeline.core.stage import Counts


def _table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(f"{v:,}" if isinstance(v, int) else str(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def render_dataset_card(
    *,
    dataset_name: str,
    run_id: str,
    counts: Counts,
    split_rows: Mapping[str, int],
    by_lang: Sequence[Mapping[str, object]],
    by_corpus: Sequence[Mapping[str, object]],
    schema: pa.Schema,
    rejected_by_reason: Mapping[str, int],
) -> str:
    """Render the card as Markdown with a Hugging Face ``configs`` header (no record values)."""
    langs = sorted({str(r["lang"]) for r in by_lang})
    cols = [(f.name, str(f.type)) for f in schema]
    reasons = [(k, v) for k, v in rejected_by_reason.items()] or [("(none)", 0)]
    return f"""---
configs:
- config_name: default
  data_files:
  - split: train
    path: train.parquet
  - split: validation
    path: validation.parquet
language: [{", ".join(langs)}]
task_categories: [text-generation]
---
# {dataset_name}

Instruction-tuning dataset built by instructflow, run `{run_id}`. Records follow the alpaca
convention (`instruction`, `input`, `output`, optional `system` and `history`) and also carry
`messages` (system/user/assistant turns) for chat templates and TRL.

## Splits
{_table(["split", "records"], [(s, n) for s, n in split_rows.items()])}

## Records per language
{_table(["lang", "records"], [(r["lang"], r["count_all"]) for r in by_lang])}

## Records per corpus
{_table(["corpus", "records"], [(r["corpus"], r["count_all"]) for r in by_corpus])}

## How the records were selected
{
        _table(
            ["input", "exported", "rejected", "duplicates", "held for review"],
            [(counts["input"], counts["exported"], counts["rejected"], counts["duplicates"], counts["review"])],
        )
    }

Rejected records by stage and reason (the records themselves are in `../rejected/`):

{_table(["stage/reason", "records"], reasons)}

## Loading
```python
from datasets import load_dataset
ds = load_dataset("parquet", data_files={{"train": "train.parquet", "validation": "validation.parquet"}})

import pandas as pd
df = pd.read_parquet("train.parquet")
```
LLaMA-Factory: register the folder in `dataset_info.json` with `"formatting": "alpaca"` and columns
`prompt: instruction`, `query: input`, `response: output`, `system: system`, `history: history`.

## Columns
{_table(["column", "type"], cols)}

Provenance (`corpus`, `source_file`, `source_index`, `source_id`) points back to the raw input;
`../manifest.json` lists the input files with their sha256, the effective configuration and the
package versions used.
"""
