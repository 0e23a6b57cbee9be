"""Streaming RDF writing and reading with pyoxigraph (linear at corpus scale).

kg.rdf maps one article's facts to triples (rdflib terms, the public API);
this module turns them into pyoxigraph quads in the article's named graph and
writes them article by article, so writing n articles costs time linear in n
and memory for one article. rdflib's own serializers group a whole Dataset in
memory and its TriG writer is quadratic in the number of named graphs.

- ``article_quads(facts)``: the article's quads (kg.rdfquads, which tests hold
  to kg.rdf.article_graph's triples).
- ``Writer(stream, fmt)``: ``write(triples, graph)`` per article (or
  ``write_quads`` for oxigraph quads), ``close()``. TriG, N-Quads, Turtle and
  N-Triples are written as text directly (line-oriented; one prefix block, full
  IRIs in the body); JSON-LD compacted (one ``@graph`` object per article) with
  the ``@context`` of ontology/context.jsonld embedded, or referenced by URL.
  pyoxigraph parses, stores and queries (building a pyoxigraph object per quad
  in Python costs more than writing the text).
- ``write_facts(batch, path, fmt)``: facts straight to a file.
- ``read_quads(path, fmt)``, ``to_dataset(quads)``, ``from_rdflib(quads)``:
  conversions at the edge for users who want an rdflib Dataset.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Collection, Iterable, Iterator
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import IO, Any

import pyoxigraph as ox
from rdflib import BNode, Dataset, Literal, URIRef
from rdflib import Graph as RGraph

from kg import ids, rdfquads
from kg.model import ArticleFacts
from kg.rdf import article_graph
from kg.rdfquads import Lit, Triple
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


def article_quads(facts: ArticleFacts, named: bool = True,
                  reference: bool = False) -> list[ox.Quad]:
    """The article's quads in its named graph (``named=False``: the default graph),
    built by kg.rdfquads; ``reference=True`` builds them through kg.rdf (rdflib
    terms, slower), the mapping kg.rdfquads must match."""
    if not reference:
        return to_quads(rdfquads.article_triples(facts),
                        str(ids.graph_iri(facts.article.id)) if named else None)
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


# ------------------------------------------------------------------ plain triples → text
_ESC = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})
_IRI_BAD = re.compile(r'[<>"{}|^`\\\x00-\x20]')


@lru_cache(maxsize=200_000)
def _iri_text(value: str) -> str:
    if _IRI_BAD.search(value):  # never in the IRIs kg makes; escaped if it were
        value = _IRI_BAD.sub(lambda m: f"\\u{ord(m.group()):04X}", value)
    return f"<{value}>"


def _node_text(value: str) -> str:
    return value if value.startswith("_:") else _iri_text(value)


def _object_text(o: str | Lit) -> str:
    if type(o) is str:
        return _node_text(o)
    return _literal_text(o)  # type: ignore[arg-type]


@lru_cache(maxsize=100_000)
def _literal_text(o: Lit) -> str:
    lex = o.value.translate(_ESC)  # type: ignore[union-attr]
    dt = o.datatype  # type: ignore[union-attr]
    if dt is None:
        return f'"{lex}"'
    if dt.startswith("@"):
        return f'"{lex}"{dt}'  # a language tag
    return f'"{lex}"^^<{dt}>'


def nquads_text(triples: Iterable[Triple], graph: str | None) -> str:
    """Triples as N-Quads lines in ``graph`` (None: N-Triples lines, the default graph)."""
    g = f" {_iri_text(graph)} .\n" if graph else " .\n"
    iri, obj = _iri_text, _object_text
    return "".join(f"{iri(s)} {iri(p)} {obj(o)}{g}" if s[0] != "_" else
                   f"{s} {iri(p)} {obj(o)}{g}" for s, p, o in triples)


_TURTLE_PREFIXES = "".join(f"@prefix {k}: <{v}> .\n" for k, v in PREFIXES.items()) + "\n"


def _turtle_body(triples: Iterable[Triple], indent: str) -> str:
    """Triples grouped by subject (``;``), full IRIs: valid Turtle and TriG."""
    parts: list[str] = []
    last = None
    for s, p, o in triples:
        if s == last:
            parts.append(f" ;\n{indent}    {_iri_text(p)} {_object_text(o)}")
        else:
            if last is not None:
                parts.append(" .\n")
            parts.append(f"{indent}{_node_text(s)} {_iri_text(p)} {_object_text(o)}")
            last = s
    if last is not None:
        parts.append(" .\n")
    return "".join(parts)


def from_quads(quads: Iterable[ox.Quad]) -> Iterator[tuple[str | None, list[Triple]]]:
    """oxigraph quads as (graph, plain triples) runs, one per run of the same graph."""
    def plain(t: Any) -> Any:
        if isinstance(t, ox.Literal):
            if t.language:
                return Lit(t.value, "@" + t.language)
            dt = t.datatype.value
            return Lit(t.value, None if dt == _XSD_STRING else dt)
        if isinstance(t, ox.BlankNode):
            return f"_:{t.value}"
        return t.value

    for name, run in itertools.groupby(quads, key=lambda q: q.graph_name):
        graph = None if isinstance(name, ox.DefaultGraph) else plain(name)
        yield graph, [(plain(q.subject), q.predicate.value, plain(q.object)) for q in run]


def to_quads(triples: Iterable[Triple], graph: str | None) -> list[ox.Quad]:
    """Plain triples as oxigraph quads (parsed from N-Quads text by pyoxigraph)."""
    text = nquads_text(triples, graph).encode("utf-8")
    return [q if isinstance(q, ox.Quad) else ox.Quad(q.subject, q.predicate, q.object)
            for q in ox.parse(text, format=ox.RdfFormat.N_QUADS)]


# ------------------------------------------------------------------ JSON-LD
@lru_cache(maxsize=1)
def context() -> dict[str, Any]:
    """The JSON-LD @context shipped in ontology/context.jsonld."""
    text = (resources.files("kg.ontology") / "context.jsonld").read_text(encoding="utf-8")
    return json.loads(text)["@context"]  # type: ignore[no-any-return]


#: Where the context is published (``kg export --context-url``).
CONTEXT_URL = "https://w3id.org/kg/context.jsonld"


class _Compactor:
    """IRIs as compact IRIs of the context's prefixes, and objects as JSON-LD values.

    Both are remembered (dict lookups are most of the work), and forgotten when the
    memory passes ``limit`` entries, so a long export stays in constant memory."""

    def __init__(self, ctx: dict[str, Any], limit: int = 200_000) -> None:
        pre = [(v, k) for k, v in ctx.items() if isinstance(v, str) and v.endswith(("#", "/"))]
        self.prefixes = sorted(pre, key=lambda x: -len(x[0]))
        self.limit = limit
        self.iris: dict[str, str] = {}
        self.values: dict[Any, Any] = {}

    def iri(self, value: str) -> str:
        out = self.iris.get(value)
        if out is None:
            if len(self.iris) >= self.limit:
                self.iris.clear()
            out = self.iris[value] = self._compact(value)
        return out

    def _compact(self, value: str) -> str:
        for ns, prefix in self.prefixes:
            if value.startswith(ns):
                local = value[len(ns):]
                # a compact IRI must not look like a scheme or hold what JSON-LD splits on
                if local and not local.startswith("//") and "#" not in local:
                    return f"{prefix}:{local}"
                break
        return value

    def value(self, o: str | Lit) -> Any:
        if type(o) is not str and o[1] is None:  # type: ignore[index]
            return o[0]  # type: ignore[index]  # a plain string: itself
        out = self.values.get(o)
        if out is None:
            if len(self.values) >= self.limit:
                self.values.clear()
            out = self.values[o] = self._value(o)
        return out

    def _value(self, o: str | Lit) -> Any:
        if type(o) is str:
            return {"@id": self.iri(o)}
        lex, dt = o  # type: ignore[misc,str-unpack]
        if dt is None:
            return lex
        if dt.startswith("@"):
            return {"@value": lex, "@language": dt[1:]}
        return {"@value": lex, "@type": self.iri(dt)}


_RDF_TYPE = str(RDF.type)


def _nodes(triples: Iterable[Triple], c: _Compactor) -> list[dict[str, Any]]:
    nodes: dict[str, dict[str, Any]] = {}
    iri, value = c.iri, c.value
    for s, p, o in triples:
        node = nodes.get(s)
        if node is None:
            node = nodes[s] = {"@id": iri(s)}
        if p == _RDF_TYPE and type(o) is str:
            key, v = "@type", iri(o)
        else:
            key, v = iri(p), value(o)
        values = node.get(key)
        if values is None:
            node[key] = [v]
        else:
            values.append(v)
    return list(nodes.values())


class _JSONLDWriter:
    """Compacted JSON-LD: the context, then one ``@graph`` object per named graph."""

    def __init__(self, out: IO[bytes], context_url: str | None = None) -> None:
        self.out = out
        self.c = _Compactor(context())
        self.dumps = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode
        head = {"@context": context_url or context()}
        self.out.write((json.dumps(head, ensure_ascii=False)[:-1]
                        + ', "@graph": [\n').encode("utf-8"))
        self.first = True

    def write(self, triples: list[Triple], graph: str | None) -> None:
        nodes = _nodes(triples, self.c)
        items = nodes if graph is None else [{"@id": self.c.iri(graph), "@graph": nodes}]
        text = ",\n".join(map(self.dumps, items))
        if text:
            self.out.write(((",\n" if not self.first else "") + text).encode("utf-8"))
            self.first = False

    def close(self) -> None:
        self.out.write(b"\n]}\n")


# ------------------------------------------------------------------ writing
def graph_text(triples: list[Triple], graph: str | None, fmt: str) -> str:
    """One graph's triples as text in a line-oriented format (trig, nquads, turtle,
    nt), full IRIs, no prefix block: what Writer writes per graph, and what may be
    appended to such a file."""
    if fmt == "nquads":
        return nquads_text(triples, graph)
    if fmt == "nt":
        return nquads_text(triples, None)
    if fmt == "trig" and graph is not None:
        return f"{_node_text(graph)} {{\n{_turtle_body(triples, '    ')}}}\n\n"
    return _turtle_body(triples, "") + "\n"


class Writer:
    """Writes triples to a binary stream a graph (an article) at a time, in kg
    format ``fmt`` (trig, nquads, turtle, nt, json-ld); triple formats drop the
    graph names. Text is made directly (the formats are line-oriented), so time
    is linear and memory is one article's."""

    def __init__(self, out: IO[bytes], fmt: str, context_url: str | None = None) -> None:
        if fmt not in OX_FORMATS:
            raise ValueError(f"unknown RDF format {fmt!r}")
        self.out = out
        self.fmt = fmt
        self.count = 0
        self.jsonld = _JSONLDWriter(out, context_url) if fmt == "json-ld" else None
        if fmt in ("trig", "turtle"):
            out.write(_TURTLE_PREFIXES.encode("utf-8"))

    def write(self, triples: list[Triple], graph: str | None = None) -> None:
        self.count += len(triples)
        if self.jsonld is not None:
            self.jsonld.write(triples, graph)
            return
        self.out.write(graph_text(triples, graph, self.fmt).encode("utf-8"))

    def write_quads(self, quads: Iterable[ox.Quad]) -> None:
        """oxigraph quads (e.g. a store's), one graph's run at a time."""
        for graph, triples in from_quads(quads):
            self.write(triples, graph)

    def close(self) -> None:
        if self.jsonld is not None:
            self.jsonld.close()


def write_facts(batch: Iterable[ArticleFacts], out: IO[bytes], fmt: str,
                context_url: str | None = None) -> int:
    """Write each article's triples to ``out`` as it comes; the number of quads."""
    w = Writer(out, fmt, context_url)
    named = fmt in QUAD_FORMATS
    for facts in batch:
        w.write(rdfquads.article_triples(facts),
                str(ids.graph_iri(facts.article.id)) if named else None)
    w.close()
    return w.count


# ------------------------------------------------------------------ reading
SUFFIXES = {".ttl": "turtle", ".turtle": "turtle", ".trig": "trig", ".nq": "nquads",
            ".nquads": "nquads", ".jsonld": "json-ld", ".json-ld": "json-ld", ".nt": "nt"}


def rdf_sources(paths: Iterable[str]) -> list[tuple[Path, str]]:
    """RDF files (with their kg format) from files, folders (e.g. an ``rdf:DIR``:
    the RDF files in it) and globs; ``rdf:`` in front is allowed. A path that
    names nothing is an InputError."""
    from kg.errors import InputError
    from kg.files import named_files

    out: list[tuple[Path, str]] = []
    for raw in paths:
        found = False
        for m in named_files(raw, SUFFIXES):
            fmt = SUFFIXES.get(m.suffix.lower())
            if fmt is None:
                raise InputError(str(m), "cannot tell the RDF format from the suffix",
                                 hint="name it .trig, .nq, .ttl, .nt or .jsonld")
            out.append((m, fmt))
            found = True
        if not found:
            raise InputError(raw, "no such file, or no RDF files in it",
                             hint="give RDF files (.trig .nq .ttl .nt .jsonld), folders of "
                                  "them, or a quoted glob")
    return out


def read_quads(path: str | Path, fmt: str) -> Iterator[ox.Quad]:
    """The quads of an RDF file (pyoxigraph's parser, streaming); a file that does
    not parse is an InputError naming it."""
    from kg.errors import InputError

    try:
        for q in ox.parse(path=str(path), format=OX_FORMATS[fmt]):
            if isinstance(q, ox.Triple):
                yield ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph())
            else:
                yield q
    except (SyntaxError, ValueError, OSError) as exc:
        raise InputError(str(path), f"not readable as {fmt} ({exc})") from exc


def export(sources: list[tuple[Path, str]], out: IO[bytes], fmt: str,
           context_url: str | None = None,
           warn: Any = None) -> dict[str, int]:
    """Merge RDF files into one dataset in ``fmt``, graph by graph as they are read:
    each named graph (one per article) is kept whole; a graph name met again in a
    later file is skipped (the first file wins) and told to ``warn``."""
    w = Writer(out, fmt, context_url)
    seen: dict[str, Path] = {}
    counts = {"files": 0, "graphs": 0, "quads": 0, "skipped": 0}
    for path, src_fmt in sources:
        counts["files"] += 1
        mine: set[str] = set()
        for graph, triples in from_quads(read_quads(path, src_fmt)):
            if graph is not None and graph not in mine:
                if graph in seen:
                    counts["skipped"] += 1
                    if warn:
                        warn(f"{path}: graph {graph} is also in {seen[graph]}; kept that one")
                    continue
                seen[graph] = path
                mine.add(graph)
                counts["graphs"] += 1
            w.write(triples, graph if fmt in QUAD_FORMATS else None)
            counts["quads"] += len(triples)
    w.close()
    return counts


# ------------------------------------------------------------------ the SPARQL store
MANIFEST = "kg-sources.json"


def open_store(paths: Iterable[str], store_dir: str | Path | None = None,
               note: Any = None, named: bool = True,
               only: Collection[str] | None = None) -> ox.Store:
    """A pyoxigraph store holding the RDF files ``paths`` name (files, folders,
    globs; see ``rdf_sources``), with each named graph kept: in memory, or kept in
    ``store_dir`` so the next query over the same files does not parse them again.

    The default graph is the merge of all graphs (what queries see without
    GRAPH), made once when the store is built (``merge_default``). Files are read
    leniently (IRIs are not checked again: kg reads them, it does not publish
    them), in memory in one transaction (faster there than the bulk loader).

    ``named=False`` (a store in memory for queries without GRAPH, as the named
    queries are): the merge only, no named graphs; each file's triples go
    through pyoxigraph as N-Triples text, which costs two thirds of loading the
    graphs and merging them (5 s CPU against 7.5 s on 3,000 articles).
    ``only`` (with ``named=False``; kg query passes ``kg.queries.vocabulary()``):
    only the triples whose predicate is one of these IRIs, and of the
    ``rdf:type`` ones only those whose class is: on kg's datasets under a third
    of the merged triples (169k of 583k on 3,000 articles), built in 1.6-2.1 s
    CPU instead of 5. A kept store (``store_dir``) and a store with its named
    graphs (``named=True``) hold every triple whatever ``only`` says: they serve
    any query, not just kg's.

    The kept store remembers each file's size and time; new files are added, and
    if a file it loaded changed or is gone it is rebuilt (``note`` is told)."""
    from kg.errors import InputError

    sources = rdf_sources(paths) if paths else []
    if store_dir is None:
        store = ox.Store()
        for path, fmt in sources:
            if named or (fmt not in QUAD_FORMATS and only is None):
                _load(store, path, fmt)
            else:
                _load_merged(store, path, fmt, only)
        if named:
            merge_default(store)
        return store
    folder = Path(store_dir)
    if not sources and not (folder / MANIFEST).exists():
        raise InputError(str(folder), "no kg store here",
                         hint="build one: --rdf FILES --store DIR")
    folder.mkdir(parents=True, exist_ok=True)
    store = ox.Store(str(folder))
    manifest_path = folder / MANIFEST
    known: dict[str, list[int]] = {}
    if manifest_path.exists():
        known = json.loads(manifest_path.read_text("utf-8"))
    if not sources:
        return store
    now = {str(p.resolve()): (p, fmt, _stamp(p)) for p, fmt in sources}
    changed = [k for k, stamp in known.items() if k in now and now[k][2] != stamp]
    gone = [k for k in known if k not in now]
    if changed or gone:
        if note:
            note(f"{len(changed)} files changed and {len(gone)} are not given: "
                 f"rebuilding the store in {folder}")
        store.clear()
        known = {}
    todo = [k for k in now if k not in known]
    for k in todo:
        path, fmt, stamp = now[k]
        _load(store, path, fmt, bulk=True)
        known[k] = stamp
    if todo:
        merge_default(store, bulk=True)
        store.optimize()
        store.flush()
        manifest_path.write_text(json.dumps(known), "utf-8")
    return store


_MERGE = "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"


def merge_default(store: ox.Store, bulk: bool = False) -> None:
    """The default graph becomes the merge (a set) of all graphs, as SPARQL's
    union is: querying a union of graphs instead repeats a triple once per
    article graph holding it (an actor's label), which multiplies rows and work
    (a twin projecting a busy actor's label: seconds to minutes on 3,000
    articles). In memory one SPARQL update (the copy made inside pyoxigraph);
    ``bulk`` (a store on disk) through the bulk loader, which skips the
    transaction log (measured on 3,000 articles: 40 s CPU against 65 s)."""
    if not bulk:
        store.update(_MERGE)
        return
    store.bulk_extend(ox.Quad(q.subject, q.predicate, q.object)
                      for q in store.quads_for_pattern(None, None, None, None)
                      if not isinstance(q.graph_name, ox.DefaultGraph))


_merge_default = merge_default  # the name tests and older callers use


def _stamp(path: Path) -> list[int]:
    st = path.stat()
    return [st.st_size, st.st_mtime_ns]


_RDF_TYPE_NODE = ox.NamedNode(str(RDF.type))


def _load_merged(store: ox.Store, path: Path, fmt: str,
                 only: Collection[str] | None = None) -> None:
    """A dataset file's triples into the store's default graph (a set), graph
    names dropped (``only``: the triples of these predicates, and rdf:type to
    these classes): parsed and written again as N-Triples by pyoxigraph."""
    from kg.errors import InputError

    try:
        quads = ox.parse(path=str(path), format=OX_FORMATS[fmt], lenient=True)
        if only is None:
            triples: Iterable[ox.Triple] = (q.triple for q in quads)
        else:
            keep = {ox.NamedNode(iri) for iri in only}
            rdf_type = _RDF_TYPE_NODE
            triples = (q.triple for q in quads
                       if (p := q.predicate) in keep and (p != rdf_type or q.object in keep))
        text = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
        store.load(text, format=ox.RdfFormat.N_TRIPLES, lenient=True)
    except (SyntaxError, ValueError, OSError) as exc:
        raise InputError(str(path), f"not readable as {fmt} ({exc})") from exc


def _load(store: ox.Store, path: Path, fmt: str, bulk: bool = False) -> None:
    """One file into the store: ``bulk`` (a kept store on disk) through
    pyoxigraph's bulk loader, else in one transaction (a store in memory, where
    it is the faster); leniently (IRIs are not validated again)."""
    from kg.errors import InputError

    try:
        if bulk:
            store.bulk_load(path=str(path), format=OX_FORMATS[fmt], lenient=True)
        else:
            store.load(path=str(path), format=OX_FORMATS[fmt], lenient=True)
    except (SyntaxError, ValueError, OSError) as exc:
        raise InputError(str(path), f"not readable as {fmt} ({exc})") from exc


__all__ = [
    "CONTEXT_URL",
    "OX_FORMATS",
    "PREFIXES",
    "QUAD_FORMATS",
    "Writer",
    "article_quads",
    "context",
    "from_quads",
    "from_rdflib",
    "graph_text",
    "merge_default",
    "nquads_text",
    "open_store",
    "read_quads",
    "to_dataset",
    "to_ox",
    "to_quads",
    "to_rdflib",
    "write_facts",
]
