"""Dataset versions for incremental builds: ``<root>/datasets/<name>/<version>/`` plus a ``latest`` pointer.

A nightly build reads only the input files that are new or changed since the latest version
(:meth:`DatasetStore.select_files`, by sha256; more when the config or a decision file changed:
:func:`pipeline.runtime.prepare.select_inputs`), and :func:`publish_run` turns the run's export into
the next version: the previous version's records minus those of the files the run replaced (read
again: an edited record supersedes its old version; or deleted: retired), plus the run's records
(already deduplicated by the dedup stage against the records carried over). Each version keeps its
record lineage (:mod:`pipeline.runtime.lineage`); :func:`versions_diff` compares two versions. A
full rebuild ingests every file and starts a version with no earlier files. A build that fails
(a blocking validation) never reaches the publish step, so ``latest`` stays where it was.

Layout::

    datasets/<name>/
        v0001/ v0002/ ...          one folder per version, never changed once published
            train/part-v0001.parquet, train/part-v0002.parquet, ...   (hard links, not copies)
            validation/part-v0001.parquet, ...
            train/part-v0001.v0003.parquet   an earlier file with the records this version dropped left out
            version.json            the version's record counts, files with sha256, run, inputs, config state,
                                    quality score (:mod:`pipeline.runtime.quality`)
                                    (every path relative to the version folder; no local input paths)
            lineage.parquet         every record by source identity: outcome, content hash, run
            README.md               the Hub dataset card: front matter with configs, licence, languages
        latest -> v0002            symbolic link, replaced atomically after the version is complete
        .lock                      serialises publishers

Load a version with ``datasets.load_dataset("parquet", data_files={"train": ".../latest/train/*.parquet",
"validation": ".../latest/validation/*.parquet"})`` or ``pandas.read_parquet(".../latest/train")``.
Nothing here reads a clock: version numbers count up, and a re-run of the same publish is a no-op.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, NotRequired, TypedDict, cast

from pipeline.core.atomic import write_json_atomic, write_text_atomic
from pipeline.core.hashing import file_sha256
from pipeline.core.stage import Counts
from pipeline.errors import StageError, UsageError
from pipeline.io.corpus import FileProblemInfo, InputFile
from pipeline.runtime.payloads import ConfigState, VersionInfo, VersionRecords
from pipeline.runtime.quality import VersionQuality, version_quality
from pipeline.runtime.rundir import RunDir

if TYPE_CHECKING:
    import pyarrow as pa

    from pipeline.runtime.lineage import VersionsDiff

SPLITS = ("train", "validation")


class SplitFile(TypedDict):
    """One Parquet file of a version's split."""

    path: str
    rows: int
    sha256: str
    run_id: str


class VersionInput(TypedDict):
    """An input file of the run that made a version: the manifest's entry without its local ``path``."""

    corpus: str
    file: str
    sha256: str | None
    bytes: int | None
    format: str | None
    encoding: str | None
    items: int
    kept: int
    rejected: int
    status: NotRequired[str]
    problem: NotRequired[FileProblemInfo]


def _portable(entry: InputFile) -> VersionInput:
    """``entry`` without the absolute local path (``corpus`` + ``file`` name the file inside its corpus)."""
    return cast(VersionInput, {key: value for key, value in entry.items() if key != "path"})


class VersionFile(TypedDict):
    """``version.json``: a published version."""

    version: str
    previous: str | None
    full_rebuild: bool
    run_id: str
    records: VersionRecords
    counts: Counts
    splits: dict[str, list[SplitFile]]
    inputs: list[VersionInput]
    processed_files: dict[str, str]
    retired_files: NotRequired[list[str]]
    config: NotRequired[ConfigState]
    quality: NotRequired[VersionQuality]
    """The quality score of the run that made the version (:mod:`pipeline.runtime.quality`)."""


class FileSelection(TypedDict):
    """Which input files an incremental build ingests (see :meth:`DatasetStore.select_files`)."""

    files: dict[str, list[str]]
    unchanged: list[str]
    base_version: str | None
    sha256: dict[str, str]


RETRY_REASONS = frozenset({"unreadable_file", "outside_root", "not_a_regular_file"})
"""File-level reject reasons that may not hold next time: such files are not recorded as processed."""

LATEST = "latest"
VERSION_FILE = "version.json"


def version_name(number: int) -> str:
    """Folder name of version ``number`` (``v0003``)."""
    return f"v{number:04d}"


def file_key(corpus: str, rel: str) -> str:
    """The key of an input file in the processed-files record: ``<corpus>/<path inside the corpus>``."""
    return f"{corpus}/{rel}"


class DatasetStore:
    """The versions of one dataset under ``<root>/datasets/<name>``."""

    def __init__(self, root: str | Path, name: str) -> None:
        """Use ``<root>/datasets/<name>`` (created on the first publish)."""
        if not name or "/" in name or name.startswith("."):
            raise UsageError(f"dataset name {name!r} cannot be used as a folder name")
        self.name = name
        self.dir = Path(root) / "datasets" / name

    def latest(self) -> VersionFile | None:
        """The ``version.json`` of the latest version, or None before the first publish."""
        link = self.dir / LATEST
        if not link.exists():
            return None
        return cast(VersionFile, json.loads((link / VERSION_FILE).read_text(encoding="utf-8")))

    def versions(self) -> list[str]:
        """Names of the published versions, oldest first."""
        if not self.dir.is_dir():
            return []
        return sorted(p.name for p in self.dir.iterdir() if p.is_dir() and not p.is_symlink() and _is_version(p.name))

    def processed_files(self) -> dict[str, str]:
        """``file key -> sha256`` of every input file in the latest version (empty before the first)."""
        latest = self.latest()
        return dict(latest["processed_files"]) if latest else {}

    def select_files(
        self,
        corpora: Sequence[tuple[str, Sequence[tuple[Path, str]]]],
        hasher: Callable[[Path], str | None] = file_sha256,
    ) -> FileSelection:
        """Which input files a nightly build must ingest: those new or changed since the latest version.

        ``corpora`` is ``[(corpus name, [(path, relative name), ...]), ...]``. Returns
        ``{"files": {corpus: [relative names to ingest]}, "unchanged": [file keys skipped],
        "base_version": name or None, "sha256": {file key: sha256 of every file seen}}``.
        ``hasher`` gives a file's sha256, or None when it cannot be read: such a file is always
        selected (ingest reports it) and never recorded as processed, so a later build retries it.
        """
        done = self.processed_files()
        latest = self.latest()
        files: dict[str, list[str]] = {}
        unchanged: list[str] = []
        sha: dict[str, str] = {}
        for corpus, entries in corpora:
            files[corpus] = []
            for path, rel in entries:
                key = file_key(corpus, rel)
                digest = hasher(path)
                if digest is None:
                    files[corpus].append(rel)
                    continue
                sha[key] = digest
                if done.get(key) == sha[key]:
                    unchanged.append(key)
                else:
                    files[corpus].append(rel)
        return {
            "files": files,
            "unchanged": unchanged,
            "base_version": latest["version"] if latest else None,
            "sha256": sha,
        }

    def info(self, version: str) -> VersionFile:
        """The ``version.json`` of ``version`` (``latest`` for the latest)."""
        path = self.dir / version / VERSION_FILE
        if not path.is_file():
            raise UsageError(f"dataset {self.name!r} has no version {version!r}")
        return cast(VersionFile, json.loads(path.read_text(encoding="utf-8")))

    def lineage(self, info: VersionFile) -> pa.Table:
        """The record lineage of a version (:mod:`pipeline.runtime.lineage`).

        Versions published before lineage files existed get theirs rebuilt from their Parquet files
        (exported records only).
        """
        from pipeline.runtime.lineage import LINEAGE_FILE, lineage_of_parts, read_lineage

        folder = self.dir / info["version"]
        if (folder / LINEAGE_FILE).is_file():
            return read_lineage(folder / LINEAGE_FILE)
        return lineage_of_parts([(folder / f["path"], f["run_id"]) for s in SPLITS for f in info["splits"][s]])

    @contextmanager
    def locked(self) -> Iterator[None]:
        """Hold the store's lock (one publisher at a time)."""
        import fcntl

        self.dir.mkdir(parents=True, exist_ok=True)
        with open(self.dir / ".lock", "a+") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)


def _is_version(name: str) -> bool:
    return len(name) == 5 and name[0] == "v" and name[1:].isdigit()


def _link_or_copy(src: Path, dst: Path) -> None:
    dst.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(src, dst)
    except OSError:  # another file system, or links not allowed: copy instead
        shutil.copy2(src, dst)


def _point_latest(store: DatasetStore, version: str) -> None:
    tmp = store.dir / f".{LATEST}.tmp"
    tmp.unlink(missing_ok=True)
    os.symlink(version, tmp)
    os.replace(tmp, store.dir / LATEST)


def _card(store: DatasetStore, info: VersionFile, version_dir: Path, license_id: str) -> str:
    """The version's ``README.md``: Hub front matter, where its records come from, how to load it."""
    import pyarrow.parquet as pq

    from pipeline.stages.export.card import front_matter, non_empty_splits

    langs: set[str] = set()
    for split in SPLITS:
        for f in info["splits"][split]:
            langs.update(str(v) for v in pq.read_table(version_dir / f["path"], columns=["lang"])["lang"].unique())
    header = front_matter(
        pretty_name=f"{store.name} {info['version']}",
        license_id=license_id,
        langs=sorted(langs),
        records=info["records"]["total"],
        data_files=non_empty_splits(
            {split: f"{split}/*.parquet" for split in SPLITS},
            {split: sum(f["rows"] for f in info["splits"][split]) for split in SPLITS},
        ),
    )
    rows = "\n".join(
        f"| {split} | {sum(f['rows'] for f in info['splits'][split]):,} | {len(info['splits'][split])} |"
        for split in SPLITS
    )
    total, new = info["records"]["total"], info["records"]["new"]
    if info["previous"] is None:
        origin = f"{total:,} records, all from run `{info['run_id']}` (the first version)."
    elif info["full_rebuild"]:
        origin = f"{total:,} records, all from run `{info['run_id']}` (a full rebuild: nothing kept from {info['previous']})."
    else:
        origin = (
            f"{total:,} records: {new:,} new in this version (run `{info['run_id']}`), "
            f"{total - new:,} kept from {info['previous']}{_dropped(info)}."
        )
    return (
        f"{header}# {store.name} {info['version']}\n\n{origin}\n\n"
        "| split | records | files |\n|---|---|---|\n"
        f"{rows}\n\n"
        "```python\n"
        "from datasets import load_dataset\n\n"
        "# the folder holding this card (its configs name the files):\n"
        f'ds = load_dataset("path/to/{store.name}/{info["version"]}")\n'
        "# or, from inside that folder, the files themselves:\n"
        'ds = load_dataset("parquet", data_files={"train": "train/*.parquet", "validation": "validation/*.parquet"})\n'
        "```\n\n"
        "`version.json` lists every file with its sha256, the run that added the new records and the\n"
        "input files processed so far; `lineage.parquet` every record by source identity. The run's\n"
        "own manifest and reports are in its run directory.\n"
    )


def _dropped(info: VersionFile) -> str:
    n = info["records"].get("dropped", 0)
    if not n:
        return ""
    return f"; {n:,} records of {info['previous']} left out (their file was read again, or deleted)"


def publish_run(run_dir: str | Path, store: DatasetStore, *, full_rebuild: bool = False) -> VersionInfo:
    """Publish a finished run (``manifest.json`` written) as the next version of ``store``.

    The new version holds the previous version's records (unless ``full_rebuild``) except those of
    the files the run replaced (read again, or retired: see :func:`pipeline.runtime.prepare.select_inputs`),
    plus the run's ``export/{train,validation}.parquet``. Earlier files are linked, not copied; a
    file that loses records is written filtered under a new name. Its record lineage
    (``lineage.parquet``) is the earlier one without the replaced files plus the run's. The folder is
    built under a temporary name, renamed, then ``latest`` is repointed. Publishing the same run
    again returns the version it already made. Returns the version's summary (name, path, counts).
    """
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    from pipeline.core.atomic import write_parquet_atomic
    from pipeline.runtime.lineage import LINEAGE_FILE, file_keys, keep_files, read_lineage

    run = RunDir(run_dir)
    if not run.manifest_path.is_file():
        raise StageError(f"cannot publish {run.root}: no manifest.json (the export has not finished)")
    manifest = run.read_manifest()
    run_id = manifest["run_id"]
    spec, config = run.load()
    inc = spec.get("incremental")
    license_id = config.export.license
    selection = inc["sha256"] if inc else {}
    retired = list(inc.get("retired", [])) if inc else []
    # a file not read (to the end) for a reason that may pass keeps its earlier records, adds none
    # of this run's and is read again next time (it is not recorded as processed)
    unread = {
        file_key(i["corpus"], i["file"])
        for i in manifest["inputs"]
        if i.get("problem", {}).get("reason") in RETRY_REASONS
    }
    replaced = (set(inc.get("replaced", [])) if inc else set()) - unread
    with store.locked():
        for name in reversed(store.versions()):
            earlier = store.info(name)
            if earlier["run_id"] == run_id:  # a retry after the version was made
                _point_latest(store, name)
                return _summary(store, earlier)
        previous = store.latest()
        if inc and previous and not full_rebuild and previous["version"] != inc["base_version"]:
            raise StageError(
                f"dataset {store.name!r} moved from {inc['base_version']} to {previous['version']} while run "
                f"{run_id} was building; run the build again"
            )
        number = int(previous["version"][1:]) + 1 if previous else 1
        version = version_name(number)
        tmp = store.dir / f".{version}.tmp"
        if tmp.exists():
            shutil.rmtree(tmp)
        splits: dict[str, list[SplitFile]] = {}
        base = None if full_rebuild or previous is None else previous
        drop = pa.array(sorted(replaced), pa.string())
        dropped = added = 0
        for split in SPLITS:
            entries: list[SplitFile] = []
            if base is not None:
                for f in base["splits"][split]:
                    src = store.dir / base["version"] / f["path"]
                    if len(drop):  # the file columns first: most files lose nothing and are linked
                        keep = pc.invert(
                            pc.is_in(file_keys(pq.read_table(src, columns=["corpus", "source_file"])), value_set=drop)
                        )
                        kept = int(pc.sum(keep).as_py() or 0)
                        if kept < len(keep):
                            dropped += len(keep) - kept
                            if kept == 0:
                                continue
                            rel = f"{Path(f['path']).with_suffix('')}.{version}.parquet"
                            write_parquet_atomic(pq.read_table(src).filter(keep), tmp / rel, compression="zstd")
                            entries.append(
                                {"path": rel, "rows": kept, "sha256": file_sha256(tmp / rel), "run_id": f["run_id"]}
                            )
                            continue
                    _link_or_copy(src, tmp / f["path"])
                    entries.append(f)
            src = run.export_dir / f"{split}.parquet"
            rel = f"{split}/part-{version}.parquet"
            rows = next((o.get("rows", 0) for o in manifest["outputs"] if o.get("split") == split), 0)
            table = pq.read_table(src) if unread and rows else None
            if table is not None:
                keep = pc.invert(pc.is_in(file_keys(table), value_set=pa.array(sorted(unread), pa.string())))
                table = table.filter(keep)
            if table is not None and table.num_rows < rows:
                rows = table.num_rows
                write_parquet_atomic(table, tmp / rel, compression="zstd")
            else:
                _link_or_copy(src, tmp / rel)
            added += rows
            entries.append({"path": rel, "rows": rows, "sha256": file_sha256(tmp / rel), "run_id": run_id})
            splits[split] = entries
        parts = [keep_files(read_lineage(run.lineage_path), unread)] if run.lineage_path.is_file() else []
        if base is not None:
            parts.insert(0, keep_files(store.lineage(base), replaced))
        if parts:
            lineage = pa.concat_tables(parts).sort_by([("identity", "ascending"), ("record_id", "ascending")])
            write_parquet_atomic(lineage, tmp / LINEAGE_FILE, compression="zstd")
        processed = {} if base is None else dict(base["processed_files"])
        for key in retired:
            processed.pop(key, None)
        processed.update(
            selection or {file_key(i["corpus"], i["file"]): i["sha256"] for i in manifest["inputs"] if i["sha256"]}
        )
        for i in manifest["inputs"]:  # not read for a reason that may pass (I/O, permissions): retry next time
            if i.get("problem", {}).get("reason") in RETRY_REASONS:
                processed.pop(file_key(i["corpus"], i["file"]), None)
        total = sum(f["rows"] for s in SPLITS for f in splits[s])
        info: VersionFile = {
            "version": version,
            "previous": previous["version"] if previous else None,
            "full_rebuild": full_rebuild or previous is None,
            "run_id": run_id,
            "records": {"new": added, "total": total, "dropped": dropped},
            "counts": manifest["counts"],
            "splits": splits,
            "inputs": [_portable(i) for i in manifest["inputs"]],
            "processed_files": dict(sorted(processed.items())),
            "retired_files": retired,
            "quality": version_quality(manifest),
        }
        if inc and "config_state" in inc:
            info["config"] = inc["config_state"]
        write_json_atomic(tmp / VERSION_FILE, info)
        write_text_atomic(tmp / "README.md", _card(store, info, tmp, license_id))
        os.replace(tmp, store.dir / version)
        _point_latest(store, version)
        return _summary(store, info)


def versions_diff(store: DatasetStore, old: str, new: str) -> VersionsDiff:
    """What changed from version ``old`` to version ``new`` of ``store`` (names such as ``v0002`` or ``latest``).

    Records are compared by source identity (:mod:`pipeline.runtime.lineage`: ``<corpus>/<file>#id=<original
    id>`` or ``#row=<position>``): ``added`` are in ``new`` only, ``retired`` in ``old`` only, ``changed``
    in both with different exported content (instruction, input, output, system, history). Each list
    is sorted. Raises :class:`UsageError` for a version the dataset does not have.
    """
    from pipeline.runtime.lineage import diff_lineages

    return diff_lineages(store.lineage(store.info(old)), store.lineage(store.info(new)))


def _summary(store: DatasetStore, info: VersionFile) -> VersionInfo:
    return {
        "version": info["version"],
        "path": str(store.dir / info["version"]),
        "previous": info["previous"],
        "records": info["records"],
        "full_rebuild": info["full_rebuild"],
    }
