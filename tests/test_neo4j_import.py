"""kg export --neo4j-import and scripts/neo4j import: the bulk path gives the Bolt graph.

The model-free tests check the files; the ``neo4j`` tests import them into a
second server (a temporary NEO4J_HOME, a free Bolt port, no HTTP) and compare it
with the same articles loaded by Bolt into the test server (NEO4J_URI).
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner
from factories import prov, sample_facts

from kg.cli import cli
from kg.loaders.neo4j import rows_for
from kg.loaders.neo4j_import import ARGS_FILE, CHUNK, ImportWriter, export_neo4j_import
from kg.model import Actor, Article, ArticleFacts, Commitment, Event, Statement

ROOT = Path(__file__).resolve().parent.parent


def tricky_facts(article_id: str = "t1") -> ArticleFacts:
    """Text a CSV writer can get wrong: quotes, commas, line breaks, semicolons in lists,
    non-ASCII, an empty string, and an actor shared with sample_facts (Egypt)."""
    art = Article(article_id, "text", title='He said "no", then left', source=None,
                  url=None, published="2026-04-01")
    p = replace(prov(5, 40, 0.6125, "pattern:say"), sentence='Line one,\n"line two"; ok')
    return ArticleFacts(
        art,
        actors=(Actor("Egypt", "Country", ("Arab Republic; Egypt",), "Q79", prov(0, 5)),
                Actor("Zorvan Ketterly", "Person", (), None, p),
                Actor("Aldmoor Fishers' Guild", "Organization", ('the "Guild"', "Guild, the"),
                      None, None)),
        statements=(Statement("Zorvan Ketterly", "Ça va, «très» bien\r\n", "direct", None, p),
                    Statement("Aldmoor Fishers' Guild", "", "reported", "2026-04-01", None)),
        commitments=(Commitment(("Aldmoor Fishers' Guild",), ("Egypt", "Zorvan Ketterly"),
                                "keep the \"harbour\" open", "proposed", None, p),),
        events=(Event("Announcement", (), None, None, p),),
    )


def articles() -> list[ArticleFacts]:
    return [sample_facts("a1"), sample_facts("a2", published="2026-03-13"), tricky_facts("t1")]


# -- the files (no server) ---------------------------------------------------------------

def test_files_have_the_import_headers_and_one_row_per_node(tmp_path):
    counts = export_neo4j_import(articles(), tmp_path / "out")
    out = tmp_path / "out"
    assert counts["articles"] == 3 and counts["skipped"] == 0
    head = (out / "articles.csv").read_text().splitlines()[0]
    assert head.startswith("id:ID(Article),iri,factsHash,")
    assert (out / "rels-MENTIONED_IN.csv").read_text().splitlines()[0] == (
        ":START_ID(Actor),:END_ID(Article),aliases:string[],confidence:double")
    assert "start:long,end:long" in (out / "facts-Role.csv").read_text().splitlines()[0]
    # Egypt is in all three articles: one node
    egypt = (out / "actors-Country.csv").read_text().count('"Egypt"')
    assert egypt == 1
    args = (out / ARGS_FILE).read_text().splitlines()
    assert "--nodes=Actor:Country=actors-Country.csv" in args
    assert "--relationships=MENTIONED_IN=rels-MENTIONED_IN.csv" in args
    assert "--multiline-fields=true" in args  # tricky_facts has line breaks
    after = (out / "after-import.cypher").read_text()
    assert "CREATE CONSTRAINT kg_actor_iri IF NOT EXISTS" in after
    assert "SET" not in after  # constraints and indexes only: no list to fill in


def test_an_article_met_again_is_skipped_and_no_line_breaks_mean_no_multiline(tmp_path):
    counts = export_neo4j_import([sample_facts("a1"), sample_facts("a1")], tmp_path / "o")
    assert counts["articles"] == 1 and counts["skipped"] == 1
    assert "--multiline-fields" not in (tmp_path / "o" / ARGS_FILE).read_text()


def test_an_empty_list_is_no_property_in_both_paths(tmp_path):
    # Bolt rows: a mention with no alias and a commitment with no counterpart have no
    # such key (Neo4j would store []); the CSV leaves the cell empty and unquoted
    # (no property), where "" would be an empty string
    rows = rows_for([sample_facts("a1")])
    # Egypt ("Cairo") and Omar Haddad ("Haddad") have aliases, Jordan none
    assert sorted(len(m.get("aliases", ())) for m in rows["mentions"]) == [0, 1, 1]
    assert sum("aliases" not in m for m in rows["mentions"]) == 1
    [commitment] = rows["facts"]["Commitment"]
    assert "counterparts" not in commitment["props"] and commitment["props"]["actors"]
    assert not [v for r in rows["mentions"] for v in r.values() if v in ([], ())]
    export_neo4j_import([sample_facts("a1")], tmp_path / "o")
    header, line = (tmp_path / "o" / "facts-Commitment.csv").read_text().splitlines()
    cells = dict(zip(header.split(","), line.split(","), strict=True))
    assert cells["counterparts:string[]"] == "" and cells["actors:string[]"] != ""


def test_several_processes_write_the_same_files_as_one(tmp_path):
    facts = [sample_facts(f"a{i}", published=f"2026-03-{1 + i % 28:02d}")
             for i in range(2 * CHUNK + 5)] + [tricky_facts("t1"), sample_facts("a3")]
    one = export_neo4j_import(facts, tmp_path / "one", workers=1)
    two = export_neo4j_import(facts, tmp_path / "two", workers=2)
    assert one == two and one["skipped"] == 1
    names = sorted(p.name for p in (tmp_path / "one").iterdir())
    assert names == sorted(p.name for p in (tmp_path / "two").iterdir())
    for name in names:
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()


def test_an_error_while_reading_stops_the_workers(tmp_path):
    def facts():
        for i in range(3 * CHUNK):
            yield sample_facts(f"a{i}")
        raise RuntimeError("the source broke")

    with pytest.raises(RuntimeError, match="source broke"):
        export_neo4j_import(facts(), tmp_path / "o", workers=2)
    assert (tmp_path / "o" / ARGS_FILE).is_file()


def test_a_list_element_holding_the_array_delimiter_is_refused(tmp_path):
    bad = replace(sample_facts("a1"), commitments=(
        Commitment(("Egypt",), ("Jordan\x1fEgypt",), "talk", "agreed", None, None),))
    with pytest.raises(ValueError, match="array delimiter"):
        export_neo4j_import([bad], tmp_path / "o", workers=1)


def test_a_folder_with_files_is_refused(tmp_path):
    (tmp_path / "x.csv").write_text("x")
    with pytest.raises(Exception, match="not an empty folder"):
        ImportWriter(tmp_path)


def test_cli_reads_jsonl_and_json_and_says_how_to_load(tmp_path):
    jsonl = tmp_path / "facts.jsonl"
    jsonl.write_text("".join(json.dumps(f.to_json()) + "\n" for f in articles()[:2])
                     + "{broken\n")
    single = tmp_path / "one.json"
    single.write_text(json.dumps(tricky_facts().to_json()))
    r = CliRunner().invoke(cli, ["export", str(tmp_path / "imp"), str(jsonl), str(single),
                                 "--neo4j-import"])
    assert r.exit_code == 1, r.output  # the broken line fails alone
    assert "facts.jsonl:3: not a kg fact line" in r.output
    assert "of 3 articles" in r.output and "scripts/neo4j import" in r.output
    assert (tmp_path / "imp" / "facts-Commitment.csv").is_file()


def test_an_indented_json_document_named_jsonl_is_read_whole(tmp_path):
    # kg extract of one article writes indented JSON, whatever -o's suffix
    (tmp_path / "one.jsonl").write_text(json.dumps(tricky_facts().to_json(), indent=2))
    r = CliRunner().invoke(cli, ["export", str(tmp_path / "imp"), str(tmp_path / "one.jsonl"),
                                 "--neo4j-import"])
    assert r.exit_code == 0 and "of 1 articles" in r.output, r.output


def test_an_rdf_dir_gives_the_same_files_as_the_facts(tmp_path):
    from kg import rdfio

    (tmp_path / "rdf").mkdir()
    for f in articles():  # an rdf:DIR: one TriG file per article
        with (tmp_path / "rdf" / f"{f.article.id}.trig").open("wb") as fh:
            rdfio.write_facts([f], fh, "trig")
    export_neo4j_import(articles(), tmp_path / "from-facts")
    r = CliRunner().invoke(cli, ["export", str(tmp_path / "from-rdf"),
                                 f"rdf:{tmp_path / 'rdf'}", "--neo4j-import"])
    assert r.exit_code == 0, r.output
    names = sorted(p.name for p in (tmp_path / "from-facts").iterdir())
    assert names == sorted(p.name for p in (tmp_path / "from-rdf").iterdir())
    for name in names:
        lines = sorted((tmp_path / "from-facts" / name).read_text().split("\n"))
        assert sorted((tmp_path / "from-rdf" / name).read_text().split("\n")) == lines, name


def test_cli_names_a_missing_source(tmp_path):
    r = CliRunner().invoke(cli, ["export", str(tmp_path / "imp"), str(tmp_path / "nope"),
                                 "--neo4j-import"])
    assert r.exit_code == 1 and "no such file" in r.output
    assert not (tmp_path / "imp").exists()


# -- against servers -------------------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _snapshot(driver):
    from test_neo4j import snapshot

    nodes, rels = snapshot(driver)
    labels = driver.execute_query(
        "MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS n ORDER BY l").records
    types = driver.execute_query(
        "MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS n ORDER BY t").records
    return ([(r["l"], r["n"]) for r in labels], [(r["t"], r["n"]) for r in types],
            nodes, sorted(rels, key=repr))


@pytest.fixture()
def bulk_server(tmp_path):
    """A second server in a temporary NEO4J_HOME, filled by scripts/neo4j import."""
    if shutil.which("java") is None:
        pytest.skip("java is needed for neo4j-admin")
    env = {**os.environ, "NEO4J_HOME": str(tmp_path / "home"), "NEO4J_PORT": str(_free_port()),
           "NEO4J_HTTP_PORT": "0", "KG_PYTHON": sys.executable}

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([str(ROOT / "scripts" / "neo4j"), *args], env=env,
                              capture_output=True, text=True, timeout=600)

    yield run, f"bolt://127.0.0.1:{env['NEO4J_PORT']}"
    run("stop")


@pytest.mark.neo4j
def test_bulk_import_equals_bolt_load_and_ingest_goes_on_on_top(tmp_path, neo4j_uri,
                                                                 neo4j_driver, bulk_server):
    import neo4j

    from kg.loaders.neo4j import Neo4jLoader
    from kg.validate import Report

    run, bulk_uri = bulk_server
    facts = articles()
    export_neo4j_import(facts, tmp_path / "imp")
    done = run("import", str(tmp_path / "imp"))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "after-import.cypher" in done.stdout

    def bolt_load(uri, batch):
        with Neo4jLoader(uri, password="") as loader:
            for f in batch:
                loader.load(Report(f))
        return loader

    bolt_load(neo4j_uri, facts)
    with neo4j.GraphDatabase.driver(bulk_uri, notifications_min_severity="OFF") as bulk:
        bolt = _snapshot(neo4j_driver)
        assert bolt[0] and _snapshot(bulk) == bolt
        constraints = {r["name"] for r in bulk.execute_query("SHOW CONSTRAINTS").records}
        assert {"kg_article_id", "kg_actor_iri", "kg_fact_iri"} <= constraints

        # incremental ingest on top: an unchanged article is skipped, a new one merges
        # with the imported actors (no second Egypt), a changed one replaces its facts
        more = [sample_facts("a1"), tricky_facts("t2"),
                sample_facts("a2", action="close the airspace")]
        on_bulk = bolt_load(bulk_uri, more)
        bolt_load(neo4j_uri, more)
        assert on_bulk.skipped == 1 and on_bulk.result.articles == 2
        assert _snapshot(bulk) == _snapshot(neo4j_driver)
        assert bulk.execute_query("MATCH (x:Actor {name: 'Egypt'}) RETURN count(x) AS n"
                                  ).records[0]["n"] == 1

    # a second import refuses a database that holds data, unless --force
    refused = run("import", str(tmp_path / "imp"))
    assert refused.returncode == 1 and "--force" in refused.stderr
