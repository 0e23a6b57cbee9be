"""Unnamed collectives and bodies that act or speak (GUIDELINES "Groups", "Unnamed
office holders"). Invented wire-news sentences, one construction each."""
from __future__ import annotations

import pytest


def groups(f) -> set[str]:
    return {a.name for a in f.actors if a.type == "Group"}


def speakers(f) -> set[str]:
    return {s.speaker for s in f.statements}


@pytest.mark.model
@pytest.mark.parametrize("sentence, name", [
    ("Aid workers warned that thousands of families had fled the fighting in Velsa.",
     "Aid workers"),
    ("Security sources said the insurgents had seized two villages near Velsa.",
     "Security sources"),
    ("Doctors said they had treated forty wounded people in Velsa.", "Doctors"),
    ("Villagers said soldiers had burned their homes near Velsa.", "Villagers"),
    ("Survivors said the ferry capsized at night off Velsa.", "Survivors"),
    ("Tribal elders said the clans in Velsa had agreed to talk.", "Tribal elders"),
    ("Aid agencies said they were preparing to move food into Velsa.", "Aid agencies"),
    ("Local medics said at least 14 people were killed in Velsa.", "Local medics"),
    ("Humanitarian organizations warned that the camp in Velsa was running out of water.",
     "Humanitarian organizations"),
])
def test_collective_that_speaks_is_a_group(extract, sentence, name):
    f = extract(sentence)
    assert name in groups(f)
    assert name in speakers(f)


@pytest.mark.model
def test_bare_sources_and_workers_are_no_group(extract):
    # a bare "sources" or "workers" is not yet a collective the text names
    f = extract("Workers said the plant in Velsa would close. Sources said it was sold.")
    assert not groups(f)


@pytest.mark.model
def test_a_body_named_again_by_its_noun_is_no_group(extract):
    # "the agency" after its name is that agency, and agencies only described are no group
    f = extract("The World Food Programme said on Monday that the agency would send food "
                "to Velsa. Several agencies have offices in the city.")
    assert not groups(f)


@pytest.mark.model
def test_collective_referring_back_or_counted_is_no_group(extract):
    # "the villagers" and "the two survivors" stand for people the text already has
    f = extract("The villagers said soldiers had come. The two survivors said they swam.")
    assert not groups(f)


def orgs(f) -> set[str]:
    return {a.name for a in f.actors if a.type == "Organization"}


@pytest.mark.model
@pytest.mark.parametrize("sentence, name", [
    ("Police said at least twelve people were killed in Velsa on Saturday.", "police"),
    ("Local police added that two suspects had been arrested in Velsa.", "local police"),
    ("The state government said it would investigate the killings in Velsa.",
     "state government"),
    ("The provincial government will rebuild the market in Velsa.", "provincial government"),
])
def test_body_named_by_its_noun_that_acts_is_an_organization(extract, sentence, name):
    assert name in orgs(extract(sentence))


@pytest.mark.model
def test_absent_or_only_mentioned_police_is_no_actor(extract):
    f = extract("No police were present at the funeral in Velsa. Marta Ilves blamed "
                "police violence for the unrest.")
    assert "police" not in orgs(f)
    assert "police violence" not in orgs(f)


def people(f) -> set[str]:
    return {a.name for a in f.actors if a.type == "Person"}


@pytest.mark.model
@pytest.mark.parametrize("sentence, name", [
    ('"The attackers fled into the forest," a senior official said on Saturday.',
     "senior official"),
    ("An army spokesman told reporters that the operation in Velsa would continue.",
     "army spokesman"),
    ("According to a witness, the gunmen arrived in Velsa on motorcycles.", "witness"),
    ("A diplomatic source said the envoy would reach Velsa on Monday.", "diplomatic source"),
])
def test_one_unnamed_person_who_speaks_is_a_person(extract, sentence, name):
    f = extract(sentence)
    assert name in people(f)
    assert name in speakers(f)


@pytest.mark.model
def test_named_or_referring_back_office_is_no_new_person(extract):
    f = extract("A spokesman, Ana Ruiz, said the talks in Velsa had failed. The official "
                "said the road was closed.")
    assert "Ana Ruiz" in people(f)
    assert not people(f) & {"spokesman", "official"}


@pytest.mark.model
def test_collective_only_described_is_no_group(extract):
    # people only described, not speaking: "farmers face", "sources of X include"
    f = extract("Farmers face unique challenges every day. Major sources of methane "
                "include landfills. Students across Norvania learn to read early.")
    assert not groups(f)


@pytest.mark.model
def test_crowd_that_acts_is_one_group_named_by_its_place(extract):
    f = extract("An angry crowd pushed a police car into the river. A crowd in the Ashdale "
                "area pelted the car with stones, and officers later met the angry crowd.")
    assert groups(f) == {"crowd in the Ashdale area"}


@pytest.mark.model
def test_crowd_only_drawn_or_seen_is_no_group(extract):
    f = extract("The concert in Velsa drew a crowd of thousands. Marta Ilves saw a crowd.")
    assert not groups(f)


@pytest.mark.model
def test_source_of_a_thing_is_no_person(extract):
    f = extract("The main source of income in Velsa is farming, a source of pride.")
    assert not people(f)


@pytest.mark.model
def test_counted_unnamed_speakers_are_a_group(extract):
    f = extract("Two senior officials said the talks in Velsa had stalled.")
    assert "Two senior officials" in groups(f)
    assert "Two senior officials" in speakers(f)


@pytest.mark.model
def test_the_counted_ones_refer_back(extract):
    f = extract("The two officials said they would meet in Velsa again.")
    assert not groups(f)
