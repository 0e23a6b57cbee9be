"""The facts kg extracts, as frozen dataclasses, and their JSON form.

This is the only module that knows the JSON schema (shared with the evaluation
tooling): ``ArticleFacts.to_json()`` is what ``kg extract --format json`` prints
and ``ArticleFacts.from_json()`` reads it back. Provenance and confidence sit
under the extra key ``provenance``; readers of the bare schema ignore it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from typing import Any

ACTOR_TYPES = ("Person", "Country", "Organization", "Group")
STATEMENT_MODES = ("direct", "reported")
COMMITMENT_STATUSES = ("agreed", "proposed", "conditional", "demanded", "refused")
EVENT_TYPES = (
    "PhoneCall", "Meeting", "Negotiation", "Exchange", "Attack", "Announcement", "Other",
)


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
    def from_json(cls, d: dict[str, Any]) -> Provenance:
        return cls(
            sentence=d.get("sentence", ""),
            start=int(d.get("start", 0)),
            end=int(d.get("end", 0)),
            extractor=d.get("extractor", "unknown"),
            confidence=float(d.get("confidence", 0.0)),
        )


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


def _fact_from_json(cls: type, d: dict[str, Any]) -> Fact:
    kwargs: dict[str, Any] = {}
    for name in cls.__dataclass_fields__:
        if name == "provenance":
            prov = d.get("provenance")
            kwargs[name] = Provenance.from_json(prov) if prov else None
        elif name in d:
            value = d[name]
            kwargs[name] = tuple(value) if isinstance(value, list) else value
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
        return replace(self, **changes)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"article": self.article.meta_json()}
        for section in SECTIONS:
            out[section] = [fact_to_json(f) for f in getattr(self, section)]
        return out

    @classmethod
    def from_json(cls, d: dict[str, Any], text: str = "") -> ArticleFacts:
        meta = dict(d.get("article") or {})
        if not meta.get("id"):
            raise ValueError("fact file has no article.id")
        article = Article(
            id=meta["id"], text=text, title=meta.get("title"), source=meta.get("source"),
            url=meta.get("url"), published=meta.get("published"),
            license=meta.get("license"), language=meta.get("language") or "en",
        )
        sections = {
            s: tuple(_fact_from_json(c, x) for x in d.get(s) or []) for s, c in SECTIONS.items()
        }
        return cls(article=article, **sections)
