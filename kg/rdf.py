"""Facts ↔ RDF (pure). One named graph per article; every fact has its own
IRI and all its triples hang off it, so a SHACL result names one fact.

Actors are written under their cross-article identity (``kg.identity``): one
IRI, prefLabel and type per actor in every article, the article's own spellings
as altLabels in its graph.

``facts_to_dataset`` maps ArticleFacts to an rdflib Dataset and
``dataset_to_facts`` reads such a dataset back (for loading RDF that kg wrote
into another target). The mapping is documented in ontology/MAPPING.md.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from kg import ids
from kg.identity import Identity, resolve
from kg.model import (
    Actor,
    Article,
    ArticleFacts,
    Commitment,
    Event,
    Provenance,
    Role,
    Statement,
)
from kg.vocab import DCTERMS, KG, NIF, ORG, OWL, PROV, RDF, SDO, SEM, SKOS, WD, XSD

ACTOR_CLASS = {"Person": KG.Person, "Country": KG.Country,
               "Organization": KG.Organization, "Group": KG.Group}
CLASS_ACTOR: dict[Node, str] = {v: k for k, v in ACTOR_CLASS.items()}
SECTION_CLASS = {"roles": ORG.Membership, "statements": KG.Statement,
                 "commitments": KG.Commitment, "events": KG.Event}


def bind(g: Graph | Dataset) -> None:
    for prefix, ns in (("kg", str(KG)), ("org", str(ORG)), ("prov", str(PROV)),
                       ("schema", str(SDO)), ("skos", str(SKOS)), ("sem", str(SEM)),
                       ("nif", str(NIF)), ("dcterms", str(DCTERMS)), ("wd", str(WD)),
                       ("owl", str(OWL)), ("kgid", ids.BASE)):
        g.bind(prefix, ns, override=True)


def _date(value: str | None) -> Literal | None:
    return Literal(value, datatype=XSD.date) if value else None


def add_article(g: Graph, article: Article) -> URIRef:
    a = ids.article_iri(article.id)
    g.add((a, RDF.type, SDO.NewsArticle))
    g.add((a, RDF.type, PROV.Entity))
    g.add((a, SDO.identifier, Literal(article.id)))
    for prop, value in ((SDO.headline, article.title), (SDO.publisher, article.source),
                        (DCTERMS.license, article.license)):
        if value:
            g.add((a, prop, Literal(value)))
    if article.url:
        g.add((a, SDO.url, Literal(article.url, datatype=XSD.anyURI)))
    if article.published:
        g.add((a, SDO.datePublished, Literal(article.published, datatype=XSD.date)))
    g.add((a, SDO.inLanguage, Literal(article.language)))
    return a


def add_provenance(g: Graph, node: URIRef, article: Article, prov: Provenance | None) -> None:
    a = ids.article_iri(article.id)
    g.add((node, KG.article, a))
    if prov is None:
        return
    ev = ids.evidence_iri(article.id, prov.start, prov.end)
    g.add((node, PROV.wasDerivedFrom, ev))
    g.add((ev, RDF.type, NIF.String))
    g.add((ev, NIF.beginIndex, Literal(prov.start, datatype=XSD.nonNegativeInteger)))
    g.add((ev, NIF.endIndex, Literal(prov.end, datatype=XSD.nonNegativeInteger)))
    g.add((ev, NIF.referenceContext, a))
    if prov.sentence:
        g.add((ev, KG.sentence, Literal(prov.sentence)))
    g.add((node, KG.confidence, Literal(Decimal(str(prov.confidence)), datatype=XSD.decimal)))
    g.add((node, KG.extractor, Literal(prov.extractor)))


def add_actor(g: Graph, article: Article, actor: Actor, ident: Identity) -> URIRef:
    """An actor under its cross-article identity: the identity's one label and
    type everywhere; the article's own spellings as altLabels in its graph."""
    node = ident.iri
    g.add((node, RDF.type, KG.Actor))
    if ident.type in ACTOR_CLASS:
        g.add((node, RDF.type, ACTOR_CLASS[ident.type]))
    g.add((node, SKOS.prefLabel, Literal(ident.label)))
    for alias in (actor.name, *actor.aliases):
        if alias != ident.label:
            g.add((node, SKOS.altLabel, Literal(alias)))
    if ident.wikidata:
        g.add((node, OWL.sameAs, WD[ident.wikidata]))
    add_provenance(g, node, article, actor.provenance)
    return node


def fact_node(article: Article, section: str, fact: object) -> URIRef:
    return ids.fact_iri(article.id, section, ids.key_of(article.id, section, fact))


def add_fact(g: Graph, article: Article, section: str, fact: object,
             idents: dict[str, Identity]) -> URIRef:
    node = fact_node(article, section, fact)
    g.add((node, RDF.type, SECTION_CLASS[section]))

    def iri(name: str) -> URIRef:
        return idents[name].iri

    if isinstance(fact, Role):
        g.add((node, ORG.member, iri(fact.holder)))
        if fact.organization:
            g.add((node, ORG.organization, iri(fact.organization)))
        g.add((node, KG.title, Literal(fact.title)))
        office = ids.office_iri(fact.title)
        g.add((node, ORG.role, office))
        g.add((office, RDF.type, ORG.Role))
        g.add((office, SKOS.prefLabel, Literal(fact.title.lower())))
    elif isinstance(fact, Statement):
        if fact.mode == "direct":
            g.add((node, RDF.type, SDO.Quotation))
        g.add((node, KG.speaker, iri(fact.speaker)))
        g.add((node, SDO.text, Literal(fact.content)))
        if fact.mode:
            g.add((node, KG.mode, KG[fact.mode] if fact.mode in ("direct", "reported")
                   else Literal(fact.mode)))
        if (d := _date(fact.date)) is not None:
            g.add((node, DCTERMS.date, d))
    elif isinstance(fact, Commitment):
        for a in fact.actors:
            g.add((node, KG.obligor, iri(a)))
        for c in fact.counterparts:
            g.add((node, KG.counterpart, iri(c)))
        g.add((node, KG.action, Literal(fact.action)))
        g.add((node, KG.status, _term(fact.status, KG.CommitmentStatus)))
        if (d := _date(fact.date)) is not None:
            g.add((node, DCTERMS.date, d))
    elif isinstance(fact, Event):
        g.add((node, KG.eventType, _term(fact.type, KG.EventType)))
        for p in fact.participants:
            g.add((node, SEM.hasActor, iri(p)))
        if (d := _date(fact.date)) is not None:
            g.add((node, SEM.hasTimeStamp, d))
        if fact.location:
            g.add((node, KG.location, Literal(fact.location)))
    add_provenance(g, node, article, getattr(fact, "provenance", None))
    return node


def _term(value: str, _kind: URIRef) -> URIRef | Literal:
    """A vocabulary term for a known value; an unknown one stays a literal, which
    the shapes reject with their message (never silently mapped)."""
    try:
        return KG[value]
    except AttributeError:
        return Literal(value)


def article_graph(facts: ArticleFacts, store: Graph | None = None) -> Graph:
    g = store if store is not None else Graph()
    add_article(g, facts.article)
    idents = resolve(facts)
    for actor in facts.actors:
        add_actor(g, facts.article, actor, idents[actor.name])
    for section, fact in facts.facts():
        if section != "actors":
            add_fact(g, facts.article, section, fact, idents)
    return g


def facts_to_dataset(batch: Iterable[ArticleFacts], ds: Dataset | None = None) -> Dataset:
    """A Dataset with one named graph per article (replacing any graph it had)."""
    ds = ds if ds is not None else Dataset()
    bind(ds)
    for facts in batch:
        gid = ids.graph_iri(facts.article.id)
        ds.remove_graph(gid)
        article_graph(facts, ds.graph(gid))
    return ds


# ------------------------------------------------------------------ reading back
def _one(g: Graph, s: Node, p: URIRef) -> object | None:
    return next(g.objects(s, p), None)


def _label(g: Graph, node: object) -> str:
    value = _one(g, node, SKOS.prefLabel)  # type: ignore[arg-type]
    return str(value) if value is not None else str(node).rsplit("/", 1)[-1]


def _local(term: object) -> str:
    return str(term).rsplit("#", 1)[-1]


def _prov(g: Graph, node: Node) -> Provenance | None:
    ev = _one(g, node, PROV.wasDerivedFrom)
    if ev is None:
        return None
    return Provenance(
        sentence=str(_one(g, ev, KG.sentence) or ""),  # type: ignore[arg-type]
        start=int(_one(g, ev, NIF.beginIndex) or 0),  # type: ignore[arg-type,call-overload]
        end=int(_one(g, ev, NIF.endIndex) or 0),  # type: ignore[arg-type,call-overload]
        extractor=str(_one(g, node, KG.extractor) or "unknown"),
        confidence=float(_one(g, node, KG.confidence) or 0),  # type: ignore[arg-type]
    )


def _str(v: object | None) -> str | None:
    return None if v is None else str(v)


def graph_to_facts(g: Graph) -> ArticleFacts:
    """Read one article's graph back into ArticleFacts (facts ordered by offset)."""
    art = next(g.subjects(RDF.type, SDO.NewsArticle), None)
    if art is None:
        raise ValueError("graph has no schema:NewsArticle")
    article = Article(
        id=str(_one(g, art, SDO.identifier)), text="", title=_str(_one(g, art, SDO.headline)),
        source=_str(_one(g, art, SDO.publisher)), url=_str(_one(g, art, SDO.url)),
        published=_str(_one(g, art, SDO.datePublished)),
        license=_str(_one(g, art, DCTERMS.license)),
        language=str(_one(g, art, SDO.inLanguage) or "en"))

    def order(nodes: Iterable[Node]) -> list[Node]:
        def k(n: Node) -> tuple[int, str]:
            p = _prov(g, n)
            return (p.start if p else -1, str(n))
        return sorted(set(nodes), key=k)

    actors = []
    for node in sorted(set(g.subjects(RDF.type, KG.Actor)), key=lambda n: _label(g, n)):
        types = [CLASS_ACTOR[t] for t in g.objects(node, RDF.type) if t in CLASS_ACTOR]
        wd = _one(g, node, OWL.sameAs)
        actors.append(Actor(_label(g, node), types[0] if types else "Group",
                            tuple(sorted(str(a) for a in g.objects(node, SKOS.altLabel))),
                            _local(wd).rsplit("/", 1)[-1] if wd else None, _prov(g, node)))
    roles = [Role(_label(g, _one(g, n, ORG.member)), str(_one(g, n, KG.title)),
                  _label(g, o) if (o := _one(g, n, ORG.organization)) is not None else None,
                  _prov(g, n)) for n in order(g.subjects(RDF.type, ORG.Membership))]
    statements = [Statement(_label(g, _one(g, n, KG.speaker)), str(_one(g, n, SDO.text)),
                            _local(_one(g, n, KG.mode)), _str(_one(g, n, DCTERMS.date)),
                            _prov(g, n)) for n in order(g.subjects(RDF.type, KG.Statement))]
    commitments = [Commitment(
        tuple(sorted(_label(g, a) for a in g.objects(n, KG.obligor))),
        tuple(sorted(_label(g, a) for a in g.objects(n, KG.counterpart))),
        str(_one(g, n, KG.action)), _local(_one(g, n, KG.status)),
        _str(_one(g, n, DCTERMS.date)), _prov(g, n))
        for n in order(g.subjects(RDF.type, KG.Commitment))]
    events = [Event(
        _local(_one(g, n, KG.eventType)),
        tuple(sorted(_label(g, a) for a in g.objects(n, SEM.hasActor))),
        _str(_one(g, n, SEM.hasTimeStamp)), _str(_one(g, n, KG.location)), _prov(g, n))
        for n in order(g.subjects(RDF.type, KG.Event))]
    return ArticleFacts(article, tuple(actors), tuple(roles), tuple(statements),
                        tuple(commitments), tuple(events))


def dataset_to_facts(ds: Dataset) -> list[ArticleFacts]:
    out = []
    for g in ds.graphs():
        if isinstance(g.identifier, BNode) or g.identifier == ds.default_graph.identifier:
            if len(g) == 0:
                continue
        if next(g.subjects(RDF.type, SDO.NewsArticle), None) is not None:
            out.append(graph_to_facts(g))
    return sorted(out, key=lambda f: f.article.id)
