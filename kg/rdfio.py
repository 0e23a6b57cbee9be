"""Streaming RDF writing and reading with pyoxigraph (linear at corpus scale).

kg.rdf maps one article's facts to triples (rdflib terms, the public API);
this module turns them into pyoxigraph quads in the article's named graph and
writes them article by article, so writing n articles costs time linear in n
and memory for one article. rdflib's own serializers group a whole Dataset in
memory and its TriG writer is quadratic in the number of named graphs.

- ``article_quads(facts)``: the article's quads (kg.rdf.article_graph, fed to a
  sink that converts rdflib terms to oxigraph terms as they are added).
- ``QuadWriter(stream, fmt)``: ``write(quads)`` per article, ``close()``.
  TriG, N-Quads, Turtle and N-Triples through pyoxigraph's serializer; JSON-LD
  through a small streaming writer of compacted JSON-LD (one ``@graph`` object
  per article) with the ``@context`` of ontology/context.jsonld embedded, or
  referenced by URL.
- ``write_facts(batch, path, fmt)``: facts straight to a file.
- ``read_quads(path, fmt)``, ``to_dataset(quads)``, ``from_rdflib(quads)``:
  conversions at the edge for users who want an rdflib Dataset.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import IO, Any

import pyoxigraph as ox
from rdflib import BNode, Dataset, Literal, URIRef
from rdflib import Graph as RGraph

from kg import ids
from kg.model import ArticleFacts
from kg.rdf import article_graph
from kg.vocab import DCTERMS, KG, NIF, ORG, OWL, PROV, RDF, SDO, SEM, SKOS, WD, XSD

PREFIXES = {"kg": str(KG), "org": str(ORG), "prov": str(PROV), "schema": str(SDO),
            "skos": str(SKOS), "sem": str(SEM), "nif": str(NIF), "dcterms": str(DCTERMS),
            "wd": str(WD), "owl": str(OWL), "xsd": str(XSD), "rdf": str(RDF),
            "kgid": ids.BASE}

#: kg's format names (as kg.loaders.rdf.format_for gives them) → pyoxigraph's.
OX_FORMATS = {"trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS,
              "turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES,
              "json-ld": ox.RdfFormat.JSON_LD}
QUAD_FORMATS = {"trig", "nquads", "json-ld"}
_XSD_STRING = str(XSD.string)
_LANG_STRING = str(RDF.langString)


# ------------------------------------------------------------------ terms
@lru_cache(maxsize=200_000)
def _iri(value: str) -> ox.NamedNode:
    return ox.NamedNode(value)


def to_ox(term: Any) -> Any:
    """An rdflib term as a pyoxigraph term."""
    if type(term) is URIRef:
        return _iri(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        dt = term.datatype
        if dt is None or str(dt) == _XSD_STRING:
            return ox.Literal(str(term))
        return ox.Literal(str(term), datatype=_iri(str(dt)))
    if isinstance(term, URIRef):
        return _iri(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def to_rdflib(term: Any) -> Any:
    """A pyoxigraph term as an rdflib term (None for the default graph)."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value
        return Literal(term.value, datatype=None if dt == _XSD_STRING else URIRef(dt))
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.DefaultGraph):
        return None
    raise TypeError(f"not an RDF term: {term!r}")


class _Sink:
    """What kg.rdf.article_graph adds triples to: collects them as oxigraph
    quads in one graph, once each (a Graph is a set)."""

    def __init__(self, graph: Any) -> None:
        self.graph = graph
        self.quads: dict[ox.Quad, None] = {}

    def add(self, triple: tuple[Any, Any, Any]) -> _Sink:
        s, p, o = triple
        self.quads[ox.Quad(to_ox(s), to_ox(p), to_ox(o), self.graph)] = None
        return self


def article_quads(facts: ArticleFacts, named: bool = True) -> list[ox.Quad]:
    """The article's quads in its named graph (``named=False``: the default graph)."""
    graph = _iri(str(ids.graph_iri(facts.article.id))) if named else ox.DefaultGraph()
    sink = _Sink(graph)
    article_graph(facts, sink)  # type: ignore[arg-type]
    return list(sink.quads)


def from_rdflib(ds: Dataset | RGraph) -> Iterator[ox.Quad]:
    """The quads of an rdflib Dataset (or the triples of a Graph, in the default graph)."""
    if isinstance(ds, Dataset):
        default = ds.default_graph.identifier
        for s, p, o, g in ds.quads((None, None, None, None)):
            gid = g.identifier if isinstance(g, RGraph) else g
            name = ox.DefaultGraph() if gid is None or gid == default else to_ox(gid)
            yield ox.Quad(to_ox(s), to_ox(p), to_ox(o), name)
    else:
        for s, p, o in ds:
            yield ox.Quad(to_ox(s), to_ox(p), to_ox(o), ox.DefaultGraph())


def to_dataset(quads: Iterable[ox.Quad], ds: Dataset | None = None) -> Dataset:
    """Quads as an rdflib Dataset (for users who want rdflib)."""
    ds = ds if ds is not None else Dataset()
    from kg.rdf import bind

    bind(ds)
    graphs: dict[Any, RGraph] = {}
    for q in quads:
        key = q.graph_name
        g = graphs.get(key)
        if g is None:
            name = to_rdflib(key)
            g = graphs[key] = ds.default_graph if name is None else ds.graph(name)
        g.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))
    return ds


# ------------------------------------------------------------------ JSON-LD
@lru_cache(maxsize=1)
def context() -> dict[str, Any]:
    """The JSON-LD @context shipped in ontology/context.jsonld."""
    text = (resources.files("kg.ontology") / "context.jsonld").read_text(encoding="utf-8")
    return json.loads(text)["@context"]  # type: ignore[no-any-return]


#: Where the context is published (``kg export --context-url``).
CONTEXT_URL = "https://w3id.org/kg/context.jsonld"


class _Compactor:
    def __init__(self, ctx: dict[str, Any]) -> None:
        pre = [(v, k) for k, v in ctx.items() if isinstance(v, str) and v.endswith(("#", "/"))]
        self.prefixes = sorted(pre, key=lambda x: -len(x[0]))
        self.cache: dict[str, str] = {}

    def iri(self, value: str) -> str:
        out = self.cache.get(value)
        if out is None:
            out = value
            for ns, prefix in self.prefixes:
                if value.startswith(ns):
                    local = value[len(ns):]
                    # a compact IRI must not look like a scheme or hold what JSON-LD splits on
                    if local and not local.startswith("//") and "#" not in local:
                        out = f"{prefix}:{local}"
                    break
            self.cache[value] = out
        return out

    def ref(self, term: Any) -> str:
        if isinstance(term, ox.BlankNode):
            return f"_:{term.value}"
        return self.iri(term.value)

    def value(self, term: Any) -> Any:
        if isinstance(term, ox.Literal):
            if term.language:
                return {"@value": term.value, "@language": term.language}
            dt = term.datatype.value
            if dt == _XSD_STRING:
                return term.value
            return {"@value": term.value, "@type": self.iri(dt)}
        return {"@id": self.ref(term)}


def _nodes(quads: Iterable[ox.Quad], c: _Compactor) -> list[dict[str, Any]]:
    nodes: dict[Any, dict[str, Any]] = {}
    rdf_type = str(RDF.type)
    for q in quads:
        node = nodes.get(q.subject)
        if node is None:
            node = nodes[q.subject] = {"@id": c.ref(q.subject)}
        if q.predicate.value == rdf_type and not isinstance(q.object, ox.Literal):
            node.setdefault("@type", []).append(c.ref(q.object))
        else:
            node.setdefault(c.iri(q.predicate.value), []).append(c.value(q.object))
    return list(nodes.values())


class _JSONLDWriter:
    def __init__(self, out: IO[bytes], context_url: str | None = None) -> None:
        self.out = out
        self.c = _Compactor(context())
        head = {"@context": context_url or context()}
        self.out.write((json.dumps(head, ensure_ascii=False)[:-1]
                        + ', "@graph": [\n').encode("utf-8"))
        self.first = True

    def write(self, quads: list[ox.Quad]) -> None:
        by_graph: dict[Any, list[ox.Quad]] = {}
        for q in quads:
            by_graph.setdefault(q.graph_name, []).append(q)
        for name, qs in by_graph.items():
            nodes = _nodes(qs, self.c)
            items = nodes if isinstance(name, ox.DefaultGraph) else \
                [{"@id": self.c.ref(name), "@graph": nodes}]
            for item in items:
                sep = "" if self.first else ",\n"
                self.first = False
                self.out.write((sep + json.dumps(item, ensure_ascii=False)).encode("utf-8"))

    def close(self) -> None:
        self.out.write(b"\n]}\n")


# ------------------------------------------------------------------ writing
class QuadWriter:
    """Writes quads to a binary stream article by article, in kg format ``fmt``
    (trig, nquads, turtle, nt, json-ld). Triple formats drop the graph names."""

    def __init__(self, out: IO[bytes], fmt: str, context_url: str | None = None) -> None:
        if fmt not in OX_FORMATS:
            raise ValueError(f"unknown RDF format {fmt!r}")
        self.out = out
        self.fmt = fmt
        self.count = 0
        self.jsonld = _JSONLDWriter(out, context_url) if fmt == "json-ld" else None
        self.started = False

    def write(self, quads: list[ox.Quad]) -> None:
        self.count += len(quads)
        if self.jsonld is not None:
            self.jsonld.write(quads)
            return
        fmt = OX_FORMATS[self.fmt]
        items: list[Any] = quads
        if self.fmt in ("turtle", "nt"):
            items = [ox.Triple(q.subject, q.predicate, q.object) for q in quads]
        if self.fmt in ("trig", "turtle"):
            # one prefix block at the top; later articles use the same prefixes
            text = ox.serialize(items, format=fmt, prefixes=PREFIXES) or b""
            if self.started:
                text = _strip_prefixes(text)
        else:
            text = ox.serialize(items, format=fmt) or b""
        self.started = True
        self.out.write(text)

    def close(self) -> None:
        if self.jsonld is not None:
            self.jsonld.close()


def _strip_prefixes(text: bytes) -> bytes:
    """pyoxigraph's Turtle/TriG without the @prefix lines it starts with."""
    pos = 0
    while text.startswith(b"@prefix ", pos):
        pos = text.index(b"\n", pos) + 1
    return text[pos:]


def write_facts(batch: Iterable[ArticleFacts], out: IO[bytes], fmt: str,
                context_url: str | None = None) -> int:
    """Write each article's quads to ``out`` as it comes; the number of quads."""
    w = QuadWriter(out, fmt, context_url)
    named = fmt in QUAD_FORMATS
    for facts in batch:
        w.write(article_quads(facts, named))
    w.close()
    return w.count


# ------------------------------------------------------------------ reading
def read_quads(path: str | Path, fmt: str) -> Iterator[ox.Quad]:
    """The quads of an RDF file (pyoxigraph's parser, streaming)."""
    for q in ox.parse(path=str(path), format=OX_FORMATS[fmt]):
        if isinstance(q, ox.Triple):
            yield ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph())
        else:
            yield q


__all__ = ["CONTEXT_URL", "OX_FORMATS", "PREFIXES", "QUAD_FORMATS", "QuadWriter",
           "article_quads", "context", "from_rdflib", "read_quads", "to_dataset", "to_ox",
           "to_rdflib", "write_facts"]
