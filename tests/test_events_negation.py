"""Events said not to have happened give no event: a negated verb, a subject with "no",
an event noun a negated or denying verb governs (model-free, on hand-built Docs), and
the same on real parses."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from kg.extractors.events import EventExtractor


def _doc(words, heads, deps, pos, lemmas=None):
    nlp = spacy.blank("en")
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos,
               lemmas=lemmas or [w.lower() for w in words])


negated = EventExtractor._negated


def test_a_subject_with_no_did_nothing():
    # "no unit opened fire"
    d = _doc(["no", "unit", "opened", "fire"], [1, 2, 2, 2], ["det", "nsubj", "ROOT", "dobj"],
             ["DET", "NOUN", "VERB", "NOUN"], ["no", "unit", "open", "fire"])
    assert negated(d[2])
    # must not fire: "the unit opened fire"
    e = _doc(["the", "unit", "opened", "fire"], [1, 2, 2, 2], ["det", "nsubj", "ROOT", "dobj"],
             ["DET", "NOUN", "VERB", "NOUN"], ["the", "unit", "open", "fire"])
    assert not negated(e[2])


def test_an_event_noun_under_a_negated_or_denying_verb():
    # "have not held talks"
    d = _doc(["They", "have", "not", "held", "talks"], [3, 3, 3, 3, 3],
             ["nsubj", "aux", "neg", "ROOT", "dobj"], ["PRON", "AUX", "PART", "VERB", "NOUN"],
             ["they", "have", "not", "hold", "talk"])
    assert negated(d[4])
    # "denied the attack", "ruled out talks"
    e = _doc(["Lima", "denied", "the", "attack"], [1, 1, 3, 1], ["nsubj", "ROOT", "det", "dobj"],
             ["PROPN", "VERB", "DET", "NOUN"], ["lima", "deny", "the", "attack"])
    assert negated(e[3])
    f = _doc(["Lima", "ruled", "out", "talks"], [1, 1, 1, 1], ["nsubj", "ROOT", "prt", "dobj"],
             ["PROPN", "VERB", "ADP", "NOUN"], ["lima", "rule", "out", "talk"])
    assert negated(f[3])
    # a headline's verb under the denial: "Rebels deny attack"
    g = _doc(["Rebels", "deny", "attack"], [1, 1, 1], ["nsubj", "ROOT", "xcomp"],
             ["NOUN", "VERB", "VERB"], ["rebel", "deny", "attack"])
    assert negated(g[2])
    # must not fire: "have held talks", "condemned the attack", "ruled the city"
    h = _doc(["They", "have", "held", "talks"], [2, 2, 2, 2], ["nsubj", "aux", "ROOT", "dobj"],
             ["PRON", "AUX", "VERB", "NOUN"], ["they", "have", "hold", "talk"])
    assert not negated(h[3])
    i = _doc(["Lima", "condemned", "the", "attack"], [1, 1, 3, 1],
             ["nsubj", "ROOT", "det", "dobj"], ["PROPN", "VERB", "DET", "NOUN"],
             ["lima", "condemn", "the", "attack"])
    assert not negated(i[3])


@pytest.mark.model
def test_events_said_not_to_happen(extract):
    f = extract("Moldova denies attack\n\nMoldovan officials said no Moldovan unit had opened "
                "fire on Romanian positions. Ukraine and Poland have not held talks since March.",
                published="2026-05-14")
    assert not f.events
    g = extract("Moldovan troops attacked Romanian positions on Tuesday. Ukraine and Poland "
                "held talks in Warsaw on Monday.", published="2026-05-14")
    assert {e.type for e in g.events} >= {"Attack", "Negotiation"}
