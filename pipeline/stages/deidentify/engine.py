"""The de-identification analyzer: offline, routed by record language, batched and prefiltered.

Two ways to use the same recognizers:

* :class:`PiiEngine` (the fast path used by the stage and the scanner): pattern recognizers on every
  text with cheap prefilters, Chinese names by jieba for ``zh`` records (and other CJK text), English
  names by spaCy NER run in batches over candidate windows only, optionally over several processes.
* :func:`build_analyzer` builds a Presidio ``AnalyzerEngine`` for ``"en"`` or ``"zh"`` from the same
  recognizers, offline (explicit ``nlp_engine``, ``registry`` and ``supported_languages``; never the
  bare constructor, which downloads a model), for callers who want Presidio's API.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from presidio_analyzer import AnalyzerEngine

from pipeline.stages.deidentify.recognizers.patterns import (
    RECOGNIZERS,
    Finding,
    PatternRecognizer,
    analyze_patterns,
    resolve_overlaps,
)
from pipeline.stages.deidentify.recognizers.person_en import EN_MODEL, EnNerRecognizer
from pipeline.stages.deidentify.recognizers.person_zh import ZhPersonRecognizer
from pipeline.text.scripts import has_cjk

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

PARALLEL_MIN_TEXTS = 2000
"""Below this many texts the work stays in one process (fork and IPC cost more than they save)."""


class PiiEngine:
    """Detect personal data in many texts at once.

    ``ner=False`` skips English NER (pattern + Chinese names only); ``zh_names=False`` skips jieba.
    ``recognizers`` restricts the pattern recognizers (the residual scan uses the high-precision ones).
    ``skip_place_windows=True`` does not run NER on windows that only a well-known place opens
    (:func:`pipeline.stages.deidentify.recognizers.person_en.candidate_windows`): for a policy whose ``LOCATION`` action is
    ``keep``, where those windows cost time and change nothing. Models load lazily on first use.
    """

    def __init__(
        self,
        *,
        ner: bool = True,
        zh_names: bool = True,
        recognizers: Sequence[PatternRecognizer] = RECOGNIZERS,
        skip_place_windows: bool = False,
    ) -> None:
        """Configure which detectors run; nothing is loaded yet."""
        self.use_ner = ner
        self.use_zh = zh_names
        self.recognizers = tuple(recognizers)
        self.skip_place_windows = skip_place_windows
        self._en: EnNerRecognizer | None = None
        self._zh: ZhPersonRecognizer | None = None

    def load(self) -> PiiEngine:
        """Load the models now (before forking workers, so children share them)."""
        if self.use_ner and self._en is None:
            self._en = EnNerRecognizer()
        if self.use_zh and self._zh is None:
            self._zh = ZhPersonRecognizer()
        return self

    def share_models(self, other: PiiEngine) -> None:
        """Use the models ``other`` has loaded instead of loading them again."""
        if self.use_ner and self._en is None:
            self._en = other._en
        if self.use_zh and self._zh is None:
            self._zh = other._zh

    def entities(self) -> tuple[str, ...]:
        """Entity types this engine can emit, sorted."""
        types = {r.entity_type for r in self.recognizers}
        if self.use_ner:
            types |= {"PERSON", "LOCATION"}
        if self.use_zh:
            types.add("PERSON")
        return tuple(sorted(types))

    def analyze_texts(self, texts: Sequence[str], langs: Sequence[str]) -> list[list[Finding]]:
        """Findings per text (overlaps resolved, sorted by offset); ``langs[i]`` routes text ``i``."""
        self.load()
        found: list[list[Finding]] = [analyze_patterns(t, self.recognizers) if t else [] for t in texts]
        if self._zh is not None:
            for i, (text, lang) in enumerate(zip(texts, langs)):
                if text and (lang == "zh" or (lang != "en" and has_cjk(text))):
                    found[i].extend(self._zh.analyze(text))
        if self._en is not None:
            for i, extra in enumerate(self._en.analyze_batch(texts, skip_places=self.skip_place_windows)):
                found[i].extend(extra)
        return [resolve_overlaps(f) for f in found]

    def analyze_parallel(self, texts: Sequence[str], langs: Sequence[str], workers: int) -> list[list[Finding]]:
        """Like :meth:`analyze_texts`, split over ``workers`` forked processes (same result, same order).

        Forking is used only where it is safe: a process with a single thread (the CLI). Inside a
        threaded host (an Airflow task process, a test runner) the work runs in this process, since
        a child forked while another thread holds a lock can hang forever. If a worker dies anyway,
        the work is redone here: the result never depends on how it was computed.
        """
        workers = max(1, workers)
        if workers == 1 or len(texts) < PARALLEL_MIN_TEXTS or not _fork_is_safe():
            return self.analyze_texts(texts, langs)
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor
        from concurrent.futures.process import BrokenProcessPool

        self.load()
        global _FORK_ENGINE
        _FORK_ENGINE = self
        n_chunks = workers * 4
        size = -(-len(texts) // n_chunks)
        chunks = [(list(texts[i : i + size]), list(langs[i : i + size])) for i in range(0, len(texts), size)]
        try:
            with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork")) as pool:
                parts = list(pool.map(_analyze_chunk, chunks))
        except BrokenProcessPool:
            parts = [self.analyze_texts(texts, langs)]
        finally:
            _FORK_ENGINE = None
        return [f for part in parts for f in part]


_FORK_ENGINE: PiiEngine | None = None


def _analyze_chunk(chunk: tuple[list[str], list[str]]) -> list[list[Finding]]:
    assert _FORK_ENGINE is not None
    return _FORK_ENGINE.analyze_texts(*chunk)


def _fork_is_safe() -> bool:
    """See :func:`pipeline.core.forking.fork_is_safe` (a module attribute here so tests can patch it)."""
    from pipeline.core.forking import fork_is_safe

    return fork_is_safe()


def default_workers() -> int:
    """Processes to use when the config says 0: the CPUs this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


# --------------------------------------------------------------------------- Presidio adapter


def build_analyzer(lang: str) -> AnalyzerEngine:
    """A Presidio ``AnalyzerEngine`` for ``lang`` ("en" or "zh") with this project's recognizers, offline.

    English uses the pinned spaCy package as Presidio's NLP engine plus the pattern recognizers;
    Chinese uses Presidio's ``no_op`` NLP engine, the pattern recognizers and the jieba person
    recognizer. Nothing is downloaded.
    """
    if lang not in ("en", "zh"):
        raise ValueError(f"build_analyzer: lang must be 'en' or 'zh', got {lang!r}")
    from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry, RecognizerResult
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    class _Adapter(EntityRecognizer):  # one Presidio recognizer per project recognizer
        def __init__(self, rec: Any, entities: list[str], language: str) -> None:
            self._rec = rec
            super().__init__(supported_entities=entities, name=rec.name, supported_language=language)

        def load(self) -> None:
            return None

        def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[Any]:
            if isinstance(self._rec, EnNerRecognizer):
                found = self._rec.analyze_batch([text])[0]
            else:
                found = self._rec.analyze(text)
            return [
                RecognizerResult(f.entity_type, f.start, f.end, f.score)
                for f in found
                if not entities or f.entity_type in entities
            ]

    if lang == "en":
        nlp_conf = {"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": EN_MODEL}]}
    else:
        nlp_conf = {"nlp_engine_name": "no_op", "models": [{"lang_code": "zh", "model_name": "no_op"}]}
    nlp_engine = NlpEngineProvider(nlp_configuration=nlp_conf).create_engine()
    registry = RecognizerRegistry(supported_languages=[lang])
    for rec in RECOGNIZERS:
        registry.add_recognizer(_Adapter(rec, [rec.entity_type], lang))
    person = EnNerRecognizer() if lang == "en" else ZhPersonRecognizer()
    registry.add_recognizer(_Adapter(person, ["PERSON", "LOCATION"] if lang == "en" else ["PERSON"], lang))
    return AnalyzerEngine(nlp_engine=nlp_engine, registry=registry, supported_languages=[lang])
