"""Build the name lexicons of the de-identification stage from permissively licensed packages.

    .venv/bin/python scripts/build_name_lexicon.py

Reads the person-name lists of Faker (MIT; every locale) and the US Census 1990 name frequency files
shipped in the ``names`` package (MIT; the census data is public domain), and writes
``pipeline/stages/deidentify/recognizers/data/{given_names,family_names}.txt`` (one name per line,
sorted, case kept). Both packages are test dependencies only; the pipeline reads the text files.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "pipeline" / "stages" / "deidentify" / "recognizers" / "data"


def _names(value: object) -> set[str]:
    if isinstance(value, dict):
        return {str(k) for k in value}
    if isinstance(value, list | tuple | set | frozenset):
        return {str(v) for v in value}
    return set()


def faker_names() -> tuple[set[str], set[str]]:
    """Given and family names of every Faker locale."""
    import faker.providers.person as person

    given: set[str] = set()
    family: set[str] = set()
    for info in pkgutil.iter_modules(person.__path__):
        try:
            provider = importlib.import_module(f"faker.providers.person.{info.name}").Provider
        except (ImportError, AttributeError):
            continue
        for attr in (
            "first_names",
            "first_names_male",
            "first_names_female",
            "first_names_nonbinary",
            "first_romanized_names",
            "first_romanized_names_male",
            "first_romanized_names_female",
        ):
            given |= _names(provider.__dict__.get(attr))
        for attr in ("last_names", "last_romanized_names"):
            family |= _names(provider.__dict__.get(attr))
    return given, family


def census_names() -> tuple[set[str], set[str]]:
    """First and last names of the US Census 1990 frequency files (title-cased)."""
    import names

    folder = Path(names.__file__).parent
    given: set[str] = set()
    for fname in ("dist.male.first", "dist.female.first"):
        given |= {line.split()[0].title() for line in (folder / fname).read_text().splitlines() if line.strip()}
    family = {line.split()[0].title() for line in (folder / "dist.all.last").read_text().splitlines() if line.strip()}
    return given, family


def clean(values: set[str]) -> list[str]:
    """Names of one or two words of letters (with ' - · .), at least two characters."""
    out = set()
    for v in values:
        v = v.strip()
        if len(v) >= 2 and all(c.isalpha() or c in " '-·." for c in v) and len(v.split()) <= 2:
            out.add(v)
    return sorted(out)


def main() -> int:
    """Write the two lexicons."""
    fg, ff = faker_names()
    cg, cf = census_names()
    OUT.mkdir(parents=True, exist_ok=True)
    for name, values in (("given_names.txt", fg | cg), ("family_names.txt", ff | cf)):
        rows = clean(values)
        (OUT / name).write_text("\n".join(rows) + "\n", encoding="utf-8")
        print(f"{name}: {len(rows):,} names", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
