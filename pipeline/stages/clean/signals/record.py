"""Every quality signal of a record, computed record by record or for a batch of records at once."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import cast

import numpy as np
import pyarrow as pa

from pipeline.stages.clean.signals import (
    absent,
    artefacts,
    boilerplate,
    damage,
    foreign,
    language,
    leftovers,
    pinyin,
    repetition,
    scaffold,
    standins,
    structure,
)
from pipeline.stages.clean.signals.asked import asks_symbols
from pipeline.stages.clean.signals.coherence import coherence
from pipeline.stages.clean.signals.counts import column_counts, prose_special_ratio, tokens
from pipeline.stages.clean.signals.kinds import (
    REPEAT_CANDIDATE_RE2,
    SAME_UNIT_MAX_CHARS,
    VERSE_TOPIC_RE2,
    content_kind,
    repeat_limit,
    repeat_request,
    same_unit_repeats,
)
from pipeline.stages.clean.signals.loops import (
    NO_LOOPS,
    RUNNING_HEAD_MIN,
    LoopSignals,
    loop_candidates,
    loop_signals,
    overlapping_lines,
    punct_run,
    running_head,
    shrinking_repeats,
)
from pipeline.stages.clean.signals.repetition import (
    NO_NGRAMS,
    NgramCheck,
    char_repetition_fracs,
    dup_line_fracs,
    ngram_repetition,
    phrase_run_repeats,
)
from pipeline.text.lang import function_words
from pipeline.text.normalize import prose_text

_SIGNAL_FIELDS: list[pa.Field] = [
    pa.field("q_instruction_chars", pa.int32(), nullable=False),
    pa.field("q_input_chars", pa.int32(), nullable=False),
    pa.field("q_output_chars", pa.int32(), nullable=False),
    pa.field("q_output_units", pa.int32(), nullable=False),
    pa.field("q_output_kind", pa.string(), nullable=False),
    pa.field("q_cjk_ratio", pa.float32(), nullable=False),
    pa.field("q_special_ratio", pa.float32(), nullable=False),
    pa.field("q_dup_line_frac", pa.float32(), nullable=False),
    pa.field("q_dup_unit_share", pa.float32(), nullable=False),
    pa.field("q_block_repeats", pa.int32(), nullable=False),
    pa.field("q_stutter", pa.int32(), nullable=False),
    pa.field("q_top_ngram_frac", pa.float32()),
    pa.field("q_dup_ngram_frac", pa.float32()),
    pa.field("q_char_rep_frac", pa.float32(), nullable=False),
    pa.field("q_coherence", pa.float32()),
]
SIGNAL_SCHEMA = pa.schema(_SIGNAL_FIELDS)
"""The signal columns appended to kept records by the clean stage (see docs/CLEAN.md)."""


@dataclass(frozen=True)
class SignalSettings:
    """Thresholds that decide which signals are computed."""

    cjk_weight: int = 3
    repetition_min_lines: int = 4
    ngram_min_tokens: int = 100
    top_ngram_max: tuple[float, ...] = (0.20, 0.18, 0.16)
    dup_ngram_max: tuple[float, ...] = (0.15, 0.14, 0.13, 0.12, 0.11, 0.10)
    char_repetition_min_repeats: int = 5
    coherence_min_units: int = 400
    coherence_min_sentences: int = 3
    gopher_ngrams: bool = False
    """Compute Gopher's n-gram repetition (only needed by the ``repetition_ngrams`` filter)."""
    marker_min_repeats: int = 10
    """Runs of one list marker (``1. 1. 1.``) are measured only in outputs with this many markers."""
    template_max_chars: int = 400
    """Longer outputs are not judged by :func:`.scaffold.template_only`."""
    special_refine_above: float = 0.2
    """Outputs whose symbol share exceeds this are measured again on their prose lines only."""


NON_ANSWER_OR_SERVICE_RE2 = f"{boilerplate.NON_ANSWER_RE2}|{leftovers.SERVICE_RE2}"
"""The column-wise candidates of :func:`.boilerplate.non_answer` and :func:`.leftovers.service_notice` in one scan."""


@dataclass(slots=True)
class RecordSignals:
    """The signals of one record (the output's prose unless said otherwise).

    The findings (``placeholder`` … ``lang_mismatch``) are short codes from
    :mod:`.artefacts`, :mod:`.boilerplate`, :mod:`.damage` and :mod:`.language`, None when nothing
    was found; they are computed only for records that a column-wise test marks as candidates.
    """

    instruction_chars: int
    input_chars: int
    output_chars: int
    output_units: int
    prompt_units: int
    kind: str
    cjk_ratio: float
    special_ratio: float
    prose_chars: int
    dup_line_frac: float
    dup_line_char_frac: float
    lines: int
    loops: LoopSignals
    ngrams: NgramCheck
    char_rep_frac: float
    coherence: float | None
    repeat_asked: bool = False
    """The answer repeats a unit and the prompt asks for repetition (:func:`.kinds.repeat_request`)."""
    repeat_fits: bool = False
    """Asked, and the answer's longest back-to-back run is within :func:`.kinds.repeat_limit` of the count."""
    placeholder: str | None = None
    template: str | None = None
    artefact: str | None = None
    refusal: str | None = None
    chrome: str | None = None
    non_answer: str | None = None
    """``status`` or ``clarify`` (:func:`.boilerplate.non_answer`): a short answer that does not take up the task."""
    spam: str | None = None
    mojibake: str | None = None
    truncation: str | None = None
    mash: str | None = None
    translated_code: str | None = None
    lang_mismatch: str | None = None
    dump: str | None = None
    script: str | None = None
    foreign: str | None = None
    """The other Latin-script language the answer is prose in, not asked for (:func:`.foreign.foreign_prose`)."""
    phrase_repeats: int = 0
    marker_repeats: int = 0
    shrinking: int = 0
    """Consecutive sentences each the end of the one before (:func:`.loops.shrinking_repeats`)."""
    overlapping: int = 0
    """Consecutive lines each starting with the end of the line before (:func:`.loops.overlapping_lines`)."""
    running_head: int = 0
    """Times the task's title recurs as a running head with a page number (:func:`.loops.running_head`)."""
    punct_run: int = 0
    """The longest run of one exclamation or question mark, 8 or more (:func:`.loops.punct_run`)."""
    said_again: int = 0
    """Times the answer's last sentence occurs, said twice at the end (:func:`.leftovers.said_again`)."""
    counting: int = 0
    """Consecutive whole numbers ending the answer, 20 or more (:func:`.leftovers.count_run`)."""
    nested: int = 0
    """How deep one phrase is nested in brackets in itself (:func:`.leftovers.nested_restatement`)."""
    unit_only: bool = False
    echo: str | None = None
    """``quote`` or ``label``: the instruction quoted back and nothing else (:func:`.absent.quoted_prompt`)."""
    escaped: bool = False
    untranslated: bool = False

    def columns(self) -> tuple[object, ...]:
        """Values in the order of :data:`SIGNAL_SCHEMA`."""
        return (
            self.instruction_chars,
            self.input_chars,
            self.output_chars,
            self.output_units,
            self.kind,
            self.cjk_ratio,
            self.special_ratio,
            self.dup_line_frac,
            self.loops.dup_share,
            self.loops.block_repeats,
            self.loops.stutter,
            self.ngrams.top2,
            self.ngrams.dup5,
            self.char_rep_frac,
            self.coherence,
        )


_JSON_START = ("{", "[")


def _candidates(texts: list[str] | pa.Array, pattern: str) -> list[bool]:
    """Column-wise RE2 test: which texts match ``pattern`` (a superset of what a finder reports)."""
    import pyarrow.compute as pc

    if not len(texts):
        return []
    arr = texts if isinstance(texts, pa.Array) else pa.array(texts, type=pa.string())
    hit = pc.match_substring_regex(arr, pattern)
    return hit.to_numpy(zero_copy_only=False).astype(bool).tolist()


def re2_union(patterns: Sequence[str]) -> str:
    """One RE2 pattern that matches a text where any of ``patterns`` matches (each in its own group).

    A flag set inside a pattern (``(?i)``, ``(?m)``) stays inside that pattern's group.
    """
    return "|".join(f"(?:{p})" for p in patterns)


def gated_candidates(texts: pa.Array, patterns: Sequence[str]) -> list[list[bool]]:
    """:func:`_candidates` of each of ``patterns``, exactly, for less CPU when the patterns rarely match.

    Why: every column-wise RE2 test reads all answers (about 20 ms per 52,000 Alpaca answers, 60 ms per 50,000
    synthetic ones), whatever the pattern. One scan of the patterns' union (:func:`re2_union`, which matches a
    text if and only if one of the patterns does) finds the few texts where any can match; each pattern is then
    tested on those alone. Only for small sets of patterns measured to keep the union within RE2's DFA memory
    (a union that outgrows it runs many times slower, see ``docs/CLEAN.md``, "Performance").
    """
    n = len(texts)
    any_hit = np.flatnonzero(np.asarray(_candidates(texts, re2_union(patterns)), dtype=bool))
    out: list[list[bool]] = []
    if len(any_hit):
        few = texts.take(pa.array(any_hit, type=pa.int64()))
        idx = any_hit.tolist()
    for pattern in patterns:
        hits = [False] * n
        if len(any_hit):
            for i, hit in zip(idx, _candidates(few, pattern)):
                hits[i] = hit
        out.append(hits)
    return out


def any_candidates(texts: pa.Array, patterns: Sequence[str], unions: Sequence[Sequence[int]] = ()) -> list[bool]:
    """Per text: does any of ``patterns`` match? (the OR of their :func:`_candidates`).

    The patterns of each index group of ``unions`` are tested in one scan of their union (:func:`re2_union`: the
    same answer for a fraction of the CPU, one read of the texts instead of one per pattern); every other pattern
    is tested alone. Group only patterns measured to keep their union within RE2's DFA memory.
    """
    united = {i for group in unions for i in group}
    scans = [re2_union([patterns[i] for i in group]) for group in unions]
    scans += [p for i, p in enumerate(patterns) if i not in united]
    hit = np.zeros(len(texts), dtype=bool)
    for pattern in scans:
        hit |= np.asarray(_candidates(texts, pattern), dtype=bool)
    return cast("list[bool]", hit.tolist())


def batch_signals(
    instructions: Sequence[str],
    inputs: Sequence[str],
    outputs: Sequence[str],
    prompt_extra: Sequence[Sequence[str]] | None = None,
    settings: SignalSettings | None = None,
    systems: Sequence[str | None] | None = None,
) -> list[RecordSignals]:
    """Compute the signals of many cleaned records at once.

    Counts (lengths, CJK, symbols) and character repetition are computed column-wise (numpy over
    code points, classes taken from the RE2 patterns); candidates for the findings are chosen
    column-wise (RE2) and only they are examined record by record; loops, line repetition, content
    kind and coherence are computed per record where the text is long enough for them to mean
    anything. ``prompt_extra[i]`` holds record i's system and history texts.
    """
    s = settings or SignalSettings()
    w = s.cjk_weight
    n = len(outputs)
    outputs = list(outputs)
    proses = [prose_text(o) if ("```" in o or "~~~" in o) else o for o in outputs]
    ci = column_counts(instructions, special=False)
    cn = column_counts(inputs, special=False)
    co = column_counts(outputs)
    cp = co
    prose_idx = [i for i in range(n) if proses[i] is not outputs[i]]
    if prose_idx:  # counted again only where the prose differs from the answer
        part = column_counts([proses[i] for i in prose_idx])
        cp = {key: col.copy() for key, col in co.items()}
        for key, col in cp.items():
            col[prose_idx] = part[key]
    out_units = co["nonspace"] + (w - 1) * co["cjk"]
    prompt_units = ci["nonspace"] + (w - 1) * ci["cjk"] + cn["nonspace"] + (w - 1) * cn["cjk"]
    if prompt_extra is not None:
        extra_idx = [i for i, ex in enumerate(prompt_extra) if ex]
        if extra_idx:
            flat = [t for i in extra_idx for t in prompt_extra[i]]
            ce = column_counts(flat, special=False)
            units = ce["nonspace"] + (w - 1) * ce["cjk"]
            pos = 0
            for i in extra_idx:
                k = len(prompt_extra[i])
                prompt_units[i] += int(units[pos : pos + k].sum())
                pos += k
    special = np.divide(cp["special"], cp["nonspace"], out=np.zeros(n), where=cp["nonspace"] > 0).tolist()
    cjk_ratio = np.divide(co["cjk"], co["nonspace"], out=np.zeros(n), where=co["nonspace"] > 0).tolist()
    char_rep = char_repetition_fracs(proses, cp["nonspace"], s.char_repetition_min_repeats).tolist()
    phrase_reps = phrase_run_repeats(proses).tolist()
    prose_cjk = cp["cjk"].tolist()
    prose_chars = cp["chars"].tolist()
    units_l = out_units.tolist()
    prompt_l = prompt_units.tolist()
    ins_chars, inp_chars, out_chars = ci["chars"].tolist(), cn["chars"].tolist(), co["chars"].tolist()
    out_chars_all = out_chars
    ins_cjk, inp_cjk, out_cjk = ci["cjk"].tolist(), cn["cjk"].tolist(), co["cjk"].tolist()
    out_nonspace = co["nonspace"].tolist()
    # Column-wise candidates for the findings (each a superset of what its finder reports).
    # The answers go to Arrow once; the column-wise tests below share the array (and slices of it).
    out_arr = pa.array(outputs, type=pa.string())

    def some(idx: list[int]) -> pa.Array:
        return out_arr.take(pa.array(idx, type=pa.int64()))

    def some_candidates(judged: np.ndarray, pattern: str) -> list[bool]:
        """:func:`_candidates` over the answers its finder judges (``judged``; the others may come out either way).

        Only those are scanned when they are at most half of the batch, else all (copying most would cost more).
        """
        idx = np.flatnonzero(judged)
        if 2 * len(idx) > n:
            return _candidates(out_arr, pattern)
        hits = [False] * n
        if len(idx):
            for i, hit in zip(idx.tolist(), _candidates(out_arr.take(pa.array(idx)), pattern)):
                hits[i] = hit
        return hits

    # rarely matching tests of all answers: one scan of their union, then each on the few answers it found
    art_cand, wiki_cand, leet_cand, phone_cand, closing_cand = gated_candidates(
        out_arr,
        (
            artefacts.CANDIDATE_RE2,
            structure.WIKI_CANDIDATE_RE2,
            foreign.LEET_CANDIDATE_RE2,
            standins.PHONE_RE2,
            leftovers.CLOSING_RE2,
        ),
    )
    short_idx = [i for i in range(n) if out_chars_all[i] <= s.template_max_chars]
    template_cand = [False] * n
    if short_idx:
        for i, hit in zip(short_idx, _candidates(some(short_idx), scaffold.CANDIDATE_RE2)):
            template_cand[i] = hit
    # (the finders below judge only short answers: refusal, no Han for mash, at most 8 for foreign prose)
    refusal_cand = some_candidates(
        co["chars"] + 2 * co["cjk"] <= boilerplate.REFUSAL_MAX_CHARS, boilerplate.REFUSAL_RE2
    )
    chrome_cand = _candidates(out_arr, boilerplate.CHROME_RE2)
    promo_cand = _candidates(out_arr, boilerplate.PROMO_RE2)
    promo_tail_cand = _candidates(out_arr, boilerplate.PROMO_TAIL_RE2)
    nonans_cand = [False] * n
    nonans_idx = [i for i in range(n) if out_chars_all[i] <= boilerplate.NON_ANSWER_MAX_CHARS]
    if nonans_idx:
        for i, hit in zip(nonans_idx, _candidates(some(nonans_idx), NON_ANSWER_OR_SERVICE_RE2)):
            nonans_cand[i] = hit
    link_cand = [False] * n
    link_idx = [i for i in range(n) if out_chars_all[i] <= boilerplate.LINK_ONLY_MAX_CHARS]
    if link_idx:
        for i, hit in zip(link_idx, _candidates(some(link_idx), boilerplate.LINK_CANDIDATE_RE2)):
            link_cand[i] = hit
    absent_cand = [False] * n  # round on heldout8: notices, legal lines and missing answers (signals/absent.py)
    absent_idx = [i for i in range(n) if out_chars_all[i] <= absent.CANDIDATE_MAX_CHARS]
    if absent_idx:
        for i, hit in zip(absent_idx, any_candidates(some(absent_idx), absent.CANDIDATE_RE2S, absent.CANDIDATE_UNIONS)):
            absent_cand[i] = hit
    mash_cand = some_candidates(co["cjk"] == 0, damage.MASH_RE2)
    wordy = _candidates(out_arr, damage.NO_WORD_RE2)
    worded = _candidates(out_arr, damage.WORDLESS_RE2)
    prose_arr = out_arr if all(p is o for p, o in zip(proses, outputs)) else None
    loop_cand = loop_candidates(proses, arr=prose_arr).tolist()
    prompts = [f"{a}\n{b}" if b else a for a, b in zip(instructions, inputs)]
    verse_prompt = _candidates(prompts, VERSE_TOPIC_RE2)
    repeat_cand = _candidates(prompts, REPEAT_CANDIDATE_RE2)
    moji_cand = [not o.isascii() for o in outputs]
    machine_cand = _candidates(out_arr, structure.MACHINE_CANDIDATE_RE2)
    translate_cand = _candidates(list(instructions), language.TARGET_RE2)
    foreign_cand = some_candidates((co["cjk"] <= 8) & (ci["cjk"] == 0), foreign.FOREIGN_CANDIDATE_RE2)
    script_cand = [False] * n
    non_ascii = [i for i in range(n) if moji_cand[i]]
    rare_han: list[tuple[float, int] | None] = [None] * n
    if non_ascii:
        for i, share in zip(non_ascii, damage.rare_han_shares([outputs[i] for i in non_ascii])):
            rare_han[i] = share
        for i, hit in zip(non_ascii, _candidates(some(non_ascii), structure.SCRIPT_CANDIDATE_RE2)):
            script_cand[i] = hit
    min_tok = s.ngram_min_tokens
    sys_l = list(systems) if systems is not None else [None] * n
    result = []
    for i in range(n):
        prose = proses[i]
        out = outputs[i]
        ins, inp = instructions[i], inputs[i]
        prompt = prompts[i]
        dl, dlc, nlines = dup_line_fracs(prose, s.repetition_min_lines)
        ng = NO_NGRAMS
        if s.gopher_ngrams and prose_chars[i] >= min_tok:
            # Words (whitespace-separated) plus CJK characters decide whether the n-gram check applies.
            cjk = prose_cjk[i]
            scale = 2 if cjk and 2 * cjk > len(prose) - prose.count(" ") else 1
            if (cjk if scale == 2 else len(prose.split()) + cjk) >= min_tok * scale:
                ng = ngram_repetition(tokens(prose), s.top_ngram_max, s.dup_ngram_max, 1, scale)
        units = units_l[i]
        coh = coherence(prose, s.coherence_min_sentences) if units >= s.coherence_min_units else None
        kind = content_kind(out, prompt, verse_prompt[i])
        loops = loop_signals(prose) if loop_cand[i] else NO_LOOPS
        sp = special[i]
        if sp > s.special_refine_above:
            sp = 0.0 if asks_symbols(prompt) else prose_special_ratio(prose)
        sig = RecordSignals(
            ins_chars[i],
            inp_chars[i],
            out_chars[i],
            units,
            prompt_l[i],
            kind,
            cjk_ratio[i],
            sp,
            prose_chars[i],
            dl,
            dlc,
            nlines,
            loops,
            ng,
            char_rep[i],
            coh,
        )
        sig.phrase_repeats = phrase_reps[i]
        sig.shrinking = shrinking_repeats(prose)
        if out.count("\n") >= 3:
            sig.overlapping = overlapping_lines(prose, prompt)
        if "!!!!" in out or "????" in out or "！！！！" in out or "？？？？" in out:
            sig.punct_run = punct_run(out, prompt)
        if out[:1] == ins[:1] and out.count("\n") >= 2 * RUNNING_HEAD_MIN - 1:
            sig.running_head = running_head(out, ins)
        if max(out.count(". "), out.count(") "), out.count("、")) >= s.marker_min_repeats:
            sig.marker_repeats = repetition.numbering_run(out)
        if out_chars[i] <= repetition.UNIT_ONLY_MAX_CHARS and not out_cjk[i]:
            sig.unit_only = repetition.unit_only(out, prompt)
        reps = max(loops.block_repeats, loops.stutter, sig.phrase_repeats, sig.marker_repeats)
        if repeat_cand[i] and reps <= 1 and out_chars[i] <= SAME_UNIT_MAX_CHARS:
            reps = same_unit_repeats(out)
        if repeat_cand[i] and reps > 1:
            asked = repeat_request(prompt)
            if asked is not None:
                sig.repeat_asked = True
                sig.repeat_fits = reps <= repeat_limit(asked)
        if out_chars[i] <= artefacts.PLACEHOLDER_MAX_CHARS:
            sig.placeholder = artefacts.placeholder(out, prompt)
        if template_cand[i]:
            sig.template = scaffold.template_only(
                out, (sys_l[i] or "", ins, inp), s.template_max_chars
            ) or scaffold.template_source(out, prompt)
        if art_cand[i]:
            sig.artefact = artefacts.artefact(out)
        if refusal_cand[i] and out_chars[i] + 2 * out_cjk[i] <= boilerplate.REFUSAL_MAX_CHARS:  # Han counts 3
            sig.refusal = boilerplate.refusal(out, prompt)
        if chrome_cand[i] or (out_chars[i] <= 300 and sum(map(out.count, "|>»·/\n")) >= 3):
            sig.chrome = boilerplate.page_chrome(out, prompt, chrome_cand[i])
        if sig.chrome is None and nonans_cand[i]:
            sig.non_answer = boilerplate.non_answer(out, f"{sys_l[i] or ''}\n{prompt}") or leftovers.service_notice(
                out, f"{sys_l[i] or ''}\n{prompt}"
            )
        if promo_cand[i]:
            sig.spam = boilerplate.advertising(out, prompt)
        if promo_tail_cand[i] and sig.spam is None:
            sig.spam = boilerplate.promotion(out, f"{sys_l[i] or ''}\n{prompt}")
        if link_cand[i] and sig.spam is None:
            sig.spam = boilerplate.link_only(out, f"{sys_l[i] or ''}\n{prompt}")
        if moji_cand[i]:
            sig.mojibake = damage.mojibake(out, rare_han[i], f"{sys_l[i] or ''}\n{prompt}")
        if sig.mojibake is None and (moji_cand[i] or "=" in out or "\\x" in out or "+" in out or "\\3" in out):
            sig.mojibake = damage.misdecoded(out, f"{sys_l[i] or ''}\n{prompt}", rare_han[i])
        if sig.mojibake is None and ("\nM" in out or out[:1] in "bM" or out.count(" ") * 12 < out_chars[i]):
            sig.mojibake = damage.encoded_text(out, f"{sys_l[i] or ''}\n{prompt}")  # round on heldout15
        if sig.mojibake is None and moji_cand[i] and not out_cjk[i] and damage.space_marker(out):
            sig.mojibake = "tokenizer pieces with a visible space marker"
        if "&" in out:
            sig.escaped = damage.escaped_markup(out, prompt)
        end = out[-1:] if out[-1:] not in (" ", "\n") else out.rstrip()[-1:]
        fenced = "```" in out or "~~~" in out
        judged = (kind != "short" or out_chars[i] + 2 * out_cjk[i] >= 40 or fenced) and (
            end not in damage.TERMINAL_CHARS or "{" in out or fenced
        )
        if judged or (not verse_prompt[i] and (end in "，、" or (end in ":：.)、-*•" and damage.open_end(out)))):
            sig.truncation = damage.truncation(out, kind)
            if sig.truncation == "suspect" and damage.ends_on_given(out, prompt):
                sig.truncation = None  # the answer ends on an item or a line end the prompt gives
            elif sig.truncation == "truncated" and "\n" in out and damage.cuts_given_lines(out, prompt):
                sig.truncation = None  # the prompt's lines cut as asked (``cut -c1-14`` ending in ``12:``)
        if sig.truncation in (None, "suspect") and kind in ("prose", "list", "short") and damage.open_pair_end(out):
            sig.truncation = "truncated"
        if sig.truncation != "truncated" and kind != "code" and (end in damage.PART_END_CHARS or out[:1] == "<"):
            sig.truncation = damage.part_marker(out, prompt) or sig.truncation
        if sig.truncation != "truncated" and kind != "code" and damage.continue_notice(out, prompt):
            sig.truncation = "part"
        if mash_cand[i] and kind != "code" and not out_cjk[i]:
            sig.mash = damage.keyboard_mash(prose, function_words(prose), prompt)
        if sig.mash is None and out[:1].isdigit() and damage.digit_mash(out, f"{sys_l[i] or ''}\n{prompt}"):
            sig.mash = "digits"
        if sig.mash is None and not wordy[i] and kind != "code" and damage.specks(out, f"{sys_l[i] or ''}\n{prompt}"):
            sig.mash = "specks"
        if (
            sig.mash is None
            and not worded[i]
            and kind != "code"
            and damage.wordless(out, f"{sys_l[i] or ''}\n{prompt}")
        ):
            sig.mash = "wordless"
        if kind == "code" and out_cjk[i]:
            sig.translated_code = damage.translated_code(out, prompt)
        if (
            (ins_cjk[i] and not out_cjk[i] and out_nonspace[i] >= 30)
            or (not ins_cjk[i] and not inp_cjk[i] and out_cjk[i] >= language.MIN_ZH_HAN)
        ) and kind != "code":
            sig.lang_mismatch = language.lang_mismatch(ins, inp, out, sys_l[i] or "")
        elif (
            ins_cjk[i]
            and out_cjk[i]
            and kind not in ("code", "verse")
            and out_chars[i] >= language.TAIL_MIN_CHARS + 20
            and out[-1:].isascii()
        ):  # round on heldout9: a Chinese answer that goes on in English (a second answer glued on)
            sig.lang_mismatch = language.english_tail(ins, inp, out, sys_l[i] or "")
        if out_cjk[i] and translate_cand[i]:
            sig.untranslated = language.untranslated(ins, out)
        if out[:1] in _JSON_START:
            sig.dump = structure.json_dump(out, f"{sys_l[i] or ''}\n{prompt}", f"{sys_l[i] or ''}\n{ins}")
        if wiki_cand[i] and sig.dump is None:
            sig.dump = structure.wiki_dump(out, f"{sys_l[i] or ''}\n{prompt}")
        if machine_cand[i] and sig.dump is None:
            sig.dump = structure.machine_dump(out, f"{sys_l[i] or ''}\n{prompt}")
        if (ins_cjk[i] or inp_cjk[i]) and not out_cjk[i] and out_nonspace[i] >= 10 and kind != "code":
            sig.script = pinyin.pinyin_answer(out, f"{sys_l[i] or ''}\n{prompt}")
        if script_cand[i] and sig.script is None:
            sig.script = structure.script_mismatch(out, f"{sys_l[i] or ''}\n{prompt}")
        if leet_cand[i] and sig.script is None and foreign.leetspeak(out, f"{sys_l[i] or ''}\n{prompt}"):
            sig.script = "leetspeak"
        # a Chinese prompt answered without a Han character: any Latin-script prose may be foreign (Welsh,
        # Icelandic: languages without a function-word list are judged by form, :func:`.foreign._unnamed_prose`)
        # (a Chinese term quoted in the answer, « 这个问题 », does not make it Chinese: up to 8 Han characters)
        if (foreign_cand[i] or ins_cjk[i]) and out_cjk[i] <= 8 and kind != "code" and sig.script is None:
            sig.foreign = foreign.foreign_prose(out, f"{sys_l[i] or ''}\n{prompt}", inp)
        # round on heldout8: answers whose form says the answer is absent (each finder gated inside)
        absent.apply(sig, out, ins, f"{sys_l[i] or ''}\n{prompt}", kind, end, promo_tail_cand[i], absent_cand[i])
        # round on heldout9: stand-ins for an answer (each finder gated inside)
        standins.apply(sig, out, ins, inp, f"{sys_l[i] or ''}\n{prompt}", phone_cand[i])
        # round on heldout11: what a tool or a stuck sampler leaves (each finder gated inside)
        leftovers.apply(sig, out, f"{sys_l[i] or ''}\n{prompt}", kind, sig.repeat_asked, closing_cand[i])
        result.append(sig)
    return result


def record_signals(
    instruction: str,
    input_: str,
    output: str,
    prompt_extra: Sequence[str] = (),
    settings: SignalSettings | None = None,
) -> RecordSignals:
    """The signals of one cleaned record (:func:`batch_signals` for a batch of one)."""
    return batch_signals([instruction], [input_], [output], [list(prompt_extra)], settings)[0]


def signals_table(rows: Sequence[RecordSignals]) -> pa.Table:
    """The ``q_*`` columns for ``rows`` as a table with :data:`SIGNAL_SCHEMA`."""
    # column by column (the order of RecordSignals.columns): a third of the time of transposing row tuples
    loops = [r.loops for r in rows]
    ngrams = [r.ngrams for r in rows]
    cols = [
        [r.instruction_chars for r in rows],
        [r.input_chars for r in rows],
        [r.output_chars for r in rows],
        [r.output_units for r in rows],
        [r.kind for r in rows],
        [r.cjk_ratio for r in rows],
        [r.special_ratio for r in rows],
        [r.dup_line_frac for r in rows],
        [lp.dup_share for lp in loops],
        [lp.block_repeats for lp in loops],
        [lp.stutter for lp in loops],
        [g.top2 for g in ngrams],
        [g.dup5 for g in ngrams],
        [r.char_rep_frac for r in rows],
        [r.coherence for r in rows],
    ]
    arrays = [pa.array(c, type=f.type) for c, f in zip(cols, SIGNAL_SCHEMA)]
    return pa.Table.from_arrays(arrays, schema=SIGNAL_SCHEMA)
