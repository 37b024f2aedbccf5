"""Exceptions that cross the library boundary; the CLI turns each into a one-line message and an exit code."""

from __future__ import annotations


class PipelineError(Exception):
    """Base class for errors the pipeline reports to a user (never carries record values)."""

    exit_code = 1


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


class NothingToDo(PipelineError):
    """An incremental build found no new or changed input file: there is nothing to build."""

    exit_code = 0
