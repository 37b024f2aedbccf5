"""Golden example for the scorer: hand-written records, hand-written de-identified versions,
hand-computed expectations."""

from bench.pii_eval.score import dob_variants, parse_date, phone_key, score


def lab(rec, field, value, entity, slot, parts=None, nth=0):
    text = rec[field] if "[" not in field and "." not in field else None
    if field == "source_id":
        text = rec["source_id"]
    if field.startswith("annotations"):
        text = rec["annotations"][int(field[12])]["annotator_id"]
    start = -1
    for _ in range(nth + 1):
        start = text.index(value, start + 1)
    d = {"field": field, "start": start, "end": start + len(value), "entity": entity, "value": value, "slot": slot}
    if parts:
        d["parts"] = parts
    return d


def neg(rec, field, value, kind):
    s = rec[field].index(value)
    return {"field": field, "start": s, "end": s + len(value), "kind": kind, "value": value}


def base(rid, lang, inp, out, **kw):
    r = {
        "record_id": rid,
        "lang": lang,
        "instruction": "x",
        "input": inp,
        "output": out,
        "system": None,
        "history": None,
        "source_id": None,
        "annotations": None,
        "template": "golden",
        "part": "dev",
        "context": "support_chat",
        "labels": [],
        "negatives": [],
    }
    r.update(kw)
    return r


def golden():
    g1 = base(
        "g1",
        "zh",
        "客户欧阳娜娜，电话139-1234-5678，住北京市朝阳区阜通东大街6号院3号楼2单元1102室，出生日期1990年3月5日。喜欢李白。",
        "已联系欧阳娜娜（13912345678），她用iPhone 15。",
    )
    g1["labels"] = [
        lab(g1, "input", "欧阳娜娜", "PERSON", "P:a", {"family": "欧阳", "given": "娜娜"}),
        lab(g1, "input", "139-1234-5678", "PHONE_NUMBER", "T:p"),
        lab(
            g1,
            "input",
            "北京市朝阳区阜通东大街6号院3号楼2单元1102室",
            "STREET_ADDRESS",
            "A:h",
            {"street": "阜通东大街", "number": 6},
        ),
        lab(g1, "input", "1990年3月5日", "DATE_OF_BIRTH", "D:b", {"y": 1990, "m": 3, "d": 5}),
        lab(g1, "output", "欧阳娜娜", "PERSON", "P:a", {"family": "欧阳", "given": "娜娜"}),
        lab(g1, "output", "13912345678", "PHONE_NUMBER", "T:p"),
    ]
    g1["negatives"] = [neg(g1, "input", "李白", "public_figure"), neg(g1, "output", "iPhone 15", "product")]
    d1 = dict(
        g1,
        input="客户[PERSON]，电话139****5678，住[ADDRESS]，出生日期[DOB]。喜欢李白。",
        output="已联系娜娜（１３９１２３４５６７８），她用[PRODUCT]。",
    )

    g2 = base(
        "g2",
        "en",
        "Patient Maria Lopez, DOB 03/05/1990, lives at Flat 3, 12 Baker Street, London NW1 6XE. SSN 123-45-6789. "
        "Compare Python and Java.",
        "Lopez, Maria called from (415) 555-0132.",
    )
    g2["labels"] = [
        lab(g2, "input", "Maria Lopez", "PERSON", "P:a", {"family": "Lopez", "given": "Maria"}),
        lab(g2, "input", "03/05/1990", "DATE_OF_BIRTH", "D:b", {"y": 1990, "m": 3, "d": 5}),
        lab(
            g2,
            "input",
            "Flat 3, 12 Baker Street, London NW1 6XE",
            "STREET_ADDRESS",
            "A:h",
            {"street": "Baker", "number": "12"},
        ),
        lab(g2, "input", "123-45-6789", "US_SSN", "S:s"),
        lab(g2, "output", "Lopez, Maria", "PERSON", "P:a", {"family": "Lopez", "given": "Maria"}),
        lab(g2, "output", "(415) 555-0132", "PHONE_NUMBER", "T:p"),
    ]
    g2["negatives"] = [neg(g2, "input", "Python", "code_identifier"), neg(g2, "input", "Java", "code_identifier")]
    d2 = dict(
        g2,
        input="Patient [NAME], DOB [DATE], lives at Flat 3, [NUM] Baker Street, London NW1 6XE. SSN 123456789. "
        "Compare Python and Java.",
        output="Lopez, Maria called from [PHONE].",
    )

    g3 = base(
        "g3",
        "en",
        "Contact: ann.lee@example.com, IP 10.0.0.12",
        "ok",
        source_id="user-4155550132",
        annotations=[{"annotator_id": "Ann.Lee@Example.com", "label": "good", "confidence": 0.9}],
    )
    g3["labels"] = [
        lab(g3, "input", "ann.lee@example.com", "EMAIL_ADDRESS", "E:e"),
        lab(g3, "input", "10.0.0.12", "IP_ADDRESS", "I:i"),
        lab(g3, "source_id", "4155550132", "PHONE_NUMBER", "T:s"),
        lab(g3, "annotations[0].annotator_id", "Ann.Lee@Example.com", "EMAIL_ADDRESS", "E:e"),
    ]
    d3 = dict(
        g3,
        input="Contact: ANN.LEE@EXAMPLE.COM, IP 10.0.0.1",
        source_id="user-[PHONE]",
        annotations=[{"annotator_id": "ann_1", "label": "good", "confidence": 0.9}],
    )

    g4 = base("g4", "en", "Call Bob Stone at 212-555-0101", "")
    g4["labels"] = [lab(g4, "input", "Bob Stone", "PERSON", "P:a", {"family": "Stone", "given": "Bob"})]
    return [g1, g2, g3, g4], [d1, d2, d3]  # g4 is missing from the de-identified output


def test_golden_example():
    gen, deid = golden()
    res = score(gen, deid)
    assert res["records"] == {"generated": 4, "scored": 3, "missing": 1, "missing_ids": ["g4"]}
    got = {
        (e, lang): (v["values"], v["leaked"])
        for e, langs in res["leaks"]["by_entity_lang"].items()
        for lang, v in langs.items()
    }
    assert got == {
        # zh: the phone survives in full-width digits in the output; the mask 139****5678 alone would not leak;
        # the lone given name 娜娜 is not a leak; address and date of birth were replaced
        ("PHONE_NUMBER", "zh"): (1, 1),
        ("PERSON", "zh"): (1, 0),
        ("STREET_ADDRESS", "zh"): (1, 0),
        ("DATE_OF_BIRTH", "zh"): (1, 0),
        # en: "Lopez, Maria" survives in the output; SSN survives without dashes; the street without its
        # house number is not a leak; the e-mail survives upper-cased; 10.0.0.1 is not 10.0.0.12
        ("PERSON", "en"): (1, 1),
        ("US_SSN", "en"): (1, 1),
        ("STREET_ADDRESS", "en"): (1, 0),
        ("DATE_OF_BIRTH", "en"): (1, 0),
        ("PHONE_NUMBER", "en"): (2, 0),
        ("EMAIL_ADDRESS", "en"): (1, 1),
        ("IP_ADDRESS", "en"): (1, 0),
    }
    assert res["leaks"]["overall"] == {"values": 12, "leaked": 4, "leak_rate": round(4 / 12, 4)}
    assert res["leaks"]["by_lang"]["zh"] == {"values": 4, "leaked": 1, "leak_rate": 0.25}
    assert res["negatives"]["overall"] == {"spans": 4, "changed": 1, "changed_rate": 0.25}
    assert res["negatives"]["by_kind_lang"]["product"]["zh"] == {"spans": 1, "changed": 1, "changed_rate": 1.0}
    assert res["negatives"]["by_kind_lang"]["code_identifier"]["en"] == {"spans": 2, "changed": 0, "changed_rate": 0.0}


def test_partial_forms():
    gen, _ = golden()
    g1, g2 = gen[0], gen[1]
    # Chinese address: road name + house number surviving in another phrasing is a leak
    d1 = dict(g1, input="x", output="送到阜通东大街6号院了")
    assert score([g1], [d1])["leaks"]["by_entity"]["STREET_ADDRESS"]["leaked"] == 1
    d1 = dict(g1, input="x", output="送到阜通东大街了")  # street without number: no leak
    assert score([g1], [d1])["leaks"]["by_entity"]["STREET_ADDRESS"]["leaked"] == 0
    # Chinese name with a space or written 姓;名 in separate cells is still the full name
    d1 = dict(g1, input="N:欧阳;娜娜", output="x")
    assert score([g1], [d1])["leaks"]["by_entity"]["PERSON"]["leaked"] == 1
    # date of birth in another written form
    d1 = dict(g1, input="出生 1990-03-05", output="x")
    assert score([g1], [d1])["leaks"]["by_entity"]["DATE_OF_BIRTH"]["leaked"] == 1
    # English: a lone common first name is not a leak; given + family in SQL-like columns is
    d2 = dict(g2, input="Hi Maria", output="x")
    assert score([g2], [d2])["leaks"]["by_entity"]["PERSON"]["leaked"] == 0
    d2 = dict(g2, input="WHERE last_name = 'lopez' AND first_name = 'maria'", output="x")
    assert score([g2], [d2])["leaks"]["by_entity"]["PERSON"]["leaked"] == 1
    # UK address: house number + street name survive
    d2 = dict(g2, input="moved from 12 baker st", output="x")
    assert score([g2], [d2])["leaks"]["by_entity"]["STREET_ADDRESS"]["leaked"] == 1


def test_helpers():
    assert phone_key("+86 139 1234 5678") == phone_key("139-1234-5678") == "13912345678"
    assert phone_key("一三九一二三四五六七八") == "13912345678"
    assert phone_key("+44 7700 900123") == phone_key("07700 900123") == "7700900123"
    assert phone_key("+1 (415) 555-0132") == "4155550132"
    assert parse_date("一九九〇年三月五日") == (1990, 3, 5)
    assert parse_date("March 5, 1990") == (1990, 3, 5) == parse_date("05-Mar-1990")
    assert "1990年3月5日" in dob_variants(1990, 3, 5)
