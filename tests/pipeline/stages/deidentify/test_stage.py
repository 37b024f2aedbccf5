"""The deidentify stage: actions, rejects without text, audit log, counters, and no leak anywhere."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import yaml

from pipeline.config import parse_config
from pipeline.core.records import records_to_table
from pipeline.core.stage import StageContext, check_conservation
from pipeline.stages.deidentify.policy import load_policy
from pipeline.stages.deidentify.stage import AUDIT_SCHEMA, process, run

PLANTED = {
    "phone": "13812345678",
    "rid": "110101199003077475",
    "email": "wang.fang@corp-mail.cn",
    "card": "6222 0212 3456 7894",  # Luhn-valid UnionPay-shaped test number
    "zh_name": "王芳",
    "en_name": "Sarah Johnson",
    "ip": "10.20.30.40",
}


def rec(rid: str, instruction: str, output: str = "好的。", lang: str = "zh", **kw) -> dict:
    return {
        "record_id": rid,
        "instruction": instruction,
        "input": kw.pop("input", ""),
        "output": output,
        "corpus": "c",
        "source_file": "c.jsonl",
        "source_index": int(rid[1:]),
        "lang": lang,
        **kw,
    }


ROWS = [
    rec(
        "r0",
        f"请联系王芳经理，电话{PLANTED['phone']}，邮箱{PLANTED['email']}",
        output="王芳经理会回复你。",
        history=[[f"我的身份证是{PLANTED['rid']}", "收到"]],
    ),
    rec("r1", "Write a haiku about autumn.", output="Leaves fall softly.", lang="en"),
    rec(
        "r2",
        f"Forward the invoice to {PLANTED['en_name']}, card {PLANTED['card']}.",
        output=f"Done, {PLANTED['en_name']} has it. Server {PLANTED['ip']}.",
        lang="en",
    ),
]


def ctx_for(tmp_path: Path, policy: dict | None = None) -> StageContext:
    section = {"workers": 1}
    if policy is not None:
        (tmp_path / "policy.yaml").write_text(yaml.safe_dump(policy, allow_unicode=True), encoding="utf-8")
        section["policy"] = "policy.yaml"
    cfg = parse_config({"deidentify": section}, source="t.yaml", base_dir=tmp_path)
    return StageContext(run_dir=tmp_path / "run", config=cfg)


def default_policy_data() -> dict:
    from pipeline.stages.deidentify.policy import DEFAULT_POLICY_PATH

    return yaml.safe_load(DEFAULT_POLICY_PATH.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def default_result(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("deid")
    ctx = ctx_for(tmp)
    result = run(records_to_table(ROWS), ctx)
    return ctx, result


def test_default_policy_golden(default_result):
    _ctx, result = default_result
    check_conservation("deidentify", len(ROWS), result)
    kept = {r["record_id"]: r for r in result.kept.to_pylist()}
    assert kept["r0"]["instruction"] == "请联系<PERSON_1>经理，电话*******5678，邮箱<EMAIL_ADDRESS_1>"
    assert kept["r0"]["output"] == "<PERSON_1>经理会回复你。"
    assert kept["r0"]["history"] == [["我的身份证是<CN_RESIDENT_ID_1>", "收到"]]
    assert kept["r1"]["instruction"] == "Write a haiku about autumn." and kept["r1"]["pii_entities"] == 0
    assert kept["r2"]["instruction"] == "Forward the invoice to <PERSON_1>, card ***************7894."
    assert kept["r2"]["output"] == "Done, <PERSON_1> has it. Server <IP_ADDRESS_1>."
    assert kept["r0"]["pii_entities"] == 5 and kept["r2"]["pii_entities"] == 4
    assert result.counters["entity.PERSON"] == 4 and result.counters["records_with_pii"] == 2


def test_audit_log_has_offsets_not_values(default_result):
    ctx, _ = default_result
    audit = pq.read_table(ctx.artifact_path("audit", "deidentify.parquet"))
    assert audit.schema.equals(AUDIT_SCHEMA)
    rows = audit.to_pylist()
    phone = next(r for r in rows if r["entity_type"] == "PHONE_NUMBER")
    assert phone == {
        "record_id": "r0",
        "field": "instruction",
        "entity_type": "PHONE_NUMBER",
        "start": 10,
        "end": 21,
        "score": 1.0,
        "recognizer": "CnMobileRecognizer",
        "action": "mask",
    }
    assert ROWS[0]["instruction"][phone["start"] : phone["end"]] == PLANTED["phone"]
    assert {r["field"] for r in rows if r["record_id"] == "r0"} == {"instruction", "output", "history[0][0]"}


def test_each_action_and_rejects(tmp_path):
    data = default_policy_data()
    data["entities"]["PERSON"] = {"action": "surrogate", "threshold": 0.6}
    data["entities"]["EMAIL_ADDRESS"] = {"action": "drop_record", "threshold": 0.5}
    data["entities"]["IP_ADDRESS"] = {"action": "keep", "threshold": 0.5}
    data["max_entities_per_record"] = 2
    rows = [*ROWS, rec("r3", "张伟的电话13912345678", output="好")]
    result = run(records_to_table(rows), ctx_for(tmp_path, data))
    check_conservation("deidentify", 4, result)
    rej = {r["record_id"]: r for r in result.rejected.to_pylist()}
    assert rej["r0"]["reason"] == "pii_dropped"
    assert rej["r0"]["detail"] == "field instruction: EMAIL_ADDRESS at 24-46 (policy drop_record)"
    assert rej["r2"]["reason"] == "pii_too_dense" and rej["r2"]["detail"] == "3 entities > max_entities_per_record 2"
    assert all(r["record"] is None for r in rej.values())
    kept = {r["record_id"]: r for r in result.kept.to_pylist()}
    out = kept["r3"]["instruction"]
    assert out.endswith("的电话*******5678") and not out.startswith("张伟")
    assert out == run(records_to_table(rows[3:]), ctx_for(tmp_path, data)).kept.to_pylist()[0]["instruction"]


def test_pseudonym_stable_across_records_and_runs(tmp_path, monkeypatch):
    monkeypatch.setenv("INSTRUCTFLOW_PII_KEY", "test-key-not-secret-0123456789")
    data = default_policy_data()
    data["entities"]["PERSON"] = {"action": "pseudonym", "threshold": 0.6}
    rows = [rec("r0", "请联系王芳经理"), rec("r1", "王芳经理明天到")]
    a = run(records_to_table(rows), ctx_for(tmp_path, data)).kept.to_pylist()
    b = run(records_to_table(rows[::-1]), ctx_for(tmp_path, data)).kept.to_pylist()
    tok = a[0]["instruction"][3:-2]
    assert tok.startswith("<PERSON_") and a[1]["instruction"] == f"{tok}经理明天到"
    assert {r["instruction"] for r in a} == {r["instruction"] for r in b}


def test_pseudonym_policy_without_key_fails_closed(tmp_path, monkeypatch):
    from pipeline.errors import ConfigError

    monkeypatch.delenv("INSTRUCTFLOW_PII_KEY", raising=False)
    data = default_policy_data()
    data["entities"]["PERSON"] = {"action": "pseudonym", "threshold": 0.6}
    with pytest.raises(ConfigError, match="environment variable INSTRUCTFLOW_PII_KEY is not set"):
        run(records_to_table(ROWS), ctx_for(tmp_path, data))


def test_allow_and_deny_lists(tmp_path):
    data = default_policy_data()
    data["allow_list"] = ["Sarah Johnson"]
    data["deny_list"] = {"PROJECT_CODE": ["Falcon-7"]}
    data["entities"]["PROJECT_CODE"] = {"action": "placeholder", "threshold": 0.5}
    rows = [rec("r0", "Sarah Johnson leads Falcon-7.", lang="en")]
    result = run(records_to_table(rows), ctx_for(tmp_path, data))
    assert result.kept.to_pylist()[0]["instruction"] == "Sarah Johnson leads <PROJECT_CODE_1>."
    assert result.counters["allowed"] == 1


def test_residual_scan_rejects_what_detection_missed():
    policy = load_policy(
        None,
        (
            "PERSON",
            "LOCATION",
            "ADDRESS",
            "PHONE_NUMBER",
            "CN_RESIDENT_ID",
            "BANK_CARD",
            "EMAIL_ADDRESS",
            "IP_ADDRESS",
            "CN_PASSPORT",
            "US_SSN",
            "IBAN_CODE",
        ),
        environ={},
    )
    rows = [rec("r0", f"电话{PLANTED['phone']}")]
    kept, rejects, audit, _ = process(rows, policy, [[]], [(0, "instruction", rows[0]["instruction"])])
    assert kept == []
    (row,) = rejects.table().to_pylist()
    assert (row["reason"], row["detail"], row["record"]) == (
        "pii_residual",
        "field instruction: PHONE_NUMBER at 2-13 after transformation",
        None,
    )
    assert audit[0]["action"] == "residual"


def test_residual_skip_changes_nothing():
    """With ``patterns_complete`` a text without any finding skips the residual scan: same outcome."""
    from pipeline.core.records import iter_text_fields
    from pipeline.stages.deidentify.stage import get_engine

    policy = load_policy(None, get_engine(True).entities(), environ={})
    rows = [*ROWS, rec("r3", "Nothing to see here.", lang="en"), rec("r4", "普通的一句话。")]
    texts = [(i, f, t) for i, r in enumerate(rows) for f, t in iter_text_fields(r)]
    findings = get_engine(True).analyze_texts([t for _, _, t in texts], [rows[i]["lang"] for i, _, _ in texts])
    slow = process(rows, policy, findings, texts)
    fast = process(rows, policy, findings, texts, patterns_complete=True)
    assert fast[0] == slow[0] and fast[2] == slow[2] and fast[3] == slow[3]
    assert fast[1].table().equals(slow[1].table())


def test_a_kept_finding_over_a_phone_still_gets_the_residual_scan():
    """A text with any finding (here a kept LOCATION hiding a phone number) is always rescanned."""
    from pipeline.stages.deidentify.engine import PiiEngine
    from pipeline.stages.deidentify.recognizers.patterns import Finding

    policy = load_policy(None, PiiEngine().entities(), environ={})
    text = f"Office {PLANTED['phone']} opens."
    rows = [rec("r0", text, lang="en")]
    hiding = [[Finding(7, 18, "LOCATION", 0.85, "SpacyNerRecognizer")]]
    kept, rejects, _, _ = process(rows, policy, hiding, [(0, "instruction", text)], patterns_complete=True)
    assert kept == [] and rejects.table().to_pylist()[0]["reason"] == "pii_residual"


@pytest.mark.parametrize(("action", "expected"), [("keep", "We opened an office in Canada."), ("placeholder", None)])
def test_place_windows_run_only_when_the_policy_acts_on_locations(tmp_path, action, expected):
    from pipeline.stages.deidentify.stage import locations_needed

    data = default_policy_data()
    data["entities"]["LOCATION"] = {"action": action, "threshold": 0.85}
    rows = [rec("r0", "We opened an office in Canada.", lang="en")]
    ctx = ctx_for(tmp_path, data)
    result = run(records_to_table(rows), ctx)
    out = result.kept.to_pylist()[0]["instruction"]
    from pipeline.stages.deidentify.engine import PiiEngine

    policy = load_policy(tmp_path / "policy.yaml", PiiEngine().entities(), environ={})
    assert locations_needed(policy) is (action != "keep")
    if expected is not None:  # keep: the place-only window is not analysed, so nothing is audited
        assert out == expected and "entity.LOCATION" not in result.counters
    else:
        assert out == "We opened an office in <LOCATION_1>." and result.counters["entity.LOCATION"] == 1


def _all_output_text(run_dir: Path) -> str:
    """Every file of the run decoded, except the work files of stages before deidentify (raw by design)."""
    from pipeline.runtime.registry import names

    order = names()
    before = {run_dir / "work" / s for s in order[: order.index("deidentify")]}
    chunks = []
    for p in sorted(run_dir.rglob("*")):
        if not p.is_file() or p.parent in before:
            continue
        if p.suffix == ".parquet":
            chunks.append(json.dumps(pq.read_table(p).to_pylist(), ensure_ascii=False, default=str))
        else:
            chunks.append(p.read_bytes().decode("utf-8", errors="replace"))
    return "\n".join(chunks)


@pytest.mark.slow
def test_no_planted_value_leaks_anywhere_in_a_cli_run(tmp_path, caplog):
    from pipeline.cli import main

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    lines = [{"instruction": r["instruction"], "input": r["input"], "output": r["output"]} for r in ROWS]
    lines.append(
        {
            "instruction": "我的电话"
            + PLANTED["phone"]
            + "，" * 1
            + "，".join(
                f"同事{n}" for n in ["王芳", "李娜", "张伟", "刘洋", "陈静", "杨磊", "赵敏", "黄强", "周杰", "吴娟"] * 3
            ),
            "input": "",
            "output": "好的",
        }
    )  # too dense
    (corpus / "pii.jsonl").write_text(
        "\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8"
    )
    out, err = io.StringIO(), io.StringIO()
    rc = main(["run", "--corpus", str(corpus), "--out", str(tmp_path / "run"), "--quiet"], out=out, err=err)
    assert rc == 0, err.getvalue()
    everything = _all_output_text(tmp_path / "run") + out.getvalue() + err.getvalue() + caplog.text
    for key, value in PLANTED.items():
        assert value not in everything, key
    assert PLANTED["card"].replace(" ", "") not in everything
    manifest = json.loads((tmp_path / "run" / "manifest.json").read_text(encoding="utf-8"))
    deid = next(s for s in manifest["stages"] if s["stage"] == "deidentify")
    assert deid["reasons"] == {"pii_too_dense": 1}
    assert deid["counters"]["entity.PHONE_NUMBER"] == 1
    scan_out = io.StringIO()
    assert main(["scan", str(tmp_path / "run" / "export")], out=scan_out, err=io.StringIO()) == 0


def test_disabled_passes_through(tmp_path):
    cfg = parse_config({"deidentify": {"enabled": False}}, source="t.yaml", base_dir=tmp_path)
    result = run(records_to_table(ROWS), StageContext(run_dir=tmp_path, config=cfg))
    assert result.kept.column("instruction").to_pylist() == [r["instruction"] for r in ROWS]
    assert result.kept.column("pii_entities").to_pylist() == [0, 0, 0]


def test_outputs_are_deterministic(tmp_path):
    a = run(records_to_table(ROWS), ctx_for(tmp_path / "a"))
    b = run(records_to_table(ROWS), ctx_for(tmp_path / "b"))
    assert a.kept.equals(b.kept) and a.counters == b.counters
    pa_ = (tmp_path / "a" / "run" / "audit" / "deidentify.parquet").read_bytes()
    assert pa_ == (tmp_path / "b" / "run" / "audit" / "deidentify.parquet").read_bytes()
