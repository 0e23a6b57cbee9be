"""kg_layout: headlines, datelines, readout headers, signature blocks, bullets and
speaker turns, marked once as span groups (no model needed)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

import kg.extractors  # noqa: F401  (registers the factories and doc extensions)
from kg.extractors.actors import ActorExtractor
from kg.extractors.layout import (
    BULLETS,
    DATELINE,
    HEADLINE,
    READOUT_HEADER,
    SIGNATURES,
    TURNS,
    mark_layout,
)


@pytest.fixture(scope="module")
def blank():
    nlp = spacy.blank("en")
    nlp.add_pipe("kg_lines")
    nlp.add_pipe("kg_layout")
    return nlp


def marks(doc, key):
    return [(s.label_, s.text) for s in doc.spans[key]]


def test_headline_is_a_short_first_line(blank):
    doc = blank("  Ministers of Ruritania and Vostra Meet in Porto Alto\n\nThe two met on Monday.")
    assert marks(doc, HEADLINE) == [("headline", "Ministers of Ruritania and Vostra Meet in "
                                                 "Porto Alto")]


@pytest.mark.parametrize("text", [
    "The ministers of Ruritania and Vostra met on Monday.\nThey agreed.",
    "On Monday, the President signed into law:\n- a bill",
    "x" * 250 + "\nMore text.",
])
def test_a_first_line_of_prose_is_no_headline(blank, text):
    assert marks(blank(text), HEADLINE) == []


@pytest.mark.parametrize("text, expected", [
    ("Talks resume\nPORTO ALTO, March 3 (Reuters) - Ruritania said on Monday it would talk.",
     ("wire", "PORTO ALTO, March 3 (Reuters) -")),
    ("Talks resume\n\nWASHINGTON — The envoy arrived on Monday.", ("place", "WASHINGTON —")),
    ("NOVA VILA, May 2 – The envoy arrived on Monday.", ("place", "NOVA VILA, May 2 –")),
    # an outlet kg has no list entry for, and two places joined by a slash
    ("PORTO ALTO/NOVA VILA, Sept 3 (Coastal Radio) - Ruritania said it would talk.",
     ("wire", "PORTO ALTO/NOVA VILA, Sept 3 (Coastal Radio) -")),
    ("NOVA VILA (KNA) — The envoy arrived on Monday.", ("wire", "NOVA VILA (KNA) —")),
    # reposted wire copy that kept only the outlet
    ("Rebels take a town\n\n(Reuters) - Rebels said on Monday they held Velo.",
     ("wire", "(Reuters) -")),
    ("PORTO ALTO, Sept 3 (Reuters) Ruritania said it would talk.",
     ("wire", "PORTO ALTO, Sept 3 (Reuters)")),
    # scraped wire copy that lost outlet and dash: a bare place, maybe ", Country"
    ("VELOPORT Security forces retook the hotel.", ("bare", "VELOPORT")),
    ("NOVA VILA/PORTO ALTO, Burkina Faso The army said.",
     ("bare", "NOVA VILA/PORTO ALTO, Burkina Faso")),
    ("Talks resume\n\nGAZA CITY \"We are afraid,\" she said.", ("bare", "GAZA CITY")),
])
def test_datelines(blank, text, expected):
    assert marks(blank(text), DATELINE) == [expected]


@pytest.mark.parametrize("text", [
    "The envoy - a veteran - arrived in Washington on Monday.",
    "Washington - the capital - was quiet.",  # not in capitals
    "RURITANIA (a small state) - is quiet.",  # brackets that hold no outlet's name
    "The NATO summit (Vilnius) - opened.",  # a line that does not open with a place
    "(A) - the first item of the list",  # a list mark, no outlet
    "Ruritania said (Reuters) - no more.",  # an outlet inside a line
    "NATO Secretary General Ana Ruiz said it would act.",  # a body the gazetteer knows
    "US Secretary of State Ana Ruiz said it would act.",  # a country's acronym
    "U.S. Treasury Secretary Ana Ruiz said it would act.",
    "CHILE Prime Minister Ana Ruiz said it would act.",  # a country is no dateline's place
    "PORTO ALTO, Texas Rebels said they held it.",  # no country after the comma
    "PORTO ALTO the army said.",  # no capitalised sentence after it
    "(Reuters) Ruritania said it would talk.",  # neither place nor dash
    "PORTO ALTO (Reuters) rebels said it.",
    "The army said.\nVELO Rebels said.",  # not the body's first line
])
def test_no_dateline_in_prose(blank, text):
    assert marks(blank(text), DATELINE) == []


def test_readout_header_and_its_issuer(blank):
    doc = blank("Readout of President Ana Ruiz's Call with King Bo Lind of Vostra\n\n"
                "President Ruiz spoke today with King Lind.")
    assert marks(doc, READOUT_HEADER) == [
        ("header", "Readout of President Ana Ruiz's Call with King Bo Lind of Vostra"),
        ("issuer", "President Ana Ruiz")]
    doc = blank("Joint Statement by Ruritania and Vostra on Fisheries\nThe parties agree.")
    assert ("issuer", "Ruritania and Vostra") in marks(doc, READOUT_HEADER)


def test_no_readout_header_in_a_news_story(blank):
    doc = blank("Ruritania issued a statement of regret on Monday.\nIt was short.")
    assert marks(doc, READOUT_HEADER) == []


def test_signature_block(blank):
    doc = blank("The parties sign below.\n\nAna Ruiz\nMinister of Foreign Affairs of Ruritania\n"
                "\nBo Lind\nPrime Minister of Vostra\n")
    assert marks(doc, SIGNATURES) == [
        ("name", "Ana Ruiz"), ("office", "Minister of Foreign Affairs of Ruritania"),
        ("name", "Bo Lind"), ("office", "Prime Minister of Vostra")]


def test_a_two_word_line_over_a_line_that_is_no_office_is_no_signature(blank):
    doc = blank("Fishing Rights\nCoastal villages of Ruritania depend on the catch.\n")
    assert marks(doc, SIGNATURES) == []


def test_bullets(blank):
    doc = blank("The parties agree to:\n- reopen the border;\n\u2022 exchange prisoners;\n"
                "2) meet again in May.\n(b) review the treaty.")
    assert [t for _, t in marks(doc, BULLETS)] == [
        "reopen the border;", "exchange prisoners;", "meet again in May.",
        "review the treaty."]


def test_a_dash_inside_a_line_is_no_bullet(blank):
    doc = blank("The border - closed since May - reopened.\n-3 degrees were forecast.")
    assert marks(doc, BULLETS) == []


def test_speaker_turns(blank):
    doc = blank("MS. RUIZ: Good afternoon. We have one announcement.\n\n"
                "Q: Will the talks resume?\n\nMS. RUIZ: Yes, on Monday.")
    assert marks(doc, TURNS) == [
        ("MS. RUIZ", "MS. RUIZ: Good afternoon. We have one announcement."),
        ("Q", "Q: Will the talks resume?"), ("MS. RUIZ", "MS. RUIZ: Yes, on Monday.")]


def test_one_label_is_no_transcript(blank):
    doc = blank("NOTE: This story was updated.\nRuritania said: no talks.")
    assert marks(doc, TURNS) == []


def test_the_doc_extension_and_an_unmarked_doc():
    nlp = spacy.blank("en")
    doc = nlp("Ana Ruiz\nMinister of Defence of Ruritania")
    assert doc._.kg_layout[SIGNATURES] == []  # kg_layout has not run
    mark_layout(doc)
    assert [s.text for s in doc._.kg_layout[SIGNATURES]] == [
        "Ana Ruiz", "Minister of Defence of Ruritania"]


# -- kg_actors reads the layout ------------------------------------------------------

def with_ents(doc, ents):
    doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in ents]
    return doc


def test_actors_take_the_issuer_of_a_readout_header_as_signatory(blank):
    doc = blank("Readout of President Ana Ruiz's Call with King Bo Lind\n\nThey spoke.")
    # "Ana Ruiz" = tokens 3-4, "Bo Lind" = tokens 9-10
    assert doc[3:5].text == "Ana Ruiz" and doc[9:11].text == "Bo Lind"
    doc = ActorExtractor(blank)(with_ents(doc, [(3, 5, "PERSON"), (9, 11, "PERSON")]))
    assert doc._.kg_table.signatories == ("Ana Ruiz",)


def test_actors_read_a_signature_block_the_model_missed(blank):
    doc = blank("We agree.\n\nAna Ruiz\nMinister of Foreign Affairs of Ruritania\n")
    doc = ActorExtractor(blank)(doc)  # no entities at all
    assert "Ana Ruiz" in {m.id_ for m in doc.spans["kg_mentions"]}


def test_actors_skip_a_wire_dateline(blank):
    doc = blank("LISBON, May 2 (Reuters) - Portugal said on Monday it would talk.")
    doc = ActorExtractor(blank)(doc)
    assert doc._.kg_table.dateline == (0, len("LISBON, May 2 (Reuters) -"))
    # "LISBON" names the desk, not Portugal's government
    assert [m.text for m in doc.spans["kg_mentions"]] == ["Portugal"]


# -- the components' order, declared by their factories --------------------------------

def test_a_component_before_what_it_requires_is_refused():
    from kg.errors import ModelError
    from kg.nlp import check_order

    nlp = spacy.blank("en")
    nlp.add_pipe("kg_lines")
    nlp.add_pipe("kg_layout")
    nlp.add_pipe("kg_statements")  # without kg_actors and kg_roles
    with pytest.raises(ModelError) as err:
        check_order(nlp)
    assert "kg_statements" in str(err.value) and "doc._.kg_roles" in str(err.value)
    assert "kg_actors" in err.value.hint and "kg_roles" in err.value.hint


def test_the_layout_components_need_nothing_but_the_text():
    from kg.nlp import check_order

    nlp = spacy.blank("en")
    nlp.add_pipe("kg_lines")
    nlp.add_pipe("kg_layout")
    check_order(nlp)  # no error


def test_the_extractors_import_without_the_pipeline_builder():
    import subprocess
    import sys

    code = ("import sys, kg.extractors; from spacy.tokens import Doc; "
            "assert 'kg.nlp' not in sys.modules, 'kg.extractors imports kg.nlp'; "
            "assert Doc.has_extension('kg_mentions') and Doc.has_extension('kg_facts')")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_lines_second_word_never_starts_a_sentence(blank):
    doc = blank("Talks in Porto Alto\n\nRuritania and Vostra agreed to talk. They met.\n\nYes.")
    by_text = {t.text: t for t in doc}
    assert [t.text for t in doc if t.is_sent_start] == ["Talks", "Ruritania", "Yes"]
    assert by_text["and"].is_sent_start is False and by_text["in"].is_sent_start is False
    assert by_text["They"].is_sent_start is None  # later words are left to the parser


def test_a_one_word_line_stays_a_sentence(blank):
    doc = blank("Talks\n\nRuritania\n\nVostra agreed.")
    assert [t.text for t in doc if t.is_sent_start] == ["Talks", "Ruritania", "Vostra"]
    assert doc[-2].text == "agreed" and doc[-2].is_sent_start is False


@pytest.mark.model
def test_the_parser_keeps_a_body_s_first_name_after_a_headline_with_no_stop(extract):
    facts = extract("Talks in Lima\n\nPeru and Chile agreed to exchange prisoners.\n")
    assert [sorted(c.actors) for c in facts.commitments] == [["Chile", "Peru"]]


@pytest.mark.parametrize("text", [
    "NOVA VILA The Ruritanian army named a new commander.",
    "NOVA VILA, May 2 (Reuters) The Ruritanian army named a new commander.",
])
def test_a_dateline_with_no_dash_is_no_part_of_the_first_sentence(blank, text):
    doc = blank(text)
    first_word = next(t for t in doc if t.text == "The")
    assert first_word.is_sent_start


def test_a_dash_ends_a_dateline_without_a_forced_sentence_start(blank):
    doc = blank("NOVA VILA, May 2 (Reuters) - The Ruritanian army named a new commander.")
    assert next(t for t in doc if t.text == "The").is_sent_start is None


@pytest.mark.model
def test_the_sentence_after_a_bare_dateline_keeps_its_subject(nlp):
    doc = nlp("KANDAR/NOVA VILA, Pakistan The Afghan Taliban named a new leader on Monday.")
    named = next(t for t in doc if t.text == "named")
    assert [t.text for t in named.children if t.dep_ == "nsubj"] == ["Taliban"]


def test_named_speaker_turns_of_an_official_transcript(blank):
    doc = blank("Tomas Lind: Madam President, welcome to Porto Alto.\n\n"
                "Ana de Ruiz (retranslated): Thank you. Our talks will be useful.\n\n"
                "Tomas Lind: Let us begin.")
    assert marks(doc, TURNS) == [
        ("Tomas Lind", "Tomas Lind: Madam President, welcome to Porto Alto."),
        ("Ana de Ruiz", "Ana de Ruiz (retranslated): Thank you. Our talks will be useful."),
        ("Tomas Lind", "Tomas Lind: Let us begin.")]


def test_one_capitalised_word_before_a_colon_is_no_label(blank):
    doc = blank("Note: the text was updated.\nSource: the Lind Institute.\nRuiz: no talks.")
    assert marks(doc, TURNS) == []
