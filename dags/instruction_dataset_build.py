"""Nightly and on-demand build of the instruction-tuning dataset (see ``DOC_MD`` for operators)."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from airflow.sdk import Asset, Param, dag, task

if TYPE_CHECKING:  # types only: importing the pipeline at parse time would load pyarrow and numpy
    from airflow.sdk.types import OutletEventAccessorsProtocol, RuntimeTaskInstanceProtocol

    from pipeline.runtime.payloads import ExportResult, Prepared, ShardJob

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

**If it fails**: the failed task's log (and its XCom `failure`) has one line naming the stage,
the file and the cause. A stage that rejects single records does not fail the run; a task fails
for a bad config, policy or corpus path (checked by *prepare* before any stage runs: fix the form
and re-trigger), a blocking data validation (see the run report; the dataset is not published and
the Asset is not updated), a full disk or an internal error. These fail at once, without retries;
only transient errors (a lost file share, out of memory) are retried. Tasks are idempotent:
clearing and re-running one (or one shard) overwrites only its own outputs.

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


FAILURE_XCOM = "failure"
"""XCom key under which a failed task leaves its one-line reason (``scripts/run_dag.py`` prints it)."""


def _fail(exc: Exception, step: str) -> Exception:
    """The exception a task raises for ``exc`` from ``step``; its reason is also pushed as XCom ``failure``.

    ``exc`` becomes a one-line error naming the step, the file and the cause
    (:func:`pipeline.errors.step_failure`). Errors a retry cannot fix (a bad config or input, a
    blocking validation, a full disk, an internal error) fail the task at once
    (``AirflowFailException``); transient ones (a lost file share, out of memory) are raised as they
    are, so Airflow retries them.
    """
    from contextlib import suppress

    from airflow.sdk import get_current_context
    from airflow.sdk.exceptions import AirflowFailException

    from pipeline.errors import step_failure

    error = step_failure(exc, step)
    reason = {"step": step, "message": str(error), "exit_code": error.exit_code, "retryable": error.retryable}
    with suppress(Exception):  # best effort: the raised exception reports the failure either way
        get_current_context()["ti"].xcom_push(key=FAILURE_XCOM, value=reason)
    return error if error.retryable else AirflowFailException(str(error))


def _global_step(name: str, run_dir: str, ti: RuntimeTaskInstanceProtocol | None) -> list[ShardJob]:
    """Run the global step ``name``; push its summary as XCom ``summary``; return one job per output shard."""
    from pipeline.runtime import steps

    try:
        summary = steps.run_step(name, run_dir)
        if ti is not None:
            ti.xcom_push(key="summary", value=summary)
        return steps.shard_jobs(run_dir, name)
    except Exception as exc:
        raise _fail(exc, f"stage '{name}'") from exc


def _shard_step(step: str, job: ShardJob) -> ShardJob:
    """Run the per-shard task ``step`` on ``job``'s shard; return the job for the next mapped task."""
    from airflow.sdk import get_current_context

    from pipeline.runtime import steps

    context = cast(dict[str, object], get_current_context())  # read by map_index_template
    context["shard_label"] = f"shard {job['shard']:05d}"
    try:
        steps.run_shard_step(step, job)
    except Exception as exc:
        raise _fail(exc, f"{step} (shard {job['shard']})") from exc
    return {"run_dir": job["run_dir"], "shard": job["shard"]}


def _run_dir(jobs: list[ShardJob]) -> str:
    """The run directory of a list of shard jobs (there is always at least one shard)."""
    return next(iter(jobs))["run_dir"]


SHARD_LABEL = "{{ shard_label }}"


@task(retries=0)
def prepare(params: dict[str, object] | None = None, run_id: str | None = None) -> Prepared:
    """Check the form, load the config and create the run directory (skips the run when nothing is new)."""
    from airflow.sdk.exceptions import AirflowSkipException

    from pipeline.errors import NothingToDo
    from pipeline.runtime import steps

    _pii_key_from_connection()  # prepare validates the de-identification policy and its key
    try:
        return steps.prepare_from_params(DATA_ROOT, PROJECT_ROOT, run_id or "manual", params or {})
    except NothingToDo as exc:  # every later task is skipped; the run still succeeds
        raise AirflowSkipException(str(exc)) from exc
    except Exception as exc:
        raise _fail(exc, "prepare") from exc


@task
def ingest(prepared: Prepared, ti: RuntimeTaskInstanceProtocol | None = None) -> list[ShardJob]:
    """Read the corpora into shards of records."""
    return _global_step("ingest", prepared["run_dir"], ti)


@task(map_index_template=SHARD_LABEL)
def clean(job: ShardJob) -> ShardJob:
    """Normalise and filter one shard."""
    return _shard_step("clean", job)


@task(map_index_template=SHARD_LABEL)
def dedup_features(job: ShardJob) -> ShardJob:
    """Exact keys and MinHash signatures of one shard."""
    return _shard_step("dedup_features", job)


@task
def dedup(jobs: list[ShardJob], ti: RuntimeTaskInstanceProtocol | None = None) -> list[ShardJob]:
    """Find duplicates across every shard (and earlier versions) and remove them shard by shard."""
    return _global_step("dedup", _run_dir(jobs), ti)


@task(map_index_template=SHARD_LABEL)
def deidentify(job: ShardJob) -> ShardJob:
    """Detect and transform personal data in one shard."""
    _pii_key_from_connection()
    return _shard_step("deidentify", job)


@task(map_index_template=SHARD_LABEL)
def validate_rows(job: ShardJob) -> ShardJob:
    """The row-level Great Expectations suites on one shard."""
    return _shard_step("validate_rows", job)


@task
def validate(jobs: list[ShardJob], ti: RuntimeTaskInstanceProtocol | None = None) -> list[ShardJob]:
    """The dataset-wide suites, the verdict over every shard and the Data Docs."""
    return _global_step("validate", _run_dir(jobs), ti)


@task(map_index_template=SHARD_LABEL)
def agreement_features(job: ShardJob) -> ShardJob:
    """The annotations of one shard."""
    return _shard_step("agreement_features", job)


@task
def agreement(jobs: list[ShardJob], ti: RuntimeTaskInstanceProtocol | None = None) -> list[ShardJob]:
    """Votes, kappa and alpha, decisions and the review queue over every shard."""
    return _global_step("agreement", _run_dir(jobs), ti)


@task(outlets=[DATASET_ASSET])
def export(jobs: list[ShardJob], outlet_events: OutletEventAccessorsProtocol | None = None) -> ExportResult:
    """Write the dataset and the manifest, publish the next version, announce it on the Asset."""
    from pipeline.runtime import steps

    run_dir = _run_dir(jobs)
    try:
        result = steps.run_export(run_dir)
        result["version"] = steps.run_publish(run_dir)
    except Exception as exc:
        raise _fail(exc, "stage 'export'") from exc
    if outlet_events is None:
        return result
    extra: dict[str, Any] = {  # plain JSON: paths, ids and counts
        "run_dir": run_dir,
        "run_id": result["run_id"],
        "counts": dict(result["counts"]),
        "version": result.get("version"),
    }
    outlet_events[DATASET_ASSET].extra = extra
    return result


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
def instruction_dataset_build() -> None:
    """Ingest → clean → dedup → deidentify → validate → agreement → export; per-shard work as mapped tasks."""
    # Each task receives the XComArg of the one before; Airflow resolves it to the value at run time.
    ingested = ingest(prepare())  # type: ignore[arg-type]
    cleaned = clean.expand(job=ingested)
    deduplicated = dedup(dedup_features.expand(job=cleaned))  # type: ignore[arg-type]
    deidentified = deidentify.expand(job=deduplicated)
    validated = validate(validate_rows.expand(job=deidentified))  # type: ignore[arg-type]
    agreed = agreement(agreement_features.expand(job=validated))  # type: ignore[arg-type]
    export(agreed)  # type: ignore[arg-type]


instruction_dataset_build()
