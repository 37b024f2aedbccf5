"""The residual check: personal data still present in a record, judged exactly as the stage judges it.

One function of truth for three users:

- the **stage** runs it on every record it has transformed; a finding rejects the record
  (``pii_residual``) instead of exporting it;
- the **validate gate** (``deidentified.no_residual_pii``) runs it on what reaches validation: on a
  de-identified record it finds nothing, by construction, because the stage already refused every
  record where it found something with the same policy and recognizers;
- ``python -m pipeline scan`` runs it on any dataset.

What counts as a residual finding: a finding of a gate type (:data:`~.entities.GATE_TYPES` and the
types of the Presidio recognizers the policy adds; plus names with ``names=True``) that the policy would transform (action other than ``keep``), at or above
its threshold, not allow-listed, and not inside what the stage itself wrote: a placeholder or
pseudonym token (``<PERSON_1>``, ``<PHONE_NUMBER_3f9a0c12de>``) or a surrogate the record lists in
``pii_surrogates``. Deny-list values are always findings. Context never comes from a placeholder (see
:func:`~.recognizers.base.context_before`), so replacing a neighbour does not change a verdict.

Findings carry the path of the string, the type, offsets and score, never the value; :func:`preview`
gives a masked shape for people to recognise what kind of value it was.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pipeline.core.records import Row
from pipeline.stages.deidentify.entities import GATE_TYPES, NAME_TYPES
from pipeline.stages.deidentify.fields import Text, is_annotator_id, record_texts
from pipeline.stages.deidentify.policy import Policy
from pipeline.stages.deidentify.recognizers.base import PLACEHOLDER_RE, RecognizerResult, result

if TYPE_CHECKING:
    from pipeline.stages.deidentify.analyzer import Analyzer

SURROGATES_COLUMN = "pii_surrogates"
"""Record column listing digests of the surrogate values the stage wrote (see ``anonymize.surrogate_digest``)."""


@dataclass(frozen=True)
class Residual:
    """One residual finding: where (string path and offsets), what type, how sure; never the value."""

    path: str
    entity_type: str
    start: int
    end: int
    score: float
    recognizer: str


def preview(text: str, start: int, end: int) -> str:
    """The shape of ``text[start:end]`` with every letter and digit hidden (``+1 ***-***-****``, ``*****@*****.***``)."""
    return "".join("*" if c.isalnum() else c for c in text[start:end])


class ResidualScanner:
    """Finds residual personal data in records under a policy (see the module docstring)."""

    def __init__(self, policy: Policy, *, names: bool = False, analyzer: Analyzer | None = None) -> None:
        """Scan for the policy's transformed gate types (and names with ``names=True``).

        ``analyzer`` is built from the policy when not given (structured recognizers only, unless
        ``names``; NER only with ``names``).
        """
        self.policy = policy
        wanted = set(GATE_TYPES) | (set(NAME_TYPES) if names else set())
        if policy.predefined_recognizers or policy.recognizer_registry is not None:
            from pipeline.stages.deidentify.analyzer import external_entities

            # the types of users' own recognizers: they declared them personal data, so the gate checks them
            wanted |= external_entities(policy.predefined_recognizers, policy.recognizer_registry) - set(NAME_TYPES)
        self.types = sorted(t for t, rule in policy.entities.items() if t in wanted and rule.action != "keep")
        if analyzer is None:
            from pipeline.stages.deidentify.analyzer import Analyzer

            analyzer = Analyzer(
                ner=names,
                predefined=policy.predefined_recognizers,
                registry_yaml=policy.recognizer_registry,
                entities=self.types,
            )
        self.analyzer = analyzer

    def scan_rows(self, rows: Sequence[Row], only: Sequence[Collection[str]] | None = None) -> list[list[Residual]]:
        """Residual findings per row (all strings of all rows analysed in one batch).

        ``only`` limits each row to the strings at those paths: the stage passes the strings it
        rewrote, because on a string it left unchanged the check finds nothing by construction (the
        same recognizers on the same text give the same findings, which the stage already judged by
        the same rules).
        """
        if only is None:
            per_row = [record_texts(row) for row in rows]
        else:  # most rows have no rewritten string: their strings are not even listed
            per_row = [
                [t for t in record_texts(row) if t.path in paths] if paths else []
                for row, paths in zip(rows, only, strict=True)
            ]
        flat = [(ri, t) for ri, texts in enumerate(per_row) for t in texts]
        langs = [str(rows[ri].get("lang") or "other") for ri, _ in flat]
        found = self.analyzer.analyze([t.text for _, t in flat], langs) if flat else []
        for (_, t), findings in zip(flat, found, strict=True):
            t.findings = list(findings)
        return [self.judge(texts, _surrogates(row)) if texts else [] for row, texts in zip(rows, per_row, strict=True)]

    def judge(self, texts: Iterable[Text], surrogates: Iterable[str] = ()) -> list[Residual]:
        """The residual findings among the analysed ``texts`` of one record."""
        from pipeline.stages.deidentify.anonymize import surrogate_digest
        from pipeline.stages.deidentify.overlap import recognizer_name

        made = set(surrogates)
        wanted = set(self.types)
        out: list[Residual] = []
        for t in texts:
            if is_annotator_id(t.path) and self.policy.annotator_ids == "keep":
                continue  # the policy keeps annotator ids as they are
            tokens = [(m.start(), m.end()) for m in PLACEHOLDER_RE.finditer(t.text)]
            hits: list[RecognizerResult] = [f for f in t.findings if f.entity_type in wanted]
            hits += deny_findings(t.text, self.policy)
            for f in hits:
                deny = recognizer_name(f) == "DenyListRecognizer"
                if not deny:
                    rule = self.policy.rule(f.entity_type)
                    value = t.text[f.start : f.end]
                    if f.score < rule.threshold or value.strip() in self.policy.allow_list:
                        continue
                    if any(s <= f.start and f.end <= e for s, e in tokens):
                        continue
                    if made and surrogate_digest(value) in made:
                        continue
                out.append(
                    Residual(t.path, f.entity_type, f.start, f.end, round(float(f.score), 4), recognizer_name(f) or "")
                )
        return sorted(out, key=lambda r: (r.path, r.start, r.end, r.entity_type))


def deny_findings(text: str, policy: Policy) -> list[RecognizerResult]:
    """Exact occurrences of the policy's deny-list strings in ``text`` (score 1.0)."""
    out = []
    for etype, values in sorted(policy.deny_list.items()):
        for value in values:
            for m in re.finditer(re.escape(value), text):
                out.append(result(etype, m.start(), m.end(), 1.0, "DenyListRecognizer"))
    return out


def _surrogates(row: Row) -> list[str]:
    value = row.get(SURROGATES_COLUMN)
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []
