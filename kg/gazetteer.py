"""The curated gazetteer: countries, their aliases, demonyms and capitals,
organizations, and well-known office holders.

Built by ``scripts/build_gazetteer.py`` (pycountry plus the curated TSV files)
into ``kg/data/gazetteer.json``; office holders come from ``people.tsv``. It is
read once per process. Lookups are by surface form; matching ignores case for
forms longer than three characters and a leading "the".
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Entry:
    name: str
    type: str  # Person | Country | Organization | Group
    kind: str  # name | alias | demonym | capital
    wikidata: str | None = None
    country: str | None = None  # canonical country name for seats, bodies, people


def key(surface: str) -> str:
    """Normalise a surface form for lookup.

    >>> key("the  United States")
    'united states'
    >>> key("US")
    'US'
    """
    s = " ".join(surface.replace("’", "'").split())
    if s.lower().startswith("the "):
        s = s[4:]
    return s if len(s) <= 3 else s.lower()


class Gazetteer:
    def __init__(self, data: dict, people_tsv: str) -> None:
        self.entries: dict[str, Entry] = {}
        self.countries: dict[str, dict] = {}
        self.generic_aliases: set[str] = set()
        iso_names: dict[str, str] = {}
        for c in data["countries"]:
            name = c["name"]
            iso_names[c["iso2"]] = name
            self.countries[name] = c
            wd = c.get("wikidata")
            self._add(name, Entry(name, "Country", "name", wd))
            for a in c["aliases"]:
                self._add(a, Entry(name, "Country", "alias", wd))
            for d in c["demonyms"]:
                self._add(d, Entry(name, "Country", "demonym", wd), keep=True)
            for cap in c["capitals"]:
                self._add(cap, Entry(name, "Country", "capital", wd))
        for o in data["organizations"]:
            country = iso_names.get(o["country"]) if o.get("country") else None
            e = Entry(o["name"], o["type"], "name", o.get("wikidata"), country)
            self._add(o["name"], e)
            for a in o["aliases"]:
                self._add(a, Entry(o["name"], o["type"], "alias", o.get("wikidata"), country))
                if a.lower().startswith("the ") and len(a.split()) == 2:
                    # "the Alliance": a common noun that names the body only on its own
                    self.generic_aliases.add(key(a))
        self.people: dict[str, Entry] = {}
        for line in people_tsv.splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            name, aliases, iso2, wd = [*line.split("\t"), "", "", "", ""][:4]
            e = Entry(name, "Person", "name", wd or None, iso_names.get(iso2))
            for form in [name, *[a for a in aliases.split(";") if a]]:
                self.people[key(form)] = e

    def _add(self, surface: str, entry: Entry, keep: bool = False) -> None:
        k = key(surface)
        if keep and k in self.entries:
            return
        self.entries.setdefault(k, entry)

    def lookup(self, surface: str) -> Entry | None:
        """The entry a surface form names, or None.

        >>> g = load()
        >>> g.lookup("Moscow").name, g.lookup("Moscow").kind
        ('Russia', 'capital')
        >>> g.lookup("the Kremlin").type
        'Organization'
        """
        return self.entries.get(key(surface))

    def person(self, surface: str) -> Entry | None:
        """A known office holder by any of their spellings.

        >>> load().person("Zelenskiy").country
        'Ukraine'
        """
        return self.people.get(key(surface))

    def country_of_demonym(self, word: str) -> str | None:
        e = self.lookup(word)
        return e.name if e is not None and e.type == "Country" else None


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    pkg = resources.files("kg") / "data"
    data = json.loads((pkg / "gazetteer.json").read_text(encoding="utf-8"))
    return Gazetteer(data, (pkg / "people.tsv").read_text(encoding="utf-8"))
