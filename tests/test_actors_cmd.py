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
