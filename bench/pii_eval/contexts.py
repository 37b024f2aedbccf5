"""Context names shared by both template parts (each part covers every context in both languages)."""

CONTEXTS = (
    "support_chat",
    "hr_form",
    "clinic_note",
    "server_log",
    "config_file",
    "sql",
    "csv_table",
    "vcard",
    "shipping_label",
    "email_signature",
    "email_header",
    "multi_turn_chat",
    "json_blob",
    "code_string",
    "markdown_table",
    "court_document",
    "car_service",
    "appointment",
    "emergency_contact",
    "bank_form",
    "travel_booking",
    "resume",
    "social_profile",
    "network_inventory",
    "insurance_claim",
    "incident_report",
    "lease_contract",
    "school_record",
    "delivery_order",
    "meeting_notes",
    "translation_task",
    "forum_post",
)


def T(
    id: str,
    lang: str,
    context: str,
    instruction: str,
    input: str = "",
    output: str = "",
    *,
    system: str | None = None,
    history: list[tuple[str, str]] | None = None,
    source: str | None = None,
    annotators: list[str] | None = None,
) -> dict:
    """One template. Field strings use the mini-language described in ``pii_eval.generate``."""
    if context not in CONTEXTS:
        raise ValueError(f"unknown context {context!r} in {id}")
    return {
        "id": id,
        "lang": lang,
        "context": context,
        "instruction": instruction,
        "input": input,
        "output": output,
        "system": system,
        "history": [list(t) for t in history] if history else None,
        "source": source,
        "annotators": annotators,
    }
