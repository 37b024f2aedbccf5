"""Public-figure name lists: lookup normalisation, spans, the shipped data and the builder's rules."""

from __future__ import annotations

import importlib.util
import itertools
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.stages.deidentify.recognizers import public
from pipeline.stages.deidentify.recognizers.public import (
    COMMON_GIVEN_ZH,
    COMMON_SURNAMES_ZH,
    EN_FILE,
    ZH_FILE,
    is_public_name,
    latin_key,
    load_public_names,
    public_name_spans,
    zh_key,
)

ROOT = Path(__file__).resolve().parents[5]

PUBLIC = [
    "Lewis Carroll",
    "President Obama",
    "Barack Obama",
    "Elizabeth II",
    "Queen Elizabeth II",
    "Louis XIV",
    "John F. Kennedy",
    "J.R.R. Tolkien",
    "Shakespeare",
    "Shakespeare's",
    "William Shakespeare’s",
    "Confucius",
    "Beyoncé",
    "Beyonce",
    "Albert Einstein",
    "Einstein",
    "Leonardo da Vinci",
    "Queen Victoria",
    "Mother Teresa",
    "Pope John Paul II",
    "Sherlock Holmes",
    "Darth Vader",
    "Spider-Man",
    "李白",
    "孔子",
    "孙悟空",
    "诸葛亮",
    "上官婉儿",
    "林黛玉",
    "毛泽东",
    "托尔斯泰",
    "居里夫人",
]
NOT_PUBLIC = [
    "John",
    "Mary",
    "Will",
    "Smith",
    "Dr. Smith",
    "John Smith",
    "Robert Johnson",
    "Luis González",
    "Kevin Smith",
    "Muhammad",
    "Sakura",
    "张伟",
    "王芳",
    "李娜",
    "王秀英",
    "约翰",
    "欧阳",
    "张",
    "",
    "   ",
]


@pytest.mark.parametrize("name", PUBLIC)
def test_listed_public_names(name: str) -> None:
    assert is_public_name(name)


@pytest.mark.parametrize("name", NOT_PUBLIC)
def test_common_names_are_not_public(name: str) -> None:
    assert not is_public_name(name)


def test_lang_picks_the_list() -> None:
    assert is_public_name("李白", "zh")
    assert not is_public_name("李白", "en")
    assert is_public_name("Lewis Carroll", "en")
    assert not is_public_name("Lewis Carroll", "zh")
    with pytest.raises(ValueError):
        is_public_name("Lewis Carroll", "fr")


def test_normalisation_keys() -> None:
    assert latin_key("  J.R.R.  Tolkien ") == "j r r tolkien"
    assert latin_key("Zoë O’Brien") == "zoe o'brien"
    assert latin_key("ＡＢＣ") == "abc"
    assert zh_key("列夫・托尔斯泰") == "列夫·托尔斯泰"
    assert zh_key("列夫 • 托尔斯泰") == "列夫·托尔斯泰"
    assert zh_key("张　伟") == "张伟"


@pytest.fixture
def tiny_lists(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Point the module at two small lists, and clear its caches before and after."""
    en = tmp_path / "en.txt"
    zh = tmp_path / "zh.txt"
    en.write_text("# comment\nLewis Carroll\tw\nShakespeare\tw\nSir Herbert Beerbohm Tree\tw\nThe Thing\tf\n")
    zh.write_text("# comment\n列夫·托尔斯泰\tt\n李白\tc\n")
    monkeypatch.setattr(public, "EN_FILE", en)
    monkeypatch.setattr(public, "ZH_FILE", zh)
    load_public_names.cache_clear()
    public._automata.cache_clear()
    yield
    load_public_names.cache_clear()
    public._automata.cache_clear()


@pytest.mark.usefixtures("tiny_lists")
def test_middle_dots_titles_and_suffixes_with_a_tiny_list() -> None:
    names = load_public_names()
    assert "lewis carroll" in names.en
    assert "herbert beerbohm tree" in names.en  # a listed title is also stored without it
    for form in ("列夫·托尔斯泰", "列夫托尔斯泰", "列夫・托尔斯泰", "列夫.托尔斯泰", "列夫 托尔斯泰"):
        assert is_public_name(form), form
    assert is_public_name("诗人李白")
    assert is_public_name("Dr. Lewis Carroll")
    assert is_public_name("Herbert Beerbohm Tree")
    assert not is_public_name("Carroll")


@pytest.mark.usefixtures("tiny_lists")
def test_spans_with_a_tiny_list() -> None:
    text = "Lewis Carroll and Shakespeare's plays; the thing; 李白与列夫·托尔斯泰; Shakespeareans; LEWIS CARROLL"
    spans = public_name_spans(text)
    found = [text[s:e] for s, e in spans]
    assert found == ["Lewis Carroll", "Shakespeare", "李白", "列夫·托尔斯泰", "LEWIS CARROLL"]


def test_spans_on_the_shipped_lists() -> None:
    text = "President Obama met Elizabeth II. 孙悟空和猪八戒; John Smith wrote to Lewis Carroll."
    found = [text[s:e] for s, e in public_name_spans(text)]
    assert "Obama" in found
    assert "Elizabeth II" in found
    assert "孙悟空" in found
    assert "Lewis Carroll" in found
    assert "John Smith" not in found
    assert public_name_spans("") == []


def test_spans_do_not_overlap() -> None:
    text = "Leonardo da Vinci, Vincent van Gogh and Albert Einstein."
    spans = public_name_spans(text)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
    assert [text[s:e] for s, e in spans] == ["Leonardo da Vinci", "Vincent van Gogh", "Albert Einstein"]


# ---------------------------------------------------------------------------------- shipped data


def _lines(path: Path) -> list[tuple[str, str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, codes = line.split("\t")
            rows.append((name, codes))
    return rows


def test_shipped_files_are_well_formed_and_small() -> None:
    for path, codes in ((EN_FILE, set("wpf")), (ZH_FILE, set("tcj"))):
        rows = _lines(path)
        assert len(rows) > 10_000
        assert path.stat().st_size < 2_000_000
        names = [n for n, _ in rows]
        assert names == sorted(names) and len(set(names)) == len(names)
        assert all(c and set(c) <= codes for _, c in rows)
        assert all(n == n.strip() and "\t" not in n for n in names)


def test_shipped_chinese_names_are_name_shaped_and_not_common() -> None:
    for name, _ in _lines(ZH_FILE):
        key = zh_key(name)
        assert 2 <= len(key.replace("·", "")) <= 4 or "·" in key, name
        assert not any(key.startswith(s) and key[len(s) :] in COMMON_GIVEN_ZH for s in COMMON_SURNAMES_ZH), name
        assert key not in COMMON_SURNAMES_ZH


def test_no_shipped_english_mononym_is_a_title_or_short() -> None:
    for name, _ in _lines(EN_FILE):
        tokens = latin_key(name).split()
        if len(tokens) == 1:
            assert len(tokens[0]) >= 3 and tokens[0] not in public.TITLES_EN, name


# ------------------------------------------------------------------------------------ the builder


@pytest.fixture(scope="module")
def builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_public_names", ROOT / "scripts" / "build_public_names.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_public_names"] = module
    spec.loader.exec_module(module)
    return module


def test_builder_english_rules(builder: ModuleType) -> None:
    first = {"john": 0.016, "lewis": 0.0005, "luis": 0.0009, "zoe": 0.00001}
    last = {"smith": 0.01, "carroll": 0.00055, "gonzalez": 0.0017, "einstein": 0.000002}
    rules = builder.EnglishRules(first, last, frozenset({"tree", "will"}))
    assert not rules.full_name_ok(["john", "smith"])  # ~40,000 expected bearers
    assert rules.full_name_ok(["lewis", "carroll"])  # ~70
    assert not rules.full_name_ok(["luis", "gonzalez"])  # common worldwide, under-counted by the census
    assert rules.full_name_ok(["john", "quincy", "smith"])  # a middle name makes it rare
    assert rules.full_name_ok(["john", "smith"], langs=150) is False  # even famous: 40,000 > 20,000
    assert not rules.full_name_ok(["smith"])
    assert rules.common_token("john") and rules.common_token("zoe") and rules.common_token("tree")
    assert not rules.common_token("einstein")
    assert rules.common_token_for_title("dr", "smith")
    assert not rules.common_token_for_title("queen", "victoria")


def test_builder_chinese_rules(builder: ModuleType) -> None:
    assert builder.common_zh("张伟") and builder.common_zh("王秀英")
    assert not builder.common_zh("李白")
    assert builder.zh_shape_ok("李白") and builder.zh_shape_ok("欧阳修") and builder.zh_shape_ok("列夫·托尔斯泰")
    assert not builder.zh_shape_ok("李") and not builder.zh_shape_ok("爱新觉罗溥仪x")
    assert not builder.zh_shape_ok("·托尔斯泰")


def test_builder_writes_sorted_files(builder: ModuleType, tmp_path: Path) -> None:
    out = tmp_path / "names.txt"
    n = builder.write(out, {"b": {"w"}, "a": {"p", "w"}}, ["header"])
    assert n == 2
    assert out.read_text(encoding="utf-8") == "# header\na\tpw\nb\tw\n"


# --------------------------------------------------------------------------- products, organisations, ...


def spans_of(text: str) -> list[tuple[str, bool, bool]]:
    return [(text[s:e], whole, named) for s, e, whole, named in public.public_text_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I returned the Dyson V15 today", [("Dyson V15", False, False)]),
        ("Vehicle: Ford F-150, plate PY92 HHW", [("Ford F-150", False, False)]),
        ("insured by Wells Fargo", [("Wells Fargo", False, False)]),
        ("Employer: Oxfam", [("Oxfam", True, False), ("Oxfam", False, False)]),  # a term, an organisation key
        ("Loves Harry Potter novels", [("Harry Potter", False, True)]),
        ("Close to Niagara Falls.", [("Niagara Falls", False, False)]),
        ("买了戴森V12，物流很快", [("戴森V12", False, False), ("戴森", False, False)]),
        ("name: 理想L9", [("理想", False, False)]),
        ("辩护人甄沐丽，中国移动律师。", [("中国移动", False, False)]),
        ("评价中提到的董明珠与此无关", [("董明珠", True, True)]),
    ],
)
def test_public_text_spans_find_products_organisations_and_characters(text, expected):
    assert spans_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # capitalised words before an organisation word
        ("later taught at Lincoln High School.", ["Lincoln High School"]),
        ("Respondent: Tesco Stores Ltd", ["Tesco Stores Ltd", "Tesco", "Tesco Stores", "Tesco Stores Ltd"]),
        ("Acme Corp. hired Ann Lee", ["Acme Corp."]),
        ("Ann Lee, school teacher", []),
        ("the school of Ann Lee", []),
        # round 15: a column gap ends a name: the next field's key is no organisation word of it
        ("Name: Odile Marchetti   Hospital no: 4471", []),
        ("Patient: Odile Marchetti\tClinic: Rue 4", []),
        ("Patient: Odile Marchetti Clinic", ["Odile Marchetti Clinic"]),
        # and so does a sentence's end; an initial, a title or an abbreviation does not
        ("Seen by Dr. Odile Marchetti. Clinic: Rue 4", []),
        ("Mayo Bros. Clinic", ["Mayo Bros. Clinic"]),
        ("St. Jude Hospital", ["St. Jude Hospital"]),
        # a device noun ending a product's name
        ("my Xiaomi Robot Vacuum stopped charging", ["Xiaomi Robot Vacuum", "Xiaomi", "Xiaomi Robot Vacuum"]),
        ("Ann Lee Phone: 415-555-0132", []),  # a key, not a product
        ("Ann Lee Tablet: 2 a day", []),
        # the value of an organisation key, of a key listing things
        ("Carrier: J.B. Hunt\nDriver: Kenji Tanaka", ["J.B. Hunt"]),
        ("工作单位：国家电网", ["国家电网", "国家电网"]),  # a listed organisation, and the key's value
        ("爱好：爬山、原神\n姓名：钟斌洋", ["爬山、原神"]),
        ("Driver: Kenji Tanaka", []),
        ("Menu: Beef Wellington\nHost: Ann Lee", ["Beef Wellington"]),  # a menu's dishes
        ("Product: Term 20", ["Term 20"]),
        ("菜品：东坡肉、宫保鸡丁", ["东坡肉、宫保鸡丁"]),
        ("Host: Ann Lee", []),
        # round 11: several keys on a line of a Chinese form (ideographic space); a dealer, a machine, a venue
        ("机具：雷沃M1004拖拉机\u3000经销商：雷沃重工\n号牌", ["雷沃重工", "雷沃M1004拖拉机"]),
        ("Venue: Madison Square Garden", ["Madison Square Garden"]),
        ("姓名：王芳\u3000电话：13912345678", []),
        ("联系人：王芳 经销商：雷沃重工", []),  # an ordinary space is no cell separator
        # a show's title ending in Tour, Concert, Festival
        ("2 tickets to Olivia Rodrigo - GUTS World Tour, Sec 112.", ["Olivia Rodrigo - GUTS World Tour"]),
        ("Ann Lee toured Europe", []),
        ("Tour guide: Ann Lee", []),
        # an organisation word right after Chinese characters (one character before it, to reach a name)
        ("【东方航空】尊敬的高琪旅客", ["东方航空", "方航空"]),
        ("L-01 | 李佳琦直播间", ["琦直播间"]),
        ("建议独孤萍致电银行冻结卡", ["电银行"]),  # reaches 电, not the name 独孤萍
        ("张伟银行卡号", []),
        ("王芳公司的同事", []),  # 公司 follows a person as often as a company
        ("【运维值班群】：开会", []),  # a bracket before a colon is a speaker tag
    ],
)
def test_public_text_spans_by_form(text, expected):
    assert [v for v, _, _ in spans_of(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Harrison Ford said hello",  # a brand without a model: may be a surname
        "Dr. Tesla called",
        "Target the red cross on the map",  # lower case: words, and Target is not listed alone
        "张伟和李娜",
        "OxfamX",
    ],
)
def test_public_text_spans_leave_names_and_words_alone(text):
    assert spans_of(text) == []


def test_every_public_term_has_a_known_kind_and_no_common_given_name_stands_alone():
    terms = public._terms()
    assert set(terms.kinds.values()) == {"brand", "product", "org", "character", "figure", "place"}
    for name in ("Alice", "Romeo", "Matilda", "Chase", "理想"):
        assert name not in terms.kinds


def test_a_numbered_reading_list_is_public_but_one_line_is_not():
    books = "1. Holes, by Louis Sachar\n2. Mr. Popper's Penguins, by Richard and Florence Atwater\n3. Matilda, by Roald Dahl"
    assert [text for text, _, _ in spans_of(books) if text[0].isdigit()] == books.split("\n")
    assert spans_of("1. Report, by Ann Lee") == []


def test_a_quoted_title_after_a_kind_of_work_and_its_author():
    text = 'The poem "Twinkle, Twinkle, Little Star" comes from a poem called "The Star" by Jane Taylor.'
    assert spans_of(text) == [
        ("Twinkle, Twinkle, Little Star", False, False),
        ("The Star", False, False),
        ("Jane Taylor", True, True),
    ]
    assert spans_of('My friend "Little Star" by the door') == []


# --------------------------------------------------------------------------- round 12


def test_listed_latin_characters_and_figures_are_public_names_after_labels_and_honorifics_too() -> None:
    # the hand-written list's Latin-script people are listed names: a label or a title does not make a namesake
    assert is_public_name("Gregory House") and is_public_name("Dr. Gregory House")
    assert is_public_name("Anthony Bourdain")
    # its Chinese figures are not: 姓名：雷军 after a label is a pupil (public_text_spans keeps them for the stage)
    assert not is_public_name("雷军")
    assert not is_public_name("Gregory Smith")


def test_a_hyphenated_given_name_is_cut_to_its_first_part_when_the_surname_is_listed_alone() -> None:
    assert is_public_name("Jacques-Yves Cousteau") and is_public_name("Jacques Cousteau")
    assert is_public_name("Jean Sartre")
    # a surname not listed alone gains no short form; an unlisted given name none either
    assert not is_public_name("Mary Olsen")
    assert not is_public_name("Pierre Cousteau")


def test_short_forms_only_from_hyphenated_given_names_and_listed_surnames() -> None:
    en = {"jacques-yves cousteau", "cousteau", "mary-kate olsen", "charles robert redford", "redford", "al-x z"}
    assert public._short_forms(en) == {"jacques cousteau"}


def test_shipped_latin_characters_and_figures_are_not_common_full_names(builder: ModuleType) -> None:
    names = pytest.importorskip("names")
    first, last = builder.read_census(Path(names.__file__).resolve().parent.parent)
    rules = builder.EnglishRules(first, last, frozenset())
    for kind, term in public._term_lines():
        tokens = public.latin_key(term).split()
        if kind in ("character", "figure") and term.isascii() and len(tokens) > 1:
            assert rules.expected_bearers(tokens) <= builder.EN_MAX_EXPECTED_BEARERS, term


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("License class: General  Exam session VEC: ARRL  Study guide: Gordon West",
         [("Gordon West", False, False)]),
        ("Textbook: Campbell Biology\nTeacher: Ann Lee", [("Campbell Biology", False, False)]),
        ("教材：王力《古代汉语》", [("王力《古代汉语》", False, False)]),
        # the value stops at two spaces: the next key's person is not covered
        ("Book: Sapiens  Owner: Ann Lee", [("Sapiens", False, False)]),
    ],
)  # fmt: skip
def test_a_work_key_names_a_work_or_its_author(text, expected):
    assert spans_of(text) == expected


@pytest.mark.parametrize("text", ["Booking for Ann Lee", "the guide: Ann Lee will meet you", "Reader: Ann Lee"])
def test_a_work_key_needs_its_own_key(text):
    assert spans_of(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Insurance: Aetna PPO  Attending: Dr. Gregory House", ["Gregory House", "Aetna PPO"]),
        ("Insurance: Progyny  Member SSN: 862-29-7423", ["Progyny"]),
        ("Payer: Blue Shield of California", ["Blue Shield of California"]),
        ("承保公司：平安养老", ["平安养老"]),
        # a member id key is no insurer key; a policy holder is a person
        ("Insurance member ID: ABC123456", []),
        ("Policy holder: Ann Lee", []),
    ],
)
def test_round12_an_insurer_key_names_an_organisation(text, expected):
    assert [v for v, _, _ in spans_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an organisation key's value stops at two spaces, where a form's next key starts
        ("University: University of Michigan  Faculty sponsor: Prof. Tran Duc Huong", ["University of Michigan"]),
        ("Hobbies: hiking  Emergency contact: Ann Lee", ["hiking"]),
        ("Employer: Brightwater Audio, since 2019", ["Brightwater Audio"]),
    ],
)
def test_round12_a_key_value_stops_at_two_spaces(text, expected):
    assert [v for v, _, _ in spans_of(text)] == expected


def test_round12_software_products_and_cloud_providers():
    assert [v for v, _, _ in spans_of("SERVER 是 阿里云 公共 DNS，工单在 Jira Cloud")] == [
        "阿里云",
        "Jira",
        "Jira Cloud",
    ]


def _fold_latin_per_character(text: str) -> str:
    """The character loop ``_fold_latin`` was before its translate table (the reference)."""
    import unicodedata

    from pipeline.stages.deidentify.recognizers.public import _APOSTROPHES, _FOLD_ASCII

    out = []
    for ch in text:
        base = ch
        if not ch.isascii():
            stripped = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
            base = stripped if len(stripped) == 1 else ch
            base = base.translate(_APOSTROPHES)
        low = base.lower()
        out.append(low if len(low) == 1 else base)
    return "".join(out).translate(_FOLD_ASCII)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from("Aa Éé’´`ʼİıẞßﬁＡ王·,\t\nØøŁłÇçǅ") | st.characters(), max_size=40))
def test_fold_latin_is_the_per_character_fold(text):
    from pipeline.stages.deidentify.recognizers.public import _fold_latin

    assert _fold_latin(text) == _fold_latin_per_character(text)


@pytest.mark.parametrize("name", ["Yan Zhenqing", "Wang Xizhi", "Zhao Mengfu", "Qi Baishi"])
def test_round18_chinese_masters_in_pinyin_are_public_names(name):
    # round 18: the calligraphers and painters a learner copies, listed in Chinese only before
    assert public.is_public_name(name, "en")


def test_round18_a_common_pinyin_name_is_not_a_listed_master():
    assert not public.is_public_name("Wang Lei", "en")
    assert not public.is_public_name("Yan Zhen", "en")


@pytest.mark.parametrize(
    ("text", "term"),
    [
        # round 18: makers of home medical devices and sailing yachts before a model
        ("数据导出自 欧姆龙 J760 App", "欧姆龙 J760"),
        ("Berth 12: Beneteau Oceanis 40.1, owner on file", "Beneteau Oceanis"),
    ],
)
def test_round18_device_and_yacht_makers_are_public_terms(text, term):
    spans = [text[s:e] for s, e, *_ in public.public_text_spans(text)]
    assert any(term in span for span in spans), spans


@pytest.mark.parametrize(
    ("text", "tag", "named"),
    [
        # round 19: a bracketed line tag that may be a person's name is public only while no cue says otherwise
        ("【覃一鸣】周六下午两点到\n【前台小李】好的", "覃一鸣", True),
        ("【京东】您的订单已发货", "京东", False),
        ("【招商银行】您尾号1234的卡消费100元", "招商银行", False),
    ],
)
def test_round19_a_line_tag_that_reads_as_a_name_is_named(text, tag, named):
    assert (tag, False, named) in spans_of(text)


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        # round 19: DICOM writes people as PN; other elements hold no person unless a cue says so
        ("(0008,0090) PN [Li Fangzi]\n(0008,1010) SH [Vatech PaX-i3D]", "Vatech PaX-i3D", True),
        ("(0008,0080) LO [Harbour Dental Clinic]", "Harbour Dental Clinic", True),
        ("(0008,0090) PN [Li Fangzi]", "Li Fangzi", False),
    ],
)
def test_round19_dicom_elements_other_than_pn(text, value, expected):
    assert ((value, False, True) in spans_of(text)) is expected


@pytest.mark.parametrize(
    ("text", "term"),
    [
        # round 19: piano makers before a model, glucose meters and dental imaging makers
        ("Instrument: Steinway Model B, last tuned 2019", "Steinway Model B"),
        ("Bösendorfer 200 in the hall", "Bösendorfer 200"),
        ("# 设备: 罗氏卓越金采 蓝牙MAC 00:11", "罗氏卓越金采"),
        ("Unit: Sirona XG3, room 2", "Sirona XG3"),
    ],
)
def test_round19_piano_meter_and_imaging_makers_are_public_terms(text, term):
    spans = [text[s:e] for s, e, *_ in public.public_text_spans(text)]
    assert any(term in span for span in spans), spans


def test_round19_a_piano_maker_alone_is_no_product():
    assert public.public_text_spans("Mrs Steinway called about the lesson") == []
