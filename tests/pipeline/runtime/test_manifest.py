import pytest

from pipeline.errors import StageError
from pipeline.runtime.manifest import package_versions, reconcile, rejected_by_reason, review_by_reason


def _s(stage, records_in, kept, rejected=0, duplicates=0, review=0, reasons=None):
    return {
        "stage": stage,
        "records_in": records_in,
        "kept": kept,
        "rejected": rejected,
        "duplicates": duplicates,
        "review": review,
        "reasons": reasons or {},
    }


def test_reconcile_adds_up():
    summaries = [_s("ingest", 10, 8, rejected=2), _s("dedup", 8, 6, duplicates=2), _s("agreement", 6, 5, review=1)]
    assert reconcile(summaries, 5) == {"input": 10, "exported": 5, "rejected": 2, "duplicates": 2, "review": 1}


def test_reconcile_refuses_a_lost_record():
    with pytest.raises(StageError, match="stage 'dedup' received 7 records but the previous stage kept 8"):
        reconcile([_s("ingest", 10, 8, rejected=2), _s("dedup", 7, 7)], 7)


def test_reconcile_refuses_an_export_mismatch():
    with pytest.raises(StageError, match="export wrote 7 records but the last stage kept 8"):
        reconcile([_s("ingest", 10, 8, rejected=2)], 7)


def test_rejected_by_reason_keys():
    s = [_s("ingest", 3, 1, 2, reasons={"wrong_type": 2}), _s("clean", 1, 0, 1, reasons={"empty_output": 1})]
    assert rejected_by_reason(s) == {"clean/empty_output": 1, "ingest/wrong_type": 2}


def test_review_by_reason_keys_and_old_summaries_without_review_reasons():
    clean = _s("clean", 5, 3, review=2)
    clean["review_reasons"] = {"truncated_output": 1, "learned_junk": 1}
    old = _s("agreement", 3, 2, review=1)  # a summary written before review reasons were counted
    assert review_by_reason([_s("ingest", 5, 5), clean, old]) == {"clean/learned_junk": 1, "clean/truncated_output": 1}


def test_versions_include_core_packages():
    v = package_versions()
    assert {"python", "pyarrow", "pandas", "instructflow"} <= set(v)
