""""Telephone talks" and "phone talks" are a PhoneCall (GUIDELINES: types), plain or
video talks stay Negotiation. Hand-built Docs, no model; invented names."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from kg.extractors.events import EventExtractor

VOCAB = spacy.blank("en").vocab


def talks(modifier: str | None) -> Doc:
    # Ruiz held [modifier] talks with Lind .
    mid = [modifier] if modifier else []
    words = ["Ruiz", "held", *mid, "talks", "with", "Lind", "."]
    t = 2 + len(mid)  # index of "talks"
    heads = [1, 1, *([t] if mid else []), 1, t, t + 1, 1]
    deps = ["nsubj", "ROOT", *(["compound"] if mid else []), "dobj", "prep", "pobj", "punct"]
    pos = ["PROPN", "VERB", *(["NOUN"] if mid else []), "NOUN", "ADP", "PROPN", "PUNCT"]
    lemmas = ["Ruiz", "hold", *mid, "talk", "with", "Lind", "."]
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas,
               ents=["B-PERSON", "O", *(["O"] if mid else []), "O", "O", "B-PERSON", "O"])


@pytest.mark.parametrize("modifier", ["telephone", "phone"])
def test_telephone_talks_are_a_phone_call(modifier):
    doc = talks(modifier)
    assert EventExtractor._type(doc[3], doc[:]) == "PhoneCall"


@pytest.mark.parametrize("modifier", [None, "video"])
def test_other_talks_stay_talks(modifier):
    doc = talks(modifier)
    i = 3 if modifier else 2
    assert EventExtractor._type(doc[i], doc[:]) == "Negotiation"
