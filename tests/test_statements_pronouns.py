"""Pronoun speakers (round 5): "he said" / "she added" is the person the nearest
sentence before has for its subject - a name inside a title's "of" phrase, an office
named by its country - not the last person named anywhere. Invented texts; each rule
has one that fires and one that must not."""

from __future__ import annotations

import pytest


def _said(f, speaker):
    return [s.content for s in f.statements if s.speaker == speaker]


@pytest.mark.model
def test_he_is_the_subject_inside_a_title_phrase(extract):
    text = ("The brigade's commander Tomas Brel said his men had left the depot on Friday. "
            "Inspector General of Police Sarah Mensah said the officers have worked closely "
            "with their hosts since March. "
            "She said the patrols have mapped every district of the capital.")
    f = extract(text)
    assert any("mapped every district" in c for c in _said(f, "Sarah Mensah"))
    assert not any("mapped every district" in c for c in _said(f, "Tomas Brel"))


@pytest.mark.model
def test_he_skips_subjects_that_are_no_person(extract):
    # must not fire on a body or thing: the person before it is still the speaker
    text = ("Police chief Sarah Mensah said the officers had reached the port of Velm. "
            "The team will guard the port, the airport and the main roads. "
            "She said more officers would arrive in June.")
    f = extract(text)
    assert any("more officers would arrive" in c for c in _said(f, "Sarah Mensah"))


@pytest.mark.model
def test_he_after_an_office_of_an_unknown_country_is_not_the_last_name(extract):
    text = ("Premier Karl Ostby of Norland threatened on Monday to annex the Vesk valley. "
            "The Moldavan president responded in a televised address to the nation. "
            "\"This is a direct threat to our borders and we will defend them,\" he said.")
    f = extract(text)
    assert not any("direct threat" in c for c in _said(f, "Karl Ostby"))


@pytest.mark.model
def test_a_person_indicated_that(extract):
    f = extract("Sarah Mensah, the foreign minister, indicated that the talks would resume "
                "in Velm next month.")
    assert any("talks would resume" in c for c in _said(f, "Sarah Mensah"))
    # must not fire: what a thing indicates is no one's statement
    f = extract("The tracks in the mud indicated that the trucks had left before dawn.")
    assert not any("trucks had left" in s.content for s in f.statements)


@pytest.mark.model
def test_the_document_speaks_for_who_issued_it(extract):
    f = extract("The Velm Regional Council published a ten-page plan on Monday. The document "
                "says the militias must disarm within thirty days.")
    assert any("militias must disarm" in s.content for s in f.statements
               if "Council" in s.speaker)
    # must not fire: a document no one in the text issued speaks for nobody
    f = extract("The Velm Regional Council met on Monday. Later a document surfaced online. "
                "The document says the militias must disarm within thirty days.")
    assert not any("militias must disarm" in s.content for s in f.statements)


@pytest.mark.model
def test_the_writers_hedge_is_no_statement(extract):
    f = extract("Kenya and Uganda sent troops to the border last week. The Velm rebels said "
                "on Sunday that they had attacked two ships in what they say is support for "
                "the people of Norra.")
    assert any("attacked two ships" in s.content for s in f.statements)
    assert not any(s.content.startswith("is support") for s in f.statements)
    # must not fire: a plain "they say the ships ..." stays a statement
    f = extract("The Velm Liberation Front fighters say the ships were carrying weapons "
                "to the army.")
    assert any("carrying weapons" in s.content for s in f.statements)



@pytest.mark.model
def test_it_is_the_body_the_sentences_before_are_about(extract):
    text = ("The Chadian army said on Saturday it had repelled an attack on the town. "
            "The Velm Front had stepped up its attacks on the town in recent days. "
            "The army said it had destroyed twelve Velm Front trucks near the river. "
            "It also claimed that hundreds of fighters were killed.")
    f = extract(text)
    assert not any("hundreds of fighters" in s.content for s in f.statements
                   if s.speaker == "Velm Front")
    # must not fire across people: a person subject in between is passed over
    text = ("The Norra Council said it would send observers to the border. Its chairman "
            "Peter Mensah met the envoys on Friday. It added that the observers would stay "
            "until March.")
    f = extract(text)
    assert any("observers would stay" in s.content for s in f.statements
               if s.speaker == "Norra Council")


@pytest.mark.model
def test_the_same_title_again_is_the_person_named_beside_it(extract):
    text = ("The Norland army said it had repelled an attack. Its spokesman, Colonel Ivo "
            "Dran, said the rebels fled. Asked about the talks, the army's spokesman said "
            "there was no contact with them.")
    f = extract(text)
    assert any("no contact" in c for c in _said(f, "Ivo Dran"))
    # must not fire: a title named with nobody beside it stays unresolved
    text = ("The Norland army said it had repelled an attack. Its spokesman said the rebels "
            "fled. Colonel Ivo Dran inspected the trenches. Asked about the talks, the "
            "army's spokesman said there was no contact with them.")
    f = extract(text)
    assert not any("no contact" in c for c in _said(f, "Ivo Dran"))


@pytest.mark.model
def test_the_question_put_is_no_statement(extract):
    f = extract("Asked about the talks, Ivo Dran said there was no contact with the rebels.")
    assert not any(s.content.startswith("Asked") for s in f.statements)
    assert any("no contact" in s.content for s in f.statements)
    # must not fire: a speaker who asked something did say it
    f = extract("Ivo Dran asked the council to release the prisoners before the talks.")
    assert not any(s.content.startswith("Asked") for s in f.statements)


@pytest.mark.model
def test_the_title_again_goes_back_through_its_repetitions(extract):
    text = ("Its spokesman, Colonel Ivo Dran, said the junta met civic groups. The junta's "
            "spokesman also blamed corruption in the army for the coup. Asked about the "
            "opposition, the junta's spokesman said there was no contact with them.")
    f = extract(text)
    assert any("no contact" in c for c in _said(f, "Ivo Dran"))
    # must not fire past a spokesman introduced without a name
    text = ("Its spokesman, Colonel Ivo Dran, said the junta met civic groups. A spokesman "
            "for the guards blamed corruption in the army for the coup. Asked about the "
            "opposition, the spokesman said there was no contact with them.")
    f = extract(text)
    assert not any("no contact" in c for c in _said(f, "Ivo Dran"))
