"""Joint statements in their issuers' own voice (GUIDELINES.md §Statements)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from kg.extractors.statement_words import TEXT_END
from kg.extractors.statements_joint import BULLET, HEADING, Passage


def test_bullets_and_text_end_markers():
    assert BULLET.match("- Restore the ferry line.")
    assert BULLET.match("2) Restore the ferry line.")
    assert not BULLET.match("Restore the ferry line - soon.")
    assert TEXT_END.match("End Text")
    assert TEXT_END.match("Signed at Valletta on 3 May 2026.")
    assert not TEXT_END.match("We signed the protocol on fisheries.")


def test_headings_are_bold_italic_or_hash_lines():
    assert HEADING.match("**Pillar Two \u2013 Armed Fishing Boats**")
    assert HEADING.match("## Border crossings")
    assert HEADING.match("*Ferries Will Resume Service*")
    assert not HEADING.match("We welcome the **new** ferry line.")
    assert not HEADING.match("**Ferries.** We agree to restore the ferry line.")


def test_passage_text_drops_bullet_marks_and_joins_lines():
    nlp = spacy.blank("en")
    text = "We note the following:\n- fewer tariffs\n- more ferries"
    doc = nlp(text)
    p = Passage(0, len(text), doc[:])
    assert p.text(doc) == "We note the following: fewer tariffs more ferries"
    assert isinstance(doc, Doc)


@pytest.mark.model
def test_we_passages_of_a_named_collective_are_one_statement_each(extract):
    f = extract(
        "Begin Text\n\n"
        "We, the Baltic Sea Foreign Ministers of Estonia, Latvia and Lithuania, condemn the "
        "seizure of the research vessel Aurora. Crews must be released. We call on the "
        "authorities in Norland to return the vessel without delay.\n\n"
        "We remain committed to the freedom of navigation in the region.\n\nEnd Text")
    own = [s for s in f.statements if s.speaker == "Baltic Sea Foreign Ministers"]
    assert len(own) == 3
    assert own[0].content.startswith("We, the Baltic Sea") and "Crews must" in own[0].content
    assert own[1].content.startswith("We call on the authorities")
    assert all(s.mode == "direct" for s in own)
    # one statement per passage, not one per country as well
    assert not any(s.speaker in ("Estonia", "Latvia", "Lithuania") for s in f.statements)


@pytest.mark.model
def test_named_parties_that_say_our_issue_each_paragraph(extract):
    f = extract(
        "Today, the Republic of Chile and the Kingdom of Norway agreed to a framework to "
        "deepen our fisheries cooperation.\n"
        "Key elements of the framework will include:\n"
        "Chile will open two ports to Norwegian research vessels.\n"
        "Norway will fund a joint survey of salmon stocks. Norway will share its data.\n"
        "In addition, the two countries take note of the following planned deals:\n"
        "Purchase of twelve patrol boats.\n"
        "Training for forty inspectors.\n")
    by = {}
    for s in f.statements:
        by.setdefault(s.content, set()).add(s.speaker)
    assert by["Chile will open two ports to Norwegian research vessels."] == {"Chile", "Norway"}
    assert any(c.startswith("Norway will fund") and c.endswith("share its data.") for c in by)
    assert any(c.startswith("In addition") and "Training for forty inspectors" in c
               for c in by)
    assert not any(c.startswith("Key elements") for c in by)  # a heading, not a passage


@pytest.mark.model
def test_unnamed_first_person_and_quoted_we_are_not_own_voice(extract):
    f = extract("We believe the ferry talks will fail. Our readers deserve better.")
    assert not f.statements
    g = extract('"We will reopen the port," Chilean Minister Rosa Vidal said on Monday. '
                "The port has been closed since March.")
    assert [(s.speaker, s.mode) for s in g.statements] == [("Rosa Vidal", "direct")]


@pytest.mark.model
def test_every_government_listed_after_we_issues_the_text(extract):
    f = extract(
        "We, the governments of Peru, Chile, Bolivia, Ecuador, Paraguay and Uruguay, "
        "recognize the threat posed by illegal fishing.\n\n"
        "**Pillar One \u2013 Nuclear-Powered Fishing Boats**\n\n"
        "We are committed to stopping it.")
    own = {}
    for s in f.statements:
        own.setdefault(s.content[:10], set()).add(s.speaker)
    parties = {s.speaker for s in f.statements}
    assert len(parties) == 6, parties
    assert all(len(v) == 6 for v in own.values()), own
    assert not any("Pillar" in c for c in own)


@pytest.mark.model
def test_a_signed_statement_in_the_first_person_singular_is_its_signers_text(extract):
    f = extract(
        "Statement from President Ana Ruiz on the Harbor Bill\n\n"
        "The harbor of Port Lenna has waited too long for repairs. The new bill pays for "
        "them in full.\n\n"
        "Last week, I signed the bill into law, and I am proud of the workers who will "
        "rebuild the piers.\n\n###")
    own = [s for s in f.statements if s.speaker == "Ana Ruiz" and s.mode == "direct"]
    # every paragraph under the header, the first one too, though it has no "I"
    assert [s.content.split()[:3] for s in own] == [
        ["The", "harbor", "of"], ["Last", "week,", "I"]], own


@pytest.mark.model
def test_a_readout_or_an_unsigned_text_is_not_own_voice(extract):
    f = extract(
        "Readout of President Ana Ruiz's Call with Prime Minister Tomas Berg of Norland\n\n"
        "President Ana Ruiz spoke today with Prime Minister Tomas Berg of Norland. The two "
        "leaders discussed our shared work on fisheries and the new ferry line.\n\n###")
    assert not [s for s in f.statements if s.mode == "direct"], f.statements
    g = extract("I think the ferry talks will fail. My readers deserve better.")
    assert not g.statements
    h = extract(
        "The first US-Norland ferry dialogue met in Tromso. Officials of the US and Norland "
        "discussed ferry schedules.")
    assert not [s for s in h.statements if s.mode == "direct"], h.statements


@pytest.mark.model
def test_a_joint_headline_and_a_listed_subject_name_the_issuers_of_a_we_text(extract):
    text = ("In May, Chile, the Republic of Peru and Ecuador announced the Pacific "
            "Fisheries Pact.\n\nWe stand together to protect the ocean and its fishermen.")
    # must fire: "Joint Leaders' Statement" is a joint headline; the list is the parties
    f = extract("Joint Leaders' Statement on the Pacific Fisheries Pact\n\n" + text)
    own = {}
    for s in f.statements:
        if s.mode == "direct":
            own.setdefault(s.content[:12], set()).add(s.speaker)
    assert own == {"In May, Chil": {"Chile", "Peru", "Ecuador"},
                   "We stand tog": {"Chile", "Peru", "Ecuador"}}, own
    # must not fire: no joint headline, or the people listed are the parties
    g = extract(text)
    assert not [s for s in g.statements if s.mode == "direct"]
    h = extract("Joint Statement on the Pacific Fisheries Pact\n\nIn May, President Ana Ruiz "
                "of Chile and President Tomas Berg of Peru announced the Pacific Fisheries "
                "Pact.\n\nWe stand together to protect the ocean and its fishermen.")
    assert not {"Chile", "Peru"} & {s.speaker for s in h.statements if s.mode == "direct"}
