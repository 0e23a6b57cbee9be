"""Round-7 constructions from a fresh conflict-news audit: "according to the statement"
and "an army statement said" after the body that gave it was named. Invented texts; each
rule has one that fires and one that must not."""

from __future__ import annotations

import pytest


def _pairs(f):
    return [(s.speaker, s.content) for s in f.statements]


@pytest.mark.model
def test_according_to_the_statement_is_whoever_gave_it_before(extract):
    # must fire: the statement named before was the coast guard's
    f = extract("Zorlandan boats rammed two fishing vessels on Monday, according to a "
                "statement by the Veldian Coast Guard. The vessels were carrying food to "
                "fishermen near the reef, according to the statement.")
    said = _pairs(f)
    assert ("Veldian Coast Guard", "The vessels were carrying food to fishermen near the "
            "reef") in said
    # must not fire: no statement was named before, so "the statement" is nobody's
    g = extract("The Lomar Port Authority opened a new dock on Monday. The dock will take "
                "ten ships a day, according to the statement.")
    assert not g.statements


@pytest.mark.model
def test_a_body_nouns_statement_is_the_body_named_with_that_noun(extract):
    # must fire: "an army statement" after the Northland Army was named
    f = extract("The Northland Army says a rebel commander has been killed. An army "
                "statement on Monday said the commander died in an air strike near Tacna.")
    assert ("Northland Army", "the commander died in an air strike near Tacna") in _pairs(f)
    # must not fire: no army was named, so the army statement is no named body's
    g = extract("The Veldian Port Authority opened a dock on Monday. An army statement "
                "on Monday said the commander died in an air strike near Tacna.")
    assert "Veldian Port Authority" not in {sp for sp, _ in _pairs(g)}


@pytest.mark.model
def test_its_army_is_the_army_of_the_country_it_stands_for(extract):
    # must fire: no army named, so the country's army speaks as "army"
    f = extract("Chile denied the charge. Its army said on Tuesday that no shells had been "
                "fired across the border.")
    assert ("army", "no shells had been fired across the border") in _pairs(f)
    f = extract("Peru accused Chile of shelling border villages on Monday. The country's "
                "military said three civilians were killed in the attack.")
    assert ("military", "three civilians were killed in the attack") in _pairs(f)
    # the army of that country named before is that army, another country's is not
    f = extract("The Peruvian army said it repelled an attack near Tacna. Peru later "
                "rejected the report. Its army said on Tuesday that 80 fighters had been "
                "killed.")
    assert ("Peruvian army", "80 fighters had been killed") in _pairs(f)
    f = extract("The Peruvian army said it repelled an attack near Tacna. Chile rejected "
                "the report. Its army said on Tuesday that no troops had crossed the border.")
    assert ("Peruvian army", "no troops had crossed the border") not in _pairs(f)
    # must not fire: a person's possessive is no country's body
    g = extract("Ana Ruiz arrived in Lima on Monday. Her army of volunteers said the river "
                "had burst its banks.")
    assert "army" not in {sp for sp, _ in _pairs(g)}


@pytest.mark.model
def test_a_lower_case_coast_guard_is_a_body_of_its_own(extract):
    # must fire: the coast guard, not the country its demonym names
    f = extract("The Chilean coast guard said two of its ships were damaged by water cannon.")
    assert [sp for sp, _ in _pairs(f)] == ["Chilean coast guard"]
    f = extract("The air force said its jets struck three rebel positions overnight.")
    assert [sp for sp, _ in _pairs(f)] == ["air force"]
    # the coast guard named before is that body again
    f = extract("The Veldian Coast Guard sent two ships to the reef. The coast guard said "
                "two of its ships were damaged.")
    assert [sp for sp, _ in _pairs(f)] == ["Veldian Coast Guard"]
    # must not fire: a security guard is a person, not a body
    g = extract("A security guard said the gunmen fled towards the river.")
    assert "security guard" not in {a.name for a in g.actors if a.type == "Organization"}


@pytest.mark.model
def test_a_body_led_or_backed_by_another_speaks_for_itself(extract):
    # must fire: the coalition / separatists speak, not the country before the hyphen
    f = extract("The Saudi-led coalition said it had intercepted two drones.")
    assert [sp for sp, _ in _pairs(f)] == ["Saudi-led coalition"]
    f = extract("Russian-backed separatists said three civilians were killed in the shelling.")
    assert [sp for sp, _ in _pairs(f)] == ["Russian-backed separatists"]
    assert ("Russian-backed separatists", "Group") in {(a.name, a.type) for a in f.actors}
    # must not fire: no hyphenated tie, the country itself speaks
    g = extract("Saudi Arabia said it had intercepted two drones.")
    assert [sp for sp, _ in _pairs(g)] == ["Saudi Arabia"]
    # nor for a hyphen that ties nothing ("a well-known group" is no one's)
    g = extract("The Saudi-based coalition said it had intercepted two drones.")
    assert "Saudi-based coalition" not in {sp for sp, _ in _pairs(g)}


def test_a_straight_quotation_over_paragraphs_is_one_quotation():
    from kg.extractors.quotes import find_quotes

    # must fire: the open paragraph goes on into the next, which closes it
    text = '"We will hold the line.\n"Nobody will pass here," the colonel said.'
    assert [text[s:e] for s, e in find_quotes(text)] == [
        'We will hold the line.\n"Nobody will pass here,']
    # and the marks it used pair no words between them
    text = '"We hold.\n\n"We stay," he said, "and we fight."'
    assert [text[s:e] for s, e in find_quotes(text)] == [
        'We hold.\n\n"We stay,', 'and we fight.']
    # must not fire: a paragraph that closes its own quotation joins nothing
    text = '"We hold," he said.\n"We stay," she said.'
    assert [text[s:e] for s, e in find_quotes(text)] == ["We hold,", "We stay,"]
    # nor an opening paragraph whose next paragraph is no quotation
    text = '"We hold the line.\nThe colonel left.'
    assert find_quotes(text) == []


@pytest.mark.model
def test_an_unattributed_quotation_over_paragraphs_continues_the_speaker(extract):
    # must fire: the passage after the council's quotation is the council's
    f = extract('The Presidential Council condemned the raid.\n"We warn these gangs that there is '
                'no space for lawlessness," said the council in a statement.\n"We have '
                'ordered the police to counter these attacks.\n"Anyone involved in them will '
                'face justice."')
    assert any(sp == "Presidential Council" and c.startswith("We have ordered the police")
               for sp, c in _pairs(f))
    # must not fire: an unattributed passage with no speaker before it is nobody's
    g = extract('The raid began at dawn.\n"We have ordered the police to counter these '
                'attacks.\n"Anyone involved in them will face justice."')
    assert not g.statements


@pytest.mark.model
def test_an_attribution_hung_on_the_clause_after_it_takes_the_clause_before(extract):
    # must fire: what the military says is the clause before, not the "hours after" one
    f = extract("Peru accused Chile of shelling border villages on Monday. Chile's second "
                "biggest rebel group has killed two truck drivers in a \"terrorist attack,\" "
                "the country's military says, hours after Lima suspended talks with the "
                "group.")
    said = [c for sp, c in _pairs(f) if sp == "military"]
    assert said and all("killed two truck drivers" in c for c in said)
    assert not any(c.startswith("hours after") for _, c in _pairs(f))
    # must not fire: a true parenthetical keeps the clause around it
    f = extract("Carlos Mendoza arrived in Lima on Monday. The deal, he said, would be "
                "signed in May.")
    assert _pairs(f) == [("Carlos Mendoza", "The deal would be signed in May")]
