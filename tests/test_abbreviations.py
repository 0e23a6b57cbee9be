"""Abbreviated ranks stay one token, so their full stop ends no sentence."""

from __future__ import annotations

import pytest
import spacy

from kg.nlp import keep_abbreviations


def test_a_rank_keeps_its_full_stop():
    nlp = spacy.blank("en")
    text = "Spokesman Brig. Gen. Ana Ruiz met Lt. Col. Ed Fox and CAPT. Jo Tull."
    assert "Brig" in [t.text for t in nlp(text)]  # spaCy alone splits it
    keep_abbreviations(nlp)
    words = [t.text for t in nlp(text)]
    assert {"Brig.", "Gen.", "Lt.", "Col.", "CAPT."} <= set(words)
    assert words[-1] == "."  # a sentence's own full stop is still split off


@pytest.mark.model
def test_the_sentence_after_a_rank_keeps_its_speaker_and_role(nlp, extract):
    text = "Army spokesman Brig. Gen. Tomas Ferro said the rebels had withdrawn."
    assert len(list(nlp(text).sents)) == 1
    facts = extract(text)
    assert [(s.speaker, s.content) for s in facts.statements] == [
        ("Tomas Ferro", "the rebels had withdrawn")]
    assert [(r.holder, r.title) for r in facts.roles] == [("Tomas Ferro", "spokesman")]


@pytest.mark.model
def test_an_abbreviated_rank_is_no_part_of_the_name(extract):
    facts = extract("The police chief, Col. Ed Fox, told reporters that two officers died.")
    assert [a.name for a in facts.actors if a.type == "Person"] == ["Ed Fox"]
