"""The findings a finder module reads and sets on a record's signals, as a protocol (no import of ``record``)."""

from __future__ import annotations

from typing import Protocol


class Findings(Protocol):
    """The findings of a record that the finder modules read and set.

    :class:`.record.RecordSignals` has them; the finders (``absent``, ``standins``) take this protocol, so
    that they, which ``record`` imports, do not import ``record`` (no import cycle).
    """

    truncation: str | None
    placeholder: str | None
    template: str | None
    artefact: str | None
    refusal: str | None
    chrome: str | None
    non_answer: str | None
    spam: str | None
    mash: str | None
    dump: str | None
    echo: str | None
    punct_run: int
    said_again: int
    counting: int
    nested: int
