"""Reported speech rules: estimates "at" a figure, sources of data, pronoun
speakers of quotations, coordinated narrator clauses."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from kg.extractors.statements import _figure_at, _quoted_name


def _doc(words, heads, deps, pos=None, like_num=None):
    nlp = spacy.blank("en")
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps,
               pos=pos or ["X"] * len(words))


def test_figure_at_needs_an_object_and_a_number():
    # "Analysts put the toll at 27" -> fires
    d = _doc(["Analysts", "put", "the", "toll", "at", "27"], [1, 1, 3, 1, 1, 4],
             ["nsubj", "ROOT", "det", "dobj", "prep", "pobj"])
    assert _figure_at(d[1])
    # "Analysts put the box at the door" -> no figure, not an estimate
    e = _doc(["Analysts", "put", "the", "box", "at", "the", "door"], [1, 1, 3, 1, 1, 6, 4],
             ["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj"])
    assert not _figure_at(e[1])


@pytest.mark.model
def test_estimates_at_a_figure_are_statements(extract):
    f = extract("The Halden Institute, a think tank in Oslo, put total casualties at over "
                "40,000 in March.")
    assert any(s.speaker == "Halden Institute" and "total casualties at over 40,000" in s.content
               for s in f.statements)
    g = extract("The Halden Institute put its new office at the centre of Oslo.")
    assert not g.statements


@pytest.mark.model
def test_according_to_data_from_a_named_source(extract):
    f = extract("About 2.1 million people have fled the region, according to data from the "
                "International Organization for Migration.")
    assert any(s.speaker == "International Organization for Migration" and
               "2.1 million people have fled" in s.content for s in f.statements)
    g = extract("Trade rose sharply, according to the deal between Chile and Peru.")
    assert not any(s.speaker in ("Chile", "Peru") for s in g.statements)


@pytest.mark.model
def test_he_said_after_a_quotation_is_not_a_name_inside_it(extract):
    f = extract("Minister Lars Holm said Denmark would keep its troops in the region.\n\n"
                '"I told President Ana Sousa today that we cannot replace the two parties," '
                "he said at the airport.")
    quote = [s for s in f.statements if s.mode == "direct"]
    assert [s.speaker for s in quote] == ["Lars Holm"]


@pytest.mark.model
def test_a_coordinated_narrator_clause_is_not_part_of_what_was_expressed(extract):
    f = extract("Both Chile and Peru expressed skepticism and, after a visit from President "
                "Ana Sousa on May 3, the proposal did not lead to an agreement.")
    contents = {s.content for s in f.statements}
    assert "expressed skepticism" in contents
    assert not any("proposal" in c for c in contents)


def _st(speaker, content, mode, sentence="S."):
    from kg.model import Provenance, Statement
    return Statement(speaker, content, mode, None, Provenance(sentence, 0, 1, "t", 0.5))


def test_a_reported_clause_that_is_mostly_a_quotation_is_one_statement():
    from kg.extractors.statements import _once
    quote = _st("Ana Sousa", "The port will reopen soon", "direct")
    clause = _st("Ana Sousa", '"The port will reopen soon" after the storm', "reported")
    assert [(s.mode, s.content) for s in _once([quote, clause])] == [
        ("direct", clause.content)]
    # must not merge: another speaker, or the same words in another sentence
    other = _st("Lars Holm", "The port will reopen soon", "reported")
    assert len(_once([quote, other])) == 2
    wide = _st("Ana Sousa", "A survey by the port authority found the port will reopen",
               "reported")
    narrow = _st("Ana Sousa", "the port will reopen", "reported")
    assert [s.content for s in _once([wide, narrow])] == [narrow.content]
    later = _st("Ana Sousa", "the port will reopen", "reported", sentence="T.")
    assert len(_once([wide, later])) == 2


@pytest.mark.model
def test_said_x_after_a_clause_the_parser_left_unattached(extract):
    f = extract("As in the first round, when they called Lima first, the new talks were "
                "requested by the Chilean side, said Marta Quispe, an analyst at the Andes "
                "Policy Centre.")
    assert any(s.speaker == "Marta Quispe" and "requested by the Chilean side" in s.content
               for s in f.statements)
    g = extract("The talks were requested by the Chilean side, and nothing was said.")
    assert not g.statements


@pytest.mark.model
def test_what_a_source_found_is_its_authors_statement(extract):
    f = extract("A new Halden Institute assessment shows that the front lines have barely "
                "moved since May.")
    assert any(s.speaker == "Halden Institute" and "front lines have barely moved" in s.content
               for s in f.statements)
    g = extract("The Chilean army found a tunnel under the border near Arica.")
    assert not g.statements


@pytest.mark.model
def test_laid_out_his_assessment_is_a_statement(extract):
    f = extract("President Ilona Marsh laid out her assessment of the situation in the "
                "Baltic region.")
    assert any(s.speaker == "Ilona Marsh" and "her assessment of the situation" in s.content
               for s in f.statements)
    g = extract("President Ilona Marsh laid the first stone of the new bridge.")
    assert not g.statements


@pytest.mark.model
def test_another_voice_inside_a_reported_clause_is_left_out(extract):
    f = extract("President Ilona Marsh noted she would be following the vote in Tartu "
                "closely and emphasized voters should be free to speak without fear.")
    marsh = {s.content for s in f.statements if s.speaker == "Ilona Marsh"}
    assert "she would be following the vote in Tartu closely" in marsh
    assert any(c.startswith("voters should be free") for c in marsh)


def test_judged_as_needs_an_object_and_an_as_phrase():
    from kg.extractors.statements import _judged_as
    # "Peru rejected the plan as unfair" (as on the verb) -> fires
    d = _doc(["Peru", "rejected", "the", "plan", "as", "unfair"], [1, 1, 3, 1, 1, 4],
             ["nsubj", "ROOT", "det", "dobj", "prep", "pobj"])
    assert _judged_as(d[1])
    # "as" hung on the object -> fires
    e = _doc(["Peru", "rejected", "the", "plan", "as", "favoring", "Chile"],
             [1, 1, 3, 1, 3, 4, 5], ["nsubj", "ROOT", "det", "dobj", "prep", "pcomp", "dobj"])
    assert _judged_as(e[1])
    # "Peru rejected the plan" -> a refusal, not a judgement
    g = _doc(["Peru", "rejected", "the", "plan"], [1, 1, 3, 1], ["nsubj", "ROOT", "det", "dobj"])
    assert not _judged_as(g[1])


@pytest.mark.model
def test_a_judgement_as_something_is_a_statement(extract):
    f = extract("Witness Karl Brandt described the early scenes around the port as a complete "
                "disaster.")
    assert any(s.speaker == "Karl Brandt" and "as a complete disaster" in s.content
               for s in f.statements)


@pytest.mark.model
def test_claimed_by_a_group_is_its_statement(extract):
    f = extract("The Tartu bombing, claimed by the Northern Liberation Front, shocked Estonia.")
    speakers = {s.speaker: s.content for s in f.statements}
    assert any("Front" in sp and c.startswith("The Tartu bombing") for sp, c in speakers.items())
    g = extract("The Tartu bombing, seen by many as a warning, shocked Estonia.")
    assert not g.statements


@pytest.mark.model
def test_a_quoted_name_after_a_naming_verb_is_not_a_statement(extract):
    f = extract('It began as what the Norland Defence Ministry calls a "border security '
                'operation" in March.')
    assert not any(s.mode == "direct" for s in f.statements)
    g = extract('Minister Lars Holm said: "border security comes first now".')
    assert any(s.mode == "direct" and s.speaker == "Lars Holm" for s in g.statements)


@pytest.mark.model
def test_what_follows_a_colon_belongs_to_the_readout_verb(extract):
    f = extract("Minister Lars Holm expressed doubts: how can anyone trust the Norland "
                "government now?")
    assert any(s.speaker == "Lars Holm" and "trust the Norland government" in s.content
               for s in f.statements)


@pytest.mark.model
def test_welcoming_a_guest_is_not_a_statement_but_welcoming_a_step_is(extract):
    f = extract("President Ilona Marsh welcomed Prime Minister Karl Brandt to Tallinn to "
                "discuss energy links.")
    assert not any(s.content.startswith("welcomed") for s in f.statements)
    g = extract("President Ilona Marsh welcomed the decision to reopen the border crossing.")
    assert any(s.speaker == "Ilona Marsh" and "decision to reopen" in s.content
               for s in g.statements)


@pytest.mark.model
def test_a_quotation_split_by_its_attribution_is_one_statement(extract):
    f = extract('"The harbour will stay open," Minister Lars Holm said after visiting the '
                'port. "Nobody should fear for the ferries."\n\n'
                '"Prices will rise," economist Ana Sousa said. "Wages will not," Minister '
                "Lars Holm replied.")
    direct = [(s.speaker, s.content) for s in f.statements if s.mode == "direct"]
    assert ("Lars Holm", "The harbour will stay open. Nobody should fear for the ferries") \
        in direct
    # must not merge: the next quotation has a speaker of its own
    assert any(sp == "Ana Sousa" and c == "Prices will rise" for sp, c in direct)
    assert any(sp == "Lars Holm" and c.startswith("Wages will not") for sp, c in direct)


@pytest.mark.model
def test_quoted_as_saying_is_the_subjects_statement(extract):
    f = extract("Chilean Minister Rosa Vidal was quoted as saying that the border would "
                "reopen next week.")
    assert any(s.speaker == "Rosa Vidal" and s.content.startswith("the border would reopen")
               for s in f.statements)
    g = extract("Chilean Minister Rosa Vidal was seen as favouring a reopening of the border.")
    assert not g.statements


def test_a_quoted_name_that_modifies_a_noun_is_not_speech():
    nlp = spacy.blank("en")
    # the plan funds a " Safe Harbors for All " program
    words = ["the", "plan", "funds", "a", "\u201c", "Safe", "Harbors", "for", "All", "\u201d",
             "program"]
    heads = [1, 2, 2, 10, 6, 6, 10, 6, 7, 6, 2]
    deps = ["det", "nsubj", "ROOT", "det", "punct", "amod", "compound", "prep", "pobj",
            "punct", "dobj"]
    pos = ["DET", "NOUN", "VERB", "DET", "PUNCT", "ADJ", "PROPN", "ADP", "PRON", "PUNCT",
           "NOUN"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert _quoted_name(doc[5:9])
    # a quoted clause that a verb governs is speech
    words = ["she", "said", "\u201c", "ports", "stay", "open", "for", "all", "\u201d"]
    heads = [1, 1, 4, 4, 1, 4, 4, 6, 4]
    deps = ["nsubj", "ROOT", "punct", "nsubj", "ccomp", "acomp", "prep", "pobj", "punct"]
    pos = ["PRON", "VERB", "PUNCT", "NOUN", "VERB", "ADJ", "ADP", "PRON", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert not _quoted_name(doc[3:8])
