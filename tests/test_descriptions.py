"""Definite descriptions ("the group", "the rebels", "the junta", "the coalition"): one
ranking, kg.extractors.descriptions, which ActorTable.refer falls back on. Invented
bodies and people; countries only as a reader would know them."""

from __future__ import annotations

import pytest


def speakers(facts):
    return {s.speaker for s in facts.statements}


@pytest.mark.model
def test_the_rebels_are_the_armed_group_named_just_before(extract):
    facts = extract("The Tovala Liberation Front attacked the town on Monday. The rebels "
                    "said they had captured the base.")
    assert speakers(facts) == {"Tovala Liberation Front"}


@pytest.mark.model
def test_the_rebels_are_not_a_states_army(extract):
    facts = extract("Chad's army shelled the town on Monday. The rebels said they had "
                    "lost the base.")
    assert not speakers(facts) & {"Chad", "Chadian army", "Chad's army"}


@pytest.mark.model
def test_the_junta_is_the_country_whose_military_rules(extract):
    facts = extract("Mali's ruling military said elections would be delayed. The junta "
                    "said it would leave the regional bloc.")
    assert "Mali" in speakers(facts)


@pytest.mark.model
def test_the_coalition_is_the_body_so_named_not_the_nearest_department(extract):
    facts = extract("The Kessary Unity coalition said its members would attend. On "
                    "Friday, the U.S. State Department welcomed the talks. \"We were not "
                    "consulted about any of this,\" the coalition said in a statement.")
    said = {s.speaker for s in facts.statements if "consulted" in s.content}
    assert "State Department" not in said
    assert said <= {"Kessary Unity coalition"}


def test_a_qualified_or_indefinite_noun_is_no_description():
    import spacy
    from spacy.tokens import Doc

    from kg.extractors.descriptions import described

    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["an", "armed", "group", "said"], heads=[2, 2, 3, 3],
              deps=["det", "amod", "nsubj", "ROOT"], pos=["DET", "ADJ", "NOUN", "VERB"],
              tags=["DT", "JJ", "NN", "VBD"])

    class Table:  # described() gives up before it reads the mentions
        by_token = [None] * 4
    assert described(Table(), doc[2]) == []  # type: ignore[arg-type]


@pytest.mark.model
def test_the_group_is_not_the_outlet_the_news_was_told_to(extract):
    facts = extract("The Kessel Brigade denied any role, a medic told Reuters. Later the "
                    "group said it would withdraw.")
    assert "Reuters" not in speakers(facts)
