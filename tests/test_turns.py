"""Speaker turns of a transcript read as their speakers' direct statements
(kg.extractors.turns; invented names and texts)."""

from __future__ import annotations

import pytest

from kg.extractors.turns import _about, paragraphs

TRANSCRIPT = (
    "Talks with President of Chile Tomas Lind\n\n"
    "Ana Ruiz held talks with President of Chile Tomas Lind in Lima.\n\n"
    "Ana Ruiz: Mr President, friends, welcome to Lima. Trade between our countries "
    "grew strongly last year.\n\n"
    "We will keep working on the new port together.\n\n"
    "Tomas Lind (retranslated): Thank you, Madam President. Chile values this "
    "partnership with Peru.\n\n"
    "Ana Ruiz: Let us begin.\n")


def test_paragraphs_are_the_lines_of_a_range():
    text = "A: one two\n\n  three four  \nfive"
    assert [text[s:e] for s, e in paragraphs(text, 3, len(text))] == [
        "one two", "three four", "five"]


def test_a_body_opening_with_its_own_name_is_about_the_person():
    assert _about("Ana Ruiz", "Ana Ruiz will serve as deputy adviser.")
    assert not _about("Ana Ruiz", "Thank you. Chile and Peru will trade more.")


@pytest.mark.model
def test_each_paragraph_of_a_turn_is_its_speakers_direct_statement(extract):
    facts = extract(TRANSCRIPT)
    turns = [(s.speaker, s.content) for s in facts.statements
             if s.provenance and s.provenance.extractor.endswith(".turn")]
    assert ("Ana Ruiz", "We will keep working on the new port together.") in turns
    assert any(who == "Tomas Lind" and "values this partnership" in what
               for who, what in turns)
    assert any(who == "Ana Ruiz" and what.startswith("Mr President, friends")
               for who, what in turns)
    assert all(s.mode == "direct" for s in facts.statements
               if s.provenance and s.provenance.extractor.endswith(".turn"))


@pytest.mark.model
def test_a_list_of_profiles_is_no_transcript(extract):
    facts = extract(
        "Ana Ruiz: Ana Ruiz will serve as deputy adviser for trade. She worked in Lima.\n\n"
        "Tomas Lind: Tomas Lind will serve as special adviser. He led the port office.\n")
    assert not [s for s in facts.statements
                if s.provenance and s.provenance.extractor.endswith(".turn")]


@pytest.mark.model
def test_questions_and_labels_naming_nobody_give_no_turn_statements(extract):
    facts = extract(
        "MS. RUIZ: Good afternoon. We have one announcement about the port.\n\n"
        "Q: Will the talks with Chile resume next week?\n\n"
        "MS. RUIZ: Yes, they will resume on Monday in Lima.\n")
    speakers = {s.speaker for s in facts.statements
                if s.provenance and s.provenance.extractor.endswith(".turn")}
    assert "Q" not in speakers
