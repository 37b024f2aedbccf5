"""The regex recognizers of :mod:`pipeline.stages.deidentify.recognizers.patterns` as Presidio recognizers.

A stop-gap while the structured recognizers (phones, identifiers, addresses) replace them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.stages.deidentify.recognizers.base import Recognizer, RecognizerResult, result
from pipeline.stages.deidentify.recognizers.patterns import RECOGNIZERS, PatternRecognizer

if TYPE_CHECKING:
    from presidio_analyzer.nlp_engine import NlpArtifacts

RENAMED = {"ADDRESS": "STREET_ADDRESS", "CN_PASSPORT": "PASSPORT"}


class LegacyPatternRecognizer(Recognizer):
    """One regex recognizer of the old pattern set."""

    def __init__(self, pattern: PatternRecognizer, supported_language: str = "en") -> None:
        """Wrap ``pattern``."""
        self.pattern = pattern
        self.ENTITIES = (RENAMED.get(pattern.entity_type, pattern.entity_type),)
        super().__init__(supported_language=supported_language, name=pattern.name)

    def may_match(self, text: str) -> bool:
        """The pattern's own prefilter."""
        return self.pattern.prefilter(text)

    def find(self, text: str, nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        """The pattern's findings."""
        return [
            result(self.ENTITIES[0], f.start, f.end, f.score, self.pattern.name) for f in self.pattern.matches(text)
        ]


def recognizers(language: str) -> list[Recognizer]:
    """Every old regex recognizer for ``language``."""
    return [LegacyPatternRecognizer(p, supported_language=language) for p in RECOGNIZERS]
