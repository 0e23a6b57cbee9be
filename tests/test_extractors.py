"""Extraction rules on sentences written for these tests (model needed)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def names(facts, section="actors"):
    return {a.name: a for a in getattr(facts, section)}


def test_actor_clustering_types_and_capitals(extract):
    f = extract("Kazakh President Nurlan Abenov met Chinese officials in Beijing on Monday. "
                "Abenov said Astana would keep its promises. Beijing welcomed the visit.")
    actors = names(f)
    assert actors["Nurlan Abenov"].type == "Person"
    assert "Abenov" in actors["Nurlan Abenov"].aliases
    assert actors["Kazakhstan"].type == "Country"
    assert "Astana" in actors["Kazakhstan"].aliases      # a capital as a speaker
    assert actors["China"].wikidata == "Q148"
    assert "Beijing" in actors["China"].aliases          # "Beijing welcomed": the government
    assert "Abenov" not in actors and "Astana" not in actors


def test_capital_as_place_is_not_an_actor(extract):
    f = extract("The delegations met in Warsaw on Friday to discuss grain exports.")
    assert "Poland" not in names(f)


def test_mislabelled_surname_joins_its_person(extract):
    f = extract("President Ilona Marsh of Estonia spoke first. Later Marsh thanked the hosts, "
                "and Marsh's team left for Tallinn.")
    actors = names(f)
    assert set(actors) >= {"Ilona Marsh", "Estonia"}
    assert not any(a.type != "Person" and a.name == "Marsh" for a in f.actors)


def test_roles_prefix_apposition_possessive(extract):
    f = extract("Brazilian Foreign Minister Paulo Ramos arrived on Sunday. "
                "Lena Ortiz, an analyst at the Lisbon Institute for Security Studies, "
                "said the visit was overdue. Former CIA officer Tom Grady disagreed. "
                "Spain's Defence Minister, Ana Ruiz, did not comment.")
    roles = {(r.holder, r.organization): r.title for r in f.roles}
    assert roles[("Paulo Ramos", "Brazil")] == "Foreign Minister"
    assert roles[("Lena Ortiz", "Lisbon Institute for Security Studies")] == "analyst"
    assert "officer" in roles[("Tom Grady", "CIA")].lower()
    assert roles[("Ana Ruiz", "Spain")] == "Defence Minister"


def test_no_role_without_a_title(extract):
    f = extract("Paulo Ramos of Brazil arrived on Sunday and Ana Ruiz greeted him.")
    assert not f.roles


def test_direct_quote_speaker_after_before_and_dash(extract):
    f = extract('"We will not retreat from the border," the Georgian Prime Minister Levan '
                'Kapanadze said. Kapanadze added: "The talks must go on."\n\n'
                '— Nobody expected a deal this fast," the expert told reporters.')
    direct = {(s.speaker, s.content) for s in f.statements if s.mode == "direct"}
    assert ("Levan Kapanadze", "We will not retreat from the border") in direct
    assert ("Levan Kapanadze", "The talks must go on") in direct


def test_reported_speech_and_readout_verbs(extract):
    f = extract("Chancellor Petra Lang said that Germany would double its aid. "
                "President Lang thanked Prime Minister Ivo Horvat for his hospitality in Zagreb. "
                "According to Horvat, the two governments will sign a treaty in May.")
    st = {(s.speaker, s.mode, s.content) for s in f.statements}
    assert ("Petra Lang", "reported", "Germany would double its aid") in st
    assert any(s == "Petra Lang" and c.startswith("thanked Prime Minister Ivo Horvat")
               for s, _, c in st)
    assert any(s == "Ivo Horvat" and "sign a treaty" in c for s, _, c in st)


def test_no_statement_without_a_speaker(extract):
    f = extract("It was said that the border would open. Rumours spread quickly.")
    assert not f.statements


def test_commitments_status_from_the_verb(extract):
    f = extract("Egypt and Jordan agreed to reopen the crossing. "
                "Qatar offered to host the next round of talks. "
                "The European Union called on Israel to allow aid convoys. "
                "Iran refused to discuss its missile programme. "
                "Turkey will send engineers to the dam.")
    got = {(c.status, c.action.split()[0], c.actors) for c in f.commitments}
    assert ("agreed", "reopen", ("Egypt", "Jordan")) in got
    assert ("proposed", "host", ("Qatar",)) in got
    assert ("demanded", "allow", ("Israel",)) in got
    assert ("refused", "discuss", ("Iran",)) in got
    assert ("agreed", "send", ("Turkey",)) in got
    demand = next(c for c in f.commitments if c.status == "demanded")
    assert demand.counterparts == ("European Union",)


def test_conditional_commitment(extract):
    f = extract("Ukraine will hold elections only if a ceasefire holds for six months.")
    assert [c.status for c in f.commitments] == ["conditional"]


def test_speculation_and_past_facts_are_not_commitments(extract):
    f = extract("The weather in Oslo was cold. Analysts think prices may rise.")
    assert not f.commitments


def test_events_type_participants_date_location(extract):
    f = extract("Chilean President Rosa Vidal and Argentine President Tomas Ferro held a "
                "telephone conversation on Tuesday. Their ministers met in Santiago on "
                "March 3. Peru and Bolivia exchanged 40 prisoners last week.",
                published="2026-03-12")
    ev = {(e.type, e.date): e for e in f.events}
    call = ev[("PhoneCall", "2026-03-10")]
    assert {"Rosa Vidal", "Tomas Ferro"} <= set(call.participants)
    assert ev[("Meeting", "2026-03-03")].location == "Santiago"
    swap = ev[("Exchange", "2026-03-05")]
    assert {"Peru", "Bolivia"} <= set(swap.participants)


def test_planned_and_non_prisoner_exchanges_are_not_events(extract):
    f = extract("Peru and Bolivia will meet in Lima next month. "
                "Peru and Bolivia exchanged views on trade.")
    assert not f.events


def test_every_fact_has_provenance_inside_the_text(extract):
    text = ("Hungarian Foreign Minister Ivan Kiss said on Monday that Hungary would block "
            "the sanctions. \"We will not change our position,\" Kiss told reporters.")
    f = extract(text)
    assert f.count() > 3
    for section, fact in f.facts():
        p = fact.provenance
        assert p is not None, section
        assert 0 <= p.start <= p.end <= len(text)
        assert 0 < p.confidence <= 1
        assert p.extractor.startswith("kg_")
        assert p.sentence and p.sentence in text
