"""Exceptions that cross the library boundary; the CLI turns each into a one-line message and an exit code.

:func:`step_failure` turns any other exception a step raises (a full disk, a lost file share, a bug)
into a :class:`StepFailed` that names the step, the file and the cause in one line, never a value
from a record, and says whether trying again can help (:attr:`PipelineError.retryable`).
"""

from __future__ import annotations

import errno
import os
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class PipelineError(Exception):
    """Base class for errors the pipeline reports to a user (never carries record values)."""

    exit_code = 1
    retryable = False
    """True when the same step may succeed if it is run again unchanged (Airflow retries it)."""


class UsageError(PipelineError):
    """Bad command-line usage, e.g. a corpus path that does not exist (exit 2)."""

    exit_code = 2


class ConfigError(PipelineError):
    """An invalid or missing configuration file or value (exit 2). The message names the key."""

    exit_code = 2


class ValidationFailed(PipelineError):
    """A blocking data validation failed (exit 3); the message lists failed expectation types."""

    exit_code = 3


class StageError(PipelineError):
    """A stage could not run at all (as opposed to rejecting single records)."""

    exit_code = 1


class RunLocked(PipelineError):
    """Another live process is writing the same run directory (exit 2)."""

    exit_code = 2


class NothingToDo(PipelineError):
    """An incremental build found no new or changed input file: there is nothing to build."""

    exit_code = 0


class StepFailed(PipelineError):
    """A step stopped on an error that is not a :class:`PipelineError`: an OS error or an internal error (exit 1)."""

    exit_code = 1

    def __init__(self, message: str, *, retryable: bool, internal: bool = False) -> None:
        """``message`` names the step, the file and the cause; ``retryable``: a retry can help; ``internal``: a bug."""
        super().__init__(message)
        self.retryable = retryable
        self.internal = internal

    def __reduce__(self) -> tuple[object, ...]:
        """Pickle with the keyword arguments (a step run in its own process sends its error back)."""
        return (_step_failed, (str(self), self.retryable, self.internal))


def _step_failed(message: str, retryable: bool, internal: bool) -> StepFailed:
    """Rebuild a pickled :class:`StepFailed`."""
    return StepFailed(message, retryable=retryable, internal=internal)


TRANSIENT_ERRNOS = frozenset(
    getattr(errno, name)
    for name in (
        "EAGAIN",
        "EBUSY",
        "ECONNABORTED",
        "ECONNREFUSED",
        "ECONNRESET",
        "EHOSTDOWN",
        "EHOSTUNREACH",
        "EINTR",
        "EIO",
        "ENETDOWN",
        "ENETRESET",
        "ENETUNREACH",
        "ENOLCK",
        "ENOMEM",
        "ESTALE",
        "ETIMEDOUT",
    )
    if hasattr(errno, name)
)
"""OS errors another try may not meet (a file share or network that comes back, memory freed); every
other OS error (a full disk ``ENOSPC``, ``EDQUOT``, ``EROFS``, ``EACCES``, ``ENOENT`` ...) stops for good."""

_HINTS = {
    errno.ENOSPC: "free disk space and run again",
    errno.EDQUOT: "raise the disk quota or free space and run again",
    errno.EROFS: "the file system is read-only",
    errno.EACCES: "check the permissions",
    errno.EPERM: "check the permissions",
}

_PACKAGE_ROOT = Path(__file__).resolve().parent.parent
_OWN_CODE = ("pipeline", "dags", "scripts")
_THIS_FILE = Path(__file__).resolve().relative_to(_PACKAGE_ROOT)


def _code_location(exc: BaseException) -> str:
    """``path/to/module.py:LINE`` where ``exc`` was raised: the innermost frame in this repository, if any."""
    frames = traceback.extract_tb(exc.__traceback__)
    if not frames:
        return "an unknown place"
    for frame in reversed(frames):  # the innermost frame of this project's code, else the innermost one
        try:
            rel = Path(frame.filename).resolve().relative_to(_PACKAGE_ROOT)
        except ValueError:
            continue
        if rel.parts and rel.parts[0] in _OWN_CODE and rel != _THIS_FILE:  # not reported_as's own frame
            return f"{rel.as_posix()}:{frame.lineno}"
    return f"{Path(frames[-1].filename).name}:{frames[-1].lineno}"


def step_failure(exc: BaseException, step: str) -> PipelineError:
    """The :class:`PipelineError` to report for ``exc`` raised by ``step`` (e.g. ``stage 'clean' (shard 3)``).

    A :class:`PipelineError` is returned as it is. An OS error gives ``<step>: <cause> (<ERRNO>): <file>``;
    a full disk and other lasting OS errors are not retryable, errors of a file share or the network
    (:data:`TRANSIENT_ERRNOS`) and running out of memory are. Anything else is an internal error:
    its type and code location are named, its message is not (it may hold a value from a record),
    and it is not retryable (the same input meets the same bug).
    """
    if isinstance(exc, PipelineError):
        return exc
    if isinstance(exc, OSError) and exc.errno is not None:
        code = exc.errno
        name = errno.errorcode.get(code, f"errno {code}")
        where = f": {exc.filename}" if exc.filename else ""
        hint = _HINTS.get(code)
        cause = os.strerror(code).lower()
        message = f"{step}: {cause} ({name}){where}" + (f"; {hint}" if hint else "")
        return StepFailed(message, retryable=code in TRANSIENT_ERRNOS)
    if isinstance(exc, MemoryError):
        return StepFailed(f"{step}: out of memory", retryable=True)
    if isinstance(exc, OSError):  # no errno: an I/O error a library raised without one
        where = f": {exc.filename}" if exc.filename else ""
        return StepFailed(f"{step}: input/output error ({type(exc).__name__}){where}", retryable=True)
    location = _code_location(exc)
    return StepFailed(
        f"{step}: internal error {type(exc).__name__} at {location} (a bug; please report it with the traceback)",
        retryable=False,
        internal=True,
    )


@contextmanager
def reported_as(step: str) -> Iterator[None]:
    """Re-raise any exception from the block as :func:`step_failure` ``(exc, step)`` (the original chained)."""
    try:
        yield
    except PipelineError:
        raise
    except Exception as exc:
        raise step_failure(exc, step) from exc
