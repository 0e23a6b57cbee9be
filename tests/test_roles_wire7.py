"""Role kinds found auditing conflict news excerpts (round 7), on sentences written
for these tests (invented names)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def roles(facts):
    return {(r.holder, r.organization): r.title for r in facts.roles}


def test_a_counterpart_holds_the_same_office_of_the_demonym_country(extract):
    got = roles(extract("Chile's Foreign Minister Ana Ruiz said on Thursday that she may "
                        "meet her Peruvian counterpart Tomas Vidal at the border."))
    assert got[("Tomas Vidal", "Peru")] == "Foreign Minister"
    assert got[("Ana Ruiz", "Chile")] == "Foreign Minister"


def test_the_first_office_holder_keeps_her_own_country_not_the_counterparts(extract):
    got = roles(extract("The Chilean Foreign Ministry said Foreign Minister Ana Ruiz and "
                        "his Peruvian counterpart Tomas Vidal discussed the treaty."))
    assert got[("Tomas Vidal", "Peru")] == "Foreign Minister"
    assert ("Ana Ruiz", "Peru") not in got


def test_a_counterpart_with_an_of_phrase(extract):
    got = roles(extract("Chilean Defence Minister Ana Ruiz spoke with her counterpart, "
                        "Tomas Vidal of Peru."))
    assert got[("Tomas Vidal", "Peru")] == "Defence Minister"


def test_no_counterpart_role_without_an_office_before_it(extract):
    assert not roles(extract("Ana Ruiz and her Peruvian counterpart Tomas Vidal met."))


def test_no_counterpart_role_without_the_word(extract):
    got = roles(extract("Chilean Defence Minister Ana Ruiz met Tomas Vidal of Peru."))
    assert ("Tomas Vidal", "Peru") not in got
