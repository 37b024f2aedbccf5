import pytest

from pipeline.stages.deidentify.recognizers.checksums import is_bank_card, is_resident_id, luhn_check_digit, luhn_ok


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("11010519491231002X", True),  # the GB 11643-1999 sample number
        ("11010519491231002x", True),
        ("110105 19491231 002X", True),
        ("110105194912310021", False),  # wrong check character
        ("110101199013011234", False),  # month 13 (passes the checksum, see data README)
        ("110105190002290021", False),  # 1900-02-29 does not exist
        ("1101051949123100", False),
    ],
)
def test_is_resident_id(value: str, valid: bool) -> None:
    assert is_resident_id(value) is valid


@pytest.mark.parametrize(
    ("value", "valid"),
    [("4111111111111111", True), ("4111 1111 1111 1111", True), ("4111111111111112", False), ("79927398713", True)],
)
def test_luhn_reference_values(value: str, valid: bool) -> None:
    assert luhn_ok(value) is valid


def test_bank_card_excludes_resident_ids_and_short_numbers() -> None:
    assert is_bank_card("6222 0212 3456 7894")
    assert not is_bank_card("79927398713")  # Luhn-valid but 11 digits
    assert not is_bank_card("2023110512345678")  # order number: fails Luhn


def test_luhn_check_digit_completes_a_valid_number() -> None:
    assert luhn_check_digit("411111111111111") == "1"
    assert luhn_ok("7992739871" + luhn_check_digit("7992739871"))
