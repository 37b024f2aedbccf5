"""The clean stage: normalise every text field, compute quality signals, reject low-quality records.

For each record: the configured operations (:mod:`pipeline.text.normalize`) run in order over
``instruction``, ``input``, ``output``, ``system`` and every history turn; ``lang`` is detected again
on the cleaned text (unless the corpus config forces a language); the quality signals
(:mod:`pipeline.stages.clean.signals`) are computed; the filters (:mod:`pipeline.stages.clean.filters`) run
in order and the first that fires rejects the record with its reason code. Kept records carry the
cleaned text and the ``q_*`` signal columns. Rejected records carry the record as it came in.

Counters: ``changed_<operation>`` (records an operation changed), ``records_changed``,
``fields_changed``, ``lang_changed``, ``rejected_<reason>`` and ``kept_lang_<code>``.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import re
from pathlib import Path
from typing import Any, Literal, TypedDict, cast

import numpy as np
import pyarrow as pa

from pipeline.config.clean import CleanConfig
from pipeline.core.forking import fork_is_safe
from pipeline.core.progress import Progress, SilentProgress
from pipeline.core.records import HISTORY_TYPE, REVIEW_SCHEMA, record_json
from pipeline.core.stage import RecordStage, RejectBuilder, StageContext, StageResult
from pipeline.stages.clean.filters import QualityFilters, WordMatcher, build_word_matcher
from pipeline.stages.clean.learned.features import REQUEST_COLUMNS, feature_matrix
from pipeline.stages.clean.learned.features import prepare as prepare_feature_tables
from pipeline.stages.clean.learned.model import JunkModel, load_model
from pipeline.stages.clean.signals.counts import prepare as prepare_signal_tables
from pipeline.stages.clean.signals.damage import prepare as prepare_damage_tables
from pipeline.stages.clean.signals.record import SIGNAL_SCHEMA, SignalSettings, batch_signals, signals_table
from pipeline.stages.clean.signals.structure import asks_markup_document, markup_exempt, markup_fragment
from pipeline.text.lang import record_lang
from pipeline.text.normalize import (
    Normalizer,
    NormalizeSettings,
    clear_placeholder,
    fold_placeholder,
    html_protected,
    is_html_document,
)

_WEB_CODE_TOPIC = re.compile(r"\bcharts?\b|visuali[sz]|\bscripts?\b[^.\n]{0,60}\b(?:display|show|render|draw)", re.I)
"""An instruction asking for a chart or a script that displays something: a whole HTML page (with its script)
is a fair answer, not markup_output."""

STAGE = "clean"
"""The stage name used in rejects, counters and the run directory."""

_TEXT_COLUMNS = ("instruction", "input", "output", "system", "history", "lang")
_STRING_FIELDS: tuple[Literal["instruction", "input", "output", "system"], ...] = (
    "instruction",
    "input",
    "output",
    "system",
)
_PROGRESS_STEP = 2000
LANG_SAMPLE = 600
"""Characters of the output used (after instruction and input) to detect a record's language."""


def normalize_settings(cfg: CleanConfig) -> NormalizeSettings:
    """The text-operation settings of ``cfg``."""
    return NormalizeSettings(
        operations=tuple(cfg.operations),
        unicode_form=cfg.unicode_form,
        punctuation=cfg.punctuation,
        html=cfg.html,
        urls=cfg.urls,
        url_placeholder=cfg.url_placeholder,
        traditional_to_simplified=cfg.traditional_to_simplified,
        max_blank_lines=cfg.max_blank_lines,
        placeholder_inputs=tuple(cfg.placeholder_inputs),
    )


def signal_settings(cfg: CleanConfig) -> SignalSettings:
    """The signal settings of ``cfg``."""
    return SignalSettings(
        cjk_weight=cfg.cjk_char_weight,
        repetition_min_lines=cfg.repetition_min_lines,
        ngram_min_tokens=cfg.ngram_min_tokens,
        top_ngram_max=tuple(cfg.max_top_ngram_frac),
        dup_ngram_max=tuple(cfg.max_dup_ngram_frac),
        char_repetition_min_repeats=cfg.char_repetition_min_repeats,
        coherence_min_units=cfg.coherence_min_units,
        coherence_min_sentences=cfg.coherence_min_sentences,
        gopher_ngrams="repetition_ngrams" in cfg.filters,
        template_max_chars=cfg.template_max_chars,
        marker_min_repeats=cfg.loop_max_stutter,
    )


_NEEDS_WORK = r"[^\x20-\x7e\n]|<|  | \n|\n\n\n|^[ \n]|[ \n]$"
"""RE2: a text that matches none of these is printable ASCII (plus newlines) without markup, double
spaces, trailing spaces, two blank lines in a row or surrounding whitespace: no built-in operation
changes such a text (except placeholder_input, URLs and max_blank_lines 0, handled separately)."""


def needs_cleaning(table: pa.Table, settings: NormalizeSettings) -> np.ndarray:
    """Boolean per record: could an operation change one of its texts? (exact superset, column-wise)."""
    full, placeholder_only = cleaning_plan(table, settings)
    return full | placeholder_only


def cleaning_plan(table: pa.Table, settings: NormalizeSettings) -> tuple[np.ndarray, np.ndarray]:
    """Two boolean masks: records needing the whole operation chain, records needing only one check.

    The second mask holds records whose only possible change is ``placeholder_input`` on a short
    input: every other text matches nothing any operation acts on.
    """
    import pyarrow.compute as pc

    n = table.num_rows
    need = np.zeros(n, dtype=bool)
    short_input = np.zeros(n, dtype=bool)
    if not n:
        return need, short_input
    pattern = _NEEDS_WORK
    if settings.max_blank_lines == 0:
        pattern += r"|\n\n"
    if settings.urls != "keep":
        pattern += r"|://|(?i:www\.)"
    for name in ("instruction", "input", "output"):
        col = table.column(name).fill_null(pa.scalar(""))
        need |= pc.match_substring_regex(col, pattern).to_numpy(zero_copy_only=False).astype(bool)
        if name == "input" and "placeholder_input" in settings.operations:
            # clear_placeholder only looks at inputs of 1-40 characters
            length = pc.utf8_length(col).to_numpy(zero_copy_only=False)
            short_input = (length > 0) & (length <= 40)
    for name in ("system", "history"):
        if name in table.column_names:
            col = table.column(name)
            present = (
                pc.is_valid(col) if name == "history" else pc.and_(pc.is_valid(col), pc.not_equal(col, pa.scalar("")))
            )
            if name == "history":
                present = pc.and_(present, pc.greater(pc.fill_null(pc.list_value_length(col), 0), pa.scalar(0)))
            need |= present.fill_null(False).to_numpy(zero_copy_only=False).astype(bool)
    return need, short_input & ~need


class TextFields(TypedDict):
    """The text fields of one record that cleaning rewrites (``history`` as Arrow gives it)."""

    instruction: str
    input: str
    output: str
    system: str | None
    history: list[list[str | None] | None] | None


class RecordCleaner:
    """Cleans and judges single records with one configuration (reusable across shards)."""

    def __init__(self, cfg: CleanConfig, matcher: WordMatcher | None = None) -> None:
        """Compile operations and filters; ``matcher`` defaults to an empty word matcher."""
        self.cfg = cfg
        self.normalizer = Normalizer(normalize_settings(cfg))
        self.signal_settings = signal_settings(cfg)
        self.filters = QualityFilters(cfg, matcher if matcher is not None else WordMatcher([]))

    def clean_fields(self, row: TextFields) -> tuple[TextFields, int, int]:
        """Return ``(cleaned_fields, changed_op_mask, fields_changed)`` for one record dict.

        ``cleaned_fields`` holds instruction, input, output, system and history.
        """
        apply = self.normalizer.apply
        # Whether HTML is the topic only matters when some field holds a '<'.
        protected = False
        if self.normalizer.settings.html == "auto" and any(
            isinstance(v, str) and "<" in v for v in (row.get("output"), row.get("input"), row.get("system"))
        ):
            protected = html_protected((row.get("instruction"), row.get("input")))
        out = row.copy()
        mask = 0
        nchanged = 0
        for name in _STRING_FIELDS:
            value = row.get(name)
            if value:
                new, m = apply(value, name, protected)
                if m:
                    mask |= m
                    nchanged += 1
                out[name] = new
        history = row.get("history")
        if history:
            new_hist: list[list[str | None] | None] = []
            for pair in history:
                new_pair: list[str | None] = []
                for turn in pair or ():
                    if turn:
                        new, m = apply(turn, "history", protected)
                        if m:
                            mask |= m
                            nchanged += 1
                        new_pair.append(new)
                    else:
                        new_pair.append(turn)
                new_hist.append(new_pair if pair is not None else None)
            out["history"] = new_hist
        return out, mask, nchanged

    def prompt_extra(self, fields: TextFields) -> list[tuple[str, str]]:
        """System and history texts as ``(field_name, text)`` pairs."""
        extra: list[tuple[str, str]] = []
        system = fields.get("system")
        if system:
            extra.append(("system", system))
        for i, pair in enumerate(fields.get("history") or ()):
            for j, turn in enumerate(pair or ()):
                if turn:
                    extra.append((f"history[{i}][{j}]", turn))
        return extra


def run(table: pa.Table, ctx: StageContext) -> StageResult:
    """Clean every record of ``table``; reject those that fail a quality filter (see module doc).

    Tables of at least :data:`PARALLEL_MIN_ROWS` records are cut into contiguous chunks cleaned by
    ``clean.workers`` processes (0: one per CPU); results are joined in chunk order, so the output
    is the same as in one process. Workers are forked only from a single-threaded process
    (:func:`pipeline.core.forking.fork_is_safe`; not inside an Airflow task).
    """
    cfg = ctx.config.clean
    n = table.num_rows
    if not cfg.enabled:
        return StageResult(kept=table, counters={"disabled": 1})
    matcher = build_word_matcher(cfg, ctx.config.base_dir) if "blocked_words" in cfg.filters else None
    model = junk_model(cfg, ctx.config.base_dir)
    corpora = set(cast("list[str]", table.column("corpus").to_pylist())) if n else set()  # a non-null column
    forced = {c: ctx.config.ingest.corpus(c).lang for c in sorted(corpora)}
    workers = cfg.workers or (os.cpu_count() or 1)
    workers = min(workers, max(1, n // (PARALLEL_MIN_ROWS // 2)))
    if workers <= 1 or n < PARALLEL_MIN_ROWS or not fork_is_safe():
        return clean_table(table, cfg, matcher, forced, ctx.progress, model)
    return _run_parallel(table, cfg, matcher, forced, workers, ctx.progress, model)


def junk_model(cfg: CleanConfig, base: Path | None = None) -> JunkModel | None:
    """The model of the ``learned_junk`` filter (None when it is not configured).

    ``learned_junk_model`` is a path (relative to ``base``, the config file's folder) or empty for the
    bundled model.
    """
    if "learned_junk" not in cfg.filters:
        return None
    if not cfg.learned_junk_model:
        return load_model()
    path = Path(cfg.learned_junk_model).expanduser()
    if not path.is_absolute() and base is not None:
        path = base / path
    return load_model(path)


PARALLEL_MIN_ROWS = 20_000
"""Smaller tables are cleaned in-process (starting workers would cost more than it saves)."""

_FORK_STATE: dict[str, Any] = {}


def _clean_chunk(bounds: tuple[int, int]) -> StageResult:
    st = _FORK_STATE
    start, stop = bounds
    return clean_table(
        st["table"].slice(start, stop - start), st["cfg"], st["matcher"], st["forced"], None, st["model"]
    )


def _run_parallel(
    table: pa.Table,
    cfg: CleanConfig,
    matcher: WordMatcher | None,
    forced: dict[str, str | None],
    workers: int,
    progress: Progress,
    model: JunkModel | None = None,
) -> StageResult:
    from concurrent.futures import ProcessPoolExecutor

    import pyarrow.compute as pc

    n = table.num_rows
    pc.count_substring_regex(pa.array(["warm-up"]), "u")  # initialise Arrow compute once, before forking
    prepare_signal_tables()  # likewise the signals' per-code-point tables
    prepare_damage_tables()
    prepare_feature_tables()
    n_chunks = workers * 2
    step = -(-n // n_chunks)
    bounds = [(i, min(n, i + step)) for i in range(0, n, step)]
    _FORK_STATE.update(table=table, cfg=cfg, matcher=matcher, forced=forced, model=model)
    progress.start(STAGE, total=n)
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=mp.get_context("fork")) as pool:
            parts = []
            for (start, stop), part in zip(bounds, pool.map(_clean_chunk, bounds)):
                parts.append(part)
                progress.advance(stop - start)
    finally:
        _FORK_STATE.clear()
    progress.finish()
    kept = pa.concat_tables([p.kept for p in parts])
    rejected = pa.concat_tables([p.rejected for p in parts])
    review = pa.concat_tables([p.review for p in parts])
    counters: dict[str, int | float] = {}
    for p in parts:
        for k, v in p.counters.items():
            counters[k] = counters.get(k, 0) + v
    counters = {k: counters[k] for k in _counter_order(parts[0].counters, counters)}
    report = dict(parts[0].report, workers=workers)
    return StageResult(kept=kept, rejected=rejected, review=review, counters=counters, report=report)


def _counter_order(first: dict[str, Any], merged: dict[str, Any]) -> list[str]:
    head = [k for k in first if not k.startswith("kept_lang_")]
    return head + sorted(k for k in merged if k.startswith("kept_lang_"))


def clean_table(
    table: pa.Table,
    cfg: CleanConfig,
    matcher: WordMatcher | None = None,
    forced_langs: dict[str, str | None] | None = None,
    progress: Progress | None = None,
    model: JunkModel | None = None,
) -> StageResult:
    """Clean one table in this process (the work of :func:`run` for one chunk).

    ``forced_langs`` maps corpus names to a language forced by the ingest config (lang is then
    not detected again for their records). ``model`` is the ``learned_junk`` model (default: the
    configured one, see :func:`junk_model`).
    """
    n = table.num_rows
    progress = progress or SilentProgress()
    cleaner = RecordCleaner(cfg, matcher)
    normalizer = cleaner.normalizer
    filters = cleaner.filters
    sig_settings = cleaner.signal_settings

    texts = {name: [v or "" for v in table.column(name).to_pylist()] for name in ("instruction", "input", "output")}
    # non-null columns (RECORD_SCHEMA)
    langs_in = cast("list[str]", table.column("lang").to_pylist())
    corpora = cast("list[str]", table.column("corpus").to_pylist())
    systems = table.column("system").to_pylist() if "system" in table.column_names else [None] * n
    histories = table.column("history").to_pylist() if "history" in table.column_names else [None] * n
    forced = forced_langs or {}

    op_counts = [0] * len(normalizer.operations)
    n_ops = len(op_counts)
    masks = [0] * n
    cleaned = {name: list(values) for name, values in texts.items()}
    cleaned["system"] = list(systems)
    cleaned["history"] = list(histories)
    extras: list[list[tuple[str, str]]] = [[] for _ in range(n)]
    records_changed = fields_changed = lang_changed = 0

    # An output that is a whole HTML page (before stripping) in a record whose prompt is not about
    # markup: the markup_output filter rejects it (stripping would leave page chrome behind).
    # A scraped markup fragment (attributes, a script, an XML/RSS feed) pasted as the answer is judged the
    # same way on the text before cleaning; a prompt about data, formats or code exempts it too, and so does
    # a prompt naming the markup the answer is in (an XML-family format, the root element: asks_markup_document).
    markup = [False] * n
    fragment = [False] * n
    if "markup_output" in cfg.filters:
        for i, out in enumerate(texts["output"]):
            if "<" not in out:
                continue
            if is_html_document(out):
                markup[i] = not html_protected((texts["instruction"][i], texts["input"][i])) and not (
                    _WEB_CODE_TOPIC.search(texts["instruction"][i])
                    or asks_markup_document(f"{systems[i] or ''}\n{texts['instruction'][i]}", out)
                )
            elif markup_fragment(out):
                fragment[i] = not (
                    html_protected((texts["instruction"][i], texts["input"][i]))
                    or markup_exempt(f"{systems[i] or ''}\n{texts['instruction'][i]}")
                    or _WEB_CODE_TOPIC.search(texts["instruction"][i])
                    or asks_markup_document(f"{systems[i] or ''}\n{texts['instruction'][i]}", out)
                )

    progress.start(STAGE, total=n)
    # Phase 1: text operations, only on records that some operation could change (a column-wise
    # test that is exact for the built-in operations, see needs_cleaning).
    full, placeholder_only = cleaning_plan(table, normalizer.settings)
    if placeholder_only.any():
        bit = 1 << normalizer.operations.index("placeholder_input")
        placeholders = frozenset(fold_placeholder(p) for p in normalizer.settings.placeholder_inputs)
        ph_count = 0
        for i in np.flatnonzero(placeholder_only).tolist():
            if not clear_placeholder(texts["input"][i], placeholders):
                cleaned["input"][i] = ""
                masks[i] = bit
                ph_count += 1
        records_changed += ph_count
        fields_changed += ph_count
        op_counts[normalizer.operations.index("placeholder_input")] += ph_count
    for i in np.flatnonzero(full).tolist():
        row: TextFields = {
            "instruction": texts["instruction"][i],
            "input": texts["input"][i],
            "output": texts["output"][i],
            "system": systems[i],
            "history": histories[i],
        }
        fields, mask, nchanged = cleaner.clean_fields(row)
        for key in _STRING_FIELDS:
            cleaned[key][i] = fields[key]
        cleaned["history"][i] = fields["history"]
        if fields["system"] or fields["history"]:
            extras[i] = cleaner.prompt_extra(fields)
        if mask:
            masks[i] = mask
            records_changed += 1
            fields_changed += nchanged
            for b in range(n_ops):
                if mask >> b & 1:
                    op_counts[b] += 1
    # Language: detected again where the text changed ("changed") or everywhere ("always"), the
    # way ingest detects it (from the prompt, pipeline.text.lang.record_lang), unless the corpus
    # config forces a language.
    langs = list(langs_in)
    if cfg.redetect_lang != "never":
        always = cfg.redetect_lang == "always"
        ins, inp, out = cleaned["instruction"], cleaned["input"], cleaned["output"]
        for i in range(n):
            if (always or masks[i]) and not forced.get(corpora[i]):
                detected = record_lang(ins[i], inp[i], out[i], cleaned["system"][i] or "")
                if detected != langs[i]:
                    lang_changed += 1
                    langs[i] = detected
    progress.advance(n)
    progress.finish()

    # Phase 2, column-wise: quality signals.
    signals = batch_signals(
        cleaned["instruction"],
        cleaned["input"],
        cleaned["output"],
        [[t for _, t in ex] for ex in extras],
        sig_settings,
        cleaned["system"],
    )
    for i in range(n):
        if fragment[i] and signals[i].dump is None:
            signals[i].dump = "fragment"

    # Phase 3: filters. Word-list hits are found in one pass over all records; the per-record check
    # then skips the word lists for records without a hit.
    hit = filters.records_with_hits(cleaned["instruction"], cleaned["input"], cleaned["output"], extras)
    learned: list[float | None] = [None] * n
    asks = [False] * n
    if "learned_junk" in filters.order and n:
        model = model if model is not None else junk_model(cfg)
        if model is not None:
            x = feature_matrix(cleaned["instruction"], cleaned["input"], cleaned["output"], signals)
            # records in a language the model was not trained on get no score
            learned = [v if lg in model.langs else None for v, lg in zip(model.scores(x).tolist(), langs)]
            asks = cast("list[bool]", np.any(x[:, list(REQUEST_COLUMNS)], axis=1).tolist())
    kept_idx: list[int] = []
    rejects: list[tuple[int, str, str]] = []
    reviews: list[tuple[int, str, str]] = []
    kept_langs: dict[str, int] = {}
    check = filters.check
    for i in range(n):
        f = {"instruction": cleaned["instruction"][i], "input": cleaned["input"][i], "output": cleaned["output"][i]}
        verdict = check(f, extras[i], signals[i], langs[i], hit[i], markup[i], learned[i], asks[i])
        if verdict is not None:
            (reviews if verdict.borderline else rejects).append((i, verdict.reason, verdict.detail))
        else:
            kept_idx.append(i)
            kept_langs[langs[i]] = kept_langs.get(langs[i], 0) + 1

    new_values: dict[str, list[Any]] = {
        name: [cleaned[name][i] for i in kept_idx] for name in ("instruction", "input", "output", "system", "history")
    }
    new_values["lang"] = [langs[i] for i in kept_idx]
    kept = _kept_table(table, kept_idx, new_values, [signals[i] for i in kept_idx])
    rejected = _rejects_table(table, rejects)
    review = _review_table(table, reviews)

    counters: dict[str, int | float] = {
        "records_changed": records_changed,
        "fields_changed": fields_changed,
        "lang_changed": lang_changed,
    }
    for op, count in zip(normalizer.operations, op_counts):
        counters[f"changed_{op}"] = count
    reasons: dict[str, int] = {}
    for _, reason, _ in rejects:
        reasons[reason] = reasons.get(reason, 0) + 1
    held: dict[str, int] = {}
    for _, reason, _ in reviews:
        held[reason] = held.get(reason, 0) + 1
    for name in cfg.filters:
        counters[f"rejected_{name}"] = reasons.get(name, 0)
    for name in cfg.filters:
        counters[f"review_{name}"] = held.get(name, 0)
    for lang, count in sorted(kept_langs.items()):
        counters[f"kept_lang_{lang}"] = count
    report = {
        "operations": list(normalizer.operations),
        "filters": list(filters.order),
        "signal_columns": SIGNAL_SCHEMA.names,
        "wordlist_entries": matcher.size if matcher is not None else 0,
        "workers": 1,
    }
    return StageResult(kept=kept, rejected=rejected, review=review, counters=counters, report=report)


CLEAN_REVIEW_SCHEMA = pa.schema(
    [
        *REVIEW_SCHEMA,
        pa.field("corpus", pa.string()),
        pa.field("source_file", pa.string()),
        pa.field("source_index", pa.int64()),
        pa.field("record", pa.string()),
    ]
)
"""Records the clean stage holds for review: REVIEW_SCHEMA, provenance and the record as it came in (JSON)."""


def _review_table(table: pa.Table, reviews: list[tuple[int, str, str]]) -> pa.Table:
    if not reviews:
        return CLEAN_REVIEW_SCHEMA.empty_table()
    rows = table.take(pa.array([i for i, _, _ in reviews], type=pa.int64())).to_pylist()
    out = []
    for row, (_, reason, detail) in zip(rows, reviews):
        row = {k: v for k, v in row.items() if not k.startswith("q_")}
        out.append(
            {
                "record_id": row["record_id"],
                "stage": STAGE,
                "reason": reason,
                "detail": detail,
                "corpus": row.get("corpus"),
                "source_file": row.get("source_file"),
                "source_index": row.get("source_index"),
                "record": record_json(row),
            }
        )
    return pa.Table.from_pylist(out, schema=CLEAN_REVIEW_SCHEMA)


def _kept_table(table: pa.Table, kept_idx: list[int], values: dict[str, list[Any]], signals: list[Any]) -> pa.Table:
    base = table.drop_columns([c for c in table.column_names if c.startswith("q_")])
    if len(kept_idx) != table.num_rows:
        base = base.take(pa.array(kept_idx, type=pa.int64()))
    schema = base.schema
    for name in _TEXT_COLUMNS:
        if name not in schema.names:
            continue
        idx = schema.get_field_index(name)
        field = schema.field(idx)
        typ = HISTORY_TYPE if name == "history" else field.type
        base = base.set_column(idx, field, pa.array(values[name], type=typ))
    sig = signals_table(signals)
    for f in SIGNAL_SCHEMA:
        base = base.append_column(f, sig.column(f.name))
    return base


def _rejects_table(table: pa.Table, rejects: list[tuple[int, str, str]]) -> pa.Table:
    builder = RejectBuilder(STAGE)
    if rejects:
        rows = table.take(pa.array([i for i, _, _ in rejects], type=pa.int64())).to_pylist()
        for row, (_, reason, detail) in zip(rows, rejects):
            row = {k: v for k, v in row.items() if not k.startswith("q_")}
            builder.add(row, reason, detail)
    return builder.table()


class Clean:
    """The clean stage as a per-shard :class:`~pipeline.core.stage.RecordStage`."""

    run = staticmethod(run)


STAGE_IMPL: RecordStage = Clean()
