"""Actor rules on sentences written for these tests (model needed)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def people(facts):
    return {a.name for a in facts.actors if a.type == "Person"}


def test_a_name_cut_short_by_the_model_runs_on(extract):
    f = extract('"It is unprecedented," President Jean Paul Marie Ouedraogo said.')
    assert "Jean Paul Marie Ouedraogo" in people(f)
    assert "Jean Paul" not in {a.name for a in f.actors}


def test_a_body_inside_an_office_is_part_of_the_title(extract):
    f = extract("This week, Assistant to the President for Coastal Resilience Dr. Mara "
                "Quint traveled to Kenya.")
    assert "Coastal Resilience" not in {a.name for a in f.actors}
    assert "Mara Quint" in people(f)


def test_a_known_body_after_an_office_stays_a_body(extract):
    f = extract("Director of the Coastal Tax Service Tom Hale resigned.")
    assert "Coastal Tax Service" in {a.name for a in f.actors}


def test_a_name_used_alone_by_its_last_word_is_a_person(extract):
    f = extract("After meeting Chile's Jean-Luc Morel, the minister left. Morel told "
                "reporters the talks were hard.")
    assert "Jean-Luc Morel" in people(f)
    assert not any(a.type == "Organization" and "Morel" in a.name for a in f.actors)
