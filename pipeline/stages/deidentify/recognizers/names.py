r"""Person names, Chinese and English: candidates from every signal, scored by what the context says.

A name is personal data when it names a *private* person. A name alone does not say so: "Lewis
Carroll", "President Obama", 李白 and 孙悟空 are public figures or characters, and the same capitalised
word pair in a story about "John and Mary" names nobody real. So this recognizer gathers candidates
from several signals, independent of capitalisation and of any one word list, and scores each by
its context:

- **taggers** (:mod:`pipeline.stages.deidentify.nlp`): spaCy NER windows (English) and jieba (Chinese)
  give candidates; alone they score :data:`NEUTRAL` (below the default threshold), because a bare
  name in prose is not evidence of a private person;
- **cues** raise a candidate, or create one, at :data:`PRIVATE`: role and relation words before it
  (``patient``, ``spouse``, ``cc:``, ``Dear``, ``Hi``, 患者, 家属, 车主, 预约人, 抄送, 被告 …), a
  label (``Name:``, ``姓名：``), a speaker tag at the start of a line (``张伟：`` / ``Maria Lopez:``),
  a title after a Chinese surname (张老师, 王先生), a signature after a sign-off (``Regards,\nDawn``);
- **structure**: a cell in a table column whose header names people (``name``, ``student``,
  ``guardian``, 姓名, 联系人 …), the value of a ``user=`` / ``author:`` / ``login`` key, and user-name
  tokens such as ``qian_pengxuan`` or ``li.wei`` whose parts read as a romanised Chinese name (pinyin)
  or as a given + family name of the lexicons (:mod:`pipeline.stages.deidentify.recognizers.lexicon`);
- **public names** (:mod:`pipeline.stages.deidentify.recognizers.public`) are dropped unless a private cue
  marks a namesake: public figures and fictional characters are not private persons.

The stage then raises :data:`NEUTRAL` candidates of a record to :data:`IN_PRIVATE_RECORD` when the
record also holds other personal data (a phone, an e-mail, an address …), and transforms every
occurrence of a transformed name anywhere in the record (record-level consistency).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

from pipeline.stages.deidentify.recognizers.base import Recognizer, RecognizerResult, result
from pipeline.stages.deidentify.recognizers.lexicon import (
    KOREAN_SURNAMES,
    PINYIN_SURNAMES,
    ZH_SURNAMES_1,
    ZH_SURNAMES_2,
    family_names,
    given_names,
    is_korean_given,
    is_pinyin_name,
    pinyin_syllables,
)
from pipeline.stages.deidentify.recognizers.person_zh import KEYED_LATIN, ZH_AMBIGUOUS_SURNAMES
from pipeline.stages.deidentify.recognizers.places import PLACE_RE
from pipeline.stages.deidentify.recognizers.prose import (
    IN_PROSE,
    full_names,
    level_around,
    prose_names,
)
from pipeline.stages.deidentify.recognizers.tables import row_fits, table_index
from pipeline.text.alternation import LiteralGate, LoweredGate, alternation, lowered

if TYPE_CHECKING:
    from presidio_analyzer.nlp_engine import NlpArtifacts

NEUTRAL = 0.5
"""A name candidate with nothing around it saying it is a private person (kept by the default policy)."""

WEAK = 0.55
"""A name after a greeting, a byline or as a speaker tag: raised in a record with other personal data."""

IN_PRIVATE_RECORD = 0.7
"""A neutral candidate in a record that also holds other personal data (set by the stage)."""

PRIVATE = 0.85
"""A candidate whose context says it names a private person (a cue, a label, a name column ...)."""

# --------------------------------------------------------------------------- English

_CAP = (
    r"(?:Mc|O['’])?[A-Z\u00c0-\u00de\u0100-\u017f][a-z\u00df-\u00ff\u0100-\u017f'’]+"
    r"(?:-[A-Za-z\u00c0-\u00de][a-z\u00df-\u00ff'’]+)?"
)
"""A capitalised name word; a hyphenated second part may be lower case (``Min-jun``, ``Ji-woo``); ``Mc`` and ``O'``
may stand before the capital (round 19: ``Piotr McCarthy``, ``Siobhan O'Brien``)."""
_INITIAL = r"[A-Z]\."
_NAME_CAP = rf"(?:{_INITIAL}[ \t]?)?(?:{_CAP}|[A-Z]{{2,}}(?=[ \t]+[A-Z][a-z]))(?:[ \t]+(?:{_INITIAL}[ \t]+)?(?:(?:van|von|de|da|del|der|di|le|la|bin|binti|al|el)[ \t]+)?{_CAP}){{0,3}}"
_LOWER = r"[a-z\u00df-\u00ff\u0100-\u017f]{2,}"
_NAME_LOWER = rf"{_LOWER}(?:[ \t]+{_LOWER}){{1,2}}"

EN_ROLE_CUES = (
    "patient",
    "client",
    "customer",
    "tenant",
    "landlord",
    "employee",
    "applicant",
    "candidate",
    "spouse",
    "wife",
    "husband",
    "partner",
    "son",
    "daughter",
    "mother",
    "father",
    "brother",
    "sister",
    "grandmother",
    "grandfather",
    "neighbour",
    "neighbor",
    "colleague",
    "coworker",
    "co-worker",
    "supervisor",
    "guardian",
    "emergency contact",
    "accountant",
    "lawyer",
    "attorney",
    "dentist",
    "therapist",
    "counsellor",
    "counselor",
    "physician",
    "roommate",
    "flatmate",
    "housemate",
    "cousin",
    "uncle",
    "aunt",
    "nephew",
    "niece",
    "fiance",
    "fiancée",
    "fiancee",
    "boyfriend",
    "girlfriend",
    "boss",
    "tutor",
    "nanny",
    "babysitter",
    "caregiver",
    "carer",
    "contractor",
    "realtor",
    "parent",
    "stepson",
    "stepdaughter",
    "grandson",
    "granddaughter",
    "classmate",
    "ex-wife",
    "ex-husband",
    "employer",
    "referee",
    "sponsor",
    "mentor",
    "next of kin",
    "contact person",
    "plaintiff",
    "defendant",
    "witness",
    "claimant",
    "insured",
    "policyholder",
    "beneficiary",
    "account holder",
    "cardholder",
    "reservation holder",
    "reporting party",
    "officer",
    "attending physician",
    "caller",
    "interviewee",
    "informant",
    "whistleblower",
    "respondent",
    "maintainer",
    # parties of a contract, a loan, a pledge or a marriage
    "party a",
    "party b",
    "borrower",
    "debtor",
    "guarantor",
    "pledgor",
    "co-signer",
    # parties of a sale, a lease, a transfer, a will or a trust of property (``Vendor:`` names a
    # business: an organisation key of public.py)
    "purchaser",
    "seller",
    "buyer",
    "lessor",
    "lessee",
    "grantor",
    "grantee",
    "transferor",
    "transferee",
    "mortgagor",
    "assignor",
    "executor",
    "executrix",
    "trustee",
    "settlor",
    "testator",
    "bride",
    "groom",
    # round 19: a boat's skipper and crew, and a parent named by a caller (``refill for my dad Piotr McCarthy``)
    "skipper",
    "deckhand",
    "crew member",
    "my dad",
    "my mom",
    "my mum",
    "my name is",
    "my name's",
    "name is",
    "signed by",
    "approved by",
    "reviewed by",
    "reported by",
    "booked by",
    "submitted by",
    "requested by",
    "filed by",
    "prepared by",
    "registered to",
    "issued to",
    "ship to",
    "bill to",
    "deliver to",
    "return to",
    "on behalf of",
    "c/o",
    "mr",
    "mrs",
    "ms",
    "mx",
    "dr",
)
"""Role and relation words, and honorifics, before a name: they say it names a private person."""

EN_LABEL_CUES = (
    "name",
    "full name",
    "first name",
    "last name",
    "surname",
    "given name",
    "real name",
    "legal name",
    "initials",
    "contact",
    "attn",
    "attention",
    "cc",
    "bcc",
    "from",
    "to",
    "signed",
    "owner",
    "assignee",
    "reporter",
    "author",
    "driver",
    "passenger",
    "guest",
    "traveler",
    "traveller",
    "recipient",
    "sender",
    "fn",
    "manager",
    "teacher",
    "doctor",
    "nurse",
    # round 15: every clinical role names the clinician who holds it, as doctor and nurse do
    "midwife",
    "physician",
    "surgeon",
    "obstetrician",
    "dentist",
    "therapist",
    "pharmacist",
    "paramedic",
    "caregiver",
    "doula",
    "student",
    "agent",
    "rep",
    "host",
    "speaker",
    "organizer",
    "organiser",
    "interviewer",
    "recruiter",
    "technician",
    "tech",
    "installer",
    "auditor",
    "cashier",
    "clerk",
)
"""Labels that introduce a name when a colon or equals sign follows (``Name: ...``, ``To: ...``)."""

EN_WEAK_CUES = ("dear", "hi", "hello", "hey", "thanks", "thank you", "posted by", "written by", "by", "for user")
"""Greetings and bylines: a name follows, but fictional letters and stories use them too."""

_EN_CUES_ALT = alternation(EN_ROLE_CUES)
_EN_LABELS_ALT = (
    alternation((*EN_LABEL_CUES, "surnames", "given names", "first names")) + r"(?:[ \t]*\([^()\n:=]{1,30}\))?"
)
"""A label, with a bracketed gloss before its colon (``Surnames:``, ``First Name (Given Name):``); a plural
only for the parts of one person's name (``Names: Arthur, Bob, Louis`` lists examples, not a person)."""
_EN_WEAK_ALT = alternation(EN_WEAK_CUES)

_EN_CUE_RE = re.compile(
    rf"(?<![A-Za-z])(?:(?:{_EN_CUES_ALT})\.?(?:[ \t]*#?\d{{1,2}})?(?:[ \t]*(?:[:=：]|is|was|named|called|-|—|,)[ \t]*|[ \t]+)"
    rf"|(?:{_EN_LABELS_ALT})(?:[ \t]*#?\d{{1,2}})?[ \t]*[:=：][ \t]*)(?:(?:mr|mrs|ms|dr|prof)\.?[ \t]+)?",
    re.IGNORECASE,
)
_CUED_CAPITAL_RE = re.compile(
    rf"(?:(?:{_EN_CUES_ALT})\.?[ \t]*(?:[:=：,]|is|was|named|called)?|(?:{_EN_LABELS_ALT})[ \t]*[:=：])[ \t]*"
)
""":data:`_EN_CUE_BEFORE_RE` without its anchors, in lower case, for :func:`may_have_cued_name`."""


def may_have_cued_name(text: str) -> bool:
    """False only if no name candidate in ``text`` can have a private cue right before it.

    :meth:`PersonRecognizer._en_cue_before` raises a tagger's candidate to :data:`PRIVATE` when a
    cue (:data:`_EN_CUE_BEFORE_RE`) ends right before it, and a candidate's first word holds a
    capital letter. This test looks for a cue anywhere (also inside a word, so it is a superset)
    followed by a word with a capital, on the lower-cased text (same offsets).
    """
    low = lowered(text)
    m = _CUED_CAPITAL_RE.search(low)
    while m is not None:  # overlapping matches too: a search from each match's next character
        stop = m.end()
        while stop < len(text) and not text[stop].isspace():
            if text[stop].isupper():
                return True
            stop += 1
        m = _CUED_CAPITAL_RE.search(low, m.start() + 1)
    return False


_EN_RELATION_AFTER_RE = re.compile(
    r"[ \t]*[(（][ \t]*(?:(?:my|former|current|previous|direct|line|second|third|primary)[ \t]+)?"
    r"(?:spouse|wife|husband|partner|son|daughter|mother|father|brother|sister|parent|child|guardian|friend|"
    r"neighbou?r|colleague|self|patient|tenant|owner|landlord|caregiver|relative|manager|supervisor|boss|"
    r"mentor|teacher|advisor|adviser|referee|reference|doctor|physician|lawyer|attorney|accountant|employer|"
    r"roommate|flatmate|cousin|uncle|aunt|nephew|niece|grandson|granddaughter|fianc[eé]e?|boyfriend|girlfriend)"
    r"[ \t]*[),，;]",
    re.IGNORECASE,
)
"""A relation in brackets right after a name ("Chiara De Luca (spouse)"): the name is a private person's."""
_EN_NAME_BEFORE_RELATION_RE = re.compile(rf"(?<![\w@])({_NAME_CAP})(?i:{_EN_RELATION_AFTER_RE.pattern})")
_EN_WEAK_RE = re.compile(rf"(?<![A-Za-z])(?:{_EN_WEAK_ALT})[ \t]*[,:]?[ \t]+", re.IGNORECASE)
_EN_CUE_BEFORE_RE = re.compile(
    rf"(?i)(?<![A-Za-z])(?:(?:{_EN_CUES_ALT})\.?[ \t]*(?:[:=：,]|is|was|named|called)?|(?:{_EN_LABELS_ALT})[ \t]*[:=：])[ \t]*$"
)
_EN_WEAK_BEFORE_RE = re.compile(rf"(?i)(?<![A-Za-z])(?:{_EN_WEAK_ALT})[ \t]*[,:]?[ \t]*$")
_EN_NAME_AFTER = re.compile(rf"({_NAME_CAP})")
_EN_NAME_UPPER = re.compile(
    r"([A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'’-]+(?:[ \t]+[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'’-]+){1,2})(?![\w])"
)
"""A name in capitals after a label (``Pledgor: SOFÍA REYES``), as forms and tickets print them."""
_EN_CONTACT_VERB_RE = re.compile(
    r"(?<![A-Za-z])(?i:"
    + alternation(
        (
            "text",
            "call",
            "ring",
            "phone",
            "message",
            "msg",
            "email",
            "e-mail",
            "contact",
            "ask for",
            "reach",
            "ping",
            "dm",
        )
    )
    + r")[ \t]+"
    rf"({_NAME_CAP})[ \t]+(?i:at|on|via|through)[ \t]"
)
"""A name between a contact verb and a contact channel ("Text Susan Fisher at ...")."""
_EN_LIST_CUE_RE = re.compile(
    r"(?im)(?<![A-Za-z])(?:attendees|participants|present|cc|bcc|to|guests|members|team|invitees|panel|speakers|"
    r"authors|signed|witnesses)[ \t]*[:：][ \t]*([^\n|]{3,300})"
)
_INVERTED_REST = re.compile(rf",[ \t]*({_NAME_CAP})[ \t]*(?=$|\n|[;|])", re.MULTILINE)
"""The given names after a family name and a comma, to the end of a labelled line ("Name: Jones, Emily")."""
_EN_NAME_AFTER_LOWER = re.compile(rf"({_NAME_LOWER}|{_LOWER})")
LOG_PREFIX = (
    r"(?:(?:[\[【][^\]】\n]{1,32}[\]】]"
    r"|\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d)?(?:\.\d+)?Z?)?"
    r"|\d\d:\d\d(?::\d\d)?(?:\.\d+)?"
    r"|\d{9,13})[ \t]+)?"
)
"""An optional time stamp, bracketed tag or epoch before a chat line's speaker
(``[2024-03-02 10:15:01] @lopezc:``, ``1569830062 欧阳勇涵：``, ``15:19:52.371 公孙一：``)."""
_SIGNOFF_RE = re.compile(
    r"(?im)^[ \t]*(?:best(?: regards| wishes)?|regards|kind regards|warm regards|sincerely|cheers|thanks|"
    r"thank you|many thanks|yours(?: truly| sincerely)?|respectfully|love|sent by|signed)[ \t]*[,!.]?[ \t]*(?:\n|\|[ \t]*|[ \t]+-+[ \t]*)"
    rf"[ \t]*({_NAME_CAP})[ \t]*$"
)
_DICOM_PN_RE = re.compile(r"(?m)^[ \t]*\([0-9A-Fa-f]{4},[ \t]?[0-9A-Fa-f]{4}\)[ \t]+PN[ \t]+\[([^\]\n]{2,64})\]")
"""Round 19: a DICOM dump's person-name element (``(0010,0010) PN [Okafor^Ngozi]``, a patient or a physician): the
value representation ``PN`` says the value is a person's name, in any written form (``^`` between its parts)."""
_PERSONA_RE = re.compile(rf"(?<![A-Za-z])(?i:you are|you're|you’re)[ \t]+({_NAME_CAP}),[ \t]+(?i:an?|the|our)[ \t]")
"""Round 19: a system prompt naming the person the model speaks for (``You are Ana Sánchez, a customer-relations
agent``): a name in a record about people; only two words or more that read as a name."""
_DASH_SIGNATURE_RE = re.compile(rf"(?m)^[ \t]*(?:—|–|--?)[ \t]*({_NAME_CAP})[ \t]*(?:,[^\n,]{{1,40}})?[ \t]*$")
"""Round 19: a signature line opened by a dash (``— Jan Petrova, Escrow Officer``), its title after a comma."""
_SPEAKER_RE = re.compile(
    rf"(?m)^[ \t]*{LOG_PREFIX}(?:(?:agent|customer|user|support|rep|caller|client|patient|doctor|nurse|host|guest)[ \t]*\(({_NAME_CAP})\)"
    rf"|({_NAME_CAP}))[ \t]*[:：]"
)
PERSON_ONLY_KEYS = ("holder", "referrer", "referred_by", "donor")
"""Keys only a person fills (round 19): a login under them reads as its owner's (:data:`_PERSON_ONLY_KEY`)."""
KEY_VALUE_KEYS = (
    "user", "username", "user_name", "name", "login", "uid", "author", "owner", "assignee", "reporter",
    "committer", "creator", "created_by", "updated_by", "modified_by", "signed-off-by", "customer", "employee",
    "contact", "buyer", "seller", "consignee", "receiver", "recipient", "sender", "shipper", "patient", "guest",
    "driver", "passenger", "applicant", "tenant", "landlord", "member", "requester", "approver", "maintainer",
    "given", "family", "surname", "forename", "first", "last", "fullname", "full_name", "displayname",
    "display_name", "nickname", "firstname", "lastname", "givenname", "familyname",
    "actor", "operator", "nick", "admin", "patron", "borrower", "reader", "samaccountname", "alias",
    # an account key in its other spellings (RADIUS ``User-Name``, LDAP ``loginName``)
    "user-name", "login_name", "login-name", "loginname",
    # round 19: who holds a pass or a card, who referred a customer, who gave (``holder=olga.petrova``)
    *PERSON_ONLY_KEYS,
)  # fmt: skip
"""Keys whose value is a person's name or user name (``author = "li.wei"``, ``"given": "Aisha"``);
any key ending in ``_name`` or ``_user`` counts too (``customer_name``)."""
_KEY_VALUE_RE = re.compile(
    rf"(?i)(?<![A-Za-z0-9-])(?:[A-Za-z]+_)*{alternation(KEY_VALUE_KEYS)}"
    r"\\?[\"']?[ \t]*(?:[:=]|=>)[ \t]*\\?[\"']?"
    r"([A-Za-z\u00c0-\u017f][\w.\-\u00c0-\u017f]{1,40}(?-i:(?:[ \t][A-Z\u00c0-\u00de][\w\u00c0-\u017f'’-]{1,30}){0,2}))"
)
_PERSON_ONLY_KEY = re.compile(rf"(?i)(?<![a-z]){alternation(PERSON_ONLY_KEYS)}\\?[\"']?[ \t]*(?:[:=]|=>)")
"""Round 19: keys only a person fills (``holder=olga.petrova`` on a ski pass, ``referrer``, ``donor``): a login under
them reads as its owner's, like one under an account key."""
_DOTTED_LOGIN = re.compile(r"[a-z]{2,}(?:-[a-z]{2,})?\.[a-z]{2,}")
_ACCOUNT_KEY_END = re.compile(
    r"(?i)(?:user|user[ _-]?name|login(?:[ _-]?name)?|nick(?:name)?|alias|samaccountname|uid)[\"']?[ \t]*(?:[:=]|=>)[ \t]*[\"']?$"
)
"""The end of a key/value match whose key names an account (``userName":"``, ``User-Name = "``, ``login=``)."""
_LOGIN_VALUE = re.compile(r"[a-z][a-z0-9]*(?:[._-][a-z0-9]+){0,2}")
"""A login: lower-case letters and digits, at most two ``.``/``_``/``-`` (``hiro.sato``, ``lmarsh``, ``k_ito2``)."""
_USERNAME_RE = re.compile(r"(?<![\w@./:])([a-z][a-z]{1,15}(?:[._-][a-z]{1,15}){1,3}\d{0,4})(?![\w@]|\.[a-z])")
_HANDLE_TAG_RE = re.compile(
    r"(?m)^[ \t]*" + LOG_PREFIX + r"(?:[-*•][ \t]*)?@([A-Za-z][\w.\-]{1,38}[A-Za-z0-9])[ \t]*[:：][ \t]*(?=\S)"
)
"""A user handle as a chat or stand-up speaker tag at a line start (``@turnerj: blocked on creds``)."""
_ACCOUNT_KEY_RE = re.compile(
    r"(?i:(?<![\w-])(?:account|acct|handle|gamertag|screen[ _]?name|player[ _]?id)|用户名|账号|帐号|游戏账号|昵称|登录名|网名)"
    r"[ \t]*[:=：][ \t]*[\"']?([a-z][a-z0-9._\-]{2,39})(?![\w@-]|\.[a-z])"
)
"""A lower-case handle after an account key (``Account: ishaanraghunathan``, ``账号：gwu``): the account's
user name, whether or not it reads as a name (English words are skipped: ``Account: checking``)."""
_ENDUSER_RE = re.compile(
    r"(?<![\w-])enduser[._]id[\"']?[ \t]*[:=][ \t]*[\"']?([a-z][a-z0-9._\-]{2,39})(?![\w@-]|\.[a-z])"
    r"|[\"']key[\"'][ \t]*:[ \t]*[\"']enduser\.id[\"'][ \t]*,[ \t]*[\"']value[\"'][ \t]*:[ \t]*\{?[ \t]*"
    r"[\"']stringValue[\"'][ \t]*:[ \t]*[\"']([a-z][a-z0-9._\-]{2,39})(?![\w@-]|\.[a-z])"
)
"""OpenTelemetry's end-user attribute (round 17): ``enduser.id`` holds the login of the user a span served, as a
plain key (``"enduser.id": "zyin"``) or as an OTLP attribute pair (``{"key": "enduser.id", "value": {"stringValue":
"haruto.lim"}}``); read like an account key."""
_ZH_ACCOUNT_GLUED_RE = re.compile(
    r"(?:用户名|账号|帐号|账户名|帐户名|昵称)[ \t]*(?:是|为)?[ \t]*([A-Za-z][A-Za-z0-9._\-]{2,39})(?![\w@-]|\.[A-Za-z])"
)
"""A handle right after a Chinese account word without a colon (``管家账号huangfuhuan_1992``, ``账号是Dj_68``);
kept when it holds a digit or ``_`` (``账号ID``, ``用户名Tom`` are not user names)."""
_ROLE_HANDLE_RE = re.compile(
    r"(?i:(?<![\w-])(?:rider|driver|passenger|customer|user|player|buyer|seller|guest|member|tenant|client"
    r"|(?:uploaded|posted|submitted|created|added|shared|edited|contributed|reported) by))"
    r"[ \t]+\(?([a-z][a-z0-9._\-]{2,39})(?![\w@-]|\.[a-z])"
)
"""A lower-case user name after a role word or an author's ``… by`` (``rider vreyes``, ``player lortiz``,
``Uploaded by lgomez``); kept only when it reads as a person's name (:func:`username_name_span`)."""
_ACCOUNT_KEY_GATE = LoweredGate(
    r"(?:(?<![\w-])(?:account|acct|handle|gamertag|screen[ _]?name|player[ _]?id)|用户名|账号|帐号|游戏账号|昵称|登录名|网名)[ \t]*[:=：]"
)
_AUTHOR_TAG_WORDS = (
    r"(?<![\w-])(?:by|user|agent|rep|operator|moderator|mod|staff|reviewer|author|customer|member|guest|client"
    r"|player|buyer|seller|rider|driver|tenant)"
)
_AUTHOR_TAG_RE = re.compile(
    rf"(?i:{_AUTHOR_TAG_WORDS})[ \t]+([a-z][a-z0-9._\-]{{1,39}}[a-z0-9])(?=[ \t]*(?::(?![/\d])|\]))"
)
"""A lower-case login tagged as a line's author or speaker: after a role word or ``… by`` and before a colon,
or closing a bracketed tag (``Review by kwalsh: …``, ``user tngo: …``, ``[agent li.na] …``)."""
_AUTHOR_TAG_GATE = LoweredGate(_AUTHOR_TAG_WORDS + r"[ \t]+[a-z]")
_ROLE_HANDLE_GATE = LoweredGate(
    r"(?<![\w-])(?:rider|driver|passenger|customer|user|player|buyer|seller|guest|member|tenant|client"
    r"|(?:uploaded|posted|submitted|created|added|shared|edited|contributed|reported) by)[ \t]+\(?[a-z]"
)
_CHAT_PLATFORMS = (
    r"(?<![\w-])(?:discord|telegram|slack|skype|steam|twitch|instagram|insta|tiktok|snapchat|kakao(?:talk)?|reddit"
    r"|github|gitlab|xbox|psn|battle\.?net|twitter|threads|mastodon|bluesky|whatsapp)"
)
_PLATFORM_HANDLE_RE = re.compile(
    rf"(?i:{_CHAT_PLATFORMS}(?:[ \t]+(?:id|handle|username|user|name|tag|account|gamertag))?"
    r"(?:[ \t]*[:=：][ \t]*|[ \t]+(?:is|was)[ \t]+))[\"'@]?([a-z][a-z0-9._\-]{2,39})(?![\w@-]|\.[a-z])"
)
"""Round 15: a lower-case handle named as a person's account on a chat, social or gaming platform (``His Discord is
gmorales``, ``Steam: lortiz``, ``Telegram handle: @akim``); kept only when it reads as a person's name
(:func:`username_name_span`), so ``Discord is down``, ``Slack: general`` stay."""
_PLATFORM_HANDLE_GATE = LoweredGate(_CHAT_PLATFORMS)
_CAPS_FORM_KEY_RE = re.compile(
    r"(?m)(?:^|(?<=\t)|(?<=  ))[ \t]*(?:NAME|PAX|PASSENGER|SURNAME|GIVEN NAMES?|FULL NAME)[ \t]+"
    r"((?:[A-Z][A-Za-z'’-]+)(?:[ \t][A-Z][A-Za-z'’-]+){1,3}|[\u4e00-\u9fff]{2,4})(?=[ \t]{2,}|\t|[ \t]*$)"
)
"""Round 15: a form key in capitals set off by a space instead of a colon, as airline and other printed forms
write it (``NAME HUANG JIANWEI  PAX 黄健玮``): at a line start or after a column gap, its value up to the next gap
or the line end, kept when it reads as a name (pinyin, the lexicons, a plausible Chinese name)."""
_CLOCK = re.compile(r"\d:\d\d")
_SPEAKER_TIME_RE = re.compile(
    r"(?m)^[ \t]*([A-Za-z][\w.\-]{1,38}[A-Za-z0-9])[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp]\.?[Mm]\.?)?[ \t]*$"
)
"""A chat export's speaker line: a user name alone with the time of the message (``bellj  10:05``,
``karen.fisher 9:41 AM``), as Slack and Teams copies write them."""
_LOWER_SPEAKER_RE = re.compile(r"(?m)^[ \t]*" + LOG_PREFIX + r"([a-z][a-z0-9._\-]{3,30})[ \t]*:[ \t]+(?=\S)")
"""A lower-case user name as a chat line's speaker (``[21:04:17] glopez: gg``); kept only when it reads as
a person's name (:func:`username_is_name`): ``nightbot:``, ``error:``, ``mod_kestrel:`` are no one's."""
_MENTION_RE = re.compile(
    r"(?:^|(?<=[\s(（,，:：]))@([A-Za-z][\w.\-]{1,38}[A-Za-z0-9])"
    r"(?=[ \t]*[\u4e00-\u9fff]|[ \t]+\S|[,，:：]|[)）]|\.(?:\.|\s|$))",
    re.M,
)
"""An ``@`` mention of a user in a chat (``@hyuchi 报警``, ``cc @lopezc, please``, at a sentence's end:
``Slack @tariq_aziz.``, ``@tariq_aziz...``): not a decorator on a line of its own, an e-mail or a ``@media`` rule
(English words are skipped)."""
ANIMAL_WORDS = (
    "dog", "cat", "puppy", "kitten", "canine", "feline", "k9", "rabbit", "bunny", "parrot", "budgie", "hamster",
    "guinea pig", "ferret", "horse", "pony", "mare", "gelding", "tortoise", "turtle", "lizard", "snake",
    "labrador", "retriever", "poodle", "beagle", "bulldog", "terrier", "spaniel", "german shepherd",
    "australian shepherd", "husky", "corgi", "dachshund", "chihuahua", "pug", "collie", "schnauzer", "shih tzu",
    "rottweiler", "great dane", "greyhound", "whippet", "doodle", "labradoodle", "cockapoo", "pomeranian",
    "siamese", "maine coon", "ragdoll", "sphynx", "tabby", "dsh", "dlh", "dmh",
    "domestic shorthair", "domestic longhair", "mixed breed", "canis", "felis",
    "犬", "狗", "猫", "泰迪", "金毛", "柯基", "哈士奇", "拉布拉多", "比熊", "柴犬", "边牧", "萨摩耶", "博美",
    "布偶", "英短", "美短", "橘猫", "狸花", "暹罗", "兔", "仓鼠", "鹦鹉",
)  # fmt: skip
"""Species and breeds: a name followed by one in brackets is an animal's (a vet record's patient). Words that
also describe people are left out (``lab``, ``boxer``, ``Persian``, ``Maltese``, ``shepherd``, ``mix``)."""
_ANIMAL_AFTER_RE = re.compile(
    r"[ \t]*[(（][ \t]*(?:\d+[ \t]*(?:y|yo|yrs?|years?|m|mo|months?)\.?[ \t]*[,，;][ \t]*)?(?i:"
    + alternation(ANIMAL_WORDS)
    + r")(?![A-Za-z])"
)

_ZH_MEMORIAL_AFTER_RE = re.compile(r"[ \t]*(?:纪念(?:馆|园|堂|碑|公园|广场|室)|故居|旧居|铜像|雕像|塑像|衣冠冢)")
"""Round 15: a memorial, a former residence or a statue right after a Chinese name: places kept in a notable
person's name (``邓丽君纪念园``, ``鲁迅故居``), not a private person's (a private grave is 墓, not listed)."""
_ZH_ORG_AFTER_RE = re.compile(
    r"[ \t]*(?:(?:律师|会计师|税务师|专利代理)?事务所|(?:有限责任|股份有限|有限)公司|集团|银行(?![卡账帐])|研究院|研究所|出版社|基金会)"
)
"""An organisation's type right after a Chinese name candidate: the candidate is the organisation's name
(``金杜律师事务所``: 金杜 followed by 律师 reads as "lawyer Jin Du" until 事务所 (firm) follows). Not a bare
公司 (``张伟公司的同事``: a person's company), nor 银行卡 (``张伟银行卡号``)."""
_PRODUCT_TAIL_RE = re.compile(r"(?i)[ \t](?:pro|plus|mini|ultra|lite)$")
"""A model word ending a Latin candidate (``Eero Pro``, ``Galaxy Ultra``): a product line, not a surname."""
_DEVICE_MODEL_RE = re.compile(
    r"(?i)(?:^|-)(?:router|printer|camera|tv|switch|ap|nas|speaker|watch|tablet|console)-(?=[a-z]*\d)[a-z0-9]+(?:-|$)"
)
"""A device kind, then a model code, joined by dashes (``Xiaomi-Router-AX3000``, ``HP-Printer-M428``): a device's
host name, not its owner's (``jinli56-iPhone`` ends in the device and keeps the owner)."""
_GREETING_HANDLE_RE = re.compile(r"([a-z][a-z0-9._-]{2,30})(?=[,!:])")
"""A user name right after a greeting, as a platform's message greets it (``Hello guadalupegonzalez, the …``)."""
_GREETINGS = frozenset(("hello", "hi", "hey", "dear"))
_VESSEL_BEFORE_RE = re.compile(
    r"(?i)(?<![a-z])(?:boat|yacht|vessel|sailboat|schooner|catamaran|ketch|trawler)[ \t]+"
    r"(?:(?:named|called)[ \t]+|name[ \t]*[:=：][ \t]*)?[\"'“‘]?$"
)
"""A boat's name right after the word for it (``my boat Summer Breeze``, ``the yacht called Sea Spirit``,
``Vessel name: Summer Breeze``): boats are named like people, and a boat is no one."""

_ZH_LATIN_SPEAKER_RE = re.compile(
    r"(?m)^[ \t]*"
    + LOG_PREFIX
    + r"(?:[\u4e00-\u9fff]{1,4}[ \t]*)?([a-z][a-z0-9._\-]{2,30})[ \t]*：(?=[^\n]*[\u4e00-\u9fff\u3000-\u303f\uff01-\uff5e])"
)
"""A lower-case user name as the speaker of a Chinese chat or comment line (``kwu：这车上周也停在…``,
``[20:31:33] lfeng：扣扣…`` after a time stamp, ``czhangsun：+1，…``), the speaker's role written before it or
not (``值班员lfeng：…``): the full-width colon and Chinese text or full-width punctuation after it; English
words are skipped (``note：``)."""
_ZH_HANDLE = r"([A-Za-z][A-Za-z0-9]*(?:[._-][A-Za-z0-9]+){0,2})(?![A-Za-z0-9_@.\-])"
_ZH_HANDLE_TARGET_RE = re.compile(
    r"(?:(?:推送|发送|转发|转交|抄送|通知|提醒|分享|同步)(?:到|至|给)|发(?:到|给)|@)[ \t]*[：:]?[ \t]*" + _ZH_HANDLE
)
"""An account a message is delivered to (``提醒推送到 lmei2291``, ``分享给 Zhou_Ping``): whoever receives it."""
_ZH_HANDLE_ASIDE_RE = re.compile(r"[（(][ \t]*[\u4e00-\u9fff]{1,4}[ \t]*[:：]?[ \t]*" + _ZH_HANDLE + r"[ \t]*[）)]")
"""An account alone in brackets after a short Chinese word (``周宁（家长 zhouning_88）``, ``（联系：lmei2291）``): the
contact of the person or role the bracket qualifies, where a phone number or e-mail address is also written."""
_LATIN_IN_ZH_RE = re.compile(
    r"(?:(?<=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff][ \t])|(?m:^)[ \t]*)"
    r"((?:[A-Z][a-z]+|[A-Z]{2,})(?:[ \t](?:[A-Z][a-z]+|[A-Z]{2,})){1,2})"
    r"(?=[ \t]?[\u4e00-\u9fff\uff08\uff0c\u3001])"
)
"""A Latin-script name set in Chinese text, between Chinese characters (``押金由Piotr Petrova从…``,
``队员 PIOTR PETROVA（外籍）``, ``HE XINYING 护照…`` at a line start); kept when the lexicons read it as
a name (:func:`_reads_as_name`: ``Kindle Paperwhite`` is none) or as romanised Chinese (``HE XINYING``)."""
_DEVICES = (
    r"iPhone|iPad|MacBook(?:-?Pro|-?Air)?|iMac|Mac|laptop|Laptop|PC|desktop|Android|phone|Phone|tablet"
    r"|[Tt]hink[Pp]ad|Redmi|Xiaomi|HUAWEI|Huawei|Honor|OPPO|vivo|Galaxy|Pixel|OnePlus|Surface"
)
_DEVICE_OWNER_RE = re.compile(
    rf"(?<![\w.@/-])([A-Za-z][A-Za-z0-9._]{{1,30}}[A-Za-z0-9])(?:-|['’]s[ -])(?:{_DEVICES})(?![A-Za-z])"
    r"|(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,4})的(?:iPhone|iPad|MacBook|Mac|电脑|笔记本|手机|平板)"
)
"""A device named after its owner, as network inventories and DHCP leases list them (``jinli56-iPhone``,
``Salmas-iPad``, ``侯旻俊的MacBook``)."""
_ZH_TRANSLITERATED_RE = re.compile(
    r"(?<![\u4e00-\u9fff·•・])([\u4e00-\u9fff]{1,5}(?:[·•・][\u4e00-\u9fff]{1,5}){1,3})(?![\u4e00-\u9fff·•・])"
)
"""A foreign name written in Chinese characters, its parts joined by a middle dot (大卫·米勒, 娜塔莉亚•哈桑),
standing alone (no Chinese character around it: a list item, a cell): the end of a part cannot be told
inside running text."""
_LOGIN_AT_HOST_RE = re.compile(
    r"(?<![\w.+%@/<-])([a-z][a-z0-9._-]{0,38}[a-z0-9])@"
    r"(?:\d{1,3}(?:\.\d{1,3}){3}|([A-Za-z][A-Za-z0-9-]{0,62}))(?![\w@-]|\.\w)"
)
"""A login at a host that is no mail domain: an IPv4 address or a host name without a dot, as ssh, scp,
rsync and sftp targets and public-key comments write them (``he.chen@10.0.0.5:/bak``, ``rzhao@home``,
``kongminyang@kongminyang-thinkpad``). An address with a dotted domain is an e-mail (its own type)."""
_SERVICE_LOGINS = frozenset(
    (
        "root", "git", "admin", "administrator", "ubuntu", "debian", "centos", "ec2-user", "pi", "deploy",
        "deployer", "www-data", "nginx", "apache", "postgres", "mysql", "redis", "backup", "ansible", "jenkins",
        "gitlab", "runner", "docker", "ops", "devops", "sysadmin", "svc", "service", "oracle", "hadoop", "user",
        "guest", "test", "demo", "nobody", "daemon", "ftp", "sftp",
    )
)  # fmt: skip
"""Logins of services and images, not people (``git@…``, ``root@…``, ``ec2-user@…``)."""
_SSH_USER_LINE_RE = re.compile(r"(?im)^[ \t]*user[ \t]+([a-z][a-z0-9._-]{0,38}[a-z0-9])[ \t]*$")
"""An ssh_config ``User`` line (``    User he.chen``): the login of that host."""
_SSH_KEY_FILE_RE = re.compile(
    r"\.ssh/(?:id_(?:rsa|ed25519|ecdsa|dsa)[_-]([a-z][a-z0-9._-]{0,38}[a-z0-9])"
    r"|([a-z][a-z0-9._-]{0,38}?[a-z0-9])[_-](?:rsa|ed25519|ecdsa|dsa))(?=\.pub\b|[^\w.-]|$)"
)
"""A key file named after its owner (``~/.ssh/id_ed25519_haomiao.shi``, ``~/.ssh/piotrmuller_rsa``)."""
_NOT_A_HOST = frozenset(
    (
        "latest",
        "next",
        "beta",
        "alpha",
        "canary",
        "rc",
        "stable",
        "lts",
        "dev",
        "nightly",
        "edge",
        "main",
        "master",
        "head",
    )
)
"""What follows ``@`` after a package or a ref, not a host (``eslint@latest``, ``vue@next``)."""
_DISPLAY_NAME_RE = re.compile(r"(?<![\w.@<-])([A-Za-z][\w.\-]{1,38}[A-Za-z0-9])[ \t]+<[^<>@\s]+@[^<>\s]+>")
"""A user name as the display name of an address (``Author: qiu.zhen <zhen.qiu81@example.cn>``)."""
_USERNAME_CUE_RE = re.compile(
    r"(?i)(?:"
    + alternation(
        (
            "posted by",
            "by user",
            "for user",
            "for invalid user",
            "logged in as",
            "password for",
            "accepted password for",
            # round 17: sshd names the account after every method it accepts (``Accepted publickey for …``)
            "accepted publickey for",
            "accepted keyboard-interactive/pam for",
            "accepted gssapi-with-mic for",
            "session opened for user",
            "host",
            "hostname",
            "client-hostname",
        )
    )
    + r"[\"'\s]+|"
    + alternation(
        (
            "user",
            "login",
            "楼主",
            "发帖人",
            "用户",
            "用户名",
            "账号",
            "cc",
            "bcc",
            "to",
            "from",
            "author",
            "owner",
            "assignee",
            "reporter",
        )
    )
    + r"[\"']?[ \t]*[：:=][\"' \t]*"
    r"|(?<![\w-])(?:username|user name|account|acct|handle|screen name|gamertag|nickname|昵称|游戏账号)"
    r"(?:[ \t]*[：:=(（\-][ \t]*|[ \t]+)[\"'(（]?"
    r"|(?:用户|账号|楼主|发帖人|使用人)[ \t]+"
    r"|(?m:^|\|[ \t]*)[\w.:<>\[\]_-]+[ \t]+-[ \t]+(?=[A-Za-z][\w.\-]*[ \t]+\[))"
    r"((?:[A-Za-z][\w.\-]{2,40}(?:[ \t]*[,、;][ \t]*)?){1,8})"
)
_SESSION_USER_RE = re.compile(
    r"(?<![\w-])sudo(?:\[\d+\])?:[ \t]+([a-z_][a-z0-9._-]{1,31})[ \t]+:[ \t]+(?:TTY|PWD|USER|COMMAND)="
    r"|(?m:^)([a-z_][a-z0-9._-]{1,31})[ \t]+(?:pts/\d+|tty[0-9a-z]*|console)[ \t]"
)
"""The account of a Unix session record (round 17): sudo's log line names the user who ran the command
(``sudo:   zuobo : TTY=pts/0 ; … COMMAND=…``), and ``last``/``who`` print the login first, then its terminal
(``tduong  pts/0  10.0.0.5  Sat Dec  6 09:02``). Kept when it reads as a person's (not ``root``, ``reboot``)."""
_NAME_PAIR_RE = re.compile(
    r"(?<![\w@./])[A-Za-z\u00c0-\u017f][a-z\u00df-\u00ff\u0100-\u017f'’-]+(?:[ \t]+[A-Za-z\u00c0-\u017f][a-z\u00df-\u00ff\u0100-\u017f'’-]+){1,2}(?![\w@])"
    r"|(?<![\w@./])[A-Z]{2,}(?:[ \t]+[A-Z]{2,}){1,2}(?![\w@])"
)

NOT_NAMES = frozenset(
    [
        "stdout",  # a notebook's or a runtime's stream name (``"name": "stdout"``)
        "stderr",
        "stdin",
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "there",
        "here",
        "it",
        "its",
        "my",
        "your",
        "our",
        "their",
        "his",
        "her",
        "and",
        "or",
        "but",
        "if",
        "then",
        "so",
        "as",
        "at",
        "by",
        "for",
        "in",
        "of",
        "on",
        "to",
        "with",
        "from",
        "into",
        "onto",
        "about",
        "above",
        "below",
        "after",
        "before",
        "during",
        "since",
        "until",
        "via",
        "per",
        "team",
        "support",
        "service",
        "customer",
        "client",
        "user",
        "admin",
        "staff",
        "manager",
        "department",
        "office",
        "company",
        "inc",
        "ltd",
        "llc",
        "corp",
        "co",
        "group",
        "hr",
        "it",
        "qa",
        "dev",
        "ops",
        "sales",
        "billing",
        "security",
        "system",
        "server",
        "team's",
        "everyone",
        "all",
        "sir",
        "madam",
        "sirs",
        "madams",
        "friend",
        "friends",
        "guys",
        "folks",
        "world",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "today",
        "tomorrow",
        "yesterday",
        "morning",
        "afternoon",
        "evening",
        "night",
        "regards",
        "thanks",
        "best",
        "cheers",
        "sincerely",
        "dear",
        "hi",
        "hello",
        "hey",
        "please",
        "note",
        "attached",
        "attachment",
        "re",
        "fw",
        "fwd",
        "subject",
        "order",
        "invoice",
        "account",
        "number",
        "phone",
        "email",
        "address",
        "date",
        "time",
        "street",
        "st",
        "avenue",
        "ave",
        "road",
        "rd",
        "city",
        "state",
        "zip",
        "country",
        "id",
        "no",
        "yes",
        "ok",
        "okay",
        "new",
        "old",
        "my",
        "name",
        "is",
        "am",
        "i'm",
        "i",
        "we",
        "you",
        "he",
        "she",
        "they",
        "question",
        "answer",
        "input",
        "output",
        "instruction",
        "example",
        "note",
        "summary",
        # column types of a schema (``name: VARCHAR (255)``, ``"name": "string"``)
        "varchar",
        "nvarchar",
        "char",
        "text",
        "string",
        "integer",
        "int",
        "bigint",
        "smallint",
        "boolean",
        "bool",
        "float",
        "double",
        "decimal",
        "numeric",
        "datetime",
        "timestamp",
        "uuid",
        "blob",
        "serial",
    ]
)
"""Words a cue-captured "name" must not be (capitalised words after a cue that are not names)."""


_THING_QUALIFIERS = frozenset(
    [
        "product",
        "company",
        "brand",
        "file",
        "movie",
        "film",
        "book",
        "song",
        "album",
        "band",
        "project",
        "team",
        "app",
        "application",
        "game",
        "course",
        "dish",
        "recipe",
        "pet",
        "domain",
        "host",
        "server",
        "device",
        "model",
        "product's",
        "business",
        "store",
        "shop",
        "restaurant",
        "hotel",
        "ship",
        "vessel",
        "boat",
        "yacht",
        "event",
        "program",
        "programme",
        "field",
        "column",
        "variable",
        "function",
        "class",
        "method",
        "package",
        "module",
        "table",
        "database",
        "school",
        "university",
        "city",
        "country",
        "street",
        "town",
        "planet",
        "species",
    ]
)
"""Words before a ``name:`` label that make it the name of a thing (``Product Name: Smartphone``)."""


def _ordinary_words(value: str) -> bool:
    """True when every word of ``value`` is an English word and together they do not read as a name.

    Several words read as a name when they are given + family names of the lexicons (``Rose
    Hill``); one word when it is a given name or a surname (``Faith``, ``Smith``).
    """
    words = value.split()
    if not words or not all(english_word(w) for w in words):
        return False
    if len(words) == 1:
        key = _fold_accents(words[0].casefold())
        return key not in given_names() and key not in family_names()
    return not _lexicon_name(words)


def _family_handle(value: str) -> bool:
    """A lower-case user name (six letters or more) that is a family name, maybe with an initial.

    ``mccarthys``, ``jsmith``: after a user key (``actor=``) it names a person.
    """
    if not (value.isalpha() and value.islower() and len(value) >= 6):
        return False
    family = family_names()
    return value in family or value[:-1] in family or value[1:] in family


def _not_a_person_label(text: str, cue_start: int, value: str) -> bool:
    """A label that names a thing, or one English word that is no given name after a role label.

    ``Product Name: Smartphone``, ``Manager: Responsible for ...``: not persons.
    """
    before = text[max(0, cue_start - 30) : cue_start].lower().split()
    if before and before[-1].strip("*_#-") in _THING_QUALIFIERS:
        return True
    words = value.split()
    return len(words) == 1 and english_word(words[0]) and words[0].lower() not in given_names()


_CONTRACTION = re.compile(r"(?i)(?:i|you|we|they|he|she|it|let|that|there)['’](?:d|ll|ve|m|re|s)[,.]?")


def _clean_name(value: str) -> tuple[int, int] | None:
    """The span of the name inside a cue capture after dropping leading/trailing non-name words."""
    words = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\S+", value)]
    while words and (words[0][2].lower().strip(".,'’") in NOT_NAMES or _CONTRACTION.fullmatch(words[0][2])):
        if len(words) > 1 and re.fullmatch(r"[A-Z]\.", words[0][2]):
            break  # an initial (``A. Rivera``, ``I. Okoro``), not the word "a" or "I"
        words.pop(0)
    while words and words[-1][2].lower().strip(".,'’") in NOT_NAMES:
        words.pop()
    if not words:
        return None
    return words[0][0], words[-1][1]


GENERIC_ID = re.compile(
    r"(?i)^(?:ann(?:otator)?|rater|labell?er|worker|user|expert|reviewer|judge|assessor|anon(?:ymous)?|a|r|w|u|id)"
    r"[-_ ]?\d{1,6}$|^\d{1,6}$"
)
"""Annotator ids that name nobody (``ann_16``, ``annotator-3``, ``42``); a long number can be a phone."""


@functools.lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    """English words (WordNet lemmas of the pinned spaCy package); empty when the package is missing."""
    try:
        from pipeline.stages.deidentify.recognizers.person_en import WordClasses

        return WordClasses().known
    except (ImportError, OSError, ValueError):
        return frozenset()


def english_word(word: str) -> bool:
    """True for an English word or a regular inflection of one (``bottom``, ``smaller``, ``leading``)."""
    w = word.lower()
    known = _english_words()
    if w in known:
        return True
    for suffix, repl in (
        ("s", ""),
        ("es", ""),
        ("ed", ""),
        ("ed", "e"),
        ("ing", ""),
        ("ing", "e"),
        ("er", ""),
        ("er", "e"),
        ("est", ""),
        ("ly", ""),
        ("ies", "y"),
        ("ier", "y"),
    ):
        if w.endswith(suffix) and len(w) > len(suffix) + 2 and w[: -len(suffix)] + repl in known:
            return True
    return bool(len(w) > 5 and w[-3:] in ("ing",) and w[:-4] in known)  # doubled consonant: running


def username_name_span(token: str) -> tuple[int, int] | None:
    """The span of ``token`` (an id or user name) that reads as a person's name, if any.

    Tries the whole token, then its parts split at ``-``, ``/`` and ``:``: ``ticket-rahul_desai``
    gives ``rahul_desai``, ``kevin.carter-mbp`` gives ``kevin.carter``.
    """
    if username_is_name(token):
        return 0, len(token)
    pieces = [(m.start(), m.end()) for m in re.finditer(r"[^\-/:]+", token)]
    for n in range(len(pieces), 0, -1):
        for i in range(len(pieces) - n + 1):
            s, e = pieces[i][0], pieces[i + n - 1][1]
            if (s, e) != (0, len(token)) and username_is_name(token[s:e]):
                return s, e
    return None


def _family_and_foreign(parts: list[str]) -> bool:
    """A family name at one end of a user name, the other parts no English words (``sanjay.gupta``).

    A two-part user name whose family name is also an English word (``host``, ``store``) needs a given name beside
    it: ``ansible_host`` and ``store-sh`` are code, ``rahul_baker`` is a name (three parts, ``seo-yeon.yamamoto``,
    read as before: the word list holds some surnames).
    """
    family, given = family_names(), given_names()
    if len(parts) > 3 or not any(p in family and len(p) >= 4 for p in (parts[0], parts[-1])):
        return False
    last = parts[-1] in family
    ends = parts[:-1] if last else parts[1:]
    if len(parts) == 2 and english_word(parts[-1] if last else parts[0]):
        return all(p in given and p not in NOT_NAMES for p in ends)
    return all(len(p) >= 2 and (p in given or not english_word(p)) and p not in NOT_NAMES for p in ends)


def username_is_name(token: str) -> bool:
    """True when a user-name-like token reads as a person's name.

    ``lakshmi.venkataraman6``, ``rahul_desai``, ``andrewmiller`` (given + family), ``mmartinez`` /
    ``lmartinez`` (initial + family), ``davism`` / ``chatterjeea`` (family + initial),
    ``qian_pengxuan``, ``pengshiming`` (pinyin).
    """
    word = re.sub(r"\d+$", "", token.strip().lower())
    parts = [p for p in re.split(r"[._\-]+", word) if p]
    if not parts or any(not p.isalpha() for p in parts):
        return False
    if len(parts) >= 2:
        family = family_names()
        return (
            _lexicon_name(parts)
            or (
                len(parts) == 2
                and (
                    (len(parts[0]) == 1 and parts[1] in family and len(parts[1]) >= 4)
                    or (len(parts[1]) == 1 and parts[0] in family and len(parts[0]) >= 4)
                )
            )
            or _family_and_foreign(parts)
        )
    word = parts[0]
    if len(word) < 5 or word in NOT_NAMES or english_word(word):
        return False
    if is_pinyin_name([word]):
        return True
    given, family = given_names(), family_names()
    if word[1:] in family and len(word) >= 6 and word[1:] not in NOT_NAMES:
        return True  # initial + family name
    if word[:-1] in family and len(word) >= 6 and word[:-1] not in NOT_NAMES:
        return True  # family name + initial
    return any(word[:k] in given and word[k:] in family for k in range(3, len(word) - 2))


def _fold_accents(word: str) -> str:
    if word.isascii():
        return word
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _one_case(tokens: Sequence[tuple[int, int, str]]) -> bool:
    """True when the words are all capitalised, all lower case or all upper case ("Ada Lovelace reading" is not)."""
    words = [w for _, _, w in tokens]
    return all(w[:1].isupper() for w in words) or all(w.islower() for w in words)


@functools.lru_cache(maxsize=1 << 16)
def _may_be_in_name(word: str) -> bool:
    """False when no name :func:`_lexicon_name` accepts can start with ``word`` or end with it.

    A lexicon name starts with a given name, a Korean given name or surname, or has a pinyin
    surname at either end; this single-word test lets :meth:`PersonRecognizer._lexicon_pairs` skip
    the runs of ordinary words (most of a text) before building their options.
    """
    low = word.lower()
    folded = _fold_accents(word.casefold()).replace("-", "")
    return folded in given_names() or low in PINYIN_SURNAMES or low in KOREAN_SURNAMES or is_korean_given(low)


def _lexicon_name(tokens: Sequence[str]) -> bool:
    """Tokens read as a personal name: given + family names of the lexicons, or romanised Chinese."""
    return _lexicon_name_cached(tuple(tokens))


@functools.lru_cache(maxsize=1 << 16)
def _lexicon_name_cached(tokens: tuple[str, ...]) -> bool:
    low = [_fold_accents(t.casefold()).replace("-", "") for t in tokens]
    if any(t in NOT_NAMES for t in low):
        return False
    if is_pinyin_name(tokens):
        return True
    if len(low) < 2:
        return False
    given, family = given_names(), family_names()
    raw = [t.lower() for t in tokens]
    if (is_korean_given(raw[0]) and (raw[-1] in KOREAN_SURNAMES or low[-1] in family)) or (
        raw[0] in KOREAN_SURNAMES and is_korean_given(raw[-1])
    ):
        return True
    return low[0] in given and (low[-1] in family or low[-1] in given)


_LETTERS = "a-z\u00df-\u00ff\u0100-\u017f"
_LOOSE_PAIR_RE = re.compile(
    rf"(?<![\w@./'’-])([A-Z\u00c0-\u00de\u0100-\u017f][{_LETTERS}]{{2,}}[ \t]+[A-Z\u00c0-\u00de\u0100-\u017f][{_LETTERS}]{{2,}})(?![\w@'’-])"
)
_MIXED_PINYIN_RE = re.compile(
    r"(?<![\w@./'’-])([A-Z]{2,}[ \t]+[A-Z][a-z]{2,}|[A-Z][a-z]{2,}[ \t]+[A-Z]{2,})(?![\w@'’-])"
)
_SELF_INTRO_NAME = re.compile(rf"([A-Za-z\u00c0-\u017f][{_LETTERS}]+[ \t]+[A-Za-z\u00c0-\u017f][{_LETTERS}]+)(?![\w@])")
_SELF_INTRO_GATE = LiteralGate(("this is", "it's", "it’s", "it is"))
_DOC_EXT = r"\.(?i:pdf|jpe?g|png|heic|tiff?|docx?|xlsx?|csv|txt|zip|rar|7z)(?![A-Za-z0-9])"
_DOC_FILE_EXT_RE = re.compile(_DOC_EXT)
"""The extension of a document's file name (a scan, a form, a spreadsheet)."""
_FILE_NAME_PIECE_RE = re.compile(
    rf"(?<=_)([A-Z][{_LETTERS}'’-]+(?: [A-Z][{_LETTERS}'’-]+){{1,2}})(?=_[^\n,;|\t]{{0,40}}?{_DOC_EXT})"
)
"""A full name between underscores in a file's name (``W-9_Richard King_641 33 3913.pdf``)."""
_FILE_OWNER_LOGIN_RE = re.compile(
    r"(?<![A-Za-z0-9])(?i:customer|client|patient|employee|user|member|student|tenant|applicant|candidate|guest)"
    rf"[_-]([a-z][a-z0-9]*(?:[._-][a-z0-9]+)*?)(?=(?:[_-][^\s/]{{0,40}}?)?{_DOC_EXT})"
)
"""Round 15: a file named for a person by role: the role word, then the person's login (``customer_yaochao.shi.xlsx``,
``patient-lmarsh_scan.pdf``); kept when the login reads as a person's (:func:`username_name_span`)."""
_ZH_PERSONAL_DOCS = (
    "工资条", "工资单", "劳动合同", "合同", "简历", "身份证", "护照", "体检报告", "病历", "成绩单", "社保",
    "户口本", "离职证明", "收入证明", "在职证明", "银行流水", "签证", "个税",
)  # fmt: skip
"""Words naming a person's own document in a file's name (``独孤秀工资条.pdf``)."""
_ZH_PERSONAL_DOC_HEADS = frozenset(w[:2] for w in _ZH_PERSONAL_DOCS)
"""Their first two characters: substring tests that rule out almost every text before any regex runs."""


def _reads_as_name(words: Sequence[str]) -> bool:
    """The lexicons read ``words`` as a name: given + family, one listed half, romanised Chinese, or one given name."""
    if len(words) == 1:
        return _fold_accents(words[0].casefold()) in given_names()
    return _lexicon_name(words) or _half_lexicon_name(words)


def _birth_owner_span(value: str) -> tuple[int, int] | None:
    """The part of ``value`` (capitalised words before a birth cue) that reads as a person's name, if any.

    ``Family, Given`` is read given name first; of a run of three words, the last two are tried when the
    three are no name (``Patient Maria Lopez``). The words must read as a name by the lexicons, half of them,
    or hold no English word (``Windows Vista, born`` is none).
    """
    if "," in value:
        family, given = value.split(",", 1)
        words = [*given.split(), family.strip()]
        options = [(0, len(value), words)]
    else:
        toks = [(t.start(), t.end(), t.group()) for t in re.finditer(r"\S+", value)]
        options = [(toks[0][0], toks[-1][1], [w for _, _, w in toks])]
        if len(toks) == 3:
            options.append((toks[1][0], toks[2][1], [toks[1][2], toks[2][2]]))
    for start, end, words in options:
        if any(w.lower() in NOT_NAMES or w.lower() in _en_stop_words() for w in words):
            continue
        if _lexicon_name(words) or _half_lexicon_name(words) or not any(english_word(w.lower()) for w in words):
            return start, end
    return None


def _half_lexicon_name(tokens: Sequence[str]) -> bool:
    """Two words, one a listed given name (first) or family name (last), the other no English word.

    ``Folake Adeyemi`` (Adeyemi is listed), ``Siobhan Wiśniewska`` (Siobhan is): the lexicons hold only
    half of many names. Neither word may be an English word or a stop word, so ``Kindle Paperwhite``
    or ``Grace Period`` are not read as names.
    """
    return len(tokens) == 2 and _half_lexicon_name_cached(tuple(tokens))


@functools.lru_cache(maxsize=1 << 16)
def _half_lexicon_name_cached(tokens: tuple[str, ...]) -> bool:
    low = [_fold_accents(t.casefold()).replace("-", "") for t in tokens]
    if any(t in NOT_NAMES or len(t) < 3 for t in low) or any(english_word(t) for t in tokens):
        return False
    given, family = given_names(), family_names()
    return low[0] in given or low[1] in family


def _inverted_pairs(text: str) -> Iterator[tuple[int, int]]:
    """``Family, Given`` set off as a cell or list item inside a line (round 19), read given name first.

    The words must read as a name by the lexicons (both halves, or one half and no English word), neither
    may be a listed place or a state that is also a given name (``Austin, Texas``, ``Jackson, Georgia``),
    and no capitalised word may stand right before (``New York, Mary``: part of a longer run).
    """
    for m in _INVERTED_PAIR_RE.finditer(text):
        family, given = m.group(1).split(",", 1)
        family, given_words = family.strip(), given.split()
        words = [*given_words, family]
        if any(PLACE_RE.fullmatch(w) for w in words) or any(w.lower() in _STATE_GIVEN_NAMES for w in words):
            continue
        if _CAPITALISED_BEFORE.search(text, max(0, m.start(1) - 40), m.start(1)):
            continue
        if _LIST_ITEM_AFTER.match(text, m.end(1)) is not None:
            continue  # Arthur, Bob, Louis: a list of given names, not a family name and a given name
        low = _fold_accents(family.casefold())
        if low in given_names() and low not in family_names():
            continue
        if _lexicon_name(words) or _half_lexicon_name(words):
            yield m.start(1), m.end(1)


# --------------------------------------------------------------------------- Chinese

_CJK = "\u4e00-\u9fff"
ZH_ROLES = (
    "姓名",
    "名字",
    "联系人",
    "紧急联系人",
    "收件人",
    "收货人",
    "寄件人",
    "发件人",
    "抄送",
    "患者",
    "病人",
    "家属",
    "妻子",
    "丈夫",
    "老公",
    "老婆",
    "儿子",
    "女儿",
    "父亲",
    "母亲",
    "爸爸",
    "妈妈",
    "哥哥",
    "姐姐",
    "弟弟",
    "妹妹",
    "配偶",
    "监护人",
    "车主",
    "业主",
    "租客",
    "房东",
    "预约人",
    "申请人",
    "投诉人",
    "举报人",
    "报案人",
    # a reporter's sources: the people notes about an interview name
    "线人",
    "信源",
    "受访者",
    "受访人",
    "爆料人",
    "知情人",
    "采访对象",
    "当事人",
    "被告",
    "原告",
    "被告人",
    "证人",
    "代理人",
    "法定代表人",
    "负责人",
    "经办人",
    "审批人",
    "审核人",
    "签名",
    "署名",
    "接诊",
    "主治医生",
    "持卡人",
    "开户人",
    "户主",
    "本人",
    "新郎",
    "新娘",
    "嫌疑人",
    "汇款人",
    "推荐人",
    "乘机人",
    "乘车人",
    "入住人",
    "处置人",
    "参会人",
    "主持人",
    "记录人",
    "爱人",
    "持有人",
    "担保人",
    "借款人",
    "收款人",
    "付款人",
    "领取人",
    "报告人",
    "发现人",
    "值班人",
    "发帖人",
    "楼主",
    "住户",
    "房主",
    "监护",
    "病患",
    "就诊人",
    "体检人",
    "考生",
    "员工姓名",
    "客户姓名",
    "真实姓名",
    "民警",
    "出警民警",
    "办案民警",
    "使用人",
    "买家",
    "卖家",
    "被害人",
    "受害人",
    "甲方",
    "乙方",
    "丙方",
    # parties of a lease, a sale, a transfer, a loan, a trust, an insurance policy or a will; the driver of
    # a vehicle
    "承租人",
    "出租人",
    "买受人",
    "出卖人",
    "受让人",
    "转让人",
    "委托人",
    "受托人",
    "出借人",
    "签约人",
    "投保人",
    "被保险人",
    "受益人",
    "继承人",
    "立遗嘱人",
    "驾驶人",
    "驾驶员",
    "委托诉讼代理人",
    "诉讼代理人",
    "辩护人",
    "旅客",
    "房客",
    "住客",
    "访客",
    "来访人",
    "维修师傅",
    "师傅",
    "快递员",
    "配送员",
    "联络人",
    "对接人",
    "销售顾问",
    "顾问",
    "班主任",
    "辅导员",
    "导师",
    "户名",
    "开户名",
    "账户名",
    "报警人",
    "邀请人",
    "发起人",
    "组织者",
    "长子",
    "次子",
    "长女",
    "次女",
    "独子",
    "儿媳",
    "女婿",
    "孙子",
    "孙女",
    "外孙",
    "外孙女",
    "侄子",
    "侄女",
    "外甥",
    "外甥女",
    "岳父",
    "岳母",
    "公公",
    "婆婆",
    "舅舅",
    "姑姑",
    "姨妈",
    "伯父",
    "叔父",
    "前妻",
    "前夫",
    "未婚妻",
    "未婚夫",
    "男友",
    "女友",
    "室友",
    # kinship words of posts and complaints (我妈何翀诗被…, 我爸王强): 妈/爸 alone are too common
    "我妈",
    "我爸",
    "我奶奶",
    "我爷爷",
    "我外婆",
    "我外公",
    "我姥姥",
    "我姥爷",
    # humble and mourning kinship words of letters, invitations and obituaries (小女张婷, 先父王强先生)
    "小女",
    "小儿",
    "犬子",
    "爱女",
    "爱子",
    "先父",
    "先母",
    "家父",
    "家母",
    "亡父",
    "亡母",
    "亡夫",
    "亡妻",
    # the parties of a marriage or divorce filing, a group's leader and members, a tour guide, a
    # boat's owner and a voter on a roll (男方张伟，女方李娜; 领队王强; 导游方筱; 船主司徒霞)
    "男方",
    "女方",
    "领队",
    "队员",
    "导游",
    "船主",
    "选民",
)
"""Role and relation words before a Chinese name (a colon after them is optional)."""

ZH_LABEL_ROLES = (
    "收",
    "寄",
    "致",
    "联系",
    "记录",
    "主持",
    "出席",
    "参会",
    "用户",
    "客户",
    "学员",
    "学生",
    "员工",
    "同事",
    "领导",
    "主管",
    "经理",
    "医生",
    "护士",
    "司机",
    "乘客",
    "作者",
    "客人",
    "客服",
    "会员",
    "管理员",
    "操作员",
    "店长",
    "骑手",
    "邀请",
)
"""Words that introduce a name when a colon follows (``收：张伟``). Without one they are ordinary words
(用户体验, 客户端) unless the name right after them fills its slot (:func:`_zh_bare_label_names`)."""

ZH_WEAK_CUES = ("我叫", "我是", "名叫", "叫做", "叫")
"""Cues stories use for characters too (``一个叫莫娜的女孩``): raised only in records with other personal data."""

ZH_TITLES = (
    "先生",
    "女士",
    "小姐",
    "老师",
    "医生",
    "大夫",
    "经理",
    "总",
    "主任",
    "教授",
    "律师",
    "护士",
    "师傅",
    "阿姨",
    "叔叔",
    "同学",
    "博士",
    "警官",
    "院长",
    "校长",
    "处长",
    "科长",
    "局长",
    "总监",
    "旅客",
    "乘客",
)
"""Titles after a Chinese surname (张老师, 王先生)."""

_SURNAME_ALT = alternation([*ZH_SURNAMES_2, *ZH_SURNAMES_1])
_ZH_FILE_OWNER_RE = re.compile(
    rf"(?<![{_CJK}])((?:{_SURNAME_ALT})[{_CJK}]{{1,2}})(?=[_-]?(?:的)?{alternation(_ZH_PERSONAL_DOCS)}"
    rf"[^\s,;|]{{0,30}}?{_DOC_EXT})"
)
"""A Chinese name right before a personal document's word in a file's name (``独孤秀工资条.pdf``)."""
_ZH_NAME = rf"(?:{_SURNAME_ALT})[ \u3000]?[{_CJK}]{{1,2}}"
_ZH_NAME_BEFORE_ID_RE = re.compile(
    rf"(?:(?<![{_CJK}])|(?=(?:{alternation(sorted(ZH_SURNAMES_2))})))({_ZH_NAME})"
    r"(?=[ \t]*[（(]?[ \t]*(?:身份证|电话|手机|证件|护照|生日|出生日期)|[（(][ \t]*\+?\d{7,})"
)
"""A Chinese name right before its owner's identifier, phone or birthday (``赖倩铭身份证 …``, ``于昕生日…``,
``上官思兵（身份证 …）``, ``皇甫垚颖（13912345678``): the name owns the value after it. Not glued to
another Chinese word unless the surname is a compound one (``客队 10 号上官思兵（身份证``)."""
_ZH_ID_KEY_GATE = re.compile(r"身份证|电话|手机|证件|护照|生日|出生日期|[（(][ \t]*\+?\d{7}")
_ZH_LIST = rf"({_ZH_NAME}(?:[ \t]*[、，,；;/][ \t]*{_ZH_NAME}){{0,9}})"
_ZH_ROLE_RE = re.compile(alternation(ZH_ROLES) + r"(?P<sep>(?:是|为|：|:|=|\s|，|、)*)" + _ZH_LIST)
"""A role word and the names it introduces; round 15: also as a log's or a query's key (``收货人=向鑫凯``, ``申请人=…``)."""
ZH_CONTACT_VERBS = (
    "发给",
    "发送给",
    "转给",
    "交给",
    "寄给",
    "递给",
    "转交",
    "告诉",
    "通知",
    "联系",
    "转告",
    "打给",
    "致电",
    "抄送给",
)
"""Verbs whose object is a person to reach (发给欧阳娜娜和端木蓉): the names right after them are private."""
_ZH_NAME_BEFORE_AND = rf"(?:{_SURNAME_ALT})[ \u3000]?[{_CJK}](?:(?![和与及跟])[{_CJK}])?"
"""A Chinese name whose last given character is no conjunction (王芳和张伟: 王芳, then 张伟)."""
_ZH_AND_LIST = rf"({_ZH_NAME_BEFORE_AND}(?:[ \t]*[、，,和与及跟][ \t]*{_ZH_NAME_BEFORE_AND}){{0,9}})"
_ZH_CONTACT_RE = re.compile(alternation(ZH_CONTACT_VERBS) + r"[ \t]*" + _ZH_AND_LIST)
_ZH_CONJUNCTIONS = frozenset("和与及跟")
_ZH_ROLE_AND_RE = re.compile(
    alternation(ZH_ROLES)
    + rf"(?:是|为|：|:|\s)*{_ZH_NAME_BEFORE_AND}[ \t]*[和与及][ \t]*((?:{_SURNAME_ALT})[{_CJK}]{{1,2}})"
)
"""The second of two names joined by a conjunction after a role word (``选民张伟和赖军静加到名单里``)."""
_ZH_ITEMS = re.compile(rf"(?:[ \t]*[、，,；;/][ \t]*)?({_ZH_NAME})")
_ZH_AND_ITEMS = re.compile(rf"(?:[ \t]*[、，,和与及跟][ \t]*)?({_ZH_NAME_BEFORE_AND})")
"""One item of a list after a cue (its separator, then the name), for :meth:`PersonRecognizer._zh_list`."""
_HONORIFICS = frozenset({"mr", "mrs", "ms", "mx", "dr"})
_EN_ROLE_BEFORE_RE = re.compile(
    r"(?i)(?<![A-Za-z])"
    + alternation(c for c in EN_ROLE_CUES if c not in _HONORIFICS)
    + r"\.?[ \t]*(?:[:=：,]|is|was|named|called)?[ \t]*$"
)
_ZH_ROLE_BEFORE_RE = re.compile(alternation(ZH_ROLES) + r"(?:是|为|：|:|\s|，|、)*$")


def _namesake_context(text: str, start: int, end: int) -> bool:
    """True when a public name at ``start:end`` is said to be a private person who shares it.

    A relation or role word right before it (``patient``, ``my wife``, 患者), a contact verb
    (``Text Harry Potter at ...``) or a relation in brackets after it (``Harry Potter (tenant)``).
    Labels (``Name:``, ``Author:``, ``<author>``) and honorifics (``Dr. Seuss``) are not enough:
    "Author: Lewis Carroll" is the author.
    """
    head = text[max(0, start - 40) : start]
    if _EN_ROLE_BEFORE_RE.search(head) or _ZH_ROLE_BEFORE_RE.search(head):
        return True
    if _EN_RELATION_AFTER_RE.match(text, end):
        return True
    return any(m.start(1) == start for m in _EN_CONTACT_VERB_RE.finditer(text, max(0, start - 40), end + 40))


_ZH_LABEL_RE = re.compile(alternation(ZH_LABEL_ROLES) + r"[ \t]*[：:][ \t]*" + _ZH_LIST)
_ZH_BARE_LABEL_RE = re.compile(alternation(r for r in ZH_LABEL_ROLES if len(r) > 1) + rf"(?={_SURNAME_ALT})")
"""A label role right before a surname character (``用户司马俊静反映``, ``客服徐宁波让我``)."""
_ZH_WEAK_RE = re.compile(alternation(ZH_WEAK_CUES) + rf"({_ZH_NAME})")
_ZH_INTRO_OF_RE = re.compile(rf"我是[^，,。；;！!？?、\n<>]{{1,10}}?的({_ZH_NAME})")
"""A self-introduction naming one's team or office first (round 17): ``我是数据组的易秋佳，``, ``我是居委会的…``;
weak like ``我是…``, and only where the name fills its slot (punctuation or a title after it)."""
_ZH_DASH_SIGNATURE_RE = re.compile(rf"(?:^|(?<=[。！!？?…\s]))(?:——|--|—)[ \t]*({_ZH_NAME})(?=[（(\s]|$)", re.MULTILINE)
"""A signature after a dash closing a letter or a testimonial (round 17): ``推荐给…团队！——于刚子（领英主页 …）``;
weak, like a signature after a sign-off."""
_ZH_KEY_VALUE_RE = re.compile(
    r"(?i)(?:(?:[A-Za-z]+_)*(?:name|user(?:name)?)|"
    + alternation(
        (
            "fn",
            "contact",
            "author",
            "owner",
            "buyer",
            "seller",
            "consignee",
            "receiver",
            "recipient",
            "sender",
            "patient",
            "guest",
            "driver",
            "passenger",
            "applicant",
            "tenant",
            "customer",
            "employee",
            "姓名",
            "名字",
            "联系人",
            "用户",
            "真实姓名",
            "fullname",
            "firstname",
            "lastname",
            "nickname",
        )
    )
    + r")\\?[\"']?[ \t]*(?:[:=]|=>|：)[ \t]*\\?[\"']?"
    rf"([{_CJK}](?:[ \u3000]?[{_CJK}]){{1,3}})(?![{_CJK}])"
)
"""A Chinese name as a key's value; the quotes may be escaped (round 19: JSON stored inside a string, as a Redis
``SET`` or a log line writes it: ``{\\"name\\":\\"笪凯玮\\"}``)."""
_ZH_DELIMITED_RE = re.compile(
    rf"(?:^|(?<=[：:、，,；;|/（(\s【\[\"'“‘「]))({_ZH_NAME})(?=[、，,；;|/（(\s）)】\]。\"'”’」]|$)", re.M
)
_VCARD_N_RE = re.compile(r"(?m)^N(?:;[^:\n]*)?:([^;\n]*);([^;\n]*)")
_LATIN_AFTER_ZH_ROLE_RE = re.compile(alternation(ZH_ROLES) + rf"[ \t]*[：:]?[ \t]*({_NAME_CAP})")
_USER_AFTER_ZH_ROLE_RE = re.compile(
    alternation([*ZH_ROLES, *ZH_LABEL_ROLES])
    + r"[ \t]*[：:]?[ \t]*([a-z][a-z0-9]*(?:[._-][a-z0-9]+){0,2})(?![A-Za-z0-9_@.])"
)
"""A user name right after a Chinese role (``管理员shi.lu从…``, ``操作员：zoutao``)."""
_ICAL_CN_RE = re.compile(r"(?m)^(?:ORGANIZER|ATTENDEE)(?:;[^:\n]*)?;CN=\"?([^\":;\n]{2,60})\"?[:;]")
"""The display name of an iCalendar organiser or attendee (``ORGANIZER;CN=幸志:mailto:…``)."""
_LONE_INVERTED_RE = re.compile(
    r"(?m)^[ \t]*(?:[-*•][ \t]*)?([A-Z][a-z\u00df-\u00ff\u0100-\u017f'’-]+,[ \t]*"
    r"[A-Z][a-z\u00df-\u00ff\u0100-\u017f'’-]+(?:[ \t]+[A-Z][a-z\u00df-\u00ff\u0100-\u017f'’-]+)?)[ \t]*$"
)
"""A line holding only ``Family, Given`` (a roster, a list of names)."""
_BIRTH_WORD = rf"[A-Z\u00c0-\u00de\u0100-\u017f][{_LETTERS}'’]+(?:-[A-Z\u00c0-\u00de\u0100-\u017f]?[{_LETTERS}'’]+)?"
_INVERTED_PAIR_RE = re.compile(
    rf"(?<![\w@./'’,&-])((?:[A-Z]['’]|Ma?c)?{_BIRTH_WORD},[ \t]*{_BIRTH_WORD}(?:[ \t]{_BIRTH_WORD})?)"
    r"(?=[ \t]*(?:$|[,;|<(?!)\]）、，；（]|\.(?:[ \t]|$))|[ \t]{2})",
    re.MULTILINE,
)
"""Round 19: ``Family, Given`` inside a line, set off as a cell or a list item (``Renter: Novák, Giulia  DL:``,
``2. O'Brien, Siobhan, deckhand``, ``Soto, Jorge <jorge@…>``, ``for Sharma, Kavya?``)."""
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w'’-]*,?[ \t]+$")
_LIST_ITEM_AFTER = re.compile(
    r"[ \t]*,[ \t]*[A-Z][a-z\u00df-\u00ff\u0100-\u017f'’-]+[ \t]*(?:,|$|(?:and|&|or)[ \t])", re.M
)
"""A third capitalised word as the next item of a comma list (``Arthur, Bob, Louis``)."""
_STATE_GIVEN_NAMES = frozenset(
    ("georgia", "virginia", "carolina", "indiana", "montana", "nevada", "washington", "dakota", "arizona", "florida")
)
"""US states that are also given names: ``Jackson, Georgia`` is a town and its state, not a person."""
_NAME_BEFORE_BIRTH_RE = re.compile(
    rf"(?<![\w@./'’-])({_BIRTH_WORD}(?:,[ \t]*{_BIRTH_WORD}|(?:[ \t]+{_BIRTH_WORD}){{1,2}}))"
    r"[ \t]*[,(（]?[ \t]*(?i:born|b\.(?=[ \t]*\d)|dob|d\.o\.b|date of birth|birth ?date|aged?(?=[ \t:]*\d)|deceased)"
    r"(?![A-Za-z])"
)
"""A name right before its owner's birth (or age, or death): ``Okafor, Ngozi, born 4 May 2011``, ``Ivy Chen
(DOB 2001-02-03)``, ``Estate of Lars Berg, deceased``: whatever the layout, a birth cue says whose it is."""
_NAME_BEFORE_BIRTH_GATE = LoweredGate(
    r"(?<![a-z])(?:born|b\.|dob|d\.o\.b|date of birth|birth ?date|aged?|deceased)(?![a-z])"
)
_NAME_BEFORE_PHONE_RE = re.compile(
    rf"(?<![\w@./'’-])({_BIRTH_WORD}(?:[ \t]+{_BIRTH_WORD}){{1,2}})[ \t]*[,:(（]?[ \t]*"
    r"(?=(?P<tel>\+?\d{0,3}[ \t.-]?\(?\d{2,5}\)?(?:[ \t.-]?\d{2,6}){1,3})(?![\d/:.]))"
)
"""A name right before its owner's phone number (``Reference: Ada Obi 415 555 0182``, ``Ines Duarte (+34 …``):
the number says the name is a reachable person's."""
_YEARS_OR_DATE = re.compile(r"(?:19|20)\d\d(?:[ \t.-]+(?:19|20)\d\d|[-/.]\d{1,2}[-/.]\d{1,2})(?!\d)")
_PHONEISH = re.compile(r"\d{3,4}[ \t.-]?\d{4}")
_SELF_INTRO_RE = re.compile(r"(?i)(?<![a-z])(?:this is|it's|it’s|it is)[ \t]+")
"""A speaker naming themselves on the phone or in a voice mail (``hi this is siobhan wiśniewska calling``)."""
_ZH_TITLE_RE = re.compile(
    rf"(?<![{_CJK}])({_SURNAME_ALT}" + alternation(ZH_TITLES) + ")(?![统结共计部体和额量数监裁理之们有是会要能算])"
)
_ZH_TITLE_AFTER_NAME_RE = re.compile(
    rf"({_SURNAME_ALT}[{_CJK}]{{1,2}})(?=" + alternation(t for t in ZH_TITLES if len(t) > 1) + ")"
)
"""A full name before a title (张伟老师); one-character titles (总) only follow a bare surname (王总)."""

# Gates: the same question as the regex (or a prefix of it every match needs), asked faster, so the
# regex runs only on texts where it can match (pipeline/text/alternation.py).
_EN_CUE_GATE = LoweredGate.of(_EN_CUE_RE)
_EN_WEAK_GATE = LoweredGate.of(_EN_WEAK_RE)
_EN_LIST_CUE_GATE = LoweredGate.of(_EN_LIST_CUE_RE)
_USERNAME_CUE_GATE = LoweredGate.of(_USERNAME_CUE_RE)
_ZH_KEY_VALUE_GATE = LoweredGate.of(_ZH_KEY_VALUE_RE)
_KEY_VALUE_GATE = LoweredGate(
    r"(?<![a-z0-9])(?:[a-z]+_)*" + alternation(KEY_VALUE_KEYS) + r"\\?[\"']?[ \t]*(?:[:=]|=>)"
)
_ZH_TITLE_GATE = LiteralGate(ZH_TITLES)
_ZH_LONG_TITLE_GATE = LiteralGate(t for t in ZH_TITLES if len(t) > 1)
_ZH_SPEAKER_RE = re.compile(rf"(?m)(?:^{LOG_PREFIX}|\|)[ \t]*((?:{_SURNAME_ALT})[{_CJK}]{{1,2}})[ \t]*[：:]")
_ZH_ROLE_SUFFIXES = (
    "主管", "经理", "专员", "客服", "助理", "顾问", "组长", "班长", "店长", "坐席", "护士", "医生", "老师", "司机", "员", "师", "长",
)  # fmt: skip
_ZH_STAFF_RE = re.compile(
    alternation((*_ZH_ROLE_SUFFIXES, "医", "群主", "店主", "摊主")) + rf"[ \t]?(?={_SURNAME_ALT})"
)
"""Round 19: a staff title ending in a role word, then a name (``审核员呼延亮（工号…）``, ``当值药师库欣佳。``, ``校医栾垚磊的``,
``群主方健欣，``, ``司机向曦，``); the name must fill its slot (:func:`_zh_staff_name`); raised in a private record."""
_ZH_ROLE_SPEAKER_RE = re.compile(
    rf"(?m)^{LOG_PREFIX}[ \t]*[{_CJK}]{{0,4}}?{alternation(_ZH_ROLE_SUFFIXES)}"
    rf"[ \t]?((?:{_SURNAME_ALT})[{_CJK}]{{1,2}})[ \t]*[：:]"
)
"""A speaker tag whose name follows the speaker's role (``客服主管方晨秀：…``, ``值班护士 李岚：…``): a role word
ending the tag's first characters, then a full name, then the colon; the name's own checks still apply."""
_ZH_KIN_AFTER_ZHI = frozenset("婿妻夫子女孙媳")
_ZH_PROXY_RE = re.compile(
    rf"由[ \t]*((?:{_SURNAME_ALT})[{_CJK}]{{1,3}}?)[ \t]*(?=代(?:办|接|领|收|签|取|缴|交|为|理|填|送)|陪同|接送)"
)
"""Round 15: who acts for another: 由 + a name + a proxy verb (``由揭婷代办``, ``由王磊代接孩子``, ``由李明陪同``)."""
_ZH_KIN_NAME_RE = re.compile(rf"之(?:婿|妻|夫|媳)[ \t]*((?:{_SURNAME_ALT})[{_CJK}]{{1,2}})")
"""A relative named after a name in family records (``王强之婿陈诗翀``, ``之妻``)."""
_ZH_GREETING_RE = re.compile(rf"(?m)^[ \t]*((?:{_SURNAME_ALT})[{_CJK}]{{1,2}})(?=您好|你好)")
"""A letter's or message's addressee before its greeting at a line start (``司马娟您好：…``)."""
_ZH_PARENT_TAG_RE = re.compile(
    rf"(?m)(?:^{LOG_PREFIX}|\||@)[ \t]*((?:(?![妈爸])[{_CJK}]){{1,2}})(?:妈妈|爸爸|妈|爸|奶奶|爷爷|外婆|外公|姥姥|姥爷)[ \t]*[：:]"
)
"""A parent named after a child in a class or neighbourhood chat (``丽雨妈妈：``, ``昕爸：``): the child's given name."""
ZH_NOT_GIVEN = frozenset("的了是在和与及或等把被从向对为也都就还要会能说到已将让给他她它们我你其这那够于")
ZH_NOT_NAME_WORDS = frozenset(
    [
        "楼主",
        "客服",
        "用户",
        "患者",
        "医生",
        "护士",
        "师傅",
        "老师",
        "同学",
        "经理",
        "主任",
        "主管",
        "家属",
        "本人",
        "对方",
        "双方",
        "甲方",
        "乙方",
        "丙方",
        "买家",
        "卖家",
        "司机",
        "乘客",
        "房东",
        "租客",
        "业主",
        "物业",
        "前台",
        "管理员",
        "负责人",
        "联系人",
        "收件人",
        "寄件人",
        "原告",
        "被告",
        "证人",
        "警官",
        "民警",
        "法官",
        "律师",
        "顾问",
        "专家",
    ]
)
"""Role words that can start with a surname character (楼主, 师傅): never a name themselves."""
"""Characters that end a name capture early (they are grammar, not given names)."""


@functools.lru_cache(maxsize=1)
def _zh_words() -> dict[str, int]:
    """Jieba's dictionary frequencies (loaded with jieba)."""
    import jieba

    jieba.initialize()
    return dict(jieba.dt.FREQ)


_ZH_NOT_NAME_END = frozenset(
    "性者器剂粉酱笔里于式率度化品类机法料量点费夹饼室格质体管炎症区院所店馆厂局部门组科系栏框表项页键钮盘线网站台车船药片液膏汤茶酒肉菜饭面粥糕糖盐油醋素酸碱钙铁锌省市县镇乡村路街号楼层座语文课工"
)


@functools.lru_cache(maxsize=1)
def _zh_tags() -> Mapping[str, str]:
    """Jieba's dictionary part-of-speech tags (``nr``: a person's name), shared with jieba, not copied."""
    import jieba.posseg

    _zh_words()
    tags: Mapping[str, str] = jieba.posseg.dt.word_tag_tab
    return tags


ZH_NAME_WORD_MAX_FREQ = 1000
"""A word of jieba's dictionary tagged ``nr`` below this frequency can be a name in a cued slot (李白 374,
李娜 438); above it jieba's ``nr`` words are mostly ordinary words (谢谢 1089, 明白 10875)."""
ZH_SPLIT_WORD_FREQ = 1000
"""A name capture's last character that forms a word this frequent with the next one is not part of
the name (刘洋明天 → 刘洋 + 明天)."""
_ZH_SLOT_END = frozenset("，,、；;。.！!？?：:）)】]」』》\"'”’ \t\r\n|/（(<")


def _zh_name_word(name: str) -> bool:
    """True when ``name`` is a word of jieba's dictionary tagged as a person's name and not a common word."""
    return _zh_tags().get(name) == "nr" and _zh_words().get(name, 0) < ZH_NAME_WORD_MAX_FREQ


ZH_CHILD_CHAR_MAX_FREQ = 500
"""A single character before 妈妈 below this jieba frequency is a child's name (昕 113), above it a word (宝, 新)."""


def _zh_child_name(given: str) -> bool:
    """True when ``given`` (before 妈妈/爸爸 in a speaker tag) reads as a child's given name, not a word.

    Two characters: not a jieba word (丽雨), a doubled nickname (朵朵) or a word tagged as a name; one
    character: a rare one (昕; not 宝, 新). ``新手``, ``全职``, ``二胎`` are words: 新手妈妈 is no name.
    """
    words = _zh_words()
    if len(given) == 1:
        return given not in ZH_NOT_GIVEN and words.get(given, 0) < ZH_CHILD_CHAR_MAX_FREQ
    return given not in words or given[0] == given[1] or _zh_tags().get(given) == "nr"


def _zh_slot_ends(text: str, end: int, conjunctions: bool = False) -> bool:
    """True when a name ending at ``end`` fills its slot.

    Punctuation, a line end, the text's end or a title follows (with ``conjunctions``, also 和/与/及/跟).
    """
    if end >= len(text) or text[end] in _ZH_SLOT_END or text.startswith(ZH_TITLES, end):
        return True
    return conjunctions and text[end] in _ZH_CONJUNCTIONS


def _zh_before_word(text: str, start: int, name: str) -> str:
    """``name`` (at ``start``) without a last given-name character that starts a common word after it.

    预约人刘洋明天上午到: 刘洋, not 刘洋明 (明天 is a word).
    """
    end = start + len(name)
    given = len(name) - (2 if name[:2] in ZH_SURNAMES_2 else 1)
    if given >= 2 and end < len(text) and _zh_words().get(text[end - 1 : end + 1], 0) >= ZH_SPLIT_WORD_FREQ:
        return name[:-1]
    if given >= 2 and name[-1] == "之" and text[end : end + 1] in _ZH_KIN_AFTER_ZHI:
        return name[:-1]  # 王强之婿: 王强's son-in-law
    return name


_ZH_NAME_MACRO_RE = re.compile(r"\\name\{([\u4e00-\u9fff]{1,2})\}\{([\u4e00-\u9fff]{1,2})\}")
"""A LaTeX CV class's name macro with a Chinese family and given name (moderncv ``\\name{曹}{梓}``)."""


def _zh_split_names(text: str) -> Iterator[tuple[int, int]]:
    r"""Chinese names written as two fields of one structure (round 17).

    A vCard ``N:`` line (``N:于;晨;;;``) or a LaTeX name macro (``\name{曹}{梓}``) holds the family and the given
    name apart. A part of two characters or more is a finding of its own (for the vCard, ``_VCARD_N_RE`` among the
    structured names), so record consistency follows it into the rest of the record; a single character is too
    common to stand alone (consistency would follow it into every word holding it), so when both parts are single
    characters the span from the family name to the given name is the finding, if the two read as a plausible name.
    """
    hits = [(m, True) for m in _VCARD_N_RE.finditer(text)] if "N:" in text or "N;" in text else []
    if "\\name{" in text:
        hits += [(m, False) for m in _ZH_NAME_MACRO_RE.finditer(text)]
    for m, vcard in hits:
        family, given = m.group(1).strip(), m.group(2).strip()
        if not family or not given or not all("\u4e00" <= c <= "\u9fff" for c in family + given):
            continue
        if not _zh_plausible(family + given):
            continue
        if len(family) == 1 and len(given) == 1:
            yield m.start(1), m.end(2)
        elif not vcard:
            for g in (1, 2):
                if len(m.group(g)) >= 2:
                    yield m.start(g), m.end(g)


def _zh_plausible(name: str, cued: bool = False) -> bool:
    """A surname-led CJK token that is not an ordinary word (左心室, 单元格, 高考 are words).

    ``cued``: the token fills a slot a cue opened (``患者：李白，``, a speaker tag ``李娜：``), so a word of
    jieba's dictionary that jieba tags as a person's name (李白, 李娜) is a name too.
    """
    compact = name.replace(" ", "").replace("\u3000", "")
    if not 2 <= len(compact) <= 4 or compact[-1] in _ZH_NOT_NAME_END or compact in ZH_NOT_NAME_WORDS:
        return False
    if any(c in ZH_NOT_GIVEN for c in compact[1:]):
        return False  # a function word or pronoun in the given name: 从他们, 和她, 利用其
    words = _zh_words()
    if len(compact) >= 3 and compact[:2] not in ZH_SURNAMES_2 and words.get(compact[:2], 0) >= 5000:
        return False  # a very common word at the start: 能够共, 利用其
    return words.get(compact, 0) < 50 or (cued and _zh_name_word(compact))


ZH_FOLLOW_WORD_FREQ = 100
"""A verb, preposition, adverb, conjunction or particle this frequent right after a bare role's name
marks where the name ends (``用户司马俊静反映``, ``客服徐宁波让我``)."""


def _zh_word_follows(text: str, end: int) -> bool:
    """True when a grammatical word (verb, preposition, adverb, conjunction, particle) starts at ``end``."""
    tags, words = _zh_tags(), _zh_words()
    for w in (text[end : end + 2], text[end : end + 1]):
        tag = tags.get(w)
        if tag is not None and tag[:1] in ("v", "p", "d", "c", "u") and words.get(w, 0) >= ZH_FOLLOW_WORD_FREQ:
            return True
    return False


def _zh_bare_label_name(text: str, start: int) -> int:
    """The end of a name right after a label role written without a separator, or 0 for none.

    ``客户覃 成，`` / ``用户司马俊静反映`` / ``客服徐宁波让我``: the name must fill its slot (punctuation, a
    title or a conjunction follows) or be followed by a grammatical word; it must not be a word
    (用户体验, 客户关系), start with one (作者简介中) or start with a surname that is mostly a
    function word (用户和, 客户应, 客服有). Only roles of two characters or more count (收 in 歉收 is no role).
    """
    if text[start] in ZH_AMBIGUOUS_SURNAMES or text[start] in _ZH_CONJUNCTIONS:
        return 0  # 作者和内容, 客服有没有, 学生都应: a function word, not a surname, after the role word
    surname = 2 if text[start : start + 2] in ZH_SURNAMES_2 else 1
    pos = start + surname
    space = 1 if text[pos : pos + 1] in (" ", "\u3000") else 0
    words = _zh_words()
    for given in (2, 1):
        end = pos + space + given
        name = text[start:end]
        compact = name.replace(" ", "").replace("\u3000", "")
        if len(compact) != surname + given or not all("\u4e00" <= c <= "\u9fff" for c in compact):
            continue
        if surname == 1 and words.get(compact[:2], 0) >= ZH_SPLIT_WORD_FREQ and _zh_tags().get(compact[:2]) != "nr":
            continue  # 关系, 简介, 方法: a common word, not surname + given name
        if _trim_zh(compact) != compact or not _zh_plausible(compact):
            continue
        if given == 2 and words.get(text[end - 1 : end + 1], 0) >= ZH_FOLLOW_WORD_FREQ // 2:
            continue  # 华丽入住, 李白反映: the last character starts the next word (入住, 反映)
        fills = _zh_slot_ends(text, end, conjunctions=True)
        if compact[0] in ZH_AMBIGUOUS_SURNAMES and not fills:
            continue
        if fills or _zh_word_follows(text, end):
            return end
    return 0


def _zh_staff_name(text: str, start: int) -> int:
    """The end of a name right after a staff title (:data:`_ZH_STAFF_RE`), or 0 for none (round 19).

    The role's last character and the surname must not form a common word (师范大学: 师范, 院长期望: 长期). A
    surname that is mostly a function word (向, 易, 方, 库 …) counts only when the name fills its slot and
    neither it nor its given part is a word (``司机向曦，``, ``群主方健欣，``; not ``经理向大家，``, ``司机向前。``).
    """
    words = _zh_words()
    if words.get(text[start - 1 : start + 1], 0) >= ZH_FOLLOW_WORD_FREQ:
        return 0
    if text[start] not in ZH_AMBIGUOUS_SURNAMES:
        return _zh_bare_label_name(text, start)
    for end in (start + 3, start + 2):
        name = text[start:end]
        if len(name) != end - start or not all("\u4e00" <= c <= "\u9fff" for c in name):
            continue
        if not _zh_slot_ends(text, end) or words.get(name, 0) or words.get(name[:2], 0) >= ZH_FOLLOW_WORD_FREQ:
            continue  # 向前开。: 向前 is a word
        if len(name) == 3 and words.get(name[1:], 0) >= ZH_FOLLOW_WORD_FREQ:
            continue  # 向大家: 大家 is a word
        if _trim_zh(name) == name and _zh_plausible(name):
            return end
    return 0


def _trim_zh(name: str) -> str:
    """Cut a Chinese name capture at the first grammatical character after the surname."""
    start = 2 if name[:2] in ZH_SURNAMES_2 else 1
    for i in range(start, len(name)):
        if name[i] in ZH_NOT_GIVEN:
            return name[:i]
    return name


# --------------------------------------------------------------------------- tables

NAME_HEADERS = frozenset(
    [
        "name",
        "names",
        "full_name",
        "fullname",
        "full-name",
        "first_name",
        "last_name",
        "firstname",
        "lastname",
        "surname",
        "student",
        "students",
        "pupil",
        "guardian",
        "parent",
        "customer",
        "client",
        "patient",
        "employee",
        "staff",
        "member",
        "contact",
        "contact_name",
        "owner",
        "user",
        "username",
        "author",
        "assignee",
        "reporter",
        "recipient",
        "sender",
        "applicant",
        "candidate",
        "recruiter",
        "interviewer",
        "technician",
        "tenant",
        "driver",
        "passenger",
        "attendee",
        "participant",
        "speaker",
        "guest",
        "guests",
        "traveler",
        "traveller",
        "holder",
        "donor",
        "referrer",
        "employee_name",
        "customer_name",
        "patient_name",
        "student_name",
        "manager",
        "who",
        "person",
        "contact",
        "person_name",
        "display_name",
        "real_name",
        "legal_name",
        "name_en",
        "name_cn",
        "乘客姓名",
        "旅客",
        "入住人",
        "参会人",
        "出席人",
        "经办人",
        "姓名",
        "名字",
        "联系人",
        "学生",
        "学员",
        "客户",
        "患者",
        "员工",
        "家长",
        "监护人",
        "用户",
        "申请人",
        "负责人",
        "收件人",
        "收货人",
        "司机",
        "乘客",
        "姓名/name",
    ]
)
"""Table headers whose column holds people's names."""

HANDLE_HEADERS = frozenset(
    [
        "user",
        "username",
        "user_name",
        "login",
        "account",
        "alias",
        "nickname",
        "handle",
        "用户",
        "用户名",
        "账号",
        "帐号",
        "用户账号",
        "登录名",
        "登录账号",
        "昵称",
        "nick",  # round 18: a member table's short column name (``COPY public.members (..., nick, ...)``)
    ]
)
"""Table headers whose column holds user names (``wuqianghua70`` under 用户名 in a firewall log export): a
cell is a name only where it reads as one (:func:`username_name_span`: ``admin``, ``root``, ``server01`` do
not)."""
_HANDLE_CELL = re.compile(r"[A-Za-z][A-Za-z0-9._\-]{2,39}")

_CELL_SPLIT = re.compile(r"\s*[|,\t]\s*")


_SQL_INSERT_RE = re.compile(r"(?is)insert\s+into\s+[\w.`\"]+\s*\(([^)]*)\)\s*values\s*")
_SQL_ROW_RE = re.compile(r"\(((?:'(?:[^']|'')*'|[^()'])*)\)")


def _sql_name_cells(text: str) -> Iterator[tuple[int, int]]:
    """Quoted values of name columns in SQL ``INSERT INTO t (cols) VALUES (...), (...)`` statements."""
    for m in _SQL_INSERT_RE.finditer(text):
        cols = [c.strip().strip('`"').lower() for c in m.group(1).split(",")]
        wanted = [i for i, c in enumerate(cols) if c in NAME_HEADERS]
        if not wanted:
            continue
        pos = m.end()
        while True:
            row = _SQL_ROW_RE.match(text, pos)
            if row is None:
                break
            values = list(re.finditer(r"'((?:[^']|'')*)'|[^,]+", row.group(1)))
            for i in wanted:
                if i < len(values) and values[i].group(1) is not None:
                    yield row.start(1) + values[i].start(1), row.start(1) + values[i].end(1)
            pos = row.end()
            comma = re.match(r"\s*,\s*", text[pos:])
            if comma is None:
                break
            pos += comma.end()


_NAME_PART_HEADERS = frozenset(
    ["firstname", "lastname", "givenname", "givennames", "familyname", "forename", "forenames", "middlename", "fname",
     "lname", "surname", "名", "姓"]
)  # fmt: skip
"""Headers of one part of a person's name in any spelling (``First Name``, ``first-name``, ``given_name``)."""
_BARE_GIVEN_HEADERS = frozenset(["first", "given", "middle"])
_BARE_FAMILY_HEADERS = frozenset(["last", "family"])


def _name_part_columns(heads: list[str]) -> set[int]:
    """Columns holding one part of a person's name (round 15).

    A header names a part in any spelling (:data:`_NAME_PART_HEADERS`, ``First Name``, ``given_name``); the bare
    words ``first``/``given`` and ``last``/``family`` only as a pair in one header row (``bib,first,last,dob``),
    since alone they head many other columns (``first`` of a ranking, ``last`` seen).
    """
    keys = [re.sub(r"[ _\-.]", "", h) for h in heads]
    out = {i for i, k in enumerate(keys) if k in _NAME_PART_HEADERS}
    given = [i for i, k in enumerate(keys) if k in _BARE_GIVEN_HEADERS]
    family = [i for i, k in enumerate(keys) if k in _BARE_FAMILY_HEADERS]
    if given and family:
        out.update(given + family)
    return out


_HEAD_ASIDE = re.compile(r"[ \t]*\([^()]{1,30}\)$")
"""A header's aside in parentheses (round 19: Zoom's ``Name (Original Name)``, ``Name (as on passport)``): the
header is the word before it."""


def _table_name_cells(text: str) -> Iterator[tuple[int, int, bool, bool]]:
    """Spans of cells under a header that names people, in CSV/TSV/markdown/pipe-separated lines.

    The flags say whether the header is one of names (:data:`NAME_HEADERS`) and whether one of user names
    (:data:`HANDLE_HEADERS`); ``user`` and ``username`` are both.
    """
    yield from ((s, e, True, False) for s, e in _sql_name_cells(text))
    if "stdin" in text and "\t" in text:
        # round 18: the rows of a PostgreSQL dump's ``COPY t (cols) FROM stdin;`` under their column names
        for c in table_index(text).cells:
            if c.column.startswith("copy:"):
                head = c.header.lower()
                if head in NAME_HEADERS or head in HANDLE_HEADERS:
                    yield c.start, c.end, head in NAME_HEADERS, head in HANDLE_HEADERS
    lines: list[tuple[int, str]] = []
    pos = 0
    for raw in text.split("\n"):
        lines.append((pos, raw))
        pos += len(raw) + 1
    # rows flattened with " | " separators (as in records that joined a table into one line)
    for li, (offset, line) in enumerate(lines):
        if "," not in line and "|" not in line and "\t" not in line:
            continue
        cells = _cells(line)
        heads = [_HEAD_ASIDE.sub("", c[2].strip().strip("*`").lower()) for c in cells]
        parts = _name_part_columns(heads)
        cols = [i for i, h in enumerate(heads) if h in NAME_HEADERS or h in HANDLE_HEADERS or i in parts]
        if not cols:
            continue
        heads = [h if i not in parts else "name" for i, h in enumerate(heads)]
        width = len(cells)
        for offset2, line2 in lines[li + 1 :]:
            row = _cells(line2)
            if len(row) > width:
                row = _merge_spaced_cells(line2, row, width)
            if not row_fits(len(row), width):
                if re.fullmatch(r"[\s|:\-]+", line2):
                    continue  # markdown separator row
                break
            for i in cols:
                if i >= len(row):
                    continue
                s, e, value = row[i]
                if value and not re.fullmatch(r"[\s:\-]+", value):
                    yield offset2 + s, offset2 + e, heads[i] in NAME_HEADERS, heads[i] in HANDLE_HEADERS
        # one-line tables: "student,score,guardian | funmilayo abubakar,94,grace@x | ..."
        if " | " in line:
            yield from ((s, e, True, False) for s, e in _inline_rows(line, offset))


def _cells(line: str) -> list[tuple[int, int, str]]:
    """Cells of a CSV/TSV/markdown line as ``(start, end, text)``, text stripped."""
    out = []
    start = 0
    sep = "|" if line.count("|") >= 2 and line.count(",") < line.count("|") else ("\t" if "\t" in line else ",")
    for part in line.split(sep):
        end = start + len(part)
        stripped = part.strip()
        lead = len(part) - len(part.lstrip())
        out.append((start + lead, start + lead + len(stripped), stripped))
        start = end + 1
    if sep == "|" and out and not out[0][2]:
        out = out[1:]
    if sep == "|" and out and not out[-1][2]:
        out = out[:-1]
    return out


_NOT_HANDLES = frozenset({"everyone", "here", "channel", "all", "admin", "admins", "team", "bot", "todo"})


_MANIFEST_SECTION_RE = re.compile(r"\[(?:metadata|package|project|tool\.poetry|workspace\.package)\]")
"""The section of a package manifest whose ``name`` is the package's (setup.cfg, Cargo.toml, pyproject.toml)."""
_VERSION_KEY_RE = re.compile(r"(?im)(?:^|[{,])[ \t]*[\"']?version[\"']?[ \t]*[:=]")
"""A ``version`` key at a line start (TOML, INI, YAML, JSON): a manifest's block."""


def _names_a_package(text: str, key_start: int, value_start: int) -> bool:
    """True when a bare ``name`` key with a lower-case value is in a manifest's section or has a ``version`` key within two lines.

    That is a package manifest's block (``[metadata]`` / ``name = pii-scrubber`` / ``version = 1.9.0``;
    ``"name": "fastgeo", "version": …``), not a person's record.
    """
    key = text[key_start:value_start].strip(" \t\"':=").lower()
    if key != "name":
        return False
    head = text[value_start : value_start + 3].lstrip(" \t\"'")
    if not head[:1].islower():
        return False  # Name: Wang Jian under a form's Version: 2.1 is a person; packages are lower case
    if "[" in text:
        header = text.rfind("\n[", 0, key_start)
        if header >= 0 or text.startswith("["):
            line = text[header + 1 : text.find("\n", header + 1)]
            if _MANIFEST_SECTION_RE.fullmatch(line.strip()):
                return True
    lo = key_start
    for _ in range(3):
        lo = text.rfind("\n", 0, max(0, lo - 1)) if lo > 0 else -1
        if lo < 0:
            break
    hi = value_start
    for _ in range(3):
        nxt = text.find("\n", hi + 1)
        if nxt < 0:
            hi = len(text)
            break
        hi = nxt
    window = text[max(0, lo) : hi]
    return "ersion" in window and _VERSION_KEY_RE.search(window) is not None


def _login_is_personal(login: str, host: str | None) -> bool:
    """True when ``login@host`` (:data:`_LOGIN_AT_HOST_RE`) names a person's account.

    Not a service's (``root@``, ``git@``), a package's tag (``eslint@latest``) or English words
    (``backup@nas``, ``build-bot@ci``), unless the words read as a name (``will.stewart``, ``he.chen``).
    """
    if host is not None and (host.lower() in _NOT_A_HOST or re.fullmatch(r"(?i)sha\d+|v?\d[\w-]*", host)):
        return False
    low = login.lower()
    if low in _SERVICE_LOGINS or english_word(low) or len(low) < 3:
        return False
    parts = [p for p in re.split(r"[._-]+", low) if p]
    if not all(english_word(p) or p in _SERVICE_LOGINS for p in parts):
        return True
    return username_is_name(low) or (len(parts) == 2 and is_pinyin_name(parts))  # will.stewart, he.chen


def _login_under_account_key(key: str, value: str) -> bool:
    """True when ``value`` is a login under a key naming an account, in any spelling of the key.

    ``"userName":"hiro.sato"``, ``User-Name = "lmarsh"``: whatever it reads as, unless every part of it is
    an English word or a system account (``User-Name = "guest"``, ``login: root``).
    """
    if _ACCOUNT_KEY_END.search(key) is None or _LOGIN_VALUE.fullmatch(value) is None:
        return False
    parts = [p for p in re.split(r"[._\-\d]+", value) if p]
    if not parts or value in _NOT_HANDLES or any(p in NOT_NAMES for p in parts):
        return False
    return not all(english_word(p) for p in parts)


def _handle_reads_as_account(handle: str) -> bool:
    """True when ``handle`` reads as a personal account.

    A person's name in it (``zhou_ning88``, ``LiMei1990``), or romanised Chinese (whole syllables, or an
    initial and syllables) then at least two digits (``kluan7759``; never ``iphone15``, ``redmi12``, ``mysql8``).
    """
    if username_name_span(handle) is not None or username_name_span(handle.lower()) is not None:
        return True
    m = re.fullmatch(r"([A-Za-z]{3,})[._-]?\d{2,}", handle)
    if m is None:
        return False
    low = m.group(1).lower()
    return 2 <= pinyin_syllables(low) <= 4 or (low[0] not in "aeiou" and 1 <= pinyin_syllables(low[1:]) <= 3)


def _mention_is_handle(handle: str) -> bool:
    """A mentioned or speaking user name, not an English word, a group (``@here``) or a code symbol (``@app.route``)."""
    word = handle.lower()
    if word in _NOT_HANDLES or english_word(word) or english_word(word.rstrip("s")):
        return False
    return not re.fullmatch(r"[a-z]+\.[a-z]+(?:\.[a-z]+)*", word) or username_is_name(word)


def _merge_spaced_cells(line: str, row: list[tuple[int, int, str]], width: int) -> list[tuple[int, int, str]]:
    """A CSV row with more cells than its header, its unquoted ``", "`` joined back into one value.

    ``INV-50409,Barbara,Cook,717.245.3369,24 Sunset Court, #901,b@x.net``: a comma followed by a space
    is written inside a value (an address, a note), not between fields. Returns ``row`` unchanged
    unless the joined row has exactly ``width`` cells.
    """
    if "," not in line or line.count("|") >= 2:
        return row
    merged: list[tuple[int, int, str]] = []
    for s, e, value in row:
        glued = merged and s > 0 and line[s - 1] in " \t" and line[:s].rstrip(" \t").endswith(",")
        if glued and value:
            ps, _, _ = merged[-1]
            merged[-1] = (ps, e, line[ps:e])
        else:
            merged.append((s, e, value))
    return merged if len(merged) == width else row


def _inline_rows(line: str, offset: int) -> Iterator[tuple[int, int]]:
    """A header and rows joined by ``" | "`` on one line, fields separated by commas."""
    segments = []
    pos = 0
    for seg in line.split(" | "):
        segments.append((pos, seg))
        pos += len(seg) + 3
    for si, (_seg_off, seg) in enumerate(segments):
        heads = [h.strip().lower() for h in seg.split(",")]
        cols = [i for i, h in enumerate(heads) if h in NAME_HEADERS]
        if not cols or len(heads) < 2:
            continue
        for row_off, row in segments[si + 1 :]:
            parts = row.split(",")
            if len(parts) != len(heads):
                break
            starts = [0]
            for p in parts[:-1]:
                starts.append(starts[-1] + len(p) + 1)
            for i in cols:
                value = parts[i]
                stripped = value.strip()
                if stripped:
                    s = row_off + starts[i] + (len(value) - len(value.lstrip()))
                    yield offset + s, offset + s + len(stripped)


# --------------------------------------------------------------------------- the recognizer


def _public(name: str) -> bool:
    """True when ``name`` is a public figure or fictional character (see :mod:`.public`)."""
    from pipeline.stages.deidentify.recognizers.public import is_public_name

    return is_public_name(name)


KINSHIP_WORDS = frozenset(
    [
        "son",
        "daughter",
        "aunt",
        "uncle",
        "auntie",
        "mom",
        "mum",
        "dad",
        "mother",
        "father",
        "sister",
        "brother",
        "grandma",
        "grandpa",
        "granny",
        "grandmother",
        "grandfather",
        "nephew",
        "niece",
        "cousin",
        "wife",
        "husband",
        "baby",
        "sis",
        "bro",
    ]
)
"""Kinship words: capitalised at a sentence start or as an address (``Son, come home``), no name."""

_STREET_TAIL_RE = re.compile(r"\s(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Ln|Lane|Pkwy|Parkway|Hwy|Highway)\.?$")
_LOWER_WORDS_RE = re.compile(r"[a-z]+(?: [a-z]+)+")


def _not_a_latin_name(value: str) -> bool:
    """True for Latin-script values that cannot be a person's name, whatever the cue.

    A lone kinship word (``Son``, ``Aunt``); a lone capitalised English word that is neither a given
    nor a family name (``Responsible`` after ``Manager:``); lower-case words, half of them English
    and one no name at all (``unique username given``; ``lakshmi singh``, ``funmilayo adeleke`` stay
    names); a street (``E Berkeley St``).
    """
    if not value.isascii():
        return False
    from pipeline.stages.deidentify.recognizers.lexicon import family_names, given_names

    folded = value.casefold()
    if " " not in value:
        if folded in KINSHIP_WORDS:
            return True
        return (
            value[:1].isupper()
            and value[1:].islower()
            and value.isalpha()
            and english_word(folded)
            and folded not in given_names()
            and folded not in family_names()
        )
    if _STREET_TAIL_RE.search(value):
        return True
    if _LOWER_WORDS_RE.fullmatch(value):
        words = value.split()
        return 2 * sum(english_word(w) for w in words) >= len(words) and any(
            w not in given_names() and w not in family_names() for w in words
        )
    return False


@functools.lru_cache(maxsize=1)
def _en_stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS) | NOT_NAMES


class PersonRecognizer(Recognizer):
    """``PERSON``: private persons' names in Chinese and English text (see the module docstring)."""

    ENTITIES = ("PERSON",)

    def may_match(self, text: str) -> bool:
        """Any letter or CJK character could start a name."""
        return any(c.isalpha() for c in text)

    def find(self, text: str, nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        """Every name candidate with its score (:data:`NEUTRAL` or :data:`PRIVATE`)."""
        original = text
        unfolded = getattr(nlp_artifacts, "text", None)
        if isinstance(unfolded, str) and len(unfolded) == len(text):
            original = unfolded  # the text before folding (same offsets)
        spans: dict[tuple[int, int], float] = {}
        public_spans: list[tuple[int, int]] | None = None

        def inside_public_name(s: int, e: int) -> bool:
            """True when ``s:e`` lies inside a listed public name of the text (Leonardo in Leonardo da Vinci)."""
            nonlocal public_spans
            if public_spans is None:
                from pipeline.stages.deidentify.recognizers.public import public_name_spans

                public_spans = public_name_spans(original)
            return any(ps <= s and e <= pe for ps, pe in public_spans)

        def add(s: int, e: int, score: float) -> None:
            value = original[s:e].strip()
            if len(value) < 2 or not any(c.isalpha() for c in value):
                return
            lead = len(original[s:e]) - len(original[s:e].lstrip())
            s += lead
            e = s + len(value)
            if value.endswith(("'s", "’s")):
                e -= 2
                value = value[:-2]
            if " " not in value and value.lower() in _en_stop_words():
                return  # "Anyone", "Everyone": a tagger's guess at a capitalised function word
            if _not_a_latin_name(value):
                return  # "Responsible", "Son", "unique username given", "E Berkeley St"
            if _ANIMAL_AFTER_RE.match(original, e) is not None:
                return  # a pet: "Patient: Bella (Labrador, 7y)", 患者：豆豆（泰迪犬）
            if _VESSEL_BEFORE_RE.search(original, max(0, s - 40), s) is not None:
                return  # a boat: "registering my boat Summer Breeze"
            if "\u4e00" <= value[-1] <= "\u9fff" and _ZH_ORG_AFTER_RE.match(original, e) is not None:
                return  # an organisation's name: 金杜律师事务所, 华为技术有限公司
            if "\u4e00" <= value[-1] <= "\u9fff" and _ZH_MEMORIAL_AFTER_RE.match(original, e) is not None:
                return  # a memorial names a notable person: 鲁迅故居, 邓丽君纪念园 (round 15)
            if _PRODUCT_TAIL_RE.search(value) is not None:
                return  # a product: "Eero Pro 6 mesh installed"
            if "-" in value and _DEVICE_MODEL_RE.search(value) is not None:
                return  # a device's host name: "Xiaomi-Router-AX3000" in a DHCP lease table
            if (_public(value) or inside_public_name(s, e)) and (
                score < PRIVATE or not _namesake_context(original, s, e)
            ):
                return  # a public figure (or part of one), unless a role or relation makes this one a namesake
            if score > spans.get((s, e), 0.0):
                spans[(s, e)] = score

        for s, e, label, score in getattr(nlp_artifacts, "candidates", ()) or ():
            if label == KEYED_LATIN:
                add(s, e, PRIVATE)  # a Latin-script name after a Chinese name key or role (收款人名称：MARIA GONZÁLEZ)
                continue
            if label != "PERSON":
                continue
            value = original[s:e]
            cjk = any("\u4e00" <= c <= "\u9fff" for c in value)
            if cjk and any(c.isascii() and c.isalpha() for c in value):
                continue  # an English NER window run across Chinese text: not one name
            if cjk:
                if not _zh_plausible(value):
                    continue  # an ordinary word (陈述, 查询) the tagger took for a name
                add(s, e, PRIVATE if score >= PRIVATE else WEAK if score >= 0.7 else NEUTRAL)
            else:
                level = self._en_cue_before(original, s)
                if level < IN_PROSE:
                    level = level_around(original, s, e) or level
                add(s, e, level)
        for s, e, level in self._en_cue_names(original):
            add(s, e, level)
        for s, e, level in self._prose_names(original):
            add(s, e, level)
        for s, e, level in full_names(original, NEUTRAL):
            words = original[s:e].split()
            if any(w.lower() in _en_stop_words() for w in words):
                continue  # "When Annabelle's parents", "The Netherland's": a sentence's first word
            if s > 0 and re.search(r"[A-Z][\w'’-]*[ \t]+$", original[max(0, s - 30) : s]):
                continue  # part of a longer run of capitalised words (a title, an organisation)
            if _lexicon_name(words) or _half_lexicon_name(words) or not any(english_word(w.lower()) for w in words):
                add(s, e, level)
        for s, e in self._structured_names(original):
            add(s, e, PRIVATE)
        for s, e in self._lexicon_pairs(original):
            add(s, e, NEUTRAL)
        for s, e in self._loose_names(original):
            add(s, e, NEUTRAL)
        for s, e in self._free_usernames(original):
            add(s, e, WEAK)
        for m in _AUTHOR_TAG_RE.finditer(original) if _AUTHOR_TAG_GATE(original) else ():
            if _mention_is_handle(m.group(1)) and not any(p in NOT_NAMES for p in re.split(r"[._\-\d]+", m.group(1))):
                add(m.start(1), m.end(1), WEAK)  # a login as a line's author: raised in a record about a person
        for m in _KEY_VALUE_RE.finditer(original) if _KEY_VALUE_GATE(original) else ():
            if _login_under_account_key(original[m.start() : m.start(1)], m.group(1)):
                add(m.start(1), m.end(1), NEUTRAL)  # any other login: raised in a record about a person
        if "@" in original:
            for m in _LOGIN_AT_HOST_RE.finditer(original):
                if _login_is_personal(m.group(1), m.group(2)):
                    add(m.start(1), m.end(1), PRIVATE)  # an account on a machine: ssh/scp targets, key comments
                    host = m.group(2) or ""
                    if host.startswith(m.group(1)) and host[len(m.group(1)) : len(m.group(1)) + 1] == "-":
                        add(m.start(2), m.start(2) + len(m.group(1)), PRIVATE)  # a host named after it: li.na-thinkpad
        if ".ssh/" in original:
            for m in _SSH_KEY_FILE_RE.finditer(original):
                g = 1 if m.group(1) is not None else 2
                if _login_is_personal(m.group(g), None):
                    add(m.start(g), m.end(g), PRIVATE)
        if "ser" in original and _SSH_USER_LINE_RE.search(original) is not None:
            for m in _SSH_USER_LINE_RE.finditer(original):
                if _login_is_personal(m.group(1), None):
                    add(m.start(1), m.end(1), PRIVATE)
        if "<" in original and "@" in original:
            for m in _DISPLAY_NAME_RE.finditer(original):
                handle = m.group(1)
                if (handle[0].islower() or re.search(r"[._]", handle)) and not english_word(handle.lower()):
                    add(m.start(1), m.end(1), WEAK)  # a user name; "GitHub <noreply@…>" is an organisation
        if "·" in original or "•" in original or "・" in original:
            for m in _ZH_TRANSLITERATED_RE.finditer(original):
                add(m.start(1), m.end(1), NEUTRAL)  # public figures (卡尔·马克思) are dropped by add()
        for m in _DEVICE_OWNER_RE.finditer(original):
            if m.group(1) is not None:
                owner = re.sub(r"\d+$", "", m.group(1))
                if not english_word(owner.lower()) and not english_word(owner.lower().rstrip("s")):
                    add(m.start(1), m.end(1), WEAK)  # office-PC, guest-laptop, my-iPhone: no owner
            elif _trim_zh(m.group(2)) == m.group(2) and _zh_plausible(m.group(2)):
                add(m.start(2), m.end(2), WEAK)
        if "@" in original:
            for m in _HANDLE_TAG_RE.finditer(original):
                if not english_word(m.group(1).lower()):  # @Override, @todo: code and notes, not people
                    add(m.start(1), m.end(1), WEAK)  # a speaker tag, like "Priya Raman: ..."
            for m in _MENTION_RE.finditer(original):
                if _mention_is_handle(m.group(1)):
                    add(m.start(1), m.end(1), WEAK)
        if ":" in original and _CLOCK.search(original):
            for m in _SPEAKER_TIME_RE.finditer(original):
                if _mention_is_handle(m.group(1)):
                    add(m.start(1), m.end(1), WEAK)
        if ":" in original:
            for m in _LOWER_SPEAKER_RE.finditer(original):
                if username_is_name(m.group(1)):
                    add(m.start(1), m.end(1), WEAK)
        if any("\u4e00" <= c <= "\u9fff" for c in original):
            for s, e, level in self._zh_cue_names(original):
                add(s, e, level)
            for m in _ZH_LATIN_SPEAKER_RE.finditer(original) if "：" in original else ():
                if _mention_is_handle(m.group(1)):
                    add(m.start(1), m.end(1), WEAK)
            for rx in (_ZH_HANDLE_TARGET_RE, _ZH_HANDLE_ASIDE_RE):
                for m in rx.finditer(original):
                    if _handle_reads_as_account(m.group(1)):
                        add(m.start(1), m.end(1), PRIVATE)
            for m in _USER_AFTER_ZH_ROLE_RE.finditer(original):
                span = username_name_span(m.group(1))
                if span is not None:
                    add(m.start(1) + span[0], m.start(1) + span[1], PRIVATE)
            for m in _LATIN_IN_ZH_RE.finditer(original):
                words = m.group(1).split()
                if _reads_as_name(words) or _reads_as_name([w.title() for w in words]) or is_pinyin_name(words):
                    add(m.start(1), m.end(1), NEUTRAL)
            for m in _LATIN_AFTER_ZH_ROLE_RE.finditer(original):
                span = _clean_name(m.group(1))
                if span is not None:
                    add(m.start(1) + span[0], m.start(1) + span[1], PRIVATE)
            for s, e in self._zh_delimited(original):
                add(s, e, NEUTRAL)
            for s, e in _zh_split_names(original):
                spans[(s, e)] = max(spans.get((s, e), 0.0), PRIVATE)
        return [result("PERSON", s, e, score, type(self).__name__) for (s, e), score in sorted(spans.items())]

    # -- English ---------------------------------------------------------------------------------

    @staticmethod
    def _en_cue_before(text: str, start: int) -> float:
        """The level a cue right before ``start`` gives a tagger's candidate (:data:`NEUTRAL` without one)."""
        head = text[max(0, start - 40) : start]
        if _EN_CUE_BEFORE_RE.search(head):
            return PRIVATE
        if _EN_WEAK_BEFORE_RE.search(head):
            return WEAK
        line_start = text.rfind("\n", 0, start) + 1
        if not text[line_start:start].strip() and re.match(r"[^:\n]{1,40}[:：]", text[start:]) is not None:
            return WEAK  # a speaker tag
        return NEUTRAL

    @staticmethod
    def _prose_names(text: str) -> Iterator[tuple[int, int, float]]:
        """Names a prose cue delimits (:func:`.prose.prose_names`) that read as names.

        One capitalised word must be a listed given name or no English word (``Leif``; not ``Finally``);
        lower-case words must read as given + family name in the lexicons (``patricia desrosiers``),
        trailing words that break that reading are left out (``… desrosiers in a couple``).
        """
        for s, e, level in prose_names(text, PRIVATE):
            spans = [(m.start(), m.end()) for m in re.finditer(r"\S+", text[s:e])]
            words = [text[s + a : s + b] for a, b in spans]
            if words[0][:1].islower():
                while len(words) >= 2 and not _lexicon_name(words):
                    words.pop()
                if len(words) < 2:
                    continue
                e = s + spans[len(words) - 1][1]
            else:
                k = 0  # "met with German Chancellor Angela …": leading English words are no part of the name
                while k < len(words) and english_word(words[k].lower()):
                    if words[k].lower() in given_names() and len(words) - k <= 2:
                        break
                    k += 1
                if k == len(words):
                    continue
                s += spans[k][0]
            span = _clean_name(text[s:e])
            if span is not None:
                yield s + span[0], s + span[1], level

    def _en_cue_names(self, text: str) -> Iterator[tuple[int, int, float]]:
        """Names right after a cue word or label, in a signature, or as a speaker tag, with their level."""
        colon = ":" in text or "：" in text
        for m in _EN_LIST_CUE_RE.finditer(text) if colon and _EN_LIST_CUE_GATE(text) else ():
            for item in re.finditer(rf"{_NAME_CAP}|{_NAME_LOWER}", m.group(1)):
                words = item.group().split()
                foreign = len(words) >= 2 and not any(english_word(w) for w in words)
                if item.group()[:1].isupper() or _lexicon_name(words) or foreign:
                    span = _clean_name(item.group())
                    if span is not None:
                        yield m.start(1) + item.start() + span[0], m.start(1) + item.start() + span[1], PRIVATE
        for regex, level, gate in ((_EN_CUE_RE, PRIVATE, _EN_CUE_GATE), (_EN_WEAK_RE, WEAK, _EN_WEAK_GATE)):
            for m in regex.finditer(text) if gate(text) else ():
                rest = text[m.end() : m.end() + 80]
                cue = m.group().strip().lower()
                got = _EN_NAME_AFTER.match(rest)
                if (
                    got is None
                    and level == PRIVATE
                    and (re.search(r"[:=：]$", cue) or cue.endswith(("name is", "name's")))
                ):
                    got = _EN_NAME_AFTER_LOWER.match(rest)
                    words = got.group(1).split() if got is not None else []
                    if words and not _lexicon_name(words) and any(english_word(w) for w in words):
                        got = None  # lower-case words after a label: a name only if they read as one
                if got is None and level == PRIVATE and re.search(r"[:=：]$", cue):
                    got = _EN_NAME_UPPER.match(rest)
                    words = got.group(1).split() if got is not None else []
                    if words and not (_reads_as_name([w.title() for w in words]) or is_pinyin_name(words)):
                        got = None  # capitals after a label (``To: ALL STAFF``): a name only if they read as one
                if got is None and level == WEAK and cue.rstrip(",:").strip() in _GREETINGS:
                    handle = _GREETING_HANDLE_RE.match(rest)
                    if handle is not None and not english_word(handle.group(1)) and username_is_name(handle.group(1)):
                        yield m.end() + handle.start(1), m.end() + handle.end(1), WEAK  # ``Hello guptaa,``
                    continue
                if got is None:
                    continue
                span = _clean_name(got.group(1))
                if span is None:
                    continue
                value = got.group(1)[span[0] : span[1]]
                if value.lower() in _en_stop_words():
                    continue
                if cue not in _HONORIFICS and cue.rstrip(".") not in _HONORIFICS and _ordinary_words(value):
                    continue  # "Customer Feedback", "Patient Records Management": words, not a name
                if re.search(r"[:=：]$", cue) and _not_a_person_label(text, m.start(), value):
                    continue
                if cue[:1] == "n" and _names_a_package(text, m.start(), m.end()):
                    continue  # [metadata] name = pii-scrubber / version = 1.9.0: a package
                end = span[1]
                if " " not in value and re.search(r"[:=：]$", cue):
                    inverted = _INVERTED_REST.match(rest, end)
                    if inverted is not None:
                        end = inverted.end(1)  # "Name: Jones, Emily": family name, given name
                yield m.end() + span[0], m.end() + end, level
        for m in _EN_CONTACT_VERB_RE.finditer(text):
            span = _clean_name(m.group(1))
            if span is not None:
                yield m.start(1) + span[0], m.start(1) + span[1], PRIVATE
        for m in _EN_NAME_BEFORE_RELATION_RE.finditer(text) if ("(" in text or "（" in text) else ():
            span = _clean_name(m.group(1))
            if span is not None:
                yield m.start(1) + span[0], m.start(1) + span[1], PRIVATE
        for m in _SIGNOFF_RE.finditer(text):
            span = _clean_name(m.group(1))
            if span is not None:
                yield m.start(1) + span[0], m.start(1) + span[1], WEAK
        for rx in (_PERSONA_RE, _DASH_SIGNATURE_RE) if ("you" in text.lower() or "-" in text or "—" in text) else ():
            for m in rx.finditer(text):
                words = m.group(1).split()
                if len(words) >= 2 and (
                    _reads_as_name(words)
                    or (_fold_accents(words[0].casefold()) in given_names() and not english_word(words[-1].lower()))
                ):
                    yield m.start(1), m.end(1), WEAK
        for m in _SPEAKER_RE.finditer(text) if colon else ():
            g = 1 if m.group(1) else 2
            value = m.group(g)
            span = _clean_name(value)
            if span is None:
                continue
            words = value[span[0] : span[1]].split()
            if g == 2 and len(words) < 2 and words[0].lower() not in given_names():
                continue  # "Note:", "Answer:" are not speakers; one word must be a known given name
            if g == 2 and all(english_word(w) for w in words) and not _lexicon_name(words):
                continue  # "Sample Data:", "Technical Team:" are headings
            if g == 2 and m.group(0).lstrip()[:1] not in (value[:1], "") and not _reads_as_name(words):
                continue  # after a time stamp ("[10:02] Kindle Paperwhite: ..."), the speaker must read as a name
            yield m.start(g) + span[0], m.start(g) + span[1], WEAK

    @staticmethod
    def _lexicon_pairs(text: str) -> Iterator[tuple[int, int]]:
        """Two or three words that read as given + family names (any case), or a romanised Chinese name.

        Only :data:`NEUTRAL`: the stage raises them in records that hold other personal data.
        """
        for m in _NAME_PAIR_RE.finditer(text):
            if not any(_may_be_in_name(w) for w in m.group().split()):
                continue  # no word of the run can be part of a lexicon name: the checks below all fail
            tokens = [(t.start() + m.start(), t.end() + m.start(), t.group()) for t in re.finditer(r"\S+", m.group())]
            options = [tokens] if _one_case(tokens) else [tokens[:2], tokens[1:]] if len(tokens) == 3 else []
            for option in options:
                words = [w for _, _, w in option]
                if not _one_case(option) or not _lexicon_name(words):
                    continue
                if all(w.islower() for w in words) and all(english_word(w) for w in words):
                    continue  # "can mail", "will smith": lower-case English words read as names by chance
                if is_pinyin_name(words) or not all(w.isupper() and len(w) <= 3 for w in words):
                    yield option[0][0], option[-1][1]
                    break

    @staticmethod
    def _loose_names(text: str) -> Iterator[tuple[int, int]]:
        """Name candidates the lexicons half know (only :data:`NEUTRAL` or :data:`WEAK` by the caller).

        - Two capitalised words, one a listed given or family name and the other no English word
          (``Folake Adeyemi``, ``Siobhan Wiśniewska``): names the lexicons hold only one half of;
        - a line holding only ``Family, Given`` (``Nwosu, Adebayo``);
        - after ``this is`` / ``it's`` (a caller naming themselves), two words in any case that read so;
        - in a document's file name, a full name between underscores (``W-9_Richard King_641 33 3913.pdf``),
          and a Chinese name right before a personal document's word (``独孤秀工资条.pdf``, ``王芳_简历.docx``).
        """
        for m in _LOOSE_PAIR_RE.finditer(text):
            if _half_lexicon_name(m.group(1).split()):
                yield m.start(1), m.end(1)
        for m in _MIXED_PINYIN_RE.finditer(text):
            if is_pinyin_name(m.group(1).split()):
                yield m.start(1), m.end(1)  # TAN Chunning, Chunning TAN: passport-style romanised names
        if "," in text:
            for m in _LONE_INVERTED_RE.finditer(text):
                family, given = m.group(1).split(",", 1)
                words = [*given.split(), family.strip()]
                if _lexicon_name(words) or _half_lexicon_name(words):
                    yield m.start(1), m.end(1)
        if "," in text:
            yield from _inverted_pairs(text)
        for m in _SELF_INTRO_RE.finditer(text) if _SELF_INTRO_GATE(text) else ():
            got = _SELF_INTRO_NAME.match(text, m.end())
            if got is not None:
                words = got.group(1).split()
                one_case = all(w.islower() for w in words) or all(w[:1].isupper() for w in words)
                if one_case and (_lexicon_name(words) or _half_lexicon_name(words)):
                    yield got.start(1), got.end(1)
        if "_" in text and "." in text and _DOC_FILE_EXT_RE.search(text) is not None:
            for m in _FILE_NAME_PIECE_RE.finditer(text):
                words = m.group(1).split()
                if _lexicon_name(words) or _half_lexicon_name(words):
                    yield m.start(1), m.end(1)  # W-9_Richard King_641 33 3913.pdf
        if "." in text and any(w in text for w in _ZH_PERSONAL_DOC_HEADS) and _DOC_FILE_EXT_RE.search(text):
            for m in _ZH_FILE_OWNER_RE.finditer(text):
                if _zh_plausible(m.group(1)):
                    yield m.start(1), m.end(1)  # 独孤秀工资条.pdf

    def _structured_names(self, text: str) -> Iterator[tuple[int, int]]:
        """Names in name columns, key/value pairs and user-name tokens."""
        for m in _DICOM_PN_RE.finditer(text) if " PN " in text else ():
            value = m.group(1).strip()
            if any(c.isalpha() for c in value) and not re.search(r"\d", value):
                yield m.start(1), m.start(1) + len(m.group(1).rstrip())
        for m in _FILE_OWNER_LOGIN_RE.finditer(text) if "." in text and _DOC_FILE_EXT_RE.search(text) else ():
            span = username_name_span(m.group(1))
            if span is not None:
                yield m.start(1) + span[0], m.start(1) + span[1]
        for m in _CAPS_FORM_KEY_RE.finditer(text) if ("NAME " in text or "PAX " in text) else ():
            value = m.group(1)
            words = value.split()
            if (
                _zh_plausible(value)
                if "\u4e00" <= value[0] <= "\u9fff"
                else (is_pinyin_name(words) or _lexicon_name(words) or _half_lexicon_name(words))
            ):
                yield m.start(1), m.end(1)
        for s, e, named, handles in _table_name_cells(text):
            value = text[s:e]
            if named and 2 <= len(value) <= 60 and not re.search(r"[@\d/]", value):
                yield s, e
            elif handles and _HANDLE_CELL.fullmatch(value):
                span = username_name_span(value)  # a user name that reads as a person's (not admin, root)
                if span is not None:
                    yield s + span[0], s + span[1]
        for m in _KEY_VALUE_RE.finditer(text) if _KEY_VALUE_GATE(text) else ():
            value = m.group(1).rstrip(".,;'’")  # author='John Doe': the closing quote is no part of it
            line_start = text.rfind("\n", 0, m.start()) + 1
            if text.rfind("<", line_start, m.start()) > text.rfind(">", line_start, m.start()):
                continue  # an attribute inside an HTML/XML tag: <meta name="viewport">
            if _not_a_person_label(text, m.start(), value) and not _family_handle(value):
                continue  # Product Name: Smartphone, Company Name: Money Master
            if text[m.end(1) : m.end(1) + 1] in ("(", "["):
                continue  # code: TEST_USER = PersonName("Tariq", "Bakr") calls or indexes it
            if _names_a_package(text, m.start(), m.start(1)):
                continue  # [package] name = "fastgeo" / version = "2.5.8": a manifest's package
            parts = [p for p in re.split(r"[._\-\s]+", re.sub(r"\d+$", "", value)) if p]
            if "@" in value or not parts:
                continue
            if any(p.lower() in NOT_NAMES for p in parts) and not (len(parts) == 2 and is_pinyin_name(parts)):
                continue  # mu.she is a pinyin name although "she" is a pronoun
            handle = len(parts) == 1 and parts[0].isalpha() and len(parts[0]) >= 3 and not english_word(parts[0])
            handle = handle or _family_handle(value) or (len(parts) == 2 and is_pinyin_name(parts))
            if _lexicon_name(parts) or handle or (len(parts) >= 2 and all(p[:1].isupper() for p in parts)):
                yield m.start(1), m.start(1) + len(value)
            elif (
                _login_under_account_key(text[m.start() : m.start(1)], value)
                or _PERSON_ONLY_KEY.search(text, m.start(), m.start(1)) is not None
            ) and (username_name_span(value) is not None or _DOTTED_LOGIN.fullmatch(value)):
                yield m.start(1), m.start(1) + len(value)  # a person's login: hiro.sato, lmarsh
        for m in _NAME_BEFORE_BIRTH_RE.finditer(text) if _NAME_BEFORE_BIRTH_GATE(text) else ():
            span = _birth_owner_span(m.group(1))
            if span is not None:
                yield m.start(1) + span[0], m.start(1) + span[1]
        for m in _NAME_BEFORE_PHONE_RE.finditer(text) if _PHONEISH.search(text) is not None else ():
            tel = m.group("tel")
            if not 7 <= sum(c.isdigit() for c in tel) <= 15 or _YEARS_OR_DATE.match(tel):
                continue  # too short or long for a phone, or years and dates (``Lake Tahoe 2023-2024``)
            span = _birth_owner_span(m.group(1))
            if span is not None:
                yield m.start(1) + span[0], m.start(1) + span[1]
        for m in _ICAL_CN_RE.finditer(text) if "CN=" in text else ():
            yield m.start(1), m.end(1)
        for m in _VCARD_N_RE.finditer(text):
            for g in (1, 2):
                if m.group(g).strip():
                    yield m.start(g), m.end(g)
        for m in _ACCOUNT_KEY_RE.finditer(text) if _ACCOUNT_KEY_GATE(text) else ():
            handle = m.group(1).rstrip("._-")
            words = [w for w in re.split(r"[._\-\d]+", handle) if w]
            if words and not any(english_word(w) or w in NOT_NAMES for w in words):
                yield m.start(1), m.start(1) + len(handle)
        for m in _ENDUSER_RE.finditer(text) if "enduser" in text else ():
            g = 1 if m.group(1) is not None else 2
            handle = m.group(g).rstrip("._-")
            words = [w for w in re.split(r"[._\-\d]+", handle) if w]
            if words and not any(english_word(w) or w in NOT_NAMES for w in words):
                yield m.start(g), m.start(g) + len(handle)
        for m in _ZH_ACCOUNT_GLUED_RE.finditer(text) if ("号" in text or "名" in text) else ():
            if re.search(r"[\d_]", m.group(1)):
                yield m.start(1), m.start(1) + len(m.group(1).rstrip("._-"))
        for m in _ROLE_HANDLE_RE.finditer(text) if _ROLE_HANDLE_GATE(text) else ():
            span = username_name_span(m.group(1))
            if span is not None:
                yield m.start(1) + span[0], m.start(1) + span[1]
        for m in _PLATFORM_HANDLE_RE.finditer(text) if _PLATFORM_HANDLE_GATE(text) else ():
            span = username_name_span(m.group(1))
            if span is not None:
                yield m.start(1) + span[0], m.start(1) + span[1]
        if "sudo" in text or "pts/" in text or "tty" in text or "console" in text:  # literals every match holds
            for m in _SESSION_USER_RE.finditer(text):
                g = 1 if m.group(1) is not None else 2
                span = username_name_span(m.group(g))
                if span is not None:
                    yield m.start(g) + span[0], m.start(g) + span[1]
        for m in _USERNAME_CUE_RE.finditer(text) if _USERNAME_CUE_GATE(text) else ():
            for item in re.finditer(r"[A-Za-z][\w.\-]{2,40}", m.group(1)):
                span = None if "@" in item.group() else username_name_span(item.group())
                if span is not None:
                    yield m.start(1) + item.start() + span[0], m.start(1) + item.start() + span[1]

    @staticmethod
    def _free_usernames(text: str) -> Iterator[tuple[int, int]]:
        """User-name tokens in running text (``lakshmi.venkataraman6``), not code (``max_val = ...``)."""
        for m in _USERNAME_RE.finditer(text):
            after = text[m.end(1) : m.end(1) + 3]
            if (
                after.lstrip()[:1] == "="
                or after[:1] in ("(", "[", "{")
                or text[max(0, m.start(1) - 1) : m.start(1)] in (".", "$", "_")
            ):
                continue  # code: an assignment, a call, an index
            span = username_name_span(m.group(1))
            if span is not None:
                yield m.start(1) + span[0], m.start(1) + span[1]

    # -- Chinese ---------------------------------------------------------------------------------

    @staticmethod
    def _zh_delimited(text: str) -> Iterator[tuple[int, int]]:
        """Surname-led tokens of 2-3 characters standing alone between punctuation (list items, cells)."""
        for m in _ZH_DELIMITED_RE.finditer(text):
            name = m.group(1)
            if _zh_plausible(name):
                yield m.start(1), m.end(1)

    @staticmethod
    def _zh_cue_names(text: str) -> Iterator[tuple[int, int, float]]:
        """Chinese names after a role word or label (a list of them, too), before a title, or as a speaker tag."""
        for regex in (_ZH_ROLE_RE, _ZH_LABEL_RE):
            for m in regex.finditer(text):
                # a separator (患者：, 联系人是) makes the slot explicit: a jieba word there is a name (李白)
                sep = regex is _ZH_LABEL_RE or re.search(r"[是为：:]", m.group("sep")) is not None
                yield from PersonRecognizer._zh_list(text, m, 2 if regex is _ZH_ROLE_RE else 1, cued=sep)
        for m in _ZH_BARE_LABEL_RE.finditer(text):
            end = _zh_bare_label_name(text, m.end())
            if end:
                yield m.end(), end, PRIVATE
        for m in _ZH_CONTACT_RE.finditer(text):
            yield from PersonRecognizer._zh_list(text, m, 1, cued=True, bounded=True, items=_ZH_AND_ITEMS)
        for m in _ZH_KEY_VALUE_RE.finditer(text) if _ZH_KEY_VALUE_GATE(text) else ():
            yield m.start(1), m.end(1), PRIVATE
        if _ZH_ID_KEY_GATE.search(text) is not None:
            for m in _ZH_NAME_BEFORE_ID_RE.finditer(text):
                name = m.group(1)
                if _trim_zh(name) == name and _zh_plausible(name):
                    yield m.start(1), m.end(1), PRIVATE
        for m in _ZH_TITLE_RE.finditer(text) if _ZH_TITLE_GATE(text) else ():
            yield m.start(1), m.end(1), PRIVATE
        for m in _ZH_TITLE_AFTER_NAME_RE.finditer(text) if _ZH_LONG_TITLE_GATE(text) else ():
            name = _trim_zh(m.group(1))
            glued = m.start(1) > 0 and "\u4e00" <= text[m.start(1) - 1] <= "\u9fff"
            if glued and name[0] in ZH_AMBIGUOUS_SURNAMES:
                continue  # 设计师和项目经理: a conjunction inside running text, not 和 as a surname
            if len(name) >= 2 and name == m.group(1) and _zh_plausible(name):
                yield m.start(1), m.end(1), PRIVATE
        for m in _ZH_SPEAKER_RE.finditer(text):
            name = _trim_zh(m.group(1))
            if len(name) >= 2 and _zh_plausible(name, cued=name == m.group(1)):
                yield m.start(1), m.start(1) + len(name), WEAK
        for m in _ZH_STAFF_RE.finditer(text):
            end = _zh_staff_name(text, m.end())
            if end:
                yield m.end(), end, WEAK
        for m in _ZH_ROLE_SPEAKER_RE.finditer(text) if ("：" in text or ":" in text) else ():
            name = m.group(1)
            if _trim_zh(name) == name and _zh_plausible(name):
                yield m.start(1), m.end(1), WEAK
        for m in _ZH_ROLE_AND_RE.finditer(text) if ("和" in text or "与" in text or "及" in text) else ():
            name = _trim_zh(m.group(1))
            if name == m.group(1):
                name = _zh_before_word(text, m.start(1), name)
            end = m.start(1) + len(name)
            if any(text.startswith(ZH_TITLES, i) for i in range(m.start(1) + 1, end)):
                continue  # 患者王强和张医生: a surname and a title, read by the title rules
            if any(_zh_words().get(name[i : i + 2], 0) >= ZH_FOLLOW_WORD_FREQ for i in range(len(name) - 1)):
                continue  # 患者王强与家人同住: 家人 is a word, not a surname and a given name
            if len(name) >= 2 and (_zh_slot_ends(text, end) or _zh_word_follows(text, end)) and _zh_plausible(name):
                yield m.start(1), end, PRIVATE
        for m in _ZH_PROXY_RE.finditer(text) if "由" in text else ():
            name = m.group(1)
            if len(name) >= 2 and _zh_plausible(name, cued=True):
                yield m.start(1), m.end(1), PRIVATE
        for m in _ZH_KIN_NAME_RE.finditer(text) if "之" in text else ():
            name = _trim_zh(m.group(1))
            if len(name) >= 2 and _zh_plausible(name, cued=_zh_slot_ends(text, m.start(1) + len(name))):
                yield m.start(1), m.start(1) + len(name), PRIVATE
        for m in _ZH_GREETING_RE.finditer(text) if "好" in text else ():
            name = _trim_zh(m.group(1))
            if len(name) >= 2 and _zh_plausible(name, cued=name == m.group(1)):
                yield m.start(1), m.start(1) + len(name), WEAK
        for m in (
            _ZH_PARENT_TAG_RE.finditer(text)
            if ("妈" in text or "爸" in text or "奶" in text or "爷" in text or "外" in text or "姥" in text)
            else ()
        ):
            if _zh_child_name(m.group(1)):
                yield m.start(1), m.end(1), WEAK
        for m in _ZH_WEAK_RE.finditer(text):
            name = _trim_zh(m.group(1))
            if len(name) >= 2 and _zh_plausible(name, cued=_zh_slot_ends(text, m.start(1) + len(name))):
                yield m.start(1), m.start(1) + len(name), WEAK
        for m in _ZH_INTRO_OF_RE.finditer(text) if "我是" in text else ():
            name = _trim_zh(m.group(1))
            if len(name) >= 2 and _zh_slot_ends(text, m.start(1) + len(name)) and _zh_plausible(name, cued=True):
                yield m.start(1), m.start(1) + len(name), WEAK
        for m in _ZH_DASH_SIGNATURE_RE.finditer(text) if "—" in text or "--" in text else ():
            if _zh_plausible(m.group(1)):
                yield m.start(1), m.end(1), WEAK

    @staticmethod
    def _zh_list(
        text: str,
        m: re.Match[str],
        group: int,
        *,
        cued: bool,
        bounded: bool = False,
        items: re.Pattern[str] = _ZH_ITEMS,
    ) -> Iterator[tuple[int, int, float]]:
        """The names of a cue's list (``抄送：陈静、杨磊``) at :data:`PRIVATE`.

        A name after the first must fill its slot (punctuation, a conjunction or the end follows):
        ``预约人：刘洋，明天上午`` lists one name, not 明天上. ``cued``: a jieba word that fills its slot
        is a name too (``患者：李白，``). ``bounded``: every name must fill its slot.
        """
        base, value, pos = m.start(group), m.group(group), 0
        for index in range(10):
            found = items.match(value, pos)
            if found is None:
                break
            pos = found.end()
            start = base + found.start(1)
            name = _trim_zh(found.group(1))
            if name == found.group(1):
                name = _zh_before_word(text, start, name)
            ends = _zh_slot_ends(text, start + len(name), conjunctions=True)
            if (index > 0 or bounded) and not ends:
                break
            glued = index == 0 and start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff"
            if glued and (name[0] in _ZH_CONJUNCTIONS or (name[0] in ZH_AMBIGUOUS_SURNAMES and not ends)):
                break  # 名字和首选密码, 相互联系和挑战: the cue word goes on with a conjunction, not a name
            if len(name.replace(" ", "").replace("\u3000", "")) >= 2 and _zh_plausible(name, cued=cued and ends):
                yield start, start + len(name), PRIVATE
            if name != found.group(1):
                break  # the capture ran on past the name: the rest of the list is not names


class LocationRecognizer(Recognizer):
    """``LOCATION``: place names from the English NER candidates (kept by the default policy)."""

    ENTITIES = ("LOCATION",)

    def find(self, text: str, nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        """Every place candidate of the taggers."""
        return [
            result("LOCATION", s, e, score, type(self).__name__)
            for s, e, label, score in getattr(nlp_artifacts, "candidates", ()) or ()
            if label == "LOCATION"
        ]


def recognizers(language: str) -> list[Recognizer]:
    """One instance of each name recognizer for ``language``."""
    return [PersonRecognizer(supported_language=language), LocationRecognizer(supported_language=language)]
