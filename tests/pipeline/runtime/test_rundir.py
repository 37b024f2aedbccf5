import pyarrow as pa
import pytest

from pipeline.errors import StageError, UsageError
from pipeline.runtime.rundir import RunDir


def _table(n):
    return pa.table({"record_id": [f"r{i:03d}" for i in range(n)], "x": list(range(n))})


def test_write_shards_cuts_in_order_and_reads_back(tmp_path):
    run = RunDir(tmp_path)
    assert run.write_shards("s", _table(23), 10) == [0, 1, 2]
    assert run.list_shards("s") == [0, 1, 2]
    assert [run.read_shard("s", i).num_rows for i in range(3)] == [10, 10, 3]
    assert run.read_stage("s").column("x").to_pylist() == list(range(23))
    assert run.stage_rows("s") == 23
    # rewriting with fewer shards leaves no stale part behind
    assert run.write_shards("s", _table(5), 10) == [0]
    assert sorted(p.name for p in run.stage_dir("s").iterdir()) == ["part-00000.parquet"]


def test_empty_table_gives_one_empty_shard_with_its_schema(tmp_path):
    run = RunDir(tmp_path)
    assert run.write_shards("s", _table(0), 10) == [0]
    assert run.read_stage("s").schema.names == ["record_id", "x"]


def test_missing_and_absent_shards_are_named(tmp_path):
    run = RunDir(tmp_path)
    with pytest.raises(StageError, match="stage 's' has no output"):
        run.list_shards("s")
    run.write_shards("s", _table(30), 10)
    (run.stage_dir("s") / "part-00001.parquet").unlink()
    with pytest.raises(StageError, match=r"stage 's' is missing shard\(s\) \[1\]"):
        run.list_shards("s")


def test_shard_size_must_be_positive(tmp_path):
    with pytest.raises(ValueError, match="records_per_shard must be at least 1, got 0"):
        RunDir(tmp_path).write_shards("s", _table(3), 0)


def test_spec_of_an_unprepared_folder_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError, match="not a prepared run directory"):
        RunDir(tmp_path).read_spec()


def test_reset_refuses_a_folder_that_is_not_a_run_directory(tmp_path):
    (tmp_path / "precious.txt").write_text("keep me")
    with pytest.raises(UsageError, match="not empty and is not a run directory"):
        RunDir(tmp_path).reset()
    assert (tmp_path / "precious.txt").read_text() == "keep me"


def test_lock_is_exclusive_and_names_the_owner(tmp_path):
    import os
    import subprocess
    import sys

    from pipeline.errors import RunLocked

    out = tmp_path / "r"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\nfrom pipeline.runtime.rundir import RunDir\n"
            f"with RunDir({str(out)!r}).lock():\n    print('held', flush=True)\n    time.sleep(60)\n",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        with pytest.raises(RunLocked) as info, RunDir(out).lock():
            pass
        assert str(info.value) == (
            f"another run (pid {holder.pid}) is writing {out}; wait for it to end or choose another output directory"
        )
        assert info.value.exit_code == 2
    finally:
        holder.kill()
        holder.wait()
    with RunDir(out).lock():  # the kernel dropped the dead holder's lock
        assert (out / ".instructflow.lock").read_text() == f"{os.getpid()}\n"


def test_lock_removes_a_folder_it_created_when_nothing_was_written(tmp_path):
    out = tmp_path / "new"
    with RunDir(out).lock():
        assert (out / ".instructflow.lock").is_file()
    assert not out.exists()
    with RunDir(out).lock():
        (out / "manifest.json").write_text("{}")
    assert sorted(p.name for p in out.iterdir()) == [".instructflow.lock", "manifest.json"]


def test_reset_ignores_the_lock_file_and_keeps_it(tmp_path):
    out = tmp_path / "r"
    with RunDir(out).lock():
        RunDir(out).reset()  # a folder holding only the lock file counts as empty
        assert (out / ".instructflow.lock").is_file()
    (tmp_path / "f").write_text("x")
    with pytest.raises(UsageError, match="output path exists and is not a directory"), RunDir(tmp_path / "f").lock():
        pass
