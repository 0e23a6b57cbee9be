"""Round 4 (conflict news): event constructions that public wire and broadcast excerpts
showed kg getting wrong, each with a case that must fire and one that must not.
Sentences and names are invented."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from kg.extractors.events import WAGING_VERBS, EventExtractor


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


def make(vocab, words, heads, deps, pos, lemmas=None):
    return Doc(vocab, words=words, heads=heads, deps=deps, pos=pos,
               lemmas=lemmas or [w.lower() for w in words])


def test_a_call_about_an_upcoming_summit_was_held_not_planned(vocab):
    # Ilves discussed an upcoming summit in a telephone conversation
    # (the parser hangs "in a ... conversation" on "summit": the summit is to come,
    # the call was held)
    words = ["Ilves", "discussed", "an", "upcoming", "summit", "in", "a", "telephone",
             "conversation"]
    doc = make(vocab, words, [1, 1, 4, 4, 1, 4, 8, 8, 5],
               ["nsubj", "ROOT", "det", "amod", "dobj", "prep", "det", "compound", "pobj"],
               ["PROPN", "VERB", "DET", "ADJ", "NOUN", "ADP", "DET", "NOUN", "NOUN"])
    assert not EventExtractor._planned(doc[8])
    assert EventExtractor._planned(doc[4])  # the summit itself is to come


def test_the_next_round_of_talks_is_still_planned(vocab):
    # they agreed the next round of talks  ->  "next" on the frame noun "round"
    words = ["they", "held", "the", "next", "round", "of", "talks"]
    doc = make(vocab, words, [1, 1, 4, 4, 1, 4, 5],
               ["nsubj", "ROOT", "det", "amod", "dobj", "prep", "pobj"],
               ["PRON", "VERB", "DET", "ADJ", "NOUN", "ADP", "NOUN"])
    assert EventExtractor._planned(doc[6])


def test_renewing_strikes_is_waging_them():
    assert "renew" in WAGING_VERBS


@pytest.mark.model
def test_an_army_that_renewed_strikes_attacked(extract):
    facts = extract("The Israeli military said it renewed strikes on Gaza on Wednesday.",
                    "2026-03-12")
    attacks = [e for e in facts.events if e.type == "Attack"]
    assert attacks and attacks[0].date == "2026-03-11", facts.events
    assert any("Isra" in p for p in attacks[0].participants), attacks


@pytest.mark.model
def test_who_renews_a_condemnation_of_strikes_did_not_strike(extract):
    facts = extract("Egypt renewed its condemnation of the strikes on Gaza on Wednesday.",
                    "2026-03-12")
    assert not any(e.type == "Attack" and e.participants[:1] == ("Egypt",)
                   for e in facts.events), facts.events


@pytest.mark.model
def test_a_call_on_a_weekday_about_an_upcoming_summit_is_dated_back(extract):
    facts = extract("Russian President Vladimir Putin and French President Emmanuel Macron "
                    "discussed an upcoming summit in a telephone conversation on Friday.",
                    "2026-03-12")
    calls = [e for e in facts.events if e.type == "PhoneCall"]
    assert [c.date for c in calls] == ["2026-03-06"], facts.events


def test_issuing_a_call_is_an_appeal_holding_a_phone_call_is_a_call(vocab):
    # they issued a call late Friday for talks  (the parser hangs "for" on "issued")
    words = ["they", "issued", "a", "call", "Friday", "for", "talks"]
    doc = make(vocab, words, [1, 1, 3, 1, 1, 1, 5],
               ["nsubj", "ROOT", "det", "dobj", "npadvmod", "prep", "pobj"],
               ["PRON", "VERB", "DET", "NOUN", "PROPN", "ADP", "NOUN"],
               ["they", "issue", "a", "call", "Friday", "for", "talk"])
    assert EventExtractor._type(doc[3], doc[:]) is None
    words = ["they", "held", "a", "phone", "call", "Friday"]
    doc = make(vocab, words, [1, 1, 4, 4, 1, 1],
               ["nsubj", "ROOT", "det", "compound", "dobj", "npadvmod"],
               ["PRON", "VERB", "DET", "NOUN", "NOUN", "PROPN"],
               ["they", "hold", "a", "phone", "call", "Friday"])
    assert EventExtractor._type(doc[4], doc[:]) == "PhoneCall"


@pytest.mark.model
def test_who_led_an_attack_attacked_who_led_an_inquiry_into_one_did_not(extract):
    facts = extract("Hamas led an attack against the Israeli army on Wednesday.", "2026-03-12")
    assert any(e.type == "Attack" and e.participants[0] == "Hamas" and e.date == "2026-03-11"
               for e in facts.events), facts.events
    facts = extract("Egypt led an inquiry into the attack on the convoy on Wednesday.",
                    "2026-03-12")
    assert not any(e.type == "Attack" and e.participants[:1] == ("Egypt",)
                   for e in facts.events), facts.events


@pytest.mark.model
def test_who_claimed_to_have_launched_attacks_attacked_who_urged_others_did_not(extract):
    facts = extract("The Houthis claimed to have launched missile attacks on the United "
                    "States.", "2026-03-12")
    assert any(e.type == "Attack" and e.participants[0] == "Houthis"
               for e in facts.events), facts.events
    facts = extract("Egypt urged Israel to launch strikes on Hamas.", "2026-03-12")
    assert not any(e.type == "Attack" and e.participants[:1] == ("Egypt",)
                   for e in facts.events), facts.events


def _reported(vocab, words, heads, deps, pos, lemmas, date_at, tok_at):
    from kg.extractors.events import _reports_day

    ents = ["B-DATE" if i == date_at else "O" for i in range(len(words))]
    doc = Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, ents=ents)
    return _reports_day(doc.ents[0], doc[tok_at])


def test_the_day_of_a_trailing_attribution_is_the_reports_not_the_events(vocab):
    # Ilves met Oduya , the ministry said Tuesday
    words = ["Ilves", "met", "Oduya", ",", "the", "ministry", "said", "Tuesday"]
    heads = [1, 6, 1, 6, 5, 6, 6, 6]
    deps = ["nsubj", "ccomp", "dobj", "punct", "det", "nsubj", "ROOT", "npadvmod"]
    pos = ["PROPN", "VERB", "PROPN", "PUNCT", "DET", "NOUN", "VERB", "PROPN"]
    lemmas = ["Ilves", "meet", "Oduya", ",", "the", "ministry", "say", "Tuesday"]
    assert _reported(vocab, words, heads, deps, pos, lemmas, 7, 1)
    # clashes were reported Tuesday  (a passive report tells the clashes' day)
    words = ["clashes", "were", "reported", "Tuesday"]
    assert not _reported(vocab, words, [2, 2, 2, 2], ["nsubjpass", "auxpass", "ROOT",
                                                      "npadvmod"],
                         ["NOUN", "AUX", "VERB", "PROPN"],
                         ["clash", "be", "report", "Tuesday"], 3, 0)
    # the ministry said Tuesday Ilves met Oduya  (a leading report: left as it was)
    words = ["the", "ministry", "said", "Tuesday", "Ilves", "met", "Oduya"]
    assert not _reported(vocab, words, [1, 2, 2, 2, 5, 2, 5],
                         ["det", "nsubj", "ROOT", "npadvmod", "nsubj", "ccomp", "dobj"],
                         ["DET", "NOUN", "VERB", "PROPN", "PROPN", "VERB", "PROPN"],
                         ["the", "ministry", "say", "Tuesday", "Ilves", "meet", "Oduya"], 3, 5)


@pytest.mark.model
def test_a_meeting_told_with_the_days_report_has_no_day_its_own_day_is_kept(extract):
    facts = extract("Brazilian President Luiz Inacio Lula da Silva and Argentine President "
                    "Javier Milei met in Brasilia, the foreign ministry said on Tuesday.",
                    "2026-03-12")
    assert [e.date for e in facts.events if e.type == "Meeting"] == [None], facts.events
    facts = extract("Brazilian President Luiz Inacio Lula da Silva and Argentine President "
                    "Javier Milei met in Brasilia on Monday, the foreign ministry said on "
                    "Tuesday.", "2026-03-12")
    assert [e.date for e in facts.events if e.type == "Meeting"] == ["2026-03-09"], \
        facts.events


@pytest.mark.model
def test_the_event_told_again_with_its_day_gives_the_day(extract):
    facts = extract("An Israeli strike in Gaza killed eight people, Palestinian medics said. "
                    "The strike late Monday hit a house in Gaza City.", "2026-03-12")
    assert [e.date for e in facts.events if e.type == "Attack"] == ["2026-03-09"], \
        facts.events
    # a day on the report of the event told again is not the event's
    facts = extract("Russia and Ukraine held talks in Istanbul. The talks were praised by "
                    "Turkey, officials said on Monday.", "2026-03-12")
    assert [e.date for e in facts.events if e.type == "Negotiation"] == [None], facts.events


@pytest.mark.model
def test_a_meeting_for_talks_is_one_encounter_talks_planned_after_it_are_another(extract):
    facts = extract("Brazilian President Luiz Inacio Lula da Silva met Argentine President "
                    "Javier Milei in Brasilia on Tuesday for talks on trade.", "2026-03-12")
    assert sorted(e.type for e in facts.events) == ["Meeting"], facts.events
    facts = extract("Brazilian President Luiz Inacio Lula da Silva met Argentine President "
                    "Javier Milei in Brasilia on Tuesday, and the two will hold talks on "
                    "trade next month.", "2026-03-12")
    assert sorted(e.type for e in facts.events) == ["Meeting", "Negotiation"], facts.events


def test_targeting_a_village_is_an_attack_targeting_voters_is_not(vocab):
    from kg.extractors.events import FRAMES, match_frame

    names = {"Varnia": "Country"}

    def types_of(tok):
        return [names[t.text] for t in (tok, *tok.conjuncts) if t.text in names]

    # Varnia targeted the village
    rows = [("Varnia", 1, "nsubj", "PROPN", "Varnia"), ("targeted", 1, "ROOT", "VERB", "target"),
            ("the", 3, "det", "DET", "the"), ("village", 1, "dobj", "NOUN", "village")]
    words, heads, deps, pos, lemmas = (list(x) for x in zip(*rows, strict=True))
    doc = Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    found = match_frame(doc[1], types_of, None, FRAMES)
    assert found and (found[0], found[1].id) == ("Attack", "target-place")
    words[3], lemmas[3] = "voters", "voter"
    doc = Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    assert match_frame(doc[1], types_of, None, FRAMES) is None


@pytest.mark.model
def test_a_village_shelled_from_a_country_was_attacked_by_it(extract):
    facts = extract("The village was shelled from Ukraine on Tuesday.", "2026-03-12")
    assert any(e.type == "Attack" and e.participants == ("Ukraine",) and e.date == "2026-03-10"
               for e in facts.events), facts.events
    # who moves from a country attacks no one
    facts = extract("The convoy was escorted from Ukraine to Poland on Tuesday.", "2026-03-12")
    assert not any(e.type == "Attack" for e in facts.events), facts.events


def _frame(vocab, rows, names, i):
    from kg.extractors.events import FRAMES, match_frame

    words, heads, deps, pos, lemmas = (list(x) for x in zip(*rows, strict=True))
    doc = Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)

    def types_of(tok):  # a phrase names whom its words name ("a Varnia delegation")
        return [names[t.text] for t in tok.subtree if t.text in names]

    found = match_frame(doc[i], types_of, None, FRAMES)
    return (found[0], found[1].id) if found else None


def test_receiving_a_countrys_delegation_is_a_meeting_receiving_its_wheat_is_not(vocab):
    names = {"Ilves": "Person", "Varnia": "Country"}
    # Ilves received a Varnia delegation
    rows = [("Ilves", 1, "nsubj", "PROPN", "Ilves"), ("received", 1, "ROOT", "VERB", "receive"),
            ("a", 4, "det", "DET", "a"), ("Varnia", 4, "compound", "PROPN", "Varnia"),
            ("delegation", 1, "dobj", "NOUN", "delegation")]
    assert _frame(vocab, rows, names, 1) == ("Meeting", "receive-delegation")
    rows[4] = ("shipment", 1, "dobj", "NOUN", "shipment")
    assert _frame(vocab, rows, names, 1) is None


def test_taking_control_of_a_town_is_an_attack_of_an_airline_is_not(vocab):
    names = {"Front": "Organization"}
    # the Front took control of the town
    rows = [("the", 1, "det", "DET", "the"), ("Front", 2, "nsubj", "PROPN", "Front"),
            ("took", 2, "ROOT", "VERB", "take"), ("control", 2, "dobj", "NOUN", "control"),
            ("of", 3, "prep", "ADP", "of"), ("the", 6, "det", "DET", "the"),
            ("town", 4, "pobj", "NOUN", "town")]
    assert _frame(vocab, rows, names, 2) == ("Attack", "take-control")
    rows[6] = ("airline", 4, "pobj", "NOUN", "airline")
    assert _frame(vocab, rows, names, 2) is None


def test_the_call_a_ministry_judges_was_told_before_talks_between_two_are_not(vocab):
    # the Kremlin described the conversation as frank
    words = ["the", "Kremlin", "described", "the", "conversation", "as", "frank"]
    doc = make(vocab, words, [1, 2, 2, 4, 2, 4, 5],
               ["det", "nsubj", "ROOT", "det", "dobj", "prep", "amod"],
               ["DET", "PROPN", "VERB", "DET", "NOUN", "ADP", "ADJ"],
               ["the", "Kremlin", "describe", "the", "conversation", "as", "frank"])
    assert EventExtractor._anaphoric(doc[4])
    # Britain welcomed the talks between Varnia and Ostland
    words = ["Britain", "welcomed", "the", "talks", "between", "Varnia", "and", "Ostland"]
    doc = make(vocab, words, [1, 1, 3, 1, 3, 4, 5, 5],
               ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "cc", "conj"],
               ["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "CCONJ", "PROPN"],
               ["Britain", "welcome", "the", "talk", "between", "Varnia", "and", "Ostland"])
    assert not EventExtractor._anaphoric(doc[3])
    # they held the talks  (holding is no judging: the talks may be new)
    doc = make(vocab, ["they", "held", "the", "talks"], [1, 1, 3, 1],
               ["nsubj", "ROOT", "det", "dobj"], ["PRON", "VERB", "DET", "NOUN"],
               ["they", "hold", "the", "talk"])
    assert not EventExtractor._anaphoric(doc[3])


def test_the_day_a_meeting_was_announced_is_not_a_second_day_of_it(vocab):
    import kg.nlp  # noqa: F401  (registers the Doc extensions)

    # Ilves will meet Oduya on March 19 , Ostland told reporters on Thursday
    # (the parser hangs the attribution under the meeting's verb)
    words = ["Ilves", "will", "meet", "Oduya", "on", "March", "19", ",", "Ostland", "told",
             "reporters", "on", "Thursday"]
    heads = [2, 2, 2, 2, 2, 4, 5, 2, 9, 2, 9, 9, 11]
    deps = ["nsubj", "aux", "ROOT", "dobj", "prep", "pobj", "nummod", "punct", "nsubj",
            "parataxis", "dobj", "prep", "pobj"]
    pos = ["PROPN", "AUX", "VERB", "PROPN", "ADP", "PROPN", "NUM", "PUNCT", "PROPN", "VERB",
           "NOUN", "ADP", "PROPN"]
    lemmas = ["Ilves", "will", "meet", "Oduya", "on", "March", "19", ",", "Ostland", "tell",
              "reporter", "on", "Thursday"]
    ents = ["O"] * 5 + ["B-DATE", "I-DATE"] + ["O"] * 5 + ["B-DATE"]
    doc = Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, ents=ents)
    doc._.kg_article = {"published": "2026-03-12"}
    assert EventExtractor._days(doc[2], doc) == []
    # "drone attacks on Monday and Tuesday": two days of the event's own phrase
    words = ["Ostland", "attacked", "Varnia", "on", "Monday", "and", "Tuesday"]
    doc = Doc(vocab, words=words, heads=[1, 1, 1, 1, 3, 4, 4],
              deps=["nsubj", "ROOT", "dobj", "prep", "pobj", "cc", "conj"],
              pos=["PROPN", "VERB", "PROPN", "ADP", "PROPN", "CCONJ", "PROPN"],
              lemmas=["Ostland", "attack", "Varnia", "on", "Monday", "and", "Tuesday"],
              ents=["O", "O", "O", "O", "B-DATE", "O", "B-DATE"])
    doc._.kg_article = {"published": "2026-03-12"}
    assert EventExtractor._days(doc[1], doc) == ["2026-03-09", "2026-03-10"]


@pytest.mark.model
def test_a_planned_meeting_reported_on_another_day_is_one_meeting_on_its_own_day(extract):
    facts = extract("Russian Foreign Minister Sergey Lavrov will meet with his Armenian "
                    "counterpart Ararat Mirzoyan in Moscow on March 19 to discuss the situation "
                    "in the region, Foreign Ministry Spokeswoman Maria Zakharova told a briefing "
                    "on Thursday.", "2026-03-12")
    assert [e.date for e in facts.events if e.type == "Meeting"] == ["2026-03-19"], \
        facts.events
    # two days of the event's own phrase are two days of it
    facts = extract("Russia launched drone attacks on Ukraine on Monday and Tuesday.",
                    "2026-03-12")
    assert sorted(e.date for e in facts.events if e.type == "Attack") == [
        "2026-03-09", "2026-03-10"], facts.events


@pytest.mark.model
def test_who_condemns_an_attack_is_no_side_of_it_who_carried_it_out_is(extract):
    facts = extract("Russia's foreign ministry strongly condemned the terror attack in "
                    "Afghanistan's Nangarhar province on Monday.", "2026-03-12")
    assert not any(e.type == "Attack" and "Russia" in e.participants
                   for e in facts.events), facts.events
    facts = extract("Egypt condemned the Hamas attack on Israel on Monday.", "2026-03-12")
    attacks = [e for e in facts.events if e.type == "Attack"]
    assert attacks and "Hamas" in attacks[0].participants, facts.events
    assert "Egypt" not in attacks[0].participants, facts.events
