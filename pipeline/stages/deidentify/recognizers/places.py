"""Well-known place names, used to skip English NER windows that could only find a kept ``LOCATION``.

English NER runs on windows around capitalised words that may start a name
(:func:`pipeline.stages.deidentify.recognizers.person_en.candidate_windows`). A country or city after a preposition (``near Oslo``,
``In Canada,``) opens such a window, yet NER can only find a ``LOCATION`` there. When the policy's
action for ``LOCATION`` is ``keep``, that costs time and changes nothing in the text, so such a word
does not open a window (:func:`plain_place_spans`). Every other capitalised word still does.

The list is curated for that use:

* only places whose name is not also a common given name or surname (no Paris, Sydney, Denver,
  London, Berlin, Georgia, Jordan, Austin, Florence, ...): a person called like that must stay
  visible to NER;
* each entry is labelled as a place, never ``PERSON``, by the pinned spaCy model after every
  preposition in :data:`PLACE_PREPOSITIONS` (checked by ``tests/pipeline/stages/deidentify/recognizers/test_places.py``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

PLACES: frozenset[str] = frozenset(
    """
Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Australia|Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Bhutan|Bolivia|Bosnia|Brazil|Bulgaria|Burundi|Cambodia|Canada|Chile|China|Colombia|Congo|Costa Rica|Croatia|Cyprus|Czechia|Czech Republic|Denmark|Djibouti|Ecuador|Egypt|El Salvador|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gambia|Germany|Ghana|Greece|Guatemala|Guinea|Guyana|Haiti|Honduras|Hungary|Iceland|Indonesia|Iran|Iraq|Italy|Japan|Kazakhstan|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Liberia|Libya|Lithuania|Luxembourg|Malaysia|Malta|Mauritania|Mexico|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Namibia|Netherlands|New Zealand|Nicaragua|Nigeria|North Korea|North Macedonia|Norway|Oman|Pakistan|Palestine|Panama|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Samoa|Saudi Arabia|Senegal|Serbia|Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|South Africa|South Korea|South Sudan|Spain|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Tonga|Turkey|Uganda|Ukraine|United Arab Emirates|United Kingdom|United States|Uzbekistan|Vatican|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|Korea|Britain|Great Britain|England|Scotland|Hong Kong|Macau|Greenland|Puerto Rico|Tibet
Africa|Europe|Antarctica|Oceania|Scandinavia|Caribbean|Mediterranean|Siberia|Himalayas|Patagonia|North America|South America|Latin America|Central America|Middle East|Southeast Asia|East Asia
Alabama|Alaska|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Iowa|Kansas|Kentucky|Louisiana|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Nebraska|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Texas|Utah|Vermont|West Virginia|Wisconsin|Wyoming|Ontario|Quebec|British Columbia
Tokyo|Delhi|New Delhi|Shanghai|Beijing|Mumbai|Cairo|Dhaka|Istanbul|Manila|Tianjin|Kinshasa|Guangzhou|Los Angeles|Moscow|Shenzhen|Bengaluru|Jakarta|Bangkok|Seoul|Hyderabad|Tehran|Chicago|Chengdu|Nanjing|Wuhan|Kuala Lumpur|Hangzhou|Riyadh|Baghdad|Madrid|Pune|Toronto|Miami|Philadelphia|Atlanta|Barcelona|Johannesburg|Saint Petersburg|Dalian|Yangon|Rome|Prague|Warsaw|Budapest|Stockholm|Helsinki|Copenhagen|Brussels|Zurich|Hamburg|Frankfurt|Venice|Minsk|Bucharest|Belgrade|Zagreb|Liverpool|Birmingham|Oxford|Cambridge|Boston|Seattle|San Francisco|San Diego|San Jose|Las Vegas|Detroit|Nashville|New Orleans|Montreal|Ottawa|Calgary|Mexico City|Sao Paulo|Caracas|Quito|Montevideo|Nairobi|Addis Ababa|Marrakech|Tunis|Algiers|Cape Town|Kampala|Harare|Dubai|Jerusalem|Tel Aviv|Beirut|Damascus|Kabul|Islamabad|Kathmandu|Hanoi|Taipei|Pyongyang|Tashkent|Almaty|Canberra|Chongqing|Xiamen|Kunming|Zhengzhou|Stuttgart|Turin|Minneapolis|Milwaukee|Pittsburgh|Cincinnati|Indianapolis|Sacramento|Salt Lake City|Silicon Valley|Hiroshima|Phnom Penh|Mogadishu|Pretoria|Antwerp|Riga|Mecca
Oslo|Dublin|Lisbon|Athens|Amsterdam|Edinburgh|Glasgow|Manchester|Munich|Naples|Kyoto|Melbourne|Brisbane|Auckland|Buenos Aires|Rio de Janeiro|Havana|Karachi|Kolkata|Chennai|Lahore|Bangalore|Busan|Seville|Krakow|Marseille|Kyiv|Kiev|Reykjavik|Tallinn|Vilnius|Tbilisi|Yerevan|Baku|Dakar|Accra|Doha|Abu Dhabi|Luanda|Lusaka|Kigali|Khartoum|Casablanca|Ulaanbaatar|Yokohama|Sapporo|Nagoya|Shenyang|Harbin|Qingdao|Suzhou|Changsha|Hefei|Foshan|Lhasa|Sarajevo|Ljubljana|Bratislava|Salzburg|Rotterdam|Bilbao|Malaga|Porto|Bordeaux|Toulouse|Leipzig|Dresden|Heidelberg|Bologna|Pisa|Genoa|Vancouver|Edmonton|Honolulu|Jacksonville|Baltimore|Albuquerque|Tucson|Tulsa
Austria|Armenia|Azerbaijan|Benin|Botswana|Brunei|Burkina Faso|Cameroon|Comoros|Dominican Republic|Gabon|Lesotho|Liechtenstein|Madagascar|Malawi|Maldives|Mauritius|Micronesia|Moldova|Nepal|Niger|Papua New Guinea|San Marino|Seychelles|Sri Lanka|Togo|Tunisia|Turkmenistan|Uruguay|Vanuatu|Manitoba|Saskatchewan|Nova Scotia
""".replace("\n", "|")
    .strip("|")
    .split("|")
)
"""Countries, regions, US states and large cities that are not also common person names."""

PLACE_PREPOSITIONS: tuple[str, ...] = (
    "in",
    "near",
    "across",
    "within",
    "throughout",
    "around",
    "beyond",
    "inside",
    "outside",
    "into",
    "through",
    "from",
    "to",
    "at",
    "of",
    "for",
    "with",
    "without",
    "during",
    "under",
    "over",
    "via",
    "toward",
    "towards",
    "between",
    "and",
)
"""Words after which a listed place is taken as a plain place mention (``in Oslo``, ``In Canada,``)."""

_LETTER = r"A-Za-z\u00c0-\u024f"
PLACE_RE = re.compile(
    rf"(?<![{_LETTER}0-9'’.-])(?:"
    + "|".join(re.escape(p) for p in sorted(PLACES, key=lambda p: (-len(p), p)))
    + rf")(?![{_LETTER}0-9'’-])"
)
"""A listed place as a whole word (longest name first: ``New York`` before ``York``)."""

_PREP_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:" + "|".join(PLACE_PREPOSITIONS) + r")[ \t]+$",
    re.IGNORECASE,
)
_AFTER_OK = re.compile(r"(?:$|[ \t]*[,.;:!?)\]\n]|[ \t]+[a-z])")
"""What may follow a plain place mention: punctuation, the end, or a lower-case word."""
_NAMEY_AFTER = re.compile(
    r"[ \t]+(?:is|was|has|had|said|says|will|would|went|wrote|told|asked|lives|works|who)(?![A-Za-z])"
)


PLACE_FIRST_WORDS: frozenset[str] = frozenset(p.split()[0] for p in PLACES)
"""The first word of every listed place."""


def plain_place_spans(text: str, word_starts: Iterable[tuple[int, str]] | None = None) -> list[tuple[int, int]]:
    """Spans of listed places that follow a preposition and are not followed by a capitalised word.

    ``near Oslo,`` and ``In Canada the`` qualify; ``Oslo Bergen``, ``Oslo's`` and ``visited Oslo``
    (no preposition) do not, and neither does a place followed by a verb typical after a name
    (``... to Oslo said``). ``word_starts`` (offset and text of each capitalised word, when the
    caller has them) limits the search to places starting at those words.
    """
    if word_starts is None:
        matches: Iterable[re.Match[str] | None] = PLACE_RE.finditer(text)
    else:
        matches = (PLACE_RE.match(text, s) for s, w in word_starts if w in PLACE_FIRST_WORDS)
    out: list[tuple[int, int]] = []
    for m in matches:
        if m is None:
            continue
        s, e = m.span()
        if _PREP_BEFORE.search(text, max(0, s - 16), s) is None:  # look-behind sees before pos
            continue
        rest = text[e : e + 24]
        if _AFTER_OK.match(rest) is None or _NAMEY_AFTER.match(rest) is not None:
            continue
        out.append((s, e))
    return out
