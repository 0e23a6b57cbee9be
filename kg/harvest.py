"""facts_from_doc: collect what the components found into ArticleFacts."""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extractors.common import provenance
from kg.extractors.table import ActorTable
from kg.model import Actor, Article, ArticleFacts


def facts_from_doc(doc: Doc, article: Article, min_confidence: float = 0.0) -> ArticleFacts:
    table: ActorTable = doc._.kg_table
    found = doc._.kg_facts or {}
    actors = []
    seen: set[int] = set()
    for rec in table.actors.values():
        if rec.mentions == 0 or id(rec) in seen:
            continue
        seen.add(id(rec))
        span = doc.char_span(*rec.first, alignment_mode="expand")
        prov = provenance(span.sent, rec.first[0], rec.first[1], "kg_actors",
                          min(0.95, 0.6 + 0.1 * rec.mentions)) if span is not None else None
        aliases = tuple(sorted(a for a in rec.aliases if a.lower() != rec.name.lower()))
        actors.append(Actor(rec.name, rec.type, aliases, rec.wikidata, prov))

    def keep(facts: list) -> tuple:
        return tuple(f for f in facts if f.provenance is None
                     or f.provenance.confidence >= min_confidence)

    return ArticleFacts(
        article=article,
        actors=keep(actors),
        roles=keep(found.get("roles", [])),
        statements=keep(found.get("statements", [])),
        commitments=keep(found.get("commitments", [])),
        events=keep(found.get("events", [])),
    )
