"""Merge duplicate actor nodes in Neo4j with plain Cypher (no APOC).

``merge_nodes(tx, sources, target)`` re-points every relationship of the
source actor nodes to the target node and deletes the sources: for each
relationship type the loader writes (``kg.loaders.cypher``), in both
directions, ``MATCH (a)-[r:T]->(x) MERGE (b)-[r2:T]->(x) SET r2 += properties(r)
DELETE r``. MERGE, not CREATE, so a fact that named both actors keeps one link;
two mentions of one article become one, with both articles' spellings (and the
source's name) as aliases and the higher confidence. The target keeps its name
and type; it takes the source's Wikidata id only if it has none.

``merge_in_neo4j(driver, name, canonical, aliases)`` applies one researcher's
decision (``kg actors merge --uri``): the target is the identity the alias file
gives ``canonical`` (``kg.identity``), so the node is the one later ingests
write, and the sources are the actor nodes named ``name`` (any case).
Running it again finds no source and changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kg.loaders import cypher as q

#: relationship types that end at an actor (fact → actor) and start at one (actor → article)
INTO_ACTOR = tuple(dict.fromkeys(q.FACT_RELS.values()))
FROM_ACTOR = ("MENTIONED_IN",)


@dataclass(frozen=True)
class Merged:
    target: str  # the target node's name
    type: str | None = None  # the type the target took
    linked: bool = False  # whether the target is a knowledge-base actor
    nodes: int = 0  # source nodes removed
    relationships: int = 0  # relationships re-pointed


def _incoming(rel: str) -> str:
    return (f"MATCH (a:Actor {{iri: $source}}) MATCH (b:Actor {{iri: $target}}) "
            f"MATCH (f)-[r:{rel}]->(a) MERGE (f)-[r2:{rel}]->(b) SET r2 += properties(r) "
            f"DELETE r RETURN count(*) AS n")


def _outgoing(rel: str) -> str:
    if rel != "MENTIONED_IN":
        return (f"MATCH (a:Actor {{iri: $source}}) MATCH (b:Actor {{iri: $target}}) "
                f"MATCH (a)-[r:{rel}]->(x) MERGE (b)-[r2:{rel}]->(x) SET r2 += properties(r) "
                f"DELETE r RETURN count(*) AS n")
    # one mention per actor and article: the spellings of both, the source's name too
    return ("MATCH (a:Actor {iri: $source}) MATCH (b:Actor {iri: $target}) "
            "MATCH (a)-[r:MENTIONED_IN]->(x) MERGE (b)-[m:MENTIONED_IN]->(x) "
            "WITH a, b, r, m, coalesce(m.aliases, []) + coalesce(r.aliases, []) "
            "  + CASE WHEN a.name = b.name THEN [] ELSE [a.name] END AS names "
            "SET m.aliases = reduce(acc = [], n IN names | "
            "      CASE WHEN n IN acc OR n = b.name THEN acc ELSE acc + n END), "
            "    m.confidence = CASE WHEN m.confidence IS NULL "
            "      OR r.confidence > m.confidence THEN r.confidence ELSE m.confidence END "
            "DELETE r RETURN count(*) AS n")


ENSURE_TARGET = {label: (
    "MERGE (b:Actor {iri: $target}) ON CREATE SET b.name = $name, b.wikidata = $wikidata, "
    f"b:{label} RETURN b.name AS name") for label in q.ACTOR_LABELS}

LOOSE_ENDS = ("MATCH (a:Actor {iri: $source}) MATCH (b:Actor {iri: $target}) "
              "SET b.wikidata = coalesce(b.wikidata, a.wikidata) "
              "WITH a OPTIONAL MATCH (a)-[r]-() WITH a, count(r) AS left "
              "WHERE left = 0 DELETE a RETURN count(*) AS n")


def merge_nodes(tx: Any, sources: list[str], target: dict[str, Any]) -> Merged:
    """In a write transaction: re-point the relationships of the actor nodes with
    IRIs ``sources`` to the node ``target`` ({iri, name, type, wikidata}; made
    if missing) and delete the sources."""
    label = target.get("type") or "Group"
    if label not in ENSURE_TARGET:
        raise ValueError(f"unknown actor label {label!r}")
    rec = tx.run(ENSURE_TARGET[label], target=target["iri"], name=target["name"],
                 wikidata=target.get("wikidata")).single()
    nodes = moved = 0
    for source in dict.fromkeys(sources):
        if source == target["iri"]:
            continue
        for rel in INTO_ACTOR:
            moved += tx.run(_incoming(rel), source=source, target=target["iri"]).single()["n"]
        for rel in FROM_ACTOR:
            moved += tx.run(_outgoing(rel), source=source, target=target["iri"]).single()["n"]
        rec_n = tx.run(LOOSE_ENDS, source=source, target=target["iri"]).single()
        nodes += rec_n["n"] if rec_n else 0
    return Merged(rec["name"], label, False, nodes, moved)


SOURCES_NAMED = ("MATCH (x:Actor) WHERE toLower(x.name) = toLower($name) AND x.iri <> $target "
                 "RETURN x.iri AS iri, [l IN labels(x) WHERE l <> 'Actor'][0] AS type")
TYPE_OF = ("MATCH (x:Actor) WHERE toLower(x.name) = toLower($name) "
           "RETURN [l IN labels(x) WHERE l <> 'Actor'][0] AS type LIMIT 1")


def merge_in_neo4j(driver: Any, name: str, canonical: str, aliases: Any,
                   database: str | None = None, type_: str | None = None) -> Merged:
    """Merge the actor nodes named ``name`` into the node of ``canonical``'s
    identity under ``aliases`` (a ``kg.aliases.Aliases`` holding the merge)."""
    from kg.identity import identify
    from kg.model import Actor

    def work(tx: Any) -> Merged:
        kind = type_
        if kind is None:  # the canonical actor's type in the graph, else the merged one's
            for n in (canonical, name):
                rec = tx.run(TYPE_OF, name=n).single()
                if rec is not None and rec["type"]:
                    kind = rec["type"]
                    break
        who = identify(Actor(canonical, kind or "Group"), [], None, aliases=aliases)
        target = {"iri": str(who.iri), "name": who.label, "type": who.type,
                  "wikidata": who.wikidata}
        sources = [r["iri"] for r in tx.run(SOURCES_NAMED, name=name, target=target["iri"])]
        if not sources:
            return Merged(who.label, who.type, who.linked)
        done = merge_nodes(tx, sources, target)
        return Merged(done.target, who.type, who.linked, done.nodes, done.relationships)

    with driver.session(database=database) as session:
        result: Merged = session.execute_write(work)
    return result
