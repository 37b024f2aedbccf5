r"""Machine-readable document formats read by their structure: passport MRZ lines and HL7 v2 segments.

Both formats put personal data at fixed positions with no cue word next to it, so the cue-anchored
recognizers of :mod:`~pipeline.stages.deidentify.recognizers.identifiers` cannot see it:

* **MRZ** (ICAO 9303 machine-readable zone of passports, ID cards and visas, common in OCR output):
  ``P<CHNZHANG<<SAN<<<<...`` / ``E123456786CHN9001012M3001013<<<<...``. :class:`MrzRecognizer` reads
  each run of MRZ characters (``A-Z``, ``0-9``, ``<``) as a line of one of the layouts (TD3/MRV-A
  44 characters, TD2/MRV-B 36, TD1 30, with OCR slack in the length) and finds the document number
  (``PASSPORT``), the birth date (``DATE_OF_BIRTH``) and the name fields (``PERSON``, surname and
  given names apart). A document number whose ICAO 7-3-1 check digit is right scores 0.95, one
  whose digit is wrong (an OCR error, a made-up sample) 0.85: the layout alone is specific enough.
* **HL7 v2** (``MSH|^~\&|...``, ``PID|1||MRN^^^...||DOE^JANE||19800101|F|||...``):
  :class:`Hl7Recognizer` splits ``PID``, ``NK1``, ``GT1`` and ``IN1`` segments into fields and
  components and reports the fields the standard defines as patient identifiers, names, birth date,
  address, phones, SSN and driving licence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from pipeline.stages.deidentify.recognizers.base import Recognizer, RecognizerResult, result
from pipeline.stages.deidentify.recognizers.checksums import valid_date

if TYPE_CHECKING:
    from presidio_analyzer.nlp_engine import NlpArtifacts

__all__ = ["Hl7Recognizer", "MrzRecognizer", "mrz_check_digit", "recognizers"]

# --------------------------------------------------------------------------- MRZ

_MRZ_RUN = re.compile(r"(?<![A-Za-z0-9<])[A-Z0-9<]{28,46}(?![A-Za-z0-9<])")
"""A run of MRZ characters as long as an MRZ line (30, 36 or 44, with slack for OCR)."""
_NAMES_LINE = re.compile(r"(?P<code>[PVACI][A-Z<])(?P<state>[A-Z<]{3})(?P<names>[A-Z<]+)")
"""TD3/TD2/MRV first line: document code, issuing state, then the names (``SURNAME<<GIVEN<NAMES``)."""
_NAME_PARTS = re.compile(r"[A-Z]+(?:<[A-Z]+)*")
_NAME_SPLIT = re.compile(r"[A-Z]<<[A-Z]")
"""Surname, ``<<``, given names: what a names line without a data line next to it must show."""
_DATA_LINE = re.compile(
    r"(?P<doc>[A-Z0-9<]{9})(?P<check>[0-9<])(?P<nat>[A-Z]{3}|[A-Z]{2}<|[A-Z]<<)(?P<rest>[A-Z0-9<]*)"
)
"""TD3/TD2/MRV second line: document number, its check digit, nationality, birth date, ..."""
_TD1_FIRST = re.compile(
    r"(?P<code>[ACI][A-Z<])(?P<state>[A-Z]{3}|[A-Z]{2}<|[A-Z]<<)(?P<doc>[A-Z0-9<]{9})(?P<check>[0-9<])"
)
"""TD1 (ID card) first line: document code, issuing state, document number, check digit, optional data."""
_TD1_SECOND = re.compile(r"(?P<dob>\d{6})(?P<check>[0-9<])[MFX<]\d{6}[0-9<](?:[A-Z]{3}|[A-Z]{2}<|[A-Z]<<)")
"""TD1 second line: birth date, check digit, sex, expiry, check digit, nationality."""
_TD1_NAMES = re.compile(r"[A-Z]+(?:<[A-Z]+)*<<[A-Z]+(?:<[A-Z]+)*<*")
"""TD1 third line: the names alone (``SURNAME<<GIVEN<NAMES<<<``)."""
_MRZ_VALUES = {**{str(d): d for d in range(10)}, **{chr(65 + i): 10 + i for i in range(26)}, "<": 0}


def mrz_check_digit(field: str) -> int:
    """The ICAO 9303 check digit of ``field`` (weights 7, 3, 1; letters 10-35, ``<`` 0)."""
    return sum(_MRZ_VALUES.get(c, 0) * (7, 3, 1)[i % 3] for i, c in enumerate(field)) % 10


def _doc_number(doc: str, check: str) -> tuple[int, float] | None:
    """The length of a document number field without its filler and its score, or None if it is none."""
    number = doc.rstrip("<")
    if len(number) < 5 or "<" in number or not any(c.isdigit() for c in number):
        return None
    return len(number), 0.95 if check.isdigit() and mrz_check_digit(doc) == int(check) else 0.85


def _birth_date(text: str, start: int) -> bool:
    """True when the six characters at ``start`` are a ``YYMMDD`` date."""
    ymd = text[start : start + 6]
    return len(ymd) == 6 and ymd.isdigit() and valid_date(1900 + int(ymd[:2]), int(ymd[2:4]), int(ymd[4:]))


def _name_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The surname and given-name parts (``<``-joined words) of a names field at ``start:end``."""
    for m in _NAME_PARTS.finditer(text, start, end):
        yield m.start(), m.end()


class MrzRecognizer(Recognizer):
    """``PASSPORT``, ``DATE_OF_BIRTH`` and ``PERSON`` in the machine-readable zone of travel documents."""

    ENTITIES = ("PASSPORT", "DATE_OF_BIRTH", "PERSON")

    def may_match(self, text: str) -> bool:
        """True when ``text`` holds an MRZ filler pair and an MRZ-long run."""
        return "<<" in text and _MRZ_RUN.search(text) is not None

    def find(self, text: str, nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        """Every document number, birth date and name in the MRZ lines of ``text``."""
        name = type(self).__name__
        spans: list[tuple[str, int, int, float]] = []
        runs = [m for m in _MRZ_RUN.finditer(text) if "<" in m.group()]
        block_has_data = any(self._data_line(text, m.start(), m.end(), []) for m in runs)
        for m in runs:
            s, e = m.start(), m.end()
            if self._data_line(text, s, e, spans):
                continue
            first = _NAMES_LINE.fullmatch(text, s, e)
            names_ok = first is not None and not any(c.isdigit() for c in first.group("names"))
            if first is not None and names_ok and (block_has_data or _NAME_SPLIT.search(first.group("names"))):
                spans += [("PERSON", a, b, 0.9) for a, b in _name_spans(text, first.start("names"), e)]
            elif block_has_data and _TD1_NAMES.fullmatch(text, s, e):
                spans += [("PERSON", a, b, 0.9) for a, b in _name_spans(text, s, e)]
        return [result(entity, a, b, score, name) for entity, a, b, score in spans]

    @staticmethod
    def _data_line(text: str, s: int, e: int, spans: list[tuple[str, int, int, float]]) -> bool:
        """Add the findings of a line holding a document number or birth date; False if it holds none."""
        td1 = _TD1_FIRST.match(text, s, e)
        if td1 is not None and any(c.isdigit() for c in td1.group("doc")):
            found = _doc_number(td1.group("doc"), td1.group("check"))
            if found is not None:
                spans.append(("PASSPORT", td1.start("doc"), td1.start("doc") + found[0], found[1]))
                return True
        second = _TD1_SECOND.match(text, s, e)
        if second is not None and _birth_date(text, s):
            spans.append(("DATE_OF_BIRTH", s, s + 6, 0.9))
            return True
        data = _DATA_LINE.match(text, s, e)
        if data is None or _NAMES_LINE.fullmatch(text, s, e):
            return False
        found = _doc_number(data.group("doc"), data.group("check"))
        if found is None:
            return False
        spans.append(("PASSPORT", s, s + found[0], found[1]))
        if _birth_date(text, data.start("rest")):
            spans.append(("DATE_OF_BIRTH", data.start("rest"), data.start("rest") + 6, 0.9))
        return True


# --------------------------------------------------------------------------- HL7 v2

_SEGMENT = re.compile(r"(?m)(?:^|(?<=\r))(?P<id>PID|NK1|GT1|IN1)(?P<sep>[|])(?P<body>[^\r\n]*)")
_HL7_GATE = re.compile(r"(?:PID|NK1|GT1|IN1)\|")
_HL7_FIELDS: dict[str, dict[int, str]] = {
    # PID: 2-4 patient ids, 5 name, 6 mother's maiden name, 7 birth date, 9 alias, 11 address,
    # 13/14 home/business phone, 18 account number, 19 SSN, 20 driving licence
    "PID": {
        2: "MEDICAL_RECORD_NUMBER",
        3: "MEDICAL_RECORD_NUMBER",
        4: "MEDICAL_RECORD_NUMBER",
        5: "PERSON",
        6: "PERSON",
        7: "DATE_OF_BIRTH",
        9: "PERSON",
        11: "STREET_ADDRESS",
        13: "PHONE_NUMBER",
        14: "PHONE_NUMBER",
        18: "MEDICAL_RECORD_NUMBER",
        19: "US_SSN",
        20: "DRIVER_LICENSE",
    },
    # NK1 (next of kin): 2 name, 4 address, 5/6 phones
    "NK1": {2: "PERSON", 4: "STREET_ADDRESS", 5: "PHONE_NUMBER", 6: "PHONE_NUMBER"},
    # GT1 (guarantor): 3 name, 5 address, 6/7 phones, 8 birth date, 12 SSN
    "GT1": {3: "PERSON", 5: "STREET_ADDRESS", 6: "PHONE_NUMBER", 7: "PHONE_NUMBER", 8: "DATE_OF_BIRTH", 12: "US_SSN"},
    # IN1 (insurance): 16 insured's name, 18 insured's birth date, 19 insured's address, 49 insured's id
    "IN1": {16: "PERSON", 18: "DATE_OF_BIRTH", 19: "STREET_ADDRESS", 49: "MEDICAL_RECORD_NUMBER"},
}
"""The fields of each segment that hold personal data (HL7 v2.5 field numbers) and their entity type."""
_DIGITS = re.compile(r"\d")
_SSN_SHAPE = re.compile(r"\d{3}-?\d{2}-?\d{4}")
_PLACEHOLDER = re.compile(r"<[A-Z][A-Z0-9_]*>")


_KEEP_COMPONENTS = {"PERSON": 3, "STREET_ADDRESS": 2, "MEDICAL_RECORD_NUMBER": 1, "DRIVER_LICENSE": 1, "US_SSN": 1}
"""How many leading components of a field are personal: XPN family^given^middle (not suffix, prefix,
degree, type code), XAD street^other designation (city, state and ZIP are kept), CX id (not the check
digit, assigning authority and type code ``^^^MRN``). Phones and dates: every component with digits."""


def _components(text: str, start: int, end: int, entity: str) -> Iterator[tuple[int, int]]:
    """The spans of one field's personal components (``~`` repetitions, ``^`` components)."""
    keep = _KEEP_COMPONENTS.get(entity, 99)
    pos = start
    for rep in text[start:end].split("~"):
        cpos = pos
        for i, comp in enumerate(rep.split("^")):
            value = comp.strip()
            digits = len(_DIGITS.findall(value))
            wanted = i < keep and len(value) >= 2 and _PLACEHOLDER.fullmatch(value) is None
            if entity == "PERSON":
                wanted = wanted and digits == 0
            elif entity in ("PHONE_NUMBER", "DATE_OF_BIRTH"):
                wanted = wanted and digits >= (7 if entity == "PHONE_NUMBER" else 6)
            elif entity != "STREET_ADDRESS":
                wanted = wanted and digits >= 4
            if wanted:
                lead = len(comp) - len(comp.lstrip())
                yield cpos + lead, cpos + lead + len(value)
            cpos += len(comp) + 1
        pos += len(rep) + 1


class Hl7Recognizer(Recognizer):
    """Patient identifiers, names, birth dates, addresses, phones, SSN and licences in HL7 v2 segments."""

    ENTITIES = (
        "MEDICAL_RECORD_NUMBER",
        "PERSON",
        "DATE_OF_BIRTH",
        "STREET_ADDRESS",
        "PHONE_NUMBER",
        "US_SSN",
        "DRIVER_LICENSE",
    )

    def may_match(self, text: str) -> bool:
        """True when ``text`` holds a ``PID|``, ``NK1|``, ``GT1|`` or ``IN1|`` segment start."""
        return _HL7_GATE.search(text) is not None

    def find(self, text: str, nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        """Every personal field of the PID/NK1/GT1/IN1 segments of ``text``."""
        name = type(self).__name__
        out: list[RecognizerResult] = []
        for seg in _SEGMENT.finditer(text):
            fields = _HL7_FIELDS[seg.group("id")]
            pos, index = seg.start("body"), 1
            for cell in seg.group("body").split("|"):
                entity = fields.get(index)
                if entity == "MEDICAL_RECORD_NUMBER" and index == 18 and _SSN_SHAPE.fullmatch(cell.strip()):
                    entity = "US_SSN"  # senders shift PID-19 by one: an SSN in the account-number field
                elif entity == "US_SSN" and index == 19 and not _SSN_SHAPE.fullmatch(cell.strip()):
                    entity = "DRIVER_LICENSE"  # ... and PID-20 with it: a licence number in the SSN field
                if entity is not None and cell.strip():
                    for a, b in _components(text, pos, pos + len(cell), entity):
                        out.append(result(entity, a, b, 0.9, name))
                pos += len(cell) + 1
                index += 1
        return out


def recognizers(language: str) -> list[Recognizer]:
    """One instance of each document-format recognizer, for ``language``."""
    return [MrzRecognizer(supported_language=language), Hl7Recognizer(supported_language=language)]
