"""The parallel path of the PII engine: forks only where safe, never hangs, same result as serial."""

import os
import threading

import pytest

import pipeline.stages.deidentify.engine as pii_engine
from pipeline.stages.deidentify.engine import PiiEngine

TEXTS = [f"联系电话 13812345{i:03d}，邮箱 user{i}@mailbox.cn。Call +1 415-555-{i:04d}." for i in range(60)]
LANGS = ["zh"] * len(TEXTS)


@pytest.fixture(scope="module")
def engine():
    return PiiEngine(ner=False, zh_names=False).load()


@pytest.fixture
def small_threshold(monkeypatch):
    monkeypatch.setattr(pii_engine, "PARALLEL_MIN_TEXTS", 10)


def test_a_threaded_process_never_forks(engine, small_threshold, monkeypatch):
    def no_fork(*args, **kwargs):
        raise AssertionError("forked inside a threaded process")

    monkeypatch.setattr("concurrent.futures.ProcessPoolExecutor", no_fork)
    stop = threading.Event()
    helper = threading.Thread(target=stop.wait)
    helper.start()
    try:
        assert pii_engine._fork_is_safe() is False
        assert engine.analyze_parallel(TEXTS, LANGS, workers=2) == engine.analyze_texts(TEXTS, LANGS)
    finally:
        stop.set()
        helper.join()


def _dying_chunk(chunk):
    os._exit(3)


def test_a_dead_worker_is_redone_in_process(engine, small_threshold, monkeypatch):
    monkeypatch.setattr(pii_engine, "_fork_is_safe", lambda: True)
    monkeypatch.setattr(pii_engine, "_analyze_chunk", _dying_chunk)
    assert engine.analyze_parallel(TEXTS, LANGS, workers=2) == engine.analyze_texts(TEXTS, LANGS)


def test_forked_workers_give_the_serial_result(engine, small_threshold, monkeypatch):
    monkeypatch.setattr(pii_engine, "_fork_is_safe", lambda: True)
    found = engine.analyze_parallel(TEXTS, LANGS, workers=2)
    assert found == engine.analyze_texts(TEXTS, LANGS)
    assert all(any(f.entity_type == "PHONE_NUMBER" for f in fs) for fs in found)
