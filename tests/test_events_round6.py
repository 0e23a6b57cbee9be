"""Round 6 of event generalisation: wire reports that name the attacker only inside the
attack noun ("killed in an attack by X", "after shelling by X", "an airstrike carried out
by X"), a swap told in the passive, and a town "taken over" (invented sentences)."""

from __future__ import annotations

import pytest

PUB = "2026-05-20"  # a Wednesday


def events(facts, etype: str) -> list[tuple[tuple[str, ...], str | None]]:
    return [(tuple(e.participants), e.date) for e in facts.events if e.type == etype]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Nine villagers were killed in an attack by the Doran Front near Velma, residents said.",
    "Six people were wounded after shelling by the Doran Front, medics said.",
    "An airstrike carried out by the Doran Front on Tuesday killed 12 people.",
    "A ship reported being hit in an attack carried out by the Doran Front, officials said.",
])
def test_the_attacker_named_in_the_attack_noun_of_a_toll(extract, text):
    found = events(extract(text, PUB), "Attack")
    assert any("Doran Front" in p for p, _ in found), found


@pytest.mark.model
def test_a_dated_attack_by_x_in_a_report_of_it(extract):
    facts = extract("There were also reports of another attack by the Doran Front on the "
                    "nearby village of Arna on Sunday morning.", PUB)
    assert (("Doran Front",), "2026-05-17") in events(facts, "Attack")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # the attack is history, not the sentence's toll
    "The village was rebuilt after an attack by the Doran Front.",
    # the body only reports the attack
    "Nine villagers were killed in an attack near Velma, the Doran Front said.",
])
def test_no_attacker_from_an_attack_noun_without_its_toll(extract, text):
    found = events(extract(text, PUB), "Attack")
    assert not any("Doran Front" in p for p, _ in found), found


@pytest.mark.model
def test_a_swap_carried_out_with_a_country(extract):
    facts = extract("Forty captives were freed on Monday after a prisoner swap was carried "
                    "out with Moldova.", PUB)
    assert any("Moldova" in p for p, _ in events(facts, "Exchange"))


@pytest.mark.model
def test_a_passive_talk_praised_by_someone_is_not_theirs(extract):
    facts = extract("The talks were praised by the Doran Front.", PUB)
    assert not any("Doran Front" in p for e in facts.events for p in [e.participants])


@pytest.mark.model
def test_a_town_taken_over(extract):
    facts = extract("The Doran Front took over the town of Velma on Monday, a spokesman said.", PUB)
    assert (("Doran Front",), "2026-05-18") in [
        (p[:1], d) for p, d in events(facts, "Attack")]


@pytest.mark.model
def test_taking_over_a_post_is_no_attack(extract):
    facts = extract("The Doran Front took over the chairmanship of the council on Monday.", PUB)
    assert not events(facts, "Attack")


@pytest.mark.model
def test_a_day_inside_a_quotation_is_not_the_meeting_day(extract):
    facts = extract('Tomas Brel arrived in Velma on Monday. After a separate meeting with '
                    'Foreign Minister Lena Varga, Brel said: "We are pleased that the visa-free '
                    'travel between the two countries will begin as of June 1."', PUB)
    days = [d for _, d in events(facts, "Meeting")]
    assert days and "2026-06-01" not in days and "2025-06-01" not in days, days


@pytest.mark.model
def test_a_quoted_meeting_keeps_its_quoted_day(extract):
    facts = extract('Tomas Brel said: "President Lena Varga will meet Prime Minister Ivo Dacic '
                    'on June 1."', PUB)
    assert "2026-06-01" in [d for _, d in events(facts, "Meeting")]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The police post in Velma was attacked on Sunday in an assault that killed an unknown "
    "number of civilians, Tomas Brel, spokesperson of a police union said.",
    "The police post in Velma was attacked on Sunday by fighters of the Doran Front, "
    "Tomas Brel, spokesperson of a police union said.",
])
def test_a_headless_trailing_attribution_names_no_participant(extract, text):
    found = events(extract(text, PUB), "Attack")
    assert not any("Tomas Brel" in p for p, _ in found), found


@pytest.mark.model
def test_a_victim_in_apposition_stays_without_a_verb_of_saying(extract):
    facts = extract("The Doran Front attacked the town of Velma on Sunday, killing Tomas Brel, "
                    "a local official.", PUB)
    assert any("Tomas Brel" in p for p, _ in events(facts, "Attack"))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Kessel Brigade fired missiles at a destroyer in the Red Sea on Sunday, its spokesman "
    "said. He also said that the movement attacked the tanker Aurora with drones.",
    "The Kessel Brigade denied any role in the unrest, a medic told Reuters. Later the group "
    "attacked a police post in Velma.",
])
def test_the_group_that_attacks_is_the_armed_body_named_before(extract, text):
    found = events(extract(text, PUB), "Attack")
    assert any("Kessel Brigade" in p for p, _ in found), found
    assert not any("Reuters" in p for p, _ in found), found


@pytest.mark.model
def test_the_group_is_not_the_outlet_told_the_news(extract):
    facts = extract("A medic told Reuters that six people died. The group attacked a police "
                    "post in Velma.", PUB)
    assert not any("Reuters" in p for p, _ in events(facts, "Attack"))


@pytest.mark.model
def test_an_attack_told_as_weeks_ago_is_another_attack(extract):
    facts = extract("Kessel Brigade fighters killed 15 soldiers in an attack on a military base "
                    "near Velma, officials said. Two weeks ago, the Kessel Brigade attacked an "
                    "army base at a town near the border.", PUB)
    assert len(events(facts, "Attack")) == 2, events(facts, "Attack")


@pytest.mark.model
def test_an_attack_told_again_stays_one(extract):
    facts = extract("The Kessel Brigade attacked an army base near Velma on Monday. The Kessel "
                    "Brigade attacked the base with drones, officials said.", PUB)
    assert len(events(facts, "Attack")) == 1, events(facts, "Attack")


@pytest.mark.model
def test_a_body_claiming_they_took_a_town_took_it(extract):
    facts = extract("Early on Monday, the Kessel Brigade claimed they took over the town of "
                    "Velma.", PUB)
    assert any("Kessel Brigade" in p for p, _ in events(facts, "Attack"))


@pytest.mark.model
def test_a_body_claiming_another_attacked_is_no_attacker(extract):
    facts = extract("The Kessel Brigade claimed the army attacked the town of Velma on Monday.",
                    PUB)
    assert not any("Kessel Brigade" in p for p, _ in events(facts, "Attack"))


@pytest.mark.model
@pytest.mark.parametrize("text, found", [
    ("The Kessel Brigade denied it attacked the town of Velma on Monday.", False),
    ("The Kessel Brigade said it attacked the town of Velma on Monday.", True),
])
def test_a_denied_attack_did_not_happen(extract, text, found):
    assert bool(events(extract(text, PUB), "Attack")) is found


@pytest.mark.model
@pytest.mark.parametrize("text, found", [
    ("A missile fired by the Kessel Brigade hit a school in Velma on Monday.", True),
    ("A drone launched by the Kessel Brigade struck a fuel depot in Velma on Monday.", True),
    # who stops the missile did not fire it
    ("A missile intercepted by the Kessel Brigade hit a school in Velma on Monday.", False),
])
def test_who_launched_the_weapon_that_hit_attacks(extract, text, found):
    got = events(extract(text, PUB), "Attack")
    assert any("Kessel Brigade" in p for p, _ in got) is found, got


@pytest.mark.model
@pytest.mark.parametrize("text, who", [
    ("Armed assailants killed 40 civilians in an attack on a village near Velma on Friday.",
     "Armed assailants"),
    ("Gangs stormed a police station on the outskirts of Velma on Sunday.", "Gangs"),
])
def test_an_unnamed_collective_that_attacks_is_a_group(extract, text, who):
    facts = extract(text, PUB)
    assert any(who in p for p, _ in events(facts, "Attack"))
    assert any(a.name == who and a.type == "Group" for a in facts.actors)


@pytest.mark.model
def test_fighters_of_a_named_front_are_no_group_of_their_own(extract):
    facts = extract("Fighters of the Northern Kessel Front killed 12 soldiers in an attack on a "
                    "base in Gao province on Thursday, the ministry said.", PUB)
    assert not any(a.name == "Fighters" for a in facts.actors)


@pytest.mark.model
def test_our_troops_are_no_group_of_their_own(extract):
    facts = extract('"We lost five soldiers. Our troops have also killed 13 militants," an army '
                    'officer in Velma said.', PUB)
    assert not any(a.name == "troops" for a in facts.actors)
