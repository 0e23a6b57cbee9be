"""Actor kinds found auditing conflict news excerpts (round 6: Sahel, Horn of Africa,
South Asia, the Caucasus, the Balkans, Latin America), on sentences written for these
tests (invented names and places)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from kg.extractors.actors import _lower_national_body

NLP = spacy.blank("en")


def tagged(words, heads, deps, pos, tags):
    return Doc(NLP.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)


def test_a_demonym_before_a_lower_case_ministry_names_the_body():
    # "the Varnian health ministry said"
    d = tagged(["the", "Varnian", "health", "ministry", "said"], [3, 3, 3, 4, 4],
               ["det", "amod", "compound", "nsubj", "ROOT"],
               ["DET", "ADJ", "NOUN", "NOUN", "VERB"], ["DT", "JJ", "NN", "NN", "VBD"])
    body = _lower_national_body(d, d[1:2])
    assert body is not None and body.text == "Varnian health ministry"
    # "the Varnian army said"
    d = tagged(["the", "Varnian", "army", "said"], [2, 2, 3, 3],
               ["det", "amod", "nsubj", "ROOT"], ["DET", "ADJ", "NOUN", "VERB"],
               ["DT", "JJ", "NN", "VBD"])
    assert _lower_national_body(d, d[1:2]).text == "Varnian army"


def test_a_demonym_before_other_nouns_names_no_body():
    # "Varnian health workers fled": people, not a body
    d = tagged(["Varnian", "health", "workers", "fled"], [2, 2, 3, 3],
               ["amod", "compound", "nsubj", "ROOT"], ["ADJ", "NOUN", "NOUN", "VERB"],
               ["JJ", "NN", "NNS", "VBD"])
    assert _lower_national_body(d, d[0:1]) is None
    # "Varnian army bases": the demonym modifies the bases, not the army
    d = tagged(["Varnian", "army", "bases", "burned"], [2, 2, 3, 3],
               ["amod", "compound", "nsubj", "ROOT"], ["ADJ", "NOUN", "NOUN", "VERB"],
               ["JJ", "NN", "NNS", "VBD"])
    assert _lower_national_body(d, d[0:1]) is None
    # a capitalised name is read as one ("the Varnian Health Ministry")
    d = tagged(["the", "Varnian", "Health", "Ministry", "said"], [3, 3, 3, 4, 4],
               ["det", "amod", "compound", "nsubj", "ROOT"],
               ["DET", "ADJ", "PROPN", "PROPN", "VERB"], ["DT", "JJ", "NNP", "NNP", "VBD"])
    assert _lower_national_body(d, d[1:2]) is None


@pytest.mark.model
def test_lower_case_national_ministry_is_an_organization_of_its_own(extract):
    facts = extract("The Chadian health ministry said four people were killed in the "
                    "strike near Tovala. The Chadian Health Ministry later raised the toll.")
    names = {a.name: a.type for a in facts.actors}
    bodies = [n for n in names if "ministry" in n.lower()]
    assert len(bodies) == 1 and names[bodies[0]] == "Organization", names


@pytest.mark.model
def test_the_national_body_keeps_its_country(extract):
    # "the Chadian Defence Ministry" had lost its country to the rule for "the BBC
    # Russian Service" (a demonym inside a name that starts with another name)
    facts = extract("The Chadian Defence Ministry said rebels attacked Tovala. "
                    "The Chadian defence ministry said two soldiers died.")
    bodies = [a for a in facts.actors if "ministry" in a.name.lower()]
    assert len(bodies) == 1, [a.name for a in facts.actors]
