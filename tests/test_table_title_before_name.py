"""A title noun with a person named right after it ("her Chilean counterpart Tomas
Lind") is that person, wherever the parser hangs the name; a plural title before a
list ("former presidents X and Y") is not just its first name. Invented names."""

from __future__ import annotations

import pytest


@pytest.mark.model
def test_a_counterpart_named_right_after_the_title_is_that_person(nlp):
    doc = nlp("Peru's Foreign Minister Ana Ruiz and her Chilean counterpart Tomas Lind "
              "signed the agreement.")
    table = doc._.kg_table
    counterpart = next(t for t in doc if t.text == "counterpart")
    referred = table.refer(counterpart)  # (with its conjunct, Ana Ruiz)
    assert "Tomas Lind" in referred and "Chile" not in referred


@pytest.mark.model
def test_the_signers_are_the_two_ministers_not_a_country(extract):
    facts = extract("Peru's Foreign Minister Ana Ruiz and her Chilean counterpart Tomas "
                    "Lind signed the agreement.")
    assert any(set(e.participants) == {"Ana Ruiz", "Tomas Lind"} for e in facts.events)


@pytest.mark.model
def test_a_plural_title_before_a_list_is_not_its_first_name(nlp):
    doc = nlp("Both sides met former presidents Tomas Lind of Chile and Ana Ruiz of Peru.")
    table = doc._.kg_table
    presidents = next(t for t in doc if t.text == "presidents")
    assert table.refer(presidents) != ["Tomas Lind"]
