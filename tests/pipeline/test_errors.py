"""One-line step failures: what names the step, the file and the cause, and what a retry can fix."""

from __future__ import annotations

import errno
import re

import pytest

from pipeline.errors import (
    ConfigError,
    StageError,
    StepFailed,
    UsageError,
    ValidationFailed,
    reported_as,
    step_failure,
)


def test_pipeline_errors_pass_through_and_are_not_retried():
    for exc in (UsageError("u"), ConfigError("c"), ValidationFailed("v"), StageError("s")):
        assert step_failure(exc, "stage 'x'") is exc
        assert exc.retryable is False


@pytest.mark.parametrize(
    ("exc", "message", "retryable"),
    [
        (
            OSError(
                errno.ENOSPC, "Error writing bytes to file. Detail: [errno 28] No space left on device", "/o/a.parquet"
            ),
            "stage 'export': no space left on device (ENOSPC): /o/a.parquet; free disk space and run again",
            False,
        ),
        (
            OSError(errno.EDQUOT, "Disk quota exceeded"),
            "stage 'export': disk quota exceeded (EDQUOT); raise the disk quota or free space and run again",
            False,
        ),
        (
            PermissionError(errno.EACCES, "Permission denied", "/o/b"),
            "stage 'export': permission denied (EACCES): /o/b; check the permissions",
            False,
        ),
        (
            OSError(errno.ESTALE, "Stale file handle", "/nfs/c"),
            "stage 'export': stale file handle (ESTALE): /nfs/c",
            True,
        ),
        (TimeoutError(errno.ETIMEDOUT, "timed out"), "stage 'export': connection timed out (ETIMEDOUT)", True),
        (MemoryError(), "stage 'export': out of memory", True),
        (OSError("an arrow I/O error without errno"), "stage 'export': input/output error (OSError)", True),
    ],
)
def test_os_errors_name_the_cause_the_file_and_whether_to_retry(exc, message, retryable):
    error = step_failure(exc, "stage 'export'")
    assert isinstance(error, StepFailed)
    assert (str(error), error.retryable, error.internal, error.exit_code) == (message, retryable, False, 1)


def test_an_internal_error_names_its_type_and_code_location_never_its_message():
    def buggy(record: dict[str, str]) -> str:
        return record["13812345678"]

    with pytest.raises(StepFailed) as info, reported_as("stage 'dedup' (shard 2)"):
        buggy({})
    error = info.value
    assert re.fullmatch(
        r"stage 'dedup' \(shard 2\): internal error KeyError at test_errors\.py:\d+ "
        r"\(a bug; please report it with the traceback\)",
        str(error),
    ), str(error)
    assert "13812345678" not in str(error)
    assert (error.retryable, error.internal) == (False, True)
    assert isinstance(error.__cause__, KeyError)  # the original stays chained for --traceback


def test_the_location_is_the_innermost_frame_of_this_project(tmp_path):
    """A TypeError raised inside the json module is placed where the pipeline called it."""
    from pipeline.core.atomic import write_json_atomic

    with pytest.raises(StepFailed) as info, reported_as("stage 'export'"):
        write_json_atomic(tmp_path / "x.json", {"a": object()})
    assert re.fullmatch(
        r"stage 'export': internal error TypeError at pipeline/core/atomic\.py:\d+ \(a bug; please report it with "
        r"the traceback\)",
        str(info.value),
    ), str(info.value)


def test_reported_as_lets_pipeline_errors_through_unchanged():
    with pytest.raises(ConfigError, match=r"^c\.yaml: bad$"), reported_as("prepare"):
        raise ConfigError("c.yaml: bad")
