"""The deidentify stage: per-record decisions, every field, rejects without values, audit, keys, idempotence."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest

from pipeline.config import parse_config
from pipeline.core.records import records_to_table
from pipeline.core.stage import StageContext, check_conservation
from pipeline.errors import ConfigError
from pipeline.stages.deidentify.residual import ResidualScanner
from pipeline.stages.deidentify.stage import AUDIT_SCHEMA, get_scanner, locations_needed, run
from tests.support.deid import OTHER_KEY, PLANTED, default_policy_data, rec, stage_ctx


def kept_by_id(result) -> dict[str, dict]:
    return {r["record_id"]: r for r in result.kept.to_pylist()}


def rejected_by_id(result) -> dict[str, dict]:
    return {r["record_id"]: r for r in result.rejected.to_pylist()}


def audit_rows(ctx: StageContext) -> list[dict]:
    return pq.read_table(ctx.artifact_path("audit", ctx.artifact_name("deidentify") + ".parquet")).to_pylist()


def run_rows(tmp_path: Path, rows: list[dict], policy: dict | None = None, **section):
    ctx = stage_ctx(tmp_path, policy, **section)
    return ctx, run(records_to_table(rows), ctx)


# --------------------------------------------------------------------------- the default policy, golden


MIXED_GOLDEN = {
    "m1": {
        "instruction": "请联系<PERSON_1>经理，电话*******5678，邮箱<EMAIL_ADDRESS_1>",
        "output": "<PERSON_1>经理会尽快回复你。",
        "history": [["我的身份证号是<CN_RESIDENT_ID_1>", "收到，已登记。"]],
        "pii_entities": 5,
    },
    "m2": {"instruction": "Write a haiku about autumn.", "output": "Leaves fall softly.", "pii_entities": 0},
    "m3": {
        "input": "Patient: <PERSON_1>, phone ********0132, e-mail <EMAIL_ADDRESS_1>.",
        "output": "The patient asked for a call back.",
        "system": "You are a clinic assistant.",
        "pii_entities": 3,
    },
    "m4": {"instruction": "收货地址：<STREET_ADDRESS_1>，电话*******1234", "pii_entities": 2},
    "m5": {
        "instruction": "Card ***************7894 was charged twice; the server <IP_ADDRESS_1> logged it.",
        "pii_entities": 2,
    },
    "m6": {"instruction": "Ship the parcel to <STREET_ADDRESS_1>.", "pii_entities": 1},
    "m7": {"instruction": "李白是哪个朝代的诗人？", "output": "李白是唐代诗人。", "pii_entities": 0},
    "m8": {"output": "Lewis Carroll wrote it in 1865.", "pii_entities": 0},
    "m9": {
        "input": "The food was great.",
        "source_id": "user-*******5678",
        "annotations": [
            {"annotator_id": "annotator-9eb8a9c469", "label": "positive", "confidence": 1.0, "fields": None},
            {"annotator_id": "ann_3", "label": "positive", "confidence": 0.9, "fields": None},
        ],
        "pii_entities": 2,
    },
}


@pytest.mark.parametrize("rid", sorted(MIXED_GOLDEN))
def test_default_policy_golden(mixed_run, rid):
    _, _, result = mixed_run
    kept = kept_by_id(result)[rid]
    for field, expected in MIXED_GOLDEN[rid].items():
        assert kept[field] == expected, field


def test_every_record_is_accounted_for_and_counted(mixed_run):
    rows, _, result = mixed_run
    check_conservation("deidentify", len(rows), result)
    assert result.rejected.num_rows == 0
    assert result.kept.column_names == [*records_to_table(rows).column_names, "pii_entities"]
    assert result.counters == {
        "texts_scanned": 26,
        "action.mask": 5,
        "action.placeholder": 9,
        "allowed": 0,
        "entity.BANK_CARD": 1,
        "entity.CN_RESIDENT_ID": 1,
        "entity.EMAIL_ADDRESS": 2,
        "entity.IP_ADDRESS": 1,
        "entity.PERSON": 3,
        "entity.PHONE_NUMBER": 4,
        "entity.STREET_ADDRESS": 2,
        "records_with_pii": 6,
        "entities_total": 14,  # the kept LOCATION is not analysed (no place windows)
    }
    assert result.report["policy"]["entities"]["PERSON"] == {"action": "placeholder", "threshold": 0.6}


def test_no_planted_value_survives(mixed_run):
    _, _, result = mixed_run
    everything = json.dumps(result.kept.to_pylist(), ensure_ascii=False)
    for key, value in PLANTED.items():
        assert value not in everything, key
    assert PLANTED["card"].replace(" ", "") not in everything
    assert "maria.lopez" not in everything


def test_audit_log_has_offsets_and_never_values(mixed_run):
    rows, ctx, _ = mixed_run
    audit = pq.read_table(ctx.artifact_path("audit", ctx.artifact_name("deidentify") + ".parquet"))
    assert audit.schema.equals(AUDIT_SCHEMA)
    entries = audit.to_pylist()
    m3 = [r for r in entries if r["record_id"] == "m3"]
    assert m3 == [
        {
            "record_id": "m3",
            "field": "input",
            "entity_type": "PERSON",
            "start": 9,
            "end": 20,
            "score": 0.85,
            "recognizer": "PersonRecognizer",
            "action": "placeholder",
        },
        {
            "record_id": "m3",
            "field": "input",
            "entity_type": "PHONE_NUMBER",
            "start": 28,
            "end": 40,
            "score": 0.95,
            "recognizer": "PhoneNumberRecognizer",
            "action": "mask",
        },
        {
            "record_id": "m3",
            "field": "input",
            "entity_type": "EMAIL_ADDRESS",
            "start": 49,
            "end": 72,
            "score": 1.0,
            "recognizer": "EmailAddressRecognizer",
            "action": "placeholder",
        },
    ]
    source = next(r for r in rows if r["record_id"] == "m3")["input"]
    assert [source[r["start"] : r["end"]] for r in m3] == [PLANTED["en_name"], PLANTED["en_phone"], PLANTED["en_email"]]
    assert {(r["field"], r["action"]) for r in entries if r["record_id"] == "m9"} == {
        ("source_id", "mask"),
        ("annotations[0].annotator_id", "annotator_pseudonym"),
    }
    dumped = json.dumps(entries, ensure_ascii=False)
    for value in [*PLANTED.values(), "maria.lopez@example.org", "user-13912345678"]:
        assert value not in dumped


# --------------------------------------------------------------------------- record-level consistency


def test_a_name_found_in_one_field_is_transformed_in_every_field_and_turn(tmp_path):
    rows = [
        rec(
            "c1",
            "王建国的体检报告怎么看？",
            input="王建国，男，45岁。",
            output="患者：王建国，电话13912345678。建议王建国复查。",
            system="你是王建国的家庭医生助理。",
            history=[["王建国上次的结果呢？", "王建国上次一切正常。"]],
            lang="zh",
        ),
        rec(
            "c2",
            "Summarise the thread.",
            input="hi from omar haddad",
            output="Patient: Omar Haddad, phone 415-555-0132.",
            system="Assist omar haddad politely.",
            history=[["Is OMAR HADDAD booked?", "Yes, omar haddad is booked."]],
        ),
        rec("c3", "Tell me about Omar Haddad.", output="王建国 is a common name."),  # another record: untouched
    ]
    _, result = run_rows(tmp_path, rows)
    kept = kept_by_id(result)
    assert kept["c1"]["instruction"] == "<PERSON_1>的体检报告怎么看？"
    assert kept["c1"]["input"] == "<PERSON_1>，男，45岁。"
    assert kept["c1"]["output"] == "患者：<PERSON_1>，电话*******5678。建议<PERSON_1>复查。"
    assert kept["c1"]["system"] == "你是<PERSON_1>的家庭医生助理。"
    assert kept["c1"]["history"] == [["<PERSON_1>上次的结果呢？", "<PERSON_1>上次一切正常。"]]
    assert kept["c2"]["input"] == "hi from <PERSON_1>"
    assert kept["c2"]["output"] == "Patient: <PERSON_1>, phone ********0132."
    assert kept["c2"]["system"] == "Assist <PERSON_1> politely."
    assert kept["c2"]["history"] == [["Is <PERSON_1> booked?", "Yes, <PERSON_1> is booked."]]
    assert (
        kept["c3"]["instruction"] == "Tell me about Omar Haddad." and kept["c3"]["output"] == "王建国 is a common name."
    )


def test_round15_a_login_is_followed_into_file_names_and_ids(tmp_path):
    rows = [
        rec(
            "l1",
            "What did this user do?",
            input="rsync -av ./exports/ kowusu.b@10.20.0.7:/srv/\ntar czf backup-kowusu.b_2024.tgz exports/",
            output="The archive is reports_kowusu.b.pdf.",
        ),
        # a short or capitalised value is not followed into other words
        rec(
            "l2", "Who is Anna Weber?", input="Patient: Anna Weber, phone 415-555-0132.", output="see anna_weber_notes"
        ),
    ]
    _, result = run_rows(tmp_path, rows)
    kept = kept_by_id(result)
    assert "kowusu" not in kept["l1"]["input"] + kept["l1"]["output"]
    assert kept["l1"]["output"] == "The archive is reports_<PERSON_1>.pdf."
    assert kept["l2"]["output"] == "see anna_weber_notes"


def test_a_full_name_elsewhere_in_the_record_gets_the_same_placeholder(tmp_path):
    rows = [
        rec(
            "c1",
            "Summarise the note.",
            input="Patient: Rose Carter, phone 415-555-0132.",
            output="Rose Carter called about her results.",
            system="You help Rose Carter.",
            history=[["Who is Rose Carter?", "She is the patient."]],
        )
    ]
    kept = kept_by_id(run_rows(tmp_path, rows)[1])["c1"]
    assert kept["input"] == "Patient: <PERSON_1>, phone ********0132."
    assert kept["output"] == "<PERSON_1> called about her results."
    assert kept["system"] == "You help <PERSON_1>."
    assert kept["history"] == [["Who is <PERSON_1>?", "She is the patient."]]


def test_name_parts_are_transformed_only_as_capitalised_words(tmp_path):
    rows = [
        rec(
            "c1",
            "Reply to the client.",
            input="Note from dawn",
            output="Client: Dawn Whitaker, phone 415-555-0132.",
            history=[["Did Dawn call?", "Mrs Whitaker called twice."]],
        )
    ]
    kept = kept_by_id(run_rows(tmp_path, rows)[1])["c1"]
    assert kept["output"] == "Client: <PERSON_1>, phone ********0132."
    assert kept["history"] == [["Did <PERSON_2> call?", "Mrs <PERSON_3> called twice."]]
    assert kept["input"] == "Note from dawn"  # "dawn": a lower-case word, not the name part "Dawn"


def test_a_name_part_inside_a_listed_public_name_is_left_alone(tmp_path):
    rows = [
        rec(
            "c1",
            "Shorten this out-of-office reply.",
            input="Out hiking (reading Bill Bryson). For payroll ask Bill Bennett, (660) 555-0110.",
            output="For payroll, contact Bill Bennett. Bill is back on Monday.",
        )
    ]
    kept = kept_by_id(run_rows(tmp_path, rows)[1])["c1"]
    assert "reading Bill Bryson" in kept["input"]  # round 12: "Bill" of Bill Bennett is no part of Bill Bryson
    assert "Bennett" not in kept["input"] and "Bennett" not in kept["output"]
    assert "Bill is back" not in kept["output"]  # the part alone still follows the private name


def test_the_family_name_of_an_inverted_name_is_a_part_too(tmp_path):
    rows = [
        rec(
            "c1",
            "Summarise the service record.",
            input="Customer: Tanaka, Ji-woo\nPhone: 020 9712 7463",
            output="Private: the owner Ji-woo Tanaka, phone 020 9712 7463.",
        )
    ]
    kept = kept_by_id(run_rows(tmp_path, rows)[1])["c1"]
    assert kept["input"] == "Customer: <PERSON_1>\nPhone: *********7463"
    assert "Tanaka" not in kept["output"]


def test_a_number_found_in_one_field_is_transformed_where_it_is_glued_to_chinese(tmp_path):
    rows = [
        rec(
            "c1",
            "把审计日志翻译成中文。",
            input="op=export_user_list target_uid=2053119807 client_ip=10.1.2.3",
            output="管理员从10.1.2.3导出了用户列表（目标2053119807号）。",
            lang="zh",
        ),
        # a number written only glued to Chinese, found nowhere else in the record, stays
        rec("c2", "这个数字是多少？", output="答案是2053119807号。", lang="zh"),
    ]
    kept = kept_by_id(run_rows(tmp_path, rows)[1])
    assert "2053119807" not in kept["c1"]["input"] and "2053119807" not in kept["c1"]["output"]
    assert kept["c1"]["output"] == "管理员从<IP_ADDRESS_1>导出了用户列表（目标<QQ_NUMBER_1>号）。"
    assert kept["c2"]["output"] == "答案是2053119807号。"


def test_a_value_found_elsewhere_wins_over_another_type_at_its_span(tmp_path):
    rows = [
        rec(
            "c1",
            "Summarise the claim.",
            input="Insured: Van Mai\nVehicle plate: PKX-8551",
            output="The accident involved PKX-8551.",
        )
    ]
    kept = kept_by_id(run_rows(tmp_path, rows)[1])["c1"]
    assert kept["input"].endswith("Vehicle plate: <LICENSE_PLATE_1>")
    assert kept["output"] == "The accident involved <LICENSE_PLATE_1>."


def test_a_date_of_birth_is_followed_to_other_formats_of_the_same_date(tmp_path):
    rows = [
        rec(
            "c1",
            "Check the form.",
            input="Form DOB: 1/19/1965\nVisit: 2024-03-01",
            output="Both documents show January 19, 1965; the visit was on March 1, 2024.",
        )
    ]
    kept = kept_by_id(run_rows(tmp_path, rows)[1])["c1"]
    assert kept["input"] == "Form DOB: <DATE_OF_BIRTH_1>\nVisit: 2024-03-01"
    assert kept["output"] == "Both documents show <DATE_OF_BIRTH_2>; the visit was on March 1, 2024."


def test_a_number_is_followed_to_other_groupings_of_the_same_digits(tmp_path):
    rows = [
        rec(
            "c1",
            "Categorise these lines.",
            input="2022-01-18  ZELLE TO DANIEL MITCHELL 3322128576  -1,200.00\nRef 1612475558",
            output="Rent: Zelle to Daniel Mitchell (332-212-8576), or +1 332 212 8576.",
        ),
        # the same digits with no phone found anywhere in the record stay
        rec("c2", "Is this prime?", input="3322128576", output="No: 3322128576 = 2 x 1661064288."),
    ]
    kept = kept_by_id(run_rows(tmp_path, rows)[1])
    assert "3322128576" not in kept["c1"]["input"] and "8576" in kept["c1"]["input"]  # masked, last four kept
    assert "1612475558" in kept["c1"]["input"]  # other digits: a timestamp, untouched
    assert "332-212-8576" not in kept["c1"]["output"] and "332 212 8576" not in kept["c1"]["output"]
    assert kept["c2"]["input"] == "3322128576"


def test_a_number_is_followed_where_chinese_text_touches_it(tmp_path):
    rows = [
        rec(
            "c1",
            "改成假的。",
            input='users.yaml:\n- name: 王伟\n  ssn: "234-55-3251"',
            output="234553251这种美国SSN用 9xx 开头的测试号段。",
        ),
        # glued to other digits or letters it is another number
        rec("c2", "改成假的。", input='ssn: "234-55-3251"', output="编号1234553251与a234553251不同。"),
    ]
    kept = kept_by_id(run_rows(tmp_path, rows)[1])
    assert kept["c1"]["output"] == "<US_SSN_1>这种美国SSN用 9xx 开头的测试号段。"
    assert kept["c2"]["output"] == "编号1234553251与a234553251不同。"


def test_a_latin_value_is_followed_where_chinese_text_touches_it(tmp_path):
    rows = [
        rec(
            "c1",
            "改写告警模板。",
            input="样例：user=mofengjian idcard=x",
            output="（原样例含mofengjian、已移除）",
        ),
        # glued to other Latin letters or digits it is another word
        rec("c2", "改写。", input="user=mofengjian", output="含xmofengjian与mofengjian2不同"),
    ]
    kept = kept_by_id(run_rows(tmp_path, rows)[1])
    assert "mofengjian" not in kept["c1"]["output"]
    assert kept["c2"]["output"] == "含xmofengjian与mofengjian2不同"


def test_a_column_takes_the_type_of_a_value_found_in_it(tmp_path):
    rows = [
        # a pivot table: no plate word in the header; two plates are named by a cue in the answer
        rec(
            "p1",
            "Who has more than one ticket?",
            input="Row Labels\tDriver\tCount\n2DAL786\tAnn Lee\t3\nFZB 0731\tBo Chen\t1\n"
            "BCB-6100\tCy Dao\t2\nGrand Total\t\t6",
            output="Ann Lee (plate 2DAL786) and Cy Dao (plate BCB-6100).",
        ),
        # SQL without a column list: separate statements into one table share their columns
        rec(
            "s1",
            "哪些是真实数据？",
            input="INSERT INTO patient VALUES ('ZY2018517734','乔志艳','x');\n"
            "INSERT INTO patient VALUES ('ZY2019768111','汤思','y');",
            output="住院号ZY2018517734对应乔志艳，ZY2019768111对应汤思。",
        ),
    ]
    kept = kept_by_id(run_rows(tmp_path, rows)[1])
    assert "FZB 0731" not in kept["p1"]["input"]
    assert "Grand Total" in kept["p1"]["input"] and "Count" in kept["p1"]["input"]
    assert "ZY2019768111" not in kept["s1"]["input"] and "ZY2019768111" not in kept["s1"]["output"]


def test_a_column_is_not_typed_by_a_value_outside_it(tmp_path):
    rows = [
        # the plate is named in the answer but stands in no cell of the table: the codes stay
        rec(
            "n1",
            "Summarise.",
            input="Code\tQty\nAB12CD\t3\nXY34ZT\t1",
            output="The van (plate 7ABC123) carried AB12CD.",
        ),
        # a different table (another INSERT target) does not share the column
        rec(
            "n2",
            "Check.",
            input="INSERT INTO patient VALUES ('ZY2018517734','a');\nINSERT INTO item VALUES ('ZY2019768111','b');",
            output="住院号ZY2018517734。",
        ),
    ]
    kept = kept_by_id(run_rows(tmp_path, rows)[1])
    assert "AB12CD" in kept["n1"]["input"] and "XY34ZT" in kept["n1"]["input"]
    assert "ZY2019768111" in kept["n2"]["input"]


# --------------------------------------------------------------------------- fields that are not text


def test_ids_holding_personal_data_are_transformed(tmp_path):
    rows = [
        rec("i1", "Say hi.", source_id="user-13912345678"),
        rec("i2", "Say hi.", source_id="kf_3145677086"),
        rec("i3", "Say hi.", source_id="ticket-lphan"),
        rec("i4", "Say hi.", source_id="ticket-00123"),
        rec("i5", "Say hi.", source_id="alpaca-52k-000017"),
    ]
    ctx, result = run_rows(tmp_path, rows)
    kept = kept_by_id(result)
    assert [kept[f"i{n}"]["source_id"] for n in range(1, 6)] == [
        "user-*******5678",
        "kf_<QQ_NUMBER_1>",
        "ticket-<PERSON_1>",
        "ticket-00123",
        "alpaca-52k-000017",
    ]
    assert [kept[f"i{n}"]["pii_entities"] for n in range(1, 6)] == [1, 1, 1, 0, 0]
    assert [(r["record_id"], r["field"], r["entity_type"]) for r in audit_rows(ctx)] == [
        ("i1", "source_id", "PHONE_NUMBER"),
        ("i2", "source_id", "QQ_NUMBER"),
        ("i3", "source_id", "PERSON"),
    ]


def annotated(rid: str, *ids: str) -> dict:
    return rec(
        rid,
        "Classify the sentiment.",
        input="The food was great.",
        output="positive",
        annotations=[{"annotator_id": a, "label": "positive", "confidence": 1.0} for a in ids],
    )


ANNOTATORS = ("maria.lopez@example.org", "Maria Lopez", "13912345678", "ann_3", "annotator-7", "42")


def test_annotator_ids_are_pseudonymised_stably_and_generic_ids_untouched(tmp_path):
    rows = [annotated("a1", *ANNOTATORS), annotated("a2", "maria.lopez@example.org")]
    _, first = run_rows(tmp_path / "one", rows)
    _, again = run_rows(tmp_path / "two", rows[::-1])
    ids = [a["annotator_id"] for a in kept_by_id(first)["a1"]["annotations"]]
    assert ids == ["annotator-9eb8a9c469", "annotator-98e566e3dd", "annotator-f14ea3a947", "ann_3", "annotator-7", "42"]
    assert kept_by_id(first)["a2"]["annotations"][0]["annotator_id"] == "annotator-9eb8a9c469"  # same across records
    assert kept_by_id(again)["a1"]["annotations"] == kept_by_id(first)["a1"]["annotations"]  # and across runs
    assert kept_by_id(first)["a1"]["pii_entities"] == 3


def test_annotator_pseudonyms_change_with_the_key(tmp_path, monkeypatch):
    rows = [annotated("a1", *ANNOTATORS)]
    base = [a["annotator_id"] for a in kept_by_id(run_rows(tmp_path / "one", rows)[1])["a1"]["annotations"]]
    monkeypatch.setenv("INSTRUCTFLOW_PII_KEY", OTHER_KEY)
    other = [a["annotator_id"] for a in kept_by_id(run_rows(tmp_path / "two", rows)[1])["a1"]["annotations"]]
    assert all(a != b for a, b in zip(base[:3], other[:3], strict=True))
    assert all(b.startswith("annotator-") and len(b) == len("annotator-") + 10 for b in other[:3])
    assert other[3:] == base[3:] == ["ann_3", "annotator-7", "42"]


@pytest.mark.parametrize(("action", "expected"), [("placeholder", "<ANNOTATOR>"), ("keep", "maria.lopez@example.org")])
def test_annotator_id_actions(tmp_path, action, expected):
    data = default_policy_data()
    data["annotator_ids"] = action
    kept = kept_by_id(run_rows(tmp_path, [annotated("a1", "maria.lopez@example.org", "ann_3")], data)[1])
    assert [a["annotator_id"] for a in kept["a1"]["annotations"]] == [expected, "ann_3"]


# --------------------------------------------------------------------------- rejects


def test_drop_record_and_too_dense_are_rejected_with_details_that_hold_no_value(tmp_path):
    data = default_policy_data()
    data["entities"]["EMAIL_ADDRESS"] = {"action": "drop_record", "threshold": 0.5}
    data["max_entities_per_record"] = 2
    rows = [
        rec("d1", f"Mail {PLANTED['en_email']} about it.", output="ok"),
        rec("d2", f"Card {PLANTED['card']}, server {PLANTED['ip']}, phone {PLANTED['en_phone']}.", output="ok"),
        rec("d3", f"Call {PLANTED['en_phone']} now.", output="ok"),
    ]
    ctx, result = run_rows(tmp_path, rows, data)
    check_conservation("deidentify", 3, result)
    rej = rejected_by_id(result)
    assert {k: (r["stage"], r["reason"], r["detail"], r["record"]) for k, r in rej.items()} == {
        "d1": ("deidentify", "pii_dropped", "field instruction: EMAIL_ADDRESS at 5-28 (policy drop_record)", None),
        "d2": ("deidentify", "pii_too_dense", "3 entities > max_entities_per_record 2", None),
    }
    assert kept_by_id(result)["d3"]["instruction"] == "Call ********0132 now."
    actions = {(r["record_id"], r["action"]) for r in audit_rows(ctx)}
    assert {("d1", "drop_record"), ("d2", "rejected_too_dense"), ("d3", "mask")} <= actions
    dumped = json.dumps(result.rejected.to_pylist()) + json.dumps(audit_rows(ctx))
    for value in PLANTED.values():
        assert value not in dumped


def test_a_transformation_that_recreates_a_deny_list_value_is_rejected_as_residual(tmp_path):
    """A deny-list value inside our own placeholder: the residual check always reports deny-list values."""
    data = default_policy_data()
    data["deny_list"] = {"PROJECT_CODE": ["PERSON_1"]}
    data["entities"]["PROJECT_CODE"] = {"action": "placeholder", "threshold": 0.5}
    rows = [rec("r1", "Summarise.", input="Patient: Rose Carter, phone 415-555-0132."), rec("r2", "Nothing here.")]
    ctx, result = run_rows(tmp_path, rows, data)
    check_conservation("deidentify", 2, result)
    (row,) = result.rejected.to_pylist()
    assert (row["record_id"], row["reason"], row["detail"], row["record"]) == (
        "r1",
        "pii_residual",
        "field input: PROJECT_CODE at 10-18 after transformation",
        None,
    )
    residual = [r for r in audit_rows(ctx) if r["action"] == "residual"]
    assert residual == [
        {
            "record_id": "r1",
            "field": "input",
            "entity_type": "PROJECT_CODE",
            "start": 10,
            "end": 18,
            "score": 1.0,
            "recognizer": "DenyListRecognizer",
            "action": "residual",
        }
    ]
    assert list(kept_by_id(result)) == ["r2"]


def test_an_operator_that_writes_a_phone_back_is_caught(tmp_path, monkeypatch):
    import pipeline.stages.deidentify.anonymize as anonymize

    monkeypatch.setattr(anonymize, "mask", lambda value, mask_char="*", keep_last=0: "13807551234")
    rows = [rec("r1", "电话13912345678，请回电。", lang="zh"), rec("r2", "普通的一句话。", lang="zh")]
    _, result = run_rows(tmp_path, rows)
    (row,) = result.rejected.to_pylist()
    assert (row["record_id"], row["reason"], row["detail"]) == (
        "r1",
        "pii_residual",
        "field instruction: PHONE_NUMBER at 2-13 after transformation",
    )
    assert "13807551234" not in json.dumps(row) and "13912345678" not in json.dumps(row)


# --------------------------------------------------------------------------- keys, surrogates, lists


def test_pseudonyms_are_stable_across_records_and_runs(tmp_path):
    data = default_policy_data()
    data["entities"]["PERSON"] = {"action": "pseudonym", "threshold": 0.6}
    rows = [rec("p1", "请联系王建国经理", lang="zh"), rec("p2", "王建国经理明天到", lang="zh")]
    a = kept_by_id(run_rows(tmp_path / "a", rows, data)[1])
    b = kept_by_id(run_rows(tmp_path / "b", rows[::-1], data)[1])
    assert a["p1"]["instruction"] == "请联系<PERSON_020252524e>经理"
    assert a["p2"]["instruction"] == "<PERSON_020252524e>经理明天到"
    assert a == b


def test_a_keyed_policy_without_a_key_fails_before_any_work(tmp_path, monkeypatch):
    monkeypatch.delenv("INSTRUCTFLOW_PII_KEY")
    data = default_policy_data()
    data.pop("pseudonym_key_file")
    monkeypatch.delenv("INSTRUCTFLOW_PII_KEY_FILE")
    with pytest.raises(ConfigError) as exc:
        run_rows(tmp_path, [rec("p1", "Hello.")], data)
    assert str(exc.value) == (
        f"{tmp_path / 'policy.yaml'}: key 'annotator_ids' uses a keyed action (pseudonym, surrogate), which needs a "
        "key: set environment variable INSTRUCTFLOW_PII_KEY or key 'pseudonym_key_file' (no fallback key is used)"
    )
    assert not (tmp_path / "run" / "audit").exists()


SURROGATE_ROWS = [
    rec("s1", "患者：王建国，电话13912345678，身份证110101199003077475", output="王建国已登记。", lang="zh"),
    rec("s2", "Call 415-555-0132 and mail rose.carter@example.org.", output="Done."),
]


def surrogate_policy() -> dict:
    data = default_policy_data()
    for etype in ("PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "CN_RESIDENT_ID"):
        data["entities"][etype] = {"action": "surrogate", "threshold": 0.5 if etype != "PERSON" else 0.6}
    return data


def test_surrogates_are_keyed_listed_and_skipped_by_the_residual_check(tmp_path, monkeypatch):
    _, first = run_rows(tmp_path / "a", SURROGATE_ROWS, surrogate_policy())
    kept = kept_by_id(first)
    assert first.rejected.num_rows == 0
    assert kept["s1"]["instruction"] == "患者：罗涛艳，电话13974999706，身份证110101196708120097"
    assert kept["s1"]["output"] == "罗涛艳已登记。"
    assert kept["s2"]["instruction"] == "Call 415-897-3474 and mail user1acf1448@example.com."
    assert kept["s1"]["pii_surrogates"] == ["20db4c05c7ba30ce", "84dd8986fdfdba12", "88280f2a1d9fce07"]
    assert first.kept.schema.field("pii_surrogates").type == pa.list_(pa.string())
    # the check skips them only because they are listed
    scanner = get_scanner_for(tmp_path / "a")
    assert scanner.scan_rows([kept["s1"], kept["s2"]]) == [[], []]
    unlisted = [{**kept["s1"], "pii_surrogates": []}, {**kept["s2"], "pii_surrogates": []}]
    assert [sorted({r.entity_type for r in found}) for found in scanner.scan_rows(unlisted)] == [
        ["CN_RESIDENT_ID", "PHONE_NUMBER"],
        ["EMAIL_ADDRESS", "PHONE_NUMBER"],
    ]
    monkeypatch.setenv("INSTRUCTFLOW_PII_KEY", OTHER_KEY)
    other = kept_by_id(run_rows(tmp_path / "b", SURROGATE_ROWS, surrogate_policy())[1])
    assert other["s1"]["instruction"] == "患者：李军玉，电话13973584920，身份证110101197810274249"
    assert other["s2"]["instruction"] != kept["s2"]["instruction"]


def get_scanner_for(folder: Path) -> ResidualScanner:
    from pipeline.stages.deidentify.policy import load_policy
    from pipeline.stages.deidentify.stage import policy_entities

    return ResidualScanner(load_policy(folder / "policy.yaml", policy_entities(True), with_key=False))


def test_allow_and_deny_lists(tmp_path):
    data = default_policy_data()
    data["allow_list"] = ["Rose Carter"]
    data["deny_list"] = {"PROJECT_CODE": ["Falcon-7"]}
    data["entities"]["PROJECT_CODE"] = {"action": "placeholder", "threshold": 0.5}
    rows = [rec("l1", "Patient: Rose Carter leads Falcon-7; phone 415-555-0132.")]
    ctx, result = run_rows(tmp_path, rows, data)
    assert kept_by_id(result)["l1"]["instruction"] == "Patient: Rose Carter leads <PROJECT_CODE_1>; phone ********0132."
    assert result.counters["allowed"] == 1
    assert ("l1", "PERSON", "allowed") in {(r["record_id"], r["entity_type"], r["action"]) for r in audit_rows(ctx)}


# --------------------------------------------------------------------------- private records and public names


def test_a_neutral_name_is_transformed_only_in_a_record_with_personal_data(tmp_path):
    rows = [
        rec("n1", "Contact", input="Marta Silva 415-555-0132", output="ok"),
        rec("n2", "Write a poem about Marta Silva.", output="ok"),
        rec("n3", "Forward the invoice to Sarah Johnson before Friday.", output="Done."),
        rec("n4", "Forward the invoice to Sarah Johnson, sarah.j@corp-mail.cn.", output="Done."),
    ]
    kept = kept_by_id(run_rows(tmp_path, rows)[1])
    assert kept["n1"]["input"] == "<PERSON_1> ********0132"
    assert kept["n2"]["instruction"] == "Write a poem about Marta Silva."
    assert kept["n3"]["instruction"] == "Forward the invoice to Sarah Johnson before Friday."
    assert kept["n4"]["instruction"] == "Forward the invoice to <PERSON_1>, <EMAIL_ADDRESS_1>."


def test_uncued_dates_and_numbers_count_only_on_a_private_persons_line(tmp_path):
    rows = [
        rec(
            "l1",
            "Contacts:\nIngrid Berg / 03/21/1940 / 8347869685\nOffice line: (212) 555-0147\n"
            "Invoice 05/02/1998 ref 2125550198",
            output="ok",
        ),
        rec("l2", "Parent 2: Ana Ruiz, 8347869685", output="ok"),
        rec("l3", "Order placed 03/21/1940, ref 8347869685.", output="ok"),
        rec("l4", "Contacts:\nIngrid Berg / 03/21/1940 / 8347869685", output="ok"),  # nothing says private
    ]
    kept = kept_by_id(run_rows(tmp_path, rows)[1])
    assert kept["l1"]["instruction"] == (
        "Contacts:\n<PERSON_1> / <DATE_OF_BIRTH_1> / ******9685\nOffice line: **********0147\n"
        "Invoice 05/02/1998 ref 2125550198"
    )
    assert kept["l2"]["instruction"] == "Parent 2: <PERSON_1>, ******9685"
    assert kept["l3"]["instruction"] == "Order placed 03/21/1940, ref 8347869685."
    assert kept["l4"]["instruction"] == "Contacts:\nIngrid Berg / 03/21/1940 / 8347869685"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Tell me about Lewis Carroll.", "en", "Tell me about Lewis Carroll."),
        ("patient: Lewis Carroll, room 4", "en", "patient: <PERSON_1>, room 4"),
        ("Patient: Lewis Carroll, phone 415-555-0132", "en", "Patient: <PERSON_1>, phone ********0132"),
        ("李白是唐代诗人。", "zh", "李白是唐代诗人。"),
        ("姓名：李白，电话13912345678", "zh", "姓名：<PERSON_1>，电话*******5678"),
        ("患者：李白，电话13912345678", "zh", "患者：<PERSON_1>，电话*******5678"),
        ("请赏析李白的《静夜思》，电话13912345678", "zh", "请赏析李白的《静夜思》，电话*******5678"),
    ],
)
def test_public_figures_are_kept_unless_a_private_cue_names_a_namesake(tmp_path, text, lang, expected):
    kept = kept_by_id(run_rows(tmp_path, [rec("f1", text, output="ok", lang=lang)])[1])
    assert kept["f1"]["instruction"] == expected


# --------------------------------------------------------------------------- idempotence, determinism, switches


def text_fields(row: dict) -> dict:
    return {k: v for k, v in row.items() if k != "pii_entities"}


def test_running_the_stage_on_its_own_output_changes_no_text(mixed_run, tmp_path):
    _, _, first = mixed_run
    without_ids = first.kept.filter(pc.is_null(first.kept.column("source_id")))
    second = run(without_ids, stage_ctx(tmp_path))
    assert [text_fields(r) for r in second.kept.to_pylist()] == [text_fields(r) for r in without_ids.to_pylist()]
    assert second.rejected.num_rows == 0
    assert set(second.kept.column("pii_entities").to_pylist()) == {0}


def test_ids_the_stage_wrote_are_left_alone_on_a_second_run(tmp_path):
    rows = [
        rec("i1", "Say hi.", source_id="ticket-lphan"),
        rec("i2", "Say hi.", source_id="kf_3145677086"),
        annotated("i3", "maria.lopez@example.org"),
    ]
    first = run_rows(tmp_path / "a", rows)[1]
    second = run(first.kept, stage_ctx(tmp_path / "b"))
    assert [text_fields(r) for r in second.kept.to_pylist()] == [text_fields(r) for r in first.kept.to_pylist()]


def test_outputs_are_deterministic(tmp_path):
    rows = [*SURROGATE_ROWS, annotated("a1", *ANNOTATORS), rec("x1", "Plain text.")]
    ctx_a, a = run_rows(tmp_path / "a", rows)
    ctx_b, b = run_rows(tmp_path / "b", rows)
    assert a.kept.equals(b.kept) and a.counters == b.counters
    path = ("audit", ctx_a.artifact_name("deidentify") + ".parquet")
    assert ctx_a.artifact_path(*path).read_bytes() == ctx_b.artifact_path(*path).read_bytes()


def test_disabled_passes_everything_through(tmp_path):
    rows = [rec("x1", f"Call {PLANTED['en_phone']}."), rec("x2", "Hi.")]
    cfg = parse_config({"deidentify": {"enabled": False}}, source="t.yaml", base_dir=tmp_path)
    result = run(records_to_table(rows), StageContext(run_dir=tmp_path, config=cfg))
    assert result.kept.column("instruction").to_pylist() == [r["instruction"] for r in rows]
    assert result.kept.column("pii_entities").to_pylist() == [0, 0]
    assert result.counters == {"disabled": 1}
    assert not (tmp_path / "audit").exists()


def test_empty_table(tmp_path):
    ctx, result = run_rows(tmp_path, [])
    assert result.kept.num_rows == 0 and result.rejected.num_rows == 0
    assert audit_rows(ctx) == []


@pytest.mark.parametrize("action", ["keep", "placeholder"])
def test_place_windows_run_only_when_the_policy_acts_on_locations(tmp_path, action, default_policy):
    data = default_policy_data()
    data["entities"]["LOCATION"] = {"action": action, "threshold": 0.85}
    _, result = run_rows(tmp_path, [rec("w1", "We opened an office in Canada.")], data)
    out = kept_by_id(result)["w1"]["instruction"]
    assert locations_needed(default_policy) is False
    if action == "keep":  # the place-only window is not analysed, so nothing is audited
        assert out == "We opened an office in Canada." and "entity.LOCATION" not in result.counters
    else:
        assert out == "We opened an office in <LOCATION_1>." and result.counters["entity.LOCATION"] == 1


def test_the_stage_and_its_residual_check_share_one_scanner_per_policy(default_policy):
    assert get_scanner(default_policy) is get_scanner(default_policy)


# --------------------------------------------------------------------------- end to end


def _all_output_text(run_dir: Path) -> str:
    """Every file of the run decoded, except the work files of stages before deidentify (raw by design)."""
    from pipeline.runtime.registry import names

    order = names()
    before = {run_dir / "work" / s for s in order[: order.index("deidentify")]}
    chunks = []
    for p in sorted(run_dir.rglob("*")):
        if not p.is_file() or any(parent in before for parent in p.parents):
            continue
        if p.suffix == ".parquet":
            chunks.append(json.dumps(pq.read_table(p).to_pylist(), ensure_ascii=False, default=str))
        else:
            chunks.append(p.read_bytes().decode("utf-8", errors="replace"))
    return "\n".join(chunks)


@pytest.mark.slow
def test_no_planted_value_leaks_anywhere_in_a_cli_run(tmp_path, caplog):
    from pipeline.cli import main
    from tests.support.deid import mixed_batch

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    lines = [{"instruction": r["instruction"], "input": r["input"], "output": r["output"]} for r in mixed_batch()]
    dense = "，".join(
        f"同事{n}，电话1391234{i:04d}" for i, n in enumerate(["王芳", "李娜", "张伟", "刘洋", "陈静"] * 9)
    )
    lines.append({"instruction": dense, "input": "", "output": "好的"})
    (corpus / "pii.jsonl").write_text(
        "\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8"
    )
    out, err = io.StringIO(), io.StringIO()
    rc = main(["run", "--corpus", str(corpus), "--out", str(tmp_path / "run"), "--quiet"], out=out, err=err)
    assert rc == 0, err.getvalue()
    everything = _all_output_text(tmp_path / "run") + out.getvalue() + err.getvalue() + caplog.text
    for key, value in PLANTED.items():
        assert value not in everything, key
    assert PLANTED["card"].replace(" ", "") not in everything and "13912340007" not in everything
    manifest = json.loads((tmp_path / "run" / "manifest.json").read_text(encoding="utf-8"))
    deid = next(s for s in manifest["stages"] if s["stage"] == "deidentify")
    assert deid["reasons"] == {"pii_too_dense": 1}
    assert main(["scan", str(tmp_path / "run" / "export")], out=io.StringIO(), err=io.StringIO()) == 0


def test_taggers_only_where_needed_give_the_same_output(monkeypatch, tmp_path):
    """The stage runs the name taggers only where they can change the output: same records either way."""
    import pipeline.stages.deidentify.stage as stage_module
    from pipeline.config import parse_config
    from pipeline.core.records import records_to_table
    from pipeline.core.stage import StageContext

    monkeypatch.setenv("INSTRUCTFLOW_PII_KEY", "k" * 32)
    texts = [
        "Anyone in the area want to start a reading group? Text Ana Ruiz at 415-555-0132.",
        "Lewis Carroll wrote Alice in Wonderland.",
        "Patient: John Smith, bed 4.",
        "My colleague Maria Lopez said hi.",
        "Dear Sam, the meeting moved. Call me at 13812345678.",
        "王经理明天到，电话13912345678。",
        "抄送张伟，请查收。",
        "今天天气很好，我们去公园散步吧。小明和小红一起去。",
        "The weather in Paris is nice. Tom said so.",
    ]
    rows = [
        {
            "record_id": f"r{i}",
            "instruction": "Summarise.",
            "input": "",
            "output": t,
            "corpus": "c",
            "source_file": "f.jsonl",
            "source_index": i,
            "lang": "zh" if any("\u4e00" <= c <= "\u9fff" for c in t) else "en",
        }
        for i, t in enumerate(texts)
    ]
    cfg = parse_config({"deidentify": {"workers": 1}}, source="t.yaml", base_dir=tmp_path)
    masked = stage_module.run(
        records_to_table(rows), StageContext(run_dir=tmp_path / "a", config=cfg, stage="deidentify")
    )
    monkeypatch.setattr(stage_module, "taggers_where_needed", lambda policy: False)
    full = stage_module.run(
        records_to_table(rows), StageContext(run_dir=tmp_path / "b", config=cfg, stage="deidentify")
    )
    assert masked.kept.to_pylist() == full.kept.to_pylist()
    outputs = [r["output"] for r in full.kept.to_pylist()]
    assert "<PERSON_1>" in outputs[0] and "Lewis Carroll" in outputs[1] and "John Smith" not in outputs[2]


def test_values_of_annotated_fields_are_deidentified_like_ids(tmp_path):
    # annotations[k].fields[j].value is read by the stage (an annotated customer name or phone is
    # personal data like any text), while an amount or a date stays as it is for the type check
    fields = [
        {"name": "customer", "value": "Zhang Wei", "confidence": 0.9},
        {"name": "phone", "value": "13912345678", "confidence": 0.9},
        {"name": "amount", "value": "¥1,200.50", "confidence": 0.8},
        {"name": "date", "value": "2024-03-05", "confidence": 0.8},
    ]
    row = rec("f1", "Extract the invoice fields.", input="Invoice INV-2024-0042, total ¥1,200.50.", output="done")
    row["annotations"] = [{"annotator_id": "ann_1", "label": "good", "confidence": 0.9, "fields": fields}]
    ctx, result = run_rows(tmp_path, [row])
    [kept] = result.kept.to_pylist()
    values = {f["name"]: f["value"] for f in kept["annotations"][0]["fields"]}
    assert values["customer"] != "Zhang Wei" and "Zhang" not in values["customer"]
    assert "13912345678" not in values["phone"] and values["phone"].endswith("5678")
    assert (values["amount"], values["date"]) == ("¥1,200.50", "2024-03-05")
    paths = {r["field"] for r in audit_rows(ctx)}
    assert {"annotations[0].fields[0].value", "annotations[0].fields[1].value"} <= paths
    assert "Zhang Wei" not in json.dumps(audit_rows(ctx), ensure_ascii=False, default=str)


def test_field_value_paths_are_written_back_in_place():
    from pipeline.stages.deidentify.fields import copy_row, is_annotator_id, is_field_value, record_texts, set_text

    row = {
        "instruction": "x",
        "annotations": [{"annotator_id": "a", "label": "l", "fields": [{"name": "n", "value": "v"}]}],
    }
    paths = [t.path for t in record_texts(row)]
    assert paths[-2:] == ["annotations[0].annotator_id", "annotations[0].fields[0].value"]
    assert is_annotator_id(paths[-2]) and not is_annotator_id(paths[-1]) and is_field_value(paths[-1])
    new = copy_row(row)
    set_text(new, "annotations[0].fields[0].value", "<PERSON>")
    assert new["annotations"][0]["fields"][0]["value"] == "<PERSON>"
    assert row["annotations"][0]["fields"][0]["value"] == "v"  # the original row is untouched


def test_products_organisations_and_characters_are_kept_and_names_still_found(tmp_path):
    rows = [
        rec(
            "p1",
            "Summarise.",
            input="Vehicle: Ford F-150, plate struck while parked.\nWitness: David Morris, insured by Wells Fargo",
        ),
        rec(
            "p2",
            "Summarise.",
            input="Chinedu Okoro (415-555-0132) loves Harry Potter novels and returned the Dyson V15.",
        ),
        rec(
            "p3",
            "总结。",
            input="用了一个月，戴森V12续航掉得厉害。客服廖婷乐让我寄回检测。委托诉讼代理人：孟鑫诗，阿里巴巴律师。",
        ),
        rec("p4", "总结。", input="学生姓名：雷军，电话13812345678"),
        rec("p5", "总结。", input="负面为主：对MacBook Air本身满意，评价中提到的董明珠与此无关。"),
    ]
    kept = kept_by_id(run_rows(tmp_path, rows)[1])
    assert kept["p1"]["input"] == (
        "Vehicle: Ford F-150, plate struck while parked.\nWitness: <PERSON_1>, insured by Wells Fargo"
    )
    assert kept["p2"]["input"] == "<PERSON_1> (********0132) loves Harry Potter novels and returned the Dyson V15."
    assert kept["p3"]["input"] == (
        "用了一个月，戴森V12续航掉得厉害。客服<PERSON_1>让我寄回检测。委托诉讼代理人：<PERSON_2>，阿里巴巴律师。"
    )
    assert kept["p4"]["input"] == "学生姓名：<PERSON_1>，电话*******5678"  # a pupil called 雷军: private
    assert kept["p5"]["input"] == "负面为主：对MacBook Air本身满意，评价中提到的董明珠与此无关。"


def test_role_words_kinship_words_and_streets_are_not_names(tmp_path):
    rows = [
        rec("k1", "Explain.", output="R: Manager: Responsible for the project\nContact: Rose Carter, 415-555-0132"),
        rec("k2", "Explain.", output="Son, the bus leaves at five. Call Ann Lee on 415-555-0132."),
        rec("k3", "Generate a unique username given the input provided.", input="First name: John\nLast name: Smith"),
    ]
    kept = kept_by_id(run_rows(tmp_path, rows)[1])
    assert kept["k1"]["output"] == "R: Manager: Responsible for the project\nContact: <PERSON_1>, ********0132"
    assert kept["k2"]["output"] == "Son, the bus leaves at five. Call <PERSON_1> on ********0132."
    assert kept["k3"]["instruction"] == "Generate a unique username given the input provided."


@pytest.mark.parametrize(
    ("value", "raisable"),
    [("Ann Lee", True), ("王芳", True), ("Grace", False), ("ABX-301 112  Subject", False), ("Model 3 Long", False)],
)
def test_raisable_candidates(value: str, raisable: bool) -> None:
    from pipeline.stages.deidentify.stage import _raisable

    assert _raisable(value) is raisable


def test_a_chinese_name_is_followed_with_and_without_a_space_in_it(tmp_path):
    rows = [
        rec(
            "s1",
            "姓名：赖 军静，电话13912345678",
            output="已登记赖军静；赖　军静需要本人来。",
            lang="zh",
        ),
    ]
    _, result = run_rows(tmp_path, rows)
    kept = kept_by_id(result)
    assert kept["s1"]["instruction"] == "姓名：<PERSON_1>，电话*******5678"
    assert kept["s1"]["output"] == "已登记<PERSON_1>；<PERSON_1>需要本人来。"


# --------------------------------------------------------------------------- the tagger mask


def _needs_non_ascii(items) -> bool:  # items: re._parser's SubPattern
    """True when every match of the parsed (sub)pattern ``items`` holds a non-ASCII character."""
    import re._constants as c

    for op, arg in items:
        if op is c.LITERAL and arg > 127:
            return True
        if op is c.IN and arg and arg[0][0] is not c.NEGATE:
            members = [
                (a, a) if o is c.LITERAL else a if o is c.RANGE else (0, 0x10FFFF) for o, a in arg
            ]  # a category (\w, \d) may be ASCII
            if all(lo > 127 for lo, _ in members):
                return True
        if op is c.BRANCH and all(_needs_non_ascii(branch) for branch in arg[1]):
            return True
        if op is c.SUBPATTERN and _needs_non_ascii(arg[-1]):
            return True
        if op in (c.MAX_REPEAT, c.MIN_REPEAT) and arg[0] >= 1 and _needs_non_ascii(arg[2]):
            return True
    return False


def test_strong_zh_name_patterns_need_a_non_ascii_character() -> None:
    """The mask does not ask ``may_have_strong_name`` about an ASCII text: none of its patterns can match one."""
    import re._parser

    from pipeline.stages.deidentify.recognizers import person_zh

    assert not _needs_non_ascii(re._parser.parse(r"a[b-z\u4e00]"))  # the check can fail
    assert _needs_non_ascii(re._parser.parse("(?:x|尊敬)?[\u4e00-\u9fff]{2}|亲爱"))
    for rx in (person_zh._STRONG_CONTEXT, person_zh.ZH_NAME_CUES):
        assert _needs_non_ascii(re._parser.parse(rx.pattern, rx.flags)), rx.pattern[:60]


def test_tagger_mask_is_the_plain_test_per_text() -> None:
    from pipeline.stages.deidentify.recognizers.names import may_have_cued_name
    from pipeline.stages.deidentify.recognizers.person_zh import may_have_strong_name
    from pipeline.stages.deidentify.stage import tagger_mask

    texts = [
        "Patient: Maria Lopez",
        "no names here",
        "抄送王伟",
        "请联系张伟先生",
        "天气很好",
        "Patient: Maria Lopez",
        "annotator_07",
        "尊敬的李女士 Dear Sir",
        "",
    ]
    calls: list[str] = []

    def zh(text: str) -> bool:
        calls.append(text)
        return may_have_strong_name(text)

    want = [may_have_cued_name(t) or may_have_strong_name(t) for t in texts]
    assert tagger_mask(texts, may_have_cued_name, zh) == want
    assert any(want) and not all(want)
    assert len(calls) == len(set(calls))  # each string asked once, ASCII ones not at all
    assert all(not t.isascii() for t in calls)


# --------------------------------------------------------------------------- round 16


def test_round16_a_question_asking_for_a_phone_cues_its_answer(tmp_path):
    rows = [
        rec("q1", "Log the callback.", history=[["Which mobile should the courier ring?", "4155550132 on weekdays."]]),
        rec("q2", "Log the total.", history=[["How many parcels shipped last year?", "4155550132 in total."]]),
    ]
    _, result = run_rows(tmp_path, rows)
    kept = kept_by_id(result)
    assert "4155550132" not in kept["q1"]["history"][0][1]
    assert kept["q2"]["history"][0][1] == "4155550132 in total."


def test_round16_a_value_the_residual_check_finds_is_transformed_not_rejected(tmp_path):
    # an ID and a card in one space-separated row: the card stands apart only once the ID is replaced
    row = "1 赵宏 440305 19870615 6119 6217 0012 3456 7000 9亩"
    rows = [rec("r1", "核对受灾户名单。", input=f"序号 户主 身份证 一卡通 面积\n{row}", lang="zh")]
    _, result = run_rows(tmp_path, rows)
    kept = kept_by_id(result)
    assert "r1" in kept, rejected_by_id(result)
    assert "6217 0012 3456" not in kept["r1"]["input"]
    assert "19870615" not in kept["r1"]["input"]


def test_round16_a_number_keyed_as_another_kind_is_not_raised_by_a_name_on_its_line(tmp_path):
    rows = [
        rec("k1", "整理员工信息。", input="员工：周敏，工号8845550132", lang="zh"),
        rec("k2", "整理家长信息。", input="家长：周敏，8845550132", lang="zh"),
    ]
    _, result = run_rows(tmp_path, rows)
    kept = kept_by_id(result)
    assert "工号8845550132" in kept["k1"]["input"]
    assert "8845550132" not in kept["k2"]["input"]


def test_round16_a_latin_name_after_a_chinese_payee_key_is_transformed(tmp_path):
    rows = [rec("p1", "核对汇款信息。", input="收款人名称：OLUWASEUN ADEYEMI\n金额：EUR 900", lang="zh")]
    _, result = run_rows(tmp_path, rows)
    assert "ADEYEMI" not in kept_by_id(result)["p1"]["input"]


def test_round19_a_speaker_tag_is_transformed_when_the_record_names_that_person(tmp_path):
    # round 19: 【覃一鸣】 at line starts reads like an SMS sender; the answer names the same person with a cue
    rows = [
        rec(
            "t1",
            "写一条给前台的备忘。",
            input="【覃一鸣】周六下午两点到，六个人\n【覃一鸣】电话139 1234 5678\n【前台小李】好的",
            output="备忘：覃一鸣（13912345678）周六下午两点，六人。",
            lang="zh",
        ),
        rec(
            "t2", "把短信归类。", input="【京东】您的订单已发货\n【京东】您的快递已签收", output="物流通知。", lang="zh"
        ),
    ]
    _, result = run_rows(tmp_path, rows)
    kept = kept_by_id(result)
    assert "覃一鸣" not in kept["t1"]["input"] and kept["t1"]["input"].startswith("【<PERSON_1>】")
    assert kept["t2"]["input"] == "【京东】您的订单已发货\n【京东】您的快递已签收"


def test_round19_a_value_found_elsewhere_takes_its_best_score(tmp_path):
    # round 19: the first finding of a name was an uncued candidate; its cued finding elsewhere decides the score,
    # so a public-looking span around the first one no longer hides it
    rows = [
        rec(
            "b1",
            "Summarise the booking.",
            input="【洪晓岚】明早九点取车\n【洪晓岚】车牌粤B·D12345",
            output="联系人：洪晓岚，电话13912345678。",
            lang="zh",
        )
    ]
    _, result = run_rows(tmp_path, rows)
    kept = kept_by_id(result)
    assert "洪晓岚" not in kept["b1"]["input"] and "洪晓岚" not in kept["b1"]["output"]


def test_round19_a_dicom_station_is_no_person_but_the_pn_element_is(tmp_path):
    rows = [
        rec(
            "d1",
            "List the DICOM header fields.",
            input="(0010,0010) PN [Okafor^Ngozi]\n(0010,0030) DA [19800214]\n(0008,1010) SH [Planmeca ProMax]",
        )
    ]
    _, result = run_rows(tmp_path, rows)
    out = kept_by_id(result)["d1"]["input"]
    assert "Planmeca ProMax" in out and "Okafor" not in out
