"""Read a finished run directory and the dataset versions back for a person: ``show``, ``explain``, ``versions``.

Everything here reads what the run wrote (``manifest.json``, ``rejected/``, ``duplicates/``,
``review/``, ``audit/``, ``export/`` through :class:`~pipeline.runtime.rundir.RunDir`) and returns
plain text; nothing is recomputed. No record text is ever printed: an explanation names the
record's stage, reason code, the rule's detail (threshold and measured value, as the stage wrote
it; those details never carry values), its source position, and other records only by id.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline.runtime.payloads import Manifest
from pipeline.runtime.quality import FORMULA, VersionQuality, trend
from pipeline.runtime.rundir import RunDir
from pipeline.runtime.versions import DatasetStore, VersionFile, versions_diff

SPLIT_NAMES = ("train", "validation")


def _rows(path: Path, record_id: str, columns: list[str] | None = None) -> list[dict[str, object]]:
    """The rows of ``path`` whose ``record_id`` is ``record_id`` (only ``columns`` when given)."""
    if not path.is_file():
        return []
    names = pq.read_schema(path).names
    if "record_id" not in names:
        return []
    wanted = None if columns is None else [c for c in columns if c in names]
    table = pq.read_table(path, columns=wanted if wanted is None else sorted({"record_id", *wanted}))
    rows: list[dict[str, object]] = table.filter(pc.equal(table.column("record_id"), record_id)).to_pylist()
    return rows


def _outcome_files(run: RunDir, outcome: str) -> list[Path]:
    folder = run.path(outcome)
    return sorted(folder.glob("*.parquet")) if folder.is_dir() else []


def _column_counts(path: Path, column: str) -> Counter[str]:
    if not path.is_file() or column not in pq.read_schema(path).names:
        return Counter()
    return Counter(str(v) for v in pq.read_table(path, columns=[column]).column(column).to_pylist())


def show_run(run_dir: str | Path) -> str:
    """The summary of a finished run: stage table, the funnel, reasons by stage, outputs and versions.

    Raises :class:`~pipeline.errors.StageError` when the run has no ``manifest.json``.
    """
    run = RunDir(run_dir)
    manifest: Manifest = run.read_manifest()
    counts = manifest["counts"]
    lines = [
        f"run {manifest['run_id']}  dataset {manifest['dataset_name']}",
        "",
        "stage        in        kept    rejected  duplicates  review",
    ]
    for st in manifest["stages"]:
        lines.append(
            f"{st['stage']:<10}{st['records_in']:>10,}{st['kept']:>10,}{st['rejected']:>10,}"
            f"{st['duplicates']:>12,}{st['review']:>8,}"
        )
    rows = {o["split"]: o.get("rows", 0) for o in manifest["outputs"] if o.get("split")}
    lines += [
        "",
        f"records in {counts['input']:,} = exported {counts['exported']:,} + rejected {counts['rejected']:,}"
        f" + duplicates {counts['duplicates']:,} + review {counts['review']:,}",
    ]
    if manifest.get("skipped"):
        lines.append(f"paths skipped: {len(manifest['skipped'])} (not records; see manifest skipped)")
    lines.append("rejected by reason:" if manifest["rejected_by_reason"] else "rejected by reason: none")
    lines += [f"  {code:<40}{n:>8,}" for code, n in sorted(manifest["rejected_by_reason"].items())]
    for outcome, column, title in (
        ("duplicates", "method", "duplicates by method"),
        ("review", "reason", "held for review by reason"),
    ):
        per: list[tuple[str, int]] = []
        for path in _outcome_files(run, outcome):
            per += [(f"{path.stem}/{k}", n) for k, n in sorted(_column_counts(path, column).items())]
        if per:
            lines.append(f"{title}:")
            lines += [f"  {code:<40}{n:>8,}" for code, n in per]
    lines += ["", f"dataset:  {run.export_dir}  " + ", ".join(f"{s} {rows.get(s, 0):,}" for s in SPLIT_NAMES)]
    lines.append(f"manifest: {run.manifest_path}")
    if run.report_path.is_file():
        lines.append(f"report:   {run.report_path}")
    lines += ["", "versions:"]
    lines += [f"  {name:<24}{version}" for name, version in sorted(manifest["versions"].items())]
    return "\n".join(lines)


def _source(row: dict[str, object]) -> str:
    where = f"{row.get('corpus')}/{row.get('source_file')}"
    if row.get("source_line") is not None:
        where += f" line {row['source_line']}"
    if row.get("source_index") is not None:
        where += f" (record {row['source_index']} of the file)"
    return where


def _stage_report(manifest: Manifest, stage: str) -> dict[str, object]:
    for st in manifest["stages"]:
        if st["stage"] == stage:
            return dict(st["report"])
    return {}


def _dedup_rule(manifest: Manifest, method: str, similarity: object) -> str:
    section = manifest["config"].get("dedup")
    cfg: dict[str, object] = section if isinstance(section, dict) else {}
    key = cfg.get("key", "?")
    if method == "exact":
        return f"rule: exact match on the normalised {key} key (similarity {similarity})"
    if method == "history":
        return f"rule: matches a record of an earlier export (dedup history; similarity {similarity})"
    return (
        f"rule: near-duplicate ({method}), estimated Jaccard similarity {similarity} >= dedup.threshold "
        f"{cfg.get('threshold', '?')} (MinHash over the {key} key)"
    )


def _pii_lines(run: RunDir, manifest: Manifest, record_id: str) -> list[str]:
    policy = _stage_report(manifest, "deidentify").get("policy")
    entities = policy.get("entities", {}) if isinstance(policy, dict) else {}
    found: list[dict[str, object]] = []
    for path in sorted(run.path("audit").glob("deidentify*.parquet")) if run.path("audit").is_dir() else []:
        found += _rows(path, record_id, ["field", "entity_type", "start", "end", "score", "recognizer", "action"])
    if not found:
        return ["de-identification: no personal data found"]
    lines = [f"de-identification: {len(found)} span(s) replaced (original text is not kept or shown)"]
    for f in sorted(found, key=lambda r: (str(r["field"]), int(str(r["start"])))):
        rule = entities.get(str(f["entity_type"]), {}) if isinstance(entities, dict) else {}
        threshold = rule.get("threshold", "?") if isinstance(rule, dict) else "?"
        lines.append(
            f"  {f['field']}[{f['start']}:{f['end']}] {f['entity_type']} by {f['recognizer']}: "
            f"score {float(str(f['score'])):.2f} >= threshold {threshold}, action {f['action']}"
        )
    return lines


def explain_record(run_dir: str | Path, record_id: str) -> str | None:
    """Where record ``record_id`` went in a finished run and why; None when the run has no such record.

    Looks in ``rejected/`` (stage, reason, detail), ``duplicates/`` (the record it duplicates, by id,
    the method and similarity against the configured threshold), ``review/`` (reason, detail,
    queue, votes) and ``export/`` (split, de-identified spans with recognizer, score and threshold,
    agreement status). Prints no record text.
    """
    run = RunDir(run_dir)
    manifest = run.read_manifest()
    head = f"record {record_id}"
    for path in _outcome_files(run, "rejected"):
        for row in _rows(
            path, record_id, ["stage", "reason", "detail", "corpus", "source_file", "source_index", "source_line"]
        ):
            return "\n".join(
                [
                    head,
                    f"outcome: rejected at stage {row['stage']}",
                    f"reason:  {row['stage']}/{row['reason']}",
                    f"detail:  {row['detail']}",
                    f"source:  {_source(row)}",
                ]
            )
    for path in _outcome_files(run, "duplicates"):
        for row in _rows(path, record_id):
            return "\n".join(
                [
                    head,
                    f"outcome: removed at stage {path.stem} as a duplicate of record {row['duplicate_of']}",
                    _dedup_rule(manifest, str(row.get("method")), row.get("similarity")),
                    f"source:  {_source(row)}",
                    f"explain the kept record with: python -m pipeline explain {run.root} {row['duplicate_of']}",
                ]
            )
    for path in _outcome_files(run, "review"):
        for row in _rows(
            path,
            record_id,
            [
                "stage",
                "reason",
                "detail",
                "queue",
                "consensus_label",
                "vote_share",
                "n_annotators",
                "confidence_score",
                "votes",
                "fields_flagged",
                "priority",
            ],
        ):
            lines = [
                head,
                f"outcome: held for review at stage {row.get('stage', path.stem)} (queue {row.get('queue')})",
                f"reason:  {row.get('stage', path.stem)}/{row['reason']}",
                f"detail:  {row['detail']}",
            ]
            if row.get("votes") is not None:
                lines.append(
                    f"votes:   {row['votes']} ({row.get('n_annotators')} annotators, consensus "
                    f"{row.get('consensus_label')}, vote share {row.get('vote_share')})"
                )
            if row.get("fields_flagged"):
                lines.append(f"fields:  {row['fields_flagged']}")
            if row.get("priority") is not None:
                lines.append(f"priority: {row['priority']} in queue {row.get('queue')}")
            return "\n".join([*lines, *_pii_lines(run, manifest, record_id)])
    for split in SPLIT_NAMES:
        for row in _rows(
            run.export_dir / f"{split}.parquet",
            record_id,
            [
                "corpus",
                "source_file",
                "source_index",
                "lang",
                "review_status",
                "consensus_label",
                "confidence_score",
                "adjudicated_by",
                "field_confidence",
            ],
        ):
            lines = [
                head,
                f"outcome: exported to {split} (lang {row.get('lang')})",
                f"source:  {_source(row)}",
                f"agreement: {row.get('review_status')}"
                + (f", consensus {row['consensus_label']}" if row.get("consensus_label") is not None else "")
                + (
                    f", confidence {float(str(row['confidence_score'])):.3f}"
                    if row.get("confidence_score") is not None
                    else ""
                ),
            ]
            fields = row.get("field_confidence")
            if isinstance(fields, list) and fields:
                lines.append("fields:  " + "; ".join(_field_text(f) for f in fields if isinstance(f, dict)))
            return "\n".join([*lines, *_pii_lines(run, manifest, record_id)])
    return None


def _field_text(item: dict[str, object]) -> str:
    """``amount (amount) 0.906`` : a field's name, kind and confidence, never its value."""
    conf = item.get("confidence")
    shown = f"{conf:.3f}" if isinstance(conf, float) else "n/a"
    return f"{item.get('name')} ({item.get('kind')}) {shown}"


def list_versions(store: DatasetStore) -> str:
    """The published versions of ``store``, oldest first: records, quality score and trend, run.

    Each line: new and total records, the version's quality score and its change from the previous
    version (:mod:`pipeline.runtime.quality`), the run that made it and the previous version.
    """
    names = store.versions()
    if not names:
        return f"dataset {store.name}: no published version in {store.dir}"
    latest = store.latest()
    lines = [
        f"dataset {store.name} ({store.dir})",
        "version        new      total  quality    trend  run                      previous",
    ]
    scores: dict[str, float | None] = {}
    for name in names:
        info: VersionFile = store.info(name)
        mark = "  (latest)" if latest and latest["version"] == name else ""
        score = info.get("quality", {}).get("score")
        scores[name] = score
        change = trend(score, scores.get(info["previous"] or ""))
        shown = "-" if score is None else f"{score:.4f}"
        lines.append(
            f"{name:<8}{info['records']['new']:>11,}{info['records']['total']:>11,}  {shown:>7}  {change:>7}  "
            f"{info['run_id']:<24} "
            f"{info['previous'] or '-'}{' full rebuild' if info['full_rebuild'] else ''}{mark}"
        )
    lines.append(f"quality: {FORMULA} (docs/STANDARD.md §9); trend: the change from the previous version")
    return "\n".join(lines)


def diff_versions(store: DatasetStore, old: str | None = None, new: str | None = None) -> str:
    """Records added, changed and retired between two versions (default: the latest and the one before it).

    Records are named by source identity (``<corpus>/<file>#id=...`` or ``#row=...``), never by text;
    the two versions' quality figures follow side by side (:func:`quality_side_by_side`). Raises :class:`~pipeline.errors.UsageError` for a version the dataset does not have.
    """
    from pipeline.errors import UsageError

    if new is None:
        latest = store.latest()
        if latest is None:
            raise UsageError(f"dataset {store.name!r} has no published version in {store.dir}")
        new = latest["version"]
    if old is None:
        old = store.info(new)["previous"]
        if old is None:
            raise UsageError(f"dataset {store.name!r}: version {new} has no earlier version to compare with")
    diff = versions_diff(store, old, new)
    old, new = store.info(old)["version"], store.info(new)["version"]  # "latest" by its name
    lines = [
        f"dataset {store.name}: {old} -> {new}: added {len(diff['added']):,}, changed {len(diff['changed']):,}, "
        f"retired {len(diff['retired']):,}"
    ]
    for kind, sign in (("added", "+"), ("changed", "~"), ("retired", "-")):
        lines += [f"{sign} {ident}" for ident in diff[kind]]  # type: ignore[literal-required]
    lines += quality_side_by_side(store.info(old).get("quality"), store.info(new).get("quality"), old, new)
    return "\n".join(lines)


def _figure(value: float | None, digits: int = 4) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def _figure_rows(q: VersionQuality | None) -> dict[str, str]:
    """One version's quality figures as ``{label: text}`` (counts and shares only, never a value)."""
    if q is None:
        return {}
    rows = {
        "score": _figure(q["score"]),
        "export_share": _figure(q["export_share"]),
        "settled_share": _figure(q["settled_share"]),
    }
    f = q.get("figures")
    if f is None:
        return rows
    rows["agreement (alpha)"] = _figure(f["agreement"])
    for key, share in f["rejected_share"].items():
        rows[f"rejected {key}"] = _figure(share)
    pii = f["pii"]
    rows["pii records share"] = _figure(pii["pii_share"])
    rows["pii entities / 1,000"] = _figure(pii["entities_per_1000"], 1)
    for kind in ("exact", "near", "history"):
        rows[f"duplicates {kind}"] = _figure(f["duplicates_share"].get(kind))
    return rows


def quality_side_by_side(old_q: VersionQuality | None, new_q: VersionQuality | None, old: str, new: str) -> list[str]:
    """Lines with the quality figures of two versions side by side (``-``: not recorded for that version)."""
    left, right = _figure_rows(old_q), _figure_rows(new_q)
    labels = list(left) + [k for k in right if k not in left]
    fixed = [k for k in labels if not k.startswith("rejected ")]
    order = fixed[:4] + sorted(k for k in labels if k.startswith("rejected ")) + fixed[4:]
    width = max([len("quality"), *map(len, order)])

    def cell(rows: dict[str, str], q: VersionQuality | None, k: str) -> str:
        # a reason a version with figures does not list rejected none of its records
        none = "0.0000" if q is not None and "figures" in q and k.startswith("rejected ") else "-"
        return rows.get(k, none)

    out = [f"{'quality':<{width}}  {old:>8}  {new:>8}"]
    out += [f"{k:<{width}}  {cell(left, old_q, k):>8}  {cell(right, new_q, k):>8}" for k in order]
    return out
