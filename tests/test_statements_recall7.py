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
