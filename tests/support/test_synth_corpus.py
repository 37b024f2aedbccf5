"""Fast checks of the synthetic benchmark corpus (tests/support/synth_corpus.py)."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from pipeline.config import load_config
from pipeline.stages.deidentify.recognizers.checksums import is_bank_card, is_resident_id, resident_id_checksum_ok
from pipeline.stages.ingest.stage import CorpusSpec, ingest
from pipeline.text.lang import detect_lang
from tests.support.synth_corpus import MALFORMED_REASONS, generate, malformed_positions, write_corpus

N = 3000


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict]:
    folder = tmp_path_factory.mktemp("synth")
    path, truth = folder / "synth.jsonl", folder / "synth.tsv"
    stats = write_corpus(path, N, seed=7, truth=truth)
    return path, truth, stats


@pytest.fixture(scope="module")
def ingested(corpus: tuple[Path, Path, dict]):
    path, _, _ = corpus
    return ingest([CorpusSpec(name="synth", path=path)], load_config(None)).result


def test_same_seed_same_lines_other_seed_other_lines() -> None:
    a = [line.text for line in generate(400, seed=3)]
    assert a == [line.text for line in generate(400, seed=3)]
    assert a != [line.text for line in generate(400, seed=4)]


def test_writes_the_requested_number_of_lines(tmp_path: Path) -> None:
    for n in (0, 1, 57, 1234):
        stats = write_corpus(tmp_path / f"c{n}.jsonl", n, seed=1)
        lines = (tmp_path / f"c{n}.jsonl").read_text(encoding="utf-8").split("\n")
        assert lines[-1] == ""  # every line ends with a newline
        assert len(lines) - 1 == n == stats["records"]
    assert not list(tmp_path.glob(".*tmp"))  # temporary files renamed or removed


def test_mix_of_languages_duplicates_and_lengths(corpus: tuple[Path, Path, dict]) -> None:
    path, _, stats = corpus
    kinds = stats["kinds"]
    assert 0.035 < kinds["exact"] / N < 0.065
    assert 0.035 < kinds["near"] / N < 0.065
    langs, instr, outputs = Counter(), [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            rec = json.loads(line)
        except json.JSONDecodeError:
            continue
        if not isinstance(rec.get("output"), str) or not rec["output"]:
            continue
        langs[detect_lang(rec["instruction"] + " " + rec["output"])] += 1
        instr.append(len(rec["instruction"]))
        outputs.append(len(rec["output"]))
        assert len(rec["annotations"]) == 3
        assert len({a["annotator_id"] for a in rec["annotations"]}) == 3
        assert all(0.0 <= a["confidence"] <= 1.0 and a["label"] in ("good", "bad") for a in rec["annotations"])
    total = sum(langs.values())
    assert set(langs) == {"zh", "en"}
    assert 0.45 < langs["zh"] / total < 0.55
    assert min(outputs) >= 90 and max(outputs) > 1500
    outputs.sort()
    assert 200 < outputs[len(outputs) // 2] < 600


def test_planted_personal_data_is_valid(corpus: tuple[Path, Path, dict]) -> None:
    path, _, stats = corpus
    text = path.read_text(encoding="utf-8")
    ids = re.findall(r"(?:身份证号码?[：是]|ID (?:card )?number is )(\d{17}[\dX])", text)
    assert len(ids) >= stats["pii"]["resident_id"] > 5  # copies of a record copy its personal data
    assert all(resident_id_checksum_ok(v) and is_resident_id(v) for v in ids)
    cards = re.findall(r"(?:银行卡号是?|card (?:number )?)(62[\d ]{13,22}\d)", text)
    assert len(cards) >= stats["pii"]["bank_card"] > 5
    assert all(is_bank_card(c) for c in cards)
    phones = re.findall(r"(?:电话|手机号是|at )((?:\+86|\(\+86\))?[ -]?1[3-9]\d[ -]?\d{4}[ -]?\d{4})", text)
    assert len(phones) >= stats["pii"]["phone"] > 5


def test_ingest_rejects_exactly_the_malformed_lines(corpus: tuple[Path, Path, dict], ingested) -> None:
    bad = malformed_positions(N)
    assert len(bad) == 5 and len(set(bad.values())) == 5
    rejected = ingested.rejected
    assert sorted(rejected.column("source_index").to_pylist()) == sorted(bad)
    got = dict(zip(rejected.column("source_index").to_pylist(), rejected.column("reason").to_pylist()))
    assert got == {i: MALFORMED_REASONS[kind] for i, kind in bad.items()}
    assert ingested.kept.num_rows == N - len(bad)
    langs = Counter(ingested.kept.column("lang").to_pylist())
    assert set(langs) == {"zh", "en"}


def test_dedup_finds_the_planted_copies_and_nothing_else(
    corpus: tuple[Path, Path, dict], ingested, tmp_path: Path
) -> None:
    from pipeline.core.stage import StageContext
    from pipeline.stages.dedup.stage import run

    _, truth, _ = corpus
    family = {}
    for row in truth.read_text(encoding="utf-8").splitlines():
        line, kind, source, _lang, _pii = row.split("\t")
        family[int(line)] = int(source) if kind in ("exact", "near") else int(line)
    table = ingested.kept
    result = run(table, StageContext(run_dir=tmp_path, config=load_config(None)))
    index_of = dict(zip(table.column("record_id").to_pylist(), table.column("source_index").to_pylist()))
    dups = result.duplicates.to_pylist()
    # precision: every removed record belongs to the same family as the record it duplicates
    wrong = [d for d in dups if family[d["source_index"]] != family[index_of[d["duplicate_of"]]]]
    assert wrong == []
    # recall: nearly every planted copy is removed (a few short near copies fall below the threshold)
    copies = sum(1 for line, fam in family.items() if fam != line)
    assert len(dups) >= 0.95 * copies
