"""The facts kg extracts, as frozen dataclasses, and their JSON form.

This is the only module that knows the JSON schema (shared with the evaluation
tooling): ``ArticleFacts.to_json()`` is what ``kg extract --format json`` prints
and ``ArticleFacts.from_json()`` reads it back. Provenance and confidence sit
under the extra key ``provenance``; readers of the bare schema ignore it.
"""

from __future__ import annotations

import json
import re
from dataclasses import MISSING, asdict, dataclass, field, fields, replace
from datetime import date
from functools import cache
from math import isfinite
from typing import Any, get_type_hints

ACTOR_TYPES = ("Person", "Country", "Organization", "Group")
STATEMENT_MODES = ("direct", "reported")
COMMITMENT_STATUSES = ("agreed", "proposed", "conditional", "demanded", "refused")
EVENT_TYPES = (
    "PhoneCall", "Meeting", "Negotiation", "Exchange", "Attack", "Announcement", "Other",
)


def parse_json(text: str) -> Any:
    """``json.loads``, with nesting too deep for Python's parser reported as the
    JSONDecodeError it is rather than a RecursionError."""
    try:
        return json.loads(text)
    except RecursionError:
        raise json.JSONDecodeError("nested too deeply", text, 0) from None


@dataclass(frozen=True)
class Provenance:
    """Where a fact was read: the sentence, its character offsets in the article
    text, the extractor (spaCy component) that produced it and how sure it was."""

    sentence: str
    start: int
    end: int
    extractor: str
    confidence: float

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, d: dict[str, Any], where: str = "provenance") -> Provenance:
        if not isinstance(d, dict):
            raise ValueError(f"{where}: expected an object, not {_shown(d)}")
        values: dict[str, Any] = {"sentence": "", "start": 0, "end": 0, "extractor": "unknown",
                                  "confidence": 0.0}
        values.update({k: d[k] for k in values if k in d})
        for key in ("start", "end"):
            if not isinstance(values[key], int) or isinstance(values[key], bool):
                raise ValueError(f"{where}.{key}: expected an integer, not {_shown(values[key])}")
        conf = values["confidence"]
        if not isinstance(conf, (int, float)) or isinstance(conf, bool) or not isfinite(conf):
            raise ValueError(f"{where}.confidence: expected a number, not {_shown(conf)}")
        for key in ("sentence", "extractor"):
            if not isinstance(values[key], str):
                raise ValueError(f"{where}.{key}: expected a string, not {_shown(values[key])}")
            _check_unicode(values[key], f"{where}.{key}")
        return cls(sentence=values["sentence"], start=values["start"], end=values["end"],
                   extractor=values["extractor"], confidence=float(conf))


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None  # YYYY-MM-DD
    license: str | None = None
    language: str = "en"

    def meta_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "title": self.title, "source": self.source, "url": self.url,
            "published": self.published, "license": self.license,
            "language": self.language,
        }


@dataclass(frozen=True)
class Actor:
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    provenance: Provenance | None = None


@dataclass(frozen=True)
class Role:
    holder: str
    title: str
    organization: str | None
    provenance: Provenance | None = None


@dataclass(frozen=True)
class Statement:
    speaker: str
    content: str
    mode: str
    date: str | None
    provenance: Provenance | None = None


@dataclass(frozen=True)
class Commitment:
    actors: tuple[str, ...]
    counterparts: tuple[str, ...]
    action: str
    status: str
    date: str | None
    provenance: Provenance | None = None


@dataclass(frozen=True)
class Event:
    type: str
    participants: tuple[str, ...]
    date: str | None
    location: str | None
    provenance: Provenance | None = None


Fact = Actor | Role | Statement | Commitment | Event
SECTIONS: dict[str, type] = {
    "actors": Actor, "roles": Role, "statements": Statement,
    "commitments": Commitment, "events": Event,
}


def fact_to_json(fact: Fact) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in asdict(fact).items():
        if key == "provenance":
            continue
        if key == "wikidata" and value is None:
            continue
        out[key] = list(value) if isinstance(value, tuple) else value
    if fact.provenance is not None:
        out["provenance"] = fact.provenance.to_json()
    return out


#: Values a field may take beyond its type (a fact file is read with the same
#: checks the extractors' output meets, so what kg reads it can write).
CHOICES: dict[str, tuple[str, ...]] = {
    "Actor.type": ACTOR_TYPES, "Statement.mode": STATEMENT_MODES,
    "Commitment.status": COMMITMENT_STATUSES, "Event.type": EVENT_TYPES,
}
WIKIDATA_ID = re.compile(r"Q[1-9][0-9]*")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def check_date(value: str, where: str) -> str:
    """``value`` if it is a real calendar date as YYYY-MM-DD, else ValueError.

    >>> check_date("2025-02-30", "published")
    Traceback (most recent call last):
    ValueError: published: '2025-02-30' is not a real date (YYYY-MM-DD)
    """
    try:
        if _ISO_DATE.fullmatch(value) and date.fromisoformat(value):
            return value
    except ValueError:
        pass
    raise ValueError(f"{where}: {_shown(value)} is not a real date (YYYY-MM-DD)")


_SURROGATE = re.compile("[\ud800-\udfff]")


def _check_unicode(value: str, where: str) -> None:
    """ValueError for a lone surrogate (JSON can spell one, UTF-8 cannot)."""
    if m := _SURROGATE.search(value):
        raise ValueError(f"{where}: not valid Unicode (a lone surrogate "
                         f"U+{ord(m.group()):04X} at character {m.start()})")


@cache
def _hints(cls: type) -> dict[str, Any]:
    return get_type_hints(cls)


def _field_value(cls: type, name: str, value: Any, where: str) -> Any:
    """A JSON value checked against the dataclass field's type and allowed values."""
    hint = _hints(cls)[name]
    if hint == tuple[str, ...]:
        if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
            raise ValueError(f"{where}: expected a list of strings, not {_shown(value)}")
        for i, x in enumerate(value):
            _check_unicode(x, f"{where}[{i}]")
        return tuple(value)
    if value is None and hint == (str | None):
        return None
    if not isinstance(value, str):
        kind = "a string or null" if hint == (str | None) else "a string"
        raise ValueError(f"{where}: expected {kind}, not {_shown(value)}")
    _check_unicode(value, where)
    choices = CHOICES.get(f"{cls.__name__}.{name}")
    if choices and value not in choices:
        raise ValueError(f"{where}: {_shown(value)} is not one of {', '.join(choices)}")
    if name == "wikidata" and not WIKIDATA_ID.fullmatch(value):
        raise ValueError(f"{where}: {_shown(value)} is not a Wikidata id (Q followed by digits)")
    if name == "date":
        check_date(value, where)
    return value


def _fact_from_json(cls: type, d: Any, where: str) -> Fact:
    if not isinstance(d, dict):
        raise ValueError(f"{where}: expected an object, not {_shown(d)}")
    kwargs: dict[str, Any] = {}
    for f in fields(cls):
        name = f.name
        if name == "provenance":
            prov = d.get("provenance")
            kwargs[name] = Provenance.from_json(prov, f"{where}.provenance") if prov else None
        elif name in d:
            kwargs[name] = _field_value(cls, name, d[name], f"{where}.{name}")
        elif f.default is MISSING and f.default_factory is MISSING:  # a required field
            raise ValueError(f"{where}: no {name!r}")
    return cls(**kwargs)  # type: ignore[no-any-return]


@dataclass(frozen=True)
class ArticleFacts:
    article: Article
    actors: tuple[Actor, ...] = ()
    roles: tuple[Role, ...] = ()
    statements: tuple[Statement, ...] = ()
    commitments: tuple[Commitment, ...] = ()
    events: tuple[Event, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def facts(self) -> list[tuple[str, Fact]]:
        """Every fact with its section name, in output order."""
        return [(s, f) for s in SECTIONS for f in getattr(self, s)]

    def count(self) -> int:
        return sum(len(getattr(self, s)) for s in SECTIONS)

    def without(self, drop: set[tuple[str, int]]) -> ArticleFacts:
        """A copy without the facts at (section, index)."""
        changes = {
            s: tuple(f for i, f in enumerate(getattr(self, s)) if (s, i) not in drop)
            for s in SECTIONS
        }
        return replace(self, **changes)  # type: ignore[arg-type]

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"article": self.article.meta_json()}
        for section in SECTIONS:
            out[section] = [fact_to_json(f) for f in getattr(self, section)]
        return out

    @classmethod
    def from_json(cls, d: dict[str, Any], text: str = "") -> ArticleFacts:
        """Read what ``to_json`` wrote; ValueError naming the field for anything else."""
        if not isinstance(d, dict):
            raise ValueError(f"expected a JSON object, not {_shown(d)}")
        meta = d.get("article") or {}
        if not isinstance(meta, dict):
            raise ValueError(f"article: expected an object, not {_shown(meta)}")
        if not meta.get("id"):
            raise ValueError("fact file has no article.id")
        values = {name: _field_value(Article, name, meta.get(name), f"article.{name}")
                  for name in ("id", "title", "source", "url", "published", "license")}
        if values["published"] is not None:
            check_date(values["published"], "article.published")
        language = meta.get("language") or "en"
        if not isinstance(language, str):
            raise ValueError(f"article.language: expected a string, not {_shown(language)}")
        _check_unicode(language, "article.language")
        article = Article(text=text, language=language, **values)
        sections: dict[str, tuple[Fact, ...]] = {}
        for s, c in SECTIONS.items():
            rows = d.get(s) or []
            if not isinstance(rows, list):
                raise ValueError(f"{s}: expected a list, not {_shown(rows)}")
            sections[s] = tuple(_fact_from_json(c, x, f"{s}[{i}]") for i, x in enumerate(rows))
        return cls(article=article, **sections)  # type: ignore[arg-type]
