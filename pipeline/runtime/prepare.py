"""Preparing a run: check the inputs, load the config, choose the files to ingest, (re)initialise the run directory."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from pipeline.config import PipelineConfig, load_config
from pipeline.errors import ConfigError, NothingToDo, UsageError
from pipeline.io.corpus import (
    CorpusSpec,
    check_corpus_roots,
    corpus_bounds,
    corpus_files,
    corpus_specs,
    file_digest,
    is_within,
)
from pipeline.runtime.payloads import ConfigState, IncrementalSpec, Prepared, RunSpec
from pipeline.runtime.rundir import RunDir

if TYPE_CHECKING:
    import pyarrow as pa


def content_run_id(specs: Sequence[CorpusSpec], config: PipelineConfig) -> str:
    """A run id derived from the input files' bytes and the effective config (same input, same id).

    A file that cannot be read counts as ``unreadable`` (ingest reports it).
    """
    h = hashlib.sha256(config.fingerprint().encode())
    for spec in specs:
        bounds = corpus_bounds(spec)
        for path, rel in corpus_files(spec):
            h.update(f"{spec.name}/{rel}:{file_digest(path, bounds) or 'unreadable'}\n".encode())
    return "run-" + h.hexdigest()[:12]


def prepare_run(
    run_dir: str | Path,
    corpora: Sequence[str | Path],
    config_path: str | Path | None = None,
    *,
    run_id: str | None = None,
    dataset_name: str | None = None,
    history_default: bool = False,
    history_path: str | Path | None = None,
    datasets_root: str | Path | None = None,
    full_rebuild: bool = False,
    corpus_roots: Sequence[Path] | None = None,
    config_roots: Sequence[Path] | None = None,
) -> Prepared:
    """Check the inputs, load the config and (re)initialise ``run_dir``.

    ``history_default`` and ``history_path`` resolve ``dedup.history.enabled: auto`` (the nightly
    DAG turns history on in its data root; the CLI leaves it off unless the config says ``on``).
    With ``datasets_root`` the run is an incremental build of the dataset ``<datasets_root>/datasets/
    <dataset name>`` (:mod:`pipeline.runtime.versions`): only input files that are new or changed
    since its latest version are ingested (all of them with ``full_rebuild``), and the export step
    makes the run the next version. Raises :class:`NothingToDo` when no file is new or changed (the
    run directory is not touched).

    With ``corpus_roots`` (resolved folders; the DAG), every corpus must resolve inside one of them
    and every file ingest reads must too (symbolic links that leave them are skipped and reported);
    without (the CLI), a corpus may be anywhere and its files must resolve inside the corpus itself.
    With ``config_roots`` (resolved folders; the DAG), the config file and every file it names
    (policy, annotation and adjudication files, word lists) must resolve inside one of them.

    Everything that can be checked before a stage runs is checked before ``run_dir`` is touched:
    the corpora exist and neither they nor the config's input files lie inside ``run_dir`` (nor
    contain it), the config is valid and so is the de-identification policy with its pseudonym key.

    Raises :class:`UsageError` for missing corpora, a corpus outside the roots, inputs that overlap
    ``run_dir`` or a folder that is not a run directory, and :class:`ConfigError` for a bad config
    or policy.
    """
    from pipeline.config.dedup import resolve_history

    if not corpora:
        raise UsageError("at least one --corpus PATH is required")
    specs = corpus_specs(corpora, corpus_roots)
    if config_roots is not None and config_path is not None:
        check_within("config file", Path(config_path), config_roots)  # before it is read
    config = resolve_history(load_config(config_path), default_on=history_default, default_path=history_path)
    if dataset_name:
        object.__setattr__(config, "dataset_name", dataset_name)
    if config_roots is not None:
        for what, path in _config_inputs(config):
            check_within(what, path, config_roots)
    check_inputs_outside(run_dir, [s.path for s in specs], config_path, config)
    check_deidentify_policy(run_dir, config)

    def check_knowledge_base(what: str, path: Path) -> None:
        if config_roots is not None:
            check_within(what, path, config_roots)
        check_outside(run_dir, what, path)

    guideline = config.load_guideline(check_knowledge_base)  # a bad guideline stops the run before any stage
    selection = None
    if datasets_root is not None:
        selection = select_inputs(specs, datasets_root, config, full_rebuild)
    incremental = selection.spec if selection is not None else None
    run = RunDir(run_dir)
    run.reset()
    if selection is not None and selection.carried is not None:
        from pipeline.core.atomic import write_parquet_atomic

        write_parquet_atomic(selection.carried, run.carried_path)
    run_id = run_id or content_run_id(specs, config)
    spec: RunSpec = {
        "run_id": run_id,
        "dataset_name": config.dataset_name,
        "corpora": [{"name": s.name, "path": str(s.path)} for s in specs],
        "config_path": str(config_path) if config_path else None,
        "config_base_dir": str(config.base_dir),
        "config": config.to_dict(),
        "started_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    if corpus_roots is not None:
        spec["corpus_roots"] = [str(r) for r in corpus_roots]
    if guideline is not None:
        spec["guideline"] = guideline.record()
    out: Prepared = {"run_dir": str(run.root), "run_id": run_id}
    if incremental is not None:
        spec["incremental"] = incremental
        out["incremental"] = {
            "dataset": incremental["dataset"],
            "base_version": incremental["base_version"],
            "full_rebuild": incremental["full_rebuild"],
            "new_files": incremental["new_files"],
            "unchanged_files": len(incremental["unchanged"]),
            "retired_files": len(incremental["retired"]),
        }
    run.write_spec(spec)
    return out


def _config_inputs(config: PipelineConfig) -> list[tuple[str, Path]]:
    """The files a config makes the run read (besides the corpora), with the key that names each."""
    out: list[tuple[str, Path]] = []
    if config.guideline:
        out.append(("guideline", config.resolve_path(config.guideline)))
    if config.deidentify.enabled and config.deidentify.policy:
        out.append(("deidentify.policy", config.resolve_path(config.deidentify.policy)))
    for key in ("annotation_files", "adjudication_files"):
        out += [(f"agreement.{key}[{i}]", config.resolve_path(p)) for i, p in enumerate(getattr(config.agreement, key))]
    out += [
        (f"clean.wordlists[{i}]", config.resolve_path(p))
        for i, p in enumerate(config.clean.wordlists)
        if not p.startswith("builtin:")
    ]
    return out


def check_within(what: str, path: Path, roots: Sequence[Path]) -> None:
    """Refuse an input file that resolves outside ``roots`` (:class:`UsageError` naming ``what``).

    The DAG's form names the config file, and a config names files the run reads (policy,
    annotation and adjudication files, word lists): like corpora, they must stay inside folders the
    operator chose. ``..`` and symbolic links are resolved first.
    """
    if not is_within(Path(os.path.realpath(path)), roots):
        shown = ", ".join(str(r) for r in roots)
        raise UsageError(f"{what} {path} is outside the corpus roots and the project folder ({shown})")


def check_inputs_outside(
    run_dir: str | Path, corpora: Sequence[Path], config_path: str | Path | None, config: PipelineConfig
) -> None:
    """Refuse inputs inside the run directory or a corpus that contains it (:class:`UsageError`).

    A run clears its run directory first and writes into it while it reads its corpora: an input
    inside it would be deleted before it is read, and a corpus folder holding it would have the
    run's own outputs read back as records. Paths are compared after symlinks are resolved.
    """
    out = Path(run_dir).resolve()
    inputs = [("corpus", Path(p)) for p in corpora]
    if config_path is not None:
        inputs.append(("config file", Path(config_path)))
    inputs += _config_inputs(config)
    for what, path in inputs:
        check_outside(run_dir, what, path)
        real = path.resolve()
        if what == "corpus" and real in out.parents:
            raise UsageError(
                f"corpus {path} contains the output directory {run_dir}: the run would read its own "
                "outputs as records; choose an output directory outside the corpus"
            )


def check_outside(run_dir: str | Path, what: str, path: Path) -> None:
    """Refuse an input file inside the run directory (:class:`UsageError` naming ``what``)."""
    out = Path(run_dir).resolve()
    real = path.resolve()
    if real == out or out in real.parents:
        raise UsageError(
            f"{what} {path} is inside the output directory {run_dir}: a run clears its output "
            "directory, so the input would be deleted; move it or choose another output directory"
        )


def check_deidentify_policy(run_dir: str | Path, config: PipelineConfig) -> None:
    """Load and validate the de-identification policy (and its pseudonym key) the way the stage will.

    Runs before any stage, so a bad policy or a missing key stops the run at once instead of after
    ingest, clean and dedup. The file is read strictly first (duplicate keys, NaN, nesting:
    :func:`pipeline.config.yaml_file.load_yaml_file`); then the stage's own loader validates it.
    """
    if not config.deidentify.enabled:
        return
    from pipeline.config.yaml_file import load_yaml_file
    from pipeline.core.stage import StageContext
    from pipeline.stages.deidentify.policy import DEFAULT_POLICY_PATH
    from pipeline.stages.deidentify.run_policy import load_stage_policy

    policy = config.deidentify.policy
    load_yaml_file(config.resolve_path(policy) if policy else DEFAULT_POLICY_PATH, "de-identification policy")
    load_stage_policy(StageContext(run_dir=Path(run_dir), config=config, stage="deidentify"))


def config_state(config: PipelineConfig) -> ConfigState:
    """What a version is built with: the config's fingerprint and the sha256 of the files it names.

    The fingerprint leaves out the annotation and adjudication file lists: those files only affect
    the records they name, so they are tracked one by one (``decisions``). The policy and the word
    lists affect every record (``files``).
    """
    from pipeline.core.hashing import file_sha256

    def sha(path: Path) -> str:
        try:
            return file_sha256(path)
        except OSError:
            return "missing"

    data = config.to_dict()
    agreement = data.get("agreement")
    if isinstance(agreement, dict):
        data["agreement"] = {k: v for k, v in agreement.items() if k not in ("annotation_files", "adjudication_files")}
    fingerprint = hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:16]
    files: dict[str, str] = {}
    if config.deidentify.enabled:
        from pipeline.stages.deidentify.policy import DEFAULT_POLICY_PATH

        policy = config.resolve_path(config.deidentify.policy) if config.deidentify.policy else DEFAULT_POLICY_PATH
        files[f"policy:{policy}"] = sha(policy)
    if config.guideline:
        path = config.resolve_path(config.guideline)
        files[f"guideline:{path}"] = sha(path)
        try:
            guideline = config.load_guideline() if path.is_file() else None
        except ConfigError:  # prepare refuses it; here only the hashes are wanted
            guideline = None
        kbs = guideline.record() if guideline is not None else {}
        files.update({f"guideline:{path}:{k}": v for k, v in kbs.items() if k.startswith("kb:")})
    for p in config.clean.wordlists:
        if not p.startswith("builtin:"):
            files[f"wordlist:{config.resolve_path(p)}"] = sha(config.resolve_path(p))
    decisions = {
        f"annotation:{config.resolve_path(p)}": sha(config.resolve_path(p)) for p in config.agreement.annotation_files
    }
    for p in config.agreement.adjudication_files:
        decisions[f"adjudication:{config.resolve_path(p)}"] = sha(config.resolve_path(p))
    return {
        "fingerprint": fingerprint,
        "files": dict(sorted(files.items())),
        "decisions": dict(sorted(decisions.items())),
    }


def _decided_ids(key: str, config: PipelineConfig) -> list[str]:
    """The record ids an annotation or adjudication file (``kind:path``) names."""
    from pipeline.stages.agreement.sources import read_adjudications, read_annotations

    kind, _, path = key.partition(":")
    read = read_adjudications if kind == "adjudication" else read_annotations
    cfg = config.agreement
    table = read(path, record_id_key=cfg.label_studio_record_id_key, from_name=cfg.label_studio_from_name)
    return [str(r) for r in table.column("record_id").to_pylist()]


class Selection(NamedTuple):
    """What :func:`select_inputs` decided: the run's incremental spec and the records it carries over."""

    spec: IncrementalSpec
    carried: pa.Table | None


def select_inputs(
    specs: Sequence[CorpusSpec], root: str | Path, config: PipelineConfig, full_rebuild: bool
) -> Selection:
    """Decide which files an incremental build reads and which earlier records it drops.

    Read: files new or changed since the latest version; every file when the config, the policy, the guideline (or a knowledge base) or
    a word list changed (or a decision file was dropped from the config); the files holding the
    records a new or changed annotation or adjudication file names. Retired (with
    ``export.deleted_files: retire``): files of the latest version gone from a corpus this run reads.
    Raises :class:`NothingToDo` when there is nothing to read or retire.
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    from pipeline.runtime.lineage import carried, dependents
    from pipeline.runtime.versions import DatasetStore, file_key

    dataset = config.dataset_name
    store = DatasetStore(root, dataset)
    listed = [(s, corpus_files(s)) for s in specs]
    bounds = tuple(b for s in specs for b in corpus_bounds(s))
    chosen = store.select_files([(s.name, files) for s, files in listed], hasher=lambda p: file_digest(p, bounds))
    latest = store.latest()
    lineage = store.lineage(latest) if latest is not None and not full_rebuild else None
    state = config_state(config)
    seen = {file_key(s.name, rel): (s.name, rel) for s, files in listed for _, rel in files}
    read = {file_key(c, rel) for c, rels in chosen["files"].items() for rel in rels}
    triggers: list[str] = []
    if full_rebuild:
        read = set(seen)
    elif latest is not None and lineage is not None and "config" in latest:
        old = latest["config"]
        if old["fingerprint"] != state["fingerprint"]:
            triggers.append("the config changed: every file is read again")
        elif old["files"] != state["files"]:
            triggers.append("the de-identification policy or a word list changed: every file is read again")
        elif any(k not in state["decisions"] for k in old["decisions"]):
            triggers.append("an annotation or adjudication file was dropped from the config: every file is read again")
        if triggers:
            read = set(seen)
        else:
            changed = [k for k, v in state["decisions"].items() if old["decisions"].get(k) != v]
            if changed:
                ids = pa.array(sorted({i for k in changed for i in _decided_ids(k, config)}), pa.string())
                files = set(
                    lineage.filter(pc.is_in(lineage.column("record_id"), value_set=ids)).column("file").to_pylist()
                )
                files &= set(seen)
                triggers.append(
                    f"{len(changed)} new or changed annotation/adjudication file(s) name records of "
                    f"{len(files)} file(s): they are read again"
                )
                read |= files
    # files with records in the latest version (one not read to the end last time is not in
    # processed_files, but its earlier records are still there)
    known = set(store.processed_files()) | (set(lineage.column("file").to_pylist()) if lineage is not None else set())
    names = {s.name for s in specs}
    gone = sorted(k for k in known if k.split("/", 1)[0] in names and k not in seen)
    retired = gone if config.export.deleted_files == "retire" and not full_rebuild else []
    if not read and not retired:
        raise NothingToDo(
            f"no new or changed input file since {chosen['base_version']} of dataset {dataset!r} "
            f"({len(chosen['unchanged'])} unchanged); nothing to build (a full rebuild ingests everything)"
        )
    replaced: list[str] = []
    carry = None
    if lineage is not None:
        more = dependents(lineage, (read & known) | set(retired)) & set(seen)
        if more - read:
            triggers.append(f"{len(more - read)} file(s) hold duplicates of records that are replaced: read again")
            read |= more
        replaced = sorted((read & known) | set(retired))
        carry = carried(lineage, replaced)
    files_by_corpus: dict[str, list[str]] = {s.name: [] for s in specs}
    for s, entries in listed:
        files_by_corpus[s.name] = [rel for _, rel in entries if file_key(s.name, rel) in read]
    spec: IncrementalSpec = {
        "datasets_root": str(root),
        "dataset": dataset,
        "dataset_dir": str(store.dir),
        "full_rebuild": full_rebuild,
        "new_files": len(read),
        "files": files_by_corpus,
        "unchanged": sorted(k for k in seen if k not in read),
        "base_version": chosen["base_version"],
        "sha256": chosen["sha256"],
        "retired": retired,
        "replaced": replaced,
        "triggers": triggers,
        "config_state": state,
    }
    return Selection(spec, carry)


def safe_run_name(run_id: str) -> str:
    """A folder name for an orchestrator's run id (``scheduled__2026-11-24T02:00:00+00:00`` ...)."""
    cleaned = "".join(c if c.isalnum() or c in "-_." else "_" for c in run_id).strip("._")
    if not cleaned:
        raise UsageError(f"run id {run_id!r} gives an empty folder name")
    return cleaned


def prepare_from_params(
    data_root: str | Path,
    project_root: str | Path,
    run_id: str,
    params: Mapping[str, object],
    corpus_roots: str | Sequence[str] | None = None,
) -> Prepared:
    """Prepare ``<data_root>/runs/<run_id>`` from a DAG's params (relative paths are project-relative).

    The run is an incremental build of ``<data_root>/datasets/<dataset name>`` (only new or changed
    input files; ``params["full_rebuild"]`` ingests every file) with history dedup on.
    ``corpus_roots`` is the operator's corpus-roots setting (:mod:`pipeline.config.roots`; None:
    the data folder and ``examples/``): a form path that resolves outside them is a
    :class:`UsageError`, and files reached through links that leave them are not read. The config
    file and the files it names must lie inside the roots or the project folder (which holds the
    bundled configs and policy).
    """
    from pipeline.config.roots import parse_corpus_roots

    root = Path(project_root)
    roots = parse_corpus_roots(corpus_roots, project_root=root, data_root=Path(data_root))

    def resolve(p: str) -> Path:
        path = Path(p).expanduser()
        return path if path.is_absolute() else root / path

    paths = params.get("corpus_paths") or []
    if not isinstance(paths, list) or not all(isinstance(p, str) for p in paths):
        raise UsageError("param corpus_paths must be a list of paths")
    corpora = [resolve(p) for p in paths]
    check_corpus_roots(corpora, roots)
    config = params.get("config_path") or None
    if config is not None and not isinstance(config, str):
        raise UsageError("param config_path must be a path or empty")
    dataset_name = params.get("dataset_name") or None
    if dataset_name is not None and not isinstance(dataset_name, str):
        raise UsageError("param dataset_name must be a string")
    run_dir = Path(data_root) / "runs" / safe_run_name(run_id)
    full_rebuild = params.get("full_rebuild", False)
    if not isinstance(full_rebuild, bool):
        raise UsageError(f"param full_rebuild must be true or false, got {full_rebuild!r}")
    return prepare_run(
        run_dir,
        corpora,
        resolve(config) if config else None,
        run_id=run_id,
        dataset_name=dataset_name,
        history_default=True,
        history_path=Path(data_root) / "dedup-history",
        datasets_root=data_root,
        full_rebuild=full_rebuild,
        corpus_roots=roots,
        config_roots=(*roots, Path(os.path.realpath(root))),
    )
