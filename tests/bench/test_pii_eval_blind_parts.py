"""The blind held-out parts (``heldout2`` to ``heldout18``): deterministic, fully labelled, no label overlaps, own contexts.

Each blind part was written without reading the detector or the other parts' templates; it has its
own contexts and must share no context, template id or string with the parts written before it.
"""

import collections
import itertools
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bench.pii_eval import values as V
from bench.pii_eval.generate import NEG_RE, PARTS, PII_RE, RECORD_KEYS, generate, load_templates
from bench.pii_eval.score import field_texts, score
from tests.support.pii_labels import redact_labels

ROOT = Path(__file__).resolve().parents[2]

BLIND = {part: (f"h{part.removeprefix('heldout')}", PARTS[: PARTS.index(part)]) for part in PARTS[2:]}
"""Part -> (template id prefix, the parts written before it)."""

UNPARSED_KNOWN = {"heldout2": 15}
"""Placeholders a part writes as ``<<alias.slot@ref:fmt>>`` (the generator reads ``:fmt@ref``), left in
the text unlabelled. heldout2 keeps its 15 so that its published figures reproduce (see the README)."""

MRZ_FILLER = re.compile(r"<{2,}(?![a-z_<])")
"""Runs of ``<`` as in a passport's machine-readable zone (heldout4 writes them): never a placeholder,
which is ``<<`` followed by an alias, so they are removed before looking for unparsed ``<<``."""


@pytest.fixture(scope="module", params=sorted(BLIND))
def part(request):
    return request.param


@pytest.fixture(scope="module")
def records(part):
    n = 3 * len(load_templates(part).TEMPLATES)  # every template three times
    return generate(part, n, 11)


def test_part_is_registered(part):
    assert part in PARTS
    from bench.bench_deidentify import build_parser

    assert build_parser().parse_args(["eval", "--part", part]).part == part


def test_unparsed_placeholders_are_only_the_known_ones(part):
    text = (ROOT / "bench" / "pii_eval" / f"templates_{part}.py").read_text(encoding="utf-8")
    assert len(re.findall(r"<<[a-z_]+\.[a-z0-9]+@[a-z0-9]+:", text)) == UNPARSED_KNOWN.get(part, 0)


def test_deterministic_for_a_seed(part):
    assert generate(part, 150, 5) == generate(part, 150, 5)
    assert generate(part, 150, 5) != generate(part, 150, 6)


def test_record_format(part, records):
    prefix = BLIND[part][0]
    for r in records:
        assert tuple(r) == RECORD_KEYS
        assert r["part"] == part and r["record_id"].startswith(f"pii-{part}-")
        assert r["template"].startswith(f"{prefix}-{r['lang']}-{r['context']}-")
        joined = " ".join(field_texts(r).values())
        assert not PII_RE.search(joined) and not NEG_RE.search(joined), r["template"]
        if part not in UNPARSED_KNOWN:
            # no placeholder left unparsed
            assert "<<" not in MRZ_FILLER.sub("", joined) and "[[" not in joined, r["template"]
    assert len({r["record_id"] for r in records}) == len(records)


def test_every_label_is_present_at_its_offsets(records):
    for r in records:
        texts = field_texts(r)
        for lab in r["labels"]:
            assert lab["entity"] in V.ENTITY_TYPES
            assert texts[lab["field"]][lab["start"] : lab["end"]] == lab["value"], (r["template"], lab)
        for neg in r["negatives"]:
            assert texts[neg["field"]][neg["start"] : neg["end"]] == neg["value"], (r["template"], neg)


def test_no_two_spans_overlap(records):
    for r in records:
        spans = collections.defaultdict(list)
        for x in r["labels"] + r["negatives"]:
            spans[x["field"]].append((x["start"], x["end"]))
        for f, ss in spans.items():
            ss.sort()
            for (_, e1), (s2, _) in itertools.pairwise(ss):
                assert e1 <= s2, (r["template"], f)
        for n in r["negatives"]:
            for lab in r["labels"]:
                assert n["value"] not in lab["value"] and lab["value"] not in n["value"], r["template"]


def _strings(templates):
    """Every instruction, input, output, system prompt and history turn of some templates."""
    out = {t[k] for t in templates for k in ("instruction", "input", "output", "system") if t[k]}
    return out | {s for t in templates for turn in t["history"] or [] for s in turn}


def test_own_templates_and_contexts(part):
    prefix, before = BLIND[part]
    mod = load_templates(part)
    ts = mod.TEMPLATES
    assert len({t["id"] for t in ts}) == len(ts)
    for lang in ("zh", "en"):
        mine = [t for t in ts if t["lang"] == lang]
        assert len(mine) >= 60
        per_ctx = collections.Counter(t["context"] for t in mine)
        assert set(per_ctx) == set(mod.CONTEXTS) and min(per_ctx.values()) >= 2
    # nothing shared with the other parts: no context name, no id, no instruction/input/output string
    from bench.pii_eval.contexts import CONTEXTS as OLD_CONTEXTS

    assert not set(mod.CONTEXTS) & set(OLD_CONTEXTS)
    for other in before:
        if other in BLIND:
            assert not set(mod.CONTEXTS) & set(load_templates(other).CONTEXTS)
        o = load_templates(other).TEMPLATES
        assert not {t["id"] for t in o} & {t["id"] for t in ts}
        assert not _strings(o) & _strings(ts)
    assert all(t["id"].startswith(f"{prefix}-{t['lang']}-{t['context']}-") for t in ts)


def test_entity_field_and_negative_coverage(records):
    seen = collections.Counter((lab["entity"], r["lang"]) for r in records for lab in r["labels"])
    for e in V.ENTITY_TYPES:
        for lang in ("zh", "en"):
            assert seen[(e, lang)] > 0, (e, lang)
    fields = {re.sub(r"\[\d+\]|\.annotator_id", "", lab["field"]) for r in records for lab in r["labels"]}
    assert fields >= {"system", "instruction", "input", "output", "history", "source_id", "annotations"}
    kinds = {n["kind"] for r in records for n in r["negatives"]}
    assert kinds >= {
        "public_figure",
        "product",
        "organisation",
        "code_identifier",
        "number",
        "money",
        "common_word",
        "tracking_number",
        "order_number",
        "version",
        "timestamp",
        "service_number",
    }
    repeated = sum(
        any(
            len({lab["field"] for lab in r["labels"] if lab["slot"] == s}) > 1 for s in {x["slot"] for x in r["labels"]}
        )
        for r in records
    )
    assert repeated / len(records) > 0.8


def test_checksums(records):
    for r in records:
        for lab in r["labels"]:
            v = __import__("unicodedata").normalize("NFKC", lab["value"])
            if lab["entity"] == "CN_RESIDENT_ID" and len(v.replace(" ", "")) == 18:
                assert V.cn_id_ok(v.replace(" ", "").upper()), v
            elif lab["entity"] == "BANK_CARD":
                assert V.luhn_ok(v), v
            elif lab["entity"] == "IBAN_CODE":
                assert V.iban_ok(v), v
            elif lab["entity"] == "US_SSN":
                assert V.ssn_ok(v), v


def test_every_occurrence_is_labelled(records):
    """Unchanged records leak every value; with every labelled span replaced nothing leaks and no
    hard negative changes (so the templates hold no personal value outside a placeholder)."""
    res = score(records, records)
    assert all(v["leak_rate"] == 1.0 for v in res["leaks"]["by_entity"].values())
    assert res["negatives"]["overall"]["changed"] == 0
    res = score(records, [redact_labels(r) for r in records])
    assert res["leaks"]["overall"]["leaked"] == 0, res["leaks"]["by_entity"]
    assert res["negatives"]["overall"]["changed"] == 0


def test_a_blind_part_imports_no_other_templates(part):
    others = [*sorted(f"bench.pii_eval.templates_{p}" for p in PARTS if p != part), "bench.pii_eval.contexts"]
    code = (
        f"import sys; from bench.pii_eval.generate import generate; generate({part!r}, 20, 1); "
        f"assert not {set(others)!r} & set(sys.modules), sorted(sys.modules)"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)


@pytest.mark.parametrize(
    ("blind", "seed"),
    [
        ("heldout4", 4),
        ("heldout5", 5),
        ("heldout6", 6),
        ("heldout7", 7),
        ("heldout8", 8),
        ("heldout9", 9),
        ("heldout10", 10),
        ("heldout11", 11),
        ("heldout12", 12),
        ("heldout13", 14),
        ("heldout14", 15),
        ("heldout15", 16),
        ("heldout16", 17),
        ("heldout17", 18),
        ("heldout18", 19),
    ],
)
def test_enough_values_of_every_type_for_a_rate(blind, seed):
    """The README's counts: `--n 1000 --seed 4` (heldout4), `--n 1000 --seed 5` (heldout5), `--n 1000 --seed 6`
    (heldout6), `--n 1000 --seed 7` (heldout7), `--n 1000 --seed 8` (heldout8), `--n 1000 --seed 9` (heldout9),
    `--n 1000 --seed 10` (heldout10), `--n 1000 --seed 11` (heldout11), `--n 1000 --seed 12` (heldout12),
    `--n 1000 --seed 14` (heldout13; seed 13 is used elsewhere), `--n 1000 --seed 15` (heldout14),
    `--n 1000 --seed 16` (heldout15), `--n 1000 --seed 17` (heldout16), `--n 1000 --seed 18` (heldout17) and
    `--n 1000 --seed 19` (heldout18) hold at least 40 values (slots) of every entity type in each language, and at
    least 30 spans of every hard-negative kind the tests require."""
    recs = generate(blind, 1000, seed)
    vals = collections.Counter((s.split(":")[0], r["lang"]) for r in recs for s in {x["slot"] for x in r["labels"]})
    short = {(e, lang): vals[e, lang] for e in V.ENTITY_TYPES for lang in ("zh", "en") if vals[e, lang] < 40}
    assert not short, short
    kinds = collections.Counter(n["kind"] for r in recs for n in r["negatives"])
    required = ("public_figure", "product", "organisation", "code_identifier", "number", "money", "common_word")
    assert min(kinds[k] for k in required) >= 30, kinds
    assert min(kinds[k] for k in ("tracking_number", "order_number", "version", "timestamp", "service_number")) >= 30
