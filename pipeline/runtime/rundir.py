"""The run directory: every path of a run, and the one place ``work/run.json`` is read and written.

Layout::

    manifest.json               written last by the export step
    export/                     train.parquet, validation.parquet, README.md (dataset card)
    rejected/<stage>.parquet    rejected records with stage, reason and detail
    duplicates/<stage>.parquet  records removed as duplicates of a named record
    review/<stage>.parquet      records held for human review
    reports/ audit/ dedup/      stage artifacts (Data Docs, run report, agreement, PII audit log, history rows)
    .instructflow.lock          held by the process running the CLI in this folder (:meth:`RunDir.lock`)
    work/run.json               the run's inputs and effective config (read by every step)
    work/inputs.json            the input files ingest read, with sha256
    work/carried.parquet        an incremental build: (record_id, run_id) of the earlier records it carries over
    work/lineage.parquet        written by the export: every record's source identity and outcome
    work/<stage>.json           the stage's summary: counts, reasons, counters
    work/<stage>/part-NNNNN.parquet   the records a stage kept, shard by shard (input of the next stage)
    work/<stage>-features/      a phased stage's per-shard features and scratch files (removed after export)

A stage's shards are numbered densely from 0; there is always at least one (an empty input gives one
empty shard that still carries the schema), and reading them in number order gives the records in
stage order. A per-shard stage maps shard *i* of its input to shard *i* of its output. Per-shard side
outputs (``rejected-00003.parquet``, ``summary-00003.json``) sit next to the parts until collected; a stage's own
per-shard files (deidentify's ``checked-00003.parquet``) stay next to them while the shard exists.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING, cast

import pyarrow as pa

from pipeline.core.atomic import write_json_atomic, write_parquet_atomic
from pipeline.core.stage import StageSummary
from pipeline.errors import RunLocked, StageError, UsageError
from pipeline.io.corpus import InputFile, SkippedPath
from pipeline.runtime.payloads import Manifest, RunSpec

if TYPE_CHECKING:
    from pipeline.config import PipelineConfig

PART_RE = re.compile(r"^part-(\d{5})\.parquet$")
INTERMEDIATE: dict[str, str | int] = {"compression": "zstd", "compression_level": 1}
"""Parquet options of intermediate files (fast to write; they are deleted or re-read soon)."""

OUTCOMES = ("rejected", "duplicates", "review")
"""The outcomes besides ``kept``; each goes to ``<outcome>/<stage>.parquet``."""

OWNED = ("manifest.json", "export", "rejected", "duplicates", "review", "reports", "audit", "dedup", "work")
"""Entries of a run directory that belong to the pipeline (cleared when a run starts again)."""

LOCK_NAME = ".instructflow.lock"
"""The lock file of a run directory (:meth:`RunDir.lock`); never deleted while the folder is in use."""


def part_name(shard: int) -> str:
    """File name of shard ``shard`` (``part-00003.parquet``)."""
    return f"part-{shard:05d}.parquet"


class RunDir:
    """One run directory (see the module docstring for its layout)."""

    def __init__(self, root: str | Path) -> None:
        """Use ``root`` (nothing is created until something is written)."""
        self.root = Path(root)

    def __repr__(self) -> str:
        return f"RunDir({str(self.root)!r})"

    # ---------------------------------------------------------------- top-level files and folders

    def path(self, *parts: str) -> Path:
        """``root/<parts>`` (for a stage's own artifacts, e.g. ``("reports", "agreement.json")``)."""
        return self.root.joinpath(*parts)

    @property
    def manifest_path(self) -> Path:
        """``manifest.json``."""
        return self.root / "manifest.json"

    @property
    def export_dir(self) -> Path:
        """``export/``: the dataset and its card."""
        return self.root / "export"

    @property
    def report_path(self) -> Path:
        """``reports/index.html``: the run report."""
        return self.root / "reports" / "index.html"

    @property
    def lineage_path(self) -> Path:
        """``work/lineage.parquet``: the run's records by source identity (:mod:`pipeline.runtime.lineage`)."""
        return self.root / "work" / "lineage.parquet"

    @property
    def carried_path(self) -> Path:
        """``work/carried.parquet``: the earlier records an incremental build carries over."""
        return self.root / "work" / "carried.parquet"

    def outcome_path(self, outcome: str, stage: str) -> Path:
        """``<outcome>/<stage>.parquet`` (outcome: rejected, duplicates or review)."""
        return self.root / outcome / f"{stage}.parquet"

    def read_manifest(self) -> Manifest:
        """The manifest (:class:`StageError` when the run has not been exported)."""
        if not self.manifest_path.is_file():
            raise StageError(f"{self.root}: no manifest.json (the export has not finished)")
        return cast(Manifest, json.loads(self.manifest_path.read_text(encoding="utf-8")))

    # ---------------------------------------------------------------- work/run.json and summaries

    @property
    def spec_path(self) -> Path:
        """``work/run.json``."""
        return self.root / "work" / "run.json"

    def is_prepared(self) -> bool:
        """True when the folder holds a prepared run (``work/run.json``)."""
        return self.spec_path.is_file()

    def write_spec(self, spec: RunSpec) -> None:
        """Write ``work/run.json``."""
        write_json_atomic(self.spec_path, spec)

    def read_spec(self) -> RunSpec:
        """Read ``work/run.json`` (:class:`UsageError` when the folder is not a prepared run)."""
        if not self.spec_path.is_file():
            raise UsageError(f"not a prepared run directory (no work/run.json): {self.root}")
        return cast(RunSpec, json.loads(self.spec_path.read_text(encoding="utf-8")))

    def load(self) -> tuple[RunSpec, PipelineConfig]:
        """``work/run.json`` and the effective config recorded there."""
        from pipeline.config import parse_config

        spec = self.read_spec()
        config = parse_config(spec["config"], source=str(self.spec_path), base_dir=Path(spec["config_base_dir"]))
        return spec, config

    def summary_path(self, stage: str) -> Path:
        """``work/<stage>.json``."""
        return self.root / "work" / f"{stage}.json"

    def write_summary(self, stage: str, summary: StageSummary) -> None:
        """Write ``work/<stage>.json``."""
        write_json_atomic(self.summary_path(stage), summary)

    def read_summary(self, stage: str) -> StageSummary | None:
        """``work/<stage>.json``, or None when the stage has not run."""
        path = self.summary_path(stage)
        if not path.is_file():
            return None
        return cast(StageSummary, json.loads(path.read_text(encoding="utf-8")))

    @property
    def inputs_path(self) -> Path:
        """``work/inputs.json``: the files ingest read."""
        return self.root / "work" / "inputs.json"

    def read_inputs(self) -> list[InputFile]:
        """The input files ingest read (``work/inputs.json``)."""
        return cast(list[InputFile], json.loads(self.inputs_path.read_text(encoding="utf-8")))

    @property
    def skipped_path(self) -> Path:
        """``work/skipped.json``: the paths inside the corpora that ingest did not read, with the reason."""
        return self.root / "work" / "skipped.json"

    def read_skipped(self) -> list[SkippedPath]:
        """The paths ingest skipped (``work/skipped.json``; empty when ingest has not written it)."""
        if not self.skipped_path.is_file():
            return []
        return cast(list[SkippedPath], json.loads(self.skipped_path.read_text(encoding="utf-8")))

    def reset(self) -> None:
        """Remove every entry a previous run wrote (:data:`OWNED`); refuse a folder that is not a run directory."""
        if self.root.exists() and not self.root.is_dir():
            raise UsageError(f"output path exists and is not a directory: {self.root}")
        if self.root.is_dir() and any(p.name != LOCK_NAME for p in self.root.iterdir()) and not self.is_prepared():
            raise UsageError(f"output directory is not empty and is not a run directory: {self.root}")
        for name in OWNED:
            target = self.root / name
            if target.is_dir() and not target.is_symlink():
                shutil.rmtree(target)
            elif target.exists() or target.is_symlink():
                target.unlink()

    @contextmanager
    def lock(self) -> Iterator[None]:
        """Hold the run directory for this process: a second process fails at once with :class:`RunLocked`.

        An exclusive ``flock`` on ``.instructflow.lock`` (it holds the owner's pid, for the message).
        The kernel drops the lock when its process dies, however it dies, so a lock file left by a
        dead process is simply taken over. The folder is created if missing; if nothing else was
        written into it when the block ends (the run stopped before preparing it), it is removed again.
        """
        import fcntl

        if self.root.exists() and not self.root.is_dir():
            raise UsageError(f"output path exists and is not a directory: {self.root}")
        created = not self.root.exists()
        self.root.mkdir(parents=True, exist_ok=True)
        path = self.root / LOCK_NAME
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                owner = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "unknown"
                raise RunLocked(
                    f"another run (pid {owner}) is writing {self.root}; wait for it to end or choose another "
                    "output directory"
                ) from None
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
            try:
                yield
            finally:
                if created and [p.name for p in self.root.iterdir()] == [LOCK_NAME]:
                    path.unlink(missing_ok=True)  # still locked by us: nobody else can be using it
                    with suppress(OSError):  # something appeared meanwhile: leave the folder
                        self.root.rmdir()
        finally:
            os.close(fd)  # releases the lock

    # ---------------------------------------------------------------- shards

    def stage_dir(self, stage: str) -> Path:
        """The folder of ``stage``'s shards: ``work/<stage>``."""
        return self.root / "work" / stage

    def features_dir(self, stage: str) -> Path:
        """The folder of a phased stage's per-shard features and scratch files: ``work/<stage>-features``."""
        return self.root / "work" / f"{stage}-features"

    def shard_file(self, stage: str, shard: int, kind: str = "part", suffix: str = "parquet") -> Path:
        """One per-shard file: ``kind`` is ``part`` (records) or a side output such as ``rejected``."""
        return self.stage_dir(stage) / f"{kind}-{shard:05d}.{suffix}"

    def features_file(self, stage: str, shard: int) -> Path:
        """Phase 1 output of the phased stage ``stage`` for ``shard``."""
        return self.features_dir(stage) / part_name(shard)

    def list_shards(self, stage: str) -> list[int]:
        """The shard numbers of ``stage``'s output, checked to be dense from 0.

        Raises :class:`StageError` when the stage has not written any shard or a shard is missing.
        """
        folder = self.stage_dir(stage)
        if not folder.is_dir():
            raise StageError(f"stage {stage!r} has no output in {folder}; run that step first")
        found = sorted(int(m.group(1)) for p in folder.iterdir() if (m := PART_RE.match(p.name)))
        if not found:
            raise StageError(f"stage {stage!r} has no shards in {folder}; run that step first")
        if found != list(range(len(found))):
            missing = sorted(set(range(found[-1] + 1)) - set(found))
            raise StageError(f"stage {stage!r} is missing shard(s) {missing[:10]} in {folder}")
        return found

    def read_shard(self, stage: str, shard: int, columns: Sequence[str] | None = None) -> pa.Table:
        """One shard of ``stage``'s output (only ``columns`` when given)."""
        import pyarrow.parquet as pq

        path = self.stage_dir(stage) / part_name(shard)
        if not path.is_file():
            raise StageError(f"stage {stage!r} has no shard {shard} ({path}); run that step first")
        return pq.read_table(path, columns=list(columns) if columns is not None else None)

    def read_shard_schema(self, stage: str) -> pa.Schema:
        """The Arrow schema of ``stage``'s first shard (from the footer; no data read)."""
        import pyarrow.parquet as pq

        self.list_shards(stage)
        return pq.read_schema(self.stage_dir(stage) / part_name(0))

    def iter_shards(self, stage: str, columns: Sequence[str] | None = None) -> Iterator[pa.Table]:
        """Yield ``stage``'s shards in order (only ``columns`` when given), one at a time."""
        for shard in self.list_shards(stage):
            yield self.read_shard(stage, shard, columns)

    def read_stage(self, stage: str, columns: Sequence[str] | None = None) -> pa.Table:
        """All of ``stage``'s records, shards concatenated in order (schemas unified)."""
        tables = list(self.iter_shards(stage, columns))
        if len(tables) == 1:
            return tables[0]
        return pa.concat_tables(tables, promote_options="default")

    def shard_rows(self, stage: str, shard: int) -> int:
        """Number of records in one shard, from its Parquet footer."""
        import pyarrow.parquet as pq

        return int(pq.ParquetFile(self.stage_dir(stage) / part_name(shard)).metadata.num_rows)

    def stage_rows(self, stage: str) -> int:
        """Number of records in ``stage``'s output, from the Parquet footers (no data read)."""
        return sum(self.shard_rows(stage, s) for s in self.list_shards(stage))

    def clear_stage(self, stage: str) -> Path:
        """Remove ``stage``'s folder (its shards and side outputs) and return the (re-created) folder."""
        folder = self.stage_dir(stage)
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        return folder

    def write_part(self, stage: str, shard: int, table: pa.Table) -> Path:
        """Write ``table`` as shard ``shard`` of ``stage`` (atomically)."""
        return write_parquet_atomic(table, self.stage_dir(stage) / part_name(shard), **INTERMEDIATE)

    def write_shards(self, stage: str, table: pa.Table, records_per_shard: int) -> list[int]:
        """Replace ``stage``'s output by ``table`` cut into shards of ``records_per_shard`` rows.

        Returns the shard numbers. An empty table gives one empty shard (which keeps the schema).
        """
        if records_per_shard < 1:
            raise ValueError(f"records_per_shard must be at least 1, got {records_per_shard}")
        self.clear_stage(stage)
        count = max(1, -(-table.num_rows // records_per_shard))
        for shard in range(count):
            self.write_part(stage, shard, table.slice(shard * records_per_shard, records_per_shard))
        return list(range(count))

    def remove_stage_files(self, stage: str) -> None:
        """Delete ``stage``'s shards and its features folder, if any (after the export)."""
        for folder in (self.stage_dir(stage), self.features_dir(stage)):
            if folder.is_dir():
                shutil.rmtree(folder)
