"""The analyzer: Presidio's ``AnalyzerEngine`` with our recognizers, our NLP engine and cheap prefilters.

:func:`build_registry` fills a Presidio ``RecognizerRegistry`` with this package's recognizers (for
``en`` and ``zh``), the Presidio recognizers a policy names (``predefined_recognizers``) and those of
a Presidio recognizer-registry YAML the policy points to (``recognizer_registry``).
:class:`Analyzer` runs it over many texts at once:

1. each text is *folded* (:func:`~pipeline.stages.deidentify.recognizers.base.fold`: full-width and
   Chinese-numeral digits read as ASCII, same offsets);
2. the recognizers' prefilters say which could match; a text none could match is skipped;
3. the NLP engine (:class:`~pipeline.stages.deidentify.nlp.NameTaggerNlpEngine`) tokenizes the
   remaining texts and tags name candidates in one batch (NER windows, jieba);
4. :class:`InstructflowAnalyzerEngine` (a Presidio ``AnalyzerEngine``) runs the recognizers that may
   match on each text, applies Presidio's context enhancement, and removes duplicates in O(n log n).

The same analyzer serves the stage, the residual gate of the validate stage and ``pipeline scan``.
"""

from __future__ import annotations

import bisect
import copy
import itertools
import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import tldextract.tldextract as _tldextract
from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry, RecognizerResult

from pipeline.errors import ConfigError
from pipeline.stages.deidentify.nlp import LANGUAGES, NameTaggerNlpEngine
from pipeline.stages.deidentify.recognizers.base import PLACEHOLDER_RE, Recognizer, fold

if TYPE_CHECKING:
    from presidio_analyzer.nlp_engine import NlpArtifacts

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
# Presidio's EmailRecognizer calls tldextract, whose default extractor read that variable when
# presidio_analyzer was imported (above, or earlier by anyone): make it again so it never goes online.
_tldextract.TLD_EXTRACTOR = _tldextract.TLDExtract()

MEMO_MAX_ENTRIES = 20_000
"""Strings whose findings an :class:`Analyzer` remembers across batches (then it starts afresh)."""

MEMO_MAX_CHARS = 2_000
"""Only strings up to this length are remembered (prompts, ids and short answers repeat; long texts rarely do)."""

PARALLEL_MIN_TEXTS = 2000
"""Below this many texts the work stays in one process (fork and IPC cost more than they save)."""


def own_recognizers(language: str) -> list[Recognizer]:
    """One instance of each of this package's recognizers for ``language``."""
    from pipeline.stages.deidentify.recognizers import (
        addresses_en,
        addresses_zh,
        documents,
        identifiers,
        names,
        phones,
    )

    return [
        *names.recognizers(language),
        *addresses_en.recognizers(language),
        *addresses_zh.recognizers(language),
        *phones.recognizers(language),
        *identifiers.recognizers(language),
        *documents.recognizers(language),
    ]


def build_registry(
    languages: Sequence[str] = LANGUAGES,
    *,
    predefined: Sequence[str] = (),
    registry_yaml: Path | None = None,
) -> RecognizerRegistry:
    """A Presidio registry: our recognizers plus Presidio's ``predefined`` ones and a registry YAML's.

    Raises :class:`ConfigError` naming the recognizer or file when Presidio cannot load one.
    """
    registry = RecognizerRegistry(supported_languages=list(languages))
    for lang in languages:
        for own in own_recognizers(lang):
            registry.add_recognizer(own)
    for external in _external(languages, predefined, registry_yaml):
        registry.add_recognizer(external)
    return registry


def _external(
    languages: Sequence[str], predefined: Sequence[str], registry_yaml: Path | None
) -> list[EntityRecognizer]:
    """Presidio recognizers by class name and from a recognizer-registry YAML."""
    from presidio_analyzer.recognizer_registry import RecognizerRegistryProvider

    out: list[EntityRecognizer] = []
    if predefined:
        conf = {
            "supported_languages": list(languages),
            "global_regex_flags": 26,
            "recognizers": [
                {"name": name, "type": "predefined", "supported_languages": list(languages)} for name in predefined
            ],
        }
        try:
            out += RecognizerRegistryProvider(registry_configuration=conf).create_recognizer_registry().recognizers
        except Exception as exc:  # Presidio raises ValueError/KeyError/TypeError for unknown names
            raise ConfigError(
                f"predefined_recognizers: Presidio could not load {', '.join(predefined)} ({type(exc).__name__}); "
                "use class names of presidio_analyzer.predefined_recognizers"
            ) from None
    if registry_yaml is not None:
        if not registry_yaml.is_file():
            raise ConfigError(f"recognizer_registry: file not found: {registry_yaml}")
        try:
            loaded = RecognizerRegistryProvider(conf_file=str(registry_yaml)).create_recognizer_registry()
        except Exception as exc:
            raise ConfigError(
                f"{registry_yaml}: not a valid Presidio recognizer registry ({type(exc).__name__}); "
                "see Presidio's recognizer registry YAML format"
            ) from None
        out += [r for r in loaded.recognizers if r.supported_language in languages]
    return out


def external_entities(predefined: Sequence[str], registry_yaml: Path | None) -> set[str]:
    """The entity types of the Presidio recognizers a policy adds (each needs a rule in the policy)."""
    types: set[str] = set()
    for recognizer in _external(LANGUAGES, predefined, registry_yaml):
        types |= set(recognizer.supported_entities)
    return types


class InstructflowAnalyzerEngine(AnalyzerEngine):
    """Presidio's ``AnalyzerEngine``, with prefilters and an O(n log n) duplicate removal.

    It skips recognizers whose prefilter rules a text out, and removes duplicate findings in
    O(n log n) (Presidio's own removal compares every pair).
    """

    _by_language: dict[tuple[str, tuple[str, ...] | None], list[tuple[EntityRecognizer, Callable[[str], bool] | None]]]
    _entities: dict[str, list[str]]

    def __init__(self, *args: object, **kwargs: object) -> None:  # Presidio's arguments
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._by_language = {}
        self._entities = {}

    def analyze(  # type: ignore[override]  # a subset of Presidio's keyword arguments
        self,
        text: str,
        language: str,
        entities: list[str] | None = None,
        nlp_artifacts: NlpArtifacts | None = None,
        score_threshold: float | None = None,
        allow_list: list[str] | None = None,
    ) -> list[RecognizerResult]:
        """Findings of every recognizer (of ``entities``) in ``text``, context-enhanced, duplicates removed."""
        key = (language, tuple(entities) if entities else None)
        if key not in self._by_language:  # each recognizer with its prefilter, looked up once
            self._by_language[key] = [
                (r, r.may_match if isinstance(r, Recognizer) else None)
                for r in self.registry.get_recognizers(language=language, entities=entities, all_fields=not entities)
            ]
        recognizers = [r for r, may_match in self._by_language[key] if may_match is None or may_match(text)]
        if not recognizers:
            return []
        if entities:
            wanted = entities
        else:  # the registry does not change once built: its types are asked once per language
            if language not in self._entities:
                self._entities[language] = self.get_supported_entities(language=language)
            wanted = self._entities[language]
        if nlp_artifacts is None:
            nlp_artifacts = self.nlp_engine.process_text(text, language)
        results: list[RecognizerResult] = []
        keep = set(wanted) if wanted else None
        for recognizer in recognizers:
            if not recognizer.is_loaded:
                recognizer.load()
                recognizer.is_loaded = True
            if text and isinstance(recognizer, Recognizer) and type(recognizer).analyze is Recognizer.analyze:
                # Recognizer.analyze without asking the prefilter again (it said yes above)
                found = [r for r in recognizer.find(text, nlp_artifacts) if keep is None or r.entity_type in keep]
                for r in found:
                    meta = r.recognition_metadata if r.recognition_metadata is not None else {}
                    meta.setdefault(
                        RecognizerResult.RECOGNIZER_NAME_KEY,
                        str(getattr(recognizer, "name", type(recognizer).__name__)),
                    )
                    r.recognition_metadata = meta
            else:
                found = recognizer.analyze(text=text, entities=wanted, nlp_artifacts=nlp_artifacts)
            for r in found or ():
                meta = r.recognition_metadata or {}
                meta.setdefault(RecognizerResult.RECOGNIZER_NAME_KEY, str(getattr(recognizer, "name", "")))
                # Presidio matches a result to its recognizer by this id (context enhancement drops
                # results whose id names no recognizer), so the engine sets it, not the recognizer.
                meta[RecognizerResult.RECOGNIZER_IDENTIFIER_KEY] = recognizer.id
                r.recognition_metadata = meta
                results.append(r)
        if not results:
            return []
        if any(getattr(r, "context", None) for r in recognizers):
            results = self._enhance_using_context(text, results, nlp_artifacts, recognizers, None)
        threshold = self.default_score_threshold if score_threshold is None else score_threshold
        results = [r for r in results if r.score >= threshold]
        if allow_list:
            allowed = set(allow_list)
            results = [r for r in results if text[r.start : r.end] not in allowed]
        return remove_duplicates(results)


def remove_duplicates(results: Iterable[RecognizerResult]) -> list[RecognizerResult]:
    """Presidio's ``EntityRecognizer.remove_duplicates`` rule in O(n log n), sorted by start, end and type.

    As Presidio: zero-score findings are dropped; per entity type, findings are taken by start, longest
    first, then highest score, and one is dropped when a finding already kept contains it with at
    least its score (an exact duplicate is contained in its twin). Presidio compares each finding with
    every kept one that still overlaps it; here a Fenwick tree over the kept findings' ends answers
    "the best score of a kept finding reaching at least this far" in O(log n) (every kept finding
    starts at or before the current one), so a table with tens of thousands of findings takes
    milliseconds instead of a quadratic scan.
    """
    ranked = sorted(
        (r for r in results if r.score != 0),
        key=lambda r: (r.entity_type, r.start, -(r.end - r.start), -r.score),
    )
    out: list[RecognizerResult] = []
    for _, group in itertools.groupby(ranked, key=lambda r: r.entity_type):
        items = list(group)
        ends = sorted({r.end for r in items}, reverse=True)
        slot = {e: i + 1 for i, e in enumerate(ends)}  # 1 = the furthest end: a prefix is "ends >= x"
        best = [float("-inf")] * (len(ends) + 1)
        for r in items:
            i = slot[r.end]
            reach = float("-inf")
            while i > 0:
                reach = max(reach, best[i])
                i -= i & -i
            if reach >= r.score:
                continue  # inside a kept finding of its type that scores at least as high
            out.append(r)
            i = slot[r.end]
            while i <= len(ends):
                best[i] = max(best[i], r.score)
                i += i & -i
    out.sort(key=lambda r: (r.start, r.end, r.entity_type))
    return out


class Analyzer:
    """Detect personal data in many texts at once (see the module docstring)."""

    def __init__(
        self,
        *,
        ner: bool = True,
        skip_place_windows: bool = False,
        predefined: Sequence[str] = (),
        registry_yaml: Path | None = None,
        entities: Sequence[str] | None = None,
    ) -> None:
        """Configure the engine; models load on first use (or :meth:`load`).

        ``entities`` limits the analysis to those types (``None``: all); without ``PERSON`` and
        ``LOCATION`` the name taggers do not run at all.
        """
        self.only = sorted(entities) if entities is not None else None
        taggers = self.only is None or bool({"PERSON", "LOCATION"} & set(self.only))
        self.taggers = taggers
        """Whether the name taggers run (they can be limited per text: :meth:`analyze`)."""
        self.nlp = NameTaggerNlpEngine(ner=ner, skip_place_windows=skip_place_windows, taggers=taggers)
        self.registry = build_registry(LANGUAGES, predefined=predefined, registry_yaml=registry_yaml)
        self.engine = InstructflowAnalyzerEngine(
            registry=self.registry, nlp_engine=self.nlp, supported_languages=list(LANGUAGES)
        )
        self._loaded = False
        self._memo: dict[tuple[str, str, bool], list[RecognizerResult]] = {}

    def load(self) -> Analyzer:
        """Load the models now (before forking workers, so children share them).

        The first load then moves every object alive to the collector's permanent generation
        (``gc.freeze``): the models' millions of objects (jieba's dictionary, the spaCy vocabularies)
        live as long as the process, and each full collection would otherwise walk them all again
        (about a tenth of the stage's time). Forked workers also keep sharing their pages.
        """
        if not self._loaded:
            import gc

            self.nlp.load()
            gc.freeze()
            self._loaded = True
        return self

    def entities(self) -> list[str]:
        """Every entity type the analyzer can emit, sorted."""
        types: set[str] = set()
        for lang in LANGUAGES:
            types |= set(self.engine.get_supported_entities(language=lang))
        return sorted(types)

    def analyze(
        self, texts: Sequence[str], languages: Sequence[str], tag: Sequence[bool] | None = None
    ) -> list[list[RecognizerResult]]:
        """Findings per text (duplicates removed, overlaps of different types kept), sorted by offset.

        ``tag`` (one flag per text, default all) limits the name taggers (NER, jieba) to the flagged texts.
        A string given more than once (with the same language and flag) is analysed once, in this
        batch or (up to :data:`MEMO_MAX_CHARS` characters, the last :data:`MEMO_MAX_ENTRIES` strings)
        in an earlier one: analysis is a function of the string, its language and the flag; each
        repeat gets its own copies of the findings.
        """
        self.load()
        codes = [lang if lang in LANGUAGES else "en" for lang in languages]
        first: dict[tuple[str, str, bool], int] = {}
        todo: list[int] = []
        repeats: list[tuple[int, int]] = []
        out: list[list[RecognizerResult]] = [[] for _ in texts]
        memo = self._memo
        for i, t in enumerate(texts):
            if not t:
                continue
            key = (t, codes[i], True if tag is None else bool(tag[i]))
            if key in memo:  # seen in an earlier batch of this process
                out[i] = [_copy_result(r) for r in memo[key]]
                continue
            j = first.setdefault(key, i)
            if j == i:
                todo.append(i)
            else:
                repeats.append((i, j))  # the same string again (an annotator id, a repeated prompt): analysed once
        if not todo:
            return out
        artifacts = self.nlp.artifacts(
            [texts[i] for i in todo], [codes[i] for i in todo], None if tag is None else [tag[i] for i in todo]
        )
        for i, art in zip(todo, artifacts, strict=True):
            found = self.engine.analyze(
                fold(texts[i]), codes[i], entities=self.only, nlp_artifacts=art, score_threshold=0.0
            )
            out[i] = _outside_placeholders(texts[i], found)
        for i, j in repeats:
            out[i] = [_copy_result(r) for r in out[j]]
        for key, i in first.items():  # remembered as copies: the caller may change the findings it gets
            if len(key[0]) <= MEMO_MAX_CHARS:
                if len(memo) >= MEMO_MAX_ENTRIES:
                    memo.clear()
                memo[key] = [_copy_result(r) for r in out[i]]
        return out

    def analyze_parallel(
        self, texts: Sequence[str], languages: Sequence[str], workers: int, tag: Sequence[bool] | None = None
    ) -> list[list[RecognizerResult]]:
        """Like :meth:`analyze`, split over ``workers`` forked processes (same result, same order).

        Forking is used only where it is safe: a process with a single thread (the CLI). Inside a
        threaded host (an Airflow task process, a test runner) the work runs in this process. If a
        worker dies, the work is redone here: the result never depends on how it was computed.
        """
        from pipeline.core.forking import fork_is_safe

        if workers <= 1 or len(texts) < PARALLEL_MIN_TEXTS or not fork_is_safe():
            return self.analyze(texts, languages, tag)
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor
        from concurrent.futures.process import BrokenProcessPool

        self.load()
        global _FORK_ANALYZER
        _FORK_ANALYZER = self
        size = -(-len(texts) // (workers * 4))
        flags = [True] * len(texts) if tag is None else list(tag)
        chunks = [
            (list(texts[i : i + size]), list(languages[i : i + size]), flags[i : i + size])
            for i in range(0, len(texts), size)
        ]
        try:
            with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork")) as pool:
                parts = list(pool.map(_analyze_chunk, chunks))
        except BrokenProcessPool:
            parts = [self.analyze(texts, languages, tag)]
        finally:
            _FORK_ANALYZER = None
        return [found for part in parts for found in part]


_FORK_ANALYZER: Analyzer | None = None


def _analyze_chunk(chunk: tuple[list[str], list[str], list[bool]]) -> list[list[RecognizerResult]]:
    assert _FORK_ANALYZER is not None
    return _FORK_ANALYZER.analyze(*chunk)


def _copy_result(r: RecognizerResult) -> RecognizerResult:
    """A copy of a finding (the stage changes findings of one string in place: scores, metadata)."""
    twin = copy.copy(r)
    if isinstance(r.recognition_metadata, dict):
        twin.recognition_metadata = dict(r.recognition_metadata)
    return twin


def _outside_placeholders(text: str, found: list[RecognizerResult]) -> list[RecognizerResult]:
    """Findings that do not touch a placeholder: text de-identified before is not de-identified again."""
    if "<" not in text and "[" not in text:
        return found
    tokens = [(m.start(), m.end()) for m in PLACEHOLDER_RE.finditer(text)]
    if not tokens:
        return found
    starts = [s for s, _ in tokens]
    out = []
    for r in found:  # tokens do not overlap: only the last one starting before r.end can touch r
        k = bisect.bisect_left(starts, r.end) - 1
        if k < 0 or tokens[k][1] <= r.start:
            out.append(r)
    return out


def default_workers() -> int:
    """Processes to use when the config says 0: the CPUs this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)
