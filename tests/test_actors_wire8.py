"""Actor kinds found auditing conflict news excerpts (round 8), on sentences written
for these tests (invented names)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from kg.extractors.actors import clean_name

NLP = spacy.blank("en")


def test_a_day_the_model_tagged_as_a_name_is_no_name():
    d = Doc(NLP.vocab, words=["the", "EU", "and", "UN", "Monday", "called"])
    assert clean_name(d[4:5], person=True).text == ""


def test_a_name_with_a_months_word_in_it_stays_a_name():
    d = Doc(NLP.vocab, words=["Amina", "August", "said"])
    assert clean_name(d[0:2], person=True).text == "Amina August"


@pytest.mark.model
def test_a_name_right_after_a_firms_noun_is_a_body(extract):
    facts = extract("The ship was struck, the private security firm Corvane first "
                    "reported. A warship was responding, Corvane said.")
    assert {a.name: a.type for a in facts.actors}.get("Corvane") == "Organization"


@pytest.mark.model
def test_a_person_who_founded_a_company_stays_a_person(extract):
    facts = extract("The company Daniel Okafor founded in 2010 said it would close, "
                    "Okafor said.")
    assert {a.name: a.type for a in facts.actors}.get("Daniel Okafor") == "Person"


def test_a_persons_possessive_before_a_body_is_not_part_of_its_name():
    d = Doc(NLP.vocab, words=["Ana", "Vell", "met", "Vell", "\u2019s", "Kessa", "Wildlife",
                              "group"])
    from spacy.tokens import Span
    d.ents = [Span(d, 0, 2, label="PERSON"), Span(d, 3, 7, label="ORG")]
    assert clean_name(d.ents[1]).text == "Kessa Wildlife"


def test_a_common_possessive_inside_a_body_name_stays():
    d = Doc(NLP.vocab, words=["the", "People", "'s", "Kessa", "Army", "said"])
    from spacy.tokens import Span
    d.ents = [Span(d, 1, 5, label="ORG")]
    assert clean_name(d.ents[0]).text == "People 's Kessa Army"


@pytest.mark.model
def test_one_body_written_with_and_without_an_inner_the_is_one_actor(extract):
    facts = extract("The Joint Force of Armed Movements said the attack was repelled. In a "
                    "statement, the Joint Force of the Armed Movements accused the Kessa "
                    "Front.")
    names = {a.name for a in facts.actors if a.type == "Organization"}
    assert "Joint Force of Armed Movements" in names
    assert "Joint Force of the Armed Movements" not in names


@pytest.mark.model
def test_a_body_and_another_with_its_words_stay_two(extract):
    facts = extract("The Bank of Kessa said rates would rise. The Kessa Bank of Commerce "
                    "said loans would resume.")
    names = {a.name for a in facts.actors if a.type == "Organization"}
    assert {"Bank of Kessa", "Kessa Bank of Commerce"} <= names


@pytest.mark.model
def test_a_bodys_short_name_after_its_two_spellings_is_that_body(extract):
    facts = extract("The Joint Force of Armed Movements said the attack was repelled. In a "
                    "statement, the Joint Force of the Armed Movements accused the Kessa "
                    "Front. The Joint Force claims that ten fighters were killed.")
    names = {a.name for a in facts.actors if a.type == "Organization"}
    assert "Joint Force" not in names
