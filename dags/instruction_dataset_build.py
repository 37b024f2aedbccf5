"""Nightly and on-demand build of the instruction-tuning dataset (see ``DOC_MD`` for operators)."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

from airflow.sdk import Asset, Param, dag, task

from pipeline.runtime.registry import active_stages, is_phased, is_sharded, phased_stage_of, shard_phase_task

DOC_MD = """
# Instruction dataset build

Turns raw instruction corpora (JSON, JSONL, CSV, TSV, Parquet; alpaca, ShareGPT or chat layouts;
Chinese and English) into a validated instruction-tuning dataset in Parquet.

**When it runs**: every night at 02:00 UTC on the default corpus, and whenever you trigger it by
hand (use *Trigger DAG w/ config* to open the form below).

**Form fields**
- *corpus_paths*: one or more files or folders. Relative paths are relative to the project folder.
- *config_path*: a pipeline config YAML (empty = the bundled defaults, `pipeline/defaults/pipeline.yaml`).
- *dataset_name*: the name written into the dataset card.

**What you get**, in `<data root>/runs/<run id>/` (data root: `$INSTRUCTFLOW_DATA_ROOT`, default
`<project>/data`):
- `export/train.parquet`, `export/validation.parquet` and the dataset card `export/README.md`;
- `manifest.json`: counts that reconcile (input = exported + rejected + duplicates + review);
- `rejected/`: every rejected record with its stage, reason code and file/line;
- `reports/`: the run report and data-quality reports for reviewers.

**Incremental builds and versions**: each run ingests only the input files that are new or
changed (sha256) since the latest version of the dataset, drops records that duplicate earlier
versions, and publishes `<data root>/datasets/<dataset name>/v0002/` = the previous version's files
plus the new records, then points `latest` at it. With no new or changed file the run skips every
task after *prepare* (and succeeds). Tick *full_rebuild* to ingest everything and start afresh.

**Shards**: ingest cuts the records into shards (`shards.records_per_shard` in the config, default
50,000). *clean* and *deidentify* run as one mapped task per shard (shown as `shard 00003`), spread
over the workers; so do the first phases of the global stages: *dedup_features* (the MinHash
signatures of each shard), *validate_rows* (the row-level Great Expectations suites of each shard)
and *agreement_features* (each shard's annotations). Then dedup (LSH across all shards), validate
(the dataset-wide checks and the Data Docs) and agreement (votes, kappa, alpha, review queue) decide
once over all shards, and export merges every shard into one dataset.

**If it fails**: open the failed task's log. A stage that rejects single records does not fail
the run; a task fails for a bad config or corpus path (fix the form and re-trigger) or a blocking
data validation (see the run report; the dataset is not published and the Asset is not updated).
Tasks are idempotent: clearing and re-running one (or one shard) overwrites only its own outputs.

**Secrets**: a de-identification policy that pseudonymises needs a key: set the Airflow connection
`instructflow_pii_key` (its password is the key) or the variable `INSTRUCTFLOW_PII_KEY` on workers.

On success the `instruction_dataset` Asset is updated, so a training DAG can be scheduled on it.
"""

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DATA_ROOT = Path(os.environ.get("INSTRUCTFLOW_DATA_ROOT", str(PROJECT_ROOT / "data")))
NIGHTLY_CORPUS = os.environ.get("INSTRUCTFLOW_NIGHTLY_CORPUS", "examples/sample")

DATASET_ASSET = Asset(name="instruction_dataset", uri="instructflow://datasets/instruction_dataset")
"""Updated each time a dataset is exported; the event's extra carries the run directory and counts.

The URI names the logical dataset, not a path: the same Asset whatever the data root is, so
re-deployments or a moved data root never create a second, conflicting Asset of the same name.
"""

PARAMS = {
    "corpus_paths": Param(
        [NIGHTLY_CORPUS],
        type="array",
        items={"type": "string", "minLength": 1},
        minItems=1,
        title="Corpus paths",
        description="Files or folders to ingest (.json, .jsonl, .csv, .tsv, .parquet). Relative to the project folder.",
    ),
    "config_path": Param(
        "",
        type="string",
        title="Config file",
        description="Pipeline config YAML; leave empty for the bundled defaults.",
    ),
    "dataset_name": Param(
        "instruction-dataset",
        type="string",
        minLength=1,
        maxLength=100,
        pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$",
        title="Dataset name",
        description="Written into the dataset card; versions go to <data root>/datasets/<dataset name>/.",
    ),
    "full_rebuild": Param(
        False,
        type="boolean",
        title="Full rebuild",
        description="Ingest every input file and start a version with no earlier files "
        "(default: only files new or changed since the latest version).",
    ),
}


PII_KEY_CONNECTION = "instructflow_pii_key"
PII_KEY_ENV = "INSTRUCTFLOW_PII_KEY"


def _pii_key_from_connection() -> None:
    """Expose the password of connection ``instructflow_pii_key`` as ``$INSTRUCTFLOW_PII_KEY``.

    The de-identification policy reads its pseudonym key from that variable (never from the
    repository). An already set variable wins; without either, a policy that needs the key fails.
    """
    if os.environ.get(PII_KEY_ENV):
        return
    from airflow.sdk import BaseHook
    from airflow.sdk.exceptions import AirflowNotFoundException

    try:
        conn = BaseHook.get_connection(PII_KEY_CONNECTION)
    except AirflowNotFoundException:
        return
    if conn.password:
        os.environ[PII_KEY_ENV] = conn.password


def _run_step(name: str, run_dir: str, shard: int | None = None) -> dict:
    """Run one pipeline step (or one shard of a per-record stage); errors a retry cannot fix fail at once.

    A bad config or usage (exit code 2) and a blocking validation (exit code 3) give the same
    result on every try, so they raise ``AirflowFailException`` (no retries); anything else, such
    as a full disk, a lost file share or a killed worker, is retried.
    """
    from airflow.sdk.exceptions import AirflowFailException

    from pipeline.errors import PipelineError
    from pipeline.runtime.steps import run_features_shard, run_shard, run_step

    try:
        if shard is None:
            return run_step(name, run_dir)
        stage = phased_stage_of(name)
        if stage is not None:
            return run_features_shard(stage, run_dir, shard)
        return run_shard(name, run_dir, shard)
    except PipelineError as exc:
        if exc.exit_code in (2, 3):
            raise AirflowFailException(str(exc)) from exc
        raise


def _stage_task(name: str):
    """A task running the global stage ``name`` over every shard.

    It returns the numbers of the shards it wrote (what the next per-record stage is mapped over)
    and pushes its counters and output paths as the XCom ``summary``.
    """

    @task(task_id=name)
    def run_stage(prepared: dict, ti=None) -> list[int]:
        result = _run_step(name, prepared["run_dir"])
        ti.xcom_push(key="summary", value=result)
        return result["shards"]

    return run_stage


def _features_task(name: str):
    """The per-shard first phase of the phased global stage ``name`` (e.g. dedup signatures), mapped."""

    @task(task_id=shard_phase_task(name), map_index_template="{{ shard_label }}")
    def run_features(prepared: dict, shard: int) -> dict:
        from airflow.sdk import get_current_context

        get_current_context()["shard_label"] = f"shard {shard:05d}"
        return _run_step(shard_phase_task(name), prepared["run_dir"], shard)

    return run_features


def _shard_task(name: str):
    """A task running the per-record stage ``name`` on one shard; mapped over the shards in the DAG."""

    @task(task_id=name, map_index_template="{{ shard_label }}")
    def run_shard(prepared: dict, shard: int) -> dict:
        from airflow.sdk import get_current_context

        get_current_context()["shard_label"] = f"shard {shard:05d}"
        if name == "deidentify":
            _pii_key_from_connection()
        return _run_step(name, prepared["run_dir"], shard)

    return run_shard


@dag(
    dag_id="instruction_dataset_build",
    schedule="0 2 * * *",
    start_date=datetime(2026, 1, 1, tzinfo=UTC),
    catchup=False,
    max_active_runs=1,
    params=PARAMS,
    tags=["instructflow", "dataset", "nightly"],
    doc_md=DOC_MD,
    default_args={
        "owner": "data-platform",
        "retries": 2,
        "retry_delay": timedelta(minutes=2),
        "retry_exponential_backoff": True,
        "execution_timeout": timedelta(hours=6),
    },
)
def instruction_dataset_build():
    """Nightly and on-demand build of the instruction-tuning dataset."""

    @task(retries=0)
    def prepare(params: dict | None = None, run_id: str | None = None) -> dict:
        """Check the form, load the config and create the run directory."""
        from airflow.sdk.exceptions import AirflowSkipException

        from pipeline.errors import NothingToDo
        from pipeline.runtime.steps import prepare_from_params

        try:
            return prepare_from_params(DATA_ROOT, PROJECT_ROOT, run_id, params)
        except NothingToDo as exc:  # every later task is skipped; the run still succeeds
            raise AirflowSkipException(str(exc)) from exc

    @task(task_id="export", outlets=[DATASET_ASSET])
    def export(prepared: dict, outlet_events=None) -> dict:
        """Write the dataset and the manifest, publish the next version, announce it on the Asset."""
        result = _run_step("export", prepared["run_dir"])
        result["version"] = _run_step("publish", prepared["run_dir"])
        outlet_events[DATASET_ASSET].extra = {
            "run_dir": prepared["run_dir"],
            "run_id": result["run_id"],
            "counts": result["counts"],
            "version": result["version"],
        }
        return result

    prepared = prepare()
    upstream = prepared
    shards = None
    for name in active_stages():
        if name == "export":
            current = export(prepared)
        elif is_sharded(name):
            # one task per shard of the previous stage's output, on any worker
            current = _shard_task(name).partial(prepared=prepared).expand(shard=shards)
        elif is_phased(name):
            # phase 1 per shard on any worker, then the global plan and removal in one task
            features = _features_task(name).partial(prepared=prepared).expand(shard=shards)
            upstream >> features
            upstream = features
            current = shards = _stage_task(name)(prepared)
        else:
            current = shards = _stage_task(name)(prepared)
        upstream >> current
        upstream = current


instruction_dataset_build()
