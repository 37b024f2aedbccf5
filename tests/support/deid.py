"""Records, policies and stage contexts for the de-identification tests (small, hand-written texts)."""

from __future__ import annotations

from pathlib import Path

import yaml

from pipeline.config import parse_config
from pipeline.core.stage import StageContext

TEST_KEY = "test-only-pseudonym-key-0123456789"
"""The pseudonym key the de-identification tests put in ``$INSTRUCTFLOW_PII_KEY`` (never a real secret)."""

OTHER_KEY = "another-test-only-key-abcdefghijkl"
"""A second key: pseudonyms and surrogates must change with the key."""


def rec(rid: str, instruction: str, output: str = "OK.", lang: str = "en", **kw: object) -> dict[str, object]:
    """A record with the required fields filled in."""
    return {
        "record_id": rid,
        "instruction": instruction,
        "input": kw.pop("input", ""),
        "output": output,
        "corpus": "c",
        "source_file": "c.jsonl",
        "source_index": int("".join(c for c in rid if c.isdigit()) or 0),
        "lang": lang,
        **kw,
    }


def default_policy_data() -> dict:
    """The bundled policy as a mapping, to edit in a test."""
    from pipeline.stages.deidentify.policy import DEFAULT_POLICY_PATH

    return yaml.safe_load(DEFAULT_POLICY_PATH.read_text(encoding="utf-8"))


def write_policy(folder: Path, data: dict, name: str = "policy.yaml") -> Path:
    """Write ``data`` as a policy file in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def stage_ctx(folder: Path, policy: dict | None = None, **section: object) -> StageContext:
    """A context whose run directory is ``folder/run``; ``policy`` (a mapping) is written next to it."""
    cfg_section: dict[str, object] = {"workers": 1, **section}
    if policy is not None:
        write_policy(folder, policy)
        cfg_section["policy"] = "policy.yaml"
    cfg = parse_config({"deidentify": cfg_section}, source="t.yaml", base_dir=folder)
    return StageContext(run_dir=folder / "run", config=cfg)


PLANTED = {
    "zh_phone": "13912345678",
    "zh_phone_2": "13807551234",
    "resident_id": "110101199003077475",
    "email": "wang.fang@corp-mail.cn",
    "card": "6222 0212 3456 7894",
    "en_phone": "415-555-0132",
    "en_email": "rose.carter@example.org",
    "ip": "10.20.30.40",
    "zh_address": "北京市海淀区中关村大街27号3号楼502室",
    "en_address": "18 Washington Street",
    "zh_name": "王建国",
    "en_name": "Rose Carter",
}
"""Values planted in :data:`MIXED_BATCH` that must never survive de-identification."""


def mixed_batch() -> list[dict[str, object]]:
    """A realistic mix: Chinese and English, structured data and names, history, system, ids, clean records."""
    p = PLANTED
    return [
        rec(
            "m1",
            f"请联系王建国经理，电话{p['zh_phone']}，邮箱{p['email']}",
            output="王建国经理会尽快回复你。",
            lang="zh",
            history=[[f"我的身份证号是{p['resident_id']}", "收到，已登记。"]],
        ),
        rec("m2", "Write a haiku about autumn.", output="Leaves fall softly."),
        rec(
            "m3",
            "Summarise the note.",
            input=f"Patient: {p['en_name']}, phone {p['en_phone']}, e-mail {p['en_email']}.",
            output="The patient asked for a call back.",
            system="You are a clinic assistant.",
        ),
        rec("m4", f"收货地址：{p['zh_address']}，电话{p['zh_phone_2']}", output="已记录收货信息。", lang="zh"),
        rec(
            "m5",
            f"Card {p['card']} was charged twice; the server {p['ip']} logged it.",
            output="Refund the second charge.",
        ),
        rec("m6", f"Ship the parcel to {p['en_address']}, Springfield, IL 62704.", output="Shipping label created."),
        rec("m7", "李白是哪个朝代的诗人？", output="李白是唐代诗人。", lang="zh"),
        rec("m8", "Who wrote Alice's Adventures in Wonderland?", output="Lewis Carroll wrote it in 1865."),
        rec(
            "m9",
            "Classify the sentiment.",
            input="The food was great.",
            output="positive",
            source_id="user-13912345678",
            annotations=[
                {"annotator_id": "maria.lopez@example.org", "label": "positive", "confidence": 1.0},
                {"annotator_id": "ann_3", "label": "positive", "confidence": 0.9},
            ],
        ),
    ]


def found(analyzer: object, text: str, lang: str = "en", threshold: float = 0.0) -> list[tuple[str, str, float]]:
    """``(entity type, value, score)`` of every finding of ``analyzer`` in ``text`` at or above ``threshold``."""
    return [
        (r.entity_type, text[r.start : r.end], r.score)
        for r in analyzer.analyze([text], [lang])[0]
        if r.score >= threshold
    ]
