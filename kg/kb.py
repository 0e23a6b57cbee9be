"""The bundled, offline knowledge base of well-known actors (read-only, no I/O
beyond the package's own data files).

- States and organizations are the curated gazetteer's (``kg/data/countries.tsv``,
  ``organizations.tsv``): their canonical names, types and Wikidata ids.
- People who held the top offices of the major states and organizations are in
  ``kg/data/kb/people.tsv`` (label, gender, country, Wikidata id, other names,
  surnames that name them alone while in office) and their dated offices in
  ``kg/data/kb/offices.tsv``. Provenance and license: ``kg/data/kb/README.md``.

>>> kb = load()
>>> kb.person("Joe Biden").wikidata
'Q6279'
>>> kb.holder("President", "United States", "2023-05-01").label
'Joe Biden'
>>> kb.holder("President", "United States", "2025-06-01").label
'Donald Trump'
>>> kb.entity("the U.S.").label, kb.entity("U.S.").type
('United States', 'Country')
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from kg import gazetteer, names


@dataclass(frozen=True)
class Office:
    titles: tuple[str, ...]  # lower-case variants: "foreign minister", "minister of ..."
    of: str  # the country or organization (its KB label)
    start: str | None  # YYYY-MM-DD
    end: str | None  # None: still in office

    def held_on(self, date: str) -> bool:
        return (self.start is None or self.start <= date) and (self.end is None or date < self.end)

    def near(self, date: str, before: int = 2, after: int = 4) -> bool:
        """Whether a date falls in the term, widened by years before and after."""
        year = int(date[:4])
        lo = int(self.start[:4]) - before if self.start else -10**6
        hi = int(self.end[:4]) + after if self.end else 10**6
        return lo <= year <= hi


@dataclass(frozen=True)
class Person:
    label: str
    gender: str | None  # 'f' | 'm'
    country: str | None
    wikidata: str | None
    names: tuple[str, ...]  # the label and other full names
    alone: tuple[str, ...]  # surnames that name them alone while in office
    offices: tuple[Office, ...] = ()

    type = "Person"


@dataclass(frozen=True)
class Entity:
    """A state or an organization."""

    label: str
    type: str  # Country | Organization | Group
    wikidata: str | None
    country: str | None = None


def title_key(title: str) -> str:
    """A title without courtesy words, case or punctuation, for comparing offices.

    >>> title_key("His Majesty King")
    'king'
    >>> title_key("former U.S. National Security Adviser")
    'national security advisor'
    """
    words = names.fold(names.clean(title)).replace(".", "").replace("-", " ").split()
    words = ["advisor" if w == "adviser" else "defense" if w == "defence" else w
             for w in words if w not in COURTESY]
    return " ".join(words)


# words of a title that say nothing about the office held
COURTESY = frozenset("""his her their majesty royal highness excellency hm hrh h e mr mrs ms
miss madam madame sir dame lord lady the former late acting sheikh shaikh sheikha us u s
""".split())


def office_matches(title: str, office: Office) -> bool:
    """Whether a title names the office: the same words, or the first words of
    the office's name ("Secretary" of "Secretary of State").

    >>> o = Office(("vice president",), "United States", None, None)
    >>> office_matches("Vice President", o), office_matches("President", o)
    (True, False)
    """
    t = title_key(title).split()
    if not t:
        return False
    return any(v.split()[:len(t)] == t for v in office.titles)


class KB:
    def __init__(self, people_tsv: str, offices_tsv: str, gaz: gazetteer.Gazetteer) -> None:
        self.gaz = gaz
        offices: dict[str, list[Office]] = {}
        for row in _rows(offices_tsv):
            holder, titles, of, start, end = (row + [""] * 5)[:5]
            offices.setdefault(holder, []).append(Office(
                tuple(title_key(t) for t in titles.split(";") if t), of, start or None,
                end or None))
        self.people: list[Person] = []
        self.by_key: dict[str, list[Person]] = {}
        self.by_alone: dict[str, list[Person]] = {}
        self.by_last: dict[str, list[Person]] = {}
        for row in _rows(people_tsv):
            label, gender, country, wd, others, alone = (row + [""] * 6)[:6]
            p = Person(label, gender or None, country or None, wd or None,
                       (label, *[n for n in others.split(";") if n]),
                       tuple(a for a in alone.split(";") if a), tuple(offices.get(label, ())))
            self.people.append(p)
            lasts = tuple(names.person_key(n).split()[-1] for n in p.names)
            for index, forms in ((self.by_key, [names.person_key(n) for n in p.names]),
                                 (self.by_alone, [names.person_key(a) for a in p.alone]),
                                 (self.by_last, lasts)):
                for key in dict.fromkeys(forms):
                    index.setdefault(key, []).append(p)
        unknown = set(offices) - {p.label for p in self.people}
        if unknown:
            raise ValueError(f"offices.tsv names people not in people.tsv: {sorted(unknown)}")
        self.by_label = {p.label: p for p in self.people}
        self.by_wikidata: dict[str, Person | Entity] = {}
        for p in self.people:
            if p.wikidata:
                self.by_wikidata[p.wikidata] = p
        for e in gaz.entries.values():
            if e.wikidata and e.kind == "name" and e.type != "Person":
                self.by_wikidata.setdefault(e.wikidata, self._entity(e))

    @staticmethod
    def _entity(e: gazetteer.Entry) -> Entity:
        return Entity(e.name, e.type, e.wikidata, e.country)

    def person(self, label: str) -> Person | None:
        return self.by_label.get(label)

    def may_name_a_person(self, name: str) -> bool:
        """A quick test: could the name be one of the KB's people at all?"""
        key = names.person_key(name)
        return key in self.by_key or key in self.by_alone or key in self.by_last

    def full_name(self, name: str) -> list[Person]:
        """People one of whose full names the name is (titles, case, accents and
        middle initials aside; initials, where both give them, must agree)."""
        key = names.person_key(name)
        if len(key.split()) < 2:
            return []
        mine = names.initials_of(name)
        out = []
        for p in self.by_key.get(key, []):
            theirs = {names.initials_of(n) for n in p.names if names.person_key(n) == key}
            if mine and any(theirs) and mine not in theirs:
                continue
            out.append(p)
        return out

    def surname(self, name: str) -> list[Person]:
        """People a single surname may stand for (their listed surname forms)."""
        key = names.person_key(name)
        if len(key.split()) != 1:
            return []
        found = list(self.by_alone.get(key, []))
        # any KB person's last name too, for title-backed matches
        found += [p for p in self.by_last.get(key, []) if p not in found]
        return found

    def entity(self, name: str) -> Entity | None:
        """The state or organization a name (or alias) is, from the gazetteer."""
        e = self.gaz.lookup(names.clean(name))
        if e is None or e.kind not in ("name", "alias") or e.type == "Person":
            return None
        return self._entity(e)

    def country(self, label: str) -> Entity | None:
        e = self.entity(label)
        return e if e is not None and e.type == "Country" else None

    def holder(self, title: str, of: str, date: str) -> Person | None:
        """Who held an office of a country or organization on a date, if the KB knows.

        >>> load().holder("Prime Minister", "Japan", "2022-01-10").label
        'Fumio Kishida'
        >>> load().holder("Prime Minister", "Japan", "1990-01-10") is None
        True
        """
        found = [p for p in self.people for o in p.offices
                 if o.of == of and o.held_on(date) and any(v == title_key(title)
                                                           for v in o.titles)]
        return found[0] if len(set(map(id, found))) == 1 else None


def _rows(text: str) -> list[list[str]]:
    return [line.split("\t") for line in text.splitlines()
            if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def load() -> KB:
    pkg = resources.files("kg") / "data" / "kb"
    return KB((pkg / "people.tsv").read_text(encoding="utf-8"),
              (pkg / "offices.tsv").read_text(encoding="utf-8"), gazetteer.load())
