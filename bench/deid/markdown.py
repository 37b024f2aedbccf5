"""Small Markdown helpers shared by the subcommands."""

from __future__ import annotations

import os
import platform
from collections.abc import Sequence


def pct(rate: float | None, digits: int = 1) -> str:
    """``0.0123`` as ``1.2 %``; ``None`` (nothing to count) as an en dash."""
    return "–" if rate is None else f"{rate * 100:.{digits}f} %"


def ratio(num: int, den: int) -> float | None:
    """``num / den``, or ``None`` when ``den`` is 0."""
    return num / den if den else None


def table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A Markdown table; cells are converted with ``str`` and ``|`` is escaped."""

    def cell(x: object) -> str:
        return str(x).replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell(x) for x in row) + " |" for row in rows]
    return "\n".join(lines)


def load_line() -> str:
    """The load average and the machine, for the report (the machine is shared)."""
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} / {five:.2f} / {fifteen:.2f} (1/5/15 min), {os.cpu_count()} CPUs, {platform.python_version()}"
