"""Shared fixtures: a test pseudonym key for every test, and analyzers loaded once per session (per worker)."""

from __future__ import annotations

import pytest

from tests.support.deid import TEST_KEY


@pytest.fixture(autouse=True)
def pii_key(monkeypatch, tmp_path_factory):
    """Every test runs with a test key in the environment and a key-file path under the test's temp folder.

    Nothing a test does reads or creates a key file in the home directory.
    """
    from pipeline.stages.deidentify.policy import KEY_FILE_ENV

    monkeypatch.setenv("INSTRUCTFLOW_PII_KEY", TEST_KEY)
    monkeypatch.setenv(KEY_FILE_ENV, str(tmp_path_factory.getbasetemp() / "unused-pii.key"))


@pytest.fixture(scope="session")
def default_policy():
    """The bundled policy (with the test key)."""
    from pipeline.stages.deidentify.policy import load_policy
    from pipeline.stages.deidentify.stage import policy_entities

    return load_policy(None, policy_entities(True), environ={"INSTRUCTFLOW_PII_KEY": TEST_KEY})


@pytest.fixture(scope="session")
def analyzer(default_policy):
    """The analyzer the stage uses under the bundled policy (the same cached instance)."""
    from pipeline.stages.deidentify.stage import get_analyzer

    return get_analyzer(default_policy, True)


@pytest.fixture(scope="session")
def full_analyzer():
    """An analyzer that also runs NER windows opened only by well-known places (a policy acting on LOCATION)."""
    from pipeline.stages.deidentify.analyzer import Analyzer

    return Analyzer(ner=True, skip_place_windows=False).load()


@pytest.fixture(scope="session")
def anonymizer_engine():
    """A Presidio ``AnonymizerEngine`` with our operators."""
    from pipeline.stages.deidentify.anonymize import anonymizer_engine

    return anonymizer_engine()


@pytest.fixture(scope="session")
def mixed_run(tmp_path_factory):
    """The stage run once under the bundled policy on :func:`tests.support.deid.mixed_batch`: (rows, ctx, result)."""
    from pipeline.core.records import records_to_table
    from pipeline.stages.deidentify.stage import run
    from tests.support.deid import mixed_batch, stage_ctx

    rows = mixed_batch()
    ctx = stage_ctx(tmp_path_factory.mktemp("mixed"))
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("INSTRUCTFLOW_PII_KEY", TEST_KEY)
        result = run(records_to_table(rows), ctx)
    return rows, ctx, result
