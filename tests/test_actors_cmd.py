"""`kg actors`: listing actors, and merges and splits that later runs honour."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from factories import prov

from kg import aliases as al
from kg.cli import cli
from kg.model import Actor, Article, ArticleFacts, Statement
from kg.rdf import facts_to_dataset


def _facts(aid, *names, date="2024-02-01"):
    actors = tuple(Actor(n, "Person", (), None, prov()) for n in names)
    return ArticleFacts(Article(aid, "text", published=date), actors=actors, statements=tuple(
        Statement(n, "We will keep talking.", "reported", None, prov(40, 60)) for n in names))


@pytest.fixture()
def files(tmp_path):
    jl = tmp_path / "facts.jsonl"
    jl.write_text("\n".join(json.dumps(f.to_json()) for f in (
        _facts("a1", "Jo Smith", "Joseph R. Biden Jr."),
        _facts("a2", "Joanna Smith", "Biden")) ) + "\n", encoding="utf-8")
    trig = tmp_path / "more.trig"
    facts_to_dataset([_facts("a3", "Joanna Smith")]).serialize(trig, format="trig")
    return tmp_path, jl, trig


def kg(*args, aliases=None):
    env = {"KG_ALIASES": str(aliases)} if aliases else {}
    r = CliRunner().invoke(cli, [str(a) for a in args], env=env, catch_exceptions=False)
    return r


def _listed(out):
    return {r["actor"]: r for r in json.loads(out)}


def test_list_shows_counts_aliases_and_links(files):
    tmp, jl, trig = files
    r = kg("actors", jl, trig, "--format", "json", "--aliases", tmp / "none.tsv")
    assert r.exit_code == 0, r.output
    rows = _listed(r.output)
    assert rows["Joe Biden"]["wikidata"] == "Q6279"
    assert rows["Joe Biden"]["articles"] == 2 and rows["Joe Biden"]["facts"] == 2
    assert rows["Joe Biden"]["aliases"] == "Biden; Joseph R. Biden Jr."
    assert rows["Joanna Smith"]["articles"] == 2 and "Jo Smith" in rows
    # the explicit `list` command and a filter
    r = kg("actors", "list", jl, "--match", "biden", "--format", "csv",
           "--aliases", tmp / "none.tsv")
    assert r.output.splitlines()[1].startswith("Joe Biden,Person,Q6279,2,2")
    assert len(r.output.splitlines()) == 2


def test_merge_persists_and_rerunning_converges(files):
    tmp, jl, trig = files
    path = tmp / "aliases.tsv"
    r = kg("actors", "merge", "Jo Smith", "Joanna Smith", "--aliases", path)
    assert r.exit_code == 0 and "recorded" in r.output
    text = path.read_text()
    r = kg("actors", "merge", "jo  smith", "Joanna Smith", "--aliases", path)
    assert "already recorded" in r.output and path.read_text() == text
    rows = _listed(kg("actors", jl, trig, "--format", "json", aliases=path).output)
    assert "Jo Smith" not in rows
    assert rows["Joanna Smith"]["articles"] == 3 and rows["Joanna Smith"]["aliases"] == "Jo Smith"
    # a chain: Joanna Smith into J. Smith-Ray takes Jo Smith along
    kg("actors", "merge", "Joanna Smith", "J. Smith-Ray", aliases=path)
    rows = _listed(kg("actors", jl, trig, "--format", "json", aliases=path).output)
    assert rows["J. Smith-Ray"]["articles"] == 3
    assert set(rows) == {"J. Smith-Ray", "Joe Biden"}


def test_split_beats_the_rules_and_undoes_a_merge(files):
    tmp, jl, trig = files
    path = tmp / "aliases.tsv"
    kg("actors", "merge", "Jo Smith", "Joanna Smith", aliases=path)
    kg("actors", "split", "Jo Smith", "Joanna Smith", aliases=path)
    kg("actors", "split", "Biden", "Joe Biden", aliases=path)
    assert [ln.split("\t")[0] for ln in path.read_text().splitlines()
            if not ln.startswith("#")] == ["split", "split"]
    rows = _listed(kg("actors", jl, trig, "--format", "json", aliases=path).output)
    assert {"Jo Smith", "Joanna Smith", "Biden", "Joe Biden"} <= set(rows)
    assert rows["Biden"]["wikidata"] is None and rows["Joe Biden"]["articles"] == 1


def test_extraction_and_load_honour_the_file(files):
    """A later `kg load` into RDF writes the merged actor."""
    tmp, jl, _ = files
    path = tmp / "aliases.tsv"
    kg("actors", "merge", "Jo Smith", "Joanna Smith", aliases=path)
    out = tmp / "out.trig"
    r = kg("load", out, jl, aliases=path)
    assert r.exit_code == 0, r.output
    text = out.read_text()
    assert '"Joanna Smith"' in text and 'skos:prefLabel "Jo Smith"' not in text


def test_mistakes_say_what_to_do(files):
    tmp, _, _ = files
    r = CliRunner().invoke(cli, ["actors", "merge", "Jo", "the jo", "--aliases",
                                 str(tmp / "a.tsv")])
    assert r.exit_code == 1 and "same name" in r.output
    (tmp / "bad.tsv").write_text("merge\tx\n")
    r = CliRunner().invoke(cli, ["actors", "split", "a", "b", "--aliases", str(tmp / "bad.tsv")])
    assert r.exit_code == 1 and "bad.tsv:1" in r.output
    assert al.read(tmp / "missing.tsv").merges == ()


# ------------------------------------------------------------------ Neo4j re-pointing
def _with_joint(f):
    import dataclasses

    from kg.model import Commitment

    names = tuple(a.name for a in f.actors)
    return dataclasses.replace(f, commitments=(
        Commitment(names, (), "open the river crossing", "agreed", None, prov(70, 90)),))


@pytest.mark.neo4j
def test_merge_re_points_relationships_in_neo4j(neo4j_uri, neo4j_driver, tmp_path):
    from test_neo4j import load, snapshot

    path = tmp_path / "aliases.tsv"
    a1 = _with_joint(_facts("a1", "Jo Smith", "Joanna Smith"))
    a2 = _facts("a2", "Jo Smith")
    load(neo4j_uri, a1, a2)

    def count(q, **p):
        return neo4j_driver.execute_query(q, parameters_=p).records[0][0]

    assert count("MATCH (x:Actor {name: 'Jo Smith'}) RETURN count(x)") == 1
    r = kg("actors", "merge", "JO SMITH", "Joanna Smith", "--uri", neo4j_uri, aliases=path)
    assert r.exit_code == 0, r.output
    assert "1 node(s) merged into 'Joanna Smith'" in r.output
    assert count("MATCH (x:Actor) WHERE toLower(x.name) = 'jo smith' RETURN count(x)") == 0
    # every fact of Jo Smith now points at Joanna Smith; a fact that named both keeps one link
    assert count("MATCH (:Statement)-[:SPEAKER]->(:Actor {name: 'Joanna Smith'}) "
                 "RETURN count(*)") == 3
    assert count("MATCH (:Commitment)-[r:OBLIGOR]->(:Actor {name: 'Joanna Smith'}) "
                 "RETURN count(r)") == 1
    # one mention per article, with the merged name as an alias
    rows = neo4j_driver.execute_query(
        "MATCH (:Actor {name: 'Joanna Smith'})-[m:MENTIONED_IN]->(a:Article) "
        "RETURN a.id AS a, m.aliases AS al ORDER BY a").records
    assert [(r["a"], r["al"]) for r in rows] == [("a1", ["Jo Smith"]), ("a2", ["Jo Smith"])]
    # the file holds the decision with the graph's type, so later loads write the same node
    assert al.read(path).canonical("Jo Smith") == ("Joanna Smith", "Person")
    before = snapshot(neo4j_driver)
    r = kg("actors", "merge", "Jo Smith", "Joanna Smith", "--uri", neo4j_uri, aliases=path)
    assert "0 node(s) merged" in r.output and "already recorded" in r.output
    assert snapshot(neo4j_driver) == before
    # a later load of a changed article honours the file: no Jo Smith node comes back
    import os

    os.environ["KG_ALIASES"] = str(path)
    try:
        load(neo4j_uri, _facts("a2", "Jo Smith", "Ola Berg"), _facts("a3", "Jo Smith"))
    finally:
        del os.environ["KG_ALIASES"]
    assert count("MATCH (x:Actor) WHERE toLower(x.name) = 'jo smith' RETURN count(x)") == 0
    assert count("MATCH (:Actor {name: 'Joanna Smith'})-[:MENTIONED_IN]->(a) "
                 "RETURN count(a)") == 3
    # listing from Neo4j shows the merged actor with its aliases
    rows = _listed(kg("actors", "--uri", neo4j_uri, "--format", "json").output)
    assert rows["Joanna Smith"]["articles"] == 3 and rows["Joanna Smith"]["aliases"] == "Jo Smith"


@pytest.mark.neo4j
def test_merge_into_a_node_not_yet_in_the_graph(neo4j_uri, neo4j_driver, tmp_path):
    from test_neo4j import load

    load(neo4j_uri, _facts("a1", "Biden Harris campaign"))
    r = kg("actors", "merge", "Biden Harris campaign", "Joe Biden", "--uri", neo4j_uri,
           aliases=tmp_path / "aliases.tsv")
    assert r.exit_code == 0, r.output
    rows = neo4j_driver.execute_query(
        "MATCH (x:Actor)-[:MENTIONED_IN]->() RETURN x.name AS n, x.wikidata AS w, "
        "labels(x) AS l").records
    assert [(r["n"], r["w"], sorted(r["l"])) for r in rows] == [
        ("Joe Biden", "Q6279", ["Actor", "Person"])]
    # a knowledge-base target needs no type in the file
    assert "Person" not in (tmp_path / "aliases.tsv").read_text().split("\n", 3)[-1]


@pytest.mark.neo4j
def test_apply_brings_a_graph_loaded_before_the_decisions_in_line(neo4j_uri, neo4j_driver,
                                                                  tmp_path):
    from test_neo4j import load, snapshot

    path = tmp_path / "aliases.tsv"
    load(neo4j_uri, _facts("a1", "Jo Smith", "Ola Berg"), _facts("a2", "Joanna Smith"))
    kg("actors", "merge", "Jo Smith", "Joanna Smith", "--type", "Person", aliases=path)
    kg("actors", "merge", "Joanna Smith", "J. Smith-Ray", "--type", "Person", aliases=path)
    r = kg("actors", "apply", "--uri", neo4j_uri, aliases=path)
    assert r.exit_code == 0, r.output
    assert "2 node(s) merged" in r.output
    names = {r["n"] for r in neo4j_driver.execute_query(
        "MATCH (x:Actor) RETURN x.name AS n").records}
    assert names == {"J. Smith-Ray", "Ola Berg"}
    before = snapshot(neo4j_driver)
    r = kg("actors", "apply", "--uri", neo4j_uri, aliases=path)
    assert "0 node(s) merged" in r.output and snapshot(neo4j_driver) == before
