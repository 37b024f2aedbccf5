"""Carry character offsets and per-token tags from a text to a changed version of it.

Cleaning and de-identification change a record's text (whitespace collapsed, a name replaced by a
placeholder), so entity offsets made on the original no longer point at the entity. The two texts
are aligned with :class:`difflib.SequenceMatcher` (the standard library's longest-matching-blocks
alignment; junk heuristics off so the result depends on the texts only): a span whose characters
all lie in one unchanged block moves with that block; a span that touches a changed region cannot
be carried over and is reported (the caller holds the record for review). Tags aligned to tokens
(characters or whitespace tokens) are carried over the same way: unchanged tokens keep their tag,
new tokens are ``O``, and a change inside an entity is reported.
"""

from __future__ import annotations

from collections.abc import Sequence
from difflib import SequenceMatcher

Opcodes = Sequence[tuple[str, int, int, int, int]]


def alignment(old: Sequence[str], new: Sequence[str]) -> Opcodes:
    """The edit script from ``old`` to ``new`` (``equal``/``replace``/``delete``/``insert`` blocks).

    The common prefix and suffix are matched first and only the middle goes to ``SequenceMatcher``
    (a change is usually local: one name replaced), which keeps the quadratic part small.
    """
    n_old, n_new = len(old), len(new)
    pre = 0
    while pre < n_old and pre < n_new and old[pre] == new[pre]:
        pre += 1
    suf = 0
    while suf < n_old - pre and suf < n_new - pre and old[n_old - 1 - suf] == new[n_new - 1 - suf]:
        suf += 1
    middle = SequenceMatcher(None, old[pre : n_old - suf], new[pre : n_new - suf], autojunk=False).get_opcodes()
    ops: list[tuple[str, int, int, int, int]] = [("equal", 0, pre, 0, pre)] if pre else []
    for tag, i1, i2, j1, j2 in middle:
        block = (tag, i1 + pre, i2 + pre, j1 + pre, j2 + pre)
        if tag == "equal" and ops and ops[-1][0] == "equal":
            last = ops.pop()
            block = ("equal", last[1], block[2], last[3], block[4])
        ops.append(block)
    if suf:
        tail = ("equal", n_old - suf, n_old, n_new - suf, n_new)
        if ops and ops[-1][0] == "equal":
            last = ops.pop()
            tail = ("equal", last[1], n_old, last[3], n_new)
        ops.append(tail)
    return ops


def move_offsets(ops: Opcodes, start: int, end: int) -> tuple[int, int] | None:
    """``[start, end)`` of the old sequence in the new one, or None when it touches a changed block."""
    for tag, i1, i2, j1, _j2 in ops:
        if tag == "equal" and i1 <= start and end <= i2:
            return j1 + (start - i1), j1 + (end - i1)
    return None


def move_tags(ops: Opcodes, tags: Sequence[str]) -> list[str] | None:
    """The tags of the old tokens carried to the new tokens, or None when a change falls inside an entity.

    ``tags`` has one tag per old token. Unchanged tokens keep their tag; tokens that are new or
    replaced are ``O``, which is only allowed when every replaced or deleted token was ``O`` and
    the token after the change does not continue an entity (``I-x``).
    """
    out: list[str] = []
    for op, i1, i2, j1, j2 in ops:
        if op == "equal":
            out.extend(tags[i1:i2])
            continue
        if any(t != "O" for t in tags[i1:i2]):
            return None
        if i2 < len(tags) and tags[i2].startswith("I-"):
            return None
        out.extend("O" for _ in range(j2 - j1))
    return out
