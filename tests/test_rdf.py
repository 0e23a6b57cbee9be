"""Facts → RDF → facts, in every format kg writes, and the shapes agree."""

from __future__ import annotations

import pytest
from factories import sample_facts
from rdflib import Dataset, Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg import ids
from kg.loaders.rdf import RDFFileLoader
from kg.rdf import dataset_to_facts, facts_to_dataset
from kg.validate import Report, union_graph, validate_graph


def _canon(f):
    d = f.to_json()
    for section in ("commitments", "events"):
        for x in d[section]:
            for k in ("actors", "counterparts", "participants"):
                if k in x:
                    x[k] = sorted(x[k])
    for section in d:
        if isinstance(d[section], list):
            d[section] = sorted(d[section], key=repr)
    return d


def test_one_named_graph_per_article():
    ds = facts_to_dataset([sample_facts("a1"), sample_facts("a2")])
    names = {str(g.identifier) for g in ds.graphs() if len(g)}
    assert names == {str(ids.graph_iri("a1")), str(ids.graph_iri("a2"))}


def test_dataset_round_trip():
    facts = sample_facts()
    back = dataset_to_facts(facts_to_dataset([facts]))
    assert len(back) == 1
    assert _canon(back[0]) == _canon(facts)


def test_iris_are_deterministic():
    a = facts_to_dataset([sample_facts()])
    b = facts_to_dataset([sample_facts()])
    assert isomorphic(union_graph(a), union_graph(b))
    assert set(union_graph(a)) == set(union_graph(b))  # no blank nodes: equal, not just iso


def test_reloading_an_article_replaces_its_graph():
    ds = facts_to_dataset([sample_facts(action="reopen the border crossing")])
    facts_to_dataset([sample_facts(action="close the airspace")], ds)
    back = dataset_to_facts(ds)
    assert [c.action for c in back[0].commitments] == ["close the airspace"]


@pytest.mark.parametrize("suffix", [".ttl", ".trig", ".nq", ".jsonld"])
def test_every_format_parses_back_and_conforms(tmp_path, suffix):
    path = tmp_path / f"out{suffix}"
    with RDFFileLoader(path) as loader:
        loader.load(Report(sample_facts("a1")))
        loader.load(Report(sample_facts("a2")))
    ds = Dataset()
    ds.parse(path, format={".ttl": "turtle", ".trig": "trig", ".nq": "nquads",
                           ".jsonld": "json-ld"}[suffix])
    g = union_graph(ds)
    expected = union_graph(facts_to_dataset([sample_facts("a1"), sample_facts("a2")]))
    if not isomorphic(g, expected):
        _, only_file, only_expected = graph_diff(to_isomorphic(g), to_isomorphic(expected))
        pytest.fail(f"differs:\n{only_file.serialize(format='nt')}\n---\n"
                    f"{only_expected.serialize(format='nt')}")
    conforms, results = validate_graph(g)
    assert conforms, results
    if suffix != ".ttl":
        assert {f.article.id for f in dataset_to_facts(ds)} == {"a1", "a2"}


def test_file_loader_keeps_other_articles_and_replaces_one(tmp_path):
    path = tmp_path / "d.trig"
    with RDFFileLoader(path) as loader:
        loader.load(Report(sample_facts("a1")))
        loader.load(Report(sample_facts("a2")))
    with RDFFileLoader(path) as loader:
        loader.load(Report(sample_facts("a2", action="close the airspace")))
    ds = Dataset()
    ds.parse(path, format="trig")
    by_id = {f.article.id: f for f in dataset_to_facts(ds)}
    assert by_id["a1"].commitments[0].action == "reopen the border crossing"
    assert by_id["a2"].commitments[0].action == "close the airspace"


def test_turtle_file_is_a_plain_graph(tmp_path):
    path = tmp_path / "d.ttl"
    with RDFFileLoader(path) as loader:
        loader.load(Report(sample_facts()))
    g = Graph().parse(path, format="turtle")
    assert len(g) > 40
