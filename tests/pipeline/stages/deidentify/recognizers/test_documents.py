"""Document-format recognizers: MRZ lines (ICAO 9303) and HL7 v2 segments, positives and negatives."""

from __future__ import annotations

import pytest

from pipeline.stages.deidentify.recognizers.documents import Hl7Recognizer, MrzRecognizer, mrz_check_digit

MRZ = MrzRecognizer()
HL7 = Hl7Recognizer()


def found(rec, text: str) -> list[tuple[str, str, float]]:
    return [(r.entity_type, text[r.start : r.end], r.score) for r in rec.find(text)] if rec.may_match(text) else []


def test_check_digit_of_the_icao_specimens() -> None:
    assert mrz_check_digit("L898902C3") == 6
    assert mrz_check_digit("740812") == 2
    assert mrz_check_digit("D23145890") == 7


def test_td3_passport_two_lines() -> None:
    text = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10"
    assert found(MRZ, text) == [
        ("PERSON", "ERIKSSON", 0.9),
        ("PERSON", "ANNA<MARIA", 0.9),
        ("PASSPORT", "L898902C3", 0.95),
        ("DATE_OF_BIRTH", "740812", 0.9),
    ]


def test_td1_id_card_three_lines() -> None:
    text = "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<"
    assert found(MRZ, text) == [
        ("PASSPORT", "D23145890", 0.95),
        ("DATE_OF_BIRTH", "740812", 0.9),
        ("PERSON", "ERIKSSON", 0.9),
        ("PERSON", "ANNA<MARIA", 0.9),
    ]


@pytest.mark.parametrize(
    ("text", "number", "score"),
    [
        # a wrong check digit (OCR error, a made-up sample) still reads as the number, lower
        (
            "P<CHN<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\nG398969346CHN<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<",
            "G39896934",
            0.85,
        ),
        # the second line alone, inside a JSON string
        ('{"mrz_line2": "3961335882GBR<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<"}', "396133588", 0.85),
        # a number shorter than nine characters, padded with fillers
        ("AB123456<0USA8001014M3001012<<<<<<<<<<<<<<04", "AB123456", 0.85),
    ],
)
def test_document_number_in_a_data_line(text: str, number: str, score: float) -> None:
    assert ("PASSPORT", number, score) in found(MRZ, text)


@pytest.mark.parametrize(
    "text",
    [
        "std::vector<std::vector<int>> grid;",
        "a << b << c << d",
        "P<CHN<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<",  # an empty names field: nothing to find
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ<<<<<<",  # letters only: no document number, no names-line layout
        "SN<<0000000000000000000000000000",  # no digit in the number field
        "AAAAAAAAAA<<<<<<<<<<<<<<<<<<<<<<<",
    ],
)
def test_not_mrz(text: str) -> None:
    assert found(MRZ, text) == []


HL7_TEXT = (
    "MSH|^~\\&|LAB|Mayo Clinic|EHR||20240612083015||ORU^R01|MSG00421|P|2.5\n"
    "PID|1||PX123456^^^MRN||DOE^JANE^Q^JR||19800101|F|||12 Oak St^Apt 4^Boston^MA^02110||(617)555-0134||||||"
    "334-35-9555|S1234567\n"
    "NK1|1|DOE^JOHN|SPO|12 Oak St^^Boston^MA||6175550199\n"
    "OBR|1||LAB77812|CBC^Complete blood count"
)


def test_hl7_pid_and_nk1_fields() -> None:
    assert found(HL7, HL7_TEXT) == [
        ("MEDICAL_RECORD_NUMBER", "PX123456", 0.9),
        ("PERSON", "DOE", 0.9),
        ("PERSON", "JANE", 0.9),
        ("DATE_OF_BIRTH", "19800101", 0.9),
        ("STREET_ADDRESS", "12 Oak St", 0.9),
        ("STREET_ADDRESS", "Apt 4", 0.9),
        ("PHONE_NUMBER", "(617)555-0134", 0.9),
        ("US_SSN", "334-35-9555", 0.9),
        ("DRIVER_LICENSE", "S1234567", 0.9),
        ("PERSON", "DOE", 0.9),
        ("PERSON", "JOHN", 0.9),
        ("STREET_ADDRESS", "12 Oak St", 0.9),
        ("PHONE_NUMBER", "6175550199", 0.9),
    ]


def test_hl7_ssn_shifted_into_the_account_field() -> None:
    text = "PID|1||<MEDICAL_RECORD_NUMBER_1>^^^MRN||<PERSON_1>^<PERSON_2>||<DATE_OF_BIRTH_1>|F|||x||5551234567|||||334359555"
    assert found(HL7, text) == [("PHONE_NUMBER", "5551234567", 0.9), ("US_SSN", "334359555", 0.9)]


@pytest.mark.parametrize(
    "text",
    [
        "OBR|1||LAB77812|CBC^Complete blood count",  # no patient segment
        "The PID of the process is 4242 | grep it",
        "| PID | CPU | MEM |",
        "PID|1||||||||",  # empty fields
    ],
)
def test_not_hl7_personal_data(text: str) -> None:
    assert found(HL7, text) == []
