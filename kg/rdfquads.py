"""Facts → triples as plain values: kg.rdf's mapping without rdflib terms.

kg.rdf (rdflib) is the reference mapping; building rdflib terms and graphs is
what made writing slow (about 15,000 quads/s), and so is building a pyoxigraph
object per quad. This module emits the same triples as
``kg.rdf.article_graph`` as tuples ``(subject, predicate, object)``: IRIs are
``str``, literals are ``Lit(lexical, datatype)`` (datatype None: xsd:string),
which kg.rdfio writes as text or hands to pyoxigraph in bulk.
tests/test_rdfio.py checks that both give the same triples for every kind of
fact; a change to kg.rdf's mapping must be made here too (the test says which triples differ).
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from typing import Any, NamedTuple

from kg import ids
from kg.article import slug
from kg.identity import Identity, resolve
from kg.model import Actor, ArticleFacts, Commitment, Event, Provenance, Role, Statement
from kg.rdf import ACTOR_CLASS, SECTION_CLASS
from kg.vocab import BASE, DCTERMS, KG, NIF, ORG, OWL, PROV, RDF, SDO, SEM, SKOS, WD, XSD


class Lit(NamedTuple):
    value: str
    datatype: str | None = None


Triple = tuple[str, str, "str | Lit"]


class _V:
    """The vocabulary's IRIs as str, looked up once."""

    def __init__(self) -> None:
        n = str
        self.type = n(str(RDF.type))
        for name, term in (
            ("NewsArticle", SDO.NewsArticle), ("Entity", PROV.Entity),
            ("identifier", SDO.identifier), ("headline", SDO.headline),
            ("publisher", SDO.publisher), ("license", DCTERMS.license), ("url", SDO.url),
            ("datePublished", SDO.datePublished), ("inLanguage", SDO.inLanguage),
            ("article", KG.article), ("wasDerivedFrom", PROV.wasDerivedFrom),
            ("String", NIF.String), ("beginIndex", NIF.beginIndex), ("endIndex", NIF.endIndex),
            ("referenceContext", NIF.referenceContext), ("sentence", KG.sentence),
            ("confidence", KG.confidence), ("extractor", KG.extractor), ("Actor", KG.Actor),
            ("prefLabel", SKOS.prefLabel), ("altLabel", SKOS.altLabel), ("sameAs", OWL.sameAs),
            ("member", ORG.member), ("organization", ORG.organization), ("title", KG.title),
            ("role", ORG.role), ("Role", ORG.Role), ("Quotation", SDO.Quotation),
            ("speaker", KG.speaker), ("text", SDO.text), ("mode", KG.mode),
            ("date", DCTERMS.date), ("obligor", KG.obligor), ("counterpart", KG.counterpart),
            ("action", KG.action), ("status", KG.status), ("eventType", KG.eventType),
            ("hasActor", SEM.hasActor), ("hasTimeStamp", SEM.hasTimeStamp),
            ("location", KG.location),
            ("xdate", XSD.date), ("anyURI", XSD.anyURI), ("nonNeg", XSD.nonNegativeInteger),
            ("decimal", XSD.decimal),
        ):
            setattr(self, name, n(str(term)))
        self.actor_class = {k: n(str(v)) for k, v in ACTOR_CLASS.items()}
        self.section_class = {k: n(str(v)) for k, v in SECTION_CLASS.items()}


V: Any = _V()


@lru_cache(maxsize=20_000)
def _office(title: str) -> str:
    return f"{BASE}office/{slug(title)}"


@lru_cache(maxsize=10_000)
def _kg_term(value: str) -> str | Lit:
    """kg.rdf._term: a term of kg's vocabulary, or a literal for an unknown value."""
    try:
        return str(KG[value])
    except AttributeError:
        return Lit(value)


@lru_cache(maxsize=1000)
def _decimal(confidence: float) -> Lit:
    return Lit(str(Decimal(str(confidence))), datatype=V.decimal)


@lru_cache(maxsize=10_000)
def _int(value: int) -> Lit:
    return Lit(str(value), datatype=V.nonNeg)


#: Triples made for validation and not yet asked for again, by the id of their
#: (immutable) facts: ``kg load`` validates articles (kg.validate makes each
#: article's triples, ``keep=True``) and then writes them (the loader makes them
#: again); the second call takes them from here. Bounded by ``_MEMO_LIMIT``
#: triples in all (a few hundred articles: validate and load in batches of that
#: size to profit); calls without ``keep`` never add to it.
_memo: dict[int, tuple[ArticleFacts, list[Triple]]] = {}
_memo_size = 0
_MEMO_LIMIT = 200_000


def article_triples(facts: ArticleFacts, keep: bool = False) -> list[Triple]:
    """The triples ``kg.rdf.article_graph`` would give, once each. ``keep``: also
    remember them for the next call for the same facts object, which returns
    them (a copy of the list) and forgets them."""
    global _memo_size
    if _memo:
        hit = _memo.pop(id(facts), None)
        if hit is not None:
            _memo_size -= len(hit[1])
            if hit[0] is facts:
                return list(hit[1])
    triples = _article_triples(facts)
    if keep and len(triples) <= _MEMO_LIMIT:
        while _memo and _memo_size + len(triples) > _MEMO_LIMIT:
            _memo_size -= len(_memo.pop(next(iter(_memo)))[1])
        _memo[id(facts)] = (facts, triples)
        _memo_size += len(triples)
        return list(triples)
    return triples


def _article_triples(facts: ArticleFacts) -> list[Triple]:
    out: dict[Triple, None] = {}

    def add(s: str, p: str, o: str | Lit) -> None:
        out[(s, p, o)] = None

    art = facts.article
    name = ids.article_name(art.id)
    a = f"{BASE}article/{name}"
    add(a, V.type, V.NewsArticle)
    add(a, V.type, V.Entity)
    add(a, V.identifier, Lit(art.id))
    for prop, value in ((V.headline, art.title), (V.publisher, art.source),
                        (V.license, art.license)):
        if value:
            add(a, prop, Lit(value))
    if art.url:
        add(a, V.url, Lit(art.url, datatype=V.anyURI))
    if art.published:
        add(a, V.datePublished, Lit(art.published, datatype=V.xdate))
    add(a, V.inLanguage, Lit(art.language))

    # provenance is most of the triples: made with local names, no call per triple
    p_article, p_derived, p_conf, p_extr = V.article, V.wasDerivedFrom, V.confidence, V.extractor
    p_type, c_string, p_begin, p_end = V.type, V.String, V.beginIndex, V.endIndex
    p_ref, p_sentence = V.referenceContext, V.sentence

    def prov(node: Any, p: Provenance | None) -> None:
        out[(node, p_article, a)] = None
        if p is None:
            return
        ev = f"{a}#char={p.start},{p.end}"
        out[(node, p_derived, ev)] = None
        out[(ev, p_type, c_string)] = None
        out[(ev, p_begin, _int(p.start))] = None
        out[(ev, p_end, _int(p.end))] = None
        out[(ev, p_ref, a)] = None
        if p.sentence:
            out[(ev, p_sentence, Lit(p.sentence))] = None
        out[(node, p_conf, _decimal(p.confidence))] = None
        out[(node, p_extr, Lit(p.extractor))] = None

    def date(node: Any, prop: Any, value: str | None) -> None:
        if value:
            add(node, prop, Lit(value, datatype=V.xdate))

    idents = resolve(facts)

    def _actor(name: str) -> str:
        return str(idents[name].iri)

    for actor in facts.actors:
        _add_actor(add, prov, actor, idents[actor.name])
    for section, fact in facts.facts():
        if section == "actors":
            continue
        node = str(ids.fact_iri(art.id, section,
                                   ids.key_of(art.id, section, fact)))
        add(node, V.type, V.section_class[section])
        if isinstance(fact, Role):
            add(node, V.member, _actor(fact.holder))
            if fact.organization:
                add(node, V.organization, _actor(fact.organization))
            add(node, V.title, Lit(fact.title))
            office = _office(fact.title)
            add(node, V.role, office)
            add(office, V.type, V.Role)
            add(office, V.prefLabel, Lit(fact.title.lower()))
        elif isinstance(fact, Statement):
            if fact.mode == "direct":
                add(node, V.type, V.Quotation)
            add(node, V.speaker, _actor(fact.speaker))
            add(node, V.text, Lit(fact.content))
            if fact.mode:
                add(node, V.mode, _kg_term(fact.mode) if fact.mode in ("direct", "reported")
                    else Lit(fact.mode))
            date(node, V.date, fact.date)
        elif isinstance(fact, Commitment):
            for x in fact.actors:
                add(node, V.obligor, _actor(x))
            for c in fact.counterparts:
                add(node, V.counterpart, _actor(c))
            add(node, V.action, Lit(fact.action))
            add(node, V.status, _kg_term(fact.status))
            date(node, V.date, fact.date)
        elif isinstance(fact, Event):
            add(node, V.eventType, _kg_term(fact.type))
            for x in fact.participants:
                add(node, V.hasActor, _actor(x))
            date(node, V.hasTimeStamp, fact.date)
            if fact.location:
                add(node, V.location, Lit(fact.location))
        prov(node, getattr(fact, "provenance", None))
    return list(out)


def _add_actor(add: Any, prov: Any, actor: Actor, ident: Identity) -> None:
    """kg.rdf.add_actor: the cross-article identity's one label and type; the
    article's own spellings as altLabels."""
    node = str(ident.iri)
    add(node, V.type, V.Actor)
    if ident.type in V.actor_class:
        add(node, V.type, V.actor_class[ident.type])
    add(node, V.prefLabel, Lit(ident.label))
    for alias in (actor.name, *actor.aliases):
        if alias != ident.label:
            add(node, V.altLabel, Lit(alias))
    if ident.wikidata:
        add(node, V.sameAs, f"{WD}{ident.wikidata}")
    prov(node, actor.provenance)


__all__ = ["Lit", "Triple", "article_triples"]
