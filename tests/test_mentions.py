"""doc.spans["kg_mentions"]: every actor mention, its type and its canonical name."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

import kg.extractors  # noqa: F401  (registers the factories and doc extensions)
from kg.extractors.actors import ActorExtractor
from kg.extractors.mentions import MENTIONS, actor_of, mention_of, mentions_of


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


@pytest.fixture(scope="module")
def actors(blank):
    return ActorExtractor(blank)


def hand_doc(blank, words, ents):
    return Doc(blank.vocab, words=words, ents=ents)


def test_every_resolved_mention_is_a_span_with_its_actor(blank, actors):
    # "Ana Ruiz of France met Lind . Ruiz said Paris agreed ."
    words = "Ana Ruiz of France met Bo Lind . Ruiz said the French agreed .".split()
    ents = ["B-PERSON", "I-PERSON", "O", "B-GPE", "O", "B-PERSON", "I-PERSON", "O",
            "B-PERSON", "O", "O", "B-NORP", "O", "O"]
    doc = actors(hand_doc(blank, words, ents))
    got = [(m.text, m.label_, m.id_) for m in doc.spans[MENTIONS]]
    assert ("Ana Ruiz", "Person", "Ana Ruiz") in got
    assert ("Ruiz", "Person", "Ana Ruiz") in got  # the surname is the same actor
    assert ("France", "Country", "France") in got
    assert ("French", "Country", "France") in got  # a demonym stands for its country
    assert [m.start for m in doc.spans[MENTIONS]] == sorted(m.start for m in doc.spans[MENTIONS])
    # the group and the table agree on every token
    table = doc._.kg_table
    assert all(actor_of(t) == table.by_token[t.i] for t in doc)


def test_lookup_helpers(blank, actors):
    words = "Ana Ruiz of France met Bo Lind .".split()
    ents = ["B-PERSON", "I-PERSON", "O", "B-GPE", "O", "B-PERSON", "I-PERSON", "O"]
    doc = actors(hand_doc(blank, words, ents))
    assert actor_of(doc[1]) == "Ana Ruiz"
    assert actor_of(doc[0:3]) == "Ana Ruiz"  # a span: the mention of its root
    assert actor_of(doc[4]) is None  # "met" mentions no one
    assert mention_of(doc[3]).label_ == "Country"
    assert [m.text for m in mentions_of(doc, "Bo Lind")] == ["Bo Lind"]


def test_words_that_are_no_actor_are_no_mention(blank, actors):
    # a DATE and a plain noun: nothing to resolve
    words = "On Monday the ministry was closed .".split()
    ents = ["O", "B-DATE", "O", "O", "O", "O", "O"]
    doc = actors(hand_doc(blank, words, ents))
    assert list(doc.spans[MENTIONS]) == []


def test_a_mention_added_later_joins_the_group(blank, actors):
    words = "Ana Ruiz spoke . The envoy left .".split()
    ents = ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O"]
    doc = actors(hand_doc(blank, words, ents))
    table = doc._.kg_table
    table.add_mention(doc[5:6], "Ana Ruiz", "the envoy")  # as kg_roles does for a nominal
    assert actor_of(doc[5]) == "Ana Ruiz"
    assert [m.text for m in mentions_of(doc, "Ana Ruiz")] == ["Ana Ruiz", "envoy"]


@pytest.mark.model
def test_mentions_with_the_model(nlp):
    doc = nlp("Russian President Vladimir Putin met Chinese leader Xi Jinping in Moscow on "
              "Tuesday. Putin said Russia and China would deepen ties.")
    by_text = {m.text: (m.label_, m.id_) for m in doc.spans[MENTIONS]}
    assert by_text["Vladimir Putin"] == ("Person", "Vladimir Putin")
    assert by_text["Putin"] == ("Person", "Vladimir Putin")
    assert by_text["Russia"][0] == "Country"
    # the names the facts use are the mentions' ids
    names = {m.id_ for m in doc.spans[MENTIONS]}
    speakers = {s.speaker for s in doc._.kg_facts["statements"]}
    assert speakers and speakers <= names
