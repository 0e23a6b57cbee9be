"""facts_from_doc: collect what the components found into ArticleFacts."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from kg import gazetteer
from kg.extractors.common import provenance
from kg.extractors.table import ActorTable
from kg.model import Actor, Article, ArticleFacts


def facts_from_doc(doc: Doc, article: Article, min_confidence: float = 0.0) -> ArticleFacts:
    table: ActorTable = doc._.kg_table
    found = doc._.kg_facts or {}

    def keep(facts: list) -> tuple:
        return tuple(f for f in facts if f.provenance is None
                     or f.provenance.confidence >= min_confidence)

    sections = {k: keep(found.get(k, [])) for k in ("roles", "statements", "commitments",
                                                     "events")}
    used = {r.holder for r in sections["roles"]} | {r.organization for r in sections["roles"]}
    used |= {s.speaker for s in sections["statements"]}
    used |= {n for c in sections["commitments"] for n in (*c.actors, *c.counterparts)}
    used |= {n for e in sections["events"] for n in e.participants}
    placed = table.only_places()
    actors = []
    seen: set[int] = set()
    for rec in table.actors.values():
        if rec.mentions == 0 or id(rec) in seen:
            continue
        seen.add(id(rec))
        if placed.get(rec.name) and rec.name not in used and rec.type in ("Country", "Group"):
            # named only as where something happened, and no fact needs it: a place.
            # (Mislabelled PERSON/ORG places are demoted earlier, in kg_actors; a
            # country stays an actor there so "the country's minister" can find it.)
            continue
        span = doc.char_span(*rec.first, alignment_mode="expand")
        prov = provenance(span.sent, rec.first[0], rec.first[1], "kg_actors",
                          min(0.95, 0.6 + 0.1 * rec.mentions)) if span is not None else None
        aliases = tuple(sorted(a for a in rec.aliases if a.lower() != rec.name.lower()))
        actors.append(Actor(rec.name, rec.type, aliases, rec.wikidata, prov))
    # a name the facts use but the text never spells: the country the gazetteer
    # gives a known office holder ("President Trump" → his role of the United States)
    named = {a.name for a in actors}
    gaz = gazetteer.load()
    for role in sections["roles"]:
        org = role.organization
        if org in named or org not in gaz.countries:
            continue
        entry = gaz.lookup(org)
        actors.append(Actor(org, "Country", (), entry.wikidata if entry else None,
                            role.provenance and replace(role.provenance, extractor="kg_actors")))
        named.add(org)
    return ArticleFacts(article=article, actors=keep(actors), roles=sections["roles"],
                        statements=sections["statements"],
                        commitments=sections["commitments"], events=sections["events"])
