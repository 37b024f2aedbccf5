r"""Checks on a parsed item before it becomes a record: nesting depth and valid Unicode.

JSON allows ``"\\ud800"`` (a lone surrogate escape) and arbitrarily deep nesting; neither can be
stored as a record (Arrow strings are UTF-8, and deep values break recursive code later). Both are
found here without recursion and rejected with the field's path, never its value.
"""

from __future__ import annotations

import re

MAX_NESTING = 64
"""Deepest nesting of lists and objects an item may have (a record needs 4)."""

_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,63}")


def may_hold_surrogates(raw: str) -> bool:
    r"""False when the JSON text ``raw`` has no ``\\uD800``-``\\uDFFF`` escape (the cheap common case)."""
    return _SURROGATE_ESCAPE.search(raw) is not None


def may_be_too_deep(raw: str) -> bool:
    """False when the JSON text ``raw`` cannot nest deeper than :data:`MAX_NESTING` (few brackets)."""
    return raw.count("[") + raw.count("{") > MAX_NESTING


def _label(path: tuple[object, ...]) -> str:
    out = ""
    for part in path[:6]:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            name = str(part) if isinstance(part, str) and _NAME.fullmatch(part) else "?"
            out += f".{name}" if out else name
    if len(path) > 6:
        out += "..."
    return out or "(the item)"


def check_value(obj: object, *, surrogates: bool = True, depth: bool = True) -> tuple[str, str] | None:
    """Return ``(reason, detail)`` when ``obj`` nests too deep or holds a lone surrogate, else None.

    Reasons: ``nesting_too_deep``, ``invalid_unicode``. The detail names the field path (names
    that are not plain identifiers are shown as ``?``), never a value.
    """
    stack: list[tuple[object, tuple[object, ...], int]] = [(obj, (), 0)]
    while stack:
        value, path, level = stack.pop()
        if isinstance(value, str):
            if surrogates and _SURROGATE.search(value):
                return (
                    "invalid_unicode",
                    f"field '{_label(path)}' holds a lone surrogate (\\ud800-\\udfff), not valid Unicode",
                )
            continue
        if isinstance(value, dict):
            if depth and level >= MAX_NESTING:
                return "nesting_too_deep", f"nested deeper than {MAX_NESTING} levels at field '{_label(path)}'"
            for key, item in value.items():
                if surrogates and isinstance(key, str) and _SURROGATE.search(key):
                    return (
                        "invalid_unicode",
                        f"a field name in '{_label(path)}' holds a lone surrogate, not valid Unicode",
                    )
                stack.append((item, (*path, key), level + 1))
        elif isinstance(value, list):
            if depth and level >= MAX_NESTING:
                return "nesting_too_deep", f"nested deeper than {MAX_NESTING} levels at field '{_label(path)}'"
            stack.extend((item, (*path, i), level + 1) for i, item in enumerate(value))
    return None
