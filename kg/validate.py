"""Validate facts against kg's SHACL shapes before any writer sees them.

``validate(batch)`` returns one Report per article: the accepted facts and the
rejected ones, each with the shape's message. A fact that refers to a rejected
actor is rejected too, with that reason. Facts are checked by ``kg.shacl`` (the
shapes compiled once, run on each article's plain triples); if the shapes ever
use SHACL that module does not interpret, pySHACL checks them instead.
``validate_graph`` checks any RDF graph (a file kg wrote, say) with pySHACL and
returns the results as data.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from pyshacl import validate as shacl_validate
from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import SH

from kg import ids, shacl
from kg.identity import resolve
from kg.model import ArticleFacts, Commitment, Event, Fact, Role, Statement, fact_to_json
from kg.ontology import shapes_graph
from kg.rdf import article_graph, fact_node
from kg.rdfquads import article_triples
from kg.shacl import Result


@dataclass(frozen=True)
class Rejection:
    article: str
    section: str
    fact: dict[str, Any]
    reasons: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {"article": self.article, "section": self.section, "fact": self.fact,
                "reasons": list(self.reasons)}


@dataclass(frozen=True)
class Report:
    accepted: ArticleFacts
    rejected: tuple[Rejection, ...] = field(default=())


def validate_graph(g: Graph) -> tuple[bool, list[Result]]:
    """Run the shapes over a graph; (conforms, results)."""
    conforms, results_graph, _ = shacl_validate(
        g, shacl_graph=shapes_graph(), inference="none", abort_on_first=False,
        allow_warnings=True, advanced=True)
    results = []
    for r in results_graph.subjects(SH.resultSeverity, None):
        focus = results_graph.value(r, SH.focusNode)
        path = results_graph.value(r, SH.resultPath)
        msg = results_graph.value(r, SH.resultMessage)
        sev = results_graph.value(r, SH.resultSeverity)
        results.append(Result(str(focus), str(path) if path is not None else None,
                              str(msg) if msg is not None else "does not conform",
                              str(sev).rsplit("#", 1)[-1]))
    results.sort(key=lambda r: (r.focus, r.path or "", r.message))
    return bool(conforms), results


def union_graph(ds: Dataset) -> Graph:
    g = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def _refs(fact: Fact) -> set[str]:
    names: set[str] = set()
    for f in ("holder", "organization", "speaker"):
        if (v := getattr(fact, f, None)) is not None:
            names.add(v)
    for f in ("actors", "counterparts", "participants"):
        names.update(getattr(fact, f, ()) or ())
    return names


def validate(batch: Iterable[ArticleFacts], engine: str = "compiled") -> list[Report]:
    """Validate a batch of articles' facts; one Report per article, in order.

    ``engine="compiled"`` checks each article's triples with kg.shacl (pySHACL
    if the shapes outgrow it); ``engine="pyshacl"`` runs pySHACL, the reference.
    Actor nodes are shared between articles (``kg.identity``: one IRI, label and
    type per actor), so an article's own graph conforms exactly when it does in
    the union of the articles that agree with it on their shared actors."""
    batch = list(batch)
    if engine == "compiled":
        try:
            shacl.kg_shapes()
        except shacl.UnsupportedShapeError:
            engine = "pyshacl"
        else:
            # keep=True: a loader writing these facts next takes the triples made here
            return [_report([f], shacl.check(article_triples(f, keep=True)))[0] for f in batch]
    if engine != "pyshacl":
        raise ValueError(f"unknown validation engine {engine!r}: compiled or pyshacl")
    return _validate_with_pyshacl(batch)




def _validate_with_pyshacl(batch: list[ArticleFacts]) -> list[Report]:
    """As few pySHACL runs as it takes: articles that agree on shared actors share one."""
    parts: list[tuple[list[int], dict[URIRef, tuple[str, str]]]] = []
    for k, facts in enumerate(batch):
        idents = resolve(facts)
        mine = {i.iri: (i.label, i.type) for i in idents.values()}
        for members, seen in parts:
            if all(seen.get(iri, v) == v for iri, v in mine.items()):
                members.append(k)
                seen.update(mine)
                break
        else:
            parts.append(([k], dict(mine)))
    reports: list[Report | None] = [None] * len(batch)
    for members, _ in parts:
        for k, rep in zip(members, _validate_part([batch[k] for k in members]), strict=True):
            reports[k] = rep
    return [r for r in reports if r is not None]


def _validate_part(batch: list[ArticleFacts]) -> list[Report]:
    """Validate articles that agree on their shared actors in one pySHACL run."""
    g = Graph()
    for facts in batch:
        article_graph(facts, g)
    conforms, results = validate_graph(g)
    return _report(batch, [] if conforms else results)


def _report(batch: list[ArticleFacts], results: list[Result]) -> list[Report]:
    """Reports for articles checked together, from the results found in them."""
    if not results:
        return [Report(f) for f in batch]
    where: dict[URIRef, list[tuple[int, str, int]]] = {}
    for a, facts in enumerate(batch):
        idents = resolve(facts)
        where.setdefault(ids.article_iri(facts.article.id), []).append((a, "article", -1))
        for i, actor in enumerate(facts.actors):
            where.setdefault(idents[actor.name].iri, []).append((a, "actors", i))
        for section, items in _other_sections(facts):
            for i, fact in enumerate(items):
                node = fact_node(facts.article, section, fact)
                where.setdefault(node, []).append((a, section, i))
    reasons: dict[tuple[int, str, int], list[str]] = {}
    for r in results:
        for loc in where.get(URIRef(r.focus), []):
            reasons.setdefault(loc, []).append(r.message)
        if URIRef(r.focus) not in where:
            # an evidence span: blame the facts derived from it
            for loc in _owners(batch, r.focus):
                reasons.setdefault(loc, []).append(r.message)
    reports = []
    for a, facts in enumerate(batch):
        if (a, "article", -1) in reasons:
            article_why = tuple(reasons[(a, "article", -1)])
            rejected = tuple(Rejection(facts.article.id, s, fact_to_json(f), article_why)
                             for s, f in facts.facts())
            reports.append(Report(ArticleFacts(facts.article), rejected))
            continue
        drop: dict[tuple[str, int], list[str]] = {}
        bad_actors = {facts.actors[i].name for (x, s, i) in reasons if x == a and s == "actors"}
        for (x, s, i), why in reasons.items():
            if x == a and s != "article":
                drop[(s, i)] = why
        for section in ("roles", "statements", "commitments", "events"):
            for i, fact in enumerate(getattr(facts, section)):
                missing = _refs(fact) & bad_actors
                if missing:
                    drop.setdefault((section, i), []).append(
                        "refers to rejected actor " + ", ".join(sorted(missing)))
        rejected = tuple(
            Rejection(facts.article.id, s, fact_to_json(getattr(facts, s)[i]),
                      tuple(dict.fromkeys(w)))
            for (s, i), w in sorted(drop.items()))
        reports.append(Report(facts.without(set(drop)), rejected))
    return reports


def _other_sections(
    facts: ArticleFacts,
) -> tuple[tuple[str, Sequence[Role | Statement | Commitment | Event]], ...]:
    """The fact sections other than actors, in schema order, with their facts."""
    return (("roles", facts.roles), ("statements", facts.statements),
            ("commitments", facts.commitments), ("events", facts.events))


def _owners(batch: list[ArticleFacts], focus: str) -> list[tuple[int, str, int]]:
    """Facts whose evidence span is the focus node."""
    out = []
    for a, facts in enumerate(batch):
        prefix = str(ids.article_iri(facts.article.id)) + "#char="
        if not focus.startswith(prefix):
            continue
        start, end = (int(x) for x in focus[len(prefix):].split(","))
        for section, items in _other_sections(facts):
            for i, fact in enumerate(items):
                p = fact.provenance
                if p is not None and (p.start, p.end) == (start, end):
                    out.append((a, section, i))
    return out
