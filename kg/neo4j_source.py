"""Facts read back out of a Neo4j database that kg's loader wrote (for ``kg export``).

The inverse of ``kg.loaders.neo4j.rows_for``: one ArticleFacts per Article node,
streamed in pages of articles (constant memory), in article-id order. Actors are
named by their canonical names, as ``kg.rdf.graph_to_facts`` names them when it
reads RDF back, so kg's RDF writer gives them the IRIs they have in the graph.
What the loader does not keep (an actor mention's evidence span) is not invented.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kg.loaders import cypher as q
from kg.model import Actor, Article, ArticleFacts, Commitment, Event, Provenance, Role, Statement

ARTICLE_IDS = "MATCH (a:Article) RETURN a.id AS id ORDER BY id"

ARTICLES = """
UNWIND $ids AS id
MATCH (a:Article {id: id})
CALL (a) {
  OPTIONAL MATCH (x:Actor)-[m:MENTIONED_IN]->(a)
  RETURN collect({name: x.name, labels: labels(x), wikidata: x.wikidata,
                  aliases: m.aliases, confidence: m.confidence}) AS actors
}
CALL (a) {
  OPTIONAL MATCH (f:Fact)-[:FROM_ARTICLE]->(a)
  OPTIONAL MATCH (f)-[r]->(x:Actor)
  WITH f, collect({rel: type(r), name: x.name}) AS links
  RETURN collect({labels: labels(f), props: properties(f), links: links}) AS facts
}
RETURN a.id AS id, properties(a) AS props, actors, facts
ORDER BY id
"""

_SECTION = {label: section for section, label in q.FACT_LABELS.items()}


def _provenance(p: dict[str, Any]) -> Provenance | None:
    if p.get("extractor") is None and p.get("confidence") is None:
        return None
    return Provenance(p.get("sentence") or "", int(p.get("start") or 0), int(p.get("end") or 0),
                      p.get("extractor") or "unknown", float(p.get("confidence") or 0.0))


def _names(links: list[dict[str, Any]], rel: str) -> tuple[str, ...]:
    return tuple(sorted({lk["name"] for lk in links if lk["rel"] == rel and lk["name"]}))


def _fact(row: dict[str, Any]) -> tuple[str, Any] | None:
    label = next((x for x in row["labels"] if x in _SECTION), None)
    if label is None:
        return None
    p, links = row["props"], row["links"]
    prov = _provenance(p)
    section = _SECTION[label]

    def one(rel: str) -> str | None:
        names = _names(links, rel)
        return names[0] if names else None

    if section == "roles":
        holder = one("MEMBER")
        if holder is None:
            return None
        return section, Role(holder, p.get("title") or "", one("ORGANIZATION"), prov)
    if section == "statements":
        speaker = one("SPEAKER")
        if speaker is None:
            return None
        return section, Statement(speaker, p.get("content") or "", p.get("mode") or "reported",
                                  p.get("date"), prov)
    if section == "commitments":
        return section, Commitment(_names(links, "OBLIGOR"), _names(links, "COUNTERPART"),
                                   p.get("action") or "", p.get("status") or "agreed",
                                   p.get("date"), prov)
    return section, Event(p.get("type") or "Other", _names(links, "HAS_ACTOR"), p.get("date"),
                          p.get("location"), prov)


def _article_facts(record: dict[str, Any]) -> ArticleFacts:
    props = record["props"]
    article = Article(record["id"], "", title=props.get("title"), source=props.get("source"),
                      url=props.get("url"), published=props.get("published"),
                      license=props.get("license"), language=props.get("language") or "en")
    actors = []
    for a in record["actors"]:
        if a["name"] is None:  # OPTIONAL MATCH found none
            continue
        kind = next((x for x in a["labels"] if x in q.ACTOR_LABELS), "Group")
        actors.append(Actor(a["name"], kind, tuple(sorted(a["aliases"] or ())), a["wikidata"]))
    sections: dict[str, list[Any]] = {s: [] for s in q.FACT_LABELS}
    for row in record["facts"]:
        if row["labels"] is None or row["props"] is None:
            continue
        found = _fact(row)
        if found is not None:
            sections[found[0]].append(found[1])
    for items in sections.values():
        items.sort(key=lambda f: (f.provenance.start if f.provenance else -1, repr(f)))
    return ArticleFacts(article, tuple(sorted(actors, key=lambda a: a.name)),
                        tuple(sections["roles"]), tuple(sections["statements"]),
                        tuple(sections["commitments"]), tuple(sections["events"]))


def read_facts(driver: Any, database: str | None = None,
               page: int = 200) -> Iterator[ArticleFacts]:
    """Every article's facts in the database, ``page`` articles per query."""
    with driver.session(database=database) as session:
        ids = [r["id"] for r in session.run(ARTICLE_IDS)]
    for i in range(0, len(ids), page):
        with driver.session(database=database) as session:
            records = [r.data() for r in session.run(ARTICLES, ids=ids[i:i + page])]
        for record in records:
            yield _article_facts(record)
