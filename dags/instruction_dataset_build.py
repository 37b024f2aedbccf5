"""Nightly and on-demand build of the instruction-tuning dataset (see ``DOC_MD`` for operators)."""

from __future__ import annotations

import logging
import os
import sys
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from airflow.sdk import Asset, CronTriggerTimetable, Param, dag, task

if TYPE_CHECKING:  # types only: importing the pipeline at parse time would load pyarrow and numpy
    from airflow.sdk.types import OutletEventAccessorsProtocol, RuntimeTaskInstanceProtocol

    from pipeline.core.progress import ProgressDisplay
    from pipeline.runtime.payloads import ExportResult, Prepared, ShardJob

log = logging.getLogger(__name__)

DOC_MD = """
# Instruction dataset build

Turns raw instruction corpora (JSON, JSONL, CSV, TSV, Parquet; alpaca, ShareGPT or chat layouts;
Chinese and English) into a validated instruction-tuning dataset in Parquet.

**When it runs**: every night at 02:00 UTC on the default corpus (once the DAG is unpaused), and
whenever you press **Trigger** on this DAG's page: the form below opens with working defaults, so
**Trigger** alone builds the default corpus. Untick *Unpause on trigger* if the DAG should stay
paused (no nightly runs) after your run. Step-by-step help: `docs/OPERATOR.md`.

**Form fields**
- *Corpus paths*: one or more files or folders. Relative paths are relative to the project folder.
  They must lie inside the **corpus roots** (default: the data root and `<project>/examples`; an
  operator sets others in the Airflow Variable `instructflow_corpus_roots`, a JSON list of folders).
  A path outside them (after resolving `..` and symbolic links) fails *prepare*; inside a corpus
  folder, links that lead outside the roots, FIFOs, devices and broken links are skipped and
  listed in the manifest's `skipped`.
- *Config file* (optional): a pipeline config YAML; leave it empty for the bundled defaults
  (`pipeline/defaults/pipeline.yaml`). It, and the files it names, must lie inside the corpus
  roots or the project folder.
- *Dataset name*: the name written into the dataset card and of the versions folder.
- *Full rebuild*: ingest every input file again instead of only new or changed ones.

**What you get**, in `<data root>/runs/<run id>/` (data root: `$INSTRUCTFLOW_DATA_ROOT`, default
`<project>/data`); the *export* task's log and the Asset event name the exact paths:
- `reports/index.html`: **the run report**, the page to open first (counts, reasons, validation,
  personal data, duplicates, agreement, links to every detail page; works offline);
- `export/train.parquet`, `export/validation.parquet` and the dataset card `export/README.md`;
- `manifest.json`: counts that reconcile (input = exported + rejected + duplicates + review);
- `rejected/`: every rejected record with its stage, reason code and file/line.

**Incremental builds and versions**: each run ingests only the input files that are new or
changed (sha256) since the latest version of the dataset (every file after a config change; the
files whose records a new or changed adjudication file names), and publishes
`<data root>/datasets/<dataset name>/v0002/` = the previous version's records less those of files
read again (superseded) or deleted (retired), plus the run's records, then points `latest` at it
(a failed build leaves `latest` as it was). With nothing to read or retire, *prepare* is skipped
(its log says why on the first line) and so is every later task; the run succeeds. Tick
*Full rebuild* to ingest everything and start afresh.

**Shards**: ingest cuts the records into shards (`shards.records_per_shard` in the config, default
50,000). *clean* and *deidentify* run as one mapped task per shard (shown as `shard 00003`), and
so do the first phases of the global stages (*dedup_features*, *validate_rows*,
*agreement_features*); *dedup*, *validate* and *agreement* then decide once over all shards, and
*export* writes the dataset.

**If it fails**: the failed task's log (and its XCom `failure`) has one line naming the stage,
the file and the cause. A stage that rejects single records does not fail the run; a task fails
for a bad config, policy or corpus path (checked by *prepare* before any stage runs: fix the form
and re-trigger), a blocking data validation, a full disk or an internal error. These fail at once,
without retries; only transient errors (a lost file share, out of memory) are retried. A blocking
validation fails *validate*: the run is finished as *blocked* (manifest status `blocked`, nothing
published, the Asset not updated) and the log names the run report, which lists the failed checks,
how many records, the first record ids and what to do next. Tasks are idempotent: clearing and
re-running one (or one shard) overwrites only its own outputs.

**Secrets**: a de-identification policy that pseudonymises needs a key: set the Airflow connection
`instructflow_pii_key` (its password is the key) or the variable `INSTRUCTFLOW_PII_KEY` on workers.

On success the `instruction_dataset` Asset is updated (its extra holds the run directory, the run
report, counts and version), so a training DAG can be scheduled on it.
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
        description="Files or folders to ingest (.json, .jsonl, .csv, .tsv, .parquet), inside the corpus roots "
        "(Variable instructflow_corpus_roots; default: the data folder and examples/). Relative to the project folder.",
    ),
    "config_path": Param(
        None,
        type=["null", "string"],  # optional in the trigger form: a type without "null" is required there
        title="Config file",
        description="Pipeline config YAML (optional); leave empty for the bundled defaults.",
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


def _progress() -> ProgressDisplay:
    """Progress as plain log lines (a line when a stage starts and ends, and every 10 s in between).

    On stdout: Airflow logs a task's stderr at error level, which would colour every progress line red.
    """
    from pipeline.core.progress import ProgressDisplay

    return ProgressDisplay(sys.stdout, live=False)


def _global_step(name: str, run_dir: str, ti: RuntimeTaskInstanceProtocol | None) -> list[ShardJob]:
    """Run the global step ``name``; push its summary as XCom ``summary``; return one job per output shard."""
    from pipeline.runtime import steps

    progress = _progress()
    try:
        summary = steps.run_step(name, run_dir, progress)
        if ti is not None:
            ti.xcom_push(key="summary", value=summary)
        return steps.shard_jobs(run_dir, name)
    except Exception as exc:
        raise _fail(exc, f"stage '{name}'") from exc
    finally:
        progress.close()


def _shard_step(step: str, job: ShardJob) -> ShardJob:
    """Run the per-shard task ``step`` on ``job``'s shard; return the job for the next mapped task."""
    from airflow.sdk import get_current_context

    from pipeline.runtime import steps

    context = cast(dict[str, object], get_current_context())  # read by map_index_template
    context["shard_label"] = f"shard {job['shard']:05d}"
    progress = _progress()
    try:
        steps.run_shard_step(step, job, progress)
    except Exception as exc:
        raise _fail(exc, f"{step} (shard {job['shard']})") from exc
    finally:
        progress.close()
    return {"run_dir": job["run_dir"], "shard": job["shard"]}


def _run_dir(jobs: list[ShardJob]) -> str:
    """The run directory of a list of shard jobs (there is always at least one shard)."""
    return next(iter(jobs))["run_dir"]


SHARD_LABEL = "{{ shard_label }}"


@task(retries=0)
def prepare(params: dict[str, object] | None = None, run_id: str | None = None) -> Prepared:
    """Check the form, load the config and create the run directory (skips the run when nothing is new)."""
    from airflow.sdk import Variable
    from airflow.sdk.exceptions import AirflowSkipException

    from pipeline.config.roots import CORPUS_ROOTS_VARIABLE
    from pipeline.errors import NothingToDo
    from pipeline.runtime import steps

    _pii_key_from_connection()  # prepare validates the de-identification policy and its key
    try:
        roots = Variable.get(CORPUS_ROOTS_VARIABLE, default=None)
        prepared = steps.prepare_from_params(DATA_ROOT, PROJECT_ROOT, run_id or "manual", params or {}, roots)
    except NothingToDo as exc:  # every later task is skipped; the run still succeeds
        log.warning("SKIPPED, nothing to build: %s", exc)  # the log's first line of this task's own output
        raise AirflowSkipException(str(exc)) from exc
    except Exception as exc:
        raise _fail(exc, "prepare") from exc
    log.info(
        "Run directory: %s (run report when it ends: %s/reports/index.html)", prepared["run_dir"], prepared["run_dir"]
    )
    return prepared


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
    progress = _progress()
    try:
        result = steps.run_export(run_dir, progress)
        result["version"] = steps.run_publish(run_dir)
    except Exception as exc:
        raise _fail(exc, "stage 'export'") from exc
    finally:
        progress.close()
    counts = result["counts"]
    log.info("Run report: %s", result["report"])
    log.info(
        "Dataset: %s (exported %d of %d records; rejected %d, duplicates %d, review %d); manifest: %s",
        result["export_dir"],
        counts["exported"],
        counts["input"],
        counts["rejected"],
        counts["duplicates"],
        counts["review"],
        result["manifest"],
    )
    if outlet_events is None:
        return result
    extra: dict[str, Any] = {  # plain JSON: paths, ids and counts
        "run_dir": run_dir,
        "run_id": result["run_id"],
        "report": result["report"],
        "counts": dict(result["counts"]),
        "version": result.get("version"),
    }
    outlet_events[DATASET_ASSET].extra = extra
    return result


SCHEDULE = CronTriggerTimetable("0 2 * * *", timezone="UTC", run_immediately=timedelta(0))
"""Every night at 02:00 UTC. No ``start_date`` and ``run_immediately=timedelta(0)``: a DAG unpaused for
the first time (for instance by the trigger form's *Unpause on trigger*) waits for the next 02:00
instead of queueing a run for the last one at once. Not ``run_immediately=False``: documented as
"wait for the next scheduled time", the scheduler's timetable treats it like None and still runs the
last 02:00 when it is less than 10 % of a day (2 h 24 min) past (``_calc_first_run`` in
``airflow/timetables/trigger.py``, Airflow 3.1); a zero buffer is what False promises. With ``catchup=False`` a DAG that was paused
over one or more nights and is unpaused again runs only the latest missed night."""


@dag(
    dag_id="instruction_dataset_build",
    schedule=SCHEDULE,
    catchup=False,
    is_paused_upon_creation=True,
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
