"""Speakers named again after first mention, and reporting constructions round 2 added:
"the ministry said" after the ministry's full name, "they say" after a group, an
unnamed "a spokesman for X", prepositional reporting verbs ("warned of"), verbs of
judging ("blamed X for Y") and a readout's agentless passive ("Satisfaction was
expressed with ..."). Invented texts; each rule has one that fires and one that must not."""

from __future__ import annotations

import pytest


def _said(f, speaker):
    return [s.content for s in f.statements if s.speaker == speaker]


def _by(f, word):
    return [s for s in f.statements if word in s.content]


@pytest.mark.model
def test_the_body_named_again_by_its_noun_speaks(extract):
    f = extract("The Ministry of Defence of Tarnia issued a statement on Monday. The ministry "
                "denied that its aircraft had struck the market in Ulm.")
    assert any("struck the market" in s.content and "Ministry of Defence" in s.speaker
               for s in f.statements)
    # must not fire: "the defence ministry" is not the Ministry of Foreign Affairs
    f = extract("The Ministry of Foreign Affairs of Tarnia issued a statement on Monday. The "
                "defence ministry denied that its aircraft had struck the market in Ulm.")
    assert not any("Foreign Affairs" in s.speaker for s in _by(f, "struck the market"))


@pytest.mark.model
def test_they_after_a_group_subject_is_the_group(extract):
    f = extract("Opposition leaders accuse the electoral council of stalling the recall vote. "
                "They also say the courts have blocked every law passed by parliament.")
    assert [s.speaker for s in _by(f, "courts have blocked")] == ["Opposition leaders"]
    # must not fire: after two people, "they" are those people, not a group
    f = extract("President Ivo Marek met Prime Minister Otto Riis in Dravo. They said the "
                "talks had been useful for both countries.")
    assert {s.speaker for s in _by(f, "talks had been useful")} == {"Ivo Marek", "Otto Riis"}


@pytest.mark.model
def test_an_unnamed_officer_is_nobody_named_before(extract):
    text = ("Army spokesman Colonel Piet Obuya said three soldiers died. A spokesman for Chief "
            "Executive Amir Dost warned of dire consequences for the rebels.")
    f = extract(text)
    assert not any("dire consequences" in c for c in _said(f, "Piet Obuya"))
    # must fire: the officer named in apposition
    f = extract("A spokesman for the Tarnian government, Javid Noor, said the talks would "
                "resume in May.")
    assert any("talks would resume" in c for c in _said(f, "Javid Noor"))


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "content"), [
    ("Prime Minister Otto Riis warned of a looming fuel crisis if the strike continued.",
     "fuel crisis"),
    ("Prime Minister Otto Riis cautioned against a hasty withdrawal of the peacekeepers.",
     "hasty withdrawal"),
    ("Prime Minister Otto Riis appealed for calm after the disputed vote in the north.",
     "calm"),
    ("Rebel commander Otto Riis blamed the government for the collapse of the talks.",
     "collapse of the talks"),
    ("Prime Minister Otto Riis denounced the arrests of opposition journalists.",
     "arrests"),
])
def test_prepositional_and_judging_reporting_verbs(extract, sentence, content):
    f = extract(sentence)
    assert any(content in c for c in _said(f, "Otto Riis")), f.statements


@pytest.mark.model
@pytest.mark.parametrize("sentence", [
    # a demand is a commitment of the one called on (GUIDELINES §Commitments)
    "Prime Minister Otto Riis called on the rebels to lay down their arms.",
    # "warned" with no preposition of what: no statement
    "Prime Minister Otto Riis warned the guards at the gate on Monday.",
])
def test_no_statement_from_a_demand_or_a_bare_warning(extract, sentence):
    assert not extract(sentence).statements


@pytest.mark.model
def test_an_agentless_readout_passive_is_the_participants(extract):
    f = extract("President Ivo Marek had a telephone conversation with Prime Minister Otto "
                "Riis of Dravia. Mutual satisfaction was expressed with the growth of trade "
                "between the two countries.")
    assert {s.speaker for s in _by(f, "Mutual satisfaction")} == {"Ivo Marek", "Otto Riis"}
    # must not fire: a report with one person in it names nobody who expressed it
    f = extract("President Ivo Marek visited the flooded town of Ulm on Monday. Concern was "
                "expressed about the slow delivery of aid to the region.")
    assert _by(f, "Concern was expressed") == []


@pytest.mark.model
def test_drew_attention_to_is_a_statement(extract):
    f = extract("Prime Minister Otto Riis drew attention to the shelling of villages near "
                "the border.")
    assert any("shelling of villages" in c for c in _said(f, "Otto Riis"))
    # must not fire: drawing something else
    f = extract("Prime Minister Otto Riis drew a crowd of thousands in the capital.")
    assert not f.statements


@pytest.mark.model
def test_the_head_of_state_is_the_president_named_before(extract):
    f = extract("President of Ukraine Volodymyr Koval met with UN Secretary-General Ana "
                "Moreira in Kyiv.\n\nThe Head of State thanked the Secretary-General for the "
                "support of the United Nations.")
    assert any("thanked" in c for c in _said(f, "Volodymyr Koval"))
    # must not fire: the head of a department is no head of state
    f = extract("President of Ukraine Volodymyr Koval met with UN Secretary-General Ana "
                "Moreira in Kyiv.\n\nThe head of the department thanked the staff for the "
                "support of the United Nations.")
    assert not _said(f, "Volodymyr Koval")


@pytest.mark.model
def test_a_person_apposed_inside_the_subject_speaks(extract):
    f = extract("The United Nations envoy for Chad, Jean Morel, said he hoped both sides "
                "would negotiate in good faith.")
    said = [s for s in f.statements if "good faith" in s.content]
    # one statement, the envoy's: "he hoped" inside it is not a second one
    assert [s.speaker for s in said] == ["Jean Morel"]
    # must not fire: no apposition, the body speaks
    f = extract("The United Nations said both sides should negotiate in good faith.")
    assert {s.speaker for s in f.statements} == {"United Nations"}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "content"), [
    ("President Ivo Marek raised concerns about Dravia's practices in the northern provinces.",
     "practices in the northern provinces"),
    ("President Ivo Marek made clear that Tarnia would continue to compete with Dravia.",
     "Tarnia would continue to compete"),
    ("President Ivo Marek objected to Dravia's coercive actions toward its neighbours.",
     "coercive actions"),
    ("President Ivo Marek spoke of the need to rebuild trust between the two countries.",
     "rebuild trust"),
])
def test_readout_reporting_phrases(extract, sentence, content):
    f = extract(sentence)
    assert any(content in c for c in _said(f, "Ivo Marek")), f.statements


@pytest.mark.model
@pytest.mark.parametrize("sentence", [
    "President Ivo Marek raised taxes on imported cars in the spring.",
    "President Ivo Marek made a trip to the northern provinces in May.",
    "President Ivo Marek spoke at the opening of the new bridge in Ulm.",
])
def test_no_statement_from_the_same_verbs_doing_something_else(extract, sentence):
    assert not extract(sentence).statements


@pytest.mark.model
def test_claiming_an_attack_is_a_statement(extract):
    f = extract("Boko Haram claimed responsibility for the attack on the market in a "
                "statement.")
    assert any("responsibility for the attack" in c for c in _said(f, "Boko Haram"))
    # must not fire: claiming a prize
    f = extract("Boko Haram claimed the border town after a week of fighting.")
    assert not f.statements


JOINT = """Joint Statement on the Chile-Norway Strategic Dialogue

The Republic of Chile and the Kingdom of Norway held the third session of their Strategic \
Dialogue in Oslo on July 16, 2026.

The two sides reaffirmed their commitment to a strategic partnership based on shared \
democratic values. Both countries emphasized the importance of the rule of law.
"""


@pytest.mark.model
def test_a_joint_statement_in_the_third_person_is_its_parties_own_text(extract):
    f = extract(JOINT)
    for party in ("Chile", "Norway"):
        said = [s for s in f.statements if s.speaker == party]
        assert any(s.mode == "direct" and "reaffirmed their commitment" in s.content
                   for s in said), said
    # must not fire: the same text under a headline that is no joint statement
    f = extract(JOINT.replace("Joint Statement on", "News of"))
    assert not any(s.mode == "direct" for s in f.statements)


@pytest.mark.model
def test_according_to_an_office_named_before(extract):
    f = extract("Foreign Minister Anna Kovac met the envoy on Monday. According to the "
                "minister, the talks had failed because of the rebels.")
    assert any("talks had failed" in c for c in _said(f, "Anna Kovac"))
    # must not fire: an office nobody in the text holds
    f = extract("Foreign Minister Anna Kovac met the envoy on Monday. According to the "
                "governor, the talks had failed because of the rebels.")
    assert not any("talks had failed" in s.content for s in f.statements)


@pytest.mark.model
def test_a_renewed_call_is_a_statement(extract):
    f = extract("Foreign Minister Anna Kovac renewed her call for an independent "
                "investigation into the killings.")
    assert any("independent investigation" in c for c in _said(f, "Anna Kovac"))
    # must not fire: renewing a licence
    f = extract("Foreign Minister Anna Kovac renewed her licence to practise law in May.")
    assert not f.statements


@pytest.mark.model
def test_we_in_a_text_that_never_names_its_speaker_is_nobody(extract):
    text = ("Two years ago, terrorists attacked the port of Ulm and killed three workers from "
            "Chile and Peru. Today, we remember the lives that were lost, and we reaffirm our "
            "commitment to the safety of the people of Ulm.")
    f = extract(text)
    assert not any("commitment to the safety" in s.content for s in f.statements)
    # must fire: "we" inside a quotation is its speaker's
    f = extract("President Ivo Marek spoke in Ulm. “We reaffirm our commitment to the safety "
                "of the people of Ulm,” he said.")
    assert any("commitment to the safety" in c for c in _said(f, "Ivo Marek"))


@pytest.mark.model
def test_an_unnamed_ministry_or_army_speaks_as_an_organization(extract):
    # must fire: a ministry or army the text names only by its description
    f = extract("Peru's defence ministry said on Tuesday that two drones had been shot down.")
    assert [(s.speaker, s.content) for s in f.statements] == [
        ("Peru's defence ministry", "two drones had been shot down")]
    assert ("Peru's defence ministry", "Organization") in {(a.name, a.type) for a in f.actors}
    # "said in a statement that ...": the clause the parser hung on "statement"
    f = extract("Peru's foreign ministry said in a statement on Tuesday that the border "
                "crossing would reopen next month.")
    assert [s.content for s in f.statements] == ["the border crossing would reopen next month"]
    # must not fire: a body with no name of its own, or one of an actor named before
    g = extract("An army of volunteers said the river had burst its banks near Tacna.")
    assert not g.statements
    g = extract("Peru closed the border on Monday. Its army said the river had burst its "
                "banks near Tacna.")
    assert "Its army" not in {a.name for a in g.actors}


@pytest.mark.model
def test_a_statement_issued_speaks_through_its_participle(extract):
    f = extract("The Chilean Foreign Ministry released a statement saying the ambassador "
                "had been recalled.")
    assert [(s.speaker, s.content) for s in f.statements] == [
        ("Chilean Foreign Ministry", "the ambassador had been recalled")]
    f = extract("Shell issued a statement condemning the attack on its pipeline in Peru.")
    assert [s.speaker for s in f.statements] == ["Shell"]
    # must not fire: a participle on another noun, or a statement that is only read
    g = extract("Shell hired a lawyer saying nothing to the press about the pipeline.")
    assert not g.statements
    g = extract("Shell read a report describing the pipeline in Peru.")
    assert not g.statements


@pytest.mark.model
def test_people_a_body_qualifies_speak_as_themselves(extract):
    # must fire: the described people, not the body or country that qualifies them
    f = extract("Gunmen attacked a hotel in Lima on Friday. A Reuters witness said the "
                "shooting stopped after two hours.")
    assert [s.speaker for s in f.statements] == ["Reuters witness"]
    assert ("Reuters witness", "Person") in {(a.name, a.type) for a in f.actors}
    f = extract("Shell officials said two pipelines near Lima had been damaged.")
    assert [s.speaker for s in f.statements] == ["Shell officials"]
    assert ("Shell officials", "Group") in {(a.name, a.type) for a in f.actors}
    # must not fire: a named person keeps the name; a country's officials are its
    # government; unqualified people are not this rule's
    g = extract("Chilean officials said two Americans were among the dead in Lima.")
    assert [s.speaker for s in g.statements] == ["Chile"]
    g = extract("Peruvian official Rosa Vidal said the hotel had been cleared.")
    assert [s.speaker for s in g.statements] == ["Rosa Vidal"]
    g = extract("Gunmen attacked a hotel in Lima. Our sources said the hotel was empty.")
    assert "Our sources" not in {s.speaker for s in g.statements}
