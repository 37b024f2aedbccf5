import pyarrow as pa
import pytest

from pipeline.stages.export.card import front_matter, render_dataset_card, size_category

GOLDEN_FRONT_MATTER = """---
configs:
- config_name: default
  data_files:
  - split: train
    path: "train.parquet"
  - split: validation
    path: "validation.parquet"
license: cc-by-4.0
language:
- en
- zh
task_categories:
- text-generation
pretty_name: "演示 demo"
size_categories:
- 1K<n<10K
---
"""


def _args():
    return {
        "dataset_name": "演示 demo",
        "run_id": "r1",
        "counts": {"input": 1300, "exported": 1200, "rejected": 60, "duplicates": 30, "review": 10},
        "split_rows": {"train": 1176, "validation": 24},
        "by_lang": [
            {"lang": "en", "count_all": 1000},
            {"lang": "other", "count_all": 1},
            {"lang": "zh", "count_all": 199},
        ],
        "by_corpus": [{"corpus": "alpaca", "count_all": 1200}],
        "schema": pa.schema([("instruction", pa.string()), ("lang", pa.string())]),
        "rejected_by_reason": {"clean/too_short": 60},
        "license_id": "cc-by-4.0",
    }


def _card(**over):
    return render_dataset_card(**{**_args(), **over})


def test_export_card_front_matter_is_golden():
    card = _card()
    assert card.startswith(GOLDEN_FRONT_MATTER)
    assert card[len(GOLDEN_FRONT_MATTER) :].startswith("# 演示 demo\n")


def test_export_card_defaults_to_license_other():
    args = {k: v for k, v in _args().items() if k != "license_id"}
    assert "\nlicense: other\n" in render_dataset_card(**args)


def test_a_license_that_is_not_a_plain_id_is_quoted():
    assert '\nlicense: "my licence: see LICENSE"\n' in front_matter(
        pretty_name="d", license_id="my licence: see LICENSE", langs=["en"], records=1, data_files={"train": "t"}
    )


def test_an_empty_split_is_left_out_of_configs():
    card = _card(split_rows={"train": 1200, "validation": 0})
    assert 'path: "validation.parquet"' not in card and 'path: "train.parquet"' in card
    assert 'data_files={"train": "train.parquet"})' in card


def test_only_other_means_no_language_key():
    fm = front_matter(pretty_name="d", license_id="other", langs=["other"], records=0, data_files={"train": "t"})
    assert "language" not in fm and "- n<1K" in fm


@pytest.mark.parametrize(
    ("records", "bucket"),
    [
        (0, "n<1K"),
        (999, "n<1K"),
        (1_000, "1K<n<10K"),
        (9_999, "1K<n<10K"),
        (52_002, "10K<n<100K"),
        (100_000, "100K<n<1M"),
        (1_000_000, "1M<n<10M"),
        (99_999_999, "10M<n<100M"),
        (100_000_000, "100M<n<1B"),
        (1_000_000_000, "1B<n<10B"),
    ],
)
def test_size_categories_are_the_hub_buckets(records, bucket):
    assert size_category(records) == bucket


def test_hugging_face_hub_reads_the_front_matter():
    repocard = pytest.importorskip("huggingface_hub")
    data = repocard.DatasetCard(_card()).data
    assert data.license == "cc-by-4.0"
    assert data.language == ["en", "zh"]
    assert data.task_categories == ["text-generation"]
    assert data.pretty_name == "演示 demo"
    assert data.size_categories == ["1K<n<10K"]
    assert data.configs == [
        {
            "config_name": "default",
            "data_files": [
                {"split": "train", "path": "train.parquet"},
                {"split": "validation", "path": "validation.parquet"},
            ],
        }
    ]
