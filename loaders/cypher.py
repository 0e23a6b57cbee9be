"""Cypher text used by the Neo4j loader (functions returning strings; no driver).

Labels and relationship types are static in each statement (the loader groups
rows by label), so every MATCH/MERGE can use the uniqueness constraints.
The graph model mirrors the RDF mapping; see ontology/MAPPING.md.
"""

from __future__ import annotations

ACTOR_LABELS = ("Person", "Country", "Organization", "Group")
FACT_LABELS = {"roles": "Role", "statements": "Statement", "commitments": "Commitment",
               "events": "Event"}
#: relationship types from a fact node to actors, by (section, field)
FACT_RELS = {
    ("roles", "holder"): "MEMBER", ("roles", "organization"): "ORGANIZATION",
    ("statements", "speaker"): "SPEAKER",
    ("commitments", "actors"): "OBLIGOR", ("commitments", "counterparts"): "COUNTERPART",
    ("events", "participants"): "HAS_ACTOR",
}

CONSTRAINTS = (
    "CREATE CONSTRAINT kg_article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE",
    "CREATE CONSTRAINT kg_actor_iri IF NOT EXISTS FOR (x:Actor) REQUIRE x.iri IS UNIQUE",
    "CREATE CONSTRAINT kg_fact_iri IF NOT EXISTS FOR (f:Fact) REQUIRE f.iri IS UNIQUE",
    "CREATE INDEX kg_actor_name IF NOT EXISTS FOR (x:Actor) ON (x.name)",
    "CREATE INDEX kg_fact_date IF NOT EXISTS FOR (f:Fact) ON (f.date)",
)


def article_hashes() -> str:
    return "UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id, a.factsHash AS hash"


def article_actor_iris() -> str:
    """Actors linked to the articles about to be replaced (to clean up orphans)."""
    return ("UNWIND $ids AS id MATCH (a:Article {id: id})<-[:MENTIONED_IN]-(x:Actor) "
            "RETURN collect(DISTINCT x.iri) AS iris")


def delete_article_facts() -> str:
    return ("UNWIND $ids AS id MATCH (a:Article {id: id}) "
            "OPTIONAL MATCH (f:Fact)-[:FROM_ARTICLE]->(a) DETACH DELETE f")


def delete_article_mentions() -> str:
    return ("UNWIND $ids AS id MATCH (a:Article {id: id})<-[m:MENTIONED_IN]-() DELETE m")


def delete_orphan_actors() -> str:
    return "UNWIND $iris AS iri MATCH (x:Actor {iri: iri}) WHERE NOT (x)--() DELETE x"


def merge_articles() -> str:
    return "UNWIND $rows AS r MERGE (a:Article {id: r.id}) SET a += r.props"


def merge_actors(label: str) -> str:
    if label not in ACTOR_LABELS:
        raise ValueError(f"unknown actor label {label!r}")
    return (f"UNWIND $rows AS r MERGE (x:Actor {{iri: r.iri}}) "
            f"SET x:{label}, x.name = r.name, x.wikidata = coalesce(r.wikidata, x.wikidata)")


# The three statements below run only for articles whose old facts and mentions
# were deleted earlier in the same transaction (or that are new), and their rows
# are unique by IRI, so CREATE is safe and skips MERGE's existence checks.


def merge_mentions() -> str:
    return ("UNWIND $rows AS r MATCH (x:Actor {iri: r.iri}) MATCH (a:Article {id: r.article}) "
            "CREATE (x)-[:MENTIONED_IN {aliases: r.aliases, confidence: r.confidence}]->(a)")


def merge_facts(label: str) -> str:
    if label not in FACT_LABELS.values():
        raise ValueError(f"unknown fact label {label!r}")
    return (f"UNWIND $rows AS r MATCH (a:Article {{id: r.article}}) "
            f"CREATE (f:Fact:{label} {{iri: r.iri}}) SET f += r.props "
            f"CREATE (f)-[:FROM_ARTICLE]->(a)")


def merge_fact_links(rel: str) -> str:
    if rel not in FACT_RELS.values():
        raise ValueError(f"unknown relationship type {rel!r}")
    return (f"UNWIND $rows AS r MATCH (f:Fact {{iri: r.fact}}) MATCH (x:Actor {{iri: r.actor}}) "
            f"CREATE (f)-[:{rel}]->(x)")


def counts() -> str:
    return ("CALL () { MATCH (n) RETURN count(n) AS nodes } "
            "CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } "
            "RETURN nodes, relationships")
