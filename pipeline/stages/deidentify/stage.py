"""The deidentify stage: find personal data in every field of a record and transform it by policy.

For each shard:

1. **analyse** (:class:`~pipeline.stages.deidentify.analyzer.Analyzer`, Presidio's ``AnalyzerEngine``):
   every text field (``instruction``, ``input``, ``output``, ``system``, every ``history`` turn) and
   the fields that are not text but can hold personal data: ``source_id`` and each annotator id;
2. **decide, record by record**: deny-list hits are added; findings under their entity's threshold and
   allow-listed values are dropped; name candidates of a record that holds other personal data are
   raised (:data:`~pipeline.stages.deidentify.recognizers.names.IN_PRIVATE_RECORD`); every other
   occurrence of a value that will be transformed is found in every field and turn of the record
   (record-level consistency); overlaps are resolved (:mod:`~pipeline.stages.deidentify.overlap`: a
   transforming action beats ``keep``);
3. reject ``pii_dropped`` if a finding's action is ``drop_record``, ``pii_too_dense`` if more than
   ``max_entities_per_record`` findings remain;
4. **transform** with Presidio's ``AnonymizerEngine`` (:mod:`~pipeline.stages.deidentify.anonymize`);
   an annotator id holding personal data becomes a keyed pseudonym (policy ``annotator_ids``) that
   stays the same across runs, so agreement reports can follow an annotator without naming them;
5. **check**: a replacement that itself reads as personal data (a bug, never expected) rejects the
   record as ``pii_residual``.

Kept records get ``pii_entities`` (entities transformed). Rejects never carry the record text. The
audit log ``audit/deidentify-NNNNN.parquet`` (one per shard) lists record id, field, entity type,
offsets, score, recognizer and action per finding, never the value.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import pyarrow as pa

from pipeline.core.records import TEXT_FIELDS, Row
from pipeline.core.stage import RecordStage, RejectBuilder, StageContext, StageResult
from pipeline.stages.deidentify.checked import checked_path, checked_table, policy_fingerprint, record_digest
from pipeline.stages.deidentify.entities import STRUCTURED_TYPES
from pipeline.stages.deidentify.fields import (
    NON_TEXT_FIELDS,
    Text,
    copy_row,
    is_annotator_id,
    is_field_value,
    record_texts,
    set_text,
)
from pipeline.stages.deidentify.overlap import recognizer_name, resolve
from pipeline.stages.deidentify.policy import Policy
from pipeline.stages.deidentify.recognizers.base import RecognizerResult, result
from pipeline.stages.deidentify.recognizers.identifiers import calendar_dates, column_siblings, same_date_spans
from pipeline.stages.deidentify.recognizers.idfields import id_field_findings
from pipeline.stages.deidentify.recognizers.names import GENERIC_ID, IN_PRIVATE_RECORD, NEUTRAL, PRIVATE, WEAK
from pipeline.stages.deidentify.recognizers.phones import NON_PHONE_CUES, PHONE_CUES
from pipeline.stages.deidentify.recognizers.public import public_name_spans
from pipeline.stages.deidentify.residual import SURROGATES_COLUMN, Residual, ResidualScanner, deny_findings
from pipeline.stages.deidentify.run_policy import load_run_policy as load_run_policy
from pipeline.stages.deidentify.run_policy import load_stage_policy as load_stage_policy
from pipeline.stages.deidentify.run_policy import policy_entities as policy_entities
from pipeline.stages.deidentify.whole_values import WholeValues, value_key
from pipeline.text.scripts import has_cjk

if TYPE_CHECKING:
    from presidio_anonymizer import AnonymizerEngine

    from pipeline.stages.deidentify.analyzer import Analyzer

STAGE = "deidentify"

AUDIT_SCHEMA = pa.schema(
    [
        pa.field("record_id", pa.string(), nullable=False),
        pa.field("field", pa.string(), nullable=False),
        pa.field("entity_type", pa.string(), nullable=False),
        pa.field("start", pa.int32(), nullable=False),
        pa.field("end", pa.int32(), nullable=False),
        pa.field("score", pa.float64(), nullable=False),
        pa.field("recognizer", pa.string(), nullable=False),
        pa.field("action", pa.string(), nullable=False),
    ]
)
"""The audit log: where something was found and what was done, never the value.

``start``/``end`` are offsets into the field as the stage received it, except for ``action ==
"residual"`` rows, whose offsets are into the transformed text that was rejected.
"""

PII_COLUMN = pa.field("pii_entities", pa.int32(), nullable=False)
"""Column added to kept records: number of entities transformed in the record."""

SURROGATES_FIELD = pa.field(SURROGATES_COLUMN, pa.list_(pa.string()), nullable=False)
"""Column added to kept records when the policy uses ``surrogate``: digests of the surrogates written."""

_ENGINES: dict[tuple[bool, bool, tuple[str, ...], str], Analyzer] = {}
_SCANNERS: dict[tuple[tuple[str, ...], str, int], ResidualScanner] = {}


def get_analyzer(policy: Policy, ner: bool) -> Analyzer:
    """A loaded :class:`~pipeline.stages.deidentify.analyzer.Analyzer` for ``policy``, cached per process."""
    from pipeline.stages.deidentify.analyzer import Analyzer

    skip_places = not locations_needed(policy)
    key = (ner, skip_places, policy.predefined_recognizers, str(policy.recognizer_registry or ""))
    if key not in _ENGINES:
        _ENGINES[key] = Analyzer(
            ner=ner,
            skip_place_windows=skip_places,
            predefined=policy.predefined_recognizers,
            registry_yaml=policy.recognizer_registry,
        ).load()
    return _ENGINES[key]


def get_scanner(policy: Policy) -> ResidualScanner:
    """The :class:`~pipeline.stages.deidentify.residual.ResidualScanner` for ``policy``, cached per process."""
    key = (policy.predefined_recognizers, str(policy.recognizer_registry or ""), id(policy))
    if key not in _SCANNERS:
        _SCANNERS.clear()
        _SCANNERS[key] = ResidualScanner(policy)
    return _SCANNERS[key]


def locations_needed(policy: Policy) -> bool:
    """True unless the policy keeps ``LOCATION``: then NER need not run just to find places."""
    rule = policy.entities.get("LOCATION")
    return rule is not None and rule.action != "keep"


# --------------------------------------------------------------------------- one record


def _transforms(policy: Policy, entity_type: str) -> bool:
    rule = policy.entities.get(entity_type)
    return rule is not None and rule.action != "keep"


def _kept_findings(texts: Sequence[Text], policy: Policy) -> tuple[list[tuple[str, RecognizerResult]], bool]:
    """Raise candidates in a private record, then drop findings under their threshold or allow-listed.

    In a record about a private person (it holds structured personal data or a name with a private
    cue), neutral name candidates rise to :data:`IN_PRIVATE_RECORD`, and so do uncued candidates of
    :data:`LINE_CANDIDATES` on the line of a name that will be transformed. Returns the
    allow-listed findings (for the audit log) and whether the record is private.
    """
    allowed: list[tuple[str, RecognizerResult]] = []
    private = _is_private(texts, policy)
    if private:
        for t in texts:
            for f in t.findings:
                if (
                    f.entity_type == "PERSON"
                    and NEUTRAL <= f.score < IN_PRIVATE_RECORD
                    and (f.score >= WEAK or _raisable(t.text[f.start : f.end]))
                ):
                    f.score = IN_PRIVATE_RECORD
            _raise_line_candidates(t, policy)
    _raise_asked_numbers(texts, policy)
    for t in texts:
        kept = []
        for f in t.findings:
            rule = policy.entities.get(f.entity_type)
            if rule is None or f.score < rule.threshold:
                continue
            if t.text[f.start : f.end].strip() in policy.allow_list:
                allowed.append((t.path, f))
                continue
            kept.append(f)
        t.findings = kept
    return allowed, private


def _is_private(texts: Sequence[Text], policy: Policy) -> bool:
    """True when the record holds structured personal data or a name with a private cue (both transformed)."""
    return any(
        (f.entity_type in STRUCTURED_TYPES or (f.entity_type == "PERSON" and f.score >= PRIVATE))
        and _transforms(policy, f.entity_type)
        and f.score >= policy.rule(f.entity_type).threshold
        for t in texts
        for f in t.findings
        if f.entity_type in policy.entities
    )


LINE_CANDIDATES = ("DATE_OF_BIRTH", "PHONE_NUMBER")
"""Types whose uncued candidates (a bare date, a bare number of phone shape) count on a private
person's line: ``Ingrid Berg / 03/21/1940``, ``Parent 2: Ana Ruiz, 8347869685``."""


def _raise_line_candidates(t: Text, policy: Policy) -> None:
    """Uncued candidates of :data:`LINE_CANDIDATES` on the line of a transformed name are raised."""
    candidates = [
        f
        for f in t.findings
        if f.entity_type in LINE_CANDIDATES
        and f.entity_type in policy.entities
        and CANDIDATE_FLOOR <= f.score < policy.rule(f.entity_type).threshold
    ]
    person = policy.entities.get("PERSON")
    if not candidates or person is None or person.action == "keep":
        return
    names = [f for f in t.findings if f.entity_type == "PERSON" and f.score >= person.threshold]
    if not names:
        return
    breaks = [i for i, c in enumerate(t.text) if c == "\n"]
    lines = {bisect.bisect_right(breaks, f.start) for f in names}
    for f in candidates:
        if bisect.bisect_right(breaks, f.start) in lines and not _keyed_otherwise(t.text, f):
            f.score = IN_PRIVATE_RECORD


def _keyed_otherwise(text: str, f: RecognizerResult) -> bool:
    """A phone candidate right after a key that names another kind of number (``学号2023110417``, ``Order #``).

    The number's own key outranks the person on its line (round 16): a student's number next to the student's
    name is the student number, not a phone.
    """
    return f.entity_type == "PHONE_NUMBER" and NON_PHONE_CUES.before(text, f.start, KEY_WINDOW, same_line=True)


KEY_WINDOW = 6
"""Characters before a line candidate searched for its own key (``学号``, ``order #``)."""


_ANSWER_PATH = re.compile(r"history\[(\d+)\]\[1\]")


def _raise_asked_numbers(texts: Sequence[Text], policy: Policy) -> None:
    """Uncued phone candidates in a history answer whose question asks for a phone number are raised.

    A question is the cue of its answer (round 16): ``Best phone for the insured?`` / ``8194066191, after 5pm``
    is a phone number as surely as ``phone: 8194066191``; the cue is only written in the other turn.
    """
    rule = policy.entities.get("PHONE_NUMBER")
    if rule is None:
        return
    questions = {t.path: t.text for t in texts if t.path.startswith("history[")}
    for t in texts:
        m = _ANSWER_PATH.fullmatch(t.path)
        if m is None:
            continue
        candidates = [
            f for f in t.findings if f.entity_type == "PHONE_NUMBER" and CANDIDATE_FLOOR <= f.score < rule.threshold
        ]
        if candidates and PHONE_CUES.search(questions.get(f"history[{m.group(1)}][0]", "")):
            for f in candidates:
                f.score = IN_PRIVATE_RECORD


def _raisable(value: str) -> bool:
    """A neutral name candidate that a private record may raise: two or more words, or a CJK name.

    One capitalised word alone ("Grace period", "Java", "Pixel 8") is too often not a name, and a
    candidate holding a digit is a code or a reference (``ABX-301 112``, ``Model 3``), not a name.
    """
    if any(c.isdigit() for c in value):
        return False
    if has_cjk(value):
        return True
    return len(value.split()) >= 2


_LOGIN_VALUE = re.compile(r"[a-z][a-z0-9]*(?:[._-][a-z0-9]+)*")
"""A person's login as found (lower case, ``.``/``_``/``-`` joined: ``yaochao.shi``, ``ji-woo_jung``); of five
characters or more it is followed into file names and ids, where ``_`` joins it to other words (round 15)."""
_LOGIN_MIN = 5
_NUMBER_VALUE = re.compile(r"\+?[\d \t.\-()]+")
_NUMBER_RUN = re.compile(r"(?<![0-9A-Za-z_+])(?:\+[ \t]?)?\(?\d(?:(?:[ \t\-()]|\.(?![ \t])){0,2}\d)+(?![0-9A-Za-z_])")
"""A written number in any grouping (``332-212-8576``, ``(332) 212 8576``, ``3322128576``, ``+1 332…``);
CJK characters are boundaries (``234553251这种美国SSN``); a dot followed by a space ends a sentence, not a group
(``call (332) 212-8576. 305 has none``, round 16)."""


def _digit_keys(value: str) -> set[str]:
    """The digit strings under which a number value is followed in other written forms (empty: not a number).

    A value of separators and at least seven digits only; with a ``+1``/``+86`` prefix also its national part.
    """
    if not _NUMBER_VALUE.fullmatch(value):
        return set()
    digits = re.sub(r"\D", "", value)
    if len(digits) < 7:
        return set()
    keys = {digits}
    if value.lstrip().startswith("+"):
        if len(digits) == 11 and digits[0] == "1":
            keys.add(digits[1:])
        elif len(digits) == 13 and digits[:2] == "86":
            keys.add(digits[2:])
    return keys


def _same_number_spans(text: str, keys: dict[str, tuple[str, float]]) -> Iterable[tuple[int, int, str, float]]:
    """Spans of numbers in ``text`` whose digits are one of ``keys``, however grouped (type and score of the key)."""
    for m in _NUMBER_RUN.finditer(text):
        span = m.group()
        start, end = m.start(), m.end()
        if span.startswith("(") and span.count("(") > span.count(")"):
            start += 1
        digits = re.sub(r"\D", "", text[start:end])
        found = keys.get(digits)
        if found is None and len(digits) == 11 and digits[0] == "1":
            found = keys.get(digits[1:])
        if found is not None:
            yield start, end, found[0], found[1]


def _consistency(texts: Sequence[Text], policy: Policy) -> None:
    """Find every other occurrence, in the record, of each value that will be transformed.

    Whole values are matched everywhere (see :mod:`~pipeline.stages.deidentify.whole_values`); for a person's name, its
    parts (a given name, a family name of 3 or more letters) are matched too where they stand as
    capitalised words (``Matthew Carter`` ... ``Hi Matthew``); a Chinese name is followed with and
    without a space in it (``赖 军静`` ... ``赖军静``). A finding of the same value found
    elsewhere at a lower score takes the value's best score, so the parts added here at that score
    never outrank the whole name (``Rose Carter`` stays one ``<PERSON_1>``). A date of birth is
    followed to the same calendar date in any other format (``1/19/1965`` ... ``January 19, 1965``),
    and a number (a phone, a card) to the same digits in any other grouping (``332-212-8576`` ...
    ``3322128576``).
    """
    values: dict[str, tuple[str, float]] = {}
    originals: set[str] = set()
    parts: dict[str, tuple[str, float]] = {}
    numbers: dict[str, tuple[str, float]] = {}
    logins: dict[str, float] = {}
    for t in texts:
        for f in t.findings:
            if not _transforms(policy, f.entity_type):
                continue
            value = t.text[f.start : f.end].strip()
            for key in _digit_keys(value):
                numbers.setdefault(key, (f.entity_type, f.score))
            if len(value) < 3 and not has_cjk(value):
                continue
            key = value_key(value)
            if key not in values or (values[key][0] == f.entity_type and values[key][1] < f.score):
                values[key] = (f.entity_type, f.score)  # the value's best score (round 19: first-found before)
            originals.add(value)
            if f.entity_type == "PERSON":
                if len(value) >= _LOGIN_MIN and _LOGIN_VALUE.fullmatch(value):
                    logins.setdefault(value, f.score)
                for part in re.split(r"[\s,._\-]+", value):  # "Tanaka, Ji-woo": Tanaka
                    if len(part) >= 3 and part[:1].isupper() and part.isalpha():
                        parts.setdefault(part, ("PERSON", f.score))
    # a date of birth in one field, written in another format elsewhere (1/19/1965 ... January 19, 1965)
    births: set[tuple[int, int, int]] = set()
    birth_score = 0.0
    for t in texts:
        for f in t.findings:
            if f.entity_type == "DATE_OF_BIRTH" and _transforms(policy, f.entity_type):
                births |= calendar_dates(t.text[f.start : f.end])
                birth_score = max(birth_score, f.score)
    if not values and not parts and not numbers:
        return
    login_re = (
        re.compile(
            r"(?<![A-Za-z0-9])(?:"
            + "|".join(map(re.escape, sorted(logins, key=len, reverse=True)))
            + r")(?![A-Za-z0-9])"
        )
        if logins
        else None
    )
    whole = WholeValues(originals)
    part_re = (
        re.compile(
            r"(?<![\w])(?:" + "|".join(re.escape(p) for p in sorted(parts, key=len, reverse=True)) + r")(?![\w])"
        )
        if parts
        else None
    )
    for t in texts:
        have: dict[tuple[int, int], list[RecognizerResult]] = {}
        for f in t.findings:
            have.setdefault((f.start, f.end), []).append(f)
        extra: list[RecognizerResult] = []
        for start, end in whole.spans(t.text) if values else ():
            key = value_key(t.text[start:end])
            if key not in values:
                continue
            etype, score = values[key]
            found = have.get((start, end))
            if not any(f.entity_type == etype for f in found or ()):
                # also where the span holds only another type (a kept LOCATION on a plate found elsewhere)
                extra.append(result(etype, start, end, score, "RecordConsistency"))
            for f in found or ():
                if f.entity_type == etype and f.score < score:
                    f.score = score  # the value's best score everywhere: its parts never outrank it
        if part_re is not None:
            public: list[tuple[int, int]] | None = None
            for m in part_re.finditer(t.text):
                etype, score = parts[m.group()]
                if (m.start(), m.end()) not in have:
                    if public is None:
                        public = public_name_spans(t.text)
                    if any(s <= m.start() and m.end() <= e for s, e in public):
                        continue  # "Bill" of a private Bill Bennett is not the Bill of Bill Bryson, a listed name
                    extra.append(result(etype, m.start(), m.end(), score, "RecordConsistency"))
        for m in login_re.finditer(t.text) if login_re is not None else ():
            # a login as a word of a file name or an id (``customer_<login>.xlsx``): ``_`` separates it there
            if not any(f.start < m.end() and m.start() < f.end for f in (*t.findings, *extra)):
                extra.append(result("PERSON", m.start(), m.end(), logins[m.group()], "RecordConsistency"))
        for start, end, etype, score in _same_number_spans(t.text, numbers) if numbers else ():
            if not any(f.entity_type == etype for f in have.get((start, end), ())) and not any(
                f.start <= start and end <= f.end for f in t.findings if f.entity_type == etype
            ):
                extra.append(result(etype, start, end, score, "RecordConsistency"))
        for start, end in same_date_spans(t.text, births) if births else ():
            if not any(f.entity_type == "DATE_OF_BIRTH" for f in have.get((start, end), ())):
                extra.append(result("DATE_OF_BIRTH", start, end, birth_score, "RecordConsistency"))
        t.findings.extend(extra)


def _column_consistency(texts: Sequence[Text], policy: Policy) -> bool:
    """Give the other cells of a table column the type of a plate, record or passport number found in it.

    See :func:`~pipeline.stages.deidentify.recognizers.identifiers.column_siblings`: runs after record
    consistency (a value found by its cue in the answer marks its cell in the table of the question).
    True when a finding was added (record consistency then follows the new values).
    """
    added = False
    for t in texts:
        cells = column_siblings(t.text, [f for f in t.findings if _transforms(policy, f.entity_type)])
        for start, end, etype, score in cells:
            t.findings.append(result(etype, start, end, score, "ColumnConsistency"))
            added = True
    return added


def _drop_public_text(texts: Sequence[Text], found: dict[str, list[tuple[int, int, bool, bool]]]) -> None:
    """Drop ``PERSON`` findings on products, organisations, characters and landmarks.

    ``Dyson V15``, ``Wells Fargo``, 戴森V12, 阿里巴巴 or ``Harry Potter`` are no private persons,
    whoever else the record names (see :func:`.public.public_text_spans`); a character's or public
    figure's name only without a private cue (a pupil called 雷军 stays private). Runs before the
    record's privacy is decided and again after consistency (which may copy a name onto a product);
    ``found`` keeps each string's public spans between the two calls (by path).
    """
    from pipeline.stages.deidentify.recognizers.public import public_text_spans

    for t in texts:
        if not any(f.entity_type == "PERSON" for f in t.findings):
            continue
        spans = found.get(t.path)
        if spans is None:
            spans = found[t.path] = public_text_spans(t.text)
        kept = []
        for f in t.findings:
            if f.entity_type == "PERSON":
                uncued = f.score < PRIVATE
                if any(
                    ((f.start == s and f.end == e) if whole else (f.start < e and s < f.end)) and (uncued or not named)
                    for s, e, whole, named in spans
                ):
                    continue
            kept.append(f)
        t.findings = kept


@dataclass
class RecordOutcome:
    """What the stage decided for one record."""

    row: dict[str, object] | None
    reject: tuple[str, str] | None = None
    audit: list[dict[str, object]] = field(default_factory=list)
    entities: int = 0
    changed: frozenset[str] = frozenset()
    """Paths of the strings the stage rewrote (the residual check reads only these, see ``run``)."""


def process_record(
    row: Row, texts: list[Text], policy: Policy, engine: AnonymizerEngine, counters: Counter[str]
) -> RecordOutcome:
    """Decide, transform and audit one record (see the module docstring); ``texts`` carry the findings."""
    from pipeline.stages.deidentify.anonymize import RecordAnonymizer

    rid = str(row["record_id"])
    for t in texts:
        if policy.deny_list:
            t.findings.extend(deny_findings(t.text, policy))
    public: dict[str, list[tuple[int, int, bool, bool]]] = {}
    _drop_public_text(texts, public)
    allowed, _ = _kept_findings(texts, policy)
    _consistency(texts, policy)
    if _column_consistency(texts, policy):
        _consistency(texts, policy)
    _drop_public_text(texts, public)
    for t in texts:
        t.findings = resolve(t.findings, lambda etype: _transforms(policy, etype))
    audit = [_audit(rid, fld, f, "allowed") for fld, f in allowed]
    counters["allowed"] += len(allowed)
    active = [(t.path, f) for t in texts for f in t.findings if _transforms(policy, f.entity_type)]
    drops = [(fld, f) for fld, f in active if policy.rule(f.entity_type).action == "drop_record"]
    if drops:
        audit += [_audit(rid, t.path, f, policy.rule(f.entity_type).action) for t in texts for f in t.findings]
        fld, f = drops[0]
        detail = f"field {fld}: {f.entity_type} at {f.start}-{f.end} (policy drop_record)"
        return RecordOutcome(None, ("pii_dropped", detail), audit)
    if len(active) > policy.max_entities_per_record:
        audit += [_audit(rid, t.path, f, "rejected_too_dense") for t in texts for f in t.findings]
        return RecordOutcome(
            None,
            ("pii_too_dense", f"{len(active)} entities > max_entities_per_record {policy.max_entities_per_record}"),
            audit,
        )
    anonymizer = RecordAnonymizer(policy, engine)
    new_row = copy_row(row)
    surrogates: list[str] = []
    changed: set[str] = set()
    for t in texts:
        if not t.findings:
            continue
        if is_annotator_id(t.path):
            new_text = _annotator_id(t, policy)
            audit += [_audit(rid, t.path, f, f"annotator_{policy.annotator_ids}") for f in t.findings]
        else:
            new_text, applied = anonymizer.apply(t.text, t.findings)
            for a in applied:
                audit.append(_audit(rid, t.path, a.finding, a.action))
                counters[f"entity.{a.finding.entity_type}"] += 1
                counters[f"action.{a.action}"] += 1
            surrogates += anonymizer.surrogate_digests(new_text, applied)
        set_text(new_row, t.path, new_text)
        changed.add(t.path)
    new_row["pii_entities"] = len(active)
    if policy.uses_surrogates:
        new_row[SURROGATES_COLUMN] = sorted(set(surrogates))
    if active:
        counters["records_with_pii"] += 1
    return RecordOutcome(new_row, None, audit, len(active), frozenset(changed))


def residual_outcome(rid: str, outcome: RecordOutcome, found: Sequence[Residual]) -> RecordOutcome:
    """``outcome`` turned into a ``pii_residual`` reject when the residual check found something."""
    if not found:
        return outcome
    audit = outcome.audit + [
        _audit(rid, r.path, result(r.entity_type, r.start, r.end, r.score, r.recognizer), "residual") for r in found
    ]
    first = found[0]
    detail = f"field {first.path}: {first.entity_type} at {first.start}-{first.end} after transformation"
    return RecordOutcome(None, ("pii_residual", detail), audit)


def retransform(
    row: Row,
    texts: list[Text],
    outcome: RecordOutcome,
    found: Sequence[Residual],
    policy: Policy,
    engine: AnonymizerEngine,
    scanner: ResidualScanner,
) -> tuple[RecordOutcome, list[Residual]]:
    """The record transformed once more with what the residual check found, and what the check finds then.

    The check reads the transformed strings, where a placeholder can end a run of digits the stage read as one
    (``440305 19870615 6119 6217 0012 3456 7000``: an ID and a card in one row, cut apart only once the ID is
    replaced). A value the check finds is text of the original record (the check only reads strings the stage
    rewrote, and a residual never lies inside a placeholder it wrote); the stage adds it, with every other
    occurrence, to the findings and transforms the record again (round 16). The check then reads the result
    again; only what it still finds rejects the record. Runs only for records the check flagged.
    """
    out = outcome.row
    if out is None:
        return outcome, list(found)
    transformed = {t.path: t.text for t in record_texts(out)}
    for r in found:
        value = transformed.get(r.path, "")[r.start : r.end]
        if not value.strip() or "<" in value or "*" in value or not any(value in t.text for t in texts):
            return outcome, list(found)
        for t in texts:
            start = t.text.find(value)
            while start >= 0:
                t.findings.append(result(r.entity_type, start, start + len(value), r.score, "ResidualCheck"))
                start = t.text.find(value, start + len(value))
    again = process_record(row, texts, policy, engine, Counter())
    if again.row is None:
        return again, []
    return again, scanner.scan_rows([again.row], [again.changed])[0]


def _annotator_id(t: Text, policy: Policy) -> str:
    """An annotator id holding personal data: a keyed pseudonym (stable across runs), a placeholder, or kept."""
    from pipeline.stages.deidentify.ids import person_id

    return person_id(t.text, policy.annotator_ids, policy.key)


def _audit(rid: str, fld: str, f: RecognizerResult, action: str) -> dict[str, object]:
    return {
        "record_id": rid,
        "field": fld,
        "entity_type": f.entity_type,
        "start": f.start,
        "end": f.end,
        "score": float(f.score),
        "recognizer": recognizer_name(f) or "unknown",
        "action": action,
    }


# --------------------------------------------------------------------------- the stage


CANDIDATE_FLOOR = 0.3
"""Lowest score of a candidate the stage may raise."""

CHUNK_ROWS = 2000
"""Records analysed, transformed and checked together (progress advances after each chunk)."""


def analyse_rows(
    rows: Sequence[Row], analyzer: Analyzer, workers: int, policy: Policy | None = None
) -> list[list[Text]]:
    """The strings of each row with their findings; a non-generic annotator id is one finding as a whole.

    With ``policy`` (and a policy for which :func:`taggers_where_needed` holds), the name taggers
    (English NER, jieba) run only where their candidates can change the output: on texts where a
    private cue may precede a name (:func:`~pipeline.stages.deidentify.recognizers.names.may_have_cued_name`,
    :func:`~pipeline.stages.deidentify.recognizers.person_zh.may_have_strong_name`), and on every
    text of a record that turns out private without them. Elsewhere their candidates could only be
    neutral or weak names, which the policy leaves (below the threshold, never raised outside a
    private record), or kept places: the transformed text is the same, and only the audit rows of
    kept places found there are missing. Without ``policy``, the taggers run on every text.
    """
    per_row = [record_texts(row) for row in rows]
    flat = [(ri, t) for ri, texts in enumerate(per_row) for t in texts]
    langs = [str(rows[ri].get("lang") or "other") for ri, _ in flat]
    texts = [t.text for _, t in flat]
    mask: list[bool] | None = None
    if policy is not None and analyzer.taggers and taggers_where_needed(policy):
        from pipeline.stages.deidentify.recognizers.names import may_have_cued_name
        from pipeline.stages.deidentify.recognizers.person_zh import may_have_strong_name

        mask = tagger_mask(texts, may_have_cued_name, may_have_strong_name)
    found = analyzer.analyze_parallel(texts, langs, workers, mask)
    for (_, t), findings in zip(flat, found, strict=True):
        _set_findings(t, findings)
    if mask is not None and policy is not None:
        private = [_is_private(row_texts, policy) for row_texts in per_row]
        redo = [k for k, (ri, _) in enumerate(flat) if private[ri] and not mask[k]]
        if redo:
            again = analyzer.analyze_parallel([texts[k] for k in redo], [langs[k] for k in redo], workers)
            for k, findings in zip(redo, again, strict=True):
                _set_findings(flat[k][1], findings)
    return per_row


def tagger_mask(texts: Sequence[str], cued_en: Callable[[str], bool], strong_zh: Callable[[str], bool]) -> list[bool]:
    """``cued_en(text) or strong_zh(text)`` for each text, each distinct string asked once.

    A batch repeats strings (annotator ids, shared prompts), and ``strong_zh`` is not asked about
    an ASCII text: every match of its patterns holds a Han character (tested).
    """
    seen: dict[str, bool] = {}
    out = []
    for text in texts:
        flag = seen.get(text)
        if flag is None:
            flag = seen[text] = cued_en(text) or (not text.isascii() and strong_zh(text))
        out.append(flag)
    return out


def taggers_where_needed(policy: Policy) -> bool:
    """True when tagger candidates that no cue marks cannot matter outside a private record.

    That holds when ``PERSON`` is transformed only at or above a threshold higher than
    :data:`WEAK` (neutral and weak candidates stay below it unless raised) and places are kept.
    """
    person = policy.entities.get("PERSON")
    return (person is None or person.action == "keep" or person.threshold > WEAK) and not locations_needed(policy)


def _set_findings(t: Text, findings: Sequence[RecognizerResult]) -> None:
    """``t``'s analyzer findings, plus those of id fields and annotator ids."""
    t.findings = list(findings)
    if t.path in NON_TEXT_FIELDS or is_field_value(t.path):  # ids and field values: no context words
        t.findings += id_field_findings(t.text)
    # an annotator id that is not a generic number can identify a person
    if is_annotator_id(t.path) and not GENERIC_ID.match(t.text.strip()):
        best = max(t.findings, key=lambda f: f.score) if t.findings else None
        etype = best.entity_type if best is not None else "PERSON"
        t.findings = [result(etype, 0, len(t.text), 1.0, "AnnotatorId")]


def run(table: pa.Table, ctx: StageContext) -> StageResult:
    """De-identify ``table`` per the configured policy (see the module docstring)."""
    cfg = ctx.config.deidentify
    out_schema = table.schema.append(PII_COLUMN) if "pii_entities" not in table.schema.names else table.schema
    if not cfg.enabled:
        kept = (
            table
            if "pii_entities" in table.schema.names
            else table.append_column(PII_COLUMN, pa.array([0] * table.num_rows, pa.int32()))
        )
        return StageResult(kept=kept, counters={"disabled": 1})
    from pipeline.core.atomic import write_parquet_atomic
    from pipeline.stages.deidentify.analyzer import default_workers
    from pipeline.stages.deidentify.anonymize import anonymizer_engine

    policy = load_stage_policy(ctx)  # fails closed before the slow model load
    if policy.uses_surrogates and SURROGATES_COLUMN not in out_schema.names:
        out_schema = out_schema.append(SURROGATES_FIELD)
    ctx.progress.start(STAGE, table.num_rows)
    analyzer = get_analyzer(policy, cfg.ner)
    scanner = get_scanner(policy)
    engine = anonymizer_engine()
    workers = cfg.workers or default_workers()
    kept_rows: list[dict[str, object]] = []
    rejects = RejectBuilder(STAGE)
    audit: list[dict[str, object]] = []
    counters: Counter[str] = Counter()
    texts_scanned = 0
    fingerprint = policy_fingerprint(policy, scanner.types)
    checked_ids: list[str] = []
    checked_digests: list[bytes] = []
    for lo in range(0, table.num_rows, CHUNK_ROWS):  # chunks: progress moves, memory stays bounded
        rows = table.slice(lo, CHUNK_ROWS).to_pylist()
        per_row = analyse_rows(rows, analyzer, workers, policy)
        texts_scanned += sum(len(texts) for texts in per_row)
        outcomes = [
            process_record(row, texts, policy, engine, counters) for row, texts in zip(rows, per_row, strict=True)
        ]
        done = [o.row for o in outcomes if o.row is not None]
        texts_of = {id(row): texts for row, texts in zip(rows, per_row, strict=True)}
        residuals = iter(scanner.scan_rows(done, [o.changed for o in outcomes if o.row is not None]))
        for row, outcome in zip(rows, outcomes, strict=True):
            if outcome.row is not None:
                found = next(residuals)
                if found:
                    outcome, found = retransform(row, texts_of[id(row)], outcome, found, policy, engine, scanner)
                    counters["residual_retransformed"] += 1
                outcome = residual_outcome(str(row["record_id"]), outcome, found)
            audit += outcome.audit
            if outcome.reject is not None:
                rejects.add(row, outcome.reject[0], outcome.reject[1], keep_record=False)
            elif outcome.row is not None:
                kept_rows.append(outcome.row)
                checked_ids.append(str(outcome.row["record_id"]))
                checked_digests.append(record_digest(outcome.row, fingerprint))
        ctx.progress.advance(len(rows))
    ctx.progress.finish()
    write_parquet_atomic(
        pa.Table.from_pylist(audit, schema=AUDIT_SCHEMA) if audit else AUDIT_SCHEMA.empty_table(),
        ctx.artifact_path("audit", ctx.artifact_name("deidentify") + ".parquet"),
    )
    write_parquet_atomic(checked_table(checked_ids, checked_digests), checked_path(ctx.run_dir, ctx.shard))
    kept = pa.Table.from_pylist(kept_rows, schema=out_schema) if kept_rows else out_schema.empty_table()
    result_counters: dict[str, float] = {"texts_scanned": texts_scanned, **dict(sorted(counters.items()))}
    result_counters["entities_total"] = sum(v for k, v in counters.items() if k.startswith("entity."))
    return StageResult(
        kept=kept,
        rejected=rejects.table(),
        counters=result_counters,
        report={"policy": policy.summary(), "text_fields": [*TEXT_FIELDS, "history", *NON_TEXT_FIELDS, "annotator_id"]},
    )


class Deidentify:
    """The deidentify stage as a per-shard :class:`~pipeline.core.stage.RecordStage`."""

    run = staticmethod(run)


STAGE_IMPL: RecordStage = Deidentify()
