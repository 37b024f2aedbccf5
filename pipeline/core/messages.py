"""The ``messages`` view of a record (system / user / assistant turns), as TRL and chat templates expect."""

from __future__ import annotations

from collections.abc import Iterable

import pyarrow as pa

from pipeline.core.records import MESSAGE_TYPE, Row

Message = dict[str, object]
"""One turn: ``{"role": ..., "content": ...}`` (content as the record holds it)."""


def build_messages(row: Row) -> list[Message]:
    """Chat turns for a record: optional system, the history pairs, then the instruction and output.

    A non-empty ``input`` is appended to the instruction after a blank line (the alpaca convention).
    Values are taken as the record holds them (a malformed record gives malformed turns, which the
    validate stage then reports).
    """
    msgs: list[Message] = []
    if row.get("system"):
        msgs.append({"role": "system", "content": row["system"]})
    history = row.get("history") or ()
    pairs: Iterable[tuple[object, object]] = history if isinstance(history, Iterable) else ()
    for user, assistant in pairs:
        msgs.append({"role": "user", "content": user})
        msgs.append({"role": "assistant", "content": assistant})
    prompt = row["instruction"]
    if row.get("input"):
        prompt = f"{prompt}\n\n{row['input']}"
    msgs.append({"role": "user", "content": prompt})
    msgs.append({"role": "assistant", "content": row["output"]})
    return msgs


def messages_array(table: pa.Table) -> pa.ListArray:
    """The ``messages`` column for ``table``, built as flat Arrow arrays (same turns as :func:`build_messages`)."""
    roles: list[str] = []
    contents: list[str] = []
    offsets = [0]
    cols = [table.column(c).to_pylist() for c in ("system", "history", "instruction", "input", "output")]
    for system, history, instruction, inp, output in zip(*cols):
        if system:
            roles.append("system")
            contents.append(system)
        for user, assistant in history or ():
            roles += ("user", "assistant")
            contents += (user, assistant)
        roles += ("user", "assistant")
        contents += (f"{instruction}\n\n{inp}" if inp else instruction, output)
        offsets.append(len(roles))
    values = pa.StructArray.from_arrays(
        [pa.array(roles, pa.string()), pa.array(contents, pa.string())], fields=list(MESSAGE_TYPE)
    )
    return pa.ListArray.from_arrays(pa.array(offsets, pa.int32()), values, type=pa.list_(MESSAGE_TYPE))
