"""Round-8 constructions from a fresh conflict-news audit: the inverted speaker the
parser takes for an object ('"...," warned the spokesperson for X'), "he" after "a
spokesperson for X" (the spokesperson, not X), and a quotation paragraph followed by a
sentence whose verb of saying has its own object (it attributes nothing back). Invented
texts; each rule has one that fires and one that must not."""

from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from kg.extractors.pronoun_speakers import inverted_object


def _pairs(f):
    return [(s.speaker, s.content) for s in f.statements]


def _doc(words, heads, deps, pos):
    return Doc(English().vocab, words=words, heads=heads, deps=deps, pos=pos)


# '"Calm is needed," warned the spokesperson for Lind .'
_WORDS = ['"', "Calm", "is", "needed", ",", '"', "warned", "the", "spokesperson", "for",
          "Lind", "."]
_HEADS = [6, 3, 3, 6, 3, 6, 6, 8, 6, 6, 9, 6]
_DEPS = ["punct", "nsubjpass", "auxpass", "ccomp", "punct", "punct", "ROOT", "det", "dobj",
         "prep", "pobj", "punct"]
_POS = ["PUNCT", "NOUN", "AUX", "VERB", "PUNCT", "PUNCT", "VERB", "DET", "NOUN", "ADP",
        "PROPN", "PUNCT"]


def test_inverted_object_after_a_quotation_is_the_speaker():
    doc = _doc(_WORDS, _HEADS, _DEPS, _POS)
    quoted = [1 <= i <= 4 for i in range(len(doc))]
    obj = inverted_object(doc[6], quoted)
    assert obj is not None and obj.text == "spokesperson"


def test_object_of_a_verb_with_its_own_subject_is_no_speaker():
    # 'Ivo warned the spokesperson for Lind .': a subject of its own, no quotation
    words = ["Ivo", "warned", "the", "spokesperson", "for", "Lind", "."]
    doc = _doc(words, [1, 1, 3, 1, 1, 4, 1],
               ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
               ["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"])
    assert inverted_object(doc[1], [False] * len(doc)) is None
    # the quotation's words alone: no closing mark between it and the verb
    doc = _doc(_WORDS, _HEADS, _DEPS, _POS)
    assert inverted_object(doc[6], [False] * len(doc)) is None


@pytest.mark.model
def test_warned_the_spokesperson_after_a_quotation_speaks(extract):
    # must fire: the spokesperson the parser took for the object of "warned"
    f = extract('"We expect Premier Anton Kessel to take steps towards calm," warned the '
                "spokesperson for the Veldor foreign policy chief Marta Lind.")
    assert ("spokesperson", "We expect Premier Anton Kessel to take steps towards calm") \
        in _pairs(f)
    # a quotation of two sentences: the verb's sentence is not the quotation's first
    f = extract('"We expect Premier Anton Kessel to take steps towards calm. Otherwise '
                'there will be measures," warned the spokesperson for the Veldor foreign '
                "policy chief Marta Lind.")
    assert any(sp == "spokesperson" and c.startswith("We expect") for sp, c in _pairs(f))
    # must not fire: a person warned who is no speaker of the quotation
    g = extract("Marta Lind met the Veldor envoy on Monday. She warned the spokesperson "
                "for the ministry about the leak.")
    assert "spokesperson" not in {sp for sp, _ in _pairs(g)}


@pytest.mark.model
def test_he_after_a_spokesperson_for_someone_is_the_spokesperson(extract):
    # must fire: "he" is the spokesperson, not the chief he speaks for
    f = extract("The spokesperson for the Veldor foreign policy chief Marta Lind warned of "
                'new measures. "These are not sanctions, but restrictive measures," he '
                "insisted.")
    assert ("spokesperson", "These are not sanctions, but restrictive measures") in _pairs(f)
    # must not fire: an officer "of" the police named in the title is that person
    g = extract("Inspector General of Police Tomas Vell spoke to reporters on Monday. "
                '"These are not sanctions, but restrictive measures," he said.')
    assert ("Tomas Vell", "These are not sanctions, but restrictive measures") in _pairs(g)


@pytest.mark.model
def test_next_sentence_with_its_own_object_attributes_nothing_back(extract):
    # must fire: the quotation paragraph continues the ministry, not the president
    # whose next sentence condemns something of its own
    f = extract('The Karvian foreign ministry said on Wednesday it rejected the attack. '
                '"The foreign ministry rejects these attacks," it said in a statement.\n'
                '"The foreign ministry will summon the Dorian ambassador and convey this '
                'to him."\n'
                "Earlier on Wednesday, Karvia's President Olek Brann condemned the strikes "
                "on the bases.")
    said = _pairs(f)
    assert ("Olek Brann", "The foreign ministry will summon the Dorian ambassador and "
            "convey this to him") not in said
    assert any(sp == "Karvian foreign ministry" and c.startswith("The foreign ministry will")
               for sp, c in said)
    # the sentence after may still be the attribution when it says nothing of its own
    g = extract('The talks ended on Monday. "We will never accept such attacks on our '
                'soil." Olek Brann said so at the border.')
    assert ("Olek Brann", "We will never accept such attacks on our soil") in _pairs(g)


@pytest.mark.model
def test_his_office_speaks_for_the_person(extract):
    # must fire: "his office" is the president named before; "X's office" is X
    f = extract("Karvia's President Olek Brann condemned the strikes. \"We denounce the "
                'bombing that hit our territory," his office said in a statement.')
    assert ("Olek Brann", "We denounce the bombing that hit our territory") in _pairs(f)
    g = extract('"We denounce the bombing that hit our territory," Olek Brann\'s office '
                "said in a statement.")
    assert ("Olek Brann", "We denounce the bombing that hit our territory") in _pairs(g)
    # must not fire: "the office" and "its office" are no person's
    h = extract('Olek Brann arrived on Monday. "The building was damaged in the blast," '
                "the office said.")
    assert "Olek Brann" not in {sp for sp, _ in _pairs(h)}


@pytest.mark.model
def test_according_to_a_source_then_its_description_is_not_content(extract):
    # must fire: the apposition after the closing source phrase describes the source
    f = extract("Four years since the war began, Tarvia controls a fifth of Loria's "
                "territory, according to estimates from the Council on Regional Affairs, a "
                "Veldor think tank that tracks the conflict.")
    assert ("Council on Regional Affairs", "Four years since the war began, Tarvia controls "
            "a fifth of Loria's territory") in _pairs(f)
    # must not cut: a source phrase before the clause keeps the clause whole
    g = extract("According to Tarvia Monitor, an academic research outfit, Tarvia has lost "
                "roughly 2,000 tanks since the spring.")
    assert ("Tarvia Monitor", "Tarvia has lost roughly 2,000 tanks since the spring") \
        in _pairs(g)


@pytest.mark.model
def test_a_group_named_by_nationality_is_the_body_named_before(extract):
    # must fire: "the Chilean group" after the front was named is the front
    f = extract("The Andean Liberation Front said the army had shelled the town. The "
                "Chilean group added that it was avoiding any armed engagements near "
                "civilians.")
    assert ("Andean Liberation Front", "it was avoiding any armed engagements near "
            "civilians") in _pairs(f)
    # must not fire: with no body named before, no organization is taken for it
    g = extract("Chile said the army had shelled the town. The Chilean group added that "
                "it was avoiding any armed engagements near civilians.")
    assert all(sp == "Chile" for sp, _ in _pairs(g))


@pytest.mark.model
def test_by_saying_that_is_the_subject_of_the_verb_it_qualifies(extract):
    # must fire: "X responded by saying that ..." is X's
    f = extract("Ivo Banek responded by saying that the talks had failed because of the "
                "blockade.")
    assert ("Ivo Banek", "the talks had failed because of the blockade") in _pairs(f)
    # must not fire: "by saying goodbye" reports no clause
    g = extract("Ivo Banek ended the visit by saying goodbye to the delegates from the "
                "southern provinces.")
    assert not g.statements


@pytest.mark.model
def test_rejecting_an_accusation_is_a_statement_of_anyone(extract):
    # must fire: a country or a person rejecting a claim says something
    f = extract("Chile rejected the report, calling it a fabrication by the rebels.")
    assert ("Chile", "rejected the report") in _pairs(f)
    g = extract("Ivo Banek rejected the accusations as baseless.")
    assert any(sp == "Ivo Banek" and c.startswith("rejected the accusations")
               for sp, c in _pairs(g))
    # must not fire: rejecting a draft is a refusal (a commitment), not a statement,
    # and "rejected ..., saying ..." is said once, by the saying
    h = extract("Chile rejected the draft resolution on Monday.")
    assert not h.statements
    k = extract("The Peruvian army rejected the accusations, saying its troops had not "
                "crossed the border.")
    assert [c for sp, c in _pairs(k)] == ["its troops had not crossed the border"]


@pytest.mark.model
def test_a_person_after_a_saying_clause_is_its_speaker_an_outlet_relays(extract):
    # must fire: the spokesperson after "X urges ..." says it (for the country)
    f = extract("The Veldor government urges Rostan to refrain from aggressive actions and "
                "adhere to international law, said Tomas Vell, a spokesperson for the "
                "country's maritime council.")
    assert any(sp == "Tomas Vell" and "urges Rostan to refrain" in c for sp, c in _pairs(f))
    # must not fire: an outlet after "The army said ..." only relays it
    g = extract("The army said it had repelled the attack on the base, Reuters reported.")
    assert "Reuters" not in {sp for sp, _ in _pairs(g)}
