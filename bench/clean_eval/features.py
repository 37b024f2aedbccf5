"""Cheap, stdlib-only text statistics used to stratify the sample (not a filter)."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
WORD_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]|[^\W_]+", re.UNICODE)
HTML_RE = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?/?>")
ACCENT_RE = re.compile(r"[\u00c0-\u00ff\u0100-\u017f]")
MOJIBAKE_RE = re.compile(r"(Ã.|â€|Â\W|\ufffd|锟斤拷|ï¼)")
LIST_RE = re.compile(r"^\s*(\d+[.)、]|[-*•·]|[a-zA-Z][.)]|[一二三四五六七八九十]+、|（\d+）|\(\d+\))\s*")


def cjk_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if CJK_RE.match(c)) / len(letters)


def lines_of(text: str) -> list[str]:
    return [ln.strip() for ln in text.splitlines() if ln.strip()]


def dup_line_frac(text: str) -> tuple[float, float]:
    """Gopher: share of lines equal to an earlier line, and share of characters in them."""
    ls = lines_of(text)
    if len(ls) < 2:
        return 0.0, 0.0
    seen: set[str] = set()
    dup = dup_chars = 0
    total = sum(len(x) for x in ls)
    for ln in ls:
        if ln in seen:
            dup += 1
            dup_chars += len(ln)
        seen.add(ln)
    return dup / len(ls), dup_chars / max(total, 1)


def tokens(text: str) -> list[str]:
    return WORD_RE.findall(text.lower())


def top_ngram_frac(toks: list[str], n: int) -> float:
    if len(toks) < n + 1:
        return 0.0
    grams = Counter(tuple(toks[i : i + n]) for i in range(len(toks) - n + 1))
    gram, count = grams.most_common(1)[0]
    if count < 2:
        return 0.0
    total = sum(len(t) for t in toks)
    return count * sum(len(t) for t in gram) / max(total, 1)


def dup_ngram_frac(toks: list[str], n: int) -> float:
    if len(toks) < n + 1:
        return 0.0
    grams = Counter(tuple(toks[i : i + n]) for i in range(len(toks) - n + 1))
    covered = [False] * len(toks)
    for i in range(len(toks) - n + 1):
        if grams[tuple(toks[i : i + n])] > 1:
            for j in range(i, i + n):
                covered[j] = True
    total = sum(len(t) for t in toks)
    return sum(len(t) for t, c in zip(toks, covered) if c) / max(total, 1)


def special_ratio(text: str) -> float:
    chars = [c for c in text if not c.isspace()]
    if not chars:
        return 0.0
    sp = 0
    for c in chars:
        cat = unicodedata.category(c)
        if cat[0] in "LN":
            continue
        sp += 1
    return sp / len(chars)


def prefix_share(text: str) -> float:
    """Share of lines starting with the most common first two tokens (templated answers)."""
    ls = lines_of(text)
    if len(ls) < 4:
        return 0.0
    heads = Counter(" ".join(tokens(LIST_RE.sub("", ln))[:2]) for ln in ls)
    return heads.most_common(1)[0][1] / len(ls)


def stats(rec: dict) -> dict:
    out = rec.get("output") or ""
    ins = rec.get("instruction") or ""
    inp = rec.get("input") or ""
    toks = tokens(out)
    dl, dlc = dup_line_frac(out)
    ls = lines_of(out)
    return {
        "out_len": len(out),
        "n_lines": len(ls),
        "dup_line": round(dl, 3),
        "dup_line_chars": round(dlc, 3),
        "top2": round(top_ngram_frac(toks, 2), 3),
        "dup5": round(dup_ngram_frac(toks, 5), 3),
        "special": round(special_ratio(out), 3),
        "list_lines": sum(1 for ln in ls if LIST_RE.match(ln)),
        "table_lines": sum(1 for ln in ls if ln.count("|") >= 2),
        "prefix": round(prefix_share(out), 3),
        "html": bool(HTML_RE.search(ins + inp + out)),
        "accent": len(ACCENT_RE.findall(out)),
        "mojibake": bool(MOJIBAKE_RE.search(ins + inp + out)),
        "cjk_out": round(cjk_share(out), 3),
        "cjk_ins": round(cjk_share(ins), 3),
        "n_tokens": len(toks),
    }
