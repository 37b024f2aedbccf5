"""Cue words, values anchored after a cue, and table columns (markdown, CSV/TSV, SQL INSERT): exact cells."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.stages.deidentify.anonymize import pseudonym
from pipeline.stages.deidentify.recognizers.tables import (
    Cues,
    blank_placeholders,
    closest_family,
    column_header,
    keyed_lists,
    literal_prefix,
    row_fits,
    table_index,
)


def cells(text: str) -> list[tuple[str, str]]:
    return [(text[c.start : c.end], c.header) for c in table_index(text).cells]


def test_table_index_maps_cells_to_headers():
    text = (
        "| Name | Passport No. |\n|---|---|\n| Ann | 987654321 |\n\n"
        'id,name,phone\n1,Bob,"4155550132"\n2,"Lee, Ann",2125550199\n\n'
        "INSERT INTO t (full_name, ssn) VALUES ('O'Brien', '123-45-6789'), ('Li', '987654321');"
    )

    def header(value: str) -> str | None:
        s = text.index(value)
        return column_header(text, s, s + len(value))

    assert header("987654321 |") is None  # not a whole cell
    assert header("987654321") == "Passport No."
    assert header("Ann |") is None
    assert header("4155550132") == "phone"
    assert header("Lee, Ann") == "name"
    assert header("2125550199") == "phone"
    assert header("123-45-6789") == "ssn"
    assert header("Li") == "full_name"
    assert column_header("plain text, no table", 0, 5) is None
    assert table_index("a,b\n1,2").cells[0].header == "a"
    assert table_index("1,2\n3,4").cells == ()  # a numeric first line is no header


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "| Name | Phone |\n|:--|--:|\n| Ann Lee | 4155550132 |\n| Bo | |\n",
            [("Ann Lee", "Name"), ("4155550132", "Phone"), ("Bo", "Name")],
        ),
        ("Name | Phone\n--- | ---\nAnn | 123\n", [("Ann", "Name"), ("123", "Phone")]),
        (
            "name\tphone\nAnn\t4155550132\nBob\t2125550199\n",
            [("Ann", "name"), ("4155550132", "phone"), ("Bob", "name"), ("2125550199", "phone")],
        ),
        ("name;phone\nAnn;123\n", [("Ann", "name"), ("123", "phone")]),
        ('name,note\n"Lee, Ann","say ""hi"""\n', [("Lee, Ann", "name"), ('say ""hi""', "note")]),
        ("name,email\nAnn,a@b.c\n", [("Ann", "name"), ("a@b.c", "email")]),
        ("name,phone\nAnn,1,extra\n", []),  # a row with another number of cells ends the block
        (
            "id\tname\tphone\tdob\n1\tAnn\t4155550132\t\n2\tBo\t2125550199\t1990-01-02\n3\tCy\n",
            [
                ("1", "id"),
                ("Ann", "name"),
                ("4155550132", "phone"),  # a truncated row: its cells keep their headers
                ("2", "id"),
                ("Bo", "name"),
                ("2125550199", "phone"),
                ("1990-01-02", "dob"),
                ("3", "id"),
                ("Cy", "name"),
            ],
        ),
        (
            "id,name,phone,dob\n1,Ann,4155550132,1990-01-02\nsee above\n",
            [
                ("1", "id"),
                ("Ann", "name"),
                ("4155550132", "phone"),
                ("1990-01-02", "dob"),
            ],
        ),
        ("name,phone\nAnn\n", []),  # a two-column table has no truncated rows
        ("a@b.c,x\n1,2\n", []),  # an e-mail is no header
        ("name,phone", []),  # one line: no rows
        ("one line, no newline", []),
        (
            "INSERT INTO `users` (`name`, ssn) VALUES ('Ann', 123), (\"Bo\", NULL);",
            [("Ann", "name"), ("123", "ssn"), ("Bo", "name"), ("NULL", "ssn")],
        ),
        ("insert into t (a,b) values ('it''s', 'x')", [("it''s", "a"), ("x", "b")]),
        (  # a pipe-separated export without the |---| row
            "ID | 联系人 | 微信\nL-01 | 莫睿建 | ruijianmo321\nL-02 | 江芳 | \n",
            [("L-01", "ID"), ("莫睿建", "联系人"), ("ruijianmo321", "微信"), ("L-02", "ID"), ("江芳", "联系人")],
        ),
        ("2024-01-02 | INFO | started\n2024-01-02 | WARN | slow\n", []),  # a log: no header line
        ("a | b\nplain text\n", []),  # a header line without rows
        ("Name | Phone | Note\nAnn | 123 | x | y | z\n", []),  # a row with more cells than the header
        (  # a comma inside brackets (a note, full-width punctuation folded) is no separator
            "name,card,id\nAnn,BE06 9795 (exchange, abroad),E93834512\n",
            [("Ann", "name"), ("BE06 9795 (exchange, abroad)", "card"), ("E93834512", "id")],
        ),
        ("name,id\nAnn,(a, b),c\n", []),  # brackets do not make a row of three cells fit two columns
        (  # a comma grouping thousands inside an unquoted amount is no separator
            "name,amount,plate\nAnn,$1,606.85,5CKL749\nBo,$12,345,678.00,7ABC123\n",
            [
                ("Ann", "name"),
                ("$1,606.85", "amount"),
                ("5CKL749", "plate"),
                ("Bo", "name"),
                ("$12,345,678.00", "amount"),
                ("7ABC123", "plate"),
            ],
        ),
        ("a,b\n1,234\n", [("1", "a"), ("234", "b")]),  # a row that fits its header is read as it is
        ("a,b\nx1,234,5\n", []),  # no amount before the comma: the row does not fit
        (  # INSERT without a column list: cells by position, under an empty header
            "INSERT INTO patient VALUES ('ZY2018517734','Ann');",
            [("ZY2018517734", ""), ("Ann", "")],
        ),
    ],
)
def test_table_cells_golden(text, expected):
    assert cells(text) == expected


def test_cells_of_one_column_share_its_name():
    text = (
        "a\tb\n1\t2\n3\t4\n\n"
        "INSERT INTO patient VALUES ('x', 'y');\nINSERT INTO patient VALUES ('z', 'w');\n"
        "INSERT INTO item VALUES ('u');"
    )
    col = {text[c.start : c.end]: c.column for c in table_index(text).cells}
    assert col["1"] == col["3"] != col["2"] == col["4"]
    assert col["x"] == col["z"] != col["y"] == col["w"]
    assert col["u"] != col["x"]  # another table


@pytest.mark.parametrize(
    ("cells", "columns", "fits"),
    [(3, 3, True), (2, 3, True), (1, 3, False), (3, 5, True), (2, 5, False), (1, 2, False), (4, 3, False)],
)
def test_row_fits(cells, columns, fits):
    assert row_fits(cells, columns) is fits


def test_cues_word_starts_and_placeholders():
    phone = Cues("phone", "tel(?![a-z])", "电话")
    assert phone.search("support_phone") and phone.search("buyerPhone") and phone.search("TEL:")
    assert not phone.search("Patel") and not phone.search("HOTEL") and not phone.search("iphone")
    assert phone.before("电话：", 3) and not phone.before("<PHONE_NUMBER_1>: ", 18)
    assert phone.before("phone\n", 6) and not phone.before("phone\n", 6, same_line=True)
    fams = {"phone": phone, "order": Cues("order")}
    assert closest_family("phone, order 123", 13, fams) == "order"
    assert closest_family("order, phone 123", 13, fams) == "phone"


def test_cue_windows_and_distances():
    c = Cues("passport", "护照")
    assert c.last_before("passport  x", 10) == 2
    assert c.last_before("x", 1) is None
    assert c.after("123 护照", 3) is True
    assert c.after("123\n护照", 3) is False  # same line by default after a value
    assert c.after("123\n护照", 3, same_line=False) is True
    assert closest_family("nothing 1", 8, {"a": Cues("phone")}) is None
    assert closest_family("phone\n 1", 7, {"a": Cues("phone")}) is None
    assert closest_family("phone\n 1", 7, {"a": Cues("phone")}, same_line=False) == "a"
    ip = Cues("ip(?![a-z])")
    assert [ip.search(t) for t in ["IP: 1", "zip 1", "ipad", "clientIp"]] == [True, False, False, True]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Passport No.: E12345678", "E12345678"),
        ("护照号码：E12345678", "E12345678"),
        ('"passport": "123456789"', "123456789"),
        ("passport number is 123456789", "123456789"),
        ("mypassport 123456789", None),  # a cue starts a word
        ("Passport (work authorization): N29889942", "N29889942"),  # a qualifier of the key
        ("护照（境外）：E12345678", "E12345678"),
        ("passport (see 2 above): N29889942", None),  # a digit: no qualifier
        ("passport (work authorization) N29889942", None),  # a qualifier only before the key's colon
    ],
)
def test_anchored_values(text, value):
    m = Cues("passport", "护照").anchored(r"[A-Z0-9]{8,9}(?![A-Z0-9])").search(text)
    assert (m and m.group("v")) == value


def test_blank_placeholders_keeps_offsets():
    assert blank_placeholders("a <PERSON_1> [PHONE] b") == "a " + " " * 18 + " b"
    assert blank_placeholders("x<y") == "x<y"


def test_pseudonyms_are_blanked_like_placeholders():
    p = pseudonym("PHONE_NUMBER", "4155550132", b"k" * 32)
    assert p == "<PHONE_NUMBER_a1516908f6>"
    assert blank_placeholders(p) == " " * len(p)
    assert not Cues("phone").before(p + " 123456789", len(p) + 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("手机/微信：17710673064 / shibin_1997\n邮箱：x@y.cn", [("手机", "17710673064"), ("微信", "shibin_1997")]),
        ("Phone/WeChat: 415-555-0132 / amy_lee88, thanks", [("Phone", "415-555-0132"), ("WeChat", "amy_lee88")]),
        ("QQ、邮箱：12345678、a@b.cn。", [("QQ", "12345678"), ("邮箱", "a@b.cn")]),
        ("电话/QQ：13912345678/2345678", [("电话", "13912345678"), ("QQ", "2345678")]),
        ("手机/微信：13912345678", []),  # one value for two keys: nothing paired
        ("see https://a.b/c/d: x", []),
        ("日期：2020/01/02", []),  # one key
        ("plain text without keys", []),
    ],
)
def test_keyed_lists_pair_values_with_keys(text, expected):
    assert [(k.key, text[k.start : k.end]) for k in keyed_lists(text)] == expected


def test_blank_placeholders_keeps_an_xml_element_closed_on_its_line():
    text = "<MRN>MR-2940155</MRN> <PERSON_1>\n<SSN>\n</SSN>"
    assert blank_placeholders(text) == "<MRN>MR-2940155</MRN> " + " " * 10 + "\n" + " " * 5 + "\n</SSN>"


@pytest.mark.parametrize(
    ("fragment", "prefix"),
    [
        ("physician['’]?s?[ _-]?record", "physician"),
        ("colou?r", "colo"),  # an optional character is not part of it
        ("ab+c", "ab"),
        ("x{2}", ""),
        ("d\\.o\\.b", "d"),
        ("ip(?![a-z])", "ip"),
        ("病历", "病历"),
        ("(?:a|b)c", ""),  # a group first
        ("[ab]c", ""),
        ("a|b", ""),  # an alternation at the top: b alone matches
        ("ab(c|d)", "ab"),
    ],
)
def test_literal_prefix(fragment, prefix):
    assert literal_prefix(fragment) == prefix


def _all_cues() -> list[Cues]:
    """Every cue family of the identifier and phone recognizers, in a fixed order."""
    from pipeline.stages.deidentify.recognizers import identifiers, phones

    return [
        value
        for module in (identifiers, phones)
        for _name, value in sorted(vars(module).items())
        if isinstance(value, Cues)
    ]


ALL_CUES = _all_cues()


def test_large_families_are_gated():
    assert [c._gate is not None for c in ALL_CUES].count(True) >= 2  # MRN, non-phone
    assert all(c._gate is None for c in ALL_CUES if len(c.fragments) < 40)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_the_literal_gate_never_rules_out_a_cue(data):
    # every family: a text built around one of its fragments' words is let through whenever a cue is in it
    for cues in ALL_CUES:
        word = data.draw(st.sampled_from([literal_prefix(f) or "x" for f in cues.fragments]))
        text = data.draw(st.text("aAbB :#.-_'’号码\n0123")) + word + data.draw(st.text("aAbB :#.-_'’号码id no\n0123"))
        if cues._rx.search(text) is not None:
            assert cues.search(text)
        assert cues.search(text) == (cues._loose.search(text.lower()) is not None and cues._rx.search(text) is not None)


def test_round14_a_cue_window_cut_inside_a_word_holds_no_cue_of_its_tail() -> None:
    from pipeline.stages.deidentify.recognizers.tables import Cues

    cues = Cues("t(?=[ \\t]*:)", "tel")
    text = "Defendant: <PERSON_1>  DOB: <DATE_OF_BIRTH_1>  Booking #: 24-118305"
    start = text.index("24-")
    assert not cues.before(text, start, 50, same_line=True)  # the window starts at "t" of Defendant
    assert cues.before("T: 24-118305", 3, 50, same_line=True)  # a real key at the text's start
    assert cues.before("ab T: 24-118305", 6, 4, same_line=True)  # a window cut before a word start


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 17: a cue starts a camelCase part after an acronym too
        ("USSocialSecurityNumber", True),
        ("HTTPPhoneNumber", True),
        # never inside a word, in upper or lower case
        ("TELEPHONICS", False),
        ("microphone", False),
    ],
)
def test_round17_a_cue_after_an_acronym(text, expected):
    assert Cues("social[ _-]?security", "phone").search(text) is expected


def test_round18_a_postgres_copy_block_names_its_columns():
    text = (
        "-- PostgreSQL database dump\n"
        "COPY public.clients (id, full_name, passport_no, city) FROM stdin;\n"
        "1\tNOAH BRANDT\tK48213375\tDenver\n"
        "2\t\\N\tX99120458\tBoise\n"
        "\\.\n"
        "after\tthe\tblock"
    )
    got = cells(text)
    assert ("NOAH BRANDT", "full_name") in got
    assert ("K48213375", "passport_no") in got
    assert ("X99120458", "passport_no") in got
    assert not any(v == "\\N" or v == "after" for v, _ in got)  # NULL, and nothing after the end marker
    # a COPY to a file has no rows in the text; tabs with no COPY header are no table of this kind
    assert cells("COPY t (a, b) TO '/tmp/x.csv';\nfoo\tbar") == []
