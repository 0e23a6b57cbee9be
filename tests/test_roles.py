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


def test_an_office_without_its_holder_is_a_person_with_that_role(extract):
    f = extract("Chad's defense minister said the army would stay in its barracks. "
                "The text was released by the Governments of Canada and France, and the "
                "High Representative of the European Union.")
    actors = {a.name: a for a in f.actors}
    assert actors["Chad's defense minister"].type == "Person"
    assert actors["High Representative of the European Union"].type == "Person"
    r = roles(f)
    assert r[("Chad's defense minister", "Chad")] == "defense minister"
    assert r[("High Representative of the European Union", "European Union")] == \
        "High Representative"
    assert "High Representative" not in actors


def test_an_office_the_text_names_the_holder_of_is_no_new_person(extract):
    f = extract("Peruvian President Tomas Ruiz arrived on Monday. The Peruvian president "
                "said the talks went well. A presidential aide, Ana Vidal, agreed.")
    assert {a.name for a in f.actors if a.type == "Person"} == {"Tomas Ruiz", "Ana Vidal"}


def test_a_country_office_and_the_countrys_named_person_are_one(extract):
    f = extract("Prime Minister Ilan Shavit told Chile's foreign minister on Sunday that "
                "the plan was dead. After meeting Chile's Marco Vidal, Shavit left. "
                "Vidal said the plan would go on.")
    assert roles(f)[("Marco Vidal", "Chile")] == "foreign minister"
    assert not any(a.name.endswith("minister") for a in f.actors)


def test_a_bracketed_membership_list_gives_member_roles(extract):
    f = extract("The talks will include the Andean Contact Group (Chile, Peru and the "
                "European Union) and several other bodies.")
    r = roles(f)
    assert {h for (h, o) in r if o == "Andean Contact Group"} == {
        "Chile", "Peru", "European Union"}
    assert all(t == "member" for (h, o), t in r.items() if o == "Andean Contact Group")


def test_brackets_that_gloss_a_place_are_no_membership(extract):
    f = extract("They met in Chile (Santiago) and later flew to Peru (Lima).")
    assert not f.roles


def test_coordinated_names_share_a_title_with_their_own_country(extract):
    f = extract("Both sides met former presidents Martin Torrijos of Panama and Leonel "
                "Fernandez of the Dominican Republic.")
    r = roles(f)
    assert r[("Leonel Fernandez", "Dominican Republic")] == "former president"


def test_an_aide_to_the_head_of_state_serves_the_country_and_is_no_president(extract):
    f = extract("Chile signed the deal on Monday. Chile had waited for years. Adviser to "
                "the President Ana Vidal said the President of Chile would visit.")
    r = roles(f)
    assert r[("Ana Vidal", "Chile")] == "Adviser to the President"
    assert "Ana Vidal" not in {h for (h, _), t in r.items() if t == "President"}


def test_an_office_someone_serves_as_is_no_unnamed_holder(extract):
    f = extract("Tom Hale has led the Lund Police Department since 2007. He also serves as "
                "the President of the Coastal Chiefs Association. He was an investigator "
                "for the Lund County District Attorney's Office.")
    names = {a.name for a in f.actors}
    assert not any(n.startswith(("President of", "Lund County District")) for n in names)


def test_an_office_named_without_its_holder_is_still_a_person(extract):
    f = extract("The President of the Coastal Chiefs Association said the plan would fail.")
    assert any(r.title == "President" and r.organization == "Coastal Chiefs Association"
               for r in f.roles)


def test_a_country_of_another_named_office_holder_is_not_the_speakers(extract):
    f = extract("Vice President Tom Hale today met with Prime Minister Han Duck-soo "
                "of the Republic of Korea in Lund.")
    assert ("Tom Hale", "South Korea") not in roles(f)
    f = extract("Vice President Tom Hale spoke about Chile today.")
    assert roles(f).get(("Tom Hale", "Chile")) == "Vice President"


def test_an_office_of_a_country_kg_does_not_know_gets_no_guessed_country(extract):
    f = extract("Chile and Peru met in Lima. Chile said the talks were hard. Ruritanian "
                "Foreign Minister Elena Vasko said the talks would start in April.")
    assert not any(h == "Elena Vasko" for h, _ in roles(f))
    f = extract("Chile and Peru met in Lima. Chilean Foreign Minister Elena Vasko said the "
                "talks would start in April.")
    assert roles(f)[("Elena Vasko", "Chile")] == "Foreign Minister"


def test_a_body_named_after_its_country_is_the_employer(extract):
    f = extract('"It is a hedge," said Lin Wei, a professor at the National University of '
                "Singapore.")
    assert roles(f)[("Lin Wei", "National University of Singapore")] == "professor"


def test_an_office_with_its_holder_after_a_comma_is_no_unnamed_office(extract):
    f = extract("President of the Coastal Commission, Ana Ruiz, said the plan was ready.")
    assert roles(f)[("Ana Ruiz", "Coastal Commission")] == "President"
    assert "President of the Coastal Commission" not in {a.name for a in f.actors}
    f = extract("The President of the Coastal Commission said the plan was ready, Ana Ruiz "
                "added.")
    assert ("President of the Coastal Commission", "Coastal Commission") in roles(f)


def test_an_office_with_its_holder_right_after_its_of_phrase_is_that_persons(extract):
    f = extract("Secretary of the Treasury Janet Olsen will travel to Ohio.")
    assert "Secretary of the Treasury" not in {a.name for a in f.actors}
    assert any(h == "Janet Olsen" for h, _ in roles(f))
    f = extract("The Secretary of the Treasury will travel to Ohio with Janet Olsen.")
    assert "Secretary of the Treasury" in {a.name for a in f.actors}


def test_an_office_yet_to_be_filled_has_no_holder(extract):
    facts = extract("Lawmakers spent weeks trying to find a new Speaker of the Assembly.")
    assert not [a for a in facts.actors if a.type == "Person"] and not facts.roles
    facts = extract("The new Speaker of the Assembly said the vote would go ahead on Tuesday.")
    assert [r.title for r in facts.roles] == ["new Speaker"]


def test_coordinated_offices_with_their_names_in_apposition(extract):
    facts = extract("The Prime Minister of India, Rajesh Kumar, and the Chancellor of the "
                    "Federal Republic of Germany, Klaus Weber, held talks in New Delhi.")
    roles = {(r.holder, r.title, r.organization) for r in facts.roles}
    assert ("Klaus Weber", "Chancellor", "Germany") in roles
    assert ("Rajesh Kumar", "Prime Minister", "India") in roles
    assert ("Klaus Weber", "Prime Minister", "India") not in roles


def test_two_titles_before_one_name_are_no_unnamed_office(extract):
    facts = extract("Jake Sullivan met today with Saudi Crown Prince and Prime Minister "
                    "Mohammed bin Salman in Jeddah.")
    assert [a.name for a in facts.actors if a.type == "Person"] == ["Jake Sullivan",
                                                                   "Mohammed bin Salman"]


def test_an_analyst_at_a_body_then_the_name_is_a_person_with_that_role(extract):
    facts = extract("A researcher at the Harbour Institute, Maria Soto, said the plan would "
                    "fail.")
    assert ("Maria Soto", "researcher", "Harbour Institute") in {
        (r.holder, r.title, r.organization) for r in facts.roles}
    facts = extract("Maria Soto of the Harbour Institute said the plan would fail.")
    assert "Maria Soto" in {a.name for a in facts.actors} and not facts.roles


def test_the_head_of_a_body_then_the_name_after_a_comma(extract):
    facts = extract("The head of the Central Bank of Nigeria, Yusuf Bello, said rates would "
                    "stay unchanged.")
    assert [a.name for a in facts.actors if a.type == "Person"] == ["Yusuf Bello"]
    assert ("Yusuf Bello", "head", "Central Bank of Nigeria") in {
        (r.holder, r.title, r.organization) for r in facts.roles}


def test_a_country_before_an_experts_title_is_the_field_not_the_employer(extract):
    facts = extract('"This is a turning point," Ahmed Karimi, an Iran expert at the Harbour '
                    "Institute, told reporters.")
    assert {(r.holder, r.organization) for r in facts.roles} == {
        ("Ahmed Karimi", "Harbour Institute")}


def test_a_second_title_in_apposition_to_a_name_is_that_persons(extract):
    facts = extract("Today, Maria Lopez, Senior Advisor to the President and Director of the "
                    "Harbour Policy Council, met with state legislators.")
    assert [a.name for a in facts.actors if a.type == "Person"] == ["Maria Lopez"]


def test_a_person_after_a_field_office_with_commas_keeps_the_name(extract):
    facts = extract("The delegation also included Under Secretary of State for Economic "
                    "Growth, Energy, and the Environment Jose W. Moreno; and Ana Ruiz.")
    assert "Jose W. Moreno" in {a.name for a in facts.actors if a.type == "Person"}


def test_an_office_inside_a_body_phrase_beside_a_name_is_that_persons(extract):
    facts = extract("Arati Prabhakar, White House Office of Science and Technology Policy "
                    "Director, opened the meeting.")
    assert [a.name for a in facts.actors if a.type == "Person"] == ["Arati Prabhakar"]
