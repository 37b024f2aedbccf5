"""Preparing a run: check the inputs, load the config, choose the files to ingest, (re)initialise the run directory."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from pathlib import Path

from pipeline.config import PipelineConfig, load_config
from pipeline.errors import NothingToDo, UsageError
from pipeline.io.corpus import CorpusSpec, corpus_files, corpus_specs
from pipeline.runtime.payloads import IncrementalSpec, Prepared, RunSpec
from pipeline.runtime.rundir import RunDir


def content_run_id(specs: Sequence[CorpusSpec], config: PipelineConfig) -> str:
    """A run id derived from the input files' bytes and the effective config (same input, same id)."""
    from pipeline.core.hashing import file_sha256

    h = hashlib.sha256(config.fingerprint().encode())
    for spec in specs:
        for path, rel in corpus_files(spec):
            h.update(f"{spec.name}/{rel}:{file_sha256(path)}\n".encode())
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
) -> Prepared:
    """Check the inputs, load the config and (re)initialise ``run_dir``.

    ``history_default`` and ``history_path`` resolve ``dedup.history.enabled: auto`` (the nightly
    DAG turns history on in its data root; the CLI leaves it off unless the config says ``on``).
    With ``datasets_root`` the run is an incremental build of the dataset ``<datasets_root>/datasets/
    <dataset name>`` (:mod:`pipeline.runtime.versions`): only input files that are new or changed
    since its latest version are ingested (all of them with ``full_rebuild``), and the export step
    makes the run the next version. Raises :class:`NothingToDo` when no file is new or changed (the
    run directory is not touched).

    Everything that can be checked before a stage runs is checked before ``run_dir`` is touched:
    the corpora exist and neither they nor the config's input files lie inside ``run_dir`` (nor
    contain it), the config is valid and so is the de-identification policy with its pseudonym key.

    Raises :class:`UsageError` for missing corpora, inputs that overlap ``run_dir`` or a folder that
    is not a run directory, and :class:`ConfigError` for a bad config or policy.
    """
    from pipeline.config.dedup import resolve_history

    if not corpora:
        raise UsageError("at least one --corpus PATH is required")
    specs = corpus_specs(corpora)
    config = resolve_history(load_config(config_path), default_on=history_default, default_path=history_path)
    if dataset_name:
        object.__setattr__(config, "dataset_name", dataset_name)
    check_inputs_outside(run_dir, [s.path for s in specs], config_path, config)
    check_deidentify_policy(run_dir, config)
    incremental = None
    if datasets_root is not None:
        incremental = select_inputs(specs, datasets_root, config.dataset_name, full_rebuild)
    run = RunDir(run_dir)
    run.reset()
    run_id = run_id or content_run_id(specs, config)
    spec: RunSpec = {
        "run_id": run_id,
        "dataset_name": config.dataset_name,
        "corpora": [{"name": s.name, "path": str(s.path)} for s in specs],
        "config_path": str(config_path) if config_path else None,
        "config_base_dir": str(config.base_dir),
        "config": config.to_dict(),
    }
    out: Prepared = {"run_dir": str(run.root), "run_id": run_id}
    if incremental is not None:
        spec["incremental"] = incremental
        out["incremental"] = {
            "dataset": incremental["dataset"],
            "base_version": incremental["base_version"],
            "full_rebuild": incremental["full_rebuild"],
            "new_files": incremental["new_files"],
            "unchanged_files": len(incremental["unchanged"]),
        }
    run.write_spec(spec)
    return out


def _config_inputs(config: PipelineConfig) -> list[tuple[str, Path]]:
    """The files a config makes the run read (besides the corpora), with the key that names each."""
    out: list[tuple[str, Path]] = []
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
        real = path.resolve()
        if real == out or out in real.parents:
            raise UsageError(
                f"{what} {path} is inside the output directory {run_dir}: a run clears its output "
                "directory, so the input would be deleted; move it or choose another output directory"
            )
        if what == "corpus" and real in out.parents:
            raise UsageError(
                f"corpus {path} contains the output directory {run_dir}: the run would read its own "
                "outputs as records; choose an output directory outside the corpus"
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


def select_inputs(specs: Sequence[CorpusSpec], root: str | Path, dataset: str, full_rebuild: bool) -> IncrementalSpec:
    """Decide which files an incremental build ingests; raise :class:`NothingToDo` when none."""
    from pipeline.runtime.versions import DatasetStore

    store = DatasetStore(root, dataset)
    chosen = store.select_files([(s.name, corpus_files(s)) for s in specs])
    if full_rebuild:
        chosen["files"] = {s.name: [rel for _, rel in corpus_files(s)] for s in specs}
        chosen["unchanged"] = []
    new_files = sum(len(v) for v in chosen["files"].values())
    if new_files == 0:
        raise NothingToDo(
            f"no new or changed input file since {chosen['base_version']} of dataset {dataset!r} "
            f"({len(chosen['unchanged'])} unchanged); nothing to build (a full rebuild ingests everything)"
        )
    return {
        "datasets_root": str(root),
        "dataset": dataset,
        "dataset_dir": str(store.dir),
        "full_rebuild": full_rebuild,
        "new_files": new_files,
        "files": chosen["files"],
        "unchanged": chosen["unchanged"],
        "base_version": chosen["base_version"],
        "sha256": chosen["sha256"],
    }


def safe_run_name(run_id: str) -> str:
    """A folder name for an orchestrator's run id (``scheduled__2026-11-24T02:00:00+00:00`` ...)."""
    cleaned = "".join(c if c.isalnum() or c in "-_." else "_" for c in run_id).strip("._")
    if not cleaned:
        raise UsageError(f"run id {run_id!r} gives an empty folder name")
    return cleaned


def prepare_from_params(
    data_root: str | Path, project_root: str | Path, run_id: str, params: Mapping[str, object]
) -> Prepared:
    """Prepare ``<data_root>/runs/<run_id>`` from a DAG's params (relative paths are project-relative).

    The run is an incremental build of ``<data_root>/datasets/<dataset name>`` (only new or changed
    input files; ``params["full_rebuild"]`` ingests every file) with history dedup on.
    """
    root = Path(project_root)

    def resolve(p: str) -> Path:
        path = Path(p).expanduser()
        return path if path.is_absolute() else root / path

    paths = params.get("corpus_paths") or []
    if not isinstance(paths, list) or not all(isinstance(p, str) for p in paths):
        raise UsageError("param corpus_paths must be a list of paths")
    corpora = [resolve(p) for p in paths]
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
    )
