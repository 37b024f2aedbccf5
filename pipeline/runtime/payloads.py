"""Typed shapes of what the runtime writes to ``work/*.json`` and returns to its callers (XCom in the DAG).

Every payload is plain JSON (paths as strings, counters as numbers, never record values), small
enough for Airflow's XCom.
"""

from __future__ import annotations

from typing import NotRequired, TypedDict

from pipeline.core.stage import Counts, StageCounts, StageSummary
from pipeline.io.corpus import InputFile, SkippedPath

JSONObject = dict[str, object]
"""A JSON object whose shape is documented where it is made (configs, stage reports)."""


class CorpusEntry(TypedDict):
    """One corpus of a run: its name (the folder or file name) and its path."""

    name: str
    path: str


class IncrementalSpec(TypedDict):
    """How an incremental build chose its input files (``work/run.json``'s ``incremental``)."""

    datasets_root: str
    dataset: str
    dataset_dir: str
    full_rebuild: bool
    new_files: int
    files: dict[str, list[str]]
    """Corpus name -> relative paths of the files this run ingests."""
    unchanged: list[str]
    """Keys (``corpus/relative path``) of the files skipped because the latest version has them."""
    base_version: str | None
    sha256: dict[str, str]
    """Key -> sha256 of every input file seen."""
    retired: list[str]
    """Keys of files in the base version that are gone from their corpus and whose records are retired."""
    replaced: list[str]
    """Keys of files whose records in the base version the new version drops (re-read or retired)."""
    triggers: list[str]
    """Why files are read besides being new or changed (config, policy or decision files changed)."""
    config_state: ConfigState


class ConfigState(TypedDict):
    """What a version was built with, to tell what a later config change affects."""

    fingerprint: str
    """Hash of the effective config without the annotation and adjudication file lists."""
    files: dict[str, str]
    """Files that affect every record (policy, word lists): path -> sha256 (``missing`` when unreadable)."""
    decisions: dict[str, str]
    """Annotation and adjudication files (they affect the records they name): path -> sha256."""


class RunSpec(TypedDict):
    """``work/run.json``: what a prepared run reads (inputs and the effective config)."""

    run_id: str
    dataset_name: str
    corpora: list[CorpusEntry]
    config_path: str | None
    config_base_dir: str
    config: JSONObject
    incremental: NotRequired[IncrementalSpec]
    started_at: NotRequired[str]
    """When the run was prepared (ISO 8601, UTC, seconds): shown in reports, never in computed results."""
    corpus_roots: NotRequired[list[str]]
    """The folders every corpus file must resolve into (a DAG run); absent: each corpus folder itself."""
    guideline: NotRequired[dict[str, str]]
    """The annotation guideline the run checks against: name, version, path, sha256 (and knowledge bases)."""


class IncrementalInfo(TypedDict):
    """The incremental part of :class:`Prepared`."""

    dataset: str
    base_version: str | None
    full_rebuild: bool
    new_files: int
    unchanged_files: int
    retired_files: int


class Prepared(TypedDict):
    """What preparing a run returns: where the run lives and its id."""

    run_dir: str
    run_id: str
    incremental: NotRequired[IncrementalInfo]


class ShardJob(TypedDict):
    """One shard of one run: what a mapped task of the DAG receives."""

    run_dir: str
    shard: int


class StepResult(StageCounts):
    """What a stage step returns: its summary without the report, its outputs and its shards."""

    outputs: dict[str, str]
    """Outcome (``records``, ``rejected``, ...) -> path, for the outcomes that hold records."""
    shards: list[int]
    run_dir: str
    shard: NotRequired[int]
    """The shard a per-shard step ran on."""


class FeaturesResult(TypedDict):
    """What phase 1 of a phased stage returns for one shard."""

    stage: str
    shard: int
    records: int
    path: str
    run_dir: str


class VersionRecords(TypedDict):
    """Records of a dataset version: new in it, and in all."""

    new: int
    total: int
    dropped: NotRequired[int]
    """Records of the previous version left out: superseded (their file was read again) or retired."""


class VersionInfo(TypedDict):
    """A published dataset version."""

    version: str
    path: str
    previous: str | None
    records: VersionRecords
    full_rebuild: bool


class ExportResult(TypedDict):
    """What the export step returns."""

    stage: str
    run_id: str
    run_dir: str
    counts: Counts
    rows: dict[str, int]
    export_dir: str
    manifest: str
    report: str
    history: dict[str, int | bool]
    version: NotRequired[VersionInfo | None]


class OutputFile(TypedDict):
    """One file the run wrote, in the manifest's ``outputs``."""

    path: str
    bytes: int
    sha256: str
    split: NotRequired[str]
    rows: NotRequired[int]


class FailedExpectation(TypedDict, total=False):
    """A failed blocking expectation as the manifest keeps it: names, counts and record ids, no values."""

    suite: str
    check: str
    type: str
    column: str
    unexpected_count: int
    unexpected_percent: float
    first_record_ids: list[str]


class BlockedInfo(TypedDict):
    """``manifest.json``'s ``blocked``: where a blocking validation stopped the run and why."""

    stage: str
    records: int
    """Records that reached the gate (counted as held for review)."""
    records_dir: str
    """Where those records are (run-relative), until the run is repeated."""
    failed: list[FailedExpectation]
    data_docs_index: str


class BlockedRun(TypedDict):
    """What finishing a blocked run returns."""

    run_id: str
    run_dir: str
    counts: Counts
    blocked: BlockedInfo
    manifest: str
    report: str


class Manifest(TypedDict):
    """``manifest.json``: what a run did (``status``: ``exported``, or ``blocked`` with ``blocked``)."""

    run_id: str
    dataset_name: str
    status: NotRequired[str]
    blocked: NotRequired[BlockedInfo]
    counts: Counts
    rejected_by_reason: dict[str, int]
    review_by_reason: NotRequired[dict[str, int]]
    """Records held for review keyed ``stage/reason`` (absent in manifests written before it existed)."""
    stages: list[StageSummary]
    inputs: list[InputFile]
    skipped: NotRequired[list[SkippedPath]]
    """Paths inside the corpora that were not read, with the reason (hidden, unsupported, FIFO, link...)."""
    config: JSONObject
    versions: dict[str, str]
    outputs: list[OutputFile]
