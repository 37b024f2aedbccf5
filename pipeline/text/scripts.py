"""Which writing system a text uses (as far as the pipeline needs to know)."""

from __future__ import annotations

import re

CJK_RE = re.compile(r"[\u4e00-\u9fff]")
"""A CJK Unified Ideograph of the basic block (where Chinese names and words are written)."""


def has_cjk(text: str) -> bool:
    """True when ``text`` holds a CJK ideograph (basic block)."""
    return CJK_RE.search(text) is not None
