"""kg's SHACL shapes, compiled once and checked directly on an article's triples.

pySHACL over an rdflib graph is the reference engine (``kg validate`` uses it on
files). Building that graph and running pySHACL cost more than the extraction
itself saves (about 17% on top of spaCy), so facts on their way to a writer are
checked here instead: the shapes in ``ontology/shapes.ttl`` stay the contract,
and this module interprets the part of SHACL Core they use, on the plain
triples of ``kg.rdfquads``:

- targets: ``sh:targetClass`` (instances, with ``rdfs:subClassOf`` in the data)
  and ``sh:targetObjectsOf``;
- property shapes whose ``sh:path`` is one IRI, with ``sh:minCount``,
  ``sh:maxCount``, ``sh:datatype`` (well-formed lexical forms included),
  ``sh:minLength``, ``sh:class``, ``sh:in``, ``sh:lessThanOrEquals``,
  ``sh:minInclusive`` and ``sh:maxInclusive``;
- ``sh:xone`` of shapes that only say ``sh:class``.

``compile_shapes`` refuses (``UnsupportedShapeError``) any shapes graph that says more,
and kg.validate then falls back to pySHACL, so a shape added later is never
silently skipped. tests/test_shacl.py checks that both engines give the same
results on a conforming graph and on violations of every constraint.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, SH, XSD

from kg.rdfquads import Lit

Term = Any  # str (an IRI, or "_:" + blank node id) or Lit
Triple = tuple[str, str, Term]

_STRING = str(XSD.string)
_LANG_STRING = str(RDF.langString)
_TYPE = str(RDF.type)
_SUBCLASS = str(RDFS.subClassOf)


class UnsupportedShapeError(ValueError):
    """The shapes use SHACL beyond what this module interprets."""


@dataclass(frozen=True)
class Result:
    """One SHACL result (also what kg.validate reports from pySHACL)."""

    focus: str
    path: str | None
    message: str
    severity: str
    component: str = ""


@dataclass
class PropertyShape:
    path: str
    message: str | None
    severity: str
    min_count: int | None = None
    max_count: int | None = None
    datatype: str | None = None
    min_length: int | None = None
    classes: tuple[str, ...] = ()
    in_: frozenset[Term] | None = None
    less_eq: tuple[str, ...] = ()
    min_incl: Decimal | None = None
    max_incl: Decimal | None = None


@dataclass
class NodeShape:
    iri: str
    message: str | None
    severity: str
    target_classes: tuple[str, ...] = ()
    target_objects_of: tuple[str, ...] = ()
    properties: list[PropertyShape] = field(default_factory=list)
    xone: tuple[tuple[str, ...], ...] = ()  # each member: the classes it requires


_NODE_KEYS = {RDF.type, SH.targetClass, SH.targetObjectsOf, SH.property, SH.xone, SH.message,
              SH.severity, RDFS.comment, RDFS.label, SH.name, SH.description}
_PROPERTY_KEYS = {SH.path, SH.minCount, SH.maxCount, SH.datatype, SH.minLength, SH["class"],
                  SH["in"], SH.lessThanOrEquals, SH.minInclusive, SH.maxInclusive, SH.message,
                  SH.severity, SH.name, SH.description, RDFS.comment}


def _term(node: Any) -> Term:
    if isinstance(node, Literal):
        if node.language:
            return Lit(str(node), _LANG_STRING)
        dt = str(node.datatype) if node.datatype is not None else None
        return Lit(str(node), None if dt == _STRING else dt)
    if isinstance(node, BNode):
        return "_:" + str(node)
    return str(node)


def triples_of(g: Graph) -> list[Triple]:
    """An rdflib graph as this module's plain triples."""
    return [(_term(s), str(p), _term(o)) for s, p, o in g]


def _one(g: Graph, node: Any, pred: URIRef) -> Any:
    values = list(g.objects(node, pred))
    if len(values) > 1:
        raise UnsupportedShapeError(f"{node} has {len(values)} values of {pred}")
    return values[0] if values else None


def _severity(g: Graph, node: Any) -> str:
    sev = _one(g, node, SH.severity)
    return str(sev).rsplit("#", 1)[-1] if sev is not None else "Violation"


def _check_keys(g: Graph, node: Any, allowed: set[URIRef]) -> None:
    extra = {p for p in g.predicates(node, None) if p not in allowed}
    if extra:
        raise UnsupportedShapeError(f"shape {node} uses {', '.join(sorted(map(str, extra)))}")


def _property(g: Graph, node: Any) -> PropertyShape:
    _check_keys(g, node, _PROPERTY_KEYS)
    path = _one(g, node, SH.path)
    if not isinstance(path, URIRef):
        raise UnsupportedShapeError(f"property shape {node}: only a single IRI path is interpreted")

    def num(pred: URIRef) -> Decimal | None:
        v = _one(g, node, pred)
        if v is None:
            return None
        try:
            return Decimal(str(v))
        except InvalidOperation as exc:
            raise UnsupportedShapeError(
                f"property shape {node}: {pred} {v} is not a number") from exc

    def count(pred: URIRef) -> int | None:
        v = _one(g, node, pred)
        return int(v) if v is not None else None

    msg = _one(g, node, SH.message)
    dt = _one(g, node, SH.datatype)
    in_list = _one(g, node, SH["in"])
    return PropertyShape(
        path=str(path), message=str(msg) if msg is not None else None,
        severity=_severity(g, node), min_count=count(SH.minCount),
        max_count=count(SH.maxCount), datatype=str(dt) if dt is not None else None,
        min_length=count(SH.minLength),
        classes=tuple(sorted(str(c) for c in g.objects(node, SH["class"]))),
        in_=frozenset(_term(x) for x in Collection(g, in_list)) if in_list is not None else None,
        less_eq=tuple(sorted(str(p) for p in g.objects(node, SH.lessThanOrEquals))),
        min_incl=num(SH.minInclusive), max_incl=num(SH.maxInclusive))


def _xone_member(g: Graph, node: Any) -> tuple[str, ...]:
    keys = set(g.predicates(node, None)) - {RDF.type}
    if keys != {SH["class"]}:
        raise UnsupportedShapeError(
            f"sh:xone member {node}: only shapes that say sh:class are interpreted")
    return tuple(sorted(str(c) for c in g.objects(node, SH["class"])))


def compile_shapes(g: Graph) -> list[NodeShape]:
    """The node shapes of a shapes graph, or UnsupportedShapeError."""
    shapes = []
    for node in sorted(set(g.subjects(RDF.type, SH.NodeShape)), key=str):
        _check_keys(g, node, _NODE_KEYS)
        msg = _one(g, node, SH.message)
        shape = NodeShape(
            iri=str(node), message=str(msg) if msg is not None else None,
            severity=_severity(g, node),
            target_classes=tuple(sorted(str(c) for c in g.objects(node, SH.targetClass))),
            target_objects_of=tuple(sorted(str(p) for p in g.objects(node, SH.targetObjectsOf))),
            properties=[_property(g, p) for p in sorted(g.objects(node, SH.property), key=str)])
        xones = list(g.objects(node, SH.xone))
        if len(xones) > 1:
            raise UnsupportedShapeError(f"shape {node} has more than one sh:xone")
        if xones:
            shape.xone = tuple(_xone_member(g, m) for m in Collection(g, xones[0]))
        shapes.append(shape)
    # property shapes used anywhere else (sh:node, sh:and, ...) are caught by the key checks
    return shapes


@lru_cache(maxsize=1)
def kg_shapes() -> list[NodeShape]:
    """kg's own shapes, compiled once (UnsupportedShapeError if they outgrow this module)."""
    from kg.ontology import shapes_graph

    return compile_shapes(shapes_graph())


# ---- datatypes -------------------------------------------------------------------------

_XSD_DATE, _XSD_DECIMAL, _XSD_INTEGER, _XSD_NON_NEG = (
    str(XSD.date), str(XSD.decimal), str(XSD.integer), str(XSD.nonNegativeInteger))
_DECIMAL = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)")
_INTEGER = re.compile(r"[+-]?\d+")
_DATE = re.compile(r"(-?\d{4,})-(\d\d)-(\d\d)(Z|[+-]\d\d:\d\d)?")


def _well_formed(lexical: str, datatype: str) -> bool:
    """Is the lexical form valid for the datatype? Unknown datatypes are taken as valid."""
    if datatype == _XSD_DATE:
        m = _DATE.fullmatch(lexical)
        if m is None:
            return False
        try:
            date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return False
        return True
    if datatype == _XSD_DECIMAL:
        return _DECIMAL.fullmatch(lexical) is not None
    if datatype == _XSD_INTEGER:
        return _INTEGER.fullmatch(lexical) is not None
    if datatype == _XSD_NON_NEG:
        return _INTEGER.fullmatch(lexical) is not None and int(lexical) >= 0
    return True


_NUMERIC = {str(XSD[n]) for n in (
    "decimal", "integer", "nonNegativeInteger", "positiveInteger", "nonPositiveInteger",
    "negativeInteger", "long", "int", "short", "byte", "unsignedLong", "unsignedInt",
    "unsignedShort", "unsignedByte", "float", "double")}


def _number(t: Term) -> Decimal | None:
    """The value of a numeric literal; None for anything else (incomparable)."""
    if not isinstance(t, Lit) or t.datatype not in _NUMERIC:
        return None
    try:
        return Decimal(t.value)
    except InvalidOperation:
        return None


# ---- checking ----------------------------------------------------------------------------

class _Data:
    def __init__(self, triples: Iterable[Triple]) -> None:
        self.out: dict[str, dict[str, list[Term]]] = {}
        self.types: dict[str, set[str]] = {}
        self.objects_of: dict[str, list[Term]] = {}
        supers: dict[str, set[str]] = {}
        for s, p, o in dict.fromkeys(triples):
            self.out.setdefault(s, {}).setdefault(p, []).append(o)
            self.objects_of.setdefault(p, []).append(o)
            if p == _TYPE and isinstance(o, str):
                self.types.setdefault(s, set()).add(o)
            elif p == _SUBCLASS and isinstance(o, str):
                supers.setdefault(s, set()).add(o)
        if supers:  # close types under rdfs:subClassOf in the data, as SHACL does
            for ts in self.types.values():
                todo = list(ts)
                while todo:
                    for sup in supers.get(todo.pop(), ()):
                        if sup not in ts:
                            ts.add(sup)
                            todo.append(sup)

    def values(self, s: str, p: str) -> list[Term]:
        return self.out.get(s, {}).get(p, [])

    def is_a(self, t: Term, cls: str) -> bool:
        return isinstance(t, str) and cls in self.types.get(t, ())


def _focus_nodes(shape: NodeShape, data: _Data) -> list[Term]:
    nodes: dict[Term, None] = {}
    for cls in shape.target_classes:
        for s, ts in data.types.items():
            if cls in ts:
                nodes[s] = None
    for p in shape.target_objects_of:
        for o in data.objects_of.get(p, ()):
            nodes[o] = None
    return list(nodes)


def _property_results(ps: PropertyShape, focus: Term, data: _Data) -> list[tuple[str, str]]:
    """(component, default message) of each violation of one property shape at one focus."""
    vals = data.values(focus, ps.path) if isinstance(focus, str) else []
    found: list[tuple[str, str]] = []
    if ps.min_count is not None and len(vals) < ps.min_count:
        found.append(("MinCount", f"fewer than {ps.min_count} values"))
    if ps.max_count is not None and len(vals) > ps.max_count:
        found.append(("MaxCount", f"more than {ps.max_count} values"))
    for v in vals:
        if ps.datatype is not None:
            dt = (v.datatype or _STRING) if isinstance(v, Lit) else None
            if dt != ps.datatype or not _well_formed(v.value, dt):
                found.append(("Datatype", f"value is not a well-formed {ps.datatype}"))
        if ps.min_length is not None:
            text = v.value if isinstance(v, Lit) else (None if v.startswith("_:") else v)
            if text is None or len(text) < ps.min_length:
                found.append(("MinLength", f"shorter than {ps.min_length}"))
        for cls in ps.classes:
            if not data.is_a(v, cls):
                found.append(("Class", f"value is not a {cls}"))
        if ps.in_ is not None and v not in ps.in_:
            found.append(("In", "value is not one of the allowed values"))
        n = _number(v)
        if ps.min_incl is not None and (n is None or n < ps.min_incl):
            found.append(("MinInclusive", f"value is below {ps.min_incl}"))
        if ps.max_incl is not None and (n is None or n > ps.max_incl):
            found.append(("MaxInclusive", f"value is above {ps.max_incl}"))
        for other in ps.less_eq:
            for w in data.values(focus, other):
                a, b = _number(v), _number(w)
                if a is None or b is None or a > b:
                    found.append(("LessThanOrEquals", f"value is not <= its {other}"))
    return found


def check(triples: Iterable[Triple], shapes: list[NodeShape] | None = None) -> list[Result]:
    """Every result of the shapes on the triples, sorted as kg.validate sorts them."""
    data = _Data(triples)
    results = []
    for shape in kg_shapes() if shapes is None else shapes:
        for focus in _focus_nodes(shape, data):
            f = focus.value if isinstance(focus, Lit) else focus
            if shape.xone:
                n = sum(all(data.is_a(focus, c) for c in member) for member in shape.xone)
                if n != 1:
                    results.append(Result(f, None, shape.message or "does not conform to xone",
                                          shape.severity, "Xone"))
            for ps in shape.properties:
                for component, default in _property_results(ps, focus, data):
                    results.append(Result(f, ps.path, ps.message or default, ps.severity,
                                          component))
    results.sort(key=lambda r: (r.focus, r.path or "", r.message))
    return results
