"""Identifier recognizers: golden spans per entity type, hard negatives, prefilter properties, tables, Presidio."""

from __future__ import annotations

import json
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.stages.deidentify.recognizers import identifiers
from pipeline.stages.deidentify.recognizers.base import Recognizer, fold
from pipeline.stages.deidentify.recognizers.identifiers import (
    BankCardRecognizer,
    CnResidentIdRecognizer,
    DateOfBirthRecognizer,
    DriverLicenseRecognizer,
    EmailAddressRecognizer,
    IbanCodeRecognizer,
    IpAddressRecognizer,
    LicensePlateRecognizer,
    MacAddrRecognizer,
    MedicalRecordNumberRecognizer,
    PassportRecognizer,
    ProfileUrlRecognizer,
    QqNumberRecognizer,
    SsnRecognizer,
    WeChatIdRecognizer,
)
from pipeline.stages.deidentify.recognizers.phones import PhoneNumberRecognizer
from tests.conftest import TEST_DATA

ALL = identifiers.recognizers("en")
BY_TYPE = {e: r for r in ALL for e in r.ENTITIES}


def found(text: str, entity: str | None = None, threshold: float = 0.5) -> list[tuple[str, str]]:
    """(type, value) of every finding of every identifier recognizer (or of ``entity`` only), sorted by start."""
    t = fold(text)
    assert len(t) == len(text)
    recs = [BY_TYPE[entity]] if entity else ALL
    hits = [r for rec in recs if rec.may_match(t) for r in rec.find(t) if r.score >= threshold]
    hits.sort(key=lambda r: (r.start, r.entity_type))
    return [(r.entity_type, text[r.start : r.end]) for r in hits]


# --------------------------------------------------------------------------- golden cases per type

GOLDEN: dict[str, list[tuple[str, list[str]]]] = {
    "CN_RESIDENT_ID": [
        ("身份证号110101199003077475。", ["110101199003077475"]),
        ("身份证 1101 0119 9001 0112 37", ["1101 0119 9001 0112 37"]),
        ("ID: 110101 19900307 7475", ["110101 19900307 7475"]),
        ("新身份证号：11010119900307001x", []),  # wrong check character
        ("证件号码：１１０１０１１９９００３０７７４７５", ["１１０１０１１９９００３０７７４７５"]),
        ("原身份证号（一代证）：110101900307747", ["110101900307747"]),
        ("110101900307747", []),  # 15 digits need an ID cue
        ("身份证110101199013011234", []),  # month 13
        ("统一社会信用代码91310000552936878J", []),
    ],
    "BANK_CARD": [
        ("卡号 6222 0212 3456 7895", []),  # fails Luhn
        ("卡号 6222 0212 3456 7894", ["6222 0212 3456 7894"]),
        ("银行卡号 4111 1111 1111 1111", ["4111 1111 1111 1111"]),
        ("card=4111-1111-1111-1111;", ["4111-1111-1111-1111"]),
        ("Amex 3714 496353 98431", ["3714 496353 98431"]),
        ("工资卡（中国银行）：6222 0200 0000 0000 008", []),  # Luhn fails
        ("pay 5500000000000004 now", ["5500000000000004"]),
        ("编号A4111111111111111", []),
        ("产品编号ABC4111111111111111XYZ", []),
        ("ISBN 9787111547426", []),
        ("身份证号110101199003077475", []),  # a valid ID, never a card
        ("tracking 1Z999AA10123456784", []),
        ("卡号 4111111111111111 和 5500000000000004", ["4111111111111111", "5500000000000004"]),
        ("转账,-500.00,蒋峰,5355201248004560,房租", ["5355201248004560"]),  # a CSV cell
        ("amount,1,5355201248004560", []),  # a digit and a comma before it: part of a longer number
        ("1,234,567,890,123,456", []),
        # a CSV row: the comma after the card is a cell boundary, not a group of thousands
        ("姓名,工资卡,实发\n孟辰斌,5454915582107149,3221元", ["5454915582107149"]),
        ("收款人,卡号\n苏一鹏,6217 0062 9411 4093 468,8152元", ["6217 0062 9411 4093 468"]),
        ("name,card,amount\nAnn,4111111111111111,500", ["4111111111111111"]),
        ("金额：12,345,678,901,234元", []),
    ],
    "EMAIL_ADDRESS": [
        ("邮箱zhang.wei@example.cn，谢谢", ["zhang.wei@example.cn"]),
        ("<li.wei@163.com>", ["li.wei@163.com"]),
        ("123456789@qq.com", ["123456789@qq.com"]),
        ("user@xn--80ak6aa92e.com", ["user@xn--80ak6aa92e.com"]),
        ("my email is info@presidio.", []),
        ("@handle and a@b", []),
    ],
    "IP_ADDRESS": [
        ("服务器地址192.168.1.10和fe80::1", ["192.168.1.10", "fe80::1"]),
        ("client_ip=203.0.113.7", ["203.0.113.7"]),
        ("2408:8207:1a2b:3c4d::1f", ["2408:8207:1a2b:3c4d::1f"]),
        ("::ffff:192.0.2.1", ["::ffff:192.0.2.1"]),
        ("version 10.0.0.1", []),
        ("Version 1.2.3 at 12:34:56", []),
        ("MAC aa:bb:cc:dd:ee:ff", []),
        ("256.1.1.1 and 1.2.3", []),
        ("std::vector", []),
        ("设备名\tIP\tMAC\n戴森V12\t172.25.89.74\taa:bb:cc:dd:ee:01", ["172.25.89.74"]),  # V12 is the device's
        ("Python 3.11 on host 10.0.0.5", ["10.0.0.5"]),
        ("固件版本：10.0.0.1", []),
        ("upgrade to v2.0.0.1 today", []),
    ],
    "US_SSN": [
        ("SSN 123-45-6789", ["123-45-6789"]),
        ("SSN: 123456789", ["123456789"]),
        ('{"ssn": "123 45 6789"}', ["123 45 6789"]),
        ("social security number while working in the US was 123456789.", ["123456789"]),
        ("社会安全号是078051121", ["078051121"]),
        ("Ann Lee / 123456789 / ann@example.org", ["123456789"]),
        ("123456789", []),
        ("SSN 000-12-3456", []),
        ("SSN 666-12-3456", []),
        ("SSN 912-12-3456", []),
        ("SSN 123-00-4567", []),
        ("passport 123456789", []),
    ],
    "IBAN_CODE": [
        ("IBAN GB82 WEST 1234 5698 7654 32", ["GB82 WEST 1234 5698 7654 32"]),
        ("DE89370400440532013000", ["DE89370400440532013000"]),
        ("AL47-2121-1009-0000-0002-3569-8741", ["AL47-2121-1009-0000-0002-3569-8741"]),
        ("VG96 VPVG 0000 0123 4567 8901 X in a sentence", ["VG96 VPVG 0000 0123 4567 8901"]),
        ("DE89 3704 0044 0532 0130 01", []),
        ("运单号：JD4699058975998", []),  # passes mod-97, but JD is no IBAN country
    ],
    "PASSPORT": [
        ("护照号E12345678", ["E12345678"]),
        ("护照号码：EA1234567，有效期至2030年", ["EA1234567"]),
        ("通行证C12345678", ["C12345678"]),
        ("型号E12345678", []),
        ("Passport: 123456789", ["123456789"]),
        ("travelling on passport A12345678 and", ["A12345678"]),
        ("Pass-Nr.: C01X00T47", ["C01X00T47"]),
        ('"passport": "987654321"', ["987654321"]),
        ("| # | Guest | Room | Passport No. |\n|---|---|---|---|\n| 1 | Ann | 1204 | 987654321 |", ["987654321"]),
        ("no,name,document,number\n1,Ann,passport,123456789", ["123456789"]),
        ("序号,姓名,护照号\n1,张三,G12345678\n2,李四,E87654321", ["G12345678", "E87654321"]),
        ("Room 123456789", []),
        ("SSN 123456789", []),
    ],
    "LICENSE_PLATE": [
        ("车牌京A·12345", ["京A·12345"]),
        ("粤B12345号小型轿车", ["粤B12345"]),
        ("新能源京AD12345", ["京AD12345"]),
        ("沪C 8K2L9", ["沪C 8K2L9"]),
        ("浙A-12345", ["浙A-12345"]),
        ("新A股大涨", []),
        ("plate 7ABC123, clean title", ["7ABC123"]),
        ("Licence plate: AB12 CDE", ["AB12 CDE"]),
        ("vehicle with plate ABC-1234 into", ["ABC-1234"]),
        ("AB12 CDE", []),  # UK layout needs a cue
        ("Vehicle: Ford F-150  Plate: XYZ 1234", ["XYZ 1234"]),
        # a vehicle word: only a value with two digits and two letters
        ("Car: TYL 8638 | Late checkout", ["TYL 8638"]),
        ("one guest; car MGL-2925 parked", ["MGL-2925"]),
        ("truck: 7ABC123", ["7ABC123"]),
        ("| Guest | Car |\n|---|---|\n| Ann | KJX 4410 |", ["KJX 4410"]),
        ("my car BMW X5 is red", []),
        ("car XC90 review", []),
        ("Parking: level 2, bay 14", []),
        ("car A4 2020", []),
    ],
    "QQ_NUMBER": [
        ("QQ是2124334398，昨天", ["2124334398"]),
        ("加我QQ12345678", ["12345678"]),
        ("backup_qq: 98765432", ["98765432"]),
        ("扣扣：55566677", ["55566677"]),
        ("QQ：12345678 手机：13912345678", ["12345678"]),
        ("qq 0123456", []),
        ("QQ邮箱123456789@qq.com", []),
        ("12345678", []),
        # a short Chinese filler after the cue, a group, keys and glued text
        ("我微信abc_123，QQ也行1362067148，嗯就这样", ["1362067148"]),
        ("QQ的话：2360581277", ["2360581277"]),
        ("QQ群：87654321", ["87654321"]),
        ("QQ群号 87654321", ["87654321"]),
        ("企鹅号是10001", ["10001"]),
        ('{"qq": "12345678", "name": "x"}', ["12345678"]),
        ("qq: 12345678\nemail: a@b.cn", ["12345678"]),
        ("电话/QQ：13912345678 / 2345678", ["2345678"]),  # keyed list: the first value is the phone
        ("QQ/微信：2345678 / abc_12345", ["2345678"]),
        # numeric user ids
        ("op=export target_uid=2053119807 client_ip=10.0.0.1", ["2053119807"]),
        ("user_id: 55512345", ["55512345"]),
        ("用户ID：55512345", ["55512345"]),
        ("导出了用户列表（目标用户3688128046）。", ["3688128046"]),
        # negatives: counts, amounts, other numbers
        ("QQ群成员超过20000人", []),
        ("QQ音乐播放12000次", []),
        ("QQ空间访问量12345678", []),
        ("浏览量 12345678", []),
        ("订单号 12345678", []),
        ("会员号：#473285", []),
        ("uid 1000 is root", []),
        ("用户100万", []),
        ("QQ 2.0 was released in 2000", []),
        ("Q: 12345678 is it prime?", []),  # an English question, not a QQ key
    ],
    "WECHAT_ID": [
        ("微信号：zhangwei_1990", ["zhangwei_1990"]),
        ("加微信liwei888", ["liwei888"]),
        ("WeChat: LiWei88.", ["LiWei88"]),
        ("wx:zhang-wei12", ["zhang-wei12"]),
        ("X-WECHAT:wangfang_2001", ["wangfang_2001"]),
        ("wxid_abcdefghij1234", ["wxid_abcdefghij1234"]),
        ("WeChat account is great", []),
        ("微信同号", []),
        ("💬V：heweiyue_1981（备注来意）", ["heweiyue_1981"]),
        ("或加V：szou1921（请备注来意）", ["szou1921"]),
        ("V: zhang-wei12", ["zhang-wei12"]),
        ("加V：zhangwei", []),  # no digit, _ or -
        ("Section V: x-ray images", []),
        ("IV: 12-hour drip", []),
        # keyed lists: the id at the WeChat position
        ("手机/微信：17710673064 / shibin_1997\n邮箱：a@b.cn", ["shibin_1997"]),
        ("微信/邮箱：lv-hui92 / lvh@foxmail.com", ["lv-hui92"]),
        ("Phone/WeChat: 415-555-0132 / amy_lee88, thanks", ["amy_lee88"]),
        ("微信/QQ：12345678 / 2345678", []),
        ("微信：13912345678", []),
    ],
    "MAC_ADDRESS": [
        ("MAC 00:1A:2B:3C:4D:5E", ["00:1A:2B:3C:4D:5E"]),
        ("hardware ethernet 3c:22:fb:1a:9e:07;", ["3c:22:fb:1a:9e:07"]),
        ("B8-27-EB-12-34-56", ["B8-27-EB-12-34-56"]),
        ("3c22.fb1a.9e07", ["3c22.fb1a.9e07"]),
        ("1234.5678.9012", []),
        ("00:00:00:00:00:00 ff:ff:ff:ff:ff:ff", []),
        ("00:1A:2B-3C:4D:5E", []),
        ("12:34:56", []),
        ("设备MAC：e45f.0199.cf7f\n理由", ["e45f.0199.cf7f"]),  # the key's colon, no space
        ("mac=00:1A:2B:3C:4D:5E;", ["00:1A:2B:3C:4D:5E"]),
        ("MAC:0011.2233.4455", ["0011.2233.4455"]),
        ("fe80::1:0011.2233.4455", []),
        ("addr:3c22.fb1a.9e07", []),  # glued to a colon that is no MAC key
    ],
    "DRIVER_LICENSE": [
        ("DL# A1234567 issued 2019", ["A1234567"]),
        ("Driver's license no. / state: 12942899\nSignature", ["12942899"]),
        ("Driver's license no. / state: P292-200-62-333-8", ["P292-200-62-333-8"]),
        ("Driver's license no. / state: WDLYWXKALVYS", ["WDLYWXKALVYS"]),
        ("driving licence class B, 12 points", []),
        ("driver's license number is 123 456 789", ["123 456 789"]),
        ("Driving licence: MORGA753116SM9IJ", ["MORGA753116SM9IJ"]),
        ("license WDLC18OVLXDJ", ["WDLC18OVLXDJ"]),
        ("DL# WDLCGOOEQTLO", ["WDLCGOOEQTLO"]),
        ("FL DL: F123-456-78-901-0", ["F123-456-78-901-0"]),
        ("驾驶证号：110101199003077475", ["110101199003077475"]),
        ("驾照号D1234567", ["D1234567"]),
        ("INSERT INTO t (name, drivers_license) VALUES ('Ann', '30699349');", ["30699349"]),
        ("license plate ABC-1234", []),
        ("Apache License 2.0", []),
        ("A1234567", []),
    ],
    "MEDICAL_RECORD_NUMBER": [
        ("MRN 00123456", ["00123456"]),
        ("病历号：ZY2023041588", ["ZY2023041588"]),
        ("住院号 2021-004829　床号 12", ["2021-004829"]),
        ("Account/MRN: PX1234567", ["PX1234567"]),
        ("| MRN | MR-1234567 |", ["MR-1234567"]),
        ("就诊卡MZ1234567890按时到院", ["MZ1234567890"]),
        ("MRN pending", []),
        ("bed 12, room 1204", []),
    ],
    "PROFILE_URL": [
        ("https://github.com/octocat", ["https://github.com/octocat"]),
        ("see github.com/octocat/Hello-World", []),  # a repository, not a profile
        ("https://github.com/features", []),
        ("https://www.linkedin.com/in/jane-doe-1a2b3c", ["https://www.linkedin.com/in/jane-doe-1a2b3c"]),
        ("linkedin.com/company/acme", []),
        ("twitter.com/jack and x.com/explore", ["twitter.com/jack"]),
        ("微博：https://weibo.com/u/1234567890\nB站", ["https://weibo.com/u/1234567890"]),
        ("知乎主页https://www.zhihu.com/people/li-wei-12也能私信", ["https://www.zhihu.com/people/li-wei-12"]),
        ("https://www.douban.com/people/liwei1990/", ["https://www.douban.com/people/liwei1990/"]),
        ("space.bilibili.com/123456", ["space.bilibili.com/123456"]),
        ("facebook.com/profile.php?id=100012345", ["facebook.com/profile.php?id=100012345"]),
        ("instagram.com/jane.doe_3", ["instagram.com/jane.doe_3"]),
        ("https://mastodon.social/@alice", ["https://mastodon.social/@alice"]),
        ("https://example.com/@bob and https://github.example/alice", []),
        ("https://docs.python.org/3/library/re.html", []),
    ],
    "DATE_OF_BIRTH": [
        ("出生日期：1990-03-05", ["1990-03-05"]),
        ("生日 1990/3/5", ["1990/3/5"]),
        ("DOB 03/05/1990", ["03/05/1990"]),
        ("born on 5 March 1990", ["5 March 1990"]),
        ("Date of birth: March 5, 1990", ["March 5, 1990"]),
        ("b. 05-Mar-1990", ["05-Mar-1990"]),
        ("出生年月：一九九〇年三月五日", ["一九九〇年三月五日"]),
        ("出生日期：一九八四年十二月二十九日", ["一九八四年十二月二十九日"]),
        ("1975年7月7日生，毕业于北京大学", ["1975年7月7日"]),
        ("Mi fecha de nacimiento es 10/02/1993.", ["10/02/1993"]),
        ("生日,会员\n1990/03/05,M001", ["1990/03/05"]),
        ("出生日期“一九九〇年三月五日”建议改为1990-03-05", ["一九九〇年三月五日", "1990-03-05"]),
        ("The meeting is on 1990-03-05.", []),
        ("预约时间：2024-06-01 09:30", []),
        ("DOB 1990-02-30", []),
        ("2024年6月1日生效", []),
        ("TEL;CELL:+86 162 7850 5347\nBDAY:1987-01-23\nADR:;;", ["1987-01-23"]),
        ("ADR:97 Park Street;BDAY:19481115;;", ["19481115"]),
        ("年龄：35岁（1992年3月6日）", ["1992年3月6日"]),
        ("aged 41 (03/05/1983), nurse", ["03/05/1983"]),
        ("坐标魔都｜1940-05-31的射手座", ["1940-05-31"]),
        ("1988年2月15日 双鱼座", ["1988年2月15日"]),
        ("出差3天（2024-05-01）", []),
        ("the tower is 30 years old, 1994-05-01 was its opening", []),
        ("2024-05-01的会议座位表", []),
        ("Hospital no.: MR-2381316\nD.O.B.: 01-Jan-1944\nHome: Flat 5", ["01-Jan-1944"]),
        ("DOB.: 1990-03-05", ["1990-03-05"]),
        ("Rev. 1990-03-05", []),
    ],
}


@pytest.mark.parametrize(
    ("entity", "text", "expected"),
    [(e, t, x) for e, cases in GOLDEN.items() for t, x in cases],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_golden(entity, text, expected):
    assert [v for _, v in found(text, entity)] == expected


# --------------------------------------------------------------------------- hard negatives, all recognizers

HARD_NEGATIVES = [
    "Binary 00100001 is 33; 0x0000FFFF; 3.14159; 2.71828; 7919 × 104729",
    "INT_MAX = 2147483647 and MOD = 1000000007",
    "Order ORD-2023-123456, #123456, DD123456789012, INV-12345",
    "UPS 1Z999AA10123456784, SF1234567890123, YT1234567890123456, 9400123456789012345678, JD1234567890123",
    "ISBN 978-7-111-54742-6 and ISBN 978-0-306-40615-7",
    "version v2.3.1, 120.0.6099.109, 3.11.4",
    "2024-06-01T12:30:45Z, 1717245045, 2024-06-01 12:30:45, 12:30:45.123",
    "¥12345.67, $1,234.56, 9999元, £12.50",
    "Hotlines 110, 12315, 95588, 911, 999",
    "Tesla Model 3, iPhone 15, 比亚迪汉, 华为Mate 60, Ford F-150",
    "std::vector, MyClass::toString, print(), __init__",
    "The meeting is on 2024-06-01 and the invoice total is 1234567.",
]


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_hard_negatives_stay_untouched(text):
    assert found(text) == []
    phone = PhoneNumberRecognizer()
    assert [r for r in phone.find(fold(text)) if r.score >= 0.5] == []


def test_cross_type_precedence():
    # a Chinese driving licence is the holder's resident ID number: both types are reported, same span
    assert found("驾驶证号：110101199003077475") == [
        ("CN_RESIDENT_ID", "110101199003077475"),
        ("DRIVER_LICENSE", "110101199003077475"),
    ]
    # a card inside an IBAN is not a card
    assert found("IBAN: DE89 3704 0044 0532 0130 00", "BANK_CARD") == []
    # the cue closest to a value decides: passport and SSN on one line
    assert found("SSN: 123456789, passport 987654321") == [("US_SSN", "123456789"), ("PASSPORT", "987654321")]


# --------------------------------------------------------------------------- scores


def test_scores_follow_the_docstrings():
    def score(entity: str, text: str) -> float:
        t = fold(text)
        (r,) = BY_TYPE[entity].find(t)
        return r.score

    assert score("CN_RESIDENT_ID", "110101199003077475") == 1.0
    assert score("BANK_CARD", "4111111111111111") == 0.85
    assert score("BANK_CARD", "银行卡 4111111111111111") == 1.0
    assert score("PASSPORT", "E12345678") == 0.4
    assert score("PASSPORT", "护照 E12345678") == 0.95
    assert score("US_SSN", "123-45-6789") == 0.6
    assert score("US_SSN", "SSN 123-45-6789") == 0.95
    assert score("IP_ADDRESS", "10.1.2.3") == 0.7
    assert score("IP_ADDRESS", "IP 10.1.2.3") == 0.9
    assert score("LICENSE_PLATE", "京A12345") == 0.9
    assert score("MAC_ADDRESS", "00:1A:2B:3C:4D:5E") == 0.9
    assert score("PROFILE_URL", "https://mastodon.social/@alice") == 0.8
    for rec in ALL:
        for text in [t for t, _ in GOLDEN[rec.ENTITIES[0]]]:
            for r in rec.find(fold(text)):
                assert 0.0 <= r.score <= 1.0
                assert r.recognition_metadata["recognizer_name"] == type(rec).__name__


# --------------------------------------------------------------------------- prefilter properties

FRAGMENTS = [
    "110101199003077475",
    "110101900307747",
    "4111 1111 1111 1111",
    "6222021234567894",
    "zhang.wei@example.cn",
    "@",
    "192.168.1.10",
    "fe80::1",
    "::",
    "123-45-6789",
    "123456789",
    "GB82 WEST 1234 5698 7654 32",
    "DE89370400440532013000",
    "E12345678",
    "A1234567",
    "京A·12345",
    "粤B",
    "7ABC123",
    "2124334398",
    "zhangwei_1990",
    "wxid_abcdefghij1234",
    "00:1A:2B:3C:4D:5E",
    "3c22.fb1a.9e07",
    "MORGA753116SM9IJ",
    "ZY2023041588",
    "https://github.com/octocat",
    "weibo.com/u/1234567890",
    "mastodon.social/@alice",
    "1990-03-05",
    "1990年3月5日",
    "March 5, 1990",
    "身份证",
    "卡号",
    "SSN ",
    "passport ",
    "护照",
    "plate ",
    "车牌",
    "QQ",
    "微信",
    "WeChat ",
    "MAC ",
    "DL# ",
    "驾驶证",
    "MRN ",
    "病历号",
    "DOB ",
    "出生日期：",
    "生",
    "IP ",
    ": ",
    ", ",
    " / ",
    "Ann Lee",
    "\n",
    "|",
    "| Passport No. |\n|---|\n| ",
    "name,ssn\nAnn,",
    "-",
    ".",
    " ",
    "x",
    "AB12CD",
    "C01X00T47",
    "ABC-1234",
    "AB12 CDE",
    "12345",
    "X1",
    "ıſK",  # letters that match ASCII ones case-insensitively in Unicode regexes
    "GitHub.com/",
    "WDLCGOOEQTLO",
    "/@",
    "Q：",
    "Q群",
    "uid=",
    "用户",
    "car ",
    "手机/微信：",
    "电话/QQ：",
    "也行",
    "人",
]
ALPHABET = "0123456789 -.:/@|,\nABCDEFXZabcdefxz_京粤A·生日护照QQ微信ıſ"
id_texts = st.one_of(
    st.text(alphabet=ALPHABET, max_size=60),
    st.lists(st.sampled_from(FRAGMENTS), max_size=8).map("".join),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(alphabet=ALPHABET, max_size=4)), max_size=10).map("".join),
)


@pytest.mark.parametrize("rec", [*ALL, QqNumberRecognizer(supported_language="zh")], ids=lambda r: type(r).__name__)
@settings(max_examples=500, deadline=None)
@given(text=id_texts)
def test_prefilter_never_hides_a_finding(rec: Recognizer, text: str):
    if not rec.may_match(text):
        assert rec.find(text) == []


@pytest.mark.parametrize("rec", ALL, ids=lambda r: type(r).__name__)
def test_prefilter_is_false_on_plain_prose(rec: Recognizer):
    prose = "Please summarise the following paragraph about the history of tea in two sentences. 请用两句话总结。"
    assert not rec.may_match(prose)
    assert rec.find(prose) == []


def test_prefilter_passes_every_golden_positive():
    for entity, cases in GOLDEN.items():
        for text, expected in cases:
            if expected:
                assert BY_TYPE[entity].may_match(fold(text)), (entity, text)


# --------------------------------------------------------------------------- upstream tables

PRESIDIO = json.loads((TEST_DATA / "pii" / "presidio_cases.json").read_text(encoding="utf-8"))
CN = json.loads((TEST_DATA / "pii" / "cn_pii_cases.json").read_text(encoding="utf-8"))

PRESIDIO_DEVIATIONS = {
    "122000000000003",  # UATP prefix 1: no known issuer prefix, 0.4 without a card cue
    "192.168.1.1.1",  # a five-part dotted run is not an address (a version or OID)
    "text::ffff:192.0.2.1",  # addresses glued to words are not cut out
    "foo2001:db8::10.0.0.1",
    "Default 0.0.0.0",  # one-digit parts without an IP cue: 0.4 (often a version)
    "Broadcast 255.255.255.255",  # 240.0.0.0/4 and the broadcast address name no host (netmasks)
    "078-051121 07805-1121",  # Presidio reports these weakly (< 0.3); we report nothing
    "078051121",  # a plain 9-digit number is an SSN only after an SSN cue
}


def test_presidio_tables_match_except_documented_deviations():
    ent = {
        "credit_card": "BANK_CARD",
        "email": "EMAIL_ADDRESS",
        "iban": "IBAN_CODE",
        "ip_recognizer": "IP_ADDRESS",
        "us_ssn": "US_SSN",
    }
    mismatches = set()
    n = 0
    for block in PRESIDIO["blocks"]:
        etype = next(v for k, v in ent.items() if k in block["file"])
        threshold = 0.05 if etype == "IP_ADDRESS" else 0.5  # Presidio keeps "::" at 0.05-0.15
        for case in block["cases"]:
            text, count = case[0], case[1]
            pos = case[3] if "credit" in block["file"] else case[2]
            hits = [r for r in BY_TYPE[etype].find(fold(text)) if r.score >= threshold]
            n += 1
            if len(hits) != count or (pos and [[r.start, r.end] for r in hits] != pos):
                mismatches.add(text)
            elif etype == "IP_ADDRESS" and any((r.score >= 0.5) != (hi >= 0.5) for r, (_, hi) in zip(hits, case[3])):
                mismatches.add(text)  # Presidio's weak findings must be weak here too, its strong ones strong
    assert n == 466
    assert mismatches == PRESIDIO_DEVIATIONS


def test_neednlab_sentences_exact_counts():
    types = {
        "CN_PHONE_NUMBER": "PHONE_NUMBER",
        "CN_ID_CARD": "CN_RESIDENT_ID",
        "CN_BANK_CARD": "BANK_CARD",
        "CN_PASSPORT": "PASSPORT",
        "CN_EMAIL": "EMAIL_ADDRESS",
    }
    phone = PhoneNumberRecognizer()
    for item in CN["items"]:
        et = types[item["entity_type"]]
        rec = phone if et == "PHONE_NUMBER" else BY_TYPE[et]
        hits = [r for r in rec.find(fold(item["text"])) if r.score >= 0.5]
        assert len(hits) == item["expected_count"], item["text"]


def test_neednlab_value_lists():
    phone = PhoneNumberRecognizer()
    recs = {
        "TestCNPhoneRecognizer": phone,
        "TestCNIDCardRecognizer": BY_TYPE["CN_RESIDENT_ID"],
        "TestCNBankCardRecognizer": BY_TYPE["BANK_CARD"],
        "TestCNPassportRecognizer": BY_TYPE["PASSPORT"],
        "TestCNEmailRecognizer": BY_TYPE["EMAIL_ADDRESS"],
    }
    for block in CN["value_lists"]:
        positive = block["expect"].startswith("valid")
        for v in block["values"]:
            if positive and v == "AB123456":
                continue  # two letters and six digits: not a current PRC passport layout
            text = f"护照号{v}" if "Passport" in block["class"] and v else v
            hits = [r for r in recs[block["class"]].find(fold(text)) if r.score >= 0.5]
            assert bool(hits) == positive, (block["class"], v)


# --------------------------------------------------------------------------- factory and Presidio engine


def test_recognizers_factory_one_instance_per_class():
    recs = identifiers.recognizers("zh")
    assert [type(r) for r in recs] == [
        CnResidentIdRecognizer,
        BankCardRecognizer,
        EmailAddressRecognizer,
        IpAddressRecognizer,
        SsnRecognizer,
        IbanCodeRecognizer,
        PassportRecognizer,
        LicensePlateRecognizer,
        QqNumberRecognizer,
        WeChatIdRecognizer,
        MacAddrRecognizer,
        DriverLicenseRecognizer,
        MedicalRecordNumberRecognizer,
        ProfileUrlRecognizer,
        DateOfBirthRecognizer,
    ]
    assert {r.supported_language for r in recs} == {"zh"}
    assert sorted(e for r in recs for e in r.supported_entities) == sorted(GOLDEN)


@pytest.fixture(scope="module")
def analyzer():
    os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    nlp = NlpEngineProvider(
        nlp_configuration={"nlp_engine_name": "no_op", "models": [{"lang_code": "en", "model_name": "no_op"}]}
    ).create_engine()
    registry = RecognizerRegistry(supported_languages=["en"])
    for r in identifiers.recognizers("en"):
        registry.add_recognizer(r)
    return AnalyzerEngine(nlp_engine=nlp, registry=registry, supported_languages=["en"])


@pytest.mark.parametrize(
    ("entity", "text", "values"),
    [(e, t, x) for e, cases in GOLDEN.items() for t, x in cases[:1] if x and fold(t) == t],
)
def test_each_class_inside_a_presidio_analyzer_engine(analyzer, entity, text, values):
    res = sorted(
        analyzer.analyze(text=text, language="en", entities=[entity], score_threshold=0.5), key=lambda r: r.start
    )
    assert [(r.entity_type, text[r.start : r.end]) for r in res] == [(entity, v) for v in values]
    assert res[0].recognition_metadata["recognizer_name"] == type(BY_TYPE[entity]).__name__


def test_engine_supports_every_entity(analyzer):
    assert set(analyzer.get_supported_entities("en")) == set(GOLDEN)


# --------------------------------------------------------------------------- Chinese-only keys

ZH_QQ = QqNumberRecognizer(supported_language="zh")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("加我Q：12345678", ["12345678"]),
        ("Q群：87654321，欢迎", ["87654321"]),
        ("Q号：12345678", ["12345678"]),
        ("Q：12345678\n微信：abc_123", ["12345678"]),
        ("Q：20000人已加入", []),
        ("IQ：12345", []),
        ("FAQ: 12345678", []),
    ],
)
def test_q_key_in_chinese_text(text, expected):
    t = fold(text)
    assert ZH_QQ.may_match(t) or not ZH_QQ.find(t)
    assert [text[r.start : r.end] for r in ZH_QQ.find(t) if r.score >= 0.5] == expected
    # the English recognizer never reads ``Q:`` as a QQ key
    assert found(text, "QQ_NUMBER") == []


def test_same_date_spans_follow_a_birth_date_across_formats():
    births = identifiers.calendar_dates("1/19/1965")
    assert births == {(1965, 1, 19)}
    text = "Same date: January 19, 1965; visit 1965-01-20; 19 Jan 1965; 1965年1月19日"
    spans = identifiers.same_date_spans(text, births)
    assert [text[s:e] for s, e in spans] == ["January 19, 1965", "19 Jan 1965", "1965年1月19日"]
    assert identifiers.same_date_spans(text, set()) == []
    assert identifiers.same_date_spans("no year here", births) == []


# --------------------------------------------------------------------------- round 2: more written forms

MORE_FORMS: list[tuple[str, str, list[str]]] = [
    # passports: label abbreviations, the cue after the value, a type key then a number key
    ("PASSPORT", "PP no: 547382910", ["547382910"]),
    ("PASSPORT", "PP# K4829103", ["K4829103"]),
    ("PASSPORT", "Pass. No. 547382910", ["547382910"]),
    ("PASSPORT", "Travel document no. X1234567", ["X1234567"]),
    ("PASSPORT", "547382910 is my passport number.", ["547382910"]),
    ("PASSPORT", "E12345678（护照）", ["E12345678"]),
    ("PASSPORT", "PASSPORT NUMBER : 5 4 7 3 8 2 9 1 0", ["5 4 7 3 8 2 9 1 0"]),
    ("PASSPORT", "姓名：张伟 护照号 E 1234 5678", ["E 1234 5678"]),
    ("PASSPORT", "Passport 547 382 910", ["547 382 910"]),
    ("PASSPORT", "Doc type: Passport; Doc no: 547382910", ["547382910"]),
    ("PASSPORT", "ID type: passport, number: K4829103", ["K4829103"]),
    ("PASSPORT", "Passport Number：５４７３８２９１０", ["５４７３８２９１０"]),
    ("PASSPORT", "passport (UK): 123456789", ["123456789"]),
    ("PASSPORT", "Passport (DE) C01X00T47", ["C01X00T47"]),
    ("PASSPORT", "547382910 (passport)", ["547382910"]),
    ("PASSPORT", "Form 123456789 is the passport application form.", []),
    ("PASSPORT", "See pp. 123-145 of the report.", []),
    ("PASSPORT", "The PP no. of items was 12.", []),
    ("PASSPORT", "Order 547382910 shipped; passport photo attached.", []),
    ("PASSPORT", "Pass the number 547382910 to the function.", []),
    ("PASSPORT", "5 4 7 3 8 2 9 1 0 is my passport", []),  # spaced values only after a cue
    # driving licences
    ("DRIVER_LICENSE", "Driver's Lic. D1234567", ["D1234567"]),
    ("DRIVER_LICENSE", "Driver’s Lic #: D123-4567-8901", ["D123-4567-8901"]),
    ("DRIVER_LICENSE", "Lic. No. S530-4601-2345", ["S530-4601-2345"]),
    ("DRIVER_LICENSE", "IL DL S53046012345", ["S53046012345"]),
    ("DRIVER_LICENSE", "driver's license (TX) 12345678", ["12345678"]),
    ("DRIVER_LICENSE", "D1234567 (driver's license)", ["D1234567"]),
    ("DRIVER_LICENSE", "D1234567 is my driving licence", ["D1234567"]),
    ("DRIVER_LICENSE", "驾驶证档案编号：110100123456", ["110100123456"]),
    ("DRIVER_LICENSE", "Licence No MORGA 753116 SM9IJ", ["MORGA 753116 SM9IJ"]),
    ("DRIVER_LICENSE", "驾驶证档案号 110100123456", ["110100123456"]),
    # after a replacement, a comma and 档案编号 must not carry the cue on to the next number (the gate re-checks)
    ("DRIVER_LICENSE", "驾驶证号码是<CN_RESIDENT_ID_1>，档案编号110100123456", []),
    ("DRIVER_LICENSE", "Form 12345678 is the driver's license application.", []),
    ("DRIVER_LICENSE", "The license is MIT 2019 edition.", []),
    ("DRIVER_LICENSE", "Lic. No. of units: 12", []),
    ("DRIVER_LICENSE", "License: Apache 2.0", []),
    # dates of birth: two-digit years after a strong cue, a place between cue and date
    ("DATE_OF_BIRTH", "DOB 3/5/90", ["3/5/90"]),
    ("DATE_OF_BIRTH", "Date of birth: 05.03.90", ["05.03.90"]),
    ("DATE_OF_BIRTH", "born on 12/25/85", ["12/25/85"]),
    ("DATE_OF_BIRTH", "Birthdate: Dec 25 '85", ["Dec 25 '85"]),
    ("DATE_OF_BIRTH", "Patient, 34, DOB 5-Mar-90", ["5-Mar-90"]),
    ("DATE_OF_BIRTH", "出生日期：90年3月5日", ["90年3月5日"]),
    ("DATE_OF_BIRTH", "出生：90.03.05", ["90.03.05"]),
    ("DATE_OF_BIRTH", "出生年月日：900305", ["900305"]),
    ("DATE_OF_BIRTH", "born in Boston on 3 March 1990", ["3 March 1990"]),
    ("DATE_OF_BIRTH", "a. 1/2/34 b. 3/4/56", []),  # ``b.`` is no strong cue for a two-digit year
    ("DATE_OF_BIRTH", "In 1990 she was born; on 3/5/90 the company moved.", []),
    ("DATE_OF_BIRTH", "Ratio 3/5/90 of the mixture.", []),
    ("DATE_OF_BIRTH", "DOB: 13/13/90", []),  # no real date
    ("DATE_OF_BIRTH", "Born in Boston. On 3 March 2020 the firm opened.", []),
    # obfuscated e-mail addresses
    ("EMAIL_ADDRESS", "email: ann.lee(at)gmail.com", ["ann.lee(at)gmail.com"]),
    ("EMAIL_ADDRESS", "email: ann.lee [at] gmail [dot] com", ["ann.lee [at] gmail [dot] com"]),
    ("EMAIL_ADDRESS", "mail me: ann.lee at gmail dot com", ["ann.lee at gmail dot com"]),
    ("EMAIL_ADDRESS", "邮箱：zhangsan（at）163.com", ["zhangsan（at）163.com"]),
    ("EMAIL_ADDRESS", "We met at noon at the cafe dot com era.", []),
    ("EMAIL_ADDRESS", "Look at the data [at] index 3.", []),
    ("EMAIL_ADDRESS", "Price @ 5.com", []),
    ("EMAIL_ADDRESS", "The x(at)y notation", []),
    # WeChat after 加我v / +V
    ("WECHAT_ID", "加我v zhangsan1990", ["zhangsan1990"]),
    ("WECHAT_ID", "加vx：zhang_san88 备注", ["zhang_san88"]),
    ("WECHAT_ID", "+V: wx_2094abc", ["wx_2094abc"]),
    ("WECHAT_ID", "加V领取资料", []),
    ("WECHAT_ID", "Solve x + v speed2 for x.", []),
    # WeChat after a cue, a short clause and 是 / ： (a question answered in the same line)
    ("WECHAT_ID", "方便加个微信吗？我的是KangHai65。", ["KangHai65"]),
    ("WECHAT_ID", "微信的话，我的是：zheng-fs_2000", ["zheng-fs_2000"]),
    ("WECHAT_ID", "Add me on WeChat, mine is: li_wei88", ["li_wei88"]),
    ("WECHAT_ID", "微信是一个很好用的App。", []),  # no digit, _ or -
    ("WECHAT_ID", "微信支付的订单号是ORDER2024", []),  # the clause is too long for a cue of the id
    ("WECHAT_ID", "方便加个微信吗？\n我的是KangHai65", []),  # another line
    # WeChat column of a pipe-separated export without a |---| row
    ("WECHAT_ID", "ID | 联系人 | 微信 | QQ\nL-01 | 莫睿建 | ruijianmo321 | 3511407503", ["ruijianmo321"]),
    ("WECHAT_ID", "ID | 联系人 | 来源 | QQ\nL-01 | 莫睿建 | ruijianmo321 | 3511407503", []),
    # a parenthesised qualifier of the key, before its colon
    ("PASSPORT", "SSN: 195 13 6234   Passport (work authorization): N29889942", ["N29889942"]),
    ("PASSPORT", "护照（外籍员工）：E12345678", ["E12345678"]),
    ("PASSPORT", "Passport (see section 2) N29889942 order", []),
    # a Chinese passport layout in an identity-document column (a foreigner's passport under 身份证号)
    ("PASSPORT", "姓名,学号,身份证号\n苏英,2021010233,310104195410291653\n逯秀,2023120458,E93834512", ["E93834512"]),
    ("PASSPORT", "姓名,证件号码\n逯秀,EA1234567", ["EA1234567"]),
    ("PASSPORT", "姓名,订单ID\n逯秀,E93834512", []),  # an order id column: no identity document
    ("PASSPORT", "name,user id\nAnn,E93834512", []),
    # commercial driver's licences
    ("DRIVER_LICENSE", "Driver: Kenji Tanaka  CDL# 12879869", ["12879869"]),
    ("DRIVER_LICENSE", "Commercial driver's license no. A1234567", ["A1234567"]),
    ("DRIVER_LICENSE", "Driver's license (class A, Texas): 12345678", ["12345678"]),
    ("DRIVER_LICENSE", "CDLC 12879869 is a model number", []),
]


@pytest.mark.parametrize(("entity", "text", "expected"), MORE_FORMS)
def test_more_written_forms(entity, text, expected):
    assert [v for _, v in found(text, entity)] == expected


def test_two_digit_year_readings():
    assert identifiers.calendar_dates("3/5/90") == {(1990, 3, 5), (1990, 5, 3)}
    assert identifiers.calendar_dates("05.03.90") == {(1990, 3, 5), (1990, 5, 3)}
    assert identifiers.calendar_dates("90.03.05") == {(1990, 3, 5)}  # 90 is no day or month: the year
    assert identifiers.calendar_dates("900305") == {(1990, 3, 5)}
    assert identifiers.calendar_dates("Dec 25 '85") == {(1985, 12, 25)}
    assert identifiers.calendar_dates("5-Mar-05") == {(1905, 3, 5), (2005, 3, 5)}


@pytest.mark.parametrize("text", ["DOB 3/5/90", "出生年月日：900305", "Birthdate: Dec 25 '85", "DOB 5-Mar-90"])
def test_two_digit_year_prefilter(text):
    rec = DateOfBirthRecognizer()
    assert rec.may_match(fold(text))
    assert not rec.may_match(fold(text.replace("DOB", "ref").replace("出生年月日", "编号").replace("Birthdate", "Due")))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("光猫 MAC 地址：00-1A-2B-D5-6C-C8", [("MAC_ADDRESS", "00-1A-2B-D5-6C-C8")]),  # after a Chinese key colon
        ("路由器地址：3C-22-FB-1A-9E-07", [("MAC_ADDRESS", "3C-22-FB-1A-9E-07")]),
        ("mac:aa:bb:cc:dd:ee:01", [("MAC_ADDRESS", "aa:bb:cc:dd:ee:01")]),
        ("addr fe80::1a:2b:3c:4d:5e:6f/64", []),  # an IPv6 tail, not a MAC
        ("2001:db8:1a:2b:3c:4d:5e:6f", []),
    ],
)
def test_mac_after_a_key_colon(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, "MAC_ADDRESS") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- Insurance member ID: PX2171703", [("MEDICAL_RECORD_NUMBER", "PX2171703")]),
        ("Health plan member #: W123456789", [("MEDICAL_RECORD_NUMBER", "W123456789")]),
        ("Subscriber ID: XQZ88231", [("MEDICAL_RECORD_NUMBER", "XQZ88231")]),
        ("医保卡号：1100012345678", [("MEDICAL_RECORD_NUMBER", "1100012345678")]),
        ("USAT member #: 2100459871", []),  # a club membership number: no health-insurance word
        ("Member number 4 of the team", []),
    ],
)
def test_health_insurance_member_ids(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, "MEDICAL_RECORD_NUMBER") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cloning https://github.com/rdai/order-api.git", ["https://github.com/rdai"]),
        ("git clone git@x; https://gitee.com/chenjia-luo/demo", ["https://gitee.com/chenjia-luo"]),
        ("see github.com/zhuyan/notes/blob/main/a.md", ["github.com/zhuyan"]),
        # projects and companies own repositories under words, not names
        ("pip install from https://github.com/tensorflow/tensorflow", []),
        ("https://github.com/golang/go and https://github.com/scikit-learn/scikit-learn", []),
        ("https://github.com/baidu/amis, https://github.com/meituan/WMRouter", []),
    ],
)
def test_repository_owned_by_a_romanised_chinese_name(text: str, expected: list[str]) -> None:
    assert [v for _, v in found(text, "PROFILE_URL")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('applicant.dob  = Date.parse("1947-04-18")', ["1947-04-18"]),
        ("birth_date=date.fromisoformat('1990-03-05')", ["1990-03-05"]),
        ('dob: new Date("1990-03-05")', ["1990-03-05"]),
        ('created = Date.parse("2024-01-02")', []),  # not a birth key
        ("release_date = date(2020, 1, 2)", []),
    ],
)
def test_birth_date_passed_to_a_date_constructor(text: str, expected: list[str]) -> None:
    assert [v for _, v in found(text, "DATE_OF_BIRTH")] == expected


# --------------------------------------------------------------------------- round 7 (heldout5 forms)


@pytest.mark.parametrize(
    ("text", "entity", "expected"),
    [
        # a resident ID glued to a word that starts with a numeral (一致): the numeral is no check digit
        ("也应与身份证号210102200107149010一致。", "CN_RESIDENT_ID", ["210102200107149010"]),
        # health-check and blood-donation numbers key a medical record
        ("体检编号：MZ1147090077", "MEDICAL_RECORD_NUMBER", ["MZ1147090077"]),
        ("、体检编号MZ1147090077，以及", "MEDICAL_RECORD_NUMBER", ["MZ1147090077"]),
        ("献血证号：320100123456", "MEDICAL_RECORD_NUMBER", ["320100123456"]),
        ("my donor number is 002564938, email", "MEDICAL_RECORD_NUMBER", ["002564938"]),
        ("O neg - donor no. 006754606 - x", "MEDICAL_RECORD_NUMBER", ["006754606"]),
        ("Blood donor ID: BD-2024-118342", "MEDICAL_RECORD_NUMBER", ["BD-2024-118342"]),
        # a UK registration of the current form with a vehicle word on its line
        ("the car you rented (FK57 RXE) was caught", "LICENSE_PLATE", ["FK57 RXE"]),
        ("Vehicle: silver Ford Focus, QJ69AUD", "LICENSE_PLATE", ["QJ69AUD"]),
        ("VL61 LLD was parked on the kerb", "LICENSE_PLATE", ["VL61 LLD"]),
    ],
)
def test_round7_forms(text, entity, expected):
    assert [v for e, v in found(text, entity)] == expected


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("organ donor 12345678", "MEDICAL_RECORD_NUMBER"),  # no number word after donor
        ("Donor wall: 2,500 names", "MEDICAL_RECORD_NUMBER"),
        ("Model AB12 CDE ships in May.", "LICENSE_PLATE"),  # the UK form without a vehicle word
        ("I found booking DD620567667824 for FK57 RXE.", "LICENSE_PLATE"),
        ("the car you rented (FK5 RXE)", "LICENSE_PLATE"),  # not the UK form
    ],
)
def test_round7_negatives(text, entity):
    assert found(text, entity) == []


# --------------------------------------------------------------------------- round 8 (heldout6 forms)


@pytest.mark.parametrize(
    ("text", "entity", "expected"),
    [
        # a first-generation (15-digit) ID under an API field or a pinyin field name
        ('{"name":"张伟","idNo":"330106790812913","phone":"x"}', "CN_RESIDENT_ID", ["330106790812913"]),
        ("变量input里的idNo只有15位（330106790812913），而接口要求18位", "CN_RESIDENT_ID", ["330106790812913"]),
        ("id_number=110108320102105&", "CN_RESIDENT_ID", ["110108320102105"]),
        ('{"xm":"x","sfzh":"510107640128907"}', "CN_RESIDENT_ID", ["510107640128907"]),
        # a Chinese passport shape in a hotel list's DOC NO column
        ("ROOM,NAME,DOC NO,VIP\n602,GU Zining,G29809039,VIP", "PASSPORT", ["G29809039"]),
        ("Guest | Document number\nXu Lebo | E27030423", "PASSPORT", ["E27030423"]),
        # a health certificate (健康证) number keys a person's examination record
        ("健康证号MZ8198834475，月薪7500元", "MEDICAL_RECORD_NUMBER", ["MZ8198834475"]),
        ("健康证编号：008772572", "MEDICAL_RECORD_NUMBER", ["008772572"]),
        ("Health certificate no. 62362396", "MEDICAL_RECORD_NUMBER", ["62362396"]),
        # 生辰 (time of birth) and a parenthesised qualifier after the birth key
        ("祈福人=x&生辰=19380817&手机=y", "DATE_OF_BIRTH", ["19380817"]),
        ("生辰：1938年8月17日", "DATE_OF_BIRTH", ["1938年8月17日"]),
        ("Date of birth (for identification): 07/13/1992", "DATE_OF_BIRTH", ["07/13/1992"]),
        # a MAC before a (folded full-width) colon
        ("设备MAC地址A4-C3-F0-5D-7E-65：属于设备标识", "MAC_ADDRESS", ["A4-C3-F0-5D-7E-65"]),
        ("设备MAC地址28cf.e99b.78e8：属于设备标识", "MAC_ADDRESS", ["28cf.e99b.78e8"]),
        ("mac a4:c3:f0:5d:7e:65: up", "MAC_ADDRESS", ["a4:c3:f0:5d:7e:65"]),
        # a WeChat field written as one snake- or camel-case key
        ("device_mac=x wx_openid_bind=yzou4770 qq=12345678", "WECHAT_ID", ["yzou4770"]),
        ('"wechatAccount": "lily_88"', "WECHAT_ID", ["lily_88"]),
        # a card in a CSV cell after a cell ending in a digit (not a group of thousands)
        ("412,NOOR KHALIL,US,G61931382,4683216368332431,x@y.com", "BANK_CARD", ["4683216368332431"]),
        ("US,198070652,3777 587201 60538,x", "BANK_CARD", ["3777 587201 60538"]),
        ("Static IP: 120.47.160.251 | netmask 255.255.255.248", "IP_ADDRESS", ["120.47.160.251"]),
    ],
)
def test_round8_forms(text, entity, expected):
    assert [v for e, v in found(text, entity)] == expected


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("order=330106790812913 idle", "CN_RESIDENT_ID"),  # no identity cue (idle is no id)
        ("Document No. G29809039 of the invoice batch", "PASSPORT"),  # a cue before, not a column header
        ("健康证明要去医院办理，费用8000元", "MEDICAL_RECORD_NUMBER"),
        ("生辰八字怎么算？2024年的运势", "DATE_OF_BIRTH"),  # no date right after the cue
        ("Born (in the spring) of an old family", "DATE_OF_BIRTH"),
        ("fe80:a4:c3:f0:5d:7e:65:1", "MAC_ADDRESS"),  # seven groups: an address of another kind
        ("wx_appid=wx1234567890abcd", "WECHAT_ID"),  # an app's id
        ("wx_mch_id=mch_1900000109", "WECHAT_ID"),  # a merchant's id
        ("wechat_pay_order=ord_2024_77", "WECHAT_ID"),
        ("Total: 1,234,567,890,123,456 units", "BANK_CARD"),  # groups of thousands
        ("x = 0,5355201248004560", "BANK_CARD"),  # a decimal comma
        # a cue whose value was replaced before: the next word is not its value (the residual check)
        ("Khalid Aziz (WeChat <WECHAT_ID_1>). Ji-woo is not confirmed", "WECHAT_ID"),
        ("{'wechat': '<WECHAT_ID_1>', 'bind_mac': 'DC:A6'}", "WECHAT_ID"),
        ("netmask 255.255.255.248", "IP_ADDRESS"),  # a netmask (240.0.0.0/4 and up): no host
        ("broadcast 255.255.255.255, reserved 240.0.0.1", "IP_ADDRESS"),
    ],
)
def test_round8_negatives(text, entity):
    assert found(text, entity) == []


# --------------------------------------------------------------------------- round 9 (heldout7 forms)


@pytest.mark.parametrize(
    ("text", "entity", "expected"),
    [
        # a MAC as the last segment of a colon-joined key (a cache or rate-limit key)
        ('4) "rl:dev:a4:c3:f0:2a:5d:43"', "MAC_ADDRESS", ["a4:c3:f0:2a:5d:43"]),
        ("device:mac:28:CF:E9:C3:FA:4C", "MAC_ADDRESS", ["28:CF:E9:C3:FA:4C"]),
        # a value inside an XML element named by its cue
        ("<SSN>123456789</SSN>\n<MRN>MR-2940155</MRN>\n<Payer>Aetna</Payer>", "MEDICAL_RECORD_NUMBER", ["MR-2940155"]),
        ("<xm>王伟</xm>\n<csrq>20000724</csrq>", "DATE_OF_BIRTH", ["20000724"]),
        # csrq: 出生日期 in pinyin initials, a Chinese public-security API field
        ("xm=王伟&csrq=19830225&lxdh=x", "DATE_OF_BIRTH", ["19830225"]),
    ],
)
def test_round9_forms(text, entity, expected):
    assert [v for e, v in found(text, entity)] == expected


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("fe80::a4:c3:f0:2a:5d:43", "MAC_ADDRESS"),  # an IPv6 address: its groups are hex only
        ("addr:ab:cd:a4:c3:f0:2a:5d:43", "MAC_ADDRESS"),  # eight groups after the key: no MAC
        ("<MRN>pending</MRN> <Visit>2024-03-01</Visit>", "MEDICAL_RECORD_NUMBER"),  # no record number in it
        ("<VisitDate>20000724</VisitDate>", "DATE_OF_BIRTH"),  # an element that is no birth key
        ("the csrqx 20000724", "DATE_OF_BIRTH"),  # csrq only as a whole key
    ],
)
def test_round9_negatives(text, entity):
    assert found(text, entity) == []


# --------------------------------------------------------------------------- round 10 (heldout8 forms)


@pytest.mark.parametrize(
    ("text", "entity", "expected"),
    [
        # national health-service and public health-insurance numbers
        ("NHS number: 004016596\nPrevious address", "MEDICAL_RECORD_NUMBER", ["004016596"]),
        ("NHS no. 4857773456", "MEDICAL_RECORD_NUMBER", ["4857773456"]),
        ("Medicaid ID 00123456", "MEDICAL_RECORD_NUMBER", ["00123456"]),
        ("OHIP: 1234567890", "MEDICAL_RECORD_NUMBER", ["1234567890"]),
        ("Health card number 98765432", "MEDICAL_RECORD_NUMBER", ["98765432"]),
        # a record, file or number key after a word naming who keeps it
        ("Treating physician record # MR-1902062\nDL: x", "MEDICAL_RECORD_NUMBER", ["MR-1902062"]),
        ("seen at clinic (record PX6230981) for mild hypertension", "MEDICAL_RECORD_NUMBER", ["PX6230981"]),
        ("yes, clinic record KP7899050. DOB", "MEDICAL_RECORD_NUMBER", ["KP7899050"]),
        ("Medical/ID number: 30918163", "MEDICAL_RECORD_NUMBER", ["30918163"]),
        ("the GP's file 2021-004829", "MEDICAL_RECORD_NUMBER", ["2021-004829"]),
        ("Hospital ID: HV1234567", "MEDICAL_RECORD_NUMBER", ["HV1234567"]),
        ("Encounter #: 88120345", "MEDICAL_RECORD_NUMBER", ["88120345"]),
        ("accession no. S2024-0031877", "MEDICAL_RECORD_NUMBER", ["S2024-0031877"]),
        ("居民健康档案编号：3301060200512", "MEDICAL_RECORD_NUMBER", ["3301060200512"]),
        ("原诊所档案号MZ2023018877）", "MEDICAL_RECORD_NUMBER", ["MZ2023018877"]),
        ("急诊号：JZ20240311007", "MEDICAL_RECORD_NUMBER", ["JZ20240311007"]),
        ('{"medicalRecordNo": "MR-1234567"}', "MEDICAL_RECORD_NUMBER", ["MR-1234567"]),
        ("病人ID：ZY2023041588，患者编号 MZ1234567890", "MEDICAL_RECORD_NUMBER", ["ZY2023041588", "MZ1234567890"]),
        ("就诊ID: MZ1234567890", "MEDICAL_RECORD_NUMBER", ["MZ1234567890"]),
        ("Rego: ABC123", "LICENSE_PLATE", ["ABC123"]),
        # a vehicle described by its colour and make or model, then its plate
        ("3 seats, Ann Lee 701-555-0113, silver Prius 5EGF650\n- need a ride", "LICENSE_PLATE", ["5EGF650"]),
        ("black Honda Civic, 7ABC123", "LICENSE_PLATE", ["7ABC123"]),
        ("white Model 3 (8XYZ123)", "LICENSE_PLATE", ["8XYZ123"]),
        # a form line whose key names the value, whatever else the key says
        (
            "Dad: D. Sharp\nMedicare card # he gave me: 009434689\nHome: 1 Elm St",
            "MEDICAL_RECORD_NUMBER",
            ["009434689"],
        ),
        ("Passport (the one I travel on): 957063943", "PASSPORT", ["957063943"]),
        ("- Vehicle reg we were driving: AB12 CDE", "LICENSE_PLATE", ["AB12 CDE"]),
        # the items of a list under a heading naming the values
        (
            "Paris trip passports:\n- Hunter Johnson: 957063943, born 11/05/2003\n- Rita Green: 267783025, born 1981",
            "PASSPORT",
            ["957063943", "267783025"],
        ),
        ("MRNs to pull:\n1. MR-2940155\n2. MR-2940156", "MEDICAL_RECORD_NUMBER", ["MR-2940155", "MR-2940156"]),
    ],
)
def test_round10_forms(text, entity, expected):
    assert [v for e, v in found(text, entity)] == expected


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("Medicare Part B covers 80 percent", "MEDICAL_RECORD_NUMBER"),  # no number after the cue
        ("the clinic recorded 12345 visits", "MEDICAL_RECORD_NUMBER"),  # "recorded" is no record key
        ("chip number 12345678", "MEDICAL_RECORD_NUMBER"),  # chi only as a word
        ("the unit number 12345 of the warehouse", "MEDICAL_RECORD_NUMBER"),
        ("档案编号：20240311007", "MEDICAL_RECORD_NUMBER"),  # a file number of no medical keeper
        ("regional code ABC123", "LICENSE_PLATE"),  # rego only as a word
        ("a red Ferrari F40", "LICENSE_PLATE"),  # a model name, not two digits and two letters
        ("the blue Galaxy S24 in stock", "LICENSE_PLATE"),
        ("Buy the Black Friday deal AB12CD", "LICENSE_PLATE"),  # a word between the colour and the code
        ("white Nike AF1 size 42", "LICENSE_PLATE"),
        ("Passport office phone: 957063943", "PASSPORT"),  # the key names a phone
        ("Passport expiry: 20310305", "PASSPORT"),
        ("Phone: 957063943", "PASSPORT"),  # a key without a passport cue
        ("Notes on the passport:\nWe met at 10.\n- 957063943 items shipped", "PASSPORT"),  # prose after the heading
        ("Passports:\n- Ann: renewed in 2019, 957063943 on file", "PASSPORT"),  # not right after the item's key
        ("Passports checked:\nAnn 957063943", "PASSPORT"),  # a line without a bullet is no item
        ("Passport and phone numbers:\n- Ann: 957063943", "PASSPORT"),  # the heading's last cue names phones
        ("Chart of accounts:\n- 10100 Cash\n- 10200 Receivables", "MEDICAL_RECORD_NUMBER"),  # a word after it
        ("Chart of accounts: 10100 Cash", "MEDICAL_RECORD_NUMBER"),
    ],
)
def test_round10_negatives(text, entity):
    assert found(text, entity) == []


@pytest.mark.parametrize(
    ("text", "entity", "expected"),
    [
        # a US state's ID card, numbered by its licence office: the state before ``ID`` or in brackets after
        ("two renters (SSN 1, TX ID 25096153) and (FL ID X584-105-04-698-4)", "DRIVER_LICENSE",
         ["25096153", "X584-105-04-698-4"]),
        ("Signature card: Ann Lee, ID 25096153 (TX)", "DRIVER_LICENSE", ["25096153"]),
        ("CA state ID #: D1234567", "DRIVER_LICENSE", ["D1234567"]),
        # a learner's or instruction permit is numbered like the licence
        ("Learner permit #: A2889139", "DRIVER_LICENSE", ["A2889139"]),
        ("we have the learner's permit A2889139 on file", "DRIVER_LICENSE", ["A2889139"]),
        ("Instruction permit no. 123 456 789", "DRIVER_LICENSE", ["123 456 789"]),
        # a file number in a medical text; a REST path of a patient
        ("眼视光中心 验光单\n档案号：12437839\n", "MEDICAL_RECORD_NUMBER", ["12437839"]),
        ("已按档案2022-756622的原处方配镜", "MEDICAL_RECORD_NUMBER", ["2022-756622"]),
        ("navigation /patients/MR-0847084/intake", "MEDICAL_RECORD_NUMBER", ["MR-0847084"]),
        ("影响用户：某人（QQ登录，id 973867638，IP 1.2.3.4）", "QQ_NUMBER", ["973867638"]),
    ],
)  # fmt: skip
def test_round11_forms(text, entity, expected):
    assert [v for e, v in found(text, entity)] == expected


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("Sort by ID 12345 (asc)", "DRIVER_LICENSE"),  # no state in the brackets
        ("WHERE a = 1 OR ID 123456", "DRIVER_LICENSE"),  # OR and IN are words before ID
        ("tx id 25096153", "DRIVER_LICENSE"),  # state and ID in capitals only
        ("parking permit 123456", "DRIVER_LICENSE"),  # a permit of no learner
        ("人事档案号：12437839", "MEDICAL_RECORD_NUMBER"),  # a file number in no medical text
        ("the patients/ folder has 12345 files", "MEDICAL_RECORD_NUMBER"),
        ("QQ登录，共有 973867638 次", "QQ_NUMBER"),  # a count, no id key
    ],
)
def test_round11_negatives(text, entity):
    assert found(text, entity) == []


@pytest.mark.parametrize(
    ("text", "entity", "expected"),
    [
        # a passport in a file's name after the cue and a few words
        ("HP_LaserJet_M507 kingk 1187 total 4 - Passport_scan_387884657.pdf - -", "PASSPORT", ["387884657"]),
        ("attached passport-copy-front-E12345678.jpg", "PASSPORT", ["E12345678"]),
        ("Passport scan X24153895_2024.png", "PASSPORT", ["X24153895"]),
        # a Chinese layout after a Chinese certificate's key; seafarer documents are passport cues
        ("船长：苏慧  手机：15896625600  船员证：G22644721", "PASSPORT", ["G22644721"]),
        ("工作证号 EC6244564", "PASSPORT", ["EC6244564"]),
        ("Seaman's book no. 547382910", "PASSPORT", ["547382910"]),
        # the US tax forms filled in with the SSN; a form key whose cue a prepositional phrase qualifies
        ("1709009131,dai_ze,HP-M428-3F,W-9_Le Thi Nam_802997309.pdf,1", "US_SSN", ["802997309"]),
        ("Subscriber: Lopez, Mateo\nSSN on account: 742361301\nRecords: 412", "US_SSN", ["742361301"]),
        ("SSN of the card holder: 742361301", "US_SSN", ["742361301"]),
        # hospital information systems' pinyin keys: BAH 病案号, ZYH 住院号, MZH 门诊号
        ("BAH,XM,XB,CSRQ\n007324369,于佳轩,男,19920526", "MEDICAL_RECORD_NUMBER", ["007324369"]),
        ("字段没有错位：BAH=007324369，ZYH=ZY2018892807。", "MEDICAL_RECORD_NUMBER", ["007324369", "ZY2018892807"]),
        ("MZH: MZ20230415", "MEDICAL_RECORD_NUMBER", ["MZ20230415"]),
        # a private address ending in .1 outside a network's description, and a resolver's neighbour, stay
        ("ssh admin@192.168.31.1 failed", "IP_ADDRESS", ["192.168.31.1"]),
        ("router logs: client 192.168.31.23 joined", "IP_ADDRESS", ["192.168.31.23"]),
        ("home IP 8.8.8.9", "IP_ADDRESS", ["8.8.8.9"]),
    ],
)  # fmt: skip
def test_round12_forms(text, entity, expected):
    assert [v for e, v in found(text, entity)] == expected


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("Passport_scan_387884657 was mentioned", "PASSPORT"),  # no file name: no extension
        ("passport photo guidelines v2 2024.pdf", "PASSPORT"),  # no number shape
        ("许可证：123456789", "PASSPORT"),  # a certificate key's value needs the Chinese layout
        ("W-9 form has 12 fields, id 123456789", "US_SSN"),  # an id key is closer than the form
        ("Card on file: 742361301", "US_SSN"),  # no SSN cue at all
        ("Bah, 12345 people came", "MEDICAL_RECORD_NUMBER"),  # a pinyin key needs = or a colon, or a column
        ("XM,XB\n张三,12345678", "MEDICAL_RECORD_NUMBER"),
        ("zyh: 12345678", "MEDICAL_RECORD_NUMBER"),  # field names in capitals only
        # a router's .1 in a network's description, and public resolvers anywhere
        ("Xiaomi-Router-AX3000  AC:DE:48:0C:36:81  192.168.31.1   永久", "IP_ADDRESS"),
        ("default via 10.0.0.1 dev eth0", "IP_ADDRESS"),
        ("局域网网关 172.16.0.1", "IP_ADDRESS"),
        (";; SERVER: 223.5.5.5#53  WHEN: 1686900450", "IP_ADDRESS"),
        ("DNS 114.114.114.114 / 8.8.8.8 / 1.1.1.1 / 9.9.9.9", "IP_ADDRESS"),
        ("nameserver 2606:4700:4700::1111", "IP_ADDRESS"),
    ],
)
def test_round12_negatives(text, entity):
    assert found(text, entity) == []


def test_round12_a_time_stamp_is_no_birth_date_candidate():
    rec = DateOfBirthRecognizer()
    stamp = '<Record sourceName="Ann Lee iPhone" startDate="2009-01-14 23:23:58" value="3120"/>'
    assert [r for r in rec.find(fold(stamp)) if r.entity_type == "DATE_OF_BIRTH"] == []
    line = "Ann Lee / 2009-01-14 / ann@x.org"
    assert [line[r.start : r.end] for r in rec.find(fold(line))] == ["2009-01-14"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural key and a list of values after it: each value of the passport's shape is one
        ("reside at 5 Main St. Passports: 153295901 / Y75215491; SSN of Ann: 123-45-6789.", ["153295901", "Y75215491"]),
        ("Passports: 153295901, X26318495", ["153295901", "X26318495"]),
        ("Passport: 153295901 and C12345678.", ["153295901", "C12345678"]),
        # a word after the next value, or no separator: the list stops at the first value
        ("Passport: 153295901, AB12345 Main St", ["153295901"]),
        ("Passport: 153295901 2024", ["153295901"]),
        # no cue: nothing
        ("passengers: 153295901 / Y75215491", []),
    ],
)
def test_round13_a_key_names_a_list_of_values(text: str, expected: list[str]) -> None:
    assert [text[f.start : f.end] for f in PassportRecognizer().find(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the patient's file or chart is a record kept by who names it
        ("Device: Oticon More 1 (left)\nPatient file: MR-9200128\n", ["MR-9200128"]),
        ("patient's chart PX1234567", ["PX1234567"]),
        # a hearing aid's fitting is a medical text: its file number is the patient's record
        ("客服：请问在哪个门店验配的？档案号多少？\n答：档案号 2017-970826，寄回", ["2017-970826"]),
        # no medical word: a file number is anything's; a file's size is no record
        ("档案号 2017-970826", []),
        ("Patient file size: 2048", []),
    ],
)
def test_round13_patient_files_and_hearing_aid_records(text: str, expected: list[str]) -> None:
    assert [text[f.start : f.end] for f in MedicalRecordNumberRecognizer().find(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an id in brackets after a cue and a short word, after "as", or as a command-line option's value
        ("- 微信实名（LuFangxin43）和支付宝", ["LuFangxin43"]),
        ("She's on WeChat as BalogunObinna73 or QQ", ["BalogunObinna73"]),
        ("0 */6 * * * ddns.sh --wx-notify HuangJie51\n", ["HuangJie51"]),
        ("ddns.sh --wechat=lily_88", ["lily_88"]),
        # words, versions, an app's option and another key's value are no ids
        ("WeChat as well", []),
        ("微信（推荐）", []),
        ("--wx-appid wx12345678", []),
        ("use WeChat (version 8.0.1)", []),
        ("微信支付（订单2024）", []),
    ],
)
def test_round13_wechat_ids_aside_and_as_options(text: str, expected: list[str]) -> None:
    assert [text[f.start : f.end] for f in WeChatIdRecognizer().find(text)] == expected


@pytest.mark.parametrize(
    ("text", "entity", "expected"),
    [
        # a key whose cue a phrase qualifies, its value ended by a column gap (the line's next field)
        ("Holder: Ines Duarte\nPassport held on file: 612345789  Loyalty: GOLD", "PASSPORT", ["612345789"]),
        ("Name: Ines Duarte  Passport used to book: X2345678  Seat 22C", "PASSPORT", ["X2345678"]),
        ("Passport on record: X2345678\tExpiry: 2031-05-01", "PASSPORT", ["X2345678"]),
        ("Member: Ines Duarte | SSN on the form: 612-34-5789 | plan B", "US_SSN", ["612-34-5789"]),
        # every registered road vehicle names its plate like a car does
        ("the kids got off the school bus 6KDP203 at 8:02", "LICENSE_PLATE", ["6KDP203"]),
        ("taxi LX19 ABC dropped her at the gate", "LICENSE_PLATE", ["LX19 ABC"]),
        ("孩子上了校车 8MNZ417，司机已确认", "LICENSE_PLATE", ["8MNZ417"]),
        ("ambulance 4TRW551 arrived at 02:10", "LICENSE_PLATE", ["4TRW551"]),
    ],
)  # fmt: skip
def test_round14_forms(text: str, entity: str, expected: list[str]) -> None:
    assert [v for e, v in found(text, entity)] == expected


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("Passport office: 612345789 Main Street", "PASSPORT"),  # another value's key, a word after the value
        ("Chart of accounts: 10100 Cash", "PASSPORT"),
        ("Passport photo size: 35x45  Price: 12", "PASSPORT"),
        ("take bus 42 to the station", "LICENSE_PLATE"),  # a route number
        ("the I2C bus 0x1F address", "LICENSE_PLATE"),
        ("PCI bus 0000:03:00.0 and USB bus 2", "LICENSE_PLATE"),
        ("a cab ride cost USD 12", "LICENSE_PLATE"),
        ("公交 K8 路", "LICENSE_PLATE"),
    ],
)
def test_round14_negatives(text: str, entity: str) -> None:
    assert found(text, entity) == []


@pytest.mark.parametrize(
    ("text", "entity", "expected"),
    [
        # round 15: the number of the file a clinic opens (建档) for a patient, in a medical text
        ("社区卫生服务中心\n建档卡号：FY-20210388  接种疫苗：乙肝第二针", "MEDICAL_RECORD_NUMBER", ["FY-20210388"]),
        ("孕检已在市妇幼建档，建档号 30415527，下次产检6月3日", "MEDICAL_RECORD_NUMBER", ["30415527"]),
        # maternity and child care are medical texts for a file number
        ("孕妇保健档案号：2020-448812", "MEDICAL_RECORD_NUMBER", ["2020-448812"]),
        # a demonstrative after 是 points back at the WeChat account itself
        ("有事找我，微信也是这个号：tang_lei2021", "WECHAT_ID", ["tang_lei2021"]),
        ("我的微信是此账号 Chen0615yu 谢谢", "WECHAT_ID", ["Chen0615yu"]),
    ],
)  # fmt: skip
def test_round15_forms(text: str, entity: str, expected: list[str]) -> None:
    assert [v for e, v in found(text, entity)] == expected


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("公司人事建档号 30415527，入职日期6月3日", "MEDICAL_RECORD_NUMBER"),  # no medical word: anyone's file
        ("建档 2015-159843 次", "MEDICAL_RECORD_NUMBER"),  # 建档 without a number key
        ("微信就是这个号码，13912345678", "WECHAT_ID"),  # the phone number, not an id
        ("微信支付就是这个号ORD_20240611", "WECHAT_ID"),  # another key's value
    ],
)
def test_round15_negatives(text: str, entity: str) -> None:
    assert found(text, entity) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 15: a message id's time stamp or epoch before the mailbox is no part of the address
        ("Message-ID: <1712345678901.okafor.n@mail.example.org>", ["okafor.n@mail.example.org"]),
        ("In-Reply-To: <2023-04-02T08:15:09Z.mbaptiste@example.net>", ["mbaptiste@example.net"]),
        # addresses that start with digits stay whole
        ("mailto:2019.alumni@example.edu", ["2019.alumni@example.edu"]),
        ("QQ邮箱 12345678@qq.com", ["12345678@qq.com"]),
        ("class of 1998.smith@example.edu", ["1998.smith@example.edu"]),
    ],
)
def test_round15_a_message_ids_time_is_no_part_of_the_address(text: str, expected: list[str]) -> None:
    assert [v for e, v in found(text, "EMAIL_ADDRESS")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 15: in a text about bags and flights, "tag" names a bag's IATA tag, not a vehicle's plate
        ("Lost luggage report\nFlight MU588  Tag: MU 204417", []),
        ("行李延误登记 航班 HU7801 TAG HU330912", []),
        # a plate after "tag" stays, in a text about bags too
        ("Parked in lot B, tag 7ABC123; my bag is in the trunk", ["7ABC123"]),
        ("tag MU204417 on the trailer", ["MU204417"]),  # no bag or flight word
    ],
)
def test_round15_a_bag_tag_is_no_plate(text: str, expected: list[str]) -> None:
    assert [v for e, v in found(text, "LICENSE_PLATE")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("会员编号：L440305198706152134（请妥善保管）", [("CN_RESIDENT_ID", "440305198706152134")]),
        ("registry no. K510102199202110048", [("CN_RESIDENT_ID", "510102199202110048")]),
        ("会员编号：L440305198706152135", []),  # the check character is wrong
        ("批次 AB440305198706152134", []),  # two letters: a code, not a prefixed ID
    ],
)
def test_round16_a_resident_id_behind_one_letter(text, expected):
    assert found(text, "CN_RESIDENT_ID") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dental clinic intake: patient seen Tuesday, file number 7734021 on record.", ["7734021"]),
        ("Ward B nurse handover - record no. 20231187, allergies noted.", ["20231187"]),
        ("The court clerk stamped file number 7734021 for the appeal.", []),  # nothing medical
        ("Archive audit: record no. 20231187 was moved to storage.", []),
    ],
)
def test_round16_a_file_number_in_a_medical_text(text, expected):
    assert [v for _, v in found(text, "MEDICAL_RECORD_NUMBER")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 17: a dotted key path names a device by its MAC
        ('GET "host.a4:5e:60:c1:07:3b"', ["a4:5e:60:c1:07:3b"]),
        ("cache set router.00-1b-63-84-45-e6 ttl 60", ["00-1b-63-84-45-e6"]),
        # a digit before the dot (an address, a version) still ends nothing
        ("10.0.0.3c:22:fb:c4:b5:f9", []),
        ("v2.7.3c:22:fb:c4:b5:f9", []),
    ],
)
def test_round17_a_mac_at_the_end_of_a_dotted_key(text, expected):
    assert [v for _, v in found(text, "MAC_ADDRESS")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 17: an acronym before a camelCase cue (a PDF form's field names)
        ('{"field": "ApplicantSocialSecurityNo", "value": "432887105"}', ["432887105"]),
        ("<TIN_USSocialSecurity>432887105</TIN_USSocialSecurity>", ["432887105"]),
        # a US taxpayer id of nine digits is an individual's SSN
        ("vendor form: taxpayer_id=432887105; amount 300", ["432887105"]),
        ("W-8 on file, tax ID 432-88-7105", ["432-88-7105"]),
        # an EIN layout, a structure the SSA never issues, or no cue at all
        ("Tax ID: 43-2887105", []),
        ("tax ID 900887105", []),
        ("ticket 432887105 closed", []),
        ("taxidermy shop no. 432887105", []),
    ],
)
def test_round17_ssn_cues_in_field_names_and_tax_ids(text, expected):
    assert [v for _, v in found(text, "US_SSN")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 17: a WeChat key with a qualifying phrase before its colon, like any form line
        ("Contact details\nWeChat for urgent matters: hao_lin2019\nEmail: x", ["hao_lin2019"]),
        ("WeChat (on file): mei-chen_77", ["mei-chen_77"]),
        # the key names another value after the cue, or the value has no digit, _ or -
        ("WeChat pay order no: ab_1993x", []),
        ("WeChat group of the class: fans", []),
    ],
)
def test_round17_a_wechat_form_line(text, expected):
    assert [v for _, v in found(text, "WECHAT_ID")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 17: a LaTeX table's "&" separates a key cell from its value cell, like markdown's "|"
        ("\\begin{tabular}{ll}\nBirthday & 3 April 1987 \\\\\n\\end{tabular}", ["3 April 1987"]),
        ("Passport & 547382910 \\\\", ["547382910"]),
        # an ampersand glued to words is prose, and a date with no birth cue stays
        ("Born&raised 1987-04-03", []),
        ("Issued & 3 April 1987 \\\\", []),
    ],
)
def test_round17_a_latex_cell_separator_ends_a_key(text, expected):
    assert [v for e, v in found(text) if e in ("DATE_OF_BIRTH", "PASSPORT")] == expected


@pytest.mark.parametrize(
    ("text", "entity", "expected"),
    [
        # round 18: the issuing state's code before the licence word in a parenthesis after the value
        ("Pawn record\nID: K204-118-55-930-2 (NV DL), SSN on back", "DRIVER_LICENSE", ["K204-118-55-930-2"]),
        # a licence kept "on file" by the employer
        ("Operator card\nLicense on file: WDLX3K7M2QPB\nVehicle: forklift", "DRIVER_LICENSE", ["WDLX3K7M2QPB"]),
        # a state code with another word after it, or "on file" without a licence cue
        ("Ref 55201873 (NV office)", "DRIVER_LICENSE", []),
        ("Resume on file: 55201873", "DRIVER_LICENSE", []),
        # a plural plate or vehicle word opens a list of plates
        ("Guests will bring two cars (KTR-4471, 7MXB520) on Friday.", "LICENSE_PLATE", ["KTR-4471", "7MXB520"]),
        ("Security logged plates BWQ 3318 and 6NDA744 at the gate.", "LICENSE_PLATE", ["BWQ 3318", "6NDA744"]),
        # a list after a singular cue, or items of the list that are no plates
        ("Plate KTR-4471 and 2 bikes", "LICENSE_PLATE", ["KTR-4471"]),
        ("two cars (2019, 2021 models)", "LICENSE_PLATE", []),
        # a WeChat Pay bill's transfer row: the payee's nickname and WeChat id in parentheses
        ("微信支付账单\n2023-02-01 10:00:00,转账,老周(zhou_ping88),/,¥20.00,零钱", "WECHAT_ID", ["zhou_ping88"]),
        ("微信支付账单\n2023-02-01 10:00:00,商户消费,美团(meituan),/,¥20.00,零钱", "WECHAT_ID", []),
        # the recipient of a message sent over QQ
        ("otp send channel=qq to=2846619035 result=ok", "QQ_NUMBER", ["2846619035"]),
        ("otp send channel=qq to the user, 20000 sent", "QQ_NUMBER", []),
    ],
)
def test_round18_cues_around_licences_plates_and_chat_ids(text, entity, expected):
    assert [v for _, v in found(text, entity)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 18: a message id built from an order's or an invoice's number names no mailbox
        ("postfix/cleanup[311]: 9C2D: message-id=<INV-55120@store.example>", []),
        ("Message-ID: <#780214@store.example>", []),
        # a person's address after the id key, an order number in an ordinary address, a mailbox in the id
        ("message-id=<li.wen@store.example>", ["li.wen@store.example"]),
        ("Reply to ORD-2023-101@store.example please", ["ORD-2023-101@store.example"]),
        ("from=<INV-55120@store.example>", ["INV-55120@store.example"]),
    ],
)
def test_round18_a_message_id_of_an_order_number_is_no_address(text, expected):
    assert [v for _, v in found(text, "EMAIL_ADDRESS")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 19: the ID's check character, then a word starting with a Chinese numeral (一致, 一样)
        ("已核对身份证末四位与档案44010619740503985x一致", ["44010619740503985x"]),
        ("系统里登记的是11010519491231002X一样的号", ["11010519491231002X"]),
        # a wrong check character stays no ID, whatever follows
        ("与档案440106197405039851一致", []),
    ],
)
def test_round19_a_resident_id_before_a_word_numeral(text, expected):
    assert [v for _, v in found(text, "CN_RESIDENT_ID")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 19: the user id of a WeChat app or a WeChat Pay notice under an openid/unionid key
        ("<xml><appid>wx2a9f</appid><openid>LinQiao_0815</openid><total_fee>100</total_fee></xml>", ["LinQiao_0815"]),
        (
            '微信登录回调：{"unionid": "o6_bmasdasdsad6_2sgVt7hMZOPfL", "nickname": "小林"}',
            ["o6_bmasdasdsad6_2sgVt7hMZOPfL"],
        ),
        ("微信支付通知里 openid DuanYu2020 要脱敏", ["DuanYu2020"]),
        # the app's own ids are no user's; OpenID Connect's scope word is no key; no WeChat named: nothing
        ("<xml><appid>wx2a9f88</appid><mch_id>1900000109</mch_id></xml>", []),
        ("微信网页授权的 scope 是 openid profile", []),
        ("OIDC login: openid=alice_2020 for the SSO portal", []),
    ],
)
def test_round19_an_openid_is_a_wechat_user_id(text, expected):
    assert [v for _, v in found(text, "WECHAT_ID")] == expected
