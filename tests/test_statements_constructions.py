"""Statement constructions of GUIDELINES.md §Statements: single and multi-paragraph
quotations, a speaker introduced by a colon, speakers named by their title only,
more reporting verbs, and what is planned rather than said."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from kg.extractors.quotes import find_quotes
from kg.extractors.statements import _left_open, _planned


def _doc(words, heads, deps, pos=None, lemmas=None):
    nlp = spacy.blank("en")
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps,
               pos=pos or ["X"] * len(words), lemmas=lemmas or [w.lower() for w in words])


def _quoted(text):
    return [text[s:e] for s, e in find_quotes(text)]


def test_single_quotes_are_quotations_and_apostrophes_are_not():
    assert _quoted("'We will not accept this deal,' Kovac said.") == [
        "We will not accept this deal,"]
    assert _quoted("‘We will not accept this deal,’ Kovac said.") == [
        "We will not accept this deal,"]
    # must not fire: possessives and contractions
    assert _quoted("The leaders' meeting in the countries' capitals won't be Kovac's.") == []
    # a single-quoted phrase inside a double quotation is part of it
    assert _quoted('"We call it \'the long road\' here," she said.') == [
        "We call it 'the long road' here,"]


def test_a_quotation_over_two_paragraphs_is_one():
    text = "“The talks were useful.\n\n“We expect an answer next week,” said Kovac."
    assert _quoted(text) == ["The talks were useful.\n\n“We expect an answer next week,"]
    # must not join: a closed quotation and the next one
    text = "“The talks were useful,” she said.\n\n“We expect an answer,” said Kovac."
    assert _quoted(text) == ["The talks were useful,", "We expect an answer,"]


def test_an_infinitive_under_will_is_planned_not_said():
    # "Holm will travel to highlight investments" -> planned
    d = _doc(["Holm", "will", "travel", "to", "highlight", "investments"],
             [2, 2, 2, 4, 2, 4], ["nsubj", "aux", "ROOT", "aux", "advcl", "dobj"],
             pos=["PROPN", "AUX", "VERB", "PART", "VERB", "NOUN"])
    assert _planned(d[4])
    # "Holm urged Peru to condemn the attack" -> the urging was said, not planned
    e = _doc(["Holm", "urged", "Peru", "to", "condemn", "attacks"],
             [1, 1, 1, 4, 1, 4], ["nsubj", "ROOT", "dobj", "aux", "xcomp", "dobj"],
             pos=["PROPN", "VERB", "PROPN", "PART", "VERB", "NOUN"])
    assert not _planned(e[4])
    # "Speaking to reporters, Holm said ..." -> a participle, not an infinitive
    f = _doc(["Speaking", "to", "reporters", ",", "Holm", "said", "so"],
             [5, 0, 1, 5, 5, 5, 5], ["advcl", "prep", "pobj", "punct", "nsubj", "ROOT", "advmod"],
             pos=["VERB", "ADP", "NOUN", "PUNCT", "PROPN", "VERB", "ADV"])
    assert not _planned(f[0])


def test_a_question_left_open_is_not_said():
    # "It did not say whether soldiers died": the clause is what it left open
    d = _doc(["It", "did", "not", "say", "whether", "soldiers", "died"],
             [3, 3, 3, 3, 6, 6, 3], ["nsubj", "aux", "neg", "ROOT", "mark", "nsubj", "ccomp"],
             pos=["PRON", "AUX", "PART", "VERB", "SCONJ", "NOUN", "VERB"])
    assert _left_open(d[3])
    # "Holm declined to say how many died"
    e = _doc(["Holm", "declined", "to", "say", "how", "many", "died"],
             [1, 1, 3, 1, 5, 6, 3], ["nsubj", "ROOT", "aux", "xcomp", "advmod", "nsubj", "ccomp"],
             pos=["PROPN", "VERB", "PART", "VERB", "SCONJ", "ADJ", "VERB"],
             lemmas=["holm", "decline", "to", "say", "how", "many", "die"])
    assert _left_open(e[3])
    # must not fire: "Holm did not say much but said soldiers died" has no open question,
    # and "Holm said whether to talk is for Peru to decide" is no refusal
    f = _doc(["Holm", "did", "not", "deny", "that", "soldiers", "died"],
             [3, 3, 3, 3, 6, 6, 3], ["nsubj", "aux", "neg", "ROOT", "mark", "nsubj", "ccomp"],
             pos=["PROPN", "AUX", "PART", "VERB", "SCONJ", "NOUN", "VERB"])
    assert not _left_open(f[3])
    g = _doc(["Holm", "said", "whether", "soldiers", "died", "is", "unclear"],
             [1, 1, 4, 4, 5, 1, 5], ["nsubj", "ROOT", "mark", "nsubj", "csubj", "ccomp", "acomp"],
             pos=["PROPN", "VERB", "SCONJ", "NOUN", "VERB", "AUX", "ADJ"])
    assert not _left_open(g[1])


@pytest.mark.model
def test_a_ministry_that_did_not_say_whether_says_nothing(extract):
    f = extract("The Vostran ministry said its troops had returned fire. It did not say "
                "whether any soldiers had been killed.")
    assert not [s for s in f.statements if "killed" in s.content]


def _said(f, speaker):
    return [s.content for s in f.statements if s.speaker == speaker]


@pytest.mark.model
def test_single_quoted_speech_is_direct(extract):
    f = extract("'We will not accept any deal that ignores our borders,' Foreign Minister "
                "Anna Kovac said on Monday.")
    assert [(s.speaker, s.mode) for s in f.statements] == [("Anna Kovac", "direct")]
    g = extract("The farmers' union and the dockers' union met in Tarn on Monday.")
    assert not g.statements


@pytest.mark.model
def test_a_colon_introduces_the_speaker(extract):
    f = extract('Foreign Minister Anna Kovac: "The talks were useful and we need more time."')
    assert _said(f, "Anna Kovac") == ["The talks were useful and we need more time"]
    f = extract("Foreign Minister Anna Kovac told reporters on Monday:\n\n"
                '"The talks were useful and we need more time."')
    assert _said(f, "Anna Kovac") == ["The talks were useful and we need more time"]
    # must not fire: a verbless lead that names two actors, or none
    g = extract('Veloria and Dastan:\n\n"A long history of border wars and peace."')
    assert not g.statements
    g = extract('The agenda for Monday:\n\n"Talks on trade, energy and the border."')
    assert not g.statements


@pytest.mark.model
def test_a_speaker_named_by_title_only_is_the_holder(extract):
    f = extract("Vice President Lena Brandt met Prime Minister Ivo Marek of Veloria in Tarn. "
                "The Vice President underscored the commitment of Dastan to the region.")
    assert any("commitment of Dastan" in c for c in _said(f, "Lena Brandt"))
    # must not fire: "the President" is not "Vice President X"
    g = extract("Vice President Lena Brandt met Prime Minister Ivo Marek of Veloria in Tarn. "
                "The President underscored the commitment of Dastan to the region.")
    assert not _said(g, "Lena Brandt")


@pytest.mark.model
@pytest.mark.parametrize("sentence, content", [
    ("Foreign Minister Anna Kovac denied sending troops across the border.",
     "sending troops across the border"),
    ("Foreign Minister Anna Kovac called the attack a grave violation of international law.",
     "the attack a grave violation of international law"),
    ("Foreign Minister Anna Kovac assured the public that the talks would resume next week.",
     "the talks would resume next week"),
    ("Foreign Minister Anna Kovac posted on social media that the talks would resume soon.",
     "the talks would resume soon"),
])
def test_more_reporting_constructions(extract, sentence, content):
    assert any(content in c for c in _said(extract(sentence), "Anna Kovac"))


@pytest.mark.model
@pytest.mark.parametrize("sentence", [
    "Foreign Minister Anna Kovac kept sending troops across the border.",
    "What Foreign Minister Anna Kovac calls a “special border operation” began in May.",
    "Foreign Minister Anna Kovac assured her victory in the second round of the vote.",
    "Secretary of Energy Anna Kovac will travel to Tarn to highlight investments that are "
    "building a clean energy economy.",
    "The agency will collect specimens, perform tests, and report results to the public "
    "health agencies.",
])
def test_no_statement_in_look_alikes(extract, sentence):
    assert not extract(sentence).statements


@pytest.mark.model
def test_a_groups_stated_position_is_a_statement(extract):
    f = extract("Human rights groups oppose the new law on foreign agents.")
    assert [(s.speaker, s.content) for s in f.statements] == [
        ("Human rights groups", "oppose the new law on foreign agents")]
    # must not fire: a named person's vote or stance is not a group's stated position
    g = extract("President Ana Sousa opposes the new law on foreign agents.")
    assert not g.statements


@pytest.mark.model
@pytest.mark.parametrize("sentence, content", [
    ("President Ivo Marek signed an executive order directing the Ministry of Energy to "
     "expand grid capacity.", "directing the Ministry of Energy to expand grid capacity"),
    ("President Ivo Marek signed a decree that bans the sale of alcohol at night.",
     "bans the sale of alcohol at night"),
    ("The order, signed by President Ivo Marek on Monday, requires federal agencies to cut "
     "paper use by half.", "requires federal agencies to cut paper use by half"),
])
def test_what_a_signed_directive_establishes_is_its_signers(extract, sentence, content):
    f = extract(sentence)
    assert [(s.speaker, s.content, s.mode) for s in f.statements] == [
        ("Ivo Marek", content, "reported")]


@pytest.mark.model
@pytest.mark.parametrize("sentence", [
    "President Ivo Marek signed the order in Tarn on Monday.",
    "President Ivo Marek placed an order for two new trains.",
])
def test_a_directive_that_says_nothing_gives_no_statement(extract, sentence):
    assert not extract(sentence).statements


@pytest.mark.model
def test_the_countrys_leader_is_its_head_not_the_country(extract):
    f = extract("Brazilian President Ana Sousa met the envoy in Lima. Even then, the Brazilian "
                "leader expressed skepticism about the plan.")
    assert [s.speaker for s in f.statements] == ["Ana Sousa"]
    # must not fire: no head of that country is named
    g = extract("Brazilian envoy Ana Sousa met the minister in Lima. Even then, the Brazilian "
                "leader expressed skepticism about the plan.")
    assert "Ana Sousa" not in [s.speaker for s in g.statements]


@pytest.mark.model
@pytest.mark.parametrize("sentence, content", [
    ("Chancellor Otto Riis spoke out against the new tariffs on steel.",
     "spoke out against the new tariffs on steel"),
    ("Chancellor Otto Riis spoke positively about the results of the talks.",
     "spoke positively about the results of the talks"),
    ("Chancellor Otto Riis declared his readiness to work with the new government.",
     "declared his readiness to work with the new government"),
    ("Chancellor Otto Riis did not rule out new tariffs on steel.",
     "did not rule out new tariffs on steel"),
])
def test_stance_constructions(extract, sentence, content):
    assert any(content in c for c in _said(extract(sentence), "Otto Riis"))


@pytest.mark.model
@pytest.mark.parametrize("sentence", [
    "Chancellor Otto Riis spoke at the opening of the new bridge in Tarn.",
    "Chancellor Otto Riis declared a state of emergency in the northern region.",
    "The referee Otto Riis ruled out the second goal of the match.",
])
def test_no_stance_without_its_marks(extract, sentence):
    assert not _said(extract(sentence), "Otto Riis")


def test_an_attribution_set_off_by_commas_reports_the_clause_around_it():
    from kg.extractors.statements import _around_parenthetical
    words = ["The", "deal", ",", "Sousa", "said", ",", "would", "be", "signed", "soon", "."]
    heads = [1, 8, 4, 4, 8, 4, 8, 8, 8, 8, 8]
    deps = ["det", "nsubjpass", "punct", "nsubj", "parataxis", "punct", "aux", "auxpass",
            "ROOT", "advmod", "punct"]
    pos = ["DET", "NOUN", "PUNCT", "PROPN", "VERB", "PUNCT", "AUX", "AUX", "VERB", "ADV",
           "PUNCT"]
    d = _doc(words, heads, deps, pos=pos)
    assert [t.text for t in _around_parenthetical(d[4])] == [
        "The", "deal", "would", "be", "signed", "soon"]
    # must not fire: the verb has its own clause ("Sousa said they would come")
    e = _doc(["Sousa", "said", "they", "would", "come", "."], [1, 1, 4, 4, 1, 1],
             ["nsubj", "ROOT", "nsubj", "aux", "ccomp", "punct"],
             pos=["PROPN", "VERB", "PRON", "AUX", "VERB", "PUNCT"])
    assert _around_parenthetical(e[1]) == []


def test_a_mistaken_lemma_of_a_reporting_verb_is_mended():
    from kg.extractors.statements import _lemma
    d = _doc(["France", "hopes", "so"], [1, 1, 1], ["nsubj", "ROOT", "advmod"],
             pos=["PROPN", "VERB", "ADV"], lemmas=["France", "hop", "so"])
    assert _lemma(d[1]) == "hope"
    # must not fire: a verb that is no reporting verb keeps its lemma
    e = _doc(["Rabbits", "hops", "far"], [1, 1, 1], ["nsubj", "ROOT", "advmod"],
             pos=["NOUN", "VERB", "ADV"], lemmas=["rabbit", "hop", "far"])
    assert _lemma(e[1]) == "hop"


@pytest.mark.model
def test_a_stance_adjective_with_its_clause_is_a_statement(extract):
    f = extract("Chancellor Otto Riis is concerned that the conference would try to dictate "
                "terms.")
    assert _said(f, "Otto Riis") == ["the conference would try to dictate terms"]
    # must not fire: no clause held
    g = extract("Chancellor Otto Riis was worried about the deal with the northern provinces.")
    assert not _said(g, "Otto Riis")


@pytest.mark.model
def test_agreeing_on_a_view_is_a_statement_and_on_an_undertaking_is_not(extract):
    f = extract("Chancellor Otto Riis and President Ana Sousa agree that the last round of "
                "talks did not produce any agreement.")
    assert set(s.speaker for s in f.statements) == {"Otto Riis", "Ana Sousa"}
    g = extract("Chancellor Otto Riis and President Ana Sousa agreed that their armies will "
                "withdraw from the border by May.")
    assert not g.statements


@pytest.mark.model
def test_a_reaffirmed_position_is_a_readout_statement(extract):
    f = extract("President Ana Sousa reaffirmed the shared democratic values that link Peru "
                "and Chile.")
    assert any(c.startswith("reaffirmed the shared democratic values") for c in
               _said(f, "Ana Sousa"))
    # must not fire: the verb inside a relative clause describes, it does not report
    g = extract("The values that President Ana Sousa reaffirmed were printed in Lima.")
    assert not _said(g, "Ana Sousa")


@pytest.mark.model
def test_welcoming_guests_or_a_modal_stance_is_no_statement(extract):
    g = extract("Today, the White House welcomes our partners from the governments of Canada "
                "and Mexico.")
    assert not g.statements
    g = extract("With these steps, Peru can be confident that the deal will hold.")
    assert not g.statements
    # must fire: welcoming a decision, a stance without a modal
    f = extract("The White House welcomed the decision of Canada and Mexico to lower tariffs.")
    assert _said(f, "White House")
    f = extract("Peru remains confident that the deal will hold.")
    assert _said(f, "Peru") == ["the deal will hold"]


@pytest.mark.model
def test_the_leaders_after_a_meeting_are_those_present(extract):
    f = extract("President Ana Sousa held a video call with European leaders on trade. The "
                "leaders underscored their shared desire for a diplomatic resolution.")
    assert {s.speaker for s in f.statements} == {"Ana Sousa", "European leaders"}
    # must not fire: one person named before is not "the leaders"
    g = extract("President Ana Sousa visited the port of Callao on Monday. The leaders "
                "underscored their shared desire for a diplomatic resolution.")
    assert not g.statements
    # must not count someone the sentence only mentions ("a statement by X")
    h = extract("Nordic leaders welcomed the statement by Secretary General Jens Oldberg. The "
                "leaders noted that the new members will strengthen the region.")
    assert "Jens Oldberg" not in {s.speaker for s in h.statements}


@pytest.mark.model
def test_an_as_attribution_reports_the_clause_it_is_set_into(extract):
    # must fire: "As X noted / made clear, <clause>"
    f = extract("Foreign Minister Lena Varga met her Norlandic counterpart on Monday. As Varga "
                "noted after the talks, the ferry line will need new funding.")
    assert _said(f, "Lena Varga") == ["the ferry line will need new funding"]
    f = extract("As the Ministry of Fisheries made clear in its annual report, the fishing "
                "fleet of Ruritania is shrinking every year.")
    assert _said(f, "Ministry of Fisheries") == [
        "the fishing fleet of Ruritania is shrinking every year"]
    f = extract("In particular, as President Ana Ruiz has said, ports should stay open.")
    assert _said(f, "Ana Ruiz") == ["In particular, ports should stay open"]
    # must not fire: "as" of time, or an "as" clause with an object of its own
    g = extract("As President Ana Ruiz welcomed the guests, protesters gathered outside the "
                "palace gates.")
    assert not _said(g, "Ana Ruiz")
    g = extract("As expected, the talks in Lima ended without any deal on fishing rights.")
    assert not g.statements


@pytest.mark.model
def test_sharing_a_view_or_raising_a_need_is_a_statement(extract):
    f = extract("President Ana Ruiz and Prime Minister Tomas Berg shared the view that the "
                "ferry line is a model for the region.")
    assert {s.speaker for s in f.statements} == {"Ana Ruiz", "Tomas Berg"}
    f = extract("Minister Ilse Moor raised the need for fair access to the fishing grounds.")
    assert _said(f, "Ilse Moor")
    # must not fire: sharing a stage or raising money says nothing
    g = extract("President Ana Ruiz shared the stage with Prime Minister Tomas Berg and "
                "raised money for the new ferry line.")
    assert not g.statements
