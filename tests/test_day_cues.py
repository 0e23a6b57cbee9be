"""A sentence's day named without a date ("this afternoon", "last night"), which the
model often leaves untagged: the cue nearest the event's word is its day. Model-free,
on hand-built Docs."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

import kg.extractors  # noqa: F401  (registers the Doc extensions)
from kg.extractors.common import sentence_date

WORDS = ["Ruiz", "spoke", "this", "afternoon", "with", "Lind", "after", "Lind", "declared",
         "an", "emergency", "last", "night", "."]


def _doc(words: list[str]) -> Doc:
    doc = Doc(spacy.blank("en").vocab, words=words)
    doc._.kg_article = {"id": "t", "published": "2026-06-25", "title": None}
    return doc


def test_the_cue_nearest_the_event_word_gives_its_day():
    doc = _doc(WORDS)
    sent = doc[:]
    assert sentence_date(sent, doc, near=doc[1]) == "2026-06-25"  # spoke: this afternoon
    assert sentence_date(sent, doc, near=doc[8]) == "2026-06-24"  # declared: last night


def test_without_an_event_word_the_first_cue_in_order_stands_and_no_cue_gives_none():
    doc = _doc(WORDS)
    # DAY_CUES puts "last night" before "this afternoon"
    assert sentence_date(doc[:], doc) == "2026-06-24"
    plain = _doc(["Ruiz", "spoke", "with", "Lind", "."])
    assert sentence_date(plain[:], plain, near=plain[1]) is None
