"""kg.query, kg.sparql and kg.cypher: DataFrames from the query library and from
query text, over RDF files kg writes (no server) and over the real Neo4j."""

from __future__ import annotations

import sys

import pytest

pd = pytest.importorskip("pandas")

import kg  # noqa: E402
from kg import queries, rdfio  # noqa: E402
from kg.errors import KGError  # noqa: E402
from kg.params import ParamError  # noqa: E402


@pytest.fixture()
def trig(tmp_path):
    """Two articles' facts as kg writes them (TriG, one named graph per article)."""
    from factories import sample_facts

    path = tmp_path / "facts.trig"
    with path.open("wb") as fh:
        rdfio.write_facts([sample_facts("a1"), sample_facts("a2", published="2026-04-01")],
                          fh, "trig")
    return path


def _store(path):
    return rdfio.open_store([str(path)])


def test_query_over_rdf_gives_the_twins_rows_as_a_frame(trig):
    df = kg.query("commitments_by", rdf=str(trig), actor="Egypt")
    want = queries.run_sparql_store(_store(trig), "commitments_by",
                                    {"actor": "Egypt", "status": None})
    assert isinstance(df, pd.DataFrame)
    assert len(df) == len(want) == 2
    assert df.to_dict("records") == want
    assert list(df.columns) == ["actor", "status", "action", "date", "article"]
    assert set(df["article"]) == {"a1", "a2"}


def test_query_parameters_are_checked_as_on_the_command_line(trig):
    with pytest.raises(ParamError, match="status='maybe' is not one of agreed"):
        kg.query("commitments_by", rdf=str(trig), actor="Egypt", status="maybe")
    with pytest.raises(ParamError, match="has no parameter 'actr'; did you mean 'actor'"):
        kg.query("commitments_by", rdf=str(trig), actr="Egypt")
    with pytest.raises(ParamError, match="is not a date"):
        kg.query("statements_by", rdf=str(trig), actor="Egypt", from_="March")
    with pytest.raises(KGError, match="no query named 'nope'"):
        kg.query("nope", rdf=str(trig))


def test_query_values_are_converted_and_keywords_take_an_underscore(trig):
    import datetime as dt

    df = kg.query("statements_by", rdf=[str(trig)], actor="Omar Haddad",
                  from_=dt.date(2026, 1, 1), to="2026-03-31")
    assert list(df["article"]) == ["a1"]  # a2's statement is dated 2026-04-01
    assert kg.query("co_mentioned", rdf=str(trig), actor="Egypt", limit=1).shape[0] == 1
    status = kg.query("commitments_by", rdf=str(trig), actor="Egypt", status="AGREED")
    assert set(status["status"]) == {"agreed"}


def test_a_name_matches_in_any_case(trig):
    df = kg.query("commitments_by", rdf=str(trig), actor="egypt")
    assert len(df) == 2 and set(df["actor"]) == {"Egypt"}


def test_no_rows_still_gives_the_columns(trig):
    df = kg.query("commitments_by", rdf=str(trig), actor="Nowhere Land")
    assert df.empty
    assert list(df.columns) == ["actor", "status", "action", "date", "article"]


def test_store_folder_and_open_store(trig, tmp_path):
    first = kg.query("commitments_between", rdf=str(trig), store=str(tmp_path / "st"), a="Egypt",
                     b="Jordan")
    again = kg.query("commitments_between", store=str(tmp_path / "st"), a="Egypt", b="Jordan")
    assert len(first) == 2
    pd.testing.assert_frame_equal(first, again)
    opened = kg.query("commitments_between", store=_store(trig), a="Egypt", b="Jordan")
    pd.testing.assert_frame_equal(first, opened)


def test_sparql_text_over_rdf(trig):
    df = kg.sparql("PREFIX kg: <https://w3id.org/kg/ont#> "
                   "SELECT ?action (COUNT(*) AS ?n) WHERE { ?c kg:action ?action } "
                   "GROUP BY ?action", rdf=str(trig))
    assert df.to_dict("records") == [{"action": "reopen the border crossing", "n": 2}]
    empty = kg.sparql("SELECT ?s ?o WHERE { ?s <urn:nothing> ?o }", rdf=str(trig))
    assert empty.empty and list(empty.columns) == ["s", "o"]
    ask = kg.sparql("ASK { ?s ?p ?o }", rdf=str(trig))
    assert ask.to_dict("records") == [{"ask": True}]


def test_sparql_mistakes_are_one_line_errors(trig, tmp_path):
    with pytest.raises(KGError, match="does not parse"):
        kg.sparql("SELEKT ?s WHERE { ?s ?p ?o }", rdf=str(trig))
    with pytest.raises(KGError, match="no RDF to query"):
        kg.sparql("SELECT ?s WHERE { ?s ?p ?o }")
    with pytest.raises(KGError):
        kg.sparql("SELECT ?s WHERE { ?s ?p ?o }", rdf=str(tmp_path / "missing.trig"))


def test_a_bad_neo4j_uri_is_an_error_not_a_traceback():
    with pytest.raises(KGError, match="not a Neo4j URI"):
        kg.cypher("RETURN 1 AS one", uri="neo4:/127.0.0.1:7687")
    with pytest.raises(KGError, match=r"Neo4j is not reachable at bolt://127\.0\.0\.1:9"):
        kg.cypher("RETURN 1 AS one", uri="bolt://127.0.0.1:9")


def test_without_pandas_the_error_names_the_extra(monkeypatch, trig):
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas raises ImportError
    with pytest.raises(KGError, match="pandas") as err:
        kg.sparql("ASK { ?s ?p ?o }", rdf=str(trig))
    assert "kg[frames]" in str(err.value)


@pytest.mark.neo4j
def test_cypher_and_query_on_neo4j_match_the_sparql_twin(neo4j_uri, neo4j_driver, trig):
    from factories import sample_facts

    from kg.loaders.neo4j import Neo4jLoader
    from kg.validate import Report

    with Neo4jLoader(neo4j_uri) as loader:
        for f in (sample_facts("a1"), sample_facts("a2", published="2026-04-01")):
            loader.load(Report(f))
    got = kg.query("commitments_by", uri=neo4j_uri, actor="Egypt")
    want = kg.query("commitments_by", rdf=str(trig), actor="Egypt")
    key = ["article", "actor", "action"]
    pd.testing.assert_frame_equal(got.sort_values(key).reset_index(drop=True),
                                  want.sort_values(key).reset_index(drop=True))
    assert len(kg.query("commitments_by", uri=neo4j_uri, actor="EGYPT")) == 2
    df = kg.cypher("MATCH (a:Actor {name: $name}) RETURN a.name AS name, $n AS n",
                   uri=neo4j_uri, name="Jordan", n=3)
    assert df.to_dict("records") == [{"name": "Jordan", "n": 3}]
    none = kg.cypher("MATCH (a:Actor {name: $name}) RETURN a.name AS name", uri=neo4j_uri,
                     name="Nowhere Land")
    assert none.empty and list(none.columns) == ["name"]
    with pytest.raises(KGError, match="does not parse"):
        kg.cypher("MATCH (a RETURN a", uri=neo4j_uri)
