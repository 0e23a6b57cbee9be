"""Names used as a ship or a place, not actors (round 8), on hand-built Docs with
invented names."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from kg.extractors.table import as_place

VOCAB = spacy.blank("en").vocab


def test_a_name_on_a_ship_noun_is_no_actor():
    d = Doc(VOCAB, words=["hit", "the", "Kessa", "Star", "bulk", "carrier"],
            heads=[0, 5, 3, 5, 5, 0], deps=["ROOT", "det", "compound", "compound",
                                             "compound", "dobj"])
    assert as_place(d[3])


def test_a_name_on_a_firm_noun_is_not_a_ship():
    d = Doc(VOCAB, words=["the", "Kessa", "Star", "company", "said"],
            heads=[3, 2, 3, 4, 4], deps=["det", "compound", "compound", "nsubj", "ROOT"])
    assert not as_place(d[2])


def test_along_a_named_line_is_a_place():
    d = Doc(VOCAB, words=["killed", "along", "the", "Kessary", "Line"],
            heads=[0, 0, 4, 4, 1], deps=["ROOT", "prep", "det", "compound", "pobj"])
    assert as_place(d[4])
