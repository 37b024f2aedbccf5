"""English prose that is about a person: the context cues that make a name in running text a private person's.

A bare name in a sentence is not evidence of a private person (stories, examples, public figures),
so the name taggers' candidates score :data:`~pipeline.stages.deidentify.recognizers.names.NEUTRAL`.
Some sentences say more: a person is *addressed* (``Leif, can I please speak to your boss?``,
``Remember me, Mary?``), *introduces themselves* (``I'm Naomi Ryan``), is named as someone's
(``my partner's name Nicole Mahler``, ``What's your name? Sölvi Salómonsson``), is the other party
of an act between people (``follow up with patricia desrosiers``, ``the assistant to Asya Godina``,
``have you heard Laura Carvalho speak``), or is a full name that acts or owns in a report
(``Bryan Maclean's killers``, ``Marie Langrová, the Packager, said``). This module holds those
cues as regexes over the text, independent of capitalisation where the cue itself is strong:

- :func:`prose_names`: names the cue itself delimits (addressed, self-introduced, named as someone's,
  after an act between people), at :data:`IN_PROSE` or, for a name given as one's own, at the
  caller's private level;
- :func:`level_around`: the level a tagger's full-name candidate gets from the words around it
  (possessive, reported speech, an act between people before it);
- :func:`prose_names` and :func:`full_names` need no tagger. (A cheap superset test of
  :func:`level_around` to open the name taggers was measured too slow for the speed target and removed.)

:data:`IN_PROSE` is at the bundled threshold but below the level that makes a record private, so a
prose cue transforms its own name only; it does not raise other candidates of the record. Public
figures and characters are still dropped by the person recognizer before any level counts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.text.alternation import LoweredGate, alternation

IN_PROSE = 0.65
"""A name the sentence treats as a person acting or addressed: transformed at the bundled threshold (0.6)."""

_UP = "A-ZÀ-ÞĀ-Ž"
_LO = "a-zß-ÿā-ž"
_WORD = rf"[{_UP}][{_LO}'’]+(?:-[{_UP}]?[{_LO}]+)?"
_INITIAL = rf"[{_UP}]\.?"
_FULL = rf"{_WORD}(?:[ \t]+{_INITIAL})?(?:[ \t]+{_WORD}){{1,2}}"
"""Two or three capitalised words, with an optional middle initial (``Faina D. Yefremova``)."""
_ONE_OR_FULL = rf"{_WORD}(?:(?:[ \t]+{_INITIAL})?(?:[ \t]+{_WORD}){{1,2}})?"
_LOWER_FULL = rf"[{_LO}]{{2,}}(?:[ \t]+[{_LO}]\.?)?(?:[ \t]+[{_LO}]{{2,}}){{1,2}}"

ACT_VERBS = (
    "follow up with",
    "followed up with",
    "following up with",
    "check in with",
    "checked in with",
    "catch up with",
    "caught up with",
    "speak to",
    "speak with",
    "spoke to",
    "spoke with",
    "speaking to",
    "speaking with",
    "talk to",
    "talk with",
    "talked to",
    "talked with",
    "talking to",
    "talking with",
    "meet with",
    "met with",
    "meeting with",
    "married to",
    "engaged to",
    "assistant to",
    "secretary to",
    "reports to",
    "reported to",
    "heard from",
    "have you heard",
    "have you met",
    "did you meet",
    "did you call",
)
"""Acts between people: the name after one is the other person (``follow up with X``, ``assistant to X``)."""

_ACT = "|".join(re.escape(v).replace(r"\ ", r"[ \t]+") for v in sorted(ACT_VERBS, key=len, reverse=True))
_ACT_RE = re.compile(rf"(?i:(?<![a-z])(?:{_ACT}))[ \t]+(?:(?i:mr|mrs|ms|dr)\.?[ \t]+)?({_ONE_OR_FULL}|{_LOWER_FULL})")
_ACT_GATE = LoweredGate(alternation({v.split()[0] for v in ACT_VERBS}))
_NAME_GATE = LoweredGate("name")
_SELF_RE = re.compile(rf"(?:^|(?<=[\s\"“(]))(?:I['’]m|I[ \t]+am)[ \t]+({_FULL})(?=[ \t]*(?:[,.;!?)\n]|$|and[ \t]))")
"""A speaker introducing themselves by full name (``I'm Naomi Ryan, originally from …``)."""
_NAMED_AS_RE = re.compile(
    rf"(?i:(?<![a-z])(?:my|your|[a-z]+['’]s)[ \t]+(?:full[ \t]+|real[ \t]+|legal[ \t]+)?name"
    rf"(?:[ \t]+(?:is|was))?[ \t]*[,:]?[ \t]+)({_ONE_OR_FULL}|{_LOWER_FULL})"
    rf"|(?i:what['’]?s[ \t]+your[ \t]+name[ \t]*\?)[ \t]*({_ONE_OR_FULL})"
)
"""A name given as someone's (``my partner's name Nicole Mahler``, ``What's your name? Sölvi``); not
``his name was``, which is how stories name their characters."""
_VOCATIVE_START_RE = re.compile(
    rf"(?m)(?:^|(?<=[.!?][ \t])|(?<=[.!?]\n))[ \t]*({_ONE_OR_FULL})[ \t]*,[ \t]+"
    r"(?=(?:can|could|would|will|please|do|did|have|are|is|I|you|we|let['’]s|thank|thanks|sorry)\b)"
)
"""A person addressed at the start of a sentence (``Leif, can I please speak to your boss?``)."""
_VOCATIVE_END_RE = re.compile(
    rf"(?i:(?<![a-z])(?:remember[ \t]+me|sorry|please|okay|ok|right|you|me))"
    rf"[ \t]*,[ \t]+({_ONE_OR_FULL})[ \t]*(?=[?!])"
)
"""A person addressed at the end of a question or exclamation (``Remember me, Mary?``); after a greeting
(``Hello, Priya!``) the name stays weak, as the person recognizer's greetings are."""

_AFTER_VERBS = (
    "said",
    "says",
    "told",
    "asked",
    "wrote",
    "replied",
    "explained",
    "listed",
    "spent",
    "lives",
    "lived",
    "works",
    "worked",
    "moved",
    "visited",
    "emailed",
    "called",
    "joined",
    "married",
)
_POSSESSIVE_AFTER = re.compile(r"['’]s(?![A-Za-z])")
_ROLE_SAID_AFTER = re.compile(r",[ \t]+the[ \t]+[^,\n]{2,40},[ \t]+(?:said|says|wrote|added|noted)(?![A-Za-z])")
_VERB_AFTER = re.compile(r"[ \t]+(?:" + "|".join(_AFTER_VERBS) + r")(?![A-Za-z])")
_SAID_BEFORE = re.compile(r"(?i:(?<![a-z])(?:said|says|asked|replied|wrote|added))[ \t]+$")
_ACT_BEFORE = re.compile(rf"(?i:(?<![a-z])(?:{_ACT}))[ \t]+(?:(?i:mr|mrs|ms|dr)\.?[ \t]+)?$")

_FULL_ACTING_RE = re.compile(
    rf"(?<![\w'’])({_FULL})(?=['’]s(?![A-Za-z])|{_ROLE_SAID_AFTER.pattern}|{_VERB_AFTER.pattern})"
    rf"|(?i:(?<![a-z])(?:said|asked|replied|wrote|added))[ \t]+({_FULL})"
)
"""A full name that owns or acts (``Wisława Szczepańska's killers``, ``Marie Langrová, the Packager, said``)."""
_NAME_LINE_RE = re.compile(rf"(?m)^[ \t]*({_FULL})[ \t]*$")
"""A line holding only a full name (a signature, the head of a contact card)."""


def full_names(text: str, neutral: float) -> Iterator[tuple[int, int, float]]:
    """Full names found by their form and place; the caller checks that they read as names.

    Acting or owning: :data:`IN_PROSE`; alone on a line: ``neutral`` (raised only in a private record).
    """
    for m in _FULL_ACTING_RE.finditer(text):
        g = 1 if m.group(1) is not None else 2
        yield m.start(g), m.end(g), IN_PROSE
    for m in _NAME_LINE_RE.finditer(text):
        yield m.start(1), m.end(1), neutral


def prose_names(text: str, private: float) -> Iterator[tuple[int, int, float]]:
    """Names a prose cue delimits, with their level: :data:`IN_PROSE`, or ``private`` for a name given as one's own."""
    for m in _ACT_RE.finditer(text) if _ACT_GATE(text) else ():
        yield m.start(1), m.end(1), IN_PROSE
    for m in _SELF_RE.finditer(text) if "I" in text else ():
        yield m.start(1), m.end(1), private
    for m in _NAMED_AS_RE.finditer(text) if _NAME_GATE(text) else ():
        g = 1 if m.group(1) is not None else 2
        yield m.start(g), m.end(g), private
    if "," in text:
        for m in _VOCATIVE_START_RE.finditer(text):
            yield m.start(1), m.end(1), IN_PROSE
        for m in _VOCATIVE_END_RE.finditer(text) if ("?" in text or "!" in text) else ():
            yield m.start(1), m.end(1), IN_PROSE


def level_around(text: str, start: int, end: int) -> float | None:
    """:data:`IN_PROSE` when the words around a tagger's full-name candidate say it is a person; else None.

    The candidate is ``text[start:end]``; the words: a possessive, reported speech, an act between people.

    Only for two words or more: one given name is what stories and examples use.
    """
    if len(text[start:end].split()) < 2:
        return None
    head = text[max(0, start - 40) : start]
    if _ACT_BEFORE.search(head) or _SAID_BEFORE.search(head):
        return IN_PROSE
    if _POSSESSIVE_AFTER.match(text, end) or _ROLE_SAID_AFTER.match(text, end) or _VERB_AFTER.match(text, end):
        return IN_PROSE
    return None
