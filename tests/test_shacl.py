"""kg.shacl (shapes compiled and checked on plain triples) against pySHACL, the reference.

For every constraint of every shape in ontology/shapes.ttl, a conforming article graph
is broken in the way that constraint forbids; both engines must then report the same
(focus node, path, message) results, and neither may report anything on the intact graph.
The cases are derived from the compiled shapes, so a constraint added to shapes.ttl gets
its case without editing this file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from factories import sample_facts
from rdflib import RDF, XSD, Graph, Literal, URIRef
from rdflib.namespace import SH

from kg import shacl
from kg.model import ArticleFacts
from kg.ontology import shapes_graph
from kg.rdf import article_graph
from kg.rdfquads import article_triples
from kg.validate import validate, validate_graph

Mutation = Callable[[Graph], None]


def _reference(g: Graph) -> set[tuple[str, str | None, str]]:
    _, results = validate_graph(g)
    return {(r.focus, r.path, r.message) for r in results}


def _fast(g: Graph) -> set[tuple[str, str | None, str]]:
    return {(r.focus, r.path, r.message) for r in shacl.check(shacl.triples_of(g))}


def _base() -> Graph:
    return article_graph(sample_facts())


def _focus(g: Graph, shape: shacl.NodeShape) -> URIRef:
    data = shacl._Data(shacl.triples_of(g))
    nodes = sorted(n for n in shacl._focus_nodes(shape, data) if isinstance(n, str))
    assert nodes, f"the sample facts give no focus node for {shape.iri}: extend them"
    return URIRef(nodes[0])


def _other_values(ps: shacl.PropertyShape, n: int) -> list[Literal | URIRef]:
    """n values of the right kind, new to the graph (for maxCount)."""
    if ps.classes or ps.in_ is not None:
        return [URIRef(f"https://example.org/another{k}") for k in range(n)]
    if ps.datatype == str(XSD.date):
        return [Literal(f"2001-02-{k + 1:02d}", datatype=XSD.date) for k in range(n)]
    if ps.datatype in (str(XSD.decimal), str(XSD.nonNegativeInteger)):
        return [Literal(str(k + 1), datatype=URIRef(ps.datatype)) for k in range(n)]
    return [Literal(f"another value {k}") for k in range(n)]


def _replacing(shape: shacl.NodeShape, p: URIRef, value: Literal | URIRef) -> Mutation:
    def go(g: Graph) -> None:
        node = _focus(g, shape)
        g.remove((node, p, None))
        g.add((node, p, value))
    return go


def _cases() -> Iterator[tuple[str, str, Mutation]]:
    shapes = shacl.compile_shapes(shapes_graph())
    for shape in shapes:
        name = shape.iri.rsplit("#", 1)[-1]
        if shape.xone:
            def no_type(g: Graph, shape: shacl.NodeShape = shape) -> None:
                node = _focus(g, shape)
                for member in shape.xone:
                    for cls in member:
                        g.remove((node, RDF.type, URIRef(cls)))

            def two_types(g: Graph, shape: shacl.NodeShape = shape) -> None:
                node = _focus(g, shape)
                for member in shape.xone:
                    for cls in member:
                        g.add((node, RDF.type, URIRef(cls)))
            yield name, "xone: none", no_type
            yield name, "xone: several", two_types
        for ps in shape.properties:
            p = URIRef(ps.path)
            label = ps.path.rsplit("/", 1)[-1].rsplit("#", 1)[-1]

            def drop(g: Graph, shape: shacl.NodeShape = shape, p: URIRef = p) -> None:
                g.remove((_focus(g, shape), p, None))

            def extra(g: Graph, shape: shacl.NodeShape = shape, p: URIRef = p,
                      ps: shacl.PropertyShape = ps) -> None:
                node = _focus(g, shape)
                for v in _other_values(ps, (ps.max_count or 0) + 1):
                    g.add((node, p, v))

            def replace(value: Literal | URIRef, shape: shacl.NodeShape = shape,
                        p: URIRef = p) -> Mutation:
                return _replacing(shape, p, value)

            if ps.min_count:
                yield name, f"{label}: missing", drop
            if ps.max_count is not None:
                yield name, f"{label}: too many", extra
            if ps.datatype is not None:
                yield name, f"{label}: other datatype", replace(
                    Literal("7", datatype=XSD.gYear))
                if ps.datatype != str(XSD.string):  # see test_same_results_as_pyshacl
                    yield name, f"{label}: ill-formed", replace(
                        Literal("not-valid", datatype=URIRef(ps.datatype)))
            if ps.min_length:
                yield name, f"{label}: empty", replace(Literal(""))
            if ps.classes:
                yield name, f"{label}: not of its class", replace(
                    URIRef("https://example.org/untyped"))
                yield name, f"{label}: a literal", replace(Literal("a name"))
            if ps.in_ is not None:
                yield name, f"{label}: not allowed", replace(URIRef("https://example.org/other"))
            if ps.min_incl is not None:
                yield name, f"{label}: below", replace(
                    Literal(str(ps.min_incl - 1), datatype=XSD.decimal))
            if ps.max_incl is not None:
                yield name, f"{label}: above", replace(
                    Literal(str(ps.max_incl + 1), datatype=XSD.decimal))
            for other in ps.less_eq:
                def after(g: Graph, shape: shacl.NodeShape = shape, p: URIRef = p,
                          other: str = other) -> None:
                    node = _focus(g, shape)
                    g.set((node, p, Literal(50, datatype=XSD.nonNegativeInteger)))
                    g.set((node, URIRef(other), Literal(10, datatype=XSD.nonNegativeInteger)))
                yield name, f"{label}: after {other}", after


CASES = list(_cases())


def _shape(name: str) -> shacl.NodeShape:
    return next(s for s in shacl.kg_shapes() if s.iri.endswith("#" + name))


def test_kg_shapes_compile() -> None:
    """The shapes kg ships are all interpreted, so the fast path is the one that runs."""
    assert len(shacl.kg_shapes()) == len(set(shapes_graph().subjects(RDF.type, SH.NodeShape)))


def test_every_constraint_has_a_case() -> None:
    kinds = {kind.split(": ")[-1] for _, kind, _ in CASES}
    assert {"missing", "too many", "other datatype", "ill-formed", "empty", "not of its class",
            "not allowed", "below", "above", "none", "several"} <= kinds
    assert any("after" in kind for _, kind, _ in CASES)


def test_intact_graph_conforms_in_both() -> None:
    g = _base()
    assert _reference(g) == set()
    assert _fast(g) == set()


@pytest.mark.parametrize(("shape", "kind", "mutate"), CASES,
                         ids=[f"{s}-{k}" for s, k, _ in CASES])
def test_same_results_as_pyshacl(shape: str, kind: str, mutate: Mutation) -> None:
    g = _base()
    mutate(g)
    try:
        expected = _reference(g)
    except TypeError:  # pySHACL's sh:lessThanOrEquals cannot compare an ill-typed literal
        pytest.skip("pySHACL fails on this graph")
    assert expected, f"{shape} {kind}: the mutation should violate the shape"
    got = _fast(g)
    if kind.endswith("ill-formed"):
        # pySHACL's comparisons (sh:lessThanOrEquals) of ill-typed literals are erratic;
        # the datatype verdict on the broken property is what both must give
        path = next(ps.path for ps in _shape(shape).properties if ps.path.endswith(
            kind.split(":")[0]))
        expected = {r for r in expected if r[1] == path}
        got = {r for r in got if r[1] == path}
    # pySHACL words its own messages where a shape gives none; compare those by place only
    assert {(f, p) for f, p, _ in got} == {(f, p) for f, p, _ in expected}
    worded = {m for _, _, m in expected if not m.startswith(("Value ", "Node ", "Less ", "More "))}
    assert worded <= {m for _, _, m in got}


def test_plain_triples_match_the_rdflib_graph() -> None:
    """kg.validate checks kg.rdfquads' triples; they are the graph pySHACL would see."""
    facts = sample_facts()
    assert set(article_triples(facts)) == set(shacl.triples_of(article_graph(facts)))


def test_unsupported_shapes_are_refused() -> None:
    g = Graph().parse(data="""
        @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <https://example.org/> .
        ex:S a sh:NodeShape ; sh:targetClass ex:C ;
            sh:property [ sh:path ex:p ; sh:pattern "^a" ] .""", format="turtle")
    with pytest.raises(shacl.UnsupportedShapeError, match="pattern"):
        shacl.compile_shapes(g)
    g2 = Graph().parse(data="""
        @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <https://example.org/> .
        ex:S a sh:NodeShape ; sh:targetClass ex:C ;
            sh:property [ sh:path ( ex:p ex:q ) ; sh:minCount 1 ] .""", format="turtle")
    with pytest.raises(shacl.UnsupportedShapeError, match="single IRI path"):
        shacl.compile_shapes(g2)


def test_subclass_in_the_data_counts_for_targets_and_classes() -> None:
    g = Graph().parse(data="""
        @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <https://example.org/> .
        ex:S a sh:NodeShape ; sh:targetClass ex:C ;
            sh:property [ sh:path ex:p ; sh:class ex:D ; sh:minCount 1 ] .""", format="turtle")
    shapes = shacl.compile_shapes(g)
    data = Graph().parse(data="""
        @prefix ex: <https://example.org/> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        ex:Sub rdfs:subClassOf ex:C . ex:DSub rdfs:subClassOf ex:D .
        ex:a a ex:Sub ; ex:p ex:b . ex:b a ex:DSub .
        ex:c a ex:Sub ; ex:p ex:d .""", format="turtle")
    found = {(r.focus, r.component) for r in shacl.check(shacl.triples_of(data), shapes)}
    assert found == {("https://example.org/c", "Class")}


def _bad_facts() -> ArticleFacts:
    from dataclasses import replace

    facts = sample_facts()
    ev = facts.events[0]
    return replace(facts, events=(replace(ev, type="Picnic"),),
                   commitments=(replace(facts.commitments[0], status="maybe"),))


def test_validate_rejects_with_the_shape_messages() -> None:
    (report,) = validate([_bad_facts()])
    reasons = {r.section: r.reasons for r in report.rejected}
    assert set(reasons) == {"events", "commitments"}
    assert any("an event's type is one of" in m for m in reasons["events"])
    assert any("a commitment's status is one of" in m for m in reasons["commitments"])
    assert len(report.accepted.statements) == 2 and not report.accepted.events


def test_both_engines_give_the_same_reports() -> None:
    from dataclasses import replace

    good, bad = sample_facts("a1"), _bad_facts()
    actors = sample_facts().actors  # an actor no knowledge base types: its type stands
    broken_actor = replace(sample_facts("a3"), actors=(
        *actors[:2], replace(actors[2], type="Planet")))
    batch = [good, bad, broken_actor]
    compiled = validate(batch)
    reference = validate(batch, engine="pyshacl")
    assert [r.accepted for r in compiled] == [r.accepted for r in reference]
    assert [r.rejected for r in compiled] == [r.rejected for r in reference]
    assert compiled[2].rejected and not compiled[0].rejected


def test_unknown_engine_is_refused() -> None:
    with pytest.raises(ValueError, match="compiled or pyshacl"):
        validate([sample_facts()], engine="fast")
