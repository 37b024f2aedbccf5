"""Entity types by kind: structured types, name types, and what the residual gate looks for."""

from __future__ import annotations

from pipeline.stages.deidentify.entities import GATE_TYPES, NAME_TYPES, STRUCTURED_TYPES
from pipeline.stages.deidentify.stage import policy_entities


def test_kinds_are_disjoint_and_the_gate_checks_structured_types_only():
    assert not STRUCTURED_TYPES & NAME_TYPES
    assert {"PERSON", "LOCATION"} == NAME_TYPES
    assert GATE_TYPES == STRUCTURED_TYPES
    assert len(STRUCTURED_TYPES) == 17


def test_every_kind_is_a_type_the_policy_must_rule_on():
    assert set(policy_entities(True)) >= STRUCTURED_TYPES | NAME_TYPES
