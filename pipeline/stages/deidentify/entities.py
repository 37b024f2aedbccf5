"""Entity types by kind: what the stage treats as structured personal data and what as names."""

from __future__ import annotations

STRUCTURED_TYPES = frozenset(
    {
        "PHONE_NUMBER",
        "CN_RESIDENT_ID",
        "BANK_CARD",
        "EMAIL_ADDRESS",
        "IP_ADDRESS",
        "US_SSN",
        "IBAN_CODE",
        "PASSPORT",
        "STREET_ADDRESS",
        "LICENSE_PLATE",
        "QQ_NUMBER",
        "WECHAT_ID",
        "MAC_ADDRESS",
        "DRIVER_LICENSE",
        "MEDICAL_RECORD_NUMBER",
        "PROFILE_URL",
        "DATE_OF_BIRTH",
    }
)
"""Entity types whose presence in a record says the record is about a private person."""

NAME_TYPES = frozenset({"PERSON", "LOCATION"})
"""Entity types found from context by the name taggers (:mod:`pipeline.stages.deidentify.nlp`)."""

GATE_TYPES = STRUCTURED_TYPES
"""Entity types the residual gate looks for (validators and layouts make them high-precision: a gate
must not cry wolf). ``scan --names`` adds :data:`NAME_TYPES`."""

EMITTED_TYPES = STRUCTURED_TYPES | NAME_TYPES
"""Every entity type the built-in analyzer emits, with or without NER (the policy needs a rule for each).

Declared here so that checking a policy before a run does not build the analyzer (its imports and
recognizers cost seconds); ``tests/pipeline/stages/deidentify/test_run_policy.py`` checks it against
``Analyzer(ner=...).entities()``."""
