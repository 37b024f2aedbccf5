"""One nightly build through the steps the DAG's tasks call: prepare, ingest, every stage, export, publish."""

from __future__ import annotations

from pathlib import Path

from pipeline.runtime import registry
from pipeline.runtime.steps import prepare_from_params, run_export, run_ingest, run_publish, run_stage


def nightly(data: Path, corpus: Path, config: Path, run_id: str, dataset: str = "team") -> str:
    """Build and publish one version of ``dataset`` under ``data``; returns the run directory."""
    project = data.parent / "project"
    (project / "examples").mkdir(parents=True, exist_ok=True)
    params = {"corpus_paths": [str(corpus)], "config_path": str(config), "dataset_name": dataset}
    run = prepare_from_params(data, project, run_id, params)["run_dir"]
    run_ingest(run)
    for spec in registry.STAGES[1:-1]:
        run_stage(spec.name, run)
    run_export(run)
    run_publish(run)
    return str(run)
