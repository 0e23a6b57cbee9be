"""The named queries: every Cypher query runs (EXPLAIN) on the real server and
every SPARQL twin parses; on facts extracted from texts written for the tests,
each returns the expected rows, and the twins return the same rows."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest
from rdflib.plugins.sparql import prepareQuery

from kg import queries
from kg.article import read_article
from kg.loaders.neo4j import Neo4jLoader
from kg.pipeline import run
from kg.rdf import facts_to_dataset
from kg.validate import union_graph

HERE = Path(__file__).parent
EXAMPLE = str(resources.files("kg") / "examples" / "example-readout.txt")
ALL = sorted(queries.load_queries())

# parameters per query, and rows that must be among the answers
CASES = {
    "offices_held_by": ({"person": "Levan Kapanadze"},
                        {("person", "Levan Kapanadze"), ("title", "Prime Minister"),
                         ("organization", "Georgia")}),
    "office_holders": ({"title": "prime minister", "organization": "Armenia"},
                       {("person", "Aram Petrosyan")}),
    "role_holders_in": ({"organization": "Norway"},
                        {("person", "Lars Berg"), ("title", "Defence Minister")}),
    "statements_by": ({"actor": "Levan Kapanadze", "from": "2026-06-01", "to": "2026-06-30"},
                      {("mode", "direct"),
                       ("content", "The border should unite our peoples, not divide them")}),
    "statements_mentioning": ({"actor": "Armenia"}, {("speaker", "Aram Petrosyan")}),
    "said_about": ({"topic": "ceasefire"}, {("speaker", "Selim Aydin")}),
    "commitments_by": ({"actor": "Azerbaijan", "status": "refused"},
                       {("status", "refused"), ("action", "take part in the talks")}),
    "demands_on": ({"actor": "Azerbaijan"},
                   {("demander", "European Union"), ("action", "join the commission")}),
    "commitments_between": ({"a": "Levan Kapanadze", "b": "Aram Petrosyan"},
                            {("status", "agreed"), ("action", "set up a joint border commission")}),
    "events_between": ({"a": "Levan Kapanadze", "b": "Aram Petrosyan", "from": "2026-06-01",
                        "to": "2026-06-30"},
                       {("type", "Meeting"), ("date", "2026-06-08"), ("location", "Tbilisi")}),
    "events_by_type": ({"type": "PhoneCall", "from": "2026-11-01", "to": "2026-11-30"},
                       {("participant", "Mikko Laine"), ("date", "2026-11-17")}),
    "actor_timeline": ({"actor": "Aram Petrosyan"}, {("kind", "event"), ("what", "Meeting")}),
    "co_mentioned": ({"actor": "Georgia", "limit": "3"}, {("actor", "Armenia")}),
    "shortest_path": ({"a": "Aram Petrosyan", "b": "Selim Aydin"},
                      {("hops", 2), ("path", "Aram Petrosyan > Levan Kapanadze > Selim Aydin")}),
}


def test_every_query_has_a_case_and_a_documented_header():
    assert sorted(CASES) == ALL
    assert len(ALL) >= 12
    for q in queries.load_queries().values():
        assert q.purpose and q.example.startswith(f"kg query {q.name}")
        assert q.sparql.startswith("# purpose:")


@pytest.mark.parametrize("name", ALL)
def test_sparql_parses(name):
    prepareQuery(queries.get(name).sparql)


def test_missing_and_unknown_parameters_are_errors():
    from kg.errors import KGError

    with pytest.raises(KGError, match="needs --param person"):
        queries.get("offices_held_by").bind({})
    with pytest.raises(KGError, match="no parameter 'nope'"):
        queries.get("offices_held_by").bind({"person": "x", "nope": "y"})


def test_parameters_are_never_pasted_into_the_query(tmp_path):
    """A hostile value is just a value: it matches nothing and breaks nothing."""
    from factories import sample_facts

    g = union_graph(facts_to_dataset([sample_facts()]))
    evil = 'x")) } ; DROP ALL ; SELECT * { ?s ?p ?o FILTER(("'
    assert queries.run_sparql(g, "offices_held_by", {"person": evil}) == []


@pytest.fixture(scope="module")
def fixture_facts(nlp):
    arts = [read_article(EXAMPLE), read_article(HERE / "fixtures" / "talks.txt")]
    reports = list(run(nlp, arts))
    assert all(not r.rejected for r in reports)
    return [r.accepted for r in reports]


@pytest.mark.model
@pytest.mark.neo4j
def test_queries_answer_and_twins_agree(neo4j_uri, neo4j_driver, fixture_facts):
    with Neo4jLoader(neo4j_uri) as loader:
        from kg.validate import Report

        for f in fixture_facts:
            loader.load(Report(f))
    graph = union_graph(facts_to_dataset(fixture_facts))
    for name in ALL:
        neo4j_driver.execute_query("EXPLAIN " + queries.get(name).cypher,
                                   parameters_=queries.get(name).bind(CASES[name][0]))
        params, expected = CASES[name]
        cypher_rows = queries.run_cypher(neo4j_driver, name, params)
        sparql_rows = queries.run_sparql(graph, name, params)
        as_set = lambda rows: sorted(tuple(sorted(r.items())) for r in rows)  # noqa: E731
        assert as_set(cypher_rows) == as_set(sparql_rows), name
        assert any(expected <= set(r.items()) for r in cypher_rows), (name, cypher_rows)
