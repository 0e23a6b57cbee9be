"""The Neo4j loader against a real server (scripts/neo4j start; NEO4J_URI)."""

from __future__ import annotations

import os
import socket
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from factories import sample_facts

from kg.errors import Neo4jUnavailable
from kg.loaders.neo4j import Neo4jLoader
from kg.rdf import facts_to_dataset
from kg.validate import Report, union_graph
from kg.vocab import KG, ORG, RDF, SDO

pytestmark = pytest.mark.neo4j
ROOT = Path(__file__).resolve().parent.parent


def snapshot(driver):
    nodes = driver.execute_query(
        "MATCH (n) RETURN labels(n) AS l, properties(n) AS p ORDER BY coalesce(n.iri, n.id)"
    ).records
    rels = driver.execute_query(
        "MATCH (a)-[r]->(b) RETURN coalesce(a.iri, a.id) AS a, type(r) AS t, "
        "coalesce(b.iri, b.id) AS b, properties(r) AS p ORDER BY a, t, b").records
    return ([(sorted(r["l"]), r["p"]) for r in nodes],
            [(r["a"], r["t"], r["b"], r["p"]) for r in rels])


def load(uri, *facts, batch_size=100):
    with Neo4jLoader(uri, batch_size=batch_size) as loader:
        for f in facts:
            loader.load(Report(f))
    return loader


def test_load_then_reload_changes_nothing(neo4j_uri, neo4j_driver):
    first = load(neo4j_uri, sample_facts("a1"), sample_facts("a2"))
    assert first.result.articles == 2 and first.result.relationships > 0
    before = snapshot(neo4j_driver)
    again = load(neo4j_uri, sample_facts("a1"), sample_facts("a2"))
    assert again.result.articles == 0 and again.skipped == 2
    assert snapshot(neo4j_driver) == before


def test_changed_article_replaces_its_facts_only(neo4j_uri, neo4j_driver):
    load(neo4j_uri, sample_facts("a1"), sample_facts("a2"))
    changed = sample_facts("a2", action="close the airspace")
    changed = replace(changed, actors=changed.actors[:2],
                      roles=(), statements=changed.statements[1:])
    load(neo4j_uri, changed)
    rows = neo4j_driver.execute_query(
        "MATCH (c:Commitment)-[:FROM_ARTICLE]->(a:Article) RETURN a.id AS a, c.action AS x "
        "ORDER BY a").records
    assert [(r["a"], r["x"]) for r in rows] == [("a1", "reopen the border crossing"),
                                                 ("a2", "close the airspace")]
    # Omar Haddad is still in a1, so he stays; a2 no longer mentions him
    mentions = neo4j_driver.execute_query(
        "MATCH (x:Person {name: 'Omar Haddad'})-[:MENTIONED_IN]->(a) RETURN a.id AS a").records
    assert [r["a"] for r in mentions] == ["a1"]
    # and loading only a2's new version into a fresh graph gives the same a2 subgraph
    load(neo4j_uri, changed)
    assert neo4j_driver.execute_query(
        "MATCH (f:Fact)-[:FROM_ARTICLE]->(:Article {id: 'a2'}) RETURN count(f) AS n"
    ).records[0]["n"] == changed.count() - len(changed.actors)


def test_orphan_actors_are_removed_when_no_article_mentions_them(neo4j_uri, neo4j_driver):
    load(neo4j_uri, sample_facts("a1"))
    f = sample_facts("a1")
    load(neo4j_uri, replace(f, actors=f.actors[:2], roles=(), statements=f.statements[1:]))
    names = {r["n"] for r in neo4j_driver.execute_query(
        "MATCH (x:Actor) RETURN x.name AS n").records}
    assert names == {"Egypt", "Jordan"}


def test_same_counts_per_class_as_rdf(neo4j_uri, neo4j_driver):
    facts = [sample_facts("a1"), sample_facts("a2", action="close the airspace")]
    load(neo4j_uri, *facts)
    g = union_graph(facts_to_dataset(facts))
    rdf = {
        "Article": SDO.NewsArticle, "Actor": KG.Actor, "Person": KG.Person,
        "Country": KG.Country, "Organization": KG.Organization, "Group": KG.Group,
        "Role": ORG.Membership, "Statement": KG.Statement, "Commitment": KG.Commitment,
        "Event": KG.Event,
    }
    for label, cls in rdf.items():
        n = neo4j_driver.execute_query(f"MATCH (n:{label}) RETURN count(n) AS n").records[0]["n"]
        assert n == len(set(g.subjects(RDF.type, cls))), label
    for rel, prop in (("SPEAKER", KG.speaker), ("OBLIGOR", KG.obligor),
                      ("HAS_ACTOR", KG.eventType), ("MEMBER", ORG.member)):
        n = neo4j_driver.execute_query(
            f"MATCH ()-[r:{rel}]->() RETURN count(r) AS n").records[0]["n"]
        expected = len(set(g.subject_objects(prop))) if rel != "HAS_ACTOR" else sum(
            len(e.participants) for f in facts for e in f.events)
        assert n == expected, rel


def test_unreachable_server_is_a_clear_error():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(Neo4jUnavailable) as err:
        Neo4jLoader(f"bolt://127.0.0.1:{port}")
    assert f"127.0.0.1:{port}" in str(err.value) and "scripts/neo4j start" in str(err.value)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.slow
def test_server_stopped_mid_load_then_rerun_converges(neo4j_uri, neo4j_driver, tmp_path):
    """Stop a second server between batches: a clear error; after a restart the
    re-run finishes with the same graph as an uninterrupted load."""
    port = _free_port()
    env = {**os.environ, "NEO4J_PORT": str(port), "NEO4J_HOME": str(tmp_path / "n"),
           "NEO4J_HTTP_PORT": "0"}  # the first server has the Browser port
    script = str(ROOT / "scripts" / "neo4j")
    subprocess.run([script, "start"], env=env, check=True, capture_output=True)
    uri = f"bolt://127.0.0.1:{port}"
    facts = [sample_facts(f"a{i}", action=f"open crossing {i}") for i in range(30)]
    try:
        loader = Neo4jLoader(uri, batch_size=10, retry_seconds=2)
        with pytest.raises(Neo4jUnavailable) as err:
            for i, f in enumerate(facts):
                loader.load(Report(f))
                if i == 14:
                    subprocess.run([script, "stop"], env=env, check=True, capture_output=True)
            loader.flush()
        assert "start it again and re-run" in str(err.value)
        loader.driver.close()
        subprocess.run([script, "start"], env=env, check=True, capture_output=True)
        rerun = load(uri, *facts, batch_size=10)
        assert rerun.skipped == 10  # the first batch was committed before the stop
        import neo4j

        with neo4j.GraphDatabase.driver(uri, notifications_min_severity="OFF") as d:
            interrupted = snapshot(d)
    finally:
        subprocess.run([script, "stop"], env=env, capture_output=True)
    load(neo4j_uri, *facts, batch_size=10)
    assert snapshot(neo4j_driver) == interrupted
