"""Config of the clean stage: the ordered text operations, the quality filters and their thresholds.

Every default is documented in ``docs/CLEAN.md`` and repeated in ``pipeline/defaults/pipeline.yaml``.
Lengths are in *units*: non-whitespace characters, with each CJK character (Han, kana, hangul)
counting ``cjk_char_weight`` times (one Han character carries about as much text as three Latin
letters: 3.2 measured on the first 3,247 Alpaca records and their Chinese translation).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from pipeline.text.normalize import DEFAULT_PLACEHOLDER_INPUTS, OPERATIONS

FILTERS: tuple[str, ...] = (
    "empty_instruction",
    "empty_output",
    "placeholder_output",
    "too_short",
    "too_long",
    "generation_artefact",
    "mojibake",
    "markup_output",
    "echo_output",
    "template_output",
    "refusal_output",
    "boilerplate_output",
    "spam_output",
    "blocked_words",
    "keyboard_mash",
    "repetition_loop",
    "repetition_chars",
    "special_char_ratio",
    "lang_not_allowed",
    "lang_mismatch",
    "script_mismatch",
    "truncated_output",
    "repetition_lines",
    "repetition_ngrams",
    "low_coherence",
    "learned_junk",
)
"""All filters, in their default order; each name is also the reason code of its rejects (and reviews)."""

GOPHER_FILTERS: tuple[str, ...] = ("repetition_lines", "repetition_ngrams")
"""Gopher's web-page repetition rules: available, not in the default list (they reject songs, lists, code)."""

DEFAULT_FILTERS: tuple[str, ...] = tuple(f for f in FILTERS if f not in GOPHER_FILTERS)
"""The filters applied by default, in order."""

LEARNED_JUNK_REVIEW = 0.9
"""Default review threshold of the learned junk score (chosen leave-one-author-out, docs/bench/clean.md)."""
LEARNED_JUNK_REJECT = 1.0
"""Default reject threshold of the learned junk score: 1.0 never rejects (findings go to review only; on the
real corpora the few records scoring >= 0.97 were mostly good, docs/bench/clean.md)."""

DEFAULT_WORDLISTS: tuple[str, ...] = (
    "builtin:ads_zh",
    "builtin:ads_en",
    "builtin:sensitive_zh",
    "builtin:sensitive_en",
)
"""Bundled word lists (``pipeline/defaults/wordlists/<name>.txt``)."""


@dataclass(frozen=True)
class CleanConfig:
    """Settings of the clean stage (operations first, then filters)."""

    enabled: bool = True
    workers: int = field(
        default=0,
        metadata={"min": 0, "max": 64, "help": "processes for large tables (0 = one per CPU, 1 = in-process)"},
    )
    operations: list[str] = field(
        default_factory=lambda: list(OPERATIONS),
        metadata={"help": "text operations to run, in this order: " + ", ".join(OPERATIONS)},
    )
    unicode_form: Literal["NFC", "NFKC", "none"] = field(
        default="NFC", metadata={"help": "Unicode normalisation form (NFKC only outside code blocks)"}
    )
    punctuation: Literal["keep", "ascii"] = field(
        default="keep", metadata={"help": "keep full-width (Chinese) punctuation or map it to ASCII"}
    )
    html: Literal["auto", "always", "never"] = field(
        default="auto", metadata={"help": "strip HTML markup: when a field looks like HTML, always, or never"}
    )
    urls: Literal["keep", "remove", "placeholder"] = field(default="keep", metadata={"help": "what to do with URLs"})
    url_placeholder: str = field(default="[URL]", metadata={"help": "replacement text when urls is 'placeholder'"})
    traditional_to_simplified: bool = field(
        default=False, metadata={"help": "convert traditional Chinese to simplified (OpenCC t2s)"}
    )
    max_blank_lines: int = field(default=1, metadata={"min": 0, "max": 10, "help": "longest run of blank lines kept"})
    placeholder_inputs: list[str] = field(
        default_factory=lambda: list(DEFAULT_PLACEHOLDER_INPUTS),
        metadata={"help": "input values that mean 'no input' (compared folded: case, spaces, brackets, quotes)"},
    )

    filters: list[str] = field(
        default_factory=lambda: list(DEFAULT_FILTERS),
        metadata={"help": "filters to apply, in this order (the first that fires gives the reason code)"},
    )
    borderline: Literal["review", "reject", "keep"] = field(
        default="review",
        metadata={"help": "what a borderline filter finding does: hold the record for review, reject it, or keep it"},
    )
    cjk_char_weight: int = field(default=3, metadata={"min": 1, "max": 10, "help": "units per CJK character"})
    min_instruction_units: int = field(default=2, metadata={"min": 0, "help": "shorter instructions: too_short"})
    min_output_units: int = field(default=1, metadata={"min": 0, "help": "shorter outputs: too_short"})
    max_output_units: int = field(default=20_000, metadata={"min": 1, "help": "longer outputs: too_long"})
    max_prompt_units: int = field(
        default=20_000, metadata={"min": 1, "help": "longer instruction+input+system+history: too_long"}
    )
    special_char_min_chars: int = field(
        default=20, metadata={"min": 1, "help": "special_char_ratio is judged on outputs with at least this many chars"}
    )
    max_special_char_ratio: float = field(
        default=0.5, metadata={"min": 0.0, "max": 1.0, "help": "share of symbol characters in the output's prose"}
    )
    repetition_min_lines: int = field(default=4, metadata={"min": 2, "help": "repetition_lines needs this many lines"})
    max_dup_line_frac: float = field(
        default=0.3, metadata={"min": 0.0, "max": 1.0, "help": "share of lines repeating an earlier line (Gopher)"}
    )
    max_dup_line_char_frac: float = field(
        default=0.2, metadata={"min": 0.0, "max": 1.0, "help": "share of characters in repeated lines (Gopher)"}
    )
    ngram_min_tokens: int = field(default=100, metadata={"min": 10, "help": "repetition_ngrams needs this many tokens"})
    max_top_ngram_frac: list[float] = field(
        default_factory=lambda: [0.20, 0.18, 0.16],
        metadata={"help": "n = 2, 3, 4: share of characters in the most frequent n-gram (Gopher)"},
    )
    max_dup_ngram_frac: list[float] = field(
        default_factory=lambda: [0.15, 0.14, 0.13, 0.12, 0.11, 0.10],
        metadata={"help": "n = 5..10: share of characters in repeated n-grams (Gopher)"},
    )
    loop_max_stutter: int = field(
        default=10, metadata={"min": 2, "help": "a 1-4 token unit repeated this often back to back: repetition_loop"}
    )
    loop_max_block_repeats: int = field(
        default=6, metadata={"min": 2, "help": "a block of lines/sentences repeated this often back to back: loop"}
    )
    loop_block_repeats_covering: int = field(
        default=4, metadata={"min": 2, "help": "... or this often when the repeats cover loop_block_share of the text"}
    )
    loop_block_share: float = field(
        default=0.5, metadata={"min": 0.0, "max": 1.0, "help": "share of the text those repeats must cover"}
    )
    loop_max_dup_share: float = field(
        default=0.6,
        metadata={"min": 0.0, "max": 1.0, "help": "share of line/sentence characters copying earlier ones: loop"},
    )
    loop_max_dup_share_verse: float = field(
        default=0.75, metadata={"min": 0.0, "max": 1.0, "help": "the same for verse, songs and chants"}
    )
    loop_review_dup_share: float = field(
        default=0.5, metadata={"min": 0.0, "max": 1.0, "help": "from this share (not verse): borderline"}
    )
    char_repetition_min_repeats: int = field(
        default=5, metadata={"min": 2, "help": "a 1-4 character unit repeated this often in a row is a run"}
    )
    max_char_repetition_frac: float = field(
        default=0.2, metadata={"min": 0.0, "max": 1.0, "help": "share of the output's characters in such runs"}
    )
    template_max_chars: int = field(
        default=400,
        metadata={"min": 1, "help": "template_output judges outputs up to this many characters"},
    )
    echo_check_input: bool = field(
        default=False,
        metadata={
            "help": "reject every output that only repeats the input (off: only for translations and tasks that ask "
            "for new text; borderline for rewrites and tasks that may keep it, kept for edits)"
        },
    )
    wordlists: list[str] = field(
        default_factory=lambda: list(DEFAULT_WORDLISTS),
        metadata={"help": "advertising / sensitive word lists: 'builtin:<name>' or a file path, one entry a line"},
    )
    blocked_words_min_hits: int = field(
        default=1, metadata={"min": 1, "help": "word-list hits in a record needed to reject it"}
    )
    allowed_langs: list[str] = field(
        default_factory=lambda: ["zh", "en"], metadata={"help": "languages kept (codes from pipeline.text.lang)"}
    )
    redetect_lang: Literal["changed", "always", "never"] = field(
        default="changed",
        metadata={"help": "detect lang again for records whose text cleaning changed, for all, or never"},
    )
    coherence_min_units: int = field(
        default=400, metadata={"min": 0, "help": "outputs this long get a coherence score"}
    )
    coherence_min_sentences: int = field(
        default=3, metadata={"min": 2, "help": "outputs with this many sentences get a coherence score"}
    )
    min_coherence: float = field(
        default=0.0, metadata={"min": 0.0, "max": 1.0, "help": "scored outputs below this: low_coherence (0 = off)"}
    )
    learned_junk_review: float = field(
        default=LEARNED_JUNK_REVIEW,
        metadata={"help": "learned junk score (0-1) from which a record the rules keep is held for review"},
    )
    learned_junk_reject: float = field(
        default=LEARNED_JUNK_REJECT,
        metadata={
            "help": "learned junk score (0-1) from which it is rejected (1.0: never; at least learned_junk_review)"
        },
    )
    learned_junk_model: str = field(
        default="",
        metadata={"help": "model file of learned_junk (empty: the bundled pipeline/defaults/learned_junk.json)"},
    )

    def __post_init__(self) -> None:
        """Check operation and filter names and the n-gram threshold lists."""
        for i, op in enumerate(self.operations):
            if op not in OPERATIONS:
                raise ValueError(f"operations[{i}] is not a known operation (allowed: {', '.join(OPERATIONS)})")
        if len(set(self.operations)) != len(self.operations):
            raise ValueError("operations: an operation is listed twice")
        for i, name in enumerate(self.filters):
            if name not in FILTERS:
                raise ValueError(f"filters[{i}] is not a known filter (allowed: {', '.join(FILTERS)})")
        if len(self.max_top_ngram_frac) != 3:
            raise ValueError(f"max_top_ngram_frac needs 3 values (n = 2, 3, 4), got {len(self.max_top_ngram_frac)}")
        if len(self.max_dup_ngram_frac) != 6:
            raise ValueError(f"max_dup_ngram_frac needs 6 values (n = 5..10), got {len(self.max_dup_ngram_frac)}")
        for key in ("learned_junk_review", "learned_junk_reject"):
            value = getattr(self, key)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{key} must be between 0.0 and 1.0, got {value}")
        if self.learned_junk_reject < self.learned_junk_review:
            raise ValueError(
                f"learned_junk_reject must be at least learned_junk_review ({self.learned_junk_review}), "
                f"got {self.learned_junk_reject}"
            )
        for key in ("max_top_ngram_frac", "max_dup_ngram_frac"):
            for i, v in enumerate(getattr(self, key)):
                if not 0.0 <= v <= 1.0:
                    raise ValueError(f"{key}[{i}] must be between 0 and 1")
