"""Privacy profiles: what the GDPR and China's PIPL require of the policy, as defaults and as a floor.

A policy file naming ``profile: gdpr`` or ``profile: pipl`` gets, for every entity type the profile
covers that it does not list itself, the profile's default rule; a rule the file does list must use
one of the actions the profile allows for that type, with a threshold no higher than the profile's
(a higher threshold detects less). Anything weaker is refused on load (fail closed). Why each type is
covered and which articles say so: docs/DEIDENTIFY.md, "Privacy profiles".

Both profiles aim at anonymisation, not pseudonymisation: GDPR Recital 26 says pseudonymised data is
still personal data, PIPL Art. 73 defines anonymisation as processing after which the information can
neither identify a person nor be restored. So ``pseudonym`` and ``surrogate`` (keyed, linkable:
the same value always gives the same token) and ``mask`` (keeps the last digits) and ``keep`` are
not allowed for the covered types; ``placeholder``, ``generalize`` (where the type supports it) and
``drop_record`` are.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Requirement:
    """What a profile requires of one entity type: allowed actions, the highest threshold, the default."""

    actions: tuple[str, ...]
    threshold: float
    default_action: str
    default_to: str | None = None


_ANONYMISE = ("placeholder", "generalize", "drop_record")
_REMOVE = ("placeholder", "drop_record")  # identifiers with nothing coarser worth keeping

_COMMON: dict[str, Requirement] = {
    "PERSON": Requirement(_REMOVE, 0.6, "placeholder"),
    "STREET_ADDRESS": Requirement(_ANONYMISE, 0.5, "generalize", "city"),
    "DATE_OF_BIRTH": Requirement(_ANONYMISE, 0.5, "generalize", "year"),
    "PHONE_NUMBER": Requirement(_REMOVE, 0.5, "placeholder"),
    "EMAIL_ADDRESS": Requirement(_REMOVE, 0.5, "placeholder"),
    "IP_ADDRESS": Requirement(_REMOVE, 0.5, "placeholder"),
    "MAC_ADDRESS": Requirement(_REMOVE, 0.5, "placeholder"),
    "PROFILE_URL": Requirement(_REMOVE, 0.5, "placeholder"),
    "QQ_NUMBER": Requirement(_REMOVE, 0.5, "placeholder"),
    "WECHAT_ID": Requirement(_REMOVE, 0.5, "placeholder"),
    "LICENSE_PLATE": Requirement(_REMOVE, 0.5, "placeholder"),
    "CN_RESIDENT_ID": Requirement(_REMOVE, 0.5, "placeholder"),
    "PASSPORT": Requirement(_REMOVE, 0.5, "placeholder"),
    "DRIVER_LICENSE": Requirement(_REMOVE, 0.5, "placeholder"),
    "US_SSN": Requirement(_REMOVE, 0.5, "placeholder"),
    "BANK_CARD": Requirement(_REMOVE, 0.5, "placeholder"),
    "IBAN_CODE": Requirement(_REMOVE, 0.5, "placeholder"),
    "MEDICAL_RECORD_NUMBER": Requirement(_REMOVE, 0.5, "placeholder"),
    "AGE": Requirement(_ANONYMISE, 0.5, "generalize", "band"),
    "ZIP_CODE": Requirement(_ANONYMISE, 0.5, "generalize", "prefix"),
}

PROFILES: dict[str, dict[str, Requirement]] = {
    # GDPR Art. 4(1) (identifiers: name, identification number, location data, online identifier),
    # Art. 9 (health data: medical record numbers), Recital 30 (IP addresses, device identifiers).
    "gdpr": dict(_COMMON),
    # PIPL Art. 4 (personal information), Art. 28 (sensitive: specific identity such as ID numbers,
    # medical health, financial accounts, location tracks).
    "pipl": dict(_COMMON),
}
"""Profiles by name: per covered entity type, its :class:`Requirement` (types the analyzer cannot emit are skipped)."""
