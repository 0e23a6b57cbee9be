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


# ------------------------------------------------------------------ the oxigraph store
def _rows(rows):
    return sorted(tuple(sorted((k, str(v)) for k, v in r.items())) for r in rows)


def _store(batch):
    import pyoxigraph as ox

    from kg import rdfio

    store = ox.Store()
    for f in batch:
        store.extend(rdfio.article_quads(f))
    rdfio._merge_default(store)
    return store


def _shared_facts():
    """Three articles that share actors (so a store's union repeats their labels),
    with a demand and a statement naming an actor, so every twin returns rows."""
    import dataclasses

    from factories import prov, sample_facts

    from kg.model import Commitment, Statement

    out = []
    for i in range(3):
        f = sample_facts(f"a{i}")
        out.append(dataclasses.replace(
            f, statements=(*f.statements, Statement("Egypt", "Jordan must act", "reported",
                                                    "2026-03-12", prov(150, 170))),
            commitments=(*f.commitments,
                         Commitment(("Jordan",), ("Egypt",), "open the border", "demanded",
                                    "2026-03-12", prov(180, 200)),
                         Commitment(("Jordan",), (), "open the border", "demanded",
                                    "2026-03-12", prov(200, 220)))))
    return out


SHARED = {
    "offices_held_by": {"person": "Omar Haddad"},
    "office_holders": {"title": "foreign minister", "organization": "Jordan"},
    "role_holders_in": {"organization": "Jordan"},
    "statements_by": {"actor": "Omar Haddad", "from": "2026-01-01", "to": "2026-12-31"},
    "statements_mentioning": {"actor": "Jordan"},
    "said_about": {"topic": "crossing"},
    "commitments_by": {"actor": "Jordan"},
    "demands_on": {"actor": "Jordan"},
    "commitments_between": {"a": "Egypt", "b": "Jordan"},
    "events_between": {"a": "Egypt", "b": "Jordan", "from": "2026-01-01", "to": "2026-12-31"},
    "events_by_type": {"type": "Meeting", "from": "2026-01-01", "to": "2026-12-31"},
    "actor_timeline": {"actor": "Egypt"},
    "co_mentioned": {"actor": "Egypt", "limit": "5"},
    "shortest_path": {"a": "Omar Haddad", "b": "Egypt"},
}


@pytest.mark.parametrize("name", ALL)
def test_twins_give_the_same_rows_on_rdflib_and_oxigraph(name):
    """One row per fact, as in Cypher, on rdflib's union graph, on kg's store, and on
    a store queried as the union of its graphs, which repeats a triple once per
    article graph holding it (an actor's label)."""
    import pyoxigraph as ox

    from kg import rdfio

    batch = _shared_facts()
    want = queries.run_sparql(union_graph(facts_to_dataset(batch)), name, SHARED[name])
    got = queries.run_sparql_store(_store(batch), name, SHARED[name])
    assert want, name
    assert _rows(got) == _rows(want)
    union = ox.Store()
    for f in batch:
        union.extend(rdfio.article_quads(f))
    q = queries.get(name)
    sparql = queries._with_values(q.sparql, {f"{k}_param": v for k, v in
                                             q.bind(SHARED[name]).items() if v is not None})
    rows = [{v.value: queries._ox_value(s[v.value]) for v in r.variables} for r in [
        union.query(sparql, use_default_graph_as_union=True)] for s in r]
    if "limit" in SHARED[name]:
        rows = rows[: int(SHARED[name]["limit"])]
    assert _rows(rows) == _rows(want)


@pytest.mark.parametrize("name", ALL)
def test_twins_on_a_store_of_named_graphs_only(name):
    """A store read from files for one query keeps the named graphs only and is
    queried as their union (no merged copy): the same rows."""
    import pyoxigraph as ox

    from kg import rdfio

    batch = _shared_facts()
    want = queries.run_sparql(union_graph(facts_to_dataset(batch)), name, SHARED[name])
    store = ox.Store()
    for f in batch:
        store.extend(rdfio.article_quads(f))
    assert _rows(queries.run_sparql_store(store, name, SHARED[name])) == _rows(want)
    assert len(list(store.quads_for_pattern(None, None, None, ox.DefaultGraph()))) == 0


@pytest.mark.parametrize("name", ALL)
def test_twins_on_a_store_of_the_triples_they_read(name, tmp_path):
    """kg query reads a file into a store of only the triples whose predicate
    (and rdf:type class) a twin names (queries.vocabulary()): the same rows, from
    TriG and from N-Quads, with far fewer triples."""
    from kg import rdfio

    batch = _shared_facts()
    want = queries.run_sparql(union_graph(facts_to_dataset(batch)), name, SHARED[name])
    for fmt, suffix in (("trig", "trig"), ("nquads", "nq")):
        path = tmp_path / f"d.{suffix}"
        with path.open("wb") as fh:
            rdfio.write_facts(batch, fh, fmt)
        store = rdfio.open_store([str(path)], named=False, only=queries.vocabulary())
        assert _rows(queries.run_sparql_store(store, name, SHARED[name])) == _rows(want)
        assert len(store) < len(_store(batch)) / 2


def test_the_vocabulary_is_the_iris_a_query_names():
    text = """# comment: <http://no.example/> ex:no
PREFIX ex: <http://ex.example/>
SELECT ?x WHERE { ?x a ex:Thing ; ex:p|ex:q <http://full.example/r> .
  FILTER(?p IN (ex:r1, ex:r2)) FILTER(STR(?x) = "ex:notme") }"""
    assert queries._iris(text) == {
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "http://ex.example/Thing",
        "http://ex.example/p", "http://ex.example/q", "http://full.example/r",
        "http://ex.example/r1", "http://ex.example/r2"}
    assert queries._iris("PREFIX ex: <http://ex.example/>\nSELECT * { ?s ex:p ?o }") == {
        "http://ex.example/p"}
    vocab = queries.vocabulary()
    assert "https://w3id.org/kg/ont#speaker" in vocab
    assert "http://www.w3.org/ns/prov#wasDerivedFrom" not in vocab


@pytest.mark.parametrize("a,b", [("Omar Haddad", "Egypt"), ("Egypt", "Jordan"),
                                 ("Jordan", "Omar Haddad"), ("Egypt", "Egypt"),
                                 ("Egypt", "nobody")])
def test_shortest_path_plan_gives_the_query_rows(a, b):
    """shortest_path on a store is planned (neighbours first); one hop, two hops,
    the same actor at both ends and an unknown name give the .rq's rows."""
    batch = _shared_facts()
    want = queries.run_sparql(union_graph(facts_to_dataset(batch)), "shortest_path",
                              {"a": a, "b": b})
    got = queries.run_sparql_store(_store(batch), "shortest_path", {"a": a, "b": b})
    assert got == sorted(want, key=lambda r: (r["path"], r["hops"]))


def test_two_facts_with_the_same_row_stay_two_rows():
    """Two demands that differ only in their counterpart are two rows, as in Cypher."""
    rows = queries.run_sparql_store(_store(_shared_facts()), "commitments_by",
                                    {"actor": "Jordan", "status": "demanded"})
    assert len([r for r in rows if r["article"] == "a0"]) == 2


def test_parameters_are_never_pasted_into_the_store_query():
    evil = 'x")) } ; DROP ALL ; SELECT * { ?s ?p ?o FILTER(("'
    store = _store(_shared_facts())
    assert queries.run_sparql_store(store, "offices_held_by", {"person": evil}) == []
    assert len(store) > 0


@pytest.mark.model
def test_twins_agree_on_extracted_facts(fixture_facts):
    graph = union_graph(facts_to_dataset(fixture_facts))
    store = _store(fixture_facts)
    for name in ALL:
        params, expected = CASES[name]
        want = queries.run_sparql(graph, name, params)
        assert _rows(queries.run_sparql_store(store, name, params)) == _rows(want), name
        assert any(expected <= set(r.items()) for r in want), (name, want)


def test_kg_query_and_sparql_over_folders_globs_and_a_kept_store(tmp_path):
    from click.testing import CliRunner
    from factories import sample_facts

    from kg.cli import cli
    from kg.loaders.rdf import RDFFileLoader
    from kg.loaders.rdfdir import RDFDirLoader
    from kg.validate import Report

    with RDFDirLoader(tmp_path / "dir") as loader:
        loader.load(Report(sample_facts("a1")))
    with RDFFileLoader(tmp_path / "b.nq") as loader:
        loader.load(Report(sample_facts("a2")))
    run_ = lambda *a: CliRunner().invoke(cli, [str(x) for x in a])  # noqa: E731
    r = run_("query", "offices_held_by", "-p", "person=Omar Haddad", "--rdf",
             f"rdf:{tmp_path / 'dir'}", "--rdf", tmp_path / "*.nq", "--format", "csv",
             "--store", tmp_path / "st")
    assert r.exit_code == 0, r.output
    assert sorted(r.output.splitlines()[1:]) == [
        "Omar Haddad,Foreign Minister,Jordan,a1", "Omar Haddad,Foreign Minister,Jordan,a2"]
    r = run_("sparql", "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
             "--store", tmp_path / "st", "--format", "json")
    assert r.exit_code == 0, r.output
    assert '"n": 2' in r.output
    r = run_("sparql", "SELECT * WHERE { ?s ?p }", "--rdf", tmp_path / "b.nq")
    assert r.exit_code != 0 and "does not parse" in r.output
    r = run_("sparql", "SELECT * WHERE { ?s ?p ?o }", "--rdf", tmp_path / "nothing")
    assert r.exit_code != 0 and "no such file" in r.output


# ------------------------------------------------------------------ any of an actor's names
NAME_PARAMS = {"actor", "a", "b", "person", "organization"}
# other spellings the articles used (altLabels / mention aliases) and other cases
OTHER_NAMES = {"Omar Haddad": "haddad", "Egypt": "CAIRO", "Jordan": "jordan"}
BY_NAME = [n for n in ALL if set(SHARED[n]) & NAME_PARAMS and n != "statements_mentioning"]


def _other(params):
    return {k: OTHER_NAMES.get(v, v) if k in NAME_PARAMS else v for k, v in params.items()}


@pytest.mark.parametrize("name", BY_NAME)
def test_an_actor_is_found_by_any_of_its_names_in_any_case(name):
    batch = _shared_facts()
    graph = union_graph(facts_to_dataset(batch))
    want = queries.run_sparql(graph, name, SHARED[name])
    assert want, name
    assert _rows(queries.run_sparql(graph, name, _other(SHARED[name]))) == _rows(want)
    assert _rows(queries.run_sparql_store(_store(batch), name, _other(SHARED[name]))) == \
        _rows(want)


def test_a_name_no_actor_bears_finds_nothing():
    graph = union_graph(facts_to_dataset(_shared_facts()))
    assert queries.run_sparql(graph, "offices_held_by", {"person": "Haddad Omar"}) == []
    assert queries.run_sparql(graph, "offices_held_by", {"person": "hadda"}) == []


@pytest.mark.neo4j
def test_cypher_finds_an_actor_by_any_of_its_names(neo4j_uri, neo4j_driver):
    """Cypher matches the canonical name or any mention's alias, in any case, and
    gives the SPARQL twin's rows (facts without the model)."""
    from kg.validate import Report

    batch = _shared_facts()
    with Neo4jLoader(neo4j_uri) as loader:
        for f in batch:
            loader.load(Report(f))
    graph = union_graph(facts_to_dataset(batch))
    for name in ALL:
        params = SHARED[name]
        neo4j_driver.execute_query("EXPLAIN " + queries.get(name).cypher,
                                   parameters_=queries.get(name).bind(params))
        want = queries.run_sparql(graph, name, params)
        assert _rows(queries.run_cypher(neo4j_driver, name, params)) == _rows(want), name
        if name in BY_NAME:
            got = queries.run_cypher(neo4j_driver, name, _other(params))
            assert _rows(got) == _rows(want), name


def test_kg_query_starts_without_pyshacl():
    """`kg query` does not validate: importing kg and its CLI leaves pySHACL (0.6 s of
    start-up) unimported until something asks for kg.Report or kg.validate."""
    import subprocess
    import sys

    code = ("import sys, kg, kg.cli, kg.rdfio, kg.queries; "
            "assert 'pyshacl' not in sys.modules; assert kg.Report.__name__ == 'Report'")
    subprocess.run([sys.executable, "-c", code], check=True)
