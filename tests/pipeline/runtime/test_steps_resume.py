"""Resume after a worker dies: kill a process in the middle of de-identification, retry, get the same bytes."""

import json
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from pipeline.runtime.rundir import RunDir
from pipeline.runtime.steps import run_all, run_export, run_shard, run_stage, stage_shards

ROOT = Path(__file__).resolve().parents[3]
SAMPLE = ROOT / "examples" / "sample"

pytestmark = pytest.mark.slow

# Runs in a fresh process: ingest, clean and dedup, then de-identification shard by shard; while
# writing the records of shard 1 it leaves a half-written temp file and SIGKILLs itself (a worker
# lost mid-write: no exception handler, no cleanup runs).
KILLED_WORKER = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    import pipeline.runtime.rundir as rundir
    import pipeline.runtime.steps as steps

    run_dir, config = Path(sys.argv[1]), sys.argv[2]
    real_write = rundir.write_parquet_atomic

    def dying_write(table, path, **options):
        path = Path(path)
        if path.parent.name == "deidentify" and path.name == "part-00001.parquet":
            (path.parent / f".{path.name}.killed.tmp").write_bytes(b"PAR1 half a file")
            os.kill(os.getpid(), signal.SIGKILL)
        return real_write(table, path, **options)

    rundir.write_parquet_atomic = dying_write
    steps.prepare_run(run_dir, [sys.argv[3]], config)
    for name in ("ingest", "clean", "dedup"):
        steps.run_step(name, run_dir)
    for shard in steps.stage_shards("deidentify", run_dir):
        steps.run_shard("deidentify", run_dir, shard)
    """
)


def _files(run_dir: Path) -> dict[str, bytes]:
    keep = ("manifest.json", "export/", "rejected/", "duplicates/", "review/", "audit/")
    return {
        str(p.relative_to(run_dir)): p.read_bytes()
        for p in sorted(run_dir.rglob("*"))
        if p.is_file() and str(p.relative_to(run_dir)).startswith(keep)
    }


def test_a_worker_killed_mid_deidentify_then_retried_gives_byte_identical_outputs(tmp_path):
    config = tmp_path / "shards.yaml"
    config.write_text("shards:\n  records_per_shard: 60\n", encoding="utf-8")
    run_all(tmp_path / "uninterrupted", [SAMPLE], config)

    run_dir = tmp_path / "interrupted"
    proc = subprocess.run(
        [sys.executable, "-c", KILLED_WORKER, str(run_dir), str(config), str(SAMPLE)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == -signal.SIGKILL, proc.stderr[-2000:]
    deid = RunDir(run_dir).stage_dir("deidentify")
    assert (deid / "part-00000.parquet").is_file()
    assert not (deid / "part-00001.parquet").exists() and (deid / ".part-00001.parquet.killed.tmp").is_file()
    with pytest.raises(Exception, match=r"has not run on shard\(s\) \[1, 2, 3\]"):
        run_stage("validate", run_dir)

    # the retry of the lost task (what Airflow does), then the shards and stages not reached yet
    for shard in stage_shards("deidentify", run_dir)[1:]:
        run_shard("deidentify", run_dir, shard)
    assert not (deid / ".part-00001.parquet.killed.tmp").exists()
    for name in ("validate", "agreement"):
        run_stage(name, run_dir)
    run_export(run_dir)

    expected = _files(tmp_path / "uninterrupted")
    got = _files(run_dir)
    assert sorted(got) == sorted(expected)
    assert [name for name in expected if got[name] != expected[name]] == []
    counts = json.loads(expected["manifest.json"])["counts"]
    assert counts["input"] == 230 and counts["exported"] > 150
