r"""Street addresses in Latin script (US, UK): a structural parser, not one regex.

An address is found as a *structure*: a street line (house number, optional directional, street
name, street-type suffix) or a PO box, anchored by a regex, and then extended procedurally over
what may surround it:

* a unit before it (``Flat 3, 12 Baker Street``) or after it (``, Apt 4B``, `` #6C``, ``Suite 200``,
  on the same line or the next one),
* a locality after it: US ``City, ST 12345(-6789)`` (two-letter codes or state names), UK
  ``City POSTCODE`` with the postcode's shape validated (outward and inward code rules), the
  postcode alone, a country; separated by commas, semicolons (vCard ``ADR``), spaces or single
  line breaks (shipping labels over 2-3 lines).

The finding spans the whole address, unit and postcode included.

Scores (calibrated on the pii_eval dev part; the policy's threshold is expected near 0.5-0.6):

===============================================================  =====
street line with a locality (state/ZIP or UK postcode), PO box    0.90
  with locality
street line (strong suffix: Street, St., Ave, Rd, Blvd, Ln, ...)  0.75
  + unit                                                          0.85
street line with a prose-ambiguous suffix (Way, Park, Hill,       0.45
  Green, Walk, ...): kept only with a unit, locality or cue
lower-case street line (logs): kept only with a locality or cue   0.85 / 0.70
house number + capitalised name, no suffix, right after a strong  0.60
  cue (``Address:``, ``lives at``, ``ship to``)
a cue before (``address``, ``ship to``, ``lives at``, ...)        +0.10
===============================================================  =====

What is *not* an address here:

* Famous public addresses, which are not personal data in a dataset
  (:data:`PUBLIC_ADDRESSES`: 1600 Pennsylvania Avenue, 10 Downing Street, 221B Baker Street
  (fictional), 742 Evergreen Terrace (fictional), company head offices such as 1600
  Amphitheatre Parkway, ...). Any other street address with a house number, a business's
  included, is treated as personal data by default: the address of a small business is often
  its owner's home, and a dataset cannot tell them apart.
* Numbers followed by capitalised words in prose (``3 Easy Steps``, ``2 Large Eggs``): no
  street-type suffix. Listicles that do end in one (``5 Ways To Drive``) are rejected by stop
  words and list nouns in the name; a suffix followed by another capitalised word on the same
  line (``3 Main Street Journal``) is a title, not an address, unless a locality follows.
* Years (``in 1999 Oak Street was renamed``), versions and amounts: the house number must not be
  glued to ``.``, ``,``, ``$``, ``#``, ``/`` or a letter.

Libraries considered (measured on 3,000 pii_eval dev records, 1,501 Latin-script address labels,
and 3,000 Stanford Alpaca records, during development):

* ``pyap`` 0.3.1 (MIT): core recall 0.33 (its match offsets are shifted on many texts; 0.68
  when judged on its returned text), ~960 µs per English sentence;
* ``usaddress`` 0.5.16 (MIT, CRF parser, needs ``python-crfsuite``): a parser, not a detector; used
  as one (runs of address tags with a number and a street) recall 0.72 with 6.1 % of Alpaca
  records flagged;
* this parser: core recall 1.00 on the same labels (1.00 at a 0.6 score threshold, 0.96 at
  0.85: bare street lines without a locality score 0.75), 1 of 3,000 Alpaca records flagged
  (a real-looking address in an instruction), 42 of 53,001 Stanford + LLaMA-Factory Alpaca records
  (nearly all placeholder addresses such as ``123 Main Street, Anytown, USA``), about 3 µs per
  sentence for both address recognizers together. No dependency is added.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pipeline.stages.deidentify.recognizers.base import Recognizer, RecognizerResult, context_before, result

if TYPE_CHECKING:
    from presidio_analyzer.nlp_engine import NlpArtifacts

__all__ = [
    "ADDRESS_CONTEXT",
    "PUBLIC_ADDRESSES",
    "EnStreetAddressRecognizer",
    "is_uk_postcode",
    "recognizers",
]

ENTITY = "STREET_ADDRESS"

# --------------------------------------------------------------------------- vocabulary

STRONG_SUFFIXES: tuple[str, ...] = (
    "Street",
    "St",
    "Str",
    "Road",
    "Rd",
    "Avenue",
    "Ave",
    "Av",
    "Boulevard",
    "Blvd",
    "Lane",
    "Ln",
    "Drive",
    "Dr",
    "Drv",
    "Court",
    "Ct",
    "Crt",
    "Place",
    "Pl",
    "Terrace",
    "Ter",
    "Terr",
    "Parkway",
    "Pkwy",
    "Pky",
    "Highway",
    "Hwy",
    "Crescent",
    "Cres",
    "Cresc",
    "Expressway",
    "Expy",
    "Freeway",
    "Fwy",
    "Turnpike",
    "Tpke",
    "Boulevard",
    "Bvd",
    "Circle",
    "Cir",
    "Trail",
    "Trl",
    "Gardens",
    "Gdns",
    "Close",
    "Cl",
    "Mews",
    "Grove",
    "Gr",
    "Gro",
    "Square",
    "Sq",
    "Plaza",
    "Plz",
    "Alley",
    "Aly",
    "Causeway",
    "Cswy",
)
"""Street-type suffixes that rarely end a capitalised phrase in prose (case-insensitive)."""

WEAK_SUFFIXES: tuple[str, ...] = (
    "Way",
    "Walk",
    "Park",
    "Hill",
    "Hills",
    "Green",
    "View",
    "Vw",
    "Point",
    "Pt",
    "Run",
    "Row",
    "Rise",
    "Loop",
    "Path",
    "Pike",
    "Bend",
    "Ridge",
    "Heights",
    "Hts",
    "Crossing",
    "Xing",
    "Cove",
    "Cv",
    "Parade",
    "Gate",
    "Wynd",
    "Vale",
    "Glen",
    "Landing",
    "Commons",
    "Center",
    "Centre",
    "Junction",
    "Jct",
    "Pass",
    "Harbor",
    "Harbour",
    "Estate",
    "Meadow",
    "Meadows",
    "Field",
    "Fields",
    "End",
    "Lea",
    "Brae",
    "Oval",
    "Quay",
    "Wharf",
    "Yard",
)
"""Street-type suffixes that also end ordinary phrases (``Milky Way``, ``Central Park``)."""

_STRONG_LOWER = frozenset(s.lower() for s in STRONG_SUFFIXES)

_ABBREVIATIONS = frozenset(
    s.lower()
    for s in [
        "St",
        "Str",
        "Rd",
        "Ave",
        "Av",
        "Blvd",
        "Ln",
        "Dr",
        "Drv",
        "Ct",
        "Crt",
        "Pl",
        "Ter",
        "Terr",
        "Pkwy",
        "Pky",
        "Hwy",
        "Cres",
        "Cresc",
        "Expy",
        "Fwy",
        "Tpke",
        "Bvd",
        "Cir",
        "Trl",
        "Gdns",
        "Cl",
        "Gr",
        "Gro",
        "Sq",
        "Plz",
        "Aly",
        "Cswy",
        "Vw",
        "Pt",
        "Hts",
        "Xing",
        "Cv",
        "Jct",
    ]
)

_DIRECTIONAL = (
    r"(?:[NSEW]|NE|NW|SE|SW|N\.[EW]\.|S\.[EW]\.|North|South|East|West|Northeast|Northwest|Southeast|Southwest)"
)

US_STATES: dict[str, str] = {
    "AL": "Alabama",
    "AK": "Alaska",
    "AZ": "Arizona",
    "AR": "Arkansas",
    "CA": "California",
    "CO": "Colorado",
    "CT": "Connecticut",
    "DE": "Delaware",
    "DC": "District of Columbia",
    "FL": "Florida",
    "GA": "Georgia",
    "HI": "Hawaii",
    "ID": "Idaho",
    "IL": "Illinois",
    "IN": "Indiana",
    "IA": "Iowa",
    "KS": "Kansas",
    "KY": "Kentucky",
    "LA": "Louisiana",
    "ME": "Maine",
    "MD": "Maryland",
    "MA": "Massachusetts",
    "MI": "Michigan",
    "MN": "Minnesota",
    "MS": "Mississippi",
    "MO": "Missouri",
    "MT": "Montana",
    "NE": "Nebraska",
    "NV": "Nevada",
    "NH": "New Hampshire",
    "NJ": "New Jersey",
    "NM": "New Mexico",
    "NY": "New York",
    "NC": "North Carolina",
    "ND": "North Dakota",
    "OH": "Ohio",
    "OK": "Oklahoma",
    "OR": "Oregon",
    "PA": "Pennsylvania",
    "RI": "Rhode Island",
    "SC": "South Carolina",
    "SD": "South Dakota",
    "TN": "Tennessee",
    "TX": "Texas",
    "UT": "Utah",
    "VT": "Vermont",
    "VA": "Virginia",
    "WA": "Washington",
    "WV": "West Virginia",
    "WI": "Wisconsin",
    "WY": "Wyoming",
    "PR": "Puerto Rico",
    "GU": "Guam",
    "VI": "Virgin Islands",
    "AS": "American Samoa",
    "MP": "Northern Mariana Islands",
    "AA": "Armed Forces Americas",
    "AE": "Armed Forces Europe",
    "AP": "Armed Forces Pacific",
}
"""USPS state and territory codes with their names."""

PUBLIC_ADDRESSES: frozenset[tuple[str, str]] = frozenset(
    {
        ("1600", "pennsylvania"),  # the White House
        ("10", "downing"),  # the Prime Minister's residence and office
        ("11", "downing"),  # the Chancellor of the Exchequer
        ("221b", "baker"),  # Sherlock Holmes (fictional; now a museum)
        ("742", "evergreen"),  # The Simpsons (fictional)
        ("4", "privet"),  # Harry Potter (fictional)
        ("12", "grimmauld"),  # Harry Potter (fictional)
        ("124", "conch"),  # SpongeBob (fictional)
        ("42", "wallaby"),  # Finding Nemo (fictional)
        ("1600", "amphitheatre"),  # Google head office
        ("1", "infinite"),  # Apple's former head office
        ("1", "apple park"),  # Apple head office
        ("1", "microsoft"),  # Microsoft head office (One Microsoft Way)
        ("350", "fifth"),  # Empire State Building
        ("350", "5th"),
        ("405", "lexington"),  # Chrysler Building
        ("30", "rockefeller"),  # Rockefeller Center
        ("11", "wall"),  # New York Stock Exchange
        ("1", "first"),  # US Supreme Court (1 First Street NE)
        ("2", "macquarie"),  # Sydney Opera House
        ("1", "dag hammarskjöld"),
        ("405", "east 42nd"),  # United Nations headquarters
        ("760", "united nations"),
    }
)
"""(house number, first street-name word(s)) of famous public or fictional addresses, lower case.

A street address with a house number is personal data by default; these are public buildings or
fictional homes, so mentioning them reveals nothing about a person. A unit (``Flat 2, ...``) on
such an address makes it private again.
"""

ADDRESS_CONTEXT: tuple[str, ...] = (
    "address",
    "addr",
    "adr",
    "ship to",
    "shipped to",
    "shipping",
    "deliver to",
    "delivered to",
    "delivery",
    "lives at",
    "live at",
    "living at",
    "resides at",
    "residing at",
    "resident of",
    "residence",
    "located at",
    "home:",
    "mailing",
    "mail to",
    "send to",
    "billing",
    "return to",
    "premises",
    "moved to",
    "moved out of",
    "vacate",
    "location",
    "office:",
    "based near",
    "based at",
    "i'm at",
    "i am at",
    "pick up at",
    "viewing at",
    "arrived at",
    "dirección",
    "住址",
    "地址",
    "住在",
    "寄到",
    "寄往",
    "送至",
    "package to",
)
"""Words that, shortly before a street address, raise its score."""

_STRONG_CUE = re.compile(
    r"(?:\baddress(?:e)?\s*(?:is|was|:|：|=)|\baddr\s*[:=]|\badr\b[^:\n]{0,20}:|\bship(?:ped|ping)?\s+to\b|"
    r"\bdeliver(?:ed|y)?\s+(?:to|at)\b|\b(?:lives?|living|resides?|residing|located|staying)\s+at\b|"
    r"\bhome\s*:|\bmail(?:ing)?\s+(?:address\s*)?(?:to|:)|\bsend\s+(?:it\s+)?to\b|\breturn\s+to\b|"
    r"\bpremises\s*:|\bmoved\s+to\b|住址|地址|住在|寄到|寄往|送至)[\s\"'“:：=]*$",
    re.IGNORECASE,
)
"""A cue right before a partial address (number and name without a street-type suffix)."""

_LIST_NOUNS = frozenset(
    [
        "ways",
        "steps",
        "tips",
        "things",
        "reasons",
        "ideas",
        "questions",
        "rules",
        "days",
        "years",
        "months",
        "weeks",
        "hours",
        "minutes",
        "times",
        "facts",
        "examples",
        "types",
        "kinds",
        "places",
        "words",
        "books",
        "movies",
        "films",
        "songs",
        "lessons",
        "secrets",
        "habits",
        "benefits",
        "strategies",
        "signs",
        "stages",
        "principles",
        "methods",
        "points",
        "people",
        "men",
        "women",
        "children",
        "kids",
        "players",
        "teams",
        "countries",
        "cities",
        "states",
        "key",
        "best",
        "top",
        "easy",
        "simple",
        "essential",
        "great",
        "important",
        "common",
        "new",
        "old",
        "big",
        "small",
        "good",
        "bad",
        "major",
        "minor",
        "other",
        "more",
        "most",
        "many",
        "few",
        "several",
        "first",
        "second",
        "third",
        "last",
        "next",
        "every",
        "each",
        "all",
        "some",
        "any",
        "no",
        "not",
        "the",
        "a",
        "an",
        "and",
        "or",
        "of",
        "for",
        "to",
        "in",
        "on",
        "at",
        "with",
        "by",
        "from",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "our",
        "their",
        "his",
        "her",
        "my",
        "your",
        "we",
        "you",
        "they",
        "he",
        "she",
        "i",
        "than",
        "then",
        "per",
        "via",
        "into",
        "onto",
        "over",
        "under",
        "about",
        "after",
        "before",
        "during",
        "between",
        "through",
        "across",
        "around",
        "near",
        "off",
        "up",
        "down",
        "out",
    ]
)
"""Words that never start (or, lower case, appear in) a street name: stop words and listicle nouns."""

# --------------------------------------------------------------------------- regexes

_WORD = r"(?:[A-Za-z][A-Za-z'’-]*\.?|\d{1,4}(?:st|nd|rd|th|ST|ND|RD|TH))"
_SUFFIX_ALT = "|".join(sorted({*STRONG_SUFFIXES, *WEAK_SUFFIXES}, key=lambda s: (-len(s), s)))
_NUM = r"\d{1,6}(?:[A-Za-z](?![A-Za-z]))?(?:-\d{1,6}[A-Za-z]?)?"
_BEFORE_NUM = (
    r"(?<![0-9A-Za-z_./#$£€¥@+-])(?<![0-9]:)"
    r"(?:(?<!(?<![0-9])\d,)(?<!(?<![0-9])\d\d,)(?<!(?<![0-9])\d\d\d,)|(?!\d{3}(?!\d)))"
)
"""What may not precede a house number: a letter, digit or symbol glued to it, a time (``10:30``), or a
group of one to three digits and a comma before three digits (``1,500``: thousands); any other comma
is a field separator (``…,07/20/1940,417 Valencia Ave.,…``)."""

STREET_LINE_RE = re.compile(
    _BEFORE_NUM
    + rf"(?P<num>{_NUM})[ \t]+"
    + rf"(?:(?P<dir>{_DIRECTIONAL})\.?[ \t]+)?"
    + rf"(?P<name>(?:{_WORD}[ \t]+){{0,3}}{_WORD})[ \t]+"
    + rf"(?P<suf>(?i:{_SUFFIX_ALT}))(?P<dot>\.)?"
    + r"(?![A-Za-z0-9'’-])(?:[ \t]+(?:NE|NW|SE|SW|N|S|E|W)\.?(?![A-Za-z0-9'’-])"
    + r"|[ \t]+(?:North|South|East|West)(?=[ \t]*(?:[,;\n]|$)))?"
)
"""House number, optional directional, 1-4 name words, a street-type suffix, optional post-directional."""

NUMBERED_ROUTE_RE = re.compile(
    _BEFORE_NUM
    + rf"(?P<num>{_NUM})[ \t]+(?:(?P<dir>{_DIRECTIONAL})\.?[ \t]+)?"
    + r"(?P<name>(?i:(?:State|US|U\.S\.|County|Farm to Market|FM|Old)[ \t]+)?(?:Highway|Hwy|Route|Rte|Road|Rd|"
    + r"Avenue|Ave|Street|St)\.?[ \t]+(?:\d{1,4}[A-Za-z]?|[A-Z])(?![0-9A-Za-z_-]))"
)
"""House number on a numbered road: ``4501 Highway 12``, ``10 Route 9``, ``500 Avenue B``."""

ONE_WORD_STREET_RE = re.compile(
    _BEFORE_NUM + rf"(?P<num>{_NUM})[ \t]+(?P<name>(?:Broadway|[A-Z][a-z]+way|The[ \t]+[A-Z][a-z]+))(?![A-Za-z0-9'’-])"
)
"""Streets named by one word: ``2 Kingsway``, ``1585 Broadway``, ``3 The Strand``."""

PO_BOX_RE = re.compile(
    r"(?<![A-Za-z0-9])(?i:(?:P[ \t]?\.?[ \t]?O\.?|Post[ \t]+Office)[ \t]*Box|POB)[ \t]*(?:No\.?[ \t]*)?#?[ \t]*"
    r"(?P<num>\d{1,8})(?![0-9A-Za-z_-])"
)
"""US/UK PO boxes: ``PO Box 123``, ``P.O. Box 123``, ``P. O. Box``, ``Post Office Box``."""

CUE_PARTIAL_RE = re.compile(
    _BEFORE_NUM
    + rf"(?P<num>{_NUM})[ \t]+(?:(?P<dir>{_DIRECTIONAL})\.?[ \t]+)?"
    + r"(?P<name>[A-Z][A-Za-z'’-]+(?:[ \t]+[A-Z][A-Za-z'’-]+){0,2})(?![A-Za-z0-9'’-])"
)
"""House number and a capitalised name without a suffix (only right after a strong cue)."""

_NL = r"(?:\r?\n|\\n|<br[ \t]*/?>)"
_SEP = rf"(?:[ \t]*[,;][ \t]*(?:{_NL}[ \t]*)?|[ \t]*{_NL}[ \t]*|[ \t]+)"
_UNIT_WORD = (
    r"(?:Apartment|Apt|Unit|Suite|Ste|Flat|Room|Rm|Floor|Fl|Building|Bldg|Lot|Space|Spc|Trailer|Trlr|"
    r"Department|Dept|Office|Ofc|Box|Pier|Slip|Stop|Level|Lvl|Block|Blk)"
)
_UNIT_ID = r"(?:[A-Za-z]?\d{1,5}[A-Za-z]?(?:-\d{1,5}[A-Za-z]?)?|[A-Z]{1,2}(?![a-z]))"
UNIT_AFTER_RE = re.compile(
    _SEP
    + rf"(?:(?i:{_UNIT_WORD})\.?[ \t]*(?:No\.?[ \t]*)?#?[ \t]*{_UNIT_ID}|#[ \t]?(?i:[A-Z]?\d{{1,5}}[A-Z]?(?:-\d{{1,5}})?)"
    + r"|\d{1,3}(?:st|nd|rd|th)[ \t]+(?i:Floor|Fl))(?![0-9A-Za-z_-])"
)
"""A unit after the street line: ``, Apt 4B``, `` #6C``, ``\nSuite 9``, ``, 3rd Floor``."""

UNIT_BEFORE_RE = re.compile(
    rf"(?<![0-9A-Za-z_.])(?:(?i:Flat|Apartment|Apt|Unit|Suite|Ste|Room|Rm|Lot|Building|Bldg|Level|Floor)\.?[ \t]*#?[ \t]*{_UNIT_ID}"
    + r"|\d{1,2}(?:st|nd|rd|th)[ \t]+(?i:Floor))[ \t]*(?:,[ \t]*|[ \t]+|/)$"
)
"""A unit before the street line: ``Flat 3, 12 Baker Street``, ``Apt 4B 12 Main St``."""

_STATE_ALT = "|".join(sorted(US_STATES, key=lambda s: s))
_STATE_NAME_ALT = "|".join(sorted(US_STATES.values(), key=lambda s: (-len(s), s)))
_CITY_T = (
    r"(?:[A-Z][A-Za-z'’.-]*|[a-z]{1,3}(?=[ \t]+[A-Z]))(?:[ \t]+(?:[A-Z][A-Za-z'’.-]*|[a-z]{1,3}(?=[ \t]+[A-Z]))){0,3}"
)
_CITY_L = r"[a-z][a-z'’.-]*(?:[ \t]+[a-z][a-z'’.-]*){0,2}"
_ZIP = r"\d{5}(?:[ \t]?-[ \t]?\d{4})?"
US_LOCALITY_RE = re.compile(
    _SEP
    + rf"(?P<city>{_CITY_T}(?:[ \t]*,[ \t]*{_CITY_T})?)[ \t]*(?:[,;][ \t]*|{_NL}[ \t]*)?(?P<state>(?:{_STATE_ALT}|D\.C\.|{_STATE_NAME_ALT}))"
    + rf"(?:(?:[ \t]*[,;]?[ \t]*)(?P<zip>{_ZIP}))?(?![0-9A-Za-z_-])"
)
"""``, Springfield, IL 62704``, ``\nLos Angeles, CA 90078-3742``, ``;Springfield;IL;62704``."""

US_LOCALITY_LOWER_RE = re.compile(
    _SEP
    + rf"(?P<city>{_CITY_L})[ \t]*[,;]?[ \t]*(?P<state>(?i:{_STATE_ALT}|{_STATE_NAME_ALT}))"
    + rf"(?:[ \t]*[,;]?[ \t]*(?P<zip>{_ZIP}))(?![0-9A-Za-z_-])"
)
"""Lower-case locality (logs): needs the ZIP code."""

_UK_POSTCODE = (
    r"(?:GIR[ \t]?0AA|(?:[A-PR-UWYZ][0-9]{1,2}|[A-PR-UWYZ][A-HK-Y][0-9]{1,2}|[A-PR-UWYZ][0-9][A-HJKPSTUW]|"
    r"[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY])[ \t]?[0-9][ABD-HJLNP-UW-Z]{2})"
)
UK_POSTCODE_RE = re.compile(rf"(?<![A-Za-z0-9]){_UK_POSTCODE}(?![A-Za-z0-9])")
"""A UK postcode of a valid shape (outward code A9, A99, AA9, AA99, A9A, AA9A; inward 9AA)."""

UK_LOCALITY_RE = re.compile(
    _SEP
    + rf"(?:(?P<city>{_CITY_T}(?:[ \t]*,[ \t]*{_CITY_T})?)(?:[ \t]*,[ \t]*|[ \t]*{_NL}[ \t]*|[ \t]+))?"
    + rf"(?P<pc>{_UK_POSTCODE})(?![A-Za-z0-9])"
)
"""``, London NW1 6XE``, ``\nEdinburgh\nEH6 1SS``, ``, NW1 6XE``."""

UK_LOCALITY_LOWER_RE = re.compile(
    _SEP + rf"(?:(?P<city>{_CITY_L})(?:[ \t]*,[ \t]*|[ \t]+))?(?P<pc>(?i:{_UK_POSTCODE}))(?![A-Za-z0-9])"
)

_CA_POSTCODE = r"[ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z][ \t]?[0-9][ABCEGHJ-NPRSTV-Z][0-9]"
CA_LOCALITY_RE = re.compile(
    _SEP
    + rf"(?P<city>{_CITY_T})[ \t]*,?[ \t]*(?P<state>AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)"
    + rf"(?:[ \t]*,?[ \t]*(?P<pc>{_CA_POSTCODE}))?(?![0-9A-Za-z_-])"
)
"""Canada: ``, Toronto, ON M5R 2G5``."""

COUNTRY_RE = re.compile(
    _SEP + r"(?:USA|U\.S\.A\.|United States(?: of America)?|UK|U\.K\.|United Kingdom|England|Scotland|Wales|"
    r"Northern Ireland|Canada|(?i:usa|uk))(?![0-9A-Za-z_])"
)

CITY_ONLY_RE = re.compile(
    r"[ \t]*,[ \t]*(?P<city>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)(?:(?P<country>[ \t]*,[ \t]*(?:USA|UK|United States|"
    r"United Kingdom|England|Scotland|Wales|Canada|Australia|Ireland))|(?=[ \t]*(?:$|\n|[.;)\]]|,[ \t]*\n)))"
)
"""A city after a comma, with a country or at the end of the line or sentence (``, Anytown, USA``)."""

MILITARY_RE = re.compile(
    r"(?<![A-Za-z0-9])(?:(?:PSC|CMR|Unit)[ \t]+\d{1,5}[ \t]*,?[ \t]*Box[ \t]+\d{1,5}|(?:USNS|USS|USCGC)[ \t]+[A-Z][a-z]+"
    rf"(?:[ \t]+[A-Z][a-z]+)?){_SEP}(?:APO|FPO|DPO)[ \t]+(?:AA|AE|AP)[ \t]*,?[ \t]*\d{{5}}(?:-\d{{4}})?(?![0-9])"
)
"""US military and diplomatic mail: ``PSC 0413, Box 8144 / APO AA 42323``, ``Unit 4719 Box 7394 / DPO AP 70942``,
``USNS Miller / FPO AE 09876`` (the postal service's own format: unit or ship, then APO/FPO/DPO, AA/AE/AP, ZIP)."""

_INTL_SUFFIXES = (
    "gade", "gaden", "gatan", "gata", "gasse", "katu", "tie", "vej", "vejen", "veien", "vegen", "vägen", "väg",
    "straße", "strasse", "str.", "stræti", "weg", "laan", "steeg", "plein", "platz", "utca", "allee", "allé",
    "kuja", "polku",
)  # fmt: skip
"""Street types written at the end of the street's name (``Søndergade``, ``Bundesstrasse``, ``Kiannonkatu``)."""
_INTL_SUFFIX = "(?:" + "|".join(re.escape(s) for s in _INTL_SUFFIXES) + ")"
_INTL_WORD = r"[A-ZÀ-ÞĀ-ſ][A-Za-zÀ-ÿĀ-ſ'’-]*\.?"
INTL_STREET_RE = re.compile(
    rf"(?<![\w.-])(?P<name>(?:(?:{_INTL_WORD})[ \t]+){{0,2}}[A-ZÀ-ÞĀ-ſ][a-zß-ÿĀ-ſ-]*{_INTL_SUFFIX}"
    r"|(?:ul|al|pl|u)\.[ \t]+(?:[A-ZÀ-ÞĀ-ſ][A-Za-zÀ-ÿĀ-ſ'’-]*[ \t]+){0,2}[A-ZÀ-ÞĀ-ſ][A-Za-zÀ-ÿĀ-ſ'’-]*"
    rf"|(?:{_INTL_WORD}[ \t]+){{1,3}}(?:u\.|utca|út|tér))[ \t]+(?P<num>\d{{1,5}}[A-Za-z]?)\.?(?![\w-])"
)
"""Street name first, house number after (most of Europe): a street-type word glued to the name
(``Søndergade 52``, ``Kiannonkatu 98``, ``Magasinsgatan 7``, ``Brucker Bundesstrasse 31``), before it
(``ul. Chrzanowska 61``) or after it (``Wesselényi u. 94.``)."""

NAME_NUMBER_RE = re.compile(
    rf"(?<![\w.-])(?:\d{{1,6}}[ \t]+)?(?P<name>(?:{_INTL_WORD}[ \t]+){{1,3}})(?P<num>\d{{1,5}}[A-Za-z]?)(?![\w-])"
)
"""Name words then a house number without a street-type word (``Allika 46``, ``Joaquin Suarez 2906``):
an address only with a unit right after it (``\n Suite 501``) or a postcode locality."""

INTL_LOCALITY_RE = re.compile(
    rf"{_SEP}(?:(?P<city>{_CITY_T}|[A-ZÀ-ÞĀ-ſ][A-ZÀ-ÞĀ-ſ '’.()-]{{1,40}})[ \t]*(?:[,;][ \t]*)?(?:{_NL}[ \t]*)*)?"
    rf"(?:[ \t]*{_NL})*[ \t]*(?P<country>[A-Z][A-Za-zÀ-ÿ().-]*(?:[ \t]+[A-Z(][A-Za-zÀ-ÿ().-]*){{0,3}})[ \t]+"
    r"(?P<pc>\d{4,6})(?![0-9A-Za-z_-])"
)
"""A city line then a country with a postcode (``\n Riisa\n\n Estonia 62488``; ``, Hungary 18695``)."""

_PREFILTER = re.compile(r"\d[A-Za-z]?[ \t]+[A-Za-z#]|(?i:box)[ \t]*(?:No\.?[ \t]*)?#?[ \t]*\d")
"""Most findings hold a number followed by a blank and a letter, or ``box`` and a number."""
_UNIT_ON_NEXT_LINE = rf"\d[A-Za-z]?\.?[ \t]*[,;]?[ \t]*{_NL}[ \t]*(?i:{_UNIT_WORD})"
_MORE_SHAPES = re.compile(rf"{_UNIT_ON_NEXT_LINE}|\d[A-Za-z]?\.?(?:{UNIT_AFTER_RE.pattern})")
"""A number before a unit (any unit :data:`UNIT_AFTER_RE` reads after a house number, ``4\n#6C``, ``4, Apt 5``)."""
_TYPE_BEFORE_NUMBER = re.compile(
    r"[ \t](?:"
    + "|".join(
        [rf"(?<=(?i:{re.escape(s)})[ \t])" for s in _INTL_SUFFIXES]
        + [rf"(?<=(?<![A-Za-z])(?i:{re.escape(s)})[ \t])" for s in ("u.", "utca", "út", "tér")]
    )
    + r")[ \t]*\d"
)
"""A word ending in a street type, then blanks and a digit (``Søndergade 52``, ``Váci utca 12``).

Written from the blank backwards: the search only stops at blanks, and one fixed-width look-behind per
street type reads the word's end there. The same pattern written forwards (the alternation of street
types first) tried every position of every text: 7.5 of the 7.6 s this prefilter took on 113,550
synthetic texts, against 0.3 s now (checked equal on the texts in docs/bench/deidentify.md, "Speed")."""


def _may_match_more(text: str) -> bool:
    """The shapes :data:`_PREFILTER` misses.

    Military mail (``APO AA``), a street-type word before a house number (``Søndergade 52``,
    ``ul. Chrzanowska 61``), a number before a unit on the next line.
    """
    if "PO A" in text or "ul." in text or "al." in text or "pl." in text:
        return True
    return _MORE_SHAPES.search(text) is not None or _TYPE_BEFORE_NUMBER.search(text) is not None


_YEAR_CONTEXT = re.compile(
    r"(?:\b(?:in|since|by|of|from|until|till|year|before|after|circa|c\.|around|during|between|and|a|an|the|this|"
    r"that|last|next|each|every|its|his|her|their|our)[ \t]+)$",
    re.IGNORECASE,
)


def is_uk_postcode(value: str) -> bool:
    """True for a UK postcode of a valid shape (``NW1 6XE``, ``EH9 5JF``, ``GIR 0AA``); case-insensitive."""
    return UK_POSTCODE_RE.fullmatch(value.strip().upper()) is not None


# --------------------------------------------------------------------------- the parser


@dataclass
class _Candidate:
    start: int
    end: int
    base: float
    lower: bool = False
    locality: bool = False
    unit: bool = False
    weak: bool = False
    partial: bool = False
    intl: bool = False
    yearish: bool = False
    """The house number reads as a year after its word (``from 1959 …``): an address only with a locality."""


def _extend_tail(text: str, cand: _Candidate) -> None:
    """Extend ``cand`` over a unit, a locality and a country after it (in that order, each optional)."""
    pos = cand.end
    m = UNIT_AFTER_RE.match(text, pos)
    if m is not None:
        pos, cand.unit = m.end(), True
        m2 = UNIT_AFTER_RE.match(text, pos)  # Building 2, Floor 3
        if m2 is not None:
            pos = m2.end()
    upper_rxs = (US_LOCALITY_RE, UK_LOCALITY_RE, CA_LOCALITY_RE)
    rxs = upper_rxs if not cand.lower else (US_LOCALITY_LOWER_RE, UK_LOCALITY_LOWER_RE, *upper_rxs)
    found = [m for m in (rx.match(text, pos) for rx in rxs) if m is not None and _locality_ok(m)]
    if not found and (cand.unit or cand.intl):
        intl = INTL_LOCALITY_RE.match(text, pos)
        if intl is not None:
            found = [intl]
    if found:
        pos, cand.locality = max(m.end() for m in found), True
        m = COUNTRY_RE.match(text, pos)
        if m is not None:
            pos = m.end()
    else:
        m = CITY_ONLY_RE.match(text, pos)
        if m is not None and m.group("city").split()[0].lower() not in _CITY_STOP:
            # a city with a country is a locality; a city alone only extends the span
            pos, cand.locality = m.end(), m.group("country") is not None
    cand.end = pos


_CITY_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "of",
        "for",
        "to",
        "in",
        "on",
        "at",
        "with",
        "by",
        "from",
        "is",
        "are",
        "was",
        "were",
        "this",
        "that",
        "my",
        "your",
        "our",
    ]
)


def _locality_ok(m: re.Match[str]) -> bool:
    """A US locality needs a ZIP or a state code written as a code (``Springfield, IL``), not a word."""
    groups = m.groupdict()
    if groups.get("pc"):
        return True
    city = (groups.get("city") or "").lower().split()
    if city and city[0] in _CITY_STOP:
        return False
    state = groups.get("state") or ""
    state = state.replace(".", "")
    return bool(groups.get("zip")) or (len(state) == 2 and state.isupper())


def _extend_head(text: str, cand: _Candidate) -> None:
    """Extend ``cand`` back over a unit written before the street line (``Flat 3, ``)."""
    window = text[max(0, cand.start - 24) : cand.start]
    m = UNIT_BEFORE_RE.search(window)
    if m is not None:
        cand.start -= len(window) - m.start()
        cand.unit = True


def _name_ok(words: list[str], lower_mode: bool) -> bool:
    """Street-name words: no stop word or listicle noun; capitalised unless in lower-case mode."""
    if not words:
        return False
    first = words[0].lower().rstrip(".")
    if first in _LIST_NOUNS and first not in ("old", "new", "first", "second", "third"):
        return False
    for w in words:
        lw = w.lower().rstrip(".")
        if lower_mode and lw in _LIST_NOUNS:
            return False
        if lw in ("the", "a", "an", "and", "or", "of", "to", "for", "with", "is", "are", "was", "my", "your"):
            return False
    return True


def _is_lower(words: list[str]) -> bool:
    return any(w[0].islower() for w in words if w[0].isalpha())


_FIELD_START = re.compile(r"(?:^|[,;|\t\n\"'(:：=])[ \t]*$")
_FIELD_END = re.compile(r"[ \t]*(?:$|[,;|\t\n\"')])")


def _delimited(text: str, start: int, end: int) -> bool:
    """The span is a field of its own: a separator (or the text's edge) on both sides."""
    return _FIELD_START.search(text[max(0, start - 4) : start]) is not None and _FIELD_END.match(text, end) is not None


def _followed_by_title_word(text: str, end: int) -> bool:
    """A capitalised word follows on the same line (``Main Street Journal``): a title, not an address."""
    m = re.match(r"[ \t]+([A-Z][a-z]+)", text[end : end + 30])
    if m is None:
        return False
    return re.fullmatch(_UNIT_WORD, m.group(1), re.IGNORECASE) is None and m.group(1) not in (
        "North",
        "South",
        "East",
        "West",
    )


class EnStreetAddressRecognizer(Recognizer):
    """Street addresses in Latin script (US and UK forms, one or several lines, PO boxes).

    Emits ``STREET_ADDRESS`` spanning the unit, street line, locality and postcode.
    """

    ENTITIES = (ENTITY,)

    def __init__(self, supported_language: str = "en", name: str | None = None) -> None:
        """A recognizer registered for ``supported_language`` (the rules do not depend on it)."""
        super().__init__(supported_language=supported_language, name=name)
        self._label: str = name or type(self).__name__

    def _result(self, start: int, end: int, score: float) -> RecognizerResult:
        """A finding whose metadata names this recognizer instance.

        Presidio's context step keeps a result only when its identifier metadata equals the
        recognizer's ``id`` (name + object id), which :func:`result` alone does not set.
        """
        found = result(ENTITY, start, end, score, self._label)
        found.recognition_metadata[RecognizerResult.RECOGNIZER_IDENTIFIER_KEY] = self.id
        return found

    def may_match(self, text: str) -> bool:
        """False only when ``text`` holds none of the shapes a finding has (see :func:`_may_match_more`)."""
        return _PREFILTER.search(text) is not None or _may_match_more(text)

    def find(self, text: str, nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        """Street addresses in the (folded) ``text``, whole: unit, street line, locality, postcode."""
        cands: list[_Candidate] = []
        for m in STREET_LINE_RE.finditer(text):
            cand = self._street_line(text, m)
            if cand is not None:
                cands.append(cand)
        for m in NUMBERED_ROUTE_RE.finditer(text):
            cands.append(_Candidate(m.start(), m.end(), 0.7))
        for m in ONE_WORD_STREET_RE.finditer(text):
            cands.append(_Candidate(m.start(), m.end(), 0.45, weak=True))
        for m in PO_BOX_RE.finditer(text):
            cands.append(_Candidate(m.start(), m.end(), 0.8))
        for m in MILITARY_RE.finditer(text):
            cands.append(_Candidate(m.start(), m.end(), 0.9, locality=True))
        for m in INTL_STREET_RE.finditer(text):
            if _name_ok(m.group("name").split(), False):
                cands.append(_Candidate(m.start(), m.end(), 0.75, intl=True))
        for m in NAME_NUMBER_RE.finditer(text):
            words = m.group("name").split()
            if (
                _name_ok(words, False)
                and re.fullmatch(_UNIT_WORD, words[0].rstrip("."), re.IGNORECASE) is None
                and UNIT_AFTER_RE.match(text, m.end()) is not None
            ):
                cands.append(_Candidate(m.start(), m.end(), 0.6, intl=True))
        for m in CUE_PARTIAL_RE.finditer(text):
            if _STRONG_CUE.search(text[max(0, m.start() - 40) : m.start()]):
                words = m.group("name").split()
                if _name_ok(words, False):
                    cands.append(_Candidate(m.start(), m.end(), 0.6, partial=True))
        return self._resolve(text, cands)

    def _street_line(self, text: str, m: re.Match[str]) -> _Candidate | None:
        words = m.group("name").split()
        suffix = m.group("suf")
        lower = _is_lower(words) or suffix[0].islower()
        if not _name_ok(words, lower):
            return None
        end = m.end()
        if m.group("dot") and suffix.lower() not in _ABBREVIATIONS:
            end -= 1  # "Main Street." ends a sentence; "Main St." keeps its abbreviation dot
        weak = suffix.lower() not in _STRONG_LOWER
        num = m.group("num")
        year_like = len(num) == 4 and num.isdigit() and 1800 <= int(num) <= 2099
        yearish = year_like and _YEAR_CONTEXT.search(text[max(0, m.start() - 12) : m.start()]) is not None
        return _Candidate(m.start(), end, 0.55 if weak else 0.75, lower=lower, weak=weak, yearish=yearish)

    def _resolve(self, text: str, cands: list[_Candidate]) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        line_ends = {}
        for cand in cands:
            line_ends[id(cand)] = cand.end
            _extend_tail(text, cand)
            _extend_head(text, cand)
        last_end = -1
        for cand in sorted(cands, key=lambda c: (c.start, c.partial, -c.end)):
            if cand.start < last_end:
                continue
            line_end = line_ends[id(cand)]
            if self._is_public(text, cand) or (cand.yearish and not cand.locality):
                continue  # ``In 1959 Main Street was paved``; ``from 1959 Alvarado Blvd, Seattle, WA 98117`` stays
            score = cand.base
            cue = context_before(text, cand.start, ADDRESS_CONTEXT, window=48)
            if cand.locality:
                score = 0.9
            elif cand.unit:
                score = max(score, 0.85 if not cand.weak else 0.75)
            elif cand.end == line_end and not cand.partial and not cue and _followed_by_title_word(text, cand.end):
                continue
            if cand.lower and not cand.locality:
                if not cue:
                    continue
                score = 0.7
            if cand.weak and not (cand.locality or cand.unit) and _delimited(text, cand.start, cand.end):
                score = max(score, 0.6)  # a field of its own in a record (", 1506 River Way, https://...")
            if cue:
                score = max(score + 0.1, 0.8 if not cand.partial else score + 0.1)
            if score < 0.5:
                continue
            out.append(self._result(cand.start, cand.end, score))
            last_end = cand.end
        return out

    @staticmethod
    def _is_public(text: str, cand: _Candidate) -> bool:
        if cand.unit:
            return False
        m = re.match(
            r"(\d+[A-Za-z]?)[ \t]+(?:(?:North|South|East|West|[NSEW])\.?[ \t]+)?(\S+(?:[ \t]+\S+)?)",
            text[cand.start : cand.end],
        )
        if m is None:
            return False
        num = m.group(1).lower()
        words = m.group(2).lower().split()
        return (num, words[0]) in PUBLIC_ADDRESSES or (num, " ".join(words[:2])) in PUBLIC_ADDRESSES


def recognizers(language: str) -> list[Recognizer]:
    """The Latin-script street-address recognizers for a pipeline ``language``.

    Latin-script addresses occur in Chinese records too (translations, bank forms), so the
    recognizer is returned for every language, registered under ``language``.
    """
    return [EnStreetAddressRecognizer(supported_language=language)]
