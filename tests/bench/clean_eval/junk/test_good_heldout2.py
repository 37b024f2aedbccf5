"""The authored good look-alikes of heldout2: seeded, distinct, balanced, and pinned by MANIFEST.json."""

import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

JUNK = Path(__file__).resolve().parents[4] / "bench" / "clean_eval" / "junk"
sys.path.insert(0, str(JUNK))

import good_heldout2  # noqa: E402

CJK = re.compile(r"[\u4e00-\u9fff]")


def _digest(rows):
    h = hashlib.sha256()
    for r in rows:
        h.update(json.dumps({**r, "part": "heldout2"}, ensure_ascii=False, sort_keys=True).encode("utf-8"))
    return h.hexdigest()


def test_deterministic_and_pinned_by_the_manifest():
    rows = good_heldout2.build_good()
    assert rows == good_heldout2.build_good()
    manifest = json.loads((JUNK / "MANIFEST.json").read_text(encoding="utf-8"))["heldout2"]["good"]
    assert manifest["records"] == len(rows) == 720
    assert _digest(rows) == manifest["sha256"]


def test_balanced_kinds_and_languages():
    rows = good_heldout2.build_good()
    by_lang = Counter(r["lang"] for r in rows)
    assert by_lang == {"en": 360, "zh": 360}
    kinds = Counter((r["lang"], r["kind"]) for r in rows)
    assert len(kinds) == 24 and set(kinds.values()) == {30}


def test_records_are_distinct_and_complete():
    rows = good_heldout2.build_good()
    keys = [(r["instruction"], r["input"], r["output"]) for r in rows]
    assert len(set(keys)) == len(keys)
    for r in rows:
        assert set(r) == {"instruction", "input", "output", "kind", "generator", "lang"}
        assert r["instruction"].strip() and r["output"].strip()
        if r["lang"] == "zh":
            assert CJK.search(r["instruction"]), r["instruction"]


def test_hard_negatives_carry_their_trait():
    rows = good_heldout2.build_good()
    by_kind = {}
    for r in rows:
        by_kind.setdefault((r["lang"], r["kind"]), []).append(r)
    # lyrics repeat their chorus
    for r in by_kind[("en", "lyrics")] + by_kind[("zh", "lyrics")]:
        lines = [ln for ln in r["output"].splitlines() if ln.strip()]
        assert max(Counter(lines).values()) >= 2
    # Chinese translation tasks are answered in a Latin-script language
    assert all(not CJK.search(r["output"]) for r in by_kind[("zh", "translation")])
    # editing tasks return their input with a change
    for r in by_kind[("en", "edit_repeat")] + by_kind[("zh", "edit_repeat")]:
        assert r["input"] and r["output"] != r["input"]
    # short answers are short
    assert all(len(r["output"]) <= 30 for r in by_kind[("en", "short_answer")])
    # accents survive
    assert all(re.search(r"[À-ÿĀ-ž]", r["output"]) for r in by_kind[("en", "accented")])


def test_quadratic_answers_are_right():
    rows = [r for r in good_heldout2.build_good() if r["kind"] == "math" and r["instruction"].startswith("Solve x²")]
    assert rows
    for r in rows:
        m = re.search(r"x = (-?\d+) or x = (-?\d+)", r["output"])
        eq = r["instruction"].replace("−", "-")
        b = int(re.search(r"x² ([+-]) (\d+)x", eq).group(1) + re.search(r"x² ([+-]) (\d+)x", eq).group(2))
        c = int(re.search(r"x ([+-]) (\d+) = 0", eq).group(1) + re.search(r"x ([+-]) (\d+) = 0", eq).group(2))
        for x in (int(m.group(1)), int(m.group(2))):
            assert x * x + b * x + c == 0
