#!/usr/bin/env python3
"""Build kg/data/gazetteer.json from pycountry and the curated TSV files.

pycountry (ISO 3166) gives every country's name and official name; the curated
kg/data/countries.tsv adds the English short name used in news, aliases,
demonyms, capitals and Wikidata IDs; kg/data/organizations.tsv lists
international organizations and national bodies. Run it after editing either
TSV and commit the JSON: kg reads only the JSON at run time.
"""

from __future__ import annotations

import json
from pathlib import Path

import pycountry

DATA = Path(__file__).resolve().parent.parent / "kg" / "data"


def split(cell: str) -> list[str]:
    return [x.strip() for x in cell.split(";") if x.strip()]


def rows(path: Path) -> list[list[str]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            out.append((line.split("\t") + [""] * 6)[:6])
    return out


def main() -> None:
    countries: dict[str, dict[str, object]] = {}
    for iso2, name, aliases, demonyms, capitals, wikidata in rows(DATA / "countries.tsv"):
        countries[iso2] = {
            "name": name, "iso2": iso2, "aliases": split(aliases),
            "demonyms": split(demonyms), "capitals": split(capitals),
            "wikidata": wikidata or None,
        }
    for c in pycountry.countries:
        entry = countries.get(c.alpha_2)
        iso_names = [
            n for n in (c.name, getattr(c, "official_name", None),
                        getattr(c, "common_name", None)) if n and "," not in n
        ]
        if entry is None:
            name = getattr(c, "common_name", None) or c.name
            if "," in name:
                continue
            entry = countries[c.alpha_2] = {
                "name": name, "iso2": c.alpha_2, "aliases": [], "demonyms": [],
                "capitals": [], "wikidata": None,
            }
        aliases = entry["aliases"]
        assert isinstance(aliases, list)
        for n in iso_names:
            if n != entry["name"] and n not in aliases:
                aliases.append(n)
    orgs = []
    for name, typ, aliases, country, wikidata, _ in rows(DATA / "organizations.tsv"):
        orgs.append({"name": name, "type": typ, "aliases": split(aliases),
                     "country": country or None, "wikidata": wikidata or None})
    out = {
        "source": "pycountry " + getattr(pycountry, "__version__", "?")
        + " + kg/data/countries.tsv + kg/data/organizations.tsv",
        "countries": sorted(countries.values(), key=lambda c: str(c["name"])),
        "organizations": orgs,
    }
    (DATA / "gazetteer.json").write_text(
        json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(countries)} countries, {len(orgs)} organizations")


if __name__ == "__main__":
    main()
