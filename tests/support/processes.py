"""Looking at processes through /proc (Linux): children of a process, whether a pid still runs."""

from __future__ import annotations

from pathlib import Path


def children(pid: int) -> set[int]:
    """The pids of ``pid``'s child processes (every thread's children)."""
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        listing = task / "children"
        if listing.is_file():
            found |= {int(c) for c in listing.read_text().split()}
    return found


def alive(pid: int) -> bool:
    """True while ``pid`` runs; a zombie has exited (only its parent's wait is missing)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state not in ("Z", "X")
