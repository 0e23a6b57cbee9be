"""kg export: rdf:DIR folders and dataset files merged into one dataset file."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from factories import sample_facts
from rdflib import Dataset
from rdflib.compare import isomorphic

from kg import ids
from kg.cli import cli
from kg.loaders.rdf import RDFFileLoader
from kg.loaders.rdfdir import RDFDirLoader
from kg.rdf import facts_to_dataset
from kg.validate import Report


@pytest.fixture
def sources(tmp_path):
    with RDFDirLoader(tmp_path / "dir") as loader:
        for i in range(3):
            loader.load(Report(sample_facts(f"a{i}")))
    with RDFFileLoader(tmp_path / "more.nq") as loader:
        for i in range(2, 5):
            loader.load(Report(sample_facts(f"a{i}", action="close the airspace")))
    return tmp_path


@pytest.mark.parametrize("suffix,fmt", [(".trig", "trig"), (".nq", "nquads"),
                                        (".jsonld", "json-ld")])
def test_export_keeps_one_named_graph_per_article(sources, suffix, fmt):
    out = sources / f"all{suffix}"
    r = CliRunner().invoke(cli, ["export", str(out), f"rdf:{sources / 'dir'}",
                                 str(sources / "more.*")])
    assert r.exit_code == 0, r.output
    assert "exported 5 graphs" in r.output and "1 duplicate graphs skipped" in r.output
    ds = Dataset()
    ds.parse(out, format=fmt)
    got = {g.identifier: g for g in ds.graphs() if len(g)}
    want = {g.identifier: g for g in facts_to_dataset(
        [sample_facts(f"a{i}") for i in range(3)]
        + [sample_facts(f"a{i}", action="close the airspace") for i in range(3, 5)]).graphs()
        if len(g)}
    assert set(got) == set(want)
    for name, g in want.items():
        assert isomorphic(got[name], g), name


def test_jsonld_export_embeds_or_references_the_context(sources):
    out = sources / "all.jsonld"
    CliRunner().invoke(cli, ["export", str(out), str(sources / "dir")])
    doc = json.loads(out.read_text("utf-8"))
    assert doc["@context"]["kg"] == "https://w3id.org/kg/ont#"
    assert {g["@id"] for g in doc["@graph"]} == {f"kgid:graph/a{i}" for i in range(3)}
    CliRunner().invoke(cli, ["export", str(out), str(sources / "dir"),
                             "--context-url", "https://example.org/ctx.jsonld"])
    assert json.loads(out.read_text("utf-8"))["@context"] == "https://example.org/ctx.jsonld"


def test_export_of_a_missing_source_says_so(tmp_path):
    r = CliRunner().invoke(cli, ["export", str(tmp_path / "x.trig"), str(tmp_path / "nope")])
    assert r.exit_code != 0
    assert "no such file" in r.output
    assert not (tmp_path / "x.trig").exists()


def test_export_from_json_ld_back_to_trig(sources):
    CliRunner().invoke(cli, ["export", str(sources / "a.jsonld"), str(sources / "dir")])
    r = CliRunner().invoke(cli, ["export", str(sources / "b.trig"), str(sources / "a.jsonld")])
    assert r.exit_code == 0, r.output
    ds = Dataset()
    ds.parse(sources / "b.trig", format="trig")
    assert ids.graph_iri("a1") in {g.identifier for g in ds.graphs() if len(g)}
