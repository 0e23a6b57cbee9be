"""Facts read back out of Neo4j (kg.neo4j_source) give the RDF the facts give directly."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from factories import sample_facts

from kg import rdfio
from kg.loaders.neo4j import Neo4jLoader
from kg.model import Actor, ArticleFacts
from kg.neo4j_source import read_facts
from kg.validate import Report

pytestmark = pytest.mark.neo4j


def _articles() -> list[ArticleFacts]:
    a1 = sample_facts("a1")
    a2 = replace(sample_facts("a2", published="2026-04-01", action="open a corridor"),
                 actors=(*sample_facts().actors[:2], Actor("Lena Park", "Person")))
    a2 = replace(a2, roles=(), statements=(replace(a2.statements[0], speaker="Lena Park"),))
    return [a1, a2]


def _nquads(batch: list[ArticleFacts]) -> set[bytes]:
    out = io.BytesIO()
    rdfio.write_facts(batch, out, "nquads")
    return set(out.getvalue().splitlines())


def test_facts_read_back_give_the_same_rdf(neo4j_uri, neo4j_driver):
    batch = _articles()
    with Neo4jLoader(neo4j_uri) as loader:
        for f in batch:
            loader.load(Report(f))
    back = list(read_facts(neo4j_driver, page=1))
    assert [f.article.id for f in back] == ["a1", "a2"]
    assert back[0].article == replace(batch[0].article, text="")
    assert [len(f.statements) for f in back] == [2, 1]
    assert back[1].statements[0].speaker == "Lena Park"
    direct, again = _nquads(batch), _nquads(back)
    assert again <= direct
    # Neo4j keeps no evidence span for an actor mention: only that provenance is missing
    spans = {q.split()[0] for q in again if q.split()[0].startswith(b"<https://w3id.org/kg/id/"
                                                                    b"article/") and b"#char=" in q}
    for quad in direct - again:
        s, p = quad.split()[:2]
        actor_prov = s.startswith(b"<https://w3id.org/kg/id/actor/") and p.rsplit(b"#", 1)[-1] in (
            b"confidence>", b"extractor>", b"wasDerivedFrom>")
        assert actor_prov or (b"#char=" in s and s not in spans), quad


def test_an_empty_database_gives_no_articles(neo4j_driver):
    assert list(read_facts(neo4j_driver)) == []


def test_kg_export_takes_the_database_as_its_source(neo4j_uri, neo4j_driver, tmp_path):
    from click.testing import CliRunner

    from kg.cli import cli

    batch = _articles()
    with Neo4jLoader(neo4j_uri) as loader:
        for f in batch:
            loader.load(Report(f))
    out = tmp_path / "all.nq"
    res = CliRunner().invoke(cli, ["export", str(out), neo4j_uri])
    assert res.exit_code == 0, res.output
    assert "exported 2 graphs" in res.output
    assert set(out.read_bytes().splitlines()) == _nquads(list(read_facts(neo4j_driver)))
    db = tmp_path / "facts.sqlite"
    res = CliRunner().invoke(cli, ["export", str(db), neo4j_uri])
    assert res.exit_code == 0 and "exported 2 articles" in res.output, res.output


def test_a_database_is_exported_on_its_own(tmp_path):
    from click.testing import CliRunner

    from kg.cli import cli

    res = CliRunner().invoke(cli, ["export", str(tmp_path / "x.trig"), "bolt://127.0.0.1:1",
                                   str(tmp_path)])
    assert res.exit_code == 2 and "exported on its own" in res.output
    res = CliRunner().invoke(cli, ["export", str(tmp_path / "x.trig"), "bolt://127.0.0.1:1"])
    assert res.exit_code != 0 and "Traceback" not in res.output
    assert "127.0.0.1:1" in res.output
