"""Role rules on sentences written for these tests (model needed)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def roles(facts):
    return {(r.holder, r.organization): r.title for r in facts.roles}


def test_office_of_a_country_before_a_name(extract):
    f = extract("Anna Kovac had a telephone conversation with President of the Republic "
                "of Chile Marta Quispe about copper exports.")
    assert "Marta Quispe" in {a.name for a in f.actors}
    assert roles(f)[("Marta Quispe", "Chile")] == "President"


def test_an_office_beside_a_rank_and_a_posting(extract):
    f = extract("They met Coastal Force Commander Major General Ivo Brandt and French "
                "Ambassador to Chad Paul Renard in the capital.")
    r = roles(f)
    assert r[("Ivo Brandt", "Coastal Force")] == "Commander"
    assert r[("Paul Renard", "France")] == "Ambassador to Chad"
    assert ("Paul Renard", "Chad") not in r


def test_the_body_after_the_name(extract):
    f = extract("The mediators include former president Tomas Ruiz of Peru.")
    assert roles(f)[("Tomas Ruiz", "Peru")] == "former president"


def test_a_state_office_of_the_country_the_text_is_about(extract):
    f = extract("Protests spread across Ecuador on Monday. Ecuador has been in recession "
                "for two years. President Ana Vidal said the army would stay in barracks.")
    assert roles(f)[("Ana Vidal", "Ecuador")] == "President"


def test_no_implied_body_for_a_title_that_is_no_state_office(extract):
    f = extract("Protests spread across Ecuador on Monday. Ecuador has been in recession "
                "for two years. Analyst Ana Vidal said the army would stay in barracks.")
    assert not f.roles


def test_a_sentence_country_claimed_by_another_office_holder_is_not_implied(extract):
    f = extract("Peruvian President Tomas Ruiz met President Ana Vidal in Lima. "
                "Peru and Chile signed a deal. Chile welcomed it. Chile is a neighbour.")
    r = roles(f)
    assert r[("Tomas Ruiz", "Peru")] == "President"
    assert ("Ana Vidal", "Peru") not in r


def test_the_president_of_a_country_is_its_named_holder(extract):
    f = extract("Anna Kovac had a telephone conversation with President of the Republic "
                "of Chile Marta Quispe. At the request of the President of Chile, Kovac "
                "described the talks.")
    assert set(roles(f)) == {("Marta Quispe", "Chile")}
