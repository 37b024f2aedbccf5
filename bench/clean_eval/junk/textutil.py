"""Small text helpers shared by the junk generators (stdlib only).  No wordings live here."""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence

CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
EN_SENT = re.compile(r"(?<=[.!?])\s+")
ZH_SENT = re.compile(r"(?<=[。！？!?])")
CODE_HINT = re.compile(
    r"```|^\s*(def |class |function |#include|public |import |for |if |while |return |SELECT |<\w+)|[{};:]\s*$", re.M
)
LIST_LINE = re.compile(r"^\s*(\d+[.)、]|[-*•])\s*")


def sentences(text: str, lang: str) -> list[str]:
    parts = ZH_SENT.split(text) if lang == "zh" else EN_SENT.split(text)
    return [p.strip() for p in parts if len(p.strip()) >= (6 if lang == "zh" else 15)]


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def lines(text: str) -> list[str]:
    return [ln for ln in text.splitlines() if ln.strip()]


def is_code(text: str) -> bool:
    if "```" in text:
        return True
    ls = lines(text)
    indented = sum(1 for ln in ls if ln.startswith(("  ", "\t")))
    return len(CODE_HINT.findall(text)) >= 3 and len(ls) >= 4 and indented >= 1 and not CJK.search(text[:20])


def list_items(text: str) -> list[str]:
    return [LIST_LINE.sub("", ln).strip() for ln in lines(text) if LIST_LINE.match(ln)]


def smarten(text: str) -> str:
    """Typographic quotes and dashes, as a word processor or web page would have them."""
    text = re.sub(r"(\w)'(\w)", "\\1\u2019\\2", text)
    text = re.sub(r'"([^"\n]{1,200})"', "\u201c\\1\u201d", text)
    return text.replace(" - ", " \u2013 ").replace("...", "\u2026")


def words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z]{4,}", text)


def cjk_chunks(text: str, n: int = 2) -> list[str]:
    runs = re.findall(r"[\u4e00-\u9fff]{" + str(n) + ",}", text)
    return [r[i : i + n] for r in runs for i in range(0, len(r) - n + 1, n)]


ZH_STOP = re.compile(r"什么|如何|怎么|哪些|一个|请|的|是|和|与|在|中|为|对|了|吗|？|。|，")


def keywords(text: str, lang: str) -> list[str]:
    """Content-ish keywords of a (short) text, for keyword-stuffing spam."""
    if lang == "en":
        stop = {
            "this",
            "that",
            "with",
            "from",
            "your",
            "which",
            "what",
            "have",
            "following",
            "given",
            "about",
            "generate",
            "create",
            "write",
            "describe",
            "explain",
            "provide",
            "list",
            "make",
            "their",
            "there",
        }
        return [w.lower() for w in re.findall(r"[A-Za-z]{5,}", text) if w.lower() not in stop]
    ascii_words = re.findall(r"[A-Za-z]{3,}", text)
    runs = [r for r in ZH_STOP.split(text) if 2 <= len(r) <= 6 and all("\u4e00" <= c <= "\u9fff" for c in r)]
    return ascii_words + runs


def build_good_rows(
    good: Sequence[tuple[str, str, str, Callable[[random.Random], dict[str, str]]]], per_lang: int, seed: str, part: str
) -> list[dict[str, str]]:
    """A blind part's good records: its kinds in turn per language, ``per_lang`` each; exact repeats are redrawn.

    ``good`` holds ``(generator name, kind, lang, fn)``; each row: instruction, input, output, kind, generator,
    lang. A generator that cannot produce a new distinct record in 400 draws is an error (every kind keeps its
    full share). Shared by ``good_heldout3`` ... (their rows are pinned by ``MANIFEST.json``).
    """
    rng = random.Random(seed)
    rows: list[dict[str, str]] = []
    seen: set[tuple[str, str, str]] = set()
    for lang in ("en", "zh"):
        gens = [g for g in good if g[2] == lang]
        for k in range(per_lang):
            name, kind, _, fn = gens[k % len(gens)]
            for _ in range(400):
                rec = fn(rng)
                key = (rec["instruction"], rec["input"], rec["output"])
                if key not in seen:
                    seen.add(key)
                    rows.append({**rec, "kind": kind, "generator": name, "lang": lang})
                    break
            else:
                raise RuntimeError(f"{part} good/{lang}: {name} ran out of distinct records")
    return rows
