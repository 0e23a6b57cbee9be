"""RDF vocabulary: kg's own terms as a closed namespace, plus the reused ones."""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DCTERMS, ORG, OWL, PROV, RDF, RDFS, SDO, SKOS, XSD, DefinedNamespace
from rdflib.term import URIRef

BASE = "https://w3id.org/kg/id/"
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
WD = Namespace("http://www.wikidata.org/entity/")


class KG(DefinedNamespace):
    """Terms of ontology/kg.ttl; an unknown term is an error (``_fail``)."""

    _NS = Namespace("https://w3id.org/kg/ont#")
    _fail = True

    Actor: URIRef
    Person: URIRef
    Country: URIRef
    Organization: URIRef
    Group: URIRef
    Statement: URIRef
    Commitment: URIRef
    Agreement: URIRef
    Event: URIRef
    StatementMode: URIRef
    CommitmentStatus: URIRef
    EventType: URIRef
    title: URIRef
    speaker: URIRef
    mode: URIRef
    obligor: URIRef
    counterpart: URIRef
    action: URIRef
    status: URIRef
    hasProvision: URIRef  # noqa: N815 - must match the ontology term's local name
    eventType: URIRef  # noqa: N815 - must match the ontology term's local name
    location: URIRef
    confidence: URIRef
    extractor: URIRef
    sentence: URIRef
    article: URIRef
    direct: URIRef
    reported: URIRef
    agreed: URIRef
    proposed: URIRef
    conditional: URIRef
    demanded: URIRef
    refused: URIRef
    PhoneCall: URIRef
    Meeting: URIRef
    Negotiation: URIRef
    Exchange: URIRef
    Attack: URIRef
    Announcement: URIRef
    Other: URIRef


__all__ = ["BASE", "DCTERMS", "KG", "NIF", "ORG", "OWL", "PROV", "RDF", "RDFS", "SDO", "SEM",
           "SKOS", "WD", "XSD"]
