"""Actor kinds found auditing conflict news excerpts (round 7: alliances and armed
groups named after a country or a common noun), on sentences written for these tests
(invented names and places)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from kg.extractors.actors import ActorExtractor, _named_after, plausible_org

NLP = spacy.blank("en")


def org_doc(words, start, end):
    d = Doc(NLP.vocab, words=words)
    d.ents = [Span(d, start, end, label="ORG")]
    return d


@pytest.fixture(scope="module")
def actors():
    return ActorExtractor(NLP)


def test_a_generic_alias_inside_another_alliance_name_is_not_that_body(actors):
    d = org_doc(["the", "Three", "Kessary", "Alliance", "said"], 0, 4)
    assert actors._inside_other_body(d[3:4], list(d.ents))


def test_a_generic_alias_on_its_own_or_beside_a_demonym_stays(actors):
    d = org_doc(["the", "Alliance", "said"], 0, 2)  # NATO
    assert not actors._inside_other_body(d[1:2], list(d.ents))
    d = org_doc(["the", "Afghan", "Taliban", "said"], 0, 3)
    assert not actors._inside_other_body(d[2:3], list(d.ents))
    d = org_doc(["the", "Kessary", "Alliance", "said"], 0, 3)  # not a "the X" alias
    assert not actors._inside_other_body(d[0:1], list(d.ents))


def test_a_rebel_army_named_after_a_country_is_its_own_body():
    d = org_doc(["the", "Peru", "National", "Democratic", "Alliance", "Army", "said"], 0, 6)
    assert _named_after(d.ents[0], d[1:2])


def test_a_state_army_named_after_its_country_keeps_the_country():
    d = org_doc(["the", "Peru", "National", "Army", "said"], 0, 4)
    assert not _named_after(d.ents[0], d[1:2])


def test_a_number_word_may_open_an_alliance_name():
    d = Doc(NLP.vocab, words=["Three", "Kessary", "Alliance"])
    assert plausible_org(d[0:3])


def test_a_number_word_before_other_words_is_no_name():
    d = Doc(NLP.vocab, words=["Three", "Kessary", "Villages"])
    assert not plausible_org(d[0:3])
    d = Doc(NLP.vocab, words=["3", "Kessary", "Alliance"])
    assert not plausible_org(d[0:3])


@pytest.mark.model
def test_alliances_and_their_member_armies_are_found(extract):
    facts = extract(
        "The Tovala Army, the Myanmar National Democratic Alliance Army and the Kessary "
        "National Liberation Army, calling themselves the Three Brotherhood Alliance, said "
        "in a joint statement that they had begun an offensive.")
    names = {a.name for a in facts.actors}
    assert "Three Brotherhood Alliance" in names
    assert "Myanmar National Democratic Alliance Army" in names
    assert "NATO" not in names and "Alliance Army" not in names


def test_west_african_honorifics_are_not_part_of_the_name():
    from kg.extractors.actors import clean_name
    for words in (["Alhaji", "Umar", "Bello"], ["Alh", "Umar", "Bello"],
                  ["Mallam", "Isa", "Gado"], ["Prof.", "Ali", "Zubairu"]):
        d = Doc(NLP.vocab, words=words)
        assert clean_name(d[0:3], person=True).text == " ".join(words[1:])


def test_a_surname_that_is_also_an_honorific_stays():
    from kg.extractors.actors import clean_name
    d = Doc(NLP.vocab, words=["Bunu", "Malam"])
    assert clean_name(d[0:2], person=True).text == "Bunu Malam"
    d = Doc(NLP.vocab, words=["Isa", "Alhaji"])
    assert clean_name(d[0:2], person=True).text == "Isa Alhaji"


@pytest.mark.model
def test_a_bodys_seat_city_where_people_met_is_a_place(extract):
    facts = extract("Tomas Vidal met Ana Ruiz in Brussels in April for talks hosted by "
                    "the Kessary Council.")
    assert "European Union" not in {a.name for a in facts.actors}


@pytest.mark.model
def test_a_bodys_seat_city_that_speaks_is_the_body(extract):
    facts = extract("Brussels said on Monday it would impose sanctions on Varnia.")
    assert "European Union" in {a.name for a in facts.actors}


@pytest.mark.model
def test_a_zone_or_area_the_model_tags_org_is_a_place(extract):
    facts = extract("Since then, the rebels have seized control of much of Kessary "
                    "Self-Administered Zone, which borders China.")
    assert not any("Zone" in a.name for a in facts.actors)


@pytest.mark.model
def test_a_body_whose_name_holds_a_zone_word_stays(extract):
    facts = extract("The Kessary Free Zone Authority said on Monday that exports had fallen.")
    assert any(a.name.endswith("Zone Authority") for a in facts.actors)


def test_a_name_ending_in_an_outlets_word_is_an_outlet():
    from kg.extractors.actors import outlet_named
    d = Doc(NLP.vocab, words=["Tovala", "Online", "reports"])
    assert outlet_named(d[0:2])
    d = Doc(NLP.vocab, words=["the", "Kessum", "Herald"])
    assert outlet_named(d[1:3])


def test_a_persons_name_or_a_lone_outlet_word_is_no_outlet():
    from kg.extractors.actors import outlet_named
    d = Doc(NLP.vocab, words=["Ana", "Newsome", "said"])
    assert not outlet_named(d[0:2])
    d = Doc(NLP.vocab, words=["Online", "news"])
    assert not outlet_named(d[0:1]) and not outlet_named(d[0:2])


def _titled(words, ent_start, ent_end, heads, deps):
    d = Doc(NLP.vocab, words=words, heads=heads, deps=deps)
    d.ents = [Span(d, ent_start, ent_end, label="ORG")]
    return d


def test_an_acronym_inside_an_org_entity_ending_in_its_title_is_the_body():
    from kg.extractors.actors import _in_titled_org
    # "Vidal, the KDF Spokesperson, said"
    d = _titled(["Vidal", ",", "the", "KDF", "Spokesperson", ",", "said"], 2, 5,
                [6, 0, 4, 4, 0, 0, 6], ["nsubj", "punct", "det", "compound", "appos",
                                        "punct", "ROOT"])
    assert _in_titled_org(d[3])


def test_a_word_of_an_org_entity_ending_in_a_body_noun_is_not():
    from kg.extractors.actors import _in_titled_org
    # "the KDF Command said"
    d = _titled(["the", "KDF", "Command", "said"], 0, 3, [2, 2, 3, 3],
                ["det", "compound", "nsubj", "ROOT"])
    assert not _in_titled_org(d[1])


@pytest.mark.model
def test_a_bodys_spokesperson_written_with_its_acronym_gets_the_role(extract):
    facts = extract("The Kessary Defence Force (KDF) repelled the attack on Monday. Brig Gen "
                    "Tomas Vidal, the KDF Spokesperson, said two soldiers were wounded.")
    got = {(r.holder, r.organization): r.title for r in facts.roles}
    assert got[("Tomas Vidal", "Kessary Defence Force")] == "Spokesperson"


def test_a_known_name_hyphened_to_a_letter_is_a_branch(actors):
    from kg.extractors.actors import _hyphen_suffixed
    d = Doc(NLP.vocab, words=["ISIS", "-", "K", "claimed"], spaces=[False, False, True, False])
    assert _hyphen_suffixed(d[0:1], actors.gaz)


def test_a_pair_of_known_names_or_a_spaced_dash_is_no_branch(actors):
    from kg.extractors.actors import _hyphen_suffixed
    d = Doc(NLP.vocab, words=["US", "-", "UK", "talks"], spaces=[False, False, True, False])
    assert not _hyphen_suffixed(d[0:1], actors.gaz)
    d = Doc(NLP.vocab, words=["ISIS", "-", "K", "claimed"], spaces=[True, True, True, False])
    assert not _hyphen_suffixed(d[0:1], actors.gaz)
