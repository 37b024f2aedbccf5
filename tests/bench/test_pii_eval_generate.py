import collections
import datetime
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bench.pii_eval import values as V
from bench.pii_eval.contexts import CONTEXTS
from bench.pii_eval.generate import NEG_RE, PII_RE, RECORD_KEYS, generate, load_templates
from bench.pii_eval.score import field_texts, score
from tests.support.pii_labels import redact_labels

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module", params=["dev", "heldout"])
def part_records(request):
    part = request.param
    n = 3 * len(load_templates(part).TEMPLATES)  # every template three times
    return part, generate(part, n, 11)


def test_deterministic_for_a_seed():
    for part in ("dev", "heldout"):
        assert generate(part, 150, 5) == generate(part, 150, 5)
        assert generate(part, 150, 5) != generate(part, 150, 6)


def test_record_format(part_records):
    part, recs = part_records
    for r in recs:
        assert tuple(r) == RECORD_KEYS
        assert r["part"] == part and f"-{part}-" in r["record_id"]
        assert r["lang"] in ("zh", "en")
        assert isinstance(r["instruction"], str) and isinstance(r["input"], str) and isinstance(r["output"], str)
        assert r["system"] is None or isinstance(r["system"], str)
        assert r["history"] is None or all(len(t) == 2 and all(isinstance(x, str) for x in t) for t in r["history"])
        assert r["source_id"] is None or isinstance(r["source_id"], str)
        for a in r["annotations"] or []:
            assert set(a) == {"annotator_id", "label", "confidence"} and 0 <= a["confidence"] <= 1
        joined = " ".join(field_texts(r).values())
        assert not PII_RE.search(joined) and not NEG_RE.search(joined), r["template"]
    assert len({r["record_id"] for r in recs}) == len(recs)


def test_every_label_offset_points_at_its_value(part_records):
    _, recs = part_records
    for r in recs:
        texts = field_texts(r)
        for lab in r["labels"]:
            assert lab["entity"] in V.ENTITY_TYPES
            assert texts[lab["field"]][lab["start"] : lab["end"]] == lab["value"], (r["template"], lab)
        for neg in r["negatives"]:
            assert texts[neg["field"]][neg["start"] : neg["end"]] == neg["value"], (r["template"], neg)


def test_negatives_never_overlap_pii(part_records):
    _, recs = part_records
    for r in recs:
        for n in r["negatives"]:
            for lab in r["labels"]:
                if lab["field"] == n["field"]:
                    assert n["end"] <= lab["start"] or lab["end"] <= n["start"]
                assert n["value"] not in lab["value"] and lab["value"] not in n["value"]


def test_split_by_template():
    dev, ho = load_templates("dev").TEMPLATES, load_templates("heldout").TEMPLATES
    dev_ids, ho_ids = {t["id"] for t in dev}, {t["id"] for t in ho}
    assert len(dev_ids) == len(dev) and len(ho_ids) == len(ho)
    assert not dev_ids & ho_ids
    assert all(i.startswith("dev-") for i in dev_ids) and all(i.startswith("ho-") for i in ho_ids)
    field_strings = lambda ts: {t[k] for t in ts for k in ("instruction", "input", "output") if t[k]}  # noqa: E731
    assert not field_strings(dev) & field_strings(ho)


@pytest.mark.parametrize("part", ["dev", "heldout"])
def test_template_counts_and_context_coverage(part):
    ts = load_templates(part).TEMPLATES
    for lang in ("zh", "en"):
        mine = [t for t in ts if t["lang"] == lang]
        assert len(mine) >= 60
        assert {t["context"] for t in mine} == set(CONTEXTS)


def test_entity_and_field_coverage(part_records):
    part, recs = part_records
    seen = collections.Counter((lab["entity"], r["lang"]) for r in recs for lab in r["labels"])
    for e in V.ENTITY_TYPES:
        for lang in ("zh", "en"):
            assert seen[(e, lang)] > 0, (part, e, lang)
    fields = {re.sub(r"\[\d+\]|\.annotator_id", "", lab["field"]) for r in recs for lab in r["labels"]}
    assert fields >= {"system", "instruction", "input", "output", "history", "source_id", "annotations"}
    kinds = {n["kind"] for r in recs for n in r["negatives"]}
    assert kinds >= {
        "public_figure",
        "product",
        "organisation",
        "code_identifier",
        "number",
        "common_word",
        "tracking_number",
        "isbn",
        "version",
        "timestamp",
    }
    # record-level consistency: most records repeat some value in a second field or turn
    repeated = sum(any(len(fs) > 1 for fs in _slot_fields(r).values()) for r in recs)
    assert repeated / len(recs) > 0.5


def _slot_fields(r):
    d = collections.defaultdict(set)
    for lab in r["labels"]:
        d[lab["slot"]].add(lab["field"])
    return d


def test_checksums_and_valid_ranges(part_records):
    _, recs = part_records
    for r in recs:
        for lab in r["labels"]:
            v = lab["value"]
            if lab["entity"] == "CN_RESIDENT_ID":
                d = re.sub(r"\s", "", __import__("unicodedata").normalize("NFKC", v)).upper()
                assert d[:6] in V.CN_AREA_CODES
                if len(d) == 18:
                    assert V.cn_id_ok(d), v
                    datetime.date(int(d[6:10]), int(d[10:12]), int(d[12:14]))
                else:
                    assert len(d) == 15 and d.isdigit()
                    datetime.date(1900 + int(d[6:8]), int(d[8:10]), int(d[10:12]))
            elif lab["entity"] == "BANK_CARD":
                assert V.luhn_ok(__import__("unicodedata").normalize("NFKC", v)), v
            elif lab["entity"] == "IBAN_CODE":
                assert V.iban_ok(v), v
            elif lab["entity"] == "US_SSN":
                assert V.ssn_ok(v), v


def test_checksum_helpers():
    assert V.cn_id_check("11010519491231002") == "X"
    assert V.cn_id_ok("11010519491231002X")
    assert V.luhn_ok("4111 1111 1111 1111") and not V.luhn_ok("4111 1111 1111 1112")
    assert V.iban_ok("GB82 WEST 1234 5698 7654 32") and not V.iban_ok("GB82 WEST 1234 5698 7654 33")
    assert V.ssn_ok("123-45-6789") and not V.ssn_ok("666-45-6789") and not V.ssn_ok("900-45-6789")
    assert V.cn_number(123) == "一百二十三" and V.cn_number(19) == "十九" and V.cn_number(2005) == "二千零五"


def test_extremes_of_the_scorer(part_records):
    """Unchanged records leak every value; records with every labelled span replaced leak none and
    change no hard negative (so every occurrence of every value is labelled)."""
    _, recs = part_records
    res = score(recs, recs)
    assert all(v["leak_rate"] == 1.0 for v in res["leaks"]["by_entity"].values())
    assert res["negatives"]["overall"]["changed"] == 0
    red = [redact_labels(r) for r in recs]
    res = score(recs, red)
    assert res["leaks"]["overall"]["leaked"] == 0, res["leaks"]["by_entity"]
    assert res["negatives"]["overall"]["changed"] == 0


def test_dev_never_imports_heldout_and_vice_versa():
    code = (
        "import sys; from bench.pii_eval.generate import generate; generate('{p}', 20, 1); "
        "assert 'bench.pii_eval.templates_{other}' not in sys.modules, sorted(sys.modules)"
    )
    for p, other in (("dev", "heldout"), ("heldout", "dev")):
        subprocess.run([sys.executable, "-c", code.format(p=p, other=other)], cwd=ROOT, check=True)


def test_cli_writes_jsonl(tmp_path):
    out = tmp_path / "dev.jsonl"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "bench.pii_eval.generate",
            "--part",
            "dev",
            "--n",
            "30",
            "--seed",
            "3",
            "--out",
            str(out),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 30
