"""Checks every blind clean part (bench/clean_eval/junk) must pass, shared by the per-part test files.

A part is a junk-template module (``templates_heldoutN``: ``GENERATORS`` of ``(name, kind, fn)``,
``ONLY_LANG``) and an authored good module (``good_heldoutN.build_good()``). The per-part test files keep
what is particular to a part (its base records, its exact transformations); the checks here are the ones
every part repeats: generators change the answer, kinds are balanced, names carry the part's prefix,
``generate()`` is deterministic and never reuses a base, the part's bases have their own salt, and the
good rows are pinned by the manifest, balanced, distinct and complete.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

JUNK = Path(__file__).resolve().parents[2] / "bench" / "clean_eval" / "junk"
"""The folder of the junk and good generators (the per-part test files put it on ``sys.path``)."""

CJK = re.compile(r"[\u4e00-\u9fff]")

Record = dict[str, str]


def gens(templates: ModuleType, lang: str) -> list[tuple[str, str, Callable[..., Any]]]:
    """The generators of ``templates`` that make records in ``lang``."""
    only = getattr(templates, "ONLY_LANG", {})
    return [g for g in templates.GENERATORS if only.get(g[0], lang) == lang]


def made(
    fn: Callable[..., Any], lang: str, bases: Sequence[Record], ctx: object = None
) -> tuple[Record | None, Record | None]:
    """The first base (and what ``fn`` made of it) for which one of 30 seeds gives a record (``ctx``: the part's context)."""
    for base in bases:
        for seed in range(30):
            out = fn(random.Random(seed), dict(base), lang, ctx)
            if out is not None:
                return base, out
    return None, None


def check_generators_change_the_answer(
    templates: ModuleType, lang: str, bases: Sequence[Record], ctx: object = None
) -> None:
    """Every generator of ``lang`` makes a record from one of ``bases``, changing only (and always) the output."""
    for name, _kind, fn in gens(templates, lang):
        base, out = made(fn, lang, bases, ctx)
        assert out is not None and base is not None, name
        assert out["output"] != base["output"], name
        assert set(out) == {"output"}, name


def check_kinds(templates: ModuleType, kinds: int = 10, most: int = 5, exactly: int | None = None) -> None:
    """Each language has ``kinds`` junk kinds, each made by 2 to ``most`` templates (``exactly`` that many if given)."""
    for lang in ("en", "zh"):
        by_kind: dict[str, list[str]] = {}
        for name, kind, _ in gens(templates, lang):
            by_kind.setdefault(kind, []).append(name)
        assert len(by_kind) == kinds
        assert all(2 <= len(v) <= most for v in by_kind.values()), by_kind
        if exactly is not None:
            assert all(len(v) == exactly for v in by_kind.values()), by_kind


def check_names(templates: ModuleType, prefix: str) -> None:
    """Generator names are unique, carry the part's prefix, and ``ONLY_LANG`` names only generators."""
    names = [n for n, _, _ in templates.GENERATORS]
    assert len(set(names)) == len(names) and all(n.startswith(prefix) for n in names)
    assert set(getattr(templates, "ONLY_LANG", {})) <= set(names)


def use_corpus(monkeypatch: pytest.MonkeyPatch, generate: ModuleType, corpus: dict[str, list[Record]]) -> dict:
    """Make ``generate`` draw its bases from ``corpus`` (``{"en": [...], "zh": [...]}``) instead of public data."""
    monkeypatch.setattr(generate, "load_file", lambda rel: corpus[rel.removesuffix(".json")])
    monkeypatch.setattr(
        generate,
        "base_pools",
        lambda part: {lang: [(f"{lang}.json", i) for i in range(len(rows))] for lang, rows in corpus.items()},
    )
    return corpus


def check_generate(
    generate: ModuleType, templates: ModuleType, part: str, prefix: str, corpus: dict[str, list[Record]]
) -> None:
    """``generate(part)``: deterministic, 40 records per language and kind, each from its own base, prompt kept."""
    rows = generate.generate(part)
    assert rows == generate.generate(part)
    assert len(rows) == 800
    assert set(Counter((r["lang"], r["junk_kind"]) for r in rows).values()) == {40}
    bases = [(r["base"]["file"], r["base"]["index"]) for r in rows]
    assert len(set(bases)) == len(bases)
    only = getattr(templates, "ONLY_LANG", {})
    for r in rows:
        src = corpus[r["base"]["file"].removesuffix(".json")][r["base"]["index"]]
        assert r["output"] != src["output"] and r["part"] == part
        assert r["instruction"] == src["instruction"] and r["input"] == src["input"]
        assert r["generator"].startswith(prefix)
        assert only.get(r["generator"], r["lang"]) == r["lang"]


def check_own_salt(generate: ModuleType, part: str) -> None:
    """The part picks about a fifth of a file's records, not the same ones as any earlier blind part."""
    mine = getattr(generate, f"in_{part}")
    picked = [i for i in range(5000) if mine("f.json", i)]
    assert 800 < len(picked) < 1200
    earlier = list(generate.BLIND_PARTS)[: list(generate.BLIND_PARTS).index(part)]
    assert earlier, part
    for other in earlier:
        assert picked != [i for i in range(5000) if getattr(generate, f"in_{other}")("f.json", i)], other
    assert generate._in_part(part, "f.json", picked[0])
    assert generate.PER_LANG_BY_PART[part] == 400


def good_digest(rows: Sequence[dict[str, Any]], part: str) -> str:
    """The SHA-256 the manifest pins for a part's good rows."""
    h = hashlib.sha256()
    for r in rows:
        h.update(json.dumps({**r, "part": part}, ensure_ascii=False, sort_keys=True).encode("utf-8"))
    return h.hexdigest()


def check_good_rows(good: ModuleType, rows: Sequence[dict[str, Any]], part: str, prefix: str, kinds: int = 26) -> None:
    """The good rows: deterministic, pinned by the manifest, 390 per language in ``kinds`` kinds of 30, distinct."""
    assert good.build_good() == rows
    manifest = json.loads((JUNK / "MANIFEST.json").read_text(encoding="utf-8"))[part]["good"]
    assert manifest["records"] == len(rows) == 780
    assert good_digest(rows, part) == manifest["sha256"]
    assert Counter(r["lang"] for r in rows) == {"en": 390, "zh": 390}
    by_kind = Counter((r["lang"], r["kind"]) for r in rows)
    assert len(by_kind) == kinds and set(by_kind.values()) == {30}
    assert all(r["generator"].startswith(prefix) for r in rows)
    keys = [(r["instruction"], r["input"], r["output"]) for r in rows]
    assert len(set(keys)) == len(keys)
    for r in rows:
        assert set(r) == {"instruction", "input", "output", "kind", "generator", "lang"}
        assert r["instruction"].strip() and r["output"].strip()
        assert bool(CJK.search(r["instruction"])) == (r["lang"] == "zh"), r["instruction"]


def kind_rows(rows: Sequence[dict[str, Any]], kind: str, lang: str | None = None) -> list[dict[str, Any]]:
    """The good rows of one kind (30 per language)."""
    out = [r for r in rows if r["kind"] == kind and (lang is None or r["lang"] == lang)]
    assert len(out) == (30 if lang else 60)
    return out


def earlier_good(part: str) -> list[ModuleType]:
    """The good modules of the blind parts before ``part`` (``good_heldout2`` ...), imported from :data:`JUNK`."""
    import importlib

    generate = importlib.import_module("generate")
    parts = list(generate.BLIND_PARTS)
    return [importlib.import_module(f"good_{p}") for p in parts[: parts.index(part)]]


def check_apart_from_earlier(good: ModuleType, rows: Sequence[dict[str, Any]], part: str) -> None:
    """No instruction or output of ``rows``, and no good kind of ``good``, comes from an earlier blind part."""
    earlier = earlier_good(part)
    assert earlier, part
    for other in earlier:
        theirs = other.build_good()
        assert not {r["output"] for r in theirs} & {r["output"] for r in rows}, other.__name__
        assert not {r["instruction"] for r in theirs} & {r["instruction"] for r in rows}, other.__name__
    assert not {g[1] for m in earlier for g in m.GOOD} & {g[1] for g in good.GOOD}


# --- fixed base records shared by the per-part generator tests (heldout12 on) ---------------------------------

EN_PROSE: Record = {
    "instruction": "Explain how a lighthouse keeps ships safe.",
    "input": "",
    "output": (
        "A lighthouse marks dangerous coasts and harbour entrances with a bright light that ships can see from far away. "
        "Each lighthouse flashes in its own pattern, so sailors can tell which one they're looking at. "
        "At night or in fog, this helps them fix their position and steer clear of rocks. "
        "Keepers once trimmed the wicks by hand, but today most lights are automatic and run on mains power."
    ),
}
EN_QUOTES: Record = {
    "instruction": "What did the coach say after the match?",
    "input": "",
    "output": (
        "The coach said the team \"played with heart\" and that it's the best game they've had all season - "
        "even though they lost by a goal."
    ),
}
ZH: Record = {
    "instruction": "为什么秋天树叶会变黄？",
    "input": "",
    "output": (
        "秋天气温下降、日照变短，树叶里的叶绿素逐渐分解，不再被补充。叶绿素减少以后，原本被它掩盖的胡萝卜素和叶黄素显露出来，"
        "所以叶子看起来变成了黄色。有些树叶还会生成花青素，于是变成红色。"
    ),
}
ZH_SHORT: Record = {
    "instruction": "请概括下面这段话的主要内容。",
    "input": "小镇去年春天发了两次洪水。夏天镇上修了一道新堤坝。今年没有一户人家被淹。",
    "output": "新堤坝起了作用：小镇在两次洪水后修了堤坝，今年没有人家再被淹。",
}
EN_FIRST = EN_PROSE["output"].split(". ")[0] + "."
ZH_FIRST = "秋天气温下降、日照变短，树叶里的叶绿素逐渐分解，不再被补充。"
"""Base records (English prose and quotes, Chinese prose and a short summary) and their first sentences."""


def one(fn: Callable[..., Any], base: Record, lang: str = "en", seed: int = 0) -> Any:
    """What ``fn`` makes of a copy of ``base`` with ``random.Random(seed)`` (no part context)."""
    return fn(random.Random(seed), dict(base), lang, None)


def with_(base: Record, **kw: str) -> Record:
    """``base`` with some fields replaced."""
    return {**base, **kw}
