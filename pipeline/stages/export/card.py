"""The dataset card ``export/README.md``: what is inside, counts per language and corpus, how to load it."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

import pyarrow as pa

from pipeline.core.stage import Counts


def _table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(f"{v:,}" if isinstance(v, int) else str(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


# The Hub's size buckets (``size_categories``), upper bounds exclusive.
_SIZE_BUCKETS = (
    (1_000, "n<1K"),
    (10_000, "1K<n<10K"),
    (100_000, "10K<n<100K"),
    (1_000_000, "100K<n<1M"),
    (10_000_000, "1M<n<10M"),
    (100_000_000, "10M<n<100M"),
    (1_000_000_000, "100M<n<1B"),
)


def size_category(records: int) -> str:
    """The Hugging Face Hub ``size_categories`` bucket for ``records`` (``1K<n<10K``)."""
    return next((name for bound, name in _SIZE_BUCKETS if records < bound), "1B<n<10B")


def front_matter(
    *,
    pretty_name: str,
    license_id: str,
    langs: Sequence[str],
    records: int,
    data_files: Mapping[str, str],
) -> str:
    """YAML front matter the Hub reads: ``configs`` (paths relative to the card), licence, languages, size.

    ``langs`` are the records' ``lang`` values; ``other`` is not a language code and is left out.
    """
    languages = sorted({lang for lang in langs if lang != "other"})
    lines = ["---", "configs:", "- config_name: default", "  data_files:"]
    for split, path in data_files.items():
        lines += [f"  - split: {split}", f"    path: {json.dumps(path)}"]
    plain = license_id and all(c.isascii() and (c.isalnum() or c in "-.") for c in license_id)
    lines += [f"license: {license_id if plain else json.dumps(license_id)}"]
    if languages:
        lines += ["language:"] + [f"- {lang}" for lang in languages]
    lines += [
        "task_categories:",
        "- text-generation",
        f"pretty_name: {json.dumps(pretty_name, ensure_ascii=False)}",
        "size_categories:",
        f"- {size_category(records)}",
        "---",
    ]
    return "\n".join(lines) + "\n"


def non_empty_splits(data_files: Mapping[str, str], rows: Mapping[str, int]) -> dict[str, str]:
    """``data_files`` without the splits that have no records (the first split kept if all are empty).

    ``datasets.load_dataset`` refuses a config naming a split with no rows ("corresponds to no data").
    """
    kept = {split: path for split, path in data_files.items() if rows.get(split, 0) > 0}
    return kept or dict(list(data_files.items())[:1])


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
    license_id: str = "other",
    guideline: Mapping[str, str] | None = None,
) -> str:
    """Render the card as Markdown with the Hugging Face front matter (counts and names only, no record values)."""
    files = non_empty_splits({s: f"{s}.parquet" for s in split_rows}, split_rows)
    header = front_matter(
        pretty_name=dataset_name,
        license_id=license_id,
        langs=[str(r["lang"]) for r in by_lang],
        records=sum(split_rows.values()),
        data_files=files,
    )
    cols = [(f.name, str(f.type)) for f in schema]
    reasons = [(k, v) for k, v in rejected_by_reason.items()] or [("(none)", 0)]
    annotated = ""
    if guideline:
        annotated = (
            "\n## Annotation guideline\n"
            f"Entity spans, BIO tags and intents were checked against the guideline "
            f"`{guideline.get('name') or '(unnamed)'}` version `{guideline.get('version')}` "
            f"(sha256 `{guideline.get('sha256')}`).\n"
        )
    return f"""{header}# {dataset_name}

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
{annotated}
## Loading
```python
from datasets import load_dataset
# the folder holding this card (its configs name the files):
ds = load_dataset("path/to/export")
# or, from inside that folder, the files themselves:
ds = load_dataset("parquet", data_files={json.dumps(files)})

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
