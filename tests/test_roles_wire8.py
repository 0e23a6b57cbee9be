"""Role kinds found auditing conflict news excerpts (round 8), on sentences written
for these tests (invented people; bodies and countries only as a reader would know)."""

from __future__ import annotations

import pytest


def roles(facts):
    return {(r.holder, r.organization): r.title for r in facts.roles}


@pytest.mark.model
def test_a_body_before_the_title_the_parse_left_out(extract):
    got = roles(extract("ECOWAS Chairman Daniel Okafor urged Chad and Mali not to leave the "
                        "bloc. ECOWAS Commission President Amina Yusuf said sanctions remained."))
    assert got[("Daniel Okafor", "Economic Community of West African States")] == "Chairman"
    assert ("Amina Yusuf", "Chad") not in got


@pytest.mark.model
def test_no_body_from_a_word_before_the_office_phrase(extract):
    got = roles(extract("Ministers from Chad met Chairman Daniel Okafor on Monday."))
    assert ("Daniel Okafor", "Chad") not in got


@pytest.mark.model
def test_an_unnamed_spokesperson_for_a_body_holds_that_office(extract):
    got = roles(extract("A spokesperson for the Tovala Liberation Front said the strikes "
                        "must stop."))
    assert got[("spokesperson", "Tovala Liberation Front")] == "spokesperson"


@pytest.mark.model
def test_an_unnamed_spokesperson_who_speaks_against_a_body_holds_no_office_of_it(extract):
    got = roles(extract("A spokesperson said the Tovala Liberation Front must stop the "
                        "strikes."))
    assert ("spokesperson", "Tovala Liberation Front") not in got


@pytest.mark.model
def test_an_office_inside_a_named_persons_apposition_is_no_one_else(extract):
    facts = extract("Amina Yusuf, Chad's Minister of Communication and government "
                    "spokesman, said the attack was terrorism.")
    assert {a.name for a in facts.actors if a.type == "Person"} == {"Amina Yusuf"}
    assert ("Amina Yusuf", "Chad") in roles(facts)


@pytest.mark.model
def test_an_office_of_a_country_with_no_holder_named_is_still_a_person(extract):
    facts = extract("Chad's Minister of Communication said the attack was terrorism.")
    assert any(a.type == "Person" and "Minister" in a.name for a in facts.actors)
