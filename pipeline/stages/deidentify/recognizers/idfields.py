"""Personal data inside id fields (``source_id``): phone and QQ numbers, WeChat ids and user names.

An id has no context words: ``user-13912345678`` or ``kf_3145677086`` carry a phone or QQ number
with nothing around it that a text recognizer could use. Ids are not prose, so a bolder reading is
safe: a digit run of US or Chinese-mobile shape, or one that libphonenumber accepts as a valid
number of a region we serve (China, the US and Canada, the UK), or a run of 5 to 11 digits after a
``qq``/``kf`` prefix, a WeChat id after a ``wechat``/``weixin``/``wx`` prefix; a piece between separators that reads as a user name (``ticket-lphan``,
``user_sanjay.gupta``): a given or family name, or one with an initial. Transforming an id
costs little (the record keeps its ``record_id``; lineage uses ids read before this stage).
"""

from __future__ import annotations

import re

from pipeline.stages.deidentify.recognizers.base import PLACEHOLDER_RE, RecognizerResult, result
from pipeline.stages.deidentify.recognizers.lexicon import family_names, given_names
from pipeline.stages.deidentify.recognizers.names import NOT_NAMES, username_is_name
from pipeline.stages.deidentify.recognizers.phones import valid_number

REGIONS = ("CN", "US", "GB")
"""Regions whose national numbers an id may hold without a country code."""

SCORE = 0.8
"""Score of an id-field finding (above every default threshold)."""

_DIGIT_RUN = re.compile(r"(?<![0-9])(\+?[0-9]{7,15})(?![0-9])")
NEVER_NATIONAL = "000"
"""No number of :data:`REGIONS` starts so: after the trunk prefix 0 comes no 0, after the international
prefix 00 no country code starts with 0 (a test asks libphonenumber)."""
_SHAPES = re.compile(r"1?[2-9][0-9]{2}[2-9][0-9]{6}|(?:86)?1[3-9][0-9]{9}")
"""US/Canada and Chinese mobile shapes, accepted in an id even when the numbering plan says unassigned."""
IM_APPS = (
    "feishu", "lark", "dingtalk", "dingding", "slack", "telegram", "tg", "whatsapp", "skype", "discord", "kakao",
)  # fmt: skip
"""Instant-messaging and workplace-chat apps: ``feishu/kaihaofeng440`` is a handle on that app (the app's name
is an id word, never read as a person: ``feishu`` is no pinyin name here)."""
SUPPORT_APPS = (
    "wxwork", "wecom", "intercom", "hubspot", "zendesk", "freshdesk", "salesforce", "helpscout", "crisp", "livechat",
)  # fmt: skip
"""Work-chat, help-desk and CRM apps whose export paths name a user: ``wxwork/lgu``, ``hubspot/olga.petrova``."""
_APP_HANDLE = re.compile(
    r"(?i)(?<![a-z])(?:" + "|".join(IM_APPS + SUPPORT_APPS) + r")(?:[_\-.][a-z]+)?[/#]"
    r"([a-z][a-z0-9._-]{2,31})(?![a-z0-9_.@/-])"
)
"""The last piece of an id after a chat, help-desk or CRM app's name and a path separator: that app's user handle,
however short or unlike a name (``wxwork/kjie``, ``intercom/srinivasgupta``); not a path going on (``hubspot/x/1``)."""
_QQ = re.compile(
    r"(?i)(?<![a-z])(?:qq(?:kf)?|kf|qidian)(?:[_\-.]?(?:group|grp|qun|num|no|id|hao|number|(?:e?mail|mailbox|music|space|zone)))?"
    r"[_\-:.#/]?([1-9][0-9]{4,10})(?![0-9])"
)
"""A QQ number after a ``qq``/``kf`` prefix, with a kind word or one of QQ's services between
(``qqgroup-24013038``, ``qq_num:…``, ``qqmail:310354790``: a QQ mailbox is named by its QQ number); round 16: the
app's customer-service channel (``qqkf:…``, kf for 客服) is still the app; round 17: so is QQ's business edition, 企点
(``qidian:650068304``), whose contacts are QQ numbers."""
_WECHAT = re.compile(
    r"(?i)(?<![a-z])(?:(?:wechat|weixin|wx|vx|wecom|wxwork)(?:kf)?[_\-:.]|(?:wechat|weixin|wx|vx|im|chat|dm|contact|"
    + "|".join(IM_APPS)
    + r")(?:[_\-.][a-z]+)?[/#])"
    r"([a-z][a-z0-9_-]{5,31})(?![a-z0-9_.@/-])"
)
"""A WeChat or chat handle after a ``wechat_``/``weixin:``/``wx-`` prefix (``wechat_wxid_…``,
``wechat_zhu-zi6``) or an instant-messaging export path (``im-export/zuobohao_2003``, ``chat/lu-yan28``), or a chat app's name and a path separator
(``feishu/kaihaofeng440``, ``slack#lu-yan28``); round 17: WeChat's work edition (WeCom, 企业微信) before ``:``, ``_``,
``-`` or ``.`` names a WeChat id like ``wx`` does (``wecom:luo-jie73``)."""


_PIECE = re.compile(r"[^\-/:#|]+")
_ID_WORDS = frozenset(
    [
        "ticket",
        "user",
        "users",
        "uid",
        "id",
        "ids",
        "case",
        "order",
        "orders",
        "msg",
        "message",
        "thread",
        "post",
        "reply",
        "chat",
        "conv",
        "conversation",
        "session",
        "record",
        "rec",
        "row",
        "item",
        "doc",
        "task",
        "job",
        "issue",
        "bug",
        "req",
        "request",
        "kf",
        "qq",
        "wechat",
        "weixin",
        "cs",
        "support",
        "agent",
        "customer",
        "acct",
        "account",
        "member",
        "dev",
        "test",
        "prod",
        "sample",
        "src",
        "source",
        "ref",
        # datasets and splits: record ids like train-00042, dolly-15k-0042, belle-2
        "train",
        "valid",
        "validation",
        "eval",
        "split",
        "shard",
        "part",
        "batch",
        "chunk",
        "example",
        "alpaca",
        "dolly",
        "belle",
        "sharegpt",
        "oasst",
        "wizard",
        "firefly",
        "qidian",
        *IM_APPS,
        *SUPPORT_APPS,
    ]
)
"""Words that name the kind of an id (``ticket-``, ``user_``), never a person."""


def _name_piece(piece: str) -> bool:
    """A piece of an id that reads as a person's (user) name, read boldly: ids are not prose."""
    word = re.sub(r"\d+$", "", piece.lower())
    if word in _ID_WORDS:
        return False
    if username_is_name(piece):
        return True
    if not word.isalpha() or word in _ID_WORDS or word in NOT_NAMES or len(word) < 4:
        return False
    family, given = family_names(), given_names()
    if word in family or word in given:
        return True
    return (word[1:] in family and len(word) >= 4) or (word[:-1] in family and len(word) >= 5)


def id_field_findings(value: str) -> list[RecognizerResult]:
    """Phone and QQ numbers, WeChat ids and user names inside an id value (see the module docstring)."""
    out: list[RecognizerResult] = []
    # what an earlier de-identification wrote (<PERSON_1>, <PHONE_NUMBER_3f9a0c12de>) is no finding
    taken: list[tuple[int, int]] = [m.span() for m in PLACEHOLDER_RE.finditer(value)]
    for rx, entity in ((_QQ, "QQ_NUMBER"), (_WECHAT, "WECHAT_ID")):
        for m in rx.finditer(value):
            if any(a < m.end(1) and m.start(1) < b for a, b in taken):
                continue
            out.append(result(entity, m.start(1), m.end(1), SCORE, "IdFieldRecognizer"))
            taken.append(m.span(1))
    for m in _APP_HANDLE.finditer(value):
        handle = m.group(1)
        if any(a < m.end(1) and m.start(1) < b for a, b in taken) or handle.lower() in _ID_WORDS:
            continue
        out.append(result("PERSON", m.start(1), m.end(1), SCORE, "IdFieldRecognizer"))
        taken.append(m.span(1))
    for m in _DIGIT_RUN.finditer(value):
        if any(a < m.end(1) and m.start(1) < b for a, b in taken):
            continue
        number = m.group(1)
        if number.startswith("+"):
            ok = valid_number(number[1:], None)
        elif number.startswith(NEVER_NATIONAL):
            ok = False  # a zero-padded serial (s000012345): libphonenumber is not asked, 0.14 ms a number
        else:
            ok = bool(_SHAPES.fullmatch(number)) or any(valid_number(number, region) for region in REGIONS)
        if ok:
            out.append(result("PHONE_NUMBER", m.start(1), m.end(1), SCORE, "IdFieldRecognizer"))
            taken.append(m.span(1))
    for m in _PIECE.finditer(value):
        piece = m.group()
        parts = [(p.start(), p.end()) for p in re.finditer(r"[A-Za-z][A-Za-z._]*[A-Za-z]\d*", piece)]
        for s, e in parts:
            for start, end in _name_spans(value, m.start() + s, m.start() + e):
                if not any(a < end and start < b for a, b in taken):
                    out.append(result("PERSON", start, end, SCORE, "IdFieldRecognizer"))
    return out


def _name_spans(value: str, start: int, end: int) -> list[tuple[int, int]]:
    """The user name in ``value[start:end]``: all of it, else the pieces between underscores (``user_sanjay.gupta``)."""
    if _name_piece(value[start:end]):
        return [(start, end)]
    spans = []
    pos = start
    for piece in value[start:end].split("_"):
        if piece and _name_piece(piece):
            spans.append((pos, pos + len(piece)))
        pos += len(piece) + 1
    return spans
