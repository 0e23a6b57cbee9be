"""The ontology layer: every shape accepts a good fact and rejects a broken one
with its message; rejected facts are reported, never silently dropped."""

from __future__ import annotations

from dataclasses import replace

import pytest
from factories import prov, sample_facts
from rdflib import Graph

from kg.model import Commitment, Event, Role, Statement
from kg.validate import validate, validate_graph

PREFIXES = """
@prefix kg: <https://w3id.org/kg/ont#> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix org: <http://www.w3.org/ns/org#> .
@prefix prov: <http://www.w3.org/ns/prov#> . @prefix schema: <https://schema.org/> .
@prefix sem: <http://semanticweb.cs.vu.nl/2009/11/sem/> . @prefix dcterms: <http://purl.org/dc/terms/> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
@prefix : <https://example.org/> .
:art a schema:NewsArticle ; schema:identifier "a" ; schema:datePublished "2026-01-02"^^xsd:date .
:ev a nif:String ; nif:beginIndex "0"^^xsd:nonNegativeInteger ; nif:endIndex "5"^^xsd:nonNegativeInteger ;
    nif:referenceContext :art .
:egypt a kg:Actor, kg:Country ; skos:prefLabel "Egypt" .
:omar a kg:Actor, kg:Person ; skos:prefLabel "Omar" .
"""
FACT = ' prov:wasDerivedFrom :ev ; kg:confidence "0.7"^^xsd:decimal ; kg:extractor "t" ; kg:article :art '

CASES = [
    ("actor", ':x a kg:Actor, kg:Person ; skos:prefLabel "X" .',
     ':x a kg:Actor, kg:Person, kg:Country ; skos:prefLabel "X" .', "exactly one of"),
    ("actor name", ':x a kg:Actor, kg:Group ; skos:prefLabel "X" .',
     ':x a kg:Actor, kg:Group .', "canonical name"),
    ("role", ':r a org:Membership ; org:member :omar ; org:organization :egypt ; kg:title "Envoy" ;'
     + FACT + ' .',
     ':r a org:Membership ; org:member :art ; org:organization :egypt ; kg:title "Envoy" ;'
     + FACT + ' .', "holder must be one actor"),
    ("statement", ':s a kg:Statement ; kg:speaker :omar ; schema:text "hi there" ; kg:mode kg:direct ;'
     + FACT + ' .',
     ':s a kg:Statement ; kg:speaker :omar ; schema:text "hi there" ; kg:mode kg:shouted ;'
     + FACT + ' .', "direct or reported"),
    ("commitment", ':c a kg:Commitment ; kg:obligor :egypt ; kg:action "open it" ; kg:status kg:agreed ;'
     + FACT + ' .',
     ':c a kg:Commitment ; kg:obligor :egypt ; kg:action "open it" ; kg:status kg:agreed ; '
     'dcterms:date "next week" ;' + FACT + ' .', "xsd:date"),
    ("event", ':e a kg:Event ; kg:eventType kg:Meeting ; sem:hasActor :egypt ;' + FACT + ' .',
     ':e a kg:Event ; kg:eventType kg:Meeting ;' + FACT + ' .', "at least one participant"),
    ("provenance", ':e a kg:Event ; kg:eventType kg:Meeting ; sem:hasActor :egypt ;' + FACT + ' .',
     ':e a kg:Event ; kg:eventType kg:Meeting ; sem:hasActor :egypt ; kg:article :art ; '
     'kg:confidence "1.5"^^xsd:decimal ; kg:extractor "t" .', "evidence span"),
]


@pytest.mark.parametrize(("name", "good", "bad", "message"), CASES, ids=[c[0] for c in CASES])
def test_shape_accepts_good_and_rejects_bad(name, good, bad, message):
    ok, results = validate_graph(Graph().parse(data=PREFIXES + good, format="turtle"))
    assert ok, results
    ok, results = validate_graph(Graph().parse(data=PREFIXES + bad, format="turtle"))
    assert not ok
    assert any(message in r.message for r in results), [r.message for r in results]


def test_extracted_facts_conform():
    [report] = validate([sample_facts()])
    assert report.rejected == ()
    assert report.accepted == sample_facts()


def test_broken_facts_are_rejected_with_reasons_and_the_rest_kept():
    facts = sample_facts()
    broken = replace(
        facts,
        commitments=facts.commitments + (
            Commitment(("Egypt",), (), "", "promised-ish", None, prov(1, 2)),),
        events=facts.events + (Event("Picnic", ("Jordan",), "2026-13-45", None, prov(3, 4)),),
        statements=facts.statements + (Statement("Egypt", "ok then", "direct", None,
                                                 prov(5, 6, conf=1.7)),),
    )
    [report] = validate([broken])
    assert report.accepted == facts
    reasons = {r.section: " | ".join(r.reasons) for r in report.rejected}
    assert set(reasons) == {"commitments", "events", "statements"}
    assert "non-empty action" in reasons["commitments"]
    assert "agreed, proposed" in reasons["commitments"]
    assert "PhoneCall, Meeting" in reasons["events"]
    assert "confidence between 0 and 1" in reasons["statements"]
    assert report.rejected[0].fact["action"] == ""


def test_facts_of_a_rejected_actor_go_with_it():
    facts = sample_facts()
    bad_actor = replace(facts.actors[2], type="Alien")
    broken = replace(facts, actors=facts.actors[:2] + (bad_actor,))
    [report] = validate([broken])
    rejected = {(r.section, r.fact.get("name") or r.fact.get("holder") or r.fact.get("speaker"))
                for r in report.rejected}
    assert ("actors", "Omar Haddad") in rejected
    assert ("roles", "Omar Haddad") in rejected
    assert ("statements", "Omar Haddad") in rejected
    assert all(r.holder != "Omar Haddad" for r in report.accepted.roles)
    assert isinstance(report.accepted.roles, tuple) and not any(
        isinstance(r, Role) and r.holder == "Omar Haddad" for r in report.accepted.roles)


def test_articles_that_spell_or_type_an_actor_differently_do_not_reject_each_other():
    a = sample_facts("a1")
    b = sample_facts("a2")
    shouting = replace(b.actors[2], name=b.actors[2].name.upper())  # "OMAR HADDAD"
    renamed = {b.actors[2].name: shouting.name}

    def rename(f):
        fields = {k: renamed.get(v, v) for k, v in vars(f).items() if isinstance(v, str)}
        return replace(f, **fields)

    b = replace(b, actors=b.actors[:2] + (shouting,),
                roles=tuple(rename(r) for r in b.roles),
                statements=tuple(rename(s) for s in b.statements))
    c = replace(sample_facts("a3"), actors=tuple(
        replace(x, type="Organization") if x.type == "Country" else x
        for x in sample_facts("a3").actors))
    reports = validate([a, b, c])
    assert [r.accepted.article.id for r in reports] == ["a1", "a2", "a3"]
    assert reports[0].rejected == () and reports[1].rejected == ()
    assert reports[1].accepted.actors[2].name == shouting.name
    # a3 disagrees only on types: it is judged on its own, not against a1
    assert not any("exactly one" in w for r in reports[2].rejected for w in r.reasons)
