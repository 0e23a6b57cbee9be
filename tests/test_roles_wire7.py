"""Role kinds found auditing conflict news excerpts (round 7), on sentences written
for these tests (invented names)."""

from __future__ import annotations

import pytest


def roles(facts):
    return {(r.holder, r.organization): r.title for r in facts.roles}


@pytest.mark.model
def test_a_counterpart_holds_the_same_office_of_the_demonym_country(extract):
    got = roles(extract("Chile's Foreign Minister Ana Ruiz said on Thursday that she may "
                        "meet her Peruvian counterpart Tomas Vidal at the border."))
    assert got[("Tomas Vidal", "Peru")] == "Foreign Minister"
    assert got[("Ana Ruiz", "Chile")] == "Foreign Minister"


@pytest.mark.model
def test_the_first_office_holder_keeps_her_own_country_not_the_counterparts(extract):
    got = roles(extract("The Chilean Foreign Ministry said Foreign Minister Ana Ruiz and "
                        "his Peruvian counterpart Tomas Vidal discussed the treaty."))
    assert got[("Tomas Vidal", "Peru")] == "Foreign Minister"
    assert ("Ana Ruiz", "Peru") not in got


@pytest.mark.model
def test_a_counterpart_with_an_of_phrase(extract):
    got = roles(extract("Chilean Defence Minister Ana Ruiz spoke with her counterpart, "
                        "Tomas Vidal of Peru."))
    assert got[("Tomas Vidal", "Peru")] == "Defence Minister"


@pytest.mark.model
def test_no_counterpart_role_without_an_office_before_it(extract):
    assert not roles(extract("Ana Ruiz and her Peruvian counterpart Tomas Vidal met."))


@pytest.mark.model
def test_no_counterpart_role_without_the_word(extract):
    got = roles(extract("Chilean Defence Minister Ana Ruiz met Tomas Vidal of Peru."))
    assert ("Tomas Vidal", "Peru") not in got


def _run(*words):
    import spacy
    from spacy.tokens import Doc
    return list(Doc(spacy.blank("en").vocab, words=list(words)))


@pytest.mark.parametrize("words,kept", [
    (("spokesperson", "Colonel"), "spokesperson"),
    (("spokesman", "Brig", "Gen"), "spokesman"),
    (("Chief", "of", "Staff", "General"), "Chief of Staff"),
])
def test_a_rank_after_an_office_is_not_part_of_the_title(words, kept):
    from kg.extractors.roles import _rank_cut
    assert " ".join(t.text for t in _rank_cut(_run(*words))) == kept


@pytest.mark.parametrize("words", [("Attorney", "General"), ("Deputy", "Secretary", "General"),
                                   ("Major", "General"), ("Colonel",)])
def test_an_office_ending_in_general_or_a_bare_rank_stays_whole(words):
    from kg.extractors.roles import _rank_cut
    assert [t.text for t in _rank_cut(_run(*words))] == list(words)


@pytest.mark.model
def test_a_chairperson_before_a_name_is_a_title(extract):
    got = roles(extract("The Chairperson of the Kessary Commission, Ana Ruiz, said the talks "
                        "would resume. The Chairperson said the parties agreed."))
    assert got[("Ana Ruiz", "Kessary Commission")] == "Chairperson"


@pytest.mark.model
def test_a_rank_after_an_army_spokesperson_is_left_out(extract):
    got = roles(extract("The Chadian army said rebels attacked Tovala. Army spokesperson "
                        "Colonel Ana Ruiz said two soldiers died."))
    assert got[("Ana Ruiz", "Chadian army")] == "spokesperson"


@pytest.mark.model
def test_an_apposed_army_spokesperson_speaks_for_the_army_named_before(extract):
    got = roles(extract("The Chadian army repelled the attack on Monday. Colonel Tomas Vidal, "
                        "the army spokesperson, said two soldiers were wounded."))
    assert got[("Tomas Vidal", "Chadian army")] == "spokesperson"


@pytest.mark.model
def test_an_apposed_word_that_is_no_title_gives_no_body(extract):
    got = roles(extract("The Chadian army repelled the attack on Monday. Tomas Vidal, a "
                        "resident, said two soldiers were wounded."))
    assert ("Tomas Vidal", "Chadian army") not in got
