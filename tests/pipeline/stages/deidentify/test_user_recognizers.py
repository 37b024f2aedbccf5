"""Users' own Presidio recognizers: a registry YAML named in the policy, new entity types included."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pytest

from pipeline.config import parse_config
from pipeline.core.records import records_to_table
from pipeline.core.stage import StageContext
from pipeline.errors import ConfigError
from pipeline.stages.deidentify.policy import DEFAULT_POLICY_PATH, load_policy
from pipeline.stages.deidentify.residual import ResidualScanner
from pipeline.stages.deidentify.run_policy import policy_entities
from pipeline.stages.deidentify.stage import run

REGISTRY = """\
supported_languages: [en, zh]
recognizers:
  - name: EmployeeIdRecognizer
    supported_languages: [en, zh]
    type: custom
    supported_entity: EMPLOYEE_ID
    patterns:
      - name: emp
        regex: "EMP-\\\\d{6}"
        score: 0.9
"""


def write_policy(tmp_path: Path, rule: str | None) -> Path:
    (tmp_path / "reg.yaml").write_text(REGISTRY, encoding="utf-8")
    text = DEFAULT_POLICY_PATH.read_text(encoding="utf-8")
    extra = "recognizer_registry: reg.yaml\nentities:\n" + (f"  EMPLOYEE_ID: {rule}\n" if rule else "")
    path = tmp_path / "policy.yaml"
    path.write_text(text.replace("entities:\n", extra, 1), encoding="utf-8")
    return path


def test_a_new_entity_type_needs_a_rule(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"missing rule 'entities.EMPLOYEE_ID'"):
        load_policy(write_policy(tmp_path, None), policy_entities(), with_key=False)


def test_a_new_entity_type_is_transformed_audited_and_gated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INSTRUCTFLOW_PII_KEY", "k" * 32)
    path = write_policy(tmp_path, "{action: placeholder, threshold: 0.5}")
    cfg = parse_config({"deidentify": {"policy": str(path), "workers": 1}}, source="t.yaml", base_dir=tmp_path)
    row = {
        "record_id": "r0",
        "instruction": "Who is EMP-204811?",
        "input": "",
        "output": "Employee EMP-204811 moved.",
        "corpus": "c",
        "source_file": "f.jsonl",
        "source_index": 0,
        "lang": "en",
    }
    result = run(records_to_table([row]), StageContext(run_dir=tmp_path / "run", config=cfg, stage="deidentify"))
    kept = result.kept.to_pylist()[0]
    assert (kept["instruction"], kept["output"]) == ("Who is <EMPLOYEE_ID_1>?", "Employee <EMPLOYEE_ID_1> moved.")
    scanner = ResidualScanner(load_policy(path, policy_entities(), with_key=False))
    assert "EMPLOYEE_ID" in scanner.types
    found = scanner.scan_rows([row])[0]
    assert [(f.path, f.entity_type) for f in found] == [("instruction", "EMPLOYEE_ID"), ("output", "EMPLOYEE_ID")]
    assert not scanner.scan_rows([kept])[0]
    assert isinstance(result.kept, pa.Table)
