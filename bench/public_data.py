"""Where the benchmarks find the public corpora and reference sets (not part of the repository).

``$INSTRUCTFLOW_PUBLIC_DATA`` names the folder; by default ``bench/data/public`` (a folder or a
symbolic link you create, ignored by git). ``bench/data/README.md`` lists every file, its public
source and its licence. Tests never read it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

PUBLIC_DATA = Path(os.environ.get("INSTRUCTFLOW_PUBLIC_DATA") or Path(__file__).resolve().parent / "data" / "public")


def public(relative: str) -> Path:
    """The path of a public data file or folder; exits with a message naming what is missing."""
    path = PUBLIC_DATA / relative
    if not path.exists():
        sys.exit(
            f"benchmark data not found: {path}\n"
            "set INSTRUCTFLOW_PUBLIC_DATA or link bench/data/public to the folder (see bench/data/README.md)"
        )
    return path
