"""The authored good look-alikes of heldout3: seeded, distinct, balanced, correct, pinned, apart from heldout2."""

import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

JUNK = Path(__file__).resolve().parents[4] / "bench" / "clean_eval" / "junk"
sys.path.insert(0, str(JUNK))

import good_heldout2  # noqa: E402
import good_heldout3  # noqa: E402

CJK = re.compile(r"[\u4e00-\u9fff]")


def _digest(rows):
    h = hashlib.sha256()
    for r in rows:
        h.update(json.dumps({**r, "part": "heldout3"}, ensure_ascii=False, sort_keys=True).encode("utf-8"))
    return h.hexdigest()


def _by_kind(rows):
    out = {}
    for r in rows:
        out.setdefault((r["lang"], r["kind"]), []).append(r)
    return out


def test_deterministic_and_pinned_by_the_manifest():
    rows = good_heldout3.build_good()
    assert rows == good_heldout3.build_good()
    manifest = json.loads((JUNK / "MANIFEST.json").read_text(encoding="utf-8"))["heldout3"]["good"]
    assert manifest["records"] == len(rows) == 780
    assert _digest(rows) == manifest["sha256"]


def test_balanced_kinds_and_languages():
    rows = good_heldout3.build_good()
    assert Counter(r["lang"] for r in rows) == {"en": 390, "zh": 390}
    kinds = Counter((r["lang"], r["kind"]) for r in rows)
    assert len(kinds) == 26 and set(kinds.values()) == {30}


def test_records_are_distinct_and_complete():
    rows = good_heldout3.build_good()
    keys = [(r["instruction"], r["input"], r["output"]) for r in rows]
    assert len(set(keys)) == len(keys)
    for r in rows:
        assert set(r) == {"instruction", "input", "output", "kind", "generator", "lang"}
        assert r["instruction"].strip() and r["output"].strip()
        if r["lang"] == "zh":
            assert CJK.search(r["instruction"]), r["instruction"]
        else:
            assert not CJK.search(r["instruction"]), r["instruction"]


def test_no_text_shared_with_heldout2_good_records():
    h2 = good_heldout2.build_good()
    h3 = good_heldout3.build_good()
    assert not {r["output"] for r in h2} & {r["output"] for r in h3}
    assert not {r["instruction"] for r in h2} & {r["instruction"] for r in h3}


def test_hard_negatives_carry_their_trait():
    kinds = _by_kind(good_heldout3.build_good())
    for lang in ("en", "zh"):
        # chants, times tables, test cases and dialogues repeat a line shape many times
        for r in kinds[(lang, "chant")] + kinds[(lang, "dialogue")]:
            lines = [ln for ln in r["output"].splitlines() if ln.strip()]
            assert len(lines) >= 4
        for r in kinds[(lang, "test_cases")]:
            assert r["output"].count("assert ") >= 5
        # code has at least three levels of indentation
        for r in kinds[(lang, "code_indent")]:
            assert re.search(r"^ {12,}\S", r["output"], re.M), r["output"]
        # one-word answers are one token
        assert all(len(r["output"].split()) == 1 and len(r["output"]) <= 8 for r in kinds[(lang, "one_word")])
    # Chinese requests for a foreign language are answered without Chinese characters (Japanese kana is fine)
    for r in kinds[("zh", "foreign_requested")]:
        assert not re.search(r"[\u4e00-\u9fff]", r["output"]) or re.search(r"[\u3040-\u30ff]", r["output"])
    # placeholders the user asked for are there
    for r in kinds[("en", "placeholder_letter")]:
        assert re.search(r"\[Your Name\]|<YOUR_NAME>|\{\{your_name\}\}", r["output"])
    for r in kinds[("zh", "placeholder_letter")]:
        assert "[你的姓名]" in r["output"]
    # every verse of the English poems ends with the same refrain
    for r in kinds[("en", "verse")]:
        last = {stanza.splitlines()[-1] for stanza in r["output"].split("\n\n")}
        assert len(last) == 1


def test_arithmetic_answers_are_right():
    rows = good_heldout3.build_good()
    for r in rows:
        m = re.fullmatch(r"What is (\d+) × (\d+)\? Reply with the number only\.", r["instruction"])
        m = m or re.fullmatch(r"(\d+)乘以(\d+)等于多少？只写结果。", r["instruction"])
        if m:
            assert int(r["output"]) == int(m.group(1)) * int(m.group(2))
        m = re.fullmatch(r"Is (\d+) a prime number\? Answer yes or no\.", r["instruction"])
        m = m or re.fullmatch(r"(\d+)是质数吗？只回答是或否。", r["instruction"])
        if m:
            n = int(m.group(1))
            prime = all(n % d for d in range(2, n))
            assert r["output"] in (("Yes", "是") if prime else ("No", "否"))
        if r["kind"] == "times_table" and r["lang"] == "en":
            for a, b, c in re.findall(r"^(\d+) [×x*] (\d+) = (\d+)$", r["output"], re.M):
                assert int(a) * int(b) == int(c)


def test_the_multiplication_rhyme():
    assert good_heldout3.koujue(1, 1) == "一一得一"
    assert good_heldout3.koujue(2, 3) == "二三得六"
    assert good_heldout3.koujue(2, 5) == "二五一十"
    assert good_heldout3.koujue(3, 7) == "三七二十一"
    assert good_heldout3.koujue(4, 5) == "四五二十"
    assert good_heldout3.koujue(3, 4) == "三四十二"
    assert good_heldout3.koujue(9, 9) == "九九八十一"
    assert good_heldout3.cn_number(10) == "十" and good_heldout3.cn_number(40) == "四十"
