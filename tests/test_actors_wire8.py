"""Actor kinds found auditing conflict news excerpts (round 8), on sentences written
for these tests (invented names)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from kg.extractors.actors import clean_name

NLP = spacy.blank("en")


def test_a_day_the_model_tagged_as_a_name_is_no_name():
    d = Doc(NLP.vocab, words=["the", "EU", "and", "UN", "Monday", "called"])
    assert clean_name(d[4:5], person=True).text == ""


def test_a_name_with_a_months_word_in_it_stays_a_name():
    d = Doc(NLP.vocab, words=["Amina", "August", "said"])
    assert clean_name(d[0:2], person=True).text == "Amina August"
