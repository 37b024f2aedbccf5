"""``python -m pipeline guideline diff OLD NEW [--run RUN_DIR]``: what a guideline change changes.

:func:`diff_guidelines` lists the changes between two guidelines, section by section: labels added,
removed or renamed (a removed and an added label with the same definition), definitions, parents,
vocabulary (inline and knowledge base), boundary rules, intents, BIO tokens, field types with their
thresholds and feedback settings. :func:`run_impact` re-judges the records a run exported with the
new guideline's rules (:func:`pipeline.stages.validate.rules.check_record`) and counts how many
would be rejected, held or rewritten, by reason, and how many use each removed label or intent.
Counts only: no record text is printed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from pipeline.config import PipelineConfig
    from pipeline.config.guideline import Guideline, Intent, Label

MAX_TERMS = 10
"""Vocabulary terms named per label and direction; the rest are counted."""


def _terms(words: Iterable[str]) -> str:
    words = sorted(words)
    shown = ", ".join(words[:MAX_TERMS])
    return shown + (f" and {len(words) - MAX_TERMS} more" if len(words) > MAX_TERMS else "")


def _renamed(old: Mapping[str, Label | Intent], new: Mapping[str, Label | Intent]) -> dict[str, str]:
    """Removed name -> added name, where exactly one added entry has the removed one's definition."""
    removed = [k for k in old if k not in new]
    added = [k for k in new if k not in old]
    out: dict[str, str] = {}
    for r in removed:
        same = [a for a in added if new[a].definition == old[r].definition]
        if len(same) == 1 and same[0] not in out.values():
            out[r] = same[0]
    return out


def _named_changes(kind: str, old: Mapping[str, Label | Intent], new: Mapping[str, Label | Intent]) -> list[str]:
    """Added, removed and renamed entries, then a changed definition of each kept one."""
    renamed = _renamed(old, new)
    lines = [f"  + {kind} {name}" for name in sorted(set(new) - set(old) - set(renamed.values()))]
    lines += [f"  - {kind} {name}" for name in sorted(set(old) - set(new) - set(renamed))]
    lines += [f"  ~ {kind} {a} renamed to {b} (same definition)" for a, b in sorted(renamed.items())]
    lines += [
        f"  ~ {kind} {name}: definition changed"
        for name in sorted(set(old) & set(new))
        if old[name].definition != new[name].definition
    ]
    return lines


def _label_changes(old: Guideline, new: Guideline) -> list[str]:
    lines = _named_changes("label", old.labels, new.labels)
    for name in sorted(set(old.labels) & set(new.labels)):
        a, b = old.labels[name], new.labels[name]
        if a.parent != b.parent:
            lines.append(f"  ~ label {name}: parent {a.parent or '(none)'} -> {b.parent or '(none)'}")
        ta, tb = old.terms.get(name, frozenset()), new.terms.get(name, frozenset())
        if ta != tb:
            parts = []
            if tb - ta:
                parts.append(f"+{len(tb - ta)} ({_terms(tb - ta)})")
            if ta - tb:
                parts.append(f"-{len(ta - tb)} ({_terms(ta - tb)})")
            lines.append(f"  ~ label {name}: vocabulary {' '.join(parts)}")
        for key in ("prefixes", "suffixes"):
            pa_, pb = set(getattr(a.boundary, key)), set(getattr(b.boundary, key))
            if pa_ != pb:
                delta = [f"+{m}" for m in sorted(pb - pa_)] + [f"-{m}" for m in sorted(pa_ - pb)]
                lines.append(f"  ~ label {name}: boundary {key} {' '.join(delta)}")
        if a.boundary.action != b.boundary.action:
            lines.append(f"  ~ label {name}: boundary action {a.boundary.action} -> {b.boundary.action}")
    return lines


def _setting_changes(section: str, old: Mapping[str, object], new: Mapping[str, object]) -> list[str]:
    return [
        f"  ~ {section}.{key}: {old.get(key)} -> {new.get(key)}"
        for key in sorted(set(old) | set(new))
        if old.get(key) != new.get(key)
    ]


def diff_guidelines(old: Guideline, new: Guideline) -> list[str]:
    """The changes from ``old`` to ``new``, one line each, grouped by section (empty: no change)."""
    sections: list[tuple[str, list[str]]] = [
        ("labels", _label_changes(old, new)),
        ("intents", _named_changes("intent", old.intents, new.intents)),
        ("bio", _setting_changes("bio", asdict(old.bio), asdict(new.bio))),
        ("feedback", _setting_changes("feedback", asdict(old.feedback), asdict(new.feedback))),
    ]
    types: list[str] = []
    for name in sorted(set(new.field_types) - set(old.field_types)):
        ft = new.field_types[name]
        types.append(
            f"  + field type {name} ({ft.kind}, review below {ft.review_below}, reannotate below {ft.reannotate_below})"
        )
    for name in sorted(set(old.field_types) - set(new.field_types)):
        types.append(f"  - field type {name}")
    for name in sorted(set(old.field_types) & set(new.field_types)):
        types += _setting_changes(f"field_types.{name}", asdict(old.field_types[name]), asdict(new.field_types[name]))
    sections.append(("field types", types))
    lines: list[str] = []
    if (old.name, old.version) != (new.name, new.version):
        lines.append(f"guideline {old.name or '(unnamed)'} {old.version} -> {new.name or '(unnamed)'} {new.version}")
    for title, changes in sections:
        if changes:
            lines.append(f"{title}:")
            lines.extend(changes)
    return lines


def run_impact(run_dir: Path, old: Guideline, new: Guideline, config: PipelineConfig) -> list[str]:
    """How the change would affect the records ``run_dir`` exported (counts only; see the module doc)."""
    import pyarrow.parquet as pq

    from pipeline.stages.validate.rules import Rules, check_record

    files = sorted((run_dir / "export").glob("*.parquet"))
    rules = Rules.from_config(config, new)
    old_labels, new_labels = set(old.labels), set(new.labels)
    gone_labels, gone_intents = old_labels - new_labels, set(old.intents) - set(new.intents)
    outcomes: Counter[str] = Counter()
    uses: Counter[str] = Counter()
    records = 0
    for path in files:
        table = pq.read_table(path)
        cols = {
            c: table.column(c).to_pylist() if c in table.column_names else [None] * table.num_rows
            for c in (rules.field, "spans", "bio_tags", "intent", "annotations")
        }
        for i in range(table.num_rows):
            records += 1
            spans = cast("list[dict[str, object]] | None", cols["spans"][i])
            tags = cast("list[str] | None", cols["bio_tags"][i])
            intent = cast("str | None", cols["intent"][i])
            labels = {str(s["label"]) for s in spans or ()} | {t[2:] for t in tags or () if t != "O"}
            for label in sorted(labels & gone_labels):
                uses[f"label {label}"] += 1
            if intent in gone_intents:
                uses[f"intent {intent}"] += 1
            text = cols[rules.field][i]
            anns = [str(a["label"]) for a in cast("list[dict[str, object]]", cols["annotations"][i] or ())]
            text = text if isinstance(text, str) else None
            v = check_record(text, text, spans, tags, intent, anns, rules)
            if v.outcome != "keep":
                verb = "rejected" if v.outcome == "reject" else "held for review"
                outcomes[f"{verb} ({v.reason})"] += 1
            elif v.changed:
                outcomes["rewritten (spans or tags)"] += 1
    lines = [f"run {run_dir}: {records} exported record(s) re-checked with the new guideline"]
    affected = sum(outcomes.values())
    lines.append(f"  affected: {affected}, unchanged: {records - affected}")
    lines += [f"  would be {key}: {n}" for key, n in sorted(outcomes.items())]
    lines += [f"  use removed or renamed {key}: {n}" for key, n in sorted(uses.items())]
    return lines
