"""Round 7 (conflict news): a subject behind a relative pronoun or a conjunct ("the
council, which named X as leader", "X sacked Y and named Z as premier"), a trailing
attribution the parser joins to the event's verb ("X raided the camp, residents said on
Monday": Monday is when it was told, not when it happened) and orders whose object is an
act ("ordered the formation of a government"). Sentences and names are invented."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from kg.extractors.events import _subjects_of, _trailing_attribution

PUB = "2026-05-20"  # a Wednesday


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


def make(vocab, words, heads, deps, pos):
    return Doc(vocab, words=words, heads=heads, deps=deps, pos=pos,
               lemmas=[w.lower() for w in words])


def events(facts, etype: str) -> list[tuple[tuple[str, ...], str | None]]:
    return [(tuple(e.participants), e.date) for e in facts.events if e.type == etype]


def test_a_trailing_said_joined_as_a_conjunct_is_an_attribution(vocab):
    # Troops raided the camp , residents said on Monday .
    words = ["Troops", "raided", "the", "camp", ",", "residents", "said", "on", "Monday", "."]
    doc = make(vocab, words, [1, 1, 3, 1, 3, 3, 1, 6, 7, 6],
               ["nsubj", "ROOT", "det", "dobj", "punct", "conj", "conj", "prep", "pobj",
                "punct"],
               ["NOUN", "VERB", "DET", "NOUN", "PUNCT", "NOUN", "VERB", "ADP", "PROPN",
                "PUNCT"])
    assert _trailing_attribution(doc[6], doc[1])


def test_a_second_deed_joined_by_and_is_no_attribution(vocab):
    # Troops raided the camp and said on Monday .
    words = ["Troops", "raided", "the", "camp", "and", "said", "on", "Monday", "."]
    doc = make(vocab, words, [1, 1, 3, 1, 1, 1, 5, 6, 1],
               ["nsubj", "ROOT", "det", "dobj", "cc", "conj", "prep", "pobj", "punct"],
               ["NOUN", "VERB", "DET", "NOUN", "CCONJ", "VERB", "ADP", "PROPN", "PUNCT"])
    assert not _trailing_attribution(doc[5], doc[1])


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "A Sudanese army airstrike on a village killed ten civilians, locals and media "
    "reports said on Wednesday.",
    "The Kavari Liberation Front has restarted ceasefire talks with Sudan's government, "
    "mediators and rebels said on Monday.",
])
def test_the_day_of_a_trailing_report_is_not_the_events(extract, text):
    found = [e for e in extract(text, PUB).events]
    assert found and all(e.date is None for e in found), found


@pytest.mark.model
def test_an_events_own_day_survives_a_trailing_report(extract):
    facts = extract("Israeli troops raided the camp on Sunday, residents said on Monday.", PUB)
    assert (("Israeli troops",), "2026-05-17") in events(facts, "Attack")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "President John Harlan ordered the formation of a new government, the state news "
    "agency reported.",
    "President John Harlan ordered the expulsion of two foreign diplomats.",
])
def test_an_order_whose_object_is_an_act_is_announced(extract, text):
    found = events(extract(text, PUB), "Announcement")
    assert any("John Harlan" in p for p, _ in found), found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "President John Harlan ordered a coffee at the hotel.",
    "President John Harlan ordered new equipment for the hospital.",
])
def test_an_order_of_goods_is_no_announcement(extract, text):
    assert not events(extract(text, PUB), "Announcement")


def test_a_relative_pronoun_subject_stands_for_its_noun(vocab):
    # the council , which named Verin as leader , met
    words = ["the", "council", ",", "which", "named", "Verin", "as", "leader", ",", "met"]
    doc = make(vocab, words, [1, 9, 1, 4, 1, 4, 4, 6, 1, 9],
               ["det", "nsubj", "punct", "nsubj", "relcl", "dobj", "prep", "pobj", "punct",
                "ROOT"],
               ["DET", "NOUN", "PUNCT", "PRON", "VERB", "PROPN", "ADP", "NOUN", "PUNCT",
                "VERB"])
    assert [t.text for t in _subjects_of(doc[4])] == ["council"]


def test_a_subjectless_conjunct_takes_its_heads_subject(vocab):
    # Vetrov sacked Kell and named Sabo
    words = ["Vetrov", "sacked", "Kell", "and", "named", "Sabo"]
    doc = make(vocab, words, [1, 1, 1, 1, 1, 4],
               ["nsubj", "ROOT", "dobj", "cc", "conj", "dobj"],
               ["PROPN", "VERB", "PROPN", "CCONJ", "VERB", "PROPN"])
    assert [t.text for t in _subjects_of(doc[4])] == ["Vetrov"]


def test_a_conjunct_with_its_own_subject_keeps_it(vocab):
    # Vetrov resigned and Orin named Sabo
    words = ["Vetrov", "resigned", "and", "Orin", "named", "Sabo"]
    doc = make(vocab, words, [1, 1, 1, 4, 1, 4],
               ["nsubj", "ROOT", "cc", "nsubj", "conj", "dobj"],
               ["PROPN", "VERB", "CCONJ", "PROPN", "VERB", "PROPN"])
    assert [t.text for t in _subjects_of(doc[4])] == ["Orin"]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "On June 11, John Harlan sacked Prime Minister David Moore and named Peter Grant "
    "as the acting prime minister.",
    "John Harlan named Peter Grant as the acting prime minister on June 11.",
])
def test_who_names_and_who_is_named(extract, text):
    found = events(extract(text, PUB), "Announcement")
    assert any({"John Harlan", "Peter Grant"} <= set(p) for p, _ in found), found


@pytest.mark.model
def test_who_a_relative_clause_says_named_someone(extract):
    found = events(extract("Sudan's army chief, who named Mark Ellis as prime minister "
                           "last week, met the envoy.", PUB), "Announcement")
    assert any("Mark Ellis" in p and len(p) == 2 for p, _ in found), found


@pytest.mark.model
def test_named_in_a_report_is_no_appointment(extract):
    facts = extract("John Harlan, who was named in a report by the panel, denied it.", PUB)
    assert not events(facts, "Announcement")


def _dated(vocab, words, date_spans):
    ents = ["O"] * len(words)
    for a, b in date_spans:
        ents[a:b] = ["B-DATE"] + ["I-DATE"] * (b - a - 1)
    return Doc(vocab, words=words, ents=ents)


def test_a_night_under_a_dated_dateline_is_the_night_before_it(vocab):
    from datetime import date

    from kg.extractors.common import dateline_night
    words = ["KYIV", ",", "May", "20", "-", "Rebels", "struck", "Odesa", "late", "last",
             "night", "."]
    doc = _dated(vocab, words, [(2, 4)])
    line = (0, doc[4].idx + 1)
    assert dateline_night(doc[:], list(doc.ents), line, date(2026, 5, 21)) == "2026-05-19"


def test_no_night_from_a_dateline_when_the_sentence_has_its_own_day(vocab):
    from datetime import date

    from kg.extractors.common import dateline_night
    words = ["KYIV", ",", "May", "20", "-", "Rebels", "struck", "Odesa", "on", "Tuesday",
             "night", "."]
    doc = _dated(vocab, words, [(2, 4), (9, 10)])
    line = (0, doc[4].idx + 1)
    assert dateline_night(doc[:], list(doc.ents), line, date(2026, 5, 21)) is None
    words = ["KYIV", ",", "May", "20", "-", "Rebels", "struck", "Odesa", "."]
    doc = _dated(vocab, words, [(2, 4)])
    assert dateline_night(doc[:], list(doc.ents), (0, doc[4].idx + 1), date(2026, 5, 21)) \
        is None


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "KYIV, May 20 (Reuters) - Russian drones struck Odesa late last night, killing two "
    "people, Ukraine's governor said.",
    "KYIV, May 20 (Reuters) - Russia attacked Kyiv with drones overnight yesterday, the "
    "Ukrainian air force said.",
])
def test_the_night_before_a_dated_dateline(extract, text):
    found = [e.date for e in extract(text, PUB).events if e.type == "Attack"]
    assert found == ["2026-05-19"], found


@pytest.mark.model
def test_a_dateline_still_dates_the_days_news(extract):
    text = "KYIV, May 20 (Reuters) - Russia attacked Kyiv, the air force said."
    found = [e.date for e in extract(text, PUB).events if e.type == "Attack"]
    assert found == ["2026-05-20"], found


def _tagged(vocab, words, heads, deps, pos, tags):
    return Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags,
               lemmas=[w.lower() for w in words])


def test_a_plural_attack_noun_parsed_as_a_verb_is_an_attack(vocab):
    from kg.extractors.events import _noun_taken_for_verb
    # junta airstrikes on villages killed people , residents said
    words = ["junta", "airstrikes", "on", "villages", "killed", "people", ",", "residents",
             "said"]
    doc = _tagged(vocab, words, [1, 8, 1, 2, 3, 4, 8, 8, 8],
                  ["nsubj", "ccomp", "prep", "pobj", "acl", "dobj", "punct", "nsubj", "ROOT"],
                  ["NOUN", "VERB", "ADP", "NOUN", "VERB", "NOUN", "PUNCT", "NOUN", "VERB"],
                  ["NN", "VBZ", "IN", "NNS", "VBN", "NNS", ",", "NNS", "VBD"])
    assert _noun_taken_for_verb(doc[1])


def test_a_real_verb_or_a_noun_without_target_is_not_retaken(vocab):
    from kg.extractors.events import _noun_taken_for_verb
    # Rebels attacks on villages (a verb lemma)  /  junta airstrikes continue (no target)
    doc = _tagged(vocab, ["Rebels", "attacks", "on", "villages"], [1, 1, 1, 2],
                  ["nsubj", "ROOT", "prep", "pobj"], ["NOUN", "VERB", "ADP", "NOUN"],
                  ["NNS", "VBZ", "IN", "NNS"])
    assert not _noun_taken_for_verb(doc[1])
    doc = _tagged(vocab, ["junta", "airstrikes", "continue"], [1, 1, 1],
                  ["nsubj", "ROOT", "dobj"], ["NOUN", "VERB", "NOUN"], ["NN", "VBZ", "NN"])
    assert not _noun_taken_for_verb(doc[1])


@pytest.mark.model
def test_junta_airstrikes_on_villages(extract):
    facts = extract("Myanmar junta airstrikes on two villages killed at least 11 people, "
                    "residents said.", PUB)
    assert any("Myanmar" in p for p, _ in events(facts, "Attack"))
