"""kg.rdfio: pyoxigraph writes what rdflib wrote, article by article."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from factories import sample_facts
from rdflib import Dataset
from rdflib.compare import isomorphic

from kg import ids, rdfio
from kg.loaders.rdf import RDFFileLoader
from kg.loaders.rdfdir import RDFDirLoader, read_dir
from kg.model import ArticleFacts
from kg.rdf import dataset_to_facts, facts_to_dataset
from kg.validate import Report, union_graph

GOLDEN = Path(__file__).parent / "golden" / "example"


def _batch() -> list[ArticleFacts]:
    golden = ArticleFacts.from_json(json.loads((GOLDEN / "facts.json").read_text("utf-8")))
    return [sample_facts("a1"), sample_facts("a2", action="close the airspace"), golden]


def _named(ds: Dataset) -> dict:
    return {g.identifier: g for g in ds.graphs() if len(g)}


def _same_as_rdflib(ds: Dataset, batch: list[ArticleFacts]) -> None:
    want = _named(facts_to_dataset(batch))
    got = _named(ds)
    assert set(got) == set(want)
    for name, g in want.items():
        assert isomorphic(got[name], g), name


@pytest.mark.parametrize("fmt", ["trig", "nquads", "json-ld"])
def test_quad_formats_are_isomorphic_to_rdflib_per_named_graph(fmt):
    batch = _batch()
    buf = io.BytesIO()
    n = rdfio.write_facts(batch, buf, fmt)
    ds = Dataset()
    ds.parse(data=buf.getvalue().decode("utf-8"), format=fmt)
    _same_as_rdflib(ds, batch)
    assert n == sum(len(g) for g in _named(ds).values())


@pytest.mark.parametrize("fmt", ["turtle", "nt"])
def test_triple_formats_are_the_union(fmt):
    batch = _batch()
    buf = io.BytesIO()
    rdfio.write_facts(batch, buf, fmt)
    ds = Dataset()
    ds.parse(data=buf.getvalue().decode("utf-8"), format=fmt)
    assert isomorphic(union_graph(ds), union_graph(facts_to_dataset(batch)))


def test_trig_has_one_prefix_block_and_one_block_per_article():
    buf = io.BytesIO()
    rdfio.write_facts(_batch(), buf, "trig")
    text = buf.getvalue().decode("utf-8")
    assert text.count("@prefix kg:") == 1
    assert text.count("{\n") == 3


def test_jsonld_is_compacted_with_the_shipped_context():
    buf = io.BytesIO()
    rdfio.write_facts([sample_facts("a1")], buf, "json-ld")
    doc = json.loads(buf.getvalue())
    assert doc["@context"] == rdfio.context()
    [graph] = doc["@graph"]
    assert graph["@id"] == "kgid:graph/a1"
    assert any(n.get("@type") == ["kg:Actor", "kg:Country"] for n in graph["@graph"])


def test_jsonld_can_reference_the_context_by_url():
    buf = io.BytesIO()
    rdfio.write_facts([sample_facts("a1")], buf, "json-ld", context_url=rdfio.CONTEXT_URL)
    assert json.loads(buf.getvalue())["@context"] == rdfio.CONTEXT_URL


def test_rdflib_conversions_round_trip():
    ds = facts_to_dataset(_batch())
    back = rdfio.to_dataset(rdfio.from_rdflib(ds))
    _same_as_rdflib(back, _batch())


@pytest.mark.parametrize("suffix", [".trig", ".nq", ".jsonld"])
def test_loading_an_article_twice_in_one_run_replaces_it(tmp_path, suffix):
    path = tmp_path / f"d{suffix}"
    with RDFFileLoader(path) as loader:
        loader.load(Report(sample_facts("a1")))
        loader.load(Report(sample_facts("a2")))
        loader.load(Report(sample_facts("a1", action="close the airspace")))
    ds = Dataset()
    ds.parse(path, format={".trig": "trig", ".nq": "nquads", ".jsonld": "json-ld"}[suffix])
    by_id = {f.article.id: f for f in dataset_to_facts(ds)}
    assert by_id["a1"].commitments[0].action == "close the airspace"
    assert by_id["a2"].commitments[0].action == "reopen the border crossing"


def test_loads_after_a_flush_keep_what_was_flushed(tmp_path):
    path = tmp_path / "d.trig"
    with RDFFileLoader(path, append=False) as loader:
        loader.load(Report(sample_facts("a1")))
        loader.flush()
        assert loader.missing({"a1": None, "a2": None}) == {"a2"}
        loader.load(Report(sample_facts("a2")))
        loader.flush()
        assert loader.missing({"a1": None, "a2": None}) == set()
    ds = Dataset()
    ds.parse(path, format="trig")
    assert {f.article.id for f in dataset_to_facts(ds)} == {"a1", "a2"}


@pytest.mark.parametrize("suffix,fmt", [(".trig", "trig"), (".nq", "nquads")])
def test_new_articles_are_appended_and_a_reloaded_one_rewrites(tmp_path, suffix, fmt):
    """Batches after the first append their articles to a TriG or N-Quads file
    (what was there stays byte for byte); an article loaded again rewrites it."""
    path = tmp_path / f"d{suffix}"
    batch = _batch()
    with RDFFileLoader(path) as loader:
        loader.load(Report(batch[0]))
    first = path.read_bytes()
    with RDFFileLoader(path) as loader:  # an existing file: a new run appends
        loader.load(Report(batch[1]))
        loader.flush()
        assert path.read_bytes().startswith(first)
        second = path.read_bytes()
        loader.load(Report(batch[2]))
    assert path.read_bytes().startswith(second)
    ds = Dataset()
    ds.parse(path, format=fmt)
    _same_as_rdflib(ds, batch)
    with RDFFileLoader(path) as loader:
        loader.load(Report(sample_facts("a1", action="close the airspace")))
    assert not path.read_bytes().startswith(second)
    ds = Dataset()
    ds.parse(path, format=fmt)
    by_id = {f.article.id: f for f in dataset_to_facts(ds)}
    assert by_id["a1"].commitments[0].action == "close the airspace"
    assert set(by_id) == {f.article.id for f in batch}
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_an_unfinished_append_is_undone(tmp_path, monkeypatch):
    """An append that fails is truncated away at once; one a crash left half
    written (its marker still there) is truncated by the next loader."""
    import os

    from kg.loaders import rdf as rdfloader

    path = tmp_path / "d.trig"
    with RDFFileLoader(path) as loader:
        loader.load(Report(sample_facts("a1")))
    before = path.read_bytes()

    calls = []
    real_fsync = os.fsync

    def broken_fsync(fd):  # the marker is synced; the appended data is not
        calls.append(fd)
        if len(calls) > 1:
            assert path.stat().st_size > len(before)  # written, then undone
            raise OSError("disk full")
        real_fsync(fd)

    loader = RDFFileLoader(path)
    loader.load(Report(sample_facts("a2")))
    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError):
        loader.flush()
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert not rdfloader._marker(path).exists()
    # a crash: the marker says how long the file was, and half a graph follows
    rdfloader._marker(path).write_text(str(len(before)), "utf-8")
    with path.open("ab") as fh:
        fh.write(b"<https://w3id.org/kg/id/graph/a2> {\n    <x")
    with RDFFileLoader(path) as loader:
        assert loader.missing({"a1": None, "a2": None}) == {"a2"}
    assert path.read_bytes() == before
    assert not rdfloader._marker(path).exists()


def test_an_empty_run_leaves_a_valid_file(tmp_path):
    path = tmp_path / "d.jsonld"
    with RDFFileLoader(path):
        pass
    assert json.loads(path.read_text("utf-8"))["@graph"] == []


def test_no_temporary_file_is_left(tmp_path):
    with RDFFileLoader(tmp_path / "d.nq") as loader:
        loader.load(Report(sample_facts("a1")))
    assert [p.name for p in tmp_path.iterdir()] == ["d.nq"]


def test_rdf_dir_files_are_isomorphic_to_rdflib(tmp_path):
    batch = _batch()
    with RDFDirLoader(tmp_path / "out") as loader:
        for f in batch:
            loader.load(Report(f))
    first = (tmp_path / "out" / "a1.trig").read_text("utf-8").splitlines()[0]
    assert first == '# kg article: "a1"'
    _same_as_rdflib(read_dir(tmp_path / "out"), batch)
    assert ids.graph_iri("a1") in _named(read_dir(tmp_path / "out"))


@pytest.mark.parametrize("which", range(3))
def test_fast_builder_gives_kg_rdf_triples(which):
    facts = _batch()[which]
    fast = rdfio.to_dataset(rdfio.article_quads(facts))
    ref = rdfio.to_dataset(rdfio.article_quads(facts, reference=True))
    assert set(union_graph(fast)) == set(union_graph(ref))


def test_fast_builder_on_every_kind_of_value():
    from kg.model import Event, Provenance, Statement

    f = sample_facts("odd id/ü")
    f = type(f)(f.article, f.actors, f.roles,
                (*f.statements, Statement("Jordan", "maybe", "hedged", None, None)),
                f.commitments,
                (*f.events, Event("NotAType", ("Egypt",), None, None,
                                  Provenance("", 0, 1, "x", 1.0)),
                 Event("Meeting", (), "2026-01-02", "Amman", Provenance("s", 3, 4, "y", 1e-05))))
    fast = set(union_graph(rdfio.to_dataset(rdfio.article_quads(f))))
    ref = set(union_graph(rdfio.to_dataset(rdfio.article_quads(f, reference=True))))
    assert fast == ref, (fast - ref, ref - fast)


def test_triples_made_for_validation_are_reused_once_and_bounded(monkeypatch):
    """kg load makes an article's triples to validate it and again to write it:
    the second call for the same facts object takes the first one's (a copy)."""
    from kg import rdfquads

    monkeypatch.setattr(rdfquads, "_memo", {})
    monkeypatch.setattr(rdfquads, "_memo_size", 0)
    f = sample_facts("m1")
    rdfquads.article_triples(f)
    assert not rdfquads._memo  # only validation keeps them
    first = rdfquads.article_triples(f, keep=True)
    assert id(f) in rdfquads._memo
    second = rdfquads.article_triples(f)
    assert second == first and second is not first
    assert id(f) not in rdfquads._memo and rdfquads._memo_size == 0
    # an equal but other object is made again, not taken
    g = sample_facts("m1")
    rdfquads.article_triples(f, keep=True)
    assert rdfquads.article_triples(g) == first and id(f) in rdfquads._memo
    # the memo never holds more than its limit
    monkeypatch.setattr(rdfquads, "_MEMO_LIMIT", len(first) + 1)
    for k in range(5):
        rdfquads.article_triples(sample_facts(f"n{k}"), keep=True)
    assert rdfquads._memo_size <= len(first) + 1 and len(rdfquads._memo) == 1


def test_a_store_from_files_has_the_merge_as_default_graph(tmp_path):
    """open_store (in memory or kept): named graphs kept, the default graph the
    merge (a set) of them, made by a SPARQL update or by the bulk loader alike;
    kg sparql's text query on a store without it merges first."""
    import pyoxigraph as ox

    from kg import queries

    path = tmp_path / "d.trig"
    with path.open("wb") as fh:
        rdfio.write_facts([sample_facts("s1"), sample_facts("s2")], fh, "trig")
    store = rdfio.open_store([str(path)])
    kept = rdfio.open_store([str(path)], tmp_path / "st")
    default = lambda s: set(s.quads_for_pattern(None, None, None, ox.DefaultGraph()))  # noqa: E731
    named = {ox.Quad(q.subject, q.predicate, q.object) for q in store
             if not isinstance(q.graph_name, ox.DefaultGraph)}
    assert default(store) == default(kept) == named
    merged = rdfio.open_store([str(path)], named=False)
    assert set(merged) == named  # the merge, and no named graph
    bare = ox.Store()
    bare.bulk_load(path=str(path), format=ox.RdfFormat.TRIG)
    q = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    assert queries.run_sparql_text(bare, q)[0]["n"] == len(named)
