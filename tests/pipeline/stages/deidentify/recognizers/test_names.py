"""Person names through the whole analyzer (taggers + PersonRecognizer): golden spans and scores, hard negatives.

Scores: 0.5 a neutral candidate (kept by the bundled policy, raised in a record with other personal
data), 0.55 a weak cue (greeting, speaker tag, code string), 0.85 a private cue. The bundled
policy transforms PERSON from 0.6.
"""

from __future__ import annotations

import pytest

from pipeline.stages.deidentify.recognizers.names import (
    GENERIC_ID,
    IN_PRIVATE_RECORD,
    NEUTRAL,
    PRIVATE,
    WEAK,
    LocationRecognizer,
    PersonRecognizer,
    english_word,
    recognizers,
    username_name_span,
)

THRESHOLD = 0.6
"""The bundled policy's PERSON threshold."""


def persons(analyzer, text: str, lang: str, floor: float = NEUTRAL) -> list[tuple[str, float]]:
    return [
        (text[r.start : r.end], r.score)
        for r in analyzer.analyze([text], [lang])[0]
        if r.entity_type == "PERSON" and r.score >= floor
    ]


def test_levels():
    assert (NEUTRAL, WEAK, IN_PRIVATE_RECORD, PRIVATE) == (0.5, 0.55, 0.7, 0.85)
    assert NEUTRAL < WEAK < THRESHOLD < IN_PRIVATE_RECORD < PRIVATE


EN_GOLDEN = [
    # lists, tables, CSV, logs, code
    (
        "Attendees: Priya Raman, Tom Becker, Olga Ivanova",
        [("Priya Raman", 0.85), ("Tom Becker", 0.85), ("Olga Ivanova", 0.85)],
    ),
    (
        "| Name | Role |\n|---|---|\n| Priya Raman | Lead |\n| Tom Becker | QA |",
        [("Priya Raman", 0.85), ("Tom Becker", 0.85)],  # "Lead": an English word no lexicon names
    ),
    ("name,email_ok\nPriya Raman,yes\nTom Becker,no", [("Priya Raman", 0.85), ("Tom Becker", 0.85)]),
    (  # a truncated row (fewer cells) does not end the table
        "id\tfull_name\tphone\tzip\n1\tPriya Raman\t\n2\tBecker, Tom\t-\t02139",
        [("Priya Raman", 0.85), ("Becker, Tom", 0.85)],
    ),
    ("2024-03-02 10:15:01 INFO login ok user=tbecker", [("tbecker", 0.85)]),
    ("2024-03-02 10:15:01 INFO login ok user=tom.becker", [("tom.becker", 0.85)]),
    ('author = "Tom Becker"', [("Tom Becker", 0.85)]),
    ('print("Hello, Priya Raman!")', [("Priya Raman", 0.55)]),
    # chat speaker tags
    (
        "Priya Raman: Can you check the logs?\nTom Becker: Sure, give me a minute.",
        [("Priya Raman", 0.55), ("Tom Becker", 0.55)],
    ),
    # user handles as speaker tags (stand-up notes, chats); not code annotations
    (
        "@turnerj: blocked on creds\n- @valentina.castillo20: done\n@Override: no\nmail me @ home: ok",
        [("turnerj", 0.55), ("valentina.castillo20", 0.55)],
    ),
    # devices named after their owners (network inventories, DHCP leases); not generic device names
    (
        "jinli56-iPhone 172.22.49.92\nSalmas-iPad\nananya.raghunathan61-laptop\noffice-PC\nguest-laptop\nmy-iPhone",
        [("jinli56", 0.55), ("Salmas", 0.55), ("ananya.raghunathan61", 0.55)],
    ),
    # a user name as an address's display name (git authors, mail headers); not an organisation or a word
    (
        "Author: qiu.zhen <zhen.qiu81@example.cn>\nFrom: GitHub <noreply@github.com>\ncc support <help@x.com>",
        [("qiu.zhen", 0.85)],
    ),
    ("merged by sima_xiangting <x@example.cn> today", [("sima_xiangting", 0.55)]),
    # role and relation words
    ("The patient Harold Finch was admitted on Monday.", [("Harold Finch", 0.85)]),
    ("My spouse, Dana Whitfield, will pick it up.", [("Dana Whitfield", 0.85)]),
    ("cc: Dana Whitfield, Omar Haddad", [("Dana Whitfield", 0.85), ("Omar Haddad", 0.85)]),
    ("Ask your colleague Ingrid Berg about it.", [("Ingrid Berg", 0.85)]),
    # plural labels and a bracketed gloss before the colon; a lower-case second part of a hyphenated name
    ("Surnames: Choi\nGiven names: Min-jun\nDate of birth: 10-Apr-1977", [("Choi", 0.85), ("Min-jun", 0.85)]),
    ("First Name (Given Name): Arjun\nAddress (Street): 9 Elm", [("Arjun", 0.85)]),
    ("Names: TBD (see below)", []),
    ("Names: Arthur, Bob, Louis", [("Arthur", 0.5), ("Bob", 0.5)]),  # candidates only: a list of examples
    # lower-case names after cues
    ("Name: dana whitfield", [("dana whitfield", 0.85)]),
    ("my name is omar haddad", [("omar haddad", 0.85)]),
    # greetings and signatures: weak
    ("Hi Dana, the report is ready.", [("Dana", 0.55)]),
    ("Regards,\nDana", [("Dana", 0.55)]),
    # a bare name in prose: a neutral candidate only
    ("Please forward the invoice to Sarah Johnson before Friday.", [("Sarah Johnson", 0.5)]),
    # public figures, unless a private cue marks a namesake
    ("Lewis Carroll wrote Alice's Adventures in Wonderland.", []),
    ("patient: Lewis Carroll", [("Lewis Carroll", 0.85)]),
]


@pytest.mark.parametrize(("text", "expected"), EN_GOLDEN)
def test_english_names(analyzer, text, expected):
    assert persons(analyzer, text, "en") == expected


ZH_GOLDEN = [
    ("车主张伟的电话是多少？", [("张伟", 0.85)]),
    (
        "4. 大卫·米勒 学院路29号\n（尹骁颖3份、穆罕默德·约翰逊1份）",
        [("大卫·米勒", 0.5), ("尹骁颖", 0.5), ("穆罕默德·约翰逊", 0.5)],
    ),
    ("列夫·托尔斯泰写了小说", []),  # inside running text the name's end cannot be told
    (
        "主机名 | IP地址\n侯旻俊的MacBook | 10.221.43.254\n公司的电脑 | 10.0.0.2\n会议室的iPad | 10.0.0.3",
        [("侯旻俊", 0.55)],
    ),
    ("抄送：陈静、杨磊", [("陈静", 0.85), ("杨磊", 0.85)]),
    ("抄送明华，尊敬的时光先生：", [("明华", 0.85)]),
    ("原告：孙悦，被告：周杰。", [("孙悦", 0.85), ("周杰", 0.85)]),
    ("患者：端木蓉，女，45岁", [("端木蓉", 0.85)]),
    ("联系人：司马光明，电话见附件", [("司马光明", 0.85)]),
    ("家属欧阳修远已签字。", [("欧阳修远", 0.85)]),
    ("王小明先生和欧阳娜娜女士明天到。", [("王小明", 0.85), ("欧阳娜娜", 0.85)]),
    ("张伟：今天开会吗？\n王芳：下午三点。", [("张伟", 0.85), ("王芳", 0.85)]),
    ("| 姓名 | 电话 |\n|---|---|\n| 陈静 | 见附件 |\n| 杨磊 | 见附件 |", [("陈静", 0.85), ("杨磊", 0.85)]),
    ('name = "陈静"', [("陈静", 0.85)]),
    ("张老师说明天考试", [("张老师", 0.85)]),  # a surname with a title: the title is part of the span
    ("我的同事Michael Jordan下周来上海。", [("Michael Jordan", 0.5)]),  # 同事 is not a cue (colleague is)
    ("联系人：Maria Lopez，电话见附件", [("Maria Lopez", 0.85)]),
    ("李白是唐代诗人。", []),
    ("孙悟空大闹天宫。", []),
    ("姓名：李白", [("李白", 0.85)]),
    ("预约人：刘洋，明天上午十点。", [("刘洋", 0.85)]),
    ("预约人刘洋明天上午到", [("刘洋", 0.85)]),
    ("被告赵敏于2020年签订合同。", [("赵敏", 0.85)]),
    ("请把合同发给欧阳娜娜和端木蓉", [("欧阳娜娜", 0.85), ("端木蓉", 0.85)]),
    ("王芳：你好\n李娜：你好", [("王芳", 0.85), ("李娜", 0.55)]),
    ("患者：李白，男，45岁", [("李白", 0.85)]),
    # contact verbs: the persons to reach are private, a list joined by 和/与 too
    ("请把合同发给王芳", [("王芳", 0.85)]),
    ("请把合同发给王芳和张伟", [("王芳", 0.85), ("张伟", 0.85)]),
    ("请联系王芳与李娜", [("王芳", 0.85), ("李娜", 0.85)]),  # 李娜 is a jieba word: a name in a filled slot
    ("告诉王芳和她的朋友", [("王芳", 0.85)]),
    # a jieba word after a role without a separator, or not filling its slot, is not a name
    ("车主李白，电话见附件", []),
    ("李白：床前明月光，疑是地上霜。", []),  # a public name as a speaker tag stays public
]


@pytest.mark.parametrize(("text", "expected"), ZH_GOLDEN)
def test_chinese_names(analyzer, text, expected):
    assert persons(analyzer, text, "zh") == expected


NEGATIVES = [
    ("Compare Python and Java for backend work.", "en"),
    ("Machine Learning is a field of study.", "en"),
    ("The Tesla Model 3 has a long range.", "en"),
    ("binary 00100001 and 0b00100001", "en"),
    ("I'd be happy to help with that.", "en"),
    ("Write a short poem about the ocean.", "en"),
    ("Everyone: please submit by Friday.", "en"),
    ("Product Name: Smartphone", "en"),
    ("左心室肥大", "zh"),
    ("点击单元格", "zh"),
    ("顾客说谷歌很好用", "zh"),
    ("请把银行卡号码发给我。", "zh"),
    ("明天我们讨论高速公路的安全问题。", "zh"),
    ("通知单上写着日期", "zh"),
    ("联系方式：电话", "zh"),
    ("联系高考招生办", "zh"),
    ("患者苏醒，", "zh"),  # 苏醒 is tagged nr by jieba: a word, even after a role
    ("患者：谢谢。", "zh"),  # nr in jieba but common: not a name in a cued slot
    ("客户：明白。", "zh"),
    ("被告陈述，其未收到货款。", "zh"),
]


@pytest.mark.parametrize(("text", "lang"), NEGATIVES)
def test_not_names(analyzer, text, lang):
    assert persons(analyzer, text, lang, floor=THRESHOLD) == []


def test_neutral_candidates_of_the_negatives_stay_under_the_threshold(analyzer):
    assert persons(analyzer, "Compare Python and Java for backend work.", "en") == []  # Java: no name
    assert persons(analyzer, "Machine Learning is a field of study.", "en") == [("Machine Learning", 0.5)]
    assert persons(analyzer, "Product Name: Galaxy Phone", "en") == []  # a thing label


def test_recognizer_without_taggers_still_finds_cued_names():
    rec = PersonRecognizer()
    text = "patient: Harold Finch; 联系人：司马光明"
    assert [(text[r.start : r.end], r.score) for r in rec.find(text)] == [("Harold Finch", 0.85), ("司马光明", 0.85)]
    assert rec.may_match("123 456") is False and rec.may_match("x") is True
    assert {r.recognition_metadata["recognizer_name"] for r in rec.find(text)} == {"PersonRecognizer"}


def test_location_recognizer_reads_tagger_places(full_analyzer):
    text = "We opened an office in Canada."
    assert [(r.entity_type, text[r.start : r.end], r.score) for r in full_analyzer.analyze([text], ["en"])[0]] == [
        ("LOCATION", "Canada", 0.85)
    ]
    assert LocationRecognizer().find(text) == []  # nothing without the taggers' candidates


def test_factory():
    assert [(type(r).__name__, r.supported_language) for r in recognizers("zh")] == [
        ("PersonRecognizer", "zh"),
        ("LocationRecognizer", "zh"),
    ]


@pytest.mark.parametrize(
    ("token", "name"),
    [
        ("qian_pengxuan", "qian_pengxuan"),  # pinyin
        ("li.wei", "li.wei"),
        ("tom.becker", "tom.becker"),
        ("sanjay.gupta", "sanjay.gupta"),
        ("lakshmi.venkataraman6", "lakshmi.venkataraman6"),
        ("data_frame", None),
        ("git.commit", None),
        # two parts: a family name that is an English word needs a given name beside it (round 11)
        ("ansible_host", None),
        ("store-sh", None),
        ("rahul_baker", "rahul_baker"),
        ("seo-yeon.yamamoto", "seo-yeon.yamamoto"),  # three parts: as before
    ],
)
def test_username_name_span(token, name):
    span = username_name_span(token)
    assert (token[span[0] : span[1]] if span else None) == name


@pytest.mark.parametrize(
    ("annotator_id", "generic"),
    [("ann_3", True), ("annotator-3", True), ("42", True), ("rater7", True), ("user 12", True), ("Maria", False)],
)
def test_generic_annotator_ids(annotator_id, generic):
    assert bool(GENERIC_ID.match(annotator_id)) is generic


def test_english_word():
    assert english_word("leading") and english_word("smaller") and english_word("running")
    assert not english_word("Whitfield")


# --- lead: precision rules (public namesakes, ordinary words, code, HTML attributes) and the cue test for NER


@pytest.mark.parametrize(
    ("text", "public_name"),
    [
        ("Name of Author: H.G. Wells", "H.G. Wells"),
        ("<book><title>Alice in Wonderland</title><author>Lewis Carroll</author></book>", "Lewis Carroll"),
        ("Famous Author: Ernest Hemingway", "Ernest Hemingway"),
        ("Anyone in the area want to start a Leonardo da Vinci reading group?", "Leonardo"),
    ],
)
def test_a_public_name_after_a_label_stays_public(text: str, public_name: str) -> None:
    from pipeline.stages.deidentify.recognizers.names import PersonRecognizer

    found = PersonRecognizer().find(text)
    assert all(public_name not in text[f.start : f.end] for f in found)


def test_a_role_before_a_public_name_marks_a_namesake() -> None:
    from pipeline.stages.deidentify.recognizers.names import PRIVATE, _namesake_context

    text = "Patient: Lewis Carroll, bed 4"
    start = text.index("Lewis")
    assert _namesake_context(text, start, start + len("Lewis Carroll"))
    label = "Author: Lewis Carroll"
    assert not _namesake_context(label, 8, 21)
    assert not _namesake_context("Dr. Seuss wrote it", 4, 9)
    assert PRIVATE > 0.8


@pytest.mark.parametrize(
    "text",
    [
        "Customer Feedback: The product is great",
        "Application: Patient Records Management System",
        'TEST_USER = PersonName("Tariq", "Bakr")',
        '<meta name="viewport" content="width=device-width">',
        "Product Name: Smartphone",
        "Company Name: Money Master",
        "n = len(input_string)",
        "def f(n: int) -> int:",
    ],
)
def test_words_code_and_things_after_cues_are_no_names(text: str) -> None:
    from pipeline.stages.deidentify.recognizers.names import PRIVATE, PersonRecognizer

    assert [text[f.start : f.end] for f in PersonRecognizer().find(text) if f.score >= PRIVATE] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Patient: Rose Hill, room 4", "Rose Hill"),
        ("Please call Mr. Baker tomorrow", "Baker"),
        ("user: tariq.bakr.", "tariq.bakr"),
    ],
)
def test_names_that_are_also_words_still_count_after_a_cue(text: str, name: str) -> None:
    from pipeline.stages.deidentify.recognizers.names import PRIVATE, PersonRecognizer

    assert name in [text[f.start : f.end] for f in PersonRecognizer().find(text) if f.score >= PRIVATE]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Patient: John Smith", True),
        ("my wife Anna called", True),
        ("Dr.Smith", True),
        ("Dear Sam,", False),  # a greeting is weak: it only counts in a private record
        ("one hundred dollars", False),
        ("The weather in Paris is nice.", False),
        ("", False),
    ],
)
def test_may_have_cued_name(text: str, expected: bool) -> None:
    from pipeline.stages.deidentify.recognizers.names import may_have_cued_name

    assert may_have_cued_name(text) is expected


def test_may_have_cued_name_never_misses_a_cued_candidate() -> None:
    """Every position where PersonRecognizer._en_cue_before says PRIVATE passes the test."""
    from pipeline.stages.deidentify.recognizers.names import PRIVATE, PersonRecognizer, may_have_cued_name

    samples = [
        "Patient: Ana Ruiz",
        "patient Ana",
        "my sister, Ana",
        "cc: Bo Li",
        "To: Ana",
        "Dr. Who",
        "Mrs.Smith",
        "spouse is Ana",
        "called Ana",
        "reported by Ana",
        "xpatient Ana",
        "the client Ana Ruiz called",
    ]
    for text in samples:
        for i, ch in enumerate(text):
            starts_word = ch.isupper() and (i == 0 or not text[i - 1].isalnum())
            if starts_word and PersonRecognizer._en_cue_before(text, i) >= PRIVATE:
                assert may_have_cued_name(text), (text, i)


ZH_SAMPLES = [
    "抄送张伟，请查收。",
    "王经理明天到。",
    "李娜：我到了。",
    "尊敬的刘洋先生，您好",
    "欧阳娜娜来了",
    "姓名：陈静",
    "我叫赵磊",
    "今天天气很好，我们去公园散步吧。",
    "请把文件交给高明。",
    "联系周杰伦的经纪人",
]


@pytest.mark.parametrize("text", ZH_SAMPLES)
def test_may_have_strong_name_never_misses_a_strong_finding(text: str) -> None:
    from pipeline.stages.deidentify.recognizers.person_zh import ZhPersonRecognizer, may_have_strong_name

    strong = [f for f in ZhPersonRecognizer().analyze(text) if f.score >= 0.85]
    if strong:
        assert may_have_strong_name(text)


def test_plain_text_needs_no_tagging() -> None:
    from pipeline.stages.deidentify.recognizers.person_zh import may_have_strong_name

    assert not may_have_strong_name("今天天气很好，我们去公园散步吧。")


# -- issue 13: role words without a separator, chat lines after a time stamp, half-known names


def _find(text: str) -> list[tuple[str, float]]:
    lang = "zh" if any("\u4e00" <= c <= "\u9fff" for c in text) else "en"
    return [(text[r.start : r.end], r.score) for r in PersonRecognizer(supported_language=lang).find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a label role glued to the name: the name fills its slot or a grammatical word follows
        ("网点用户欧阳建华反映断网", [("欧阳建华", PRIVATE)]),
        ("客服邵宁远让我重新下单", [("邵宁远", PRIVATE)]),
        ("客户韦 成，电话已核实", [("韦 成", PRIVATE)]),
        ("会员庄晓彤，卡已冻结", [("庄晓彤", PRIVATE)]),
        ("邀请：柯雨桐邀请您参加周会", [("柯雨桐", PRIVATE)]),
        ("他的长子邹明轩在北京", [("邹明轩", PRIVATE)]),
        ("管理员qiao.yun从后台删除了记录", [("qiao.yun", PRIVATE)]),
        ("ATTENDEE;CN=吕思远:mailto:x@y.cn", [("吕思远", PRIVATE)]),
    ],
)
def test_zh_bare_roles(text, expected):
    assert _find(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "提升用户体验和客户关系",  # words after the role: 体验, 关系
        "请阅读作者简介中的内容",  # 简介 is a word
        "客人华丽入住酒店",  # 华丽 is a word; 丽入 would split 入住
        "填写名字和首选密码",  # a conjunction after the role word
        "嫌疑人和犯罪嫌疑不断转移",
        "允许用户相互联系和挑战",
        "帮我写个稿子，向同学们推荐专业",  # 同学们: a plural, not 向 + title
        "但总有一天会好起来的",  # 但 is a conjunction, 总有 is not a title
        "会计师、厨师、外科医生、水管工",  # 水管工 is a trade
    ],
)
def test_zh_bare_roles_negatives(text):
    assert [v for v, s in _find(text) if s >= THRESHOLD] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[2025-11-10T04:53:23Z] @haskellr: shipping today", [("haskellr", WEAK)]),
        ("1569830062 欧阳勇涵：我去拿", [("欧阳勇涵", WEAK)]),
        ("15:19:52.371 邵宁远：好的", [("邵宁远", WEAK)]),
        ("[10:02] Priya Raman: on it", [("Priya Raman", WEAK)]),
    ],
)
def test_speaker_after_time_stamp(text, expected):
    assert _find(text) == expected


def test_speaker_after_time_stamp_negatives():
    # after a time stamp a speaker tag must read as a name: products and headings are not
    assert _find("[10:02] Kindle Paperwhite: battery low\n[10:03] Sample Data: none") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pairing with Folake Adeyemi after lunch", [("Folake Adeyemi", NEUTRAL)]),  # Adeyemi is listed
        ("Voicemail from Siobhan Wiśniewska today", [("Siobhan Wiśniewska", NEUTRAL)]),  # Siobhan is listed
        ("Roster\nNwosu, Adebayo\nOkafor, Chidi", [("Nwosu, Adebayo", NEUTRAL), ("Okafor, Chidi", NEUTRAL)]),
        ("uh hi this is siobhan wiśniewska calling", [("siobhan wiśniewska", NEUTRAL)]),
        ("班长（TAN Chunning）", [("TAN Chunning", NEUTRAL)]),
        ("Co-authored-by: YUWEN JUNXIAO", [("YUWEN JUNXIAO", NEUTRAL)]),
        ("action=reset actor=mccarthys ip=x", [("mccarthys", PRIVATE)]),
        ('{"nick": "mu.she", "uid": 3}', [("mu.she", PRIVATE)]),
    ],
)
def test_half_known_names(text, expected):
    assert _find(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I bought a Kindle Paperwhite and a Honda Civic.",  # English words in each pair
        "this is Rose garden calling",  # mixed case: not a name
        "body { font-family: 'Roboto', sans-serif; }",  # a CSS property, not a family name
        "the men ran home",
    ],
)
def test_half_known_names_negatives(text):
    assert _find(text) == []


@pytest.mark.parametrize(
    "text",
    ["数据准确、一致和完整。", "作物歉收和饥荒。", "客服有没有给你解释？", "学生都应遵循准则。", "作者和内容"],
)
def test_zh_bare_roles_function_words(text):
    # a role word inside a longer word (一致, 歉收) or followed by a function word is no cue
    assert [v for v, s in _find(text) if s >= THRESHOLD] == []


def test_zh_title_after_conjunction_and_trades():
    assert _find("需要与其他开发人员、设计师和项目经理合作。") == []  # 和 joins two roles
    assert [v for v, s in _find("会计：财务\n管道工：建筑") if s >= THRESHOLD] == []  # a trade, not a speaker
    assert _find("他和易辉经理回电。") == []  # an ambiguous surname glued to running text stays out
    assert _find("请联系：易辉经理。") == [("易辉", PRIVATE)]  # after punctuation it can be a name


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Responsible", True),  # "Manager: Responsible for ...": an English word, no name
        ("Son", True),
        ("Aunt", True),
        ("unique username given", True),
        ("E Berkeley St", True),
        ("Rose", False),
        ("Summer", False),
        ("Smith", False),
        ("John Smith", False),
        ("lakshmi singh", False),
        ("funmilayo adeleke", False),
        ("Dang Huu Trang", False),
        ("张伟", False),
    ],
)
def test_values_that_cannot_be_a_latin_name(value, expected):
    from pipeline.stages.deidentify.recognizers.names import _not_a_latin_name

    assert _not_a_latin_name(value) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lower-case handle after an account key, whether or not it reads as a name
        ("Account: ishaanraghunathan\nGame: Fortnite", [("ishaanraghunathan", PRIVATE)]),
        ("账号：gwu（QQ号登录）", [("gwu", PRIVATE)]),
        # a user name after a role word, when it reads as a name
        ("reports that rider vreyes damaged the seat", [("vreyes", PRIVATE)]),
        # a user name after an account or username word
        ("my minecraft account got hacked, username ibarraa", [("ibarraa", PRIVATE)]),
        ("get my hacked Minecraft account (lortiz) back", [("lortiz", PRIVATE)]),
        # a chat export's speaker line with the time, an @ mention in a chat (weak: raised in private records)
        ("#payroll-ops\nbellj  10:05\ndone, updated", [("bellj", WEAK)]),
        ("@hyuchi 报警 磁盘写满", [("hyuchi", WEAK)]),
        # a CSV row with an unquoted ", " inside an address keeps its names under their headers
        (
            "Id,FirstName,LastName,Street,Email\nINV-1,Barbara,Cook,24 Sunset Court, #901,x@y.net",
            [("Barbara", PRIVATE), ("Cook", PRIVATE)],
        ),
        # humble and mourning kinship words
        ("小女莫骁筱蒙您三年悉心教导", [("莫骁筱", PRIVATE)]),
        # a quoted value of a name key ends before its closing quote
        ("SELECT * FROM books WHERE author='John Doe';", [("John Doe", PRIVATE)]),
    ],
)
def test_handles_rows_and_kinship_words(text, expected):
    assert [(v, s) for v, s in _find(text) if s >= NEUTRAL] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Account: checking\nBalance: 200",  # an English word after an account key
        "Compare Python and Java for backend work.",
        "the customer service team",  # a role word before an English word
        "@dataclass\nclass A: pass",  # a decorator on its own line
        "ping @here and @channel 10:05",  # groups, not users
        "Status  10:05\nMeeting  11:00",  # English words before a time
        "Fields: _id: INTEGER name: VARCHAR (255) phone: VARCHAR (255)",  # column types of a schema
        '{"name": "string", "age": "integer"}',
    ],
)
def test_handles_and_rows_negatives(text):
    assert [v for v, s in _find(text) if s >= NEUTRAL] == []


def test_merge_spaced_cells_only_when_the_row_then_fits():
    from pipeline.stages.deidentify.recognizers.names import _cells, _merge_spaced_cells

    line = "1,Ann,5 Oak St, #9,a@b.c"
    assert [c[2] for c in _merge_spaced_cells(line, _cells(line), 4)] == ["1", "Ann", "5 Oak St, #9", "a@b.c"]
    line = "1,Ann,5 Oak St, Springfield, IL,a@b.c"  # two joins leave 4 cells for a 5-column header: unchanged
    assert len(_merge_spaced_cells(line, _cells(line), 5)) == 6


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a kinship word with 我 before the name (妈/爸 alone are too common to be cues)
        ("气死了！我妈何翀诗被冒充的人骗了18万元！", [("何翀诗", PRIVATE)]),
        ("我爸王建国住院了", [("王建国", PRIVATE)]),
        ("我妈说今天下雨", []),
        # a parent named after a child as a chat speaker tag: the child's given name, weak
        ("丽雨妈妈：谁的车挡在门口？", [("丽雨", WEAK)]),
        ("朵朵爸爸：收到", [("朵朵", WEAK)]),
        ("新手妈妈：求推荐奶粉", []),  # a word, no name
        ("宝妈：求推荐", []),
        ("全职妈妈：分享一下", []),
    ],
)
def test_chinese_kinship_and_parent_tags(text: str, expected: list[tuple[str, float]]) -> None:
    assert [(n, s) for n, s in _find(text) if s >= WEAK] == expected


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("你是物业的文字助理，管家账号huangfuhuan_1992，语气要客气。", ["huangfuhuan_1992"]),
        ("账号是Dj_68，密码另发", ["Dj_68"]),
        ("账号ID：无", []),  # no digit or underscore: a word
        ("用户名Tom请勿修改", []),
    ],
)
def test_handle_glued_to_a_chinese_account_word(text: str, names: list[str]) -> None:
    rec = PersonRecognizer(supported_language="zh")
    assert [text[s:e] for s, e in rec._structured_names(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("评论：\nkwu：这车上周也停在西湖边上违停", ["kwu"]),
        ("—— 发布者主页（@dai_zirui）", ["dai_zirui"]),
        ("note：请先备份", []),  # an English word as a key
        ("kwu: this is English", []),  # an ASCII colon and no Chinese after it: no Chinese chat line
    ],
)
def test_latin_handles_in_chinese_chat_lines(analyzer, text: str, names: list[str]) -> None:
    found = [n for n, s in persons(analyzer, text + "\n电话13912345678", "zh") if s >= WEAK]
    assert found == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Client: Tom Baker\nPatient: Bella (Labrador, 7y)   Chart: VX1234", "Bella"),
        ("Patient: Max (canine, neutered)", "Max"),
        ("患者：豆豆（泰迪犬，3岁）", "豆豆"),
    ],
)
def test_a_name_before_a_species_in_brackets_is_an_animals(text: str, name: str) -> None:
    assert name not in [n for n, _ in _find(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Patient: Maria Lopez (Spanish speaker), 45y",  # no species: a person
        "Patient: Maria Lopez (boxer, retired)",  # a word for people too: not in the list
        "Patient: Maria Lopez (lab results pending)",
    ],
)
def test_a_bracket_without_a_species_keeps_the_name(text: str) -> None:
    assert "Maria Lopez" in [n for n, s in _find(text) if s >= PRIVATE]


def test_initials_label_introduces_a_name() -> None:
    assert ("D. Díaz", PRIVATE) in _find("Initials: D. Díaz\nDOB: 1980-01-02")


def test_a_business_signing_as_its_team_is_no_person(analyzer) -> None:
    text = "Hi Tom Baker, call 07700 900123.\nKind regards,\nThe Brightwater Audio team"
    assert "Brightwater Audio" not in [n for n, _ in persons(analyzer, text, "en", floor=THRESHOLD)]


# -- round 7 (heldout5 forms): lower-case speakers and uploaders, log keys, Latin names in Chinese text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lower-case user name speaking on a chat line, kept when it reads as a name
        ("[21:04:40] sarahparker: chinese server squad?", [("sarahparker", WEAK)]),
        ("hnguyen: O neg here too, email me", [("hnguyen", WEAK)]),
        # the same in a Chinese chat, after a time stamp or before full-width punctuation
        ("[20:31:33] lfeng：扣扣 12345678 组队开黑", [("lfeng", WEAK)]),
        ("献血群\nczhangsun：+1，13912345678", [("czhangsun", WEAK)]),
        # an uploader or poster named by a lower-case user name
        ("1 NOTE Uploaded by lgomez, see the link", [("lgomez", PRIVATE)]),
        ("posted by moralesl on Monday", [("moralesl", PRIVATE)]),
        # log keys naming a library patron, a reader, an AD account
        ("LOAN patron=ddesai card=****8833", [("ddesai", PRIVATE)]),
        ("LOAN reader=xubinyu card=1234", [("xubinyu", PRIVATE)]),
        ("sAMAccountName: bgray", [("bgray", PRIVATE)]),
        # a Latin-script name set in Chinese text
        ("押金由Piotr Petrova从欧洲账户汇出", [("Piotr Petrova", NEUTRAL)]),
        ("队员 PIOTR PETROVA（外籍），护照", [("PIOTR PETROVA", NEUTRAL)]),
        ("HE XINYING 护照E12345678 同住", [("HE XINYING", NEUTRAL)]),
        # marriage parties, a tour guide, a boat owner, a voter
        ("女方谯宁，身份证", [("谯宁", PRIVATE)]),
        ("导游方筱 微信abc", [("方筱", PRIVATE)]),
        ("船主司徒霞（AIS 412345678）", [("司徒霞", PRIVATE)]),
        # the addressee before a greeting at a line start
        ("南宫兵睿您好：系统已发送重置邮件", [("南宫兵睿", WEAK)]),
    ],
)
def test_round7_names(text, expected):
    assert _find(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "[21:04:19] nightbot: follow the channel",  # a bot, no name
        "[21:04:31] mod_kestrel: please don't post numbers",
        "error: file not found\nwarning: deprecated",
        "Uploaded by admin, see the link",
        "reader = csv.reader(f)",
        "reader: Reader = make()",
        "购买Kindle Paperwhite送给朋友",  # a product between Chinese characters
        "各位您好：欢迎参加",
        "平安是福：转发了",
    ],
)
def test_round7_negatives(text):
    assert [v for v, s in _find(text) if s >= NEUTRAL] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the second of two names joined by a conjunction after a role word
        ("帮我把补登记的选民王强和赖军静加到名单里", [("王强", PRIVATE), ("赖军静", PRIVATE)]),
        # a relative named after a name in a family record; the first name stops before 之
        ("修谱联系人：王强之婿揭静泽，手机", [("王强", PRIVATE), ("揭静泽", PRIVATE)]),
    ],
)
def test_round7_zh_conjunctions_and_kin(text, expected):
    assert _find(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "患者王强和张医生讨论",  # a surname and a title after the conjunction
        "患者王强与家人同住",  # 家人 is a word
        "患者王强和周末来的家属",
        "书圣王羲之的字",
        "总之女儿很好",
    ],
)
def test_round7_zh_conjunctions_and_kin_negatives(text):
    assert [v for v, s in _find(text) if s >= NEUTRAL and v != "王强"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # parties of a contract, a pledge or a marriage; a name in capitals after a label
        ("Party A: Kevin Carter, DOB 1980-01-02", [("Kevin Carter", PRIVATE)]),
        ("Pledgor: SOFÍA REYES\nAddress: x", [("SOFÍA REYES", PRIVATE)]),
        ("Pledgor: SEO-YEON KIM", [("SEO-YEON KIM", PRIVATE)]),
        ("Patient: JOHN SMITH", [("JOHN SMITH", PRIVATE)]),
    ],
)
def test_round7_parties_and_capitals(text, expected):
    assert _find(text) == expected


@pytest.mark.parametrize(
    "text",
    ["To: ALL STAFF", "Name: N/A", "Subject: URGENT REPLY NEEDED", "The borrower must repay the loan."],
)
def test_round7_parties_and_capitals_negatives(text):
    assert [v for v, s in _find(text) if s >= NEUTRAL] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Vessel name: Summer Breeze\nOwner: John Smith", "Summer Breeze"),
        ("Boat name: Mary Jane\nOwner: John Smith", "Mary Jane"),
        ("Owner: John Smith. The yacht called Sea Spirit is moored.", "Sea Spirit"),
    ],
)
def test_a_boats_name_is_no_persons(text: str, name: str) -> None:
    found = [n for n, _ in _find(text)]
    assert name not in found
    assert "John Smith" in found


def test_ship_to_still_names_a_person() -> None:
    assert [n for n, s in _find("Please ship to John Smith, 12 Oak St") if s >= PRIVATE] == ["John Smith"]


# --------------------------------------------------------------------------- round 8 (heldout6 forms)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ('{"NAME":["何垚"],"COMPANY":["金杜律师事务所"]}', "zh"),  # 律师 of a firm's type is no title
        ("ORG:金杜律师事务所", "zh"),
        ("合同由王氏集团签署", "zh"),
        ("Notes: drop run to 2nd floor office, Eero Pro 6 mesh installed", "en"),  # a product line
    ],
)
def test_round8_organisations_and_products_are_no_names(analyzer, text, lang):
    assert [v for v, _ in persons(analyzer, text, lang, floor=THRESHOLD) if v != "何垚"] == []


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("委托张伟律师办理此案", "zh", "张伟"),  # a lawyer's title, no firm after it
        ("联系人：张伟公司的同事", "zh", "张伟"),  # a person's company: bare 公司 is no organisation type
        ("姓名：张伟银行卡号见附件", "zh", "张伟"),  # 银行卡 is no bank
        ("Patient: Dana Stone, seen today", "en", "Dana Stone"),
    ],
)
def test_round8_names_next_to_those_words_still_count(analyzer, text, lang, name):
    assert name in [v for v, _ in persons(analyzer, text, lang, floor=THRESHOLD)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an initial before a surname after a label is the initial, not the word "a" or "I"
        ("tech: A. Rivera\n", [("A. Rivera", PRIVATE)]),
        ("Night auditor: I. Okoro", [("I. Okoro", PRIVATE)]),
        # a greeted user name that reads as a name: a candidate for records about a private person
        ("Hello guadalupegonzalez, the winning bidder did not pay.", [("guadalupegonzalez", WEAK)]),
        ("Hello guptaa, your bid won.", [("guptaa", WEAK)]),
    ],
)
def test_round8_names(text, expected):
    assert _find(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Note: I. think so",
        "Hello world, this is a test.",
        "hi there, friend",
        "Dear customer, thanks",
        '"outputs": [{"name": "stdout", "text": ["ok"]}]',  # a notebook's stream name
    ],
)
def test_round8_not_names(text):
    assert _find(text) == []


def test_round8_recruiter_column(analyzer):
    text = "First,Last,Source,Recruiter\nPriya,Raman,Referral,Rania Al-Farsi\n"
    assert ("Rania Al-Farsi", PRIVATE) in persons(analyzer, text, "en")


# --------------------------------------------------------------------------- round 10 (heldout8 forms)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the parties of a sale, a lease or a will, as contracts label them
        ("Seller: Sven Novák\nPurchaser: Ann Lee, 1 Elm St", ["Sven Novák", "Ann Lee"]),
        ("Lessee: Jorge Lopez", ["Jorge Lopez"]),
        ("Executor: Jane Smith", ["Jane Smith"]),
        # a column of user names: the cells that read as a person's name (pinyin), digits and all
        (
            "时间,用户名,认证手机\n1690487142,wuqianghua70,139\n2020,kangbofei,138\n2021,admin,137",
            ["wuqianghua70", "kangbofei"],
        ),
        ("评分,留言,账号\n9,很好用,qinleying88\n7,不错,6225880012345678", ["qinleying88"]),
        # an alias key of a push log
        ("2025 INFO push alias=linmuyu ok", ["linmuyu"]),
        # a reporter's sources
        ("见线人揭泽刚（化名不可用）", ["揭泽刚"]),
        ("The informant Jack Reed said", ["Jack Reed"]),
        # parties of a contract or a policy, the driver of a vehicle
        ("车牌：粤B12345（实际驾驶人长孙昊国，驾驶证号", ["长孙昊国"]),
        ("签约人常欣凯（139）需到场", ["常欣凯"]),
        ("被保险人王秀英", ["王秀英"]),
    ],
)
def test_round10_names(text: str, names: list[str]) -> None:
    from pipeline.stages.deidentify.recognizers.names import PRIVATE, PersonRecognizer

    assert [text[f.start : f.end] for f in PersonRecognizer().find(text) if f.score >= PRIVATE] == names


@pytest.mark.parametrize(
    "text",
    [
        "Vendor: Acme Supplies Ltd",
        "Seller: Amazon",
        "host,用户名,note\nweb1,admin,x\nweb2,root,y\nweb3,server01,z",  # service accounts are no persons
        "余额,备注\n100,zhangsan",  # a pinyin word under no user-name header
        "alias=ll",
        "驾驶员培训很重要",  # a role word with no name after it
        "受益人数超过一万",
    ],
)
def test_round10_not_names(text: str) -> None:
    from pipeline.stages.deidentify.recognizers.names import PRIVATE, PersonRecognizer

    found = [text[f.start : f.end] for f in PersonRecognizer().find(text) if f.score >= PRIVATE]
    assert found == []


@pytest.mark.parametrize(
    ("text", "handles"),
    [
        ("...network outage: 555, Slack @tariq_aziz...\n", ["tariq_aziz"]),  # a mention ending a sentence
        ("ping @lopezc.", ["lopezc"]),
        ("ping @lopezc.then", []),  # a dot inside a word: no sentence end
    ],
)
def test_round10_mentions(text: str, handles: list[str]) -> None:
    from pipeline.stages.deidentify.recognizers.names import WEAK, PersonRecognizer

    assert [text[f.start : f.end] for f in PersonRecognizer().find(text) if f.score >= WEAK] == handles


@pytest.mark.parametrize(
    ("text", "public_name"),
    [
        # round 12: the hand-written list's characters and figures, after a label or a title
        ("Insurance: Aetna PPO  Attending: Dr. Gregory House", "Gregory House"),
        ("Photographer: Anthony Bourdain", "Anthony Bourdain"),
        # a hyphenated given name cut to its first part
        ("Dive site: Blue Hole (where Jacques Cousteau filmed)", "Jacques Cousteau"),
    ],
)
def test_round12_listed_names_after_labels_and_short_forms_stay_public(text: str, public_name: str) -> None:
    from pipeline.stages.deidentify.recognizers.names import PersonRecognizer

    found = PersonRecognizer().find(text)
    assert all(public_name not in text[f.start : f.end] for f in found)


def test_round12_a_role_still_marks_a_namesake_of_a_listed_character(analyzer) -> None:
    assert ("Gregory House", 0.85) in persons(analyzer, "Patient: Gregory House, phone 555-123-4567", "en")


def test_round12_a_device_host_name_is_no_owner(analyzer) -> None:
    text = "Xiaomi-Router-AX3000  AC:DE:48:0C:36:81\nHP-Printer-M428 10.0.0.7\njinli56-iPhone 172.22.49.92"
    assert persons(analyzer, text, "en") == [("jinli56", 0.55)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a full name between underscores in a document's file name; a Chinese name before a personal document
        ("2024-12-16T16:45:16Z,cgao,HP-M428-3F,W-9_Richard King_641 33 3913.pdf,1", ["Richard King"]),
        ("Document 88, 独孤秀工资条.pdf owned by someone", ["独孤秀"]),
        ("附件：王芳_简历.docx", ["王芳"]),
        # no extension, no person word, or a template's name: nothing
        ("W-9_Richard King_641 33 3913 was filed", []),
        ("Passport_Scan_Final_v2.pdf and 合同模板.docx", []),
    ],
)
def test_round12_names_in_document_file_names(analyzer, text, expected) -> None:
    assert [n for n, _ in persons(analyzer, text, "zh" if "独" in text or "王" in text else "en")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a login at an IP or at a dotless host: ssh/scp/rsync targets and public-key comments
        ("15 2 * * * rsync -az /data/ huangjie@10.2.3.4:/bak/", ["huangjie"]),
        ("$ ssh ji-woo.kim53@192.168.1.4\n", ["ji-woo.kim53"]),
        ("ssh-ed25519 AAAAC3Nz rzhao@home\n", ["rzhao"]),
        ("ssh-ed25519 AAAAC3Nz will.stewart@laptop\n", ["will.stewart"]),
        # a host named after its user gives the login twice
        ("ssh-ed25519 AAAAC3Nz kongminyang@kongminyang-thinkpad\n", ["kongminyang", "kongminyang"]),
        # an ssh_config User line and a key file named after its owner
        ("Host nas\n    HostName 10.0.0.1\n    User he.chen\n", ["he.chen"]),
        ("IdentityFile ~/.ssh/id_ed25519_haomiao.shi\n", ["haomiao.shi"]),
        ("--key ~/.ssh/piotrmuller_rsa`", ["piotrmuller"]),
        # services, package tags, mail addresses, digests and versions are no people
        ("git clone git@10.0.0.1:repo && ssh root@10.0.0.2 && ssh ec2-user@bastion", []),
        ("npm i eslint@latest vue@next lodash@4.17.21 nginx@sha256:abcd", []),
        ("mail me at jo.smith@example.com", []),
        ("ssh deploy-bot@build01\nUser admin\nUser git\ncat ~/.ssh/id_rsa.pub ~/.ssh/deploy_rsa", []),
    ],
)
def test_round13_logins_at_hosts(text: str, expected: list[str]) -> None:
    from pipeline.stages.deidentify.recognizers.names import PRIVATE, PersonRecognizer

    assert [text[f.start : f.end] for f in PersonRecognizer().find(text) if f.score >= PRIVATE] == expected


def test_round13_a_phone_brand_in_a_host_name_has_an_owner() -> None:
    from pipeline.stages.deidentify.recognizers.names import PersonRecognizer

    text = "Host Name: xuexiachen77-Redmi-K70\nHost Name: office-ThinkPad"
    assert [text[f.start : f.end] for f in PersonRecognizer().find(text)] == ["xuexiachen77"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a manifest's section or a version key beside it: the name is the package's
        ("[metadata]\nname = pii-scrubber\nmaintainer = Data Platform Team\n", []),
        ('[package]\nname = "fastgeo"\nversion = "v8.2.13"\n', []),
        ('{"name": "lodashy", "version": "1.0"}', []),
        ("x\n[metadata]\nname = pii-scrubber\nmaintainer = Yingrui Han\n", ["Yingrui Han"]),
        # another section, a capitalised name under a form's version, a prefixed key: still a person
        ("[guest]\nname = wangjian\n", ["wangjian"]),
        ("Version: 2.1\nName: Wang Jian\n", ["Wang Jian"]),
        ("customer_name = zhangwei\nversion = 3", ["zhangwei"]),
    ],
)
def test_round13_a_manifests_name_is_a_package(text: str, expected: list[str]) -> None:
    from pipeline.stages.deidentify.recognizers.names import PRIVATE, PersonRecognizer

    assert [text[f.start : f.end] for f in PersonRecognizer().find(text) if f.score >= PRIVATE] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Chinese name right before its owner's identifier, phone or birthday
        ("红牌：客队 10 号上官思兵（身份证 110101199003071234），第 78 分钟", ["上官思兵"]),
        ("接送人：奶奶皇甫垚颖（13912345678，车牌 京A12345）", ["皇甫垚颖"]),
        ("家人,,note,赖倩铭身份证 110101199003071234", ["赖倩铭"]),
        ("1. 于昕生日1990-01-02", ["于昕"]),
        ("# 常红手机13912345678，钥匙丢了找她", ["常红"]),
        # words before those keys, a single surname glued to a word, short numbers in brackets: no names
        ("请提供公司电话和本人身份证", []),
        ("办公电话13912345678", []),
        ("联系电话：13912345678", []),
        ("我家电话是多少", []),
        ("高铁（12306）", []),
        ("请携带有效身份证件", []),
    ],
)
def test_round13_a_chinese_name_before_its_own_identifier(text: str, expected: list[str]) -> None:
    from pipeline.stages.deidentify.recognizers.names import PRIVATE, PersonRecognizer

    assert [text[f.start : f.end] for f in PersonRecognizer().find(text) if f.score >= PRIVATE] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name right before its owner's birth, age or death, in any order of its parts
        ("Entrants:\n- Okafor, Ngozi, born 04/05/2011, level 2", ["Okafor, Ngozi"]),
        ("Ivy Chen (DOB 2001-02-03) joined the club", ["Ivy Chen"]),
        ("Probate file: estate of Lars Berg, deceased", ["Lars Berg"]),
        ("Patient Maria Lopez, aged 54, came in", ["Maria Lopez"]),
        # products, works and public figures before such words are no private persons
        ("Windows Vista, born in 2006, was disliked.", []),
        ("Lang Lang, born 1982, is a pianist.", []),
        ("Pride and Prejudice, born of a letter", []),
        ("The Beatles, aged 20, played Hamburg.", []),
    ],
)
def test_round14_a_name_before_its_owners_birth(text: str, expected: list[str]) -> None:
    from pipeline.stages.deidentify.recognizers.names import PRIVATE, PersonRecognizer

    assert [text[f.start : f.end] for f in PersonRecognizer().find(text) if f.score >= PRIVATE] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an account a message goes to, or alone in the contact bracket of a person or role
        ("门铃提醒推送到 lmei2291", ["lmei2291"]),
        ("站点C：周宁（家长 zhouning_88）", ["zhouning_88"]),
        ("乘客（监护人 HuLanqing07）已上车", ["HuLanqing07"]),
        ("日报已抄送给 qiaoyun.wu", ["qiaoyun.wu"]),
        # software, devices, groups and versions in those places are nobody's account
        ("数据同步到 mysql8 之后，再发给 admin 看", []),
        ("升级到（版本 v2024）后正常", []),
        ("把报告分享给 Python3 群", []),
        ("请转发给 iphone15 用户", []),
        ("推送到（测试 redmi12）", []),
    ],
)
def test_round14_an_account_messages_go_to(text: str, expected: list[str]) -> None:
    from pipeline.stages.deidentify.recognizers.names import PRIVATE, PersonRecognizer

    spans = [(f.start, f.end) for f in PersonRecognizer().find(text) if f.score >= PRIVATE]
    outer = [(s, e) for s, e in spans if not any(a <= s and e <= b and (a, b) != (s, e) for a, b in spans)]
    assert [text[s:e] for s, e in outer] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("值班员lfeng：今天的通话记录在这里。", ["lfeng"]),  # the speaker's role before the login
        ("lfeng：今天的通话记录在这里。", ["lfeng"]),
        ("值班员note：今天的通话记录在这里。", []),  # an English word
    ],
)
def test_round14_a_role_before_a_chat_speakers_login(text: str, expected: list[str]) -> None:
    from pipeline.stages.deidentify.recognizers.names import WEAK, PersonRecognizer

    assert [text[f.start : f.end] for f in PersonRecognizer().find(text) if f.score >= WEAK] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a login under an account key in any spelling of the key
        ('{"userName":"hiro.sato","active":true}', ["hiro.sato"]),
        ('  User-Name = "lmarsh"\n  NAS-Port = 7', ["lmarsh"]),
        ("loginName: kbauer", ["kbauer"]),
        # system accounts, English words, and a key that only ends in an account word
        ("login: root", []),
        ('User-Name = "guest"', []),
        ("body { font-family: 'Roboto', sans-serif; }", []),
    ],
)
def test_round14_a_login_under_any_spelling_of_an_account_key(text: str, expected: list[str]) -> None:
    from pipeline.stages.deidentify.recognizers.names import PRIVATE, PersonRecognizer

    assert [text[f.start : f.end] for f in PersonRecognizer().find(text) if f.score >= PRIVATE] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name right before its owner's phone number, after a role word or a list's key
        ("Reference: Ada Obi 415 555 0182", ["Ada Obi"]),
        ("Please notify: Kofi Mensah (212-555-0144), and the bank", ["Kofi Mensah"]),
        ("Contact Ana Rodríguez (415) 555-0132 on site", ["Ana Rodríguez"]),
        ("Surveyor Ana Rodríguez +44 7700 900123", ["Ana Rodríguez"]),
        # years and dates after a name are no phone
        ("Maria Lopez 2019-03-04 visit", []),
        ("Kofi Mensah 2019 2021 report", []),
        # businesses, places and public figures before a number are nobody's
        ("Pizza Hut 400-820-3820", []),
        ("Apple Support 800-275-2273", []),
        ("Windows Server 2019 1809 build", []),
        ("Taylor Swift 555-0100 2020", []),
    ],
)
def test_round14_a_name_before_its_owners_phone(text: str, expected: list[str]) -> None:
    from pipeline.stages.deidentify.recognizers.names import PRIVATE, PersonRecognizer

    assert [text[f.start : f.end] for f in PersonRecognizer().find(text) if f.score >= PRIVATE] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a login tagged as a line's author or speaker: after a role word or "... by", before a colon
        ('Comment by rfarouk: "the lift was broken"', ["rfarouk"]),
        ("2023-05-06 customer tbui: still no refund", ["tbui"]),
        ("[rep mkaplan] call transferred", ["mkaplan"]),
        # English words, system accounts and URLs in that place are no logins
        ("Sorted by name: a, b", []),
        ("grouped by default: yes", []),
        ("Posted by admin: welcome", []),
        ("see https://x.com/by/user: ok", []),
    ],
)
def test_round14_a_login_tagged_as_a_lines_author(text: str, expected: list[str]) -> None:
    from pipeline.stages.deidentify.recognizers.names import _AUTHOR_TAG_RE, _mention_is_handle

    assert [m.group(1) for m in _AUTHOR_TAG_RE.finditer(text) if _mention_is_handle(m.group(1))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("顾客昵称：cgao\n订单 A1", ["cgao"]),  # a nickname key glued to the word it qualifies
        ("登录名: hzhou", ["hzhou"]),
        ("我的昵称：hello", []),  # an English word
    ],
)
def test_round14_chinese_nickname_keys_name_an_account(text: str, expected: list[str]) -> None:
    from pipeline.stages.deidentify.recognizers.names import PRIVATE, PersonRecognizer

    assert [text[f.start : f.end] for f in PersonRecognizer().find(text) if f.score >= PRIVATE] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Chinese speaker tag whose name follows the speaker's role
        ("客服主管方晨秀：先查一下这个用户。", ["方晨秀"]),
        ("值班护士 李岚：三床血压偏高。", ["李岚"]),
        # a role alone, or a role and a word, before the colon
        ("技术员说：明天来。", []),
        ("产品经理会议：周五", []),
        ("教研组长：周三开会", []),
        ("售后客服：您好", []),
    ],
)
def test_round14_a_role_before_a_chinese_speakers_name(text: str, expected: list[str]) -> None:
    from pipeline.stages.deidentify.recognizers.names import WEAK, PersonRecognizer

    assert [text[f.start : f.end] for f in PersonRecognizer().find(text) if f.score >= WEAK] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 15: every clinical role names the clinician, as doctor and nurse do
        ("Discharge summary\nMidwife: K. Oduya\nWard 4", ["K. Oduya"]),
        ("Physiotherapist visit. Therapist: L. Virtanen", ["L. Virtanen"]),
        # a role with no name after it
        ("Physician: on call\nx", []),
    ],
)
def test_round15_clinical_roles_name_the_clinician(analyzer, text: str, expected: list[str]) -> None:
    assert [v for v, s in persons(analyzer, text, "en") if s >= THRESHOLD] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # columns headed by the parts of a name, in any spelling, or the bare pair first/last
        ("id;x\nrunner,first,last,club\n17,Odile,Marchetti,RC Lyon", ["Odile", "Marchetti"]),
        ("Given Name\tFamily Name\tTeam\nKwame\tAsante\tRed", ["Kwame", "Asante"]),
        # first or last alone heads other columns
        ("metric,first,p95\nlatency,Fast,12", []),
        ("place,last,score\n1,Smooth,88", []),
    ],
)
def test_round15_name_part_columns(text: str, expected: list[str]) -> None:
    from pipeline.stages.deidentify.recognizers.names import PRIVATE, PersonRecognizer

    assert [text[f.start : f.end] for f in PersonRecognizer().find(text) if f.score >= PRIVATE] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a handle named as a person's account on a chat, social or gaming platform
        ("add me, my Telegram is okafor.n if anything changes", ["okafor.n"]),
        ("Steam id: lmarsh, rank gold", ["lmarsh"]),
        # a state, a channel or a project on the platform is no account
        ("Discord is down for everyone", []),
        ("Slack: general", []),
        ("github: pandas", []),
    ],
)
def test_round15_a_handle_on_a_named_platform(text: str, expected: list[str]) -> None:
    from pipeline.stages.deidentify.recognizers.names import PRIVATE, PersonRecognizer

    assert [text[f.start : f.end] for f in PersonRecognizer().find(text) if f.score >= PRIVATE] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Chinese role key written with "=" in a log or a query
        ("INFO order created 付款人=尚文韬 amount=30", ["尚文韬"]),
        # who acts for another: 由 + a name + a proxy verb
        ("材料由蒲晓东代领，请核对", ["蒲晓东"]),
        ("周五由韦佳怡陪同老人复诊", ["韦佳怡"]),
        # no name: an organisation or a cause
        ("由物业代收快递", []),
        ("由于时间原因代办暂停", []),
    ],
)
def test_round15_chinese_keys_with_equals_and_proxies(text: str, expected: list[str]) -> None:
    from pipeline.stages.deidentify.recognizers.names import PRIVATE, PersonRecognizer

    assert [text[f.start : f.end] for f in PersonRecognizer().find(text) if f.score >= PRIVATE] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 15: a memorial, a former residence or a statue is kept in a notable person's name
        ("路线：先到林秀峰纪念馆，再去陈雅琴故居，联系人：蒲晓东", ["蒲晓东"]),
        # a private person's grave is no memorial
        ("逝者：尉迟思艳，墓位：3区5排", ["尉迟思艳"]),
    ],
)
def test_round15_a_memorial_names_a_notable_person(analyzer, text: str, expected: list[str]) -> None:
    assert [v for v, _ in persons(analyzer, text, "zh")] == expected  # not even a candidate


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 15: a form key in capitals set off by a space, at a line start or after a column gap
        ("BOARDING RECORD\nNAME ZHOU XINYI  SEAT 32K", ["ZHOU XINYI"]),
        ("SEQ 041  PAX 欧阳志远  CLASS Y", ["欧阳志远"]),
        ("NAME Odile Marchetti\nGATE B12", ["Odile Marchetti"]),
        # capitals that read as no name, and a key inside running text
        ("NAME SERVER DOWN  RETRY", []),
        ("the NAME ZHOU XINYI was printed", []),
    ],
)
def test_round15_a_capital_form_key_without_a_colon(text: str, expected: list[str]) -> None:
    from pipeline.stages.deidentify.recognizers.names import PRIVATE, PersonRecognizer

    assert [text[f.start : f.end] for f in PersonRecognizer().find(text) if f.score >= PRIVATE] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 15: a file named for a person by role: the role word, then the person's login
        ("rsync ./out/client_okafor.n.pdf backup:/srv", ["okafor.n"]),
        ("attached patient-lmarsh_intake.docx", ["lmarsh"]),
        # a role word and an ordinary word, or no document extension
        ("open customer_report.xlsx and user_guide.pdf", []),
        ("see customer_lmarsh on the wiki", []),
    ],
)
def test_round15_a_file_named_for_a_person_by_role(text: str, expected: list[str]) -> None:
    from pipeline.stages.deidentify.recognizers.names import PRIVATE, PersonRecognizer

    assert [text[f.start : f.end] for f in PersonRecognizer().find(text) if f.score >= PRIVATE] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 17: the account of a Unix session record: sudo's log line, last/who output, sshd's accepted methods
        ("Mar 02 10:11:12 db2 sudo:  okaforn : TTY=pts/3 ; PWD=/root ; USER=root ; COMMAND=/bin/ls", ["okaforn"]),
        ("lmarsh    pts/2        10.1.4.7     Mon Mar  2 08:14   still logged in", ["lmarsh"]),
        ("Accepted publickey for hiro.sato from 10.0.0.8 port 50022 ssh2", ["hiro.sato"]),
        # system accounts and words stay
        ("root     pts/1        10.1.4.7     Mon Mar  2 08:14 - 08:20", []),
        ("reboot   system boot  6.1.0        Mon Mar  2 08:00", []),
        ("sudo: unable to resolve host db2", []),
    ],
)
def test_round17_the_account_of_a_session_record(text: str, expected: list[str]) -> None:
    assert [text[f.start : f.end] for f in PersonRecognizer().find(text) if f.score >= PRIVATE] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 17: OpenTelemetry's end-user attribute, plain or as an OTLP attribute pair
        ('{"enduser.id": "kwame.asante", "http.route": "/pay"}', ["kwame.asante"]),
        ('[{"key": "enduser.id", "value": {"stringValue": "lmarsh"}}]', ["lmarsh"]),
        # a service account or a word
        ('{"enduser.id": "anonymous"}', []),
        ('{"user.agent": "curl"}', []),
    ],
)
def test_round17_the_end_user_of_a_span(text: str, expected: list[str]) -> None:
    assert [text[f.start : f.end] for f in PersonRecognizer().find(text) if f.score >= PRIVATE] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 17: a Chinese name split over the fields of one structure, a part a single character
        ("BEGIN:VCARD\nN:庞;岚;;;\nFN:庞岚\nEND:VCARD", ["庞;岚", "庞岚"]),
        ("\\name{韦}{悦}\n\\title{简历}", ["韦}{悦"]),
        # a part of two characters is a finding of its own, so consistency follows it (名：宇敏 in the answer)
        ("\\name{司马}{悦}\n\\title{简历}", ["司马"]),
        ("BEGIN:VCARD\nN;CHARSET=UTF-8:苏;宇敏\nEND:VCARD\n名：宇敏", ["宇敏"]),
        # parts that make no name
        ("BEGIN:VCARD\nN:的;是;;;\nEND:VCARD", []),
    ],
)
def test_round17_a_split_chinese_name(text: str, expected: list[str]) -> None:
    assert [text[f.start : f.end] for f in PersonRecognizer().find(text) if f.score >= PRIVATE] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 17: a self-introduction naming one's team first, a signature after a dash
        ("您好，我是财务部的廖建萍，想问一下报销进度。", ["廖建萍"]),
        ("合作非常愉快，强烈推荐！——乔雪峰（前同事）", ["乔雪峰"]),
        # a word after 的, a listed public figure after the dash
        ("我是公司的王牌销售。", []),
        ("——鲁迅（《呐喊》自序）", []),
    ],
)
def test_round17_a_team_self_introduction_and_a_dash_signature(text: str, expected: list[str]) -> None:
    assert [text[f.start : f.end] for f in PersonRecognizer().find(text) if f.score >= WEAK] == expected


def test_round18_names_and_handles_in_a_postgres_copy_block() -> None:
    text = (
        "COPY public.members (uid, name, email, nick, status) FROM stdin;\n"
        "m1\tHelena Varga\thv@example.org\tliuxiaoyan95\tactive\n"
        "m2\tMarek Dvorak\tmd@example.org\tadmin\tlocked\n"
        "\\.\n"
    )
    got = [text[f.start : f.end] for f in PersonRecognizer().find(text) if f.score >= PRIVATE]
    assert "Helena Varga" in got and "Marek Dvorak" in got
    assert "liuxiaoyan95" in got
    assert "admin" not in got and "active" not in got


def _private(text: str) -> list[str]:
    return [text[f.start : f.end] for f in PersonRecognizer().find(text) if f.score >= PRIVATE]


def _candidates(text: str, floor: float = NEUTRAL) -> list[str]:
    return [text[f.start : f.end] for f in PersonRecognizer().find(text) if f.score >= floor]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # round 19: ``Family, Given`` set off as a cell or list item inside a line
        ("Hirer: Dvořák, Milena  Licence: 5581234", "Dvořák, Milena"),
        ("3. O'Connor, Aoife, cook, DOB 1990-01-02", "O'Connor, Aoife"),
        ("Please resend the forms for Banerjee, Anjali?", "Banerjee, Anjali"),
        ("2) Molina, Rafael <rafa.molina@example.org> needs a badge", "Molina, Rafael"),
        ("columns full_name（如 Suzuki, Haruto、Banerjee, Anjali）", "Suzuki, Haruto"),
    ],
)
def test_round19_an_inverted_name_inside_a_line(text, name):
    assert name in _candidates(text)


@pytest.mark.parametrize(
    "text",
    [
        "We drove from Austin, Texas to Jackson, Georgia.",
        "Shipping: Lyon, France, then Turin, Italy",
        "Names: Arthur, Bob, Louis",
        "New York, Mary said",
    ],
)
def test_round19_places_and_lists_of_given_names_are_no_inverted_name(text):
    got = _candidates(text)
    assert not any("," in g for g in got), got


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # round 19: a staff title ending in a role word, then a name filling its slot
        ("你是银行的反洗钱审核员欧阳锦（工号R-77）。", "欧阳锦"),
        ("本周当值药师库欣佳。", "库欣佳"),
        ("有事找学校的校医栾垚磊的办公室", "栾垚磊"),
        ("我是群主方健欣，新人请看公告", "方健欣"),
        ("事故车司机向曦，电话已登记", "向曦"),
    ],
)
def test_round19_a_name_after_a_staff_title(text, name):
    assert name in _candidates(text, WEAK)


@pytest.mark.parametrize(
    "text",
    [
        "她考上了北京师范大学，医学院院长期望很高。",
        "经理向大家问好，司机向前开。",
        "店长安排了值班，会员都有积分。",
    ],
)
def test_round19_words_after_a_staff_title_are_no_name(text):
    assert _candidates(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # round 19: escaped quotes of JSON stored in a string (a Redis SET, a log line)
        ('SET "sess:1" "{\\"name\\":\\"诸葛明轩\\",\\"mobile\\":\\"1\\"}"', "诸葛明轩"),
        ('payload="{\\"name\\":\\"Helena Varga\\",\\"plan\\":\\"pro\\"}"', "Helena Varga"),
        # round 19: keys only a person fills
        ("LIFT-7 pass=0x7A11 holder=marta.kowalczyk photo=ok", "marta.kowalczyk"),
        ('{"lead": "L-1", "referrer": "Adaeze Nwosu"}', "Adaeze Nwosu"),
        # round 19: role words of a boat's crew and a caller's parent; Mc and O' names
        ("Skipper Rosalind Achebe reports all hands aboard", "Rosalind Achebe"),
        ("refill for my dad Conor McGregor, DOB 1950-01-02", "Conor McGregor"),
    ],
)
def test_round19_cued_names(text, name):
    assert name in _private(text)


@pytest.mark.parametrize(
    "text",
    [
        'SET "cfg" "{\\"title\\":\\"诸葛明轩\\"}"',  # an escaped key that names no person
        "LIFT-7 pass=0x7A11 holder=admin photo=ok",
        "The skipper said the weather was fine.",
    ],
)
def test_round19_no_name_under_those_cues(text):
    assert _private(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # round 19: a system prompt naming its persona, a signature line opened by a dash
        ("You are Marta Kowalczyk, a claims adjuster for a car insurer.", "Marta Kowalczyk"),
        ("Call us any time.\n— Jan Petrova, Escrow Officer", "Jan Petrova"),
    ],
)
def test_round19_persona_and_dash_signature(text, name):
    assert name in _candidates(text, WEAK)


@pytest.mark.parametrize(
    "text",
    [
        "You are Helpful Assistant, an AI made to answer questions.",
        "— Best Practices, 2nd edition",
        "You are Customer Support, the first line.",
    ],
)
def test_round19_no_persona_or_signature_name(text):
    assert _candidates(text, WEAK) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # round 19: a header's aside in parentheses; a donor column
        ("Name (Original Name),User Email,Join Time\nPhan Huu Vy,a@example.org,04:49:04", "Phan Huu Vy"),
        ("donor|email|amount\nDang Thanh Anh|d@example.org|50", "Dang Thanh Anh"),
    ],
)
def test_round19_table_headers(text, name):
    assert name in _private(text)


def test_round19_a_dicom_pn_element_holds_a_name():
    text = "(0010,0010) PN [Okafor^Ngozi]\n(0008,0090) PN [Li Fangzi]\n(0008,1010) SH [Planmeca ProMax]"
    got = _private(text)
    assert "Okafor^Ngozi" in got and "Li Fangzi" in got
    assert "Planmeca ProMax" not in got


def test_round19_a_pn_element_of_digits_or_another_element_holds_no_name():
    assert _private("(0010,0010) PN [20240101]\n(0010,0020) LO [Okafor Ngozi]") == []
