"""An event noun the parser takes for the subject of a planning verb ("talks on
Monday intended to extend the truce") is told with its purpose, not planned;
"talks are planned" and "Peru plans talks" stay planned. Hand-built Docs, no model."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from kg.extractors.events import EventExtractor

VOCAB = spacy.blank("en").vocab


def purpose_parse() -> Doc:
    # Peru held talks on Monday intended to extend the truce .
    # (as the small model parses it: "talks" the subject of "intended")
    words = ["Peru", "held", "talks", "on", "Monday", "intended", "to", "extend", "the",
             "truce", "."]
    return Doc(VOCAB, words=words, heads=[1, 1, 5, 2, 3, 1, 7, 5, 9, 7, 1],
               deps=["nsubj", "ROOT", "nsubj", "prep", "pobj", "ccomp", "aux", "xcomp",
                     "det", "dobj", "punct"],
               pos=["PROPN", "VERB", "NOUN", "ADP", "PROPN", "VERB", "PART", "VERB", "DET",
                    "NOUN", "PUNCT"],
               tags=["NNP", "VBD", "NNS", "IN", "NNP", "VBD", "TO", "VB", "DT", "NN", "."],
               lemmas=["Peru", "hold", "talk", "on", "Monday", "intend", "to", "extend", "the",
                       "truce", "."])


def passive_plan() -> Doc:
    # Talks are planned for Monday .
    words = ["Talks", "are", "planned", "for", "Monday", "."]
    return Doc(VOCAB, words=words, heads=[2, 2, 2, 2, 3, 2],
               deps=["nsubjpass", "auxpass", "ROOT", "prep", "pobj", "punct"],
               pos=["NOUN", "AUX", "VERB", "ADP", "PROPN", "PUNCT"],
               tags=["NNS", "VBP", "VBN", "IN", "NNP", "."],
               lemmas=["talk", "be", "plan", "for", "Monday", "."])


def active_plan() -> Doc:
    # Peru plans talks on Monday .
    words = ["Peru", "plans", "talks", "on", "Monday", "."]
    return Doc(VOCAB, words=words, heads=[1, 1, 1, 2, 3, 1],
               deps=["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
               pos=["PROPN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"],
               tags=["NNP", "VBZ", "NNS", "IN", "NNP", "."],
               lemmas=["Peru", "plan", "talk", "on", "Monday", "."])


def test_talks_the_parser_makes_the_subject_of_their_purpose_are_not_planned():
    doc = purpose_parse()
    assert not EventExtractor._planned(doc[2])


def test_talks_planned_or_someone_plans_stay_planned():
    assert EventExtractor._planned(passive_plan()[0])
    assert EventExtractor._planned(active_plan()[2])


def according_to_statement() -> Doc:
    # Peru agreed to reopen , according to a statement .
    words = ["Peru", "agreed", "to", "reopen", ",", "according", "to", "a", "statement", "."]
    return Doc(VOCAB, words=words, heads=[1, 1, 3, 1, 1, 1, 5, 8, 6, 1],
               deps=["nsubj", "ROOT", "aux", "xcomp", "punct", "prep", "prep", "det", "pobj",
                     "punct"],
               pos=["PROPN", "VERB", "PART", "VERB", "PUNCT", "VERB", "ADP", "DET", "NOUN",
                    "PUNCT"],
               lemmas=["Peru", "agree", "to", "reopen", ",", "accord", "to", "a", "statement",
                       "."])


def agreed_to_meeting() -> Doc:
    # Peru agreed to a meeting .
    words = ["Peru", "agreed", "to", "a", "meeting", "."]
    return Doc(VOCAB, words=words, heads=[1, 1, 1, 4, 2, 1],
               deps=["nsubj", "ROOT", "prep", "det", "pobj", "punct"],
               pos=["PROPN", "VERB", "ADP", "DET", "NOUN", "PUNCT"],
               lemmas=["Peru", "agree", "to", "a", "meeting", "."])


def test_a_source_named_after_according_to_is_not_what_was_agreed():
    assert not EventExtractor._planned(according_to_statement()[8])


def test_what_was_agreed_to_is_planned():
    assert EventExtractor._planned(agreed_to_meeting()[4])
