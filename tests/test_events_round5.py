"""Round 5 of event generalisation: who acts in a wire report's attack sentence when
the actor is a collective named by the body it belongs to (invented sentences)."""

from __future__ import annotations

import pytest

PUB = "2026-05-20"  # a Wednesday


def attacks(facts) -> list[list[str]]:
    return [e.participants for e in facts.events if e.type == "Attack"]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Militants of the Kessel Brigade stormed the village of Arna on Monday.",
    "Rebels of the Kessel Brigade abducted 20 pupils from a school in Arna on Monday.",
    "A police convoy was ambushed by fighters of the Kessel Brigade on Monday.",
])
def test_a_collective_of_a_named_body_attacks_as_that_body(extract, text):
    found = attacks(extract(text, PUB))
    assert found and "Kessel Brigade" in found[0], found
    assert not any(n.lower() in ("militants", "rebels", "fighters") for p in found for n in p)


@pytest.mark.model
def test_a_collective_of_a_place_stays_the_collective(extract):
    # "of Arna" names where they live, not a body they belong to
    facts = extract("Residents of Arna marched through the town on Saturday.", PUB)
    assert not any("Arna" in e.participants for e in facts.events)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "An attack by the Doran Front on a police post killed six officers on Sunday.",
    "A drone strike by the Doran Front hit a clinic in Velma on Sunday.",
])
def test_a_dated_attack_by_a_named_body(extract, text):
    found = attacks(extract(text, PUB))
    assert any("Doran Front" in p for p in found), found


@pytest.mark.model
def test_an_undated_attack_by_a_named_body_is_history(extract):
    facts = extract("An attack by the Doran Front years ago still haunts the town of Velma.", PUB)
    assert not any("Doran Front" in p for p in attacks(facts))


def talks(facts) -> list[str | None]:
    return [e.date for e in facts.events if e.type in ("Negotiation", "Meeting")]


@pytest.mark.model
def test_a_new_round_told_as_opened_is_held_that_day(extract):
    facts = extract("Chile and Peru opened a new round of talks in Lima on Tuesday.", PUB)
    assert "2026-05-19" in talks(facts)  # the Tuesday just past, not the next one


@pytest.mark.model
def test_a_new_round_proposed_is_still_to_come(extract):
    facts = extract("Chile proposed a new round of talks with Peru on Tuesday.", PUB)
    found = talks(facts)
    assert found and "2026-05-19" not in found, found


def calls(facts) -> list[tuple[str, ...]]:
    return [tuple(e.participants) for e in facts.events if e.type == "PhoneCall"]


@pytest.mark.model
def test_he_in_a_quotation_is_not_its_speaker(extract):
    facts = extract('President Viktor Marenko spent the day in Sochi. Presidential aide Yuri Sokol '
                    'told reporters: "He has just had a telephone conversation with Prime '
                    'Minister Ana Belo."', PUB)
    found = calls(facts)
    assert found and all("Yuri Sokol" not in p for p in found), found
    assert any("Viktor Marenko" in p for p in found), found


@pytest.mark.model
def test_he_in_reported_speech_is_still_the_speaker(extract):
    facts = extract("Presidential aide Yuri Sokol said he had a telephone conversation "
                    "with Prime Minister Ana Belo on Monday.", PUB)
    assert any("Yuri Sokol" in p for p in calls(facts))


def visits(facts) -> list[str | None]:
    return [e.date for e in facts.events if e.type == "Meeting"]


@pytest.mark.model
def test_a_planned_visit_does_not_take_the_announcements_day(extract):
    facts = extract("President Tomas Reyes announced on Monday that he would visit Chile.", PUB)
    assert visits(facts) == [None]


@pytest.mark.model
def test_a_planned_visit_keeps_its_own_day(extract):
    facts = extract("President Tomas Reyes said on Monday that he would visit Chile on "
                    "Friday.", PUB)
    assert visits(facts) == ["2026-05-22"]


@pytest.mark.model
def test_a_person_announcing_a_state_of_emergency(extract):
    facts = extract("President Tomas Reyes announced a state of emergency in three "
                    "provinces on Monday.", PUB)
    assert any(e.type == "Announcement" and "Tomas Reyes" in e.participants
               for e in facts.events)


@pytest.mark.model
def test_a_person_announcing_figures_makes_no_event(extract):
    facts = extract("President Tomas Reyes announced the results of the census on Monday.", PUB)
    assert not facts.events


@pytest.mark.model
def test_a_spokesman_telling_of_a_named_groups_attack_takes_no_part(extract):
    facts = extract("Colonel Ivo March, the group's spokesman, said on Tuesday that the Doran "
                    "Front fired missiles at two ships in the Red Sea.", PUB)
    found = attacks(facts)
    assert found and all("Ivo March" not in n for p in found for n in p), found


@pytest.mark.model
def test_a_speaker_telling_of_his_own_talks_still_takes_part(extract):
    facts = extract("Foreign Minister Ivo March said on Tuesday that talks with Chile had "
                    "gone well.", PUB)
    assert any("Ivo March" in e.participants for e in facts.events), facts.events


@pytest.mark.model
def test_a_group_named_by_a_demonym_is_not_the_country(extract):
    facts = extract("The Yemeni group fired missiles at two ships on Tuesday.", PUB)
    assert all("Yemen" not in p for p in attacks(facts))


@pytest.mark.model
def test_a_government_named_by_a_demonym_is_the_country(extract):
    facts = extract("The Yemeni government fired missiles at two ships on Tuesday.", PUB)
    assert any("Yemen" in p for p in attacks(facts))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Five guerrillas were killed by Pakistani troops in Kupwara on Saturday.",
    "Indian troops killed five terrorists in Ganderbal on Friday.",
    "Gunmen of the Doran Front shot dead two officials in Velma on Friday.",
])
def test_killing_fighters_or_officials_is_an_attack(extract, text):
    assert attacks(extract(text, PUB))


@pytest.mark.model
def test_killing_a_bill_is_no_attack(extract):
    assert not attacks(extract("Opposition lawmakers killed the budget bill on Friday.", PUB))


@pytest.mark.model
def test_accused_of_launching_attacks_wages_them(extract):
    # (undated, the same sentence still gives no attack: a gap left for later)
    facts = extract("The army accused the Doran Front on Sunday of launching drone attacks on "
                    "the city of Velma.", PUB)
    assert any("Doran Front" in p for p in attacks(facts))


@pytest.mark.model
def test_accused_of_lying_about_attacks_wages_none(extract):
    facts = extract("The army accused the Doran Front of lying about the attacks on Velma.", PUB)
    assert not any("Doran Front" in p for p in attacks(facts))


@pytest.mark.model
def test_a_speaker_is_no_attacker_when_the_parser_hangs_that_on_a_noun(extract):
    # "that ..." after "in a speech" is parsed as the speech's relative clause
    facts = extract("Ivo March, the military spokesman, said on Tuesday in a televised speech "
                    "that the Doran Front fired missiles at two ships in the Red Sea.", PUB)
    found = attacks(facts)
    assert found and all("Ivo March" not in p for p in found), found


@pytest.mark.model
def test_a_demonym_on_rebels_names_no_attacker_but_a_countrys_own_forces_do(extract):
    rebels = extract("Syrian rebels fired rockets at the town of Velma on Tuesday.", PUB)
    assert all("Syria" not in p for p in attacks(rebels))
    forces = extract("Chilean militias fired rockets at northern Peru on Tuesday.", PUB)
    assert any("Chile" in p for p in attacks(forces))


def meetings(facts) -> list[tuple[tuple[str, ...], str | None]]:
    return [(tuple(e.participants), e.date) for e in facts.events if e.type == "Meeting"]


@pytest.mark.model
def test_an_undated_meeting_elsewhere_takes_no_later_visits_day(extract):
    facts = extract("Foreign Minister Ahmad Rami is in Beijing on a four-nation tour. Earlier, "
                    "Rami met Iranian Foreign Minister Hossein Karimi in Tehran. Rami will next "
                    "visit Russia and return home on December 26.", PUB)
    held = [(p, d) for p, d in meetings(facts) if "Hossein Karimi" in p]
    assert held and all(d is None and "Russia" not in p for p, d in held), meetings(facts)


@pytest.mark.model
def test_a_meeting_told_again_with_its_day_is_one_meeting(extract):
    facts = extract("President Ivan Petrov met Chancellor Greta Holm in Vienna. Petrov's meeting "
                    "with Holm on Tuesday lasted three hours.", PUB)
    assert meetings(facts) == [(("Ivan Petrov", "Greta Holm"), "2026-05-19")]
